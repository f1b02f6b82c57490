"""Events (s19, review mend): a rising is an attack only when armed men rise; a deed whose own
subject denies it ("neither side", "nobody", "none of the militias") or that a party refused
("refused to", "declined to", "abstained from", "rejected calls to") is no asserted event;
a pledge of the party itself ("pledged itself to") is a pledge of allegiance, a pledge of
troops is not. Every text is written for these tests."""

from __future__ import annotations

import pytest

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

REPORT_DATE = DateValue("2024-06-20", "day")


def _events(text: str) -> list[Event]:
    ann = annotate_text(text, REPORT_DATE)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, REPORT_DATE)


def _asserted_attacks(text: str) -> list[Event]:
    """Attacks told as fact (an older one told as fact is "background")."""
    return [
        e for e in _events(text) if e.type == "ASSAULT" and e.modality in {"asserted", "background"}
    ]


# --------------------------------------------------------------------------- risings


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of teachers rose up against the government in peaceful marches in Caracas "
        "on 3 June 2024.",
        "Students rose up against the regime on 5 June 2024, marching peacefully through Minsk.",
    ],
)
def test_an_unarmed_rising_is_no_attack(text: str) -> None:
    assert not any(e.type == "ASSAULT" for e in _events(text))


def test_a_rising_told_with_a_peaceful_march_stays_a_peaceful_protest() -> None:
    events = _events(
        "Students rose up against the regime on 5 June 2024, marching peacefully through Minsk."
    )
    assert not any(e.type == "PROTEST" and e.mode == "riot" for e in events)


def test_armed_men_rising_against_a_group_is_still_an_attack() -> None:
    attacks = _asserted_attacks(
        "Clan militiamen rose up against the insurgents near Galkayo on 4 June 2024, killing "
        "six of them."
    )
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.value == "2024-06-04"


# --------------------------------------------------------------------------- denied deeds


@pytest.mark.parametrize(
    "text",
    [
        # a negative subject of the deed
        "The ceasefire held on 9 June 2024 and neither side resumed fighting around Marib.",
        "Neither side resumed fighting around Marib on 9 June 2024.",
        "On 9 June 2024 neither side attacked the other near Marib.",
        "Neither the army nor the rebels shelled Marib on 9 June 2024.",
        "Nobody fired on the aid convoy near Goma on 2 June 2024.",
        "None of the militias attacked the camp near Bor on 2 June 2024.",
        # a refusal of the deed
        "The militia refused to resume hostilities on 9 June 2024 despite pressure from its "
        "allies.",
        "The rebels refused to attack the town of Bor on 2 June 2024.",
        "The clan militia declined to launch an offensive on Galkayo on 2 June 2024.",
        "The fighters abstained from attacking the village of Tawila on 2 June 2024.",
        "The fighters refrained from shelling Tawila on 2 June 2024.",
        "Tribal elders rejected calls to attack the camp near Bor on 2 June 2024.",
    ],
)
def test_a_denied_or_refused_deed_is_no_asserted_attack(text: str) -> None:
    assert not _asserted_attacks(text)


@pytest.mark.parametrize(
    "text",
    [
        # the refusal is of another deed; the attack was made
        "The rebels refused to negotiate and attacked the town of Bor on 2 June 2024.",
        "The rebels, who had refused to disarm, attacked the town of Bor on 2 June 2024.",
        "The army failed to repel the attack on Tawila on 2 June 2024.",
        # the negative subject denies a claim or a toll, not the deed
        "No group claimed the bombing of the church in Jos on 6 June 2024, which killed 11 "
        "worshippers.",
        "No one was killed in the blast at the bus station in Jos on 6 June 2024.",
        # and the phrase still tells an attack when nothing denies it
        "The two sides resumed fighting near Marib on 9 June 2024, leaving nine dead.",
    ],
)
def test_a_deed_beside_a_refusal_or_a_denied_claim_is_still_asserted(text: str) -> None:
    assert _asserted_attacks(text)


def test_a_refused_release_is_no_release() -> None:
    events = _events(
        "The kidnappers refused to release the hostages after raiding the village of Dori on "
        "3 June 2024."
    )
    assert not any(e.type == "RETREAT" and e.mode == "release" for e in events)


# --------------------------------------------------------------------------- pledges


@pytest.mark.parametrize(
    "text",
    [
        "In June 2014 the Ansar group pledged itself to the Islamic State.",
        "In June 2014 the group's commanders pledged themselves to Abu Bakr al-Baghdadi.",
    ],
)
def test_a_party_pledging_itself_to_another_is_a_pledge_of_allegiance(text: str) -> None:
    assert "PLEDGE" in {e.type for e in _events(text)}


def test_a_pledge_of_soldiers_is_still_no_pledge_of_allegiance() -> None:
    events = _events("The government pledged 500 soldiers to the regional force on 2 June 2024.")
    assert "PLEDGE" not in {e.type for e in events}
