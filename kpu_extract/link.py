"""Links across articles: the same person in several articles, the same activity reported twice, repeated articles.

Consumes finished article records only (never the extractors' internals). Every merge is conservative and
carries its evidence, so a user can see why two articles or two persons were joined:

- Duplicates: the same text after normalisation, or one text's word 5-shingles almost all inside the other's.
- Event groups: duplicates, and main events on the same date whose type or headline agree and that share a
  person, a headline or an event name; organizers that are both known must be the same or related.
- Person identities: the same name (degrees and honorifics removed, name words such as "Moh."/"Muhammad" read
  as one word, patterns/link.yaml); the same name with an initial for a word; the same name of two or more
  words with or without a leading Muhammad; none of these when both hold offices in regions apart (two
  regencies, or a regency and another province: two people of one name). Only in the same office or the same
  event: a spelling variant (an old spelling, or one letter of link.yaml in a long word) or a one-word name;
  a short form only when exactly one full name in that office or event contains it.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from .patterns import LetterVariant, load_lexicons
from .records import Article, Person
from .regions import LEVELS, load_gazetteer

SHINGLE_WORDS = 5
NEAR_DUPLICATE_CONTAINMENT = 0.8
MIN_SHINGLES = 15
HEADLINE_SIMILARITY = 0.3
HEADLINE_WORD_MIN_CHARS = 4
SPELLING_MIN_CHARS = 5


# ---- typed records -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True, order=True)
class Member:
    """One person record of one article."""

    article_id: str
    person_id: str

    def to_list(self) -> list[str]:
        return [self.article_id, self.person_id]


@dataclass(frozen=True, slots=True)
class Merge:
    """Why two person records (or two articles) were joined."""

    left: str
    right: str
    evidence: str

    def to_dict(self) -> dict[str, str]:
        return {"left": self.left, "right": self.right, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class RoleSeen:
    """One office of a person as one article states it, dated by the article (see ``article_date``)."""

    date: str | None
    article_id: str
    title: str
    division: str | None
    organization: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "article": self.article_id, "title": self.title,
                "division": self.division, "organization": self.organization}


@dataclass(slots=True)
class PersonIdentity:
    """One human across articles: a stable id, the canonical name, its written variants and the merges."""

    id: str
    name: str
    variants: list[str]
    members: list[Member]
    timeline: list[RoleSeen] = field(default_factory=list)
    evidence: list[Merge] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "variants": list(self.variants),
                "members": [m.to_list() for m in self.members],
                "timeline": [r.to_dict() for r in self.timeline],
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(slots=True)
class EventGroup:
    """Main events of several articles that report one activity; members are (article id, event index)."""

    id: str
    members: list[tuple[str, int]]
    type: str | None
    date: str | None
    evidence: list[Merge] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "members": [list(m) for m in self.members], "type": self.type, "date": self.date,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(slots=True)
class Duplicate:
    """Articles with the same or nearly the same text: one article repeated, not a second event."""

    articles: list[str]
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"articles": list(self.articles), "evidence": self.evidence}


@dataclass(slots=True)
class Links:
    """Everything ``link_articles`` found over a set of articles."""

    persons: list[PersonIdentity]
    events: list[EventGroup]
    duplicates: list[Duplicate]

    def person_of(self) -> dict[Member, str]:
        """The identity id of every (article id, person id)."""
        return {m: p.id for p in self.persons for m in p.members}

    def to_dict(self) -> dict[str, Any]:
        return {"persons": [p.to_dict() for p in self.persons], "events": [e.to_dict() for e in self.events],
                "duplicates": [d.to_dict() for d in self.duplicates]}


# ---- helpers -----------------------------------------------------------------------------------

class _UnionFind:
    """Groups joined by merges, remembering each merge's evidence."""

    def __init__(self, keys: Iterable[Any]) -> None:
        self.parent = {k: k for k in keys}
        self.merges: list[tuple[Any, Any, str]] = []

    def find(self, key: Any) -> Any:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: Any, b: Any, evidence: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        self.merges.append((a, b, evidence))
        return True

    def groups(self) -> list[list[Any]]:
        out: dict[Any, list[Any]] = defaultdict(list)
        for key in self.parent:
            out[self.find(key)].append(key)
        return [sorted(g) for g in out.values()]


