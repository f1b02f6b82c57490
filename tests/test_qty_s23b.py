"""Quantities, round s23b: regressions found by review of the s23 owners of tolls.

Each test is a short text written for it (invented wordings, other conflicts than the
development reports) run through the real pipeline; each failed before the fix:

- a later sentence that denies or leaves open whose the dead were, or that follows another
  toll, owns none of them (``quantity_sides.belonging_after``);
- an attack told by a verb of defence, a negated attack, an attack in a separate incident
  or one whose clause merely holds the toll decide no attacker (``paragraph_attacker``);
- a side fought or attacked by the people of a toll's noun is not called by that noun, a
  name starting with the noun is not the noun, and a nationality says whose (``called_owner``);
- a later figure with a doer of its own or people of its own is no other account of a toll
  (``quantities._retold_tolls``);
- a group named in a clause of suspicion through what the arrested harmed or were is not
  theirs (``quantities._suspected_of``);
- "others" after a figure of their own sentence are never a toll's of the paragraph before.
"""

from __future__ import annotations

from test_quantities_s23 import _owner, _rows

# -- belonging told after the toll ------------------------------------------------------------


def test_belonging_denied_by_a_preposition_not_is_no_owner() -> None:
    rows = _rows(
        "Twelve militants were killed in an airstrike on Idlib. Hayat Tahrir al-Sham said "
        "the dead belonged to a rival group, not to HTS."
    )
    assert _owner(rows, "killed", 12.0) is None, rows


def test_belonging_under_a_verb_of_denial_is_no_owner() -> None:
    rows = _rows(
        "Fifteen rebels were killed near Goma on Tuesday. Officials denied that the dead "
        "were members of the M23."
    )
    assert _owner(rows, "killed", 15.0) is None, rows


def test_belonging_left_open_by_whether_is_no_owner() -> None:
    rows = _rows(
        "Fifteen rebels were killed near Goma on Tuesday. It was unclear whether the dead "
        "were members of the M23."
    )
    assert _owner(rows, "killed", 15.0) is None, rows


def test_belonging_after_another_toll_is_not_read_for_the_first() -> None:
    rows = _rows(
        "Fifteen rebels were killed near Goma on Tuesday. Two civilians also died. Relatives "
        "said the dead were members of the Wazalendo coalition."
    )
    assert _owner(rows, "killed", 15.0) is None, rows


# -- the attackers of the paragraph -----------------------------------------------------------


def test_an_attack_in_the_clause_that_holds_the_toll_decides() -> None:
    # the gunmen of Sunday, not the ADF of June
    rows = _rows(
        "The Allied Democratic Forces massacred 40 villagers in Lubero in June. In a separate "
        "incident on Sunday, gunmen attacked a mine at Mambasa, and police said five "
        "assailants were killed."
    )
    assert _owner(rows, "killed", 5.0) is None, rows


def test_a_toll_in_a_relative_clause_of_an_ambush_by_troops() -> None:
    rows = _rows(
        "ISWAP fighters stormed Baga on Monday. Troops later ambushed bandits near Gubio, "
        "where nine attackers were killed."
    )
    assert _owner(rows, "killed", 9.0) is None, rows


def test_a_negated_attack_names_no_attacker() -> None:
    rows = _rows(
        "ISWAP fighters did not attack Monguno this year, officials said. On Friday, 12 "
        "attackers were killed by vigilantes near the town."
    )
    assert _owner(rows, "killed", 12.0) is None, rows


def test_repelling_an_assault_is_no_attack_by_the_defenders() -> None:
    rows = _rows(
        "Boko Haram fighters stormed Monguno on Friday night. Soldiers repelled the assault, "
        "and the army said 21 attackers were killed."
    )
    assert _owner(rows, "killed", 21.0) == "Boko Haram", rows


# -- the noun a side is called by -------------------------------------------------------------


def test_a_group_attacking_the_counted_bandits_is_not_called_bandits() -> None:
    rows = _rows(
        "Bandits attacked by the Yan Sakai self-defence group fled into the forest near "
        "Maru. Later, four bandits were killed by soldiers."
    )
    assert _owner(rows, "killed", 4.0) != "Yan Sakai", rows


