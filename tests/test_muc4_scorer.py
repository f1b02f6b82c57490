"""The MUC-4 CEAF-REE phi-strict scorer reproduces the published GRIT figures.

The data-dependent tests read ``../shared/eval/muc4`` and skip when it is absent; the
synthetic ones always run.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dossier.eval.muc4 import (
    ROLES,
    MucDoc,
    MucEntity,
    data_dir,
    format_figures,
    load_gold,
    load_reference_predictions,
    normalize,
    numeric_id,
    run_muc4_eval,
    score,
)
from dossier.eval.muc4_raw import (
    DateRange,
    KeyDate,
    load_answer_keys,
    load_raw_texts,
    match_date,
    match_location,
    parse_key_date,
    parse_key_location,
    restore_case,
)


def _muc_root() -> Path:
    try:
        return data_dir()
    except FileNotFoundError:
        pytest.skip("MUC-4 data (../shared/eval/muc4) not available")


needs_data = pytest.mark.usefixtures("muc_root")


@pytest.fixture(scope="module")
def muc_root() -> Path:
    return _muc_root()


def _doc(**roles: list[list[str]]) -> MucDoc:
    return MucDoc(
        docid="TST9-MUC4-0001",
        text="",
        roles={
            role: tuple(MucEntity(tuple(e), tuple(range(len(e)))) for e in roles.get(role, []))
            for role in ROLES
        },
    )


# --------------------------------------------------------------------------- synthetic


def test_normalize() -> None:
    assert normalize("The  FMLN's urban-commandos.") == "fmlns urbancommandos"
    assert normalize('"a" bomb, an explosion') == "bomb explosion"
    assert normalize("theater") == "theater"  # articles only as whole words


def test_numeric_id() -> None:
    assert numeric_id("TST3-MUC4-0003") == "30003"
    assert numeric_id("TST4-MUC4-0100") == "40100"


def test_phi_strict_requires_every_predicted_mention_in_the_gold_entity() -> None:
    gold = {"d": _doc(PerpOrg=[["shining path", "sendero luminoso"]])}
    assert score({"d": {"PerpOrg": [["The Shining Path"]]}}, gold).f1 == 1.0
    assert score({"d": {"PerpOrg": [["shining path", "sendero luminoso"]]}}, gold).f1 == 1.0
    partial = score({"d": {"PerpOrg": [["shining path", "fmln"]]}}, gold)
    assert partial.micro.matched == 0 and partial.micro.predicted == 1


def test_alignment_is_one_to_one_and_optimal() -> None:
    gold = {"d": _doc(Victim=[["priests", "jesuits"], ["jesuits"]])}
    # "jesuits" fits both gold entities, "priests" only the first: the best alignment uses both
    result = score({"d": {"Victim": [["jesuits"], ["priests"]]}}, gold)
    assert (result.micro.matched, result.micro.predicted, result.micro.gold) == (2, 2, 2)
    # a duplicate prediction counts as predicted but can match only once
    dup = score({"d": {"Victim": [["jesuits"], ["jesuits"], ["jesuits"]]}}, gold)
    assert (dup.micro.matched, dup.micro.predicted) == (2, 3)


def test_missing_documents_and_empty_entities() -> None:
    gold = {"d": _doc(Weapon=[["bomb"]]), "e": _doc(Target=[["bus"]])}
    result = score({"d": {"Weapon": [["bomb"], [], [""]]}}, gold)
    assert result.roles["Weapon"].predicted == 1  # empty entities are dropped
    assert result.roles["Target"].gold == 1 and result.n_docs == 2
    with pytest.raises(ValueError, match="unknown MUC-4 roles"):
        score({"d": {"Perpetrator": [["x"]]}}, gold)


def test_format_figures_ends_with_name_value_line() -> None:
    gold = {"d": _doc(PerpInd=[["guerrillas"]], Weapon=[["bomb"]])}
    text = format_figures(score({"d": {"PerpInd": [["guerrillas"]], "Weapon": [["rifle"]]}}, gold))
    last = text.splitlines()[-1]
    assert last.startswith("f1=50.00 p=50.00 r=50.00 perpind_p=100.00")
    assert last.endswith("n_docs=1")
    assert "PerpInd" in text.splitlines()[1]


def test_match_date_and_location() -> None:
    key = parse_key_date("(- 31 OCT 88) / (27 OCT 88)")
    assert key.alternatives == (
        DateRange(None, date(1988, 10, 31)),
        DateRange(date(1988, 10, 27), date(1988, 10, 27)),
    )
    assert match_date(date(1988, 10, 27), key) == 1.0
    assert match_date(date(1988, 10, 30), key) == 0.5
    assert match_date(date(1988, 11, 2), key) == 0.0
    assert match_date(None, KeyDate("-")) == 0.0
    loc = parse_key_location("COLOMBIA: ANTIOQUIA (DEPARTMENT): MEDELLIN (CITY) - CALI (CITY)")
    assert [p[-1].name for p in loc.alternatives] == ["MEDELLIN", "CALI"]
    assert match_location(["Colombia", "Cali"], loc) == 1.0
    assert match_location(["Colombia", "Bogota"], loc) == 0.5
    assert match_location(["Peru"], loc) == 0.0


def test_restore_case_aligns_on_non_space_characters() -> None:
    cased = "LIMA, 9 JAN 90 -- [Text] The  Shining\nPath attacked [the] bank."
    assert restore_case("the shining path attacked (the) bank.", cased) == (
        "The Shining Path attacked (the) bank."
    )
    assert restore_case("no such text", cased) is None


# --------------------------------------------------------------------------- real data


@needs_data
def test_reference_grit_predictions_score_54_50() -> None:
    gold = load_gold("test")
    assert len(gold) == 200
    result = score(load_reference_predictions(gold), gold)
    assert f"{100 * result.precision:.2f}" == "64.19"
    assert f"{100 * result.recall:.2f}" == "47.36"
    assert f"{100 * result.f1:.2f}" == "54.50"
    assert format_figures(result).splitlines()[-1].startswith("f1=54.50 p=64.19 r=47.36 ")


@needs_data
def test_runner_scores_a_predict_function(tmp_path: Path) -> None:
    gold = load_gold("dev")
    out = tmp_path / "preds.json"
    result = run_muc4_eval("dev", lambda docid, text: gold[docid].fillers(), out)
    assert result.f1 == 1.0 and result.n_docs == 200
    written = json.loads(out.read_text(encoding="utf-8"))
    assert set(written) == set(gold)
    with pytest.raises(ValueError, match="unknown MUC-4 split"):
        load_gold("train")


@needs_data
def test_answer_keys_and_raw_texts_join_the_grit_docids() -> None:
    gold = load_gold("test")
    keys = load_answer_keys()
    texts = load_raw_texts()
    assert set(keys) == set(gold) == set(texts)
    first = keys["TST3-MUC4-0003"][0]
    assert first.incident_type == "ATTACK"
    assert first.date.alternatives == (DateRange(date(1990, 1, 9), date(1990, 1, 9)),)
    assert [p.name for p in first.location.alternatives[0]] == ["PERU", "LIMA", "SAN ISIDRO"]
    assert not keys["TST3-MUC4-0004"][0].relevant
    raw = texts["TST3-MUC4-0003"]
    assert (raw.place, raw.date, raw.source) == ("LIMA", date(1990, 1, 10), "EFE")
    tst4 = texts["TST4-MUC4-0001"]
    assert tst4.mixed_case and tst4.place == "Concepcion" and tst4.date == date(1988, 8, 23)
    cased = restore_case(gold["TST4-MUC4-0001"].text, tst4.text)
    assert cased is not None and "Mormon Church in Talcahuano" in cased
