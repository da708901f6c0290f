"""Person names and roles on real KPU sentence shapes (invented names), one row per construction, negatives included."""

from __future__ import annotations

import pytest


def _persons(extractor, body):
    return extractor.extract("Judul Berita Uji Coba\n\n" + body, "t")[0].persons


def _roles(extractor, body):
    return {(p.name, r.title, r.division, r.organization) for p in _persons(extractor, body) for r in p.roles}


def _comparable(roles):
    """Roles with each division's commas and spacing dropped (scorers compare a division's words)."""
    return {(n, t, " ".join((d or "").replace(",", "").split()) or None, o) for n, t, d, o in roles}


@pytest.mark.parametrize("body, expected", [
    ("Hadir Anggota KPU Kab Blora Divisi Hukum dan Pengawasan, Rudi Hartanto, dalam rapat itu.",
     {("Rudi Hartanto", "Anggota", "Hukum dan Pengawasan", "KPU Kabupaten Blora")}),
    ("Rapat dipimpin Anggota KPU Provinsi Jawa Tengah sekaligus Ketua Divisi Hukum dan Pengawasan Wahyu Pratama.",
     {("Wahyu Pratama", "Anggota", None, "KPU Provinsi Jawa Tengah"),
      ("Wahyu Pratama", "Ketua Divisi", "Hukum dan Pengawasan", "KPU Provinsi Jawa Tengah")}),
    ("Ketua KPU didampingi Anggota Dedi Kurniawan, Lina Marlina dan Yogi Saputra serta Sekretaris Bambang Irawan.",
     {("Dedi Kurniawan", "Anggota", None, None), ("Lina Marlina", "Anggota", None, None),
      ("Yogi Saputra", "Anggota", None, None), ("Bambang Irawan", "Sekretaris", None, None)}),
    ("Berkas diterima oleh komisioner KPU Kabupaten Cilacap; Rina Wulandari (Divisi Teknis), Agus Salim (Divisi Sosialisasi).",
     {("Rina Wulandari", "Anggota", "Teknis Penyelenggaraan", "KPU Kabupaten Cilacap"),
      ("Agus Salim", "Anggota", "Sosialisasi", "KPU Kabupaten Cilacap")}),
    ("Diskusi menghadirkan narasumber Fajar Nugroho (Divisi Hukum dan Pengawasan KPU Kabupaten Jeneponto).",
     {("Fajar Nugroho", "Ketua Divisi", "Hukum dan Pengawasan", "KPU Kabupaten Jeneponto")}),
    ("Sambutan disampaikan Wakil Bupati Blora, Sri Wahyuni, di pendopo.",
     {("Sri Wahyuni", "Wakil Bupati", None, None)}),
    # a member of a body's leadership, before or after the holder
    ("Pimpinan Bawaslu Provinsi Jawa Tengah, Ahmad Fauzi, S.T., menegaskan bahwa kegiatan ini penting.",
     {("Ahmad Fauzi", "Pimpinan", None, "Bawaslu Provinsi Jawa Tengah")}),
    ("Rina Kusuma selaku Pimpinan Bawaslu Provinsi Kalimantan Selatan mengucapkan terima kasih.",
     {("Rina Kusuma", "Pimpinan", None, "Bawaslu Provinsi Kalimantan Selatan")}),
    # a venue's, a body's or a member's word after a name's first word is a family name (names.yaml
    # title_words_in_names); before a name or alone it is no name
    ("Dalam sambutannya Ketua KPU Kabupaten Wonogiri, Satya Graha menyatakan bahwa KPU terbuka.",
     {("Satya Graha", "Ketua", None, "KPU Kabupaten Wonogiri")}),
    ("Anggota Bawaslu Kota Denpasar I Gusti Ngurah Panji Negara Kelakan membuka acara.",
     {("I Gusti Ngurah Panji Negara Kelakan", "Anggota", None, "Bawaslu Kota Denpasar")}),
    ("Acara di Graha Widya Bhakti dihadiri Kader PKK dan Aparatur Sipil Negara.", set()),
    # negative: the leaders of classes of bodies hold no name
    ("Hadir Pimpinan SKPD, Pimpinan Lembaga Vertikal, Pimpinan Perusahaan, BUMN, dan Pimpinan Parpol tingkat Kab. "
     "Blora.", set()),
    ("Hadir pula Wali Kota Semarang, Hendra Gunawan, dan Sekda Joko Susanto.",
     {("Hendra Gunawan", "Wali Kota", None, None), ("Joko Susanto", "Sekretaris Daerah", None, None)}),
    ("Apel dipimpin Kasubbag Keuangan Umum Dan Logistik Sekretariat KPU Kabupaten Grobogan Dimas Prakoso, S. IP.",
     {("Dimas Prakoso", "Kepala Subbagian", "Keuangan Umum Dan Logistik", "KPU Kabupaten Grobogan")}),
    ("Tono Haryanto, S.E.., selaku Kadiv Sosdiklih Parmas dan SDM KPU Kabupaten Grobogan membuka acara.",
     {("Tono Haryanto", "Ketua Divisi",
       "Sosialisasi, Pendidikan Pemilih Partisipasi Masyarakat dan Sumber Daya Manusia", "KPU Kabupaten Grobogan")}),
    ("Materi dipaparkan oleh Komisioner KPU Kota Surabaya, Divisi Hukum dan Pengawasan, Arif Budiman.",
     {("Arif Budiman", "Anggota", "Hukum dan Pengawasan", "KPU Kota Surabaya")}),
    ("Pengarahan oleh Ketua Divisi SDM dan Litbang KPU Provinsi Jawa Tengah ibu Nur Aini, dilanjutkan diskusi.",
     {("Nur Aini", "Ketua Divisi", "Sumber Daya Manusia dan Penelitian dan Pengembangan", "KPU Provinsi Jawa Tengah")}),
    ("Arief Santoso dan Dewi Lestari ditetapkan sebagai Bupati dan Wakil Bupati Blora Terpilih.", set()),
    ("Rapat membahas Penggantian Antar Waktu Anggota DPRD Kabupaten Cilacap periode 2019-2024.", set()),
    # "Anggota KPU Divisi X <body> Nama": the body's bare word between a member's title and division, where the
    # article names several bodies of that word, makes no "Ketua Divisi" of the member
    ("Divisi Hukum KPU Provinsi Jambi menggelar diskusi dengan KPU Kota Banjarbaru. Acara yang dihadiri oleh Anggota "
     "KPU Divisi Hukum dan Pengawasan KPU Provinsi Jambi Rahmat Hidayat, Anggota KPU Divisi Hukum dan Pengawasan KPU "
     "Kota Banjarbaru, Siti Aminah, serta staf.",
     {("Rahmat Hidayat", "Anggota", "Hukum dan Pengawasan", "KPU Provinsi Jambi"),
      ("Siti Aminah", "Anggota", "Hukum dan Pengawasan", "KPU Kota Banjarbaru")}),
    # negative: a division written alone before its holder stays its head's
    ("Divisi Hukum dan Pengawasan KPU Provinsi Jambi, Rahmat Hidayat, membuka acara.",
     {("Rahmat Hidayat", "Ketua Divisi", "Hukum dan Pengawasan", "KPU Provinsi Jambi")}),
    ("Kegiatan ini tindak lanjut dari Surat Sekretaris Daerah Kabupaten Magelang tentang apel.", set()),
    # offices shared out over a pair after "sebagai" are no role of either
    ("KPU resmi menetapkan pasangan calon nomor urut 1, Arief Rohman dan Sri Setyorini, sebagai Bupati dan Wakil "
     "Bupati Blora terpilih.", set()),
    # a title that takes no division: the body after it is no division
    ("KPU Karanganyar disambut oleh Imam Nuryanto selaku Koordinator Wilayah Suara Merdeka Solo Raya.",
     {("Imam Nuryanto", "Koordinator Wilayah", None, "Suara Merdeka Solo Raya")}),
    # a division acronym with lowercase letters after the division
    ("Kegiatan ini dipimpin oleh Ketua Divisi Perencanaan Data dan Informasi (Rendatin) Siti Nurhayati, didampingi "
     "Kasubbag Rendatin.", {("Siti Nurhayati", "Ketua Divisi", "Perencanaan Data dan Informasi", None)}),
    # Hubmas is a division abbreviation; the body after the division is the role's
    ("Ahmad Baehaqi selaku Ketua Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi, dan Hubmas KPU Kabupaten Sleman "
     "menyampaikan sosialisasi.", {("Ahmad Baehaqi", "Ketua Divisi",
                                    "Sosialisasi, Pendidikan Pemilih, Partisipasi, dan Hubungan Masyarakat",
                                    "KPU Kabupaten Sleman")}),
    # a name with degrees right before the title
    ("tegas Sudiarto,SH Ketua Dewan Pimpinan Cabang Partai Demokrat Kabupaten Cilacap didampingi pengurus.",
     {("Sudiarto", "Ketua", None, "Dewan Pimpinan Cabang Partai Demokrat Kabupaten Cilacap")}),
    # Pangdam is an office, never a name; the bodies of a list after Kepala hold no person
    ("Diskusi panel menghadirkan narasumber, dari Kepala Badan Kesbangpol, Pangdam IV/Diponegoro, Polda, Kejati.", set()),
    # a district before a title is a place, not the holder
    ("dihadiri Tim Penggerak dan Pengurus PKK se-Kapanewon Cangkringan, Ketua Persit Chandra Kirana Cangkringan, "
     "dan Ketua Bhayangkari Cangkringan.", set()),
    # the head of a body that is a wives' association is no person
    ("dihadiri Ketua Persit Chandra Kirana Cangkringan, dan Ketua Bhayangkari Cangkringan.", set()),
    # a dateline glued to the title by an underscore
    ("KOTA MUNGKID_Anggota KPU Provinsi Jawa Tengah sekaligus Ketua Divisi Hukum dan Pengawasan Wahyu Pratama "
     "mengatakan pihaknya mendorong percepatan.",
     {("Wahyu Pratama", "Anggota", None, "KPU Provinsi Jawa Tengah"),
      ("Wahyu Pratama", "Ketua Divisi", "Hukum dan Pengawasan", "KPU Provinsi Jawa Tengah")}),
    ("Berkas data_anggota Budi Santoso sudah diunggah.", set()),
    # a division after the body without a comma, the holder after it
    ("Senada dengan itu, Anggota KPU Kota Semarang Divisi Perencanaan, Data, dan Informasi, Rizal Fahmi, "
     "menambahkan bahwa upaya ini penting.",
     {("Rizal Fahmi", "Anggota", "Perencanaan, Data, dan Informasi", "KPU Kota Semarang")}),
    # the division a member oversees, in a clause after the body
    ("Simposium menghadirkan narasumber Dewi Lestari SIP, komisioner KPU Provinsi Jawa Tengah yang membidangi Divisi "
     "SDM dan Partisipasi Masyarakat dan Agus Salim SE, dosen STIE Rembang.",
     {("Dewi Lestari", "Anggota", "Sumber Daya Manusia dan Partisipasi Masyarakat", "KPU Provinsi Jawa Tengah"),
      ("Agus Salim", "Dosen", None, "STIE Rembang")}),
    ("Hadir Dewi Lestari SIP, komisioner KPU Provinsi Jawa Tengah yang membidangi urusan kearsipan.",
     {("Dewi Lestari", "Anggota", None, "KPU Provinsi Jawa Tengah")}),
    # "masing-masing" before a long division: the holder after it is still the title's
    ("Dua narasumber lain anggota KPU Kabupaten Magelang masing-masing Divisi Partisipasi Hubungan Masyarakat dan "
     "SDM Yohan Kristanto dalam kegiatan ini menyampaikan materi.",
     {("Yohan Kristanto", "Anggota", "Partisipasi Hubungan Masyarakat dan Sumber Daya Manusia",
       "KPU Kabupaten Magelang")}),
    # staff of a subsection ("Subbag"), and staff with no holder
    ("Materi kedua oleh Bayu Prasetyo, Staf Subbag Keuangan, Umum dan Logistik, tentang aplikasi persuratan.",
     {("Bayu Prasetyo", "Staf", "Keuangan, Umum dan Logistik", None)}),
    ("Upacara diikuti komisioner, sekretaris, dan staf Sekretariat KPU Kabupaten Kudus.", set()),
    # one office stated twice, once without its body: one role, named with its body
    ("Wakadiv Sosdiklih Andi Saputra membuka acara. Andi Saputra selaku Wakil Ketua Divisi Sosialisasi, Pendidikan "
     "Pemilih, Partisipasi, dan Hubmas KPU Kabupaten Sleman menyampaikan materi.",
     {("Andi Saputra", "Wakil Ketua Divisi", "Sosialisasi, Pendidikan Pemilih, Partisipasi, dan Hubungan Masyarakat",
       "KPU Kabupaten Sleman")}),
    # a party's branch office
    ("Ketua DPC didampingi Rudi Hartono (Sekretaris) dan Lina Marlina (Direktur Eksekutif Cabang) menerima tim.",
     {("Rudi Hartono", "Sekretaris", None, None), ("Lina Marlina", "Direktur Eksekutif Cabang", None, None)}),
    # a body written by its short form after a title: the article's one body of that kind
    ("Surat diajukan atas nama Hendra Wijaya, anggota DPRD PKS dari Dapil 4 yang mengundurkan diri dari DPRD Blora.",
     {("Hendra Wijaya", "Anggota", None, "DPRD Blora")}),
    ("Berkas diterima langsung oleh sekretaris Dewan Sumarno, didampingi staf. Pimpinan DPRD Kabupaten Cilacap hadir.",
     {("Sumarno", "Sekretaris", None, "DPRD Kabupaten Cilacap")}),
    ("Hadir Hendra Wijaya, anggota DPRD PKS, bersama DPRD Blora dan DPRD Kabupaten Rembang.", set()),
    # a body's acronym with its name in parentheses after the title
    ("Sekda Sukoharjo, Sutrisno, selaku Ketua TAPD (Tim Anggaran Pemerintah Daerah) memaparkan proses pembahasan.",
     {("Sutrisno", "Sekretaris Daerah", None, None), ("Sutrisno", "Ketua", None, "Tim Anggaran Pemerintah Daerah")}),
    ("Sekda Sukoharjo, Sutrisno, selaku Ketua TAPD (Tim Pembahasan Anggaran) memaparkan proses pembahasan.",
     {("Sutrisno", "Sekretaris Daerah", None, None), ("Sutrisno", "Ketua", None, None)}),
    # a faction between the body and its holder
    ("Senada juga dilontarkan anggota DPRD Provinsi Jawa Tengah dari Fraksi PDIP Ratna Sari. Menurut Ratna, penting.",
     {("Ratna Sari", "Anggota", None, "DPRD Provinsi Jawa Tengah")}),
    ("Dalam forum tersebut Ketua DPRD Kabupaten Magelang dari Fraksi PDI-P ini juga bertanya kepada mahasiswa.", set()),
    # a role names its body by the article's longest form of it
    ("KPU Karanganyar disambut Heru Santoso selaku Kepala Biro Suara Merdeka Solo. Suara Merdeka Solo Raya "
     "menyambut baik kunjungan itu.", {("Heru Santoso", "Kepala Biro", None, "Suara Merdeka Solo Raya")}),
    # the head of an inspectorate is an office of its own; "Inspektorat" is the body, not the title
    ("Pemeriksaan anggaran didampingi Inspektur Kabupaten Grobogan, Sutarjo Wibisono, bersama dua auditor.",
     {("Sutarjo Wibisono", "Inspektur", None, None)}),
    ("Laporan keuangan diperiksa Inspektur Utama KPU RI, Hendra Gunawan, di ruang rapat.",
     {("Hendra Gunawan", "Inspektur Utama", None, "KPU RI")}),
    # negatives: a ceremony's inspector and a police rank are no titles
    ("Apel pagi dipimpin Inspektur Apel, Sari Wulandari, di halaman kantor.", set()),
    ("Pengamanan gudang dipimpin Inspektur Polisi Dua Budi Santoso.", set()),
    ("Hadir Kepala Inspektorat Kota Lumbung, Sutarjo Wibisono, bersama dua auditor.",
     {("Sutarjo Wibisono", "Kepala", None, "Inspektorat Kota Lumbung")}),
])
def test_roles(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    ("Ketua DPC PDI Perjuangan HM Sulaiman menyampaikan aspirasi.", ["M Sulaiman"]),
    ("Hal itu disampaikan Kapolda Papua Irjen Pol Yohanes Kareth kepada wartawan.", ["Yohanes Kareth"]),
    ("Berkas diserahkan kepada Sdr. Drs. Slamet Riyadi yang memperoleh suara terbanyak.", ["Slamet Riyadi"]),
    ("Ketua Divisi Hukum KPU Kabupaten Demak, Moh. Arifin, SH. MH. menuturkan hal itu.", ["Moh. Arifin"]),
    ("Kepala Dinsos, Kepala Dinpermades dan Kepala Rutan Kelas II B hadir dalam rapat.", []),
    # two capitals a degree also spells open a name after a sentence's start or a place ("MH" = initials), but
    # end the name before after its comma; two capitals with a stop inside a name are initials
    ("Hal itu disampaikan Rini. MH Susanto, anggota KPU Kabupaten Blora, menjelaskan pelayanan DPTb.",
     ["Rini", "MH Susanto"]),
    ("Ketua Divisi Data KPU Kabupaten Blora, MH. Susanto, dalam pemaparannya menegaskan komitmen.", ["MH. Susanto"]),
    ("Sambutan Anggota KPU Kabupaten Blora Bapak Sutrisno, SE. Sosialisasi kali ini sangat penting.", ["Sutrisno"]),
    ("Hadir Budi Santoso, SH. Wahyu Hidayat juga hadir.", ["Budi Santoso", "Wahyu Hidayat"]),
    ("Rapat dipimpin Wakil Ketua Divisi Sosialisasi Ahmad AR. Lamboy, didampingi staf.", ["Ahmad AR. Lamboy"]),
    # a degree written with a space after its first stop is no name of its own
    ("Kunjungan Komisioner KPU Tabanan, Made Wirawan, S. Pt, bertujuan untuk koordinasi.", ["Made Wirawan"]),
    # an initial before a name word is no degree ("S. Siregar")
    ("Hadir Ketua KPU Kabupaten Gowa Budi S. Siregar dalam rapat.", ["Budi S. Siregar"]),
    # a stop after closing initials ends the sentence when a capital follows; before a lower-case word it is the name's
    ("Surat edaran itu ditandatangani Darmo Wijoyo AB. Salinannya dikirim ke PPK.", ["Darmo Wijoyo AB"]),
    ("Ketua KPU Kabupaten Lumbung, Darmo Wijoyo K. membuka rapat pleno.", ["Darmo Wijoyo K."]),
    # ... and where the article writes the initials with their stop inside a sentence, the name keeps it everywhere
    ("Surat edaran itu ditandatangani Darmo Wijoyo AB. Salinannya dikirim ke PPK. Menurut Darmo Wijoyo AB. "
     "surat itu berlaku sejak hari ini.", ["Darmo Wijoyo AB."]),
    # a capitalised conjunction, quantifier or inverted speech verb opens no name; a reduplicated word is none either
    ("Ujar Sekar Ayuningtyas, Ketua PPS Todanan, jadwal kampanye tidak berubah.", ["Sekar Ayuningtyas"]),
    ("Rapat ditunda hingga Senin, kata Darmo Wijoyo. Sebab Darmo menganggap daftar hadir belum lengkap.",
     ["Darmo Wijoyo"]),
    ("Camat Todanan, Darmo Wijoyo Ingat-ingatkan Petugas KPPS soal netralitas.", ["Darmo Wijoyo"]),
    # ... but one name that begins with the other is no reduplicated word
    ("Pasangan Ani-Anita, nomor urut dua, berkampanye di pasar.", ["Ani", "Anita"]),
    # ... but after a name's first word such a word is a family or middle name
    ("Hadir Ketua Bawaslu Kabupaten Lumbung, Muhammad Amar, dalam rapat koordinasi.", ["Muhammad Amar"]),
    ("Ketua KPU Kabupaten Lumbung, Amar Ma'ruf, membuka rapat pleno rekapitulasi.", ["Amar Ma'ruf"]),
    ("Hadir Sekretaris KPU Kabupaten Lumbung, Rudi Jelas Tarigan, dalam apel pagi.", ["Rudi Jelas Tarigan"]),
    # a noun that ends in a speech verb ("tindak lanjut") is no cue of a speaker after it
    ("Pekan depan sekretariat membahas tindak lanjut Temuan Inspektorat di ruang rapat.", []),
])
def test_names(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # a body the lexicons do not know between the title and its holder
    ("Ketua Basis Warganet Agung Tri Wibowo mengatakan, hingga kini pihaknya sudah melakukan sosialisasi.",
     ["Agung Tri Wibowo"]),
    ("Tim Coktas KPU Magelang didampingi Kepala Dusun Agus Hermawan, mendatangi langsung rumah-rumah warga.",
     ["Agus Hermawan"]),
    # a name followed by degrees is a person without any other cue
    ("Forum ini menghadirkan sejumlah narasumber, di antaranya Nur Kholis, SE, M.Si dari Dispendukcapil.",
     ["Nur Kholis"]),
    ("Pasangan Nomor Urut Satu Sdri. Dr. Agustina Wilujeng Pramestuti, S.S., M.M. memperoleh suara terbanyak.",
     ["Agustina Wilujeng Pramestuti"]),
    # a division abbreviation before the name is not part of it
    ("Berkas diterima Kadiv Teknis serta kasubag Tekmas Syarifuddin, SE. berkas diterima langsung.", ["Syarifuddin"]),
    # an all-caps name after an honorific
    ("Calon nomor urut 7 atas nama Sdr. Drs. TARYONO yang memperoleh suara sah calon terbanyak ke-3.", ["TARYONO"]),
    # places, outlets, groups and headline words are not names
    ("Sosialisasi Pemilu 2024 bersama Tim Penggerak PKK Kapanewon Cangkringan berjalan lancar.", []),
    ("KPU Karanganyar Silaturahmi ke Suara Merdeka Solo untuk memperkuat kerja sama.", []),
    ("Dalam rapat itu Ketua Gabungan Organisasi Wanita hadir bersama pengurus.", []),
    # a district's name after an office abbreviation is the office's place when the article writes it as a place
    ("Kapolsek Sukamaju, Iptu Rahmat Hidayat, mengunjungi sekretariat Panwaslu Kecamatan Sukamaju pada Rabu.",
     ["Rahmat Hidayat"]),
    ("Rapat koordinasi digelar di Kecamatan Sukamaju. Hadir dalam rapat itu Kapolsek Sukamaju dan Danramil.", []),
    # ... but a person whose name is also a district's, never written as a place, stays a person
    ("Sosialisasi dibuka oleh Ketua PPS, Makmur, di balai desa.", ["Makmur"]),
    # ... and so does one after a full title and a comma, though the article writes the district as a place
    ("Sosialisasi di Kecamatan Makmur dibuka oleh Ketua PPS, Makmur, di balai desa.", ["Makmur"]),
    ("Camat Makmur membuka rapat di Kecamatan Makmur bersama Kapolsek.", []),
    # one capitalised word after an office-and-unit abbreviation that ends the phrase is the unit's place, no holder,
    # when it is known as one: a district, a unit's name, a village the article writes after its level word
    ("Danramil Todanan, Kapolsek Jepon dan camat menerima logistik pemilu di aula kecamatan.", []),
    ("Ketua KPU berdiskusi dengan Danrem Wirabraja tentang distribusi surat suara.", []),
    ("Apel siaga digelar di Desa Watugede, dihadiri Danramil Watugede, camat dan para kepala desa.", []),
    # ... any other word is the holder's name
    ('"Kami siap mengamankan seluruh TPS," kata Kapolsek Sutrisno.', ["Sutrisno"]),
    ("Rapat dihadiri Kapolsek Sutrisno dan Danramil Suparman.", ["Sutrisno", "Suparman"]),
    ("Rapat dihadiri Kapolsek  H. Sutrisno dan camat.", ["Sutrisno"]),  # two spaces before the honorific
    # ... but "Kunker" (a working visit) is no name after the office either
    ("Kapolsek Kunker ke kantor PPK untuk koordinasi pengamanan.", []),
    ("Hadir Kapolsek Sukalumbung AKP Sutrisno dan Danramil Watugede Kapten Dimas Prayoga.", ["Sutrisno", "Dimas Prayoga"]),
    ("Rapat pleno di gedung Balai Rakyat Makmur dibuka pukul sembilan. Warga di Makmur menyambutnya.", []),
    # with selaku the holder stands before the title, not in the body's name after it
    ("KPU Karanganyar disambut hangat oleh Imam Nuryanto selaku Koordinator Wilayah Suara Merdeka Solo Raya.",
     ["Imam Nuryanto"]),
    # a name cue before the name, a name cue after it, a name linked to its body by "dari"
    ("Surat itu diajukan karena atas nama Munatin, anggota DPRD dari Dapil Blora 4 menyatakan mengundurkan diri.",
     ["Munatin"]),
    ("Dalam kegiatan tersebut, Ahmad Amir Faisol menjadi narasumber, beliau memaparkan materi.", ["Ahmad Amir Faisol"]),
    ("narasumber, di antaranya M. Rika Hasballa, S.M dari Perisai Demokrasi Bangsa, serta Siti Nur Wakhidatun dari "
     "KPU Kabupaten Pati.", ["M. Rika Hasballa", "Siti Nur Wakhidatun"]),
    ("Sosialisasi digelar bersama Kelompok Kerja dari KPU Kabupaten Pati.", []),
    # a degree is not an initial of the name
    ("Ketua Komisi Pemilihan Umum (KPU) Kabupaten Blora Arifin S.Ag. mengingatkan kepada warga Blora.", ["Arifin"]),
    # HM is H. and the initial M: the mention keeps M
    ("Bawaslu memerintahkan KPU untuk menetapkan HM Warsit dalam DCS, ucap Ketua Bawaslu.", ["M Warsit"]),
    # "kata X berarti": the noun "kata" (word) before a term, no speech cue
    ("Tari Muang Sangkal merupakan icon seni tari. Kata Mowang berarti membuang, dan kata Sangkal berarti sukerta.", []),
    ("\"Kami siap melayani,\" kata Sutrisno, Ketua KPU Kabupaten Pati.", ["Sutrisno"]),
])
def test_names_general(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, name, mentions", [
    # a nickname that begins a word of the full name is a mention of it
    ("Sekretaris KPU Rembang, Sulistiyono memberikan tanggapan. “Kami evaluasi,” ungkapnya. Sulis menjelaskan, "
     "Kabupaten Boyolali meraih posisi pertama.", "Sulistiyono", ["Sulistiyono", "Sulis"]),
    # two people sharing a word stay apart, the shared word is no mention
    ("Ketua KPU Kabupaten Magelang, Ahmad Rofik, didampingi Anggota Ahmad Mustakim. Rofik mengatakan rapat dimulai.",
     "Ahmad Rofik", ["Ahmad Rofik", "Rofik"]),
])
def test_short_forms(extractor, body, name, mentions):
    person = next(p for p in _persons(extractor, body) if p.name == name)
    assert [m.text for m in person.mentions] == mentions


