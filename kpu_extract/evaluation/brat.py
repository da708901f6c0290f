"""brat standoff import and export of the article record, to label and review gold in brat or INCEpTION.

The ``.txt`` is exactly the record's ``text``, so standoff offsets are the record's offsets.
The ``.ann`` holds:

- ``T`` entities: ``Document`` (the first line of text, anchor of the record-level note),
  ``Person`` and ``Organization`` mentions, ``Date``, ``Quote``, ``Cue``, ``RoleEvidence``,
  and one trigger per event typed with the event type (``MEETING`` ...).
- ``R`` relations: ``Role`` (Person mention -> RoleEvidence), ``Speaker`` (Quote -> Person
  mention), ``HasCue`` (Quote -> Cue).
- ``E`` events: ``TYPE:trigger Organizer:T Participant:T Participant2:T Person:T Quote:T``;
  arguments point at an Organization, Person or Quote annotation, numbered in list order.
- ``#`` ``AnnotatorNotes``: canonical values as one JSON object, on entities and on the ``E``
  (never on a trigger, which brat and INCEpTION refuse). Document: ``id``, ``source_id``,
  ``article_index``, ``headline``, ``meta``, ``page_span``, ``parser``. Person and Organization
  mentions: ``id``, ``name`` (an organization's first also ``acronym``, ``region_code``); Date: ``value``,
  ``weekday``, ``weekday_consistent``; RoleEvidence: ``title``, ``division``, ``organization``;
  E: ``name``, ``date``, ``location``, ``mode``; plus ``rule`` (``span_rule``/``trigger_rule``
  for a role's evidence or an event's trigger). A missing key is null; a Quote's
  ``speaker_name`` is written only when it is not its speaker's name.

Things without a span: a person or organization without mentions, a role without evidence and
an event without trigger get a stand-in annotation on the Document span whose note (the E's
note for an event) says ``"placeholder": true``. An organizer or participants naming no
organization of the record, or persons or quotes that do not resolve, are listed in the E's note
(``organizer``, ``participants``, ``persons``, ``quotes``) instead of as arguments; a quote's
speaker that is no person of the record is the ``speaker`` of its note.
Lists keep the order of their lines. A span crossing a line break is written as fragments split
at the break, as brat writes it, and read back as one span; other discontinuous spans are refused.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, NoReturn, Protocol

from ..records import Article, DateMention, Event, Organization, Person, Quote, Role, Span

DOCUMENT = "Document"
PERSON = "Person"
ORGANIZATION = "Organization"
DATE = "Date"
QUOTE = "Quote"
CUE = "Cue"
ROLE_EVIDENCE = "RoleEvidence"
ENTITY_TYPES = (DOCUMENT, PERSON, ORGANIZATION, DATE, QUOTE, CUE, ROLE_EVIDENCE)

ROLE = "Role"
SPEAKER = "Speaker"
HAS_CUE = "HasCue"
RELATION_ARGS = {ROLE: (PERSON, ROLE_EVIDENCE), SPEAKER: (QUOTE, PERSON), HAS_CUE: (QUOTE, CUE)}

ORGANIZER = "Organizer"
PARTICIPANT = "Participant"
EVENT_PERSON = "Person"
EVENT_QUOTE = "Quote"
EVENT_ARGS = {ORGANIZER: ORGANIZATION, PARTICIPANT: ORGANIZATION, EVENT_PERSON: PERSON, EVENT_QUOTE: QUOTE}

NOTE_TYPE = "AnnotatorNotes"
PLACEHOLDER = "placeholder"

_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(f"[^{_BREAKS}]+")
_TYPE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]*")
_OFFSETS = re.compile(r"\d+ \d+(?:;\d+ \d+)*")
_ARG = re.compile(r"([A-Za-z_]+?)(\d*):(\S+)")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


# --- configuration ---------------------------------------------------------------------------


def event_types() -> list[str]:
    """The event types of the record schema, so annotation.conf offers exactly those."""
    schema = resources.files("kpu_extract").joinpath("schema/record.schema.json")
    data = json.loads(schema.read_text(encoding="utf-8"))
    return list(data["properties"]["events"]["items"]["properties"]["type"]["enum"])


def annotation_conf(extra_event_types: Iterable[str] = ()) -> str:
    """brat's annotation.conf for this mapping: entity, relation and event types, overlaps allowed."""
    types = list(dict.fromkeys([*event_types(), *extra_event_types]))
    args = ", ".join([f"{ORGANIZER}?:{ORGANIZATION}", f"{PARTICIPANT}*:{ORGANIZATION}",
                      f"{EVENT_PERSON}*:{PERSON}", f"{EVENT_QUOTE}*:{QUOTE}"])
    relations = [f"{name}\tArg1:{a}, Arg2:{b}" for name, (a, b) in RELATION_ARGS.items()]
    return "\n".join([
        "[entities]", *ENTITY_TYPES, "",
        "[relations]", *relations, "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>", "",
        "[events]", *(f"{t}\t{args}" for t in types), "",
        "[attributes]", "",
    ])


