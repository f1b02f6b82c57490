"""Relations, round s20 (rel3): ties between organisations a report states in passing.

- relational nouns an apposition or copula puts a group in ("X, the civilian façade of Y",
  "X, the backbone of Y", "X, a brigade of Y", "X was a client of Y") are
  data (``relation_heads.yaml``: head_nouns) read by the apposition/copula mechanism; a
  person bearing such a noun is refused;
- a participle on an alliance's name lists its members ("X, comprising A and B", "X,
  composed of A and B", "X, bringing together A and B, launched ..."); "make up"/"compose"
  count only as a participle, and a participle of fighting or a plan lists no one.

Short texts written for these tests (other conflicts than the reports that inspired them),
run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

import pytest
from test_relations_s18 import document, relations


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for (s, p, o) in relations(text) if p == predicate}


def _asserted(text: str, predicate: str) -> set[tuple[str, str]]:
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    return {
        (names.get(r.subject, r.subject), names.get(r.object_actor or "", ""))
        for r in doc.relations
        if r.predicate == predicate and r.certainty != "negated"
    }


# -- relational nouns in apposition or after a copula -----------------------------------------


@pytest.mark.parametrize(
    ("text", "predicate", "pair"),
    [
        (
            "The Syrian Salvation Government, the civilian façade of Hayat Tahrir al-Sham, "
            "issued a decree on Monday.",
            "affiliate_of",
            ("Syrian Salvation Government", "Hay'at Tahrir al-Sham"),
        ),
        (
            "The Syrian Salvation Government is a facade for Hayat Tahrir al-Sham.",
            "affiliate_of",
            ("Syrian Salvation Government", "Hay'at Tahrir al-Sham"),
        ),
        (
            "The People's Protection Units (YPG), the backbone of the Syrian Democratic "
            "Forces (SDF), repelled the assault.",
            "member_of",
            ("People's Defense Units", "Syrian Democratic Forces"),
        ),
        (
            "The Kataib Sayyid al-Shuhada, a brigade of the Popular Mobilization Forces, "
            "fired rockets at the base.",
            "branch_of",
            ("Kata'ib Sayyid al-Shuhada", "Popular Mobilization Forces"),
        ),
        (
            "The Nusra Front was a client of al-Qaeda for years.",
            "supports",
            ("al-Qaeda", "al-Nusra Front"),
        ),
    ],
)
def test_a_relational_noun_in_apposition_states_the_tie(
    text: str, predicate: str, pair: tuple[str, str]
) -> None:
    assert pair in _asserted(text, predicate)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a person is no group's backbone or façade
        (
            "Abu Mohammad al-Jawlani, the backbone of Hayat Tahrir al-Sham, spoke on Monday.",
            "member_of",
        ),
        # a question about what may become a façade states nothing
        (
            "Analysts asked whether the Syrian Salvation Government could become a façade of "
            "Hayat Tahrir al-Sham.",
            "affiliate_of",
        ),
        # an office or a cell attacked is the foe's, not the attacker's
        (
            "The People's Protection Units (YPG) attacked the office of the Syrian Democratic "
            "Forces (SDF).",
            "branch_of",
        ),
        (
            "The Syrian Democratic Forces (SDF) shelled a cell of the Islamic State in Deir "
            "ez-Zor.",
            "branch_of",
        ),
        # a bureaucratic body of an international organisation is no armed group's part
        ("The UN refugee agency UNHCR said 2,000 people had fled the fighting.", "branch_of"),
        # "core" as an adjective of a target names no member
        (
            "Hezbollah struck the headquarters of the Israel Defense Forces, a core target.",
            "member_of",
        ),
        # a former backbone of a junta, attacked: no membership of the attacker
        (
            "The Arakan Army attacked the Myanmar military, once the backbone of the junta.",
            "member_of",
        ),
    ],
)
def test_a_relational_noun_refuses_persons_plans_and_targets(text: str, predicate: str) -> None:
    assert not _asserted(text, predicate)


def test_a_denied_facade_is_not_asserted() -> None:
    text = (
        "The Syrian Salvation Government is not a façade of Hayat Tahrir al-Sham, its "
        "officials insist."
    )
    assert not _asserted(text, "affiliate_of")


# -- members listed by a participle on an alliance's name ---------------------------------------

_MEMBERS = {"Arakan Army", "Ta'ang National Liberation Army"}


@pytest.mark.parametrize(
    "text",
    [
        "The Three Brotherhood Alliance, comprising the Arakan Army and the Ta'ang National "
        "Liberation Army, launched an offensive.",
        "The Three Brotherhood Alliance, bringing together the Arakan Army and the Ta'ang "
        "National Liberation Army, launched an offensive.",
        "The Three Brotherhood Alliance, composed of the Arakan Army and the Ta'ang National "
        "Liberation Army, launched an offensive.",
    ],
)
def test_a_participle_on_an_alliance_lists_its_members(text: str) -> None:
    members = {s for s, o in _pairs(text, "member_of") if o == "Three Brotherhood Alliance"}
    assert members >= _MEMBERS


@pytest.mark.parametrize(
    "text",
    [
        # fighting two groups makes them no members
        "The Three Brotherhood Alliance, fighting the Arakan Army and the Ta'ang National "
        "Liberation Army, launched an offensive.",
        # a plan to include
        "The Three Brotherhood Alliance may soon include the Arakan Army.",
        # a participle on a clause that gathers no named actor
        "The Three Brotherhood Alliance launched an offensive, bringing together fighters "
        "and weapons.",
        # an army is no alliance: "including" lists no members of it
        "The army, including the Arakan Army, attacked the town.",
        # a gathering by an armed group that is no alliance
        "Al-Shabaab fighters attacked the Somali National Army, bringing together hundreds "
        "of fighters.",
    ],
)
def test_no_members_from_fighting_plans_or_non_alliances(text: str) -> None:
    assert not _asserted(text, "member_of")
