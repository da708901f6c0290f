"""Quotes and their speakers on real sentence shapes from KPU pages, with invented names; negatives included."""

from __future__ import annotations

import pytest

from kpu_extract.quotes import marked_spans


def _one_article(extractor, body):
    return extractor.extract("Judul Berita Uji Coba\n\n" + body, "t")[0]


@pytest.mark.parametrize("text, inside", [
    ("Ia berkata \"Kami siap melayani,\" lalu pergi.", ["Kami siap melayani,"]),
    ("Ia berkata “Kami siap melayani,” lalu pergi.", ["Kami siap melayani,"]),
    ("Ia berkata \"Kami siap melayani,” lalu pergi.", ["Kami siap melayani,"]),
    ("Ia berkata “Kami siap melayani,\" lalu pergi.", ["Kami siap melayani,"]),
    ("Ia berkata ”Kami siap melayani,” lalu pergi.", ["Kami siap melayani,"]),
    ("Ia berkata 'Kami siap melayani,' lalu pergi.", ["Kami siap melayani,"]),
    ("Rapat digelar Jum'at pagi di aula.", []),
    ("“Tahap pertama sudah selesai.\n\n“Tahap kedua dimulai besok,” ujarnya.",
     ["Tahap pertama sudah selesai.\n\n“Tahap kedua dimulai besok,"]),
    ("Paragraf pembuka.\nSemua tahapan berjalan sesuai jadwal,” ujarnya.", ["Semua tahapan berjalan sesuai jadwal,"]),
    ("“Kalimat tanpa penutup\n\nParagraf lain.\n\nSiti berkata, “Semua siap,” katanya.",
     ["Kalimat tanpa penutup", "Semua siap,"]),
    ("Ia menyebut “pemain lama” dan ‘rel’ di sana.", ["pemain lama", "rel"]),
    # a straight mark opening a paragraph with a space after it opens only before a word ("\" 12" is no speech)
    ("Tinggi tiang itu 5\" lebih.\n\n\" 12", []),
    # a straight mark with a space after it opens after a speech verb's comma or a sentence's end, before a word in
    # either case; after a plain word it does not (a title in marks)
    ("Ketua itu menjelaskan,\" data pemilih sudah kami perbaiki,\" ujarnya.", [" data pemilih sudah kami perbaiki,"]),
    ("Rapat pleno ditunda. \" tunggu saksi dari semua partai\". Tegasnya.", [" tunggu saksi dari semua partai"]),
    ("Film berjudul \" senja di pelabuhan\" diputar di aula.", []),
    # negatives: a lone closing mark whose opening was lost closes the paragraph's start and opens nothing, so no
    # quote swallows the narration after it
    ("Data pemilih sudah kami perbaiki di semua desa,\" Widya menambahkan. Rapat dimulai pukul 09.00 di aula kantor.",
     ["Data pemilih sudah kami perbaiki di semua desa,"]),
    ("Kami siap menggelar pemilu dengan jujur. \" lalu Widya menutup rapat di aula kantor bersama para anggota.", []),
    ("Susunan panitia: Ketua :\" Widya, Sekretaris :\" Budi.", []),
])
def test_marked_spans(text, inside):
    assert [text[s.start:s.end] for s in marked_spans(text)] == inside


@pytest.mark.parametrize("text", ["\"", "”", "“", "'", "“”", "\"\"\"", "a ” b “ c ‘ d ’ e", "“\n\n“\n\n”", "'''’’’"])
def test_odd_marks_never_crash(text):
    for span in marked_spans(text):
        assert 0 <= span.start <= span.end <= len(text)


@pytest.mark.parametrize("body, texts", [
    ("Ketua KPU Blora, Sari Wulandari hadir. ”Kami siap melayani seluruh pemilih,” katanya.",
     ["Kami siap melayani seluruh pemilih,"]),
    ("Ketua KPU Blora, Sari Wulandari hadir dan memberi sambutan.\n"
     "Semua tahapan sudah berjalan sesuai jadwal yang ditetapkan,\" kata Sari Wulandari kepada wartawan.",
     ["Semua tahapan sudah berjalan sesuai jadwal yang ditetapkan,"]),
    ("Ketua KPU Blora, Sari Wulandari hadir. \"Rekapitulasi berjalan lancar di semua kecamatan. "
     "Setelah itu kami gabungkan pada saat pleno. \"Pungkasnya.",
     ["Rekapitulasi berjalan lancar di semua kecamatan. Setelah itu kami gabungkan pada saat pleno. "]),
    ("Ketua KPU Blora, Sari Wulandari hadir. “Kami sudah melakukan simulasi pembagian dapil’ ujar Sari Wulandari.",
     ["Kami sudah melakukan simulasi pembagian dapil"]),
    ("Ketua KPU Blora, Sari Wulandari hadir. “ Ada dua partai baru yang terdaftar,” jelasnya.",
     [" Ada dua partai baru yang terdaftar,"]),
    ("KPU Blora mengikuti kegiatan bertajuk \"Talk To Me\" secara daring. Kegiatan “Kamis Sesuatu” juga digelar.", []),
    ("Acara ini mengusung slogan “Pemilih Berdaulat, Negara Kuat” bagi seluruh warga.", []),
    ("Upacara digelar dengan tema “ Mengukir makna Kebangkitan Nasional dengan mewujudkan Indonesia yang bekerja "
     "Nyata, Mandiri dan Berkarakter” usai sambutan.", []),
    # a closing mark missing: the quote ends at the comma before its cue, not at the next opening or paragraph end
    ("Ketua KPU Pati, Bagus Hartanto hadir. Beliau mengatakan “Dengan momentum ini kita wujudkan kinerja yang nyata "
     "untuk mensukseskan Pilkada 2017, pungkasnya. Usai upacara, Sekretaris memberi wejangan, “Selaku pegawai kita "
     "wajib bekerja dengan penuh tanggung jawab”. Ia menambahkan, “bagi yang tidak profesional akan mendapat sanksi "
     "teguran, ujarnya lebih lanjut.",
     ["Dengan momentum ini kita wujudkan kinerja yang nyata untuk mensukseskan Pilkada 2017,",
      "Selaku pegawai kita wajib bekerja dengan penuh tanggung jawab",
      "bagi yang tidak profesional akan mendapat sanksi teguran,"]),
    ("Ketua KPU Pati, Bagus Hartanto hadir. “Persiapan pemilihan sudah matang, kata Ketua KPU Pati. Rapat ditutup.",
     ["Persiapan pemilihan sudah matang,"]),
    # ... but a cue that goes on with a comma is inside the speech, and a quote cut by the page's end is none
    ("Ketua KPU Pati, Bagus Hartanto hadir. “Masyarakat, katanya, sudah siap datang ke TPS pada hari pemungutan.", []),
    # a sentence of speech whose period stands after the closing mark, introduced after a comma; a term is no speech
    ("Sekretaris KPU Pati memberikan arahan kepada staf, “Kita harus melayani pemilih dengan sepenuh hati”. Lalu pulang.",
     ["Kita harus melayani pemilih dengan sepenuh hati"]),
    ("Sekretaris KPU Pati membuka kegiatan bertajuk, “Melayani Pemilih Dengan Sepenuh Hati Setiap Hari”. Lalu pulang.",
     []),
    # a straight mark opening a paragraph, a space after it, as a curly one does (the space inside its marks)
    ("Ketua KPU Kabupaten Demak, Budi Santoso, hadir.\n\n\" Ada dua partai baru yang terdaftar di Kesbangpol,\" "
     "jelasnya.", [" Ada dua partai baru yang terdaftar di Kesbangpol,"]),
])
def test_quote_spans(rules_extractor, body, texts):
    assert [q.text for q in _one_article(rules_extractor, body).quotes] == texts