def visual_conf() -> str:
    """brat's visual.conf: short labels and colours so persons, bodies, dates and quotes stand apart."""
    colours = {DOCUMENT: "#e0e0e0", PERSON: "#ffccaa", ORGANIZATION: "#8fb2ff", DATE: "#ffff99",
               QUOTE: "#ccffcc", CUE: "#d9c2ff", ROLE_EVIDENCE: "#f7e1a1"}
    labels = {DOCUMENT: "Doc", PERSON: "Per", ORGANIZATION: "Org", ROLE_EVIDENCE: "RoleEv"}
    return "\n".join([
        "[labels]", *(f"{t} | {t} | {labels[t]}" if t in labels else f"{t} | {t}" for t in ENTITY_TYPES), "",
        "[drawing]", *(f"{t}\tbgColor:{c}" for t, c in colours.items()),
        "SPAN_DEFAULT\tfgColor:black, bgColor:#f5f5f5, borderColor:darken",
        "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5", "",
    ])


# --- export ----------------------------------------------------------------------------------


class _Spanned(Protocol):
    """Anything with a span of the article's text: Span, DateMention, Quote."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Placed:
    """A written text-bound annotation and the span it stands for (None for a stand-in)."""

    id: str
    span: tuple[int, int] | None


def _span_of(item: _Spanned | None) -> tuple[int, int] | None:
    """The (start, end) of ``item``, None for something without a span."""
    return None if item is None else (item.start, item.end)


def _distance(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    """Characters between two spans (0 when they touch or overlap); stand-ins are far from all."""
    if a is None or b is None:
        return 1 << 30
    return max(0, a[0] - b[1], b[0] - a[1])


def _nearest(placed: list[_Placed], near: _Spanned | None) -> str:
    """The annotation of ``placed`` closest to ``near``, so links drawn in brat stay short."""
    return min(placed, key=lambda p: _distance(p.span, _span_of(near))).id


def _compact(**values: Any) -> dict[str, Any]:
    """A note's JSON object: null values left out, since a missing key reads back as null."""
    return {k: v for k, v in values.items() if v is not None}


def _encode_note(data: dict[str, Any]) -> str:
    """One-line JSON; the line separators JSON leaves raw are escaped so no reader splits the line."""
    text = json.dumps(data, ensure_ascii=False)
    for char in "\x85\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _anchor(text: str) -> tuple[int, int]:
    """The first line with visible text, trimmed: where the Document annotation and stand-ins sit."""
    for match in _LINE.finditer(text):
        line = match.group()
        if line.strip():
            return match.start() + len(line) - len(line.lstrip()), match.start() + len(line.rstrip())
    return 0, 0


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start:end`` cut at line breaks (a .ann line cannot hold one), its ends kept by empty fragments."""
    pieces = [(start + m.start(), start + m.end()) for m in _LINE.finditer(text[start:end])]
    if not pieces or pieces[0][0] != start:
        pieces.insert(0, (start, start))
    if pieces[-1][1] != end:
        pieces.append((end, end))
    return pieces


class _AnnWriter:
    """Collects one article's ``.ann`` lines and hands out brat ids, one counter per kind (T, R, E, #)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.anchor = _anchor(article.text)
        self.lines: list[str] = []
        self.counts: Counter[str] = Counter()

    def _next(self, prefix: str) -> str:
        """The next free id of a kind: T1, T2 ..., #1 ..."""
        self.counts[prefix] += 1
        return f"{prefix}{self.counts[prefix]}"

    def textbound(self, type_: str, item: _Spanned | None, note: dict[str, Any] | None = None) -> _Placed:
        """A T line over ``item``'s span, or over the anchor when there is none; then its note."""
        text = self.article.text
        start, end = _span_of(item) or self.anchor
        if item is not None and text[start:end] != item.text:
            raise ValueError(f"{self.article.id}: {type_} {start}-{end} says {item.text!r}, "
                             f"the text there is {text[start:end]!r}")
        pieces = _fragments(text, start, end)
        offsets = ";".join(f"{a} {b}" for a, b in pieces)
        tid = self._next("T")
        self.lines.append(f"{tid}\t{type_} {offsets}\t{' '.join(text[a:b] for a, b in pieces)}")
        self.note(tid, note)
        return _Placed(tid, _span_of(item))

    def relation(self, type_: str, arg1: str, arg2: str) -> None:
        self.lines.append(f"{self._next('R')}\t{type_} Arg1:{arg1} Arg2:{arg2}")

    def event(self, type_: str, trigger: str, args: list[tuple[str, str]], note: dict[str, Any]) -> None:
        """An E line; repeated roles are numbered as brat numbers them (Participant, Participant2 ...)."""
        eid = self._next("E")
        seen = Counter[str]()
        parts = [f"{type_}:{trigger}"]
        for role, target in args:
            seen[role] += 1
            parts.append(f"{role}{seen[role] if seen[role] > 1 else ''}:{target}")
        self.lines.append(f"{eid}\t{' '.join(parts)}")
        self.note(eid, note)

    def note(self, target: str, data: dict[str, Any] | None) -> None:
        if data:
            self.lines.append(f"{self._next('#')}\t{NOTE_TYPE} {target}\t{_encode_note(data)}")

    def render(self) -> str:
        return "".join(line + "\n" for line in self.lines)


