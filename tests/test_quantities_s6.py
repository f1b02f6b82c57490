"""Quantities on humanitarian updates, briefing tables and wire copy (the s6 defects): people
displaced, figures in Markdown table rows, whose figure it is (not the reporter, not the
other side, not one party of a war), measures named by what happened to the people counted,
and periods that are not a comparison year. Run through the real annotation stages."""

from __future__ import annotations

from test_quantities import quantities_of

from dossier.records import Quantity


def rows(qs: list[Quantity]) -> list[tuple[str | None, str, float | None, float | None]]:
    return [(q.subject, q.measure, q.low, q.high) for q in qs]


# -- displacement --------------------------------------------------------------------------------


def test_monthly_displacement_and_the_total_it_brings() -> None:
    qs = quantities_of(
        "According to IOM's Displacement Tracking Matrix, more than 12,000 people were newly "
        "displaced in May, most from Macomia, bringing the total number of internally "
        "displaced persons in Cabo Delgado to roughly 580,000."
    )
    assert rows(qs) == [(None, "displaced", 12000, None), (None, "displaced", 580000, 580000)]
    assert qs[0].period == "in May"
    assert qs[1].approximate


def test_people_who_fled_their_homes_idps_and_refugees() -> None:
    qs = quantities_of(
        "Fighting in Ituri has forced more than 40,000 people to flee their homes since "
        "March. The province now hosts about 1.2 million IDPs and 300,000 refugees."
    )
    assert [(q.measure, q.low) for q in qs] == [
        ("displaced", 40000),
        ("displaced", 1_200_000),
        ("displaced", 300_000),
    ]


def test_displacement_by_one_incident_is_nobodys() -> None:
    # (s16b: one behaviour for every caller, an incident's toll is a quantity too, victims nobody's)
    qs = quantities_of("The raid on Tuesday displaced 5,000 people from Mbau.")
    assert [(q.subject, q.measure, q.low) for q in qs] == [(None, "displaced", 5000)]


# -- tables --------------------------------------------------------------------------------------


def test_markdown_table_rows_read_as_label_and_figure() -> None:
    qs = quantities_of(
        "# Pakistan brief\n\nThe TTP has expanded its operations in the north-west.\n\n"
        "| Indicator | Estimate | Source |\n|---|---|---|\n"
        "| TTP fighters in Afghanistan | 6,000–6,500 | UN Monitoring Team, July 2023 |\n"
        "| Attacks in Khyber Pakhtunkhwa, 2023 | about 650 | Pakistan Institute for Peace "
        "Studies |\n"
    )
    assert rows(qs) == [("ttp", "fighters", 6000, 6500), (None, "attacks", 650, 650)]
    assert [q.period for q in qs] == ["July 2023", "2023"]
    assert qs[1].approximate
    assert qs[0].anchor.quote.startswith("| TTP fighters in Afghanistan |")


def test_table_measure_from_the_column_header_and_period_from_year_columns() -> None:
    qs = quantities_of(
        "# Trend\n\n| Indicator | 2022 | 2023 |\n|---|---|---|\n"
        "| ISKP attacks | 120 | 95 |\n\n"
        "| Group | Fighters |\n|---|---|\n| ISWAP | 4,000–5,000 |\n"
    )
    assert rows(qs) == [
        ("iskp", "attacks", 120, 120),
        ("iskp", "attacks", 95, 95),
        ("iswap", "fighters", 4000, 5000),
    ]
    assert [q.period for q in qs[:2]] == ["2022", "2023"]


def test_table_of_incidents_gives_no_figures_of_its_own() -> None:
    qs = quantities_of(
        "# Incidents\n\n| Date | Place | Incident |\n|---|---|---|\n"
        "| 12 May 2024 | Mocimboa | Gunmen killed 12 people. |\n"
    )
    # (s16b: one behaviour for every caller, an incident's toll is a quantity too, victims nobody's)
    assert [(q.subject, q.measure, q.low) for q in qs] == [(None, "killed", 12)]


# -- whose figure it is --------------------------------------------------------------------------


def test_the_reporter_is_not_the_subject_of_an_abduction_count() -> None:
    [q] = quantities_of(
        "UNICEF reported that at least 120 children had been abducted by insurgents since "
        "January 2024."
    )
    assert (q.subject, q.measure, q.low) == (None, "kidnapped", 120)
    assert q.period == "since January 2024"


