"""Load the language data in ``patterns/`` into typed, validated lexicons.

The YAML files are the library's language data, as spaCy's ``lang/<code>/``
files are: users extend them without touching Python. They are looked up in
``$KPU_EXTRACT_PATTERNS``, then inside the installed package, then beside the
source tree. Loading validates them: unique ids, and no spelling mapped to two
canonical forms.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml


def alternation(words) -> str:
    """A regex alternation of literal words, longest first, so the longest spelling wins."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def active_verb(lexicons: Lexicons) -> str:
    """A regex of an active verb: a prefix of speech.yaml ``active_verb_prefixes`` and three lower-case letters or
    more ("memaparkan", "berkoordinasi"). With no prefixes listed it is any lower-case word: callers check the list."""
    return rf"(?:{alternation(lexicons.active_verb_prefixes)})\p{{Ll}}{{3,}}"


class PatternError(ValueError):
    """A pattern file is missing, malformed, or contradicts itself."""


@dataclass(frozen=True, slots=True)
class TitleEntry:
    id: str
    canonical: str
    spellings: tuple[str, ...]
    organization_prefix: str | None = None
    division: str | None = None  # the unit a glued office abbreviation names itself ("Kasatreskrim": Reskrim)


@dataclass(frozen=True, slots=True)
class SpellingEntry:
    """A canonical value with its written forms (acting prefixes, weekdays, months, bodies, levels)."""

    id: str
    canonical: str
    spellings: tuple[str, ...]
    number: int | None = None
    national_only: bool = False


@dataclass(frozen=True, slots=True)
class DivisionAbbreviation:
    id: str
    abbreviation: str
    expansion: str


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    id: str
    after: tuple[str, ...]
    before: tuple[str, ...]
    stem: str | None = None
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class NasalRule:
    """How meN- is written before a base's first letters (sampai -> menyampaikan: meny-, the s drops)."""

    id: str
    initials: tuple[str, ...]
    prefix: str
    drops: bool = False
    keep: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Morphology:
    """The verb affixes of morphology.yaml: meN- by the nasal rules, di-, ber-, -nya and the verb suffixes."""

    nasal: tuple[NasalRule, ...] = ()
    default_nasal: str = "me"
    passive: str = "di"
    stative: str = "ber"
    pronoun: str = "nya"
    suffixes: tuple[str, ...] = ("kan", "i")


@dataclass(frozen=True, slots=True)
class VerbForms:
    """The regular written forms of one verb: meN-base, di-base, di-base-nya of its base, ber-stem and stem-nya."""

    base: str
    active: str
    passive: str
    passive_pronoun: str
    stative: str
    stem_pronoun: str


def verb_forms(stem: str, suffix: str, morphology: Morphology) -> VerbForms:
    """The regular forms of a stem with its suffix (sampai + kan: menyampaikan, disampaikan, disampaikannya,
    bersampai, sampainya), meN- written by the first nasal rule whose initials start the base."""
    base = stem + suffix
    low = base.casefold()
    active = morphology.default_nasal + base
    for rule in morphology.nasal:
        initial = next((i for i in rule.initials if low.startswith(i)), None)
        if initial is not None:
            rest = base[len(initial):]
            drop = rule.drops and rest[:1].casefold() in "aeiou" and not low.startswith(rule.keep)
            active = rule.prefix + (rest if drop else base)
            break
    return VerbForms(base, active, morphology.passive + base, morphology.passive + base + morphology.pronoun,
                     morphology.stative + stem, stem + morphology.pronoun)


@dataclass(frozen=True, slots=True)
class EventTypeEntry:
    id: str
    type: str
    triggers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventObjectEntry:
    """Words naming what an activity works on ("pasangan calon"): they type the event only in one phrase after a
    trigger of a type in ``over`` ("menetapkan tiga pasangan calon"), and not with a word of ``not_followed_by`` after
    them in that phrase ("pasangan calon terpilih")."""

    id: str
    type: str
    over: tuple[str, ...]
    triggers: tuple[str, ...]
    not_followed_by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventCueList:
    """Words that cue one slot of an event (organizer, participants, place, name, theme, ...), under one rule id."""

    id: str
    slot: str
    cues: tuple[str, ...]


EVENT_CUE_SLOTS = ("organizer", "host_verb", "activity_verb", "attendance", "participant_list", "participant_verb",
                   "clause_opener", "location", "place_determiner", "destination", "place_stop", "name", "theme",
                   "theme_stop", "audience", "group", "audience_stop", "future", "planned", "ongoing", "background",
                   "polling_station", "polling_proposed", "upper_bound", "date_pointer", "comma_pointer",
                   "election_word", "held_verb", "not_held", "held_later", "election_stage", "voting_cue",
                   "award_word", "award_before", "award_gap_stop", "award_after",
                   "sentence_list", "division_head", "body_name", "trigger_link", "member_of", "member_office",
                   "trigger_object", "activity_noun", "received", "visitor", "speaker", "rakor", "rakor_group",
                   "name_election", "hierarchy", "staff_matter", "attended", "statement_setting", "setting_preposition",
                   "present_verb", "relative", "relative_member", "topic_verb", "act_noun_ending", "work_name",
                   "speaker_list", "duty", "appeal", "appeal_adverb", "former", "time_reference", "host_venue",
                   "group_recap", "recap_link", "replaced", "earlier", "figure", "rakor_partner", "rakor_with",
                   "opener", "met_with",
                   "figurative_place", "interviewed", "no_place", "hearing", "legislature", "letter_number",
                   "letter_date_word", "learners", "joined", "told_reporters", "whole_country", "adoption",
                   "issued_document", "completed_state", "reference", "launch", "followed_from", "subject_adverb",
                   "goods", "district_count", "district_scale", "district_noun", "district_preposition",
                   "district_carried_to", "distribution", "district_aside", "document_issuer", "overseer",
                   "visited_office", "staff_forum", "staff_audience", "speaker_gap_stop", "chair", "welcome",
                   "party_group", "roster_opener", "roster_stop", "regional_office", "regional_government",
                   "witness", "regional_kabupaten", "regional_kota", "regional_provinsi",
                   "oversight", "oversight_stop")


@dataclass(frozen=True, slots=True)
class OrganizationHeads:
    id: str
    heads: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LinePattern:
    id: str
    regex: str
    effect: str | None = None  # furniture only: what else the line does (FURNITURE_EFFECTS)


FURNITURE_EFFECTS = ("inline", "teaser_label", "page_end", "stamp", "post_end")


def _furniture_effect(item: dict, at: str) -> str | None:
    """A furniture pattern's ``effect``, one of FURNITURE_EFFECTS or none (furniture between articles)."""
    effect = item.get("effect")
    if effect is not None and effect not in FURNITURE_EFFECTS:
        raise PatternError(f"{at}: effect {effect!r} is not one of {', '.join(FURNITURE_EFFECTS)}")
    return effect


