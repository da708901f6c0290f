"""The people table across articles, the `people` and `link` commands, and pairwise link scoring."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kpu_extract.cli import main
from kpu_extract.evaluation.links import load_gold_links, map_persons, score_links
from kpu_extract.link import link_articles
from kpu_extract.people import format_people, people_table
from kpu_extract.records import read_records

from test_link import article

GOLD = Path(__file__).resolve().parents[1] / "gold"

BLORA_TRAINING = ("KPU Blora dan Dinas Perpustakaan Gelar Pelatihan Pengelolaan Arsip Manual\n\n"
                  "Ketua KPU Blora, Widi Nurintan Ary K. membuka pelatihan.")
BLORA_VISIT = ("Kunjungan Sekprov KPU Jateng ke Blora\n\nSekretaris KPU Jateng Tri Tujiana disambut "
               "Ketua KPU Kabupaten Blora Widi Nurintan Ary Kurnianto.")
BLORA_PAW = ("KPU Kabupaten Blora Klarifikasi Calon PAW Anggota DPRD PKS\n\n"
             "Ketua KPU Kabupaten Blora Widi Nurintan Ary Kurnianto memimpin klarifikasi.")


@pytest.fixture()
def corpus():
    return [
        article("000#1", BLORA_TRAINING, [("Widi Nurintan Ary K.", "Ketua", "KPU Kabupaten Blora")],
                ("TRAINING", "2025-11-03", "KPU Kabupaten Blora")),
        article("000#4", BLORA_VISIT, [("Tri Tujiana", "Sekretaris", "KPU Provinsi Jawa Tengah"),
                                       ("Widi Nurintan Ary Kurnianto", "Ketua", "KPU Kabupaten Blora")],
                ("VISIT", "2025-10-30", "KPU Provinsi Jawa Tengah")),
        article("blora-01", BLORA_PAW, [("Widi Nurintan Ary Kurnianto", "Ketua", "KPU Kabupaten Blora")],
                ("CANDIDACY", "2025-11-05", "KPU Kabupaten Blora")),
    ]


def test_one_row_per_person_and_office_with_first_and_last_seen(corpus):
    rows = people_table(corpus)
    assert [(r.organization, r.person, r.title) for r in rows] == [
        ("KPU Kabupaten Blora", "Widi Nurintan Ary Kurnianto", "Ketua"),
        ("KPU Provinsi Jawa Tengah", "Tri Tujiana", "Sekretaris")]
    widi = rows[0]
    assert (widi.first_seen, widi.last_seen) == ("2025-10-30", "2025-11-05")
    assert len(widi.articles) == 3


def test_a_repeated_article_counts_once(corpus):
    repeat = article("copy", BLORA_PAW, [("Widi Nurintan Ary Kurnianto", "Ketua", "KPU Kabupaten Blora")],
                     ("CANDIDACY", "2025-11-05", "KPU Kabupaten Blora"))
    assert len(people_table(corpus + [repeat])[0].articles) == 3


@pytest.mark.parametrize("fmt, first_line", [
    ("text", "organization"), ("markdown", "| organization | person |"), ("csv", "organization,person,title")])
def test_formats(corpus, fmt, first_line):
    out = format_people(people_table(corpus), fmt)
    assert out.splitlines()[0].startswith(first_line)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert rows[0]["article_ids"].split() == ["000#1#0", "000#4#0", "blora-01#0"]


def test_people_and_link_commands(corpus, tmp_path, capsys):
    records = tmp_path / "records.jsonl"
    records.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in corpus), encoding="utf-8")
    assert main(["people", str(records), "--min-articles", "2", "-q"]) == 0
    out = capsys.readouterr().out
    assert "Widi Nurintan Ary Kurnianto" in out and "Tri Tujiana" not in out
    assert main(["link", str(records), "-o", str(tmp_path / "links.json"), "-q"]) == 0
    links = json.loads((tmp_path / "links.json").read_text(encoding="utf-8"))
    widi = next(p for p in links["persons"] if p["name"] == "Widi Nurintan Ary Kurnianto")
    assert len(widi["members"]) == 3 and widi["evidence"]


def test_gold_links_file_refers_to_gold_persons_within_one_split():
    for split in ("dev", "test"):
        gold, _ = read_records(GOLD / f"{split}.jsonl")
        persons = {(a.id, p.id) for a in gold for p in a.persons}
        truth = load_gold_links(GOLD / "links.yaml", gold)
        assert truth.persons and all(m in persons for pair in truth.persons for m in pair)
        assert truth.events


def test_scoring_a_prediction_that_misses_one_link(corpus):
    gold_split = corpus
    predicted = [article("000#1", BLORA_TRAINING, [("Widi", None, None)]), *corpus[1:]]
    assert map_persons(corpus[0], predicted[0]) == {"P1": "P1"}
    links_yaml = Path(__file__).parent / "data" / "links_mini.yaml"
    person = score_links(gold_split, predicted, links_yaml, link_articles(predicted))["link.person"]
    assert (person.true_positives, person.false_negatives, person.false_positives) == (1, 2, 0)


def test_evaluate_prints_link_rows(tmp_path, capsys):
    gold, _ = read_records(GOLD / "dev.jsonl")
    predicted = tmp_path / "pred.jsonl"
    predicted.write_text("".join(json.dumps(a.to_dict()) + "\n" for a in gold[:10]), encoding="utf-8")
    assert main(["evaluate", "--gold", str(GOLD / "dev.jsonl"), "--pred", str(predicted), "--baseline", "none",
                 "--links", str(GOLD / "links.yaml")]) == 0
    rows = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert {"link.person", "link.event", "link.duplicate"} <= set(rows)
