"""Actors and places in short texts written for these tests: territories and towns the
GeoNames extract lacks (eastern Congo, Mali, Lebanon), districts GeoNames files under the
wrong province, a name the sentence puts by a border, an incident named after its town, a
district after a place and a comma (also in a table cell), a newspaper named after its
noun, an organisation named only as the owner of its mission, a faction "formerly led by"
someone, and a province's wali."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.pipeline import process_raw
from dossier.records import Actor, Document, Place, RawDocument


def places(text: str) -> dict[str, Place | None]:
    return {p.text: p.place for p in annotated(text)[0]}


def actors(text: str) -> dict[str, Actor]:
    return {a.key: a for a in annotated(text)[1]}


def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw)


def test_eastern_congo_territories_are_second_level_divisions() -> None:
    found = places(
        "Rebels pushed west through Walikale and Masisi on Friday, while fighting resumed in "
        "Irumu, in Ituri province."
    )
    for name, code in (("Walikale", "CD-NK"), ("Masisi", "CD-NK"), ("Irumu", "CD-IT")):
        place = found.get(name)
        assert place is not None and place.precision == "admin2", (name, found)
        assert place.admin1_code == code, (name, place)


def test_a_territory_named_like_its_town_is_the_territory() -> None:
    place = places("Militiamen raided farms across Rutshuru territory on Sunday.")["Rutshuru"]
    assert place is not None and place.precision == "admin2" and place.admin1_code == "CD-NK"


def test_district_filed_under_the_wrong_province_is_in_its_own() -> None:
    found = places("Security forces cordoned off Khuzdar district after the blast.")
    place = next(p for t, p in found.items() if t.startswith("Khuzdar"))
    assert place is not None and place.admin1_code == "PK-BA", found


def test_a_district_spelled_as_wire_copy_spells_it() -> None:
    found = places("A roadside bomb killed two policemen in Noshki, Pakistan, on Friday.")
    assert found["Noshki"] is not None and found["Noshki"].admin1_code == "PK-BA", found


def test_towns_of_a_governorate_the_build_left_unlinked() -> None:
    found = places("Clashes broke out in Baalbek and later spread to Tripoli in northern Lebanon.")
    assert found["Baalbek"] is not None and found["Baalbek"].admin1_code == "LB-BH", found
    assert found["Tripoli"] is not None and found["Tripoli"].admin1_code == "LB-AS", found


def test_a_name_by_a_border_is_not_put_by_the_capital() -> None:
    text = (
        "BAMAKO, March 3, 2025 (Reuters) - Officials in Bamako said rebels ambushed a convoy "
        "at Tinakawat near the Algerian border on Sunday."
    )
    place = places(text).get("Tinakawat")
    assert place is None or place.country_code != "ML" or place.admin1_code != "ML-BKO", place


def test_mali_border_towns_are_known() -> None:
    found = places(
        "Soldiers regrouped at Boulkessi after rebels overran positions at Tinzaouatene."
    )
    assert found["Boulkessi"] is not None and found["Boulkessi"].admin1_code == "ML-5", found
    assert found["Tinzaouatene"] is not None and found["Tinzaouatene"].admin1_code == "ML-8"


def test_a_river_and_a_border_village_of_lebanon() -> None:
    found = places(
        "The army deployed south of the Litani on Monday. A drone struck a car near Janta, "
        "in Lebanon, killing one man."
    )
    assert found["Litani"] is not None and found["Litani"].country_code == "LB", found
    assert found["Janta"] is not None and found["Janta"].precision == "city", found


def test_an_incident_named_after_its_town_places_the_town() -> None:
    found = places(
        "Many families in Yobe State still recall the 2018 Dapchi kidnapping, in which "
        "militants seized 110 pupils."
    )
    assert found.get("Dapchi") is not None and found["Dapchi"].admin1_code == "NG-YO", found


def test_a_district_after_a_place_and_a_comma() -> None:
    found = places(
        "The convoy was hit at Bolan Pass, Kachhi on Tuesday, officials in Pakistan said."
    )
    assert found.get("Kachhi") is not None and found["Kachhi"].admin1_code == "PK-BA", found
    assert found["Bolan Pass"] is not None and found["Bolan Pass"].admin1_code == "PK-BA", found


def test_a_table_cell_with_a_place_and_its_district() -> None:
    text = (
        "| Date | Location | Killed |\n|---|---|---|\n| 2 Apr 2025 | Mach, Kachhi | 4 |\n"
        "| 5 Apr 2025 | Sui, Dera Bugti | 3 |\n"
    )
    found = places(text)
    assert "Mach, Kachhi" not in found, found
    assert found.get("Kachhi") is not None and found["Kachhi"].admin1_code == "PK-BA", found


def test_a_newspaper_named_after_its_noun_is_media() -> None:
    found = actors("Relatives told the daily El Espectador that soldiers had detained two men.")
    assert any(a.name == "El Espectador" and a.type == "media" for a in found.values()), found


def test_the_owner_of_a_mission_is_no_actor_beside_it() -> None:
    found = actors("Rebels shelled a base of the UN mission MONUSCO near Beni on Tuesday.")
    assert "monusco" in found and "un" not in found, found


def test_faction_formerly_led_by_is_led_by_that_person() -> None:
    doc = document(
        "Ansaru, the Boko Haram faction formerly led by Khalid al-Barnawi, attacked a convoy "
        "near Kaduna in March."
    )
    leaders = {(r.subject, r.object_actor) for r in doc.relations if r.predicate == "leader_of"}
    assert ("new:khalid-al-barnawi", "ansaru") in leaders, leaders
    assert not any(obj == "boko_haram" for _, obj in leaders), leaders


def test_a_wali_named_by_the_islamic_state_leads_the_province() -> None:
    doc = document(
        "ISWAP broke with its parent group in 2016 after the Islamic State named Abu Musab "
        "al-Barnawi its wali."
    )
    leaders = {(r.subject, r.object_actor) for r in doc.relations if r.predicate == "leader_of"}
    assert ("abu_musab_al_barnawi", "iswap") in leaders, leaders