@dataclass(frozen=True, slots=True)
class OfficeGroup:
    """Canonical titles that name one office (speech.yaml same_office): "Ketua Divisi" and "Anggota"."""

    id: str
    titles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ParseNameCue:
    """How a parsed Doc (Stanza mode) shows a name the lexicon cues miss: a run of ``name_tags`` words joined to its
    first word by ``join_relations``, whose first word is in a ``subject_relations`` relation to a ``verb_tags``
    word written in lower case ("... dan M Fauzan menyambangi Kantor DPC")."""

    id: str
    name_tags: tuple[str, ...]
    join_relations: tuple[str, ...]
    subject_relations: tuple[str, ...]
    verb_tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AbbreviationList:
    """Abbreviations after whose period a sentence does not end (abbreviations.yaml)."""

    id: str
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NameWord:
    """One word of a name with the ways news writes it (link.yaml), for comparing names across articles."""

    id: str
    canonical: str
    spellings: tuple[str, ...]
    droppable: bool = False  # news often leaves the word out ("Moh. Zaenal Arifin", "Zaenal Arifin")


@dataclass(frozen=True, slots=True)
class LetterVariant:
    """Letters a name word is written with either way (link.yaml): swapped anywhere, as the last letter, or silent."""

    id: str
    letters: tuple[str, ...]
    at: str


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Everything in ``patterns/``, typed."""

    directory: Path
    titles: tuple[TitleEntry, ...]
    acting_prefixes: tuple[SpellingEntry, ...]
    former_markers: tuple[str, ...]
    division_abbreviations: tuple[DivisionAbbreviation, ...]
    division_whole_names: dict[str, str]
    division_vocabulary: frozenset[str]
    honorifics: tuple[str, ...]
    ranks: tuple[str, ...]
    degrees: tuple[str, ...]
    speech_verbs: tuple[SpeechVerb, ...]
    speech_pronouns: tuple[str, ...]
    subject_pronouns: tuple[str, ...]  # a sentence's subject that points back to the one speaking: "Dirinya mengaku"
    speech_prepositions: tuple[str, ...]
    weekdays: tuple[SpellingEntry, ...]
    months: tuple[SpellingEntry, ...]
    trailing_relative: tuple[str, ...]
    range_connectors: tuple[str, ...]
    date_words: tuple[str, ...]
    time_zones: tuple[str, ...]
    clause_ends: tuple[str, ...]
    term_cues: tuple[str, ...]
    anaphora: tuple[str, ...]
    event_types: tuple[EventTypeEntry, ...]
    event_fallback: EventTypeEntry
    mode_online: tuple[str, ...]
    mode_offline_place: tuple[str, ...]
    organizer_cues: tuple[str, ...]
    participant_cues: tuple[str, ...]
    host_verbs: tuple[str, ...]
    location_cues: tuple[str, ...]
    name_cues: tuple[str, ...]
    furniture: tuple[LinePattern, ...]
    datelines: tuple[LinePattern, ...]
    captions: tuple[LinePattern, ...]
    article_ends: tuple[LinePattern, ...]
    sentence_openers: tuple[LinePattern, ...]
    fragment_max_words: int
    caption_max_words: int
    headline_max_words: int
    headline_max_chars: int
    headline_final_punctuation: str
    listing_body_blocks: int
    listing_sentence_case_max_words: int
    section_label_max_words: int
    cut_sentence_end_words: frozenset[str]
    cut_sentence_min_commas: int
    greetings: tuple[str, ...]
    election_bodies: tuple[SpellingEntry, ...]
    levels: tuple[SpellingEntry, ...]
    national_markers: tuple[str, ...]
    national_name_ends: tuple[str, ...]
    region_aliases: dict[str, str]
    organization_heads: tuple[OrganizationHeads, ...]
    standalone_organizations: tuple[str, ...]
    organization_name_stopwords: frozenset[str]
    not_name_words: frozenset[str] = field(default_factory=frozenset)
    not_first_name_words: frozenset[str] = field(default_factory=frozenset)
    unit_names: frozenset[str] = field(default_factory=frozenset)
    morphology: Morphology = field(default_factory=Morphology)
    indirect_connectors: tuple[str, ...] = ()
    speech_noun_phrases: tuple[str, ...] = ()
    object_markers: tuple[str, ...] = ()
    name_conjunctions: tuple[str, ...] = ()
    street_words: tuple[str, ...] = ()
    past_office_markers: tuple[str, ...] = ()
    active_verb_prefixes: tuple[str, ...] = ()
    not_verbs: tuple[str, ...] = ()
    speech_indefinites: tuple[str, ...] = ()
    title_cue_generic_words: tuple[str, ...] = ()
    same_office: tuple[OfficeGroup, ...] = ()
    date_list_connectors: tuple[str, ...] = ()
    range_day_words: tuple[str, ...] = ()
    month_words: tuple[str, ...] = ()
    stamp_labels: tuple[str, ...] = ()
    stamp_bylines: tuple[str, ...] = ()
    event_verbs: tuple[EventTypeEntry, ...] = ()
    event_cues: tuple[EventCueList, ...] = ()
    event_objects: tuple[EventObjectEntry, ...] = ()
    mode_hybrid: tuple[str, ...] = ()
    abbreviations: tuple[AbbreviationList, ...] = ()
    link_name_words: tuple[NameWord, ...] = ()
    letter_variants: tuple[LetterVariant, ...] = ()
    organization_not_before: tuple[str, ...] = ()
    organization_generic_words: tuple[str, ...] = ()
    organization_activity_names: tuple[str, ...] = ()
    serving_teams: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    outlet_cues: tuple[str, ...] = ()
    outlet_words: tuple[str, ...] = ()
    interview_outlet_words: tuple[str, ...] = ()
    interview_outlet_cues: tuple[str, ...] = ()
    web_domains: tuple[str, ...] = ()
    bare_body_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    council_short_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    regulation_titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    organization_name_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a head of name_words alone_unit_heads, then the first words of bodies of its kind (name_words alone_kinds)
    organization_alone_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # spellings of one ad hoc body's head, each compared as the first ("Panwascam" as "Panwaslu Kecamatan")
    organization_same_heads: tuple[tuple[str, ...], ...] = ()
    leveled_bodies: tuple[SpellingEntry, ...] = ()
    name_after_cues: tuple[str, ...] = ()
    name_org_links: tuple[str, ...] = ()
    name_before_cues: tuple[str, ...] = ()
    body_stop_words: frozenset[str] = field(default_factory=frozenset)
    title_division_ids: frozenset[str] = field(default_factory=frozenset)
    event_topic_heads: tuple[str, ...] = ()
    event_held_acts: tuple[str, ...] = ()  # types of an act held as a plain gathering ("rapat rekapitulasi DPS")
    name_list_cues: tuple[str, ...] = ()
    member_list_cues: tuple[str, ...] = ()  # words opening a list of an election body's members
    nickname_cues: tuple[str, ...] = ()
    nickname_after_cues: tuple[str, ...] = ()
    place_levels: tuple[str, ...] = ()
    region_place_levels: tuple[str, ...] = ()
    title_words_in_names: frozenset[str] = field(default_factory=frozenset)
    cut_words: tuple[str, ...] = ()
    apposition_cues: tuple[str, ...] = ()
    subject_adverbs: tuple[str, ...] = ()
    thing_verbs: tuple[str, ...] = ()
    familiar_honorifics: tuple[str, ...] = ()
    subject_verbs: tuple[str, ...] = ()
    one_word_name_ends: tuple[str, ...] = ()
    through_cues: tuple[str, ...] = ()
    subject_openers: tuple[str, ...] = ()
    name_list_offices: tuple[str, ...] = ()
    title_place_ids: frozenset[str] = field(default_factory=frozenset)
    title_listed_ids: frozenset[str] = field(default_factory=frozenset)  # titles several hold: names listed after
    title_unit_ids: frozenset[str] = field(default_factory=frozenset)  # heads of a unit: its name, a comma, the holder
    title_as_written_ids: frozenset[str] = field(default_factory=frozenset)  # the title as written, capitalised
    title_bodied_ids: frozenset[str] = field(default_factory=frozenset)  # an office only with its body after it
    title_member_ids: frozenset[str] = field(default_factory=frozenset)  # members' offices: a members list's body
    common_first_name_words: frozenset[str] = field(default_factory=frozenset)
    balinese_name_words: tuple[str, ...] = ()  # as written ("Gde", "Nym"): a name pattern matches them by case
    balinese_name_openers: tuple[str, ...] = ()
    shortened_name_words: frozenset[str] = field(default_factory=frozenset)
    child_nouns: tuple[str, ...] = ()  # words for a child before a name with a one-digit age
    division_joins: tuple[str, ...] = ()  # words joining the divisions of a list ("dan", "&")
    candidate_number_cues: tuple[str, ...] = ()
    pair_cues: tuple[str, ...] = ()
    number_words: tuple[str, ...] = ()
    parse_names: tuple[ParseNameCue, ...] = ()
    division_clauses: tuple[str, ...] = ()
    term_meaning_words: tuple[str, ...] = ()
    faction_links: tuple[str, ...] = ()
    list_intros: tuple[str, ...] = ()
    second_office_titles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    short_bodies: dict[str, str] = field(default_factory=dict)

    def event_cue_words(self, slot: str) -> tuple[str, ...]:
        """Every cue of one event slot, over all its lists."""
        return tuple(c for entry in self.event_cues if entry.slot == slot for c in entry.cues)


def patterns_directory(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where the pattern files are: an explicit path, ``$KPU_EXTRACT_PATTERNS``, the package, the source tree."""
    candidates = [explicit, os.environ.get("KPU_EXTRACT_PATTERNS"),
                  Path(__file__).parent / "patterns", Path(__file__).parent.parent / "patterns"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "titles.yaml").is_file():
            return Path(candidate)
    raise PatternError("no patterns directory found (looked in $KPU_EXTRACT_PATTERNS, the package and the source tree)")


