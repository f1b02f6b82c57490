"""Relations as briefs and wire copy state them (dossier.extract.relations), round s14:
a coalition "that includes" its members; a mission's "mandate in P", "X fighters in P",
"fought for control of P" and "a splinter of Y in P" (operates_in); a dashed apposition
"— the faction that broke away from Y —"; posts a group gives ("named X as governor", "the
governor appointed by Y, X"); a group's news agency; a defeat ("before being defeated by
Y"); a force "deployed under an agreement with Y"; "P, now under X control"; the date a
place was seized as the start of its control; a "former" role; a hostility that is only
possible ("could clash with"); support "with support from Y", "armed and financed by Y";
"allied with Y" in apposition; "M23 president X", "X, the group's military chief", "rebel
leader X of Y"; "X, alias Z, one of the group's commanders".

Short texts written for these tests, run through the real pipeline (``annotate_text`` of
``test_relations.py``).
"""

from __future__ import annotations

from test_relations import relations_of, triples
from test_relations_round2 import _rel

# -- coalitions, members and posts ---------------------------------------------------------


def test_a_coalition_that_includes_a_group_has_it_as_member() -> None:
    got = triples(
        relations_of(
            "The Patriotic Coalition for Change (PCC), the armed coalition that includes the "
            "Azawad Liberation Movement (ALM), held talks in Algiers."
        )
    )
    assert (
        "new:azawad-liberation-movement",
        "member_of",
        "new:patriotic-coalition-for-change",
    ) in got


def test_a_group_naming_a_governor_makes_him_its_member() -> None:
    got = triples(
        relations_of(
            'On 4 March the RSF named Abdelrahim Musa as "governor" of North Darfur. The '
            "governor appointed by the army, Major General Idris Kamal, fled."
        )
    )
    assert ("new:abdelrahim-musa", "member_of", "rsf") in got
    assert ("new:idris-kamal", "member_of", "saf") in got


def test_a_groups_news_agency_belongs_to_it() -> None:
    got = triples(
        relations_of("The Islamic State claimed the killings through its Amaq news agency.")
    )
    assert ("amaq", "member_of", "isis") in got


def test_one_of_the_groups_commanders_is_its_member() -> None:
    got = triples(
        relations_of(
            'Ansaru claimed the raid, and the army named Abubakar Sadiq Bello, alias "Kaura", '
            "one of the group's most feared commanders."
        )
    )
    assert ("new:abubakar-sadiq-bello", "member_of", "ansaru") in got


# -- leaders ---------------------------------------------------------------------------------


def test_a_groups_president_or_chief_named_before_or_after_leads_it() -> None:
    got = triples(
        relations_of(
            "M23 president Bertrand Bisimwa spoke. Sultani Makenga, the group's military "
            "chief, was absent."
        )
    )
    assert ("new:bertrand-bisimwa", "leader_of", "m23") in got
    assert ("sultani_makenga", "leader_of", "m23") in got
    got = triples(relations_of("Rebel leader Kakule Sikuli of the CODECO militia was killed."))
    assert ("new:kakule-sikuli", "leader_of", "codeco") in got


def test_a_former_role_carries_a_past_period() -> None:
    rels = relations_of("Idris Kamal, a former head of the Sudanese Armed Forces, met envoys.")
    assert _rel(rels, "new:idris-kamal", "leader_of", "saf").period == "former"


# -- places ----------------------------------------------------------------------------------


def test_a_missions_mandate_and_a_groups_fighters_in_a_place() -> None:
    got = triples(
        relations_of("MINUSMA, whose mandate in Mali ended in 2023, withdrew its troops.")
    )
    assert ("minusma", "operates_in", "Mali") in got
    got = triples(relations_of("JNIM fighters in Ménaka attacked a convoy."))
    assert ("jnim", "operates_in", "Ménaka") in got


def test_fighting_for_control_of_a_place_and_a_splinter_in_a_place() -> None:
    got = triples(
        relations_of(
            "The Katiba Serma, which has fought for control of the Gourma forest since 2019, "
            "ambushed soldiers."
        )
    )
    assert ("new:katiba-serma", "operates_in", "Gourma") in got
    got = triples(
        relations_of(
            "The government is negotiating with the Ansaroul Islam, a splinter of JNIM in Soum "
            "province."
        )
    )
    assert ("ansaroul_islam", "operates_in", "Soum province") in got
    assert ("ansaroul_islam", "split_from", "jnim") in got


