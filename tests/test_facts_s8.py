"""Relations, claims and quantities on the defects of round s8: splinters with a founding
date, a person's apposition with a "who leads" clause, leaders named as successors, branches
as a relation type of their own, an author's assessment with its confidence, ransoms, the
strength of police forces and missions, and the share of a place a group controls.

Short reports written for these tests, run through the real pipeline (``annotate_text`` of
``test_relations.py``); each construction has a negative beside it.
"""

from __future__ import annotations

from test_claims import claims_of, one
from test_quantities import quantities_of
from test_relations import relations_of, triples
from test_relations_round2 import _rel

from dossier.ontology import load_ontology
from dossier.records import Quantity


def _q(qs: list[Quantity], measure: str) -> Quantity:
    found = [q for q in qs if q.measure == measure]
    assert found, f"no {measure} in {[(q.measure, q.text) for q in qs]}"
    return found[0]


# -- splinters ----------------------------------------------------------------------------------


def test_a_splinter_founded_in_a_year_split_from_its_parent() -> None:
    rels = relations_of(
        "Ansaru, a Boko Haram splinter founded in 2012, has attacked convoys on the "
        "Kaduna-Abuja highway."
    )
    assert ("ansaru", "split_from", "boko_haram") in triples(rels)
    assert not [r for r in rels if r.predicate in ("leader_of", "affiliate_of")]


def test_a_splinter_is_no_affiliate() -> None:
    for text in (
        "Ansaru, a splinter group of Boko Haram, kidnapped foreign engineers in 2013.",
        "Ansaru, a breakaway faction of Boko Haram, kidnapped foreign engineers in 2013.",
    ):
        got = triples(relations_of(text))
        assert ("ansaru", "split_from", "boko_haram") in got
        assert ("ansaru", "affiliate_of", "boko_haram") not in got


def test_a_founding_date_in_an_apposition_is_not_the_leaders_period() -> None:
    rels = relations_of(
        "Ansaru, a splinter of Boko Haram founded in 2012, was led by Khalid al-Barnawi "
        "until his arrest in 2016."
    )
    led = _rel(rels, "new:khalid-al-barnawi", "leader_of", "ansaru")
    assert led.period is not None and "2016" in led.period and "2012" not in led.period
    rels = relations_of(
        "Ansaru, a splinter of Boko Haram founded in 2012 and led by Khalid al-Barnawi, "
        "kidnapped foreign engineers."
    )
    assert _rel(rels, "new:khalid-al-barnawi", "leader_of", "ansaru").period is None


def test_a_possessor_after_founded_by_is_no_founder() -> None:
    rels = relations_of(
        "Ansaru, a splinter of Boko Haram founded in 2012 by Mohammed Yusuf's former "
        "lieutenants, has been revived in Kaduna State."
    )
    assert ("ansaru", "split_from", "boko_haram") in triples(rels)
    assert not [r for r in rels if r.predicate == "leader_of"]


# -- leaders ------------------------------------------------------------------------------------


def test_who_leads_in_a_persons_apposition() -> None:
    rels = relations_of(
        "Jimmy Cherizier, a former police officer who leads the Viv Ansanm coalition, "
        "threatened to attack the National Palace."
    )
    assert ("new:jimmy-cherizier", "leader_of", "viv_ansanm") in triples(rels)
    rels = relations_of(
        "Jimmy Cherizier, a former police officer who fought the Viv Ansanm coalition, "
        "threatened to attack the National Palace."
    )
    assert not [r for r in rels if r.predicate == "leader_of"]


def test_a_group_naming_a_successor_names_its_leader() -> None:
    rels = relations_of(
        "Abu Bakr al-Baghdadi led the Islamic State until his death in October 2019. The group "
        "named Abu Ibrahim al-Hashimi al-Qurashi as his successor."
    )
    assert ("abu_ibrahim_al_hashimi", "leader_of", "isis") in triples(rels)
    rels = relations_of("Hamas named Yahya Sinwar as its new political leader in August 2024.")
    led = _rel(rels, "yahya_sinwar", "leader_of", "hamas")
    assert led.period == "in August 2024"


def test_named_as_the_new_emir_and_as_his_successor() -> None:
    rels = relations_of(
        "Al-Shabaab lost its leader Ahmed Abdi Godane in a US strike in September 2014. "
        "Ahmed Umar was named as the new emir."
    )
    assert ("new:ahmed-umar", "leader_of", "al_shabaab") in triples(rels)
    rels = relations_of(
        "Al-Shabaab's leader Ahmed Abdi Godane was killed in September 2014. Ahmed Umar was "
        "named as his successor."
    )
    assert ("new:ahmed-umar", "leader_of", "al_shabaab") in triples(rels)


def test_a_leader_named_in_a_reported_clause_is_reported_once() -> None:
    rels = relations_of(
        "ISWAP holds islands on Lake Chad. In March 2023, Abu Musab al-Barnawi was named as "
        "the new emir of ISWAP, according to local sources."
    )
    led = [r for r in rels if r.predicate == "leader_of"]
    assert [(r.subject, r.object_actor, r.certainty) for r in led] == [
        ("abu_musab_al_barnawi", "iswap", "reported")
    ]


