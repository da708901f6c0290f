"""The pattern files load, validate, and are found by an installed package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kpu_extract.patterns import PatternError, load_lexicons

ROOT = Path(__file__).resolve().parents[1]


def test_patterns_load():
    lexicons = load_lexicons()
    assert any(t.canonical == "Ketua Divisi" for t in lexicons.titles)


def test_a_spelling_mapped_to_two_titles_is_rejected(tmp_path):
    copy = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", copy)
    titles = copy / "titles.yaml"
    titles.write_text(titles.read_text(encoding="utf-8").replace("spellings: [Anggota, Komisioner]",
                                                                "spellings: [Anggota, Komisioner, Kadiv]"), encoding="utf-8")
    with pytest.raises(PatternError, match="Kadiv"):
        load_lexicons(str(copy))


def test_an_unknown_furniture_effect_is_rejected(tmp_path):
    copy = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", copy)
    furniture = copy / "furniture.yaml"
    furniture.write_text(furniture.read_text(encoding="utf-8").replace("effect: page_end", "effect: page_stop", 1),
                         encoding="utf-8")
    with pytest.raises(PatternError, match="page_stop"):
        load_lexicons(str(copy))


def test_a_parse_name_cue_without_relations_is_rejected(tmp_path):
    """An empty relation list would silently match nothing: the loader says which list is empty."""
    copy = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", copy)
    names = copy / "names.yaml"
    names.write_text(names.read_text(encoding="utf-8").replace("subject_relations: [nsubj]", "subject_relations: []"),
                     encoding="utf-8")
    with pytest.raises(PatternError, match="subject_relations"):
        load_lexicons(str(copy))


def test_installed_wheel_ships_the_patterns(tmp_path):
    """A non-editable install finds patterns/ inside the package."""
    wheel_dir = tmp_path / "wheel"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheel_dir), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr[-300:]}")
    import zipfile
    (wheel,) = wheel_dir.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "kpu_extract/patterns/titles.yaml" in names
    assert "kpu_extract/schema/record.schema.json" in names
