"""(s25) Arrest charges, colloquial arrest verbs, and the state's things and weapons named by
a word of the state's own. Sentences written for the test, with the real model.

- An arrest "on suspicion of selling fuel to X fighters" or "on charges of leaking plans to X
  militants" charges dealings with X: X is no target (the charge noun is no one held).
- "Police picked up two couriers", "were picked up by soldiers": an arrest, only with people
  held as suspects (not bodies, not a side's own wounded, not an abduction's students).
- "regime positions", "government lines", "a junta outpost" hit by a group: the state force
  of the event's country was hit; "regime artillery", "army drones" that struck: that force
  struck.
"""

from __future__ import annotations

from event_role_helpers import arrest_roles as _arrest_roles
from event_role_helpers import event_roles as _roles
from test_events_args_s20 import _events

# ------------------------------------------------------------------ arrest charges


def test_suspicion_of_selling_to_a_groups_fighters_makes_it_no_target() -> None:
    roles = _arrest_roles(
        "Police in Kaduna arrested two traders on 3 March 2025 on suspicion of selling fuel "
        "to Boko Haram fighters."
    )
    assert roles, "the arrest is still an event"
    assert ("Boko Haram", "target") not in roles


def test_charges_of_leaking_plans_to_a_groups_militants_make_it_no_target() -> None:
    roles = _arrest_roles(
        "Somali police detained two clerks in Baidoa on 13 June 2025 on charges of leaking "
        "convoy schedules to al-Shabaab militants."
    )
    assert not any(name == "al-Shabaab" for name, _r in roles)


def test_suspicion_of_membership_still_makes_the_group_a_target() -> None:
    roles = _arrest_roles(
        "Indian police arrested two youths in Srinagar on 15 June 2025 on suspicion of "
        "membership in Lashkar-e-Taiba."
    )
    assert ("Lashkar-e-Taiba", "target") in roles


def test_the_groups_men_held_stay_its_target_whatever_the_charge() -> None:
    roles = _arrest_roles(
        "Nigerian soldiers arrested three ISWAP fighters near Monguno on 4 June 2025 on "
        "suspicion of planning an ambush."
    )
    assert ("Islamic State West Africa Province", "target") in roles


def test_a_charge_of_transporting_a_groups_fighters_makes_it_no_target() -> None:
    roles = _arrest_roles(
        "Iraqi police arrested two drivers in Mosul on 8 June 2025 on charges of transporting "
        "Islamic State fighters."
    )
    assert roles
    assert not any(name == "Islamic State" for name, _r in roles)


def test_a_charge_of_a_groups_membership_makes_it_a_target() -> None:
    roles = _arrest_roles(
        "Turkish police arrested a lawyer in Istanbul on 9 June 2025 on charges of PKK membership."
    )
    assert ("Kurdistan Workers' Party", "target") in roles


# ------------------------------------------------------------------ "picked up"


def test_police_picking_up_couriers_is_an_arrest() -> None:
    text = (
        "Weekly security note, 20 May 2025\n\n"
        "Kenyan police said the situation in Garissa remained tense after al-Shabaab "
        "fighters attacked a police station there on 10 May.\n\n"
        "Police picked up two al-Shabaab couriers in Mandera on 13 May."
    )
    events, names = _events(text, "ARREST")
    assert len(events) == 1
    roles = _roles(events[0], names)
    assert ("al-Shabaab", "target") in roles
    assert any(r == "initiator" and "police" in n.lower() for n, r in roles)


def test_recruiters_picked_up_by_soldiers_is_an_arrest() -> None:
    roles = _arrest_roles(
        "Four suspected ISWAP recruiters were picked up by Nigerian soldiers in Monguno on "
        "4 June 2025."
    )
    assert ("Islamic State West Africa Province", "target") in roles
    assert ("Nigerian Army", "initiator") in roles


def test_picking_up_bodies_is_no_arrest() -> None:
    events, _n = _events(
        "Rescue teams picked up the bodies of six fighters near Garissa on 16 May 2025.",
        "ARREST",
    )
    assert not events


def test_fighting_that_picked_up_is_no_arrest() -> None:
    events, _n = _events("The fighting picked up again near Mandera on 17 May 2025.", "ARREST")
    assert not events


def test_a_side_picking_up_its_own_wounded_is_no_arrest() -> None:
    events, _n = _events(
        "The militants picked up their wounded fighters and withdrew towards Mandera on "
        "13 May 2025.",
        "ARREST",
    )
    assert not events


def test_a_bus_picking_up_released_members_is_no_arrest() -> None:
    events, _n = _events(
        "A bus picked up ten ELN members at the border crossing in Arauca on 5 June 2025 "
        "after their release.",
        "ARREST",
    )
    assert not events


