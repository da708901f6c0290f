"""The article's main event: type by trigger lexicon, with date, organizer, participants and mode.

The type comes from triggers in the headline first, then in the lead; among
types found at the same place, the one listed first in ``patterns/events.yaml``
(the more specific) wins.
"""

from __future__ import annotations

import regex

from .organizations import OrgMention
from .patterns import Lexicons, alternation as _alternation
from .records import DateMention, Event, Person, Quote, Span


class EventFinder:
    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        self.triggers = [(entry, regex.compile(rf"(?<![\w]){_alternation(entry.triggers)}(?![\w])", regex.IGNORECASE))
                         for entry in lexicons.event_types]
        self.online = regex.compile(rf"(?<![\w])(?:{_alternation(lexicons.mode_online)})", regex.IGNORECASE)
        self.offline = regex.compile(rf"(?<![\w])(?:{_alternation(lexicons.mode_offline_place)})(?![\w])",
                                     regex.IGNORECASE)
        self.organizer_cue = regex.compile(rf"(?:{_alternation(lexicons.organizer_cues)})\s+$", regex.IGNORECASE)
        self.participant_cue = regex.compile(rf"^\s+(?:turut\s+|kembali\s+)?(?:{_alternation(lexicons.participant_cues)})(?![\w])",
                                             regex.IGNORECASE)
        self.host_verb = regex.compile(rf"^\s+(?:resmi\s+|kembali\s+|turut\s+|terus\s+)?(?:{_alternation(lexicons.host_verbs)})(?![\w])",
                                       regex.IGNORECASE)
        self.location = regex.compile(
            rf"(?<![\w])(?:bertempat di|berlangsung di|dilaksanakan di|digelar di|di)\s+(?P<place>(?:[Aa]ula|[Rr]uang|[Kk]antor|[Gg]edung|[Hh]otel|[Hh]alaman|[Pp]endopo|[Bb]alai|[Kk]ampus|[Ss]ekolah)(?:\s+(?!(?:ini|itu|yang|pada|untuk|dengan|dan|sebagai|guna|dalam|oleh|secara|serta|sejak|mulai|tersebut)\b)[^\s,.;()]+){{1,8}})")

    def type_of(self, headline: str, lead: str, lead_offset: int) -> tuple[str, str, regex.Match | None, int]:
        """(type, rule, trigger match, offset of the searched text in the article) from headline, then lead."""
        for offset_text, offset in ((headline, 0), (lead, lead_offset)):
            if not offset_text:
                continue
            for entry, pattern in self.triggers:
                match = pattern.search(offset_text)
                if match:
                    return entry.type, entry.id, match, offset
        return self.lexicons.event_fallback.type, self.lexicons.event_fallback.id, None, 0


def extract_main_event(text: str, headline: str | None, lead_end: int, finder: EventFinder,
                       orgs: list[OrgMention], dates: list[DateMention], persons: list[Person],
                       quotes: list[Quote]) -> Event:
    """The activity the article reports."""
    headline_text = headline or ""
    body_start = len(headline_text) if headline and text.startswith(headline) else 0
    lead = text[body_start:lead_end]
    event_type, rule, trigger_match, offset = finder.type_of(headline_text if body_start else "", lead, body_start)
    trigger = None
    if trigger_match is not None:
        trigger = Span(offset + trigger_match.start(), offset + trigger_match.end(), trigger_match.group(), rule)
    lead_dates = [d for d in dates if body_start <= d.start < lead_end]
    date = (lead_dates or dates or [None])[0]
    bodies = [o for o in orgs if o.election_body and o.region_code or o.name.endswith(" RI")]
    organizer = None
    participants: list[str] = []
    for org in orgs:
        if not body_start <= org.start < lead_end:
            continue
        if finder.organizer_cue.search(text[max(0, org.start - 40):org.start]):
            organizer = organizer or org.name
        elif finder.participant_cue.match(text[org.end:org.end + 40]):
            if org.name not in participants:
                participants.append(org.name)
        elif finder.host_verb.match(text[org.end:org.end + 40]) and organizer is None:
            organizer = org.name
    if organizer is None and not participants and bodies:
        first = next((b for b in bodies if b.start >= body_start), None)
        if first is not None and first.start < lead_end:
            organizer = first.name
    participants = [p for p in participants if p != organizer]
    online = finder.online.search(text)
    place = finder.location.search(text[body_start:])
    offline = place or finder.offline.search(text)
    mode = "hybrid" if online and offline and "luring" in text.casefold() else "online" if online else "offline" if offline else None
    speakers = {q.speaker for q in quotes if q.speaker}
    event_persons = [p.id for p in persons if p.roles or p.id in speakers]
    return Event(
        type=event_type, trigger=trigger, name=None, date=date.value if date else None,
        organizer=organizer, participants=participants, persons=event_persons,
        location=" ".join(place.group("place").split()) if place else None, mode=mode,
        quotes=[i for i, q in enumerate(quotes) if q.speaker in event_persons], rule=rule)
