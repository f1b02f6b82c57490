"""Who did it and who or what was hit (h12, s12): "on the orders of X", the "of"/"by" phrases
of an event noun hung on the verb governing it, "together with", a site named like a person,
"a joint US-Iraqi raid", the speaker's own forces repelling an assault, a denial joined to a
reported clause, a leaked antecedent for "they", and the group the kidnappers are believed
to belong to. Each text was written for this test."""

from __future__ import annotations

from report_docs import text_events as _events

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.claims import extract_claims
from dossier.records import DateValue, Event


def _named(text: str, ev: Event) -> set[tuple[str, str]]:
    """(actor name, role) pairs of an event, read off the annotation of ``text``."""
    ann = annotate_text(text, DateValue("2025-06-20", "day"))
    names = {a.key: a.name for a in ann.actors}
    return {(names.get(a.actor, a.actor), a.role) for a in ev.actors}


def _attack(text: str) -> tuple[Event, set[tuple[str, str]]]:
    found = [e for e in _events(text) if e.type == "ASSAULT"]
    assert found, text
    return found[0], _named(text, found[0])


def test_on_the_orders_of_names_who_had_it_done() -> None:
    text = (
        "At least 31 fishermen were killed in Dorowa on 2 June on the orders of militia "
        "commander Tanko Baduwa."
    )
    _ev, roles = _attack(text)
    assert ("Tanko Baduwa", "perpetrator") in roles
    assert ("Tanko Baduwa", "victim") not in roles


def test_by_phrase_of_an_event_noun_hung_on_the_verb() -> None:
    text = (
        "Residents still recall the kidnapping in March 2023 of eleven nuns by Boko Haram "
        "near Gwoza."
    )
    _ev, roles = _attack(text)
    assert ("Boko Haram", "perpetrator") in roles


def test_together_with_names_a_second_victim() -> None:
    text = (
        "A drone strike near Idlib on 9 June killed Hurras al-Din commander Abu Talha "
        "al-Ansari, together with his deputy Khalid Mahroum."
    )
    _ev, roles = _attack(text)
    assert ("Khalid Mahroum", "victim") in roles


def test_joint_hyphenated_nations_both_acted() -> None:
    text = (
        "US troops still train Iraqi units in Anbar. A joint US-Iraqi raid in Salahuddin on "
        "12 June killed nine IS fighters."
    )
    ev = next(e for e in _events(text) if e.type == "ASSAULT" and e.fatalities)
    perps = {a.actor for a in ev.actors if a.role == "perpetrator"}
    assert {"us_armed_forces", "iraqi_security_forces"} <= perps


def test_the_speakers_own_forces_repelled_the_assault() -> None:
    text = (
        "Sudan's war is in its third year. The army said on Sunday its forces had repelled "
        "an RSF assault on Babanusa, killing dozens of fighters."
    )
    _ev, roles = _attack(text)
    assert ("Rapid Support Forces", "perpetrator") in roles
    assert ("Sudanese Armed Forces", "target") in roles


def test_a_denial_joined_to_a_reported_clause_is_the_speakers() -> None:
    text = (
        "The Karen National Union is fighting the junta. On 4 June the State Administration "
        "Council said the KNU had hidden mines in the clinic and denied that its jets had bombed the village."
    )
    # a named party's denial of a fact is its REJECT event, and the speaker's claim with the
    # stance "denial"
    [reject] = [e for e in _events(text) if e.type == "REJECT"]
    ann = annotate_text(text, DateValue("2025-06-20", "day"))
    names = {a.key: a.name for a in ann.actors}
    [denial] = [c for c in extract_claims(ann.doc, ann.actors, ann.places) if c.stance == "denial"]
    assert names.get(denial.speaker or "") == "State Administration Council"
    assert "bombed the village" in denial.text
    initiators = [names.get(a.actor) for a in reject.actors if a.role == "initiator"]
    assert initiators == ["State Administration Council"]


def test_they_after_unnamed_speakers_is_no_earlier_group() -> None:
    text = (
        "The Arakan Army holds most of Rakhine. On 7 June, fighters from a local defence "
        "unit said they overran a police outpost at Kyauk Taw in Kani township."
    )
    ev, roles = _attack(text)
    assert ("Arakan Army", "perpetrator") not in roles


def test_a_dated_heading_before_a_dash_is_no_speaker() -> None:
    text = (
        "The Arakan Army holds most of Rakhine.\n"
        "- Jun 7 — Fighters from the Kachin Independence Army said they overran a police "
        "outpost at Nam Hkam in Bhamo township."
    )
    ev, roles = _attack(text)
    assert ("Arakan Army", "perpetrator") not in roles
    assert ("Kachin Independence Army", "perpetrator") in roles


def test_kidnappers_believed_to_belong_to_a_gang() -> None:
    text = (
        "Gangs control most of Port-au-Prince. On 14 June a pharmacist was abducted by armed "
        "men in Tabarre; his brother said the kidnappers, whom police believe belong to the "
        "Chen Mechan gang, demanded a ransom."
    )
    ev, roles = _attack(text)
    perps = {n for n, r in roles if r == "perpetrator"}
    assert any("Chen Mechan" in n for n in perps)
    assert ev.responsibility == "suspected"
