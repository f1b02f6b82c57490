"""Relations, round s17c: an armed act two actors share makes them allies only where it
strikes an armed foe ("joint operations against Y", "the raid was repulsed by X and Y"),
never where it strikes civilians, a town or a building, where "both" or "separately" says
each acted on its own, where the document calls the two foes elsewhere, or where a state's
force and a non-state armed group share it; and a leadership whose period has an end
("from 2013 to 2015", "2013-2015") is over: the man's later acts are not his old group's.

Short texts written for these tests, run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from dossier.extract.relation_memberships import period_over
from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@lru_cache(maxsize=32)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw)


def relations(text: str) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name or place text) of each relation."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    out = set()
    for r in doc.relations:
        obj = names.get(r.object_actor or "", "") or (r.object_place.text if r.object_place else "")
        out.add((names.get(r.subject, r.subject), r.predicate, obj))
    return out


def allies(text: str) -> set[tuple[str, str, str]]:
    return {r for r in relations(text) if r[1] == "allied_with"}


@pytest.mark.parametrize(
    "text",
    [
        # a shared target that is no armed foe: enemies may both have struck it
        "The Sudanese Armed Forces and the Rapid Support Forces shelled a hospital in El Fasher.",
        "Al-Shabaab and the Somali National Army killed several herders near Baidoa last year.",
        # "both": each did it on its own
        "Both the Houthis and the Saudi-led coalition bombed a fuel depot near Sanaa.",
        "Hezbollah and Hamas have both attacked Israeli forces over the past decade.",
    ],
)
def test_shared_act_on_no_armed_foe_or_both_is_no_alliance(text: str) -> None:
    assert not allies(text)


def test_state_force_and_armed_group_striking_one_foe_are_no_allies() -> None:
    text = "The Nigerian Army and ISWAP attacked Boko Haram positions around Lake Chad."
    assert not allies(text)


def test_foes_elsewhere_in_the_document_are_no_allies_from_one_shared_act() -> None:
    text = (
        "JNIM clashed with the Islamic State Sahel Province near Menaka in May. "
        "In June, JNIM and the Islamic State Sahel Province ambushed a Malian army convoy."
    )
    assert not allies(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The militants' raid on the airstrip was repulsed by the Somali National Army "
            "and AMISOM.",
            ("Somali National Army", "African Union Mission in Somalia"),
        ),
        (
            "Hezbollah and Hamas launched a joint offensive against Israeli forces.",
            ("Hezbollah", "Hamas"),
        ),
    ],
)
def test_shared_act_on_an_armed_foe_still_makes_allies(text: str, pair: tuple[str, str]) -> None:
    found = {frozenset((s, o)) for s, _, o in allies(text)}
    assert frozenset(pair) in found


@pytest.mark.parametrize(
    ("period", "over"),
    [
        ("former", True),
        ("until 2019", True),
        ("from 2011 to 2016", True),
        ("between 2011 and 2016", True),
        ("2011–2016", True),
        ("from March to June 2020", True),
        ("since 2014", False),
        ("since mid-2015", False),
        ("from 2011", False),
        ("in 2020", False),
        ("since he moved to Niger in 2019", False),
        (None, False),
    ],
)
def test_a_period_with_an_end_is_over(period: str | None, over: bool) -> None:
    assert period_over(period) is over


def test_a_man_who_led_a_group_over_a_closed_range_acts_on_his_own_now() -> None:
    text = (
        "Mokhtar Belmokhtar led al-Mourabitoun from 2013 to 2015. "
        "In 2017, Mokhtar Belmokhtar attacked a police post in Agadez."
    )
    found = relations(text)
    assert ("Mokhtar Belmokhtar", "leader_of", "al-Mourabitoun") in found
    assert not any(s == "al-Mourabitoun" and p == "operates_in" for s, p, _ in found)


def test_a_man_who_leads_a_group_now_acts_for_it() -> None:
    text = (
        "Mokhtar Belmokhtar has led al-Mourabitoun since 2013. "
        "In 2017, Mokhtar Belmokhtar attacked a police post in Agadez."
    )
    found = relations(text)
    assert any(s == "al-Mourabitoun" and p == "operates_in" for s, p, _ in found)


def test_a_non_aggression_pact_is_no_alliance() -> None:
    text = "Al-Shabaab signed a non-aggression pact with Hizbul Islam in 2009."
    assert not allies(text)
    assert allies("Al-Shabaab announced a pact with Hizbul Islam in 2009.")


def test_a_tie_that_collapsed_within_days_is_over_not_dated_by_the_duration() -> None:
    doc = document("The alliance between Hamas and Hezbollah collapsed within weeks.")
    periods = [r.period for r in doc.relations if r.predicate == "allied_with"]
    assert periods == ["former"]


def test_a_state_force_and_an_armed_group_repelling_one_attack_are_allies() -> None:
    text = (
        "The assault on the garrison was repulsed by the Sudanese Armed Forces and the "
        "Sudan Liberation Movement."
    )
    found = {frozenset((s, o)) for s, _, o in allies(text)}
    assert any("Sudanese Armed Forces" in pair for pair in found)
