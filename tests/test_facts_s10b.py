"""Relations, claims and quantities on the s10 unseen reports (f..j): rivalry and alliance
stated in apposition or with a copula, membership by "belongs to", pledges in a which-clause,
"led militarily by", "based mainly on"; the pronoun of a relative clause on an appositive;
author judgements given to the publisher, experts' bodies, outlets named after a channel
noun, conjoined reporting verbs, hearsay adverbs; figures of a force named with its acronym,
and figures a sentence calls disputed.

Short texts written for these tests, run through the real pipeline; each construction has a
negative or a contrast beside it.
"""

from __future__ import annotations

from test_claims import claims_of
from test_quantities import quantities_of
from test_relations import annotate_text, relations_of, triples

from dossier.extract.claims import extract_claims

# -- relations -----------------------------------------------------------------------------------


def test_rival_in_apposition() -> None:
    got = triples(relations_of("MUJAO, Ansar Dine's main rival, operates in Gao."))
    assert ("mujao", "hostile_to", "ansar_dine") in got
    got = triples(relations_of("ISWAP, a rival of both Boko Haram and Ansaru, raided Monguno."))
    assert ("iswap", "hostile_to", "boko_haram") in got
    assert ("iswap", "hostile_to", "ansaru") in got
    # a rival's possession names no rivalry of the appositive's anchor
    got = triples(relations_of("MUJAO, Ansar Dine's main rival's ally, operates in Gao."))
    assert ("mujao", "hostile_to", "ansar_dine") not in got


def test_ally_by_copula_and_allied_militias() -> None:
    assert ("houthis", "allied_with", "hezbollah") in triples(
        relations_of("The Houthis are an ally of Hezbollah.")
    )
    assert ("houthis", "allied_with", "hezbollah") not in triples(
        relations_of("The Houthis are no longer an ally of Hezbollah.")
    )
    got = triples(
        relations_of("The Ugandan army (UPDF) and allied Mai-Mai militias attacked the ADF.")
    )
    assert ("updf", "allied_with", "mai_mai") in got
    assert not any(p == "allied_with" and "adf" in (s, o) for s, p, o in got)


def test_led_militarily_and_formerly_led_by() -> None:
    got = triples(relations_of("Hamas is led militarily by Mohammed Deif."))
    assert ("mohammed_deif", "leader_of", "hamas") in got
    got = triples(relations_of("Boko Haram, formerly led by Abubakar Shekau, raided Bama."))
    assert ("abubakar_shekau", "leader_of", "boko_haram") in got


def test_group_that_belongs_to_another_is_its_member() -> None:
    got = triples(relations_of("The 10th Front belongs to the Segunda Marquetalia."))
    assert any(p == "member_of" and o == "segunda_marquetalia" and "10th" in s for s, p, o in got)
    assert not any(p == "affiliate_of" for _s, p, _o in got)


def test_faction_that_rejoined_a_group_is_its_member() -> None:
    rels = relations_of("Ansaru, a faction that rejoined Boko Haram in 2021, raided Kaduna.")
    member = [r for r in rels if r.predicate == "member_of"]
    assert [(r.subject, r.object_actor) for r in member] == [("ansaru", "boko_haram")]
    assert member[0].period is not None and "2021" in member[0].period


def test_a_groups_commanders_sheltering_somewhere_base_it_there() -> None:
    rels = relations_of("The army believes ELN commanders are sheltering in Zulia state.")
    based = [(r.subject, r.predicate, r.certainty) for r in rels if r.predicate == "based_in"]
    assert based == [("eln", "based_in", "reported")]
    assert relations_of("ELN commanders said the talks were over.") == []


def test_pledge_in_a_which_clause_is_an_affiliation_with_its_year() -> None:
    rels = relations_of(
        "Ansaru, which pledged allegiance to al-Qaeda in 2020, kidnapped six farmers."
    )
    pledge = [r for r in rels if (r.subject, r.predicate) == ("ansaru", "affiliate_of")]
    assert [r.object_actor for r in pledge] == ["al_qaeda"]
    assert pledge[0].period is not None and "2020" in pledge[0].period


