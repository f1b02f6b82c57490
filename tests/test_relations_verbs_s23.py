"""Mergers read from the parse (relB, s23): "X was formed by merging A, B and C", "A and
B merged to form X" make each member ``merged_into`` the body; a negated, conditional,
planned or hoped-for merger makes none. Sentences written for these tests."""

from __future__ import annotations

from functools import lru_cache

import pytest

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="<text>", format="text", text=text, content_hash=str(hash(text)))
    return process_raw(raw)


def mergers(text: str) -> set[tuple[str, str]]:
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    return {
        (names[r.subject], names[str(r.object_actor)])
        for r in doc.relations
        if r.predicate == "merged_into" and r.certainty != "negated"
    }


def test_body_formed_by_merging_a_list_takes_every_member() -> None:
    got = mergers(
        "JNIM was set up in 2017 by merging Ansar Dine, al-Mourabitoun and the Macina "
        "Liberation Front."
    )
    bodies = {body for _, body in got}
    members = {m for m, _ in got}
    assert bodies == {"Jama'at Nusrat al-Islam wal-Muslimin"}
    assert {"Ansar Dine", "al-Mourabitoun", "Katiba Macina"} <= members


def test_created_by_uniting_two_movements() -> None:
    got = mergers(
        "The Front de Libération de l'Azawad was created by merging the MNLA, the HCUA and the MAA."
    )
    assert len(got) == 3
    assert all(body == "Azawad Liberation Front" for _, body in got)


def test_groups_that_merged_to_form_a_body() -> None:
    got = mergers("In 2017 Ansar Dine, al-Mourabitoun and the Katiba Macina merged to form JNIM.")
    members = {m for m, _ in got}
    assert {"Ansar Dine", "al-Mourabitoun", "Katiba Macina"} <= members


def test_partner_merger_goes_into_the_new_body_not_into_the_partner() -> None:
    got = mergers("In 2017 Ansar Dine merged with al-Mourabitoun to form JNIM.")
    assert ("Ansar Dine", "al-Mourabitoun") not in got
    assert {m for m, _ in got} >= {"Ansar Dine", "al-Mourabitoun"}


@pytest.mark.parametrize(
    "text",
    [
        # negated
        "The MNLA and the HCUA did not merge to form the Front de Libération de l'Azawad, officials said.",
        "JNIM was not set up by merging Ansar Dine and al-Mourabitoun.",
        # a condition
        "Should Ansar Dine and al-Mourabitoun merge to form a larger JNIM, the alliance would "
        "double in size.",
        # a modal of possibility
        "The MNLA and the HCUA could merge to form the Front de Libération de l'Azawad next year.",
        # a plan or a hope
        "The MNLA and the HCUA plan to merge to form the Front de Libération de l'Azawad.",
        "Ansar Dine hopes to merge with al-Mourabitoun to form a larger JNIM.",
        # the body is no organisation: a state made by uniting provinces
        "Tanzania was formed by merging Tanganyika and Zanzibar in 1964.",
        # founding with no merger: the founders are no members merged
        "JNIM was founded by Iyad Ag Ghaly and Amadou Koufa in 2017.",
        # a merger of whose result nothing is said
        "Ansar Dine and al-Mourabitoun fought each other near Kidal in 2016.",
        # formed by splitting, not merging
        "Jund al-Aqsa was formed by splitting from the Nusra Front in 2014.",
        # two groups in one paragraph: the second sentence's merger is not the first's
        "The MNLA attacked Kidal in May. The HCUA, meanwhile, was formed by defections.",
        # talks about merging
        "The MNLA and the HCUA held talks on merging their forces, the HCUA said.",
    ],
)
def test_no_merger_where_none_is_stated(text: str) -> None:
    assert mergers(text) == set()


# -- (relB, s23) wordings of presence, control, accusation; unnamed parties --------------------


def relations(text: str) -> set[tuple[str, str, str, str]]:
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    out = set()
    for r in doc.relations:
        if r.object_actor is not None:
            obj = names.get(r.object_actor, r.object_actor)
        else:
            obj = r.object_place.text if r.object_place is not None else ""
        out.add((names.get(r.subject, r.subject), r.predicate, obj, r.certainty))
    return out


def stated(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, c in relations(text) if p == predicate and c != "negated"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Officers reckon a few dozen Ansarul Islam combatants are still at large in Djibo.",
            "Djibo",
        ),
        ("ISWAP fighters are concentrated in Marte and Dikwa.", "Marte"),
        ("Boko Haram remnants are holed up in the Sambisa forest, the governor said.", "Sambisa"),
    ],
)
def test_group_men_somewhere_operate_there(text: str, place: str) -> None:
    assert any(p.startswith(place) for _, p in stated(text, "operates_in"))


