"""Quantities, round s22c: whose people a toll counts when its own words name none ("and at
least six wounded", "put the number of dead at eleven"), and a force named by its unit and
by the force the unit belongs to ("the Nigerian Army's 7th Division said four soldiers were
killed") as one owner.

Short texts written for these tests (other conflicts, other wordings than the development
reports), run through the real pipeline.
"""

from __future__ import annotations

from test_quantities_s19 import _rows

# -- a unit and the force it belongs to are one owner ----------------------------------------


def test_a_unit_named_with_its_force_gives_the_force_its_dead() -> None:
    # fails without s22c: the army and its division were two candidates, so no owner
    rows = _rows(
        "The Nigerian Army's 7th Division said four soldiers were killed when a convoy hit a "
        "mine near Damboa."
    )
    assert ("Nigerian Army", "killed", 4, 4) in rows


def test_two_forces_of_one_kind_side_by_side_give_no_owner() -> None:
    # neither force is the other's unit: no guess between two armies
    rows = _rows(
        "The Nigerian Army and the Cameroonian army said two soldiers died in a joint patrol "
        "near the border at Banki."
    )
    assert all(r[0] is None for r in rows if r[1] == "killed"), rows


# -- a toll that names no people continues the people of the toll before it -------------------


def test_wounded_after_killed_soldiers_are_the_same_force() -> None:
    # fails without s22c: "at least six wounded" had no owner
    rows = _rows(
        "The Nigerian Army's 7th Division said four soldiers were killed and at least six "
        "wounded when a convoy hit a mine near Damboa."
    )
    assert ("Nigerian Army", "killed", 4, 4) in rows
    assert ("Nigerian Army", "injured", 6, None) in rows


def test_another_sources_bare_figure_counts_the_same_soldiers() -> None:
    # fails without s22c: the group's higher figure for the same dead was nobody's
    rows = _rows(
        "The Nigerian Army's 7th Division said four soldiers were killed when a convoy hit a "
        "mine near Damboa. Boko Haram, in a video, put the number of dead at eleven."
    )
    assert ("Nigerian Army", "killed", 11, 11) in rows


def test_a_bare_figure_after_soldiers_and_civilians_is_nobodys() -> None:
    # the toll before counts two peoples: the later total is not the army's
    rows = _rows(
        "Gunmen attacked a market near Gusau, killing four soldiers of the Nigerian Army and "
        "six traders. Local officials put the toll at twelve."
    )
    assert ("Nigerian Army", "killed", 4, 4) in rows
    assert (None, "killed", 12, 12) in rows


def test_a_bare_figure_of_a_separate_attack_is_nobodys() -> None:
    rows = _rows(
        "The Nigerian Army said five soldiers died in the ambush near Damboa. In a separate "
        "attack in Bama, residents said seven were killed."
    )
    assert ("Nigerian Army", "killed", 5, 5) in rows
    assert all(r[0] is None for r in rows if r[2] == 7), rows


def test_wounded_after_villagers_are_not_the_police() -> None:
    # the toll just before "three wounded" counts farmers: victims, nobody's
    rows = _rows(
        "Two policemen of the Nigeria Police Force and five farmers were killed and three "
        "wounded near Gusau."
    )
    assert (None, "injured", 3, 3) in rows


def test_a_bare_figure_without_a_source_is_not_carried_over() -> None:
    # no source's words: the sentence tells a new toll, not another account of the first
    rows = _rows(
        "Three soldiers of the Nigerian Army were killed near Gwoza on Monday. On Tuesday "
        "seven more died in Bama."
    )
    assert ("Nigerian Army", "killed", 3, 3) in rows
    assert all(r[0] is None for r in rows if r[2] == 7), rows


def test_an_arrest_count_after_a_toll_is_not_the_forces_own() -> None:
    rows = _rows(
        "Three soldiers of the Nigerian Army were killed near Gwoza on Monday. Police said "
        "eleven people were arrested in Maiduguri."
    )
    assert all(r[0] is None for r in rows if r[1] == "arrested"), rows


def test_a_bare_figure_in_the_next_paragraph_is_not_carried_over() -> None:
    rows = _rows(
        "Three soldiers of the Nigerian Army were killed near Gwoza on Monday.\n\n"
        "Residents of Bama said nine were killed in a raid on the market."
    )
    assert all(r[0] is None for r in rows if r[2] == 9), rows


def test_a_source_between_two_tolls_splits_them() -> None:
    # "while residents said": a second account with its own people, not the first's
    rows = _rows(
        "Four soldiers of the Kenya Defence Forces were killed near Mandera, while residents "
        "said two were wounded."
    )
    assert all(r[0] is None for r in rows if r[1] == "injured"), rows


def test_a_bare_figure_after_victims_is_nobodys() -> None:
    rows = _rows(
        "A bomb killed nine passengers on a bus near Kandahar, officials said. The Taliban "
        "put the number of dead at fifteen."
    )
    assert all(r[0] is None for r in rows if r[1] == "killed"), rows


def test_a_force_that_owns_its_own_unit_keeps_nothing_from_other_forces() -> None:
    # "the police's" owns a police unit; soldiers are the army's, not the police's
    rows = _rows(
        "The Kenya Police Service's General Service Unit and the Kenya Defence Forces said "
        "three soldiers were killed near Lamu."
    )
    assert all(r[0] != "Kenya Police Service" for r in rows if r[1] == "killed"), rows


def test_another_account_in_the_same_sentence_counts_the_same_soldiers() -> None:
    # fails without s22c: the group's figure after the semicolon was nobody's
    rows = _rows(
        "The Nigerian Army said nine soldiers were killed near Baga; Boko Haram put the toll at 30."
    )
    assert ("Nigerian Army", "killed", 30, 30) in rows


def test_an_account_of_a_separate_attack_in_the_same_sentence_is_nobodys() -> None:
    rows = _rows(
        "The Nigerian Army said nine soldiers were killed near Baga; in a separate attack in "
        "Monguno, officials said 14 were killed."
    )
    assert all(r[0] is None for r in rows if r[2] == 14), rows


def test_an_account_after_soldiers_and_traders_in_one_sentence_is_nobodys() -> None:
    rows = _rows(
        "Gunmen killed four soldiers of the Nigerian Army and six traders near Gusau; officials "
        "put the toll at twelve."
    )
    assert (None, "killed", 12, 12) in rows
