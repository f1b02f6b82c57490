"""A whole wire story written for this test (eastern Congo, a church massacre by ADF rebels
that the Islamic State's Central Africa branch claimed; threats, deployments, accusations by
rights groups, a strength estimate), coded the way an analyst would."""

from __future__ import annotations

from report_docs import relation_triples, written_report

from dossier.records import Document, Event


def report() -> Document:
    return written_report("drc_adf_wire.txt")


def _attacks() -> list[Event]:
    return [e for e in report().events if e.type == "ASSAULT"]


def test_headline_lede_damage_and_claim_are_one_attack():
    church = [e for e in _attacks() if e.place is not None and e.place.text == "Komanda"]
    assert len(church) == 1
    [attack] = church
    # the rebels acted; the Islamic State branch they belong to claimed it
    assert ("adf", "perpetrator") in {(a.actor, a.role) for a in attack.actors}
    assert attack.responsibility == "claimed"
    assert attack.fatalities is not None and attack.fatalities.low == 43
    # people were killed: an attack on civilians, not property destruction or a battle
    assert attack.acled_event_type == "Violence against civilians"
    assert attack.acled_sub_event_type == "Attack"
    # nothing else in the story is that massacre again
    assert not any(e.fatalities and e.fatalities.text == "at least 40" for e in _attacks())


def test_bare_congo_is_the_democratic_republic_the_dateline_names():
    congo = [p for p in report().places if p.text == "Congo"]
    assert congo and all(p.place is not None and p.place.country_code == "CD" for p in congo)


def test_a_threat_is_an_event_and_the_threatened_attacks_are_not():
    [threat] = [e for e in report().events if e.type == "THREATEN"]
    assert threat.mode == "violence" and threat.modality == "asserted"
    assert {(a.actor, a.role) for a in threat.actors} == {("adf", "initiator")}
    assert not any("further attacks" in e.anchor.quote for e in _attacks())


def test_a_run_of_bombings_recalled_in_passing_keeps_its_town():
    [bombings] = [e for e in _attacks() if e.mode == "suicide-attack"]
    assert bombings.place is not None and bombings.place.text == "Kampala"
    assert bombings.fatalities is not None and bombings.fatalities.best == 4


def test_abduction_stays_apart_from_the_bombings():
    [abduction] = [e for e in _attacks() if e.mode == "abduct"]
    assert abduction.place is not None and abduction.place.text == "Lubero"
    assert abduction.fatalities is None


def test_claims_name_their_outlets_and_unnamed_rights_groups():
    claims = report().claims
    [iscap] = [c for c in claims if "dozens of Christians" in c.text]
    assert iscap.via == "Amaq"
    [rights] = [c for c in claims if "failing to respond" in c.text]
    assert rights.speaker is None and rights.speaker_kind == "observers"
    assert rights.about  # the army the rights groups accused


def test_strength_estimate_belongs_to_the_group():
    [fighters] = [q for q in report().quantities if q.measure == "fighters"]
    assert (fighters.subject, fighters.low, fighters.high) == ("adf", 1500, 2000)


def test_basing_and_pledge():
    triples = relation_triples(report())
    assert ("adf", "based_in", "Congo") in triples
    assert ("adf", "affiliate_of", "isis") in triples
