"""A phrase that counts nobody ("No one was killed", "None of the passengers were killed")
gives an event no toll: its number word "one" is not one dead."""

from __future__ import annotations

from test_events_roles_s19 import _assaults


def test_no_one_killed_is_no_toll_of_one() -> None:
    for text in (
        "A bomb exploded at a market in Maiduguri on 3 May 2024. No one was killed in the "
        "blast, police said.",
        "Gunmen attacked a bus near Jos on 3 May 2024. None of the passengers were killed.",
    ):
        frames = _assaults(text)
        assert frames, text
        assert all(f.event.fatalities is None for f in frames), text


def test_one_killed_is_still_a_toll_of_one() -> None:
    frames = _assaults("Gunmen attacked a bus near Jos on 3 May 2024, killing one passenger.")
    assert any(f.event.fatalities is not None and f.event.fatalities.best == 1 for f in frames)