def test_guards_of_a_named_country_are_not_a_guard_corps_of_another() -> None:
    rows = _rows(
        "The Islamic Revolutionary Guard Corps shelled Kurdish villages near Sidakan. Two "
        "Iraqi border guards were killed, the Iraqi army said."
    )
    assert _owner(rows, "killed", 2.0) != "Islamic Revolutionary Guard Corps", rows


# -- other accounts of one toll ---------------------------------------------------------------


def test_bodies_of_civilians_are_no_retelling_of_a_soldiers_toll() -> None:
    rows = _rows(
        "Ten soldiers of the Burkina Faso army were killed near Djibo on Monday. Residents "
        "said they saw about 30 bodies of civilians in the village."
    )
    assert _owner(rows, "killed", 30.0) is None, rows


def test_a_later_blast_killing_a_bare_figure_is_its_own_toll() -> None:
    rows = _rows(
        "Six JNIM fighters were killed by soldiers near Djibo. An hour later, a bomb in "
        "Ouahigouya killed four, police said."
    )
    assert _owner(rows, "killed", 4.0) is None, rows


def test_a_landmine_the_next_morning_is_its_own_toll() -> None:
    rows = _rows(
        "Ten soldiers of the Burkina Faso army were killed near Djibo on Monday. The next "
        "morning, a landmine killed three near Kaya."
    )
    assert _owner(rows, "killed", 3.0) is None, rows


# -- people arrested on suspicion -------------------------------------------------------------


def test_men_suspected_of_being_a_group_s_victims_are_not_its_people() -> None:
    rows = _rows(
        "Police in Mombasa arrested four men suspected of being victims of al-Shabaab extortion."
    )
    assert _owner(rows, "arrested", 4.0) is None, rows


def test_men_suspected_of_killing_members_of_a_group_are_not_its_people() -> None:
    rows = _rows("Police arrested two men suspected of killing three members of al-Shabaab.")
    assert _owner(rows, "arrested", 2.0) is None, rows


def test_men_suspected_of_attacking_a_group_s_convoy_are_not_its_people() -> None:
    rows = _rows(
        "Police arrested two men suspected of attacking a convoy of al-Shabaab near Merca."
    )
    assert _owner(rows, "arrested", 2.0) is None, rows


def test_women_suspected_of_being_wives_of_commanders_are_not_the_group_s() -> None:
    rows = _rows("Police arrested two women suspected of being wives of al-Shabaab commanders.")
    assert _owner(rows, "arrested", 2.0) is None, rows


def test_suspicion_of_ties_still_gives_the_group() -> None:
    # the mechanism still reads a tie noun: "links to X"
    rows = _rows(
        "Kenyan police detained three traders in Garissa on Monday, suspected of having "
        "links to al-Shabaab."
    )
    assert _owner(rows, "arrested", 3.0) == "al-Shabaab", rows


# -- "others" after a figure of their own sentence --------------------------------------------


def test_others_after_a_figure_of_their_own_sentence_keep_no_toll_of_before() -> None:
    rows = _rows(
        "Militants of the Tehrik-i-Taliban Pakistan ambushed a convoy near Bara. Four "
        "Frontier Corps soldiers were killed in the ambush.\n\n"
        "Police said 14 TTP members had surrendered in Tirah; nine others were detained."
    )
    assert _owner(rows, "arrested", 9.0) != "Frontier Corps", rows


def test_a_belonging_only_guessed_with_a_modal_is_no_owner() -> None:
    rows = _rows(
        "Four rebels were killed near Beni on Friday. The army said the rebels may have been "
        "members of the ADF."
    )
    assert _owner(rows, "killed", 4.0) is None, rows


def test_a_belonging_told_plainly_still_gives_the_group() -> None:
    rows = _rows(
        "Four rebels were killed near Beni on Friday. The army said the rebels were members "
        "of the ADF."
    )
    assert _owner(rows, "killed", 4.0) == "Allied Democratic Forces", rows
