"""Merging several mentions of one event in a document into one frame.

Two frames merge when they have the same type, both are facts (or both not), their dates and
places agree, their perpetrators overlap when both name some, and they lie close together
(or share a date). The merged frame keeps the most specific date and every argument found.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier.extract.events import EventFrame
    from dossier.records import PlaceMention

__all__ = ["merge_frames"]

_PERP_ROLES = {"perpetrator", "initiator"}


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


def _compatible(a: EventFrame, b: EventFrame) -> bool:
    ea, eb = a.event, b.event
    if ea.type != eb.type:
        return False
    facts = {"asserted", "background"}
    if (ea.modality in facts) != (eb.modality in facts):
        return False
    va = ea.date.value if ea.date is not None else None
    vb = eb.date.value if eb.date is not None else None
    if va is not None and vb is not None and not (va.startswith(vb) or vb.startswith(va)):
        return False
    if ea.place is not None and eb.place is not None and not _places_agree(ea.place, eb.place):
        return False
    perps_a = {x.actor for x in ea.actors if x.role in _PERP_ROLES}
    perps_b = {x.actor for x in eb.actors if x.role in _PERP_ROLES}
    if perps_a and perps_b and not perps_a & perps_b:
        return False
    if (
        ea.type != "ASSAULT"
        and not (perps_a and perps_b)
        and ea.anchor.sentence != eb.anchor.sentence
    ):
        # statements, pledges, arrests: two sentences are one event only when the same
        # party acts in both ("Chapo accused ..."; "rights groups accused ...")
        return False
    others_a = {x.actor for x in ea.actors if x.role not in _PERP_ROLES}
    others_b = {x.actor for x in eb.actors if x.role not in _PERP_ROLES}
    if others_a and others_b and not others_a & others_b and ea.date != eb.date:
        return False
    distance = abs(ea.anchor.sentence - eb.anchor.sentence)
    if ea.date is not None and eb.date is not None:
        return True  # same type, same date, compatible place and actors
    return distance <= 2


def _combine(a: EventFrame, b: EventFrame) -> EventFrame:
    ea, eb = a.event, b.event
    first, second = (ea, eb) if ea.date is not None or eb.date is None else (eb, ea)
    roles = list(first.actors)
    for x in second.actors:
        if not any(r.actor == x.actor for r in roles):
            roles.append(x)
    date = first.date
    if date is None or (second.date is not None and len(second.date.value) > len(date.value)):
        date = second.date or date
    event = replace(
        first,
        date=date,
        place=_narrower(first.place, second.place),
        actors=tuple(roles),
        fatalities=first.fatalities or second.fatalities,
        injured=first.injured or second.injured,
        weapon=first.weapon or second.weapon,
        mode=first.mode or second.mode,
        # the ACLED sub-event type goes with the mode ("airstrike" → Air/drone strike)
        acled_event_type=(first if first.mode or not second.mode else second).acled_event_type,
        acled_sub_event_type=(
            first if first.mode or not second.mode else second
        ).acled_sub_event_type,
        responsibility=first.responsibility or second.responsibility,
        responsibility_by=first.responsibility_by or second.responsibility_by,
    )
    return replace(
        a,
        event=event,
        perpetrators=a.perpetrators + b.perpetrators,
        targets=a.targets + b.targets,
        victims=a.victims + b.victims,
        weapons=a.weapons + b.weapons,
        merged=a.merged + b.merged,
    )


def _narrower(a: PlaceMention | None, b: PlaceMention | None) -> PlaceMention | None:
    """The more specific of two agreeing places (the first when they are alike)."""
    if a is None or b is None or a.place is None or b.place is None:
        return a or b
    return b if a.place.feature in _WIDE and b.place.feature not in _WIDE else a


def merge_frames(frames: list[EventFrame]) -> list[EventFrame]:
    """Fold mentions of one event (same type, compatible date, place and actors) together."""
    out: list[EventFrame] = []
    for frame in frames:
        for i in range(len(out) - 1, -1, -1):
            if _compatible(out[i], frame):
                out[i] = _combine(out[i], frame)
                break
        else:
            out.append(frame)
    return out
