"""Persons, roles and quotes on real sentences from KPU pages, negatives included."""

from __future__ import annotations

import pytest


def _one_article(extractor, body):
    return extractor.extract("Judul Berita Uji Coba\n\n" + body, "t")[0]


@pytest.mark.parametrize("body, name, title, division, organization", [
    ("Sementara itu, Ketua Divisi Perencanaan dan Logistik KPU Provinsi Jawa Tengah, Basmar Perianto Amron, menyoroti pentingnya evaluasi.",
     "Basmar Perianto Amron", "Ketua Divisi", "Perencanaan dan Logistik", "KPU Provinsi Jawa Tengah"),
    ("Basmar Perianto Amron, Kadiv Perencanaan dan Logistik KPU Provinsi Jawa Tengah, menyampaikan arahan penting.",
     "Basmar Perianto Amron", "Ketua Divisi", "Perencanaan dan Logistik", "KPU Provinsi Jawa Tengah"),
    ("Sekretaris KPU Provinsi Jawa Tengah, Bapak Tri Tujiana, melakukan kunjungan kerja.",
     "Tri Tujiana", "Sekretaris", None, "KPU Provinsi Jawa Tengah"),
    ("Koordinasi dilakukan bersama Heny Rina Minarti selaku Divisi Program, Data dan Informasi, serta pihak lain.",
     "Heny Rina Minarti", "Ketua Divisi", "Program, Data dan Informasi", None),
    ("Acara dibuka oleh Kadiv Sosdiklih Parmas KPU Jateng, Akmaliyah selaku Plh. Ketua, dan dihadiri anggota.",
     "Akmaliyah", "Ketua Divisi", "Sosialisasi, Pendidikan Pemilih Partisipasi Masyarakat", "KPU Provinsi Jawa Tengah"),
])
def test_roles(extractor, body, name, title, division, organization):
    article = _one_article(extractor, body)
    person = next(p for p in article.persons if p.name == name)
    role = person.roles[0]
    assert (role.title, role.organization) == (title, organization)
    assert (role.division or "").replace(",", "").split() == (division or "").replace(",", "").split()


def test_short_form_is_a_mention_of_the_full_name(extractor):
    article = _one_article(extractor, "Kadiv Hukum KPU Blora, Ahmad Mustakim hadir. Mustakim mengatakan bahwa semua siap.")
    (person,) = article.persons
    assert person.name == "Ahmad Mustakim"
    assert [m.text for m in person.mentions] == ["Ahmad Mustakim", "Mustakim"]


def test_place_and_organization_words_are_not_persons(extractor):
    article = _one_article(extractor, "KPU Kabupaten Blora menggelar rapat di Blora, Jawa Tengah, bersama Dinas Perpustakaan dan Kearsipan Kabupaten Blora.")
    assert article.persons == []


def test_former_office_is_not_a_role(extractor):
    article = _one_article(extractor, "Hadir pula mantan Ketua KPU Blora, Arifin Sutejo, dalam acara itu.")
    assert all(not p.roles for p in article.persons)


def test_split_quote_gives_two_quotes_with_one_speaker(extractor):
    article = _one_article(extractor, "Ketua KPU Blora, Widi Nurintan Ary Kurnianto hadir. \"Kami siap melayani,\" ujarnya. \"Semua tahapan berjalan baik.\"")
    assert [q.speaker_name for q in article.quotes] == ["Widi Nurintan Ary Kurnianto"] * 2


def test_named_term_in_quotes_is_not_a_quote(extractor):
    article = _one_article(extractor, "KPU Blora mengikuti kegiatan bertajuk \"Talk To Me\" secara daring. Kegiatan “Kamis Sesuatu” juga digelar.")
    assert article.quotes == []


def test_nested_term_stays_inside_the_outer_quote(extractor):
    body = ("Kadiv SDM KPU Pati, Nugraheni Yuliadistiani hadir. \"Terakhir, kami mulai mengikis sedikit demi sedikit "
            "\"pemain lama\" dan melakukan kaderisasi,\" ujarnya.")
    (quote,) = _one_article(extractor, body).quotes
    assert quote.text.startswith("Terakhir") and quote.text.endswith("kaderisasi,")
    assert quote.speaker_name == "Nugraheni Yuliadistiani"


def test_quote_cut_by_the_end_of_the_page_is_not_extracted(extractor):
    article = _one_article(extractor, "Ketua KPU Blora, Widi Nurintan Ary Kurnianto hadir dalam rapat koordinasi yang digelar "
                                      "di aula kantor bersama seluruh jajaran sekretariat, anggota komisioner, dan staf "
                                      "pelaksana dari seluruh kecamatan di kabupaten. “Kami uc")
    assert article.quotes == []
