"""The main event on real KPU news sentence shapes (invented names): type, organizer, participants, mode, date."""

from __future__ import annotations

import pytest


def _event(extractor, headline, body):
    article = extractor.extract(f"{headline}\n\n{body}", "t")[0]
    return article.events[0]


@pytest.mark.parametrize("headline, body, expected", [
    ("KPU Kabupaten Blora Gelar FGD Rumusan Kebijakan Pemungutan dan Penghitungan Suara",
     "KPU Kabupaten Blora menggelar diskusi kelompok terarah di aula kantor, Senin (3/11/2025).", "MEETING"),
    ("KPU Kendal Tetapkan Total Pemilih dalam Pleno Pemutakhiran Data Pemilih Berkelanjutan",
     "KPU Kabupaten Kendal menggelar rapat pleno terbuka, Rabu (1/10/2025).", "VOTER_DATA"),
    ("KPU Kota Semarang Hadiri Rapat Paripurna DPRD dengan Agenda Penetapan Walikota Terpilih",
     "KPU Kota Semarang menghadiri rapat paripurna, Senin (3/3/2025).", "MEETING"),
    ("KPU Magelang Intensifkan Koordinasi PDPB di Enam Kecamatan",
     "KPU Kabupaten Magelang melaksanakan monitoring ke desa-desa, Kamis (23/10/2025).", "COORDINATION"),
    ("Kunjungan Sekprov KPU Jateng ke Blora : Konsolidasi dan Penguatan Soliditas Tim",
     "Sekretaris KPU Provinsi Jawa Tengah, Bapak Darmaji Wirasena, melakukan kunjungan kerja ke kantor KPU Kabupaten Blora.",
     "VISIT"),
    ("Pesta Demokrasi Jawa Barat Dimulai",
     "KPU Provinsi Jawa Barat meresmikan pemilihan kepala daerah serentak di Sasana Budaya Ganesha, Bandung.", "CEREMONY"),
    ("Catatan Akhir Pekan",
     "Anggota PPK dan PPS yang telah dilantik diminta segera melakukan rapat pleno untuk memilih ketua.", "CEREMONY"),
    ("Meski Menurun, Partisipasi Masyarakat Tetap Tinggi",
     "Angka partisipasi masyarakat masih termasuk lima besar di provinsi ini.", "OTHER"),
])
def test_type(rules_extractor, headline, body, expected):
    assert _event(rules_extractor, headline, body).type == expected


@pytest.mark.parametrize("headline, body, organizer, participants", [
    ("KPU Blora Ikuti Forum Diskusi Perencanaan",
     "BLORA – Komisi Pemilihan Umum (KPU) Kabupaten Blora mengikuti kegiatan forum diskusi yang diselenggarakan oleh "
     "KPU Provinsi Jawa Tengah, Selasa (4/11/2025).",
     "KPU Provinsi Jawa Tengah", ["KPU Kabupaten Blora"]),
    ("KPU Blora dan Dinas Perpustakaan Gelar Pelatihan Arsip",
     "BLORA – KPU Kabupaten Blora bekerja sama dengan Dinas Perpustakaan dan Kearsipan Kabupaten Blora menggelar "
     "pelatihan pengelolaan arsip, Senin (3/11/2025).",
     "KPU Kabupaten Blora", ["Dinas Perpustakaan dan Kearsipan Kabupaten Blora"]),
    ("Belajar Pilkada ke Kulon Progo",
     "Pada Rabu, 23 Agustus 2017 KPU Kapuas dan KPU Katingan berkunjung ke KPU Kulon Progo.",
     None, ["KPU Kabupaten Kapuas", "KPU Kabupaten Katingan", "KPU Kabupaten Kulon Progo"]),
    ("Pleno Rekapitulasi Daftar Pemilih Berkelanjutan",
     "KPU Kabupaten Kendal menggelar rapat pleno terbuka di Aula KPU Kabupaten Kendal, Rabu (1/10/2025). "
     "Rapat pleno ini dihadiri oleh Bawaslu Kabupaten Kendal dan Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kendal.",
     "KPU Kabupaten Kendal", ["Bawaslu Kabupaten Kendal", "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kendal"]),
    ("KPU Kota Semarang Lakukan Koordinasi Daftar Pemilih",
     "Komisi Pemilihan Umum (KPU) Kota Semarang melakukan kunjungan ke Dinas Kependudukan dan Pencatatan Sipil Kota "
     "Semarang, Selasa (29/4/2025). Ketua KPU Kota Semarang, Bagas Wicaksono, bersama anggota hadir dalam kunjungan tersebut.",
     "KPU Kota Semarang", ["Dinas Kependudukan dan Pencatatan Sipil Kota Semarang"]),
    ("Pleno Daftar Pemilih Triwulan III",
     "KPU Kabupaten Rembang menggelar rapat pleno terbuka di aula kantor, Kamis (2/10/2025). Turut hadir dalam "
     "rapat tersebut Bawaslu Kabupaten Rembang.",
     "KPU Kabupaten Rembang", ["Bawaslu Kabupaten Rembang"]),
    ("KPU Grobogan Gelar Sosialisasi Pemilih Pemula",
     "KPU Kabupaten Grobogan melaksanakan sosialisasi pendidikan pemilih kepada pemilih pemula, Senin (15/12/2025).",
     "KPU Kabupaten Grobogan", []),
])
def test_organizer_and_participants(rules_extractor, headline, body, organizer, participants):
    event = _event(rules_extractor, headline, body)
    assert event.organizer == organizer
    assert sorted(event.participants) == sorted(participants)


