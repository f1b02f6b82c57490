"""(s24b) Regressions found in review of the s24 sentence and place rules: an abbreviation that
often closes a sentence (a name's "Sr.", a unit after its number, "Dept.", "Univ.", "govt.")
ends it; a dated log entry or a dated prose line hard-wrapped onto a line that opens with a
capital stays one sentence; a titled person, or a person the entry goes on about, in a log
line's place slot is no place."""

from __future__ import annotations

import pytest
from report_docs import place_countries as _places
from report_docs import sentence_texts as _sentences
from test_actors_places_s11 import document

# -- abbreviations at a sentence's end -------------------------------------------------------


@pytest.mark.parametrize(
    "first, second",
    [
        ("The appeal was signed by Joseph Waweru Sr.", "His sons were still missing."),
        ("The relief convoy drove another 40 km.", "14 drivers were later abducted."),
        ("The shelling went on for nearly 6 hrs.", "31 houses were destroyed."),
        ("The money for the border force came from the State Dept.", "Congress later cut it."),
        ("The survey was run by researchers at Juba Univ.", "They spoke to 400 households."),
        ("Protesters blamed the govt.", "Police fired tear gas at them."),
    ],
)
def test_an_abbreviation_that_closes_a_sentence_still_ends_it(first: str, second: str) -> None:
    assert _sentences(f"{first} {second}") == [first, second]


def test_a_noun_abbreviation_before_a_lower_case_word_ends_no_sentence() -> None:
    sents = _sentences("The grant came from the Dept. of Defense in March. It ran out in May.")
    assert sents[0] == "The grant came from the Dept. of Defense in March."


# -- dated lines wrapped over two lines ------------------------------------------------------


def test_a_wrapped_log_entry_stays_one_sentence() -> None:
    sents = _sentences(
        "Incidents\n"
        "- 3 Sep, Nyamilima – armed men looted two shops and burned\n"
        "  Nyamilima health post before dawn\n"
        "- 5 Sep, Kiseguro – a patrol was ambushed"
    )
    assert not any(s.startswith("Nyamilima health post") for s in sents)
    assert "- 5 Sep, Kiseguro – a patrol was ambushed" in sents


def test_a_dated_prose_line_wrapped_before_a_name_stays_one_sentence() -> None:
    sents = _sentences(
        "Background\n"
        "21 June, the governor announced that the police had driven back\n"
        "Ansar Dine fighters from two villages after a week of clashes."
    )
    assert not any(s.startswith("Ansar Dine") for s in sents)


def test_the_next_dated_line_still_starts_a_sentence() -> None:
    sents = _sentences("Log\n4 Sep – Rutshuru: a shell hit a market\n5 Sep – Kiwanja: calm")
    assert sents[-2:] == ["4 Sep – Rutshuru: a shell hit a market", "5 Sep – Kiwanja: calm"]


# -- people in a log line's place slot -------------------------------------------------------


def test_a_titled_person_in_the_slot_is_no_place() -> None:
    # no pronoun after the separator: the title alone says the slot names a person
    doc = document(
        "Daily notes\n"
        "6 May, Reuters – the agency said the airport was shelled\n"
        "7 May, President Ruto – a statement urged restraint\n"
    )
    assert not any("Ruto" in name for name in _places(doc))


def test_a_person_the_entry_goes_on_about_is_no_place() -> None:
    doc = document(
        "Sitrep\n"
        "- 12 Jul, Yonas Gebremariam (Mekelle) – the journalist was detained at home\n"
        "- 13 Jul, Hagos Tesfay (Adigrat) – his shop was burned\n"
    )
    places = _places(doc)
    assert "Yonas Gebremariam" not in places
    assert "Hagos Tesfay" not in places


def test_a_known_place_in_the_slot_stays_a_place_when_the_entry_names_a_person() -> None:
    # the gazetteer knows the town: "the commander" is who the entry is about, not the slot
    doc = document(
        "Sitrep\n"
        "- 2 Aug, Beledweyne – the commander was killed by a roadside bomb\n"
        "- 4 Aug, Jowhar – a mine wounded three soldiers\n"
    )
    assert _places(doc).get("Beledweyne") == "SO"
