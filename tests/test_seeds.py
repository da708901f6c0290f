"""End-to-end pins on the seed texts (bundled in tests/data/sample), in both parser modes."""

from __future__ import annotations

import jsonschema
import pytest

from conftest import SAMPLE

LISTING_HEADLINES = [
    "KPU Blora Ikuti Ngopi Asli dan BerCanDa Mengolah Taktik, Menata Strategi, Mewujudkan Visi Misi",
    "KPU Blora dan Dinas Perpustakaan Gelar Pelatihan Pengelolaan Arsip Manual",
    "KPU Blora Koordinasi dengan Dindukcapil Terkait Validasi Data Belum Rekam E-KTP dan Perubahan Status Perkawinan",
    "Belajar Demokrasi Sejak Usia SMP",
    "Kunjungan Sekprov KPU Jateng ke Blora : Konsolidasi, Penguatan Soliditas Tim dan Tetap Produktif",
    "KPU Blora Ikuti Talk to Me Meneguhkan Kemandirian dan Independensi Penyelenggara Pemilu",
]


@pytest.fixture(scope="module")
def listing(extractor):
    return extractor.extract((SAMPLE / "kpu-blora-listing.txt").read_text(encoding="utf-8"), "listing")


def test_listing_page_gives_its_six_articles(listing):
    assert [a.headline for a in listing] == LISTING_HEADLINES


def test_each_article_text_starts_with_its_headline_and_drops_furniture(listing):
    for article in listing:
        assert article.text.startswith(article.headline)
        assert "Berita Terkini" not in article.text


@pytest.mark.parametrize("name", ["kpu-blora-talk-to-me.txt", "kpu-grobogan-ngopi-asli.txt"])
def test_single_article_pages_give_one_record(extractor, name):
    articles = extractor.extract((SAMPLE / name).read_text(encoding="utf-8"), name)
    assert len(articles) == 1


def test_subheadings_stay_inside_their_article(extractor):
    (article,) = extractor.extract((SAMPLE / "kpu-blora-talk-to-me.txt").read_text(encoding="utf-8"), "s")
    assert "Kehadiran Pimpinan KPU Blora" in article.text
    assert "Komitmen KPU Blora untuk Pelayanan Terbaik" in article.text


def test_selasa_date_resolves_with_consistent_weekday(listing):
    date = next(d for d in listing[0].dates if d.text == "Selasa (4/11/2025)")
    assert (date.value, date.weekday, date.weekday_consistent) == ("2025-11-04", "Selasa", True)


def test_pronoun_cue_ucapnya_goes_to_the_last_named_speaker(listing):
    quote = next(q for q in listing[2].quotes if q.cue and q.cue.text == "ucapnya")
    assert quote.speaker_name.startswith("Widi Nurintan Ary")


def test_pungkas_short_name_gives_the_full_name(listing):
    quote = next(q for q in listing[5].quotes if q.cue and q.cue.text == "pungkas Mustakim")
    assert quote.speaker_name == "Ahmad Mustakim"


def test_kadiv_sosdiklih_role(listing):
    person = next(p for p in listing[5].persons if p.name == "Ahmad Mustakim")
    role = person.roles[0]
    assert role.title == "Ketua Divisi"
    assert set(role.division.replace(",", " ").split()) == set(
        "Sosialisasi Pendidikan Pemilih Partisipasi Masyarakat dan Sumber Daya Manusia".split())
    assert role.organization == "KPU Kabupaten Blora"


def test_talk_to_me_in_quotes_is_not_a_quote(listing):
    assert all("Talk To Me" not in q.text and "Meneguhkan Kemandirian" != q.text for q in listing[5].quotes)


def test_records_validate_against_the_schema_and_offsets_slice_the_text(listing, record_schema):
    for article in listing:
        record = article.to_dict()
        jsonschema.validate(record, record_schema)
        text = record["text"]
        spans = [m for p in record["persons"] for m in p["mentions"]]
        spans += [m for o in record["organizations"] for m in o["mentions"]]
        spans += record["dates"] + record["quotes"]
        for span in spans:
            assert text[span["start"]:span["end"]] == span["text"]
