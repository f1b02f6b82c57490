"""Relations, round s18: the structures that carry a relation to several actors, or to an
actor through a common noun, read off the parse on any wording:

- lists: "X is a member of Y together with A and B", "an alliance that brings together A
  and B", "faces armed groups, among them A and B", "A and B, which have been recruiting
  in P" (a plural relative clause is both's);
- passive and participle agents across a title ("led by its commander-in-chief, General
  N"), "stands accused by Y of ...";
- verb arguments whose head is a common noun carrying the actor ("targets Y officials",
  "accused the Y government of arming Z fighters");
- role nouns: "chief spokesman" is a member, "a local commander" a member, not a leader;
- a place "in the hands of X" / "in X hands".

Short texts written for these tests (other conflicts than the reports that inspired them),
run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw)


def relations(text: str) -> dict[tuple[str, str, str], str]:
    """(subject name, predicate, object name or place text) -> certainty."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    out = {}
    for r in doc.relations:
        obj = names.get(r.object_actor or "", "") or (r.object_place.text if r.object_place else "")
        out[(names.get(r.subject, r.subject), r.predicate, obj)] = r.certainty
    return out


def test_together_with_gives_the_membership_to_each_named() -> None:
    rels = relations(
        "The Houthis are a member of the Axis of Resistance together with Hezbollah and "
        "Kataib Hezbollah."
    )
    assert ("Hezbollah", "member_of", "Axis of Resistance") in rels
    assert ("Kata'ib Hezbollah", "member_of", "Axis of Resistance") in rels
    assert ("Houthis", "member_of", "Axis of Resistance") in rels


def test_body_verb_names_the_members_of_an_alliance() -> None:
    rels = relations(
        "The Mujahideen Shura Council — an alliance set up in 2014 that unites Ansar "
        "al-Sharia and the Abu Salim Martyrs Brigade — seized Derna."
    )
    assert ("Ansar al-Sharia", "member_of", "Mujahideen Shura Council") in rels
    assert ("Abu Salim Martyrs Brigade", "member_of", "Mujahideen Shura Council") in rels


@pytest.mark.parametrize(
    "text",
    [
        # what is no body names no members
        "The attack included fighters from Boko Haram and ISWAP.",
        "The report includes interviews with ISWAP defectors and Boko Haram deserters.",
    ],
)
def test_include_without_a_body_names_no_members(text: str) -> None:
    assert not [r for r in relations(text) if r[1] == "member_of"]


def test_a_generic_noun_and_its_list_each_take_the_predicate() -> None:
    rels = relations(
        "The Free Syrian Army faces jihadist groups, among them Hayat Tahrir al-Sham and "
        "Hurras al-Din, which analysts say have been recruiting in Idlib."
    )
    assert ("Free Syrian Army", "hostile_to", "Hay'at Tahrir al-Sham") in rels
    assert ("Free Syrian Army", "hostile_to", "Hurras al-Din") in rels
    # the plural relative clause is both's, and what analysts say is reported
    assert rels.get(("Hay'at Tahrir al-Sham", "recruits_in", "Idlib")) == "reported"
    assert rels.get(("Hurras al-Din", "recruits_in", "Idlib")) == "reported"


def test_passive_agent_across_a_title_and_apposition() -> None:
    rels = relations(
        "The Syrian National Army is led by its commander-in-chief, General Abdul Rahman Mustafa."
    )
    assert ("Abdul Rahman Mustafa", "leader_of", "Syrian National Army") in rels


def test_stands_accused_by() -> None:
    rels = relations(
        "The Kurdish Workers' Party stands accused by Amnesty International of abducting "
        "children in Sinjar."
    )
    assert ("Amnesty International", "accuses", "Kurdish Workers' Party") in rels


def test_common_noun_objects_carry_their_actor() -> None:
    rels = relations("The Islamic State continues to target Hamas officials and AMISOM soldiers.")
    assert ("Islamic State", "hostile_to", "African Union Mission in Somalia") in rels
    assert ("Islamic State", "hostile_to", "Hamas") in rels


def test_accused_government_of_arming_fighters() -> None:
    rels = relations("Turkey accused the Russian government of arming Wagner Group fighters.")
    assert ("Government of Turkey", "accuses", "Government of Russia") in rels
    assert rels.get(("Government of Russia", "supports", "Wagner Group")) == "reported"


@pytest.mark.parametrize(
    "text",
    [
        # people an actor harms or holds stand for no actor
        "The army freed Boko Haram hostages near Lake Chad.",
        "Al-Shabaab continues to target Hawiye civilians in Mogadishu.",
    ],
)
def test_victims_and_captives_stand_for_no_actor(text: str) -> None:
    assert not [r for r in relations(text) if r[1] in ("hostile_to", "supports")]