def _read(directory: Path, name: str) -> dict[str, Any]:
    path = directory / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PatternError(f"{path}: missing pattern file") from exc
    except yaml.YAMLError as exc:
        raise PatternError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise PatternError(f"{path}: expected a mapping at the top level")
    return data


def _strings(value: Any, where: str) -> tuple[str, ...]:
    """A list of words; YAML reads a bare No, Yes, On or Off as a boolean, so those are rejected with the fix."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int)) for v in value):
        raise PatternError(f"{where}: expected a list of strings")
    if any(isinstance(v, bool) for v in value):
        raise PatternError(f"{where}: a word read as true/false: write No, Yes, On or Off in quotes")
    return tuple(str(v) for v in value)


BARE_BODY_CUES = ("acting_after", "purpose_after", "before", "apposition_before", "generic_before", "generic_after",
                  "generic_place_before", "generic_places", "purpose_adverbs")
COUNCIL_SHORT_FORM_LISTS = ("short_forms", "after_office", "offices", "list_before", "list_joining", "list_tiers")
REGULATION_TITLE_LISTS = ("regulations", "topic", "joining")
SECOND_OFFICE_TITLE_LISTS = ("capitalised", "lower_case")
ORGANIZATION_NAME_WORDS = ("joining", "person_prefixes", "after_party", "holding_heads", "school_types",
                           "state_school_words", "agency_words", "acronym_heads", "lower_case_heads",
                           "acronym_offices", "same_heads", "unit_heads", "adhoc_levels", "directions",
                           "district_words", "adhoc_district_heads", "adhoc_village_heads", "served_heads",
                           "alone_unit_heads", "lower_case_alone", "parent_unit_heads", "class_names",
                           "national_secretariats", "grade_words", "whole_word_endings",
                           "composition_of", "composition_in", "race_words", "area_words",
                           "document_words", "race_committees", "venue_heads", "venue_words", "venue_marks")


def _cue_lists(value: Any, where: str, validator: _Validator, keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """A mapping with an ``id`` and named lists of cue words (``bare_body``: where a bare "KPU" is one body), each
    name one of ``keys``: a misspelt name would leave its list unread."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PatternError(f"{where}: expected a mapping")
    validator.entry_id(value, where)
    unknown = sorted(str(key) for key in value if key != "id" and key not in keys)
    if unknown:
        raise PatternError(f"{where}: unknown list {', '.join(unknown)} (expected {', '.join(keys)})")
    return {str(key): _strings(words, f"{where} {key}") for key, words in value.items() if key != "id"}


def _leveled_bodies(items: Any, bodies: tuple[SpellingEntry, ...], levels: tuple[SpellingEntry, ...],
                    validator: _Validator) -> tuple[SpellingEntry, ...]:
    """organizations.yaml ``leveled_bodies``: spellings that carry a level ("Panwaskab"), each entry's ``name`` one
    election body and one level of the same file ("Panwas Kabupaten")."""
    entries = _spelling_entries(items, "organizations.yaml leveled_bodies", validator, "body", "name")
    known_bodies, known_levels = {b.canonical for b in bodies}, {e.canonical for e in levels}
    for entry in entries:
        body, _, level = entry.canonical.partition(" ")
        if body not in known_bodies or level not in known_levels:
            raise PatternError(f"organizations.yaml leveled_bodies {entry.id}: {entry.canonical!r} is no election body "
                               f"followed by a level")
    return entries


class _Validator:
    """Collects ids and spellings across files to reject duplicates and contradictions."""

    def __init__(self) -> None:
        self.ids: set[str] = set()
        self.spellings: dict[tuple[str, str], str] = {}

    def entry_id(self, entry: dict[str, Any], where: str) -> str:
        pattern_id = entry.get("id")
        if not isinstance(pattern_id, str) or not pattern_id:
            raise PatternError(f"{where}: every pattern needs a string `id`")
        if pattern_id in self.ids:
            raise PatternError(f"{where}: duplicate pattern id {pattern_id!r}")
        self.ids.add(pattern_id)
        return pattern_id

    def trigger(self, written: str, event_type: str, where: str) -> None:
        """A trigger is words: it begins and ends with a letter or digit, as the trigger patterns' word guards and
        the event finder's reading of a stretch from the article's scan assume."""
        if not (written[:1].isalnum() and written[-1:].isalnum()):
            raise PatternError(f"{where}: trigger {written!r} must begin and end with a letter or digit")
        self.spelling("trigger", written, event_type, where)

    def spelling(self, namespace: str, written: str, canonical: str, where: str) -> None:
        key = (namespace, written.casefold())
        previous = self.spellings.setdefault(key, canonical)
        if previous != canonical:
            raise PatternError(f"{where}: {written!r} maps to both {previous!r} and {canonical!r}")


