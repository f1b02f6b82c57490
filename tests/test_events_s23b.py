"""(s23b) Review of the s23 event mechanisms: a denial that points back ("denies this") only
answers what was said of the denier; "surfaced again" is a return, no founding; "pulled
<force> out" only withdraws a force the doer moves (not people rescued); a claim "in" a noun
that names a building as well as an outlet ("station", "agency") is a media release only
when the outlet is owned ("its radio station"), and a compound ("the newspaper office")
names no medium. Sentences written for these tests."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

DATE = DateValue("2024-03-20", "day")


def _events(text: str) -> list[Event]:
    ann = annotate_text(text, DATE)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, DATE)


def _asserted(text: str, type_id: str) -> list[Event]:
    return [e for e in _events(text) if e.type == type_id and e.modality == "asserted"]


# --- a denial pointing back answers what was said of the denier ---------------------------


def test_denying_a_fact_said_of_no_one_is_no_rejection() -> None:
    text = (
        "Since March, the valley has emptied of roughly 12,000 families, aid agencies report. "
        "The Mountain Lions Front denies this."
    )
    assert not _asserted(text, "REJECT")


def test_denying_this_at_a_paragraph_start_is_no_rejection() -> None:
    assert not _asserted("The Mountain Lions Front denies this.", "REJECT")


def test_denying_a_charge_made_of_the_denier_is_a_rejection() -> None:
    text = (
        "Rights groups say the Mountain Lions Front recruits children in the camps. "
        "The Mountain Lions Front denies it."
    )
    assert len(_asserted(text, "REJECT")) == 1


def test_denying_a_charge_in_the_same_sentence_is_a_rejection() -> None:
    text = (
        "Officials accuse the Mountain Lions Front of looting the depot; the Mountain Lions "
        "Front denies this."
    )
    assert len(_asserted(text, "REJECT")) == 1


# --- a return is no founding --------------------------------------------------------------


def _foundings(text: str) -> list[Event]:
    return [e for e in _events(text) if e.type == "FOUND"]


def test_group_surfacing_again_is_no_founding() -> None:
    text = (
        "The Mountain Lions Front surfaced again in the north in 2022 after two years of silence."
    )
    assert not _foundings(text)


def test_group_appearing_anew_is_no_founding() -> None:
    assert not _foundings("The Mountain Lions Front appeared anew in the hills in 2021.")


def test_group_first_surfacing_is_still_a_founding() -> None:
    text = "The Mountain Lions Front first surfaced in 2017 in the hills east of Bahir Dar."
    assert len(_foundings(text)) == 1


# --- pulling people out is no withdrawal ---------------------------------------------------


def _withdrawals(text: str) -> list[Event]:
    return [e for e in _asserted(text, "RETREAT") if e.mode == "withdraw"]


def test_villagers_pulling_soldiers_out_of_rubble_is_no_withdrawal() -> None:
    text = "Villagers pulled three soldiers out of the rubble of the barracks on Monday."
    assert not _withdrawals(text)


def test_troops_pulling_soldiers_out_of_a_truck_is_no_withdrawal() -> None:
    text = "On Monday troops pulled two soldiers out of a burning truck near Gondar."
    assert not _withdrawals(text)


def test_group_pulling_its_own_fighters_back_withdraws() -> None:
    text = "The Mountain Lions Front pulled its fighters back from Gondar on 3 March."
    assert len(_withdrawals(text)) == 1


def test_army_pulling_brigades_back_withdraws() -> None:
    text = "The army pulled two brigades back from the border in April."
    assert len(_withdrawals(text)) == 1


# --- a claim "in" a building is no media release ------------------------------------------


def _releases(text: str) -> list[Event]:
    return _asserted(text, "PROPAGANDA")


def test_claimed_bombing_in_a_bus_station_is_no_release() -> None:
    text = (
        "On 3 March the Mountain Lions Front claimed the bombing in the main bus station in Gondar."
    )
    assert not _releases(text)


def test_claimed_attack_in_an_agency_compound_is_no_release() -> None:
    text = "The Mountain Lions Front claimed the attack in the aid agency compound in Gondar."
    assert not _releases(text)


def test_claimed_raid_in_agency_headquarters_is_no_release() -> None:
    text = "The Mountain Lions Front claimed the raid in the agency headquarters on Monday."
    assert not _releases(text)


def test_claimed_bombing_in_a_newspaper_office_is_no_release() -> None:
    text = "The Mountain Lions Front claimed the bombing in the newspaper office in Gondar."
    assert not _releases(text)


def test_claimed_bombing_in_a_named_radio_station_is_no_release() -> None:
    text = "The Mountain Lions Front claimed the bombing in the Al-Amal radio station in Gondar."
    assert not _releases(text)


def test_claim_in_an_issue_of_its_newsletter_is_still_a_release() -> None:
    text = "In issue 12 of its newsletter, the Mountain Lions Front claimed the ambush near Gondar."
    assert len(_releases(text)) == 1


def test_claim_in_its_weekly_bulletin_is_still_a_release() -> None:
    text = "The Mountain Lions Front claimed the killing of two soldiers in its weekly bulletin."
    assert len(_releases(text)) == 1


# --- a claim still to come is no release --------------------------------------------------


def test_claim_yet_to_come_in_a_newsletter_is_no_asserted_release() -> None:
    text = "The Mountain Lions Front has yet to claim the attack in its newsletter."
    assert not _releases(text)


def test_claim_yet_to_come_through_an_outlet_is_no_asserted_release() -> None:
    text = "The Mountain Lions Front has yet to claim the ambush through its media arm."
    assert not _releases(text)


def test_attack_yet_to_come_is_no_asserted_attack() -> None:
    text = "The Mountain Lions Front has yet to attack the garrison at Gondar."
    assert not _asserted(text, "ASSAULT")


def test_denying_an_accusation_made_by_another_name_is_a_rejection() -> None:
    text = (
        "In a letter to the UN last month, the governor of Nineveh accused federal officials "
        "of diverting reconstruction money to a militia. The Iraqi government denied this "
        "on Friday."
    )
    assert len(_asserted(text, "REJECT")) == 1
