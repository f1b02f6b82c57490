"""(s25 review) Regressions found in the s25 sentence, time and event-place mechanisms: a
clock time that ends an opening subordinate clause, a named time zone or a holiday after
"a.m."/"p.m.", a dated log entry hard-wrapped after a number, a participle or a nationality,
a day that a verb moves or calls something for, witnesses who do not live where they speak
(refugees, survivors at a hospital, doctors), and the places of a call or a threat in a
video. All texts are written for these tests."""

from __future__ import annotations

from report_docs import event_places as _places
from report_docs import sentence_texts as _sentences
from report_docs import text_document as _doc

_HEADER = "Horn of Africa weekly\n6 December 2026\n\n"


def _day(text: str, expression: str) -> list[str]:
    return [t.value for t in _doc(_HEADER + text).timexes if t.text == expression]


# -- a clock time's stop ---------------------------------------------------------------------


def test_a_time_that_ends_an_opening_subordinate_clause_ends_no_sentence() -> None:
    for text in (
        "Shortly after the curfew began at 9 p.m. Malian soldiers fired on the crowd.",
        "When fighting resumed at 5 a.m. Ethiopian troops shelled the town from the ridge.",
    ):
        assert _sentences(text) == [text]


def test_a_named_time_zone_of_several_words_stays_with_its_time() -> None:
    for text in (
        "The curfew in the capital begins at 7 p.m. Kabul local time and ends at dawn.",
        "Polling stations closed at 4 p.m. East Africa Time, the electoral board said.",
    ):
        assert _sentences(text) == [text]


def test_a_holiday_stays_with_its_time() -> None:
    text = "The bomb went off at 8 a.m. Christmas Day outside the cathedral."
    assert _sentences(text) == [text]


def test_a_speaker_after_the_time_still_opens_a_sentence() -> None:
    sents = _sentences("After the shelling, troops moved in at 5 a.m. Police said nine died.")
    assert sents == ["After the shelling, troops moved in at 5 a.m.", "Police said nine died."]


# -- a dated log entry wrapped over two lines ------------------------------------------------


def test_a_log_entry_wrapped_after_a_number_stays_one_sentence() -> None:
    text = (
        "Weekly log\n\n02/11 – Beledweyne: gunmen killed two\nSomali soldiers at a checkpoint.\n"
        "04/11 – Jowhar: mortar fire on the base\n"
    )
    assert "02/11 – Beledweyne: gunmen killed two\nSomali soldiers at a checkpoint." in (
        _sentences(text)
    )


def test_a_log_entry_wrapped_after_a_participle_or_a_nationality_stays_one_sentence() -> None:
    carrying = (
        "Incident log\n\n14/11 - Kismayo: an IED hit a truck carrying\n"
        "Kenyan troops, no casualties reported\n16/11 - Afmadow: clashes\n"
    )
    nationality = (
        "Incident log\n\n03/10 - Kaya: jihadists ambushed a convoy of Burkinabe\n"
        "Army trucks on the N3\n05/10 - Dori: mine blast\n"
    )
    assert (
        "14/11 - Kismayo: an IED hit a truck carrying\nKenyan troops, no casualties reported"
        in _sentences(carrying)
    )
    assert (
        "03/10 - Kaya: jihadists ambushed a convoy of Burkinabe\nArmy trucks on the N3"
        in _sentences(nationality)
    )


def test_prose_after_a_log_entry_ending_on_a_noun_is_its_own_sentence() -> None:
    text = (
        "Incident log\n\n03/10 - Kaya: soldiers detained a teacher\n"
        "The army did not comment on the arrests.\n"
    )
    assert "The army did not comment on the arrests." in _sentences(text)


# -- the year of a day a verb moves something to ---------------------------------------------


def test_a_day_something_is_moved_or_called_for_may_lie_ahead() -> None:
    assert _day(
        "The electoral commission moved the presidential vote to 11 February.", "11 February"
    ) == ["2027-02-11"]
    assert _day(
        "The opposition called protests for 18 February in the capital.", "18 February"
    ) == ["2027-02-18"]
    assert _day("The talks were pushed back to 9 March after the shelling.", "9 March") == [
        "2027-03-09"
    ]


def test_a_past_attack_dated_after_its_verb_stays_in_the_past() -> None:
    text = "Al-Shabaab fighters overran a base near Bulo Burte on 11 February, killing nine."
    assert _day(text, "11 February") == ["2026-02-11"]


# -- witnesses who do not live where they speak ----------------------------------------------


def test_refugees_and_hospital_survivors_do_not_place_what_they_tell_of() -> None:
    for text in (
        "Refugees in Dadaab said al-Shabaab fighters burned their villages.",
        "Refugees in Mbera camp in Mauritania said soldiers executed their relatives.",
        "Survivors at the hospital in Ouahigouya said gunmen killed dozens in their village.",
        "Doctors at the main hospital in Mogadishu said gunmen killed twelve people.",
    ):
        assert set(_places(text, "ASSAULT")) <= {None}, text


def test_locals_place_what_they_tell_of() -> None:
    assert _places("Locals in Jowhar said gunmen killed two farmers.", "ASSAULT") == ["Jowhar"]


# -- what a video shows, not what it calls for -----------------------------------------------


def test_a_place_of_the_people_a_video_urges_does_not_place_it() -> None:
    text = "Al-Shabaab published a video urging its supporters in Europe to strike."
    assert _places(text, "PROPAGANDA") == [None]


def test_footage_showing_a_training_camp_is_placed_there() -> None:
    text = "The militants posted footage showing fighters training near Jilib."
    assert _places(text, "PROPAGANDA") == ["Jilib"]


def test_local_sources_place_what_they_tell_of() -> None:
    text = "Local sources in Kismayo said that gunmen abducted four fishermen."
    assert _places(text, "ASSAULT") == ["Kismayo"]


def test_the_place_of_a_threat_by_the_man_a_video_shows_does_not_place_it() -> None:
    text = "Ansarul Islam released a video of its emir, who warned traders in Ouagadougou."
    assert _places(text, "PROPAGANDA") == [None]


def test_a_clause_on_what_the_video_shows_still_places_it() -> None:
    text = (
        "The M23 rebels released a video of men they said were soldiers who had defected "
        "near Rutshuru."
    )
    assert _places(text, "PROPAGANDA") == ["Rutshuru"]
