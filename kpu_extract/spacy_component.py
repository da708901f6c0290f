"""The spaCy component ``kpu_extract``: article records on ``doc._.kpu`` and their mentions as ``doc.spans``.

``nlp = spacy.blank("id"); nlp.add_pipe("kpu_extract")`` works from a fresh install: the factory is
registered through the ``spacy_factories`` entry point, so spaCy finds it without importing this package.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .pipeline import Extractor
from .records import Article
from .segment import looks_like_html

SPAN_KEYS = ("persons", "organizations", "dates", "quotes")
LABELS = {"persons": "PERSON", "organizations": "ORG", "dates": "DATE", "quotes": "QUOTE"}

if not Doc.has_extension("kpu"):
    Doc.set_extension("kpu", default=None)


class KpuExtract:
    """Runs one ``Extractor`` (built once) on each Doc's text, which is taken as one page."""

    def __init__(self, nlp: Language, name: str, parser: str, stanza_resources: str | None, source_id: str) -> None:
        self.name = name
        self.source_id = source_id
        self.extractor = Extractor(parser=parser, stanza_resources=stanza_resources)

    def __call__(self, doc: Doc) -> Doc:
        articles = self.extractor.extract(doc.text, self.source_id)
        doc._.kpu = [article.to_dict() for article in articles]
        groups: dict[str, list] = {key: [] for key in SPAN_KEYS}
        if not looks_like_html(doc.text):  # HTML is converted to text first: its offsets are not the Doc's
            for article in articles:
                for key, start, end, kb_id, ident in _mentions(article):
                    base = article.page_span.start if article.page_span else 0
                    span = doc.char_span(base + start, base + end, label=LABELS[key], kb_id=kb_id or "",
                                         span_id=ident, alignment_mode="expand")
                    if span is not None:
                        groups[key].append(span)
        for key, spans in groups.items():
            doc.spans[key] = spans
        return doc


def _mentions(article: Article):
    """(span key, start, end, kb_id, id) of every mention: kb_id the canonical name or value, id article:P1/O1."""
    aid = article.id
    for person in article.persons:
        for m in person.mentions:
            yield "persons", m.start, m.end, person.name, f"{aid}:{person.id}"
    for org in article.organizations:
        for m in org.mentions:
            yield "organizations", m.start, m.end, org.name, f"{aid}:{org.id}"
    for date in article.dates:
        yield "dates", date.start, date.end, date.value, aid
    for quote in article.quotes:
        yield "quotes", quote.start, quote.end, quote.speaker_name, f"{aid}:{quote.speaker or ''}"


@Language.factory("kpu_extract", default_config={"parser": "auto", "stanza_resources": None, "source_id": "doc"})
def make_kpu_extract(nlp: Language, name: str, parser: str, stanza_resources: str | None,
                     source_id: str) -> KpuExtract:
    """``parser``: auto, rules or stanza; ``stanza_resources``: the Stanza models folder (or None to search)."""
    return KpuExtract(nlp, name, parser, stanza_resources, source_id)

