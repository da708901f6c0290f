"""Extraction on Dask: a ``dask.bag`` of JSON Lines partitions to output lines, one Extractor per worker process.

For a whole batch with resume and duplicate ids caught across the input, use
``run_batch(..., dask_address=...)``; ``extract_bag`` is the building block for larger Dask pipelines
(duplicate ids are caught within a partition only).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import dask.bag as db

from .batch import parse_line, process_chunk


def _partition_lines(lines: Iterable[Any], options: Mapping[str, Any] | None, partition: int) -> list[str]:
    records = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        raw = line if isinstance(line, bytes) else line.encode("utf-8", "surrogateescape") \
            if isinstance(line, str) else None
        if raw is None:  # an item that is already a record (a dict)
            import json
            raw = json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n"
        record = parse_line(raw, f"partition {partition} line {number}", seen)
        if record is not None:
            records.append(record)
    return process_chunk(records, options)[0]


def extract_bag(paths_or_bag: str | Sequence[str] | db.Bag, *, extractor_options: Mapping[str, Any] | None = None,
                blocksize: int | str | None = "16MiB") -> db.Bag:
    """A bag of output JSON lines (articles and error lines) for JSON Lines files or a bag of lines / dicts.

    ``paths_or_bag``: paths or globs Dask can read (local or remote), or a bag whose items are JSON lines
    or ``{"id", "text", ...}`` dicts. ``extractor_options`` are ``Extractor`` keyword arguments.
    """
    bag = paths_or_bag if isinstance(paths_or_bag, db.Bag) else db.read_text(paths_or_bag, blocksize=blocksize)
    delayed_parts = bag.to_delayed()
    from dask import delayed

    out = [delayed(_partition_lines)(part, extractor_options, index) for index, part in enumerate(delayed_parts)]
    return db.from_delayed(out)
