"""Actors in short texts written for these tests (round 14, second part): a state body's
acronym from another country, "the army" beside a town that only a foreign gazetteer has, a
party or movement and its armed wing as two actors, capitalised plural group names ("the X
Tigers"), and places listed with places."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.records import Actor


def actors(text: str) -> list[Actor]:
    return list(annotated(text)[1])


def by_form(found: list[Actor], form: str) -> Actor | None:
    """The actor one of whose mentions is written ``form``."""
    return next((a for a in found if any(m.text == form for m in a.mentions)), None)


def _keys(found: list[Actor]) -> set[str]:
    return {a.key for a in found}


# ------------------------------------------- a foreign state body's acronym


def test_foreign_state_body_acronym_is_not_taken_in_another_countrys_report() -> None:
    text = (
        "Ghanaian troops reinforced the northern border after an attack near Bawku, the GNA "
        "reported on Tuesday. Ghana's defence minister said the situation in Ghana was calm."
    )
    assert "libya_gnu" not in _keys(actors(text))


def test_foreign_intelligence_acronym_is_not_taken_in_another_countrys_report() -> None:
    text = (
        "Officers of the NIA questioned two suspects in Abuja, Nigerian officials said. "
        "Nigeria has stepped up arrests since the bombing in Kaduna, Nigeria's police said."
    )
    assert "nia" not in _keys(actors(text))


# ------------------------------------------- "the army" and a foreign-only town name


def test_bare_army_stays_in_the_reports_country_beside_a_foreign_only_town() -> None:
    text = (
        "Nigeria's north-east remains tense. Insurgents attacked Gwoza in Borno, Nigeria, "
        "last week.\n\nOn Monday troops raided Bosco and arrested four men. The army said "
        "all of them were insurgents."
    )
    found = actors(text)
    army = by_form(found, "army")
    assert army is not None, found
    assert army.country == "NG", army


def test_bare_army_after_a_foreign_only_village_name_is_the_home_army() -> None:
    text = (
        "Fighting spread across Mali's centre this month, and Mali's junta promised "
        "reinforcements.\n\nGunmen burned granaries at Cascina overnight. The army blamed "
        "jihadists for the fire."
    )
    found = actors(text)
    army = by_form(found, "army")
    assert army is not None, found
    assert army.country == "ML", army
    assert not any(a.country == "IT" for a in found), found


# ------------------------------------------- a party or a movement and its armed wing


def test_armed_wing_is_its_own_actor_not_an_alias() -> None:
    text = (
        "Fighters of the Karen National Liberation Army (KNLA) overran an outpost near "
        "Myawaddy, said a spokesman of the Karen National Union (KNU), the political body "
        "that commands it."
    )
    found = actors(text)
    knla, knu = by_form(found, "Karen National Liberation Army"), by_form(found, "KNU")
    assert knla is not None and knu is not None, found
    assert knla.key != knu.key, found


def test_movement_and_its_armed_forces_are_two_actors() -> None:
    text = (
        "The Moro Islamic Liberation Front said its Bangsamoro Islamic Armed Forces would "
        "stay in their camps while the decommissioning in Lanao continued."
    )
    found = actors(text)
    front = by_form(found, "Moro Islamic Liberation Front")
    wing = by_form(found, "Bangsamoro Islamic Armed Forces")
    assert front is not None and wing is not None, found
    assert front.key != wing.key, found
    assert wing.type == "armed_group", wing


def test_party_is_not_merged_into_its_army() -> None:
    text = (
        "The Communist Party of the Philippines denied the New People's Army had "
        "recruited minors in Samar."
    )
    found = actors(text)
    party = by_form(found, "Communist Party of the Philippines")
    army = by_form(found, "New People's Army")
    assert party is not None and army is not None, found
    assert party.key != army.key and party.type == "political_party", found


# ------------------------------------------- capitalised plural group names


def test_capitalised_plural_fighters_noun_names_an_armed_group() -> None:
    text = (
        "The Menchum Tigers, a separatist outfit, said they had ambushed a patrol near Wum "
        "in Cameroon on Monday."
    )
    found = actors(text)
    tigers = by_form(found, "Menchum Tigers") or by_form(found, "The Menchum Tigers")
    assert tigers is not None, found
    assert tigers.type == "armed_group", tigers


def test_capitalised_plural_boys_names_an_armed_group() -> None:
    text = (
        "Residents of Batouri said the Red Hill Boys had kidnapped a trader and demanded "
        "a ransom from his family in Cameroon."
    )
    found = actors(text)
    boys = by_form(found, "Red Hill Boys") or by_form(found, "the Red Hill Boys")
    assert boys is not None, found
    assert boys.type == "armed_group", boys


# ------------------------------------------- places among places


def test_unknown_division_listed_with_towns_is_no_actor() -> None:
    text = (
        "Raids by jihadists continue in Kolofata and Mayo-Moskota-Nord, and displaced "
        "families keep arriving in Mora, officials in Cameroon said."
    )
    found = actors(text)
    assert by_form(found, "Mayo-Moskota-Nord") is None, found


def test_unknown_province_set_beside_a_town_is_no_actor() -> None:
    text = (
        "A bomb hidden in a sack near the market in Cotabato City, Kutawato del Norte, was "
        "defused by soldiers of the Philippine army on Friday."
    )
    found = actors(text)
    assert by_form(found, "Kutawato del Norte") is None, found
