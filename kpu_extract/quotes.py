"""Direct quotes and their speakers (spec/annotation.md "Quotes").

Quote marks are paired in one left-to-right pass with a stack, so nested
terms ("pemain lama" inside a quote) stay inside the outer quote and an odd
number of marks never swallows the page. A marked span is speech when its
words end with punctuation inside the marks or a speech cue is attached to
it; names and terms in marks ("Talk To Me") are not quotes. The speaker is
the person named in the cue, the holder of the title a cue names, or for a
pronoun cue ("ucapnya") the person most recently named before the quote.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import rx
from .patterns import Lexicons, active_verb, alternation as _alternation, verb_forms
from .organizations import OrgMention
from .records import Person, Quote, Span

_DOUBLE = frozenset("“”\"")
_SINGLE = frozenset("‘’'")
_MARKS = _DOUBLE | _SINGLE
_MARK = rx.compile("[" + "".join(sorted(_MARKS)) + "]")
_LETTERS = rx.compile(r"\p{L}+")
_MAX_QUOTE_CHARS = 3000
_OPEN_BEFORE = "([—–-"


@dataclass(frozen=True, slots=True)
class _Marked:
    start: int  # first character inside the marks (the paragraph's start when only a closing mark is written)
    end: int    # first character after the text (the closing mark, its paragraph's end, or after the comma before a cue)
    closed: bool
    opened: bool = True
    by_cue: bool = False  # no closing mark: the words end where a speech cue follows them ("... 2017, pungkasnya.")


def _kind(mark: str) -> frozenset[str]:
    return _DOUBLE if mark in _DOUBLE else _SINGLE


def _opens(text: str, i: int) -> bool:
    """An opening shape: a space or line start before, a word after (“ and ‘ open unless they close a word)."""
    mark = text[i]
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark == "'" and before.isalpha():
        return False  # Jum'at, apostrophes
    if mark in "“‘":  # after a word or a sentence's punctuation and before a space it closes ('pemilih,“ ujar')
        return not ((before.isalnum() or before in ",.!?") and (after.isspace() or after in ",.;:"))
    if mark in '"”' and before == "\n" and after in " \t":
        return text[i + 2:i + 3].isalpha()  # '" Ada tambahan ...' opening a paragraph, a space after the mark
    return (before.isspace() or before in _OPEN_BEFORE or (before == ":" and mark != "'")) and not after.isspace()


def _opens_loose(text: str, i: int) -> bool:
    """Shapes that open a quote only when none is open and no speech cue follows the mark: a double mark glued to
    the end of the sentence before it and to a capital after it ('...jelang Pilkada."Kita yakin ...," kata X.'),
    glued to a comma or colon ('mengatakan,”persentase ...”.'), or with a space after it, after a comma (a straight
    mark: a curly ” there closes) or a sentence's end, when the paragraph's next double mark closes it
    ('menjelaskan," data ...," ujarnya'; 'hadir. " semua ..."')."""
    if text[i] not in '"”' or not 0 < i < len(text) - 2:
        return False
    before, after = text[i - 1], text[i + 1]
    if before in ".!?":
        return after.isupper()
    spaced_word = after == " " and text[i + 2].isalpha()
    if before in ",:":
        return after.isalpha() or (spaced_word and before == "," and text[i] == '"' and _closed_later(text, i))
    return (before in " \t" and spaced_word and text[max(0, i - 3):i].rstrip()[-1:] in (".", "!", "?", "")
            and _closed_later(text, i))


def _closed_later(text: str, i: int) -> bool:
    """The paragraph's next double mark after ``i`` is no opening, so a spaced mark at ``i`` opens the quote it
    closes; a lone closing mark whose opening was lost ('... semua desa," Widya menambahkan.') opens nothing."""
    end = _paragraph_end(text, i)
    j = next((k for k in range(i + 1, end) if text[k] in '"”“'), None)
    return j is not None and not _opens(text, j)


def _closes(text: str, i: int) -> bool:
    """A closing shape: a word or punctuation before, a space, punctuation or the end after (” and ’ always close)."""
    mark = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in "'’" and after.isalpha() and before.isalpha():
        return False
    if mark == "”":
        return True
    return not before.isspace() and (after.isspace() or after in ",.;:)!?—–-" or i + 1 == len(text))


def _paragraph_start(text: str, i: int) -> int:
    return text.rfind("\n", 0, i) + 1


def _paragraph_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return end if end != -1 else len(text)


def _starts_paragraph(text: str, i: int) -> bool:
    return not text[_paragraph_start(text, i):i].strip()


def _lines_between(text: str, a: int, b: int) -> int:
    """Non-blank lines wholly between the lines of positions ``a`` and ``b``."""
    first, last = _paragraph_end(text, a), _paragraph_start(text, b)
    return sum(1 for line in text[first:last].split("\n") if line.strip()) if first < last else 0


def marked_spans(text: str, cue_follows: Callable[[int], bool] | None = None,
                 cue_inside: Callable[[int, int], int | None] | None = None) -> list[_Marked]:
    """Outermost quoted spans: pairs of marks; an opening repeated at the next paragraph's start continues
    the quote; an opening never closed runs to its paragraph's end; a closing mark alone runs from its
    paragraph's start.

    ``cue_follows(i)`` says a speech cue follows position ``i``: a mark before a cue closes an open quote
    whatever its shape ("... Pleno. "Pungkasnya"). ``cue_inside(a, b)`` gives where the words of a quote whose
    closing mark is missing end, when a speech cue follows them between ``a`` and ``b`` ("“... 2017, pungkasnya.");
    such a quote ends there, not at its paragraph's end or at the next opening mark.
    """
    pairing = _Pairing(text, cue_inside)
    for mark in _MARK.finditer(text):
        i = mark.start()
        pairing.read(i, cue_follows is not None and cue_follows(i + 1))
    pairing.flush()
    pairing.spans.sort(key=lambda s: s.start)
    return pairing.spans


class _Pairing:
    """The state of marked_spans' one left-to-right pass: the spans found so far, the stack of open marks, and
    ``reach``, where the outer open quote last was (its opening, or the opening that continued it)."""

    def __init__(self, text: str, cue_inside: Callable[[int, int], int | None] | None) -> None:
        self.text = text
        self.cue_inside = cue_inside
        self.spans: list[_Marked] = []
        self.stack: list[int] = []
        self.reach = -1

    def read(self, i: int, by_cue: bool) -> None:
        """Pair the mark at ``i``; ``by_cue``: a speech cue follows it."""
        text, stack = self.text, self.stack
        char = text[i]
        if stack and (_lines_between(text, self.reach, i) or i - stack[0] > _MAX_QUOTE_CHARS):
            self.flush()
        opens = _opens(text, i) or (not stack and not by_cue and _opens_loose(text, i))
        closes = _closes(text, i) or by_cue
        if self._close(i, char, opens, closes, by_cue):
            return
        if opens:
            self._open(i, char)
        elif not stack and closes and char in "\"”":
            self._close_alone(i, by_cue)

    def _close(self, i: int, char: str, opens: bool, closes: bool, by_cue: bool) -> bool:
        """Close the innermost open mark of the same kind, ending the quote when it is the outermost; says whether
        the mark closed."""
        text, stack = self.text, self.stack
        compatible = [k for k, opening in enumerate(stack) if _kind(text[opening]) == _kind(char)]
        if not compatible and stack and by_cue and not opens:
            compatible = [0]  # “...’ ujarnya: a mismatched mark before a cue still closes the quote
        if not (compatible and closes and not (opens and char in "“‘" and not by_cue)):
            return False
        k = compatible[-1]
        if k == 0:
            self.spans.append(_Marked(stack[0] + 1, i, True))
            stack.clear()
        else:
            del stack[k:]
        return True

    def _open(self, i: int, char: str) -> None:
        """An opening mark at a later paragraph's start continues the open quote; else it ends an open quote of
        another paragraph (or one whose words a cue ends before it) and is pushed."""
        text, stack = self.text, self.stack
        if stack and _starts_paragraph(text, i) and _paragraph_start(text, i) != _paragraph_start(text, self.reach) \
                and _kind(char) == _kind(text[stack[0]]):
            self.reach = i
            return
        if stack and _paragraph_start(text, i) != _paragraph_start(text, self.reach):
            self.flush()
        elif stack and _kind(char) == _kind(text[stack[0]]):
            self.cut_at_cue(i)
        if char in _DOUBLE:
            while stack and text[stack[-1]] in _SINGLE:
                stack.pop()  # a stray single mark never holds a double-quoted span
        if not stack:
            self.reach = i
        if len(stack) < 8:
            stack.append(i)

    def _close_alone(self, i: int, by_cue: bool) -> None:
        """A double closing mark with no quote open: the quote runs from its paragraph's start, when those words
        end like speech or a cue follows and hold no double mark."""
        start = _paragraph_start(self.text, i)
        inner = self.text[start:i]
        if inner.strip() and not any(c in _DOUBLE for c in inner) and (by_cue or inner.rstrip()[-1] in ",.!?"):
            self.spans.append(_Marked(start + len(inner) - len(inner.lstrip()), i, True, opened=False))

    def cut_at_cue(self, limit: int) -> bool:
        """End the open quote where a speech cue follows its words before ``limit``; says whether one did."""
        stack = self.stack
        end = self.cue_inside(stack[0] + 1, limit) if self.cue_inside is not None and stack else None
        if end is None:
            return False
        self.spans.append(_Marked(stack[0] + 1, end, True, by_cue=True))
        stack.clear()
        return True

    def flush(self) -> None:
        """End the open quote at its paragraph's end, or where a cue follows its words before that."""
        if self.stack and not self.cut_at_cue(_paragraph_end(self.text, self.reach)):
            self.spans.append(_Marked(self.stack[0] + 1, _paragraph_end(self.text, self.reach), False))
        self.stack.clear()


@dataclass(frozen=True, slots=True)
class SpeechForms:
    """The written forms of the speech verbs, by the place of their speaker."""

    after: tuple[str, ...]    # after a quote, speaker named next or a pronoun: ujar, kata, dijelaskan, jelasnya
    active: tuple[str, ...]   # speaker before: mengatakan, menyampaikan
    passive: tuple[str, ...]  # speaker after: dikatakan, disampaikan (oleh)
    pronoun: tuple[str, ...]  # speaker is the one already speaking: katanya, dijelaskannya, menurutnya


def speech_forms(lexicons: Lexicons) -> SpeechForms:
    """Listed forms plus the regular ones of each stem: meN-stem-suffix, di-stem-suffix(-nya), stem-nya."""
    after, active, passive, pronoun = [], [], [], []
    for verb in lexicons.speech_verbs:
        after += verb.after
        active += [w for w in verb.before if not w.casefold().startswith("di")]
        passive += [w for w in verb.before if w.casefold().startswith("di") and not w.casefold().endswith("nya")]
        pronoun += [w for w in verb.after if w.casefold().endswith("nya") and len(w) >= 6]
        if verb.stem:
            forms = verb_forms(verb.stem, verb.suffix, lexicons.morphology)
            active.append(forms.active)
            passive.append(forms.passive)
            pronoun += [forms.passive_pronoun] + ([forms.stem_pronoun] if verb.stem in verb.after else [])
    pronoun += [p + "nya" for p in lexicons.speech_prepositions]
    unique = lambda words: tuple(dict.fromkeys(words))  # noqa: E731
    return SpeechForms(unique(after + passive + pronoun), unique(active), unique(passive), unique(pronoun))


# Capitalised words after "menurut" up to its comma: a name, or a title and its holder ("Menurut Ketua KPU X, Y,").
_CAPITALISED = r"\p{Lu}[^\s,.:;!?\"“”]*(?:\s+\p{Lu}[^\s,:;!?\"“”]*){0,6}"


class QuoteFinder:
    def __init__(self, lexicons: Lexicons) -> None:
        forms = speech_forms(lexicons)
        self.forms = forms
        after = list(forms.after)
        before = [*forms.active, *forms.passive]
        pronouns = _alternation(lexicons.speech_pronouns)
        self.after_cue = rx.compile(
            rf"\s*[,.\-–—]?\s*(?P<cue>(?P<verb>{_alternation(after)})(?:\s+(?P<pronoun>{pronouns}))?)(?!\w)",
            rx.IGNORECASE)
        said = [w for w in after if not w.casefold().endswith("nya") and not w.casefold().startswith("di")]
        pronoun_cue = rf"(?:{_alternation(forms.pronoun)}|(?:{_alternation(said)})\s+(?:{pronouns}))"
        self.inner_cue = rx.compile(
            rf"(?<=\w),[ \t]+(?:{pronoun_cue}(?=[ \t]*(?:[.!?](?:\s|$)|\n|$)|[ \t]+\p{{Ll}}+[^,\n]{{0,60}}?[.!?](?:\s|$))"
            rf"|(?-i:(?:{_alternation(said)}))[ \t]+\p{{Lu}})", rx.IGNORECASE)
        self.before_cue = rx.compile_suffix(
            rf"(?<!\w)(?P<cue>(?P<verb>{_alternation(before)})|(?P<prep>{_alternation(lexicons.speech_prepositions)})"
            rf"(?:nya|\s+{_CAPITALISED}(?:\s*,\s*{_CAPITALISED})?(?=\s*,))?"
            rf"|(?P<nya>{_alternation(forms.pronoun)})"
            rf"|(?<=(?:^|[.!?\n])\s{{0,3}})(?P<said>{_alternation(said)})"
            rf"\s+(?:(?-i:{_CAPITALISED})|{pronouns})(?=\s*[,:]))"
            rf"(?:\s+bahwa)?\s*[,:]?\s*$", rx.IGNORECASE)
        self.term_cues = rx.compile_suffix(
            rf"(?<!\w)(?:{_alternation([*lexicons.name_cues, *lexicons.term_cues])})\s*[,:]?\s*$", rx.IGNORECASE)
        self.clause_end = rx.compile(
            rf"\n|(?<!\w)(?:{_alternation(lexicons.clause_ends)})(?!\w)|[.!?;](?=\s|$)|,\s*(?=[\p{{Ll}}\d])")
        titles = {s: t.canonical for t in lexicons.titles for s in t.spellings}
        self.anaphora = rx.compile_suffix(rf"(?<!\w)(?:{_alternation(lexicons.anaphora)})$", rx.IGNORECASE)
        self.indefinite = rx.compile(rf"(?:{_alternation(lexicons.speech_indefinites) or '(?!)'})(?!\w)",
                                     rx.IGNORECASE)
        self.described = rx.compile(  # "ujar orang nomor satu di Lamongan itu.": a description to the sentence's end
            rf"[ ,]*(?!(?i:{_alternation(lexicons.speech_indefinites) or '(?!)'})(?!\w))"
            rf"\p{{Ll}}[^.!?\n\"“”]{{0,80}}?(?<!\w)(?i:{_alternation(lexicons.anaphora)})(?=\s*[.,!?]|\s*$)")
        self.title_canonical = {s.casefold(): c for s, c in titles.items()}
        self.cue_name = rx.compile(  # the capitalised words opening a cue's clause, after an honorific
            rf"(?:(?:{_alternation(lexicons.honorifics)})(?!\w)\s*)?"
            rf"(?P<name>\p{{Lu}}[\p{{L}}'’]+(?:\s+\p{{Lu}}[\p{{L}}'’]+){{0,3}})(?!\w)")
        self.subject_pronoun = rx.compile(
            rf"(?:^|(?<=\s))(?:{_alternation(lexicons.subject_pronouns) or '(?!)'})\s+(?:\w+\s+)?$", rx.IGNORECASE)
        self.speech_pronoun = rx.compile(rf"(?<!\w)(?:{pronouns})$", rx.IGNORECASE)
        self.title_generic = frozenset(w.casefold() for w in lexicons.title_cue_generic_words)
        self.same_office = {title: frozenset(group.titles) for group in lexicons.same_office for title in group.titles}
        self.region_aliases = {a.casefold(): official.casefold().split() for a, official in lexicons.region_aliases.items()}
        self.title_at = rx.compile(rf"(?:{_alternation(titles)})(?!\w)", rx.IGNORECASE)
        acting = {s: a.canonical for a in lexicons.acting_prefixes for s in a.spellings}
        self.acting_at = rx.compile(rf"(?:{_alternation(acting) or '(?!)'})(?:(?<=\.)|(?!\w))\s*", rx.IGNORECASE)
        self.acting_canonical = frozenset(acting.values())
        connectors = _alternation(lexicons.indirect_connectors)
        self.name_conjunctions = frozenset(w.casefold() for w in lexicons.name_conjunctions)
        self.object_marker = rx.compile(rf"(?<!\w)(?:{_alternation(lexicons.object_markers)})(?!\w)", rx.IGNORECASE)
        not_verbs = rf"(?!(?:{_alternation(lexicons.not_verbs)})(?!\w))" if lexicons.not_verbs else ""
        self.active_verb = rx.compile(
            rf"(?<!\w){not_verbs}{active_verb(lexicons)}", rx.IGNORECASE)
        self.intro = rx.compile_at_words(
            rf"(?<!\w)(?:(?P<active>{_alternation(forms.active)})|(?P<passive>{_alternation(forms.passive)})(?:\s+oleh)?"
            rf"|(?P<prep>{_alternation(lexicons.speech_prepositions)})|(?P<pronoun>{_alternation(forms.pronoun)}))(?!\w)"
            rf"(?P<opens>\s*(?:(?:,|:)\s*(?:{connectors})?|(?:{connectors}))(?!\w)\s*)?", rx.IGNORECASE,
            [*forms.active, *forms.passive, *lexicons.speech_prepositions, *forms.pronoun])

    def cue_inside(self, text: str, start: int, end: int) -> int | None:
        """Where the words of a quote without its closing mark end, when a comma and a speech cue that ends its
        clause follow them in ``text[start:end]`` ("... Pilkada 2017, pungkasnya.", ", ujar Ketua KPU ..."): the
        position after that comma. A cue that goes on with a comma ("kita, katanya, siap") is inside the speech."""
        match = self.inner_cue.search(text, start, end)
        return match.start() + 1 if match else None

    def marks_object(self, text: str, marker: rx.Match) -> bool:
        """An object marker found in ``text`` marks an object, unless it is a conjunction between two capitalised
        words, joining the parts of a name ("Divisi SDM dan Litbang")."""
        return marker.group().casefold() not in self.name_conjunctions or not _inside_name(text, marker.start(),
                                                                                           marker.end())

    def cue_after(self, text: str, position: int) -> rx.Match | None:
        """The speech cue right after a quote's closing mark ("ujarnya", "kata Nama"), if any."""
        return self.after_cue.match(text, position, min(len(text), position + 60))

    def clause_end_at(self, text: str, start: int) -> int:
        """Where the cue's clause ends: the sentence's end, a lowercase clause ("kepada ...", ", Senin" stays)."""
        limit = min(len(text), start + 200)
        for match in self.clause_end.finditer(text, start, limit):
            if match.group() == "." and _is_abbreviation(text, match.start()):
                continue
            return match.start()
        return limit


def _is_abbreviation(text: str, period: int) -> bool:
    """A period after an initial or a short capitalised abbreviation ("M.", "Moh.", "Drs.") ends no sentence; one
    after an acronym of three capitals ("... kata Ketua KPU.") does."""
    word = rx.search(r"[\p{L}]+$", text[max(0, period - 6):period])
    if not word or not word.group()[0].isupper() or len(word.group()) > 3:
        return False
    return not (len(word.group()) == 3 and word.group().isupper())


def _mentions(persons: list[Person]) -> list[tuple[int, int, Person]]:
    return sorted((m.start, m.end, p) for p in persons for m in p.mentions)


def _first_mention_in(mentions, start: int, end: int) -> tuple[int, int, Person] | None:
    return next((m for m in mentions if start <= m[0] < end), None)


def _last_mention_before(mentions, position: int, quoted: list[tuple[int, int]]) -> tuple[int, int, Person] | None:
    """The person most recently named before ``position``, outside quotes."""
    best = None
    for mention in mentions:
        if mention[0] >= position:
            break
        if not any(a <= mention[0] < b for a, b in quoted):
            best = mention
    return best


_CUE_WORD = rx.compile(r"\p{Lu}[\p{L}.]*")  # a capitalised word of a title-only cue ("Kab.", "Hukum")


@dataclass(frozen=True, slots=True)
class _Context:
    """What the speaker finders share about one article: its text (quotation marks normalised, same offsets), the
    compiled cues, its persons and their mentions in text order, its organization mentions, the quoted spans, and the
    persons that open their sentence as the subject of an active verb."""

    text: str
    finder: QuoteFinder
    persons: list[Person]
    mentions: list[tuple[int, int, Person]]
    organizations: Sequence[OrgMention]
    quoted: list[tuple[int, int]]
    subjects: list[tuple[int, Person]]


def _title_holder(context: _Context, start: int, end: int, position: int) -> Person | None:
    """The person holding the office a cue names by title only ("kata Ketua KPU Grobogan"), from ``text[start:end]``;
    of several holders, the one named last before ``position``.

    A body written in the cue is compared by its canonical name ("KPUD Kudus", "KPU Kudus" and "KPU Kabupaten
    Kudus" are one body; "KPU RI" is another); the cue's other capitalised words ("Hukum" of "Kadiv Hukum ...")
    must each be a word of the role, so a short word never matches inside a longer one ("RI" in "Rina").
    """
    text, finder = context.text, context.finder
    written = text[start:end]
    offset = start + len(written) - len(written.lstrip(" ,"))
    clause = text[offset:end].rstrip(" ,")
    acting = finder.acting_at.match(clause)  # "ujar Pj Bupati Buton": the acting office's holder
    title = finder.title_at.match(clause, acting.end() if acting else 0)
    if not title:
        return None
    canonical = finder.title_canonical[title.group().casefold()]
    titles = finder.same_office.get(canonical, {canonical})
    rest_start, rest_end = offset + title.end(), offset + len(clause)
    body = next((o for o in context.organizations if rest_start <= o.start and o.end <= rest_end), None)
    rest = text[rest_start:rest_end] if body is None else f"{text[rest_start:body.start]} {text[body.end:rest_end]}"
    words = [w for w in _CUE_WORD.findall(rest) if w.casefold() not in finder.title_generic]
    holders = []
    for person in context.persons:
        for role in person.roles:
            where = f"{role.organization or ''} {role.division or ''} {role.evidence.text if role.evidence else ''}"
            tokens = _name_words(where)
            if _office_of(finder, role.title) not in titles or not all(_word_in(finder, w, tokens) for w in words):
                continue
            if body is not None and not (role.organization.casefold() == body.name.casefold() if role.organization
                                         else all(_word_in(finder, w, tokens) for w in body.text.split())):
                continue
            holders.append(person)
            break
    if len(holders) > 1:
        before = [m[2] for m in context.mentions if m[0] < position and m[2] in holders]
        return before[-1] if before else holders[0]
    return holders[0] if holders else None


def _office_of(finder: QuoteFinder, title: str) -> str:
    """A role's title without its acting prefix ("Pj. Bupati" -> "Bupati"): a cue names the office either way."""
    prefix, _, office = title.partition(" ")
    return office if prefix in finder.acting_canonical and office else title


def _word_in(finder: QuoteFinder, word: str, tokens: frozenset[str]) -> bool:
    """A cue word among a role's words: itself, its expansion ("Jateng"), or when abbreviated ("Kab.") the start of
    one."""
    low = word.casefold()
    if low.endswith("."):
        return any(t.startswith(low.rstrip(".")) for t in tokens)
    expansion = finder.region_aliases.get(low)
    if expansion and all(w in tokens for w in expansion):
        return True  # "Jateng" of a role at "KPU Provinsi Jawa Tengah"; else the alias as the role writes it
    return _name_words(low) <= tokens


_SENTENCE_END = rx.compile(r"[.!?](?=\s)|\n")
_INTRO_REACH = 120  # how far before an active speech verb its subject may be named
_AGENT_REACH = 80   # how far after a passive verb or "menurut" its speaker may be named


@dataclass(frozen=True, slots=True)
class _Intro:
    """A person introduced as speaking at ``position`` (a speech verb, "menurut X", or an attributed quote)."""

    position: int
    person: Person | None
    verb: rx.Match | None = None


@lru_cache(maxsize=4)
def _sentence_ends(text: str) -> list[int]:
    """Every sentence end of ``text`` in order (a period after an initial, "M. Ika", ends none); found once per text."""
    return [m.start() for m in _SENTENCE_END.finditer(text)
            if m.group() != "." or not _is_abbreviation(text, m.start())]


def _sentence_start(text: str, position: int) -> int:
    """The start of the sentence holding ``position``, looking back at most 1,000 characters."""
    ends = _sentence_ends(text)
    index = bisect.bisect_left(ends, position) - 1
    if index >= 0 and ends[index] == position - 1 and text[ends[index]] != "\n":
        index -= 1  # a period right before ``position``: its sentence ends only once a space follows
    window = max(0, position - 1000)
    return ends[index] + 1 if index >= 0 and ends[index] >= window else window


def _outside(position: int, quoted: list[tuple[int, int]]) -> bool:
    return not any(a <= position < b for a, b in quoted)


def _last_title(finder: QuoteFinder, text: str, start: int, end: int) -> int | None:
    """Where the last title word between ``start`` and ``end`` begins ("Ketua KPU Grobogan mengatakan")."""
    found = [m.start() for m in finder.title_at.finditer(text, start, end)
             if m.start() == 0 or not text[m.start() - 1].isalnum()]
    return found[-1] if found else None


def _introductions(context: _Context) -> list[_Intro]:
    """Where each person is introduced as speaking: the subject of "mengatakan" (by name, or by a title only:
    its holder), the agent of "dikatakan (oleh)", the person after "menurut"; pronoun forms ("dijelaskannya",
    "menurutnya") point back (person None)."""
    text, finder, mentions, quoted = context.text, context.finder, context.mentions, context.quoted
    intros = []
    for match in finder.intro.finditer(text):
        at = match.start()
        if not _outside(at, quoted):
            continue
        if match.group("active"):
            start = max(_sentence_start(text, at), at - _INTRO_REACH)
            own = [m for m in mentions if start <= m[0] and m[1] <= at and _outside(m[0], quoted)]
            title = None if own else _last_title(finder, text, start, at)
            holder = _title_holder(context, title, at, at) if title is not None else None
            if own:
                intros.append(_Intro(at, own[-1][2], match))
            elif holder is not None:
                intros.append(_Intro(at, holder, match))
            elif finder.subject_pronoun.search(text, start, at):
                intros.append(_Intro(at, None, match))
        elif match.group("passive") or match.group("prep"):
            limit = min(finder.clause_end_at(text, match.end()) + 1, match.end() + _AGENT_REACH)
            named = _first_mention_in(mentions, match.end(), limit)
            gap = text[match.end():named[0]] if named is not None else ""
            if named is not None and (not gap.count(",") or finder.title_at.match(gap.strip(" ,"))):
                intros.append(_Intro(at, named[2], match))
            elif named is not None and match.group("prep"):
                intros.append(_Intro(at, named[2], match))
        elif match.group("pronoun") and _starts_sentence(text, at):
            intros.append(_Intro(at, None, match))
    return intros


def _named_by_words(finder: QuoteFinder, clause: str, persons: list[Person]) -> tuple[Person, int] | None:
    """The one person whose name holds every word of the name a cue's clause opens with, when that name is no
    mention of its own ("ujar RINA", "kata Bu Marlina"), and where that name ends in the clause."""
    name = finder.cue_name.match(clause)
    if name is None or finder.title_at.match(clause, name.start("name")):
        return None
    words = _name_words(name.group("name"))
    found = [p for p in persons if words <= _name_words(p.name)]
    if not found and _INITIALS.fullmatch(name.group("name")):
        found = [p for p in persons if _initials(p.name) == name.group("name")]  # "kata BHS": Budi Hartono Santoso
    if not found and len(words) == 1:
        found = _nicknamed(next(iter(words)), persons)  # "Ujar Rusdi" of "Rusdianto": a short name, as _fullest
    return (found[0], name.end()) if len(found) == 1 else None


def _nicknamed(short: str, persons: Sequence[Person]) -> list[Person]:
    """The persons one of whose name words a one-word short name (``short``, casefolded, at least _NICKNAME_MIN
    letters) begins or ends: "Nata" of "Rahmat Wicaksono Adinata", "Rahma" of "Rahmawati Lestari"."""
    if len(short) < _NICKNAME_MIN:
        return []
    return [p for p in persons if any(len(w) > len(short) and (w.startswith(short) or w.endswith(short))
                                      for w in _name_words(p.name))]


_INITIALS = rx.compile(r"[A-Z]{2,4}")


def _initials(name: str) -> str:
    """The first letters of a name's words in capitals ("Budi Hartono Santoso" -> "BHS")."""
    return "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()


def _said_before(context: _Context, start: int, end: int, position: int,
                 recent: Person | None) -> tuple[Person | None, str]:
    """The speaker of a cue that opens its sentence before a quote ("Kata Rina, “...”", "Ujar Ketua KPU Kudus:"),
    the words after its verb at ``text[start:end]``: the person named there, the holder of the title named, or for
    a pronoun ("Kata dia,") the one already speaking."""
    named = _first_mention_in(context.mentions, start, end)
    if named is not None:
        return named[2], "quote.cue_before_named"
    if context.finder.speech_pronoun.search(context.text[start:end]):
        return recent, "quote.cue_before_pronoun"
    return _title_holder(context, start, end, position), "quote.cue_before_title"


def _told_after(text: str, position: int, intros: list[_Intro]) -> _Intro | None:
    """A named passive cue opening the sentence after a quote ("… .” Hal itu disampaikan oleh X, ...")."""
    for intro in intros:
        if intro.position < position:
            continue
        between = text[position:intro.position]
        if intro.person is not None and intro.verb is not None and intro.verb.group("passive") \
                and len(between.split()) <= 3 and "\n\n" not in between and not any(c in _MARKS for c in between):
            return intro
        return None
    return None


def _starts_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3):position].rstrip(" \t\xa0")
    return not before or before[-1] in ".\n!?"


