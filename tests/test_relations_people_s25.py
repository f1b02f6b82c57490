"""Relations of people and of organisations' parts, round s25 (relA).

- A political party is a body a person's name owns as its leader ("the X Party of N") and
  one a definite group noun may stand for ("When X won the vote, the group's spokesman,
  N, said"): the type lists named "political"/"party", which no actor is typed.
- A body a group sends or sets up, named by a noun that only carries the group's name ("the
  X delegation led by N", "an X patrol commanded by N"), is headed by N: N is a member of
  X, not its leader.
- A verb that says its object is what its subject is ("constitute", "form", "make up") is
  read like a copula: "X, the cells that form Y's urban wing" makes X a branch of Y.
- A named unit a state force owns ("the army's 7th Division", "the military's Central
  Command", "the Nigerian Army's 7th Division") is a branch of it; a bare force noun stands
  for the one national force the report calls by that noun.

Short texts written for these tests (other conflicts and wordings than the development
reports), run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

from relation_helpers import named_pairs

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument

DATE = "Situation report, 3 March 2025.\n\n"


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=DATE + text, content_hash="s25a")
    return process_raw(raw)


def pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject name, object name or place text) of the document's non-negated relations
    of a type."""
    return named_pairs(document(text), predicate)


def about(found: set[tuple[str, str]], *words: str) -> set[tuple[str, str]]:
    """The pairs whose subject and object together hold every word."""
    return {p for p in found if all(w in f"{p[0]} | {p[1]}" for w in words)}


# --- parties ------------------------------------------------------------------------


def test_party_of_a_person_is_led_by_him() -> None:
    text = "The Kurdistan Democratic Party of Masoud Barzani won the vote in Erbil."
    assert about(pairs(text, "leader_of"), "Barzani", "Kurdistan Democratic")


def test_group_noun_after_a_fronted_clause_stands_for_the_one_party() -> None:
    text = (
        "When the Democratic Union Party won the vote in Qamishli, the group's spokesman, "
        "Ahmed Sheikho, said turnout was high."
    )
    assert about(pairs(text, "member_of"), "Sheikho", "Democratic Union")


def test_group_noun_with_two_parties_before_it_stands_for_neither() -> None:
    text = (
        "When the Democratic Union Party and the Kurdistan Democratic Party met in Erbil, "
        "the group's spokesman, Ahmed Sheikho, said the talks had failed."
    )
    found = pairs(text, "member_of") | pairs(text, "leader_of")
    assert not about(found, "Sheikho")


def test_a_persons_criticism_of_a_party_is_no_leadership() -> None:
    text = "Masoud Barzani's criticism of the Democratic Union Party surprised observers."
    assert not about(pairs(text, "leader_of"), "Barzani")


def test_party_of_a_country_names_no_leader() -> None:
    text = "The Kurdistan Democratic Party of Iran clashed with Iranian border guards."
    assert not pairs(text, "leader_of")


# --- bodies a group sends, headed by one of its members --------------------------


def test_head_of_a_groups_delegation_is_its_member_not_its_leader() -> None:
    text = "Talks resumed in Doha. The Hamas delegation led by Khalil al-Hayya rejected the plan."
    assert about(pairs(text, "member_of"), "Hayya", "Hamas")
    assert not about(pairs(text, "leader_of"), "Hayya", "Hamas")


def test_commander_of_a_groups_patrol_is_its_member() -> None:
    text = (
        "Fighting resumed near Goma. An M23 patrol commanded by Colonel Willy Ngoma was ambushed."
    )
    assert about(pairs(text, "member_of"), "Ngoma")
    assert not about(pairs(text, "leader_of"), "Ngoma")


def test_the_group_itself_led_by_a_person_is_led_by_him() -> None:
    text = "Talks resumed in Doha. The Hamas movement, led by Yahya Sinwar, rejected the plan."
    assert about(pairs(text, "leader_of"), "Sinwar", "Hamas")


def test_a_groups_wing_led_by_a_person_stays_his_lead() -> None:
    text = "Talks resumed in Doha. The Hamas military wing led by Mohammed Deif rejected the plan."
    assert about(pairs(text, "leader_of"), "Deif", "Hamas")


def test_a_delegation_of_no_named_group_ties_its_head_to_nobody() -> None:
    text = "Talks resumed in Doha. The delegation led by Khalil al-Hayya rejected the plan."
    assert not pairs(text, "member_of") and not pairs(text, "leader_of")


# --- verbs that say what their subject is ------------------------------------------


