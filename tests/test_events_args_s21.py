"""(s21, eargs) Event arguments read from a report's structure: the partners of the doers
("alongside X", "with the help of X", "with X, retook"), the groups a founding merged, "the
coalition" / "the alliance" for the actor the report named or described so, every side that
held what was hit ("positions held by X", "a convoy of A and B"), where an arrest happened (the
doers' "in X", the people held "in X"), and a backer glued to its body by a hyphen ("Saudi-backed
forces") as none of its parties; who speaks in a released video, and a leader's group for his
speech or threat. Every sentence is written for the test, about other conflicts
than the development reports, with the real model."""

from __future__ import annotations

from functools import lru_cache

from test_events_args_s20 import _events, _roles

from dossier.extract.event_parties import backing_mention
from dossier.nlp import build_nlp
from dossier.records import Event


def _doers(event: Event, names: dict[str, str]) -> set[str]:
    return {
        names.get(x.actor, x.actor) for x in event.actors if x.role in {"perpetrator", "initiator"}
    }


def _one(text: str, type_id: str) -> tuple[Event, dict[str, str]]:
    events, names = _events(text, type_id)
    assert len(events) == 1, [e.anchor.quote for e in events]
    return events[0], names


# ------------------------------------------------------------------ partners of the doers


def test_a_partner_alongside_the_doer_attacked_too() -> None:
    event, names = _one(
        "The Malian army, alongside Wagner fighters, attacked the village of Moura on Sunday, "
        "killing 30 people.",
        "ASSAULT",
    )
    assert {"Malian Armed Forces", "Wagner Group"} <= _doers(event, names)


def test_a_partner_named_through_the_help_of_acted_too() -> None:
    event, names = _one(
        "Iraqi forces, with the help of the Peshmerga, retook Bashiqa from the Islamic State "
        "on Monday.",
        "ASSAULT",
    )
    roles = _roles(event, names)
    assert ("Peshmerga", "perpetrator") in roles
    assert ("Islamic State", "target") in roles


def test_a_partner_in_coordination_with_the_doer_acted_too() -> None:
    event, names = _one(
        "Nigerian troops, in coordination with the Civilian Joint Task Force, raided an ISWAP "
        "camp near Monguno on Sunday.",
        "ASSAULT",
    )
    assert "Civilian Joint Task Force" in _doers(event, names)


def test_a_partner_before_the_second_verb_acted_in_that_deed() -> None:
    events, names = _events(
        "Uganda deployed 500 troops in March and, with the Congolese army, recaptured the "
        "town of Kamango in April.",
        "ASSAULT",
    )
    assert events
    assert "Armed Forces of the Democratic Republic of the Congo" in _doers(events[0], names)


def test_the_other_side_of_a_clash_is_no_partner() -> None:
    event, names = _one(
        "Government troops clashed with al-Shabaab fighters near Afgooye on Monday.", "ASSAULT"
    )
    assert "al-Shabaab" in names.values()  # (s21b) resolved, so the test can fail
    assert "al-Shabaab" not in _doers(event, names)


def test_people_killed_alongside_the_victim_did_nothing() -> None:
    event, names = _one(
        "A Kenyan soldier was killed alongside two civilians in an ambush near Lamu on Monday.",
        "ASSAULT",
    )
    assert not _doers(event, names)


def test_a_partner_the_doer_lacked_is_no_party() -> None:
    event, names = _one(
        "The Malian army, without the support of Wagner, attacked the village of Moura on Sunday.",
        "ASSAULT",
    )
    assert "Wagner Group" in names.values()  # (s21b) resolved, so the test can fail
    assert "Wagner Group" not in {names.get(x.actor, x.actor) for x in event.actors}


def test_weapons_used_with_the_attack_are_no_partners() -> None:
    event, names = _one(
        "ISWAP fighters attacked the Nigerian army base in Marte with mortars and "
        "rocket-propelled grenades on Monday.",
        "ASSAULT",
    )
    assert _doers(event, names) == {"Islamic State West Africa Province"}


def test_a_group_in_a_with_circumstance_is_no_partner() -> None:
    event, names = _one(
        "With JNIM weakened by the fighting, ISSP fighters attacked the town of Menaka on Monday.",
        "ASSAULT",
    )
    assert "Jama'at Nusrat al-Islam wal-Muslimin" in names.values()  # (s21b) can fail
    assert "Jama'at Nusrat al-Islam wal-Muslimin" not in _doers(event, names)


