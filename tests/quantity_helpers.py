"""The quantities of a short text, annotated as ingest does it, as rows the quantity tests
compare."""

from __future__ import annotations

from test_relations import annotate_text

from dossier.extract.quantities import extract_quantities

Row = tuple[str | None, str, float | None, float | None, str]


def quantity_rows(text: str) -> list[Row]:
    """(subject name, measure, low, high, text) of every quantity of ``text``."""
    doc, actors, _places, timexes = annotate_text(text)
    names = {a.key: a.name for a in actors}
    return [
        (names.get(q.subject) if q.subject else None, q.measure, q.low, q.high, q.text)
        for q in extract_quantities(doc, actors, timexes)
    ]


def has_quantity(rows: list[Row], measure: str, low: float | None, high: float | None) -> bool:
    """Whether one of ``rows`` is of ``measure`` with these bounds."""
    return any(r[1] == measure and r[2] == low and r[3] == high for r in rows)


def measures(rows: list[Row]) -> list[tuple[str, float | None]]:
    """(measure, low) of each row."""
    return [(r[1], r[2]) for r in rows]
