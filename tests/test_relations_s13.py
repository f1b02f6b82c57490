"""Relations as situation updates and briefs state them (dossier.extract.relations), round
s13: leaders in appositions after a nickname ("X, better known as "Z", the commander of Y"),
"X, the Y leader", a possessive ("Dagalo's Rapid Support Forces"), a faction "loyal to" a
person and "commanded in the field by his nephew"; a post under a group ("the ... and Y
sector commander"); "one of the Y"; "whose group controls P" (the group the person leads);
"answers to Y"; support named after the clause ("..., backed by A and B"); a force that
"operates from" places "both in Y-held territory"; "Y-held P"; "P, the known base of X"; "P is
considered a stronghold of X" (a stance: hedged); alliances ("formed a tactical alliance with Y
against Z"); rivalry ("a coalition ... hostile to Y", "disputed for months between", "its rival
faction", "fighting broke out between", "X units overran Y positions", a table's "X vs Y");
fighters "seen moving through P"; "enjoy the patronage of Y"; a quoted role word and a
replacement; "a member of the Y umbrella"; and no period read off a bare duration ("for
months", "within hours").

Short texts written for these tests, run through the real pipeline (``annotate_text`` of
``test_relations.py``).
"""

from __future__ import annotations

from test_relations import relations_of, triples
from test_relations_round2 import _rel

# -- leadership and membership -------------------------------------------------------------


def test_a_commander_named_after_his_nickname_leads_the_group() -> None:
    rels = relations_of(
        'Gunmen shot dead Yusuf Adan Barre, better known as "Gaab", the commander of the '
        "Ras Kamboni Brigade (RKB), outside Kismayo."
    )
    assert ("new:yusuf-adan-barre", "leader_of", "new:ras-kamboni-brigade") in triples(rels)


def test_the_y_leader_in_apposition_leads_y_but_a_local_leader_is_a_member() -> None:
    got = triples(
        relations_of("Idris Kamal, the Sudan Liberation Movement leader, met envoys in Juba.")
    )
    assert ("new:idris-kamal", "leader_of", "sudan_liberation_movement") in got
    got = triples(
        relations_of("Abdi Warsame, the al-Shabaab leader in Gedo, said the town had fallen.")
    )
    assert ("new:abdi-warsame", "leader_of", "al_shabaab") not in got
    assert ("new:abdi-warsame", "member_of", "al_shabaab") in got


def test_a_sub_unit_commander_after_another_title_is_a_member() -> None:
    got = triples(
        relations_of(
            "Omar Salih, a cousin of the governor and Rapid Support Forces sector commander, "
            "told reporters the town was calm."
        )
    )
    assert ("new:omar-salih", "member_of", "rsf") in got
    assert ("new:omar-salih", "leader_of", "rsf") not in got


def test_a_persons_group_named_with_a_possessive_is_led_by_him() -> None:
    got = triples(
        relations_of(
            "Witnesses said Mohamed Hamdan Dagalo's Rapid Support Forces shelled the market in "
            "El Fasher."
        )
    )
    assert ("hemedti", "leader_of", "rsf") in got


def test_a_faction_loyal_to_a_person_and_commanded_in_the_field_by_his_nephew() -> None:
    got = triples(
        relations_of(
            "The Ansar Brigade, the faction loyal to Abu Mohammed al-Jolani, seized the checkpoint."
        )
    )
    assert ("ahmed_al_sharaa", "leader_of", "new:ansar-brigade") in got
    got = triples(
        relations_of(
            'The town of Garoowe is a stronghold of the Ras Kamboni Brigade, or "the Kambonis," '
            "the faction loyal to Ahmed Madobe and now commanded in the field by his nephew "
            "Abdirashid Janan."
        )
    )
    assert ("new:ahmed-madobe", "leader_of", "new:ras-kamboni-brigade") in got
    assert ("new:abdirashid-janan", "leader_of", "new:ras-kamboni-brigade") in got


def test_one_of_the_group_is_a_member() -> None:
    got = triples(relations_of("Mullah Karim, one of the Taliban, was arrested in Kandahar."))
    assert ("new:karim", "member_of", "taliban") in got


def test_a_quoted_role_word_and_a_replacement_both_lead_the_group() -> None:
    got = triples(
        relations_of(
            'In a video statement, the Sudan Liberation Movement announced that its "chief '
            'commander", Minni Minnawi, had stepped down and been replaced by Abdel Wahid al-Nur.'
        )
    )
    assert ("new:minni-minnawi", "leader_of", "sudan_liberation_movement") in got
    assert ("new:abdel-wahid-al-nur", "leader_of", "sudan_liberation_movement") in got


