"""Event detection, s20: an accusation by a named party whose accused the report names by no
actor ("accused the clergy of collaborating", "blamed the front") is still an event; a
split or merger "to form" a group is a founding done, dated by the split's clause; a named
party's denial of what an incident cost it (losses, a position lost) is a rejection; a
table row placed only by a wide area merges into the prose incident of its day that names
it. Every text was written for this test."""

from __future__ import annotations

from report_docs import text_events

from dossier.records import Event

DAY = "2025-05-20"


def _of(text: str, type_id: str) -> list[Event]:
    return [e for e in text_events(text, DAY) if e.type == type_id]


def test_an_accusation_of_an_unnamed_party_with_its_charge_is_an_event() -> None:
    text = (
        "Boko Haram fighters raided Gwoza on 3 March. "
        "Boko Haram has in turn accused the village chiefs of spying for the army."
    )
    accuse = _of(text, "ACCUSE")
    assert len(accuse) == 1
    assert any(a.role == "initiator" and a.actor == "boko_haram" for a in accuse[0].actors)


def test_a_bare_accusation_names_no_charge_and_no_event() -> None:
    # no charge told ("of ...", "for ..."), the accused no actor: still a claim only
    text = "Boko Haram fighters raided Gwoza on 3 March. Boko Haram accused the village chiefs."
    assert _of(text, "ACCUSE") == []


def test_an_unnamed_accuser_makes_no_accusation_event() -> None:
    text = (
        "Boko Haram fighters raided Gwoza on 3 March. "
        "Villagers accused the soldiers of abandoning the town."
    )
    assert _of(text, "ACCUSE") == []


def test_a_split_to_form_a_group_is_a_dated_founding() -> None:
    text = (
        "The Kachin Independence Army has been weakened since 2021, when two of its "
        "brigades split off to form the Northern Kachin Front."
    )
    found = _of(text, "FOUND")
    assert len(found) == 1
    # told years before the report: a past founding, not a plan
    assert found[0].modality == "background"
    assert found[0].date is not None and found[0].date.value == "2021"


def test_a_merger_to_create_a_group_is_a_founding() -> None:
    found = _of("In March 2017 four Sahelian factions merged to create JNIM.", "FOUND")
    assert len(found) == 1 and found[0].date is not None
    assert found[0].date.value == "2017-03"


def test_a_meeting_to_form_a_front_is_only_a_plan() -> None:
    assert _of("The commanders met in Gao in May 2023 to form a new front.", "FOUND") == []


def test_a_named_partys_denial_of_losses_is_a_rejection() -> None:
    text = "Boko Haram fighters raided Gwoza on 3 March. The Nigerian army denied any fatalities."
    rejects = _of(text, "REJECT")
    assert len(rejects) == 1
    assert any(a.role == "initiator" for a in rejects[0].actors)


def test_a_denial_that_a_town_fell_is_a_rejection() -> None:
    text = "Houthi forces attacked Marib on 2 May. The Yemeni army denied that the town had fallen."
    assert len(_of(text, "REJECT")) == 1


def test_a_denial_of_a_plain_fact_stays_a_claim() -> None:
    assert _of("The Kenyan army denied any delays in the payment of salaries.", "REJECT") == []


def test_a_table_row_placed_by_a_sea_merges_into_the_prose_incident() -> None:
    text = (
        "On Tuesday 12 March, a missile struck the Panama-flagged bulk carrier Golden "
        "Meridian roughly 40 nautical miles south of Mokha. Three sailors were injured.\n\n"
        "| Date | Area | Incident | Casualties |\n"
        "|---|---|---|---|\n"
        "| 12 Mar | Red Sea | Golden Meridian attack | 3 injured |\n"
    )
    assert len(_of(text, "ASSAULT")) == 1


def test_a_table_row_of_arrests_merges_into_the_prose_arrest_of_its_day() -> None:
    text = (
        "On 14 May, police detained four men suspected of smuggling arms for the rebels in "
        "Goma's Birere neighbourhood.\n\n"
        "| Date | Place | Incident | Actor |\n"
        "|---|---|---|---|\n"
        "| 14 May | Goma | Arrests | PNC |\n"
    )
    assert len(_of(text, "ARREST")) == 1
