"""Organization mentions and canonical names on real phrases."""

from __future__ import annotations

import pytest

from kpu_extract.organizations import OrganizationFinder, group_organizations
from kpu_extract.patterns import load_lexicons
from kpu_extract.regions import load_gazetteer


@pytest.fixture(scope="module")
def finder():
    return OrganizationFinder(load_lexicons(), load_gazetteer())


@pytest.mark.parametrize("text, name, code", [
    ("Komisi Pemilihan Umum (KPU) Kabupaten Blora mengikuti", "KPU Kabupaten Blora", "33.16"),
    ("Ketua KPU Blora, Widi", "KPU Kabupaten Blora", "33.16"),
    ("Kadiv SDM dan Litbang KPU Jateng, Mey", "KPU Provinsi Jawa Tengah", "33"),
    ("KPU Kab. Grobogan menggelar", "KPU Kabupaten Grobogan", "33.15"),
    ("Kadiv Sosdiklih Parmas dan SDM KPU Kota Pangkal Pinang, Margarita", "KPU Kota Pangkal Pinang", "19.71"),
    ("KPU KOTA SURABAYA MENERIMA", "KPU Kota Surabaya", "35.78"),
    ("hadir para komisioner Bawaslu Blora", "Bawaslu Kabupaten Blora", "33.16"),
    ("setelah surat edaran dari KPU RI.", "KPU RI", None),
    ("Badan Pengawasan Pemilihan Umum (Bawaslu) Lombok Barat (Lobar) meminta", "Bawaslu Kabupaten Lombok Barat",
     "52.01"),
    ("Menariknya saat rapat baru dibuka, Bawaslu Flotim langsung memberikan interupsi", "Bawaslu Kabupaten Flores Timur",
     "53.06"),
    # Aceh's regencies written short ("Asel" for Aceh Selatan), the holder's name after it
    ("Hadir pula Ketua Panwaslu Asel Rahmat Hidayat, SH dalam rapat itu", "Panwaslu Kabupaten Aceh Selatan", "11.01"),
])
def test_election_bodies(finder, text, name, code):
    (org,) = group_organizations(finder.find(text))
    assert (org.name, org.region_code) == (name, code)


@pytest.mark.parametrize("text", [
    "seluruh KPU Kabupaten/Kota se-Jawa Tengah",
    "diikuti serempak oleh seluruh KPU kabupaten/kota serta perwakilan",
])
def test_groups_of_bodies_are_not_organizations(finder, text):
    assert [o.name for o in group_organizations(finder.find(text))] == []


def test_other_organization_with_acronym(finder):
    text = ("berkoordinasi dengan Dinas Kependudukan dan Pencatatan Sipil (Dindukcapil) Kabupaten Blora. "
            "Mereka berkoordinasi langsung dengan pihak Dindukcapil.")
    (org,) = group_organizations(finder.find(text))
    assert org.name == "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora"
    assert org.acronym == "Dindukcapil"
    assert [m.text for m in org.mentions][-1] == "Dindukcapil"


def test_same_name_regency_and_city_follows_the_article(finder):
    orgs = group_organizations(finder.find("KPU Kota Semarang menggelar rapat. KPU Semarang juga hadir."))
    assert [o.name for o in orgs] == ["KPU Kota Semarang"]


@pytest.mark.parametrize("text, mentions", [
    ("Apel diikuti jajaran Sekretariat KPU Kabupaten Grobogan di halaman kantor.",
     [("KPU Kabupaten Grobogan", "Sekretariat KPU Kabupaten Grobogan")]),
    ("Ketua Bawaslu Kabupaten Sukoharjo hadir. Dana diserahkan kepada Ketua Bawaslu Hendra Wijaya.",
     [("Bawaslu Kabupaten Sukoharjo", "Bawaslu Kabupaten Sukoharjo"), ("Bawaslu Kabupaten Sukoharjo", "Bawaslu")]),
    ("Hadir Kepala Dinsos, Kepala Kemenag dan unsur Forkompimda.",
     [("Dinsos", "Dinsos"), ("Kemenag", "Kemenag"), ("Forkompimda", "Forkompimda")]),
    ("Acara diselenggarakan oleh DPD Partai Nasdem Kudus di kantornya.",
     [("DPD Partai Nasdem Kudus", "DPD Partai Nasdem Kudus")]),
    ("Rapat membahas Putusan Mahkamah Konstitusi Nomor 267/PHPU.BUP-XXIII/2025.",
     [("Mahkamah Konstitusi", "Mahkamah Konstitusi")]),
    ("Ketua DPC PDI Perjuangan HM Sulaiman menyampaikan aspirasi.",
     [("DPC PDI Perjuangan", "DPC PDI Perjuangan")]),
    ("Rapat pleno KPU KBB digelar di aula.", [("KPU Kabupaten Bandung Barat", "KPU KBB")]),
    ("sesuai Peraturan Pemerintah Pengganti Undang-Undang Nomor 1 Tahun 2014", []),
    # a generic head before an acronym head is one body ("Badan Kesbangpol"), not "Kesbangpol" alone
    ("Undangan diterima Badan Kesbangpol, Polrestabes Sukamaju, 14 camat serta Kodim 1234/TI dan utusan Rutan.",
     [("Badan Kesbangpol", "Badan Kesbangpol"), ("Polrestabes Sukamaju", "Polrestabes Sukamaju"),
      ("Kodim 1234/TI", "Kodim 1234/TI"), ("Rutan", "Rutan")]),
    # a rank right after the head is part of the name; the person is not read inside it
    ("Sebanyak 10 mahasiswa dari Universitas Jenderal Soedirman, akan menjalani magang.",
     [("Universitas Jenderal Soedirman", "Universitas Jenderal Soedirman")]),
    # after a name ending in a region, "dan" starts another body
    ("Sebagai peserta eksternal dari Kominfo Blora, Dinas Pendidikan Blora dan Bakesbangpol Blora.",
     [("Kominfo Blora", "Kominfo Blora"), ("Dinas Pendidikan Blora", "Dinas Pendidikan Blora"),
      ("Bakesbangpol Blora", "Bakesbangpol Blora")]),
    # classes of bodies: generic words after the head, a level without a region, a group with "/"
    ("Hadir dalam rakor yakni Partai Politik Se Kabupaten Blora, dan PPK divisi Teknis Se Kabupaten Blora.", []),
    ("diikuti dari unsur Bawaslu Kabupaten Grobogan dan Partai Politik Peserta Pemilu/Pemilihan Tahun 2024.",
     [("Bawaslu Kabupaten Grobogan", "Bawaslu Kabupaten Grobogan")]),
    ("sejak diterimanya nama Anggota DPR, DPD, DPRD Provinsi/DPRD Kabupaten/Kota yang berhenti antarwaktu.", []),
    # a residence and a photo credit hold no organization
    ("Kamis (20/11/2025) di Pendopo Rumah Dinas Bupati Magelang.", []),
    ("bentuk dukungan Bawaslu. (rhd/ed. Foto: rhd/KPU Kota Semarang)", []),
    # an outlet named as an actor after a cue; none without the cue
    ('"Semuanya berjalan dengan lancar," ujarnya kepada Tribun. Pasangan', [("Tribun", "Tribun")]),
    ("Tribun mencatat jumlah pemilih", []),
    # a local outlet: a web domain, a name ending in an outlet word, or the outlet the dateline credits
    ('"Tahapan berjalan," kata Ketua Bawaslu kepada Riaupos.co, Selasa.', [("Riaupos.co", "Riaupos.co")]),
    ('"Koreksinya di tingkat kecamatan," ujarnya kepada Lombok News, Rabu.', [("Lombok News", "Lombok News")]),
    ("Pantauan Beritaku.com, rapat pleno berlangsung hingga malam.", [("Beritaku.com", "Beritaku.com")]),
    # "dijumpai" as a cue, any cue in any case, and a name ending in "Ekspres"
    ("Dijumpai Lumbung Today usai apel, Sekretaris KPU membenarkan jadwal itu.", [("Lumbung Today", "Lumbung Today")]),
    ("Pantauan Lumbung Ekspres di gudang logistik, kotak suara sudah tersegel.",
     [("Lumbung Ekspres", "Lumbung Ekspres")]),
    ("Ekspres Sukamaju melintas di depan gudang logistik.", []),
    # negatives: "Ekspres"/"Express" after a bare "kepada" ends a courier's name as often as an outlet's
    ("Berkas dikirim lewat kurir kepada Kilat Express sore itu.", []),
    ("Map itu dititipkan kepada Pos Ekspres di terminal.", []),
    ("Palu, Beritasulteng.id – KPU Kota Palu menggelar rapat.\nKetua KPU Kota Palu kepada Beritasulteng mengatakan,",
     [("KPU Kota Palu", "KPU Kota Palu"), ("KPU Kota Palu", "KPU Kota Palu"), ("Beritasulteng", "Beritasulteng")]),
    # a capitalised word after "kepada" is no outlet unless the dateline credits it or an outlet word ends it
    ("Palu, Beritasulteng.id – KPU Kota Palu menyerahkan SK kepada Sekretaris KPU Kota Palu.",
     [("KPU Kota Palu", "KPU Kota Palu"), ("KPU Kota Palu", "KPU Kota Palu")]),
    ("Piagam diserahkan kepada Lurah Sukamaju.", []),
    # a party abbreviation after DPRD is its own body, and it names the party written in full
    ("bahwa Partai Keadilan Sejahtera pada Pemilu 2024, atas nama Munatin, anggota DPRD PKS dari Dapil Blora 4",
     [("Partai Keadilan Sejahtera", "Partai Keadilan Sejahtera"), ("Partai Keadilan Sejahtera", "PKS")]),
    # an acronym with the words after its parentheses names the body written in full
    ("ke Lembaga Pemasyarakatan (Lapas) Kelas IIA Purwokerto. Rombongan diterima jajaran Lapas Kelas IIA Purwokerto.",
     [("Lembaga Pemasyarakatan Kelas IIA Purwokerto", "Lembaga Pemasyarakatan (Lapas) Kelas IIA Purwokerto"),
      ("Lembaga Pemasyarakatan Kelas IIA Purwokerto", "Lapas Kelas IIA Purwokerto")]),
    # an acronym with lowercase letters (over twelve) stays inside the name
    ("kunjungan ke Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil) Kota Semarang untuk koordinasi",
     [("Dinas Kependudukan dan Pencatatan Sipil Kota Semarang",
       "Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil) Kota Semarang")]),
    # party names with a civil head word inside stay whole
    ("Partai Amanat Nasional, Partai Persatuan Pembangunan, Partai Hati Nurani Rakyat",
     [("Partai Amanat Nasional", "Partai Amanat Nasional"),
      ("Partai Persatuan Pembangunan", "Partai Persatuan Pembangunan"),
      ("Partai Hati Nurani Rakyat", "Partai Hati Nurani Rakyat")]),
    # wives' associations are bodies
    ("dihadiri Ketua Persit Chandra Kirana Cangkringan, dan Ketua Bhayangkari Cangkringan, serta perwakilan",
     [("Persit Chandra Kirana Cangkringan", "Persit Chandra Kirana Cangkringan"),
      ("Bhayangkari Cangkringan", "Bhayangkari Cangkringan")]),
    # "anggota KPU se-Jawa Tengah" is a group: no bare KPU
    ("Pembinaan dan Pengawasan Internal Anggota KPU se-Jawa Tengah, Kamis (4/12/2025).", []),
    ("Hadir pula Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil), Badan Kesbangpol Kabupaten Kendal, serta pemantau.",
     [("Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)"),
      ("Badan Kesbangpol Kabupaten Kendal", "Badan Kesbangpol Kabupaten Kendal")]),
    # the police written in full: a regional command spelled "Resort", the national police by its whole name
    ("Kepolisian Resort Kota Lumbung mengawal truk logistik sampai gudang.",
     [("Kepolisian Resort Kota Lumbung", "Kepolisian Resort Kota Lumbung")]),
    ("Purnawirawan Kepolisian Negara Republik Indonesia tetap terdata.",
     [("Kepolisian Negara Republik Indonesia", "Kepolisian Negara Republik Indonesia")]),
    ("Rapat digelar di Lumbung Resort milik warga.", []),
    # the women's coalition and orphanages are bodies; a party coalition, what an orphanage houses and the words in
    # lower case are none
    ("Pelatihan saksi perempuan diisi pengurus Koalisi Perempuan Indonesia Lumbung Raya.",
     [("Koalisi Perempuan Indonesia Lumbung Raya", "Koalisi Perempuan Indonesia Lumbung Raya")]),
    ("Pegawai sekretariat menyerahkan paket sembako kepada pengasuh Panti Asuhan Kasih Bunda.",
     [("Panti Asuhan Kasih Bunda", "Panti Asuhan Kasih Bunda")]),
    ("Berkas bakal pasangan calon dari Koalisi Lumbung Maju dinyatakan lengkap.", []),
    ("Koalisi Sembilan Partai mendaftarkan pasangan calonnya.", []),
    ("Pegawai KPU berbagi takjil ke Panti Asuhan Yatim Piatu di Lumbung.", []),
    ("Bingkisan diantar ke panti asuhan dekat pasar; koalisi partai ikut menyumbang.", []),
])
def test_mentions(finder, text, mentions):
    found = [(m.name, m.text) for m in finder.find(text)]
    assert found == mentions