def _spelling_entries(items: Any, where: str, validator: _Validator, namespace: str,
                      canonical_key: str, number_key: str | None = None) -> tuple[SpellingEntry, ...]:
    out = []
    for index, item in enumerate(items or []):
        at = f"{where}[{index}]"
        pattern_id = validator.entry_id(item, at)
        canonical = str(item.get(canonical_key, ""))
        if not canonical:
            raise PatternError(f"{at}: missing `{canonical_key}`")
        spellings = _strings(item.get("spellings"), at)
        for written in spellings:
            validator.spelling(namespace, written, canonical, at)
        number = item.get(number_key) if number_key else None
        out.append(SpellingEntry(pattern_id, canonical, spellings, number, bool(item.get("national_only"))))
    return tuple(out)


def _office_groups(items: Any, titles: tuple[TitleEntry, ...], validator: _Validator) -> tuple[OfficeGroup, ...]:
    """speech.yaml same_office: groups of two or more canonical titles of titles.yaml, no title in two groups."""
    canonical = {t.canonical for t in titles}
    grouped: set[str] = set()
    out = []
    for index, item in enumerate(items or []):
        at = f"speech.yaml same_office[{index}]"
        group = OfficeGroup(validator.entry_id(item, at), _strings(item.get("titles"), at))
        if len(set(group.titles)) < 2:
            raise PatternError(f"{at}: expected two or more titles")
        for title in group.titles:
            if title not in canonical:
                raise PatternError(f"{at}: {title!r} is no canonical title of titles.yaml")
            if title in grouped:
                raise PatternError(f"{at}: {title!r} is already in another group")
        grouped.update(group.titles)
        out.append(group)
    return tuple(out)


_Part = dict[str, Any]
"""Some fields of Lexicons, read from one pattern file."""


@lru_cache(maxsize=8)
def load_lexicons(directory: str | os.PathLike[str] | None = None) -> Lexicons:
    """Read and validate every pattern file once per directory, one loader per file; the order is fixed, since the
    shared validator reports a duplicate id or spelling where it meets it second."""
    root = patterns_directory(directory)
    validator = _Validator()
    titles = _titles_part(_read(root, "titles.yaml"), validator)
    divisions = _divisions_part(_read(root, "divisions.yaml"), validator)
    honorifics = _honorifics_part(_read(root, "honorifics.yaml"))
    morphology = _morphology(_read(root, "morphology.yaml"), validator)
    speech = _speech_part(_read(root, "speech.yaml"), morphology, titles["titles"], validator)
    calendar = _calendar_part(_read(root, "calendar.yaml"), validator)
    events = _events_part(_read(root, "events.yaml"), morphology, validator)
    furniture = _furniture_part(_read(root, "furniture.yaml"), validator)
    segmentation = _segmentation_part(_read(root, "segmentation.yaml"), validator)
    organizations = _organizations_part(_read(root, "organizations.yaml"), validator)
    names = _names_part(_read(root, "names.yaml"), validator)
    abbreviations = _abbreviations_part(root, validator)
    link = _link_part(root, validator)
    return Lexicons(directory=root, morphology=morphology, **titles, **divisions, **honorifics, **speech, **calendar,
                    **events, **furniture, **segmentation, **organizations, **names, **abbreviations, **link)


def _titles_part(titles_file: dict[str, Any], validator: _Validator) -> _Part:
    """titles.yaml: the titles with their spellings, acting prefixes, former markers and short body names."""
    titles = []
    for index, item in enumerate(titles_file.get("patterns", [])):
        at = f"titles.yaml patterns[{index}]"
        pattern_id = validator.entry_id(item, at)
        spellings = _strings(item.get("spellings"), at)
        canonical = str(item["canonical"])
        prefix = item.get("organization_prefix")
        division = item.get("division")
        for written in spellings:
            validator.spelling("title", written, f"{canonical}|{prefix}|{division}", at)
        titles.append(TitleEntry(pattern_id, canonical, spellings, prefix, None if division is None else str(division)))
    acting = _spelling_entries(titles_file.get("acting_prefixes"), "titles.yaml acting_prefixes",
                               validator, "acting", "canonical")
    return dict(
        titles=tuple(titles),
        acting_prefixes=acting,
        former_markers=_strings(titles_file.get("former_markers"), "titles.yaml former_markers"),
        past_office_markers=_strings(titles_file.get("past_office_markers"), "titles.yaml past_office_markers"),
        title_division_ids=frozenset(t.id for t, item in zip(titles, titles_file.get("patterns", []))
                                     if item.get("divisions", True)),
        title_place_ids=frozenset(t.id for t, item in zip(titles, titles_file.get("patterns", []))
                                  if item.get("place", False)),
        title_listed_ids=frozenset(t.id for t, item in zip(titles, titles_file.get("patterns", []))
                                   if item.get("listed", False)),
        title_unit_ids=frozenset(t.id for t, item in zip(titles, titles_file.get("patterns", []))
                                 if item.get("unit", False)),
        title_as_written_ids=frozenset(t.id for t, item in zip(titles, titles_file.get("patterns", []))
                                       if item.get("as_written", False)),
        title_bodied_ids=frozenset(t.id for t, item in zip(titles, titles_file.get("patterns", []))
                                   if item.get("bodied", False)),
        title_member_ids=frozenset(t.id for t, item in zip(titles, titles_file.get("patterns", []))
                                   if item.get("member", False)),
        division_clauses=_strings(titles_file.get("division_clauses"), "titles.yaml division_clauses"),
        faction_links=_strings(titles_file.get("faction_links"), "titles.yaml faction_links"),
        list_intros=_strings(titles_file.get("list_intros"), "titles.yaml list_intros"),
        second_office_titles=_cue_lists(titles_file.get("second_office_titles"), "titles.yaml second_office_titles",
                                        validator, SECOND_OFFICE_TITLE_LISTS),
        short_bodies=_short_bodies(titles_file.get("short_bodies"), validator),
    )


def _divisions_part(divisions_file: dict[str, Any], validator: _Validator) -> _Part:
    """divisions.yaml: division abbreviations with their expansions, whole names and the division vocabulary."""
    abbreviations = []
    for index, item in enumerate(divisions_file.get("patterns", [])):
        at = f"divisions.yaml patterns[{index}]"
        pattern_id = validator.entry_id(item, at)
        validator.spelling("division", str(item["abbreviation"]), str(item["expansion"]), at)
        abbreviations.append(DivisionAbbreviation(pattern_id, str(item["abbreviation"]), str(item["expansion"])))
    whole_names = {}
    for index, item in enumerate(divisions_file.get("whole_names", [])):
        validator.entry_id(item, f"divisions.yaml whole_names[{index}]")
        whole_names[str(item["written"])] = str(item["expansion"])
    return dict(
        division_abbreviations=tuple(abbreviations),
        division_whole_names=whole_names,
        division_vocabulary=frozenset(_strings(divisions_file.get("vocabulary"), "divisions.yaml vocabulary")),
        division_joins=_strings(divisions_file.get("joins"), "divisions.yaml joins"),
    )


