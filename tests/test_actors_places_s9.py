"""Actors and places in short sentences written for these tests: "IS" is the Islamic State only
in mixed-case text, names with an inner apostrophe or a connector word stay whole, a part of a
town lies in that town, a division listed after a smaller one lies in its country, town cues
and district words set the precision, and a person's name is no place."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.records import Actor, Place


def place(text: str, name: str) -> Place:
    found = [p.place for p in annotated(text)[0] if p.text == name]
    assert found, f"{name} is not a place: {[p.text for p in annotated(text)[0]]}"
    assert found[0] is not None, f"{name} has no place"
    return found[0]


def actors(text: str) -> dict[str, Actor]:
    return {a.key: a for a in annotated(text)[1]}


def test_is_is_the_islamic_state_in_mixed_case_text() -> None:
    text = (
        "IS fighters ambushed a patrol near Tadmur on Thursday. The SDF said that IS had "
        "lost ground, and an IS commander was captured in Shaddadi."
    )
    assert "isis" in actors(text)


def test_is_is_a_verb_in_capitals_and_after_a_subject() -> None:
    assert "isis" not in actors("THE MAYOR SAID THE TOWN IS CALM AFTER THE SHOOTING IN LIMA.")
    assert "isis" not in actors("Police said the road IS open again after the floods.")


def test_name_with_inner_apostrophe_is_one_person() -> None:
    text = "Troops detained a logistics chief, Ra'id' Karim Hamid al-Dulaimi, in Tikrit on Monday."
    found = [a for a in annotated(text)[1] if "Dulaimi" in a.name]
    assert found and found[0].name.startswith("Ra'id'"), [a.name for a in annotated(text)[1]]


def test_connector_word_keeps_a_group_name_whole() -> None:
    text = "Villagers said Jund Ahl al-Athar wal Hadith raided a market in Chiure."
    names = [a.name for a in annotated(text)[1]]
    assert "Jund Ahl al-Athar wal Hadith" in names, names


def test_part_of_a_town_lies_in_that_town() -> None:
    text = "Gunmen attacked the Palm Beach area of Kismayo on Friday, killing three guards."
    p = place(text, "Palm Beach")
    assert p.country_code == "SO"
    assert p.precision == "near"


def test_division_after_a_smaller_one_lies_in_its_country() -> None:
    text = "Militants burned a school in Kantchari town (Tapoa province, East region) on Monday."
    assert place(text, "East region").country_code == "BF"


def test_town_cues_and_district_words_set_precision() -> None:
    text = (
        "Jets struck the port city of Hodeidah on Friday. Insurgents raided villages in "
        "Macomia district. A drone fell near Baghdad International Airport."
    )
    assert place(text, "Hodeidah").precision == "city"
    assert place(text, "Macomia").precision == "admin2"
    airport = place(text, "Baghdad International Airport")
    assert airport.precision == "near" and airport.country_code == "IQ"


def test_appositive_capital_is_a_place() -> None:
    text = "The rebels, who hold the capital Sanaa and much of the north, fired missiles."
    assert place(text, "Sanaa").country_code == "YE"


def test_article_completes_a_hyphenated_place_name() -> None:
    text = "Coalition jets killed two militants in Deir ez-Zor province on Saturday."
    assert place(text, "Deir ez-Zor").precision == "admin1"


def test_person_name_is_no_place() -> None:
    text = "Crowds chanted for Aung San Suu Kyi outside the court in Naypyidaw."
    assert "Aung San" not in [p.text for p in annotated(text)[0]]


def test_bare_soldiers_in_a_one_country_report_are_its_forces() -> None:
    text = (
        "Jihadists raided a cattle market near Fada N'Gourma in eastern Burkina Faso. Soldiers "
        "killed six of the raiders, and troops later arrested two suspects near "
        "Kantchari in Burkina Faso."
    )
    forces = [a for a in annotated(text)[1] if a.type == "state_forces" and a.country == "BF"]
    assert forces, [(a.name, a.type) for a in annotated(text)[1]]
    texts = {m.text for m in forces[0].mentions}
    assert {"Soldiers", "troops"} <= texts, texts


def test_soldiers_of_a_named_group_are_not_the_state() -> None:
    text = (
        "Soldiers of the rebel movement looted shops in Bambari, in the Central African Republic."
    )
    assert not [a for a in annotated(text)[1] if a.type == "state_forces"]
