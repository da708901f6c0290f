"""``kpu-extract gold build|validate`` and ``kpu-extract evaluate``: the commands of evaluation (registered by the main CLI)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from ..records import Article, read_records
from .baselines import (DATE_FIELDS, PERSON_FIELDS, capitalised_run_persons, dateparser_dates,
                        propn_run_persons)
from .brat import export_brat, import_brat
from .gold import GoldBuilder, validate_records
from .report import format_errors, format_json, format_markdown, format_table
from .score import Evaluation, evaluate, restrict

SEED_OFFICES = {"000": "kab-blora.kpu.go.id", "001": "kab-blora.kpu.go.id", "002": "kab-grobogan.kpu.go.id",
                "003": "kab-blora.kpu.go.id", "004": "kab-blora.kpu.go.id"}


def office_of(record: dict) -> str:
    """The KPU office (site) an article comes from: the unit of the dev/test split."""
    return record["meta"].get("site") or SEED_OFFICES.get(record["source_id"][:3], record["source_id"])


def cmd_brat(args: argparse.Namespace) -> int:
    """``gold export-brat FILE -o DIR`` and ``gold import-brat DIR -o FILE``."""
    try:
        if args.action == "export-brat":
            articles, _ = read_records(Path(args.path))
            written = export_brat(articles, Path(args.output))
            print(f"gold: {len(written)} articles written to {args.output}", file=sys.stderr)
            return 0
        articles = import_brat(Path(args.path))
    except (OSError, ValueError) as exc:
        print(f"kpu-extract gold: {exc}", file=sys.stderr)
        return 2
    lines = "".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in articles)
    if args.output == "-":
        sys.stdout.write(lines)
    else:
        Path(args.output).write_text(lines, encoding="utf-8")
    print(f"gold: {len(articles)} articles read from {args.path}", file=sys.stderr)
    return 0


def cmd_gold(args: argparse.Namespace) -> int:
    if args.action == "export-brat" and not args.output:
        print("kpu-extract gold export-brat: give the brat folder with -o", file=sys.stderr)
        return 2
    if args.action in {"export-brat", "import-brat"}:
        args.output = args.output or "-"
        return cmd_brat(args)
    if args.action == "build":
        report = GoldBuilder(Path(args.corpus)).build(Path(args.path))
        for line in report.counts if args.counts else ():
            print(line)
        for problem in report.problems:
            print(problem, file=sys.stderr)
        output = Path(args.output or "gold")
        splits_file = Path(args.splits) if args.splits else Path(args.path).parent / "splits.yaml"
        try:
            test_offices = set(yaml.safe_load(splits_file.read_text(encoding="utf-8"))["test_offices"])
        except (OSError, KeyError, TypeError) as exc:
            print(f"kpu-extract gold build: cannot read the split's test_offices from {splits_file} ({exc}); "
                  "give it with --splits", file=sys.stderr)
            return 2
        output.mkdir(parents=True, exist_ok=True)
        out = {"dev": [], "test": []}
        for article in report.articles:
            record = article.to_dict()
            out["test" if office_of(record) in test_offices else "dev"].append(record)
        for split, records in out.items():
            with open(output / f"{split}.jsonl", "w", encoding="utf-8") as handle:
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


def baseline_evaluations(gold: list[Article], persons: str = "auto",
                         stanza_resources: str | None = None) -> list[Evaluation]:
    """The baselines a user would reach for, scored on the fields they produce."""
    from ..parse import find_stanza_resources

    runs = [("dateparser search_dates", dateparser_dates(gold), DATE_FIELDS)]
    if persons in {"auto", "capitalised"}:
        runs.append(("capitalised runs", capitalised_run_persons(gold), PERSON_FIELDS))
    if persons == "stanza" or (persons == "auto" and find_stanza_resources(stanza_resources) is not None):
        runs.append(("Stanza PROPN runs", propn_run_persons(gold, stanza_resources), PERSON_FIELDS))
    return [restrict(evaluate(gold, predicted, name), fields) for name, predicted, fields in runs]


def cmd_evaluate(args: argparse.Namespace) -> int:
    try:
        gold, _ = read_records(Path(args.gold))
        predicted, failed = [], 0
        for path in args.pred:
            articles, errors = read_records(Path(path))
            predicted += articles
            failed += errors
    except (OSError, ValueError) as exc:
        print(f"kpu-extract evaluate: {exc}", file=sys.stderr)
        return 2
    if not gold:
        print(f"kpu-extract evaluate: {args.gold}: no gold articles", file=sys.stderr)
        return 2
    if failed:
        print(f"kpu-extract evaluate: {failed} error lines in the predictions (their pages count as missed)",
              file=sys.stderr)
    ours = evaluate(gold, predicted, args.system, restrict_to_gold_sources=not args.all_sources)
    if args.links:
        from .links import score_links

        try:
            ours.fields.update(score_links(gold, predicted, args.links))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"kpu-extract evaluate: {args.links}: {type(exc).__name__}: {exc}", file=sys.stderr)
            return 2
    baselines = [] if args.baseline == "none" else baseline_evaluations(gold, args.baseline, args.stanza_resources)
    if args.format == "json":
        out = format_json(ours, baselines, errors=args.errors)
    else:
        formatter = format_markdown if args.format == "markdown" else format_table
        out = formatter(ours, baselines, args.gold)
        if args.errors:
            out += "\n" + format_errors(ours)
    if args.output:
        Path(args.output).write_text(out, encoding="utf-8")
    else:
        sys.stdout.write(out)
    return 0


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    gold = sub.add_parser("gold", help="build the gold set from gold/src, validate it, or convert to and from brat")
    gold.add_argument("action", choices=["build", "validate", "export-brat", "import-brat"])
    gold.add_argument("path", help="build: the sources folder (gold/src); validate: a gold folder or file; "
                                   "export-brat: a JSON Lines file; import-brat: a brat folder")
    gold.add_argument("-o", "--output", default=None,
                      help="build: where dev.jsonl and test.jsonl go (default gold); export-brat: the brat folder; "
                           "import-brat: the JSON Lines file (default standard output)")
    gold.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2].parent / "shared" / "corpus"),
                      help="build: the shared corpus (pages.jsonl and seeds/)")
    gold.add_argument("--counts", action="store_true",
                      help="build: print how many occurrences each mention string took (to check a label)")
    gold.add_argument("--splits", default=None,
                      help="build: the split by office (default: splits.yaml beside the sources folder)")
    gold.set_defaults(func=cmd_gold)

    evaluation = sub.add_parser("evaluate", help="score predicted records against gold records, per field")
    evaluation.add_argument("--gold", required=True, help="gold JSON Lines (gold/dev.jsonl or gold/test.jsonl)")
    evaluation.add_argument("--pred", required=True, nargs="+", help="predicted JSON Lines (kpu-extract batch output)")
    evaluation.add_argument("--errors", action="store_true", help="list every missed and spurious item, by field")
    evaluation.add_argument("--format", choices=["text", "markdown", "json"], default="text")
    evaluation.add_argument("--baseline", choices=["auto", "capitalised", "stanza", "none"], default="auto",
                            help="person baseline: capitalised runs, Stanza PROPN runs, both when the models are "
                                 "found (auto), or no baselines at all")
    evaluation.add_argument("--stanza-resources", default=None, help="Stanza resources for the PROPN baseline")
    evaluation.add_argument("--system", default="kpu-extract", help="the name printed for the predictions")
    evaluation.add_argument("--all-sources", action="store_true",
                            help="count predicted pages the gold does not hold as spurious (default: ignore them)")
    evaluation.add_argument("--links", metavar="LINKS_YAML",
                            help="also score links across articles (persons, events, duplicates) pairwise "
                                 "against this file (gold/links.yaml)")
    evaluation.add_argument("-o", "--output", help="write the report here instead of standard output")
    evaluation.set_defaults(func=cmd_evaluate)
