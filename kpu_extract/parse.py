"""Turn article text into one spaCy ``Doc`` whose token offsets match the text exactly.

Two parsers give the same document type, so no extractor has a Stanza branch:

- ``RuleParser``: spaCy's Indonesian tokenizer and a sentence splitter that
  knows the abbreviations of KPU news ("Kab.", "Plh.", "KH.", "S. Pd.": sentences.py).
- ``StanzaParser``: the Stanza Indonesian pipeline (tokenize, mwt, pos,
  lemma, depparse) loaded from a local resources directory, never from the
  network; its words, UPOS, lemmas, heads and deprels become Doc attributes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, POS, SENT_START, SPACY
from spacy.tokens import Doc

from .patterns import Lexicons
from .sentences import SentenceBreaks

STANZA_PROCESSORS = "tokenize,mwt,pos,lemma,depparse"
_TAIL = 64  # characters before a break that decide whether it stands (the longest abbreviation is far shorter)

_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*$")
_CLOSING_MARKS = frozenset({"\"", "”", "’", ")"})
_OPENING_MARKS = frozenset({"\"", "“", "'", "‘"})


class Parser(Protocol):
    name: str

    def parse_many(self, texts: Sequence[str]) -> list[Doc]: ...


class RuleParser:
    """spaCy's Indonesian tokenizer with rule sentence boundaries; no model needed."""

    name = "rules"

    def __init__(self, lexicons: Lexicons) -> None:
        self.nlp = spacy.blank("id")
        self.nlp.tokenizer.prefix_search = anchored_prefix_search(self.nlp.Defaults.prefixes)
        self.breaks = SentenceBreaks(lexicons)

    def parse(self, text: str) -> Doc:
        doc = self.nlp.make_doc(text)
        if not len(doc):
            return doc
        offsets, lengths, space, punct = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT]).T.tolist()
        words = [text[start:start + length] for start, length in zip(offsets, lengths)]
        starts = [False] * len(words)
        starts[0] = True
        previous = -1 if space[0] else 0
        for i in range(1, len(words)):
            if space[i]:
                continue
            if previous >= 0:
                starts[i] = self._starts_sentence(words, offsets, punct, starts, previous, i, text)
            previous = i
        # 1 starts a sentence, -1 does not (spaCy's SENT_START values); one array write, not a setter per token
        values = numpy.fromiter((1 if start else -1 for start in starts), dtype=numpy.int64, count=len(starts))
        doc.from_array([SENT_START], values.astype(numpy.uint64).reshape(-1, 1))
        return doc

    def _starts_sentence(self, words: list[str], offsets: list[int], punct: list[int], starts: list[bool],
                         previous: int, i: int, text: str) -> bool:
        """A new sentence after a line break, or after . ! ? (and closing marks) before a capital."""
        word, before_word = words[i], words[previous]
        previous_end = offsets[previous] + len(before_word)
        between = text[previous_end:offsets[i]]
        if "\n" in between:
            return True
        closing = before_word in _CLOSING_MARKS
        if not closing and not _SENTENCE_END.search(before_word):
            return False
        if closing:
            if starts[previous]:
                return False  # the opening mark of a sentence that has just begun
            if previous == 0 or not _SENTENCE_END.search(words[previous - 1]):
                return False
        if word in _OPENING_MARKS:
            following = i + 1 if i + 1 < len(words) else None
            # a closing mark right after the period ("siap." ujarnya) belongs to the sentence before
            if not between or (following is not None and (punct[following] or words[following][:1].islower())):
                return False
        else:
            upcoming = word[:1]
            if not between or not (upcoming.isupper() or upcoming.isdigit() or upcoming == "("):
                return False  # "Jurnalpantura.Com" is one word
        before = text[max(0, previous_end - _TAIL):previous_end]
        return not (self.breaks.ends_with_abbreviation(before) or self.breaks.continues_degree(before, word))

    def parse_many(self, texts: Sequence[str]) -> list[Doc]:
        return [self.parse(text) for text in texts]


def anchored_prefix_search(rules: Iterable[str]):
    """spaCy's prefix rules with the same matches, found twice as fast: spaCy joins them as "^a|^b|...", which
    ``re`` tries at every position of a chunk; "^(?:a|b|...)" is tried at its start only. The branches of a rule
    after its own top-level "|" are not anchored in spaCy's form, so they stay unanchored here."""
    rules = [rule for rule in rules if rule.strip()]
    unanchored = [branch for rule in rules for branch in _top_level_branches(rule)[1:]]
    return re.compile("^(?:" + "|".join(f"(?:{rule})" for rule in rules) + ")"
                      + "".join(f"|{branch}" for branch in unanchored)).search


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of a pattern at its top level ("a(b|c)|d" -> "a(b|c)", "d")."""
    branches, start, depth, in_class, i = [], 0, 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1
            i += pattern.startswith("^", i)
            i += pattern.startswith("]", i)  # a "]" first in a class is a literal
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*branches, pattern[start:]]


def find_stanza_resources(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The first Stanza resources directory that holds Indonesian models, or None."""
    candidates = [explicit, os.environ.get("STANZA_RESOURCES_DIR"), Path.home() / "stanza_resources"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "resources.json").is_file() and (Path(candidate) / "id").is_dir():
            return Path(candidate)
    return None


