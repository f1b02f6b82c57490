"""Relations, round s19: the mechanisms for relations stated through a reference, a stance
or a shared act, on any wording:

- a possessive pronoun or a definite group noun stands for the one actor of its kind named
  before it in its sentence or paragraph ("Its military chief remains N", "the movement's
  coordinator, N"), for none where two compete; "the rebels" never for a pro-government
  militia; a definite noun that ends one actor's name stands for it ("the task force's
  spokesperson"), "the army" for no rebel army;
- a stance glued to a name ("an anti-X militia calling itself Y"), and no actor in a
  stance of an unnamed noun ("pro-X websites accused ...");
- acting side by side ("deployed alongside Y", "in coordination with Y");
- a passive accusation with several agents ("X is accused by Y and by Z of arming W").

Short texts written for these tests (other conflicts than the reports that inspired them),
run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

import pytest
from test_relations_s18 import document, relations


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for (s, p, o) in relations(text) if p == predicate}


# -- references ------------------------------------------------------------------------------


def test_possessive_opening_a_sentence_stands_for_the_group_before() -> None:
    text = (
        "Hay'at Tahrir al-Sham took Idlib city in 2015 and has held it since. "
        "Its military chief is Abu Khalid al-Tamimi."
    )
    assert ("Abu Khalid al-Tamimi", "Hay'at Tahrir al-Sham") in _pairs(text, "leader_of")


def test_possessive_refuses_when_two_groups_compete() -> None:
    text = (
        "Hay'at Tahrir al-Sham fought Hurras al-Din near Idlib in 2020. "
        "Its military chief is Abu Khalid al-Tamimi."
    )
    assert not _pairs(text, "leader_of")


def test_definite_group_noun_as_possessor() -> None:
    text = (
        "Al-Shabaab released a new video on Monday, in which the movement's spokesman, "
        "Ali Dhere, threatened Kenya."
    )
    members = _pairs(text, "member_of") | _pairs(text, "leader_of")
    assert any(o == "al-Shabaab" for _, o in members)


def test_definite_noun_ending_an_actors_name() -> None:
    text = (
        "The Multinational Joint Task Force said its jets struck Boko Haram camps near "
        "Gwoza. Colonel Mohammed Dole, the task force's spokesman, gave no toll."
    )
    assert ("Mohammed Dole", "Multinational Joint Task Force") in _pairs(text, "member_of")


def test_the_army_is_never_a_rebel_army() -> None:
    text = (
        "The Arakan Army attacked a police post in Maungdaw on Friday. "
        "The army's spokesman, Captain Kyaw Zin, said two officers died. "
        "Khine Thu Kha, the Arakan Army's spokesman, said the post had fallen."
    )
    members = _pairs(text, "member_of") | _pairs(text, "leader_of")
    assert not any(s == "Kyaw Zin" and o == "Arakan Army" for s, o in members)
    # (rel2, s19) the same text's named spokesman is read: the refusal is no silence
    assert ("Khine Thu Kha", "Arakan Army") in members


def test_the_rebels_are_no_pro_government_militia() -> None:
    text = (
        "M23 fighters advanced on Sake last week. Residents said Wazalendo militiamen "
        "fled the area. In Kitshanga, which the rebels have controlled since January, "
        "schools are closed."
    )
    controls = _pairs(text, "controls")
    assert "Wazalendo" not in {s for s, _ in controls}
    # (rel2, s19) the rebels stand for the armed group of the paragraph
    assert ("March 23 Movement", "Kitshanga") in controls


# -- stances ---------------------------------------------------------------------------------


def test_anti_group_militia_calling_itself_a_name_is_hostile() -> None:
    text = (
        "In Kachin State, an anti-Arakan Army militia calling itself the Border Guard "
        "Defence Force announced its formation on Monday."
    )
    pairs = _pairs(text, "hostile_to")
    assert any("Arakan Army" in (s, o) for s, o in pairs)


def test_pro_group_websites_are_no_group() -> None:
    text = (
        "Pro-Hezbollah websites accused the Lebanese army of abducting two fighters. "
        "Hezbollah accused the Lebanese army of lying about the raid."
    )
    doc = document(text)
    accusations = [r for r in doc.relations if r.predicate == "accuses"]
    # (rel2, s19) the group's own accusation is read; the websites' is no group's
    assert [r.anchor.sentence for r in accusations] == [1]


# -- side by side ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 3,000 Chadian troops were deployed in Mali alongside the French army in 2013.",
        "The Chadian army carried out raids near Lake Chad in coordination with the "
        "Nigerian Army last week.",
    ],
)
def test_acting_side_by_side_is_an_alliance(text: str) -> None:
    pairs = _pairs(text, "allied_with")
    assert pairs, relations(text)


def test_civilians_killed_alongside_soldiers_is_no_alliance() -> None:
    text = "Six civilians were killed alongside two soldiers of the Malian army in Mopti."
    assert not _pairs(text, "allied_with")


# -- passive accusations ---------------------------------------------------------------------


def test_passive_accusation_with_two_agents() -> None:
    text = (
        "The Eritrean government is accused by Ethiopia and by the United Nations of "
        "supporting the Tigray People's Liberation Front."
    )
    accusers = {s for s, o in _pairs(text, "accuses")}
    assert len(accusers) == 2
    rels = relations(text)
    supports = [k for k in rels if k[1] == "supports"]
    assert supports and all(rels[k] == "reported" for k in supports)


# -- support through a channel, roles through what a group owns -------------------------------


def test_support_received_through_a_channel() -> None:
    text = "The Houthis receive missiles through smuggling networks run by Iran's Quds Force."
    assert ("Quds Force", "Houthis") in _pairs(text, "supports")


def test_role_for_what_a_group_owns() -> None:
    text = (
        "The army accused Hezbollah of firing the rockets. Major Elias Haddad, spokesman for "
        "the Lebanese army's operations in the south, gave no toll."
    )
    assert any(s == "Elias Haddad" for s, _ in _pairs(text, "member_of"))


def test_one_of_the_groups_commanders_is_a_member_not_the_leader() -> None:
    text = "Boko Haram raided Gwoza. Abu Umaimah, one of the group's senior commanders, died."
    assert not _pairs(text, "leader_of")


# -- attacks and control ---------------------------------------------------------------------


def test_storming_a_forces_base_is_hostility_but_a_hotel_is_no_foe() -> None:
    text = "Tahrir al-Sham fighters stormed a Syrian Arab Army base near Saraqib."
    assert ("Hay'at Tahrir al-Sham", "Syrian Arab Army") in _pairs(text, "hostile_to")
    text = "Al-Shabaab gunmen stormed the Hayat Hotel in Mogadishu on Friday."
    assert not _pairs(text, "hostile_to")


def test_a_campaign_against_is_hostility_a_campaign_with_is_not() -> None:
    assert _pairs("The TTP's campaign against the Pakistan Army resumed in 2022.", "hostile_to")
    text = "The TTP launched attacks in Bannu. Its campaign with Lashkar-e-Islam ended in 2014."
    assert not _pairs(text, "hostile_to")


def test_overrunning_a_base_in_a_town_is_no_control_of_the_town() -> None:
    text = "On 3 May, JNIM fighters overran an army base in Djibo, killing 20 soldiers."
    assert not _pairs(text, "controls")


def test_positions_held_by_a_force_make_it_the_foe() -> None:
    text = "JNIM fighters attacked positions held by the Malian army near Boni."
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "Malian Armed Forces") in _pairs(
        text, "hostile_to"
    )
