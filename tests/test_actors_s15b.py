"""Actors in short texts written for these tests (round 15b): a name opened by a Romance
article that the text calls a gang is a group, not a town; a bare "the army" is not the
forces of a country named only as the nationality of victims; a gazetteer name that opens a
longer unit's name ("X Squad") is not that entry; languages are neither places nor actors;
"Wilayat X" names an armed group; the UNLF's Pambei faction is its own entry."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.records import Actor


def actors(text: str) -> list[Actor]:
    return list(annotated(text)[1])


def places(text: str) -> list[str]:
    return [p.text for p in annotated(text)[0]]


def by_form(found: list[Actor], form: str) -> Actor | None:
    """The actor one of whose mentions is written ``form``."""
    return next((a for a in found if any(m.text == form for m in a.mentions)), None)


# ------------------------------------------- "Los X": a gang, not a town


def test_article_name_called_a_gang_is_an_actor() -> None:
    text = (
        "Police in Ecuador said Los Lobos, the largest gang in the country, attacked a mine "
        "in Azuay on Sunday."
    )
    assert by_form(actors(text), "Los Lobos") is not None
    assert "Los Lobos" not in places(text)


def test_article_names_listed_after_gangs_are_actors() -> None:
    text = (
        "The decree named several gangs, such as Los Tiguerones and Los Choneros, as "
        "terrorist groups. Los Tiguerones still dominate the port of Esmeraldas."
    )
    found = actors(text)
    assert by_form(found, "Los Tiguerones") is not None
    assert "Los Tiguerones" not in places(text)


def test_article_place_name_stays_a_place() -> None:
    text = (
        "Troops were sent to El Carmen, a town in Norte de Santander, after gunmen attacked "
        "a police post in Colombia."
    )
    assert "El Carmen" in places(text)
    assert by_form(actors(text), "El Carmen") is None


# ------------------------------------------- a bare "the army" and the victims' nationality


def _forces_country(found: list[Actor], form: str) -> str | None:
    actor = by_form(found, form)
    return actor.country if actor is not None else None


def test_bare_military_is_not_the_victims_country() -> None:
    text = (
        "Pakistan is fighting an insurgency in the southwest, and Pakistan says it will not "
        "negotiate. Chinese engineers working on the corridor have been targeted before. In "
        "2024 a bomb near the airport killed two Chinese nationals. The military said it had "
        "killed the planners."
    )
    assert _forces_country(actors(text), "military") == "PK"


def test_bare_army_is_not_the_hostages_country() -> None:
    text = (
        "Nigeria has sent reinforcements to Borno, and Nigeria blames the jihadists for the "
        "violence in Nigeria's north-east. Two Turkish engineers were abducted last month, and a third Turkish worker "
        "was freed on Friday. The army said troops were searching the forest."
    )
    assert _forces_country(actors(text), "army") == "NG"


# ------------------------------------------- "X Squad": a longer unit's name


def test_gazetteer_name_opening_a_squad_name_is_not_that_entry() -> None:
    text = (
        "The Balochistan group said the raid was led by its Fateh Squad, with support from "
        "other fighters."
    )
    found = by_form(actors(text), "Fateh Squad")
    assert found is not None and found.key != "fatah"


def test_gazetteer_name_opening_a_brigade_name_is_not_that_entry() -> None:
    text = (
        "A commander of the Hamas Brigade in the north, a local militia unrelated to the "
        "Palestinian movement, was killed in Idlib."
    )
    found = actors(text)
    assert all(a.key != "hamas" for a in found)
    assert by_form(found, "Hamas Brigade") is not None


def test_lower_case_unit_noun_keeps_the_entry() -> None:
    text = "A Hamas squad was seen near the crossing, the Fatah movement said."
    keys = {a.key for a in actors(text)}
    assert {"hamas", "fatah"} <= keys


# ------------------------------------------- languages


def test_language_is_no_place() -> None:
    text = "A survivor told the paper in Urdu that the gunmen had checked identity cards."
    assert "Urdu" not in places(text)
    assert by_form(actors(text), "Urdu") is None


def test_languages_are_no_actors() -> None:
    text = "The men spoke Pashto and Balochi, a shopkeeper in Turbat told reporters."
    found = actors(text)
    assert by_form(found, "Pashto") is None and by_form(found, "Balochi") is None


# ------------------------------------------- an Islamic State province


def test_wilayah_name_is_an_armed_group() -> None:
    text = "Fighters loyal to Wilayah Hauran ambushed an army patrol near Daraa."
    found = by_form(actors(text), "Wilayah Hauran")
    assert found is not None and found.type == "armed_group"
    assert "Wilayah Hauran" not in places(text)


def test_vilayat_name_is_an_armed_group() -> None:
    text = "In a video, Vilayat Dagh said its men had burned two police cars in the mountains."
    found = by_form(actors(text), "Vilayat Dagh")
    assert found is not None and found.type == "armed_group"


# ------------------------------------------- gazetteer and rules


def test_unlf_pambei_is_a_faction_of_the_unlf() -> None:
    from dossier.resolve.actor_gazetteer import load_actor_gazetteer

    g = load_actor_gazetteer()
    faction = g.lookup("United National Liberation Front (Pambei)")
    assert faction is not None and faction.parent == "unlf_manipur"
    main = g.lookup("UNLF")
    assert main is not None and main.id == "unlf_manipur"


def test_movement_in_a_regular_unit_name_is_data() -> None:
    from dossier.datafiles import load_yaml

    assert "movement" in load_yaml("actor_rules.yaml")["state_unit_neutral_cues"]
