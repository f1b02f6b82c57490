"""An event dated only by a season or a quarter gets the calendar months it covers, never a
TIMEX season code ("2025-FA") that exports and timelines cannot read. Texts written for this
test."""

from __future__ import annotations

import re

from report_docs import text_events


def test_event_dated_by_a_season_takes_its_months() -> None:
    text = (
        "Gunmen raided the police station in Garoua this summer, killing two officers, "
        "local officials said."
    )
    dated = [e for e in text_events(text, "2025-10-02") if e.date is not None]
    assert dated, text
    date = dated[0].date
    assert date is not None
    assert (date.value, date.end_value, date.precision) == ("2025-06", "2025-08", "month")


def test_no_event_date_is_a_season_or_quarter_code() -> None:
    text = (
        "In the second quarter of 2024, the rebels ambushed an army convoy near Bamenda, "
        "killing five soldiers. Last winter the militia burned a school in Kumba."
    )
    events = text_events(text, "2025-10-02")
    assert events, text
    for ev in events:
        if ev.date is not None:
            assert re.fullmatch(r"\d{4}(-\d\d){0,2}", ev.date.value), ev.date
