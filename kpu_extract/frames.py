"""Article records as pandas tables for analysts, and batch output as JSON Lines, CSV or Parquet.

Seven tables, joined by ``article_id`` and, within an article, by ``person_id`` (``P1``...) and
``organization_id`` (``O1``...). List-valued event slots are joined with ``"; "`` so every cell
is a scalar and the same tables fit CSV and Parquet. pandas (and pyarrow for Parquet) are
imported here only, so extraction never needs them.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .records import Article, Span

if TYPE_CHECKING:
    import pandas

TABLES = ("articles", "persons", "roles", "organizations", "dates", "quotes", "events")
FORMATS = ("jsonl", "csv", "parquet")
LIST_SEPARATOR = "; "

# Column name -> pandas dtype, per table; the order is the column order of every output.
COLUMNS: dict[str, dict[str, str]] = {
    "articles": {"article_id": "string", "source_id": "string", "article_index": "Int64", "headline": "string",
                 "text": "string", "parser": "string", "page_start": "Int64", "page_end": "Int64",
                 "persons": "Int64", "organizations": "Int64", "dates": "Int64", "quotes": "Int64",
                 "event_type": "string", "event_date": "string"},
    "persons": {"article_id": "string", "person_id": "string", "name": "string", "mentions": "Int64",
                "first_start": "Int64", "first_end": "Int64", "first_mention": "string", "roles": "Int64"},
    "roles": {"article_id": "string", "person_id": "string", "role_index": "Int64", "person_name": "string",
              "title": "string", "division": "string", "organization": "string", "organization_id": "string",
              "evidence_start": "Int64", "evidence_end": "Int64", "evidence_text": "string", "rule": "string"},
    "organizations": {"article_id": "string", "organization_id": "string", "name": "string", "acronym": "string",
                      "region_code": "string", "mentions": "Int64", "first_start": "Int64", "first_end": "Int64",
                      "first_mention": "string"},
    "dates": {"article_id": "string", "date_index": "Int64", "start": "Int64", "end": "Int64", "text": "string",
              "value": "string", "weekday": "string", "weekday_consistent": "boolean", "rule": "string"},
    "quotes": {"article_id": "string", "quote_index": "Int64", "start": "Int64", "end": "Int64", "text": "string",
               "speaker": "string", "speaker_name": "string", "cue_start": "Int64", "cue_end": "Int64",
               "cue_text": "string", "rule": "string", "kind": "string"},
    "events": {"article_id": "string", "event_index": "Int64", "main": "boolean", "type": "string",
               "trigger_start": "Int64", "trigger_end": "Int64", "trigger_text": "string", "name": "string",
               "date": "string", "organizer": "string", "organizer_id": "string", "participants": "string",
               "persons": "string", "location": "string", "mode": "string", "quotes": "string", "rule": "string"},
}


def as_articles(records: Iterable[Article | Mapping[str, Any]]) -> list[Article]:
    """Article objects from Article objects or record dicts; error lines (``{"error": ...}``) are skipped."""
    articles = []
    for record in records:
        if isinstance(record, Article):
            articles.append(record)
        elif isinstance(record, Mapping) and "error" not in record:
            articles.append(Article.from_dict(dict(record)))
    return articles


def _span(span: Span | None) -> tuple[int | None, int | None, str | None]:
    return (span.start, span.end, span.text) if span else (None, None, None)


def _meta_cell(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    """The rows one article adds to each table."""
    aid = article.id
    org_ids = {o.name: o.id for o in article.organizations}
    main = article.events[0] if article.events else None
    page_start, page_end, _ = _span(article.page_span)
    row = {"article_id": aid, "source_id": article.source_id, "article_index": article.article_index,
           "headline": article.headline, "text": article.text, "parser": article.parser,
           "page_start": page_start, "page_end": page_end, "persons": len(article.persons),
           "organizations": len(article.organizations), "dates": len(article.dates), "quotes": len(article.quotes),
           "event_type": main.type if main else None, "event_date": main.date if main else None}
    row.update({f"meta_{key}": _meta_cell(value) for key, value in article.meta.items()})
    out: dict[str, list[dict[str, Any]]] = {"articles": [row]}
    out["persons"] = [{"article_id": aid, "person_id": p.id, "name": p.name, "mentions": len(p.mentions),
                       **dict(zip(("first_start", "first_end", "first_mention"),
                                  _span(p.mentions[0] if p.mentions else None))),
                       "roles": len(p.roles)} for p in article.persons]
    out["roles"] = [{"article_id": aid, "person_id": p.id, "role_index": i, "person_name": p.name,
                     "title": r.title, "division": r.division, "organization": r.organization,
                     "organization_id": org_ids.get(r.organization),
                     **dict(zip(("evidence_start", "evidence_end", "evidence_text"), _span(r.evidence))),
                     "rule": r.rule} for p in article.persons for i, r in enumerate(p.roles)]
    out["organizations"] = [{"article_id": aid, "organization_id": o.id, "name": o.name, "acronym": o.acronym,
                             "region_code": o.region_code, "mentions": len(o.mentions),
                             **dict(zip(("first_start", "first_end", "first_mention"),
                                        _span(o.mentions[0] if o.mentions else None)))}
                            for o in article.organizations]
    out["dates"] = [{"article_id": aid, "date_index": i, "start": d.start, "end": d.end, "text": d.text,
                     "value": d.value, "weekday": d.weekday, "weekday_consistent": d.weekday_consistent,
                     "rule": d.rule} for i, d in enumerate(article.dates)]
    out["quotes"] = [{"article_id": aid, "quote_index": i, "start": q.start, "end": q.end, "text": q.text,
                      "speaker": q.speaker, "speaker_name": q.speaker_name,
                      **dict(zip(("cue_start", "cue_end", "cue_text"), _span(q.cue))), "rule": q.rule, "kind": q.kind}
                     for i, q in enumerate(article.quotes)]
    out["events"] = [{"article_id": aid, "event_index": i, "main": i == 0, "type": e.type,
                      **dict(zip(("trigger_start", "trigger_end", "trigger_text"), _span(e.trigger))),
                      "name": e.name, "date": e.date, "organizer": e.organizer,
                      "organizer_id": org_ids.get(e.organizer),
                      "participants": LIST_SEPARATOR.join(e.participants), "persons": LIST_SEPARATOR.join(e.persons),
                      "location": e.location, "mode": e.mode,
                      "quotes": LIST_SEPARATOR.join(str(q) for q in e.quotes), "rule": e.rule}
                     for i, e in enumerate(article.events)]
    return out


def to_dataframes(records: Iterable[Article | Mapping[str, Any]]) -> dict[str, pandas.DataFrame]:
    """One DataFrame per table (see ``TABLES``), with fixed columns and nullable dtypes even when empty.

    ``articles`` gets one ``meta_<key>`` column per input meta field (non-string values as JSON).
    """
    import pandas as pd

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for article in as_articles(records):
        for name, new in _rows(article).items():
            rows[name] += new
    frames = {}
    for name in TABLES:
        columns = dict(COLUMNS[name])
        if name == "articles":
            for row in rows[name]:
                columns.update({key: "string" for key in row if key not in columns})
        frame = pd.DataFrame(rows[name], columns=list(columns))
        frames[name] = frame.astype(columns)
    return frames


def write_records(records: Iterable[Article | Mapping[str, Any]], path: str | Path, format: str = "jsonl") -> list[Path]:
    """Write records as ``jsonl`` (one record a line, error lines kept), ``csv`` or ``parquet``; the paths written.

    csv: a folder with one UTF-8 ``<table>.csv`` per table, or a zip of those files when ``path``
    ends in ``.zip``. parquet: a folder with one ``<table>.parquet`` per table (needs pyarrow).
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}: use one of {', '.join(FORMATS)}")
    path = Path(path)
    records = list(records)
    if format == "jsonl":
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as handle:
            for record in records:
                data = record if isinstance(record, Mapping) else record.to_dict()
                handle.write(json.dumps(data, ensure_ascii=False) + "\n")
        return [path]
    frames = to_dataframes(records)
    if format == "csv" and path.suffix.lower() == ".zip":
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, frame in frames.items():
                archive.writestr(f"{name}.csv", frame.to_csv(index=False))
        return [path]
    path.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames.items():
        target = path / f"{name}.{format}"
        if format == "csv":
            frame.to_csv(target, index=False, encoding="utf-8")
        else:
            frame.to_parquet(target, index=False, engine="pyarrow")
        written.append(target)
    return written


def read_tables(path: str | Path) -> dict[str, pandas.DataFrame]:
    """The tables ``write_records`` wrote as parquet or csv (folder or zip), by table name."""
    import pandas as pd

    path = Path(path)
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            return {name: pd.read_csv(archive.open(f"{name}.csv")) for name in TABLES}
    if (path / "articles.parquet").exists():
        return {name: pd.read_parquet(path / f"{name}.parquet", engine="pyarrow") for name in TABLES}
    return {name: pd.read_csv(path / f"{name}.csv") for name in TABLES}
