"""Incident tables (tables, s21): a toll cell is read part by part ("2 soldiers, 3 rebels
killed", "1 officer killed, 4 wounded"), sources' figures make a range ("4 (army) / 12
(group)"), a toll under an arrest or an abduction counts no dead, a perpetrator cell names
every perpetrator up to a claim or a channel, and "Attributed to" heads a perpetrator column.
Each text was written for this test."""

from __future__ import annotations

import pytest
from report_docs import events_with_roles, text_events

from dossier.extract.tables import non_lethal, perpetrator_cut, toll_counts


def _toll(
    cell: str,
) -> tuple[tuple[int | None, int | None] | None, tuple[int | None, int | None] | None]:
    killed, injured = toll_counts(cell, 0, len(cell))
    return (
        (killed.low, killed.high) if killed else None,
        (injured.low, injured.high) if injured else None,
    )


# ------------------------------------------------------------------ toll cells, no model


@pytest.mark.parametrize(
    ("cell", "killed", "injured"),
    [
        ("2 soldiers, 3 rebels killed", (5, 5), None),
        ("1 officer killed, 4 wounded", (1, 1), (4, 4)),
        ("4 (army) / 12 (group)", (4, 12), None),
        ("7 (police) – c. 15 (residents)", (7, 15), None),
        ("10–14 (monitors); 30 (claim)", (10, 30), None),
        ("6 villagers killed, 9 injured", (6, 6), (9, 9)),
        ("3 killed (officials) / 8 (hospital)", (3, 8), None),
    ],
)
def test_toll_cell_parts_and_sources(
    cell: str, killed: tuple[int, int] | None, injured: tuple[int, int] | None
) -> None:
    assert _toll(cell) == (killed, injured)


@pytest.mark.parametrize(
    "cell",
    [
        "12 abducted",  # the taken are not the dead
        "5 arrested, 2 detained",
        "8 injured",
        "unknown",
        "none reported",
        "40 houses burned",
        "disputed",
    ],
)
def test_toll_cell_counts_no_dead(cell: str) -> None:
    assert _toll(cell)[0] is None


def test_unsaid_outcome_under_an_arrest_counts_nobody() -> None:
    cell = "6 suspected couriers"
    assert toll_counts(cell, 0, len(cell), unsaid_dead=False) == (None, None)
    assert non_lethal({"arrests"}) and non_lethal({"abduction", "of", "traders"})
    assert not non_lethal({"ambush", "on", "patrol"})


def test_perpetrator_cell_stops_at_claim_or_channel() -> None:
    for cell, named in [
        ("Group X (suspected); claimed by Front Y", "Group X (suspected)"),
        ("Front Y (claimed via its news agency)", "Front Y (claimed"),
        ("Army / Allied militia", "Army / Allied militia"),
        ("Claimed by Front Y", "Claimed by Front Y"),  # nothing before the claim: kept whole
    ]:
        assert cell[: perpetrator_cut(cell, 0, len(cell))].strip() == named


# ------------------------------------------------------------- whole tables, real model

_TABLE = (
    "Weekly incident log for the northern districts.\n\n"
    "| Date | Location | Incident | Attributed to | Killed |\n"
    "|---|---|---|---|---|\n"
    "| 3 May 2024 | Kidal | Ambush on a supply convoy | Malian army / Wagner Group | "
    "2 soldiers, 3 rebels killed |\n"
    "| 9 May 2024 | Menaka | Bombing of a market | Islamic State Sahel Province | "
    "4 (officials) / 12 (residents) |\n"
    "| 12 May 2024 | Gao | Arrests | Malian army | 5 suspected couriers |\n\n"
    "The army said it would investigate.\n"
)


def _row_event(text: str, quote_part: str):  # type: ignore[no-untyped-def]
    found = [e for e in text_events(text, "2024-05-20") if quote_part in e.anchor.quote]
    assert found, [e.anchor.quote for e in text_events(text, "2024-05-20")]
    return found[0]


def test_toll_cell_by_parts_gives_the_row_toll() -> None:
    ev = _row_event(_TABLE, "Kidal")
    assert ev.fatalities is not None and (ev.fatalities.low, ev.fatalities.high) == (5, 5)


def test_sources_figures_give_a_range() -> None:
    ev = _row_event(_TABLE, "Menaka")
    assert ev.fatalities is not None and (ev.fatalities.low, ev.fatalities.high) == (4, 12)


