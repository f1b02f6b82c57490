"""A whole report written for this test (an analytic paper on Islamic State Mozambique
Province: a history section, 2024 attacks, a designation, denials and an outlook), coded the
way an analyst would."""

from __future__ import annotations

from report_docs import relation_triples, written_report

from dossier.records import Document, Event


def report() -> Document:
    return written_report("mozambique_ismp.txt")


def _events(type_id: str) -> list[Event]:
    return [e for e in report().events if e.type == type_id]


def test_towns_the_model_does_not_tag_are_places_in_mozambique():
    places = {p.text: p.place for p in report().places}
    for name in ("Mocímboa da Praia", "Macomia", "Chiure", "Mucojo", "Palma"):
        assert places[name] is not None and places[name].country_code == "MZ", name
    # Palma is not Palma de Mallorca; Mucojo, unknown to the gazetteer, lies near Macomia
    assert places["Mucojo"].precision == "near"
    assert "new:mocimboa-da-praia" not in {a.key for a in report().actors}


def test_known_locally_as_names_the_same_group():
    actors = {a.key: a for a in report().actors}
    assert "al_shabaab" not in actors  # the Somali group is not in this report
    assert {"al-Shabaab", "Ansar al-Sunna", "ISMP"} <= set(actors["is_mozambique"].aliases)


def test_the_group_under_a_heading_is_the_report_s_subject():
    [found] = _events("FOUND")
    assert found.date is not None and found.date.value == "2017"
    assert [(a.actor, a.role) for a in found.actors] == [("is_mozambique", "initiator")]
    [pledge] = _events("PLEDGE")
    assert ("abu_bakr_al_baghdadi", "recipient") in {(a.actor, a.role) for a in pledge.actors}
    assert ("is_mozambique", "initiator") in {(a.actor, a.role) for a in pledge.actors}


def test_attacks_of_2024_are_one_event_each_with_their_own_place_and_date():
    attacks = {e.date.value: e for e in _events("ASSAULT") if e.date is not None}
    mucojo = attacks["2024-02-09"]
    assert mucojo.place is not None and mucojo.place.text == "Mucojo"
    assert mucojo.responsibility == "claimed" and mucojo.responsibility_by == "is_mozambique"
    # "its attacks in 2024" in the introduction is a year's attacks, not this one
    assert "reviews" not in mucojo.anchor.quote
    # the beheadings a week later were not claimed: the claim concerns Mucojo
    assert attacks["2024-W07"].responsibility is None
    # "retook Mucojo on 18 February" follows 9 February 2024, in a report of 2025
    retake = attacks["2024-02-18"]
    assert retake.mode == "territory" and retake.place is not None
    assert ("fadm", "perpetrator") in {(a.actor, a.role) for a in retake.actors}


def test_an_accusation_of_something_else_gives_no_attack_a_culprit():
    [killing] = [e for e in _events("ASSAULT") if e.date is not None and e.date.value == "2023-10"]
    assert killing.responsibility is None
    assert {(a.actor, a.role) for a in killing.actors} == {
        ("fadm", "perpetrator"),
        ("new:bonomade-machude-omar", "victim"),
    }


def test_the_designation_is_an_event_and_the_denial_a_claim_and_a_rejection():
    [designation] = _events("SANCTION")
    assert designation.mode == "designate" and designation.date is not None
    assert designation.date.value == "2021-03"
    assert {(a.actor, a.role) for a in designation.actors} == {
        ("us_government", "initiator"),
        ("is_mozambique", "target"),
    }
    [reject] = _events("REJECT")
    assert ("state:TZ", "initiator") in {(a.actor, a.role) for a in reject.actors}
    [denial] = [c for c in report().claims if c.stance == "denial"]
    assert denial.speaker == "state:TZ"
    assert denial.text == "the insurgents operate from its territory"


def test_leader_with_his_full_name_and_recruitment_area():
    rels = relation_triples(report())
    assert ("new:bonomade-machude-omar", "leader_of", "is_mozambique") in rels
    assert ("is_mozambique", "recruits_in", "Niassa province") in rels


def test_outlook_makes_no_events():
    assert not [e for e in report().events if "gas facilities" in e.anchor.quote]
