"""Typed, frozen records passed between the pipeline stages.

Every stage takes and returns these records; no tuples or loose dicts cross a stage boundary.
Offsets (``start``/``end``) always index the *cleaned* document text unless a field says
``orig_``; the cleaned text is what the store keeps and the export prints.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HtmlMetadata:
    """Metadata that a reader found in the file itself (HTML ``<meta>``, PDF info)."""

    title: str | None = None
    date: str | None = None
    sitename: str | None = None
    language: str | None = None
    author: str | None = None
    # (s22c) a date in another calendar (HTML ``dc.date.hijri``), Gregorian, ISO: it dates
    # the document only where nothing else does
    date_fallback: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """A file read from disk, before any repair: its plain text and where it came from."""

    path: str
    format: str  # "text" | "markdown" | "html" | "pdf"
    text: str
    content_hash: str
    file_metadata: HtmlMetadata = field(default_factory=HtmlMetadata)


@dataclass(frozen=True)
class CleanedText:
    """Repaired text with a map back to the original.

    ``offsets[i]`` is the index in ``original`` of cleaned character ``i``; it has one extra
    entry at the end (the original length) so that an exclusive ``end`` maps too.
    """

    text: str
    original: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned ``[start, end)`` span to the original text."""
        if not self.offsets:
            return start, end
        o_start = self.offsets[min(start, len(self.offsets) - 1)]
        if end <= start:
            return o_start, o_start
        # the end maps through the last character of the span, so a span never swallows
        # characters that cleaning deleted after it
        o_end = self.offsets[min(end - 1, len(self.offsets) - 1)] + 1
        return o_start, max(o_end, o_start)

    def to_cleaned(self, orig_index: int) -> int:
        """Map an original offset to the first cleaned offset at or after it."""
        return bisect_right(self.offsets, orig_index - 1) if self.offsets else orig_index


@dataclass(frozen=True)
class DateValue:
    """A calendar value with its precision: ``2018-03-18`` (day), ``2018-03`` (month), ``2018``."""

    value: str
    precision: str  # "day" | "month" | "year"


@dataclass(frozen=True)
class Metadata:
    """What a document says about itself."""

    title: str | None
    section: str | None
    published: DateValue | None
    source: str | None  # Latin/English form where known, else the original
    source_original: str | None  # as written in the document (any script)
    language: str | None  # ISO 639-1 of the body text
    author: str | None = None  # the writer(s) a byline or the file names, as written
    # (s22) with no publication date stated: the date year-less dates of the text are read
    # against, and how it was found ("period", "other_calendar", "weekday", "latest_date",
    # "copyright"); never shown as the publication date
    reference: DateValue | None = None
    reference_basis: str | None = None


@dataclass(frozen=True)
class Timex:
    """A normalised temporal expression (TIMEX3-like value)."""

    text: str
    start: int
    end: int
    value: str  # "2017-03-08", "2017-07", "2017", "201X", "XXXX-03", "PAST_REF", "P3Y", ...
    precision: str  # "day" | "week" | "month" | "season" | "quarter" | "year" | "decade" | "century" | "vague"
    anchor: str  # "absolute" | "document_date" | "previous_date" | "unresolved"
    type: str = "DATE"  # TIMEX3 type: DATE | TIME | DURATION | SET
    # the last value of a period written as two expressions ("between October 2023 and
    # November 2024", "from 3 to 7 May"): this one is its start, ``end_value`` its end
    end_value: str | None = None


@dataclass(frozen=True)
class Mention:
    """One entity mention in a document."""

    start: int
    end: int
    text: str
    label: str  # "ACTOR", "ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", ...
    sentence: int
    orig_start: int
    orig_end: int
    source: str = "model"  # "gazetteer" | "model" | "acronym" | "rule"
    gazetteer_id: str | None = None


