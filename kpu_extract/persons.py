"""Persons and their roles: names found at title phrases, speech verbs and honorifics, then linked.

A name is a run of capitalised words and initials. It is taken only where
something says it is a person: a title phrase before it ("Ketua KPU Kota X,
Budi Santoso W.") or after it ("Sri Lestari, Kadiv Hukum"), "selaku" /
"sebagai", a speech verb ("ujar Budi Santoso", "Budi mengatakan"), an
honorific ("Bapak Hendra Wibisono"). Short forms later in the article ("Budi",
"Lestari") become mentions of the full name when only one person has them.
"""

from __future__ import annotations

import bisect

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from . import rx
from .organizations import OrgMention, merged_names, web_domain
from .patterns import Lexicons, ParseNameCue, alternation as _alternation
from .records import Person, Role, Span
from .regions import Gazetteer, load_districts
from .sentences import SentenceBreaks

_NAME_WORD = (r"(?:[A-Z][a-z]{1,3}\.(?=[ \t]+[A-Z][a-z])|[A-Z][a-z'’\-]+(?:[A-Z][a-z]+)?|[A-Z]\.(?:[A-Z]\.)*(?![A-Za-z])"
              r"|[A-Z]\.(?:[A-Z]\.)+[A-Z](?=[ \t]+[A-Z][a-z])"  # "P.G.L Sitorus": initials, the last without its stop
              r"|[A-Z]\.[A-Z][a-z'’\-]{2,}|[A-Z](?=[\s,]|$)|[A-Z]{2,4}(?=\s+[A-Z][a-z])"
              r"|[A-Z]{2}\.(?=[ \t]+[A-Z][a-z])"
              r"|(?<=[a-z][ \t])[A-Z]{2,3}(?=[ \t]*(?:[,;:)]|$)|[ \t]+[a-z]))")  # "Rusli AH": initials in capitals
_PARTICLE = r"(?:[ \t]+(?:bin|binti|van|von|de|da|dos|der|br\.|boru))"  # "Ahmad bin Umar", "Maria br. Sitepu"
_NAME = rx.compile(rf"{_NAME_WORD}(?:{_PARTICLE}?[ \t]+{_NAME_WORD}){{0,6}}")  # "I Gusti Ngurah Agung ..."
_ROLE_JOINERS = ("selaku", "sebagai", "yang menjabat sebagai", "yang juga merupakan", "yang juga", "yang merupakan",
                 "yang membidangi", "dari")
_SECOND_OFFICE = (r"\s*,?\s*(?:(?:yang\s+)?sekaligus(?:\s+(?:sebagai|menjabat))?|yang\s+juga(?:\s+merupakan)?"
                  r"|merangkap)\s+")
_LIST_LINK = r"(?:\s*[,;]\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+)"
_DIVISION_PREFIX = r"(?i:Divisi|Devisi|Div\.|Sub\s?-?bag(?:ian)?|Bagian|Bidang|Koordinator\s+Divisi)"
# Compiled once and matched at a position (never on a slice of the text, which copies it per match).
_SPACE = rx.compile(r"\s*")
# the office word a body may be written with after a title ("Kepala Kantor Kementerian Agama ..."): the body follows it
_SECRETARIAT = rx.compile(r"\s*(?:(?:Sekretariat|Kantor)\s+)?")
# "KPU X, Divisi Y", "KPU X dari Divisi Y"
_COMMA_DIVISION = rx.compile(rf"\s*(?:,|[ \t]+dari)\s*(?={_DIVISION_PREFIX})")
_ACRONYM = rx.compile(r"\s*\([A-Z][A-Za-z0-9]{1,12}\)")  # "(Sosdiklih)", "(P3S)"
_OPENING = rx.compile(r"\s*\(\s*")
_CLOSING = rx.compile(r"\s*\)")
_SECOND_OFFICE_AT = rx.compile(_SECOND_OFFICE)
_TERM = rx.compile(r"[ \t]+(?:periode|masa[ \t]+jabatan|masa[ \t]+bakti)[ \t]+\d{4}[ \t]*[-–/][ \t]*\d{4}")
_TERPILIH = rx.compile(r"\s+(?i:terpilih)(?![\w])")
_LIST_LINK_AT = rx.compile(_LIST_LINK)
_LINK = rx.compile(r"[ \t]*[,;]?[ \t]*")  # on the same line: a headline's title holds no name from the lead
_COMMA = rx.compile(r"\s*,?\s*")
_DIVISION_START = rx.compile(rf"\s*{_DIVISION_PREFIX}")
# a further division named with the same title: "Anggota KPU X Divisi Hukum dan Divisi Teknis Budi"
_NEXT_DIVISION = rx.compile(
    r"(?:[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta|&)[ \t]+)(?=(?i:Divisi)[ \t])")
_SPACE_BEFORE_TITLE = rx.compile(r"[ \t]+(?=[A-Z])")
_NAME_GAP = rx.compile(r"[ \t]+$")
_OPENING_WORD = rx.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \t]))(\w+)[ \t]+$")  # a sentence's first word
_LOWER_DIVISION_WORD = rx.compile(r"\s*divisi[ \t]+(?=[a-z])")  # the word written in lower case, its name too
_DIVISION_STRIP = rx.compile(rf"^\s*{_DIVISION_PREFIX}\s*")
_NAME_BEFORE = rx.compile(rf"(?<![\w'’-]){_NAME_WORD}(?:{_PARTICLE}?[ \t]+{_NAME_WORD}){{0,6}}$")
_WORDS = rx.compile(r"\S+")
_SENTENCE_START = rx.compile(r"(?:^|\n[ \t]*|[.!?][\"”’]?[ \t]+)(?=[A-Z][a-z])")  # a match ends where a sentence starts
_DASH = "[-–—]"  # a hyphen, an en dash or an em dash: what joins a pair's two sides
_PAIRED = rx.compile(rf"{_DASH}[A-Z]")  # "Budi Santoso-Siti Rahayu": a candidate pair, read by the pair rule
_PLACE_WORD = rx.compile(r"[ \t]+(?P<word>[A-Z][\w'’-]*)")
_RELATIVE_CLAUSE = rx.compile(r"[ \t]+yang(?:[ \t]+(?!(?:lama|sebelumnya|terdahulu)(?![\w]))[a-z]+){1,5}[ \t]*,[ \t]*(?=[A-Z])")  # "yang baru dilantik, "
_HOLDER_NEXT = rx.compile(r"[ \t]*,[ \t]*[A-Z]|[ \t]+[A-Z][\w.'’-]*[ \t]+[A-Z]")  # a comma or two name words
_ENGLISH_JOIN = rx.compile(r"[ \t]+(?:and|of|for|the)[ \t]+[A-Z]")
_CLAUSE_BEFORE = rx.compile_suffix(r"(?:^|[,.;:!?][ \t]*|\n[ \t]*)$")  # a clause opens here
_RESPECTIVELY = rx.compile(r"[ \t]*,[ \t]*masing-masing[ \t]+(?:sebagai[ \t]+)?(?=[A-Z])")
_LINK_BEFORE = rx.compile_suffix(r"(?:[ \t]*,[ \t]*(?:dan[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)$")
# a division abbreviation as written, two capitals at least ("PPDatin", "HP2H")
_WRITTEN_ABBREVIATION = rx.compile(r"[ \t]+((?=(?:[a-z0-9]*[A-Z]){2})[A-Z][A-Za-z0-9]{1,9})(?![\w-])")
_GLUED_PREFIX = rx.compile(rf"\s*(?:{_DIVISION_PREFIX}\s+)?")
_GLUED_MORE = rx.compile(r"[ \t]*(?:,[ \t]*)?(?:dan|&)[ \t]+(?=[A-Z])")  # a division's next part after a glued word
_NEXT_WORD = rx.compile(r"[ \t]+([a-z]+)(?![\w])")
_SPEAKER_END = rx.compile(r"[ \t]*(?:[.,;]|$)")  # a speaker named after a description ends the sentence or clause
_CAPS_END = rx.compile(r"\s*(?:[,.;:)]|$|\s+[a-z])")  # an all-caps name ends the apposition: comma or lower case
_NICKNAME = rx.compile(r"([A-Z][a-z'’]{1,15})(?![\w-])")
# "Budi (45), warga ...", "Rina (17 Tahun)": an age after a name
_AGE = rx.compile(r"[ \t]*\(\s*[1-9]\d\s*(?i:th\.?|thn\.?|tahun)?\s*\)")
# "Sari (8 tahun)": an age of one digit, with its unit; a child's only where a comma sets the name off or a word for
# a child stands before it (a term of "(5 tahun)" is a duration: "Rencana Strategis (5 tahun)")
_YOUNG_AGE = rx.compile(r"[ \t]*\(\s*[1-9]\s*(?i:th\.?|thn\.?|tahun)\s*\)")
# the next or the previous item of a list, up to three capitalised words
_LIST_ITEM = r"(?P<item>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
_NEXT_ITEM = rx.compile(rf"(?:[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?|[ \t]+(?:dan|serta)[ \t]+)"
                        rf"{_LIST_ITEM}(?=[ \t]*(?:[,.;]|$|[ \t](?:dan|serta)[ \t]))")
_PREVIOUS_ITEM = rx.compile_suffix(rf"{_LIST_ITEM}[ \t]*,[ \t]*$")
_AND_LINK = rx.compile(r"[ \t]+(?:dan|&)[ \t]+")
_PAIR_LINK = rx.compile(rf"{_AND_LINK.pattern}|[ \t]*{_DASH}[ \t]*(?=[A-Z])")
_APPOSED_AFTER = rx.compile(r"[ \t]*,[ \t]*(?=[A-Z])")
# a comma before a second office's title, the space after it left to the title's own pattern ("Anggota Bawaslu X,
# Koordinator Divisi Y, Budi")
_COMMA_BEFORE_TITLE = rx.compile(r"[ \t]*,(?=[ \t]*[A-Z])")
_CLOSING_COMMA = rx.compile(r"[ \t]*,")
_APPOSED = rx.compile(r",[ \t]*$")  # a name set off by commas
_COMMA_AFTER = rx.compile(r"(?:\s*,\s*|[ \t]+)(?=[A-Z])")  # "dari KPU Kabupaten Pati, Budi ...", "dari Fraksi PDIP Budi ..."
# a military or police unit's number after an office abbreviation: "Dandim 0718/Pati", "Pangdam IV/Diponegoro"
_UNIT = rx.compile(r"[ \t]+((?:\d{2,4}|[IVX]{1,5})(?:/[A-Z][\w-]*)?)(?![\w/])")
_UNIT_WORD = rx.compile(r"[ \t]*([A-Z][A-Za-z]{3,})[ \t]+")  # "Ditreskrimum" of "Kasubdit I Ditreskrimum Polda X"
_PASSIVE_AGENT = rx.compile(r"(?<![\w])di[a-z]{3,}(?:kan|i)[ \t]+(?:oleh[ \t]+)?(?=[A-Z][a-z])")
_BECOMES = rx.compile(r"[ \t]+(?:[Jj]adi|menjadi)[ \t]+(?=[A-Z])")  # a name before "Jadi Gubernur": who becomes it
_NEXT_NAME_WORD = rx.compile(r"[ \t]+([A-Z][a-z]+)(?![\w])")
_TITLE_NUMERAL = rx.compile(r"[ \t]+(I{1,3}|IV|V|VI)(?![\w/.-])")  # "Wakil Ketua II", "Asisten III": part of the office
_ACRONYM_WORD = rx.compile(r"[A-Z]{2,4}")
_GLUED_DEGREE = rx.compile(r"[A-Z]\.[A-Z][a-z]+(?:\.[A-Z][a-z]*)*")  # "S.Sos", "S.Pd.I": a degree, not an initial and a name
_SHORT_WORD = rx.compile(r"[A-Z][a-z]{1,3}\.")  # "Moh.", "Moch.": a shortened name word
_CLOSING_INITIALS = rx.compile(r"[A-Z]{1,3}\.")  # "AB.", "S." ending a name
_SENTENCE_AFTER = rx.compile(r"\s*(?:$|\n|[ \t]+[A-Z])")  # what follows a stop that ends a sentence
_UPPER = rx.compile(r"[A-Z]")
_TOKEN = rx.compile(r"[\w]+")
_LOWER_WORD_BEFORE = rx.compile_suffix(r"(?<![\w])[a-z]+[ \t]+$")  # a name inside a clause, not its first word
_HOLDER_BEFORE = rx.compile(r"(?<![\w])(?:selaku|sebagai)\s+$")
_LISTED_ON = rx.compile(r"\s*(?:,\s*)?(?:dan|serta)\s")  # a list of the people present goes on after a title
# an own title's clause in a list, up to the link before the next item's name ("selaku Kadiv Hukum, Siti ...")
_OWN_CLAUSE = rx.compile(r"[^,;.\n]{1,120}?(?=[ \t]*,[ \t]*(?:(?:dan|serta)[ \t]+)?[A-Z])")
_NAME_CLOSE = rx.compile(r"[ \t]*(?:[,;.)]|$)|[ \t]+(?:dan|serta)[ \t]")  # a name in a list or sentence ends
_OWN_TITLE_AFTER = rx.compile(r"[ \t]+(?:selaku|sebagai)[ \t]+")  # "..., Budi selaku Kasubbag X": Budi's own title
_CAPS_NAME = rx.compile(r"[A-Z][A-Z'’\-]{2,}(?:[ \t]+[A-Z][A-Z'’\-]{2,}){0,3}(?![\w])")
_TITLE_AND = rx.compile(r"\s+dan\s+")  # two title phrases joined: "Ketua dan Anggota ...", "Bupati dan Wakil Bupati"
_PAIR_WORD = r"(?:[A-Z][a-z'’]+|[A-Z]\.?)"
_PLACE_END = rx.compile(r"[ \t]*(?:,|[ \t][a-z]|$)")  # a place's one-word name ends its phrase
_DESCRIBED_CLAUSE = rx.compile(r"[ \t]+yang(?![\w])")  # "Rina Wati yang menjadi peserta ..."
_LOWER_WORD_AFTER = rx.compile(r"[ \t]+[a-z]+(?![\w])")  # "pasangan Budi Santoso dan Rina Wati memiliki ...": a verb
# a note in parentheses after a listed name ("narasumber Budi (Advokat), serta Siti ..."): the list goes on after it
_PAREN_NOTE = rx.compile(r"[ \t]*\([^()\n]{1,40}\)")
_ONE_CAPS_WORD = rx.compile(r"[A-Z][A-Z'’\-]{3,}(?![\w])")
# a verb with a prefix and "-kan" written with a capital in a Title Case headline ("Memastikan", "Diharapkan",
# "Berdayakan"): no name word
_AFFIXED_VERB = rx.compile(r"(?:Me|Di|Ber)[a-z]{3,}kan")
# a noun with its suffix "-an" and the pronoun "-nya" written with a capital ("Dalam Laporannya Wahyu menjelaskan",
# "Dalam Sambutannya Ketua ..."): no name word
_NOUN_OF_HIS = rx.compile(r"[A-Z][a-z]{3,}annya")
_REDUPLICATED = rx.compile(r"(?i)([a-z]{2,})-\1[a-z]*")
# others named as coming with the person before ("Yosef Tarigan beserta stafnya"): a holder's name ends there
_WITH_OTHERS = rx.compile(r"[ \t]+(?:beserta|bersama|didampingi)(?![\w])")
# a unit's name after its head's title: up to seven capitalised words, "dan" or "&" between two, then a comma before a
# capital ("Kasi Binadik, Jamerlan ...", "Kepala Seksi Lalu Lintas dan Izin Tinggal Keimigrasian, Fajar ...")
_UNIT_RUN = rx.compile(r"([A-Z][\w'’-]*(?:[ \t]+(?:(?:dan|&)[ \t]+)?[A-Z][\w'’-]*){0,6})[ \t]*,[ \t]*(?=[A-Z])")
# A pair's hyphen inside a name, read two ways at two times, so two patterns. _GLUED_HYPHEN is searched in a span a
# rule has just read, for the hyphen in its last word after the first name's words ("Budi Santoso-Jayadin"; the
# sides are weighed by _glued_pair). _SHORT_PAIR is matched against a whole name of one word once all names are read
# ("Budi-Rina"), and gives its two halves, which _split_short_pairs splits when two other names hold them.
_GLUED_HYPHEN = rx.compile(r"(?<=[a-z'’])-(?=[A-Z][a-z'’]+(?:[ \t]|$))")
_SHORT_PAIR = rx.compile(r"([A-Z][a-z'’]{1,15})-([A-Z][a-z'’]{1,15})")
_AT_BEFORE = rx.compile_suffix(r"(?<![\w])[Dd]i[ \t]+$")  # the preposition "di" (at) right before a word
# a body's members listed after it ("Dari KPU Kabupaten X yang datang di antaranya, Ketua Budi, Anggota Divisi Hukum
# Rina, Sekretaris Joko"): the gap that may stand between the body and the words that open the list (names.yaml
# member_list_cues)
_MEMBERS_GAP = rx.compile(r"[ \t]*,?(?:[ \t]+[a-z]+){0,3}[ \t]*,?[ \t]*")  # ", yang hadir ", " yg hadir "


def _pair_words(least: int) -> str:
    """One side of a candidate pair: a name word and ``least`` to three more."""
    return rf"{_PAIR_WORD}(?:[ \t]+{_PAIR_WORD}){{{least},3}}"


# a pair's two sides are joined by a hyphen or a dash ("Lukas Enembe–Klemen Tinal"); after a cue for candidates the
# dash may stand between spaces ("pertama, Budi Santoso - Siti Rahayu"), which elsewhere sets off a dateline
_PAIR = rx.compile(rf"(?<![\w-])(?P<first>{_pair_words(1)}){_DASH}(?P<second>{_pair_words(1)})(?![\w-])")
# after a ballot number a side may be a single word ("nomor urut 2, Darto-Wahid")
_NUMBERED_PAIR = rx.compile(
    rf"(?P<first>{_pair_words(0)})(?:{_DASH}|[ \t]{_DASH}[ \t]?|{_DASH}[ \t])(?P<second>{_pair_words(0)})(?![\w-])")
_CUED_PAIR = rx.compile(rf"(?<![\w-]){_NUMBERED_PAIR.pattern}")
# what joins a listed pair to the one before, after that one's short name in brackets ("A B-C D (Abcd), E-F")
_NEXT_PAIR = rx.compile(r"(?:[ \t]*\([A-Z][\w-]*\))?"
                        r"(?:[ \t]*,[ \t]*(?:(?:dan|atau|serta)[ \t]+)?|[ \t]+(?:dan|atau|serta)[ \t]+)")
# the word right before a name, with only spaces between ("Kapolsek Sukajaya")
_OFFICE_WORD_BEFORE = rx.compile(r"(?<![\w])([A-Za-z][\w.]*)[ \t]+$")
_SENTENCE_STOP = rx.compile(r"[.!?](?:\s|$)|\n")
_INITIAL = rx.compile(r"[A-Z]\.?")
# a name word as a parse gives it: capitalised words (hyphen-joined ones each capitalised: "Dandan-dandan" is a term)
# and single-capital initials
_PARSED_NAME_WORD = rx.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*|[A-Z]\.?")
# a body's acronym with its name in parentheses after a title: "Ketua TAPD (Tim Anggaran Pemerintah Daerah)"
_ACRONYM_EXPANDED = rx.compile(r"[ \t]+([A-Z]{2,8})[ \t]*\([ \t]*([A-Z][\w-]*(?:[ \t]+[\w-]+){1,9})[ \t]*\)")
_PARTY_WORD = rx.compile(r"(?:Partai[ \t]+)?[A-Z][\w-]*(?![\w-])")
# A region's other name: in parentheses after a body's name ("KPU Kabupaten Kayong Utara (KKU)"), or written after
# a level word ("di Kabupaten Parmout").
_ALIAS_IN_PARENTHESES = rx.compile(r"\s*\(([A-Z][\w'’-]{1,15})\)")
_ALIAS_AFTER_LEVEL = rx.compile(
    r"(?<![\w])(?<![Ww]ali[ \t])(?i:Kabupaten|Kab\.|Kota|Provinsi)[ \t]+([A-Z][\w'’-]{2,15})(?![\w'’-])")