@pytest.mark.parametrize("body, expected", [
    # a bureau head's bureau is the role's division (gold/LABELLING.md, third pass)
    ("Acara menghadirkan nara sumber Kepala Biro Perundang-Undangan KPU RI, Rina Maharani. KPU Kabupaten Demak hadir.",
     {("Rina Maharani", "Kepala Biro", "Perundang-Undangan", "KPU RI")}),
    # an organization right after the title is no division, though its first word is a division word
    ("KPU Karanganyar disambut Heru Santoso selaku Kepala Biro Suara Merdeka Solo di kantornya.",
     {("Heru Santoso", "Kepala Biro", None, "Suara Merdeka Solo")}),
    # the branch of an association written with the office is the role's body
    ("Ketua umum PC IMM Blora, Nur Aini Rahmawati bersama pengurus menyampaikan rencana kegiatan.",
     {("Nur Aini Rahmawati", "Ketua Umum", None, "PC IMM Blora")}),
    ("Tim Coktas KPU Magelang didampingi Kepala Dusun Agus Hermawan, mendatangi langsung rumah-rumah warga.",
     {("Agus Hermawan", "Kepala Dusun", None, None)}),
    # a candidacy after the office is no role of the candidate
    ("Penetapan Walikota dan Wakil Walikota Kota Semarang Nomor Urut Satu Sdri. Dr. Agustina Wilujeng Pramestuti, "
     "S.S., M.M. dengan perolehan suara terbanyak.", set()),
])
def test_roles_after_unknown_body(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, names", [
    ("Pilkada Kabupaten Puncak Jaya diikuti tiga pasangan calon yaitu Yustuw Wonda-Kirenus Telenggen, "
     "Hanock Ibo-Rinus Telenggen dan Yuni Wonda-Deinas Geley.",
     ["Yustuw Wonda", "Kirenus Telenggen", "Hanock Ibo", "Rinus Telenggen", "Yuni Wonda", "Deinas Geley"]),
    ("Pasangan Dadang Nasser-Deden R Rumaji dan Ridho Budiman-Dadang Rusdiana melaju ke putaran kedua.",
     ["Dadang Nasser", "Deden R Rumaji", "Ridho Budiman", "Dadang Rusdiana"]),
    # an honorific before a pair or degrees after it: still two persons, read by the pair rule
    ("Pilkada diikuti pasangan calon yaitu Dr. Yosef Wandik-Markus Yikwa dan Pak Hendrik Kogoya-Rinus Wenda.",
     ["Yosef Wandik", "Markus Yikwa", "Hendrik Kogoya", "Rinus Wenda"]),
    ("Bupati terpilih Sri Lestari-Edi Purnomo, S.T., M.T. tidak akan dilantik bersama kepala daerah lainnya.",
     ["Sri Lestari", "Edi Purnomo"]),
    # a hyphenated family name with one word before it is no pair
    ("Ketua KPU Kabupaten Karo, Rudi Sembiring-Meliala, S.H., membuka rapat pleno.", ["Rudi Sembiring-Meliala"]),
    # hyphenated headline words, events and regions are no pair of names
    ("Mini Soccer Veteran Cup 2025 di Banyumas: Jaga Work-Life Balance Pasca Pemilihan.", []),
    ("Debat Cabup-Cawabup Rembang Hanya Digelar Satu Kali.", []),
    # an office abbreviation after a body is no name ("Kasatpol KBB")
    ("Hadir Ketua Bawaslu KBB, Kepala Badan Kesbangpol KBB, Kasatpol KBB, kepala cabang PLN Padalarang.", []),
    ("Pemilih dari Jawa Tengah-Jawa Timur mengikuti sosialisasi.", []),
    # after a pair cue the dash may stand between spaces; a pair joined by "dan" right after the cue
    ("KPU menetapkan pasangan calon gubernur, pertama, Yusuf Halim - Agus Mulyadi yang diusung Gerindra. Dua, "
     "pasangan Andi Rahman Hakim dan Nurhadi yang diusung Golkar.",
     ["Yusuf Halim", "Agus Mulyadi", "Andi Rahman Hakim", "Nurhadi"]),
    # a pair joined by "dan" right after the cue, its second side of two words or more followed by its verb; a
    # second side of one word needs a phrase's end
    ("Menurut survei, pasangan calon Yusuf Halim dan Rina Marlina menempati urutan teratas.",
     ["Yusuf Halim", "Rina Marlina"]),
    ("Jelang pilkada, pasangan Yusuf Halim dan Istri hadir di kantor KPU.", []),
    # a spaced dash without a pair cue sets off a dateline, no pair
    ("Kota Gorontalo, Badan Pengawas Pemilu - Anggota Bawaslu membuka rapat.", []),
    ("Pasangan Bupati dan Wakil Bupati terpilih menghadiri rapat.", []),
])
def test_candidate_pairs(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("headline, body, mentions", [
    # a headline in capitals names a person the body names: a mention of that person
    ("KPU TETAPKAN BUDI SANTOSO SEBAGAI BUPATI TERPILIH",
     "Ketua KPU Kabupaten Pidie, Budi Santoso, membacakan keputusan itu.", ["BUDI SANTOSO", "Budi Santoso"]),
    # one capitalised word of the name is no mention ("SANTOSO" may be a place, a shop)
    ("PERESMIAN TOKO SANTOSO", "Ketua KPU Kabupaten Pidie, Budi Santoso, membacakan keputusan itu.",
     ["Budi Santoso"]),
])
def test_capital_headline_mentions(extractor, headline, body, mentions):
    article = extractor.extract(f"{headline}\n\n{body}", "t")[0]
    assert [m.text for p in article.persons for m in p.mentions] == mentions


@pytest.mark.parametrize("body, names", [
    # an initial glued to the name ("M.Fahrudin") before a title with no comma
    ("Beda dengan laki-laki, lontarnya. M.Fahruri Wakil Ketua DPRD Kabupaten Magelang yang juga hadir menjadi "
     "narasumber.", ["M.Fahruri"]),
    # the last letter of an acronym with its period ("KPU.") is no initial of the next name
    ("ungkap Eka Dewi Lestari kepada Tim Coktas KPU. Sri Handayani, Ketua Divisi Rendatin KPU Kabupaten Magelang "
     "menambahkan.", ["Eka Dewi Lestari", "Sri Handayani"]),
    # a name ending in an initial right before a parenthesised division
    ("Tim KPU dan komisioner lainnya Munawar M (Divisi Hukum) menyambangi Kantor DPC.", ["Munawar M"]),
    # negatives of the no-name words: the name after "Pemohon," or "rohaniawan" is still read
    ("Pemohon, Budi Santoso, meminta pembatalan penetapan hasil pemilihan.", ["Budi Santoso"]),
    ("Doa dipimpin rohaniawan Budi Santoso dari Kemenag Kabupaten Pati.", ["Budi Santoso"]),
    # an outlet's acronyms before a name are not part of it
    ("Narasumber talkshow Suara Pemilu MQ FM Ardi memaparkan tentang definisi Dapil.", ["Ardi"]),
    # a glued degree is not an initial and a name
    ("Acara dibuka Ketua Budi Santoso S.Sos dan ditutup pukul 12.00 WIB.", ["Budi Santoso"]),
])
def test_names_on_unseen_offices(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # police and army offices with their unit, ranks and corps stripped from the name
    ("Hadir sebagai narasumber dari Polres Grobogan Bapak AKP Joko Prasetyo, Kasat Intelkam Polres Grobogan.",
     {("Joko Prasetyo", "Kepala Satuan", "Intelkam", "Polres Grobogan")}),
    ("Pengamanan dipimpin Kasatreskrim Polres Blora AKP Dwi Haryanto bersama anggota.",
     {("Dwi Haryanto", "Kepala Satuan", "Reskrim", "Polres Blora")}),
    ("Hadir Dandim 0718/Pati Letkol Inf Ari Wibowo dan Kapolres Pati AKBP Andi Saputra dalam rakor.",
     {("Ari Wibowo", "Komandan", None, "Kodim 0718/Pati"), ("Andi Saputra", "Kepala", None, "Polres Pati")}),
    ("Pangdam IV/Diponegoro, Mayjen TNI Budi Hartono hadir dalam konsolidasi.",
     {("Budi Hartono", "Panglima", None, "Kodam IV/Diponegoro")}),
    ("Hadir pula Wakapolrestabes Medan AKBP Sutrisno dalam rapat itu.",
     {("Sutrisno", "Wakil Kepala", None, "Polrestabes Medan")}),
    # a numbered office keeps its number
    ("Materi disampaikan Budi Harsono SE MSc, Wakil Ketua II STIE YPPI Rembang dalam acara itu.",
     {("Budi Harsono", "Wakil Ketua II", None, "STIE YPPI Rembang")}),
    ("Sambutan Asisten III Setda Kabupaten Pati, Rina Wati, dibacakan dalam apel.",
     {("Rina Wati", "Asisten III", None, "Setda Kabupaten Pati")}),
    # a region of two words between a regional head's title and the holder is no part of the name
    ("Dalam sambutannya, Pj. Bupati Banggai Laut Agus Wahyudi mengatakan dukungan pemda penuh.",
     {("Agus Wahyudi", "Pj. Bupati", None, None)}),
    ("Dalam sambutannya, Bupati Kutai Kartanegara Rina Susanti menyampaikan apresiasi.",
     {("Rina Susanti", "Bupati", None, None)}),
    ("Kegiatan dihadiri Ketua KPU Kabupaten Banggai Kepulauan, Budi Santoso, dan Bupati Blora Rudolf Samosir.",
     {("Budi Santoso", "Ketua", None, "KPU Kabupaten Banggai Kepulauan"), ("Rudolf Samosir", "Bupati", None, None)}),
    # a ministry's portfolio and a list of bodies are no holders
    ("Ketua KPU membacakan sambutan Menteri Komunikasi dan Informatika RI dengan tema kebangkitan.", set()),
    ("Diskusi menghadirkan narasumber dari Kepala Badan Kesbangpol, Pangdam IV/Diponegoro, Polda, Kejati, dan dari "
     "Bawaslu Jawa Tengah.", set()),
])
def test_government_offices(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, name, mentions", [
    # a nickname after the full name is a mention of that person, not a person of its own
    ("Ketua KPU Kabupaten Bandung, Ahmad Syarif Riyadi yang akrab disapa Dodi mengunjungi kantor. Dodi mengatakan "
     "persiapan berjalan baik.", "Ahmad Syarif Riyadi", ["Ahmad Syarif Riyadi", "Dodi", "Dodi"]),
    ("Anggota KPU Kota Semarang Divisi Hukum dan Pengawasan, Hendra Putra Gultom (Nanda) berharap ormas "
     "berpartisipasi. Menurut Nanda, itu penting.", "Hendra Putra Gultom", ["Hendra Putra Gultom", "Nanda", "Nanda"]),
])
def test_nicknames(extractor, body, name, mentions):
    persons = _persons(extractor, body)
    assert [p.name for p in persons] == [name]
    assert [m.text for m in persons[0].mentions] == mentions