def test_the_agent_of_a_passive_abduction_is_the_subject() -> None:
    [q] = quantities_of("At least 40 people were kidnapped by ISWAP fighters in Borno in 2023.")
    assert (q.subject, q.measure, q.low) == ("iswap", "kidnapped", 40)


def test_crew_taken_in_a_hijacking_are_kidnapped_not_members() -> None:
    qs = quantities_of(
        "Since November 2023, when Houthi gunmen hijacked the car carrier Galaxy Leader and "
        "took its 25 crew members to Hodeidah, the group has launched more than 150 attacks "
        "on commercial shipping, according to U.S. officials."
    )
    assert rows(qs) == [("houthis", "kidnapped", 25, 25), ("houthis", "attacks", 150, None)]


def test_a_missing_crew_member_is_not_a_group_member() -> None:
    qs = quantities_of(
        "One Filipino crew member was missing and presumed dead, and the remaining 21 "
        "sailors were evacuated by a U.S. Navy helicopter, the ship's manager said."
    )
    assert qs == []


def test_a_war_between_two_groups_kills_for_neither_alone() -> None:
    [q] = quantities_of(
        "The Islamic State Sahel Province (ISSP) is expanding. Its war with Jama'at Nusrat "
        "al-Islam wal-Muslimin (JNIM), al-Qaeda's Sahel branch, has killed hundreds of "
        "fighters and civilians since the two groups broke a tacit truce in 2019."
    )
    assert (q.subject, q.measure, q.low, q.high) == (None, "killed", 100, None)
    assert q.period == "since 2019"


def test_fighters_met_in_a_clash_belong_to_the_other_side() -> None:
    [q] = quantities_of(
        "The Rwanda Security Forces (RSF) and the Mozambique Defence Armed Forces (FADM) "
        "patrolled the N380 road. RSF troops clashed with a group of around 30 insurgents "
        "near Mbau."
    )
    assert (q.measure, q.low) == ("fighters", 30)
    assert q.subject not in ("rsf", "rwanda_defence_force", "fadm")


def test_a_with_phrase_of_a_group_still_gives_its_strength() -> None:
    qs = quantities_of(
        "The ELN, led by Antonio García, is Colombia's largest remaining guerrilla group, "
        "with an estimated 5,800 to 6,000 members, according to military intelligence."
    )
    assert rows(qs) == [("eln", "members", 5800, 6000)]


def test_subject_of_a_sentence_the_parser_left_without_a_verb() -> None:
    [q] = quantities_of(
        "Tehrik-e-Taliban Pakistan (TTP) and affiliated factions carried out at least 14 "
        "attacks in Khyber Pakhtunkhwa in the first three weeks of March."
    )
    assert (q.subject, q.measure, q.low) == ("ttp", "attacks", 14)
    assert q.period == "in the first three weeks of March"


def test_troops_a_state_deployed() -> None:
    [q] = quantities_of(
        "Rwanda, which deployed around 2,500 personnel under a bilateral agreement, has said "
        "it will stay but cannot cover the southern districts."
    )
    assert (q.subject, q.measure, q.low, q.approximate) == ("state:RW", "deployed", 2500, True)


# -- periods -------------------------------------------------------------------------------------


def test_a_comparison_year_is_not_the_period_of_the_figure() -> None:
    [q] = quantities_of(
        "UN experts estimate that ISSP has between 2,000 and 3,000 fighters, roughly double "
        "its strength in 2022."
    )
    assert rows([q]) == [("is_sahel", "fighters", 2000, 3000)]
    assert q.period is None
    [q] = quantities_of("ISWAP had 5,000 fighters in 2020, roughly double its strength in 2018.")
    assert q.period == "in 2020"


def test_figure_compared_with_an_earlier_one_keeps_its_own_period() -> None:
    qs = quantities_of("ISWAP has between 2,000 and 3,000 fighters, compared with 1,000 in 2021.")
    assert rows(qs) == [("iswap", "fighters", 2000, 3000), ("iswap", "fighters", 1000, 1000)]
    assert [q.period for q in qs] == [None, "in 2021"]
