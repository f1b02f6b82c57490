"""Relations of short texts run through the whole pipeline, reduced to actor names, as the
relation tests read them."""

from __future__ import annotations

from functools import lru_cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@lru_cache(maxsize=64)
def report_document(text: str) -> Document:
    """``text`` processed as ingest processes a plain-text report."""
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw)


def named_pairs(doc: Document, predicate: str) -> set[tuple[str, str]]:
    """(subject name, object name or place text) of ``doc``'s non-negated relations of a
    type."""
    names = {a.key: a.name for a in doc.actors}
    out = set()
    for r in doc.relations:
        if r.predicate != predicate or r.certainty == "negated":
            continue
        if r.object_actor is not None:
            obj = names.get(r.object_actor, r.object_actor)
        else:
            obj = r.object_place.text if r.object_place is not None else ""
        out.add((names.get(r.subject, r.subject), obj))
    return out


def named_ties(doc: Document) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every non-negated actor-actor relation of ``doc``."""
    names = {a.key: a.name for a in doc.actors}
    return {
        (names.get(r.subject, r.subject), r.predicate, names.get(r.object_actor, r.object_actor))
        for r in doc.relations
        if r.object_actor is not None and r.certainty != "negated"
    }


def about(found: set[tuple[str, str, str]], *words: str) -> set[tuple[str, str, str]]:
    """The ties whose subject and object together hold every word."""
    return {t for t in found if all(w in f"{t[0]} | {t[2]}" for w in words)}