@pytest.mark.parametrize("body, names", [
    # an age in parentheses after a name
    ("Salah satu warga, Budi Santoso (45), mengaku senang dengan sosialisasi tersebut.", ["Budi Santoso"]),
    # a name of two or more words after oleh, didampingi, bersama, mewakili
    ("Materi kedua oleh Dimas Arya Pratama, Staf Subbag Keuangan, Umum dan Logistik, tentang aplikasi.",
     ["Dimas Arya Pratama"]),
    ("Rapat dihadiri perwakilan Bawaslu Grobogan, Rudi Hartanto, serta para PPK se Kabupaten Grobogan.",
     ["Rudi Hartanto"]),
    # a group, a venue or a body after the same words is no person
    ("Kegiatan dibuka oleh Ketua KPU Blora didampingi Sekretaris Kasworo, bersama Tim Penggerak PKK.", ["Kasworo"]),
    ("Rapat koordinasi digelar oleh Hotel Almadina Blora bersama Forkopimda Blora dan Polres Blora.", []),
    ("Acara itu dihadiri Pemerintah Kabupaten Blora dan dipandu Kompas TV dari Jakarta.", []),
    ("Pelatihan ini terselenggara berkat kerja sama dengan Pasal 22 (3) undang-undang.", []),
])
def test_names_after_list_cues(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # "dari" before an office is leaving it ("dipecat dari Ketua"), before a division it names the member's division
    ("Partai Gerindra resmi memecat Joko Prasetyo dari Ketua DPC Gerindra Kota Semarang.", set()),
    ("Hal itu disampaikan Ngadiman, dari divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan SDM.",
     {("Ngadiman", "Ketua Divisi",
       "Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan Sumber Daya Manusia", None)}),
])
def test_dari_before_an_office(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, expected", [
    # an all-capitals name set off by commas after a title
    ("Ketua KPU Kabupaten Pidie, BUDI SANTOSO, mengatakan tahapan berjalan lancar.",
     {("BUDI SANTOSO", "Ketua", None, "KPU Kabupaten Pidie")}),
    # a headline in capitals holds no name after its title
    ("KETUA KPU BLORA HADIRI RAPAT PLENO DI SEMARANG bersama jajaran.", set()),
    # lower-case particles inside a name
    ("Ketua KIP Aceh Besar, Ahmad bin Umar mengatakan pleno digelar terbuka.",
     {("Ahmad bin Umar", "Ketua", None, "KIP Kabupaten Aceh Besar")}),
    ("Hadir Kabiro Teknis KPU RI, Maria C van Houten, dalam acara itu.",
     {("Maria C van Houten", "Kepala Biro", "Teknis Penyelenggaraan", "KPU RI")}),
    # a lower-case title after the name, its lower-case division before the body
    ("Acara ini dipandu Maria C Van Houten kabiro teknis penyelenggaraan KPU RI secara daring.",
     {("Maria C Van Houten", "Kepala Biro", "teknis penyelenggaraan", "KPU RI")}),
    # lower-case words after a lower-case title are no division when no body follows them
    ("Rapat dihadiri Budi Santoso anggota data pemilih di desa itu.", set()),
])
def test_capitals_and_particles(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, expected", [
    # a district the regency gazetteer does not hold, between an office abbreviation and the holder's rank
    ("Pengamanan disampaikan Kapolsek Kota Juang Iptu Budi Hartono kepada peserta rapat.",
     {("Budi Hartono", "Kepala", None, "Polsek Kota Juang")}),
    # a body between the title and a one-word holder set off by a comma
    ("Sambutan dibacakan oleh Asisten Pemerintahan Setda Aceh, Azwardi, di aula kantor.",
     {("Azwardi", "Asisten", None, "Setda Aceh")}),
])
def test_units_and_bodies_before_holders(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body", [
    "Menurut Peraturan KPU Nomor 7 Tahun 2022, hal itu sah dan berlaku.",
    "Menurut Catatan Sipil, data pemilih sudah valid.",
    "Menurut Hasil Rekapitulasi, suara sah mencapai 200 ribu.",
    "Pleno dihadiri Saksi Paslon Nomor Urut 1 dan Pengawas TPS.",
    # headline words after a body are no name ("... dari DPC Partai Terkait Putusan MK")
    "KPU Blora Menerima Audiensi dari DPC PDI Perjuangan Terkait Putusan MK Nomor 136/PUU-XXII/2024.",
    "Rapat membahas kata Pengantar buku pedoman pemilih.",
    # a list of places after a list cue ("yakni") is no list of names, spaced or not ("Kebuntebu")
    "Masalah itu terjadi di empat kabupaten yakni, Muaro Jambi, Batanghari, Merangin, dan Kerinci.",
    "Enam kecamatan belum pleno yakni, Kebuntebu, Sukau, Lumbok Seminung dan Sekincau.",
    # an outlet written as a web address, then named alone, is no person
    "PEKANBARU (RIAUPOS.CO) - Hal itu disampaikan Ketua Bawaslu kepada Riaupos.co, Selasa (8/12/2020).",
    "Palu, Metrosulawesi.id - Komisioner KPU menyampaikan kepada Metrosulawesi, delapan kecamatan sudah.",
    # a weekday written with an apostrophe is no name
    "KPU menetapkan calon terpilih anggota DPRD Inhil, Jum’at (9/8).",
    # a party to a dispute (as "Pengadu", "Pelapor") and a function ("Rohaniawan") written with a capital are no name
    "Sidang perkara digelar pagi ini. Pemohon menyampaikan keberatan atas hasil rekapitulasi di dua kecamatan.",
    "Setelah itu Rohaniawan mendampingi para anggota PPS mengucapkan sumpah jabatan.",
    # a common word written with a capital after a speech verb, a title or in a headline is no name: "Mantan"
    # (former), "Perlu" opening the next sentence without its stop, "Paham", "Terkena Kasus" in Title Case
    "“Kami tetap bekerja sesuai aturan,” kata Mantan Ketua PPK itu kepada wartawan.",
    "“Semua sudah siap,” jelas Ketua KPU Kabupaten Sragen Perlu dicatat, surat suara sudah tiba di gudang.",
    "Bupati Minta Petugas Paham Aturan Kampanye\n\nBupati membuka rapat koordinasi di pendopo.",
    "Dua Pejabat Desa Yang Terkena Kasus Pungutan Diberhentikan Sementara.",
])
def test_documents_and_groups_are_no_persons(extractor, body):
    assert _persons(extractor, body) == []


@pytest.mark.parametrize("body, names", [
    # speakers listed after narasumber, with degrees and "dan"
    ("Kegiatan menghadirkan narasumber Budi Santoso, S.H., Siti Rahayu dan Agus Salim Harahap dari Universitas "
     "Diponegoro.", ["Budi Santoso", "Siti Rahayu", "Agus Salim Harahap"]),
    # offices after the cue and candidate pairs are read by their own rules
    ("Hadir narasumber Kepala Dinas Kesehatan dan Ketua Bawaslu dalam diskusi.", []),
    ("Pilkada diikuti tiga pasangan calon yaitu Yakob Wenda-Kornelis Tabuni dan Yuli Wenda-Daniel Gwijangge.",
     ["Yakob Wenda", "Kornelis Tabuni", "Yuli Wenda", "Daniel Gwijangge"]),
    # a list of names whose words are no places stays a list of names, a place-named person in it too
    ("Rapat dihadiri oleh Bambang Sutrisno, Wawan Purba dan Agus Salim.", ["Bambang Sutrisno", "Wawan Purba", "Agus Salim"]),
])
def test_listed_speakers(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # a title word that is a common name word stays in the name after its first word
    ("Ketua Bawaslu Kabupaten Pati, Lukman Hakim, mengatakan pengawasan berjalan.", ["Lukman Hakim"]),
    ("Hal itu disampaikan Arif Hakim kepada wartawan usai rapat.", ["Arif Hakim"]),
    # but not as the first word, where it is the office
    ("Hakim Konstitusi Budi Santoso membacakan putusan perkara itu.", ["Budi Santoso"]),
])
def test_title_words_inside_names(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # a name described after a comma
    ("Agus Salim, warga Desa Sukamaju, mengaku senang dengan pelayanan di TPS.", ["Agus Salim"]),
    ("Acara dihadiri perwakilan Tim Pemenangan, Yoga Pratama, perwakilan Bawaslu Grobogan, serta PPK.",
     ["Yoga Pratama"]),
    # a named subject acting at the start of a sentence
    ("Pemilih datang sejak pagi. Ahmad Fauzi juga mengapresiasi kinerja KPU dalam pleno.", ["Ahmad Fauzi"]),
    ("Kegiatan ini diikuti Budi Santoso dan Siti Aminah sebagai perwakilan sekolah.", ["Budi Santoso", "Siti Aminah"]),
    # things, places and bodies as subjects are no persons
    ("Maknanya sebagai berikut: Kata Mowang berarti membuang. Tari Muang Sangkal merupakan tari khas.", []),
    ("Tim Coktas melakukan verifikasi. Jawa Tengah menempati posisi pertama. Nahdlatul Ulama menggelar doa.", []),
    ("Sosialisasi digelar di alun-alun. Car Free Day menjadi ajang sosialisasi. Simpang Lima menjadi lokasi kirab.", []),
])
def test_described_and_acting_names(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # familiar regional honorifics stand outside the name
    ("Acara itu dihadiri Cak Sholeh Hidayat dan Kang Dedi Mulyana serta Bung Arif Rahman.",
     ["Sholeh Hidayat", "Dedi Mulyana", "Arif Rahman"]),
    ("Menurut Mas Agus, data pemilih sudah rampung.", ["Agus"]),
    # in capitals they are acronyms (a madrasah), and "Uni Eropa" is no person
    ("Siswa MAS Al Hikmah mengikuti sosialisasi bersama Uni Eropa.", []),
    # a university acronym is a body, not its lecturer's name; an acronym stops only its capitals ("Upi" is a name)
    ("Dosen Unair, Bagus Pribadi, menjadi narasumber dalam diskusi.", ["Bagus Pribadi"]),
    ("Ketua Divisi Hukum KPU Provinsi Sulawesi Selatan, Upi Lestari, memaparkan materi.", ["Upi Lestari"]),
])
def test_familiar_honorifics_and_acronyms(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    ("Pjs Ketua KPU Banten, Hendra Wijaya, memimpin rapat pleno.",
     {("Hendra Wijaya", "Pjs. Ketua", None, "KPU Provinsi Banten")}),
    ("Dosen Unair, Bagus Pribadi, menjadi narasumber.", {("Bagus Pribadi", "Dosen", None, "Unair")}),
])
def test_acting_and_university_roles(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, names", [
    # a subject after an opening adverb, and with a verb that is neither me- nor ber-
    ("Kemudian Zainal Arifin menyerahkan piagam kepada para peserta.", ["Zainal Arifin"]),
    ("Dalam kesempatan itu, Nur Hasan bilang pihaknya siap menjalankan tahapan.", ["Nur Hasan"]),
    ("Samsul Huda dilantik menjadi anggota PPK oleh KPU Kabupaten Sumenep.", ["Samsul Huda"]),
    # a thing as the subject, after an opener too, is no person
    ("Sementara itu, Lola Sahdu menjadi program unggulan lapas tersebut.", []),
    ("Selain itu, Rapat Pleno dilantik tidak pernah terjadi.", []),
])
def test_subjects_after_openers(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, name, mentions", [
    # the name is the longest form written: a short form found by a cue takes the full form written without one
    ("Hadir anggota DPRD Provinsi Jawa Tengah dari Fraksi PDIP Indah Palupi. Menurut Indah, kedekatan penting.",
     "Indah Palupi", ["Indah Palupi", "Indah"]),
])
def test_longer_forms(extractor, body, name, mentions):
    persons = _persons(extractor, body)
    assert [p.name for p in persons] == [name]
    assert [m.text for m in persons[0].mentions] == mentions


@pytest.mark.parametrize("body, names", [
    # a holder after a body that ends at its region or at RI
    ("Ketua Komisi II DPR RI Ahmad Rizal Kurnia mengatakan revisi belum dibahas.", ["Ahmad Rizal Kurnia"]),
    ("Ketua DPD Partai Golkar Banten Ahmad Rizal menghadiri rapat.", ["Ahmad Rizal"]),
    # a committee written in full is no name; its holder follows
    ("Ketua Panitia Pemungutan Suara (PPS) Desa Sukamaju, Sunarto, menjelaskan jadwal.", ["Sunarto"]),
    # a name set off by commas before a speech verb
    ("Pengamat politik Universitas Trunojoyo Madura, Sukardi Abdullah, menilai partisipasi tinggi.",
     ["Sukardi Abdullah"]),
    ("Rapat digelar di Kabupaten Blora, Jawa Tengah, menyampaikan hal itu.", []),
])
def test_holders_after_bodies_and_commas(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # list cues with a comma, and a lower-case office between the cue and the names
    ("Turut hadir, antara lain, Ahmad Fauzan, Siti Rohmah, dan Bambang Wijaya.",
     ["Ahmad Fauzan", "Siti Rohmah", "Bambang Wijaya"]),
    ("Rapat pleno dipimpin Ketua KPU Kota Kotamobagu, Dodi Kurniawan, didampingi anggota Sahrul Mamonto dan "
     "Yoyon Saputra.", ["Dodi Kurniawan", "Sahrul Mamonto", "Yoyon Saputra"]),
    # places and bodies in such a list are no names
    ("Di antara tempat didatangi antara lain Mall Pelayanan Publik (MPP), sekolah dan perempatan.", []),
    ("Rapat dihadiri 10 stakeholder, antara lain KPU, Polresta Pati, Kodim 0718 Pati dan Kementerian Agama.", []),
    # a four-letter shortened name word ("Moch.") stays in the name
    ("Sekretaris KPU Kabupaten Lamongan Drs. Moch. Arif Wibowo, M.Si memimpin apel.", ["Moch. Arif Wibowo"]),
])
def test_lists_and_shortened_words(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # initials in capitals after a name stay in it; a degree or an acronym in capitals does not
    ("BANDA ACEH - Ketua KIP Aceh Rusli AH menyampaikan hal itu kepada wartawan.", ["Rusli AH"]),
    ("Anggota KPU Provinsi Jawa Tengah, Rina Kartika SIP, hadir dalam rapat.", ["Rina Kartika"]),
    ("Pelayanan dilakukan oleh Budi Santoso ASN dari dinas terkait.", ["Budi Santoso"]),
    ("Acara dihadiri Kasatpol KBB, kepala cabang PLN Padalarang, dan kepala dinas Diskominfo KBB.", []),
    # the holder after the office ("Kantor") of a body
    ("Kepala Kantor Kementerian Agama Kabupaten Jember, Mahfud, menyampaikan sambutan.", ["Mahfud"]),
])
def test_capital_initials_and_offices(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # the head of a place: the place's name stands between the title and a comma before the holder
    ("Kepala Desa Sukamaju, Ahmad Yasin, menyambut rombongan.", {("Ahmad Yasin", "Kepala Desa", None, None)}),
    ("Camat Kota Lamongan, Sugiharto, turut hadir.", {("Sugiharto", "Camat", None, None)}),
    # a district's name with no comma before the holder; a name of three words stays whole
    ("Acara dibuka Lurah Kedungjati Agus Prasetyo pada Senin.", {("Agus Prasetyo", "Lurah", None, None)}),
    ("Acara dibuka Camat Agus Budi Prasetyo pada Senin.", {("Agus Budi Prasetyo", "Camat", None, None)}),
    # a lowercase title before a body the lexicon names, its holder with no comma
    ("Rapat dihadiri sekretaris Dewan Pendidikan Kudus Budi Santoso dan warga.",
     {("Budi Santoso", "Sekretaris", None, "Dewan Pendidikan Kudus")}),
    # a numbered neighbourhood unit between a title and its holder
    ("Ketua RT 05, Budi Hartono, mendampingi petugas coklit.", {("Budi Hartono", "Ketua", None, None)}),
    # a supervisory division the lexicon names, headed as the member's second office (titles.yaml
    # second_office_titles: two written offices, two roles)
    ("Anggota Bawaslu Kota Surabaya Koordinator Divisi Penanganan Pelanggaran, Novi Bernardus Tarigan, hadir.",
     {("Novi Bernardus Tarigan", "Anggota", None, "Bawaslu Kota Surabaya"),
      ("Novi Bernardus Tarigan", "Ketua Divisi", "Penanganan Pelanggaran", "Bawaslu Kota Surabaya")}),
    # a common word as a name's first word right after a title
    ("Ketua Divisi Teknis Penyelenggaraan KPU Kabupaten Tulungagung Hari Sulistyo menyebut logistik siap.",
     {("Hari Sulistyo", "Ketua Divisi", "Teknis Penyelenggaraan", "KPU Kabupaten Tulungagung")}),
])
def test_places_units_and_common_first_words(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, names", [
    ('"Sudah siap," kata Hari Sulistyo. Peringatan Hari Santri digelar meriah.', ["Hari Sulistyo"]),
    # a name set off by commas after a body
    ("Staf Sekretariat KPU Kota Yogyakarta, Dian Lestari, menjadi operator.", ["Dian Lestari"]),
    ("Rapat digelar di KPU Kabupaten Blora, Jawa Tengah, pada Senin.", []),
    ("Lokasinya di KPU Kota Surabaya, Gedung Negara Grahadi, menjadi tempat rapat.", []),
])
def test_names_after_bodies_and_cues(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # one-word names after a list cue where they end the phrase, also inside a list with longer names
    ("Acara dibuka oleh Sugiharto dan dilanjutkan dengan diskusi.", ["Sugiharto"]),
    ("Hadir bersama Rudi, Andi, Siti Aminah dan Budi.", ["Rudi", "Andi", "Siti Aminah", "Budi"]),
    ("Perolehan suara terbanyak berikutnya adalah Bagus Eko Prasetyo dengan 1.200 suara.", ["Bagus Eko Prasetyo"]),
    ("Dasar negara kita adalah Pancasila, dan aplikasinya adalah Sirekap.", []),
    # bodies, roles and common nouns after the same cues are no names
    ("Surat itu disampaikan kepada Penyelenggara, lalu diteruskan kepada Kemendagri.", []),
    ("Pemateri disampaikan oleh Narasumber. Acara dipandu oleh Moderator.", []),
    ("Penghargaan diberikan kepada Pemprov. Sosialisasi digelar bersama Warga.", []),
])
def test_one_word_names_after_list_cues(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # candidates after a ballot number, a pair's one-word names included
    ("Pasangan calon nomor urut satu, Ratna Dewi Anggraeni dan Fajar Maulana Yusuf mendapat suara sah terbanyak.",
     ["Ratna Dewi Anggraeni", "Fajar Maulana Yusuf"]),
    ("Sedangkan pasangan cabup dan cawabup nomor urut dua, Darto-Wahid mendapat 222.801 suara sah.",
     ["Darto", "Wahid"]),
    ("Paslon nomor urut 3 Edi Santoso-Wardoyo unggul di semua kecamatan.", ["Edi Santoso", "Wardoyo"]),
    # the running mate after "dan" may be one word that ends the phrase; a district there is none
    ("Pasangan calon nomor urut 1, Ratna Dewi Anggraeni dan Sukardi, mengajukan permohonan ke Mahkamah Konstitusi.",
     ["Ratna Dewi Anggraeni", "Sukardi"]),
    ("Pasangan nomor urut 1, Ratna Dewi Anggraeni dan Cianjur, mendapat suara terbanyak.", ["Ratna Dewi Anggraeni"]),
    # a ballot number before anything but names gives none
    ("Nomor urut 1 Pilkada 2024 dibagikan kepada peserta.", []),
    # a pair's sides joined by a dash, spaced or not, after the number
    ("Pasangan calon nomor urut 2, Yohanes Wenda– Markus Tabuni unggul dari nomor urut 1, Piter Kogoya–Rinus Yikwa.",
     ["Yohanes Wenda", "Markus Tabuni", "Piter Kogoya", "Rinus Yikwa"]),
    # "paslon nomor" is a ballot number too, the pair in parentheses or after a comma
    ("Tim Pemenangan Paslon nomor 5 (Darto—Wahid) melaporkan Paslon No. 4, Edi—Nanda ke Bawaslu.",
     ["Darto", "Wahid", "Edi", "Nanda"]),
    # a number that counts documents opens no pair
    ("Surat nomor 5 (SK–KPU) dikirim ke Bawaslu.", []),
])
def test_numbered_candidates(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # the holder in parentheses after the title phrase
    ("Hal itu dikatakan Ketua KPU Kota Surabaya (Nur Hidayat) kepada wartawan.",
     {("Nur Hidayat", "Ketua", None, "KPU Kota Surabaya")}),
    # an election's short name in parentheses after an office word is no holder
    ("KPU menggelar debat Pemilihan Walikota (Pilwali) dan Pemilihan Gubernur (Pilgub Jateng) tahun ini.", set()),
    ("Panitia Pemilihan Kepala Desa (Pilkades Serentak) menggelar rapat.", set()),
])
def test_holders_in_parentheses(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, expected", [
    # a body acting through its officer gives the officer's role its body
    ("Komisi Pemilihan Umum (KPU) Kota Madiun melalui Anggota Divisi Teknis Penyelenggaraan Pemilu, Bagus Wicaksono, "
     "menyampaikan materi.", {("Bagus Wicaksono", "Anggota", "Teknis Penyelenggaraan Pemilu", "KPU Kota Madiun")}),
    # an officer written with a body of its own keeps that body
    ("KPU Kabupaten Blora melalui Ketua Bawaslu Blora, Sugeng Widodo, menyerahkan berkas.",
     {("Sugeng Widodo", "Ketua", None, "Bawaslu Kabupaten Blora")}),
])
def test_body_acting_through_its_officer(extractor, body, expected):
    assert _roles(extractor, body) == expected


