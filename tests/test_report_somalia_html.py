"""An HTML page written for this test (Somalia: breadcrumb, meta date, a siege), coded the way
an analyst would."""

from __future__ import annotations

from report_docs import written_report

from dossier.records import Document


def report() -> Document:
    return written_report("somalia_hotel.html")


def test_siege_with_its_weekday_date_toll_and_claim():
    doc = report()
    assert doc.metadata.published is not None and doc.metadata.published.value == "2024-03-16"
    [ev] = [e for e in doc.events if e.type == "ASSAULT"]
    assert ev.date is not None and ev.date.value.startswith("2024-03-14")
    assert ev.place is not None and ev.place.text == "Mogadishu"
    # "left at least three soldiers and three attackers dead"
    assert ev.fatalities is not None and ev.fatalities.low == 6
    # "The group claimed responsibility": al-Shabaab, not Villa Somalia named in between
    assert (ev.responsibility, ev.responsibility_by) == ("claimed", "al_shabaab")


def test_alliance_in_an_aside_and_war_since_2006():
    rels = {(r.subject, r.predicate, r.object_actor): r for r in report().relations}
    assert ("al_shabaab", "allied_with", "al_qaeda") in rels
    assert rels[("al_shabaab", "hostile_to", "somalia_government")].period == "since 2006"
