"""Generic event parties (s17, round 3), regressions of the round-2 resolver: an armed
group's men setting off their own bomb attack with it; "unclaimed" and a denied claim block
attribution only when said of an attack, in the event's paragraph; militias other than
state-aligned ones are candidates for "militants"; "bombers" who blew themselves up are a
group's men; a group named only as hit is still the one meant where the report names no
other armed group. The reviewer's sentences, and new ones written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

_DATE = DateValue("2025-07-02", "day")


def _events(text: str) -> tuple[list[Event], dict[str, str]]:
    ann = annotate_text(text, _DATE)
    names = {a.key: a.name for a in ann.actors}
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, _DATE), names


def _roles(text: str, words: str) -> set[tuple[str, str]]:
    events, names = _events(text)
    found = [e for e in events if words in e.anchor.quote]
    assert found, [e.anchor.quote for e in events]
    return {(names.get(a.actor, a.actor), a.role) for a in found[0].actors}


def _perpetrators(text: str, words: str) -> set[str]:
    return {a for a, r in _roles(text, words) if r in {"perpetrator", "initiator"}}


# --- who sets off a device -----------------------------------------------------------------


def test_militants_setting_off_a_bomb_attacked_with_it() -> None:
    text = (
        "On 3 July 2025, al-Shabaab militants set off a roadside bomb as an AMISOM convoy "
        "passed near Afgoye, Somalia, killing two soldiers."
    )
    roles = _roles(text, "set off a roadside bomb")
    assert ("al-Shabaab", "perpetrator") in roles
    assert ("al-Shabaab", "target") not in roles


def test_group_fighters_triggering_a_device_remotely_attacked() -> None:
    text = (
        "On 9 August 2025, Boko Haram fighters triggered an IED near Bama, Nigeria, killing "
        "three police officers."
    )
    assert "Boko Haram" in _perpetrators(text, "triggered an IED")


def test_a_patrol_triggering_a_mine_is_still_hit_by_it() -> None:
    text = (
        "On 10 August 2025, an army patrol triggered a landmine planted by JNIM near Douentza, "
        "Mali, killing two soldiers."
    )
    perps = _perpetrators(text, "triggered a landmine")
    assert not any("army" in p.lower() or "forces" in p.lower() for p in perps), perps


# --- "unclaimed" and denied claims -----------------------------------------------------------


def test_unclaimed_bodies_do_not_block_attribution() -> None:
    text = (
        "Al-Shabaab claimed the attack on the Mogadishu hotel on 5 July 2025. Police later "
        "found three unclaimed bodies in a nearby street. Militants also stormed a checkpoint "
        "in Afgoye, Somalia, killing four soldiers."
    )
    assert "al-Shabaab" in _perpetrators(text, "stormed a checkpoint")


def test_unclaimed_cargo_does_not_block_attribution() -> None:
    text = (
        "ISWAP fighters overran a base near Monguno on 2 August 2025. Customs officers "
        "seized unclaimed cargo at the port. Insurgents then ambushed a convoy near Marte, "
        "Nigeria, on 3 August 2025, killing five soldiers."
    )
    assert "Islamic State West Africa Province" in _perpetrators(text, "ambushed a convoy")


def test_unclaimed_attack_still_blocks_attribution() -> None:
    text = (
        "ISWAP fighters overran a base near Monguno on 2 August 2025. On 3 August 2025, "
        "gunmen ambushed a convoy near Marte, Nigeria, killing five soldiers. The attack "
        "remained unclaimed."
    )
    perps = _perpetrators(text, "ambushed a convoy")
    assert "Islamic State West Africa Province" not in perps, perps


def test_a_denied_claim_about_something_else_does_not_block() -> None:
    text = (
        "Al-Shabaab fighters attacked Beledweyne on 22 July 2025. The Somali government did "
        "not claim that the town had fallen. On 23 July 2025, militants beheaded two elders "
        "in Beledweyne, Somalia."
    )
    assert "al-Shabaab" in _perpetrators(text, "beheaded two elders")


def test_no_group_claiming_the_attack_still_blocks() -> None:
    text = (
        "Al-Shabaab fighters attacked Beledweyne on 22 July 2025. On 23 July 2025, militants "
        "beheaded two elders in Beledweyne, Somalia. No group claimed responsibility."
    )
    assert "al-Shabaab" not in _perpetrators(text, "beheaded two elders")


# --- militias ---------------------------------------------------------------------------------


def test_non_state_militia_is_a_candidate() -> None:
    text = (
        "Kata'ib Hezbollah has threatened US forces in Iraq for months.\n\nOn 21 July 2025, "
        "militants launched three drones at Ain al-Asad air base, Iraq, wounding two "
        "contractors."
    )
    assert "Kata'ib Hezbollah" in _perpetrators(text, "launched three drones")


def test_insurgent_militia_is_a_candidate() -> None:
    text = (
        "Fano has fought the federal army across Amhara since 2023.\n\nOn 4 August 2025, "
        "insurgents ambushed a bus near Gondar, Ethiopia, killing six passengers."
    )
    assert "Fano" in _perpetrators(text, "ambushed a bus")


def test_state_aligned_militia_is_no_candidate() -> None:
    text = (
        "The Civilian Joint Task Force has guarded Maiduguri since 2013.\n\nOn 5 August "
        "2025, insurgents attacked a market in Konduga, Nigeria, killing nine traders."
    )
    assert not _perpetrators(text, "attacked a market")


# --- suicide bombers ---------------------------------------------------------------------------


def test_bombers_who_blew_themselves_up_are_the_groups() -> None:
    text = (
        "The Tehrik-i-Taliban Pakistan has claimed most attacks on police in Khyber "
        "Pakhtunkhwa.\n\nOn 25 July 2025, two bombers blew themselves up at a police station "
        "in Bannu, Pakistan, killing six officers."
    )
    assert "Tehrik-i-Taliban Pakistan" in _perpetrators(text, "blew themselves up")


def test_bombers_that_struck_a_market_stay_unresolved() -> None:
    text = (
        "The Tehrik-i-Taliban Pakistan has claimed most attacks on police in Khyber "
        "Pakhtunkhwa.\n\nOn 26 July 2025, bombers struck a market in Bannu, Pakistan, "
        "killing six people."
    )
    assert "Tehrik-i-Taliban Pakistan" not in _perpetrators(text, "struck a market")


# --- a group named only as hit ------------------------------------------------------------------


def test_the_one_armed_group_named_only_as_hit_is_still_meant() -> None:
    text = (
        "Al-Shabaab militants were killed in an airstrike near Jilib on 17 July 2025. On 18 "
        "July 2025, militants attacked a police station in Kismayo, Somalia, killing three "
        "officers."
    )
    assert "al-Shabaab" in _perpetrators(text, "attacked a police station")


def test_a_group_named_only_as_hit_beside_another_group_is_not_meant() -> None:
    text = (
        "ISWAP fighters were killed in an airstrike near Monguno on 17 July 2025, and Boko "
        "Haram was blamed for a raid on a church in Gwoza. On 18 July 2025, militants "
        "attacked a police station in Bama, Nigeria, killing three officers."
    )
    perps = _perpetrators(text, "attacked a police station")
    assert "Islamic State West Africa Province" not in perps, perps


def test_people_named_setting_off_a_mine_when_the_incident_happened_are_its_victims() -> None:
    text = (
        "Military authorities said two peasants were killed when they set off a mine in "
        "Cabanas department. The incident took place in the vicinity of Ilobasco, when Juan "
        "Lopez and Maria Ortega set off an explosive device apparently abandoned by the "
        "guerrillas."
    )
    roles = _roles(text, "set off a mine")
    assert ("Juan Lopez", "victim") in roles
    assert not {name for name, role in roles if role in {"perpetrator", "initiator"}}