@dataclass(slots=True)
class _Written:
    """Annotations written so far, for relations and event arguments to point at."""

    persons: dict[str, list[_Placed]] = field(default_factory=dict)
    organizations: dict[str, list[_Placed]] = field(default_factory=dict)
    quotes: list[str] = field(default_factory=list)


def _check_exportable(article: Article) -> None:
    """Refuse what standoff cannot carry back: duplicate ids and event types that break its syntax."""
    for kind, items in (("person", article.persons), ("organization", article.organizations)):
        duplicates = sorted(i for i, n in Counter(x.id for x in items).items() if n > 1)
        if duplicates:
            raise ValueError(f"{article.id}: duplicate {kind} ids {duplicates}")
    for event in article.events:
        if not _TYPE.fullmatch(event.type) or event.type in ENTITY_TYPES:
            raise ValueError(f"{article.id}: event type {event.type!r} cannot be a brat type")


def _write_document(w: _AnnWriter, article: Article) -> None:
    note: dict[str, Any] = {"id": article.id, "source_id": article.source_id,
                            "article_index": article.article_index, "headline": article.headline,
                            "meta": article.meta}
    if article.page_span is not None:
        note["page_span"] = {"start": article.page_span.start, "end": article.page_span.end}
    if article.parser:
        note["parser"] = article.parser
    w.textbound(DOCUMENT, None, note)


def _write_persons(w: _AnnWriter, article: Article, done: _Written) -> None:
    for person in article.persons:
        known = _compact(id=person.id, name=person.name)
        placed = [w.textbound(PERSON, m, {**known, **_compact(rule=m.rule)}) for m in person.mentions]
        done.persons[person.id] = placed or [w.textbound(PERSON, None, {**known, PLACEHOLDER: True})]
    for person in article.persons:
        for role in person.roles:
            evidence = role.evidence
            note = _compact(title=role.title, division=role.division, organization=role.organization,
                            rule=role.rule, span_rule=evidence.rule if evidence else None,
                            placeholder=True if evidence is None else None)
            placed = w.textbound(ROLE_EVIDENCE, evidence, note)
            w.relation(ROLE, _nearest(done.persons[person.id], evidence), placed.id)


def _write_organizations(w: _AnnWriter, article: Article, done: _Written) -> None:
    for org in article.organizations:
        known = _compact(id=org.id, name=org.name)
        first = {**known, **_compact(acronym=org.acronym, region_code=org.region_code)}
        placed = [w.textbound(ORGANIZATION, m, {**(known if i else first), **_compact(rule=m.rule)})
                  for i, m in enumerate(org.mentions)]
        placed = placed or [w.textbound(ORGANIZATION, None, {**first, PLACEHOLDER: True})]
        done.organizations.setdefault(org.name, placed)


def _write_dates(w: _AnnWriter, article: Article) -> None:
    for date in article.dates:
        w.textbound(DATE, date, _compact(value=date.value, weekday=date.weekday,
                                         weekday_consistent=date.weekday_consistent, rule=date.rule))


def _speaker_name(persons: list[Person], speaker: str | None) -> str | None:
    """The speaker_name a quote has unless its note says otherwise: its speaker's canonical name."""
    return next((p.name for p in persons if p.id == speaker), None)


def _write_quotes(w: _AnnWriter, article: Article, done: _Written) -> None:
    for quote in article.quotes:
        linked = quote.speaker in done.persons
        note = _compact(rule=quote.rule, speaker=None if linked else quote.speaker)
        if quote.speaker_name != _speaker_name(article.persons, quote.speaker):
            note["speaker_name"] = quote.speaker_name
        placed = w.textbound(QUOTE, quote, note)
        done.quotes.append(placed.id)
        if linked:
            w.relation(SPEAKER, placed.id, _nearest(done.persons[quote.speaker], quote))
        if quote.cue is not None:
            w.relation(HAS_CUE, placed.id, w.textbound(CUE, quote.cue, _compact(rule=quote.cue.rule)).id)


def _event_args(event: Event, done: _Written) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """An event's arguments, and for its note the lists that name something not annotated."""
    near = event.trigger
    args: list[tuple[str, str]] = []
    unplaced: dict[str, Any] = {}
    if event.organizer in done.organizations:
        args.append((ORGANIZER, _nearest(done.organizations[event.organizer], near)))
    elif event.organizer is not None:
        unplaced["organizer"] = event.organizer
    if all(name in done.organizations for name in event.participants):
        args += [(PARTICIPANT, _nearest(done.organizations[name], near)) for name in event.participants]
    else:
        unplaced["participants"] = list(event.participants)
    if all(pid in done.persons for pid in event.persons):
        args += [(EVENT_PERSON, _nearest(done.persons[pid], near)) for pid in event.persons]
    else:
        unplaced["persons"] = list(event.persons)
    if all(type(i) is int and 0 <= i < len(done.quotes) for i in event.quotes):
        args += [(EVENT_QUOTE, done.quotes[i]) for i in event.quotes]
    else:
        unplaced["quotes"] = list(event.quotes)
    return args, unplaced