def _honorifics_part(honorifics_file: dict[str, Any]) -> _Part:
    """honorifics.yaml: honorifics, ranks, degrees and the familiar honorifics."""
    return dict(
        honorifics=_strings(honorifics_file.get("honorifics"), "honorifics.yaml honorifics"),
        ranks=_strings(honorifics_file.get("ranks"), "honorifics.yaml ranks"),
        degrees=_strings(honorifics_file.get("degrees"), "honorifics.yaml degrees"),
        familiar_honorifics=_strings(honorifics_file.get("familiar_honorifics"), "honorifics.yaml familiar_honorifics"),
    )


def _speech_part(speech_file: dict[str, Any], morphology: Morphology, titles: tuple[TitleEntry, ...],
                 validator: _Validator) -> _Part:
    """speech.yaml: the speech verbs (their suffixes those of morphology.yaml), the cue lists and the groups of titles
    of one office (titles of titles.yaml)."""
    speech = []
    for index, item in enumerate(speech_file.get("patterns", [])):
        at = f"speech.yaml patterns[{index}]"
        pattern_id = validator.entry_id(item, at)
        suffix = str(item.get("suffix") or "")
        if suffix and suffix not in morphology.suffixes:
            raise PatternError(f"{at}: suffix {suffix!r} is not one of morphology.yaml suffixes")
        if suffix and not item.get("stem"):
            raise PatternError(f"{at}: a suffix needs a `stem`")
        speech.append(SpeechVerb(pattern_id, _strings(item.get("after"), at), _strings(item.get("before"), at),
                                 str(item["stem"]) if item.get("stem") else None, suffix))
    return dict(
        speech_verbs=tuple(speech),
        speech_pronouns=_strings(speech_file.get("pronouns"), "speech.yaml pronouns"),
        subject_pronouns=_strings(speech_file.get("subject_pronouns"), "speech.yaml subject_pronouns"),
        speech_prepositions=_strings(speech_file.get("prepositions"), "speech.yaml prepositions"),
        clause_ends=_strings(speech_file.get("clause_ends"), "speech.yaml clause_ends"),
        term_cues=_strings(speech_file.get("term_cues"), "speech.yaml term_cues"),
        anaphora=_strings(speech_file.get("anaphora"), "speech.yaml anaphora"),
        indirect_connectors=_strings(speech_file.get("indirect_connectors"), "speech.yaml indirect_connectors"),
        speech_noun_phrases=_strings(speech_file.get("noun_phrases"), "speech.yaml noun_phrases"),
        object_markers=_strings(speech_file.get("object_markers"), "speech.yaml object_markers"),
        name_conjunctions=_strings(speech_file.get("name_conjunctions"), "speech.yaml name_conjunctions"),
        active_verb_prefixes=_strings(speech_file.get("active_verb_prefixes"), "speech.yaml active_verb_prefixes"),
        not_verbs=_strings(speech_file.get("not_verbs"), "speech.yaml not_verbs"),
        speech_indefinites=_strings(speech_file.get("indefinites"), "speech.yaml indefinites"),
        title_cue_generic_words=_strings(speech_file.get("title_cue_generic_words"),
                                         "speech.yaml title_cue_generic_words"),
        same_office=_office_groups(speech_file.get("same_office"), titles, validator),
    )


def _calendar_part(calendar_file: dict[str, Any], validator: _Validator) -> _Part:
    """calendar.yaml: weekdays and months with their spellings, and the words around dates."""
    return dict(
        weekdays=_spelling_entries(calendar_file.get("weekdays"), "calendar.yaml weekdays", validator,
                                   "weekday", "id", "iso"),
        months=_spelling_entries(calendar_file.get("months"), "calendar.yaml months", validator,
                                 "month", "id", "number"),
        trailing_relative=_strings(calendar_file.get("trailing_relative"), "calendar.yaml trailing_relative"),
        range_connectors=_strings(calendar_file.get("range_connectors"), "calendar.yaml range_connectors") or ("-",),
        date_words=_strings(calendar_file.get("date_words"), "calendar.yaml date_words"),
        time_zones=_strings(calendar_file.get("time_zones"), "calendar.yaml time_zones"),
        date_list_connectors=_strings(calendar_file.get("list_connectors"), "calendar.yaml list_connectors"),
        range_day_words=_strings(calendar_file.get("range_day_words"), "calendar.yaml range_day_words"),
        month_words=_strings(calendar_file.get("month_words"), "calendar.yaml month_words"),
        stamp_labels=_strings(calendar_file.get("stamp_labels"), "calendar.yaml stamp_labels"),
        stamp_bylines=_strings(calendar_file.get("stamp_bylines"), "calendar.yaml stamp_bylines"),
        street_words=_strings(calendar_file.get("street_words"), "calendar.yaml street_words"),
    )


def _events_part(events_file: dict[str, Any], morphology: Morphology, validator: _Validator) -> _Part:
    """events.yaml: event types with their triggers, trigger verbs, objects, cue lists and the mode words."""
    event_types = _event_types(events_file, validator)
    fallback_item = events_file.get("fallback") or {"id": "event.other", "type": "OTHER"}
    fallback = EventTypeEntry(validator.entry_id(fallback_item, "events.yaml fallback"),
                              str(fallback_item["type"]), ())
    mode = events_file.get("mode") or {}
    event_verbs = _event_verbs(events_file, morphology, validator)
    known = {e.type for e in event_types}
    topic_heads = _strings(events_file.get("topic_heads"), "events.yaml topic_heads")
    unknown = [t for t in topic_heads if t not in known]
    if unknown:
        raise PatternError(f"events.yaml topic_heads: {', '.join(unknown)} is no type of `types`")
    held_acts = _strings(events_file.get("held_acts"), "events.yaml held_acts")
    unknown = [t for t in held_acts if t not in known]
    if unknown:
        raise PatternError(f"events.yaml held_acts: {', '.join(unknown)} is no type of `types`")
    event_objects = _event_objects(events_file, known, validator)
    event_cues = _event_cues(events_file, validator)

    def cue_words(key: str, slot: str) -> tuple[str, ...]:
        if key in events_file:
            return _strings(events_file.get(key), f"events.yaml {key}")
        return tuple(c for entry in event_cues if entry.slot == slot for c in entry.cues)

    return dict(
        event_types=event_types,
        event_fallback=fallback,
        mode_online=_strings(mode.get("online"), "events.yaml mode.online"),
        mode_offline_place=_strings(mode.get("offline_place"), "events.yaml mode.offline_place"),
        mode_hybrid=_strings(mode.get("hybrid"), "events.yaml mode.hybrid"),
        organizer_cues=(cue_words("organizer_cues", "organizer") + cue_words("attended_cues", "attended")
                        + cue_words("opener_cues", "opener")),
        participant_cues=(_strings(events_file.get("participant_cues"), "events.yaml participant_cues")
                          or cue_words("attendance", "attendance") + cue_words("participant_list", "participant_list")
                          + cue_words("participant_verb", "participant_verb")),
        host_verbs=cue_words("host_verbs", "host_verb") + cue_words("activity_verbs", "activity_verb"),
        location_cues=cue_words("location_cues", "location"),
        name_cues=_strings(events_file.get("name_cues"), "events.yaml name_cues"),
        event_verbs=event_verbs,
        event_topic_heads=topic_heads,
        event_held_acts=held_acts,
        event_cues=event_cues,
        event_objects=event_objects,
    )


