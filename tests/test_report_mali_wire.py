"""A wire story written for this test (Mali, "CITY, Month D, YYYY (Agency) -" dateline, weekday
dates, a quote), coded the way an analyst would."""

from __future__ import annotations

from report_docs import written_report

from dossier.records import Document


def report() -> Document:
    return written_report("mali_wire.txt")


def test_dateline_dates_the_story_and_its_weekdays():
    doc = report()
    assert doc.metadata.published is not None and doc.metadata.published.value == "2023-06-19"
    values = {t.text: t.value for t in doc.timexes}
    assert values["Saturday"] == "2023-06-17" and values["Monday"] == "2023-06-19"


def test_one_massacre_at_the_village_dated_by_the_attack_not_the_report():
    massacres = [e for e in report().events if e.fatalities and e.fatalities.low == 40]
    assert len(massacres) == 1
    [ev] = massacres
    assert ev.date is not None and ev.date.value == "2023-06-17"
    assert ev.place is not None and ev.place.text == "Sokolo"
    assert ev.responsibility == "suspected"
    assert "new:reuters" not in {a.actor for a in ev.actors}  # "told Reuters" is no target
    segou = next(p for p in report().places if p.text == "Segou")
    assert segou.place is not None and segou.place.feature == "admin1"  # "Segou region"


def test_a_habitual_statement_adds_no_perpetrator_to_the_ambush():
    [ambush] = [e for e in report().events if e.place and e.place.text == "Boni"]
    assert {(a.actor, a.role) for a in ambush.actors} == {
        ("jnim", "perpetrator"),
        ("fama", "target"),
    }
    assert ambush.fatalities is not None and ambush.fatalities.best == 12


def test_junta_relies_on_wagner_since_late_2021():
    rels = {(r.subject, r.predicate, r.object_actor): r for r in report().relations}
    support = rels[("wagner_group", "supports", "mali_government")]
    assert support.period == "since late 2021"
    assert ("jnim", "affiliate_of", "al_qaeda") in rels


def test_the_army_of_a_report_about_mali_is_malis():
    [claim] = [c for c in report().claims if "reinforcements" in c.text]
    assert claim.speaker == "fama"
