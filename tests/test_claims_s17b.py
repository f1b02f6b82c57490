"""Claims and quantities, round s17b (fixes after review): the outlet read through every
preposition (YAML reads a bare ``on`` as true, so "posted on Telegram" and "read on state
television" lost their outlet), a generic outlet before a carrier ("a radio interview"), the
addressee of "tell" an outlet only when it is a medium, a claim that ends before another
speaker's clause, "is expected to" with its subject and likelihood, an agented "put at",
the relative clause of an estimated subject, one path for a figure a source puts, fighters
"from" a group, and wire stories whose plain statements have no outlet.

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

from test_claims import claims_of, one

from dossier.extract.lexicon import load_data
from dossier.pipeline import process_file
from dossier.records import Claim, Quantity
from dossier.settings import Settings


def _processed(tmp_path: Path, text: str) -> tuple[list[Quantity], list[Claim]]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path, Settings())
    return list(doc.quantities), list(doc.claims)


def _bools(node: object) -> list[object]:
    if isinstance(node, dict):
        return [b for v in node.values() for b in _bools(v)]
    if isinstance(node, list):
        return [v for v in node if isinstance(v, bool)] + [b for v in node for b in _bools(v)]
    return []


def test_cue_word_lists_hold_no_yaml_booleans() -> None:
    # a bare on/off/yes/no in a YAML list is read as a boolean, never as the word
    for name in ("claim_cues.yaml", "quantity_cues.yaml"):
        assert _bools(load_data(name)) == [], name


def test_the_outlet_a_video_was_posted_on() -> None:
    c = one(
        claims_of(
            "The militia's spokesman was quoted in a video posted on Facebook as saying that "
            "the bridge had been mined."
        ),
        "bridge had been mined",
    )
    assert c.via == "Facebook"


def test_a_statement_read_on_state_radio() -> None:
    c = one(
        claims_of("The police said in a statement read on state radio that the curfew was lifted."),
        "curfew was lifted",
    )
    assert c.via == "state radio"


def test_a_bare_figure_claimed_keeps_its_outlet() -> None:
    c = one(claims_of("The movement claimed 27 in a post on Telegram."), "27")
    assert c.via == "Telegram"


def test_a_radio_interview_is_carried_by_radio() -> None:
    c = one(
        claims_of("The district chief said in a radio interview that the market had reopened."),
        "market had reopened",
    )
    assert c.via == "radio"
    # a phone is no outlet
    c = one(
        claims_of("The district chief said in a phone interview that the market had reopened."),
        "market had reopened",
    )
    assert c.via is None


def test_the_addressee_of_tell_is_an_outlet_only_as_a_medium() -> None:
    c = one(
        claims_of("The army chief told the UN Security Council that the rebels had rearmed."),
        "rebels had rearmed",
    )
    assert c.via is None
    c = one(
        claims_of("The army chief told the Associated Press that the rebels had rearmed."),
        "rebels had rearmed",
    )
    assert c.via == "AP"


def test_a_claim_ends_before_another_speakers_clause() -> None:
    claims = claims_of(
        "Many people believe the police colluded with the smugglers, while several people "
        "said the convoy left at night."
    )
    c = one(claims, "colluded with the smugglers")
    assert "said" not in c.text and "night" not in c.text
    c = one(claims, "convoy left at night")
    assert c.speaker_kind == "witnesses"


def test_is_expected_to_keeps_its_subject_and_likelihood() -> None:
    claims = claims_of("The truce is expected to break down before the harvest.")
    c = one(claims, "break down")
    assert c.text.startswith("The truce")
    assert c.likelihood == "likely"


def test_is_expected_to_under_a_named_speaker_is_one_claim() -> None:
    claims = claims_of("The militia is expected to step up raids in the dry season, experts said.")
    found = [c for c in claims if "step up raids" in c.text]
    assert len(found) == 1
    assert found[0].speaker_kind != "reports"
    assert found[0].likelihood == "likely"


def test_a_toll_put_at_by_an_agent_is_their_claim() -> None:
    c = one(claims_of("The death toll was put at 35 by hospital workers."), "35")
    assert c.speaker_text and "hospital workers" in c.speaker_text
    assert "hospital" not in c.text
    c = one(claims_of("The death toll was put at 35."), "35")
    assert c.speaker_kind == "reports"


def test_an_estimate_keeps_its_subject_with_its_relative_clause() -> None:
    c = one(
        claims_of(
            "Boko Haram, which counted some 6,000 fighters in 2015, is estimated at 2,000 now."
        ),
        "2,000",
    )
    # one contiguous span from the subject: what is estimated stays in the claim
    assert c.text.startswith("Boko Haram") and c.text.endswith("is estimated at 2,000")


def test_its_strength_put_at_a_bare_figure_is_the_groups(tmp_path: Path) -> None:
    qs, _ = _processed(
        tmp_path,
        "Ansaru has grown in Kaduna state. UN experts put its strength at 1,500.",
    )
    q = next(q for q in qs if q.low == 1500)
    assert q.subject == "ansaru"


def test_fighters_from_a_group_are_the_groups(tmp_path: Path) -> None:
    qs, _ = _processed(
        tmp_path, "Some 400 fighters from the Islamic State joined the assault on the town."
    )
    q = next(q for q in qs if q.low == 400)
    assert (q.measure, q.subject) == ("fighters", "isis")


def test_a_passive_infinitive_keeps_its_subject() -> None:
    c = one(
        claims_of(
            "Ansaru, which broke away from Boko Haram in 2012, is said to have 800 fighters."
        ),
        "800 fighters",
    )
    assert c.text.startswith("Ansaru")
    assert c.speaker_kind == "reports"


def test_a_quoted_commanders_infinitive_is_no_claim_of_his_name() -> None:
    claims = claims_of(
        "A militia commander was quoted in a video posted on Telegram vowing to storm the "
        "airport within days."
    )
    assert [c.text for c in claims if "storm the airport" in c.text]
    assert not [c for c in claims if c.text.endswith("was quoted")]


def test_a_named_force_estimated_at_a_bare_figure_is_its_strength(tmp_path: Path) -> None:
    qs, _ = _processed(
        tmp_path,
        "Ansaru, which lost many men in 2019, is estimated at 1,200 today. The population of "
        "the state is estimated at 9 million.",
    )
    q = next(q for q in qs if q.low == 1200)
    assert (q.measure, q.subject) == ("fighters", "ansaru")
    assert not [q for q in qs if q.low == 9_000_000 and q.measure == "fighters"]
