"""MUC-4 role mapping, round 19 (muca): what is no incident, and how objects and weapons are
written. Each sentence is new (other places, other wordings); the real model runs."""

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


# ---- weapons: the compound that names the weapon, not its last word


def test_a_weapon_is_filled_with_its_noun_compound() -> None:
    fillers = _roles(
        "Unknown attackers left a pipe bomb at the entrance of the Tarvo courthouse on "
        "Monday, wounding two clerks."
    )
    assert "pipe bomb" in _mentions(fillers, "Weapon")
    assert "bomb" not in _mentions(fillers, "Weapon")


def test_an_adjective_or_a_size_stays_out_of_the_weapon() -> None:
    fillers = _roles(
        "A powerful bomb exploded on Friday at the Lenbo bus terminal, destroying two buses."
    )
    assert _mentions(fillers, "Weapon") == {"bomb"}
    fillers = _roles("Rebels fired 60mm mortars at the Ostra town hall on Sunday night.")
    # neither the size nor its unit ("mm mortars") is part of the weapon's name
    assert _mentions(fillers, "Weapon") == {"mortars"}


# ---- no incident: a kind of deed, an old deed recalled, a possible deed


def test_a_deed_told_as_ongoing_against_a_collective_fills_nothing() -> None:
    fillers = _roles("The rebels are attacking the civilian population in the northern provinces.")
    assert not any(fillers.values())


def test_the_attacks_refer_to_incidents_and_fill_their_targets() -> None:
    fillers = _roles(
        "The attacks on the Corva power station and on two banks caused heavy damage on Thursday."
    )
    assert "corva power station" in _mentions(fillers, "Target")


def test_a_killing_dated_last_year_is_an_old_event() -> None:
    recalled = _roles(
        "Mayor Teodoro Valbuena was assassinated by gunmen last year, the paper recalled."
    )
    assert not _mentions(recalled, "Victim")
    recalled = _roles("Judge Amalia Ferreyra was shot dead by gunmen twelve years ago in Ribera.")
    assert not _mentions(recalled, "Victim")
    recent = _roles("Mayor Teodoro Valbuena was assassinated by gunmen on Tuesday in Ribera.")
    assert _mentions(recent, "Victim")


def test_a_possible_or_threatened_attack_fills_nothing() -> None:
    for text in (
        "Police said they had been warned of a possible attack on the Dalmo refinery.",
        "The army reinforced its patrols because of the threat of a bombing at the Dalmo refinery.",
    ):
        assert not _mentions(_roles(text), "Target"), text
    done = _roles("A bomb attack on the Dalmo refinery caused a large fire on Monday.")
    assert "dalmo refinery" in _mentions(done, "Target")


# ---- targets: what was hit, not where


def test_a_road_is_where_an_ambush_happened_not_its_target() -> None:
    fillers = _roles(
        "Guerrillas ambushed a passenger bus on the coastal highway near Mirel on Friday."
    )
    targets = _mentions(fillers, "Target")
    assert "passenger bus" in targets or "bus" in targets
    assert not any("highway" in t for t in targets)
    targets = _mentions(
        _roles("Rebels blew up a pylon beside the coastal road near Mirel."), "Target"
    )
    assert "pylon" in targets
    assert not any("road" in t for t in targets)


def test_a_bare_establishment_beside_a_named_target_is_its_second_mention() -> None:
    fillers = _roles(
        "A bomb exploded at the Miramar restaurant in Talca on Saturday; the establishment "
        "was badly damaged by the bomb."
    )
    targets = _mentions(fillers, "Target")
    assert "miramar restaurant" in targets
    assert "establishment" not in targets


def test_buildings_of_many_kinds_are_targets() -> None:
    fillers = _roles("Gunmen set fire to a discotheque and a dealership in Porto Lem on Friday.")
    targets = _mentions(fillers, "Target")
    assert "discotheque" in targets


def test_a_weapon_word_used_as_a_verb_is_no_weapon() -> None:
    fillers = _roles("Government aircraft bombed the village of Tresa on Monday, killing a farmer.")
    assert "bomb" not in _mentions(fillers, "Weapon")
    # "dynamite" as the verb: the deed, not its instrument (the parent filled it)
    fillers = _roles("Guerrillas tried to dynamite the Solis power station on Friday night.")
    assert "solis power station" in _mentions(fillers, "Target")
    assert "dynamite" not in _mentions(fillers, "Weapon")


def test_an_adjective_weapon_word_is_filled_with_the_thing_it_names() -> None:
    fillers = _roles(
        "Rebels detonated two explosive charges at the Tiro power station on Wednesday."
    )
    assert _mentions(fillers, "Weapon") == {"explosive charges"}
    fillers = _roles(
        "The explosive situation in the capital worsened after the attack on the Tiro power "
        "station on Wednesday."
    )
    assert not _mentions(fillers, "Weapon")


def test_a_surname_left_in_lower_case_ends_the_victims_name() -> None:
    fillers = _roles(
        "Gunmen shot dead Canadian agronomist Pierre Alain gagnon, near Selva on Friday."
    )
    assert "pierre alain gagnon" in _mentions(fillers, "Victim")
    fillers = _roles("Gunmen burned the Ramirez supermarket in Selva on Friday.")
    assert "ramirez supermarket" not in _mentions(fillers, "Victim")


def test_rebels_downing_aircraft_is_combat_unless_the_aircraft_is_civilian() -> None:
    combat = _roles("Rebels shot down two planes near the Mosca river on Monday.")
    assert not _mentions(combat, "Target")
    civil = _roles("Rebels set fire to a passenger plane at the Corva airport on Monday.")
    assert "passenger plane" in _mentions(civil, "Target")
