"""(s24) Places below the gazetteer's usual floor where the context says they are places: a
dated log line's place slot ("3 Nov, Kilo (Tora) – ..."), a small town after a locative
preposition in a report that names no country, a town whose name is also a common word after
"in" in a report on its country, and a village the text puts in a division ("the raid on X,
in Y State") although the only towns of that name lie abroad. Common words, clauses and
people's names stay no places."""

from __future__ import annotations

from report_docs import place_countries as _places
from test_actors_places_s11 import document

from dossier.records import Document
from dossier.resolve.places import geocode_spans


def _event_places(doc: Document) -> list[str | None]:
    return [e.place.text if e.place else None for e in doc.events]


# -- dated log lines -------------------------------------------------------------------------


def test_an_unknown_village_in_a_log_line_is_the_event_place() -> None:
    doc = document(
        "Weekly incident log\n"
        "- 9 Apr, Dar Jamal (Gwoza) – armed men killed six herders\n"
        "- 11 Apr, Bula Yobe (Gwoza) – a mine wounded three soldiers\n"
    )
    assert _places(doc).get("Dar Jamal") == "NG"
    assert _event_places(doc)[0] == "Dar Jamal"


def test_a_small_known_town_in_a_log_line_slot() -> None:
    doc = document(
        "Security log\n- 3 Nov, Nattalin – gunmen abducted a teacher\n"
        "- 5 Nov, Zalun: soldiers killed two suspected rebels\n"
    )
    assert _event_places(doc) == ["Nattalin", "Zalun"]


def test_a_common_word_in_the_slot_is_no_place() -> None:
    doc = document("Log\n08 Mar, Police: two suspects arrested in the capital.\n")
    assert "Police" not in _places(doc)


def test_a_clause_after_the_date_has_no_place_slot() -> None:
    doc = document("Notes\n3 Nov – Gunmen attacked the depot: four dead\n")
    assert "Gunmen" not in _places(doc)


def test_a_group_named_in_the_slot_is_no_place() -> None:
    doc = document("Log\n- 4 Jun, Al-Shabaab: the group claimed the bombing in a statement\n")
    assert "Al-Shabaab" not in _places(doc)


def test_a_person_a_line_is_about_is_no_place() -> None:
    doc = document("Incidents\n- 9 Jul, Amina Yusuf (Bauchi): gunmen abducted her husband\n")
    assert "Amina Yusuf" not in _places(doc)


def test_a_named_person_in_the_slot_is_no_place() -> None:
    doc = document("Log\n- 6 Jun, spokesman Ali Dheere – the group denies the raid\n")
    assert "Ali Dheere" not in _places(doc)


# -- small towns after a place's preposition -------------------------------------------------


def test_a_small_town_after_outside_in_a_report_naming_no_country() -> None:
    doc = document("A bomb went off at a checkpoint outside Iskushuban, killing two guards.")
    assert _places(doc).get("Iskushuban") == "SO"


def test_people_and_english_words_after_a_preposition_stay_no_places() -> None:
    doc = document("The delegation travelled from Reading to Kelly for talks with the militia.")
    assert "Kelly" not in _places(doc)


def test_a_party_name_after_in_is_no_place() -> None:
    doc = document(
        "Turkish prosecutors charged the mayor. He said in Reform Party meetings that the "
        "charges were false."
    )
    assert "Reform" not in _places(doc)


def test_a_big_town_named_like_a_common_word_in_a_report_on_its_country() -> None:
    doc = document(
        "Turkish gendarmes broke up a sit-in by teachers.\n"
        "- 11 Jun — Nine of the teachers were detained in Batman after the sit-in.\n"
    )
    assert _places(doc).get("Batman") == "TR"
    assert _event_places(doc) == ["Batman"]


# -- a village the text places, though its namesakes lie abroad ------------------------------


def test_a_village_placed_in_a_division_is_not_its_namesake_abroad() -> None:
    # a town of that name lies in Colombia; the text puts this one in a Nigerian state
    doc = document(
        "Gunmen on motorbikes stormed Ancuya, in Zamfara State, at dawn on 3 April and "
        "abducted 20 farmers."
    )
    assert _places(doc).get("Ancuya") == "NG"


def test_a_name_in_a_list_after_a_comma_keeps_its_reading() -> None:
    # "Sharon, Cornwall and Salisbury": a list, not Sharon in Cornwall
    text = "Officials visited residents in Sharon, Cornwall and Salisbury, Connecticut."
    start = text.index("Sharon")
    found = geocode_spans(text, [(start, start + len("Sharon"))])[0]
    assert found.place is None or found.place.country_code != "GB"
