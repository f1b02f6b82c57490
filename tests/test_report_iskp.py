"""A whole brief written for this test (Islamic State Khorasan, February 2025: a claimed
suicide bombing in Kabul, Taliban arrests and accusations, attacks recalled as background, a
magazine issue, fears of attacks in Europe, a US drone strike), coded the way an analyst
would."""

from __future__ import annotations

from report_docs import written_report

from dossier.records import Document, Event


def report() -> Document:
    return written_report("iskp_brief.txt")


def _attacks() -> list[Event]:
    return [e for e in report().events if e.type == "ASSAULT"]


def _roles(event: Event) -> set[tuple[str, str]]:
    return {(a.actor, a.role) for a in event.actors}


def test_claimed_bombing_with_the_minister_it_killed():
    [bombing] = [e for e in _attacks() if e.date is not None and e.date.value == "2024-12-11"]
    assert bombing.mode == "suicide-attack" and bombing.responsibility == "claimed"
    assert {("iskp", "perpetrator"), ("new:khalil-haqqani", "victim")} <= _roles(bombing)
    assert bombing.place is not None and bombing.place.text == "Kabul"
    # "killed Khalil Haqqani, the Taliban's minister for refugees, and five others"
    assert bombing.fatalities is not None and bombing.fatalities.best == 6


def test_attacks_recalled_as_background_with_their_own_dates():
    dated = {e.date.value: e for e in _attacks() if e.date is not None}
    crocus = dated["2024-03"]
    assert crocus.modality == "background"
    assert ("iskp", "perpetrator") in _roles(crocus)  # "its gunmen"
    assert crocus.place is not None and crocus.place.text == "Crocus City Hall"
    assert dated["2024-01"].mode == "suicide-attack"


def test_one_airport_bombing_placed_at_the_airport_not_in_the_victims_country():
    airport = [e for e in _attacks() if e.date is not None and e.date.value == "2021-08"]
    assert len(airport) == 1
    assert airport[0].mode == "suicide-attack"
    assert airport[0].place is not None and airport[0].place.text == "Kabul"


def test_capabilities_and_fears_are_no_attacks():
    quotes = " ".join(e.anchor.quote for e in _attacks())
    assert "attempt attacks in Europe" not in quotes
    assert "remains capable" not in quotes
    assert len(_attacks()) == 5


def test_drone_strike_and_media_releases():
    [strike] = [e for e in _attacks() if e.mode == "drone"]
    assert ("us_armed_forces", "perpetrator") in _roles(strike)
    assert strike.date is not None and strike.date.value == "2025-01-04"
    releases = [e for e in report().events if e.type == "PROPAGANDA"]
    assert any(("iskp", "initiator") in _roles(e) for e in releases)