# Names of other naming traditions (benchmarks/metamorphic.py): a region's name after a name word is a family name, a
# long Balinese name keeps all its words, a short capitalised word before a stop ends the name unless it is a shortened
# name word, Sundanese familiar honorifics stay outside, particles join a name read before a title.
@pytest.mark.parametrize("body, names", [
    ("Hal itu dikatakan Ketua KPU Kabupaten Toba, Rudolf Samosir, di kantornya.", {"Rudolf Samosir"}),
    ("Ketua KPU Kabupaten Deli Serdang, Ayu Pratiwi Batubara, menekankan pentingnya data.", {"Ayu Pratiwi Batubara"}),
    ("Kegiatan dibuka oleh Ketua KPU Kabupaten Gianyar, I Gusti Ngurah Agung Wirawan Putra, kemarin.",
     {"I Gusti Ngurah Agung Wirawan Putra"}),
    ("\"Semua siap,\" ucap Ni Komang Ayu Yasa. Dijelaskannya, tahapan berjalan lancar.", {"Ni Komang Ayu Yasa"}),
    ("Ketua KPU Kabupaten Demak, Moh. Sholeh Hasan, mengatakan hal itu.", {"Moh. Sholeh Hasan"}),
    ("Ketua KPU Kabupaten Garut, Teh Euis Komalasari, mengatakan hal itu.", {"Euis Komalasari"}),
    ("Terakhir, Albertus van Roon, Kadiv Hukum dan Pengawasan, menjelaskan aturan.", {"Albertus van Roon"}),
    # negatives: a region at a name's start is the place, an electoral district is no name
    ("Berkas diterima Ketua KPU Blora Budi di kantor.", {"Budi"}),
    ("Berkas calon dari Partai Golkar Dapil Cilacap 4 diserahkan kemarin.", set()),
])
def test_names_of_other_traditions(extractor, body, names):
    assert {p.name for p in _persons(extractor, body)} == names


