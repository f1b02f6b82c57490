"""Relations, round s17 (second pass): how the parse reading corrects what was read.

A negation read from the parse negates only the relation it is about (same pair, same
predicate); a hyphenated participle types only the noun it modifies; a tie called only
possible, or said to have ended, is not a current one; a negation inside a relative clause is
the clause's own; a person's control moves only to the one group he leads now; co-belligerents
of one armed act are allies; joining states in a bloc is membership of the bloc.

Short texts written for these tests, run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.extract.relations import _led_group_for_person
from dossier.pipeline import process_raw
from dossier.records import Anchor, Document, RawDocument, Relation


@lru_cache(maxsize=32)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw)


def relations(text: str) -> set[tuple[str, str, str, str, str | None]]:
    """(subject name, predicate, object name or place text, certainty, period)."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    out = set()
    for r in doc.relations:
        obj = names.get(r.object_actor or "", "") or (r.object_place.text if r.object_place else "")
        out.add((names.get(r.subject, r.subject), r.predicate, obj, r.certainty, r.period))
    return out


def find(text: str, subject: str, predicate: str, obj: str) -> list[tuple[str, str | None]]:
    """(certainty, period) of each relation of that subject, predicate and object."""
    return [
        (c, period)
        for s, p, o, c, period in relations(text)
        if subject.lower() in s.lower() and p == predicate and obj.lower() in o.lower()
    ]


def test_a_negated_branch_leaves_the_support_between_the_same_two_asserted() -> None:
    text = "Hezbollah is not a branch of the Houthis, although it has armed the Houthis for years."
    assert find(text, "Hezbollah", "supports", "Houthis") == [("asserted", None)]
    assert ("negated", None) in find(text, "Hezbollah", "branch_of", "Houthis")


def test_a_negated_affiliation_leaves_a_fight_in_the_next_clause_asserted() -> None:
    text = (
        "Al-Shabaab is not an affiliate of the Islamic State, and it has fought ISIS around Bosaso."
    )
    assert find(text, "al-Shabaab", "hostile_to", "Islamic State") == [("asserted", None)]
    assert ("negated", None) in find(text, "al-Shabaab", "affiliate_of", "Islamic State")


def test_a_hyphenated_participle_types_only_its_own_noun() -> None:
    text = (
        "The Wagner-trained militia and the Malian army clashed near Kidal, but Wagner is "
        "not an ally of the CSP."
    )
    assert not find(text, "Wagner", "supports", "Malian")
    text = "The Iran-backed militia and the Houthis attacked the port."
    assert not find(text, "Iran", "supports", "Houthis")


def test_a_possible_alliance_is_no_alliance() -> None:
    text = "Diplomats discussed a possible alliance between the Houthis and al-Shabaab."
    assert not find(text, "Houthis", "allied_with", "al-Shabaab")
    assert not find(text, "al-Shabaab", "allied_with", "Houthis")


def test_an_alliance_that_collapsed_is_no_current_one() -> None:
    dated = "The alliance between Hamas and Hezbollah collapsed in 2012."
    assert find(dated, "Hamas", "allied_with", "Hezbollah") == [("asserted", "until 2012")]
    undated = "The pact between Hamas and Hezbollah fell apart."
    assert find(undated, "Hamas", "allied_with", "Hezbollah") == [("asserted", "former")]


def test_a_negation_inside_a_relative_clause_is_the_clauses() -> None:
    text = "The Wagner Group, which the Kremlin denies funding, operates in the Central African Republic."
    assert find(text, "Wagner", "operates_in", "Central African Republic") == [("asserted", None)]


def _rel(subject: str, predicate: str, obj: str, period: str | None = None) -> Relation:
    anchor = Anchor(start=0, end=1, quote="x", sentence=0)
    return Relation(
        subject=subject, predicate=predicate, anchor=anchor, object_actor=obj, period=period
    )


def test_a_persons_control_moves_only_to_the_one_group_he_leads_now() -> None:
    kinds = {"emir": "person", "g1": "organization", "g2": "organization", "ally": "organization"}
    one = [_rel("emir", "leader_of", "g1"), _rel("emir", "affiliate_of", "ally")]
    assert _led_group_for_person(one, kinds)[1].subject == "g1"
    two = [*one, _rel("emir", "leader_of", "g2")]
    assert _led_group_for_person(two, kinds)[1].subject == "emir"
    former = [_rel("emir", "leader_of", "g1", "former"), _rel("emir", "affiliate_of", "ally")]
    assert _led_group_for_person(former, kinds)[1].subject == "emir"


def test_coordinated_agents_of_one_armed_act_are_allies() -> None:
    text = "The raid on the camp was repulsed by the Somali National Army and AMISOM."
    assert find(text, "Somali", "allied_with", "African Union") or find(
        text, "African Union", "allied_with", "Somali"
    )


def test_two_sides_of_a_fight_are_no_allies() -> None:
    for text in (
        "The Rapid Support Forces and the Sudanese Armed Forces fought each other in Omdurman.",
        "The Rapid Support Forces and the Sudanese Armed Forces fought in Omdurman.",
    ):
        assert not any(p == "allied_with" for _, p, _, _, _ in relations(text)), text


def test_a_state_joining_others_in_a_bloc_is_its_member() -> None:
    text = "Niger joined Mali and Burkina Faso in the Alliance of Sahel States in 2023."
    assert find(text, "Niger", "member_of", "Alliance of Sahel States")


def test_an_attack_by_a_groups_one_leader_places_his_group() -> None:
    text = "Iyad Ag Ghaly leads JNIM. In May, Iyad Ag Ghaly attacked the army camp in Boni."
    assert find(text, "Jama'at Nusrat", "operates_in", "Boni")
    text = (
        "Iyad Ag Ghaly is the former leader of Ansar Dine. In May, Iyad Ag Ghaly attacked "
        "the army camp in Boni."
    )
    assert not find(text, "Ansar Dine", "operates_in", "Boni")
