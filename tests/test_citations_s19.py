"""Superscript note marks glued to the word before them ("12,000.³ Aid agencies",
"founded in 2006¹") are marks of their own: the figure or the date before them stays a
figure or a date, and a mark after a full stop ends that sentence."""

from __future__ import annotations

from test_claims import claims_of

from dossier.nlp import build_nlp


def _sentences(text: str) -> list[str]:
    # the pipeline's own blocks component marks the sentences before the parser
    return [s.text for s in build_nlp()(text).sents]


def test_a_superscript_mark_after_a_stop_ends_the_sentence() -> None:
    sents = _sentences(
        "The camps near the town now hold 12,000.³ Aid agencies say more people arrive every week."
    )
    assert sents[0].endswith("12,000.³")
    assert sents[1].startswith("Aid agencies")


def test_a_superscript_mark_leaves_the_date_and_the_figure_before_it_alone() -> None:
    doc = build_nlp()("The front was formed in 2014¹ and counted 900 fighters² by then.")
    words = [t.text for t in doc]
    assert "2014" in words and "fighters" in words
    # a unit's exponent is no sentence end
    assert len(_sentences("The forest covers 500 km² of the district. It is remote.")) == 2


def test_the_speaker_after_a_glued_mark_is_not_the_figure_before_it() -> None:
    claims = claims_of(
        "The camps near the town now hold 12,000.³ Aid agencies say more people arrive every week."
    )
    assert claims and all("12,000" not in (c.speaker_text or "") for c in claims)
