"""brat standoff import/export: gold round trips exactly, hand-written files read, bad files are refused."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kpu_extract.evaluation.brat import (
    annotation_conf,
    article_to_brat,
    brat_to_article,
    event_types,
    export_brat,
    import_brat,
    safe_name,
)
from kpu_extract.records import Article, DateMention, Event, Organization, Person, Quote, Role, Span

GOLD = Path(__file__).parents[1] / "gold"


def _gold_articles() -> list[Article]:
    return [Article.from_dict(json.loads(line))
            for split in ("dev", "test")
            for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


GOLD_ARTICLES = _gold_articles()

# Line shapes that brat and INCEpTION's brat reader accept (their parsers' patterns, restated).
STANDOFF_LINE = [
    re.compile(r"T\d+\t[A-Za-z0-9_][A-Za-z0-9_\-]* \d+ \d+(;\d+ \d+)*\t[^\n\r\x85\u2028\u2029]*"),
    re.compile(r"R\d+\t[A-Za-z0-9_][A-Za-z0-9_\-]* Arg1:T\d+ Arg2:T\d+"),
    re.compile(r"E\d+\t[A-Za-z0-9_][A-Za-z0-9_\-]+:T\d+( [A-Za-z_][A-Za-z0-9_\-]+:[ET]\d+)*"),
    re.compile(r"#\d+\tAnnotatorNotes [TE]\d+\t[^\n\r\x85\u2028\u2029]*"),
]


def test_gold_is_loaded():
    assert GOLD_ARTICLES, "no gold articles found: the round trip below would test nothing"


@pytest.mark.parametrize("article", GOLD_ARTICLES, ids=lambda a: a.id)
def test_gold_article_round_trips_exactly(article):
    txt, ann = article_to_brat(article)
    assert txt == article.text
    assert brat_to_article(txt, ann).to_dict() == article.to_dict()


def test_exported_lines_are_valid_standoff():
    for article in GOLD_ARTICLES:
        _, ann = article_to_brat(article)
        assert ann.endswith("\n")
        for line in ann.splitlines():
            assert any(p.fullmatch(line) for p in STANDOFF_LINE), (article.id, line)


def test_folder_round_trip(tmp_path):
    paths = export_brat(GOLD_ARTICLES, tmp_path)
    assert len(paths) == len(GOLD_ARTICLES)
    assert all("#" not in p.name and p.with_suffix(".txt").is_file() for p in paths)
    assert (tmp_path / "annotation.conf").read_text(encoding="utf-8") == annotation_conf()
    assert (tmp_path / "visual.conf").is_file()
    back = {a.id: a.to_dict() for a in import_brat(tmp_path)}
    assert back == {a.id: a.to_dict() for a in GOLD_ARTICLES}


def test_annotation_conf_declares_every_type():
    conf = annotation_conf(["EXTRA_TYPE"])
    sections = dict(re.findall(r"\[(\w+)\]\n(.*?)(?=\n\[|\Z)", conf, re.S))
    assert sections["entities"].split() == ["Document", "Person", "Organization", "Date", "Quote", "Cue",
                                            "RoleEvidence"]
    assert "Role\tArg1:Person, Arg2:RoleEvidence" in sections["relations"]
    assert "Speaker\tArg1:Quote, Arg2:Person" in sections["relations"]
    assert "HasCue\tArg1:Quote, Arg2:Cue" in sections["relations"]
    declared = [line.split("\t")[0] for line in sections["events"].splitlines() if line]
    assert declared == [*event_types(), "EXTRA_TYPE"]
    assert "MEETING\tOrganizer?:Organization, Participant*:Organization, Person*:Person, Quote*:Quote" in conf


# A hand-labelled article (invented names): what a labeller would save from brat.
HAND_TXT = ("KPU Blora Gelar Rapat Koordinasi\n\nBLORA – Ketua KPU Kabupaten Blora, Budi Santoso, mengatakan "
            "rapat koordinasi digelar Senin (3/3/2025). \"Kami siap melayani pemilih,\" ujar Budi.\n")
HAND_ANN = [
    "T1\tDocument 0 32\tKPU Blora Gelar Rapat Koordinasi",
    '#1\tAnnotatorNotes T1\t{"id": "contoh-blora#0", "source_id": "contoh-blora", "article_index": 0, '
    '"headline": "KPU Blora Gelar Rapat Koordinasi", "meta": {"site": "contoh.test"}}',
    "T2\tPerson 69 81\tBudi Santoso",
    '#2\tAnnotatorNotes T2\t{"id": "P1", "name": "Budi Santoso"}',
    "T3\tPerson 172 176\tBudi",
    '#3\tAnnotatorNotes T3\t{"id": "P1"}',
    "T4\tRoleEvidence 42 81\tKetua KPU Kabupaten Blora, Budi Santoso",
    '#4\tAnnotatorNotes T4\t{"title": "Ketua", "organization": "KPU Kabupaten Blora"}',
    "R1\tRole Arg1:T2 Arg2:T4",
    "T5\tOrganization 0 9\tKPU Blora",
    '#5\tAnnotatorNotes T5\t{"id": "O1", "name": "KPU Kabupaten Blora", "acronym": "KPU"}',
    "T6\tOrganization 48 67\tKPU Kabupaten Blora",
    '#6\tAnnotatorNotes T6\t{"id": "O1"}',
    "T7\tDate 119 135\tSenin (3/3/2025)",
    '#7\tAnnotatorNotes T7\t{"value": "2025-03-03", "weekday": "Senin", "weekday_consistent": true}',
    "T8\tQuote 138 165\tKami siap melayani pemilih,",
    "T9\tCue 167 171\tujar",
    "R2\tSpeaker Arg1:T8 Arg2:T3",
    "R3\tHasCue Arg1:T8 Arg2:T9",
    "T10\tMEETING 94 110\trapat koordinasi",
    "E1\tMEETING:T10 Organizer:T6 Person:T2 Quote:T8 ",
    '#8\tAnnotatorNotes E1\t{"date": "2025-03-03", "mode": "offline"}',
]


def _ann(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def _span(text: str) -> Span:
    start = HAND_TXT.index(text)
    return Span(start, start + len(text), text)


def test_hand_written_ann_reads_into_the_record():
    article = brat_to_article(HAND_TXT, _ann(HAND_ANN), "blora.ann")
    expected = Article(
        "contoh-blora", 0, "KPU Blora Gelar Rapat Koordinasi", HAND_TXT, {"site": "contoh.test"},
        persons=[Person("P1", "Budi Santoso", [_span("Budi Santoso"), Span(172, 176, "Budi")],
                        [Role("Ketua", None, "KPU Kabupaten Blora",
                              _span("Ketua KPU Kabupaten Blora, Budi Santoso"))])],
        organizations=[Organization("O1", "KPU Kabupaten Blora", "KPU",
                                    [_span("KPU Blora"), _span("KPU Kabupaten Blora")])],
        dates=[DateMention(119, 135, "Senin (3/3/2025)", "2025-03-03", "Senin", True)],
        quotes=[Quote(138, 165, "Kami siap melayani pemilih,", "P1", "Budi Santoso", _span("ujar"))],
        events=[Event("MEETING", _span("rapat koordinasi"), None, "2025-03-03", "KPU Kabupaten Blora", [],
                      ["P1"], None, "offline", [0])],
    )
    assert article.to_dict() == expected.to_dict()
    assert brat_to_article(*article_to_brat(article)).to_dict() == expected.to_dict()


def test_spanless_values_and_multiline_spans_round_trip():
    text = "\nJudul Berita\n\nKetua KPU Kota Contoh, Sari Lestari, hadir Senin-Selasa (3-4/3/2025).\n" \
           "\"Kami siap\nbekerja,\" ujarnya.\u2028Akhir\n"

    def span(part: str, rule: str | None = None) -> Span:
        start = text.index(part)
        return Span(start, start + len(part), part, rule)

    quote = span("Kami siap\nbekerja")
    dates = span("Senin-Selasa (3-4/3/2025)")
    article = Article(
        "contoh kota/7", 3, None, text, {"url": "https://contoh.test/a\u2028b", "tags": [1, None, True]},
        persons=[Person("P2", "Sari Lestari", [span("Sari Lestari", "name")],
                        [Role("Ketua", None, "KPU Kota Contoh",
                              span("Ketua KPU Kota Contoh, Sari Lestari", "ev"), "r"),
                         Role("Anggota", "Teknis Penyelenggaraan")]),
                 Person("P1", "Dewi Anggraini", [], [Role("Bupati")])],
        organizations=[Organization("O1", "KPU Kota Contoh", "KPU", [span("KPU Kota Contoh")], "33.74"),
                       Organization("O2", "Bawaslu Kota Contoh", None, [])],
        dates=[DateMention(dates.start, dates.end, dates.text, "2025-03-03", "Senin", True, "range"),
               DateMention(dates.start, dates.end, dates.text, "2025-03-04", "Selasa", False)],
        quotes=[Quote(quote.start, quote.end, quote.text, "P2", "Sari L.", span("ujarnya", "cue"), "q"),
                Quote(0, 6, "\nJudul", None, "Anonim"),
                Quote(0, 0, "", "P9", None)],
        events=[Event("MEETING", span("hadir", "t"), "Rapat", "2025-03-03", "KPU Kota Contoh",
                      ["Bawaslu Kota Contoh", "KPU Kota Contoh"], ["P2", "P1"], "Aula", "offline", [0, 1], "e"),
                Event("OTHER", None, None, None, "Dinas Contoh", ["Dinas Contoh"], ["P7"], quotes=[5]),
                Event("VISIT")],
        page_span=Span(5, 99, ""), parser="rules")
    txt, ann = article_to_brat(article)
    assert "\tQuote 86 95;96 103\tKami siap bekerja\n" in ann
    assert all(any(p.fullmatch(line) for p in STANDOFF_LINE) for line in ann.splitlines())
    assert brat_to_article(txt, ann).to_dict() == article.to_dict()


def _replace(index: int, line: str | None) -> list[str]:
    """HAND_ANN with line ``index`` (0-based) replaced, or removed when ``line`` is None."""
    lines = list(HAND_ANN)
    if line is None:
        del lines[index]
    else:
        lines[index] = line
    return lines


@pytest.mark.parametrize("lines, expected", [
    (_replace(2, "T2 Person 69 81 Budi Santoso"), ["line 3", "expected an id, a tab"]),
    (_replace(2, "T2\tPerson 69-81\tBudi Santoso"), ["line 3", "bad offsets '69-81'"]),
    (_replace(2, "T2\tPerson 69 81\tBudi Santosa"), ["line 3", "'Budi Santosa' does not match", "'Budi Santoso'"]),
    (_replace(16, "T9\tCue 167 999\tujar"), ["line 17", "past the end of the .txt (178 characters)"]),
    (_replace(6, "T4\tRoleEvidence 42 47;69 81\tKetua Budi Santoso"), ["line 7", "discontinuous"]),
    (_replace(8, "R1\tRole Arg1:T2 Arg2:T99"), ["line 9", "unknown annotation 'T99'"]),
    (_replace(20, "E1\tMEETING:T10 Organizer:T42"), ["line 21", "unknown annotation 'T42'"]),
    (_replace(3, '#2\tAnnotatorNotes T2\t{"id": P1}'), ["line 4", "not JSON"]),
    (_replace(3, "#2\tAnnotatorNotes T2\tpenting dicek"), ["line 4", "not JSON"]),
    (_replace(5, '#3\tAnnotatorNotes T3\t{"id": "P1", "name": "Budi S."}'), ["line 6", "contradicts"]),
    (_replace(3, '#2\tAnnotatorNotes T2\t{"name": "Budi Santoso"}'), ["line 4", "no 'id'"]),
    (_replace(17, "R2\tSpeaker Arg1:T8 Arg2:T5"), ["line 18", "Speaker needs a Person there, T5"]),
    (_replace(18, None), ["line 17", "T9: a Cue must be linked by a HasCue relation exactly once"]),
    (_replace(19, "T10\tTRAINING 94 110\trapat koordinasi"), ["line 21", "trigger T10 is a TRAINING"]),
    (_replace(20, "E1\tMEETING:T10 Speaker:T2"), ["line 21", "unknown event argument 'Speaker'"]),
    (_replace(12, "A1\tNegated T2"), ["line 13", "attributes"]),
    (_replace(12, "T5\tPerson 69 81\tBudi Santoso"), ["line 13", "duplicate id T5"]),
    (HAND_ANN + ["#9\tAnnotatorNotes T10\t{}"], ["line 23", "note on T10 is not read"]),
    (HAND_ANN[2:], ["no Document annotation"]),
])
def test_bad_ann_is_refused_with_line_and_reason(lines, expected):
    with pytest.raises(ValueError) as error:
        brat_to_article(HAND_TXT, _ann(lines), "blora.ann")
    message = str(error.value)
    assert message.startswith("blora.ann: ")
    for part in expected:
        assert part in message


def test_import_error_names_the_file(tmp_path):
    (tmp_path / "contoh-blora--0.txt").write_text(HAND_TXT, encoding="utf-8")
    (tmp_path / "contoh-blora--0.ann").write_text(_ann(_replace(2, "T2\tPerson 69 81\tBudi")), encoding="utf-8")
    with pytest.raises(ValueError, match=r"contoh-blora--0\.ann: line 3: T2: span text 'Budi' does not match"):
        import_brat(tmp_path)


def test_ann_without_txt_is_refused(tmp_path):
    (tmp_path / "lost.ann").write_text(_ann(HAND_ANN), encoding="utf-8")
    with pytest.raises(ValueError, match=r"lost\.ann: no text file lost\.txt"):
        import_brat(tmp_path)


def test_export_refuses_a_span_that_does_not_slice_the_text():
    article = brat_to_article(HAND_TXT, _ann(HAND_ANN))
    article.persons[0].mentions[0] = Span(69, 81, "Budi Santosa")
    with pytest.raises(ValueError, match=r"contoh-blora#0: Person 69-81 says 'Budi Santosa'"):
        article_to_brat(article)


def test_safe_names_keep_ids_apart(tmp_path):
    assert safe_name("kab-blora#2") == "kab-blora--2"
    assert safe_name(".tersembunyi#0") == "_tersembunyi--0"
    first = Article("a b", 0, None, "Teks.")
    second = Article("a_b", 0, None, "Teks.")
    with pytest.raises(ValueError, match="would both be written as a_b--0.ann"):
        export_brat([first, second], tmp_path)


def test_command_line_round_trip(tmp_path, capsys):
    """`kpu-extract gold export-brat` then `import-brat` gives the gold records back."""
    from kpu_extract.cli import main

    gold = Path(__file__).resolve().parents[1] / "gold" / "test.jsonl"
    assert main(["gold", "export-brat", str(gold), "-o", str(tmp_path / "brat")]) == 0
    assert main(["gold", "import-brat", str(tmp_path / "brat"), "-o", str(tmp_path / "back.jsonl")]) == 0
    def by_id(path: Path) -> dict:
        return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    assert by_id(tmp_path / "back.jsonl") == by_id(gold)
    assert main(["gold", "export-brat", str(gold)]) == 2
    assert "-o" in capsys.readouterr().err
