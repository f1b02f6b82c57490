"""Literal prefilters: a pattern is skipped only on texts it cannot match."""

from __future__ import annotations

import re

from dossier.extract.relation_patterns import load_patterns
from dossier.regex_filter import FilteredRegex, required_strings

MASKED = [
    "⟦A1⟧, a branch of ⟦A2⟧, claimed the attack on ⟪P1⟫.",
    "⟦A1⟧, WHICH IS ALLIED WITH ⟦A2⟧, HAS BASES IN ⟪P1⟫ AND ⟪P2⟫.",
    "Clashes between ⟦A1⟧ and ⟦A2⟧ continued near ⟪P1⟫ on Monday.",
    "⟦A3⟧ leader ⟦A4⟧ was killed; the group, led by ⟦A5⟧ since 2019, controls ⟪P2⟫.",
    "⟦A1⟧ denied arming ⟦A2⟧, which is widely seen as a front for ⟦A3⟧.",
    "Iran-backed ⟦A12⟧ fighters, a splinter of ⟦A10⟧, operate across ⟪P11⟫’s north.",
    "⟦A1⟧ has provided weapons and training to ⟦A2⟧ and ⟦A3⟧, officials said.",
]


def test_strings_read_off_alternations_and_sequences() -> None:
    assert required_strings(r"\b(?:Denied|denies)\s+\w+", re.IGNORECASE) == {"denied", "denies"}
    assert required_strings(r"(?:foo)?barrel\d") == {"barrel"}
    # a branch with no literal leaves the whole alternation unconstrained
    assert required_strings(r"(?:killed|\d+)\s") is None
    # case matters without IGNORECASE
    assert required_strings(r"Leader of") == {"Leader of"}


def test_filtered_regex_skips_only_texts_it_cannot_match() -> None:
    rx = FilteredRegex(r"(?:allied|aligned)\s+with\s+(?P<y>\w+)", re.IGNORECASE)
    assert not rx.may_match("The army attacked the town.")
    assert [m.group("y") for m in rx.finditer("They are ALLIED WITH Hamas.")] == ["Hamas"]


def test_relation_patterns_find_what_their_regexes_find() -> None:
    patterns = load_patterns()
    assert sum(p.matcher.strings is not None for p in patterns) > 0.9 * len(patterns)
    found = 0
    for text in MASKED:
        folded = text.lower()
        for p in patterns:
            want = [m.span() for m in p.regex.finditer(text)]
            assert [m.span() for m in p.finditer(text, folded)] == want, (p.predicate, text)
            found += len(want)
    assert found >= len(MASKED)
