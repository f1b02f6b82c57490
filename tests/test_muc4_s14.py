"""MUC-4 role mapping: one weapon told again (bare, with a modifier, in the plural) is one
Weapon entity; two weapons of one kind with different modifiers stay two."""

from __future__ import annotations

import pytest

from dossier.eval.muc4 import RoleFillers
from dossier.eval.muc4_dossier import DossierMucPredictor, annotate_text
from dossier.eval.muc4_roles import _dedupe, frames_to_roles
from dossier.records import DateValue


def test_a_weapon_told_again_is_one_entity() -> None:
    assert _dedupe("Weapon", ["grenade", "fragmentation grenades", "grenades"], None) == ["grenade"]
    assert _dedupe("Weapon", ["homemade mine", "mine"], None) == ["homemade mine"]


def test_two_weapons_of_one_kind_stay_two() -> None:
    assert _dedupe("Weapon", ["truck bomb", "van bomb"], None) == ["truck bomb", "van bomb"]


@pytest.fixture(scope="module")
def predictor() -> DossierMucPredictor:
    return DossierMucPredictor()


def _roles(predictor: DossierMucPredictor, text: str) -> RoleFillers:
    date = DateValue("1990-05-12", "day")
    annotated = annotate_text(text, date)
    roles = frames_to_roles(predictor.frames(annotated, date), annotated, predictor.keep)
    return {role: fillers for role, fillers in roles.items() if fillers}


def test_the_plural_of_a_weapon_named_before_adds_no_weapon(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "LIMA, 12 MAY 90 -- Terrorists hurled incendiary bombs at a bank in Lima today. "
        "The bombs caused minor damage to the bank."
    )
    assert len(_roles(predictor, text).get("Weapon", [])) == 1
