"""Merging several mentions of one event in a document into one frame.

Two frames merge when they have the same type, both are facts (or both not), their dates and
places agree, their perpetrators overlap when both name some, and they lie close together
(or share a date). The merged frame keeps the most specific date and every argument found.

The reasons that keep two mentions apart are a table of named rules (``_APART``), checked in
order; what is left merges when told close enough together (``_close_enough``). Dates agree
when one may name the other's day (:func:`dates_agree`: "XXXX-WXX-6" and a Saturday, a week
and its days); a photo caption merges wherever it stands, and one that matches nothing is
dropped; what answers an attack ("killed in response") is another event. (s17) A summing-up
line (a table row, a list item, a headline) is the incident of its day told elsewhere in the
text (:func:`_row_of_day`, :func:`_undated_item_retold`). The merged toll
weighs both mentions' figures (:func:`~dossier.extract.event_effects.combine_tolls`), and a
parent group stays a perpetrator beside its branch when it claimed the attack.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from dossier.extract.event_effects import combine_tolls
from dossier.extract.event_rules import EventRules, load_event_rules
from dossier.extract.lexicon import alternation
from dossier.nlp.text import TokensByChar
from dossier.resolve.timex.lexicon import _lexicon
from dossier.resolve.unidentified import is_unidentified_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.extract.events import EventFrame
    from dossier.records import Event, NumberRange, Place, PlaceMention, Timex

__all__ = ["dates_agree", "drop_released", "merge_frames"]

_PERP_ROLES = {"perpetrator", "initiator"}

Ancestors = Callable[[str], list[str]]


def _none(_key: str) -> list[str]:
    return []


_WIDE = {"admin1": "admin1_code", "country": "country_code"}


def _places_agree(a: PlaceMention, b: PlaceMention) -> bool:
    """The same place, or one inside the other ("Sokolo" and "the Segou region")."""
    if a.place and b.place and a.place.country_code != b.place.country_code:
        return False  # (s17) "Niger State" (Nigeria) and the Republic of Niger: one name
    na = a.place.name if a.place else a.text
    nb = b.place.name if b.place else b.text
    if na == nb or _named_within(a, b) or _named_within(b, a):
        return True
    if a.place is None or b.place is None:
        return False
    for wide, narrow in ((a.place, b.place), (b.place, a.place)):
        field = _WIDE.get(wide.feature)
        if field and getattr(wide, field) and getattr(wide, field) == getattr(narrow, field):
            return True
    return False


def _named_within(wide: PlaceMention, narrow: PlaceMention) -> bool:
    """(s17) One mention's words name the other's place as a whole: a road, a district or
    an outskirt named after the town ("the Makalondi road" and "near Makalondi", "the
    Téra–Dargol road" and "Téra"). Never a part of a longer name ("Sudan" in "South
    Sudan", "Guinea" in "Guinea-Bissau", "Niger" in "Niger State"): the name must stand
    alone among the wide mention's words (no capitalised word or hyphen joined to it), and
    two places the gazetteer resolves must lie in one country."""
    if wide.text == narrow.text:
        return False
    if wide.place is not None and narrow.place is not None:
        if wide.place.country_code != narrow.place.country_code:
            return False
        if wide.place.feature in {"country", "admin1"} and wide.place.name != narrow.place.name:
            return False  # a country or a region is told by its own name, not a town's
    names = {narrow.text, narrow.place.name if narrow.place else narrow.text}
    return any(len(n) > 2 and _stands_alone(n, wide.text) for n in names)


# a word joined to a name that makes it part of a longer one: "South Sudan", "Niger State",
# "Guinea-Bissau" (an en dash joins two names of a road: "the Téra–Dargol road")
_NAME_JOINED_BEFORE = re.compile(r"(?:[A-Z][\w'’]*\s+|-)$")
_NAME_JOINED_AFTER = re.compile(r"^(?:\s+[A-Z]|-)")


@lru_cache(maxsize=1)
def _within_nouns() -> str:
    """The nouns of a stretch named after a town ("the Makalondi Road", "Goma Airport")."""
    return alternation(load_event_rules().raw.get("named_after_town_nouns") or []) or r"(?!)"


def _stands_alone(name: str, text: str) -> bool:
    """``name`` occurs in ``text`` as a whole name, not inside a longer proper name."""
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
        before, after = text[: m.start()], text[m.end() :]
        joined_after = _NAME_JOINED_AFTER.search(after) and not re.match(
            r"\s+(?:" + _within_nouns() + r")\b", after, re.IGNORECASE
        )
        if not _NAME_JOINED_BEFORE.search(before) and not joined_after:
            return True
    return False


@dataclass(frozen=True)
class _Pair:
    """Two frames that might be mentions of one event, and what the rules compare."""

    a: EventFrame
    b: EventFrame
    ancestors: Ancestors
    # (s17) the sentences of the text's headline-like lines (a story's or a section's)
    headlines: frozenset[int] = frozenset()

    @property
    def ea(self) -> Event:
        return self.a.event

    @property
    def eb(self) -> Event:
        return self.b.event

    @property
    def perps_a(self) -> set[str]:
        return _named_perpetrators(self.ea)

    @property
    def perps_b(self) -> set[str]:
        return _named_perpetrators(self.eb)

    @property
    def told_apart(self) -> bool:
        return self.ea.anchor.sentence != self.eb.anchor.sentence


def _named_perpetrators(ev: Event) -> set[str]:
    """Who is said to have acted; "unidentified gunmen" name no one, so a later "local
    sources attributed the killing to IS Sahel" may tell the same killing."""
    return {
        x.actor for x in ev.actors if x.role in _PERP_ROLES and not is_unidentified_key(x.actor)
    }


def _other_type(p: _Pair) -> bool:
    return p.ea.type != p.eb.type


def _fact_and_not(p: _Pair) -> bool:
    facts = {"asserted", "background"}
    return (p.ea.modality in facts) != (p.eb.modality in facts)


def _other_date(p: _Pair) -> bool:
    va = p.ea.date.value if p.ea.date is not None else None
    vb = p.eb.date.value if p.eb.date is not None else None
    if _dayless(p.ea.date) and vb is not None and len(vb) >= 10:
        return False  # "the drone struck shortly after 10 a.m.": the time of the day told
    if _dayless(p.eb.date) and va is not None and len(va) >= 10:
        return False
    if va is not None and vb is not None and not dates_agree(va, vb) and _retold_by_party(p):
        return False  # (ev, s15) "The next morning the army said it fought off the attack"
    if _within_period(p.ea.date, vb) or _within_period(p.eb.date, va):
        return False  # (s23c) "the night of 3 to 4 May" and a log line's "04/05"
    return va is not None and vb is not None and not dates_agree(va, vb)


def _within_period(t: Timex | None, day: str | None) -> bool:
    """(s23c) An event told over a period ("the night of 3 to 4 May", "from 3 to 7 May"),
    dated by its first day with the period's end as ``end_value``, and a day inside it."""
    if t is None or t.end_value is None or day is None or len(day) < 10:
        return False
    first, last = t.value[:10], t.end_value[:10]
    return len(first) == len(last) == 10 and first <= day[:10] <= last


def _dayless(t: Timex | None) -> bool:
    """A clock time that names no day ("around 2 p.m."), put on the document's day."""
    return (
        t is not None
        and t.type == "TIME"
        and t.anchor in {"document_date", "previous_date"}
        and "T" in t.value
    )


def _on_day(time: Timex, day: Timex) -> Timex:
    """A day-less clock time put on the day another mention gives."""
    if day.precision != "day" or len(day.value) != 10:
        return day
    return replace(time, value=day.value + time.value[time.value.index("T") :], anchor="absolute")


_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEKDAY = re.compile(r"^([\dX]{4})-W([\dX]{2})-(\d)$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_CALENDAR = re.compile(r"^[\dX]{4}(?:-[\dX]{2}){0,2}$")


def dates_agree(va: str, vb: str) -> bool:
    """Two timex values may name one day: one contains the other ("2017-02" and
    "2017-02-05"); a value with unknown parts fits a date it could be ("XXXX-10" and
    "2024-10-22"; "XXXX-WXX-6", a Saturday of an unknown week, and "2024-11-09", a
    Saturday); a week fits the days of that week and of the weeks either side of it (a
    weekly's "last week" is counted from a posting date that lags the period it covers)."""
    if va.startswith(vb) or vb.startswith(va):
        return True
    if _any_day(va) or _any_day(vb):
        return True
    return any(_fits(x, y) or _in_week(x, y) for x, y in ((va, vb), (vb, va)))


def _any_day(value: str) -> bool:
    """(s16) A clock time of no known day ("XXXX-XX-XXT04:30", "at about 4:30 a.m." in an
    undated story) fits whatever day another mention gives."""
    return "T" in value and not any(ch.isdigit() for ch in value.split("T", 1)[0])


def _fits(pattern: str, value: str) -> bool:
    if "X" not in pattern:
        return False
    if _CALENDAR.match(pattern):
        return len(value) >= len(pattern) and all(
            a == b or (a == "X" and b.isdigit()) for a, b in zip(pattern, value, strict=False)
        )
    week, day = _WEEKDAY.match(pattern), _ISO_DAY.match(value)
    if week is None or day is None:
        return False
    try:
        year, number, weekday = dt.date(*map(int, day.groups())).isocalendar()
    except ValueError:
        return False
    return (
        int(week.group(3)) == weekday
        and week.group(1) in {"XXXX", str(year)}
        and week.group(2) in {"XX", f"{number:02d}"}
    )


def _in_week(week: str, value: str) -> bool:
    w, day = _WEEK.match(week), _ISO_DAY.match(value)
    if w is None or day is None:
        return False
    try:
        monday = dt.date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1)
        when = dt.date(*map(int, day.groups()))
    except ValueError:
        return False  # no such week or day
    return monday - dt.timedelta(days=7) <= when <= monday + dt.timedelta(days=13)


def _specificity(value: str) -> tuple[bool, int, int]:
    """How exactly a timex value names its time: a known date over one with unknown parts
    ("2024-11-09" over "XXXX-WXX-6"), then a day over a week over a month over a year."""
    return ("X" not in value, _granularity(value), len(value))


def _granularity(value: str) -> int:
    # by the unit the value names, not its length: "2024-W23-WE" (a weekend) is longer
    # than "2024-06-08" but less exact
    date = value.split("T", 1)[0]
    if "T" in value:
        return 5
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}|[\dX]{4}-W[\dX]{2}-\d", date):
        return 4
    if "-W" in date:
        return 3
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}", date):
        return 2
    return 1