@pytest.mark.parametrize("text, mentions", [
    # a party's name ends before the name of its member
    ("Senada dilontarkan anggota DPRD Provinsi Jawa Tengah dari Fraksi PDIP Rina Palupi.",
     [("DPRD Provinsi Jawa Tengah", "DPRD Provinsi Jawa Tengah"), ("Fraksi PDIP", "Fraksi PDIP")]),
    ("Acara digelar oleh DPD Partai NasDem Kudus dan DPC Gerindra Kota Semarang.",
     [("DPD Partai NasDem Kudus", "DPD Partai NasDem Kudus"),
      ("DPC Gerindra Kota Semarang", "DPC Gerindra Kota Semarang")]),
    # the acronym with the region in parentheses belongs to the mention
    ("RM.id - Komisi Independen Pemilihan Provinsi Aceh (KIP Aceh) kerap kita dengar jelang pemilu.",
     [("KIP Provinsi Aceh", "Komisi Independen Pemilihan Provinsi Aceh (KIP Aceh)")]),
    # a head word whose name is written before it ("... Intern Pemerintah (SPIP)") is no body
    ("seiring implementasi Sistem Pengendalian Intern Pemerintah (SPIP) di lingkungan KPU.", []),
    # Panwaslu is the election supervisory committee, named with the body word as written
    ("disaksikan oleh Ketua Panwaslu Kabupaten Kudus dan Kapolres Kudus.",
     [("Panwaslu Kabupaten Kudus", "Panwaslu Kabupaten Kudus")]),
    ("Panitia Pengawas Pemilihan Umum (Panwaslu) Kota Tidore Kepulauan menggelar FGD bersama ASN.",
     [("Panwaslu Kota Tidore Kepulauan", "Panitia Pengawas Pemilihan Umum (Panwaslu) Kota Tidore Kepulauan")]),
    ("Ketua Panwas Kabupaten Siak meninjau gudang logistik.", [("Panwas Kabupaten Siak", "Panwas Kabupaten Siak")]),
])
def test_mentions_on_unseen_offices(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # "dan" before an office ends the body's name; "dan" inside a body's name does not
    ("Hadir narasumber Kepala Dinas Kesehatan dan Ketua Bawaslu dalam diskusi.",
     [("Dinas Kesehatan", "Dinas Kesehatan")]),
    ("Rapat dihadiri Dinas Koperasi dan Tenaga Kerja Kabupaten Pati.",
     [("Dinas Koperasi dan Tenaga Kerja Kabupaten Pati", "Dinas Koperasi dan Tenaga Kerja Kabupaten Pati")]),
    # short names of provinces and regencies
    ("Ketua KPU Kukar dan KPU Malut hadir dalam rakor.",
     [("KPU Kabupaten Kutai Kartanegara", "KPU Kukar"), ("KPU Provinsi Maluku Utara", "KPU Malut")]),
])
def test_body_names_end(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a region ends a body's name: the holder's name after it is no part of it
    ("Ketua DPD Partai Golkar Banten Ahmad Rizal menghadiri rapat.",
     [("DPD Partai Golkar Banten", "DPD Partai Golkar Banten")]),
    ("Kepala Dinas Pendidikan Kabupaten Blora Budi Santoso hadir.",
     [("Dinas Pendidikan Kabupaten Blora", "Dinas Pendidikan Kabupaten Blora")]),
    # ... after its level too when written by its other name ("Kepri" for Kepulauan Riau)
    ("Sesi berikutnya menghadirkan Ketua PWI Provinsi Kepri Agus Salim.",
     [("PWI Provinsi Kepri", "PWI Provinsi Kepri")]),
    # a region after a region goes on ("... Yogyakarta Magelang")
    ("kampus Politeknik Pembangunan Pertanian Yogyakarta Magelang menggelar acara.",
     [("Politeknik Pembangunan Pertanian Yogyakarta Magelang", "Politeknik Pembangunan Pertanian Yogyakarta Magelang")]),
    # a national body ends at RI; alone in a list of elections it is no body
    ("Ketua Komisi II DPR RI Ahmad Rizal Kurnia mengatakan revisi belum dibahas.",
     [("Komisi II DPR RI", "Komisi II DPR RI")]),
    # ad hoc election committees written in full, university acronyms
    ("Ketua Panitia Pemungutan Suara (PPS) Desa Sukamaju, Sunarto, menjelaskan.",
     [("Panitia Pemungutan Suara Desa Sukamaju", "Panitia Pemungutan Suara (PPS) Desa Sukamaju")]),
    ("Dosen Unair, Bagus Pribadi, menjadi narasumber bersama peneliti UGM.",
     [("Unair", "Unair"), ("UGM", "UGM")]),
    # a place the article names elsewhere ends the body's name: the words after it are the holder
    ("Sosialisasi digelar di Desa Rasabou Kecamatan Ambalawi. Hadir Ketua Panwascam Ambalawi Rahmat.",
     [("Panwascam Ambalawi", "Panwascam Ambalawi")]),
    ("KPU meneken MoU dengan Sekolah Tinggi Ilmu Hukum (STIH) Watdek. Hadir Ketua Yayasan Pendidikan Watdek Maria "
     "Renwarin.", [("Sekolah Tinggi Ilmu Hukum Watdek", "Sekolah Tinggi Ilmu Hukum (STIH) Watdek"),
                   ("Yayasan Pendidikan Watdek", "Yayasan Pendidikan Watdek")]),
    # ... but not a point of the compass after it, nor a place no other words of the article name
    ("Rapat di Kecamatan Ambalawi. Hadir Ketua Panwascam Ambalawi Barat.",
     [("Panwascam Ambalawi Barat", "Panwascam Ambalawi Barat")]),
    ("Hadir Ketua Yayasan Pendidikan Watdek Maria.",
     [("Yayasan Pendidikan Watdek Maria", "Yayasan Pendidikan Watdek Maria")]),
    # a committee spelled out before the level its place is written with is named by its acronym and that place
    ("AMBALAWI – Panitia Pemilihan Kecamatan (PPK) Kecamatan Ambalawi menggelar rapat pleno.",
     [("PPK Kecamatan Ambalawi", "Panitia Pemilihan Kecamatan (PPK) Kecamatan Ambalawi")]),
    ("Panitia Pemungutan Suara (PPS) Kelurahan Nunu menggelar rapat pleno.",
     [("Panitia Pemungutan Suara Kelurahan Nunu", "Panitia Pemungutan Suara (PPS) Kelurahan Nunu")]),
])
def test_body_names_end_before_holders(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # regional government, press and religious bodies
    ("Rapat bersama DPRD Kota Cirebon, Pemda Kota Cirebon dan PWI Cirebon.",
     [("DPRD Kota Cirebon", "DPRD Kota Cirebon"), ("Pemda Kota Cirebon", "Pemda Kota Cirebon"),
      ("PWI Cirebon", "PWI Cirebon")]),
    ("KPU Bojonegoro menggelar rapat dengan PCNU Bojonegoro dan PD Muhammadiyah Bojonegoro.",
     [("KPU Kabupaten Bojonegoro", "KPU Bojonegoro"), ("PCNU Bojonegoro", "PCNU Bojonegoro"),
      ("PD Muhammadiyah Bojonegoro", "PD Muhammadiyah Bojonegoro")]),
    # a branch named with its association's own head
    ("KPU menerima audiensi dari PC IMM Blora di ruang pertemuan.", [("PC IMM Blora", "PC IMM Blora")]),
    # an acronym in parentheses after a region stays in the mention; a comma after the region ends it
    ("KPU Jember bekerja sama dengan Universitas Jember (Unej) dan Politeknik Negeri Jember.",
     [("KPU Kabupaten Jember", "KPU Jember"), ("Universitas Jember", "Universitas Jember (Unej)"),
      ("Politeknik Negeri Jember", "Politeknik Negeri Jember")]),
    # state companies and firms
    ("Kepala Cabang BRI Blora menyerahkan bantuan bersama CV Maju Jaya.",
     [("BRI Blora", "BRI Blora"), ("CV Maju Jaya", "CV Maju Jaya")]),
    ("Hadir Polres Blora, Pengadilan Negeri Blora, dan Bappeda Blora. Hadir pula PPK.",
     [("Polres Blora", "Polres Blora"), ("Pengadilan Negeri Blora", "Pengadilan Negeri Blora"),
      ("Bappeda Blora", "Bappeda Blora")]),
    # ad hoc committees of several places listed after one head: one committee per kecamatan or desa
    ("Coklit dihadiri Panwascam Tuah Madani dan Siak Hulu, PPS Sidomulyo Barat dan Kubang Jaya.",
     [("Panwascam Tuah Madani", "Panwascam Tuah Madani"), ("Panwascam Siak Hulu", "Siak Hulu"),
      ("PPS Sidomulyo Barat", "PPS Sidomulyo Barat"), ("PPS Kubang Jaya", "Kubang Jaya")]),
    ("Supervisi kepada Panwaslu Kecamatan Lilialy dan Waplau, Kamis (22/02).",
     [("Panwaslu Kecamatan Lilialy", "Panwaslu Kecamatan Lilialy"), ("Panwaslu Kecamatan Waplau", "Waplau")]),
    # what follows "dan" is no place: a person, or another body's holder
    ("Rapat dihadiri Ketua PPS Desa Jati dan Ahmad Rizal selaku tokoh masyarakat.",
     [("PPS Desa Jati", "PPS Desa Jati")]),
    ("Hadir PPK Tambang dan Kapolsek Tambang.", [("PPK Tambang", "PPK Tambang")]),
    ("Anggota PPK Kecamatan Sonder, Dewi, menjelaskan tahapan.", [("PPK Kecamatan Sonder", "PPK Kecamatan Sonder")]),
    # a bare committee head of the same tier joined to committees named by their places: one of each place
    ("Coklit dihadiri PPK dan Panwascam Tuah Madani dan Siak Hulu.",
     [("PPK Tuah Madani", "PPK"), ("PPK Siak Hulu", "PPK"), ("Panwascam Tuah Madani", "Panwascam Tuah Madani"),
      ("Panwascam Siak Hulu", "Siak Hulu")]),
    # a village's committee names no district's committee; nor does a place with its level written
    ("Coklit dihadiri PPK dan PPS Sidomulyo.", [("PPS Sidomulyo", "PPS Sidomulyo")]),
    ("Hadir PPK dan Panwascam Kecamatan Sonder.", [("Panwascam Kecamatan Sonder", "Panwascam Kecamatan Sonder")]),
    # "serta" after a region of several words ends the name
    ("Hadir Kesbangpol Kalimantan Selatan, Ketua PWI Kalimantan Selatan serta Akademisi.",
     [("Kesbangpol Kalimantan Selatan", "Kesbangpol Kalimantan Selatan"),
      ("PWI Kalimantan Selatan", "PWI Kalimantan Selatan")]),
    # a committee "dari" its district is that district's committee; Papua's PPD serves a distrik
    ("pukul 13:30 wita dan PPK dari Kecamatan Sukamaju menjadi yang pertama memplenokan hasil",
     [("PPK Kecamatan Sukamaju", "PPK dari Kecamatan Sukamaju")]),
    ("PPD Dari Distrik Asolokobal saat memasukkan logistik hasil pemungutan suara.",
     [("PPD Distrik Asolokobal", "PPD Dari Distrik Asolokobal")]),
    # a count of districts or a level with no place after "dari" is no committee
    ("Sebanyak 5 PPK dari 6 kecamatan hadir.", []),
    ("Anggota PPD dari Distrik hadir.", []),
    # the district's election supervisor written "Panwas Kecamatan"
    ("Turut hadir PKD dan Panwas Kecamatan Sonder.", [("Panwas Kecamatan Sonder", "Panwas Kecamatan Sonder")]),
    # a primary school is named by "SD"; "SD" alone is the school level
    ("KPU menerima kunjungan siswa SD Muhammadiyah 2 Sidoarjo.",
     [("SD Muhammadiyah 2 Sidoarjo", "SD Muhammadiyah 2 Sidoarjo")]),
    ("Sosialisasi untuk siswa SD dan SMP se-Kabupaten Blora.", []),
    # the level of an ad hoc committee written in lower case
    ("Turut hadir PPS Desa Leilem 2 dan PPK kecamatan Sonder.",
     [("PPS Desa Leilem 2", "PPS Desa Leilem 2"), ("PPK Kecamatan Sonder", "PPK kecamatan Sonder")]),
    ("Bimtek diikuti anggota PPK kecamatan se-Kabupaten Minahasa.", []),
    # an election body or a prosecutor's office written in lower case, named by its region
    ("Rakor dihadiri kepala sekretariat bawaslu prov. Sulsel dan kejari Pinrang.",
     [("Bawaslu Provinsi Sulawesi Selatan", "bawaslu prov. Sulsel"), ("kejari Pinrang", "kejari Pinrang")]),
    ("Laporan bisa disampaikan ke bawaslu NTB.", [("Bawaslu Provinsi Nusa Tenggara Barat", "bawaslu NTB")]),
    # in lower case without a region: the word in a link, a force in general
    ("Informasi di laman kpu.go.id dan bawaslu.go.id; petugas polres yang ada di lokasi.", []),
    # a council's commission is named with its council
    ("RDP diikuti anggota Bawaslu dan Komisi I DPRD Kaltim.", [("Komisi I DPRD Kaltim", "Komisi I DPRD Kaltim")]),
    ("Rapat Komisi A DPRD Provinsi Jawa Tengah dengan KPU Jateng.",
     [("Komisi A DPRD Provinsi Jawa Tengah", "Komisi A DPRD Provinsi Jawa Tengah"),
      ("KPU Provinsi Jawa Tengah", "KPU Jateng")]),
    # a company written "PT." with its period
    ("Rapat dihadiri perwakilan PT. Pos Cabang Kendari dan Forkopimda.",
     [("PT. Pos Cabang Kendari", "PT. Pos Cabang Kendari"), ("Forkopimda", "Forkopimda")]),
    ("Surat suara dicetak PT. dengan pengawasan.", []),
    # the unity-and-politics agency written in lower case before its region; with no region it is no one office
    ("Hadir utusan dari Kejari, kesbangpol Bangkep, Pol PP dan komisioner KPU.",
     [("kesbangpol Bangkep", "kesbangpol Bangkep")]),
    ("Koordinasi dengan kepolisian dan badan kesbangpol sehingga menekan tensi.", []),
    # a region's budget team and secretariat, in full or short; the secretariat's holder follows it
    ("Rapat dengan Tim Anggaran Pemerintah Daerah (TAPD) Maluku. TAPD Maluku menyampaikan data.",
     [("Tim Anggaran Pemerintah Daerah Maluku", "Tim Anggaran Pemerintah Daerah (TAPD) Maluku"),
      ("Tim Anggaran Pemerintah Daerah Maluku", "TAPD Maluku")]),
    ("Hadir Kepala Bagian Hukum Setdakab Kampar Rudi Hartono.", [("Setdakab Kampar", "Setdakab Kampar")]),
    ("Saksi Asisten II Setdakab Budi Santoso menandatangani.", [("Setdakab", "Setdakab")]),
    # a level written in lower case before a region goes on with the name (capitalised in it)
    ("Pengamanan oleh TNI dan Satuan Polisi Pamong Praja kabupaten Halmahera Selatan.",
     [("TNI", "TNI"), ("Satuan Polisi Pamong Praja Kabupaten Halmahera Selatan",
                       "Satuan Polisi Pamong Praja kabupaten Halmahera Selatan")]),
    ("Rapat dengar pendapat dengan DPRD kota Bengkulu digelar.", [("DPRD Kota Bengkulu", "DPRD kota Bengkulu")]),
    # ... not a level with no region after it, nor the class of polling-station supervisors of a city
    ("Dinas Kesehatan kabupaten dan kota se-Jawa hadir.", [("Dinas Kesehatan", "Dinas Kesehatan")]),
    ("Seluruh PTPS Pilkada kota Balikpapan dilantik.", []),
    # Papua's councils: the provincial DPR, written with or without its province's point, and the MRP
    ("Pimpinan DPR Papua Selatan menerima audiensi KPU.", [("DPR Papua Selatan", "DPR Papua Selatan")]),
    ("Rapat digelar di ruang Banggar DPR Papua, Kota Jayapura.", [("DPR Papua", "DPR Papua")]),
    ("Rapat pleno dihadiri Majelis Rakyat Papua (MRP) Papua Barat Daya.",
     [("Majelis Rakyat Papua Papua Barat Daya", "Majelis Rakyat Papua (MRP) Papua Barat Daya")]),
    # Bali's village-custom council with its level
    ("Narasumber dari MDA Kabupaten Gianyar memaparkan materi.", [("MDA Kabupaten Gianyar", "MDA Kabupaten Gianyar")]),
    # "DPRP Provinsi" in a list of tiers is every such council, no one body
    ("Putusan MK untuk DPR RI, DPRP Provinsi dan DPRD Kabupaten.", [("MK", "MK")]),
])
def test_other_bodies_on_unseen_offices(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("headline, body, mentions", [
    # the headline's name is cut where the body's mentions say it ends
    ("KPU Blora dan Dinas Perpustakaan Gelar Pelatihan Pengelolaan Arsip Manual",
     "KPU Blora bekerja sama dengan Dinas Perpustakaan dan Kearsipan Kabupaten Blora menggelar pelatihan.",
     ["Dinas Perpustakaan"]),
    ("Merajut Kerja Sama Strategis: KPU Blora dan IAI Khozinatul Ulum dalam Penguatan Demokrasi",
     "KPU Blora menjalin kerja sama dengan Institut Agama Islam (IAI) Khozinatul Ulum Blora.",
     ["IAI Khozinatul Ulum"]),
    ("KPU Banyumas Studi Banding Pembangunan Zona Integritas Ke Lapas Kelas IIA Purwokerto",
     "Rombongan KPU Banyumas diterima jajaran pejabat struktural Lapas Kelas IIA Purwokerto.",
     ["Lapas Kelas IIA Purwokerto"]),
    # a whole name in the headline that the body writes again, even inside a longer name, is taken
    ("Legislator DPR RI Serap Keluhan Pedagang Pasar Godean",
     "Wakil Ketua Komisi VI DPR RI Rina Lestari berdialog dengan pedagang sayur.", ["DPR RI"]),
    # a headline body the article's body never names is not taken
    ("KPU Blora dan Dinas Perpustakaan Gelar Pelatihan Pengelolaan Arsip Manual",
     "KPU Blora menggelar pelatihan pengelolaan arsip manual.", []),
    ("Legislator DPR RI Serap Keluhan Pedagang Pasar Godean",
     "Seorang legislator berdialog dengan pedagang sayur.", []),
])
def test_headline_names_end_where_the_body_writes_them(finder, headline, body, mentions):
    text = f"{headline}\n\n{body}"
    found = finder.find(text, len(headline))
    assert [m.text for m in found if m.start < len(headline) and not m.election_body] == mentions


@pytest.mark.parametrize("text", [
    "tentang Penggantian Antarwaktu Anggota Dewan Perwakilan Rakyat Daerah Provinsi dan Dewan Perwakilan Rakyat "
    "Daerah Kabupaten/Kota.",
    "Ia juga pernah menjadi Ketua PPK Pemilihan 2020 di kecamatan itu.",
    "ada tambahan dibanding dengan tugas PPK Pilkada sebelumnya,” kata dia.",
])
def test_classes_of_bodies_on_unseen_offices(finder, text):
    assert [m.text for m in finder.find(text)] == []


@pytest.mark.parametrize("text, bare", [
    ("KPU Kabupaten Pati hadir. PDPB menjadi fokus kerja KPU di luar tahapan aktif pemilu.", []),
    ("KPU Kota Semarang hadir. Ia meminta kepada Ketua dan anggota KPU Provinsi, Ketua dan Anggota KPU Kabupaten "
     "Kota agar serius.", []),
    ("KPU Kabupaten Pati hadir. KPU menegaskan bahwa PDPB adalah kewajiban.", ["KPU Kabupaten Pati"]),
    # a purpose begun by an adverb (bare_body purpose_adverbs), as by an active verb
    ("KPU Kabupaten Pati hadir. Ia mengapresiasi komitmen KPU untuk secara aktif mendata pemilih.",
     ["KPU Kabupaten Pati"]),
    ("KPU Kabupaten Pati hadir. Ia mengapresiasi komitmen KPU untuk pemilih pemula.", []),
    # "di"/"dari" a word and a level or a place word (generic_place_before, generic_places): the institution
    ("KPU Kabupaten Pati hadir. Rapat diikuti anggota KPU dari berbagai daerah.", []),
    ("KPU Kabupaten Pati hadir. Rapat diikuti anggota KPU di 35 kabupaten.", []),
])
def test_bare_body_is_one_body_only_when_it_acts(finder, text, bare):
    assert [m.name for m in finder.find(text) if m.text == "KPU"] == bare


@pytest.mark.parametrize("text, mentions", [
    ("Kajian mengupas putusan Mahkamah Konstitusi. Menurutnya, putusan MK tersebut final.",
     [("MK", "Mahkamah Konstitusi")]),
    # a name with a region gives no initials; nor does an acronym in parentheses of a longer name
    ("Hadir Polres Blora. PB tidak hadir.", []),
    ("Lembaga Penyiaran Publik Radio Republik Indonesia (LPP RRI) Jember menggelar dialog.", []),
])
def test_initials_of_a_named_body(finder, text, mentions):
    assert [(m.text, m.name) for m in finder.find(text) if m.rule == "org.initials"] == mentions


@pytest.mark.parametrize("text, names", [
    # an acronym written before the rest of a body's spelled-out name
    ("Tegas Ketua Dewan Pimpinan Cabang Partai Demokrat Kabupaten Cilacap. Tim KPU menyambangi Kantor DPC Partai "
     "Demokrat Kabupaten Cilacap.",
     ["Dewan Pimpinan Cabang Partai Demokrat Kabupaten Cilacap"]),
    # a university's acronym in capitals
    ("Hasilnya telah diadopsi sebagai mata kuliah di UNNES,” ujarnya.", ["UNNES"]),
    # an acronym inside the name stands for the words it spells there
    ("RDP Komisi I Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bandarlampung dengan KPU. Ketua Komisi I DPRD Kota "
     "Bandarlampung menjelaskan.", ["Komisi I Dewan Perwakilan Rakyat Daerah Kota Bandarlampung"]),
    # another commission of the same council stays apart
    ("RDP Komisi I Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bandarlampung dengan KPU. Ketua Komisi II DPRD Kota "
     "Bandarlampung menjelaskan.", ["Komisi I Dewan Perwakilan Rakyat Daerah Kota Bandarlampung",
                                    "Komisi II DPRD Kota Bandarlampung"]),
    # a body written with its region short or without the level is the one written in full
    ("Rapat pleno calon terpilih anggota DPRD Kabupaten Indragiri Hilir. Sebanyak 11 partai meraih kursi DPRD Inhil.",
     ["DPRD Kabupaten Indragiri Hilir"]),
    ("Sentra Gakkumdu Kabupaten Sumbawa Barat bekerja baik, kata Kapolres. Gakkumdu KSB menangani dua kasus.",
     ["Sentra Gakkumdu Kabupaten Sumbawa Barat"]),
    ("Polda Kalbar menandatangani perjanjian. Kepolisian hadir, Polda Kalimantan Barat menurunkan personel.",
     ["Polda Kalimantan Barat"]),
    # a selection team is named with the body it selects members for, in full or short; the body is one of its own
    ("Tim Seleksi (Timsel) Calon Anggota Komisi Pemilihan Umum (KPU) Kabupaten Gorontalo Utara membuka pendaftaran. "
     "Anggota Timsel Calon Anggota KPU Kabupaten Gorontalo Utara hadir.",
     ["Tim Seleksi Calon Anggota Komisi Pemilihan Umum Kabupaten Gorontalo Utara"]),
    ("Ketua Tim Seleksi Calon Anggota Bawaslu Kaltim membeberkan jumlah pendaftar.",
     ["Tim Seleksi Calon Anggota Bawaslu Kaltim"]),
    # a team with no body written after it is no named body
    ("Tim Seleksi menerima berkas pendaftar di sekretariat.", []),
    # ... nor with its holder's name after it; nor a party's branch head followed by a person (a council candidate)
    ("Pengumuman itu ditandatangani Ketua Timsel Yohanes Bere Mali, Senin.", []),
    ("Berkas diserahkan bakal calon DPD Ni Luh Made Ayu Sri Lestari dan bakal calon DPD I Wayan Sudarta.", []),
    # ... while a branch written with its party and region keeps them, its holder left out
    ("Ketua DPC Partai Hanura Kabupaten Sikka Yosef Mado hadir.", ["DPC Partai Hanura Kabupaten Sikka"]),
    # the integrated law-enforcement centre written in full and short is one body, named in full
    ("Rakor Sentra Penegakan Hukum Terpadu (Gakkumdu) Kabupaten Lombok Tengah digelar. Anggota Sentra Gakkumdu Lombok "
     "Tengah hadir.", ["Sentra Penegakan Hukum Terpadu Kabupaten Lombok Tengah"]),
    # a regency and a city of one name are two bodies
    ("Pemerintah Kabupaten Semarang dan Pemerintah Kota Semarang menghadiri rapat.",
     ["Pemerintah Kabupaten Semarang", "Pemerintah Kota Semarang"]),
    # another region is another body
    ("Koordinator Sentra Gakkumdu Nusa Tenggara Barat mengevaluasi Gakkumdu Kabupaten Sumbawa Barat.",
     ["Sentra Gakkumdu Nusa Tenggara Barat", "Gakkumdu Kabupaten Sumbawa Barat"]),
    # an office written by its acronym alone is the one the article writes in full or with its region
    ("Warga diminta merekam di Disdukcapil. Data diserahkan kepada Dinas Kependudukan dan Catatan Sipil Belitung.",
     ["Dinas Kependudukan dan Catatan Sipil Belitung"]),
    ("Data diminta dari Kanwil Kementerian Hukum dan HAM Jambi. \"Kami minta ke Kanwil Kemenkumham,\" ujarnya.",
     ["Kanwil Kementerian Hukum dan HAM Jambi"]),
    ("Nota kesepahaman dengan Kejati Sulawesi Barat diteken. Kejati siap mendampingi.", ["Kejati Sulawesi Barat"]),
    # ... but not another office's acronym
    ("Data diserahkan kepada Dinas Kependudukan dan Catatan Sipil Belitung. Disdik juga hadir.",
     ["Dinas Kependudukan dan Catatan Sipil Belitung", "Disdik"]),
])
def test_short_forms_on_unseen_offices(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))
            if not o.name.startswith(("KPU ", "Bawaslu "))] == names


