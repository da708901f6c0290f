"""Shared fixtures: extractors in both parser modes (Stanza skipped when its models are not found)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kpu_extract import Extractor
from kpu_extract.parse import find_stanza_resources

DATA = Path(__file__).parent / "data"
SAMPLE = DATA / "sample"
SHARED_MODELS = Path(__file__).resolve().parents[1].parent / "shared" / "models" / "stanza_resources"


def stanza_resources() -> Path | None:
    return find_stanza_resources(os.environ.get("STANZA_RESOURCES_DIR") or SHARED_MODELS)


@pytest.fixture(scope="session")
def rules_extractor() -> Extractor:
    return Extractor(parser="rules")


@pytest.fixture(scope="session")
def stanza_extractor() -> Extractor:
    """One Stanza-mode extractor for the whole session (the models load once)."""
    resources = stanza_resources()
    if resources is None:
        pytest.skip("Stanza Indonesian models not found: set STANZA_RESOURCES_DIR, or run "
                    "`kpu-extract models download` (needs the network)")
    pytest.importorskip("stanza", reason="stanza not installed: pip install torch==2.13.0 then '.[stanza]'")
    return Extractor(parser="stanza", stanza_resources=resources)


@pytest.fixture(scope="session", params=["rules", "stanza"])
def extractor(request) -> Extractor:
    if request.param == "rules":
        return Extractor(parser="rules")
    return request.getfixturevalue("stanza_extractor")


@pytest.fixture(scope="session")
def record_schema() -> dict:
    from importlib import resources
    return json.loads(resources.files("kpu_extract").joinpath("schema/record.schema.json").read_text(encoding="utf-8"))