def test_people_hit_along_with_the_target_are_no_partners() -> None:
    event, names = _one(
        "Al-Shabaab fighters ambushed Kenyan soldiers along with their Somali interpreters "
        "near Lamu on Monday.",
        "ASSAULT",
    )
    assert _doers(event, names) == {"al-Shabaab"}


# ------------------------------------------------------------------ founders of a merger


def test_the_groups_of_a_merger_founded_the_new_one() -> None:
    event, names = _one(
        "Hayat Tahrir al-Sham was formed in January 2017 through the merger of Jabhat Fateh "
        "al-Sham and several smaller factions.",
        "FOUND",
    )
    doers = _doers(event, names)
    assert "Hay'at Tahrir al-Sham" in doers
    assert "al-Nusra Front" in doers  # Jabhat Fateh al-Sham, its later name


def test_a_failed_merger_founded_nothing() -> None:
    event, names = _one(
        "Ansar Dine was founded in 2012; talks on a merger with al-Mourabitoun failed in 2015.",
        "FOUND",
    )
    assert _doers(event, names) == {"Ansar Dine"}


# ------------------------------------------------------------- "the coalition", "the alliance"


def test_the_coalition_is_the_group_described_as_one() -> None:
    event, names = _one(
        "Jamaat Nusrat al-Islam wal-Muslimin is a coalition of Sahelian jihadist groups. In "
        "May 2024 the coalition attacked an army post near Djibo, killing 20 soldiers.",
        "ASSAULT",
    )
    assert "Jama'at Nusrat al-Islam wal-Muslimin" in _doers(event, names)


def test_an_alliance_no_actor_was_called_names_no_one() -> None:
    event, names = _one(
        "The Arakan Army is part of an alliance with the TNLA. In May the alliance attacked a "
        "junta base in Lashio.",
        "ASSAULT",
    )
    assert not _doers(event, names)


def test_the_coalition_never_stands_for_a_group_not_so_called() -> None:
    events, names = _events(
        "Al-Shabaab fighters attacked an army base near Baidoa on Monday. The coalition said "
        "it had repelled the attackers.",
        "ASSAULT",
    )
    assert all(
        (names.get(x.actor, x.actor), x.role) != ("al-Shabaab", "target")
        for e in events
        for x in e.actors
    )


# ------------------------------------------------------------ every side of what was hit


def test_positions_held_by_a_force_make_it_a_target() -> None:
    event, names = _one(
        "Houthi fighters attacked positions held by the Giants Brigades near Hays on Tuesday.",
        "ASSAULT",
    )
    assert ("Giants Brigades", "target") in _roles(event, names)


def test_positions_abandoned_by_a_force_do_not() -> None:
    event, names = _one(
        "Houthi fighters attacked positions abandoned by the Giants Brigades near Hays on Tuesday.",
        "ASSAULT",
    )
    assert ("Giants Brigades", "target") not in _roles(event, names)


def test_a_convoy_of_two_forces_makes_both_targets() -> None:
    event, names = _one(
        "ISWAP fighters ambushed a convoy of Nigerian soldiers and Civilian JTF militiamen "
        "near Monguno on Tuesday.",
        "ASSAULT",
    )
    roles = _roles(event, names)
    assert ("Nigerian Army", "target") in roles
    assert ("Civilian Joint Task Force", "target") in roles


def test_the_village_of_a_place_is_no_side() -> None:
    event, names = _one(
        "Jihadist fighters attacked the village of Kanam near Djibo on Monday.", "ASSAULT"
    )
    assert all(x.role != "target" for x in event.actors)


# ------------------------------------------------------------------ where an arrest happened


def test_an_arrest_is_where_the_arresting_gendarmes_were() -> None:
    event, _names = _one(
        "Soldiers in Djenne detained a village chief on 3 May over suspected ties to Katiba Macina.",
        "ARREST",
    )
    assert event.place is not None and event.place.text == "Djenne"


def test_an_arrest_is_where_the_people_held_were() -> None:
    event, _names = _one(
        "Security agents detained four aid workers of a medical charity in Hodeidah on Sunday.",
        "ARREST",
    )
    assert event.place is not None and event.place.text == "Hodeidah"


def test_the_speakers_town_places_no_arrest() -> None:
    event, _names = _one("Police in Nairobi said they had arrested a suspect on Monday.", "ARREST")
    assert event.place is None