@pytest.mark.parametrize("text, mentions", [
    ("Komisi Pemberantasan Korupsi (KPK) melakukan sosialisasi di Kantor KPU.",
     [("Komisi Pemberantasan Korupsi", "Komisi Pemberantasan Korupsi (KPK)")]),
    ("Rakor dihadiri GP Ansor Wates, Fatayat NU Kandat dan Kodim 0718 Pati.",
     [("GP Ansor Wates", "GP Ansor Wates"), ("Fatayat NU Kandat", "Fatayat NU Kandat"),
      ("Kodim 0718 Pati", "Kodim 0718 Pati")]),
    ("Sosialisasi digelar di SLB Negeri Blora bersama Sentra Gakkumdu Kabupaten Blora.",
     [("SLB Negeri Blora", "SLB Negeri Blora"), ("Sentra Gakkumdu Kabupaten Blora", "Sentra Gakkumdu Kabupaten Blora")]),
])
def test_more_heads_on_unseen_offices(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text) if not m.election_body] == mentions


@pytest.mark.parametrize("text, bare", [
    ("Bawaslu mengawasi KPU Kabupaten Pati. Bawaslu menyampaikan surat imbauan kepada KPU pada 29 September 2025.",
     ["KPU Kabupaten Pati"]),
    ("KPU Kabupaten Sukoharjo hadir. Dana hibah sebesar 39 M untuk KPU dan Bawaslu.", ["KPU Kabupaten Sukoharjo"]),
    ("KPU Kabupaten Blora hadir. Sinergi dan harmonisasi menjadi fondasi hubungan kerja di KPU.", []),
    # the speaker's own body in parentheses after "kami"/"kita"
    ('KPU Kota Denpasar menggelar rakor. "Jadi kami (KPU) maupun Disdukcapil tidak bisa sendiri," jelas Ayu.',
     ["KPU Kota Denpasar"]),
    ('KPU Kota Denpasar menggelar rakor. "Tugas pemutakhiran (KPU) berjalan," jelas Ayu.', []),
])
def test_bare_body_addressed(finder, text, bare):
    assert [m.name for m in finder.find(text) if m.text == "KPU"] == bare


def test_names_differing_in_case_are_one_body(finder):
    text = ("KPU hadir dalam dialog DPD Partai Nasdem. Ketua DPD Partai NasDem Kudus membuka acara. "
            "Hadir pula pengurus DPD Partai Nasdem Kudus.")
    assert [o.name for o in group_organizations(finder.find(text))] == ["DPD Partai Nasdem Kudus"]


def test_bare_body_is_the_body_the_article_is_about(finder):
    text = ("Ketua KPU Kabupaten Blora menetapkan bupati terpilih. Ketua KPU Blora menjelaskan surat edaran dari "
            "KPU RI. Widi menjelaskan bahwa KPU telah melaksanakan tugas sesuai prosedur.")
    assert [m.name for m in finder.find(text) if m.text == "KPU"] == ["KPU Kabupaten Blora"]


@pytest.mark.parametrize("text, headline, bare", [
    # in the headline, a bare body is the article's own
    ("KPU Lakukan Koordinasi dengan Kampus\n\nKPU Kabupaten Blora menggelar rapat.", True, ["KPU Kabupaten Blora"]),
    # before an active verb after "untuk"/"dalam", after "antara"/"dengan"/"kantor", before an auxiliary
    ("KPU Kabupaten Blora hadir. Kolaborasi ini bagian dari komitmen KPU untuk menghadirkan demokrasi inklusif.",
     False, ["KPU Kabupaten Blora"]),
    ("KPU Kabupaten Blora hadir. Kegiatan ini menjadi ajang sinergi antara KPU dan Dinas Perpustakaan.",
     False, ["KPU Kabupaten Blora"]),
    ("KPU Kota Semarang hadir. Karena keterbatasan waktu, KPU tidak bisa melakukan kasasi.", False, ["KPU Kota Semarang"]),
    ("KPU Kabupaten Sukoharjo dan Bawaslu Kabupaten Sukoharjo hadir. Dana hibah sebesar 39 M untuk KPU dan Bawaslu.",
     False, ["KPU Kabupaten Sukoharjo", "Bawaslu Kabupaten Sukoharjo"]),
    # the institution in general: after a generic cue, or with several bodies of its kind named more than once
    ("KPU Kabupaten Bandung hadir. ASN di lingkungan sekretariat KPU mempunyai marwah.", False, []),
    ("KPU Kabupaten Blora hadir. Perlunya seluruh anggota KPU di berbagai tingkatan untuk bekerja jujur.", False, []),
    ("KPU Kabupaten Banyumas menggelar lomba yang diikuti oleh KPU dari enam kabupaten.", False, []),
    ("KPU Provinsi Jawa Tengah dan KPU Kabupaten Grobogan hadir. KPU Provinsi Jawa Tengah membuka. KPU Kabupaten "
     "Grobogan menyimak. Ia menjelaskan bahwa KPU harus menjaga marwah.", False, []),
    # a bare body only described is no mention
    ("KPU Kabupaten Blora hadir. Penguatan struktur organisasi KPU di tingkat kabupaten dibahas.", False, []),
])
def test_bare_body_refers_to_the_article_body(finder, text, headline, bare):
    headline_end = text.index("\n") if headline else 0
    found = finder.find(text, headline_end)
    assert [m.name for m in found if m.text in ("KPU", "Bawaslu")] == bare


@pytest.mark.parametrize("text, mentions", [
    # "KPU Provinsi" with no region is the one provincial body the article names
    ("KPU Jateng memberi arahan. KPU Kabupaten Blora siap menindaklanjuti arahan dari KPU Provinsi.",
     [("KPU Jateng", "KPU Provinsi Jawa Tengah"), ("KPU Kabupaten Blora", "KPU Kabupaten Blora"),
      ("KPU Provinsi", "KPU Provinsi Jawa Tengah")]),
    # with the lower levels it is a class of bodies
    ("KPU Provinsi Jawa Tengah hadir. Proses dilakukan KPU Provinsi maupun KPU Kabupaten/Kota.",
     [("KPU Provinsi Jawa Tengah", "KPU Provinsi Jawa Tengah")]),
    # with no provincial body named, the body of the one province the article's regional election bodies lie in, of
    # any kind (fresh sets of session 24: "diawasi oleh Bawaslu Provinsi", "Bawaslu Provinsi melakukan monitoring")
    ("KPU Kabupaten Blora siap menindaklanjuti arahan dari KPU Provinsi.",
     [("KPU Kabupaten Blora", "KPU Kabupaten Blora"), ("KPU Provinsi", "KPU Provinsi Jawa Tengah")]),
    ("Pleno KPU Kota Salatiga digelar, diawasi oleh Bawaslu Provinsi dalam rekapitulasi.",
     [("KPU Kota Salatiga", "KPU Kota Salatiga"), ("Bawaslu Provinsi", "Bawaslu Provinsi Jawa Tengah")]),
    # negatives: bodies of two provinces, or a national body of that kind named
    ("KPU Kabupaten Blora dan KPU Kota Madiun hadir. Arahan datang dari KPU Provinsi.",
     [("KPU Kabupaten Blora", "KPU Kabupaten Blora"), ("KPU Kota Madiun", "KPU Kota Madiun")]),
    ("KPU RI dan KPU Kabupaten Blora hadir. Arahan datang dari KPU Provinsi.",
     [("KPU RI", "KPU RI"), ("KPU Kabupaten Blora", "KPU Kabupaten Blora")]),
    # any spelling of the provincial level (organizations.yaml levels); the lower levels joined by "serta" too
    ("KPU Jateng memberi arahan. Dokumen dikirim ke KPU Propinsi, lalu diteruskan.",
     [("KPU Jateng", "KPU Provinsi Jawa Tengah"), ("KPU Propinsi", "KPU Provinsi Jawa Tengah")]),
    ("KPU Jateng memberi arahan. Proses dilakukan KPU Prov. dan KPU Kabupaten serta Kota.",
     [("KPU Jateng", "KPU Provinsi Jawa Tengah")]),
])
def test_province_body_without_region(finder, text, mentions):
    assert [(m.text, m.name) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # an acronym of two words in parentheses, then the region, is one name
    ("Berkas diserahkan kepada Dinas Pemberdayaan Masyarakat dan Desa (Dinpermades P2KB) Kabupaten Demak. Penyerahan",
     [("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Demak",
       "Dinas Pemberdayaan Masyarakat dan Desa (Dinpermades P2KB) Kabupaten Demak")]),
    # after a region and its acronym only a level or region goes on: a village after it is the place
    ("di kampus Politeknik Pembangunan Pertanian Yogyakarta Magelang (Polbangtan Yoma) Tegalrejo Magelang, Selasa",
     [("Politeknik Pembangunan Pertanian Yogyakarta Magelang",
       "Politeknik Pembangunan Pertanian Yogyakarta Magelang (Polbangtan Yoma)")]),
    # an election body's name with a level before its acronym, or with its acronym unbracketed, is one mention
    ("Blora - Komisi Pemilihan Umum Kabupaten (KPU) Kabupaten Blora melaksanakan Rapat Koordinasi.",
     [("KPU Kabupaten Blora", "Komisi Pemilihan Umum Kabupaten (KPU) Kabupaten Blora")]),
    ("mengikuti sosialisasi yang digelar oleh Komisi Pemilihan Umum KPU Grobogan. Jumat (8/2/2019).",
     [("KPU Kabupaten Grobogan", "Komisi Pemilihan Umum KPU Grobogan")]),
    # a secretariat written in capitals in a headline
    ("MENAKAR KESIAPAN SEKRETARIAT KPU KABUPATEN BANDUNG MENJELANG PEMILU 2024",
     [("KPU Kabupaten Bandung", "SEKRETARIAT KPU KABUPATEN BANDUNG")]),
    # the unbracketed acronym alone, with no region, stays apart
    ("Tugas Komisi Pemilihan Umum KPU adalah melayani. KPU Blora hadir.", [("KPU Kabupaten Blora", "KPU Blora")]),
])
def test_names_with_acronyms(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a council written short names the one council the article names with its region
    ("Ketua DPRD Kabupaten Cilacap hadir. Jawaban atas Surat Pimpinan Dewan diterima oleh sekretaris Dewan Sumaryono.",
     [("DPRD Kabupaten Cilacap", "DPRD Kabupaten Cilacap"), ("DPRD Kabupaten Cilacap", "Dewan"),
      ("DPRD Kabupaten Cilacap", "Dewan")]),
    ("Ketua DPRD Kota Semarang hadir. Ia menyampaikan apresiasi kepada DPRD, seluruh stakeholder, dan masyarakat.",
     [("DPRD Kota Semarang", "DPRD Kota Semarang"), ("DPRD Kota Semarang", "DPRD")]),
    # not in a list of legislatures, not before a level, not "Dewan" of another body, not with no council named
    ("Ketua DPRD Blora hadir. Selain itu DPR – DPRD juga memiliki fungsi membuat regulasi.",
     [("DPRD Blora", "DPRD Blora")]),
    ("Ketua DPRD Blora hadir. Pemilu memilih anggota DPR, DPD maupun DPRD secara serentak.",
     [("DPRD Blora", "DPRD Blora")]),
    ("Ketua DPRD Blora hadir. Pemilu memilih anggota DPRD secara serentak.",
     [("DPRD Blora", "DPRD Blora"), ("DPRD Blora", "DPRD")]),
    ("Ketua DPRD Blora hadir. Alokasi kursi DPRD provinsi antara 35 sampai 120 kursi.", [("DPRD Blora", "DPRD Blora")]),
    ("Ketua DPRD Blora hadir bersama Ketua Dewan Pendidikan.", [("DPRD Blora", "DPRD Blora")]),
    ("Mekanisme PAW Anggota DPRD yang diatur dalam Peraturan KPU.", []),
])
def test_council_written_short(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # task forces and candidates' campaign teams; a team named only by its candidates in general is none
    ("Komitmen ini ditegaskan melalui kegiatan Peresmian Satuan Tugas Pencegahan Kekerasan Seksual yang diselenggarakan",
     [("Satuan Tugas Pencegahan Kekerasan Seksual", "Satuan Tugas Pencegahan Kekerasan Seksual")]),
    ("Hadir empat komisioner, perwakilan Tim Pemenangan Sri-Bambang, Yoyok Prihantoro, dan perwakilan Bawaslu.",
     [("Tim Pemenangan Sri-Bambang", "Tim Pemenangan Sri-Bambang")]),
    ("Hadir pula perwakilan Tim Pemenangan Paslon Nomor Urut 1 dan 2.", []),
    # short names of regional bodies standing alone
    ("Hadir Kepala Badan Kesbangpol, Pangdam IV/Diponegoro, Polda, Kejati, dan dari Bawaslu Jawa Tengah.",
     [("Badan Kesbangpol", "Badan Kesbangpol"), ("Polda", "Polda"), ("Kejati", "Kejati"),
      ("Bawaslu Provinsi Jawa Tengah", "Bawaslu Jawa Tengah")]),
    ("antara lain Lapas Kelas IIB, Dinas Pendidikan Wilayah III, DinsosP3KB, Kesbangpol, Dispermades.",
     [("Lapas Kelas IIB", "Lapas Kelas IIB"), ("Dinas Pendidikan Wilayah III", "Dinas Pendidikan Wilayah III"),
      ("DinsosP3KB", "DinsosP3KB"), ("Kesbangpol", "Kesbangpol"), ("Dispermades", "Dispermades")]),
    # the constitutional court by its initials, named in full when the article writes it
    ("Penetapan Parpol peserta Pemilu 2024 Putusan MK No. 53/PUU-XV/2017 dan Perkara MK No. 55/PUU-XVIII/2020",
     [("MK", "MK"), ("MK", "MK")]),
    ("Putusan Mahkamah Konstitusi dibacakan. Dalam Putusan MK tersebut dinyatakan.",
     [("Mahkamah Konstitusi", "Mahkamah Konstitusi"), ("Mahkamah Konstitusi", "MK")]),
])
def test_teams_and_short_names(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("headline, body, mentions", [
    # a body in the lead's dateline credit holds no mention
    ("KPU Blora Ikuti Program Talk To Me", "Blora, KPU Blora – Komisi Pemilihan Umum (KPU) Kabupaten Blora turut serta.",
     ["KPU Blora", "Komisi Pemilihan Umum (KPU) Kabupaten Blora"]),
    ("5 MENIT UNTUK 5 TAHUN", "KPU BLORA – 16 Kecamatan se-Kabupaten Blora menggelar pencoblosan serentak.", []),
    ("KPU DEMAK SEGERA SOSIALISASIKAN PENDAFTARAN PARPOL",
     "web\n\nKPU Demak Kab.(28/09/17). Tahapan pendaftaran dijadwalkan oleh KPU Kabupaten Demak.",
     ["KPU DEMAK", "KPU Kabupaten Demak"]),
    # a sentence before a dash is no dateline
    ("Rapat Pleno", "KPU Blora menggelar rapat – pleno terbuka hari ini.", ["KPU Blora"]),
])
def test_dateline_credit_holds_no_mention(finder, headline, body, mentions):
    text = f"{headline}\n\n{body}"
    assert [m.text for m in finder.find(text, len(headline))] == mentions


@pytest.mark.parametrize("text, names", [
    # "serta" joins two words of one name, as "dan" does; the name so written is the body written with "dan"
    ("KPU Blora bekerja sama dengan Dinas Perpustakaan dan Kearsipan Kabupaten Blora. Ajang sinergi antara KPU dan "
     "Dinas Perpustakaan serta Kearsipan dalam memperkuat kesadaran arsip.",
     [("KPU Kabupaten Blora", ["KPU Blora", "KPU"]),
      ("Dinas Perpustakaan dan Kearsipan Kabupaten Blora",
       ["Dinas Perpustakaan dan Kearsipan Kabupaten Blora", "Dinas Perpustakaan serta Kearsipan"])]),
    # "serta" before an office ends the name
    ("Hadir Dinas Kesehatan serta Kepala Sekolah se-kecamatan.", [("Dinas Kesehatan", ["Dinas Kesehatan"])]),
    # schools of a whole regency are a class
    ("Peserta adalah perwakilan dari seluruh SMA, SMK dan MA sekabupaten ditambah perguruan tinggi.", []),
    # a two-word acronym with the words after its parentheses names the body written in full
    ("kepada Dinas Pemberdayaan Masyarakat dan Desa (Dinpermades P2KB) Kabupaten Demak. Rapat di Kantor Dinpermades "
     "P2KB Kabupaten Demak.",
     [("Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Demak",
       ["Dinas Pemberdayaan Masyarakat dan Desa (Dinpermades P2KB) Kabupaten Demak",
        "Dinpermades P2KB Kabupaten Demak"])]),
    # a credit glued to the body's name by a hyphen does not hide it
    ("KAMPUNGBERITA.ID-Komisi Pemilihan Umum (KPU) Kota Surabaya menggelar bimbingan teknis.",
     [("KPU Kota Surabaya", ["Komisi Pemilihan Umum (KPU) Kota Surabaya"])]),
])
def test_joined_names_and_classes(finder, text, names):
    assert [(o.name, [m.text for m in o.mentions]) for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, mentions", [
    # a name goes on over a lowercase joining word when the acronym after it spells all its capitalised words
    ("yang diselenggarakan oleh Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) pada Kamis (11/12). "
     "Melalui agenda ini, LPPM berkomitmen.",
     [("Lembaga Penelitian dan Pengabdian kepada Masyarakat",
       "Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM)"),
      ("Lembaga Penelitian dan Pengabdian kepada Masyarakat", "LPPM")]),
    # an acronym that does not spell them leaves the name where it ended
    ("Dinas Sosial menyerahkan bantuan kepada Bupati (DS) hari ini.", [("Dinas Sosial", "Dinas Sosial")]),
])
def test_names_spelled_by_their_acronym(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, bare", [
    # one of the bodies listed after "antara lain"
    ("KPU Kabupaten Pati hadir. Rapat koordinasi bersama 10 stakeholder, antara lain KPU, Polresta Pati, dan Kodim.",
     ["KPU Kabupaten Pati"]),
])
def test_bare_body_in_a_list_of_named_bodies(finder, text, bare):
    assert [m.name for m in finder.find(text) if m.text == "KPU"] == bare