@pytest.mark.parametrize(
    "text",
    [
        "Officers reckon that no Ansarul Islam combatants are still at large in Djibo.",
        "Troops hunting Ansarul Islam combatants are concentrated in Djibo.",
        "Soldiers fighting ISWAP militants are concentrated in Marte.",
        "Civilians fleeing Boko Haram are concentrated in camps in Maiduguri.",
    ],
)
def test_no_presence_for_absent_or_hunted_group(text: str) -> None:
    assert stated(text, "operates_in") == set()


@pytest.mark.parametrize(
    ("text", "holder", "place"),
    [
        (
            "Fighting resumed around Kalehe, a town that the M23 has held since March.",
            "March 23 Movement",
            "Kalehe",
        ),
        (
            "The army shelled Jilib, a town south of Kismayo that al-Shabaab has controlled since 2008.",
            "al-Shabaab",
            "Jilib",
        ),
        (
            "Residents fled Rann, a border town which ISWAP overran in January.",
            "Islamic State West Africa Province",
            "Rann",
        ),
    ],
)
def test_place_described_then_held(text: str, holder: str, place: str) -> None:
    assert (holder, place) in stated(text, "controls")


@pytest.mark.parametrize(
    "text",
    [
        "The army shelled Jilib, a town that al-Shabaab has never controlled.",
        "The army shelled Jilib, a town that al-Shabaab could seize within weeks.",
        "The army shelled Jilib, a town that al-Shabaab attacked in 2019.",
    ],
)
def test_described_place_not_held(text: str) -> None:
    assert stated(text, "controls") == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "On Friday the ELN put out a communique accusing the Colombian army of bombing farms.",
            ("National Liberation Army (Colombia)", "Military Forces of Colombia"),
        ),
        (
            "Hamas issued a statement on Sunday blaming Israel for the blast.",
            ("Hamas", "Government of Israel"),
        ),
        ("The Nigerian Army blamed the attack on Boko Haram.", ("Nigerian Army", "Boko Haram")),
    ],
)
def test_accusation_in_a_statement_or_blame(text: str, pair: tuple[str, str]) -> None:
    assert pair in stated(text, "accuses")


@pytest.mark.parametrize(
    "text",
    [
        "The ELN put out a communique about prisoners accused by the Colombian army of planting mines.",
        "Hamas issued a statement on Sunday praising Israel for the truce.",
        "The Nigerian Army blamed the delay on the rains, not on Boko Haram.",
        "The Nigerian Army did not blame the attack on Boko Haram.",
    ],
)
def test_no_accusation_where_none_is_made(text: str) -> None:
    assert stated(text, "accuses") == set()


def test_unnamed_gangs_hold_nothing() -> None:
    got = relations(
        "Soldiers returned to Martissant, a district which armed gangs have mostly ruled since 2021."
    )
    assert not any(p == "controls" for _, p, _, _ in got)


def test_two_groups_each_hostile_to_a_third() -> None:
    got = stated(
        "ISWAP and JAS fought for years around the lake. Both groups remain opposed to the "
        "Nigerian government.",
        "hostile_to",
    )
    assert ("Islamic State West Africa Province", "Government of Nigeria") in got
    assert ("Boko Haram", "Government of Nigeria") in got


@pytest.mark.parametrize(
    "text",
    [
        # three groups named: which two is not told
        "ISWAP, JAS and Ansaru fought for years. The two groups remain opposed to the "
        "Nigerian government.",
        # denied
        "ISWAP and JAS fought for years. Both groups are not opposed to the Nigerian government.",
        # only possible
        "ISWAP and JAS fought for years. Both groups could become opposed to the Nigerian "
        "government.",
    ],
)
def test_no_pair_hostility_where_the_pair_or_the_enmity_is_not_stated(text: str) -> None:
    got = stated(text, "hostile_to")
    assert not any(o == "Government of Nigeria" for _, o in got)


def test_where_clause_follows_the_nearest_place_only() -> None:
    got = stated(
        "The ADF keeps camps in Eringeti, Kamango and Mbau, and in Oicha, where it also enlists "
        "displaced youths.",
        "recruits_in",
    )
    places = {p for _, p in got}
    assert "Oicha" in places
    assert "Mbau" not in places


def test_strength_with_where_its_men_are() -> None:
    got = stated(
        "A UN panel reckons that the ADF counts some 1,500 men, mostly deployed in Beni and Lubero.",
        "operates_in",
    )
    assert {p for _, p in got} >= {"Beni", "Lubero"}


@pytest.mark.parametrize(
    "text",
    [
        "A UN panel reckons that the ADF counts some 1,500 men, but none in Lubero.",
        "The army keeps 1,500 soldiers chasing ADF rebels, concentrated in Lubero.",
    ],
)
def test_strength_without_a_place_of_the_group(text: str) -> None:
    got = stated(text, "operates_in")
    assert ("Allied Democratic Forces", "Lubero") not in got
