"""Score article records against the gold set, field by field: precision, recall and F1 with counts.

Articles are aligned by source id and headline; an unaligned article counts all
its items as missed (gold) or spurious (prediction). Within an aligned pair,
span fields compare page offsets (``page_span``) when both records carry them,
so a different article start does not shift every mention. Value fields compare
multisets of canonical values per article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..records import Article, Quote

CONTEXT_CHARS = 40


@dataclass(frozen=True, slots=True)
class Item:
    """One thing an article claims: its comparison key, its page span (span fields) and where it sits."""

    key: Hashable
    article_id: str
    context: str
    span: tuple[int, int] | None = None


@dataclass(slots=True)
class FieldScore:
    """Counts for one field, with the items that were missed or spurious."""

    name: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    missed: list[Item] = field(default_factory=list)
    spurious: list[Item] = field(default_factory=list)
    boundary: int = 0

    @property
    def gold(self) -> int:
        return self.true_positives + self.false_negatives

    @property
    def predicted(self) -> int:
        return self.true_positives + self.false_positives

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.name, "gold": self.gold, "predicted": self.predicted,
                               "tp": self.true_positives, "fp": self.false_positives, "fn": self.false_negatives,
                               "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                               "f1": round(self.f1, 4)}
        if errors:
            out["missed"] = [_item_dict(i) for i in self.missed]
            out["spurious"] = [_item_dict(i) for i in self.spurious]
        return out


def _item_dict(item: Item) -> dict[str, Any]:
    key = item.key if isinstance(item.key, (str, int, type(None))) else show_key(item.key)
    return {"article": item.article_id, "value": key, "context": item.context}


@dataclass(slots=True)
class Evaluation:
    """Scores of one system over a set of aligned articles."""

    system: str
    fields: dict[str, FieldScore]
    articles_gold: int = 0
    articles_predicted: int = 0
    articles_aligned: int = 0

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        return {"system": self.system, "articles": {"gold": self.articles_gold, "predicted": self.articles_predicted,
                                                    "aligned": self.articles_aligned},
                "fields": [f.to_dict(errors) for f in self.fields.values()]}


# ---- what each field claims ------------------------------------------------------------------

def _norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None


def _words(text: str) -> frozenset[str]:
    """A division as a set of words: punctuation and "dan" do not matter (annotation.md)."""
    return frozenset(w for w in re.findall(r"\w+", text.casefold()) if w != "dan")


def _around(article: Article, start: int, end: int) -> str:
    text = article.text
    before = text[max(0, start - CONTEXT_CHARS):start]
    after = text[end:end + CONTEXT_CHARS]
    return " ".join(f"{before}«{text[start:end]}»{after}".split())


def show_key(key: Hashable) -> str:
    if isinstance(key, tuple):
        return " | ".join(show_key(k) for k in key)
    if isinstance(key, frozenset):
        return " ".join(sorted(key))
    return str(key)


SpanGetter = Callable[[Article], Iterable[tuple[int, int]]]


def _person_spans(article: Article) -> Iterator[tuple[int, int]]:
    for person in article.persons:
        for mention in person.mentions:
            yield mention.start, mention.end


def _organization_spans(article: Article) -> Iterator[tuple[int, int]]:
    for organization in article.organizations:
        for mention in organization.mentions:
            yield mention.start, mention.end


def _date_spans(article: Article) -> Iterator[tuple[int, int]]:
    for date in article.dates:
        yield date.start, date.end


def _direct_quotes(article: Article) -> list[Quote]:
    """Quotes in marks: the gold holds only these, so indirect speech stays out of the quote figures."""
    return [q for q in article.quotes if q.kind == "direct"]


def _quote_spans(article: Article) -> Iterator[tuple[int, int]]:
    for quote in _direct_quotes(article):
        yield quote.start, quote.end


SPAN_FIELDS: dict[str, SpanGetter] = {
    "person.span": _person_spans,
    "organization.span": _organization_spans,
    "date.span": _date_spans,
    "quote.span": _quote_spans,
}


def _headline(article: Article) -> list[Item]:
    return [Item(_norm(article.headline), article.id, f"{article.source_id}: {article.headline!r}")]


def _person_names(article: Article) -> list[Item]:
    return [Item(_norm(p.name), article.id, _first_mention(article, p.mentions)) for p in article.persons]


def _first_mention(article: Article, mentions) -> str:
    return _around(article, mentions[0].start, mentions[0].end) if mentions else article.id


def _role_triples(article: Article) -> list[Item]:
    return [Item((_norm(p.name), _norm(r.title), _norm(r.organization)), article.id,
                 r.evidence.text if r.evidence else _first_mention(article, p.mentions))
            for p in article.persons for r in p.roles]


def _role_divisions(article: Article) -> list[Item]:
    return [Item((_norm(p.name), _words(r.division)), article.id,
                 r.evidence.text if r.evidence else _first_mention(article, p.mentions))
            for p in article.persons for r in p.roles if r.division]


def _organization_names(article: Article) -> list[Item]:
    return [Item(_norm(o.name), article.id, _first_mention(article, o.mentions)) for o in article.organizations]


def _date_values(article: Article) -> list[Item]:
    return [Item(d.value, article.id, _around(article, d.start, d.end)) for d in article.dates if d.value]


def _quote_speakers(article: Article) -> list[Item]:
    return [Item((_norm(q.text), _norm(q.speaker_name)), article.id,
                 f"{_norm(q.text)[:70]!r} — {q.speaker_name}") for q in _direct_quotes(article)]


def _main_event_slot(slot: str) -> Callable[[Article], list[Item]]:
    def items(article: Article) -> list[Item]:
        if not article.events:
            return []
        value = getattr(article.events[0], slot)
        context = f"{article.id} {article.headline!r}"
        return [Item(value, article.id, context)] if value else []
    items.__doc__ = f"The main event's {slot}."
    return items


def _event_participants(article: Article) -> list[Item]:
    if not article.events:
        return []
    return [Item(_norm(p), article.id, f"{article.id} {article.headline!r}") for p in article.events[0].participants]


def _event_persons(article: Article) -> list[Item]:
    if not article.events:
        return []
    names = {p.id: p.name for p in article.persons}
    return [Item(_norm(names.get(pid, pid)), article.id, f"{article.id} {article.headline!r}")
            for pid in article.events[0].persons]


VALUE_FIELDS: dict[str, Callable[[Article], list[Item]]] = {
    "segmentation.headline": _headline,
    "person.name": _person_names,
    "role.triple": _role_triples,
    "role.division": _role_divisions,
    "organization.name": _organization_names,
    "date.value": _date_values,
    "quote.speaker": _quote_speakers,
    "event.type": _main_event_slot("type"),
    "event.date": _main_event_slot("date"),
    "event.organizer": _main_event_slot("organizer"),
    "event.mode": _main_event_slot("mode"),
    "event.participants": _event_participants,
    "event.persons": _event_persons,
}

FIELD_ORDER = ["segmentation.headline",
               "person.span.strict", "person.span.partial", "person.name", "role.triple", "role.division",
               "organization.span.strict", "organization.span.partial", "organization.name",
               "date.span.strict", "date.span.partial", "date.value",
               "quote.span.strict", "quote.span.partial", "quote.speaker",
               "event.type", "event.date", "event.organizer", "event.mode", "event.participants", "event.persons"]


# ---- matching -----------------------------------------------------------------------------------

def _span_items(article: Article, getter: SpanGetter, base: int) -> list[Item]:
    return [Item((base + a, base + b), article.id, _around(article, a, b), (base + a, base + b))
            for a, b in getter(article)]


def _match_values(score: FieldScore, gold: list[Item], predicted: list[Item]) -> None:
    """Multiset matching on keys."""
    remaining = Counter(i.key for i in predicted)
    for item in gold:
        if remaining[item.key] > 0:
            remaining[item.key] -= 1
            score.true_positives += 1
        else:
            score.false_negatives += 1
            score.missed.append(item)
    unmatched = Counter(i.key for i in gold)
    for item in predicted:
        if unmatched[item.key] > 0:
            unmatched[item.key] -= 1
        else:
            score.false_positives += 1
            score.spurious.append(item)


def _match_partial(score: FieldScore, gold: list[Item], predicted: list[Item]) -> None:
    """One-to-one matching of overlapping spans, exact matches first, then by largest overlap."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for g, gi in enumerate(gold):
        for p, pi in enumerate(predicted):
            overlap = min(gi.span[1], pi.span[1]) - max(gi.span[0], pi.span[0])
            if overlap > 0:
                pairs.append((gi.span != pi.span, -overlap, g, p))
    for _, _, g, p in sorted(pairs):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
    score.true_positives += len(used_gold)
    for g, item in enumerate(gold):
        if g not in used_gold:
            score.false_negatives += 1
            score.missed.append(item)
    for p, item in enumerate(predicted):
        if p not in used_pred:
            score.false_positives += 1
            score.spurious.append(item)


