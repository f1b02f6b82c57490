"""Relations as analysts state them (dossier.extract.relations), round s6: a war named as a
noun ("Its war with Y ... since ..."), support and havens reported by monitors, fronts and
linked groups, periods that end ("from August 2020 to August 2021"), founders named in a
"when" clause, denials with an adverbial, accusations, state alignment, a group's offices,
and control of part of a country.

Short reports written for these tests, run through the real pipeline (``annotate_text`` of
``test_relations.py``); each construction has a negative beside it.
"""

from __future__ import annotations

from test_relations import relations_of, triples
from test_relations_round2 import _rel

from dossier.records import Relation


def _places(rels: list[Relation], subject: str, predicate: str) -> set[str]:
    return {
        r.object_place.text
        for r in rels
        if r.subject == subject and r.predicate == predicate and r.object_place is not None
    }


# -- hostility named as a noun -----------------------------------------------------------------


def test_a_war_with_a_group_is_hostility_dated_by_its_since_phrase() -> None:
    rels = relations_of(
        "The Islamic State West Africa Province (ISWAP) holds islands on Lake Chad. Its war "
        "with Boko Haram, its former parent, has killed hundreds of fighters since the two "
        "factions split in 2016."
    )
    war = _rel(rels, "iswap", "hostile_to", "boko_haram")
    assert war.period is not None and war.period.startswith("since")
    assert "2016" in war.period
    got = triples(relations_of("The Islamic State's war with al-Qaeda has continued since 2014."))
    assert ("isis", "hostile_to", "al_qaeda") in got


def test_a_campaign_with_a_group_is_no_hostility() -> None:
    rels = relations_of(
        "Al-Shabaab launched attacks in Mogadishu. Its campaign with the Hizbul Islam militia "
        "ended in 2010."
    )
    assert not [r for r in rels if r.predicate == "hostile_to"]
    rels = relations_of(
        "Al-Shabaab launched attacks in Mogadishu. Its fight against the Somali government has "
        "lasted since 2007."
    )
    assert _rel(rels, "al_shabaab", "hostile_to", "somalia_government").period == "since 2007"


def test_strikes_on_a_groups_targets_and_an_intervention_against_it_are_hostility() -> None:
    got = triples(
        relations_of("U.S. and British warplanes struck 12 Houthi targets in Hodeidah province.")
    )
    assert ("us_armed_forces", "hostile_to", "houthis") in got
    assert ("british_armed_forces", "hostile_to", "houthis") in got
    rels = relations_of("U.S. and British warplanes struck a bridge near Hodeidah.")
    assert not [r for r in rels if r.predicate == "hostile_to"]
    rels = relations_of(
        "The Houthis seized Sanaa in 2014. A Saudi-led coalition intervened against them in "
        "March 2015."
    )
    assert _rel(rels, "saudi_led_coalition", "hostile_to", "houthis").period == "in March 2015"


# -- support and havens reported by monitors -----------------------------------------------------


def test_guidance_given_and_a_haven_allowed_are_support_and_the_camps_are_the_guests() -> None:
    rels = relations_of(
        "The UN Monitoring Team reported in 2024 that al-Qaeda provides guidance and funding "
        "to Jaish-e-Mohammed, and that the Afghan Taliban allow the group to run training "
        "camps in Kunar and Nuristan."
    )
    assert _rel(rels, "al_qaeda", "supports", "jaish_e_mohammed").certainty == "reported"
    assert _rel(rels, "taliban", "supports", "jaish_e_mohammed").certainty == "reported"
    assert _places(rels, "jaish_e_mohammed", "based_in") == {"Kunar", "Nuristan"}
    # the group allowed to run the camps is not the one that allows it
    assert not _places(rels, "taliban", "based_in") | _places(rels, "taliban", "operates_in")
    # letting fighters withdraw is no haven
    rels = relations_of(
        "Hamas fighters attacked a checkpoint. The army said it had allowed the group to withdraw."
    )
    assert not [r for r in rels if r.predicate == "supports"]


# -- fronts and linked groups -------------------------------------------------------------------


def test_a_group_viewed_as_a_front_is_a_hedged_affiliate_and_a_linked_group_an_affiliate() -> None:
    rels = relations_of(
        "On 12 May 2024, The Resistance Front (TRF), widely viewed as a Lashkar-e-Taiba front, "
        "claimed the attack. Kataib Sayyid al-Shuhada, a small militia linked to Kataib "
        "Hezbollah, denied involvement."
    )
    front = _rel(rels, "the_resistance_front", "affiliate_of", "lashkar_e_taiba")
    assert front.certainty == "hedged"
    assert front.period is None  # the date is the claim's, not the aside's
    linked = _rel(rels, "kataib_sayyid_al_shuhada", "affiliate_of", "kataib_hezbollah")
    assert linked.certainty == "asserted"
    # a group that fought another is no front of it
    rels = relations_of(
        "Kataib Sayyid al-Shuhada, a small militia that fought Kataib Hezbollah, denied "
        "involvement."
    )
    assert not [r for r in rels if r.predicate == "affiliate_of"]


# -- periods ------------------------------------------------------------------------------------