def _write_events(w: _AnnWriter, article: Article, done: _Written) -> None:
    for event in article.events:
        trigger = w.textbound(event.type, event.trigger)
        args, unplaced = _event_args(event, done)
        note = _compact(name=event.name, date=event.date, location=event.location, mode=event.mode,
                        rule=event.rule, trigger_rule=event.trigger.rule if event.trigger else None,
                        placeholder=True if event.trigger is None else None)
        w.event(event.type, trigger.id, args, {**note, **unplaced})


def article_to_brat(article: Article) -> tuple[str, str]:
    """The ``.txt`` (the record's text, so offsets carry over) and ``.ann`` contents of one article."""
    _check_exportable(article)
    w = _AnnWriter(article)
    done = _Written()
    _write_document(w, article)
    _write_persons(w, article, done)
    _write_organizations(w, article, done)
    _write_dates(w, article)
    _write_quotes(w, article, done)
    _write_events(w, article, done)
    return article.text, w.render()


def safe_name(article_id: str) -> str:
    """A file name for an article id ('#' and anything unsafe replaced); the real id is in the .ann."""
    name = _UNSAFE.sub("_", article_id.replace("#", "--"))
    return "_" + name[1:] if name.startswith(".") else name


def export_brat(articles: Iterable[Article], folder: Path) -> list[Path]:
    """Write ``<safe id>.txt`` and ``.ann`` per article, annotation.conf and visual.conf; return the .ann paths."""
    folder.mkdir(parents=True, exist_ok=True)
    articles = list(articles)
    written: dict[str, str] = {}
    paths: list[Path] = []
    for article in articles:
        name = safe_name(article.id)
        if name in written:
            raise ValueError(f"{article.id} and {written[name]} would both be written as {name}.ann")
        written[name] = article.id
        txt, ann = article_to_brat(article)
        (folder / f"{name}.txt").write_text(txt, encoding="utf-8", newline="")
        (folder / f"{name}.ann").write_text(ann, encoding="utf-8", newline="")
        paths.append(folder / f"{name}.ann")
    conf = annotation_conf(e.type for a in articles for e in a.events)
    (folder / "annotation.conf").write_text(conf, encoding="utf-8")
    (folder / "visual.conf").write_text(visual_conf(), encoding="utf-8")
    return paths


# --- parsing ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _TextBound:
    """A T line: its type and the one span its fragments cover."""

    id: str
    type: str
    start: int
    end: int
    line: int


@dataclass(frozen=True, slots=True)
class _Relation:
    """An R line: its type and the ids of Arg1 and Arg2."""

    id: str
    type: str
    arg1: str
    arg2: str
    line: int


@dataclass(frozen=True, slots=True)
class _EventArg:
    """One ROLE:ID of an E line, the role's number split off (Participant2 -> Participant, 2)."""

    role: str
    number: int
    target: str


@dataclass(frozen=True, slots=True)
class _EventLine:
    """An E line: type, trigger id and arguments."""

    id: str
    type: str
    trigger: str
    args: tuple[_EventArg, ...]
    line: int


@dataclass(frozen=True, slots=True)
class _Note:
    """A # AnnotatorNotes line: its target id and the JSON object it holds."""

    target: str
    data: dict[str, Any]
    line: int


@dataclass(slots=True)
class _Standoff:
    """The lines of one ``.ann``, parsed and checked against the ``.txt``, in file order."""

    text: str
    source: str | None
    textbounds: dict[str, _TextBound] = field(default_factory=dict)
    relations: dict[str, _Relation] = field(default_factory=dict)
    events: dict[str, _EventLine] = field(default_factory=dict)
    notes: dict[str, _Note] = field(default_factory=dict)


def _error(source: str | None, line: int | None, reason: str) -> ValueError:
    """A ValueError naming the file (when known) and line, so a labeller can go straight there."""
    where = [source] if source else []
    if line is not None:
        where.append(f"line {line}")
    return ValueError(": ".join([*where, reason]))


