"""WikiEvents scoring: event detection and argument (Arg-I, Arg-C) counts of predicted
against gold events, per document and summed into figures.

Events match one to one (same KAIROS type, gold trigger inside the predicted anchor
sentence); arguments match on syntactic heads, with coreferent mentions (see the module
docstring of :mod:`dossier.eval.wikievents`).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

from dossier.eval.scoring import MatchRatios

__all__ = [
    "Counts",
    "DocumentScore",
    "GoldArgument",
    "GoldEvent",
    "PredArgument",
    "PredEvent",
    "Prediction",
    "score_document",
    "score_predictions",
]


@dataclass(frozen=True)
class GoldArgument:
    """A gold argument: its role and the heads of all its coreferent mentions."""

    role: str
    heads: frozenset[Hashable]


@dataclass(frozen=True)
class GoldEvent:
    """A gold event for scoring: type, trigger position, arguments."""

    type: str
    trigger: int
    arguments: tuple[GoldArgument, ...] = ()


@dataclass(frozen=True)
class PredArgument:
    """A predicted argument: KAIROS role and the head of its text."""

    role: str
    head: Hashable


@dataclass(frozen=True)
class PredEvent:
    """A predicted event: KAIROS type (None when unmapped), anchor sentence span, arguments.

    One Dossier event gives one event of its own type and may give ``derived`` ones.
    """

    type: str | None
    start: int
    end: int
    arguments: tuple[PredArgument, ...] = ()
    derived: bool = False  # implied by another prediction's counts (deaths of an attack)

    def covers(self, position: int) -> bool:
        return self.start <= position < self.end


@dataclass
class Counts(MatchRatios):
    """Matched, predicted and gold counts, with precision, recall and F1 (0-1)."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class DocumentScore:
    """Counts of one document (or a sum of documents)."""

    event: Counts = field(default_factory=Counts)
    event_any: Counts = field(default_factory=Counts)
    arg_i: Counts = field(default_factory=Counts)
    arg_c: Counts = field(default_factory=Counts)

    def add(self, other: DocumentScore) -> None:
        for name in ("event", "event_any", "arg_i", "arg_c"):
            getattr(self, name).add(getattr(other, name))


def _assign(weights: list[list[float]]) -> list[tuple[int, int]]:
    """A one-to-one assignment maximising the total weight; pairs of weight 0 are dropped."""
    if not weights or not weights[0]:
        return []
    matrix = np.array(weights, dtype=float)
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if matrix[r, c] > 0]


def _unique_args(pred: PredEvent) -> tuple[list[Hashable], list[tuple[Hashable, str]]]:
    heads = list(dict.fromkeys(a.head for a in pred.arguments))
    pairs = list(dict.fromkeys((a.head, a.role) for a in pred.arguments))
    return heads, pairs


def _arg_matches(pred: PredEvent, gold: GoldEvent) -> tuple[int, int]:
    """(Arg-I, Arg-C) matches between the arguments of one predicted and one gold event."""
    heads, pairs = _unique_args(pred)
    ident = _assign([[1.0 if h in g.heads else 0.0 for g in gold.arguments] for h in heads])
    classed = _assign(
        [[1.0 if h in g.heads and r == g.role else 0.0 for g in gold.arguments] for h, r in pairs]
    )
    return len(ident), len(classed)


def score_document(preds: Sequence[PredEvent], golds: Sequence[GoldEvent]) -> DocumentScore:
    """Score one document's predicted events against its gold events.

    Events match one to one (same type, gold trigger inside the predicted anchor), chosen to
    maximise first the number of matched events, then the arguments they share. Every
    argument of a typed prediction counts as predicted, every gold argument as gold; only
    arguments of matched pairs can be correct. ``event_any`` ignores types and counts every
    prediction, typed or not.
    """
    result = DocumentScore()
    typed = [p for p in preds if p.type is not None]
    result.event.predicted = len(typed)
    result.event.gold = len(golds)
    result.event_any.predicted = len(preds)
    result.event_any.gold = len(golds)
    for p in typed:
        heads, pairs = _unique_args(p)
        result.arg_i.predicted += len(heads)
        result.arg_c.predicted += len(pairs)
    for g in golds:
        result.arg_i.gold += len(g.arguments)
        result.arg_c.gold += len(g.arguments)

    # typed matching: many matched events first, then many matched arguments
    big = 1000.0
    weights: list[list[float]] = []
    args: dict[tuple[int, int], tuple[int, int]] = {}
    for i, p in enumerate(typed):
        row = []
        for j, g in enumerate(golds):
            if p.type == g.type and p.covers(g.trigger):
                args[(i, j)] = _arg_matches(p, g)
                row.append(big + args[(i, j)][0] + args[(i, j)][1] / big)
            else:
                row.append(0.0)
        weights.append(row)
    for i, j in _assign(weights):
        result.event.matched += 1
        result.arg_i.matched += args[(i, j)][0]
        result.arg_c.matched += args[(i, j)][1]

    any_weights = [[1.0 if p.covers(g.trigger) else 0.0 for g in golds] for p in preds]
    result.event_any.matched = len(_assign(any_weights))
    return result


@dataclass(frozen=True)
class Prediction:
    """One document's gold and predicted events, ready for :func:`score_document`."""

    doc_id: str
    gold: tuple[GoldEvent, ...]
    predicted: tuple[PredEvent, ...]


def _put(figs: dict[str, float], name: str, c: Counts) -> None:
    figs[f"{name}_p"] = round(100 * c.precision, 2)
    figs[f"{name}_r"] = round(100 * c.recall, 2)
    figs[f"{name}_f1"] = round(100 * c.f1, 2)
    figs[f"{name}_matched"] = float(c.matched)
    figs[f"{name}_pred"] = float(c.predicted)
    figs[f"{name}_gold"] = float(c.gold)


def _figures(
    total: DocumentScore, in_scope: DocumentScore, n_docs: int, per_type: dict[str, Counts]
) -> dict[str, float]:
    figs: dict[str, float] = {"docs": float(n_docs)}
    for name in ("event", "event_any", "arg_i", "arg_c"):
        _put(figs, name, getattr(total, name))
    for name in ("event", "arg_i", "arg_c"):
        _put(figs, f"scope_{name}", getattr(in_scope, name))
    for kairos_type, c in sorted(per_type.items()):
        figs[f"type:{kairos_type}:matched"] = float(c.matched)
        figs[f"type:{kairos_type}:pred"] = float(c.predicted)
        figs[f"type:{kairos_type}:gold"] = float(c.gold)
    return figs


def score_predictions(
    predictions: Iterable[Prediction], scope: frozenset[str] | None = None
) -> dict[str, float]:
    """Sum the scores of documents into figures (percentages and counts, see
    :func:`dossier.eval.wikievents.run_wikievents_eval`).

    ``scope_*`` figures score against the gold events of the ``scope`` types only (the
    types the KAIROS map can predict; all types when None).
    """
    total = DocumentScore()
    in_scope = DocumentScore()
    per_type: dict[str, Counts] = {}
    n = 0
    for pred in predictions:
        n += 1
        total.add(score_document(pred.predicted, pred.gold))
        kept = [g for g in pred.gold if scope is None or g.type in scope]
        in_scope.add(score_document(pred.predicted, kept))
        for t in {p.type for p in pred.predicted if p.type} | {g.type for g in pred.gold}:
            sub = score_document(
                [p for p in pred.predicted if p.type == t], [g for g in pred.gold if g.type == t]
            )
            per_type.setdefault(t, Counts()).add(sub.event)
    return _figures(total, in_scope, n, per_type)
