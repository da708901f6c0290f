"""``kpu-extract gold build|validate``: the gold set's commands (registered by the main CLI)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from .gold import GoldBuilder, validate_records

SEED_OFFICES = {"000": "kab-blora.kpu.go.id", "001": "kab-blora.kpu.go.id", "002": "kab-grobogan.kpu.go.id",
                "003": "kab-blora.kpu.go.id", "004": "kab-blora.kpu.go.id"}


def office_of(record: dict) -> str:
    """The KPU office (site) an article comes from: the unit of the dev/test split."""
    return record["meta"].get("site") or SEED_OFFICES.get(record["source_id"][:3], record["source_id"])


def cmd_gold(args: argparse.Namespace) -> int:
    if args.action == "build":
        report = GoldBuilder(Path(args.corpus)).build(Path(args.path))
        for problem in report.problems:
            print(problem, file=sys.stderr)
        splits = yaml.safe_load((Path(args.output) / "splits.yaml").read_text(encoding="utf-8"))
        test_offices = set(splits["test_offices"])
        out = {"dev": [], "test": []}
        for article in report.articles:
            record = article.to_dict()
            out["test" if office_of(record) in test_offices else "dev"].append(record)
        for split, records in out.items():
            with open(Path(args.output) / f"{split}.jsonl", "w", encoding="utf-8") as handle:
                for record in records:
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"gold: {len(out['dev'])} dev and {len(out['test'])} test articles, "
              f"{len(report.problems)} problems", file=sys.stderr)
        return 1 if report.problems else 0
    problems = []
    files = sorted(Path(args.path).glob("*.jsonl")) if Path(args.path).is_dir() else [Path(args.path)]
    for file in files:
        records = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
        problems += [f"{file}:{p}" for p in validate_records(records)]
    for problem in problems:
        print(problem)
    print(f"gold: {len(files)} files checked, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    gold = sub.add_parser("gold", help="build the gold set from gold/src, or validate gold JSON Lines")
    gold.add_argument("action", choices=["build", "validate"])
    gold.add_argument("path", help="build: the sources folder (gold/src); validate: a gold folder or file")
    gold.add_argument("-o", "--output", default="gold", help="build: where dev.jsonl and test.jsonl go")
    gold.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2].parent / "shared" / "corpus"),
                      help="build: the shared corpus (pages.jsonl and seeds/)")
    gold.set_defaults(func=cmd_gold)
