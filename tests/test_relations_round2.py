"""Relations as analysts state them (dossier.extract.relations), round 2: states behind
proxies ("an Iran-backed militia", "Iran's oldest proxy"), support received in lists, denials,
alliances stated as membership of an axis, armed wings in apposition, rebrands, leaders with
their periods and successors, deployments, control of "much of" a place, and hedged forms.

Short reports written for these tests, run through the real pipeline (``annotate_text`` of
``test_relations.py``); each construction has a negative beside it.
"""

from __future__ import annotations

from test_relations import relations_of, triples

from dossier.records import Relation


def _rel(rels: list[Relation], subject: str, predicate: str, obj: str) -> Relation:
    return next(
        r
        for r in rels
        if r.subject == subject
        and r.predicate == predicate
        and (r.object_actor or (r.object_place.text if r.object_place else None)) == obj
    )


def _pairs(rels: list[Relation], predicate: str) -> set[frozenset[str]]:
    return {frozenset((r.subject, r.object_actor or "")) for r in rels if r.predicate == predicate}


# -- support: states behind proxies, lists of aid, denials -----------------------------------


def test_a_state_named_as_backer_or_patron() -> None:
    rels = relations_of(
        "Iran has denied arming militias abroad. Harakat al-Nujaba, an Iran-backed militia, "
        "claimed the drone attack on Erbil. Hezbollah, Iran's oldest proxy, did not comment."
    )
    got = triples(rels)
    assert ("iran_government", "supports", "harakat_al_nujaba") in got
    assert ("iran_government", "supports", "hezbollah") in got
    assert _rel(rels, "iran_government", "supports", "hezbollah").certainty == "asserted"


def test_a_country_not_named_as_an_actor_backs_nobody_and_a_proxy_war_is_no_proxy() -> None:
    # Iran never acts in this report: no state actor to hang the relation on
    rels = relations_of("Analysts say Iran's proxy war against Saudi Arabia goes on in Yemen.")
    assert not [r for r in rels if r.predicate == "supports"]
    rels = relations_of("Hezbollah's rival faction, Amal, stayed out of the fighting.")
    assert not [r for r in rels if r.predicate == "affiliate_of"]


def test_support_received_as_a_list_or_supplied_with() -> None:
    got = triples(
        relations_of(
            "The Houthis receive drones, cruise missiles and technical training from the "
            "Islamic Revolutionary Guard Corps."
        )
    )
    assert ("irgc", "supports", "houthis") in got
    rels = relations_of(
        "The Houthis fired two missiles at a tanker on Monday. The Quds Force probably "
        "supplies the group with guidance kits."
    )
    assert _rel(rels, "quds_force", "supports", "houthis").certainty == "hedged"


def test_denied_support_and_ties_are_negated() -> None:
    for text in (
        "Iran denies arming the Houthis.",
        "Iran has denied supplying weapons to the Houthis.",
        "Iran denies that it arms the Houthis.",
    ):
        rels = [r for r in relations_of(text) if r.predicate == "supports"]
        assert [(r.subject, r.object_actor, r.certainty) for r in rels] == [
            ("iran_government", "houthis", "negated")
        ], text
    rels = relations_of("The Taliban denied having any ties with al-Qaeda.")
    assert _rel(rels, "taliban", "allied_with", "al_qaeda").certainty == "negated"
    # a denial of something else says nothing of a tie
    assert not relations_of("Al-Shabaab denied links to the bombing.")


# -- alliance ----------------------------------------------------------------------------------


def test_alliance_as_membership_of_an_axis_alongside_others() -> None:
    rels = relations_of(
        "The Houthis are part of the so-called Axis of Resistance, alongside Hezbollah and "
        "Harakat al-Nujaba."
    )
    assert _pairs(rels, "allied_with") == {
        frozenset(("houthis", "hezbollah")),
        frozenset(("houthis", "harakat_al_nujaba")),
    }


def test_hedged_and_reported_alliances() -> None:
    rels = relations_of("ISWAP is believed to be allied with Ansaru in Kaduna.")
    assert _rel(rels, "iswap", "allied_with", "ansaru").certainty == "hedged"
    assert not [r for r in rels if r.predicate == "affiliate_of"]  # allied is no branch
    rels = relations_of("Ansaru is reportedly cooperating with ISWAP.")
    assert _rel(rels, "ansaru", "allied_with", "iswap").certainty == "reported"