# ------------------------------------------------------------------ voices of a release


def test_a_leaders_speech_is_his_groups_propaganda_too() -> None:
    event, names = _one(
        "Hezbollah leader Hassan Nasrallah said in a televised speech on Friday that the group "
        "would retaliate.",
        "PROPAGANDA",
    )
    assert {"Hassan Nasrallah", "Hezbollah"} <= _doers(event, names)


def test_a_former_commanders_video_is_not_his_old_groups() -> None:
    event, names = _one(
        "Former Fano commander Zemene Kassie said in a video on Monday that the militia would "
        "take Gondar.",
        "PROPAGANDA",
    )
    assert "Fano" in names.values()  # (s21b) resolved, so the test can fail
    assert "Fano" not in _doers(event, names)


def test_a_commanders_denial_stays_his_own() -> None:
    event, names = _one(
        "Fano commander Zemene Kassie denied on Monday that his men had killed civilians in "
        "Gondar.",
        "REJECT",
    )
    assert "Fano" in names.values()  # (s21b) resolved, so the test can fail
    assert "Fano" not in _doers(event, names)


def test_a_spokesman_heading_his_name_speaks_for_his_group_in_a_release() -> None:
    event, names = _one(
        "Al-Hayat released a recording on 3 April in which the Islamic State's spokesman, "
        "Abu Talha al-Makki, urged supporters to strike markets in Asia.",
        "PROPAGANDA",
    )
    assert {"Abu Talha al-Makki", "Islamic State"} <= _doers(event, names)


def test_a_former_spokesman_speaks_for_no_group() -> None:
    event, names = _one(
        "The group's former spokesman, Ehsanullah Ehsan, denied on Monday that the TTP had "
        "carried out the bombing.",
        "REJECT",
    )
    assert _doers(event, names) == {"Ehsanullah Ehsan"}


def test_who_speaks_in_a_released_video_put_it_out_too() -> None:
    event, names = _one(
        "On 4 May al-Shabaab's al-Kataib foundation released a 20-minute video in which the "
        "group's leader Ahmed Diriye called on Somalis to fight the government.",
        "PROPAGANDA",
    )
    assert "Ahmed Diriye" in _doers(event, names)


def test_who_speaks_in_the_footage_of_the_next_sentence_put_it_out_too() -> None:
    event, names = _one(
        "On 2 June JNIM released a video showing new recruits at a camp near Timbuktu. In the "
        "footage, Iyad Ag Ghaly vows to take Bamako.",
        "PROPAGANDA",
    )
    assert "Iyad Ag Ghaly" in _doers(event, names)


def test_who_comments_on_the_footage_did_not_release_it() -> None:
    event, names = _one(
        "On 2 June JNIM released a video showing new recruits at a camp near Timbuktu. The "
        "Malian army said in a statement that the footage was staged.",
        "PROPAGANDA",
    )
    assert _doers(event, names) == {"Jama'at Nusrat al-Islam wal-Muslimin"}


def test_a_speaker_in_another_medium_of_the_next_paragraph_released_nothing() -> None:
    event, names = _one(
        "On 2 June JNIM released a video showing new recruits at a camp near Timbuktu.\n\n"
        "Iyad Ag Ghaly said in an interview with France 24 that the group would take Bamako.",
        "PROPAGANDA",
    )
    assert "Iyad Ag Ghaly" not in _doers(event, names)


# ------------------------------------------------------------------ backers glued by a hyphen


@lru_cache(maxsize=1)
def _nlp():  # type: ignore[no-untyped-def]
    return build_nlp()


def _backs(text: str, name: str) -> bool:
    doc = _nlp()(text)
    end = text.index(name) + len(name)
    return backing_mention(doc, end)


def test_a_name_glued_to_backed_is_a_backer() -> None:
    assert _backs("Saudi-backed government forces shelled Houthi positions.", "Saudi")
    assert _backs("Iran-funded militias fired rockets at the base.", "Iran")


def test_a_name_glued_to_led_or_a_plain_modifier_is_no_backer() -> None:
    assert not _backs("US-led coalition aircraft bombed the bridge.", "US")
    assert not _backs("Saudi forces shelled Houthi positions.", "Saudi")
    assert not _backs("Turkish-Syrian border crossings were closed.", "Turkish")
