"""Claims, s19b: the review's confirmed bugs in the s19 claims change, as regressions.

A denial that was not made (negated or under a modal, in a relative clause or in "a claim X
has not denied") is no denial, and its clause is cut from the claim it closes; a threat is
the speaker's own claim only when made: not negated, not under a modal, not inside another
speaker's words or a condition, and a condition it sets stays in its words; "In <word> it"
opens on a time or a place, never on the recording named before; an apposition of attesting
with an agent in a sentence no one is said to have said is the agent's claim of the clause
it closes. Every sentence is written for the test, about conflicts of every region."""

from __future__ import annotations

from test_claims import claims_of


def _denials(text: str) -> list[str]:
    return [c.speaker_text or "" for c in claims_of(text) if c.stance == "denial"]


def test_a_relative_clause_of_a_denial_not_made_is_no_denial() -> None:
    text = "The rebels said they had taken Kidal, which the Malian army did not deny."
    claims = claims_of(text)
    assert _denials(text) == []
    # the clause is still cut from the rebels' words
    assert any(c.text == "they had taken Kidal" for c in claims)
    assert (
        _denials("Activists said troops burned a village, which the junta could not refute.") == []
    )
    assert (
        _denials("Witnesses said police shot two students, which the ministry never disputed.")
        == []
    )
    # a denial made is still one
    assert _denials("The rebels said they had taken Kidal, which the Malian army denied.")


def test_a_closing_claim_noun_with_a_denial_not_made_is_no_denial() -> None:
    text = "Villagers said soldiers looted the clinic, a claim the army has not denied."
    assert _denials(text) == []
    assert not any("has not" in (c.speaker_text or "") for c in claims_of(text))
    assert _denials("Villagers said soldiers looted the clinic, a claim the army denied.")


def test_a_threat_inside_another_speakers_hypothesis_is_not_made() -> None:
    claims = claims_of(
        "Hezbollah could threaten a war with Israel if the talks fail, diplomats said."
    )
    assert [c.speaker_kind for c in claims if "war" in c.text and c.speaker_kind == "actor"] == []
    assert any(c.speaker_text == "diplomats" for c in claims)
    assert claims_of("The Taliban did not threaten reprisals against the returnees.") == []
    assert claims_of("Al-Shabaab might vow revenge for the raid.") == []


def test_a_threat_made_keeps_the_condition_it_sets() -> None:
    claims = claims_of(
        "The cartel threatened violence against the drivers unless the fees were paid."
    )
    threat = [c for c in claims if "violence" in c.text]
    assert threat and all("unless the fees were paid" in c.text for c in threat)
    claims = claims_of("Hezbollah vowed revenge for the killing of its commander.")
    assert any(c.text.startswith("revenge for the killing") for c in claims)


def test_a_time_or_place_before_it_is_no_recording() -> None:
    text = (
        "Boko Haram posted a video in May. In June it said it would free the remaining "
        "hostages from Chibok."
    )
    claims = [c for c in claims_of(text) if "hostages" in c.text]
    assert claims and all(c.via is None for c in claims)
    text = "Boko Haram posted a video in May. In it the commander said the hostages would be freed."
    claims = [c for c in claims_of(text) if "hostages" in c.text]
    assert claims and all(c.via == "a video" for c in claims)


def test_an_attested_apposition_in_an_unattributed_sentence_is_the_agents_claim() -> None:
    claims = claims_of(
        "The soldiers executed prisoners near Gao, a practice documented by Amnesty "
        "International since 2022."
    )
    assert any(
        c.speaker_text
        and "Amnesty" in c.speaker_text
        and c.text == "The soldiers executed prisoners near Gao"
        for c in claims
    )
    claims = claims_of("The gang looted the market in Cite Soleil, a tactic reported by the UN.")
    assert any(c.text.startswith("The gang looted the market") for c in claims)
    # a place the apposition happens to follow is not what was attested
    assert (
        claims_of(
            "Soldiers looted shops in Bria, a pattern recorded by the UN mission, and burned a mosque."
        )
        == []
    )


def test_which_after_a_report_stands_for_what_was_reported() -> None:
    claims = claims_of(
        "The rebels said they took two villages on Monday, which the army confirmed."
    )
    army = [c for c in claims if c.speaker_text and "army" in c.speaker_text]
    assert army and all(c.text == "they took two villages on Monday" for c in army)
    rebels = [c for c in claims if c.speaker_text and "rebels" in c.speaker_text.lower()]
    assert rebels and all("confirmed" not in c.text and "confirmed" not in c.hedges for c in rebels)


def test_a_comment_clause_is_cut_but_a_restrictive_description_is_the_describers() -> None:
    claims = claims_of(
        "Witnesses said the police shot the protesters, which the commission later documented."
    )
    assert any(c.text == "the police shot the protesters" for c in claims)
    # "that Kigali describes as": the noun's own description, not a comment to cut
    claims = claims_of(
        "Bogota relies on the militia, an armed group that Caracas describes as a terrorist threat."
    )
    assert any("describes as a terrorist threat" in c.text for c in claims)