def test_based_mainly_in_or_on() -> None:
    got = triples(relations_of("Al-Shabaab is based mainly in Jubaland."))
    assert ("al_shabaab", "based_in", "Jubaland") in got
    got = triples(relations_of("ISWAP is based mainly on islands in Lake Chad."))
    assert ("iswap", "based_in", "Lake Chad") in got
    # "based on" without an adverb of extent reads no base
    got = triples(relations_of("ISWAP's strength is based on reports from Lake Chad."))
    assert not any(p == "based_in" for _s, p, _o in got)


def test_pronoun_of_a_relative_clause_on_an_appositive() -> None:
    text = "Rwanda is fighting the FDLR, a militia it accuses Kinshasa of arming."
    rels = relations_of(text)
    got = triples(rels)
    assert ("fdlr", "accuses", "drc_government") not in got
    assert ("state:RW", "accuses", "drc_government") in got
    backing = [r for r in rels if r.predicate == "supports"]
    assert [(r.subject, r.object_actor, r.certainty) for r in backing] == [
        ("drc_government", "fdlr", "reported")
    ]
    claims = claims_of(text)
    assert all(c.speaker != "fdlr" for c in claims)


# -- claims --------------------------------------------------------------------------------------


def test_author_judgement_is_the_publishers() -> None:
    text = "Al-Shabaab has almost certainly expanded its use of drones since 2023."
    doc, actors, places, _t = annotate_text(text)
    claims = extract_claims(doc, actors, places, publisher="Horn Risk Monitor")
    assert [(c.speaker_kind, c.speaker_text) for c in claims] == [("author", "Horn Risk Monitor")]
    # an attributed claim keeps its own speaker
    text = "Analysts said al-Shabaab has expanded its use of drones."
    doc, actors, places, _t = annotate_text(text)
    claims = extract_claims(doc, actors, places, publisher="Horn Risk Monitor")
    assert [c.speaker_kind for c in claims] == ["analysts"]


def test_a_body_of_experts_speaks_as_experts() -> None:
    claims = claims_of(
        "A UN panel of experts said that Chadian mercenaries were fighting in Darfur."
    )
    assert [(c.speaker_kind, c.speaker) for c in claims] == [("experts", "un")]


def test_conjoined_reporting_verb_keeps_the_first_speaker() -> None:
    claims = claims_of(
        "The UN Group of Experts on Sudan said the UAE exercised control over RSF "
        "operations and estimated that between 1,000 and 2,000 Chadian troops were "
        "deployed in Darfur."
    )
    second = next(c for c in claims if c.text.startswith("between 1,000"))
    assert second.speaker_kind == "experts"
    first = next(c for c in claims if c.text.startswith("the UAE"))
    assert "estimated" not in first.text


def test_outlets_named_after_a_channel_noun() -> None:
    claims = claims_of(
        "The Sudanese army said in a statement read on state television SNTV that its "
        "units had killed 40 RSF fighters."
    )
    assert [(c.via, c.text[:9]) for c in claims] == [("SNTV", "its units")]
    claims = claims_of(
        "The TPLF claimed through its Dimtsi Weyane media outlet that it had killed 60 soldiers."
    )
    assert [c.via for c in claims] == ["Dimtsi Weyane"]
    claims = claims_of(
        "The ELN said in a communique published on its website ELN Voces that it had "
        "seized the town."
    )
    assert [c.via for c in claims] == ["ELN Voces"]


def test_according_to_a_statement_by_a_named_officer() -> None:
    claims = claims_of(
        "The jets destroyed two camps, according to a statement by Brigadier General "
        "Musa Danmadami."
    )
    assert [c.speaker_kind for c in claims] == ["person"]
    assert claims[0].text.startswith("The jets destroyed")


