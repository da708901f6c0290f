"""Page segmentation: headlines, captions, fragments, article ends and subheadings."""

from __future__ import annotations

import pytest

from kpu_extract.patterns import load_lexicons
from kpu_extract.segment import Segmenter

LEAD = "BLORA – Komisi Pemilihan Umum (KPU) Kabupaten Blora menggelar rapat pleno terbuka, Selasa (4/11/2025)."
BODY = "Rapat dihadiri oleh perwakilan partai politik dan Bawaslu Kabupaten Blora di aula kantor KPU."
SECOND_LEAD = "Pada kesempatan itu, Ketua KPU Blora menyampaikan terima kasih kepada seluruh peserta rapat."


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    return Segmenter(load_lexicons())


def _articles(segmenter: Segmenter, page: str) -> list[tuple[str | None, str]]:
    return [(s.headline, page[s.start:s.end]) for s in segmenter.segment(page)]


@pytest.mark.parametrize("page, headlines", [
    # a section label above the headline, a tag and a photo caption under it
    (f"Berita Daerah\nKPU Blora Gelar Rapat Pleno Rekapitulasi Daftar Pemilih\nPilkada (e)\n"
     f"Ketua KPU Blora saat membuka rapat, Selasa (4/11/2025). (Foto: Humas KPU)\n{LEAD}\n{BODY}",
     ["KPU Blora Gelar Rapat Pleno Rekapitulasi Daftar Pemilih"]),
    # a kicker in capitals under the headline stays in its article
    (f"Rakor KPU Blora Menjelang Pleno Rekapitulasi\n\nKABUPATEN BLORA\n\n{LEAD}\n{BODY}",
     ["Rakor KPU Blora Menjelang Pleno Rekapitulasi"]),
    # a sentence-case deck under the headline is not the headline
    (f"Ketua KPU Lantik Anggota PPS, Ingatkan Soal Integritas\n"
     f"\"Saya ingatkan lagi, tahun depan ada tiga agenda demokrasi yang kita laksanakan serentak\n{LEAD}",
     ["Ketua KPU Lantik Anggota PPS, Ingatkan Soal Integritas"]),
    # "(*)" ends an article: the next headline opens a new one even after a long body
    (f"KPU Blora Gelar Rapat Pleno\n\n{LEAD}\n\n{BODY}\n\n{SECOND_LEAD} (*)\n\n"
     f"KPU BLORA SEGERA SOSIALISASIKAN PENDAFTARAN PARPOL\n\nweb\n\n{BODY}",
     ["KPU Blora Gelar Rapat Pleno", "KPU BLORA SEGERA SOSIALISASIKAN PENDAFTARAN PARPOL"]),
    # a credit of initials and a dash ends an article too
    (f"KPU Blora Gelar Rapat Pleno\n\n{LEAD}\n\n{BODY}\n\n{SECOND_LEAD} M.Ad-\n\n"
     f"Raker Penyusunan Renstra Tahun 2020: Renstra Sebagai Fungsi Manajemen\n\n{BODY}",
     ["KPU Blora Gelar Rapat Pleno", "Raker Penyusunan Renstra Tahun 2020: Renstra Sebagai Fungsi Manajemen"]),
    # fragments and print buttons before the lead make no article; a view count is furniture
    (f"fbpx\n\nCetak\nDilihat: 799\n\n{LEAD}\n{BODY}", [None]),
    # negative: a subheading inside a long article stays in it
    (f"KPU Blora Gelar Rapat Pleno\n\n{LEAD}\n\n{BODY}\n\nKehadiran Pimpinan KPU Blora\n\n{SECOND_LEAD}",
     ["KPU Blora Gelar Rapat Pleno"]),
])
def test_headlines(segmenter, page, headlines):
    assert [headline for headline, _ in _articles(segmenter, page)] == headlines


def test_caption_and_kicker_stay_inside_the_article(segmenter):
    page = f"KPU Blora Gelar Rapat Pleno\nKABUPATEN BLORA\nSuasana rapat pleno. (Foto: Humas KPU)\n{LEAD}"
    [(_, text)] = _articles(segmenter, page)
    assert text == page


def test_caption_before_any_headline_is_left_out(segmenter):
    page = f"blank\nSuasana rapat pleno di aula KPU beberapa waktu lalu. Foto : Humas.\n{LEAD}\n{BODY}"
    [(headline, text)] = _articles(segmenter, page)
    assert headline is None and text.startswith("BLORA –")


def test_a_body_line_ending_with_a_credit_is_not_a_subheading(segmenter):
    page = f"KPU Blora Gelar Rapat Pleno\n\n{LEAD}\n\nPasangan calon nomor urut 1 melaju ke putaran kedua (ant)\n\n0 komentar:"
    [(_, text)] = _articles(segmenter, page)
    assert text.endswith("(ant)")


SEMARANG_LEAD = ("Semarang, kota-semarang.kpu.go.id – KPU Kota Semarang mengikuti forum daring “BerCanDa” "
                 "(Bicara Seputar Perencanaan Data) bertema Mengajak Masyarakat Aktif: dari obyek menjadi subyek PDPB "
                 "yang digelar KPU Provinsi Jawa Tengah dan diikuti seluruh KPU kabupaten/kota se-Jawa Tengah, Rabu (20/8). "
                 "(rhd/ed. Foto: awh/KPU Kota Semarang)")