def _other_place(p: _Pair) -> bool:
    return (
        p.ea.place is not None
        and p.eb.place is not None
        and not _places_agree(p.ea.place, p.eb.place)
        and not _refers_back(p)
        and not _protest_landmark(p)
        and not _row_retold(p)
        and not _lede_detailed(p)
        and not _summary_of_sides(p)
    )


def _summary_of_sides(p: _Pair) -> bool:
    """(s19) An undated summary item placed only by a wide area ("on the islands of Lake
    Chad") and a dated incident between the same two named groups: their places do not keep
    them apart (:func:`_same_sides`)."""
    for item, told in ((p.a, p.b), (p.b, p.a)):
        place = item.event.place
        if item.item < 0 or item.event.date is not None or told.event.date is None:
            continue
        if place is None or place.place is None:
            continue
        broad = _wide_place(place.place)
        if broad and _same_sides(item.event, told.event):
            return True
    return False


def _lede_detailed(p: _Pair) -> bool:
    """(s17) "JNIM claimed a coordinated assault on Bamako on September 17. Militants attacked
    a gendarmerie school in the Faladié district and then the airport": the undated sentence
    right after a dated deed, by the party named in it, in one country, tells where in it
    the deed struck (a district and its city), not another deed (two towns stay two)."""
    first, later = (p.ea, p.eb) if p.ea.anchor.sentence < p.eb.anchor.sentence else (p.eb, p.ea)
    if later.anchor.sentence - first.anchor.sentence != 1 or later.date is not None:
        return False
    if first.date is None or not (_named_perpetrators(first) & _named_perpetrators(later)):
        return False
    pf, pl = first.place, later.place
    if pf is None or pl is None or pf.place is None or pl.place is None:
        return False
    if "admin2" not in {pf.place.feature, pl.place.feature} or _second_deed(later.anchor.quote):
        return False
    return _contains(pf.place, pl.place) or _contains(pl.place, pf.place)


# (s17) how far (km) a district's centre may lie from a town inside it
_DISTRICT_KM = 40.0


def _contains(district: Place, town: Place) -> bool:
    """(s17) The gazetteer puts ``town`` inside ``district``: an admin2 of the town's own
    admin1, its centre near enough to hold the town (a commune of Bamako and Bamako; never
    "Baidoa district" and "Mogadishu", in two regions, nor a namesake district far away)."""
    if district.feature != "admin2" or district.country_code != town.country_code:
        return False
    if not district.admin1_code or district.admin1_code != town.admin1_code:
        return False
    coords = (district.latitude, district.longitude, town.latitude, town.longitude)
    if any(c is None for c in coords):
        return True
    lat1, lon1, lat2, lon2 = (float(c) for c in coords)  # type: ignore[arg-type]
    km = 111.0 * math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians(lat1)))
    return km <= _DISTRICT_KM


def _second_deed(quote: str) -> bool:
    """(s17) A sentence that says it tells another deed ("fighters also attacked a police
    station", "separately, ..."): ``second_deed_cues`` as whole words."""
    return re.search(rf"\b(?:{_second_deed_words()})\b", quote, re.IGNORECASE) is not None


@lru_cache(maxsize=1)
def _second_deed_words() -> str:
    return alternation(load_event_rules().raw.get("second_deed_cues") or []) or r"(?!)"


def _table_row(ev: Event) -> bool:
    """A mention read off a row of a pipe table ("| Sat 12 Jul | Jakiri | ... |")."""
    quote = ev.anchor.quote.strip()
    return len(quote) > 2 and quote[0] == "|" and quote[-1] == "|"


def _row_retold(p: _Pair) -> bool:
    """A table row that restates an incident the prose tells: the same day, and the row's
    place named in the prose sentence ("| Wed 16 Jul | Kumba | Abduction |" and "On Wed 16
    Jul, six pupils were abducted near a school on the outskirts of Kumba") (r1, s14)."""
    if _table_row(p.ea) == _table_row(p.eb):
        return False
    row, prose = (p.ea, p.eb) if _table_row(p.ea) else (p.eb, p.ea)
    # (s18) the prose under a run-in heading ("Lakki Marwat, 8 September. Militants ...")
    # names its place in the heading
    told = prose.anchor.quote + " " + (p.b.heading if prose is p.eb else p.a.heading)
    if row.date is None or prose.date is None:
        return False
    if row.date.precision != "day" or row.date.value[:10] != prose.date.value[:10]:
        return False
    if row.place is None:
        # (s16) a row whose place the gazetteer lacks ("| 28 Oct 2025 | Kiremu | Clash |"):
        # a name of the row the prose of that day names too ("Kiremu, 28 Oct: Clashes ...")
        return bool(_row_names(row.anchor.quote) & _row_names(told, False))
    names = {row.place.text, row.place.place.name if row.place.place else row.place.text}
    if any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", told) for n in names if n):
        return True
    # (s20) a row placed only by a wide area ("| 9 Aug | Gulf of Aden | Aster Dawn hit |", a
    # sea, a region, a country) names the incident by another name the prose of that day
    # tells ("a drone hit the cargo ship Aster Dawn 30 miles off Berbera")
    if row.place.place is not None and not _wide_place(row.place.place):
        return False
    own = {n for n in names if n}
    return bool(_incident_names(row.anchor.quote, own) & _incident_names(told, own, False))


def _wide_place(place: Place) -> bool:
    """A place too wide to tell one incident from another (``_WIDE``: a province, a
    country), or one in no country (a sea, "the islands of Lake Chad", a region across
    borders)."""
    return place.feature in _WIDE or place.country_code is None


