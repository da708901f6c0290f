"""Where a sentence may end, shared by both parsers: not after "Kab.", "Plh.", an initial or "S. Pd.",
always at a line break, and (for Stanza's splits) only after . ! ? (and closing marks).
"""

from __future__ import annotations

import re

from .patterns import Lexicons

_SENTENCE_FINAL = re.compile(r"[.!?…]+[\"'”’)\]]*$")
_INITIALS = re.compile(r"^(?:[A-Z]\.)+$")


class SentenceBreaks:
    """The abbreviations of ``abbreviations.yaml`` and the other lexicons, and the tests that use them."""

    def __init__(self, lexicons: Lexicons) -> None:
        words = {w for group in lexicons.abbreviations for w in group.words}
        words.update(e for e in (*lexicons.honorifics, *lexicons.ranks) if e.endswith("."))
        for entry in (*lexicons.titles, *lexicons.acting_prefixes, *lexicons.months):
            words.update(s for s in entry.spellings if s.endswith("."))
        prenominal = {w.casefold() for w in words}
        # degrees after a name may end a sentence, unless they are also written before one ("Dr.") or are initials
        self.sentence_final_degrees = frozenset(
            d.casefold() for d in lexicons.degrees
            if d.endswith(".") and d.casefold() not in prenominal and not _INITIALS.match(d.replace(" ", "")))
        self.abbreviations = frozenset(prenominal)
        spaced = sorted((w for w in prenominal if " " in w), key=len, reverse=True)
        spaced += sorted((d.casefold() for d in lexicons.degrees if " " in d and d.endswith(".")),
                         key=len, reverse=True)
        self._spaced = tuple(spaced)
        self._degrees = frozenset(d.casefold().rstrip(".") for d in lexicons.degrees)

    def continues_degree(self, text_before: str, next_word: str) -> bool:
        """True when the next word completes a degree the text ends with ("S. Pd." + "I")."""
        tail = text_before.rstrip().rsplit(None, 2)[-2:]
        word = next_word.rstrip(".,;:").casefold()
        return any(" ".join(tail[i:]).casefold() + " " + word in self._degrees for i in range(len(tail)))

    def ends_with_abbreviation(self, text_before: str) -> bool:
        """True when ``text_before`` ends with a protected abbreviation, an initial ("Ary K.", "M.A.") or a
        spaced degree ("S. Pd."), so a period there does not end a sentence."""
        stripped = text_before.rstrip()
        if not stripped.endswith("."):
            return False
        folded = stripped.casefold()
        for spelling in self._spaced:
            if folded.endswith(spelling) and (len(folded) == len(spelling) or not folded[-len(spelling) - 1].isalnum()):
                return spelling not in self.sentence_final_degrees
        last = folded.rsplit(None, 1)[-1].lstrip("(,\"“'‘")
        if last in self.sentence_final_degrees:
            return False
        if last in self.abbreviations:
            return True
        core = stripped.rsplit(None, 1)[-1].lstrip("(,\"“'‘")
        # initials and dotted abbreviations: "K.", "M.A.", "S.Th.I." (letters and dots only)
        return bool(re.fullmatch(r"[A-Z]\.", core) or re.fullmatch(r"[A-Za-z]{1,4}(?:\.[A-Za-z]{1,4})+\.", core))

    def keeps_model_break(self, text_before: str, next_word: str) -> bool:
        """Whether a sentence break a model put after ``text_before`` stands: the text ends with . ! ?
        (and closing marks), and not with an abbreviation or a degree the next word completes."""
        stripped = text_before.rstrip()
        return (bool(_SENTENCE_FINAL.search(stripped)) and not self.ends_with_abbreviation(stripped)
                and not self.continues_degree(stripped, next_word))

    @property
    def fingerprint(self) -> str:
        """What a parse depends on here: the protected and the sentence-final words."""
        return "\n".join(sorted(self.abbreviations)) + "\n--\n" + "\n".join(sorted(self.sentence_final_degrees))