@pytest.mark.parametrize("body, speakers", [
    # a name after the quote
    ("Rapat dibuka pagi hari. \"Semua tahapan berjalan baik,\" ujar Dimas Prasetyo Aji.", ["Dimas Prasetyo Aji"]),
    ("Ketua KPU Pati, Bagus Hartanto hadir. “Kami siap,” pungkas Hartanto.", ["Bagus Hartanto"]),
    ("Ketua KPU Pati, Bagus Hartanto hadir. Anggota KPU Pati, Lestari Dewi juga hadir. "
     "\"Kerja sama ini penting bagi pemilih muda,\" ungkap Hartanto. Selain itu, Lestari menambahkan, semua siap.",
     ["Bagus Hartanto"]),
    ("Ketua KPU Pati, Bagus Hartanto hadir. “Kami sudah mengundang semua pihak,” jelas Bagus. "
     "Dengan hasil ini, pasangan Joko Susilo ditetapkan.", ["Bagus Hartanto"]),
    ("Anggota Bawaslu Pati, Rudi Santosa hadir. “Pencegahan menjadi kunci,” ujar Koordinator Divisi Pencegahan, "
     "Partisipasi Masyarakat, dan Hubungan Masyarakat Bawaslu Pati, Rudi Santosa.", ["Rudi Santosa"]),
    ("“Persiapan pemutakhiran data sudah dimulai sejak bulan lalu,” demikian Ketua KPU Kabupaten Pati, "
     "Bagus Hartanto saat diwawancara radio.", ["Bagus Hartanto"]),
    # a name before the quote
    ("Ketua KPU Blora, Widya Kurniasari hadir. Widya mengatakan, “Semua tahapan berjalan baik.”", ["Widya Kurniasari"]),
    ("Ketua KPU Blora, Widya Kurniasari hadir. Tegasnya: “Kami tidak memihak siapa pun.”", ["Widya Kurniasari"]),
    # a pronoun cue
    ("Ketua KPU Blora, Widya Kurniasari hadir. \"Kami siap melayani,\" ujarnya.", ["Widya Kurniasari"]),
    ("Ketua KPU Blora, Widya Kurniasari hadir. \"Kami siap melayani,\" ujar dia.", ["Widya Kurniasari"]),
    ("Ketua KPU Blora, Widya Kurniasari hadir. \"Kami siap melayani,\" kata pria asli Kediri tersebut.",
     ["Widya Kurniasari"]),
    # a title-only cue
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra membuka acara. Anggota KPU Grobogan, Rina Marlina juga hadir. "
     "“Partisipasi pemilih harus naik,” kata Ketua KPU Grobogan.", ["Hendra Saputra"]),
    ("Rapat dibuka pagi hari oleh panitia. “Partisipasi pemilih harus naik,” kata Kapolres Grobogan.", [None]),
    # a split quote and a run of quotes
    ("Ketua KPU Blora, Widya Kurniasari hadir. \"Kami siap melayani,\" ujarnya. \"Semua tahapan berjalan baik.\"",
     ["Widya Kurniasari"] * 2),
    ("Anggota KPU Grobogan, Rina Marlina hadir.\n\n“Harapannya para guru ikut menyosialisasikan tahapan pemilu.”\n\n"
     "“Target partisipasi tahun ini tujuh puluh lima persen,” jelas Rina.", ["Rina Marlina"] * 2),
    # a quote whose opening mark has a space after it, after a speech verb's comma or a sentence's end
    ("Ketua KPU Blora, Widya Kurniasari hadir. Widya menjelaskan,\" data pemilih sudah kami perbaiki di semua "
     "desa,\" ujarnya.", ["Widya Kurniasari"]),
    ("Ketua KPU Blora, Widya Kurniasari meminta rapat pleno ditunda. \" tunggu saksi dari semua partai\". "
     "Tegasnya.", ["Widya Kurniasari"]),
    # a lone closing mark after the first sentence: the real quote after it keeps its own speaker
    ("Ketua KPU Blora, Widya Kurniasari hadir. Semua logistik sudah siap,\" Widya menegaskan dalam rapat itu. "
     "\"Kami tidak main-main dengan tahapan ini,\" tambahnya.", ["Widya Kurniasari"] * 2),
])
def test_speakers(rules_extractor, body, speakers):
    assert [q.speaker_name for q in _one_article(rules_extractor, body).quotes] == speakers


def test_split_quote_gives_two_quotes_with_one_speaker(extractor):
    article = _one_article(extractor, "Ketua KPU Blora, Wulan Pratiwi Ayuningtyas hadir. \"Kami siap melayani,\" ujarnya. \"Semua tahapan berjalan baik.\"")
    assert [q.speaker_name for q in article.quotes] == ["Wulan Pratiwi Ayuningtyas"] * 2


def test_nested_term_stays_inside_the_outer_quote(extractor):
    body = ("Kadiv SDM KPU Pati, Ratna Kusumawardani hadir. \"Terakhir, kami mulai mengikis sedikit demi sedikit "
            "\"pemain lama\" dan melakukan kaderisasi,\" ujarnya.")
    (quote,) = _one_article(extractor, body).quotes
    assert quote.text.startswith("Terakhir") and quote.text.endswith("kaderisasi,")
    assert quote.speaker_name == "Ratna Kusumawardani"


def test_quote_cut_by_the_end_of_the_page_is_not_extracted(extractor):
    article = _one_article(extractor, "Ketua KPU Blora, Wulan Pratiwi Ayuningtyas hadir dalam rapat koordinasi yang digelar "
                                      "di aula kantor bersama seluruh jajaran sekretariat, anggota komisioner, dan staf "
                                      "pelaksana dari seluruh kecamatan di kabupaten. “Kami uc")
    assert article.quotes == []