def _not_name(word: str) -> bool:
    """A capitalised word that is no part of a name: a function word at a sentence's
    start ("The", "On"), a month or a weekday."""
    lx = _lexicon()
    low = word.lower()
    return low in STOP_WORDS or low in lx.months or low in lx.weekdays


_NAME_PAIR = re.compile(r"(?<![\w-])(?=([A-Z][a-z]+ [A-Z][a-z]+)(?![\w-]))")


def _incident_names(text: str, own: set[str], in_row: bool = True) -> set[str]:
    """(s20) Two-word names ("Golden Meridian") that may name an incident's own object, a
    vessel, a convoy, a site: not one capitalised word (a demonym, "Yemeni"; a source,
    "Ambrey"), not the row's own place, and in a row only inside a cell that tells more than
    the name (the incident's cell, "Missile hit on Aster Dawn"; a cell that is the name
    alone is the actor or source column)."""
    cells = [c.strip() for c in text.split("|")] if in_row else [text]
    found = set()
    for cell in cells:
        for m in _NAME_PAIR.finditer(cell):
            name = m.group(1)
            if in_row and cell == name:
                continue
            if any(_not_name(w) for w in name.split()):
                continue  # "On Tuesday", "The Houthis": a function word or a date word
            if name in own or any(name in n or n in name for n in own):
                continue
            found.add(name)
    return found


def _summary(frame: EventFrame) -> bool:
    """A mention told in a summing-up line: a table row, a list item, a headline."""
    return _table_row(frame.event) or frame.item >= 0 or _headline_like(frame.event)


def _row_of_day(p: _Pair) -> bool:
    """(s17) A summing-up line (a table row, a list item, a headline) and a mention outside
    such lines of one day, one type and one mode (or one that names none): the summary sums
    up the incident the text tells ("| 20 Mar | south of Banibangou | FAN | Drone strike |"
    and "20–21 March — strike and arrests ... A drone strike south of Banibangou on Thursday
    killed an ISSP commander"; "- Suicide bombing at a Baidoa checkpoint (8 May)" and "8 May
    - Baidoa: A suicide bomber detonated ..."), whatever place each resolves (nothing placed
    them apart)."""
    if _summary(p.a) == _summary(p.b) and _table_row(p.ea) == _table_row(p.eb):
        return False
    modes = {p.ea.mode, p.eb.mode} - {None}
    return _same_day(p.ea, p.eb) and len(modes) <= 1


def _same_day(a: Event, b: Event) -> bool:
    """(s17) Both mentions dated to one calendar day (a day-precision date each)."""
    return (
        a.date is not None
        and b.date is not None
        and a.date.precision == b.date.precision == "day"
        and a.date.value[:10] == b.date.value[:10]
    )


_NAME_WORD = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w-])")


def _row_names(text: str, in_row: bool = True) -> set[str]:
    """Capitalised words that may be names (no month or weekday names); in prose, not a
    sentence's first word."""
    lx = _lexicon()
    words = set()
    for m in _NAME_WORD.finditer(text):
        w = m.group()
        if w.lower() in lx.months or w.lower() in lx.weekdays:
            continue
        if not in_row and not text[: m.start()].strip(" -–—•*") and text[m.end() :][:1] != ",":
            continue  # "Police said ...", but a lead-in's place ("Kiremu, 28 Oct: ...")
        words.add(w)
    return words


def _protest_landmark(p: _Pair) -> bool:
    """ "Students rallied in Imphal on 9 September ... Protesters threw stones at police near
    Raj Bhavan": a protest told again in the next sentence at a landmark of the same state
    (a site the gazetteer places only "near" somewhere) is the same protest (h5, s13)."""
    if p.ea.type != "PROTEST" or p.eb.type != "PROTEST":
        return False
    if abs(p.ea.anchor.sentence - p.eb.anchor.sentence) > 1:
        return False
    pa, pb = p.ea.place, p.eb.place
    if pa is None or pb is None or pa.place is None or pb.place is None:
        return False
    landmark = {"near", "site", "unknown"}
    if not {pa.place.feature, pa.place.precision, pb.place.feature, pb.place.precision} & landmark:
        return False
    return bool(pa.place.admin1_code) and pa.place.admin1_code == pb.place.admin1_code


def _refers_back(p: _Pair) -> bool:
    """An undated mention told just after an event that points back to it ("The militants
    detonated a car bomb at the base", "the army repelled the attack") tells that event,
    wherever each places it: a town and the region named first, or a place the gazetteer
    puts elsewhere (not two towns). Both must lie in one country when both are placed; the
    earlier mention must name the site the later one calls "the base" (``anaphor_site_nouns``,
    not "the village of X"), or the later one call it "the attack" (``incident_anaphors``,
    data/extract/event_rules.yaml)."""
    if not p.told_apart:
        return False
    first, later = (p.a, p.b) if p.ea.anchor.sentence < p.eb.anchor.sentence else (p.b, p.a)
    if later.event.date is not None:
        return False
    if min(abs(s - later.event.anchor.sentence) for s in _sentences(first)) > 2:
        return False
    pf, pl = first.event.place, later.event.place
    if (
        pf is not None
        and pl is not None
        and pf.place is not None
        and pl.place is not None
        and (
            pf.place.country_code != pl.place.country_code
            # two towns: two sites ("shelled Ndaki ... killed four farmers in Tin-Hama")
            or (pf.place.feature not in _WIDE and pl.place.feature not in _WIDE)
        )
    ):
        return False
    incident, site = _anaphor_patterns()
    quote = later.event.anchor.quote
    if incident.search(quote):
        return True
    earlier = first.event.anchor.quote
    return any(
        re.search(rf"\b{re.escape(m.group('noun'))}", earlier, re.IGNORECASE)
        for m in site.finditer(quote)
    )


def _retold_by_party(p: _Pair) -> bool:
    """(ev, s15) The later mention is a party's telling of the event told just before: "The
    next day the group claimed the attack, saying 12 soldiers died", "the army said it had
    repelled the assault, killing 20 militants" (``retelling_verb_stems`` before an
    ``incident_anaphors`` noun). Its other figures, sides and day of telling are a claim about
    that event, no event of their own."""
    if not p.told_apart:
        return False
    first, later = (p.a, p.b) if p.ea.anchor.sentence < p.eb.anchor.sentence else (p.b, p.a)
    quote = later.event.anchor.quote
    at = later.trigger[0] - later.event.anchor.start
    told = [
        found
        for m in _clauses(quote)
        if m.start() <= at < m.end()
        and (found := _retelling_pattern().search(m.group())) is not None
    ]
    if not told:
        return False
    # (s23) "A week later the front claimed the Dessie raid": the incident named by the place
    # the earlier mention tells it at points back to it however far before, and a claim in a
    # weekly comes up to a couple of weeks after the deed
    named = _place_named_both(later.event.place, [f.group() for f in told], first.event)
    if later.event.date is not None and first.event.date is not None:
        va, vb = first.event.date.value, later.event.date.value
        days = _NAMED_TELLING_DAYS if named else _TELLING_DAYS
        if not dates_agree(va, vb) and not _told_days_after(va, vb, days):
            return False
    return named or min(abs(s - later.event.anchor.sentence) for s in _sentences(first)) <= 2


def _place_named_both(place: PlaceMention | None, told: list[str], first: Event) -> bool:
    """(s23) The place a retelling names its incident by ("claimed the Dessie raid") is the
    one the earlier mention tells it at: its place, or a name its own words give."""
    if place is None or not any(
        re.search(rf"\b{re.escape(place.text)}\b", t, re.IGNORECASE) for t in told
    ):
        return False
    if first.place is not None:
        return first.place.text.casefold() == place.text.casefold()
    return re.search(rf"\b{re.escape(place.text)}\b", first.anchor.quote, re.IGNORECASE) is not None


# (ev2, s15) where one clause of a sentence ends and another begins: a semicolon or dash, or
# a conjunction before a new subject ("the army repelled the attack, while gunmen ambushed a
# convoy"): a retelling verb of another clause retells nothing of this one
_CLAUSE_BREAK = re.compile(
    r";|\s[—–]\s|,?\s+(?:but|while|whereas|although|meanwhile)\s|"
    r",?\s+and\s+(?=(?:the|a|an|its|their|his|her|[A-Z][\w-]*)\b)"
)


