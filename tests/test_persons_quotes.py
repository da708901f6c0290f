"""Persons and roles on real sentences from KPU pages, negatives included (quotes: test_quotes.py)."""

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


@pytest.mark.parametrize("body, names, speakers", [
    # a one-word name followed by "sapaan akrabnya" and no form of any name: the nickname of the person named (with
    # two words or with a title) last before it, who speaks the quote
    ("Ketua Bawaslu Kabupaten Bima, Abdullah mengakui laporan itu. “Kami jauhkan sanksi,” terang Ebit – sapaan akrabnya.",
     ["Abdullah"], ["Abdullah"]),
    ("Ketua Bawaslu Kota Sorong Budi Santoso membenarkan temuan itu. “Sudah direkomendasikan,” tutur Didi sapaan akrabnya.",
     ["Budi Santoso"], ["Budi Santoso"]),
    # the full name written right after the cue
    ("“Kami siap bertugas,” kata Yanto, sapaan akrab Suryanto Wibowo. Suryanto Wibowo mengatakan senang bertugas.",
     ["Suryanto Wibowo"], ["Suryanto Wibowo"]),
    # negative: a word of the name before the cue stays that name's
    ("“Kami siap,” kata Budi Santoso. “Semua aman,” tutur Budi sapaan akrabnya.",
     ["Budi Santoso"], ["Budi Santoso", "Budi Santoso"]),
])
def test_nicknames_given_after_the_name(extractor, body, names, speakers):
    article = _one_article(extractor, body)
    assert [p.name for p in article.persons] == names
    assert [q.speaker_name for q in article.quotes] == speakers