class _Parser:
    """Reads ``.ann`` lines into a _Standoff: syntax, span texts and references."""

    def __init__(self, text: str, source: str | None) -> None:
        self.doc = _Standoff(text, source)
        self.number = 0
        self.seen: set[str] = set()

    def fail(self, reason: str) -> NoReturn:
        raise _error(self.doc.source, self.number, reason)

    def parse(self, ann: str) -> _Standoff:
        """Every non-blank line of ``ann``, then a check that each referenced id exists."""
        for self.number, raw in enumerate(ann.split("\n"), 1):
            line = raw.removesuffix("\r")
            if line.strip():
                self._line(line)
        self._check_references()
        return self.doc

    def _line(self, line: str) -> None:
        ident, tab, rest = line.partition("\t")
        if not tab:
            self.fail(f"expected an id, a tab and the annotation: {line!r}")
        if not re.fullmatch(r"[TRE#]\d+", ident):
            if ident[:1] in ("A", "M", "N", "*"):
                self.fail(f"{ident}: attributes, normalizations and equivalences are not used in this mapping")
            self.fail(f"bad annotation id {ident!r}: expected T, R, E or # and a number")
        if ident in self.seen:
            self.fail(f"duplicate id {ident}")
        self.seen.add(ident)
        {"T": self._textbound, "R": self._relation, "E": self._event, "#": self._note}[ident[0]](ident, rest)

    def _textbound(self, ident: str, rest: str) -> None:
        head, tab, written = rest.partition("\t")
        if not tab:
            self.fail(f"{ident}: missing tab before the span text")
        type_, _, offsets = head.partition(" ")
        if not _TYPE.fullmatch(type_):
            self.fail(f"{ident}: bad type {type_!r}")
        if not _OFFSETS.fullmatch(offsets):
            self.fail(f"{ident}: bad offsets {offsets!r}, expected 'START END' or 'START END;START END'")
        pieces = [(int(a), int(b)) for a, b in (p.split(" ") for p in offsets.split(";"))]
        start, end = self._join(ident, pieces)
        expected = " ".join(self.doc.text[a:b] for a, b in pieces)
        if written != expected:
            self.fail(f"{ident}: span text {written!r} does not match the .txt at {offsets}: {expected!r}")
        self.doc.textbounds[ident] = _TextBound(ident, type_, start, end, self.number)

    def _join(self, ident: str, pieces: list[tuple[int, int]]) -> tuple[int, int]:
        """One span from fragments that only skip line breaks (how brat writes a span over lines)."""
        for a, b in pieces:
            if a > b:
                self.fail(f"{ident}: span starts at {a}, after its end {b}")
            if b > len(self.doc.text):
                self.fail(f"{ident}: offset {b} is past the end of the .txt ({len(self.doc.text)} characters)")
        for (_, b), (a, _) in zip(pieces, pieces[1:]):
            if a < b:
                self.fail(f"{ident}: fragments overlap or are out of order")
            if self.doc.text[b:a].strip():
                self.fail(f"{ident}: discontinuous spans are not supported (fragments {b} and {a} skip text)")
        return pieces[0][0], pieces[-1][1]

    def _relation(self, ident: str, rest: str) -> None:
        match = re.fullmatch(r"(\S+) (\w+):(\S+) (\w+):(\S+)", rest.strip())
        if not match:
            self.fail(f"{ident}: expected 'TYPE Arg1:ID Arg2:ID', got {rest!r}")
        type_, label1, arg1, label2, arg2 = match.groups()
        if (label1, label2) != ("Arg1", "Arg2"):
            self.fail(f"{ident}: relation arguments must be Arg1 and Arg2, not {label1} and {label2}")
        self.doc.relations[ident] = _Relation(ident, type_, arg1, arg2, self.number)

    def _event(self, ident: str, rest: str) -> None:
        head, *tokens = rest.strip().split() or [""]
        type_, colon, trigger = head.partition(":")
        if not colon or not _TYPE.fullmatch(type_) or not trigger:
            self.fail(f"{ident}: expected 'TYPE:TRIGGER ROLE:ID ...', got {rest!r}")
        args = []
        for token in tokens:
            match = _ARG.fullmatch(token)
            if not match:
                self.fail(f"{ident}: bad event argument {token!r}, expected ROLE:ID")
            role, number, target = match.groups()
            args.append(_EventArg(role, int(number or 1), target))
        self.doc.events[ident] = _EventLine(ident, type_, trigger, tuple(args), self.number)

    def _note(self, ident: str, rest: str) -> None:
        head, tab, text = rest.partition("\t")
        parts = head.split(" ")
        if not tab or len(parts) != 2:
            self.fail(f"{ident}: expected '{NOTE_TYPE} TARGET<tab>NOTE', got {rest!r}")
        type_, target = parts
        if type_ != NOTE_TYPE:
            self.fail(f"{ident}: unknown note type {type_!r}, expected {NOTE_TYPE}")
        if target in self.doc.notes:
            self.fail(f"{ident}: a second note on {target}; one JSON object holds all its values")
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            self.fail(f"{ident}: note on {target} is not JSON ({exc.msg} at column {exc.colno})")
        if not isinstance(data, dict):
            self.fail(f"{ident}: note on {target} must be a JSON object")
        self.doc.notes[target] = _Note(target, data, self.number)

    def _check_references(self) -> None:
        doc = self.doc
        known = doc.textbounds.keys() | doc.relations.keys() | doc.events.keys()
        references = [(r.line, t) for r in doc.relations.values() for t in (r.arg1, r.arg2)]
        references += [(e.line, t) for e in doc.events.values() for t in (e.trigger, *[a.target for a in e.args])]
        references += [(n.line, n.target) for n in doc.notes.values()]
        for line, target in references:
            if target not in known:
                raise _error(doc.source, line, f"unknown annotation {target!r}")
        for event in doc.events.values():
            if event.trigger not in doc.textbounds:
                raise _error(doc.source, event.line, f"{event.id}: trigger {event.trigger} is not a T annotation")


