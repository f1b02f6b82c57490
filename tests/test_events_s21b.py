"""Event detection, s21 review: regressions found by reading the s21 events change with
new sentences. Two sides told fighting since a date are one round of hostilities only when
they fight each other (not "together", "alongside each other", nor when another opponent is
named: "have fought the cartels", "fought against the junta"); a town taken and a deed with a
manner of its own on the same day stay two events. Every text was written for this test."""

from __future__ import annotations

from report_docs import text_events

from dossier.records import Event

DAY = "2025-05-20"


def _attacks(text: str) -> list[Event]:
    return [e for e in text_events(text, DAY) if e.type == "ASSAULT"]


# ------------------------------------------------- lasting hostilities: who fights whom


def test_sides_fighting_together_are_no_hostilities_between_them() -> None:
    assert _attacks("Hamas and Islamic Jihad have fought together since 2007.") == []


def test_sides_fighting_together_against_a_third_are_no_round_between_them() -> None:
    text = "Hamas and Islamic Jihad have fought together against Israel since 2007."
    assert _attacks(text) == []


def test_fighters_alongside_each_other_are_allies() -> None:
    text = "Fighters of the two movements have fought alongside each other since 2021 in Idlib."
    assert _attacks(text) == []


def test_two_forces_fighting_a_third_named_as_object_are_no_round() -> None:
    assert _attacks("The army and the police have fought drug cartels since 2010.") == []


def test_two_sides_fighting_against_a_third_are_no_round() -> None:
    text = "The rebels and their allies have fought against the junta since 2021."
    assert _attacks(text) == []


def test_two_sides_clashing_with_each_other_are_one_round() -> None:
    text = (
        "The Kachin Independence Army and the Arakan Army have clashed with each other "
        "since March 2023."
    )
    attacks = _attacks(text)
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.value == "2023-03"


def test_two_sides_named_together_fighting_since_a_year_are_one_round() -> None:
    attacks = _attacks("The Tatmadaw and the KIA have battled since 2011 in Kachin State.")
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.value == "2011"


# ---------------------------------------- a town taken and another deed on the same day


def test_an_ambush_the_same_day_as_a_town_taken_is_another_event() -> None:
    text = (
        "On 12 March 2024, ISWAP fighters seized the town of Marte after a night of "
        "fighting.\n\nAlso on 12 March 2024, ISWAP fighters ambushed a military convoy on a "
        "road, killing seven soldiers."
    )
    same_day = [e for e in _attacks(text) if e.date and e.date.value == "2024-03-12"]
    assert len(same_day) == 2


def test_a_suicide_bombing_the_same_day_as_a_base_overrun_is_another_event() -> None:
    text = (
        "On 4 June 2023, al-Shabaab fighters overran an army base in Lower Shabelle.\n\n"
        "On 4 June 2023, a suicide bomber struck a restaurant, killing nine people."
    )
    same_day = [e for e in _attacks(text) if e.date and e.date.value == "2023-06-04"]
    assert len(same_day) == 2


# ----------------------------------------------- a release named by a news outlet's agent


def _releases(text: str) -> list[Event]:
    return [e for e in text_events(text, DAY) if e.type == "PROPAGANDA"]


def test_footage_released_by_a_news_agency_is_no_groups_release() -> None:
    text = (
        "In footage released by Reuters on Monday, an al-Shabaab commander vowed to retake Baidoa."
    )
    assert _releases(text) == []


def test_a_video_aired_by_a_broadcaster_is_no_groups_release() -> None:
    text = (
        "In a video released by Al Jazeera on Monday, the Houthi leader Abdul-Malik al-Houthi "
        "vowed to keep attacking ships."
    )
    assert _releases(text) == []


def test_a_message_released_by_a_groups_media_arm_is_its_release() -> None:
    text = (
        "A recording released by Amaq on Thursday showed an Islamic State commander calling on "
        "supporters to take up arms."
    )
    releases = _releases(text)
    assert len(releases) == 1
    assert any(a.actor == "isis" and a.role == "initiator" for a in releases[0].actors)


def test_a_statement_that_an_attack_was_not_made_is_no_release() -> None:
    # what the statement says is a denial of the attack, not a message of the group's own
    text = (
        "The Taliban said in a statement on Monday that its fighters had not attacked the convoy."
    )
    assert _releases(text) == []


def test_a_vow_in_a_televised_address_is_a_release() -> None:
    text = (
        "Hezbollah's leader warned in a televised address on 16 May that the group was ready "
        "for a long war."
    )
    releases = _releases(text)
    assert len(releases) == 1
    assert releases[0].date is not None and releases[0].date.value == "2025-05-16"


# ------------------------------------------------------- a dated episode under a denial


def test_a_dated_incursion_denied_is_no_attack() -> None:
    text = (
        "Officials denied that the October 2024 incursion by the militia into Mali had taken place."
    )
    assert _attacks(text) == []


def test_a_dated_incursion_with_a_denial_in_its_own_aside_is_kept() -> None:
    # the denial hangs below the episode, not above it
    text = (
        "The army's October 2024 incursion into Kidal, which the militia denied provoking, "
        "displaced 5,000 people."
    )
    attacks = [e for e in _attacks(text) if e.date and e.date.value == "2024-10"]
    assert len(attacks) == 1