@pytest.mark.parametrize("body, speakers", [
    # a pronoun cue goes to the person introduced as speaking, not to a person named later in passing
    ("Ketua KPU Blora, Widya Kurniasari menyampaikan bahwa rapat digelar terbuka. Rapat dihadiri oleh "
     "Kapolres Blora, Bambang Sutejo. \"Kami siap melayani seluruh pemilih,\" ujarnya.", ["Widya Kurniasari"]),
    # ... but a later person who opens a sentence as its acting subject takes over
    ("Acara dibuka oleh Ketua KPU Provinsi Jawa Tengah, Bapak Hendra Saputra, dalam sambutannya beliau menyampaikan "
     "terkait integritas. Ketua Divisi SDM dan Litbang KPU Provinsi Jawa Tengah ibu Rina Marlina, membuka khasanah "
     "baru terkait sharing knowledge. \"Mengelola sumber daya adalah hal berat yang nampaknya ringan,\" ucapnya.",
     ["Rina Marlina"]),
    # a speaker introduced several sentences before, with an initial in the name
    ("Ketua KPU Rembang, M. Iqbal Hartono mengatakan bahwa penetapan DPSHP sudah dilakukan.\n\n"
     "Lebih lanjut, ia menjelaskan perlu ada peran serta masyarakat.\n\n"
     "“Bisa dicek di website kami secara online dengan memasukkan NIK,” ungkapnya.", ["M. Iqbal Hartono"]),
    # prefixed and passive verbs from the stem lexicon
    ("Hal itu dikatakan Ketua KPU Grobogan, Hendra Saputra. “Barang logistik sudah datang semua,” jelas Hendra.",
     ["Hendra Saputra"]),
    ("Ketua KPU Pati, Bagus Hartanto hadir. “Kerja sama ini penting bagi pemilih muda,” dituturkan Bagus Hartanto.",
     ["Bagus Hartanto"]),
    ("Anggota KPU Kudus, Lestari Dewi menuturkan, “Semua tahapan sudah berjalan sesuai jadwal.”", ["Lestari Dewi"]),
    ("Ketua KPU Blora, Widya Kurniasari hadir. Dijelaskannya, “Kami tidak memihak siapa pun.”", ["Widya Kurniasari"]),
    # "dirinya" / "pihaknya" as the subject of the speech verb: the one already speaking
    ("Ketua KPU Blora, Widya Kurniasari hadir dalam rapat. Dirinya mengatakan, “Kami tidak memihak siapa pun.”",
     ["Widya Kurniasari"]),
    ("Ketua KPU Blora, Widya Kurniasari hadir dalam rapat. Pihaknya menegaskan, “Tidak ada PSU di Blora.”",
     ["Widya Kurniasari"]),
])
def test_speaker_introduced_as_speaking(rules_extractor, body, speakers):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == speakers


@pytest.mark.parametrize("body, expected", [
    ("Ketua KPU Blora, Widya Kurniasari menyampaikan bahwa Pancasila merupakan dasar negara dan ideologi bangsa.",
     [("Pancasila merupakan dasar negara dan ideologi bangsa", "Widya Kurniasari", "quote.indirect_active")]),
    ("Kadiv Sosdiklih KPU Kabupaten Blora, Ahmad Santoso mengatakan, KPU Blora tengah menggencarkan sosialisasi "
     "pemilihan.", [("KPU Blora tengah menggencarkan sosialisasi pemilihan", "Ahmad Santoso", "quote.indirect_active")]),
    ("Menurut Ketua KPU Pati, Bagus Hartanto, partisipasi pemilih di Pati naik tajam tahun ini.",
     [("partisipasi pemilih di Pati naik tajam tahun ini", "Bagus Hartanto", "quote.indirect_prep")]),
    ("Ketua KPU Pati, Bagus Hartanto membuka rapat. Menurutnya, dalam pelaksanaan pilkada lalu ada ribuan petugas.",
     [("dalam pelaksanaan pilkada lalu ada ribuan petugas", "Bagus Hartanto", "quote.indirect_pronoun")]),
    ("Ketua KPU Pati, Bagus Hartanto membuka rapat. Dijelaskannya, tahapan pencalonan dimulai dari pengumuman di DPT. "
     "Petugas juga hadir.",
     [("tahapan pencalonan dimulai dari pengumuman di DPT", "Bagus Hartanto", "quote.indirect_pronoun")]),
    # a reflexive pronoun as the subject points back to the one speaking, and is no person of its own
    ("Ketua KPU Pati, Bagus Hartanto membuka rapat. Dirinya mengimbau, agar rapat pleno berjalan aman dan tertib.",
     [("agar rapat pleno berjalan aman dan tertib", "Bagus Hartanto", "quote.indirect_active")]),
    # no reported clause: an object, a direct quote after the verb, a clause too short
    ("Ketua KPU Banyumas, Rofi Khasanah menyampaikan apresiasi atas sambutan hangat tuan rumah.", []),
    ("Ketua KPU Blora, Widya Kurniasari mengatakan, “Semua tahapan berjalan baik.”", []),
    ("Ketua KPU Blora, Widya Kurniasari mengatakan, siap.", []),
])
def test_indirect_speech(rules_extractor, body, expected):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "indirect"]
    assert [(q.text, q.speaker_name, q.rule) for q in quotes] == expected


@pytest.mark.parametrize("body, speakers", [
    # a title-only subject before the quote: the holder of that title
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra membuka acara. Anggota KPU Grobogan, Rina Marlina juga hadir. "
     "Ketua KPU Grobogan mengatakan, semua logistik sudah siap. \"Kami sudah mengecek semua gudang,\" ujarnya.",
     ["Hendra Saputra"]),
    # the speaker named in the sentence after a quote without a cue
    ("Rapat dibuka pagi hari oleh panitia dan diikuti seluruh jajaran. Anggota KPU Grobogan, Rina Marlina hadir.\n"
     "“Kami berharap partisipasi pemilih pada pemilihan tahun ini bisa naik lagi.” Hal itu disampaikan oleh "
     "Ketua KPU Grobogan, Hendra Saputra, saat membuka rapat.", ["Hendra Saputra"]),
    # ... but not a passive verb further on
    ("Anggota KPU Grobogan, Rina Marlina hadir. “Kami berharap partisipasi pemilih pada pemilihan tahun ini bisa naik "
     "lagi,” ujarnya. Rapat itu kemudian ditutup dengan doa. Materi disampaikan oleh Hendra Saputra.",
     ["Rina Marlina"]),
])
def test_speaker_by_title_or_following_cue(rules_extractor, body, speakers):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == speakers


@pytest.mark.parametrize("stem, suffix, active, passive, pronoun", [
    ("sampai", "kan", "menyampaikan", "disampaikan", "disampaikannya"),
    ("kata", "kan", "mengatakan", "dikatakan", "dikatakannya"),
    ("papar", "kan", "memaparkan", "dipaparkan", "dipaparkannya"),
    ("nyata", "kan", "menyatakan", "dinyatakan", "dinyatakannya"),
    ("tegas", "kan", "menegaskan", "ditegaskan", "ditegaskannya"),
    ("aku", "i", "mengakui", "diakui", "diakuinya"),
    ("imbuh", "kan", "mengimbuhkan", "diimbuhkan", "diimbuhkannya"),
    ("klarifikasi", "", "mengklarifikasi", "diklarifikasi", "diklarifikasinya"),
    ("peringati", "", "memperingati", "diperingati", "diperingatinya"),
    ("lantik", "", "melantik", "dilantik", "dilantiknya"),
])
def test_speech_and_event_verbs_share_one_affix_table(rules_extractor, stem, suffix, active, passive, pronoun):
    from kpu_extract.patterns import verb_forms

    forms = verb_forms(stem, suffix, rules_extractor.lexicons.morphology)
    assert (forms.active, forms.passive, forms.passive_pronoun) == (active, passive, pronoun)


