"""Metamorphic check of persons, roles and speakers: do they survive names of other naming traditions?

Dev gold is labelled on Central Java offices, whose names are mostly Javanese. This script rewrites each dev
gold article consistently: every labelled person gets an invented name of another tradition (Acehnese, Batak,
Papuan, Minang, Bugis, Balinese, Chinese-Indonesian, Sundanese, one-word names, names with particles, hyphens,
apostrophes or several initials), every mention of that person the matching form (the full name where the full
name was written, the corresponding word where a short form was), and all gold offsets move with the text.
The rewritten pages go through the extractor (rules parser) and are scored with the project's evaluator,
beside the same run on the untouched pages.

    PYTHONPATH=. .venv/bin/python benchmarks/metamorphic.py [--gold gold/dev.jsonl] [--corpus ../shared/corpus]
        [--seed 1] [--tradition all|mixed|aceh|batak|...] [--errors]

It is a script, not a test: the figures depend on the seed; run it before and after a change to the person rules.
Only dev articles are read. The invented names are drawn from word pools below and checked against the corpus:
a full name that occurs in any corpus page is drawn again.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
FIELDS = ["person.span.strict", "person.span.partial", "person.name", "role.triple", "role.division",
          "quote.speaker", "event.persons"]


@dataclass(frozen=True)
class Tradition:
    """A naming tradition: words that may stand before the name (part of it), given words, family words, nicknames.

    ``outer``: honorifics written before the full name but outside it (annotation.md), used now and then.
    ``suffixes``: name parts written only with the full name ("bin Hasan").
    ``one_word``: the whole name is one word, every mention that word."""

    given: tuple[str, ...]
    family: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ("",)
    outer: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ("",)
    nicknames: tuple[str, ...] = ()
    one_word: bool = False


_ARABIC = ("Muzakkir", "Fadhlullah", "Zulkarnaini", "Safrizal", "Munawar", "Nasruddin", "Fakhrurrazi", "Mukhlis",
           "Khairul", "Zubaidah", "Nurlaili", "Raihanun", "Hasbullah", "Rahmatillah", "Jailani", "Azhari")
TRADITIONS: dict[str, Tradition] = {
    "aceh": Tradition(_ARABIC, _ARABIC, prefixes=("Teuku", "Cut", "", ""), outer=("Tgk.",),
                      nicknames=("Ampon", "Fadh", "Cek")),
    "batak": Tradition(("Rudolf", "Parulian", "Hotman", "Tiurma", "Roslina", "Bonar", "Maruli", "Sahat", "Lamhot",
                        "Rosmawati", "Pangihutan", "Dormauli"),
                       ("Simanjuntak", "Sitompul", "Hutagalung", "Nainggolan", "Pardede", "Sinaga", "Lumbantobing",
                        "Panjaitan", "Manurung", "Situmorang", "Samosir", "Karo-Karo", "Hutapea", "Simatupang"),
                       nicknames=("Ucok", "Butet", "Tigor")),
    "papua": Tradition(("Yohanis", "Marthen", "Yulianus", "Obeth", "Frans", "Agustina", "Herlina", "Yakobus",
                        "Demianus", "Elisabeth", "Nikolaus", "Yosina"),
                       ("Wenda", "Rumbiak", "Kogoya", "Wonda", "Tabuni", "Karubaba", "Mandowen", "Yoku", "Ayomi",
                        "Wanimbo", "Murib", "Kambu"),
                       nicknames=("Nius", "Anis", "Obi")),
    "minang": Tradition(("Zulfadli", "Refrizal", "Yusfitriadi", "Hendrizal", "Desmon", "Efrinaldi", "Syafrizal",
                         "Yulmaini", "Nofriadi", "Elfira", "Rahmiati", "Afdhal"),
                        ("Chaniago", "Piliang", "Tanjung", "Koto", "Sikumbang", "Jambak", "Caniago", "Efendi"),
                        nicknames=("Ujang", "Buyung", "Upiak")),
    "bugis": Tradition(("Baso", "Tenriawaru", "Arifuddin", "Mappaseng", "Pallawa", "Makkasau", "Sompa", "Nurfaidah",
                        "Mustaring", "Asriadi", "Tenri", "Rismawati"),
                       ("Mappaseng", "Pallawa", "Makkasau", "Sompa", "Mustaring", "Mattalitti", "Parenrengi", "Tenrisau",
                        "Pananrangi", "Massaile", "Rappe", "Lologau"),
                       prefixes=("Andi", "Andi", "A.", ""), outer=("Daeng",), nicknames=("Accung", "Becce", "Ambo")),
    "bali": Tradition(("Suardana", "Wirawan", "Sudiartha", "Ariani", "Adnyana", "Sukerta", "Sudarsana", "Pradnyana",
                       "Widiastuti", "Arsana", "Sutama", "Darmayasa"),
                      ("Putra", "Putri", "Adnyana", "Sukerta", "Arsana", "Sutama", "Darmayasa", "Wijaya", "Mahardika",
                       "Yasa", "Astawa", "Sedana", "Suarjaya"),
                      prefixes=("I Gede", "I Made", "I Ketut", "I Nyoman", "I Wayan", "I Putu", "Ni Made", "Ni Luh",
                                "Ni Komang", "Ni Putu", "Ida Bagus", "Anak Agung", "I Gusti Ngurah"),
                      nicknames=("Gusde", "Tut", "Komang")),
    "chinese": Tradition(("Hendrik", "Liliana", "Sugianto", "Feliks", "Lie", "Tan", "Oei", "Tjia", "Kwee", "Siang",
                          "Kiong", "Swie", "Hok"),
                         ("Tanuwijaya", "Halim", "Gunadi", "Salim", "Hartanto", "Liong", "Bing", "Lam", "Han",
                          "Kusumo", "Wijanarko"),
                         nicknames=("Koko", "Cici", "Ahong")),
    "sunda": Tradition(("Asep", "Dadang", "Cecep", "Euis", "Ujang", "Neneng", "Iis", "Encep", "Yayan", "Wawan",
                        "Entin", "Ma'mun"),
                       ("Saepudin", "Sukmana", "Rustandi", "Komariah", "Sopandi", "Hasanah", "Suhendar", "Kurniasih",
                        "Sumpena", "Permana", "Nurjaman", "Sobari"),
                       outer=("Kang", "Teh"), nicknames=("Ceu", "Jang", "Aep")),
    "oneword": Tradition(("Muzakkir", "Tenriawaru", "Sudiartha", "Parulian", "Yakobus", "Zulfadli", "Makkasau",
                          "Nurjaman", "Tabuni", "Sumpena", "Rumbiak"), one_word=True),
    "particles": Tradition(("Frederik", "Johana", "Albertus", "Ronald", "Yustina", "Hendrikus", "Ahmad", "Siti",
                            "Muhammad", "Rahman", "Nurlina"),
                           ("de Fretes", "de Queljoe", "van Room", "Van Haulussy", "de Lima", "da Costa", "Salampessy",
                            "Tahapary", "Pattiasina", "Latuconsina", "de Kock", "Van Delsen"),
                           prefixes=("", "", "La Ode", "Wa Ode"), suffixes=("", "", "bin Hasan", "binti Yusuf"),
                           nicknames=("Edo", "Ina", "Ode")),
    "hyphen": Tradition(("Fauzan", "Syifa", "Abdul", "Nur", "Rizki", "Hanif", "Naufal", "Zahra"),
                        ("Al-Farisi", "Al-Ghifari", "Al-Kautsar", "Al-Hamidi", "Nur-Aini", "Abdul-Karim",
                         "Karo-Karo", "Sembiring-Meliala"),
                        nicknames=("Ojan", "Ifa", "Opal")),
    "apostrophe": Tradition(("Ma'ruf", "Sa'adah", "Mu'min", "Nu'man", "Syafi'i", "Ja'far", "Mas'ud", "Rif'at",
                             "Qur'ani", "Mu'adz", "Ma'arif", "Zul'aini"),
                            ("Syafi'i", "Ma'arif", "Mas'ud", "Mu'tashim", "Ni'mah", "Ta'in", "Khumaini", "Rifa'i"),
                            nicknames=("Aruf", "Sa'a", "Umin")),
    "initials": Tradition(("Kartika", "Darmawan", "Sulaksana", "Pratiwi", "Hasibuan", "Perangin-angin", "Rangkuti",
                           "Gunawan", "Rosdiana"),
                          ("Tarigan", "Nasution", "Purba", "Lubis", "Siregar", "Ginting", "Harahap", "Dalimunthe",
                           "Sihombing", "Batubara", "Pohan", "Daulay"),
                          prefixes=("A. B.", "M. Y.", "R. A.", "A.B.", "T. M.", "I. G. N.", "J. P."),
                          nicknames=("Tika", "Darma", "Ucok")),
}


@dataclass
class NewName:
    """An invented name: ``prefix`` + ``core`` (one word per word of the name it replaces) + ``suffix``."""

    prefix: str
    core: list[str]
    suffix: str
    outer: str = ""
    nicknames: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return " ".join(w for w in (self.prefix, *self.core, self.suffix) if w)


class Renamer:
    """Draws invented names, never one that occurs in the corpus, never a word another person of the article has."""

    def __init__(self, seed: int, corpus_text: str) -> None:
        self.random = random.Random(seed)
        self.corpus_text = corpus_text

    def draw(self, tradition: Tradition, words: int, taken: set[str]) -> NewName:
        """A fresh name; no word of it another person of the article has (failing that, no first or last word of
        another person's: the words short forms use; failing that, not another person's full name)."""
        for attempt in range(800):
            name = self._draw(tradition, words)
            parts = set(" ".join([*name.core, name.suffix]).split())
            ends = {f"<{name.core[0]}>", f"<{name.core[-1]}>"}
            whole = {f"<<{name.full}>>"}
            clash = parts & taken if attempt < 200 else ends & taken if attempt < 400 else whole & taken
            if clash or name.full in self.corpus_text or (words > 1 and " ".join(name.core) in self.corpus_text) \
                    or len(set(name.core)) < len(name.core):
                continue
            taken |= parts | ends | whole
            return name
        raise SystemExit("metamorphic: could not draw a fresh name; widen the pools")

    def _draw(self, tradition: Tradition, words: int) -> NewName:
        pick = self.random.choice
        if tradition.one_word:
            return NewName("", [pick(tradition.given)], "")
        core = [pick(tradition.given) for _ in range(max(0, words - 1))]
        core.append(pick(tradition.family or tradition.given) if words > 1 else pick(tradition.given))
        outer = pick(tradition.outer) if tradition.outer and self.random.random() < 0.3 else ""
        return NewName(pick(tradition.prefixes), core, pick(tradition.suffixes), outer)

    def nickname(self, tradition: Tradition, name: NewName, written: str) -> str:
        """A word for a mention word the name does not hold ("Didi" for "Achmad Syaifudin Riyadi")."""
        if written not in name.nicknames:
            pool = [n for n in tradition.nicknames if n not in name.nicknames.values()] or [name.core[-1]]
            name.nicknames[written] = self.random.choice(pool)
        return name.nicknames[written]


def _shape(written: str, new: str) -> str:
    """``new`` in the case ``written`` has (a headline's capitals)."""
    return new.upper() if written.isupper() and len(written) > 1 else new


def mention_text(renamer: Renamer, tradition: Tradition, old_name: str, name: NewName, written: str) -> str:
    """The rewritten form of one mention: the full new name for the full old one, else word for word."""
    old = [w.casefold() for w in old_name.split()]
    words = written.split()
    if tradition.one_word:
        return _shape(written, name.core[0])
    if [w.casefold() for w in words] == old:
        return _shape(written, name.full)
    out = []
    for word in words:
        position = old.index(word.casefold()) if word.casefold() in old else None
        stem = next((i for i, o in enumerate(old) if len(word) >= 4 and o.startswith(word.casefold())), None)
        if position is not None:
            out.append(name.core[position])
        elif stem is not None:  # "Sulis" of "Sulistiyono": as many letters of the new word
            out.append(name.core[stem][:len(word)])
        else:
            out.append(renamer.nickname(tradition, name, word))
    return _shape(written, " ".join(out))


class OffsetMap:
    """Old article offsets to new ones after non-overlapping replacements ``(start, end, new text)``.

    A replacement may carry a fourth item, a function from an offset inside it (relative to its start) to the
    offset in its new text: a replacement that reorders its parts ("Nama, Ketua" for "Ketua, Nama") moves the spans
    inside it with them."""

    def __init__(self, replacements: list[tuple]) -> None:
        self.replacements = sorted(replacements, key=lambda r: (r[0], r[1]))

    def __call__(self, offset: int) -> int:
        shift = 0
        for start, stop, new, *inner in self.replacements:
            if offset <= start:
                break
            if offset < stop:  # inside a replaced name: kept inside its replacement
                inside = inner[0](offset - start) if inner else offset - start
                return start + shift + min(inside, len(new))
            shift += len(new) - (stop - start)
        return offset + shift

    def apply(self, text: str) -> str:
        out, cursor = [], 0
        for start, stop, new, *_ in self.replacements:
            out += [text[cursor:start], new]
            cursor = stop
        return "".join(out) + text[cursor:]


def _move(span: dict[str, Any] | None, moved: OffsetMap, text: str) -> None:
    if span:
        span["start"], span["end"] = moved(span["start"]), moved(span["end"])
        if "text" in span:
            span["text"] = text[span["start"]:span["end"]]


def rewrite_article(article: dict[str, Any], renamer: Renamer, pick_tradition) -> dict[str, Any]:
    """A deep copy of a gold article with every person renamed and every offset moved."""
    article = json.loads(json.dumps(article))
    taken: set[str] = set()
    replacements: list[tuple[int, int, str]] = []
    mention_at: dict[tuple[int, int], tuple[int, int]] = {}  # old span -> (offset of the name in the new text, length)
    new_names: dict[str, str] = {}
    for person in article["persons"]:
        tradition = TRADITIONS[pick_tradition()]
        old = person["name"]
        name = renamer.draw(tradition, len(old.split()), taken)
        person["name"] = new_names[person["id"]] = _shape(old, name.full)
        for mention in person["mentions"]:
            new = mention_text(renamer, tradition, old, name, mention["text"])
            outer = f"{name.outer} " if name.outer and new == name.full and not _after_honorific(
                article["text"], mention["start"]) else ""
            if article["text"][mention["start"] - 1:mention["start"]].isalpha():
                outer = ". " + outer  # "HM Nur": the mention starts at the initial glued to H; "H. Name" now
            replacements.append((mention["start"], mention["end"], outer + new))
            mention_at[(mention["start"], mention["end"])] = (len(outer), len(new))
    moved = OffsetMap(replacements)
    text = moved.apply(article["text"])
    for person in article["persons"]:
        for mention in person["mentions"]:
            skip, length = mention_at[(mention["start"], mention["end"])]
            start = moved(mention["start"]) + skip
            mention.update(start=start, end=start + length, text=text[start:start + length])
    _move_spans(article, moved, text)
    for quote in article["quotes"]:
        if quote.get("speaker") in new_names:
            quote["speaker_name"] = new_names[quote["speaker"]]
    article["text"] = text
    return article


def _move_spans(article: dict[str, Any], moved: OffsetMap, text: str) -> None:
    """Moves every gold span but persons' mentions (role evidence, organizations, dates, quotes, cues, triggers,
    the headline) into the rewritten ``text``."""
    for person in article["persons"]:
        for role in person["roles"]:
            _move(role.get("evidence"), moved, text)
    for organization in article["organizations"]:
        for mention in organization["mentions"]:
            _move(mention, moved, text)
    for date in article["dates"]:
        _move(date, moved, text)
    for quote in article["quotes"]:
        _move(quote, moved, text)
        _move(quote.get("cue"), moved, text)
    for event in article["events"]:
        _move(event.get("trigger"), moved, text)
    if article.get("headline"):
        article["headline"] = text[:moved(len(article["headline"]))]


def _after_honorific(text: str, start: int) -> bool:
    """Whether an honorific or title abbreviation stands right before a mention ("H. Budi"), or no space does."""
    before = text[max(0, start - 12):start]
    return not before[-1:].isspace() or bool(re.search(r"(?:-|\b[A-Z][A-Za-z]{0,3}\.|\b(?:Bapak|Ibu|Pak|Bu))\s*$", before))


def rewrite_pages(gold: list[dict[str, Any]], pages: dict[str, tuple[str, dict]],
                  rewrite) -> tuple[list[dict[str, Any]], dict[str, tuple[str, dict]]]:
    """Rewritten gold articles and the pages holding them (the text between articles unchanged)."""
    by_page: dict[str, list[dict[str, Any]]] = {}
    for article in gold:
        by_page.setdefault(article["source_id"], []).append(article)
    new_gold, new_pages = [], {}
    for source_id, articles in by_page.items():
        page, meta = pages[source_id]
        out, cursor = [], 0
        for article in sorted(articles, key=lambda a: a["page_span"]["start"]):
            span = article["page_span"]
            if page[span["start"]:span["end"]] != article["text"]:
                raise SystemExit(f"metamorphic: {article['id']}: gold text is not the page's text at its page_span")
            new = rewrite(article)
            out.append(page[cursor:span["start"]])
            start = sum(len(p) for p in out)
            out.append(new["text"])
            new["page_span"] = {"start": start, "end": start + len(new["text"])}
            cursor = span["end"]
            new_gold.append(new)
        out.append(page[cursor:])
        new_pages[source_id] = ("".join(out), meta)
    return new_gold, new_pages


# --- Region swap (issue 6): do organizations survive regions of other provinces? -----------------------------------

REGION_FIELDS = ["organization.span.strict", "organization.name", "role.triple", "event.organizer",
                 "event.participants"]
SOURCE_PROVINCE = "33"  # dev gold is labelled on Central Java offices
# Target province groups by Kemendagri province code.
REGION_GROUPS: dict[str, tuple[str, ...]] = {
    "aceh": ("11",),
    "sumatra": ("12", "13", "14", "15", "16", "17", "18", "19", "21"),
    "java": ("31", "32", "34", "35", "36"),
    "nusa_tenggara": ("51", "52", "53"),
    "kalimantan": ("61", "62", "63", "64", "65"),
    "sulawesi": ("71", "72", "73", "74", "75", "76"),
    "maluku_papua": ("81", "82", "91", "92", "93", "94", "95", "96", "97"),
}
_CANONICAL_BODY = re.compile(r"^(\S+) (Provinsi|Kabupaten|Kota) (.+)$")
_KPU_WORDS = re.compile(r"Komisi Pemilihan Umum(?: Daerah)?|KOMISI PEMILIHAN UMUM(?: DAERAH)?|(?<![\w-])KPUD?(?![\w-])")


class RegionSwapper:
    """Rewrites an article's Central Java regions as real regions of one province of a target group.

    Every capitalised written form of a Central Java regency, city or the province ("Blora", "BLORA", "Jawa Tengah",
    "Jateng") outside person mentions becomes the region it is mapped to: the official name from the gazetteer, or
    for a short form the lexicon's short form of the new province (a one-word province is written in full). The new
    regency keeps the levels gold gives the old one (a "Kota" stays a city; a name that is both a regency and a city
    goes, where the province has one, to such a name). In Aceh the election commission is the KIP: every mention of a
    swapped KPU becomes "KIP ..." ("Komisi Independen Pemilihan (KIP) Kabupaten Aceh Tengah")."""

    def __init__(self, seed: int) -> None:
        from kpu_extract.patterns import load_lexicons
        from kpu_extract.regions import load_gazetteer

        self.random = random.Random(seed)
        self.gazetteer = load_gazetteer()
        regions = {r for rs in self.gazetteer.by_name.values() for r in rs}
        self.provinces = {r.code: r for r in regions if r.level == "Provinsi"}
        self.members: dict[str, dict[str, set[str]]] = {}  # province code -> regency/city name -> levels
        for r in regions:
            if r.level != "Provinsi":
                self.members.setdefault(r.code[:2], {}).setdefault(r.name, set()).add(r.level)
        aliases = load_lexicons().region_aliases
        self.short_form: dict[str, str] = {}
        for short, name in aliases.items():
            if short != name and len(name.split()) > 1:
                self.short_form.setdefault(name, short)
        source = {r.name for r in regions if r.code[:2] == SOURCE_PROVINCE}
        self.source_of: dict[str, tuple[str, bool]] = {}  # written form -> (official name, written short)
        for name in source:
            self.source_of[name] = self.source_of[name.upper()] = (name, False)
        for short, name in aliases.items():
            if name in source and short != name:
                self.source_of[short] = self.source_of[short.upper()] = (name, True)
        forms = sorted(self.source_of, key=len, reverse=True)
        self.pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")

    def mapping(self, article: dict[str, Any], group: str) -> dict[str, str]:
        """Old official name -> new official name for the Central Java regions the article writes."""
        text = article["text"]
        old_names = list(dict.fromkeys(self.source_of[m.group()][0] for m in self.pattern.finditer(text)))
        required: dict[str, set[str]] = {}
        for org in article["organizations"]:
            match = _CANONICAL_BODY.match(org["name"])
            if match and match.group(3) in old_names:
                required.setdefault(match.group(3), set()).add(match.group(2))
        if not old_names:
            return {}
        codes = tuple(c for c in REGION_GROUPS[group] if c in self.provinces)
        province = self.random.choice(codes)
        used = {n.casefold() for n in old_names}
        mapping = {}
        for old in old_names:
            if self.provinces[SOURCE_PROVINCE].name == old:
                mapping[old] = self.provinces[province].name
                continue
            needs = required.get(old, set())
            both = len(self.gazetteer.levels_of(old) - {"Provinsi"}) > 1
            for pool in ([province], [c for c in codes if c != province]):
                candidates = [(name, levels) for c in pool for name, levels in sorted(self.members.get(c, {}).items())
                              if needs <= levels and name.casefold() not in used
                              and name.casefold() not in text.casefold()]
                if both and any(len(levels) > 1 for _, levels in candidates):
                    candidates = [(n, lv) for n, lv in candidates if len(lv) > 1]
                if candidates:
                    mapping[old] = self.random.choice(candidates)[0]
                    used.add(mapping[old].casefold())
                    break
        return mapping

    def swap(self, written: str, mapping: dict[str, str]) -> str:
        """``written`` with every mapped region form replaced."""
        return self.pattern.sub(lambda m: self._form(m.group(), mapping), written)

    def _form(self, written: str, mapping: dict[str, str]) -> str:
        old, short = self.source_of[written]
        new = mapping.get(old)
        if new is None:
            return written
        if short:
            new = self.short_form.get(new, new)
        return new.upper() if written.isupper() and len(written) > 1 else new

    def rewrite(self, article: dict[str, Any], group: str) -> dict[str, Any]:
        """A deep copy of a gold article with its regions swapped, names kept canonical and every offset moved."""
        article = json.loads(json.dumps(article))
        mapping = self.mapping(article, group)
        article["swapped"] = bool(mapping)
        if not mapping:
            return article
        text = article["text"]
        kip = group == "aceh"
        names: dict[str, str] = {}
        replacements: list[tuple[int, int, str]] = []
        for org in article["organizations"]:
            match = _CANONICAL_BODY.match(org["name"])
            as_kip = kip and match is not None and match.group(1) == "KPU" and match.group(3) in mapping
            names[org["name"]] = self.swap(org["name"], mapping)
            if as_kip:
                names[org["name"]] = "KIP" + names[org["name"]][3:]
                org["acronym"] = "KIP"
                for mention in org["mentions"]:
                    new = _KPU_WORDS.sub(_kip_word, self.swap(mention["text"], mapping))
                    replacements.append((mention["start"], mention["end"], new))
            org["name"] = names[org["name"]]
        protected = sorted([(s, e) for s, e, _ in replacements]
                           + [(m["start"], m["end"]) for p in article["persons"] for m in p["mentions"]])
        for match in self.pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in protected):
                continue
            new = self._form(match.group(), mapping)
            if new != match.group():
                replacements.append((match.start(), match.end(), new))
        moved = OffsetMap(replacements)
        new_text = moved.apply(text)
        _move_spans(article, moved, new_text)
        for person in article["persons"]:
            for mention in person["mentions"]:
                _move(mention, moved, new_text)
            for role in person["roles"]:
                if role.get("organization"):
                    role["organization"] = names.get(role["organization"], self.swap(role["organization"], mapping))
                if role.get("title"):
                    role["title"] = self.swap(role["title"], mapping)
        for event in article["events"]:
            for slot in ("organizer", "name", "location"):
                if isinstance(event.get(slot), str):
                    event[slot] = names.get(event[slot], self.swap(event[slot], mapping))
            event["participants"] = [names.get(p, self.swap(p, mapping)) for p in event.get("participants", [])]
        article["text"] = new_text
        article["region_map"] = mapping
        return article


