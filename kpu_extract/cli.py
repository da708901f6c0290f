"""The ``kpu-extract`` command: extract, batch, show, check-dates, people, link, models, gold, evaluate.

Exit codes: 0 success, 1 a record or command failed, 2 bad usage or input.
Messages go to standard error: a summary by default, nothing with ``--quiet``, and with ``--verbose``
the models and patterns used, a line per failed record and a progress line per chunk.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from .records import ErrorRecord


def _say(message: str) -> None:
    print(f"kpu-extract: {message}", file=sys.stderr)


def _describe_setup(args: argparse.Namespace, mode: str) -> None:
    """With --verbose: where the patterns, the Stanza models and the parse cache come from."""
    from .parse import find_stanza_resources
    from .patterns import patterns_directory

    _say(f"patterns from {patterns_directory()}")
    if mode != "rules":
        found = find_stanza_resources(args.stanza_resources)
        _say(f"Stanza models from {found}" if found else "no Stanza models found")
    if getattr(args, "cache", None):
        _say(f"parse cache in {args.cache}")


def _extractor(args: argparse.Namespace):
    from .pipeline import Extractor

    extractor = Extractor(parser=args.parser, stanza_resources=args.stanza_resources,
                          cache_dir=getattr(args, "cache", None))
    if not args.quiet:
        _say(f"parser mode {extractor.mode}")
    if args.verbose:
        _describe_setup(args, extractor.mode)
    return extractor


def _report_error(record: ErrorRecord) -> None:
    _say(f"{record.source_id}: {record.type}: {record.message}")


def _report_errors_in(path: Path) -> None:
    """With --verbose: one line per error record of a finished batch output."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if '"error"' in line:
                data = json.loads(line)
                if "error" in data:
                    _report_error(ErrorRecord(data.get("source_id"), data["error"]["type"], data["error"]["message"]))


class _ChunkProgress:
    """With --verbose and no terminal: a log line per finished chunk, for long runs watched in a log file."""

    def __init__(self) -> None:
        self.records = 0
        self.started = time.perf_counter()

    def __call__(self, records: int) -> None:
        self.records += records
        elapsed = time.perf_counter() - self.started
        _say(f"{self.records} records done, {elapsed:.1f} s")


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


def _stream_batch(args: argparse.Namespace) -> int:
    """Batch to standard output, in this process, record by record."""
    from .batch import extract_batch, read_inputs

    try:
        inputs = list(read_inputs(args.input))
    except FileNotFoundError as exc:
        print(f"kpu-extract: {exc}", file=sys.stderr)
        return 2
    extractor = _extractor(args)
    articles = errors = 0
    started = time.perf_counter()
    for record in extract_batch(inputs, extractor):
        _write(sys.stdout, record)
        if isinstance(record, ErrorRecord):
            errors += 1
            if args.verbose:
                _report_error(record)
        else:
            articles += 1
    if not args.quiet:
        elapsed = time.perf_counter() - started
        rate = articles / elapsed if elapsed > 0 else 0.0
        print(f"kpu-extract: {len(inputs)} input records, {articles} articles, {errors} errors, "
              f"{elapsed:.1f} s, {rate:.1f} articles/s ({extractor.mode} mode)", file=sys.stderr)
    return 1 if errors and args.strict else 0


def cmd_batch(args: argparse.Namespace) -> int:
    """Batch to a file: worker processes or Dask, resumable; JSON Lines, or tables as csv/parquet."""
    from .batch import run_batch

    if args.output == "-":
        if args.format != "jsonl" or args.resume or args.dask:
            print("kpu-extract: --format csv/parquet, --resume and --dask need an output path (-o)", file=sys.stderr)
            return 2
        return _stream_batch(args)
    if not Path(args.input).exists():
        print(f"kpu-extract: {args.input}: no such file or folder", file=sys.stderr)
        return 2
    jsonl = Path(args.output) if args.format == "jsonl" else Path(f"{args.output}.jsonl")
    progress_bar = None
    progress = None
    if sys.stderr.isatty() and not args.quiet:
        from tqdm import tqdm
        progress_bar = tqdm(unit="record", file=sys.stderr)
        progress = progress_bar.update
    elif args.verbose:
        progress = _ChunkProgress()
    if args.verbose:
        _describe_setup(args, args.parser)
    options = {"parser": args.parser, "stanza_resources": args.stanza_resources, "cache_dir": args.cache}
    try:
        summary = run_batch(args.input, jsonl, workers=args.workers, chunk_size=args.chunk_size,
                            resume=args.resume, dask_address=args.dask, extractor_options=options,
                            progress=progress)
    except (OSError, ValueError, ImportError) as exc:  # ImportError: --dask without the dask extra
        print(f"kpu-extract: {exc}", file=sys.stderr)
        return 2
    finally:
        if progress_bar is not None:
            progress_bar.close()
    if args.verbose:
        _report_errors_in(jsonl)
    if args.format != "jsonl":
        from .frames import write_records
        from .records import read_records

        records, _ = read_records(jsonl)
        try:
            write_records(records, args.output, args.format)
        except ImportError as exc:
            print(f"kpu-extract: {exc}; install kpu-extract[analysis]", file=sys.stderr)
            return 2
        jsonl.unlink()
    if not args.quiet:
        print(f"kpu-extract: {summary.describe()}", file=sys.stderr)
    return 1 if summary.errors and args.strict else 0


def _articles_of(path: Path, args: argparse.Namespace) -> list | None:
    """Records of a JSON Lines file (error lines skipped), or the text file extracted; None when the file cannot be
    read, after saying why on stderr."""
    from .records import read_records

    try:
        if not path.is_file():
            raise ValueError("no such file")
        if path.suffix == ".jsonl":
            return read_records(path)[0]
        return _extractor(args).extract(path.read_text(encoding="utf-8"), path.stem)
    except (UnicodeDecodeError, KeyError) as exc:
        why = f"{type(exc).__name__}: {exc}"
    except ValueError as exc:
        why = str(exc)
    print(f"kpu-extract: {path}: {why}", file=sys.stderr)
    return None


