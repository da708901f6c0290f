"""Parsers onto one spaCy Doc, and the parse cache: a cached Doc is the fresh one, keyed by text and model."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from kpu_extract.parse import RuleParser, StanzaParser, anchored_prefix_search, sentences
from kpu_extract.parse_cache import CachedParser, ParseCache
from kpu_extract.patterns import load_lexicons

from conftest import SAMPLE, stanza_resources


@pytest.fixture(scope="module")
def rule_parser() -> RuleParser:
    return RuleParser(load_lexicons())


@pytest.fixture(scope="module")
def stanza_parser() -> StanzaParser:
    pytest.importorskip("stanza")
    resources = stanza_resources()
    if resources is None:
        pytest.skip("no Stanza Indonesian models")
    return StanzaParser(load_lexicons(), resources)


def _sentence_texts(doc) -> list[str]:
    return [doc.text[start:end] for start, end in sentences(doc)]


# Real sentences of dev-office pages; "|" marks where a sentence ends. Both parsers must agree, except where
# Stanza itself does not split (a parser may drop a model's split, never invent one away from a line break).
SENTENCE_TABLE = [
    # protected: initials, honorifics, acting prefixes, place and money abbreviations, spaced degrees
    "Hal senada disampaikan komisioner KPU Blora, M. Khamdun. |Menurutnya, setelah ini langkah KPU Blora adalah "
    "melaporkan Putusan Bawaslu Kabupaten Blora kepada KPU Jateng dan KPU RI.",
    "Bertempat di Aula RM. Noroyono, KPU Kab. Grobogan menggelar Sosialisasi Penyelenggaraan Pemilu 2019 bersama "
    "Pemilih Penyandang Disabilitas.",
    "Mengambil tempat sebagai pembina apel adalah Anggota KPU Kabupaten Grobogan Suwiknyo, S. Pd. I, sedangkan "
    "bertugas sebagai pemimpin apel adalah Kasubbag Keuangan Umum Dan Logistik Sekretariat KPU Kabupaten Grobogan.",
    "Untuk KPU disepakati sebesar Rp. 29.286.275.000,- yang akan dianggarkan dalam dua termin.",
    "Ketua KPU Kota Semarang, Ahmad Zaini, bersama Anggota KPU, M.A. Agung Nugroho, Agus Supriyono, dan Novi Maria "
    "Ulfah hadir dalam kunjungan.",
    "Kadiv Teknis Penyelenggaraan, Muhammad Machruz dan Plh. Sekretaris KPU Jateng, Eko Supriono.",
    "Sementara itu, Rektor IAI Khozinatul Ulum Blora, KH. Ahmad Zaki Fuad, S.Th.I., M.Ag., menyambut baik kerja "
    "sama tersebut.",
    "Jurnalpantura.Com, Kudus – Komisi Pemilihan Umum (KPU) Kabupaten Kudus mulai mendistribusikan logistik.",
    "Calon nomor urut 7 atas nama Sdr. Drs. TARYONO yang memperoleh suara sah calon terbanyak ke-3 dinyatakan "
    "MEMENUHI SYARAT.",
    # negatives: a real sentence end after an abbreviation's place name, a degree, a name, a line break
    "Hadir perwakilan Partai Politik tingkat Provinsi dan Bawaslu Prov. Jawa Tengah. |Karena pada kurun tanggal "
    "03-20 Juli 2021 KPU Kabupaten Pati memberlakukan 100% WFH.",
    "Sosialisasi tersebut dipimpin oleh Kadiv Sosialisasi KPU Kabupaten Grobogan, Ngatiman, S.IP. |Dalam acara ini, "
    "Ngatiman didampingi oleh Kasubbag Parmas.",
    "KPU Blora Ikuti Program Talk To Me Perkuat SDM Pasca Pemilu dan Pilkada\n|Blora, KPU Blora – Komisi "
    "Pemilihan Umum (KPU) Kabupaten Blora turut serta secara daring.",
    "Kegiatan rutin kelembagaan (perencanaan, keuangan, kehumasan, dll.).\xa0\n\n|Tri Tujiana, Sekretaris KPU "
    "Provinsi Jawa Tengah, menyampaikan arahan.",
    "Pemimpin apel adalah Kasubbag Keuangan Dandy Setyawan, S. IP.\n|Pada amanatnya Suwiknyo mengucapkan syukur.",
    "KPU Kab. Blora menggelar rapat pleno. |Rapat dihadiri Bawaslu.",
]


def _expected(marked: str) -> list[str]:
    return [part.strip() for part in marked.split("|")]


@pytest.mark.parametrize("marked", SENTENCE_TABLE)
def test_rule_sentences_on_real_text(rule_parser, marked):
    assert _sentence_texts(rule_parser.parse(marked.replace("|", ""))) == _expected(marked)


@pytest.mark.parametrize("marked", SENTENCE_TABLE)
def test_stanza_sentences_on_real_text(stanza_parser, marked):
    assert _sentence_texts(stanza_parser.parse(marked.replace("|", ""))) == _expected(marked)


@pytest.mark.parametrize("text, expected", [
    ("Sambutan oleh Bambang K. Santoso. Acara selesai.",
     ["Sambutan oleh Bambang K. Santoso.", "Acara selesai."]),
    ("\"Kami siap.\" Ketua KPU lalu menutup rapat.", ["\"Kami siap.\"", "Ketua KPU lalu menutup rapat."]),
    ("\"Kami siap,\" ujarnya. Rapat ditutup.", ["\"Kami siap,\" ujarnya.", "Rapat ditutup."]),
    ("\"Semua sudah siap.\" ujar Dedi Kurniawan.", ["\"Semua sudah siap.\" ujar Dedi Kurniawan."]),
    ("Tahapan berjalan lancar. pukul 10.00 WIB rapat dimulai.",
     ["Tahapan berjalan lancar. pukul 10.00 WIB rapat dimulai."]),
    ("Apakah sudah siap? Ya, siap! Semua hadir.", ["Apakah sudah siap?", "Ya, siap!", "Semua hadir."]),
    ("Sosialisasi dibuka Anggota KPU Kab. Grobogan Bapak Ngatiman, SE. Sosialisasi kali ini sangat interaktif.",
     ["Sosialisasi dibuka Anggota KPU Kab. Grobogan Bapak Ngatiman, SE.", "Sosialisasi kali ini sangat interaktif."]),
])
def test_rule_sentences(rule_parser, text, expected):
    assert _sentence_texts(rule_parser.parse(text)) == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\nKPU", " Rapat pleno."])
def test_rule_parser_covers_odd_text_exactly(rule_parser, text):
    doc = rule_parser.parse(text)
    assert doc.text == text
    assert all(not t.is_sent_start for t in doc if t.i and t.is_space)


def _view(doc) -> list[tuple]:
    """Everything an extractor reads from a Doc."""
    return [(t.i, t.idx, t.text, t.whitespace_, t.pos_, t.lemma_, t.head.i, t.dep_, t.is_sent_start) for t in doc]


ARTICLE = (SAMPLE / "kpu-blora-talk-to-me.txt").read_text(encoding="utf-8")


def test_cached_doc_equals_the_fresh_one(extractor, tmp_path):
    parser = extractor.parser
    fresh = parser.parse_many([ARTICLE])[0]
    cached = CachedParser(parser, tmp_path)
    first = cached.parse_many([ARTICLE])[0]
    again = CachedParser(parser, tmp_path).parse_many([ARTICLE])[0]
    assert cached.misses == 1 and cached.hits == 0
    assert _view(first) == _view(fresh)
    assert _view(again) == _view(fresh)
    assert again.has_annotation("DEP") == fresh.has_annotation("DEP")
    assert list(sentences(again)) == list(sentences(fresh))


def test_extraction_with_a_warm_cache_is_unchanged(extractor, tmp_path, monkeypatch):
    expected = [a.to_dict() for a in extractor.extract(ARTICLE, "talk")]
    cached = CachedParser(extractor.parser, tmp_path)
    cached.parse_many([a["text"] for a in expected])  # the articles' texts, as the pipeline parses them
    monkeypatch.setattr(extractor, "parser", cached)
    assert [a.to_dict() for a in extractor.extract(ARTICLE, "talk")] == expected
    assert cached.misses == len(expected) and cached.hits == len(expected)


@pytest.mark.parametrize("first, second", [
    (("stanza\nmodel A", "KPU Blora menggelar rapat."), ("stanza\nmodel A", "KPU Blora menggelar rapat!")),
    (("stanza\nmodel A", "KPU Blora menggelar rapat."), ("stanza\nmodel B", "KPU Blora menggelar rapat.")),
    (("stanza\nmodel A", "Rapat."), ("rules\nmodel A", "Rapat.")),
])
def test_cache_key_changes_with_text_and_fingerprint(tmp_path, first, second):
    assert ParseCache(tmp_path, first[0]).key(first[1]) != ParseCache(tmp_path, second[0]).key(second[1])
    assert ParseCache(tmp_path, first[0]).key(first[1]) == ParseCache(tmp_path, first[0]).key(first[1])


def _fake_resources(root, sizes: dict[str, int], md5: str = "abc"):
    """A Stanza resources folder with model files of the given sizes (never loaded: the pipeline is lazy)."""
    published = {}
    for processor in ["tokenize", "mwt", "pos", "lemma", "depparse"]:
        folder = root / "id" / processor
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "gsd.pt").write_bytes(b"0" * sizes.get(processor, 10))
        published[processor] = {"gsd": {"md5": md5}}
    (root / "resources.json").write_text(json.dumps({"id": published}), encoding="utf-8")
    return root


@pytest.mark.parametrize("change", ["size", "checksum", "stanza version"])
def test_stanza_fingerprint_changes_with_the_model_version(tmp_path, change):
    pytest.importorskip("stanza")
    lexicons = load_lexicons()
    before = StanzaParser(lexicons, _fake_resources(tmp_path / "a", {})).fingerprint
    after_parser = StanzaParser(lexicons, _fake_resources(
        tmp_path / "b", {"pos": 11} if change == "size" else {}, md5="def" if change == "checksum" else "abc"))
    if change == "stanza version":
        after_parser.stanza_version += ".post1"
    assert after_parser.fingerprint != before
    assert StanzaParser(lexicons, _fake_resources(tmp_path / "c", {})).fingerprint == before


def test_stanza_cache_outlives_a_lexicon_edit(extractor, tmp_path):
    """The cache keeps Stanza's own parse; the sentence rules of today's lexicons are applied on loading."""
    if extractor.parser.name != "stanza":
        pytest.skip("needs the Stanza models")
    text = "Rapat dihadiri Budi dkk. Mereka membahas jadwal tahapan."
    CachedParser(extractor.parser, tmp_path).parse_many([text])
    edited = StanzaParser(load_lexicons(), extractor.parser.resources_dir)
    edited.breaks.abbreviations = edited.breaks.abbreviations | {"dkk."}
    assert edited.fingerprint == extractor.parser.fingerprint
    cached = CachedParser(edited, tmp_path)
    doc = cached.parse_many([text])[0]
    assert cached.hits == 1 and cached.misses == 0
    assert len(list(sentences(doc))) == 1
    assert len(list(sentences(CachedParser(extractor.parser, tmp_path).parse_many([text])[0]))) == 2


@pytest.mark.parametrize("damage", [b"", b"not a docbin", b"\x00" * 64, "truncate"])
def test_corrupt_entry_is_parsed_again(rule_parser, tmp_path, damage):
    text = "KPU Kab. Blora menggelar rapat pleno. Rapat dihadiri Bawaslu."
    CachedParser(rule_parser, tmp_path).parse_many([text])
    path = ParseCache(tmp_path, "rules\nrules").path(text)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] if damage == "truncate" else damage)
    cached = CachedParser(rule_parser, tmp_path)
    (doc,) = cached.parse_many([text])
    assert (cached.hits, cached.misses) == (0, 1)
    assert _view(doc) == _view(rule_parser.parse(text))
    assert CachedParser(rule_parser, tmp_path).cache.load(text) is not None  # rewritten whole


def test_concurrent_writers_leave_whole_entries_and_no_temporary_files(rule_parser, tmp_path):
    texts = [f"Rapat pleno ke-{n} digelar di Kab. Blora. Peserta hadir." for n in range(20)]
    workers = [threading.Thread(target=CachedParser(rule_parser, tmp_path).parse_many, args=(texts,))
               for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not list(tmp_path.rglob("*.tmp"))
    cache = ParseCache(tmp_path, "rules\nrules")
    assert all(_view(cache.load(t)) == _view(rule_parser.parse(t)) for t in texts)


def test_a_repeated_text_is_parsed_once(rule_parser, tmp_path):
    cached = CachedParser(rule_parser, tmp_path)
    docs = cached.parse_many(["Rapat pleno.", "Rapat pleno.", "Rapat ditutup."])
    assert [d.text for d in docs] == ["Rapat pleno.", "Rapat pleno.", "Rapat ditutup."]
    assert len(list(tmp_path.rglob("*.spacy"))) == 2


def test_rules_mode_takes_no_cache(rules_extractor, tmp_path):
    from kpu_extract import Extractor

    assert isinstance(Extractor(parser="rules", cache_dir=tmp_path).parser, RuleParser)


GOLD = SAMPLE.parents[2] / "gold"
STANZA_CACHE = Path(os.environ.get("KPU_STANZA_CACHE", SAMPLE.parents[3] / "stanza-cache"))


def test_stanza_offsets_slice_every_gold_article(stanza_parser, tmp_path):
    """Every token of every gold article (dev and test), parsed in Stanza mode, is the text at its offset."""
    texts = [json.loads(line)["text"] for split in ("dev", "test")
             for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    cached = CachedParser(stanza_parser, STANZA_CACHE if STANZA_CACHE.is_dir() else tmp_path)
    for text, doc in zip(texts, cached.parse_many(texts)):
        assert doc.text == text
        for token in doc:
            assert text[token.idx:token.idx + len(token.text)] == token.text
            assert text[token.idx + len(token.text):token.idx + len(token.text_with_ws)] == token.whitespace_
        starts = [start for start, _ in sentences(doc)]
        assert starts == sorted(set(starts))


@pytest.mark.parametrize("chunk", [
    "(4/11/2025)", "“Kita", "\"Pemilu", "...dan", "‘rel’", "<b/>Ketua", "<a href=x>KPU", "Ketua<a href=x>",
    "$5", "US$3", "—Blora", "Kab.", "KPU", "", "(((", "«Ngopi»",
])
def test_anchored_prefix_search_matches_what_spacy_matches(chunk):
    import spacy

    nlp = spacy.blank("id")
    spacy_match = nlp.tokenizer.prefix_search(chunk)
    ours = anchored_prefix_search(nlp.Defaults.prefixes)(chunk)
    assert (ours.span() if ours else None) == (spacy_match.span() if spacy_match else None)
