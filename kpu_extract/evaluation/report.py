"""Print evaluations: the per-field table (ours with the baselines beside it), the error list, JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .score import Evaluation, FieldScore, Item, show_key

HEADER = ("field", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1")


def _row(label: str, score: FieldScore) -> list[str]:
    return [label, str(score.gold), str(score.predicted), str(score.true_positives), str(score.false_positives),
            str(score.false_negatives), f"{score.precision:.3f}", f"{score.recall:.3f}", f"{score.f1:.3f}"]


def _rows(ours: Evaluation, baselines: Sequence[Evaluation]) -> list[list[str]]:
    rows = []
    for name, score in ours.fields.items():
        rows.append(_row(name, score))
        for baseline in baselines:
            if name in baseline.fields:
                rows.append(_row(f"  baseline: {baseline.system}", baseline.fields[name]))
    return rows


def _summary(ours: Evaluation, gold_name: str) -> str:
    return (f"{ours.system} on {gold_name}: {ours.articles_gold} gold articles, "
            f"{ours.articles_predicted} predicted, {ours.articles_aligned} aligned")


def format_table(ours: Evaluation, baselines: Sequence[Evaluation] = (), gold_name: str = "gold") -> str:
    """A plain-text table, one row per field and a row per baseline under the fields it covers."""
    rows = [list(HEADER), *_rows(ours, baselines)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    lines = [_summary(ours, gold_name)]
    for row in rows:
        lines.append("  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(row)))
    return "\n".join(lines) + "\n"


def format_markdown(ours: Evaluation, baselines: Sequence[Evaluation] = (), gold_name: str = "gold") -> str:
    """The same table in Markdown, for gold/SCORES.md."""
    lines = [f"{_summary(ours, gold_name)}.", "", "| " + " | ".join(HEADER) + " |",
             "|" + "|".join(["---"] + ["---:"] * (len(HEADER) - 1)) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in _rows(ours, baselines)]
    return "\n".join(lines) + "\n"


def error_kinds(evaluation: Evaluation) -> list[tuple[str, int]]:
    """Error kinds with their counts, commonest first: missed/spurious per field, and span boundary errors."""
    kinds = []
    for name, score in evaluation.fields.items():
        if name.endswith(".partial"):
            continue
        if name.endswith(".strict"):
            kinds.append((f"{name}: wrong boundaries (overlaps a predicted span)", score.boundary))
            kinds.append((f"{name}: missed outright", len(score.missed) - score.boundary))
        else:
            kinds.append((f"{name}: missed", len(score.missed)))
        kinds.append((f"{name}: spurious", len(score.spurious)))
    return sorted((k for k in kinds if k[1]), key=lambda k: -k[1])


def _item_line(kind: str, item: Item) -> str:
    return f"  {kind:<8} {item.article_id:<36} {show_key(item.key)[:60]:<60}  {item.context}"


def format_errors(evaluation: Evaluation) -> str:
    """Every missed and spurious item with its context, grouped by field; the commonest kinds first."""
    lines = [f"Commonest error kinds ({evaluation.system}):"]
    lines += [f"  {count:5d}  {kind}" for kind, count in error_kinds(evaluation)[:10]]
    for name, score in evaluation.fields.items():
        if not score.missed and not score.spurious:
            continue
        lines.append("")
        lines.append(f"== {name}: {len(score.missed)} missed, {len(score.spurious)} spurious ==")
        lines += [_item_line("missed", item) for item in score.missed]
        lines += [_item_line("spurious", item) for item in score.spurious]
    return "\n".join(lines) + "\n"


def format_json(ours: Evaluation, baselines: Sequence[Evaluation] = (), errors: bool = False) -> str:
    """One JSON document: ours and every baseline, with the error items when asked."""
    return json.dumps({"system": ours.to_dict(errors), "baselines": [b.to_dict(errors) for b in baselines]},
                      ensure_ascii=False, indent=1) + "\n"
