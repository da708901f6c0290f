"""The weekday check over article records: findings, suggestions, and the printed report."""

from __future__ import annotations

import pytest

from kpu_extract.check_dates import WeekdayFinding, check_dates, format_findings
from kpu_extract.dates import DateFinder, extract_dates
from kpu_extract.patterns import load_lexicons
from kpu_extract.records import Article


def _article(text: str, index: int = 0) -> Article:
    dates = extract_dates(text, DateFinder(load_lexicons()))
    return Article(source_id="uji", article_index=index, headline=None, text=text, dates=dates)


@pytest.mark.parametrize("text, expected", [
    # Consistent dates give no finding.
    ("KPU Kabupaten Blora menggelar rapat pleno, Selasa (4/11/2025).", []),
    ("Rapat pleno digelar Rabu, 26 November 2025 di aula.", []),
    # No weekday written, or no year to check against: nothing to say.
    ("Rapat pleno digelar 2 Juni 2024 di aula.", []),
    ("KPU menggelar rapat pada Minggu (16/11) di aula.", []),
    # A stale year: the nearest year where the weekday fits.
    ("Apel siaga digelar di halaman KPU pada Senin, (2 Juni 2024).",
     [("Senin, (2 Juni 2024)", "2024-06-02", "Senin", "Minggu", "2025-06-02", "year")]),
    ("Rapat koordinasi digelar Kamis (9/1/2024) di kantor KPU.",
     [("Kamis (9/1/2024)", "2024-01-09", "Kamis", "Selasa", "2025-01-09", "year")]),
    # Day and month swapped: 10 March 2025 is a Monday, 3 October 2025 a Friday.
    ("Sosialisasi pemilih pemula dilaksanakan Senin (3/10/2025) di SMA N 1.",
     [("Senin (3/10/2025)", "2025-10-03", "Senin", "Jumat", "2025-03-10", "day-month")]),
    # The second weekday of a range is checked against the range's last day.
    ("Bimtek Selasa–Rabu, 16-18 Juli 2019 di Semarang",
     [("Selasa–Rabu, 16-18 Juli 2019", "2019-07-18", "Rabu", "Kamis", "2018-07-18", "year")]),
])
def test_check_dates(text, expected):
    findings = check_dates([_article(text)])
    assert [(f.text, f.value, f.weekday, f.actual_weekday, f.suggestion, f.reason) for f in findings] == expected
    assert all(f.article_id == "uji#0" for f in findings)


def test_findings_keep_article_order_and_the_report_counts_them():
    articles = [_article("Rapat pleno, Selasa (4/11/2025).", 0),
                _article("Apel pada Senin, (2 Juni 2024). Rapat Kamis (9/1/2024).", 1)]
    findings = check_dates(articles)
    assert [f.value for f in findings] == ["2024-06-02", "2024-01-09"]
    report = format_findings(findings)
    assert "uji#1\t'Senin, (2 Juni 2024)'\t2024-06-02 is a Minggu, written Senin\tsuggest 2025-06-02" in report
    assert report.endswith("2 date(s) whose written weekday contradicts the date, in 1 article(s)\n")


@pytest.mark.parametrize("text, year_written", [
    ("Apel siaga digelar di halaman KPU pada Senin, (2 Juni 2024).", True),
    ("Bimtek (Senin-Selasa, 25-26 Nov'25) di Kediri", True),
    ("Rapat Senin (03/09) dalam rangka Pemilu 2019.", False),
])
def test_a_year_taken_from_the_article_is_marked(text, year_written):
    (finding,) = check_dates([_article(text)])[:1]
    assert finding.year_written is year_written
    assert ("(year taken from the article)" in format_findings([finding])) is not year_written


def test_finding_without_nearby_reading_is_reported_as_such():
    finding = WeekdayFinding("uji#0", 0, 5, "x", "2024-06-02", "Senin", "Minggu", None, None)
    assert "no consistent reading nearby" in format_findings([finding])
    assert finding.to_dict()["suggestion"] is None


def test_empty_input_gives_an_empty_report():
    assert check_dates([]) == []
    assert format_findings([]) == "0 date(s) whose written weekday contradicts the date, in 0 article(s)\n"
