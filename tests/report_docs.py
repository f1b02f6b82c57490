"""The whole reports under ``tests/reports/`` (written for the tests), processed once each."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from dossier.pipeline import process_file
from dossier.records import Document
from dossier.settings import Settings

REPORTS = Path(__file__).parent / "reports"


@lru_cache(maxsize=8)
def written_report(name: str) -> Document:
    """``tests/reports/<name>`` read, cleaned and annotated as ingest does it."""
    return process_file(REPORTS / name, Settings())


def relation_triples(doc: Document) -> set[tuple[str, str, str | None]]:
    """``(subject, predicate, object actor key or place text)`` of every relation of ``doc``."""
    return {
        (r.subject, r.predicate, r.object_actor or (r.object_place and r.object_place.text))
        for r in doc.relations
    }
