"""Date spans and values on real sentences, negatives included."""

from __future__ import annotations

import pytest

from kpu_extract.dates import DateFinder, extract_dates, stamp_year
from kpu_extract.patterns import load_lexicons


@pytest.fixture(scope="module")
def finder():
    return DateFinder(load_lexicons())


def _found(text, finder, reference_year=None):
    return [(d.text, d.value, d.weekday_consistent) for d in extract_dates(text, finder, reference_year)]


@pytest.mark.parametrize("text, expected", [
    # Every written form of issue 7.
    ("diselenggarakan oleh KPU Provinsi Jawa Tengah, Selasa (4/11/2025).", [("Selasa (4/11/2025)", "2025-11-04", True)]),
    ("pada hari Rabu, 26 November 2025, dan diikuti serempak", [("Rabu, 26 November 2025", "2025-11-26", True)]),
    ("di halaman KPU Blora pada Senin, (2 Juni 2024).", [("Senin, (2 Juni 2024)", "2024-06-02", False)]),
    ("ruang pertemuan sekolah pada Jum’at (19/9/2025).", [("Jum’at (19/9/2025)", "2025-09-19", True)]),
    ("ruang pertemuan sekolah pada Jum'at (19/9/2025).", [("Jum'at (19/9/2025)", "2025-09-19", True)]),
    ("ruang pertemuan sekolah pada Jumat (19/9/2025).", [("Jumat (19/9/2025)", "2025-09-19", True)]),
    ("serentak hari ini (27/06/2018). Ketua", [("(27/06/2018)", "2018-06-27", None)]),
    ("Rapat pleno digelar tanggal 9 September 2025 di aula.", [("9 September 2025", "2025-09-09", None)]),
    ("Rapat digelar Rabu, 26 November 2025 pukul 09.00 WIB di aula.", [("Rabu, 26 November 2025", "2025-11-26", True)]),
    ("\"Surat kita terima senin (3/11/2025) kemarin, dan", [("senin (3/11/2025)", "2025-11-03", True)]),
    ("Nomor 3135/ORT.08-SD/01/2025 tanggal 9 September 2025", [("9 September 2025", "2025-09-09", None)]),
    ("rapat pada Jum’at tanggal 8 Mei 2020 bertempat di aula", [("Jum’at tanggal 8 Mei 2020", "2020-05-08", True)]),
    ("(Selasa, 7 Februari 2023) di kantor KPU", [("(Selasa, 7 Februari 2023)", "2023-02-07", True)]),
    ("Selasa, (07/1/2020) KPU membuka pendaftaran", [("Selasa, (07/1/2020)", "2020-01-07", True)]),
    ("PENDAFTARAN PARPOL (28/09/17). Tahapan", [("(28/09/17)", "2017-09-28", None)]),
    ("Rapat Kamis, 28/2/2024. Acara itu", [("Kamis, 28/2/2024", "2024-02-28", False)]),
    # a two-digit year after a weekday in parentheses
    ("Rakor yang digelar di Rumah makan Sari Kuring Nabire, Sabtu (30/09/23), dihadiri Komisioner KPU",
     [("Sabtu (30/09/23)", "2023-09-30", True)]),
    ("Pleno digelar Rabu (18/10/23) di aula KPU.", [("Rabu (18/10/23)", "2023-10-18", True)]),
    # Month abbreviations; a sentence's full stop is not part of a full month name.
    ("dilaksanakan 12 Agt 2024 di aula", [("12 Agt 2024", "2024-08-12", None)]),
    ("dilaksanakan 12 Agu. 2024 di aula", [("12 Agu. 2024", "2024-08-12", None)]),
    ("dilaksanakan 3 Nop 2019 di aula", [("3 Nop 2019", "2019-11-03", None)]),
    ("batas akhir 1 Okt 2023.", [("1 Okt 2023", "2023-10-01", None)]),
    ("dimulai 5 Jan 2024 dan berakhir 9 Feb 2024.", [("5 Jan 2024", "2024-01-05", None), ("9 Feb 2024", "2024-02-09", None)]),
    ("pleno tahun 2024 digelar 20 Des.", [("20 Des", "2024-12-20", None)]),
    ("pleno digelar 20 Nov 2024 dan 3 Des 2024.", [("20 Nov 2024", "2024-11-20", None), ("3 Des 2024", "2024-12-03", None)]),
    ("pleno digelar Rabu, 20 Nov. 2024 di aula", [("Rabu, 20 Nov. 2024", "2024-11-20", True)]),
    ("batas akhir 5 Febr 2024 pukul 23.59", [("5 Febr 2024", "2024-02-05", None)]),
    # English month names, as news sites' stamps and captions write them
    ("KPU Tetapkan Paslon\n\n9 January 2025 12:54\n\nPenetapan digelar Kamis (9/1).", [("Kamis (9/1)", "2025-01-09", True)]),
    ("Foto: petugas menyortir surat suara, 6 August 2024.", [("6 August 2024", "2024-08-06", None)]),
    ("nomor urut 3 Agus Santoso hadir", []),
    ("pada Pemilu 2024 kemarin, rapat digelar hari ini", []),
    ("pleno tahun 2024 hingga 1 Maret.", [("1 Maret", "2024-03-01", None)]),
    # Dates without a year take it from the article, never from the clock.
    ("Rabu, 14 Februari dalam Pemilu 2024", [("Rabu, 14 Februari", "2024-02-14", True)]),
    ("Putusan MK Nomor 232/PHPU.BUP-XXIII/2025 tentang Pemilihan Tahun 2024 dibahas Kamis (2/10).",
     [("Kamis (2/10)", "2025-10-02", True)]),
    ("Rapat Senin (03/09) dalam rangka Pemilu 2019.", [("Senin (03/09)", "2019-09-03", False)]),
    ("KPU menggelar rapat pada Minggu (16/11) di aula.", [("Minggu (16/11)", None, None)]),
    ("UU Nomor 7 Tahun 2017 dan Qanun Nomor 7 Tahun 2007 dibahas Sabtu (19/01).", [("Sabtu (19/01)", None, None)]),
    ("Rapat digelar Selasa (4/11/2025). Esoknya, Rabu (5/11), rapat dilanjutkan.",
     [("Selasa (4/11/2025)", "2025-11-04", True), ("Rabu (5/11)", "2025-11-05", True)]),
    # A publication stamp is not a mention, but gives its year.
    ("KPU Gelar Rakor\n\nMinggu, 20 Januari 2019 09:47 WIB\nRakor digelar Sabtu (19/01).",
     [("Sabtu (19/01)", "2019-01-19", True)]),
    ("Pantau.com - 24/01/2023, 17:32 WIB\n\nKPU melantik anggota PPS, Selasa (24/1/2023).",
     [("Selasa (24/1/2023)", "2023-01-24", True)]),
    # A bracketed date that is all its line holds is the story's dateline, no stamp; bare or after a label, a stamp.
    ("Teluk Indah Tuntaskan Sortir Surat Suara\n\n(Kamis, 7 Juni 2029)\n\nRelawan menyortir di gudang.",
     [("(Kamis, 7 Juni 2029)", "2029-06-07", True)]),
    ("Gudang Logistik Teluk Indah Dibuka\n\nKamis, (7 Juni 2029)\n\nGudang logistik dibuka untuk umum.",
     [("Kamis, (7 Juni 2029)", "2029-06-07", True)]),
    ("Gudang Logistik Teluk Indah Dibuka\nKamis, 7 Juni 2029\nGudang logistik dibuka untuk umum.", []),
    ("Gudang Logistik Teluk Indah Dibuka\nDiposting: Kamis (7/6/2029)\nGudang dibuka Jumat (1/6/2029).",
     [("Jumat (1/6/2029)", "2029-06-01", True)]),
    # A stamp opening its line with a byline after a bar, the lead glued after it, is no mention either.
    ("KPU Siap Gelar\n\n29 Apr 2016 | By admin PATI – Jumat Tanggal 29 April Tahun 2016 KPU Pati menandatangani "
     "NPHD. Sabtu (30/4) dilanjutkan.",
     [("Jumat Tanggal 29 April Tahun 2016", "2016-04-29", True), ("Sabtu (30/4)", "2016-04-30", True)]),
    ("Rapat digelar 29 Apr 2016 | By warga.", [("29 Apr 2016", "2016-04-29", None)]),
    # A news site's stamp under the headline with its meta fields after a bar or a dot, or after a credit closed by
    # one, is no mention either; a dateline before a bar stays one.
    ("KPU Gelar Rakor\n\nSenin, 29 April 2019, 19:38 WIB | Politik | Provinsi Jambi\nRakor digelar Senin (29/4).",
     [("Senin (29/4)", "2019-04-29", True)]),
    ("KPU Buka Pendaftaran\nSenin, 01 Mei 2023 | 14:33 WIB\nPendaftaran dibuka Senin (1/5).",
     [("Senin (1/5)", "2023-05-01", True)]),
    ("DPT Segera Ditetapkan\nSelasa, 20 Juni 2023 | Juni 20, 2023 WIB Last Updated 2023-07-10T00:51:49Z\n"
     "DPT ditetapkan Rabu (21/6).", [("Rabu (21/6)", "2023-06-21", True)]),
    ("Rekapitulasi Tingkat Kecamatan\nBudi Santoso/Kabar, Jurnalis · Sabtu 17 Februari 2024 22:04 WIB\n"
     "Rekapitulasi digelar Sabtu (17/2).", [("Sabtu (17/2)", "2024-02-17", True)]),
    ("Blora, 5 November 2025 | KPU Blora menggelar rapat pleno.", [("5 November 2025", "2025-11-05", None)]),
    ("Rapat digelar Senin, 3 Februari 2025 · dihadiri PPK se-kabupaten.",
     [("Senin, 3 Februari 2025", "2025-02-03", True)]),
    # A garbled numeric date with a weekday and no month ("(20/16)"): the month where that day is that weekday, the
    # latest on or before the stamp, else the only one; null when several fit; nothing without a weekday.
    ("memperingati Hari Kebangkitan Nasional yang ke 108, Jum’at (20/16). Ketua", [("Jum’at (20/16)", "2016-05-20", True)]),
    ("KPU Siap Gelar\n\n3 Mei 2016 | By admin Rapat digelar Selasa (3/16) di aula.", [("Selasa (3/16)", "2016-05-03", True)]),
    ("Rapat digelar Senin (14/25) di aula.", [("Senin (14/25)", None, None)]),
    ("Rapat digelar pada (20/16) di aula.", []),
    # The part of the day after the weekday stays in the span, and the weekday is checked.
    ("Rapat digelar Selasa malam (4/11/2025) di aula.", [("Selasa malam (4/11/2025)", "2025-11-04", True)]),
    ("Rapat digelar Kamis sore, 4 Desember 2025 di aula.", [("Kamis sore, 4 Desember 2025", "2025-12-04", True)]),
    ("Rapat digelar Minggu dini hari (7/12/2025) di aula.", [("Minggu dini hari (7/12/2025)", "2025-12-07", True)]),
    ("Rapat digelar Rabu siang, (26/11/2025) di aula.", [("Rabu siang, (26/11/2025)", "2025-11-26", True)]),
    ("Rapat Selasa pagi (4/11) dalam rangka Pemilu 2025.", [("Selasa pagi (4/11)", "2025-11-04", True)]),
    ("Rapat digelar Senin malam, 5 orang hadir.", []),
    # The Javanese market day after the weekday stays in the span; a misspelt weekday is still the weekday.
    ("Bimtek di balai desa, Kamis Pahing, 21 Juni 2018 pukul 19.30.", [("Kamis Pahing, 21 Juni 2018", "2018-06-21", True)]),
    ("Rapat digelar Jumat Kliwon (7/11/2025) di aula.", [("Jumat Kliwon (7/11/2025)", "2025-11-07", True)]),
    ("KPU Kota menggelar rakor pada hari Jumad (01/10) tahun 2021.", [("Jumad (01/10)", "2021-10-01", True)]),
    ("Rapat Pon 5 orang hadir.", []),
    # "bulan" between the day and the month's name, in the formal style of minutes, with a year written
    ("Pada hari Senin tanggal 10 bulan Februari tahun 2025 bertempat di aula KPU",
     [("Senin tanggal 10 bulan Februari tahun 2025", "2025-02-10", True)]),
    ("ditetapkan pada tanggal 3 bulan Maret 2025 oleh KPU", [("3 bulan Maret 2025", "2025-03-03", None)]),
    ("Pantarlih bekerja selama 3 bulan Maret 2024 hingga Mei", []),
    ("sudah 10 bulan Februari lalu", []),
    # Not dates.
    ("pada Pilkada 2024 kemarin, KPU Kota Pangkalpinang", []),
    ("mendapatkan 2.665 suara dan 2/3 anggota", []),
    ("TPS dibuka pada pukul 07.00 WIB dan ditutup pukul 13.00 WIB", []),
    ("rekapitulasi bulan April 2020 dan Desember 2019", []),
    ("surat Nomor B-14/PM.00.02/K.JT-17/07/2025 kepada KPU", []),
    ("sesuai PKPU 8/2024 tentang pencalonan", []),
    ("kegiatan itu digelar kemarin dan hari ini", []),
    ("selama 2 minggu penuh", []),
    ("Informasi lebih lanjut hubungi 0813/4567/890 atau datang ke kantor KPU.", []),
    ("surat nomor 12/09/23 tentang jadwal rapat", []),
    ("Tim KPU menang dengan skor 3/4 pada babak akhir.", []),
    # a caption's credit after the closing parenthesis ends the date
    ("Rapat pleno di aula KPU Lumbung, Senin (22/9)/Foto: Humas KPU. Pemilu 2025", [("Senin (22/9)", "2025-09-22", True)]),
    ("Peserta jalan sehat di alun-alun, Minggu (7/9/2025)/foto: Dok. Panitia", [("Minggu (7/9/2025)", "2025-09-07", True)]),
    # negative: a slash inside the parentheses goes on as a number, no date
    ("sesuai surat (22/9/KPU) tentang jadwal", []),
    # a yearless date next to one whose weekday gave it a year takes that year; with nothing before it, or months away
    # from it, none
    ("Bimtek dibuka Kamis (11/3) di aula, target 2026 dan 2027. Persiapan dimulai sejak (19/2).",
     [("Kamis (11/3)", "2027-03-11", True), ("(19/2)", "2027-02-19", None)]),
    ("Pleno digelar Senin (6/1), target 2025 dan 2026. Persiapan dilakukan sejak (20/12).",
     [("Senin (6/1)", "2025-01-06", True), ("(20/12)", "2024-12-20", None)]),
    ("Rapat digelar pada (19/2), target 2026 dan 2027.", [("(19/2)", None, None)]),
    ("Bimtek dibuka Kamis (11/3), target 2026 dan 2027. Laporan tahun lalu disahkan pada (9/10).",
     [("Kamis (11/3)", "2027-03-11", True), ("(9/10)", None, None)]),
    # a street named after a date, and a date after a street's name
    ("Kantor KPU di Jl. 17 Agustus Nomor 5 Lamandau", []),
    ("kantor di Jalan 1 Mei menggelar rapat pada 6 November 2023", [("6 November 2023", "2023-11-06", None)]),
])
def test_dates(finder, text, expected):
    assert _found(text, finder) == expected


