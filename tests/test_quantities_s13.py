"""Quantities, round s13: tolls on which sources disagree, new measures (missing people,
protesters, resignations, flights, oil output, relief camps, buildings burned, probabilities,
planned deployments), rounds of ammunition and calibres, type designations and unit names
that are no counts, a date of a relative clause before the figure, "its armed strength",
"estimates put N at", and tolls over a range of days.

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from test_quantities import quantities_of

from dossier.extract.numbers import find_counts


def _rows(text: str) -> list[tuple[str | None, str, float | None, float | None]]:
    return [(q.subject, q.measure, q.low, q.high) for q in quantities_of(text)]


def _measures(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(q.measure, q.low, q.high) for q in quantities_of(text)]


# -- tolls of one incident ---------------------------------------------------------------------


def test_tolls_on_which_sources_disagree_are_kept() -> None:
    rows = _measures(
        "The district health office said five guards were killed and at least eight wounded "
        "when the depot was stormed. The interior ministry, however, said that two guards "
        "and three of the raiders died."
    )
    assert ("killed", 5, 5) in rows and ("injured", 8, None) in rows
    assert ("killed", 2, 2) in rows and ("killed", 3, 3) in rows


def test_another_source_putting_the_toll_at_a_figure_is_a_toll() -> None:
    rows = _measures(
        "At least nine villagers were killed in the night raid on Kafana, according to the "
        "police. Community leaders put the toll at fourteen. On Friday a car bomb killed 23 "
        "people in the market, the governor said."
    )
    assert ("killed", 9, None) in rows and ("killed", 14, 14) in rows
    # (s16b: one behaviour for every caller, an incident's toll is a quantity too, victims nobody's)
    assert ("killed", 23, 23) in rows


def test_a_toll_over_a_range_of_days_is_kept_with_its_days() -> None:
    qs = quantities_of(
        "Rebels of the Kivu Front attacked the camp last week. The UN said it had received "
        "reports of at least twelve civilians killed across the district between 3 and 6 June."
    )
    # no group of the sentence before is whose toll it is
    assert [(q.subject, q.measure, q.low) for q in qs] == [(None, "killed", 12)]
    assert qs[0].period and "3 and 6 June" in qs[0].period


# -- new measures ------------------------------------------------------------------------------


def test_people_reported_missing_since_a_date() -> None:
    rows = _measures(
        "Since the uprising began, more than 900 people have been killed and about 600 "
        "reported missing, according to a monitoring group."
    )
    assert ("missing", 600, 600) in rows and ("killed", 900, None) in rows
    rows = _measures(
        "Since then, more than 700 people have been killed in Zamfara and roughly 900 "
        "reported missing, according to figures compiled by local media."
    )
    assert ("missing", 900, 900) in rows  # "reported" tagged as a past tense


def test_protesters_resignations_flights_and_oil_output() -> None:
    rows = _measures(
        "On Friday some 4,000 demonstrators marched in the capital. Two senior ministers "
        "resigned on Sunday. Observers logged at least five An-26 cargo flights landing at "
        "the airstrip. Before the blockade the terminal was exporting about 120,000 barrels "
        "per day."
    )
    assert ("protesters", 4000, 4000) in rows
    assert ("resigned", 2, 2) in rows
    assert ("flights", 5, None) in rows
    assert ("oil_output", 120000, 120000) in rows
    assert not [r for r in rows if r[1] == 26]  # "An-26" names a type


def test_relief_camps_and_sourced_houses_burned() -> None:
    rows = _measures(
        "Most of the displaced live in roughly 150 relief camps. Local officials said about "
        "40 homes were burned in the raid."
    )
    assert ("shelters", 150, 150) in rows
    assert ("buildings_destroyed", 40, 40) in rows


def test_probability_of_an_estimative_judgement() -> None:
    qs = quantities_of(
        "- The ceasefire in the north is **likely** (60–75%) to hold, but a renewed offensive "
        "remains a realistic possibility (25%)."
    )
    assert [(q.measure, q.low, q.high) for q in qs] == [
        ("probability", 60, 75),
        ("probability", 25, 25),
    ]


def test_planned_deployment_is_not_a_deployment_made() -> None:
    rows = _rows(
        "Kenya sent 400 troops last year. Chad will send 600 soldiers to the border, and the "
        "Interior Ministry plans to deploy an additional 3,000 police personnel."
    )
    assert (
        "deployed",
        400,
    ) in [(r[1], r[2]) for r in rows]
    planned = [(r[1], r[2]) for r in rows if r[1] == "deployment_planned"]
    assert planned == [("deployment_planned", 600), ("deployment_planned", 3000)]


# -- weapons -----------------------------------------------------------------------------------


def test_calibres_and_rounds_of_ammunition_and_a_relative_clauses_date() -> None:
    qs = quantities_of(
        "Troops searched a warehouse in Santa Rosa, the town where the commander was arrested "
        "in May 2021, and seized 40 rifles, three .50-caliber rifles, some 15,000 rounds of "
        "ammunition and five drones."
    )
    assert [(q.measure, q.low) for q in qs] == [
        ("weapons", 40),
        ("weapons", 3),
        ("weapons", 15000),
        ("weapons", 5),
    ]
    assert all(q.period is None for q in qs)


def test_unit_names_and_type_designations_are_no_counts() -> None:
    assert [c.text for c in find_counts("the 212 Mechanized Infantry Brigade and 30 men")] == ["30"]
    assert [c.text for c in find_counts("400 Shahed-136 drones and AK-47 rifles")] == ["400"]


# -- strength ----------------------------------------------------------------------------------


def test_its_armed_strength_ranges_from() -> None:
    qs = quantities_of(
        "The Kaleo Defence Front, a militia founded in 2019, operates in the northern hills. "
        "Estimates of its armed strength range from 1,200 to 1,800."
    )
    assert [(q.subject, q.measure, q.low, q.high, q.approximate) for q in qs] == [
        ("new:kaleo-defence-front", "fighters", 1200, 1800, True)
    ]


def test_estimates_put_personnel_at_a_figure() -> None:
    rows = _measures("Independent estimates put Russian personnel in Mali at 1,000 to 1,400.")
    assert rows == [("fighters", 1000, 1400)]


# -- tables ------------------------------------------------------------------------------------


def test_table_cells_with_two_sources_or_a_bracketed_figure() -> None:
    rows = _measures(
        "# Update\n\n"
        "| date | area | parties | killed |\n"
        "|---|---|---|---|\n"
        '| 4 June | Pibor road | army vs White Army | 9 (hospital); "scores" (elders) |\n'
        "| 6 June | Akobo | unidentified drone vs army | 0 (3 wounded) |\n"
    )
    assert rows == [
        ("killed", 9, 9),
        ("killed", 20, None),
        ("killed", 0, 0),
        ("injured", 3, 3),
    ]


def test_a_noun_read_as_a_date_is_no_period() -> None:
    qs = quantities_of(
        "The Tawhid Brigade, which is estimated to field between 2,000 and 3,000 men and is "
        "aligned with the Salafi-leaning Madkhali current, holds the port."
    )
    assert [(q.measure, q.low, q.high, q.period) for q in qs] == [("fighters", 2000, 3000, None)]


def test_a_table_rows_range_of_days_is_its_period() -> None:
    qs = quantities_of(
        "# Update\n\n| date | area | killed |\n|---|---|---|\n| 3–4 June | Bor | 7 |\n"
    )
    assert [(q.measure, q.low, q.period) for q in qs] == [("killed", 7, "3–4 June")]