def test_fought_alongside_after_an_apposition() -> None:
    rels = relations_of(
        "Harakat al-Nujaba, a militia formed in 2013, has fought alongside Kataib Hezbollah "
        "and Asaib Ahl al-Haq near Aleppo."
    )
    assert _pairs(rels, "allied_with") == {
        frozenset(("harakat_al_nujaba", "kataib_hezbollah")),
        frozenset(("harakat_al_nujaba", "asaib_ahl_al_haq")),
    }


# -- branches, rebrands, splits ------------------------------------------------------------------


def test_armed_wing_named_in_apposition_or_whose_clause() -> None:
    got = triples(
        relations_of("Hamas's military wing, the Izz ad-Din al-Qassam Brigades, fired rockets.")
    )
    assert ("qassam_brigades", "affiliate_of", "hamas") in got
    got = triples(
        relations_of(
            "Palestinian Islamic Jihad, whose armed wing is the al-Quds Brigades, claimed the "
            "ambush."
        )
    )
    assert ("al_quds_brigades", "affiliate_of", "pij") in got


def test_rebrand_and_former_name() -> None:
    rels = relations_of("The Wagner Group, since rebranded as Africa Corps, still fights in Mali.")
    rebrand = _rel(rels, "wagner_group", "merged_into", "africa_corps")
    assert rebrand.period is None  # "since" alone gives no time
    got = triples(
        relations_of("Hayat Tahrir al-Sham, which started out as Jabhat al-Nusra, rules Idlib.")
    )
    assert ("jabhat_al_nusra", "merged_into", "hts") in got
    # a former ally is no former name
    rels = relations_of("ISWAP, once an ally of Boko Haram, now fights it.")
    assert not [r for r in rels if r.predicate == "merged_into"]


def test_broke_with_and_cut_ties() -> None:
    rels = relations_of("Jamaat-ul-Ahrar cut ties with the TTP in 2014.")
    assert _rel(rels, "jamaat_ul_ahrar", "split_from", "ttp").period == "in 2014"
    got = triples(relations_of("Hurras al-Din accused HTS of having broken with al-Qaeda."))
    assert ("hts", "split_from", "al_qaeda") not in got  # HTS is no subject of "broken"


# -- hostility ---------------------------------------------------------------------------------


def test_hostility_stated_of_a_pair() -> None:
    rels = relations_of("ISWAP and Boko Haram have remained hostile to each other since 2016.")
    assert _pairs(rels, "hostile_to") == {frozenset(("iswap", "boko_haram"))}
    rels = relations_of(
        "JNIM and the Islamic State Sahel Province have clashed repeatedly around Menaka."
    )
    assert _pairs(rels, "hostile_to") == {frozenset(("jnim", "is_sahel"))}
    rels = relations_of("ISWAP is not hostile to Ansaru.")
    assert _rel(rels, "iswap", "hostile_to", "ansaru").certainty == "negated"


def test_clashing_with_a_third_party_is_no_rivalry_of_the_pair() -> None:
    rels = relations_of("ISWAP and Boko Haram clashed with the Nigerian Army near Bama.")
    assert frozenset(("iswap", "boko_haram")) not in _pairs(rels, "hostile_to")


# -- leadership --------------------------------------------------------------------------------


def test_leader_with_the_period_of_a_relative_clause_or_a_death() -> None:
    rels = relations_of("Hassan Nasrallah, who had led Hezbollah since 1992, was killed in 2024.")
    assert _rel(rels, "hassan_nasrallah", "leader_of", "hezbollah").period == "since 1992"
    rels = relations_of("Boko Haram was led by Abubakar Shekau until his death in May 2021.")
    assert _rel(rels, "abubakar_shekau", "leader_of", "boko_haram").period == (
        "until his death in May 2021"
    )
    rels = relations_of(
        "The Qassam Brigades were commanded by Mohammed Deif until he was killed in July 2024."
    )
    assert _rel(rels, "mohammed_deif", "leader_of", "qassam_brigades").period == (
        "until he was killed in July 2024"
    )


def test_successor_leads_what_the_predecessor_led() -> None:
    rels = relations_of(
        "Abu Bakr al-Baghdadi, the leader of the Islamic State, died in a US raid in 2019. "
        "His successor, Abu Ibrahim al-Hashimi, was killed in 2022."
    )
    leaders = {r.subject for r in rels if r.predicate == "leader_of" and r.object_actor == "isis"}
    assert "abu_bakr_al_baghdadi" in leaders
    assert len(leaders) == 2  # the successor, under whatever key the name resolves to
    rels = relations_of(
        "Mokhtar Belmokhtar founded al-Mourabitoun in 2013. He was later replaced by Adnan "
        "Abu Walid al-Sahrawi."
    )
    assert ("adnan_abu_walid_al_sahrawi", "leader_of", "al_mourabitoun") in triples(rels)


