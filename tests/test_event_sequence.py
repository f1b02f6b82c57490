"""Events told one after another: orders that were carried out, what came "hours later",
threats and deployments, on short reports written for these tests."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

REPORT_DATE = DateValue("2023-03-20", "day")

AFGOYE = (
    "Al-Shabaab leader Ahmed Diriye ordered the assassination of the district commissioner "
    "of Afgoye on 3 March 2023, according to Somali intelligence officials.\n\n"
    "Hours later, gunmen attacked a checkpoint in Afgoye, killing three soldiers. No group "
    "has claimed the attack, but officials blamed al-Shabaab.\n\n"
    "The United Nations warned that al-Shabaab could launch more attacks during the "
    "election period, and the army ordered troops to attack the group's bases."
)


def _events(text: str) -> list[Event]:
    ann = annotate_text(text, REPORT_DATE)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, REPORT_DATE)


def _attacks() -> list[Event]:
    return [e for e in _events(AFGOYE) if e.type == "ASSAULT"]


def test_an_ordered_assassination_took_place():
    [killing] = [e for e in _attacks() if e.mode == "targeted"]
    assert killing.modality == "asserted"
    assert killing.date is not None and killing.date.value == "2023-03-03"
    assert ("ahmed_diriye", "perpetrator") in {(a.actor, a.role) for a in killing.actors}


def test_what_came_hours_later_is_another_attack_on_the_same_day():
    attacks = _attacks()
    assert len(attacks) == 2  # the warning and the order to attack are no attacks
    [checkpoint] = [e for e in attacks if e.mode != "targeted"]
    assert checkpoint.date is not None and checkpoint.date.value == "2023-03-03"
    assert checkpoint.fatalities is not None and checkpoint.fatalities.best == 3
    assert checkpoint.responsibility == "attributed"
    assert ("al_shabaab", "perpetrator") in {(a.actor, a.role) for a in checkpoint.actors}
    # unnamed officials blamed the group: nobody is recorded as having claimed it
    assert checkpoint.responsibility_by is None


def test_a_threat_with_a_violent_complement_and_a_pledge_without():
    text = (
        "On 4 May 2024, the Houthis threatened to attack any ship bound for Israel. "
        "The same day the governor vowed to rebuild the port."
    )
    threats = [e for e in _events(text) if e.type == "THREATEN"]
    assert [(a.actor, a.role) for t in threats for a in t.actors] == [("houthis", "initiator")]
    assert threats[0].date is not None and threats[0].date.value == "2024-05-04"
    assert not any(e.type == "ASSAULT" for e in _events(text))


def test_taking_hostages_is_no_claim_of_responsibility():
    text = (
        "On 19 November 2023, Houthi forces hijacked the Galaxy Leader, a car carrier, "
        "and took its 25 crew members hostage."
    )
    [hijacking] = [e for e in _events(text) if e.type == "ASSAULT"]
    assert hijacking.mode == "abduct"
    assert ("houthis", "perpetrator") in {(a.actor, a.role) for a in hijacking.actors}
    assert hijacking.responsibility is None


def test_a_killing_and_a_town_taken_years_apart_stay_apart():
    text = (
        "The Qassam Brigades were commanded by Mohammed Deif until he was killed in July 2024. "
        "Hamas and Fatah have been rivals since 2007, when Hamas seized control of Gaza."
    )
    killings = [e for e in _events(text) if e.type == "ASSAULT" and e.mode != "territory"]
    roles = [(a.actor, a.role) for e in killings for a in e.actors]
    assert ("mohammed_deif", "victim") in roles
    # the 2007 seizure's parties stay out of the 2024 killing (s20: the group the killed
    # commander led may stand beside him as a target)
    assert not {actor for actor, _ in roles} & {"hamas", "fatah"}


def test_a_group_that_claims_a_class_of_attacks_claims_no_earlier_one():
    text = (
        "On 3 January 2020 a US drone strike near Baghdad airport killed Qasem Soleimani. "
        "Kataib Hezbollah belongs to the Islamic Resistance in Iraq, an umbrella of militias "
        "that has claimed drone attacks on US bases since October 2023."
    )
    [strike] = [e for e in _events(text) if e.type == "ASSAULT"]
    assert strike.responsibility is None
    assert ("us_armed_forces", "perpetrator") in {(a.actor, a.role) for a in strike.actors}


ROUNDUP = (
    "MOGADISHU, March 5, 2024 (Reuters) - At least 12 people were killed when a car bomb "
    "exploded near a busy market in Mogadishu on Tuesday, police said. Al-Shabaab claimed "
    "responsibility for the blast.\n\n"
    "Separately, gunmen on motorcycles killed 15 villagers in Zamfara state overnight, "
    "residents said.\n\n"
    "Two soldiers were killed and five wounded when their vehicle hit a roadside bomb near "
    "Beledweyne on Monday, a military officer told Reuters.\n\n"
    "Israeli strikes on Gaza killed 30 people on Monday, the Gaza health ministry said."
)


def test_a_wire_roundup_keeps_each_attack_apart():
    attacks = {e.place.text: e for e in _events(ROUNDUP) if e.type == "ASSAULT" and e.place}
    assert set(attacks) == {"Mogadishu", "Zamfara", "Beledweyne", "Gaza"}
    assert attacks["Mogadishu"].responsibility == "claimed"
    # unnamed gunmen, but a place and a toll: an attack on civilians
    assert attacks["Zamfara"].fatalities is not None and attacks["Zamfara"].fatalities.best == 15
    assert attacks["Zamfara"].acled_event_type == "Violence against civilians"
    # the same Monday, a thousand miles apart: two events, each with its own toll
    assert attacks["Beledweyne"].fatalities is not None
    assert attacks["Beledweyne"].fatalities.best == 2
    assert attacks["Beledweyne"].injured is not None and attacks["Beledweyne"].injured.best == 5
    assert ("idf", "perpetrator") in {(a.actor, a.role) for a in attacks["Gaza"].actors}
    assert attacks["Gaza"].fatalities is not None and attacks["Gaza"].fatalities.best == 30


def test_street_protests_after_a_wire_dateline_and_no_diplomatic_protest():
    text = (
        "BAMAKO, May 3, 2025 (AFP) - Thousands of people protested in Bamako on Friday "
        "against the junta, witnesses said.\n\n"
        "The French foreign ministry protested the expulsion of its ambassador."
    )
    protests = [e for e in _events(text) if e.type == "PROTEST"]
    assert len(protests) == 1
    assert protests[0].place is not None and protests[0].place.text == "Bamako"
    assert protests[0].acled_event_type == "Protests"
