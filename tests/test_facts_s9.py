"""Relations, claims and quantities on the open defects of the unseen reports of round s8:
"its leader" after a fronted phrase, commanders of a named force, members of alliances and
fronts, control in relative clauses and appositions, denials followed by an accusation, a
figure told twice, and the subject of a figure in a relative clause.

Short texts written for these tests, run through the real pipeline; each construction has a
negative or a contrast beside it.
"""

from __future__ import annotations

from test_claims import claims_of
from test_quantities import quantities_of
from test_relations import relations_of, triples

# -- "its leader" is the topic of the sentence before ---------------------------------------------


def test_its_leader_is_the_subject_after_a_fronted_phrase() -> None:
    text = (
        "Together with Ansar Dine, the Macina Liberation Front attacked a post in Mopti. "
        "Its leader, Hamadoun Kouffa, was later reported killed."
    )
    got = triples(relations_of(text))
    assert ("amadou_koufa", "leader_of", "katiba_macina") in got
    assert ("amadou_koufa", "leader_of", "ansar_dine") not in got
    # without a fronted phrase the first group named stays the topic
    text = (
        "The Macina Liberation Front attacked a post in Mopti together with Ansar Dine. "
        "Its leader, Hamadoun Kouffa, was later reported killed."
    )
    assert ("amadou_koufa", "leader_of", "katiba_macina") in triples(relations_of(text))


def test_its_commander_leads_the_group() -> None:
    text = (
        "Backed by the Allied Democratic Forces, the CODECO militia raided a camp near Djugu. "
        "Its commander, Ngudjolo Bahati, denied the raid."
    )
    got = {(s, p, o) for s, p, o in triples(relations_of(text)) if s == "new:ngudjolo-bahati"}
    assert got == {("new:ngudjolo-bahati", "leader_of", "codeco")}


# -- commanders of a named force ------------------------------------------------------------------


def test_the_commander_of_a_named_force_leads_it() -> None:
    rels = relations_of(
        "Quds Force commander Esmail Qaani met militia leaders in Baghdad in March. Weeks "
        "later, Quds Force commander Esmail Qaani flew to Damascus."
    )
    qaani = [(r.predicate, r.object_actor) for r in rels if r.subject == "new:esmail-qaani"]
    assert qaani == [("leader_of", "quds_force")]


def test_a_senior_commander_of_a_group_is_a_member() -> None:
    text = (
        "A drone strike killed Abu Yasir al-Kubaysi, a senior Kataib Hezbollah commander "
        "whom the Pentagon held responsible for the Erbil attack."
    )
    got = {(p, o) for s, p, o in triples(relations_of(text)) if s == "new:abu-yasir-al-kubaysi"}
    assert got == {("member_of", "kataib_hezbollah")}


# -- members of alliances and fronts --------------------------------------------------------------


def test_part_of_an_alliance_is_membership() -> None:
    got = triples(relations_of("The Kachin Independence Army is part of the Northern Alliance."))
    assert ("kia", "member_of", "northern_alliance") in got
    assert ("kia", "affiliate_of", "northern_alliance") not in got
    # part of a group (no alliance) stays an affiliation
    got = triples(relations_of("Katiba Macina is part of Jama'at Nusrat al-Islam wal-Muslimin."))
    assert ("katiba_macina", "member_of", "jnim") not in got


def test_a_front_for_several_groups_has_them_as_members() -> None:
    rels = relations_of(
        "Ansar Allah is widely understood to be a front for Kataib Hezbollah and Harakat "
        "Hezbollah al-Nujaba."
    )
    members = {(r.subject, r.object_actor, r.certainty) for r in rels if r.predicate == "member_of"}
    assert members == {
        ("kataib_hezbollah", "houthis", "hedged"),
        ("harakat_al_nujaba", "houthis", "hedged"),
    }


# -- control --------------------------------------------------------------------------------------


def _controls(text: str) -> set[tuple[str, str]]:
    return {
        (r.subject, r.object_place.text)
        for r in relations_of(text)
        if r.predicate == "controls" and r.object_place is not None
    }


def test_who_control_the_capital() -> None:
    assert _controls("The Taliban, who control the capital Kabul, banned the protest.") == {
        ("taliban", "Kabul")
    }


def test_a_town_controlled_by_a_group() -> None:
    text = "Families fled to Tawila, a town controlled by the Rapid Support Forces."
    assert _controls(text) == {("rsf", "Tawila")}
    # a town attacked by a group is not controlled by it
    assert (
        _controls("Families fled to Tawila, a town attacked by the Rapid Support Forces.") == set()
    )


# -- denials --------------------------------------------------------------------------------------


def test_a_denial_and_an_accusation_are_two_claims() -> None:
    claims = claims_of(
        "The Tigray People's Liberation Front denied that any of its fighters had looted the "
        "town and accused federal troops of executing civilians."
    )
    by_text = {c.text: c for c in claims}
    assert "any of its fighters had looted the town" in by_text
    assert "denied" in by_text["any of its fighters had looted the town"].hedges
    accused = by_text["accused federal troops of executing civilians"]
    assert "denied" not in accused.hedges
    assert accused.speaker == "tplf"
    # a denial alone stays one denied claim
    claims = claims_of("Rwanda denies arming the M23 rebels.")
    assert [(c.text, "denied" in c.hedges) for c in claims] == [("arming the M23 rebels", True)]


# -- quantities -----------------------------------------------------------------------------------


