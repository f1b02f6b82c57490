"""What an attack hit and who suffered it: a person owning a noun of killing ("Gomez's
murder"), an "of" phrase the parser hangs on a date, companions "including" others, a relative
clause on the last name of a list, kin and colleagues as people, a name with a role
apposition, a person's house or vehicle as a thing, list items the parser took for
appositions, damage "to A and to B", "damaged by the blast", bombs placed in a building, "the
target of bomb attacks". Each text was written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import EventFrame, extract_event_frames


def _frames(text: str) -> list[EventFrame]:
    ann = annotate_text(text)
    return [
        f
        for f in extract_event_frames(ann.doc, ann.actors, ann.places, ann.timexes, None)
        if f.event.type == "ASSAULT"
    ]


def _roles(text: str) -> tuple[list[str], list[str], list[str]]:
    frames = _frames(text)
    perps = [text[s:e] for f in frames for s, e in f.perpetrators]
    victims = [text[s:e] for f in frames for s, e in f.victims]
    targets = [text[s:e] for f in frames for s, e in f.targets]
    return perps, victims, targets


def test_the_possessor_of_an_assassination_is_its_victim() -> None:
    perps, victims, _t = _roles("The police are investigating Mario Gomez's assassination.")
    assert any("Mario Gomez" in v for v in victims)
    assert not any("Gomez" in p for p in perps)


def test_an_of_phrase_hung_on_the_date_names_the_victim() -> None:
    text = (
        "Unions condemned the kidnapping and assassination on 12 May of Pedro Luis Gomez "
        "Arias, a teacher whose body showed signs of torture."
    )
    _p, victims, _t = _roles(text)
    assert "Pedro Luis Gomez Arias" in victims


def test_companions_named_after_including_were_hit_too() -> None:
    text = (
        "They mourned the killing of four of their colleagues, including union leader Pablo "
        "Ruiz and two nurses, by gunmen in the capital."
    )
    _p, victims, targets = _roles(text)
    assert any("Pablo Ruiz" in v for v in victims)
    assert "two nurses" in victims
    assert not targets  # four of their colleagues are people


def test_a_relative_clause_on_the_last_name_of_a_list_tells_of_them_all() -> None:
    text = (
        "The commission reported the seizure of Marta Lopez, Juan Ortiz Cruz, and Pedro "
        "Ortiz, who were captured on 4 May by army troops."
    )
    _p, victims, _t = _roles(text)
    assert "Juan Ortiz Cruz" in victims
    assert "Pedro Ortiz" in victims
    assert "Marta Lopez" in victims  # "who" names people, whatever the tagger thought
    assert victims.count("Pedro Ortiz") == 1


def test_kin_and_named_organisers_are_people() -> None:
    _p, victims, targets = _roles("The nephew of the governor, Mario Gomez, was almost killed.")
    assert any(v.startswith("nephew") for v in victims)
    assert not targets
    text = (
        "Pedro Alvarez, leader of the Workers Party, and Ana Ruiz, a union organiser, were "
        "abducted and killed in March by unknown men."
    )
    _p, victims, targets = _roles(text)
    assert "Ana Ruiz" in victims
    assert "Ana Ruiz" not in targets


def test_a_persons_house_in_a_list_is_a_target() -> None:
    text = (
        "Army officers said that the rebels attacked the governor's residence, the city "
        "hotel's security post, Finance Minister Pedro Ruiz's house, and the electoral office."
    )
    _p, victims, targets = _roles(text)
    assert "Finance Minister Pedro Ruiz's house" in targets
    assert "electoral office" in targets
    assert not victims


def test_a_vehicle_named_after_a_person_is_a_thing() -> None:
    _p, victims, targets = _roles("Gunmen set fire to the Jorge Ramirez clinic ambulance in Cali.")
    assert any(t.endswith("ambulance") for t in targets)
    assert not victims


def test_damage_to_each_and_damaged_by_the_blast() -> None:
    text = (
        "The explosion caused heavy damage to the Peruvian consulate building and to nearby houses."
    )
    assert "nearby houses" in _roles(text)[2]
    text = (
        "The bank's offices were destroyed, and about 30 nearby houses were damaged by the blast."
    )
    assert any(t.endswith("nearby houses") for t in _roles(text)[2])


def test_what_bombs_were_placed_in_was_hit() -> None:
    text = "Unidentified men placed six bombs in several state bank branches early today."
    assert any(t.endswith("state bank branches") for t in _roles(text)[2])
    # a road is where a mine was laid, not what it hit
    assert not _roles("Gunmen planted a mine on the road to the village.")[2]


def test_the_target_of_bomb_attacks() -> None:
    assert "Schools" in _roles("Schools in three towns were the target of bomb attacks.")[2]


def test_a_target_ends_before_a_place_phrase() -> None:
    text = (
        "Peruvian-U.S. Cultural institutes in Arica, Tacna, and Puno were the target of bomb "
        "attacks."
    )
    targets = _roles(text)[2]
    assert "Peruvian-U.S. Cultural institutes" in targets
    assert not any("Arica" in t for t in targets)


def test_a_list_the_parser_broke_after_the_object_is_all_hit() -> None:
    text = (
        "Police sources said that the rebels attacked the governor's residence, the Hilton "
        "hotel's security booth, public works Minister Jorge Arana's house, and the central "
        "tax office."
    )
    targets = _roles(text)[2]
    assert "central tax office" in targets
    assert any(t.endswith("Jorge Arana's house") for t in targets)
    # no closing "and", or a clause in it: no list
    assert _roles("The rebels attacked the base, the police said, and fled.")[2] == ["base"]


def test_a_list_after_a_damaged_part_ends_before_its_relative_clause() -> None:
    text = (
        'The car bomb damaged the shelves of a pharmacy, the "farmers\' Andean bank," the '
        "savings bank (not further identified); the Pizarro Alto building, and other shops, all "
        "of which are near the cathedral."
    )
    targets = _roles(text)[2]
    assert "savings bank" in targets
    assert "Pizarro Alto building" in targets
    assert any(t.endswith("shops") for t in targets)


def test_soldiers_of_a_named_force_are_people_hit() -> None:
    text = "A Treasury Police member was killed in a rebel attack in San Miguel early today."
    _p, victims, targets = _roles(text)
    assert any("member" in v for v in victims)
    assert not targets


def test_a_second_named_hostage_joined_to_the_first_ones_town() -> None:
    text = (
        "The three engineers, Luigi Bianchi of Turin and Paolo Verdi of Genoa, together with "
        "Frenchman Jean Moreau, were taken hostage near the dam."
    )
    victims = _roles(text)[1]
    assert any(v.startswith("Paolo Verdi") for v in victims)
