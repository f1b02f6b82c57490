"""Merging several mentions of one event in a document into one frame.

Two frames merge when they have the same type, both are facts (or both not), their dates and
places agree, their perpetrators overlap when both name some, and they lie close together
(or share a date). The merged frame keeps the most specific date and every argument found.

The reasons that keep two mentions apart are a table of named rules (``_APART``), checked in
order; what is left merges when told close enough together (``_close_enough``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.extract.event_rules import load_event_rules

if TYPE_CHECKING:
    from dossier.extract.events import EventFrame
    from dossier.records import Event, PlaceMention

__all__ = ["merge_frames"]

_PERP_ROLES = {"perpetrator", "initiator"}

Ancestors = Callable[[str], list[str]]


def _none(_key: str) -> list[str]:
    return []


_WIDE = {"admin1": "admin1_code", "country": "country_code"}


def _places_agree(a: PlaceMention, b: PlaceMention) -> bool:
    """The same place, or one inside the other ("Sokolo" and "the Segou region")."""
    na = a.place.name if a.place else a.text
    nb = b.place.name if b.place else b.text
    if na == nb:
        return True
    if a.place is None or b.place is None:
        return False
    for wide, narrow in ((a.place, b.place), (b.place, a.place)):
        field = _WIDE.get(wide.feature)
        if field and getattr(wide, field) and getattr(wide, field) == getattr(narrow, field):
            return True
    return False


@dataclass(frozen=True)
class _Pair:
    """Two frames that might be mentions of one event, and what the rules compare."""

    a: EventFrame
    b: EventFrame
    ancestors: Ancestors

    @property
    def ea(self) -> Event:
        return self.a.event

    @property
    def eb(self) -> Event:
        return self.b.event

    @property
    def perps_a(self) -> set[str]:
        return {x.actor for x in self.ea.actors if x.role in _PERP_ROLES}

    @property
    def perps_b(self) -> set[str]:
        return {x.actor for x in self.eb.actors if x.role in _PERP_ROLES}

    @property
    def told_apart(self) -> bool:
        return self.ea.anchor.sentence != self.eb.anchor.sentence


def _other_type(p: _Pair) -> bool:
    return p.ea.type != p.eb.type


def _fact_and_not(p: _Pair) -> bool:
    facts = {"asserted", "background"}
    return (p.ea.modality in facts) != (p.eb.modality in facts)


def _other_date(p: _Pair) -> bool:
    va = p.ea.date.value if p.ea.date is not None else None
    vb = p.eb.date.value if p.eb.date is not None else None
    return va is not None and vb is not None and not (va.startswith(vb) or vb.startswith(va))


def _other_place(p: _Pair) -> bool:
    return (
        p.ea.place is not None
        and p.eb.place is not None
        and not _places_agree(p.ea.place, p.eb.place)
    )


def _other_perpetrators(p: _Pair) -> bool:
    """Both name who acted, and no one of them is the other or part of it."""
    return (
        bool(p.perps_a)
        and bool(p.perps_b)
        and not any(
            x == y or x in p.ancestors(y) or y in p.ancestors(x)
            for x in p.perps_a
            for y in p.perps_b
        )
    )


def _statements_apart(p: _Pair) -> bool:
    """Statements, pledges, arrests: two sentences are one event only when the same party
    acts in both ("Chapo accused ..."; "rights groups accused ...")."""
    return p.ea.type != "ASSAULT" and not (p.perps_a and p.perps_b) and p.told_apart


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
        and p.ea.date != p.eb.date
        and not partial
    )


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
    )


def _sequel_told(p: _Pair) -> bool:
    """ "Hours later, gunmen attacked a checkpoint": the next event, not this one again ("The
    next day the group claimed the attack" still tells the one before)."""
    return (
        p.told_apart
        and _sequel(p.eb.anchor.quote)
        and (
            p.eb.place is not None
            or p.eb.fatalities is not None
            or bool(p.b.targets or p.b.victims)
        )
    )


# Reasons two mentions are two events, in the order they are checked; the name says why.
_APART: tuple[tuple[str, Callable[[_Pair], bool]], ...] = (
    ("other type", _other_type),
    ("a fact and a non-fact", _fact_and_not),
    ("other date", _other_date),
    ("other place", _other_place),
    ("other perpetrators", _other_perpetrators),
    ("statements in two sentences by two parties", _statements_apart),
    ("other victims on another day", _other_victims),
    ("an abduction told apart", _abduction_apart),
    ("a town taken told apart", _territory_apart),
    ("a sequel", _sequel_told),
)


def _close_enough(p: _Pair) -> bool:
    """Mentions nothing keeps apart are one event when told close together; dated ones also
    at one named place or by one party (a roundup tells several a day); the headline tells
    the story the lede tells, however long the byline and dateline."""
    distance = min(abs(s - p.eb.anchor.sentence) for s in _sentences(p.a))
    if p.ea.date is not None and p.eb.date is not None:
        shared_place = p.ea.place is not None and p.eb.place is not None
        return distance <= 2 or shared_place or bool(p.perps_a & p.perps_b)
    headline = 0 in _sentences(p.a) and p.eb.anchor.sentence <= 4
    return distance <= 2 or headline


def _compatible(a: EventFrame, b: EventFrame, ancestors: Ancestors) -> bool:
    pair = _Pair(a, b, ancestors)
    if any(apart(pair) for _why, apart in _APART):
        return False
    return _close_enough(pair)


@lru_cache(maxsize=1)
def _sequel_pattern() -> re.Pattern[str]:
    words = load_event_rules().raw.get("sequel_openers") or []
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        rf"^\W*(?:(?:{alternation})\b|(?:[\w-]+\s+){{0,3}}(?:later|afterwards|after that)\s*,)",
        re.IGNORECASE,
    )