def cmd_show(args: argparse.Namespace) -> int:
    """An HTML picture of a page's articles: a text file is extracted, a JSON Lines file is read."""
    from .show import render_html

    path = Path(args.file)
    articles = _articles_of(path, args)
    if articles is None:
        return 2
    Path(args.output).write_text(render_html(articles, title=path.name), encoding="utf-8")
    if not args.quiet:
        print(f"kpu-extract: {len(articles)} articles drawn in {args.output}", file=sys.stderr)
    return 0


def cmd_check_dates(args: argparse.Namespace) -> int:
    """Articles whose written weekday contradicts their date, with the nearest consistent reading."""
    from .check_dates import check_dates, format_findings

    path = Path(args.input)
    articles = _articles_of(path, args)
    if articles is None:
        return 2
    findings = check_dates(articles)
    sys.stdout.write(format_findings(findings))
    return 1 if findings and args.strict else 0


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


def _records_of(inputs: list[str]) -> list:
    """Article records of one or more JSON Lines files (error lines skipped); ValueError names the bad file."""
    from .records import read_records

    articles = []
    for name in inputs:
        if not Path(name).is_file():
            raise ValueError(f"{name}: no such file")
        articles += read_records(Path(name))[0]
    return articles


def cmd_people(args: argparse.Namespace) -> int:
    """Who held which office in which organization, first and last seen, across articles."""
    from .people import format_people, people_table

    try:
        articles = _records_of(args.input)
    except (OSError, ValueError) as exc:
        print(f"kpu-extract: {exc}", file=sys.stderr)
        return 2
    rows = [r for r in people_table(articles) if len(r.articles) >= args.min_articles]
    sys.stdout.write(format_people(rows, args.format))
    if not args.quiet:
        _say(f"{len(rows)} role holdings from {len(articles)} articles")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    """Person identities, event groups and duplicate articles across articles, with each merge's evidence."""
    from .link import link_articles

    try:
        articles = _records_of(args.input)
    except (OSError, ValueError) as exc:
        print(f"kpu-extract: {exc}", file=sys.stderr)
        return 2
    links = link_articles(articles)
    out = json.dumps(links.to_dict(), ensure_ascii=False, indent=1) + "\n"
    if args.output == "-":
        sys.stdout.write(out)
    else:
        Path(args.output).write_text(out, encoding="utf-8")
    if not args.quiet:
        across = sum(1 for p in links.persons if len({m.article_id for m in p.members}) > 1)
        _say(f"{len(articles)} articles: {len(links.persons)} persons ({across} in several articles), "
             f"{len(links.events)} event groups, {len(links.duplicates)} duplicate groups")
    return 0


CACHE_HELP = "keep Stanza parses in DIR and reuse them on the next run (rules mode needs no cache)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kpu-extract", description=__doc__.splitlines()[0])
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--parser", choices=["auto", "rules", "stanza"], default="auto",
                        help="rules-only, Stanza, or Stanza when its models are found (default)")
    common.add_argument("--stanza-resources", default=None,
                        help="Stanza resources directory (default: $STANZA_RESOURCES_DIR)")
    talk = common.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="no progress or summary on stderr")
    talk.add_argument("-v", "--verbose", action="store_true",
                      help="also the models and patterns used, each failed record, a line per chunk")
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
    batch.add_argument("--workers", type=int, default=None, help="worker processes (default: the cores)")
    batch.add_argument("--chunk-size", type=int, default=64, help="input records per chunk (bounds memory)")
    batch.add_argument("--resume", action="store_true", help="finish a run that was interrupted, keeping its chunks")
    batch.add_argument("--dask", metavar="SCHEDULER_ADDRESS", help="run the chunks on a Dask cluster")
    batch.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl",
                       help="JSON Lines records, or tables (a folder, or a .zip for csv) for analysts")
    batch.set_defaults(func=cmd_batch)

    show = sub.add_parser("show", parents=[common], help="an HTML picture of the articles of a text or JSON Lines file")
    show.add_argument("file", help="a text file (extracted) or a JSON Lines file of records")
    show.add_argument("-o", "--output", default="article.html")
    show.set_defaults(func=cmd_show)

    check = sub.add_parser("check-dates", parents=[common],
                           help="dates whose written weekday contradicts them, with a suggested reading")
    check.add_argument("input", help="a JSON Lines file of records, or a text file (extracted)")
    check.add_argument("--strict", action="store_true", help="exit 1 when any date is inconsistent")
    check.set_defaults(func=cmd_check_dates)

    models = sub.add_parser("models", parents=[common], help="show (or download) the Stanza models")
    models.add_argument("action", nargs="?", choices=["show", "download"], default="show")
    models.set_defaults(func=cmd_models)

    people = sub.add_parser("people", parents=[common],
                            help="who held which office where, first and last seen, across article records")
    people.add_argument("input", nargs="+", help="JSON Lines files of article records")
    people.add_argument("--format", choices=["text", "markdown", "csv"], default="text")
    people.add_argument("--min-articles", type=int, default=1, help="only holdings seen in at least N articles")
    people.set_defaults(func=cmd_people)

    link = sub.add_parser("link", parents=[common],
                          help="the same person, the same event and repeated articles across article records")
    link.add_argument("input", nargs="+", help="JSON Lines files of article records")
    link.add_argument("-o", "--output", default="-", help="output JSON (default: standard output)")
    link.set_defaults(func=cmd_link)

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
