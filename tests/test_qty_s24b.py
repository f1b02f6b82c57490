"""Quantities, review of round s24 (s24b): where the s24 mechanisms must NOT fire.

- a difference word after a figure ("two *more* soldiers died") makes a difference only with
  its own "than": not one after a comma, another comparative or "rather"/"other";
- a verb of change under a modal or a negation ("could rise to 50,000") brings no count;
- "over" after "took", "gave" is "more than", not a particle;
- a contested toll cell needs a source in each bracket: "12 (civilians) / 4 (soldiers)" is two
  counts of different people, no range;
- a negated verb undoes only its own deed ("officials would not identify 12 hostages freed");
- "the breakaway" is never the group it split from.

Short texts written for these tests (invented wordings), run through the real pipeline.
"""

from __future__ import annotations

from quantity_helpers import has_quantity as _has
from quantity_helpers import quantity_rows as _rows

# -- differences ------------------------------------------------------------------------------


def test_more_victims_then_a_toll_of_more_than() -> None:
    rows = _rows(
        "Two more soldiers died of their wounds on Sunday, bringing the toll from the "
        "ambush to more than 30."
    )
    assert _has(rows, "killed", 2, 2), rows
    assert _has(rows, "killed", 30, None), rows


def test_more_bodies_then_more_than_a_week() -> None:
    rows = _rows(
        "Three more bodies were recovered from the river near Gao on Monday, more than a "
        "week after the boat was attacked."
    )
    assert _has(rows, "killed", 3, 3), rows


def test_rather_than_is_no_comparison() -> None:
    rows = _rows(
        "Four more fighters surrendered to the army in Basilan rather than face an offensive."
    )
    assert any(r[1] == "surrendered" and r[2] == 4 for r in rows), rows


def test_difference_with_its_own_than_is_still_no_count() -> None:
    rows = _rows("Two more civilians were killed in Kidal than in Menaka during the first quarter.")
    assert not _has(rows, "killed", 2, 2), rows


# -- change figures -----------------------------------------------------------------------------


def test_negated_change_is_no_count() -> None:
    rows = _rows("Abductions in Zamfara did not fall to 12 in April, despite the new patrols.")
    assert not any(r[1] == "kidnapped" and r[2] == 12 for r in rows), rows


def test_modal_change_is_no_count() -> None:
    rows = _rows("Monitors fear that abductions in Zamfara might climb to 90 before the rains.")
    assert not any(r[1] == "kidnapped" and r[2] == 90 for r in rows), rows


# -- "over" -----------------------------------------------------------------------------------


def test_took_over_is_more_than() -> None:
    rows = _rows(
        "The militants took over 200 passengers hostage after stopping the bus near Arlit."
    )
    assert _has(rows, "kidnapped", 200, None), rows
    assert not _has(rows, "kidnapped", 200, 200), rows


def test_gave_over_is_more_than() -> None:
    rows = _rows("Rebels gave over 300 rifles to the commission in Bangui during disarmament.")
    assert not any(r[1] == "weapons" and r[2] == 300 and r[3] == 300 for r in rows), rows


def test_turned_over_is_still_exact() -> None:
    rows = _rows("Militia leaders in Bunia turned over 45 assault rifles to the peacekeepers.")
    assert not any(r[1] == "weapons" and r[2] == 45 and r[3] is None for r in rows), rows


# -- contested cells ---------------------------------------------------------------------------


def test_brackets_naming_people_are_no_sources() -> None:
    rows = _rows(
        "| Date | Location | Dead |\n|---|---|---|\n"
        "| 12 March | Djibo | 12 (civilians) / 4 (soldiers) |\n"
        "| 19 March | Arbinda | 7 (men) or 3 (women) |\n"
    )
    assert not _has(rows, "killed", 4, 12), rows
    assert not _has(rows, "killed", 3, 7), rows


def test_brackets_naming_tellers_still_give_a_range() -> None:
    rows = _rows(
        "| Date | Place | Toll |\n|---|---|---|\n| 9 June | Dosso | 11 (army) / 19 (witnesses) |\n"
    )
    assert _has(rows, "killed", 11, 19), rows


# -- negated deeds ------------------------------------------------------------------------------


def test_negated_verb_of_another_deed_keeps_the_count() -> None:
    rows = _rows("Officials would not identify 12 hostages freed on Sunday near Gusau.")
    assert _has(rows, "released", 12, 12), rows


def test_negated_verb_of_the_deed_counts_nothing() -> None:
    rows = _rows("The army said it did not kill 12 civilians in Kumbo, as activists alleged.")
    assert not _has(rows, "killed", 12, 12), rows


# -- split groups -----------------------------------------------------------------------------


def test_the_breakaway_is_not_the_group_it_split_from() -> None:
    rows = _rows(
        "A splinter group of the Allied Democratic Forces (ADF) emerged in 2022. "
        "The breakaway has about 150 fighters, a UN panel said."
    )
    hits = [r for r in rows if r[1] == "fighters" and r[2] == 150]
    assert hits and hits[0][0] is None, rows


# -- statistics lines --------------------------------------------------------------------------


def test_statistics_line_label_of_a_country_owns_no_toll() -> None:
    rows = _rows("Mali – 2 attacks, 9 killed\nBurkina Faso – 5 attacks, 14 killed\n")
    hits = [r for r in rows if r[1] == "killed" and r[2] in (9, 14)]
    assert hits and all(r[0] is None for r in hits), rows


def test_statistics_line_of_foiled_deeds_counts_nothing() -> None:
    rows = _rows("- Kidnappings thwarted: 6\n- Attacks prevented: 4\n")
    assert not any(r[2] in (6, 4) for r in rows), rows