@pytest.mark.parametrize("body, speaker", [
    ("Ketua KPU Kabupaten Blora, Budi Santoso, menyatakan, “Seluruh tahapan berjalan lancar.”", "Budi Santoso"),
    ("“Kami mengajak masyarakat datang ke TPS,” disampaikan Ketua KPU Kabupaten Pati, Dewi Lestari.", "Dewi Lestari"),
])
def test_generated_speech_forms_find_the_speaker(rules_extractor, body, speaker):
    article = _one_article(rules_extractor, body)
    names = {p.id: p.name for p in article.persons}
    assert [names.get(q.speaker) for q in article.quotes] == [speaker]


@pytest.mark.parametrize("body, speakers", [
    # a title-only cue at a sentence's end: the period after an acronym ends the cue
    ("Ketua KPU Kota Semarang, Hendra Saputra membuka acara. “Kita harus menjaga integritas,” tegas Ketua KPU. "
     "Kegiatan diikuti seluruh jajaran sekretariat.", ["Hendra Saputra"]),
    # a division head named by "Kadiv" is the member who holds that division
    ("Anggota KPU Kota Semarang Divisi Hukum dan Pengawasan, Rina Marlina, menyampaikan materi. "
     "\"Ini murni akibat proses hukum dan dinamika pencalonan,\" ujar Kadiv Hukum KPU Kota Semarang.", ["Rina Marlina"]),
    # a region written by its short form, a mayor by either spelling
    ("Ketua KPU Provinsi Jawa Tengah, Hendra Saputra membuka acara. Anggota KPU Kudus, Rina Marlina juga hadir. "
     "“Menjaga soliditas adalah kunci utama,” kata Ketua KPU Jateng.", ["Hendra Saputra"]),
    ("Walikota Semarang, Hendra Saputra membuka acara. Anggota KPU Kota Semarang, Rina Marlina juga hadir. "
     "“Menjaga soliditas adalah kunci utama,” kata Wali Kota Semarang.", ["Hendra Saputra"]),
    # a description that points back, with a place inside it
    ("Bupati Blora, Hendra Saputra membuka acara. \"Pancasila adalah pondasi bagi kita untuk membangun bangsa,\" "
     "ujar orang nomor satu di Blora itu.", ["Hendra Saputra"]),
    # ... but an indefinite one names someone new
    ("Ketua KPU Magelang, Hendra Saputra membuka acara. \"Kami sangat mendukung kegiatan ini,\" ujar salah satu "
     "warga desa itu.", [None]),
    # a dash between the closing mark and the cue
    ("Ketua KPU Pati, Bagus Hartanto hadir. Anggota KPU Pati, Lestari Dewi juga hadir. “Kami siap,” – ujar Bagus.",
     ["Bagus Hartanto"]),
    ("Ketua KPU Pati, Bagus Hartanto hadir. Anggota KPU Pati, Lestari Dewi juga hadir. “Kami siap,” -ujar Bagus.",
     ["Bagus Hartanto"]),
    # speech verbs of general Indonesian
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. “Jangan lupa gunakan hak pilih anda,” himbaunya.",
     ["Widya Kurniasari"]),
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. “Jangan lupa gunakan hak pilih anda,” minta Widya.",
     ["Widya Kurniasari"]),
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. “Evaluasi bukan sekadar penilaian,” nilai Widya.",
     ["Widya Kurniasari"]),
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. “Kami belajar banyak sejak proses penerimaan tamu,” "
     "kisahnya.", ["Widya Kurniasari"]),
    # a pronoun subject of a speech verb ("ia berpesan") keeps the speaker against a person named later in passing
    ("Kegiatan tersebut dibuka oleh Ketua KPU Kabupaten Blora, Widya Kurniasari. Dalam sambutannya, ia berpesan agar "
     "petugas bekerja dengan integritas. Kegiatan juga dihadiri Sekretaris KPU Kabupaten Blora, Rina Marlina. "
     "“Kami siap melayani pemilih,” katanya.", ["Widya Kurniasari"]),
    # an article that opens with a quote: the speaker introduced right after it
    ("“Kami ingin seluruh warga datang ke TPS dan menggunakan hak pilihnya dengan baik.”\n\n"
     "Ajakan tersebut disampaikan Ketua KPU Kota Semarang, Hendra Saputra, saat membuka sosialisasi.",
     ["Hendra Saputra"]),
    ("“Kami ingin seluruh warga datang ke TPS dan menggunakan hak pilihnya dengan baik.”\n\n"
     "Rapat dihadiri seluruh PPK dari enam belas kecamatan.", [None]),
    # a page that opens inside an article: the pronoun cue goes to the speaker its end introduces
    ("”Kami selalu membawa gambar pasangan calon. Jadi memang sosialisasi ini penting,” katanya.\n"
     "Kesepuluh sekolah itu adalah SMAN 1 Purwodadi dan SMAN 1 Toroh.\n"
     "Ketua Basis Warganet Dimas Prasetyo Aji mengatakan, hingga kini pihaknya sudah melakukan sosialisasi.",
     ["Dimas Prasetyo Aji"]),
    # the speaker named after a description and a comma, or after a relative clause on the title
    ('"Kami siap mengikuti tahapan," kata salah satu peserta, Budi Santoso.', ["Budi Santoso"]),
    ('"Kami siap," kata Ketua KPU Kabupaten Lamandau yang baru dilantik, Hendra Saputra.', ["Hendra Saputra"]),
    # a talk presented by a named member: the pronoun cue after it is the presenter's, not the earlier speaker's
    ('Ketua KPU Kabupaten Blora Ahmad Fauzi membuka acara. "Kami siap," katanya. Materi dibawakan Anggota KPU '
     'Kabupaten Blora Rina Kusuma. "Pemilih harus cermat," ujarnya.', ["Ahmad Fauzi", "Rina Kusuma"]),
    ('Ketua KPU Kabupaten Blora Ahmad Fauzi membuka acara. "Kami siap," katanya. Acara dimeriahkan grup band. '
     '"Pemilih harus cermat," ujarnya.', ["Ahmad Fauzi", "Ahmad Fauzi"]),
    # a witness named by one word before "salah satu saksi" speaks with a pronoun cue
    ('Saat kotak suara dibuka, Rudi salah satu saksi perwakilan paslon 02 menolak menandatangani. "Saya dapat '
     'undangan pagi ini," ucapnya.', ["Rudi"]),
    # a capitalised cue after the sentence's period names the speaker by a short form of one name word
    ('Menurut Ketua KPU Kabupaten Sumbawa, Hermanto bahwa data pemilih berkurang. "Jadi saat pleno data pemilih '
     'kita bersih, tidak ada yang ganda". Ujar Herman', ["Hermanto"]),
    # ... not when the short form begins a name word of two persons, nor when it is shorter than four letters
    ('Ketua KPU Kabupaten Sumbawa Hermanto dan Sekretaris KPU Kabupaten Sumbawa Hermawati hadir. "Jadi saat pleno '
     'data pemilih kita bersih, tidak ada yang ganda". Ujar Herm', [None]),
])
def test_speaker_cues_on_unseen_shapes(rules_extractor, body, speakers):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == speakers


