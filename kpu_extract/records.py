"""Typed records for everything the library extracts, and their one JSON form.

The JSON form is the article record of the contract (schema ``kpu-extract/1``,
``spec/record.md``). Extra fields that the spec allows (``page_span``,
``region_code``, ``parser``, ``rule``) are added, never renamed.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "kpu-extract/1"


@dataclass(slots=True)
class Span:
    """A piece of an article's text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.rule:
            out["rule"] = self.rule
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Span | None:
        if data is None:
            return None
        return cls(data["start"], data["end"], data["text"], data.get("rule"))


@dataclass(slots=True)
class Role:
    """A person's office: title, optional division and organization, and where the text says so."""

    title: str
    division: str | None = None
    organization: str | None = None
    evidence: Span | None = None
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "title": self.title,
            "division": self.division,
            "organization": self.organization,
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }
        if self.rule:
            out["rule"] = self.rule
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Role:
        return cls(data["title"], data.get("division"), data.get("organization"),
                   Span.from_dict(data.get("evidence")), data.get("rule"))


@dataclass(slots=True)
class Person:
    id: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name,
                "mentions": [m.to_dict() for m in self.mentions],
                "roles": [r.to_dict() for r in self.roles]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Person:
        return cls(data["id"], data["name"],
                   [Span.from_dict(m) for m in data.get("mentions", [])],
                   [Role.from_dict(r) for r in data.get("roles", [])])


@dataclass(slots=True)
class Organization:
    id: str
    name: str
    acronym: str | None = None
    mentions: list[Span] = field(default_factory=list)
    region_code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name": self.name, "acronym": self.acronym,
                               "mentions": [m.to_dict() for m in self.mentions]}
        if self.region_code:
            out["region_code"] = self.region_code
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Organization:
        return cls(data["id"], data["name"], data.get("acronym"),
                   [Span.from_dict(m) for m in data.get("mentions", [])], data.get("region_code"))


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None
    weekday: str | None = None
    weekday_consistent: bool | None = None
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                               "value": self.value, "weekday": self.weekday,
                               "weekday_consistent": self.weekday_consistent}
        if self.rule:
            out["rule"] = self.rule
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateMention:
        return cls(data["start"], data["end"], data["text"], data["value"], data.get("weekday"),
                   data.get("weekday_consistent"), data.get("rule"))


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_name: str | None = None
    cue: Span | None = None
    rule: str | None = None
    kind: str = "direct"  # "direct": words inside quote marks; "indirect": a reported clause ("X mengatakan bahwa ...")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                               "speaker": self.speaker, "speaker_name": self.speaker_name,
                               "cue": self.cue.to_dict() if self.cue else None}
        if self.rule:
            out["rule"] = self.rule
        out["kind"] = self.kind
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(data["start"], data["end"], data["text"], data.get("speaker"),
                   data.get("speaker_name"), Span.from_dict(data.get("cue")), data.get("rule"),
                   data.get("kind") or "direct")


@dataclass(slots=True)
class Event:
    type: str
    trigger: Span | None = None
    name: str | None = None
    date: str | None = None
    organizer: str | None = None
    participants: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    location: str | None = None
    mode: str | None = None
    quotes: list[int] = field(default_factory=list)
    rule: str | None = None
    theme: str | None = None
    audience: list[str] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type, "trigger": self.trigger.to_dict() if self.trigger else None,
            "name": self.name, "date": self.date, "organizer": self.organizer,
            "participants": list(self.participants), "persons": list(self.persons),
            "location": self.location, "mode": self.mode, "quotes": list(self.quotes)}
        if self.rule:
            out["rule"] = self.rule
        if self.theme:
            out["theme"] = self.theme
        if self.audience:
            out["audience"] = list(self.audience)
        if self.rules:
            out["rules"] = dict(self.rules)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        return cls(data["type"], Span.from_dict(data.get("trigger")), data.get("name"),
                   data.get("date"), data.get("organizer"), list(data.get("participants", [])),
                   list(data.get("persons", [])), data.get("location"), data.get("mode"),
                   list(data.get("quotes", [])), data.get("rule"), data.get("theme"),
                   list(data.get("audience", [])), dict(data.get("rules", {})))


@dataclass(slots=True)
class Article:
    """One article of a page, with everything extracted from it."""

    source_id: str
    article_index: int
    headline: str | None
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    page_span: Span | None = None
    parser: str | None = None

    @property
    def id(self) -> str:
        return f"{self.source_id}#{self.article_index}"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": SCHEMA, "id": self.id, "source_id": self.source_id,
            "article_index": self.article_index, "headline": self.headline, "text": self.text,
            "meta": dict(self.meta),
            "persons": [p.to_dict() for p in self.persons],
            "organizations": [o.to_dict() for o in self.organizations],
            "dates": [d.to_dict() for d in self.dates],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }
        if self.page_span is not None:
            out["page_span"] = {"start": self.page_span.start, "end": self.page_span.end}
        if self.parser:
            out["parser"] = self.parser
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        page_span = data.get("page_span")
        return cls(
            source_id=data["source_id"], article_index=data["article_index"],
            headline=data.get("headline"), text=data["text"], meta=dict(data.get("meta", {})),
            persons=[Person.from_dict(p) for p in data.get("persons", [])],
            organizations=[Organization.from_dict(o) for o in data.get("organizations", [])],
            dates=[DateMention.from_dict(d) for d in data.get("dates", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            events=[Event.from_dict(e) for e in data.get("events", [])],
            page_span=(Span(page_span["start"], page_span["end"], "") if page_span else None),
            parser=data.get("parser"),
        )


@dataclass(slots=True)
class ErrorRecord:
    """The line a batch writes for an input record it could not process."""

    source_id: str | None
    type: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "source_id": self.source_id,
                "error": {"type": self.type, "message": self.message}}


def read_records(path: str | os.PathLike[str]) -> tuple[list[Article], int]:
    """The article records of a JSON Lines file and the number of error lines in it; ValueError names file:line."""
    articles, errors = [], 0
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                if "error" in data:
                    errors += 1
                    continue
                articles.append(Article.from_dict(data))
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
                raise ValueError(f"{path}:{number}: not an article record: {type(exc).__name__}: {exc}") from exc
    return articles, errors