@dataclass(frozen=True)
class ActorEntry:
    """One actor of the shipped gazetteer (``data/actors.yaml``)."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    wikidata: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2 of the home country, when there is one
    member_of: str | None = None  # for people: id of the organisation they lead or belong to


@dataclass(frozen=True)
class Actor:
    """An actor resolved within one document: a canonical key plus the mentions that name it."""

    key: str  # gazetteer id, or "new:<normalised name>" for actors the gazetteer lacks
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    parent: str | None = None  # key of the parent actor
    wikidata: str | None = None
    country: str | None = None
    member_of: str | None = None  # for people: key of the organisation a role phrase named


@dataclass(frozen=True)
class Place:
    """A place resolved to coordinates, with how precise the answer is."""

    name: str
    geonames_id: int | None
    country_code: str | None
    admin1_code: str | None  # ISO 3166-2
    latitude: float | None
    longitude: float | None
    feature: str  # "country" | "admin1" | "admin2" | "city" | "site" | "region" | "unknown"
    precision: str  # same scale as feature, or "unknown" when the geocoder abstains
    geo_precision: int | None  # ACLED geo_precision 1-3
    where_prec: int | None  # UCDP where_prec 1-7
    score: float = 0.0


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a document and what it resolved to (``place`` is None when abstained)."""

    start: int
    end: int
    text: str
    sentence: int
    place: Place | None
    score: float = 0.0


@dataclass(frozen=True)
class Anchor:
    """The verbatim evidence for an extracted fact."""

    start: int
    end: int
    quote: str
    sentence: int = -1


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """A fully processed document, ready to store."""

    path: str
    content_hash: str
    format: str
    original_text: str
    text: str
    offsets: tuple[int, ...]
    metadata: Metadata
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    claims: tuple[Claim, ...] = ()
    quantities: tuple[Quantity, ...] = ()


# -- facts (issue 4): events, relations, claims, quantities ---------------------------------
# Actor references are actor keys (``Actor.key``: a gazetteer id or ``new:<slug>``); place
# references are the document's ``PlaceMention``s; dates are the document's ``Timex``es.


@dataclass(frozen=True)
class NumberRange:
    """A count as reported: ``{low, best, high, text}`` (ACLED conventions for vague numbers)."""

    low: int | None
    best: int | None
    high: int | None
    text: str


@dataclass(frozen=True)
class EventActor:
    actor: str  # actor key
    role: str  # "initiator" | "perpetrator" | "target" | "recipient" | "victim" | "mediator"


@dataclass(frozen=True)
class Event:
    type: str  # PLOVER type or a Dossier strategic development (PROPAGANDA, FOUND, ...)
    anchor: Anchor
    mode: str | None = None
    context: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    date: Timex | None = None
    place: PlaceMention | None = None  # the first (main) place
    actors: tuple[EventActor, ...] = ()
    # the other places of an event told in several ("in the Metina and Gara regions")
    other_places: tuple[PlaceMention, ...] = ()
    fatalities: NumberRange | None = None
    injured: NumberRange | None = None
    weapon: str | None = None
    modality: str = "asserted"  # asserted | negated | hypothetical | future | background
    responsibility: str | None = None  # claimed | attributed | suspected
    responsibility_by: str | None = None  # actor key of who claims/attributes it


@dataclass(frozen=True)
class Relation:
    subject: str  # actor key
    predicate: str  # affiliate_of, branch_of, allied_with, hostile_to, leader_of, member_of, ...
    anchor: Anchor
    object_actor: str | None = None  # actor key, for actor-actor relations
    object_place: PlaceMention | None = None  # for based_in, controls, operates_in, recruits_in
    certainty: str = "asserted"  # asserted | hedged | negated | reported
    period: str | None = None


@dataclass(frozen=True)
class Claim:
    text: str  # the claim span, verbatim
    start: int
    end: int
    anchor: Anchor
    speaker: str | None = None  # actor key when the speaker is a known actor
    speaker_kind: str = (
        "actor"  # actor | person | reports | experts | officials | sources | views | unknown
    )
    speaker_text: str | None = None  # the words that name the speaker
    via: str | None = None  # actor key or outlet name that carried it
    about: tuple[str, ...] = ()  # actor keys (and place names) the claim is about
    hedges: tuple[str, ...] = ()
    likelihood: str | None = None  # ICD 203 scale
    reliability: str = "F"  # Admiralty A-F
    credibility: int = 6  # Admiralty 1-6
    # how the speaker puts it (the reporting verb's class in claim_vocab.yaml): neutral |
    # assertive | hedged | denial | accusation | admission; "X denied carrying out the attack"
    # has the text "carrying out the attack" and the stance "denial"
    stance: str = "neutral"


@dataclass(frozen=True)
class Quantity:
    measure: str  # fighters, members, attacks, killed, injured, arrested, recruits, ...
    anchor: Anchor
    subject: str | None = None  # actor key
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    period: str | None = None
    text: str = ""
