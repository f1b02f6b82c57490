"""Relations of people and of a group's parts, round s22 (relA).

- A title that opens with a body's name makes the person named after it a member of that
  body, or its leader where the role nearest the name leads ("Shell chief executive N",
  "Hezbollah field spokesman Brig. Gen. N"), even where the mention finder or the sentence
  splitter lost the body; a demonym, a news outlet, a deputy's post or a sentence's end
  before the title makes none.
- A body said to be made of contingents ("X, made up of troops from A and B", "X is
  composed of soldiers from A and B") has the states that send them as members; a convoy,
  an attack or a plan has none.
- "Chad joined Niger and Mali in the AES": those joined are members too; a
  condition states nothing.
- A group belongs to the bloc it is part of.
- A body's name opened by the name of the group it belongs to ("the ELN General Security
  Service") is that group's branch; a state's ("Kenya's Ninth Infantry Brigade") is none.
- "a P-based faction of Y": Y has its base in P; a P-based journalist gives Y none.
- The group nouns relations read ("the group", "the movement") are the shared list.

Short texts written for these tests (other conflicts and wordings than the development
reports), run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument

DATE = "Situation report, 3 March 2025.\n\n"


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=DATE + text, content_hash="s22a")
    return process_raw(raw)


def relations(text: str, predicate: str | None = None) -> set[tuple[str, str, str, str]]:
    """(subject name, predicate, object name, certainty) of the document's relations."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    out = set()
    for r in doc.relations:
        if predicate is not None and r.predicate != predicate:
            continue
        if r.object_actor is not None:
            obj = names.get(r.object_actor, r.object_actor)
        else:
            obj = r.object_place.text if r.object_place is not None else ""
        out.add((names.get(r.subject, r.subject), r.predicate, obj, r.certainty))
    return out


def pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, c in relations(text, predicate) if c != "negated"}


# -- titles that open with a body's name ---------------------------------------------------


def test_chief_executive_after_company_name_leads_it() -> None:
    text = (
        "ExxonMobil has paused its gas venture in the north. ExxonMobil chief executive "
        "Darren Woods told investors the venture would restart."
    )
    assert ("Darren Woods", "ExxonMobil") in pairs(text, "leader_of")


def test_spokesman_title_across_rank_abbreviations_is_membership() -> None:
    text = (
        "Israeli jets struck Tyre overnight. On Tuesday Hezbollah field spokesman Brig. Gen. "
        "Ali Qasem denied any losses."
    )
    assert ("Ali Qasem", "Hezbollah") in pairs(text, "member_of")
    assert not pairs(text, "leader_of")


def test_deputy_leader_title_is_no_leadership() -> None:
    text = "Hamas deputy leader Saleh al-Arouri was killed in Beirut."
    assert ("Saleh al-Arouri", "Hamas") in pairs(text, "member_of")
    assert not pairs(text, "leader_of")


def test_outlet_before_a_reporter_title_is_no_membership() -> None:
    text = "Reuters correspondent Tom Smith reported that the Shabaab withdrew from Jilib."
    rels = relations(text)
    assert not {r for r in rels if r[0] == "Tom Smith" and r[1] in ("member_of", "leader_of")}


def test_sentence_end_stops_the_title() -> None:
    text = "Reporters asked about Hamas. Commander Ali Hamdan of the army said the town was calm."
    assert ("Ali Hamdan", "Hamas") not in pairs(text, "member_of")
    assert ("Ali Hamdan", "Hamas") not in pairs(text, "leader_of")


def test_demonym_before_a_title_names_no_body() -> None:
    text = "Kenyan police spokesman Resila Onyango said the attackers had fled towards Lamu."
    rels = {(s, o) for s, p, o, c in relations(text) if p in ("member_of", "leader_of")}
    assert not {o for s, o in rels if s == "Resila Onyango" and "Government" in o}
    assert ("Resila Onyango", "Kenya") not in rels


# -- bodies made of contingents ------------------------------------------------------------


def test_force_made_up_of_troops_from_states_has_them_as_members() -> None:
    text = (
        "Kenya and Uganda signed the accord in May. The Joint Force, made up of soldiers from "
        "Kenya and Uganda, has yet to deploy."
    )
    members = pairs(text, "member_of")
    assert ("Kenya", "Joint Force") in members
    assert ("Uganda", "Joint Force") in members