def test_a_place_now_under_a_groups_control() -> None:
    got = triples(relations_of("The market town of Boni, now under JNIM control, was calm."))
    assert ("jnim", "controls", "Boni") in got


def test_the_date_a_place_was_seized_opens_its_control() -> None:
    rels = relations_of("JNIM fighters seized Boni on 3 March, after the army withdrew.")
    assert _rel(rels, "jnim", "controls", "Boni").period == "since 3 March"


# -- splits, hostility, alliances, support ----------------------------------------------------


def test_a_dashed_apposition_states_a_split() -> None:
    rels = relations_of(
        "The 9th Battalion, a unit of Ambazonian fighters that belongs to the Ambazonia Defence "
        "Forces (ADF) — the faction that broke away from the Southern Cameroons Defence Forces "
        "(SOCADEF) in 2018 — denied the attack."
    )
    assert (
        _rel(
            rels, "ambazonia_defence_forces", "split_from", "new:southern-cameroons-defence-forces"
        ).period
        == "in 2018"
    )


def test_a_defeat_at_the_hands_of_forces_is_hostility() -> None:
    got = triples(
        relations_of(
            "Al-Shabaab took Kismayo in 2008 before being defeated by the Somali National Army "
            "and the African Union's Amisom force in 2012."
        )
    )
    assert ("al_shabaab", "hostile_to", "somali_national_army") in got
    assert ("al_shabaab", "hostile_to", "au") not in got


def test_a_possible_clash_is_no_hostility() -> None:
    got = triples(
        relations_of(
            "Diplomats warned that Sudanese Armed Forces units could clash with Chadian troops "
            "along the border. Officials said the RSF might fight alongside the Wagner Group."
        )
    )
    assert not any(p in ("hostile_to", "allied_with") for _, p, _ in got)


def test_a_force_deployed_under_an_agreement_is_allied() -> None:
    got = triples(
        relations_of(
            "Chadian troops, deployed in Lac province under a defence agreement with Niamey, "
            "are estimated at 1,000."
        )
    )
    assert ("forces:TD", "allied_with", "state:NE") in got


def test_support_in_an_aside_and_coordinated_participles() -> None:
    got = triples(
        relations_of(
            "The RSF, with support from the United Arab Emirates, advanced. Al-Shabaab is armed "
            "and financed by Eritrea. The Janjaweed militias, allied with the RSF, burned "
            "villages."
        )
    )
    assert ("state:AE", "supports", "rsf") in got
    assert ("state:ER", "supports", "al_shabaab") in got
    assert ("janjaweed", "allied_with", "rsf") in got


def test_joining_a_person_in_launching_a_group_makes_him_its_leader() -> None:
    rels = relations_of(
        "In March 2022 its commanders joined Ousmane Keita, a former head of the electoral "
        "commission, in launching the Liptako Liberation Front (LLF)."
    )
    assert (
        _rel(rels, "new:ousmane-keita", "leader_of", "new:liptako-liberation-front").period is None
    )
    assert (
        _rel(rels, "new:ousmane-keita", "leader_of", "new:electoral-commission").period == "former"
    )


def test_fighting_for_a_part_of_a_place_is_operating_there() -> None:
    got = triples(
        relations_of(
            "The Katiba Serma, which has fought for control of the Gourma's gold-mining hills "
            "since 2019, ambushed soldiers."
        )
    )
    assert ("new:katiba-serma", "operates_in", "Gourma") in got


def test_a_spokesperson_named_with_a_military_title_is_a_member() -> None:
    got = triples(
        relations_of(
            "Uganda's military spokesperson, Brigadier General Felix Kulayigye, said in a "
            "statement that two soldiers had been wounded."
        )
    )
    assert ("new:felix-kulayigye", "member_of", "state:UG") in got


def test_allied_militias_a_coalition_of_groups_and_fighting_alongside_in_apposition() -> None:
    got = triples(
        relations_of(
            "The Nigerian army and allied militias such as the Civilian Joint Task Force pushed "
            "into Sambisa."
        )
    )
    assert ("nigerian_army", "allied_with", "cjtf") in got
    got = triples(
        relations_of(
            "A coalition of the Arakan Army, the Ta'ang National Liberation Army and the MNDAA "
            "launched Operation 1027."
        )
    )
    assert {("arakan_army", "allied_with", "tnla"), ("arakan_army", "allied_with", "mndaa")} <= got
    got = triples(
        relations_of("Mai-Mai fighters, fighting alongside the Congolese army, retook Walikale.")
    )
    assert ("mai_mai", "allied_with", "fardc") in got
