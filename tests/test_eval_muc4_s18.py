"""MUC-4 role mapping and truecasing, round 18: conventions of the answer keys and casing
errors that any report may hit, whatever its names.

- A gazetteer acronym that is an English adverb or particle ("far", "up") is no
  organisation in lower case, and the truecaser does not upper-case it on its own.
- A hedge before a filler ("alleged", "suspected") is not part of it (MUC-4 records the
  certainty in its own slot).
- People named with their organisation are the head's phrase ("terrorists of the X",
  "Pro-Castro X guerrillas": "terrorists", "guerrillas"); a membership noun keeps the
  organisation ("members of the ...").

The texts are written for these tests.
"""

from __future__ import annotations

from test_eval_muc4_s12 import _roles, predictor

from dossier.eval.muc4_dossier import DossierMucPredictor, truecase

__all__ = ["predictor"]  # the module-scoped fixture, shared with test_eval_muc4_s12


def _mentions(roles: dict, role: str) -> list[str]:
    return [m.lower() for e in roles.get(role, []) for m in e]


# ---- acronyms that are English words


def test_truecaser_leaves_an_adverb_acronym_in_lower_case() -> None:
    text = "as far as we know, the rebels set up a roadblock and the far claimed it."
    cased = truecase(text)
    assert " far as " in cased
    assert " set up " in cased


def test_truecaser_still_capitalises_other_acronyms() -> None:
    assert "FMLN" in truecase("the fmln attacked the town.")


def test_a_lower_case_adverb_acronym_names_no_perpetrator(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "QUITO, 12 MAY 90 -- As far as the police know, gunmen shot dead the mayor, Jorge "
        "Paredes, in Esmeraldas on Friday."
    )
    roles = _roles(predictor, text)
    assert "far" not in _mentions(roles, "PerpOrg")
    assert "jorge paredes" in _mentions(roles, "Victim")


# ---- hedges and organisations in the perpetrator phrase


def test_a_hedge_is_no_part_of_the_perpetrator(predictor: DossierMucPredictor) -> None:
    text = (
        "LA PAZ, 12 MAY 90 -- Alleged urban guerrillas bombed the offices of the Banco "
        "Nacional in Cochabamba on Friday."
    )
    perps = _mentions(_roles(predictor, text), "PerpInd")
    assert "urban guerrillas" in perps
    assert not any(p.startswith("alleged") for p in perps)


def test_people_of_an_organisation_are_the_head_phrase(predictor: DossierMucPredictor) -> None:
    text = (
        "LIMA, 12 MAY 90 -- Terrorists of the Shining Path dynamited the Rio Seco bridge in "
        "Ayacucho on Friday."
    )
    roles = _roles(predictor, text)
    assert _mentions(roles, "PerpInd") == ["terrorists"]
    assert _mentions(roles, "PerpOrg") == ["shining path"]


def test_members_keep_their_organisation(predictor: DossierMucPredictor) -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- Members of the ELN kidnapped the engineer Carlos Mejia in "
        "Arauca on Friday."
    )
    roles = _roles(predictor, text)
    assert _mentions(roles, "PerpInd") == ["members of the eln"]


def test_words_before_the_organisation_name_are_the_organisations(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- Pro-Castro ELN guerrillas blew up the Cano Limon pipeline in "
        "Arauca on Friday."
    )
    roles = _roles(predictor, text)
    assert _mentions(roles, "PerpInd") == ["guerrillas"]
    assert _mentions(roles, "PerpOrg") == ["eln"]
