"""Quantities, review s25b: regressions found in the s25 change (people taken away, a force's
men beside a bystander, the bodies of the dead).

- a count of a force's men keeps a single person of their own rank ("six soldiers and an
  officer" = 7), while a bystander beside them stays apart;
- people taken away with no taker named are captives only where the verb takes by itself
  ("seized") or removes them "from" a place, never in a rescue, an evacuation or a transfer
  to somewhere else, nor when carried away by a flood;
- a state force leading people "away from" a place is a rescue, not an arrest;
- a singular "body" of many people is a group of the living, not the dead.

Short texts written for these tests (invented places, people and wordings), run through the
real pipeline.
"""

from __future__ import annotations

from quantity_helpers import measures as _measures
from quantity_helpers import quantity_rows as _rows

# -- a force's men and one of their own rank -------------------------------------------------


def test_soldiers_and_their_officer_are_summed() -> None:
    rows = _rows("The insurgents killed six soldiers and an officer in the raid on Fort Delbra.")
    assert ("killed", 7.0) in _measures(rows)


def test_policemen_and_a_sergeant_are_summed() -> None:
    rows = _rows("Five policemen and a sergeant were wounded when a grenade hit the Varosk post.")
    assert ("injured", 6.0) in _measures(rows)


def test_soldiers_and_a_bystander_stay_apart() -> None:
    rows = _rows("Three soldiers and a shepherd died when the convoy hit a mine near Tarnok.")
    assert ("killed", 4.0) not in _measures(rows)


# -- people taken away with no taker named ----------------------------------------------------


def test_carried_away_by_floods_is_no_abduction() -> None:
    rows = _rows("Eighty people were carried away in the floods that struck Meridol last month.")
    assert not any(r[1] == "kidnapped" for r in rows)


def test_evacuation_convoy_is_no_abduction() -> None:
    rows = _rows(
        "About 300 civilians were taken from the besieged town of Harnsby in an evacuation convoy."
    )
    assert not any(r[1] == "kidnapped" for r in rows)


def test_taken_then_flown_to_the_capital_is_no_abduction() -> None:
    rows = _rows(
        "Six patients were taken from the clinic in Sorvel after the shelling and flown to the "
        "capital."
    )
    assert not any(r[1] == "kidnapped" for r in rows)


def test_seized_with_no_taker_is_still_an_abduction() -> None:
    rows = _rows("Nine lorry drivers were seized near the Kavar crossing on Monday night.")
    assert ("kidnapped", 9.0) in _measures(rows)


# -- a state force leading people away from danger -------------------------------------------


def test_peacekeepers_leading_civilians_away_is_no_arrest() -> None:
    rows = _rows("Peacekeepers led 300 civilians away from the fighting around Ostrava Camp.")
    assert not any(r[1] == "arrested" for r in rows)


def test_gunmen_leading_hostages_away_is_still_an_abduction() -> None:
    rows = _rows("Gunmen led 12 hostages away from the road into the hills above Pellin.")
    assert ("kidnapped", 12.0) in _measures(rows)


# -- a body of many is a group -----------------------------------------------------------------


def test_body_of_fighters_is_no_toll() -> None:
    rows = _rows("A body of 300 fighters crossed the river into Kalvet district at dawn.")
    assert not any(r[1] == "killed" for r in rows)


def test_governing_body_of_members_is_no_toll() -> None:
    rows = _rows("The movement's governing body of 12 members met in Dorvan on Friday.")
    assert not any(r[1] == "killed" for r in rows)


def test_bodies_of_people_are_still_the_dead() -> None:
    rows = _rows("Herders found the bodies of four men in a dry riverbed outside Tamsk.")
    assert ("killed", 4.0) in _measures(rows)


def test_taker_of_a_chain_of_verbs_is_found() -> None:
    # the taker is the subject of the first verb of three joined ones
    rows = _rows(
        "Bandits blocked the Orvel highway, robbed the traders and marched at least 14 "
        "farmers into the hills."
    )
    assert ("kidnapped", 14.0) in _measures(rows)


def test_rescue_workers_seized_are_still_taken() -> None:
    # the word of rescue belongs to the people taken, not to what is done to them
    rows = _rows("Militiamen seized five rescue workers at a checkpoint outside Brannock.")
    assert ("kidnapped", 5.0) in _measures(rows)
