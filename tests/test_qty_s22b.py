"""Quantities, review of round s22: regressions found in the s22 quantity mechanisms.

- a range of two years with a two-digit end ("2014-15") must not split a period of two
  dates ("from 2014-15 to 2017-18", "between 2010-11 and 2015") into its last date;
- the holder of people held captive is read from its own words, not from a phrase or a
  clause about it ("men in army fatigues", "gunmen who had raided a police post");
- a figure with no noun of its own in a listed toll cell counts the people of the figure
  before it only for a fate one side deals to the other ("arrested"), not for the wounded,
  who may be anyone present.

Short texts written for these tests (invented wordings), run through the real pipeline.
"""

from __future__ import annotations

from test_relations import annotate_text

from dossier.extract.periods import clause_period
from dossier.extract.quantities import extract_quantities

Row = tuple[str | None, str, float | None, float | None, str | None, str]


def _rows(text: str) -> list[Row]:
    doc, actors, _places, timexes = annotate_text(text)
    names = {a.key: a.name for a in actors}
    return [
        (names.get(q.subject) if q.subject else None, q.measure, q.low, q.high, q.period, q.text)
        for q in extract_quantities(doc, actors, timexes)
    ]


def _period(text: str, figure: str) -> str | None:
    _doc, _actors, _places, timexes = annotate_text(text)
    return clause_period(text, (0, len(text)), text.index(figure), timexes)


# -- 1. year ranges inside a period of two dates -----------------------------------------------


def test_two_year_ranges_joined_by_to_stay_one_period() -> None:
    text = "From 2014-15 to 2017-18, bandits abducted roughly 2,300 travellers in the northwest."
    assert _period(text, "2,300") == "From 2014-15 to 2017-18"


def test_a_year_range_opening_a_between_period_keeps_its_end() -> None:
    text = "Between 2010-11 and 2015, the movement enlisted some 700 recruits."
    assert _period(text, "700") == "Between 2010-11 and 2015"


def test_a_year_range_alone_is_still_a_period() -> None:
    text = "Militias torched 85 villages in 2020-21, a monitoring group said."
    assert _period(text, "85") == "in 2020-21"


# -- 2. the holder of captives is read from its own words --------------------------------------


def test_men_in_police_uniforms_are_no_state_holder() -> None:
    rows = _rows("Men in police uniforms held 19 farmers at a roadblock outside the market town.")
    assert not [r for r in rows if r[1] == "arrested"], rows


def test_gunmen_who_raided_a_police_post_are_no_state_holder() -> None:
    rows = _rows(
        "Gunmen who had raided a police post on the highway held 33 passengers for a night."
    )
    assert not [r for r in rows if r[1] == "arrested"], rows
    assert ("kidnapped", 33.0) in {(r[1], r[2]) for r in rows}, rows


def test_a_gang_that_robbed_a_police_armoury_is_no_state_holder() -> None:
    rows = _rows(
        "A gang that had robbed a police armoury held 21 pilgrims on the road to the shrine."
    )
    assert not [r for r in rows if r[1] == "arrested"], rows


def test_fighters_of_a_named_militia_still_take_their_captives() -> None:
    rows = _rows("Fighters of the Raia Mutomboki militia held 27 traders for ransom near Shabunda.")
    assert ("kidnapped", 27.0) in {(r[1], r[2]) for r in rows}, rows


def test_soldiers_holding_villagers_still_arrest_them() -> None:
    rows = _rows("Soldiers held 31 villagers for questioning after the ambush on the convoy.")
    assert ("arrested", 31.0) in {(r[1], r[2]) for r in rows}, rows


# -- 3. listed toll cells: whose are the figures without a noun --------------------------------

_TABLE = (
    "Incidents logged by the monitors.\n\n"
    "| Date | Location | Event | Actor | Casualties |\n"
    "|---|---|---|---|---|\n"
)


def test_the_wounded_after_a_named_side_s_dead_are_nobody_s_in_particular() -> None:
    rows = _rows(
        _TABLE + "| 9 June | Kamango | Army sweep | Congolese army | 3 ADF killed, 6 injured |\n"
    )
    injured = [r for r in rows if r[1] == "injured" and r[2] == 6.0]
    assert injured and injured[0][0] is None, rows
    assert ("Allied Democratic Forces", "killed", 3.0) in {(r[0], r[1], r[2]) for r in rows}, rows


def test_the_arrested_after_a_named_side_s_dead_are_that_side_s() -> None:
    rows = _rows(
        _TABLE + "| 11 June | Oicha | Police raid | Congolese police | 3 ADF killed, 5 arrested |\n"
    )
    got = {(r[0], r[1], r[2]) for r in rows}
    assert ("Allied Democratic Forces", "arrested", 5.0) in got, rows


# -- 4. "X has N fighters [verb]ed ...": the holder's own men only where no fate is told -----


def test_fighters_a_mission_counts_as_demobilised_are_not_the_mission_s() -> None:
    rows = _rows("The UN mission counts 1,800 combatants demobilised since the ceasefire.")
    got = [r for r in rows if r[2] == 1800.0]
    assert got and all(r[0] is None or "United Nations" not in r[0] for r in got), rows


def test_fighters_a_group_has_spread_across_camps_stay_its_own() -> None:
    rows = _rows("The Allied Democratic Forces have 400 fighters spread across three camps.")
    assert ("Allied Democratic Forces", "fighters", 400.0) in {(r[0], r[1], r[2]) for r in rows}, (
        rows
    )


# -- 5. a holder's own men held in reserve are no captives -------------------------------------


def test_men_an_armed_group_holds_in_reserve_are_no_captives() -> None:
    rows = _rows("The insurgents held 450 men in reserve behind the ridge.")
    assert not [r for r in rows if r[1] in ("kidnapped", "arrested")], rows


def test_soldiers_an_armed_group_holds_are_still_captives() -> None:
    rows = _rows("The insurgents held 16 soldiers in a cave until the ransom was paid.")
    assert ("kidnapped", 16.0) in {(r[1], r[2]) for r in rows}, rows
