"""Session 24: peoples and sub-national bodies. A people, ethnic or religious community named
alone ("the Lendu", "Kuki villagers") is no actor and no place (``data/geo/demonyms_extra.yaml``),
while places of the same spelling stay places. A sub-national unit whose own name ends in its
level ("Kaduna State", "Sagaing Region") names that unit's body when a government noun follows
("the Kaduna State government"); the place alone stays a place. All sentences written for
these tests."""

from __future__ import annotations

from report_docs import actor_names as _names
from report_docs import text_actors

from dossier.records import Actor
from dossier.resolve.geo_rules import demonym_country, is_demonym


def _named(actors: tuple[Actor, ...], word: str) -> list[Actor]:
    return [a for a in actors if word.lower() in a.name.lower()]


# --------------------------------------------------------------------------------------------
# peoples: no actor alone, no country of their own


def test_peoples_are_demonyms_without_a_country() -> None:
    peoples = ("Lendu", "Nande", "Palaung", "Karen", "Masalit", "Nuer", "Dinka", "Ingush")
    for word in (*peoples, "Mapuche", "Rohingya", "Yazidi", "Tausug"):
        assert is_demonym(word), word
        # a people names no state: "Karen fighters" are no country's army
        assert demonym_country(word) is None, word


def test_a_people_named_as_victims_is_no_actor() -> None:
    actors = text_actors(
        "Militiamen burned three Nande villages near Lubero on Sunday, and residents said "
        "eleven people died."
    )
    assert not _named(actors, "Nande"), _names(actors)


def test_a_people_and_a_named_group_keep_the_group() -> None:
    actors = text_actors(
        "The Dinka and Nuer communities accused each other of cattle raids, while the SPLA-IO "
        "said its forces were not involved."
    )
    assert not _named(actors, "Dinka") and not _named(actors, "Nuer"), _names(actors)


def test_a_people_in_a_groups_name_keeps_the_group() -> None:
    # the people's word inside a gazetteer group's name: the group stays whole
    actors = text_actors("The Karen National Union said its fighters captured a hilltop post.")
    assert _named(actors, "Karen National Union"), _names(actors)


def test_a_surname_shared_with_a_tribe_stays_a_person() -> None:
    # tribal names that are common surnames were left out of the list
    actors = text_actors(
        "Senator Akhtar Mengal resigned on Monday. Mengal said the talks had failed."
    )
    assert _named(actors, "Mengal"), _names(actors)


def test_a_region_named_like_a_people_stays_a_place() -> None:
    # "Afar" is a region of Ethiopia as well as a people: not in the list
    assert not is_demonym("Afar")
    assert not is_demonym("Turkana")


# --------------------------------------------------------------------------------------------
# sub-national bodies named by their unit's own name


def test_a_state_government_named_by_its_state_is_an_actor() -> None:
    actors = text_actors(
        "Herders were blamed for the attack by the Zamfara State government, which promised "
        "to pay the farmers."
    )
    body = _named(actors, "Zamfara State government")
    assert body, _names(actors)
    assert body[0].type == "government"


def test_a_region_government_speaks() -> None:
    actors = text_actors(
        "The Magway Region government said the curfew would stay in force until March."
    )
    assert _named(actors, "Magway Region government"), _names(actors)


def test_a_province_administration_is_a_government_body() -> None:
    actors = text_actors(
        "The Kunar Province administration reported that floods cut the main road."
    )
    body = _named(actors, "Kunar Province administration")
    assert body and body[0].type == "government", _names(actors)


def test_the_place_alone_is_no_body() -> None:
    actors = text_actors("Troops moved into Zamfara State after the attack on the market.")
    assert not _named(actors, "Zamfara"), _names(actors)


def test_a_place_then_a_common_noun_is_still_no_body() -> None:
    actors = text_actors("The Benue State border was closed after the clashes, officials said.")
    assert not _named(actors, "Benue"), _names(actors)


def test_the_government_of_a_state_does_not_swallow_a_later_place() -> None:
    actors = text_actors(
        "Fighting spread from Plateau State to Kaduna, and the federal government sent troops."
    )
    assert not _named(actors, "Plateau"), _names(actors)


def test_a_plural_authorities_is_no_named_body() -> None:
    # "authorities" in the plural: unnamed officials, not one body
    actors = text_actors("Sokoto State authorities said nothing about the abducted pupils.")
    assert not _named(actors, "Sokoto State authorities"), _names(actors)


def test_a_countrys_government_is_still_the_state() -> None:
    actors = text_actors("The Nigerian government said 40 bandits were killed in air strikes.")
    assert not any("State government" in a.name for a in actors), _names(actors)


# --------------------------------------------------------------------------------------------
# bodies named by a sub-national unit's adjective


def test_a_republics_ministry_is_its_own_body() -> None:
    actors = text_actors(
        "A statement from the Chechen interior ministry named the three men arrested in Grozny."
    )
    body = _named(actors, "Chechen interior ministry")
    assert body and body[0].type == "government", _names(actors)


def test_a_countrys_ministry_stays_the_states() -> None:
    actors = text_actors("The Russian interior ministry said it had opened a criminal case.")
    assert not _named(actors, "Russian interior ministry"), _names(actors)


def test_a_regional_adjective_before_people_is_no_body() -> None:
    actors = text_actors("Chechen volunteers were seen near the front line in Zaporizhzhia.")
    assert not any("Chechen" in a.name for a in actors if a.type == "government"), _names(actors)