def _clauses(sentence: str) -> list[re.Match[str]]:
    """The clauses of a sentence, as matches of their text."""
    return list(re.finditer(rf"(?:(?!{_CLAUSE_BREAK.pattern}).)+", sentence, re.DOTALL))


# (ev, s15) a party tells of an attack at most this many days after it ("The next morning
# the army said it had fought off the attack")
_TELLING_DAYS = 3
# (s23) ... and a claim of an incident it names by its place ("claimed the Dessie raid")
_NAMED_TELLING_DAYS = 14


def _told_days_after(first: str, later: str, days: int = _TELLING_DAYS) -> bool:
    """The later day falls within ``days`` after the first (the day a party told it)."""
    a, b = _ISO_DAY.match(first), _ISO_DAY.match(later)
    if a is None or b is None:
        return False
    try:
        da = dt.date(*(int(x) for x in a.groups()))
        db = dt.date(*(int(x) for x in b.groups()))
    except ValueError:
        return False
    return 0 <= (db - da).days <= days


@lru_cache(maxsize=1)
def _retelling_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{_rule_words('retelling_verb_stems')})\w*\s+(?:responsibility\s+for\s+)?"
        rf"(?:the|this|that)\s+(?:(?!(?:{_rule_words('retelling_refused_words')})\b)[\w-]+\s+)?"
        rf"(?:{_rule_words('incident_anaphors')})s?\b",
        re.IGNORECASE,
    )


def _rule_words(key: str) -> str:
    """A regex alternation of the words under ``key`` in ``event_rules.yaml``, longest first
    (one that never matches when the list is empty)."""
    return alternation(load_event_rules().raw.get(key) or []) or r"(?!)"


@lru_cache(maxsize=1)
def _anaphor_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    determiners = r"\b(?:the|this|that|these|those)\s+"
    incident = re.compile(
        rf"{determiners}(?:[\w-]+\s+)?(?:{_rule_words('incident_anaphors')})s?\b", re.IGNORECASE
    )
    # "the village of Tin-Hama" names a site of its own
    site = re.compile(
        rf"{determiners}(?P<noun>{_rule_words('anaphor_site_nouns')})s?\b(?!\s+of\b)",
        re.IGNORECASE,
    )
    return incident, site


def _hit(ev: Event) -> set[str]:
    return {x.actor for x in ev.actors if x.role in {"target", "victim"}}


def _one_truce(p: _Pair) -> bool:
    """ "A truce was announced on 14 May by the UN mission. The defence ministry separately
    declared a ceasefire the same night": an agreement has several parties, each of whom may
    announce it; mentions of one day are one agreement, whoever announces them (h5, s13)."""
    a, b = p.ea.date, p.eb.date
    return (
        p.ea.type == p.eb.type == "AGREE"
        and p.ea.mode == p.eb.mode
        and a is not None
        and b is not None
        and a.precision == b.precision == "day"
        and a.value[:10] == b.value[:10]
    )


def _other_perpetrators(p: _Pair) -> bool:
    """Both name who acted, and no one of them is the other or part of it. A "perpetrator"
    that the other mention names as the target is no other party ("the Jaffar Express
    hijacking": the train hijacked, read as the one that hijacked)."""
    if _one_truce(p):
        return False
    perps_a = p.perps_a - _hit(p.eb)
    perps_b = p.perps_b - _hit(p.ea)
    # (s19) a table row that restates the day and place the prose tells names its party more
    # coarsely ("| 12 Feb | Hodeidah | US airstrike |" for the prose's Central Command): two
    # parts of one organisation are then one party
    row = _row_retold(p)
    return (
        bool(perps_a)
        and bool(perps_b)
        and not any(
            x == y
            or x in p.ancestors(y)
            or y in p.ancestors(x)
            or (row and bool(set(p.ancestors(x)[:1]) & set(p.ancestors(y)[:1])))
            for x in perps_a
            for y in perps_b
        )
    )


def _statements_apart(p: _Pair) -> bool:
    """Statements, pledges, arrests: two sentences are one event only when the same party
    acts in both ("Chapo accused ..."; "rights groups accused ...")."""
    return (
        p.ea.type not in _DEEDS
        and not (p.perps_a and p.perps_b)
        and p.told_apart
        and not _one_truce(p)
        and not _same_day_and_place(p)
        # (s20) a row "| 9 Aug | Kisumu | Detentions | DCI |" and, that day, "Officers held
        # two traders in Kisumu's Nyalenda estate": the row restates the sentence, whoever
        # each names
        and not _row_retold(p)
    )


def _same_day_and_place(p: _Pair) -> bool:
    """(s17) Both told on one day at one place ("| 21 Mar | Ayorou | Arrests |" and, of that
    day, "security forces arrested five men in Ayorou"): one event, whoever tells it."""
    a, b = p.ea, p.eb
    return (
        _same_day(a, b)
        and a.place is not None
        and b.place is not None
        and _places_agree(a.place, b.place)
    )


# types of deeds (not statements) whose mentions in two sentences may tell one event: an
# attack, and a protest told over two sentences ("Students rallied in X ... Protesters threw
# stones at the police"; h5, s13)
_DEEDS = frozenset({"ASSAULT", "PROTEST"})


def _other_victims(p: _Pair) -> bool:
    """Each hits someone else, on another day. "claimed a bombing at the ministry ... that
    killed the minister": one sentence, and one mention naming neither who nor when, adds
    the victims of the other."""
    others_a = {x.actor for x in p.ea.actors if x.role not in _PERP_ROLES}
    others_b = {x.actor for x in p.eb.actors if x.role not in _PERP_ROLES}
    partial = not p.told_apart and (
        (not p.perps_b and p.eb.date is None) or (not p.perps_a and p.ea.date is None)
    )
    return (
        bool(others_a)
        and bool(others_b)
        and not others_a & others_b
        # one day told twice ("15 March" in a heading, "On 15 March 2025" in the communique)
        and _value(p.ea.date) != _value(p.eb.date)
        and not partial
        and not _retold_by_party(p)
    )


def _value(t: Timex | None) -> str | None:
    return t.value if t is not None else None


def _abduction_apart(p: _Pair) -> bool:
    """An abduction and a bombing told apart are two events."""
    modes = {p.ea.mode, p.eb.mode}
    return p.told_apart and p.ea.mode != p.eb.mode and "abduct" in modes and None not in modes


def _territory_apart(p: _Pair) -> bool:
    """ "... until he was killed in July 2024. ... when Hamas seized control of Gaza": a town
    taken and a killing told apart are one event only at one named place."""
    return (
        p.told_apart
        and p.ea.mode != p.eb.mode
        and "territory" in {p.ea.mode, p.eb.mode}
        and (p.ea.place is None or p.eb.place is None)
        and not _refers_back(p)
        and not _claimed_toll(p)
        and not _same_day_retold(p)
        # (s23) "Rebels overran the camp at Dessie ... the front claimed the Dessie raid": a
        # party's claim of the taking retells it
        and not _retold_by_party(p)
    )


def _same_day_retold(p: _Pair) -> bool:
    """(s21) "| 12 Mar | Djugu | Raid on police post | CODECO |" and "Militiamen stormed the
    police post", or "stormed a post ... three officers died": one deed on one named
    day, told once as a town taken and once with no manner of its own, when no two parties
    are named. A deed with a manner of its own on that day ("also ambushed a convoy", "a
    suicide bomber struck a restaurant") is another event (s21b)."""
    other = p.eb if p.ea.mode == "territory" else p.ea
    return (
        _same_day(p.ea, p.eb)
        and other.mode is None
        and (bool(p.perps_a & p.perps_b) or not (p.perps_a and p.perps_b))
    )


