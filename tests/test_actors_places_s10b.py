"""Actors and places in short sentences written for these tests: unknown names after "at" or
"toward" a verb of movement are places, a name ending in "LGA" or "Forest" is a place, a list
of known towns tagged as one name is several places, "control of X" makes a known town a
place, a "CITY —" dateline names its city, "Operation X" is no place, weapons, peoples and
news outlets are no persons, a bracketed other name of a person is the same person, a long
name before its acronym is one armed group, a service of the air force is its own actor and
a bare "the army" is the report's own country's."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.records import Actor, Place


def places(text: str) -> dict[str, Place | None]:
    return {p.text: p.place for p in annotated(text)[0]}


def actors(text: str) -> dict[str, Actor]:
    return {a.key: a for a in annotated(text)[1]}


def names(found: dict[str, Actor]) -> set[str]:
    return {a.name for a in found.values()}


def test_unknown_names_after_at_and_toward_are_no_people() -> None:
    text = (
        "In Mali, rebels ambushed an army convoy at Tessouraten near Kidal on Monday. "
        "A Malian officer said the army would push toward Inkadogotan in the Gao region."
    )
    found = actors(text)
    assert not {"Tessouraten", "Inkadogotan"} & names(found), found
    assert not any(a.type == "person" for a in found.values()), found


def test_person_after_at_stays_a_person() -> None:
    text = "Minister Amadou Kessabo spoke at length; reporters looked at Kessabo closely."
    assert "Kessabo" not in places(text)


def test_lga_and_forest_names_are_places_in_nigeria() -> None:
    text = (
        "3. 9 May 2025 - Ngurosoye, Bama LGA: Boko Haram fighters abducted 6 farmers in "
        "Borno State. The army said the group retreated into the Sambisa Forest."
    )
    found = actors(text)
    assert not any("LGA" in a.name or "Sambisa" in a.name for a in found.values()), found


def test_list_of_known_towns_tagged_as_one_name_is_several_places() -> None:
    text = (
        "The armed group threatened shopkeepers in the municipal centres of Tibú, Ocaña and "
        "Hacarí in Norte de Santander, Colombia, the ombudsman said."
    )
    found = places(text)
    assert found.get("Hacarí") is not None and found["Hacarí"].country_code == "CO", found
    assert found.get("Ocaña") is not None and found["Ocaña"].country_code == "CO", found
    assert not any("Hacarí" in a.name or "Ocaña" in a.name for a in actors(text).values())


def test_control_of_a_known_town_and_dash_dateline_are_places() -> None:
    text = (
        "BUKAVU — Rebels took control of Goma last month and now threaten the town of Uvira, "
        "residents said."
    )
    found = places(text)
    assert found.get("Goma") is not None and found["Goma"].admin1_code == "CD-NK", found
    assert found.get("BUKAVU") is not None and found["BUKAVU"].country_code == "CD", found


def test_operation_name_is_no_place() -> None:
    text = (
        "In Pakistan, the massacre at a school in Peshawar led to Operation Radd-ul-Fasaad "
        "across the country, officials said."
    )
    assert not any("Radd" in name for name in places(text)), places(text)


def test_weapons_peoples_and_outlets_are_no_people() -> None:
    text = (
        "In Congo, a Shahed drone struck a market, and an IED hit a convoy near Beni. Kinshasa "
        "accuses Kigali of backing a Tutsi militia. Residents told Dawn the toll was higher. "
        "The group claimed the attack through its Nawrast media outlet."
    )
    found = actors(text)
    assert not {"Shahed", "IED", "Tutsi"} & names(found), found
    by_name = {a.name: a for a in found.values()}
    assert by_name["Dawn"].type == "media", found
    assert by_name["Nawrast"].type == "media", found


def test_bracketed_other_name_is_the_same_person() -> None:
    text = (
        "The faction is led by Abba Kaka (Abba Gana), and is based on islands in Lake Chad. "
        "Abba Gana took over in 2023."
    )
    people = [a for a in actors(text).values() if a.type == "person"]
    assert len(people) == 1, people


def test_long_name_before_its_acronym_is_one_armed_group() -> None:
    text = (
        "Tuareg rebels of the Permanent Council for the Liberation of the North of Azawad "
        "(CPR-CLNA) attacked an army post near Kidal, Mali, on Sunday."
    )
    found = actors(text)
    groups = [a for a in found.values() if "CPR-CLNA" in a.aliases or a.name == "CPR-CLNA"]
    assert len(groups) == 1 and groups[0].type == "armed_group", found
    assert not any("Permanent Council" in name for name in places(text)), places(text)


def test_air_force_is_its_own_actor() -> None:
    text = (
        "The Nigerian Air Force bombed ISWAP camps in Borno on Friday, while the Nigerian Army "
        "cleared roads near Damboa."
    )
    keys = set(actors(text))
    assert "nigerian_air_force" in keys and "nigerian_army" in keys, keys


def test_bare_army_is_the_reports_own_country() -> None:
    text = (
        "Mali's junta has struggled to contain JNIM in central Mali and in the north of Mali. "
        "A senior Malian officer said the army plans a new offensive, with Africa Corps support."
    )
    found = actors(text)
    countries = {a.country for a in found.values() if a.type == "state_forces"}
    assert "ML" in countries, found
    assert not any(
        a.type == "state_forces" and a.country == "RU" and "army" in a.aliases
        for a in found.values()
    ), found


def test_dated_heading_places_and_lga_districts() -> None:
    text = (
        "Incidents in Borno State, Nigeria:\n"
        "1. 3 May 2025 - Ngamdu, Monguno LGA: ISWAP fighters attacked a checkpoint.\n"
        "2. 5 May 2025 - Ngubala, Konduga LGA: gunmen abducted 4 farmers.\n"
    )
    found = places(text)
    assert found.get("Ngamdu") is not None and found["Ngamdu"].admin1_code == "NG-BO", found
    konduga = found.get("Konduga LGA")
    assert konduga is not None and konduga.precision == "admin2", found
    assert konduga.name == "Konduga", found


def test_named_area_after_a_town_name_is_not_the_town() -> None:
    text = (
        "In Borno State, Nigeria, jets bombed ISWAP camps in the Niamey Corridor on Friday, the "
        "army said."
    )
    found = places(text)
    assert not any(p is not None and p.country_code != "NG" for p in found.values()), found


def test_bare_army_with_places_after_it_is_the_reports_country() -> None:
    text = (
        "Pakistan accuses Afghanistan of sheltering the TTP. Afghan officials deny it, and "
        "Afghanistan's Taliban rulers have warned Pakistan. Should the army launch a large "
        "operation in Bannu or North Waziristan, the TTP would respond, Pakistani analysts say. "
        "Pakistan has lost hundreds of soldiers this year."
    )
    found = actors(text)
    armies = [a for a in found.values() if "army" in a.aliases]
    assert armies and all(a.country == "PK" for a in armies), found


def test_unnamed_ministry_and_numbered_front_take_the_reports_country() -> None:
    text = (
        "In Colombia, the 41st Front attacked soldiers near Tibú, and the Ministry of Defence "
        "said Colombian troops would stay in Norte de Santander. Colombia has sent 5,000 "
        "soldiers to Catatumbo."
    )
    by_name = {a.name: a for a in actors(text).values()}
    assert by_name["41st Front"].country == "CO", by_name
    assert by_name["Ministry of Defence"].country == "CO", by_name


def test_known_group_name_across_a_wrapped_line_is_the_group_not_a_place() -> None:
    text = (
        "Dissidents hold the border crossings near Cúcuta, Colombia. The Gulf\n"
        "Clan, the country's largest gang, has pushed into the south of the region."
    )
    assert "clan_del_golfo" in actors(text), actors(text)
    assert not any("Clan" in name for name in places(text)), places(text)


def test_known_as_after_a_relative_clause_merges_the_names() -> None:
    text = (
        "The ADF, which swore loyalty to the Islamic State in 2019 and is known as Islamic "
        "State Central Africa Province (ISCAP) in the group's videos, raided Oicha, Congo. "
        "ISCAP later claimed the raid."
    )
    found = actors(text)
    assert "adf" in found and "ISCAP" in found["adf"].aliases, found
    assert not any(k != "adf" and "ISCAP" in a.aliases for k, a in found.items()), found


def test_spanish_name_of_blocs_and_fronts_is_an_armed_group() -> None:
    text = (
        "In Colombia, the Estado Mayor de Bloques y Frentes (EMBF) fought the ELN in 2025, "
        "and the EMBF still holds villages near Tibú, Colombia."
    )
    groups = [a for a in actors(text).values() if "EMBF" in (a.name, *a.aliases)]
    assert groups and groups[0].type == "armed_group", actors(text)


def test_rank_before_a_name_in_one_span_is_dropped() -> None:
    text = (
        "In Nigeria, jets struck camps in Borno, according to a statement by Air Commodore "
        "Olusola Akinboyewa. Independent confirmation was not possible."
    )
    people = {a.name: a for a in actors(text).values() if a.type == "person"}
    assert "Olusola Akinboyewa" in people, actors(text)
