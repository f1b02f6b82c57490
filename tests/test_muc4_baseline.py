"""The MUC-4 baseline's truecaser, word lists and predictor (on three dev documents only)."""

from __future__ import annotations

import pytest

from dossier.eval.muc4 import ROLES, data_dir, load_gold, score
from dossier.eval.muc4_lexicon import load_lexicon
from dossier.eval.muc4_truecase import Truecaser, strip_accents


def _truecaser() -> Truecaser:
    return Truecaser(
        phrases=["san salvador", "farabundo marti national liberation front"],
        acronyms=["fmln"],
        always_title=["february"],
        never_title=["guerrillas"],
        titles=["colonel"],
        common={"attack", "say"},
        nouns={"farm"},
        given_names=["luis"],
        use_places=False,
    )


def test_truecaser_restores_names_acronyms_and_sentence_starts() -> None:
    text = (
        "colonel luis arturo isaacs said that fmln guerrillas attacked a farm near san salvador "
        "in february.  the farabundo marti national liberation front denied it."
    )
    cased = _truecaser()(text)
    assert len(cased) == len(text) and cased.lower() == text
    assert cased.startswith("Colonel Luis Arturo Isaacs said that FMLN guerrillas attacked")
    assert "near San Salvador in February." in cased
    assert "The Farabundo Marti National Liberation Front denied it." in cased


def test_strip_accents() -> None:
    assert strip_accents("Usulután, Cabañas") == "Usulutan, Cabanas"


def test_lexicon_merges_ontology_triggers() -> None:
    lex = load_lexicon()
    assert {"detonate", "behead", "kidnap", "attack", "dynamite"} <= lex.triggers
    assert "fight" not in lex.triggers  # too broad for MUC's scope
    assert "bomb" in lex.weapon_lemmas and lex.weapons[0].count(" ") >= 1  # longest first
    fmln = next(o for o in lex.organizations if o.id == "fmln")
    assert "farabundo marti national liberation front" in fmln.names and fmln.acronyms == ("fmln",)


@pytest.fixture(scope="module")
def predictor():  # type: ignore[no-untyped-def]
    try:
        data_dir()
    except FileNotFoundError:
        pytest.skip("MUC-4 data (../shared/eval/muc4) not available")
    from dossier.eval.muc4_baseline import BaselinePredictor

    return BaselinePredictor()


DOCS = ("TST1-MUC3-0024", "TST1-MUC3-0099", "TST2-MUC4-0048")


def test_baseline_on_three_dev_documents(predictor) -> None:  # type: ignore[no-untyped-def]
    gold = load_gold("dev")
    subset = {d: gold[d] for d in DOCS}
    preds = {d: predictor(d, doc.text) for d, doc in subset.items()}
    for fillers in preds.values():
        assert set(fillers) == set(ROLES)
        assert all(len(entity) == 1 for entities in fillers.values() for entity in entities)
    bombing = preds["TST1-MUC3-0024"]
    assert "Miguel Maza Marquez" in [e[0] for e in bombing["Victim"]]
    assert "car bomb" in [e[0] for e in bombing["Weapon"]]
    assert [e[0].lower() for e in bombing["PerpOrg"]] == ["medellin cartel"]
    result = score(preds, subset)
    assert result.f1 > 0.5 and result.precision > 0.5


def test_casing_modes(predictor) -> None:  # type: ignore[no-untyped-def]
    text = load_gold("test")["TST4-MUC4-0001"].text
    assert predictor.cased_text("TST4-MUC4-0001", text).startswith("Police sources")
    assert predictor.cased_text("TST1-MUC3-0001", "the fmln attacked.") == "The FMLN attacked."
    with pytest.raises(ValueError, match="unknown casing"):
        type(predictor)(nlp=predictor.nlp, casing="shouting")
