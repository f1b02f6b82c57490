"""(s20) MUC-4 relevance in the role mapping: denied stories, accidents and deeds recalled as
context fill no role (template definition, section 1.0, points 5 and 6), while the same deeds
told as facts still do. Real model, sentences written for the tests."""

from __future__ import annotations

import pytest

from dossier.eval.muc4 import RoleFillers, normalize
from dossier.eval.muc4_dossier import DossierMucPredictor


@pytest.fixture(scope="module")
def predict() -> DossierMucPredictor:
    return DossierMucPredictor()


def _mentions(fillers: RoleFillers, role: str) -> set[str]:
    return {normalize(m) for entity in fillers.get(role, []) for m in entity}


def _empty(fillers: RoleFillers) -> bool:
    return not any(fillers.values())


def test_a_denied_report_of_a_bombing_fills_nothing(predict: DossierMucPredictor) -> None:
    text = (
        "The interior ministry denied a radio report that guerrillas had bombed the power "
        "station in the northern province."
    )
    assert _empty(predict("S20-1", text))


def test_a_denied_murder_names_no_victim(predict: DossierMucPredictor) -> None:
    text = (
        "The army spokesman denied that soldiers had murdered the mayor of the river port, "
        "Julio Mendez Arana."
    )
    fillers = predict("S20-2", text)
    assert not _mentions(fillers, "Victim")
    assert not _mentions(fillers, "PerpInd")


def test_the_same_bombing_told_as_a_fact_is_kept(predict: DossierMucPredictor) -> None:
    text = (
        "Guerrillas bombed the power station in the northern province, the interior ministry said."
    )
    assert "power station" in _mentions(predict("S20-3", text), "Target")


def test_a_denial_of_a_part_in_a_murder_keeps_the_murder(predict: DossierMucPredictor) -> None:
    # denying links with the deed is no denial that it happened
    text = (
        "The neighbouring government denied any links with the assassination of the labour "
        "minister, Ernesto Paredes Luna, by a commando of urban guerrillas."
    )
    assert "ernesto paredes luna" in _mentions(predict("S20-4", text), "Victim")


@pytest.mark.parametrize(
    "text",
    [
        "The crash killed the pilot, Rodrigo Velasco Pineda, and four passengers.",
        "The senator Luis Arbelaez Mora was killed in a road accident near the border town on "
        "Monday.",
        "The collision destroyed the bridge over the river and killed the driver, Mario Ortiz.",
    ],
)
def test_an_accident_is_no_attack(predict: DossierMucPredictor, text: str) -> None:
    assert _empty(predict("S20-5", text))


def test_an_explosion_that_kills_is_an_attack(predict: DossierMucPredictor) -> None:
    text = "The explosion destroyed the bridge over the river and killed the driver, Mario Ortiz."
    fillers = predict("S20-6", text)
    assert "bridge" in _mentions(fillers, "Target")
    assert "mario ortiz" in _mentions(fillers, "Victim")


def test_a_murder_recalled_as_context_fills_nothing(predict: DossierMucPredictor) -> None:
    text = (
        "The bishop asked the faithful to recall the murder of the journalist Ana Beltran Ruiz "
        "by paramilitaries."
    )
    assert _empty(predict("S20-7", text))


def test_the_same_murder_told_as_news_is_kept(predict: DossierMucPredictor) -> None:
    text = "Paramilitaries murdered the journalist Ana Beltran Ruiz on Sunday."
    assert "ana beltran ruiz" in _mentions(predict("S20-8", text), "Victim")
