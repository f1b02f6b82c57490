"""Actors and places in short sentences written for these tests: a country that only
modifies "border" is no place, an unknown village put "in X territory" is a place, a named
train is no actor, "the X region" finds the first-level division the gazetteer names in
another language, and "waged" is lemmatised "wage"."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.nlp import build_nlp
from dossier.records import Actor, Place


def places(text: str) -> dict[str, Place | None]:
    return {p.text: p.place for p in annotated(text)[0]}


def actors(text: str) -> dict[str, Actor]:
    return {a.key: a for a in annotated(text)[1]}


def test_country_before_border_is_no_place() -> None:
    text = (
        "Borno security update\n\n1. 12 May 2025 - Dikwa, Dikwa LGA: suspected militants "
        "abducted 9 farmers working near the Cameroon border. Residents said they were taken "
        "east.\n"
    )
    found = places(text)
    assert "Cameroon" not in found, found
    assert found.get("Dikwa") is not None and found["Dikwa"].country_code == "NG", found


def test_town_near_border_keeps_its_place() -> None:
    text = "Gunmen attacked the town of Mora near the Cameroon border on Monday, killing five."
    found = places(text)
    assert "Cameroon" not in found, found
    assert found.get("Mora") is not None and found["Mora"].country_code == "CM", found


def test_unknown_village_in_named_territory_is_a_place() -> None:
    text = "M23 fighters seized Kibirizi, in Rutshuru territory, on Tuesday."
    found = places(text)
    assert found.get("Kibirizi") is not None, found
    assert found["Kibirizi"].admin1_code == "CD-NK", found
    assert not any("kibirizi" in key for key in actors(text))


def test_named_train_is_no_actor() -> None:
    text = "Militants hijacked the Khyber Express near Quetta on Tuesday, taking 200 hostages."
    assert not any("express" in key for key in actors(text)), actors(text)
    text = "Gunmen stopped the passenger train Bolan Mail near Sibi and took the guards away."
    assert not any("mail" in key for key in actors(text)), actors(text)


def test_region_named_in_another_language_is_the_division() -> None:
    text = "Jihadists ambushed a supply convoy in the Timbuktu region on Sunday."
    place = places(text).get("Timbuktu")
    assert place is not None and place.feature == "admin1", place
    assert place.admin1_code == "ML-6"
    town = places("Jihadists shelled the airport in Timbuktu on Sunday.").get("Timbuktu")
    assert town is not None and town.feature == "city", town


def test_waged_is_lemmatised_wage() -> None:
    doc = build_nlp()("The rebels waged a long war. They are waging it still.")
    assert [t.lemma_ for t in doc if t.lower_.startswith("wag")] == ["wage", "wage"]