def test_reference_year_from_the_caller(finder):
    assert _found("rapat Rabu (5/11) di aula", finder, 2025) == [("Rabu (5/11)", "2025-11-05", True)]


@pytest.mark.parametrize("furniture, year", [
    ("Berita Terkini\nSelasa, 4 November 2025 10:15 WIB\n", 2025),
    ("Beranda\nKabar.id - 24/01/2023, 17:32 WIB\n", 2023),
    ("Berita Terkini\nTelah dilihat 251 kali\n", None),
    ("Arsip rapat 4 November 2025 di aula\n", None),
    # a news site's stamp: the clock after a dash or a slash, a label before it, a byline and meta fields around it
    ("Beranda\nSenin, 03 Februari 2025 - 10:15 WIB\n", 2025),
    ("Beranda\nDiposting: Senin, 3 Februari 2025\n", 2025),
    ("Beranda\nUpdate: Senin, 3 Februari 2025 10:15 WIB\n", 2025),
    ("Beranda\nOleh Admin | Senin, 3 Februari 2025 | 10:15 WIB\n", 2025),
    ("Beranda\nRina Wulandari - Selasa, 10 Januari 2023 | 11:44 WIB\n", 2023),
    ("Beranda\nRapat pleno KPU - Selasa, 10 Januari 2023 digelar di aula\n", None),
    ("Beranda\nTanggal: 3 Februari 2025\n", None),
    ("Beranda\nRapat digelar 3 Februari 2025 - KPU hadir\n", None),
])
def test_stamp_year_of_the_furniture_before_an_article(finder, furniture, year):
    assert stamp_year(furniture, finder) == year


