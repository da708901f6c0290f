"""Batch extraction: read JSON Lines or a folder of .txt, write article records, never stop for one bad record.

Every input record yields its article records, or one error line
``{"schema": ..., "source_id": ..., "error": {"type", "message"}}``; the batch goes on.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from .pipeline import Extractor
from .records import Article, ErrorRecord
from .resume import ChunkStats, ChunkStore, input_fingerprint


@dataclass(slots=True)
class InputRecord:
    """One page to extract, or the reason it cannot be read (``error``)."""

    source_id: str | None
    text: Any
    meta: dict[str, Any]
    error: ErrorRecord | None = None


def parse_line(raw: bytes, where: str, seen: set[str] | None = None) -> InputRecord | None:
    """One JSON Lines line as an input record (``None`` for a blank line); ``seen`` catches duplicate ids."""
    if not raw.strip():
        return None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputRecord(None, None, {}, ErrorRecord(where, "InvalidUTF8", f"{where}: not UTF-8 ({exc})"))
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        cut = "" if raw.endswith(b"\n") else " (last line without a newline: the file looks truncated)"
        return InputRecord(None, None, {}, ErrorRecord(where, "InvalidJSON", f"{where}: {exc.msg}{cut}"))
    if not isinstance(data, dict):
        return InputRecord(None, None, {}, ErrorRecord(where, "InvalidRecord", f"{where}: not a JSON object"))
    source_id = str(data.get("id", where))
    meta = {k: v for k, v in data.items() if k not in {"id", "text"}}
    if "text" not in data:
        return InputRecord(source_id, None, meta, ErrorRecord(source_id, "MissingText", f"{where}: no `text` field"))
    if not isinstance(data["text"], str):
        return InputRecord(source_id, None, meta, ErrorRecord(
            source_id, "InvalidText", f"{where}: `text` is {type(data['text']).__name__}, not a string"))
    if seen is not None:
        if source_id in seen:
            return InputRecord(source_id, None, meta, ErrorRecord(
                source_id, "DuplicateId", f"{where}: id {source_id!r} was already processed"))
        seen.add(source_id)
    return InputRecord(source_id, data["text"], meta)


def read_jsonl(path: Path) -> Iterator[InputRecord]:
    """Records of a JSON Lines file; a bad line becomes an error record with its line number."""
    seen: set[str] = set()
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            record = parse_line(raw, f"{path.name}:{number}", seen)
            if record is not None:
                yield record


def read_folder(path: Path) -> Iterator[InputRecord]:
    """Records of a folder of .txt files (the id is the file name without .txt)."""
    for file in sorted(path.glob("*.txt")):
        try:
            text = file.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputRecord(file.stem, None, {}, ErrorRecord(file.stem, "InvalidUTF8", f"{file.name}: {exc}"))
            continue
        except OSError as exc:
            yield InputRecord(file.stem, None, {}, ErrorRecord(file.stem, "ReadError", f"{file.name}: {exc}"))
            continue
        if "\x00" in text:
            yield InputRecord(file.stem, None, {}, ErrorRecord(file.stem, "BinaryFile", f"{file.name}: not a text file"))
            continue
        yield InputRecord(file.stem, text, {})


def read_inputs(path: str | Path) -> Iterator[InputRecord]:
    """JSON Lines file or folder of .txt, as the spec's batch input."""
    path = Path(path)
    if path.is_dir():
        return read_folder(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file or folder")
    return read_jsonl(path)


def extract_batch(records: Iterable[InputRecord | dict[str, Any]], extractor: Extractor | None = None,
                  chunk_size: int = 32) -> Iterator[Article | ErrorRecord]:
    """Article records (or one error record per failed input), in input order."""
    extractor = extractor or Extractor()
    chunk: list[InputRecord] = []

    def flush() -> Iterator[Article | ErrorRecord]:
        good = [r for r in chunk if r.error is None]
        try:
            results = iter(extractor.extract_pages([(r.source_id, r.text, r.meta) for r in good]))
        except Exception:  # one bad page must not lose the others: retry one by one
            results = None
        for record in chunk:
            if record.error is not None:
                yield record.error
                continue
            if results is not None:
                yield from next(results)
                continue
            try:
                yield from extractor.extract(record.text, record.source_id, record.meta)
            except Exception as exc:  # reported as the record's error line; the batch goes on
                yield ErrorRecord(record.source_id, type(exc).__name__, str(exc)[:500])

    for record in records:
        if isinstance(record, dict):
            record = InputRecord(str(record.get("id")), record.get("text"),
                                 {k: v for k, v in record.items() if k not in {"id", "text"}},
                                 None if isinstance(record.get("text"), str) else
                                 ErrorRecord(str(record.get("id")), "InvalidText", "`text` is missing or not a string"))
        chunk.append(record)
        if len(chunk) >= chunk_size:
            yield from flush()
            chunk = []
    if chunk:
        yield from flush()


_EXTRACTORS: dict[str, Extractor] = {}


def worker_extractor(options: Mapping[str, Any] | None = None) -> Extractor:
    """The Extractor of this process for ``options`` (Extractor keyword arguments), built once per process."""
    key = json.dumps(dict(options or {}), sort_keys=True, default=str)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(**dict(options or {}))
    return _EXTRACTORS[key]


def start_worker(options: Mapping[str, Any], threads: int) -> None:
    """Pool initializer: the cores shared among the workers (left alone, torch starts a thread per core in
    every Stanza worker and two workers on two cores ran five times slower than one), then the Extractor."""
    if options.get("parser") != "rules":
        try:
            import torch
        except ImportError:
            pass
        else:
            torch.set_num_threads(threads)
    worker_extractor(options)


def process_chunk(records: list[InputRecord], options: Mapping[str, Any] | None = None) -> tuple[list[str], ChunkStats]:
    """Output lines of a chunk of input records, in order, and what they gave (runs in a worker)."""
    started = time.process_time()
    lines: list[str] = []
    stats = ChunkStats(records=len(records))
    for record in extract_batch(records, worker_extractor(options), chunk_size=max(1, len(records))):
        lines.append(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        if isinstance(record, ErrorRecord):
            stats.errors[record.type] = stats.errors.get(record.type, 0) + 1
        else:
            stats.articles += 1
    stats.cpu_seconds = time.process_time() - started
    stats.worker_peak_mb = _peak_memory_mb()
    return lines, stats


def _peak_memory_mb() -> float:
    """This process's peak resident memory in MB (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(slots=True)
class BatchSummary:
    """What a batch run did: input records, articles and error lines written, errors by type, the workers'
    CPU seconds and the largest worker's peak memory."""

    records: int = 0
    articles: int = 0
    errors: int = 0
    errors_by_type: dict[str, int] = field(default_factory=dict)
    chunks: int = 0
    resumed_chunks: int = 0
    elapsed: float = 0.0
    cpu_seconds: float = 0.0
    worker_peak_mb: float = 0.0

    def add(self, stats: ChunkStats) -> None:
        self.records += stats.records
        self.articles += stats.articles
        self.cpu_seconds += stats.cpu_seconds
        self.worker_peak_mb = max(self.worker_peak_mb, stats.worker_peak_mb)
        for kind, count in stats.errors.items():
            self.errors += count
            self.errors_by_type[kind] = self.errors_by_type.get(kind, 0) + count

    def describe(self) -> str:
        """One line for the end of a run."""
        rate = self.articles / self.elapsed if self.elapsed > 0 else 0.0
        kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(self.errors_by_type.items()))
        resumed = f", {self.resumed_chunks} of {self.chunks} chunks from an earlier run" if self.resumed_chunks else ""
        memory = f", peak {self.worker_peak_mb:.0f} MB per worker" if self.worker_peak_mb else ""
        return (f"{self.records} input records, {self.articles} articles, {self.errors} errors"
                f"{f' ({kinds})' if kinds else ''}, {self.elapsed:.1f} s, {rate:.1f} articles/s{memory}{resumed}")


def chunked(records: Iterable[InputRecord], size: int) -> Iterator[list[InputRecord]]:
    """Consecutive lists of ``size`` records (the last may be shorter)."""
    chunk: list[InputRecord] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pool_context(options: Mapping[str, Any]) -> multiprocessing.context.BaseContext:
    """``fork`` in rules mode: workers inherit this process's imports and Extractor and start at once (no
    model or thread pool to share); otherwise ``forkserver`` (or ``spawn``), safe with Stanza's threads."""
    methods = multiprocessing.get_all_start_methods()
    if options.get("parser") == "rules" and "fork" in methods:
        worker_extractor(options)
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _ordered(submit: Callable[[list[InputRecord]], Future], jobs: Iterable[tuple[int, list[InputRecord] | None]],
             window: int) -> Iterator[tuple[int, Future | None]]:
    """Futures in submission order, at most ``window`` running at once (memory bounded by the chunk size)."""
    pending: deque[tuple[int, Future | None]] = deque()
    for index, chunk in jobs:
        pending.append((index, None if chunk is None else submit(chunk)))
        while len(pending) > window or (pending and pending[0][1] is None):
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def run_batch(inputs_path: str | os.PathLike[str], output_path: str | os.PathLike[str], *,
              workers: int | None = None, chunk_size: int = 64, resume: bool = False,
              dask_address: str | None = None, extractor_options: Mapping[str, Any] | None = None,
              progress: Callable[[int], None] | None = None) -> BatchSummary:
    """Extract a JSON Lines file or folder of .txt into ``output_path``, in input order, resumable after any kill.

    ``workers``: processes (default: the cores; 1 runs in this process); ``dask_address``: a Dask scheduler
    runs the chunks instead; ``extractor_options``: ``Extractor`` keyword arguments; ``progress`` is
    called with the number of input records of each finished chunk.
    """
    started = time.perf_counter()
    options = dict(extractor_options or {})
    job = {"input": str(Path(inputs_path).resolve()), "fingerprint": input_fingerprint(inputs_path),
           "chunk_size": chunk_size, "extractor": {k: str(v) for k, v in sorted(options.items())}}
    records = read_inputs(inputs_path)
    store = ChunkStore(output_path, job, resume)
    summary = BatchSummary(resumed_chunks=len(store.done))
    jobs = ((i, None if i in store.done else chunk) for i, chunk in enumerate(chunked(records, chunk_size)))
    workers = workers or os.cpu_count() or 1
    with ExitStack() as stack:
        if dask_address is not None:
            try:
                from distributed import Client
            except ImportError as exc:
                raise ImportError("--dask needs Dask's distributed scheduler: pip install 'kpu-extract[dask]'") from exc
            client = stack.enter_context(Client(dask_address))
            submit = partial(_dask_submit, client, options)
            window = 2 * max(1, len(client.scheduler_info()["workers"]))
        elif workers > 1:
            threads = max(1, (os.cpu_count() or 1) // workers)
            pool = stack.enter_context(ProcessPoolExecutor(workers, mp_context=_pool_context(options),
                                                           initializer=start_worker, initargs=(options, threads)))
            submit = partial(pool.submit, process_chunk, options=options)
            window = 2 * workers
        else:
            submit = partial(_run_here, options)
            window = 1
        for index, future in _ordered(submit, jobs, window):
            summary.chunks = index + 1
            if future is not None:
                lines, stats = future.result()
                store.save(index, lines, stats)
            stats = store.done[index]
            summary.add(stats)
            if progress is not None:
                progress(stats.records)
    store.assemble(summary.chunks)
    summary.elapsed = time.perf_counter() - started
    return summary


def _run_here(options: Mapping[str, Any], chunk: list[InputRecord]) -> Future:
    future: Future = Future()
    future.set_result(process_chunk(chunk, options))
    return future


def _dask_submit(client: Any, options: Mapping[str, Any], chunk: list[InputRecord]) -> Any:
    return client.submit(process_chunk, chunk, options, pure=False)


def main(argv: list[str] | None = None) -> int:
    """``python -m kpu_extract.batch INPUT OUTPUT [--workers N] [--chunk-size N] [--resume] [--dask ADDRESS]``."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kpu_extract.batch", description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: the cores)")
    parser.add_argument("--chunk-size", type=int, default=64, help="input records per chunk (bounds memory)")
    parser.add_argument("--resume", action="store_true", help="finish a run that was interrupted")
    parser.add_argument("--dask", metavar="ADDRESS", default=None, help="run the chunks on this Dask scheduler")
    parser.add_argument("--parser", choices=["auto", "rules", "stanza"], default="auto")
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    summary = run_batch(args.input, args.output, workers=args.workers, chunk_size=args.chunk_size,
                        resume=args.resume, dask_address=args.dask, extractor_options={"parser": args.parser})
    if not args.quiet:
        print(f"kpu-extract: {summary.describe()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
