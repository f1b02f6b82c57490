"""Actors and places in short texts written for these tests: towns the gazetteer lacks in a
place slot, facilities named by a name the model took for a people, a group's nickname
counted as people, places glued to "-flagged"/"-based", "off" a port, countries joined to an
acting one, a state's ministry, an acronym two countries' forces share, a country's
contingent or deployment, and "the transitional government"."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.records import Actor, Place


def places(text: str) -> dict[str, Place | None]:
    return {p.text: p.place for p in annotated(text)[0]}


def actors(text: str) -> dict[str, Actor]:
    return {a.key: a for a in annotated(text)[1]}


def surfaces(text: str) -> set[str]:
    return {m.text for a in annotated(text)[1] for m in a.mentions}


def test_untagged_unknown_town_after_at_on_a_place_noun_is_a_place() -> None:
    text = "Militants burned the clinic at Kossomabo on Monday, killing two nurses in Mali."
    found = places(text)
    assert "Kossomabo" in found, found
    place = found["Kossomabo"]
    assert place is None or place.country_code == "ML", place


def test_untagged_unknown_town_after_in_is_a_place() -> None:
    found = places("Armed men looted shops in Sogomakuy overnight, residents in Mali said.")
    assert "Sogomakuy" in found, found


def test_name_before_air_base_is_a_facility_not_an_actor() -> None:
    text = "Drones hit the Kalimovka air base overnight, Russian officials said."
    assert any("Kalimovka" in name for name in places(text)), places(text)
    assert not any("Kalimovka" in s for s in surfaces(text))


def test_group_nickname_counted_as_people_is_no_place() -> None:
    text = (
        "Somali officials call the jihadist fighters Khawarij. Troops killed 14 Khawarij near "
        "Jowhar on Sunday."
    )
    found = places(text)
    assert "Jowhar" in found, found
    assert not any("Khawarij" in name for name in found), found


def test_flag_and_base_of_a_ship_or_monitor_are_no_places() -> None:
    text = "A Malta-flagged bulk carrier was hit off Mukalla, the Norway-based monitor said."
    found = places(text)
    assert "Malta" not in found and "Norway" not in found, found
    assert "Mukalla" in found, found


def test_countries_joined_to_an_acting_one_act_too() -> None:
    keys = actors("Burkina Faso, Guinea and Niger left ECOWAS in January.")
    assert "burkina_faso_government" in keys, keys
    assert any(a.country == "GN" for a in keys.values()), keys
    assert any(a.country == "NE" for a in keys.values()), keys


def test_a_countrys_lower_case_ministry_is_its_government() -> None:
    keys = actors("Turkey's interior ministry said police detained 20 suspects.")
    assert "turkey_government" in keys, keys
    assert not any("ministry" in k for k in keys), keys


def test_sna_is_the_army_of_the_reports_country() -> None:
    syria = actors(
        "SNA units shelled villages near Manbij and Kobani in Syria's Aleppo province, "
        "a Syrian monitor said."
    )
    assert "syrian_national_army" in syria, syria
    somalia = actors("SNA soldiers retook Bulo Burte in Somalia's Hiiraan region from militants.")
    assert "somali_national_army" in somalia, somalia


def test_a_countrys_deployment_and_contingent_are_its_forces() -> None:
    text = (
        "The Burundian deployment secured the road to Goma. A Kenyan contingent arrived in "
        "eastern Congo in November."
    )
    found = actors(text)
    assert any(a.country == "BI" and a.type == "state_forces" for a in found.values()), found
    assert any(a.country == "KE" and a.type == "state_forces" for a in found.values()), found


def test_the_transitional_government_is_the_reports_state() -> None:
    text = (
        "Guinea's junta has ruled since 2021. In Conakry, the transitional government "
        "banned protests in Guinea."
    )
    found = actors(text)
    gov = [a for a in found.values() if a.country == "GN" and a.type == "government"]
    assert gov, found
    assert any(m.text == "government" for a in gov for m in a.mentions), found