@pytest.mark.parametrize("page, headlines", [
    # a page cut in the lead of its last article: the cut lead (a dateline) confirms the headline
    (f"Berita Terkini\nKPU Kota Semarang Ikuti Kajian Daring, Bahas Pentingnya PDPB Pasca Pemilu\n{SEMARANG_LEAD}\n"
     "Dorong Tertib Administrasi, KPU Kota Semarang Ikuti Sosialisasi Tata Naskah Dinas\n"
     "Semarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang mengikuti forum daring Ngopi Asl",
     ["KPU Kota Semarang Ikuti Kajian Daring, Bahas Pentingnya PDPB Pasca Pemilu",
      "Dorong Tertib Administrasi, KPU Kota Semarang Ikuti Sosialisasi Tata Naskah Dinas"]),
    # a cut lead opening with a stamp, much longer than the headline above it
    (f"MOMENTUM HARKITNAS, KPU PATI SIAP GELAR PILKADA\n{LEAD}\nSelengkapnya\n464\n"
     "TANDATANGANI NPHD, KPU PATI SIAP GELAR\n29 Apr 2016 | By kpukabpati PATI – Jumat Tanggal 29 April Tahun 2016 "
     "KPU Pati melakukan penandatangan Naskah Perjanjian Hibah Daerah (NPHD) untuk Pemilihan Bupati dan Wa",
     ["MOMENTUM HARKITNAS, KPU PATI SIAP GELAR PILKADA", "TANDATANGANI NPHD, KPU PATI SIAP GELAR"]),
    # negative: a headline cut at the page's end, with no body after it, is no article
    (f"KPU Lumbung Kukuhkan Relawan Demokrasi\n{LEAD}\nKetua KPU Provinsi Apresiasi Gerak Cepat Pemkab Lumbu",
     ["KPU Lumbung Kukuhkan Relawan Demokrasi"]),
    # a title-case question or exclamation is a headline
    ("KPU Grobogan Kembalikan Duit Rp 6 Miliar ke Kas Daerah, Ada Apa?\nuang-2-1\n"
     "MuriaNewsCom, Grobogan – KPU Grobogan belum lama ini mengembalikan dana sebanyak Rp 6 miliar ke kas daerah.\n"
     "Editor : Akrom Hazami\nBupati Grobogan Terpilih Tidak Akan Dilantik, Lho Kok Bisa?\n"
     "Pasangan bupati terpilih Grobogan Sri-Edy saat menyampaikan visi misi di KPU Grobogan, beberapa waktu lalu. "
     "(MuriaNewsCom/Dani Agus)\nMuriaNewsCom, Grobogan – Informasi yang beredar bahwa nantinya bupati terpilih Grobogan "
     "tidak akan dilantik bersama kepala daerah terpilih lainnya di Jawa Tengah.",
     ["KPU Grobogan Kembalikan Duit Rp 6 Miliar ke Kas Daerah, Ada Apa?",
      "Bupati Grobogan Terpilih Tidak Akan Dilantik, Lho Kok Bisa?"]),
    ("Berita Terkini\n5 MENIT UNTUK 5 TAHUN, TENTUKAN PEMIMPIN DAERAHMU HARI INI!\n"
     "KPU BLORA – 16 Kecamatan se-Kabupaten Blora menggelar pencoblosan Pemilihan Gubernur dan Wakil Gubernur Jawa Tengah.",
     ["5 MENIT UNTUK 5 TAHUN, TENTUKAN PEMIMPIN DAERAHMU HARI INI!"]),
    # negative: a question in sentence case is a sentence of the body
    (f"KIP Aceh Loloskan 4 Parpol Lokal\n{LEAD}\nLalu apa itu KIP Aceh?\n{BODY}", ["KIP Aceh Loloskan 4 Parpol Lokal"]),
    # a bare section label is furniture; a headline may open with a stray lower-case mark
    ("Berita\n79\nĺPENINGKATAN KAPASITAS SDM - KODE, KLASIFIKASI ARSIP, DAN TATA NASKAH DINAS\n"
     "Komisi Pemilihan Umum (KPU) Kabupaten Kudus menggelar kegiatan Peningkatan Kapasitas SDM di aula kantor KPU.",
     ["ĺPENINGKATAN KAPASITAS SDM - KODE, KLASIFIKASI ARSIP, DAN TATA NASKAH DINAS"]),
    ("Lompat ke isi utama\nPers Release\nBawaslu Kabupaten Pati Perkuat Sinergi Pengawasan PDPB Triwulan III Tahun 2025\n"
     f"{BODY}", ["Bawaslu Kabupaten Pati Perkuat Sinergi Pengawasan PDPB Triwulan III Tahun 2025"]),
    # a related-links list and a "Baca Juga" label inside a one-block article do not open articles
    ("Badan Pengawas Pemilihan Umum (Bawaslu) Grobogan melakukan blusukan di beberapa lokasi keramaian.\n"
     "- Terbukti Aniaya Kader PDIP, Sidang MKP Partai Gerindra Resmi Pecat Joko Santoso dari Ketua DPC Gerindra Kota Semarang\n"
     "- Debat Cabup-Cawabup Rembang Hanya Digelar Satu Kali\nBaca Juga\n"
     "Mereka langsung melakukan pendataan warga dijumpai oleh petugas dari Bawaslu.", [None]),
    (f"KIP Aceh Loloskan 4 Parpol Lokal\n{LEAD}\nBaca Juga\nAkhirnya, KPU Dengerin Suara Rakyat\n{BODY}",
     ["KIP Aceh Loloskan 4 Parpol Lokal"]),
    # negative: a sidebar of recent posts after the article holds no article
    (f"Wabup Rembang Apresiasi Kinerja KPU dalam Menyajikan Data yang Valid\n{LEAD} (*)\nRedaktur\nRecent Posts\n"
     "Pemkab Gelar Rakor Persiapan Perayaan HUT RI ke-80 di Rembang\nRembang, Rembangnews.com - Pemerintah Kabupaten (Pemka",
     ["Wabup Rembang Apresiasi Kinerja KPU dalam Menyajikan Data yang Valid"]),
    # an article's body in one block, then a numbered section or a quoted line with its speaker under it: the same
    # article (a numbered item is no teaser; a closing quote, a full stop and a capital are two sentences)
    ("Rekap Kegiatan Bawaslu Lumbung Sepanjang Tahun\n"
     "Bawaslu Kabupaten Lumbung merangkum kegiatan pengawasan sepanjang tahun dalam tiga bagian berikut ini.\n"
     "1. Pengawasan Tahapan Pencalonan Bupati Lumbung\n"
     "Pada 3 Maret 2029, Bawaslu mengawasi pendaftaran bakal calon di kantor KPU Kabupaten Lumbung.\n"
     "2. Patroli Masa Tenang\nJajaran pengawas berpatroli di 12 kecamatan selama masa tenang.",
     ["Rekap Kegiatan Bawaslu Lumbung Sepanjang Tahun"]),
    ("Bawaslu Lumbung Audiensi dengan Dinas Perhubungan\n"
     "Bawaslu Kabupaten Lumbung beraudiensi dengan Dinas Perhubungan di kantornya, Senin (4/3/2029).\n"
     "“Kerja sama dengan semua pihak harus terus dijaga menjelang pemilihan”. Ujar Kepala Dinas Perhubungan\n"
     "Ketua Bawaslu Kabupaten Lumbung menyampaikan terima kasih atas sambutan yang hangat.",
     ["Bawaslu Lumbung Audiensi dengan Dinas Perhubungan"]),
    # negative: on a listing, a line under a one-block teaser still opens the next article, in sentence case too
    ("KPU Lumbung Gelar Rapat Pleno DPB\nKPU Kabupaten Lumbung menggelar rapat pleno terbuka di aula kantor.\n"
     "KPU Lumbung Lantik Anggota PPS\nKPU Kabupaten Lumbung melantik anggota PPS se-Kabupaten Lumbung.",
     ["KPU Lumbung Gelar Rapat Pleno DPB", "KPU Lumbung Lantik Anggota PPS"]),
    ("Berita\nRapat pleno rekapitulasi daftar pemilih berkelanjutan triwulan pertama\n"
     "KPU Kabupaten Lumbung menggelar rapat pleno di aula kantor.\n"
     "Sosialisasi pendidikan pemilih bagi pemilih pemula di sekolah\n"
     "KPU Kabupaten Lumbung menggelar sosialisasi di SMA Negeri 2.",
     ["Rapat pleno rekapitulasi daftar pemilih berkelanjutan triwulan pertama",
      "Sosialisasi pendidikan pemilih bagi pemilih pemula di sekolah"]),
    # a long sentence-case line under a title-case headline's one-block lead is that lead's next sentence that lost
    # its full stop, not a teaser
    ("KPU Lumbung Pasang Baliho Jadwal Kampanye\n"
     "KPU Kabupaten Lumbung memasang dua puluh baliho jadwal kampanye di setiap kecamatan sejak pagi.\n"
     "Baliho berukuran empat kali enam meter itu, sesuai desain yang ditetapkan dalam rapat pleno KPU Kabupaten "
     "Lumbung pekan sebelumnya\n"
     "Warga diminta tidak merusak baliho karena dibiayai anggaran negara.",
     ["KPU Lumbung Pasang Baliho Jadwal Kampanye"]),
    # negative: a listing whose titles are all in sentence case keeps long titles as teasers
    ("Rapat pleno rekapitulasi daftar pemilih berkelanjutan triwulan pertama tahun ini di aula kantor\n"
     "KPU Kabupaten Lumbung menggelar rapat pleno di aula kantor.\n"
     "Sosialisasi pendidikan pemilih bagi pemilih pemula di tiga sekolah menengah atas se-Kabupaten Lumbung\n"
     "KPU Kabupaten Lumbung menggelar sosialisasi di SMA Negeri 2.",
     ["Rapat pleno rekapitulasi daftar pemilih berkelanjutan triwulan pertama tahun ini di aula kantor",
      "Sosialisasi pendidikan pemilih bagi pemilih pemula di tiga sekolah menengah atas se-Kabupaten Lumbung"]),
    # negative: numbered headlines, each with its dateline, are two articles
    ("1. KPU Lumbung Gelar Rapat Pleno DPB\nLUMBUNG – KPU Kabupaten Lumbung menggelar rapat pleno terbuka di aula.\n"
     "2. Bawaslu Lumbung Awasi Coklit\nLUMBUNG – Bawaslu Kabupaten Lumbung mengawasi coklit di tiga desa.",
     ["1. KPU Lumbung Gelar Rapat Pleno DPB", "2. Bawaslu Lumbung Awasi Coklit"]),
])
def test_layouts(segmenter, page, headlines):
    assert [headline for headline, _ in _articles(segmenter, page)] == headlines