def test_modal_and_negation_still_hold_for_the_new_verbs() -> None:
    assert not relations("Iran could arm and train Houthi fighters.")
    rels = relations("Hezbollah does not target UNIFIL peacekeepers.")
    assert rels == {
        ("Hezbollah", "hostile_to", "United Nations Interim Force in Lebanon"): "negated"
    }
    rels = relations("Hamas denied coordinating with Palestinian Islamic Jihad.")
    assert rels.get(("Hamas", "allied_with", "Palestinian Islamic Jihad")) == "negated"


def test_chief_spokesman_is_a_member_not_the_leader() -> None:
    rels = relations("The Taliban's chief spokesman, Zabihullah Mujahid, rejected the charge.")
    assert ("Zabihullah Mujahid", "member_of", "Taliban") in rels
    assert ("Zabihullah Mujahid", "leader_of", "Taliban") not in rels


def test_a_local_commander_is_a_member_the_commander_leads() -> None:
    for text in (
        "Ahmed Diriye, a local commander of al-Shabaab, was killed on Monday.",
        "Ahmed Diriye, one of al-Shabaab's field commanders, was killed on Monday.",
    ):
        rels = relations(text)
        assert ("Ahmed Diriye", "member_of", "al-Shabaab") in rels
        assert ("Ahmed Diriye", "leader_of", "al-Shabaab") not in rels
    rels = relations(
        "Mohamed Hamdan Dagalo, the commander of the Rapid Support Forces, visited Nyala."
    )
    assert ("Mohamed Hamdan Dagalo", "leader_of", "Rapid Support Forces") in rels


def test_coordinated_verbs_share_their_object() -> None:
    rels = relations("The Popular Mobilization Forces are funded and trained by Iran.")
    assert ("Government of Iran", "supports", "Popular Mobilization Forces") in rels
    rels = relations("Iran has armed and trained the Houthis.")
    assert ("Government of Iran", "supports", "Houthis") in rels


def test_place_in_the_hands_of_an_actor() -> None:
    rels = relations("Kidal remains in the hands of the Coordination of Azawad Movements.")
    assert ("Coordination of Azawad Movements", "controls", "Kidal") in rels
    rels = relations("Kidal is no longer in the hands of the Coordination of Azawad Movements.")
    assert ("Coordination of Azawad Movements", "controls", "Kidal") not in rels
    assert not relations("Kidal could fall into the hands of the Coordination of Azawad Movements.")


def test_groups_that_formed_a_body_are_its_members() -> None:
    rels = relations(
        "Hamas and Palestinian Islamic Jihad formed the Joint Operations Room in 2018."
    )
    assert ("Hamas", "member_of", "Joint Operations Room") in rels
    assert ("Palestinian Islamic Jihad", "member_of", "Joint Operations Room") in rels
    rels = relations(
        "The Lions coalition was formed in 2019 by the Red Brigade, the Blue Front and the "
        "Green Army."
    )
    assert {r[0] for r in rels if r[1] == "member_of"} == {
        "Red Brigade",
        "Blue Front",
        "Green Army",
    }
    # one group that founds another makes no member of it; a possibility forms nothing
    assert not relations("Hamas founded the Qassam Brigades in 1991.")
    assert not [
        r
        for r in relations("Hamas and Palestinian Islamic Jihad could form a joint command.")
        if r[1] == "member_of"
    ]


def test_mistakenly_identified_states_no_role() -> None:
    text = "Omar Farah was wrongly identified by the army as a senior ISWAP commander."
    assert not [r for r in relations(text) if r[0] == "Omar Farah"]


def test_fighting_together_with_makes_allies_not_foes() -> None:
    rels = relations(
        "Harakat al-Nujaba fought together with Kataib Hezbollah against the Islamic State."
    )
    assert ("Harakat Hezbollah al-Nujaba", "allied_with", "Kata'ib Hezbollah") in rels
    assert ("Kata'ib Hezbollah", "hostile_to", "Islamic State") in rels
    assert ("Harakat Hezbollah al-Nujaba", "hostile_to", "Kata'ib Hezbollah") not in rels


def test_along_with_the_subject_shares_its_verb() -> None:
    rels = relations("The Houthis, along with Hezbollah, have fought the Saudi-led coalition.")
    assert ("Hezbollah", "hostile_to", "Saudi-led coalition") in rels
    assert ("Houthis", "allied_with", "Hezbollah") in rels
