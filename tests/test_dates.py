"""Date spans and values on real sentences, negatives included."""

from __future__ import annotations

import pytest

from kpu_extract.dates import DateFinder, extract_dates
from kpu_extract.patterns import load_lexicons


@pytest.fixture(scope="module")
def finder():
    return DateFinder(load_lexicons())


@pytest.mark.parametrize("text, expected", [
    ("diselenggarakan oleh KPU Provinsi Jawa Tengah, Selasa (4/11/2025).", [("Selasa (4/11/2025)", "2025-11-04", True)]),
    ("pada hari Rabu, 26 November 2025, dan diikuti serempak", [("Rabu, 26 November 2025", "2025-11-26", True)]),
    ("di halaman KPU Blora pada Senin, (2 Juni 2024).", [("Senin, (2 Juni 2024)", "2024-06-02", False)]),
    ("ruang pertemuan sekolah pada Jum’at (19/9/2025).", [("Jum’at (19/9/2025)", "2025-09-19", True)]),
    ("serentak hari ini (27/06/2018). Ketua", [("(27/06/2018)", "2018-06-27", None)]),
    ("\"Surat kita terima senin (3/11/2025) kemarin, dan", [("senin (3/11/2025)", "2025-11-03", True)]),
    ("Nomor 3135/ORT.08-SD/01/2025 tanggal 9 September 2025", [("9 September 2025", "2025-09-09", None)]),
    ("pada Pilkada 2024 kemarin, KPU Kota Pangkalpinang", []),
    ("mendapatkan 2.665 suara dan 2/3 anggota", []),
    ("TPS dibuka pada pukul 07.00 WIB dan ditutup pukul 13.00 WIB", []),
    ("Rabu, 14 Februari dalam Pemilu 2024", [("Rabu, 14 Februari", "2024-02-14", True)]),
])
def test_dates(finder, text, expected):
    got = [(d.text, d.value, d.weekday_consistent) for d in extract_dates(text, finder)]
    assert got == expected


def test_range_gives_first_and_last_day(finder):
    values = [d.value for d in extract_dates("berlangsung 4-6 Desember 2020 di Semarang", finder)]
    assert values == ["2020-12-04", "2020-12-06"]
