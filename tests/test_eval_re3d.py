"""The re3d NER evaluation: the gold rule, the scorers, and one real document end to end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.eval.re3d import (
    SPLITS,
    Counts,
    Entity,
    Re3dDocument,
    dossier_entities,
    exact_counts,
    format_report,
    gold_entities,
    is_name_like,
    name_like_only,
    overlap_counts,
    read_re3d,
    score_system,
    spacy_entities,
    split_of,
)

RE3D = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "re3d"
BBC_DOC = "3095FB15AFF7B552702E9EF46C083FDD"  # "Syria accuses Israel of bombardment"


def row(begin: int, end: int, type_: str, confidence: float, doc: str = "d") -> dict:
    return {"documentId": doc, "begin": begin, "end": end, "type": type_, "confidence": confidence}


def test_gold_keeps_the_most_confident_row_per_span_and_drops_confidence_zero() -> None:
    rows = [
        row(0, 5, "Location", 0.3),
        row(0, 5, "Organisation", 0.7),  # same span, more confident: wins
        row(10, 12, "Person", 0.5),
        row(10, 12, "Organisation", 0.5),  # a tie keeps the row read first
        row(20, 25, "Temporal", 0),  # confidence 0: no entity
        row(30, 35, "Location", 0),
        row(30, 35, "Location", 0.9),  # a later positive row for the same span counts
        row(0, 5, "Person", 1.0, doc="other"),
    ]
    gold = gold_entities(rows)
    assert gold["d"] == [
        Entity(0, 5, "Organisation"),
        Entity(10, 12, "Person"),
        Entity(30, 35, "Location"),
    ]
    assert gold["other"] == [Entity(0, 5, "Person")]


def test_reads_documents_and_gold_from_source_folders(tmp_path: Path) -> None:
    folder = tmp_path / "Some Source"
    folder.mkdir()
    text = "Syria accused Israel on Friday."
    doc = {"_id": "D1", "title": "T", "text": text, "sourceName": "Some Source"}
    (folder / "documents.json").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    rows = [row(0, 5, "Organisation", 1, "D1"), row(0, 5, "Location", 0, "D1")]
    (folder / "entities.json").write_text(
        "\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    docs = read_re3d(tmp_path)
    assert len(docs) == 1
    assert docs[0].gold == (Entity(0, 5, "Organisation"),)
    assert docs[0].text[0:5] == "Syria"


# A hand-made document: "President Assad met the UK envoy in Damascus on Friday. He left."
TEXT = "President Assad met the UK envoy in Damascus on Friday. He left."
GOLD = [
    Entity(0, 15, "Person"),  # President Assad
    Entity(20, 26, "Organisation"),  # the UK
    Entity(36, 44, "Location"),  # Damascus
    Entity(48, 54, "Temporal"),  # Friday
    Entity(56, 58, "Person"),  # He
]
PRED = [
    Entity(10, 15, "Person"),  # Assad: overlaps, not exact
    Entity(20, 26, "Organisation"),  # exact
    Entity(36, 44, "Organisation"),  # right span, wrong type
    Entity(48, 54, "Temporal"),  # exact
    Entity(56, 58, "Person"),  # exact (a pronoun)
]


def test_exact_counts_per_type() -> None:
    counts = exact_counts(PRED, GOLD, ["Person", "Organisation", "Location", "Temporal"])
    assert counts["Person"] == Counts(tp=1, fp=1, fn=1)
    assert counts["Organisation"] == Counts(tp=1, fp=1, fn=0)
    assert counts["Location"] == Counts(tp=0, fp=0, fn=1)
    assert counts["Temporal"] == Counts(tp=1, fp=0, fn=0)


def test_micro_precision_recall_f1_on_the_hand_made_document() -> None:
    doc = Re3dDocument("x", "hand", "", TEXT, tuple(GOLD))
    scores = score_system("test", [doc], [PRED])
    micro = scores.micro
    assert (micro.tp, micro.fp, micro.fn) == (3, 2, 2)
    assert micro.precision == pytest.approx(0.6)
    assert micro.recall == pytest.approx(0.6)
    assert micro.f1 == pytest.approx(0.6)
    # overlap pairs "Assad" with "President Assad"; "Damascus" stays wrong (type differs)
    assert scores.overlap == Counts(tp=4, fp=1, fn=1)
    assert scores.overlap.f1 == pytest.approx(0.8)
    # name-like: the gold "He" and the prediction on it leave the count
    assert scores.name_like == Counts(tp=2, fp=2, fn=2)
    assert scores.by_split[doc.split] == micro


def test_overlap_pairs_one_to_one_exact_first() -> None:
    gold = [Entity(0, 10, "Location"), Entity(0, 4, "Location")]
    pred = [Entity(0, 4, "Location"), Entity(2, 8, "Location"), Entity(3, 9, "Location")]
    # (0,4) pairs exactly; (2,8) then pairs with (0,10); (3,9) is left over
    assert overlap_counts(pred, gold, ["Location"]) == Counts(tp=2, fp=1, fn=0)


@pytest.mark.parametrize(
    ("text", "name_like"),
    [
        ("he", False),
        ("They", False),
        ("the group", False),
        ("civilians", False),
        ("President Bashar al-Assad", True),
        ("the UK", True),
        ("Iraqi security forces", True),
        ("30 November", True),
    ],
)
def test_name_like(text: str, name_like: bool) -> None:
    assert is_name_like(text) is name_like


def test_name_like_only_ignores_predictions_on_dropped_gold() -> None:
    text = "They met the group and Kerry."
    gold = [Entity(0, 4, "Organisation"), Entity(9, 18, "Organisation"), Entity(23, 28, "Person")]
    pred = [Entity(0, 4, "Organisation"), Entity(13, 18, "Organisation"), Entity(23, 28, "Person")]
    kept_pred, kept_gold = name_like_only(text, pred, gold)
    assert kept_gold == [Entity(23, 28, "Person")]
    assert kept_pred == [Entity(23, 28, "Person")]


def test_split_is_fixed_and_covers_both_halves() -> None:
    ids = [f"doc{i}" for i in range(40)]
    assert {split_of(i) for i in ids} == set(SPLITS)
    assert [split_of(i) for i in ids] == [split_of(i) for i in ids]


@pytest.fixture(scope="module")
def bbc_document() -> Re3dDocument:
    if not RE3D.is_dir():
        pytest.skip("../shared/eval/re3d is not beside the repository")
    docs = {d.id: d for d in read_re3d(RE3D)}
    if BBC_DOC not in docs:
        pytest.skip(f"re3d document {BBC_DOC} is missing")
    return docs[BBC_DOC]


def test_dossier_beats_plain_spacy_on_a_real_document(bbc_document: Re3dDocument) -> None:
    from dossier.nlp import build_nlp, load_base_model

    doc = build_nlp()(bbc_document.text)
    dossier = score_system("Dossier", [bbc_document], [dossier_entities(doc)])
    base = load_base_model()(bbc_document.text)
    baseline = score_system("spaCy", [bbc_document], [spacy_entities(base)])
    assert dossier.micro.f1 >= baseline.micro.f1 + 0.15
    found = {(bbc_document.text[e.start : e.end], e.type) for e in dossier_entities(doc)}
    # a country acting is an organisation; a noun phrase names a group
    assert ("Syria", "Organisation") in found
    assert ("The Israeli government", "Organisation") in found


def test_report_ends_with_one_line_of_figures(bbc_document: Re3dDocument) -> None:
    from dossier.eval.re3d import Re3dReport

    scores = score_system("x", [bbc_document], [[]])
    report = Re3dReport("dev", 1, 10, len(bbc_document.gold), scores, scores, ("ner",))
    last = format_report(report).splitlines()[-1]
    figures = dict(part.split("=") for part in last.split())
    assert figures["exact_f1"] == "0.000" and figures["split"] == "dev"
    assert {"exact_p", "exact_r", "overlap_f1", "baseline_exact_f1", "delta"} <= figures.keys()


def test_a_folder_without_re3d_data_is_a_clear_input_error(tmp_path: Path) -> None:
    from dossier.errors import InputError

    with pytest.raises(InputError, match="no re3d source folders"):
        read_re3d(tmp_path)
    folder = tmp_path / "Broken"
    folder.mkdir()
    (folder / "documents.json").write_text('{"_id": "x", "text": "t"}\n{oops\n', encoding="utf-8")
    (folder / "entities.json").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="line 2 is not JSON"):
        read_re3d(tmp_path)