def _kip_word(match: re.Match) -> str:
    written = match.group()
    if written.startswith(("K", "k")) and " " in written:
        return "KOMISI INDEPENDEN PEMILIHAN" if written.isupper() else "Komisi Independen Pemilihan"
    return "KIP"


def region_swap(extractor, gold: list[dict[str, Any]], pages: dict[str, tuple[str, dict]], groups: list[str],
                seed: int, errors: bool, dump: str | None) -> None:
    """Prints, per target group, the region fields on the swapped articles: original beside swapped."""
    totals: dict[str, list[float]] = {}
    for group in groups:
        swapper = RegionSwapper(seed)
        new_gold, new_pages = rewrite_pages(gold, pages, lambda a: swapper.rewrite(a, group))
        kept = {a["id"] for a in new_gold if a.pop("swapped")}
        original = score(extractor, gold, pages, REGION_FIELDS, kept)
        swapped = [a for a in new_gold if a["id"] in kept]
        rewritten = score(extractor, new_gold, new_pages, REGION_FIELDS, kept)
        print(f"\n== regions -> {group} (seed {seed}, {len(kept)} articles with a region): "
              "original | swapped | F1 change")
        _compare(REGION_FIELDS, original, rewritten, 26, REGION_FIELDS if errors else [], totals)
        if dump:
            _dump(swapped, dump)
    if len(groups) > 1:
        _print_means("swapped", totals, 26)


