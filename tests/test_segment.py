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
