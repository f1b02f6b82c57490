"""(s22, events) A group's founding told across an apposition the parser missed ("members of
the X Front (XF), a coalition formed in 2021", "X, a faction that broke away from Y in 2015"),
and a list item's incident retold on the same day in another list (a summary bullet and the
dated incident item) as one event. Every sentence is written for the test, about other
conflicts than the development reports, with the real model."""

from __future__ import annotations

from test_events_args_s20 import _events

from dossier.records import Event


def _founders(text: str) -> list[tuple[set[str], str | None]]:
    events, names = _events(text, "FOUND")
    return [
        (
            {names.get(x.actor, x.actor) for x in e.actors if x.role == "initiator"},
            e.date.value if e.date else None,
        )
        for e in events
    ]


def _drone_strikes(text: str) -> list[Event]:
    events, _names = _events(text, "ASSAULT")
    return [e for e in events if e.mode == "drone"]


# ------------------------------------------------------------------ foundings in apposition


def test_a_coalition_formed_after_a_predicate_name_is_founded() -> None:
    # the parser reads "a coalition" as part of the copula's predicate, not as the name's apposition
    found = _founders(
        "The ADF is one of the members of the Kivu Resistance Front (KRF), a coalition formed "
        "in March 2021 by six armed groups."
    )
    assert ({"Kivu Resistance Front"}, "2021-03") in found


def test_a_faction_that_broke_away_is_the_name_it_describes() -> None:
    found = _founders(
        "Active in central Mali, the Katiba Macina, a faction that broke away from Ansar Dine "
        "in 2015, recruits among Fulani herders."
    )
    assert ({"Katiba Macina"}, "2015") in found


def test_a_coalition_that_may_form_something_founds_nothing() -> None:
    assert not _founders(
        "The Kivu Resistance Front (KRF), a coalition that may form a joint command next "
        "year, met in Goma on Monday."
    )


def test_a_faction_that_never_broke_away_founds_nothing() -> None:
    assert not _founders(
        "The Katiba Macina, a faction that never broke away from Ansar Dine, attacked a "
        "convoy near Mopti on 3 May 2024."
    )


def test_a_man_who_formed_a_militia_is_no_founding_of_the_group_named_before() -> None:
    found = _founders(
        "The commander of the Kivu Resistance Front, a man who formed his first militia in "
        "2009, was arrested in Beni."
    )
    assert all("Kivu Resistance Front" not in doers for doers, _d in found)


def test_a_town_founded_long_ago_is_no_group_founding() -> None:
    assert not _founders(
        "Residents of Beni, a town founded in 1938, fled after the ADF attacked on 2 May 2024."
    )


def test_a_unit_stationed_somewhere_is_no_founding() -> None:
    assert not _founders(
        "The police arrested members of the Kivu Resistance Front (KRF) stationed in Butembo "
        "on 4 May 2024."
    )


def test_a_participle_with_its_own_subject_is_no_apposition() -> None:
    # "formed" has a subject of its own: the army formed a unit, it founded no group before it
    assert not _founders(
        "Fighting spread to Irumu after the Katiba Macina raid, and the army formed a new "
        "rapid reaction unit in May 2024."
    )


# ------------------------------------------------------------------ one day, one incident

_BULLETIN = """Ituri weekly bulletin, 10 March 2025

Key points:
- Civilians died when a drone bombed the cattle market at Kilo on 5 March 2025.
- CODECO fighters looted clinics in Djugu on 3 March 2025.
- The army said it had retaken Pimbo.
- Aid groups suspended operations in Fataki.

Incidents:
- 03 Mar 2025, Djugu: CODECO fighters looted two clinics.
- 04 Mar 2025, Pimbo: Soldiers recaptured Pimbo from CODECO on the second day of clashes.
- 05 Mar 2025, Kilo (Mambasa territory): An armed drone bombed the cattle market at midday; residents counted at least 18 dead.
"""


def test_a_summary_bullet_and_the_dated_item_are_one_strike() -> None:
    strikes = _drone_strikes(_BULLETIN)
    assert len(strikes) == 1, [e.anchor.quote for e in strikes]


def test_a_third_strike_of_the_day_keeps_the_items_apart() -> None:
    text = _BULLETIN + (
        "- 05 Mar 2025, Mongbwalu: Another drone bombed a gold mine, and four miners died.\n"
    )
    assert len(_drone_strikes(text)) >= 2


def test_an_abduction_and_a_strike_of_one_day_stay_two() -> None:
    text = """Ituri weekly bulletin, 10 March 2025

Key points:
- Gunmen abducted 14 passengers on 5 March 2025, according to residents.
- CODECO fighters looted clinics in Djugu on 3 March 2025.
- The army said it had retaken Pimbo.

Incidents:
- 03 Mar 2025, Djugu: CODECO fighters looted two clinics.
- 04 Mar 2025, Pimbo: Soldiers recaptured Pimbo from CODECO on the second day of clashes.
- 05 Mar 2025, Kilo (Mambasa territory): An armed drone bombed the cattle market, and 12 civilians died.
"""
    events, _names = _events(text, "ASSAULT")
    modes = {e.mode for e in events if e.date is not None and e.date.value == "2025-03-05"}
    assert {"abduct", "drone"} <= modes


def test_two_accusations_of_one_day_by_two_parties_stay_two() -> None:
    text = """Ituri weekly bulletin, 10 March 2025

Key points:
- On 5 March 2025 the army accused the CODECO militia of looting clinics in Djugu.
- Aid groups suspended operations in Fataki.

Statements:
On 5 March 2025 the governor of Ituri accused the ADF of burning homes in Beni.
"""
    events, _names = _events(text, "ACCUSE")
    assert len(events) == 2, [e.anchor.quote for e in events]


def test_two_prose_strikes_of_one_day_are_left_to_the_ordinary_rules() -> None:
    # neither is a list item nor a table row: the one-day fold does not apply
    text = (
        "On 5 March 2025 an armed drone bombed the market in Kilo and 12 civilians died. Aid "
        "groups suspended operations in Fataki. The army said it had retaken Pimbo. CODECO "
        "fighters looted two clinics in Djugu. Schools closed in Bunia. On 5 March 2025 a "
        "drone strike also hit a gold mine at Mongbwalu, killing four miners."
    )
    assert len(_drone_strikes(text)) == 2