# --- Writing styles: do persons, roles and speakers survive how news sites and other offices write? -------------

STYLE_FIELDS = ["person.span.strict", "person.name", "role.triple", "role.division", "quote.span.strict",
                "quote.speaker"]
_OPENING = "(\u201c"  # a straight quote after a space, an opening bracket or a line start opens
_PRONOUN_CUES = ("kata dia", "ujar dia", "katanya", "tutur dia", "ucap dia", "jelas dia")
_NAMED_VERB = re.compile(r"^(?:ujar|ucap|jelas|ungkap|tegas|tutur|tandas|pungkas|terang|imbuh|tambah|papar)(?= )",
                         re.I)
_PRONOUN_CUE = re.compile(r"^[A-Za-z]+nya$")
_DATELINE = re.compile(r"^([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)\s?[\u2013\u2014-]+\s")
_OUTLETS = ("{PLACE}, KOMPAS.com - ", "{Place} (ANTARA) - ", "TRIBUNNEWS.COM, {PLACE} - ", "TEMPO.CO, {Place} - ",
            "{Place}, fajarpapua.com - ", "{PLACE}, KOMPAS.com \u2013 ")
_DEGREES = (", S.H., M.H.", ", S.Sos., M.Si.", ", S.Pd.", ", S.T., M.T.", ", S.IP", ", SE, MM")
_HONORIFICS = ("Bapak", "Ibu", "Pak", "H.", "Drs.", "Dr.")
STYLES = ("caps", "titlecase", "straight", "curly", "cue", "order", "dateline", "degrees", "honorifics", "bare")