# Persons without the usual cues (issue 6; benchmarks/metamorphic.py --style bare,order,titlecase,honorifics): the
# words around a name say it is one when no honorific or degree does, a list "Name, Title, Name, Title" gives each name
# the title after it, a Title Case headline's words make no name, honorifics inside a list keep the list going.
@pytest.mark.parametrize("body, names", [
    ("Berkas PAW calon yang meninggal dunia atas nama: Hendra Wijaya diserahkan kemarin.", ["Hendra Wijaya"]),
    ("Penggantinya calon nomor urut 7 atas nama SUGIYONO yang memperoleh suara terbanyak.", ["SUGIYONO"]),
    ("Warga yang terdaftar adalah Sutrisno dari Dusun Karanganyar, Desa Mekarsari.", ["Sutrisno"]),
    ("Diskusi menghadirkan narasumber Herlambang (Advokat), serta Dimas Agung Prakoso (Advokat), dan dimoderatori "
     "staf KPU.", ["Herlambang", "Dimas Agung Prakoso"]),
    # negatives: a body after the cue, a one-word capitalised body after "atas nama", a reduplicated Title Case term
    ("Surat itu ditandatangani atas nama KPU Kabupaten Blora oleh sekretaris.", []),
    ("Dana hibah dicairkan atas nama PEMDA untuk tahapan pemilihan.", []),
    ("Penguatan Kelembagaan Melalui Konsep Sapu-Sapu Bersih Di Jawa Tengah", []),
    ("Kunjungan Sekprov KPU Jateng Ke Blora : Konsolidasi Tim", []),
])
def test_names_without_honorifics(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    ("Rakor dihadiri juga Rina Kartika, Kadiv SDM Litbang, Joko Purnomo, Kadiv Hukum dan Pengawasan, Agus Salim, "
     "Kadiv Teknis.",
     {("Rina Kartika", "Ketua Divisi", "Sumber Daya Manusia Penelitian dan Pengembangan", None),
      ("Joko Purnomo", "Ketua Divisi", "Hukum dan Pengawasan", None),
      ("Agus Salim", "Ketua Divisi", "Teknis Penyelenggaraan", None)}),
    # negative: a list of "Title, Name" keeps reading each name after its title, honorifics before the names too
    ("Rakor dihadiri juga Kadiv SDM Litbang, Pak Rina Kartika, Kadiv Hukum dan Pengawasan, Pak Joko Purnomo, Kadiv "
     "Teknis, Bu Sari Wulan.",
     {("Rina Kartika", "Ketua Divisi", "Sumber Daya Manusia Penelitian dan Pengembangan", None),
      ("Joko Purnomo", "Ketua Divisi", "Hukum dan Pengawasan", None),
      ("Sari Wulan", "Ketua Divisi", "Teknis Penyelenggaraan", None)}),
    ("Rapat dihadiri Ketua KPU Kota Semarang, Budi Santoso, Anggota KPU Kota Semarang, Siti Aminah, Sekretaris KPU "
     "Kota Semarang, Joko Susilo.",
     {("Budi Santoso", "Ketua", None, "KPU Kota Semarang"), ("Siti Aminah", "Anggota", None, "KPU Kota Semarang"),
      ("Joko Susilo", "Sekretaris", None, "KPU Kota Semarang")}),
    # honorifics inside a list of members: every member keeps the office
    ("Pleno dihadiri Anggota Bapak Bayu Eko Raharjo, Dr. Rini Astuti dan H. Suci Lestari di kantor KPU.",
     {("Bayu Eko Raharjo", "Anggota", None, None), ("Rini Astuti", "Anggota", None, None),
      ("Suci Lestari", "Anggota", None, None)}),
    # negative: "Dr." after a name with nothing named after it is the name's degree
    ("Pleno dipimpin Ketua KPU Kabupaten Sukoharjo Bayu Eko Raharjo, Dr. di kantornya.",
     {("Bayu Eko Raharjo", "Ketua", None, "KPU Kabupaten Sukoharjo")}),
])
def test_roles_without_honorifics_and_in_name_title_lists(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, names", [
    # "Pak Rini-Edi" after the pair is written in full: the two short names, not one name
    ("Pasangan Rini Handayani-Edi Waluyo unggul. Pasangan terpilih Pak Rini-Edi menyampaikan visi misi.",
     ["Rini Handayani", "Edi Waluyo"]),
    # an honorific before a numbered pair of one-word names
    ("Paslon nomor urut dua, Dr. Warno-Hanif mendapat 222.801 suara sah.", ["Warno", "Hanif"]),
    # negative: a hyphenated name whose halves name nobody else stays one name
    ("Sambutan disampaikan Bapak Nur-Aini di aula.", ["Nur-Aini"]),
])
def test_short_pair_after_honorific(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


# Role constructions left open (issue 6; benchmarks/metamorphic.py --style bare,order): the other members of a team
# after "komisioner lainnya" each hold the title written, the division in parentheses that member's; one title with two
# divisions before the name gives one role with both; a name right before a title and its body (no comma) holds it.
@pytest.mark.parametrize("body, expected", [
    ("Tim dari KPU Kabupaten Banyumas dikoordinatori Rudi Hartanto (Divisi Teknis Penyelenggaraan) dan komisioner "
     "lainnya Sri Wahyuni (Divisi Hukum) dan M Salim menyambangi Kantor DPC Partai Golkar Kabupaten Banyumas.",
     {("Rudi Hartanto", "Ketua Divisi", "Teknis Penyelenggaraan", None), ("Sri Wahyuni", "Anggota", "Hukum", None),
      ("M Salim", "Anggota", None, None)}),
    ("Ketua KPU Kabupaten Pati didampingi anggota KPU lainnya, Budi Santoso dan Siti Aminah, meninjau gudang.",
     {("Budi Santoso", "Anggota", None, "KPU Kabupaten Pati"), ("Siti Aminah", "Anggota", None, "KPU Kabupaten Pati")}),
    # negative: "lainnya" with no name after it names nobody
    ("Ketua KPU Kabupaten Pati hadir bersama anggota lainnya dalam rapat pleno terbuka.", set()),
    # "lain" as "lainnya": "Komisioner lain A dan B" are the other members, each holds the title; with no name after
    # it, nobody
    ("Rombongan KPU Kabupaten Pati dipimpin Ketua Budi Santoso bersama Komisioner lain Rina Marlina dan Siti Aminah.",
     {("Budi Santoso", "Ketua", None, None), ("Rina Marlina", "Anggota", None, None),
      ("Siti Aminah", "Anggota", None, None)}),
    ("Ketua KPU Kabupaten Pati mengatakan anggota lain tidak hadir dalam rapat pleno terbuka.", set()),
    ("Hadir Anggota KPU Kabupaten Bandung Divisi Perencanaan, Program dan Data dan Divisi Teknis Penyelenggara Rina "
     "Marlina dalam rapat.", {("Rina Marlina", "Anggota", "Perencanaan, Program dan Data dan Teknis Penyelenggara",
                               "KPU Kabupaten Bandung")}),
    # negatives: a list gives each member the division before the name; a second title word starts another office
    ("Hadir Anggota KPU Kabupaten Bandung Divisi Perencanaan, Program dan Data, Budi Santoso dan Divisi Teknis "
     "Penyelenggara Rina Marlina dalam rapat.",
     {("Budi Santoso", "Anggota", "Perencanaan, Program dan Data", "KPU Kabupaten Bandung"),
      ("Rina Marlina", "Anggota", "Teknis Penyelenggara", "KPU Kabupaten Bandung")}),
    ("Rapat dihadiri Ketua Divisi Hukum dan Koordinator Divisi Teknis KPU Kabupaten Pati, Rina Marlina.",
     {("Rina Marlina", "Ketua Divisi", "Teknis Penyelenggaraan", "KPU Kabupaten Pati")}),
    # with a holder set off by a comma before the title too, the divisions are shared out in order
    ("Hadir pula Budi Santoso, Anggota KPU Kabupaten Bandung Divisi Perencanaan, Program dan Data dan Divisi Teknis "
     "Penyelenggara Rina Marlina dalam rapat.",
     {("Budi Santoso", "Anggota", "Perencanaan, Program dan Data", "KPU Kabupaten Bandung"),
      ("Rina Marlina", "Anggota", "Teknis Penyelenggara", "KPU Kabupaten Bandung")}),
    # a one-word name right before a title followed by its body, inside a clause: the title's holder
    ("Semua kader siap, tegas Budiarto Ketua Dewan Pimpinan Cabang Partai Demokrat Kabupaten Cilacap didampingi "
     "pengurus.", {("Budiarto", "Ketua", None, "Dewan Pimpinan Cabang Partai Demokrat Kabupaten Cilacap")}),
    ("Rombongan diterima Sunarto Ketua DPC Partai Golkar Kabupaten Cilacap di kantornya.",
     {("Sunarto", "Ketua", None, "DPC Partai Golkar Kabupaten Cilacap")}),
    # negatives: no body after the title; the capitalised first word of a sentence
    ("Rombongan diterima Sunarto Ketua sementara di kantornya.", set()),
    ("Kemarin Ketua DPC Partai Golkar Kabupaten Cilacap datang ke kantor KPU.", set()),
])
def test_roles_left_open(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, expected", [
    # a region's other name between the body and the holder: in parentheses after the body's name, or after a level
    ("Komisi Pemilihan Umum (KPU) Lampung Barat (Lambar) menggelar sosialisasi. Komisioner KPU Lambar Divisi Teknis "
     "Penyelenggaraan Hendra Saputra mengatakan, persiapan lancar.",
     {("Hendra Saputra", "Anggota", "Teknis Penyelenggaraan", "KPU Kabupaten Lampung Barat")}),
    ("Ketua KPU Tabar Rina Oktaviani mengatakan, pelantikan PPK digelar di aula Kabupaten Tabar.",
     {("Rina Oktaviani", "Ketua", None, None)}),
    # ... but a holder's name in parentheses after the body is no other name of its region
    ("Koordinasi diikuti Sekretaris KPU Kota Kediri (Sugiyanto) dan staf. Sekretaris KPU Kota Kediri Sugiyanto "
     "menyampaikan data.", {("Sugiyanto", "Sekretaris", None, "KPU Kota Kediri")}),
    # "Kepala Divisi" is a division's head
    ("Rakor diikuti oleh Kepala Divisi Perencanaan, Data dan Informasi KPU Kota Tomohon Yohana Rumengan.",
     {("Yohana Rumengan", "Ketua Divisi", "Perencanaan, Data dan Informasi", "KPU Kota Tomohon")}),
    # each "selaku" title follows its own holder in a list
    ("KPU diwakili oleh Robert Kaunang selaku Kadiv Perencanaan, Data dan Informasi, Maria Lumi selaku Kasubbag "
     "Perencanaan Data dan Informasi, serta Stefi Rondonuwu selaku operator.",
     {("Robert Kaunang", "Ketua Divisi", "Perencanaan, Data dan Informasi", None),
      ("Maria Lumi", "Kepala Subbagian", "Perencanaan Data dan Informasi", None)}),
    ("Acara dibuka oleh Ketua KPU Kabupaten Blora Budi Santoso selaku penanggung jawab kegiatan.",
     {("Budi Santoso", "Ketua", None, "KPU Kabupaten Blora")}),
    # a title after a member's name and a comma that a list of those present goes on from is no office of his
    ("Hadir Anggota KPU Kabupaten Lumajang Divisi Hukum Joko Susilo, Kepala Subbagian Teknis serta Staf Sekretariat.",
     {("Joko Susilo", "Anggota", "Hukum", "KPU Kabupaten Lumajang")}),
    ("Kegiatan dihadiri Joko Susilo, Kepala Subbagian Teknis KPU Kabupaten Lumajang, serta staf.",
     {("Joko Susilo", "Kepala Subbagian", "Teknis Penyelenggaraan", "KPU Kabupaten Lumajang")}),
    # a one-word holder in parentheses after a title with its body or division
    ("Koordinasi diikuti oleh Komisioner KPU Kota Kediri Divisi Data dan Informasi (Sutarno), Komisioner Divisi SDM "
     "Parmas (Wiyono) dan staf.",
     {("Sutarno", "Anggota", "Data dan Informasi", "KPU Kota Kediri"),
      ("Wiyono", "Anggota", "Sumber Daya Manusia Partisipasi Masyarakat", None)}),
    ("Rapat membahas Divisi Sosialisasi Pendidikan Pemilih (Sosdiklih) dan program Pemilihan Walikota (Pilwali).", set()),
    ("Hadir Kepala Bagian Perencanaan, Data, Organisasi dan SDM (PDOS) KPU Provinsi Sulawesi Utara Maya Lumenta.",
     {("Maya Lumenta", "Kepala Bagian", "Perencanaan, Data, Organisasi dan Sumber Daya Manusia",
       "KPU Provinsi Sulawesi Utara")}),
    # a division written in lower case after the word "divisi"
    ("KPU Kabupaten Bulukumba menggelar simulasi. Komisioner KPU divisi teknis, Yuliani yang mengarahkan kegiatan "
     "tersebut mengingatkan petugas.", {("Yuliani", "Anggota", "Teknis Penyelenggaraan", "KPU Kabupaten Bulukumba")}),
    ("Kunjungan diikuti oleh Bapak Hasan Basri selaku Komisioner divisi data, Bapak Rahmat S selaku Plh. Sub "
     "Koordinator Program.", {("Hasan Basri", "Anggota", "data", None),
                               ("Rahmat S", "Plh. Subkoordinator", "Program", None)}),
    # "Ketua dan Anggota <body> masing-masing A, B, dan C": the first name holds the first title
    ("Pembukaan dihadiri Ketua dan Anggota Bawaslu Provinsi Sulawesi Barat masing-masing Andi Rahman, Yusuf Lallo, "
     "dan DR Nurlina Basri.",
     {("Andi Rahman", "Ketua", None, "Bawaslu Provinsi Sulawesi Barat"),
      ("Yusuf Lallo", "Anggota", None, "Bawaslu Provinsi Sulawesi Barat"),
      ("Nurlina Basri", "Anggota", None, "Bawaslu Provinsi Sulawesi Barat")}),
    ("Pembukaan dihadiri Anggota Bawaslu Provinsi Sulawesi Barat masing-masing Andi Rahman dan Yusuf Lallo.",
     {("Andi Rahman", "Anggota", None, "Bawaslu Provinsi Sulawesi Barat"),
      ("Yusuf Lallo", "Anggota", None, "Bawaslu Provinsi Sulawesi Barat")}),
    # "yang sekaligus" joins a second office
    ("Turut hadir Anggota KPU Provinsi Sulawesi Barat yang sekaligus Ketua Divisi Hukum dan Pengawasan, Farid Lamba.",
     {("Farid Lamba", "Anggota", None, "KPU Provinsi Sulawesi Barat"),
      ("Farid Lamba", "Ketua Divisi", "Hukum dan Pengawasan", "KPU Provinsi Sulawesi Barat")}),
    # a sentence opens with a name whose first word is otherwise a common word
    ("Hari Wibisono, Komisioner KPU Kabupaten Subang, menjadi narasumber pada acara tersebut.",
     {("Hari Wibisono", "Anggota", None, "KPU Kabupaten Subang")}),
    ("Pada Hari Sabtu, Komisioner KPU Kabupaten Subang, Dedi Mulyana, menjadi narasumber.",
     {("Dedi Mulyana", "Anggota", None, "KPU Kabupaten Subang")}),
    # a list of names each with its title after it, without commas between name and title
    ("Kegiatan dihadiri oleh Rudi Sinaga Ketua KPU Kabupaten Dairi, Maria Purba Anggota KPU Kabupaten Dairi dari "
     "Divisi Teknis Penyelenggaraan dan staf.",
     {("Rudi Sinaga", "Ketua", None, "KPU Kabupaten Dairi"),
      ("Maria Purba", "Anggota", "Teknis Penyelenggaraan", "KPU Kabupaten Dairi")}),
    ("Kegiatan dihadiri oleh Ketua KPU Kabupaten Dairi, Maria Purba dan staf.",
     {("Maria Purba", "Ketua", None, "KPU Kabupaten Dairi")}),
    # a member's division written after the name is that member's division, not a second role
    ("Rombongan diterima langsung oleh Anggota KPU Kabupaten Jembrana I Made Sudarma Divisi Hukum.",
     {("I Made Sudarma", "Anggota", "Hukum", "KPU Kabupaten Jembrana")}),
    ("Hadir pula Budi Santoso, Divisi Teknis KPU Kabupaten Jembrana.",
     {("Budi Santoso", "Ketua Divisi", "Teknis Penyelenggaraan", "KPU Kabupaten Jembrana")}),
    # a member's title with its body, then the division head's title: two offices
    ("Komisioner KPU Kabupaten Tabanan Ketua Divisi Perencanaan, Data dan Informasi, I Wayan Sukarta mengungkapkan "
     "terima kasih.",
     {("I Wayan Sukarta", "Anggota", None, "KPU Kabupaten Tabanan"),
      ("I Wayan Sukarta", "Ketua Divisi", "Perencanaan, Data dan Informasi", "KPU Kabupaten Tabanan")}),
    # "Koordiv" is the division head's title
    ("Ketua Bawaslu Bone didampingi Koordiv Pencegahan Arman Lato.",
     {("Arman Lato", "Ketua Divisi", "Pencegahan", None)}),
    # a school's vice-head named by the area overseen: the area is no name
    ("Kegiatan disambut guru sekaligus Wakil Kepala Kurikulum, Dewi Anggraini, M.Pd. di ruang kelas.",
     {("Dewi Anggraini", "Wakil Kepala", None, None)}),
    # the secretariat's sub-coordinator with the field coordinated
    ("Rapat diikuti Subkoordinator Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat KPU Kabupaten "
     "Blora, Rina Wati.", {("Rina Wati", "Subkoordinator",
                            "Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat", "KPU Kabupaten Blora")}),
    ("Kunjungan diikuti Bapak Yusuf Hamdani selaku Plh. Sub Koordinator Program dan Data KPU Kota Jakarta Selatan.",
     {("Yusuf Hamdani", "Plh. Subkoordinator", "Program dan Data", "KPU Kota Jakarta Selatan")}),
    # "Div." for Divisi
    ("Hadir Anggota KPU Kab. Semarang Div. Hukum, Bagus Santoso. Ketua Div. Sosdiklih KPU Kabupaten Kendal, Agus "
     "Salim menyampaikan.", {("Bagus Santoso", "Anggota", "Hukum", "KPU Kabupaten Semarang"),
                             ("Agus Salim", "Ketua Divisi", "Sosialisasi, Pendidikan Pemilih", "KPU Kabupaten Kendal")}),
])
def test_roles_on_fresh_offices(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("headline, body, name", [
    # a Title Case headline does not lengthen a full name with the words after it
    ("Kunjungi KPU Kabupaten Garut, Hendra Wiguna Tekankan Penguatan SDM",
     "Hal ini disampaikan oleh Anggota KPU Republik Indonesia Divisi Sumber Daya Manusia, Organisasi, Pendidikan dan "
     "Pelatihan, Hendra Wiguna di kantor KPU Kabupaten Garut.", "Hendra Wiguna"),
    # ... but a one-word name of the body is lengthened by its full form in the headline
    ("Agus Riyanto Buka Rapat Pleno", "Sekretaris Agus hadir. Agus mengatakan siap bekerja.", "Agus Riyanto"),
])
def test_names_in_title_case_headlines(extractor, headline, body, name):
    persons = extractor.extract(headline + "\n\n" + body, "t")[0].persons
    assert [p.name for p in persons] == [name]


@pytest.mark.parametrize("body, names", [
    # a nurse's and a pharmacist's honorific before the name
    ("Hadir pula Ns. Rudi Hartono, S.Kep dan apt. Dewi Lestari, S.Farm. di aula.", ["Rudi Hartono", "Dewi Lestari"]),
    # an operator of an election application is a person named after (or before) the operator's job
    ("Rakor diikuti Kasubag Program dan Data Maya Sondakh, Operator Sidalih Rivo Tumbel dan Sinta Wowor.",
     ["Maya Sondakh", "Rivo Tumbel", "Sinta Wowor"]),
    ("Kegiatan dihadiri oleh Divisi Rendatin, Bagus Pratama, bersama Operator Sidalih, Wahyu Dwi Santoso.",
     ["Bagus Pratama", "Wahyu Dwi Santoso"]),
    ("KPU diwakili oleh Nita Rumondor selaku operator sidalih dan staf.", ["Nita Rumondor"]),
    ("Data diinput oleh operator Sidalih di masing-masing kecamatan.", []),
    # an application's administrator likewise; the job alone names no one
    ("Setiap berkas diteliti oleh tim yang diketuai Admin Sipol Rahmi Safitri sebelum dikembalikan.", ["Rahmi Safitri"]),
    ("Pelatihan itu diikuti admin Silon dari setiap partai politik.", []),
    # "Bt." (binti) and the father's name after it belong to a woman's name
    ("Rapat dibuka Ketua Bawaslu Kabupaten Seram, Wulan Sari Bt. Ahmad Yunus, pada pagi hari.",
     ["Wulan Sari Bt. Ahmad Yunus"]),
    # a Batak woman's clan name after "br." (boru) belongs to her name
    ("Anggota KPU Kabupaten Karo, Rosita br. Ginting hadir dalam rapat.", ["Rosita br. Ginting"]),
    # a capitalised list cue, and "yaitu" after it
    ("Narasumber yaitu Hendra Gunawan (akademisi) dan Lina Marlina (Bawaslu Boyolali). Pemateri: Bagus Santoso.",
     ["Hendra Gunawan", "Lina Marlina", "Bagus Santoso"]),
])
def test_names_on_fresh_offices(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # a lower-case title and an election body's bare word before the holder; only before a name ("KPU Kabu" is none)
    ("Rapat dihadiri anggota KPU Jepara Ahmad Fauzi. Hadir pula anggota Bawaslu M Yunus.",
     {("Ahmad Fauzi", "Anggota", None, "KPU Kabupaten Jepara"), ("M Yunus", "Anggota", None, None)}),
    ("Rapat dipimpin Koordinator Divisi Data KPU, Budi Hartono.", {("Budi Hartono", "Ketua Divisi", "Data", None)}),
    ("Hadir pula Ketua Divisi Rendatin KPU Kabupaten Magelang. Ketua Divisi Rendatin KPU Kabu", set()),
    # a relative clause between the title and its holder; one that makes the office a former one is no role
    ('"Kami siap," kata Ketua KPU Kabupaten Lamandau yang baru dilantik, Hendra Saputra.',
     {("Hendra Saputra", "Ketua", None, "KPU Kabupaten Lamandau")}),
    ("Hadir Ketua KPU Kabupaten Blora yang lama, Budi Santoso.", set()),
    # a second office in lower case after the member's body
    ("Hadir Anggota Bawaslu Kabupaten Blora koordinator divisi penanganan pelanggaran, Ahmad Fauzi.",
     {("Ahmad Fauzi", "Anggota", None, "Bawaslu Kabupaten Blora"),
      ("Ahmad Fauzi", "Ketua Divisi", "penanganan pelanggaran", "Bawaslu Kabupaten Blora")}),
    # "Koordinator Divisi" after a member's body is a second office, with or without a comma, as "Ketua Divisi" is
    ("Anggota Bawaslu Kabupaten Blora, Koordinator Divisi Hukum dan Penyelesaian Sengketa, Ahmad Fauzi berharap.",
     {("Ahmad Fauzi", "Anggota", None, "Bawaslu Kabupaten Blora"),
      ("Ahmad Fauzi", "Ketua Divisi", "Hukum dan Penyelesaian Sengketa", "Bawaslu Kabupaten Blora")}),
    ("Anggota KPU Provinsi Jawa Tengah Koordinator Divisi Teknis Penyelenggaraan Pemilu KPU Provinsi Jawa Tengah, "
     "Rina Kusuma, S.Sos. dalam sambutannya.",
     {("Rina Kusuma", "Anggota", None, "KPU Provinsi Jawa Tengah"),
      ("Rina Kusuma", "Ketua Divisi", "Teknis Penyelenggaraan Pemilu", "KPU Provinsi Jawa Tengah")}),
    # negative: the word "Divisi" alone after the body is the member's division, no second office
    ("Anggota Bawaslu Kabupaten Blora, Divisi Hukum dan Penyelesaian Sengketa, Ahmad Fauzi berharap.",
     {("Ahmad Fauzi", "Anggota", "Hukum dan Penyelesaian Sengketa", "Bawaslu Kabupaten Blora")}),
    # misspelt title and division words; a division acronym with a digit
    ("Koodinator Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa (P3S) Bawaslu Malteng Siti Nur Halimah, "
     "saat dikonfirmasi.", {("Siti Nur Halimah", "Ketua Divisi", "Penanganan Pelanggaran dan Penyelesaian Sengketa",
                              "Bawaslu Kabupaten Maluku Tengah")}),
    ("Hadir Anggota KPU Kabupaten Blora Divisi Partisipasi Masyrakat dan SDM, Rina Kusuma.",
     {("Rina Kusuma", "Anggota", "Partisipasi Masyarakat dan Sumber Daya Manusia", "KPU Kabupaten Blora")}),
    # titles after "masing-masing" shared out in order over the names listed before it; one title for two is none
    ("Ketua KPU Kabupaten Blora didampingi Ahmad Fauzi dan Rina Kusuma, masing-masing Koordiv Hukum dan Koordiv "
     "Teknis.", {("Ahmad Fauzi", "Ketua Divisi", "Hukum", None),
                 ("Rina Kusuma", "Ketua Divisi", "Teknis Penyelenggaraan", None)}),
    ("Rapat dihadiri Ahmad Fauzi, Rina Kusuma dan Budi Santoso, masing-masing sebagai Ketua, Sekretaris dan "
     "Bendahara.", {("Ahmad Fauzi", "Ketua", None, None), ("Rina Kusuma", "Sekretaris", None, None),
                    ("Budi Santoso", "Bendahara", None, None)}),
    ("Hadir Ahmad Fauzi dan Rina Kusuma, masing-masing Ketua Divisi Hukum.", set()),
    # a one-word "holder" followed by a term word is the place of an election
    ("KPU menggelar pemilihan Walikota dan Wakil Walikota Siantar tahun 2020 di hotel.", set()),
    ("Hadir Walikota Semarang Budi Santoso tahun lalu.", {("Budi Santoso", "Walikota", None, None)}),
    # a minister's office written short
    ("Hadir Menkopolhukam Budi Santoso dalam rapat itu.",
     {("Budi Santoso", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", None, None)}),
    # a street named after an office holder; a body's English name after a title; a headline's verbs
    ("Rapat digelar di Jl. Jaksa Agung Suprapto Kota Kediri.", set()),
    ("Hadir Direktur Democracy and Electoral Empowerment Partnership Indonesia.", set()),
])
def test_roles_second_offices_misspellings_and_shared_titles(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # a speaker named after a description in lower case and a comma, at the clause's end
    ('"Kami siap mengikuti tahapan," kata salah satu peserta, Budi Santoso.', ["Budi Santoso"]),
    ('"Kami siap," kata siswi kelas XII SMAN 1 Bulik, Siti Aminah.', ["Siti Aminah"]),
    ('"Kami siap," ujar Budi Santoso kepada wartawan, Senin.', ["Budi Santoso"]),
    ('"Kami siap," kata dia di Kantor KPU, Jakarta.', []),
    # a holder's name in capitals right after the title phrase; a headline's words in capitals are none
    ("Hadir Ketua KPU Kabupaten Lamandau HENDRA SAPUTRA dalam rapat.", ["HENDRA SAPUTRA"]),
    ("Ketua KPU Kabupaten Blora HADIRI RAPAT PLENO di aula.", []),
    # a one-word name opening a clause, then "salah satu" and a word for people; a place before it is none
    ("Saat kotak suara dibuka, Rudi salah satu saksi perwakilan paslon 02 menolak menandatangani.", ["Rudi"]),
    ("Menurut dia Kabupaten Blora salah satu peserta terbanyak.", []),
    # initials with stops inside a name, the last without its stop; a degree's letters are no initials
    ("Kegiatan diikuti Staf Sekretariat, Halomoan P.G.L Sitorus, dalam rapat.", ["Halomoan P.G.L Sitorus"]),
    ("Hadir Budi Santoso S.H.I Ketua Divisi Hukum.", ["Budi Santoso"]),
    ("Komisioner Bawaslu Halut Diduga Langgar Kode Etik di Sidang MK", []),
    # a ministry's portfolio, a district-wide class of officers, a system's admin and "Pihak" (the side of) after a
    # title or cue are no names; a name in the same list still is
    ("Rapat bersama Menteri Agraria dan Tata Ruang dan Camat Sekabupaten Lamongan, Trantib Sekabupaten Lamongan.", []),
    ("Hadir Kasubbag Perencanaan, Admin/Operator Sidalih se-Jawa Barat dan Ketua KPU Rudi Hartono.", ["Rudi Hartono"]),
    ("Pihak BDK mengemukakan belum memutuskan dukungan.", []),
    # a navy base's commander is a title, not a name; an Acehnese cleric's honorific is no part of his name; a
    # degree written with its last letter in lower case ends the name before it
    ("Rapat dihadiri Gubernur Aceh, Danrem, Danlantamal II Sabang, Danlanud dan tokoh masyarakat.", []),
    ("Peusijeuk dilakukan oleh Waled Baharuddin di kantor KIP Aceh Timur.", ["Baharuddin"]),
    ("Hasanuddin, S.Pdi, Komisioner KPU Luwu yang membidangi Divisi Sosialisasi, mengatakan sosialisasi penting.",
     ["Hasanuddin"]),
])
def test_names_after_descriptions_in_capitals_and_with_initials(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # a rank inside the run of capitalised words opens the holder's name; the place before it is the unit's, "Ops"
    # the section he heads (its division)
    ("Kapolres didampingi Kabag Ops Tapsel Kompol Rudi Hartono mengecek gudang logistik.",
     {("Rudi Hartono", "Kepala Bagian", "Ops", None)}),
    ("Kapolres Humbahas AKBP Dedi Setiawan meninjau gudang logistik KPU, Senin.",
     {("Dedi Setiawan", "Kepala", None, "Polres Humbahas")}),
    # a reflexive pronoun, a capitalised speech verb or a term after a title opens no name
    ("Dirinya mengimbau agar rapat pleno berjalan aman.", set()),
    ("Dalam sambutannya Ketua KPU Kota Padang Mengatakan tahapan berjalan lancar.", set()),
    ("Rapat menetapkan nomor urut Calon Wali Kota dan Wakil Wali Kota Periode 2018-2023.", set()),
    # an alias of a region written as a place is a place; a name word spelt like it but not as written is a name
    ("Pengamanan dipimpin Kapolres Pandeglang, AKBP Oki Prasetyo Wibowo, selama 24 jam.",
     {("Oki Prasetyo Wibowo", "Kepala", None, "Polres Pandeglang")}),
    # the head of a place named after the holder: the one word after the title is the place, not a second person
    ("Ahmad Fauzi, Kepala Desa Sukamaju, menyambut baik sosialisasi itu.", {("Ahmad Fauzi", "Kepala Desa", None, None)}),
    ("Ahmad Fauzi, Kepala Desa Sukamaju mengatakan warga antusias.", {("Ahmad Fauzi", "Kepala Desa", None, None)}),
    ("Hadir Kepala Desa Sukamaju, Ahmad Fauzi, dalam acara.", {("Ahmad Fauzi", "Kepala Desa", None, None)}),
    # a degree also written before names opens the next name: the place before it is none
    ("Hadir Camat Jepon, Drs. Agus Salim dalam acara.", {("Agus Salim", "Camat", None, None)}),
    # a region's other name in parentheses after the body; the division then the body set off by commas before the
    # holder; division abbreviations written as one word
    ("Anggota KPU Provinsi Jawa Timur (Jatim) Divisi SDM & Litbang, Rina Kartika, mengatakan sosialisasi penting.",
     {("Rina Kartika", "Anggota", "Sumber Daya Manusia & Penelitian dan Pengembangan", "KPU Provinsi Jawa Timur")}),
    ("Hadir Kadiv. Sosdiklih Parmas, KPU Provinsi Jawa Tengah, Dewi Lestari dalam kegiatan.",
     {("Dewi Lestari", "Ketua Divisi", "Sosialisasi, Pendidikan Pemilih Partisipasi Masyarakat",
       "KPU Provinsi Jawa Tengah")}),
    ("Hadir Kadiv. Sosdiklihparmas, KPU Provinsi Jawa Tengah, Dewi Lestari dalam kegiatan.",
     {("Dewi Lestari", "Ketua Divisi", "Sosialisasi, Pendidikan Pemilih Partisipasi Masyarakat",
       "KPU Provinsi Jawa Tengah")}),
    # an office abbreviation written once without its place and once with it is one office
    ("Kapolres AKBP Wayan Sukarta meninjau gudang. Kapolres Klungkung AKBP Wayan Sukarta memastikan logistik aman.",
     {("Wayan Sukarta", "Kepala", None, "Polres Klungkung")}),
    # negative: the holder named before, the body after the division is not the role's
    ("Rapat dipandu oleh Bapak Dedi Santoso, Divisi Perencanaan, Data dan Informasi, KPU Kabupaten Kendal.",
     {("Dedi Santoso", "Ketua Divisi", "Perencanaan, Data dan Informasi", None)}),
])
def test_roles_ranks_places_and_division_abbreviations(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # degrees after the name written with their stops, a glued degree chain is none
    ("Pembicara yakni Dr. Bambang Sutrisno Drs., M.Si. dari Universitas Airlangga.", ["Bambang Sutrisno"]),
    ("Acara dimoderatori oleh Rina Kusuma, S.Sos., M.Med.Kom. selaku Kepala Bagian Humas.", ["Rina Kusuma"]),
    ("Dirinya menerangkan, keamanan logistik adalah prioritas.", []),
    # a word for people in lower case and a comma, then the person's name set off by commas
    ("Salah satu pemilih pemula, Rina Wati, juga tak mengenal calon.", ["Rina Wati"]),
    ("Pemilih pemula lain, Dimas, mengaku belum paham.", ["Dimas"]),
    ("Sosialisasi diikuti warga, Kabupaten Blora, dan pelajar.", []),
    # members listed after "yakni" / "Yakni" without titles; places listed the same way are none
    ("Hadir Ketua KPU serta komisioner lainnya. Yakni Slamet Riyanto, Dewi Anggraini, dan Sutrisno. Acara dimulai.",
     ["Slamet Riyanto", "Dewi Anggraini", "Sutrisno"]),
    ("Tiga kecamatan yakni Kota Juang, Jeumpa dan Peusangan sudah selesai.", []),
    # institutions listed the same way are none either
    ("Sentra Gakkumdu, yaitu Kepolisian, Kejaksaan dan Bawaslu, menindak pelanggaran.", []),
    # a nickname given later, after a familiar honorific, that starts one person's name word is that person
    ("Ketua KPU Bondowoso Suparno membuka acara. Ia karib disapa Cak Parno oleh warga.", ["Suparno"]),
    ("Ketua KPU Bondowoso Suparno membuka acara. Warga menyapa Budi Santoso yang akrab disapa Cak Budi.",
     ["Suparno", "Budi Santoso"]),
])
def test_names_with_degrees_lists_and_nicknames(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # a region's short name between the body and the holder is the body's region, not the holder's first name
    ("Komisioner Bawaslu Benteng Sutrisno mengatakan ada selisih suara.",
     {("Sutrisno", "Anggota", None, "Bawaslu Kabupaten Bengkulu Tengah")}),
    # short names of regions listed are places, not one-word names after a list cue
    ("Adapun daerah yang menggelar Pilkada adalah Rohil, Rohul, Inhu, Pelalawan dan Siak.", set()),
    # "se-" before a place: all of it, never a holder's name
    ("Buka Rakor Sentra Gakkumdu Se-Riau, Kapolda Minta Netral", set()),
    # a pronoun as a speech verb's subject is no name
    ("Dirinya mengaku bahwa data pemilih sudah dicoret. Pihaknya menegaskan tidak ada PSU.", set()),
])
def test_region_short_names_and_pronouns(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)
    assert not any(p.name in ("Dirinya", "Pihaknya", "Rohil", "Se-Riau") for p in _persons(extractor, body))


