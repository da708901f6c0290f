"""The gazetteer of regions: lookup keys and official names."""

from __future__ import annotations

from kpu_extract.regions import load_gazetteer


def test_hyphenated_official_names():
    gazetteer = load_gazetteer()
    hyphenated = gazetteer.hyphenated_names()
    # the ministry's hyphen kept in the official name; the lookup key writes it with a space
    assert "Tojo Una-Una" in hyphenated
    assert all("-" in name for name in hyphenated)
    # negative: a name the offices write as one word has no hyphen ("Bau-Bau" is Baubau)
    assert "Baubau" not in hyphenated and "Bau-Bau" not in hyphenated
