"""The ``kpu-extract`` command: extract, batch, models, gold, evaluate.

Exit codes: 0 success, 1 a record or command failed, 2 bad usage or input.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .records import ErrorRecord


def _extractor(args: argparse.Namespace):
    from .pipeline import Extractor

    extractor = Extractor(parser=args.parser, stanza_resources=args.stanza_resources,
                          cache_dir=getattr(args, "cache", None))
    if not args.quiet:
        print(f"kpu-extract: parser mode {extractor.mode}", file=sys.stderr)
    return extractor


def _write(handle, record) -> None:
    handle.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


def cmd_extract(args: argparse.Namespace) -> int:
    if args.file == "-":
        raw = sys.stdin.buffer.read()
        source_id = "stdin"
    else:
        path = Path(args.file)
        if not path.is_file():
            print(f"kpu-extract: {path}: no such file", file=sys.stderr)
            return 2
        raw = path.read_bytes()
        source_id = path.stem
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        _write(sys.stdout, ErrorRecord(source_id, "InvalidUTF8", str(exc)))
        return 1
    for article in _extractor(args).extract(text, source_id):
        _write(sys.stdout, article)
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    from .batch import extract_batch, read_inputs

    try:
        inputs = list(read_inputs(args.input))
    except FileNotFoundError as exc:
        print(f"kpu-extract: {exc}", file=sys.stderr)
        return 2
    extractor = _extractor(args)
    out = open(args.output, "w", encoding="utf-8") if args.output != "-" else sys.stdout
    progress = None
    if sys.stderr.isatty() and not args.quiet:
        from tqdm import tqdm
        progress = tqdm(total=len(inputs), unit="page", file=sys.stderr)
    articles = errors = 0
    started = time.perf_counter()
    seen_sources: set[str | None] = set()
    try:
        for record in extract_batch(inputs, extractor):
            _write(out, record)
            if isinstance(record, ErrorRecord):
                errors += 1
                key = ("error", record.source_id, record.message)
            else:
                articles += 1
                key = record.source_id
            if progress is not None and key not in seen_sources:
                seen_sources.add(key)
                progress.update(1)
    finally:
        if out is not sys.stdout:
            out.close()
        if progress is not None:
            progress.close()
    elapsed = time.perf_counter() - started
    if not args.quiet:
        rate = articles / elapsed if elapsed > 0 else 0.0
        print(f"kpu-extract: {len(inputs)} input records, {articles} articles, {errors} errors, "
              f"{elapsed:.1f} s, {rate:.1f} articles/s ({extractor.mode} mode)", file=sys.stderr)
    return 1 if errors and args.strict else 0


def cmd_models(args: argparse.Namespace) -> int:
    from .parse import find_stanza_resources

    if args.action == "download":
        print("kpu-extract: downloading the Stanza Indonesian models needs the network.", file=sys.stderr)
        import stanza
        stanza.download("id", model_dir=args.stanza_resources) if args.stanza_resources else stanza.download("id")
        return 0
    found = find_stanza_resources(args.stanza_resources)
    if found is None:
        print("no Stanza Indonesian models found (looked at --stanza-resources, $STANZA_RESOURCES_DIR, "
              "~/stanza_resources); rules-only mode will be used")
        return 1
    print(f"Stanza resources: {found}")
    for processor in sorted((found / "id").iterdir()):
        print(f"  {processor.name}: {', '.join(sorted(p.name for p in processor.iterdir()))}")
    return 0


CACHE_HELP = "keep Stanza parses in DIR and reuse them on the next run (rules mode needs no cache)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kpu-extract", description=__doc__.splitlines()[0])
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--parser", choices=["auto", "rules", "stanza"], default="auto",
                        help="rules-only, Stanza, or Stanza when its models are found (default)")
    common.add_argument("--stanza-resources", default=None,
                        help="Stanza resources directory (default: $STANZA_RESOURCES_DIR)")
    common.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", parents=[common], help="one text in, its article records out (JSON Lines)")
    extract.add_argument("file", help="a text file, or - for standard input")
    extract.add_argument("--cache", metavar="DIR", help=CACHE_HELP)
    extract.set_defaults(func=cmd_extract)

    batch = sub.add_parser("batch", parents=[common], help="a JSON Lines file or folder of .txt to JSON Lines")
    batch.add_argument("input")
    batch.add_argument("-o", "--output", default="-", help="output JSON Lines (default: standard output)")
    batch.add_argument("--strict", action="store_true", help="exit 1 when any record failed")
    batch.add_argument("--cache", metavar="DIR", help=CACHE_HELP)
    batch.set_defaults(func=cmd_batch)

    models = sub.add_parser("models", parents=[common], help="show (or download) the Stanza models")
    models.add_argument("action", nargs="?", choices=["show", "download"], default="show")
    models.set_defaults(func=cmd_models)

    try:
        from .evaluation.cli import add_commands
    except ImportError:
        pass
    else:
        add_commands(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
