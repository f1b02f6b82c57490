"""MUC-4 role mapping, round 22: doers and victims that make no terrorist incident's fillers.

A crowd told by its count ("more than 60 people") is no perpetrator unless a word tells what the
people were ("four unidentified persons"); common criminals are no terrorist doers (state forces
attacking civilians are), nor is a bare group noun ("the group"); military units of a war ("the
X Battalion", "the contras") are no perpetrator organisation; a bare surname is no victim, a
given name alone is. Each sentence is written for these tests (invented places and people); the
real model runs.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.eval.muc4 import RoleFillers, normalize
from dossier.eval.muc4_dossier import DossierMucPredictor
from dossier.eval.muc4_roles import _RoleMapper


@lru_cache(maxsize=1)
def _predictor() -> DossierMucPredictor:
    return DossierMucPredictor(casing="lower")  # keeps the text as written


def _roles(text: str) -> RoleFillers:
    return _predictor()("x", text)


def _mentions(fillers: RoleFillers, role: str) -> set[str]:
    return {normalize(m) for entity in fillers.get(role, ()) for m in entity}


# ---- a counted crowd


def test_a_crowd_told_by_its_count_is_no_perpetrator() -> None:
    for text in (
        "More than 60 people attacked the Velmora town hall with stones on Friday and set "
        "fire to two police cars.",
        "Four people stormed the Dalvik radio station on Monday and burned its transmitter.",
    ):
        fillers = _roles(text)
        assert not _mentions(fillers, "PerpInd"), (text, fillers)
        assert _mentions(fillers, "Target"), (text, fillers)  # the deed still hit something


def test_counted_doers_told_by_what_they_were_stay_perpetrators() -> None:
    fillers = _roles("Four unidentified persons set fire to the Dalvik radio station on Monday.")
    assert "four unidentified persons" in _mentions(fillers, "PerpInd"), fillers
    fillers = _roles(
        "Four gunmen stormed the Dalvik radio station on Monday and burned its transmitter."
    )
    assert "four gunmen" in _mentions(fillers, "PerpInd"), fillers


# ---- doers of no terrorist incident


def test_common_criminals_are_no_perpetrators() -> None:
    fillers = _roles(
        "Common criminals shot dead the merchant Anselmo Ruiz Tabar on Sunday in the market "
        "of Orteza."
    )
    assert not _mentions(fillers, "PerpInd"), fillers


def test_state_forces_attacking_civilians_stay_perpetrators() -> None:
    fillers = _roles("Two policemen machinegunned the Orlan bus terminal on Sunday.")
    assert "two policemen" in _mentions(fillers, "PerpInd"), fillers


def test_a_battalion_or_the_contras_is_no_perpetrator_organisation() -> None:
    fillers = _roles("The Tizoc Battalion burned the Pelma cooperative on Thursday.")
    assert not _mentions(fillers, "PerpOrg"), fillers
    fillers = _roles(
        "In the village of Pelma on Thursday, soldiers from the Tizoc Battalion killed the "
        "peasant Rufino Lara Ochoa."
    )
    assert not _mentions(fillers, "PerpOrg"), fillers
    assert "rufino lara ochoa" in _mentions(fillers, "Victim"), fillers
    fillers = _roles("The contras murdered the teacher Amalia Ferro Quiroz near the border.")
    assert "contras" not in _mentions(fillers, "PerpOrg"), fillers
    assert "amalia ferro quiroz" in _mentions(fillers, "Victim"), fillers


def test_a_bare_group_noun_names_no_perpetrator() -> None:
    for text in (
        "The group burned the Orlan bus terminal on Sunday and fled toward the hills.",
        "A unit attacked the Orlan power station with explosives on Sunday.",
    ):
        fillers = _roles(text)
        assert not _mentions(fillers, "PerpInd"), (text, fillers)
        assert _mentions(fillers, "Target"), (text, fillers)
    fillers = _roles("An armed group set fire to the Orlan bus terminal on Sunday.")
    assert "armed group" in _mentions(fillers, "PerpInd"), fillers


# ---- a bare surname is no victim; a given name alone is


def test_a_given_name_alone_stays_a_victim() -> None:
    fillers = _roles("Gunmen shot dead Jorge outside the Pelma clinic on Monday.")
    assert "jorge" in _mentions(fillers, "Victim"), fillers


def test_a_bare_surname_is_no_victim() -> None:
    # the pipeline rarely gives a lone surname as a victim; the mapper's last step is checked
    # on a really annotated sentence, with the victims it would have read
    predictor = _predictor()
    annotated = predictor.annotate("x", "Gunmen attacked the Pelma clinic on Monday.")
    mapper = _RoleMapper(annotated)
    for name in ("Villalobos", "Jorge", "Ignacio Ortuzar Vela"):
        mapper.add("Victim", name)
    victims = {normalize(m[0]) for m in mapper.fillers()["Victim"]}
    assert victims == {"jorge", "ignacio ortuzar vela"}, victims