@pytest.mark.parametrize("text, mentions", [
    # a region of several words after a level ends the name, whatever follows (a holder's name)
    ("Pesan itu disampaikan Ketua DPRD Kabupaten Aceh Barat Daya Sakir saat menjawab pertanyaan.",
     [("DPRD Kabupaten Aceh Barat Daya", "DPRD Kabupaten Aceh Barat Daya")]),
    ("Ketua Gabungan Organisasi Wanita (GOW) Kabupaten Gayo Lues Yudi Irawati bertanya tentang tip.",
     [("Gabungan Organisasi Wanita Kabupaten Gayo Lues", "Gabungan Organisasi Wanita (GOW) Kabupaten Gayo Lues")]),
    ("Klarifikasi dilakukan di Kantor DPD PKS Kabupaten Pidie Jaya, Rabu (5/11/2025).",
     [("DPD PKS Kabupaten Pidie Jaya", "DPD PKS Kabupaten Pidie Jaya")]),
    ("Hadir Ketua DPRD Kabupaten Timor Tengah Selatan dan Dinas Kesehatan Kota Pangkal Pinang.",
     [("DPRD Kabupaten Timor Tengah Selatan", "DPRD Kabupaten Timor Tengah Selatan"),
      ("Dinas Kesehatan Kota Pangkal Pinang", "Dinas Kesehatan Kota Pangkal Pinang")]),
    # Aceh's commission is the KIP
    ("Komisi Independen Pemilihan (KIP) Kabupaten Aceh Tengah menggelar rapat bersama KIP Aceh.",
     [("KIP Kabupaten Aceh Tengah", "Komisi Independen Pemilihan (KIP) Kabupaten Aceh Tengah"),
      ("KIP Provinsi Aceh", "KIP Aceh")]),
    ("Bawaslu Kab. Tanjung Jabung Barat dan KPU Kepulauan Seribu menggelar rapat.",
     [("Bawaslu Kabupaten Tanjung Jabung Barat", "Bawaslu Kab. Tanjung Jabung Barat"),
      ("KPU Kabupaten Kepulauan Seribu", "KPU Kepulauan Seribu")]),
    # Jakarta's cities are "Kota Administrasi" in the gazetteer; news writes the name alone
    ("Ketua KPU Kota Jakarta Selatan hadir.", [("KPU Kota Jakarta Selatan", "KPU Kota Jakarta Selatan")]),
    # a regency's former name is the renamed regency; the other body keeps the name as written
    ("Bawaslu Kabupaten Toba Samosir dan Polres Toba Samosir menggelar apel.",
     [("Bawaslu Kabupaten Toba", "Bawaslu Kabupaten Toba Samosir"), ("Polres Toba Samosir", "Polres Toba Samosir")]),
    # negatives: a one-word region after a level still ends the name before a holder; a province word alone
    # after a level is no region of several words
    ("Ketua DPRD Kabupaten Blora Sakir hadir.", [("DPRD Kabupaten Blora", "DPRD Kabupaten Blora")]),
    ("Ketua DPRD Provinsi Aceh Muzakir hadir.", [("DPRD Provinsi Aceh", "DPRD Provinsi Aceh")]),
])
def test_bodies_of_other_provinces(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, code", [
    ("KPU Kota Jakarta Selatan", "31.74"),
    ("KPU Kota Administrasi Jakarta Selatan", "31.74"),
    ("KIP Kabupaten Aceh Barat Daya", "11.12"),
    ("KPU Kabupaten Mamuju Utara", "76.01"),
])
def test_region_codes_of_other_provinces(finder, text, code):
    (org,) = group_organizations(finder.find(text))
    assert org.region_code == code


@pytest.mark.parametrize("text, mentions", [
    # a spelling that carries the level is that level's body in the article's one region of that level
    ("KPU Kabupaten Blora mulai mendistribusikan logistik, disaksikan oleh Ketua Panwaskab dan Kapolres Blora.",
     [("KPU Kabupaten Blora", "KPU Kabupaten Blora"), ("Panwaskab", "Panwas Kabupaten Blora")]),
    ("KPU Kota Semarang menggelar rapat koordinasi bersama Panwaskot.",
     [("KPU Kota Semarang", "KPU Kota Semarang"), ("Panwaskot", "Panwas Kota Semarang")]),
    # a bare "Panwas" after a title is then that body
    ("Komisi Pemilihan Umum (KPU) Kabupaten Kudus hadir bersama Panwaskab. Bupati hadir, didampingi Ketua Panwas.",
     [("Komisi Pemilihan Umum (KPU) Kabupaten Kudus", "KPU Kabupaten Kudus"), ("Panwaskab", "Panwas Kabupaten Kudus"),
      ("Panwas", "Panwas Kabupaten Kudus")]),
    # the region written after it wins
    ("Ketua Panwaskab Grobogan memantau rapat pleno KPU Kabupaten Blora.",
     [("Panwaskab Grobogan", "Panwas Kabupaten Grobogan"), ("KPU Kabupaten Blora", "KPU Kabupaten Blora")]),
    # no region of that level, or two: no body
    ("KPU Kabupaten Blora dan KPU Kabupaten Rembang diawasi Panwaskab.",
     [("KPU Kabupaten Blora", "KPU Kabupaten Blora"), ("KPU Kabupaten Rembang", "KPU Kabupaten Rembang")]),
    ("KPU Kabupaten Blora berkoordinasi dengan Panwaskot.", [("KPU Kabupaten Blora", "KPU Kabupaten Blora")]),
    ("KPU Provinsi Jawa Tengah mengundang seluruh Panwaskab.",
     [("KPU Provinsi Jawa Tengah", "KPU Provinsi Jawa Tengah")]),
    ("KPU Kabupaten Blora hadir. Informasi di laman panwaskab-blora.", [("KPU Kabupaten Blora", "KPU Kabupaten Blora")]),
])
def test_body_spelled_with_its_level(finder, text, mentions):
    assert [(m.text, m.name) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # regencies outside Java written short, alone or after the acronym in parentheses
    ("Komisi Pemilihan Umum (KPU) OKU Timur menggelar sosialisasi di Martapura.",
     [("KPU Kabupaten Ogan Komering Ulu Timur", "Komisi Pemilihan Umum (KPU) OKU Timur")]),
    ("Anggota KPU Lamsel Rina Hartati dan Ketua KPU Tapteng hadir.",
     [("KPU Kabupaten Lampung Selatan", "KPU Lamsel"), ("KPU Kabupaten Tapanuli Tengah", "KPU Tapteng")]),
    # the regencies of a province written short are a class of bodies
    ("rakor diikuti KPU kabupaten/kota se-Sumsel termasuk OKU Timur.", []),
    # a one-word official name written as two words or with another vowel
    ("Anggota KPU Gunung Kidul Rina Hartati hadir di Wonosari.",
     [("KPU Kabupaten Gunungkidul", "KPU Gunung Kidul")]),
    ("Ketua Bawaslu Kota Padangsidempuan dan KPU Kota Palangka Raya menandatangani MoU.",
     [("Bawaslu Kota Padangsidimpuan", "Bawaslu Kota Padangsidempuan"), ("KPU Kota Palangka Raya", "KPU Kota Palangka Raya")]),
    # the city's official name is two words (Palangka Raya); the glued spelling is its alias
    ("Anggota KPU Kota Palangkaraya Rina Hartati hadir.",
     [("KPU Kota Palangka Raya", "KPU Kota Palangkaraya")]),
    # two words of which the first alone is no region stay no body
    ("Warga di lereng Gunung Merapi hadir.", []),
    # a numbered military unit with its place after a slash
    ("turut mengundang Bawaslu Kota Denpasar, Kodim 1611/Badung, dan Polresta Denpasar.",
     [("Bawaslu Kota Denpasar", "Bawaslu Kota Denpasar"), ("Kodim 1611/Badung", "Kodim 1611/Badung"),
      ("Polresta Denpasar", "Polresta Denpasar")]),
    # an ad hoc committee defined in parentheses and followed by a division is every such committee
    ("KPU Kabupaten Jepara mengundang Panitia Pemilihan Kecamatan (PPK) Divisi Pemutakhiran Daftar Pemilih.",
     [("KPU Kabupaten Jepara", "KPU Kabupaten Jepara")]),
    # "Lembaga Pemantau" is the class of monitoring bodies
    ("melibatkan berbagai unsur, diantaranya Disdukcapil, Lembaga Pemantau, serta NGO.",
     [("Disdukcapil", "Disdukcapil")]),
    # a regional office holds the ministry's name
    ("KPU Provinsi Sulawesi Utara dan Kantor Wilayah Kementerian Agama Provinsi Sulawesi Utara menandatangani MoU.",
     [("KPU Provinsi Sulawesi Utara", "KPU Provinsi Sulawesi Utara"),
      ("Kantor Wilayah Kementerian Agama Provinsi Sulawesi Utara",
       "Kantor Wilayah Kementerian Agama Provinsi Sulawesi Utara")]),
    # a police unit named with its region and then a level is one body; a level alone after the head is a class
    ("KPU Kota Kediri berkoordinasi dengan Polres Kediri Kota dan DPRD Provinsi.",
     [("KPU Kota Kediri", "KPU Kota Kediri"), ("Polres Kediri Kota", "Polres Kediri Kota")]),
    # a sharia court and a university written by its acronym
    ("Sidang di Mahkamah Syar'iyah Aceh diikuti dosen UINSA.",
     [("Mahkamah Syar'iyah Aceh", "Mahkamah Syar'iyah Aceh"), ("UINSA", "UINSA")]),
    # a directorate general written short
    ("narasumber Dedi Kurnia sebagai Sekretaris Ditjen Dukcapil.", [("Ditjen Dukcapil", "Ditjen Dukcapil")]),
    # a body written right after a credit's double dash
    ("BANDAR LAMPUNG (Lampost.co)--Komisi Pemilihan Umum (KPU) Provinsi Lampung mengajak jajaran.",
     [("KPU Provinsi Lampung", "Komisi Pemilihan Umum (KPU) Provinsi Lampung")]),
    # an ad hoc body whose name begins with an election body's spelling is that ad hoc body
    ("Bawaslu Kabupaten Wajo melalui Panwaslu Kecamatan Tanasitolo menelusuri laporan.",
     [("Bawaslu Kabupaten Wajo", "Bawaslu Kabupaten Wajo"),
      ("Panwaslu Kecamatan Tanasitolo", "Panwaslu Kecamatan Tanasitolo")]),
    ("disaksikan Ketua Panwaslu Kabupaten Kudus.", [("Panwaslu Kabupaten Kudus", "Panwaslu Kabupaten Kudus")]),
    # "Badan Adhoc" is the class of ad hoc bodies; Polman is Polewali Mandar
    ("KPU POLMAN mengikuti pelatihan aplikasi Badan Adhoc (SIAKBA) di Pasangkayu.",
     [("KPU Kabupaten Polewali Mandar", "KPU POLMAN")]),
])
def test_bodies_named_whole_short_or_by_class(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, names", [
    # after a title, the holder's name after a body the article names is no part of the body
    ("Kerja sama dengan UIN Walisongo diteken. Rektor UIN Walisongo Ahmad Fauzan Hidayat menyambut rombongan.",
     [("UIN Walisongo", ["UIN Walisongo", "UIN Walisongo"])]),
    # one word after an acronym the article learned is the holder's name
    ("Badan Kesatuan Bangsa dan Politik (Bakesbangpol) menggelar sosialisasi. Kepala Badan Kesbangpol Sutrisno "
     "membuka acara.",
     [("Badan Kesatuan Bangsa dan Politik", ["Badan Kesatuan Bangsa dan Politik (Bakesbangpol)", "Badan Kesbangpol"])]),
    # an acronym the name goes on after is not the whole name
    ("Universitas Islam Negeri (UIN) Walisongo Semarang menjalin kerja sama. Rektor UIN Walisongo Semarang hadir.",
     [("Universitas Islam Negeri Walisongo Semarang", ["Universitas Islam Negeri (UIN) Walisongo Semarang",
                                                        "UIN Walisongo Semarang"])]),
    # one word more after a title names the body itself ("Kepala Biro Suara Merdeka Solo Raya")
    ("laporan Suara Merdeka Solo. Kepala Biro Suara Merdeka Solo Raya, Heru Santoso, hadir.",
     [("Suara Merdeka Solo Raya", ["Suara Merdeka Solo", "Suara Merdeka Solo Raya"])]),
    # an agency's acronym written with or without its word's first letters names the agency written in full
    ("Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kota Depok menggelar sosialisasi. Sekretaris Bakesbangpol Kota "
     "Depok, Ratna, membuka acara bersama Bakesbangpol.",
     [("Badan Kesatuan Bangsa dan Politik Kota Depok", ["Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kota Depok",
                                                         "Bakesbangpol Kota Depok", "Bakesbangpol"])]),
    ("Badan Kesatuan Bangsa dan Politik (Bakesbangpol) menggelar sosialisasi bersama Badan Kesbangpol.",
     [("Badan Kesatuan Bangsa dan Politik", ["Badan Kesatuan Bangsa dan Politik (Bakesbangpol)", "Badan Kesbangpol"])]),
    # another agency's acronym is not rewritten ("Bapenda" is not "Badan Pendapatan Daerah (BPD)")
    ("Badan Pendapatan Daerah (BPD) Kota Depok dan Bapenda Kota Depok hadir.",
     [("Badan Pendapatan Daerah Kota Depok", ["Badan Pendapatan Daerah (BPD) Kota Depok"]),
      ("Bapenda Kota Depok", ["Bapenda Kota Depok"])]),
    # an ad hoc body's spellings name one body, under its longest form
    ("Panwaslu Kecamatan Tanasitolo menerima laporan. Panwascam Tanasitolo kemudian menelusuri.",
     [("Panwaslu Kecamatan Tanasitolo", ["Panwaslu Kecamatan Tanasitolo", "Panwascam Tanasitolo"])]),
    ("Ketua PPK Kembang hadir bersama PPK Kecamatan Kembang dan PPK Bangsri.",
     [("PPK Kecamatan Kembang", ["PPK Kembang", "PPK Kecamatan Kembang"]), ("PPK Bangsri", ["PPK Bangsri"])]),
    # a state school in its three spellings is one school, named in its longest form
    ("Sosialisasi di SMP Negeri 1 Sleman diikuti 225 siswa. Kadiv Sosdiklih hadir di SMP N 1 Sleman dan SMPN 1 Sleman.",
     [("SMP Negeri 1 Sleman", ["SMP Negeri 1 Sleman", "SMP N 1 Sleman", "SMPN 1 Sleman"])]),
    ("Siswa SMA Negeri 1 Tapa dan SMK Negeri 1 Tapa hadir.",
     [("SMA Negeri 1 Tapa", ["SMA Negeri 1 Tapa"]), ("SMK Negeri 1 Tapa", ["SMK Negeri 1 Tapa"])]),
])
def test_spellings_of_one_body_and_holders_after_it(finder, text, names):
    orgs = group_organizations(finder.find(text))
    assert [(o.name, [m.text for m in o.mentions]) for o in orgs] == names


