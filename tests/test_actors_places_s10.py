"""Actors and places in short sentences written for these tests: a name before a place noun
("X town", "the Y mountains") is one place, a bare wire dateline names its city, an
apposition that calls a name a capital makes it a place, a publisher's name holds no place and
is no person, a unit of a known group is that group's armed unit, a titled name is a person,
two given names share one surname, a person's real name is an alias, and a short name of a
division in the text is that division, not a small namesake town elsewhere."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.records import Actor, Place


def places(text: str) -> dict[str, Place | None]:
    return {p.text: p.place for p in annotated(text)[0]}


def actors(text: str) -> dict[str, Actor]:
    return {a.key: a for a in annotated(text)[1]}


def test_name_before_town_noun_is_one_place_in_its_province() -> None:
    text = (
        "A grenade exploded outside a mosque in Datu Abdullah Sangki town in Maguindanao "
        "del Sur province on Friday, police said."
    )
    found = places(text)
    assert "Datu Abdullah Sangki" in found, found
    place = found["Datu Abdullah Sangki"]
    assert place is not None and place.country_code == "PH"


def test_mountains_and_islands_are_places() -> None:
    text = (
        "Commanders of the group are based in the Qandil mountains, Turkish officials said, "
        "while its founder remains on Imrali island."
    )
    found = places(text)
    assert found.get("Qandil") is not None and found["Qandil"].country_code == "IQ", found
    assert found.get("Imrali") is not None and found["Imrali"].country_code == "TR", found


def test_dam_is_a_site_not_the_country() -> None:
    text = (
        "In Syria, SDF fighters repelled an assault on the Tishreen Dam on Tuesday, the group said."
    )
    place = places(text)["Tishreen Dam"]
    assert place is not None and place.precision == "site" and place.admin1_code == "SY-HL"


def test_dateline_without_date_or_agency_names_its_city() -> None:
    text = "AKRE, Iraq - Drones struck a car carrying three men on Sunday, officials said."
    found = places(text)
    assert found.get("AKRE") is not None and found["AKRE"].country_code == "IQ", found


def test_capital_apposition_makes_a_person_tagged_name_a_place() -> None:
    text = (
        "In early May, militia fighters briefly seized parts of Debre Markos, the capital of "
        "East Gojjam zone, before troops pushed them back."
    )
    found = places(text)
    assert found.get("Debre Markos") is not None and found["Debre Markos"].country_code == "ET"
    assert not any("Debre" in a.name for a in annotated(text)[1])


def test_hyphenated_outlet_name_holds_no_place() -> None:
    text = (
        "Lebanese troops moved into villages south of the Litani, an army officer told "
        "L'Orient-Le Jour on Thursday."
    )
    assert "L'Orient" not in places(text)


def test_outlet_starting_with_a_town_holds_no_place() -> None:
    text = "A Taliban spokesman told Kabul Now that the prisoners had been freed in Herat."
    assert "Kabul" not in places(text)


def test_outlet_tagged_person_is_media() -> None:
    text = (
        "The separatists denied involvement in a statement relayed by Mimi Mefo Info on "
        "Saturday, hours after the ambush in Bamenda."
    )
    found = [a for a in annotated(text)[1] if a.name == "Mimi Mefo Info"]
    assert found and found[0].type == "media", [(a.name, a.type) for a in annotated(text)[1]]


def test_unit_of_a_known_group_takes_its_parent() -> None:
    text = (
        "Israeli jets struck a depot used by the Nasr Force, Hezbollah's elite unit, near "
        "Tyre on Monday."
    )
    found = [a for a in annotated(text)[1] if a.name == "Nasr Force"]
    assert found, [a.name for a in annotated(text)[1]]
    unit = found[0]
    assert (unit.type, unit.parent, unit.country) == ("armed_group", "hezbollah", "LB")


def test_possessive_unit_of_a_known_group_takes_its_parent() -> None:
    found = [
        a
        for a in annotated("Hezbollah's Aziz Unit fired rockets at Kiryat Shmona on Friday.")[1]
        if a.name == "Aziz Unit"
    ]
    assert found and found[0].parent == "hezbollah" and found[0].type == "armed_group"


def test_titled_name_tagged_organisation_is_a_person() -> None:
    text = "HPG commander Murat Karasu told reporters the truce was over."
    found = [a for a in annotated(text)[1] if a.name == "Murat Karasu"]
    assert found and found[0].type == "person", [(a.name, a.type) for a in annotated(text)[1]]


def test_two_given_names_share_a_surname() -> None:
    text = "The cell was led by brothers Khalid and Tariq Mansour until 2019."
    names = {a.name for a in annotated(text)[1]}
    assert {"Khalid Mansour", "Tariq Mansour"} <= names, names


def test_real_name_is_an_alias_of_the_person() -> None:
    text = (
        "Abu Hamza, whose real name was Tariq Salim Bakr, was killed by soldiers in 2021 in Jolo."
    )
    found = [a for a in annotated(text)[1] if a.name == "Abu Hamza"]
    assert found and "Tariq Salim Bakr" in found[0].aliases, [
        (a.name, a.aliases) for a in annotated(text)[1]
    ]


def test_born_name_is_an_alias_of_the_person() -> None:
    text = "Militant commander Abu Dujana, born Karim Nadir Faisal, was arrested in May."
    found = [a for a in annotated(text)[1] if a.name == "Abu Dujana"]
    assert found and "Karim Nadir Faisal" in found[0].aliases


def test_short_name_of_a_division_is_that_division() -> None:
    text = (
        "Troops clashed with militants in Lanao del Sur on Monday. The army says fewer than "
        "40 fighters remain in the Lanao area, near Marawi."
    )
    place = places(text)["Lanao"]
    assert place is not None and place.admin1_code == "PH-14", place


def test_surname_of_a_named_person_is_no_place() -> None:
    text = (
        "The former army commander General Sami Sadat spoke to reporters. According to "
        "Sadat, the attacks were planned in Balochistan."
    )
    assert "Sadat" not in places(text)


def test_unknown_river_is_not_put_near_the_closest_town() -> None:
    text = (
        "Lebanese soldiers deployed south of the Awali River on Monday, officials in Beirut "
        "said. Fighting was also reported in Sidon and Tyre in southern Lebanon."
    )
    place = places(text)["Awali River"]
    assert place is None or place.precision != "near", place