@pytest.mark.parametrize("tail, kept", [
    # the page cut in a sentence-case line: it ends the article
    ("Pada sesi berikutnya, Rina Kusumawati, Kadiv Hukum dan Pengawasan KPU Kabupaten Lumbung menguraikan "
     "putusan sengketa proses dengan menekankan kepastian hu", True),
    ("Rencananya, sembilan kepala desa terpilih akan dilantik di alun-alun Lumbung, Kamis (6/3/2031). "
     "Namun, ada dua nama kepala", True),
    ("\"Peta jalan yang telah disusun dapat dijadikan pegangan dalam menyusun anggaran, "
     "memantau kegiatan dan sebagai alat ukur ki", True),
    # the page cut in a title-case line stopping at a function word or speech verb, or listing with commas
    ("Peserta rapat antara lain Dandim 0101 Lumbung, Kapolres Lumbung, Kepala Kesbangpol, Ang", True),
    ("Ketua Bawaslu Kabupaten Lumbung Rudi Hartawan mengatakan", True),
    ("Peserta juga berlatih mengisi Formulir Model C Hasil Pemilihan Bupati dan Wakil Bupati di", True),
    # negative: a credit or a stray code after the last sentence is no body
    ("By : MM", False),
    ("KBID-BE", False),
    # negatives: a next article's title cut at the page's end is left out, with one comma, decimal commas or a
    # lower-case word that is no function word
    ("Bawaslu Lumbung Awasi Distribusi Logistik ke Pulau Terlu", False),
    ("Jelang Pleno, KPU Lumbung Rapat Bersama Bawaslu Kabupaten Lumbung", False),
    ("Pilbup Lumbung, KPU Cetak 1,4 Juta dan 2,1 Juta Lembar Formulir", False),
    ("Sebanyak 900 Kotak Suara untuk Pilkada tahun 2029 tiba", False),
])
def test_cut_last_line(segmenter, tail, kept):
    page = f"KPU Blora Gelar Rapat Pleno\n{LEAD}\n{BODY}\n{tail}"
    [(_, text)] = _articles(segmenter, page)
    assert text.endswith(tail) is kept


def test_teaser_and_ad_inside_an_article_do_not_end_it(segmenter):
    page = (f"KIP Aceh Loloskan 4 Parpol Lokal\n{LEAD}\n{SECOND_LEAD}\nBaca juga : Makna Perusakan Baliho Partai Demokrat\n"
            f"ADVERTISEMENT\nKehadiran Pimpinan KPU Blora\n{BODY}")
    [(_, text)] = _articles(segmenter, page)
    assert text.endswith(BODY)


