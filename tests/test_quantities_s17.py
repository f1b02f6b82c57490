"""Quantities, round s17: whose strength a figure is ("UN monitors put its strength at N" is
the group's, not the monitors'; "against a few thousand soldiers" is the other side's), the
period of a strength ("at its peak", "in its first years", never the date of a concessive
clause), people arrested (never the captors'), a toll column of a table, and people who join an
operation (fighters, not recruits).

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from test_quantities import quantities_of


def _one(text: str, needle: str):  # noqa: ANN202 - a Quantity
    found = [q for q in quantities_of(text) if needle in q.text]
    assert found, f"no quantity with {needle!r}: {[q.text for q in quantities_of(text)]}"
    return found[0]


def test_a_source_puts_the_groups_strength() -> None:
    q = _one(
        "Boko Haram is active around Lake Chad. UN monitors put its total strength at between "
        "3,000 and 4,000 fighters.",
        "fighters",
    )
    assert q.subject == "boko_haram"
    assert (q.measure, q.low, q.high) == ("fighters", 3000, 4000)


def test_the_other_sides_strength_is_not_the_subjects() -> None:
    q = _one(
        "Analysts estimate that al-Shabaab has massed 2,000 fighters near the town, against "
        "a few hundred soldiers.",
        "soldiers",
    )
    assert q.subject != "al_shabaab"


def test_period_of_a_stage_of_the_group() -> None:
    assert _one("At its peak, Boko Haram counted up to 10,000 fighters.", "10,000").period == (
        "At its peak"
    )
    q = _one("In its first years, ISKP recruited several hundred fighters.", "several hundred")
    assert q.period == "In its first years"


def test_date_of_a_concessive_clause_is_not_the_period() -> None:
    q = _one(
        "Analysts estimate that the groups field between 1,000 and 2,000 fighters, though "
        "numbers are believed to have fallen since 2019.",
        "fighters",
    )
    assert q.period is None


def test_people_arrested_are_not_the_captors() -> None:
    q = _one(
        "Nigerian Army troops detained 120 suspected ISWAP members in Maiduguri.",
        "ISWAP members",
    )
    # (s20) the group the arrested men's own phrase names, never the army that holds them
    assert (q.subject, q.measure) == ("iswap", "arrested")
    q = _one("Boko Haram fighters detained 12 aid workers near Bama on Monday.", "12 aid")
    assert q.subject != "boko_haram"


def test_people_in_a_toll_column_are_the_dead() -> None:
    rows = quantities_of(
        "| Date | Place | Perpetrator | Toll |\n"
        "|---|---|---|---|\n"
        "| 3 May | Kidal | JNIM | 6 soldiers (army) |\n"
    )
    six = [q for q in rows if q.low == 6]
    assert six and six[0].measure == "killed"
    assert six[0].subject != "jnim"


def test_joining_an_offensive_is_no_recruitment() -> None:
    q = _one("Some 600 fighters loyal to the RSF joined the offensive on the city.", "600")
    assert q.measure == "fighters"
    q = _one("Some 600 young men joined al-Shabaab last year.", "600")
    assert q.measure == "recruits"


def test_a_noun_modifying_the_counted_noun_is_not_what_is_counted() -> None:
    rows = quantities_of("The army said seven rebel vehicles were destroyed near the bridge.")
    assert not [q for q in rows if q.measure == "fighters"]