def _recent_speaker(position: int, intros: list[_Intro], last, subjects: list[tuple[int, Person]]) -> Person | None:
    """The person most recently introduced as speaking before ``position``, unless a later sentence has another
    person as its acting subject ("Ahmad, Ketua Divisi ..., memaparkan ..."); else the last person named."""
    spoke = next((i for i in reversed(intros) if i.position < position and i.person is not None), None)
    if spoke is None:
        return last[2] if last else None
    acting = next((p for at, p in reversed(subjects) if spoke.position < at < position), None)
    return acting or spoke.person


@lru_cache(maxsize=1024)
def _name_words(name: str) -> frozenset[str]:
    """The words of a name or of a role's text, casefolded, letters only ("KPU RI" -> {"kpu", "ri"})."""
    return frozenset(w.casefold() for w in _LETTERS.findall(name))


_NICKNAME_MIN = 4  # letters of a one-word short name that may stand for the start or end of a longer name word


def _fullest(speaker: Person | None, persons: list[Person]) -> Person | None:
    """The one person whose name holds every word of the speaker's and more ("Hendra Saputra" of "Muhammad
    Hendra Saputra"): a short form left as a person of its own still names the full one. A one-word name that
    starts or ends a longer word of one other name is its nickname ("Nata" of "Rahmat Wicaksono Adinata",
    "Rahma" of "Rahmawati Lestari")."""
    if speaker is None:
        return None
    words = _name_words(speaker.name)
    fuller = [p for p in persons if p is not speaker and words < _name_words(p.name)]
    if not fuller and len(words) == 1:
        fuller = [p for p in _nicknamed(next(iter(words)), persons) if p is not speaker]
    return fuller[0] if len(fuller) == 1 else speaker