def _claimed_toll(p: _Pair) -> bool:
    """(s19) "... overran a base in Tessit. The group's news outlet claimed 31 soldiers were
    killed": the toll a party claims just after a deed is that deed's, told again, no second
    event. The later mention tells no deed of its own (no mode, no one named acting, no other
    place): only a toll verb, in a clause opened by a party's claim word, or with one after
    it in its sentence ("were killed, according to ..."; ``toll_claim_words``,
    data/extract/event_rules.yaml)."""
    if not p.told_apart:
        return False
    first, later = (p.a, p.b) if p.ea.anchor.sentence < p.eb.anchor.sentence else (p.b, p.a)
    ev = later.event
    if ev.mode is not None or _named_perpetrators(ev):
        return False
    if min(abs(s - ev.anchor.sentence) for s in _sentences(first)) > 2:
        return False
    place, first_place = ev.place, first.event.place
    if place is not None and first_place is not None and not _places_agree(place, first_place):
        return False
    quote = ev.anchor.quote
    at, end = later.trigger[0] - ev.anchor.start, later.trigger[1] - ev.anchor.start
    if not 0 <= at < end <= len(quote) or not _toll_word().fullmatch(quote[at:end]):
        return False
    clause = next((m for m in _clauses(quote) if m.start() <= at < m.end()), None)
    before = quote[clause.start() if clause else 0 : at]
    claim = rf"\b(?:{_rule_words('toll_claim_words')})\w*"
    if re.search(claim, before, re.I) is not None:
        return True
    # (s20) the party named after the toll ("At least seven soldiers were killed, according
    # to a militia commander", "... were killed, residents said")
    return re.search(claim, quote[end:], re.I) is not None


@lru_cache(maxsize=1)
def _toll_word() -> re.Pattern[str]:
    """A toll verb in any of its forms ("killed", "died", "wounded"), from ``toll_verbs``."""
    stems = sorted(
        {w[:-1] if w.endswith("e") else w for w in load_event_rules().words("toll_verbs")}
    )
    return re.compile(rf"(?:{'|'.join(re.escape(s) for s in stems)})\w{{0,3}}", re.IGNORECASE)


def _sequel_told(p: _Pair) -> bool:
    """ "Hours later, gunmen attacked a checkpoint": the next event, not this one again ("The
    next day the group claimed the attack" still tells the one before)."""
    return (
        p.told_apart
        and _sequel(p.eb.anchor.quote)
        and not _retold_by_party(p)
        and (
            p.eb.place is not None
            or p.eb.fatalities is not None
            or bool(p.b.targets or p.b.victims)
        )
    )


def _response_told(p: _Pair) -> bool:
    """ "The military said 21 militants were killed in response": what answered the attack
    told before is another event; so is a dated event told after the answer ("On 6 May,
    gunmen killed a chief"). An answer told again ("In retaliation, the army shelled the
    camp. The shelling killed five") is still one."""
    if not p.told_apart or _answers(p.a) == _answers(p.b):
        return False
    return _answers(p.b) or p.eb.date is not None


def _operation_after(p: _Pair, rules: EventRules) -> bool:
    """(s18) "Uganda and Congo launched joint operations against the ADF after a series of
    suicide bombings in Kampala": an operation launched (``operation_nouns``) and the deed
    its sentence tells it came after or before (``sequence_words``) are two events, though
    told in one sentence."""
    if p.told_apart:
        return False
    first, later = (p.a, p.b) if p.a.trigger[0] < p.b.trigger[0] else (p.b, p.a)
    anchor = first.event.anchor
    if not anchor.start <= first.trigger[0] < later.trigger[0] <= anchor.end:
        return False
    quote = anchor.quote
    word = quote[first.trigger[0] - anchor.start : first.trigger[1] - anchor.start].lower()
    words = rules.words("operation_nouns")
    if word.rstrip("s") not in words and word not in words:
        return False
    between = quote[first.trigger[1] - anchor.start : later.trigger[0] - anchor.start].lower()
    return bool(set(re.findall(r"[a-z]+", between)) & rules.words("sequence_words"))


def _background_told_after(p: _Pair) -> bool:
    """ "... were killed when a drone hit a vehicle near Kani Masi. The strikes followed an
    attack on 23 October 2024 ...": an older event told after an undated mention of the
    news is another event (the undated one is the news)."""
    if not p.told_apart:
        return False
    first, later = (p.ea, p.eb) if p.ea.anchor.sentence < p.eb.anchor.sentence else (p.eb, p.ea)
    return (
        first.date is None
        and first.modality == "asserted"
        and later.date is not None
        and later.modality == "background"
    )


def _item_and_summary(p: _Pair) -> bool:
    """ "## Summary: US and UK aircraft struck Houthi targets in February ... - 14 Feb —
    A bulk carrier was hit by a missile": an incident a list item dates to its day, and a
    mention outside that item dated only to the week, month or year, are two events (a
    summary's, and the item's own)."""
    if not p.told_apart or p.a.item == p.b.item or p.ea.date is None or p.eb.date is None:
        return False
    for x, y in ((p.a, p.b), (p.b, p.a)):
        if (
            x.item >= 0
            and x.event.date is not None
            and y.event.date is not None
            and x.event.date.precision == "day"
            and y.event.date.precision != "day"
        ):
            return True
    return False


# (s22c) reasons a list item and the prose sentence telling the same day's deed stay apart
# that the fold's own premise (the only two deeds of that type on that day) answers
# (event_merge._fold_waived); named once here, read in ``_APART`` below
_STATEMENTS_APART = "statements in two sentences by two parties"
_ABDUCTION_APART = "an abduction told apart"

# Reasons two mentions are two events, in the order they are checked; the name says why.
_APART: tuple[tuple[str, Callable[[_Pair], bool]], ...] = (
    ("other type", _other_type),
    ("a fact and a non-fact", _fact_and_not),
    ("other date", _other_date),
    ("other place", _other_place),
    ("a list item's incident and a summary", _item_and_summary),
    ("other perpetrators", _other_perpetrators),
    (_STATEMENTS_APART, _statements_apart),
    ("other victims on another day", _other_victims),
    (_ABDUCTION_APART, _abduction_apart),
    ("a town taken told apart", _territory_apart),
    ("a sequel", _sequel_told),
    ("an older event told after the news", _background_told_after),
    ("a response to it", _response_told),
    (
        "an operation launched after another event",
        lambda p: _operation_after(p, load_event_rules()),
    ),
)


# "the drone struck shortly after 10 a.m." points back this many sentences at most
_WEAPON_ANAPHOR_REACH = 8


def _weapon_anaphor(p: _Pair) -> bool:
    """The later mention names the earlier one's weapon with a definite article ("A drone
    strike on a market killed 23 ... Residents said the drone struck at 10 a.m."): the
    same strike, told again."""
    first, later = (p.ea, p.eb) if p.ea.anchor.sentence < p.eb.anchor.sentence else (p.eb, p.ea)
    weapon = later.weapon
    if weapon is None or weapon != first.weapon or later.anchor.sentence == first.anchor.sentence:
        return False
    pattern = rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?{re.escape(weapon)}s?\b"
    return re.search(pattern, later.anchor.quote, re.IGNORECASE) is not None


def _close_enough(p: _Pair) -> bool:
    """Mentions nothing keeps apart are one event when told close together; dated ones also
    at one named place or by one party (a roundup tells several a day); the headline tells
    the story the lede tells, however long the byline and dateline."""
    distance = min(abs(s - p.eb.anchor.sentence) for s in _sentences(p.a))
    if _caption(p.a.event) or _caption(p.b.event):
        return True  # a photo's caption shows the story's event, wherever it is placed
    if distance <= _WEAPON_ANAPHOR_REACH and _weapon_anaphor(p):
        return True
    if (p.a.note != p.b.note) and p.ea.date is not None and p.eb.date is not None:
        # (ev, s15) a footnote tells more of a dated event the body tells: (ev2) one it shares
        # its day, its place or a party with
        return (
            dates_agree(p.ea.date.value, p.eb.date.value)
            or (
                p.ea.place is not None
                and p.eb.place is not None
                and p.ea.place.text.casefold() == p.eb.place.text.casefold()
            )
            or bool({x.actor for x in p.ea.actors} & {x.actor for x in p.eb.actors})
        )
    if p.ea.date is not None and p.eb.date is not None:
        shared_place = p.ea.place is not None and p.eb.place is not None
        # a year alone fits any day of it: two deeds of that year told far apart ("the
        # deadliest attacks in 2025" ... "an abduction near Mahas in late May") are two
        vague_year = p.ea.date.value != p.eb.date.value and "year" in {
            p.ea.date.precision,
            p.eb.date.precision,
        }
        if vague_year and distance > 4:
            return False
        return (
            distance <= 2
            or shared_place
            or bool(p.perps_a & p.perps_b)
            or _same_day_same_party(p.ea, p.eb)
            or _row_retold(p)
            or _row_of_day(p)
            or _bare_same_day(p)
        )
    headline = 0 in _sentences(p.a) and p.eb.anchor.sentence <= 4
    return distance <= 2 or headline or _headline_and_lede(p) or _undated_item_retold(p)