@pytest.mark.parametrize("body, expected", [
    # the head of a body's secretariat: the office word starts the body's name too
    ("Hadir Kepala Sekretariat Bawaslu Provinsi Jawa Tengah, Dewi Lestari, SE dalam rapat.",
     {("Dewi Lestari", "Kepala Sekretariat", None, "Bawaslu Provinsi Jawa Tengah")}),
    # "Kasek": the head of a secretariat written short, before its holder, and no name after a speech verb
    ("Dalam sambutannya, Kasek Bawaslu Kabupaten Poso, Budi Santoso menuturkan hal itu.",
     {("Budi Santoso", "Kepala Sekretariat", None, "Bawaslu Kabupaten Poso")}),
    ("Ada banyak cara menggagalkan Pemilu, sambung Kasek Bawaslu, seperti kampanye hitam.", set()),
    # a lone "H" before a name of two words is the honorific (Haji) written without its stop
    ("Timsel wilayah 1 diketuai Budi Santoso dan sekretaris, H Rahmat Hidayat, S.Kom serta anggota lainnya.",
     None),
    # a list of offices with no holders: the words after the head of a place name the place
    ("Kegiatan dihadiri oleh Kepala Bakesbangpol, Anggota KPU Kota Batam, Camat Sukajadi, Ketua NU Batam, "
     "Lurah Tanjung, Panwascam Sukajadi.", set()),
    # ... but a holder of two words after the place is read
    ("Camat Sukajadi, Agus Prasetyo, membuka acara.", {("Agus Prasetyo", "Camat", None, None)}),
    ("Camat Sukajadi Agus Prasetyo membuka acara.", {("Agus Prasetyo", "Camat", None, None)}),
])
def test_secretariat_heads_haji_and_office_lists(extractor, body, expected):
    if expected is None:
        assert "Rahmat Hidayat" in [p.name for p in _persons(extractor, body)]
        assert not any(p.name.startswith("H ") for p in _persons(extractor, body))
    else:
        assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # after a speech verb, an unknown office and a body, then a one-word name ending the sentence
    ('"Suara itu sah untuk caleg," kata Caleg PKB Rahmat. Sidang pun ditunda.', ["Rahmat"]),
    ('"Suara itu sah," kata Caleg PKB Rahmat Hidayat kepada wartawan.', ["Rahmat Hidayat"]),
    # ... but not a one-word name the sentence goes on after
    ('"Suara itu sah," kata Saksi PKB Rahmat dan saksi lain.', []),
    # pairs of candidates after a word for them: one-word sides are names there
    ("Pilkada diikuti dua pasangan calon, yaitu Abdul Salam-Kemas Fikri kemudian Syarif Hidayat-Maulana.",
     ["Abdul Salam", "Kemas Fikri", "Syarif Hidayat", "Maulana"]),
    # ... not places or offices joined by a hyphen, nor pairs of two one-word sides
    ("KPU menetapkan pasangan calon Gubernur Sumatera Utara-Wakil Gubernur Sumatera Utara terpilih.", []),
    ("Pasangan calon melintasi jalur Kudus-Pati saat kampanye.", []),
    # ... but two one-word sides right after the word for a pair, marked as a ticket after them, are names
    ("Hasil hitung cepat: 1. Pasangan Warsono - Ratmi (Waras) meraih 41 persen suara.", ["Warsono", "Ratmi"]),
    ("Relawan pasangan calon Sutikno-Wulandari nomor urut 2 berkumpul di posko.", ["Sutikno", "Wulandari"]),
    # ... unless a side is a district, or nothing after them says they are a ticket
    ("Pasangan Kudus-Pati menjadi rute favorit pesepeda.", []),
    ("Pasangan Nasionalis-Religius itu diusung lima partai.", []),
    ("Pasangan Suami-Istri terdaftar sebagai anggota KPPS di desa itu.", []),
    # ... or listed after a pair read there, ending the list item or marked as a ticket
    ("Surat suara memuat foto pasangan Darmo Wijoyo-Sekar Ayuningtyas, Suwarno-Sukirman dan Tono-Joko, urut nomornya.",
     ["Darmo Wijoyo", "Sekar Ayuningtyas", "Suwarno", "Sukirman", "Tono", "Joko"]),
    ("Debat publik diikuti pasangan Bambang Sutejo-Lina Marlina (Bali) serta Suwarno-Sukirman (Suka).",
     ["Bambang Sutejo", "Lina Marlina", "Suwarno", "Sukirman"]),
    ("Pasangan Darmo Wijoyo-Sekar Ayuningtyas dan Nasionalis-Religius itu bersaing ketat.",
     ["Darmo Wijoyo", "Sekar Ayuningtyas"]),
    # ... but not after a pair of two words a side that was read as no names
    ("Pasangan Kota Lama-Kota Baru, Suwarno-Sukirman dan Tono-Joko, menjadi rute favorit.", []),
    ("Pasangan Kota Lama-Kota Baru dan Sari-Roti, menjadi tema lomba.", []),
])
def test_speakers_after_bodies_headline_verbs_and_cued_pairs(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


def test_headline_jadi_is_no_name_word(extractor):
    """A headline's "Jadi" (becomes) between a name and a title is no name word; the name before it is a person."""
    text = "Hari Ini KPU Sumut Tetapkan Bobi Jadi Gubernur\n\nMedan - KPU Sumut hari ini menetapkan hasil pemilihan."
    assert [p.name for p in extractor.extract(text, "t")[0].persons] == ["Bobi"]


@pytest.mark.parametrize("body, expected", [
    # a list sharing one title whose items each add their own after "selaku": every item holds the shared title
    ("Terlihat hadir anggota Bawaslu Provinsi Jawa Tengah Budi Santoso selaku Koordinator Divisi Pengawasan dan "
     "Hubungan antar Lembaga, Siti Aminah selaku Koordinator Divisi Hukum, dan Rahmat Hidayat selaku Koordinator "
     "Divisi Penanganan Pelanggaran.",
     {("Budi Santoso", "Anggota", None, "Bawaslu Provinsi Jawa Tengah"),
      ("Budi Santoso", "Ketua Divisi", "Pengawasan dan Hubungan antar Lembaga", None),
      ("Siti Aminah", "Anggota", None, "Bawaslu Provinsi Jawa Tengah"),
      ("Siti Aminah", "Ketua Divisi", "Hukum", None),
      ("Rahmat Hidayat", "Anggota", None, "Bawaslu Provinsi Jawa Tengah"),
      ("Rahmat Hidayat", "Ketua Divisi", "Penanganan Pelanggaran", None)}),
    # staff are several: the names listed after the title all hold it, with the division written before them
    ("Ketua Bawaslu Kabupaten Kampar, Syamsul Bahri dan Staf Divisi Penanganan Pelanggaran Bawaslu Kabupaten Kampar "
     "Dedi Kurniawan dan Wulan Sari menghadiri rakor tersebut.",
     {("Syamsul Bahri", "Ketua", None, "Bawaslu Kabupaten Kampar"),
      ("Dedi Kurniawan", "Staf", "Penanganan Pelanggaran", "Bawaslu Kabupaten Kampar"),
      ("Wulan Sari", "Staf", "Penanganan Pelanggaran", "Bawaslu Kabupaten Kampar")}),
    # a member's division is only the first listed member's
    ("Hadir Anggota KPU Kabupaten Kampar Divisi Hukum Dedi Kurniawan dan Wulan Sari.",
     {("Dedi Kurniawan", "Anggota", "Hukum", "KPU Kabupaten Kampar"),
      ("Wulan Sari", "Anggota", None, "KPU Kabupaten Kampar")}),
])
def test_list_items_with_their_own_titles(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


def test_list_item_without_its_own_title_is_not_listed(extractor):
    """Negative: after an item's own title, a name with no "selaku" title of its own does not share the list's."""
    body = ("Hadir anggota Bawaslu Provinsi Jawa Tengah Budi Santoso selaku Koordinator Divisi Hukum, Siti Aminah "
            "dari Universitas Diponegoro.")
    assert ("Siti Aminah", "Anggota") not in {(n, t) for n, t, _, _ in _roles(extractor, body)}


@pytest.mark.parametrize("body, names", [
    # a police subdirectorate's head, the unit written before the holder; a headline's verb after a title's body
    ("Pada sesi pertama, Kasubdit I Ditreskrimum Polda Jambi Arif Setiawan memaparkan peran kepolisian.",
     ["Arif Setiawan"]),
    ("Ketua PWI Jambi Paparkan Peran Pers Mengawal Demokrasi", []),
    # a word that also names a division, inside a name after its first word; never a name's first word
    ("Mereka adalah Rahmat Hidayat, Andi Rahman Tata dan Siti Aminah,” kata Budi.",
     ["Rahmat Hidayat", "Andi Rahman Tata", "Siti Aminah", "Budi"]),
    ("Materi disampaikan oleh Divisi Hukum Data dan Informasi.", []),
    # ... nor a word of the vocabulary the name goes on after (a headline's words)
    ("Ketua KPU Kudus Budi Santoso Kampanye Damai di Alun-Alun", ["Budi Santoso"]),
])
def test_units_headline_verbs_and_division_words_in_names(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


def test_words_after_an_items_own_title_are_no_holder(extractor):
    """In "A selaku Kadiv X, dan B selaku Kadiv Y", the words after A's title end it (a misspelt division here), no
    holder of their own."""
    body = ("Hadir Budi Santoso selaku Koordinator Divisi Penindkan Pelanggaran, dan Siti Aminah selaku Koordinator "
            "Divisi Hukum.")
    assert [p.name for p in _persons(extractor, body)] == ["Budi Santoso", "Siti Aminah"]


@pytest.mark.parametrize("body, names", [
    # a stop before the comma after a degree or a name: the list goes on after it
    ("Tim seleksi wilayah barat yakni Dr. Rina Kartika, S.H., M.H, Bayu Saputra, SH., LL.M, Rahmat Hidayat.,S.Pd.I "
     "dan Siti Aminah, S.Ag., M.Pd.I.", ["Rina Kartika", "Bayu Saputra", "Rahmat Hidayat", "Siti Aminah"]),
    ("Tim seleksi yakni Bayu Saputra, SH., Rahmat Hidayat dan Siti Aminah.",
     ["Bayu Saputra", "Rahmat Hidayat", "Siti Aminah"]),
    # negative: a degree that ends the sentence; the capitalised word after it opens the next sentence
    ("Rapat dipimpin oleh Bayu Saputra, SH. Kemudian peserta berdiskusi.", ["Bayu Saputra"]),
])
def test_lists_with_stops_after_degrees(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # a division name that goes on after the acronym of its first part: one division, the acronyms dropped
    ("Hadir Dewi Lestari selaku Koordinator Divisi Hukum, Hubungan Masyarakat (Humas) Data dan Informasi (Datin).",
     {("Dewi Lestari", "Ketua Divisi", "Hukum, Hubungan Masyarakat Data dan Informasi", None)}),
    ("Hadir Ketua Divisi Sosialisasi, Pendidikan Pemilih (Sosdiklih) dan Partisipasi Masyarakat (Parmas) KPU "
     "Kabupaten Blora Budi Santoso.",
     {("Budi Santoso", "Ketua Divisi", "Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat",
       "KPU Kabupaten Blora")}),
    # negative: the holder's name after the acronym is no part of the division
    ("Hadir Ketua Divisi Hukum dan Pengawasan (Kumwas) Budi Santoso.",
     {("Budi Santoso", "Ketua Divisi", "Hukum dan Pengawasan", None)}),
    # a division opens with a capitalised word; the words after it may be written in lower case
    ("Hadir Kordiv Hukum, pencegahan, parmas Bawaslu Kabupaten Majene Rina Wati dalam rapat itu.",
     {("Rina Wati", "Ketua Divisi", "Hukum pencegahan partisipasi masyarakat", "Bawaslu Kabupaten Majene")}),
    ("Komisioner KPU Kabupaten Jayawijaya Devisi Teknis pelaksanaan Yonas Wenda menegaskan hal itu.",
     {("Yonas Wenda", "Anggota", "Teknis pelaksanaan", "KPU Kabupaten Jayawijaya")}),
    ("Hadir Kepala Bagian Hukum, Penanganan pelanggaran dan sengketa Sekretariat Bawaslu Provinsi Gorontalo Rudi "
     "Hartono.", {("Rudi Hartono", "Kepala Bagian", "Hukum Penanganan pelanggaran dan sengketa",
                   "Bawaslu Provinsi Gorontalo")}),
    # lower-case words that name no division end it; a division is never opened in lower case
    ("Kordiv Hukum Bawaslu Kabupaten Majene Rina Wati memberikan arahan.",
     {("Rina Wati", "Ketua Divisi", "Hukum", "Bawaslu Kabupaten Majene")}),
    ("Kordiv Hukum memberikan arahan kepada Rina Wati.", set()),
])
def test_divisions_going_on(extractor, body, expected):
    """A division name goes on past the acronym of its first part and over words written in lower case."""
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, expected", [
    # "I" after a title opens a Balinese name, not the office's numeral
    ("Surat disampaikan kepada Bupati I Komang Adi Saputra. Hadir Sekda I Gede Wirawan.",
     {("I Komang Adi Saputra", "Bupati", None, None), ("I Gede Wirawan", "Sekretaris Daerah", None, None)}),
    # negative: a numeral before a body stays the office's
    ("Hadir Wakil Ketua I DPRD Kabupaten Badung Budi Santoso.",
     {("Budi Santoso", "Wakil Ketua I", None, "DPRD Kabupaten Badung")}),
    # an honorific in parentheses between the title and the holder
    ("Sebelumnya, Ketua Bawaslu Kabupaten Tabanan (alm) I Made Wirawan meninggal dunia.",
     {("I Made Wirawan", "Ketua", None, "Bawaslu Kabupaten Tabanan")}),
    # "H" before an initial is the haji honorific
    ("Plt Bupati HST H A Syahrani juga menyampaikan selamat.", {("A Syahrani", "Plt. Bupati", None, None)}),
    # a Bawaslu secretariat's head; "Devisi", a misspelling of "Divisi"
    ("Hadir Koordinator Sekretariat Bawaslu Kabupaten Tabanan, I Ketut Wirawan.",
     {("I Ketut Wirawan", "Koordinator Sekretariat", None, "Bawaslu Kabupaten Tabanan")}),
    ("Kordinator Devisi Penanganan Pelanggaran, Budi Santoso, S.Hut mengatakan rapat penting.",
     {("Budi Santoso", "Ketua Divisi", "Penanganan Pelanggaran", None)}),
])
def test_balinese_names_honorifics_and_misspelt_titles(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # a headline's title holds no name from the line after it
    ("18 Orang Mendaftar Anggota KPU HSS\n\nKandangan, (Antaranews) - Sebanyak 18 orang mendaftar.", []),
    # words for a party to a case, a pronoun with -pun, election principles and nouns of a decree are no names
    ("Menurut Pengadu, KPU tidak cermat. Iapun mengucapkan terima kasih.", []),
    ("Pemilu harus sesuai asas, yaitu Luber dan Jurdil.", []),
    ("SK tentang Pengangkatan Anggota KIP Aceh Tamiang periode 2023-2028 terbit.", []),
    # a region written by its short name after a body is no holder ("KPU Malra")
    ("Ketua KPU Malra pada kesempatan ini mengucapkan duka cita.", []),
    # negative: a holder after a region's short name is still read
    ("Ketua KPU Bateng Rusdi Hartono membuka acara.", ["Rusdi Hartono"]),
])
def test_headline_holders_and_non_name_words(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # a member's division head office set off by commas between the body and the holder: two roles
    ("Komisioner Bawaslu Kabupaten Jeneponto, Kordinator Divisi Penanganan Pelanggaran, Budi Santoso, S.H mengatakan "
     "rapat penting.",
     {("Budi Santoso", "Anggota", None, "Bawaslu Kabupaten Jeneponto"),
      ("Budi Santoso", "Ketua Divisi", "Penanganan Pelanggaran", "Bawaslu Kabupaten Jeneponto")}),
    # negative: a division alone after the body is the member's division, one role
    ("Materi dipaparkan oleh Komisioner KPU Kota Surabaya, Divisi Hukum dan Pengawasan, Arif Budiman.",
     {("Arif Budiman", "Anggota", "Hukum dan Pengawasan", "KPU Kota Surabaya")}),
    # members listed after a listed title hold it; the title after the list is the next name's
    ("Tampak anggota Bawaslu Kabupaten Tabanan, I Gede Wirawan dan I Made Saputra, Koordinator Sekretariat Bawaslu "
     "Kabupaten Tabanan, I Ketut Wirawan, Sekda I Nyoman Adi serta staf.",
     {("I Gede Wirawan", "Anggota", None, "Bawaslu Kabupaten Tabanan"),
      ("I Made Saputra", "Anggota", None, "Bawaslu Kabupaten Tabanan"),
      ("I Ketut Wirawan", "Koordinator Sekretariat", None, "Bawaslu Kabupaten Tabanan"),
      ("I Nyoman Adi", "Sekretaris Daerah", None, None)}),
])
def test_second_offices_apposed_and_listed_members(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # a member's term between the body and the list of members
    ("SK mencantumkan lima Komisioner KIP Aceh Tamiang periode 2023-2028 masing-masing Rina Kartika, Bayu Saputra, "
     "Marlina dan Sahrul.", ["Rina Kartika", "Bayu Saputra", "Marlina", "Sahrul"]),
    # negative: a term with no list after it names no holder
    ("Anggota KPU Kabupaten Blora periode 2018-2023 Budi Santoso hadir.", []),
])
def test_members_listed_after_a_term(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # a lower-case division head's title, a comma, the body and the holder with no comma; a lower-case abbreviation
    ("Hal yang sama dikatakan kordinator divisi pengawasan humas dan hubungan antar lembaga, Bawaslu Boltim Rudi "
     "Hartono.",
     {("Rudi Hartono", "Ketua Divisi", "pengawasan hubungan masyarakat dan hubungan antar lembaga",
       "Bawaslu Kabupaten Bolaang Mongondow Timur")}),
    # negative: a lower-case title and words after it with neither a body nor a holder
    ("Ia menjadi kordinator divisi pengawasan, kata warga.", set()),
])
def test_lower_case_division_head_before_body_and_holder(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # one person written two ways: a letter doubled or not, the middle name left out
    ("Ketua KPU Halbar Hasanuddin Lubis membuka acara. Ketua KPU Halbar Hasanudin Lubis menutupnya.",
     ["Hasanuddin Lubis"]),
    ("Bupati Boltim Rahmat Salim Pakaya hadir. “Kami mendukung,” kata Rahmat Pakaya.", ["Rahmat Salim Pakaya"]),
    # negatives: names that differ by more than a doubled letter, or in their first word
    ("Ketua KPU Blora Budi Santoso dan Sekretaris KPU Blora Budi Susanto hadir.", ["Budi Santoso", "Budi Susanto"]),
    ("Ketua KPU Blora Budi Santoso dan Sekretaris KPU Blora Agus Hadi Santoso hadir.",
     ["Budi Santoso", "Agus Hadi Santoso"]),
])
def test_one_person_written_two_ways(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # a headline's event verb after a title and its body opens no name
    ("Ketua KPU Halbar Kukuhkan 24 Pengurus Sekretariat PPK", []),
    ("Ketua KPU RI dan Rektor Tandatangani Nota Kesepahaman", []),
    # negative: the holder before such a verb is still read
    ("Ketua KPU Halbar Rudi Hartono Kukuhkan 24 Pengurus Sekretariat PPK", ["Rudi Hartono"]),
])
def test_event_verbs_open_no_name(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


def test_member_of_the_province_body_written_without_its_region(extractor):
    """ "Anggota KPU Provinsi Sophia Rahman" in a regency's article: the holder after the level, of its province's
    body; the name after the level is no region's other name."""
    body = ("Ketua KPU Kabupaten Gorontalo Utara Rudi Gobel membuka kegiatan. Turut hadir Anggota KPU Provinsi "
            "Sophia Rahman, Sekretaris KPU Gorontalo Utara, Andi Hatala.")
    assert ("Sophia Rahman", "Anggota", None, "KPU Provinsi Gorontalo") in _roles(extractor, body)


@pytest.mark.parametrize("body, expected", [
    # names listed before "sebagai anggota" hold it; the first holds the title written before him
    ("Ketua tim didampingi Sekretaris Prof Bayu Saputra, Rina Kartika, Yulius M. Rumbiak, dan Yohana Kambu sebagai "
     "anggota, saat konferensi.",
     {("Bayu Saputra", "Sekretaris", None, None), ("Rina Kartika", "Anggota", None, None),
      ("Yulius M. Rumbiak", "Anggota", None, None), ("Yohana Kambu", "Anggota", None, None)}),
    # negatives: one name only; a lower-case word after the title ("anggota keluarga")
    ("KPU menetapkan Budi Santoso sebagai ketua dan Siti Aminah sebagai anggota.", set()),
    ("Acara dihadiri oleh Budi Santoso dan Siti Aminah sebagai anggota keluarga.", set()),
])
def test_names_listed_before_sebagai_anggota(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, expected", [
    # "Pimpinan" is written for the leadership in general, so it is no title and heads no holder
    ("KPU Blora Gelar Rapat, Arahan Pimpinan Menata Strategi Mewujudkan Visi Misi", set()),
    ("Nota ditandatangani dengan 7 Pimpinan Perguruan Tinggi di Jawa Timur.", set()),
    ("Surat dikirim kepada Pimpinan Instansi Vertikal di Banten.", set()),
])
def test_leadership_in_general_holds_no_title(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, expected", [
    # a unit between a title that takes no division and its body is part of the body
    ("Pada sesi pertama, Kasubdit I Ditreskrimum Polda Jambi Arif Setiawan memaparkan peran kepolisian.",
     {("Arif Setiawan", "Kepala Subdirektorat I", None, "Ditreskrimum Polda Jambi")}),
    # negative: a title that takes a division reads the word as its division
    ("Hadir Kepala Bidang Humas Polda Jambi Arif Setiawan.",
     {("Arif Setiawan", "Kepala Bidang", "Hubungan Masyarakat", "Polda Jambi")}),
])
def test_unit_before_a_body(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, expected", [
    # a village the article names elsewhere opens the run after its head's title: the holder is the rest
    ("Acara di Gedung Kesenian Desa Batu Rusa Kecamatan Lubuk Besar. Hadir Kepala Desa Batu Rusa Hamid Sulaiman "
     "bersama perangkat desa.", {("Hamid Sulaiman", "Kepala Desa", None, None)}),
    ("Warga Desa Tanjung Sari, Kecamatan Jepon, hadir. Kepala Desa Tanjung Sari Ahmad Yasin membuka acara.",
     {("Ahmad Yasin", "Kepala Desa", None, None)}),
    # negative: a village named only with its head is left as read
    ("Hadir Kepala Desa Sukamaju Ahmad Yasin bersama warga.", {("Ahmad Yasin", "Kepala Desa", None, None)}),
])
def test_village_named_elsewhere_before_its_head(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("first, second", [
    ("Bupati Sleman, Budi Rahmat Tonaas", "Ketua TP PKK Kabupaten Sleman, Sinta Tonaas Wulan"),
    ("Ketua TP PKK Kabupaten Sleman, Sinta Tonaas Wulan", "Bupati Sleman, Budi Rahmat Tonaas"),
])
def test_a_word_two_names_share_goes_to_the_one_written_first(rules_extractor, first, second):
    """Two names as long that share a word ("Tonaas") are told apart by where they are first written, not by a
    set's order (which changes with PYTHONHASHSEED): the short form belongs to the first one."""
    body = (f"KPU Kabupaten Sleman melaksanakan coklit di kediaman {first}, bersama {second}. "
            "Tonaas mengimbau warga ikut memilih.")
    persons = _persons(rules_extractor, body)
    owner = next(p for p in persons if any(m.text == "Tonaas" for m in p.mentions))
    assert owner.name == first.rsplit(", ", 1)[1]


@pytest.mark.parametrize("body, names", [
    # a name right after an election body, in a list of those present, with no title
    ("Turut hadir Sekretaris KPU Gorontalo Utara, Andi Hatala, Bawaslu Kabupaten Gorontalo Utara Fadli Rahman "
     "dan pejabat eselon 4.", ["Andi Hatala", "Fadli Rahman"]),
    # negative: no list of those present; words after the body that are no name
    ("Bawaslu Kabupaten Gorontalo Utara Fadli Rahman dan jajaran menggelar rapat.", []),
    ("Turut hadir Bawaslu Kabupaten Blora dan Pemerintah Kabupaten Blora.", []),
])
def test_name_listed_right_after_a_body(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # a village body between a title and a one-word holder, the village named elsewhere in the article
    ("Acara di Desa Batu Rusa Kecamatan Lubuk Besar. Hadir Ketua BPD Batu Rusa Yusran, tokoh masyarakat.",
     {("Yusran", "Ketua", None, "BPD Batu Rusa")}),
])
def test_village_body_before_a_holder(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


def test_village_not_named_elsewhere_gives_no_body(extractor):
    """Negative: a word after "BPD" that the article names nowhere else as a village is not known to be one."""
    body = "Hadir Ketua BPD Sukamaju Budi Santoso dan warga."
    assert not any(o and o.startswith("BPD") for _, _, _, o in _roles(extractor, body))


@pytest.mark.parametrize("body, names", [
    # the one who becomes an office ("Jadi Gubernur", "menjadi Ketua ...") is a person; a time word opens no name
    ("Hari Ini KPU Sumut Tetapkan Rendra Jadi Gubernur", ["Rendra"]),
    ("Kemarin Ahmad Fauzi menjadi Ketua KPU Blora.", ["Ahmad Fauzi"]),
    # negatives: a group or a body becomes something; a lower-case office
    ("Hari ini warga jadi Anggota KPPS di desa.", []),
    ("KPU Blora Jadi Tuan Rumah Rakor se-Jawa Tengah hari ini.", []),
])
def test_who_becomes_an_office(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # the agent of a passive verb, a name of two words or more that ends its clause
    ("Mahkamah Konstitusi menolak gugatan yang diajukan Rudi Hartono.", ["Rudi Hartono"]),
    ("Berkas itu diserahkan oleh Siti Aminah, lalu diperiksa.", ["Siti Aminah"]),
    # negatives: a place, a body or a one-word name after the verb
    ("Kegiatan dilaksanakan Gedung Serbaguna Kabupaten Blora.", []),
    ("Laporan ditindaklanjuti Bawaslu Kabupaten Blora.", []),
    ("Gugatan diajukan Budi kemarin.", []),
])
def test_agents_of_passive_verbs(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # a faculty's acronym before its university: part of the role's body
    ("Acara menghadirkan Dr. Rudi Hartono, Wakil Dekan II FISIP Universitas Diponegoro, sebagai narasumber.",
     {("Rudi Hartono", "Wakil Dekan II", None, "FISIP Universitas Diponegoro")}),
    # negative: the university's own acronym is the body
    ("Hadir Rektor UNDIP Budi Santoso.", {("Budi Santoso", "Rektor", None, "UNDIP")}),
    # "Fakultas" is no name
    ("Hadir Dekan Fakultas Hukum Universitas Diponegoro, Budi.", set()),
])
def test_faculty_before_its_university(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, expected", [
    # an acronym with its name in parentheses, then its region, before the holder
    ("Sesi berikutnya menghadirkan Ketua PWI (Persatuan Wartawan Indonesia) Provinsi Kepri Saiful Harahap.",
     {("Saiful Harahap", "Ketua", None, "Persatuan Wartawan Indonesia Provinsi Kepri")}),
    # negative: no region after the parentheses
    ("Hadir Ketua TAPD (Tim Anggaran Pemerintah Daerah) Budi Santoso.",
     {("Budi Santoso", "Ketua", None, "Tim Anggaran Pemerintah Daerah")}),
])
def test_spelled_acronym_with_its_region(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # a one-word "holder" cut off from the capitalised words after it: a unit, a position or a place of the phrase
    ("Kegiatan dihadiri Kapolres, Kepala Perangkat Daerah, Danramil dan para camat.", []),
    ("Hadir Asisten Intelijen Kajati Sulbar, Sekda dan Kapolres.", []),
    ("Pembagian wilayah meliputi Simalungun, Pematang Siantar, Karo, Dairi dan Langkat.", []),
    # negative: a one-word holder that ends its phrase, or with a degree or a weekday after it, is a name
    ("Pelaksana Harian Ketua KPU Dompu, Yusuf, membuka kegiatan.", ["Yusuf"]),
    ("Ketua KPU Dompu Yusuf SH membuka kegiatan.", ["Yusuf"]),
    ("Ketua KPU Dompu Yusuf Senin (2/11) membuka kegiatan.", ["Yusuf"]),
    # the country after an office is no name word
    ("Hal itu disampaikan Menteri Dalam Negeri RI Budi Santoso di Jakarta.", ["Budi Santoso"]),
    # a village's or district's level word before a capitalised word: a place, even before a title
    ("Acara digelar di GSJA Desa Sukamaju, Ketua Bawaslu Halsel menghadiri deklarasi.", []),
    ("Laporan diajukan oleh Caleg Dapil 4 Kecamatan Teluk Sari dari Partai Hanura.", []),
    # negative: the head of a hamlet named right after the title
    ("Tim didampingi Kepala Dusun Joko Prasetyo mendatangi rumah warga.", ["Joko Prasetyo"]),
])
def test_words_after_titles_that_go_on(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # a stop between two degrees: the degrees end after the second, and the title after them is the holder's
    ("Kegiatan dibuka oleh Ibu Sri Lestari, SE. MM selaku Ketua KPU Kabupaten Pati.",
     {("Sri Lestari", "Ketua", None, "KPU Kabupaten Pati")}),
    ("Anggota KPU Kabupaten Pati Budi Santoso, SH.MH menyampaikan materi.",
     {("Budi Santoso", "Anggota", None, "KPU Kabupaten Pati")}),
    # a list of offices each with its holder after it: a holder's degrees then the next office, which is not his
    ("Tampak hadir Kapolres Pati, AKBP Budi Santoso, SH. SIK, Dandim 0718/Pati, Letkol Inf Agus Salim, dan warga.",
     {("Budi Santoso", "Kepala", None, "Polres Pati"), ("Agus Salim", "Komandan", None, "Kodim 0718/Pati")}),
    # negative: a name with no title before it takes the title set off after it
    ("Rapat dipimpin Budi Santoso, Ketua KPU Kabupaten Pati, di aula.",
     {("Budi Santoso", "Ketua", None, "KPU Kabupaten Pati")}),
])
def test_degrees_with_stops_and_offices_in_lists(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, expected", [
    # a hyphen joins a name of two words and one of one word: a pair where a word for a pair stands in the
    # sentence, or before offices shared out over the pair (no one's office stated)
    ("KPU Kolaka menetapkan Budi Santoso-Jayadin Bupati dan Wakil Bupati terpilih.",
     [("Budi Santoso", []), ("Jayadin", [])]),
    ("Tim Kampanye Pasangan Calon Gubernur dan Wakil Gubernur, Agus Salim-Maulana serta warga hadir.",
     [("Agus Salim", []), ("Maulana", [])]),
    # negative: a hyphenated name after its title, with no pair in sight, stays one name
    ("Acara dibuka Ketua KPU Kabupaten Pati, Siti Nur-Aini, di aula.",
     [("Siti Nur-Aini", [("Ketua", "KPU Kabupaten Pati")])]),
])
def test_pairs_glued_by_a_hyphen(extractor, body, expected):
    assert [(p.name, [(r.title, r.organization) for r in p.roles]) for p in _persons(extractor, body)] == expected


