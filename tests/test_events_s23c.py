"""(s23c) Incidents told by the shape of a line or a table rather than by a sentence:
incident-log lines that open with a date and a place field naming a district, then the
village ("14/09 - Gwoza, Pulka: ..."), and tables whose title names the kind of incident
their rows are when no column does ("Abductions reported this week" over "| Date | District
| Hamlet | Victims |"). Texts written for these tests; each mechanism is checked where it
must fire and where it must not."""

from __future__ import annotations

import pytest

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

DATE = DateValue("2024-09-20", "day")

# long prose lines, as in a real report, so that the short log lines under them end their
# sentences at their line breaks
_PROSE = (
    "The state government said patrols along the border roads would be doubled before the "
    "harvest, and the emergency committee asked farmers to travel in groups and to report any "
    "movement of armed men to the nearest military post or to the local vigilance committee.\n\n"
    "Traders in the weekly markets of the area say that fewer buyers come from the border "
    "villages since the rains began, and that the price of grain has risen by a third since "
    "the roads to the south were closed to lorries for several days in August.\n\n"
)


def _events(text: str) -> list[Event]:
    ann = annotate_text(text, DATE)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, DATE)


def _assaults(text: str) -> list[Event]:
    return [e for e in _events(text) if e.type == "ASSAULT"]


def _on(events: list[Event], day: str) -> list[Event]:
    return [e for e in events if e.date is not None and e.date.value == day]


# --- incident-log lines: the finest place of the place field -----------------------------


def test_log_line_is_placed_at_the_village_not_the_district() -> None:
    text = _PROSE + (
        "INCIDENT LOG\n"
        "16/09 - Bama, Kumshe: 3 herders abducted near the border by gunmen\n"
        "18/09 - Gwoza, Ngoshe: market stalls burned, 2 traders shot by armed men\n"
    )
    found = _on(_assaults(text), "2024-09-16")
    assert len(found) == 1
    assert found[0].place is not None and found[0].place.text == "Kumshe"


def test_log_line_in_iso_form_with_another_dash() -> None:
    text = _PROSE + (
        "LOG OF INCIDENTS\n"
        "2024-09-18 – Konduga, Dalwa: two traders shot dead at the market by armed men\n"
        "2024-09-16 – Bama, Kumshe: three herders abducted near the border by gunmen\n"
    )
    found = _assaults(text)
    assert len(_on(found, "2024-09-16")) == 1
    assert len(_on(found, "2024-09-18")) == 1


def test_log_line_retelling_a_narrated_raid_is_the_same_event() -> None:
    text = (
        "Gunmen on motorbikes raided Pulka, a farming village of Gwoza local government area, "
        "on 14 September, shooting dead six farmers who were bringing in the groundnut crop; "
        "soldiers from the Gwoza garrison reached the village only the following afternoon.\n\n"
        + _PROSE
        + "INCIDENT LOG\n"
        "14/09 - Gwoza, Pulka: 6 farmers killed by gunmen\n"
        "16/09 - Bama, Banki: 3 herders abducted near the border by gunmen\n"
    )
    assert len(_on(_assaults(text), "2024-09-14")) == 1


def test_place_field_with_a_generic_noun_keeps_the_town() -> None:
    text = _PROSE + (
        "INCIDENT LOG\n"
        "17/09 - Maiduguri, main market: 2 traders killed by a bomb\n"
        "19/09 - Bama, Banki: 3 herders abducted near the border by gunmen\n"
    )
    found = _on(_assaults(text), "2024-09-17")
    assert len(found) == 1
    assert found[0].place is not None and found[0].place.text == "Maiduguri"


# --- log lines that tell no incident -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "16/09 - Bama, Banki: no incident reported, roads open",
        "16/09 - Bama, Banki: attack on the market feared, patrols stepped up",
        "16/09 - Bama, Banki: vigilantes plan to escort the herders to the market",
    ],
)
def test_log_line_without_an_incident_is_no_attack(line: str) -> None:
    text = _PROSE + "WATCH LIST\n" + line + "\n"
    assert not [e for e in _assaults(text) if e.modality == "asserted"]


# --- tables whose title names the kind of incident ---------------------------------------


def test_title_names_the_kind_of_every_row() -> None:
    text = _PROSE + (
        "Kidnappings reported this week\n\n"
        "| Date | District | Hamlet | Victims |\n"
        "|---|---|---|---|\n"
        "| 4 September 2024 | Bama | Banki | 6 |\n"
        "| 7 September 2024 | Gwoza | Pulka | 2 |\n"
    )
    found = _assaults(text)
    assert {e.date.value for e in found if e.date} == {"2024-09-04", "2024-09-07"}
    assert all(e.mode == "abduct" for e in found)


def test_titled_table_in_another_column_order() -> None:
    text = _PROSE + (
        "Roadside bombings logged by the monitoring cell\n\n"
        "| Deaths | Date | Town |\n"
        "|---|---|---|\n"
        "| 3 | 12 September 2024 | Maiduguri |\n"
        "| 5 | 15 September 2024 | Gwoza |\n"
    )
    found = _assaults(text)
    assert {e.date.value for e in found if e.date} == {"2024-09-12", "2024-09-15"}
    best = {e.date.value: e.fatalities.best for e in found if e.date and e.fatalities}
    assert best == {"2024-09-12": 3, "2024-09-15": 5}


@pytest.mark.parametrize(
    "title",
    [
        "Attacks foiled by the police this week",  # did not happen
        "Planned airstrikes on the northern villages",  # a plan
        "Displacement by district",  # no incident kind
        "Risks of reprisal raids for the coming weeks",  # a forecast
        "The police said bomb attacks were expected in the markets of the north this week.",
    ],
)
def test_title_that_tells_no_incidents_makes_no_rows_events(title: str) -> None:
    text = _PROSE + (
        title + "\n\n"
        "| Date | District | Hamlet | Deaths |\n"
        "|---|---|---|---|\n"
        "| 4 September 2024 | Bama | Banki | 0 |\n"
        "| 7 September 2024 | Gwoza | Pulka | 0 |\n"
    )
    assert not _assaults(text)


def test_rows_counted_by_month_are_no_incidents() -> None:
    text = _PROSE + (
        "Bombings recorded in 2024\n\n"
        "| Month | District | Deaths |\n"
        "|---|---|---|\n"
        "| March 2024 | Bama | 4 |\n"
        "| April 2024 | Gwoza | 7 |\n"
    )
    assert not _assaults(text)


def test_titled_table_without_a_place_column_is_no_incident_list() -> None:
    text = _PROSE + (
        "Airstrikes this month\n\n"
        "| Date | Aircraft sorties | Deaths |\n"
        "|---|---|---|\n"
        "| 4 September 2024 | 3 | 0 |\n"
        "| 7 September 2024 | 5 | 2 |\n"
    )
    assert not _assaults(text)


def test_log_line_on_the_second_day_of_a_night_raid_is_the_same_raid() -> None:
    text = (
        "During the night of 14 to 15 September armed men raided Kumshe, a border village of "
        "Bama local government area, setting fire to the granaries and shooting dead four "
        "herders; soldiers from the Bama garrison reached the village only at dawn.\n\n"
        + _PROSE
        + "INCIDENT LOG\n"
        "15/09 - Bama, Kumshe: 4 herders shot dead, granaries burned\n"
        "17/09 - Konduga, Dalwa: 2 farmers killed by armed men\n"
    )
    found = [e for e in _assaults(text) if e.date and e.date.value in {"2024-09-14", "2024-09-15"}]
    assert len(found) == 1