def test_successor_of_someone_who_led_nothing_leads_nothing() -> None:
    rels = relations_of(
        "Abu Obeida, a member of the Qassam Brigades, was killed in Gaza. His successor, "
        "Hudhayfa Kahlout, has not spoken publicly."
    )
    assert not [r for r in rels if r.predicate == "leader_of"]


def test_the_commander_the_emir_and_a_post_under_the_leader() -> None:
    rels = relations_of("Qasem Soleimani, the commander of the Quds Force, was killed in 2020.")
    got = triples(rels)
    assert ("qasem_soleimani", "leader_of", "quds_force") in got
    assert ("qasem_soleimani", "member_of", "quds_force") not in got  # the leader, not a member
    got = triples(relations_of("Ahmed Diriye, also known as Abu Ubaidah, is al-Shabaab's emir."))
    assert ("ahmed_diriye", "leader_of", "al_shabaab") in got
    got = triples(
        relations_of(
            "Al-Shabaab claimed the attack. Ali Dhere, who heads the group's media office, "
            "said the hotel had been targeted."
        )
    )
    assert ("new:ali-dhere", "member_of", "al_shabaab") in got
    assert ("new:ali-dhere", "leader_of", "al_shabaab") not in got


def test_leading_a_part_of_a_group_is_no_leadership_of_the_group() -> None:
    got = triples(
        relations_of("Ismail Haniyeh, who led Hamas's political bureau, was killed in Tehran.")
    )
    assert ("ismail_haniyeh", "leader_of", "hamas") not in got
    assert ("ismail_haniyeh", "member_of", "hamas") in got
    # "the ISIL General Directorate of Provinces" is no mention of ISIL itself
    got = triples(relations_of("Abdulqadir Mumin heads the ISIL General Directorate of Provinces."))
    assert ("abdulqadir_mumin", "leader_of", "isis") not in got


def test_led_by_a_name_after_a_title() -> None:
    rels = relations_of("Katiba Macina is led by the preacher Amadou Koufa.")
    assert ("amadou_koufa", "leader_of", "katiba_macina") in triples(rels)
    rels = relations_of("The attack was led by fighters loyal to Amadou Koufa.")
    assert not [r for r in rels if r.predicate == "leader_of"]


# -- places: deployments, control, recruitment ---------------------------------------------------


def test_deployments_are_areas_of_operation() -> None:
    rels = relations_of("Hezbollah sent fighters to Syria in 2013.")
    assert _rel(rels, "hezbollah", "operates_in", "Syria").period == "in 2013"
    got = triples(
        relations_of("Islamic State Sahel Province fighters have been deployed to Menaka.")
    )
    assert ("is_sahel", "operates_in", "Menaka") in got
    # a police station is no deployment of the police
    rels = relations_of("Gunmen attacked three police stations in Mocímboa da Praia.")
    assert not [r for r in rels if r.predicate == "operates_in"]


def test_pronoun_opening_a_coordinated_clause_is_the_clause_subject() -> None:
    rels = relations_of(
        "Hezbollah receives weapons from Iran, and its fighters have been deployed to Syria."
    )
    operating = {r.subject for r in rels if r.predicate == "operates_in"}
    assert operating == {"hezbollah"}


def test_control_of_much_of_a_place() -> None:
    got = triples(relations_of("Al-Shabaab controls much of the countryside of southern Somalia."))
    assert ("al_shabaab", "controls", "Somalia") in got
    got = triples(relations_of("Al-Shabaab is led by Ahmed Diriye and controls Jilib."))
    assert ("al_shabaab", "controls", "Jilib") in got
    assert ("ahmed_diriye", "leader_of", "al_shabaab") in got
    got = triples(
        relations_of(
            "ISWAP fighters moved into the Marte area, where the group now holds several villages."
        )
    )
    assert ("iswap", "controls", "Marte") in got
    # the army, not JNIM, is said to control the region
    rels = relations_of("JNIM attacked the Malian army, which controls much of Mopti.")
    assert not [r for r in rels if r.subject == "jnim" and r.predicate == "controls"]


def test_recruitment_hedged_by_a_stance_verb() -> None:
    rels = relations_of(
        "Ansaroul Islam operates in northern Burkina Faso. The group is thought to draw most "
        "of its recruits from Soum province."
    )
    rec = [r for r in rels if r.predicate == "recruits_in"]
    assert [(r.subject, r.certainty) for r in rec] == [("ansaroul_islam", "hedged")]
