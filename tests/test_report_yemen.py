"""A whole wire story written for this test (Yemen, March 2024: a claimed missile attack on a
ship, US and British air strikes, who backs and fights whom), coded the way an analyst
would."""

from __future__ import annotations

from report_docs import relation_triples, written_report

from dossier.records import Document, Event


def report() -> Document:
    return written_report("yemen_wire.txt")


def _attacks() -> list[Event]:
    return [e for e in report().events if e.type == "ASSAULT"]


def test_a_reported_attack_takes_the_date_of_its_report():
    ship = _attacks()[0]
    assert ("houthis", "perpetrator") in {(a.actor, a.role) for a in ship.actors}
    assert ship.date is not None and ship.date.value == "2024-03-03"
    assert ship.place is not None and ship.place.text == "Gulf of Aden"


def test_air_strikes_by_two_countries_warplanes_in_a_province_spelled_otherwise():
    strike = _attacks()[1]
    assert strike.mode == "aerial"
    assert {("us_armed_forces", "perpetrator"), ("british_armed_forces", "perpetrator")} <= {
        (a.actor, a.role) for a in strike.actors
    }
    # "Hodeidah": the gazetteer holds Al Hudaydah
    assert strike.place is not None and strike.place.place is not None
    assert strike.place.place.country_code == "YE"
    assert strike.fatalities is not None and strike.fatalities.low == 11


def test_who_backs_controls_and_fights_whom():
    rels = relation_triples(report())
    assert ("iran_government", "supports", "houthis") in rels
    assert ("houthis", "controls", "Sanaa") in rels
    assert ("saudi_government", "hostile_to", "houthis") in rels


def test_a_denial_is_a_claim_and_a_vow_no_event():
    assert not [e for e in report().events if e.type == "REJECT"]
    [denial] = [c for c in report().claims if c.stance == "denial"]
    assert (denial.speaker, denial.text) == ("iran_government", "arming the group")
    assert not [e for e in report().events if "vowed" in e.anchor.quote]
