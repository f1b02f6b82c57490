"""A whole security brief written for this test (northeast Nigeria, April 2025: ISWAP overruns
a base and publishes photos of the spoils, an air strike, a JAS abduction, a leadership
succession), with an Arabic date line and a section label, coded the way an analyst would."""

from __future__ import annotations

from report_docs import relation_triples, written_report

from dossier.records import Document


def report() -> Document:
    return written_report("nigeria_iswap_brief.txt")


def test_arabic_date_line_dates_the_brief():
    published = report().metadata.published
    assert published is not None and published.value == "2025-04-15"


def test_fighters_from_a_group_are_that_group():
    [base] = [e for e in report().events if e.place is not None and e.place.text == "Wajiroko"]
    assert base.type == "ASSAULT" and base.date is not None and base.date.value == "2025-04-09"
    assert ("iswap", "perpetrator") in {(a.actor, a.role) for a in base.actors}
    assert base.acled_sub_event_type == "Non-state actor overtakes territory"


def test_photos_released_through_its_agency_are_a_media_release():
    [release] = [e for e in report().events if e.type == "PROPAGANDA"]
    assert [(a.actor, a.role) for a in release.actors] == [("iswap", "initiator")]


def test_a_named_spokesman_after_according_to_speaks_the_whole_sentence():
    [claim] = [c for c in report().claims if c.speaker == "new:edward-gabkwet"]
    assert claim.text.startswith("Nigerian Air Force jets struck ISWAP positions")
    # his rank is no organisation of its own
    assert not any(a.name == "Air Commodore" for a in report().actors)


def test_a_succession_is_a_leadership_change_and_the_new_leader_leads():
    [change] = [e for e in report().events if e.type == "LEADERSHIP"]
    assert [(a.actor, a.role) for a in change.actors][0] == ("new:bakura-doro", "initiator")
    assert ("abubakar_shekau", "recipient") in {(a.actor, a.role) for a in change.actors}
    assert ("new:bakura-doro", "leader_of", "boko_haram") in relation_triples(report())


def test_the_abduction_by_the_rival_faction():
    [abduction] = [e for e in report().events if e.mode == "abduct"]
    assert [(a.actor, a.role) for a in abduction.actors][0] == ("boko_haram", "perpetrator")
    assert abduction.place is not None and abduction.place.text == "Bama"
    assert abduction.date is not None and abduction.date.value == "2025-04-12"
