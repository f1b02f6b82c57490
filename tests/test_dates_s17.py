"""A year of the Hijri era in a sentence is no Gregorian year."""

from __future__ import annotations

from dossier.pipeline import process_raw
from dossier.records import RawDocument


def _events(text: str):
    return process_raw(RawDocument(path="t.txt", format="text", text=text, content_hash="h")).events


def test_a_hijri_year_dates_no_event_centuries_back() -> None:
    [attack] = _events(
        "Gunmen killed nine worshippers in Jalalabad on 12 Shawwal 1445 AH, police said."
    )
    assert attack.date is None or not attack.date.value.startswith("1445")


def test_a_gregorian_year_beside_it_still_dates() -> None:
    [attack] = _events("Gunmen killed nine worshippers in Jalalabad on 21 April 2024, police said.")
    assert attack.date is not None and attack.date.value == "2024-04-21"