def _overlaps_any(item: Item, others: list[Item]) -> bool:
    return any(min(item.span[1], o.span[1]) > max(item.span[0], o.span[0]) for o in others)


def _alignment_key(article: Article) -> tuple[str, str | None]:
    headline = _norm(article.headline)
    return article.source_id, headline.casefold() if headline else None


def align(gold: Sequence[Article], predicted: Sequence[Article]) -> list[tuple[Article | None, Article | None]]:
    """Pairs of gold and predicted articles with the same source id and headline (in page order when repeated)."""
    def numbered(articles: Sequence[Article]) -> dict[tuple, Article]:
        seen: Counter = Counter()
        out = {}
        for article in articles:
            key = _alignment_key(article)
            out[(*key, seen[key])] = article
            seen[key] += 1
        return out

    gold_by_key, predicted_by_key = numbered(gold), numbered(predicted)
    pairs: list[tuple[Article | None, Article | None]] = [(g, predicted_by_key.get(k)) for k, g in gold_by_key.items()]
    pairs += [(None, p) for k, p in predicted_by_key.items() if k not in gold_by_key]
    return pairs


def evaluate(gold: Sequence[Article], predicted: Sequence[Article], system: str = "kpu-extract",
             restrict_to_gold_sources: bool = True) -> Evaluation:
    """Score ``predicted`` against ``gold``; predictions of pages the gold does not hold are ignored by default."""
    if restrict_to_gold_sources:
        sources = {a.source_id for a in gold}
        predicted = [a for a in predicted if a.source_id in sources]
    scores = {name: FieldScore(name) for name in FIELD_ORDER}
    pairs = align(gold, predicted)
    for gold_article, predicted_article in pairs:
        both_paged = (gold_article is not None and predicted_article is not None
                      and gold_article.page_span is not None and predicted_article.page_span is not None)

        def base(article: Article | None) -> int:
            return article.page_span.start if both_paged and article is not None else 0

        for name, getter in VALUE_FIELDS.items():
            _match_values(scores[name], getter(gold_article) if gold_article else [],
                          getter(predicted_article) if predicted_article else [])
        for name, getter in SPAN_FIELDS.items():
            gold_items = _span_items(gold_article, getter, base(gold_article)) if gold_article else []
            predicted_items = _span_items(predicted_article, getter, base(predicted_article)) if predicted_article else []
            strict = scores[f"{name}.strict"]
            already_missed = len(strict.missed)
            _match_values(strict, gold_items, predicted_items)
            strict.boundary += sum(_overlaps_any(i, predicted_items) for i in strict.missed[already_missed:])
            _match_partial(scores[f"{name}.partial"], gold_items, predicted_items)
    return Evaluation(system, scores, len(gold), len(predicted),
                      sum(1 for g, p in pairs if g is not None and p is not None))


def restrict(evaluation: Evaluation, fields: Iterable[str]) -> Evaluation:
    """The same evaluation with only ``fields`` (a baseline is scored on the fields it produces)."""
    wanted = set(fields)
    return Evaluation(evaluation.system, {k: v for k, v in evaluation.fields.items() if k in wanted},
                      evaluation.articles_gold, evaluation.articles_predicted, evaluation.articles_aligned)
