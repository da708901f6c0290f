"""kpu-extract: structured data from Indonesian election-commission (KPU) news."""

from .pipeline import Extractor, extract
from .records import SCHEMA, Article, DateMention, ErrorRecord, Event, Organization, Person, Quote, Role, Span

__version__ = "0.1.0"
__all__ = ["Extractor", "extract", "extract_batch", "to_dataframes", "SCHEMA", "Article", "DateMention",
           "ErrorRecord", "Event", "Organization", "Person", "Quote", "Role", "Span", "__version__"]


def __getattr__(name: str):
    if name == "extract_batch":
        from .batch import extract_batch
        return extract_batch
    if name == "to_dataframes":  # pandas is imported only when tables are asked for
        from .frames import to_dataframes
        return to_dataframes
    raise AttributeError(name)
