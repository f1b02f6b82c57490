"""Relations, round s21 review: regressions for the bugs a review of the s21 change found.

- A political, assistance or verification mission, or the Security Council, is no armed
  mission: an attack on its convoy makes no foe of it (a peacekeeping, stabilisation or
  support-and-stabilisation mission, a joint task force still are).
- "Neither X nor Y is hostile to Z": the coordination's negation holds for Y too.
- A place of a list qualified as another actor's ("Gao and JNIM-held Boni") is no place the
  subject controls or is based in (it may still operate there).
- "X denied it had appointed N as Y's wali": the appointment is denied.

Short texts written for these tests (other conflicts and wordings than the development
reports), run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from dossier.extract.relation_events import event_relations
from dossier.extract.relation_slots import armed_mission, no_fighting_party
from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument

DATE = "Situation report, 3 March 2025.\n\n"


@lru_cache(maxsize=32)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=DATE + text, content_hash="s21b")
    return process_raw(raw)


def relations(doc: Document, predicate: str) -> set[tuple[str, str, str]]:
    """(subject name, object name or place text, certainty) of one predicate."""
    names = {a.key: a.name for a in doc.actors}
    out = set()
    for r in doc.relations:
        if r.predicate != predicate:
            continue
        obj = r.object_place.text if r.object_place else names.get(r.object_actor or "", "")
        out.add((names.get(r.subject, r.subject), obj, r.certainty))
    return out


# -- civil missions are no fighting party ------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "United Nations Assistance Mission in Afghanistan",
        "United Nations Verification Mission in Colombia",
        "United Nations Support Mission in Libya",
        "United Nations Security Council",
        "European Union Training Mission in Mali",
    ],
)
def test_a_civil_mission_is_no_armed_mission(name: str) -> None:
    assert not armed_mission("igo", name)
    assert no_fighting_party("igo", name)


@pytest.mark.parametrize(
    "name",
    [
        "African Union Support and Stabilisation Mission in Somalia",
        "United Nations Mission in South Sudan",
        "United Nations Interim Force in Lebanon",
        "Multinational Joint Task Force",
    ],
)
def test_a_peace_force_is_an_armed_mission(name: str) -> None:
    assert armed_mission("igo", name)
    assert not no_fighting_party("igo", name)


def test_an_armed_groups_name_makes_it_no_mission() -> None:
    assert not armed_mission("armed_group", "Popular Mobilization Forces")


def test_attack_on_a_political_missions_convoy_makes_no_foe() -> None:
    doc = document(
        "Taliban fighters attacked a convoy of the United Nations Assistance Mission in "
        "Afghanistan near Herat on Sunday, killing a guard."
    )
    assert not any("Assistance Mission" in o for _, o, _ in relations(doc, "hostile_to"))
    names = {a.key: a.name for a in doc.actors}
    from_events = event_relations(doc.events, doc.actors, [], doc.places)
    assert not any(
        "Assistance Mission" in names.get(r.object_actor or "", "")
        or "Assistance Mission" in names.get(r.subject, "")
        for r in from_events
        if r.predicate == "hostile_to"
    )


# -- "neither ... nor" -----------------------------------------------------------------------


def test_neither_nor_negates_both_subjects_of_an_enmity_adjective() -> None:
    doc = document("Neither the JNIM nor the ISSP is hostile to the Dozo hunters.")
    foes = relations(doc, "hostile_to")
    assert not any(c == "asserted" for _, _, c in foes), foes


def test_nor_negates_a_second_subject_of_a_verb() -> None:
    doc = document("The ADF has not fought the M23, nor has the CODECO militia attacked Bunia.")
    assert not any(c == "asserted" for _, _, c in relations(doc, "hostile_to"))


def test_a_plain_coordination_still_asserts_both() -> None:
    doc = document("Hezbollah and Hamas are both hostile to the Israel Defense Forces.")
    subjects = {s for s, _, c in relations(doc, "hostile_to") if c == "asserted"}
    assert {"Hezbollah", "Hamas"} <= subjects


# -- a place another actor holds ---------------------------------------------------------------


def test_a_place_held_by_another_actor_is_not_controlled_by_the_subject() -> None:
    doc = document("The Malian army controls Gao and JNIM-held Boni, officials said.")
    controls = {(s, p) for s, p, _ in relations(doc, "controls")}
    assert not any(p == "Boni" and "Nusrat" not in s for s, p in controls), controls
    assert any(p == "Gao" for _, p in controls)


def test_the_subject_is_not_based_in_a_place_another_actor_holds() -> None:
    doc = document("The ADF is based in Beni and M23-held Rutshuru.")
    based = {(s, p) for s, p, _ in relations(doc, "based_in")}
    assert ("Allied Democratic Forces", "Beni") in based
    assert ("Allied Democratic Forces", "Rutshuru") not in based


def test_one_may_still_operate_in_a_place_another_actor_holds() -> None:
    doc = document("The Wagner Group operates in Bamako and in JNIM-held Boni.")
    areas = {(s, p) for s, p, _ in relations(doc, "operates_in")}
    assert ("Wagner Group", "Boni") in areas


# -- a denied appointment ------------------------------------------------------------------------


def test_a_denied_appointment_is_negated() -> None:
    doc = document("The Islamic State denied it had appointed Abu Musab as ISWAP's wali.")
    leads = relations(doc, "leader_of")
    assert not any(c in ("asserted", "reported") for _, _, c in leads), leads


def test_an_appointment_with_a_possessor_still_leads_the_possessor() -> None:
    doc = document("Al-Qaeda's leadership named Ahmed Diriye as al-Shabaab's emir.")
    assert ("Ahmed Diriye", "al-Shabaab", "asserted") in relations(doc, "leader_of")
