"""Relations and claims of the s10 unseen reports, third pass: "the two groups remain rivals"
after a sentence naming two groups; membership of an umbrella alliance groups are allied
"through"; a group's claimed count of attacks, judged by the author in a trailing clause; a
label given in a relative clause ("which he calls a terrorist group"); a denial of findings.

Short texts written for these tests, run through the real pipeline; each construction has a
negative or a contrast beside it.
"""

from __future__ import annotations

from test_claims import claims_of, one
from test_relations import relations_of, triples

# -- relations -----------------------------------------------------------------------------------


def test_two_groups_remain_rivals_after_naming_them() -> None:
    text = (
        "The ADF stepped up raids in Ituri, while CODECO attacked camps near Djugu. "
        "The two groups remain bitter rivals; ADF fighters killed a CODECO commander in March."
    )
    got = triples(relations_of(text))
    assert ("adf", "hostile_to", "codeco") in got or ("codeco", "hostile_to", "adf") in got
    # three groups named before: "the two groups" stands for no known pair
    text = (
        "The ADF, the M23 and CODECO all gained ground in 2024. "
        "The two groups remain bitter rivals."
    )
    assert not [r for r in relations_of(text) if r.predicate == "hostile_to"]


def test_allied_through_an_umbrella_alliance_are_members() -> None:
    rels = relations_of("The ADF is allied with CODECO through the CPC umbrella alliance.")
    got = triples(rels)
    assert ("adf", "allied_with", "codeco") in got
    members = {(r.subject, r.object_actor) for r in rels if r.predicate == "member_of"}
    cpc = {o for _, o in members}
    assert len(cpc) == 1 and {s for s, _ in members} == {"adf", "codeco"}
    # allied through a mediator names no alliance to belong to
    rels = relations_of("The ADF is allied with CODECO through the mediation of local chiefs.")
    assert not [r for r in rels if r.predicate == "member_of"]


# -- claims --------------------------------------------------------------------------------------


def test_claimed_count_is_the_groups_claim_and_author_judgement_separate() -> None:
    claims = claims_of(
        "The ADF claimed 300 attacks in 2023 in a bulletin posted online, a figure we assess "
        "is probably exaggerated."
    )
    group = one(claims, "300 attacks")
    assert group.speaker == "adf"
    assert group.text == "300 attacks in 2023"
    author = one(claims, "a figure we assess")
    assert author.speaker_kind == "author"
    assert author.likelihood == "likely"
    # a bare responsibility claim stays an event's, not a claim
    assert not claims_of("The ADF claimed the attack on Beni in a statement.")


def test_label_in_a_relative_clause_is_a_claim_about_the_antecedent() -> None:
    claims = claims_of(
        'President William Ruto has ruled out talks with the ADF, which he calls a "terrorist" '
        "group."
    )
    c = one(claims, "terrorist")
    assert c.speaker_kind == "person" and c.speaker and "ruto" in c.speaker
    assert "adf" in c.about


def test_capital_rejecting_findings_is_a_denial() -> None:
    claims = claims_of("Uganda deployed troops in Ituri. Kampala has rejected the findings.")
    c = one(claims, "the findings")
    assert c.speaker == "state:UG"
    assert "denied" in c.hedges
    # rejecting a proposal denies nothing
    assert not claims_of("Uganda deployed troops in Ituri. Kampala has rejected the talks.")
