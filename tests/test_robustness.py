"""Unbreakable extraction: any text gives valid records whose spans slice their own text, in bounded time."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpu_extract import Extractor
from kpu_extract.records import Article

EXTRACTOR = Extractor(parser="rules")
PROPERTY = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Sentence shapes of KPU news with invented names, and the noise real pages carry.
PIECES = [
    "Ketua KPU Kabupaten Blora, Dimas Arjuna Saputra, mengatakan", "Komisioner Divisi Teknis KPU Kota Tegal Rina Marlina",
    "kata Anggota Bawaslu Jawa Tengah, Hendra Wijaya.", "Selasa (4/11/2025)", "pada 12 Januari 2024", "Rabu, 31 Februari",
    "“Kami siap menggelar pleno,", "”", "\"", "'", "«", "(", ")", "[", "]", "{", "}", "<b>", "</p>", "<script>x</script>",
    "&amp;", "&#x201C;", "\n", "\n\n", "\t", "\r\n", "\x00", "\x0b", "\u200b", "\ufeff", "\u2028", "KPU", "DPD Partai",
    "123456789012345678901234567890", "9" * 400, "-1e999", "Rp 1.000.000.000", "ujarnya.", "tegasnya,",
    "BLORA –", "(*)", "Sekretariat KPU", "sosialisasi Pilkada 2024", "Dr. H.", "S.Sos., M.Si.", "🙂", "ا", "ข",
]

texts = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=2000),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=80).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=200).map("".join),
)
html_texts = st.lists(st.one_of(st.sampled_from(PIECES), st.sampled_from(
    ["<html>", "<body>", "<h1>", "</h1>", "<p>", "<div class='x'>", "<!--", "-->", "<br/>", "<a href=\"", "\">"])),
    max_size=120).map(lambda parts: "<html><body>" + "".join(parts))


def spans(article: Article):
    """Every (start, end, text) an article record gives, with what it is."""
    for person in article.persons:
        for mention in person.mentions:
            yield "person", mention
        for role in person.roles:
            if role.evidence is not None:
                yield "role evidence", role.evidence
    for organization in article.organizations:
        for mention in organization.mentions:
            yield "organization", mention
    for date in article.dates:
        yield "date", date
    for quote in article.quotes:
        yield "quote", quote
        if quote.cue is not None:
            yield "cue", quote.cue
    for event in article.events:
        if event.trigger is not None:
            yield "event trigger", event.trigger


def assert_valid(text: str) -> None:
    for article in EXTRACTOR.extract(text, "prop"):
        assert isinstance(article.text, str)
        for kind, span in spans(article):
            assert 0 <= span.start <= span.end <= len(article.text), (kind, span)
            assert article.text[span.start:span.end] == span.text, (kind, span)
        json.dumps(article.to_dict(), ensure_ascii=False)


@PROPERTY
@given(texts)
def test_any_text_gives_spans_that_slice_their_own_text(text):
    assert_valid(text)


@PROPERTY
@given(html_texts)
def test_any_html_gives_spans_that_slice_their_own_text(text):
    assert_valid(text)


PATHOLOGICAL = {
    "100k quotes": "\"" * 100_000,
    "100k curly quotes with words": "“Kami ” " * 100_000,
    "1 MB without a space": "a" * 1_000_000,
    "1 MB of capitals without a space": "KPU" * 350_000,
    "10k nested parentheses": "(" * 10_000 + "Ketua KPU" + ")" * 10_000,
    "long line of titles": "Ketua KPU Kabupaten Blora, " * 3_000,
    "digits": "1/" * 200_000,
    # furniture lines of many entries that end in no entry: an entry's separator once had two ways to take a space
    "menu bar ending in a word": "Beranda Profil " * 20 + "Kabupaten",
    "share bar ending in a word": "facebook twitter " * 14 + "Kabupaten",
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_finishes_in_bounded_time(name):
    """A guard against catastrophic backtracking (60 s per input), not a benchmark."""
    started = time.perf_counter()
    for article in EXTRACTOR.extract(PATHOLOGICAL[name], "pathological"):
        for kind, span in spans(article):
            assert article.text[span.start:span.end] == span.text, (kind, span)
    assert time.perf_counter() - started < 60, f"{name}: {time.perf_counter() - started:.1f} s"
