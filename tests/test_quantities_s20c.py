"""Quantities, round s20c: whose strength a verb that puts a group "at" a figure names when its
object is no name but a definite noun of a group ("analysts put the organisation at 9,000
members"): the one armed group the nearest sentence before names; never a group named only in
a clause on the object ("the faction, which split from X"), never a guess between two groups,
and never for a phrase that is no group ("his faction", "the army", "the displaced").

Short texts written for these tests (other conflicts, other wordings than the development
reports), run through the real pipeline.
"""

from __future__ import annotations

from test_quantities_s19 import _rows

# -- the object stands for the group named before ---------------------------------------------


def test_a_group_noun_put_at_a_figure_is_the_group_named_just_before() -> None:
    rows = _rows(
        "The Lord's Resistance Army raided two villages in Haut-Uélé last month. Analysts put "
        "the organisation at some 300 fighters."
    )
    assert ("Lord's Resistance Army", "fighters", 300, 300) in rows


def test_a_clause_on_the_object_names_no_owner_of_the_figure() -> None:
    # fails without s20c: the group named inside the relative clause took the figure
    rows = _rows(
        "Ansaru claimed the kidnapping of an engineer near Kaduna. Security sources put the "
        "faction, which split from Boko Haram in 2012, at a few hundred members."
    )
    owners = {r[0] for r in rows if r[1] == "members"}
    assert owners == {"Ansaru"}


def test_a_group_named_only_in_a_clause_on_the_object_is_never_the_owner() -> None:
    # fails without s20c: "which recruits for al-Shabaab" gave al-Shabaab the network's men
    rows = _rows(
        "Police arrested two suspects in Mombasa. Analysts put the network, which recruits for "
        "al-Shabaab, at a few dozen members."
    )
    owners = {r[0] for r in rows if r[1] == "members"}
    assert owners == {None}


# -- where it must not fire ---------------------------------------------------------------------


def test_two_groups_before_give_no_owner() -> None:
    rows = _rows(
        "The Kachin Independence Army and the Ta'ang National Liberation Army seized several "
        "posts near Lashio. Analysts put the group at around 8,000 fighters."
    )
    assert (None, "fighters", 8000, 8000) in rows


def test_two_groups_in_the_sentence_before_the_previous_one_give_no_owner() -> None:
    rows = _rows(
        "The Sudan People's Liberation Movement-North accused the Rapid Support Forces of "
        "shelling Kadugli. Residents fled the town. Analysts put the movement at about 10,000 "
        "fighters."
    )
    owners = {r[0] for r in rows if r[1] == "fighters"}
    assert owners == {None}


def test_his_faction_is_not_resolved_to_a_group_by_guess() -> None:
    rows = _rows(
        "In a video, Abu Hamza threatened to attack the capital. Intelligence officials put his "
        "faction at about 900 armed members."
    )
    owners = {r[0] for r in rows if r[1] in ("members", "fighters")}
    assert owners == {None}


def test_a_state_force_object_keeps_its_own_figure() -> None:
    rows = _rows(
        "The Burkinabe army launched an offensive near Djibo. Observers put the army at roughly "
        "11,000 troops."
    )
    owners = {r[0] for r in rows if r[1] in ("fighters", "deployed")}
    assert owners and None not in owners
    assert all("Burkina" in (o or "") for o in owners)


def test_the_displaced_put_at_a_figure_are_nobodys_people() -> None:
    rows = _rows(
        "The Arakan Army shelled Sittwe for a week. Aid workers put the displaced at some 12,000 "
        "people."
    )
    assert all(r[0] is None for r in rows if r[1] == "displaced")
    assert not any(r[0] == "Arakan Army" and r[1] in ("fighters", "members") for r in rows)


def test_a_non_armed_organisation_before_owns_no_fighters() -> None:
    rows = _rows(
        "Médecins Sans Frontières said its clinic in Bambari had been looted. Analysts put the "
        "organisation at about 400 fighters."
    )
    owners = {r[0] for r in rows if r[1] == "fighters"}
    assert "Médecins Sans Frontières" not in owners
    assert "Doctors Without Borders" not in owners


def test_a_heading_between_cuts_the_reference() -> None:
    rows = _rows(
        "The Allied Democratic Forces attacked a village near Beni. The army pursued the "
        "Mai-Mai Yakutumba militia near Fizi.\n\n## Strength\n\nAnalysts put the group at "
        "between 1,000 and 1,500 fighters."
    )
    owners = {r[0] for r in rows if r[1] == "fighters"}
    assert "Mai-Mai Yakutumba" not in owners


def test_a_named_object_is_not_overridden_by_the_group_before() -> None:
    rows = _rows(
        "Hayat Tahrir al-Sham seized three villages near Idlib. Analysts put the Turkistan "
        "Islamic Party at some 3,000 fighters."
    )
    owners = {r[0] for r in rows if r[1] == "fighters"}
    assert "Hay'at Tahrir al-Sham" not in owners


def test_victims_of_a_group_are_not_its_fighters() -> None:
    rows = _rows(
        "Boko Haram raided a village near Gwoza on Sunday. Officials put the dead at 37 villagers."
    )
    assert not any(r[0] == "Boko Haram" and r[1] in ("fighters", "members") for r in rows)


def test_a_quoted_plan_to_grow_gives_the_group_no_strength_from_the_clause() -> None:
    rows = _rows(
        "The Houthis mobilised tribes around Marib. Analysts put the movement, which the "
        "government says plans to recruit 20,000 more men, at about 30,000 fighters."
    )
    fighters = [r for r in rows if r[1] == "fighters"]
    assert all(r[2] != 20000 or r[0] != "Houthis" for r in fighters)
