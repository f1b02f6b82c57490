"""Generic event parties and who did a deed (s17, round 2): a generic attacker word takes only
a group that acted where the report named it, never one that was only hit there, a
pro-government militia, or any group where the report says no one claimed the attack; a
state force reporting a death did it only in its own operation; "bombers" alone are no
group's men. Each text was written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

_DATE = DateValue("2025-07-02", "day")


def _events(text: str) -> tuple[list[Event], dict[str, str]]:
    ann = annotate_text(text, _DATE)
    names = {a.key: a.name for a in ann.actors}
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, _DATE), names


def _event(text: str, words: str) -> tuple[Event, dict[str, str]]:
    events, names = _events(text)
    found = [e for e in events if words in e.anchor.quote]
    assert found, [e.anchor.quote for e in events]
    return found[0], names


def _roles(text: str, words: str) -> set[tuple[str, str]]:
    ev, names = _event(text, words)
    return {(names.get(a.actor, a.actor), a.role) for a in ev.actors}


def _perpetrators(text: str, words: str) -> set[str]:
    return {a for a, r in _roles(text, words) if r in {"perpetrator", "initiator"}}


# --- the reporting force -------------------------------------------------------------------


def test_a_commander_killed_in_infighting_was_not_killed_by_the_reporting_army() -> None:
    text = (
        "Al-Shabaab and the Islamic State in Somalia have fought over the Cal Miskaad hills.\n\n"
        "An al-Shabaab commander, Hassan Dheere, was killed near Qandala, Somalia, on 20 June "
        "2025 in clashes between rival factions of the group, the Somali army said."
    )
    ev, names = _event(text, "Hassan Dheere")
    assert any(a.role == "victim" for a in ev.actors), ev.actors
    assert not any(
        a.role == "perpetrator" and "Army" in names.get(a.actor, "") for a in ev.actors
    ), ev.actors


def test_a_commander_killed_by_his_own_device_was_not_killed_by_the_reporting_army() -> None:
    text = (
        "The al-Shabaab bomb maker Yusuf Garaad was killed on 21 June 2025 when the explosives "
        "he was assembling went off near Bulo Burte, Somalia, the Somali army said."
    )
    ev, names = _event(text, "Yusuf Garaad")
    assert any(a.role == "victim" for a in ev.actors), ev.actors
    assert not any(a.role == "perpetrator" for a in ev.actors), ev.actors


def test_a_commander_killed_in_an_airstrike_the_army_reports_was_killed_by_it() -> None:
    text = (
        "The al-Shabaab commander Abdi Warsame was killed in an airstrike near Bu'aale, "
        "Somalia, on 22 June 2025, the Somali army said."
    )
    ev, names = _event(text, "Abdi Warsame")
    assert any(a.role == "perpetrator" and "Somali" in names.get(a.actor, "") for a in ev.actors), (
        ev.actors
    )


# --- "bombers" -----------------------------------------------------------------------------


def test_bombers_striking_a_town_are_not_the_group_that_holds_it() -> None:
    text = (
        "The Arakan Army has held the town of Paletwa since early 2024.\n\n"
        "On 23 June 2025, bombers struck a hospital in Paletwa, Myanmar, killing nine "
        "patients, doctors said."
    )
    assert not any("Arakan" in a for a in _perpetrators(text, "bombers struck"))


def test_a_suicide_bomber_is_still_the_group_of_the_paragraph() -> None:
    text = (
        "Al-Shabaab has stepped up its attacks on the capital this year.\n\n"
        "On 24 June 2025, a suicide bomber blew himself up at a police academy in Mogadishu, "
        "Somalia, killing seven cadets."
    )
    assert any("Shabaab" in a for a in _perpetrators(text, "suicide bomber"))


# --- unattributed attacks ------------------------------------------------------------------


def test_no_group_claiming_the_attack_leaves_the_attackers_unknown() -> None:
    text = (
        "Al-Shabaab controls much of the Gedo region.\n\n"
        "On 25 June 2025, fighters threw grenades into a tea shop in Luuq, Somalia, killing "
        "four men. No one has claimed responsibility for the attack."
    )
    assert not any("Shabaab" in a for a in _perpetrators(text, "threw grenades"))


def test_a_group_only_raided_before_is_not_the_next_attackers() -> None:
    text = (
        "On 26 June 2025, Kenyan troops raided an al-Shabaab camp near Lamu, Kenya. Two "
        "days later, gunmen shot dead a chief in Mpeketoni, Kenya."
    )
    assert not any("Shabaab" in a for a in _perpetrators(text, "shot dead a chief"))


def test_a_group_that_acted_before_is_still_the_next_attackers() -> None:
    text = (
        "On 26 June 2025, al-Shabaab fighters burned a police post near Lamu, Kenya. Two "
        "days later, gunmen shot dead a chief in Mpeketoni, Kenya."
    )
    assert any("Shabaab" in a for a in _perpetrators(text, "shot dead a chief"))


def test_a_pro_government_militia_is_not_the_fighters_of_the_next_attack() -> None:
    text = (
        "The Civilian Joint Task Force, a vigilante militia allied with the army, guards the "
        "camps around Maiduguri.\n\n"
        "On 27 June 2025, fighters killed eleven farmers near Jere, Nigeria, residents said."
    )
    assert not any("Civilian Joint" in a for a in _perpetrators(text, "killed eleven"))


# --- weapons, devices set off, believed identities (MUC-4 mechanisms) ---------------------


def test_rockets_that_hit_are_the_weapon_never_the_perpetrator() -> None:
    text = (
        "The M23 holds the hills north of Goma.\n\n"
        "On 28 June 2025, two heavy rockets struck the central prison in Goma, Congo."
    )
    ev, _names = _event(text, "rockets")
    assert ev.weapon, ev
    assert not any(a.role == "perpetrator" for a in ev.actors), ev.actors


def test_a_patrol_that_triggers_a_landmine_is_its_target() -> None:
    text = (
        "On 29 June 2025, a Malian army patrol triggered a landmine near Tessalit, Mali, "
        "killing three soldiers."
    )
    roles = _roles(text, "landmine")
    assert any(r == "target" and "Malian" in a for a, r in roles), roles
    assert not any(r == "perpetrator" for _a, r in roles), roles


def test_a_truck_that_runs_over_a_mine_was_hit_by_it() -> None:
    text = (
        "On 29 June 2025, a Nigerien army truck ran over a mine near Tillia, Niger, killing "
        "two soldiers."
    )
    roles = _roles(text, "ran over")
    assert not any(r == "perpetrator" for _a, r in roles), roles


def test_fighters_who_plant_a_mine_are_still_its_perpetrators() -> None:
    text = (
        "On 29 June 2025, JNIM fighters planted mines on the road near Boni, Mali, that "
        "killed four soldiers."
    )
    assert any("Nusrat" in a or "JNIM" in a for a in _perpetrators(text, "planted"))


def test_gunmen_believed_to_be_members_of_a_group_make_it_the_suspected_perpetrator() -> None:
    text = (
        "On 30 June 2025, gunmen believed to be members of the ADF killed nine villagers in "
        "Beni, Congo."
    )
    ev, names = _event(text, "believed")
    assert any(
        a.role == "perpetrator" and "Allied Democratic" in names.get(a.actor, "") for a in ev.actors
    ), ev.actors
    assert ev.responsibility == "suspected", ev.responsibility


def test_militants_thought_to_belong_to_a_group_make_it_the_suspected_perpetrator() -> None:
    text = (
        "On 30 June 2025, militants thought to belong to al-Shabaab attacked a police station "
        "in Wajir, Kenya."
    )
    ev, names = _event(text, "thought to belong")
    assert any(
        a.role == "perpetrator" and "Shabaab" in names.get(a.actor, "") for a in ev.actors
    ), ev.actors
    assert ev.responsibility == "suspected", ev.responsibility


def test_what_the_police_believe_of_the_attackers_flight_is_no_identity() -> None:
    text = (
        "Police believed the attackers had fled towards Garissa after they killed four "
        "teachers in Mandera, Kenya, on 30 June 2025."
    )
    ev, _names = _event(text, "teachers")
    assert ev.responsibility != "suspected", ev.responsibility