def model_files(resources_dir: Path) -> list[str]:
    """Name, size and published checksum of each Indonesian model file of the processors we run."""
    try:
        published = json.loads((resources_dir / "resources.json").read_text(encoding="utf-8")).get("id", {})
    except (OSError, ValueError):
        published = {}
    files = []
    for processor in STANZA_PROCESSORS.split(","):
        for path in sorted((resources_dir / "id" / processor).glob("*.pt")):
            entry = published.get(processor, {}).get(path.stem, {}) if isinstance(published, dict) else {}
            checksum = entry.get("md5", "") if isinstance(entry, dict) else ""
            files.append(f"{processor}/{path.name} {path.stat().st_size} {checksum}")
    return files


class StanzaParser:
    """The Stanza Indonesian pipeline, mapped onto spaCy Docs."""

    name = "stanza"

    def __init__(self, lexicons: Lexicons, resources_dir: str | os.PathLike[str] | None = None,
                 batch_size: int = 64) -> None:
        import stanza  # imported here: rules-only users need neither stanza nor torch

        directory = find_stanza_resources(resources_dir)
        if directory is None:
            raise FileNotFoundError(
                "no Stanza Indonesian models found: pass a resources directory, set STANZA_RESOURCES_DIR, "
                "or run `kpu-extract models download` (needs the network)")
        self.resources_dir = directory
        self.stanza_version = stanza.__version__
        self.batch_size = batch_size
        self._pipeline = None
        self.vocab = spacy.blank("id").vocab
        self.breaks = SentenceBreaks(lexicons)

    @property
    def pipeline(self):
        """The Stanza pipeline, loaded on first use: a warm parse cache never needs it."""
        if self._pipeline is None:
            import stanza

            size = self.batch_size
            self._pipeline = stanza.Pipeline("id", dir=str(self.resources_dir), processors=STANZA_PROCESSORS,
                                             download_method=None, logging_level="WARN", use_gpu=False,
                                             tokenize_batch_size=size * 32, pos_batch_size=size * 50,
                                             depparse_batch_size=size * 50)
        return self._pipeline

    @property
    def fingerprint(self) -> str:
        """Everything Stanza's own parse depends on besides its text: Stanza's version, the model files and
        this adapter's code. Our sentence rules are applied after the cache (``finish``), so a lexicon
        edit never makes a cached parse stale."""
        code = Path(__file__).read_bytes()
        parts = [f"stanza {self.stanza_version}", STANZA_PROCESSORS, *model_files(self.resources_dir),
                 hashlib.sha256(code).hexdigest()]
        return "\n".join(parts)

    def parse_many(self, texts: Sequence[str]) -> list[Doc]:
        return [self.finish(doc) for doc in self.parse_raw_many(texts)]

    def parse(self, text: str) -> Doc:
        return self.parse_many([text])[0]

    def parse_raw_many(self, texts: Sequence[str]) -> list[Doc]:
        """Stanza's parse as it comes, its own sentences included: what a parse cache keeps."""
        import stanza

        documents = [stanza.Document([], text=text) for text in texts]
        nonempty = [d for d in documents if d.text.strip()]
        if nonempty:
            self.pipeline(nonempty)
        return [self._to_doc(d.text, d if d.text.strip() else None) for d in documents]

    def finish(self, stanza_doc: Doc) -> Doc:
        """Our sentences on Stanza's parse: a break at every line break, Stanza's other breaks only after
        . ! ? and never after a protected abbreviation ("Kab.", "Plh.", an initial, "S. Pd.").

        Read from and written to the Doc's arrays, without a Token object per token: a warm cache pays
        this for every article."""
        if not len(stanza_doc):
            return stanza_doc
        text = stanza_doc.text
        columns = stanza_doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START, SPACY, POS, LEMMA, DEP, HEAD])
        offsets, lengths, is_space, model_starts, trailing_space = columns[:, :5].T.tolist()
        heads = [index + relative for index, relative in enumerate(columns[:, 8].view(numpy.int64).tolist())]
        starts: list[bool] = []
        gap_start = 0
        seen_word = False
        for offset, length, space, model_start in zip(offsets, lengths, is_space, model_starts):
            if space:
                starts.append(False)
                continue
            starts.append(self._starts_sentence(text, gap_start, offset, model_start == 1, not seen_word))
            seen_word = True
            gap_start = offset + length
        _attach_continued_sentences(heads, starts)
        doc = Doc(self.vocab, words=[text[o:o + n] for o, n in zip(offsets, lengths)],
                  spaces=[bool(s) for s in trailing_space])
        columns[:, 8] = numpy.array([head - index for index, head in enumerate(heads)], dtype=numpy.int64).view(
            numpy.uint64)
        doc.from_array([POS, LEMMA, DEP, HEAD], columns[:, 5:])
        return doc

    def _starts_sentence(self, text: str, gap_start: int, start: int, stanza_start: bool, first: bool) -> bool:
        """A line break starts a sentence; a Stanza split stands after . ! ? but not after "Kab.", "Plh.",
        an initial or a spaced degree."""
        if first or "\n" in text[gap_start:start]:
            return True
        return stanza_start and self.breaks.keeps_model_break(text[max(0, gap_start - _TAIL):gap_start],
                                                                  text[start:start + _TAIL].split(None, 1)[0])

    def _to_doc(self, text: str, document) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos: list[str] = []
        lemmas: list[str] = []
        heads: list[int] = []
        deps: list[str] = []
        sent_starts: list[bool] = []
        cursor = 0

        def add_gap(gap: str) -> None:
            if not gap:
                return
            if words and not spaces[-1] and gap[0] == " ":
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
                pos.append("SPACE")
                lemmas.append(gap)
                heads.append(len(words) - 1)
                deps.append("dep")
                sent_starts.append(False)

        sentences = document.sentences if document is not None else []
        for sentence in sentences:
            word_index: dict[int, int] = {}
            pending: list[tuple[int, int]] = []  # (doc index, Stanza head id; 0 is the root)
            for token_number, token in enumerate(sentence.tokens):
                add_gap(text[cursor:token.start_char])
                token_text = text[token.start_char:token.end_char]
                pieces = [w.text for w in token.words]
                forms = pieces if len(pieces) > 1 and "".join(pieces) == token_text else [token_text]
                for position, form in enumerate(forms):
                    word = token.words[position]
                    index = len(words)
                    words.append(form)
                    spaces.append(False)
                    pos.append(word.upos or "X")
                    lemmas.append(word.lemma or form)
                    deps.append(word.deprel or "dep")
                    heads.append(index)
                    pending.append((index, word.head or 0))
                    sent_starts.append(position == 0 and token_number == 0)
                    # an unsplit multi-word token stands for all its words
                    for covered in (token.words if len(forms) == 1 else [word]):
                        word_index[covered.id] = index
                cursor = token.end_char
            for index, head_id in pending:
                target = word_index.get(head_id, index)
                heads[index] = index if target == index or head_id == 0 else target
        add_gap(text[cursor:])
        _attach_continued_sentences(heads, sent_starts)
        if not words:
            return Doc(self.vocab, words=[], spaces=[])
        doc = Doc(self.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
        if doc.text != text:
            raise ValueError("Stanza tokens do not cover the article text exactly")
        return doc


def _attach_continued_sentences(heads: list[int], sent_starts: list[bool]) -> None:
    """Give each of our sentences one root, so spaCy's sentences are ours: within a sentence, words whose
    head lies outside it (Stanza sentences joined after an abbreviation, or split at a line break) or
    that are their own head (whitespace tokens) hang from its first such word."""
    bounds = [i for i, start in enumerate(sent_starts) if start and i] + [len(heads)]
    begin = 0
    for end in bounds:
        root = None
        for index in range(begin, end):
            if heads[index] == index or not begin <= heads[index] < end:
                if root is None:
                    root = heads[index] = index
                else:
                    heads[index] = root
        begin = end


def load_parser(lexicons: Lexicons, mode: str = "auto",
                resources_dir: str | os.PathLike[str] | None = None) -> Parser:
    """``rules``, ``stanza``, or ``auto`` (Stanza when its models are found, else rules)."""
    if mode not in {"auto", "rules", "stanza"}:
        raise ValueError(f"unknown parser mode {mode!r}: use auto, rules or stanza")
    if mode == "rules":
        return RuleParser(lexicons)
    if mode == "auto":
        if find_stanza_resources(resources_dir) is None:
            return RuleParser(lexicons)
        try:
            import stanza  # noqa: F401
        except ImportError:
            return RuleParser(lexicons)
    return StanzaParser(lexicons, resources_dir)


def sentences(doc: Doc) -> Iterable[tuple[int, int]]:
    """Character ranges of the Doc's sentences, without leading or trailing whitespace tokens.

    Read from the Doc's arrays as ``Doc.sents`` reads them (a token whose SENT_START is 1 opens a sentence),
    without a Token object per token: the rule parser's lead Docs are many."""
    if not len(doc):
        return
    starts, offsets, lengths, spaces = doc.to_array([SENT_START, IDX, LENGTH, IS_SPACE]).T.tolist()
    first = last = None
    for i, (start, offset, length, space) in enumerate(zip(starts, offsets, lengths, spaces)):
        if i and start == 1 and first is not None:
            yield first, last
            first = None
        if not space:
            if first is None:
                first = offset
            last = offset + length
    if first is not None:
        yield first, last