def test_cells_that_form_a_groups_wing_are_its_branch() -> None:
    text = "The Bahoz Cells, the small units that form the PKK's urban wing, bombed the station."
    assert about(pairs(text, "branch_of"), "Bahoz", "Kurdistan")


def test_a_brigade_which_constitutes_a_groups_wing_is_its_branch() -> None:
    text = "The Qassam Brigades, which constitute Hamas's armed wing, fired rockets."
    assert about(pairs(text, "branch_of"), "Qassam", "Hamas")


def test_units_that_make_up_a_groups_wing_are_its_branch() -> None:
    text = "The Qassam Brigades, the units that make up Hamas's armed wing, fired rockets."
    assert about(pairs(text, "branch_of"), "Qassam", "Hamas")


def test_a_group_forming_a_wing_names_no_branch() -> None:
    text = "Hamas formed a military wing in 1991."
    assert not pairs(text, "branch_of")


def test_a_state_that_formed_a_groups_unit_is_no_part_of_the_group() -> None:
    text = "Iran formed the Houthis' drone unit in 2016."
    assert not pairs(text, "branch_of")


def test_a_denied_wing_is_no_branch() -> None:
    text = "The Qassam Brigades do not constitute Hamas's armed wing, the group insisted."
    assert not pairs(text, "branch_of")


def test_attacks_that_constitute_a_threat_name_no_tie() -> None:
    text = "Such attacks constitute the PKK's main threat to the army."
    assert not pairs(text, "branch_of") and not pairs(text, "member_of")


# --- units a bare force noun owns ---------------------------------------------------


def test_army_division_is_a_branch_of_the_national_army() -> None:
    text = (
        "The Nigerian Army said on Monday that insurgents had attacked a convoy near Damboa. "
        "The army's 7th Division repelled the assault."
    )
    assert ("7th Division", "Nigerian Army") in pairs(text, "branch_of")


def test_military_command_is_a_branch_of_the_military() -> None:
    text = (
        "The Myanmar military has lost ground near Lashio. The drone hit the headquarters "
        "of the military's Central Command near Taunggyi."
    )
    assert ("Central Command", "Tatmadaw") in pairs(text, "branch_of")


def test_a_negated_act_keeps_the_units_tie() -> None:
    text = (
        "The Nigerian Army said on Monday that insurgents had attacked a convoy near Damboa. "
        "The army's 7th Division did not take part in the operation, a spokesman said."
    )
    assert ("7th Division", "Nigerian Army") in pairs(text, "branch_of")


def test_a_unit_named_as_the_voice_of_a_statement_is_the_force_speaking() -> None:
    text = (
        "The Nigerian Army said on Monday that insurgents had attacked a convoy near Damboa. "
        "Two soldiers died, the army's 7th Division said."
    )
    assert not pairs(text, "branch_of")


def test_named_army_owning_a_division() -> None:
    text = (
        "Insurgents attacked a convoy near Damboa. The Nigerian Army's 7th Division repelled "
        "the assault."
    )
    assert ("7th Division", "Nigerian Army") in pairs(text, "branch_of")


def test_two_national_armies_leave_the_army_unknown() -> None:
    text = (
        "The Nigerian Army and the Cameroonian army held talks in Maroua. The army's 7th "
        "Division will lead the next operation."
    )
    assert not about(pairs(text, "branch_of"), "7th Division")


def test_the_armys_act_names_no_unit() -> None:
    text = (
        "The Nigerian Army said on Monday that insurgents had attacked a convoy near Damboa. "
        "Boko Haram's Bakura faction repelled the army's counterattack."
    )
    assert not about(pairs(text, "branch_of"), "Nigerian Army")


def test_a_rebel_armys_command_is_no_part_of_the_national_military() -> None:
    text = (
        "The Myanmar military has lost ground near Lashio. The Arakan Army's Western "
        "Command seized two bases."
    )
    found = pairs(text, "branch_of")
    assert not about(found, "Tatmadaw")
    assert ("Western Command", "Arakan Army") in found


def test_the_rebels_command_is_no_part_of_the_army() -> None:
    text = (
        "The Sudanese Armed Forces shelled Omdurman. The rebels' Central Command denied the "
        "report, and the army's spokesman said it was a lie."
    )
    assert not pairs(text, "branch_of")


def test_a_victim_unit_of_another_states_army_is_not_the_reports_army() -> None:
    text = (
        "The Nigerian Army said on Monday that insurgents had attacked a convoy near Damboa. "
        "Chad's 3rd Battalion lost four men in the ambush."
    )
    assert not about(pairs(text, "branch_of"), "Nigerian Army")
