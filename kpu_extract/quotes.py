"""Direct quotes and their speakers (spec/annotation.md "Quotes").

Quote marks are paired in one left-to-right pass with a stack, so nested
terms ("pemain lama" inside a quote) stay inside the outer quote and an odd
number of marks never swallows the page. A marked span is speech when its
words end with punctuation inside the marks or a speech cue is attached to
it; names and terms in marks ("Talk To Me") are not quotes. The speaker is
the person named in the cue, or for a pronoun cue ("ucapnya") the person
most recently named before the quote.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .patterns import Lexicons, alternation as _alternation
from .records import Person, Quote, Span

_OPENING = {"“": "”", "\"": "\"", "‘": "’", "'": "'"}
_CLOSING = {"”", "\"", "’", "'"}
_MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True, slots=True)
class _Marked:
    start: int  # first character inside the marks
    end: int    # first character after the text (the closing mark, or the end of the text)
    closed: bool


def _is_opening(text: str, i: int) -> bool:
    mark = text[i]
    if mark == "“" or mark == "‘":
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark == "'" and before.isalpha():
        return False  # Jum'at, apostrophes
    return (before.isspace() or before in "(:[—–-") and not after.isspace()


def _is_closing(text: str, i: int) -> bool:
    mark = text[i]
    if mark == "”":
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "'’" and after.isalpha() and before.isalpha():
        return False
    return not before.isspace() and (after.isspace() or after in ",.;:)!?—–-" or i + 1 == len(text))


def marked_spans(text: str) -> list[_Marked]:
    """Outermost pairs of quote marks; an opening without a closing mark runs to its paragraph's end."""
    spans: list[_Marked] = []
    stack: list[int] = []
    for i, char in enumerate(text):
        if char not in _OPENING and char not in _CLOSING:
            continue
        if char in _CLOSING and stack and _is_closing(text, i) and (char != "'" or text[stack[-1]] == "'"):
            opening = stack.pop()
            if not stack and i - opening <= _MAX_QUOTE_CHARS:
                spans.append(_Marked(opening + 1, i, True))
            continue
        if char in _OPENING and _is_opening(text, i):
            if len(stack) < 8:
                stack.append(i)
    for opening in stack[:1]:
        paragraph_end = text.find("\n", opening)
        spans.append(_Marked(opening + 1, paragraph_end if paragraph_end != -1 else len(text), False))
    spans.sort(key=lambda s: s.start)
    return spans


class QuoteFinder:
    def __init__(self, lexicons: Lexicons) -> None:
        after = [w for v in lexicons.speech_verbs for w in v.after]
        before = [w for v in lexicons.speech_verbs for w in v.before]
        self.verb_id = {w.casefold(): v.id for v in lexicons.speech_verbs for w in (*v.after, *v.before)}
        pronouns = _alternation(lexicons.speech_pronouns)
        self.after_cue = regex.compile(
            rf"^[\"”’']?\s*,?\s*(?P<cue>(?P<verb>{_alternation(after)})(?:\s+(?P<pronoun>{pronouns})(?![\w]))?)(?![\w])",
            regex.IGNORECASE)
        self.before_cue = regex.compile(
            rf"(?P<cue>(?P<verb>{_alternation(before)})|(?P<prep>{_alternation(lexicons.speech_prepositions)}))"
            rf"(?:\s+bahwa)?\s*[,:]?\s*$", regex.IGNORECASE)
        self.term_cues = regex.compile(rf"(?:{_alternation(lexicons.name_cues)}|program|kegiatan|acara|konsep|materi|istilah|spirit|slogan|tagline)\s*$",
                                       regex.IGNORECASE)


def _person_at(persons: list[Person], start: int, end: int) -> Person | None:
    for person in persons:
        for mention in person.mentions:
            if start <= mention.start < end:
                return person
    return None


def _last_person_before(persons: list[Person], position: int, quotes: list[tuple[int, int]]) -> Person | None:
    best = None
    best_start = -1
    for person in persons:
        for mention in person.mentions:
            inside_quote = any(a <= mention.start < b for a, b in quotes)
            if mention.start < position and mention.start > best_start and not inside_quote:
                best, best_start = person, mention.start
    return best


def extract_quotes(text: str, finder: QuoteFinder, persons: list[Person]) -> list[Quote]:
    """Direct quotes with their speakers, in text order."""
    quotes: list[Quote] = []
    spans = marked_spans(text)
    quoted_ranges = [(s.start, s.end) for s in spans]
    previous_cue_end = -10
    for marked in spans:
        inner = text[marked.start:marked.end]
        stripped = inner.strip()
        if not stripped or (not marked.closed and marked.end == len(text)):
            continue  # empty marks, or a quote cut off by the end of the page
        after_text = text[marked.end:marked.end + 80]
        before_text = text[max(0, marked.start - 120):marked.start - 1]
        after = finder.after_cue.match(after_text) if marked.closed else None
        before = finder.before_cue.search(before_text)
        ends_like_speech = stripped[-1] in ",.!?…" or (not marked.closed)
        if finder.term_cues.search(before_text) and not after:
            continue
        continues = quotes and 0 <= marked.start - previous_cue_end <= 4 and ends_like_speech
        if not (after or continues or (before and ends_like_speech) or (ends_like_speech and len(stripped.split()) >= 6)):
            continue
        speaker = None
        cue = None
        rule = "quote.marked"
        if after:
            cue_start = marked.end + after.start("cue")
            cue_end = marked.end + after.end("cue")
            verb = after.group("verb")
            named = None
            if not after.group("pronoun") and not verb.casefold().endswith("nya"):
                named = _person_at(persons, cue_end, cue_end + 60)
                if named is not None:
                    mention = min((m for m in named.mentions if m.start >= cue_end), key=lambda m: m.start)
                    if mention.start - cue_end <= 40:
                        cue_end = mention.end
                    else:
                        named = None
            speaker = named or _last_person_before(persons, marked.start, quoted_ranges)
            cue = Span(cue_start, cue_end, text[cue_start:cue_end])
            rule = "quote." + ("cue_named" if named else "cue_pronoun")
        elif continues:
            previous = quotes[-1]
            speaker_id, speaker_name, rule = previous.speaker, previous.speaker_name, "quote.split"
        elif before:
            cue_start = marked.start - 1 - len(before_text) + before.start("cue")
            cue_end = marked.start - 1 - len(before_text) + before.end("cue")
            cue_text = text[cue_start:cue_end].rstrip(" ,:")
            cue = Span(cue_start, cue_start + len(cue_text), cue_text)
            speaker = _last_person_before(persons, marked.start, quoted_ranges)
            rule = "quote.cue_before"
        else:
            speaker = _last_person_before(persons, marked.start, quoted_ranges)
            rule = "quote.unattributed"
        if rule != "quote.split":
            speaker_id, speaker_name = (speaker.id, speaker.name) if speaker else (None, None)
        if cue is not None:
            previous_cue_end = cue.end + (1 if text[cue.end:cue.end + 1] in ".," else 0) + 1
        start = marked.start + (len(inner) - len(inner.lstrip()))
        end = marked.start + len(inner.rstrip())
        quotes.append(Quote(start, end, text[start:end], speaker_id, speaker_name, cue, rule))
    return quotes