def test_short_form_person_resolves_to_the_full_name():
    from kpu_extract.quotes import _fullest
    from kpu_extract.records import Person

    full, short, other = Person("P1", "Muhammad Hendra Saputra"), Person("P2", "Hendra Saputra"), Person("P3", "Rina")
    assert _fullest(short, [full, short, other]) is full
    assert _fullest(full, [full, short, other]) is full
    assert _fullest(other, [full, short, other]) is other
    assert _fullest(short, [full, short, Person("P4", "Hendra Saputra Wijaya")]) is short  # two fuller: no guess


@pytest.mark.parametrize("body, expected", [
    # speech that holds a full sentence needs no final mark inside the quote
    ("Anggota KPU RI, Rina Marlina mengharapkan semua anggota KPU bisa menyimak apa yang dialami teman-teman "
     "kabupaten kota. “Pengalaman yang dialami sangat penting, demi menghadapi tantangan penyelenggaraan "
     "pemilu tahun 2024. Persiapan apa saja yang harus kita lakukan, untuk mencegah persoalan dalam menerapkan "
     "sirekap” Rina Marlina meminta semua operator serius.",
     [("Pengalaman yang dialami sangat penting, demi menghadapi tantangan penyelenggaraan pemilu tahun 2024. "
       "Persiapan apa saja yang harus kita lakukan, untuk mencegah persoalan dalam menerapkan sirekap", "Rina Marlina")]),
    # "lontarnya" after a closing mark glued to its comma
    ("Menurut Indah Permatasari, membangun kedekatan dengan konstituen sangat penting. “Harus rela jam tidur "
     "berkurang, karena harus siap untuk melayani masyarakat\",lontarnya.",
     [("Harus rela jam tidur berkurang, karena harus siap untuk melayani masyarakat", "Indah Permatasari")]),
    # themes and titles are never speech, whatever their length
    ("KPU Kudus menjelaskan bahwa tema podcast tahun ini adalah “Makna Kemerdekaan bagi Generasi Muda”. "
     "Oleh karena itu, KPU mengundang pelajar.", []),
    ("Panitia meluncurkan buku berjudul “Pemilu Damai. Sebuah Catatan Panjang dari Para Penyelenggara di Daerah” "
     "di aula.", []),
])
def test_quote_spans_without_final_mark(rules_extractor, body, expected):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == expected


@pytest.mark.parametrize("body", [
    "Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. ''Kami siap melayani seluruh pemilih,'' ujarnya.",
    "Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. ‘‘Kami siap melayani seluruh pemilih,’’ ujarnya.",
    "Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. „Kami siap melayani seluruh pemilih,“ ujarnya.",
    "Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. «Kami siap melayani seluruh pemilih,» ujarnya.",
    "Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. \"Kami siap melayani seluruh pemilih,'' ujarnya.",
])
def test_doubled_and_foreign_marks(rules_extractor, body):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == [("Kami siap melayani seluruh pemilih,", "Widya Kurniasari")]


@pytest.mark.parametrize("body, expected", [
    # "Menurut X," right before a short quote introduces it and names its speaker
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra membuka acara. Anggota KPU Grobogan, Rina Marlina juga hadir. "
     "Menurut Rina Marlina, “Semua logistik siap.”", [("Semua logistik siap.", "Rina Marlina")]),
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra membuka acara. Anggota KPU Grobogan, Rina Marlina juga hadir. "
     "Menurut Ketua KPU Kabupaten Grobogan, Hendra Saputra, “Semua logistik siap.”",
     [("Semua logistik siap.", "Hendra Saputra")]),
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra membuka acara. Menurutnya, “Semua logistik siap.”",
     [("Semua logistik siap.", "Hendra Saputra")]),
    # a short marked term after a name is not speech
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra membuka forum “Kamis Sesuatu” di aula.", []),
])
def test_menurut_before_a_short_quote(rules_extractor, body, expected):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == expected


@pytest.mark.parametrize("body, expected", [
    # a short quote opening the sentence after its predecessor's cue goes on with the same speech
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra hadir. “Logistik sudah datang,” jelas Hendra kepada wartawan. "
     "“Semua aman.”", [("Logistik sudah datang,", "Hendra Saputra"), ("Semua aman.", "Hendra Saputra")]),
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra hadir. “Logistik sudah datang,” jelasnya, Jumat (14/11/2020). "
     "“Semua aman.”", [("Logistik sudah datang,", "Hendra Saputra"), ("Semua aman.", "Hendra Saputra")]),
    # ... not after another sentence, and a term is no speech
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra hadir. “Logistik sudah datang,” jelas Hendra. Acara dilanjutkan "
     "dengan doa. “Semua aman.”", [("Logistik sudah datang,", "Hendra Saputra")]),
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra hadir. “Logistik sudah datang,” jelas Hendra. Acara mengusung "
     "slogan “Pemilu Damai”.", [("Logistik sudah datang,", "Hendra Saputra")]),
])
def test_short_quote_after_a_cue_sentence(rules_extractor, body, expected):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == expected


@pytest.mark.parametrize("body, speakers", [
    # the body named in a title-only cue is compared by its canonical name, whatever its written form
    ("Ketua KIP Aceh Besar, Teuku Hasanuddin membuka acara. Anggota KIP Aceh Besar, Rina Marlina hadir. "
     "“Kami siap melayani seluruh pemilih,” kata Ketua Komisi Independen Pemilihan Aceh Besar.", ["Teuku Hasanuddin"]),
    ("Ketua KPU Kudus, Rina Marlina membuka acara. “Kami siap melayani seluruh pemilih,” kata Ketua KPUD Kudus.",
     ["Rina Marlina"]),
    # a short word of the cue is a word of the role, not part of a name ("RI" is not in "Rina")
    ("Ketua KPU RI, Hendra Saputra membuka acara. Ketua KPU Kudus, Rina Marlina hadir. “Kami siap melayani seluruh "
     "pemilih,” kata Ketua KPU RI.", ["Hendra Saputra"]),
    # "Divisi" names no office of its own: the member of that division, written "Kadiv" where the role was stated
    ("Kadiv Teknis Penyelenggaraan KPU Kudus, Budi Santoso membuka acara. Ketua KPU Kudus, Rina Marlina hadir. "
     "“Kami siap melayani seluruh pemilih,” kata Anggota KPU Kudus Divisi Teknis Penyelenggaraan tersebut.",
     ["Budi Santoso"]),
    # a region written by its alias in the cue as in the role ("Kapolres Humbahas"), and the alias of another region
    ("Kapolres Humbahas AKBP Dedi Setiawan meninjau gudang. “Kita harus selalu waspada,” tutup Kapolres Humbahas.",
     ["Dedi Setiawan"]),
    ("Kapolres Humbahas AKBP Dedi Setiawan meninjau gudang. “Kita harus selalu waspada,” kata Kapolres Tapsel.",
     [None]),
    # negatives: another level of the same region, another body of the same region
    ("Ketua KPU Kota Semarang, Budi Santoso membuka acara. “Kami siap melayani seluruh pemilih,” kata Ketua KPU "
     "Kabupaten Semarang.", [None]),
    ("Ketua Bawaslu Kudus, Budi Santoso membuka acara. “Kami siap melayani seluruh pemilih,” kata Ketua KPU Kudus.",
     [None]),
])
def test_title_cue_names_its_body_by_canonical_name(rules_extractor, body, speakers):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == speakers


