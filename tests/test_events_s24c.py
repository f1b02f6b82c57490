"""(s24c) An arrest over dealings with a group ("suspected links with X militants", "ties to X
fighters") does not target X, though a word of belonging stands beside X's name: X is the
partner, not the group of those held. Sentences written for the test."""

from __future__ import annotations

from event_role_helpers import event_roles as _roles
from test_events_args_s20 import _events


def _targets(text: str) -> set[str]:
    events, names = _events(text, "ARREST")
    return {a for e in events for a, r in _roles(e, names) if r == "target"}


def test_links_with_a_groups_militants_make_it_no_target() -> None:
    text = (
        "Nigerien gendarmes arrested six herders in Tillia over suspected ties with ISSP fighters."
    )
    assert not any("Islamic State" in t or "ISSP" in t for t in _targets(text))


def test_collusion_with_a_groups_fighters_makes_it_no_target() -> None:
    text = (
        "Burkinabe soldiers arrested three shepherds near Dori over suspected collusion with "
        "JNIM fighters."
    )
    assert not any("Nusrat" in t for t in _targets(text))


def test_membership_still_makes_the_group_a_target() -> None:
    text = (
        "Burkinabe soldiers arrested three shepherds near Dori over suspected membership in JNIM."
    )
    assert any("Nusrat" in t for t in _targets(text))
