"""Countries that act become state actors (dossier.resolve.states), places that do not."""

from __future__ import annotations

import pytest
from test_relations import annotate_text


def actors_by_key(text: str) -> dict[str, list[str]]:
    _doc, actors, _places, _timexes = annotate_text(text)
    return {a.key: [m.text for m in a.mentions] for a in actors}


def test_acting_country_is_its_government():
    found = actors_by_key("Reports revealed that Iran turned a blind eye to ISIS fighters.")
    assert found.get("iran_government") == ["Iran"]


def test_country_without_a_gazetteer_government_is_a_state_actor():
    text = "In July 2021 Rwanda deployed about 1,000 soldiers to Cabo Delgado."
    _doc, actors, places, _ = annotate_text(text)
    [rwanda] = [a for a in actors if a.key == "state:RW"]
    assert rwanda.name == "Rwanda" and rwanda.type == "government" and rwanda.country == "RW"
    assert "Cabo Delgado" in [p.text for p in places]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Many fighters live along the border with Venezuela in Arauca.", "Venezuela"),
        ("Afghanistan receives special attention from terrorist organizations.", "Afghanistan"),
        ("Fighters moved to Pakistan last year.", "Pakistan"),
    ],
)
def test_country_as_a_place_is_no_actor(text, name):
    mentions = [m for ms in actors_by_key(text).values() for m in ms]
    assert name not in mentions


def test_accusation_against_a_country_has_the_state_as_target():
    from dossier.extract.events import extract_events

    text = "On January 4, 2018, Gulbuddin Hekmatyar criticized Iran for helping ISIS."
    doc, actors, places, timexes = annotate_text(text)
    events = extract_events(doc, actors, places, timexes, None)
    roles = {(a.actor, a.role) for e in events if e.type == "ACCUSE" for a in e.actors}
    assert ("iran_government", "target") in roles


def test_blows_from_a_country_come_from_its_state_not_from_a_place():
    text = "ISIS absorbed blows, especially those from the United States, last year."
    _doc, actors, places, _ = annotate_text(text)
    assert "us_government" in {a.key for a in actors}
    assert "United States" not in [p.text for p in places]


def test_national_forces_are_state_forces_and_all_perpetrators():
    from dossier.extract.events import extract_events

    text = "Rwandan and Mozambican forces retook the town of Mocímboa da Praia on 8 August 2021."
    doc, actors, places, timexes = annotate_text(text)
    forces = {a.key for a in actors if a.type == "state_forces"}
    assert forces == {"rwanda_defence_force", "fadm"}  # the gazetteer's armed forces
    [ev] = [e for e in extract_events(doc, actors, places, timexes, None) if e.type == "ASSAULT"]
    assert {(a.actor, a.role) for a in ev.actors} == {
        ("rwanda_defence_force", "perpetrator"),
        ("fadm", "perpetrator"),
    }
    assert ev.acled_sub_event_type == "Government regains territory"


def test_forces_and_police_without_a_gazetteer_entry():
    _doc, actors, _places, _ = annotate_text(
        "Kenyan troops and Somali police patrolled the road to Afmadow."
    )
    by_key = {a.key: a for a in actors}
    assert by_key["forces:KE"].name == "Kenyan forces" and by_key["forces:KE"].country == "KE"
    # (s24) a police the gazetteer lacks is its own body, as ACLED's "Police Forces of X"
    # stand apart from its "Military Forces of X"
    assert by_key["police:SO"].name == "Somali police"
    assert by_key["police:SO"].type == "state_forces"


def test_forces_the_gazetteer_names_keep_their_entry():
    found = actors_by_key("Malian troops clashed with JNIM fighters near Mopti on 2 May 2023.")
    assert "forces:ML" not in found
    assert any(texts == ["Malian troops"] for texts in found.values())


def test_the_army_alone_needs_a_report_about_one_country():
    found = actors_by_key("The army said it had repelled the attack.")
    assert not any(k.startswith(("forces:", "state:")) for k in found)
    found = actors_by_key(
        "Fighting spread across Mali. The army said it had repelled an attack near Gao, Mali."
    )
    assert found.get("fama") == ["army"]
