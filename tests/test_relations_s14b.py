"""Relations as briefs and wire copy state them (dossier.extract.relations), round s14b:
the second verb of a relative clause ("X, which split from Z in 2015 and is fighting Y in
P": hostile_to and operates_in, without the split's date); campaigns carried on in a place
("will continue its attacks in P", "stepped up raids across P"); a group's men or remnants
in a place; a strength counted in a place; "a rebel group active around P"; an aside
between dashes before the verb; "fought alongside Z against Y"; leaders described as such
("whom the authorities describe as the emir of Y") or "X, alias Z, who leads Y"; campaigns
against an actor ("conducting operations against Y", "operations by X against Y").

Short texts written for these tests, run through the real pipeline (``annotate_text`` of
``test_relations.py``).
"""

from __future__ import annotations

from test_relations import relations_of, triples
from test_relations_round2 import _rel

# -- the second verb of a relative clause --------------------------------------------------


def test_second_verb_of_a_relative_clause_states_hostility_and_area() -> None:
    rels = relations_of(
        "The Ansar al-Khalifa Brigade, which broke away from the Free Syrian Army in 2015 "
        "and is battling the Syrian army in Idlib, has grown."
    )
    got = triples(rels)
    x = "new:ansar-al-khalifa-brigade"
    assert (x, "operates_in", "Idlib") in got
    assert any(s == x and p == "hostile_to" for s, p, _ in got)
    assert _rel(rels, x, "operates_in", "Idlib").period is None


def test_relative_clause_with_an_acronym_and_a_named_enemy() -> None:
    got = triples(
        relations_of(
            "Fighting displaced thousands. The Mouvement pour la Libération du Sahel (MLS), "
            "which was formed by deserters and is now fighting al-Shabaab in Hiraan, "
            "recruits widely."
        )
    )
    x = "new:mouvement-pour-la-liberation-du-sahel"
    assert (x, "hostile_to", "al_shabaab") in got
    assert (x, "operates_in", "Hiraan") in got


# -- campaigns, men and strength in a place ------------------------------------------------


def test_continuing_or_stepping_up_attacks_in_a_place_is_operating_there() -> None:
    got = triples(relations_of("Al-Shabaab will almost certainly continue its attacks in Hiraan."))
    assert ("al_shabaab", "operates_in", "Hiraan") in got
    got = triples(relations_of("The Allied Democratic Forces stepped up raids across Ituri."))
    assert ("adf", "operates_in", "Ituri") in got


def test_remnants_or_guerrillas_in_a_place_and_strength_counted_there() -> None:
    got = triples(relations_of("Ansaru remnants in Kaduna have regrouped."))
    assert ("ansaru", "operates_in", "Kaduna") in got
    got = triples(relations_of("Boko Haram is believed to have about 2,000 fighters in Borno."))
    assert ("boko_haram", "operates_in", "Borno") in got


def test_a_group_active_in_a_direction_of_a_country_after_its_acronym() -> None:
    got = triples(
        relations_of(
            "Not to be confused with the Lord's Resistance Army (LRA), the Ugandan group "
            "active in northern Uganda."
        )
    )
    assert ("lra", "operates_in", "Uganda") in got
    got = triples(
        relations_of(
            "Not to be confused with the Allied Democratic Forces (ADF), the IS-linked "
            "Ugandan group active in eastern DR Congo."
        )
    )
    assert ("adf", "operates_in", "DR Congo") in got
    got = triples(
        relations_of("Katiba Macina, an al-Qaeda-linked group active around Mopti, grew.")
    )
    assert ("katiba_macina", "operates_in", "Mopti") in got


# -- dashes and common enemies --------------------------------------------------------------


def test_an_aside_between_dashes_and_a_common_enemy() -> None:
    got = triples(
        relations_of(
            "The Popular Front – a loose coalition of exiles – fought alongside the Sudanese "
            "army against the Rapid Support Forces in 2023."
        )
    )
    assert ("new:popular-front", "allied_with", "saf") in got
    assert ("new:popular-front", "hostile_to", "rsf") in got


def test_fighting_with_an_ally_against_an_enemy() -> None:
    got = triples(
        relations_of("Ansaru fighters fought with Boko Haram against the Nigerian army in 2014.")
    )
    assert ("ansaru", "hostile_to", "nigerian_army") in got


# -- leaders described or introduced with an alias ------------------------------------------


def test_a_leader_described_as_emir_or_commander() -> None:
    got = triples(
        relations_of(
            'Police arrested Abdullahi Musa, alias "Abu Saad" or "the Doctor", whom the '
            "authorities describe as the emir of Ansaru."
        )
    )
    assert ("new:abdullahi-musa", "leader_of", "ansaru") in got
    got = triples(
        relations_of(
            "Troops killed Abdirahman Farah, who was described by the Malian army as the "
            "commander of Katiba Macina."
        )
    )
    assert ("new:abdirahman-farah", "leader_of", "katiba_macina") in got


def test_a_leader_with_an_alias_who_leads_or_heads_a_group() -> None:
    got = triples(
        relations_of('Commander Bashir Omar, alias "Abu Talha", who leads Ansaru, was wounded.')
    )
    assert ("new:bashir-omar", "leader_of", "ansaru") in got
    got = triples(
        relations_of("Halima Yusuf, also known as Mama Boko, who now heads Boko Haram, fled.")
    )
    assert ("new:halima-yusuf", "leader_of", "boko_haram") in got


# -- campaigns against an actor ---------------------------------------------------------------


def test_operations_conducted_against_a_group_or_by_a_force_against_it() -> None:
    got = triples(
        relations_of(
            "The Nigerian military has been conducting operations against Boko Haram since 2015."
        )
    )
    assert ("nigerian_army", "hostile_to", "boko_haram") in got
    got = triples(
        relations_of("Renewed operations by the Nigerian army against Ansaru displaced people.")
    )
    assert ("nigerian_army", "hostile_to", "ansaru") in got