class Styler:
    """Rewrites a gold article in one writing style, moving every gold span with the text.

    ``caps``, ``titlecase``: the headline in capitals or in Title Case. ``straight``, ``curly``: double quotes
    curly to straight, or straight to curly. ``cue``: a pronoun cue after a quote ("ujarnya") becomes "kata dia",
    "katanya", "ujar dia"..., a named one's verb becomes "kata". ``order``: "Ketua KPU X, Nama" becomes
    "Nama, Ketua KPU X" and back, where gold role evidence is just those two parts. ``dateline``: the lead's
    place dateline ("BLORA –") becomes a news site's ("BLORA, KOMPAS.com -", "Blora (ANTARA) -"), or one is
    written where there was none. ``degrees``: degrees after a person's first mention ("Nama, S.H., M.H.").
    ``honorifics``: an honorific before each mention not already after one ("Bapak Nama"). ``bare``: the
    honorifics and degrees the text writes around mentions removed."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        degrees = sorted(_lexicon_words("degrees"), key=len, reverse=True)
        honorifics = sorted(_lexicon_words("honorifics"), key=len, reverse=True)
        self.degrees_after = re.compile(r"^(?:,?\s?(?:" + "|".join(map(re.escape, degrees)) + r")(?![\w]))+")
        self.honorific_before = re.compile(r"(?<![\w.])(?:(?:" + "|".join(map(re.escape, honorifics))
                                           + r")(?<=\.)\s?|(?:" + "|".join(map(re.escape, honorifics))
                                           + r")(?<![.])\s)+$")

    def rewrite(self, article: dict[str, Any], style: str) -> dict[str, Any]:
        article = json.loads(json.dumps(article))
        replacements = getattr(self, "_" + style)(article)
        article["styled"] = bool(replacements)
        if not replacements:
            return article
        moved = OffsetMap(replacements)
        text = moved.apply(article["text"])
        for person in article["persons"]:
            for mention in person["mentions"]:
                _move(mention, moved, text)
        _move_spans(article, moved, text)
        article["text"] = text
        return article

    def _headline(self, article: dict[str, Any]) -> tuple[int, str]:
        headline = article.get("headline") or ""
        return (len(headline), headline) if article["text"].startswith(headline) else (0, "")

    def _caps(self, article: dict[str, Any]) -> list[tuple]:
        end, headline = self._headline(article)
        return [(0, end, headline.upper())] if headline and headline != headline.upper() else []

    def _titlecase(self, article: dict[str, Any]) -> list[tuple]:
        end, headline = self._headline(article)
        new = re.sub(r"(?<![\w'’])[a-z]", lambda m: m.group().upper(), headline)
        return [(0, end, new)] if headline and new != headline else []

    def _straight(self, article: dict[str, Any]) -> list[tuple]:
        return [(m.start(), m.end(), '"') for m in re.finditer("[\u201c\u201d]", article["text"])]

    def _curly(self, article: dict[str, Any]) -> list[tuple]:
        text = article["text"]
        out = []
        for m in re.finditer('"', text):
            before = text[m.start() - 1:m.start()]
            opening = not before or before.isspace() or before in _OPENING
            out.append((m.start(), m.end(), "\u201c" if opening else "\u201d"))
        return out

    def _cue(self, article: dict[str, Any]) -> list[tuple]:
        out = []
        for quote in article["quotes"]:
            cue = quote.get("cue")
            if not cue or not quote.get("speaker"):
                continue
            if _PRONOUN_CUE.match(cue["text"]) and cue["text"].lower() != "katanya":
                out.append((cue["start"], cue["end"], self.random.choice(_PRONOUN_CUES)))
            elif (verb := _NAMED_VERB.match(cue["text"])) and cue["text"][verb.end() + 1:verb.end() + 2].isupper():
                out.append((cue["start"], cue["start"] + verb.end(), "kata"))
        return out

    def _order(self, article: dict[str, Any]) -> list[tuple]:
        text = article["text"]
        mentions = {(m["start"], m["end"]) for p in article["persons"] for m in p["mentions"]}
        quotes = [(q["start"], q["end"]) for q in article["quotes"]]
        out, used = [], set()
        for person in article["persons"]:
            for role in person["roles"]:
                ev = role.get("evidence")
                if not ev or not ev["start"] or (ev["start"], ev["end"]) in used:
                    continue
                start, end = ev["start"], ev["end"]
                if any(a < end and start < b for a, b in quotes) or text[end:end + 1] not in (",", " "):
                    continue
                name_last = next(((s, e) for s, e in mentions if e == end and text[s - 2:s] == ", "
                                  and s > start), None)
                name_first = next(((s, e) for s, e in mentions if s == start and text[e:e + 2] == ", "), None)
                others = [m for m in mentions if start <= m[0] and m[1] <= end]
                if len(others) != 1:
                    continue
                if name_last:  # "Ketua KPU X, Nama" -> "Nama, Ketua KPU X"
                    s, e = name_last
                    title, name = text[start:s - 2], text[s:e]
                    cut = s - 2 - start  # title length
                    def inner(o, cut=cut, name=len(name), lead=s - start):
                        return o - lead if o >= lead else (name + 2 + o if o < cut else name + 2 + cut)
                else:
                    if not name_first:
                        continue
                    s, e = name_first  # "Nama, Ketua KPU X" -> "Ketua KPU X, Nama"
                    name, title = text[s:e], text[e + 2:end]
                    tlen = len(title)
                    def inner(o, n=len(name), tlen=tlen):
                        return tlen + 2 + o if o <= n else (o - n - 2 if o >= n + 2 else tlen)
                if not _title_words(title):
                    continue
                # The characters either side are part of the replacement, so that spans at its ends move too.
                new = text[start - 1] + (f"{name}, {title}" if name_last else f"{title}, {name}") + text[end]
                out.append((start - 1, end + 1, new,
                            lambda o, inner=inner, n=end - start: 1 + inner(o - 1) if 1 <= o <= n + 1 else o))
                used.add((start, end))
        return _disjoint(out)

    def _dateline(self, article: dict[str, Any]) -> list[tuple]:
        text = article["text"]
        end, _ = self._headline(article)
        lead = end + len(text[end:]) - len(text[end:].lstrip())
        if lead >= len(text):
            return []
        spans = [(s, e) for s, e in _gold_spans(article)]
        match = _DATELINE.match(text[lead:])
        outlet = self.random.choice(_OUTLETS)
        if match:
            place = match.group(1)
            stop = lead + match.end()
            if any(a < stop and lead < b for a, b in spans):
                return []
            return [(lead, stop, outlet.format(PLACE=place.upper(), Place=place.title()))]
        if re.match(r"[A-Z]", text[lead:]) and not re.match(r"^\S+,\s", text[lead:]):
            place = self.random.choice(("Jakarta", "Semarang", "Makassar", "Jayapura", "Banda Aceh", "Surabaya"))
            return [_insert_before(text, lead, outlet.format(PLACE=place.upper(), Place=place))]
        return []

    def _degrees(self, article: dict[str, Any]) -> list[tuple]:
        text = article["text"]
        out = []
        for person in article["persons"]:
            full = [m for m in person["mentions"] if m["text"] == person["name"] and len(m["text"].split()) > 1]
            for mention in full[:1]:
                after = text[mention["end"]:mention["end"] + 12]
                if after[:1] in (",", " ", ")") and not self.degrees_after.match(after):
                    out.append((mention["end"], mention["end"], self.random.choice(_DEGREES)))
        return out

    def _honorifics(self, article: dict[str, Any]) -> list[tuple]:
        text = article["text"]
        out = []
        headline_end, _ = self._headline(article)
        for person in article["persons"]:
            for mention in person["mentions"]:
                start = mention["start"]
                if start < headline_end or _after_honorific(text, start) or text[:start].endswith(("\u201c", '"')):
                    continue
                if self.honorific_before.search(text[max(0, start - 20):start]):
                    continue
                out.append(_insert_before(text, start, self.random.choice(_HONORIFICS) + " "))
        return out

    def _bare(self, article: dict[str, Any]) -> list[tuple]:
        text = article["text"]
        out = []
        for person in article["persons"]:
            for mention in person["mentions"]:
                before = self.honorific_before.search(text[max(0, mention["start"] - 20):mention["start"]])
                if before:
                    out.append((mention["start"] - len(before.group()), mention["start"], ""))
                after = self.degrees_after.match(text[mention["end"]:mention["end"] + 60])
                if after:
                    out.append((mention["end"], mention["end"] + after.end(), ""))
        spans = _gold_spans(article, persons=False)
        return _disjoint([r for r in out if not any(a < r[1] and r[0] < b for a, b in spans if (a, b) != (r[0], r[1]))
                          or r[0] == r[1]])


def _title_words(title: str) -> bool:
    """Whether ``title`` reads as a bare office ("Kadiv Hukum dan Pengawasan KPU Blora"), not a clause ("selaku
    Ketua", "KPU Kota Kediri melalui Anggota"): capitalised words, acronyms and "dan" only."""
    words = title.replace(",", " ").split()
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() or w in ("dan", "se") for w in words)