# --------------------------------------------------------------------------------------------
# units numbered after their noun keep their branch words and their owner's acronym


def test_branch_words_stay_in_a_unit_numbered_after_its_noun() -> None:
    actors = text_actors(
        "Villagers say Light Infantry Battalion 512 has held the bridge at Pakokku since 2022."
    )
    unit = _named(actors, "Light Infantry Battalion 512")
    assert unit, _names(actors)
    assert unit[0].type == "state_forces"  # an infantry battalion is a regular army's


def test_the_owners_acronym_opens_its_units_name() -> None:
    actors = text_actors("A video released by PDF Battalion 31 showed a burning truck near Kalay.")
    assert _named(actors, "PDF Battalion 31"), _names(actors)


def test_a_unit_number_that_counts_is_no_unit_name() -> None:
    actors = text_actors("The army moved Battalion 5 and 300 soldiers to the border post.")
    assert not _named(actors, "army moved"), _names(actors)
    assert not any(a.name.startswith("The army") for a in actors), _names(actors)


def test_a_sentences_first_word_stays_out_of_a_units_name() -> None:
    actors = text_actors("Yesterday Battalion 14 withdrew from the hill.")
    assert not _named(actors, "Yesterday"), _names(actors)


# --------------------------------------------------------------------------------------------
# acronyms defined in brackets


def test_a_foreign_acronym_after_an_english_name_is_the_same_group() -> None:
    actors = text_actors(
        "In the hills, the Mountain Defence Committees (KBM) were formed in 2019. Two KBM "
        "fighters were killed on Friday."
    )
    group = _named(actors, "Mountain Defence Committees")
    assert group and "KBM" in group[0].aliases, _names(actors)
    assert len([a for a in actors if "KBM" in (a.name, *a.aliases)]) == 1, _names(actors)


def test_a_nickname_in_quotes_after_an_acronym_is_the_same_force() -> None:
    actors = text_actors(
        'Clashes between the Zambian Defence Force (ZDF, "Chipolopolo") and poachers went on. '
        "Chipolopolo units withdrew at dawn."
    )
    assert not any(a.name == "Chipolopolo" for a in actors), _names(actors)


def test_a_bracketed_place_or_year_defines_nothing() -> None:
    actors = text_actors(
        "The Northern Relief Council (Gulu) said the Northern Relief Council (2019) had "
        "distributed food. The NRC said more aid was coming."
    )
    assert not any("Gulu" in a.aliases for a in actors), _names(actors)


def test_a_persons_initials_in_brackets_define_no_group() -> None:
    actors = text_actors("Brigadier John Okello (JO) said the camp was quiet.")
    assert not any(a.type != "person" and "JO" in a.aliases for a in actors), _names(actors)


# --------------------------------------------------------------------------------------------
# a capital's possessive before what a state says or does


def test_a_capitals_accusations_are_its_states() -> None:
    actors = text_actors("Kampala's accusations against Kigali were dismissed as propaganda.")
    assert any(a.type == "government" and "Uganda" in a.name for a in actors), _names(actors)


def test_a_capitals_suburbs_stay_a_place() -> None:
    actors = text_actors("Kampala's suburbs were flooded after the storm.")
    assert not any("Uganda" in a.name for a in actors), _names(actors)


def test_a_states_government_carries_the_countrys_name() -> None:
    actors = text_actors("The Nigerian government said troops had cleared the forest.")
    gov = [a for a in actors if a.type == "government"]
    assert gov and "Nigeria" in (gov[0].name, *gov[0].aliases), _names(actors)


# --------------------------------------------------------------------------------------------
# a country's police the gazetteer lacks is a body of its own, not its armed forces


def test_gendarmes_and_troops_of_one_country_are_two_forces() -> None:
    actors = text_actors(
        "Beninese gendarmes arrested four suspects in Kandi on Monday, while Beninese troops "
        "shelled a camp near the Pendjari park."
    )
    forces = [a for a in actors if a.type == "state_forces"]
    assert len(forces) == 2, _names(actors)


def test_one_countrys_police_named_twice_is_one_body() -> None:
    actors = text_actors(
        "Beninese police detained a trader in Kandi. Two days later Beninese police released him."
    )
    police = [a for a in actors if a.type == "state_forces"]
    assert len(police) == 1, _names(actors)


def test_a_country_code_in_brackets_is_no_groups_acronym() -> None:
    actors = text_actors(
        "Fighters of the Yakutumba Coalition (DRC) crossed the lake. The coalition's boats "
        "were seen near Uvira."
    )
    assert not any(a.type != "government" and "DRC" in a.aliases for a in actors), _names(actors)


def test_a_republics_police_as_a_modifier_is_no_body() -> None:
    # the officers are the state's police (the state rules), not a body of the republic
    actors = text_actors("Two Chechen police officers were wounded in a shootout in Grozny.")
    assert not any(a.key.startswith("new:") for a in actors), [a.key for a in actors]


def test_a_country_adjective_the_list_lacked_names_the_states_forces() -> None:
    actors = text_actors("Gabonese troops secured the port of Libreville after the unrest.")
    forces = [a for a in actors if a.type == "state_forces"]
    assert forces and forces[0].country == "GA", _names(actors)


def test_a_country_adjective_opening_an_ngos_name_keeps_the_ngo() -> None:
    actors = text_actors("The Danish Refugee Council said 3,000 people had fled the fighting.")
    assert _named(actors, "Danish Refugee Council"), _names(actors)
    assert not any(a.type in ("government", "state_forces") for a in actors), _names(actors)