@pytest.mark.parametrize("body, speakers", [
    # a cue naming the speaker by the initials of a person named in the article; initials nobody has are no one
    ("Narasumber Bambang Hadi Wibowo menyampaikan materi. “Pemilu memilih pemimpin,” kata BHW.", ["Bambang Hadi Wibowo"]),
    ("Narasumber Bambang Hadi Wibowo menyampaikan materi. “Pemilu memilih pemimpin,” kata KPU.", [None]),
])
def test_cue_by_a_persons_initials(rules_extractor, body, speakers):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == speakers


@pytest.mark.parametrize("body, expected", [
    # a cue verb opening its sentence before the quote names the speaker after it
    ("Ketua KPU Kudus, Rina Marlina membuka acara. Sekretaris KPU Kudus, Budi Santoso hadir. "
     "Kata Rina, “Kami siap melayani seluruh pemilih.”", [("Kami siap melayani seluruh pemilih.", "Rina Marlina")]),
    ("Ketua KPU Kudus, Rina Marlina membuka acara. Sekretaris KPU Kudus, Budi Santoso hadir. "
     "Ujar Rina: “Kami siap melayani seluruh pemilih.”", [("Kami siap melayani seluruh pemilih.", "Rina Marlina")]),
    ("Ketua KPU Kudus, Rina Marlina membuka acara. Sekretaris KPU Kudus, Budi Santoso hadir. "
     "Tegas Ketua KPU Kudus: “Kami siap melayani seluruh pemilih.”",
     [("Kami siap melayani seluruh pemilih.", "Rina Marlina")]),
    ("Ketua KPU Kudus, Rina Marlina mengatakan pihaknya siap. Sekretaris KPU Kudus, Budi Santoso hadir. "
     "Kata dia, “Kami siap melayani seluruh pemilih.”", [("Kami siap melayani seluruh pemilih.", "Rina Marlina")]),
    # speech verbs of general Indonesian
    ("Ketua KPU Kudus, Rina Marlina membuka acara. “Kinerja petugas sangat baik,” pujinya.",
     [("Kinerja petugas sangat baik,", "Rina Marlina")]),
    # negatives: a lower-case word after the verb, the verb inside a sentence
    ("Ketua KPU Kudus, Rina Marlina membuka acara. Kata warga, “Kami siap datang.”", []),
])
def test_cue_verb_opening_the_sentence_before_a_quote(rules_extractor, body, expected):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == expected


@pytest.mark.parametrize("body, speakers", [
    # a name after the cue that is no mention of its own still names the one person whose name holds its words
    ("Ketua KPU Kudus, Rina Marlina membuka acara. “Kami siap melayani seluruh pemilih,” kata RINA.", ["Rina Marlina"]),
    # negatives: two persons hold the word, a title is no name
    ("Ketua KPU Kudus, Rina Marlina membuka acara. Anggota KPU Kudus, Rina Wulandari hadir. “Kami siap melayani "
     "seluruh pemilih,” kata RINA.", [None]),
    ("Ketua KPU Kudus, Rina Marlina membuka acara. “Kami siap melayani seluruh pemilih,” kata Kapolres.", [None]),
])
def test_cue_name_matched_by_the_words_of_a_person_name(rules_extractor, body, speakers):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == speakers


_LISTED_SPEECH_VERBS = ["ujar", "kata", "ucap", "jelas", "tutur", "ungkap", "tegas", "imbuh", "tambah", "pungkas",
                        "tandas", "terang", "sebut", "papar", "harap", "cetus"]


@pytest.mark.parametrize("verb", _LISTED_SPEECH_VERBS)
def test_every_listed_speech_verb_after_a_quote(rules_extractor, verb):
    """Each listed speech verb after a quote, with a name ("ujar X") and as a pronoun ("ujarnya")."""
    intro = "Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. Anggota KPU Blora, Rina Marlina juga hadir. "
    named = _one_article(rules_extractor, intro + f"“Semua tahapan berjalan baik,” {verb} Widya.").quotes
    pronoun = _one_article(rules_extractor, "Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. "
                                            f"“Semua tahapan berjalan baik,” {verb}nya.").quotes
    assert [(q.text, q.speaker_name) for q in named] == [("Semua tahapan berjalan baik,", "Widya Kurniasari")]
    assert [(q.text, q.speaker_name) for q in pronoun] == [("Semua tahapan berjalan baik,", "Widya Kurniasari")]


@pytest.mark.parametrize("body, expected", [
    # single quotes used for speech; a single-quoted term is none
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. 'Kami siap melayani seluruh pemilih,' ujarnya.",
     [("Kami siap melayani seluruh pemilih,", "Widya Kurniasari")]),
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. ‘Kami siap melayani seluruh pemilih,’ kata Widya.",
     [("Kami siap melayani seluruh pemilih,", "Widya Kurniasari")]),
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari menyebut istilah ‘rel’ dalam rapat di aula.", []),
    # mixed pairs of marks
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. “Kami siap melayani seluruh pemilih,\" ujarnya.",
     [("Kami siap melayani seluruh pemilih,", "Widya Kurniasari")]),
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. \"Kami siap melayani seluruh pemilih,” ujarnya.",
     [("Kami siap melayani seluruh pemilih,", "Widya Kurniasari")]),
    # a quote running over two paragraphs without a closing mark is one quote
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir.\n\n“Tahap pertama sudah selesai minggu lalu.\n\n"
     "“Tahap kedua dimulai besok pagi,” ujarnya.",
     [("Tahap pertama sudah selesai minggu lalu.\n\n“Tahap kedua dimulai besok pagi,", "Widya Kurniasari")]),
    # a "tegasnya:" cue before the quote, a name before a quote with "mengatakan,"
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. Tegasnya: “Kami tidak memihak siapa pun.”",
     [("Kami tidak memihak siapa pun.", "Widya Kurniasari")]),
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. Rina Marlina juga hadir. Widya mengatakan, "
     "“Kami tidak memihak siapa pun.”", [("Kami tidak memihak siapa pun.", "Widya Kurniasari")]),
    # a split quote: both halves to one speaker
    ("Ketua KPU Kabupaten Blora, Widya Kurniasari hadir. “Kami siap,” ujarnya. “Semua tahapan berjalan baik.”",
     [("Kami siap,", "Widya Kurniasari"), ("Semua tahapan berjalan baik.", "Widya Kurniasari")]),
])
def test_quote_marks_and_cues(rules_extractor, body, expected):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == expected


@pytest.mark.parametrize("body", [
    "Ketua KPU Blora, Widya Kurniasari hadir. “Kami siap,” ujarnya. Rapat dibuka “pagi dan ditutup sore.\n\n"
    "Paragraf lain berisi berita panjang tentang tahapan pemilihan yang berjalan lancar di seluruh kecamatan.",
    "Ketua KPU Blora, Widya Kurniasari hadir. ” Rapat dibuka ' pagi “ dan ‘ ditutup ’ sore \" malam.\n\n"
    "Paragraf lain berisi berita panjang tentang tahapan pemilihan yang berjalan lancar di seluruh kecamatan.",
])
def test_odd_marks_never_swallow_the_page(rules_extractor, body):
    article = _one_article(rules_extractor, body)
    assert all("Paragraf lain" not in q.text for q in article.quotes)


