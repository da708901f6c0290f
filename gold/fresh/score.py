"""Score `kpu-extract batch` output on a fresh set: the main event's fields (events sets), persons, roles, quote
speakers, organization names and date values (persons sets), or both (sets labelled for both), each as a multiset per
article, as the evaluator scores the gold's values.

    kpu-extract batch gold/fresh/dev8/articles.jsonl -o out/dev8.jsonl
    python gold/fresh/score.py gold/fresh/dev8/labels.jsonl out/dev8.jsonl [--errors]
"""
from __future__ import annotations

import argparse
import collections
import json
import re
from collections.abc import Callable, Iterable

EVENT_FIELDS = ("type", "date", "organizer", "mode", "participants")
PERSON_FIELDS = ("person.name", "role.triple", "role.division", "quote.speaker", "organization.name", "date.value")
_OF_PERSONS = PERSON_FIELDS[:3]  # the fields read from the persons of a label or a record alike (_person_items)


def _norm(text: str | None) -> str | None:
    return " ".join(text.split()) if text else text


def _division_words(text: str | None) -> tuple[str, ...]:
    """A division as its sorted distinct words: order, punctuation and "dan" do not matter (annotation.md)."""
    return tuple(sorted({w for w in re.findall(r"\w+", (text or "").casefold()) if w != "dan"}))


def _opening(text: str) -> str:
    """A quote's first four words, case and quote marks aside: labels give the opening, predictions the whole quote."""
    return " ".join(text.split()[:4]).casefold().strip("\"“”'‘’ ")


def _event_items(field: str) -> Callable[[dict], list]:
    def items(event: dict) -> list:
        if field == "participants":
            return [_norm(p) for p in event.get("participants") or []]
        return [_norm(event[field])] if event.get(field) else []
    return items


def _person_items(field: str, persons: list[dict]) -> list:
    """Names, role triples or divisions of persons, which labels and records write alike."""
    if field == "person.name":
        return [_norm(p["name"]) for p in persons]
    if field == "role.triple":
        return [(_norm(p["name"]), _norm(r.get("title")), _norm(r.get("organization")))
                for p in persons for r in p.get("roles", [])]
    return [(_norm(p["name"]), _division_words(r["division"])) for p in persons for r in p.get("roles", [])
            if r.get("division")]


def _label_person_items(field: str, label: dict) -> list:
    if field in _OF_PERSONS:
        return _person_items(field, label.get("persons", []))
    if field == "quote.speaker":
        return [(_opening(q["opening"]), _norm(q.get("speaker"))) for q in label.get("quotes", [])]
    if field == "organization.name":
        return [_norm(o) for o in label.get("organizations", [])]
    return [d for d in label.get("dates", []) if d]


def _record_person_items(field: str, records: Iterable[dict]) -> list:
    out: list = []
    for record in records:
        if field in _OF_PERSONS:
            out += _person_items(field, record["persons"])
        elif field == "quote.speaker":
            out += [(_opening(q["text"]), _norm(q.get("speaker_name"))) for q in record.get("quotes", [])
                    if q.get("kind", "direct") == "direct"]
        elif field == "organization.name":
            out += [_norm(o["name"]) for o in record.get("organizations", [])]
        else:
            out += [d["value"] for d in record.get("dates", []) if d.get("value")]
    return out


def _read_jsonl(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score(labels: list[dict], records: list[dict], errors: bool = False) -> list[str]:
    """One line per field (P, R, F1 and tp fp fn), with the differing items under it when ``errors``."""
    by_source: dict[str, list[dict]] = collections.defaultdict(list)
    for record in records:
        by_source[record["source_id"]].append(record)
    fields = (EVENT_FIELDS if "type" in labels[0] else ()) + (PERSON_FIELDS if "persons" in labels[0] else ())
    lines = []
    for field in fields:
        tp = fp = fn = 0
        wrong = []
        for label in labels:
            found = by_source.get(label["id"], [])
            if field in EVENT_FIELDS:
                main = found[0]["events"][0] if found and found[0].get("events") else {}
                gold = collections.Counter(_event_items(field)(label))
                pred = collections.Counter(_event_items(field)(main))
            else:
                gold = collections.Counter(_label_person_items(field, label))
                pred = collections.Counter(_record_person_items(field, found))
            hit = sum((gold & pred).values())
            tp, fp, fn = tp + hit, fp + sum(pred.values()) - hit, fn + sum(gold.values()) - hit
            wrong += [f"  missed   {label['id']} {item}" for item in (gold - pred).elements()]
            wrong += [f"  spurious {label['id']} {item}" for item in (pred - gold).elements()]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        lines.append(f"{field:18s} P {precision:.3f} R {recall:.3f} F1 {f1:.3f} ({tp} {fp} {fn})  n={len(labels)}")
        if errors:
            lines += wrong
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description="Score kpu-extract batch output on one fresh set (gold/fresh/README.md).")
    parser.add_argument("labels", help="labels.jsonl of one fresh set")
    parser.add_argument("pred", help="kpu-extract batch output of the set's articles.jsonl")
    parser.add_argument("--errors", action="store_true", help="list missed and spurious items per field")
    args = parser.parse_args()
    print("\n".join(score(_read_jsonl(args.labels), _read_jsonl(args.pred), args.errors)))


if __name__ == "__main__":
    main()
