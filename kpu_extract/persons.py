"""Persons and their roles: names found at title phrases, speech verbs and honorifics, then linked.

A name is a run of capitalised words and initials. It is taken only where
something says it is a person: a title phrase before it ("Ketua KPU Kota X,
Budi Santoso W.") or after it ("Sri Lestari, Kadiv Hukum"), "selaku" /
"sebagai", a speech verb ("ujar Budi Santoso", "Budi mengatakan"), an
honorific ("Bapak Joko Susilo"). Short forms later in the article ("Budi",
"Lestari") become mentions of the full name when only one person has them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .organizations import OrgMention
from .patterns import Lexicons, alternation as _alternation
from .records import Person, Role, Span
from .regions import Gazetteer

_NAME_WORD = r"(?:[A-Z][a-z'’\-]+(?:[A-Z][a-z]+)?|[A-Z]\.(?:[A-Z]\.)*|[A-Z](?=[\s,])|[A-Z]{2,4}(?=\s+[A-Z][a-z]))"
_NAME = regex.compile(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}}")
_ROLE_JOINERS = ("selaku", "sebagai", "yang menjabat sebagai", "yang juga", "yang merupakan")


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    text: str
    rule: str
    roles: list[Role] = field(default_factory=list)
    speaking: bool = False


class PersonFinder:
    """Finds persons and roles with the lexicons of ``patterns/``."""

    def __init__(self, lexicons: Lexicons, gazetteer: Gazetteer) -> None:
        self.lexicons = lexicons
        self.gazetteer = gazetteer
        self.title_of: dict[str, tuple[str, str, str | None]] = {}
        for entry in lexicons.titles:
            for spelling in entry.spellings:
                self.title_of[spelling.casefold()] = (entry.canonical, entry.id, entry.organization_prefix)
        self.acting_of = {s.casefold(): e.canonical for e in lexicons.acting_prefixes for s in e.spellings}
        acting = _alternation(self.acting_of)
        titles = _alternation(self.title_of)
        self.title_phrase = regex.compile(
            rf"(?<![\w-])(?:(?P<acting>{acting})\s*)?(?P<title>{titles}|Divisi)(?![\w-])", regex.IGNORECASE)
        self.honorific = regex.compile(
            rf"(?:(?:{_alternation([*lexicons.honorifics, *lexicons.ranks])})(?![\w])\s*)+")
        self.degrees = regex.compile(rf"(?:\s*,?\s*(?:{_alternation(lexicons.degrees)})(?![\w]))+")
        self.division_word = regex.compile(
            rf"(?:Divisi|Sub\s?[Bb]agian|Bagian|Bidang)?\s*(?:(?:{_alternation(lexicons.division_vocabulary)})(?![\w])[\s,]*)+")
        self.abbreviation = {a.abbreviation: a.expansion for a in lexicons.division_abbreviations}
        after_verbs = [w for v in lexicons.speech_verbs for w in v.after if not w.endswith("nya")]
        before_verbs = [w for v in lexicons.speech_verbs for w in v.before]
        self.after_speech = regex.compile(rf"(?<![\w])(?:{_alternation(after_verbs)})\s+(?=[A-Z])")
        self.before_speech = regex.compile(rf"\s+(?:{_alternation(before_verbs)})(?![\w])")
        self.menurut = regex.compile(rf"(?<![\w])(?:{_alternation(lexicons.speech_prepositions)})\s+(?=[A-Z])",
                                     regex.IGNORECASE)
        self.former = tuple(w.casefold() for w in lexicons.former_markers)
        self.title_words = frozenset(w.casefold().rstrip(".") for s in self.title_of for w in s.split())

    # --- names -------------------------------------------------------------------------------
    def _is_name_word(self, word: str) -> bool:
        folded = word.casefold().rstrip(".")
        return (folded not in self.lexicons.not_name_words and folded not in self.title_words
                and folded not in self.acting_of and self.gazetteer.lookup(word) is None)

    def name_at(self, text: str, position: int) -> tuple[int, int] | None:
        """The name that starts at ``position`` (after honorifics), without degrees; None when there is none."""
        honorific = self.honorific.match(text, position)
        if honorific:
            position = honorific.end()
        match = _NAME.match(text, position)
        if not match:
            return None
        words = list(regex.finditer(r"\S+", match.group()))
        kept_end = None
        for word in words:
            if not self._is_name_word(word.group()):
                break
            kept_end = match.start() + word.end()
        if kept_end is None:
            return None
        name_text = text[match.start():kept_end]
        if len(name_text) < 3 or (len(name_text.split()) == 1 and name_text.isupper()):
            return None
        return match.start(), kept_end

    def name_before(self, text: str, end: int) -> tuple[int, int] | None:
        """The name that ends at ``end`` (degrees before ``end`` skipped)."""
        window_start = max(0, end - 80)
        window = text[window_start:end]
        degree = regex.search(rf"(?:{self.degrees.pattern})$", window)
        if degree:
            window = window[:degree.start()]
        match = regex.search(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,5}}$", window)
        if not match:
            return None
        words = list(regex.finditer(r"\S+", match.group()))
        first = len(words)
        for index in range(len(words) - 1, -1, -1):
            if not self._is_name_word(words[index].group()):
                break
            first = index
        if first == len(words):
            return None
        start = window_start + match.start() + words[first].start()
        stop = window_start + match.start() + words[-1].end()
        return (start, stop) if stop - start >= 3 else None

    # --- roles -------------------------------------------------------------------------------
    def canonical_division(self, written: str) -> str | None:
        words = regex.sub(r"^(?:Divisi|Sub\s?[Bb]agian|Bagian|Bidang)\s*", "", written.strip(" ,")).strip(" ,")
        if not words:
            return None
        if words in self.lexicons.division_whole_names:
            return self.lexicons.division_whole_names[words]
        expanded = regex.sub(r"[\w]+", lambda m: self.abbreviation.get(m.group(), m.group()), words)
        return " ".join(expanded.split())

    def _role_phrase(self, text: str, start: int, orgs_by_start: dict[int, OrgMention]) -> tuple[Role, int] | None:
        """Read a title phrase at ``start``: title, division, organization; returns the role and where it ends."""
        match = self.title_phrase.match(text, start)
        if not match:
            return None
        title_written = match.group("title")
        if not title_written[0].isupper() and not match.group("acting"):
            return None
        if title_written.casefold() == "divisi":
            title, rule, org_prefix = "Ketua Divisi", "title.division_only", None
            position = match.start("title")
        else:
            title, rule, org_prefix = self.title_of[title_written.casefold()]
            position = match.end()
        if match.group("acting"):
            title = f"{self.acting_of[match.group('acting').casefold()]} {title}"
        division = None
        organization = None
        for _ in range(2):
            division_match = self.division_word.match(text, position)
            if division_match and division_match.group().strip(" ,"):
                division = self.canonical_division(division_match.group()) or division
                position = division_match.end()
                position -= len(division_match.group()) - len(division_match.group().rstrip(" ,"))
            skip = regex.match(r"\s*", text[position:]).end()
            org = orgs_by_start.get(position + skip)
            if org is not None and organization is None:
                organization = org.name
                position = org.end
                continue
            break
        if org_prefix and organization is None:
            region = regex.match(r"\s+([A-Z][\w]+)", text[position:])
            organization = f"{org_prefix} {region.group(1)}" if region else org_prefix
            position += region.end() if region else 0
        return Role(title, division, organization, None, rule), position

    def _former(self, text: str, start: int) -> bool:
        before = text[max(0, start - 20):start].casefold().split()
        return bool(before) and before[-1] in self.former

    # --- extraction --------------------------------------------------------------------------
    def candidates(self, text: str, orgs: list[OrgMention]) -> list[_Candidate]:
        orgs_by_start = {m.start: m for m in orgs}
        org_spans = [(m.start, m.end) for m in orgs]
        found: list[_Candidate] = []

        def add(span: tuple[int, int] | None, rule: str, role: Role | None = None, speaking: bool = False) -> None:
            if span is None or any(a <= span[0] < b for a, b in org_spans):
                return
            candidate = _Candidate(span[0], span[1], text[span[0]:span[1]], rule, [], speaking)
            if role is not None:
                candidate.roles.append(role)
            found.append(candidate)

        for match in self.title_phrase.finditer(text, timeout=10.0):
            parsed = self._role_phrase(text, match.start(), orgs_by_start)
            if parsed is None or self._former(text, match.start()):
                continue
            role, position = parsed
            link = regex.match(r"\s*,?\s*", text[position:])
            name = self.name_at(text, position + link.end())
            if name and name[0] - position <= 40:
                role.evidence = Span(match.start(), name[1], text[match.start():name[1]])
                add(name, "person.title_before", role)
                continue
            before = regex.search(r"(?:,\s*|\s+(?:" + "|".join(_ROLE_JOINERS) + r")\s+)$", text[max(0, match.start() - 30):match.start()])
            if before:
                name = self.name_before(text, match.start() - len(before.group()))
                if name:
                    role.evidence = Span(name[0], position, text[name[0]:position].rstrip(" ,"))
                    role.evidence.end = name[0] + len(role.evidence.text)
                    role.rule = (role.rule or "") + ".after_name"
                    add(name, "person.title_after", role)
        for match in self.after_speech.finditer(text, timeout=10.0):
            add(self.name_at(text, match.end()), "person.speech_after", speaking=True)
        for match in self.menurut.finditer(text, timeout=10.0):
            add(self.name_at(text, match.end()), "person.menurut", speaking=True)
        for match in self.before_speech.finditer(text, timeout=10.0):
            add(self.name_before(text, match.start()), "person.speech_before", speaking=True)
        for match in self.honorific.finditer(text, timeout=10.0):
            if match.start() and text[match.start() - 1].isalnum():
                continue
            add(self.name_at(text, match.start()), "person.honorific")
        return found


def _same_person(short: str, long: str) -> bool:
    """"Budi Santoso W." and "Budi Santoso Wibowo" name one person; so do "Lestari" and "Sri Lestari"."""
    a, b = short.split(), long.split()
    if len(a) > len(b):
        return False
    if len(a) == 1:
        return a[0] in b
    for x, y in zip(a, b):
        if x != y and not (x.endswith(".") and y.startswith(x[:-1])) and not (len(x) == 1 and y.startswith(x)):
            return False
    return True


def extract_persons(text: str, finder: PersonFinder, orgs: list[OrgMention]) -> list[Person]:
    """Persons with all their mentions and roles, ids P1, P2, ... in order of first mention."""
    candidates = finder.candidates(text, orgs)
    full_names: list[str] = []
    for name in sorted({c.text for c in candidates}, key=lambda n: (-len(n.split()), -len(n))):
        if not any(_same_person(name, longer) for longer in full_names):
            full_names.append(name)
    persons: dict[str, Person] = {name: Person("", name) for name in full_names}
    for candidate in candidates:
        owner = next(n for n in full_names if _same_person(candidate.text, n))
        for role in candidate.roles:
            if not any(r.title == role.title and r.organization == role.organization for r in persons[owner].roles):
                persons[owner].roles.append(role)
    # mentions: every full or short form, longest first, at word boundaries
    forms: dict[str, str] = {}
    for name in full_names:
        forms[name] = name
        for word in name.split():
            if len(word) > 2 and not word.endswith(".") and finder._is_name_word(word):
                owners = [n for n in full_names if word in n.split()]
                if len(owners) == 1:
                    forms.setdefault(word, name)
        for candidate in candidates:
            if _same_person(candidate.text, name):
                forms.setdefault(candidate.text, name)
    org_spans = [(m.start, m.end) for m in orgs]
    taken: list[tuple[int, int]] = []
    for form in sorted(forms, key=len, reverse=True):
        for match in regex.finditer(rf"(?<![\w]){regex.escape(form)}(?![\w])", text):
            if any(a < match.end() and match.start() < b for a, b in taken + org_spans):
                continue
            taken.append(match.span())
            persons[forms[form]].mentions.append(Span(match.start(), match.end(), match.group(), "person.mention"))
    ordered = sorted((p for p in persons.values() if p.mentions), key=lambda p: min(m.start for m in p.mentions))
    for index, person in enumerate(ordered, 1):
        person.id = f"P{index}"
        person.mentions.sort(key=lambda m: m.start)
    return ordered
