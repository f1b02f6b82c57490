"""Event triggers, types, modality and merging (h5, s13): denials of fact are claims, not
REJECT events; a toll reported over a span of days is an aggregate; violence by protesters is
a violent demonstration; a security-force raid that seizes weapons is a seizure; leadership
changes told as "stepped down", "replaced ... at the head of"; the outbreak of fighting; one
truce announced by several parties; estimates of how a truce will fare. Each text was written
for this test."""

from __future__ import annotations

from report_docs import text_events as _events

from dossier.eval.muc4_dossier import annotate_text
from dossier.records import DateValue, Event


def _of(events: list[Event], type_id: str) -> list[Event]:
    return [e for e in events if e.type == type_id]


# -- denials ------------------------------------------------------------------------------------


def test_a_denial_of_carrying_out_a_strike_is_no_event() -> None:
    evs = _events(
        "On 3 June the Ogaden Front denied carrying out a mortar attack on an army post "
        "in Kebri Dehar."
    )
    assert not _of(evs, "REJECT")
    assert not _of(evs, "ASSAULT")  # the denied deed, told nowhere else, is no event
    # refusing something asked for is still a rejection (s18: by a party the text names;
    # a REJECT with no one rejecting is no event)
    evs = _events("On 6 June the Ethiopian army denied the aid convoy access to the town of Gode.")
    assert _of(evs, "REJECT")


def test_a_spokesman_denying_reported_movements_is_no_event() -> None:
    evs = _events(
        "There were no confirmed Volunteer Corps convoys near Gode on 4 June, although "
        "local radio said otherwise; a Volunteer Corps spokesman denied them."
    )
    assert not _of(evs, "REJECT")


def test_a_denied_strike_told_again_is_one_strike_with_no_perpetrator() -> None:
    text = (
        "- 18 June — The Nawasi Brigade denies carrying out a drone strike on a 7th Brigade "
        "checkpoint in Tawergha. No group claimed the strike; three soldiers were wounded."
    )
    strikes = _of(_events(text), "ASSAULT")
    assert len(strikes) == 1
    [strike] = strikes
    assert strike.acled_sub_event_type == "Air/drone strike"
    ann = annotate_text(text, DateValue("2025-06-20", "day"))
    names = {a.key: a.name for a in ann.actors}
    perps = {names.get(a.actor, a.actor) for a in strike.actors if a.role == "perpetrator"}
    assert "Nawasi Brigade" not in perps


# -- aggregates ---------------------------------------------------------------------------------


def test_reports_of_deaths_over_a_span_of_days_are_no_event() -> None:
    evs = _events(
        "The UN office said it had received reports of at least twelve civilians killed "
        "across the province between 2 and 9 June."
    )
    assert not _of(evs, "ASSAULT")


# -- protests -----------------------------------------------------------------------------------


def test_students_clashing_with_police_is_a_violent_demonstration() -> None:
    [ev] = _events("On 8 June hundreds of students clashed with police in Hawassa.")
    assert (ev.type, ev.acled_sub_event_type) == ("PROTEST", "Violent demonstration")


def test_protesters_storming_an_office_is_a_violent_demonstration() -> None:
    [ev] = _events("On 9 June protesters stormed the governor's office in Jijiga.")
    assert (ev.type, ev.acled_sub_event_type) == ("PROTEST", "Violent demonstration")
    # gunmen who attack protesters still attack
    evs = _events("On 8 June gunmen attacked protesters in Adama, killing two.")
    assert _of(evs, "ASSAULT") and not _of(evs, "PROTEST")


def test_a_rally_that_turns_violent_is_one_violent_demonstration() -> None:
    evs = _events(
        "Teachers rallied in Gondar on 11 June, demanding unpaid salaries. Protesters threw "
        "stones at the police near Fasil Ghebbi; officers fired tear gas."
    )
    protests = _of(evs, "PROTEST")
    assert len(protests) == 1
    assert protests[0].acled_sub_event_type == "Violent demonstration"


def test_protesters_demanding_a_resignation_are_a_protest() -> None:
    evs = _events(
        "On 16 June several thousand protesters in Algeria Square demanded the prime "
        "minister's resignation."
    )
    [ev] = _of(evs, "PROTEST")
    assert ev.acled_sub_event_type == "Peaceful protest"
    assert not _events("On 16 June residents demanded justice for the victims.")


