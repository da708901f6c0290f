"""Batch input, bad input and the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kpu_extract.batch import extract_batch, read_inputs
from kpu_extract.records import ErrorRecord

from conftest import SAMPLE


def test_bad_jsonl_lines_become_error_lines_and_the_batch_goes_on(tmp_path, rules_extractor):
    path = tmp_path / "in.jsonl"
    good = (SAMPLE / "kpu-blora-talk-to-me.txt").read_text(encoding="utf-8")
    lines = [json.dumps({"id": "a", "text": good}), "{not json", json.dumps({"id": "b"}),
             json.dumps({"id": "c", "text": 42}), json.dumps({"id": "a", "text": good}),
             json.dumps({"id": "d", "text": "   "}), '{"id": "e", "text": "cut in the mid']
    path.write_text("\n".join(lines), encoding="utf-8")
    out = list(extract_batch(read_inputs(path), rules_extractor))
    errors = [r for r in out if isinstance(r, ErrorRecord)]
    assert [e.type for e in errors] == ["InvalidJSON", "MissingText", "InvalidText", "DuplicateId", "InvalidJSON"]
    assert [r.source_id for r in out if not isinstance(r, ErrorRecord)] == ["a"]


def test_folder_input_with_invalid_utf8(tmp_path, rules_extractor):
    (tmp_path / "good.txt").write_text((SAMPLE / "kpu-blora-talk-to-me.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"KPU \xff\xfe Blora")
    out = list(extract_batch(read_inputs(tmp_path), rules_extractor))
    assert [(type(r).__name__, r.source_id) for r in out] == [("ErrorRecord", "bad"), ("Article", "good")]


@pytest.mark.parametrize("text", [
    "", "   \n\n  ", "x" * 1_000_000, "\"" * 5000 + "(" * 5000,
    "The quick brown fox jumps over the lazy dog. It was a sunny day in London.",
    "<html><body><h1>KPU Blora Gelar Rapat</h1><p>BLORA – KPU Kabupaten Blora menggelar rapat, Selasa (4/11/2025).</p></body></html>",
])
def test_odd_input_gives_valid_records_or_none(rules_extractor, text):
    for article in rules_extractor.extract(text, "odd"):
        for date in article.dates:
            assert article.text[date.start:date.end] == date.text


def test_html_page_is_read_as_text(rules_extractor):
    html = "<html><body><h1>KPU Blora Gelar Rapat Pleno</h1><p>BLORA – KPU Kabupaten Blora menggelar rapat pleno, Selasa (4/11/2025).</p></body></html>"
    (article,) = rules_extractor.extract(html, "h")
    assert article.headline == "KPU Blora Gelar Rapat Pleno"
    assert article.dates[0].value == "2025-11-04"


def test_cli_batch_over_a_folder(tmp_path):
    out = tmp_path / "out.jsonl"
    result = subprocess.run([sys.executable, "-m", "kpu_extract.cli", "batch", str(SAMPLE), "-o", str(out), "--parser", "rules"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "0 errors" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 8


def test_cli_extract_from_stdin():
    text = (SAMPLE / "kpu-blora-talk-to-me.txt").read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "kpu_extract.cli", "extract", "-", "--parser", "rules", "-q"],
                            input=text, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema"] == "kpu-extract/1"


def test_dask_without_the_dask_extra_says_what_to_install(tmp_path, monkeypatch, capsys):
    from kpu_extract import cli

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the dask extra were not installed
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "KPU Blora menggelar rapat."}) + "\n", encoding="utf-8")
    code = cli.main(["batch", str(path), "-o", str(tmp_path / "out.jsonl"), "--dask", "tcp://127.0.0.1:1",
                     "--parser", "rules", "-q"])
    assert code == 2
    assert "kpu-extract[dask]" in capsys.readouterr().err
