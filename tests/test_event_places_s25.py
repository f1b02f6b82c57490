"""(s25) Where an event happened when the parser hangs the place phrase on the wrong word: on
the event's date ("broke out on 18 Nov around Kilo") or on the verb of an accusation whose
charge is the event ("accused X of a drone strike on 28 May near Tora"). All texts are
written for these tests."""

from __future__ import annotations

from report_docs import event_places as _places


def test_a_place_hung_on_the_date_places_the_clash() -> None:
    text = "Heavy fighting between the two militias broke out on 14 Aug around Kalemie."
    assert _places(text, "ASSAULT") == ["Kalemie"]


def test_a_place_after_a_weekday_places_the_attack() -> None:
    text = "Gunmen struck again on Thursday near Mubi, killing three traders."
    assert _places(text, "ASSAULT") == ["Mubi"]


def test_the_place_after_a_charge_places_the_attack_not_the_accusation() -> None:
    text = (
        "Afghan officials accused Pakistan of an air strike on 3 March near Khost that "
        "killed six civilians."
    )
    assert _places(text, "ASSAULT") == ["Khost"]
    assert _places(text, "ACCUSE") == [None]


def test_a_place_before_the_charge_is_where_the_accusers_were() -> None:
    first = "Officials in Bunia on Monday accused the militia of a raid that killed nine villagers."
    second = "The army in Kinshasa blamed the rebels for an ambush on a convoy that killed four."
    assert _places(first, "ASSAULT") == [None]
    assert _places(second, "ASSAULT") == [None]


# -- the place of the witnesses who tell of an event -----------------------------------------


def test_residents_of_a_town_place_the_killing_they_tell_of() -> None:
    text = "Residents in Ansongo said armed men on motorbikes shot dead three herders on Sunday."
    assert _places(text, "ASSAULT") == ["Ansongo"]


def test_witnesses_after_the_clause_place_it_too() -> None:
    text = "Gunmen torched a clinic and killed two nurses overnight, villagers near Beni said."
    assert _places(text, "ASSAULT") == ["Beni"]


def test_officials_in_the_capital_do_not_place_the_attack() -> None:
    text = "Officials in Nairobi said militants killed four police reservists on Friday."
    assert _places(text, "ASSAULT") == [None]


def test_the_event_s_own_place_wins_over_the_witnesses() -> None:
    text = "Residents of Mopti said jihadists killed nine traders near Djenne on Monday."
    assert _places(text, "ASSAULT") == ["Djenne"]


# -- where what a media release shows took place ---------------------------------------------


def test_a_video_of_a_graduation_is_placed_where_the_recruits_were() -> None:
    text = (
        "On 3 May the movement's media office released a video of what it said was a "
        "passing-out parade of 400 fighters near Kismayo."
    )
    assert _places(text, "PROPAGANDA") == ["Kismayo"]


def test_a_nationality_in_the_video_places_nothing() -> None:
    text = "On Friday the militants' media arm released a video of Ugandan soldiers it had seized."
    assert _places(text, "PROPAGANDA") == [None]
