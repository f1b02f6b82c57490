"""Session 17, second round: "Pakistan-based" before a group's name or an armed group's noun
gives the group's seat as a place mention (relations read based_in from it); before any
other noun ("the Norway-based monitor") it stays no place. All sentences written for these
tests."""

from __future__ import annotations

from test_places_s8 import annotated


def _places(text: str) -> set[str]:
    return {p.text for p in annotated(text)[0]}


def test_seat_of_a_named_group_is_a_place() -> None:
    assert "Afghanistan" in _places(
        "The Afghanistan-based Tehreek-e-Jihad claimed the bombing in Peshawar on Monday."
    )


def test_seat_of_a_militia_is_a_place() -> None:
    assert "Chad" in _places("A Chad-based militia raided the market of Geneina on Friday.")


def test_seat_of_a_monitor_is_no_place() -> None:
    found = _places("Three fishing boats sank off Mukalla, the Oman-based observatory said.")
    assert "Oman" not in found and "Mukalla" in found, found
