"""Relations, round s15: relations read off the events a report tells
(dossier.extract.relation_events): two named sides of an attack or a clash are hostile to
each other, an armed group's attack in a place puts it there (the district or province the
sentence names, else the town), a state unit's fight is its national force's too; nothing
from denied or expected events, nothing for a state's forces at home, nothing the text
already states. Then relations stated through "the group"/"it".

Short reports written for these tests, run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument, Relation


@lru_cache(maxsize=32)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw)


def triples(doc: Document) -> set[tuple[str, str, str]]:
    out = set()
    for r in doc.relations:
        obj = r.object_actor or (r.object_place.text if r.object_place else "")
        out.add((r.subject, r.predicate, obj))
    return out


def hostile(doc: Document, a: str, b: str) -> list[Relation]:
    return [
        r
        for r in doc.relations
        if r.predicate == "hostile_to" and {r.subject, r.object_actor} == {a, b}
    ]


def areas(doc: Document, actor: str) -> set[str]:
    return {
        r.object_place.text
        for r in doc.relations
        if r.subject == actor and r.predicate == "operates_in" and r.object_place is not None
    }


# -- hostility and areas of operations from events ---------------------------------------


def test_ambush_of_state_troops_states_hostility_and_area() -> None:
    doc = document(
        "Weekly security update, 10 March 2025.\n\n"
        "On 3 March, Ansarul Islam militants ambushed a convoy of the Burkinabe army near "
        "Titao, killing seven soldiers."
    )
    rels = hostile(doc, "ansaroul_islam", "burkina_armed_forces")
    assert len(rels) == 1
    assert rels[0].certainty == "asserted"
    assert "ambushed a convoy" in rels[0].anchor.quote
    assert areas(doc, "ansaroul_islam") == {"Titao"}


def test_suspected_attack_gives_hedged_relations_in_the_named_province() -> None:
    doc = document(
        "Kenya briefing, 12 April 2025.\n\n"
        "On Tuesday, suspected al-Shabaab gunmen raided a police post at Elwak, in Mandera "
        "county, wounding two officers."
    )
    got = [r for r in doc.relations if r.subject == "al_shabaab" and r.predicate == "operates_in"]
    assert got, triples(doc)
    assert {r.object_place.text for r in got if r.object_place} == {"Mandera county"}
    assert all(r.certainty == "hedged" for r in got)
    rels = [
        r
        for r in doc.relations
        if r.predicate == "hostile_to" and "al_shabaab" in {r.subject, r.object_actor}
    ]
    assert rels and all(r.certainty == "hedged" for r in rels)


def test_state_forces_fighting_at_home_operate_nowhere_by_it() -> None:
    doc = document(
        "Security notes, 2 May 2025.\n\n"
        "Nigerian troops clashed with ISWAP fighters outside Monguno on 29 April, the "
        "army said."
    )
    assert hostile(doc, "iswap", "nigerian_army") or hostile(doc, "iswap", "forces:NG"), triples(
        doc
    )
    assert not any(
        r.predicate == "operates_in" and r.subject in {"nigerian_army", "forces:NG"}
        for r in doc.relations
    )


def test_denied_and_expected_attacks_state_no_relation() -> None:
    doc = document(
        "Outlook, 1 June 2025.\n\n"
        "Ansarul Islam did not attack the army in Djibo last week. Analysts expect "
        "Ansarul Islam to strike army positions around Arbinda in the coming weeks."
    )
    assert not any(
        r.predicate in {"hostile_to", "operates_in"}
        and r.subject == "ansaroul_islam"
        and r.certainty == "asserted"
        for r in doc.relations
    ), triples(doc)


def test_hostility_the_text_states_is_not_repeated() -> None:
    doc = document(
        "Somalia update, 4 July 2025.\n\n"
        "Al-Shabaab has been fighting the Somali National Army for years. On 2 July, "
        "al-Shabaab fighters attacked a Somali National Army checkpoint near Balcad."
    )
    rels = [r for r in doc.relations if r.predicate == "hostile_to"]
    pairs = [frozenset((r.subject, r.object_actor)) for r in rels]
    assert len(pairs) == len(set(pairs)), rels


def test_a_units_clash_is_its_national_forces_war() -> None:
    doc = document(
        "Mindanao notes, 20 June 2025.\n\n"
        "On 9 May, soldiers of the 32nd Infantry Battalion clashed with New People's Army "
        "rebels in Talakag, Bukidnon, the Armed Forces of the Philippines said."
    )
    assert hostile(doc, "afp_philippines", "npa"), triples(doc)
    # the police the report also names is not the battalion's force
    doc = document(
        "Samar notes, 21 June 2025.\n\n"
        "The Philippine National Police sealed the roads after troops of the 8th Infantry "
        "Division fought New People's Army guerrillas near Catubig on 4 June. The Armed Forces "
        "of the Philippines said two rebels died."
    )
    assert hostile(doc, "afp_philippines", "npa"), triples(doc)
    assert not hostile(doc, "philippine_national_police", "npa"), triples(doc)


def test_a_town_stormed_and_a_base_overrun_place_the_group_and_its_enemy() -> None:
    doc = document(
        "Sahel notes, 20 June 2025.\n\n"
        "On 16 June, JNIM militants stormed the town of Boulkessi and took control of it "
        "after routing Malian soldiers."
    )
    assert hostile(doc, "jnim", "fama"), triples(doc)


def test_missiles_fired_from_afar_place_no_one() -> None:
    doc = document(
        "Red Sea notes, 20 June 2025.\n\nHouthi forces fired a missile at Eilat on 17 June."
    )
    assert not areas(doc, "houthis"), triples(doc)


# -- generic mentions and descriptions in relation slots -----------------------------------


def test_the_group_is_active_around_a_place() -> None:
    doc = document(
        "Visayas notes, 20 June 2025.\n\n"
        "The New People's Army remains present in Samar. The group is also active around "
        "Catbalogan."
    )
    assert "Catbalogan" in areas(doc, "npa"), triples(doc)


def test_they_have_been_operating_near_a_place() -> None:
    doc = document(
        "Somalia notes, 20 June 2025.\n\n"
        "Al-Shabaab has lost ground this year. It has been mostly operating near Jilib, "
        "officials said."
    )
    assert "Jilib" in areas(doc, "al_shabaab"), triples(doc)


def test_fighting_mainly_around_a_place_is_operating_there() -> None:
    doc = document(
        "Burkina notes, 20 June 2025.\n\n"
        "Ansarul Islam is fighting the army mainly around Djibo, and schools have closed."
    )
    assert "Djibo" in areas(doc, "ansaroul_islam"), triples(doc)


def test_commander_with_a_nom_de_guerre_of_a_groups_sector_is_a_member() -> None:
    doc = document(
        "Sahel notes, 20 June 2025.\n\n"
        'The raid was led by Hamidou Sawadogo, a former herder who goes by the nom de guerre "Abu '
        "Bilal,\" commander of JNIM's Djibo sector."
    )
    assert ("new:hamidou-sawadogo", "member_of", "jnim") in triples(doc)


def test_alias_who_heads_the_groups_wing_is_a_member() -> None:
    doc = document(
        "Burkina notes, 20 June 2025.\n\n"
        "Clashes erupted near Dori between the army and Ansarul Islam units loyal to Boureima "
        'Dicko, alias "Tiger," who heads the group\'s eastern wing.'
    )
    assert ("new:boureima-dicko", "member_of", "ansaroul_islam") in triples(doc)


def test_a_quoted_name_keeps_its_apposition() -> None:
    doc = document(
        "Cameroon notes, 20 July 2025.\n\n"
        'The "Red Dragons", a separatist militia active around Menji, claimed the ambush.'
    )
    assert "Menji" in areas(doc, "new:red-dragons"), triples(doc)


def test_the_militants_and_the_insurgents_stand_for_the_group_named_before() -> None:
    doc = document(
        "Nigeria notes, 20 June 2025.\n\n"
        "ISWAP has expanded its reach this year. The militants are now active around Monguno."
    )
    assert "Monguno" in areas(doc, "iswap"), triples(doc)
    doc = document(
        "Burkina notes, 20 June 2025.\n\n"
        "Ansarul Islam lost several commanders in May. The insurgents have been operating near "
        "Arbinda since then."
    )
    assert "Arbinda" in areas(doc, "ansaroul_islam"), triples(doc)


def test_the_rebels_pledged_allegiance() -> None:
    doc = document(
        "Congo notes, 20 June 2025.\n\n"
        "The ADF has killed hundreds of civilians. The rebels pledged allegiance to the Islamic "
        "State in 2019."
    )
    assert ("adf", "affiliate_of", "isis") in triples(doc)


def test_a_post_in_the_group_named_after_the_name_is_a_membership() -> None:
    doc = document(
        "Mali notes, 20 June 2025.\n\n"
        "JNIM tightened its blockade of the town. Sekou Traore, one of the group's senior "
        "commanders, was seen near the market."
    )
    assert ("new:sekou-traore", "member_of", "jnim") in triples(doc), triples(doc)
    doc = document(
        "Somalia notes, 20 June 2025.\n\n"
        "Al-Shabaab rejected the offer. Hassan Guure, its spokesman, called it a trap."
    )
    assert ("new:hassan-guure", "member_of", "al_shabaab") in triples(doc), triples(doc)


def test_a_post_in_the_group_named_before_the_name_is_a_membership() -> None:
    doc = document(
        "Burkina notes, 20 June 2025.\n\n"
        "Ansarul Islam claimed the raid. The group's second-in-command, Saidou Maiga, was "
        "captured."
    )
    assert ("new:saidou-maiga", "member_of", "ansaroul_islam") in triples(doc), triples(doc)


def test_a_groups_attacks_named_as_nouns_place_it() -> None:
    doc = document(
        "Sahel notes, 20 June 2025.\n\n"
        "Attacks by Ansarul Islam in Soum province rose sharply in May. JNIM's repeated raids "
        "around Djenne have displaced thousands."
    )
    assert "Soum province" in areas(doc, "ansaroul_islam"), triples(doc)
    assert "Djenne" in areas(doc, "jnim"), triples(doc)


def test_no_attacks_in_a_place_place_no_one() -> None:
    doc = document(
        "Mali notes, 20 June 2025.\n\nThere were no JNIM attacks in Mopti during the rainy season."
    )
    assert not any(r.certainty == "asserted" for r in doc.relations), triples(doc)