def _undated_item_retold(p: _Pair) -> bool:
    """(s17) "Key points: - Gunmen abducted 12 villagers in Kousseri district." and, further
    on, "On 7 March, gunmen on motorcycles abducted 12 villagers from a farm outside
    Kousseri": an undated list item that sums up an incident the text dates elsewhere is
    that incident, when both tell one mode of deed at one place (a town or site, not only a
    region or country)."""
    for item, told in ((p.a, p.b), (p.b, p.a)):
        x, y = item.event, told.event
        if item.item < 0 or item.item == told.item or x.date is not None or y.date is None:
            continue
        if x.mode is None or x.mode != y.mode or x.place is None or y.place is None:
            continue
        narrow = [m.place for m in (x.place, y.place) if m.place is not None]
        if narrow and all(q.feature in _WIDE for q in narrow) and not _same_sides(x, y):
            continue
        if _places_agree(x.place, y.place) or _same_sides(x, y):
            return True
    return False


def _same_sides(x: Event, y: Event) -> bool:
    """(s19) "Key judgements: - Fighting between JNIM and ISSP in the region resumed" and, later,
    "JNIM and ISSP fighters clashed over two days for control of Inekar": a clash the
    summary tells between the two named groups the dated incident names too (whichever role
    each is given) is that incident, even where the summary places it only by a region."""
    sides_x = {a.actor for a in x.actors if not is_unidentified_key(a.actor)}
    sides_y = {a.actor for a in y.actors if not is_unidentified_key(a.actor)}
    return len(sides_x) >= 2 and sides_x == sides_y


# (s16) how many sentences after its headline a story's first mentions may lie (a byline, a
# correction note and a dateline stand between)
_LEDE_REACH = 5
_HEADLINE_WORDS = 16


def _headline_like(ev: Event) -> bool:
    """A mention told in a headline line: a few words, no sentence punctuation at the end,
    no list marker or table cell ("Troops kill three rebels in Kuyu house siege")."""
    quote = ev.anchor.quote.strip()
    if not quote or "\n" in quote or quote[-1] in '.!?;,"”’)|' or quote[0] in "|-–—•*▪":
        return False
    return len(quote.split()) <= _HEADLINE_WORDS


def _headline_and_lede(p: _Pair) -> bool:
    """(s16) The headline of any story of the text (not only the first: a compilation of
    wire items, a page whose translated headline follows the original) tells the event its
    first sentences tell, when nothing else keeps them apart."""
    first, later = (p.a, p.b) if min(_sentences(p.a)) <= min(_sentences(p.b)) else (p.b, p.a)
    if not _headline_like(first.event) or _headline_like(later.event):
        return False
    gap = min(_sentences(later)) - max(_sentences(first))
    # (s17) "18 March — Tizegorou massacre ... 19 March — convoy ambush near Makalondi. A
    # supply convoy was ambushed": a section's lede is told under its own heading, not the one
    # before
    crossed = any(max(_sentences(first)) < h < min(_sentences(later)) for h in p.headlines)
    return 0 < gap <= _LEDE_REACH and not crossed


def _bare_same_day(p: _Pair) -> bool:
    """(s16) "after a tip-off that men linked to Monday's railway bombing were hiding there":
    a later mention of the same kind of deed named by its day (the very day another
    mention gives), that names no place and no party of its own, points back to that
    event."""
    a, b = p.ea, p.eb
    if not p.told_apart:
        return False
    if a.date is None or b.date is None or a.date.value[:10] != b.date.value[:10]:
        return False
    if a.mode != b.mode or a.mode is None or _granularity(a.date.value) < 4:
        return False
    later = b if b.anchor.sentence >= a.anchor.sentence else a
    return (
        later.place is None
        and not later.actors
        and _POSSESSIVE_DAY.search(later.anchor.quote) is not None
    )


# (s16) a deed named by its day: "Monday's railway bombing", "yesterday's attack"
_POSSESSIVE_DAY = re.compile(r"\b(?:[A-Z]?[a-z]*day|tonight|last\s+night)['’]s\s", re.IGNORECASE)


def _same_day_same_party(a: Event, b: Event) -> bool:
    """One day's date and one party named by both, in whatever role (a table row and "The
    Jaffar Express hijacking on 11 March" further on)."""
    if a.date is None or b.date is None or a.date.precision != "day":
        return False
    if a.date.value != b.date.value:
        return False
    if {x.actor for x in a.actors} & {x.actor for x in b.actors}:
        return True
    # "reports over 30 assailants killed" and "our forces neutralised thirty Boko Haram
    # terrorists": unnamed armed men hit that day may be the group the other names
    hit_a = {x.actor for x in a.actors if x.role == "target"}
    hit_b = {x.actor for x in b.actors if x.role == "target"}
    return bool(hit_a and hit_b) and (
        all(is_unidentified_key(k) for k in hit_a) != all(is_unidentified_key(k) for k in hit_b)
    )


def _compatible(
    a: EventFrame, b: EventFrame, ancestors: Ancestors, headlines: frozenset[int] = frozenset()
) -> bool:
    pair = _Pair(a, b, ancestors, headlines)
    if any(apart(pair) for _why, apart in _APART):
        return False
    return _close_enough(pair)


@lru_cache(maxsize=1)
def _sequel_pattern() -> re.Pattern[str]:
    words = load_event_rules().raw.get("sequel_openers") or []
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    spans = load_event_rules().raw.get("sequel_after_spans") or []
    after = "|".join(re.escape(w) for w in sorted(spans, key=len, reverse=True)) or r"(?!)"
    return re.compile(
        rf"^\W*(?:(?:{alternation})\b|(?:[\w-]+\s+){{0,3}}(?:later|afterwards|after that)\s*,"
        # "Hours after the TUSAS attack, jets hit ...": what came after the event named
        rf"|(?:[\w-]+\s+){{0,2}}(?:{after})\s+(?:after|following)\b[^,.;]*,)",
        re.IGNORECASE,
    )


def _sequel(quote: str) -> bool:
    """A sentence that opens by telling what came next ("Hours later,", "Separately,")."""
    return _sequel_pattern().match(quote) is not None


@lru_cache(maxsize=1)
def _marker_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    response = re.compile(
        rf"\b(?:{_rule_words('response_markers')})\b(?P<what>\s+(?:for|to|against)\b[^,;.]*)?",
        re.IGNORECASE,
    )
    caption = re.compile(rf"^\W*(?:{_rule_words('caption_openers')})\s*:", re.IGNORECASE)
    return response, caption


def _answers(frame: EventFrame) -> bool:
    """The mention is told as the answer to something before it ("killed in response",
    "in retaliation, the army shelled ..."), not as what is answered ("in retaliation for
    the Diapaga attack": the attack is answered)."""
    quote, start = frame.event.anchor.quote, frame.event.anchor.start
    trigger = frame.trigger[0] - start
    for m in _marker_patterns()[0].finditer(quote):
        if m.group("what") is None or not m.start("what") <= trigger < m.end("what"):
            return True
    return False


def _caption(ev: Event) -> bool:
    """A photo caption ("Photo caption: Security officials inspect the site after the bomb
    blast ..."): it shows an event the story tells, it tells none of its own."""
    return _marker_patterns()[1].match(ev.anchor.quote) is not None


def _sentences(frame: EventFrame) -> frozenset[int]:
    return frame.sentences or frozenset({frame.event.anchor.sentence})


