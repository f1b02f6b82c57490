"""Event places and dates in short texts written for these tests (session 14, round 2): a
town named before "in the X division/zone" beats that area, a date that ends a "since"
phrase bounds a period and dates no event, and a date hung on a statement or a report is
the report's day, not the day of a deed."""

from __future__ import annotations

from report_docs import text_events as _events

from dossier.records import Event


def _assaults(text: str, day: str = "2025-06-20") -> list[Event]:
    return [e for e in _events(text, day) if e.type == "ASSAULT"]


def _places(text: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in _assaults(text)]


def _dates(text: str, day: str = "2025-06-20") -> list[str | None]:
    return [e.date.value if e.date else None for e in _assaults(text, day)]


def test_a_town_in_a_division_beats_the_division() -> None:
    found = _places(
        "Gunmen raided a church near Babessi, in the Ngoketunjia division, on Sunday and "
        "abducted six worshippers."
    )
    assert found == ["Babessi"], found
    found = _places(
        "Militants torched a clinic near Nwa, in the Donga-Mantung division, on Friday and "
        "abducted two nurses."
    )
    assert found == ["Nwa"], found


def test_a_date_that_ends_a_since_phrase_does_not_date_the_event() -> None:
    found = _dates(
        "Twelve people were killed when a shell hit a bus station in Goma, officials said, "
        "in one of the worst attacks since fighting flared up again this spring."
    )
    assert found and not any((d or "").endswith("SP") for d in found), found
    found = _dates(
        "At least 20 people died when a drone hit a wedding party in Kauda, aid workers "
        "said, the deadliest strike since the truce collapsed in earnest last autumn."
    )
    assert found and not any((d or "").endswith("FA") for d in found), found


def test_a_date_hung_on_a_statement_or_report_is_the_reports_day() -> None:
    found = _dates(
        "Gunmen stormed a market in Gwoza early on Saturday. The state government put the "
        "toll at 14 dead and 20 injured in a statement on Monday.",
        "2025-06-24",
    )
    assert found == ["2025-06-21"], found
    found = _dates(
        "A drone struck a market in Kauda on Saturday. Local officials counted 25 people "
        "wounded in a report on Monday.",
        "2025-06-24",
    )
    assert found == ["2025-06-21"], found
