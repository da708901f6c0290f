"""Calendar dates: find the written spans, then resolve each to an ISO date from the article itself.

Spans and values are separate steps. A date without a year takes its year
from the article (its publication stamp, then a weekday-consistent year among
the full dates, then the nearest full date before it, then the only year
written), never from the clock, so "kemarin" or "2024 kemarin" never becomes
a date; with no year to take, the date keeps a null value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from . import rx
from .patterns import Lexicons, alternation as _alternation
from .records import DateMention

_WRITTEN_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"  # a year an article may write: 1950 to 2049
_YEAR_IN_TEXT = re.compile(rf"(?<![\d.,])({_WRITTEN_YEAR})(?!\d|[.,]\d)")
# The last year of a term or period ("periode 2019-2024", "masa jabatan 2023/2028") is when it ends, not a year the
# article's dates are in: left out of the written years, it no longer makes "Jum'at (9/8)" of "Pemilu 2019" ambiguous;
# it is read only when no other written year fits a date's weekday ("mantan Ketua periode 2014/2019 ... Sabtu (07/09)")
_PERIOD_YEARS = rx.compile(rf"(?<![\d.,])(?P<first>{_WRITTEN_YEAR})\s?[-–/]\s?(?P<last>{_WRITTEN_YEAR})(?!\d|[.,]\d)")
# The end of a date: no word or slash goes on, but a year may carry its era glued to it ("3 November 2025M").
_DAY_NUMBERS = tuple({f"{n}" for n in range(100)} | {f"{n:02d}" for n in range(100)})
_END_OR_ERA = r"(?:(?<=\d)(?=M(?!\w))|(?![\w/]))"


@dataclass(frozen=True, slots=True)
class DateSpan:
    """One written date before resolution: where it is, what day and month it names, and its weekdays."""

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
    range_end_year: int | None = None
    weekday2: str | None = None
    weekday2_iso: int | None = None
    list_days: tuple[int, ...] = ()  # the days written before ``day`` in a list sharing its month ("6 dan 7 November")


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
        connectors, date_words, zones = lexicons.range_connectors, lexicons.date_words, lexicons.time_zones
        weekdays = _alternation(list(self.weekday_iso))
        self.connector = rf"\s*(?:{_alternation(connectors)})\s*"
        lists = _alternation(lexicons.date_list_connectors) or "(?!)"
        listed = rf"(?:\s*,\s*(?:(?:{lists})\s+)?|\s*,?\s+(?:{lists})\s+)"
        self.list_word = rx.compile(rf"(?<!\w)(?:{lists})(?!\w)", rx.IGNORECASE)
        date_word = rf"(?:(?:{_alternation(date_words)})(?!\w)\s*,?\s*){{0,2}}" if date_words else ""
        prefix = (rf"(?:(?P<weekday>{weekdays})(?!\w)(?:(?:{self.connector}|{listed})(?P<weekday2>{weekdays})(?!\w))?"
                  rf"\s*,?\s*{date_word}(?P<inner>\(\s*)?)?")
        day_words = _alternation(lexicons.range_day_words) or "(?!)"
        day_word = rf"(?:(?:{day_words})(?!\w)\s*)?"
        day = (rf"(?P<list>(?:\d{{1,2}}{listed})+)?(?P<day>\d{{1,2}})"
               rf"(?:{self.connector}{day_word}(?P<day2>\d{{1,2}}))?")
        month = rf"(?P<month>{_alternation(list(self.month_number))})(?![^\W\d])(?:\.(?=\s*['’]?\d))?"
        year = r"(?:\s*['’]\s*(?P<year2>\d{2})|\s*(?:tahun\s+)?(?P<year>\d{4}))?(?!\d)"
        month_word = rf"(?P<mword>(?:{_alternation(lexicons.month_words)})\s+)?" if lexicons.month_words else ""
        day_first = [*self.weekday_iso, *_DAY_NUMBERS]  # a date starts with a weekday or a day number
        self.textual = rx.compile_at_words(
            rf"(?<![\w/.\-–]){prefix}{day}\s+{month_word}{month}{year}(?P<close>\s*\))?{_END_OR_ERA}", rx.IGNORECASE,
            day_first)
        # the second end of "30 Oktober-1 November 2025": a date right after a month name and a dash
        self.after_dash = rx.compile(
            rf"(?<=\p{{L}}\.?\s*[-–—]\s*)(?P<day>\d{{1,2}})\s+{month}{year}(?![\w/])", rx.IGNORECASE)
        # a misspelt month after a day, before a four-digit year or after a weekday ("3 Agutus 2025", "4 Febuari
        # tahun 2025", "Rabu, 5 Desemeber")
        self.misspelt = rx.compile_at_words(
            rf"(?<![\w/.\-–]){prefix}{day}\s+(?P<word>\p{{L}}{{4,11}})(?:\s*(?:tahun\s+)?(?P<year>\d{{4}}))?(?!\d)"
            rf"(?P<close>\s*\))?(?![\w/])", rx.IGNORECASE, day_first)
        self.month_names = {spelling.casefold(): int(entry.number or 0) for entry in lexicons.months
                            for spelling in entry.spellings if len(spelling) >= 5 and spelling.isalpha()}
        # a day and a month by number; a slash right after a closing parenthesis begins a caption's credit ("Minggu
        # (7/9)/Foto: Dok. Panitia"), no more of the date
        self.numeric = rx.compile_at_words(
            rf"(?<![\w/.\-–]){prefix}(?P<day>\d{{1,2}})(?:\s*[-–]\s*(?P<day2>\d{{1,2}}))?\s?/\s?(?P<nmonth>\d{{1,2}})"
            rf"(?:\s?/\s?(?P<year>\d{{4}}|\d{{2}}))?(?:(?P<close>\s*\))(?!\w|[.,]\d)|(?![\w/]|[.,]\d))", rx.IGNORECASE,
            day_first)
        # "04-11-2025", "04.11.2025": one separator twice and a four-digit year, so no range or time reads as one
        self.separated = rx.compile_at_words(
            rf"(?<![\w/.\-–]){prefix}(?P<day>\d{{1,2}})(?P<sep>[-.])(?P<nmonth>\d{{1,2}})(?P=sep)(?P<year>\d{{4}})"
            rf"(?P<close>\s*\))?(?![\w/]|[.,\-]\d)", rx.IGNORECASE, day_first)
        self.iso = rx.compile(r"(?<![\w/.\-–])(?P<year>\d{4})-(?P<nmonth>\d{2})-(?P<day>\d{2})(?![\w/]|[.,\-]\d)")
        self.joiner = rx.compile(rf"{self.connector}{day_word}", rx.IGNORECASE)
        zone = rf"(?:\s*(?:{_alternation(zones)}))?" if zones else ""
        clock = rf"(?:(?:pukul\s*)?\d{{1,2}}[:.]\d{{2}}{zone})"
        self.stamp_rest = rx.compile(rf"[\s,\-–—/]*{clock}?\s*", rx.IGNORECASE)
        labels = _alternation(lexicons.stamp_labels) or "(?!)"
        self.stamp_lead = rx.compile(rf"\s*(?:[\w.]+\s+[-–|]\s*|(?:{labels})(?:\s+(?:pada|on))?\s*:?\s*)?",
                                     rx.IGNORECASE)
        # the meta fields a site prints after a stamp, behind a bar or a dot ("| 14:33 WIB", ", 19:38 WIB | Politik")
        self.stamp_fields = rx.compile(rf"[\s,]*{clock}?\s*[|•·]", rx.IGNORECASE)
        # a credit closed by a bar, a dot or a dash before a stamp that ends its line ("Andi/okezone, Jurnalis · ",
        # "Rina Wulandari - ")
        self.stamp_credit = rx.compile(r"[^\n]{0,80}?\s[|•·\-–—]\s*")
        bylines = _alternation(lexicons.stamp_bylines) or "(?!)"
        self.stamp_byline = rx.compile(rf"\s*\|\s*(?:{bylines})\s+\S", rx.IGNORECASE)
        self.day_word_before = rx.compile_suffix(rf"(?<!\w)(?:{day_words})\s*$", rx.IGNORECASE)
        streets = _alternation(lexicons.street_words) or "(?!)"
        self.street = rx.compile_suffix(rf"(?<!\w)(?:{streets})\s*$", rx.IGNORECASE)

    def find(self, text: str) -> list[DateSpan]:
        """Every date span of ``text`` in order, overlaps removed; the yearless first end of a range whose ends
        each carry a day and a month takes the second end's year but stays a span of its own (gold/LABELLING.md).
        A day and month after a street word are a street's name ("Jl. 17 Agustus")."""
        spans: list[DateSpan] = []
        for pattern, rule in ((self.textual, "date.textual"), (self.after_dash, "date.textual"),
                              (self.misspelt, "date.misspelt"), (self.numeric, "date.numeric"),
                              (self.separated, "date.numeric"), (self.iso, "date.iso")):
            for match in pattern.finditer(text):
                span = self._to_span(match, rule)
                if span is not None and not self.street.search(text[max(0, span.start - 12):span.start]):
                    spans.append(span)
        spans.sort(key=lambda s: (s.start, -s.end))
        kept: list[DateSpan] = []
        for span in spans:
            if kept and span.start < kept[-1].end:
                continue
            if kept and self._joins(text, kept[-1], span):
                kept[-1] = self._share_year(kept[-1], span)
            kept.append(span)
        return kept

    def is_stamp(self, text: str, span: DateSpan) -> bool:
        """A publication stamp: a full date alone on its line, with at most a time and a source before it; one
        opening its line with a byline after a bar ("29 Apr 2016 | By admin") or a site's meta fields after a bar
        or a dot ("Senin, 01 Mei 2023 | 14:33 WIB", "Senin, 29 April 2019, 19:38 WIB | Politik"); one after a
        site's label ("Diposting: Senin, 3 Februari 2025"); or one ending its line, with at most a time, or followed by
        meta fields, after a credit closed by a bar, a dot or a dash ("Andi/okezone, Jurnalis · Sabtu 17 Februari 2024
        22:04 WIB", "Oleh Admin | Senin, 3 Februari 2025 | 10:15 WIB", "Rina Wulandari - Selasa, 10 Januari 2023 |
        11:44 WIB"). A bracketed date that is all its line holds ("(Kamis, 7 Juni 2029)", "Kamis, (7 Juni 2029)") is
        none: sites print stamps bare or after a label, and such a line under a headline is the story's dateline."""
        if span.year is None:
            return False
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end < 0 else line_end
        before, after = text[line_start:span.start], text[span.end:line_end]
        if text[span.end - 1] == ")" and not before.strip() and not after.strip():
            return False
        ends_line = self.stamp_rest.fullmatch(after) is not None
        fields = self.stamp_fields.match(after) is not None
        if self.stamp_lead.fullmatch(before) is not None:
            opens_line = not before.strip()
            return ends_line or (opens_line and (self.stamp_byline.match(text, span.end) is not None or fields))
        return (ends_line or fields) and self.stamp_credit.fullmatch(before) is not None

    def _joins(self, text: str, first: DateSpan, second: DateSpan) -> bool:
        """"15 Januari sampai dengan 14 Februari 2020": a yearless first end that shares the second's year."""
        return (first.year is None and first.range_end_day is None and second.year is not None
                and second.weekday is None and not text[first.start:first.end].endswith(")")
                and self.joiner.fullmatch(text[first.end:second.start]) is not None)

    @staticmethod
    def _share_year(first: DateSpan, second: DateSpan) -> DateSpan:
        """The first end of "25 Agustus hingga 19 Desember 2025" with the second's year (the year before over a
        new year: "29 Desember - 2 Januari 2025")."""
        year = second.year or 0
        first_year = year - 1 if (first.month, first.day) > (second.month, second.day) else year
        return replace(first, year=first_year, rule="date.range_start")

    def _written_month(self, groups: dict[str, str | None], rule: str) -> int:
        """The month of a match as written: by name, by a misspelt name (only with a year or a weekday to bear it
        out), or by number; 0 for a name that is no month."""
        if rule == "date.textual":
            return self.month_number.get(groups["month"].casefold().rstrip("."), 0)
        if rule == "date.misspelt":
            return self.misspelt_month(groups["word"]) if groups.get("year") or groups.get("weekday") else 0
        return int(groups["nmonth"])

    def _to_span(self, match: rx.Match, rule: str) -> DateSpan | None:
        """The date span of one match of ``rule``'s pattern, or None when it is no date (a fraction, a letter's
        number, a day or month out of range, a list of days that is no list)."""
        groups = match.groupdict()
        text = match.string
        day = int(groups["day"])
        month = self._written_month(groups, rule)
        weekday = groups.get("weekday")
        if rule == "date.numeric" and _year_in_month_place(match, month):
            month, groups = 0, {**groups, "year": groups["nmonth"]}
            rule = "date.numeric_no_month"
        written_year = groups.get("year") or groups.get("year2")
        if groups.get("mword") and not (written_year and (weekday or self.day_word_before.search(
                text[max(0, match.start("day") - 12):match.start("day")]))):
            return None  # "selama 3 bulan Maret 2024" counts months; "tanggal 10 bulan Februari tahun 2025" is a date
        year_value = None
        if written_year:
            year_value = int(written_year) + (2000 if len(written_year) == 2 else 0)
            if not 1900 <= year_value <= 2100:
                return None
        if not ((1 <= month <= 12 or rule == "date.numeric_no_month") and 1 <= day <= 31):
            return None
        list_days = tuple(int(d) for d in rx.findall(r"\d+", groups.get("list") or ""))
        rejected = bool(list_days) and (not self.list_word.search(groups["list"])
                                        or not all(1 <= a < b <= 31 for a, b in zip(list_days, (*list_days[1:], day))))
        if rejected and weekday:
            return None
        if rejected:  # "nomor urut 2, 27 November": a list of days has a word joining it, and its days ascend
            list_days = ()
        day_start = match.start("list") if list_days else match.start("day")
        inner_open = bool(groups.get("inner")) or (not weekday and day_start > 0 and text[day_start - 1] == "(")
        close = groups.get("close")
        if rule == "date.numeric" and year_value is None and not weekday and not (inner_open and close):
            return None  # "2/3 anggota" is a fraction, not a date
        if rule == "date.numeric" and not weekday and _LETTER_NUMBER.search(text, max(0, match.start() - 12),
                                                                             match.start()):
            return None  # "Surat Nomor 1/11/2025" is a letter's number
        # The span is the date with a weekday written before it, and the parentheses around it.
        start = match.start("weekday") if weekday else (day_start if rejected else min(day_start, match.start()))
        if close and inner_open:
            end = match.end()
            if not weekday:
                start = day_start - 1
        else:
            end = match.start("close") if close else max(match.end(), match.end("day"))
            if close and start > 0 and text[start - 1] == "(":
                start, end = start - 1, match.end()
        day2 = int(groups["day2"]) if groups.get("day2") else None
        range_month = None
        if day2 is not None:
            if not 1 <= day2 <= 31 or day2 == day:
                return None
            range_month = month
            if day2 < day:
                month = month - 1 if month > 1 else 12
        weekday2 = groups.get("weekday2")
        first_year = year_value
        if year_value is not None and range_month is not None and month > range_month:
            first_year = year_value - 1
        return DateSpan(start, end, day, month, first_year, weekday,
                        self.weekday_iso.get(weekday.casefold()) if weekday else None, rule,
                        day2, range_month, year_value, weekday2,
                        self.weekday_iso.get(weekday2.casefold()) if weekday2 else None, list_days)

    def misspelt_month(self, word: str) -> int:
        """The month a word one or two letters off a full month name stands for ("Agutus", "Desemeber"), or 0;
        an exact spelling is the textual pattern's, and the first letter must agree (F and P are one)."""
        low = word.casefold()
        if low in self.month_number:
            return 0
        first = low[0].replace("p", "f")
        near = {number for name, number in self.month_names.items()
                if name[0].replace("p", "f") == first and _distance(low, name) <= (1 if len(name) <= 6 else 2)}
        return near.pop() if len(near) == 1 else 0


