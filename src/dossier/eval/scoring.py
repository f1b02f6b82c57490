"""Precision, recall and F1, written once for every evaluation module."""

from __future__ import annotations


def ratio(numerator: float, denominator: float) -> float:
    """``numerator / denominator``, 0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def f1_of(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall (0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


class MatchRatios:
    """Precision, recall and F1 for a record with ``matched``, ``predicted`` and ``gold``."""

    matched: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Matches over predictions (0 when nothing was predicted)."""
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        """Matches over gold items (0 when there is none)."""
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        return f1_of(self.precision, self.recall)