def test_a_leader_since_a_date_and_a_control_that_ended() -> None:
    rels = relations_of(
        "The TTP was formed in December 2007 in South Waziristan. Its current emir, Noor Wali "
        "Mehsud, has led the group since June 2018."
    )
    assert _rel(rels, "noor_wali_mehsud", "leader_of", "ttp").period == "since June 2018"
    rels = relations_of(
        "The raid was the largest ISM operation since the group briefly occupied Mocímboa da "
        "Praia from August 2020 to August 2021, when Rwandan troops retook the town."
    )
    held = _rel(rels, "is_mozambique", "controls", "Mocímboa da Praia")
    assert held.period == "from August 2020 to August 2021"


def test_most_of_a_countrys_north_is_not_the_country() -> None:
    rels = relations_of(
        "The Houthis seized Sanaa in 2014 and have controlled most of Yemen's north since 2015."
    )
    assert _places(rels, "houthis", "controls") == {"Sanaa"}
    # a country that qualifies a region is no place of the relation
    rels = relations_of(
        "The Islamic State Sahel Province (ISSP) has become the dominant armed group in Mali's "
        "Ménaka region and in Niger's Tillabéri region."
    )
    assert _places(rels, "is_sahel", "operates_in") == {"Ménaka", "Tillabéri"}


# -- founders and leaders -----------------------------------------------------------------------


def test_a_founding_when_a_leader_split_and_pledged() -> None:
    rels = relations_of(
        "ISWAP was founded in March 2016, when Abu Musab al-Barnawi split from Boko Haram and "
        "pledged allegiance to Abu Bakr al-Baghdadi, the leader of the Islamic State."
    )
    got = triples(rels)
    assert ("abu_musab_al_barnawi", "leader_of", "iswap") in got
    assert ("iswap", "split_from", "boko_haram") in got
    # a pledge to a group's leader is a pledge to the group
    assert ("iswap", "affiliate_of", "isis") in got
    assert not [r for r in rels if r.object_actor == "abu_bakr_al_baghdadi"]


def test_a_group_formed_under_a_person_and_a_founder_named_by_kin() -> None:
    got = triples(
        relations_of(
            "Boko Haram was formed in 2002 in Maiduguri as a preaching movement under Mohammed "
            "Yusuf, who was killed in police custody in 2009."
        )
    )
    assert ("new:mohammed-yusuf", "leader_of", "boko_haram") in got
    rels = relations_of(
        "The Houthis fired missiles at a tanker. The group is led by Abdul-Malik al-Houthi, "
        "whose brother Hussein founded the movement in the 1990s."
    )
    assert _rel(rels, "new:hussein", "leader_of", "houthis").period == "in the 1990s"
    # a body the kinsman founded is not the movement
    rels = relations_of(
        "Hezbollah fired rockets at Israel. The group is led by Hassan Nasrallah, whose cousin "
        "Hashem Safieddine founded the movement's executive council in the 1990s."
    )
    assert not [r for r in rels if r.subject == "new:hashem-safieddine"]


def test_a_leader_believed_to_lead_is_hedged() -> None:
    rels = relations_of(
        "Al-Shabaab fighters attacked a base. The group is now thought to be led by Ahmed Diriye."
    )
    assert _rel(rels, "ahmed_diriye", "leader_of", "al_shabaab").certainty == "hedged"


# -- denials, accusations and alignment ----------------------------------------------------------


def test_a_denial_with_a_day_an_accusation_and_a_state_alignment() -> None:
    rels = relations_of(
        "Lebanon's Iran-aligned Hezbollah fired rockets at Israel on Monday. Iran's foreign "
        "minister Abbas Araghchi denied on Tuesday that Tehran supplies Hezbollah with drones. "
        "Israel has repeatedly accused Iran's Quds Force of arming the group."
    )
    assert _rel(rels, "iran_government", "supports", "hezbollah").certainty == "negated"
    assert not [
        r
        for r in rels
        if r.predicate == "supports"
        and r.certainty in ("asserted", "reported")
        and r.subject == "iran_government"
    ]
    assert _rel(rels, "quds_force", "supports", "hezbollah").certainty == "reported"
    assert _rel(rels, "iran_government", "allied_with", "hezbollah").certainty == "asserted"


# -- a group's offices ----------------------------------------------------------------------------


def test_an_office_that_funds_a_group_and_the_group_that_reports_to_it() -> None:
    rels = relations_of(
        "ISM attacked a village. The group reports to the Islamic State's al-Karrar office, "
        "based in Puntland, which channels funds to it."
    )
    got = triples(rels)
    assert ("is_mozambique", "affiliate_of", "new:al-karrar") in got
    assert ("new:al-karrar", "supports", "is_mozambique") in got
    assert ("isis", "supports", "is_mozambique") not in got
    assert _places(rels, "new:al-karrar", "based_in") == {"Puntland"}
    rels = relations_of(
        "ISGS fighters ambushed a convoy. The group receives funding and guidance from the "
        "Islamic State's al-Furqan office in Somalia, the experts said."
    )
    assert _rel(rels, "new:al-furqan", "supports", "is_sahel").certainty == "reported"
    assert _places(rels, "new:al-furqan", "based_in") == {"Somalia"}


def test_a_government_based_in_a_city_and_a_report_to_a_council_is_no_affiliation() -> None:
    rels = relations_of(
        "Yemen's internationally recognised government, based in Aden, condemned the attack."
    )
    assert _places(rels, "yemen_government", "based_in") == {"Aden"}
    rels = relations_of("The UN Monitoring Team reported to the Security Council in July.")
    assert not [r for r in rels if r.predicate == "affiliate_of"]