_ALIAS_AT = rx.compile(r"[ \t]+([A-Z][\w'’-]{1,15})(?![\w'’-])")
_BODY_WORD = rx.compile(r"([A-Z][\w'’-]*|\d{1,3})(?:[ \t]+|,[ \t]*(?=[A-Z]))")  # "Ketua RT 05, Budi"


@dataclass(frozen=True, slots=True)
class _RolePhrase:
    """A title phrase read: its role, where it ends, and the divisions it names when written each apart ("Divisi
    Hukum dan Divisi Teknis"), which may be shared out over the names listed before it."""

    role: Role
    end: int
    divisions: tuple[str, ...] = ()


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    text: str
    rule: str
    roles: list[Role] = field(default_factory=list)
    speaking: bool = False


class PersonFinder:
    """Finds persons and roles with the lexicons of ``patterns/``."""

    def __init__(self, lexicons: Lexicons, gazetteer: Gazetteer) -> None:
        self.lexicons = lexicons
        # a word written as a web address ("Riaupos.co", "RIAUPOS.CO", "Metrosulawesi.id"): a news outlet, which the
        # story may then name alone as the one spoken to ("kata Budi kepada Metrosulawesi"), never a person
        self.web_name = rx.compile(rf"(?<![\w.])([A-Za-z][\w-]{{2,20}}){web_domain(lexicons)}(?![\w])")
        place_levels = _alternation(lexicons.place_levels) or "(?!)"
        # a place named after its level word where nothing else follows it ("di Desa Sukamaju.", "Desa Batu Beriga
        # Kecamatan Lubuk Besar")
        self.place_named = rx.compile(
            rf"(?<![\w])(?:{place_levels})[ \t]+"
            r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})"
            r"(?=[ \t]*[,.;)]|[ \t]+(?:Desa|Kelurahan|Kecamatan|Kabupaten|Kota)(?![\w]))")
        # a level word right before a "name": the words are a place's ("di Gereja Desa Sukamaju, Ketua ...", "Caleg
        # Dapil 4 Kecamatan Sungai Raya dari Partai ..."). A region's level is not one: a body's name may end at it and
        # its holder follow ("Anggota KPU Provinsi Budi Santoso")
        self.place_level_before = rx.compile_suffix(rf"(?<![\w])(?:{place_levels}|Kec\.)[ \t]+$")
        # the words before a place's name that say it is a place: a level word of a village, district or region, or
        # the locative "di" ("di Sukajaya")
        region_levels = _alternation(lexicons.region_place_levels) or "(?!)"
        self.place_written = rx.compile(
            rf"(?<![\w])(?:(?i:{place_levels}|{region_levels})|di)[ \t]+(?=([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,2}}))")
        # a one-word office title that names its post's place right after it ("Kapolsek Sukajaya", "Camat Sukajaya")
        self.office_words = frozenset(s.casefold() for e in lexicons.titles for s in e.spellings if " " not in s)
        self.honorific_words = frozenset(h.casefold().rstrip(".") for h in [*lexicons.honorifics, *lexicons.ranks])
        self.gazetteer = gazetteer
        self.last_had_degree = False  # set by name_before: the name it read was followed by degrees
        self.region_aliases: frozenset[str] = frozenset()  # set by candidates: the article's other names of regions
        self.article_places: list[tuple[str, ...]] = []  # set by candidates: the villages and districts it names
        # a division written as one whole word, in any case ("Teknis", "teknis") -> its canonical name
        self.whole_divisions = {w.casefold(): e for w, e in lexicons.division_whole_names.items()}
        self.title_of: dict[str, tuple[str, str, str | None]] = {}
        self.division_of_title: dict[str, str] = {}  # glued unit abbreviations: "kasatreskrim" -> "Reskrim"
        for entry in lexicons.titles:
            for spelling in entry.spellings:
                self.title_of[spelling.casefold()] = (entry.canonical, entry.id, entry.organization_prefix)
                if entry.division:
                    self.division_of_title[spelling.casefold()] = entry.division
        self.acting_of = {s.casefold(): e.canonical for e in lexicons.acting_prefixes for s in e.spellings}
        acting = _alternation(self.acting_of)
        titles = _alternation(self.title_of)
        self.title_phrase = rx.compile_at_words(
            rf"(?<![^\W_]|-)(?:(?P<acting>{acting})\s*)?(?P<title>{titles}|Divisi)(?![\w-])", rx.IGNORECASE,
            [*self.acting_of, *self.title_of, "Divisi"])
        honorifics = [*lexicons.honorifics, *lexicons.ranks]
        self.rank_words = frozenset(r.casefold().rstrip(".") for r in lexicons.ranks)
        # a Balinese name's opening words ("I Wayan", "Ni Luh", "Anak Agung", "Sang Ayu"): a person's name wherever
        # it is written, with or without a cue before it, in a list or after a body ("calon DPD I Komang ...")
        balinese = _alternation(lexicons.balinese_name_words) or "(?!)"
        openers = _alternation(lexicons.balinese_name_openers) or "(?!)"
        self.balinese_words = frozenset(w.casefold() for w in lexicons.balinese_name_words)
        self.balinese_opener = rx.compile(
            rf"(?<![\w.-])(?:(?:I|Ni)[ \t]+(?:{balinese})|{openers})[ \t]+(?=[A-Z][a-z])")
        self.calendar_words = frozenset(s.casefold() for e in [*lexicons.weekdays, *lexicons.months] for s in e.spellings)
        # "RI" of "Menko Polhukam RI Wiranto": the country after an office, no name word
        self.national_words = frozenset(w for w in lexicons.national_markers if " " not in w)
        self.alias_words = frozenset(lexicons.region_aliases)  # "Humbahas", "Lamsel" as written: places ("OKI", not "Oki")
        # "Ketua KPU X Mengatakan ...": a speech verb written with a capital opens no name
        self.speech_verb_words = frozenset(w.casefold() for v in lexicons.speech_verbs for w in v.before if " " not in w)
        # "Ketua KPU Halbar Kukuhkan 24 Pengurus": an event verb in a headline opens no name either
        self.speech_verb_words |= frozenset(w.casefold() for e in lexicons.event_verbs for w in e.triggers if " " not in w)
        familiar = rf"|(?:{_alternation(lexicons.familiar_honorifics)})(?=[ \t]+[A-Z])" \
            if lexicons.familiar_honorifics else ""  # matched only as written: "MAS" is a madrasah
        # "H" without its stop: "HM Sulaiman" (H. and the initial M), "H Rahmat Hidayat" (before two name words)
        # "H A Chairansyah": H., an initial; "Wakil Bupati Siak H Alfedri, Ketua ...": H. before a one-word name that
        # ends its phrase (a comma, a stop, a word in lower case)
        haji = r"H(?=M[ \t]+[A-Z]|[ \t]+[A-Z](?:[a-z]+|\.?)[ \t]+[A-Z][a-z]|[ \t]+[A-Z][a-z]{2,}(?:[ \t]*[,.;)]|[ \t]+[a-z]))"
        self.sentence_breaks = SentenceBreaks(lexicons)  # a stop after "H.", "Kab." or an initial ends no sentence
        self.honorific = rx.compile(  # one in parentheses too: "Ketua Bawaslu X (alm) I Made Rumada"
            rf"(?:(?:{haji}|\((?i:{_alternation(honorifics)})\)|(?i:{_alternation(honorifics)})(?:(?<=\.)|(?![\w]))"
            rf"{familiar})\s*)+")
        # "H." of a degree ("Budi Santoso, S.H. Pertemuan berlangsung", "M.H.") opens no name
        self.honorific_start = rx.compile_at_words(rf"(?<![\w])(?!(?<=[A-Z]\.)H\.){self.honorific.pattern}", 0,
                                                   [*honorifics, *lexicons.familiar_honorifics, "HM", "H"])
        body_words = [h for h in [*(h for g in lexicons.organization_heads for h in g.heads),
                                  *lexicons.standalone_organizations, *lexicons.outlets,
                                  *(s for e in lexicons.election_bodies for s in e.spellings)]
                      if " " not in h and h.casefold() != "man"]  # "Polda", "Kejati": bodies, not names
        # an acronym in capitals stops only itself: "UPI" is a university, "Upi" a name
        self.org_words = frozenset(h.casefold() for h in body_words if not (h.isupper() and len(h) <= 4))
        self.org_acronyms = frozenset(h for h in body_words if h.isupper() and len(h) <= 4)
        self.degree_words = frozenset(d.casefold().rstrip(".") for d in lexicons.degrees)
        degree = rf"\s*,?\s*(?:{_alternation(lexicons.degrees)})(?![\w])"
        # a stop may stand between two degrees ("SE. MM", "SH.MH", "SE.M.Si"), never before the first
        stop_between = r"\.?"
        self.degrees = rx.compile(rf"(?:{degree})(?:{stop_between}{degree})*")
        # a stop may stand before the comma ("Farisi, SH., LL.M", "Budi Santoso.,S.Pd.I"): the list goes on after it
        piece = rf"(?:\.(?=[ \t]*,))?{degree}(?:\.(?=[ \t]*,))?"
        self.degree_piece = rx.compile(rf"(?P<piece>{piece})")  # the first degree after a name, read by degrees_end
        # each further one; a stop that stands before a comma is the piece's own (its last part), never this one
        self.next_degree_piece = rx.compile(rf"{stop_between}(?P<piece>{piece})")
        self.prefix_degrees = frozenset(d.casefold() for d in lexicons.degrees) \
            & frozenset(h.casefold() for h in lexicons.honorifics)  # "Dr.", "Ir.": before a name or after one
        self.degrees_at_end = rx.compile_suffix(rf"(?:{self.degrees.pattern})[.,]*$")
        self.degree_after = rx.compile(rf"(?<=[a-z.])(?:,[ \t]*|[ \t]+)(?:{_alternation(lexicons.degrees)})(?![\w])")
        vocabulary = _alternation(lexicons.division_vocabulary)
        # a division opens with a capitalised word; the words after it may be written in lower case ("Kordiv Hukum,
        # pencegahan, parmas Bawaslu X", "Divisi Teknis pelaksanaan")
        self.division_word = rx.compile(
            rf"\s*(?:{_DIVISION_PREFIX}\s*)?(?:{vocabulary})(?![\w])[\s,]*(?:(?i:{vocabulary})(?![\w])[\s,]*)*")
        self.division_word_any_case = rx.compile(self.division_word.pattern, rx.IGNORECASE)
        self.division_tail = rx.compile(r"(?:[\s,]|(?<![\w])(?:dan|&)(?![\w]))+$")
        self.abbreviation = {a.abbreviation: a.expansion for a in lexicons.division_abbreviations}
        self.division_joins = frozenset(w.casefold() for w in lexicons.division_joins)
        joins = _alternation(lexicons.division_joins) or "(?!)"
        # one division among several joined by a join word (divisions.yaml joins) or a comma ("Teknis" of "Teknis dan
        # Hukum"), which the whole-name lexicon expands as it expands a division written alone
        self.listed_division = rx.compile(
            rf"(?<=^|,[ \t]|[ \t](?:{joins})[ \t])[^\W\d_]+(?=$|,|[ \t]+(?:{joins})[ \t])")
        # the words of each expansion, joins left out: "Teknis & Hupmas" names Tekmas as "Teknis dan Hupmas" does
        self.expansion_words = {self._joinless_words(e) for e in self.abbreviation.values()}
        # division abbreviations written as one word ("Sosdiklihparmas"): each piece read as if written apart
        self.abbreviation_of = {a.casefold(): a for a in self.abbreviation}
        pieces = _alternation(self.abbreviation) or "(?!)"
        self.glued_piece = rx.compile(rf"(?i:{pieces})")
        self.glued_division = rx.compile(rf"(?:{pieces})(?i:{pieces})+(?![\w])")
        after_verbs = [w for v in lexicons.speech_verbs for w in v.after if not w.endswith("nya")]
        before_verbs = [w for v in lexicons.speech_verbs for w in v.before]
        self.after_speech = rx.compile_at_words(rf"(?<![\w])(?:{_alternation(after_verbs)})\s+(?=[A-Z])", 0, after_verbs)
        # a noun that ends in an `after` form ("tindak lanjut Amar Putusan ..."): no cue of a speaker after it
        self.speech_noun = rx.compile_suffix(
            rf"(?<![\w])(?i:{_alternation(lexicons.speech_noun_phrases) or '(?!)'})\s+$")
        self.before_speech = rx.compile(rf"\s+(?:{_alternation(before_verbs)})(?![\w])")
        # an `after` form written with a capital right after a quote's close ("...terlaksana." Ujar Budi Santoso
        # selaku ..."): the cue of the quote's speaker, never the first word of a name
        capitalised = [w[:1].upper() + w[1:] for v in lexicons.speech_verbs for w in v.after if " " not in w]
        self.quoted_after_speech = rx.compile(
            rf"(?:[\"”][.,!?]?|[.,!?][\"”])[ \t]{{1,2}}(?P<verb>{_alternation(capitalised) or '(?!)'})[ \t]+(?=[A-Z])")
        # a speech verb, a description of the speaker with a word in lower case, a comma, then the speaker's name
        # ("kata salah satu peserta, Budi Santoso.", "ujar Ketua KPU X yang baru dilantik, Budi Santoso.")
        self.described_speaker = rx.compile_at_words(
            rf"(?<![\w])(?:{_alternation(after_verbs)})[ \t]+(?:[\w./&-]+[ \t]+){{0,9}}?[^\W\d_]+[ \t]*,[ \t]*(?=[A-Z])",
            0, after_verbs)
        ends = _alternation(lexicons.one_word_name_ends) or "(?!)"
        self.one_word_end = rx.compile(rf"[ \t]*(?:[,.;(]|[ \t](?:{ends})(?![\w]))")
        through = _alternation(lexicons.through_cues).replace(r"\ ", r"[ \t]+") or "(?!)"
        self.through_before = rx.compile(rf"[ \t]+(?:{through})[ \t]+$")
        self.comma_speech = rx.compile(rf"[ \t]*,[ \t]*(?:{_alternation(before_verbs)})(?![\w])")
        self.menurut = rx.compile(rf"(?<![\w])(?:{_alternation(lexicons.speech_prepositions)})\s+(?=[A-Z])",
                                  rx.IGNORECASE)
        self.past_office = frozenset(w.casefold() for w in lexicons.past_office_markers)
        self.former = self.past_office | {w.casefold() for w in lexicons.former_markers}  # every office not held
        self.division_clause = rx.compile(rf"\s*,?\s*(?:{_alternation(lexicons.division_clauses)})\s+") \
            if lexicons.division_clauses else None
        self.faction = rx.compile(rf"\s+(?:{_alternation(lexicons.faction_links)})\s+") \
            if lexicons.faction_links else None
        self.list_intro = rx.compile(rf"\s*[,;:]?\s*(?:{_alternation(lexicons.list_intros)})(?![\w-])\s*[,:]?\s*") \
            if lexicons.list_intros else None
        self.title_right_after = _second_office_title(lexicons.second_office_titles)
        self.bare_bodies = frozenset(e.canonical for e in lexicons.election_bodies)
        self.short_body = rx.compile(rf"\s*({_alternation(lexicons.short_bodies)})(?![\w-])", rx.IGNORECASE) \
            if lexicons.short_bodies else None
        self.division_words = frozenset(w.casefold() for w in [*lexicons.division_vocabulary, *self.abbreviation]
                                        if w[:1].isupper())
        self.title_words = frozenset(w.casefold().rstrip(".") for s in self.title_of for w in s.split())
        self.cut_words = frozenset(w.casefold()[:n] for w in lexicons.cut_words for n in range(4, len(w)))
        self.joiners = rx.compile(
            rf"(?:\s*,\s*|\s*\(\s*|[ \t]+|,?\s*(?i:{_alternation(_ROLE_JOINERS)})\s+)$")  # "Selaku" written capitalised too
        self.before_name = rx.compile(
            rf"(?<![\w])(?:{_alternation(lexicons.name_before_cues)})(?:[ \t]*:)?\s+(?=[A-Z])") \
            if lexicons.name_before_cues else None
        self.after_name = rx.compile(rf"\s+(?:{_alternation(lexicons.name_after_cues)})(?![\w])") \
            if lexicons.name_after_cues else None
        offices = rf"(?:(?:{_alternation(lexicons.name_list_offices)})\s+)?" if lexicons.name_list_offices else ""
        self.list_cue = rx.compile_at_words(
            rf"(?<![\w])(?:{_alternation(lexicons.name_list_cues)})(?:[ \t]*[,:])?\s+"
            rf"(?:(?:yaitu|yakni)[ \t]*:?\s+)?{offices}(?=[A-Z])", 0,  # "Narasumber yaitu Budi ..."
            lexicons.name_list_cues) \
            if lexicons.name_list_cues else None
        # a list cue of one word written with a capital at a clause's start ("..., Dihadiri Budi Santoso selaku ..."):
        # the cue, never a name's first word
        self.list_cue_words = frozenset(w.casefold() for w in lexicons.name_list_cues if " " not in w)
        # the words that open a list of an election body's members, spaces as any run of blanks ("antara  lain")
        member_cues = _alternation(lexicons.member_list_cues).replace(r"\ ", r"[ \t]+") or "(?!)"
        self.members_intro = rx.compile(rf"(?<![\w])(?i:{member_cues})(?![\w])")
        self.list_cue_anywhere = rx.compile(rf"(?<![\w])(?i:{_alternation(lexicons.name_list_cues) or '(?!)'})(?![\w])")
        nicknames = _alternation(lexicons.nickname_cues) if lexicons.nickname_cues else None
        self.nickname = rx.compile(rf"\s*,?\s*(?:yang\s+)?(?:{nicknames})\s+(?=[A-Z])") if nicknames else None
        after = _alternation(lexicons.nickname_after_cues) if lexicons.nickname_after_cues else None
        # "Didi sapaan akrabnya", "Didi – sapaan akrab Budi Santoso", "Didi (sapaan akrab)"
        self.nickname_after = rx.compile(rf"[ \t]*(?:[,(]|{_DASH})?[ \t]*(?i:{after})(?![\w])[ \t]*") if after else None
        self.nickname_anywhere = rx.compile(rf"(?<![\w])(?:{nicknames})\s+(?=[A-Z])") if nicknames else None
        people = _alternation(lexicons.apposition_cues) if lexicons.apposition_cues else None  # words for people
        self.apposition = rx.compile(rf"\s*,\s*(?:{people})(?![\w])") if people else None
        children = _alternation(lexicons.child_nouns) if lexicons.child_nouns else None
        # what stands before a child's name with a one-digit age: a comma, or a word for a child ("bocah Sari (8 tahun)")
        self.child_before = rx.compile_suffix(
            rf"(?:,|(?<![\w])(?i:{children}))[ \t]*$" if children else r",[ \t]*$")
        # "salah satu pemilih pemula, Rina Wati, juga ...": a word for people in lower case, then the person's name;
        # "Mahasiswa IAIN X Rina Wati yang ...": such a word, the person's body, then the name
        self.described_before = rx.compile(
            rf"(?<![\w])(?i:{people})(?:[ \t]+[a-z][\w-]*){{0,4}}[ \t]*,[ \t]*(?=[A-Z])") if people else None
        self.people_word_before = rx.compile_suffix(rf"(?<![\w])(?i:{people})[ \t]+$") if people else None
        # "Budi salah satu saksi ...": a name, then "one of" and a word for people, with no comma between
        self.one_of = rx.compile(rf"[ \t]+salah[ \t]+(?:satu|seorang)[ \t]+(?:{people})(?![\w])") if people else None
        adverbs = rf"(?:(?:{_alternation(lexicons.subject_adverbs)})\s+)?" if lexicons.subject_adverbs else ""
        things = rf"(?!(?:{_alternation(lexicons.thing_verbs)})(?![\w]))" if lexicons.thing_verbs else ""
        self.thing_verbs = frozenset(v.casefold() for v in lexicons.thing_verbs if " " not in v)
        verbs = rf"|(?:{_alternation(lexicons.subject_verbs)})(?![\w])" if lexicons.subject_verbs else ""
        self.term_meaning = rx.compile(rf"[ \t]*,?[ \t]+(?:{_alternation(lexicons.term_meaning_words)})(?![\w])") \
            if lexicons.term_meaning_words else None
        self.subject_verb = rx.compile(rf"[ \t]+{adverbs}(?:{things}(?:me|ber)[a-z]{{3,}}{verbs})")
        self.subject_opener = rx.compile(rf"(?:{_alternation(lexicons.subject_openers)})(?:[ \t]*,)?[ \t]+(?=[A-Z])") \
            if lexicons.subject_openers else None
        numbers = _alternation(lexicons.number_words) or "(?!)"
        self.candidate_number = rx.compile(
            rf"(?<![\w])(?i:{_alternation(lexicons.candidate_number_cues)})[ \t]+(?:\d{{1,2}}|(?i:{numbers}))(?![\w])"
            rf"[ \t]*[,:(]?[ \t]*(?=[A-Z])") if lexicons.candidate_number_cues else None
        # what marks two one-word sides after the word for a pair as a ticket: its short name in brackets, its ballot
        # number or another word for a pair right after it ("Pasangan Budi - Darto (Bude) nomor urut satu")
        ticket_words = _alternation((*lexicons.candidate_number_cues, *lexicons.pair_cues)) or "(?!)"
        self.ticket_mark = rx.compile(rf"[ \t]*(?:\([A-Z][\w-]*(?:[ \t][A-Z][\w-]*)*\)|,?[ \t]*(?i:{ticket_words})(?![\w]))")
        self.pair_cue = rx.compile_at_words(rf"(?<![\w])(?:{_alternation(lexicons.pair_cues)})(?![\w])", rx.IGNORECASE,
                                            lexicons.pair_cues) if lexicons.pair_cues else None
        self.org_link = rx.compile(rf"[ \t]+(?:{_alternation(lexicons.name_org_links)})[ \t]+") \
            if lexicons.name_org_links else None
        listed = [s for e in lexicons.titles if e.id in lexicons.title_listed_ids for s in e.spellings]
        self.listed_as = rx.compile(  # "A, B, dan C sebagai anggota": the title each listed name holds
            rf"[ \t]*,?[ \t]+(?:sebagai|selaku)[ \t]+(?P<title>{_alternation([s.lower() for s in listed]) or '(?!)'})"
            rf"(?![\w])[ \t]*")
        self.region_after = rx.compile(
            rf"\s+(?:(?:Kabupaten|Kab\.?|Kota|Provinsi|Prov\.?)\s+)?(?P<region>(?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){{0,2}})")

    # --- names -------------------------------------------------------------------------------
    def _is_name_word(self, word: str, inner: bool = False, last: bool = False) -> bool:
        """Whether ``word`` may be part of a name; ``inner``: after a name word, where a region's name is a family
        name ("Rudolf Samosir", "Ayu Batubara"), not the place it is at a name's start ("Blora Budi"), and a word that
        opens no name (names.yaml not_first_name_words) a family name too ("Rudi Jelas Tarigan", "Sebab Rina"); ``last``
        (inner too): the name's last word before a list link or a stop, where a word of the division vocabulary is a
        family name ("Andi Tenri Tata, ..."), not a division written after the name ("Budi Santoso Teknis ...")."""
        folded = word.casefold().rstrip(".")
        return (folded not in self.lexicons.not_name_words and folded not in self.title_words
                and folded not in self.cut_words
                and folded not in self.org_words and word.rstrip(".") not in self.org_acronyms
                and not (folded in self.degree_words
                         and (_GLUED_DEGREE.fullmatch(word.rstrip(".")) or (word.isalpha() and word.isupper())
                              or "." in word[:-1] and not word.endswith(".")))  # "S.H.I": a degree, no initials
                and (last or folded not in self.division_words) and not self.glued_division.fullmatch(word)
                and folded not in self.acting_of and folded not in self.speech_verb_words
                and folded not in self.list_cue_words
                and not folded.startswith("se-")  # "Se-Riau": all of a place
                and not _AFFIXED_VERB.fullmatch(word)  # "... Van Harling Memastikan PSU": a headline's verb
                and not _NOUN_OF_HIS.fullmatch(word)
                and not _REDUPLICATED.fullmatch(word)  # "Wanti-wanti", "Baliho-baliho": a verb or a plural
                and word not in self.national_words
                and (inner or (self.gazetteer.lookup(word) is None and word.rstrip(".") not in self.alias_words
                               and folded not in self.lexicons.not_first_name_words)))

    def _leading_region(self, words: list[str]) -> int:
        """How many of ``words`` (a name's words and those before it) a region of two or three words takes at their
        start ("Kutai Kartanegara Budi", "Banggai Kepulauan Budi"); 0 when none does or nothing would be left."""
        for count in (3, 2):
            if count < len(words) and self.gazetteer.lookup(" ".join(words[:count])) is not None:
                return count
        return 0

    def _degree_spelt_initials(self, word: str) -> bool:
        """Two capitals, with or without a stop, that a degree also spells ("MH", "SH.")."""
        return len(word.rstrip(".")) == 2 and word[:2].isupper() and word[:2].isalpha() \
            and word.casefold().rstrip(".") in self.degree_words

    def _initials_open_name(self, text: str, start: int) -> bool:
        """Whether degree-like capitals at ``start`` open a name ("..., kata Rini. MH Sekarwulan, anggota KPU";
        "Ketua Divisi Datin KPU Kabupaten X, MH. Sekarwulan, ...") rather than end the name before ("Budi, SH. Acara
        dimulai"): they follow a sentence's start, or a comma after a word that is no name's (a place, a body, a
        title)."""
        before = text[max(0, start - 60):start].rstrip(" \t")
        if not before or before[-1] in ".!?\n\"”:(":
            return True
        if before[-1] != ",":
            return False
        previous = before[:-1].split()
        return bool(previous) and not self._is_name_word(previous[-1].strip("()"))

    def _inner_common(self, word: str, following: str) -> bool:
        """A common word that also begins names ("Hari", "Juli") between two name words: a middle name ("Sri Hari
        Wahyuni", "I Made Hari Suarta"), not a day or a month after a name ("Budi Santoso Hari Senin")."""
        return word.casefold() in self.lexicons.common_first_name_words and word[:1].isupper() and word[1:].islower() \
            and self._is_name_word(following, inner=True)

    def _inner_title(self, word: str) -> bool:
        """A title word that is also a common name word after the first ("Arif Hakim")."""
        return word.casefold() in self.lexicons.title_words_in_names

    def name_at(self, text: str, position: int, caps: bool = False) -> tuple[int, int] | None:
        """The name that starts at ``position`` (after honorifics), without degrees; None when there is none.
        With ``caps`` an all-capitals name of two or more words is taken too ("Ketua KPU, BUDI SANTOSO,")."""
        honorific = self.honorific.match(text, position)
        if honorific:
            position = honorific.end()
        match = _NAME.match(text, position) or (_CAPS_NAME.match(text, position) if honorific else None)
        if match is None and caps:
            match = _CAPS_NAME.match(text, position)
            if match and (len(match.group().split()) < 2 or not _CAPS_END.match(text, match.end())):
                match = None
        if not match:
            return None
        words = list(_WORDS.finditer(match.group()))
        while len(words) > 1 and words[0].group() in self.region_aliases:
            words.pop(0)  # "KPU Parmout Dewi Lestari": the region's other name, then the holder's
        ranked = [i for i, w in enumerate(words[:-1]) if w.group().casefold().rstrip(".") in self.rank_words]
        if ranked:
            del words[:ranked[-1] + 1]  # "Kabag Ops Humbahas Kompol Budi S": a rank opens the holder's name
        region = self._leading_region([w.group() for w in words])
        if region:
            del words[:region]  # "Bupati Banggai Kepulauan Budi": the region's words, then the holder's
        start = match.start() + words[0].start()
        kept_end = None
        for index, word in enumerate(words):
            if index == 0 and word is not words[-1] and self._degree_spelt_initials(word.group()):
                if not self._initials_open_name(text, match.start() + word.start()):
                    return None  # "Budi, SH. Acara ...": the degree of the name before, no name of its own
                # "MH Sekarwulan", "MH. Sekarwulan": initials a degree also spells
                kept_end = match.start() + word.end()
                continue
            inner = kept_end is not None and not word.group().isupper()
            if kept_end is not None and word.group().endswith(".") and self._degree_spelt_initials(word.group()):
                break  # "Budi Santoso SH. Wahyu ...": a degree after the name, not initials inside it ("Mahfud AR. X")
            last = inner and word is words[-1] and _NAME_CLOSE.match(text, match.start() + word.end()) is not None
            if not self._is_name_word(word.group(), inner, last) and not (inner and self._inner_title(word.group())) \
                    and not (inner and word is not words[-1] and self._inner_common(word.group(), words[index + 1].group())):
                break
            if inner and word.group().casefold() in self.degree_words \
                    and text[match.start() + word.end():match.start() + word.end() + 1] in (".", ","):
                break  # "Budi Santoso Drs., M.Si.": a degree written with its stop after the name
            kept_end = match.start() + word.end()
            if word is not words[-1] and _SHORT_WORD.fullmatch(word.group()) \
                    and word.group()[:-1].casefold() not in self.lexicons.shortened_name_words:
                break  # "... ucap Ni Komang Yasa. Dijelaskannya": a stop, not a shortened name word ("Moh.")
        if kept_end is None:
            return None
        name_text = text[start:kept_end]
        if name_text.endswith(".") and (_SHORT_WORD.fullmatch(name_text.split()[-1])
                                        or _CLOSING_INITIALS.fullmatch(name_text.split()[-1])
                                        and _SENTENCE_AFTER.match(text, kept_end)):
            kept_end -= 1  # "... Budi Santoso AB. Salinannya ...": the sentence's stop, not one of the name
            name_text = name_text[:-1]
        if len(name_text) < 3 or (len(name_text.split()) == 1 and name_text.isupper() and not honorific):
            return None
        if _ENGLISH_JOIN.match(text, kept_end):
            return None  # "Direktur Democracy and Electoral ...": a body's English name, not a person's
        return start, kept_end

    def degrees_end(self, text: str, end: int) -> int:
        """Where the degrees after a name ending at ``end`` end. A degree also written before names ("Dr.", "Ir.")
        with a name right after it starts the next item of a list ("Anggota Budi Santoso, Dr. Siti Aminah dan ..."),
        not a degree of the name before."""
        position, pieces = end, self.degree_piece
        while (match := pieces.match(text, position)) is not None:
            if match.group("piece").strip(" \t\n,").casefold() in self.prefix_degrees:
                start = _SPACE.match(text, match.end()).end()
                name = self.name_at(text, start) if start > match.end() else None
                if name is not None and name[0] == start:
                    return position
            position, pieces = match.end(), self.next_degree_piece
        return position

    def name_with_common_first(self, text: str, position: int) -> tuple[int, int] | None:
        """A name whose first word is otherwise a common word ("Hari Sulistyo"), read only right after a title or
        speech cue and only when name words follow it."""
        word = _NICKNAME.match(text, position)
        if word is None or word.group(1).casefold() not in self.lexicons.common_first_name_words:
            return None
        if text[word.end():word.end() + 1] not in (" ", "\t"):
            return None
        rest = self.name_at(text, word.end() + 1)
        return (position, rest[1]) if rest and rest[0] == word.end() + 1 else None

    def name_after_cue(self, text: str, position: int, caps: bool = False) -> tuple[int, int] | None:
        """The name right after a title or speech cue: a name as ``name_at`` reads it, else one whose first word is
        otherwise a common word, which only such a cue makes a name ("kata Hari Sulistyo")."""
        return self.name_at(text, position, caps) or self.name_with_common_first(text, position)

    def _pair_side(self, text: str, start: int, end: int, first: bool, least: int = 2) -> tuple[int, int] | None:
        """One side of a candidate pair "Budi Santoso-Siti Rahayu": its name words (``least`` or more), else None."""
        words = list(_WORDS.finditer(text, start, end))
        while first and words and not self._is_name_word(words[0].group()):
            words.pop(0)
        honorific = self.honorific.match(text, words[0].start()) if len(words) > 1 else None
        if honorific:  # "H Budi Santoso-H Rahmat Hidayat": the honorific opening a side is no name word
            words = [word for word in words if word.start() >= honorific.end()]
        if len(words) < least or not all(self._is_name_word(w.group()) for w in words):
            return None
        return words[0].start(), words[-1].end()

    def _holds_pair(self, text: str, span: tuple[int, int]) -> bool:
        """Whether a span another rule read (after an honorific, before a degree) is a whole candidate pair
        "Budi Santoso-Siti Rahayu" whose two sides the pair rule adds."""
        match = _PAIR.search(text, span[0], span[1])
        return match is not None and all(self._pair_side(text, match.start(side), match.end(side), side == "first")
                                         for side in ("first", "second"))

    def _glued_pair(self, text: str, span: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """The two sides of a span whose last word joins two names by a hyphen after a name of two or more words
        ("Budi Santoso-Jayadin", "Sahbirin Noor-Muhidin"), in a sentence with a word for a pair ("pasangan calon")
        or before offices shared out over a pair ("Budi Santoso-Jayadin Bupati dan Wakil Bupati"): a pair of one
        name of two words or more and one of one word; else None ("Ketua KPU X, Siti Nur-Aini": one name)."""
        hyphen = _GLUED_HYPHEN.search(text, span[0], span[1])
        if hyphen is None or _word_count(text[span[0]:hyphen.start()]) < 2:
            return None
        opening = max(text.rfind("\n", 0, span[0]), text.rfind(". ", 0, span[0])) + 1
        closing = next(self._sentence_stops(text, span[1], len(text)), None)
        title = self.title_phrase.match(text, _SPACE.match(text, span[1]).end())
        if not (self.pair_cue is not None and self.pair_cue.search(text, opening, closing.start() if closing else len(text))
                or title is not None and self._coordinated(text, title.end())):
            return None
        second = self._pair_side(text, hyphen.end(), span[1], False, least=1)
        first = self._pair_side(text, span[0], hyphen.start(), True)
        if first is None or second is None \
                or text[span[0]:hyphen.start()].split()[-1].casefold() == text[hyphen.end():span[1]].split()[0].casefold():
            return None  # "Dandan-Dandan": one word twice, reduplication
        return first, second

    def _body_acting_through(self, text: str, title_start: int, orgs_by_end: dict[int, OrgMention]) -> str | None:
        """The body that acts through the officer named next: "KPU Kota Kediri melalui Anggota Divisi Teknis, ..."."""
        through = self.through_before.search(text, max(0, title_start - 30), title_start)
        org = orgs_by_end.get(through.start()) if through else None
        return org.name if org is not None else None

    def _body_of_members(self, text: str, title_start: int, orgs_by_end: dict[int, OrgMention]) -> str | None:
        """The election body whose members a list names, the body written before the words that open the list in
        the same sentence ("Dari KPU Kabupaten X yg datang yaitu, Ketua Budi, Anggota ... Rina"):
        each member's office without a body of its own is of that body; else None."""
        window = max(0, title_start - 400)
        stops = list(self._sentence_stops(text, window, title_start))
        start = stops[-1].end() if stops else window
        intros = list(self.members_intro.finditer(text, start, title_start))
        if not intros:
            return None
        intro = intros[-1]
        for org in orgs_by_end.values():
            if start <= org.start and org.end <= intro.start() and org.election_body:
                gap = _MEMBERS_GAP.fullmatch(text, org.end, intro.start())
                if gap is not None:
                    return org.name
        return None

    def _parenthesised_holder(self, text: str, position: int, role: Role) -> tuple[int, int] | None:
        """The holder in parentheses after a title phrase: "Ketua KPU Kota Surabaya (Nur Hidayat) kepada ...", and
        one of one word after a title with its body or division ("Komisioner Divisi Data (Hasanudin)")."""
        opening = _OPENING.match(text, position)
        name = self.name_at(text, opening.end()) if opening else None
        if name is None or (_word_count(text[name[0]:name[1]]) < 2
                            and (role.division is None and role.organization is None
                                 or _abbreviates(text[name[0]:name[1]], text[:opening.start()]))):
            return None  # "Pemilihan Walikota (Pilwali)": a one-word acronym of the phrase, not its holder
        degree = self.degrees.match(text, name[1])
        return name if _CLOSING.match(text, degree.end() if degree else name[1]) else None

    def _unit_before_holder(self, text: str, position: int) -> tuple[str, tuple[int, int]] | None:
        """After the head of a unit ("Kasi", "Kepala Seksi"), capitalised words joined by "dan" up to a comma, then a
        name of two or more words that ends its phrase: the unit's name (canonical division) and the holder's span
        ("Kepala Seksi Lalu Lintas dan Izin Tinggal Keimigrasian, Budi Santoso, S.H."); else None."""
        run = _UNIT_RUN.match(text, position)
        holder = self.name_at(text, run.end()) if run else None
        end = self.degrees_end(text, holder[1]) if holder else 0
        if holder is None or holder[0] != run.end() or _word_count(text[holder[0]:holder[1]]) < 2 \
                or not (end > holder[1] or _NAME_CLOSE.match(text, end) or _WITH_OTHERS.match(text, end)):
            return None  # the holder's name ends its phrase: degrees, a comma, a stop, "dan", "beserta"
        link = _LIST_LINK_AT.match(text, end)
        if link and self.name_at(text, link.end()) is not None:
            return None  # "Kepala Bidang Rina, Siti Aminah serta Joko": a list of names, the first the holder
        division = self.canonical_division(run.group(1))
        return (division, holder) if division else None

    def _phrase_goes_on(self, text: str, name: tuple[int, int]) -> bool:
        """Whether a one-word "name" read after a title is cut off from the capitalised words after it, which are no
        name words ("Kepala Perangkat Daerah", "Kepala Biro Pakpak Barat", "Asisten Intelijen Kajati Sulbar"): the
        word starts a unit, a position or a place of the title phrase. A degree after the word, or a weekday or month
        after it ("Ketua KPU Yusuf Senin (2/11)"), leaves it a name."""
        if _word_count(text[name[0]:name[1]]) != 1 or self.degrees_end(text, name[1]) > name[1]:
            return False
        word = _ALIAS_AT.match(text, name[1])
        return word is not None and word.group(1).casefold() not in self.calendar_words \
            and not self._is_name_word(word.group(1), inner=True)

    def _term_word_after(self, text: str, position: int) -> bool:
        """Whether a word of a candidacy or term ("tahun", "periode") follows ``position``."""
        word = _NEXT_WORD.match(text, position)
        return word is not None and word.group(1).casefold() in self.lexicons.body_stop_words

    def _apposed_name(self, text: str, position: int) -> bool:
        """Whether a comma and a name follow ``position``."""
        comma = _APPOSED_AFTER.match(text, position)
        return comma is not None and self.name_at(text, comma.end()) is not None

    def _listed_as(self, text: str, match: rx.Match, orgs_by_start: dict[int, OrgMention], title_ends: set[int],
                   add) -> None:
        """Names listed before "sebagai anggota" each hold the title: "didampingi Sekretaris Budi, Siti Aminah, Rina
        Wati, dan Agus sebagai anggota" (Siti, Rina, Agus; Budi holds the title written before him). Two names or
        more, the title written in lower case, then a stop, a comma or the body."""
        org = _org_at(text, match.end(), orgs_by_start)
        if org is None and not _NAME_CLOSE.match(text, match.end()):
            return  # "sebagai anggota keluarga ...": no office
        names = self._names_listed_before(text, match.start(), 8,
                                          lambda name: self._holds_title_before(text, name, title_ends, set()))
        if len(names) < 2:
            return
        title = self._title_as_written(match.group("title"))
        for name in names:
            add(name, "person.title_after", [Role(title, None, org.name if org else None, None, "title.listed_as")])

    def _title_as_written(self, written: str) -> str:
        """The canonical title of a written one; for a title the lexicon keeps as written (annotation.md: "any other
        office ... as written, capitalised"), the words as the text writes them, the first letter capitalised
        ("operator SIDALIH" -> "Operator SIDALIH")."""
        canonical, rule, _ = self.title_of[written.casefold()]
        if rule not in self.lexicons.title_as_written_ids:
            return canonical
        written = " ".join(written.split())
        return written[:1].upper() + written[1:]

    def _names_listed_before(self, text: str, end: int, most: int, ends_list=None) -> list[tuple[int, int]]:
        """The names of a list ending at ``end`` ("Budi, Rina Wati dan Agus"), in text order, at most ``most``; a
        name for which ``ends_list`` is true is no item and ends the list."""
        names: list[tuple[int, int]] = []
        for _ in range(most):
            name = self.name_before(text, end)
            if name is None or (ends_list is not None and ends_list(name)):
                break
            names.insert(0, name)
            link = _LINK_BEFORE.search(text, max(0, name[0] - 12), name[0])
            if link is None:
                break
            end = link.start()
        return names

    def _respective_titles(self, text: str, marker: rx.Match, orgs_by_start: dict[int, OrgMention], add) -> None:
        """Names listed before "masing-masing" and as many title phrases after it, shared out in order: "didampingi
        Budi dan Rina, masing-masing Koordiv Hukum dan Koordiv Teknis"."""
        names = self._names_listed_before(text, marker.start(), 5)
        roles, position = [], marker.end()
        for _ in range(len(names)):
            parsed = self._role_phrase(text, position, orgs_by_start)
            if parsed is None:
                break
            roles.append(parsed.role)
            link = _LIST_LINK_AT.match(text, parsed.end)
            position = link.end() if link else parsed.end
        if len(names) >= 2 and len(roles) == len(names):
            for name, role in zip(names, roles):
                add(name, "person.title_after", [role])

    def _holder_after_clause(self, text: str, position: int) -> tuple[int, int] | None:
        """The holder named after a relative clause on the title, ending the sentence or clause: "kata Ketua KPU X
        yang baru dilantik, Budi Santoso."; None when no such clause and name follow."""
        clause = _RELATIVE_CLAUSE.match(text, position)
        name = self.name_at(text, clause.end()) if clause else None
        if name is None or name[0] != clause.end() or not _SPEAKER_END.match(text, self.degrees_end(text, name[1])):
            return None
        return name

    def _holder_after_place(self, text: str, place: tuple[int, int]) -> tuple[int, int] | None:
        """After the head of a place ("Kepala Desa Sukamaju, Ahmad Yasin"), the words before a comma name the place
        when a name of two or more words follows: that name is the holder."""
        comma = _APPOSED_AFTER.match(text, place[1])
        holder = self.name_at(text, comma.end()) if comma else None
        if holder and _word_count(text[holder[0]:holder[1]]) >= 2:
            return holder
        words = list(_WORDS.finditer(text, *place))
        written = tuple(w.group() for w in words)
        before = text[max(0, place[0] - 40):place[0]].rstrip()
        for known in self.article_places:  # "Kepala Desa Batu Beriga Abdul Gani" where "Desa Batu Beriga" is written
            for read in range(len(known)):  # the place's first words may be read before the run ("Batu", a region)
                rest = known[read:]
                if len(written) >= len(rest) and written[:len(rest)] == rest \
                        and (not read or before.endswith(" " + " ".join(known[:read]))):
                    # the place alone ("Kepala Desa Sukamaju menyampaikan ..." where "Desa Sukamaju" is written):
                    # no holder
                    if len(written) > len(rest):
                        return words[len(rest)].start(), place[1]
                    if not read and self._named_apart(text, known):
                        return holder
        if len(words) >= 3 and (words[0].group().casefold() in load_districts()
                                or self.gazetteer.lookup(words[0].group()) is not None):
            return words[1].start(), place[1]  # "Camat Kedungjati Agus Prasetyo": a place, then its head's name
        return place

    def _named_apart(self, text: str, place: tuple[str, ...]) -> bool:
        """Whether the article writes the place after its level word with no title before it ("di Desa Cigugur"), not
        only as the words after a head's title ("Kepala Dusun Dono Prasetyo," also reads as a place)."""
        for found in self.place_named.finditer(text):
            if tuple(found.group(1).split()) == place:
                before = text[max(0, found.start() - 30):found.start()].split()
                if not before or before[-1].casefold().rstrip(".,") not in self.title_words:
                    return True
        return False

    def _place_of_holder_before(self, text: str, title_start: int, name: tuple[int, int]) -> bool:
        """Whether the one word after the head of a place ends the phrase (a comma, a word in lower case) while a
        name of two or more words and a comma stand before the title: the word is the place, the name its head."""
        if _word_count(text[name[0]:name[1]]) != 1 or not _PLACE_END.match(text, name[1]):
            return False
        comma = _APPOSED.search(text, max(0, title_start - 3), title_start)
        before = self.name_before(text, comma.start()) if comma else None
        return before is not None and _word_count(text[before[0]:before[1]]) >= 2

    def name_after_body(self, text: str, position: int, at_end: bool = False) -> tuple[int, int] | None:
        """A name of two or more words after a run of capitalised non-name words: the unknown body between a
        title and its holder ("Ketua Basis Warganet Budi Santoso", "Kepala Dusun Agus Prasetyo"). With ``at_end``
        (after a speech verb) one of one word too where the sentence or clause ends after it ("kata Caleg PKB
        Sobirin.")."""
        start, placed = position, False
        for _ in range(4):
            word = _BODY_WORD.match(text, position)
            region_end = self._region_words_end(text, word.start(1)) if word else None
            if region_end is not None:
                position = _SPACE.match(text, region_end).end()  # "Kapolres Raja Ampat, ...": a region of two words
                continue  # is the body's, no holder's name
            if word and (place_end := self._known_place_end(text, word.start(1))) is not None:
                position, placed = _SPACE.match(text, place_end).end(), True  # "Ketua BPD Batu Beriga Adi": a
                # village the article names elsewhere
                continue
            if not word or (self._is_name_word(word.group(1)) and not word.group(1).isupper()
                            and not word.group(1).isdigit() and word.group(1) not in self.region_aliases):
                break
            if word.group(1).casefold() in self.lexicons.body_stop_words or word.group(1).casefold() in self.speech_verb_words:
                return None  # a term, or a verb ("Rektor Tandatangani Nota ..."): no body before a holder
            position = word.end()
        if position == start:
            return None
        name = self.name_at(text, position)
        comma = text[start:position].rstrip().endswith(",")  # "Asisten Pemerintahan Setda Aceh, Azwardi"
        return name if name and (len(text[name[0]:name[1]].split()) >= 2 or comma or (
            at_end and _SPEAKER_END.match(text, self.degrees_end(text, name[1])))
            or (placed and _NAME_CLOSE.match(text, self.degrees_end(text, name[1])))) else None

    def _village_body(self, written: str) -> str | None:
        """A body written by its acronym and a village the article names elsewhere ("BPD Batu Beriga"), between a title
        and its holder: the role's body; else None."""
        body = " ".join(written.strip(" \t,").split())
        first = body.split(" ", 1)[0]
        if not _ACRONYM_WORD.fullmatch(first) or not any(body.endswith(" " + " ".join(k)) for k in self.article_places):
            return None
        return body

    def _known_place_end(self, text: str, position: int) -> int | None:
        """Where a village or district the article names elsewhere ends when its words, or its last words after its
        first ones, start at ``position`` ("Batu Beriga", "Beriga" after "Batu"); None otherwise."""
        words = list(_WORDS.finditer(text, position, min(len(text), position + 60)))
        written = tuple(w.group().rstrip(",") for w in words)
        before = text[max(0, position - 40):position].rstrip()
        for known in self.article_places:
            for read in range(len(known)):
                rest = known[read:]
                if written[:len(rest)] == rest and (not read or before.endswith(" " + " ".join(known[:read]))):
                    return words[len(rest) - 1].start() + len(rest[-1])
        return None

    def _region_alias_end(self, text: str, position: int) -> int:
        """Where a region's other name right after a body, or in parentheses after its region, ends ("Ketua KPU KKU
        Budi", "Komisioner KPU Pesbar Divisi Teknis", "Anggota KPU Provinsi Jawa Timur (Jatim) Divisi SDM"), else
        ``position``: the region, not the first word of the holder's name."""
        word = _ALIAS_AT.match(text, position) or _ALIAS_IN_PARENTHESES.match(text, position)
        return word.end() if word and word.group(1) in self.region_aliases else position

    def _places(self, text: str) -> list[tuple[str, ...]]:
        """The villages and districts the article names after their level word where nothing else follows them
        ("Desa Batu Beriga Kecamatan Lubuk Besar", "di Desa Sukamaju."): their words, the longest first."""
        return sorted({tuple(m.group(1).split()) for m in self.place_named.finditer(text)}, key=lambda p: (-len(p), p))

    def _aliases(self, text: str, orgs: list[OrgMention]) -> frozenset[str]:
        """The article's other names of regions: a word in parentheses right after an organization's name, or one
        written after a level word that the gazetteer does not know."""
        aliases = set()
        for org in orgs:
            written = _ALIAS_IN_PARENTHESES.match(text, org.end)
            if written and written.group(1) not in self.org_acronyms and _abbreviates(written.group(1), org.text):
                aliases.add(written.group(1))
        level_ends = {org.end for org in orgs}  # "KPU Provinsi Budi ...": a body read up to its level, a holder after
        for written in _ALIAS_AFTER_LEVEL.finditer(text):
            # a word that opens a region of several words ("Kabupaten Raja Ampat") is no other name of a region,
            # whose holder a later title would then lose a word to
            if self.gazetteer.lookup(written.group(1)) is None \
                    and self._region_words_end(text, written.start(1)) is None \
                    and text[:written.start(1)].rstrip() and len(text[:written.start(1)].rstrip()) not in level_ends:
                aliases.add(written.group(1))
        return frozenset(aliases)

    def _region_words_end(self, text: str, position: int) -> int | None:
        """Where a region of two or three words that starts at ``position`` ends ("Raja Ampat", "Timor Tengah
        Utara,"), the longest first; None when none does."""
        words = []
        for word in _WORDS.finditer(text, position, min(len(text), position + 60)):
            written = word.group().rstrip(",.;:)")
            words.append((written, word.start() + len(written)))
            if len(words) == 3 or written != word.group():
                break  # a region's words are not split by a comma or a stop
        for count in (3, 2):
            if count <= len(words) and self.gazetteer.lookup(" ".join(w for w, _ in words[:count])) is not None:
                return words[count - 1][1]
        return None

    def name_before(self, text: str, end: int) -> tuple[int, int] | None:
        """The name that ends at ``end`` (degrees before ``end`` skipped)."""
        window_start = max(0, end - 80)
        window = text[window_start:end]
        degree = self.degrees_at_end.search(window)
        if degree:
            window = window[:degree.start()]
            self.last_had_degree = True
        else:
            self.last_had_degree = False
        match = _NAME_BEFORE.search(window)
        if not match:
            return None
        words = list(_WORDS.finditer(match.group()))
        first = len(words)
        for index in range(len(words) - 1, -1, -1):
            if index < len(words) - 1 and words[index].group().casefold().rstrip(".") in self.rank_words:
                break  # "Kapolres Pelabuhan Tanjung Perak AKBP Anton menyambut": a rank opens the name, as in name_at
            if not self._is_name_word(words[index].group()) and not (
                    index > 0 and self._is_name_word(words[index - 1].group()) and (
                        self._inner_title(words[index].group())
                        or index < len(words) - 1 and self._inner_common(words[index].group(), words[index + 1].group()))):
                break
            first = index
        initials = 0 < first < len(words) and self._degree_spelt_initials(words[first - 1].group()) \
            and self._initials_open_name(text, window_start + match.start() + words[first - 1].start())
        if initials:
            first -= 1  # "Rini. MH Sekarwulan, anggota ...": initials a degree also spells open the name
        for back in (2, 1, 0):  # "Bupati Kutai Kartanegara Budi Santoso": the region after the title, then the name
            if first - back >= 0 and not initials:
                taken = self._leading_region([w.group() for w in words[first - back:]])
                if taken > back or (back == 0 and taken):
                    first += taken - back
                    break
        while not initials and first < len(words) - 1 and (
                _ACRONYM_WORD.fullmatch(words[first].group()) and words[first].group() != "HM"
                or words[first].group() in self.region_aliases):
            first += 1  # "MQ FM Aan": an acronym before a name is a body or outlet, not part of the name
        if first == len(words) or (first == len(words) - 1 and words[first].group().isupper()):
            return None  # a lone word in capitals is an acronym ("Kasatpol KBB, kepala ..."), not a name
        start = window_start + match.start() + words[first].start()
        stop = window_start + match.start() + words[-1].end()
        common = _OPENING_WORD.search(text, max(0, start - 12), start)
        if common and common.group(1).casefold() in self.lexicons.common_first_name_words:
            start = common.start(1)  # "Hari Nugroho, Komisioner KPU X, ...": a sentence opens with the whole name
        verb = self.quoted_after_speech.search(text, max(0, start - 4), stop)
        if verb and verb.start("verb") == start and verb.end() < stop:
            start = verb.end()  # '..." Ujar Budi Santoso selaku Anggota': the speech cue, then the name
        honorific = self.honorific.match(text, start, stop)
        if honorific and honorific.end() < stop:
            start = honorific.end()
        place = self._known_place_end(text, start) if self.article_places else None
        if place is not None and place < stop:
            start = _SPACE.match(text, place).end()  # "... Batu Beriga Adi, tokoh ...": the village, then the name
        return (start, stop) if stop - start >= 3 else None

    # --- roles -------------------------------------------------------------------------------
    def canonical_division(self, written: str) -> str | None:
        """A division as the output names it: the whole-name lexicon's name of the division as written, else its
        abbreviations expanded and each division of a list given its whole name; None when no words are left."""
        words = _DIVISION_STRIP.sub("", written.strip(" ,")).strip(" ,")
        if not words:
            return None
        whole = self.whole_divisions.get(words.casefold())
        if whole:
            return whole
        expanded = " ".join(_TOKEN.sub(
            lambda m: self.abbreviation.get(m.group(), self._lower_abbreviation(m.group())), words).split())
        if self._joinless_words(expanded) in self.expansion_words:
            return expanded  # a subsection named as one ("Teknis dan Hupmas" is Tekmas): its words as they stand
        return self._expand_listed_whole_names(expanded)

    def _expand_listed_whole_names(self, divisions: str) -> str:
        """Each division of a list joined by "dan", "&" or a comma given its whole name ("Teknis dan Hukum" ->
        "Teknis Penyelenggaraan dan Hukum"), unless the list writes that name's other words itself ("Teknis dan
        Penyelenggaraan" stays)."""
        written_words = set(divisions.casefold().split())

        def whole_name(part: rx.Match) -> str:
            named = self.whole_divisions.get(part.group().casefold())
            if named is None or written_words & set(named.casefold().split()[1:]):
                return part.group()
            return named
        return self.listed_division.sub(whole_name, divisions)

    def _joinless_words(self, division: str) -> frozenset[str]:
        """A division's words, case folded, without its join words and commas."""
        return frozenset(w for w in division.replace(",", " ").casefold().split() if w not in self.division_joins)

    def _lower_abbreviation(self, word: str) -> str:
        """A division abbreviation written in lower case ("humas" in "divisi pengawasan humas"), expanded; any other
        word as written."""
        written = self.abbreviation_of.get(word) if word.islower() else None
        return self.abbreviation[written].casefold() if written else word

    def _division_at(self, text: str, position: int, any_case: bool = False) -> tuple[str, int] | None:
        """A division name starting at ``position`` ("Divisi Hukum dan Pengawasan", "Sosdiklih Parmas"); with
        ``any_case`` one written in lower case too ("kabiro teknis penyelenggaraan KPU RI")."""
        match = (self.division_word_any_case if any_case else self.division_word).match(text, position)
        if not match:
            return self._glued_division_at(text, position)
        written = match.group()
        tail = self.division_tail.search(written)
        if tail:
            written = written[:tail.start()]
        division = self.canonical_division(written)
        if not division or not (any_case or _UPPER.search(division)):
            return None
        return division, position + len(written)

    def _division_after_acronym(self, text: str, division: str, position: int) -> tuple[str, int]:
        """A division whose name goes on after the acronym of its first part: "Divisi Hukum, Hubungan Masyarakat
        (Humas) Data dan Informasi (Datin)" is one division; each acronym after a part is dropped."""
        for _ in range(3):
            if _DIVISION_START.match(text, position):
                break  # "(Humas) Divisi Teknis": another division, read by _more_divisions
            more = self._division_at(text, position)
            if more is None:
                break
            acronym = _ACRONYM.match(text, more[1])
            division, position = f"{division} {more[0]}", acronym.end() if acronym else more[1]
            if not acronym:
                break
        return division, position

    def _glued_division_at(self, text: str, position: int) -> tuple[str, int] | None:
        """Division abbreviations written as one word at ``position`` ("Sosdiklihparmas" = Sosdiklih Parmas)."""
        start = _GLUED_PREFIX.match(text, position).end()  # "Divisi Sosdiklihparmas": the word "Divisi" before it
        glued = self.glued_division.match(text, start)
        if not glued:
            return None
        pieces = [self.abbreviation_of[p.group().casefold()] for p in self.glued_piece.finditer(glued.group())]
        written, end = " ".join(pieces), glued.end()
        more = _GLUED_MORE.match(text, end)  # "Sosdiklihparmas dan SDM": the division goes on after the glued word
        found = self.division_word.match(text, more.end()) if more else None
        if found:
            rest = found.group()
            tail = self.division_tail.search(rest)
            rest = rest[:tail.start()] if tail else rest
            if rest.strip() and _UPPER.search(rest):
                written, end = f"{written} dan {rest.strip()}", more.end() + len(rest)
        division = self.canonical_division(written)
        return (division, end) if division else None

    def _abbreviation_as_written(self, text: str, position: int, orgs_by_start: dict[int, OrgMention]
                                 ) -> tuple[str, int] | None:
        """A division abbreviation no lexicon knows, right after a title that takes a division ("Koordinator Divisi
        PPDatin, Budi", "Kordiv HP2H Bawaslu X, Budi"): kept as written (the abbreviations Bawaslu offices coin for
        their merged divisions). Two capitals at least, no body's acronym or place, and a body or a holder after it."""
        word = _WRITTEN_ABBREVIATION.match(text, position)
        if word is None:
            return None
        written = word.group(1)
        if written in self.org_acronyms or written.casefold() in self.org_words or written in self.national_words \
                or written in self.alias_words or self.gazetteer.lookup(written) is not None \
                or written.casefold() in self.title_words or written.casefold() in self.degree_words \
                or _org_at(text, _SPACE.match(text, position).end(), orgs_by_start) is not None:
            return None
        after = _APPOSED_AFTER.match(text, word.end())
        if _org_at(text, _SPACE.match(text, word.end()).end(), orgs_by_start) is None \
                and not (after and self._apposed_name(text, word.end())):
            return None
        return written, word.end()

    def _more_divisions(self, text: str, division: str, position: int) -> tuple[tuple[str, ...], int]:
        """A title's division with the further ones written after it, each with its own "Divisi" ("Anggota KPU X
        Divisi Hukum dan Divisi Teknis Budi"): one member's divisions, so one role's (spec/annotation.md). The
        divisions and where the last ends."""
        divisions = [division]
        for _ in range(3):
            link = _NEXT_DIVISION.match(text, position)
            found = self._division_at(text, link.end()) if link else None
            if found is None:
                break
            divisions.append(found[0])
            position = found[1]
        return tuple(divisions), position

    def _region_after(self, text: str, position: int) -> int:
        """Where a region name right after a title ends ("Bupati Blora", "Kapolres Puncak Jaya"), else ``position``."""
        match = self.region_after.match(text, position)
        if not match:
            return position
        words = match.group("region").split()
        for count in range(len(words), 0, -1):
            written = " ".join(words[:count])
            if self.gazetteer.lookup(written) is not None or written in self.alias_words:
                return match.start("region") + len(written)
        return position

    def _role_phrase(self, text: str, start: int, orgs_by_start: dict[int, OrgMention]) -> _RolePhrase | None:
        """Read a title phrase at ``start``: title, division, organization; returns the role, where it ends and the
        divisions written apart."""
        match = self.title_phrase.match(text, start)
        if not match:
            return None
        title_written = match.group("title")
        if title_written.casefold() == "divisi":
            title, rule, org_prefix = "Ketua Divisi", "title.division_only", None
            position = match.start("title")
        else:
            _, rule, org_prefix = self.title_of[title_written.casefold()]
            title = self._title_as_written(title_written)
            position = match.end()
        numeral = _TITLE_NUMERAL.match(text, position) if not org_prefix and rule != "title.division_only" else None
        if numeral and numeral.group(1) == "I" and self._balinese_name_after(text, numeral.end()):
            numeral = None  # "Bupati I Komang Gede Sanjaya": "I" opens a Balinese name
        if numeral:
            title, position = f"{title} {numeral.group(1)}", numeral.end()
        if match.group("acting"):
            title = f"{self.acting_of[match.group('acting').casefold()]} {title}"
        division = self.division_of_title.get(title_written.casefold())
        divisions: tuple[str, ...] = ()
        organization = None
        takes_division = rule in self.lexicons.title_division_ids or rule == "title.division_only"
        spoken = _org_from_title_word(match, orgs_by_start)
        if spoken is not None:  # "Kepala Sekretariat Bawaslu X": the body's name starts with the title's last word
            organization, position = spoken.name, self._region_alias_end(text, spoken.end)
        for _ in range(2):
            org_here = organization is None and _org_at(text, position, orgs_by_start) is not None
            # an organization written right after the title is no division ("Kepala Biro Suara Merdeka Solo")
            found = self._division_at(text, position) if takes_division and not org_here else None
            if not found and takes_division and not org_here and division is None and organization is None:
                found = self._abbreviation_as_written(text, position, orgs_by_start)
            if not found and organization is not None:
                comma = _COMMA_DIVISION.match(text, position)
                found = self._division_at(text, comma.end()) if comma and takes_division else None
            if not found and takes_division and division is None and self.division_clause is not None:
                clause = self.division_clause.match(text, position)  # "... yang membidangi Divisi SDM"
                found = self._division_at(text, clause.end()) if clause else None
            if not found and takes_division and not org_here and division is None \
                    and _LOWER_DIVISION_WORD.match(text, position):
                found = self._division_at(text, position, any_case=True)  # "Komisioner divisi teknis, Budi"
            if not found and takes_division and not org_here and division is None and organization is None \
                    and title_written.islower():
                found = self._division_at(text, position, any_case=True)  # a lower-case title, a lower-case division
                comma = _APPOSED_AFTER.match(text, found[1]) if found else None
                if found and orgs_by_start.get(_SPACE.match(text, found[1]).end()) is None \
                        and not self._apposed_name(text, found[1]) \
                        and (comma is None or _org_at(text, comma.end(), orgs_by_start) is None):
                    found = None  # only where the body's name or the holder's follows it: "kabiro teknis
                    # penyelenggaraan KPU RI", "koordinator divisi penanganan pelanggaran, Budi", "..., Bawaslu X"
            if found and rule == "title.anggota" and organization is not None \
                    and self._second_office_at(text, position):
                found = None  # "Anggota KPU X Koordinator Divisi Y, Budi": the member's second office, not a division
            if found and division is not None and not divisions and title_written.casefold() in self.division_of_title:
                divisions = (f"{division} {found[0]}",)  # "Kabagbinops Roops Polda X": the glued unit, then its bureau
                division, position = divisions[0], found[1]
            if found and division is None:
                acronym = _ACRONYM.match(text, found[1])
                written = acronym.group().strip(" \t\n()") if acronym else ""
                if acronym and not written.isupper() and self._is_name_word(written):
                    acronym = None  # "Komisioner Divisi SDM Parmas (Sutrisno)": the holder, not the division's acronym
                found = self._division_after_acronym(text, found[0], acronym.end()) if acronym else found
            if found and division is None:
                divisions, position = self._more_divisions(text, *found)
                division = " dan ".join(divisions)
            org = _org_at(text, position, orgs_by_start)
            if org is None and division is not None and organization is None:
                comma = _APPOSED_AFTER.match(text, position)  # "Kadiv. Sosdiklih Parmas, KPU Provinsi X, Nama"
                org = _org_at(text, comma.end(), orgs_by_start) if comma else None
                if org is not None and not self._apposed_name(text, self._region_alias_end(text, org.end)) \
                        and not self._named_after(text, self._region_alias_end(text, org.end)):
                    org = None  # only a title phrase before its holder: "Budi, Divisi Datin, KPU X, ..." names none
            if org is not None and organization is None:
                organization = org.name
                position = self._region_alias_end(text, org.end)
                continue
            break
        bare_body = False
        if organization is None and not org_prefix and not takes_division:
            unit = _UNIT_WORD.match(text, position)  # "Wakil Dekan II FISIP Universitas X": a faculty of the body
            org = _org_at(text, unit.end(), orgs_by_start) if unit and unit.group(1).isupper() else None
            if org is not None:
                organization, position = f"{unit.group(1)} {org.name}", self._region_alias_end(text, org.end)
        if organization is None and not org_prefix:
            start_short = position
            organization, position = self._body_written_short(text, position, orgs_by_start)
            bare_body = position > start_short
            found = self._division_at(text, position) if bare_body and takes_division and division is None else None
            if found:  # "Anggota KPU Divisi Hukum (KPU Provinsi X) Budi": the member's division after the body's word
                divisions, position = self._more_divisions(text, *found)
                division = " dan ".join(divisions)
                org = _org_at(text, position, orgs_by_start) if organization is None else None
                if org is not None:
                    organization, position = org.name, self._region_alias_end(text, org.end)
        if organization is not None and self.faction is not None:
            position = self._faction_end(text, position, orgs_by_start)
        unit = _UNIT.match(text, position) if org_prefix and organization is None else None
        if unit:
            organization, position = f"{org_prefix} {unit.group(1)}", unit.end()
        if org_prefix and organization is None:
            region_end = self._region_after(text, position)
            if region_end == position:  # no region: a place the rank after it or the phrase's end marks
                region_end = self._place_before_rank(text, position) or self._lone_place(text, position) or position
            region = text[position:region_end].strip()
            organization = f"{org_prefix} {region}" if region else org_prefix
            position = region_end
        elif organization is None:
            position = self._region_after(text, position)
        if rule in self.lexicons.title_bodied_ids and organization is None:
            return None  # "Arahan Pimpinan", "Pimpinan Perusahaan": the leadership in general, no office of one body
        if rule == "title.division_only" and division is None:
            return None  # the word "Divisi" with no division named after it ("staf yang pindah Divisi, Pembinaan ..."):
            # no office stated
        lowercase = not title_written[0].isupper() and not match.group("acting") \
            and not (rule in self.lexicons.title_as_written_ids and not title_written.islower())  # "operator SIDALIH"
        if lowercase and organization is None and division is None and not bare_body \
                and not self._list_intro_at(text, position) \
                and not (" " in title_written and self._apposed_name(text, position)):
            return None  # a title of two words written in lower case stands by a name set off after it ("seorang
            # staf teknis, Budi Santoso."); one word alone is a common noun ("para staf, ...")
        return _RolePhrase(Role(title, division, organization, None, rule), position, divisions)

    def _second_office_at(self, text: str, position: int) -> bool:
        """Whether a division head's title (titles.yaml second_office_titles) opens right after a member's body, with or
        without a comma: "Anggota KPU X Koordinator Divisi Y, Budi", "Anggota Bawaslu X, Koordinator Divisi Y, Budi"
        (spec/annotation.md: two written offices, two roles; "Koordinator Divisi" is the title "Ketua Divisi")."""
        comma = _COMMA_BEFORE_TITLE.match(text, position)
        return self.title_right_after.match(text, comma.end() if comma else position) is not None

    def _division_head_apposed(self, text: str, position: int, orgs_by_start: dict[int, OrgMention]
                               ) -> _RolePhrase | None:
        """A member's second office set off by commas between the body and the holder: "Komisioner Bawaslu Kabupaten
        X, Kordinator Divisi Penanganan Pelanggaran, Budi Santoso" (a division head's title with its division and no
        body of its own, then a comma and a name); None otherwise."""
        comma = _APPOSED_AFTER.match(text, position)
        more = self._role_phrase(text, comma.end(), orgs_by_start) if comma else None
        if more is None or more.role.title != "Ketua Divisi" or more.role.division is None \
                or more.role.organization is not None or not self._apposed_name(text, more.end):
            return None
        return more

    def _unit_of_body(self, text: str, start: int, body: OrgMention, role: Role) -> str | None:
        """The unit written between a title that takes no division and its body, as part of the body: "Kasubdit I
        Ditreskrimum Polda Kepri Budi" -> "Ditreskrimum Polda Kepri". One unit word, in no lexicon of divisions."""
        if role.rule in self.lexicons.title_division_ids:
            return None
        unit = _UNIT_WORD.fullmatch(text, start, body.start)
        if unit is None or unit.group(1).casefold() in self.division_words:
            return None
        return f"{unit.group(1)} {body.name}"

    def _listed_after_body(self, text: str, org: OrgMention) -> tuple[int, int] | None:
        """A name of two to four words right after an election body, closed by a list link or a stop, in a list of
        those present after a list cue ("Turut hadir ..., Bawaslu Kabupaten X Andi Pratama dan ..."): the body's
        person, no title stated."""
        space = _SPACE.match(text, org.end)
        name = self.name_at(text, space.end()) if space.end() > org.end else None
        if name is None or name[0] != space.end() or not 2 <= _word_count(text[name[0]:name[1]]) <= 4 \
                or not _NAME_CLOSE.match(text, self.degrees_end(text, name[1])):
            return None
        sentence = max(text.rfind(". ", 0, org.start), text.rfind("\n", 0, org.start)) + 1
        return name if self.list_cue_anywhere.search(text, sentence, org.start) is not None else None

    def _named_after(self, text: str, position: int) -> bool:
        """Whether a name of two or more words follows ``position`` after a space ("..., Bawaslu X Budi Santoso")."""
        space = _SPACE.match(text, position)
        name = self.name_at(text, space.end()) if space.end() > position else None
        return name is not None and name[0] == space.end() and _word_count(text[name[0]:name[1]]) >= 2

    def _balinese_name_after(self, text: str, position: int) -> bool:
        """Whether a word that follows "I" at a Balinese name's start ("Made", "Ketut") is written at ``position``."""
        word = _NEXT_NAME_WORD.match(text, position)
        return word is not None and word.group(1).casefold() in self.balinese_words

    def _list_intro_at(self, text: str, position: int) -> rx.Match | None:
        """The words introducing the members who hold a title, at ``position`` ("yakni", "masing-masing", "lainnya")."""
        return self.list_intro.match(text, position) if self.list_intro is not None else None

    def _body_written_short(self, text: str, position: int, orgs_by_start: dict[int, OrgMention]
                            ) -> tuple[str | None, int]:
        """A body after a title written without an organization mention: its acronym with the name in parentheses
        ("Ketua TAPD (Tim Anggaran Pemerintah Daerah)"), or its short form ("anggota DPRD PKS", "sekretaris Dewan
        Budi") when the article names one organization of that body. The organization and where it ends."""
        expanded = _ACRONYM_EXPANDED.match(text, position)
        if expanded:
            initials = "".join(w[0] for w in expanded.group(2).split() if w[0].isupper())
            if initials == expanded.group(1):
                region = self._region_after(text, expanded.end())  # "PWI (Persatuan ...) Provinsi Kepri Budi"
                return " ".join(f"{expanded.group(2)} {text[expanded.end():region]}".split()), region
        short = self.short_body.match(text, position) if self.short_body is not None else None
        if not short:
            return None, position
        body = self.lexicons.short_bodies[short.group(1).casefold()]
        bare = body in self.bare_bodies  # an election body's word, read only before its holder: "Bawaslu M Yunus"
        if bare and not _HOLDER_NEXT.match(text, short.end()):
            return None, position
        names = {m.name for m in orgs_by_start.values() if m.name.startswith(body + " ")}
        if len(names) == 1:
            return names.pop(), short.end()
        return None, short.end() if bare else position  # "anggota Bawaslu M Yunus": the body's word, then the holder

    def _faction_end(self, text: str, position: int, orgs_by_start: dict[int, OrgMention]) -> int:
        """Where a faction after a role's body ends ("... dari Fraksi PDIP Budi"), so the holder is read after it."""
        link = self.faction.match(text, position)
        if not link:
            return position
        org = orgs_by_start.get(link.end())
        if org is not None:
            return org.end
        party = _PARTY_WORD.match(text, link.end())
        return party.end() if party else position

    def _unit_place_word(self, text: str, position: int) -> rx.Match | None:
        """The capitalised word after ``position`` that may name a unit's place: none that is an honorific or rank
        ("Kapolsek  H. Budi", however many spaces stand before it)."""
        word = _PLACE_WORD.match(text, position)
        return None if word is None or self.honorific.match(text, word.start("word")) else word

    def _lone_place(self, text: str, position: int) -> int | None:
        """Where a unit's place ends when one capitalised word after an office-and-unit abbreviation ends the phrase
        ("Danramil Todanan, Kapolsek Jepon dan ...") and is known as a place: a district, a unit's name (names.yaml
        unit_names, "Danrem Wirasakti") or a village or district the article writes after its level word. The unit
        is named by it, no holder is; any other word is the holder's name ("kata Kapolsek Sutrisno")."""
        word = self._unit_place_word(text, position)
        if word is None or not (_NAME_CLOSE.match(text, word.end()) or _LOWER_WORD_AFTER.match(text, word.end())):
            return None
        written = word.group().strip()
        folded = written.casefold()
        if folded not in load_districts() and folded not in self.lexicons.unit_names \
                and (written,) not in self.article_places:
            return None
        return word.end()

    def _place_before_rank(self, text: str, position: int) -> int | None:
        """Where the place of a unit ends when one to three capitalised words lead to a rank or honorific:
        "Kapolsek Kota Juang Iptu Budi" (a district the gazetteer of regencies does not hold)."""
        for _ in range(3):
            word = self._unit_place_word(text, position)
            if word is None:
                return None
            position = word.end()
            rank = _SPACE.match(text, position).end()
            if rank > position and self.honorific.match(text, rank):
                return position
        return None

    def _coordinated(self, text: str, position: int) -> bool:
        """ "sebagai Bupati dan Wakil Bupati": offices shared out over a pair, not one stated for this person."""
        link = _TITLE_AND.match(text, position)
        return bool(link) and self.title_phrase.match(text, link.end()) is not None

    def _former(self, text: str, start: int) -> bool:
        return _word_before(text, start) in self.former

    def _add_former_holder(self, text: str, title: rx.Match, parsed: _RolePhrase, add) -> None:
        """The holder named after an office held before ("mantan Bupati X Budi Santoso"): a person with no role,
        read as a holder's name is. Not after other markers: a candidate's office or a street's name."""
        if _word_before(text, title.start()) not in self.past_office:
            return
        role, link = parsed.role, _LINK.match(text, parsed.end).end()
        name = self.name_after_cue(text, link, caps=not _title_written_upper(title))
        if name and _word_count(text[name[0]:name[1]]) == 1 and self._term_word_after(text, name[1]):
            return  # "mantan Camat Sukamaju periode 2015-2020": the office's place, no holder
        if name and role.rule in self.lexicons.title_place_ids and role.organization is None:
            name = self._holder_after_place(text, name)
            marker = len(text[:title.start()].rstrip()) - len(_word_before(text, title.start()) or "")
            if name and self._place_of_holder_before(text, marker, name):
                comma = _APPOSED.search(text, max(0, marker - 3), marker)
                name = self.name_before(text, comma.start())  # "Budi Santoso, mantan Lurah Sukamaju, ...": the place
            elif name and self._office_in_list(text, marker, name):
                return  # "mantan Camat A, mantan Lurah B, ...": places of offices, no holders
        if name is None and role.organization is None and role.division is None:
            name = self.name_after_body(text, link)
        if name and name[0] - parsed.end <= 40 and not self._phrase_goes_on(text, name):
            add(name, "person.former_title")

    def _division_in_parentheses(self, text: str, position: int, orgs_by_start: dict[int, OrgMention]
                                 ) -> tuple[str | None, str | None, int] | None:
        """ "(Divisi Teknis)" or "(Divisi Hukum KPU Kabupaten X)" right after a name: division, organization, end."""
        opening = _OPENING.match(text, position)
        if not opening:
            return None
        found = self._division_at(text, opening.end())
        if not found:
            return None
        division, end = found
        org = orgs_by_start.get(_SPACE.match(text, end).end())
        organization = None
        if org is not None:
            organization, end = org.name, org.end
        closing = _CLOSING.match(text, end)
        return (division, organization, closing.end()) if closing else None

    # --- extraction --------------------------------------------------------------------------
    def candidates(self, text: str, orgs: list[OrgMention], doc=None) -> list[_Candidate]:
        """Name spans with the rule that found them and the roles read with them; ``doc`` (a parsed spaCy Doc, or
        None) adds the names its parse shows where no lexicon cue found one."""
        orgs_by_start = {m.start: m for m in orgs}
        orgs_by_end = {m.end: m for m in orgs}
        org_spans = sorted((m.start, m.end) for m in orgs)
        org_starts = [a for a, _ in org_spans]
        found: list[_Candidate] = []
        self.region_aliases = self._aliases(text, orgs)
        self.article_places = self._places(text)

        def inside_organization(position: int) -> bool:
            index = bisect.bisect_right(org_starts, position)
            return any(a <= position < b for a, b in org_spans[max(0, index - 8):index])

        def add(span: tuple[int, int] | None, rule: str, roles: list[Role] = (), speaking: bool = False) -> None:
            if span is None or inside_organization(span[0]):
                return
            if rule != "person.pair" and self._holds_pair(text, span):
                return  # "Dr. Budi Santoso-Siti Rahayu, S.H.": a candidate pair, read by the pair rule
            sides = self._glued_pair(text, span) if rule != "person.pair" else None
            if sides:  # "Tetapkan Budi Santoso-Jayadin Bupati dan Wakil Bupati": two persons; the offices are shared
                for side in sides:  # out over the pair, no one's stated
                    found.append(_Candidate(side[0], side[1], text[side[0]:side[1]], "person.pair"))
                return
            found.append(_Candidate(span[0], span[1], text[span[0]:span[1]], rule, list(roles), speaking))

        title_ends, places = self._titled_candidates(text, orgs_by_start, orgs_by_end, org_spans, found, add)
        self._cued_candidates(text, orgs, add)
        if doc is not None:
            cued = _Disjoint([(c.start, c.end) for c in found] + org_spans)
            for cue in self.lexicons.parse_names:
                for span in self.parsed_subjects(doc, cue):
                    if not cued.overlaps(*span):  # a lexicon cue's span, or an organization, always wins
                        add(span, cue.id)
        for match in _RESPECTIVELY.finditer(text):
            self._respective_titles(text, match, orgs_by_start, add)
        for match in self.listed_as.finditer(text):
            self._listed_as(text, match, orgs_by_start, title_ends, add)
        self._longer_forms(text, found, add)
        _split_short_pairs(found)
        outlets = {m.group(1).casefold() for m in self.web_name.finditer(text)}
        places_written = self._places_written(text)
        # a "name" that is all a region's words ("Bupati Raja Ampat, Dandim ..."): the place of an office, no holder
        return [c for c in found if c.start not in places and not self._in_place_list(text, c)
                and not (" " in c.text and self.gazetteer.lookup(c.text) is not None)
                and c.text.casefold() not in outlets and not self._after_place_level(text, c)
                and not self._named_place(text, c, places_written)]

    def _places_written(self, text: str) -> set[str]:
        """The words an article writes as a place, after a level word or "di", each run of one to three
        capitalised words cut after each word ("di Kecamatan Sukajaya Baru": "Sukajaya", "Sukajaya Baru", ...)."""
        written = set()
        for match in self.place_written.finditer(text):
            words = match.group(1).split()
            written.update(" ".join(words[:n]).casefold() for n in range(1, len(words) + 1))
        return written

    def _named_place(self, text: str, candidate: _Candidate, places_written: set[str]) -> bool:
        """Whether a "name" right after a one-word office title ("Kapolsek Sukajaya, Iptu Budi", "Camat Sukajaya"),
        at the end of a venue's capitalised name ("gedung Balai Rakyat Sukajaya") or after "di" is all a district's
        name that the article also writes as a place, after a level word or "di" ("Kecamatan Sukajaya"): the
        place of the office or venue, no person. After a body's acronym or a comma ("Ketua PPS, Sukajaya, ...") or an
        honorific ("Bapak Sukajaya") the name stays a person's."""
        key = candidate.text.casefold()
        if key not in load_districts() or key not in places_written:
            return False
        before = _OFFICE_WORD_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
        if before is None:
            return False
        word = before.group(1)
        return word == "di" or word.casefold() in self.office_words or (
            word[:1].isupper() and not word.isupper() and word.casefold().rstrip(".") not in self.honorific_words)

    def _after_place_level(self, text: str, candidate: _Candidate) -> bool:
        """Whether a name not read after its title ("Kepala Dusun Joko Prasetyo") follows a village's or district's
        level word: the words name the place."""
        return candidate.rule != "person.title_before" \
            and self.place_level_before.search(text, max(0, candidate.start - 12), candidate.start) is not None

    def _is_place(self, written: str) -> bool:
        """Whether the words name a region or a kecamatan, spaced or not ("Kebuntebu" is "Kebun Tebu", "Pematang
        Siantar" is "Pematangsiantar")."""
        key = " ".join(written.split()).casefold()
        return self.gazetteer.lookup(written) is not None or key in load_districts() \
            or (" " in key and self.gazetteer.lookup(written.replace(" ", "")) is not None) \
            or key.replace(" ", "") in _spaceless_districts()

    def _in_place_list(self, text: str, candidate: _Candidate) -> bool:
        """Whether a name, titled or not, is a place in a list of places: it and the item before or after it
        are regions or kecamatan ("empat kabupaten yakni, Muaro Jambi, Batanghari, ...", "di Kecamatan Ponelo,
        Kwandang, Anggrek dan Monano")."""
        if not self._is_place(candidate.text):
            return False
        after = _NEXT_ITEM.match(text, candidate.end)
        before = _PREVIOUS_ITEM.search(text, max(0, candidate.start - 60), candidate.start)
        words = [after.group("item").split()[:n] for n in (1, 2, 3)] if after else []
        words += [before.group("item").split()[-n:] for n in (1, 2, 3)] if before else []
        return any(self._is_place(" ".join(item)) for item in words)

    def _titled_candidates(self, text: str, orgs_by_start: dict[int, OrgMention], orgs_by_end: dict[int, OrgMention],
                           org_spans: list[tuple[int, int]], found: list[_Candidate], add
                           ) -> tuple[set[int], set[int]]:
        """The holders of every title phrase, before or after it, with the roles the phrase gives; returns where
        the title phrases end and where the names of places a title heads start (no person's)."""
        org_starts = [a for a, _ in org_spans]
        consumed = 0
        title_ends: set[int] = set()  # where a title phrase read ends
        places: set[int] = set()  # where the name of a place a title heads starts: no person's
        held_before: set[int] = set()  # ... and those read as the title after its holder's name
        last_phrase: tuple[int, Role] | None = None  # where the title phrase read before ends, and its role
        for match in list(self.title_phrase.finditer(text)):  # linear pattern; the loop body is not under a timeout
            if match.start() < consumed:
                continue
            parsed = self._role_phrase(text, match.start(), orgs_by_start)
            if parsed is None:
                continue
            if self._former(text, match.start()):
                self._add_former_holder(text, match, parsed, add)
                continue
            role, position, divisions = parsed.role, parsed.end, parsed.divisions
            before_phrase, last_phrase = last_phrase, (position, role)
            bodied = role.organization is not None  # the title's own body is written after it
            if role.organization is None:
                role.organization = self._body_acting_through(text, match.start(), orgs_by_end)
            if role.organization is None and (role.rule in self.lexicons.title_member_ids
                                                 or role.rule == "title.division_only"):
                role.organization = self._body_of_members(text, match.start(), orgs_by_end)
            roles = [role]
            second = _SECOND_OFFICE_AT.match(text, position)
            if second is None and bodied and role.title == "Anggota":
                second = self.title_right_after.match(text, position)  # "Komisioner KPU X Ketua Divisi Y, Budi"
                if second and not self.title_phrase.match(text, second.end()):
                    second = None
            more = self._role_phrase(text, second.end(), orgs_by_start) if second else None
            if more is None and bodied and role.title == "Anggota":
                more = self._division_head_apposed(text, position, orgs_by_start)
            if more is not None:
                more.role.organization = more.role.organization or role.organization
                roles.append(more.role)
                position = more.end
            consumed = position
            title_ends.add(position)
            if _TERPILIH.match(text, position):
                continue
            intro = self._list_intro_at(text, position)
            term = _TERM.match(text, position) if intro is None else None
            if term and self._list_intro_at(text, term.end()):
                intro = self._list_intro_at(text, term.end())  # "Komisioner KIP X periode 2023-2028 masing-masing A, B"
            link = intro or _LINK.match(text, position)
            name = self.name_after_cue(text, link.end(), caps=not _title_written_upper(match))
            if name is None and not intro:
                name = self._parenthesised_holder(text, position, role)
            divided = False
            if not intro and role.rule in self.lexicons.title_unit_ids and role.organization is None:
                unit = self._unit_before_holder(text, _SPACE.match(text, match.end()).end())
                if unit is not None:  # "Kasi Binadik, Budi Santoso": the unit's name, then its head's
                    role.division, name = unit
                    divided = True
            if name is None and intro:
                name = self._divided_name(text, link.end(), roles)
                divided = name is not None  # the division stands between the intro and the name
            if name is None and not intro:
                name = self._holder_after_clause(text, position)
                divided = name is not None  # a clause on the holder stands between the title and the name
            if name and _word_count(text[name[0]:name[1]]) == 1 and self._term_word_after(text, name[1]):
                name = None  # "Walikota dan Wakil Walikota Siantar tahun 2020": the place of an election, no holder
            if name and role.rule not in self.lexicons.title_place_ids and self._phrase_goes_on(text, name):
                name = None  # "Kepala Perangkat Daerah", "Asisten Intelijen Kajati X": a unit's words, no holder
            if name and role.rule in self.lexicons.title_place_ids and role.organization is None:
                name = self._holder_after_place(text, name)
                if name and self._place_of_holder_before(text, match.start(), name):
                    places.add(name[0])
                    name = None  # "Ahmad Fauzi, Kepala Desa Sukamaju, menyambut ...": the place, its head before
                if name and self._office_in_list(text, match.start(), name):
                    name = None  # "dihadiri Kepala Bakesbangpol, Camat Bengkong, Lurah Sadai, ...": offices, places
            if name is None and not intro and role.organization is None and role.division is None \
                    and not _HOLDER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                name = self.name_after_body(text, link.end())
                if name:
                    index = bisect.bisect_left(org_starts, link.end())
                    inside = [m for m in org_spans[index:index + 4] if m[1] <= name[0]]
                    if inside:
                        body = orgs_by_start[inside[-1][0]]
                        role.organization = self._unit_of_body(text, link.end(), body, role) or body.name
                    else:
                        role.organization = self._village_body(text[link.end():name[0]])
                if name and self._phrase_goes_on(text, name):
                    name = None  # "Karo, Dairi, Pakpak Barat": a list of places after a title word, no holder
            if name and not intro and _HOLDER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                if _OWN_TITLE_AFTER.match(text, self.degrees_end(text, name[1])) \
                        or self._next_item_own_title(text, name[1]):
                    name = None  # "A selaku Kadiv X, B selaku Kasubbag Y": each title follows its own holder
            holder = self._holder_listed_before(text, match.start(), name, title_ends, held_before) \
                if name and not intro else None
            if holder:
                add(holder, "person.title_after", _held_after(text, holder, position, roles))
                held_before.add(position)
                continue
            if name and len(divisions) > 1 and not intro:
                self._share_divisions(text, match.start(), position, roles, divisions, title_ends, held_before, add)
            if name and (name[0] - position <= 40 or divided):
                paired = before_phrase[1] if intro and before_phrase and before_phrase[1].organization is None \
                    and _TITLE_AND.fullmatch(text, before_phrase[0], match.start()) else None
                consumed = self._add_named(text, match.start(), name, roles, orgs_by_start, add,
                                           listing=bool(intro) or role.rule in self.lexicons.title_listed_ids,
                                           first=paired)
                continue
            before = self.joiners.search(text[max(0, match.start() - 40):match.start()])
            if before and before.group().strip(" ,(")[:1].isupper() and match.start() < text.find("\n"):
                before = None  # "Tetapkan Budi Dan Rina Sebagai Bupati": a Title Case headline's word, no joiner
            if before and before.group().strip(" ,") == "dari" and match.group("title").casefold() != "divisi":
                before = None  # "Pecat Budi dari Ketua DPC": dari before an office is leaving it, not holding it
            if before:
                name = self.name_before(text, match.start() - len(before.group()))
                if name and not before.group().strip() and _word_count(text[name[0]:name[1]]) < 2 \
                        and not self.last_had_degree and not (bodied and _LOWER_WORD_BEFORE.search(text, 0, name[0])):
                    name = None  # "tegas Budiarto Ketua DPC Partai X": one word inside a clause, a body after the title
                if name and " " not in text[name[0]:name[1]] and not self.last_had_degree \
                        and text[name[0]:name[1]].casefold() in load_districts():
                    name = None
                if name and before.group().strip() == "," and self._holds_title_before(text, name, title_ends, held_before):
                    name = None  # "Anggota KPU X Budi, Kasubbag Y serta staf", "Kapolres X, AKBP Budi, SH. SIK, Dandim
                    # Y, Letkol ...": a list of offices each with its holder after it; the title after is no office of his
                if name and role.rule == "title.division_only" and self._holds_title_before(
                        text, name, title_ends, held_before):
                    held = next((c for c in found if (c.start, c.end) == name and c.roles), None)
                    if held is not None:  # "Anggota KPU X Budi Santoso Divisi Hukum": the member's division
                        for own in held.roles:
                            own.division = own.division or role.division
                        continue
                if name and before.group().strip(" ,") == "sebagai" and self._coordinated(text, position):
                    add(name, "person.title_after")
                    continue
                if name:
                    add(name, "person.title_after", _held_after(text, name, position, roles))
        return title_ends, places

    def _cued_candidates(self, text: str, orgs: list[OrgMention], add) -> None:
        """Names a cue other than a title stands by: a degree, a pair, a speech verb, an honorific, a list, an
        apposition, a subject's verb, an age, a body written before or after the name."""
        for match in self.degree_after.finditer(text):
            if self.degrees_end(text, match.start()) == match.start():
                continue  # "Camat Jepon, Drs. Agus Salim": "Drs." opens the next name, it is no degree of "Jepon"
            name = self.name_before(text, match.start())
            if name and (match.group().lstrip().startswith(",") or len(text[name[0]:name[1]].split()) >= 2):
                add(name, "person.degree")
        if self.candidate_number is not None:
            for match in self.candidate_number.finditer(text):
                self._numbered_candidates(text, match.end(), add)
        for match in _PAIR.finditer(text):
            if _reduplicated(text, match):
                continue  # "Dandan-Dandan Omah": a reduplicated word in a Title Case headline, no pair of names
            for side in ("first", "second"):
                span = self._pair_side(text, match.start(side), match.end(side), side == "first")
                if span:
                    add(span, "person.pair")
        if self.pair_cue is not None:
            for cue in self.pair_cue.finditer(text):
                self._cued_pairs(text, cue.end(), add)
        for match in [*self.after_speech.finditer(text), *self.quoted_after_speech.finditer(text)]:
            if self.speech_noun.search(text, 0, match.end()):
                continue  # "tindak lanjut Amar Putusan ...": a follow-up, no speech
            name = self.name_after_cue(text, match.end()) or self.name_after_body(text, match.end(), at_end=True)
            if name and self.term_meaning is not None and self.term_meaning.match(text, name[1]):
                continue  # "kata Sangkal berarti ...": the noun "kata" (word) and a term, not speech and its speaker
            add(name, "person.speech_after", speaking=True)
        for match in self.described_speaker.finditer(text):
            name = self.name_at(text, match.end())
            if name and name[0] == match.end() and _SPEAKER_END.match(text, self.degrees_end(text, name[1])) \
                    and any(w.islower() for w in text[match.start():match.end()].split()[1:]):
                add(name, "person.speech_after", speaking=True)
        for match in self.menurut.finditer(text):
            add(self.name_after_cue(text, match.end()), "person.menurut", speaking=True)
        for match in self.before_speech.finditer(text):
            add(self.name_before(text, match.start()), "person.speech_before", speaking=True)
        for match in self.comma_speech.finditer(text):
            name = self.name_before(text, match.start())
            if name and _word_count(text[name[0]:name[1]]) >= 2 and _APPOSED.search(text, max(0, name[0] - 3), name[0]):
                add(name, "person.speech_before", speaking=True)  # "Pengamat ... Madura, Sukardi Abdullah, menilai"
        for match in self.honorific_start.finditer(text):
            if _AT_BEFORE.search(text, max(0, match.start() - 4), match.start()):
                continue  # "rapat di RM Sederhana": after "di" an honorific's letters name a venue ("RM": Rumah Makan)
            add(self.name_at(text, match.start()), "person.honorific")
        for match in self.balinese_opener.finditer(text):
            name = self.name_at(text, match.start())
            if name and name[0] == match.start() and _word_count(text[name[0]:name[1]]) >= 3:
                add(name, "person.balinese")  # "oleh I Wayan Suarta sebesar ...": the opening words make it a name
        if self.before_name is not None:
            for match in self.before_name.finditer(text):
                name = self.name_at(text, match.end())
                caps = _ONE_CAPS_WORD.match(text, match.end()) if name is None else None
                if caps and self._is_name_word(caps.group()) and _CAPS_END.match(text, caps.end()):
                    name = caps.span()  # "atas nama SUGIYONO": the cue makes one word in capitals a name
                add(name, "person.name_cue")
        for match in _PASSIVE_AGENT.finditer(text):
            name = self.name_at(text, match.end())
            if name and name[0] == match.end() and _word_count(text[name[0]:name[1]]) >= 2 \
                    and _NAME_CLOSE.match(text, self.degrees_end(text, name[1])):
                add(name, "person.name_cue")  # "gugatan yang diajukan Edy Rahmayadi.": the agent of a passive verb
        for match in _BECOMES.finditer(text):
            title = self.title_phrase.match(text, match.end())
            if title is not None and title.group("title")[:1].isupper():
                add(self.name_before(text, match.start()), "person.name_cue")  # "Tetapkan Bobby Jadi Gubernur"
        if self.after_name is not None:
            for match in self.after_name.finditer(text):
                name = self.name_before(text, match.start())
                if name and (len(text[name[0]:name[1]].split()) >= 2 or self.last_had_degree):
                    add(name, "person.name_cue")
        if self.list_cue is not None:
            for match in self.list_cue.finditer(text):
                name = self.name_at(text, match.end())
                while name and not _PAIRED.search(text, *name) and (
                        _word_count(text[name[0]:name[1]]) >= 2 or self._one_word_name(text, name)):
                    add(name, "person.list_cue")  # a one-word name only where it ends the phrase ("oleh Sugiharto,")
                    end = self.degrees_end(text, name[1])
                    note = _PAREN_NOTE.match(text, end)  # "narasumber Budi (Advokat), serta Siti Rahayu (Advokat)"
                    link = _LIST_LINK_AT.match(text, note.end() if note else end)
                    name = self.name_at(text, link.end()) if link and not self.title_phrase.match(text, link.end()) \
                        else None  # "narasumber Budi Santoso, Siti Rahayu dan Agus Salim"
        if self.apposition is not None:
            for match in self.apposition.finditer(text):
                name = self.name_before(text, match.start())
                if name and (_word_count(text[name[0]:name[1]]) >= 2 or self.last_had_degree):
                    add(name, "person.apposition")
        if self.described_before is not None:
            self._described_names(text, orgs, add)
        if self.one_of is not None:
            for match in self.one_of.finditer(text):
                name = self.name_before(text, match.start())
                if name and (_word_count(text[name[0]:name[1]]) >= 2 or _CLAUSE_BEFORE.search(text, 0, name[0])):
                    add(name, "person.apposition")  # a one-word name only where a clause opens with it
        for start in self._clause_starts(text):
            name = self.name_at(text, start)
            if name and name[0] == start and 2 <= _word_count(text[name[0]:name[1]]) <= 4 \
                    and self.subject_verb.match(text, name[1]):
                add(name, "person.subject")  # "Ahmad Fauzi juga mengapresiasi ...": a named subject acting
        for match in _AGE.finditer(text):
            add(self.name_before(text, match.start()), "person.age")
        for match in _YOUNG_AGE.finditer(text):
            name = self.name_before(text, match.start())
            if name and self.child_before.search(text, max(0, name[0] - 40), name[0]):
                add(name, "person.age")
        headline_end = text.find("\n")
        for org in orgs:
            after = _APPOSED_AFTER.match(text, org.end)
            name = self.name_at(text, after.end()) if after else None
            if name and name[0] == after.end() and 2 <= _word_count(text[name[0]:name[1]]) <= 4 \
                    and (_CLOSING_COMMA.match(text, name[1]) or self.subject_verb.match(text, name[1])):
                add(name, "person.org_apposition")  # "Staf Sekretariat KPU Kota X, Dian Lestari, menjadi ..."
            elif org.election_body and org.start > headline_end:
                name = self._listed_after_body(text, org)
                add(name, "person.org_apposition")  # "Turut hadir ..., Bawaslu Kabupaten X Andi Pratama dan ..."
        if self.org_link is not None:
            for org in orgs:
                after = _COMMA_AFTER.match(text, org.end)
                if after and any(True for _ in self._links_before(text, org.start)):
                    name = self.name_at(text, after.end())
                    if name and _word_count(text[name[0]:name[1]]) >= 2:
                        add(name, "person.org_link")
                link = None
                for candidate in self._links_before(text, org.start):
                    link = candidate
                if link is None:
                    continue
                name = self.name_before(text, link)
                if name and len(text[name[0]:name[1]].split()) >= 2 and not self._is_title_end(text, name[0]):
                    add(name, "person.org_link")

    def parsed_subjects(self, doc, cue: ParseNameCue) -> Iterator[tuple[int, int]]:
        """Runs of proper nouns the parse joins into one name, each the subject of a verb written in lower case
        ("... dan M Fauzan menyambangi Kantor DPC"): the names of people who act, which no lexicon cue stands by.

        Precision first: every word is a capitalised name word or an initial, not in capitals, not a title, body,
        place or other word the lexicons know; two full words, or one after initials ("Gen Z" is no name); not a
        term in quotation marks; the verb none whose subject is mostly a thing ("memiliki", "menjadi")."""
        tags = frozenset(cue.name_tags)
        joins = frozenset(cue.join_relations)
        index = 0
        while index < len(doc):
            first = doc[index]
            last = index
            if first.pos_ in tags:
                while last + 1 < len(doc) and doc[last + 1].pos_ in tags and doc[last + 1].dep_ in joins \
                        and index <= doc[last + 1].head.i <= last:
                    last += 1
            run = doc[index:last + 1]
            index = last + 1
            if first.pos_ not in tags or not self._parsed_name(run) or not self._acting_subject(first, cue):
                continue
            text = doc.text
            start, end = run.start_char, run.end_char
            quoted = text[start - 1:start] and text[start - 1] in rx.OPENING_QUOTES
            if quoted and text[end:end + 1] in rx.CLOSING_QUOTES:
                continue
            yield start, end

    def _parsed_name(self, run) -> bool:
        """Whether a parse's run of proper nouns has the shape of a person's name (``parsed_subjects``)."""
        words = [token.text for token in run]
        if len(words) < 2 or not all(_PARSED_NAME_WORD.fullmatch(w) and self._is_name_word(w) for w in words):
            return False
        full = [w for w in words if len(w.rstrip(".")) > 1]
        return (len(full) >= 2 or (len(full) == 1 and full[0] == words[-1])) \
            and run.text.casefold() not in load_districts()

    def _acting_subject(self, token, cue: ParseNameCue) -> bool:
        """Whether ``token`` is the subject of a verb written in lower case that is not one of a thing."""
        verb = token.head
        return token.dep_ in cue.subject_relations and verb.i != token.i and verb.pos_ in cue.verb_tags \
            and verb.text[:1].islower() and verb.text.casefold() not in self.thing_verbs

    def _numbered_candidates(self, text: str, position: int, add) -> None:
        """The names after a ballot number ("nomor urut satu, Ratna Dewi dan Fajar Maulana", "nomor urut 2,
        Darto-Wahid", "nomor urut dua, Dr. Harno-Hanies"): a pair's one-word names too, since the number says they
        are candidates."""
        honorific = self.honorific.match(text, position)
        position = honorific.end() if honorific else position
        pair = _NUMBERED_PAIR.match(text, position)
        if pair:
            for side in ("first", "second"):
                words = list(_WORDS.finditer(text, *pair.span(side)))
                if words and all(self._is_name_word(w.group()) for w in words):
                    add(pair.span(side), "person.candidate")
            return
        name = self.name_at(text, position)
        for second in (False, True):
            if not name or name[0] != position or (_word_count(text[name[0]:name[1]]) < 2
                                                   and not (second and self._one_word_name(text, name))):
                return  # the running mate after "dan" may be one word that ends the phrase ("A B dan Budiarto,")
            add(name, "person.candidate")
            link = _PAIR_LINK.match(text, name[1])
            if not link:
                return
            position = link.end()
            name = self.name_at(text, position)

    def _cued_pairs(self, text: str, position: int, add) -> None:
        """The pairs written after a word for a pair of candidates, to the sentence's end ("dua pasangan calon, yaitu
        Abdullah Sani-Kemas Alfarizi kemudian Syarif Fasha-Maulana"): a side of one word is a name there too, when
        the other side is no single word as well, or when the pair stands right after the word ("Pasangan Budi -
        Darto"). A pair written right after the word, joined by "dan" ("pasangan
        Budi Santoso dan Nurhadi yang diusung ..."), is read the same way: its first side of two words or more; a
        second side of two words or more may be followed by its verb ("pasangan Budi Santoso dan Rina Wati
        memiliki ..."; not two pairs "A-B dan C-D melaju", which the pair rule reads)."""
        start = _SPACE.match(text, position).end()
        first = self.name_at(text, start)
        link = _AND_LINK.match(text, first[1]) if first and first[0] == start else None
        second = self.name_at(text, link.end()) if link and _word_count(text[first[0]:first[1]]) >= 2 else None
        if second and second[0] == link.end() \
                and (_NAME_CLOSE.match(text, second[1]) or _DESCRIBED_CLAUSE.match(text, second[1])
                     or (_LOWER_WORD_AFTER.match(text, second[1]) and _word_count(text[second[0]:second[1]]) >= 2
                         and not _PAIRED.search(text, first[0], second[1]))) \
                and text[second[0]:second[1]].casefold() not in load_districts():
            add(first, "person.pair")
            add(second, "person.pair")
        stop = next(self._sentence_stops(text, position, position + 300), None)
        # where the last pair of names ends (both sides read, or one side of two words or more; never "Kota Lama-Kota
        # Baru"): a one-word pair listed after it is a ticket too
        read_end = None
        for pair in _CUED_PAIR.finditer(text, position, stop.start() if stop else min(len(text), position + 300)):
            if _reduplicated(text, pair):
                continue
            sides = [self._pair_side(text, *pair.span(side), side == "first", least=1) for side in ("first", "second")]
            if all(sides) and (max(_word_count(text[a:b]) for a, b in sides) >= 2
                               or self._listed_pair(text, read_end, pair, sides)
                               or pair.start() == start and self._one_word_pair(text, sides)):
                for side in sides:
                    add(side, "person.pair")
                read_end = pair.end()
            elif any(side and _word_count(text[side[0]:side[1]]) >= 2 for side in sides):
                read_end = pair.end()  # "Rina Tata Wulan-Darmo Wijoyo": one side a name, the other unread

    def _sentence_stops(self, text: str, start: int, end: int) -> Iterator[rx.Match]:
        """The stops and line breaks between ``start`` and ``end`` that end a sentence: not the stop of an honorific,
        title abbreviation or initial ("pasangan calon H. Budi Santoso - ...", "KPU Kab. X"), as SentenceBreaks
        reads them for both parsers."""
        for stop in _SENTENCE_STOP.finditer(text, start, end):
            if text[stop.start()] != "." or not self.sentence_breaks.ends_with_abbreviation(
                    text[max(0, stop.start() - 60):stop.start() + 1]):
                yield stop

    def _one_word_pair(self, text: str, sides: list[tuple[int, int]]) -> bool:
        """Two one-word sides written right after the word for a pair and marked as a ticket after them, by its short
        name in brackets, its ballot number or "paslon" ("Pasangan Budi - Darto (Bude) nomor urut satu"): names,
        unless a side is a district. Without the mark the cue alone does not say they are people: "Pasangan
        Nasionalis-Religius itu ...", "pasangan Suami-Istri terdaftar ..." (so "pasangan Teguh-Rina menghadapi ..."
        is missed)."""
        return bool(self.ticket_mark.match(text, sides[1][1])) and not _district_side(text, sides)

    def _listed_pair(self, text: str, read_end: int | None, pair: rx.Match, sides: list[tuple[int, int]]) -> bool:
        """A pair of one-word sides listed right after a pair of names that ends at ``read_end`` ("A B-C D (Abcd),
        E-F dan ..."), ending the list's item or marked as a ticket, no side a district: a ticket too."""
        link = _NEXT_PAIR.match(text, read_end) if read_end is not None else None
        return link is not None and link.end() == pair.start() and not _district_side(text, sides) \
            and (_NAME_CLOSE.match(text, pair.end()) or self.ticket_mark.match(text, pair.end())) is not None

    def _one_word_name(self, text: str, name: tuple[int, int]) -> bool:
        """A one-word name after a list cue that ends the phrase (a comma, a stop, "dan"), not a district (the
        caller has ruled out longer names and pairs)."""
        return bool(self.one_word_end.match(text, name[1])) and text[name[0]:name[1]].casefold() not in load_districts()

    def _longer_forms(self, text: str, found: list[_Candidate], add) -> None:
        """A found name written elsewhere with more name words after it ("kata Indah" and "anggota dari Fraksi
        PDIP Indah Palupi"): that longer form is the person's name too (the name is the longest form). In the
        headline, whose words are all capitalised, a name of two words or more is not lengthened ("Kunjungi KPU X,
        Budi Santoso Tekankan Penguatan SDM")."""
        headline_end = text.find("\n")
        for written in {c.text for c in found if _word_count(c.text) <= 3}:
            for start, end in _form_spans(written, text):
                if start < headline_end and _word_count(written) >= 2:
                    continue
                name = self.name_at(text, start)
                if name and name[0] == start and name[1] > end \
                        and _word_count(text[name[0]:name[1]]) <= 4 and not _PAIRED.search(text, *name):
                    add(name, "person.longer_form")

    def _described_names(self, text: str, orgs: list[OrgMention], add) -> None:
        """Names written after a lower-case word for their holder ("salah satu pemilih pemula, Rina Wati, juga ..."),
        or after such a word and the holder's body ("Mahasiswa IAIN X Rina Wati yang ..."), that end the phrase."""
        for match in self.described_before.finditer(text):
            name = self.name_at(text, match.end())
            if name and name[0] == match.end() and self._described_name_ends(text, name):
                add(name, "person.described")
        for org in orgs:
            if not self.people_word_before.search(text, max(0, org.start - 30), org.start):
                continue
            after = _COMMA_AFTER.match(text, org.end)
            name = self.name_at(text, after.end()) if after else None
            if name and name[0] == after.end() and _word_count(text[name[0]:name[1]]) >= 2 \
                    and self._described_name_ends(text, name):
                add(name, "person.described")

    def _described_name_ends(self, text: str, name: tuple[int, int]) -> bool:
        """Whether a name read after a description of its holder ends the phrase: a comma, or (two or more words)
        a relative clause or a verb of which it is the subject ("..., Rina Wati, juga hadir"; "Rina Wati yang")."""
        end = self.degrees_end(text, name[1])
        if _CLOSING_COMMA.match(text, end):
            return not text[name[0]:name[1]].isupper()
        return _word_count(text[name[0]:name[1]]) >= 2 and (
            _DESCRIBED_CLAUSE.match(text, end) is not None or self.subject_verb.match(text, end) is not None)

    def _clause_starts(self, text: str):
        """Where a clause's subject may start: a sentence start, or after an opening adverb ("Kemudian",
        "Sementara itu,"). Not after any comma: concept names stand there too ("..., Zona Integritas membangun")."""
        for match in _SENTENCE_START.finditer(text):
            yield match.end()
            opener = self.subject_opener.match(text, match.end()) if self.subject_opener is not None else None
            if opener:
                yield opener.end()

    def nicknames(self, text: str, names: set[str]) -> dict[str, tuple[str, int, int]]:
        """Short names a story gives a person right after the full name: "Budi Santoso yang akrab disapa Didi",
        "Budi Santoso (Didi)". Maps the nickname to the full name as written and the nickname's span."""
        found: dict[str, tuple[str, int, int]] = {}
        for name in sorted(names, key=len, reverse=True):
            for _, end in _form_spans(name, text):
                cue = self.nickname.match(text, end) if self.nickname is not None else None
                opening = _OPENING.match(text, end) if cue is None else None
                start = cue.end() if cue else opening.end() if opening else None
                if start is None:
                    continue
                word = _NICKNAME.match(text, start)
                if word is None or not self._is_name_word(word.group(1)) \
                        or any(word.group(1) in n.split() for n in names) \
                        or (opening and not _CLOSING.match(text, word.end())):
                    continue
                found.setdefault(word.group(1), (name, word.start(1), word.end(1)))
        return found

    def called_nicknames(self, text: str, candidates: list[_Candidate]) -> dict[str, tuple[str, int, int]]:
        """One-word names followed by a nickname cue ("tutur Didi sapaan akrabnya", "Didi, sapaan akrab Budi
        Santoso"), no word of any other name found: the nickname of the name written right after the cue, else of
        the name of two or more words, or read with a title, found last before it. Maps the nickname to that name
        and its span."""
        found: dict[str, tuple[str, int, int]] = {}
        if self.nickname_after is None:
            return found
        names = {c.text for c in candidates}
        full = sorted((c.start, c.text) for c in candidates if _word_count(c.text) >= 2 or c.roles)
        for candidate in candidates:
            cue = self.nickname_after.match(text, candidate.end)
            if cue is None or " " in candidate.text or candidate.text in found \
                    or any(_same_person(candidate.text, n) for n in names if n != candidate.text):
                continue
            after = self.name_at(text, cue.end())
            if after is not None and after[0] == cue.end() and text[after[0]:after[1]] in names:
                found[candidate.text] = (text[after[0]:after[1]], candidate.start, candidate.end)
                continue
            if after is not None or self.title_phrase.match(text, cue.end()):
                continue  # "Didi sapaan akrab Kapolres X": the office, whose holder another rule reads
            before = [name for start, name in full if start < candidate.start]
            if before:
                found[candidate.text] = (before[-1], candidate.start, candidate.end)
        return found

    def short_nicknames(self, text: str, names: set[str]) -> dict[str, tuple[str, int, int]]:
        """Short names given anywhere after a nickname cue ("pria yang karib disapa Cak Parno"), each the start or end
        of a word of exactly one person's name ("Suparno"). Maps the nickname to that name and its span."""
        found: dict[str, tuple[str, int, int]] = {}
        for cue in self.nickname_anywhere.finditer(text) if self.nickname_anywhere is not None else ():
            honorific = self.honorific.match(text, cue.end())  # "Cak", "Mas": familiar, not the nickname
            word = _NICKNAME.match(text, honorific.end() if honorific else cue.end())
            if word is None or not self._is_name_word(word.group(1)):
                continue
            short = word.group(1).casefold()
            owners = {n for n in names if len(short) >= 3 and any(
                len(w) > len(short) and (w.casefold().startswith(short) or w.casefold().endswith(short))
                for w in n.split())}
            if len(owners) == 1:
                found.setdefault(word.group(1), (owners.pop(), word.start(1), word.end(1)))
        return found

    def _links_before(self, text: str, org_start: int):
        """Where a link word ("dari", "mewakili") that ends right at an organization starts."""
        for match in self.org_link.finditer(text, max(0, org_start - 15), org_start):
            if match.end() == org_start:
                yield match.start()

    def _is_title_end(self, text: str, start: int) -> bool:
        """Whether a title phrase (with its organization) stands right before ``start``: its holder is read there."""
        return bool(self.joiners.search(text[max(0, start - 40):start])) and \
            bool(self.title_phrase.search(text[max(0, start - 60):start]))

    def _divided_name(self, text: str, position: int, roles: list[Role]) -> tuple[int, int] | None:
        """A list item "Divisi Teknis Budi Santoso": the name after a division; the division goes to ``roles``."""
        if not _DIVISION_START.match(text, position):
            return None
        found = self._division_at(text, position)
        if not found:
            return None
        name = self.name_at(text, _COMMA.match(text, found[1]).end())
        if name:
            for role in roles:
                role.division = found[0]
        return name

    def _share_divisions(self, text: str, title_start: int, title_end: int, roles: list[Role],
                         divisions: tuple[str, ...], title_ends: set[int], held_before: set[int], add) -> None:
        """ "Budi Santoso, Anggota KPU X Divisi Hukum dan Divisi Teknis Siti Aminah": with a holder set off by a
        comma before the title and one after it, the divisions are shared out in order, the last to the holder after
        the title (in ``roles``), the others to the holder before."""
        comma = _APPOSED.search(text, max(0, title_start - 3), title_start)
        before = self.name_before(text, comma.start()) if comma else None
        if before is None or (_word_count(text[before[0]:before[1]]) < 2 and not self.last_had_degree) \
                or self._holds_title_before(text, before, title_ends, held_before):
            return
        first = [Role(r.title, " dan ".join(divisions[:-1]), r.organization, None, r.rule) for r in roles]
        add(before, "person.title_after", _held_after(text, before, title_end, first))
        for role in roles:
            role.division = divisions[-1]

    def _holds_title_before(self, text: str, name: tuple[int, int], title_ends: set[int], held_before: set[int],
                            listed: bool = False) -> bool:
        """Whether ``name`` holds a title written right before it ("Kadiv SDM, Pak Budi Santoso, ..."); with
        ``listed``, or is listed after a name that does ("anggota Bawaslu X, Budi Santoso dan Siti Aminah, Koordinator
        Sekretariat ..., Agus": Siti is a member too, not the holder of the title after her)."""
        had_degree = self.last_had_degree
        for _ in range(6 if listed else 1):
            for end in range(max(0, name[0] - 30), name[0] + 1):
                gap = text[end:name[0]].lstrip(" \t,")
                if end in title_ends and end not in held_before and (not gap or self.honorific.fullmatch(gap)):
                    self.last_had_degree = had_degree
                    return True
            link = _LINK_BEFORE.search(text, max(0, name[0] - 12), name[0])
            name = self.name_before(text, link.start()) if link else None
            if name is None:
                break
        self.last_had_degree = had_degree
        return False

    def _office_in_list(self, text: str, title_start: int, name: tuple[int, int]) -> bool:
        """Whether a one-word "name" after the head of a place is the place, in a list of offices with no holders
        ("Anggota KPU Kota X, Camat Bengkong, Ketua ..."): the list item after it or the one before it, set off by
        commas, is a title phrase too."""
        if _word_count(text[name[0]:name[1]]) != 1:
            return False
        after = _APPOSED_AFTER.match(text, name[1])
        if after and self.title_phrase.match(text, after.end()):
            return True
        comma = _APPOSED.search(text, max(0, title_start - 3), title_start)
        if comma is None:
            return False
        item = text.rfind(",", max(0, comma.start() - 80), comma.start())
        return item >= 0 and self.title_phrase.match(text, _SPACE.match(text, item + 1).end()) is not None

    def _holder_listed_before(self, text: str, title_start: int, after: tuple[int, int], title_ends: set[int],
                              held_before: set[int]) -> tuple[int, int] | None:
        """In a list written "Budi Santoso, Kadiv Hukum, Siti Aminah, Kadiv Teknis" each title follows its holder:
        the name before a title set off by a comma, when the name ``after`` the title is itself followed by a comma
        and a title, and the name before is not the holder of a title written before it ("Ketua KPU X, Budi Santoso,
        Anggota KPU Y, Siti Aminah" keeps the order of title then name)."""
        comma = _APPOSED.search(text, max(0, title_start - 3), title_start)
        following = _APPOSED_AFTER.match(text, self.degrees_end(text, after[1]))
        if comma is None:
            # "dihadiri oleh Budi Santoso Ketua KPU X, Siti Aminah Anggota KPU X": each name with its title after it
            following = _SPACE_BEFORE_TITLE.match(text, after[1])
            comma = _NAME_GAP.search(text, max(0, title_start - 2), title_start)
        if comma is None or following is None or not self.title_phrase.match(text, following.end()):
            return None
        before = self.name_before(text, comma.start())
        if before is None or (_word_count(text[before[0]:before[1]]) < 2 and not self.last_had_degree):
            return None
        if self._holds_title_before(text, before, title_ends, held_before, listed=True):
            return None  # "Kadiv SDM, Pak Budi Santoso, Kadiv Hukum, ...": Budi holds the title before him
        return before

    def _add_named(self, text: str, phrase_start: int, name: tuple[int, int], roles: list[Role],
                   orgs_by_start: dict[int, OrgMention], add, listing: bool, first: Role | None = None) -> int:
        """The name after a title phrase, and with ``listing`` the further names of a list sharing the title. With
        ``first``, the title joined before it ("Ketua dan Anggota Bawaslu X masing-masing A, B dan C"), the first
        name holds that title of the same body and the others this one.

        Returns where the last name (with its degrees and parenthesised division) ends."""
        end = name[1]
        first_end: int | None = None  # set when the items carry their own titles after "selaku"
        # a division written in the title phrase before the first name is the whole list's ("Staf Divisi Hukum KPU X
        # Budi dan Siti"); a member's ("Anggota KPU X Divisi Hukum Budi, Siti ...") is only the first's
        shared_division = not any(r.title == "Anggota" for r in roles)
        while name is not None:
            own = [Role(r.title, r.division, r.organization, Span(phrase_start, name[1], text[phrase_start:name[1]]),
                        r.rule) for r in ([Role(first.title, None, roles[0].organization, None, first.rule)]
                                          if first is not None else roles)]
            first = None
            end = self.degrees_end(text, name[1])
            parenthesised = self._division_in_parentheses(text, end, orgs_by_start)
            if parenthesised:
                division, organization, end = parenthesised
                for role in own:
                    role.division = role.division or division
                    role.organization = role.organization or organization
            add(name, "person.title_before", own)
            if not listing:
                return end
            link, own_title = self._own_title_item_end(text, end)
            if own_title:
                first_end = first_end or end
            link = link or _LIST_LINK_AT.match(text, end)
            if not link:
                return first_end or end
            item_roles = [Role(r.title, r.division if shared_division else None, r.organization, None, r.rule)
                          for r in roles]
            name = self.name_at(text, link.end()) or self._divided_name(text, link.end(), item_roles)
            if name is not None and self.title_phrase.match(text, link.end()) \
                    and not _DIVISION_START.match(text, link.end()):
                return first_end or end
            if name is not None and first_end is not None \
                    and not _OWN_TITLE_AFTER.match(text, self.degrees_end(text, name[1])):
                return first_end  # "A selaku Kadiv X, B selaku Kadiv Y": each further item has its own title too
            roles = item_roles
        return first_end or end

    def _next_item_own_title(self, text: str, end: int) -> bool:
        """Whether a comma, a name and that name's own "selaku" title follow ``end``: the words before ``end`` end
        the title of the item before it ("A selaku Kadiv Penanganan Pelanggaran, B selaku Kadiv Hukum"), no holder."""
        comma = _LIST_LINK_AT.match(text, end)
        name = self.name_at(text, comma.end()) if comma and "," in comma.group() else None
        return name is not None and name[0] == comma.end() \
            and _OWN_TITLE_AFTER.match(text, self.degrees_end(text, name[1])) is not None

    def _own_title_item_end(self, text: str, end: int) -> tuple[rx.Match | None, bool]:
        """In a list sharing a title whose items each add their own ("anggota Bawaslu X Budi selaku Kadiv Hukum, Siti
        selaku Kadiv Teknis, dan ..."), the link to the next item after the own title's clause, and whether an own
        title stands after the name at ``end``. The own titles are left to the title loop: the list's first name
        ends what it consumes."""
        own = _OWN_TITLE_AFTER.match(text, end)
        if own is None or not self.title_phrase.match(text, own.end()):
            return None, False
        clause = _OWN_CLAUSE.match(text, own.end())
        return (_LIST_LINK_AT.match(text, clause.end()) if clause else None), True


def _org_at(text: str, position: int, orgs_by_start: dict[int, OrgMention]) -> OrgMention | None:
    """The organization written at ``position`` after a title, its office word skipped ("Sekretariat KPU ...")."""
    return orgs_by_start.get(_SECRETARIAT.match(text, position).end()) \
        or orgs_by_start.get(_SPACE.match(text, position).end())


def _org_from_title_word(match: rx.Match, orgs_by_start: dict[int, OrgMention]) -> OrgMention | None:
    """The organization whose written name starts with the last word of a title of two or more words and runs
    past it ("Kepala Sekretariat Bawaslu X", the office word read with the body's name), else None."""
    start, end = match.span("title")
    space = max(match.string.rfind(" ", start, end), match.string.rfind("\t", start, end))
    org = orgs_by_start.get(space + 1) if space >= 0 else None
    return org if org is not None and org.end > end else None


def _title_written_upper(match: rx.Match) -> bool:
    """Whether a title phrase is written in capitals (a headline): the capitals after it are no name then."""
    return match.group("title").isupper() and len(match.group("title")) > 4


def _held_after(text: str, name: tuple[int, int], title_end: int, roles: list[Role]) -> list[Role]:
    """``roles`` as the title written after the holder's ``name``: evidence from the name to the title's end."""
    for role in roles:
        role.evidence = Span(name[0], title_end, text[name[0]:title_end].rstrip(" ,"))
        role.evidence.end = name[0] + len(role.evidence.text)
        role.rule = (role.rule or "") + ".after_name"
    return roles


def _split_short_pairs(found: list[_Candidate]) -> None:
    """A one-word name "Budi-Rina" ("Pak Budi-Rina", "Dr. Yosef-Markus") whose halves are words of two other names
    read in the article is a pair's two short names ("Budi Santoso-Rina Lestari"): each half becomes a name of its
    own."""
    owners: dict[str, set[str]] = {}
    for candidate in found:
        for word in candidate.text.split():
            owners.setdefault(word, set()).add(candidate.text)
    for index in range(len(found) - 1, -1, -1):
        candidate = found[index]
        pair = _SHORT_PAIR.fullmatch(candidate.text)
        if pair is None:
            continue
        first, second = (owners.get(pair.group(side), set()) - {candidate.text} for side in (1, 2))
        if first and second and first.isdisjoint(second):
            found[index:index + 1] = [
                _Candidate(candidate.start + pair.start(side), candidate.start + pair.end(side), pair.group(side),
                           candidate.rule, [], candidate.speaking) for side in (1, 2)]


@lru_cache(maxsize=1)
def _spaceless_districts() -> frozenset[str]:
    """The kecamatan names written without their spaces."""
    return frozenset(name.replace(" ", "") for name in load_districts())


def _reduplicated(text: str, pair: rx.Match) -> bool:
    """Whether the words either side of a pair's hyphen are one word twice: Indonesian reduplication."""
    return text[pair.start("first"):pair.end("first")].split()[-1].casefold() \
        == text[pair.start("second"):pair.end("second")].split()[0].casefold()


def _second_office_title(titles: dict[str, tuple[str, ...]]) -> rx.Pattern:
    """The space before a second office's title written right after a member's body (titles.yaml
    second_office_titles): "Komisioner KPU X Ketua Divisi Y, Budi"; the lower-case spellings only before a division's
    name in lower case."""
    def spaced(words: tuple[str, ...]) -> str:
        return _alternation(words).replace(r"\ ", r"[ \t]+") or "(?!)"
    return rx.compile(rf"[ \t]+(?=(?:{spaced(titles.get('capitalised', ()))})"
                      rf"|(?:{spaced(titles.get('lower_case', ()))})[ \t]+[a-z])")


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is written from the last words of ``name`` ("Pesbar" of "... Pesisir Barat", "KKU" of
    "... Kabupaten Kayong Utara"), not a holder's name in parentheses ("Sekretaris KPU Kota Kediri (Sukardi)")."""
    words = name.split()[-3:]
    if not words or short[0].casefold() not in {w[0].casefold() for w in words}:
        return False
    letters = iter("".join(words).casefold())
    return all(letter in letters for letter in short.casefold())


def _word_before(text: str, start: int) -> str | None:
    """The word right before ``start`` (up to 20 characters back), casefolded, or None."""
    before = text[max(0, start - 20):start].casefold().split()
    return before[-1] if before else None


def _word_count(name: str) -> int:
    """Words of a name, an initial glued to the next word counted apart ("M.Fahrudin" has two)."""
    return len(name.replace(".", ". ").split())


def _district_side(text: str, sides: list[tuple[int, int]]) -> bool:
    """Whether a side of a pair is a district's name ("Pasangan Todanan-Jepon"): a place, no person."""
    return any(text[a:b].casefold() in load_districts() for a, b in sides)


def _same_person(short: str, long: str, shortened: frozenset[str] = frozenset()) -> bool:
    """"Budi Santoso W." and "Budi Santoso Wibowo" name one person; so do "Lestari" and "Sri Lestari",
    "Siti Rahayu" and "U. Siti Rahayu", "Budi Santoso" and "Budi Hadi Santoso", and two spellings of one name;
    so do "Abd Somad" and "Abd. Somad" when ``shortened`` (the lexicon's shortened name words) holds "abd"."""
    a, b = short.split(), long.split()
    if len(a) > len(b):
        return False
    if len(a) == len(b) >= 2 and _spelling_variant(a, b):
        return True
    if len(a) == 2 and len(b) >= 3 and a[0] == b[0] and a[1] == b[-1] and len(a[0]) > 2:
        return True  # "Sehan Landjar" of "Sehan Salim Landjar": the first and last words, the middle left out
    if len(b) > len(a) >= 2 and b[-len(a):] == a:
        return True  # "Agung Wirawan" of "I Gusti Ngurah Agung Wirawan": a Balinese name without its opening words
    while len(b) > len(a) and len(a) >= 2 and _INITIAL.fullmatch(b[0]):
        b = b[1:]
    if len(a) == 1:
        return a[0] in b or (len(a[0]) >= 4 and any(w.startswith(a[0]) and w != a[0] for w in b))
    for x, y in zip(a, b):
        if x != y and not (x.endswith(".") and y.startswith(x[:-1])) and not (len(x) == 1 and y.startswith(x)) \
                and not _stop_variant(x, y, shortened):
            return False
    return True


def _stop_variant(x: str, y: str, shortened: frozenset[str]) -> bool:
    """Whether two name words are one shortened word or initial written with and without its stop ("Abd" and
    "Abd.", "M" and "M.")."""
    core = x.rstrip(".")
    return core == y.rstrip(".") and (core.casefold() in shortened or (len(core) == 1 and core.isupper()))


_DOUBLED = rx.compile(r"(\w)\1")
_VARIANT_MIN = 5  # letters of a name word that one article may write with a letter doubled or not


def _spelling_variant(a: list[str], b: list[str]) -> bool:
    """Whether two names of as many words differ in one word only, by a doubled letter ("Miftahuddin Yusup" and
    "Miftahudin Yusup", "Muhammad Fikri" and "Muhamad Fikri"): one person the article spells two ways."""
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    return min(len(x), len(y)) >= _VARIANT_MIN and _DOUBLED.sub(r"\1", x.casefold()) == _DOUBLED.sub(r"\1", y.casefold())


class _Disjoint:
    """Sorted disjoint half-open intervals; ``overlaps`` and ``add`` in log time (no scan of all taken spans)."""

    def __init__(self, spans: list[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of the intervals."""
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


_WORD_CHARACTER = regex.compile(r"\w")


def _form_spans(form: str, text: str) -> Iterator[tuple[int, int]]:
    """Where a name form stands in ``text`` as whole words, left to right, without overlap; "M Sholeh" also inside
    "HM Sholeh" (H. glued to the initial M). Found by plain string search: a pattern compiled per new name cost a
    tenth of a first pass over a corpus."""
    def word_at(index: int) -> bool:
        return 0 <= index < len(text) and _WORD_CHARACTER.match(text, index) is not None

    if not form:
        return
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        opens = not word_at(start - 1) or (text[start - 1] == "H" and not word_at(start - 2)
                                             and text.startswith(("M ", "M\t"), start))
        if opens and not word_at(end):
            yield start, end
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


def _with_written_stops(name: str, text: str, shortened: frozenset[str]) -> str:
    """``name`` with the stops of its shortened words and initials where the article also writes it so but no rule
    read that form as a name ("Abd Somad" and "... Tak lupa Abd. Somad" -> "Abd. Somad"; closing initials "AB." too):
    a person's name is the longest form in the article (annotation.md). Both forms read as names are joined by
    ``_same_person`` instead."""
    words = name.split()
    stopped = [word + "." if word.casefold() in shortened or (len(word) == 1 and word.isupper())
               or (i == len(words) - 1 and _CLOSING_INITIALS.fullmatch(word + ".")) else word
               for i, word in enumerate(words)]
    if stopped == words:
        return name
    variant = " ".join(stopped)
    if stopped[-1] != words[-1]:  # "Budi Santoso S. Rabu ...": a stop that ends the sentence is not the initial's
        return variant if any(not _SENTENCE_AFTER.match(text, end) for _, end in _form_spans(variant, text)) else name
    return variant if next(_form_spans(variant, text), None) else name


def _unit_of(bare: str | None, named: str | None) -> bool:
    """Whether ``bare`` is the unit word alone of ``named`` ("Polres" of "Polres Klungkung"): an office
    abbreviation written without its place ("Kapolres AKBP Budi") names the same office as one with it."""
    return bool(bare and named and " " not in bare and named.startswith(bare + " "))


def extract_persons(text: str, finder: PersonFinder, orgs: list[OrgMention], doc=None) -> list[Person]:
    """Persons with all their mentions and roles, ids P1, P2, ... in order of first mention; ``doc``, the article's
    parsed spaCy Doc (Stanza mode) or None, adds the names only its parse shows."""
    candidates = finder.candidates(text, orgs, doc)
    nicknames = finder.nicknames(text, {c.text for c in candidates if _word_count(c.text) >= 2})
    for nickname, found in [*finder.short_nicknames(text, {c.text for c in candidates}).items(),
                            *finder.called_nicknames(text, candidates).items()]:
        nicknames.setdefault(nickname, found)
    for nickname, (_, start, end) in nicknames.items():
        candidates.append(_Candidate(start, end, nickname, "person.nickname"))
    full_names: list[str] = []
    first_seen: dict[str, int] = {}
    # "Abd Somad" and "Abd. Somad" are one person, named by the longer, stopped form
    shortened = finder.lexicons.shortened_name_words
    for candidate in sorted(candidates, key=lambda c: c.start):
        first_seen.setdefault(candidate.text, candidate.start)
    # longest first; of two as long, the one written first owns a word both share ("Budi Rahmat Tono" and
    # "Sri Tono Wati": "Tono" is Budi's), whatever order a set of names would give
    for name in sorted(first_seen, key=lambda n: (-len(n.split()), -len(n), first_seen[n])):
        if name not in nicknames and not any(_same_person(name, longer, shortened) for longer in full_names):
            full_names.append(name)
    written_with_stops = {name: _with_written_stops(name, text, shortened) for name in full_names}
    persons: dict[str, Person] = {name: Person("", written_with_stops[name]) for name in full_names}
    owner_of: dict[str, str] = {}
    grouped = merged_names(orgs)
    for candidate in candidates:
        if candidate.text not in owner_of:
            written = nicknames[candidate.text][0] if candidate.text in nicknames else candidate.text
            owners = [n for n in full_names if _same_person(written, n, shortened)]
            if len(owners) > 1 and " " not in written and not any(written in n.split() for n in owners):
                continue  # "Herm" begins a word of two names: it is neither's, and no person of its own
            owner_of[candidate.text] = owners[0]
        owner = owner_of[candidate.text]
        for role in candidate.roles:
            role.organization = grouped.get(role.organization, role.organization) if role.organization else None
            roles = persons[owner].roles
            # one office stated twice ("Wakadiv Sosdiklih Budi", "Budi selaku Wakil Ketua Divisi ... KPU Sleman") is
            # one role: kept as the statement naming its body, else its division
            same = next((r for r in roles if r.title == role.title and (
                r.organization == role.organization or r.organization is None or role.organization is None
                or _unit_of(r.organization, role.organization) or _unit_of(role.organization, r.organization))),
                None)
            if same is None:
                roles.append(role)
            elif (same.organization is None and role.organization is not None) or (
                    same.organization == role.organization and same.division is None and role.division is not None) \
                    or _unit_of(same.organization, role.organization):
                roles[roles.index(same)] = role
    # mentions: every full or short form, longest first, at word boundaries
    forms: dict[str, str] = {}
    for name in full_names:
        forms[name] = name
        forms[written_with_stops[name]] = name
        for word in name.split():
            if len(word) > 2 and not word.endswith(".") and finder._is_name_word(word):
                owners = [n for n in full_names if word in n.split()]
                if len(owners) == 1:
                    forms.setdefault(word, name)
        for written in owner_of:
            if _same_person(written, name, shortened) or owner_of[written] == name:
                forms.setdefault(written, name)
    in_organization = _Disjoint([(m.start, m.end) for m in orgs])
    taken = _Disjoint()
    for form in sorted(forms, key=len, reverse=True):
        # a name of two words or more also in capitals: a headline in capitals ("KPU TETAPKAN BUDI SANTOSO ...")
        written = [form, form.upper()] if _word_count(form) >= 2 and form.upper() != form else [form]
        for start, end in (span for shape in written for span in _form_spans(shape, text)):
            if taken.overlaps(start, end) or in_organization.overlaps(start, end):
                continue
            taken.add(start, end)
            persons[forms[form]].mentions.append(Span(start, end, text[start:end], "person.mention"))
    ordered = sorted((p for p in persons.values() if p.mentions), key=lambda p: min(m.start for m in p.mentions))
    for index, person in enumerate(ordered, 1):
        person.id = f"P{index}"
        person.mentions.sort(key=lambda m: m.start)
    return ordered