def _event_types(events_file: dict[str, Any], validator: _Validator) -> tuple[EventTypeEntry, ...]:
    """events.yaml types: each type with its trigger words, no trigger of two types."""
    event_types = []
    for index, item in enumerate(events_file.get("types", [])):
        at = f"events.yaml types[{index}]"
        pattern_id = validator.entry_id(item, at)
        triggers = _strings(item.get("triggers"), at)
        for trigger in triggers:
            validator.trigger(trigger, str(item["type"]), at)
        event_types.append(EventTypeEntry(pattern_id, str(item["type"]), triggers))
    return tuple(event_types)


def _event_objects(events_file: dict[str, Any], known: set[str],
                   validator: _Validator) -> tuple[EventObjectEntry, ...]:
    """events.yaml objects: words that type an event after a trigger of a known type."""
    event_objects = []
    for index, item in enumerate(events_file.get("objects", [])):
        at = f"events.yaml objects[{index}]"
        pattern_id = validator.entry_id(item, at)
        object_type = str(item.get("type", ""))
        over = _strings(item.get("over"), at)
        if object_type not in known or not over or any(t not in known for t in over):
            raise PatternError(f"{at}: `type` and every type of `over` must be types of `types`")
        triggers = _strings(item.get("triggers"), at)
        for trigger in triggers:
            validator.trigger(trigger, object_type, at)
        event_objects.append(EventObjectEntry(pattern_id, object_type, over, triggers,
                                              _strings(item.get("not_followed_by"), at)))
    return tuple(event_objects)


def _event_cues(events_file: dict[str, Any], validator: _Validator) -> tuple[EventCueList, ...]:
    """events.yaml cues: non-empty lists of cue words, each for one slot of EVENT_CUE_SLOTS."""
    event_cues = []
    for index, item in enumerate(events_file.get("cues", [])):
        at = f"events.yaml cues[{index}]"
        pattern_id = validator.entry_id(item, at)
        slot = str(item.get("slot", ""))
        if slot not in EVENT_CUE_SLOTS:
            raise PatternError(f"{at}: slot {slot!r} is not one of {', '.join(EVENT_CUE_SLOTS)}")
        cues = _strings(item.get("cues"), at)
        if not cues or not all(c.strip() for c in cues):
            raise PatternError(f"{at}: expected a non-empty list of non-empty cues")
        event_cues.append(EventCueList(pattern_id, slot, cues))
    return tuple(event_cues)


def _furniture_part(furniture_file: dict[str, Any], validator: _Validator) -> _Part:
    """furniture.yaml: the line patterns of site furniture, each with its effect."""
    furniture = tuple(LinePattern(validator.entry_id(item, f"furniture.yaml patterns[{i}]"), str(item["regex"]),
                                  _furniture_effect(item, f"furniture.yaml patterns[{i}]"))
                      for i, item in enumerate(furniture_file.get("patterns", [])))
    return dict(furniture=furniture)


def _segmentation_part(segmentation_file: dict[str, Any], validator: _Validator) -> _Part:
    """segmentation.yaml: dateline, caption, article-end and sentence-opener line patterns, and the headline limits."""
    def line_patterns(key: str) -> tuple[LinePattern, ...]:
        return tuple(LinePattern(validator.entry_id(item, f"segmentation.yaml {key}[{i}]"), str(item["regex"]))
                     for i, item in enumerate(segmentation_file.get(key, [])))

    headline = segmentation_file.get("headline") or {}
    return dict(
        datelines=line_patterns("datelines"),
        captions=line_patterns("captions"),
        article_ends=line_patterns("article_ends"),
        sentence_openers=line_patterns("sentence_openers"),
        fragment_max_words=int(headline.get("fragment_max_words", 0)),
        caption_max_words=int(headline.get("caption_max_words", 60)),
        headline_max_words=int(headline.get("max_words", 30)),
        headline_max_chars=int(headline.get("max_chars", 220)),
        headline_final_punctuation=str(headline.get("final_punctuation", ".!?")),
        listing_body_blocks=int(headline.get("listing_body_blocks", 1)),
        listing_sentence_case_max_words=int(headline.get("listing_sentence_case_max_words", 12)),
        section_label_max_words=int(headline.get("section_label_max_words", 4)),
        cut_sentence_end_words=frozenset(str(w).casefold() for w in headline.get("cut_sentence_end_words") or ()),
        cut_sentence_min_commas=int(headline.get("cut_sentence_min_commas", 2)),
        greetings=tuple(str(w) for w in headline.get("greetings") or ()),
    )


