"""Relations stated by verbs and nominal ties, round s22 (relB).

- A tie named as a noun with its state: "Relations between X and Y remain hostile",
  "X's relations with Y have been antagonistic" are hostility; "could become hostile",
  "improved", "cordial" or "strained" are not.
- The passive with its agents: "Y is accused by X and by Z of ..." (each agent accuses Y),
  "Y stands accused by X of ..."; an aside before the passive ("Y, in turn, is accused by X of
  V-ing W": Y did it to W, as reported).
- An incident laid at a group's door: "X attributes the bombing to Y" is an accusation; "the
  rise in attacks to Y's split" is none.
- "X accused both A and B of V-ing": each accused.
- "X is a faction that broke away from Y"; "X, a group headed by N, alias M, which broke
  away from Y".
- A force's men as the subject of operating: "X fighters were operating in P" (not the men
  fighting X, nor a negated or hypothetical statement asserted).
- "P1 and P2 remain in X hands": X controls both.

Short texts written for these tests (other conflicts and wordings than the development
reports), run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument

DATE = "Situation report, 3 March 2025.\n\n"


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=DATE + text, content_hash="s22v")
    return process_raw(raw)


def relations(text: str, predicate: str) -> set[tuple[str, str, str]]:
    """(subject name, object name or place text, certainty) of one predicate."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    out = set()
    for r in doc.relations:
        if r.predicate != predicate:
            continue
        obj = r.object_place.text if r.object_place else names.get(r.object_actor or "", "")
        out.add((names.get(r.subject, r.subject), obj, r.certainty))
    return out


def pairs(text: str, predicate: str, certainty: str = "asserted") -> set[tuple[str, str]]:
    return {(s, o) for s, o, c in relations(text, predicate) if c == certainty}


# -- nominal ties ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In Gaza and the West Bank alike, relations between Hamas and Fatah remain hostile.",
        "Hamas's relations with Fatah have been antagonistic since 2007.",
        "Relations between Hamas and Fatah are deeply hostile.",
    ],
)
def test_relations_between_two_sides_in_a_hostile_state(text: str) -> None:
    found = {frozenset(p) for p in pairs(text, "hostile_to")}
    assert frozenset({"Hamas", "Fatah"}) in found


@pytest.mark.parametrize(
    "text",
    [
        "Relations between Hamas and Fatah could become hostile if the talks fail.",
        "Relations between Hamas and Fatah improved after the Cairo deal.",
        "Relations between Hamas and Fatah are cordial, officials said.",
        "Relations between Hamas and Fatah are no longer hostile.",
        # strained ties between partners are no enmity
        "Relations between Hamas and Qatar have been strained since 2017.",
    ],
)
def test_relations_between_without_a_hostile_state(text: str) -> None:
    assert not pairs(text, "hostile_to")


# -- accusations -------------------------------------------------------------------------------


def test_passive_accusation_names_each_accuser() -> None:
    text = (
        "Since 2019 Hezbollah is accused by Israel and by the United States of moving rockets "
        "through Syria."
    )
    found = pairs(text, "accuses")
    assert ("Government of Israel", "Hezbollah") in found
    assert ("Government of the United States", "Hezbollah") in found


def test_stands_accused_by() -> None:
    text = "Hezbollah now stands accused by Amnesty International of firing cluster munitions."
    assert ("Amnesty International", "Hezbollah") in pairs(text, "accuses")


def test_passive_accusation_of_others_is_not_the_accuser_s() -> None:
    # the accused are villagers; the army is what they are said to have helped
    text = "In Colombia, villagers were accused by the ELN of collaborating with the army."
    found = {s for s, _, _ in relations(text, "accuses")}
    assert not any("Military" in o or "army" in o.lower() for o in found)
    assert not pairs(text, "hostile_to") or all(
        "ELN" not in s and "Liberation" not in s for s, _ in pairs(text, "hostile_to")
    )


def test_not_accused_by_is_no_accusation() -> None:
    text = "Hezbollah has denied the charge. Hezbollah was not accused by Israel of the attack."
    assert ("Government of Israel", "Hezbollah") not in pairs(text, "accuses")


def test_attribution_of_an_incident_is_an_accusation() -> None:
    text = "The Nigerian Army attributes the bombing in Maiduguri to Boko Haram."
    assert ("Nigerian Army", "Boko Haram") in {(s, o) for s, o, _ in relations(text, "accuses")}


@pytest.mark.parametrize(
    "text",
    [
        # a trend, and the group's split, are no incident laid at its door
        "The Nigerian Army attributes the rise in attacks to Boko Haram's split.",
        # what is attributed is a success, not an incident
        "The Nigerian Army attributes its recent gains to Boko Haram's weakness.",
    ],
)
def test_attribution_of_no_incident_is_no_accusation(text: str) -> None:
    assert not {(s, o) for s, o, _ in relations(text, "accuses") if o == "Boko Haram"}


def test_negated_attribution_is_not_asserted() -> None:
    text = "The Nigerian Army did not attribute the attack to Boko Haram."
    assert ("Nigerian Army", "Boko Haram") not in pairs(text, "accuses")


