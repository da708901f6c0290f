"""Calendar dates: find the written spans, then resolve each to an ISO date from the article itself.

Spans and values are separate steps. A date without a year takes its year
from the article (a weekday-consistent year first, then the nearest full date
before it, then any full date, then a year written in the text), never from
the clock, so "kemarin" or "2024 kemarin" never becomes a date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import regex

from .patterns import Lexicons, alternation as _alternation
from .records import DateMention

_YEAR_IN_TEXT = re.compile(r"(?<![\d/.])(19[5-9]\d|20[0-4]\d)(?![\d/])")


@dataclass(frozen=True, slots=True)
class _DateSpan:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: str | None
    weekday_iso: int | None
    rule: str
    range_end_day: int | None = None
    range_end_month: int | None = None


class DateFinder:
    """Finds date spans with patterns built from ``patterns/calendar.yaml``."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.weekday_iso: dict[str, int] = {}
        for entry in lexicons.weekdays:
            for spelling in entry.spellings:
                self.weekday_iso[spelling.casefold()] = int(entry.number or 0)
        self.month_number: dict[str, int] = {}
        for entry in lexicons.months:
            for spelling in entry.spellings:
                self.month_number[spelling.casefold().rstrip(".")] = int(entry.number or 0)
        weekday = rf"(?P<weekday>{_alternation(list(self.weekday_iso))})"
        month = rf"(?P<month>{_alternation([m for m in self.month_number])})\.?"
        weekday_prefix = rf"(?:{weekday}(?:\s*[–—-]\s*(?:{_alternation(list(self.weekday_iso))}))?\s*,?\s*(?:\(\s*)?)?"
        day = r"(?P<day>\d{1,2})"
        range_day = r"(?:\s*[–—-]\s*(?P<day2>\d{1,2}))?"
        self.textual = regex.compile(
            rf"(?<![\w/])(?P<open>{weekday_prefix}){day}{range_day}\s+{month}(?:\s+(?P<year>\d{{4}}))?(?P<close>\s*\))?(?![\w/])",
            regex.IGNORECASE)
        self.numeric = regex.compile(
            rf"(?<![\w/.])(?P<open>{weekday_prefix}){day}/(?P<nmonth>\d{{1,2}})(?:/(?P<year>\d{{2,4}}))?(?P<close>\s*\))?(?![\w/]|\.\d)",
            regex.IGNORECASE)

    def find(self, text: str) -> list[_DateSpan]:
        spans: list[_DateSpan] = []
        for pattern, rule in ((self.textual, "date.textual"), (self.numeric, "date.numeric")):
            for match in pattern.finditer(text, timeout=5.0):
                span = self._to_span(match, rule)
                if span is not None:
                    spans.append(span)
        spans.sort(key=lambda s: s.start)
        kept: list[_DateSpan] = []
        for span in spans:
            if kept and span.start < kept[-1].end:
                continue
            kept.append(span)
        return kept

    def _to_span(self, match: regex.Match, rule: str) -> _DateSpan | None:
        groups = match.groupdict()
        day = int(groups["day"])
        if rule == "date.textual":
            month = self.month_number.get(groups["month"].casefold().rstrip("."), 0)
        else:
            month = int(groups["nmonth"])
        year = groups.get("year")
        year_value = None
        if year:
            year_value = int(year) + (2000 if len(year) == 2 else 0)
            if len(year) == 3 or not 1900 <= year_value <= 2100:
                return None
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        bracketed = groups.get("close") or (match.start("day") > 0 and match.string[match.start("day") - 1] == "(")
        if rule == "date.numeric" and year_value is None and not groups.get("weekday") and not bracketed:
            return None  # "2/3 anggota" is a fraction, not a date
        # The span is the date with a weekday written before it, and the parentheses around it.
        core_end = match.start("close") if groups.get("close") else match.end()
        opened = "(" in (groups.get("open") or "")
        if groups.get("weekday"):
            start = match.start("weekday")
            end = match.end() if opened and groups.get("close") else core_end
        else:
            start, end = match.start("day"), core_end
            if start > 0 and match.string[start - 1] == "(" and match.string[end:end + 1] == ")":
                start, end = start - 1, end + 1
        weekday = groups.get("weekday")
        day2 = groups.get("day2")
        return _DateSpan(start, end, day, month, year_value, weekday,
                         self.weekday_iso.get(weekday.casefold()) if weekday else None, rule,
                         int(day2) if day2 else None, month if day2 else None)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve_year(span: _DateSpan, full_years_before: list[int], all_full_years: list[int],
                  text_years: list[int]) -> int | None:
    candidates: list[int] = []
    for source in (full_years_before[::-1], all_full_years, text_years[::-1]):
        for year in source:
            if year not in candidates:
                candidates.append(year)
    if not candidates:
        return None
    if span.weekday_iso is not None:
        consistent = [y for y in candidates
                      if (d := _valid(y, span.month, span.day)) and d.isoweekday() == span.weekday_iso]
        if len(consistent) >= 1 and len({*consistent}) == 1:
            return consistent[0]
    return candidates[0]


def extract_dates(text: str, finder: DateFinder, reference_year: int | None = None) -> list[DateMention]:
    """Every written calendar date of an article, with ISO value and weekday check."""
    spans = finder.find(text)
    all_full_years = [s.year for s in spans if s.year is not None]
    text_years = [int(y) for y in _YEAR_IN_TEXT.findall(text)]
    if reference_year is not None:
        text_years.append(reference_year)
    mentions: list[DateMention] = []
    for span in spans:
        year = span.year
        if year is None:
            before = [s.year for s in spans if s.year is not None and s.start < span.start]
            year = _resolve_year(span, before, all_full_years, text_years)
            if year is None:
                continue
        days = [(span.day, span.month)]
        if span.range_end_day is not None and span.range_end_day > span.day:
            days.append((span.range_end_day, span.range_end_month or span.month))
        for index, (day, month) in enumerate(days):
            value = _valid(year, month, day)
            if value is None:
                continue
            consistent = None
            if span.weekday_iso is not None and index == 0:
                consistent = value.isoweekday() == span.weekday_iso
            mentions.append(DateMention(span.start, span.end, text[span.start:span.end], value.isoformat(),
                                        span.weekday if index == 0 else None, consistent,
                                        span.rule + (".range_end" if index else "")))
    return mentions