def test_force_composed_of_soldiers_from_states() -> None:
    text = (
        "The Kenyan government and the Ugandan government agreed. The Eastern Force is "
        "composed of soldiers from Kenya and Uganda."
    )
    assert {("Kenya", "Eastern Force"), ("Uganda", "Eastern Force")} <= pairs(text, "member_of")


def test_convoy_of_trucks_has_no_members() -> None:
    text = (
        "Kenya and Uganda signed the accord in May. The convoy, made up of trucks from Kenya "
        "and Uganda, has yet to leave."
    )
    assert not pairs(text, "member_of")


def test_attack_made_up_of_fighters_has_no_members() -> None:
    text = (
        "Kenya and Uganda signed the accord in May. The attack was made up of two waves of "
        "fighters from Kenya and Uganda."
    )
    assert not pairs(text, "member_of")


def test_planned_force_states_no_membership() -> None:
    text = (
        "Kenya and Uganda signed the accord in May. The Joint Force could be made up of "
        "soldiers from Kenya and Uganda."
    )
    assert not pairs(text, "member_of")


# -- joining a bloc, belonging to one --------------------------------------------------------


def test_those_joined_in_a_bloc_are_members() -> None:
    text = "Chad joined Niger and Mali in the Alliance of Sahel States last year, officials said."
    members = pairs(text, "member_of")
    assert ("Government of Mali", "Alliance of Sahel States") in members
    assert ("Niger", "Alliance of Sahel States") in members


def test_joining_in_a_condition_states_nothing() -> None:
    text = (
        "Should Chad join Niger and Mali in the Alliance of Sahel States, the bloc would "
        "reach Lake Chad."
    )
    assert not pairs(text, "member_of")


def test_negated_joining_is_no_membership() -> None:
    text = "Chad did not join Niger and Mali in the Alliance of Sahel States."
    assert not pairs(text, "member_of")


def test_group_belongs_to_a_front() -> None:
    text = "Ahrar al-Sham belongs to the National Front for Liberation."
    assert ("Ahrar al-Sham", "National Front for Liberation") in pairs(text, "member_of")


# -- parts named after their group ------------------------------------------------------------


def test_service_named_after_its_group_is_its_branch() -> None:
    text = "In Arauca, the ELN General Security Service questioned two informants last week."
    branches = pairs(text, "branch_of")
    assert ("General Security Service", "National Liberation Army (Colombia)") in branches


def test_state_division_is_no_branch() -> None:
    text = "Kenya's Ninth Infantry Brigade pushed the militants back near Mandera."
    assert not pairs(text, "branch_of")


def test_state_owned_group_name_is_no_branch() -> None:
    text = "Russia's Wagner Group withdrew from Mali in June."
    assert not pairs(text, "branch_of")


# -- bases -----------------------------------------------------------------------------------


def test_based_faction_of_a_group_bases_the_group() -> None:
    text = "The attack was claimed by a Kunar-based faction of the Tehrik-e-Taliban Pakistan."
    assert ("Tehrik-i-Taliban Pakistan", "Kunar") in pairs(text, "based_in")


def test_based_journalist_bases_no_group() -> None:
    text = "A Kunar-based journalist said the Tehrik-e-Taliban Pakistan had withdrawn."
    assert not pairs(text, "based_in")


def test_headquarters_of_two_owners_one_after_the_other_bases_neither() -> None:
    text = "Mortar rounds fell on the navy's Southern Fleet headquarters in Mombasa."
    assert not {s for s, o in pairs(text, "based_in") if s != "Southern Fleet"}


# -- shared group nouns ------------------------------------------------------------------------


def test_group_nouns_are_the_shared_list() -> None:
    from dossier.extract.common import load_data
    from dossier.extract.relation_references import group_nouns

    shared = load_data("claim_cues.yaml")["group_reference"]
    nouns = group_nouns()
    assert set(shared["collective"]) <= nouns
    assert set(shared["reference_extra"]) <= nouns
    assert "faction" in nouns


def test_former_post_before_a_body_makes_no_leader() -> None:
    text = "Former Hamas political chief Khaled Meshaal spoke to reporters in Doha on Sunday."
    assert ("Khaled Meshaal", "Hamas") not in pairs(text, "leader_of")