def _sequel(quote: str) -> bool:
    """A sentence that opens by telling what came next ("Hours later,", "Separately,")."""
    return _sequel_pattern().match(quote) is not None


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
    first, second = (ea, eb) if ea.date is not None or eb.date is None else (eb, ea)
    roles = list(first.actors)
    for x in second.actors:
        if not any(r.actor == x.actor for r in roles):
            roles.append(x)
    perps = {r.actor for r in roles if r.role in _PERP_ROLES}
    above = {up for p in perps for up in ancestors(p)}
    roles = [r for r in roles if not (r.role in _PERP_ROLES and r.actor in above)]
    date = first.date
    if date is None or (second.date is not None and len(second.date.value) > len(date.value)):
        date = second.date or date
    moded = _mode(first, second)
    event = replace(
        first,
        date=date,
        place=_narrower(first.place, second.place),
        actors=tuple(roles),
        fatalities=first.fatalities or second.fatalities,
        injured=first.injured or second.injured,
        weapon=first.weapon or second.weapon,
        # the ACLED sub-event type goes with the mode ("airstrike" → Air/drone strike)
        mode=moded.mode,
        acled_event_type=moded.acled_event_type,
        acled_sub_event_type=moded.acled_sub_event_type,
        # a claim outranks an attribution, which outranks a suspicion
        responsibility=_claimant(first, second).responsibility,
        responsibility_by=_claimant(first, second).responsibility_by,
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
    )


def _narrower(a: PlaceMention | None, b: PlaceMention | None) -> PlaceMention | None:
    """The more specific of two agreeing places (the first when they are alike)."""
    if a is None or b is None or a.place is None or b.place is None:
        return a or b
    return b if a.place.feature in _WIDE and b.place.feature not in _WIDE else a


def merge_frames(frames: list[EventFrame], ancestors: Ancestors = _none) -> list[EventFrame]:
    """Fold mentions of one event (same type, compatible date, place and actors) together.

    ``ancestors(key)`` names the organisations an actor is part of: an attack by a branch and
    one by its parent may be one attack (an ADF attack that ISCAP claimed); the merged event
    keeps the branch, the one that acted."""
    # mentions in one sentence first ("Two soldiers were killed when their vehicle hit a
    # bomb near Beledweyne on Monday" is one event before it meets the sentences around it)
    by_sentence: list[EventFrame] = []
    for frame in frames:
        same = [
            i
            for i in range(len(by_sentence) - 1, -1, -1)
            if by_sentence[i].event.anchor.sentence == frame.event.anchor.sentence
        ]
        for i in same:
            if _compatible(by_sentence[i], frame, ancestors):
                by_sentence[i] = _combine(by_sentence[i], frame, ancestors)
                break
        else:
            by_sentence.append(frame)
    out: list[EventFrame] = []
    for frame in by_sentence:
        for i in range(len(out) - 1, -1, -1):
            if _compatible(out[i], frame, ancestors):
                out[i] = _combine(out[i], frame, ancestors)
                break
        else:
            out.append(frame)
    return out