@pytest.mark.parametrize("line, furniture", [
    ("Beranda » Berita » KPU Blora Gelar Rapat Pleno", True),
    ("Diposting oleh Admin", True),
    ("Dipublikasikan pada 12 Januari 2024", True),
    ("20 May 2016 | By kpukabpati", True),
    ("October 17, 2024", True),
    ("3 jam yang lalu", True),
    ("Editor 𝐓𝐨𝐧𝐢 𝐌𝐚𝐫𝐝𝐢𝐚𝐧𝐚.", True),
    ("By : MM", True),
    ("Berita", True),
    ("Recent Posts", True),
    ("Baca juga : Makna Perusakan Baliho Partai Demokrat", True),
    # negatives: a headline, a section name with more words, a sentence opening with a posting verb
    ("Berita Daerah", False),
    ("KPU Blora Gelar Rapat Pleno Rekapitulasi Daftar Pemilih", False),
    ("Ditulis dengan tinta emas sejarah demokrasi bangsa", False),
    ("Editor dan wartawan media lokal mengikuti sosialisasi tahapan Pilkada di aula KPU Blora.", False),
])
def test_furniture_lines(segmenter, line, furniture):
    assert (segmenter._classify(line)[0] == "furniture") is furniture


@pytest.mark.parametrize("last, end", [
    # a credit after the last sentence is no part of the article
    ("KPU Kabupaten Cilacap periode 2019-2024. M.Muh-", "periode 2019-2024."),
    ("secara profesional dan berintegritas. (*)", "berintegritas."),
    ("agar mempunyai nilai lebih. (***/RED)", "nilai lebih."),
    ("sehingga total 155 orang.KBID-BE", "155 orang."),
    ("berbagai perguruan tinggi di wilayah Kediri. wsw", "wilayah Kediri."),
    ("memperkuat akurasi di masa mendatang. (sof/ed. Foto: ybc/KPU Kota Semarang)", "masa mendatang."),
    ("baru kita gabungkan pada saat Pleno. \"Pungkasnya. (𝐀𝐫𝐢𝐢).", "\"Pungkasnya."),
    ("ini tidak bisa ditawar-tawar, tambahnya. Read more", "tambahnya."),
    ("yang belum masukan DPT.(•)", "masukan DPT."),
    ("putaran pertama. (guy)", "putaran pertama."),
    ("dan undangan lainnya. /budi", "undangan lainnya."),
    # negatives: an acronym in brackets closing a sentence stays
    ("dilantik oleh Komisi Pemilihan Umum (KPU).", "Umum (KPU)."),
    ("dihadiri perwakilan Badan Pengawas Pemilu (Bawaslu)", "Pemilu (Bawaslu)"),
    ("dihadiri seluruh KPU kabupaten/kota", "kabupaten/kota"),
])
def test_article_ends_before_a_trailing_credit(segmenter, last, end):
    page = f"KPU Blora Gelar Rapat Pleno\n{LEAD}\n{BODY}\n{last}\nBagikan:"
    [(_, text)] = _articles(segmenter, page)
    assert text.endswith(end)


@pytest.mark.parametrize("last, kept", [
    # a one-line quote paragraph closing the article is speech, kept whatever its length
    ("“Siap!”", True),
    ("“Salam demokrasi!”", True),
    ("\"Terima kasih\"", True),
    ("“Jangan golput.”", True),
    ("“Kami siap melayani pemilih dengan sepenuh hati,” pungkasnya.", True),
    # negatives: fragments of the page stay out
    ("fbpx", False),
    (".jpeg)", False),
    ("KBID-BE", False),
])
def test_trailing_one_line_quote_paragraph_stays_in_the_article(segmenter, last, kept):
    for after in ("", "\n\nBagikan:", "\n\nKPU Pati Lantik Anggota PPS Baru\n\nPATI – KPU Kabupaten Pati melantik "
                                      "anggota PPS di pendopo kabupaten. Pelantikan dihadiri Bupati Pati."):
        page = f"KPU Blora Gelar Rapat Pleno\n\n{LEAD}\n\n{BODY}\n\n{last}{after}"
        articles = _articles(segmenter, page)
        assert articles[0][1].endswith(last) is kept
        assert [h for h, _ in articles] == ["KPU Blora Gelar Rapat Pleno"] + (["KPU Pati Lantik Anggota PPS Baru"]
                                                                             if "PATI" in after else [])


@pytest.mark.parametrize("line", ["“Siap!”", "\"Terima kasih\"", "“Jangan golput.”"])
def test_a_short_quote_line_before_any_body_makes_no_article(segmenter, line):
    assert _articles(segmenter, f"{line}\n\nBagikan:") == []


KENDAL_LEAD = ("KENDAL – Komisi Pemilihan Umum (KPU) Kabupaten Kendal menggelar bimbingan teknis bagi PPK "
               "se-Kabupaten Kendal, Senin (8/1/2024).")
SECOND = "KPU Kendal Lantik Seratus Anggota PPS Baru"
THIRD_BODY = "Selain itu, peserta juga mendapat materi tentang tata kelola logistik dan rekapitulasi suara berjenjang."


@pytest.mark.parametrize("under_first, between, under_second", [
    # a stamp under each headline opens a new article after a long body (a subheading has no stamp)
    ("Senin, 8 Januari 2024", "", "Jumat, 5 Januari 2024 | Admin"),
    ("2024-01-08 10:15", "2024-01-05", ""),
    # view counts, share lines, hashtags and update stamps between articles are furniture that ends the article
    ("Dibaca 123 kali", "Dibaca 45 kali", ""),
    ("", "Bagikan artikel ini:", ""),
    ("", "#Pilkada2024 #KPUKendal", ""),
    ("", "Diperbarui: 10 Januari 2024", ""),
])
def test_meta_lines_part_long_articles(segmenter, under_first, between, under_second):
    lines = ["KPU Kendal Gelar Bimtek PPK", under_first, KENDAL_LEAD, BODY, SECOND_LEAD, between, SECOND, under_second,
             THIRD_BODY, BODY]
    page = "\n".join(line for line in lines if line)
    assert [headline for headline, _ in _articles(segmenter, page)] == ["KPU Kendal Gelar Bimtek PPK", SECOND]


