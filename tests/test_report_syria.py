"""A whole report written for this test (Syria after December 2024, Markdown with an italic
desk-and-date line), coded the way an analyst would."""

from __future__ import annotations

from report_docs import written_report

from dossier.records import Document


def report() -> Document:
    return written_report("syria_hts.md")


def test_desk_line_gives_the_date_and_is_no_place():
    doc = report()
    assert doc.metadata.published is not None and doc.metadata.published.value == "2025-01-09"
    desk = [p for p in doc.places if p.text == "Middle East Desk"]
    assert all(p.place is None for p in desk)


def test_moscow_is_in_russia_and_acting_countries_are_no_places():
    places = {p.text: p.place for p in report().places}
    assert places["Moscow"] is not None and places["Moscow"].country_code == "RU"
    assert "Turkey" not in places and "United States" not in places


def test_airstrike_by_the_country_named_by_its_demonym():
    [strike] = [e for e in report().events if e.type == "ASSAULT"]
    assert strike.mode == "aerial" and strike.date is not None
    assert strike.date.value == "2025-01-02"
    assert strike.place is not None and strike.place.text == "Quneitra"
    assert {(a.actor, a.role) for a in strike.actors} == {("idf", "perpetrator")}
    assert strike.fatalities is not None and strike.fatalities.best == 4


def test_leader_support_and_past_affiliation():
    rels = {(r.subject, r.predicate, r.object_actor): r for r in report().relations}
    assert ("ahmed_al_sharaa", "leader_of", "hts") in rels
    assert ("turkey_government", "supports", "syrian_national_army") in rels
    assert rels[("hts", "affiliate_of", "al_qaeda")].period == "until 2016"
    names = {a.key: sorted({m.text for m in a.mentions}) for a in report().actors}
    assert names["ahmed_al_sharaa"] == ["Abu Mohammed al-Jolani"]  # one person, not two


def test_a_state_speaking_of_itself():
    [claim] = [c for c in report().claims if "weapons depot" in c.text]
    assert claim.speaker == "israel_government" and claim.about == ("hezbollah",)