@pytest.mark.parametrize("text, expected", [
    ("berlangsung 4-6 Desember 2020 di Semarang",
     [("4-6 Desember 2020", "2020-12-04", None), ("4-6 Desember 2020", "2020-12-06", None)]),
    ("masa tenang 11 hingga 13 Februari 2024. Dihadapan",
     [("11 hingga 13 Februari 2024", "2024-02-11", None), ("11 hingga 13 Februari 2024", "2024-02-13", None)]),
    ("pendaftaran di tanggal 27 s.d. 29 Agustus 2024. Beliau",
     [("27 s.d. 29 Agustus 2024", "2024-08-27", None), ("27 s.d. 29 Agustus 2024", "2024-08-29", None)]),
    ("Bimtek (Senin-Selasa, 24-25 Nov'25) di Kediri",
     [("(Senin-Selasa, 24-25 Nov'25)", "2025-11-24", True), ("(Senin-Selasa, 24-25 Nov'25)", "2025-11-25", True)]),
    ("Rakor Selasa–Rabu, 16-18 Juli 2019 di Semarang",
     [("Selasa–Rabu, 16-18 Juli 2019", "2019-07-16", True), ("Selasa–Rabu, 16-18 Juli 2019", "2019-07-18", False)]),
    ("Bimtek Senin-Selasa (3-4/3/2025) di aula",
     [("Senin-Selasa (3-4/3/2025)", "2025-03-03", True), ("Senin-Selasa (3-4/3/2025)", "2025-03-04", True)]),
    ("verifikasi calon tanggal 29 hingga 4 September 2024. Sedangkan",
     [("29 hingga 4 September 2024", "2024-08-29", None), ("29 hingga 4 September 2024", "2024-09-04", None)]),
    # Two full day-month ends are two mentions, each with its own span.
    ("Pemilu 2024: Pleno 29 Pebruari sampai 1 Maret. Lebih lanjut",
     [("29 Pebruari", "2024-02-29", None), ("1 Maret", "2024-03-01", None)]),
    ("dari 4 Desember 2020 hingga 6 Desember 2020",
     [("4 Desember 2020", "2020-12-04", None), ("6 Desember 2020", "2020-12-06", None)]),
    # ... the first taking the second's year, or the year before over a new year
    ("berlangsung 15 Januari sampai dengan 14 Februari 2020. Dimulai",
     [("15 Januari", "2020-01-15", None), ("14 Februari 2020", "2020-02-14", None)]),
    ("akan menjalani magang selama empat bulan, mulai 25 Agustus hingga 19 Desember 2025. Ketua",
     [("25 Agustus", "2025-08-25", None), ("19 Desember 2025", "2025-12-19", None)]),
    ("Sedangkan pemeriksaan kesehatan tanggal 27 Agustus hingga 2 September 2024. Untuk",
     [("27 Agustus", "2024-08-27", None), ("2 September 2024", "2024-09-02", None)]),
    ("libur sekolah 29 Desember sampai 2 Januari 2025 di rumah",
     [("29 Desember", "2024-12-29", None), ("2 Januari 2025", "2025-01-02", None)]),
    ("magang mulai 25 Agustus-19 Desember 2025. Ketua",
     [("25 Agustus", "2025-08-25", None), ("19 Desember 2025", "2025-12-19", None)]),
    # The second day of a range may repeat "tanggal".
    ("Mulai tanggal 1 sampai dengan tanggal 14 Mei 2023 KPU menerima pendaftaran",
     [("1 sampai dengan tanggal 14 Mei 2023", "2023-05-01", None),
      ("1 sampai dengan tanggal 14 Mei 2023", "2023-05-14", None)]),
    ("berlangsung 15 Januari sampai dengan tanggal 14 Februari 2020. Dimulai",
     [("15 Januari", "2020-01-15", None), ("14 Februari 2020", "2020-02-14", None)]),
    # Not ranges.
    ("antara 20 sampai 55 kursi untuk DPRD", []),
    ("antara 20 sampai tanggal 25 pendaftar tiap desa", []),
])
def test_ranges(finder, text, expected):
    assert _found(text, finder) == expected


