"""(s24) Sentence boundaries: the stop of an abbreviation ("Amb.", "Lt. Col.", "No.",
"approx.", "incl.") ends no sentence, and a dated log line ("12/11 – Kilo: ...", "- 3 Nov
(Mon), Tora district – ...") is a sentence of its own with its date, place and first words
together, even in a short document whose lines have no final stop."""

from __future__ import annotations

from report_docs import sentence_texts as _sentences
from test_actors_places_s11 import document

from dossier.nlp import blocks

# -- abbreviations ---------------------------------------------------------------------------


def test_an_ambassador_and_a_governor_keep_their_names() -> None:
    sents = _sentences("Amb. Carla Reyes flew to the capital. Gov. Odhiambo met her there.")
    assert sents == ["Amb. Carla Reyes flew to the capital.", "Gov. Odhiambo met her there."]


def test_chained_ranks_stay_with_the_officer() -> None:
    sents = _sentences(
        "The brigade was led by Lt. Col. Ivo Marek. Two men, Sgt. Dana Roos and Cpl. Abel "
        "Tufa, were hurt."
    )
    assert sents == [
        "The brigade was led by Lt. Col. Ivo Marek.",
        "Two men, Sgt. Dana Roos and Cpl. Abel Tufa, were hurt.",
    ]


def test_a_number_after_no_or_approx_stays_in_its_sentence() -> None:
    sents = _sentences(
        "Rebels overran checkpoint No. 7 on the highway. They freed approx. 60 prisoners."
    )
    assert sents == [
        "Rebels overran checkpoint No. 7 on the highway.",
        "They freed approx. 60 prisoners.",
    ]


def test_incl_and_eg_end_no_sentence() -> None:
    sents = _sentences(
        "The militia seized weapons, incl. two mortars. Several towns, e.g. Kamsar, fell."
    )
    assert sents == [
        "The militia seized weapons, incl. two mortars.",
        "Several towns, e.g. Kamsar, fell.",
    ]


def test_a_rank_at_the_end_of_a_sentence_still_ends_it_before_a_number() -> None:
    # "Col." before a year is no title before a name: the sentence ends at the next stop
    sents = _sentences("He was promoted to the rank of Lt. Col. in 2019. The unit moved north.")
    assert sents == ["He was promoted to the rank of Lt. Col. in 2019.", "The unit moved north."]


def test_a_plain_word_before_a_stop_ends_the_sentence() -> None:
    # "no" after a verb is the word itself; "Officials" is no abbreviation
    sents = _sentences("The spokesman said no. Officials later confirmed the raid.")
    assert len(sents) == 2


def test_abbreviation_rules_from_the_data() -> None:
    abbreviations = blocks.load_abbreviations()
    joins_next = blocks.joins_next
    assert joins_next("Amb.", "Reyes", abbreviations)
    assert joins_next("approx", "40", abbreviations)
    assert not joins_next("no", "4", abbreviations, after_verb=True)
    assert not joins_next("Amb.", "the", abbreviations)  # a title wants a name after it
    assert not joins_next("Town", "The", abbreviations)  # no abbreviation
    # the list covers the class, not a handful of words
    assert len(abbreviations.before_name) >= 60


def test_an_abbreviation_at_a_line_end_still_ends_the_line() -> None:
    sents = _sentences("Report by Insp.\nGunmen attacked the depot at night.")
    assert sents[-1] == "Gunmen attacked the depot at night."


# -- dated log lines -------------------------------------------------------------------------


def test_numeric_dated_lines_are_one_sentence_each() -> None:
    sents = _sentences(
        "Weekly log\n08/03 – Tilwa village: armed men burned the grain store\n"
        "10/03 – Sarki town: a mine hit a water truck"
    )
    assert sents == [
        "Weekly log",
        "08/03 – Tilwa village: armed men burned the grain store",
        "10/03 – Sarki town: a mine hit a water truck",
    ]


def test_a_weekday_after_the_date_keeps_the_line_whole() -> None:
    sents = _sentences(
        "Field notes\n2 Feb (Sun), Lobo district – a clinic was looted\n"
        "4 Feb (Tue), Madu district – two herders shot dead"
    )
    assert sents[1] == "2 Feb (Sun), Lobo district – a clinic was looted"
    assert sents[2] == "4 Feb (Tue), Madu district – two herders shot dead"


def test_bulleted_and_month_first_dates_open_their_lines() -> None:
    sents = _sentences(
        "Timeline\n- May 4: Kuro – militants seized a ferry\n- May 9: Bendu – troops retook it"
    )
    assert "- May 4: Kuro – militants seized a ferry" in sents
    assert "- May 9: Bendu – troops retook it" in sents


def test_a_date_at_the_start_of_a_wrapped_line_is_no_new_sentence() -> None:
    # the line before ends on "on": the date goes on the sentence that line began
    sents = _sentences(
        "The convoy that left the depot was attacked on\n"
        "14 June, when rebels fired on it from the ridge above the road."
    )
    assert len(sents) == 1


def test_a_date_inside_prose_lines_opens_no_sentence() -> None:
    # the line before ends on "and": the date at the line's start goes on the clause
    sents = _sentences(
        "Talks were suspended after the attack and\n"
        "9 May, the day fixed for the next round, passed without a meeting."
    )
    assert not any(s.startswith("9 May") for s in sents)


def test_a_date_without_a_separator_after_it_is_no_log_line() -> None:
    # "12/11 as the day ...": the date is a word of the sentence, not a log line's head
    sents = _sentences(
        "In its statement the group named\n12/11 as the day of its raid on the base."
    )
    assert len(sents) == 1


def test_each_dated_line_gets_its_own_event_date() -> None:
    doc = document(
        "Incident log, Tamboro province, 2025\n"
        "3 Nov – Wuro Kali: gunmen killed four farmers\n"
        "5 Nov – Dalla Tiba: an explosive device wounded two soldiers\n"
    )
    dates = sorted(e.date.value for e in doc.events if e.date is not None)
    assert dates == ["2025-11-03", "2025-11-05"]