@pytest.mark.parametrize("page, headlines", [
    # a listing of teasers: headline, stamp, excerpt cut with an ellipsis, "Baca selengkapnya"
    (f"Beranda / Berita\nKPU Kendal Gelar Bimtek PPK\n12 Januari 2024\n{KENDAL_LEAD[:90]}...\nBaca selengkapnya »\n"
     f"{SECOND}\n10 Januari 2024\n{BODY[:80]} […]\nBaca selengkapnya »", ["KPU Kendal Gelar Bimtek PPK", SECOND]),
    # a listing whose excerpts end with "…" and whose stamps carry the author
    (f"Berita Terbaru\nKPU Kendal Gelar Bimtek PPK\nAdmin | 12 Januari 2024\n{KENDAL_LEAD[:90]}…\n"
     f"{SECOND}\nAdmin | 10 Januari 2024\n{BODY[:80]}…", ["KPU Kendal Gelar Bimtek PPK", SECOND]),
    # a dateline with the day in brackets opens a new article
    (f"KPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}\n{SECOND_LEAD}\n{SECOND}\n"
     f"Kendal, Jumat (5/1/2024) – {THIRD_BODY}\n{BODY}", ["KPU Kendal Gelar Bimtek PPK", SECOND]),
    # menus, cookie banners and captions above the headline are no article and no headline
    (f"Beranda Profil Berita Pengumuman Galeri Regulasi PPID Kontak\nKPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}",
     ["KPU Kendal Gelar Bimtek PPK"]),
    (f"Beranda | Profil | Berita | Galeri | Kontak\nKPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}",
     ["KPU Kendal Gelar Bimtek PPK"]),
    ("Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui kebijakan "
     f"privasi kami.\nSetuju\nKPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}", ["KPU Kendal Gelar Bimtek PPK"]),
    ("Foto: Suasana bimbingan teknis bagi PPK se-Kabupaten Kendal di aula kantor KPU Kendal, Senin (8/1/2024).\n"
     f"KPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}", ["KPU Kendal Gelar Bimtek PPK"]),
    # breadcrumbs, stamps and authors between headline and lead
    (f"Home » Berita » Daerah\nKPU Kendal Gelar Bimtek PPK\nSenin, 8 Januari 2024 | 10:15 WIB\nOleh Admin\n"
     f"{KENDAL_LEAD}\n{BODY}", ["KPU Kendal Gelar Bimtek PPK"]),
    (f"Categories: Berita Daerah\nKPU Kendal Gelar Bimtek PPK\nPenulis Admin KPU | 12 Januari 2024 | Dibaca 70 kali\n"
     f"{KENDAL_LEAD}\n{BODY}", ["KPU Kendal Gelar Bimtek PPK"]),
    # a news site's reporter line is no headline; the headline may be written in sentence case
    ("Bawaslu ingatkan ASN jaga netralitas jelang Pilkada\nLaporan Wartawan Tribunjateng.com, Budi Santoso\n"
     f"KENDAL - {BODY}\n{SECOND_LEAD}\nEditor: Sari\nTag: Pilkada, Bawaslu\n{SECOND}\n{THIRD_BODY}\n{BODY}",
     ["Bawaslu ingatkan ASN jaga netralitas jelang Pilkada", SECOND]),
    (f"Berita Daerah\nBawaslu ingatkan ASN jaga netralitas jelang Pilkada serentak\n{KENDAL_LEAD}\n{BODY}",
     ["Bawaslu ingatkan ASN jaga netralitas jelang Pilkada serentak"]),
    # a title-case photo caption under the headline is no headline, however much longer
    (f"KPU Kendal Gelar Bimtek PPK\nKetua KPU Kabupaten Kendal (Tengah) Membuka Bimbingan Teknis Bagi PPK "
     f"Se-Kabupaten Kendal\n{KENDAL_LEAD}\n{BODY}", ["KPU Kendal Gelar Bimtek PPK"]),
    (f"DPS Kendal Berkurang\nRAPAT PLENO KPU Kendal saat menetapkan DPS hasil perbaikan di aula kantor\n"
     f"{KENDAL_LEAD}\n{BODY}", ["DPS Kendal Berkurang"]),
    # a section label of three or four words gives way to the title-case headline under it
    (f"Pilkada Kabupaten Kendal 2029\nKPU Kendal Gelar Bimtek PPK Jelang Pemungutan Suara\n{KENDAL_LEAD}\n{BODY}",
     ["KPU Kendal Gelar Bimtek PPK Jelang Pemungutan Suara"]),
    # a page opening with a title-case headline closed by a full stop, or holding an abbreviation's stop
    (f"KPU Kendal Gelar Simulasi Pemungutan Suara Di Desa.\n{KENDAL_LEAD}\n{BODY}",
     ["KPU Kendal Gelar Simulasi Pemungutan Suara Di Desa."]),
    (f"Rapat Bersama KPU Prov. Lumbung Tentang Logistik\n{KENDAL_LEAD}\n{BODY}",
     ["Rapat Bersama KPU Prov. Lumbung Tentang Logistik"]),
    # negatives: a lead's sentence, a dateline, a date or a greeting closed by a full stop is no headline
    (f"Ketua KPU Kabupaten Kendal Rudi Hartawan, menyampaikan Bimtek PPK Digelar Hari Ini.\n{KENDAL_LEAD}\n{BODY}",
     [None]),
    (f"Kendal, kendalkab.kpu.go.id – KPU Kendal Gelar Bimtek PPK Se-Kabupaten.\n{KENDAL_LEAD}\n{BODY}", [None]),
    (f"Lumbung, Senin 3 Juni 2029.\n{KENDAL_LEAD}\n{BODY}", [None]),
    (f"Assalamualaikum Warahmatullahi Wabarakatuh.\n{KENDAL_LEAD}\n{BODY}", [None]),
    # a title-case headline ending in a quotation
    (f"Ketua KPU Kendal: “Pemilih Harus Cerdas”\n{KENDAL_LEAD}\n{BODY}", ["Ketua KPU Kendal: “Pemilih Harus Cerdas”"]),
    # a "Baca:" teaser inside an article leaves it open
    (f"KPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\nBaca: {SECOND}\n{BODY}\n{SECOND_LEAD}", ["KPU Kendal Gelar Bimtek PPK"]),
    # a news site's article: caption with the outlet's credit, app promotion and republication note
    ("Bawaslu Kendal Awasi Pelipatan Surat Suara Pilkada\n"
     "Petugas melipat surat suara di gudang logistik KPU Kendal, Senin (8/1/2024). TRIBUNJATENG.COM/BUDI SANTOSO\n"
     f"{KENDAL_LEAD}\n{BODY}\nSimak breaking news dan berita pilihan kami langsung di ponselmu.\n"
     "Artikel ini telah tayang di Tribunjateng.com dengan judul Bawaslu Kendal Awasi Pelipatan Surat Suara\n"
     f"{SECOND}\n{THIRD_BODY}", ["Bawaslu Kendal Awasi Pelipatan Surat Suara Pilkada", SECOND]),
    # a WordPress post: category, navigation and comment form
    (f"KPU Kendal Gelar Bimtek PPK\nPosted on 8 Januari 2024 by admin\n{KENDAL_LEAD}\n{BODY}\nPosted in Berita\n"
     f"Navigasi pos\n{SECOND}\nTinggalkan Balasan\nAlamat email Anda tidak akan dipublikasikan.",
     ["KPU Kendal Gelar Bimtek PPK"]),
    # a headline printed in a title bar and again over the article: the article starts at the second copy
    (f"KPU Kendal Gelar Bimtek PPK\nBeranda » Berita\nKPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}",
     ["KPU Kendal Gelar Bimtek PPK"]),
    # negative: a photo credit line inside an article is its caption, and the subheading after it stays in it
    (f"KPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}\nFoto: Humas KPU Kendal\nMateri Logistik dan Rekapitulasi\n"
     f"{THIRD_BODY}\n{SECOND_LEAD}", ["KPU Kendal Gelar Bimtek PPK"]),
    # a headline closing with an acronym or tag in brackets is no credit after a sentence
    (f"KPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}\n{SECOND_LEAD}\nBagikan:\n"
     f"Rapat Koordinasi Daftar Pemilih Berkelanjutan (DPB)\n{THIRD_BODY}\n{BODY}",
     ["KPU Kendal Gelar Bimtek PPK", "Rapat Koordinasi Daftar Pemilih Berkelanjutan (DPB)"]),
    (f"Sosialisasi Pemilu di SMA 1 Kendal [FOTO]\n{KENDAL_LEAD}\n{BODY}", ["Sosialisasi Pemilu di SMA 1 Kendal [FOTO]"]),
    # a news site's domain opening the lead is a dateline: the headline over it opens a new article
    (f"KPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}\n{SECOND_LEAD}\n{SECOND}\n"
     f"jatengnews.id, Kendal – {THIRD_BODY}\n{BODY}", ["KPU Kendal Gelar Bimtek PPK", SECOND]),
    # a blog's listing: each post closed by its author line and comment count
    (f"Senin, 8 Januari 2024\nKPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}\n"
     f"Diposting oleh KPU Kab. Kendal di 10.15\nTidak ada komentar:\nJumat, 5 Januari 2024\n{SECOND}\n{THIRD_BODY}\n"
     f"{BODY}\nDiposting oleh KPU Kab. Kendal di 09.00\n2 komentar:\nPosting Lebih Baru Posting Lama Beranda\n"
     "Langganan: Posting Komentar (Atom)", ["KPU Kendal Gelar Bimtek PPK", SECOND]),
    # negatives: headlines opening with words of furniture lines stay headlines
    (f"Jalan Sehat Bersama KPU Kendal Sukseskan Pemilu 2024\n{KENDAL_LEAD}\n{BODY}",
     ["Jalan Sehat Bersama KPU Kendal Sukseskan Pemilu 2024"]),
    (f"Wakil Bupati Kendal Hadiri Rapat Pleno KPU\n{KENDAL_LEAD}\n{BODY}", ["Wakil Bupati Kendal Hadiri Rapat Pleno KPU"]),
    (f"Update Data Pemilih Berkelanjutan KPU Kendal\n{KENDAL_LEAD}\n{BODY}",
     ["Update Data Pemilih Berkelanjutan KPU Kendal"]),
    # negative: a subheading without a stamp stays in its article
    (f"KPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}\nMateri Logistik dan Rekapitulasi\n{THIRD_BODY}\n{SECOND_LEAD}",
     ["KPU Kendal Gelar Bimtek PPK"]),
    # negative: a sentence-case deck under a title-case headline is not the headline, however short the headline
    ("PEMBERSIHAN APK PILKADA\nPetugas gabungan membersihkan alat peraga kampanye di seluruh kecamatan\n"
     f"{KENDAL_LEAD}", ["PEMBERSIHAN APK PILKADA"]),
    ("PEMBERSIHAN APK PILKADA DI KENDAL\nPetugas gabungan membersihkan alat peraga kampanye di seluruh kecamatan\n"
     f"{KENDAL_LEAD}", ["PEMBERSIHAN APK PILKADA DI KENDAL"]),
])
def test_site_layouts(segmenter, page, headlines):
    assert [headline for headline, _ in _articles(segmenter, page)] == headlines