@pytest.mark.parametrize("headline, body, names", [
    # a headline in capitals holds its bodies in capitals, grouped with the body's spelling
    ("KPU KABUPATEN KENDAL DAN DISPENDUKCAPIL KABUPATEN KENDAL PERKUAT KOLABORASI DATA PEMILIH",
     "KPU Kabupaten Kendal beraudiensi dengan Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil) Kabupaten "
     "Kendal. Kepala Dispendukcapil Kabupaten Kendal menyambut rombongan.",
     [("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kendal",
       ["DISPENDUKCAPIL KABUPATEN KENDAL", "Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil) Kabupaten Kendal",
        "Dispendukcapil Kabupaten Kendal"])]),
    ("KPU, BAWASLU DAN PEMKAB BATANG GELAR RAKOR PILKADA",
     "Pemkab Batang bersama KPU Batang menggelar rapat koordinasi.", [("Pemkab Batang", ["PEMKAB BATANG",
                                                                                         "Pemkab Batang"])]),
    # a class of bodies in capitals stays no body
    ("KPU GELAR RAPAT BERSAMA PARTAI POLITIK PESERTA PEMILU", "KPU Batang menggelar rapat bersama partai politik.", []),
])
def test_headline_in_capitals(finder, headline, body, names):
    text = f"{headline}\n\n{body}"
    orgs = group_organizations(finder.find(text, len(headline)))
    assert [(o.name, [m.text for m in o.mentions]) for o in orgs if not o.name.startswith(("KPU", "Bawaslu"))] == names


