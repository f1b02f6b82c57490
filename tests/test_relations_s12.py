"""Relations as analysts state them (dossier.extract.relations), round s12: leaders named in
appositions and relative clauses ("Y, whose best-known leader is X", "the Y gang of X",
"was named Y chief of staff", "its deputy chairman and de facto commander, X"); members of
coalitions and umbrellas ("A and B make up Y", "Y brings together A, led by Z, and its rival
B", "an umbrella label for attacks by A and B", "its fighters serve in ... of Y", "X, which
operates under Y", "its security official, who uses the nom de guerre X", "Chad reduced its
participation in Y", "the Kenyan-led Y mission"); support ("A and B, all of which are backed
by X", "Y, authorised by Z and funded largely by X"); control with its period ("P, which X
has controlled since 2024", "controls 9 of P's 12 districts"); rivalry ("its long-time
rival", "remains Y's main rival", "contested between"); splits with an alias and a year;
basing of the gang, not of the man it is named after; and an ability judged unlikely that
states no control.

Short reports written for these tests, run through the real pipeline (``annotate_text`` of
``test_relations.py``); each construction has a negative beside it where one is useful.
"""

from __future__ import annotations

from test_relations import relations_of, triples
from test_relations_round2 import _rel

# -- leadership --------------------------------------------------------------------------------


def test_a_leader_named_in_a_whose_clause() -> None:
    got = triples(
        relations_of(
            "The Kokang army, whose best-known leader is Peng Daxun, took the border town."
        )
    )
    assert ("new:peng-daxun", "leader_of", "mndaa") in got
    got = triples(
        relations_of(
            'The Grand Ravine gang, whose leader Renel Destina is better known as "Ti Lapli", '
            "attacked a police station."
        )
    )
    assert ("new:renel-destina", "leader_of", "new:grand-ravine") in got


def test_a_gang_named_with_its_leaders_name_is_led_by_him_and_based_where_it_is() -> None:
    got = triples(
        relations_of(
            "The Gran Grif gang of Luckson Elan, which is based in Savien, burned houses on the "
            "national road."
        )
    )
    assert ("new:luckson-elan", "leader_of", "new:gran-grif") in got
    assert ("new:gran-grif", "based_in", "Savien") in got
    assert ("new:luckson-elan", "based_in", "Savien") not in got


def test_a_body_named_with_its_kind_led_by_a_former_officer_alias() -> None:
    got = triples(
        relations_of(
            "The G9 an Fanmi e Alye federation, led by former police officer Jean Baptiste, "
            'alias "Bab", and its long-time rival the Gran Grif gang blocked the road.'
        )
    )
    assert ("new:jean-baptiste", "leader_of", "g9_haiti") in got
    assert ("g9_haiti", "hostile_to", "new:gran-grif") in got


def test_named_chief_of_staff_of_a_body_leads_it() -> None:
    rels = relations_of(
        "Hassan Karim, a veteran YPG commander, was named SDF chief of staff in February 2020."
    )
    assert _rel(rels, "new:hassan-karim", "leader_of", "sdf").period == "in February 2020"
    assert ("new:hassan-karim", "leader_of", "ypg") not in triples(rels)


def test_a_deputy_chairman_and_de_facto_commander_leads_the_group() -> None:
    got = triples(
        relations_of(
            "The Popular Mobilization Forces lost their leader in 2020. A US drone strike killed "
            "its deputy chairman and de facto commander, Ali Hassan, in Baghdad."
        )
    )
    assert ("new:ali-hassan", "leader_of", "pmf") in got


def test_a_commander_replaced_by_another_both_lead_the_body() -> None:
    got = triples(
        relations_of(
            "In early May 2023, Omar Saleh was replaced as commander of the Quds Force by Karim "
            "Nasser."
        )
    )
    assert ("new:omar-saleh", "leader_of", "quds_force") in got
    assert ("new:karim-nasser", "leader_of", "quds_force") in got
    got = triples(
        relations_of("Omar Saleh was replaced as a commander in the Quds Force by Karim Nasser.")
    )
    assert ("new:karim-nasser", "leader_of", "quds_force") not in got


# -- membership --------------------------------------------------------------------------------


def test_groups_that_make_up_an_alliance_are_its_members() -> None:
    got = triples(
        relations_of(
            "The TNLA, the MNDAA and the Arakan Army make up the Three Brotherhood Alliance."
        )
    )
    for member in ("tnla", "mndaa", "arakan_army"):
        assert (member, "member_of", "three_brotherhood_alliance") in got


def test_an_alliance_that_brings_together_groups_named_with_asides() -> None:
    got = triples(
        relations_of(
            'Viv Ansanm, a name meaning "living together", brings together the Grand Ravine '
            'gang, led by former soldier Renel Destina, alias "Ti Lapli", and its long-time '
            "rival the Gran Grif gang."
        )
    )
    assert ("new:grand-ravine", "member_of", "viv_ansanm") in got
    assert ("new:gran-grif", "member_of", "viv_ansanm") in got
    assert ("new:grand-ravine", "hostile_to", "new:gran-grif") in got
    # the alliance is no rival of its own member
    assert ("viv_ansanm", "hostile_to", "new:gran-grif") not in got


