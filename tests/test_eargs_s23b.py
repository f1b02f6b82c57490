"""(s23b, review of the eargs change) A denial of a clause ("denied that ...") answers the
claimant of the last claim told before it only when that claim is a claim of a clause about
the deniers' side, not negated, and made by a party rather than a news outlet. Each test
failed before the fix; sentences written for the test, real model."""

from __future__ import annotations

from event_role_helpers import event_targets as _targets
from test_events_args_s20 import _events


def test_a_claim_about_something_else_is_not_what_a_denial_answers() -> None:
    events, names = _events(
        "The M23 said it had captured Rubaya on Tuesday. The Congolese government denied that "
        "it was negotiating with Rwanda.",
        "REJECT",
    )
    assert events
    assert "March 23 Movement" not in _targets(events, names)


def test_a_news_agency_that_reported_a_toll_is_not_answered() -> None:
    events, names = _events(
        "Reuters reported that thirty Malian soldiers died at Boulkessi. The Malian army "
        "denied that the base had been overrun.",
        "REJECT",
    )
    assert events
    assert not _targets(events, names)


def test_an_announced_curfew_is_no_claim_a_denial_answers() -> None:
    events, names = _events(
        "The Congolese government announced a curfew in Goma on Monday. The M23 denied that it "
        "planned to enter the city.",
        "REJECT",
    )
    assert events
    assert not _targets(events, names)


def test_a_claim_never_made_is_not_answered() -> None:
    events, names = _events(
        "Al-Shabaab did not claim the attack. The Kenyan army denied that its base in Lamu was "
        "hit.",
        "REJECT",
    )
    assert events
    assert "al-Shabaab" not in _targets(events, names)


def test_a_later_claim_about_others_does_not_hide_the_one_denied() -> None:
    events, names = _events(
        "Human Rights Watch reported that the army executed detainees. The RSF said it had freed "
        "prisoners in Wad Madani. The Sudanese army denied that it had executed anyone.",
        "REJECT",
    )
    assert events
    hit = _targets(events, names)
    assert "Rapid Support Forces" not in hit
    assert "Human Rights Watch" in hit


def test_a_toll_of_civilians_is_no_charge_against_the_army() -> None:
    events, names = _events(
        "The UN mission said twenty civilians were killed in the camp. The FARDC denied that "
        "its soldiers took part in the killings.",
        "REJECT",
    )
    assert events
    assert not _targets(events, names)


def test_a_claim_of_soldiers_killed_is_still_answered_by_the_army() -> None:
    events, names = _events(
        "The ADF claimed that it had killed ten soldiers in Beni. The FARDC denied that the "
        "camp had fallen.",
        "REJECT",
    )
    assert events
    assert "Allied Democratic Forces" in _targets(events, names)


def test_what_a_military_described_as_camps_of_a_group_were_hit() -> None:
    # a wording of its own for the free-relative mechanism (the change's own test copies a
    # report's sentence)
    events, names = _events(
        "Kenyan jets dropped bombs on what the military described as al-Shabaab training camps "
        "in Gedo.",
        "ASSAULT",
    )
    assert events
    assert "al-Shabaab" in _targets(events, names)
