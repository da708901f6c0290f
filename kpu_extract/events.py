"""The article's main event: type by trigger lexicon, with date, organizer, participants, persons and mode.

The type comes from triggers in the headline first, then the lead, then the story's next lines. In
the headline the type listed first in ``patterns/events.yaml`` (the more specific) wins, except that
what follows the name of a gathering, a training or an outreach (``topic_heads``, and the least specific type,
listed last) is its topic ("FGD Rumusan Kebijakan Pemungutan Suara", "Bimtek Pemungutan Suara"); in the lead
the first activity written wins, read like a headline with the triggers chained to it in one phrase ("rapat pleno
rekapitulasi daftar pemilih"), from the first trigger a host or participant verb governs when there is one. Object
words ("pasangan calon") type the event only right after a trigger they specialise ("menetapkan tiga pasangan
calon" is CANDIDACY). Organizer and participants come from the cues around each body: "diselenggarakan oleh X",
"X menggelar" (host, with joint subjects "X dan Y menggelar" taking part); "X mengikuti", "dihadiri oleh X, Y",
"rapat ... dengan X" (participants); bodies of the people who act in the event ("Andi dari X") join them. An
attendance list ("dihadiri", "menghadirkan narasumber") counts anywhere in the article, other lists near the lead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from . import rx
from .organizations import ADHOC_GROUP, OrgMention, merged_names
from .patterns import EventObjectEntry, Lexicons, alternation as _alternation
from .records import DateMention, Event, Person, Quote, Span
from .sentences import SentenceBreaks

_LEAD_MIN_CHARS = 250
_MODE_CHARS = 700
_STORY_CHARS = 800
_PARTICIPANT_CHARS = 600
_VERB_REACH = 200
_DATE_REACH = 250
_SET_OFF_DATE = rx.compile(r",\s*(?:\p{Lu}\p{L}*\s+){0,2}$")  # ", " or ", Teluk Indah " right before a date
_TRIGGER_DATE_REACH = 600  # how far past the lead a date in a sentence naming the activity is still its date
_RANGE_GAP = 20  # the most characters between a range's two ends ("sampai dengan tanggal")
_LINK_REACH = 120
_STAFF_REACH = 100
_LIST_REACH = 800  # how far before a body or person the cue of its list is looked for (lists of titled people run long)
_TYPO_MIN = 6
_LEARNERS_REACH = 60
_BARE_TOWARDS = rx.compile(r"(?i:ke)\s")  # a place cue that is "ke" alone
_NAME_GOES_ON = rx.compile(r"\s+[\p{Lu}(]")  # a further name word or bracket right after a place
_CUE_BEFORE_PERSON = 40  # the most characters a speaker's or chair's cue stands before the person's mention
_VISIT_TO_PLACE = 30  # the most characters between a visit's trigger and the "ke" of its destination
_TOWARDS = rx.compile(r"(?<![\w])(?i:ke|dengan|bersama)(?![\w])")  # before the place visited or the body met
_AT_OR_TO = rx.compile(r"\s+(?i:ke|di)\s+")  # between a visit's or an audiensi's trigger and the body it went to
_BODY_RIGHT_AFTER = rx.compile(r"\s+")  # between a visit's trigger and the body it oversees ("supervisi Bawaslu X")
_RECEIVED_REACH = 30  # how far before a trigger its receiving word ("menerima") or host verb may start
_OVERSIGHT_GAP = rx.compile(r"\s+(?:\p{Ll}+\s+){0,2}")  # a body's own oversight: "X telah melakukan pengawasan"
# the organizer rules of the defaults that no cue names: the first reporting body, the first body of the story
_REPORTING_BODY_RULE, _FIRST_BODY_RULE = "event.organizer.reporting_body", "event.organizer.first_body"
_SCHOOL_RULE = "org.education"  # the rule of organizations.yaml's schools and campuses ("SMA X", "Universitas Y")
_OUTLET_RULE = "org.outlet"  # a news outlet the story talks to ("ujarnya kepada Lumbung Pos"): it reports the activity
_WORD = rx.compile(r"(?<![\w-])\p{L}{6,}(?![\w-])")
_WORD_EDGE = rx.compile(r"[\w-]")  # a character the trigger patterns' edge guards look at
_DEGREES_REACH = 40
_SUBJECT_REACH = 60  # the most characters between a subject and its trigger in a later sentence ("juga melaksanakan")
# what stands between a subject and its trigger later in the story: an acronym, at most three lower-case words (a host
# verb, an adverb), no punctuation
_SUBJECT_WORDS = rx.compile(r"\s*(?:\([\p{L}\d/-]{1,15}\)\s*)?(?:\p{Ll}+\s+){0,3}")
_DEGREES = rx.compile(r"(?:[\s,]+\p{Lu}[\p{L}.]*)*[\s,]*")
# a period after a word in capitals before a capitalised word ("oleh KPU RI. KPU Kabupaten X"): _SENTENCE_END takes it
# for an abbreviation's, but before a body that a verb follows it ends a sentence
_ACRONYM_PERIOD = rx.compile(r"(?<=(?<![\w.])\p{Lu}{2,})\.\s+(?=\p{Lu})")
# a sentence's end as the lead's stretch and the type's learners read it; the slot finders read
# ``EventFinder.sentence_end`` (``_sentence_end``)
_SENTENCE_END = rx.compile(r"(?<!(?<![\w.])\p{Lu}[\p{L}.]{0,3})[.!?](?=\s+[\"“'‘]?\p{Lu})|\n\s*\n")
_DATELINE_DASH = rx.compile(r"\)?\s*[-–—]\s")
# a dateline's last mark before the lead's first sentence
_DATELINE_END = rx.compile(r"(?:[-–—:]|(?<!\p{Lu})\.)\s*$")
# the word before one written or given to ("bersurat kepada Bupati X"): an addressee, not at the activity (LABELLING.md)
_ADDRESSEE = rx.compile(r"(?<![\w])(?i:kepada|terhadap|bagi|untuk)\s+$")
# a word of a regional office's or government's name, with the dot of a short form ("Kab.")
_REGIONAL_WORD = rx.compile(r"\p{L}+\.?")
_ANAPHOR = rx.compile(r"\s+(?:tersebut|itu|ini)(?![\w])", rx.IGNORECASE)
# A word of a phrase that is no verb (no me-, di-, ber-, ter- prefix): up to three stand in one phrase.
_PHRASE_WORD = r"(?:\s+(?!(?i:me|di|ber|ter)\p{L}{2})[\p{L}\d/-]+)"
_PHRASE_GAP = rx.compile(rf"{_PHRASE_WORD}{{0,3}}\s+")
_OBJECT_GAP = rx.compile(r"\s+(?:[\p{L}\d]+(?:[.,]\d+)*\s+)?")  # one word or number ("451.207") between
_CO_SUBJECT = rx.compile(r"\s*,?\s*(?:dan|serta|&)?\s*", rx.IGNORECASE)
_MORE_THAN_COMMAS = rx.compile(r"[^\s,]")  # a gap between bodies that holds words, not only commas and spaces
# A list runs on past abbreviation dots: an initial or acronym ("KPU."), a degree written in parts ("S.H., M.H."), an
# honorific of honorifics.yaml written in lower case ("Bupati X dr. Andi, ..."; ``_list_gaps``); not across a quotation
# mark: what a speaker says is no list of the narrator's ("Andi mengatakan, “... Bawaslu RI").
# An attendance list may part its items by semicolons too ("diikuti oleh Bawaslu X; Partai Politik yaitu ...; LSM ...").
_GAP_DOTS = r"|\.(?!\s)|(?<=(?<![\w.])(?:\p{Lu}\p{L}{0,3}\.)*\p{Lu}\p{L}{0,3})\."
# A list cue's own words may end in a colon before the items ("menghadirkan dua narasumber: ...", "dihadiri beberapa
# lembaga antara lain : ...", "Narasumber pada seri kali ini, yakni : ...").
_LIST_OPENER = rx.compile(r"[^.;:!?\n\"“”]{0,60}?:")
_ITEM_BREAK = rx.compile(r"[,;&]|\s(?i:dan|serta)\s")  # what parts a list's items
_COORDINATE = rx.compile(r"\s+(?i:dan|serta|&)\s+")
_PAST_COMMA = rx.compile(r"[ \t]*,?[ \t]*")
# A verb in lower case ends a place: a passive di-...-kan form or an active nasal me- form ("di Gedung X dilaksanakan
# pengukuhan ...", "di Kantor KPU X memenuhi panggilan ...", "di lapangan dilakukan ..."); di- words ending in -i are
# left out, as nouns end so too ("ruang diskusi").
_PLACE_VERB = r"(?:di\p{Ll}{3,}kan|me(?:m|n|ng|ny)\p{Ll}{3,}|me\p{Ll}{3,}(?:kan|i))(?![\w-])"
# A named place's first word, with inner dots ("St.Petrus") and the period of a short abbreviation ("Jl."), not the
# period of the sentence it ends ("di Gianyar. Hanya ...").
_PLACE_FIRST = r"\p{Lu}[\w-]*(?:\.[\w-]+)*(?:(?<!\p{L}{4})\.)?"
_ACRONYM = r"\([\p{L}\d/-]{1,15}\)"  # a parenthesised acronym after a name or a trigger ("(MoU)", "(KKU)")
# what stands between two items of a numbered or plain roster: a list's separators (``_ITEM_BREAK``), and what a
# roster adds to them: spaces, the colon after its opener, an item's number ("2. ", "2)"), an acronym or short gloss
# in parentheses ("(PAN)")
_ROSTER_GAP = rx.compile(rf"(?:{_ITEM_BREAK.pattern}|[\s:]|\d{{1,2}}\s*[.)]|\([^()\n]{{1,20}}\))*")
_SUBJECT_GAP = rx.compile(rf"\s*(?:{_ACRONYM}\s*)?")  # between a body and the verb it is the subject of
_CLOCK_ZONE = rx.compile(r"(?<![\w])(?:pukul|jam|WIB|WITA|WIT)(?![\w])", rx.IGNORECASE)
_STAMP_WORD = rx.compile(r"\p{L}")
_TRIGGER_ACRONYM = rx.compile(r"[ \t]*\((\p{Lu}[\p{L}\d]{1,9})\)")
_NOWHERE = "(?!)"  # the alternation of an empty word list: it matches nowhere
_NAME_AFTER = rx.compile(r"[ \t]+\p{Lu}")  # a capitalised word right after a venue word names the venue
# The words of a capitalised title after its head: capitalised words, numbers and the words that join them.
_TITLE_RUN = rx.compile(r"(?:[ \t]+(?:\p{Lu}[\w/.&-]*|\d+|dan|serta|&))*")


def _list_gaps(honorifics: Sequence[str]) -> tuple[rx.Pattern, rx.Pattern]:
    """What may stand between a list's cue and a body in it, for a list and for an attendance list (``_GAP_DOTS``),
    running on past the dot of a lower-case honorific too ("dr.", "drg.")."""
    lower = [h[:-1] for h in honorifics if h.endswith(".") and h[:1].islower() and "." not in h[:-1]]
    dots = _GAP_DOTS + (rf"|(?<=(?<![\w.])(?:{_alternation(lower)}))\.(?=\s+\p{{Lu}})" if lower else "")
    return (rx.compile(r"^(?:[^.;:!?\n\"“”]" + dots + ")*$"), rx.compile(r"^(?:[^.:!?\n\"“”]" + dots + ")*$"))


def _sentence_end(abbreviations: Sequence[str]) -> rx.Pattern:
    """Where a slot finder's sentence ends: as ``_SENTENCE_END``, but a capitalised word of four letters, a place's
    or a person's name, ends one ("... di Gudang Logistik KPU Kabupaten Siak. Turut hadir ...") unless it is one of
    the ``abbreviations`` ("Prof.", "Moch.", "Prov."; abbreviations.yaml, honorifics.yaml); shorter words, dotted ones
    ("S.Pd.") and words in capitals ("KPU RI.") still read as abbreviations."""
    four = sorted({w.rstrip(".") for w in abbreviations if len(w.rstrip(".")) == 4 and w.rstrip(".").isalpha()})
    listed = f"|(?i:{_alternation(four)})" if four else ""
    abbreviation = rf"\p{{Lu}}[\p{{L}}.]{{0,2}}|\p{{Lu}}(?!\p{{Ll}}{{3}}[.!?])[\p{{L}}.]{{3}}{listed}"
    return rx.compile(rf"(?<!(?<![\w.])(?:{abbreviation}))[.!?](?=\s+[\"“'‘]?\p{{Lu}})|\n\s*\n")


def _cues(lexicons: Lexicons, slot: str) -> str:
    """The alternation of one event slot's cue words (``_NOWHERE`` when the slot has none)."""
    return _alternation(lexicons.event_cue_words(slot)) or _NOWHERE


def _any_word(words: Sequence[str]) -> rx.AtWords | rx.Pattern:
    """Any of ``words`` written as a whole word, case aside, pre-filtered on the words; none matches nowhere."""
    return rx.compile_at_words(rf"(?<![\w])(?:{_alternation(words) or _NOWHERE})(?![\w])", rx.IGNORECASE, words)


def _cue_just_before(words: str) -> rx.Pattern:
    """A cue of the alternation ``words`` that ends right before the end of the searched text ("anggota ")."""
    return rx.compile(rf"(?<![\w])(?i:{words})\s+$")


@dataclass(slots=True)
class _Trigger:
    order: int
    type: str
    rule: str
    start: int
    end: int
    text: str
    verb: bool = False
    over: tuple[str, ...] = ()

    @property
    def words(self) -> str:
        """The trigger's words as the lexicon lists them: lower case, one space apart ("Rapat  Koordinasi")."""
        return " ".join(self.text.split()).casefold()


@dataclass(frozen=True, slots=True)
class _Article:
    """What the finders of the event's slots share about one article: its text, the compiled patterns, its
    organization mentions (by canonical name), where the body starts after the headline, where the lead ends, and how
    far from the body's start participants and the event's name are looked for."""

    text: str
    finder: EventFinder
    orgs: list[OrgMention]
    body_start: int
    window_end: int
    reach: int
    triggers: list[_Trigger]


@dataclass(slots=True)
class _Roles:
    """What the cues around the bodies say of them: the organizer and the rule that found it, the participating
    bodies, those that join of their own accord, the subjects of a host verb or cue (``cued``: their starts, by a
    cue; ``attended``: by a cue of an activity the reporting body attends; ``opened``: by a cue of its opening), the
    bodies that pay a visit or ask for an audience (``visitors``; ``received``: their starts, by a receiving verb
    before the trigger: "Terima Audiensi PC IMM"), and the bodies with no cue at all (``free``)."""

    organizer: str | None = None
    organizer_rule: str | None = None
    participants: list[str] = field(default_factory=list)
    joined: set[str] = field(default_factory=set)
    hosts: list[OrgMention] = field(default_factory=list)
    visitors: list[OrgMention] = field(default_factory=list)
    received: set[int] = field(default_factory=set)
    cued: set[int] = field(default_factory=set)
    attended: set[int] = field(default_factory=set)
    opened: set[int] = field(default_factory=set)
    free: list[OrgMention] = field(default_factory=list)