def _resolve_pronouns(intros: list[_Intro], mentions, quoted: list[tuple[int, int]],
                      subjects: list[tuple[int, Person]]) -> list[_Intro]:
    """A pronoun introduction ("Dalam sambutannya, ia berpesan ...", "Dijelaskannya") names the speaker of its
    place, so a person named after it only in passing ("dihadiri Sekretaris ..., X") does not take a later cue."""
    resolved: list[_Intro] = []
    for intro in intros:
        if intro.person is None:
            last = _last_mention_before(mentions, intro.position, quoted)
            intro = _Intro(intro.position, _recent_speaker(intro.position, resolved, last, subjects), intro.verb)
        resolved.append(intro)
    return resolved


_NEXT_REACH = 400  # how far after a quote with nobody named before it its speaker may be introduced


def _next_speaker(position: int, intros: list[_Intro], quoted: list[tuple[int, int]]) -> Person | None:
    """For a quote without a cue and nobody named before it (an article that opens with a quote): the first person
    introduced as speaking after it, before the next quote ("“...”\n\nAjakan itu disampaikan Ketua KPU X, Y")."""
    limit = min([position + _NEXT_REACH, *(a for a, _ in quoted if a > position)])
    return next((i.person for i in intros if position < i.position < limit and i.person is not None), None)


