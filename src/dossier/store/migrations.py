"""Schema migrations, registered in order and recorded in ``schema_migrations``.

Add a migration by writing a function and decorating it with ``@migration("name")``; never
edit one that has shipped.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = []


def migration(name: str) -> Callable[[Callable[[sqlite3.Connection], None]], Callable]:
    def register(fn: Callable[[sqlite3.Connection], None]) -> Callable:
        MIGRATIONS.append((name, fn))
        return fn

    return register


@migration("0001_core")
def _core(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            format TEXT NOT NULL,
            title TEXT, section TEXT,
            published TEXT, published_precision TEXT,
            source TEXT, source_original TEXT, language TEXT,
            text TEXT NOT NULL,
            original_text TEXT NOT NULL,
            offsets BLOB NOT NULL,
            sentences TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_hash ON documents(content_hash);

        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            parent_key TEXT,
            member_of_key TEXT,
            wikidata TEXT,
            country TEXT
        );
        CREATE TABLE aliases (
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            norm TEXT NOT NULL,
            UNIQUE(actor_id, alias)
        );
        CREATE INDEX aliases_norm ON aliases(norm);

        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            orig_start INTEGER NOT NULL, orig_end INTEGER NOT NULL,
            text TEXT NOT NULL, label TEXT NOT NULL,
            sentence INTEGER NOT NULL, source TEXT NOT NULL
        );
        CREATE INDEX mentions_doc ON mentions(document_id);
        CREATE INDEX mentions_actor ON mentions(actor_id);

        CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            geonames_id INTEGER, country_code TEXT, admin1_code TEXT,
            latitude REAL, longitude REAL,
            feature TEXT, precision TEXT, geo_precision INTEGER, where_prec INTEGER
        );
        CREATE TABLE place_mentions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            orig_start INTEGER NOT NULL, orig_end INTEGER NOT NULL,
            text TEXT NOT NULL, sentence INTEGER NOT NULL, score REAL NOT NULL
        );
        CREATE INDEX place_mentions_doc ON place_mentions(document_id);
        CREATE INDEX place_mentions_place ON place_mentions(place_id);

        CREATE TABLE timexes (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, value TEXT NOT NULL, precision TEXT NOT NULL,
            anchor TEXT NOT NULL, type TEXT NOT NULL
        );
        CREATE INDEX timexes_doc ON timexes(document_id);

        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='id'
        );
        CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;
        """
    )


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded; return the names applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    applied: list[str] = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with conn:
            fn(conn)
            conn.execute(
                "INSERT INTO schema_migrations(name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(name)
    return applied


@migration("0002_facts")
def _facts(conn: sqlite3.Connection) -> None:
    conn.executescript(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL, mode TEXT, context TEXT,
            acled_event_type TEXT, acled_sub_event_type TEXT,
            date TEXT,                 -- JSON of the time fields, or NULL
            date_value TEXT,           -- for filtering
            place_id INTEGER REFERENCES places(id) ON DELETE SET NULL,
            fatalities TEXT, injured TEXT,   -- JSON {low, best, high, text}
            weapon TEXT, modality TEXT NOT NULL,
            responsibility TEXT, responsibility_actor_id INTEGER
                REFERENCES actors(id) ON DELETE SET NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL,
            sentence INTEGER NOT NULL
        );
        CREATE INDEX events_doc ON events(document_id);
        CREATE INDEX events_type ON events(type);
        CREATE TABLE event_actors (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            role TEXT NOT NULL
        );
        CREATE INDEX event_actors_actor ON event_actors(actor_id);

        CREATE TABLE relations (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            subject_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            predicate TEXT NOT NULL,
            object_actor_id INTEGER REFERENCES actors(id) ON DELETE CASCADE,
            object_place_id INTEGER REFERENCES places(id) ON DELETE CASCADE,
            certainty TEXT NOT NULL, period TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL
        );
        CREATE INDEX relations_doc ON relations(document_id);

        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            speaker_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
            speaker_kind TEXT NOT NULL, speaker_text TEXT, via TEXT,
            text TEXT NOT NULL, text_start INTEGER NOT NULL, text_end INTEGER NOT NULL,
            about TEXT NOT NULL, hedges TEXT NOT NULL, likelihood TEXT,
            reliability TEXT NOT NULL, credibility INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL
        );
        CREATE INDEX claims_doc ON claims(document_id);

        CREATE TABLE quantities (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            subject_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
            measure TEXT NOT NULL, low REAL, high REAL, approximate INTEGER NOT NULL,
            period TEXT, text TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL
        );
        CREATE INDEX quantities_doc ON quantities(document_id);
        """
    )


@migration("0003_periods_and_places")
def _periods_and_places(conn: sqlite3.Connection) -> None:
    """The end of a period written as two expressions (``timexes.end_value``; an event's
    ``date`` JSON carries it as ``end_value``), and the other places of an event told in
    several (``event_places``, rank 1, 2, ...; ``events.place_id`` stays the first). Old
    rows keep NULL / no row: nothing is lost and nothing needs re-ingesting."""
    conn.executescript(
        """
        ALTER TABLE timexes ADD COLUMN end_value TEXT;
        CREATE TABLE event_places (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE,
            rank INTEGER NOT NULL
        );
        CREATE INDEX event_places_event ON event_places(event_id);
        """
    )


@migration("0004_document_author")
def _document_author(conn: sqlite3.Connection) -> None:
    """The writers a document names (a byline, the file's author field). Old rows keep
    NULL until their file is ingested again."""
    conn.execute("ALTER TABLE documents ADD COLUMN author TEXT")


@migration("0005_claim_stance")
def _claim_stance(conn: sqlite3.Connection) -> None:
    """How a claim's speaker puts it (neutral, assertive, hedged, denial, accusation,
    admission). Old rows read as neutral until their file is ingested again."""
    conn.execute("ALTER TABLE claims ADD COLUMN stance TEXT NOT NULL DEFAULT 'neutral'")


@migration("0006_document_date_reference")
def _document_date_reference(conn: sqlite3.Connection) -> None:
    """For a document that states no publication date: the date its year-less dates were
    read against and how it was found (``Metadata.reference``). An analyst needs it to judge
    those dates. Old rows keep NULL until their file is ingested again."""
    conn.executescript(
        """
        ALTER TABLE documents ADD COLUMN date_reference TEXT;
        ALTER TABLE documents ADD COLUMN date_reference_precision TEXT;
        ALTER TABLE documents ADD COLUMN date_reference_basis TEXT;
        """
    )