# -- raids and seizures ---------------------------------------------------------------------------


def test_a_raid_that_seizes_rifles_is_a_seizure_not_an_attack() -> None:
    evs = _events(
        "On Wednesday, soldiers raided a ranch in San Lucas and seized 40 rifles and some "
        "10,000 rounds of ammunition, the Defense Ministry said.",
        "2025-03-14",
    )
    assert not _of(evs, "ASSAULT")
    [ev] = _of(evs, "ARREST")
    assert ev.acled_sub_event_type == "Arrests"
    # a raid that kills is an attack, whatever was seized
    evs = _events(
        "On Wednesday, soldiers raided a camp in San Lucas, killing three gunmen, and seized "
        "12 rifles.",
        "2025-03-14",
    )
    assert _of(evs, "ASSAULT")


# -- leadership ---------------------------------------------------------------------------------


def test_a_commander_replaced_at_the_head_of_a_group() -> None:
    evs = _events(
        "On 15 June Hassan Ali replaced Omar Nur at the head of the Ogaden Front, the group said."
    )
    [ev] = _of(evs, "LEADERSHIP")
    assert ev.date is not None and ev.date.value == "2025-06-15"
    assert not _of(_events("On 3 June the army replaced its old rifles."), "LEADERSHIP")


def test_a_commander_who_stepped_down_is_dated_by_the_announcement() -> None:
    evs = _events(
        "In a video released on 28 May, the group announced that its chief commander, Ali "
        "Musa, had stepped down and been replaced by Omar Dini."
    )
    [ev] = _of(evs, "LEADERSHIP")
    assert ev.date is not None and ev.date.value == "2025-05-28"


# -- outbreaks of fighting ------------------------------------------------------------------------


def test_fighting_that_broke_out_is_an_armed_clash() -> None:
    evs = _events(
        "On 13 May heavy fighting broke out between the 7th Brigade and the Nawasi Brigade "
        "around the port of Misrata."
    )
    [ev] = _of(evs, "ASSAULT")
    assert ev.acled_sub_event_type == "Armed clash"
    assert ev.date is not None and ev.date.value == "2025-05-13"
    assert not _events("Heavy fighting in the region has displaced thousands.")


def test_the_war_that_erupted_on_a_day_is_an_event() -> None:
    evs = _events(
        "The war between the two factions erupted on 9 September 2024, weeks after the "
        "arrest of their leader."
    )
    assert any(e.date is not None and e.date.value == "2024-09-09" for e in _of(evs, "ASSAULT"))


# -- truces -------------------------------------------------------------------------------------


def test_a_truce_announced_by_two_parties_the_same_day_is_one_agreement() -> None:
    evs = _events(
        "A truce was announced on 19 June by the African Union mission. The defence ministry "
        "separately declared a ceasefire the same day."
    )
    assert len(_of(evs, "AGREE")) == 1


def test_a_truce_likely_to_hold_is_a_judgement_not_an_event() -> None:
    evs = _events(
        "The ceasefire brokered by the African Union in Juba is likely to hold through the "
        "end of June."
    )
    assert not _of(evs, "AGREE")


# -- shutdowns and discovered dead ------------------------------------------------------------------


def test_armed_men_forcing_an_oil_field_shut_is_a_strategic_development() -> None:
    evs = _events(
        "On 11 June armed men from a local tribe shut the valves at the Hilala oil field, "
        "demanding unpaid wages."
    )
    [ev] = _of(evs, "COERCE")
    assert (ev.acled_event_type, ev.acled_sub_event_type) == ("Strategic developments", "Other")
    assert not _of(_events("On 12 June the ministry closed the road to Gode."), "COERCE")


def test_bodies_found_are_an_attack_with_their_count() -> None:
    evs = _events(
        "Searchers found the bodies of nine people in a clandestine grave on a ranch near "
        "Uruapan on 17 June."
    )
    [ev] = _of(evs, "ASSAULT")
    assert ev.fatalities is not None and ev.fatalities.low == 9
    assert not _events("Police found weapons in the house on 16 June.")
