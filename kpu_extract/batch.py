"""Batch extraction: read JSON Lines or a folder of .txt, write article records, never stop for one bad record.

Every input record yields its article records, or one error line
``{"schema": ..., "source_id": ..., "error": {"type", "message"}}``; the batch goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .pipeline import Extractor
from .records import Article, ErrorRecord


@dataclass(slots=True)
class InputRecord:
    """One page to extract, or the reason it cannot be read (``error``)."""

    source_id: str | None
    text: Any
    meta: dict[str, Any]
    error: ErrorRecord | None = None


def read_jsonl(path: Path) -> Iterator[InputRecord]:
    """Records of a JSON Lines file; a bad line becomes an error record with its line number."""
    seen: set[str] = set()
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            where = f"{path.name}:{number}"
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield InputRecord(None, None, {}, ErrorRecord(where, "InvalidUTF8", str(exc)))
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputRecord(None, None, {}, ErrorRecord(where, "InvalidJSON", f"{where}: {exc.msg}"))
                continue
            if not isinstance(data, dict):
                yield InputRecord(None, None, {}, ErrorRecord(where, "InvalidRecord", f"{where}: not a JSON object"))
                continue
            source_id = str(data.get("id", where))
            meta = {k: v for k, v in data.items() if k not in {"id", "text"}}
            if "text" not in data:
                yield InputRecord(source_id, None, meta, ErrorRecord(source_id, "MissingText", f"{where}: no `text` field"))
            elif not isinstance(data["text"], str):
                yield InputRecord(source_id, None, meta, ErrorRecord(
                    source_id, "InvalidText", f"{where}: `text` is {type(data['text']).__name__}, not a string"))
            elif source_id in seen:
                yield InputRecord(source_id, None, meta, ErrorRecord(
                    source_id, "DuplicateId", f"{where}: id {source_id!r} was already processed"))
            else:
                seen.add(source_id)
                yield InputRecord(source_id, data["text"], meta)


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
