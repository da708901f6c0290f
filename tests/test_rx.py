"""rx compiles with ``re`` where it can and must find exactly what ``regex`` finds on real text."""

import re

import pytest
import regex

from kpu_extract import rx

SENTENCES = [
    "Ketua Divisi Perencanaan dan Logistik KPU Provinsi Jawa Tengah, Basmar Perianto Amron, menyoroti ...",
    "“Kita harus siap,” ujar Ketua KPU Kabupaten Blora, Selasa (4/11/2025).",
    "Jum’at (19/9/2025) KPU Kab. Grobogan menggelar Ngopi Asli bersama Bawaslu.",
    "Dra.Ita Sadrini dan KH. Ahmad Zaki Fuad, S.Th.I., M.Ag. hadir sebagai narasumber.",
    "ÉLECTION Ängström çà et là: Ñandú, ǅemal, ǈubica.",
]

PATTERNS = [
    (r"\p{Lu}[\p{L}.]{0,3}", 0),
    (r"(?<![\w])\p{Lu}\p{Ll}+", 0),
    (r"[^\p{L}\d\s]+", 0),
    (r"\P{L}+", 0),
    (r"(?:me|ber)\p{Ll}{3,}", rx.IGNORECASE),
    (r"(?i:ketua|kadiv)\s+\p{Lu}\w*", 0),
]


@pytest.mark.parametrize("pattern, flags", PATTERNS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_re_finds_what_regex_finds(pattern, flags, sentence):
    compiled = rx.compile(pattern, flags)
    assert isinstance(compiled, re.Pattern)
    assert [m.span() for m in compiled.finditer(sentence)] == [m.span() for m in regex.finditer(pattern, sentence, flags)]


@pytest.mark.parametrize("pattern", [
    r"(?<!(?<![\w.])\p{Lu}[\p{L}.]{0,3})[.!?]",  # variable-width lookbehind: re cannot
    r"(?P<title>Ketua)|(?P<title>Kadiv)",  # one group name twice: re cannot
    r"\p{Nd}+",  # a property rx does not spell out
])
def test_patterns_re_cannot_run_fall_back_to_regex(pattern):
    assert isinstance(rx.compile(pattern), regex.Pattern)


@pytest.mark.parametrize("before, cue", [
    ("Hal itu disampaikan oleh Ketua KPU Blora. Ia menegaskan bahwa, ", "menegaskan"),
    ("Menurutnya, ", "Menurutnya"),
    ("Kegiatan ini berjalan lancar. ", None),
])
def test_a_suffix_pattern_finds_the_cue_that_ends_the_text(before, cue):
    pattern = rx.compile_suffix(r"(?<!\w)(?P<cue>menegaskan|menurut(?:nya)?)(?:\s+bahwa)?\s*[,:]?\s*$", rx.IGNORECASE)
    found = pattern.search(before)
    assert (found.group("cue") if found else None) == cue


LEXICON = ["Ketua", "Kadiv.", "Kepala Sub Bagian", "Plh.", "Sekretaris", "Anggota"]


@pytest.mark.parametrize("sentence", [*SENTENCES,
    "KETUA KPU Blora dan Plh. Sekretaris hadir; ketuanya tidak. Anggota-anggota PPK, Kepala Sub Bagian Umum.",
    "Kadiv.Hukum dan kadiv. Teknis; SubKetua bukan Ketua_x, tetapi Ketua.",
])
@pytest.mark.parametrize("flags", [0, rx.IGNORECASE])
def test_a_lexicon_scan_at_words_finds_what_the_plain_scan_finds(sentence, flags):
    pattern = rf"(?<![\w-])(?:{'|'.join(regex.escape(w) for w in sorted(LEXICON, key=len, reverse=True))})(?![\w-])"
    at_words = rx.compile_at_words(pattern, flags, LEXICON)
    assert isinstance(at_words, rx.AtWords)
    assert [m.span() for m in at_words.finditer(sentence)] == [m.span() for m in re.finditer(pattern, sentence, flags)]


def test_a_lexicon_entry_that_does_not_start_a_word_keeps_the_plain_scan():
    assert isinstance(rx.compile_at_words(r"(?:“|Ketua)", 0, ["“", "Ketua"]), re.Pattern)
