"""Incident tables told again in prose (r1, s14): a row's finer place column over its region
column, "A v. B" in the actor column (B was hit), and a row that restates an incident the
prose tells on the same day at the place the row names is one event. Each text was written
for this test."""

from __future__ import annotations

from report_docs import events_with_roles

from dossier.records import Event


def _events(text: str, doc_date: str = "2025-05-20") -> list[tuple[Event, set[tuple[str, str]]]]:
    return events_with_roles(text, "ASSAULT", doc_date)


_TABLE_HEAD = "| Date | Province | Town | Actor | Incident | Killed |\n|---|---|---|---|---|---|\n"


def test_row_place_is_the_town_column_not_the_region_column() -> None:
    text = (
        "Weekly security note.\n\n"
        + _TABLE_HEAD
        + "| 3 May 2025 | Borno | Gwoza | Boko Haram | Raid on a market | 7 |\n"
        + "| 6 May 2025 | Yobe | Geidam | ISWAP | Attack on a base | 4 |\n"
    )
    found = _events(text)
    places = {e.place.text for e, _ in found if e.place is not None}
    assert "Gwoza" in places and "Geidam" in places, places
    assert not places & {"Borno", "Yobe"}, places


def test_row_place_falls_back_to_the_region_column() -> None:
    text = (
        "Weekly security note.\n\n"
        "| Date | Region | Location | Actor | Incident | Killed |\n|---|---|---|---|---|---|\n"
        "| 3 May 2025 | Mopti | - | JNIM | Attack on a convoy | 5 |\n"
    )
    found = _events(text)
    assert any(e.place is not None and e.place.text == "Mopti" for e, _ in found), found


def test_versus_cell_makes_the_second_party_the_target() -> None:
    text = (
        "Weekly security note.\n\n"
        + _TABLE_HEAD
        + "| 3 May 2025 | Borno | Gwoza | Boko Haram v. Nigerian Army | Ambush on a patrol | 7 |\n"
    )
    found = _events(text)
    assert found, text
    _ev, roles = found[0]
    assert ("Boko Haram", "perpetrator") in roles, roles
    assert any(r == "target" and "Nigeria" in n for n, r in roles), roles
    assert not any(r == "perpetrator" and "Nigeria" in n for n, r in roles), roles


def test_versus_cell_with_an_unknown_first_party_names_no_perpetrator() -> None:
    text = (
        "Weekly security note.\n\n"
        + _TABLE_HEAD
        + "| 9 May 2025 | Yobe | Geidam | Local vigilantes vs. ISWAP | Clash near the river | 3 |\n"
    )
    found = _events(text)
    assert found, text
    _ev, roles = found[0]
    assert ("Islamic State West Africa Province", "perpetrator") not in roles, roles
    assert ("Islamic State West Africa Province", "target") in roles, roles


def test_row_that_restates_a_prose_incident_is_one_event() -> None:
    text = (
        "## Incidents\n\n"
        "- On Tue 6 May, gunmen abducted nine farmers in Gwoza, on the road to Pulka.\n"
        "- On Wed 7 May, suspected militants abducted a teacher on the outskirts of Ngala, in "
        "the Gamboru area.\n\n"
        "## Incident table\n\n"
        + _TABLE_HEAD
        + "| Tue 6 May | Borno | Pulka | Unknown | Abduction of 9 farmers | 0 |\n"
        + "| Wed 7 May | Borno | Ngala | Unknown | Kidnapping of a teacher | 0 |\n"
    )
    found = _events(text)
    on_day: dict[str, int] = {}
    for e, _roles in found:
        if e.date is not None:
            on_day[e.date.value[:10]] = on_day.get(e.date.value[:10], 0) + 1
    assert on_day.get("2025-05-06") == 1, on_day
    assert on_day.get("2025-05-07") == 1, on_day
    # the row's place column names the place
    teacher = next(e for e, _ in found if e.date is not None and e.date.value == "2025-05-07")
    assert teacher.place is not None and teacher.place.text == "Ngala", teacher.place
    assert not teacher.anchor.quote.startswith("|"), teacher.anchor.quote


def test_row_and_prose_at_other_places_the_same_day_stay_two() -> None:
    text = (
        "## Incidents\n\n"
        "- On Fri 9 May, ISWAP fighters attacked an army base in Geidam, killing four soldiers.\n\n"
        "## Incident table\n\n"
        + _TABLE_HEAD
        + "| Fri 9 May | Borno | Gwoza | Boko Haram | Raid on a market | 2 |\n"
        + "| Fri 9 May | Yobe | Geidam | ISWAP | Attack on army base | 4 |\n"
    )
    found = _events(text)
    dated = [e for e, _ in found if e.date is not None and e.date.value == "2025-05-09"]
    assert len(dated) == 2, [(e.place and e.place.text, e.anchor.quote[:40]) for e in dated]