def test_a_figure_told_twice_is_one_quantity() -> None:
    text = (
        "Key figures\n\n  * 410,000  people displaced from Kadugli locality since May 2024\n\n"
        "The fighting continued.\n\nAccording to OCHA, approximately\n410,000 people have "
        "been displaced from Kadugli locality since May 2024, and more are fleeing."
    )
    qs = [q for q in quantities_of(text) if q.measure == "displaced"]
    assert len(qs) == 1
    assert qs[0].anchor.start < 40  # the first telling keeps the anchor
    # two different figures stay two
    text = (
        "About 410,000 people were displaced in May. About 520,000 people were displaced in June."
    )
    assert len([q for q in quantities_of(text) if q.measure == "displaced"]) == 2


def test_troops_of_a_mission_in_a_relative_clause() -> None:
    text = (
        "We assess that the transition from the African Union Mission in Somalia (AMISOM) to "
        "the African Union Transition Mission in Somalia (ATMIS), which began in April 2022 "
        "with roughly 19,000 troops, will leave gaps."
    )
    qs = [q for q in quantities_of(text) if q.low == 19000]
    assert [q.subject for q in qs] == ["atmis"]


# -- leaders and members stated in other words ----------------------------------------------------


def test_led_by_a_general() -> None:
    text = "Fighting pitted the Sudanese Armed Forces, led by General Abdel Fattah al-Burhan, against the RSF."
    assert ("abdel_fattah_al_burhan", "leader_of", "saf") in triples(relations_of(text))


def test_a_faction_led_by_a_man_joined_is_no_membership_of_him() -> None:
    text = "In Darfur, a faction led by Minni Minawi joined the army."
    assert not [r for r in relations_of(text) if r.subject == "new:minni-minawi"]


def test_its_chairman_is_a_leader() -> None:
    text = "The Popular Mobilization Forces are a state body. Its chairman is Falih al-Fayyadh."
    assert ("new:falih-al-fayyadh", "leader_of", "pmf") in triples(relations_of(text))


def test_a_leader_believed_to_be_is_hedged() -> None:
    rels = relations_of("The Macina Liberation Front's leader is believed to be Amadou Koufa.")
    assert [
        (r.predicate, r.object_actor, r.certainty) for r in rels if r.subject == "amadou_koufa"
    ] == [("leader_of", "katiba_macina", "hedged")]


# -- claims: speakers, outlets and polarity -------------------------------------------------------


def test_the_jihadist_group_said_via_a_fronted_statement() -> None:
    claims = claims_of(
        "Kurdish-led forces said the Islamic State had attacked a checkpoint near Hasakah. In a "
        "statement published by its Amaq News Agency on Sunday, the jihadist group said one of "
        "its fighters carried out the attack."
    )
    c = next(c for c in claims if c.text.startswith("one of its fighters"))
    assert (c.speaker, c.via) == ("isis", "Amaq")


def test_a_description_of_the_source_is_no_claim() -> None:
    claims = claims_of(
        "More than 900 civilians have been killed by government forces since 2022, according "
        "to the Tigray Human Rights Forum, a monitoring group."
    )
    assert [c.text for c in claims] == [
        "More than 900 civilians have been killed by government forces since 2022"
    ]


def test_did_not_confirm_is_unverified() -> None:
    [c] = claims_of("The Tatmadaw did not confirm the loss of the base.")
    assert "unverified" in c.hedges
    [c] = claims_of("The Tatmadaw confirmed the loss of the base.")
    assert "unverified" not in c.hedges


def test_its_fighters_took_full_control() -> None:
    text = (
        "The Kachin Independence Army said on Sunday that its fighters had taken full control "
        "of Bhamo, a town in Kachin state."
    )
    rels = [r for r in relations_of(text) if r.predicate == "controls"]
    assert [(r.subject, r.object_place.text if r.object_place else None) for r in rels] == [
        ("kia", "Bhamo")
    ]


def test_split_from_a_leader_s_group_is_from_the_group() -> None:
    got = triples(relations_of("The Islamic Army split from Ayman al-Zawahiri's al-Qaeda in 2014."))
    assert ("new:islamic-army", "split_from", "al_qaeda") in got
    assert not [t for t in got if t[1] == "split_from" and t[2] != "al_qaeda"]


def test_the_first_deaths_since_is_one_incident_s_toll() -> None:
    text = (
        "Hours later, a missile fired by the Houthis killed three crew members on a cargo ship "
        "in the Gulf of Aden, the first deaths since the group began attacking shipping in "
        "November."
    )
    # (s16b: one behaviour for every caller, an incident's toll is a quantity too, victims nobody's)
    killed = [q for q in quantities_of(text) if q.measure == "killed"]
    assert [(q.subject, q.low) for q in killed] == [(None, 3)]
    # "since" alone still makes a toll an aggregate
    qs = quantities_of("Militants have killed 300 soldiers in the province since 2020.")
    assert [q.low for q in qs if q.measure == "killed"] == [300.0]


def test_sided_with_is_an_alliance() -> None:
    rels = relations_of(
        "The Justice and Equality Movement sided with the Sudanese Armed Forces in November 2023."
    )
    assert [(r.subject, r.predicate, r.object_actor) for r in rels] == [
        ("justice_and_equality_movement", "allied_with", "saf")
    ]


def test_a_reward_is_no_funding() -> None:
    qs = quantities_of(
        "Officials in Washington have offered a reward of up to $5 million for information on "
        "Jamil Mukulu. The group raises about $2 million a year."
    )
    assert sorted((q.measure, q.high) for q in qs) == [
        ("funding", 2000000.0),
        ("reward", 5000000.0),
    ]
    assert [q.subject for q in qs if q.measure == "reward"] == [None]