def _last_speaker(intros: list[_Intro]) -> Person | None:
    """For a pronoun cue with nobody named or introduced as speaking before it: the last person introduced as
    speaking, since a page whose text opens inside an article ("...,” katanya.) carries that article's beginning at
    its end. A speaker introduced before the quote without a name ("Ia mengaku, ...") is someone the article does
    not name, not a person introduced later."""
    return next((i.person for i in reversed(intros) if i.person is not None), None)


def _inside_name(text: str, start: int, end: int) -> bool:
    """A word between two capitalised words belongs to a name or title ("Divisi SDM dan Litbang")."""
    before = rx.search(r"(\p{L}+)[\s,]*$", text[max(0, start - 40):start])
    after = rx.match(r"\s*(\p{L}+)", text[end:end + 40])
    return bool(before and after and before.group(1)[0].isupper() and after.group(1)[0].isupper())


def _object_marked(text: str, finder: QuoteFinder, sentence: int, start: int) -> bool:
    """Whether an object marker stands between the sentence start ``sentence`` and ``start`` ("didampingi X",
    "dihadiri oleh X"): the mention at ``start`` is an object of its sentence, not its subject."""
    return any(finder.marks_object(text, m) for m in finder.object_marker.finditer(text, sentence, start))


_LEAD_CLAUSE = rx.compile(r"\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,4}\s*,\s*")  # "Sementara itu, ", "Pada kesempatan itu, "


