"""(s22) Unknown names the sentence writes as places are no actors: "residents of X", "the
village chief of X", "an ambush at X in Y District", "the strike on X, in Y Province", "the
X-Y road", a dated list line with a dash after its place, "the International Border".
Names the text makes act stay actors.

Every sentence here is written for the test (no report's text), run through the real model."""

from __future__ import annotations

from functools import cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@cache
def _doc(text: str) -> Document:
    return process_raw(RawDocument(path="<s22c>", format="text", text=text, content_hash="s22c"))


def _names(text: str) -> set[str]:
    return {a.name for a in _doc(text).actors}


def _has(text: str, name: str) -> bool:
    return any(name in a.name or name in a.aliases for a in _doc(text).actors)


# --- places that must not become actors ---------------------------------------------


def test_residents_of_a_place_make_it_a_place() -> None:
    text = (
        "Residents of nearby Talowendi said a mortar round landed beside the clinic on "
        "Sunday, wounding two children."
    )
    assert not _has(text, "Talowendi")


def test_the_village_chief_of_a_place_keeps_the_chief_as_a_person() -> None:
    text = (
        "Armed men on Friday abducted the village chief of Ndarakosi, Jean-Paul Mbuyanga, "
        "and set fire to the grain store."
    )
    assert not _has(text, "Ndarakosi")
    assert _has(text, "Mbuyanga")


def test_an_ambush_at_a_place_in_a_district() -> None:
    text = (
        "The rebels claimed the ambush at Milosabe in Kuroti District, in which four "
        "police officers were killed last spring."
    )
    assert not _has(text, "Milosabe")


def test_a_strike_on_a_place_with_its_province_after_a_comma() -> None:
    text = (
        "The bombing recalled the air raid of 3 May on Danladi, in Damaro Province, that "
        "killed eleven herders."
    )
    assert not _has(text, "Danladi")


def test_one_end_of_a_named_road() -> None:
    text = "Traffic stopped on the Kaweroni-Lindabu road after a roadside bomb hit a bus."
    assert not _has(text, "Kaweroni")


def test_a_capitalised_border_is_no_actor() -> None:
    text = "Smugglers carried rifles across the International Border at night, officials said."
    assert "International Border" not in _names(text)


def test_a_dated_line_with_a_dash_after_its_place() -> None:
    text = (
        "Incidents\n\n"
        "- 4 Mar, Pulesimo (Damaro) \u2014 gunmen raided the health post and killed two "
        "nurses.\n"
        "- 6 Mar, Ketemba | an attack on a minibus left three dead.\n"
    )
    assert not _has(text, "Pulesimo")


# --- actors that must stay actors ---------------------------------------------------


def test_a_name_that_speaks_elsewhere_stays_an_actor() -> None:
    text = (
        "Residents of nearby Kasindelo fled on Monday. Kasindelo told reporters that his "
        "fighters would return to the hills."
    )
    assert _has(text, "Kasindelo")


def test_a_man_fired_on_in_a_town_stays_a_person() -> None:
    text = "Gunmen opened fire on Ibrahim Dantalle in Gusau on Friday, wounding him in the leg."
    assert _has(text, "Ibrahim Dantalle")


def test_a_named_brigade_at_a_place_stays_a_group() -> None:
    text = (
        "Fighters of the Nasr Kibali Brigade struck at Dormaso in Kisi district, killing "
        "three soldiers."
    )
    assert _has(text, "Nasr Kibali Brigade")
    assert not _has(text, "Dormaso")


def test_a_security_division_is_a_unit_not_a_place() -> None:
    text = (
        "The Special Security Division, which guards the dam, said it repelled an attack "
        "on Tuesday."
    )
    assert _has(text, "Special Security Division")


def test_a_group_loyal_to_a_leader_in_a_province() -> None:
    text = (
        "Militiamen loyal to Bakary Dantouma attacked a police post in Damaro Province, "
        "and Dantouma later denied any role."
    )
    assert _has(text, "Dantouma")


def test_a_speaker_quoted_in_a_town_stays_a_person() -> None:
    text = (
        "Speaking in Mopti on Thursday, Oumar Sangarevo said his militia would not disarm "
        "until the jihadists left."
    )
    assert _has(text, "Sangarevo")


def test_a_group_named_before_an_area_stays_a_group() -> None:
    text = (
        "The Wazalendo Front of Uhuru said it had taken the market town, and the Wazalendo "
        "Front of Uhuru later withdrew."
    )
    assert _has(text, "Wazalendo")


def test_a_dated_line_about_a_person_keeps_the_person() -> None:
    text = (
        "Statements\n\n"
        "- 9 Apr, Kano \u2014 Governor Musa Kabirudeen said his government would not "
        "negotiate with bandits.\n"
    )
    assert _has(text, "Kabirudeen")


def test_a_person_on_whom_a_raid_was_made_stays_a_person() -> None:
    text = "The raid on Sheikh Abubakar Lawanis, in his house in Kano, was filmed by neighbours."
    assert _has(text, "Lawanis")


def test_an_outlet_named_after_a_border_stays_an_outlet() -> None:
    text = "The mayor was quoted by the Daily Border as saying that the bridge would reopen."
    assert _has(text, "Daily Border")


def test_a_body_where_someone_works_in_a_city_stays_an_actor() -> None:
    text = (
        "Hamid Koroma, an analyst at Horizon Risk Partners in Nairobi, said the group had "
        "lost most of its commanders."
    )
    assert _has(text, "Horizon Risk Partners")
