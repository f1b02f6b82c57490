"""A name that ends in a bracket it opened itself keeps the bracket ("UNLF(P)"); stray
brackets around a name are still trimmed. Texts written for this test."""

from __future__ import annotations

from dossier.pipeline import _trim


def test_name_keeps_a_bracket_it_opened() -> None:
    text = "Cadres of the KNF(B) crossed into the hills."
    start = text.index("KNF")
    s, e = _trim(text, start, start + len("KNF(B)"))
    assert text[s:e] == "KNF(B)"


def test_stray_brackets_are_trimmed() -> None:
    text = "The rebels (ADF) withdrew."
    start = text.index("(ADF)")
    s, e = _trim(text, start, start + len("(ADF)"))
    assert text[s:e] == "ADF"
