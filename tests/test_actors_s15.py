"""Actors in short texts written for these tests (round 15): a regular army's units named
without a number or with branch words after the number ("the Quick Reaction Brigade", "the
12th Motorised Battalion") are state forces; units named after a place or a leader and owned
by a group's possessive ("the Front's Lokori command", "the rebels' Kakuma wing") are units
of that group."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.records import Actor


def actors(text: str) -> list[Actor]:
    return list(annotated(text)[1])


def by_form(found: list[Actor], form: str) -> Actor | None:
    """The actor one of whose mentions is written ``form``."""
    return next((a for a in found if any(m.text == form for m in a.mentions)), None)


# ------------------------------------------- a regular army's units


def test_named_reaction_unit_is_state_forces() -> None:
    text = (
        "A convoy of the Quick Reaction Brigade hit a landmine near Kidal on Friday, "
        "the Malian army said. Two soldiers were wounded."
    )
    unit = by_form(actors(text), "Quick Reaction Brigade")
    assert unit is not None
    assert unit.type == "state_forces"
    # a rebel's word in the name keeps it an armed group
    text = (
        "The Islamic Liberation Brigade claimed the ambush near Idlib on Monday, saying its "
        "fighters had killed four soldiers."
    )
    rebels = by_form(actors(text), "Islamic Liberation Brigade")
    assert rebels is not None
    assert rebels.type == "armed_group"


def test_intervention_battalion_is_state_forces() -> None:
    text = (
        "Residents of Garoua said the Special Intervention Battalion raided the market on "
        "Sunday and arrested eleven traders accused of helping kidnappers."
    )
    unit = by_form(actors(text), "Special Intervention Battalion")
    assert unit is not None
    assert unit.type == "state_forces"


def test_numbered_unit_with_branch_word_is_one_state_unit() -> None:
    text = (
        "Soldiers of the 12th Motorised Battalion repelled an attack on their camp near "
        "Dori on Tuesday. Lt. Col. Issa Traore, who leads the 12th Battalion, said three "
        "attackers were killed."
    )
    found = actors(text)
    unit = by_form(found, "12th Motorised Battalion")
    assert unit is not None
    assert unit.type == "state_forces"
    assert by_form(found, "12th Battalion") is unit
    assert by_form(found, "Motorised Battalion") is None


def test_numbered_armoured_brigade_is_state_forces() -> None:
    text = (
        "The 7th Armoured Brigade shelled rebel positions outside Kadugli on Wednesday, "
        "according to witnesses."
    )
    unit = by_form(actors(text), "7th Armoured Brigade")
    assert unit is not None
    assert unit.type == "state_forces"


# ------------------------------------------- units owned by a group's possessive


def test_command_of_a_known_group_is_its_unit() -> None:
    text = (
        "Al-Shabaab's Bay command claimed the mortar attack on the airport in Baidoa on "
        "Thursday, the group said in a statement."
    )
    found = actors(text)
    unit = by_form(found, "Bay command")
    assert unit is not None
    assert unit.type == "armed_group"
    assert unit.parent == "al_shabaab"


def test_faction_of_a_known_group_after_its_possessive() -> None:
    text = (
        "A spokesman for the ADF's Musa faction denied that its fighters had burned the "
        "church near Beni last week."
    )
    unit = by_form(actors(text), "Musa faction")
    assert unit is not None
    assert unit.type == "armed_group"
    assert unit.parent == "adf"


def test_wing_of_a_new_group_is_its_unit() -> None:
    text = (
        "The raid was carried out by the Sahel Patriotic Front's Gourma command, residents "
        "of Gao said. The Sahel Patriotic Front later confirmed it."
    )
    found = actors(text)
    unit = by_form(found, "Gourma command")
    group = by_form(found, "Sahel Patriotic Front")
    assert unit is not None and group is not None
    assert unit.type == "armed_group"
    assert unit.parent == group.key


def test_wing_after_a_group_noun_possessive_is_an_armed_group() -> None:
    text = (
        "Fighting spread to the hills after the rebels' Kakuma wing joined the offensive, "
        "while the militia's Loima unit stayed out of it."
    )
    found = actors(text)
    for form in ("Kakuma wing", "Loima unit"):
        unit = by_form(found, form)
        assert unit is not None, form
        assert unit.type == "armed_group", form


def test_command_after_the_army_possessive_is_state_forces() -> None:
    text = (
        "The army's Lake command sent reinforcements to Baga after the raid, officials in "
        "Maiduguri said on Saturday."
    )
    unit = by_form(actors(text), "Lake command")
    assert unit is not None
    assert unit.type == "state_forces"
    # no owner named: a battlefront, no unit
    text = "Russian troops advanced on the Kharkiv front on Monday, the ministry said."
    assert by_form(actors(text), "Kharkiv front") is None


# ------------------------------------------- places the model took for people


def test_name_after_verb_of_ground_is_a_place() -> None:
    text = (
        "Two drones approached Jurf al-Nasr on Friday before they were shot down, the "
        "Iraqi army said."
    )
    assert by_form(actors(text), "Jurf al-Nasr") is None
    # a name the report uses as a person's stays a person
    text = (
        "Abdi Warsame said the group would fight on. Fighters loyal to Abdi Warsame "
        "gathered in the hills, and support for Abdi Warsame grew."
    )
    assert by_form(actors(text), "Abdi Warsame") is not None


def test_name_listed_with_a_known_town_is_a_place() -> None:
    text = "Since January, the rebels have taken Tal Hamis and Manbij from the army."
    assert by_form(actors(text), "Tal Hamis") is None


def test_last_name_of_a_list_of_wings_is_a_place() -> None:
    text = "The alliance unites the Bamenda, Kumbo, Ndop and Nkambe wings of the movement."
    assert by_form(actors(text), "Nkambe") is None


# ------------------------------------------- junk spans


def test_capitalised_everyday_word_written_lower_elsewhere_is_no_actor() -> None:
    text = (
        "Road attacks\n"
        "Highway attacks rose sharply in March. Gunmen stopped a bus on the highway near "
        "Kano, and the highway stayed closed for two days."
    )
    assert by_form(actors(text), "Highway") is None


def test_name_of_a_law_or_a_pact_is_no_actor() -> None:
    text = (
        "Rebels rejected the Kigoma Peace Accord on Tuesday. The junta said recruits would "
        "be trained under the National Service Law."
    )
    found = actors(text)
    assert by_form(found, "Kigoma Peace Accord") is None
    assert by_form(found, "National Service Law") is None


def test_intelligence_group_is_an_organisation_not_a_state_force() -> None:
    text = (
        "The claim, published on Telegram, was relayed by the Horizon Intelligence Group, "
        "a monitoring firm, on Monday."
    )
    body = by_form(actors(text), "Horizon Intelligence Group")
    assert body is not None
    assert body.type != "state_forces"


def test_short_form_of_a_three_word_name_is_the_same_person() -> None:
    text = (
        "President Abdirahman Ali Warsame visited Kismayo on Monday. Abdirahman Ali told "
        "reporters the offensive against al-Shabaab would continue."
    )
    found = actors(text)
    full = by_form(found, "Abdirahman Ali Warsame")
    assert full is not None
    assert by_form(found, "Abdirahman Ali") is full


# ------------------------------------------- gazetteer entries


def test_manipur_militia_is_in_the_gazetteer() -> None:
    text = (
        "Members of the Arambai Tenggol set fire to three houses near Moreh, and the Kuki "
        "National Organisation accused the state police of standing by."
    )
    found = actors(text)
    keys = {a.key for a in found}
    assert "arambai_tenggol" in keys
    assert "kuki_national_organisation" in keys


def test_libyan_militias_are_in_the_gazetteer() -> None:
    text = (
        "Clashes broke out in Tripoli between Radaa and the 444 Combat Brigade on Sunday, "
        "while the Stability Support Apparatus stayed in its barracks."
    )
    keys = {a.key for a in actors(text)}
    assert {"special_deterrence_force", "brigade_444", "stability_support_apparatus"} <= keys


def test_numbered_unit_written_with_a_branch_word_across_a_line_is_state_forces() -> None:
    text = (
        "On 2 August, fighters ambushed a patrol of the 41st\n"
        "Infantry Brigade near Gacap, killing three soldiers. Col. Ramon Cruz, commander "
        "of the 41st Brigade, said the attackers fled."
    )
    unit = by_form(actors(text), "41st Brigade")
    assert unit is not None
    assert unit.type == "state_forces"
