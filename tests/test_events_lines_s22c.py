"""(s22c, lines) Incidents told as list lines in headline style: "- 4 May, Kilo (Tora) — ..."
(a date field, a place field and the incident), "- 9 Jun — drone hits a car; commander X
killed" (a named person before a bare "killed" is a victim), "Ruritanian drone strike on ..."
(the demonym hung on the weapon noun names the state that struck), and a list line that
retells the one prose deed of its type on its day and at its place as one event. Every
sentence is written for the test, about other conflicts than the development reports, with
the real model."""

from __future__ import annotations

import pytest
from test_events_args_s20 import _doc, _events, _roles

from dossier.extract.event_headings import _place_field

# ------------------------------------------------------------------ the place field


@pytest.mark.parametrize(
    "between",
    [", Menaka ", ", Menaka (Gao region) ", ", Ansongo / Bourem ", ", **Tessit** "],
)
def test_a_place_field_between_date_and_dash(between: str) -> None:
    assert _place_field(between)


@pytest.mark.parametrize(
    "between",
    [
        "",  # the dash right after the date: no field to read
        " Menaka ",  # no comma: not the date's place field
        ", police said ",  # words of a sentence
        ", according to residents ",
        ", gunmen attacked the market in Menaka ",
        ", 2024 ",  # no name at all
    ],
)
def test_no_place_field_in_words_of_a_sentence(between: str) -> None:
    assert not _place_field(between)


def test_a_place_field_places_the_lines_incident_and_acts_in_nothing() -> None:
    text = (
        "Sahel weekly, 20 May 2025.\n\n"
        "Fighting around Menaka intensified this month.\n\n"
        "- 14 May, Menaka — Gunmen on motorbikes attacked a cattle market, killing six herders.\n"
    )
    events, names = _events(text, "ASSAULT")
    assert len(events) == 1
    ev = events[0]
    assert ev.place is not None and ev.place.text == "Menaka"
    assert all(name != "Menaka" for name, _r in _roles(ev, names))


# ------------------------------------------------------------------ "X killed" in a headline


def test_a_named_person_before_a_bare_killed_is_the_victim() -> None:
    text = (
        "Frontier digest, 30 June 2025.\n\n"
        "- 9 Jun — Army drone hits a pickup outside Tessalit; rebel commander Ibrahim Ag "
        "Moussa and two bodyguards killed.\n"
    )
    events, names = _events(text, "ASSAULT")
    assert len(events) == 1
    roles = _roles(events[0], names)
    assert not any(r == "perpetrator" and "Moussa" in n for n, r in roles), roles
    assert any(r == "victim" and "Moussa" in n for n, r in roles), roles


def test_a_subject_that_killed_someone_stays_the_doer() -> None:
    text = (
        "Frontier digest, 30 June 2025.\n\n"
        "- 9 Jun — Rebel commander Ibrahim Ag Moussa killed two soldiers at a checkpoint "
        "outside Tessalit.\n"
    )
    events, names = _events(text, "ASSAULT")
    assert events
    roles = _roles(events[0], names)
    assert not any(r == "victim" and "Moussa" in n for n, r in roles), roles


def test_a_speaker_clause_after_the_verb_keeps_its_subject_the_doer() -> None:
    # "killed" with its object and a clause after it: no headline passive
    events, names = _events(
        "On 2 March 2025 the militia killed two guards at the mine near Butembo, the governor "
        "said.",
        "ASSAULT",
    )
    assert events
    assert not any(r == "victim" and n == "militia" for n, r in _roles(events[0], names))


# ------------------------------------------------------------------ demonym on the weapon


def test_a_demonym_on_the_weapon_noun_names_the_striking_state() -> None:
    text = (
        "Border log, 12 November 2025. Turkish forces stepped up operations this month.\n\n"
        "- 3 Nov — Turkish drone strike on a truck near Zakho; two smugglers killed.\n"
    )
    events, names = _events(text, "ASSAULT")
    assert len(events) == 1
    assert ("Turkish Armed Forces", "perpetrator") in _roles(events[0], names)


def test_a_demonym_on_the_target_is_no_striker() -> None:
    text = (
        "Border log, 12 November 2025. Turkish forces stepped up operations this month.\n\n"
        "- 7 Nov — Drone strike on a Turkish outpost near Cukurca; no casualties reported.\n"
    )
    events, names = _events(text, "ASSAULT")
    assert events
    assert ("Turkish Armed Forces", "perpetrator") not in _roles(events[0], names)


def test_a_demonym_of_an_official_is_no_striker() -> None:
    text = (
        "Border log, 12 November 2025.\n\n"
        "- 6 Nov — Drone strike on a truck near Cukurca; Turkish officials say two smugglers "
        "died.\n"
    )
    events, names = _events(text, "ASSAULT")
    assert events
    assert all(r != "perpetrator" for _n, r in _roles(events[0], names))


# ------------------------------------------------------------------ a list line and its prose


def _merge_text(line: str, prose: str) -> str:
    return (
        "Security review, 30 May 2025.\n\n"
        "Key incidents:\n"
        f"{line}\n"
        "- 27 May — Protest outside the governor's office in Maiduguri.\n\n"
        f"{prose}\n"
    )


def test_a_list_arrest_and_its_prose_are_one_arrest() -> None:
    doc = _doc(
        _merge_text(
            "- 21 May — Police detain 14 people in Kano.",
            "Police in Kano detained 14 people on 21 May, accusing them of smuggling arms to "
            "bandit camps.",
        )
    )
    assert len([e for e in doc.events if e.type == "ARREST"]) == 1


def test_two_arrests_of_one_day_at_two_places_stay_two() -> None:
    doc = _doc(
        _merge_text(
            "- 21 May, Kano — Police detain 14 people at a bus station.",
            "On 21 May soldiers arrested five men in Maiduguri, accusing them of spying.",
        )
    )
    assert len([e for e in doc.events if e.type == "ARREST"]) == 2


def test_a_list_abduction_and_the_raid_at_its_place_are_one_event() -> None:
    doc = _doc(
        _merge_text(
            "- 18 May, Kaura Namoda — Schoolgirls abducted; 23 missing.",
            "Gunmen stormed a girls' boarding school in Kaura Namoda on 18 May and shot a "
            "guard, residents said.",
        )
    )
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == 1


def test_an_abduction_and_a_raid_at_another_place_stay_two() -> None:
    doc = _doc(
        _merge_text(
            "- 18 May, Kaura Namoda — Schoolgirls abducted; 23 missing.",
            "Gunmen stormed a police post in Bakura on 18 May and shot a guard, residents said.",
        )
    )
    assert len([e for e in doc.events if e.type == "ASSAULT"]) == 2


def test_three_arrests_of_one_day_are_not_folded() -> None:
    doc = _doc(
        "Security review, 30 May 2025.\n\n"
        "Key incidents:\n"
        "- 21 May — Police detain 14 people in Kano.\n"
        "- 21 May — Soldiers arrest five men in Maiduguri.\n\n"
        "Officers detained two traders in Zaria on 21 May.\n"
    )
    assert len([e for e in doc.events if e.type == "ARREST"]) == 3
