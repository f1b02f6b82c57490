"""A whole analytic piece written for this test (al-Shabaab: a pledge, a leader, a propaganda
video, arrests, an overrun base, camps), coded the way an analyst would."""

from __future__ import annotations

from report_docs import written_report

from dossier.records import Document


def report() -> Document:
    return written_report("shabaab_analysis.txt")


def _roles(type_id: str) -> set[tuple[str, str]]:
    return {(a.actor, a.role) for e in report().events if e.type == type_id for a in e.actors}


def test_the_group_after_a_byline_is_the_subject_of_the_sentence_before():
    assert _roles("PLEDGE") == {("al_shabaab", "initiator"), ("al_qaeda", "recipient")}


def test_leader_stated_after_another_clause_without_its_date():
    [lead] = [r for r in report().relations if r.predicate == "leader_of"]
    assert (lead.subject, lead.object_actor) == ("ahmed_diriye", "al_shabaab")
    assert lead.period is None  # "in February 2012" dates the pledge


def test_a_us_airstrike_is_no_place_and_is_an_air_strike():
    assert "US" not in {p.text for p in report().places}
    [strike] = [e for e in report().events if e.type == "ASSAULT" and e.mode == "aerial"]
    assert strike.acled_sub_event_type == "Air/drone strike"
    assert {("us_armed_forces", "perpetrator"), ("ahmed_abdi_godane", "victim")} <= {
        (a.actor, a.role) for a in strike.actors
    }


def test_bay_region_is_somalia_s_bay_not_the_bay_state():
    [bay] = [p for p in report().places if p.text == "Bay region"]
    assert bay.place is not None and bay.place.admin1_code == "SO-BY"


def test_the_government_is_the_country_just_named():
    [claim] = [c for c in report().claims if "lower" in c.text]
    assert claim.speaker == "somalia_government"


def test_propaganda_arrests_and_the_overrun_base():
    assert ("al_kataib", "initiator") in _roles("PROPAGANDA")
    [arrest] = [e for e in report().events if e.type == "ARREST"]
    assert arrest.place is not None and arrest.place.text == "Mombasa"
    [base] = [e for e in report().events if e.type == "ASSAULT" and e.mode == "territory"]
    assert base.date is not None and base.date.value == "2024-01-21"
    assert base.acled_sub_event_type == "Non-state actor overtakes territory"
    assert base.fatalities is not None and base.fatalities.low == 30
