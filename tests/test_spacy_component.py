"""The spaCy component: found through its entry point, spans agree with the records, DocBin keeps them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import spacy
from spacy.tokens import DocBin

from conftest import SAMPLE

PAGE = ("KPU Kabupaten Blora Gelar Rapat Koordinasi Pemutakhiran Data\n\n"
        "BLORA – Komisi Pemilihan Umum (KPU) Kabupaten Blora menggelar rapat koordinasi pemutakhiran data "
        "pemilih berkelanjutan, Senin (3/11/2025). Ketua KPU Kabupaten Blora, Rudi Hartanto, membuka kegiatan "
        "tersebut.\n\"Data pemilih yang akurat adalah fondasi pemilu yang jujur dan adil,\" ujar Rudi.\n")

FRESH = """
import json, sys, spacy
nlp = spacy.blank("id")
nlp.add_pipe("kpu_extract", config={"parser": "rules"})
doc = nlp(sys.stdin.read())
print(json.dumps({"pipe": nlp.pipe_names,
                  "articles": len(doc._.kpu), **{k: [s.text for s in doc.spans[k]] for k in doc.spans}}))
"""


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("id")
    nlp.add_pipe("kpu_extract", config={"parser": "rules"})
    return nlp


def test_add_pipe_in_a_fresh_interpreter_through_the_entry_point():
    done = subprocess.run([sys.executable, "-c", FRESH], input=PAGE, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["pipe"] == ["kpu_extract"]
    assert out["articles"] == 1
    assert "Senin (3/11/2025)" in out["dates"]
    assert any("Data pemilih yang akurat" in q for q in out["quotes"])
    assert any(p.startswith("Rudi") for p in out["persons"])


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.txt")), ids=lambda p: p.stem)
def test_spans_are_the_records_mentions(nlp, path):
    text = path.read_text(encoding="utf-8")
    doc = nlp(text)
    records = doc._.kpu
    assert records and all(r["schema"] == "kpu-extract/1" for r in records)
    expected = {"persons": [], "organizations": [], "dates": [], "quotes": []}
    for r in records:
        base = r["page_span"]["start"]
        expected["persons"] += [(base + m["start"], base + m["end"]) for p in r["persons"] for m in p["mentions"]]
        expected["organizations"] += [(base + m["start"], base + m["end"])
                                      for o in r["organizations"] for m in o["mentions"]]
        expected["dates"] += [(base + d["start"], base + d["end"]) for d in r["dates"]]
        expected["quotes"] += [(base + q["start"], base + q["end"]) for q in r["quotes"]]
    labels = {"persons": "PERSON", "organizations": "ORG", "dates": "DATE", "quotes": "QUOTE"}
    for key, spans in expected.items():
        group = doc.spans[key]
        assert len(group) == len(spans), key
        for span, (start, end) in zip(group, spans):
            assert span.label_ == labels[key]
            assert span.start_char <= start and end <= span.end_char  # expanded to whole tokens


def test_span_ids_join_the_records(nlp):
    doc = nlp(PAGE)
    record = doc._.kpu[0]
    names = {f"{record['id']}:{p['id']}": p["name"] for p in record["persons"]}
    for span in doc.spans["persons"]:
        assert names[span.id_] == span.kb_id_
    for span in doc.spans["quotes"]:
        assert span.id_.startswith(record["id"] + ":")
    assert [s.kb_id_ for s in doc.spans["dates"]] == ["2025-11-03"]


def test_docbin_keeps_spans_and_records(nlp):
    doc = nlp(PAGE)
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    back = next(DocBin().from_bytes(stored.to_bytes()).get_docs(nlp.vocab))
    assert json.loads(json.dumps(back._.kpu)) == doc._.kpu  # msgpack gives tuples for lists
    for key in ("persons", "organizations", "dates", "quotes"):
        assert [(s.start_char, s.end_char, s.label_) for s in back.spans[key]] == \
               [(s.start_char, s.end_char, s.label_) for s in doc.spans[key]]


@pytest.mark.parametrize("text", ["", "   \n", "Pengumuman."])
def test_pages_without_findings_give_empty_groups(nlp, text):
    doc = nlp(text)
    assert all(len(doc.spans[k]) == 0 for k in ("persons", "quotes"))
