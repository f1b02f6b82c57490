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


_UNTAGGED = (
    "BEIRUT, 2 December 2024 - Opposition fighters captured Aleppo on Friday. Police arrested "
    "eight people in Sana'a on Sunday. The rebels also took Manbij. Analysts at Reading "
    "University disagreed."
)


def test_towns_the_model_left_untagged_are_places_where_the_text_puts_a_place() -> None:
    from dossier.eval.muc4_dossier import annotate_text

    ann = annotate_text(_UNTAGGED, DateValue("2024-12-02", "day"))
    names = {p.text: p.place for p in ann.places}
    assert names["Aleppo"] is not None and names["Aleppo"].country_code == "SY"
    assert names["Sana'a"] is not None and names["Sana'a"].country_code == "YE"
    assert names["Manbij"] is not None and names["Manbij"].country_code == "SY"
    # an everyday word that is also a town stays a word
    assert "Reading" not in names