@pytest.mark.parametrize("body, expected", [
    # no cue: the person introduced just before as speaking or acting takes the quote
    ("Dalam sambutannya, Ketua KPU Blora, Widya Kurniasari berpesan kepada petugas. “Bekerjalah dengan jujur dan "
     "penuh tanggung jawab.”", [("Bekerjalah dengan jujur dan penuh tanggung jawab.", "Widya Kurniasari")]),
    ("Sekretaris KPU Pati, Bagus Hartanto memberikan wejangan kepada staf, “Selaku pegawai kita harus bekerja dengan "
     "penuh tanggung jawab”. Rapat selesai.",
     [("Selaku pegawai kita harus bekerja dengan penuh tanggung jawab", "Bagus Hartanto")]),
    ("Ketua KPU Blora, Widya Kurniasari membuka rapat.\n\nAnggota KPU Blora, Rina Marlina menyampaikan materi tentang "
     "data pemilih.\n\n“Data pemilih harus dimutakhirkan setiap tiga bulan sekali.”",
     [("Data pemilih harus dimutakhirkan setiap tiga bulan sekali.", "Rina Marlina")]),
    # ... not a person named after the speaker only as an object, and nobody when nobody is named
    ("Ketua KPU Blora, Widya Kurniasari mengatakan rapat digelar terbuka. Rapat dihadiri oleh Kapolres Blora, Bambang "
     "Sutejo. “Kami siap melayani seluruh pemilih dengan sepenuh hati.”",
     [("Kami siap melayani seluruh pemilih dengan sepenuh hati.", "Widya Kurniasari")]),
    ("Rapat digelar di aula. “Data pemilih harus dimutakhirkan setiap tiga bulan sekali.”",
     [("Data pemilih harus dimutakhirkan setiap tiga bulan sekali.", None)]),
    # a missing closing mark before a named cue
    ("Ketua KPU Blora, Widya Kurniasari hadir. Anggota KPU Blora, Rina Marlina juga hadir. “Data pemilih harus "
     "dimutakhirkan setiap tiga bulan sekali, kata Rina. Rapat selesai.",
     [("Data pemilih harus dimutakhirkan setiap tiga bulan sekali,", "Rina Marlina")]),
])
def test_speaker_without_cue_and_quote_closed_by_cue(rules_extractor, body, expected):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == expected


