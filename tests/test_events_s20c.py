"""Event detection, s20c: background attacks told in a noun phrase or a subordinate clause
with a date of their own. A date told before an event noun is that noun's own date even
after "since" ("since the 2022 attack on the prison"); "seizure" of a place is a territory
taken; a toll whose doer is one episode ("when an army offensive killed 60") is that
episode's, not a sum over the period. Generic, habitual, planned or undated nouns stay no
event. Every text was written for this test."""

from __future__ import annotations

from report_docs import text_events

from dossier.records import Event

DAY = "2025-11-20"


def _assaults(text: str) -> list[Event]:
    return [e for e in text_events(text, DAY) if e.type == "ASSAULT"]


def _dates(text: str) -> list[str | None]:
    return sorted(e.date.value if e.date else "" for e in _assaults(text))


# --- what the mechanisms must read ------------------------------------------------------


def test_a_year_before_an_attack_noun_after_since_dates_it() -> None:
    text = "Since the 2022 attack on the central prison in Maiduguri, the army has added guards."
    found = _assaults(text)
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == "2022"
    assert found[0].modality == "background"


def test_a_month_before_an_assault_noun_after_since_dates_it() -> None:
    text = "Since the March 2021 assault on Mopti, in which dozens died, the town has emptied."
    found = _assaults(text)
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == "2021-03"
    assert found[0].modality == "background"


def test_a_seizure_of_a_town_is_a_territory_taken() -> None:
    text = "The rebels' seizure of Kalemie in May 2018 shocked the region."
    found = _assaults(text)
    assert len(found) == 1
    assert found[0].mode == "territory"
    assert found[0].date is not None and found[0].date.value == "2018-05"


def test_two_dated_event_nouns_in_one_sentence_are_two_events() -> None:
    text = (
        "The militia's seizure of Kalemie in May 2018 and the January 2019 assault on "
        "Moba, in which dozens died, drove aid groups out of the province."
    )
    assert _dates(text) == ["2018-05", "2019-01"]


def test_a_when_clause_toll_of_one_offensive_is_one_event() -> None:
    text = (
        "Aid agencies have stayed away since March 2024, when an army offensive killed "
        "more than 60 fighters near the border."
    )
    found = _assaults(text)
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == "2024-03"
    assert found[0].modality == "background"


# --- where they must not fire -------------------------------------------------------------


def test_a_bound_date_of_another_noun_does_not_date_the_attack() -> None:
    # the first attack since 2016 happened on its own day, not in 2016
    text = "The first attack in Bamako since 2016 killed four people on 3 November."
    assert _dates(text) == ["2025-11-03"]


def test_a_seizure_of_drugs_is_no_attack() -> None:
    text = "Police announced the seizure of two tonnes of cocaine in the port on 3 November."
    assert _assaults(text) == []


def test_a_seizure_of_weapons_is_no_attack() -> None:
    text = "The seizure of rifles from the militia in June 2019 was praised by donors."
    assert _assaults(text) == []


def test_a_dated_election_after_since_is_no_event() -> None:
    text = "Since the 2019 elections the rebels have grown in number."
    assert _assaults(text) == []


def test_a_generic_growth_of_attacks_is_no_event() -> None:
    text = "Attacks on shipping have grown since 2023."
    assert _assaults(text) == []


def test_a_planned_assault_with_a_year_is_no_event() -> None:
    text = "The army plans a 2026 offensive against the rebels in the north."
    assert _assaults(text) == []


def test_a_possible_attack_is_no_event() -> None:
    text = "Analysts warn that a 2026 attack on the capital could follow if talks fail."
    assert _assaults(text) == []


def test_a_denied_seizure_is_no_event() -> None:
    text = "The rebels denied any seizure of Uvira in October 2025, the army said."
    assert all(e.modality != "asserted" or e.mode != "territory" for e in _assaults(text))


def test_a_period_toll_by_a_group_stays_a_tally() -> None:
    # a group killing many over two months is a sum of many events, no episode
    text = "The ADF killed at least 240 civilians in January and February 2024."
    assert _assaults(text) == []


def test_a_toll_of_plural_attacks_stays_a_tally() -> None:
    text = "Since 2023, when attacks killed more than 300 people, donors have left."
    assert _assaults(text) == []


def test_an_undated_attack_noun_after_since_is_no_event() -> None:
    text = "Since the attack on the prison, the army has added guards."
    assert _assaults(text) == []


def test_a_siege_since_a_year_is_one_lasting_event() -> None:
    text = "The rebels have besieged the town of Mutsamudu since 2023."
    found = _assaults(text)
    assert len(found) == 1
    assert found[0].mode == "siege"
    assert found[0].date is not None and found[0].date.value == "2023"


def test_a_count_of_attacks_since_a_year_stays_a_running_total() -> None:
    text = "The group has carried out 400 attacks since 2019, killing 3,000 people."
    assert _assaults(text) == []


def test_a_count_of_towns_besieged_since_a_year_is_no_single_siege() -> None:
    text = "The army has besieged three towns since 2019."
    assert _assaults(text) == []


def test_a_toll_since_a_year_is_no_event() -> None:
    text = "More than 2,000 people have been killed since 2017."
    assert _assaults(text) == []


def test_a_seizure_of_named_people_is_no_town_taken() -> None:
    text = "Witnesses described the seizure of Ana Beltran and Tomas Ruiz, who were taken on 2 May."
    assert all(e.mode != "territory" for e in _assaults(text))
