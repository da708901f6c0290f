"""Compile each pattern with the standard library's ``re`` when it can run it, else with ``regex``; scan lexicons
only where their words stand.

The patterns are written for ``regex`` (``\\p{Lu}``, variable-width lookbehind), but ``re`` scans the long lexicon
alternations two to three times faster. ``\\p{L}``, ``\\p{Lu}`` and ``\\p{Ll}`` are rewritten to explicit
character ranges for ``re``; a pattern ``re`` cannot compile falls back to ``regex``. ``compile_at_words`` tries a
lexicon pattern only at the words that begin one of its entries, and ``compile_suffix`` searches an end-anchored
pattern from the end. Each gives the matches the plain pattern gives (tests/test_rx.py).
"""

from __future__ import annotations

import functools
import re

import regex

IGNORECASE = re.IGNORECASE
# Quotation marks as pages write them, straight and curly, that open and that close a quoted stretch.
OPENING_QUOTES = "\"'“‘"
CLOSING_QUOTES = "\"'”’"
Match = re.Match | regex.Match
Pattern = re.Pattern | regex.Pattern
escape = regex.escape

_CATEGORIES = frozenset({"L", "Lu", "Ll"})
_PROPERTY = re.compile(r"\\([pP])\{(\w+)\}")
_LAST_LETTER_PLANE_END = 0x40000  # planes 0-3; no letter is assigned beyond them
_RE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE


@functools.cache
def _ranges(category: str) -> str:
    """The code points of a Unicode property ("L", "Lu", "Ll") as character-class ranges, found by ``regex``."""
    every_character = "".join(map(chr, range(_LAST_LETTER_PLANE_END)))
    return "".join(re.escape(run.group()[0]) + ("-" + re.escape(run.group()[-1]) if len(run.group()) > 1 else "")
                   for run in regex.finditer(rf"\p{{{category}}}+", every_character))


def _for_re(pattern: str) -> str | None:
    """``pattern`` with its Unicode properties spelled as ranges, or None when one cannot be spelled so."""
    out, in_class, i = [], False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            found = _PROPERTY.match(pattern, i)
            if found:
                negated, category = found.group(1) == "P", found.group(2)
                if category not in _CATEGORIES or (negated and in_class):
                    return None
                ranges = _ranges(category)
                out.append(ranges if in_class else f"[{'^' if negated else ''}{ranges}]")
                i = found.end()
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            i += 1
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":
                out.append("\\]")
                i += 1
            continue
        if char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def compile(pattern: str, flags: int = 0) -> Pattern:
    """The pattern compiled by ``re`` when ``re`` accepts it, else by ``regex``; cached like ``re.compile``."""
    translated = _for_re(pattern)
    if translated is not None:
        try:
            return re.compile(translated, flags & _RE_FLAGS)
        except re.error:
            pass
    return regex.compile(pattern, flags)


_WORD_RUN = re.compile(r"[^\W_]+")  # letters and digits: "MUNGKID_Anggota" holds the word "anggota" for the pre-filter


@functools.lru_cache(maxsize=16)
def _lowered_words(text: str) -> tuple[str, frozenset[str]]:
    """``text`` lowercased (offsets kept: a character whose lowercase is longer stays as it is) and its set of
    word-character runs; found once per text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered, frozenset(_WORD_RUN.findall(lowered))


def _is_word_character(character: str) -> bool:
    """A letter or digit; an underscore separates words here (a pattern's own guards still decide)."""
    return character.isalnum()


@functools.lru_cache(maxsize=8192)
def _ending_a_word(word: str) -> re.Pattern:
    """``word`` where a word ends after it; a literal first, so ``re`` skips ahead to it."""
    return re.compile(re.escape(word) + r"(?!\w)")


def _word_positions(lowered: str, word: str) -> list[int]:
    """Where ``word`` stands in ``lowered`` as a whole word-character run."""
    return [found.start() for found in _ending_a_word(word).finditer(lowered)
            if found.start() == 0 or not _is_word_character(lowered[found.start() - 1])]


class AtWords:
    """A compiled pattern whose every match starts a word (it opens with a ``(?<!\\w)`` guard) beginning with
    one of a lexicon's first words: ``finditer`` tries it only where the text holds such a word, found with one
    set intersection and ``str.find``, where ``re`` would try the whole alternation at every word start."""

    def __init__(self, compiled: Pattern, first_words: frozenset[str]) -> None:
        self.compiled = compiled
        self.first_words = first_words
        self.pattern = compiled.pattern
        self.match = compiled.match
        self.search = compiled.search

    def finditer(self, text: str):
        lowered, words = _lowered_words(text)
        end = 0
        for start in sorted(p for word in self.first_words.intersection(words) for p in _word_positions(lowered, word)):
            if start < end:
                continue
            found = self.compiled.match(text, start)
            if found:
                yield found
                end = max(found.end(), start + 1)


def compile_at_words(pattern: str, flags: int, words) -> AtWords | Pattern:
    """``pattern`` as ``AtWords`` over the first word-character runs of ``words`` (lowercased), or plainly compiled
    when a word does not begin with a word character."""
    runs = [_WORD_RUN.match(word) for word in words]
    if not runs or not all(runs):
        return compile(pattern, flags)
    return AtWords(compile(pattern, flags), frozenset(run.group().lower() for run in runs))


def compile_suffix(pattern: str, flags: int = 0) -> regex.Pattern:
    """A pattern that ends with ``$``, searched backwards from the end of the text (``regex``'s REVERSE flag):
    every other engine tries each start position in turn, costly on a page of many quote marks."""
    return regex.compile(pattern, flags | regex.REVERSE)


def search(pattern: str, text: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).search(text)


def match(pattern: str, text: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).match(text)


def findall(pattern: str, text: str, flags: int = 0) -> list:
    return compile(pattern, flags).findall(text)


def finditer(pattern: str, text: str, flags: int = 0):
    return compile(pattern, flags).finditer(text)
