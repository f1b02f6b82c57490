"""Session 24, review of the actors change: where its mechanisms must NOT fire. A clause between
a sub-national adjective and a body noun names no body; a capital's possessive before what is
done to it or in it ("protests", "blockade", "recognition") stays the city; a unit numbered
after its noun does not take a place's level word; a people's word that is also a town's
own name keeps the town. All sentences written for these tests."""

from __future__ import annotations

from report_docs import actor_names as _names
from report_docs import text_actors

from dossier.pipeline import process_raw
from dossier.records import RawDocument


def _places(text: str) -> dict[str, str | None]:
    """Each place written in ``text`` -> the country of the gazetteer place it resolves to."""
    raw = RawDocument(path="<text>", format="text", text=text, content_hash="s24b")
    doc = process_raw(raw)
    return {p.text: (p.place.country_code if p.place else None) for p in doc.places}


# --------------------------------------------------------------------------------------------
# a sub-national adjective, then a clause that ends in a body noun


def test_a_clause_ending_in_police_is_no_regional_body() -> None:
    actors = text_actors(
        "Anglophone separatists ambushed police near Bamenda on Sunday, killing two officers."
    )
    assert not any("ambushed" in a.name for a in actors), _names(actors)


def test_militants_who_attacked_police_are_no_police_body() -> None:
    actors = text_actors("Kashmiri militants attacked police in Srinagar on Monday.")
    assert not any("attacked" in a.name for a in actors), _names(actors)
    assert not any(a.type == "state_forces" and "Kashmiri" in a.name for a in actors), _names(
        actors
    )


def test_fighters_who_shot_police_are_no_state_forces() -> None:
    actors = text_actors("Dagestani gunmen shot police at a checkpoint outside Derbent.")
    assert not any("shot" in a.name for a in actors), _names(actors)


def test_a_regional_ministry_with_its_adjective_is_still_a_body() -> None:
    actors = text_actors("The Dagestani interior ministry said the checkpoint reopened at noon.")
    assert any(a.name == "Dagestani interior ministry" for a in actors), _names(actors)


# --------------------------------------------------------------------------------------------
# a capital's possessive before what is done to the city or in it


def test_protests_in_a_capital_are_no_states_act() -> None:
    actors = text_actors("Minsk's protests were crushed by riot police in August.")
    assert not any(a.country == "BY" and a.type == "government" for a in actors), _names(actors)
    assert _places("Minsk's protests were crushed by riot police in August.").get("Minsk") == "BY"


def test_a_blockade_of_a_capital_is_no_states_act() -> None:
    text = "Sarajevo's blockade lasted almost four years, and food ran out in the winter."
    actors = text_actors(text)
    assert not any(a.country == "BA" for a in actors), _names(actors)


def test_a_capitals_recognition_by_another_state_is_no_act_of_its_own() -> None:
    actors = text_actors("Tripoli's recognition by three African states surprised its rivals.")
    assert not any(a.country == "LY" and a.type == "government" for a in actors), _names(actors)


def test_a_capitals_accusation_still_speaks_for_its_state() -> None:
    actors = text_actors("Bamako's accusations against Algiers were repeated on state radio.")
    assert any(a.country == "ML" and a.type == "government" for a in actors), _names(actors)


# --------------------------------------------------------------------------------------------
# a unit numbered after its noun, after a place's own name


def test_a_places_level_word_stays_out_of_a_units_name() -> None:
    actors = text_actors("Magway Region Battalion 6 ambushed a supply column near Minbu.")
    assert not any(a.name.startswith("Region") for a in actors), _names(actors)


def test_branch_words_still_open_a_units_name() -> None:
    actors = text_actors(
        "After the jade mines flooded, Light Infantry Battalion 77 pulled out of Hpakant."
    )
    assert any(a.name == "Light Infantry Battalion 77" for a in actors), _names(actors)


# --------------------------------------------------------------------------------------------
# a people's word that is also a town's own name


def test_a_town_named_like_a_people_stays_a_place() -> None:
    places = _places("Police in Luba detained two men after a robbery at the harbour.")
    assert places.get("Luba") == "GQ", places


def test_a_region_named_by_a_peoples_word_stays_where_the_attack_was() -> None:
    places = _places("Gunmen killed three traders in Acholi on Sunday night.")
    assert "Acholi" in places, places


def test_a_people_named_as_victims_is_still_no_actor() -> None:
    actors = text_actors("Gunmen burned two Lendu villages near Bunia, and nine people died.")
    assert not any("Lendu" in a.name for a in actors), _names(actors)


# --------------------------------------------------------------------------------------------
# a region's abbreviation in brackets after a state's body says where it serves


def test_a_regions_abbreviation_after_a_known_force_is_no_acronym_of_it() -> None:
    actors = text_actors("The Frontier Corps (GB) said its convoy was attacked near Chilas.")
    corps = [a for a in actors if a.name == "Frontier Corps"]
    assert corps and "GB" not in corps[0].aliases, [(a.name, a.aliases) for a in actors]
    assert not any(m.text == "GB" for m in corps[0].mentions), _names(actors)


def test_a_regions_abbreviation_after_an_authority_is_no_acronym_of_it() -> None:
    actors = text_actors(
        "The Bangsamoro Transition Authority (BARMM) condemned the ambush near Datu Piang."
    )
    body = [a for a in actors if a.name == "Bangsamoro Transition Authority"]
    assert body and "BARMM" not in body[0].aliases, [(a.name, a.aliases) for a in actors]


def test_a_groups_foreign_acronym_is_still_defined() -> None:
    actors = text_actors(
        "The Lightning Battalion (ZBT) attacked the camp. ZBT fighters then left the valley."
    )
    group = [a for a in actors if a.name == "Lightning Battalion"]
    assert group and "ZBT" in group[0].aliases, [(a.name, a.aliases) for a in actors]


def test_a_state_agencys_foreign_acronym_is_still_defined() -> None:
    actors = text_actors(
        "Officials said the raid was run by the State Intelligence Directorate (DİT). DİT "
        "officers detained two men."
    )
    agency = [a for a in actors if a.name == "State Intelligence Directorate"]
    assert agency and "DİT" in agency[0].aliases, [(a.name, a.aliases) for a in actors]