@pytest.mark.parametrize("title", ["KPU Kendal Gelar Bimtek PPK", "KPU Kendal Gelar Bimtek PPK | KPU Kabupaten Kendal",
                                   "KPU Kendal Gelar Bimtek PPK - Kendal Satu"])
def test_a_headline_printed_twice_opens_its_article_at_the_second_copy(segmenter, title):
    page = f"{title}\nBeranda » Berita\nKPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}"
    [(headline, text)] = _articles(segmenter, page)
    assert headline == "KPU Kendal Gelar Bimtek PPK" and text == page[page.index("\nKPU") + 1:]


def test_a_headline_with_a_dash_is_kept_whole(segmenter):
    page = f"KPU Kendal Gelar Bimtek PPK - Tahap Kedua\n{KENDAL_LEAD}\n{BODY}"
    assert [headline for headline, _ in _articles(segmenter, page)] == ["KPU Kendal Gelar Bimtek PPK - Tahap Kedua"]


@pytest.mark.parametrize("tail", [
    "Tinggalkan Balasan\nAlamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *\nKomentar",
    "0 komentar:\nPosting Komentar\nPemkab Kendal Gelar Rakor Persiapan HUT RI\nKendal – Pemerintah Kabupaten Kendal "
    "menggelar rapat koordinasi persiapan peringatan HUT RI di pendopo.",
    "Komisi Pemilihan Umum Kabupaten Kendal\nJl. Soekarno-Hatta No. 12, Kendal 51311\nTelp. (0294) 381234\n"
    "Email: kpu@kendalkab.go.id\nHak Cipta © 2024 KPU Kabupaten Kendal",
])
def test_comments_and_footer_end_the_page(segmenter, tail):
    page = f"KPU Kendal Gelar Bimtek PPK\n{KENDAL_LEAD}\n{BODY}\n{tail}"
    [(headline, text)] = _articles(segmenter, page)
    assert headline == "KPU Kendal Gelar Bimtek PPK" and text.endswith(BODY)


