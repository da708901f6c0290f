"""The evaluator: matching rules, alignment, baselines, the command, and its independence from extraction."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kpu_extract.cli import main
from kpu_extract.evaluation.baselines import capitalised_run_persons, dateparser_dates
from kpu_extract.records import read_records
from kpu_extract.evaluation.report import error_kinds, format_errors, format_table
from kpu_extract.evaluation.score import FIELD_ORDER, evaluate
from kpu_extract.records import Article, DateMention, Event, Organization, Person, Quote, Role, Span

GOLD = Path(__file__).resolve().parents[1] / "gold"

TEXT = ("KPU Blora Gelar Rapat Pleno\n"
        "Blora - Ketua Divisi Sosdiklih dan Parmas KPU Kabupaten Blora, Rina Astuti, membuka rapat pleno "
        "pada Selasa (4/11/2025). \u201cKami siap,\u201d ujar Rina.")


def _span(text: str, needle: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def _article(text: str = TEXT, page_start: int = 0, division: str = "Sosialisasi, Pendidikan Pemilih dan "
             "Partisipasi Masyarakat", name_mention: str = "Rina Astuti") -> Article:
    person = Person("P1", "Rina Astuti", [_span(text, name_mention), _span(text, "Rina", 1)],
                    [Role("Ketua Divisi", division, "KPU Kabupaten Blora", _span(text, "Ketua Divisi"))])
    organization = Organization("O1", "KPU Kabupaten Blora", "KPU",
                                [_span(text, "KPU Blora"), _span(text, "KPU Kabupaten Blora")])
    date = _span(text, "Selasa (4/11/2025)")
    quote = _span(text, "Kami siap,")
    return Article("page-1", 0, "KPU Blora Gelar Rapat Pleno", text, persons=[person],
                   organizations=[organization],
                   dates=[DateMention(date.start, date.end, date.text, "2025-11-04", "Selasa", True)],
                   quotes=[Quote(quote.start, quote.end, quote.text, "P1", "Rina Astuti", _span(text, "ujar Rina"))],
                   events=[Event("PLENARY", date="2025-11-04", organizer="KPU Kabupaten Blora", persons=["P1"],
                                 mode="offline")],
                   page_span=Span(page_start, page_start + len(text), ""))


def test_identical_records_score_one_on_every_field_that_has_items():
    evaluation = evaluate([_article()], [_article()])
    assert list(evaluation.fields) == FIELD_ORDER
    for name, score in evaluation.fields.items():
        assert score.false_positives == score.false_negatives == 0, name
        if score.gold:
            assert score.f1 == 1.0, name


def test_the_gold_set_scores_itself_perfectly():
    gold, _ = read_records(GOLD / "dev.jsonl")
    evaluation = evaluate(gold, gold)
    assert evaluation.articles_aligned == len(gold)
    assert all(s.false_positives == s.false_negatives == 0 for s in evaluation.fields.values())


def test_a_shorter_name_span_is_a_strict_miss_and_a_partial_hit():
    predicted = _article(name_mention="Rina")
    scores = evaluate([_article()], [predicted]).fields
    assert (scores["person.span.strict"].true_positives, scores["person.span.strict"].false_negatives) == (1, 1)
    assert scores["person.span.strict"].boundary == 1
    assert scores["person.span.partial"].f1 == 1.0
    assert [kind for kind, _ in error_kinds(evaluate([_article()], [predicted]))][:1] == [
        "person.span.strict: wrong boundaries (overlaps a predicted span)"]


@pytest.mark.parametrize("predicted_division, matches", [
    ("Partisipasi Masyarakat, Sosialisasi dan Pendidikan Pemilih", True),
    ("Sosialisasi Pendidikan Pemilih Partisipasi Masyarakat", True),
    ("Sosialisasi dan Pendidikan Pemilih", False),
    ("Sosdiklih dan Parmas", False),
])
def test_divisions_compare_as_word_sets(predicted_division, matches):
    scores = evaluate([_article()], [_article(division=predicted_division)]).fields
    assert (scores["role.division"].f1 == 1.0) is matches


def test_spans_compare_on_the_page_when_articles_start_at_different_places():
    """A prediction whose article starts one line earlier on the page still matches offset for offset."""
    shifted = "Berita Terkini\n" + TEXT
    predicted = _article(shifted, page_start=0)
    gold = _article(TEXT, page_start=len("Berita Terkini\n"))
    scores = evaluate([gold], [predicted]).fields
    assert scores["person.span.strict"].f1 == scores["date.span.strict"].f1 == 1.0


def test_an_unaligned_article_counts_all_its_items_as_missed_or_spurious():
    other_headline = replace(_article(), headline="KPU Blora Gelar Rapat")
    evaluation = evaluate([_article()], [other_headline])
    assert evaluation.articles_aligned == 0
    assert evaluation.fields["person.name"].false_negatives == 1
    assert evaluation.fields["person.name"].false_positives == 1
    assert evaluation.fields["segmentation.headline"].f1 == 0.0


def test_predictions_of_pages_outside_the_gold_are_ignored_unless_asked():
    elsewhere = replace(_article(), source_id="page-2")
    assert evaluate([_article()], [_article(), elsewhere]).fields["person.name"].precision == 1.0
    assert evaluate([_article()], [_article(), elsewhere], restrict_to_gold_sources=False
                    ).fields["person.name"].precision == 0.5


def test_a_wrong_speaker_is_one_miss_and_one_spurious_pair():
    predicted = _article()
    predicted.quotes[0] = replace(predicted.quotes[0], speaker=None, speaker_name=None)
    score = evaluate([_article()], [predicted]).fields["quote.speaker"]
    assert (score.true_positives, score.false_positives, score.false_negatives) == (0, 1, 1)
    assert "Kami siap" in format_errors(evaluate([_article()], [predicted]))


def test_dateparser_baseline_reads_day_and_month_the_american_way():
    """What a user gets without this library: "(4/11/2025)" becomes 11 April."""
    [article] = dateparser_dates([_article()])
    assert ("Selasa (4/11/2025)", "2025-04-11") in [(d.text, d.value) for d in article.dates]


def test_capitalised_runs_baseline_takes_bodies_for_people():
    [article] = capitalised_run_persons([_article()])
    names = {p.name for p in article.persons}
    assert {"Rina Astuti", "Blora Gelar Rapat Pleno", "Ketua Divisi Sosdiklih"} <= names


def test_table_lists_every_field_with_counts():
    table = format_table(evaluate([_article()], [_article()]))
    assert all(name in table for name in FIELD_ORDER)
    assert "1 gold articles, 1 predicted, 1 aligned" in table


def _write(path: Path, articles: list[Article]) -> Path:
    path.write_text("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def _cli(capsys, *args: str) -> subprocess.CompletedProcess:
    """``kpu-extract evaluate`` run in this process, its output captured."""
    returncode = main(["evaluate", *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(args, returncode, out, err)


def test_command_prints_json_with_baselines_and_errors(tmp_path, capsys):
    gold = _write(tmp_path / "gold.jsonl", [_article()])
    pred = _write(tmp_path / "pred.jsonl", [_article(name_mention="Rina")])
    done = _cli(capsys, "--gold", str(gold), "--pred", str(pred), "--format", "json", "--errors", "--baseline", "capitalised")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    fields = {f["field"]: f for f in report["system"]["fields"]}
    assert fields["person.span.strict"]["missed"][0]["context"].count("«") == 1
    assert [b["system"] for b in report["baselines"]] == ["dateparser search_dates", "capitalised runs"]


@pytest.mark.parametrize("content, message", [
    ("{not json\n", "pred.jsonl:1: not an article record"),
    ('{"id": "x"}\n', "pred.jsonl:1: not an article record"),
])
def test_command_rejects_bad_predictions_with_file_and_line(tmp_path, capsys, content, message):
    gold = _write(tmp_path / "gold.jsonl", [_article()])
    (tmp_path / "pred.jsonl").write_text(content, encoding="utf-8")
    done = _cli(capsys, "--gold", str(gold), "--pred", str(tmp_path / "pred.jsonl"), "--baseline", "none")
    assert done.returncode == 2
    assert message in done.stderr


def test_error_lines_in_predictions_are_counted_and_their_pages_missed(tmp_path, capsys):
    gold = _write(tmp_path / "gold.jsonl", [_article()])
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"schema": "kpu-extract/1", "source_id": "page-1",
                                "error": {"type": "InvalidText", "message": "x"}}) + "\n", encoding="utf-8")
    done = _cli(capsys, "--gold", str(gold), "--pred", str(pred), "--baseline", "none")
    assert done.returncode == 0
    assert "1 error lines" in done.stderr
    assert "0 aligned" in done.stdout


def test_extraction_never_imports_evaluation():
    code = ("import sys, kpu_extract, kpu_extract.pipeline, kpu_extract.batch; "
            "print(any(m.startswith('kpu_extract.evaluation') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "False", done.stderr
