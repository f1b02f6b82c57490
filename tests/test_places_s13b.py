"""Event places in short texts written for these tests (session 13, round 2): the town
beats the region the text calls a region, the named place before "a village in X district"
beats the district, a facility named after an unknown place ("X airport", "the X
displacement site"), a place "off" which people were seized, and an unknown name an
apposition calls a village."""

from __future__ import annotations

from report_docs import text_events as _events

from dossier.eval.muc4_dossier import annotate_text
from dossier.records import DateValue


def _places(text: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in _events(text) if e.type == "ASSAULT"]


def test_a_town_beats_the_region_the_text_names_after_it() -> None:
    found = _places(
        "A grenade exploded outside the town hall in Ocaña, in the Catatumbo region of "
        "Norte de Santander, on Monday, killing three soldiers."
    )
    assert found and all(p == "Ocaña" for p in found), found


def test_a_named_village_beats_the_district_of_its_apposition() -> None:
    found = _places(
        "Gunmen stormed Nanjua, a village in Macomia district, on Friday night, killing "
        "five people."
    )
    assert found and found[0] == "Nanjua", found


def test_an_airport_named_after_an_unknown_town_is_where_it_was_seized() -> None:
    found = _places(
        "On 3 March rebel fighters seized Kitembo airport, some 40 km west of Goma, after "
        "the army withdrew."
    )
    assert found == ["Kitembo"], found


def test_a_displacement_site_beats_the_territory_it_is_in() -> None:
    found = _places(
        "On 4 March, mortar rounds hit the Lushebere displacement site in Masisi, killing "
        "at least eight people."
    )
    assert found and all(p and p.startswith("Lushebere") for p in found), found


def test_people_seized_off_an_island_were_seized_there() -> None:
    found = _places("Suspected insurgents abducted four fishermen off Ilha Quirimba on Monday.")
    assert found == ["Ilha Quirimba"], found


def test_an_unknown_name_an_apposition_calls_a_village_is_a_place() -> None:
    text = "Fighters raided Ntchinga, a village about 10 km from the coast, on Tuesday."
    ann = annotate_text(text, DateValue("2025-06-20", "day"))
    assert "Ntchinga" in {p.text for p in ann.places}, ann.places


def test_an_unknown_town_the_model_tags_after_around_is_a_place() -> None:
    text = "Several units pulled back from positions around Rubavana, on the border, on Monday."
    ann = annotate_text(text, DateValue("2025-06-20", "day"))
    assert "Rubavana" in {p.text for p in ann.places}, ann.places