class EventFinder:
    """Compiled trigger, cue and mode patterns from ``patterns/events.yaml``."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        self.sentence_end = _sentence_end(SentenceBreaks(lexicons).abbreviations)
        rank = {entry.type: i for i, entry in reversed(list(enumerate(lexicons.event_types)))}
        self.generic = len(lexicons.event_types) - 1
        self.topic_heads = {rank[t] for t in lexicons.event_topic_heads if t in rank} | {self.generic}
        self.held_acts = {rank[t] for t in lexicons.event_held_acts if t in rank}
        self.voting_order = rank.get("VOTING", self.generic)
        self.triggers = [(rank.get(entry.type, self.generic), entry, entry in lexicons.event_verbs,
                          entry.over if isinstance(entry, EventObjectEntry) else (),
                          rx.compile_at_words(rf"(?<![\w])(?=({_alternation(entry.triggers)})(?![\w]))", rx.IGNORECASE,
                                              entry.triggers))
                         for entry in (*lexicons.event_types, *lexicons.event_verbs, *lexicons.event_objects)
                         if entry.triggers]
        # object words ("pasangan calon", "pemilih") type an activity only right after its trigger (``anchored``):
        # alone they name no activity, so the slot finders, which read ``every_trigger``, never see them; nor do
        # ``type_of``'s filters of a trigger's context (``in_title``, ``urged``, ``figure``, ``reference``,
        # ``done_earlier``, ...), on purpose: an object counts only right after a head trigger that passed them
        self.objects = [t for t in self.triggers if t[3]]
        self.triggers = [t for t in self.triggers if not t[3]]
        # election goods ("surat suara") type an event as the first OTHER entry (logistics) does, but only in
        # ``type_of``: things, not activities, so the slot finders never see them
        goods = next((e for e in lexicons.event_cues if e.slot == "goods"), None)
        self.goods = ((rank.get("OTHER", self.generic), goods.id, _any_word(goods.cues)) if goods and goods.cues
                      else None)
        self.misspelt = {}
        for order, entry, verb, over, _ in self.triggers:
            for word in entry.triggers:
                if " " not in word and len(word) >= _TYPO_MIN and word == word.casefold():
                    for i in range(len(word) - 1):
                        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
                        if swapped != word:
                            self.misspelt.setdefault(swapped, (order, entry, verb, over))
        self.object_stop = {entry.id: rx.compile(
            rf"[^.!?\n]{{0,200}}?(?<![\w])(?:{_alternation(entry.not_followed_by)})(?![\w])", rx.IGNORECASE)
            for entry in lexicons.event_objects if entry.not_followed_by}
        self.cue_rule = {slot: next((e.id for e in lexicons.event_cues if e.slot == slot), f"event.{slot}")
                         for slot in ("organizer", "host_verb", "attendance", "participant_list", "participant_verb",
                                      "location", "name", "theme", "audience", "future", "rakor", "met_with",
                                      "staff_matter", "attended", "host_venue", "opener", "hearing", "received",
                                      "visitor", "learners", "chair", "overseer", "staff_audience",
                                      "visited_office", "election_word")}
        openers = lexicons.event_cue_words("clause_opener")
        self.clause_start = rx.compile(
            rf"[.;:\n]\s*(?:(?i:{_alternation(openers)})\s+)?$" if openers else r"[.;:\n]\s*$")
        self.online = rx.compile(rf"(?<![\w])(?:{_alternation(lexicons.mode_online + lexicons.mode_hybrid)})",
                                 rx.IGNORECASE)
        self.hybrid = rx.compile(rf"(?<![\w])(?:{_alternation(lexicons.mode_hybrid) or _NOWHERE})(?![\w])", rx.IGNORECASE)
        # the venue words written after "di" ("di kantor"); "di" may be written joined to them ("dihalaman kantor
        # Bawaslu X", "digedung Y"), which states the place as well
        nouns = [p.split(None, 1)[1] for p in lexicons.mode_offline_place if p.casefold().startswith("di ")]
        joined = [f"di{n}" for n in nouns]
        self.offline = rx.compile(rf"(?<![\w])(?:{_alternation([*lexicons.mode_offline_place, *joined])})(?![\w])",
                                  rx.IGNORECASE)
        function_words = {w.casefold() for w in lexicons.organization_name_stopwords}
        activity_word = rf"(?:(?!(?:{_alternation(function_words)})\s)(?-i:\p{{Ll}}+)\s+)?"
        self.organizer_cue = rx.compile(rf"(?<![\w])(?:{_alternation(lexicons.organizer_cues)})\s+{activity_word}"
                                        rf"(?:(?-i:\p{{Lu}})\w*\s+){{0,3}}$", rx.IGNORECASE)
        self.attended_cue = rx.compile(rf"(?<![\w])(?:{_cues(lexicons, 'attended')})\s", rx.IGNORECASE)
        self.opener_cue = rx.compile(rf"(?<![\w])(?:{_cues(lexicons, 'opener')})\s", rx.IGNORECASE)
        self.attended_by = rx.compile(rf"(?<![\w])(?i:{_cues(lexicons, 'attended')})\s[^.;:!?\n]{{0,100}}?"
                                      rf"\s(?!(?i:di|me|ter|ber)\p{{L}})[\w/-]+\s+(?i:oleh)\s+$")
        attendance = lexicons.event_cue_words("attendance")
        before = attendance + lexicons.event_cue_words("participant_list")
        after = lexicons.event_cue_words("participant_verb")
        self.cue_before_body = _any_word(before)
        self.attendance_cue = rx.compile(rf"(?<![\w])(?:{_alternation(attendance) or _NOWHERE})(?![\w])",
                                         rx.IGNORECASE)
        self.participant_verb = _any_word(after)
        # a verb of hosting or taking part after a list's cue starts a clause of its own: the list ended before it
        self.clause_verb = _any_word([*lexicons.host_verbs, *after])
        self.list_gap, self.attendance_gap = _list_gaps(lexicons.honorifics)
        self.trigger_link = rx.compile(rf"{_PHRASE_WORD}{{0,3}}?(?:\s+{_ACRONYM})?"
                                       rf"\s+(?i:{_cues(lexicons, 'trigger_link')})\s+")
        candidates = _alternation(t for e in lexicons.event_objects if e.type == "CANDIDACY" for t in e.triggers)
        self.candidates = rx.compile(rf"(?<![\w])(?i:{candidates or _NOWHERE})(?![\w])")
        self.speaker = rx.compile(rf"(?<![\w])(?i:{_cues(lexicons, 'speaker')})\s*[,:]?\s*$")
        self.chair = rx.compile(rf"(?<![\w])(?i:{_cues(lexicons, 'chair')})\s*[,:]?\s*$")
        self.welcome = rx.compile(rf"(?<![\w])(?i:{_cues(lexicons, 'welcome')})(?![\w])")
        self.received = _cue_just_before(_cues(lexicons, "received"))
        self.visitor = _cue_just_before(_cues(lexicons, "visitor"))
        self.member_of = _cue_just_before(_cues(lexicons, "member_of"))
        # a regional government's office in a role's title, an acting prefix ("Pj.", "Plt.") or none before it
        acting = _alternation(e.canonical for e in lexicons.acting_prefixes) or _NOWHERE
        self.regional_office = rx.compile(rf"(?:(?:{acting})\s*)?(?:{_cues(lexicons, 'regional_office')})")
        level_words = _alternation(s for level in lexicons.levels for s in level.spellings)
        self.regional_government = rx.compile(rf"(?:{_cues(lexicons, 'regional_government')})\s+"
                                              rf"(?:(?P<level>{level_words or _NOWHERE})\s+)?(?P<region>\p{{Lu}}.*)")
        self.region_aliases = dict(lexicons.region_aliases)
        # the level of a regional office's word, a government's short form or a level word ("Pemkab", "Kab.": Kabupaten)
        self.regional_levels = {w.casefold(): level.canonical for level in lexicons.levels for w in (
            *level.spellings, *lexicons.event_cue_words(f"regional_{level.canonical.casefold()}"))}
        self.trigger_object = rx.compile(rf"(?i:{_cues(lexicons, 'trigger_object')})")
        self.member_office = _cue_just_before(_cues(lexicons, "member_office"))
        self.sentence_list = _any_word(lexicons.event_cue_words("sentence_list"))
        # an active witness cue lists the bodies after it only opening a sentence or after "yang"
        self.witness = rx.compile(rf"(?i:{_cues(lexicons, 'witness')})")
        # an oversight cue after a word of another activity in its sentence ("akan", "lalu", "setiap") lists nothing
        self.oversight = rx.compile(rf"(?i:{_cues(lexicons, 'oversight')})")
        self.oversight_stop = rx.compile(rf"(?<![\w])(?i:{_cues(lexicons, 'oversight_stop')})(?![\w])[^.!?\n]*$")
        self.witness_opener = rx.compile(r"(?:[.!?;\n]|(?<![\w])(?i:yang))[\s\"“]*$")
        self.speaker_list = rx.compile(rf"(?i:{_cues(lexicons, 'speaker_list')})")
        self.present_word = rx.compile(rf"(?i:{_cues(lexicons, 'present_verb')})")
        # the parties named as a group, then listed in the same sentence ("Parpol yang hadir meliputi: 1) Partai A,
        # 2) Partai B")
        self.party_roster = rx.compile(rf"(?<![\w])(?i:{_cues(lexicons, 'party_group')})(?![\w])[^.;!?\n]{{0,120}}?"
                                       rf"(?<![\w])(?i:{_cues(lexicons, 'roster_opener')})(?![\w])")
        # a word that makes the roster's sentence tell of a result, a candidate's backers, an offence or an earlier
        # election ("Partai yang meraih kursi terbanyak adalah ...")
        self.roster_stop = rx.compile(rf"(?<![\w])(?i:{_cues(lexicons, 'roster_stop')})(?![\w])")
        said = [form for verb in lexicons.speech_verbs for form in verb.after]
        spoken = [form for verb in lexicons.speech_verbs for form in (*verb.before, *verb.after)]
        # no other verb nor a relative clause between the name and the cue: "mencoret pemilih yang meninggal dunia"
        # tells of someone else
        other = rf"(?i:{_alternation(spoken) or _NOWHERE})|(?:me|ber|ter|di)\p{{Ll}}{{3,}}|yang"
        self.replaced = rx.compile(rf"(?:(?!(?<![\w])(?:{other})(?![\w]))[^.;!?\n\"“”]){{0,80}}?"
                                   rf"(?<![\w])(?i:{_cues(lexicons, 'replaced')})(?![\w])")
        self.said_before_date = rx.compile(rf"(?<![\w])(?:{_alternation(said)})(?![\w])[^.\"”]{{0,60}}$", rx.IGNORECASE)
        # a speech verb, then only the speaker's title and name before a place ("tutur Komisioner Bawaslu Teluk Indah
        # Koordinator Divisi Hukum Budi Santoso di Teluk Indah, Kamis"): no word that would tell of the occasion
        # ("saat rapat", "dalam sambutannya", "bahwa ...") nor a verb stands between
        stops = _cues(lexicons, "speaker_gap_stop")
        self.said_before_place = rx.compile(
            rf"(?<![\w])(?i:{_alternation(said) or _NOWHERE})(?![\w])"
            rf"(?:[\s,]+(?!(?i:{stops})(?![\w]))(?!(?:me|ber|ter|di)\p{{Ll}}{{3,}})[^\s.\"”]+){{1,16}}[\s,]*$")
        # "ditemui wartawan di sela acara", "saat dihubungi di rumahnya": the place of an interview
        interviewed = _cues(lexicons, 'interviewed')
        self.interviewed_before = rx.compile(rf"(?<![\w])(?i:{interviewed})(?:\s+\p{{L}}+){{0,2}}\s+$")
        # the date of an interview past the lead ("kepada wartawan, Rabu (4/6)", "ditemui wartawan di sela acara,
        # Rabu (4/6)"); a plain speech verb's date may be the activity's ("ujar Andi di Hotel X, Rabu")
        told = _cues(lexicons, 'told_reporters')
        self.interviewed_before_date = rx.compile(rf"(?<![\w])(?i:{interviewed}|{told})(?![\w])[^.\"”\n]{{0,40}}$")
        # what may join two bodies that share a verb or act through one another (cue slot `joined`)
        self.joined_word = rx.compile(rf"(?<![\w])(?i:{_cues(lexicons, 'joined')})(?![\w])")
        self.host_verb = rx.compile(rf"(?<![\w])(?:{_alternation(lexicons.host_verbs)})(?![\w])", rx.IGNORECASE)
        self.host_just_before = _cue_just_before(_alternation(lexicons.host_verbs) or _NOWHERE)
        activity = lexicons.event_cue_words("activity_verb")
        held = _cues(lexicons, "activity_noun")
        self.lead_activity = rx.compile(
            rf"(?<![\w])(?:{_alternation(activity)})\s+(?:(?:{held})\s+)?\p{{L}}{{4,}}",
            rx.IGNORECASE) if activity else rx.compile(_NOWHERE)
        governing = activity + lexicons.event_cue_words("participant_verb") + lexicons.event_cue_words("received")
        self.governed = rx.compile(rf"(?<![\w])(?i:{_alternation(governing) or _NOWHERE})\s+(?:(?i:{held})\s+)?$")
        passive = _alternation(c for c in lexicons.organizer_cues if c.casefold().startswith("yang ")) or _NOWHERE
        self.held_by = rx.compile(rf"[^.;:!?\n]{{0,60}}?(?<![\w])(?i:{passive})(?![\w])")
        self.function_word = rx.compile(rf"(?<![\w])(?:{_alternation(function_words)})(?![\w])", rx.IGNORECASE)
        any_place = [c for c in lexicons.location_cues if c.split()[-1].casefold() in ("di", "bertempat")]
        noun_place = [c for c in lexicons.location_cues if c not in any_place]
        stop = _alternation(function_words | set(lexicons.event_cue_words("place_stop")))
        weekdays = _alternation(s for day in lexicons.weekdays for s in day.spellings)
        tail = rf"(?:[ \t]+(?!(?:{stop})(?![\w])|{_PLACE_VERB}|(?:{weekdays}),?\s*[(\d])[^\s,.;:()]+){{0,8}}"
        determiner = rf"(?:(?i:{_cues(lexicons, 'place_determiner')})\s+)?"
        # "di" joined to a venue word (see self.offline)
        joined_di = rf"(?i:di)(?=(?i:{_alternation(nouns)})(?![\w-]))"
        self.noun_place = rx.compile(
            rf"(?<![\w])(?:(?:{_alternation(any_place + noun_place)})\s+|{joined_di})"
            rf"(?P<place>{determiner}(?i:{_alternation(nouns)})(?![\w-]){tail})")
        adverbs = _cues(lexicons, "subject_adverb")
        self.subject_gap = rx.compile(rf"\s*(?:{_ACRONYM}\s*)?(?:(?i:{adverbs})\s+)?")
        self.followed_from = rx.compile(
            rf"(?<![\w])(?i:{_cues(lexicons, 'followed_from')})\s+"
            rf"(?P<place>{determiner}(?i:{_alternation(nouns)})(?![\w-]){tail})")
        self._slot_patterns(lexicons)
        levels = _alternation(s for level in lexicons.levels for s in level.spellings)

        no_place = (rf"(?:{_cues(lexicons, 'no_place')})(?![\w])"
                    rf"|(?:{_cues(lexicons, 'whole_country')})(?![\w])(?!\s+\p{{Lu}})")

        def named_after(cues: str) -> rx.Pattern:
            """A named place (no bare level word: "di Kabupaten ...", no election nor the whole country: "di Pilkada
            X", "di Indonesia", though a venue's name may begin with the country's) after one of the ``cues``."""
            return rx.compile(rf"(?<![\w])(?i:{cues})\s+(?!(?i:{levels})(?![\w]))(?!{no_place})"
                              rf"(?P<place>{_PLACE_FIRST}{tail})")

        self.named_place = named_after(_alternation(any_place))
        self.stated_place = named_after(_alternation(c for c in any_place if " " in c) or _NOWHERE)
        # a word or an acronym may stand between a visit's noun and "ke" ("kunjungan sosial ke", "kunjungan kerja
        # (Kunker) ke")
        destinations = lexicons.event_cue_words("destination")
        towards = [c for c in destinations if c.casefold().endswith(" ke")]
        direct = [c for c in destinations if c not in towards]
        self.destination = named_after(
            rf"(?:{_alternation(c[:-3] for c in towards) or _NOWHERE})(?:\s+(?:\p{{Ll}}+|{_ACRONYM})){{0,2}}\s+ke"
            rf"|{_alternation(direct) or _NOWHERE}")
        saying = _alternation(form for verb in lexicons.speech_verbs for form in verb.before) or _NOWHERE
        self.statement_after_place = rx.compile(
            rf"\s*,\s*(?:{weekdays})(?:\s*\([^()\n]{{1,12}}\))?\s*,?\s*(?i:{saying})(?![\w])")

    def _slot_patterns(self, lexicons: Lexicons) -> None:
        """Patterns of the slot cues read around a found event: its name, theme, audience, a future date, a
        division, a body's name, a statement's setting and a staff matter."""
        quoted = r"\s*:?\s*[\"“‘'](?P<quoted>[^\"“”‘’\n]{2,200})[\"”’']"
        caps_word = r"(?:\p{Lu}[\p{L}\d'&-]*|\d+)"
        capitals = rf"\s+(?P<caps>{caps_word}(?:[ \t]+(?:{caps_word}|(?-i:to|of|the|and|on)))*)"
        words = partial(_cues, lexicons)  # one slot's cue alternation
        self.name_cue = rx.compile(
            rf"(?<![\w])(?i:{words('name')})(?:(?:[ \t]+\p{{Ll}}+){{0,2}}{quoted}|{capitals})")
        self.theme_cue = rx.compile(
            rf"(?<![\w])(?i:{words('theme')})(?:{quoted}|\s*:?\s+(?P<plain>\p{{Lu}}[^\n.,;(\"“”]{{2,200}}))")
        self.theme_stop = rx.compile(rf"\s(?i:{words('theme_stop')})(?![\w])")
        self.audience = rx.compile(rf"(?<![\w])(?i:{words('audience')})\s+(?P<group>[^\n.,;()]{{3,120}})")
        self.rakor_group = rx.compile(
            rf"(?<![\w])(?i:{words('audience')}|{words('rakor_group')})\s+(?P<group>[^\n.,;()]{{3,120}})")
        self.audience_stop = rx.compile(rf"\s(?:(?i:{words('audience_stop')})(?![\w])|(?:me|ber)\p{{Ll}}{{3,}})")
        # a group word stands as a word of its own ("se Jawa Tengah", "se-Kabupaten"), not inside one ("peserta")
        self.group_marker = rx.compile(rf"(?<![\w])(?i:{words('group')})(?:(?<=-)|(?![\w]))")
        self.group_word = rx.compile(rf"(?<![\w])(?i:{words('audience')})(?![\w])")
        self.future = rx.compile(rf"^[\s,)]*(?i:{words('future')})(?![\w])")
        # a plan word, up to three words of the plan, then words pointing at the date; a comma only before a pointer
        # that may follow one ("akan dimulai, yakni pada"), as a comma before another word closes the plan's clause
        self.planned = rx.compile(rf"(?<![\w])(?i:{words('planned')})\s+(?:\p{{Ll}}+\s+){{0,3}}"
                                  rf"(?:\p{{Ll}}+,\s+(?i:{words('comma_pointer')})\s+)?"
                                  rf"(?:(?i:{words('date_pointer')})\s+)*$")
        self.planned_activity = rx.compile(rf"(?<![\w])(?i:{words('planned')})\s+(?:[\p{{L}}-]+\s+){{0,2}}$")
        self.letter_reference = rx.compile(
            rf"(?<![\w])(?i:{words('letter_number')})\s*:?\s*[^\s,;]+(?:\s+[^\s,;]+){{0,3}}?"
            rf"\s*,?\s+(?i:{words('letter_date_word')})\s+$")
        self.ongoing = rx.compile(rf"(?<![\w])(?i:{words('ongoing')})\s+(?:tanggal\s+)?$")
        self.upper_bound = rx.compile(
            rf"(?<![\w])(?i:{words('upper_bound')})\s+(?:(?i:{words('letter_date_word')})\s+)?$")
        self.background = rx.compile(rf"(?<![\w])(?i:{words('background')})(?![\w])[^,.;:!?\n\"“”]{{2,160}},")
        heads = _cues(lexicons, "division_head")
        vocabulary = _alternation(lexicons.division_vocabulary) or _NOWHERE
        self.division_name = rx.compile(rf"(?<![\w])(?i:{heads})(?:\s+(?:{vocabulary})(?![\w]),?)*\s+$")
        self.body_name = _any_word(lexicons.event_cue_words("body_name"))
        self.work_name = rx.compile(rf"(?<![\w])(?i:{words('work_name')})(?=[ \t]+\p{{Lu}})")
        self.sentence_start = rx.compile(r"(?:^|[.!?;:\n–—-]|\)\s*[-–—])[\s\"“]*$")
        generic = {t.split()[0].casefold() for entry in (*lexicons.event_types, *lexicons.event_verbs)
                   for t in entry.triggers if t == t.casefold()}
        self.generic_first_words = generic | {s.casefold() for body in lexicons.election_bodies for s in body.spellings}
        self.rakor = {w.casefold() for w in lexicons.event_cue_words("rakor")}
        self.met_with = {w.casefold() for w in lexicons.event_cue_words("met_with")}
        self.hearing = {w.casefold() for w in lexicons.event_cue_words("hearing")}
        self.figurative = rx.compile(rf"(?-i:{words('figurative_place')})")
        # a count of districts, villages or polling stations after "di" ("di enam kecamatan", "di 15 desa", "di
        # sejumlah TPS", a number word and its scale: "di dua belas desa"), or after "ke" or "untuk" of goods
        # distributed to them: the activity held across them, in person
        # (LABELLING.md, "A city, regency or set of districts as the only place")
        carried = (rf"(?<=(?<![\w])(?i:{words('distribution')})(?:\s+[\w-]+){{0,5}}\s+)"
                   rf"(?i:{words('district_carried_to')})")
        self.districts = rx.compile(rf"(?:(?<![\w])(?i:{words('district_preposition')})|{carried})\s+"
                                    rf"(?:\d[\d.]*|(?i:{words('district_count')}))"
                                    rf"(?:\s+(?i:{words('district_scale')}))?\s+(?i:{words('district_noun')})(?![\w])")
        # a proposal's words (polling_proposed) set districts aside too ("merekomendasikan pemungutan suara ulang di
        # dua desa")
        self.districts_aside = rx.compile(
            rf"(?<![\w])(?i:{words('district_aside')}|{words('polling_proposed')})(?![\w])")
        self.polling_station = rx.compile(rf"(?<![\w])(?i:{words('polling_station')})(?![\w])")
        self.polling_proposed = rx.compile(rf"(?<![\w])(?i:{words('polling_proposed')})(?![\w])")
        self.not_held = rx.compile(rf"(?<![\w])(?i:{words('not_held')})(?![\w])")
        self.election_held = rx.compile(rf"(?<![\w])(?i:{words('election_word')})(?![\w])"
                                        rf"[^,.;:!?\n]{{0,40}}?(?<![\w])(?i:{words('held_verb')})(?![\w])")
        # an award's bare word ("penghargaan") is a trigger only beside a word of an award won, given or staged
        # ("Raih Dua Penghargaan", "malam penghargaan", "penghargaan berhasil diraih"), not as thanks or an opinion
        self.award_word = {w.casefold() for w in lexicons.event_cue_words("award_word")}
        self.award_before = rx.compile(rf"(?<![\w])(?i:{words('award_before')})\s+"
                                       rf"(?:(?!(?i:{words('award_gap_stop')})(?![\w]))[\p{{L}}\d]+\s+){{0,2}}$")
        self.award_after = rx.compile(rf"\s+(?:[\p{{L}}]+\s+)?(?i:{words('award_after')})(?![\w])")
        self.held_later = rx.compile(rf"(?:\s+[\p{{L}}-]+)?\s+(?:\d|(?i:{words('held_later')})(?![\w]))")
        self.election_stage = rx.compile(rf"(?<![\w])(?i:{words('election_stage')})\s+$")
        self.voting_cue = rx.compile(rf"(?<![\w])(?i:{words('voting_cue')})(?![\w])")
        self.rakor_partner = rx.compile(
            rf"[^.;:!?\n]{{0,120}}?(?<![\w])(?i:{words('rakor_with')})\s+(?:[^\s.,;:!?]+\s+){{0,3}}?"
            rf"(?i:{words('rakor_partner')})(?![\w])")
        # "Program Divisi Pencegahan": a division after a name cue names an office, not the event
        self.division_heads = {w.casefold() for w in lexicons.event_cue_words("division_head") if " " not in w}
        self.election_words = {w.casefold() for w in lexicons.event_cue_words("name_election") if " " not in w}
        self.election_day = rx.compile(rf"(?<![\w])(?i:{_cues(lexicons, 'name_election')})(?:\s+\p{{Ll}}+){{0,2}}"
                                       rf"\s+(?:(?i:pada|tanggal)\s+)?$")
        self.hierarchies = [tuple(c.casefold() for c in e.cues) for e in lexicons.event_cues if e.slot == "hierarchy"]
        # the legislatures of organizations.yaml (org.legislature): a council ("DPRD Kota X") and its commissions,
        # named with their council ("Komisi I DPRD Kaltim": the heads that hold another body's name, name_words
        # holding_heads)
        holding = set(lexicons.organization_name_words.get("holding_heads", ()))
        legislatures = [h for g in lexicons.organization_heads if g.id == "org.legislature" for h in g.heads]
        councils = [h for h in legislatures if h not in holding]
        commissions = [h for h in legislatures if h in holding]
        self.legislature = rx.compile(rf"(?<![\w])(?:{_alternation(councils) or _NOWHERE})(?![\w])")
        self.commission = rx.compile(rf"(?:{_alternation(commissions) or _NOWHERE})[ \t]+(?=\S)")
        self.hierarchy_words = {w for words in self.hierarchies for w in words}
        doing = _alternation([*lexicons.host_verbs, *lexicons.event_cue_words("participant_verb")]) or _NOWHERE
        self.doer_verb = rx.compile(rf"(?:[ \t]+[^\s.,;:!?()]+){{0,3}}?[ \t]+(?i:{doing})(?![\w])")
        heads = [h for g in lexicons.organization_heads if g.id != ADHOC_GROUP for h in g.heads]
        self.body_head = rx.compile(rf"(?:{_alternation(heads) or _NOWHERE})(?![\w-])")
        self.present_verb = rx.compile(rf"[ \t]*(?i:{words('present_verb')})(?![\w])")
        # a relative clause inside a list's item ("perwakilan partai politik yang mendapatkan kursi di DPRD X", "Andi
        # yang sebelumnya menjabat sebagai anggota Bawaslu Y"): it tells of the item before it, save one that says
        # whom the item is there for ("yang berasal dari", "yang mewakili")
        self.relative_item = rx.compile(rf"(?<![\w])(?i:{words('relative')})\s+(?!(?i:{words('relative_member')})(?![\w]))")
        self.relative_participant = rx.compile(
            rf"[ \t]*(?:{_ACRONYM}[ \t]*)?,?[ \t]*(?i:{words('relative')})[ \t]+"
            rf"(?i:{words('participant_verb')})(?![\w])")
        self.group_recap = rx.compile(
            rf"(?<![\w])(?:ke)?(?P<number>(?i:{words('group_recap')}))\s+(?:\p{{L}}+\s+){{1,2}}?(?:{_ACRONYM}\s+)?"
            rf"(?i:tersebut|itu)\s+(?i:{words('recap_link')})\s*:?", rx.IGNORECASE)
        self.counted_with = rx.compile(rf"(?<![\w])(?i:{_cues(lexicons, 'trigger_link')})\s+(?P<number>\p{{L}}+)\s")
        self.earlier = rx.compile(rf"(?:^|[.!?\n])[\s\"“]*(?i:{words('earlier')})(?![\w])[^.!?\n]*$")
        self.host_venue = rx.compile(rf"(?<![\w])(?i:di|bertempat di)\s+(?i:{words('host_venue')})\s+$")
        self.statement_setting = rx.compile(
            rf"(?<![\w])(?i:{words('statement_setting')})\s+(?:\p{{L}}+\s+){{1,2}}?"
            rf"(?i:{words('setting_preposition')})\s+(?:(?i:{words('activity_noun')})\s+)?")
        self.staff_matter = _any_word(lexicons.event_cue_words("staff_matter"))
        # a reported clause ("Ia menyampaikan bahwa ..."; speech.yaml indirect_connectors): what someone says of
        # other work, not what the story reports
        self.reported = rx.compile(rf"(?<![\w])(?i:{_alternation(lexicons.indirect_connectors) or _NOWHERE})(?![\w])")
        self.learners = _any_word(lexicons.event_cue_words("learners"))
        self.time_before = _cue_just_before(words("time_reference"))
        self.figure = rx.compile(rf"(?:\A|[.,;:!?\n(])[ \t]*(?i:{words('figure')})\s+$")
        # a source cited before a trigger ("berdasarkan hasil rekapitulasi", "sesuai penetapan"): types nothing
        self.reference = rx.compile(rf"(?<![\w])(?i:{words('reference')})\s+$")
        # an activity done before the one reported ("sebelumnya dilakukan sosialisasi", "yang sebelumnya telah lulus
        # seleksi administrasi"): the earlier cue, two lower-case words at most between (a verb, an auxiliary), types
        # nothing; a subject named after it ("Sebelumnya KPU menggelar sosialisasi") leaves the trigger to the
        # story's fallback
        self.done_earlier = rx.compile(rf"(?<![\w])(?i:{words('earlier')})(?:\s+\p{{Ll}}+){{0,2}}\s+$")
        self.adoption = {w.casefold() for w in lexicons.event_cue_words("adoption")}
        self.launch = {w.casefold() for w in lexicons.event_cue_words("launch")}
        self.act_noun = rx.compile(rf"\p{{L}}{{3,}}(?i:{words('act_noun_ending')})")
        self.issued_document = rx.compile(rf"\s+(?i:{words('issued_document')})(?![\w])")
        self.overseer = rx.compile(rf"(?:{words('overseer')})(?![\w])")
        self.staff_forum = {w.casefold() for w in lexicons.event_cue_words("staff_forum")}
        self.staff_audience = rx.compile(rf"(?:\s+\p{{L}}+){{0,3}}?\s+(?i:{words('staff_audience')})(?![\w])")
        self.goes_to_body = rx.compile(rf"(?<![\w])(?i:ke)\s+(?:(?i:{words('visited_office')})\s+)?$")
        self.document_issuer = rx.compile(rf"(?<![\w])(?i:{words('document_issuer')})\s+$")
        self.completed_state = rx.compile(rf"(?<![\w])(?i:{words('completed_state')})\s+$")
        self.former = rx.compile(rf"(?<![\w])(?i:{words('former')})\s+(?:\p{{L}}+\s+){{0,3}}$")
        adverb = rf"(?:(?i:{words('appeal_adverb')})\s+)"
        self.urged = rx.compile(
            rf"(?:(?<![\w])(?i:{words('duty')})\s+(?:(?i:untuk)\s+)?|(?<![\w])(?i:{words('appeal')})\s+"
            rf"[^.;:!?\n]{{1,120}}?\s(?i:untuk|agar)\s+){adverb}{{0,3}}$"
            rf"|(?<![\w])(?i:untuk|agar)\s+{adverb}{{1,3}}$")
        function_words = _alternation({w.casefold() for w in lexicons.organization_name_stopwords}) or _NOWHERE
        self.topic_verb = rx.compile(rf"(?<![\w])(?i:{words('topic_verb')})"
                                     rf"(?:(?!\s+(?i:{function_words})(?![\w])){_PHRASE_WORD}){{0,2}}\s+$")

    def triggers_in(self, text: str, offset: int) -> list[_Trigger]:
        """Every trigger in ``text``, a match inside a longer one dropped (overlapping triggers all count: each
        match is a lookahead); a word of one trigger written with two letters swapped ("diksusi") counts as it."""
        return _outermost(self.every_trigger(text, offset))

    def every_trigger(self, text: str, offset: int) -> list[_Trigger]:
        """Every match of a trigger in ``text``, those inside a longer one included."""
        found = [t for t in self._matches(self.triggers, text, offset)
                 if t.text.casefold() not in self.award_word or self._award(text, t.start - offset, t.end - offset)]
        found += [_Trigger(order, entry.type, entry.id, offset + m.start(), offset + m.end(), m.group(), verb, over)
                  for m in _WORD.finditer(text) if m.group().casefold() in self.misspelt
                  for order, entry, verb, over in [self.misspelt[m.group().casefold()]]]
        return found

    def _award(self, text: str, start: int, end: int) -> bool:
        """Whether the award's bare word at ``start``-``end`` of ``text`` stands beside a word of an award won, given
        or staged."""
        return bool(self.award_before.search(text, max(0, start - 60), start) or self.award_after.match(text, end))

    @staticmethod
    def _matches(entries: list[tuple], text: str, offset: int) -> list[_Trigger]:
        """Every match in ``text`` of the (order, entry, verb, over, pattern) ``entries``, as a trigger."""
        return [_Trigger(order, entry.type, entry.id, offset + m.start(1), offset + m.end(1), m.group(1), verb, over)
                for order, entry, verb, over, pattern in entries for m in pattern.finditer(text)]

    def goods_in(self, text: str, offset: int) -> list[_Trigger]:
        """The election goods of ``text`` ("surat suara", "kotak suara") as OTHER triggers of the goods rule."""
        if self.goods is None:
            return []
        order, rule, pattern = self.goods
        return [_Trigger(order, "OTHER", rule, offset + m.start(), offset + m.end(), m.group())
                for m in pattern.finditer(text)]

    def names_activity(self, lead: str) -> bool:
        """Whether the lead names its own activity after a host verb ("melaksanakan pembersihan APK"): then a trigger
        further on in the story is not the article's event."""
        return bool(self.lead_activity.search(lead))

    def background_spans(self, text: str, offset: int) -> list[tuple[int, int]]:
        """Fronted clauses that set the scene at the start of a sentence ("Jelang coklit, ...", "Dalam rangka
        pemutakhiran data pemilih, ..."): their triggers are background, not the reported activity."""
        return [(offset + m.start(), offset + m.end()) for m in self.background.finditer(text)
                if self.sentence_start.search(text, 0, m.start())]

    def topic_of_verb(self, text: str, offset: int, trigger: _Trigger) -> bool:
        """Whether the trigger is the object of a verb of topic or purpose ("Bahas Sosialisasi Pemilih Pemula",
        "Perkuat Pendidikan Pemilih", "memastikan hasil coklit"): it names what the activity is about, not the
        activity, and like a clause setting the scene it types the event only when nothing else does."""
        start = trigger.start - offset
        return bool(self.topic_verb.search(text, max(0, start - 60), start))

    def planned_for(self, text: str, offset: int, trigger: _Trigger) -> bool:
        """Whether the trigger is an activity planned or promised, a plan word a verb or two before it ("berencana
        menyosialisasikan", "Bawaslu NTB Siap Lakukan Pengawasan", "akan menggelar sosialisasi"): not held yet, it
        types the event, like a clause setting the scene, only when nothing held does."""
        start = trigger.start - offset
        return bool(self.planned_activity.search(text, max(0, start - 60), start))

    def in_title(self, text: str, offset: int, trigger: _Trigger, titles: list[tuple[int, int]]) -> bool:
        """Whether the trigger names an office, a body or a work, not an activity ("Kadiv Sosialisasi, Pendidikan
        Pemilih", "Forum Kerukunan Umat Beragama", "Panitia Pemungutan Suara", "Jingle Banggai Mencoblos"): it stands
        in a role's evidence, a body's name or a work's capitalised title (``titles``, with the ``body_name`` and
        ``work_name`` cues) or after a division head and division words only."""
        return (_within(trigger.start, titles)
                or bool(self.division_name.search(text, max(0, trigger.start - offset - 150), trigger.start - offset)))

    def names_doer(self, text: str, offset: int, trigger: _Trigger) -> bool:
        """Whether a trigger that is also the name of a body of the election hierarchy ("Pantarlih") is the subject of
        a host or participant verb a few words on ("Pantarlih se-Kabupaten X Lakukan Apel", "Ratusan Pantarlih Ikuti
        Bimtek"): it names who does the activity, not the activity."""
        return (trigger.words in self.hierarchy_words
                and bool(self.doer_verb.match(text, trigger.end - offset)))

    def issues_document(self, text: str, offset: int, trigger: _Trigger) -> bool:
        """Whether a plenary's adoption trigger stands right before a regulation's, a guideline's or a public
        declaration's word ("menetapkan Maklumat Pelayanan", "Penetapan Peraturan KPU Provinsi"): the body issues a
        document, which is no plenary decision or count, so the trigger types nothing."""
        return (trigger.words in self.adoption
                and bool(self.issued_document.match(text, trigger.end - offset)))

    def adopted_before(self, text: str, offset: int, trigger: _Trigger) -> bool:
        """Whether a plenary's passive adoption verb stands in a relative clause of a completed state ("sesuai dengan
        standar yang telah ditetapkan", "jadwal yang sudah ditetapkan"): it says what a thing already is, no decision
        the story reports, so it types nothing (an installation so written, "PPS yang telah dilantik", still tells of
        the ceremony)."""
        return (trigger.verb and trigger.words in self.adoption and trigger.words.startswith("di")
                and bool(self.completed_state.search(text, max(0, trigger.start - offset - 20),
                                                     trigger.start - offset)))

    def held_activity(self, text: str, offset: int, found: list[_Trigger]) -> list[_Trigger]:
        """The lead's triggers from the first one a host or a participant verb governs ("menggelar rapat koordinasi",
        "mengikuti kegiatan sosialisasi") or whose holder a passive cue names after it ("diskusi Rabu Ingin yang
        diselenggarakan KPU ..."): a trigger written before it sets the scene ("Tahapan pemungutan suara
        semakin dekat. KPU ... menggelar rapat koordinasi")."""
        held = [t for t in found if self.governed.search(text, max(0, t.start - offset - 60), _head_end(t) - offset)
                or self.held_by.match(text, t.end - offset)]
        if not held:
            return found
        first = min(t.start for t in held)
        return [t for t in found if t.start >= first]

    def anchored(self, text: str, offset: int, found: list[_Trigger]) -> list[_Trigger]:
        """The triggers, with an object word ("pasangan calon") kept only right after a trigger of a type it
        specialises, at most a number between ("menetapkan tiga pasangan calon"), and with no stop word after it in its
        sentence ("pasangan calon ... terpilih")."""
        heads = [t for t in found if not t.over]
        objects = self._matches(self.objects, text, offset)
        objects = [o for o in objects if not any(h.start <= o.start and o.end <= h.end for h in heads)]
        return heads + [o for o in objects
                        if not (o.rule in self.object_stop and self.object_stop[o.rule].match(text, o.end - offset))
                        and any(h.type in o.over and h.end <= o.start
                                and _OBJECT_GAP.fullmatch(text, h.end - offset, o.start - offset) for h in heads)]

    def type_of(self, texts: list[tuple[str, int, str]], titles: list[tuple[int, int]] | None = None,
                scanned: Mapping[str, list[_Trigger]] | None = None,
                overseer_ends: Sequence[int] = ()) -> tuple[str, str, _Trigger | None]:
        """(type, rule, trigger) from the first of ``texts`` (text, offset, part) that holds a trigger;
        ``scanned`` holds the triggers a caller already found in a part, which are not searched again;
        ``overseer_ends`` are the ends of the headline's oversight bodies named with their region.

        Verb triggers ("Dikukuhkan", "ditetapkan") count in the headline and lead only, and a headline that holds
        nothing but verbs, or only triggers of a clause setting the scene ("Terkait Sosialisasi ..., Karno: ..."),
        yields to a named activity of the lead ("sosialisasi", "melakukan monitoring"). A headline's visit verb right
        after an oversight body named with its region ("Pengawasan Masa Kampanye, Bawaslu X Awasi ...") types it
        VISIT: the oversight is the story, not the stage the headline names."""
        held = None
        titles = titles or []
        for text, offset, part in texts:
            if part == "story" and held is None and any(p == "lead" and self.names_activity(t) for t, _, p in texts):
                break
            names = titles + [(offset + m.start(), offset + m.end()) for m in self.body_name.finditer(text)]
            names += [(offset + m.end(), offset + _TITLE_RUN.match(text, m.end()).end())
                      for m in self.work_name.finditer(text)]
            raw = scanned[part] if scanned and part in scanned else self.triggers_in(text, offset)
            if part != "story":
                raw = _outermost([*raw, *self.goods_in(text, offset)])
            raw = _without_acronyms(text, offset, raw)
            found = [t for t in raw if (part != "story" or not t.verb)
                     and not self.in_title(text, offset, t, names) and not self.names_doer(text, offset, t)
                     and not self.urged.search(text, max(0, t.start - offset - 160), t.start - offset)
                     and not self.figure.search(text, max(0, t.start - offset - 20), t.start - offset)
                     and not self.reference.search(text, max(0, t.start - offset - 40), t.start - offset)
                     and not self.done_earlier.search(text, max(0, t.start - offset - 60), t.start - offset)
                     and not self.issues_document(text, offset, t)
                     and not self.adopted_before(text, offset, t)
                     and not (part == "headline" and self.time_before.search(text, max(0, t.start - offset - 20),
                                                                             t.start - offset))]
            found = self.anchored(text, offset, found)
            background = self.background_spans(text, offset)
            kept = [t for t in found if not _within(t.start, background) and not self.topic_of_verb(text, offset, t)
                    and not self.planned_for(text, offset, t)]
            headline = part == "headline"
            if headline and found and not kept:
                held = min(found, key=lambda t: (t.order, t.start))
                continue
            found = kept or found
            if not found:
                continue
            if part == "lead":
                found = self.held_activity(text, offset, found)
            if not headline:
                found = _phrase(text, offset, found)
            gatherings = [t.start for t in found if t.order in self.topic_heads and t.words not in self.launch
                          and not self.named_by_next(text, offset, t, found)]
            if gatherings:
                written = found
                found = _with_coordinated(text, offset, found, min(gatherings), headline)
                if headline:
                    found += self.after_clause_break(text, offset, written, found, min(gatherings))
            if held is not None:
                found = [t for t in found if not t.verb]
                if not found:
                    return held.type, held.rule, held
            overseen = next((t for t in found if headline and t.verb and t.type == "VISIT"
                             and any(end <= t.start and not text[end - offset:t.start - offset].strip()
                                     for end in overseer_ends)), None)
            if overseen is not None:
                return overseen.type, self.cue_rule["overseer"], overseen
            best = min(found, key=lambda t: (t.order, t.start))
            if self.for_staff(text, offset, best):
                best = replace(best, type="MEETING", rule=self.cue_rule["staff_matter"])
            if best.words in self.staff_forum and self.staff_audience.match(text, best.end - offset):
                best = replace(best, type="TRAINING", rule=self.cue_rule["staff_audience"])
            if headline and all(t.verb for t in found):
                held = best
                continue
            if headline and best.type == "VOTER_EDUCATION":
                best = self.held_rakor(texts, scanned) or best
            return best.type, best.rule, best
        if held is not None:
            return held.type, held.rule, held
        return self.lexicons.event_fallback.type, self.lexicons.event_fallback.id, None

    def named_by_next(self, text: str, offset: int, head: _Trigger, found: list[_Trigger]) -> bool:
        """Whether a plain gathering word (no rakor) is followed at once by a noun of an act of a type a gathering can
        be held as (events.yaml ``held_acts``): that act held as the gathering, no topic of it (event-types.md)."""
        if head.order != self.generic or head.words in self.rakor:
            return False
        return any(t.order in self.held_acts and not t.verb and t.start >= head.end
                   and not text[head.end - offset:t.start - offset].strip()
                   and self.act_noun.fullmatch(t.text.split()[0]) for t in found)

    def held_rakor(self, texts: list[tuple[str, int, str]],
                   scanned: Mapping[str, list[_Trigger]] | None) -> _Trigger | None:
        """The lead's coordination meeting that a host verb governs ("KPU ... melaksanakan Rapat Koordinasi bersama
        Partai Politik"): under a headline's outreach ("Gelar Sosialisasi Peraturan Kampanye") it is the activity's
        form and the outreach its topic, so the bodies that join it decide the type (LABELLING.md, "Rakor")."""
        for text, offset, part in texts:
            if part != "lead":
                continue
            found = scanned[part] if scanned and part in scanned else self.triggers_in(text, offset)
            return next((t for t in found if t.words in self.rakor
                         and self.governed.search(text, max(0, t.start - offset - 60), t.start - offset)), None)
        return None

    def after_clause_break(self, text: str, offset: int, written: list[_Trigger], kept: list[_Trigger],
                           head: int) -> list[_Trigger]:
        """Triggers of a headline past a comma after the gathering at ``head`` that a host verb governs ("Evaluasi
        Pilkada 2020, Komisi II DPR RI Lakukan Kunker ke Kalsel"): a clause of its own, not the gathering's topic."""
        comma = text.find(",", head - offset)
        if comma < 0:
            return []
        return [t for t in written if t not in kept and t.start - offset > comma
                and self.host_just_before.search(text, 0, t.start - offset)]

    def for_staff(self, text: str, offset: int, trigger: _Trigger) -> bool:
        """Whether an outreach's topic, in the clause after its trigger, is a staff matter ("Sosialisasi Tata Naskah
        Dinas", "sosialisasi aplikasi SRIKANDI"): it informs the staff, not the public, so it is no voter education."""
        if trigger.type != "VOTER_EDUCATION":
            return False
        start = trigger.end - offset
        clause = rx.search(r"[.;:!?\n]", text[start:start + _STAFF_REACH])
        return bool(self.staff_matter.search(text, start, start + (clause.start() if clause else _STAFF_REACH)))

    def type_by_bodies(self, event_type: str, rule: str, trigger: _Trigger | None,
                       bodies: list[str], groups: list[str] = (), lead_rakor: bool = False,
                       partners: bool = False, met: Sequence[str] = (), holder: str | None = None) -> tuple[str, str]:
        """A coordination meeting ("rakor", "rapat koordinasi") typed by the bodies that hold and join it: with a body
        outside the holder's own hierarchy (police, courts, local offices, parties, Bawaslu for a KPU) it is
        COORDINATION, within it (KPU RI, provincial and local KPU, their ad hoc bodies) MEETING (LABELLING.md). A group
        of bodies written as a group (``groups``: "Dinas Dukcapil Kabupaten/Kota se-Jawa Tengah") joins as one body
        when it begins with a body's head word or a hierarchy's. A meeting named by a plain word ("KPU X Rapat
        PDPB") whose lead calls it a rakor (``lead_rakor``) is typed so too. Partners outside the hierarchy written
        generically after the rakor (``partners``: "bersama stakeholder dan Partai Politik") count as such a body.
        A plain working meeting ("rapat", "rapat kerja", "pertemuan") held with a body written after it (``met``:
        "DPRD menggelar rapat kerja bersama KPU ...", "Gelar Pertemuan Tertutup dengan DPR") is a working contact with
        that body: of another hierarchy than its ``holder``'s, or outside any, it is COORDINATION too."""
        if event_type == "MEETING" and trigger is not None and trigger.words in self.met_with and met:
            met_bodies = [holder, *met] if holder else list(met)
            kinds = [self.hierarchy_of(body) for body in met_bodies]
            if len(met_bodies) > 1 and (None in kinds or len(set(kinds)) > 1):
                return "COORDINATION", self.cue_rule["met_with"]
            return event_type, rule
        if event_type != "MEETING" or trigger is None or (trigger.words not in self.rakor and not lead_rakor):
            return event_type, rule
        if partners:
            return "COORDINATION", self.cue_rule["rakor"]
        bodies = [*bodies, *(g for g in groups if self.body_head.match(g) or self.hierarchy_of(g) is not None)]
        groups = {self.hierarchy_of(body) for body in bodies}
        if None in groups or len(groups) > 1:
            return "COORDINATION", self.cue_rule["rakor"]
        return event_type, rule

    def hierarchy_of(self, body: str) -> int | None:
        """The index of the hierarchy whose first words begin the body's name, or None when it is of none."""
        name = body.casefold()
        return next((i for i, words in enumerate(self.hierarchies)
                     if any(name == w or name.startswith(w + " ") for w in words)), None)


def _phrase(text: str, offset: int, found: list[_Trigger]) -> list[_Trigger]:
    """The first trigger written and those chained to it in one noun phrase ("Rapat Pleno Terbuka Rekapitulasi
    Daftar Pemilih"): among them the more specific type wins, as in a headline."""
    ordered = sorted(found, key=lambda t: (t.start, -t.end))
    chain = [ordered[0]]
    for t in ordered[1:]:
        end = max(c.end for c in chain)
        if t.start < end or _PHRASE_GAP.fullmatch(text[end - offset:t.start - offset]):
            chain.append(t)
        else:
            break
    return chain


def _without_acronyms(text: str, offset: int, found: list[_Trigger]) -> list[_Trigger]:
    """The triggers, one that is only the parenthesised acronym of the trigger right before it ("Pemungutan Suara
    Ulang (PSU)") left out: the same mention, which the trigger written in full stands for (a topic with it)."""
    written = {t.end for t in found}
    return [t for t in found if not any(
        (m := _TRIGGER_ACRONYM.match(text, end - offset)) and offset + m.start(1) == t.start
        for end in written if end <= t.start)]


def _with_coordinated(text: str, offset: int, found: list[_Trigger], head: int, headline: bool) -> list[_Trigger]:
    """The triggers up to the gathering's at ``head`` and, in a headline, those joined to it by "dan"/"serta"
    ("Sosialisasi dan Bimtek"): a second activity, not the first one's topic, so the more specific type still wins
    among them; what follows them is their topic. In the lead the first activity written wins ("menjalani pelantikan
    dan pembekalan")."""
    kept = [t for t in found if t.start <= head]
    if not headline:
        return kept
    end = max(t.end for t in kept if t.start == head)
    for t in sorted(found, key=lambda t: t.start):
        if t.start > head and _COORDINATE.fullmatch(text, end - offset, t.start - offset):
            kept.append(t)
            end = max(end, t.end)
    return kept


def _head_end(trigger: _Trigger) -> int:
    """Where the trigger's governing verb would end: after its first word when the trigger is written with its verb
    ("melaksanakan pengawasan"), else at its start."""
    words = trigger.text.split(None, 1)
    return trigger.start + len(words[0]) + 1 if len(words) > 1 else trigger.start


def _outermost(found: list[_Trigger]) -> list[_Trigger]:
    """The triggers, a match inside a longer one dropped."""
    return [t for t in found
            if not any(o is not t and o.start <= t.start and t.end <= o.end and o.end - o.start > t.end - t.start
                       for o in found)]


def _triggers_between(article: _Article, start: int, end: int) -> list[_Trigger]:
    """The triggers of ``text[start:end]`` as ``triggers_in`` finds them there, read from the article's own scan
    when neither end splits a word and no trigger runs across the end (then the stretch's matches are the same: a
    trigger begins and ends with a word character); searched in the stretch otherwise. Several slot finders ask
    this of short stretches of one article."""
    text = article.text
    end = min(end, len(text))
    if _splits_word(text, start) or _splits_word(text, end) or any(t.start < end < t.end for t in article.triggers):
        return article.finder.triggers_in(text[start:end], start)
    return _outermost([t for t in article.triggers if start <= t.start and t.end <= end])


def _splits_word(text: str, position: int) -> bool:
    """Whether ``position`` falls inside a run of the characters the trigger patterns' edge guards look at."""
    return 0 < position < len(text) and bool(_WORD_EDGE.match(text, position - 1) and _WORD_EDGE.match(text, position))


def _within(position: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``position`` falls inside one of ``spans`` (start inclusive, end exclusive)."""
    return any(start <= position < end for start, end in spans)


def _lead_window(text: str, body_start: int, lead_end: int, min_chars: int = _LEAD_MIN_CHARS) -> int:
    """The end of the lead: the given lead, stretched to a sentence end when it is only a dateline or a stub."""
    if lead_end - body_start >= min_chars:
        return lead_end
    end = _SENTENCE_END.search(text, body_start + min_chars)
    return max(lead_end, end.end() if end else len(text))


def _participants_and_organizer(article: _Article, trigger: _Trigger | None, outside: list[tuple[int, int]],
                                anchors: list[_Trigger], quoted: list[tuple[int, int]]) -> _Roles:
    """Organizer and its rule, participating bodies and the bodies that join of their own accord, from the cues
    around each body up to ``article.reach`` and the words after the event's triggers (``anchors``); a body inside
    a group written as a group (``outside``) is none of them, nor is a party listed inside ``quoted`` speech."""
    inside = sorted((o for o in article.orgs if o.start < article.reach
                     and not _within(o.start, outside)), key=lambda o: o.start)
    roles = _Roles()
    for org in inside:
        _read_cues(article, org, trigger, anchors, roles)
    _add_listed_later(article, outside, roles)
    _choose_organizer(article, inside, roles, by_default=not _statement_setting(article),
                      trigger_type=trigger.type if trigger is not None else None)
    _add_held_with(article, outside, roles)
    _add_met_later(article, outside, roles)
    _add_party_roster(article, outside, quoted, roles)
    return roles


def _add_party_roster(article: _Article, outside: list[tuple[int, int]], quoted: list[tuple[int, int]],
                      roles: _Roles) -> None:
    """Parties listed one after another right after a sentence names the parties as a group ("Parpol yang hadir
    meliputi: 1) Partai A, 2) Partai B"): the story is an activity of every party, so each listed party takes part
    wherever the roster stands; its list ends at the first word that is no item. The roster must be the narrator's:
    parties a speaker names in ``quoted`` speech ("“Parpol yang sudah mengirim operatornya yakni Partai X dan Partai
    Y,” ujar ...") are the speaker's own account, which the story does not report as who takes part, so the list ends
    at the first party inside a quote, wherever its group word stands ("menyebut partai politik “yang lolos yakni
    Partai X ...”"). No roster counts in a sentence about an earlier activity ("Sebelumnya, partai politik yang ...";
    ``EventFinder.earlier``) nor in one a ``roster_stop`` word before its opener turns to something else than the
    parties' own activity ("Partai yang meraih kursi terbanyak adalah Partai A")."""
    text = article.text
    finder = article.finder
    parties = sorted((o for o in article.orgs if o.rule == "org.party" and o.start >= article.body_start
                      and not _within(o.start, outside)), key=lambda o: o.start)
    named = {o.start for o in article.orgs if o.rule == "org.party"}
    for roster in finder.party_roster.finditer(text, article.body_start):
        if roster.start() in named:  # "Partai" opening a party's own name ("Partai Golkar di X adalah ...") is no group
            continue
        sentence = max(text.rfind(mark, article.body_start, roster.start()) for mark in ".!?\n") + 1
        if finder.earlier.search(text, article.body_start, roster.start()) \
                or finder.roster_stop.search(text, max(sentence, article.body_start), roster.end()):
            continue
        at = roster.end()
        for party in (o for o in parties if o.start >= at):
            if not _ROSTER_GAP.fullmatch(text, at, party.start) or _within(party.start, quoted):
                break
            if party.name != roles.organizer and party.name not in roles.participants:
                roles.participants.append(party.name)
            at = party.end


def _held_by_legislature(article: _Article, triggers: list[_Trigger], roles: _Roles) -> None:
    """A legislature's hearing or working session written with the legislature it is held with ("saat rapat kerja
    dengan Komisi I DPRD Maluku", "RDP bersama Komisi II DPR RI"): the legislature convenes it, so it is the organizer
    and the body a cue made its organizer takes part."""
    finder = article.finder
    hearings = [t for t in triggers if t.words in finder.hearing and t.start < article.window_end]
    body = next((o.name for o in sorted(article.orgs, key=lambda o: o.start) if finder.legislature.search(o.name)
                 and any(_linked_to_trigger(article, t, o) for t in hearings)), None)
    if body is None or body == roles.organizer:
        return
    if roles.organizer is not None:
        roles.participants.append(roles.organizer)
    roles.organizer, roles.organizer_rule = body, finder.cue_rule["hearing"]


def _statement_setting(article: _Article) -> bool:
    """Whether the story's opening places a statement in an activity by a trigger right after the cue ("Hal itu
    mengemuka dalam FGD ...", "Hal itu disampaikannya dalam forum ..."): the text then says only that someone spoke
    there."""
    text, finder = article.text, article.finder
    for m in finder.statement_setting.finditer(text, article.body_start, article.reach):
        if any(t.start == m.end() for t in _triggers_between(article, m.end(), m.end() + 80)):
            return True
    return False


def _add_held_with(article: _Article, outside: list[tuple[int, int]], roles: _Roles) -> None:
    """Bodies past ``article.reach`` in a list the organizer's own sentence opens after its host verb and a trigger
    ("Bawaslu Pati menggelar rapat koordinasi bersama 10 stakeholder, antara lain KPU, Polresta Pati, ..."): it holds
    the activity with them wherever the story tells of it."""
    if roles.organizer is None:
        return
    text, finder = article.text, article.finder
    for org in sorted(article.orgs, key=lambda o: o.start):
        if org.start < article.reach or org.name in roles.participants or org.name == roles.organizer \
                or _within(org.start, outside):
            continue
        floor = max(article.body_start, org.start - _LIST_REACH)
        cue = _list_cue(article, org.start, article.body_start)
        if cue is None or finder.attendance_cue.fullmatch(cue.group()):
            continue
        cue_start = floor + cue.start()
        clause_start = max(text.rfind(". ", 0, cue_start), text.rfind("\n", 0, cue_start), article.body_start)
        host = next((h for h in finder.host_verb.finditer(text, clause_start, cue_start)
                     if any(o.name == roles.organizer and clause_start <= o.start and o.end <= h.start()
                            and not text[o.end:h.start()].strip(" ,") for o in article.orgs)), None)
        if host is not None and _triggers_between(article, host.end(), cue_start):
            roles.participants.append(org.name)


def _add_met_later(article: _Article, outside: list[tuple[int, int]], roles: _Roles) -> None:
    """Bodies past ``article.reach`` that a later sentence of the story names after "dengan" or "bersama" right after
    an activity's trigger whose subject is the organizer, a host verb or an adverb between at most ("Saat KPU X
    menggelar audiensi dengan Pemerintah Daerah Y ...", "Bawaslu X kemudian berkoordinasi dengan Polres Y"): the
    organizer holds it with them, so they take part, as a trigger's "dengan" in the lead makes them; not in a reported
    clause ("Ia menyampaikan bahwa Bawaslu X telah menjalin MoU dengan ...": what someone says of other work)."""
    if roles.organizer is None:
        return
    text, finder = article.text, article.finder
    subjects = [o for o in article.orgs if o.name == roles.organizer and o.start >= article.body_start
                and not finder.reported.search(text, _sentence_start(article, o.start), o.start)]
    for org in sorted(article.orgs, key=lambda o: o.start):
        if org.start < article.reach or org.name in roles.participants or org.name == roles.organizer \
                or _within(org.start, outside):
            continue
        floor = max(article.body_start, org.start - _LIST_REACH)
        if any(_linked_to_trigger(article, t, org) and any(
                s.end <= t.start and t.start - s.end <= _SUBJECT_REACH
                and _SUBJECT_WORDS.fullmatch(text, s.end, t.start) for s in subjects)
               for t in _triggers_between(article, floor, org.start)):
            roles.participants.append(org.name)


def _sentence_start(article: _Article, position: int) -> int:
    """Where the sentence holding ``position`` starts, from the story's start at the earliest."""
    ends = list(article.finder.sentence_end.finditer(article.text, article.body_start, position))
    return ends[-1].end() if ends else article.body_start


def _read_cues(article: _Article, org: OrgMention, trigger: _Trigger | None, anchors: list[_Trigger],
               roles: _Roles) -> None:
    """What the words around one body say of it: an organizer cue before it ("diselenggarakan oleh"; "oleh" closing the
    activity the reporting body attends, after no verb: "menghadiri kegiatan pendistribusian logistik ke PPK oleh X",
    not "mengikuti kegiatan yang dihadiri oleh X"), a headline's subject right before the trigger that holds it with
    others ("Bawaslu Rakor Bersama KPU ..."), a visitor cue ("menerima audiensi dari X", "rombongan dari X": the
    visitor), right after a receiving verb's trigger (the visitor, though a list cue stands before: "X, didampingi ...,
    menerima kunjungan silaturahim pengurus Partai Y"), a list cue or a trigger's "dengan" (a participant; no part at
    all inside a relative clause or the venue of a list's item: "perwakilan partai politik yang mendapatkan kursi di
    DPRD X"), right after a trigger ("Rapat Paripurna DPRD ..."), or the verb it is the subject of (a participant verb,
    a host verb, a visit's verb, or the event's own trigger written right after it as an active verb: "KPU Kota X
    menyerahkan laporan ...", not "DPRD X dikunjungi oleh ..."; in the headline any activity's verb: "KPU X Tetapkan
    DPT", "KPU dan Kejari Y Teken MoU", joint subjects joining the first). A body written as a document's issuer
    ("mengacu pada Surat Edaran Bawaslu RI") has no part at all."""
    text, finder, body_start = article.text, article.finder, article.body_start
    before = text[max(0, org.start - 60):org.start]
    if _document_issuer(article, org):
        return
    cue = finder.organizer_cue.search(before)
    attended_by = cue is None and finder.attended_by.search(text, max(0, org.start - 140), org.start)
    if cue or attended_by:
        roles.hosts.append(org)
        roles.cued.add(org.start)
        if attended_by or finder.attended_cue.match(cue.group()):
            roles.attended.add(org.start)
        elif finder.opener_cue.match(cue.group()):
            roles.opened.add(org.start)
        return
    if trigger is not None and org.start < body_start and org.end <= trigger.start \
            and not text[org.end:trigger.start].strip() and finder.trigger_link.match(text, trigger.end):
        if roles.organizer is None:
            roles.organizer, roles.organizer_rule = org.name, "event.organizer.headline_subject"
        return
    if finder.visitor.search(text, max(0, org.start - 40), org.start):
        roles.visitors.append(org)
        return
    after_trigger = trigger is not None and not trigger.verb and trigger.end <= org.start \
        and _follows_trigger(text[trigger.end:org.start], finder, trigger.text)
    if any(not t.verb and t.end <= org.start and _follows_trigger(text[t.end:org.start], finder, t.text)
           and _received(text, finder, t.start)
           for t in ([trigger] if after_trigger else []) + [a for a in anchors if a is not trigger]):
        roles.visitors.append(org)
        roles.received.add(org.start)
        return
    listed = _after_cue(article, org, 0)
    if listed is None:
        return
    if listed or any(_linked_to_trigger(article, t, org) for t in anchors):
        roles.participants.append(org.name)
        return
    if after_trigger:
        if roles.organizer is None and not _subject_holds(article, trigger):
            roles.organizer, roles.organizer_rule = org.name, "event.organizer.after_trigger"
        return
    if org.start >= body_start and any(t.start >= org.end and finder.subject_gap.fullmatch(text, org.end, t.start)
                                       and t.text.casefold().startswith("me") for t in anchors):
        roles.hosts.append(org)
        return
    if org.start < body_start and any(t.verb and finder.subject_gap.fullmatch(text, org.end, t.start)
                                      for t in _triggers_between(article, org.end, body_start)):
        joint = _joint_subjects(article, org)
        roles.free = [o for o in roles.free if o not in joint]
        roles.hosts += [o for o in joint if o not in roles.hosts]
        return
    if _member_after_trigger(article, org):
        return
    limit = body_start if org.start < body_start else len(text)
    sentence_end = finder.sentence_end.search(text, org.end, limit)
    rest = text[org.end:min(sentence_end.start() if sentence_end else limit, org.end + _VERB_REACH)]
    verb = _own_verb(article, org, finder.participant_verb, rest)
    host = _own_verb(article, org, finder.host_verb, rest)
    if verb and (not host or verb.start() < host.start()):
        roles.participants.append(org.name)
        roles.joined.add(org.name)
    elif host:
        roles.hosts.append(org)
    elif org.name not in roles.participants:
        roles.free.append(org)


def _own_verb(article: _Article, org: OrgMention, verbs: rx.AtWords | rx.Pattern, rest: str) -> rx.Match | None:
    """The first of ``verbs`` in ``rest`` (the words after the body) that is not another sentence's: a period the
    sentence-end finder takes for an abbreviation's, after an acronym ("... yang dicanangkan oleh KPU RI. KPU Kabupaten
    X menggelar apel"), then a body written right before the verb as its subject: the verb is that body's."""
    text = article.text
    for m in verbs.finditer(rest):
        at = org.end + m.start()
        if not any(org.end <= o.start and o.end <= at and _SUBJECT_GAP.fullmatch(text, o.end, at)
                   and (_ACRONYM_PERIOD.search(text, org.end, o.start + 1) or _clause_between(article, org, o))
                   for o in article.orgs):
            return m
    return None


def _clause_between(article: _Article, org: OrgMention, subject: OrgMention) -> bool:
    """Whether a clause set off by commas stands between a body and a later one written as a verb's subject ("Kota X,
    KPU Provinsi Y, di Aula Hotel Z, Rabu 4 Juni 2029, Bawaslu Kabupaten X menggelar ..."): the verb is the
    later body's alone, not a joint subject's ("KPU X dan Bawaslu Y menggelar", "KPU X, bersama Bawaslu Y,
    menggelar", "KPU X, Senin (3/2), bersama Bawaslu Y menggelar": any joining word in between)."""
    text = article.text
    gap, at = [], org.end
    for o in sorted(article.orgs, key=lambda o: o.start):
        if at <= o.start and o.end <= subject.start:
            gap.append(text[at:o.start])
            at = o.end
    gap.append(text[at:subject.start])
    return ("," in "".join(gap) and any(_MORE_THAN_COMMAS.search(g) for g in gap)
            and not any(article.finder.joined_word.search(g) for g in gap))


def _add_listed_later(article: _Article, outside: list[tuple[int, int]], roles: _Roles) -> None:
    """Bodies past ``article.reach`` in a list whose cue opens before it, or anywhere after an attendance cue
    ("dihadiri oleh ...") unless in a relative clause or the venue of an item (``_in_relative_item``), before a verb
    of presence ("Ketua dan Anggota KPU X hadir") or before a relative clause of a participant verb ("KPU Kabupaten X
    (ABC), yang menghadiri kegiatan ini"), take part too."""
    finder = article.finder
    for org in sorted(article.orgs, key=lambda o: o.start):
        if org.start < article.reach or org.name in roles.participants or _within(org.start, outside):
            continue
        cue_end = _counted_list_cue(article, org.start)
        if ((cue_end is not None and not _in_relative_item(article, cue_end, org.start))
                or finder.present_verb.match(article.text, org.end)
                or finder.relative_participant.match(article.text, org.end)):
            roles.participants.append(org.name)


def _counted_list_cue(article: _Article, start: int) -> int | None:
    """Where the cue of the list the body or person at ``start`` stands in ends, when the list counts: its cue opens
    near the lead, or is an attendance cue or a sentence's opening speaker word or verb of presence, which count
    anywhere ("dihadiri oleh ...", "Narasumber pada kegiatan ini yaitu ...", "Hadir pada kegiatan ini, ...")."""
    floor = max(article.body_start, start - _LIST_REACH)
    cue = _list_cue(article, start, article.body_start)
    finder = article.finder
    if cue is None or not (cue.start() + floor < article.reach or finder.attendance_cue.fullmatch(cue.group())
                           or finder.speaker_list.fullmatch(cue.group()) or finder.present_word.fullmatch(cue.group())):
        return None
    return floor + cue.end()


def _choose_organizer(article: _Article, inside: list[OrgMention], roles: _Roles, by_default: bool = True,
                      trigger_type: str | None = None) -> None:
    """The organizer when no trigger named it: the first visitor, the bodies receiving it taking part (LABELLING.md,
    "Organizer of a visit or an audiensi"; not in the host's outreach to its visitors, a VOTER_EDUCATION trigger, where
    the visitors take part), else the first subject of a host verb or cue in the story (its joint
    subjects take part, as does a body whose head opens the activity after another holds it: "KPU Kota X melakukan
    simulasi ... Kegiatan tersebut dibuka oleh Ketua KPU Provinsi Y"; one named as holding an activity the reporting
    body attends comes first: "menghadiri acara rapat X"), else (``by_default``) the first reporting body with no cue
    within reach, else the first reporting body of the story; neither when the story's first body joined someone
    else's activity, and then the body at whose office or hall the lead holds it ("hadir dalam Rapat Kerja ... di Kantor
    Sekretariat Bawaslu X"), unless it is a visit, whose venue is the body visited. In a visit, or under a headline's or
    lead's trigger of one, a body an organizer cue names in the lead after the organizer takes part: the body whose
    work a supervision watches ("Bawaslu X melaksanakan pengawasan terhadap proses ... yang dilaksanakan oleh KPU X",
    "... pengawasan langsung atas Rapat Pleno. Rapat ini diselenggarakan oleh KPU X"), not one named past the lead
    or in a reported clause, which tell of another activity ("menyampaikan bahwa ... yang digelar oleh Bawaslu Y")."""
    visit = trigger_type == "VISIT"
    # a visit, or a visit's trigger in the headline or lead whatever the activity watched types the event ("Bawaslu X
    # Awasi Rapat Pleno ...": LABELLING.md, a supervision is a visit)
    watched = visit or any(t.type == "VISIT" for t in _triggers_between(article, 0, article.window_end))
    hosts = sorted(roles.hosts, key=lambda o: (o.start < article.body_start, o.start not in roles.attended, o.start))
    if trigger_type == "VOTER_EDUCATION":
        roles.participants += [o.name for o in roles.visitors]
    elif roles.organizer is None and roles.visitors:
        visitor = roles.visitors[0]
        slot = "received" if visitor.start in roles.received else "visitor"
        roles.organizer, roles.organizer_rule = visitor.name, article.finder.cue_rule[slot]
        receivers = hosts + [o for o in roles.free if _is_body(o) and article.body_start <= o.start < visitor.start]
        roles.participants += [o.name for o in roles.visitors[1:] + receivers]
    if roles.organizer is None and hosts:
        roles.organizer = hosts[0].name
        first = hosts[0].start
        slot = ("attended" if first in roles.attended else "opener" if first in roles.opened
                else "organizer" if first in roles.cued else "host_verb")
        roles.organizer_rule = article.finder.cue_rule[slot]
        roles.participants += _co_hosts(article.text, hosts[0], roles.hosts)
        roles.participants += [o.name for o in hosts[1:] if o.name != roles.organizer and (
            o.start in roles.opened or watched and o.start in roles.cued and first < o.start < article.window_end
            and o.start not in roles.attended
            and not article.finder.reported.search(article.text, _sentence_start(article, o.start), o.start))]
    if not by_default:
        return
    if roles.organizer is None and not _subject_joined(inside, article.body_start, roles.joined):
        roles.organizer = next((o.name for o in roles.free if _is_body(o) and o.name not in roles.joined
                                and o.start >= article.body_start), None)
        roles.organizer_rule = _REPORTING_BODY_RULE if roles.organizer else None
    if roles.organizer is None and not _subject_joined(article.orgs, article.body_start, roles.joined):
        roles.organizer = next((o.name for o in sorted(article.orgs, key=lambda o: o.start)
                                if _is_body(o) and o.start >= article.body_start and o.name not in roles.joined
                                and not _document_issuer(article, o)), None)
        roles.organizer_rule = _FIRST_BODY_RULE if roles.organizer else None
    if roles.organizer is None and not visit:
        venue = next((o for o in inside if article.body_start <= o.start < article.window_end
                      and article.finder.host_venue.search(article.text, max(0, o.start - 40), o.start)), None)
        if venue is not None:
            roles.organizer, roles.organizer_rule = venue.name, article.finder.cue_rule["host_venue"]


def _document_issuer(article: _Article, org: OrgMention) -> bool:
    """Whether a body is written as a document's issuer ("mengacu pada Surat Edaran Bawaslu RI"): it wrote the rule
    the activity follows, so it holds nothing, not even as the story's only body, and takes no part."""
    return bool(article.finder.document_issuer.search(article.text, max(0, org.start - 60), org.start))


def _co_hosts(text: str, first: OrgMention, hosts: list[OrgMention]) -> list[str]:
    """Bodies written right after the organizer as joint subjects of its host verb or cue ("KPU Kabupaten Madiun dan
    Bawaslu Kabupaten Madiun menggelar ..."): they hold it with the organizer, so they take part in it."""
    out = []
    previous = first
    for org in sorted(hosts, key=lambda o: o.start):
        if org.start <= previous.start:
            continue
        if org.start < previous.end or not _CO_SUBJECT.fullmatch(text, previous.end, org.start):
            break
        out.append(org.name)
        previous = org
    return out


def _joint_subjects(article: _Article, last: OrgMention) -> list[OrgMention]:
    """The bodies joined to ``last`` before it as one subject ("KPU dan Kejari HST Teken MoU"), in order, ending with
    it: the first holds the activity and the others join it, as ``_co_hosts`` reads them."""
    chain = [last]
    while True:
        before = next((o for o in article.orgs if o.end <= chain[0].start
                       and _CO_SUBJECT.fullmatch(article.text, o.end, chain[0].start)), None)
        if before is None:
            return chain
        chain.insert(0, before)


def _subject_joined(orgs: list[OrgMention], body_start: int, joined: set[str]) -> bool:
    """Whether the story's first body takes part in someone else's activity ("KPU ... menghadiri acara ..."): then a
    body named later without a cue is no more its holder than the reporting body is."""
    first = min((o for o in orgs if o.start >= body_start), key=lambda o: o.start, default=None)
    return first is not None and first.name in joined


def _after_cue(article: _Article, org: OrgMention, floor: int) -> bool | None:
    """Whether the body stands in a list opened in its own sentence by a cue such as "dihadiri oleh", or by a verb
    or a sentence cue that opens a clause ("Turut hadir dalam acara tersebut Bawaslu ...", "Sebagai narasumber ...");
    None when it stands there inside a relative clause on an item (``_in_relative_item``): only told of, it has no
    part at all."""
    cue = _list_cue(article, org.start, floor)
    if cue is None:
        return False
    return None if _in_relative_item(article, max(floor, org.start - _LIST_REACH) + cue.end(), org.start) else True


def _in_relative_item(article: _Article, cue_end: int, start: int) -> bool:
    """Whether the list item the body at ``start`` stands in, from the last comma, semicolon, "&", "dan" or "serta"
    after the list's cue (ending at ``cue_end``), holds a relative clause before it ("dan perwakilan dari partai politik
    yang mendapatkan kursi di DPRD X", "adalah Andi yang sebelumnya menjabat sebagai anggota Bawaslu Y") or a venue ("di
    hadapan ... unsur Forkopimda di Gedung Serbaguna Setda X"): the body then tells of the item or of where it stands,
    and is no item itself."""
    gap = article.text[cue_end:start]
    breaks = list(_ITEM_BREAK.finditer(gap))
    item = breaks[-1].end() if breaks else 0
    return bool(article.finder.relative_item.search(gap, item) or article.finder.offline.search(gap, item))


def _list_cue(article: _Article, start: int, floor: int) -> rx.Match | None:
    """The cue that opens the list the body or person at ``start`` stands in (positions relative to ``_LIST_REACH``
    characters before it); an attendance cue that opens it too ("diikuti oleh siswa-siswi dari ...") is preferred,
    as it counts anywhere. A group word ("seluruh") closes the list only for its own item: "dihadiri oleh seluruh
    Anggota KPU X, Bawaslu X, ..." still lists the bodies after the next comma. A sentence about an earlier activity
    ("Sebelumnya kegiatan dilaksanakan menyasar ...") opens no list, nor does a cue a verb of hosting or taking part
    follows, which opens a clause of its own ("yang turut hadir secara daring karena sedang mengikuti Rakor ...")."""
    finder = article.finder
    offset = max(floor, start - _LIST_REACH)
    before = article.text[offset:start]
    cues = list(finder.cue_before_body.finditer(before))
    cues += [m for m in finder.group_recap.finditer(before)
             if _counted_with(article, m.group("number"), offset + m.start())]
    cues += [c for verbs in (finder.participant_verb, finder.sentence_list) for c in verbs.finditer(before)
             if finder.clause_start.search(before, 0, c.start())]
    opens = [c for c in cues
             if (finder.attendance_gap if finder.attendance_cue.fullmatch(c.group()) else finder.list_gap).match(
                 before[_cue_words_end(before, c):])
             and not _ANAPHOR.search(before, _first_item(before, c))
             and not finder.earlier.search(before, 0, c.start())
             and not (finder.witness.fullmatch(c.group()) and not finder.witness_opener.search(before, 0, c.start()))
             and not (finder.oversight.fullmatch(c.group()) and finder.oversight_stop.search(before, 0, c.start()))
             and not finder.clause_verb.search(before, _cue_words_end(before, c))
             and not finder.group_word.search(before, max(c.end(), before.rfind(",", c.end()) + 1))]
    last = max(cues, key=lambda c: c.end(), default=None)
    if last is None or last not in opens:
        return None
    attending = [c for c in opens if finder.attendance_cue.fullmatch(c.group())]
    return max(attending, key=lambda c: c.end()) if attending else last


def _counted_with(article: _Article, number: str, end: int) -> bool:
    """Whether the story, before ``end``, counts a group the activity is held with by this ``number`` ("dengan tiga
    perguruan tinggi"): its recap ("Tiga PT tersebut yakni ...") then lists its bodies; a recap of targets ("menargetkan
    10 sekolah ... Kesepuluh sekolah itu adalah ...") lists none."""
    return any(m.group("number").casefold() == number.casefold()
               for m in article.finder.counted_with.finditer(article.text, article.body_start, end))


def _cue_words_end(before: str, cue: rx.Match) -> int:
    """Where a list's ``cue`` ends with its own words up to a colon before the items, if any (``_LIST_OPENER``:
    "menghadirkan dua narasumber: ...")."""
    return (_LIST_OPENER.match(before, cue.end()) or cue).end()


def _first_item(before: str, cue: rx.Match) -> int:
    """Where a list's items start after its ``cue``: past the cue's own phrase up to the first comma ("Hadir dalam
    kegiatan tersebut, ..."). An anaphor among the items ("..., pada Senin (9/1) rapat koordinasi ini membahas ...")
    shows a sentence that lost its period going on about the event: the list ended before it."""
    comma = before.find(",", cue.end())
    return comma if comma >= 0 else len(before)


def _linked_to_trigger(article: _Article, trigger: _Trigger, org: OrgMention) -> bool:
    """Whether the body stands in a list opened a few words after a trigger of the event by "dengan" or "bersama"
    ("rapat dengar pendapat dengan KPU ... dan Bawaslu ..."): the activity is held with it."""
    if org.start < trigger.end:
        return False
    link = article.finder.trigger_link.match(article.text, trigger.end)
    return (link is not None and link.end() <= org.start and org.start - link.end() <= _LINK_REACH
            and bool(article.finder.list_gap.match(article.text[link.end():org.start])))


def _met_with(article: _Article, meetings: list[_Trigger]) -> list[str]:
    """The bodies a plain working meeting of the headline or lead is held with, in the list that "dengan" or "bersama"
    opens a few words after its trigger ("menggelar rapat kerja bersama KPU Papua, Bawaslu Papua dan TAPD")."""
    meetings = [t for t in meetings if t.words in article.finder.met_with and t.start < article.window_end]
    return list(dict.fromkeys(o.name for o in article.orgs
                              if any(_linked_to_trigger(article, t, o) for t in meetings)))


def _bodies_of_people(article: _Article, persons: list[Person], event_persons: list[Person],
                      outside: list[tuple[int, int]]) -> list[str]:
    """Bodies a person is there for ("Andi Wijaya, S.E. dari Dispendukcapil", "Andi, mewakili Polres ..."): the text
    names their people as taking part, so they take part. Near the lead any person named counts but the member an
    interim replacement replaces ("Andi dari Partai X meninggal dunia"); further on, only one of the event's people (a
    speaker, one listed as attending: "Narasumber kedua, Andi dari Universitas X")."""
    near = {m.end for p in persons if not _replaced(article, p) for m in p.mentions}
    taking_part = {m.end for p in event_persons for m in p.mentions}
    out = []
    for org in article.orgs:
        if org.start < article.body_start or _within(org.start, outside):
            continue
        cue = article.finder.member_of.search(article.text, max(0, org.start - 30), org.start)
        if cue is None:
            continue
        ends = near if org.start < article.reach else taking_part
        gap_start = max(0, cue.start() - _DEGREES_REACH)
        if any(gap_start <= end <= cue.start() and _DEGREES.fullmatch(article.text, end, cue.start())
               for end in ends):
            out.append(org.name)
    return out


def _body_of_acting_head(article: _Article, persons: list[Person], anchors: list[_Trigger]) -> str | None:
    """The body of a person whose role opens the lead's first sentence and who is the subject of a host verb or of the
    event's own verb in it ("Kapolres X, AKBP Andi melakukan sidak di Kantor KPU", "Kapolsek Y, Iptu Budi didampingi
    Kanit Intelnya kunjungi sekretariat Panwaslu ..."): the head acts for the body, which holds the activity
    (LABELLING.md, "Participants": the text names a body's people as taking part). Only when no cue named another
    holder."""
    text, finder = article.text, article.finder
    names = {o.name for o in article.orgs}
    for person in persons:
        for role in person.roles:
            if role.evidence is None or role.organization not in names \
                    or not _opens_lead(text[article.body_start:max(article.body_start, role.evidence.start)]):
                continue
            end = finder.sentence_end.search(text, role.evidence.end, article.window_end)
            stop = end.start() if end else article.window_end
            mention = max((m.end for m in person.mentions if role.evidence.start <= m.start < stop),
                          default=role.evidence.end)
            verbs = [m.start() for m in finder.host_verb.finditer(text, mention, stop)]
            verbs += [t.start for t in anchors if t.verb and mention <= t.start < stop]
            if not verbs:
                continue
            verb = min(verbs)
            between = text[mention:verb]
            if finder.participant_verb.search(between) or finder.relative_item.search(between) \
                    or any(mention <= o.start < verb for o in article.orgs):
                continue
            return role.organization
    return None


def _body_of_chair(article: _Article, persons: list[Person]) -> str | None:
    """The body of the first person named chairing or welcoming ("Evaluasi dipimpin langsung oleh Andi selaku Ketua KPU
    X", "Ketua KPU X, Andi mengucapkan selamat datang"): the host's, holding the activity when no cue named one."""
    text, finder = article.text, article.finder
    names = {o.name for o in article.orgs}
    cued = []
    for person in persons:
        body = next((r.organization for r in person.roles if r.organization in names), None)
        if body is None:
            continue
        for mention in person.mentions:
            if mention.start < article.body_start:
                continue
            end = finder.sentence_end.search(text, mention.end)
            stop = min(end.start() if end else len(text), mention.end + _VERB_REACH)
            if finder.chair.search(text, max(0, mention.start - _CUE_BEFORE_PERSON), mention.start) \
                    or finder.welcome.search(text, mention.end, stop):
                cued.append((mention.start, body))
    return min(cued)[1] if cued else None


def _opens_lead(before: str) -> bool:
    """Whether the words before a phrase of the lead are at most a dateline ("Merauke, Suryapapua.com–", "Informasi
    Suhaid."): the phrase opens the lead's first sentence."""
    return not before.strip() or (len(before.split()) <= 6 and bool(_DATELINE_END.search(before)))


def _takes_part(article: _Article, person: Person) -> bool:
    """Whether the text names a person with no role or quote as taking part: in an attendance list ("menghadirkan
    narasumber Andi, S.H., M.H., serta Budi") that lists no candidates ("diikuti tiga pasangan calon yaitu ..." names
    the contestants of an election, not people at the event), after a speaker cue ("Dalam sambutannya, Andi",
    "dimoderatori oleh Andi") or as the subject of a participant verb ("Andi menjadi narasumber", also past the body
    the person is there for: "Andi dari Universitas X menjadi narasumber")."""
    text, finder = article.text, article.finder
    for mention in person.mentions:
        if mention.start < article.body_start:
            continue
        after = _past_own_body(article, _DEGREES.match(text, mention.end).end())
        cue_end = _counted_list_cue(article, mention.start)
        listed = cue_end is not None and not finder.candidates.search(text, cue_end, mention.start)
        if (listed or finder.speaker.search(text, max(0, mention.start - _CUE_BEFORE_PERSON), mention.start)
                or finder.participant_verb.match(text, after)):
            return True
    return False


def _replaced(article: _Article, person: Person) -> bool:
    """Whether the text names the person as the member an interim replacement replaces, by a cue of death or
    resignation in the clause after a mention ("Anggota Fraksi X Andi meninggal dunia", "atas nama Andi, anggota DPRD
    dari Dapil 4 menyatakan mengundurkan diri"): only mentioned, the person takes no part in the event."""
    return any(article.finder.replaced.match(article.text, m.end) for m in person.mentions)


def _member_after_trigger(article: _Article, org: OrgMention) -> bool:
    """Whether the body closes a trigger's phrase through a member's office ("perubahan Daftar Calon Tetap (DCT)
    Anggota DPR Papua Barat, KPU ... menerima"): the activity is about its members, so a verb after it is another
    subject's."""
    text, finder = article.text, article.finder
    office = finder.member_office.search(text, max(0, org.start - 30), org.start)
    if office is None:
        return False
    window = max(0, office.start() - 80)
    return any(_SUBJECT_GAP.fullmatch(text, t.end, office.start())
               for t in _triggers_between(article, window, office.start()))


def _subject_holds(article: _Article, trigger: _Trigger) -> bool:
    """Whether a body is the subject of a host verb right before the trigger ("Panwaslih X Gelar Sosialisasi Formatif
    Gampong", "KPU X Lakukan Klarifikasi ..."): it holds the activity, and a body after the trigger is its topic."""
    text = article.text
    host = article.finder.host_just_before.search(text, max(0, trigger.start - 40), trigger.start)
    return host is not None and any(o.end <= host.start() and _SUBJECT_GAP.fullmatch(text, o.end, host.start())
                                    for o in article.orgs)


def _past_own_body(article: _Article, start: int) -> int:
    """Where the words after a person's name go on past the body the person is there for ("Andi dari Bawaslu X,
    menjadi ..." -> after "Bawaslu X,"); ``start`` itself when no such body follows."""
    text, member_of = article.text, article.finder.member_of
    for org in article.orgs:
        if start < org.start <= start + _LINK_REACH:
            cue = member_of.search(text, start, org.start)
            if cue is not None and not text[start:cue.start()].strip(" ,"):
                return _PAST_COMMA.match(text, org.end).end()
    return start


def _follows_trigger(gap: str, finder: EventFinder, trigger: str = "") -> bool:
    """Whether a body is named right after the event's trigger as its holder ("Rapat Paripurna DPRD ..."), not as the
    body of a member's office ("PAW Anggota DPRD") nor as what the activity makes ("Peresmian Satuan Tugas ...",
    "Evaluasi Tahapan Pembentukan Badan Adhoc ..."); the trigger's own acronym may stand between ("rapat dengar
    pendapat (RDP) Komisi I DPRD ...")."""
    acronym = _TRIGGER_ACRONYM.match(gap)
    rest = gap[acronym.end() if acronym else 0:]
    words = rest.split()
    return not finder.trigger_object.fullmatch(trigger) and not any(finder.trigger_object.fullmatch(w) for w in words) \
        and len(words) <= 2 and "\n" not in gap and not finder.function_word.search(rest) \
        and not any(c in rest for c in ",.;:()") and not finder.member_office.search(rest)


def _is_body(org: OrgMention) -> bool:
    return bool(org.election_body and org.region_code) or org.name.endswith(" RI")


def _main_date(article: _Article, dates: list[DateMention], event_type: str = "",
               quoted: list[tuple[int, int]] | None = None) -> DateMention | None:
    """The lead's date (past a dateline's; one of a planned activity only when the lead has no other and it stands in
    the lead's first sentence, which then tells of the planned activity), else one just after the lead that is
    neither the date of a quote, nor inside the ``quoted`` speech (which tells of other activities: "Pantarlih sudah
    melaksanakan coklit mulai 24 Juni"; in the lead, a date outside it comes first, and one in it that starts a stage
    still running, "sejak 15 Juli 2020", is none), nor of a planned activity or a
    deadline ("Rapat pleno akan diselenggarakan pada 30 Maret 2023. ... KPU Kabupaten X, Rabu (29/3/2023) mengundang
    PPK ..."). A bare calendar date right after an election's name
    ("dilantik untuk bertugas pada pelaksanaan pilkada 27 Juni 2018") is that election's day, the event's only when
    the event is the voting; one with its weekday ("persiapan Pemilu pada Rabu, 14 Februari 2024") too when the lead
    or the text just after it gives another date ("simulasi pemungutan suara pada Sabtu (9/11/2024)" alone is the
    simulation's), as is one in a fronted clause that sets the scene ("Setelah dilantik pada tanggal 27 Mei lalu, ...",
    "Memperingati 20 Mei Hari Kebangkitan Nasional, ..."). A letter's date after its number ("Surat ... Nomor:
    172/37/V/DPRD-2022 Tanggal 31 Mei 2022") is never the activity's, nor is one after an upper bound's word, a
    deadline or a span's end ("berkas diterima hingga Rabu (7/3)"). A lead date whose sentence sets the scene
    (``_sets_scene``) yields to a later one, in the lead or just after it, whose sentence names an activity of the
    event's type."""
    text, finder, body_start, window_end = article.text, article.finder, article.body_start, article.window_end
    dates = [d for i, d in enumerate(dates) if not _range_end(dates[i - 1] if i else None, d)
             and not finder.upper_bound.search(text, max(0, d.start - 30), d.start)
             and not finder.letter_reference.search(text, max(0, d.start - 80), d.start)]
    if event_type != "VOTING":
        dates = [d for d in dates if not (d.text[:1].isdigit() and _election_day(article, d))]
    reach = window_end + _DATE_REACH
    scene = finder.background_spans(text[body_start:reach], body_start)
    aside = [d for d in dates if (event_type != "VOTING" and d.weekday and _election_day(article, d))
             or _within(d.start, scene)]
    if any(body_start <= d.start < reach and d.value and d not in aside for d in dates):
        dates = [d for d in dates if d not in aside]
    lead_dates = [d for d in dates if body_start <= d.start < window_end and d.value
                  and not finder.future.search(text[d.end:d.end + 30]) and not _later_remark(article, d)]
    if len(lead_dates) > 1 and _DATELINE_DASH.match(text, lead_dates[0].end) \
            and any(not _planned(text, finder, d) for d in lead_dates[1:]):
        lead_dates = lead_dates[1:]
    if len(lead_dates) > 1:
        lead_dates = [d for d in lead_dates if not _stamp(text, d)] or lead_dates
    lead_dates = ([d for d in lead_dates if not _within(d.start, quoted or [])]
                  or [d for d in lead_dates if not finder.ongoing.search(text, max(0, d.start - 20), d.start)])
    actual = next((d for d in lead_dates if not _planned(text, finder, d)), None)
    told = [d for d in dates if window_end <= d.start < window_end + _TRIGGER_DATE_REACH and d.value
            and not finder.said_before_date.search(text, max(0, d.start - 60), d.start)
            and not finder.interviewed_before_date.search(text, max(0, d.start - 60), d.start)
            and not _within(d.start, quoted or []) and not _planned(text, finder, d)]
    if actual is not None and _sets_scene(article, actual):
        held = [d for d in lead_dates if d.start > actual.start and not _planned(text, finder, d)] + told
        actual = next((d for d in held if _in_activity_sentence(article, d, event_type)
                       and not finder.earlier.search(text, body_start, d.start)), actual)
    if actual is not None or (lead_dates
                              and not finder.sentence_end.search(text[body_start:lead_dates[0].start].strip())):
        return actual or lead_dates[0]
    nearby = next((d for d in told if d.start < reach), None)
    if nearby is not None or not told:
        return nearby
    named = _activity_types(article, event_type)
    return next((d for d in told if _names_activity(article, d, named)), None)


def _dates_saying(text: str, quote: Quote, dates: list[DateMention]) -> bool:
    """Whether an indirect quote ends with a date set off by a comma, a place's name between at most ("Ia menyampaikan
    bahwa semua gudang sudah terisi, Rabu (6/6/2029).", "..., Teluk Indah (6/6/2029)."): the reporter's date of the
    saying, not a date of what was said ("sudah selesai sejak Selasa (5/6/2029).")."""
    return quote.kind == "indirect" and any(
        quote.start < d.start <= d.end <= quote.end and _SET_OFF_DATE.search(text, quote.start, d.start)
        and not text[d.end:quote.end].strip(" .,;") for d in dates)


def _later_remark(article: _Article, date: DateMention) -> bool:
    """Whether a date is an interview's past the lead's first paragraph ("Andi kepada wartawan, Rabu (4/6/2029)
    mengatakan ...", "Andi yang ditemui wartawan di sela acara, Rabu (4/6) sore mengatakan ..."): it
    dates what someone told reporters, not the activity the lead reports, which then gives no date (LABELLING.md,
    "Articles with no held activity": null when the lead gives none). When the first paragraph names a held activity
    ("KPU X menggelar rapat pleno ..."), a date told reporters may be that activity's ("saat ditemui usai rapat
    pleno, Senin (3/3)") and stays."""
    text = article.text
    body = text[article.body_start:date.start].strip()
    if "\n" not in body or article.finder.names_activity(body.split("\n", 1)[0]):
        return False
    return bool(article.finder.interviewed_before_date.search(text, max(0, date.start - 60), date.start))


def _sentence_of(article: _Article, date: DateMention) -> tuple[int, int]:
    """The span of the sentence the date stands in, from the story's start at the earliest."""
    end = article.finder.sentence_end.search(article.text, date.end)
    return _sentence_start(article, date.start), end.start() if end else len(article.text)


def _activity_nouns(article: _Article, start: int, end: int) -> list[_Trigger]:
    """The triggers of ``text[start:end]`` written as nouns ("rapat", "apel siaga"): they name an activity, where a
    trigger's verb may only tell of one."""
    return [t for t in _triggers_between(article, start, end) if not t.verb]


def _in_activity_sentence(article: _Article, date: DateMention, event_type: str) -> bool:
    """Whether the date's own sentence names an activity of ``event_type`` anywhere in it, by a trigger's noun ("KPU X
    menggelar apel siaga di GOR Y, Minggu (11/2/2024)", "Senin (1/1), KPU X menggelar rapat")."""
    return any(t.type == event_type for t in _activity_nouns(article, *_sentence_of(article, date)))


def _sets_scene(article: _Article, date: DateMention) -> bool:
    """Whether a lead date's sentence says something (more than a dateline's place and weekday: "Cilacap. Selasa, 8
    Desember 2020.") and names no activity by a trigger's noun ("Kampanye sudah berakhir pada Sabtu 10 Februari 2024",
    "Pada 14 Februari 2024 ada lima jenis surat suara yang dicoblos"): it sets the scene, and a later date in the
    activity's own sentence is the activity's."""
    start, end = _sentence_of(article, date)
    words = (article.text[start:date.start] + " " + article.text[date.end:end]).split()
    return len(words) > 2 and not _activity_nouns(article, start, end)


def _names_activity(article: _Article, date: DateMention, named: set[str]) -> bool:
    """Whether the date's own sentence names the activity before it: by a trigger of the event's type ("Rakor yang
    digelar di Rumah makan X, Sabtu (30/09/23)", "FGD ... yang diselenggarakan KPU Provinsi NTT pada Selasa
    (18/8/2020)"), of a type the lead's own triggers name ("meluncurkan sosialisasi ..." and then "saat peluncuran
    ... pada Jumat (2/7/2021)"), or by a word of a gathering of any kind ("Pertemuan digelar di Gedung DPRD, Senin, 22
    September 2025" after an audiensi): past the lead's reach, that is still the activity's date when the lead gives
    none. ``named`` are those types, found once by ``_activity_types``."""
    return any(t.type in named for t in _triggers_between(article, _sentence_start(article, date.start), date.start))


def _activity_types(article: _Article, event_type: str) -> set[str]:
    """The event's type, a gathering of any kind, and the types the lead's own triggers name."""
    generic = article.finder.lexicons.event_types[article.finder.generic].type
    return {event_type, generic} | {t.type for t in _triggers_between(article, article.body_start, article.window_end)}


def _stamp(text: str, date: DateMention) -> bool:
    """Whether the date stands alone on its line, a clock time and a count aside ("Rabu Pon, 18 April 2018 16:00 WIB
    269", "• 22 Juni 2020"): the page's publication stamp, not a sentence of the story."""
    start = text.rfind("\n", 0, date.start) + 1
    end = text.find("\n", date.end)
    rest = text[start:date.start] + " " + text[date.end:end if end >= 0 else len(text)]
    return not _STAMP_WORD.search(_CLOCK_ZONE.sub(" ", rest))


def _election_day(article: _Article, date: DateMention) -> bool:
    """Whether ``date`` is written right after an election's name ("pelaksanaan Pemilu pada Rabu, 14 Februari")."""
    return bool(article.finder.election_day.search(article.text, max(0, date.start - 60), date.start))


def _range_end(before: DateMention | None, date: DateMention) -> bool:
    """Whether ``date`` is the second end of a range whose ends are two mentions ("dimulai 1 Mei-14 Mei 2023"): it
    shares the first end's standing (a planned range is planned to its end) and is never the event's date."""
    return (before is not None and before.rule == "date.range_start"
            and before.end <= date.start <= before.end + _RANGE_GAP)


def _planned(text: str, finder: EventFinder, date: DateMention) -> bool:
    """Whether the date is that of a planned activity ("akan diselenggarakan pada 30 Maret 2023")."""
    return bool(finder.planned.search(text, max(0, date.start - 60), date.start))


def _mode_and_place(article: _Article, quoted: list[tuple[int, int]],
                    event_type: str) -> tuple[str | None, str | None]:
    """Mode from online words in the story's opening and a place stated in the lead: a venue, a visit's destination
    ("kunjungan silaturahmi ke DPRD ...") or a named place after "di"; else a venue word later, or a named place after
    a cue of the activity's place ("Rapat digelar di Bufet Sari") in the story's opening, outside the ``quoted``
    speech, direct or reported, which tells of other things; else a visit's destination in the headline or the story's
    opening ("Kunjungan Kerja ke PPK Kecamatan X"). A hybrid word ("secara hybrid", "luring dan daring")
    first among the online words makes it hybrid by itself, as online words do with a venue stated in the lead or in
    the story's opening ("gelar Webdiskusi ... bertempat di aula Bawaslu X dan diikuti ... secara daring"). A voting
    story (``event_type`` VOTING) whose opening writes its polling stations is offline, a visit or coordination story
    (VISIT, COORDINATION) whose opening writes the body it went to too."""
    text, finder, body_start, window_end = article.text, article.finder, article.body_start, article.window_end
    lead = text[:window_end]
    opening = _lead_window(text, body_start, body_start, _MODE_CHARS)
    online = finder.online.search(text, 0, opening)
    venue = next((m for m in _stated_venues(article, 0, len(lead)) if not _interview_place(text, finder, m)), None)
    later = next((m for m in _stated_venues(article, body_start, len(text))
                  if not _within(m.start(), quoted) and not _interview_place(text, finder, m)), None)
    later = later or next((m for m in finder.stated_place.finditer(text, window_end, opening)
                           if not _within(m.start(), quoted)), None)
    named = next((m for m in finder.named_place.finditer(lead, body_start) if not _statement_place(text, finder, m)
                  and not _within(m.start(), quoted)), None) or later
    place = (_place_of(venue) or _destination(article, body_start, window_end) or _place_of(named)
             or _destination(article, 0, body_start) or _destination(article, window_end, opening, quoted))
    if online:
        near = venue or next((m for m in _stated_venues(article, body_start, opening)
                              if not _within(m.start(), quoted)), None) \
            or next((m for m in finder.followed_from.finditer(text, body_start, opening)
                     if len(m.group("place").split()) > 1 and not _within(m.start(), quoted)), None)
        return ("hybrid" if near or finder.hybrid.match(online.group()) else "online"), place
    offline = next((m for m in finder.offline.finditer(lead) if not _ANAPHOR.match(lead, m.end())
                    and not _interview_place(text, finder, m)
                    and not (finder.figurative.fullmatch(_venue_word(m.group()))
                             and not _NAME_AFTER.match(lead, m.end()))), None)
    offline = offline or _held_in_districts(article, quoted) \
        or (event_type in ("VISIT", "COORDINATION") and _body_visited(article, quoted)) \
        or (event_type == "VOTING" and _polling_stations(article, opening, quoted))
    return ("offline" if place or offline else None), place


def _body_visited(article: _Article, quoted: list[tuple[int, int]]) -> bool:
    """Whether the story's opening writes, outside ``quoted`` speech, the body a visit or an audiensi went to: after
    its trigger with "ke"/"di" ("audiensi ke DPRD Kota Z"), or right after a visit's trigger that a host verb or the
    visiting body governs ("melakukan supervisi Bawaslu X", "Bawaslu Y supervisi Bawaslu X"), where a bare trigger's
    body may be the visitor ("Kunjungan kerja Komisi II") or the author of a report ("hasil monitoring KPU X")."""
    text, finder = article.text, article.finder
    opening = _lead_window(text, article.body_start, article.body_start, _MODE_CHARS)
    starts = {o.start for o in article.orgs if article.body_start <= o.start < opening}
    ends = {o.end for o in article.orgs if article.body_start <= o.start < opening}
    for t in article.triggers:
        if not article.body_start <= t.start < opening or _within(t.start, quoted) or _received(text, finder, t.start):
            continue
        gaps = [_AT_OR_TO] if t.type in ("VISIT", "COORDINATION") else []
        if t.type == "VISIT" and (finder.host_just_before.search(text, max(0, t.start - _RECEIVED_REACH), t.start)
                                  or len(text[:t.start].rstrip()) in ends):
            gaps.append(_BODY_RIGHT_AFTER)
        if any((gap := pattern.match(text, t.end)) and gap.end() in starts for pattern in gaps):
            return True
    return False


def _received(text: str, finder: EventFinder, start: int) -> bool:
    """Whether a word of receiving a visit ("menerima", "mendapat") stands right before a trigger at ``start``."""
    return bool(finder.received.search(text, max(0, start - _RECEIVED_REACH), start))


def _polling_stations(article: _Article, end: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether a voting story writes its polling stations between the body's start and ``end``, outside ``quoted``
    speech and not where their sentence only recommends a vote there (``_proposed``): a vote cast there is held in
    person (LABELLING.md, "Mode of a VOTING story")."""
    text, finder = article.text, article.finder
    return any(not _within(m.start(), quoted) and not _proposed(article, m.start())
               for m in finder.polling_station.finditer(text, article.body_start, end))


def _proposed(article: _Article, position: int) -> bool:
    """Whether the sentence holding ``position`` only recommends or proposes a vote, its proposal's word before or
    after the polling stations ("merekomendasikan pemungutan suara ulang di dua TPS", "di dua TPS direkomendasikan
    pemungutan suara ulang")."""
    text, finder = article.text, article.finder
    end = finder.sentence_end.search(text, position)
    return bool(finder.polling_proposed.search(text, _sentence_start(article, position),
                                               end.end() if end else len(text)))


def _venue_word(found: str) -> str:
    """The venue word of an offline place cue, without a "di" written joined to it ("dilapangan" is "lapangan")."""
    word = found.split()[-1]
    return word[2:] if found == word and word[:2].casefold() == "di" and len(word) > 2 else word


def _held_in_districts(article: _Article, quoted: list[tuple[int, int]]) -> bool:
    """Whether the lead holds its activity across a count of districts, villages or polling stations ("KPU X
    melantik KPPS di enam kecamatan", "monitoring coklit di sejumlah kecamatan"), a set of districts being a stated
    physical place: only where an activity's trigger or a host verb stands before them in their sentence, for a set
    of districts after a mere figure or state tells of no activity ("Partisipasi pemilih di tiga kecamatan masih
    rendah", "mencatat jumlah pemilih di 12 kecamatan naik"); not where the sentence up to them spreads voters or data
    over them, tells of duty, of a plan, a recommendation or a purpose ("warga yang tersebar di sembilan desa", "petugas
    yang bertugas di setiap TPS", "akan mencoblos di 80 TPS", "merekomendasikan pemungutan suara ulang di dua TPS",
    "agar pencoblosan di 14 desa lancar"), nor in ``quoted`` speech, which tells of other things ("Logistik sudah tiba
    di tujuh desa," ujar ...)."""
    text, finder = article.text, article.finder
    for m in finder.districts.finditer(text, article.body_start, article.window_end):
        start = _sentence_start(article, m.start())
        if _within(m.start(), quoted) or finder.districts_aside.search(text, start, m.start()):
            continue
        if finder.host_verb.search(text, start, m.start()) \
                or any(start <= t.start and t.end <= m.start() for t in article.triggers):
            return True
    return False


def _visited_body(article: _Article, place: str | None) -> str | None:
    """The body visited, named as the place in the headline or lead ("kunjungan ke KPU X") or starting inside the place
    where written ("di Ruang Rapat KPU Kab. X"): it takes part (LABELLING.md, "Organizer of a visit or an audiensi")."""
    if not place:
        return None
    text = article.text
    # past its first, an occurrence that a further name continues ("di Gudang KPU", then "Gudang KPU Kabupaten Y") is
    # another place; the first may be cut before the rest of its body's name ("kantor PPK", "(PPK) X" after it)
    words = r"\s+".join(rx.escape(w) for w in place.split())
    found = list(rx.compile(rf"(?<![\w]){words}(?![\w])").finditer(text, article.body_start))
    spans = [(m.start(), m.end()) for i, m in enumerate(found) if i == 0 or not _NAME_GOES_ON.match(text, m.end())]
    return next((o.name for o in sorted(article.orgs, key=lambda o: o.start)
                 if (o.start < article.window_end and " ".join(text[o.start:o.end].split()) in place)
                 or any(start <= o.start < end for start, end in spans)), None)


def _statement_place(text: str, finder: EventFinder, found: rx.Match) -> bool:
    """Whether a named place is where someone spoke, not where the activity was held (LABELLING.md, "A city, regency
    or set of districts as the only place"): "kata Andi di Jakarta" or "Ketua KPU X Andi di Kota X, Minggu, mengatakan
    ..." (the style of news agencies), or where someone was interviewed."""
    return bool(finder.said_before_date.search(text, max(0, found.start() - 60), found.start())
                or finder.said_before_place.search(text, max(0, found.start() - 160), found.start())
                or _interview_place(text, finder, found) or finder.statement_after_place.match(text, found.end()))


def _interview_place(text: str, finder: EventFinder, found: rx.Match) -> bool:
    """Whether a place, a venue too, is where reporters met someone ("Andi yang ditemui wartawan di sela acara",
    "saat dihubungi di rumahnya"): not the activity's place. A venue after a plain speech verb ("kata Andi
    di halaman kantor KPU X") is often the activity's own site, where the speaker stood, and stays its place."""
    return bool(finder.interviewed_before.search(text, max(0, found.start() - 60), found.start()))


def _place_of(found: rx.Match | None) -> str | None:
    """The place a location pattern found, its spaces normalised."""
    return " ".join(found.group("place").split()) if found else None


def _destination(article: _Article, start: int, end: int, quoted: list[tuple[int, int]] = ()) -> str | None:
    """A visit's destination between ``start`` and ``end`` (the lead; else the headline or the story's opening, the
    ``quoted`` speech aside: "Kunjungan Kerja ke PPK Kecamatan X", a second paragraph's "menggelar kunjungan ke KPU
    X"), written as the body named there, no shorter ("kunjungan ke Dinas Kependudukan dan Pencatatan Sipil
    (Dispendukcapil) Kota X", whose "dan" would end a place) and no longer ("kunjungan ke KPU X demi memastikan ..."):
    the visit went there, so it was held in person."""
    found = next((m for m in article.finder.destination.finditer(article.text, start, end)
                  if not _within(m.start(), quoted)), None)
    body = next((o for o in article.orgs if found and o.start == found.start("place")), None)
    return " ".join(article.text[body.start:body.end].split()) if body else _place_of(found)


def _stated_venues(article: _Article, start: int, end: int) -> Iterator[rx.Match]:
    """The venues stated as a place; a bare venue word pointing back ("di kantor tersebut") or of a figure of speech
    ("temuan di lapangan", in the field) states none, nor does a common noun after a bare "ke" that names nothing and
    that no visit's trigger comes right before ("membawa kotak suara ke gudang desa", "datang ke kantor kelurahan
    terdekat"): where someone goes, not where the activity is held ("kunjungan ke rumah warga" is a visit's)."""
    text, finder = article.text, article.finder
    visits = [t.end for t in article.triggers if t.type == "VISIT"]
    return (m for m in finder.noun_place.finditer(text, start, end)
            if (len(m.group("place").split()) > 1
                or not (_ANAPHOR.match(text, m.end()) or finder.figurative.fullmatch(m.group("place"))))
            and not (_BARE_TOWARDS.match(text, m.start()) and not _names_something(article, m)
                     and not any(0 <= m.start() - v <= _VISIT_TO_PLACE for v in visits)))


def _names_something(article: _Article, found: rx.Match) -> bool:
    """Whether a place names something: it starts with a capital letter or a body starts inside it ("ke kantor Bawaslu
    Kabupaten X" is a visit's destination, LABELLING.md "A visit's destination"; "ke kantor DPC" names nothing)."""
    start, end = found.span("place")
    return found.group("place")[:1].isupper() or any(start <= o.start < end for o in article.orgs)


def extract_main_event(text: str, headline: str | None, lead_end: int, finder: EventFinder,
                       orgs: list[OrgMention], dates: list[DateMention], persons: list[Person],
                       quotes: list[Quote]) -> Event:
    """The activity the article reports."""
    article = _article(text, headline, lead_end, finder, orgs)
    lead_triggers = _triggers_between(article, article.body_start, article.window_end)
    name, theme, slot_rules = _name_and_theme(article)
    event_type, rule, found = _event_type(article, headline or "", name, persons, lead_triggers)
    quoted = [(q.start, q.end) for q in quotes]
    undated_speech = [(q.start, q.end) for q in quotes if not _dates_saying(text, q, dates)]
    date = _main_date(article, dates, event_type, undated_speech)
    audience = _audience(article)
    anchors = [t for t in lead_triggers if t.type == event_type and not t.over] + ([found] if found else [])
    outside = audience + _former_bodies(article)
    roles = _participants_and_organizer(article, found, outside, anchors, quoted)
    _held_by_legislature(article, [*anchors, *lead_triggers], roles)
    speakers = {q.speaker for q in quotes if q.speaker}
    event_persons = [p for p in persons if p.id in speakers
                     or ((p.roles or _takes_part(article, p)) and not _replaced(article, p))]
    participants = _participants(article, roles, persons, event_persons, outside)
    if roles.organizer is None and roles.organizer_rule is None:
        head = _body_of_acting_head(article, persons, anchors)
        if head is not None:
            roles.organizer, roles.organizer_rule = head, finder.cue_rule["host_verb"]
            participants = [p for p in participants if p != head]
    if roles.organizer is None:
        chair = _body_of_chair(article, persons)
        if chair is not None:
            roles.organizer, roles.organizer_rule = chair, finder.cue_rule["chair"]
            participants = [p for p in participants if p != chair]
    host = _host_of_visiting_school(article, roles.organizer) if event_type == "VOTER_EDUCATION" else None
    if host is not None:
        participants = _hand_over(roles, participants, host, finder.cue_rule["visited_office"])
    overseer = _overseer_of_headline(article, found) if rule == finder.cue_rule["overseer"] else None
    if overseer is not None and overseer != roles.organizer:
        participants = _hand_over(roles, participants, overseer, rule)
    meetings = [t for t in lead_triggers if t.type == "MEETING"]
    rakors = [t for t in meetings if t.words in finder.rakor]
    event_type, rule = finder.type_by_bodies(event_type, rule, found,
                                             [b for b in (roles.organizer, *participants) if b],
                                             _groups(article, [_title_of(text, t) for t in rakors]), bool(rakors),
                                             any(finder.rakor_partner.match(text, t.end) for t in rakors),
                                             _met_with(article, [*anchors, *meetings]),
                                             roles.organizer)
    trigger = Span(found.start, found.end, found.text, rule) if found else None
    mode, place = _mode_and_place(article, quoted, event_type)
    ids = [p.id for p in event_persons]
    organizer = roles.organizer
    visited = _visited_body(article, place) if event_type == "VISIT" else None
    # a body visited that a participant's or the organizer's fuller name holds ("Partai X" of "Dewan Pimpinan Cabang
    # Partai X Kabupaten Y") is already there
    if visited is not None and not any(f" {visited} " in f" {b} " for b in (organizer or "", *participants)):
        participants.append(visited)
    if roles.organizer_rule:
        slot_rules["organizer"] = roles.organizer_rule
    if date is not None:
        slot_rules["date"] = date.rule or "event.date.lead"
    if place is not None:
        slot_rules["location"] = finder.cue_rule["location"]
    if audience:
        slot_rules["audience"] = finder.cue_rule["audience"]
    return Event(
        type=event_type, trigger=trigger, name=name, date=date.value if date else None,
        organizer=organizer, participants=participants, persons=ids,
        location=place, mode=mode,
        quotes=[i for i, q in enumerate(quotes) if q.speaker in ids], rule=rule, theme=theme,
        audience=[" ".join(text[a:b].split()) for a, b in audience], rules=slot_rules)


def _article(text: str, headline: str | None, lead_end: int, finder: EventFinder,
             orgs: list[OrgMention]) -> _Article:
    """The article as the slot finders read it: its bodies by canonical name (no news outlet it talks to: it
    reports the activity, neither holding nor joining it), the body after the headline, the lead stretched past a
    dateline or a stub, and the reach of participants."""
    merged = merged_names(orgs)  # by each mention's own name: "PPK" in "PPK dan Panwascam X dan Y" names two bodies
    triggers = finder.every_trigger(text, 0)
    activities = _trigger_acronyms(text, _outermost(triggers))
    orgs = [replace(o, name=o.name if o.election_body else merged.get(o.name, o.name))
            for o in orgs if o.text not in activities and o.rule != _OUTLET_RULE]
    body_start = len(headline) if headline and text.startswith(headline) else 0
    window_end = _lead_window(text, body_start, lead_end)
    reach = max(window_end, _lead_window(text, body_start, body_start, _PARTICIPANT_CHARS))
    return _Article(text, finder, orgs, body_start, window_end, reach, triggers)


def _trigger_acronyms(text: str, triggers: list[_Trigger]) -> set[str]:
    """Acronyms the text gives an activity's trigger, the initials of its words ("Perjanjian Kerja Sama (PKS)"):
    written alone they name that activity, not a body with the same letters ("Teken MoA dan PKS dengan Uniwara"); a
    body's name around a trigger has other initials ("Panitia Pemungutan Suara (PPS)")."""
    out = set()
    for trigger in triggers:
        acronym = _TRIGGER_ACRONYM.match(text, trigger.end)
        initials = "".join(word[0] for word in trigger.text.split())
        if acronym and acronym.group(1).casefold() == initials.casefold():
            out.add(acronym.group(1))
    return out


def _event_type(article: _Article, headline: str, name: str | None, persons: list[Person],
                lead_triggers: list[_Trigger]) -> tuple[str, str, _Trigger | None]:
    """(type, rule, trigger) from the headline as far as it names the activity, the lead (whose triggers
    ``lead_triggers`` are already found) and the story's next lines; words of a role's title or a body's name type
    nothing."""
    text, body_start, window_end = article.text, article.body_start, article.window_end
    texts = [(text[body_start:window_end], body_start, "lead"),
             (text[window_end:window_end + _STORY_CHARS], window_end, "story")]
    if body_start:
        texts.insert(0, (_headline_activity(headline, name), 0, "headline"))
    titles = [(r.evidence.start, r.evidence.end) for p in persons for r in p.roles if r.evidence]
    titles += [(o.start, o.end) for o in article.orgs]
    overseer_ends = [o.end for o in _headline_overseers(article)]
    typed = article.finder.type_of(texts, titles, {"lead": lead_triggers}, overseer_ends)
    return _election_held(article) or _outreach_to_visiting_learners(article, lead_triggers, titles, typed)


def _election_held(article: _Article) -> tuple[str, str, _Trigger] | None:
    """VOTING, when the headline reports an election held ("Pilbup X Digelar Serentak", "Pilkada X Berlangsung
    Tertib"), not denied, put off, hoped for or urged before its verb in its clause ("Pilkades X Batal Digelar",
    "Bupati Harap Pilkada Berlangsung Damai"; not "Tak Ada Gangguan, Pilkada X Berlangsung Aman"), not scheduled by
    a date or a time to come after it ("Pilkada X Digelar Pekan Depan"), no stage of it ("Tahapan Pilkada X Berjalan
    Lancar"), naming no activity by a trigger, and the story's opening writes the vote itself (its polling stations,
    a VOTING trigger, "bilik suara", "hak pilih"): the story tells of the vote, whatever stage or visit its lead
    mentions."""
    finder, text, body_start = article.finder, article.text, article.body_start
    held = finder.election_held.search(text, 0, body_start) if body_start else None
    # a denial counts in the headline's clause only: from the last comma or colon before the election's word
    clause = max(text.rfind(",", 0, held.start()), text.rfind(":", 0, held.start())) + 1 if held else 0
    if held is None or finder.not_held.search(text, clause, held.end()) or finder.triggers_in(text[:body_start], 0) \
            or finder.held_later.match(text, held.end(), body_start) \
            or finder.election_stage.search(text, max(0, held.start() - 20), held.start()):
        return None
    opening = _lead_window(text, body_start, body_start, _MODE_CHARS)
    if not (finder.polling_station.search(text, body_start, opening)
            or finder.voting_cue.search(text, body_start, opening)
            or any(t.type == "VOTING" for t in finder.triggers_in(text[body_start:opening], body_start))):
        return None
    rule = finder.cue_rule["election_word"]
    return "VOTING", rule, _Trigger(finder.voting_order, "VOTING", rule, held.start(), held.end(), held.group())


def _hand_over(roles: _Roles, participants: list[str], holder: str, rule: str) -> list[str]:
    """Make ``holder`` the organizer by ``rule``; the body that held the activity before takes part in it (a school
    visiting an election body, a stage an overseer watches). Returns the participants."""
    joined = list(dict.fromkeys(p for p in (roles.organizer, *participants) if p and p != holder))
    roles.organizer, roles.organizer_rule = holder, rule
    return joined


def _headline_overseers(article: _Article) -> list[OrgMention]:
    """The oversight bodies the organization finder names in the headline with their region ("Bawaslu Kabupaten X",
    "Panwaslih X"), not a bare "Bawaslu", that the story's opening makes the subject of an oversight's trigger
    ("Bawaslu X telah melakukan pengawasan ..."): the ones whose visit verb right after them in the headline makes the
    story their oversight; a body that only watches a stage its own body holds ("... diawasi Bawaslu X") does not
    (LABELLING.md, "Oversight and monitoring")."""
    finder, text = article.finder, article.text
    visits = [t for t in article.triggers if t.type == "VISIT" and article.body_start <= t.start < article.reach]
    overseers = [o for o in article.orgs if o.end <= article.body_start
                 and finder.overseer.match(o.text) and not finder.overseer.fullmatch(o.text)]
    return [o for o in overseers
            if any(m.start >= article.body_start and (m.name == o.name or finder.overseer.fullmatch(m.text))
                   and any(_OVERSIGHT_GAP.fullmatch(text, m.end, t.start) for t in visits) for m in article.orgs)]


def _overseer_of_headline(article: _Article, visit: _Trigger | None) -> str | None:
    """The headline's oversight body right before the visit verb that made the story its oversight: it holds the VISIT,
    and a body that holds the stage watched takes part (LABELLING.md, "Oversight and monitoring")."""
    return next((o.name for o in _headline_overseers(article)
                 if visit is not None and o.end <= visit.start and not article.text[o.end:visit.start].strip()), None)


def _outreach_to_visiting_learners(article: _Article, lead_triggers: list[_Trigger], titles: list[tuple[int, int]],
                                   typed: tuple[str, str, _Trigger | None]) -> tuple[str, str, _Trigger | None]:
    """A visit or an audiensi of learners, named in the headline or lead a few words after a visit's or an audiensi's
    trigger by a learners' word or a school's or campus's name ("Kunjungan SMA X ke KPU Y", "menerima kunjungan
    audiensi dari mahasiswa"; not the place visited nor the body met: "Audiensi ke Universitas X", "silaturahmi dan
    menjajaki kerja sama dengan perguruan tinggi"), whose lead names voter education ("dalam rangka sosialisasi tahapan
    Pemilihan", "untuk belajar sekaligus sosialisasi mengenai pemilu"), even in a clause setting the scene, though not
    as a plan ("berencana menyosialisasikan"): the story is the outreach the host gives its visitors, so it is
    VOTER_EDUCATION, typed by the lead's trigger, whose holder the visited body is (LABELLING.md, "Organizer of a visit
    or an audiensi")."""
    event_type, _, found = typed
    if event_type not in ("VISIT", "COORDINATION") or found is None or found.start >= article.window_end:
        return typed
    finder, text = article.finder, article.text
    schools = [o.start for o in article.orgs if o.rule == _SCHOOL_RULE]
    if not any(_learners_after(text, finder, t.end, schools) for t in _outermost(article.triggers)
               if t.type in ("VISIT", "COORDINATION") and t.start < article.window_end):
        return typed
    outreach = next((t for t in lead_triggers if t.type == "VOTER_EDUCATION" and not t.verb
                     and not finder.in_title(text, 0, t, titles) and not finder.planned_for(text, 0, t)), None)
    if outreach is None:
        return typed
    return outreach.type, finder.cue_rule["learners"], outreach


def _host_of_visiting_school(article: _Article, organizer: str | None) -> str | None:
    """The election body a school or campus holding the voter education goes to, right after "ke" (or "ke kantor") in
    the school's own sentence of the headline or lead ("SMA X melaksanakan kunjungan belajar ke KPU Kabupaten Y"; not
    "sosialisasi ke seluruh siswa bersama KPU Y"): the story is the outreach the host gives its visitors, so the host
    holds it and the school takes part (LABELLING.md, "Organizer of a visit or an audiensi")."""
    text = article.text
    for school in (o for o in article.orgs if o.name == organizer and o.rule == _SCHOOL_RULE
                   and o.start < article.window_end):
        limit = article.body_start if school.start < article.body_start else article.window_end
        end = article.finder.sentence_end.search(text, school.end, limit)
        stop = end.start() if end else limit
        host = next((o for o in sorted(article.orgs, key=lambda o: o.start) if o.election_body
                     and school.end <= o.start < stop
                     and article.finder.goes_to_body.search(text, school.end, o.start)), None)
        if host is not None:
            return host.name
    return None


def _learners_after(text: str, finder: EventFinder, end: int, schools: list[int]) -> bool:
    """Whether learners (a learners' word, or a school at one of the ``schools`` starts) are named within
    ``_LEARNERS_REACH`` characters after a trigger ending at ``end``, in its sentence and with no "ke" (the place
    visited), "dengan" or "bersama" (the body met) before them."""
    sentence = _SENTENCE_END.search(text, end, end + _LEARNERS_REACH)
    stop = sentence.start() if sentence else min(len(text), end + _LEARNERS_REACH)
    newline = text.find("\n", end, stop)
    stop = newline if newline >= 0 else stop
    word = finder.learners.search(text, end, stop)
    first = min([s for s in schools if end <= s < stop] + ([word.start()] if word else []), default=None)
    return first is not None and not _TOWARDS.search(text, end, first)


def _participants(article: _Article, roles: _Roles, persons: list[Person], event_persons: list[Person],
                  audience: list[tuple[int, int]]) -> list[str]:
    """The participating bodies: those the cues name, the bodies of the event's persons' roles and the bodies a
    person named near the lead is there for; once each, the organizer left out."""
    names = {o.name for o in article.orgs}
    participants = list(roles.participants)
    participants += [r.organization for p in event_persons for r in p.roles if r.organization in names]
    participants += _bodies_of_people(article, persons, event_persons, audience)
    # read before the acting-head and chair organizer choices in extract_main_event: only a cue's organizer counts
    if roles.organizer_rule not in (None, _REPORTING_BODY_RULE, _FIRST_BODY_RULE):
        participants += _governments_of_heads(article, event_persons)
    return [p for i, p in enumerate(participants) if p != roles.organizer and p not in participants[:i]
            and not _same_council(article, p, roles.organizer)]


def _governments_of_heads(article: _Article, event_persons: list[Person]) -> list[str]:
    """Regional governments ("Pemerintah Kabupaten Lumbung", "Pemprov Lumbung Raya") named in the sentence of a regional
    head's role phrase that writes their region ("Bupati Lumbung, Andi", "Penjabat Gubernur Lumbung Raya"; the region's
    short name counts as its full one) or in the next: the head acts for that government there, so it takes part
    (LABELLING.md, "Participants": the text names a body's people as taking part). A head's role has no organization of
    its own (annotation.md), so only the region ties them; a government named far from the head is only mentioned.
    Read only when a cue named the organizer: with none, the head's act may be the government's own story."""
    finder, text = article.finder, article.text
    heads = [r.evidence for p in event_persons for r in p.roles
             if r.organization is None and r.evidence is not None and finder.regional_office.fullmatch(r.title)
             and not _ADDRESSEE.search(text, max(0, r.evidence.start - 20), r.evidence.start)]
    if not heads:
        return []
    out: list[str] = []
    for org in article.orgs:
        government = finder.regional_government.fullmatch(org.name)
        if government is None or org.name in out:
            continue
        region, level = government.group("region"), _regional_level(finder, government.group())
        forms = {region, finder.region_aliases.get(region, region),
                 *(alias for alias, name in finder.region_aliases.items() if name == region)}
        written = rx.compile(rf"(?<![\w])(?:{_alternation(forms)})(?![\w])")
        if any(written.search(head.text) and level in (None, _regional_level(finder, head.text))
               and _sentence_start(article, head.start) <= org.start
               <= _next_sentence_end(article, head.end) for head in heads):
            out.append(org.name)
    return out


def _regional_level(finder: EventFinder, words: str) -> str | None:
    """The level a regional office or government's name writes in its words ("Wakil Bupati" and "Pemkab" Kabupaten),
    None for none ("Pemerintah Daerah X")."""
    for word in _REGIONAL_WORD.findall(words):
        level = finder.regional_levels.get(word.casefold()) or finder.regional_levels.get(word.rstrip(".").casefold())
        if level:
            return level
    return None


def _next_sentence_end(article: _Article, position: int) -> int:
    """Where the sentence after the one holding ``position`` ends (the text's end when there is none)."""
    text, sentence_end = article.text, article.finder.sentence_end
    end = sentence_end.search(text, position)
    following = sentence_end.search(text, end.end()) if end else None
    return following.end() if following else len(text)


def _same_council(article: _Article, name: str, organizer: str | None) -> bool:
    """Whether a body is the organizer's council or one of its commissions, or the organizer is one of the body's
    commissions: "Komisi I DPRD Kota X" holds the hearing that "DPRD Kota X" holds, one side of it, not a guest. The
    council is compared by its name or by the acronym and place its mentions write ("Dewan Perwakilan Rakyat Daerah
    (DPRD) Kota X" is "DPRD Kota X")."""
    if organizer is None:
        return False
    commission = article.finder.commission
    for body, council in ((name, organizer), (organizer, name)):
        head = commission.match(body)
        if head is None:
            continue
        within = body[head.end():]
        acronym, _, place = within.partition(" ")
        if council == within or any(m.name == council and m.acronym == acronym and council.endswith(" " + place)
                                    for m in article.orgs if place):
            return True
    return False


def _headline_activity(headline: str, name: str | None) -> str:
    """The headline as far as it names the activity: after the event's own name and a colon ("I Love Monday Seri
    Keempat: Kebijakan dan Mekanisme PAW") comes its topic, whose words do not type the event."""
    if name and headline.casefold().startswith(name.casefold()) and ":" in headline[len(name):]:
        return headline[:headline.index(":", len(name))]
    return headline


def _audience(article: _Article) -> list[tuple[int, int]]:
    """Groups of bodies written as a group ("seluruh KPU Kabupaten/Kota se-Jawa Tengah"): not participants."""
    out: list[tuple[int, int]] = []
    for m, group in _written_groups(article, article.finder.audience):
        span = (m.start(), m.start("group") + len(group))
        if article.text[span[0]:span[1]] not in {article.text[a:b] for a, b in out}:
            out.append(span)
    return out


def _former_bodies(article: _Article) -> list[tuple[int, int]]:
    """Bodies of a former office ("mantan anggota Bawaslu Provinsi X periode 2012-2023"): a speaker's past, so the
    body takes no part through them."""
    return [(o.start, o.end) for o in article.orgs
            if article.finder.former.search(article.text, max(0, o.start - 40), o.start)]


def _groups(article: _Article, titles: list[tuple[int, int]] = ()) -> list[str]:
    """The groups of bodies the story's opening writes as a group after an audience cue or a word of a group's
    representatives ("Perwakilan Dinas Dukcapil Kabupaten/Kota se-Jawa Tengah"), from their first body word on; not
    one written inside a meeting's own title (``titles``: "Rapat Koordinasi Percermatan DCT Anggota DPRD Kab/Kota"),
    which is its topic, not a body that joins it."""
    return [group for m, group in _written_groups(article, article.finder.rakor_group) if not _within(m.start(), titles)]


def _title_of(text: str, trigger: _Trigger) -> tuple[int, int]:
    """The span of the capitalised title a trigger heads ("Rapat Koordinasi Persiapan Penyusunan dan Percermatan DCT
    Anggota DPRD Kab/Kota Pemilu"): the trigger and the capitalised words, numbers and joining words after it."""
    run = _TITLE_RUN.match(text, trigger.end)
    return trigger.start, run.end() if run else trigger.end


def _written_groups(article: _Article, cue: rx.Pattern) -> list[tuple[rx.Match, str]]:
    """Each ``cue`` match in the story's opening whose words up to a stop word hold a group word ("se-",
    "kabupaten/kota"), with those words."""
    finder, out = article.finder, []
    for m in cue.finditer(article.text, article.body_start, article.reach):
        group = m.group("group")
        stop = finder.audience_stop.search(group)
        group = (group[:stop.start()] if stop else group).rstrip()
        if finder.group_marker.search(group):
            out.append((m, group))
    return out


def _name_and_theme(article: _Article) -> tuple[str | None, str | None, dict[str, str]]:
    """The event's own name (quoted, or in capitals, after "kegiatan", "program", "forum" ...) and its theme
    ("mengusung tema ...", "bertajuk ..."); a short title after a theme cue is the name, "Name: theme" gives both."""
    text, finder, orgs = article.text, article.finder, article.orgs
    start, end = article.body_start, article.reach
    name = theme = None
    rules: dict[str, str] = {}
    for m in finder.name_cue.finditer(text, start, end):
        candidate = (m.group("quoted") or m.group("caps") or "").strip()
        if m.group("caps") is not None:
            words = candidate.split()
            if (words[0].casefold() in finder.generic_first_words or words[0].casefold() in finder.division_heads
                    or words[0].casefold() in finder.election_words
                    or (len(words) == 1 and not rx.search(r"\p{Ll}\p{Lu}", candidate))
                    or any(o.start <= m.start("caps") < o.end for o in orgs)):
                continue
        name = candidate.split(":")[0].strip()
        rules["name"] = finder.cue_rule["name"]
        break
    for m in finder.theme_cue.finditer(text, start, end):
        if m.group("quoted") is not None:
            value = m.group("quoted")
        else:
            value = m.group("plain")
            stop = finder.theme_stop.search(value)
            value = value[:stop.start()] if stop else value
        value = value.strip(" .,:;")
        if not value:
            continue
        head, colon, rest = value.partition(":")
        if colon and len(head.split()) <= 4 and rest.strip() and name is None:
            name, value = head.strip(), rest.strip(" .")
            rules["name"] = finder.cue_rule["theme"]
        elif len(value.split()) <= 3 and name is None:
            name, value = value, ""
            rules["name"] = finder.cue_rule["theme"]
            continue
        theme = value
        rules["theme"] = finder.cue_rule["theme"]
        break
    return name, theme, rules
