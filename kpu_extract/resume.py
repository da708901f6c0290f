"""Resumable batch output: durable chunk files plus a journal, assembled into one JSON Lines file.

A chunk counts as done only once its file was written under a temporary name, fsynced,
renamed and then journaled, so a kill at any moment loses at most the chunk in progress.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MANIFEST = "manifest.jsonl"


@dataclass(slots=True)
class ChunkStats:
    """What one chunk of input records gave: records read, articles written, errors by type, and what it cost
    the process that ran it (CPU seconds, that process's peak memory), whichever engine ran it."""

    records: int = 0
    articles: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    cpu_seconds: float = 0.0
    worker_peak_mb: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"records": self.records, "articles": self.articles, "errors": dict(self.errors),
                "cpu_seconds": self.cpu_seconds, "worker_peak_mb": self.worker_peak_mb}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChunkStats:
        return cls(int(data["records"]), int(data["articles"]), dict(data.get("errors", {})),
                   float(data.get("cpu_seconds", 0.0)), float(data.get("worker_peak_mb", 0.0)))


def input_fingerprint(path: str | os.PathLike[str]) -> str:
    """Identity of a batch input (names, sizes, modification times): resuming over changed input is refused."""
    path = Path(path)
    files = sorted(path.glob("*.txt")) if path.is_dir() else [path]
    digest = hashlib.sha256(str(path.resolve()).encode())
    for file in files:
        stat = file.stat()
        digest.update(f"{file.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, lines: Iterable[str]) -> None:
    """Write lines to ``path`` so that it either does not exist or is complete: temp name, fsync, rename."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


class ChunkStore:
    """The ``OUTPUT.parts`` folder of a batch: a journal (header line, one line per finished chunk) and chunk files."""

    def __init__(self, output: str | os.PathLike[str], job: dict[str, Any], resume: bool) -> None:
        """``job`` describes the run (input, chunk size, options); resuming a different job is refused."""
        self.output = Path(output)
        self.folder = self.output.with_name(self.output.name + ".parts")
        self.job = json.loads(json.dumps(job, sort_keys=True))
        self.done: dict[int, ChunkStats] = {}
        if resume and (self.folder / MANIFEST).exists():
            self._load()
        else:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder.mkdir(parents=True)
            write_atomic(self.folder / MANIFEST, [json.dumps({"job": job}, sort_keys=True) + "\n"])

    def _load(self) -> None:
        lines = (self.folder / MANIFEST).read_text(encoding="utf-8").split("\n")
        header = json.loads(lines[0])["job"]
        if header != self.job:
            raise ValueError(f"{self.folder}: written by another job ({header}); run without --resume to start over")
        kept = [lines[0]]
        for line in lines[1:]:
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # a journal line cut by the kill: its chunk is redone
            if self.chunk_path(entry["chunk"]).exists():
                self.done[entry["chunk"]] = ChunkStats.from_dict(entry["stats"])
                kept.append(line)
        write_atomic(self.folder / MANIFEST, [line + "\n" for line in kept])

    def chunk_path(self, index: int) -> Path:
        return self.folder / f"chunk-{index:08d}.jsonl"

    def save(self, index: int, lines: list[str], stats: ChunkStats) -> None:
        """Make chunk ``index`` durable, then journal it."""
        write_atomic(self.chunk_path(index), lines)
        entry = json.dumps({"chunk": index, "stats": stats.to_dict()}, sort_keys=True)
        with (self.folder / MANIFEST).open("a", encoding="utf-8") as handle:
            handle.write("\n" + entry if self._needs_newline() else entry + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        self.done[index] = stats

    def _needs_newline(self) -> bool:
        with (self.folder / MANIFEST).open("rb") as handle:
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) != b"\n"

    def assemble(self, chunks: int) -> None:
        """Concatenate chunks 0..chunks-1 into the output (atomically), then remove the parts folder."""
        missing = [i for i in range(chunks) if i not in self.done]
        if missing:
            raise RuntimeError(f"{self.folder}: chunks {missing[:5]} not done")
        tmp = self.output.with_name(self.output.name + ".tmp")
        with tmp.open("wb") as out:
            for index in range(chunks):
                with self.chunk_path(index).open("rb") as handle:
                    shutil.copyfileobj(handle, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.output)
        _fsync_dir(self.output.parent)
        shutil.rmtree(self.folder, ignore_errors=True)