def _mode(first: Event, second: Event) -> Event:
    """The mention whose mode (and ACLED sub-event type) the merged event keeps: a mode over
    none, and a mode of violence over property destruction ("killed 43 ... homes were set on
    fire" is an attack on people)."""
    if not first.mode:
        if second.mode == "destroy" and (first.fatalities or first.injured):
            return first  # people were killed: an attack, whatever else burned
        return second if second.mode else first
    if first.mode == "destroy" and second.mode and second.mode != "destroy":
        return second
    if first.type == "PROTEST" and second.mode == "riot":
        return second  # a protest that turned violent is a violent demonstration
    # (ev2, s15) "a suicide bomber rammed a car into the convoy ... the bombing": the finer
    # mode one mention tells wins over the coarser one another tells (``mode_refinements``)
    finer: dict[str, list[str]] = load_event_rules().raw.get("mode_refinements") or {}
    if second.mode in (finer.get(first.mode) or ()):
        return second
    return first


# a claim outranks an attribution, which outranks a suspicion
RESPONSIBILITY_RANK = {"claimed": 3, "attributed": 2, "suspected": 1}


def _claimant(first: Event, second: Event) -> Event:
    """The mention whose responsibility the merged event keeps."""
    rank_a = RESPONSIBILITY_RANK.get(first.responsibility or "", 0)
    rank_b = RESPONSIBILITY_RANK.get(second.responsibility or "", 0)
    return second if rank_b > rank_a else first


def _combine(a: EventFrame, b: EventFrame, ancestors: Ancestors = _none) -> EventFrame:
    ea, eb = a.event, b.event
    if _bare_same_day(_Pair(a, b, ancestors)):
        # (s16) a mention that only points back to the event ("Monday's bombing") adds
        # nothing to it: the figures and parties of its sentence are another deed's
        return a if ea.anchor.sentence <= eb.anchor.sentence else b
    first, second = (ea, eb) if ea.date is not None or eb.date is None else (eb, ea)
    if (
        ea.date is not None
        and eb.date is not None
        and _specificity(eb.date.value) > _specificity(ea.date.value)
        and not _dayless(eb.date)
    ):
        # the mention that dates the event best tells it ("On 12 April, FAMa drone strikes
        # hit a market", not the week's summary "Malian army strikes in Kidal region")
        first, second = eb, ea
    claimant = _claimant(first, second)
    roles = list(first.actors)
    for x in second.actors:
        if not any(r.actor == x.actor for r in roles):
            roles.append(x)
    hit = {r.actor for r in roles if r.role in {"target", "victim"}}
    if hit:
        roles = [r for r in roles if not (r.role in _PERP_ROLES and r.actor in hit)]
    targets_a = {r.actor for r in first.actors if r.role == "target"}
    targets_b = {r.actor for r in second.actors if r.role == "target"}
    unnamed = [t for t in (targets_a, targets_b) if t and all(map(is_unidentified_key, t))]
    named = [t for t in (targets_a, targets_b) if t and not any(map(is_unidentified_key, t))]
    if len(unnamed) == 1 and len(named) == 1:
        # "over 30 assailants killed" and "thirty Boko Haram terrorists neutralised": the
        # unnamed armed men were the group the other mention names
        roles = [r for r in roles if not (r.role == "target" and r.actor in unnamed[0])]
    perps = {r.actor for r in roles if r.role in _PERP_ROLES}
    above = {up for p in perps for up in ancestors(p)}
    # the branch that acted is kept, and its parent only when the parent claimed the attack
    # ("claimed by the BLA, carried out by its Majeed Brigade": both)
    claimed_by = claimant.responsibility_by if claimant.responsibility == "claimed" else None
    if claimed_by is not None and is_unidentified_key(claimed_by):
        claimed_by = None
    roles = [
        r
        for r in roles
        if not (r.role in _PERP_ROLES and r.actor in above and r.actor != claimed_by)
        # "gunmen" whose attack a group claimed were that group's
        and not (r.role in _PERP_ROLES and claimed_by and is_unidentified_key(r.actor))
    ]
    date = first.date
    if (
        date is not None
        and second.date is not None
        and _any_day(date.value) != _any_day(second.date.value)
    ):
        # (s16) "early on Monday" and "at about 4:30 a.m." in an undated story: the day
        date = second.date if _any_day(date.value) else date
    elif date is not None and second.date is not None and _dayless(second.date) != _dayless(date):
        # "On Tuesday a drone struck ..." and "the drone struck shortly after 10 a.m.": the
        # day of the one, the time of the other
        date = _on_day(second.date, date) if _dayless(second.date) else _on_day(date, second.date)
    elif date is None or (
        second.date is not None and _specificity(second.date.value) > _specificity(date.value)
    ):
        date = second.date or date
    moded = _mode(first, second)
    event = replace(
        first,
        date=date,
        place=_row_place(first, second) or _narrower(first.place, second.place),
        actors=tuple(roles),
        fatalities=_tolls(a, b),
        injured=first.injured or second.injured,
        weapon=first.weapon or second.weapon,
        # the ACLED sub-event type goes with the mode ("airstrike" → Air/drone strike)
        mode=moded.mode,
        acled_event_type=moded.acled_event_type,
        acled_sub_event_type=moded.acled_sub_event_type,
        # a claim outranks an attribution, which outranks a suspicion
        responsibility=claimant.responsibility,
        responsibility_by=claimant.responsibility_by,
    )
    return replace(
        a,
        event=event,
        perpetrators=a.perpetrators + b.perpetrators,
        targets=a.targets + b.targets,
        victims=a.victims + b.victims,
        weapons=a.weapons + b.weapons,
        merged=a.merged + b.merged,
        sentences=_sentences(a) | _sentences(b),
        triggers=(a.triggers or (a.trigger,)) + (b.triggers or (b.trigger,)),
        item=a.item if a.item >= 0 else b.item,
        heading=a.heading or b.heading,
    )


def _tolls(a: EventFrame, b: EventFrame) -> NumberRange | None:
    """The toll of two mentions of one event (:func:`combine_tolls`); a headline's figure
    yields to the body's ("Militants kill at least 40" over "killed at least 43"), but a
    figure with no low (one only claimed: :func:`~dossier.extract.event_effects.as_claimed`) never replaces a credible one."""
    fa, fb = a.event.fatalities, b.event.fatalities
    if fa is not None and fb is not None and _retold_by_party(_Pair(a, b, _none)):
        # (ev, s15) "the group claimed the attack, saying 12 soldiers died": a party's figure
        # for the event told before widens its range, never replaces its count
        first, later = (fa, fb) if min(_sentences(a)) <= min(_sentences(b)) else (fb, fa)
        if first.low is not None or first.best is not None:
            figures = [x for x in (first.high, first.best, later.best, later.high) if x is not None]
            return replace(first, high=max(figures) if figures else None)
    if fa is not None and fb is not None:
        if _sentences(a) == {0} and (fb.low is not None or fa.low is None):
            return fb
        if _sentences(b) == {0} and (fa.low is not None or fb.low is None):
            return fa
    return combine_tolls(fa, fb)


def _row_place(a: Event, b: Event) -> PlaceMention | None:
    """A table row's place column names the incident's place: it stands over the place a
    prose mention of it resolved, unless it names only a region or country, or a sea (r1,
    s14, s20)."""
    if _table_row(a) == _table_row(b):
        return None
    row = a if _table_row(a) else b
    if row.place is None or row.place.place is None or _wide_place(row.place.place):
        return None  # (s20) a sea too ("| Red Sea |"): the prose's "off Berbera" is finer
    return row.place


def _narrower(a: PlaceMention | None, b: PlaceMention | None) -> PlaceMention | None:
    """The more specific of two agreeing places (the first when they are alike)."""
    if a is None or b is None or a.place is None or b.place is None:
        return a or b
    # (s20) a sea or a region across borders is as wide as a country ("| Red Sea |" and "off
    # Berbera")
    return b if _wide_place(a.place) and not _wide_place(b.place) else a


