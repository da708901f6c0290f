"""to_dataframes and write_records: table shapes, joins by article/person/organization id, file round trips."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")

from kpu_extract import to_dataframes  # noqa: E402
from kpu_extract.batch import extract_batch, read_folder  # noqa: E402
from kpu_extract.frames import COLUMNS, TABLES, read_tables, write_records  # noqa: E402
from kpu_extract.records import Article, ErrorRecord  # noqa: E402

from conftest import SAMPLE  # noqa: E402

GOLD_DEV = Path(__file__).resolve().parents[1] / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def sample_articles(rules_extractor) -> list[Article]:
    return [a for a in extract_batch(read_folder(SAMPLE), rules_extractor) if isinstance(a, Article)]


@pytest.fixture(scope="module")
def gold_records() -> list[dict]:
    return [json.loads(line) for line in GOLD_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(params=["sample", "gold"])
def records(request, sample_articles, gold_records):
    return sample_articles if request.param == "sample" else gold_records


def _articles(records) -> list[Article]:
    return [r if isinstance(r, Article) else Article.from_dict(r) for r in records]


def test_every_table_with_its_columns_and_one_row_per_item(records):
    frames = to_dataframes(records)
    articles = _articles(records)
    assert set(frames) == set(TABLES)
    for name in TABLES:
        assert list(frames[name].columns)[:len(COLUMNS[name])] == list(COLUMNS[name])
    expected = {"articles": len(articles), "persons": sum(len(a.persons) for a in articles),
                "roles": sum(len(p.roles) for a in articles for p in a.persons),
                "organizations": sum(len(a.organizations) for a in articles),
                "dates": sum(len(a.dates) for a in articles), "quotes": sum(len(a.quotes) for a in articles),
                "events": sum(len(a.events) for a in articles)}
    assert {name: len(frame) for name, frame in frames.items()} == expected
    assert frames["articles"]["article_id"].is_unique
    assert expected["persons"] and expected["quotes"] and expected["roles"]


def test_tables_join_by_article_person_and_organization_ids(records):
    f = to_dataframes(records)
    ids = set(f["articles"]["article_id"])
    for name in TABLES[1:]:
        assert set(f[name]["article_id"]) <= ids, name
    persons = f["persons"][["article_id", "person_id", "name"]]
    roles = f["roles"].merge(persons, on=["article_id", "person_id"], how="left", validate="many_to_one")
    assert roles["name"].notna().all()
    assert (roles["name"] == roles["person_name"]).all()
    quotes = f["quotes"].dropna(subset=["speaker"]).merge(
        persons, left_on=["article_id", "speaker"], right_on=["article_id", "person_id"], how="left")
    assert quotes["name"].notna().all()
    orgs = f["organizations"][["article_id", "organization_id", "name"]].rename(columns={"name": "org_name"})
    for table, key, name in (("roles", "organization_id", "organization"), ("events", "organizer_id", "organizer")):
        linked = f[table].dropna(subset=[key]).merge(
            orgs, left_on=["article_id", key], right_on=["article_id", "organization_id"], how="left")
        assert (linked[name] == linked["org_name"]).all()
    main = f["events"][f["events"]["main"]]
    assert main["article_id"].is_unique


def test_article_objects_and_record_dicts_give_the_same_tables(sample_articles):
    from_objects = to_dataframes(sample_articles)
    from_dicts = to_dataframes([a.to_dict() for a in sample_articles])
    for name in TABLES:
        pd.testing.assert_frame_equal(from_objects[name], from_dicts[name])


def test_no_records_give_empty_tables_with_their_columns():
    frames = to_dataframes([])
    for name in TABLES:
        assert frames[name].empty
        assert list(frames[name].columns) == list(COLUMNS[name])


def test_error_lines_are_skipped(sample_articles):
    error = ErrorRecord("broken", "InvalidText", "`text` is missing").to_dict()
    frames = to_dataframes([error, *sample_articles])
    assert len(frames["articles"]) == len(sample_articles)


@pytest.mark.parametrize("target", ["tables", "tables.zip"])
def test_csv_folder_or_zip(tmp_path, sample_articles, target):
    written = write_records(sample_articles, tmp_path / target, "csv")
    if target.endswith(".zip"):
        assert written == [tmp_path / target]
        assert sorted(zipfile.ZipFile(written[0]).namelist()) == sorted(f"{t}.csv" for t in TABLES)
    else:
        assert sorted(p.name for p in written) == sorted(f"{t}.csv" for t in TABLES)
    back = read_tables(tmp_path / target)
    frames = to_dataframes(sample_articles)
    for name in TABLES:
        assert back[name].shape == frames[name].shape, name


def test_parquet_round_trip(tmp_path, gold_records):
    pytest.importorskip("pyarrow")
    written = write_records(gold_records, tmp_path / "tables", "parquet")
    assert sorted(p.name for p in written) == sorted(f"{t}.parquet" for t in TABLES)
    back = read_tables(tmp_path / "tables")
    frames = to_dataframes(gold_records)
    for name in TABLES:
        pd.testing.assert_frame_equal(back[name], frames[name])


def test_jsonl_keeps_records_and_error_lines(tmp_path, sample_articles):
    error = ErrorRecord("broken", "InvalidText", "`text` is missing")
    path = tmp_path / "out.jsonl"
    write_records([*sample_articles, error.to_dict()], path, "jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines[:-1] == [a.to_dict() for a in sample_articles]
    assert lines[-1]["error"]["type"] == "InvalidText"


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown format"):
        write_records([], tmp_path / "x", "xlsx")
