"""Session 25: actors found by their structure. A division's name and a body noun name that
division's body ("Kaduna police", "the Katsina state government", "the Sindh provincial
police command"), never a country's or a capital's; a body, a title and a name written as one
run are a body and a person ("Ghana Police Spokesman N"); a unit numbered after its noun keeps
its branch words at a sentence's start; a group's named body after its owner's possessive
("the rebels' Tekeli Front") is a group; a capitalised plural whose singular is a word
of one named movement's name ("the Maoists" after "the CPI (Maoist)") is that movement. All
sentences written for these tests."""

from __future__ import annotations

from report_docs import actor_names as _names
from report_docs import actors_with as _with
from report_docs import text_actors

from dossier.records import Actor

# --------------------------------------------------------------------------------------------
# a division's body


def test_division_name_and_police_is_a_body() -> None:
    actors = text_actors("Kaduna police blamed herders for the raid on the cattle market.")
    found = _with(actors, "Kaduna police")
    assert found and found[0].type != "person", _names(actors)


def test_state_level_after_a_division_is_a_body() -> None:
    actors = text_actors("The Katsina state government announced a ban on motorcycles at night.")
    assert _with(actors, "Katsina state government"), _names(actors)


def test_level_modifier_and_command_is_one_body() -> None:
    actors = text_actors(
        "The Sindh provincial police command said three constables were wounded in the ambush."
    )
    assert _with(actors, "Sindh provincial police command"), _names(actors)


def test_division_the_model_takes_for_a_person_still_names_a_body() -> None:
    actors = text_actors(
        "The Tigray regional administration rejected the federal claim on Thursday."
    )
    assert _with(actors, "Tigray regional administration"), _names(actors)


def test_body_noun_modifying_a_noun_is_no_body() -> None:
    actors = text_actors(
        "Punjab government officials visited the camp. Gunmen in Kaduna police uniforms robbed "
        "the bank."
    )
    assert not _with(actors, "Punjab government"), _names(actors)
    assert not _with(actors, "Kaduna police"), _names(actors)


def test_capital_or_surname_before_government_is_no_division_body() -> None:
    actors = text_actors(
        "The Kabul government rejected the report. The Johnson government fell in 2022. The "
        "Central government sent troops to the coast."
    )
    assert not [a for a in actors if a.key.startswith("new:kabul")], _names(actors)
    assert not _with(actors, "Johnson"), _names(actors)
    assert not _with(actors, "Central government"), _names(actors)


def test_place_with_state_and_no_body_noun_is_no_body() -> None:
    actors = text_actors("Officials in Borno state said the road to the camp was closed.")
    assert not _with(actors, "Borno"), _names(actors)


def test_a_country_and_government_is_no_subnational_body() -> None:
    actors = text_actors("The Nigeria government denied the report on Monday.")
    assert not [a for a in actors if a.key.startswith("new:nigeria")], _names(actors)


# --------------------------------------------------------------------------------------------
# a body, a title and a name as one run


def test_body_title_and_name_are_a_body_and_a_person() -> None:
    actors = text_actors("Ghana Police Spokesman Kwame Mensah said two robbers were shot.")
    person = _with(actors, "Kwame Mensah")
    assert person and person[0].type == "person", _names(actors)
    assert "Police" not in person[0].name
    body = _with(actors, "Ghana Police")
    assert body and body[0].type != "person", _names(actors)


def test_office_of_a_body_before_a_name_leaves_the_person() -> None:
    actors = text_actors(
        "Ferry searches went on all week, Nakuru Superintendent of Police Daniel Otieno told "
        "reporters on Monday."
    )
    assert "Daniel Otieno" in _names(actors), _names(actors)
    assert not _with(actors, "Superintendent"), _names(actors)


def test_place_before_a_title_is_no_body() -> None:
    actors = text_actors("Sindh Home Minister Ziaul Lanjar toured the site on Friday.")
    assert "Ziaul Lanjar" in _names(actors), _names(actors)
    assert not _with(actors, "Sindh Home"), _names(actors)