def test_one_of_them_an_unnamed_official() -> None:
    claims = claims_of(
        "Three soldiers died. One of them, a local official who asked not to be named, "
        "said several Russians were wounded."
    )
    assert [(c.speaker_kind, c.text) for c in claims] == [
        ("officials", "several Russians were wounded")
    ]
    # a quoted subject the clause goes on from: the clause is the claim, up to its "but"
    claims = claims_of(
        'One of them, a village chief, said "several Malians" were wounded but could not '
        "give a number."
    )
    assert [(c.text, c.likelihood) for c in claims] == [('"several Malians" were wounded', None)]


def test_hearsay_adverb_makes_a_report() -> None:
    claims = claims_of("The Gulf Clan has reportedly sought to expand into Arauca.")
    assert [(c.speaker_kind, c.hedges) for c in claims] == [("reports", ("reportedly",))]
    assert claims_of("The Gulf Clan has sought to expand into Arauca.") == []


def test_unable_to_verify_and_belief_bands() -> None:
    claims = claims_of(
        "Community leaders said 11 fighters died near Teorama. The office has not been able "
        "to verify the figure."
    )
    assert [c.hedges for c in claims] == [("unverified",)]
    claims = claims_of("The army believes that al-Shabaab has around 800 fighters in Gedo.")
    assert [c.likelihood for c in claims] == ["likely"]
    claims = claims_of("The army said that al-Shabaab has around 800 fighters in Gedo.")
    assert [c.likelihood for c in claims] == [None]


# -- quantities ----------------------------------------------------------------------------------


def test_force_named_with_its_acronym_before_the_noun() -> None:
    got = [
        (q.measure, q.low, q.high)
        for q in quantities_of(
            "Experts estimated that between 1,000 and 2,000 Rwanda Defence Force (RDF) "
            "troops were deployed alongside the rebels."
        )
    ]
    assert got == [("deployed", 1000.0, 2000.0)]


def test_disputed_estimates_are_approximate() -> None:
    got = quantities_of(
        "Al-Shabaab has between 7,000 and 9,000 fighters in Somalia, though estimates vary."
    )
    assert [(q.low, q.high, q.approximate) for q in got] == [(7000.0, 9000.0, True)]
    got = quantities_of("Al-Shabaab has between 7,000 and 9,000 fighters in Somalia.")
    assert [(q.low, q.high, q.approximate) for q in got] == [(7000.0, 9000.0, False)]


def test_a_source_cited_by_a_newspaper_is_no_outlet_itself() -> None:
    claims = claims_of(
        "Clashes left 11 combatants dead, according to community leaders cited by the "
        "newspaper El Heraldo."
    )
    assert [(c.speaker_kind, c.speaker_text, c.via) for c in claims] == [
        ("sources", "community leaders", "El Heraldo")
    ]


def test_control_over_a_groups_operations_and_forces_deployed_alongside() -> None:
    rels = relations_of(
        'Experts said Eritrea exercised "de facto control and direction" over TPLF operations.'
    )
    assert [(r.predicate, r.object_actor, r.certainty) for r in rels] == [
        ("supports", "tplf", "reported")
    ]
    # control over a place is no support
    got = relations_of("The Houthis have control over Hodeidah.")
    assert not any(r.predicate == "supports" for r in got)
    rels = relations_of(
        "About 2,000 Eritrean troops were deployed alongside the Ethiopian army in Tigray."
    )
    assert [r.predicate for r in rels if r.predicate == "allied_with"] == ["allied_with"]


def test_faction_described_then_said_to_have_split() -> None:
    rels = relations_of(
        "The 36th Front belongs to the Comandos de la Frontera (CDF), the faction led by "
        "Giovanny Andrés Rojas that split from Iván Márquez's Segunda Marquetalia in 2024."
    )
    split = [r for r in rels if r.predicate == "split_from"]
    assert [r.object_actor for r in split] == ["segunda_marquetalia"]
    cdf = split[0].subject
    assert "comandos" in cdf.replace("_", "-")
    assert split[0].period is not None and "2024" in split[0].period
    assert any(p == "member_of" and o == cdf and "36th" in s for s, p, o in triples(rels))
