"""Events in constructions met in a fifth round of unseen reports (a UN report on Haiti, an
ACLED-style weekly, a think-tank history, a wire): towns taken, blame, tolls of a period,
reporting periods, "during which", co-agents, escorts, leadership changes. Each text was
written for this test."""

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


def test_a_town_seized_is_territory_taken_not_an_abduction() -> None:
    [ev] = _events("Al-Shabaab fighters seized the town of Mahas in Hiiraan on 3 October 2024.")
    assert ev.mode == "territory"
    assert ev.acled_sub_event_type == "Non-state actor overtakes territory"
    assert ev.place is not None and ev.place.text == "Mahas"
    assert ("al_shabaab", "perpetrator") in _roles(ev)


def test_people_seized_are_still_an_abduction() -> None:
    [ev] = _events("Gunmen seized 30 students from a school in Kebbi State on 5 October 2024.")
    assert ev.mode == "abduct"


def test_who_is_blamed_for_a_strike_is_not_its_target() -> None:
    text = (
        "On 2 October 2024, a drone strike killed nine people at a wedding in Tinzaouatene. "
        "Local leaders blamed the strike on the Malian army."
    )
    [ev] = [e for e in _events(text) if e.type == "ASSAULT"]
    assert ev.responsibility == "attributed"
    assert ("fama", "perpetrator") in _roles(ev)
    assert all(role != "target" for _a, role in _roles(ev))


def test_freeing_kidnapped_villagers_is_no_abduction() -> None:
    text = (
        "On 8 October 2024, Nigerian troops killed the bandit leader Dogo Gide in a raid "
        "in Zamfara State in which they freed six kidnapped villagers."
    )
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert attacks and all(e.mode != "abduct" for e in attacks)


def test_a_founding_date_in_an_apposition_does_not_date_the_statement() -> None:
    text = (
        "The Front for the Liberation of Azawad (FLA), a coalition of separatist groups "
        "formed in November 2024, condemned the strike on Monday."
    )
    events = _events(text, DateValue("2025-04-16", "day"))
    assert all(e.date is None or e.date.value != "2024-11" for e in events if e.type != "FOUND")
    [found] = [e for e in events if e.type == "FOUND"]
    assert found.date is not None and found.date.value == "2024-11"


def test_a_splinter_founded_in_a_year_is_the_founding_of_the_splinter() -> None:
    text = "Ansaru, a splinter of Boko Haram founded in 2012, has expanded into Kaduna State."
    [found] = [e for e in _events(text) if e.type == "FOUND"]
    assert _roles(found) == {("ansaru", "initiator")}


def test_the_toll_of_a_month_of_violence_is_no_event() -> None:
    text = (
        "In September alone, at least 150 people were killed and 90 injured in gang violence "
        "across Port-au-Prince, according to the United Nations. On 3 October 2024, 12 people "
        "were killed in clashes in Gwoza."
    )
    events = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(events) == 1
    assert events[0].date is not None and events[0].date.value == "2024-10-03"


def test_events_of_the_reporting_period_are_news_not_background() -> None:
    text = (
        "The present report covers developments since my previous report of 3 July 2024.\n\n"
        "Between 7 and 9 August 2024, gang members abducted 11 people from a church in "
        "Tabarre."
    )
    [ev] = [e for e in _events(text) if e.type == "ASSAULT"]
    assert ev.modality == "asserted"


def test_killings_during_an_operation_take_its_date_place_and_supporters() -> None:
    text = (
        "On 16 August 2024, Nigerian troops, supported by the Civilian Joint Task Force, "
        "conducted an operation in Gwoza, during which at least 12 ISWAP fighters were killed."
    )
    [ev] = [e for e in _events(text) if e.type == "ASSAULT"]
    assert ev.date is not None and ev.date.value == "2024-08-16"
    assert ev.place is not None and ev.place.text == "Gwoza"
    perpetrators = {a for a, role in _roles(ev) if role == "perpetrator"}
    assert perpetrators == {"nigerian_army", "cjtf"}
    assert ("iswap", "target") in _roles(ev)