def _organizations_part(organizations_file: dict[str, Any], validator: _Validator) -> _Part:
    """organizations.yaml: election bodies, levels, organization heads and standalone names, and the cue lists."""
    bodies = _spelling_entries(organizations_file.get("election_bodies"), "organizations.yaml election_bodies",
                               validator, "body", "body")
    levels = _spelling_entries(organizations_file.get("levels"), "organizations.yaml levels",
                               validator, "level", "level")
    leveled_bodies = _leveled_bodies(organizations_file.get("leveled_bodies"), bodies, levels, validator)
    heads, standalone = _organization_heads(organizations_file, validator)
    raw_name_words = organizations_file.get("name_words")
    alone_kinds = raw_name_words.get("alone_kinds") if isinstance(raw_name_words, dict) else None
    if isinstance(raw_name_words, dict):
        raw_name_words = {key: words for key, words in raw_name_words.items() if key != "alone_kinds"}
    name_words = _cue_lists(raw_name_words, "organizations.yaml name_words", validator, ORGANIZATION_NAME_WORDS)
    return dict(
        election_bodies=bodies,
        levels=levels,
        national_markers=_strings(organizations_file.get("national"), "organizations.yaml national"),
        national_name_ends=_strings(organizations_file.get("national_name_ends"),
                                    "organizations.yaml national_name_ends"),
        region_aliases={str(k): str(v) for k, v in (organizations_file.get("region_aliases") or {}).items()},
        organization_heads=heads,
        standalone_organizations=standalone,
        organization_name_stopwords=frozenset(
            w.casefold() for w in _strings(organizations_file.get("name_stopwords"), "organizations.yaml")),
        organization_not_before=_strings(organizations_file.get("not_before"), "organizations.yaml not_before"),
        organization_generic_words=_strings(organizations_file.get("generic_words"),
                                            "organizations.yaml generic_words"),
        serving_teams=_strings(organizations_file.get("serving_teams"), "organizations.yaml serving_teams"),
        organization_activity_names=_strings(organizations_file.get("activity_names"),
                                             "organizations.yaml activity_names"),
        outlets=_strings(organizations_file.get("outlets"), "organizations.yaml outlets"),
        outlet_cues=_strings(organizations_file.get("outlet_cues"), "organizations.yaml outlet_cues"),
        outlet_words=_strings(organizations_file.get("outlet_words"), "organizations.yaml outlet_words"),
        interview_outlet_words=_strings(organizations_file.get("interview_outlet_words"),
                                        "organizations.yaml interview_outlet_words"),
        interview_outlet_cues=_strings(organizations_file.get("interview_outlet_cues"),
                                       "organizations.yaml interview_outlet_cues"),
        web_domains=_strings(organizations_file.get("web_domains"), "organizations.yaml web_domains"),
        bare_body_cues=_cue_lists(organizations_file.get("bare_body"), "organizations.yaml bare_body", validator,
                                  BARE_BODY_CUES),
        council_short_forms=_cue_lists(organizations_file.get("council_short_forms"),
                                       "organizations.yaml council_short_forms", validator, COUNCIL_SHORT_FORM_LISTS),
        regulation_titles=_cue_lists(organizations_file.get("regulation_titles"),
                                     "organizations.yaml regulation_titles", validator, REGULATION_TITLE_LISTS),
        leveled_bodies=leveled_bodies,
        organization_name_words={key: words for key, words in name_words.items() if key != "same_heads"},
        organization_alone_kinds=_alone_kinds(alone_kinds, name_words.get("alone_unit_heads", ()),
                                              "organizations.yaml name_words alone_kinds"),
        organization_same_heads=_same_heads(name_words.get("same_heads", ()),
                                            "organizations.yaml name_words same_heads"),
    )