@pytest.mark.parametrize("text, mentions", [
    # "Pengawas Pemilu" with the acronym after it is the Bawaslu; alone it is any election supervisor
    ("Pengawas Pemilu (Bawaslu) Kota Kendari menggelar rapat koordinasi.",
     [("Bawaslu Kota Kendari", "Pengawas Pemilu (Bawaslu) Kota Kendari")]),
    ("Pengawas Pemilu di tingkat kecamatan wajib netral.", []),
    # a credit glued to the long form by a dash after a domain
    ("PRINGSEWU,iNewsPringsewu.id-Badan Pengawas Pemilu (Bawaslu) Kabupaten Pringsewu, menggelar sosialisasi.",
     [("Bawaslu Kabupaten Pringsewu", "Badan Pengawas Pemilu (Bawaslu) Kabupaten Pringsewu")]),
    # the leaders' forum spelled the ways offices write it
    ("Rapat dihadiri unsur Formkopimda dan Forkompinda Kabupaten Sragen.",
     [("Formkopimda", "Formkopimda"), ("Forkompinda Kabupaten Sragen", "Forkompinda Kabupaten Sragen")]),
    # a council's commission is named with its council; a commission alone names none
    ("Ketua Komisi II DPR RI Budi Santoso membuka rapat dengar pendapat.",
     [("Komisi II DPR RI", "Komisi II DPR RI")]),
    ("Usulan itu dibahas di Komisi II pekan depan.", []),
    # "Pasca" begins what follows a council's name
    ("Rapat Evaluasi bersama DPRD Kota Tegal Pasca Pelaksanaan Pemilihan Serentak.",
     [("DPRD Kota Tegal", "DPRD Kota Tegal")]),
    # a local unit's head alone after the unit is named is that unit; with two such units, no mention
    ("KPU Kabupaten Jepara berkoordinasi dengan Polres Jepara. Hubungan KPU dengan Polres selama ini baik.",
     [("KPU Kabupaten Jepara", "KPU Kabupaten Jepara"), ("Polres Jepara", "Polres Jepara"),
      ("Polres Jepara", "Polres")]),
    ("Hadir Polres Jepara dan Polres Kudus. Polres siap mengamankan.",
     [("Polres Jepara", "Polres Jepara"), ("Polres Kudus", "Polres Kudus")]),
    ("Polres Blora hadir bersama jajaran Polres se-Jawa Tengah.", [("Polres Blora", "Polres Blora")]),
    # a bare body among those attending is the one body of its kind the article names
    ("KPU Kabupaten Sragen menggelar rapat bersama Bawaslu Kabupaten Sragen. Rapat dihadiri Bawaslu dan Kodim.",
     [("KPU Kabupaten Sragen", "KPU Kabupaten Sragen"), ("Bawaslu Kabupaten Sragen", "Bawaslu Kabupaten Sragen"),
      ("Bawaslu Kabupaten Sragen", "Bawaslu"), ("Kodim", "Kodim")]),
    # a bare body in a list closed by a pair of levels is one of a province's bodies, not the article's
    ("KPU Kabupaten Deli Serdang mengikuti rakor. Pemateri dari KPU, Dinas Kominfo, Kabupaten/Kota se-Sumut hadir.",
     [("KPU Kabupaten Deli Serdang", "KPU Kabupaten Deli Serdang"), ("Dinas Kominfo", "Dinas Kominfo")]),
    ("KPU Kabupaten Deli Serdang mengikuti rakor. Pemateri dari KPU, Dinas Kominfo dan Polres hadir.",
     [("KPU Kabupaten Deli Serdang", "KPU Kabupaten Deli Serdang"), ("KPU Kabupaten Deli Serdang", "KPU"),
      ("Dinas Kominfo", "Dinas Kominfo"), ("Polres", "Polres")]),
    # negative: with no such body named, a bare election body is the institution in general (a local unit's head
    # alone is the local unit, name_words alone_unit_heads)
    ("KPU Kabupaten Sragen menggelar rapat. Rapat dihadiri Bawaslu dan Kodim.",
     [("KPU Kabupaten Sragen", "KPU Kabupaten Sragen"), ("Kodim", "Kodim")]),
])
def test_bare_heads_forums_commissions_and_credits(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, names", [
    # an ad hoc committee with a city's or regency's level, or its own level and no place, is every such committee
    ("Sebanyak 138 PPK dan PPS Kota Madiun mengikuti bimtek.", []),
    ("Panitia Pemilihan Kecamatan (PPK) Kabupaten Blora dilantik serentak.", []),
    ("anggota PPK Kecamatan secara serentak dilantik hari ini.", []),
    ("Ketua PPK Kecamatan Dawe hadir bersama PPS Desa Cranggang.", ["PPK Kecamatan Dawe", "PPS Desa Cranggang"]),
    # a school's number written onto its type
    ("sosialisasi di SMKN1 Klaten diikuti siswa SMAN2 Kudus.", ["SMKN1 Klaten", "SMAN2 Kudus"]),
    ("siswa SMK 2 Klaten hadir.", ["SMK 2 Klaten"]),
    ("lokasi bimtek yaitu di SMKN1 82 orang dan di aula kelurahan.", ["SMKN1"]),
    # a forum named by its activity is a gathering; the leaders' forum is a body
    ("KPU Kabupaten Sinjai menggelar Forum Koordinasi Pemutakhiran Data Pemilih Berkelanjutan Triwulan III.",
     ["KPU Kabupaten Sinjai"]),
    ("Rapat dihadiri Forum Koordinasi Pimpinan Daerah Kabupaten Sinjai.",
     ["Forum Koordinasi Pimpinan Daerah Kabupaten Sinjai"]),
    # a district named by its city and a point of the compass; a holder's name after it is no part of it
    ("Anggota PPK Kecamatan Tanjungpinang Timur, Dewi Lestari, menjelaskan tahapan.",
     ["PPK Kecamatan Tanjungpinang Timur"]),
    ("Ketua PPK Kecamatan Kendari Barat Budi Santoso hadir.", ["PPK Kecamatan Kendari Barat"]),
    # a regency's agencies written by their acronym alone, and the civil registry as "Dukcapil"
    ("KPU Kota Madiun akan berkoordinasi dengan DPMPTSP dan Satpol PP.", ["KPU Kota Madiun", "DPMPTSP", "Satpol PP"]),
    ("Hadir sebagai peserta Bawaslu Sulteng, Dukcapil Sulteng dan Kemenag Sulteng.",
     ["Bawaslu Provinsi Sulawesi Tengah", "Dukcapil Sulteng", "Kemenag Sulteng"]),
    # negative: the directorate general keeps its whole name
    ("Sekretaris Ditjen Dukcapil hadir.", ["Ditjen Dukcapil"]),
])
def test_classes_and_numbered_schools(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, mentions", [
    # after a title, a body its head names whole ends before its holder's name (round 4 of fresh text)
    ("Hadir Ketua DPRK Sutrisno Wibowo dan Kepala Kesbangpol Hendra Saputra.",
     [("DPRK", "DPRK"), ("Kesbangpol", "Kesbangpol")]),
    ("Rapat dihadiri Kepala Kejaksaan Negeri Lamteh R. Budi Hartanto dan Kasi Intel Kejari Lamteh Andi Pratama.",
     [("Kejaksaan Negeri Lamteh", "Kejaksaan Negeri Lamteh"), ("Kejari Lamteh", "Kejari Lamteh")]),
    # negative: a region is the body's own, and a name the head does not name whole goes on
    ("Kepala Kesbangpol Jawa Tengah membuka acara.", [("Kesbangpol Jawa Tengah", "Kesbangpol Jawa Tengah")]),
    ("Ketua DPRD Kabupaten Blora Budi Santoso hadir.", [("DPRD Kabupaten Blora", "DPRD Kabupaten Blora")]),
])
def test_holders_after_whole_heads(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, names", [
    # an office word before an agency's learned acronym names that agency (round 4 of fresh text)
    ("Dinas Kependudukan dan Pencatatan Sipil (Dukcapil) Kabupaten Sikka membuka layanan. Kepala Dinas Dukcapil "
     "Kabupaten Sikka, Yohanes Wara, mengatakan Dinas Dukcapil Sikka melayani pemilih pemula.",
     ["Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sikka"]),
    # negative: an office word before an acronym learned for another kind of body stays its own name
    ("Badan Pusat Statistik (BPS) Kabupaten Sikka dan Dinas Pendidikan Kabupaten Sikka hadir.",
     ["Badan Pusat Statistik Kabupaten Sikka", "Dinas Pendidikan Kabupaten Sikka"]),
])
def test_office_word_before_learned_acronym(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, mentions", [
    # a name's acronym in parentheses closes it: "dan", an election's name or a sentence's end after it are outside
    ("Rakor digelar bersama Panitia Pemilihan Kecamatan (PPK) dan Panitia Pengawas Pemilu (Panwaslih). Rakor ini "
     "berlangsung Senin.", []),
    ("Narasumber dari BPJS Kesehatan dan Satuan Polisi Pamong Praja (Satpol PP) Kota Lubuk Linggau.",
     [("BPJS Kesehatan", "BPJS Kesehatan"),
      ("Satuan Polisi Pamong Praja Kota Lubuk Linggau", "Satuan Polisi Pamong Praja (Satpol PP) Kota Lubuk Linggau")]),
    ("pembentukan Kelompok Penyelenggara Pemungutan Suara (KPPS) Pemilihan Bupati dan Wakil Bupati 2024.", []),
    # negative: "dan" before the acronym joins the name's words
    ("Dinas Kependudukan dan Pencatatan Sipil (Dindukcapil) Kabupaten Blora dan Bappeda Blora hadir.",
     [("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora",
       "Dinas Kependudukan dan Pencatatan Sipil (Dindukcapil) Kabupaten Blora"), ("Bappeda Blora", "Bappeda Blora")]),
])
def test_acronym_closes_the_name(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # branches of the armed forces, the human-rights commission and the ulama council (round 4 of fresh text)
    ("Logistik diangkut helikopter milik TNI AU dan helikopter milik TNI Angkatan Darat.",
     [("TNI AU", "TNI AU"), ("TNI Angkatan Darat", "TNI Angkatan Darat")]),
    ("Rapat dihadiri ketua MPU Aceh Jaya dan perwakilan Komnas HAM.",
     [("MPU Aceh Jaya", "MPU Aceh Jaya"), ("Komnas HAM", "Komnas HAM")]),
    # "Bidang" begins the unit's field, no part of its name
    ("Satpol PP Bidang Linmas menggelar pelatihan petugas ketertiban TPS.", [("Satpol PP", "Satpol PP")]),
    # negative: the forces alone stay one body
    ("Pengamanan dilakukan TNI dan Polri.", [("TNI", "TNI"), ("Polri", "Polri")]),
])
def test_forces_commissions_and_fields(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a head written in lower case names a body after a title, or anywhere for a whole name, when its words lead to a
    # region (round 4 of fresh text; the first sentence is elitkita-com-00's)
    ("Hadir kepala cabang PLN Padalarang, kepala dinas kesehatan daerah KBB, kepala dinas Diskominfo KBB.",
     [("PLN Padalarang", "PLN Padalarang"), ("dinas kesehatan daerah KBB", "dinas kesehatan daerah KBB"),
      ("Diskominfo KBB", "Diskominfo KBB")]),
    ("Kepala badan kesatuan bangsa dan politik (Kesbangpol) kabupaten Lembata, Yosef Dore, hadir.",
     [("badan kesatuan bangsa dan politik kabupaten Lembata",
       "badan kesatuan bangsa dan politik (Kesbangpol) kabupaten Lembata"),
      ("badan kesatuan bangsa dan politik kabupaten Lembata", "Kesbangpol")]),
    ("Rapat dihadiri unsur forkopimda kab. Blora.", [("forkopimda kab. Blora", "forkopimda kab. Blora")]),
    # negative: no title, a verb, or no region: no body
    ("Bupati meninjau rumah dinas kesehatan Blora.", []),
    ("Kepala dinas mengatakan Blora aman.", []),
    ("Warga mendatangi kantor dinas kependudukan dan catatan sipil.", []),
])
def test_lower_case_heads(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, names", [
    # "dan" before an election body written with its acronym ends the name before it (round 4 of fresh text)
    ("Polres menggelar rapat bersama Kejaksaan Negeri Lamteh dan Komisi Independen (KIP) Aceh Jaya.",
     ["Polres", "Kejaksaan Negeri Lamteh", "KIP Kabupaten Aceh Jaya"]),
    # whole names are no beginning of one another; a headquarters is a venue
    ("Logistik diangkut helikopter TNI Angkatan Darat. TNI dan Polri mengawal distribusi.",
     ["TNI Angkatan Darat", "TNI", "Polri"]),
    ("Pelatihan digelar di Mabes Satpol PP Cibadak oleh Satpol PP Bidang Linmas.", ["Satpol PP"]),
    # negative: a short form still joins its longer name
    ("Polda menerima rombongan. Kapolda menyebut Polda Aceh siap.", ["Polda Aceh"]),
])
def test_joined_bodies_and_whole_names(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, names", [
    # a standalone name ends before a holder's name with no title too; a prosecutor's office written short is the one
    # written in full (round 4 of fresh text)
    ("Konferensi pers dihadiri Pemantauan dan Penyelidikan Komnas HAM Rudi Hartono.", ["Komnas HAM"]),
    ("Hadir Kepala Kejaksaan Negeri Lamteh R. Budi Hartanto dan Kasi Intel Kejari Lamteh Andi Pratama.",
     ["Kejaksaan Negeri Lamteh"]),
    # negative: a region after a standalone name is its own; offices of two places stay two
    ("Rapat bersama Kesbangpol Aceh Jaya digelar.", ["Kesbangpol Aceh Jaya"]),
    ("Kejati Jawa Tengah dan Kejari Blora hadir.", ["Kejati Jawa Tengah", "Kejari Blora"]),
])
def test_holders_and_prosecutors(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, names", [
    # a prison written in full with no place is any prison, no one body (round 4 of fresh text)
    ("KPU mendata warga binaan di Lembaga Pemasyarakatan (Lapas) agar dapat memilih. Data di Lapas masih direkap.", []),
    # negative: with its class and place it is one prison, its short form included
    ("TPS khusus di Lembaga Pemasyarakatan (Lapas) Kelas IIB Blora. Petugas Lapas Blora membantu.",
     ["Lembaga Pemasyarakatan Kelas IIB Blora"]),
])
def test_prison_without_place(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, mentions", [
    # an honorific after a whole name begins its holder's name (round 4 of fresh text)
    ("Rakornas dibuka oleh Sekjen Kemendagri Dr. Bambang Sulistyo, M.Si. di Tangerang.",
     [("Kemendagri", "Kemendagri")]),
    ("KPU Tidore menindaklanjuti arahan Kemendagri soal data kependudukan.",
     [("KPU Kota Tidore Kepulauan", "KPU Tidore"), ("Kemendagri", "Kemendagri")]),
    # negative: an honorific inside a university's name after its first word stays ("Universitas Dr. Soetomo")
    ("Mahasiswa Universitas Dr. Soetomo mengikuti sosialisasi.",
     [("Universitas Dr. Soetomo", "Universitas Dr. Soetomo")]),
])
def test_honorific_begins_holder(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a paragraph's end stops an election body's name before a place (round 4 of fresh text: a headline ending in
    # "KPU" above a dateline)
    ("Logistik Pilkada tiba di gudang KPU\n\nSimalungun (ANTARA) - Polres mengawal logistik ke gudang KPU Kabupaten "
     "Simalungun.", [("Polres", "Polres"), ("KPU Kabupaten Simalungun", "KPU Kabupaten Simalungun")]),
    # negative: a single line break inside the name is the page's wrapping
    ("Ketua KPU Kabupaten\nBlora hadir.", [("KPU Kabupaten Blora", "KPU Kabupaten\nBlora")]),
])
def test_paragraph_end_stops_election_body(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # an office written short, then an agency's acronym and a region: that agency (round 4 of fresh text)
    ("Rapat dihadiri Kadis DPMK Aceh Jaya Safrizal dan Kaban BPBD Blora.",
     [("DPMK Aceh Jaya", "DPMK Aceh Jaya"), ("BPBD Blora", "BPBD Blora")]),
    # negative: with no region after the acronym, no body is named
    ("Kadis PUPR menyampaikan laporan.", []),
])
def test_office_written_short_before_acronym(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # the initials of a name holding an acronym keep it whole (round 4 of fresh text)
    ("Universitas PGRI Madiun menerima KPU Kota Madiun. Rektor UPGRIM, Sugeng Hartono, menyambut baik.",
     [("Universitas PGRI Madiun", "Universitas PGRI Madiun"), ("KPU Kota Madiun", "KPU Kota Madiun"),
      ("Universitas PGRI Madiun", "UPGRIM")]),
    # negative: only the whole initials are a mention ("BBRI" is not "BBRIB" of "Bank BRI Blora")
    ("Hadir Bank BRI Blora. Saham BBRI naik.", [("Bank BRI Blora", "Bank BRI Blora")]),
])
def test_compound_initials(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a region right after a name closed by its spelled acronym is the name's (round 4 of fresh text)
    ("Sosialisasi di kampus Institut Pemerintahan Dalam Negeri (IPDN) Sulawesi Utara diikuti praja.",
     [("Institut Pemerintahan Dalam Negeri Sulawesi Utara",
       "Institut Pemerintahan Dalam Negeri (IPDN) Sulawesi Utara")]),
    # negative: another body after the acronym is its own
    ("Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Universitas Jember hadir.",
     [("Lembaga Penelitian dan Pengabdian kepada Masyarakat",
       "Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM)"), ("Universitas Jember", "Universitas Jember")]),
])
def test_region_after_spelled_acronym(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, names", [
    # a second region of the same level joined by "dan" names the body there too (round 4 of fresh text)
    ("Penghitungan ulang diambil alih KIP Kabupaten Aceh Jaya dan Nagan Raya, diawasi Panwaslih Aceh.",
     ["KIP Kabupaten Aceh Jaya", "KIP Kabupaten Nagan Raya", "Panwaslih Provinsi Aceh"]),
    # negative: another body after "dan", or a place that goes on into a longer name, is no second body
    ("KPU Kabupaten Blora dan Bawaslu Blora menggelar rapat.", ["KPU Kabupaten Blora", "Bawaslu Kabupaten Blora"]),
    ("Rapat KPU Kabupaten Blora dan Rembang Raya Group digelar.", ["KPU Kabupaten Blora"]),
])
def test_second_region_of_a_body(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, names", [
    # "KPU Provinsi" with its holder after it, in an article whose bodies of that kind are all in one province
    ("Ketua KPU Kabupaten Gorontalo Utara membuka rapat. Hadir Anggota KPU Provinsi Sophia Rahman dan staf.",
     ["KPU Kabupaten Gorontalo Utara", "KPU Provinsi Gorontalo"]),
    # negatives: the levels together (a class of bodies), bodies of two provinces
    ("Ketua KPU Kabupaten Gorontalo Utara membuka rapat. Arahan dari KPU Provinsi dan KPU Kabupaten Kota.",
     ["KPU Kabupaten Gorontalo Utara"]),
    ("Ketua KPU Kabupaten Blora dan Ketua KPU Kabupaten Bantul hadir. Hadir Anggota KPU Provinsi Sophia Rahman.",
     ["KPU Kabupaten Blora", "KPU Kabupaten Bantul"]),
])
def test_province_body_without_its_region(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, names", [
    # an ad hoc committee is named by a place: "dan" right after its head joins another kind of body
    ("Kami akan membentuk PPS dan TPS di desa itu.", []),
    ("Bimtek diikuti PPK dan PPPS se-kabupaten.", []),
    ("Ketua PPS Sialang Munggu hadir.", ["PPS Sialang Munggu"]),
    # a district whose name begins with "Kota" after a head that holds its level; a city after it is every committee
    ("Ketua Panwaslu Kecamatan Kota Agung Barat menyampaikan terima kasih.", ["Panwaslu Kecamatan Kota Agung Barat"]),
    ("Panitia Pemilihan Kecamatan (PPK) Kota Madiun dilantik serentak.", []),
    # oversight committees of a district written without "Pemilu", and of Papua's distrik
    ("Ketua Panitia Pengawas Kecamatan Teweh Baru ikut memantau.", ["Panitia Pengawas Kecamatan Teweh Baru"]),
    ("Setelah pemeriksaan oleh Panwas Distrik Aimas, anggota KPPS diganti.", ["Panwas Distrik Aimas"]),
    ("anggota Panwas Distrik hadir.", []),
    # two committees, each spelt out with its acronym, sharing the place written after the second
    ("Kapolsek menyambangi kantor Panitia Pengawas Kecamatan (Panwascam) dan Panitia Pemilihan Kecamatan (PPK) "
     "Teweh Baru, Selasa (8/9).", ["Panitia Pengawas Kecamatan Teweh Baru", "Panitia Pemilihan Kecamatan Teweh Baru"]),
    ("Ketua PPK (PPK) dan PPS Sidomulyo hadir.", ["PPS Sidomulyo"]),
    # a committee's district named by its regency and a word of place; other bodies end at the regency
    ("Ketua Panitia Pemilihan Kecamatan (PPK) Seruyan Hilir, Alfiannor, menyampaikan laporan.",
     ["Panitia Pemilihan Kecamatan Seruyan Hilir"]),
    ("Rekapitulasi PPK Kecamatan Lebong Atas dan PPD Distrik Mimika Baru selesai.",
     ["PPK Kecamatan Lebong Atas", "PPD Distrik Mimika Baru"]),
    ("Dinas Kesehatan Kabupaten Seruyan Baru hadir.", ["Dinas Kesehatan Kabupaten Seruyan"]),
    # an election's organizing bodies as a class
    ("Bawaslu Sumbawa merupakan Lembaga Penyelenggara Pemilu yang bertugas mengawasi.", ["Bawaslu Kabupaten Sumbawa"]),
    ("menjaga sinergi antar Lembaga Penyelenggara Pemilu di daerah.", []),
    # a space typed before an acronym's closing mark
    ("Ketua Panitia Pemilihan Kecamatan (PPK ) Seruyan Hilir, Alfiannor, menyampaikan laporan.",
     ["Panitia Pemilihan Kecamatan Seruyan Hilir"]),
    ("Badan Pengawas Pemilihan Umum (Bawaslu ) Kabupaten Minahasa Selatan menggelar sosialisasi.",
     ["Bawaslu Kabupaten Minahasa Selatan"]),
    ("Komisi Pemilihan Umum (KPU ) Kabupaten Blora menggelar rapat.", ["KPU Kabupaten Blora"]),
    # civil-service agencies by their acronym alone, and the ministry misspelt
    ("Rapat diikuti Kesbangpol, BKD dan media.", ["Kesbangpol", "BKD"]),
    ("15 ASN sudah kami rekomendasikan ke BKN dan KASN.", ["BKN", "KASN"]),
    ("Data pemilih pemula dari sekolah di bawah Kementrian Agama.", ["Kementrian Agama"]),
])
def test_committees_and_agencies(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, names", [
    # a body named in a regulation's title is what the regulation rules on, no mention; the body written outside the
    # title still is, and the title ends at its sentence's end or at a comma
    ("Rapat bersama Sentra Gakkumdu membahas Perbawaslu Nomor 5 Tahun 2023 Tentang Sentra Penegakan Hukum Terpadu "
     "Pemilihan Umum.", ["Sentra Gakkumdu"]),
    ("sesuai SK KPU Kabupaten Pati nomor 12 tahun 2024 tentang Penetapan Hasil Pemilihan Umum Anggota Dewan Perwakilan "
     "Rakyat Daerah Kabupaten Pati tahun 2024, calon itu memperoleh suara terbanyak.", ["KPU Kabupaten Pati"]),
    ("Sosialisasi Peraturan Perundang-Undangan tentang Partai Politik dan Pemilu digelar Rabu.", []),
    ("Sesuai dengan Undang-undang nomor 7 Tahun 2017 tentang Pemilu, KIP Aceh Tamiang menetapkan jadwal.",
     ["KIP Kabupaten Aceh Tamiang"]),
    # negatives: the title ends at its period, a quotation mark or a place after it, so the body after it is a mention
    ("diatur dalam PKPU Nomor 7 Tahun 2024 tentang Pemungutan Suara Tahun 2024. KPU Kabupaten Pati menggelar simulasi.",
     ["KPU Kabupaten Pati"]),
    ("Peraturan KPU tentang Pencalonan Anggota DPD. “Bawaslu Kota Batu mengawasi,” ujarnya.",
     ["Bawaslu Kota Batu"]),
    ("rapat Daftar Inventaris Masalah PKPU tentang Pilkada di Ruang Rapat KPU Kabupaten Pati, Senin.",
     ["KPU Kabupaten Pati"]),
    # a title that lists bodies of one kind goes on over its commas, and an acronym written there is learned for no body
    ("melalui Peraturan KPU Nomor 9 Tahun 2012 tentang Tahapan Pemilihan Umum Dewan Perwakilan Rakyat, Dewan "
     "Perwakilan Daerah, dan Dewan Perwakilan Rakyat Daerah (Pileg) Tahun 2014. Persiapan Pileg dimulai.", []),
    # negative: a comma after the title followed by a clause naming bodies ends it
    ("Sosialisasi PKPU Nomor 3 Tahun 2025 tentang Pemutakhiran Data, Ketua KPU Kabupaten Pati dan Bawaslu Pati hadir.",
     ["KPU Kabupaten Pati", "Bawaslu Kabupaten Pati"]),
])
def test_bodies_in_regulation_titles(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, mentions", [
    # a local unit's head alone, in an article naming no unit of that head, is the local unit as written; a national
    # agency or corps written alone is a name of its own (fresh sets of session 24)
    ("Acara dihadiri oleh berbagai pemangku kepentingan, termasuk Polres, media, dan partai politik.",
     [("Polres", "Polres")]),
    ("Hadir pula Satpol PP, Polres, Kejaksaan, Kodim, serta BPBD.",
     [("Satpol PP", "Satpol PP"), ("Polres", "Polres"), ("Kejaksaan", "Kejaksaan"), ("Kodim", "Kodim"),
      ("BPBD", "BPBD")]),
    ("Distribusi dikawal personel dari Polres Rembang dan Brimob, sedangkan materi diberikan BPKP.",
     [("Polres Rembang", "Polres Rembang"), ("Brimob", "Brimob"), ("BPKP", "BPKP")]),
    # a head invited with its title is the body too (gold/LABELLING.md, session 27); an office abbreviation is none
    ("Turut diundang Kapolres, Kepala Kejaksaan Negeri dan Ketua Pengadilan Negeri.",
     [("Kejaksaan Negeri", "Kejaksaan Negeri"), ("Pengadilan Negeri", "Pengadilan Negeri")]),
    # negative: with two units named, the head alone is neither
    ("Hadir Polsek Tambakrejo dan Polsek Todanan. Polsek siap mengamankan.",
     [("Polsek Tambakrejo", "Polsek Tambakrejo"), ("Polsek Todanan", "Polsek Todanan")]),
    # a military or police unit's acronym written in capitals in running text, and a one-word standalone name in
    # capitals or (a head also written in lower case) in lower case: the same heads
    ("Hadir perwakilan Polresta Rembang, perwakilan KODIM 0720 Rembang dan perwakilan partai politik.",
     [("Polresta Rembang", "Polresta Rembang"), ("KODIM 0720 Rembang", "KODIM 0720 Rembang")]),
    ("Uji publik dihadiri oleh FORKOPIMDA, dinas terkait dan partai politik.", [("Forkopimda", "FORKOPIMDA")]),
    ("Deklarasi diikuti peserta yang hadir, baik forkopimda, perwakilan partai dan PPK.",
     [("Forkopimda", "forkopimda")]),
    # a pair of forces written as one is two bodies (gold/LABELLING.md, session 26), each as written; negatives: a
    # hyphen to a word that names no body, a line in capitals (a sub-headline) read as a headline is, a lower-case
    # head with its region as written
    ("Netralitas anggota TNI/POLRI dan ASN dijaga.", [("TNI", "TNI"), ("POLRI", "POLRI")]),
    ("Pleno dihadiri TNI-Polri dan Dinas Dukcapil.", [("TNI", "TNI"), ("Polri", "Polri"), ("Dinas Dukcapil", "Dinas Dukcapil")]),
    ("Sinergi Polri-Masyarakat terus dijaga.", []),
    ("POLRES REMBANG GELAR APEL PENGAMANAN BERSAMA\nApel digelar pagi ini.", []),
    ("Rapat bersama forkopimda kab. Blora digelar.", [("forkopimda kab. Blora", "forkopimda kab. Blora")]),
    # the local government written alone is a body; negative: the last words of a longer head's name are not
    ("Rapat dihadiri oleh Inspektorat dan Pemerintah Daerah.",
     [("Inspektorat", "Inspektorat"), ("Pemerintah Daerah", "Pemerintah Daerah")]),
    ("Ketua KPU meminta dukungan Pemda agar tahapan lancar.", [("Pemda", "Pemda")]),
    ("Sekda selaku Ketua TAPD (Tim Anggaran Pemerintah Daerah) memaparkan hibah.", []),
    # a hospital is named from "Rumah Sakit" or its acronym; negative: the word alone, a kind of place, is none
    ("Tim berkunjung ke Rumah Sakit Umum Daerah (RSUD) Sekar Wangi Blora, lalu ke RSUD Sekar Wangi.",
     [("Rumah Sakit Umum Daerah Sekar Wangi Blora", "Rumah Sakit Umum Daerah (RSUD) Sekar Wangi Blora"),
      ("Rumah Sakit Umum Daerah Sekar Wangi Blora", "RSUD Sekar Wangi")]),
    ("Penetapan Lokasi Rumah Sakit, kata dia, menunggu surat.", []),
    # a party written by its acronym alone, and as the party of a branch
    ("Pada hari pertama datanglah PKPI, disusul PKB.", [("PKPI", "PKPI"), ("PKB", "PKB")]),
    ("Pengurus DPC PKPI Kabupaten Blora hadir.", [("DPC PKPI Kabupaten Blora", "DPC PKPI Kabupaten Blora")]),
])
def test_bodies_written_alone_or_in_another_case(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # "dan" right after a head joins two things, no two words of one name; another body's head of several words ends
    # the name; a head that ends a longer name its acronym spells is no body (fresh sets of session 24)
    ("Pemilu dapat mempererat tali silaturahmi, Persatuan dan Kesatuan bangsa.", []),
    ("DPR bersama Pemerintah dan Penyelenggara Pemilu masih akan membahas jadwal.", []),
    ("Tim meninjau rekrutmen Badan Ad Hoc Panitia Pemungutan Suara (PPS) pada Pemilu 2024.", []),
    ("Evaluasi penerapan Sistem Pengendalian Intern Pemerintah (SPIP) Terintegrasi digelar. SPIP wajib diterapkan.", []),
    # negatives: "dan" between two words of a name, an acronym spelled from the head on, a head that holds another
    # body's name (a council's commissions too), a party's branch
    ("Rombongan Komisi I dan II Dewan Perwakilan Rakyat Daerah (DPRD) Kota Tegal berkunjung.",
     [("Komisi I dan II Dewan Perwakilan Rakyat Daerah Kota Tegal",
       "Komisi I dan II Dewan Perwakilan Rakyat Daerah (DPRD) Kota Tegal")]),
    ("Dinas Perpustakaan dan Kearsipan Kabupaten Rembang hadir.",
     [("Dinas Perpustakaan dan Kearsipan Kabupaten Rembang", "Dinas Perpustakaan dan Kearsipan Kabupaten Rembang")]),
    ("Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Rembang hadir.",
     [("Badan Kesatuan Bangsa dan Politik Kabupaten Rembang",
       "Badan Kesatuan Bangsa dan Politik (Kesbangpol) Kabupaten Rembang")]),
    ("Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah dan Dewan Pimpinan Cabang Partai Demokrat Kabupaten "
     "Rembang hadir.",
     [("Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah", "Kantor Wilayah Kementerian Agama Provinsi Jawa Tengah"),
      ("Dewan Pimpinan Cabang Partai Demokrat Kabupaten Rembang",
       "Dewan Pimpinan Cabang Partai Demokrat Kabupaten Rembang")]),
])
def test_names_end_at_joined_things_other_heads_and_longer_names(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, names", [
    # a police or army unit written short and in full in one article is one body, named by its longest form
    ("Rapat dengan Kepolisian Resor Rembang digelar. Hadir pula perwakilan Polres Rembang.",
     ["Kepolisian Resor Rembang"]),
    ("KPU menjalin kerja sama dengan Polda Jambi. Perjanjian diteken bersama Kepolisian Daerah Jambi.",
     ["Kepolisian Daerah Jambi"]),
    # the national police's full name and "Polri" are one body, named by the full name; a regional command under
    # the official full name is that command
    ("Purnawirawan Kepolisian Negara Republik Indonesia tetap terdata; Polri memberi salinan datanya.",
     ["Kepolisian Negara Republik Indonesia"]),
    ("Perwakilan Kepolisian Negara Republik Indonesia Daerah Lumbung Raya hadir; Polda Lumbung Raya siaga.",
     ["Kepolisian Negara Republik Indonesia Daerah Lumbung Raya"]),
    # negatives: units of two places stay two, and the police and the army are two bodies
    ("Kepolisian Resor Rembang dan Polres Blora hadir.", ["Kepolisian Resor Rembang", "Polres Blora"]),
    ("Polri dan TNI menjaga gudang logistik.", ["Polri", "TNI"]),
])
def test_police_units_short_and_in_full(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, mentions", [
    # a unit named with the body it belongs to is one body as written, the parent no mention of its own
    ("Data dari Ditjen Dukcapil Kemendagri menjadi sumber sinkronisasi.",
     [("Ditjen Dukcapil Kemendagri", "Ditjen Dukcapil Kemendagri")]),
    ("Pengisian dapat dimonitor oleh Inspektorat Jenderal KPU RI setiap hari.",
     [("Inspektorat Jenderal KPU RI", "Inspektorat Jenderal KPU RI")]),
    ("Pembahasan peran APIP dan Biro Hukum KPU dalam penyelesaian perkara.", [("Biro Hukum KPU", "Biro Hukum KPU")]),
    ("Materi disampaikan Direktorat Gratifikasi KPK kepada peserta.",
     [("Direktorat Gratifikasi KPK", "Direktorat Gratifikasi KPK")]),
    # negatives: after a title the unit is an office's division; with no body after it no unit is read
    ("Narasumber Kepala Biro Perundang-undangan KPU RI, Budi Santoso, hadir.", [("KPU RI", "KPU RI")]),
    ("Biro Hukum menyiapkan jawaban.", []),
    # the general secretariat of an election body with no region is the national body (as "Sekretariat KPU
    # Kabupaten X" is that KPU); negative: a regional secretariat keeps its region
    ("Bimtek diselenggarakan oleh Sekretariat Jenderal Komisi Pemilihan Umum (KPU) secara daring.",
     [("KPU RI", "Sekretariat Jenderal Komisi Pemilihan Umum (KPU)")]),
    ("Pelantikan pejabat fungsional di lingkungan Setjen Bawaslu berlangsung khidmat.",
     [("Bawaslu RI", "Setjen Bawaslu")]),
    ("Staf Sekretariat KPU Kabupaten Blora hadir.", [("KPU Kabupaten Blora", "Sekretariat KPU Kabupaten Blora")]),
])
def test_units_named_with_their_parent_body(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a head followed only by a word for a kind of body or gathering names none; a function word ends a name where
    # every word is capitalised
    ("Hadir Pimpinan SKPD, Pimpinan Lembaga Vertikal dan Lembaga Organisasi.", []),
    ("Upi menjadi pengantar dalam Forum Diskusi, didampingi staf.", []),
    ("Setelah Diunggah, KPK Akan Segera Membalas Ke Email Pelapor.", [("KPK", "KPK")]),
    ("Sosialisasi Dokumen Partai Politik Secara Berkelanjutan Semester II digelar.", []),
    # negative: a name of a kind word and a name word is one body
    ("Forum Komunikasi Pimpinan Daerah hadir.",
     [("Forum Komunikasi Pimpinan Daerah", "Forum Komunikasi Pimpinan Daerah")]),
])
def test_kinds_of_bodies_and_function_words(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a level's abbreviation glued to the region by its period is the level and the region
    ("Surat lamaran ditujukan kepada KPU kab.Wonogiri dengan lampiran.",
     [("KPU Kabupaten Wonogiri", "KPU kab.Wonogiri")]),
    ("Rekomendasi Panwaslu Kab.Lamongan ditindaklanjuti.", [("Panwaslu Kabupaten Lamongan", "Panwaslu Kab.Lamongan")]),
    ("Komisi Pemilihan Umum Kabupaten Ngawi (KPU Kab.Ngawi) bersama pemerintah daerah.",
     [("KPU Kabupaten Ngawi", "Komisi Pemilihan Umum Kabupaten Ngawi"), ("KPU Kabupaten Ngawi", "KPU Kab.Ngawi")]),
    # negative: the level glued to no region is no region
    ("KPU Kab.(28/09/17). Rapat digelar.", []),
])
def test_level_glued_to_region(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text) if not m.rule.endswith(".bare")] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a regency the wilayah package spells with a hyphen is named as the Home Ministry and its offices write it
    ("Ketua KPU Kabupaten Tolitoli, Budi Santoso, membuka rapat.", [("KPU Kabupaten Tolitoli", "KPU Kabupaten Tolitoli")]),
    ("Bawaslu Tolitoli menggelar apel.", [("Bawaslu Kabupaten Tolitoli", "Bawaslu Tolitoli")]),
    # the ministry's hyphen, written as it writes it, in capitals or short; the package's two words joined as one
    ("Rapat dibuka Sekretaris Bawaslu Kab. Tojo Una-Una, Budi Santoso.",
     [("Bawaslu Kabupaten Tojo Una-Una", "Bawaslu Kab. Tojo Una-Una")]),
    ("BAWASLU TOJO UNA-UNA GELAR RAPAT EVALUASI", [("Bawaslu Kabupaten Tojo Una-Una", "BAWASLU TOJO UNA-UNA")]),
    ("Bawaslu Kota Bau-Bau dan KPU Fakfak hadir.",
     [("Bawaslu Kota Baubau", "Bawaslu Kota Bau-Bau"), ("KPU Kabupaten Fakfak", "KPU Fakfak")]),
    # negative: a region of one word after a hyphenated region's first word is no part of it
    ("KPU Kabupaten Tojo hadir.", []),
])
def test_regions_spelled_as_the_ministry_writes_them(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a name beginning with "Partai Politik" is a class of parties or a programme's title, never one party
    ("KPU menyosialisasikan Pemutakhiran Data Partai Politik Berkelanjutan melalui Sistem Informasi Partai Politik "
     "(Sipol) Semester II Tahun 2025.", []),
    ("Peraturan tentang Penetapan Partai Politik Peserta Pemilu Anggota DPR dan DPRD dibahas.", []),
    # a forum named by its meeting is that meeting
    ("KPU Kabupaten Ngawi melaksanakan Forum Rapat Koordinasi Pemutakhiran Data Pemilih Berkelanjutan (PDPB).",
     [("KPU Kabupaten Ngawi", "KPU Kabupaten Ngawi")]),
    # negatives: a party's own name, a forum of leaders
    ("Hadir DPC Partai Demokrat Kabupaten Ngawi dan Partai Persatuan Pembangunan.",
     [("DPC Partai Demokrat Kabupaten Ngawi", "DPC Partai Demokrat Kabupaten Ngawi"),
      ("Partai Persatuan Pembangunan", "Partai Persatuan Pembangunan")]),
    ("Forum Komunikasi Pimpinan Daerah hadir.",
     [("Forum Komunikasi Pimpinan Daerah", "Forum Komunikasi Pimpinan Daerah")]),
])
def test_classes_of_parties_and_forums_named_by_meetings(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a one-word head written with capitals inside it is that head; the name stays as written
    ("Hadir Kepala Rutan, KesbangPol Kab. Ngawi, serta camat.",
     [("Rutan", "Rutan"), ("KesbangPol Kab. Ngawi", "KesbangPol Kab. Ngawi")]),
    ("Data diserahkan kepada DisDukCapil Kota Palu kemarin.", [("DisDukCapil Kota Palu", "DisDukCapil Kota Palu")]),
    # negative: a word that only holds a head's letters in another case is no head
    ("Mereka menulis kesbangpol kota palu dalam catatan.", []),
])
def test_heads_written_with_inner_capitals(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # the home ministry written in full and alone is one body, its function word in either case
    ("Rapat menindaklanjuti data turunan dari Kementerian Dalam Negeri terkait penduduk.",
     [("Kementerian Dalam Negeri", "Kementerian Dalam Negeri")]),
    ("Data hasil pemadanan SIAK Kementerian dalam Negeri Semester II dibahas.",
     [("Kementerian dalam Negeri", "Kementerian dalam Negeri")]),
    # negative: with its acronym or more words it is read as a name running on
    ("Hadir perwakilan Kementerian Dalam Negeri (Kemendagri) di rapat.",
     [("Kementerian Dalam Negeri", "Kementerian Dalam Negeri (Kemendagri)")]),
])
def test_ministry_written_alone(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # "&" written for "dan" joins two words of one name
    ("Hadir Camat se-Kabupaten Ngawi, Dinas Kependudukan & Pencatatan Sipil, dan Kemenag Kab. Ngawi.",
     [("Dinas Kependudukan & Pencatatan Sipil", "Dinas Kependudukan & Pencatatan Sipil"),
      ("Kemenag Kab. Ngawi", "Kemenag Kab. Ngawi")]),
    # negative: "&" before another body's head ends the name
    ("Koordinasi Dinas Sosial & KPU Ngawi berjalan baik.",
     [("Dinas Sosial", "Dinas Sosial"), ("KPU Kabupaten Ngawi", "KPU Ngawi")]),
])
def test_ampersand_joins_a_name(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # the regional secretariat's government section written short with its region
    ("Hadir Bawaslu Kota Madiun, Kabag Tapem Kota Madiun, dan perwakilan partai.",
     [("Bawaslu Kota Madiun", "Bawaslu Kota Madiun"), ("Tapem Kota Madiun", "Tapem Kota Madiun")]),
    # negatives: alone, or with only its expansion in parentheses, it names no one section
    ("Kehadiran Bawaslu Kota Madiun, Tapem, dan partai politik.", [("Bawaslu Kota Madiun", "Bawaslu Kota Madiun")]),
    ("Hadir Satpol PP, Bagian Tapem (Tata Pemerintahan), serta camat.", [("Satpol PP", "Satpol PP")]),
    # the section written in full with its region
    ("Surat undangan itu diteruskan oleh Bagian Pemerintahan Kabupaten Lumbung Jaya kepada para camat.",
     [("Bagian Pemerintahan Kabupaten Lumbung Jaya", "Bagian Pemerintahan Kabupaten Lumbung Jaya")]),
    # negatives: the section in an office's title is the holder's division, its body the secretariat after it; alone,
    # it names no one section
    ("Kepala Bagian Pemerintahan Setda Kabupaten Blora, Budi Santoso, membuka acara.",
     [("Setda Kabupaten Blora", "Setda Kabupaten Blora")]),
    ("KPU berkoordinasi dengan Bagian Pemerintahan terkait data penduduk.", []),
])
def test_government_section_written_short(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, mentions", [
    # a place the article writes after a level ("Kabupaten Barito") that begins a region of several words is no end of
    # the body's name: the rest of the region follows, no holder
    ("Rapat di Kabupaten Lombok Tengah dibuka. Sambutan diberikan Wakil Ketua DPRD Kabupaten Lombok Tengah dan Camat.",
     [("DPRD Kabupaten Lombok Tengah", "DPRD Kabupaten Lombok Tengah")]),
    # negative: a one-word place the article names elsewhere, then two name words, is the body and its holder
    ("Rapat di Kecamatan Sape dibuka. Ketua Yayasan Harapan Sape Rudi Hartawan membuka acara.",
     [("Yayasan Harapan Sape", "Yayasan Harapan Sape")]),
])
def test_known_place_beginning_a_longer_region(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, names", [
    # a regional government written short and in full, "Daerah" or not, is one body named by its longest form
    ("Izin dari Pemkot Magelang sudah turun. Anggaran diajukan kepada Pemerintah Kota Magelang.",
     [("Pemerintah Kota Magelang", ["Pemkot Magelang", "Pemerintah Kota Magelang"])]),
    ("Rombongan diterima di Pemkab Lombok Tengah. Pemerintah Daerah Kabupaten Lombok Tengah mendukung tahapan.",
     [("Pemerintah Daerah Kabupaten Lombok Tengah", ["Pemkab Lombok Tengah",
                                                     "Pemerintah Daerah Kabupaten Lombok Tengah"])]),
    # "Pemerintah Daerah" written alone after the government named in full is that government
    ("Rombongan diterima di Pemkab Lombok Tengah. Bupati menegaskan Pemerintah Daerah Kabupaten Lombok Tengah "
     "mendukung. Dukungan Pemerintah Daerah berupa hibah.",
     [("Pemerintah Daerah Kabupaten Lombok Tengah", ["Pemkab Lombok Tengah", "Pemerintah Daerah Kabupaten Lombok Tengah",
                                                     "Pemerintah Daerah"])]),
    # "Pemda" is "Pemerintah Daerah" written short, alone or with its level
    ("Pemerintah Daerah Kabupaten Lumbung menyiapkan ruang. Pemda Kabupaten Lumbung juga menanggung sewa. Bantuan "
     "Pemda berupa gedung.",
     [("Pemerintah Daerah Kabupaten Lumbung", ["Pemerintah Daerah Kabupaten Lumbung", "Pemda Kabupaten Lumbung",
                                              "Pemda"])]),
    # negative: a regency's and a city's government of one name stay two bodies
    ("Pemkab Magelang dan Pemerintah Kota Magelang menandatangani hibah.",
     [("Pemkab Magelang", ["Pemkab Magelang"]), ("Pemerintah Kota Magelang", ["Pemerintah Kota Magelang"])]),
    ("Pemda Kabupaten Magelang dan Pemerintah Daerah Kota Magelang menandatangani hibah.",
     [("Pemda Kabupaten Magelang", ["Pemda Kabupaten Magelang"]),
      ("Pemerintah Daerah Kota Magelang", ["Pemerintah Daerah Kota Magelang"])]),
])
def test_regional_government_short_and_in_full(finder, text, names):
    orgs = group_organizations(finder.find(text))
    assert [(o.name, [m.text for m in o.mentions]) for o in orgs] == names