def _insert_before(text: str, at: int, new: str) -> tuple[int, int, str]:
    """An insertion of ``new`` before offset ``at``, written as a replacement of the character before it so that
    a span starting at ``at`` moves after the insertion."""
    return (at - 1, at, text[at - 1] + new) if at else (0, 0, new)


def _lexicon_words(key: str) -> list[str]:
    import yaml

    return [str(w) for w in yaml.safe_load((REPO / "patterns" / "honorifics.yaml").read_text(encoding="utf-8"))[key]]


def _gold_spans(article: dict[str, Any], persons: bool = True) -> list[tuple[int, int]]:
    """Every gold span but role evidence (which may hold honorifics and degrees)."""
    spans = [(m["start"], m["end"]) for o in article["organizations"] for m in o["mentions"]]
    spans += [(d["start"], d["end"]) for d in article["dates"]]
    spans += [(q["start"], q["end"]) for q in article["quotes"]]
    if persons:
        spans += [(m["start"], m["end"]) for p in article["persons"] for m in p["mentions"]]
    return spans


def _disjoint(replacements: list[tuple]) -> list[tuple]:
    """The replacements that overlap none kept before them."""
    kept: list[tuple] = []
    for r in sorted(replacements, key=lambda r: (r[0], r[1])):
        if not any(k[0] < r[1] and r[0] < k[1] or (k[0], k[1]) == (r[0], r[1]) for k in kept):
            kept.append(r)
    return kept


