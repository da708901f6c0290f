"""Organizations: election bodies to ``<Body> <Level> <Region>``, other bodies in their longest written form.

Election bodies (KPU, KIP, Bawaslu, Panwaslih, DKPP) are resolved against the
Kemendagri gazetteer: "KPU Blora" -> "KPU Kabupaten Blora" (33.16), "KPU
Jateng" -> "KPU Provinsi Jawa Tengah". Other organizations start at a head
word from ``patterns/organizations.yaml`` ("Dinas", "Universitas", "DPRD")
and run over capitalised words; an acronym in parentheses is learned for the
article, so a later bare "Dindukcapil" is a mention of the same body.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from enum import Enum, auto
from functools import lru_cache

from . import rx
from .patterns import Lexicons, active_verb, alternation as _alternation
from .records import Organization, Span
from .regions import Gazetteer, Region, load_places

_CAP_WORD = r"(?:[A-Z][\w'’.\-]*|\d+[A-Za-z]?(?:/[A-Z][A-Za-z]*)?)"  # "Kodim 1611/Badung", "Koramil 05/BR"
_CAP_WORD_RE = rx.compile(_CAP_WORD)
_WORD = rx.compile(r"[^\s]+")
_CLOSING_MARK = r"[ \t]?\)"  # a closing bracket, a space typed before it or not: "(PPK )", "(Bawaslu )"
_ACRONYM_WORD = rx.compile(rf"\([A-Z][\w]{{1,20}}(?:[ \t]+[A-Z0-9][\w]{{1,20}})?{_CLOSING_MARK}")  # "(PPK)"
_ACRONYM_IN_NAME = rx.compile(r"\(\s*([A-Z][\w]{1,20}(?:[ \t]+[A-Z0-9][\w]{1,20})?)\s*\)")
_HOLDER_AFTER = rx.compile(r"[ \t]*,?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+")  # "KPU Provinsi Budi Santoso"
_PARENTHESES = rx.compile(r"\s*\([^)]*\)")
_BODY_ACRONYM_AFTER = rx.compile(r"\s*\(\s*([A-Z][A-Za-z]{1,10})(?:[ \t]+[A-Z][\w-]+){0,3}\s*\)")
_ONLY_ACRONYM = rx.compile(r"\s*\([^)]*\)\s*")
_INSIDE_PARTY = ("org.party", "org.civil")  # "DPC Partai Demokrat", "Partai Persatuan Pembangunan"
_BRANCHES = ("org.party", "org.branch")  # heads whose name may hold another body's head: "PC IMM Blora"
_CREDIT_BEFORE = rx.compile(r"(?i:foto|dok|sumber)\s*:\s*[\w.]*/$")
_REGION_WORD = rx.compile(r"[\w'’-]+")
# "KPU menegaskan", "KPU dilaporkan": a bare body acting ("KPU akan": bare_body acting_after in organizations.yaml);
# "di" alone ("KPU di luar tahapan") is a place
_ACTING_AFTER = rx.compile(r"\s+(?:(?:me|ber|ter)\w*|di\w{2,})")
_UPPER_TOO = ("org.university_acronym",)  # head groups whose mixed-case acronyms are also written in capitals
# head groups whose one-word heads are acronyms ("Kodim", "Polres"), written in capitals in running text too
# ("Perwakilan KODIM 031 Pekanbaru"), not only in a headline in capitals
_ACRONYM_GROUPS = ("org.security",)
# a word beginning with a capital with another capital after a lower-case letter ("KesbangPol")
_MIXED_CASE_WORD = rx.compile(r"(?<![\w-])(?P<head>\p{Lu}\w*\p{Ll}\w*\p{Lu}\w*)(?![\w-])")
_LEGISLATURE = "org.legislature"  # the head group of legislatures ("DPRD", "DPR RI")
_WHOLE_HEADS = (_LEGISLATURE, "org.security", "org.court")  # heads that name a body whole ("DPRK", "Kejari")
_AND_REGION = rx.compile(r"[ \t]+dan[ \t]+(?=[A-Z])")  # "KPU Kabupaten Kudus dan Jepara"
# "PPS Sialang Munggu dan Tarai Bangun", "Panwascam Lilialy, Waplau": another place of the same kind of committee
_CAP_AFTER = rx.compile(r"[ \t]+[A-Z]")  # a capitalised word right after a place: the run was a longer name
_NEXT_PLACE = rx.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:dan|serta)[ \t]+)(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})")
_GAP = rx.compile(r"[ \t]+")  # the spaces between two words of one line
_BLANK_LINE = rx.compile(r"\n[ \t]*\n")  # a paragraph's end, which no name runs over
_CLOSING_ACRONYM = rx.compile(r"\s*(?:[A-Z][\w'’-]*[ \t]+){1,5}\(([A-Z][A-Za-z]{1,10})\)")  # "Komisi Independen (KIP)"
_VERB = rx.compile(r"(?:me|ber|ter|di)\w{2,}")  # "dinas mengatakan": a verb ends a lower-case name
_PLACE_AFTER_LEVEL = rx.compile(r"\b(?P<level>[A-Z][a-z]+)[ \t]+(?P<place>[A-Z][a-z'’-]+)\b")  # "Kecamatan Sape"
_INITIAL = rx.compile(r"[A-Z]\.")  # "M." in "Kejaksaan Negeri Idi M. Ali Akbar": a holder's initial
ADHOC_GROUP = "org.adhoc"  # the head group of ad hoc election committees ("PPK", "PPS", "Panwascam")
_LEGISLATURE_RULES = (_LEGISLATURE, "org.council_short")  # the rules of a legislature's mention ("DPRD X")
_SCHOOLS = "org.education"  # the head group of schools, whose type may have its number glued on ("SMKN1")
_YEAR = rx.compile(r"(?:19|20)\d\d")
_ROMAN = rx.compile(r"[IVX]{1,5}(?![\w-])")  # "IX" in "Wilayah IX": a numbered area
_GRADE = rx.compile(r"(?:[ivx]{1,4}|\d{1,2})(?:-?[a-c])?")  # "iib", "ii-b", "i", "2a": an office's grade, casefolded
_GRADE_LETTER = rx.compile(r"[a-c]")  # "ii b": the grade's letter written apart
_CLAUSE_END = rx.compile(r"[.;:!?\n]")  # where a list of bodies ends at the latest
_QUOTE_MARKS = rx.OPENING_QUOTES + rx.CLOSING_QUOTES
_SHORT_ABBREVIATION = rx.compile(r"\p{Lu}\p{Ll}{1,3}")  # "Kab", "No", "Prov" before their period; not "DPD."
_NEVER = rx.compile(r"(?!)")  # the pattern of a cue list left out of the patterns: it matches nowhere
_NAME_TAIL = rx.compile(r"(?:[ \t]+(?:\p{Ll}{2,12}[ \t]+)?[A-Z][\w-]*){1,4}[ \t]*\((?P<acronym>[A-Z][A-Za-z]{1,10})\)")
_LINE = rx.compile(r"[^\n]*\S[^\n]*")
# "PPK dari Kecamatan Ile Mandiri": a level and a place's capitalised name after "dari", on the same line
_ADHOC_LEVEL_AFTER = rx.compile(r"[ \t]+(?P<level>\w+)[ \t]+[A-Z]")
_COMMANDS = "org.security"  # the head group of police and military commands, numbered ("Kodim 0912")
# "Kodim 0845 Sukamaju – Lamongan": a command's number, then the places of its territory
_TERRITORY_SEPARATOR = rx.compile(r"[/–—-]")
_SERVING_GAP = rx.compile(r"[ \t]+(?:(?i:calon)[ \t]+(?i:anggota)[ \t]+)?")  # "Timsel Calon Anggota KPU ..."
# a credit of at most 40 characters closed by a spaced dash or by a numeric date and a full stop
_DATELINE_CREDIT = rx.compile(r"\s*(?P<credit>[^\n–—]{1,40}?)(?:\s[–—-]+\s|\s*\(\d{1,2}/\d{1,2}/\d{2,4}\)\.)")


def _spaced_alternation(words) -> str:
    """A regex alternation of literal cue words, longest first, any run of spaces matching each space ("terdiri
    dari" over a line break); with no words, a pattern that matches nowhere."""
    return _alternation(words).replace(r"\ ", r"\s+") or "(?!)"


@dataclass(slots=True)
class OrgMention:
    """One written organization with its canonical name, before mentions are grouped."""

    start: int
    end: int
    text: str
    name: str
    acronym: str | None
    region_code: str | None
    rule: str
    election_body: bool
    level_written: bool = True
    # the name as compared with longer ones (``OrganizationFinder.comparable``), set by ``find`` unless a step set it
    # (a selection team compares by its body's canonical name)
    compared: str = ""


class _Step(Enum):
    """What reading one word does to a name: takes it (its trailing punctuation may still end the name), ends the
    name, or goes on at once (a region taken whole, a "dan" joining two words of one name)."""

    TAKE = auto()
    STOP = auto()
    GO_ON = auto()


@dataclass(slots=True)
class _NameWalk:
    """A head-word organization's name as read so far: where it began and ends, the head's group, where the next
    word to read starts (past a region taken whole), whether the last word was a level or a party's name, and whether
    only a level or a region may go on with it (after a region and its acronym: "... Magelang (Polbangtan Yoma)")."""

    position: int
    group: str
    end: int
    skip_to: int
    after_level: bool = False
    after_party: bool = False
    closed: bool = False
    holds_head: bool = False


def _heads_of(lexicons: Lexicons, group: str) -> list[str]:
    """The head words of one head group of organizations.yaml organization_heads, in their order."""
    return [h for g in lexicons.organization_heads if g.id == group for h in g.heads]


def _punctuation_ends(raw: str, word: str) -> bool:
    """Whether the punctuation after a word ends the name; the period of a short capitalised abbreviation
    ("Kab.") does not."""
    return word != raw and not (raw.endswith(".") and len(word) <= 3 and word[:1].isupper())


def web_domain(lexicons: Lexicons) -> str:
    """A regex of a news outlet's web domain (organizations.yaml web_domains: ".com", ".co.id", ".id"), any case."""
    return rf"\.(?i:{_alternation(lexicons.web_domains)})" if lexicons.web_domains else _NEVER.pattern


class OrganizationFinder:
    """Finds organization mentions in an article's text."""

    def __init__(self, lexicons: Lexicons, gazetteer: Gazetteer) -> None:
        self.lexicons = lexicons
        self.gazetteer = gazetteer
        self._provinces: dict[str, str] | None = None
        self.body_of: dict[str, tuple[str, str, bool]] = {}
        for entry in lexicons.election_bodies:
            for spelling in entry.spellings:
                self.body_of[spelling.casefold()] = (entry.canonical, entry.id, entry.national_only)
        self.level_of = {s.casefold().rstrip("."): e.canonical for e in lexicons.levels for s in e.spellings}
        self.aliases = {k.casefold(): v for k, v in lexicons.region_aliases.items()}
        self.balinese_words = frozenset(w.casefold() for w in lexicons.balinese_name_words)
        # the lookup keys, and official names written with a hyphen ("Tojo Una-Una"), which the keys write with a space
        region_names = [*gazetteer.names(), *self.aliases, *gazetteer.hyphenated_names()]
        bodies = _alternation(self.body_of).replace(r"\)", _CLOSING_MARK)
        levels = _alternation([s for e in lexicons.levels for s in e.spellings])
        national = _alternation(lexicons.national_markers)
        self.national_name_ends = tuple(f" {words}" for words in lexicons.national_name_ends)
        regions = _alternation(region_names)
        secretariats = lexicons.organization_name_words.get("national_secretariats", ())
        # "Sekretariat Jenderal KPU", "SETJEN KPU": the national body's general secretariat, as written or in capitals
        general = _alternation([*secretariats, *(w.upper() for w in secretariats)]) if secretariats else "(?!)"
        self.election = rx.compile_at_words(
            rf"(?:(?<![\w-])|(?<=(?-i:[A-Z]{{2}})-)|(?<=[\w)]--)|(?<=\.(?:id|com)-))"  # "(Lampost.co)--Komisi
            # Pemilihan Umum", "iNewsPringsewu.id-Badan Pengawas Pemilu": a credit glued to the body by dashes
            rf"(?:(?P<general>(?-i:{general})\s+)|(?P<secretariat>(?-i:Sekretariat|SEKRETARIAT)\s+))?(?P<body>{bodies})"
            rf"(?:(?:\s+(?:{levels}))?\s*\((?P<acronym>[A-Z]{{2,10}}){_CLOSING_MARK})?"
            rf"(?:(?P<group>\s*(?:{levels})?\s*/|\s+se(?:-|\s+(?=[A-Z])))"
            # "KPU Kab.Situbondo", "Panwaslu Kab.Lamongan": a level's abbreviation glued to the region by its period
            rf"|\s+(?P<level>{levels})(?:\s+|(?<=\.))(?P<region>{regions})(?![\w/])"
            rf"|\s+(?P<national>{national})(?![\w/])"
            rf"|\s+(?P<bare_region>{regions})(?![\w/])|(?![\w/]))",
            rx.IGNORECASE, ["Sekretariat", *secretariats, *self.body_of])
        self.leveled = {s.casefold(): e for e in lexicons.leveled_bodies for s in e.spellings}
        self.leveled_body = rx.compile_at_words(
            rf"(?<![\w-])(?P<body>{_alternation(self.leveled)})(?:\s+(?P<region>{regions}))?(?![\w/-])",
            rx.IGNORECASE, list(self.leveled)) if self.leveled else _NEVER
        head_words = [h for group in lexicons.organization_heads for h in group.heads]
        head_words += [h.upper() for group in lexicons.organization_heads if group.id in _UPPER_TOO
                       for h in group.heads if h.upper() != h]  # "UNNES", "UNDIP": the acronym in capitals
        self.head_group = {h.casefold(): g.id for g in lexicons.organization_heads for h in g.heads}
        adhoc = _heads_of(lexicons, ADHOC_GROUP)
        self.adhoc_head = rx.compile(rf"(?:{_alternation(adhoc)})(?![\w-])") if adhoc else _NEVER
        # "PPK dan Panwascam Tuah Madani", "Panitia Pengawas Kecamatan (Panwascam) dan Panitia Pemilihan Kecamatan
        # (PPK) Teweh Baru": a bare committee head, its acronym or not, joined to a committee named by its places
        self.adhoc_joined_before = rx.compile(
            rf"(?<![\w-])(?P<head>{_alternation(adhoc)})(?:[ \t]*\([A-Z][A-Za-z]{{1,10}}\))?[ \t]+(?:dan|serta)[ \t]+$"
        ) if adhoc else _NEVER
        self.other = rx.compile_at_words(rf"(?<![\w-])(?P<head>{_alternation(head_words)})(?![\w-])", 0, head_words)
        schools = [h for h in _heads_of(lexicons, _SCHOOLS) if h.isalpha()]
        self.numbered_school = rx.compile(rf"(?<![\w-])(?P<head>{_alternation(schools)})\d{{1,3}}(?![\w-])") \
            if schools else _NEVER  # "SMKN1 Klaten": the school's number written onto its type
        upper_heads = sorted({h.upper() for h in head_words} - set(head_words))
        acronyms_upper = sorted({h.upper() for group in lexicons.organization_heads if group.id in _ACRONYM_GROUPS
                                 for h in group.heads if " " not in h and h.upper() != h})
        self.acronym_upper = rx.compile_at_words(rf"(?<![\w-])(?P<head>{_alternation(acronyms_upper)})(?![\w-])", 0,
                                                 acronyms_upper) if acronyms_upper else _NEVER
        # "KesbangPol", "DisDukCapil": a one-word head written with capitals inside it, as offices write an acronym's
        # parts; read as the head (the word stays as written in the name)
        self.camel_heads = frozenset(h.casefold() for h in head_words if " " not in h and len(h) > 4
                                     and not h.isupper() and h[0].isupper() and h[1:].islower())
        self.other_upper = rx.compile_at_words(rf"(?<![\w-])(?P<head>{_alternation(upper_heads)})(?![\w-])", 0,
                                               upper_heads) if upper_heads else _NEVER
        name_words = lexicons.organization_name_words
        self.joining = name_words.get("joining", ())
        self.joining_folded = frozenset(w.casefold() for w in self.joining)
        self.after_party_words = frozenset(w.casefold() for w in name_words.get("after_party", ()))
        self.holding_head = rx.compile(rf"(?<![\w-])(?:{_alternation(name_words['holding_heads'])})$") \
            if name_words.get("holding_heads") else _NEVER
        self.agency_words = name_words.get("agency_words", ())
        self.acronym_heads = name_words.get("acronym_heads", ())
        offices = name_words.get("acronym_offices", ())
        self.office_acronym = rx.compile(
            rf"(?<![\w-])(?:{_alternation(offices)})[ \t]+(?P<acronym>[A-Z][A-Z0-9]{{1,7}})(?![\w-])") \
            if offices else _NEVER
        lower_heads = name_words.get("lower_case_heads", ())
        self.lower_alone = frozenset(name_words.get("lower_case_alone", ()))
        parent_units = name_words.get("parent_unit_heads", ())
        self.parent_unit = rx.compile(rf"(?<![\w-])(?:{_alternation(parent_units)})(?![\w-])") \
            if parent_units else _NEVER
        self.lower_head = rx.compile(rf"(?<![\w-])(?P<head>{_alternation(lower_heads)})(?![\w-])") \
            if lower_heads else _NEVER
        self.directions = frozenset(name_words.get("directions", ()))
        self.district_words = frozenset(name_words.get("district_words", ()))
        self.area_words = frozenset(name_words.get("area_words", ()))
        self.document_words = frozenset(name_words.get("document_words", ()))
        self.venue_heads = frozenset(name_words.get("venue_heads", ()))
        self.venue_marks = frozenset(w.casefold() for w in name_words.get("venue_marks", ()))
        # a venue word, then items of a list each ended by a comma, "dan", "serta" or "atau", up to the head: the
        # head is one more place of that list ("di rumah sakit, Lapas, dan Rutan"); an item has no verb in it
        item = r"(?:(?!(?:dan|serta|atau|(?:me|ber|ter|di)\w{2,})(?![\w-]))[^\s,.;:!?()]+)"
        joint = r"(?:[ \t]*,[ \t]*(?:(?:dan|serta|atau)[ \t]+)?|[ \t]+(?:dan|serta|atau)[ \t]+)"
        self.venue_list = rx.compile(
            rf"(?<![\w-])(?:{_spaced_alternation(name_words.get('venue_words', ()))})[ \t]+"
            rf"(?:{item}(?:[ \t]+{item}){{0,3}}{joint})*$")
        self.adhoc_levels = frozenset(w.casefold() for w in name_words.get("adhoc_levels", ()))
        self.adhoc_tier = {head.casefold(): tier for tier in ("adhoc_district_heads", "adhoc_village_heads")
                           for head in name_words.get(tier, ())}
        self.served_heads = frozenset(w.casefold() for w in name_words.get("served_heads", ()))
        alone = name_words.get("alone_unit_heads", ())
        self.alone_unit_heads = frozenset(alone)
        self.unit_heads = [(head, rx.compile(rf"(?<![\w/-]){_alternation([head])}(?![\w/-])"))
                           for head in dict.fromkeys([*name_words.get("unit_heads", ()), *alone])]
        self.alone_kinds = {head: frozenset(kinds) for head, kinds in lexicons.organization_alone_kinds.items()}
        made_of = _spaced_alternation(name_words.get("composition_of", ()))
        part_of = _spaced_alternation(name_words.get("composition_in", ()))
        races = _spaced_alternation(name_words.get("race_words", ()))
        committees = _spaced_alternation(name_words.get("race_committees", ()))
        # a race word, then legislatures listed before this one ("Pemilu Anggota DPR RI, DPRD Provinsi dan DPRD X":
        # each names the race): a head and up to three capitalised words, a comma or a joining word after each
        joining = _alternation(self.joining)
        heads = _heads_of(lexicons, _LEGISLATURE)
        listed = rf"(?:(?:{_alternation(heads)})(?:[ \t]+[A-Z]\w*){{0,3}}" \
                 rf"(?:\s*,\s*(?:(?:{joining})\s+)?|\s+(?:{joining})\s+))*"
        self.race_before = rx.compile(
            rf"(?<![\w-])(?<!(?:{committees})\s+)(?i:{races})(?:\s+(?i:anggota))?\s+(?P<listed>{listed})$")
        # a comma or a joining word, then another legislature written as a tier, no named body (council_short_forms
        # list_tiers alone or with a level, no capitalised word after: "kuota DPR RI, DPRD kota serta ..."); "DPR RI dan
        # DPD RI", "DPR RI, DPRD Provinsi Jawa Tengah" list bodies
        tiers = lexicons.council_short_forms.get("list_tiers", ())
        self.legislature_list_after = rx.compile(
            rf"(?:[ \t]*,[ \t]*|[ \t]+(?:{joining})[ \t]+)(?:{_alternation(tiers)})(?![\w-])"
            rf"(?:[ \t]+(?i:{_alternation(self.level_of)})(?:/\w+)?(?![\w/-]))?(?![ \t]+[A-Z])") if tiers else _NEVER
        # a list of legislatures that a comma goes on is one when a joining word and a legislature close it in the
        # sentence ("Usai pemilu anggota DPRD X, DPRD X dilantik": a clause's comma, the council acting)
        self.list_joined = rx.compile(rf"\s(?:{joining})\s")
        self.list_closed = rx.compile(rf"(?<![\w-])(?:{joining})\s+(?:{_alternation([*heads, *tiers])})(?![\w-])")
        # after a body's name found (its acronym in parentheses or not), "yang" or not, what it is made of; before
        # it, what a part is in
        self.made_of_after = rx.compile(rf"(?:\s*\([^()\n]{{1,30}}\))?\s+(?:yang\s+)?(?:{made_of})(?![\w-])")
        self.part_of_before = rx.compile(rf"(?<![\w-])(?:{part_of})\s+$")
        same = [[w.casefold().split() for w in spellings] for spellings in lexicons.organization_same_heads]
        self.same_heads = sorted(((spelling, forms[0]) for forms in same for spelling in forms),
                                 key=lambda pair: -len(pair[0]))  # the longest spelling first
        units = {h.casefold() for h in name_words.get("unit_heads", ())}
        self.unit_head_names = frozenset(units | {" ".join(spelling) for forms in same if " ".join(forms[0]) in units
                                                  for spelling in forms})  # "Lembaga Pemasyarakatan" as "Lapas"
        self.grade_words = frozenset(w.casefold() for w in name_words.get("grade_words", ()))
        self.school_types = frozenset(w.casefold() for w in name_words.get("school_types", ()))
        self.state_school_words = frozenset(w.casefold() for w in name_words.get("state_school_words", ()))
        self.state_school_short = min(self.state_school_words, key=len, default="")  # "N": "SMPN", "SMP N"
        self.person_prefixes = frozenset([*lexicons.honorifics, *lexicons.ranks, *name_words.get("person_prefixes", ())])
        # a comma and a degree of honorifics.yaml after a name ("Kesbangpol Budiman, M.Si", "Sutrisno Wibowo, S.STP");
        # persons.py's ``degree_after`` is another pattern, degrees after a name with or without the comma
        degrees = _alternation(lexicons.degrees) if lexicons.degrees else _NEVER.pattern
        self.comma_degree = rx.compile(rf"[ \t]*,[ \t]*(?:{degrees})(?![\w])")
        self.complete_heads = frozenset(h.casefold() for h in lexicons.standalone_organizations)
        # the words of every body the lexicons name, whole: a name ending in one is no word cut short
        self.known_words = frozenset(w for h in [*self.head_group, *self.complete_heads] for w in h.split())
        self.whole_word_ending = rx.compile(rf"(?i:{_alternation(name_words.get('whole_word_endings', ()))})$") \
            if name_words.get("whole_word_endings") else _NEVER
        self.party_names = frozenset(h for h, g in self.head_group.items() if g == "org.party" and h in self.complete_heads)
        titles = _alternation([s for t in lexicons.titles for s in t.spellings])
        self.title_before = rx.compile(rf"(?<![\w-])(?i:{titles})\s*,?\s*$")
        self.title_start = rx.compile(rf"(?:{titles})(?![\w-])")  # "... dan Ketua Bawaslu"
        # a whole name whose function word is written in lower case ("Kementerian dalam Negeri"): the name as written
        stopwords = frozenset(w.casefold() for w in lexicons.organization_name_stopwords)
        lowered = {" ".join(w.lower() if w.casefold() in stopwords else w for w in name.split())
                   for name in lexicons.standalone_organizations if " " in name}
        standalone = [*lexicons.standalone_organizations, *lowered - {*lexicons.standalone_organizations}]
        self.standalone = rx.compile_at_words(rf"(?<![\w-])(?:{_alternation(standalone)})(?![\w-])", 0, standalone)
        # a one-word standalone name in mixed case ("Forkopimda") written in capitals ("dihadiri oleh FORKOPIMDA") or,
        # for a head news also writes in lower case, in lower case ("diikuti oleh forkopimda"): the same body; only the
        # leaders' forum (name_words lower_case_alone), whose name gold/LABELLING.md fixes, is named in mixed case, any
        # other as written ("Setelah itu NASDEM, PKB dan HANURA ...": "NASDEM"), as labellers keep "POLRI" and "Mabes
        # POLRI"
        self.standalone_spelling = {form: name for name in lexicons.standalone_organizations
                                    if " " not in name and not name.isupper() and not name.islower()
                                    for form in (name.upper(), name.lower())}
        self.standalone_cased = rx.compile_at_words(
            rf"(?<![\w-])(?:{_alternation(self.standalone_spelling)})(?![\w-])", 0, list(self.standalone_spelling)) \
            if self.standalone_spelling else _NEVER
        # two standalone names written as a pair ("TNI-Polri", "anggota TNI/POLRI"): two bodies (gold/LABELLING.md,
        # session 26), though a hyphen or slash otherwise glues a name to the word beside it
        paired = [*standalone, *self.standalone_spelling]
        either = _alternation(paired)
        self.standalone_pair = rx.compile_at_words(
            rf"(?<![\w-])(?P<first>{either})[-/](?P<second>{either})(?![\w-])", 0, paired)
        self.not_before = rx.compile(rf"(?<![\w])(?i:{_alternation(lexicons.organization_not_before)})\s+$") \
            if lexicons.organization_not_before else None
        self.serving_team = rx.compile(rf"(?:{_alternation(lexicons.serving_teams)})(?![\w-])") \
            if lexicons.serving_teams else _NEVER
        self.activity_name = rx.compile(rf"(?i:{_alternation(lexicons.organization_activity_names)})(?![\w-])") \
            if lexicons.organization_activity_names else _NEVER
        self.generic_words = frozenset(w.casefold() for w in lexicons.organization_generic_words)
        classes = name_words.get("class_names", ())
        self.class_name = rx.compile(rf"(?:{_alternation(classes)})(?![\w-])") if classes else _NEVER
        domain = web_domain(lexicons)
        outlet_cue = rf"(?<![\w])(?P<cue>(?i:{_alternation(lexicons.outlet_cues)}))\s+"  # "Dihubungi": any case
        self.interview_outlet_words = frozenset(lexicons.interview_outlet_words)
        self.interview_outlet_cues = frozenset(c.casefold() for c in lexicons.interview_outlet_cues)
        # a known outlet or a web domain after a cue ("kepada Tribun", "dihubungi Kompas.com")
        self.outlet = rx.compile(
            rf"{outlet_cue}(?P<outlet>(?:{_alternation(lexicons.outlets)})"
            rf"(?:[\w.-]*{domain})?|[A-Z][\w-]*{domain})(?![\w-])") \
            if lexicons.outlet_cues else None
        # any capitalised word after a cue, its web domain or an outlet word after it ("kepada Kaltara News"): an
        # outlet when it ends in the outlet word or the dateline credits it (``_outlet_mentions``)
        self.local_outlet = rx.compile(
            rf"{outlet_cue}(?P<outlet>(?P<first>[A-Z][\w-]*)"
            rf"(?P<domain>{domain})?(?![\w-])"
            rf"(?:\s(?P<last>{_alternation([*lexicons.outlet_words, *lexicons.interview_outlet_words])}))?)"
            rf"(?![\w-])") if lexicons.outlet_cues and lexicons.outlet_words else None
        # a word of a dateline credit that names an outlet: with its web domain ("Metrosulawesi.id") or in
        # parentheses ("PEKANBARU (RIAUPOS.CO)"); group 1 is the name without the domain
        self.credit_word = rx.compile(rf"(?<![\w.])\(?([A-Za-z][\w-]*)(?:{domain}\b|(?=\)))")
        council = lexicons.council_short_forms
        dewan_heads = {h.split()[1] for h in head_words if len(h.split()) > 1 and h.split()[0] in council.get(
            "after_office", ())}  # "Dewan Pimpinan", "Dewan Pendidikan": other bodies' names
        self.council_short = rx.compile(
            rf"(?<![\w(-])(?:{_alternation(council.get('short_forms', ()))}"
            rf"|(?<=(?i:{_alternation(council.get('offices', ()))})\s+)(?:{_alternation(council.get('after_office', ()))})"
            rf"(?!\s+(?:{_alternation(dewan_heads or {'-'})})(?![\w-])))(?![\w-])"
            rf"(?![ \t]*/|[ \t]+(?i:{_alternation(self.level_of)})(?![\w]))") \
            if council.get("short_forms") else None
        regulation = lexicons.regulation_titles
        regulations = [f for w in regulation.get("regulations", ()) for f in dict.fromkeys([w, w.lower()])
                       if not (f != w and w.isupper())]  # "Peraturan" and "peraturan"; "SE" only as written
        # a regulation word, then its number and issuer up to the topic word in the same sentence
        self.regulation_topic = rx.compile(
            rf"(?<![\w-])(?:{_alternation(regulations)})(?![\w-])(?:(?!\.\s+\p{{Lu}})[^\n;]){{0,80}}?"
            rf"(?<![\w-])(?i:{_alternation(regulation['topic'])})[ \t]+") \
            if regulation.get("regulations") and regulation.get("topic") else _NEVER
        self.title_joining = frozenset(w.casefold() for w in regulation.get("joining", ()))
        # the rest of a list of capitalised names after a comma in a title, closed by a joining word before its last
        # name ("..., Dewan Perwakilan Daerah, dan Dewan Perwakilan Rakyat Daerah"): the title goes on over the comma
        cap_run = r"\p{Lu}[\w'’-]*(?:[ \t]+(?:\p{Lu}[\w'’-]*|\(\p{Lu}\w*\)))*"
        self.title_list_rest = rx.compile(
            rf"(?:[ \t]+{cap_run}[ \t]*,)*[ \t]+{cap_run},?[ \t]+(?:{_alternation(regulation['joining'])})[ \t]+\p{{Lu}}"
        ) if regulation.get("joining") else _NEVER
        # within such a list, a comma right before its joining word (", dan Dewan Perwakilan Rakyat Daerah")
        self.title_list_last = rx.compile(rf"[ \t]+(?:{_alternation(regulation['joining'])})[ \t]+\p{{Lu}}") \
            if regulation.get("joining") else _NEVER
        self._compile_cue_lists(lexicons)

    def _compile_cue_lists(self, lexicons: Lexicons) -> None:
        """The cues of organizations.yaml ``bare_body`` read around a bare "KPU": it acts or has a purpose after
        it, a cue before it refers it to the article's body, a generic cue before or after it makes it the
        institution in general; the level spellings after a bare body; the list of legislatures before a council
        written short. A cue list left out matches nowhere."""
        cues = lexicons.bare_body_cues
        self.bare_acting = rx.compile(rf"\s+(?i:{_alternation(cues.get('acting_after', ()))})") \
            if cues.get("acting_after") else _NEVER
        purpose_starts = [*map(rx.escape, cues.get("purpose_adverbs", ())),
                          *([active_verb(lexicons)] if lexicons.active_verb_prefixes else [])]
        self.bare_purpose = rx.compile(
            rf"\s+(?i:{_alternation(cues.get('purpose_after', ()))})\s+(?:{'|'.join(purpose_starts)})(?![\w-])",
            rx.IGNORECASE) if cues.get("purpose_after") and lexicons.active_verb_prefixes else _NEVER
        self.bare_before = rx.compile(rf"(?<![\w])(?i:{_alternation(cues.get('before', ()))})\s+$") \
            if cues.get("before") else _NEVER
        self.bare_apposition = rx.compile(rf"(?<![\w])(?i:{_alternation(cues['apposition_before'])})\s*\($") \
            if cues.get("apposition_before") else _NEVER
        self.bare_generic_before = rx.compile(
            rf"(?<![\w])(?i:{_alternation(cues.get('generic_before', ()))})\s+(?i:sekretariat\s+)?$") \
            if cues.get("generic_before") else _NEVER
        generic_after = _spaced_alternation(cues.get("generic_after", ()))
        if cues.get("generic_place_before"):  # "KPU di 35 kabupaten", "KPU dari berbagai daerah"
            places = _alternation([*self.level_of, *cues.get("generic_places", ())])
            generic_after = rf"(?:{_alternation(cues['generic_place_before'])})\s+\w+\s+(?:{places})|{generic_after}"
        self.bare_generic_after = rx.compile(rf"-nya(?![\w])|\s+(?i:{generic_after})(?![\w-])")
        spellings = {e.canonical: e.spellings for e in lexicons.levels}
        self.province_after = rx.compile(
            rf"[ \t]+((?i:{_alternation(spellings.get('Provinsi', ('-',)))}))(?=[ \t]*[^\s\w]|[ \t]+\w)")
        # "KPU Provinsi dan Kabupaten Kota", "KPU Provinsi maupun KPU Kabupaten/Kota": the lower levels together, a class
        self.lower_levels_after = rx.compile(
            rf"(?i:{_alternation(spellings.get('Kabupaten', ('-',)))})\s*"
            rf"(?:/|-|\s+(?:{_alternation(self.joining or ('/',))})\s+|\s+)(?i:{_alternation(spellings.get('Kota', ('-',)))})"
            rf"(?![\w])")
        council = lexicons.council_short_forms
        self.legislature_list_before = rx.compile(
            rf"(?<![\w-])(?:{_alternation(council['list_before'])})"
            rf"(?:\s*[,–—-]\s*|\s+(?:{_alternation(council.get('list_joining', ('-',)))})\s+)$") \
            if council.get("list_before") else _NEVER

    def _region(self, written: str, level: str | None) -> Region | None:
        name = self.aliases.get(written.casefold(), written)
        return self.gazetteer.lookup(name, level) or (self.gazetteer.lookup(name) if level is None else None)

    def _election_mentions(self, text: str) -> list[OrgMention]:
        found = []
        for match in self.election.finditer(text):
            if found and match.start() < found[-1].end:
                continue  # inside the parenthesised acronym of the mention before
            if match.group("group"):
                continue  # "KPU Kabupaten/Kota", "KPU se-Jawa Tengah": a class of bodies, not one
            written_body = match.group("body")
            body, rule, national_only = self.body_of[written_body.casefold()]
            if not written_body[0].isupper() and not (match.group("region") or match.group("bare_region")):
                continue  # "bawaslu prov. Sulsel" names a body by its region; a bare "kpu" is the word in a link
            acronym = match.group("acronym") or (written_body if written_body.isupper() else None)
            start, end = match.span()
            if found and found[-1].rule == rule + ".bare" and not found[-1].text.isupper() and written_body.isupper() \
                    and not text[found[-1].end:start].strip() \
                    and (match.group("region") or match.group("bare_region") or match.group("national")):
                start = found.pop().start  # "Komisi Pemilihan Umum KPU Grobogan": the name, then its acronym
            if national_only:
                found.append(OrgMention(start, end, text[start:end], body, acronym, None, rule, True))
                continue
            if match.group("national") or (match.group("general") and not (match.group("region")
                                                                          or match.group("bare_region"))):
                # "Setjen KPU RI", "Sekretariat Jenderal Komisi Pemilihan Umum (KPU)": the national body
                found.append(OrgMention(start, end, text[start:end], f"{body} RI", acronym, None, rule + ".national", True))
                continue
            level_written = match.group("level")
            region_written = match.group("region") or match.group("bare_region")
            if region_written is not None and _BLANK_LINE.search(text, match.end("body"), end):
                level_written = region_written = None  # "gudang KPU\n\nSimalungun (ANTARA)": a paragraph ends the name
                end = max(match.end("body"), match.end("acronym"))
            adhoc = self.adhoc_head.match(text, start) if region_written is None else None
            if adhoc is not None and adhoc.end() > match.end("body"):
                continue  # "Panwaslu Kecamatan Pammana": an ad hoc body whose name begins with an election body's
            if region_written is None:
                found.append(OrgMention(start, end, text[start:end], body, acronym, None, rule + ".bare", True, False))
                continue
            level = self.level_of.get(level_written.casefold().rstrip(".")) if level_written else None
            region = self._region(region_written, level)
            if region is None and not written_body[0].isupper():
                continue
            if region is None:
                end = match.start("level") if level_written else match.start("bare_region")
                end = len(text[:end].rstrip())
                found.append(OrgMention(start, end, text[start:end], body, acronym, None, rule + ".bare", True, False))
                continue
            after = _BODY_ACRONYM_AFTER.match(text, end)
            if after and after.group(1).casefold() in self.body_of:
                end, acronym = after.end(), after.group(1)  # "Komisi Independen Pemilihan Provinsi Aceh (KIP Aceh)"
            found.append(OrgMention(start, end, text[start:end], f"{body} {region.level} {region.name}", acronym,
                                    region.code, rule + (".level" if level_written else ".region"), True,
                                    bool(level_written) or region.level == "Provinsi"))
            if level_written:
                found += self._second_region(text, end, body, level, rule)
        return found

    def _second_region(self, text: str, end: int, body: str, level: str | None, rule: str) -> list[OrgMention]:
        """ "KIP Kabupaten Aceh Timur dan Pidie Jaya": a region of the same level joined by "dan" to a body's
        region, and ending the phrase, names the body of that kind there too."""
        joined = _AND_REGION.match(text, end)
        if joined is None:
            return []
        region_end = self._region_run(text, joined.end())
        following = text[region_end:region_end + 2] if region_end else ""
        if region_end is None or (following[1:2].isupper() and following[:1] in " \t"):
            return []
        region = self._region(text[joined.end():region_end], level)
        if region is None:
            return []
        return [OrgMention(joined.end(), region_end, text[joined.end():region_end],
                           f"{body} {region.level} {region.name}", None, region.code, rule + ".joined", True, True)]

    def _leveled_mentions(self, text: str, specific: list[OrgMention]) -> list[OrgMention]:
        """ "Ketua Panwaskab dan Kapolres Kudus": a body whose spelling carries its level (organizations.yaml
        leveled_bodies) is the body of that kind and level in the region written after it ("Panwaskab Kudus"), else
        in the one region of that level the article's named election bodies have; with none or several, none."""
        found = []
        for match in self.leveled_body.finditer(text):
            written = match.group("body")
            if not written[0].isupper():
                continue
            entry = self.leveled[written.casefold()]
            body, _, level = entry.canonical.partition(" ")
            region = self._region(match.group("region"), level) if match.group("region") else None
            if region is not None:
                end, named, rule = match.end(), {region.code: region.name}, entry.id + ".region"
            else:
                end, rule = match.end("body"), entry.id + ".article"
                named = {s.region_code: s.name.split(" ", 2)[2] for s in specific
                         if s.region_code and s.name.split(" ")[1:2] == [level]}
            if len(named) != 1:
                continue
            ((code, name),) = named.items()
            found.append(OrgMention(match.start(), end, text[match.start():end], f"{body} {level} {name}", None,
                                    code, rule, True))
        return found

    def _name_end(self, text: str, position: int, group: str = "") -> int:
        """Where a head-word organization name that continues at ``position`` ends: its words are read one by one
        (``_read_word``) until one ends it, a line ends, or a word's trailing punctuation does."""
        previous = text[:position].rsplit(None, 1)[-1:]  # the word before the name, without splitting all the text
        walk = _NameWalk(position, group, end=position, skip_to=position,
                         after_party=group == "org.party" and bool(previous)
                         and previous[0].casefold() in self.party_names,
                         holds_head=self.holding_head.search(text, max(0, position - 20), position) is not None)
        for word_match in _WORD.finditer(text[position:position + 200]):
            at = position + word_match.start()
            if at < walk.skip_to:
                continue
            if "\n" in text[walk.end:at]:
                break
            raw = word_match.group()
            acronym = _ACRONYM_WORD.match(text, at) if raw.startswith("(") and not raw.endswith(")") else None
            if acronym is not None:  # "(Dinpermades P2KB)": an acronym of two words
                self._take_acronym(walk, at, acronym.end())
                walk.skip_to = acronym.end()
                if text[acronym.end():at + len(raw)].strip():
                    break  # "... (Panwaslih). Rakor": the sentence ends right after the acronym
                continue
            word = raw.rstrip(".,;:!?\"”")
            step = self._read_word(text, walk, at, word, position + word_match.end())
            if step is _Step.STOP or (step is _Step.TAKE and _punctuation_ends(raw, word)):
                break
        return walk.end

    def _read_word(self, text: str, walk: _NameWalk, at: int, word: str, after: int) -> _Step:
        """What the word ``word`` written at ``at`` (ending at ``after`` with its punctuation) does to the name."""
        if word.startswith("(") and word.endswith(")") and _ACRONYM_WORD.fullmatch(word):
            self._take_acronym(walk, at, at + len(word))
            return _Step.TAKE
        if word in self.joining or (word.isupper() and word.casefold() in self.joining_folded):
            # "Dinas Perpustakaan serta Kearsipan", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"
            return _Step.STOP if self._and_ends_name(text, walk, after) else _Step.GO_ON
        if walk.group == ADHOC_GROUP and walk.end == walk.position and word.casefold() == "dari" \
                and (level := _ADHOC_LEVEL_AFTER.match(text, after)) is not None \
                and level.group("level").casefold() in self.adhoc_levels:
            return _Step.GO_ON  # "PPK dari Kecamatan Ile Mandiri": the committee of that district
        if walk.group == ADHOC_GROUP and walk.end == walk.position and word in self.adhoc_levels \
                and _CAP_AFTER.match(text, after):
            walk.end = at + len(word)  # "PPK kecamatan Sonder": the level written in lower case
            return _Step.TAKE
        if word.islower() and word in self.level_of and not walk.after_level and walk.group != ADHOC_GROUP \
                and (place := _CAP_AFTER.match(text, after)) is not None \
                and self._region_run(text, place.end() - 1) is not None:
            walk.end, walk.after_level = at + len(word), True  # "Satuan Polisi Pamong Praja kabupaten Halmahera Utara"
            return _Step.GO_ON
        longer = self.other.match(text, at) if word[:1].isupper() else None
        if longer is not None and " " in longer.group("head") and not walk.holds_head \
                and self._ends_name(longer.group("head"), walk):
            return _Step.STOP  # "Badan Ad Hoc Panitia Pemungutan Suara (PPS)": another body's head of several words
            # (a commission holds its council's: "Komisi I dan II Dewan Perwakilan Rakyat Daerah Berau")
        if walk.group == _COMMANDS and _TERRITORY_SEPARATOR.fullmatch(word) and self._region_follows(text, walk, after):
            return _Step.GO_ON  # "Kodim 0912 / Pacitan", "Kodim 0845 Sukamaju – Lamongan": the territory goes on
        if self._ends_name(word, walk) or _YEAR.fullmatch(word) or not _CAP_WORD_RE.fullmatch(word):
            return _Step.STOP  # a year ("Ketua PPK Pemilihan 2020") says when, it names no body
        return self._read_capitalised(text, walk, at, word)

    def _region_follows(self, text: str, walk: _NameWalk, after: int) -> bool:
        """Whether a numbered command's name ("Kodim 0845 Sukamaju") has a region written after the separator that
        ends at ``after``: the second place of the territory it covers, written apart."""
        gap = _GAP.match(text, after)
        return any(c.isdigit() for c in text[walk.position:walk.end]) and gap is not None \
            and self._region_run(text, gap.end()) is not None

    @staticmethod
    def _take_acronym(walk: _NameWalk, at: int, end: int) -> None:
        """An acronym in parentheses joins the name; right after a region only a level or region may follow it."""
        walk.closed = walk.position < walk.skip_to == walk.end and at - walk.end <= 1
        walk.end = end

    def _and_ends_name(self, text: str, walk: _NameWalk, after: int) -> bool:
        """Whether "dan" ends the name rather than joining two of its words ("Dinas Kependudukan dan Pencatatan
        Sipil"): it does after a region or the name's acronym, before a lowercase word, a body, a title or another
        body's head word ("DPRD Provinsi dan Dewan Perwakilan Rakyat Daerah ...": two bodies)."""
        if walk.end == walk.position and not walk.holds_head:
            return True  # "Persatuan dan Kesatuan", "Pemerintah dan Penyelenggara Pemilu": "dan" right after the head
            # joins two things, no two words of a name (a commission goes on: "Komisi I dan II DPRD Berau")
        if walk.end > walk.position and self.gazetteer.lookup(text[walk.position:walk.end].split()[-1]) is not None:
            return True
        if walk.position < walk.skip_to == walk.end:
            return True  # "PWI Kalimantan Selatan serta Akademisi": a region of several words taken whole ends it
        # "PPS Sialang Munggu dan Tarai Bangun": a committee is named by one place (``_next_places``); "PPS dan TPS",
        # "PPK dan PPPS": right after the head, "dan" joins another kind of body, no name word
        if walk.group == ADHOC_GROUP:
            return True
        if text[walk.position:walk.end].endswith(")"):
            return True  # "Panitia Pemilihan Kecamatan (PPK) dan Panitia Pengawas ...": the acronym closed the name
        following = text[after:after + 40].split()
        nxt = following[0] if following else ""
        closing = _CLOSING_ACRONYM.match(text, after)
        if closing is not None and closing.group(1).casefold() in self.body_of:
            return True  # "Kejaksaan Negeri Idi dan Komisi Independen (KIP) Aceh Timur": an election body follows
        next_head = self.other.match(" ".join(following[:4]))
        return (not nxt[:1].isupper() or nxt.casefold() in self.body_of
                or bool(self.title_start.match(" ".join(following[:3])))
                or (next_head is not None
                    and not (walk.group == "org.party"
                             and self.head_group[next_head.group("head").casefold()] == "org.civil")))

    def _ends_name(self, word: str, walk: _NameWalk) -> bool:
        """Whether ``word`` stands outside the name: a stop word, an election body, a person's honorific or rank
        after the name's first word, or the head word of another body (a party's branch may hold a party or civil
        head, "PC IMM Blora"; a complete head may open the name)."""
        folded = word.casefold()
        if (word in self.person_prefixes and walk.end > walk.position) \
                or folded in self.lexicons.organization_name_stopwords or folded in self.body_of:
            return True
        return folded in self.head_group \
            and not (walk.group in _BRANCHES and self.head_group[folded] in _INSIDE_PARTY) \
            and not (walk.holds_head and walk.end == walk.position) \
            and not (walk.end == walk.position and folded in self.complete_heads
                     and not (walk.group != "org.party" and self.head_group[folded] == "org.party"))

    def _read_capitalised(self, text: str, walk: _NameWalk, at: int, word: str) -> _Step:
        """A capitalised word or a number: a region taken whole, or one word of the name."""
        if text.endswith(self.national_name_ends, 0, walk.end):
            return _Step.STOP  # "Ketua Komisi II DPR RI Ahmad Rizal": a national body's name ends at RI
        region_end = None if walk.after_level else self._region_run(text, at)
        if region_end is not None and "\n" not in text[walk.end:region_end]:
            return self._read_region(text, walk, region_end)
        folded = word.casefold()
        if folded in self.generic_words and text[walk.position:walk.end].endswith(")"):
            return _Step.STOP  # "KPPS (KPPS) Pemilihan Gubernur": the election the body serves, after its acronym
        if walk.closed and folded not in self.level_of:
            return _Step.STOP  # "Politeknik ... Magelang (Polbangtan Yoma) Tegalrejo": a place after the name
        if walk.after_party and folded not in self.level_of and folded not in self.party_names \
                and folded not in self.after_party_words and self._region(word, None) is None:
            return _Step.STOP  # "Fraksi PDIP Indah Palupi": after a party's name only a level or region continues it
        walk.after_party = walk.group == "org.party" and folded in self.party_names
        if walk.after_level and (region_end := self._region_run(text, at)) is not None \
                and " " in text[at:region_end] and "\n" not in text[at:region_end]:
            # "Kabupaten Aceh Barat Daya": a region of several words, and the area a branch office serves after it
            walk.end, walk.after_level = self._area_after(text, region_end) or region_end, False
            return _Step.STOP
        walk.end = at + len(word)
        if walk.after_level or folded in self.level_of:
            walk.after_level = folded in self.level_of
            if not walk.after_level and self._region(word, None) is not None:
                return _Step.STOP  # "PWI Provinsi Kepri Budi": a region, or its other name, ends the name
        return _Step.TAKE

    def _read_region(self, text: str, walk: _NameWalk, region_end: int) -> _Step:
        """A region ends the name unless what follows goes on with it: "DPD Partai Golkar Banten Ahmad Rizal" ends
        at the region, as a holder may follow; "... Yogyakarta Magelang", "Universitas Jember (Unej)" go on."""
        walk.end = region_end
        following = _REGION_WORD.search(text, region_end, min(len(text), region_end + 30))
        between = text[region_end:following.start()].strip() if following is not None else "."
        if not between and (following.group() in self.directions
                            or (walk.group == ADHOC_GROUP and following.group() in self.district_words)):
            walk.end = following.end()  # "PPK Kecamatan Tanjungpinang Timur": a district named by a city and a point;
            return _Step.STOP  # "PPK Kecamatan Seruyan Hilir": a committee's district named by its regency and a word
        area = self._area_after(text, region_end)
        if area is not None:
            walk.end = area  # "... Provinsi Lumbung Raya Wilayah Teluk Indah": the area a branch office serves
            return _Step.STOP
        if between not in ("", "(") or (not between and following.group()[:1].isupper() and not (
                self._region_run(text, following.start()) or following.group().casefold() in self.level_of)):
            return _Step.STOP
        walk.skip_to = region_end
        return _Step.GO_ON

    def _area_after(self, text: str, region_end: int) -> int | None:
        """Where the area a branch office serves, written right after the region ending at ``region_end`` as an area
        word (name_words area_words) and a region ("Wilayah Teluk Indah") or a roman numeral ("Wilayah IX"), ends; else
        None."""
        word = _REGION_WORD.match(text, gap.end()) if (gap := _GAP.match(text, region_end)) else None
        after = _GAP.match(text, word.end()) if word is not None and word.group() in self.area_words else None
        if after is None:
            return None
        numeral = _ROMAN.match(text, after.end())
        return numeral.end() if numeral is not None else self._region_run(text, after.end())

    def _next_places(self, text: str, name: str, end: int) -> list[OrgMention]:
        """ "PPS Sialang Munggu dan Tarai Bangun", "Panwascam Lilialy, Waplau dan Namlea": the committees of the
        other places listed right after an ad hoc committee's name, each named by its head (and level word) with
        that place. Only a kecamatan's or desa's name counts, so "PPS Jati dan Budi Santoso" names no second body."""
        words = name.split()
        prefix = words[:2] if len(words) > 2 and words[1].casefold() in self.adhoc_levels else words[:1]
        found, listed = [], 0
        while (match := _NEXT_PLACE.match(text, end)) is not None and not _CAP_AFTER.match(text, match.end()):
            place = " ".join(match.group("place").split())
            if place.casefold() not in load_places():
                break  # "PPS Desa Jati dan Dewi Lestari": a person, though "Dewi" alone is a desa
            end = match.end()
            found.append(OrgMention(match.start("place"), end, match.group("place"), " ".join([*prefix, place]),
                                    None, None, ADHOC_GROUP, False))
            if "," not in text[match.start():match.start("place")]:
                listed = len(found)  # a list closes with "dan": "PPK Kecamatan Blora, Dewi, menjelaskan" is none
        return found[:listed]

    def _shared_places(self, text: str, start: int, head: str, committees: list[OrgMention]) -> list[OrgMention]:
        """ "PPK dan Panwascam Tuah Madani dan Siak Hulu": a bare committee head joined by "dan" to committees named
        by their places is a committee of each of those places ("PPK Tuah Madani", "PPK Siak Hulu")."""
        joined = self.adhoc_joined_before.search(text, max(0, start - 80), start)
        if joined is None or joined.group("head").casefold() == head.casefold():
            return []
        if self.adhoc_tier.get(joined.group("head").casefold(), "") != self.adhoc_tier.get(head.casefold(), "-"):
            return []  # "PPK dan PPS Sidomulyo": a village's committee lends no place to a district's
        size = len(head.split())
        places = [" ".join(m.name.split()[size:]) if m is committees[0] else m.name.split(None, size)[-1]
                  for m in committees]
        if any(place.split()[0].casefold() in self.adhoc_levels for place in places):
            return []  # "PPK dan Panwascam Kecamatan Sonder": the level belongs to the named committee's own words
        return [OrgMention(joined.start("head"), joined.end("head"), joined.group("head"),
                           f"{joined.group('head')} {place}", None, None, ADHOC_GROUP, False) for place in places]

    def _region_after(self, text: str, end: int) -> int | None:
        """Where a region written right after ``end`` (with its level or not, on the same line) ends, else None."""
        gap = _GAP.match(text, end)
        if gap is None:
            return None
        level = _REGION_WORD.match(text, gap.end())
        if level is not None and level.group().casefold() in self.level_of:
            gap = _GAP.match(text, level.end())
            return self._region_run(text, gap.end()) if gap else None
        return self._region_run(text, gap.end())

    def _region_run(self, text: str, start: int) -> int | None:
        """Where a region name (or a lexicon alias of one) of one to four capitalised words starting at ``start``
        ends, else None."""
        words = list(_REGION_WORD.finditer(text, start, min(len(text), start + 60)))[:4]
        while words and words[0].start() == start:
            written = " ".join(w.group() for w in words)
            if all(w.group()[:1].isupper() for w in words) and self.gazetteer.lookup(
                    self.aliases.get(written.casefold(), written)) is not None:
                return words[-1].end()
            words.pop()
        return None

    def _doubled_level(self, words: list[str], acronym: str | None) -> str:
        """A name whose spelled-out head ends with the level its place is written with ("Panitia Pemilihan Kecamatan
        (PPK) Kecamatan Jatiwaras") is named by its acronym and that place ("PPK Kecamatan Jatiwaras"), not with
        the level twice."""
        doubled = next((i for i in range(len(words) - 1) if words[i].casefold() == words[i + 1].casefold()
                        and words[i].casefold() in self.adhoc_levels), None)
        if doubled is None or acronym is None:
            return " ".join(words)
        return " ".join([acronym, *words[doubled + 1:]])

    def _generic(self, span_text: str, head: str) -> bool:
        """A class of bodies, not one: only generic words after the head ("Partai Politik Peserta Pemilu"),
        or a level with no region before it ("DPRD Provinsi"; "Polres Kediri Kota" is one body)."""
        words = _PARENTHESES.sub("", span_text)[len(head):].split()
        if any(w.casefold() == "se" or w.casefold().startswith("se-") for w in words):
            return True  # "Partai Politik Se Kabupaten Blora": every one of a region's bodies
        if words and all(w.casefold() in self.generic_words for w in words):
            return True
        if self.head_group.get(head.casefold()) == ADHOC_GROUP and words and (
                (words[0].casefold() in self.level_of and not self._district_named_kota(head, words))
                or (len(words) == 1 and words[0].casefold() in self.adhoc_levels)):
            return True  # "PPS Kota Madiun", "anggota PPK Kecamatan": every committee of a city, of any district
        return bool(words) and words[-1].casefold() in self.level_of \
            and not any(self._region(w, None) is not None for w in words[:-1])  # not "Polres Kediri Kota"

    def _district_named_kota(self, head: str, words: list[str]) -> bool:
        """Whether the words after a committee's head that holds its level name a district whose name begins with
        "Kota" ("Panwaslu Kecamatan Kota Agung Barat", a district's town), not a city: the words after "Kota" are
        no region of the gazetteer ("Panitia Pemilihan Kecamatan (PPK) Kota Madiun" is every committee of a city)."""
        return head.split()[-1].casefold() in self.adhoc_levels and len(words) > 1 \
            and self.level_of.get(words[0].casefold().rstrip(".")) == "Kota" \
            and self._region(" ".join(words[1:]), None) is None

    def _levels_after(self, text: str, end: int) -> bool:
        """ "... Dewan Perwakilan Rakyat Daerah Kabupaten/Kota": a pair of levels after the name, or "se" and a level
        ("SMA, SMK dan MA sekabupaten"): a class of bodies."""
        following = text[end:end + 30].split()[:1]
        if following and following[0].casefold().startswith("se") \
                and following[0][2:].lstrip("-").rstrip(".,;").casefold() in self.level_of:
            return True
        return bool(following) and "/" in following[0] and following[0].split("/")[0].casefold() in self.level_of

    def _council_mentions(self, text: str, others: list[OrgMention],
                          taken: list[tuple[int, int]]) -> list[OrgMention]:
        """ "anggota DPRD", "sekretaris Dewan" in an article naming one regional council with its region: that council.
        Not in a list of legislatures ("DPR maupun DPRD", "DPR – DPRD")."""
        councils = [m for m in others if m.rule == _LEGISLATURE and len(m.name.split()) > 1]
        if self.council_short is None or len({m.name.split()[-1] for m in councils}) != 1:
            return []
        named = max(councils, key=lambda m: sum(1 for o in councils if o.name == m.name))
        found = []
        for match in self.council_short.finditer(text):
            if any(a <= match.start() < b for a, b in taken) or self.legislature_list_before.search(
                    text, max(0, match.start() - 15), match.start()):
                continue
            found.append(OrgMention(match.start(), match.end(), match.group(), named.name, named.acronym, None,
                                    "org.council_short", False))
        return found

    def _unit_mentions(self, text: str, others: list[OrgMention],
                       taken: list[tuple[int, int]]) -> list[OrgMention]:
        """A local unit's head written alone ("hubungan KPU dengan Polres") in an article naming one unit of that head
        with more words ("Polres Jepara"): that unit. Not one of a pair ("Polres/Kodim") nor before a level or "se-".
        In an article naming no unit of that head nor of its kind (name_words alone_kinds), a head of name_words
        alone_unit_heads ("dihadiri oleh Polres, Bawaslu, media", "Ketua Pengadilan Agama") is the body as written
        where it stands alone (``_stands_alone``); with several units named, no mention."""
        found: list[OrgMention] = []
        first_words = {m.name.split()[0] for m in others if " " in m.name}
        for head, pattern in self.unit_heads:
            named = {m.name for m in others if m.name.startswith(head + " ")}
            if len(named) > 1 or (not named and (head not in self.alone_unit_heads
                                                 or first_words & self.alone_kinds.get(head, frozenset()))):
                continue
            name = next(iter(named), head)
            for match in pattern.finditer(text):
                if any(a <= match.start() < b for a, b in taken + _spans(found)) \
                        or self._levels_after(text, match.end()) or text.startswith((" se-", " se "), match.end()) \
                        or (not named and not self._stands_alone(text, match.start(), match.end(), taken)):
                    continue
                found.append(OrgMention(match.start(), match.end(), head, name, None, None, "org.unit_head", False))
        return found

    def _stands_alone(self, text: str, start: int, end: int, bodies: list[tuple[int, int]]) -> bool:
        """Whether a unit's head written alone from ``start`` to ``end`` names a body taking part: not a venue after
        "di", nor a prison or jail (name_words venue_heads) in a list of places after a venue word (venue_words) or
        right after a venue mark (venue_marks: "warga binaan Lapas"), not an acronym in parentheses, not the end of a
        longer name (``_ends_longer_name``: "Catatan Kepolisian") nor its beginning (a capitalised word after it), and
        not a part listed in a sentence
        saying what a body already found (``bodies``, the spans of the mentions found before) is made of (name_words
        composition_of, composition_in): "Narasumber terdiri dari ..." names no body, so its list is no composition."""
        before = text[max(0, start - 40):start]
        if before.rstrip(" \t").endswith("("):
            return False  # "Lembaga Pemasyarakatan (Lapas)": the acronym of the name before it, which decides
        words = before.split()
        previous_word: str | None = words[-1] if words and before[-1:] in " \t" else None
        if previous_word == "di" or (previous_word is not None and self._ends_longer_name(text, start, previous_word)):
            return False
        if text[start:end] in self.venue_heads and (
                (previous_word is not None and previous_word.casefold() in self.venue_marks)
                or self.venue_list.search(text, max(0, start - 80), start)):
            return False  # "TPS khusus di Lapas dan Rutan", "warga binaan Lapas": a place to vote, no body
        if _CAP_AFTER.match(text, end):
            return False
        sentence_start = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
        sentence_end = min((i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0), default=len(text))
        return not any(sentence_start <= a and b <= sentence_end
                       and (self.made_of_after.match(text, b, sentence_end) is not None
                            or self.part_of_before.search(text, max(sentence_start, a - 40), a) is not None)
                       for a, b in bodies)

    def _ends_longer_name(self, text: str, start: int, previous_word: str) -> bool:
        """Whether the capitalised ``previous_word`` right before a unit's head written alone at ``start`` makes the
        head the end of a longer name: a document's word (name_words document_words: "Surat Keterangan Catatan
        Kepolisian"), or any capitalised word that is no title and not the first word of its sentence. A sentence's
        first word is its verb or adverb ("Hadir Polres dan Kodim."), no part of a name."""
        if not (previous_word[:1].isupper() and previous_word.isalpha()) or self._after_title(text, start):
            return False
        if previous_word in self.document_words:
            return True
        word_start = text.rfind(previous_word, 0, start)
        before_word = text[:word_start].rstrip(" \t")
        return bool(before_word) and before_word[-1] not in ".!?\n\"'"

    def _extend_serving_teams(self, text: str, others: list[OrgMention], specific: list[OrgMention]) -> None:
        """ "Tim Seleksi Calon Anggota Bawaslu Kaltim": a selection team (organizations.yaml serving_teams) is named
        with the election body written right after it, "Calon Anggota" between them or not."""
        starts = {m.start: m for m in specific}
        for m in others:
            if m.rule != "org.team" or not self.serving_team.match(m.text):
                continue
            gap = _SERVING_GAP.match(text, m.end)
            body = starts.get(gap.end()) if gap else None
            if body is None:
                continue
            team = " ".join(_PARENTHESES.sub("", text[m.start:gap.end()]).split())
            m.end, m.text = body.end, text[m.start:body.end]
            m.name = " ".join(_PARENTHESES.sub("", m.text).split())
            m.compared = self.comparable(f"{team} {body.name}")  # "Timsel ... KPU Gorut" is the team written in full

    def _outlet_mentions(self, text: str, taken: list[tuple[int, int]],
                         credit: tuple[int, int] = (0, 0)) -> list[OrgMention]:
        """A news outlet the story names as an actor ("ujarnya kepada Tribun", "saat dihubungi Kompas.com"): a known
        outlet, a web domain, a local name ending in an outlet word ("kepada Kaltara News"), or the outlet the
        lead's dateline credits (``credit``: "Palu, Metrosulawesi.id -" makes "kepada Metrosulawesi" one)."""
        found: list[OrgMention] = []
        if self.outlet is None:
            return found
        credited = {w.group(1).casefold() for w in self.credit_word.finditer(text, *credit)} if credit[1] else set()
        spans = [m.span("outlet") for m in self.outlet.finditer(text)]
        if self.local_outlet is not None:
            for match in self.local_outlet.finditer(text):
                if match.group("last") and (match.group("last") not in self.interview_outlet_words
                                            or " ".join(match.group("cue").casefold().split())
                                            in self.interview_outlet_cues):
                    spans.append(match.span("outlet"))  # "Ekspres" only after an interview's cue
                elif match.group("first").casefold() in credited:
                    end = match.end("domain") if match.group("domain") else match.end("first")
                    spans.append((match.start("outlet"), end))
        for start, end in sorted(set(spans)):
            if any(a <= start < b for a, b in taken) or any(a <= start < b for a, b in _spans(found)):
                continue
            found.append(OrgMention(start, end, text[start:end], text[start:end], None, None, "org.outlet", False))
        return found

    def _other_mentions(self, text: str, taken: list[tuple[int, int]], headline_end: int = 0) -> list[OrgMention]:
        """Head-word organizations; in a headline written in capitals ("KPU KENDAL DAN DISPENDUKCAPIL KABUPATEN
        KENDAL") their heads in capitals too."""
        found = []
        in_capitals = [m for m in self.acronym_upper.finditer(text)
                       if m.start() >= headline_end and not _line_in_capitals(text, m.start())]
        camel = [m for m in _MIXED_CASE_WORD.finditer(text) if m.group().casefold() in self.camel_heads]
        matches = sorted([*self.other.finditer(text), *self.other_upper.finditer(text[:headline_end]), *in_capitals,
                          *self.numbered_school.finditer(text), *camel], key=lambda match: match.start())
        for match in matches:
            start, head, head_end = match.start(), match.group("head"), match.end()  # "SMKN1": the number too
            if any(a <= start < b for a, b in taken) or not head[0].isupper():
                continue
            if _ends_spelled_name(text, start, head_end):
                continue  # "Sistem Pengendalian Intern Pemerintah (SPIP) Terintegrasi": the last word of a longer name
            name_end = self._name_end(text, head_end, self.head_group[head.casefold()])
            end = _spelled_acronym_end(text, start, name_end)
            if end > name_end:
                end = self._region_after(text, end) or end  # "... Dalam Negeri (IPDN) Sulawesi Utara"
            numbered, after_head = head_end > match.end("head"), text[head_end:end].split()[:1]
            if numbered and after_head and after_head[0].isdigit():
                end = head_end  # "di SMKN1 82 orang": a count after the school's number
            if end <= head_end and head.casefold() not in self.complete_heads and not numbered:
                continue
            if self.not_before is not None and self.not_before.search(text, max(0, start - 20), start):
                continue
            span_text = text[start:end]
            if self.activity_name.match(span_text) or self.class_name.match(span_text):
                continue  # a gathering ("Forum Group Discussion"), a class of bodies ("Partai Politik Peserta ...")
            if self._generic(span_text, head) or text.startswith("/", end) or self._levels_after(text, end):
                continue
            if _ONLY_ACRONYM.fullmatch(text, head_end, end) and head.casefold() not in self.complete_heads \
                    and (" " not in head or self.head_group[head.casefold()] == ADHOC_GROUP):
                # "Sistem Pengendalian Intern Pemerintah (SPIP)": the acronym of a longer name before a one-word head;
                # "Panitia Pemungutan Suara (PPS)" with no place is every such committee
                continue
            acronym_match = _ACRONYM_IN_NAME.search(span_text)
            name = self._doubled_level(
                [word.capitalize() if word in self.adhoc_levels or word in self.level_of else word
                 for word in _PARENTHESES.sub("", span_text).split()
                 if word.casefold() != "dari"],  # "PPK kecamatan", "DPRD kota Bengkulu" capitalised; "PPK dari ..."
                acronym_match.group(1) if acronym_match else None)
            if name.casefold() in self.unit_head_names:
                continue  # "warga binaan di Lembaga Pemasyarakatan (Lapas)": a local unit with no place is any of them
            found.append(OrgMention(start, end, span_text, name, acronym_match.group(1) if acronym_match else None,
                                    None, self.head_group[head.casefold()], False))
            if self.head_group[head.casefold()] == ADHOC_GROUP and end > head_end:
                committees = [found[-1], *self._next_places(text, name, end)]
                found.extend(committees[1:])
                found.extend(self._shared_places(text, start, head, committees))
            taken = taken + [(start, end)]
        cased = [match for match in self.standalone_cased.finditer(text) if match.start() >= headline_end
                 and (match.group().isupper() or (match.group() in self.lower_alone  # "forkopimda kab. Blora" is
                                                  and self._lower_name_end(text, match.end()) is None))  # read whole
                 and not _line_in_capitals(text, match.start())]
        pairs = [pair for match in self.standalone_pair.finditer(text) if match.start() >= headline_end
                 for pair in (_PairedName(match, "first"), _PairedName(match, "second"))]
        for match in sorted([*self.standalone.finditer(text), *cased, *pairs], key=lambda match: match.start()):
            if self.not_before is not None and self.not_before.search(text, max(0, match.start() - 20), match.start()):
                continue
            if text[max(0, match.start() - 20):match.start()].rstrip().rsplit(" ", 1)[-1] in self.person_prefixes:
                continue  # "Mayjen TNI Budi Hartono": the force is part of the rank
            if any(h.start() < match.start() < h.end() for h in matches):
                continue  # "TAPD (Tim Anggaran Pemerintah Daerah)": the last words of a longer head's name
            if not any(a <= match.start() < b for a, b in taken + [(m.start, m.end) for m in found]):
                written = match.group()
                name = self.standalone_spelling.get(written, written) if written.casefold() in self.lower_alone \
                    else written
                found.append(OrgMention(match.start(), match.end(), written, name, None, None, "org.standalone", False))
        return found

    def find(self, text: str, headline_end: int = 0) -> list[OrgMention]:
        """All organization mentions, canonical names resolved within the article.

        In the headline (``text[:headline_end]``), where every word is capitalised, a head-word
        organization is taken only when it ends with a region ("Dinas ... Kabupaten Blora").
        """
        election = self._election_mentions(text)
        specific = [m for m in election if m.region_code or m.name.endswith(" RI") or m.rule.startswith("org.dkpp")]
        self._settle_levels(specific)
        leveled = self._leveled_mentions(text, specific)
        specific = sorted(specific + leveled, key=lambda m: m.start)
        taken = _spans(election + leveled)
        titles = self._regulation_titles(text)
        # a body named in a regulation's title is none, nor is an acronym written there learned for the article
        # ("... dan Dewan Perwakilan Rakyat Daerah (Pileg) Tahun 2014": no later "Pileg" is a council)
        candidates = [m for m in self._other_mentions(text, taken, headline_end)
                      if not any(a <= m.start < b for a, b in titles)]
        body = [m for m in candidates if m.start >= headline_end]
        others = [kept for m in candidates if m.start < headline_end
                  for kept in [self._headline_mention(text, m, body)] if kept is not None] + body
        others = [m for m in others if not self._names_race(text, m)]
        self._cut_holders(text, others)
        self._cut_unnamed_holders(text, others)
        self._cut_at_known_places(text, others)
        others += self._lower_case_mentions(text, taken + _spans(others))
        others += self._office_acronym_mentions(text, taken + _spans(others))
        others += self._acronym_mentions(text, others, taken + _spans(others))
        others += self._initials_mentions(text, others, taken + _spans(others))
        learned = {form.casefold(): m for m in others if m.acronym and m.name != m.acronym
                   for form in self._acronym_forms(m.acronym, m.name)}
        for m in others:
            full = learned.get(m.name.casefold())
            if full is not None:
                m.name, m.acronym, m.rule = full.name, full.acronym, "org.acronym"
        self._extend_serving_teams(text, others, specific)
        dateline = _dateline(text, headline_end)
        others += self._outlet_mentions(text, taken + _spans(others), dateline)
        others += [m for m in self._council_mentions(text, others, taken + _spans(others))
                   if not self._names_race(text, m)]
        others += self._unit_mentions(text, others, taken + _spans(others))
        self._merge_short_forms(others)
        bare = self._bare_mentions(text, election, specific, headline_end)
        mentions = [m for m in specific + bare + others if not _CREDIT_BEFORE.search(text, max(0, m.start - 30), m.start)
                    and not dateline[0] <= m.start < dateline[1] and not any(a <= m.start < b for a, b in titles)]
        mentions = self._units_of_parents(text, mentions)
        mentions = [m for m in mentions if not self._cut_by_excerpt(text, m)]
        mentions.sort(key=lambda m: m.start)
        for m in mentions:
            m.compared = m.compared or self.comparable(m.name)
        return mentions

    def _names_race(self, text: str, m: OrgMention) -> bool:
        """Whether a legislature's mention names a race, seat or ballot ("kursi DPRD X", "Pemilu Anggota DPR dan
        DPRD") or, a national one, the tiers elected ("kuota DPR RI, DPRD kota serta ..."): no body (session 27)."""
        whole = m.name.casefold() in self.complete_heads and self.head_group.get(m.name.casefold()) == _LEGISLATURE
        if not (whole or m.rule in _LEGISLATURE_RULES):
            return False
        race = self.race_before.search(text, max(0, m.start - 120), m.start)
        if race is not None and ("," not in race.group("listed") or self.list_joined.search(race.group("listed"))
                                 or self._list_closed(text, m.end)):
            return True
        return whole and self.legislature_list_after.match(text, m.end) is not None

    def _list_closed(self, text: str, at: int) -> bool:
        """Whether a joining word and a legislature follow ``at`` in its sentence: the end of a list of legislatures."""
        stop = _CLAUSE_END.search(text, at)
        return self.list_closed.search(text, at, stop.start() if stop else len(text)) is not None

    def _cut_by_excerpt(self, text: str, m: OrgMention) -> bool:
        """Whether ``m`` runs into a word that the excerpt's end cut short: the text stops on a letter, no stop
        mark after it, and the mention's last word is written nowhere else in the text, is no word of a body the
        lexicons know and has no ending of a whole agency word ("Kelautan") ("... hadir pula Dinas Perhubung": a
        name whose end was cut off is none). Cost: a whole name that ends a text without a stop and whose last word
        is unknown, unrepeated and not of that form is dropped too ("... Narasumber dari Universitas Teluk Indah",
        "... Partai Pemberdaya"); the stored excerpts end near 2,000 characters, mostly mid-word, so the cut is the
        likelier reading."""
        end = len(text.rstrip())
        if m.end < end or not text[end - 1:end].isalpha() or m.election_body or m.region_code:
            return False  # an election body is read with its region from the gazetteer: no word of it is cut
        words = text[m.start:m.end].split()
        last = words[-1]
        if last.casefold() in self.known_words or self.whole_word_ending.search(last) or any(
                self.gazetteer.lookup(self.aliases.get(place.casefold(), place)) is not None
                for place in (" ".join(words[-size:]) for size in range(1, min(4, len(words)) + 1))):
            return False  # "... Dinas Sosial Kabupaten Mamuju Utara": a region ends the name whole
        return rx.search(rf"(?<![\w-]){rx.escape(last)}(?![\w-])", text[:m.start], rx.IGNORECASE) is None

    def _units_of_parents(self, text: str, mentions: list[OrgMention]) -> list[OrgMention]:
        """ "Ditjen Dukcapil Kemendagri", "Inspektorat Jenderal KPU RI", "Biro Hukum KPU": a head of name_words
        parent_unit_heads, up to four capitalised words of the unit's own ("dan" between them; one at least after a
        one-word head), then the body it
        belongs to (an election body, a standalone name) name one body as written; the mentions inside it (the
        parent, the unit's head read alone) give way to it. Not after a title ("Kepala Biro Teknis KPU RI": an office,
        its division and its body)."""
        units = []
        bodies = {m.start for m in mentions if m.election_body}  # "Sekretariat Jenderal KPU": the national body
        for match in self.parent_unit.finditer(text):
            if not match.group()[:1].isupper() or self._after_title(text, match.start()) or match.start() in bodies:
                continue
            end, words = None, 0
            for word in _WORD.finditer(text, match.end(), min(len(text), match.end() + 120)):
                if "\n" in text[match.end():word.start()]:
                    break
                end = self._parent_end(text, word.start()) if words or " " in match.group() else None
                if end is not None:
                    break  # "Ditjen Dukcapil Kemendagri": a one-word head has a word of its own first
                written = word.group()
                if words == 4 or not (written.isalpha() and (written[:1].isupper() or written in self.joining)):
                    break
                words += 1
            if end is not None:
                units.append((match.start(), end))
        if not units:
            return mentions
        kept = [m for m in mentions if not any(a <= m.start < b for a, b in units)]
        return kept + [OrgMention(a, b, text[a:b], " ".join(text[a:b].split()), None, None, "org.unit_of_parent",
                                  False) for a, b in units]

    def _parent_end(self, text: str, at: int) -> int | None:
        """Where a body a unit belongs to, written at ``at``, ends: an election body (not a class of them) or a
        standalone name; else None."""
        election = self.election.match(text, at)
        if election is not None and election.group("body")[:1].isupper() and not election.group("group"):
            return election.end()
        standalone = self.standalone.match(text, at)
        return standalone.end() if standalone is not None else None

    def _regulation_titles(self, text: str) -> list[tuple[int, int]]:
        """The titles of regulations ("Peraturan Bawaslu Nomor 3 Tahun 2023 tentang Sentra Penegakan Hukum Terpadu
        Pemilihan Umum."): from the topic word's end over capitalised words, numbers and the joining words of
        regulation_titles, to a punctuation mark, a line's end or another lower-case word. A body named there is
        what the regulation rules on, no mention."""
        titles = []
        for topic in self.regulation_topic.finditer(text):
            start = end = topic.end()
            in_list = False
            for word in _WORD.finditer(text, start, min(len(text), start + 300)):
                if "\n" in text[end:word.start()]:
                    break
                written = word.group()
                bare = written.strip("()").rstrip(",.;:")
                if written[0] in _QUOTE_MARKS or (bare and not (bare[0].isupper() or bare[0].isdigit()
                                                                 or bare.casefold() in self.title_joining)):
                    break
                end = word.end()
                if written[-1] == "," and (in_list and self.title_list_last.match(text, end)
                                           or self._title_list_goes_on(text, start, end)):
                    in_list = True
                    continue  # "tentang Pemilihan Umum Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan ...": a list
                if written[-1] in ",;:" or written[-1] in _QUOTE_MARKS \
                        or (written[-1] == "." and not _SHORT_ABBREVIATION.fullmatch(bare)):
                    break  # "Kab." and "No." go on; a comma or a sentence's end closes the title
            titles.append((start, end))
        return titles

    def _title_list_goes_on(self, text: str, start: int, comma_end: int) -> bool:
        """Whether a regulation's title goes on over the comma ending at ``comma_end``: capitalised names follow it up
        to a joining word before the last one, and the first of them begins with a word of the three before the
        comma, as names listed in a title repeat their kind ("Dewan Perwakilan Rakyat, Dewan Perwakilan Daerah, dan
        ..."); not "tentang Pemutakhiran Data, Ketua KPU Blora dan Bawaslu hadir" (a clause after the title)."""
        if not self.title_list_rest.match(text, comma_end):
            return False
        following = _WORD.search(text, comma_end)
        before = {w.strip(",").casefold() for w in text[start:comma_end].split()[-3:]}
        return following is not None and following.group().casefold() in before

    def _cut_holders(self, text: str, others: list[OrgMention]) -> None:
        """ "Rektor UIN Walisongo Ahmad Fauzi": after a title, a name that goes on past the whole of another of the
        article's mentions ("UIN Walisongo") with two or more capitalised words, none a region, level or another
        body's head, and is written so only after titles, is that mention's name; the words after it name the
        title's holder. One word more names the body ("Kepala Biro Suara Merdeka Solo Raya"), unless the mention is
        an acronym the article learned ("Kepala Badan Kesbangpol Sumarno" after "... (Bakesbangpol)")."""
        after_title = {id(m): bool(self.title_before.search(text, max(0, m.start - 40), m.start)) for m in others}
        acronyms = {form: o for o in others if o.acronym and o.name != o.acronym and o.text.endswith(")")
                    for form in self._acronym_forms(o.acronym, o.name)}  # not "(UIN) Walisongo": words go on after it
        for m in others:
            if not after_title[id(m)]:
                continue
            shorter = {o.text: o.name for o in others if o is not m and m.text.startswith(o.text + " ")}
            shorter.update({form: o.name for form, o in acronyms.items() if m.text.startswith(form + " ")})
            if not shorter:
                continue
            cut = max(shorter, key=len)
            rest = m.text[len(cut):].split()
            extended = f"{cut} {rest[0]}"
            only_after_titles = all(after_title[id(o)] for o in others if o.text.startswith(extended))
            if (len(rest) >= 2 or cut in acronyms) and only_after_titles \
                    and all(_CAP_WORD_RE.fullmatch(w) and w[:1].isupper() and w.casefold() not in self.level_of
                            and w.casefold() not in self.head_group and self._region(w, None) is None for w in rest):
                m.end, m.text, m.name = m.start + len(cut), cut, shorter[cut]

    def _cut_at_known_places(self, text: str, others: list[OrgMention]) -> None:
        """ "Ketua Panwascam Sape Aditia" (the article writes "Kecamatan Sape"), "Ketua Yayasan Cinta Tanah Air
        Langgur Lusia Rentanubun" (it writes "STIA Langgur"): after a title, one or two name words after a place
        the article names elsewhere (after a level word, or as the last word of another mention) are the title's
        holder, not more of the body's name."""
        levels = self.level_of.keys() | self.adhoc_levels
        known = [(match.group("place"), match.start()) for match in _PLACE_AFTER_LEVEL.finditer(text)
                 if match.group("level").casefold() in levels]
        ends = [(o.text.split()[-1], o) for o in others if not o.text.endswith(")")]
        for m in others:
            words = list(_WORD.finditer(m.text))
            if len(words) < 3 or "(" in m.text or not self._after_title(text, m.start):
                continue
            places = {word for word, at in known if not m.start <= at < m.end} \
                | {word for word, o in ends if o is not m}
            place = next((i for i in range(len(words) - 2, max(0, len(words) - 4), -1)
                          if words[i].group() in places), None)
            rest = [w.group() for w in words[place + 1:]] if place is not None else []
            if not rest or any(w in places or w.casefold() in self.directions or not self._name_word(w)
                               for w in rest):
                continue
            # "Ketua DPRD Kabupaten Lombok Tengah": the place begins a region of several words, and no holder follows
            # it (a level before a region takes only the region's first word as a known place)
            region_end = self._region_run(m.text, words[place].start())
            if region_end is not None and region_end > words[place].end():
                continue
            m.end = m.start + words[place].end()
            m.text = text[m.start:m.end]
            m.name = " ".join(m.text.split())

    def _lower_case_mentions(self, text: str, taken: list[tuple[int, int]]) -> list[OrgMention]:
        """ "kepala dinas kesehatan daerah KBB", "badan kesatuan Bangsa dan politik (Kesbangpol) kabupaten
        Bolaang Mongondow", "forkopimda kab. Blora": a head written in lower case (name_words lower_case_heads) names
        a body after a title, or anywhere for a whole name, when up to five words of its name (lower-case words that
        are no verb or stop word, "dan", an acronym in parentheses) lead to a region; the mention is as written."""
        found = []
        for match in self.lower_head.finditer(text):
            start = match.start()
            complete = match.group("head") in self.complete_heads \
                or self.head_group.get(match.group("head")) in _WHOLE_HEADS  # "kejari Pinrang"
            if any(a <= start < b for a, b in taken) or not (complete or self._after_title(text, start)):
                continue
            end = self._lower_name_end(text, match.end())
            if end is None:
                continue
            span_text = text[start:end]
            acronym = _ACRONYM_IN_NAME.search(span_text)
            found.append(OrgMention(start, end, span_text, " ".join(_PARENTHESES.sub("", span_text).split()),
                                    acronym.group(1) if acronym else None, None, "org.lower_case", False))
        return found

    def _office_acronym_mentions(self, text: str, taken: list[tuple[int, int]]) -> list[OrgMention]:
        """ "Kadis DPMG Aceh Barat": after an office written short (name_words acronym_offices), an agency's acronym
        and the region after it (with its level or not) name the agency; with no region after it, none."""
        found = []
        for match in self.office_acronym.finditer(text):
            start = match.start("acronym")
            if any(a <= start < b for a, b in taken) or match.group("acronym").casefold() in self.head_group:
                continue
            region_end = self._region_after(text, match.end("acronym"))
            if region_end is None:
                continue
            span_text = text[start:region_end]
            found.append(OrgMention(start, region_end, span_text, " ".join(span_text.split()), None, None,
                                    "org.office_acronym", False))
        return found

    def _lower_name_end(self, text: str, position: int) -> int | None:
        """Where a lower-case name that goes on at ``position`` ends at a region (``_lower_case_mentions``), else
        None."""
        words = 0
        for word_match in _WORD.finditer(text, position, min(len(text), position + 160)):
            raw, at = word_match.group(), word_match.start()
            if "\n" in text[position:at]:
                return None
            word = raw.rstrip(".,;:!?\"”")
            if _ACRONYM_WORD.fullmatch(word):
                continue
            region_end = self._region_run(text, at)
            if region_end is not None:
                return region_end
            folded = word.casefold().rstrip(".")
            if folded in self.level_of:
                continue
            words += 1
            if words > 5 or word != raw or not word.isalpha() or _VERB.match(folded) \
                    or (folded in self.lexicons.organization_name_stopwords and folded not in self.joining_folded):
                return None
        return None

    def _cut_unnamed_holders(self, text: str, others: list[OrgMention]) -> None:
        """ "Kepala Kesbangpol Muhammad Amin", "Ketua DPRD Budi Santoso", "Kepala Kejaksaan Negeri Idi M. Ali
        Akbar": after a title, a body its head names whole (a council, a court, a police, military or prosecution
        unit; a standalone name also without a title, "... Komnas HAM Rudi Hartono") and written with no region
        is followed by its holder's name, not by more of its own: two capitalised name words after the head are
        the holder, and one when a comma and a degree follow it ("Kepala Kesbangpol Budiman, M.Si"; ``comma_degree``);
        of three, the first is the body's place; an initial ("M.") or an honorific ("Dr.") begins the holder. After a
        title, a head that names no body whole followed by a whole head ("Kepala Badan Kesbangpol Sutrisno Wibowo";
        ``_whole_head_after``) has its holder after that head. Name words are no level, region, head, acronym or
        names.yaml not-name word, so "Kepala Kesbangpol Jawa Tengah" keeps its region. A head named by the body it
        serves or belongs to followed by name words only (``_candidate_after``) is no mention: alone it names no one
        body."""
        gone: list[OrgMention] = []
        for m in others:
            head = self.other.match(text, m.start)
            if head is None or "(" in m.text:
                continue
            written = head.group("head").casefold()
            if written in self.served_heads or self.serving_team.fullmatch(head.group("head")):
                if self._candidate_after(text, head.end(), m.end):
                    gone.append(m)  # the head alone names no one body ("Tim Seleksi" with no body after it)
                continue
            inner = self._whole_head_after(text, head, m)
            if inner is not None:
                head, written = inner, inner.group("head").casefold()  # "Kepala Badan Kesbangpol Sutrisno Wibowo"
            if not (written in self.complete_heads
                    or self.head_group[written] in _WHOLE_HEADS and self._after_title(text, m.start)):
                continue
            words = list(_WORD.finditer(text, head.end(), m.end))
            rest = [w.group() for w in words]
            # "Kepala Kesbangpol Budiman, M.Si": one name word is the holder too when a degree follows it
            fewest = 1 if self.comma_degree.match(text, m.end) and self._after_title(text, m.start) else 2
            if not fewest <= len(rest) <= 4 or not all(self._name_word(w) for w in rest):
                continue
            initial = next((i for i, w in enumerate(rest) if self._opens_holder(w)), None)
            keep = initial if initial is not None else {1: 0, 2: 0, 3: 1}.get(len(rest))
            if keep is None:
                continue
            end = words[keep - 1].end() if keep else head.end()
            m.end, m.text = end, text[m.start:end]
            m.name = " ".join(m.text.split())
        others[:] = [m for m in others if not any(m is g for g in gone)]

    def _whole_head_after(self, text: str, head: rx.Match, m: OrgMention) -> rx.Match | None:
        """ "Kepala Badan Kesbangpol Sutrisno Wibowo", "Kepala Dinas Dukcapil Budi Santoso": after a title, a head that
        names no body whole followed at once by a standalone name's head: that head, which the holder's name follows;
        else None."""
        if head.group("head").casefold() in self.complete_heads or not self._after_title(text, m.start):
            return None
        gap = _GAP.match(text, head.end())
        inner = self.other.match(text, gap.end()) if gap is not None and gap.end() < m.end else None
        return inner if inner is not None and inner.group("head").casefold() in self.complete_heads \
            and inner.end() < m.end else None

    def _candidate_after(self, text: str, head_end: int, end: int) -> bool:
        """Whether the mention's words from ``head_end`` to ``end``, after a head named by the body it serves or
        belongs to (serving_teams, name_words served_heads), are two to six name words and nothing else ("Ketua Tim
        Seleksi Budi Santoso Hidayat", "bakal calon DPD Anak Agung Gde Putra", "calon DPD I Komang Suarta"): such a
        head never goes on with a person's name, so they are its holder or candidate, title or not. "I" before a
        Balinese name word (names.yaml) counts as a name word."""
        rest = [w.group() for w in _WORD.finditer(text, head_end, end)]
        return 2 <= len(rest) <= 6 and all(
            self._name_word(w) or (w == "I" and i + 1 < len(rest) and rest[i + 1].casefold() in self.balinese_words)
            for i, w in enumerate(rest))

    def _after_title(self, text: str, start: int) -> bool:
        """Whether a title stands right before ``start``, or before one capitalised word of its unit or division
        ("Kasi Intel Kejari Idi")."""
        window = text[max(0, start - 40):start]
        if self.title_before.search(window):
            return True
        words = window.rstrip().rsplit(None, 1)
        return len(words) == 2 and words[1][:1].isupper() and bool(self.title_before.search(words[0] + " "))

    def _opens_holder(self, word: str) -> bool:
        """Whether a word after a body's head is an initial ("M.") or an honorific ("Dr."): a person's name begins."""
        return bool(_INITIAL.fullmatch(word)) or word in self.person_prefixes

    def _name_word(self, word: str) -> bool:
        """Whether a word after a body's head reads as a word of a person's name (``_cut_unnamed_holders``)."""
        if self._opens_holder(word):
            return True
        folded = word.casefold()
        return bool(_CAP_WORD_RE.fullmatch(word)) and word[:1].isupper() and not word.isupper() \
            and folded not in self.level_of and folded not in self.head_group \
            and folded not in self.lexicons.not_name_words and self._region(word, None) is None

    def comparable(self, name: str) -> str:
        """A name as compared with longer ones: case and the joining word aside ("serta" read as "dan", the first
        of organizations.yaml name_words joining), a state school's three spellings as one ("SMPN", "SMP N", "SMP
        Negeri"), an ad hoc body's spellings as one (name_words same_heads: "Panwascam", "Panwaslu Kecamatan")."""
        first = self.joining[0].casefold() if self.joining else ""
        words = [first if w in self.joining_folded else w for w in name.casefold().split()]
        state = self.state_school_short
        if words and words[0] in self.school_types and len(words) > 1 and words[1] in self.state_school_words:
            words[1] = state  # "SMP Negeri 1 Sleman", "SMP N 1 Sleman": one school
        elif state and words and words[0][:-1] in self.school_types and words[0].endswith(state):
            words[:1] = [words[0][:-1], state]  # "SMPN 1 Sleman"
        words = self._without_grade(words)
        for spelling, canonical in self.same_heads:
            if words[:len(spelling)] == spelling:
                words[:len(spelling)] = canonical  # "Panwascam Pammana"; "Kejati" alone begins "Kejati Maluku"
                break
        return " ".join(self._official_region(words))

    def _without_grade(self, words: list[str]) -> list[str]:
        """A casefolded name without the grade of its office after its first word ("lapas kelas iib mojokerto", "rutan
        kelas ii b soppeng" -> "lapas mojokerto", "rutan soppeng"): a grade word of name_words grade_words and a grade
        (a roman numeral or a number, a letter glued on or written apart) after it."""
        for i in range(1, len(words) - 1):
            if words[i] in self.grade_words and _GRADE.fullmatch(words[i + 1]):
                end = i + 2 + (i + 2 < len(words) and _GRADE_LETTER.fullmatch(words[i + 2]) is not None)
                # a place after the grade: "Rutan Kelas I", "Rutan Kelas II B" alone keep it
                return [*words[:i], *words[end:]] if end < len(words) else words
        return words

    def _official_region(self, words: list[str]) -> list[str]:
        """A name's closing region as its official name ("DPRD Inhil", "DPRD Kabupaten Indragiri Hilir": "dprd
        indragiri hilir"), the level word left out where the region has one level only; a region both regency and
        city ("Pemkab Semarang", "Pemkot Semarang") keeps its written level, so the two bodies stay two."""
        for size in range(min(4, len(words) - 1), 0, -1):
            written = " ".join(words[-size:])
            region = self.gazetteer.lookup(self.aliases.get(written, written))
            if region is None:
                continue
            rest = words[:-size]
            levels = self.gazetteer.levels_of(region.name)
            if rest and rest[-1].rstrip(".") in self.level_of and len(levels) == 1 and len(rest) > 1:
                rest = rest[:-1]
            return [*rest, *region.name.casefold().split()]
        return words

    def _headline_mention(self, text: str, mention: OrgMention, body: list[OrgMention]) -> OrgMention | None:
        """A head-word organization in the headline, where every word is capitalised, as far as the body writes it.

        It ends with a level ("Dinas ... Kabupaten Blora"), or it is cut to the longest run of its words that the
        body writes as (the beginning of) one of its mentions: "KPU Blora dan Dinas Perpustakaan Gelar Pelatihan"
        holds "Dinas Perpustakaan" when the body names "Dinas Perpustakaan dan Kearsipan Kabupaten Blora". A whole
        legislature, police or court name ("DPR RI", "Kejari") is kept when the body writes it again, even inside a
        longer name ("Komisi VI DPR RI").
        """
        if any(w.casefold() in self.level_of for w in mention.text.split()):
            return mention
        written = [f for m in body for f in (m.text, m.name)]
        written += [f"{m.acronym} {m.text[m.text.find(')') + 1:]}" for m in body if m.acronym and ")" in m.text]
        forms = {" ".join(_PARENTHESES.sub("", f).split()).casefold() for f in written}  # "IAI Khozinatul Ulum Blora"
        head = self.other.match(text, mention.start)
        written_head = head.group("head").casefold() if head is not None else ""
        if head is not None and head.end() == mention.end and written_head in self.complete_heads \
                and self.head_group[written_head] in _WHOLE_HEADS and rx.compile(
                    rf"(?<![\w-]){rx.escape(mention.text)}(?![\w-])").search(text, mention.end) is not None:
            return mention  # "Legislator DPR RI ..." over a body writing "Komisi VI DPR RI": a whole name written again
        words = list(_WORD.finditer(text, mention.start, mention.end))
        while words and (head is None or words[-1].end() > head.end() or written_head in self.complete_heads):
            end = mention.start + len(text[mention.start:words[-1].end()].rstrip(".,;:!?\"”"))
            written = text[mention.start:end]
            name = " ".join(_PARENTHESES.sub("", written).split())
            if any(f == name.casefold() or f.startswith(name.casefold() + " ") for f in forms):
                acronym = _ACRONYM_IN_NAME.search(written)
                return OrgMention(mention.start, end, written, name, acronym.group(1) if acronym else None,
                                  None, mention.rule, False)
            words.pop()
        return None

    def _acronym_forms(self, acronym: str, name: str) -> list[str]:
        """The ways an article writes an agency's acronym: as learned, and for a name that begins with an agency
        word (organizations.yaml name_words agency_words, "Badan") with and without that word's short form:
        "Kesbangpol", "Bakesbangpol" and "Badan Kesbangpol" all name "Badan Kesatuan Bangsa dan Politik"; after an
        office word of acronym_heads ("Dinas Dukcapil" for "Dinas Kependudukan ... (Dukcapil)")."""
        forms = [acronym]
        for word in self.agency_words:
            if not name.startswith(word + " ") or " " in acronym:
                continue
            short = word[:2]
            shortened = acronym.startswith(short) and acronym[len(short):len(short) + 1].islower()  # "Bakesbangpol"
            bare = acronym[len(short):] if shortened else acronym
            forms += [form for form in (bare[:1].upper() + bare[1:], short + bare[:1].lower() + bare[1:],
                                        f"{word} {bare[:1].upper()}{bare[1:]}") if form not in forms]
        forms += [f"{word} {acronym}" for word in self.acronym_heads
                  if name.startswith(word + " ") and not acronym.startswith(word[:2])]  # "Dinas Dukcapil"
        return forms

    def _merge_short_forms(self, others: list[OrgMention]) -> None:
        """ "IAI Khozinatul Ulum Blora", "Lapas Purwokerto" name the body written "Institut Agama Islam (IAI)
        Khozinatul Ulum Blora", "Lembaga Pemasyarakatan (Lapas) Kelas IIA Purwokerto": the acronym, then words
        (or their beginnings) of what follows the parentheses, in order; "PKS" names "Partai Keadilan Sejahtera"."""
        full_forms = []
        for m in others:
            opening = m.text.find("(")
            closing = m.text.find(")", opening)
            if m.acronym and opening > 0 and closing > opening:
                forms = [form.casefold().split() for form in self._acronym_forms(m.acronym, m.name)]
                full_forms.append((forms, m.text[closing + 1:].split(), m))
        initials = {"".join(w[0] for w in m.name.split() if w[:1].isupper()): m for m in others
                    if len(m.name.split()) >= 3}
        inner = {short: m for m in others if (short := _inner_short_form(m))}
        for m in others:
            full = initials.get(m.name) if m.name.isupper() else None
            if full is not None:
                m.name, m.acronym, m.rule = full.name, m.name, "org.initials"
                continue
            inner_full = inner.get(m.name.casefold())
            if inner_full is not None and inner_full is not m:
                m.name, m.acronym, m.rule = inner_full.name, inner_full.acronym, "org.short_form"
                continue
            words = m.name.split()
            spelled = next((o for o in others if len(words) >= 2 and words[0].isupper() and o.name != m.name
                            and _spells_out(words[0], o.name, " ".join(words[1:]))), None)
            if spelled is not None:
                m.name, m.acronym, m.rule = spelled.name, words[0], "org.initials"
                continue
            folded = [w.casefold() for w in words]  # "DISPENDUKCAPIL KABUPATEN KENDAL" in a headline in capitals
            for forms, rest, full in full_forms:
                written = next((form for form in forms if folded[:len(form)] == form), None)
                if m is full or written is None or len(words) <= len(written) or not rest:
                    continue
                size = len(written)  # "Dinpermades P2KB Kabupaten Demak": an acronym of two words
                index = 0
                for word in words[size:]:
                    while index < len(rest) and not rest[index].casefold().startswith(word.casefold()):
                        index += 1
                    if index == len(rest):
                        break
                    index += 1
                else:
                    m.name, m.acronym, m.rule = full.name, full.acronym, "org.short_form"
                    break

    def _settle_levels(self, mentions: list[OrgMention]) -> None:
        """A region both regency and city, written without a level, follows the article's written level."""
        written_levels: dict[str, str] = {}
        for m in mentions:
            if m.level_written and m.region_code:
                parts = m.name.split(" ", 2)
                if len(parts) == 3:
                    written_levels[parts[2].casefold()] = parts[1]
        for m in mentions:
            if m.level_written or not m.region_code:
                continue
            body, level, region = m.name.split(" ", 2)
            preferred = written_levels.get(region.casefold())
            if preferred and preferred != level:
                other = self.gazetteer.lookup(region, preferred)
                if other is not None:
                    m.name, m.region_code = f"{body} {other.level} {other.name}", other.code

    def _acronym_mentions(self, text: str, others: list[OrgMention], taken: list[tuple[int, int]]) -> list[OrgMention]:
        """Later bare uses of an acronym learned from "Nama Panjang (AKRONIM)"."""
        found = []
        for org in others:
            if not org.acronym:
                continue
            for match in _acronym_pattern(org.acronym).finditer(text):
                if any(a <= match.start() < b for a, b in taken):
                    continue
                found.append(OrgMention(match.start(), match.end(), match.group(), org.name, org.acronym, None,
                                        "org.acronym", False))
                taken.append(match.span())
        return found

    def _initials_mentions(self, text: str, others: list[OrgMention],
                           taken: list[tuple[int, int]]) -> list[OrgMention]:
        """ "putusan MK" in an article that names "Mahkamah Konstitusi": the initials of a body's name, written
        alone, are a mention of it, a standalone short name ("MK") included. Only names of whole capitalised words, none
        of them a region, give initials ("Polres Blora" gives none), besides a name holding an acronym of its own,
        whose initials keep it whole ("UPGRIS" of "Universitas PGRI Semarang", ``_compound_initials``)."""
        found = []
        for org in others:
            if org.acronym or org.name.isupper():
                continue
            words = [w for w in org.name.split() if w[:1].isupper()]
            initials = _compound_initials(words)
            if initials is None and (len(words) < 2 or not all(w.isalpha() and not w.isupper() for w in words)
                                     or any(self._region(w, None) is not None for w in words)):
                continue
            initials = initials or "".join(w[0] for w in words)
            for m in others:
                if m.rule == "org.standalone" and m.text == initials:
                    m.name, m.acronym, m.rule = org.name, initials, "org.initials"  # "MK" of "Mahkamah Konstitusi"
            for match in _acronym_pattern(initials).finditer(text):
                before = text[max(0, match.start() - 30):match.start()]
                if any(a <= match.start() < b for a, b in taken) or before.rfind("(") > before.rfind(")"):
                    continue  # "(LPP RRI)": in parentheses, the acronym of a longer name written before
                found.append(OrgMention(match.start(), match.end(), match.group(), org.name, initials, None,
                                        "org.initials", False))
                taken.append(match.span())
        return found

    def _bare_mentions(self, text: str, election: list[OrgMention], specific: list[OrgMention],
                       headline_end: int = 0) -> list[OrgMention]:
        """A bare "KPU" that refers to the article's own body: it acts ("KPU melakukan klarifikasi", "komitmen KPU
        untuk menghadirkan"), is addressed ("kepada KPU", "sinergi antara KPU dan ..."), follows a title, stands in
        the headline, or is joined by "dan" to such a mention. Not after a generic cue ("hubungan kerja di KPU"), nor
        when the article names several bodies of that kind more than once each (which one is meant is unclear)."""
        found: list[OrgMention] = []
        specific_ids = {id(s) for s in specific}
        by_body: dict[str, list[OrgMention]] = {}
        for s in specific:
            by_body.setdefault(s.name.split(" ")[0], []).append(s)
        joined: list[OrgMention] = []
        for m in election:
            if id(m) in specific_ids or not m.rule.endswith(".bare"):
                continue
            same_body = by_body.get(m.name, [])
            province = self._province_without_region(text, m, same_body, specific)
            if province is not None:
                found.append(province)
                continue
            if not same_body:
                continue
            if self._bare_is_generic(text, m) or self._bare_is_ambiguous(same_body):
                continue
            following = text[m.end:m.end + 25]
            if following.split()[:1] and following.split()[0].rstrip(".,").casefold() in self.level_of:
                continue  # "anggota KPU Provinsi, ... KPU Kabupaten Kota": a level with no region is a class of bodies
            target = self._bare_target(m, same_body)
            mention = OrgMention(m.start, m.end, m.text, target.name, target.acronym, target.region_code, m.rule, True)
            if m.start < headline_end or self._bare_refers(text, m):
                found.append(mention)
            else:
                joined.append(mention)
        taken_ends = {m.end for m in specific + found}
        for mention in joined:
            before = text[max(0, mention.start - 6):mention.start]
            if before.endswith((" dan ", "\tdan ")) and mention.start - 5 in taken_ends:
                found.append(mention)  # "untuk KPU dan Bawaslu": joined to a body the sentence names
        return found

    def _province_without_region(self, text: str, m: OrgMention, same_body: list[OrgMention],
                                 specific: list[OrgMention]) -> OrgMention | None:
        """ "arahan dari KPU Provinsi" in an article that names one provincial body of that kind: that body; naming
        none, the body of the one province all the article's regional election bodies lie in (``_own_province``).
        Not a class written with the other levels ("KPU Provinsi maupun KPU Kabupaten/Kota"), nor a word cut by the
        page's end."""
        level = self.province_after.match(text, m.end)
        if level is None or self.level_of.get(level.group(1).casefold().rstrip(".")) != "Provinsi" \
                or self.lower_levels_after.search(text, level.end(), level.end() + 50):
            return None
        provinces = {s.name: s for s in same_body if s.name.split(" ")[1:2] == ["Provinsi"]}
        if not provinces:
            return self._own_province(text, m, level.end(1), same_body, specific)
        if len(provinces) != 1:
            return None
        (target,) = provinces.values()
        return OrgMention(m.start, level.end(1), text[m.start:level.end(1)], target.name, target.acronym,
                          target.region_code, m.rule, True)

    def _own_province(self, text: str, m: OrgMention, end: int, same_body: list[OrgMention],
                      specific: list[OrgMention]) -> OrgMention | None:
        """ "Anggota KPU Provinsi Budi Santoso", "diawasi oleh Bawaslu Provinsi" in an article naming no provincial
        body of that kind but only election bodies in one province ("KPU Kabupaten Gorontalo Utara"; of any kind,
        "Bawaslu Provinsi" beside "KPU Kota Batam"): the body of that province ("KPU Provinsi Gorontalo"). Not when a
        national body of that kind is named (the provinces' bodies in general)."""
        codes = {s.region_code.split(".")[0] for s in specific if s.region_code}
        if len(codes) != 1 or any(not s.region_code for s in same_body):
            return None
        code = codes.pop()
        province = self._province_of_code().get(code)
        if province is None:
            return None
        return OrgMention(m.start, end, text[m.start:end], f"{m.name} Provinsi {province}", m.acronym, code, m.rule,
                          True)

    def _province_of_code(self) -> dict[str, str]:
        """The gazetteer's provinces by code ("75" -> "Gorontalo"), built once."""
        if self._provinces is None:
            self._provinces = {r.code: r.name for regions in self.gazetteer.by_name.values() for r in regions
                               if r.level == "Provinsi"}
        return self._provinces

    def _bare_refers(self, text: str, m: OrgMention) -> bool:
        """Whether a bare body acts or is addressed where it is written."""
        window = text[max(0, m.start - 40):m.start]
        return bool(self.title_before.search(window)
                    or _ACTING_AFTER.match(text, m.end)
                    or self.bare_acting.match(text, m.end)
                    or self.bare_purpose.match(text, m.end)
                    or self.bare_before.search(window)
                    or self.bare_apposition.search(window))

    def _bare_is_generic(self, text: str, m: OrgMention) -> bool:
        """ "hubungan kerja di KPU", "seluruh anggota KPU di berbagai tingkatan": the institution in general; "dari
        KPU, Dinas Kominfo, Kabupaten/Kota se-Sumut": one of a list that a pair of levels closes, the bodies of a
        whole province."""
        return bool(self.bare_generic_before.search(text[max(0, m.start - 40):m.start])
                    or self.bare_generic_after.match(text, m.end)) or self._closed_by_levels(text, m.end)

    def _closed_by_levels(self, text: str, end: int) -> bool:
        """Whether a list running on from ``end`` ("KPU, Dinas Kominfo, Kabupaten/Kota se-Sumut") ends, in its
        sentence, in an item that begins with a pair of levels ("Kabupaten/Kota")."""
        clause = _CLAUSE_END.split(text[end:end + 160], 1)[0]
        if not clause.startswith(","):
            return False
        for item in clause.split(",")[1:]:
            first = item.split()[:1]
            if first and "/" in first[0] and first[0].split("/")[0].casefold() in self.level_of:
                return True
        return False

    @staticmethod
    def _bare_is_ambiguous(same_body: list[OrgMention]) -> bool:
        """Several bodies of one kind each named more than once ("KPU Provinsi Jawa Tengah" at a forum of "KPU
        Kabupaten Grobogan"): a bare one may mean any of them, or the institution."""
        counts = sorted(Counter(s.name for s in same_body).values(), reverse=True)
        return len(counts) > 1 and counts[1] > 1

    @staticmethod
    def _bare_target(m: OrgMention, same_body: list[OrgMention]) -> OrgMention:
        """The named body a bare one refers to: the one named last before it, unless that one is named only once
        and another more often."""
        preceding = bisect.bisect_left([s.start for s in same_body], m.start)
        target = same_body[preceding - 1] if preceding else same_body[0]
        counts = Counter(s.name for s in same_body)
        if counts[target.name] == 1 and max(counts.values()) > 1:
            target = next(s for s in same_body if counts[s.name] == max(counts.values()))
        return target


@dataclass(frozen=True)
class _PairedName:
    """One name of a pair written as one ("TNI-Polri"), read like a match of its own."""

    match: rx.Match
    group_name: str

    def start(self) -> int:
        return self.match.start(self.group_name)

    def end(self) -> int:
        return self.match.end(self.group_name)

    def group(self) -> str:
        return self.match.group(self.group_name)


def _inner_short_form(m: OrgMention) -> str | None:
    """ "Komisi I Dewan Perwakilan Rakyat Daerah (DPRD) Kota Bandarlampung" is written short "Komisi I DPRD Kota
    Bandarlampung": the words the acronym spells, inside the name, replaced by it (casefolded); else None."""
    opening = m.text.find("(")
    closing = m.text.find(")", opening)
    if not m.acronym or opening <= 0 or closing < opening or " " in m.acronym:
        return None
    before = m.text[:opening].split()
    size = sum(1 for c in m.acronym if c.isupper())
    spelled = before[-size:]
    if len(before) <= size or "".join(w[0] for w in spelled).upper() != m.acronym.upper():
        return None
    return " ".join([*before[:-size], m.acronym, *m.text[closing + 1:].split()]).casefold()


def _ends_spelled_name(text: str, start: int, head_end: int) -> bool:
    """Whether the head written from ``start`` to ``head_end`` ends a longer name that the acronym in parentheses right
    after it spells from capitalised words before the head ("Sistem Pengendalian Intern Pemerintah (SPIP)": the system,
    no government body)."""
    gap = _GAP.match(text, head_end)
    acronym = _ACRONYM_IN_NAME.match(text, gap.end() if gap else head_end)
    if acronym is None or " " in acronym.group(1):
        return False
    letters = "".join(w[0] for w in text[start:head_end].split()).casefold()
    before = text[text.rfind("\n", 0, start) + 1:start].split()[-6:]
    for size in range(1, len(before) + 1):
        words = before[-size:]
        if not words[0][:1].isupper():
            break
        if ("".join(w[0] for w in words).casefold() + letters) == acronym.group(1).casefold():
            return True
    return False


def _spans(mentions: list[OrgMention]) -> list[tuple[int, int]]:
    """Where each mention stands, as ``(start, end)``: the stretches a later kind of mention may not start in."""
    return [(m.start, m.end) for m in mentions]


def _spelled_acronym_end(text: str, start: int, end: int) -> int:
    """Where a name goes on over lowercase joining words when the acronym after it spells all its capitalised words:
    "Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM)"; else ``end``."""
    tail = _NAME_TAIL.match(text, end)
    if tail is None:
        return end
    initials = "".join(w[0] for w in text[start:tail.start("acronym")].split() if w[:1].isupper())
    return tail.end() if initials.casefold() == tail.group("acronym").casefold() else end


def _dateline(text: str, body_start: int) -> tuple[int, int]:
    """Where the lead's dateline stands ("Blora, KPU Blora –", "KPU BLORA –", "KPU Demak Kab.(28/09/17)."): a credit
    that holds no organization mention (gold/LABELLING.md), in one of the first two lines of the body; else (0, 0)."""
    for line in list(_LINE.finditer(text, body_start))[:2]:
        match = _DATELINE_CREDIT.match(text, line.start(), line.end())
        if match is not None and not any(w.isalpha() and w.islower() and len(w) > 2 for w in match.group("credit").split()):
            return line.start(), match.end("credit")  # a lowercase word makes it a sentence ("KPU Blora menggelar -")
    return 0, 0


def _compound_initials(words: list[str]) -> str | None:
    """The initials of a name of three or more capitalised words one of which, not the first, is an acronym, that
    acronym kept whole: "Universitas PGRI Semarang" -> "UPGRIS"; else None. Five letters at least, so they are
    not written by chance."""
    if len(words) < 3 or words[0].isupper() or not any(len(w) > 1 and w.isupper() and w.isalpha() for w in words[1:]) \
            or not all(w.isalpha() for w in words):
        return None
    initials = "".join(w if w.isupper() else w[0] for w in words)
    return initials if len(initials) >= 5 else None


def _spells_out(acronym: str, name: str, rest: str) -> bool:
    """Whether ``name`` is ``rest`` after words whose initials are ``acronym``: "DPC" + "Partai Demokrat" in
    "Dewan Pimpinan Cabang Partai Demokrat Kabupaten Cilacap"."""
    at = name.find(" " + rest)
    if at <= 0 or not (name.endswith(" " + rest) or name.startswith(" ", at + 1 + len(rest))):
        return False
    return "".join(w[0] for w in name[:at].split() if w[:1].isupper()) == acronym


@lru_cache(maxsize=4096)
def _acronym_pattern(acronym: str) -> rx.Pattern:
    """A learned acronym as a whole word; compiled once per acronym, not once per article."""
    return rx.compile(rf"(?<![\w-]){rx.escape(acronym)}(?![\w-])")


def _spellings(mentions: list[OrgMention]) -> dict[str, str]:
    """One spelling for names that differ only in case ("DPD Partai NasDem Kudus", "DPD Partai Nasdem Kudus"): the
    one most mentions agree with, counting mentions whose name begins it ("DPD Partai Nasdem"); then the one in
    fewer capitals (not the headline's "UIN AR-RANIRY"); then the first."""
    first: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        first.setdefault(m.name, m.start)
    by_fold: dict[str, list[str]] = {}
    for name in first:
        by_fold.setdefault(name.casefold(), []).append(name)

    def agreeing(name: str) -> int:
        return sum(1 for m in mentions if m.name == name or name.startswith(m.name + " "))

    return {name: max(group, key=lambda n: (agreeing(n), -sum(c.isupper() for c in n), -first[n]))
            for group in by_fold.values() for name in group}


def merged_names(mentions: list[OrgMention]) -> dict[str, str]:
    """The name each non-election mention's name is grouped under: its longest form in the article ("Suara
    Merdeka Solo" -> "Suara Merdeka Solo Raya"), so a role names the organization as the record lists it; a whole
    name of organizations.yaml standalone is not the beginning of a longer one ("TNI", "TNI AU")."""
    merged_name: dict[str, str] = {}
    spelling = _spellings([m for m in mentions if not m.election_body])
    compared = {m.name: m.compared or " ".join(m.name.casefold().split()) for m in mentions}
    whole = {m.name for m in mentions if m.rule == "org.standalone"}  # "TNI", "TNI AU": two bodies, each named whole
    names = sorted(set(spelling.values()), key=lambda n: (-len(n), n))
    for name in names:
        target = next((longer for longer in merged_name.values() if compared[longer] == compared[name]
                       or (compared[longer].startswith(compared[name] + " ")
                           and not (name in whole and longer in whole))), name)
        merged_name[name] = target
    for written, name in spelling.items():
        merged_name[written] = merged_name[name]
    return merged_name


def group_organizations(mentions: list[OrgMention]) -> list[Organization]:
    """One Organization per canonical name, ids O1, O2, ... in order of first mention."""
    merged_name = merged_names(mentions)
    organizations: dict[str, Organization] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        name = merged_name.get(mention.name, mention.name) if not mention.election_body else mention.name
        org = organizations.get(name)
        if org is None:
            org = Organization(f"O{len(organizations) + 1}", name,
                               mention.acronym if not mention.election_body else name.split(" ")[0],
                               [], mention.region_code)
            organizations[name] = org
        if org.acronym is None and mention.acronym:
            org.acronym = mention.acronym
        org.mentions.append(Span(mention.start, mention.end, mention.text, mention.rule))
    return list(organizations.values())


def _line_in_capitals(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is written in capitals (most of its words of two letters or more), as a
    headline is: a head in capitals there may run over words that name no body ("POLRES BLORA GELAR APEL")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = [w for w in _WORD.findall(text, start, end if end >= 0 else len(text)) if sum(c.isalpha() for c in w) > 1]
    return sum(1 for w in words if w.isupper()) * 2 > len(words)
