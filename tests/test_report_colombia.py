"""A whole Markdown briefing written for this test (Colombia, early 2025: the ELN offensive in
Catatumbo, FARC dissident fronts, a drone attack the army blamed on one of them), with Spanish
names in brackets and aliases, coded the way an analyst would."""

from __future__ import annotations

from report_docs import relation_triples, written_report

from dossier.records import Document, Event


def report() -> Document:
    return written_report("colombia_eln.md")


def _attacks() -> list[Event]:
    return [e for e in report().events if e.type == "ASSAULT"]


def test_english_and_spanish_names_with_the_acronym_are_one_group():
    eln = [a for a in report().actors if a.key == "eln"]
    assert eln
    names = {m.text for m in eln[0].mentions}
    assert {"National Liberation Army", "Ejército de Liberación Nacional", "ELN"} <= names
    assert not any(a.key.startswith("new:national-liberation") for a in report().actors)


def test_offensive_dated_and_placed_by_the_verb_its_killing_hangs_on():
    offensive = _attacks()[0]
    assert ("eln", "perpetrator") in {(a.actor, a.role) for a in offensive.actors}
    assert offensive.date is not None and offensive.date.value == "2025-01"
    assert offensive.place is not None and offensive.place.text == "Catatumbo"
    assert offensive.fatalities is not None and offensive.fatalities.low == 80


def test_a_numbered_front_the_army_blamed_is_the_attributed_perpetrator():
    [drone] = [e for e in _attacks() if e.mode == "drone"]
    # the soldiers wounded at the base are the Colombian military's: its target
    assert sorted((a.actor, a.role) for a in drone.actors) == [
        ("colombian_military", "target"),
        ("new:33rd-front", "perpetrator"),
    ]
    assert drone.responsibility == "attributed"
    assert drone.responsibility_by == "colombian_military"


def test_splits_leaders_founders_and_rivals():
    triples = relation_triples(report())
    assert ("emc", "split_from", "farc") in triples
    assert ("new:nestor-gregorio-vera", "leader_of", "emc") in triples
    assert ("new:ivan-marquez", "leader_of", "segunda_marquetalia") in triples
    assert ("emc", "hostile_to", "eln") in triples
    assert ("new:33rd-front", "affiliate_of", "emc") in triples
    [founding] = [e for e in report().events if e.type == "FOUND"]
    assert founding.date is not None and founding.date.value == "2019"
    assert ("segunda_marquetalia", "initiator") in {(a.actor, a.role) for a in founding.actors}


def test_statement_denial_and_threat():
    [said] = [c for c in report().claims if "directed only against the dissidents" in c.text]
    assert said.speaker == "eln" and said.via == "a statement"
    types = {
        e.type
        for e in report().events
        if ("eln", "initiator") in {(a.actor, a.role) for a in e.actors}
    }
    assert "THREATEN" in types
    # its denial is a claim with the stance "denial", and its REJECT event
    assert "REJECT" in types
    [denied] = [c for c in report().claims if c.stance == "denial"]
    # the denial and the statement that follows it are one claim of one speaker (s20)
    assert denied.speaker == "eln" and denied.text.startswith("targeting civilians")
    # the threatened expansion is no event
    assert not any("expand" in e.anchor.quote for e in _attacks())
