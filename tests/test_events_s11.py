"""Events of the eighth part that the lead engineer mended: a protected place (hospital, school,
place of worship) stays a civilian target when a combatant word modifies it. Each text was
written for this test."""

from __future__ import annotations

from dossier.records import DateValue
from tests.test_events_s9b import _events, _in

_HOSPITAL = (
    "KABUL, 9 March 2024 - Gunmen stormed the army hospital in Kabul on Thursday and killed "
    "twelve patients. On Friday, militants attacked an army checkpoint in Kunar, killing four "
    "soldiers."
)


def test_a_military_hospital_is_a_civilian_target_and_a_checkpoint_is_not() -> None:
    evs = _events(_HOSPITAL, DateValue("2024-03-09", "day"))
    hospital = _in(evs, "army hospital")
    assert hospital.acled_event_type == "Violence against civilians"
    checkpoint = _in(evs, "army checkpoint")
    assert checkpoint.acled_event_type == "Battles"
