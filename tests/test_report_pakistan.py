"""A whole report written for this test (Pakistan, plain text with a "Section | Country"
line, a headline and a dateline), coded the way an analyst would."""

from __future__ import annotations

from report_docs import written_report

from dossier.records import Document


def report() -> Document:
    return written_report("pakistan_ttp.txt")


def test_dateline_and_no_guessed_place_for_the_section_line():
    doc = report()
    assert doc.metadata.published is not None and doc.metadata.published.value == "2023-03-05"
    places = {p.text: p.place for p in doc.places}
    assert places.get("South Asia Brief") is None
    assert "Khyber Pakhtunkhwa" in places  # no line break inside the name


def test_cities_the_model_tagged_as_organisations_are_where_attacks_happened():
    by_date = {e.date.value: e for e in report().events if e.type == "ASSAULT" and e.date}
    peshawar = by_date["2023-01-30"]
    assert peshawar.place is not None and peshawar.place.text == "Peshawar"
    assert peshawar.mode == "suicide-attack" and peshawar.fatalities.low == 84
    assert (peshawar.responsibility, peshawar.responsibility_by) == ("claimed", "ttp")
    karachi = by_date["2023-02"]
    assert karachi.place is not None and karachi.place.text == "Karachi"
    # "Jamaat-ul-Ahrar, a TTP faction, said it carried out the attack"
    # the police whose headquarters were stormed are Pakistan's (Karachi is in Pakistan);
    # (s24) Pakistan's police, a body apart from its armed forces
    assert {(a.actor, a.role) for a in karachi.actors} == {
        ("jamaat_ul_ahrar", "perpetrator"),
        ("police:PK", "target"),
    }
    assert karachi.responsibility == "claimed"


def test_officials_speak_for_their_state():
    [accuse] = [e for e in report().events if e.type == "ACCUSE"]
    assert {(a.actor, a.role) for a in accuse.actors} == {
        ("pakistan_government", "initiator"),
        ("taliban", "target"),
    }
    kabul = next(a for a in report().actors if a.key == "state:AF")
    assert kabul.name == "Afghanistan"  # "Kabul denies the allegation"


def test_leadership_faction_and_spokesman():
    rels = {(r.subject, r.predicate, r.object_actor) for r in report().relations}
    assert ("noor_wali_mehsud", "leader_of", "ttp") in rels
    assert ("jamaat_ul_ahrar", "affiliate_of", "ttp") in rels
    assert ("new:mohammad-khurasani", "member_of", "ttp") in rels