@pytest.mark.parametrize("text, expected", [
    # numeric dates with "-" or "." between the parts, a four-digit year
    ("Rapat pleno digelar Selasa (4-11-2025) di aula.", [("Selasa (4-11-2025)", "2025-11-04", True)]),
    ("Pendaftaran dibuka 02-06-2024 pukul 08.00 WIB.", [("02-06-2024", "2024-06-02", None)]),
    ("Pendaftaran dibuka 02.06.2024 di kantor KPU.", [("02.06.2024", "2024-06-02", None)]),
    ("Data diunduh pada 2024-06-02 dari laman KPU.", [("2024-06-02", "2024-06-02", None)]),
    # spaces inside a numeric date, a year glued to its month
    ("Rapat digelar Selasa (4/11/ 2025) di aula.", [("Selasa (4/11/ 2025)", "2025-11-04", True)]),
    ("Rapat digelar Selasa ( 4 / 11 / 2025 ) di aula.", [("Selasa ( 4 / 11 / 2025 )", "2025-11-04", True)]),
    ("dilaksanakan pada 4 Nopember2025 di aula", [("4 Nopember2025", "2025-11-04", None)]),
    # not dates: times, a range of times, a letter number, a fraction
    ("Rapat pukul 09.00-12.00 WIB di aula.", []),
    ("Surat B-14/PM.00.02/K.JT-17/09/2025 dikirim.", []),
    ("Disetujui 2/3 anggota.", []),
])
def test_separated_and_spaced_forms(finder, text, expected):
    assert _found(text, finder) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of days sharing one month and year: one span, a value for each day
    ("nanti tanggal 15 atau 16 November 2020, kita akan pakai gedung Wisuda",
     [("15 atau 16 November 2020", "2020-11-15", None), ("15 atau 16 November 2020", "2020-11-16", None)]),
    ("Bimtek digelar 6 dan 7 November 2025 di Semarang.",
     [("6 dan 7 November 2025", "2025-11-06", None), ("6 dan 7 November 2025", "2025-11-07", None)]),
    ("Bimtek digelar 6, 7, dan 8 November 2025 di Semarang.",
     [("6, 7, dan 8 November 2025", "2025-11-06", None), ("6, 7, dan 8 November 2025", "2025-11-07", None),
      ("6, 7, dan 8 November 2025", "2025-11-08", None)]),
    ("Rakor Kamis dan Jumat, 6 dan 7 November 2025 di aula.",
     [("Kamis dan Jumat, 6 dan 7 November 2025", "2025-11-06", True),
      ("Kamis dan Jumat, 6 dan 7 November 2025", "2025-11-07", True)]),
    ("Pleno tanggal 3 dan 4 Desember dalam Pilkada 2024.",
     [("3 dan 4 Desember", "2024-12-03", None), ("3 dan 4 Desember", "2024-12-04", None)]),
    # "sd" joins a range
    ("pendaftaran di tanggal 27 sd 29 Agustus 2024. Beliau",
     [("27 sd 29 Agustus 2024", "2024-08-27", None), ("27 sd 29 Agustus 2024", "2024-08-29", None)]),
    # not lists: a number before a date, days that do not ascend
    ("pasangan calon nomor urut 2, 27 November 2024 lalu", [("27 November 2024", "2024-11-27", None)]),
    ("Pasangan nomor urut 1 dan 2 hadir di aula.", []),
])
def test_lists_of_days(finder, text, expected):
    assert _found(text, finder) == expected