def test_a_member_of_an_umbrella() -> None:
    got = triples(
        relations_of("The Kuki Tribal Army is a member of the Zomi Revolutionary Front umbrella.")
    )
    assert ("new:kuki-tribal-army", "member_of", "new:zomi-revolutionary-front") in got


def test_a_brigade_that_answers_to_a_body_is_its_affiliate() -> None:
    got = triples(
        relations_of(
            "The 9th Lion Brigade, which is led by Khalid Bashir and answers to the Sudanese "
            "Armed Forces, deployed in the capital."
        )
    )
    assert ("new:9th-lion-brigade", "affiliate_of", "saf") in got
    assert ("new:khalid-bashir", "leader_of", "new:9th-lion-brigade") in got


def test_a_body_another_controls_in_apposition_is_its_affiliate() -> None:
    got = triples(
        relations_of(
            "The Border Guard Force, the Tatmadaw-controlled successor to the Karen Peace Army, "
            "shelled the village."
        )
    )
    assert ("new:border-guard-force", "affiliate_of", "tatmadaw") in got


# -- places --------------------------------------------------------------------------------


def test_whose_group_controls_names_the_group_the_person_leads() -> None:
    got = triples(
        relations_of(
            "The strike killed Ibrahim Jalil, the commander of Hayat Tahrir al-Sham, on Monday. "
            "Jalil, whose group controls most of Idlib, had travelled there for talks."
        )
    )
    assert ("hts", "controls", "Idlib") in got
    assert ("new:ibrahim-jalil", "controls", "Idlib") not in got
    # a person whose group the text does not name controls nothing
    got = triples(
        relations_of("Ahmad Wali, whose group controls most of Idlib, spoke to reporters.")
    )
    assert not [t for t in got if t[1] == "controls"]


def test_a_force_operating_from_places_in_territory_another_holds() -> None:
    got = triples(
        relations_of(
            "The Wagner Group continues to operate from the Tessalit airbase and from Kidal, "
            "both in CMA-held territory, according to the report."
        )
    )
    assert ("wagner_group", "operates_in", "Kidal") in got
    assert ("cma", "controls", "Kidal") in got
    assert ("wagner_group", "controls", "Kidal") not in got


def test_a_held_place_named_with_its_holder() -> None:
    got = triples(relations_of("The army shelled Rapid Support Forces-held Nyala in South Darfur."))
    assert ("rsf", "controls", "Nyala") in got


def test_the_known_base_and_a_stronghold_by_a_stance() -> None:
    got = triples(
        relations_of(
            "El Fasher, the known base of the Sudanese Armed Forces in Darfur, came under fire."
        )
    )
    assert ("saf", "based_in", "El Fasher") in got
    rels = relations_of("Omdurman is considered a stronghold of the Sudanese Armed Forces.")
    assert _rel(rels, "saf", "based_in", "Omdurman").certainty == "hedged"
    rels = relations_of("Omdurman is a stronghold of the Sudanese Armed Forces.")
    assert _rel(rels, "saf", "based_in", "Omdurman").certainty == "asserted"


def test_fighters_seen_moving_through_a_region_operate_there() -> None:
    rels = relations_of(
        "Rapid Support Forces fighters have been seen moving through North Kordofan, according "
        "to residents."
    )
    assert _rel(rels, "rsf", "operates_in", "North Kordofan").certainty == "reported"


# -- support, alliance, rivalry ------------------------------------------------------------


def test_backers_named_after_the_clause_support_its_subject_with_no_bare_duration() -> None:
    rels = relations_of(
        "The Sudan Liberation Movement besieged El Fasher for months in 2024, backed by the "
        "Rapid Support Forces and Chadian volunteers, before withdrawing."
    )
    rel = _rel(rels, "rsf", "supports", "sudan_liberation_movement")
    assert rel.period != "months"


def test_patronage_believed_is_hedged_support() -> None:
    rels = relations_of(
        "The Janjaweed militia is widely believed to enjoy the patronage of the Sudanese Armed "
        "Forces."
    )
    assert _rel(rels, "saf", "supports", "janjaweed").certainty == "hedged"


def test_a_tactical_alliance_against_a_third_group() -> None:
    rels = relations_of(
        'Analysts say the Houthis, led by Abdul-Malik al-Houthi, "the Sayyid," have formed a '
        "tactical alliance with al-Shabaab against the Islamic State."
    )
    got = triples(rels)
    assert ("houthis", "allied_with", "al_shabaab") in got
    assert ("houthis", "hostile_to", "isis") in got
    assert ("al_shabaab", "hostile_to", "isis") in got
    assert _rel(rels, "houthis", "allied_with", "al_shabaab").certainty == "reported"


