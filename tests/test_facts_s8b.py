"""Quantities, claims and relations on the defects of the unseen reports of round s8:
casualty counts that are no strength, the source of an estimate that is not its owner,
"Its fighting strength", tolls over a span of months, naira amounts and "per cent".

Short texts written for these tests, run through the real pipeline; each construction has a
negative or a contrast beside it.
"""

from __future__ import annotations

from test_claims import claims_of, one
from test_quantities import quantities_of
from test_relations import relations_of

from dossier.extract.common import find_counts


def _strength(text: str) -> list[tuple[str | None, float | None]]:
    return [(q.subject, q.low) for q in quantities_of(text) if q.measure == "fighters"]


# -- casualty counts are no strength --------------------------------------------------------------


def test_people_included_in_a_toll_are_no_strength() -> None:
    text = (
        "Separatist gunmen stormed a camp in Turbat, killing at least 31 people, including 9 "
        "security personnel, according to officials."
    )
    assert _strength(text) == []


def test_fighters_neutralized_are_no_strength() -> None:
    text = "The army said that dozens of jihadists neutralized during the sweep near Gao."
    assert _strength(text) == []


def test_troops_withdrawing_are_no_strength() -> None:
    assert _strength("Witnesses said 250 soldiers had withdrawn from the garrison town.") == []
    # a holding stays a strength
    assert _strength("The Sahel Liberation Front has 250 fighters.")


def test_personnel_on_a_payroll_are_no_strength() -> None:
    assert _strength("The interior ministry has 61,000 personnel on its payroll.") == []


# -- subjects of estimates ------------------------------------------------------------------------


def test_its_strength_is_the_group_named_before() -> None:
    text = (
        "The Allied Democratic Forces (ADF) is an armed group in North Kivu. Its fighting "
        "strength is usually put at between 1,200 and 1,800 fighters."
    )
    qs = [q for q in quantities_of(text) if q.measure == "fighters"]
    assert [(q.subject, q.low, q.high) for q in qs] == [("adf", 1200.0, 1800.0)]


def test_the_source_of_an_estimate_is_not_its_owner() -> None:
    text = "A UN monitoring report estimated that the outfit has between 900 and 1,400 fighters."
    qs = [q for q in quantities_of(text) if q.measure == "fighters"]
    assert qs and all(q.subject != "un" for q in qs)


def test_one_of_the_deadliest_attacks_is_no_count() -> None:
    qs = quantities_of("ISWAP carried out one of the deadliest attacks on the town in 2023.")
    assert not [q for q in qs if q.measure == "attacks"]


# -- tolls over a span ----------------------------------------------------------------------------


def test_a_toll_over_two_months_is_a_killed_quantity() -> None:
    qs = quantities_of("The ADF killed at least 180 civilians in March and April 2024.")
    killed = [q for q in qs if q.measure == "killed"]
    assert [(q.subject, q.low) for q in killed] == [("adf", 180.0)]
    # one month stays the toll of an incident: its victims, nobody's
    # (s16b: one behaviour for every caller, an incident's toll is a quantity too, victims nobody's)
    qs = quantities_of("The ADF killed at least 18 civilians in a raid in March.")
    assert [(q.subject, q.low) for q in qs if q.measure == "killed"] == [(None, 18)]


# -- numbers --------------------------------------------------------------------------------------


def test_naira_amounts_are_money() -> None:
    qs = quantities_of("Bandits collected N40m from farmers in Zamfara last year.")
    money = [q for q in qs if q.measure in ("funding", "ransom")]
    assert [q.low for q in money] == [40_000_000.0]


def test_per_cent_is_no_count() -> None:
    assert [c.text for c in find_counts("about 70 per cent of 500 recruits")] == ["500"]


# -- claims ---------------------------------------------------------------------------------------


def test_a_denial_keeps_its_polarity_and_an_accusation_is_a_second_claim() -> None:
    claims = claims_of(
        "The TTP denied any involvement in the bombing and accused the police of killing detainees."
    )
    denied = one(claims, "any involvement")
    assert "denied" in denied.hedges
    accused = one(claims, "killing detainees")
    assert "denied" not in accused.hedges


def test_a_link_line_gives_no_claim() -> None:
    text = (
        "Police said the gunmen fled towards the border.\n"
        "Read more:\n"
        "Officials say four soldiers died in a roadside blast\n"
    )
    claims = claims_of(text)
    assert [c.text for c in claims] == ["the gunmen fled towards the border"]


# -- relation periods -----------------------------------------------------------------------------


def test_a_fronted_incident_date_is_no_relation_period() -> None:
    rels = relations_of(
        "On 3 May, Malian Armed Forces (FAMa) and Africa Corps (formerly Wagner Group) drone "
        "strikes hit a village. In September, the BLA carried out raids across Balochistan."
    )
    assert rels and all(r.period is None for r in rels), [(r.predicate, r.period) for r in rels]
    # a fronted year stays the date of a split
    [split] = [
        r
        for r in relations_of("In 2013, Ansaru split from Boko Haram.")
        if r.predicate == "split_from"
    ]
    assert split.period == "In 2013"


def test_almost_certain_is_the_top_likelihood() -> None:
    claims = claims_of("We judge it almost certain that the group will expand into Niger.")
    assert one(claims, "expand into Niger").likelihood == "almost certain"


def test_outlets_and_channels_of_a_claim() -> None:
    claims = claims_of(
        "A police spokesman told Sahel Tribune that the attackers came from the north. "
        "Commander Yusuf Adamu said in a televised speech that the war would go on."
    )
    assert one(claims, "came from the north").via == "Sahel Tribune"
    assert one(claims, "war would go on").via == "a speech"


def test_a_weekday_inside_a_name_is_no_relation_period() -> None:
    rels = relations_of("Arakan Army spokesman Khine Thu Kha said the group had taken the town.")
    members = [r for r in rels if r.predicate == "member_of"]
    assert members and all(r.period is None for r in members)
