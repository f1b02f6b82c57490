"""A whole report written for this test (a Sahel brief on JNIM in Markdown: a merger, a
rivalry, attacks, a strength estimate, an expulsion), coded the way an analyst would."""

from __future__ import annotations

from report_docs import relation_triples, written_report

from dossier.records import Document


def report() -> Document:
    return written_report("sahel_jnim.md")


def _relations() -> set[tuple[str, str, str | None]]:
    return relation_triples(report())


def test_the_groups_that_merged_and_not_the_one_whose_branch_did():
    rels = _relations()
    for member in ("ansar_dine", "al_mourabitoun", "katiba_macina"):
        assert (member, "merged_into", "jnim") in rels
    assert ("aqim", "merged_into", "jnim") not in rels  # only its Sahara branch did


def test_rivalry_and_where_the_group_operates():
    rels = _relations()
    assert ("jnim", "hostile_to", "is_sahel") in rels
    assert ("jnim", "controls", "Burkina Faso") in rels
    # "controls large parts of Burkina Faso and operates in northern Benin and Togo"
    assert ("jnim", "controls", "Benin") not in rels
    assert ("jnim", "operates_in", "Benin") in rels


def test_founding_has_the_group_and_its_merging_members_as_initiators():
    # the analysts' codings list the groups that merged beside the new one; the parent named
    # in an apposition ("al-Qaeda's branch") took no part in the founding
    [found] = [e for e in report().events if e.type == "FOUND"]
    assert {(a.actor, a.role) for a in found.actors} == {
        ("jnim", "initiator"),
        ("ansar_dine", "initiator"),
        ("al_mourabitoun", "initiator"),
        ("katiba_macina", "initiator"),
    }


def test_a_town_placed_by_the_text_is_the_place_of_the_massacre():
    [attack] = [
        e
        for e in report().events
        if e.type == "ASSAULT" and e.date is not None and e.date.value == "2024-08-24"
    ]
    assert attack.place is not None and attack.place.text == "Barsalogho"
    assert attack.place.place is not None and attack.place.place.admin1_code == "BF-05"
    assert "new:barsalogho" not in {a.key for a in report().actors}


def test_the_sahara_is_a_region_not_a_yemeni_town():
    [sahara] = [p for p in report().places if p.text == "Sahara"]
    assert sahara.place is not None and sahara.place.precision == "region"


def test_a_possessive_country_name_of_two_words_names_its_junta():
    [expel] = [e for e in report().events if e.type == "SANCTION"]
    assert ("burkina_faso_government", "initiator") in {(a.actor, a.role) for a in expel.actors}


def test_strength_estimate_belongs_to_the_group():
    [qty] = [q for q in report().quantities if q.measure == "fighters"]
    assert (qty.subject, qty.low, qty.high) == ("jnim", 5000, 6000)
