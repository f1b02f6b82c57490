"""MUC-4 role mapping: the wording of role fillers the answer keys use (names without role
nouns or titles, in their fullest form; no bare general target next to specific ones; a
government named after its head), and the truecaser's three-word Spanish names."""

from __future__ import annotations

from test_eval_muc4_s12 import _roles, predictor

from dossier.eval.muc4_dossier import DossierMucPredictor, truecase

__all__ = ["predictor"]  # the module-scoped fixture, shared with test_eval_muc4_s12


def test_a_victim_is_named_without_the_role_noun_before_the_name(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "QUITO, 12 MAY 90 -- Unknown gunmen shot dead Jesuit Alberto Vidaurre in Quito on Friday."
    )
    assert _roles(predictor, text)["Victim"] == [["Alberto Vidaurre"]]


def test_a_victim_is_named_without_a_courtesy_title(predictor: DossierMucPredictor) -> None:
    text = "LA PAZ, 12 MAY 90 -- Two men kidnapped Mrs Lucia Arce de Soto in La Paz on Friday."
    assert _roles(predictor, text)["Victim"] == [["Lucia Arce de Soto"]]


def test_a_victim_named_by_surnames_takes_the_full_name_given_elsewhere(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- The body of Rogelio Quispe Huaman was found on Monday. Rebels "
        "killed Quispe Huaman near Ayacucho."
    )
    assert _roles(predictor, text)["Victim"] == [["Rogelio Quispe Huaman"]]


def test_a_perpetrator_named_by_surnames_is_one_entity_at_the_full_name(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- Police say Ramiro Zapata Olmos, a cartel boss, ordered the "
        "attack. On Friday, Zapata Olmos shot the mayor of Pasto."
    )
    assert _roles(predictor, text)["PerpInd"] == [["Ramiro Zapata Olmos"]]


def test_a_bare_general_target_beside_a_specific_one_is_left_out(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "LIMA, 12 MAY 90 -- Guerrillas bombed the Banco Andino branch and a building in "
        "Cuenca on Friday."
    )
    assert _roles(predictor, text)["Target"] == [["Banco Andino branch"]]


def test_a_government_named_after_its_head_is_a_perpetrator_organisation(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- The union said Ernesto Valdez's government bombed the "
        "offices of the newspaper El Faro."
    )
    assert _roles(predictor, text)["PerpOrg"] == [["Ernesto Valdez's government"]]


def test_the_truecaser_keeps_a_second_surname_after_a_given_name_and_surname() -> None:
    assert truecase("police found the body of carlos mendez leal near the river.") == (
        "Police found the body of Carlos Mendez Leal near the river."
    )
    assert truecase("the abduction of ricardo ortega parker, a banker, on monday.") == (
        "The abduction of Ricardo Ortega Parker, a banker, on Monday."
    )


def test_the_truecaser_capitalises_a_found_surname_next_to_a_name_elsewhere() -> None:
    assert truecase("the arrest of manuel martinez oquendo. later martinez oquendo fled.") == (
        "The arrest of Manuel Martinez Oquendo. Later Martinez Oquendo fled."
    )