def _distance(a: str, b: str) -> int:
    """Levenshtein distance of two short words."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]


_LETTER_NUMBER = rx.compile(r"(?<!\w)(?:nomor|nomer|no\.?)\s*:?\s*$", rx.IGNORECASE)


def _wraps(span: DateSpan) -> bool:
    """A range over the new year ("29 Desember - 2 Januari"): its first end is in the year before."""
    return span.range_end_month is not None and (span.month, span.day) > (span.range_end_month, span.range_end_day or 0)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _fits(year: int, month: int, day: int, weekday_iso: int) -> bool:
    value = _valid(year, month, day)
    return value is not None and value.isoweekday() == weekday_iso


def _year_in_month_place(match: rx.Match, month: int) -> bool:
    """"Jum’at (20/16)": a weekday, then in parentheses a day and a number above 12 with no year after them; that
    number is a two-digit year, and the month is left to resolution (``_month_of``)."""
    groups = match.groupdict()
    return bool(groups.get("weekday") and not groups.get("year") and not groups.get("day2") and month > 12
                and groups.get("close") and (groups.get("inner") or match.string[match.start("day") - 1] == "("))


def _month_of(span: DateSpan, stamp_date: dt.date | None) -> int | None:
    """The month of a date written without one but with its weekday and year ("Jum’at (20/16)"): of the months
    where that day falls on that weekday, the latest on or before the article's publication stamp, else the only
    one; None when the article does not decide between several."""
    if span.year is None or span.weekday_iso is None:
        return None
    months = [m for m in range(1, 13) if _fits(span.year, m, span.day, span.weekday_iso)]
    if stamp_date is not None:
        before = [m for m in months if dt.date(span.year, m, span.day) <= stamp_date]
        if before:
            return before[-1]
    return months[0] if len(months) == 1 else None


def _resolve_year(span: DateSpan, stamp_year: int | None, full_years_before: list[int],
                  all_full_years: list[int], text_years: list[int], term_ends: list[int]) -> int | None:
    """The year of a yearless date, from the article alone (annotation.md and gold/LABELLING.md): the stamp's, the
    one full or written year its weekday fits, else a term's last year its weekday fits (``term_ends``, which
    ``text_years`` leaves out), else the year of the nearest full date before it or of the first one, else the only
    year written."""
    if stamp_year is not None:
        return stamp_year
    full = list(dict.fromkeys(full_years_before[::-1] + all_full_years))
    written = list(dict.fromkeys(text_years))
    if span.weekday_iso is not None:
        consistent = [y for y in dict.fromkeys(full + written)
                      if _fits(y, span.month, span.day, span.weekday_iso)]
        if not consistent:
            consistent = [y for y in dict.fromkeys(term_ends) if _fits(y, span.month, span.day, span.weekday_iso)]
        if len(consistent) == 1:
            return consistent[0]
    if full:
        return full[0]
    if len(written) == 1:
        return written[0]
    return None


_NEIGHBOUR_DAYS = 92


def _year_of_neighbour(span: DateSpan, previous: dt.date) -> int | None:
    """The year of the date before a yearless one that nothing else dates: with no written year to fit, that date's
    own weekday gave it its year ("Kamis (11/3)" of "2026 dan 2027"), and a date it sits next to in the story ("...
    sejak (19/2)") shares it when the two fall within three months of each other, or takes the year next to it that
    brings them so close over a new year ("Senin (6/1)" ... "sejak (20/12)"); farther apart, none."""
    near = [(abs((value - previous).days), year) for year in (previous.year, previous.year - 1, previous.year + 1)
            if span.month and (value := _valid(year, span.month, span.day)) is not None]
    days, year = min(near, default=(None, None))
    return year if days is not None and days <= _NEIGHBOUR_DAYS else None


def stamp_year(text: str, finder: DateFinder) -> int | None:
    """The year of the last publication stamp in ``text`` (e.g. the furniture before an article), or None.

    Passed as ``reference_year`` to ``extract_dates``, it dates an article whose stamp was cut off as furniture.
    """
    years = [s.year for s in finder.find(text) if finder.is_stamp(text, s)]
    return years[-1] if years else None


def extract_dates(text: str, finder: DateFinder, reference_year: int | None = None) -> list[DateMention]:
    """Every written calendar date of an article, with ISO value (or null) and weekday check.

    ``reference_year`` is a year the caller knows the article from (a publication
    stamp cut off with the page's furniture); a stamp inside the text serves the same.
    """
    found = finder.find(text)
    stamps = [s for s in found if finder.is_stamp(text, s)]
    spans = [s for s in found if s not in stamps]
    stamp_year = stamps[0].year if stamps else reference_year
    stamp_date = _valid(stamps[0].year or 0, stamps[0].month, stamps[0].day) if stamps else None
    all_full_years = [s.year for s in spans if s.year is not None]
    text_years = [int(y) for y in _YEAR_IN_TEXT.findall(_PERIOD_YEARS.sub(r"\g<first>", text))]
    term_ends = [int(term.group("last")) for term in _PERIOD_YEARS.finditer(text)]
    mentions: list[DateMention] = []
    for span in spans:
        end_year = span.range_end_year
        if span.year is None:
            before = [s.year for s in spans if s.year is not None and s.start < span.start]
            end_year = _resolve_year(span, stamp_year, before, all_full_years, text_years, term_ends)
            if end_year is None and mentions and mentions[-1].value is not None:
                end_year = _year_of_neighbour(span, dt.date.fromisoformat(mentions[-1].value))
        days = [*span.list_days, span.day]
        ends = [(day, span.month, span.weekday if k == 0 else None, span.weekday_iso if k == 0 else None,
                 span.rule if k == 0 else span.rule + ".list") for k, day in enumerate(days)]
        if span.range_end_day is not None:
            ends.append((span.range_end_day, span.range_end_month or span.month, span.weekday2,
                         span.weekday2_iso, span.rule + ".range_end"))
        elif span.weekday2_iso is not None and len(ends) > 1:
            ends[-1] = (*ends[-1][:2], span.weekday2, span.weekday2_iso, ends[-1][4])
        written = text[span.start:span.end]
        for index, (day, month, weekday, weekday_iso, rule) in enumerate(ends):
            year = span.year if span.year is not None else end_year
            if month == 0:
                month = _month_of(span, stamp_date) or 0
            if index == 0 and span.year is None and end_year is not None and _wraps(span):
                year = end_year - 1
            if rule.endswith(".range_end"):
                year = end_year
            value = _valid(year, month, day) if year is not None and month else None
            if year is not None and month and value is None:
                continue
            consistent = None
            if weekday_iso is not None and value is not None:
                consistent = value.isoweekday() == weekday_iso
            mentions.append(DateMention(span.start, span.end, written, value.isoformat() if value else None,
                                        weekday, consistent, rule))
    return mentions
