"""(rel2, s23) Relations stated in a relative clause on an organisation ("the X coalition
that fights alongside Z against Y") and membership of a coalition the text names by a
group's name and a coalition noun ("X, part of the Y coalition"). Sentences written for
these tests, about conflicts and in wordings of their own."""

from __future__ import annotations

from functools import lru_cache

import pytest

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="<text>", format="text", text=text, content_hash=str(hash(text)))
    return process_raw(raw)


def stated(text: str, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) names of the asserted or reported ``predicate`` relations."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    return {
        (names.get(r.subject, r.subject), names.get(r.object_actor, r.object_actor))
        for r in doc.relations
        if r.predicate == predicate and r.object_actor is not None and r.certainty != "negated"
    }


@pytest.mark.parametrize(
    ("text", "group", "ally", "enemy"),
    [
        (
            "The Sudan Shield Forces, a militia which fights alongside the Sudanese Armed "
            "Forces against the RSF, shelled the camp.",
            "Sudan Shield Forces",
            "Sudanese Armed Forces",
            "Rapid Support Forces",
        ),
        (
            "Kata'ib Hezbollah, whose fighters fought in Syria, is a militia that fought "
            "alongside the Syrian army against the Islamic State.",
            "Kata'ib Hezbollah",
            "Syrian Arab Army",
            "Islamic State",
        ),
        (
            "The Hashd al-Shaabi, which fought alongside the Iraqi army against the Islamic "
            "State in 2017, now guards the border.",
            "Popular Mobilization Forces",
            "Iraqi Security Forces",
            "Islamic State",
        ),
        (
            "Jund al-Aqsa joined the Ahrar al-Sham coalition, which fought alongside HTS "
            "against the Syrian army in 2015.",
            "Ahrar al-Sham",
            "Hay'at Tahrir al-Sham",
            "Syrian Arab Army",
        ),
    ],
)
def test_relative_clause_gives_ally_and_enemy_of_its_organisation(
    text: str, group: str, ally: str, enemy: str
) -> None:
    assert (group, ally) in stated(text, "allied_with")
    assert (group, enemy) in stated(text, "hostile_to")


def test_coalition_named_by_a_group_name_and_a_coalition_noun() -> None:
    text = "The CODECO, part of the Wazalendo coalition, took the town."
    assert ("CODECO", "Wazalendo") in stated(text, "member_of")
    assert ("CODECO", "Wazalendo") in stated(
        "The CODECO is part of the Wazalendo coalition.", "member_of"
    )


@pytest.mark.parametrize(
    "text",
    [
        # no fighting: fleeing or travelling beside a force
        "The villagers, who fled alongside the Nigerian army, reached Maiduguri.",
        "Reporters who travelled alongside the Nigerian army against their will saw ISWAP "
        "positions.",
        # the clause is on people, not on an organisation
        "Residents who fought against Boko Haram were arrested by the Nigerian army.",
        # only possible, or a condition
        "The CJTF, a group that could fight alongside the Nigerian army against ISWAP next "
        "year, is recruiting.",
        "If the CJTF fought alongside the Nigerian army against ISWAP, the war would change.",
    ],
)
def test_no_alliance_or_enmity_where_the_clause_states_none(text: str) -> None:
    allied = stated(text, "allied_with")
    assert ("Civilian Joint Task Force", "Nigerian Army") not in allied
    assert ("Nigerian Army", "Civilian Joint Task Force") not in allied
    # only the state force may be read as a side (from an event), never the clause's group
    assert all(s == "Nigerian Army" for s, _ in stated(text, "hostile_to"))


def test_negated_clause_makes_no_alliance() -> None:
    text = "The Nigerian army, which has never fought alongside the CJTF, denied the claim."
    assert stated(text, "allied_with") == set()


@pytest.mark.parametrize(
    "text",
    [
        # a state's coalition is one it leads: its partners are no members of the state
        "Bahrain, part of the Saudi coalition, sent jets to Yemen.",
        "The United Arab Emirates is part of the US coalition against the Islamic State.",
        # denied
        "ISWAP is not part of the JAS alliance.",
    ],
)
def test_no_coalition_membership_of_a_state_or_a_denied_one(text: str) -> None:
    assert stated(text, "member_of") == set()
