"""Batch at scale: worker processes, resume after kill -9, Dask, bad input counted by type."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kpu_extract.batch import run_batch
from kpu_extract.resume import ChunkStats, ChunkStore

from conftest import SAMPLE

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "pages.jsonl"
RULES = {"parser": "rules"}
# Worker processes get this hash seed, so that runs compare byte for byte (see the run_batch docstring).
os.environ.setdefault("PYTHONHASHSEED", "0")


def sample_lines() -> list[str]:
    return [json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False)
            for p in sorted(SAMPLE.glob("*.txt"))]


def corpus_lines(copies: int) -> list[str]:
    """The shared corpus (or the sample pages when it is absent), repeated with fresh ids."""
    base = ([json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
            if CORPUS.exists() else [json.loads(line) for line in sample_lines()])
    return [json.dumps({**record, "id": f"{record['id']}~{copy}"}, ensure_ascii=False)
            for copy in range(copies) for record in base]


BAD_LINES = [json.dumps({"id": "no-text"}), json.dumps({"id": "number", "text": 42}), "{not json",
             json.dumps({"id": "list", "text": ["a"]})]


def test_bad_input_is_counted_by_type_and_the_batch_goes_on(tmp_path):
    lines = sample_lines()
    path = tmp_path / "in.jsonl"
    body = "\n".join([lines[0], *BAD_LINES, lines[0], lines[1]]) + "\n"
    path.write_bytes(body.encode() + b'{"id": "latin", "text": "caf\xe9"}\n' + b'{"id": "cut", "text": "KPU Blo')
    summary = run_batch(path, tmp_path / "out.jsonl", workers=1, chunk_size=3, extractor_options=RULES)
    assert summary.records == 9
    assert summary.errors_by_type == {"MissingText": 1, "InvalidText": 2, "InvalidJSON": 2,
                                      "DuplicateId": 1, "InvalidUTF8": 1}
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = [r["error"] for r in out if "error" in r]
    assert len(errors) == summary.errors == 7
    assert "truncated" in errors[-1]["message"] and "in.jsonl:9" in errors[-1]["message"]
    assert summary.articles == len(out) - 7 > 0
    assert not (tmp_path / "out.jsonl.parts").exists()


def test_folder_with_binary_and_non_utf8_files(tmp_path):
    (tmp_path / "good.txt").write_text((SAMPLE / "kpu-blora-talk-to-me.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "zeros.txt").write_bytes(b"KPU\x00\x00\x00 Blora")
    (tmp_path / "latin.txt").write_bytes("Ketua KPU Blora berkata".encode("cp1252") + b"\xe9")
    summary = run_batch(tmp_path, tmp_path / "out.jsonl", workers=1, extractor_options=RULES)
    assert summary.records == 4
    assert summary.errors_by_type == {"InvalidUTF8": 2, "BinaryFile": 1}
    assert summary.articles >= 1


def test_workers_give_the_single_process_output_in_input_order(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(sample_lines() * 1 + BAD_LINES) + "\n", encoding="utf-8")
    one = run_batch(path, tmp_path / "one.jsonl", workers=1, chunk_size=2, extractor_options=RULES)
    seen: list[int] = []
    two = run_batch(path, tmp_path / "two.jsonl", workers=2, chunk_size=2, extractor_options=RULES,
                    progress=seen.append)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert (one.records, one.articles, one.errors_by_type) == (two.records, two.articles, two.errors_by_type)
    assert sum(seen) == two.records


def test_chunk_store_redoes_a_chunk_whose_journal_line_was_cut(tmp_path):
    job = {"input": "x", "chunk_size": 2}
    store = ChunkStore(tmp_path / "out.jsonl", job, resume=False)
    store.save(0, ["a\n", "b\n"], ChunkStats(2, 2))
    store.save(1, ["c\n"], ChunkStats(1, 1))
    manifest = store.folder / "manifest.jsonl"
    manifest.write_bytes(manifest.read_bytes()[:-7])  # kill -9 in the middle of the last journal line
    (store.folder / "chunk-00000002.jsonl.tmp").write_text("half", encoding="utf-8")
    again = ChunkStore(tmp_path / "out.jsonl", job, resume=True)
    assert sorted(again.done) == [0]
    again.save(1, ["c\n"], ChunkStats(1, 1))
    again.assemble(2)
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8") == "a\nb\nc\n"
    ChunkStore(tmp_path / "other.jsonl", job, resume=False).save(0, [], ChunkStats())
    with pytest.raises(ValueError, match="another job"):
        ChunkStore(tmp_path / "other.jsonl", {**job, "chunk_size": 3}, resume=True)


BATCH = [sys.executable, "-m", "kpu_extract.batch", "--parser", "rules", "--chunk-size", "8", "--workers", "1", "-q"]


def test_resume_after_kill_9_at_random_moments_gives_the_uninterrupted_output(tmp_path):
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("\n".join(corpus_lines(3)[:400] + BAD_LINES) + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    full = subprocess.run([*BATCH, str(inputs), str(tmp_path / "full.jsonl")], env=env, timeout=900)
    assert full.returncode == 0
    output = tmp_path / "resumed.jsonl"
    parts = output.with_name(output.name + ".parts")
    rng = random.Random(8)
    kills = 0
    for _ in range(4):
        process = subprocess.Popen([*BATCH, "--resume", str(inputs), str(output)], env=env)
        deadline = time.monotonic() + 600
        done_before = len(list(parts.glob("chunk-*.jsonl"))) if parts.exists() else 0
        wait_chunks = rng.randint(1, 12)
        while time.monotonic() < deadline and process.poll() is None:
            done = len(list(parts.glob("chunk-*.jsonl"))) if parts.exists() else 0
            if done >= done_before + wait_chunks:
                time.sleep(rng.uniform(0, 0.5))
                break
            time.sleep(0.02)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
    assert kills >= 2
    final = subprocess.run([*BATCH, "--resume", str(inputs), str(output)], env=env, timeout=900)
    assert final.returncode == 0
    assert output.read_bytes() == (tmp_path / "full.jsonl").read_bytes()
    assert not parts.exists()


def test_dask_local_cluster_gives_the_local_output(tmp_path):
    import distributed  # a test dependency (the dask extra): never skipped, so CI always runs the cluster

    from kpu_extract.dask import extract_bag

    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(sample_lines() + BAD_LINES[:2] + sample_lines()[:1]) + "\n", encoding="utf-8")
    local = run_batch(path, tmp_path / "local.jsonl", workers=2, chunk_size=2, extractor_options=RULES)
    with distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        remote = run_batch(path, tmp_path / "dask.jsonl", chunk_size=2, extractor_options=RULES,
                           dask_address=cluster.scheduler_address)
        assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
        assert remote.errors_by_type == local.errors_by_type == {"MissingText": 1, "InvalidText": 1, "DuplicateId": 1}
        clean = tmp_path / "clean.jsonl"
        clean.write_text("\n".join(sample_lines()) + "\n", encoding="utf-8")
        run_batch(clean, tmp_path / "clean.local.jsonl", workers=2, chunk_size=2, extractor_options=RULES)
        lines = extract_bag(str(clean), extractor_options=RULES, blocksize=4096).compute(scheduler=client)
        assert "".join(lines).encode() == (tmp_path / "clean.local.jsonl").read_bytes()


@pytest.mark.parametrize("lead_chars", [1, 60, 600])
def test_rules_lead_from_prefixes_is_the_lead_of_the_whole_parse(rules_extractor, monkeypatch, lead_chars):
    """Rules mode parses only prefixes of an article for its lead: the lead must be that of the whole text."""
    from kpu_extract import pipeline
    from kpu_extract.segment import html_to_text, looks_like_html

    monkeypatch.setattr(pipeline, "LEAD_CHARS", lead_chars)
    checked = 0
    for path in sorted(SAMPLE.glob("*.txt")):
        page = path.read_text(encoding="utf-8")
        page = html_to_text(page) if looks_like_html(page) else page
        for segment in rules_extractor.segmenter.segment(page):
            text = page[segment.start:segment.end]
            starts = {len(segment.headline) if segment.headline else 0}
            starts |= {i + 1 for i, c in enumerate(text) if c in "\n."}
            for body_start in sorted(starts)[:25]:
                whole = pipeline._lead_end(rules_extractor.parser.parse(text), body_start, len(text))
                assert rules_extractor._rules_lead_end(text, body_start) == whole, (path.name, body_start)
                checked += 1
    assert checked > 50
