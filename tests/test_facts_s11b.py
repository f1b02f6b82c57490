"""Relations as analysts state them (dossier.extract.relations), round s11b: an arrest's
speaker is no unit of the group arrested, leaders named after a long relative clause, with a
predecessor, after "its leader" or in a coordinated "by", belief-hedged leadership, hostility
stated as a copula, a rival faced or a fight between two qualified names, "the X-linked
group", members a group includes, a break with a former parent under an older name, a
stance on what a group is, an alliance's founders, and alliances from "alongside", "joint"
operations and funding pledges.

Short reports written for these tests, run through the real pipeline (``annotate_text`` of
``test_relations.py``).
"""

from __future__ import annotations

from test_relations import relations_of, triples
from test_relations_round2 import _rel

# -- a speaker is no unit ----------------------------------------------------------------------


def test_the_agency_reporting_an_arrest_is_no_unit_of_the_group_arrested() -> None:
    rels = relations_of(
        "Police on Friday detained 6 suspected Boko Haram members in Maiduguri, including a "
        "woman accused of supplying the group's logistics cells, the Department of State "
        "Services (DSS) said."
    )
    assert not [r for r in rels if r.object_actor == "boko_haram"]
    got = triples(
        relations_of("Hamas's armed wing, the Qassam Brigades, said it fired rockets at Ashkelon.")
    )
    assert ("qassam_brigades", "affiliate_of", "hamas") in got


# -- leadership --------------------------------------------------------------------------------


def test_led_by_after_a_long_relative_clause_with_the_predecessor() -> None:
    rels = relations_of(
        "Boko Haram fighters raided a village near Bama. The movement, which has about 3,000 "
        "fighters according to analysts, is led by Bakura Doro, also known as Abu Umaimata, "
        "who took over after the death of Abubakar Shekau in 2021."
    )
    got = triples(rels)
    assert ("new:bakura-doro", "leader_of", "boko_haram") in got
    assert ("abubakar_shekau", "leader_of", "boko_haram") in got


def test_its_leader_without_a_comma() -> None:
    got = triples(
        relations_of(
            "Hezbollah said it would respond to the strike, and its leader Hassan Nasrallah "
            "repeated the warning on Friday."
        )
    )
    assert ("hassan_nasrallah", "leader_of", "hezbollah") in got


def test_each_agent_of_a_coordinated_led_by_leads_the_group() -> None:
    got = triples(
        relations_of(
            "ISWAP, the Islamic State affiliate led in the Lake Chad basin by Abu Musab "
            "al-Barnawi and, in Borno, by commanders such as Ba Idrisa, remains the strongest "
            "group."
        )
    )
    assert ("abu_musab_al_barnawi", "leader_of", "iswap") in got
    assert ("new:ba-idrisa", "leader_of", "iswap") in got
    assert ("iswap", "affiliate_of", "isis") in got


def test_now_leads_the_groups_operations_under_a_belief_is_not_asserted() -> None:
    rels = relations_of(
        "Boko Haram lost many fighters in 2023. Its commander was killed in May, though "
        "officials believe a Cameroonian, Ali Ngulde, now leads the group's operations."
    )
    # (a belief attributed to its holders: reported, as "the army believes ..." is)
    assert _rel(rels, "new:ali-ngulde", "leader_of", "boko_haram").certainty != "asserted"


# -- hostility ---------------------------------------------------------------------------------


def test_hostile_to_coordinated_after_an_area_with_a_parenthesised_name() -> None:
    rels = relations_of(
        "The Islamic State West Africa Province (ISWAP, formerly part of Boko Haram) is active "
        "mainly in Borno and Yobe states and is hostile to Boko Haram."
    )
    got = triples(rels)
    assert ("iswap", "hostile_to", "boko_haram") in got
    assert ("iswap", "operates_in", "Borno") in got


def test_hostile_to_both_of_a_relative_clause() -> None:
    got = triples(
        relations_of(
            "The TTP, which is hostile to both the Pakistani army and ISKP, claimed a bombing "
            "in Peshawar."
        )
    )
    assert ("ttp", "hostile_to", "pakistan_army") in got
    assert ("ttp", "hostile_to", "iskp") in got


def test_a_rival_faced_where_another_group_is_based() -> None:
    got = triples(
        relations_of(
            "ISWAP also faces a rival in the Sambisa forest of Borno, where Boko Haram is based."
        )
    )
    assert ("iswap", "hostile_to", "boko_haram") in got


def test_fighting_between_two_qualified_names() -> None:
    got = triples(
        relations_of(
            "Fighting between the Russian-backed Africa Corps (AC) and the Tuareg-led Azawad "
            "Liberation Front near Tinzaouaten killed dozens."
        )
    )
    assert ("africa_corps", "hostile_to", "fla") in got


# -- affiliation and membership ----------------------------------------------------------------


