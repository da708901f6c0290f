"""The gold records are well formed: offsets slice their text, references exist."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kpu_extract.evaluation.gold import validate_records

GOLD = Path(__file__).resolve().parents[1] / "gold"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_gold_split_is_valid(split):
    records = [json.loads(line) for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records
    assert validate_records(records) == []


def test_no_office_on_both_sides():
    from kpu_extract.evaluation.cli import office_of

    offices = {}
    for split in ("dev", "test"):
        for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            offices.setdefault(office_of(json.loads(line)), set()).add(split)
    assert all(len(sides) == 1 for sides in offices.values())


def test_committed_gold_is_what_the_sources_build(tmp_path):
    """dev.jsonl and test.jsonl are rebuilt from gold/src into a fresh folder (the split read beside the sources)."""
    from kpu_extract.cli import main

    assert main(["gold", "build", str(GOLD / "src"), "-o", str(tmp_path / "built")]) == 0
    for split in ("dev", "test"):
        assert (tmp_path / "built" / f"{split}.jsonl").read_text(encoding="utf-8") == \
            (GOLD / f"{split}.jsonl").read_text(encoding="utf-8")


def test_gold_build_without_a_split_file_says_so(tmp_path, capsys):
    from kpu_extract.cli import main

    assert main(["gold", "build", str(GOLD / "src"), "-o", str(tmp_path), "--splits", str(tmp_path / "none.yaml")]) == 2
    assert "--splits" in capsys.readouterr().err


def test_gold_build_counts_each_mention_string(tmp_path, capsys):
    from kpu_extract.cli import main

    assert main(["gold", "build", str(GOLD / "src"), "-o", str(tmp_path), "--counts"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.endswith("occurrence(s)") for line in lines)