def style_check(extractor, gold: list[dict[str, Any]], pages: dict[str, tuple[str, dict]], styles: list[str],
                seed: int, errors: bool, dump: str | None) -> None:
    """Prints, per style, persons, roles, quotes and speakers on the restyled articles: original beside restyled."""
    for style in styles:
        styler = Styler(seed)
        new_gold, new_pages = rewrite_pages(gold, pages, lambda a: styler.rewrite(a, style))
        kept = {a["id"] for a in new_gold if a.pop("styled")}
        if not kept:
            print(f"\n== style {style}: no article changed")
            continue
        styled = [a for a in new_gold if a["id"] in kept]
        original = score(extractor, gold, pages, STYLE_FIELDS, kept)
        rewritten = score(extractor, new_gold, new_pages, STYLE_FIELDS, kept)
        print(f"\n== style {style} (seed {seed}, {len(kept)} articles changed): original | restyled | F1 change")
        _compare(STYLE_FIELDS, original, rewritten, 22, STYLE_FIELDS if errors else [], {})
        if dump:
            _dump(styled, dump)


def score(extractor, gold: list[dict[str, Any]], pages: dict[str, tuple[str, dict]], fields: list[str] = FIELDS,
          only: set[str] | None = None):
    """The evaluator's scores of the extractor on ``gold``'s pages, counted on the gold articles whose id is in
    ``only`` (all when None), as ``kpu-extract evaluate`` counts them in a run over every gold article.

    The pages are extracted whole, so their other articles are predicted too. Predictions are aligned with every
    gold article of the pages first (source and headline, numbered in page order as the evaluator does); only
    then are the pairs of the chosen articles kept, with any prediction aligned with no gold article whose page
    span overlaps a chosen one. Scoring the chosen gold articles against every prediction of their pages instead
    would count the other articles' correct persons and quotes as spurious."""
    from kpu_extract.evaluation.score import align, evaluate, restrict
    from kpu_extract.records import Article

    ids = sorted({a["source_id"] for a in gold})
    predicted = [a for articles in extractor.extract_pages([(i, *pages[i]) for i in ids]) for a in articles]
    every = [Article.from_dict(a) for a in gold]
    if only is None:
        return restrict(evaluate(every, predicted), fields)
    chosen = [g for g in every if g.id in only]
    kept = [p for g, p in align(every, predicted) if p is not None and (g.id in only if g is not None
                                                                         else _overlaps_chosen(p, chosen))]
    return restrict(evaluate(chosen, kept), fields)