def test_reported_killed_in_a_confrontation_with_a_group() -> None:
    text = (
        "Ansar Dine remained active in the area. On 28 July 2024, its commander, Ali Maiga, "
        "was reported killed in a confrontation with JNIM fighters near Anefis."
    )
    [ev] = [e for e in _events(text) if e.type == "ASSAULT"]
    assert ev.date is not None and ev.date.value == "2024-07-28"
    assert ("jnim", "perpetrator") in _roles(ev)
    assert any(role == "victim" and "maiga" in actor for actor, role in _roles(ev))


def test_drone_strikes_as_subject_give_the_mode() -> None:
    [ev] = _events("On 13 October 2024, Malian army drone strikes killed five people in Kidal.")
    assert ev.mode == "drone" and ev.acled_sub_event_type == "Air/drone strike"
    assert ("fama", "perpetrator") in _roles(ev)


def test_the_escort_of_an_ambushed_convoy_was_attacked_too() -> None:
    text = (
        "On 11 October 2024, JNIM militants ambushed a fuel convoy escorted by the Malian army "
        "near Kayes, burning 22 trucks."
    )
    [ev] = _events(text)
    assert ("fama", "target") in _roles(ev)


def test_who_took_over_after_a_killing_did_not_kill() -> None:
    text = (
        "Bashir Zeb took over as leader after Aslam Baloch was killed in a suicide attack in "
        "Kandahar in December 2018."
    )
    [attack] = [e for e in _events(text) if e.type == "ASSAULT"]
    assert all(role != "perpetrator" for _a, role in _roles(attack))


def test_becoming_emir_and_being_succeeded_are_leadership_changes() -> None:
    text = (
        "Ahmed Abdi Godane became emir of al-Shabaab in 2008. He was killed by a US drone "
        "strike on 1 September 2014. He was succeeded by Ahmed Umar, who remains emir."
    )
    changes = [e for e in _events(text, DateValue("2025-03-01", "day")) if e.type == "LEADERSHIP"]
    assert len(changes) == 2
    [became] = [e for e in changes if e.date is not None]
    assert became.date is not None and became.date.value == "2008"
    assert ("ahmed_abdi_godane", "initiator") in _roles(became)


def test_attacks_across_a_province_are_placed_there() -> None:
    text = "On 26 August 2024, the BLA carried out coordinated attacks across Balochistan."
    [ev] = _events(text, DateValue("2024-08-27", "day"))
    assert ev.place is not None and ev.place.text == "Balochistan"


def test_a_place_told_inside_the_phrase_of_what_was_hit() -> None:
    text = (
        "On 3 February 2025, a car bomb exploded near a bus carrying farm workers in Manbij, "
        "killing 20 people."
    )
    [ev] = _events(text, DateValue("2025-02-04", "day"))
    assert ev.place is not None and ev.place.text == "Manbij"


def test_injured_in_the_fighting_is_one_event_not_a_period_toll() -> None:
    text = (
        "On 26 March 2024, army troops clashed with JNIM fighters near Boni. A JNIM commander "
        "was slightly injured in the fighting."
    )
    [ev] = [e for e in _events(text, DateValue("2024-03-28", "day")) if e.type == "ASSAULT"]
    assert ev.injured is not None and ev.injured.best == 1


def test_taking_full_control_of_a_town_and_occupying_one() -> None:
    text = (
        "The Arakan Army said on 7 January 2024 that its fighters had taken full control of "
        "the town of Paletwa. On 12 February 2024, ISM fighters occupied the coastal town of Quissanga."
    )
    events = _events(text, DateValue("2024-02-20", "day"))
    assert [(e.mode, e.place and e.place.text) for e in events] == [
        ("territory", "Paletwa"),
        ("territory", "Quissanga"),
    ]


def test_taking_control_of_a_situation_is_no_town_taken() -> None:
    text = "On 4 March 2024, the police took control of the situation after the protest."
    assert all(e.mode != "territory" for e in _events(text, DateValue("2024-03-05", "day")))


def test_a_ship_s_flag_or_owner_is_not_where_it_was_hit() -> None:
    text = (
        "On 6 March 2024, the Houthis targeted the Barbados-flagged bulk carrier True "
        "Confidence. On 18 February 2024, Houthi missiles struck the Rubymar, a UK-owned vessel."
    )
    events = _events(text, DateValue("2024-03-08", "day"))
    assert len(events) == 2 and all(e.place is None for e in events)
    assert events[1].mode == "heavy-weapons"


