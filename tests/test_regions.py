"""The gazetteer of regions: lookup keys and official names."""

from __future__ import annotations

from kpu_extract.regions import _key, _walked_names_below_regencies, load_districts, load_gazetteer, load_places


def test_hyphenated_official_names():
    gazetteer = load_gazetteer()
    hyphenated = gazetteer.hyphenated_names()
    # the ministry's hyphen kept in the official name; the lookup key writes it with a space
    assert "Tojo Una-Una" in hyphenated
    assert all("-" in name for name in hyphenated)
    # negative: a name the offices write as one word has no hyphen ("Bau-Bau" is Baubau)
    assert "Baubau" not in hyphenated and "Bau-Bau" not in hyphenated


def test_places_read_from_the_code_table_equal_the_public_walk():
    # the district and village names come from the package's code-to-name table, not its public walk (too slow):
    # they must be the same names the walk gives
    walked = list(_walked_names_below_regencies())
    districts = {_key(name) for code, name in walked if code.count(".") == 2}
    assert load_districts() == districts
    assert load_places() == {_key(name) for _, name in walked}
    assert len(districts) > 6000  # 7,285 kecamatan, some names shared
    # negative: an office's name is no place
    assert "komisi pemilihan umum" not in load_places()