def _opener_before(context: _Context, opening: int) -> Person | None:
    """The person who opens the sentence right before a quote, or the one holding its opening, as its subject,
    after at most a short lead clause and their title ("Sementara itu, Anggota KPU X Rina hadir sebagai
    narasumber. “...,” ujarnya."): the one a pronoun cue or an unattributed quote points to first. Nobody when a
    quotation mark or a lowercase word other than a name conjunction stands before that person."""
    text, finder = context.text, context.finder
    start = _sentence_start(text, opening)
    if not text[start:opening].strip():
        if start == 0:
            return None
        start = _sentence_start(text, start - 1)
    first = next((m for m in context.mentions if start <= m[0] < opening and _outside(m[0], context.quoted)), None)
    if first is None or any(c in _MARKS for c in text[start:opening]):
        return None
    prefix = text[start:first[0]].strip()
    lead = _LEAD_CLAUSE.match(prefix)
    prefix = prefix[lead.end():] if lead else prefix
    words = _LETTERS.findall(prefix)
    if any(w[0].islower() and w.casefold() not in finder.name_conjunctions for w in words):
        return None
    return first[2]


def _last_actor(context: _Context,
                last: tuple[int, int, Person] | None) -> tuple[int, int, Person] | None:
    """The last person named before a quote as a mention ``(start, end, person)``; when that person is only an
    object of their sentence ("X membuka rapat didampingi Sekretaris Y. “...,” tuturnya."), the subject acting in
    that sentence or before it instead."""
    if last is None or not _object_marked(context.text, context.finder, _sentence_start(context.text, last[0]),
                                          last[0]):
        return last
    acting = next(((at, at, p) for at, p in reversed(context.subjects) if at < last[0]), None)
    return acting or last


