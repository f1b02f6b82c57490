"""Relations of briefs and wire copy (dossier.extract.relations), round s13b: a clash said to
be only possible is no hostility; a former role states no current membership ("founded by
former Z commander X", "X, a former Z fighter"); "launched an offensive against Y"; "X, a
unit of ... that belongs to Y"; "X remains president of Y"; a force "deployed in P" or a state
that "has deployed troops to P" operates there; "X heads its armed wing, Y" leads Y, not the
group "its" stands for.

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from test_relations import relations_of, triples


def test_a_clash_said_to_be_unlikely_is_no_hostility() -> None:
    got = triples(
        relations_of(
            "A clash between the Sudanese army and the Rapid Support Forces remains unlikely "
            "before the rains, diplomats said."
        )
    )
    assert not [t for t in got if t[1] == "hostile_to"]
    got = triples(
        relations_of(
            "Fighting between the Sudanese army and the Rapid Support Forces killed 30 people."
        )
    )
    assert ("saf", "hostile_to", "rsf") in got


def test_a_founder_named_with_a_former_role_leads_the_new_group_only() -> None:
    got = triples(
        relations_of(
            "Police raided a camp of the Gulf Clan, the criminal group founded in 2006 by "
            "former FARC commander Daniel Rendón Herrera."
        )
    )
    assert ("new:daniel-rendon-herrera", "leader_of", "clan_del_golfo") in got
    assert not [t for t in got if t[2] == "farc"]


def test_a_former_fighter_is_no_member() -> None:
    got = triples(
        relations_of("Militants shot dead Idris Bako, a former ISWAP fighter, in Maiduguri.")
    )
    assert ("new:idris-bako", "member_of", "iswap") not in got


def test_launched_an_offensive_against_is_hostility() -> None:
    got = triples(
        relations_of(
            "In March the Houthis launched an offensive against the Southern Transitional "
            "Council near Aden."
        )
    )
    assert ("houthis", "hostile_to", "stc") in got


def test_a_unit_described_in_apposition_belongs_to_the_group() -> None:
    got = triples(
        relations_of(
            "The Kashfa Brigade, a unit of former rebels that belongs to the Sudan Liberation "
            "Movement, withdrew from the town."
        )
    )
    assert ("new:kashfa-brigade", "member_of", "sudan_liberation_movement") in got


def test_president_of_a_group_leads_it() -> None:
    got = triples(
        relations_of(
            "Mahamat Mahdi Ali remains president of the Front for Change and Concord in Chad "
            "(FACT)."
        )
    )
    assert ("new:mahamat-mahdi-ali", "leader_of", "new:front-for-change") in got


def test_deployed_forces_operate_in_the_place() -> None:
    got = triples(
        relations_of(
            "Chadian troops, deployed in Lac province under a regional agreement, repelled "
            "the attack."
        )
    )
    assert ("forces:TD", "operates_in", "Lac") in got
    got = triples(relations_of("Kenya has deployed 400 police to Port-au-Prince since June 2024."))
    assert ("state:KE", "operates_in", "Port-au-Prince") in got
    got = triples(relations_of("Kenya could send 400 police to Port-au-Prince next year."))
    assert not [t for t in got if t[1] == "operates_in"]


def test_the_head_of_its_armed_wing_leads_the_wing() -> None:
    got = triples(
        relations_of(
            "Hamas rejected the proposal on Monday; Mohammed Sinwar heads its armed wing, the "
            "Qassam Brigades."
        )
    )
    assert ("new:mohammed-sinwar", "leader_of", "qassam_brigades") in got
    assert ("new:mohammed-sinwar", "leader_of", "hamas") not in got


def test_an_alleged_or_documented_collaboration_is_an_alliance() -> None:
    rels = relations_of(
        "Addis Ababa accuses Khartoum of fighting alongside the Tigray People's Liberation "
        "Front, a charge Sudan rejects."
    )
    assert ("state:SD", "allied_with", "tplf", "reported") in {
        (r.subject, r.predicate, r.object_actor, r.certainty) for r in rels
    }
    got = triples(
        relations_of("A UN panel documented Wagner Group cooperation with the Sudanese army.")
    )
    assert ("wagner_group", "allied_with", "saf") in got
    got = triples(
        relations_of("Officials denied any Wagner Group cooperation with the Sudanese army.")
    )
    assert not [t for t in got if t[1] == "allied_with"]


def test_a_unit_named_with_the_guerrillas_possessive_is_its_member() -> None:
    text = (
        "Troops clashed with the National Liberation Army (ELN) near the border on Friday. "
        "Officials later blamed the guerrilla's Frente Occidental de Guerra for the ambush."
    )
    assert ("new:frente-occidental-de-guerra", "member_of", "eln") in triples(relations_of(text))