def test_a_wave_of_strikes_is_carried_out_by_the_subject() -> None:
    text = (
        "The United States carried out a fresh wave of air strikes on Houthi military sites "
        "in Yemen on 11 January 2024."
    )
    [ev] = _events(text, DateValue("2024-01-12", "day"))
    assert ev.mode == "aerial"
    assert ("houthis", "target") in _roles(ev)
    assert any(role == "perpetrator" for _a, role in _roles(ev))


def test_a_toll_update_is_the_same_strike_not_one_on_the_day_of_the_update() -> None:
    text = (
        "On 10 January 2024, a Myanmar junta air strike hit Kyauk Ni Maw village, killing 35 "
        "people. The toll from the strike on Kyauk Ni Maw village rose to 41 on Thursday, a "
        "rescue worker said."
    )
    [ev] = _events(text, DateValue("2024-01-12", "day"))
    assert ev.date is not None and ev.date.value == "2024-01-10"


def test_announcing_a_suspension_of_operations_is_no_founding() -> None:
    text = (
        "On 30 January 2024, Kataib Hezbollah announced that it was suspending military "
        "operations against US forces."
    )
    assert all(e.type != "FOUND" for e in _events(text, DateValue("2024-02-01", "day")))


def test_a_two_month_toll_told_nowhere_in_particular_is_no_event() -> None:
    text = (
        "By my count, the ADF killed at least 240 civilians in January and February 2024. "
        "In March 2024, ADF fighters killed 60 villagers in Mukondi."
    )
    events = _events(text, DateValue("2024-04-02", "day"))
    assert [e.place and e.place.text for e in events] == ["Mukondi"]


def test_a_plural_subject_parsed_as_an_auxiliary_still_attacked() -> None:
    text = "- 27 Feb 2024: Suspected ADF militants raid Manzia, kidnapping at least 30 people."
    [ev] = _events(text, DateValue("2024-03-10", "day"))
    assert ("adf", "perpetrator") in _roles(ev)


def test_the_first_deaths_since_a_campaign_began_are_no_second_event() -> None:
    text = (
        "A missile fired by the Houthis killed three crew members on a commercial vessel in "
        "the Gulf of Aden on Wednesday, the first deaths since the Houthis began attacking "
        "shipping in November."
    )
    [ev] = _events(text, DateValue("2024-03-07", "day"))
    assert ev.date is not None and ev.date.value == "2024-03-06"
    assert _roles(ev) == {("houthis", "perpetrator")}


def test_an_undated_abduction_told_in_the_past_with_its_place_is_kept() -> None:
    text = (
        "Armed bandits abducted 30 students in Kebbi State. Boko Haram has attacked schools "
        "in Borno State."
    )
    [ev] = _events(text, DateValue("2024-03-08", "day"))
    assert ev.mode == "abduct" and ev.place is not None and ev.place.text == "Kebbi State"


def test_killed_alongside_someone_kills_both() -> None:
    text = (
        "Abu Mahdi al-Muhandis was killed alongside Qassem Soleimani in a US drone strike near "
        "Baghdad on 3 January 2020."
    )
    [ev] = _events(text, DateValue("2024-02-01", "day"))
    victims = {a for a, role in _roles(ev) if role == "victim"}
    assert victims == {"abu_mahdi_al_muhandis", "qasem_soleimani"}


def test_the_injured_of_a_with_clause() -> None:
    text = (
        "On 10 January 2024, an air strike hit a village in Rakhine, killing 35 people, with "
        "more than 50 people injured. On 11 January 2024, a bomb exploded in Sittwe, with 12 "
        "people wounded."
    )
    events = _events(text, DateValue("2024-01-12", "day"))
    assert [e.injured and e.injured.low for e in events] == [50, 12]


def test_launching_an_offensive_is_a_dated_attack() -> None:
    text = (
        "The Three Brotherhood Alliance launched a coordinated offensive, dubbed Operation "
        "1027, in northern Shan state on Oct 27, 2023."
    )
    [ev] = _events(text, DateValue("2024-01-12", "day"))
    assert ev.type == "ASSAULT" and ev.date is not None and ev.date.value == "2023-10-27"
    assert ev.place is not None and ev.place.text == "Shan"
