"""The MUC-4 role mapping over Dossier's events, on a few dev documents (fast)."""

from __future__ import annotations

import pytest

from dossier.eval.muc4 import data_dir, load_gold, score
from dossier.eval.muc4_dossier import DossierMucPredictor, truecase


def test_truecase_keeps_length_and_restores_names() -> None:
    text = "members of the farabundo marti national liberation front (fmln) attacked a base."
    cased = truecase(text)
    assert len(cased) == len(text)
    assert "FMLN" in cased
    assert cased.startswith("Members")


def test_role_mapping_finds_correct_fillers_on_dev() -> None:
    try:
        data_dir()
    except FileNotFoundError:
        pytest.skip("MUC-4 data not present")
    gold = load_gold("dev")
    docs = {d: gold[d] for d in ("TST1-MUC3-0001", "TST1-MUC3-0002")}
    predictor = DossierMucPredictor()
    preds = {d: predictor(d, doc.text) for d, doc in docs.items()}
    result = score(preds, docs)
    assert result.micro.matched >= 1
    assert result.precision > 0.3


def test_a_thing_named_after_its_owner_is_the_target_not_the_owner() -> None:
    from dossier.eval.muc4_dossier import annotate_text
    from dossier.eval.muc4_roles import frames_to_roles
    from dossier.records import DateValue

    text = (
        "SAN SALVADOR, 12 MAY 90 -- Urban guerrillas today bombed Public Works Minister "
        "Rafael Mendoza's residence in San Salvador, police reported."
    )
    date = DateValue("1990-05-12", "day")
    predictor = DossierMucPredictor()
    annotated = annotate_text(text, date)
    roles = frames_to_roles(predictor.frames(annotated, date), annotated, predictor.keep)
    assert roles["Target"] == [["Public Works Minister Rafael Mendoza's residence"]]
    assert roles["Victim"] == []
