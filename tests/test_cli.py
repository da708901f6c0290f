"""What the command says on standard error: summary by default, nothing with --quiet, details with --verbose."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import SAMPLE


@pytest.fixture
def mixed_input(tmp_path):
    """One good page, one record whose text is a number, and a last line cut off."""
    good = (SAMPLE / "kpu-blora-talk-to-me.txt").read_text(encoding="utf-8")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join([json.dumps({"id": "good", "text": good}),
                               json.dumps({"id": "number", "text": 42}),
                               '{"id": "cut", "text": "KPU Blora']), encoding="utf-8")
    return path


def run_batch_command(*arguments):
    return subprocess.run([sys.executable, "-m", "kpu_extract.cli", "batch", "--parser", "rules",
                           "--workers", "1", *map(str, arguments)], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("to_file", [True, False], ids=["to-file", "to-stdout"])
@pytest.mark.parametrize("flag, expected_lines", [
    ("--quiet", []),
    (None, ["parser mode rules|input records"]),
    ("--verbose", ["patterns from", "number: InvalidText", "in.jsonl:3: InvalidJSON", "input records"]),
], ids=["quiet", "default", "verbose"])
def test_standard_error_by_flag(mixed_input, tmp_path, flag, expected_lines, to_file):
    arguments = [mixed_input] + ([flag] if flag else []) + (["-o", tmp_path / "out.jsonl"] if to_file else [])
    finished = run_batch_command(*arguments)
    assert finished.returncode == 0
    if not expected_lines:
        assert finished.stderr == ""
    for expected in expected_lines:
        assert any(part in finished.stderr for part in expected.split("|")), (expected, finished.stderr)


def test_quiet_and_verbose_together_is_a_usage_error(mixed_input):
    finished = run_batch_command(mixed_input, "--quiet", "--verbose")
    assert finished.returncode == 2
    assert "not allowed with" in finished.stderr


def test_strict_turns_failed_records_into_exit_one(mixed_input, tmp_path):
    assert run_batch_command(mixed_input, "--strict", "-q", "-o", tmp_path / "out.jsonl").returncode == 1
