"""How far a blind second reading of the main event agrees with the gold (session 18 agreement study).

Usage: python gold/review/agreement.py gold/test.jsonl gold/review/reread-s18-test.tsv

The TSV has one row per re-read article (id, type, trigger, date, organizer, participants joined by " ; ",
mode, note; "-" for none). Values are compared as the evaluator compares them, ignoring case; precision,
recall and F1 treat the gold as reference and the second reading as prediction.
"""
import csv
import json
import sys
from collections import Counter

FIELDS = ["type", "date", "organizer", "mode", "participants"]


def gold_events(path: str) -> dict[str, dict]:
    events = {}
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        event = (record.get("events") or [{}])[0]
        events[record["id"]] = {field: event.get(field) for field in FIELDS}
    return events


def reread_events(path: str) -> dict[str, dict]:
    def value(text: str) -> str | None:
        text = " ".join(text.split())
        return None if text in ("", "-") else text

    events = {}
    with open(path, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            parts = value(row["participants"])
            events[row["id"]] = {field: value(row[field]) for field in FIELDS[:-1]}
            events[row["id"]]["participants"] = [p.strip() for p in parts.split(";")] if parts else []
    return events


def counts(gold: dict, other: dict, field: str) -> tuple[int, int, int]:
    """(tp, fp, fn) of one article's field, values compared ignoring case and spacing."""
    as_list = (lambda v: v or []) if field == "participants" else (lambda v: [v] if v else [])
    g = Counter(" ".join(v.split()).casefold() for v in as_list(gold[field]))
    o = Counter(" ".join(v.split()).casefold() for v in as_list(other[field]))
    tp = sum((g & o).values())
    return tp, sum(o.values()) - tp, sum(g.values()) - tp


def main(gold_path: str, reread_path: str) -> None:
    gold, reread = gold_events(gold_path), reread_events(reread_path)
    ids = [i for i in reread if i in gold]
    print(f"{len(ids)} articles re-read\nfield            tp  fp  fn      P      R     F1")
    for field in FIELDS:
        tp, fp, fn = map(sum, zip(*(counts(gold[i], reread[i], field) for i in ids)))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{field:14} {tp:4} {fp:3} {fn:3}  {p:.3f}  {r:.3f}  {f1:.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