@pytest.mark.parametrize("line, rule", [
    ("Dibaca 123 kali", "furniture.meta_views"),
    ("123 kali dibaca", "furniture.meta_views"),
    ("Admin", "furniture.meta_author"),
    ("Oleh Admin KPU", "furniture.meta_byline"),
    ("Laporan Wartawan Tribunjateng.com, Budi Santoso", "furniture.meta_byline"),
    ("Jumat, 12/01/2024 10:15 WIB", "furniture.meta_numeric_date"),
    ("Diperbarui Senin, 8 Januari 2024", "furniture.meta_posted"),
    ("Topik: Pemilu 2024", "furniture.tags"),
    ("Share on Facebook", "furniture.share"),
    ("Bagikan ke", "furniture.share"),
    ("Facebook | Twitter | WhatsApp | Salin Tautan", "furniture.social"),
    ("Read more...", "furniture.more"),
    ("Telp. (0294) 381234 Fax (0294) 381235", "furniture.contact"),
    ("Posted in Berita", "furniture.meta_posted"),
    ("Terakhir Diperbarui pada Senin, 8 Januari 2024 10:15", "furniture.meta_posted"),
    ("Simak Video \"KPU Kendal Gelar Debat Publik\"", "furniture.inline_teaser"),
    ("Leave a comment", "furniture.comment_count"),
    ("» Baca juga: KPU Kendal Lantik Seratus Anggota PPS Baru", "furniture.inline_teaser"),
    ("• Bagikan", "furniture.share"),
    ("Kamis, 8 Februari 2024 | 10:15 WIB | Admin", "furniture.meta_stamp"),
    ("Rabu, 17 Januari 2024 / 10:15 WIB", "furniture.meta_stamp"),
    ("Jan 8, 2024", "furniture.meta_english_stamp"),
    ("WhatsApp Image 2024-01-08 at 10.15.30", "furniture.image"),
    ("IMG_2031.jpg", "furniture.image"),
    ("Pos sebelumnya", "furniture.navigation"),
    ("Next Post: KPU Kendal Gelar Bimtek PPK", "furniture.navigation"),
    ("Halaman 1 2 3 Selanjutnya", "furniture.navigation"),
    ("1 2 3 4 Next »", "furniture.navigation"),
    ("Search for:", "furniture.search"),
    ("Tonton juga: Video Rapat Pleno KPU Kendal", "furniture.inline_teaser"),
    ("Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
     "Kompas.com WhatsApp Channel", "furniture.inline_ad"),
    ("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa "
     "izin tertulis dari Kantor Berita ANTARA.", "furniture.copyright"),
    ("Sebagian artikel ini telah tayang di Tribunjateng.com dengan judul KPU Kendal Gelar Bimtek PPK",
     "furniture.republished"),
    ("id pilkada, kpu kendal, pemutakhiran data pemilih, Kendal", "furniture.tags"),
    ("You are currently viewing KPU Kendal Gelar Bimtek PPK", "furniture.viewing"),
    ("sumber:https://www.kendalnews.id/daerah/jateng/kpu-kendal-gelar-bimtek-ppk-untuk-pemilihan-serentak-2024/306511",
     "furniture.meta_byline"),
    ("Jangan lewatkan video populer:", "furniture.inline_teaser"),
    ("Discussion about this post", "furniture.comments"),
    ("Click to listen highlighted text!", "furniture.widget"),
    ("Surat pengumuman KPU Kota Kendal ( unduh disini)", "furniture.download_link"),
    ("PENGUMUMAN DAFTAR CALON SEMENTARA ANGGOTA DPRD KABUPATEN KENDAL, SILAHKAN KLIK DISINI", "furniture.download_link"),
    # negatives: headlines and lead sentences
    ("Update Data Pemilih Berkelanjutan KPU Kendal", None),
    ("Ide, Gagasan, dan Harapan Pemilih Muda untuk KPU Kendal", None),
    ("Sumber Daya Manusia Jadi Kunci Sukses Pilkada Kendal", None),
    ("Salinan keputusan tersebut dapat diunduh di sini.", None),
    ("Selanjutnya, KPU Kendal akan menggelar rapat pleno.", None),
    ("Pencarian Calon Anggota PPK Kendal Diperpanjang", None),
    ("Iklan Kampanye Pilkada Kendal Dibatasi", None),
    ("Dapatkan Informasi Pemilu Melalui Aplikasi KPU", None),
    ("- Ketua KPU Kendal membuka rapat pleno terbuka.", None),
    ("Oleh karena itu, KPU Kendal mengajak masyarakat menggunakan hak pilihnya.", None),
    ("Berita Foto", None),
    ("Admin KPU Kendal Ikuti Pelatihan Pengelolaan Website Resmi", None),
    ("Wakil Ketua DPRD Kendal Apresiasi Kinerja KPU", None),
])
def test_furniture_rules(segmenter, line, rule):
    kind, found = segmenter._classify(line)
    assert (found if kind == "furniture" else None) == rule