def _overlaps_chosen(predicted, chosen: list) -> bool:
    """Whether an unaligned predicted article lies on a chosen gold article's page text."""
    span = predicted.page_span
    return span is not None and any(
        g.source_id == predicted.source_id and g.page_span is not None
        and g.page_span.start < span.end and span.start < g.page_span.end for g in chosen)


def _compare(fields: list[str], original, rewritten, width: int, error_fields: list[str],
             totals: dict[str, list[float]]) -> None:
    """Prints the fields' scores on the untouched and the rewritten articles side by side, the rewritten run's
    missed and spurious items of ``error_fields``, and adds each rewritten F1 to ``totals``."""
    header = f"{'field':{width}s} {'gold':>5s} {'pred':>5s} {'tp':>5s} {'P':>6s} {'R':>6s} {'F1':>6s}"
    print(f"{header}   {header[width + 1:]}")
    for name in fields:
        print(_row(name, original.fields[name], rewritten.fields[name], width))
        totals.setdefault(name, []).append(rewritten.fields[name].f1)
    for name in error_fields:
        for label, items in (("missed", rewritten.fields[name].missed), ("spurious", rewritten.fields[name].spurious)):
            for item in items:
                print(f"  {name} {label}: {item.article_id}: {_show(item.key)} | {item.context[:160]}")


