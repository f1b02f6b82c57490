"""Who did what to whom: perpetrators tied to an attack by a participle ("involved in",
"accused of ordering"), by "carried out by" or only by the attack's kind ("a terrorist
attack"), commanders of the attackers, and the MUC-4 role mapping of forces' members and of
untyped names. Each text was written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import DossierMucPredictor, annotate_text
from dossier.extract.events import EventFrame, extract_event_frames


def _frames(text: str) -> list[EventFrame]:
    ann = annotate_text(text)
    return [
        f
        for f in extract_event_frames(ann.doc, ann.actors, ann.places, ann.timexes, None)
        if f.event.type == "ASSAULT"
    ]


def _perps(text: str) -> list[str]:
    return [text[s:e] for f in _frames(text) for s, e in f.perpetrators]


def _muc(text: str) -> dict[str, list[str]]:
    roles = DossierMucPredictor()("DOC-1", text)
    return {role: [m for entity in ents for m in entity] for role, ents in roles.items()}


def test_the_people_involved_in_a_murder_are_its_perpetrators() -> None:
    text = "The court will try the policemen involved in the murder of the union leader."
    assert "policemen" in _perps(text)


def test_accused_of_ordering_a_killing_makes_a_perpetrator() -> None:
    text = "Two majors accused of ordering the killing of the journalist were released on bail."
    assert "Two majors" in _perps(text)


def test_an_attack_carried_out_by_someone_names_them() -> None:
    text = "The bombing of the power station, carried out by masked men, cut electricity."
    assert "masked men" in _perps(text)


def test_a_terrorist_attack_names_its_perpetrators_by_kind() -> None:
    text = "The terrorist attacks damaged the main water pipeline of the port."
    assert "terrorist" in _perps(text)
    assert _muc(text)["PerpInd"] == ["terrorist"]


def test_the_kind_of_attack_gives_way_to_named_perpetrators() -> None:
    text = (
        "Urban guerrillas bombed the telephone exchange of Santa Rita on Monday. "
        "The terrorist attack left the town without telephone service."
    )
    assert "terrorist" not in _muc(text)["PerpInd"]


def test_the_commander_of_the_attackers_acted_too() -> None:
    text = "Soldiers led by Captain Ruben Ortega burned the farm of the cooperative."
    assert "Captain Ruben Ortega" in _perps(text)


def test_members_of_a_force_are_people_of_that_force() -> None:
    text = "Certain officers of the armed forces murdered the teacher in her classroom."
    roles = _muc(text)
    assert "armed forces" in roles["PerpOrg"]
    assert any("officers" in m for m in roles["PerpInd"])


def test_what_was_the_objective_of_an_attack_was_hit() -> None:
    text = "The town hall of San Pedro was the objective of the guerrilla attack on Sunday."
    targets = [text[s:e] for f in _frames(text) for s, e in f.targets]
    assert any("town hall" in t for t in targets)


def test_damage_to_a_building_makes_it_a_target() -> None:
    text = "A car bomb exploded on Friday, causing heavy damage to the customs building."
    targets = [text[s:e] for f in _frames(text) for s, e in f.targets]
    assert any("customs building" in t for t in targets)
