"""Event triggers, modality and merging (ev, s15): an attack told from the side attacked
("came under fire from X"), a party's retelling of an attack ("claimed the attack, saying ..."),
responsibility attributed (no accusation event), headlines quoted in a source list, footnotes
that tell more of an event the body tells, a town entered after fighting, a prison broken open
and a rally held by armed men (parts of a raid), and releases coded as no agreement. Each text
was written for this test."""

from __future__ import annotations

from report_docs import events_with_roles, text_events

from dossier.records import Event


def _assaults(text: str, day: str = "2025-06-20") -> list[tuple[Event, set[tuple[str, str]]]]:
    return events_with_roles(text, "ASSAULT", day)


# --------------------------------------------------------------- "came under fire from X"


def test_came_under_fire_from_group_is_an_attack() -> None:
    text = "A Malian army convoy came under fire from JNIM fighters near Boni on Sunday."
    found = _assaults(text)
    assert len(found) == 1, text
    ev, roles = found[0]
    assert ev.mode == "firearms"
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "perpetrator") in roles


def test_came_under_heavy_shelling_from_group_is_an_attack() -> None:
    text = "On Thursday the market town of Kiwanja came under heavy shelling from M23 positions."
    found = _assaults(text)
    assert len(found) == 1, text
    ev, roles = found[0]
    assert ev.mode == "heavy-weapons"
    assert any(role == "perpetrator" for _name, role in roles)


def test_came_under_pressure_is_no_attack() -> None:
    text = "On Thursday the ministry came under pressure from donors to publish the audit."
    assert _assaults(text) == []


def test_could_come_under_fire_is_no_event() -> None:
    text = "Aid convoys could come under fire from JNIM fighters if the road reopens."
    assert _assaults(text) == []


# ------------------------------------------------------------- a party retells the attack


def test_claim_with_other_toll_is_the_same_attack() -> None:
    text = (
        "On 4 May, suspected ADF fighters ambushed a patrol of the 31st Brigade near Eringeti, "
        "killing two soldiers. The following day the Islamic State claimed the attack through "
        'Amaq, asserting that "19 FARDC soldiers" had been killed.'
    )
    assert len(_assaults(text)) == 1, text


def test_army_repelling_the_assault_is_the_same_attack() -> None:
    text = (
        "On 9 June, JNIM fighters attacked a gendarmerie post in Boulsa, killing three "
        "gendarmes. The next day the army claimed it had repelled the assault, saying that 40 "
        "JNIM militants were killed by Burkinabe soldiers."
    )
    assert len(_assaults(text)) == 1, text


def test_claimed_toll_widens_the_range_only() -> None:
    text = (
        "On 7 October, suspected ISWAP fighters ambushed a patrol of the 29th Task Force "
        "Brigade near Gajiram, killing four soldiers. The following day ISWAP claimed the "
        'attack on Telegram, asserting that "22 Nigerian army soldiers" had been killed.'
    )
    found = _assaults(text)
    assert len(found) == 1, text
    toll = found[0][0].fatalities
    assert toll is not None and (toll.low, toll.best, toll.high) == (4, 4, 22)


def test_ministry_confirming_the_raid_is_the_same_attack() -> None:
    text = (
        "Al-Shabaab militants raided an army outpost in Afgoye on 2 April, killing five "
        "soldiers. The following day the defence ministry confirmed the raid and said 25 "
        "al-Shabaab fighters were killed by Somali troops."
    )
    assert len(_assaults(text)) == 1, text


def test_army_fighting_off_the_attack_next_morning_is_the_same_attack() -> None:
    text = (
        "On 11 July, ISWAP fighters stormed a military base in Marte, killing nine soldiers. "
        "The next morning the army said its troops had fought off the attack, killing 31 ISWAP "
        "terrorists."
    )
    found = _assaults(text)
    assert len(found) == 1, text
    assert found[0][0].date is not None and found[0][0].date.value == "2025-07-11"


def test_sequel_attack_stays_apart() -> None:
    text = (
        "On 4 May, ADF fighters ambushed an army column near Eringeti, killing two soldiers. "
        "The next day gunmen attacked a health centre in Oicha, killing five patients."
    )
    assert len(_assaults(text)) == 2, text


# ------------------------------------------------------------- responsibility, no accusation


def test_attributing_an_attack_is_no_accusation_event() -> None:
    text = (
        "A bomb exploded at a bus stop in Maiduguri on Friday, killing four people. ISWAP "
        "claimed it; the army attributed it to Boko Haram."
    )
    events = text_events(text)
    assert not [e for e in events if e.type == "ACCUSE"], text
    assert [e for e in events if e.type == "ASSAULT"], text


# ------------------------------------------------------------- source lists and footnotes


