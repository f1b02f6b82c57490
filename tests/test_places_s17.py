"""Places in short texts written for these tests (session 17): a district the gazetteer lacks
("X division", "X dept.") keeps a district's precision where the text puts it; an unknown
acronym ("(MoD)") and a language community's adjective ("Anglophone") are put nowhere; a
town named beside them still resolves."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.records import DateValue, PlaceMention


def _places(text: str) -> list[PlaceMention]:
    return list(annotate_text(text, DateValue("2025-06-20", "day")).places)


def _place(places: list[PlaceMention], written: str) -> PlaceMention | None:
    return next((p for p in places if p.text == written), None)


def test_unknown_district_keeps_a_districts_precision() -> None:
    places = _places(
        "Two soldiers died in Ndop, in Ngoketunjia division, in the North-West region of"
        " Cameroon, the army said."
    )
    district = _place(places, "Ngoketunjia")
    assert district is not None and district.place is not None, places
    assert district.place.precision == "admin2", district
    assert district.place.country_code == "CM", district


def test_unknown_acronym_is_put_nowhere() -> None:
    places = _places(
        "| 18 Mar | Tillabéri, Niger | raid on a village | 14 civilians killed (QZR) |\n\n"
        "Gunmen killed 14 civilians in a village near Tillabéri, Niger, on Tuesday."
    )
    acronym = _place(places, "QZR")
    assert acronym is None or acronym.place is None, places
    town = _place(places, "Tillabéri")
    assert town is not None and town.place is not None and town.place.country_code == "NE"


def test_language_community_adjective_is_put_nowhere() -> None:
    places = _places(
        "Separatists imposed a lockdown across the Anglophone regions of Cameroon on Monday,"
        " closing shops in Bamenda."
    )
    adjective = _place(places, "Anglophone")
    assert adjective is None or adjective.place is None, places
    town = _place(places, "Bamenda")
    assert town is not None and town.place is not None and town.place.country_code == "CM"