@pytest.mark.parametrize("text, expected", [
    # a month one or two letters off, between a day and a four-digit year
    ("Pemilihan Kepala Daerah yang akan dilaksanakan pada 27 Novembwe 2024 mendatang.",
     [("27 Novembwe 2024", "2024-11-27", None)]),
    ("Rapat digelar 3 Agutus 2025 di aula.", [("3 Agutus 2025", "2025-08-03", None)]),
    ("Rapat digelar 4 Febuari 2025 di aula.", [("4 Febuari 2025", "2025-02-04", None)]),
    ("Rapat digelar Jumat, 5 Desemeber 2025 di aula.", [("Jumat, 5 Desemeber 2025", "2025-12-05", True)]),
    ("Rapat digelar Jum´at (7/11/2025) di aula.", [("Jum´at (7/11/2025)", "2025-11-07", True)]),
    ("Rapat digelar Rabu, 5 Desemeber di aula dalam rangka Pilkada 2024.", [("Rabu, 5 Desemeber", "2024-12-05", False)]),
    ("Rapat digelar pada 27 Novembwe tahun 2024 di aula.", [("27 Novembwe tahun 2024", "2024-11-27", None)]),
    # not months: words far from every month name; a misspelt month with neither year nor weekday
    ("Rapat digelar pada 27 Novembwe di aula dalam rangka Pilkada 2024.", []),
    ("Rapat digelar Rabu, 5 orang hadir di aula.", []),
    ("Sebanyak 12 Tahun 2025 berlalu dan 5 Juta 2025 anggaran.", []),
    ("Peraturan KPU Nomor 6 Tahun 2019 tentang PAW.", []),
])
def test_misspelt_months(finder, text, expected):
    assert _found(text, finder) == expected