def _subjects(text: str, finder: QuoteFinder, mentions, quoted: list[tuple[int, int]]) -> list[tuple[int, Person]]:
    """Persons that open their sentence as the subject of an active verb ("X, Ketua ..., membuka acara")."""
    out = []
    seen_sentences = set()
    for start, end, person in mentions:
        if not _outside(start, quoted):
            continue
        sentence = _sentence_start(text, start)
        if sentence in seen_sentences:
            continue
        seen_sentences.add(sentence)
        if _object_marked(text, finder, sentence, start):
            continue
        rest = text[end:end + _INTRO_REACH]
        stop = _SENTENCE_END.search(rest)
        rest = rest[:stop.start()] if stop else rest
        if finder.active_verb.search(rest):
            out.append((start, person))
    return out


def _ends_in(between: str) -> list[rx.Match]:
    """The sentence ends in a stretch of text (a period after an initial, "M. Ika", ends none)."""
    return [e for e in _SENTENCE_END.finditer(between) if e.group() != "." or not _is_abbreviation(between, e.start())]


def _after_cue_sentence(text: str, previous: Quote, opening: int) -> bool:
    """A quote that opens the sentence right after its predecessor's cue ("“A,” ujar X kepada wartawan, Senin.
    “B.”") goes on with the same speech: only the rest of the cue's sentence between them, no other mark."""
    if previous.cue is None or previous.cue.start < previous.end or not previous.cue.end <= opening:
        return False
    between = text[previous.cue.end:opening]
    ends = _ends_in(between)
    return (len(between.split()) <= 12 and not any(c in _MARKS for c in between) and "\n\n" not in between
            and len(ends) >= 1 and not between[ends[0].end():].strip())


_INNER_SENTENCE_END = rx.compile(r"[\p{Ll}\d][.!?]\s+\p{Lu}")


def _sentences(inner: str) -> bool:
    """Marked words that hold a full sentence and go on are speech even without a final mark ("... 2024. Persiapan
    apa saja yang harus kita lakukan ... sirekap” X meminta"): names and themes are never two sentences."""
    return len(inner.split()) >= 10 and bool(_INNER_SENTENCE_END.search(inner))


def _sentence_outside(text: str, marked: _Marked, opening: int, introduced: bool = False) -> bool:
    """Marked words introduced after a comma or colon, or right after a speech verb (``introduced``: "Rina
    menyampaikan bahwa “Pemilu harus jujur dan adil”."), whose sentence ends right after the closing mark ("...
    kepada staf, “Selaku pegawai ... tanggung jawab”.") are a sentence of speech with its period put outside."""
    if not (marked.closed and marked.opened and not marked.by_cue):
        return False
    return (introduced or _after_comma_or_colon(text, opening)) \
        and bool(rx.match(r"[.!?](?:\s|$)", text[marked.end + 1:marked.end + 3]))


def _after_comma_or_colon(text: str, opening: int) -> bool:
    """Whether a comma or colon ends the text before the opening mark at ``opening`` ("kata Budi, “...")."""
    return text[max(0, opening - 4):opening].rstrip()[-1:] in (",", ":")


_DOUBLED = rx.compile(r"''|‘‘|’’|‘’|``|„|«|»")


def _normalise_marks(text: str) -> str:
    """The text with the same offsets and doubled or foreign quotation marks written as one double mark: ''Kami,''
    and ‘‘Kami,’’ as " "Kami," ", „Kami,“ and «Kami,» as “Kami,”, so one pairing serves them all. Two single marks
    that are not a pair ('', ‘’ or ’’ after a space and before a word: "‘’Serahkan ...") open like ‘‘."""
    def one(match: rx.Match) -> str:
        mark = match.group()
        if len(mark) == 1:
            return "”" if mark == "»" else "“"
        before = text[match.start() - 1:match.start()] if match.start() else ""
        after = text[match.end():match.end() + 1]
        opening = mark in ("‘‘", "``") or (after.isalnum() and (not before or before.isspace() or before in _OPEN_BEFORE))
        return " “" if opening else "” "
    return _DOUBLED.sub(one, text)


