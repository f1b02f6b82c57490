"""Events met in a sixth round of unseen reports: ceasefires and truces agreed, a unilateral
halt of operations, sieges dated from their start, denials of responsibility, an offensive
named by a "dubbed" participle. Each text was written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

REPORT_DATE = DateValue("2024-10-14", "day")


def _events(text: str, date: DateValue = REPORT_DATE) -> list[Event]:
    ann = annotate_text(text, date)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, date)


def _roles(event: Event) -> set[tuple[str, str]]:
    return {(a.actor, a.role) for a in event.actors}


def _of(events: list[Event], type_id: str) -> list[Event]:
    return [e for e in events if e.type == type_id]


def test_a_ceasefire_agreed_with_another_party_is_one_agreement() -> None:
    [ev] = _events(
        "The M23 agreed to a ceasefire with the FARDC in Luanda on 3 August 2024, "
        "according to Angolan officials."
    )
    assert (ev.type, ev.mode) == ("AGREE", "ceasefire")
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Strategic developments", "Agreement")
    assert ev.date is not None and ev.date.value == "2024-08-03"
    assert ev.place is not None and ev.place.text == "Luanda"
    roles = _roles(ev)
    assert ("m23", "initiator") in roles
    assert any(role == "recipient" for _actor, role in roles)


def test_a_truce_signed_by_two_groups_names_both_parties() -> None:
    [ev] = _events("Hamas and the Palestinian Islamic Jihad signed a truce on 9 September 2024.")
    assert (ev.type, ev.mode) == ("AGREE", "ceasefire")
    assert len({a.actor for a in ev.actors if a.role == "initiator"}) == 2


def test_a_brokered_truce_taking_effect_names_its_mediator_and_place() -> None:
    evs = _of(
        _events(
            "A truce between Hamas and the Palestinian Islamic Jihad brokered by Egypt took "
            "effect on 21 September 2024 in Gaza."
        ),
        "AGREE",
    )
    assert len(evs) == 1
    ev = evs[0]
    assert ev.date is not None and ev.date.value == "2024-09-21"
    assert ev.place is not None and ev.place.text == "Gaza"
    assert any(role == "mediator" for _actor, role in _roles(ev))
    assert len({a.actor for a in ev.actors if a.role == "initiator"}) == 2


def test_a_broken_or_demanded_ceasefire_is_no_agreement() -> None:
    evs = _events(
        "The M23 broke a ceasefire with the FARDC on 5 August 2024. The African Union called "
        "for a truce in North Kivu on 8 August 2024."
    )
    assert not _of(evs, "AGREE")


def test_suspending_operations_is_a_de_escalation_not_a_founding() -> None:
    evs = _events(
        "On 2 February 2024, the Popular Mobilization Forces announced that they were "
        "suspending military operations against Turkish forces."
    )
    assert not _of(evs, "FOUND")
    [ev] = _of(evs, "RETREAT")
    assert ev.mode == "de-escalate"
    assert ev.acled_sub_event_type == "Change to group/activity"
    assert {r for _a, r in _roles(ev)} == {"initiator", "recipient"}
    assert ev.date is not None and ev.date.value == "2024-02-02"


def test_a_siege_is_dated_from_its_start() -> None:
    [ev] = _events("Since 3 March 2023 the Wagner Group has besieged the town of Bakhmut.")
    assert (ev.type, ev.mode) == ("ASSAULT", "siege")
    assert ev.date is not None and ev.date.value == "2023-03-03"
    assert ev.place is not None and ev.place.text == "Bakhmut"
    assert any(role == "perpetrator" for _a, role in _roles(ev))


def test_a_siege_imposed_names_who_imposed_it() -> None:
    [ev] = _events("On 14 June 2023, al-Shabaab imposed a siege on the town of Baidoa.")
    assert ev.mode == "siege"
    assert ("al_shabaab", "perpetrator") in _roles(ev)
    assert ev.place is not None and ev.place.text == "Baidoa"


def test_denying_responsibility_is_the_deniers_rejection() -> None:
    evs = _events(
        "Gunmen killed 12 people in Mopti on 4 April 2024. JNIM denied responsibility in a "
        "statement. A March 2024 report said the Wagner Group had armed the gunmen, a claim "
        "the Wagner Group has rejected."
    )
    # a named party's denial of responsibility is its REJECT event (beside its claim); the
    # attack it denies is not given to it. (s18) "a claim the Wagner Group has rejected" is
    # the Wagner Group's rejection too, as analysts code it (an undated REJECT)
    denials = _of(evs, "REJECT")
    assert len(denials) == 2
    denial = next(d for d in denials if d.date is not None)
    assert ("jnim", "initiator") in {(a.actor, a.role) for a in denial.actors}
    assert any(
        ("wagner_group", "initiator") in {(a.actor, a.role) for a in d.actors} for d in denials
    )
    [attack] = _of(evs, "ASSAULT")
    assert "jnim" not in {a.actor for a in attack.actors}
    # a rejected proposal is still a rejection
    [ev] = _events("Tanzania rejected the peace proposal on 3 May 2024.")
    assert ev.type == "REJECT"


def test_an_offensive_dubbed_by_name_keeps_its_date() -> None:
    [ev] = _events(
        'ISWAP launched a coordinated offensive, dubbed "Operation Harvest", in Borno state '
        "on Nov 3, 2022."
    )
    assert ev.type == "ASSAULT"
    assert ev.date is not None and ev.date.value == "2022-11-03"
    assert ev.place is not None and "Borno" in ev.place.text