@pytest.mark.parametrize("text, expected", [
    # a letter's number is no date; the letter's date is one
    ("Surat Nomor 1/11/2025 tanggal 3/11/2025 dikirim.", [("3/11/2025", "2025-11-03", None)]),
    ("Berdasarkan Surat No. 12/11/2025 tanggal 3 November 2025 perihal Undangan.",
     [("3 November 2025", "2025-11-03", None)]),
    ("SK Nomor 5/HK.03.1-Kpt/3578/KPU-Kot/XI/2025 tertanggal 3 November 2025 ditetapkan.",
     [("3 November 2025", "2025-11-03", None)]),
    # an era glued to the year ends the date, not the year
    ("Rapat digelar Senin, 3 November 2025M di aula.", [("Senin, 3 November 2025", "2025-11-03", True)]),
    ("Rapat digelar Senin, 3 November 2025 M / 1447 H di aula.", [("Senin, 3 November 2025", "2025-11-03", True)]),
    # "tahun" between a month and its year stays in the span
    ("Rapat digelar pada tanggal 3 November tahun 2025 di aula.", [("3 November tahun 2025", "2025-11-03", None)]),
    ("Pilkada tahun 2024. Rapat digelar pada 3 November tahun ini.", [("3 November", "2024-11-03", None)]),
    # the last year of a term is no year of the article's dates: with the election's year, the weekday decides
    ("KPU menetapkan calon terpilih Pemilu 2019 sebagai anggota DPRD periode 2019-2024 dalam rapat pleno, Jumat (9/8).",
     [("Jumat (9/8)", "2019-08-09", True)]),
    ("Calon anggota KPU kabupaten periode 2023-2028 diumumkan di Manokwari, Jumat (7/4).",
     [("Jumat (7/4)", "2023-04-07", True)]),
    # ... yet where no other written year fits the weekday, the end of a past term is the year that does
    ("Mantan Ketua KPU periode 2014/2019 itu menjadi narasumber sosialisasi, Sabtu (07/09).",
     [("Sabtu (07/09)", "2019-09-07", True)]),
    # two years written apart still leave the date without a year when both fit its weekday
    ("Pemilu 2019 dan Pilkada 2024 dibahas dalam rapat, Jumat (9/8).", [("Jumat (9/8)", None, None)]),
])
def test_letter_references_and_written_years(finder, text, expected):
    assert _found(text, finder) == expected