@pytest.mark.parametrize("text, names", [
    # an office's grade written once and then left out names one body, under its longest form
    ("Lapas Kelas IIB Sukoharjo menilai sosialisasi berjalan baik. Lapas Sukoharjo juga mengusulkan TPS khusus.",
     [("Lapas Kelas IIB Sukoharjo", ["Lapas Kelas IIB Sukoharjo", "Lapas Sukoharjo"])]),
    ("Hadir Rutan Kelas II B Kabupaten Klaten. Kepala Rutan Klaten menyampaikan data warga binaan.",
     [("Rutan Kelas II B Kabupaten Klaten", ["Rutan Kelas II B Kabupaten Klaten", "Rutan Klaten"])]),
    # negative: a grade with no place after it keeps the name as written, no other prison's
    ("Hadir pimpinan Rutan Kelas IIA, Rutan Sragen dan camat.",
     [("Rutan Kelas IIA", ["Rutan Kelas IIA"]), ("Rutan Sragen", ["Rutan Sragen"])]),
    # negative: a grade's letter written apart is no place after the grade
    ("Hadir pimpinan Rutan Kelas II B, Rutan Sragen dan camat.",
     [("Rutan Kelas II B", ["Rutan Kelas II B"]), ("Rutan Sragen", ["Rutan Sragen"])]),
])
def test_graded_office_written_without_its_grade(finder, text, names):
    orgs = group_organizations(finder.find(text))
    assert [(o.name, [m.text for m in o.mentions]) for o in orgs] == names


@pytest.mark.parametrize("text, names", [
    # a party written in capitals in running text is named as written
    ("Setelah itu NASDEM, PKB dan HANURA bergantian menyerahkan berkas.",
     [("NASDEM", ["NASDEM"]), ("PKB", ["PKB"]), ("HANURA", ["HANURA"])]),
    # with its mixed-case spelling in the article too, one body under the spelling most mentions agree with
    ("Golkar menyerahkan berkas pada pagi hari. Siangnya GOLKAR hadir kembali.", [("Golkar", ["Golkar", "GOLKAR"])]),
    # negative: the leaders' forum keeps the name gold/LABELLING.md gives it
    ("Rapat dihadiri oleh FORKOPIMDA, dinas terkait dan camat.", [("Forkopimda", ["FORKOPIMDA"])]),
])
def test_names_in_capitals_stay_as_written(finder, text, names):
    orgs = group_organizations(finder.find(text))
    assert [(o.name, [m.text for m in o.mentions]) for o in orgs] == names


