"""MUC-4 role mapping, round 17 (second pass): the regressions a review found in the first
pass, each on the reviewer's sentence, and the typed word lists the rules read.

- A tally needs a cue of many incidents (a plural count word, a period, a perfect verb with no
  weapon); one incident's large toll is an incident.
- A surname alone is merged into a fuller name only where it cannot be another person, and a
  person fills neither role only when both mentions are that one person.
- State forces coordinated with insurgents as doers of one deed are perpetrators with them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_eval_muc4_s12 import _roles, predictor

from dossier.eval import muc4_lexicon
from dossier.eval.muc4_dossier import DossierMucPredictor, annotate_text
from dossier.eval.muc4_roles import _RoleMapper
from dossier.records import DateValue

__all__ = ["predictor"]  # the module-scoped fixture, shared with test_eval_muc4_s12


def _mentions(roles: dict, role: str) -> list[str]:
    return [m for e in roles.get(role, []) for m in e]


# ---- tallies


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTA, 12 MAY 90 -- A bomb placed by The Extraditables killed 107 passengers on board "
        "the Avianca jet.",
        "BOGOTA, 12 MAY 90 -- The Extraditables killed 107 passengers with a bomb on Friday.",
    ],
)
def test_one_incident_with_over_a_hundred_victims_is_an_incident(
    predictor: DossierMucPredictor, text: str
) -> None:
    roles = _roles(predictor, text)
    assert _mentions(roles, "PerpOrg") == ["The Extraditables"]
    assert _mentions(roles, "Weapon") == ["bomb"]


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, 12 MAY 90 -- The rebels have killed hundreds of peasants in the northern provinces.",
        "LIMA, 12 MAY 90 -- The guerrillas have killed 240 civilians since the start of the war.",
    ],
)
def test_a_count_over_a_period_or_many_incidents_is_a_tally(
    predictor: DossierMucPredictor, text: str
) -> None:
    assert _roles(predictor, text) == {}


def test_a_weapon_tells_one_incident_even_with_hundreds_of_victims(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- On Friday, a car bomb planted by drug traffickers killed hundreds "
        "of people in Cali."
    )
    roles = _roles(predictor, text)
    assert _mentions(roles, "PerpInd") == ["drug traffickers"]
    assert _mentions(roles, "Weapon") == ["car bomb"]


# ---- people sharing a surname


def test_two_people_sharing_a_surname_stay_two(predictor: DossierMucPredictor) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- Terrorists killed peasant leader Pedro Garcia. Lieutenant "
        "Garcia, who was in the area, killed the terrorists."
    )
    roles = _roles(predictor, text)
    assert _mentions(roles, "Victim") == ["Pedro Garcia"]
    assert "Pedro Garcia" not in _mentions(roles, "PerpInd")
    assert "Terrorists" in _mentions(roles, "PerpInd")


def test_a_surname_alone_with_no_other_role_is_the_full_name(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- Gunmen shot dead Judge Ramiro Quevedo Lince on Friday. Police said "
        "Quevedo had received threats from drug traffickers."
    )
    assert _mentions(_roles(predictor, text), "Victim") == ["Ramiro Quevedo Lince"]


# ---- forces and insurgents


def test_forces_coordinated_with_insurgents_as_doers_are_perpetrators(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- On Friday, guerrillas and soldiers killed 12 peasants in a "
        "crossfire in Chalatenango, the church said."
    )
    assert _mentions(_roles(predictor, text), "PerpInd") == ["guerrillas", "soldiers"]


def test_forces_repelling_insurgent_attackers_are_the_side_attacked(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "TEGUCIGALPA, 12 MAY 90 -- Guerrillas attacked the town of El Paraiso; troops of the "
        "fourth brigade repelled the attack and killed three rebels."
    )
    assert _mentions(_roles(predictor, text), "PerpInd") == ["Guerrillas"]


def test_armed_men_are_not_insurgents() -> None:
    lex = muc4_lexicon.load_lexicon()
    assert "armed" not in lex.insurgent_words
    assert lex.insurgent_words <= lex.armed_adjectives  # one list, joined by the loader


# ---- typed word lists


def test_a_word_list_missing_from_the_lexicon_fails_loudly(tmp_path: Path) -> None:
    raw = yaml.safe_load((muc4_lexicon.DATA / "lexicon.yaml").read_text(encoding="utf-8"))
    raw["insurgent_word"] = raw.pop("insurgent_words")  # a misspelt key
    (tmp_path / "lexicon.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    (tmp_path / "organizations.yaml").write_text(
        (muc4_lexicon.DATA / "organizations.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    with pytest.raises(KeyError):
        muc4_lexicon.load_lexicon.__wrapped__(tmp_path)


# ---- counted sets of things


def test_a_counted_set_of_general_things_is_a_target_of_its_own(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- Rebels dynamited the Banco Cuscatlan branch in Usulutan on "
        "Friday. Later, the rebels burned seven vehicles near the bridge."
    )
    targets = _mentions(_roles(predictor, text), "Target")
    assert "vehicles" in targets
    assert any("Banco Cuscatlan" in t for t in targets)


def test_a_definite_general_noun_beside_a_named_target_is_its_second_mention(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- Rebels dynamited the Banco Cuscatlan branch in Usulutan on "
        "Friday. The building was destroyed."
    )
    assert "building" not in _mentions(_roles(predictor, text), "Target")


def test_a_counted_set_told_item_by_item_is_its_items(predictor: DossierMucPredictor) -> None:
    text = (
        "NEIVA, 12 MAY 90 -- Guerrillas burned three vehicles on the coastal road -- a Health "
        "Ministry ambulance, a fuel truck loaded with diesel, and a station wagon."
    )
    targets = _mentions(_roles(predictor, text), "Target")
    assert "fuel truck" in targets
    assert "vehicles" not in targets


def test_a_courtesy_title_is_no_role_that_tells_two_people_apart() -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- Gunmen shot dead union leader Ramiro Quevedo Lince. Mr Quevedo "
        "had received threats. Lieutenant Quevedo of the police said nothing."
    )
    annotated = annotate_text(text, DateValue("1990-05-12", "day"))
    mapper = _RoleMapper(annotated)
    doc = annotated.doc
    mr, lieutenant = [t for t in doc if t.text == "Quevedo"][1:3]
    assert mapper._longest_name("Quevedo", mr) == "Ramiro Quevedo Lince"
    assert mapper._longest_name("Quevedo", lieutenant) == "Quevedo"
