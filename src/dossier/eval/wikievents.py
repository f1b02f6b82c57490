"""WikiEvents, end to end: event detection and argument F1 without gold triggers.

The benchmark (``../shared/eval/wikievents``, see its README) annotates KAIROS events in
Wikipedia articles about attacks and the news pages they cite: ``{dev,test}.jsonl`` (tokens
with character offsets, sentences, entity mentions, event mentions with a trigger and
arguments), ``coref/{dev,test}.jsonlines`` (clusters of coreferent entity mentions) and
``event_role_KAIROS.json`` (the ontology).

What is scored. Dossier reads each document's text as it reads any document (clean →
spaCy → mentions → actors → places → time → events, :func:`dossier.pipeline.annotate`); its
events (:func:`dossier.extract.events.extract_events`, with the argument spans of
:func:`~dossier.extract.events.extract_event_frames`) are mapped to KAIROS types and roles by
``data/eval/kairos_map.yaml``. Then, per document:

- **event detection**: a predicted event matches a gold event of the same KAIROS type whose
  trigger lies inside the Dossier event's anchor sentence, one to one; the ``any`` variant
  drops the type condition (and also counts the Dossier events that have no KAIROS type);
- **arguments** of the typed matches: a predicted argument is identified (Arg-I) when its
  syntactic head is the head of the gold argument's mention or of any mention coreferent with
  it; classified (Arg-C) when the KAIROS role is the gold role too. Arguments of unmatched
  events count as wrong (predicted) or missed (gold), so these are end-to-end figures.

Published WikiEvents numbers (BART-Gen 71.75 / 64.57, TSAR 76.62 / 69.70 head Arg-I / Arg-C)
are given gold triggers; these figures are not, and are not comparable with them.

Example::

    figs = run_wikievents_eval(Path("../shared/eval/wikievents/dev.jsonl"), limit=2)
    print(format_figures(figs))

Command line::

    python3 -m dossier.eval.wikievents ../shared/eval/wikievents/test.jsonl [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from dossier.eval.wikievents_data import (
    WeDocument,
    WeEvent,
    WeMention,
    data_dir,
    load_documents,
    rebuild_text,
)
from dossier.eval.wikievents_kairos import KairosMap, load_kairos_map
from dossier.eval.wikievents_predict import predict_document
from dossier.eval.wikievents_score import (
    Counts,
    GoldArgument,
    GoldEvent,
    PredArgument,
    PredEvent,
    Prediction,
    score_document,
    score_predictions,
)
from dossier.eval.wikievents_score import DocumentScore as DocumentScore

__all__ = [
    "Counts",
    "GoldArgument",
    "GoldEvent",
    "KairosMap",
    "PredArgument",
    "PredEvent",
    "WeDocument",
    "WeEvent",
    "WeMention",
    "data_dir",
    "format_figures",
    "load_documents",
    "load_kairos_map",
    "main",
    "predict_document",
    "rebuild_text",
    "run_wikievents_eval",
    "score_document",
]


def run_wikievents_eval(
    path: Path, limit: int | None = None, progress: bool = False
) -> dict[str, float]:
    """Run Dossier over a WikiEvents ``.jsonl`` file and score it end to end.

    Returns percentages ``event_{p,r,f1}`` (typed detection), ``event_any_*`` (any event in
    the sentence), ``arg_i_*`` and ``arg_c_*`` (arguments without gold triggers),
    ``scope_{event,arg_i,arg_c}_*`` (against the gold events of types the map can predict), the counts
    behind them (``*_matched``, ``*_pred``, ``*_gold``), ``docs``, and per KAIROS type
    ``type:<name>:{matched,pred,gold}``. ``progress`` writes one line a document to stderr.
    """
    kairos = load_kairos_map()
    docs = load_documents(Path(path), limit=limit)

    def predictions() -> Iterable[Prediction]:
        for i, doc in enumerate(docs, 1):
            if progress:
                sys.stderr.write(f"[{i}/{len(docs)}] {doc.doc_id}\n")
            yield predict_document(doc, kairos)

    return score_predictions(predictions(), kairos.kairos_types)


def format_figures(figs: dict[str, float]) -> str:
    """A P/R/F1 table (overall, then per KAIROS type), then one line of ``name=value``."""
    rows = [
        ("event (type+sentence)", "event"),
        ("event (any, sentence)", "event_any"),
        ("Arg-I (head, coref)", "arg_i"),
        ("Arg-C (head, coref)", "arg_c"),
        ("event, gold of the types Dossier maps", "scope_event"),
        ("Arg-I, gold of the types Dossier maps", "scope_arg_i"),
        ("Arg-C, gold of the types Dossier maps", "scope_arg_c"),
    ]
    types = sorted({k.split(":")[1] for k in figs if k.startswith("type:")})
    width = max([42, *(len(t) + 3 for t in types)])
    lines = [f"{'':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'match':>6} {'pred':>5} {'gold':>5}"]
    for label, key in rows:
        lines.append(
            f"{label:<{width}} {figs[key + '_p']:6.2f} {figs[key + '_r']:6.2f} "
            f"{figs[key + '_f1']:6.2f} {int(figs[key + '_matched']):6d} "
            f"{int(figs[key + '_pred']):5d} {int(figs[key + '_gold']):5d}"
        )
    for t in types:
        c = Counts(
            int(figs[f"type:{t}:matched"]), int(figs[f"type:{t}:pred"]), int(figs[f"type:{t}:gold"])
        )
        if c.predicted == 0 and c.gold < 10:
            continue
        lines.append(
            f"  {t:<{width - 2}} {100 * c.precision:6.2f} {100 * c.recall:6.2f} {100 * c.f1:6.2f} "
            f"{c.matched:6d} {c.predicted:5d} {c.gold:5d}"
        )
    lines.append("(end to end, no gold triggers: not comparable with published gold-trigger F1)")
    summary = ("docs", "event_f1", "event_any_f1", "arg_i_f1", "arg_c_f1")
    lines.append(
        " ".join(f"{k}={int(figs[k])}" if k == "docs" else f"{k}={figs[k]:.2f}" for k in summary)
    )
    return "\n".join(lines)


def _resolve(file: str) -> Path:
    if file in {"dev", "test"}:
        return data_dir() / f"{file}.jsonl"
    return Path(file)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python3 -m dossier.eval.wikievents FILE [--limit N] [--progress]``."""
    parser = argparse.ArgumentParser(prog="python3 -m dossier.eval.wikievents", description=__doc__)
    parser.add_argument("file", help="a WikiEvents .jsonl file, or 'dev' / 'test'")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--progress", action="store_true", help="one line a document on stderr")
    args = parser.parse_args(argv)
    path = _resolve(args.file)
    if not path.is_file():
        parser.error(f"{path}: no such file")
    figs = run_wikievents_eval(path, limit=args.limit, progress=args.progress)
    sys.stdout.write(format_figures(figs) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
