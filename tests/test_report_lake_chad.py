"""A whole report written for this test (Lake Chad, not a region of the seeds or examples),
coded the way an analyst would: one check per fact the report states."""

from __future__ import annotations

from report_docs import written_report

from dossier.records import Document


def report() -> Document:
    return written_report("lake_chad_iswap.txt")


def events_of(kind: str) -> list:
    return [e for e in report().events if e.type == kind]


def test_the_headline_is_no_event_and_no_sentence_of_the_body():
    doc = report()
    assert doc.metadata.title.startswith("ISWAP Tightens Its Grip")
    assert all("Tightens" not in e.anchor.quote for e in doc.events)
    assert not any(e.date and e.date.value == "2024-02-14" for e in doc.events)


def test_massacre_at_the_village_not_the_state():
    [ev] = [e for e in events_of("ASSAULT") if e.date and e.date.value == "2024-01-12"]
    assert ev.place is not None and ev.place.text == "Zabarmari"
    assert ev.place.place is not None and ev.place.place.admin1_code == "NG-BO"
    assert ev.fatalities is not None and ev.fatalities.low == 37
    assert {(a.actor, a.role) for a in ev.actors} == {("iswap", "perpetrator")}


def test_kidnapping_by_suspects_that_nobody_claimed():
    [ev] = [e for e in events_of("ASSAULT") if e.mode == "abduct"]
    assert ev.date is not None and ev.date.value == "2024-01-14"
    assert ev.place is not None and ev.place.text == "Kuriga"
    assert ev.responsibility == "suspected"  # "suspected Boko Haram militants"; "No group claimed"
    assert ("boko_haram", "perpetrator") in {(a.actor, a.role) for a in ev.actors}


def test_accusation_between_states_and_retaken_island():
    [accuse] = events_of("ACCUSE")
    assert {(a.actor, a.role) for a in accuse.actors} == {
        ("state:CM", "initiator"),
        ("nigeria_government", "target"),
    }
    [island] = [e for e in events_of("ASSAULT") if e.mode == "territory"]
    assert island.place is not None and island.place.text == "Barkaram"
    assert island.acled_sub_event_type == "Government regains territory"
    assert ("forces:TD", "perpetrator") in {(a.actor, a.role) for a in island.actors}
    assert "new:barkaram" not in {a.key for a in report().actors}


def test_it_is_the_group_of_the_previous_sentence_and_niger_is_the_country():
    rels = {
        (r.subject, r.predicate, r.object_place.text if r.object_place else r.object_actor)
        for r in report().relations
    }
    assert ("iswap", "affiliate_of", "isis") in rels
    assert ("iswap", "operates_in", "Niger") in rels
    assert not any(s == "isis" and p == "operates_in" for s, p, _ in rels)
    niger = next(p for p in report().places if p.text == "Niger")
    assert niger.place is not None and niger.place.country_code == "NE"
    assert niger.place.feature == "country"


def test_strength_estimate_has_no_period_from_an_aside():
    [q] = [q for q in report().quantities if q.measure == "fighters"]
    assert (q.subject, q.low, q.high) == ("iswap", 4000, 5000)
    assert q.period is None
