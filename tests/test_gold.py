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