def test_the_linked_group_is_the_group_spoken_of() -> None:
    got = triples(
        relations_of(
            "ADF fighters attacked a village near Beni. The ISIS-linked group later claimed "
            "the attack."
        )
    )
    assert ("adf", "affiliate_of", "isis") in got
    # an indefinite one is another group
    got = triples(
        relations_of("ADF fighters attacked a village near Beni. An ISIS-linked group also struck.")
    )
    assert ("adf", "affiliate_of", "isis") not in got


def test_a_break_with_a_parent_under_an_older_name() -> None:
    rels = relations_of(
        "Jabhat Fateh al-Sham, which cut ties with al-Qaeda in 2016, controlled Idlib. Hay'at "
        "Tahrir al-Sham, which later broke with al-Qaeda when it was still known as Jabhat "
        "Fateh al-Sham, took Aleppo."
    )
    got = triples(rels)
    assert _rel(rels, "jabhat_al_nusra", "split_from", "al_qaeda").period == "in 2016"
    assert ("hts", "split_from", "al_qaeda") in got
    assert ("jabhat_al_nusra", "merged_into", "hts") in got


def test_a_stance_on_what_a_group_is_is_reported() -> None:
    rels = relations_of("Ethiopia views the OLA as the armed wing of the Oromo Liberation Front.")
    olf = "new:oromo-liberation-front"
    assert _rel(rels, "ola", "affiliate_of", olf).certainty == "reported"
    assert _rel(rels, "ola", "branch_of", olf).certainty == "reported"


def test_the_founders_of_an_alliance_are_its_members() -> None:
    got = triples(
        relations_of(
            "Hamas, Palestinian Islamic Jihad and the PFLP formed the Joint Operations Room in 2018."
        )
    )
    room = "new:joint-operations-room"
    assert {("hamas", "member_of", room), ("pij", "member_of", room)} <= got


# -- alliance and support ----------------------------------------------------------------------


def test_alongside_in_a_relative_clause_and_joint_operations() -> None:
    got = triples(
        relations_of(
            "Wazalendo militiamen, who fight alongside the Congolese army, retook the town. "
            "Officials said joint Kenyan and Somali operations killed 20 militants."
        )
    )
    assert ("wazalendo", "allied_with", "fardc") in got
    assert ("forces:KE", "allied_with", "somali_national_army") in got


def test_a_pledge_to_fund_a_deployment_is_support() -> None:
    got = triples(
        relations_of(
            "The European Union pledged on Monday to fund part of the Rwanda Defence Force "
            "deployment."
        )
    )
    assert ("eu", "supports", "rwanda_defence_force") in got


def test_a_denial_the_sentence_contradicts_is_an_allegation() -> None:
    rels = relations_of(
        "Hezbollah fighters fired rockets. Tehran denies arming the group, but Israeli officials "
        "say they have traced the rockets to Iran."
    )
    assert _rel(rels, "iran_government", "supports", "hezbollah").certainty == "reported"
    rels = relations_of(
        "Hezbollah fighters fired rockets. Tehran denies arming the group, but it has praised "
        "its attacks."
    )
    assert _rel(rels, "iran_government", "supports", "hezbollah").certainty == "negated"


def test_a_government_aligned_force_is_an_ally_of_its_countrys_government() -> None:
    got = triples(
        relations_of(
            "Houthi drones struck a Yemeni government position in Taiz. Clashes between Houthi "
            "fighters and government-aligned Giants Brigades in Harib killed 12."
        )
    )
    assert ("houthis", "hostile_to", "yemen_government") in got
    assert ("new:giants-brigades", "allied_with", "yemen_government") in got
    assert ("houthis", "hostile_to", "new:giants-brigades") in got
    # "the government X" is no alignment
    got = triples(relations_of("The Yemeni government Defence Ministry said 4 soldiers died."))
    assert not [t for t in got if t[1] == "allied_with"]


def test_an_attack_named_as_a_noun_is_hostility() -> None:
    got = triples(
        relations_of(
            "An al-Shabaab mortar attack on AMISOM positions in Baidoa wounded 3. ISWAP claimed "
            "a deadly ambush on Nigerian army troops near Damboa."
        )
    )
    assert ("al_shabaab", "hostile_to", "amisom") in got
    assert ("iswap", "hostile_to", "nigerian_army") in got
    # a venue attacked is no enemy
    got = triples(relations_of("The ISIS attack on the Crocus City Hall killed 145 people."))
    assert not [t for t in got if t[1] == "hostile_to"]


def test_a_place_taken_from_a_group_makes_it_an_enemy() -> None:
    got = triples(
        relations_of("Al-Shabaab fighters recaptured Mahas from the Somali National Army in May.")
    )
    assert ("al_shabaab", "hostile_to", "somali_national_army") in got


def test_the_provinces_operations_are_the_named_provinces() -> None:
    rels = relations_of(
        "The Islamic State West Africa Province (ISWAP) raided Damboa. Its fighters were "
        "repelled, and the Islamic State has not named a new governor, though analysts believe "
        "a Nigerian, Ali Ngulde, now leads the province's operations."
    )
    got = triples(rels)
    assert ("new:ali-ngulde", "leader_of", "iswap") in got
    assert ("new:ali-ngulde", "leader_of", "isis") not in got
