"""A whole HTML analysis written for this test (Burkina Faso, May 2025: a JNIM assault on an
army camp, a drone strike on a market the next day, a claimed ambush by the Islamic State's
Sahel branch, a mobilisation), coded the way an analyst would."""

from __future__ import annotations

from report_docs import relation_triples, written_report

from dossier.records import Document, Event


def report() -> Document:
    return written_report("burkina_jnim.html")


def _attacks() -> list[Event]:
    return [e for e in report().events if e.type == "ASSAULT"]


def test_the_next_day_counts_from_the_attack_before():
    strike = next(e for e in _attacks() if e.mode == "drone")
    assert strike.date is not None and strike.date.value == "2025-05-12"
    assert strike.place is not None and strike.place.text == "Diapaga"
    assert strike.fatalities is not None and strike.fatalities.low == 30


def test_a_group_claim_carries_its_outlet():
    [claim] = [c for c in report().claims if "more than 100 soldiers" in c.text]
    assert claim.speaker == "jnim" and claim.via == "Az-Zallaqa"
    # the sources of the sentence before are not that outlet's
    [sources] = [c for c in report().claims if c.speaker_kind == "sources"]
    assert sources.via is None


def test_a_death_toll_is_no_strength_estimate():
    quantities = report().quantities
    assert not any(q.measure == "fighters" and q.high == 99 for q in quantities)
    [strength] = [q for q in quantities if q.measure == "fighters"]
    assert (strength.subject, strength.low, strength.high) == ("jnim", 6000, 7000)


def test_a_country_tagged_as_a_person_in_a_list_of_countries_is_a_place():
    niger = [p for p in report().places if p.text == "Niger"]
    assert niger and niger[0].place is not None and niger[0].place.country_code == "NE"


def test_a_town_the_gazetteer_lacks_is_the_place_of_its_ambush():
    ambush = next(e for e in _attacks() if e.date is not None and e.date.value == "2025-05-20")
    assert ("is_sahel", "perpetrator") in {(a.actor, a.role) for a in ambush.actors}
    assert ambush.place is not None and ambush.place.text == "Markoye"
    # placed only near a town of the report's country, and marked so
    assert ambush.place.place is not None and ambush.place.place.country_code == "BF"
    assert ambush.place.place.precision == "near"


def test_reinforcements_sent_beside_an_order_are_a_mobilisation():
    [mobilise] = [e for e in report().events if e.type == "MOBILIZE"]
    assert mobilise.modality == "asserted"
    assert mobilise.actors and mobilise.actors[0].role == "initiator"


def test_a_rival_named_in_apposition():
    assert ("is_sahel", "hostile_to", "jnim") in relation_triples(report())


def test_the_junta_and_army_drones_are_burkina_faso_s():
    strike = next(e for e in _attacks() if e.mode == "drone")
    assert ("burkina_armed_forces", "perpetrator") in {(a.actor, a.role) for a in strike.actors}
    camp = next(e for e in _attacks() if e.place is not None and e.place.text == "Djibo")
    assert ("burkina_armed_forces", "target") in {(a.actor, a.role) for a in camp.actors}
    # the junta's denial is its claim and its REJECT event
    [reject] = [e for e in report().events if e.type == "REJECT"]
    assert ("burkina_faso_government", "initiator") in {(a.actor, a.role) for a in reject.actors}
    [denial] = [c for c in report().claims if c.stance == "denial"]
    assert denial.speaker == "burkina_faso_government"
    assert denial.text.startswith("civilians had been targeted")