def extract_quotes(text: str, finder: QuoteFinder, persons: list[Person],
                   organizations: Sequence[OrgMention] = ()) -> list[Quote]:
    """Direct quotes with their speakers in text order, then indirect speech ("X mengatakan bahwa ...").

    ``organizations`` are the article's organization mentions: a title-only cue names its body by them.
    """
    original, text = text, _normalise_marks(text)
    spans = marked_spans(text, lambda position: _cue_follows(text, finder, position),
                         lambda start, end: finder.cue_inside(text, start, end))
    context = _context(text, finder, persons, organizations, spans)
    intros = _resolve_pronouns(_introductions(context), context.mentions, context.quoted, context.subjects)
    quotes: list[Quote] = []
    speaking: list[_Intro] = list(intros)
    previous_cue_end = -10
    for marked in spans:
        speech = _speech(text, finder, marked, quotes, previous_cue_end, _spoken_before(text, marked, intros))
        if speech is None:
            continue
        cue = None
        if speech.continues and not speech.after:
            previous = quotes[-1]
            speaker_id, speaker_name, rule = previous.speaker, previous.speaker_name, "quote.split"
        else:
            last = _last_actor(context, _last_mention_before(context.mentions, speech.opening, context.quoted))
            recent = _opener_before(context, speech.opening) \
                or _recent_speaker(speech.opening, speaking, last, context.subjects)
            speaker, rule, cue = _direct_speaker(context, speech, marked, recent, intros)
            speaker = _fullest(speaker, persons)
            speaker_id, speaker_name = (speaker.id, speaker.name) if speaker else (None, None)
            if speaker is not None:
                speaking = sorted([*speaking, _Intro(marked.end, speaker)], key=lambda i: i.position)
        if cue is not None and cue.start > marked.end:
            previous_cue_end = cue.end + (1 if text[cue.end:cue.end + 1] in ".," else 0) + 1
        start, end = _quote_span(marked, text[marked.start:marked.end])
        quotes.append(Quote(start, end, original[start:end], speaker_id, speaker_name, cue, rule))
    quotes = _attribute_runs(text, quotes)
    return quotes + _indirect(original, context, intros, speaking)


def _cue_follows(text: str, finder: QuoteFinder, position: int) -> bool:
    """A speech cue follows ``position`` and closes the quote before it: the mark there is glued to a word, does
    not open, or the cue is a pronoun form ("ujarnya")."""
    match = finder.cue_after(text, position)
    return bool(match) and (position >= len(text) or not text[position].isspace()
                            or not _opens(text, position - 1) or match.group("verb").casefold().endswith("nya"))


@dataclass(frozen=True, slots=True)
class _Speech:
    """A marked span read as speech: where its opening is and what makes it speech."""

    opening: int
    after: rx.Match | None  # a speech cue after the closing mark
    before: rx.Match | None  # a speech cue before the opening, matched in the text from ``before_from``
    before_from: int
    continues: bool  # it goes on with the previous quote's speech


_INTRODUCED_MIN_WORDS = 3  # words of a marked sentence after a speech verb that make it speech, not a title


_SPOKEN_REACH = 200  # how far before a quote the sentence introducing its speaker may start


def _spoken_before(text: str, marked: _Marked, intros: list[_Intro]) -> bool:
    """The sentence right before the marks introduces a named speaker ("Hal senada diungkapkan X, Anggota KPU Y.
    “Netralitas adalah kunci.”"): nothing but that sentence between them."""
    opening = marked.start - 1 if marked.opened else marked.start
    for intro in intros:
        if intro.person is None or intro.verb is None or not opening - _SPOKEN_REACH <= intro.position < opening:
            continue
        between = text[intro.position:opening]
        if len(_ends_in(between)) <= 1 and "\n\n" not in between and not any(c in _MARKS for c in between):
            return True
    return False


def _speech(text: str, finder: QuoteFinder, marked: _Marked, quotes: list[Quote],
            previous_cue_end: int, spoken: bool = False) -> _Speech | None:
    """The marked span as speech, or None: empty marks, a quote cut off by the end of the page, a term, or words
    with no cue that neither end like speech at length nor hold sentences, unless the sentence before introduces
    their speaker (``spoken``) and they end like speech."""
    stripped = text[marked.start:marked.end].strip()
    if not stripped or (not marked.closed and marked.end == len(text)):
        return None
    after = finder.cue_after(text, marked.end + (0 if marked.by_cue else 1)) if marked.closed else None
    opening = marked.start - 1 if marked.opened else marked.start
    before_text = text[max(0, opening - 120):opening]
    before = finder.before_cue.search(before_text) if marked.opened else None
    words = stripped.split()
    sentence_like = len(words) >= _INTRODUCED_MIN_WORDS and any(w[0].islower() for w in words[1:])
    introduced = bool(before) and sentence_like
    spoken = spoken and sentence_like
    ends_like_speech = stripped[-1] in ",.!?…" or not marked.closed \
        or (introduced and _after_comma_or_colon(text, opening)) \
        or _sentence_outside(text, marked, opening, introduced)
    if finder.term_cues.search(before_text) and not after:
        return None
    continues = bool(quotes) and ends_like_speech and (0 <= opening - previous_cue_end <= 4
                                                       or _after_cue_sentence(text, quotes[-1], opening))
    if not (after or continues or ((before or spoken) and ends_like_speech)
            or (ends_like_speech and len(words) >= 6) or _sentences(stripped)):
        return None
    return _Speech(opening, after, before, opening - len(before_text), continues)


def _direct_speaker(context: _Context, speech: _Speech, marked: _Marked, recent: Person | None,
                    intros: list[_Intro]) -> tuple[Person | None, str, Span | None]:
    """Speaker, rule and cue of a quote that does not go on with the previous one: by the cue after it, the cue
    before it, a cue following in the next words, else the one speaking recently or, failing that, next."""
    text = context.text
    if speech.after:
        return _speaker_after(context, speech.after, speech.opening, recent, intros)
    if speech.before:
        return _speaker_before(context, speech.before, speech.before_from, speech.opening, recent)
    if (told := _told_after(text, marked.end + 1, intros)) is not None:
        return told.person, "quote.cue_following", Span(told.position, told.verb.end(),
                                                        text[told.position:told.verb.end()])
    if recent is None and (following := _next_speaker(marked.end, intros, context.quoted)) is not None:
        return following, "quote.unattributed_next", None
    return recent, "quote.unattributed", None


def _context(text: str, finder: QuoteFinder, persons: list[Person], organizations: Sequence[OrgMention],
             spans: list[_Marked]) -> _Context:
    """The article as the speaker finders read it, its quoted spans ``spans`` outside every person's subject."""
    quoted = [(s.start, s.end) for s in spans]
    mentions = _mentions(persons)
    return _Context(text, finder, persons, mentions, organizations, quoted,
                    _subjects(text, finder, mentions, quoted))