# -- branches -----------------------------------------------------------------------------------


def test_branch_of_is_a_relation_type_narrower_than_affiliate_of() -> None:
    onto = load_ontology()
    branch = onto.relation_type("branch_of")
    assert branch.id == "branch_of" and branch.broader == "affiliate_of"
    assert onto.relation_type("wing_of").id == "branch_of"
    assert onto.relation_types[branch.inverse].inverse == "branch_of"


def test_a_branch_named_with_a_region_is_a_branch_and_an_affiliate() -> None:
    rels = relations_of(
        "ISWAP, the West Africa branch of the Islamic State, attacked a base in Monguno."
    )
    got = triples(rels)
    assert ("iswap", "branch_of", "isis") in got
    assert ("iswap", "affiliate_of", "isis") in got
    # a pledge of allegiance makes an affiliate, not a branch
    got = triples(relations_of("ISWAP pledged allegiance to the Islamic State in 2015."))
    assert ("iswap", "affiliate_of", "isis") in got
    assert ("iswap", "branch_of", "isis") not in got


def test_an_armed_wing_is_a_branch() -> None:
    got = triples(relations_of("Hamas's armed wing, the Qassam Brigades, fired rockets."))
    assert ("qassam_brigades", "branch_of", "hamas") in got


# -- the author's assessments -------------------------------------------------------------------


def test_an_assessment_with_a_confidence_level() -> None:
    claims = claims_of(
        "We assess with high confidence that the coalition will continue to target police "
        "stations in the coming months."
    )
    c = one(claims, "continue to target police stations")
    assert c.text.startswith("the coalition")
    assert (c.speaker_kind, c.speaker_text) == ("author", "We")
    assert "high confidence" in c.hedges
    assert c.likelihood is None  # a confidence level is no likelihood (ICD 203)
    # a relative clause after the object of a claim is no clause the claim hangs on
    claims = claims_of(
        "Islamic State Khorasan Province (ISKP) claimed a suicide bombing inside the "
        "Ministry of Refugees in Kabul on 11 December 2024 that killed the minister."
    )
    assert not [c for c in claims if "killed the minister" in c.text]


def test_an_assessment_judged_likely() -> None:
    claims = claims_of(
        "We judge it likely that ISWAP will attack military bases in Borno State before the "
        "rainy season."
    )
    c = one(claims, "will attack military bases")
    assert c.text.startswith("ISWAP will attack")
    assert c.speaker_kind == "author" and c.likelihood == "likely"
    claims = claims_of("This report assesses with moderate confidence that the group will split.")
    c = one(claims, "the group will split")
    assert c.speaker_kind == "author" and "moderate confidence" in c.hedges


# -- quantities ---------------------------------------------------------------------------------


def test_ransom_demanded_and_paid() -> None:
    qs = quantities_of(
        "Bandits abducted 287 pupils from a school in Kuriga in March 2024 and demanded a "
        "ransom of 1 billion naira."
    )
    q = _q(qs, "ransom")
    assert (q.low, q.high, q.text) == (1e9, 1e9, "1 billion naira")
    qs = quantities_of("Families paid $2 million in ransoms to bandits in Zamfara last year.")
    q = _q(qs, "ransom")
    assert (q.low, q.period) == (2e6, "last year")
    assert q.subject is not None  # the bandits paid, not the families
    # money that is no ransom stays funding
    qs = quantities_of("ISWAP raised $5 million from taxes on fishermen last year.")
    assert [q.measure for q in qs] == ["funding"]


def test_strength_of_a_police_force_and_of_a_mission() -> None:
    qs = quantities_of("Haiti's police force of about 9,000 officers is overstretched.")
    q = _q(qs, "fighters")
    assert (q.low, q.approximate) == (9000, True)
    assert q.subject is not None
    qs = quantities_of(
        "The 2,500-strong Kenyan-led police mission has struggled to contain the gangs."
    )
    q = _q(qs, "fighters")
    assert q.low == 2500 and q.subject is None  # the mission, not the gangs
    # officers harmed are no strength
    qs = quantities_of("Gangs killed two police officers in Pétion-Ville on Monday.")
    assert not [q for q in qs if q.measure == "fighters"]


def test_share_of_a_place_a_group_controls() -> None:
    assert load_ontology().quantities.measure("territory_share")
    qs = quantities_of(
        "Viv Ansanm now controls an estimated 85% of Port-au-Prince and has expanded into "
        "Artibonite."
    )
    q = _q(qs, "territory_share")
    assert (q.subject, q.low, q.high, q.approximate) == ("viv_ansanm", 85, 85, True)
    assert q.text == "an estimated 85% of Port-au-Prince"
    qs = quantities_of("About 80 percent of Port-au-Prince is controlled by Viv Ansanm.")
    assert _q(qs, "territory_share").subject == "viv_ansanm"
    # a percentage of anything else is no share of territory
    qs = quantities_of("Viv Ansanm has grown by 40 percent since 2023.")
    assert not [q for q in qs if q.measure == "territory_share"]
