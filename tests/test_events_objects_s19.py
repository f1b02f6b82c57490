"""What an attack hit, round 19 (muca): a clause of damage joined to the deed names what it hit.
New sentences (other places, other wordings); the real model runs."""

from __future__ import annotations

from functools import lru_cache

from dossier.eval.muc4_dossier import DossierMucPredictor


@lru_cache(maxsize=1)
def _predictor() -> DossierMucPredictor:
    return DossierMucPredictor(casing="lower")  # keeps the text as written


def _targets(text: str) -> set[str]:
    predictor = _predictor()
    annotated = predictor.annotate("x", text)
    doc = annotated.doc
    out: set[str] = set()
    for frame in predictor.frames(annotated):
        if frame.event.type != "ASSAULT":
            continue
        for start, end in frame.targets:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                out.add(span.root.lemma_.lower())
    return out


def test_a_participle_of_damage_after_the_deed_names_what_it_hit() -> None:
    targets = _targets(
        "Two grenades exploded near the Sanvi market on Sunday, destroying a pharmacy."
    )
    assert "pharmacy" in targets


def test_a_damage_clause_joined_to_the_deed_names_what_it_hit() -> None:
    targets = _targets(
        "Militants attacked the Orlu checkpoint at dawn and damaged the customs warehouse."
    )
    assert "warehouse" in targets


def test_a_clause_of_another_kind_names_no_target() -> None:
    targets = _targets(
        "Two grenades exploded near the Sanvi market on Sunday, alarming the shopkeepers."
    )
    assert "shopkeeper" not in targets


def test_a_negated_damage_clause_names_no_target() -> None:
    # the clause tells what the deed did not hit (review of s19: "... but did not damage ...")
    targets = _targets(
        "Militants attacked the Orlu checkpoint at dawn but did not damage the customs warehouse."
    )
    assert "warehouse" not in targets
    targets = _targets("The blast did not damage the Tamsin consulate, police said on Monday.")
    assert "consulate" not in targets
