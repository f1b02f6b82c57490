"""Events on unseen reports: an outlet or an "X-linked" descriptor is no perpetrator (the owner
group is), towns "seized from" a group are territory taken (not abduction victims), a running
toll of plural clashes in the perfect does not leak into the next attack, and a weapon named
as the subject ("an IED struck") sets the mode. Each text was written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event


def _events(text: str, day: str = "2025-03-10") -> list[Event]:
    d = DateValue(day, "day")
    ann = annotate_text(text, d)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, d)


def _perps(ev: Event) -> set[str]:
    return {a.actor for a in ev.actors if a.role in {"perpetrator", "initiator"}}


def test_a_claim_published_by_the_groups_outlet_is_the_groups() -> None:
    text = (
        "The Islamic State ambushed a patrol of the Syrian Democratic Forces near Raqqa on "
        "Tuesday. A statement published by the group's Amaq agency said its fighters had "
        "killed nine members of the patrol."
    )
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert attacks
    assert all("amaq" not in _perps(e) for e in attacks)
    assert any("isis" in _perps(e) for e in attacks)
    assert all(e.responsibility_by != "amaq" for e in attacks)


def test_an_x_linked_group_that_claims_is_not_x() -> None:
    text = (
        "Al-Shabaab fighters stormed an army base near Jowhar on Monday, killing 12 soldiers. "
        "The Al-Qaeda-linked group claimed responsibility for the raid through its radio "
        "station."
    )
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert attacks
    assert all("al_qaeda" not in _perps(e) for e in attacks)
    assert any(e.responsibility == "claimed" and e.responsibility_by != "al_qaeda" for e in attacks)


def test_towns_seized_from_a_group_are_territory_not_victims() -> None:
    text = "Government troops seized Qasr Bilal and Umm Dafira from the SDF on Friday."
    evs = [e for e in _events(text) if e.type == "ASSAULT"]
    assert evs
    ev = evs[0]
    assert ev.mode == "territory"
    assert not any(a.role == "victim" for a in ev.actors)
    assert any(a.actor == "sdf" and a.role == "target" for a in ev.actors)


def test_taken_from_a_group_is_territory() -> None:
    text = "The rebels took Qasr Bilal from the SDF on Friday."
    evs = [e for e in _events(text) if e.type == "ASSAULT"]
    assert evs and evs[0].mode == "territory"
    # but taking positions or the wounded somewhere is no capture
    text = (
        "Residents took the wounded to a clinic in Gao on Friday. Soldiers took positions "
        "around the market on Friday."
    )
    assert not [e for e in _events(text) if e.mode == "territory"]


def test_a_running_toll_of_clashes_does_not_leak_into_the_next_strike() -> None:
    text = (
        "Since early December, the rebels have taken Kidal and Tessalit from the army. Clashes "
        "around the Kajaki dam and the Helmand bridge have killed between 250 and 350 fighters "
        "from both sides, according to the UK-based Afghan Observatory. On Sunday, a Pakistani "
        "drone strike on a civilian convoy heading to the dam killed at least 6 people, the "
        "rebel-affiliated Hawar news agency reported."
    )
    strikes = [e for e in _events(text) if e.type == "ASSAULT" and e.fatalities is not None]
    assert strikes
    assert all((e.fatalities.high or 0) < 250 and (e.fatalities.best or 0) < 250 for e in strikes)


def test_a_weapon_hung_on_the_heading_still_sets_the_mode() -> None:
    text = (
        "b) 2 March 2025 - Gao road (Gao region, Mali): an IED struck a supply convoy between "
        "Gao and Ansongo, killing 4 drivers hired by a private firm."
    )
    evs = [e for e in _events(text) if e.type == "ASSAULT"]
    assert evs
    assert evs[0].mode == "explosives"
    assert evs[0].weapon == "ied"


def test_a_bullet_date_set_off_by_a_dash_dates_its_item() -> None:
    text = (
        "Timeline\n\n"
        "- 4 Feb — Rebel drone attack on an army position in Taiz governorate; several "
        "soldiers died, per the ministry.\n"
        "- 17 Feb — Rebel fighters ambushed a police patrol in Marib.\n"
    )
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    dates = {e.date.value for e in attacks if e.date is not None}
    assert "2025-02-04" in dates


def test_a_retaliation_and_a_bare_count_released_are_events() -> None:
    text = (
        "In May 2024 a rebel drone struck Eilat, killing one person, and the rebels claimed "
        "it. Israel retaliated the next day with strikes on Hodeidah port. Gunmen kidnapped "
        "five teachers in Kaya on 3 March 2025. Two were released the next day."
    )
    evs = _events(text)
    assert any(e.type == "ASSAULT" and "israel_government" in _perps(e) for e in evs)
    assert any(
        e.type == "RETREAT" and e.date is not None and e.date.value == "2025-03-04" for e in evs
    )


def test_killing_between_n_and_m_peacekeepers_is_a_fatality_range() -> None:
    text = (
        "Rebels ambushed a UN convoy near Gao on 2 March 2025, killing between three and "
        "nine Chadian peacekeepers, according to local elders."
    )
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert attacks and attacks[0].fatalities is not None
    assert (attacks[0].fatalities.low, attacks[0].fatalities.high) == (3, 9)


def test_a_toll_told_in_the_next_sentence_joins_the_attack() -> None:
    text = (
        "a) 3 March 2025 - Gorom (Oudalan province): ISSP fighters attacked the army post at "
        "Gorom at night. Medical sources report at least 40 soldiers killed.\n\n"
        "b) 6 March 2025 - Fada: warplanes targeted a gathering at a market near Fada. Local "
        "sources report dozens of civilians killed, including children."
    )
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    lows = sorted(e.fatalities.low for e in attacks if e.fatalities and e.fatalities.low)
    assert lows == [12, 40]


def test_an_attack_that_took_place_in_a_town_is_placed_there() -> None:
    text = (
        "The worst attack of the year took place in Barsalogho on 24 August 2024, when "
        "gunmen killed 150 people. More than 100 insurgents marched into Macomia town on "
        "3 May 2024 and occupied it for two days."
    )
    evs = [e for e in _events(text, "2024-09-01") if e.type == "ASSAULT"]
    places = {e.place.text for e in evs if e.place is not None}
    assert "Barsalogho" in places
    assert any(e.mode == "territory" and e.place is not None for e in evs)


def test_list_items_share_the_one_town_a_sibling_names() -> None:
    text = (
        "The group could repeat attacks such as the ones that targeted the Central Bank in "
        "March 2018, the Military Hospital in Kandahar on May 4, 2018, and the Indian "
        "Consulate in August of the same year."
    )
    evs = [e for e in _events(text, "2019-01-01") if e.type == "ASSAULT"]
    bank = [e for e in evs if any(a.actor.endswith("central-bank") for a in e.actors)]
    assert bank and bank[0].place is not None and bank[0].place.text == "Kandahar"


def test_a_ranking_year_neither_dates_the_attack_nor_makes_another() -> None:
    text = (
        "Al-Shabaab militants stormed a Somali army base in the central Galgaduud region on "
        "Tuesday, killing at least 12 soldiers in one of the deadliest attacks on government "
        "forces this year, military officials said. The army said reinforcements had arrived. "
        "Residents said the fighting lasted hours. The government did not comment. Aid groups "
        "said roads were closed. Schools in the district were shut. Markets stayed closed on "
        "Wednesday. On Thursday, elders said al-Shabaab had released 6 civilians that it had "
        "abducted from a bus near Mahas in late May."
    )
    evs = [e for e in _events(text, "2025-06-12") if e.type == "ASSAULT"]
    assert evs
    assert all(e.date is not None and e.date.precision != "year" for e in evs)
    abductions = [e for e in evs if e.mode == "abduct"]
    assert all(e.fatalities is None for e in abductions)


def test_a_fragment_toll_after_a_semicolon_counts() -> None:
    text = (
        "- 11 Feb — Rebel drone attack on an army position in Marib governorate; at least 5 "
        "soldiers killed, per the ministry in Aden.\n"
    )
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert any(e.fatalities is not None and e.fatalities.low == 5 for e in attacks)