def test_accused_both() -> None:
    text = (
        "Doctors Without Borders accused both the Sudanese Armed Forces and the Rapid "
        "Support Forces of looting clinics in Darfur."
    )
    objects = {o for _, o, _ in relations(text, "accuses")}
    assert "Rapid Support Forces" in objects
    assert len(objects) == 2


# -- splits ------------------------------------------------------------------------------------


def test_is_a_faction_that_broke_away_from() -> None:
    text = (
        "Abu Sayyaf is a faction that broke away from the Moro National Liberation Front in 1991."
    )
    assert ("Abu Sayyaf Group", "Moro National Liberation Front") in pairs(text, "split_from")


@pytest.mark.parametrize(
    "text",
    [
        "Abu Sayyaf is not a faction that broke away from the Moro National Liberation Front.",
        "Abu Sayyaf is a faction that could break away from the Moro National Liberation Front.",
    ],
)
def test_no_split_without_a_stated_break(text: str) -> None:
    assert not pairs(text, "split_from")


def test_faction_led_by_with_alias_that_broke_away() -> None:
    text = (
        'Formed in 2014, Jund al-Aqsa, a group headed by Abu Omar, alias "the Sheikh", which '
        "broke away from Jabhat al-Nusra, fought in Idlib."
    )
    assert ("Jund al-Aqsa", "al-Nusra Front") in {
        (s, o) for s, o, _ in relations(text, "split_from")
    }


# -- areas of operation by a force's men -------------------------------------------------------


def test_force_men_operating_in() -> None:
    text = (
        "Last month about 500 Tigray Defense Forces fighters were operating in Gondar, local "
        "officials said."
    )
    assert {o for s, o, _ in relations(text, "operates_in") if s == "Tigray Defense Forces"} == {
        "Gondar"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tigray Defense Forces fighters were not operating in Gondar.",
        "Tigray Defense Forces fighters could operate in Gondar next year.",
    ],
)
def test_force_men_not_asserted(text: str) -> None:
    assert not {o for s, o in pairs(text, "operates_in") if s == "Tigray Defense Forces"}


def test_men_fighting_a_group_do_not_place_it() -> None:
    text = "Soldiers fighting the Tigray Defense Forces fighters operate in Gondar."
    assert not {o for s, o, _ in relations(text, "operates_in") if s == "Tigray Defense Forces"}


# -- control ---------------------------------------------------------------------------------


def test_places_remain_in_a_group_s_hands() -> None:
    text = "After the spring offensive, both Kandahar and Helmand remain in Taliban hands."
    assert {o for s, o in pairs(text, "controls") if s == "Taliban"} == {"Kandahar", "Helmand"}


@pytest.mark.parametrize(
    "text",
    [
        "Kandahar could remain in Taliban hands until the spring.",
        "Kandahar is no longer in Taliban hands.",
    ],
)
def test_no_hold_when_not_stated(text: str) -> None:
    assert not {o for s, o in pairs(text, "controls") if s == "Taliban"}


def test_a_group_s_remnants_remain_active() -> None:
    text = "Al-Shabaab was driven from the coast in 2012; its remnants remain active in Kismayo and Baidoa."
    assert {o for s, o in pairs(text, "operates_in") if s == "al-Shabaab"} == {
        "Kismayo",
        "Baidoa",
    }


def test_remnants_that_could_remain_active_are_not_asserted() -> None:
    text = (
        "Al-Shabaab was driven from the coast in 2012; the army says its remnants could remain "
        "active in Kismayo."
    )
    assert not {o for s, o in pairs(text, "operates_in") if s == "al-Shabaab"}


def test_men_with_a_participle_aside_operating_alongside_a_force() -> None:
    text = (
        "In Gondar, Tigray Defense Forces fighters, trained by Eritrean officers, operate "
        "alongside federal troops."
    )
    assert "Gondar" in {
        o for s, o, _ in relations(text, "operates_in") if s == "Tigray Defense Forces"
    }


# -- recruitment with an aside -------------------------------------------------------------


def test_recruiting_after_a_discourse_aside() -> None:
    text = "Boko Haram, meanwhile, is recruiting among the fishermen of Borno."
    assert {o for s, o in pairs(text, "recruits_in") if s == "Boko Haram"} == {"Borno"}


def test_draws_its_fighters_from_in_a_relative_clause() -> None:
    text = (
        "A drone killed a senior commander of the Taliban, which draws many of its fighters "
        "from Kandahar and Helmand, on Monday."
    )
    assert {o for s, o in pairs(text, "recruits_in") if s == "Taliban"} == {"Kandahar", "Helmand"}


def test_recruiting_a_source_says_is_reported() -> None:
    text = (
        "The Taliban, which diplomats believe has recruited in Peshawar since 2022, issued a "
        "denial."
    )
    assert ("Taliban", "Peshawar", "reported") in relations(text, "recruits_in")


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban, which draws criticism from Kabul, lost a commander on Monday.",
        "The Taliban, meanwhile, is not recruiting in Kandahar.",
    ],
)
def test_no_recruiting_asserted(text: str) -> None:
    assert not pairs(text, "recruits_in")
