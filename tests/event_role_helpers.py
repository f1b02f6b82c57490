"""The actors of events of short texts by role, as the event-argument tests read them."""

from __future__ import annotations

from test_events_args_s20 import _events

from dossier.records import Event


def event_roles(event: Event, names: dict[str, str]) -> set[tuple[str, str]]:
    """(actor name, role) of each actor of ``event``."""
    return {(names.get(x.actor, x.actor), x.role) for x in event.actors}


def event_targets(events: list[Event], names: dict[str, str]) -> set[str]:
    """The names of the targets of ``events``."""
    return {names.get(x.actor, x.actor) for e in events for x in e.actors if x.role == "target"}


def event_doers(events: list[Event], names: dict[str, str]) -> set[str]:
    """The names of the perpetrators and initiators of ``events``."""
    return {
        names.get(x.actor, x.actor)
        for e in events
        for x in e.actors
        if x.role in {"perpetrator", "initiator"}
    }


def arrest_roles(text: str) -> set[tuple[str, str]]:
    """(actor name, role) of the actors of the arrests of ``text``."""
    events, names = _events(text, "ARREST")
    return {r for e in events for r in event_roles(e, names)}