def test_footnote_headline_is_no_event() -> None:
    text = (
        "Kaduna weekly brief\n\n"
        "On 4 May, gunmen attacked a school in Kaduna, killing two guards. Police said the "
        "attackers escaped.\n\n"
        "Notes\n"
        '1 Daily Trust, "Bandits kill two guards at Zaria school", 5 May 2025,\n'
        "  https://dailytrust.example/zaria-school\n"
    )
    assert len(_assaults(text)) == 1, text


def test_source_line_headline_is_no_event() -> None:
    text = (
        "On 4 May, gunmen attacked a school in Kaduna, killing two guards.\n\n"
        'Source: Premium Times, "Gunmen storm Zaria school, abduct 30 pupils", 5 May 2025.\n'
    )
    found = text_events(text)
    assert not [e for e in found if e.mode == "abduct"], text


def test_footnote_tells_more_of_a_body_event() -> None:
    text = (
        "Security brief: South Kivu\n\n"
        "The provincial police chief, Colonel Jean Mutombo, was killed in an attack in early "
        "March. The army has since moved two battalions into the district. Donors have paused "
        "programmes in three territories. Schools in Uvira remain closed.\n\n"
        "NOTES\n\n"
        "1 OCHA flash update no. 4, 10 March 2025.\n"
        "2 Mutombo was shot near Kiliba on 3 March by unidentified gunmen and died the same "
        "night.\n"
    )
    found = _assaults(text, "2025-03-20")
    assert len(found) == 1, [(e.date, e.anchor.quote) for e, _r in found]


# ------------------------------------------------------------- a raid and its deeds


def test_town_entered_after_fighting_is_taken() -> None:
    text = (
        "On Sunday, al-Shabaab fighters entered Mahas after several hours of fighting with "
        "Somali troops."
    )
    found = _assaults(text)
    assert found, text
    assert found[0][0].mode == "territory"
    assert ("al-Shabaab", "perpetrator") in found[0][1]


def test_town_entered_following_clashes_is_taken() -> None:
    text = "ISWAP militants entered Marte on Friday following heavy clashes with Nigerian soldiers."
    found = _assaults(text)
    assert found, text
    assert found[0][0].mode == "territory"
    assert ("Nigerian Army", "target") in found[0][1]


def test_prison_break_by_fighters_is_no_release() -> None:
    text = (
        "On Sunday, Boko Haram fighters entered Gajiram after hours of fighting. They freed "
        "inmates from the town's prison and burned the district office on Monday, traders said."
    )
    assert not [e for e in text_events(text) if e.type == "RETREAT"], text


def test_prisoners_released_by_government_stay_a_release() -> None:
    text = "The military government released 120 political prisoners from Insein prison on Monday."
    assert [e for e in text_events(text) if e.type == "RETREAT"], text


def test_rally_by_fighters_is_no_protest() -> None:
    text = (
        "On Sunday, Boko Haram fighters entered Gajiram after hours of fighting. They emptied "
        "the police armoury, burned the district office and held a rally at the cattle market "
        "before pulling out on Monday evening, traders said."
    )
    assert not [e for e in text_events(text) if e.type == "PROTEST"], text


def test_rally_held_by_named_militants_is_no_protest() -> None:
    text = (
        "On Friday, JNIM militants stormed Djibo. The militants held a rally in the central "
        "square on Saturday, according to residents."
    )
    assert not [e for e in text_events(text) if e.type == "PROTEST"], text


def test_rally_by_students_stays_a_protest() -> None:
    text = "Several thousand students held a rally in Imphal on Tuesday against the curfew."
    assert [e for e in text_events(text) if e.type == "PROTEST"], text


def test_release_of_hostages_is_no_agreement() -> None:
    text = "Four aid workers abducted in Tillabéri in May were released on Tuesday after talks."
    found = [e for e in text_events(text) if e.type == "RETREAT"]
    assert found, text
    assert found[0].acled_sub_event_type == "Other"


# ------------------------------------------------------------- a bomb made safe


def test_ied_defused_is_disrupted_weapons_use() -> None:
    text = "An IED hidden in a sack near the market in Bama was defused by army engineers on 3 May."
    found = text_events(text)
    assert [e.acled_sub_event_type for e in found] == ["Disrupted weapons use"], text


def test_bomb_found_and_defused_is_no_bombing() -> None:
    text = (
        "On Sunday, police engineers found and defused a roadside bomb on the road from Gwoza "
        "to Pulka."
    )
    found = text_events(text)
    assert not [e for e in found if e.type == "ASSAULT"], text
    assert [e for e in found if e.acled_sub_event_type == "Disrupted weapons use"], text


def test_defused_tensions_is_no_event() -> None:
    text = "On Sunday the emir defused tensions between herders and farmers in Gombi."
    assert not [e for e in text_events(text) if e.type == "COERCE"], text
