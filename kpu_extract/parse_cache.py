"""A parse cache: each article's Doc saved once on disk, so re-running extraction over a parsed corpus costs only the rules.

An entry is one spaCy ``DocBin`` file (words, spaces, POS, lemmas, heads, deps,
sentence starts) named by a hash of the text and the parser's fingerprint (its
name, Stanza version, model files and adapter code), so a changed model or
adapter never reads a stale parse. A parser with ``parse_raw_many`` and ``finish``
(Stanza) has its model output cached and our rules (sentence repair) applied after
loading, so editing a lexicon never makes the cache stale. Writes go to a temporary file renamed into
place, so concurrent writers are safe; an unreadable entry is parsed again.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from .parse import Parser

PARSED_ATTRS = ["POS", "LEMMA", "HEAD", "DEP", "SENT_START"]
SUFFIX = ".spacy"


class ParseCache:
    """Docs on disk under ``directory``, keyed by text and parser fingerprint."""

    def __init__(self, directory: str | os.PathLike[str], fingerprint: str, vocab: Vocab | None = None) -> None:
        self.directory = Path(directory)
        self.fingerprint = fingerprint
        self.vocab = vocab if vocab is not None else spacy.blank("id").vocab
        self._prefix = hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()

    def key(self, text: str) -> str:
        """The entry name of a text: changes with the text and with the fingerprint."""
        digest = hashlib.sha256(self._prefix.encode("ascii"))
        digest.update(b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def path(self, text: str) -> Path:
        key = self.key(text)
        return self.directory / key[:2] / f"{key}{SUFFIX}"

    def load(self, text: str) -> Doc | None:
        """The cached Doc of ``text``, or None when missing, unreadable or not of this text."""
        try:
            data = self.path(text).read_bytes()
            doc = next(iter(DocBin(store_user_data=False).from_bytes(data).get_docs(self.vocab)))
        except ImportError:  # a broken installation is not a cache miss
            raise
        except Exception:  # a missing, truncated or corrupt entry is parsed again, never a crash
            return None
        return doc if doc.text == text else None

    def store(self, text: str, doc: Doc) -> None:
        """Save ``doc`` atomically: written to a temporary file in the entry's folder, then renamed."""
        path = self.path(text)
        bin_ = DocBin(attrs=PARSED_ATTRS if doc.has_annotation("DEP") else ["POS", "LEMMA", "SENT_START"],
                      store_user_data=False)
        bin_.add(doc)
        data = bin_.to_bytes()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.stem[:16], suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


class CachedParser:
    """A parser that looks each text up in a ``ParseCache`` and parses only the misses, in one batch."""

    def __init__(self, parser: Parser, directory: str | os.PathLike[str]) -> None:
        self.parser = parser
        self.name = parser.name
        fingerprint = getattr(parser, "fingerprint", parser.name)
        self.cache = ParseCache(directory, f"{parser.name}\n{fingerprint}", getattr(parser, "vocab", None))
        self.hits = 0
        self.misses = 0

    def parse_many(self, texts: Sequence[str]) -> list[Doc]:
        docs: list[Doc | None] = [self.cache.load(text) for text in texts]
        missing = [i for i, doc in enumerate(docs) if doc is None]
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        unique = list(dict.fromkeys(texts[i] for i in missing))  # a text repeated in the batch is parsed once
        parse_raw = getattr(self.parser, "parse_raw_many", self.parser.parse_many)
        parsed = dict(zip(unique, parse_raw(unique))) if unique else {}
        for text, doc in parsed.items():
            try:
                self.cache.store(text, doc)
            except OSError:  # an unwritable cache costs a parse next time, not the extraction
                pass
        for i in missing:
            docs[i] = parsed[texts[i]]
        finish = getattr(self.parser, "finish", None)
        return [finish(doc) for doc in docs] if finish else docs  # type: ignore[misc]

    def parse(self, text: str) -> Doc:
        return self.parse_many([text])[0]
