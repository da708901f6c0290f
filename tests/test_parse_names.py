"""Names only a parse shows (Stanza mode): a run of proper nouns joined by `flat` that is the subject of a verb.

Real-style KPU sentences with invented names, read with the shared Stanza models; negative rows included. In rules
mode the Doc carries no tags, so the same rows give no name there: the feature is Stanza's alone.
"""

from __future__ import annotations

import pytest

from kpu_extract.pipeline import Extractor


def _names(extractor: Extractor, body: str) -> set[str]:
    return {p.name for p in extractor.extract("Judul Berita Uji Coba\n\n" + body, "t")[0].persons}


PARSED_NAMES = [
    # the subject of a verb with a description in lower case between them: no lexicon cue stands by the name
    # (not "operator sirekap KPU RI": an application's operator is a title of titles.yaml, which rules read too)
    ("Acara diikuti pemilih pemula se Indonesia. Dewi Kartika Sari pemilih pemula asal Jepara mencatat masukan "
     "peserta.", {"Dewi Kartika Sari"}),
    # the subject of a later clause, not at a sentence start
    ("Petugas mendatangi rumah warga di Desa Sukamaju, sementara Bayu Aji Pratama mencocokkan dokumen kependudukan.",
     {"Bayu Aji Pratama"}),
]

NOT_NAMES = [
    # an initial ends the run: a generation, not a name ("memiliki" is a verb of things, too)
    "Gen Z memiliki peran penting sebagai pemilih pemula.",
    # a term in quotation marks
    "Melalui spirit \"Bangun Desa\" KPU Blora bertekad meningkatkan pelayanan.",
    # places, teams and bodies the lexicons know
    "Dalam rapat itu Jawa Tengah menargetkan partisipasi pemilih di atas 80 persen.",
    "Pada hari yang sama Tim Coktas KPU Magelang mendatangi rumah pemilih.",
    "Setelah itu Kelompok Kerja Reformasi menyusun rencana aksi tahun ini.",
    # a headline in title case: its verb is no lower-case verb
    "KPU Blora Gelar Rapat, Arahan Pimpinan Menata Strategi Mewujudkan Visi Misi",
]


@pytest.mark.parametrize("body, expected", PARSED_NAMES)
def test_parse_finds_subject_names(stanza_extractor, rules_extractor, body, expected):
    assert expected <= _names(stanza_extractor, body)
    assert not expected & _names(rules_extractor, body)


@pytest.mark.parametrize("body", NOT_NAMES)
def test_parse_takes_no_non_names(stanza_extractor, body):
    assert _names(stanza_extractor, body) == set()


def test_parse_names_are_marked_by_their_pattern(stanza_extractor):
    finder = stanza_extractor.persons
    cue = next(c for c in finder.lexicons.parse_names if c.id == "person.parse_subject")
    text = "Sekretariat hadir, sementara Bayu Aji Pratama mencocokkan dokumen."
    doc = stanza_extractor.parser.parse_many([text])[0]
    assert [text[a:b] for a, b in finder.parsed_subjects(doc, cue)] == ["Bayu Aji Pratama"]
