"""Places, outlets and other names that are no people or organisations, in short texts
written for these tests: names led by an Arabic, Persian or Turkic place word (or an island
or bay word of another language), a place's other spelling in brackets after it, and a name
followed by "news agency"."""

from __future__ import annotations

from test_actors_places_s10 import places
from test_places_s8 import annotated

from dossier.records import Actor


def actor_names(text: str) -> dict[str, Actor]:
    return {a.name: a for a in annotated(text)[1]}


def test_name_led_by_a_place_word_is_a_place_not_a_person() -> None:
    text = (
        "Government troops pushed rebels out of Tell Tamer and Ras al-Ayn al-Gharbi on "
        "Wednesday before shelling Deir Jamal."
    )
    found = actor_names(text)
    assert not any(name.startswith(("Tell ", "Ras ", "Deir ")) for name in found), found
    assert {"Tell Tamer", "Ras al-Ayn al-Gharbi"} <= set(places(text)), places(text)


def test_a_place_word_that_is_also_a_given_name_needs_a_known_place() -> None:
    found = actor_names("Tal Becker met the mediators in Doha on Tuesday.")
    assert found.get("Tal Becker") is not None and found["Tal Becker"].type == "person", found


def test_island_word_makes_a_place() -> None:
    text = "Soldiers searched the homes of fishermen on Ilha Quirambo last month."
    assert "Ilha Quirambo" not in actor_names(text)
    assert "Ilha Quirambo" in places(text)


def test_person_with_a_place_word_first_name_stays_a_person() -> None:
    found = actor_names("Military spokesman Tal Rosen said the raids would go on for weeks.")
    assert found.get("Tal Rosen") is not None and found["Tal Rosen"].type == "person", found


def test_bracketed_other_spelling_of_a_place_is_no_actor() -> None:
    text = (
        "Fighters overran an outpost in Bulo Marer (also spelled Buulo Mareer) on Friday, "
        "and residents of Jowhar (Jawhar) fled south."
    )
    found = actor_names(text)
    assert "Buulo Mareer" not in found and "Jawhar" not in found, found


def test_name_before_news_agency_is_an_outlet_not_a_place() -> None:
    text = (
        "Two soldiers died in an ambush near Jowhar, the pro-government Sahan news agency "
        "reported, while the rebel-run Dalsan press agency gave a higher toll."
    )
    assert "Sahan" not in places(text) and "Dalsan" not in places(text)
    found = actor_names(text)
    for name in ("Sahan", "Dalsan"):
        if name in found:
            assert found[name].type == "media", found[name]


def test_place_word_name_before_fighters_stays_a_group() -> None:
    text = "The port of Kismayo is held by Ras Dhuubley fighters, elders say."
    assert "Ras Dhuubley" not in places(text), places(text)
