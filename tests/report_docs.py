"""The whole reports under ``tests/reports/`` (written for the tests), processed once each;
the events, actors, sentences, places and metadata of a short text, as the tests read them."""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

from dossier.clean import clean_text
from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.metadata import extract_metadata
from dossier.nlp import build_nlp
from dossier.pipeline import process_file, process_raw, resolve_document
from dossier.records import (
    Actor,
    DateValue,
    Document,
    Event,
    HtmlMetadata,
    Metadata,
    RawDocument,
)
from dossier.settings import Settings
from dossier.sources import credited_names
from dossier.store.migrations import MIGRATIONS

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


def text_actors(text: str, meta: HtmlMetadata | None = None) -> tuple[Actor, ...]:
    """The actors of ``text`` as ingest resolves them, the page's publisher and authors
    (``meta``) left out as the pipeline does."""
    cleaned = clean_text(text)
    doc = build_nlp()(cleaned.text)
    metadata = extract_metadata(cleaned.text, meta or HtmlMetadata(), original=cleaned.original)
    publisher = credited_names(metadata.source_original, metadata.source, metadata.author)
    return resolve_document(doc, cleaned, metadata.published, publisher=publisher).actors


def actor_written(actors: tuple[Actor, ...], written: str) -> Actor | None:
    """The actor one of whose mentions is written ``written``."""
    return next((a for a in actors if any(m.text == written for m in a.mentions)), None)


def text_events(text: str, day: str = "2025-06-20") -> list[Event]:
    """The events of ``text``, annotated as ingest does it, dated against ``day``."""
    d = DateValue(day, "day")
    ann = annotate_text(text, d)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, d)


def events_with_roles(
    text: str, type_id: str, day: str = "2025-06-20"
) -> list[tuple[Event, set[tuple[str, str]]]]:
    """The events of ``text`` of one type, each with its ``(actor name, role)`` pairs."""
    d = DateValue(day, "day")
    ann = annotate_text(text, d)
    names = {a.key: a.name for a in ann.actors}
    found = extract_events(ann.doc, ann.actors, ann.places, ann.timexes, d)
    return [
        (e, {(names.get(a.actor, a.actor), a.role) for a in e.actors})
        for e in found
        if e.type == type_id
    ]


def old_database(path: Path, migrations: int) -> sqlite3.Connection:
    """A store file as an older Dossier left it: only its first ``migrations`` applied, and
    one document 'd1' (a.txt) stored. The caller adds rows, commits and closes."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, fn in MIGRATIONS[:migrations]:
        fn(conn)
        conn.execute("INSERT INTO schema_migrations VALUES (?, 'then')", (name,))
    conn.execute(
        """INSERT INTO documents(uid, path, content_hash, format, text, original_text, offsets,
           sentences, ingested_at) VALUES ('d1', 'a.txt', 'h', 'text', 'x', 'x', x'', '[]',
           'then')"""
    )
    return conn


def text_document(text: str) -> Document:
    """``text`` processed as ingest processes a plain-text document."""
    raw = RawDocument(path="<t>", format="text", text=text, content_hash=str(hash(text)))
    return process_raw(raw)


def event_places(text: str, kind: str) -> list[str | None]:
    """The place text (or None) of each event of ``text`` of type ``kind``."""
    return [e.place.text if e.place else None for e in text_document(text).events if e.type == kind]


def actor_names(actors: tuple[Actor, ...]) -> list[str]:
    """The names of ``actors``."""
    return [a.name for a in actors]


def actors_with(actors: tuple[Actor, ...], words: str) -> list[Actor]:
    """The actors whose name holds ``words``, case aside."""
    return [a for a in actors if words.lower() in a.name.lower()]


def sentence_texts(text: str) -> list[str]:
    """The non-blank sentences of ``text`` as the model splits them, stripped."""
    return [s.text.strip() for s in build_nlp()(text).sents if s.text.strip()]


def place_countries(doc: Document) -> dict[str, str | None]:
    """The country code (or None) of each place mention of ``doc``, by its text."""
    return {p.text: (p.place.country_code if p.place else None) for p in doc.places}


def plain_metadata(text: str, markdown: bool = False) -> Metadata:
    """The metadata of ``text``, cleaned as ingest cleans it, with no page metadata."""
    cleaned = clean_text(text, markdown=markdown)
    return extract_metadata(cleaned.text, HtmlMetadata(), original=cleaned.original)
