"""Relations, round s17: relations read off the parse (dossier.extract.relation_structure),
typed by the head word of the structure that links two mentions (relation_heads.yaml):
coordinated appositions, nouns of a tie ("announced an alliance with"), participles glued to
a name ("an X-held port"), places held by an agent, relative clauses, "established under X",
"grew out of Y", passive accusations; nothing from a condition, a possibility or a plan; a
denial gives a negated relation; "it" is the subject named before, not a group in between.

Short texts written for these tests, run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@lru_cache(maxsize=32)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw)


def relations(text: str) -> set[tuple[str, str, str, str]]:
    """(subject name, predicate, object name or place text, certainty) of each relation."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    out = set()
    for r in doc.relations:
        obj = names.get(r.object_actor or "", "") or (r.object_place.text if r.object_place else "")
        out.add((names.get(r.subject, r.subject), r.predicate, obj, r.certainty))
    return out


def has(text: str, subject: str, predicate: str, obj: str, certainty: str = "asserted") -> bool:
    return any(
        subject.lower() in s.lower()
        and p == predicate
        and obj.lower() in o.lower()
        and c == certainty
        for s, p, o, c in relations(text)
    )


def test_a_plural_apposition_is_each_coordinated_groups() -> None:
    text = (
        "Katiba Macina and Ansar Dine, both affiliates of al-Qaeda, have extended their "
        "reach in central Mali."
    )
    assert has(text, "Katiba Macina", "affiliate_of", "al-Qaeda")
    assert has(text, "Ansar Dine", "affiliate_of", "al-Qaeda")


def test_an_alliance_announced_with_a_group() -> None:
    text = (
        "The People's Protection Units (YPG) announced an alliance with the Free Syrian "
        "Army in October 2015."
    )
    assert has(text, "People's", "allied_with", "Free Syrian Army")
    (rel,) = [r for r in document(text).relations if r.predicate == "allied_with"]
    assert rel.period and "October 2015" in rel.period


def test_a_feud_with_a_group_is_hostility_with_its_period() -> None:
    text = "Al-Shabaab has feuded with the Islamic State in Somalia since 2015."
    assert has(text, "al-Shabaab", "hostile_to", "Islamic State")


def test_a_relative_clause_places_its_antecedent() -> None:
    text = "The Red Dragons, which operates in the Lebialem division, kidnapped two teachers."
    assert has(text, "Red Dragons", "operates_in", "Lebialem")


def test_a_city_held_by_a_force_and_a_town_held_by_a_group() -> None:
    text = (
        "Fighting resumed around El Fasher, the last city in Darfur still held by the "
        "Sudanese Armed Forces. The Rapid Support Forces (RSF) besiege it. An air force "
        "Antonov dropped bombs on the market in Kabkabiya, an RSF-held town far from the front."
    )
    assert has(text, "Sudanese Armed Forces", "controls", "El Fasher")
    assert has(text, "Rapid Support Forces", "controls", "Kabkabiya")


def test_a_group_established_under_a_leader_and_grown_out_of_another() -> None:
    text = (
        "The Rapid Support Forces, which grew out of the Janjaweed militias, were formally "
        "established in 2013 under Mohamed Hamdan Dagalo."
    )
    assert has(text, "Dagalo", "leader_of", "Rapid Support Forces")
    assert has(text, "Rapid Support Forces", "formed_from", "Janjaweed")


def test_it_is_the_subject_named_before_not_a_group_in_between() -> None:
    text = (
        "JNIM was founded through the merger of Ansar Dine and AQIM's Sahara branch; it is "
        "led by Iyad Ag Ghaly."
    )
    assert has(text, "Iyad Ag Ghaly", "leader_of", "Jama'at Nusrat")
    assert not any(
        s.startswith("Iyad") and p == "leader_of" and "Maghreb" in o
        for s, p, o, _ in relations(text)
    )


def test_an_accusation_in_the_passive() -> None:
    text = (
        "The Popular Mobilization Forces, long accused by Washington of serving Tehran, "
        "deny any foreign control."
    )
    assert has(text, "United States", "accuses", "Popular Mobilization Forces")


def test_a_denied_alliance_is_negated() -> None:
    rels = relations("Hamas denied any alliance with the Islamic State.")
    assert ("Hamas", "allied_with", "Islamic State", "negated") in rels
    assert not any(p == "allied_with" and c == "asserted" for _, p, _, c in rels)