@pytest.mark.parametrize("body, expected", [
    # a straight opening mark glued to the period before it opens a quote when none is open ...
    ("Anggota KIP Aceh Tamiang, Rizal Fahmi mengatakan distribusi lancar. “Semua kotak suara sudah sampai di "
     "gudang,\" kata Rizal, Senin (3/4/2024).\nSurat suara akan disortir dua hari.\"Kita yakin semua selesai tepat "
     "waktu,\" kata Rizal.Rizal menambahkan, petugas siap.",
     [("Semua kotak suara sudah sampai di gudang,", "Rizal Fahmi"),
      ("Kita yakin semua selesai tepat waktu,", "Rizal Fahmi")]),
    # ... but inside an open quote it stays a word of the speech
    ("Anggota KIP Aceh Tamiang, Rizal Fahmi hadir. “Semua siap.\"Besok kami mulai menyortir surat suara,\" ujarnya.",
     [("Semua siap.\"Besok kami mulai menyortir surat suara,", "Rizal Fahmi")]),
    # an opening mark glued to the comma of a speech verb, with the period outside the marks
    ("Ketua KPU Kabupaten Lamandau, Hendra Saputra mengatakan,”persentase pasangan nomor urut satu 58 persen, "
     "sedangkan pasangan nomor dua 42 persen”.",
     [("persentase pasangan nomor urut satu 58 persen, sedangkan pasangan nomor dua 42 persen", "Hendra Saputra")]),
    # a ” opening a paragraph with a space after it; a straight mark with spaces on both sides after a sentence
    ("Anggota PPK Bulik, Rina Marlina turun ke PPS.\n” Kami turun lagi ke setiap PPS untuk mengecek pemilih "
     "ganda,” jelas Rina Marlina usai kunjungan.",
     [(" Kami turun lagi ke setiap PPS untuk mengecek pemilih ganda,", "Rina Marlina")]),
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra hadir. \" Tema kegiatan ini adalah pesta rakyat, pastikan "
     "masyarakat menerima informasi ini, \" pungkasnya.",
     [(" Tema kegiatan ini adalah pesta rakyat, pastikan masyarakat menerima informasi ini, ", "Hendra Saputra")]),
    # ... but a closing mark glued to its cue with no opening one still runs from the paragraph's start
    ("Semua tahapan sudah siap dan berjalan lancar sesuai jadwal,\"kata Hendra Saputra.",
     [("Semua tahapan sudah siap dan berjalan lancar sesuai jadwal,", "Hendra Saputra")]),
    # two single marks written as an opening double mark, and a doubled closing glued to its cue
    ("Ketua KPU Kota Kendari, Hasan Basri hadir. ‘’Kami minta rekapitulasi ditunda sampai semua jelas,” ungkap "
     "salah satu pengunjuk rasa.", [("Kami minta rekapitulasi ditunda sampai semua jelas,", None)]),
    ("Ketua KPU Kota Kendari, Hasan Basri hadir. “Kami siap melayani seluruh pemilih,’’ujarnya.",
     [("Kami siap melayani seluruh pemilih,", "Hasan Basri")]),
    # Jawa Pos style: two right single marks open and close the quote
    ("Ketua Bawaslu Kabupaten Lamandau Rudi Hartono hadir. Menurut dia, kinerja panwaslu kurang independen. "
     "’’Seharusnya panwaslu tegas memutus mana yang salah,’’ katanya.",
     [("Seharusnya panwaslu tegas memutus mana yang salah,", "Rudi Hartono")]),
    # a left mark written as the closing one, after the comma and before the cue
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra hadir. “Kami siap melayani seluruh pemilih,“ ujar Hendra.",
     [("Kami siap melayani seluruh pemilih,", "Hendra Saputra")]),
    # speech verbs of news writing: "singkat X", "bantahnya"
    ("Ketua KPU Kota Kendari, Hasan Basri hadir. Anggota KPU Kota Kendari, Rina Lestari juga hadir. “Ya, nanti kami "
     "kabari,” singkat Hasan di lokasi.", [("Ya, nanti kami kabari,", "Hasan Basri")]),
    ("Ketua KPU Kota Kendari, Hasan Basri hadir. “Tidak ada data ganda di daftar pemilih kami,” bantahnya.",
     [("Tidak ada data ganda di daftar pemilih kami,", "Hasan Basri")]),
    ("Bupati Lamandau Hendra Saputra hadir. \"Pemerintah tidak akan membeda-bedakan pendukung pasangan mana pun,\" "
     "janjinya.", [("Pemerintah tidak akan membeda-bedakan pendukung pasangan mana pun,", "Hendra Saputra")]),
    # a pronoun cue after someone unnamed was introduced as speaking ("Ia mengaku") is nobody named later
    ("KPU Kabupaten Kediri membuka segel kotak suara. Seorang saksi menolak menandatangani berita acara. Ia mengaku "
     "undangan datang mendadak. “Undangan baru kami terima pagi ini,” ucapnya.\n\nKetua KPU Kabupaten Kediri, "
     "Sapto Wibowo, menjelaskan kegiatan ini instruksi KPU Provinsi.", [("Undangan baru kami terima pagi ini,", None)]),
    # a title nobody in the article holds: the one speaking, when the article gave them no office ...
    ("Menurut Taufik Hidayat, layanan ini memudahkan pemilih. “Jadi, masyarakat bisa mengecek sendiri namanya,” "
     "terang Anggota KPU Kota Pekalongan Divisi Hukum, Selasa (22/9).",
     [("Jadi, masyarakat bisa mengecek sendiri namanya,", "Taufik Hidayat")]),
    # ... never one the article gave another office
    ("Ketua KPU Kabupaten Grobogan, Hendra Saputra membuka acara. “Keamanan pemungutan suara terjamin,” kata "
     "Kapolres Grobogan.", [("Keamanan pemungutan suara terjamin,", None)]),
    # a pronoun cue after a person named only as an object ("didampingi Y") goes to the subject acting before ...
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra membuka rapat didampingi Sekretaris KPU Kabupaten Lamandau, Rina "
     "Marlina. “Kami siap melaksanakan seluruh tahapan,” tuturnya.",
     [("Kami siap melaksanakan seluruh tahapan,", "Hendra Saputra")]),
    # a short marked sentence right after a speech verb, its period outside the marks, is speech ...
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra hadir. Anggota KPU Lamandau Rina Marlina juga hadir. Hendra "
     "menyampaikan bahwa “Pemilu harus jujur dan adil”.", [("Pemilu harus jujur dan adil", "Hendra Saputra")]),
    # ... so is one after a speech verb and its comma that the sentence goes on after
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra hadir. Ia menyebut, \"Kami siap melaksanakan tahapan\" saat "
     "membuka rapat.", [("Kami siap melaksanakan tahapan", "Hendra Saputra")]),
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra hadir. Ia menyebut, \"pemain lama\" sudah tidak ada.", []),
    # ... a title in capitals after it is not
    ("KPU Kabupaten Lamandau menyampaikan “Gerakan Coblos Bersama Warga”. Rapat selesai.", []),
    # ... also when the object marker stands between two capitalised words ("... Saputra didampingi Sekretaris ...")
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra didampingi Sekretaris KPU Kabupaten Lamandau Rina Marlina membuka "
     "rapat. “Semua petugas harus netral,” ujarnya.", [("Semua petugas harus netral,", "Hendra Saputra")]),
    # a short quote right after the sentence that introduces its speaker by a passive verb ...
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra hadir. “Semua petugas harus netral,” kata Hendra. Hal senada "
     "diungkapkan Rina Marlina, Anggota KPU Kabupaten Lamandau. “Netralitas adalah kunci.”",
     [("Semua petugas harus netral,", "Hendra Saputra"), ("Netralitas adalah kunci.", "Rina Marlina")]),
    # ... but a name in capitals after such a sentence is no speech
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra hadir. Rina Marlina menjelaskan program baru. Program itu bernama "
     "“Desa Peduli Pemilu.” Rapat selesai.", []),
    # the person who opens the sentence right before the quote, after a lead clause and a title, takes its pronoun
    # cue from one introduced as speaking earlier ...
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra mengatakan rapat berjalan lancar. Sementara itu, Anggota KPU "
     "Kabupaten Lamandau Rina Marlina hadir sebagai narasumber. “Data pemilih harus akurat,” ujarnya.",
     [("Data pemilih harus akurat,", "Rina Marlina")]),
    # ... not one named there after a verb ("Kegiatan juga dihadiri X")
    ("Ketua KPU Kabupaten Lamandau Hendra Saputra mengatakan rapat berjalan lancar. Kegiatan juga dihadiri Sekretaris "
     "KPU Kabupaten Lamandau Rina Marlina. “Data pemilih harus akurat,” ujarnya.",
     [("Data pemilih harus akurat,", "Hendra Saputra")]),
    # ... but to the one named when nobody acts before them
    ("Kegiatan dibuka oleh Ketua KPU Kabupaten Lamandau, Hendra Saputra. “Kami siap melaksanakan seluruh tahapan,” "
     "tuturnya.", [("Kami siap melaksanakan seluruh tahapan,", "Hendra Saputra")]),
])
def test_fresh_shapes_of_marks_and_cues(rules_extractor, body, expected):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [(q.text, q.speaker_name) for q in quotes] == expected


def test_nickname_resolves_to_the_one_full_name():
    from kpu_extract.quotes import _fullest
    from kpu_extract.records import Person

    full, nick = Person("P1", "Rahmat Wicaksono Adinata"), Person("P2", "Nata")
    assert _fullest(nick, [full, nick]) is full
    assert _fullest(Person("P3", "Rahmat"), [full, Person("P3", "Rahmat")]).name == full.name
    short = Person("P4", "Adi")  # too short to stand for "Adinata"
    assert _fullest(short, [full, short]) is short
    two = [full, nick, Person("P5", "Pranata Wijaya")]  # two names end in "nata": no guess
    assert _fullest(nick, two) is nick


@pytest.mark.parametrize("body, speakers", [
    # a title-only cue names an acting office's holder with the acting prefix or without it
    ("Pj Bupati Buton La Ode Marwan membuka acara. “Kinerja KPU luar biasa,”ujar Pj Bupati Buton.", ["La Ode Marwan"]),
    ("Plt Bupati Blora Budi Santoso hadir. “Kami mendukung penuh,” ujar Bupati Blora.", ["Budi Santoso"]),
    # negative: the acting head of another region
    ("Pj Bupati Buton La Ode Marwan membuka acara. “Kinerja KPU luar biasa,” ujar Pj Bupati Muna.", [None]),
])
def test_title_cue_names_an_acting_office(rules_extractor, body, speakers):
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == speakers


def test_a_preposition_after_a_listed_name_is_no_verb(rules_extractor):
    """ "Hadir ... Ketua KPU X Budi bersama seluruh anggota": "bersama" is no active verb, so Budi does not take over
    the pronoun cue of the speaker introduced before him."""
    body = ("Ketua Bawaslu Kabupaten Bangka Tengah, Robi Hartono menegaskan politik uang adalah racun.\n\n"
            "Hadir Anggota KPU Provinsi Kepulauan Bangka Belitung Guntur Wijaya bersama seluruh anggota.\n\n"
            "“Politik uang itu racun,” ujar Robi Hartono.\n\n"
            "Dalam kesempatan itu, ia juga memaparkan bahwa ada empat dimensi.\n\n"
            "“Dimensi ini terbagi lagi,” ungkapnya.")
    quotes = [q for q in _one_article(rules_extractor, body).quotes if q.kind == "direct"]
    assert [q.speaker_name for q in quotes] == ["Robi Hartono", "Robi Hartono"]
