"""The WikiEvents end-to-end scorer, the KAIROS mapping and the loader (fast)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier.eval.wikievents import (
    GoldArgument,
    GoldEvent,
    PredArgument,
    PredEvent,
    Prediction,
    format_figures,
    load_documents,
    load_kairos_map,
    predict_document,
    rebuild_text,
    score_document,
    score_predictions,
)

WIKIEVENTS = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "wikievents"
ATTACK = "Conflict.Attack.DetonateExplode"
DIE = "Life.Die.Unspecified"
ARREST = "Justice.ArrestJailDetain.Unspecified"


def _example() -> tuple[list[PredEvent], list[GoldEvent]]:
    gold = [
        GoldEvent(
            ATTACK,
            10,
            (GoldArgument("Attacker", frozenset({1, 2})), GoldArgument("Target", frozenset({5}))),
        ),
        GoldEvent(DIE, 12, (GoldArgument("Victim", frozenset({6})),)),
        GoldEvent(ARREST, 50, (GoldArgument("Detainee", frozenset({40})),)),
    ]
    preds = [
        # right type and sentence; Attacker via a coreferent mention (2), Target with the
        # wrong role, a Place that is no gold argument
        PredEvent(
            ATTACK,
            0,
            20,
            (PredArgument("Attacker", 2), PredArgument("Attacker", 5), PredArgument("Place", 9)),
        ),
        # derived death of the same attack: right
        PredEvent(DIE, 0, 20, (PredArgument("Victim", 6),), derived=True),
        # a typed event in a sentence without gold events: all wrong
        PredEvent("Conflict.Attack.Unspecified", 30, 45, (PredArgument("Target", 40),)),
        # an unmapped Dossier event: only the type-agnostic variant sees it
        PredEvent(None, 45, 60),
    ]
    return preds, gold


def test_scorer_counts_on_a_hand_made_document() -> None:
    preds, gold = _example()
    s = score_document(preds, gold)
    assert (s.event.matched, s.event.predicted, s.event.gold) == (2, 3, 3)
    # the type-agnostic variant also counts the unmapped event, which finds the arrest
    assert (s.event_any.matched, s.event_any.predicted, s.event_any.gold) == (3, 4, 3)
    assert (s.arg_i.matched, s.arg_i.predicted, s.arg_i.gold) == (3, 5, 4)
    assert (s.arg_c.matched, s.arg_c.predicted, s.arg_c.gold) == (2, 5, 4)
    assert s.arg_c.precision == pytest.approx(0.4)
    assert s.arg_c.recall == pytest.approx(0.5)
    assert s.arg_c.f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)


def test_events_match_one_to_one_preferring_shared_arguments() -> None:
    gold = [
        GoldEvent(ATTACK, 3),
        GoldEvent(ATTACK, 4, (GoldArgument("Attacker", frozenset({7})),)),
    ]
    preds = [PredEvent(ATTACK, 0, 10, (PredArgument("Attacker", 7),))]
    s = score_document(preds, gold)
    assert (s.event.matched, s.arg_c.matched) == (1, 1)
    two = score_document([preds[0], preds[0]], [gold[0]])
    assert (two.event.matched, two.event.predicted) == (1, 2)
    # a gold trigger outside the anchor sentence, or another type, does not match
    assert score_document([PredEvent(ATTACK, 5, 10)], [GoldEvent(ATTACK, 4)]).event.matched == 0
    assert score_document([PredEvent(DIE, 0, 10)], [GoldEvent(ATTACK, 4)]).event.matched == 0


def test_figures_end_with_one_name_value_line() -> None:
    preds, gold = _example()
    figs = score_predictions([Prediction("d1", tuple(gold), tuple(preds))])
    assert figs["event_f1"] == pytest.approx(66.67)
    assert figs["arg_i_p"] == pytest.approx(60.0)
    text = format_figures(figs)
    last = text.splitlines()[-1]
    assert last.startswith("docs=1 ")
    assert dict(kv.split("=") for kv in last.split())["arg_c_f1"] == "44.44"
    assert "not comparable" in text
    scoped = score_predictions([Prediction("d1", tuple(gold), tuple(preds))], frozenset({DIE}))
    assert (scoped["scope_event_matched"], scoped["scope_event_gold"]) == (1, 1)


def test_kairos_map_types_and_roles() -> None:
    kairos = load_kairos_map()
    assert kairos.event_types("ASSAULT", "explosives") == [ATTACK]
    assert kairos.event_types("ASSAULT", "firearms") == ["Conflict.Attack.Unspecified"]
    assert kairos.event_types("ASSAULT", None, trigger_lemma="kill") == [DIE]
    assert kairos.event_types("ASSAULT", "explosives", has_fatalities=True) == [ATTACK, DIE]
    assert kairos.event_types("ARREST") == [ARREST]
    assert kairos.event_types("PLEDGE") == []
    assert kairos.role(ATTACK, "perpetrator") == "Attacker"
    assert kairos.role(ATTACK, "weapon") == "ExplosiveDevice"
    assert kairos.role(DIE, "victim") == "Victim"
    assert kairos.role(DIE, "weapon") is None


def test_kairos_map_names_exist_in_the_ontology() -> None:
    ontology_file = WIKIEVENTS / "event_role_KAIROS.json"
    if not ontology_file.is_file():
        pytest.skip("../shared/eval/wikievents is absent")
    ontology = json.loads(ontology_file.read_text(encoding="utf-8"))
    kairos = load_kairos_map()
    for kairos_type, roles in kairos.roles.items():
        assert kairos_type in ontology
        assert set(roles.values()) <= set(ontology[kairos_type]["roles"]), kairos_type
    named = {k for k in kairos.types.values() if k} | {k for _t, _w, k in kairos.derived}
    assert named <= set(kairos.roles)


def test_rebuild_text_puts_tokens_at_their_offsets() -> None:
    sentences = [
        [["Bomb", 0, 4], ["hits", 5, 9], ["Kabul", 10, 15]],
        [["It", 16, 18], ["killed", 19, 25], ["two", 26, 29], [".", 29, 30]],
        [["Police", 33, 39], ["said", 40, 44], [".", 44, 45]],
    ]
    text, spans = rebuild_text(sentences)
    # a title without final punctuation ends its line; a wide gap is a paragraph break
    assert text == "Bomb hits Kabul\nIt killed two.\n\n\nPolice said."
    assert spans == ((0, 15), (16, 30), (33, 45))


def test_loads_a_real_document_with_its_offsets() -> None:
    path = WIKIEVENTS / "test.jsonl"
    if not path.is_file():
        pytest.skip("../shared/eval/wikievents is absent")
    (doc,) = load_documents(path, limit=1)
    raw = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert doc.doc_id == raw["doc_id"]
    tokens = [t for sent in raw["sentences"] for t in sent[0]]
    assert all(doc.text[s:e] == word for word, s, e in tokens)
    for m in raw["entity_mentions"]:
        assert doc.mentions[m["id"]].text == m["text"]
    for ev, gold in zip(doc.events, raw["event_mentions"], strict=True):
        assert ev.trigger == gold["trigger"]["text"]
        assert ev.type == gold["event_type"]
    # coreference: some argument entity has several mentions
    sizes = [len(doc.coreferent(eid)) for ev in doc.events for eid, _role in ev.arguments]
    assert max(sizes) > 1


def test_predicts_a_short_real_document() -> None:
    path = WIKIEVENTS / "dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/eval/wikievents is absent")
    doc = next(d for d in load_documents(path) if d.doc_id == "suicide_ied_114")
    pred = predict_document(doc)
    assert len(pred.gold) == len(doc.events)
    assert all(0 <= g.trigger < len(doc.text) for g in pred.gold)
    assert all(p.start < p.end for p in pred.predicted)