@pytest.mark.parametrize("text, names", [
    # the leaders' forum under its former name, with its region or alone, is one body
    ("Pelantikan disaksikan Ketua DPRD Kabupaten Lombok Tengah, jajaran Muspida Kabupaten Lombok Tengah dan camat.",
     [("DPRD Kabupaten Lombok Tengah", ["DPRD Kabupaten Lombok Tengah"]),
      ("Muspida Kabupaten Lombok Tengah", ["Muspida Kabupaten Lombok Tengah"])]),
    ("Uji publik digelar bersama Pemerintah Daerah, unsur Muspida dan para kepala desa.",
     [("Pemerintah Daerah", ["Pemerintah Daerah"]), ("Muspida", ["Muspida"])]),
    # negative: a building named by the forum is a venue
    ("Rapat digelar di Gedung Muspida pada pagi hari.", []),
])
def test_leaders_forum_under_its_former_name(finder, text, names):
    orgs = group_organizations(finder.find(text))
    assert [(o.name, [m.text for m in o.mentions]) for o in orgs] == names


@pytest.mark.parametrize("text, mentions", [
    # after a title, one name word after a body's whole head is its holder when a degree follows it
    ("Bupati didampingi Kepala Kesbangpol Suharno, M.Si, ketika rombongan KPU datang.",
     [("Kesbangpol", "Kesbangpol")]),
    # an agency word before a whole head: the holder's name follows that head
    ("Hadir Sekretaris Daerah dan Kepala Badan Kesbangpol Sutrisno Wibowo, S.STP. Acara dibuka pukul 09.00.",
     [("Badan Kesbangpol", "Badan Kesbangpol")]),
    # negatives: one capitalised word with no degree after it stays in the name; no title, no cut
    ("Hadir Kepala Kesbangpol Linmas, Dinas Sosial dan camat.",
     [("Kesbangpol Linmas", "Kesbangpol Linmas"), ("Dinas Sosial", "Dinas Sosial")]),
])
def test_holder_after_a_whole_head_before_a_degree(finder, text, mentions):
    assert [(m.name, m.text) for m in finder.find(text)] == mentions


@pytest.mark.parametrize("text, names", [
    # a capital city's branch agencies ("Suku Dinas", "Suku Badan") and a province's branch office are bodies of
    # their own, named from the branch word, not the province's agency they belong to
    ("Pleno dihadiri Suku Dinas Sosial dan Suku Badan Pendapatan Daerah, serta warga.",
     ["Suku Dinas Sosial", "Suku Badan Pendapatan Daerah"]),
    ("Sosialisasi diikuti Kantor Cabang Dinas Kehutanan Provinsi Maluku dan tokoh adat.",
     ["Kantor Cabang Dinas Kehutanan Provinsi Maluku"]),
    # negatives: "suku" in lower case is a tribe; the agency alone stays as written
    ("Warga suku Dayak dan Dinas Sosial hadir.", ["Dinas Sosial"]),
    # an excerpt that stops inside a word: the name running into it is cut short and is none
    ("Rapat dihadiri Bawaslu Kabupaten Blora, Disdukcapil dan Dinas Perhubung",
     ["Bawaslu Kabupaten Blora", "Disdukcapil"]),
    ("Daftar peserta: Partai Amanat Nasional, Partai Keadilan Sejaht", ["Partai Amanat Nasional"]),
    # negatives: a word the lexicons know, one written earlier in the text, or a stop mark at the end keep the name
    ("Spanduk calon legislatif itu dipasang oleh Partai Demokrat", ["Partai Demokrat"]),
    ("Dinas Perikanan hadir. Paparan terakhir dari Dinas Perikanan", ["Dinas Perikanan"]),
    ("Paparan terakhir dari Dinas Perikanan.", ["Dinas Perikanan"]),
    ("Paparan terakhir dari Dinas Perikanan Kabupaten Mamuju Utara", ["Dinas Perikanan Kabupaten Mamuju Utara"]),
    ("Rapat selesai. Hadir pula Dinas Kelautan", ["Dinas Kelautan"]),
    # the special courts are bodies named with their seat, like the district courts
    ("Terdakwa menjalani sidang di Pengadilan Tipikor Kupang pekan lalu.", ["Pengadilan Tipikor Kupang"]),
    ("Sengketa itu diajukan ke Pengadilan Tata Usaha Negara Medan oleh pemohon.",
     ["Pengadilan Tata Usaha Negara Medan"]),
    # negative: a court's name as the subject of a talk names no body
    ("Materi membahas pengadilan tipikor dan peran saksi.", []),
])
def test_branch_agencies_cut_names_and_special_courts(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, names", [
    # a justice or police body written alone stands for the one body of that kind taking part, its head invited too
    # (gold/LABELLING.md, session 27)
    ("Materi hari kedua dibawakan Kejaksaan, lalu Kepolisian menutup sesi.", ["Kejaksaan", "Kepolisian"]),
    ("Rapat pleno itu mengundang Kepala Rutan dan Ketua Pengadilan Agama.", ["Rutan", "Pengadilan Agama"]),
    ("Logistik dikawal ketat oleh pihak Kepolisian sampai ke gudang.", ["Kepolisian"]),
    # a sentence's first word is no part of a name: the heads after it stand alone
    ("Hadir Polres dan Kodim.", ["Polres", "Kodim"]),
    ("Hadir Kejaksaan dan Kodim.", ["Kejaksaan", "Kodim"]),
    ("Hadir Lapas dan Rutan.", ["Lapas", "Rutan"]),
    # a list after a capitalised word that names no body found, or a list of who attended, is no body's parts
    ("Narasumber terdiri dari Kepolisian dan Kejaksaan.", ["Kepolisian", "Kejaksaan"]),
    ("Tamu undangan terdiri dari berbagai unsur, termasuk Ketua Pengadilan Agama dan Kepala Rutan.",
     ["Pengadilan Agama", "Rutan"]),
    # negatives: the parts a body is made of, a named unit of that kind, a document's name, a venue
    ("Gakkumdu Kabupaten Lumbung beranggotakan sembilan orang dari Kepolisian serta Kejaksaan.",
     ["Gakkumdu Kabupaten Lumbung"]),
    ("Sejak 2028 Bawaslu, Kejaksaan serta Kepolisian bergabung dalam Gakkumdu Sukamaju.", ["Gakkumdu Sukamaju"]),
    ("Sentra Penegakan Hukum Terpadu (Gakkumdu) yang terdiri atas unsur Kejaksaan dan Kepolisian dibentuk 4 Juni.",
     ["Sentra Penegakan Hukum Terpadu"]),
    ("Pengamanan gudang dipimpin Polres Sukamaju; menurut Kepolisian, 40 personel disiagakan.", ["Polres Sukamaju"]),
    ("Pelamar wajib melampirkan Surat Keterangan Catatan Kepolisian yang masih berlaku.", []),
    ("Catatan Kepolisian wajib dilampirkan setiap pelamar.", []),  # a document's word, even first in its sentence
    ("Petugas mendata pemilih di Rutan agar tetap bisa memilih.", []),
    # a prison or a jail in a list of places after "di", "ke" or "dalam", or right after "binaan" or "TPS": a venue
    ("Dua TPS khusus disiapkan di Lapas dan Rutan pada hari pemungutan.", []),
    ("Petugas mendata 312 warga binaan Lapas pekan ini.", []),
    ("Petugas menjemput suara di rumah sakit, Lapas, dan Rutan.", []),
    ("Kotak suara dibawa ke Lapas serta Rutan sore itu.", []),
    ("Pemungutan suara di TPS Lapas berjalan lancar.", []),
    # a verb between the venue word and the head ends that list: the bodies are guests
    ("Rapat di aula Sukamaju dihadiri Lapas dan Rutan.", ["Lapas", "Rutan"]),
    # a legislature named by its race, a seat or a ballot is no body (gold/LABELLING.md, session 27)
    ("Berkas 25 bakal calon DPRD Kabupaten Lumbung diserahkan Partai Lumbung Raya.", ["Partai Lumbung Raya"]),
    ("KPU mengumumkan rancangan alokasi kursi DPRD Kabupaten Lumbung untuk Pemilu 2029.", []),
    ("Sebanyak 40 caleg DPRD Provinsi Jawa Tengah terpilih belum melapor.", []),
    ("Jadwal Pencalonan Anggota DPRD Kabupaten Lumbung dimulai 2 Mei.", []),
    # negatives: members and a sitting member's replacement name the council
    ("Anggota DPRD Kabupaten Blora Budi Santoso hadir.", ["DPRD Kabupaten Blora"]),
    ("Berkas calon PAW anggota DPRD Kabupaten Lumbung diteliti 3 hari.", ["DPRD Kabupaten Lumbung"]),
    # a council's committee named by the race it runs names the council
    ("Rapat Panitia Pemilihan DPRD Kabupaten Lumbung digelar 5 Juli.", ["DPRD Kabupaten Lumbung"]),
    # the leaders' forum written with a "P" for its "F", with its region or alone
    ("Pertemuan di Teluk Indah diikuti wakil Prokopinda Kabupaten Lumbung pada 12 Maret.",
     ["Prokopinda Kabupaten Lumbung"]),
    ("Surat undangan rapat dikirim kepada jajaran Prokopimda tiga hari sebelumnya.", ["Prokopimda"]),
    # negative: a word that only begins like it is none
    ("Program Prokopi dijalankan warga.", []),
    # a province's branch office is named with the area it serves, after the province or before it
    ("Sambutan pembuka disampaikan oleh Kepala Kantor Cabang Dinas (Cabdin) Kehutanan Provinsi Lumbung Raya Wilayah "
     "Teluk Indah.", ["Kantor Cabang Dinas Kehutanan Provinsi Lumbung Raya Wilayah Teluk Indah"]),
    ("Menurut Kepala Cabang dinas Wilayah IX Provinsi Lumbung Raya, 15 sekolah ikut.",
     ["Cabang dinas Wilayah IX Provinsi Lumbung Raya"]),
    # negatives: an area word with no region or number after it, and a region after the name with a holder
    ("Dinas Pendidikan Provinsi Jawa Timur Wilayah kerja luas.", ["Dinas Pendidikan Provinsi Jawa Timur"]),
    ("Kepala Dinas Sosial Provinsi Jawa Tengah Budi Santoso hadir.", ["Dinas Sosial Provinsi Jawa Tengah"]),
])
def test_justice_bodies_races_forum_and_branch_areas(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, names", [
    # a numbered command's territory goes on over a separator when a region follows it
    ("Apel siaga diikuti personel Kodim 0845 Sukamaju – Lamongan sejak pagi.", ["Kodim 0845 Sukamaju – Lamongan"]),
    ("Personel Kodim 0912 / Pacitan membantu bongkar muat kotak suara.", ["Kodim 0912 / Pacitan"]),
    # negatives: no number before the separator, or no region after it
    ("Pengamanan dibagi antara Polres Sukamaju / Kodim 0845 menurut jadwal.", ["Polres Sukamaju", "Kodim 0845"]),
    ("Patroli bersama Kodim 0845 – Sukamaju berjalan rutin.", ["Kodim 0845"]),
    # a legislature on a candidate list, or listed right after a race, names the race (gold/LABELLING.md, session 27)
    ("Pengumuman DCT Anggota DPRD Kabupaten Sleman ditempel di papan kantor.", []),
    ("Bimbingan teknis pencalonan Anggota DPR RI dan DPRD Provinsi Jawa Timur digelar dua hari.", []),
    # negative: a clause's comma after the race, the council acting; no joining word closes a list
    ("Selepas pemilu anggota DPRD Kabupaten Sleman, DPRD Kabupaten Sleman menyusun alat kelengkapan.",
     ["DPRD Kabupaten Sleman"]),
    # negative: two councils visited, no race before them
    ("Tim Bawaslu Kabupaten Sleman berkunjung ke DPRD Kabupaten Sleman dan DPRD Kabupaten Bantul.",
     ["Bawaslu Kabupaten Sleman", "DPRD Kabupaten Sleman", "DPRD Kabupaten Bantul"]),
])
def test_command_territories_and_race_lists(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, names", [
    # the national legislatures written alone are single bodies, like KPU RI
    ("Rombongan kunjungan kerja DPR RI disambut Bawaslu Kabupaten Sleman di Wates.",
     ["DPR RI", "Bawaslu Kabupaten Sleman"]),
    ("Sambutan Ketua DPD RI dibacakan oleh staf ahlinya.", ["DPD RI"]),
    # negatives: a race or a ballot of the national legislatures names no body
    ("Logistik surat suara DPR RI untuk Dapil Sleman tiba sore hari.", []),
    ("Selisih perolehan suara DPD RI antarkecamatan dibahas panitia hingga larut.", []),
    ("Spanduk sosialisasi pemilihan legislatif DPD RI terpasang di pasar.", []),
    # a national legislature listed with other legislatures names the tiers elected, no one body
    ("Bimtek petugas membahas tata cara menghitung suara bagi DPR RI, DPRD provinsi dan DPRD kabupaten/kota.", []),
    ("Formulir hasil untuk DPD, DPR RI, DPRD kabupaten sudah dipilah petugas.", []),
    # negatives: named bodies listed after it, in either order, are bodies and it is one too
    ("Bawaslu Kabupaten Sleman menerima kunjungan kerja gabungan DPR RI dan DPD RI.",
     ["Bawaslu Kabupaten Sleman", "DPR RI", "DPD RI"]),
    ("Surat undangan dikirim ke DPR RI, DPRD Provinsi Jawa Tengah dan Bawaslu Kabupaten Sleman.",
     ["DPR RI", "DPRD Provinsi Jawa Tengah", "Bawaslu Kabupaten Sleman"]),
])
def test_national_legislatures(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names


@pytest.mark.parametrize("text, names", [
    # associations, unions and fellowships named by their own words after the head
    ("Sosialisasi digelar bersama Asosiasi Pedagang Pasar Lumbung Raya di aula.",
     ["Asosiasi Pedagang Pasar Lumbung Raya"]),
    ("Perwakilan Serikat Nelayan Teluk Indah menyampaikan aspirasi.", ["Serikat Nelayan Teluk Indah"]),
    ("Ketua Paguyuban Perangkat Desa Sukamaju, Darsono, membuka acara.", ["Paguyuban Perangkat Desa Sukamaju"]),
    ("Ketua Majelis Ulama Indonesia Kabupaten Sleman memimpin doa.", ["Majelis Ulama Indonesia Kabupaten Sleman"]),
    # national associations, ministries and agencies written by their acronym alone
    ("Rapat dihadiri utusan PGRI, PPWI, dan IJTI setempat.", ["PGRI", "PPWI", "IJTI"]),
    ("Narasumber dari Kemenkes dan BNPB memaparkan kesiapan posko.", ["Kemenkes", "BNPB"]),
    ("Koordinator Wilayah SMSI menyerahkan catatan kegiatan.", ["SMSI"]),
    ("Perwakilan Gerakan Pemuda Ansor dan Banser ikut berjaga.", ["Gerakan Pemuda Ansor", "Banser"]),
    # a school heads' forum, the planning agency under an older name, a regional government's election desk
    ("Undangan dikirim kepada pengurus Musyawarah Kerja Kepala Sekolah jenjang SMP.",
     ["Musyawarah Kerja Kepala Sekolah"]),
    ("Anggaran dibahas bersama Bapeda Kabupaten Sleman pekan lalu.", ["Bapeda Kabupaten Sleman"]),
    ("Ketua Desk Pilkada menyampaikan laporan kesiapan.", ["Desk Pilkada"]),
    # boarding schools and health polytechnics written short; a probation office; an agency named "Kantor"
    ("Santri Ponpes Darul Ilmi Sukamaju mengikuti simulasi.", ["Ponpes Darul Ilmi Sukamaju"]),
    ("Mahasiswa Poltekkes Kemenkes Lumbung hadir.", ["Poltekkes Kemenkes Lumbung"]),
    ("Kepala Balai Pemasyarakatan Kelas II Lumbung menerima tim.", ["Balai Pemasyarakatan Kelas II Lumbung"]),
    ("Tim mengunjungi Kantor Kesbangpol Kabupaten Sleman untuk berkoordinasi.", ["Kantor Kesbangpol Kabupaten Sleman"]),
    # a military district after its commander's title, without "Komando"; a regional water company
    ("Rapat dihadiri Komandan Distrik Militer 0799 dan jajarannya.", ["Distrik Militer 0799"]),
    ("Air bersih disalurkan Perumda Tirta Lumbung ke posko.", ["Perumda Tirta Lumbung"]),
    # a known head after "dan" ends the name before it: two bodies
    ("Perwakilan Bank Indonesia dan Otoritas Jasa Keuangan hadir.", ["Bank Indonesia", "Otoritas Jasa Keuangan"]),
    # negatives: the civil servants' corps as a uniform; a standalone acronym inside a university's name
    ("Staf sekretariat memakai batik Korpri pada hari Senin.", []),
    ("Dosen Universitas PGRI Lumbung menjadi narasumber.", ["Universitas PGRI Lumbung"]),
    # a ministry's acronym takes the words after it; an association holds a head word of its members' name
    ("Tim dari Kemensos RI meninjau dapur umum.", ["Kemensos RI"]),
    ("Sekretaris Asosiasi Badan Permusyawaratan Desa Sukamaju membacakan doa.",
     ["Asosiasi Badan Permusyawaratan Desa Sukamaju"]),
    ("Gudang Perum Bulog Cabang Lumbung menjadi lokasi penyimpanan logistik.", ["Perum Bulog Cabang Lumbung"]),
    # negatives: a school level as a requirement, a housing estate, a foreign country's name
    ("Pendaftar wajib berijazah paling rendah Sekolah Menengah Atas atau sederajat.", []),
    ("Warga Perum Taman Kenanga menggunakan hak pilih di TPS terdekat.", []),
    ("Konsul Jenderal Amerika Serikat, Linda Hart, berbincang dengan relawan demokrasi.", []),
])
def test_institution_lexicon(finder, text, names):
    assert [o.name for o in group_organizations(finder.find(text))] == names