@pytest.mark.parametrize("body, mode", [
    ("KPU Kabupaten Blora mengikuti rapat koordinasi secara daring melalui zoom meeting, Rabu (29/10/2025).", "online"),
    ("KPU Kabupaten Blora menggelar rapat koordinasi di Aula KPU Kabupaten Blora, Rabu (29/10/2025).", "offline"),
    ("KPU Kabupaten Boyolali menggelar diskusi di Lorin Solo Hotel, Karanganyar, Sabtu (24/6/2023).", "offline"),
    ("Bertempat di aula, KPU Kabupaten Grobogan mengikuti rapat yang dilaksanakan secara daring, Jumat (19/9/2025).",
     "hybrid"),
    ("KPU Kabupaten Blora melaksanakan koordinasi dengan Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora.", None),
    ("KPU Kabupaten Blora menyampaikan data pemilih di Kabupaten Blora kepada partai politik.", None),
])
def test_mode(rules_extractor, body, mode):
    assert _event(rules_extractor, "Kegiatan KPU Pekan Ini", body).mode == mode


@pytest.mark.parametrize("body, date", [
    ("KPU Kabupaten Blora melakukan klarifikasi di Kantor DPD PKS Kabupaten Blora, Rabu (5/11/2025).", "2025-11-05"),
    ("Rabu 6 September 2017 lalu KPU Kabupaten Rembang menyelenggarakan sosialisasi pemilih pemula.", "2017-09-06"),
    ("Sleman (25/01/2023) - Anggota KPU Kabupaten Sleman, Rina Paramitha hadir sebagai narasumber talk show radio "
     "pada Rabu, 22 Maret 2023.", "2023-03-22"),
    ("KPU Kabupaten Grobogan menggencarkan sosialisasi ke sekolah-sekolah mengenai Pilkada 2024 untuk menyasar pemilih "
     "pemula. KPU Grobogan menargetkan 10 sekolah yang menjadi sasaran sosialisasi pada tahun ini. Kesepuluh sekolah itu "
     "tersebar di seluruh kecamatan di Kabupaten Grobogan dan dipilih bersama dinas pendidikan. Komisioner KPU Grobogan "
     "Joko Sasmito mengatakan pemilih pemula sangat penting, katanya, Sabtu (5/10/2024).",
     None),
])
def test_date_is_the_lead_date(rules_extractor, body, date):
    assert _event(rules_extractor, "Kegiatan KPU Pekan Ini", body).date == date
