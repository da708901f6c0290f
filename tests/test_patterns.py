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


@pytest.mark.parametrize("file, written, edited, message", [
    # a spelling mapped to two titles
    ("titles.yaml", "spellings: [Anggota, Komisioner]", "spellings: [Anggota, Komisioner, Kadiv]", "Kadiv"),
    # an unknown furniture effect
    ("furniture.yaml", "effect: page_end", "effect: page_stop", "page_stop"),
    # a parse-name cue without relations would silently match nothing: the loader says which list is empty
    ("names.yaml", "subject_relations: [nsubj]", "subject_relations: []", "subject_relations"),
    # a misspelt cue list name would leave its cues unread
    ("organizations.yaml", "  acting_after: [", "  acting_afer: [", "acting_afer"),
    ("organizations.yaml", "  after_office: [Dewan]", "  after_ofice: [Dewan]", "after_ofice"),
    ("organizations.yaml", '  joining: [dan, serta, "&"]', '  joinng: [dan, serta, "&"]', "joinng"),
    ("titles.yaml", "  lower_case: [koordinator divisi", "  lowercase: [koordinator divisi", "lowercase"),
    # a line of ad hoc spellings without its " = " joins would compare nothing
    ("organizations.yaml", "    - PPK Kecamatan = PPK = Panitia Pemilihan Kecamatan",
     "    - PPK Kecamatan, PPK, Panitia Pemilihan Kecamatan", "PPK Kecamatan, PPK"),
    # a body spelling with its level names a body and a level of the file
    ("organizations.yaml", "name: Panwas Kota,", "name: Panwas Kecamatan,", "Panwas Kecamatan"),
    # a kind's head that no head written alone is would never be read; a kind is a mapping of lists
    ("organizations.yaml", "    Kejaksaan: [Kejaksaan, Kejari, Kejati]", "    Kejaksan: [Kejaksaan, Kejari, Kejati]",
     "Kejaksan"),
    ("organizations.yaml", "    Kejaksaan: [Kejaksaan, Kejari, Kejati]", "    Kejaksaan: Kejari", "list of strings"),
    # YAML reads a bare No as false: the word would never match, so the loader asks for quotes
    ("organizations.yaml", 'name_stopwords: [Nomor, "No",', "name_stopwords: [Nomor, No,", "quotes"),
    # a letter variant of link.yaml with an unknown place would never match
    ("link.yaml", "letters: [h], at: silent}", "letters: [h], at: quiet}", "silent with one"),
    # one short form standing for two bodies
    ("titles.yaml", "written: [DPRD, Dewan], body: DPRD}",
     "written: [DPRD, Dewan], body: DPRD}\n  - {id: short_body.dewan_kota, written: [Dewan], body: DPRD Kota}",
     "Dewan"),
    # the verb affixes the speech and trigger verb forms are generated from, and the suffix a speech verb names
    ("morphology.yaml", "initials: [t], prefix: men,", "initials: [t], prefix: xen,", "meN- `prefix`"),
    ("morphology.yaml", "initials: [s], prefix: meny", "initials: [S], prefix: meny", "lower-case"),
    ("morphology.yaml", "passive: di", "passive: 'd i'", "passive"),
    ("speech.yaml", "stem: tegas, suffix: kan", "stem: tegas, suffix: nya", "suffix 'nya'"),
])
def test_a_contradictory_or_empty_pattern_is_rejected(tmp_path, file, written, edited, message):
    copy = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", copy)
    path = copy / file
    original = path.read_text(encoding="utf-8")
    assert written in original
    path.write_text(original.replace(written, edited, 1), encoding="utf-8")
    with pytest.raises(PatternError, match=message):
        load_lexicons(str(copy))


@pytest.mark.parametrize("title, same", [
    ("Ketua Divisi", {"Ketua Divisi", "Anggota"}),  # "kata Kadiv Hukum KPU X" names the member of that division
    ("Anggota", {"Ketua Divisi", "Anggota"}),
    ("Wali Kota", {"Walikota", "Wali Kota"}),
    ("Wakil Walikota", {"Wakil Walikota", "Wakil Wali Kota"}),
])
def test_titles_of_one_office(title, same):
    groups = [set(g.titles) for g in load_lexicons().same_office if title in g.titles]
    assert groups == [same]


@pytest.mark.parametrize("title", ["Ketua", "Sekretaris", "Bupati"])
def test_a_title_of_its_own_office_is_in_no_group(title):
    assert not any(title in g.titles for g in load_lexicons().same_office)


@pytest.mark.parametrize("written, error", [
    ("{id: speech.same_office.mayor, titles: [Walikota, Wali Kota, Walkot]}", "Walkot"),
    ("{id: speech.same_office.mayor, titles: [Walikota, Anggota]}", "already in another group"),
    ("{id: speech.same_office.mayor, titles: [Walikota]}", "two or more"),
    ("{id: speech.same_office.member, titles: [Walikota, Wali Kota]}", "duplicate pattern id"),
])
def test_a_bad_office_group_is_rejected(tmp_path, written, error):
    copy = tmp_path / "patterns"
    shutil.copytree(ROOT / "patterns", copy)
    speech = copy / "speech.yaml"
    text = speech.read_text(encoding="utf-8")
    line = "{id: speech.same_office.mayor, titles: [Walikota, Wali Kota]}"
    assert line in text
    speech.write_text(text.replace(line, written), encoding="utf-8")
    with pytest.raises(PatternError, match=error):
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