def test_titles_without_a_body_keep_their_people() -> None:
    actors = text_actors("Foreign Minister Penny Wong met Defence Secretary Lloyd Austin in Perth.")
    assert {"Penny Wong", "Lloyd Austin"} <= set(_names(actors)), _names(actors)
    assert all(a.type == "person" for a in actors), _names(actors)


# --------------------------------------------------------------------------------------------
# units and a group's named bodies


def test_branch_word_opening_a_sentence_stays_in_the_unit() -> None:
    actors = text_actors("Light Infantry Battalion 208 shelled the village at dawn.")
    assert "Light Infantry Battalion 208" in _names(actors), _names(actors)


def test_other_sentence_first_word_is_no_branch() -> None:
    actors = text_actors("Heavy shelling hit Brigade 7 positions near the river.")
    assert not [n for n in _names(actors) if n.startswith(("Heavy", "shelling"))], _names(actors)


def test_owned_front_is_a_group() -> None:
    actors = text_actors(
        "The rebels' Tekeli Front shelled the ferry landing, and the army answered with mortars."
    )
    found = _with(actors, "Tekeli Front")
    assert found and found[0].type == "armed_group", _names(actors)


# --------------------------------------------------------------------------------------------
# a movement's members by a plural noun


def _mentions_of(actors: tuple[Actor, ...], key: str) -> int:
    return sum(len(a.mentions) for a in actors if a.key == key)


def test_member_plural_after_the_named_movement_is_that_movement() -> None:
    actors = text_actors(
        "The CPI (Maoist) issued a leaflet in Gadchiroli. Days later the Maoists torched two "
        "trucks on the highway."
    )
    assert _mentions_of(actors, "cpi_maoist") == 2, [(a.key, len(a.mentions)) for a in actors]


def test_member_plural_alone_names_no_movement() -> None:
    actors = text_actors("The Maoists torched two trucks in Gadchiroli on the highway.")
    assert not [a for a in actors if a.key == "cpi_maoist"], _names(actors)


def test_a_people_is_no_member_plural() -> None:
    actors = text_actors(
        "The Palestinian Islamic Jihad fired rockets at dawn. Palestinians queued for bread in "
        "the afternoon."
    )
    assert _mentions_of(actors, "pij") == 1, [(a.key, len(a.mentions)) for a in actors]


def test_place_then_comma_and_police_is_no_body() -> None:
    actors = text_actors("In Oromia, police arrested 37 people on Friday.")
    assert not _with(actors, "Oromia police"), _names(actors)


# --------------------------------------------------------------------------------------------
# a name written before a place's noun is a place throughout the report


def test_name_before_a_division_noun_is_a_place_in_a_table_too() -> None:
    actors = text_actors(
        "Gunmen attacked homes in Haro kebele, Boreda woreda, on Monday.\n\n"
        "| Date | Area | Event |\n| 2 May | West Guji / Boreda | Gunmen attack homes |\n"
    )
    assert not _with(actors, "Boreda"), _names(actors)


def test_group_named_with_a_group_word_before_camp_stays_a_group() -> None:
    actors = text_actors(
        "The Sangha Movement camp was raided at dawn. The Sangha Movement denied the charge."
    )
    assert _with(actors, "Sangha Movement"), _names(actors)


# --------------------------------------------------------------------------------------------
# a body's numbered area command


def test_acronym_area_noun_and_number_is_one_unit() -> None:
    actors = text_actors("Officers of the NISS Region 3 command detained two journalists.")
    assert _with(actors, "NISS Region 3"), _names(actors)


def test_area_noun_and_number_alone_is_no_unit() -> None:
    actors = text_actors("Refugees crossed into Region 5 after the clashes near the border.")
    assert not _with(actors, "Region 5"), _names(actors)