def test_a_possible_or_planned_tie_is_no_relation() -> None:
    assert not any(
        p == "allied_with"
        for _, p, _, _ in relations("Hamas could form an alliance with Hezbollah next year.")
    )
    assert not any(
        p == "hostile_to" and c == "asserted"
        for _, p, _, c in relations("The Somali army plans an offensive against al-Shabaab.")
    )


def test_a_condition_states_no_relation_whichever_rule_reads_it() -> None:
    for text in (
        "If the Taliban joined forces with al-Qaeda, the region would suffer.",
        "If Hamas allied with Hezbollah, the war would widen.",
    ):
        assert not any(p == "allied_with" for _, p, _, _ in relations(text)), text


def test_a_pledge_to_a_person_gives_no_affiliation_with_the_person() -> None:
    text = "Abu Walid al-Sahrawi split from al-Mourabitoun and pledged allegiance to Abu Bakr al-Baghdadi."
    names = {a.key: a for a in document(text).actors}
    # the test means something only where the pledge's object is read as a person
    assert any(a.type == "person" and "Baghdadi" in a.name for a in names.values())
    for r in document(text).relations:
        if r.predicate in ("affiliate_of", "split_from"):
            assert names[r.subject].type != "person"
            assert r.object_actor is None or names[r.object_actor].type != "person"


def test_the_parse_reads_a_negation_a_pattern_stopped_short_of() -> None:
    rels = relations("Analysts say al-Shabaab is not a branch of al-Qaeda.")
    assert ("al-Shabaab", "branch_of", "al-Qaeda", "negated") in rels
    assert not any(p == "branch_of" and c != "negated" for _, p, _, c in rels)


def test_weapons_received_from_a_state_are_its_support() -> None:
    text = (
        "Iran condemned the strike. The Houthis, officially known as Ansar Allah, receive "
        "weapons from Iran."
    )
    assert has(text, "Iran", "supports", "Houthis")


def test_a_group_considered_a_branch_and_a_precursor() -> None:
    text = (
        "The Allied Democratic Forces (ADF) killed 40 people. The ADF is considered the "
        "Central African branch of the Islamic State."
    )
    assert has(text, "Allied Democratic Forces", "branch_of", "Islamic State")
    text = "The Janjaweed militia, precursor of the Rapid Support Forces, terrorised Darfur."
    assert has(text, "Rapid Support Forces", "formed_from", "Janjaweed")


def test_the_members_a_coalition_is_said_to_include() -> None:
    text = (
        "The attack was repelled by the army and the Joint Forces, a coalition of rebel "
        "movements including the Sudan Liberation Army and the Justice and Equality "
        "Movement (JEM)."
    )
    assert has(text, "Justice and Equality Movement", "member_of", "Joint Forces")


def test_an_apposition_hung_on_a_far_word_names_nothing_of_it() -> None:
    text = (
        "The 36th Front belongs to the Comandos de la Frontera (CDF), the faction led by "
        "Giovanny Andrés Rojas that split from the Segunda Marquetalia in 2024."
    )
    assert not any(s.startswith("36th") and p == "split_from" for s, p, _, _ in relations(text))
    assert not any(p == "leader_of" and "36th" in o for _, p, o, _ in relations(text))


def test_a_group_that_joins_an_alliance_is_its_member_not_one_that_joins_a_group() -> None:
    assert has(
        "The Arakan Army joined the Northern Alliance in 2016.",
        "Arakan",
        "member_of",
        "Northern Alliance",
    )
    assert not any(
        p == "member_of" for _, p, _, _ in relations("Al-Shabaab joined al-Qaeda in 2012.")
    )


def test_a_town_seized_by_a_group_named_with_its_leader_is_the_groups() -> None:
    text = (
        "The Rapid Support Forces, which grew out of the Janjaweed militias and were "
        'established in 2013 under Mohamed Hamdan Dagalo, known as "Hemedti", also seized '
        "Nyala, the second city, in October 2023."
    )
    assert has(text, "Rapid Support Forces", "controls", "Nyala")
    assert not any(s.startswith("Mohamed") and p == "controls" for s, p, _, _ in relations(text))