def test_arrest_row_has_no_toll() -> None:
    ev = _row_event(_TABLE, "| Gao |")
    assert ev.fatalities is None


def test_attributed_to_column_and_two_perpetrators() -> None:
    found = events_with_roles(_TABLE, "ASSAULT", "2024-05-20")
    kidal = [roles for e, roles in found if "Kidal" in e.anchor.quote]
    assert kidal
    perps = {n for n, r in kidal[0] if r == "perpetrator"}
    assert any("Wagner" in n for n in perps) and any("Mali" in n for n in perps), kidal[0]
    menaka = [roles for e, roles in found if "Menaka" in e.anchor.quote]
    assert menaka and any(r == "perpetrator" for _n, r in menaka[0]), menaka


def test_claim_after_semicolon_is_no_perpetrator() -> None:
    text = (
        "Incidents recorded this week in the eastern provinces.\n\n"
        "| Date | Location | Incident | Perpetrator | Toll |\n"
        "|---|---|---|---|---|\n"
        "| 4 June 2024 | Beni | Attack on a village | Allied Democratic Forces (suspected); "
        "claimed by Islamic State | 11 villagers killed |\n\n"
        "Local officials gave the figures.\n"
    )
    found = events_with_roles(text, "ASSAULT", "2024-06-10")
    row = [roles for e, roles in found if "Beni" in e.anchor.quote]
    assert row, found
    perps = {n for n, r in row[0] if r == "perpetrator"}
    assert any("Allied Democratic" in n for n in perps), row[0]
    assert not any("Islamic State" in n for n in perps), row[0]


def test_unknown_perpetrator_cell_names_nobody() -> None:
    text = (
        "Incidents recorded this week in the eastern provinces.\n\n"
        "| Date | Location | Incident | Attributed to | Toll |\n"
        "|---|---|---|---|---|\n"
        "| 4 June 2024 | Beni | Attack on a village | Unidentified gunmen; Allied "
        "Democratic Forces suspected | 11 villagers killed |\n\n"
        "Local officials gave the figures.\n"
    )
    found = events_with_roles(text, "ASSAULT", "2024-06-10")
    row = [roles for e, roles in found if "Beni" in e.anchor.quote]
    assert row, found
    assert not any(r == "perpetrator" for _n, r in row[0]), row[0]


def test_toll_column_of_abductions_is_not_a_death_toll() -> None:
    text = (
        "Incidents recorded this week.\n\n"
        "| Date | Location | Incident | Toll |\n"
        "|---|---|---|---|\n"
        "| 4 June 2024 | Kaduna | Abduction of traders on the highway | 14 traders |\n"
        "| 6 June 2024 | Zaria | Ambush on a police patrol | 3 officers |\n\n"
        "Police confirmed both incidents.\n"
    )
    evs = text_events(text, "2024-06-10")
    kaduna = [e for e in evs if "Kaduna" in e.anchor.quote]
    assert kaduna and all(e.fatalities is None for e in kaduna)
    zaria = [e for e in evs if "Zaria" in e.anchor.quote]
    assert zaria and zaria[0].fatalities is not None and zaria[0].fatalities.low == 3


# ------------------------------------------------------ a place cell the tagger missed


def test_place_cell_lent_a_resolution_named_elsewhere() -> None:
    from dossier.eval.muc4_dossier import annotate_text
    from dossier.extract.event_headings import _named_elsewhere
    from dossier.records import DateValue

    prose = "Gunmen attacked a checkpoint in Kandahar on Monday, police said."
    ann = annotate_text(prose, DateValue("2024-06-10", "day"))
    assert any(pm.place is not None and pm.text == "Kandahar" for pm in ann.places)
    cell_text = prose + "\n| Spin Boldak; Kandahar |"
    start = len(prose) + 3
    cell = (start, start + len("Spin Boldak; Kandahar"))
    found = _named_elsewhere(cell_text, cell, ann.places)
    assert found is not None and found.text == "Kandahar"
    assert cell_text[found.start : found.end] == "Kandahar"
    # a cell none of whose parts the document resolves names no place
    other = prose + "\n| Tarin Kot; Sangin |"
    assert _named_elsewhere(other, (start, start + len("Tarin Kot; Sangin")), ann.places) is None
