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
        "The Lord's Resistance Army raided Obo on 7 April. "
        "The LRA later accused the church leaders of informing for the army."
    )
    accuse = _of(text, "ACCUSE")
    assert len(accuse) == 1
    assert any(a.role == "initiator" and a.actor == "lra" for a in accuse[0].actors)


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
        "The Karen National Union lost ground in 2019, when three of its battalions broke "
        "away to form the Karen Peace Front."
    )
    found = _of(text, "FOUND")
    assert len(found) == 1
    # told years before the report: a past founding, not a plan
    assert found[0].modality == "background"
    assert found[0].date is not None and found[0].date.value == "2019"


def test_a_merger_to_create_a_group_is_a_founding() -> None:
    # dated by the merger's when-clause: no founding at all without the s20 change
    text = (
        "The Sahel has grown more violent since March 2017, when four factions merged to "
        "create JNIM."
    )
    found = _of(text, "FOUND")
    assert len(found) == 1 and found[0].date is not None
    assert found[0].date.value == "2017-03"


def test_a_meeting_to_form_a_front_is_only_a_plan() -> None:
    assert _of("The commanders met in Gao in May 2023 to form a new front.", "FOUND") == []


def test_a_named_partys_denial_of_losses_is_a_rejection() -> None:
    text = "TTP fighters attacked a checkpoint in Bannu on 7 April. The Pakistani army denied any casualties."
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
        "On 21 June, a sea drone rammed the fishing trawler Nordic Pearl near Sevastopol, "
        "port officials said. Two fishermen were hurt.\n\n"
        "| Date | Waters | Event | Reported by |\n"
        "|---|---|---|---|\n"
        "| 21 Jun | Black Sea | Sea drone strike on the Nordic Pearl | port officials |\n"
    )
    assert len(_of(text, "ASSAULT")) == 1


def test_a_table_row_of_arrests_merges_into_the_prose_arrest_of_its_day() -> None:
    # the prose under a run-in heading, placed in a neighbourhood: the row names its city
    text = (
        "**9 August — Kisumu.** Police detained two traders accused of supplying explosives "
        "to the militants in Kisumu's Nyalenda estate, a county police commander was quoted "
        "by the national news agency KNA as saying.\n\n"
        "| Date | Place | Incident | Actor | Killed | Source |\n|---|---|---|---|---|---|\n"
        "| 9 Aug | Kisumu | Arrests | Police | 0 | KNA |\n"
    )
    assert len(_of(text, "ARREST")) == 1
