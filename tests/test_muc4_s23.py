"""MUC-4 role mapping, round 23: rules that carry from the tuning texts to unseen ones.

A building named by its owner's "of" phrase ("the house of Judge X") is the target, told in
full, and its owner a victim; a bare weapon word ("dynamite" of "was dynamited") becomes the
device the report names in full elsewhere ("a dynamite charge"); an aircraft or armoured
vehicle with nothing that makes it civilian is the armed forces' craft, no target ("a
passenger plane", "an Avianca plane" stay); a lower-case word before a name run that is no
English word is a given name ("deputy ximeno Soriano Paredes"); an armed group named in the
phrase of whom was hit is not the perpetrator (one in a clause of its own may be). Each
sentence is written for these tests (invented places and people); the real model runs.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.eval.muc4 import RoleFillers, normalize
from dossier.eval.muc4_dossier import DossierMucPredictor


@lru_cache(maxsize=1)
def _predictor() -> DossierMucPredictor:
    return DossierMucPredictor(casing="lower")  # keeps the text as written


def _roles(text: str) -> RoleFillers:
    return _predictor()("x", text)


def _mentions(fillers: RoleFillers, role: str) -> set[str]:
    return {normalize(m) for entity in fillers.get(role, ()) for m in entity}


# ---- a building named by its owner


def test_the_house_of_a_named_person_is_the_target_told_in_full() -> None:
    fillers = _roles(
        "Unidentified men bombed the house of Judge Tomas Varela Ruiz in Velmora on Monday."
    )
    targets = _mentions(fillers, "Target")
    assert "house of judge tomas varela ruiz" in targets, fillers
    # the owner is a victim as well (the keys give both where the owner is named)
    assert "tomas varela ruiz" in _mentions(fillers, "Victim"), fillers


def test_an_office_of_a_titled_owner_is_the_target() -> None:
    fillers = _roles(
        "A powerful bomb destroyed the office of councilman Andres Molina Vega in Dalvik "
        "early on Tuesday."
    )
    assert any(
        t.startswith("office of") and "molina vega" in t for t in _mentions(fillers, "Target")
    ), fillers


def test_a_possessive_owner_still_names_the_thing_without_of() -> None:
    # the older rule stays: "Minister X's residence" is the thing, the owner no victim of it
    fillers = _roles("Guerrillas dynamited Minister Tomas Varela's residence in Velmora today.")
    assert any("residence" in t for t in _mentions(fillers, "Target")), fillers


# ---- a weapon word named in full elsewhere


def test_a_bare_weapon_word_takes_the_full_device_name_of_the_report() -> None:
    fillers = _roles(
        "The Velmora power station was dynamited on Sunday night. Police said the rebels "
        "had placed a dynamite charge beside the main transformer."
    )
    weapons = _mentions(fillers, "Weapon")
    assert "dynamite charge" in weapons, fillers
    assert "dynamite" not in weapons, fillers


def test_a_weapon_word_stays_bare_when_no_fuller_name_is_given() -> None:
    fillers = _roles("Guerrillas set off dynamite at the Velmora power station on Sunday.")
    assert "dynamite" in _mentions(fillers, "Weapon"), fillers


def test_a_plural_weapon_word_is_not_narrowed_to_one_device() -> None:
    # "bombs" may be devices of several kinds; one "car bomb" named elsewhere is not all of them
    fillers = _roles(
        "Rebels threw bombs at three banks in Dalvik on Monday. A car bomb exploded later "
        "outside the Velmora town hall."
    )
    weapons = _mentions(fillers, "Weapon")
    assert "car bomb" not in weapons or "bombs" in weapons, fillers


# ---- the armed forces' craft


def test_a_military_helicopter_or_tank_is_no_target() -> None:
    for text in (
        "Guerrillas shot down a helicopter and burned a bus near Velmora on Friday.",
        "Rebels destroyed two light tanks and a bus on the Dalvik road on Friday.",
    ):
        targets = _mentions(_roles(text), "Target")
        assert not any("helicopter" in t or "tank" in t for t in targets), (text, targets)


def test_a_civilian_aircraft_stays_a_target() -> None:
    fillers = _roles("Terrorists planted a bomb that destroyed a passenger plane at Velmora.")
    assert any("plane" in t for t in _mentions(fillers, "Target")), fillers


# ---- names the truecaser left half-cased


def test_a_lower_case_given_name_before_a_name_run_is_part_of_the_name() -> None:
    # "ximeno" is no English word: a given name the truecaser did not know
    fillers = _roles("Gunmen kidnapped deputy ximeno Soriano Paredes in Velmora on Monday.")
    assert "ximeno soriano paredes" in _mentions(fillers, "Victim"), fillers


def test_an_english_word_before_a_name_stays_out_of_it() -> None:
    fillers = _roles("Gunmen kidnapped photographers Roberto Soriano Paredes in Velmora today.")
    victims = _mentions(fillers, "Victim")
    assert "roberto soriano paredes" in victims, fillers


# ---- the group of whom was hit


def test_the_group_named_in_a_victims_phrase_is_not_the_perpetrator() -> None:
    fillers = _roles(
        "Ramon Ortega Vidal, the presidential candidate of the disbanded M-19 group, was shot "
        "dead by unidentified men aboard a plane in Velmora today."
    )
    assert "ramon ortega vidal" in _mentions(fillers, "Victim"), fillers
    assert not {"m19", "m 19"} & _mentions(fillers, "PerpOrg"), fillers


def test_a_group_in_a_clause_of_the_victim_stays_the_perpetrator() -> None:
    fillers = _roles(
        "Journalist Ramon Ortega Vidal, who was kidnapped by FMLN guerrillas in Velmora on "
        "Monday, was released today."
    )
    assert "fmln" in _mentions(fillers, "PerpOrg"), fillers