def test_students_picked_up_by_men_in_plain_clothes_is_no_arrest() -> None:
    events, _n = _events(
        "Relatives said two students were picked up from their hostel in Garissa on 3 May "
        "2025 by men in plain clothes.",
        "ARREST",
    )
    assert not events


def test_a_pick_up_that_may_come_is_no_arrest() -> None:
    events, _n = _events(
        "Police may pick up more al-Shabaab suspects in Garissa in the coming days.", "ARREST"
    )
    assert not events


def test_a_pick_up_that_did_not_happen_is_no_arrest() -> None:
    events, _n = _events(
        "Police did not pick up any al-Shabaab suspects in Garissa after the blast on 13 May 2025.",
        "ARREST",
    )
    assert not events


# ------------------------------------------------------------------ the state's own things

_MYANMAR = "Myanmar update, 20 May 2025\n\nThe Myanmar military has lost ground this year.\n\n"


def _assault_roles(text: str) -> list[set[tuple[str, str]]]:
    events, names = _events(_MYANMAR + text, "ASSAULT")
    return [_roles(e, names) for e in events]


def test_a_group_attacking_government_lines_hits_the_states_force() -> None:
    (roles,) = _assault_roles("On 14 May, KIA fighters attacked government lines outside Bhamo.")
    assert ("Tatmadaw", "target") in roles


def test_a_group_shelling_junta_outposts_hits_the_states_force() -> None:
    (roles,) = _assault_roles("On 15 May, KIA fighters shelled junta outposts near Myitkyina.")
    assert ("Tatmadaw", "target") in roles


def test_militia_positions_are_not_the_states() -> None:
    for roles in _assault_roles("On 14 May, KIA fighters attacked militia positions near Bhamo."):
        assert ("Tatmadaw", "target") not in roles


def test_the_army_shelling_rebel_positions_is_not_hit() -> None:
    for roles in _assault_roles("On 14 May, the army shelled KIA positions near Bhamo."):
        assert ("Tatmadaw", "target") not in roles


def test_a_government_vaccination_team_is_no_force_hit() -> None:
    for roles in _assault_roles(
        "On 19 May, gunmen attacked a government vaccination team near Bhamo, wounding two nurses."
    ):
        assert ("Tatmadaw", "target") not in roles


def test_regime_artillery_that_shelled_is_the_states_force() -> None:
    (roles,) = _assault_roles("On 11 May, regime artillery shelled KIA positions near Bhamo.")
    assert ("Tatmadaw", "perpetrator") in roles


def test_army_drones_that_struck_are_the_states_force() -> None:
    (roles,) = _assault_roles(
        "On 15 May, army drones struck a village near Bhamo, killing three civilians."
    )
    assert ("Tatmadaw", "perpetrator") in roles


def test_a_groups_artillery_is_not_the_states() -> None:
    (roles,) = _assault_roles("On 16 May, KIA artillery shelled an army base near Myitkyina.")
    assert ("Tatmadaw", "perpetrator") not in roles
    assert ("Tatmadaw", "target") in roles


def test_bare_artillery_names_no_one() -> None:
    for roles in _assault_roles("On 17 May, artillery shelled a market in Bhamo."):
        assert not any(r == "perpetrator" for _n, r in roles)


def test_captured_army_tanks_make_the_army_no_attacker() -> None:
    for roles in _assault_roles("On 18 May, KIA fighters captured two army tanks near Bhamo."):
        assert ("Tatmadaw", "perpetrator") not in roles


# ------------------------------------------------------------------ the army's own police

_ETHIOPIA = (
    "Ethiopia update, 20 May 2025\n\n"
    "The Ethiopian National Defense Force and the Ethiopian Federal Police said on Monday that "
    "Fano militias remained active around Bahir Dar.\n\n"
)


def _arrest_doers(text: str) -> set[str]:
    events, names = _events(_ETHIOPIA + text, "ARREST")
    assert events
    return {n for e in events for n, r in _roles(e, names) if r == "initiator"}


def test_military_police_who_detained_are_the_army() -> None:
    doers = _arrest_doers("Military police detained 12 deserters in Gondar on 12 May.")
    assert "Ethiopian National Defense Force" in doers
    assert "Ethiopian Federal Police" not in doers


def test_local_police_are_not_resolved_to_the_federal_police() -> None:
    doers = _arrest_doers("Local police detained 40 young men in Bahir Dar on 12 May.")
    assert "Ethiopian Federal Police" not in doers


def test_a_regions_own_police_are_not_the_federal_police() -> None:
    doers = _arrest_doers("Amhara regional police detained 40 young men in Bahir Dar on 12 May.")
    assert "Ethiopian Federal Police" not in doers
