"""Relations, round s15 (rel2): a gazetteer force with a unit word ("Corps", "Command") is a
national force, not a unit whose war another force inherits; an armed group's event in a
town places it in the province the report names; "its"/"their" before a post names the
group only where the pronoun refers to it; several groups named members or part of an
umbrella, and the groups an umbrella is "of", are its members.

Short reports written for these tests, run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from test_relations_s15 import document, triples

from dossier.records import Document


def areas(doc: Document, actor: str) -> set[str]:
    return {
        r.object_place.text
        for r in doc.relations
        if r.subject == actor and r.predicate == "operates_in" and r.object_place is not None
    }


def test_a_gazetteer_force_named_corps_or_command_is_no_unit() -> None:
    doc = document(
        "Iran notes, 2 May 2025.\n\n"
        "On 1 May, Jaish al-Adl gunmen ambushed Islamic Revolutionary Guard Corps troops near "
        "Saravan, killing three. The Iranian Army was not involved."
    )
    got = triples(doc)
    assert ("jaish_al_adl", "hostile_to", "irgc") in got, got
    assert not {t for t in got if t[1] == "hostile_to" and t[2] != "irgc"}, got
    doc = document(
        "Iran notes, 9 May 2025.\n\n"
        "Jaish al-Adl militants attacked a convoy of the Islamic Revolutionary Guard Corps "
        "outside Rask on Sunday. Iran said the Iranian Army would reinforce the border."
    )
    got = triples(doc)
    assert ("jaish_al_adl", "hostile_to", "irgc") in got, got
    assert not {t for t in got if t[1] == "hostile_to" and t[2] != "irgc"}, got


def test_an_attack_in_a_town_places_the_group_in_the_named_province() -> None:
    doc = document(
        "Nigeria notes, 4 May 2025.\n\n"
        "Violence in Borno State rose again this spring. On 3 May, ISWAP fighters stormed an "
        "army base in Monguno, killing four soldiers."
    )
    assert areas(doc, "iswap") == {"Borno State"}, triples(doc)
    doc = document(
        "Mozambique notes, 6 May 2025.\n\n"
        "Displacement in Cabo Delgado continues. On 5 May, Islamic State Mozambique fighters "
        "raided Macomia town and burned the market."
    )
    got = {r.object_place.text for r in doc.relations if r.object_place is not None}
    assert got == {"Cabo Delgado"}, triples(doc)


def test_a_pronoun_for_someone_else_names_no_group_post() -> None:
    doc = document(
        "Somalia notes, 2 May 2025.\n\n"
        "Al-Shabaab fighters attacked the base in Afgoye on Monday. The soldiers' unit held "
        "out for hours; their commander, Omar Dahir, was wounded."
    )
    got = triples(doc)
    assert not {t for t in got if t[2] == "al_shabaab" and t[0] == "new:omar-dahir"}, got
    doc = document(
        "Nigeria notes, 2 May 2025.\n\n"
        "ISWAP fighters overran a base near Dikwa on Friday. The garrison's troops withdrew in "
        "disorder; their commander, Musa Bello, was captured."
    )
    got = triples(doc)
    assert not {t for t in got if t[2] == "iswap" and t[0] == "new:musa-bello"}, got
    # the pronoun that does refer to the group still names its post
    doc = document(
        "Somalia notes, 3 May 2025.\n\nAl-Shabaab rejected the offer. Hassan Guure, its "
        "spokesman, called it a trap."
    )
    assert ("new:hassan-guure", "member_of", "al_shabaab") in triples(doc), triples(doc)


def test_several_groups_part_of_an_umbrella_are_its_members() -> None:
    doc = document(
        "Myanmar notes, 2 May 2025.\n\n"
        "Both the MNDAA, led by Peng Daxun, and the TNLA are part of the Northern Alliance, a "
        "bloc formed in 2016 that also includes the Kachin Independence Army."
    )
    got = triples(doc)
    members = {s for s, p, o in got if p == "member_of" and o == "northern_alliance"}
    assert members == {"mndaa", "tnla", "kia"}, got
    assert not {t for t in got if t[1] == "affiliate_of"}, got
    doc = document(
        "Myanmar notes, 3 May 2025.\n\n"
        "The Arakan Army and the TNLA are members of the Northern Alliance, officials said."
    )
    got = triples(doc)
    members = {s for s, p, o in got if p == "member_of" and o == "northern_alliance"}
    assert members == {"arakan_army", "tnla"}, got


def test_the_groups_an_umbrella_is_made_of_are_its_members() -> None:
    doc = document(
        "Mali notes, 4 May 2025.\n\nThe CMA, an alliance of the MNLA and the HCUA, rejected "
        "the draft."
    )
    got = triples(doc)
    assert ("mnla", "member_of", "cma") in got, got
    assert ("new:hcua", "member_of", "cma") in got, got
    doc = document(
        "Mali notes, 5 May 2025.\n\nThe MNLA walked out. The CMA is a coalition grouping the "
        "MNLA and the HCUA."
    )
    got = triples(doc)
    assert ("mnla", "member_of", "cma") in got, got
