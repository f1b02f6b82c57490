"""MUC-4 role mapping: incidents that MUC-4's definition of a relevant incident leaves out
(template-doc-part1.v7, section 1.0) fill no role; one weapon told again (bare, with a
modifier, in the plural) is one Weapon entity, two of one kind with different modifiers stay two."""

from __future__ import annotations

import pytest

from dossier.eval.muc4 import RoleFillers
from dossier.eval.muc4_dossier import DossierMucPredictor, annotate_text
from dossier.eval.muc4_roles import _dedupe, frames_to_roles
from dossier.records import DateValue


@pytest.fixture(scope="module")
def predictor() -> DossierMucPredictor:
    return DossierMucPredictor()


def _roles(predictor: DossierMucPredictor, text: str) -> RoleFillers:
    date = DateValue("1990-05-12", "day")
    annotated = annotate_text(text, date)
    roles = frames_to_roles(predictor.frames(annotated, date), annotated, predictor.keep)
    return {role: fillers for role, fillers in roles.items() if fillers}


def test_an_old_incident_told_as_background_fills_no_role(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "LIMA, 12 MAY 90 -- The judge reopened the case on Friday. In March 1987, guerrillas "
        "bombed the Banco Popular branch in Huancayo, killing two guards."
    )
    assert _roles(predictor, text) == {}


def test_the_air_force_bombing_with_nobody_hit_is_warfare(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- Reporters fled when the bombings carried out by the air "
        "force and by hundreds of people shook the area."
    )
    assert _roles(predictor, text) == {}


def test_the_police_destroying_an_armed_groups_house_is_no_incident(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- Police destroyed an FMLN safehouse in Soyapango on "
        "Friday, a military spokesman said."
    )
    assert _roles(predictor, text) == {}


def test_the_killing_of_members_of_a_subversive_organization_is_no_incident(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- The 6th Front of the FARC said two members of that subversive "
        "organization were murdered in Cali last week."
    )
    roles = _roles(predictor, text)
    assert "Victim" not in roles and "PerpOrg" not in roles


def test_the_army_attacking_an_m19_group_names_no_victim(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- The army attacked an M-19 group near Cali on Friday and killed "
        "Commander Julio Ortega, the rebels said."
    )
    assert _roles(predictor, text) == {}


def test_a_plan_told_by_an_infinitive_is_no_act_but_an_attempt_is(
    predictor: DossierMucPredictor,
) -> None:
    plan = (
        "LIMA, 12 MAY 90 -- Police said the terrorists were planning to blow up the Central "
        "Reserve Bank branch in Huancayo."
    )
    assert _roles(predictor, plan) == {}
    attempt = (
        "LIMA, 12 MAY 90 -- Police said the terrorists tried to kill Mayor Julio Reyes in "
        "Huancayo on Friday."
    )
    assert _roles(predictor, attempt).get("Victim") == [["Julio Reyes"]]


def test_a_police_station_is_no_physical_target(predictor: DossierMucPredictor) -> None:
    text = (
        "LIMA, 12 MAY 90 -- Guerrillas dynamited the national police station and a bank in "
        "Huancayo on Friday."
    )
    assert _roles(predictor, text).get("Target") == [["bank"]]


def test_the_possessor_of_a_victim_is_no_victim(predictor: DossierMucPredictor) -> None:
    text = "BOGOTA, 12 MAY 90 -- Senator Mario Lopez's driver was shot dead in Cali on Friday."
    assert "Victim" not in _roles(predictor, text)


def test_an_armed_group_whose_members_were_hit_is_not_the_perpetrator(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- A bomb destroyed a bus in Cali on Friday, killing three "
        "peasants and two members of the FARC."
    )
    roles = _roles(predictor, text)
    assert roles.get("Target") == [["bus"]]
    assert "PerpOrg" not in roles


@pytest.mark.parametrize(
    "text",
    [
        "SAN SALVADOR, 12 MAY 90 -- Four national police officers were wounded last night when "
        "urban commandos attacked them in Soyapango.",
        "SAN SALVADOR, 12 MAY 90 -- Rebels ambushed an army patrol near Soyapango on Friday, "
        "killing three and wounding five.",
    ],
)
def test_an_attack_on_a_force_told_with_counts_and_pronouns_is_warfare(
    predictor: DossierMucPredictor, text: str
) -> None:
    assert _roles(predictor, text) == {}


def test_a_weapon_told_again_is_one_entity() -> None:
    assert _dedupe("Weapon", ["grenade", "fragmentation grenades", "grenades"], None) == ["grenade"]
    assert _dedupe("Weapon", ["homemade mine", "mine"], None) == ["homemade mine"]


def test_two_weapons_of_one_kind_stay_two() -> None:
    assert _dedupe("Weapon", ["truck bomb", "van bomb"], None) == ["truck bomb", "van bomb"]


def test_the_plural_of_a_weapon_named_before_adds_no_weapon(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "LIMA, 12 MAY 90 -- Terrorists hurled incendiary bombs at a bank in Lima today. "
        "The bombs caused minor damage to the bank."
    )
    assert len(_roles(predictor, text).get("Weapon", [])) == 1