def test_hostility_in_appositions_disputes_and_rival_factions() -> None:
    got = triples(
        relations_of(
            "The Tigers Front, a coalition of local militias hostile to the Rapid Support "
            "Forces, blocked the road."
        )
    )
    assert ("new:tigers-front", "hostile_to", "rsf") in got
    rels = relations_of(
        "The valley has been disputed for months between al-Shabaab and the Islamic State."
    )
    assert _rel(rels, "al_shabaab", "hostile_to", "isis").period is None
    got = triples(
        relations_of("The Houthis' rival faction, the Southern Transitional Council, holds Aden.")
    )
    assert ("houthis", "hostile_to", "stc") in got


def test_fighting_that_broke_out_and_positions_overrun() -> None:
    got = triples(
        relations_of(
            "Heavy fighting broke out on Monday between the Rapid Support Forces and the "
            "Sudanese Armed Forces around the airport."
        )
    )
    assert ("rsf", "hostile_to", "saf") in got
    rels = relations_of(
        "Within hours, Rapid Support Forces units overran Sudanese Armed Forces positions in "
        "Omdurman."
    )
    assert _rel(rels, "rsf", "hostile_to", "saf").period is None


def test_the_parties_of_a_table_row_and_a_timeline_entry() -> None:
    got = triples(
        relations_of("| 3 June | Omdurman | Rapid Support Forces vs Sudanese Armed Forces | 4 |")
    )
    assert ("rsf", "hostile_to", "saf") in got
    got = triples(
        relations_of(
            "- 4 June — Rapid Support Forces vs Sudanese Armed Forces clashes in Omdurman; "
            "flights suspended."
        )
    )
    assert ("rsf", "hostile_to", "saf") in got


# -- bases, holdings and coalitions named in passing -----------------------------------------


def test_a_capital_that_serves_as_a_groups_headquarters_is_its_base() -> None:
    got = triples(
        relations_of(
            "The army accused the paramilitaries of shelling El Geneina, the West Darfur capital "
            "that serves as the Rapid Support Forces' de facto headquarters."
        )
    )
    assert ("rsf", "based_in", "El Geneina") in got


def test_its_fighters_overran_a_camp_and_a_clause_after_capturing_a_town() -> None:
    got = triples(
        relations_of(
            "The Rapid Support Forces shelled Abu Shouk camp in North Darfur. In early May its "
            "fighters overran the nearby Abu Shouk camp."
        )
    )
    assert ("rsf", "controls", "Abu Shouk") in got
    got = triples(
        relations_of(
            "- The Arakan Army now controls most of the coast after capturing Ann in Rakhine."
        )
    )
    assert ("arakan_army", "controls", "Ann") in got


def test_allies_in_a_so_called_coalition_and_a_coalition_including_a_member() -> None:
    got = triples(
        relations_of(
            "The Sudanese Armed Forces and their allies in the so-called Joint Forces held the "
            "city."
        )
    )
    assert ("saf", "allied_with", "new:joint-forces") in got
    got = triples(
        relations_of(
            "The Joint Forces, a coalition of former rebel groups including the Sudan Liberation "
            "Movement, held the city."
        )
    )
    assert ("sudan_liberation_movement", "member_of", "new:joint-forces") in got


def test_a_base_moved_to_a_city() -> None:
    got = triples(
        relations_of(
            "The Sudanese Armed Forces have moved their administrative base to Port Sudan."
        )
    )
    assert ("saf", "based_in", "Port Sudan") in got


def test_an_expert_on_a_group_is_no_member_of_it() -> None:
    got = triples(
        relations_of(
            "Sara Klein, a Hezbollah expert at the Institute, said the group was weakened."
        )
    )
    assert ("new:sara-klein", "member_of", "hezbollah") not in got


def test_a_faction_loyal_to_a_man_named_with_his_quoted_nickname() -> None:
    got = triples(
        relations_of(
            'Aguililla is a stronghold of the Jalisco New Generation Cartel, or "CJNG," the '
            'faction loyal to Nemesio "El Mencho" Oseguera and now commanded in the field by his '
            "son Rubén Oseguera González."
        )
    )
    assert ("el_mencho", "leader_of", "cjng") in got
    assert ("new:ruben-oseguera-gonzalez", "leader_of", "cjng") in got


def test_a_camp_used_by_a_force_is_its_base_but_a_port_used_to_import_is_not() -> None:
    got = triples(
        relations_of(
            "The drone hit the Wadi Sayyidna camp in Omdurman, which is used by the Sudanese "
            "Armed Forces."
        )
    )
    assert ("saf", "based_in", "Wadi Sayyidna camp") in got
    got = triples(
        relations_of(
            "The drone hit the port of Port Sudan, which is used by the Sudanese Armed Forces to "
            "import fuel."
        )
    )
    assert not [t for t in got if t[1] == "based_in"]