def _fold_summary_items(
    frames: list[EventFrame], ancestors: Ancestors, heads: frozenset[int]
) -> list[EventFrame]:
    """(s19) An undated summary item ("- Fighting between JNIM and ISSP resumed") may match an
    incident only once the incident's mentions are merged (its table row, which names no
    party, and the prose that names both): each such item still alone is tried once more
    against the merged events."""
    out = list(frames)
    for frame in frames:
        if frame.item < 0 or frame.event.date is not None:
            continue
        # found by identity: two frames may be equal as records and still be two mentions
        at = next((i for i, f in enumerate(out) if f is frame), None)
        if at is None:
            continue
        for i, other in enumerate(out):
            if (
                i != at
                and other.event.date is not None
                and _compatible(other, frame, ancestors, heads)
            ):
                out[i] = _combine(other, frame, ancestors)
                del out[at]
                break
    return out


def _day_deed(frame: EventFrame) -> tuple[str, str] | None:
    """The type and day of a mention dated to one calendar day, else None."""
    date = frame.event.date
    if date is None or date.precision != "day" or _ISO_DAY.match(date.value) is None:
        return None
    if frame.event.type not in load_event_rules().words("one_day_deed_types"):
        return None  # two parties' statements of one day are two statements
    return frame.event.type, date.value


def _fold_one_day_items(
    frames: list[EventFrame], mentions: list[EventFrame], ancestors: Ancestors
) -> list[EventFrame]:
    """(s22) "Key points: - A drone strike near Kilo on 5 March killed civilians at a market"
    and, in the incident list, "- 05 Mar, Tora, near Kilo: A drone strike hit a livestock
    market": a list item's (or table row's) incident and another mention of the same type,
    told far apart, are one event when they give the same calendar day, the same mode of
    deed (or one gives none), nothing keeps them apart (``_APART``), and no third event of
    that type falls on that day: a report that tells two such deeds of one day must tell
    them apart by place or party for them to merge. A merged event that already holds two
    list items of its own (two incidents of the day an earlier rule may have joined) is
    never folded further."""
    item_of = {f.event.anchor.sentence: f.item for f in mentions if f.item >= 0}

    def items(frame: EventFrame) -> int:
        return len({item_of[s] for s in _sentences(frame) if s in item_of})

    counts: dict[tuple[str, str], int] = {}
    for frame in frames:
        key = _day_deed(frame)
        if key is not None:
            counts[key] = counts.get(key, 0) + 1
    out = list(frames)
    for key, n in counts.items():
        if n != 2:
            continue
        # by position: two frames may be equal as records and still be two mentions
        i, j = (k for k, f in enumerate(out) if _day_deed(f) == key)
        a, b = out[i], out[j]
        if items(a) > 1 or items(b) > 1:
            continue
        if a.item < 0 and b.item < 0 and not (_table_row(a.event) or _table_row(b.event)):
            continue  # two prose mentions: the ordinary rules had their say
        pair = _Pair(a, b, ancestors)
        if a.event.mode and b.event.mode and a.event.mode != b.event.mode and not _one_raid(pair):
            continue
        waived = _fold_waived(pair)
        if any(apart(pair) for why, apart in _APART if why not in waived):
            continue
        out[i] = _combine(a, b, ancestors)
        del out[j]
    return out


def _one_raid(p: _Pair) -> bool:
    """(s22c) Two modes one raid shows ("gunmen stormed a school" and "pupils abducted",
    ``one_raid_modes``), told of one day at one place."""
    modes = {p.ea.mode, p.eb.mode}
    return modes <= load_event_rules().words("one_raid_modes") and _same_day_and_place(p)


# a heading's place field: a comma and a name after the date ("- 20 May, Kilo —"; not the
# year of "May 20, 2025")
_PLACE_FIELD = re.compile(r",\s*[*_]*[A-Z]")


def _place_told_alike(p: _Pair) -> bool:
    """Both mentions at one place, neither placed, or the unplaced one's own words (its
    line and heading) naming the other's place ("- 20 May — Police detain 12 in Tora" and
    "arrested twelve men in Tora"); not a line whose place field names another town the
    resolver left unplaced ("- 20 May, Kilo — Police detain 12")."""
    a, b = p.ea, p.eb
    if a.place is not None and b.place is not None:
        return _places_agree(a.place, b.place)
    if a.place is None and b.place is None:
        # a line whose place field the resolver left unplaced may be anywhere
        return not (_PLACE_FIELD.search(p.a.heading) or _PLACE_FIELD.search(p.b.heading))
    bare = p.a if a.place is None else p.b
    placed = b.place or a.place
    if placed is None:
        return True
    told = f"{bare.event.anchor.quote} {bare.heading}".casefold()
    return placed.text.casefold() in told


def _fold_waived(p: _Pair) -> frozenset[str]:
    """The ``_APART`` reasons that do not hold a list item apart from the one other deed of
    its type on its day. "- 20 May — Police detain 12 in Tora" and "Police in Tora arrested
    twelve men on 20 May" are one arrest: an arrest is a deed of its day, not a statement
    two parties make (different named doers still part them, ``_other_perpetrators``).
    "- 3 June, Kilo — pupils abducted" and "Gunmen stormed a school in Kilo on 3 June" are one
    raid told once by what it took and once by how it was done, when both name one place;
    an abduction at another place, or at a place one of them does not name, stays apart."""
    waived = {_STATEMENTS_APART} if _place_told_alike(p) else set()
    if _same_day_and_place(p):
        waived.add(_ABDUCTION_APART)
    return frozenset(waived)


def drop_released(frames: list[EventFrame], doc: Doc) -> list[EventFrame]:
    """Captives named as set free are no new abduction: "Five of the hostages were released
    on 21 August after a ransom was reportedly paid" tells what became of people taken
    before (``captive_nouns`` governed by ``release_verbs``, ``data/extract/event_rules.yaml``)."""
    rules = load_event_rules()
    captives, release = rules.words("captive_nouns"), rules.words("release_verbs")
    by_char = TokensByChar(doc)

    def released(frame: EventFrame) -> bool:
        tok = by_char.get(frame.trigger[0])
        if tok is None or frame.event.mode != "abduct" or tok.lemma_.lower() not in captives:
            return False
        cur = tok
        for _ in range(4):  # "[Five of the hostages] were released", "the release of hostages"
            if cur.lemma_.lower() in release and cur is not tok:
                return True
            if cur.dep_ not in {"pobj", "prep", "nsubjpass", "dobj", "nsubj", "appos", "conj"}:
                return False
            if cur.head.i == cur.i:
                return False
            cur = cur.head
        return cur.lemma_.lower() in release

    return [f for f in frames if not released(f)]


def merge_frames(frames: list[EventFrame], ancestors: Ancestors = _none) -> list[EventFrame]:
    """Fold mentions of one event (same type, compatible date, place and actors) together.

    ``ancestors(key)`` names the organisations an actor is part of: an attack by a branch and
    one by its parent may be one attack (an ADF attack that ISCAP claimed); the merged event
    keeps the branch, the one that acted (and the parent too when it claimed the attack)."""
    # mentions in one sentence first ("Two soldiers were killed when their vehicle hit a
    # bomb near Beledweyne on Monday" is one event before it meets the sentences around it)
    heads = frozenset(f.event.anchor.sentence for f in frames if _headline_like(f.event))
    by_sentence: list[EventFrame] = []
    for frame in frames:
        same = [
            i
            for i in range(len(by_sentence) - 1, -1, -1)
            if by_sentence[i].event.anchor.sentence == frame.event.anchor.sentence
        ]
        for i in same:
            if _compatible(by_sentence[i], frame, ancestors, heads):
                by_sentence[i] = _combine(by_sentence[i], frame, ancestors)
                break
        else:
            by_sentence.append(frame)
    out: list[EventFrame] = []
    for frame in by_sentence:
        for i in range(len(out) - 1, -1, -1):
            if _compatible(out[i], frame, ancestors, heads):
                out[i] = _combine(out[i], frame, ancestors)
                break
        else:
            out.append(frame)
    out = _fold_summary_items(out, ancestors, heads)
    out = _fold_one_day_items(out, frames, ancestors)
    # a caption that matched no mention of the story still tells no event of its own
    captions = {f.event.anchor.sentence for f in frames if _caption(f.event)}
    return [f for f in out if not _sentences(f) <= captions]