def test_an_umbrella_label_has_the_groups_it_names_as_members() -> None:
    rels = relations_of(
        "The Islamic Resistance in Iraq emerged in 2023 as an umbrella label for attacks by "
        "Kata'ib Hezbollah, Harakat al-Nujaba and smaller groups, all of which are backed by "
        "Iran's Quds Force."
    )
    got = triples(rels)
    assert ("kataib_hezbollah", "member_of", "islamic_resistance_in_iraq") in got
    assert ("harakat_al_nujaba", "member_of", "islamic_resistance_in_iraq") in got
    assert ("quds_force", "supports", "kataib_hezbollah") in got
    assert ("quds_force", "supports", "harakat_al_nujaba") in got


def test_fighters_that_serve_in_units_of_a_body_make_their_group_its_member() -> None:
    got = triples(
        relations_of(
            "Kata'ib Hezbollah is the most powerful faction. Its fighters serve in the 40th and "
            "41st Brigades of the Popular Mobilization Forces."
        )
    )
    assert ("kataib_hezbollah", "member_of", "pmf") in got


def test_a_group_that_operates_under_a_government_is_its_member() -> None:
    got = triples(
        relations_of(
            "The People's Defence Force, which operates under the National Unity Government's "
            "Ministry of Defence, attacked a police post."
        )
    )
    assert ("myanmar_pdf", "member_of", "myanmar_nug") in got


def test_an_official_known_by_a_nom_de_guerre_is_a_member() -> None:
    got = triples(
        relations_of(
            "Kata'ib Hezbollah's security official, who uses the nom de guerre Abu Ali "
            "al-Askari, posted a statement."
        )
    )
    assert ("new:abu-ali-al-askari", "member_of", "kataib_hezbollah") in got


def test_a_state_taking_part_in_or_leading_a_mission_is_its_member() -> None:
    got = triples(
        relations_of("Chad reduced its participation in the Multinational Joint Task Force.")
    )
    assert ("state:TD", "member_of", "mnjtf") in got
    got = triples(
        relations_of(
            "Kenya sent 400 police officers last year. The Kenyan-led Multinational Security "
            "Support (MSS) mission deployed to Port-au-Prince in 2024."
        )
    )
    assert ("state:KE", "member_of", "new:mss") in got


# -- support -----------------------------------------------------------------------------------


def test_a_funder_named_in_the_second_participle_of_an_apposition() -> None:
    rels = relations_of(
        "The Multinational Security Support (MSS) mission, approved by the UN Security Council "
        "in 2023 and funded mainly by the United States, said its police had arrived."
    )
    backing = _rel(rels, "us_government", "supports", "new:multinational-security-support")
    assert backing.period is None  # 2023 is when the mission was approved
    assert ("unsc", "supports", "new:multinational-security-support") not in triples(rels)


# -- control -----------------------------------------------------------------------------------


def test_a_place_the_group_has_controlled_since_a_date() -> None:
    rels = relations_of(
        "Clashes erupted near Lashio, which the MNDAA has controlled since August 2024, on Monday."
    )
    assert _rel(rels, "mndaa", "controls", "Lashio").period == "since August 2024"
    rels = relations_of("The MNDAA agreed to withdraw from Lashio, which it had seized in 2024.")
    assert _rel(rels, "mndaa", "controls", "Lashio").period == "in 2024"
    # a relative clause on a reference place names the area, not the place
    got = triples(
        relations_of(
            "Kata'ib Hezbollah plans new sites in the area south of Baghdad, which the group has "
            "controlled since 2014."
        )
    )
    assert ("kataib_hezbollah", "controls", "Baghdad") not in got


def test_control_of_most_districts_of_a_region() -> None:
    got = triples(
        relations_of(
            "The Arakan Army, the armed wing of the United League of Arakan, now controls 14 of "
            "Rakhine's 17 townships."
        )
    )
    assert ("arakan_army", "controls", "Rakhine") in got


def test_an_ability_judged_unlikely_is_no_control() -> None:
    rels = relations_of(
        "Al-Shabaab almost certainly retains a residual presence in Jubaland, but we judge it "
        "highly unlikely to be able to seize and hold territory in Mogadishu in 2025."
    )
    got = triples(rels)
    assert ("al_shabaab", "controls", "Mogadishu") not in got
    assert _rel(rels, "al_shabaab", "operates_in", "Jubaland").certainty == "hedged"


# -- rivalry and splits ------------------------------------------------------------------------


def test_its_long_time_rival_and_a_main_rival() -> None:
    got = triples(
        relations_of(
            "The TNLA clashed with the Tatmadaw near Mogok; the MNDAA, its long-time rival, "
            "stayed out."
        )
    )
    assert ("tnla", "hostile_to", "mndaa") in got
    rels = relations_of(
        'The Boko Haram faction on the lake islands, led by Bakura Doro (aka "Bakura"), '
        "remains ISWAP's main rival."
    )
    got = triples(rels)
    assert ("boko_haram", "hostile_to", "iswap") in got
    assert ("new:bakura-doro", "leader_of", "boko_haram") in got


def test_a_place_contested_between_two_forces() -> None:
    rels = relations_of("Kyaukme has been contested between the TNLA and the Tatmadaw since June.")
    assert _rel(rels, "tnla", "hostile_to", "tatmadaw").period == "since June"


def test_a_split_from_a_group_named_with_its_alias_and_year() -> None:
    rels = relations_of(
        'The Islamic State West Africa Province (ISWAP, also called "Dawla") split from Boko '
        "Haram, commonly known as JAS, in 2016."
    )
    assert _rel(rels, "iswap", "split_from", "boko_haram").period == "in 2016"