KENDAL_TITLE = "KPU Kendal Gelar Rakor Persiapan Pleno DPT"
KENDAL_OPENING = "KENDAL – KPU Kabupaten Kendal menggelar rapat koordinasi persiapan pleno DPT, Senin (8/1/2024)."
KENDAL_QUOTE = "Ketua KPU Kendal Budi Santoso mengatakan rapat ini penting untuk menyamakan persepsi seluruh peserta."


@pytest.mark.parametrize("page, headlines", [
    # a list of guests that lost its full stop, right after a one-block lead, is no teaser headline
    (f"{KENDAL_TITLE}\n{KENDAL_OPENING}\nHadir sebagai peserta, Bawaslu Kabupaten Kendal, Polres Kendal, Kodim 0715 "
     f"Kendal dan Kesbangpol Kendal\n{KENDAL_QUOTE}", [KENDAL_TITLE]),
    (f"{KENDAL_TITLE}\n{KENDAL_OPENING}\nTurut hadir Kapolsek Kendal Kota AKP Rudi Hartono\n{KENDAL_QUOTE}", [KENDAL_TITLE]),
    # negative: a title after a one-block lead is still a listing's next teaser
    (f"{KENDAL_TITLE}\n{KENDAL_OPENING}\nKPU Kendal Tetapkan DPT Pilkada 2024 Sebanyak 780 Ribu Pemilih\n{KENDAL_QUOTE}",
     [KENDAL_TITLE, "KPU Kendal Tetapkan DPT Pilkada 2024 Sebanyak 780 Ribu Pemilih"]),
    # a tag page's teaser: a bullet before the title, the title again over the article
    (f"Tag: KPU Kendal\n\n  • {KENDAL_TITLE}\n\n    {KENDAL_TITLE}\n\n    {KENDAL_OPENING}\n\n    {KENDAL_QUOTE}",
     [KENDAL_TITLE]),
    # a news agency's title, keyword line, title again and caption: one article
    ("KPU Kendal sosialisasikan pemilu ke pemilih pemula\n\nid kpu kendal,sosialisasi pemilu,pemilih pemula\n\n"
     "KPU Kendal sosialisasikan pemilu ke pemilih pemula\n\nKPU Kendal saat sosialisasi ke siswa SMA 1 Kendal. Foto KPU"
     f"\n\nKendal (ANTARA) - {KENDAL_QUOTE}\n\n{KENDAL_QUOTE}", ["KPU Kendal sosialisasikan pemilu ke pemilih pemula"]),
    # a byline, then a photo credit of two words over its caption, inside the article
    (f"Pilkada 2024\n\n{KENDAL_TITLE}\n\nRapat digelar menjelang pleno penetapan DPT di 20 kecamatan.\n\n"
     "Penulis: Rina Wulandari | Editor: Agus Salam\nKPU Kendal\nSuasana rakor di aula KPU Kendal.\n\n"
     f"{KENDAL_OPENING}\n\n{KENDAL_QUOTE}", [KENDAL_TITLE]),
    # a dateline of a place and a site's domain on its own line is no headline
    (f"Kendal,kendalnews.com\nSebanyak 300 anggota KPPS se-Kecamatan Kendal Kota dilantik, Kamis (7/11/2024).\n"
     f"{KENDAL_QUOTE}", [None]),
    # a source link ends a blog post: the next post's title opens a new article
    (f"Rabu, 10 Januari 2024\n\n{KENDAL_TITLE}\n\n{KENDAL_OPENING}\n\n{KENDAL_QUOTE}\n\n"
     "sumber:https://www.kendalnews.id/daerah/jateng/kpu-kendal-gelar-rakor-persiapan-pleno-dpt-pilkada-2024/306511\n\n"
     f"Bawaslu Kendal Ajak Pemuda Awasi Pilkada\n\n{KENDAL_QUOTE}",
     [KENDAL_TITLE, "Bawaslu Kendal Ajak Pemuda Awasi Pilkada"]),
    # an announcement of titles and a download link only is no article; the next post's title heads its own
    ("Pengumuman DCT Pemilu 2024\n\nBERITA ACARA PENETAPAN DAFTAR CALON TETAP ANGGOTA DPRD KABUPATEN KENDAL\n\n"
     "silahkan unduh disini\n\nPENGUMUMAN PERUBAHAN DAFTAR CALON DARI PARTAI PERSATUAN\n\n"
     "Sehubungan dengan pengunduran diri calon anggota DPRD Kabupaten Kendal dari Dapil 2 nomor urut 3.\n\n"
     "Surat pengunduran diri calon ( unduh disini)",
     ["PENGUMUMAN PERUBAHAN DAFTAR CALON DARI PARTAI PERSATUAN"]),
    # a theme's "You are currently viewing" line repeating the title is no headline
    (f"You are currently viewing {KENDAL_TITLE}\n\n{KENDAL_TITLE}\n\n{KENDAL_OPENING}", [KENDAL_TITLE]),
])
def test_fresh_layouts(segmenter, page, headlines):
    assert [headline for headline, _ in _articles(segmenter, page)] == headlines


def test_hard_wrapped_lines_make_one_article(segmenter):
    """Lines cut mid-sentence by a fixed width ("... dan Panitia" / "Pemungutan Suara ...") are no headlines."""
    page = ("Rapat koordinasi yang digelar di Pendopo\nKecamatan Kendal Kota Senin (8/1) ini\n"
            "dihadiri Camat, Panwascam, Lurah dan Panitia\nPemungutan Suara (PPS) se-Kecamatan Kendal Kota.\n"
            "Tampak hadir dari muspika\ndiantaranya Kapolsek Kendal Kota, Budi Santoso dan Danramil Kendal,\n"
            "Camat Kendal Kota Rina Wulandari. “Kegiatan ini\ndimaksudkan untuk memperkuat kerja sama semua pihak.”")
    assert _articles(segmenter, page) == [(None, page)]


def test_a_title_case_headline_over_wrapped_text_stays_the_headline(segmenter):
    page = ("KPU Kendal Gelar Rakor Bersama Muspika\nRapat koordinasi yang digelar di Pendopo\n"
            "Kecamatan Kendal Kota Senin (8/1) ini\ndihadiri Camat, Panwascam, Lurah dan PPS se-Kecamatan Kendal Kota.")
    assert [headline for headline, _ in _articles(segmenter, page)] == ["KPU Kendal Gelar Rakor Bersama Muspika"]

