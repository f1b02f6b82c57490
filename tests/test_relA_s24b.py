"""Regression tests from the review of the s24 relA change (ties of people across a fronted
or closing reporting clause, leaders' nouns).

- A fronted participle without a subject of its own whose verb or post states the tie
  ("After joining X, N ...", "Appointed leader of X, N ...") binds its name to the main
  subject; only one that does not is kept apart from it.
- "the group's" / "the rebels'" in the speaker's phrase may stand for the one group named
  in the fronted clause or in the report the speaker gives ("When X seized P, the group's
  spokesman, N, said"); not where the fronted clause names two groups, nor where the fronted
  clause is a participle the speaker acts with ("Condemning X, the group's spokesman").
- A closing reporting clause the parser reads as a second conjunct with its own subject
  ("X killed nine in P, a government spokesman, N, told reporters") ties N to nobody in P.
- A post with a place word before it ("Y's Africa director") is one of many, a member's.

Short texts written for these tests (other conflicts and wordings than the development
reports), run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

from relation_helpers import about, named_ties

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument

DATE = "Weekly security brief, 9 March 2025.\n\n"


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="brief.txt", format="text", text=DATE + text, content_hash="s24b")
    return process_raw(raw)


def ties(text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every non-negated actor-actor relation."""
    return named_ties(document(text))


# --- B1: a subjectless fronted participle that states the tie keeps it


def test_fronted_joining_participle_keeps_membership() -> None:
    text = "After joining the ADF in 2010, Musa Baluku rose to become its deputy."
    assert ("Musa Baluku", "member_of", "Allied Democratic Forces") in ties(text)


def test_fronted_participle_giving_a_post_keeps_leadership() -> None:
    text = "Appointed leader of the ADF in 2015, Musa Baluku expanded its operations."
    assert ("Musa Baluku", "leader_of", "Allied Democratic Forces") in ties(text)


def test_finite_fronted_join_with_two_groups_binds_no_one() -> None:
    text = (
        "Since the ADF joined the Islamic State, the group's leader, Musa Baluku, has "
        "issued videos."
    )
    assert not about(ties(text), "Baluku", "Islamic State")


# --- B2: a definite group noun refers back to the one group before it


def test_group_noun_after_fronted_message_refers_to_its_group() -> None:
    text = "In a video released by the ADF, the group's leader, Musa Baluku, threatened Kampala."
    assert ("Musa Baluku", "leader_of", "Allied Democratic Forces") in ties(text)


def test_rebels_noun_after_fronted_subordinate_clause_refers_to_its_group() -> None:
    text = (
        "When the M23 seized Bunagana, the rebels' spokesman, Lawrence Kanyuka, hailed the victory."
    )
    assert ("Lawrence Kanyuka", "member_of", "March 23 Movement") in ties(text)


def test_group_noun_in_closing_reporting_clause_refers_to_the_reported_group() -> None:
    text = (
        "Al-Shabaab fighters overran the base, the group's military spokesman, Abdiasis "
        "Abu Musab, said."
    )
    assert ("Abdiasis Abu Musab", "member_of", "al-Shabaab") in ties(text)


def test_group_noun_after_fronted_participle_acting_on_a_group_binds_no_one() -> None:
    text = (
        "Condemning the M23, the group's spokesman, Lawrence Kanyuka, said the army had "
        "attacked first."
    )
    assert not about(ties(text), "Kanyuka", "March 23")


def test_group_noun_does_not_stand_for_an_outlet() -> None:
    text = (
        "In a speech aired by al-Furqan on Friday, the group's emir, Abu Bakr al-Qurashi, "
        "called for new attacks."
    )
    assert not about(ties(text), "Qurashi", "Furqan")


# --- B3: a closing reporting clause parsed as a second conjunct


def test_speaker_of_conjunct_reporting_clause_is_no_member_of_the_reported_group() -> None:
    text = (
        "The ADF killed nine people in Oicha, a government spokesman, Patrick Muyaya, "
        "told reporters."
    )
    assert not about(ties(text), "Muyaya", "Allied")


def test_coordinated_clause_with_and_is_no_closing_reporting_clause() -> None:
    text = (
        "The ADF attacked Oicha, and its spokesman, Musa Kasereka, told reporters the "
        "town was a target."
    )
    assert about(ties(text), "Kasereka", "Allied")


# --- B4: a regional post is a member's


def test_regional_director_of_an_organisation_is_no_leader() -> None:
    text = "Human Rights Watch's Africa director, Mausi Segun, condemned the killings."
    found = ties(text)
    assert ("Mausi Segun", "leader_of", "Human Rights Watch") not in found


def test_director_of_an_organisation_still_leads_it() -> None:
    text = "Sarah Kimani, director of Human Rights Watch, visited Goma on Monday."
    assert ("Sarah Kimani", "leader_of", "Human Rights Watch") in ties(text)


# --- B5: a stance prefix glued to the name ("anti-X") states no membership


def test_anti_group_activist_is_no_member() -> None:
    text = "Ali Hassan, an anti-Hamas activist, was shot dead outside his home."
    assert not about(ties(text), "Hassan", "Hamas")


def test_group_activist_is_a_member() -> None:
    text = "Ali Hassan, a Hamas activist, was shot dead outside his home."
    assert ("Ali Hassan", "member_of", "Hamas") in ties(text)


# --- B6: a state's secretary holds no group's post


def test_secretary_of_state_is_no_member_of_a_body_called_state() -> None:
    text = "US Secretary of State Antony Blinken met Qatari mediators in Doha on Tuesday."
    assert not {t for t in ties(text) if t[0] == "Antony Blinken" and t[1] == "member_of"}


# --- B7: a phrase set off after a name is his title only when it is a bare noun phrase


def test_relative_of_an_officer_is_no_member_of_the_force() -> None:
    text = (
        "Fatima Idris, the daughter of an army officer, said the militia had burned her "
        "village. The Sudanese army denied any role."
    )
    assert not about(ties(text), "Fatima Idris", "Armed")


def test_clause_naming_a_commander_makes_no_title() -> None:
    text = (
        "Fatima Idris, a teacher who met the army commander in Nyala, said the militia "
        "had fled. The Sudanese army arrested three men."
    )
    assert not about(ties(text), "Fatima Idris", "Armed")


def test_apposed_army_title_still_names_the_national_force() -> None:
    text = (
        "Osman Farah, an army spokesman, said the militants had withdrawn from the bridge. "
        "The Somali army later confirmed the withdrawal."
    )
    assert ("Osman Farah", "member_of", "Somali National Army") in ties(text)