def _print_means(runs: str, totals: dict[str, list[float]], width: int, original=None) -> None:
    """Each field's mean F1 over the runs, after the untouched articles' F1 when all runs share them."""
    print(f"\n== mean F1 over the {runs} runs")
    for name, values in totals.items():
        before = f"{original.fields[name].f1:6.3f} " if original is not None else ""
        print(f"{name:{width}s} {before}-> {sum(values) / len(values):6.3f}")


def _dump(articles: list[dict[str, Any]], path: str) -> None:
    """Writes rewritten gold articles as JSON Lines, to look at or to score again."""
    Path(path).write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")


def _row(name: str, before, after, width: int = 22) -> str:
    """One field's line: gold, predicted, true positives, P, R, F1 before, the same after, and the F1 change."""
    def cells(s) -> str:
        return f"{s.gold:5d} {s.predicted:5d} {s.true_positives:5d} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"
    return f"{name:{width}s} {cells(before)}   {cells(after)}   {after.f1 - before.f1:+.3f}"


def rename_persons(extractor, gold: list[dict[str, Any]], pages: dict[str, tuple[str, dict]], traditions: list[str],
                   seed: int, corpus_text: str, errors: bool, dump: str | None) -> None:
    """Prints, per naming tradition, the person fields on the articles with every person renamed: original beside
    rewritten, then the mean over the traditions."""
    original = score(extractor, gold, pages)
    totals: dict[str, list[float]] = {}
    for tradition in traditions:
        renamer = Renamer(seed, corpus_text)
        choose = (lambda: renamer.random.choice(list(TRADITIONS))) if tradition == "mixed" else (lambda t=tradition: t)
        new_gold, new_pages = rewrite_pages(gold, pages, lambda a: rewrite_article(a, renamer, choose))
        rewritten = score(extractor, new_gold, new_pages)
        print(f"\n== {tradition} (seed {seed}): original | rewritten | F1 change")
        _compare(FIELDS, original, rewritten, 22, FIELDS[2:] if errors else [], totals)
        if dump:
            _dump(new_gold, dump)
    if len(traditions) > 1:
        _print_means("rewritten", totals, 22, original)


def main(argv: list[str] | None = None) -> int:
    """Reads the options, the corpus and dev gold, and runs the renaming or the region swap."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=str(REPO / "gold" / "dev.jsonl"))
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tradition", default="all", help="all (each in turn, then mixed), mixed, or one of: "
                        + ", ".join(TRADITIONS))
    parser.add_argument("--errors", action="store_true", help="print the missed and spurious items (dev only)")
    parser.add_argument("--regions", nargs="?", const="all", help="swap Central Java regions for another province "
                        "group's instead of renaming persons: all (each group in turn) or one of: " + ", ".join(REGION_GROUPS))
    parser.add_argument("--style", nargs="?", const="all", help="rewrite the writing style instead of renaming "
                        "persons: all (each in turn) or one of: " + ", ".join(STYLES))
    parser.add_argument("--dump", help="write the rewritten gold articles of the last tradition to this JSON Lines file")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    from kpu_extract import Extractor
    from kpu_extract.evaluation.gold import load_pages

    corpus = Path(args.corpus)
    if not (corpus / "pages.jsonl").exists():
        corpus = Path("/work/shared/corpus")
    pages = load_pages(corpus)
    corpus_text = "\n".join(text for text, _ in pages.values())
    gold = [json.loads(line) for line in Path(args.gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    extractor = Extractor(parser="rules")
    if args.style:
        styles = list(STYLES) if args.style == "all" else args.style.split(",")
        style_check(extractor, gold, pages, styles, args.seed, args.errors, args.dump)
        return 0
    if args.regions:
        groups = list(REGION_GROUPS) if args.regions == "all" else [args.regions]
        region_swap(extractor, gold, pages, groups, args.seed, args.errors, args.dump)
        return 0
    traditions = [*TRADITIONS, "mixed"] if args.tradition == "all" else [args.tradition]
    rename_persons(extractor, gold, pages, traditions, args.seed, corpus_text, args.errors, args.dump)
    return 0


def _show(key) -> str:
    """An evaluation key as the evaluator prints it."""
    from kpu_extract.evaluation.score import show_key
    return show_key(key)


if __name__ == "__main__":
    sys.exit(main())