@pytest.mark.parametrize("body, expected", [
    # a staff grade named with its kind is one title of two words, in capitals or in lower case before a name
    ("Hadir Staf Teknis KPU Kabupaten Pati, Rahmat Kurnia.", {("Rahmat Kurnia", "Staf Teknis", None, "KPU Kabupaten Pati")}),
    ("Rombongan didampingi seorang staf teknis, Rahmat Kurnia. Kedatangan rombongan diterima.",
     {("Rahmat Kurnia", "Staf Teknis", None, None)}),
    ("Materi disampaikan Dimas Wicaksono, Staf Pelaksana Subbagian Data dan Informasi KPU Provinsi Kepulauan Bangka Belitung.",
     {("Dimas Wicaksono", "Staf Pelaksana", "Data dan Informasi", "KPU Provinsi Kepulauan Bangka Belitung")}),
    # negative: one title word in lower case with no body is a common noun
    ("Rombongan didampingi para staf, Rahmat Kurnia dan Budi.", set()),
])
def test_staff_titles_of_two_words(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # "Pos" (a post, an office, a newspaper's name) opens no name
    ("Hal ini disampaikan Ketua Bawaslu Kabupaten Sumba Barat, Rudi Hartawan, kepada Pos Kupang, Senin (8/6).",
     ["Rudi Hartawan"]),
    ("Rapat melibatkan Polres Wakatobi, Kodim 1413 Buton, Pos AL, Bawaslu dan Disdukcapil.", []),
    # "H" without its stop before a one-word name that ends its phrase: the honorific, not an initial of the name
    ("Kegiatan itu dihadiri Wakil Bupati Siak H Sulaimin, Ketua KPU Siak dan tamu undangan.", ["Sulaimin"]),
    ("Kursi itu diraih peraih suara terbanyak ketiga yakni H Khoirudin, yang memperoleh 7.000 suara.", ["Khoirudin"]),
    # negative: "H" inside a name stays its initial, and "hari H" is no honorific
    ("Ketua KPUD Malra, Yohanes H Rumlawang, bertindak selaku moderator.", ["Yohanes H Rumlawang"]),
    ("KPU sedang menunggu penentuan hari H Pemilu, sehingga jadwal belum pasti.", []),
    # "H." of a degree ("S.H.", "M.H.") before the next sentence's first word is no honorific of it
    ("Tamu diterima Kepala Kantor, Dimas Aryo, S.H. Pertemuan berlangsung di aula.", ["Dimas Aryo"]),
])
def test_words_that_open_no_name(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # a Balinese name's opening words make a name with no cue before it: in a list of candidates, after a body
    ("Dukungan calon DPD diserahkan I Nyoman Suarjana dengan 2100 dukungan, Ni Kadek Ayu Lestari dengan 1900 "
     "dukungan dan Anak Agung Ngurah Putra Wijaya dengan 2400 dukungan.",
     ["I Nyoman Suarjana", "Ni Kadek Ayu Lestari", "Anak Agung Ngurah Putra Wijaya"]),
    ("Bibit ditanam oleh Ketua KPU, I Dewa Gede Artana dan komisioner, I Made Sudiarta, Sang Ayu Kartini dan "
     "I Komang Wiratama.",
     ["I Dewa Gede Artana", "I Made Sudiarta", "Sang Ayu Kartini", "I Komang Wiratama"]),
    # the name without its opening words is the same person ("Putu Wirawan" of "IGN Putu Wirawan")
    ("Materi disampaikan IGN Putu Wirawan (Anggota KPU Kota Singaraja). Putu Wirawan menjelaskan tahapan.",
     ["IGN Putu Wirawan"]),
    # negative: a roman numeral after a title and "I" before a word that opens no Balinese name
    ("Hadir Wakil Ketua I DPRD Buleleng dan Komisi I Bidang Pemerintahan.", []),
])
def test_balinese_names(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # a common word that begins names ("Hari") in a name's middle, between two name words
    ("Narasumber yaitu Ratna Hari Wulandari, Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Blitar.",
     {("Ratna Hari Wulandari", "Kepala", None, "Dinas Kependudukan dan Pencatatan Sipil Kota Blitar")}),
    # negative: a day after a name is no part of it
    ("Rapat dipimpin Ketua KPU Kota Blitar Budi Santoso Hari Senin lalu.",
     {("Budi Santoso", "Ketua", None, "KPU Kota Blitar")}),
    # a rank opens the holder's name read back from a speech verb, after a place that is no region
    ("Kapolres Pelabuhan Tanjung Emas AKBP Suharto menyambut kedatangan Bawaslu dengan gembira.",
     {("Suharto", "Kepala", None, "Polres Pelabuhan Tanjung Emas")}),
])
def test_middle_common_words_and_ranks(extractor, body, expected):
    assert _roles(extractor, body) == expected