@pytest.mark.parametrize("page, expected", [
    # the stamp before the headline is furniture, yet gives the year of a date written without one
    ("Berita Terkini\nSelasa, 4 November 2025 10:15 WIB\n\nKPU Blora Gelar Rapat Pleno Terbuka\n\n"
     "BLORA – KPU Kabupaten Blora menggelar rapat pleno terbuka, Rabu (5/11) di aula kantor. Rapat dihadiri "
     "seluruh PPK.\n", [[("Rabu (5/11)", "2025-11-05")]]),
    # each article takes the stamp printed before it, never another article's
    ("Selasa, 4 November 2025 10:15 WIB\n\nKPU Blora Gelar Rapat Pleno Terbuka\n\n"
     "BLORA – KPU Kabupaten Blora menggelar rapat pleno terbuka, Rabu (5/11) di aula kantor. (*)\n\n"
     "KPU Pati Lantik Anggota PPS Baru\n\n"
     "PATI – KPU Kabupaten Pati melantik anggota PPS, Senin (3/2) di pendopo kabupaten. (*)\n",
     [[("Rabu (5/11)", "2025-11-05")], [("Senin (3/2)", None)]]),
    ("Selasa, 4 November 2025 10:15 WIB\n\nKPU Blora Gelar Rapat Pleno Terbuka\n\n"
     "BLORA – KPU Kabupaten Blora menggelar rapat pleno terbuka, Rabu (5/11) di aula kantor. (*)\n\n"
     "Senin, 3 Februari 2020 09:00 WIB\n\nKPU Pati Lantik Anggota PPS Baru\n\n"
     "PATI – KPU Kabupaten Pati melantik anggota PPS, Senin (3/2) di pendopo kabupaten. (*)\n",
     [[("Rabu (5/11)", "2025-11-05")], [("Senin (3/2)", "2020-02-03")]]),
    # a teaser printed inside the article is furniture: its date is no mention; a sentence naming one is
    ("KPU Blora Gelar Rapat Pleno Terbuka\n\n"
     "BLORA – KPU Kabupaten Blora menggelar rapat pleno terbuka, Rabu (5/11/2025) di aula kantor.\n"
     "Baca Juga: KPU Jadwalkan Rekapitulasi Pilkada Pada 7 Desember\n"
     "Rapat dilanjutkan pada 7 Desember di aula yang sama. (*)\n",
     [[("Rabu (5/11/2025)", "2025-11-05"), ("7 Desember", "2025-12-07")]]),
])
def test_pipeline_passes_the_stamp_year_of_the_furniture_before_each_article(rules_extractor, page, expected):
    articles = rules_extractor.extract(page, "t")
    assert [[(d.text, d.value) for d in a.dates] for a in articles] == expected