# --- import ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Header:
    """The record-level fields kept in the Document annotation's note."""

    source_id: str
    article_index: int
    headline: str | None
    meta: dict[str, Any]
    page_span: Span | None
    parser: str | None


@dataclass(slots=True)
class _Draft:
    """A person or organization gathered from its annotations; its canonical values must agree."""

    id: str
    line: int
    values: dict[str, str] = field(default_factory=dict)
    mentions: list[Span] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)


_Annotation = _TextBound | _EventLine


class _Reader:
    """Rebuilds the article from parsed standoff, refusing annotations it would otherwise drop."""

    def __init__(self, doc: _Standoff) -> None:
        self.doc = doc
        self.read_notes: set[str] = set()
        self.person_of: dict[str, str] = {}
        self.organization_of: dict[str, str] = {}
        self.quote_index: dict[str, int] = {}

    def fail(self, line: int | None, reason: str) -> NoReturn:
        raise _error(self.doc.source, line, reason)

    def textbounds(self, type_: str) -> list[_TextBound]:
        """T annotations of ``type_``, in file order (which is list order)."""
        return [t for t in self.doc.textbounds.values() if t.type == type_]

    def note(self, ann: _Annotation) -> _Note:
        """The note on ``ann`` (an empty one if it has none), marked as read."""
        self.read_notes.add(ann.id)
        return self.doc.notes.get(ann.id) or _Note(ann.id, {}, ann.line)

    def value(self, note: _Note, key: str, kinds: tuple[type, ...], required: bool = False) -> Any:
        """A note field of one of ``kinds``, or None when missing (an error when ``required``)."""
        value = note.data.get(key)
        if value is None:
            if required:
                self.fail(note.line, f"the note of {note.target} has no {key!r}")
            return None
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            names = " or ".join(k.__name__ for k in kinds)
            self.fail(note.line, f"the note of {note.target}: {key!r} must be {names}, not {value!r}")
        return value

    def span(self, tb: _TextBound, rule: str | None) -> Span:
        """The record span of a T annotation, text taken from the .txt."""
        return Span(tb.start, tb.end, self.doc.text[tb.start:tb.end], rule)

    def agree(self, draft: _Draft, note: _Note, key: str, kinds: tuple[type, ...]) -> None:
        """Record a canonical value stated in ``note``; every annotation of the object must agree."""
        value = self.value(note, key, kinds)
        if value is not None and draft.values.setdefault(key, value) != value:
            self.fail(note.line, f"{draft.id}: {key} {value!r} contradicts {draft.values[key]!r} given earlier")

    def relations(self, type_: str) -> list[tuple[_Relation, _TextBound, _TextBound]]:
        """Relations of ``type_`` with their two annotations, each of the type the mapping expects."""
        out = []
        for rel in (r for r in self.doc.relations.values() if r.type == type_):
            pair = []
            for target, expected in zip((rel.arg1, rel.arg2), RELATION_ARGS[type_]):
                tb = self.doc.textbounds.get(target)
                if tb is None or tb.type != expected:
                    self.fail(rel.line, f"{rel.id}: {type_} needs a {expected} there, {target} is not one")
                pair.append(tb)
            out.append((rel, pair[0], pair[1]))
        return out

    def links(self, type_: str) -> dict[str, _TextBound]:
        """Arg1 id -> Arg2 annotation of a relation that an annotation has at most once."""
        out: dict[str, _TextBound] = {}
        for rel, first, second in self.relations(type_):
            if first.id in out:
                self.fail(rel.line, f"{rel.id}: {first.id} already has a {type_} relation")
            out[first.id] = second
        return out

    def each_used_once(self, type_: str, used: list[str], what: str) -> None:
        """Refuse an annotation of ``type_`` that no relation (or two) attaches to its owner."""
        counts = Counter(used)
        for tb in self.textbounds(type_):
            if counts[tb.id] != 1:
                self.fail(tb.line, f"{tb.id}: a {type_} must be {what} exactly once, found {counts[tb.id]}")

    def article(self) -> Article:
        """The whole record; lists are read in the order the export writes them."""
        for rel in self.doc.relations.values():
            if rel.type not in RELATION_ARGS:
                self.fail(rel.line, f"{rel.id}: unknown relation type {rel.type!r}")
        header = self.header()
        persons = self.persons()
        organizations = self.organizations()
        dates = self.dates()
        quotes = self.quotes(persons)
        events = self.events(organizations)
        self.check_all_read()
        return Article(header.source_id, header.article_index, header.headline, self.doc.text, header.meta,
                       persons, organizations, dates, quotes, events, header.page_span, header.parser)

    def header(self) -> _Header:
        """The record-level fields, from the note of the one Document annotation."""
        found = self.textbounds(DOCUMENT)
        if not found:
            self.fail(None, "no Document annotation (its note holds the record's id, headline and meta)")
        if len(found) > 1:
            self.fail(found[1].line, f"{found[1].id}: a second Document annotation")
        note = self.note(found[0])
        source_id = self.value(note, "source_id", (str,), required=True)
        index = self.value(note, "article_index", (int,), required=True)
        stated = self.value(note, "id", (str,))
        if stated is not None and stated != f"{source_id}#{index}":
            self.fail(note.line, f"id {stated!r} is not source_id#article_index ({source_id}#{index})")
        page = self.value(note, "page_span", (dict,))
        if page is not None and not all(type(page.get(k)) is int for k in ("start", "end")):
            self.fail(note.line, f"page_span must hold integer start and end, not {page!r}")
        return _Header(source_id, index, self.value(note, "headline", (str,)),
                       self.value(note, "meta", (dict,)) or {},
                       Span(page["start"], page["end"], "") if page is not None else None,
                       self.value(note, "parser", (str,)))

    def drafts(self, type_: str, keys: tuple[str, ...], owner: dict[str, str]) -> dict[str, _Draft]:
        """Persons or organizations by id, in order of first annotation, with their mentions."""
        drafts: dict[str, _Draft] = {}
        for tb in self.textbounds(type_):
            note = self.note(tb)
            ident = self.value(note, "id", (str,), required=True)
            draft = drafts.setdefault(ident, _Draft(ident, tb.line))
            for key in keys:
                self.agree(draft, note, key, (str,))
            if not self.value(note, PLACEHOLDER, (bool,)):
                draft.mentions.append(self.span(tb, self.value(note, "rule", (str,))))
            owner[tb.id] = draft.id
        for draft in drafts.values():
            if "name" not in draft.values:
                self.fail(draft.line, f"{type_} {draft.id} has no name in any of its notes")
        return drafts

    def persons(self) -> list[Person]:
        """Persons from their mentions, each role from a RoleEvidence linked by a Role relation."""
        drafts = self.drafts(PERSON, ("name",), self.person_of)
        evidence_used = []
        for _, person, evidence in self.relations(ROLE):
            drafts[self.person_of[person.id]].roles.append(self.role(evidence))
            evidence_used.append(evidence.id)
        self.each_used_once(ROLE_EVIDENCE, evidence_used, "linked by a Role relation")
        return [Person(d.id, d.values["name"], d.mentions, d.roles) for d in drafts.values()]

    def role(self, tb: _TextBound) -> Role:
        """A role from its RoleEvidence annotation and note."""
        note = self.note(tb)
        placeholder = self.value(note, PLACEHOLDER, (bool,))
        evidence = None if placeholder else self.span(tb, self.value(note, "span_rule", (str,)))
        return Role(self.value(note, "title", (str,), required=True), self.value(note, "division", (str,)),
                    self.value(note, "organization", (str,)), evidence, self.value(note, "rule", (str,)))

    def organizations(self) -> list[Organization]:
        """Organizations from their mentions' notes."""
        drafts = self.drafts(ORGANIZATION, ("name", "acronym", "region_code"), self.organization_of)
        return [Organization(d.id, d.values["name"], d.values.get("acronym"), d.mentions,
                             d.values.get("region_code")) for d in drafts.values()]

    def dates(self) -> list[DateMention]:
        """Date mentions with the values in their notes."""
        out = []
        for tb in self.textbounds(DATE):
            note = self.note(tb)
            out.append(DateMention(
                tb.start, tb.end, self.doc.text[tb.start:tb.end], self.value(note, "value", (str,)),
                self.value(note, "weekday", (str,)), self.value(note, "weekday_consistent", (bool,)),
                self.value(note, "rule", (str,))))
        return out

    def quotes(self, persons: list[Person]) -> list[Quote]:
        """Quotes with the speaker from their Speaker relation (or note) and cue from HasCue."""
        speakers, cues = self.links(SPEAKER), self.links(HAS_CUE)
        out = []
        for index, tb in enumerate(self.textbounds(QUOTE)):
            note = self.note(tb)
            speaker = self.value(note, "speaker", (str,))
            if tb.id in speakers:
                if speaker is not None:
                    self.fail(note.line, f"{tb.id}: a Speaker relation and a 'speaker' in the note")
                speaker = self.person_of[speakers[tb.id].id]
            name = self.value(note, "speaker_name", (str,)) if "speaker_name" in note.data \
                else _speaker_name(persons, speaker)
            cue = cues.get(tb.id)
            cue_span = None if cue is None else self.span(cue, self.value(self.note(cue), "rule", (str,)))
            out.append(Quote(tb.start, tb.end, self.doc.text[tb.start:tb.end], speaker, name, cue_span,
                             self.value(note, "rule", (str,))))
            self.quote_index[tb.id] = index
        self.each_used_once(CUE, [c.id for c in cues.values()], "linked by a HasCue relation")
        return out

    def arguments(self, event: _EventLine) -> dict[str, list[_TextBound]]:
        """The event's arguments by role, in the order of their numbers (Participant, Participant2 ...)."""
        by_role: dict[str, dict[int, _TextBound]] = {role: {} for role in EVENT_ARGS}
        for arg in event.args:
            if arg.role not in EVENT_ARGS:
                self.fail(event.line, f"{event.id}: unknown event argument {arg.role!r}")
            tb = self.doc.textbounds.get(arg.target)
            if tb is None or tb.type != EVENT_ARGS[arg.role]:
                expected = EVENT_ARGS[arg.role]
                self.fail(event.line, f"{event.id}: {arg.role} needs a {expected}, {arg.target} is not one")
            if arg.number in by_role[arg.role]:
                self.fail(event.line, f"{event.id}: two arguments {arg.role}{arg.number}")
            by_role[arg.role][arg.number] = tb
        if len(by_role[ORGANIZER]) > 1:
            self.fail(event.line, f"{event.id}: more than one {ORGANIZER}")
        return {role: [tbs[n] for n in sorted(tbs)] for role, tbs in by_role.items()}

    def listed(self, event: _EventLine, note: _Note, key: str, args: list[Any], kind: type,
               single: bool = False) -> list[Any]:
        """An event slot from its arguments, or from the note when it names things not annotated."""
        if key not in note.data:
            return args
        if args:
            self.fail(note.line, f"{event.id}: {key} both as arguments and in the note")
        value = note.data[key]
        values = [] if value is None else [value] if single else value
        if not isinstance(values, list) or not all(type(v) is kind for v in values):
            shape = kind.__name__ if single else f"a list of {kind.__name__}"
            self.fail(note.line, f"{event.id}: {key} in the note must be {shape}, not {value!r}")
        return values

    def events(self, organizations: list[Organization]) -> list[Event]:
        """Events in E order; organization arguments become canonical names."""
        name_of = {o.id: o.name for o in organizations}
        return [self.event(event, name_of) for event in self.doc.events.values()]

    def event(self, event: _EventLine, name_of: dict[str, str]) -> Event:
        """One event: trigger and arguments from the E line, the other values from its note."""
        trigger = self.doc.textbounds[event.trigger]
        if trigger.type != event.type or trigger.type in ENTITY_TYPES:
            self.fail(event.line, f"{event.id}: trigger {trigger.id} is a {trigger.type}, the event {event.type}")
        note = self.note(event)
        args = self.arguments(event)
        organizers = self.listed(event, note, "organizer", [name_of[self.organization_of[t.id]]
                                                             for t in args[ORGANIZER]], str, single=True)
        span = None if self.value(note, PLACEHOLDER, (bool,)) else \
            self.span(trigger, self.value(note, "trigger_rule", (str,)))
        return Event(
            event.type, span, self.value(note, "name", (str,)), self.value(note, "date", (str,)),
            organizers[0] if organizers else None,
            self.listed(event, note, "participants", [name_of[self.organization_of[t.id]]
                                                      for t in args[PARTICIPANT]], str),
            self.listed(event, note, "persons", [self.person_of[t.id] for t in args[EVENT_PERSON]], str),
            self.value(note, "location", (str,)), self.value(note, "mode", (str,)),
            self.listed(event, note, "quotes", [self.quote_index[t.id] for t in args[EVENT_QUOTE]], int),
            self.value(note, "rule", (str,)))

    def check_all_read(self) -> None:
        """Refuse triggers without an event and notes nobody reads, rather than drop them silently."""
        triggers = {e.trigger for e in self.doc.events.values()}
        for tb in self.doc.textbounds.values():
            if tb.type not in ENTITY_TYPES and tb.id not in triggers:
                self.fail(tb.line, f"{tb.id}: {tb.type!r} is not an entity type and no event has it as trigger")
        for note in self.doc.notes.values():
            if note.target not in self.read_notes:
                self.fail(note.line, f"the note on {note.target} is not read: notes go on entities and events, "
                                     "not on relations or triggers")


def brat_to_article(txt: str, ann: str, source: str | None = None) -> Article:
    """The article of one ``.txt``/``.ann`` pair; ``source`` (the .ann's path) names it in errors."""
    return _Reader(_Parser(txt, source).parse(ann)).article()


def import_brat(folder: Path) -> list[Article]:
    """Every ``*.ann`` of ``folder`` with its ``.txt``, in file-name order."""
    articles = []
    for ann_path in sorted(folder.glob("*.ann")):
        txt_path = ann_path.with_suffix(".txt")
        if not txt_path.is_file():
            raise ValueError(f"{ann_path}: no text file {txt_path.name} beside it")
        articles.append(brat_to_article(_read(txt_path), _read(ann_path), str(ann_path)))
    return articles


def _read(path: Path) -> str:
    """A file's text without newline translation, so the offsets in the .ann still fit it."""
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()
