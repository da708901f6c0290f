"""Data-quality check: dates whose written weekday contradicts their value, with the nearest consistent reading.

A wrong weekday usually means a typo in the date: a stale year copied from an
older article, or day and month swapped. The check names the reading that
would make the weekday fit, and never changes the extracted value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .patterns import Lexicons, load_lexicons
from .records import Article

YEAR_WINDOW = 11  # every day and month falls on every weekday within eleven years either side
_WRITTEN_YEAR = re.compile(r"\d{4}|['’]\s*\d{2}\b|\d{1,2}/\d{1,2}/\d{2}")


@dataclass(frozen=True, slots=True)
class WeekdayFinding:
    """One date whose written weekday is not its value's weekday, and the reading that would fit it."""

    article_id: str
    start: int
    end: int
    text: str
    value: str
    weekday: str
    actual_weekday: str
    suggestion: str | None
    reason: str | None  # "year" (the nearest year that fits), "day-month" (day and month swapped), or None
    year_written: bool = True  # False when the year was taken from the rest of the article

    def to_dict(self) -> dict[str, object]:
        return {"article_id": self.article_id, "start": self.start, "end": self.end, "text": self.text,
                "value": self.value, "weekday": self.weekday, "actual_weekday": self.actual_weekday,
                "suggestion": self.suggestion, "reason": self.reason,
                "year_written": self.year_written}


def _weekday_tables(lexicons: Lexicons) -> tuple[dict[str, int], dict[int, str]]:
    number = {s.casefold(): int(e.number or 0) for e in lexicons.weekdays for s in e.spellings}
    name = {int(e.number or 0): e.spellings[0] for e in lexicons.weekdays}
    return number, name


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest_reading(value: dt.date, weekday_iso: int) -> tuple[dt.date, str] | None:
    """The consistent reading nearest the written date: day and month swapped, else the nearest year."""
    if value.day <= 12 and value.day != value.month:
        swapped = _date(value.year, value.day, value.month)
        if swapped is not None and swapped.isoweekday() == weekday_iso:
            return swapped, "day-month"
    for distance in range(1, YEAR_WINDOW + 1):
        for year in (value.year - distance, value.year + distance):
            moved = _date(year, value.month, value.day)
            if moved is not None and moved.isoweekday() == weekday_iso:
                return moved, "year"
    return None


def check_dates(articles: Iterable[Article], lexicons: Lexicons | None = None) -> list[WeekdayFinding]:
    """Every dated mention of ``articles`` whose written weekday contradicts its value, in input order."""
    number, name = _weekday_tables(lexicons or load_lexicons())
    findings: list[WeekdayFinding] = []
    for article in articles:
        for date in article.dates:
            if not date.value or not date.weekday or date.weekday.casefold() not in number:
                continue
            try:
                value = dt.date.fromisoformat(date.value)
            except ValueError:
                continue
            weekday_iso = number[date.weekday.casefold()]
            if value.isoweekday() == weekday_iso:
                continue
            reading = nearest_reading(value, weekday_iso)
            findings.append(WeekdayFinding(
                article.id, date.start, date.end, date.text, date.value, date.weekday,
                name.get(value.isoweekday(), str(value.isoweekday())),
                reading[0].isoformat() if reading else None, reading[1] if reading else None,
                _WRITTEN_YEAR.search(date.text) is not None))
    return findings


def format_findings(findings: list[WeekdayFinding]) -> str:
    """A plain-text report: one line per finding, grouped by article, then a count."""
    lines: list[str] = []
    for finding in findings:
        if finding.reason == "year":
            hint = f"suggest {finding.suggestion} (year {finding.suggestion[:4]} fits {finding.weekday})"
        elif finding.reason == "day-month":
            hint = f"suggest {finding.suggestion} (day and month swapped)"
        else:
            hint = "no consistent reading nearby"
        inferred = "" if finding.year_written else " (year taken from the article)"
        lines.append(f"{finding.article_id}\t{finding.text!r}\t{finding.value}{inferred} is a {finding.actual_weekday}, "
                     f"written {finding.weekday}\t{hint}")
    articles = len({f.article_id for f in findings})
    lines.append(f"{len(findings)} date(s) whose written weekday contradicts the date, in {articles} article(s)")
    return "\n".join(lines) + "\n"
