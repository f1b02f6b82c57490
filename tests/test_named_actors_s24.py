"""(s24) Two cued group names that overlap no longer crash the pipeline (spaCy allows no
overlapping entities): the longer one stands. Sentences written for the test."""

from __future__ import annotations

import pytest

from dossier.nlp import build_nlp
from dossier.nlp.mention_group import ACTORS


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The gunmen, members of the Bakassi Boys militia, shot three traders in Onitsha.",
            "Bakassi",
        ),
        (
            "The raiders, fighters of the Red Scarf militia, burned a granary near Kaura.",
            "Red Scarf",
        ),
    ],
)
def test_overlapping_group_names_do_not_crash(text: str, name: str) -> None:
    doc = build_nlp()(text)
    assert any(name in e.text and e.label_ == "ORG" for e in doc.ents)
    assert any(name in s.text for s in doc.spans[ACTORS])