def _speaker_after(context: _Context, after: rx.Match, opening: int, recent: Person | None,
                   intros: list[_Intro]) -> tuple[Person | None, str, Span]:
    """Speaker, rule and cue of a quote followed by a speech cue (``after``): a pronoun ("ujarnya") is the one
    already speaking; else the person named in the cue's clause, the holder of a title it names, the one person
    whose name holds its words, or for a description pointing back ("ujar pria itu") the one already speaking."""
    text, finder, mentions = context.text, context.finder, context.mentions
    speaker = None
    verb = after.group("verb")
    cue_start, cue_end = after.start("cue"), after.end("cue")
    if after.group("pronoun") or verb.casefold().endswith("nya"):
        unknown = recent is None and any(i.position < opening for i in intros)  # "Ia mengaku ..." of nobody named
        speaker, rule = recent or (None if unknown else _last_speaker(intros)), "quote.cue_pronoun"
        return speaker, rule, Span(cue_start, cue_end, text[cue_start:cue_end])
    clause_end = finder.clause_end_at(text, cue_end)
    named = _first_mention_in(mentions, cue_end, clause_end)
    if named is not None:
        speaker, cue_end, rule = named[2], named[1], "quote.cue_named"
    elif not text[cue_end:clause_end].strip(" ,"):
        speaker, rule = recent, "quote.cue_pronoun"
    else:
        clause = text[cue_end:clause_end].strip(" ,")
        clause_start = text.index(clause, cue_end)
        speaker = _title_holder(context, cue_end, clause_end, opening)
        rule = "quote.cue_title"
        if speaker is not None:
            cue_end = clause_start + len(clause)
        elif (by_name := _named_by_words(finder, clause, context.persons)) is not None:
            speaker, name_end = by_name
            cue_end, rule = clause_start + name_end, "quote.cue_name_words"
        elif (finder.anaphora.search(clause) and not finder.indefinite.match(clause)) \
                or finder.described.match(text, cue_end):
            speaker, rule = recent, "quote.cue_anaphora"
        elif finder.title_at.match(clause) and recent is not None and not recent.roles:
            # a title nobody in the article is given: the one speaking, whose office the article did not state
            speaker, rule = recent, "quote.cue_title_recent"
            cue_end = clause_start + len(clause)
    return speaker, rule, Span(cue_start, cue_end, text[cue_start:cue_end])


def _speaker_before(context: _Context, before: rx.Match, offset: int, opening: int,
                    recent: Person | None) -> tuple[Person | None, str, Span]:
    """Speaker, rule and cue of a quote introduced by a cue before it (``before``, matched in the text from
    ``offset``): a cue opening its sentence ("Kata X,") names its speaker after the verb; a pronoun form or
    "menurut" is the one already speaking; else the person named last in the cue's sentence before the verb."""
    text, mentions, quoted = context.text, context.mentions, context.quoted
    cue_start, cue_end = offset + before.start("cue"), offset + before.end("cue")
    cue_text = text[cue_start:cue_end].rstrip(" ,:")
    cue = Span(cue_start, cue_start + len(cue_text), cue_text)
    before_text = text[offset:opening]
    sentence_start = max(before_text.rfind(". "), before_text.rfind("\n")) + offset + 1
    own = [m for m in mentions if sentence_start <= m[0] < cue_start and not any(a <= m[0] < b for a, b in quoted)]
    if before.group("said"):
        speaker, rule = _said_before(context, offset + before.end("said"), cue_start + len(cue_text), opening, recent)
    elif before.group("nya") or before.group("prep") or not own:
        speaker, rule = recent, "quote.cue_before_pronoun"
    else:
        speaker, rule = own[-1][2], "quote.cue_before"
    return speaker, rule, cue


def _quote_span(marked: _Marked, inner: str) -> tuple[int, int]:
    """The quote's offsets: inside its marks, or its words only when a mark is missing (a paragraph's text)."""
    start, end = marked.start, marked.end
    if not marked.closed or not marked.opened:
        start += len(inner) - len(inner.lstrip())
        end = start + len(inner.strip())
    return start, end


def _indirect(text: str, context: _Context, intros: list[_Intro], speaking: list[_Intro]) -> list[Quote]:
    """Reported clauses: after "X mengatakan(,| bahwa)", "Menurut X,", "Dijelaskannya,", up to the sentence's end;
    ``text`` is the article as written (the context's has its quotation marks normalised)."""
    finder, mentions, quoted, subjects = context.finder, context.mentions, context.quoted, context.subjects
    out = []
    for intro in intros:
        match = intro.verb
        if match is None:
            continue
        if match.group("prep") and intro.person is not None:
            mention = _first_mention_in(mentions, match.end(), len(text))
            comma = text.find(",", mention[1]) if mention else -1
            if comma == -1 or comma - mention[1] > _AGENT_REACH or "\n" in text[mention[1]:comma]:
                continue
            start = comma + 1
            while (title := finder.title_at.match(text, start + len(text[start:]) - len(text[start:].lstrip()))):
                comma = text.find(",", title.end())
                if comma == -1 or "." in text[title.end():comma]:
                    break
                start = comma + 1
        elif match.group("opens") is not None and (match.group("active") or match.group("pronoun")):
            start = match.end()
        else:
            continue
        start += len(text[start:]) - len(text[start:].lstrip())
        if start >= len(text) or text[start] in _MARKS or not _outside(start, quoted):
            continue
        end = _sentence_end(text, start, quoted)
        clause = text[start:end].rstrip(" ,;:")
        if len(clause.split()) < 4:
            continue
        person = intro.person or _recent_speaker(match.start(), speaking,
                                                 _last_mention_before(mentions, match.start(), quoted), subjects)
        rule = "quote.indirect_" + next(k for k in ("active", "passive", "prep", "pronoun") if match.group(k))
        cue = Span(match.start(), match.start() + len(match.group().rstrip(" ,:")), match.group().rstrip(" ,:"))
        out.append(Quote(start, start + len(clause), clause, person.id if person else None,
                         person.name if person else None, cue, rule, kind="indirect"))
    return out


def _sentence_end(text: str, start: int, quoted: list[tuple[int, int]]) -> int:
    """Where a reported clause ends: the sentence's end, a line end, or the opening of a quote."""
    end = len(text)
    for match in rx.finditer(r"\n|[.!?](?=\s|$)", text[start:]):
        word = rx.search(r"\p{L}+$", text[max(0, start + match.start() - 6):start + match.start()])
        if match.group() == "." and _is_abbreviation(text, start + match.start()) \
                and not (word and len(word.group()) >= 2 and word.group().isupper()):
            continue  # "M. Ika" goes on; an acronym at a sentence's end ("di DPT.") stops
        end = start + match.start()
        break
    for a, _ in quoted:
        if start < a <= end:
            return a - 1
    return end


def _attribute_runs(text: str, quotes: list[Quote]) -> list[Quote]:
    """A quote without a cue followed at once by an attributed one ("“A.” “B,” jelas X.") has the same speaker."""
    for k in range(len(quotes) - 2, -1, -1):
        quote, following = quotes[k], quotes[k + 1]
        between = text[quote.end:following.start]
        if quote.rule == "quote.unattributed" and following.speaker and following.cue \
                and not between.strip("“”\"‘’' \n\t\xa0"):
            quotes[k] = Quote(quote.start, quote.end, quote.text, following.speaker, following.speaker_name,
                              None, "quote.run")
    return quotes