def _alone_kinds(value: Any, alone_heads: tuple[str, ...], where: str) -> dict[str, tuple[str, ...]]:
    """name_words ``alone_kinds``: a mapping of a head of ``alone_unit_heads`` to the first words of bodies of its kind
    (``{Kepolisian: [Polri, Polda, Polres]}``); a head that is none of them would never be read."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise PatternError(f"{where}: expected a mapping of a head to a list of first words")
    kinds = {}
    for head, words in value.items():
        if not isinstance(head, str) or head not in alone_heads:
            raise PatternError(f"{where}: {head!r} is no head of name_words alone_unit_heads")
        kinds[head] = _strings(words, f"{where} {head}")
        if not kinds[head]:
            raise PatternError(f"{where} {head}: expected first words of bodies of its kind")
    return kinds


def _same_heads(lines: tuple[str, ...], where: str) -> tuple[tuple[str, ...], ...]:
    """Lines of spellings of one ad hoc body's head joined by " = " ("PPK Kecamatan = PPK"), each split into its
    spellings; a line of one spelling, or with an empty one, would compare nothing and is refused."""
    same = tuple(tuple(line.split(" = ")) for line in lines)
    for line, spellings in zip(lines, same):
        if len(spellings) < 2 or not all(s.strip() for s in spellings):
            raise PatternError(f"{where}: {line!r} is not two or more spellings joined by ' = '")
    return same


def _organization_heads(organizations_file: dict[str, Any],
                        validator: _Validator) -> tuple[tuple[OrganizationHeads, ...], tuple[str, ...]]:
    """organizations.yaml organization_heads and standalone: the head groups, and the names that are a whole
    organization alone (a standalone group's heads and the standalone names)."""
    heads = []
    standalone: list[str] = []
    for index, item in enumerate(organizations_file.get("organization_heads", [])):
        at = f"organizations.yaml organization_heads[{index}]"
        heads.append(OrganizationHeads(validator.entry_id(item, at), _strings(item.get("heads"), at)))
        if item.get("standalone", False) not in (True, False):
            raise PatternError(f"{at}: standalone must be true or false")
        if item.get("standalone"):  # each head also names a whole organization alone ("Unnes")
            standalone.extend(heads[-1].heads)
    for index, item in enumerate(organizations_file.get("standalone", [])):
        validator.entry_id(item, f"organizations.yaml standalone[{index}]")
        standalone.extend(_strings(item.get("names"), f"organizations.yaml standalone[{index}]"))
    return tuple(heads), tuple(standalone)


def _names_part(names_file: dict[str, Any], validator: _Validator) -> _Part:
    """names.yaml: the words and cues around person names, and the parse relations of Stanza mode."""
    return dict(
        not_name_words=frozenset(
            w.casefold() for w in _strings(names_file.get("not_name_words"), "names.yaml not_name_words")),
        not_first_name_words=frozenset(
            w.casefold() for w in _strings(names_file.get("not_first_name_words"), "names.yaml not_first_name_words")),
        unit_names=frozenset(w.casefold() for w in _strings(names_file.get("unit_names"), "names.yaml unit_names")),
        name_after_cues=_strings(names_file.get("after_name_cues"), "names.yaml after_name_cues"),
        name_org_links=_strings(names_file.get("org_links"), "names.yaml org_links"),
        name_before_cues=_strings(names_file.get("before_name_cues"), "names.yaml before_name_cues"),
        name_list_cues=_strings(names_file.get("list_cues"), "names.yaml list_cues"),
        member_list_cues=_strings(names_file.get("member_list_cues"), "names.yaml member_list_cues"),
        nickname_cues=_strings(names_file.get("nickname_cues"), "names.yaml nickname_cues"),
        nickname_after_cues=_strings(names_file.get("nickname_after_cues"), "names.yaml nickname_after_cues"),
        place_levels=_strings(names_file.get("place_levels"), "names.yaml place_levels"),
        region_place_levels=_strings(names_file.get("region_place_levels"), "names.yaml region_place_levels"),
        apposition_cues=_strings(names_file.get("apposition_cues"), "names.yaml apposition_cues"),
        child_nouns=_strings(names_file.get("child_nouns"), "names.yaml child_nouns"),
        subject_adverbs=_strings(names_file.get("subject_adverbs"), "names.yaml subject_adverbs"),
        thing_verbs=_strings(names_file.get("thing_verbs"), "names.yaml thing_verbs"),
        subject_verbs=_strings(names_file.get("subject_verbs"), "names.yaml subject_verbs"),
        one_word_name_ends=_strings(names_file.get("one_word_name_ends"), "names.yaml one_word_name_ends"),
        through_cues=_strings(names_file.get("through_cues"), "names.yaml through_cues"),
        subject_openers=_strings(names_file.get("subject_openers"), "names.yaml subject_openers"),
        name_list_offices=_strings(names_file.get("list_offices"), "names.yaml list_offices"),
        candidate_number_cues=_strings(names_file.get("candidate_number_cues"), "names.yaml candidate_number_cues"),
        pair_cues=_strings(names_file.get("pair_cues"), "names.yaml pair_cues"),
        number_words=_strings(names_file.get("number_words"), "names.yaml number_words"),
        parse_names=_parse_name_cues(names_file.get("parse_names"), validator),
        common_first_name_words=frozenset(w.casefold() for w in _strings(names_file.get("common_first_name_words"),
                                                                          "names.yaml common_first_name_words")),
        balinese_name_words=_strings(names_file.get("balinese_name_words"), "names.yaml balinese_name_words"),
        balinese_name_openers=_strings(names_file.get("balinese_name_openers"), "names.yaml balinese_name_openers"),
        shortened_name_words=frozenset(w.casefold().rstrip(".") for w in _strings(
            names_file.get("shortened_name_words"), "names.yaml shortened_name_words")),
        title_words_in_names=frozenset(w.casefold() for w in _strings(names_file.get("title_words_in_names"),
                                                                       "names.yaml title_words_in_names")),
        cut_words=_strings(names_file.get("cut_words"), "names.yaml cut_words"),
        body_stop_words=frozenset(
            w.casefold() for w in _strings(names_file.get("body_stop_words"), "names.yaml body_stop_words")),
        term_meaning_words=_strings(names_file.get("term_meaning_words"), "names.yaml term_meaning_words"),
    )


def _abbreviations_part(root: Path, validator: _Validator) -> _Part:
    """abbreviations.yaml, if present: abbreviations after whose period a sentence does not end."""
    abbreviation_lists = []
    if (root / "abbreviations.yaml").is_file():
        abbreviations_file = _read(root, "abbreviations.yaml")
        for index, item in enumerate(abbreviations_file.get("abbreviations", [])):
            at = f"abbreviations.yaml abbreviations[{index}]"
            words = _strings(item.get("words"), at)
            if not words or not all(w.endswith(".") for w in words):
                raise PatternError(f"{at}: expected a list of abbreviations, each ending in a period")
            abbreviation_lists.append(AbbreviationList(validator.entry_id(item, at), words))
    return dict(abbreviations=tuple(abbreviation_lists))


def _link_part(root: Path, validator: _Validator) -> _Part:
    """link.yaml, if present: the written forms of name words, one canonical word each (no form in two entries),
    and the letters a long name word is written with either way."""
    if not (root / "link.yaml").is_file():
        return {}
    link_file = _read(root, "link.yaml")
    name_words = []
    for index, item in enumerate(link_file.get("name_words") or []):
        at = f"link.yaml name_words[{index}]"
        pattern_id = validator.entry_id(item, at)
        canonical = str(item.get("canonical", ""))
        spellings = _strings(item.get("spellings"), at)
        if not canonical or not spellings:
            raise PatternError(f"{at}: expected a `canonical` word and its `spellings`")
        for written in spellings:
            validator.spelling("name_word", written.rstrip("."), canonical, at)
        name_words.append(NameWord(pattern_id, canonical, spellings, bool(item.get("droppable"))))
    letters = []
    for index, item in enumerate(link_file.get("letter_variants") or []):
        at = f"link.yaml letter_variants[{index}]"
        variant = LetterVariant(validator.entry_id(item, at), _strings(item.get("letters"), at), str(item.get("at")))
        expected = 1 if variant.at == "silent" else 2
        if variant.at not in ("any", "end", "silent") or len(variant.letters) != expected \
                or any(len(letter) != 1 for letter in variant.letters):
            raise PatternError(f"{at}: expected `at` any or end with two letters, or silent with one")
        letters.append(variant)
    return dict(link_name_words=tuple(name_words), letter_variants=tuple(letters))


def _parse_name_cues(items: Any, validator: _Validator) -> tuple[ParseNameCue, ...]:
    """The parse relations of names.yaml parse_names, each list non-empty (an empty one would match nothing)."""
    out = []
    for index, item in enumerate(items or []):
        at = f"names.yaml parse_names[{index}]"
        pattern_id = validator.entry_id(item, at)
        lists = {key: _strings(item.get(key), f"{at} {key}")
                 for key in ("name_tags", "join_relations", "subject_relations", "verb_tags")}
        empty = [key for key, values in lists.items() if not values]
        if empty:
            raise PatternError(f"{at}: expected a non-empty list for {', '.join(empty)}")
        out.append(ParseNameCue(pattern_id, **lists))
    return tuple(out)


def _short_bodies(items: Any, validator: _Validator) -> dict[str, str]:
    """titles.yaml ``short_bodies``: each written short form (casefolded) -> the body word an organization's name
    starts with."""
    found: dict[str, str] = {}
    for index, item in enumerate(items or []):
        at = f"titles.yaml short_bodies[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("body"), str):
            raise PatternError(f"{at}: expected {{id, written: [...], body: ...}}")
        validator.entry_id(item, at)
        for written in _strings(item.get("written"), f"{at} written"):
            validator.spelling("short_body", written, item["body"], at)
            found[written.casefold()] = item["body"]
    return found


def _morphology(data: dict[str, Any], validator: _Validator) -> Morphology:
    """The affix table of morphology.yaml: every nasal rule with lower-case initials and a meN- prefix."""
    rules = []
    for index, item in enumerate(data.get("nasal", [])):
        at = f"morphology.yaml nasal[{index}]"
        pattern_id = validator.entry_id(item, at)
        initials = _strings(item.get("initials"), at)
        prefix = item.get("prefix")
        if not initials or any(not i or i != i.casefold() for i in initials):
            raise PatternError(f"{at}: expected a non-empty list of lower-case `initials`")
        if not isinstance(prefix, str) or not prefix.startswith("me"):
            raise PatternError(f"{at}: expected a meN- `prefix` (me, mem, men, meng, meny)")
        rules.append(NasalRule(pattern_id, initials, prefix, bool(item.get("drops")), _strings(item.get("keep"), at)))
    if not rules:
        raise PatternError("morphology.yaml: no `nasal` rules")
    affixes = {key: data.get(key) for key in ("default_nasal", "passive", "stative", "pronoun")}
    for key, value in affixes.items():
        if not isinstance(value, str) or not value.isalpha():
            raise PatternError(f"morphology.yaml: `{key}` must be a word")
    suffixes = _strings(data.get("suffixes"), "morphology.yaml suffixes")
    return Morphology(tuple(rules), suffixes=suffixes, **affixes)


def _event_verbs(events_file: dict[str, Any], morphology: Morphology,
                 validator: _Validator) -> tuple[EventTypeEntry, ...]:
    """Trigger verbs in their written forms: the base, di-base, meN-base and ber-stem (morphology.yaml)."""
    out = []
    for index, item in enumerate(events_file.get("verbs", [])):
        at = f"events.yaml verbs[{index}]"
        pattern_id = validator.entry_id(item, at)
        event_type = str(item.get("type", ""))
        forms: list[str] = []
        for base in _strings(item.get("bases"), at):
            generated = verb_forms(base, "", morphology)
            forms += [base, generated.passive, generated.active]
        forms += [verb_forms(stem, "", morphology).stative for stem in _strings(item.get("ber"), at)]
        for form in forms:
            validator.trigger(form, event_type, at)
        out.append(EventTypeEntry(pattern_id, event_type, tuple(dict.fromkeys(forms))))
    return tuple(out)