@pytest.mark.parametrize("body, expected", [
    # the head of a unit: the unit's name the division lexicon does not know, a comma, then the holder
    ("Rombongan disambut Kalapas didampingi Kasi Binapigiatja, Rudolf Simanjuntak, Kasubsi Keamanan, Markus Ginting "
     "dan Kasubsi Perawatan, Yosef Tarigan beserta stafnya.",
     {("Rudolf Simanjuntak", "Kepala Seksi", "Binapigiatja", None),
      ("Markus Ginting", "Kepala Subseksi", "Keamanan", None), ("Yosef Tarigan", "Kepala Subseksi", "Perawatan", None)}),
    ("Rombongan diterima oleh Kepala Seksi Informasi dan Sarana Komunikasi Keimigrasian, Dimas Aryo, S.H. Pertemuan "
     "berlangsung di aula kantor.",
     {("Dimas Aryo", "Kepala Seksi", "Informasi dan Sarana Komunikasi Keimigrasian", None)}),
    # negative: a one-word holder and then a list of names: the first name after the title holds it
    ("Rapat dihadiri Kepala Bidang Rina, Siti Aminah serta Joko Prasetyo.", {("Rina", "Kepala Bidang", None, None)}),
])
def test_heads_of_units(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("headline, body, names", [
    # a Title Case headline's verb (a prefix and "-kan", or a bare verb of the lexicon) ends the name before it
    ("Kepala Biro Hukum KPU RI Melinda Sari Van Dijk Memastikan Kesiapan PSU",
     "Kepala Biro Hukum KPU RI Melinda Sari Van Dijk hadir di Wamena.", ["Melinda Sari Van Dijk"]),
    ("Bupati Sanjaya Harap Pilkada Berlangsung Damai", "Bupati Tabanan, I Komang Sanjaya berharap pilkada damai.",
     ["I Komang Sanjaya"]),
    # negative: a name that only begins like such a verb stays a name
    ("Ketua KPU Lantik PPK", "Pelantikan dipimpin Ketua KPU Kabupaten Sorong, Meiliana Dikan Tarigan.",
     ["Meiliana Dikan Tarigan"]),
])
def test_headline_verbs_end_names(extractor, headline, body, names):
    persons = extractor.extract(headline + "\n\n" + body, "t")[0].persons
    assert [p.name for p in persons] == names


@pytest.mark.parametrize("headline, body, expected", [
    # an after-quote speech verb written with a capital is the cue, not the speaker's first name; "Selaku" written
    # with a capital still joins the name to its title
    ("KPU Kota Duri Gelar Rapat", "\"Tahapan sudah dimulai.\" Ujar Rina Kartika Selaku Anggota KPU Provinsi Riau "
     "dalam arahannya.", {("Rina Kartika", "Anggota", None, "KPU Provinsi Riau")}),
    ("KPU Kota Duri Gelar Rapat", "\"Anggaran harus dimanfaatkan.\" Ujar Bambang Sutrisno selaku Sekretaris KPU "
     "Provinsi Riau.", {("Bambang Sutrisno", "Sekretaris", None, "KPU Provinsi Riau")}),
    # negative: a name word that is also an after-quote verb elsewhere stays a name away from a quote
    ("KPU Kota Duri Gelar Rapat", "Rapat dibuka Puji Lestari selaku Ketua KPU Provinsi Riau.",
     {("Puji Lestari", "Ketua", None, "KPU Provinsi Riau")}),
    # negative: "Sebagai" of a Title Case headline joins no name to the title after it
    ("KPU Tetapkan Arief Santoso Dan Rina Kartika Sebagai Bupati Dan Wakil Bupati Terpilih",
     "KPU menetapkan pasangan itu dalam rapat pleno.", set()),
])
def test_capitalised_cues_after_quotes(extractor, headline, body, expected):
    persons = extractor.extract(headline + "\n\n" + body, "t")[0].persons
    assert {(p.name, r.title, r.division, r.organization) for p in persons for r in p.roles} == expected


@pytest.mark.parametrize("body, names", [
    # "Drs"/"Dra" without their stop before a name are degrees written as honorifics, no name words
    ("Ketua KPU didampingi Sekretaris KPU Kota Tarakan Drs Rahmat Sulaiman. Acara selesai.", ["Rahmat Sulaiman"]),
    ("Hadir Sekretaris Daerah Kabupaten Pati Dra Sri Wahyuni, M.Pd, dalam rapat.", ["Sri Wahyuni"]),
])
def test_degrees_without_stop_before_names(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # "Pendiklih" (pendidikan pemilih) inside a division list is the division's, not the holder's name
    ("Narasumber yaitu Ketua Divisi Sosialisasi, Pendiklih, SDM dan Parmas KIP Kota Langsa, Rahmat Hidayat, dengan "
     "materi kampanye.", {("Rahmat Hidayat", "Ketua Divisi", "Sosialisasi Pendidikan Pemilih Sumber Daya Manusia dan "
                          "Partisipasi Masyarakat", "KIP Kota Langsa")}),
    # negative: a division the lexicon knows as one word keeps its own expansion
    ("Hadir Ketua Divisi Sosdiklih KIP Kota Langsa, Rahmat Hidayat.",
     {("Rahmat Hidayat", "Ketua Divisi", "Sosialisasi Pendidikan Pemilih", "KIP Kota Langsa")}),
])
def test_division_abbreviations_in_lists(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, expected", [
    # an application's operator: a title kept as written, capitalised; several may be listed after it
    ("Turut hadir Sekretaris KPU Kota Tarakan Bambang Irawan dan operator SIDALIH Rudi Hartanto dan Sinta Y. Lestari. "
     "Rapat dibuka Ketua.", {("Bambang Irawan", "Sekretaris", None, "KPU Kota Tarakan"),
                             ("Rudi Hartanto", "Operator SIDALIH", None, None),
                             ("Sinta Y. Lestari", "Operator SIDALIH", None, None)}),
    ("Yang hadir adalah Operator Sidalih KPU Kota Tarakan Untung B. Santoso. Peserta mengikuti diskusi.",
     {("Untung B. Santoso", "Operator Sidalih", None, "KPU Kota Tarakan")}),
    # negative: the application's name all in lower case is an activity, no title
    ("Bimtek bagi operator sidalih Rudi Hartanto pada bulan ini dimulai.", set()),
    # a school's deputy head with the field he oversees
    ("Kegiatan dibuka oleh Wakil Kepala Sekolah Bidang Humas, Abdul Karim, S.Pd., M.M., dan diikuti siswa.",
     {("Abdul Karim", "Wakil Kepala Sekolah", "Hubungan Masyarakat", None)}),
    # the police's operations section, written apart or glued to the title, its bureau after it
    ("Senada dengan itu Kabag OPS Polres Sekadau, Budi Sihombing menyampaikan pentingnya koordinasi.",
     {("Budi Sihombing", "Kepala Bagian", "OPS", "Polres Sekadau")}),
    ("Hadir Kabagbinops Roops Polda Bengkulu AKBP Hendri Santoso, S.E., dan perwakilan Bawaslu.",
     {("Hendri Santoso", "Kepala Bagian", "Binops Roops", "Polda Bengkulu")}),
    # negative: a glued unit title whose division is its own reads no more unit words
    ("Hadir Kasatreskrim Polres Kudus AKP Budi Sihombing.", {("Budi Sihombing", "Kepala Satuan", "Reskrim", "Polres Kudus")}),
])
def test_operators_deputies_and_police_sections(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, expected", [
    # glued division abbreviations go on after "dan", with "Divisi" before them or not
    ("Ketua Divisi Sosdiklihparmas dan SDM, Rudi Hartanto hadir sebagai narasumber dalam kegiatan itu.",
     {("Rudi Hartanto", "Ketua Divisi",
       "Sosialisasi, Pendidikan Pemilih Partisipasi Masyarakat dan Sumber Daya Manusia", None)}),
    ("Rombongan KPU Kota Bumiayu terdiri dari Divisi Teknis Penyelenggaraan, Dedi Suparman, Divisi Sosdiklihparmas dan "
     "SDM, Agus Haryadi, serta Divisi Hukum, Siti Aminah.",
     {("Dedi Suparman", "Ketua Divisi", "Teknis Penyelenggaraan", None),
      ("Agus Haryadi", "Ketua Divisi", "Sosialisasi, Pendidikan Pemilih Partisipasi Masyarakat dan Sumber Daya Manusia",
       None),
      ("Siti Aminah", "Ketua Divisi", "Hukum", None)}),
    # a division abbreviation no lexicon knows, kept as written before a holder or a body
    ("Koordinator Divisi PPDatin, Rudi Hartanto, menjelaskan penguatan di hulu data.",
     {("Rudi Hartanto", "Ketua Divisi", "PPDatin", None)}),
    ("Kordiv HP2H Bawaslu Lombok Timur, Sinta Lestari saat melakukan koordinasi.",
     {("Sinta Lestari", "Ketua Divisi", "HP2H", "Bawaslu Kabupaten Lombok Timur")}),
    # negative: a body's acronym after the title is the body, no division
    ("Ketua Divisi KPU Kota Batu, Budi Santoso, hadir.", {("Budi Santoso", "Ketua Divisi", None, "KPU Kota Batu")}),
    # the word "Divisi" with no division after it states no office
    ("Beliau memaparkan rotasi kepegawaian staf yang pindah Divisi, Pembinaan kepada CPNS baru, kearsipan.", set()),
    # the member in charge of a division heads it; the secretariat's coordinator written short
    ("‘Kami sudah bersosialisasi’ jelas Rahmat Hidayat, penanggungjawab Divisi Hukum dan Pengawasan.",
     {("Rahmat Hidayat", "Ketua Divisi", "Hukum dan Pengawasan", None)}),
    ("Hadir para anggota Asep Nurjaman, M.Pd; Dedi Imron, SE, Yogi Saputra (Koorsek). Kunjungan itu disambut baik.",
     {("Yogi Saputra", "Koordinator Sekretariat", None, None)}),
    # a bureau section's words before the body are its division, no name
    ("Materi disampaikan oleh Kasubbag Persidangan Setjen KPU RI. \"Pemahaman itu penting.\" tegas beliau.", set()),
    ("Acara dibuka oleh Kepala Bagian Persidangan dan Protokol Setjen KPU RI yang dalam sambutannya menekankan hal itu.",
     set()),
    # a candidate pair's office is not held
    ("Bawaslu Awasi Pendaftaran Bapaslon Bupati Rudi Hartanto - Siti Aminah di kantor KPU.", set()),
])
def test_division_abbreviations_and_section_heads(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # the head of a village the article names elsewhere, written with no name: the village is no person
    ("Bawaslu bersosialisasi di Desa Cikoneng, Kecamatan Wanareja. Sementara Kepala Desa Cikoneng menyampaikan "
     "terima kasih kepada warga.", set()),
    ("Bawaslu bersosialisasi di Desa Cikoneng. Kepala Desa Cikoneng, Yasin, menyampaikan terima kasih.", {"Yasin"}),
    # negative: a hamlet head's name that also reads as a place after the level word stays his
    ("Di Dusun Sumber Kidul, tim didampingi Kepala Dusun Agus Hermawan, mendatangi rumah warga.", {"Agus Hermawan"}),
    # a level word cut short is no name; an office acronym spelt another way neither
    ("Kepala Kejaksaan menanggapi sambutan dari Ketua Bawaslu Kabupat en Garut. Rapat selesai.", set()),
    ("Hadir adalah Komandan Distrik Militer 0735, Kapolrestra, Ketua Bawaslu, Kepala Disdukcapil.", set()),
])
def test_places_and_cut_words_are_no_names(extractor, body, names):
    assert {p.name for p in _persons(extractor, body)} == names


@pytest.mark.parametrize("body, expected", [
    # a region of two words after a level word elsewhere is no other name of a region: the holder keeps both words
    ("KPU Kabupaten Barito Timur menggelar silaturahmi. Hal itu disampaikan Bupati Barito Timur Andi Saputra bersama "
     "Sekda.", {("Andi Saputra", "Bupati", None, None)}),
    # negative: the region's words after a title are no holder's name
    ("Logistik ke Kabupaten Puncak Jaya sempat tertunda. “Kami sudah bertemu Bupati Puncak Jaya, Kapolres Puncak "
     "Jaya, dan KPU Puncak Jaya pekan lalu,” ujarnya.", set()),
    # a holder's name a body's span ran into, degrees after it: the holder's, the body ends before it
    ("Wali Kota hadir bersama Kepala Kesbangpol Darmaji, M.Si, serta Kepala Badan Kesbangpol Wulan Anggraeni, S.STP. "
     "pagi itu.", {("Darmaji", "Kepala", None, "Kesbangpol"), ("Wulan Anggraeni", "Kepala", None, "Badan Kesbangpol")}),
    # negative: a body's own region before the degree of the name after it stays the body's
    ("Hadir Kepala Dinas Sosial Kota Pati, Drs. Hery Susanto, dalam acara itu.",
     {("Hery Susanto", "Kepala", None, "Dinas Sosial Kota Pati")}),
    # the division abbreviation "Perdatin" (Perencanaan, Data dan Informasi)
    ("Materi disampaikan Kadiv Perdatin, Ahmad Fauzan Hakim, kepada peserta.",
     {("Ahmad Fauzan Hakim", "Ketua Divisi", "Perencanaan, Data dan Informasi", None)}),
])
def test_regions_of_two_words_and_names_run_into_bodies(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # words for groups of guests are no names
    ("Rapat evaluasi digelar bersama Stakeholder. Undangan dari Unsur Muspida Kota Salatiga dan para lurah ikut.",
     set()),
    ("Rapat dihadiri Stakeholder terkait dan Rina Wulandari selaku narasumber.", {"Rina Wulandari"}),
])
def test_group_words_are_no_names(extractor, body, names):
    assert {p.name for p in _persons(extractor, body)} == names


@pytest.mark.parametrize("body, expected", [
    # a list cue written with a capital at a clause's start is the cue, not the name's first word
    ("Dalam koordinasi dengan RSUD ini, Dihadiri Rahmat Hidayat selaku Ketua Divisi Hukum dan Pengawasan.",
     {("Rahmat Hidayat", "Ketua Divisi", "Hukum dan Pengawasan", None)}),
    # a noun with "-an" and "-nya" written with a capital opens no name
    ("Acara dibuka Sekretaris KPU Kota Batu, Dedi Prasetyo. Dalam Laporannya Dedi menjelaskan jadwal tahapan.",
     {("Dedi Prasetyo", "Sekretaris", None, "KPU Kota Batu")}),
    # negative: a name that ends in "-nya" without "-an" stays a name
    ("Hadir Anggota KPU Kota Batu, Sonya Maharani, dalam acara itu.",
     {("Sonya Maharani", "Anggota", None, "KPU Kota Batu")}),
])
def test_capitalised_cues_and_suffixed_nouns_open_no_name(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, expected", [
    # an election body's members listed after it: each office without a body of its own is of that body
    ("Dari KPU Kabupaten Lanny Jaya yang datang di antaranya, Ketua Yohanes Wenda, Anggota Divisi Hukum Maria "
     "Kogoya, Sekretaris Petrus Uropmabin serta staf.",
     {("Yohanes Wenda", "Ketua", None, "KPU Kabupaten Lanny Jaya"),
      ("Maria Kogoya", "Anggota", "Hukum", "KPU Kabupaten Lanny Jaya"),
      ("Petrus Uropmabin", "Sekretaris", None, "KPU Kabupaten Lanny Jaya")}),
    # negative: a body of another sentence, or one the list does not follow, gives no member its office's body
    ("KPU Kabupaten Pati menggelar rapat. Hadir Ketua Rudi Hartono dan Sekretaris Joko Susilo.",
     {("Rudi Hartono", "Ketua", None, None), ("Joko Susilo", "Sekretaris", None, None)}),
])
def test_members_listed_after_their_body(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # after "di" an honorific's letters name a venue ("RM": Rumah Makan), not a person
    ("Rapat evaluasi dilaksanakan di RM Sari Rasa Pati, Jalan Raya Pati, dan dibuka oleh Ketua KPU, Rudi Hartono.",
     {"Rudi Hartono"}),
    # negative: elsewhere the honorific still opens a name
    ("Hadir pula RM Suryo Wibowo dan Bapak Agus Salim dalam rapat itu.", {"Suryo Wibowo", "Agus Salim"}),
])
def test_venues_after_di_are_no_names(extractor, body, names):
    assert {p.name for p in _persons(extractor, body)} == names


def test_suffixed_noun_opens_no_person(extractor):
    # a noun with "-an" and "-nya" written with a capital is no first word of another person
    body = "Acara dibuka Sekretaris KPU Kota Batu, Dedi Prasetyo. Dalam Laporannya Dedi menjelaskan jadwal tahapan."
    assert {p.name for p in _persons(extractor, body)} == {"Dedi Prasetyo"}


@pytest.mark.parametrize("body, names", [
    # a name written once without the stop of its shortened word and once with it is one person, named by the
    # longer form
    ("Hadir Anggota Bawaslu Kabupaten Lumbung Muh Rasyid Hamdani. Kemudian Muh. Rasyid Hamdani menutup acara.",
     ["Muh. Rasyid Hamdani"]),
    # the stopped form read by no rule as a name ("... juga" after a clause opener) still names the person
    ("Sosialisasi di Sukamaju dibuka Koordinator Divisi Hukum, Abd Somad. Selepas itu Abd. Somad juga membagikan "
     "stiker.", ["Abd. Somad"]),
    # negative: written only without the stop, the name stays as written
    ("Hadir Anggota Bawaslu Kabupaten Lumbung Muh Rasyid Hamdani dalam rapat itu.", ["Muh Rasyid Hamdani"]),
])
def test_name_takes_its_written_stops(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # the role stated only on the stopped form stays with the one person the two forms name (an invented place
    # names no body)
    ("Undangan dibagikan oleh Abd Somad kepada warga. Setelah itu Ketua KPU Kota Lumbung Abd. Somad membuka acara.",
     {("Abd. Somad", "Ketua", None, None)}),
    # and a role on each form: both kept
    ("Ketua Bawaslu Kota Lumbung Muh Rasyid Hamdani hadir. Sekretaris Bawaslu Kota Lumbung Muh. Rasyid Hamdani ikut.",
     {("Muh. Rasyid Hamdani", "Ketua", None, None),
      ("Muh. Rasyid Hamdani", "Sekretaris", None, None)}),
])
def test_stopped_form_keeps_its_roles(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # a rule's title of seat allocation before "Anggota DPRD" names no holder
    ("Uji publik Penataan Dapil dan Alokasi Kursi Anggota DPRD Kota Lumbung digelar di aula.", set()),
    ("Sosialisasi Penataan Dapil Anggota DPRD Kota Lumbung digelar.", set()),
    # negative: a holder named before the office still is one
    ("Rapat dihadiri Sugeng Riyadi, Anggota DPRD Kabupaten Lumbung.", {"Sugeng Riyadi"}),
])
def test_seat_allocation_is_no_holder(extractor, body, names):
    assert {p.name for p in _persons(extractor, body)} == names


@pytest.mark.parametrize("body, expected", [
    # "Teknis" among other divisions is expanded as it is alone
    ("Rina Wati selaku Kasubag Teknis dan Hukum membacakan laporan.",
     {("Rina Wati", "Kepala Subbagian", "Teknis Penyelenggaraan dan Hukum", None)}),
    ("Laporan disusun Darmawan Putra dari Divisi Teknis dan Perencanaan bersama staf.",
     {("Darmawan Putra", "Ketua Divisi", "Teknis Penyelenggaraan dan Perencanaan", None)}),
    # negatives: the subsection named by one abbreviation (Tekmas) keeps its words, and so does a list that writes
    # the expansion's words itself
    ("Rina Wati selaku Kasubag Teknis dan Penyelenggaraan membacakan laporan.",
     {("Rina Wati", "Kepala Subbagian", "Teknis dan Penyelenggaraan", None)}),
    ("Rina Wati selaku Kasubag Teknis dan Hupmas membacakan laporan.",
     {("Rina Wati", "Kepala Subbagian", "Teknis dan Hubungan Masyarakat", None)}),
    ("Rina Wati selaku Kasubag Teknis & Hupmas membacakan laporan.",
     {("Rina Wati", "Kepala Subbagian", "Teknis & Hubungan Masyarakat", None)}),
])
def test_technical_division_among_others(extractor, body, expected):
    assert _comparable(_roles(extractor, body)) == _comparable(expected)


@pytest.mark.parametrize("body, names", [
    # an honorific opening a side of a candidate pair is no name word, with its stop or without
    ("Rekapitulasi Pilkada Kota Teluk Indah mencatat dua pasangan:\n1. H Darmaji Wiryono-H Sutanto Hadi meraih 40 "
     "persen;\n2. Rahmat Sugiarto-Hj Nur Aini meraih 60 persen.",
     ["Darmaji Wiryono", "Sutanto Hadi", "Rahmat Sugiarto", "Nur Aini"]),
    # the stop of an honorific after the word for a pair does not end the pair's sentence
    ("Dua pasang calon mendaftar, salah satunya pasangan calon H. Budi Raharjo - Agus Salim yang diusung tiga "
     "partai.", ["Budi Raharjo", "Agus Salim"]),
    # negative: a pair with no honorific keeps both sides as written
    ("Budi Santoso-Rahmat Hidayat ditetapkan sebagai pasangan calon.", ["Budi Santoso", "Rahmat Hidayat"]),
])
def test_honorifics_opening_pair_sides(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, names", [
    # an age in parentheses after a name, its unit capitalised or its number of one digit with the unit
    ("Putri bungsu warga, Sari (8 tahun), ikut melihat simulasi.", ["Sari"]),
    ("Panitia menunjuk Rudi Hartono (17 Tahun) sebagai ketua kelompok.", ["Rudi Hartono"]),
    # only the age finds this one-word name, its unit in capitals
    ("Pemilih pemula Rudi (17 TAHUN) menggunakan hak pilihnya.", ["Rudi"]),
    ("Di bilik contoh, bocah Sari (8 tahun) menirukan cara mencoblos.", ["Sari"]),
    # negatives: a one-digit term with its unit after capitalised words is a duration, not a child's age, when no
    # comma sets the words off and no word for a child stands before them
    ("Dokumen Rencana Jangka Menengah (5 Tahun) disusun bersama Sekretariat.", []),
    ("KPU Kabupaten Lumbung menyusun Rencana Strategis (5 tahun) untuk lembaga.", []),
    ("Menurut panitia, masa bakti KPU Periode Kedua (5 tahun) berakhir tahun depan.", []),
    ("Petugas membuka daftar Pemilih Pemula (6 tahun) lalu mencocokkannya.", []),
    # negative: one digit with no unit is a count, not an age (no place word before the names to block them)
    ("Peserta dari Sukamaju (9) dan Lumbung (5) hadir.", []),
])
def test_ages_after_names(extractor, body, names):
    assert [p.name for p in _persons(extractor, body)] == names


@pytest.mark.parametrize("body, expected", [
    # the holder of an office held before is still a person, with no role
    ("Relawan demokrasi dilatih eks Kepala Desa Sukamaju, Kartiman Wirodigdo, pekan lalu.", {"Kartiman Wirodigdo": []}),
    ("Warsito Adi, mantan Lurah Sidomakmur, mengisi materi kepemiluan.", {"Warsito Adi": []}),
    ("Lomba mewarnai dibuka purna Kepala Sekolah Suparlan Hadiwinoto.", {"Suparlan Hadiwinoto": []}),
    ("Upacara itu juga dihadiri pensiunan Kepala Dinas Pendidikan Kabupaten Blora, Narti Wulandari.",
     {"Narti Wulandari": []}),
    # negatives: a candidate's office is often an election's words; after a street word they are the street's
    ("Pendaftaran Calon Anggota Legislatif Kabupaten dibuka pekan depan.", {}),
    ("Gudang logistik itu berada di Jl. Jaksa Agung Darmowiyoto nomor 12.", {}),
    ("Kantor pindah ke Jalan Gubernur Sukardi Wiryo sejak Maret.", {}),
    # negatives: a former office's place, not its holder
    ("Turut hadir mantan Camat Sidomakmur periode 2015-2020 dalam kegiatan itu.", {}),
])
def test_former_office_holders_are_persons(extractor, body, expected):
    assert {p.name: [r.title for r in p.roles] for p in _persons(extractor, body)} == expected