def article_date(article: Article) -> str | None:
    """The article's date: its main event's date, else the first calendar date written in it, else None."""
    if article.events and article.events[0].date:
        return article.events[0].date
    return next((d.value for d in article.dates if d.value), None)


def _normal_text(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _shingles(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def _headline_words(article: Article) -> set[str]:
    source = article.headline or article.text[:200]
    return {w for w in re.findall(r"\w+", source.casefold()) if len(w) >= HEADLINE_WORD_MIN_CHARS}


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class _NameCleaner:
    """Degrees and honorifics (patterns/honorifics.yaml) removed from a name, and its comparison forms."""

    def __init__(self) -> None:
        lexicons = load_lexicons()
        self.strip = {self._bare(w) for w in (*lexicons.honorifics, *lexicons.degrees)}
        self.words = {self._bare(w): self._bare(e.canonical) for e in lexicons.link_name_words for w in e.spellings}
        self.canonical_words = frozenset(self.words.values())
        self.droppable = {self._bare(e.canonical) for e in lexicons.link_name_words if e.droppable}
        self.letters = lexicons.letter_variants

    @staticmethod
    def _bare(word: str) -> str:
        return re.sub(r"[^\w']", "", word).casefold()

    def clean(self, name: str) -> str:
        """The name without degrees and honorifics, single spaces (the canonical form of annotation.md)."""
        words = [w for w in re.split(r"[\s,]+", name) if w]
        while len(words) > 1 and self._bare(words[0]) in self.strip:
            words.pop(0)
        while len(words) > 1 and self._bare(words[-1]) in self.strip:
            words.pop()
        return " ".join(words)

    def key(self, name: str) -> tuple[str, ...]:
        """Words of the cleaned name, case and full stops ignored ("Ary K." and "Ary K" agree), each name word
        of link.yaml as its canonical word ("Moh." and "Muhammad" agree)."""
        words = (self._bare(w) for w in self.clean(name).split())
        return tuple(self.words.get(w, w) for w in words if w)

    def core(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """The key without a leading word that names drop (Muhammad, or its initial M)."""
        if key and any(key[0] == d or len(key[0]) == 1 and d.startswith(key[0]) for d in self.droppable):
            return key[1:]
        return key

    def prefix_initial(self, initial: str, word: str) -> bool:
        """An initial of a leading name word of link.yaml ("M." of Muhammad): it stands for that word as a whole."""
        return len(initial) == 1 and word in self.canonical_words and word.startswith(initial)


def _skeleton(word: str) -> str:
    """A spelling-neutral form of a name word: old spellings (oe, dj, tj, ch), y for i and doubled letters."""
    word = word.casefold().replace("'", "").replace("’", "")
    for old, new in (("oe", "u"), ("dj", "j"), ("tj", "c"), ("ch", "h"), ("kh", "h")):
        word = word.replace(old, new)
    word = word[:1] + word[1:].replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", word)


def _initial_match(short: tuple[str, ...], full: tuple[str, ...], cleaner: _NameCleaner) -> bool:
    """Same words, one or more written as the initial of the other's word, at least two whole words equal; a
    leading initial of a name word of link.yaml ("M." for Muhammad) counts as that whole word."""
    if len(short) != len(full) or short == full:
        return False
    whole = 0
    for index, (a, b) in enumerate(zip(short, full)):
        if a == b or index == 0 and (cleaner.prefix_initial(a, b) or cleaner.prefix_initial(b, a)):
            whole += 1
        elif not (len(a) == 1 and b.startswith(a) or len(b) == 1 and a.startswith(b)):
            return False
    return whole >= 2


def _one_letter_variant(a: str, b: str, letters: Sequence[LetterVariant]) -> bool:
    """``a`` and ``b`` differ by one letter of ``letters`` (link.yaml): two letters swapped anywhere but the first
    letter ("Istikomah"/"Istiqomah"), or as the last letter ("Suwarna"/"Suwarno"), or one silent letter written
    or left out ("Shobirin"/"Sobirin")."""
    if a == b or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) != 1:
            return False
        pair, last = {a[diff[0]], b[diff[0]]}, diff[0] == len(a) - 1
        return any(v.at in ("any", "end") and pair == set(v.letters) and (v.at == "any" or last) for v in letters)
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) != len(shorter) + 1:
        return False
    silent = {v.letters[0] for v in letters if v.at == "silent"}
    return any(longer[i] in silent and longer[:i] + longer[i + 1:] == shorter for i in range(1, len(longer)))


def _spelling_variant(ka: tuple[str, ...], kb: tuple[str, ...], letters: Sequence[LetterVariant]) -> bool:
    """Names of one human spelt differently: a one-word name by its skeleton (old spellings, y for i, doubled
    letters); a longer name word by word, one word only written otherwise, by its skeleton or, in a word of five
    letters or more, by one letter of link.yaml (shorter words are too easily another name)."""
    if len(ka) != len(kb) or ka == kb:
        return False
    if len(ka) == 1:
        return _skeleton(ka[0]) == _skeleton(kb[0])
    differing = [(a, b) for a, b in zip(ka, kb) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    sa, sb = _skeleton(a), _skeleton(b)
    return sa == sb or min(len(a), len(b)) >= SPELLING_MIN_CHARS and _one_letter_variant(sa, sb, letters)


def _contains_run(full: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return 0 < n < len(full) and any(full[i:i + n] == short for i in range(len(full) - n + 1))


# ---- duplicates and events ---------------------------------------------------------------------

def find_duplicates(articles: Sequence[Article]) -> tuple[list[Duplicate], list[tuple[str, str, str]]]:
    """Groups of repeated articles, and the pairwise merges behind them."""
    ids = [a.id for a in articles]
    union = _UnionFind(ids)
    by_hash: dict[str, str] = {}
    words = {a.id: _normal_text(a.text).split() for a in articles}
    shingles = {i: _shingles(w) for i, w in words.items()}
    for article in articles:
        digest = hashlib.sha1(" ".join(words[article.id]).encode("utf-8")).hexdigest()
        if digest in by_hash:
            union.union(by_hash[digest], article.id, "same normalised text")
        else:
            by_hash[digest] = article.id
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for article_id, found in shingles.items():
        for shingle in found:
            index[shingle].add(article_id)
    for a in ids:
        if len(shingles[a]) < MIN_SHINGLES:
            continue
        shared: dict[str, int] = defaultdict(int)
        for shingle in shingles[a]:
            for b in index[shingle]:
                if b > a:
                    shared[b] += 1
        for b, count in sorted(shared.items()):
            smaller = min(len(shingles[a]), len(shingles[b]))
            if smaller >= MIN_SHINGLES and count / smaller >= NEAR_DUPLICATE_CONTAINMENT:
                union.union(a, b, f"{count / smaller:.0%} of the shorter text's word 5-grams in the other")
    merges = union.merges
    duplicates = []
    for group in union.groups():
        if len(group) > 1:
            reasons = sorted({m[2] for m in merges if union.find(m[0]) == union.find(group[0])})
            duplicates.append(Duplicate(group, "; ".join(reasons)))
    return duplicates, merges


def _organizers_related(a: Article, b: Article) -> bool | None:
    """True when the organizers agree or one is a participant of the other's event; None when one is unknown."""
    ea, eb = a.events[0], b.events[0]
    if not ea.organizer or not eb.organizer:
        return None
    return ea.organizer == eb.organizer or ea.organizer in eb.participants or eb.organizer in ea.participants


def _person_keys(article: Article, cleaner: _NameCleaner) -> set[tuple[str, ...]]:
    return {cleaner.key(p.name) for p in article.persons if len(cleaner.key(p.name)) >= 2}


def _same_event(a: Article, b: Article, cleaner: _NameCleaner) -> list[str] | None:
    """The evidence that two articles' main events are one activity, or None."""
    if not a.events or not b.events:
        return None
    ea, eb = a.events[0], b.events[0]
    if not ea.date or ea.date != eb.date:
        return None
    related = _organizers_related(a, b)
    if related is False:
        return None
    similarity = _jaccard(_headline_words(a), _headline_words(b))
    shared = sorted(" ".join(k) for k in _person_keys(a, cleaner) & _person_keys(b, cleaner))
    same_name = bool(ea.name and eb.name and ea.name.casefold() == eb.name.casefold())
    if ea.type != eb.type and similarity < HEADLINE_SIMILARITY:
        return None
    if not (shared or same_name or similarity >= HEADLINE_SIMILARITY):
        return None
    evidence = [f"same date {ea.date}"]
    if ea.type == eb.type:
        evidence.append(f"same type {ea.type}")
    if related:
        evidence.append("same organizer" if ea.organizer == eb.organizer else "related organizer")
    if same_name:
        evidence.append(f"same event name {ea.name!r}")
    if shared:
        evidence.append("shared persons: " + ", ".join(shared))
    if similarity >= HEADLINE_SIMILARITY:
        evidence.append(f"headline similarity {similarity:.2f}")
    return evidence


def group_events(articles: Sequence[Article], duplicate_merges: Sequence[tuple[str, str, str]],
                 cleaner: _NameCleaner) -> list[EventGroup]:
    """Main events reporting one activity (duplicates included), in groups of two or more."""
    by_id = {a.id: a for a in articles}
    union = _UnionFind(by_id)
    for a, b, reason in duplicate_merges:
        union.union(a, b, f"duplicate article ({reason})")
    by_date: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if article.events and article.events[0].date:
            by_date[article.events[0].date].append(article)
    for same_day in by_date.values():
        for a, b in combinations(same_day, 2):
            evidence = _same_event(a, b, cleaner)
            if evidence:
                union.union(a.id, b.id, "; ".join(evidence))
    groups = []
    for group in union.groups():
        if len(group) < 2:
            continue
        members = [(i, 0) for i in group if by_id[i].events] or [(i, 0) for i in group]
        first = by_id[group[0]].events[0] if by_id[group[0]].events else None
        evidence = [Merge(a, b, e) for a, b, e in union.merges if union.find(a) == union.find(group[0])]
        groups.append(EventGroup("", members, first.type if first else None,
                                 next((by_id[i].events[0].date for i in group
                                       if by_id[i].events and by_id[i].events[0].date), None), evidence))
    groups.sort(key=lambda g: (g.date or "", g.members))
    for number, group in enumerate(groups, 1):
        group.id = f"E{number}"
    return groups


# ---- persons -----------------------------------------------------------------------------------

@dataclass(slots=True)
class _Record:
    """One person of one article, with what linking needs."""

    member: Member
    person: Person
    key: tuple[str, ...]
    offices: frozenset[str]
    regions: frozenset[str] = frozenset()


def _office_regions(offices: Iterable[str]) -> frozenset[str]:
    """Kemendagri codes of the regions the offices name ("KPU Kabupaten Bantul": 34.02); national or unplaced
    offices (KPU RI, Disdukcapil) name none."""
    gazetteer = load_gazetteer()
    codes = set()
    for office in offices:
        words = office.split()
        for index, word in enumerate(words[:-1]):
            if word in LEVELS:
                region = gazetteer.lookup(" ".join(words[index + 1:]), word)
                if region:
                    codes.add(region.code)
                break
    return frozenset(codes)


def _regions_apart(a: _Record, b: _Record) -> bool:
    """Both hold offices in known regions and no region of one is, or contains, or lies in, a region of the
    other: a Ketua of KPU Kabupaten Wonogiri and a member of KPU Kabupaten Bantul are two people of one name,
    while a move from KPU Kabupaten Grobogan to KPU Provinsi Jawa Tengah, or to KPU RI, is one person's career."""
    if not a.regions or not b.regions:
        return False
    return not any(x == y or x.startswith(y + ".") or y.startswith(x + ".") for x in a.regions for y in b.regions)


def _offices(article: Article, person: Person) -> frozenset[str]:
    """Organizations the person holds an office in; a role without one falls back on the main event's organizer."""
    found = {r.organization for r in person.roles if r.organization}
    if any(not r.organization for r in person.roles) and article.events and article.events[0].organizer:
        found.add(article.events[0].organizer)
    return frozenset(found)


def link_persons(articles: Sequence[Article], events: Sequence[EventGroup],
                 cleaner: _NameCleaner) -> list[PersonIdentity]:
    """Person identities across articles; every person record is in exactly one identity."""
    event_of = {a: g.id for g in events for a, _ in g.members}
    records = {}
    for article in articles:
        for person in article.persons:
            key = cleaner.key(person.name)
            if key:
                member = Member(article.id, person.id)
                offices = _offices(article, person)
                records[member] = _Record(member, person, key, offices, _office_regions(offices))
    union = _UnionFind(records)

    def neighbours(a: _Record, b: _Record) -> str | None:
        shared = sorted(a.offices & b.offices)
        if shared:
            return f"in the same office ({shared[0]})"
        event = event_of.get(a.member.article_id)
        if event and event == event_of.get(b.member.article_id):
            return f"in the same event ({event})"
        return None

    by_key: dict[tuple[str, ...], list[_Record]] = defaultdict(list)
    for record in records.values():
        by_key[record.key].append(record)
    for key, same in by_key.items():
        for a, b in combinations(same, 2):
            if a.member.article_id == b.member.article_id:
                continue
            if len(key) >= 2:
                if not _regions_apart(a, b):
                    union.union(a.member, b.member, _same_name_evidence(a.person.name, b.person.name, cleaner))
            else:
                place = neighbours(a, b)
                if place:
                    union.union(a.member, b.member, f"same one-word name {place}")

    keys = list(by_key)
    cores: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for key in keys:
        cores[cleaner.core(key)].append(key)
    for core, same in cores.items():
        if len(core) < 2:
            continue
        for ka, kb in combinations(same, 2):
            for a, b in _across_articles(by_key[ka], by_key[kb]):
                if not _regions_apart(a, b):
                    union.union(a.member, b.member, f"same name as {b.person.name} but a leading Muhammad")

    for ka, kb in _variant_pairs(keys, cleaner.letters):
        for a, b in _across_articles(by_key[ka], by_key[kb]):
            place = neighbours(a, b)
            if place:
                union.union(a.member, b.member, f"spelling variant of {b.person.name} {place}")

    for ka, kb in combinations(keys, 2):
        if _initial_match(ka, kb, cleaner):
            for a, b in _across_articles(by_key[ka], by_key[kb]):
                if not _regions_apart(a, b):
                    union.union(a.member, b.member, f"{a.person.name} is {b.person.name} with an initial")

    for short in keys:
        for record in by_key[short]:
            candidates = {}
            for full in keys:
                if not _contains_run(full, short):
                    continue
                for other in by_key[full]:
                    place = neighbours(record, other)
                    if place and other.member.article_id != record.member.article_id:
                        candidates.setdefault(full, (other, place))
            if len(candidates) == 1:
                other, place = next(iter(candidates.values()))
                union.union(record.member, other.member, f"short form of {other.person.name} {place}")

    return _identities(articles, records, union)


def _across_articles(first: Sequence[_Record], second: Sequence[_Record]) -> Iterator[tuple[_Record, _Record]]:
    """Every pair of a record of ``first`` and one of ``second`` from two different articles (one article's persons
    are already told apart by the extractor)."""
    for a in first:
        for b in second:
            if a.member.article_id != b.member.article_id:
                yield a, b


def _variant_pairs(keys: Sequence[tuple[str, ...]],
                   letters: Sequence[LetterVariant]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Pairs of keys that are spelling variants; only keys of one length sharing a word (or, one-word names, a
    skeleton) are compared, so a large collection is not compared all against all."""
    blocks: dict[tuple[int, str], list[tuple[str, ...]]] = defaultdict(list)
    for key in keys:
        for word in (key if len(key) > 1 else (_skeleton(key[0]),)):
            blocks[(len(key), word)].append(key)
    pairs = set()
    for block in blocks.values():
        for ka, kb in combinations(block, 2):
            if ka != kb and _spelling_variant(ka, kb, letters):
                pairs.add((ka, kb) if ka < kb else (kb, ka))
    return sorted(pairs)


def _same_name_evidence(a: str, b: str, cleaner: _NameCleaner) -> str:
    if a == b:
        return "same name"
    if cleaner.clean(a) == cleaner.clean(b):
        return "same name without degrees or honorifics"
    if [w.casefold().strip(".,") for w in cleaner.clean(a).split()] != \
            [w.casefold().strip(".,") for w in cleaner.clean(b).split()]:
        return "same name, a name word written another way"
    return "same name, punctuation aside"


def _canonical(names: Iterable[str], cleaner: _NameCleaner) -> str:
    """The longest full form: most words, fewest initials, then the longest and most frequent."""
    cleaned = [cleaner.clean(n) for n in names]
    counts = {n: cleaned.count(n) for n in cleaned}

    def rank(name: str) -> tuple:
        words = name.split()
        initials = sum(len(w.rstrip(".")) == 1 for w in words)
        return (len(words) - initials, -initials, len(name), counts[name], name)

    return max(cleaned, key=rank)


def _identities(articles: Sequence[Article], records: dict[Member, _Record],
                union: _UnionFind) -> list[PersonIdentity]:
    by_article = {a.id: a for a in articles}
    cleaner = _NameCleaner()
    out = []
    for group in union.groups():
        persons = [records[m] for m in group]
        name = _canonical([r.person.name for r in persons], cleaner)
        timeline = []
        for record in persons:
            date = article_date(by_article[record.member.article_id])
            for role in record.person.roles:
                timeline.append(RoleSeen(date, record.member.article_id, role.title, role.division,
                                         role.organization))
        timeline.sort(key=lambda r: (r.date or "9999", r.article_id, r.title))
        evidence = [Merge(f"{a.article_id} {a.person_id}", f"{b.article_id} {b.person_id}", e)
                    for a, b, e in union.merges if union.find(a) == union.find(group[0])]
        variants = sorted({r.person.name for r in persons} - {name})
        out.append(PersonIdentity("", name, variants, sorted(group, key=lambda m: (m.article_id, m.person_id)),
                                  timeline, evidence))
    out.sort(key=lambda p: (p.name, p.members[0].article_id))
    taken: dict[str, int] = defaultdict(int)
    for identity in out:
        slug = "-".join(re.findall(r"\w+", identity.name.casefold())) or "person"
        taken[slug] += 1
        identity.id = slug if taken[slug] == 1 else f"{slug}-{taken[slug]}"
    return out


def link_articles(articles: Sequence[Article]) -> Links:
    """Duplicates, event groups and person identities over ``articles`` (ids must be unique)."""
    cleaner = _NameCleaner()
    duplicates, merges = find_duplicates(articles)
    events = group_events(articles, merges, cleaner)
    persons = link_persons(articles, events, cleaner)
    return Links(persons, events, duplicates)
