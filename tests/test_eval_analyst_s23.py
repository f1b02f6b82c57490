"""s23 scorer rule: an output pairs with the gold event on its text that agrees best.

Among the gold events whose quotes its anchor overlaps, an output stands for the one that agrees
best, its type first and then its actors; ties keep the earlier order (the most agreeing fields,
then the first gold event). An output pairs with a required gold event only where no optional
gold event on its text agrees better: then it takes the optional event (ignored, as any output
on a free optional event) and the required one is missed.
"""

from __future__ import annotations

from pathlib import Path

from dossier.eval.analyst import ReportScore, score_events
from dossier.eval.analyst_gold import Gold, GoldActor, GoldEvent, GoldMetadata, GoldRole, norm_text
from dossier.records import Actor, Anchor, Document, Event, EventActor, Metadata

TEXT = "The Front was proclaimed in 2015 after Ana Vel's commanders pledged allegiance to the Army."
QUOTE = TEXT
ACTORS = {"new:front": "front", "new:ana": "ana", "new:army": "army"}


def _doc(*events: Event) -> Document:
    actors = (
        Actor("new:front", "The Front", "armed_group", (), ()),
        Actor("new:ana", "Ana Vel", "person", (), ()),
        Actor("new:army", "The Army", "armed_group", (), ()),
    )
    meta = Metadata(None, None, None, None, None, "en")
    return Document("x.md", "h", "markdown", TEXT, TEXT, (), meta, actors=actors, events=events)


def _gold(*events: GoldEvent) -> Gold:
    actors = (
        GoldActor("front", "armed_group", ("The Front",)),
        GoldActor("ana", "person", ("Ana Vel",)),
        GoldActor("army", "armed_group", ("The Army",)),
    )
    return Gold(
        Path("x.gold.yaml"), Path("x.md"), GoldMetadata(None, None, ()), actors, events=events
    )


def _gold_event(
    id_: str,
    type_: str,
    roles: tuple[tuple[str, str], ...],
    optional: bool = False,
    modality: str = "asserted",
) -> GoldEvent:
    actors = tuple(GoldRole(a, r) for a, r in roles)
    return GoldEvent(id_, type_, (), None, None, actors, None, modality, (QUOTE,), optional)


def _event(type_: str, roles: tuple[tuple[str, str], ...]) -> Event:
    start = TEXT.index("pledged allegiance")
    anchor = Anchor(start, start + len("pledged allegiance"), "pledged allegiance")
    return Event(type_, anchor, actors=tuple(EventActor(a, r) for a, r in roles))


FOUND = _gold_event("b1", "FOUND", (("front", "initiator"),))
PLEDGE_ROLES = (("ana", "initiator"), ("army", "recipient"))
PLEDGE = _event("PLEDGE", (("new:ana", "initiator"), ("new:army", "recipient")))


def _score(gold: Gold, *events: Event) -> ReportScore:
    score = ReportScore("x")
    score_events(_doc(*events), gold, norm_text(TEXT), ACTORS, score)
    return score


def test_an_output_takes_the_optional_event_that_agrees_in_type_and_actors() -> None:
    # the ii case: b1 FOUND (required) and b2 PLEDGE (optional) on one quote; the PLEDGE
    # output is b2's, not a wrong b1: it is ignored and b1 is missed
    gold = _gold(FOUND, _gold_event("b2", "PLEDGE", PLEDGE_ROLES, optional=True))
    score = _score(gold, PLEDGE)
    c = score.counts
    assert (c["events_matched"], c["events_ignored"], c["events_dup"]) == (0, 1, 0)
    assert c["field_type_n"] == 0  # no fields scored against b1
    assert score.details == ['event b1 missed: FOUND "' + QUOTE + '"']
    # without the optional event the output still pairs with b1, its fields wrong
    score = _score(_gold(FOUND), PLEDGE)
    assert (score.counts["events_matched"], score.counts["field_type_right"]) == (1, 0)
    assert "event b1 type wrong: PLEDGE (gold FOUND)" in score.details[0]


def test_among_required_events_the_type_comes_first_then_the_actors() -> None:
    # two required events on one quote, listed with the worse reading first: the output pairs
    # with the one of its type and actors, whatever the gold's order
    gold = _gold(FOUND, _gold_event("b2", "PLEDGE", PLEDGE_ROLES))
    score = _score(gold, PLEDGE)
    c = score.counts
    assert (c["events_matched"], c["field_type_right"], c["field_actors_right"]) == (1, 1, 1)
    assert score.details == ['event b1 missed: FOUND "' + QUOTE + '"']
    # same type on both: the actors decide
    gold = _gold(
        _gold_event("b1", "PLEDGE", (("front", "initiator"),)),
        _gold_event("b2", "PLEDGE", PLEDGE_ROLES),
    )
    score = _score(gold, PLEDGE)
    assert score.counts["field_actors_right"] == 1
    assert score.details == ['event b1 missed: PLEDGE "' + QUOTE + '"']
    # the type outranks a larger count of agreeing fields: b1 agrees in actors and modality,
    # b2 in its type alone, and the output is b2's
    gold = _gold(
        _gold_event("b1", "FOUND", PLEDGE_ROLES),
        _gold_event("b2", "PLEDGE", (("front", "initiator"),), modality="background"),
    )
    score = _score(gold, PLEDGE)
    assert (score.counts["field_type_right"], score.counts["field_actors_right"]) == (1, 0)
    assert score.details[-1] == 'event b1 missed: FOUND "' + QUOTE + '"'


def test_a_required_event_keeps_the_output_on_a_tie_with_an_optional_one() -> None:
    # the optional event agrees no better (same type and actors): the required one keeps it
    gold = _gold(
        _gold_event("e1", "PLEDGE", PLEDGE_ROLES),
        _gold_event("e2", "PLEDGE", PLEDGE_ROLES, optional=True),
    )
    score = _score(gold, PLEDGE)
    assert (score.counts["events_matched"], score.counts["events_ignored"]) == (1, 0)
    assert score.details == []
    # an optional event with no actors does not beat a required one whose actors are wrong
    # (a gold event that names no actors agrees on none)
    gold = _gold(
        _gold_event("e1", "PLEDGE", (("front", "initiator"),)),
        _gold_event("e2", "PLEDGE", (), optional=True),
    )
    score = _score(gold, PLEDGE)
    assert (score.counts["events_matched"], score.counts["field_actors_right"]) == (1, 0)
