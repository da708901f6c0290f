"""Score links across articles against gold/links.yaml: pairwise precision, recall and F1.

Predicted articles are aligned to gold ones as ``score.align`` does (source id and headline); a predicted
person maps to the gold person of the aligned article with the same name, else to the one whose mentions
overlap most. A pair is two members in different articles put in one group; predicted pairs whose members
do not map to gold ones are left out (that is a person or segmentation error, scored elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import yaml

from ..link import Links, link_articles
from ..records import Article, Person
from .score import FieldScore, Item, align

LINK_FIELDS = ["link.person", "link.event", "link.duplicate"]

Pair = tuple[tuple[str, str], tuple[str, str]]


@dataclass(slots=True)
class GoldLinks:
    """The pairs of gold/links.yaml that fall within one gold file."""

    persons: set[Pair]
    events: set[tuple[str, str]]
    duplicates: set[tuple[str, str]]


def _pairs(members: Iterable, different=lambda a, b: True) -> set:
    return {tuple(sorted((a, b))) for a, b in combinations(sorted(set(members)), 2) if different(a, b)}


def load_gold_links(path: str | Path, gold: Sequence[Article]) -> GoldLinks:
    """Gold pairs among the articles of ``gold`` (so the dev file gives dev pairs, the test file test pairs)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    ids = {a.id for a in gold}
    persons, events, duplicates = set(), set(), set()
    for group in data.get("persons", []):
        members = [(a, p) for a, p in group["members"] if a in ids]
        persons |= _pairs(members, lambda x, y: x[0] != y[0])
    for group in data.get("events", []):
        events |= _pairs(a for a in group["members"] if a in ids)
        for duplicate in group.get("duplicates", []):
            duplicates |= _pairs(a for a in duplicate if a in ids)
    return GoldLinks(persons, events, duplicates)


def _name_key(name: str) -> str:
    return " ".join(re.findall(r"\w+", name.casefold()))


def _spans(person: Person, base: int) -> set[int]:
    return {i for m in person.mentions for i in range(base + m.start, base + m.end)}


def map_persons(gold: Article, predicted: Article) -> dict[str, str]:
    """Predicted person id -> gold person id within an aligned pair: same name first, then most overlap."""
    paged = gold.page_span is not None and predicted.page_span is not None
    gold_base = gold.page_span.start if paged else 0
    pred_base = predicted.page_span.start if paged else 0
    out: dict[str, str] = {}
    used: set[str] = set()
    by_name = {_name_key(p.name): p.id for p in gold.persons}
    for person in predicted.persons:
        match = by_name.get(_name_key(person.name))
        if match and match not in used:
            out[person.id] = match
            used.add(match)
    gold_spans = {p.id: _spans(p, gold_base) for p in gold.persons}
    for person in predicted.persons:
        if person.id in out:
            continue
        mine = _spans(person, pred_base)
        overlaps = [(len(mine & s), g) for g, s in gold_spans.items() if g not in used and mine & s]
        if overlaps:
            best = max(overlaps)[1]
            out[person.id] = best
            used.add(best)
    return out


def _score(name: str, gold_pairs: set, predicted_pairs: set) -> FieldScore:
    score = FieldScore(name)
    for pair in sorted(gold_pairs, key=str):
        if pair in predicted_pairs:
            score.true_positives += 1
        else:
            score.false_negatives += 1
            score.missed.append(Item(pair, str(pair[0]), "not linked"))
    for pair in sorted(predicted_pairs - gold_pairs, key=str):
        score.false_positives += 1
        score.spurious.append(Item(pair, str(pair[0]), "linked"))
    return score


def score_links(gold: Sequence[Article], predicted: Sequence[Article], links_path: str | Path,
                links: Links | None = None) -> dict[str, FieldScore]:
    """Pairwise scores of person identities, event groups and duplicates (predictions of gold pages only)."""
    sources = {a.source_id for a in gold}
    predicted = [a for a in predicted if a.source_id in sources]
    links = links or link_articles(predicted)
    truth = load_gold_links(links_path, gold)
    article_map: dict[str, str] = {}
    person_map: dict[tuple[str, str], tuple[str, str]] = {}
    for gold_article, predicted_article in align(gold, predicted):
        if gold_article is None or predicted_article is None:
            continue
        article_map[predicted_article.id] = gold_article.id
        for pid, gid in map_persons(gold_article, predicted_article).items():
            person_map[(predicted_article.id, pid)] = (gold_article.id, gid)
    persons: set = set()
    for identity in links.persons:
        mapped = [person_map[(m.article_id, m.person_id)] for m in identity.members
                  if (m.article_id, m.person_id) in person_map]
        persons |= _pairs(mapped, lambda x, y: x[0] != y[0])
    events: set = set()
    for group in links.events:
        events |= _pairs(article_map[a] for a, _ in group.members if a in article_map)
    duplicates: set = set()
    for duplicate in links.duplicates:
        duplicates |= _pairs(article_map[a] for a in duplicate.articles if a in article_map)
    return {"link.person": _score("link.person", truth.persons, persons),
            "link.event": _score("link.event", truth.events, events),
            "link.duplicate": _score("link.duplicate", truth.duplicates, duplicates)}
