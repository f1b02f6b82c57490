"""The SQLite store: all SQL lives here.

Each document is written in one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``), so an
interrupted ingest — Ctrl-C or ``kill -9`` — leaves either the whole document or none of it;
the next run sees the file as new and completes the work. WAL mode keeps readers unblocked.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dossier.errors import StoreError
from dossier.records import Actor, Document, PlaceMention
from dossier.resolve.actor_gazetteer import load_actor_gazetteer, normalise_name
from dossier.store.migrations import apply_migrations


def document_uid(content_hash: str) -> str:
    """The stable public id of a document: derived from its content."""
    return "doc-" + content_hash[:16]


def place_key(pm: PlaceMention) -> str:
    p = pm.place
    if p is not None and p.geonames_id:
        return f"geonames:{p.geonames_id}"
    if p is not None and p.latitude is not None:
        return f"place:{normalise_name(p.name)}:{p.country_code or ''}"
    return f"unresolved:{normalise_name(pm.text)}"


def _pack_offsets(offsets: tuple[int, ...]) -> bytes:
    return zlib.compress(array("q", offsets).tobytes())


def _unpack_offsets(blob: bytes) -> tuple[int, ...]:
    arr = array("q")
    arr.frombytes(zlib.decompress(blob))
    return tuple(arr)


@dataclass(frozen=True)
class StoredDocument:
    uid: str
    path: str
    content_hash: str


class SQLiteStore:
    """Documents, mentions, actors, aliases, places and timexes in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            apply_migrations(self.conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest -----------------------------------------------------------------------------

    def document_by_path(self, path: str) -> StoredDocument | None:
        row = self.conn.execute(
            "SELECT uid, path, content_hash FROM documents WHERE path = ?", (path,)
        ).fetchone()
        return StoredDocument(row["uid"], row["path"], row["content_hash"]) if row else None

    def document_by_hash(self, content_hash: str) -> StoredDocument | None:
        row = self.conn.execute(
            "SELECT uid, path, content_hash FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return StoredDocument(row["uid"], row["path"], row["content_hash"]) if row else None

    def write_document(self, doc: Document) -> str:
        """Store a processed document, replacing any older version at the same path."""
        conn = self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM documents WHERE path = ?", (doc.path,))
            meta = doc.metadata
            uid = document_uid(doc.content_hash)
            cur = conn.execute(
                """INSERT INTO documents(uid, path, content_hash, format, title, section,
                   published, published_precision, source, source_original, language, text,
                   original_text, offsets, sentences, ingested_at)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    uid,
                    doc.path,
                    doc.content_hash,
                    doc.format,
                    meta.title,
                    meta.section,
                    meta.published.value if meta.published else None,
                    meta.published.precision if meta.published else None,
                    meta.source,
                    meta.source_original,
                    meta.language,
                    doc.text,
                    doc.original_text,
                    _pack_offsets(doc.offsets),
                    json.dumps([[s.start, s.end] for s in doc.sentences]),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )
            doc_id = cur.lastrowid
            actor_of_mention: dict[tuple[int, int], int] = {}
            for actor in doc.actors:
                actor_id = self._upsert_actor(actor)
                for m in actor.mentions:
                    actor_of_mention[(m.start, m.end)] = actor_id
            seen: set[tuple[int, int]] = set()
            rows = []
            for m in doc.mentions:
                seen.add((m.start, m.end))
                rows.append(
                    (
                        doc_id,
                        actor_of_mention.get((m.start, m.end)),
                        m.start,
                        m.end,
                        m.orig_start,
                        m.orig_end,
                        m.text,
                        m.label,
                        m.sentence,
                        m.source,
                    )
                )
            for actor in doc.actors:  # mentions found by resolution (acronyms, trimmed spans)
                for m in actor.mentions:
                    if (m.start, m.end) not in seen:
                        seen.add((m.start, m.end))
                        rows.append(
                            (
                                doc_id,
                                actor_of_mention[(m.start, m.end)],
                                m.start,
                                m.end,
                                m.orig_start,
                                m.orig_end,
                                m.text,
                                m.label,
                                m.sentence,
                                m.source,
                            )
                        )
            conn.executemany(
                """INSERT INTO mentions(document_id, actor_id, start, "end", orig_start,
                   orig_end, text, label, sentence, source) VALUES (?,?,?,?,?,?,?,?,?,?)""",
                rows,
            )
            for pm in doc.places:
                place_id = self._upsert_place(pm)
                o_start, o_end = _orig(doc.offsets, pm.start, pm.end)
                conn.execute(
                    """INSERT INTO place_mentions(document_id, place_id, start, "end",
                       orig_start, orig_end, text, sentence, score)
                       VALUES (?,?,?,?,?,?,?,?,?)""",
                    (doc_id, place_id, pm.start, pm.end, o_start, o_end, pm.text,
                     pm.sentence, pm.score),
                )
            conn.executemany(
                """INSERT INTO timexes(document_id, start, "end", text, value, precision,
                   anchor, type) VALUES (?,?,?,?,?,?,?,?)""",
                [
                    (doc_id, t.start, t.end, t.text, t.value, t.precision, t.anchor, t.type)
                    for t in doc.timexes
                ],
            )
            self._drop_orphans()
            conn.execute("COMMIT")
            return uid
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _actor_id(self, key: str) -> int | None:
        row = self.conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
        return int(row[0]) if row else None

    def _match_new_actor(self, actor: Actor) -> int | None:
        """An existing actor that a new (non-gazetteer) actor is surely the same as."""
        forms = {actor.name, *actor.aliases}
        for form in forms:
            norm = normalise_name(form)
            if actor.type == "person" and " " not in norm:
                continue  # a lone surname is too weak to merge across documents
            rows = self.conn.execute(
                """SELECT DISTINCT a.id, a.type FROM aliases al JOIN actors a
                   ON a.id = al.actor_id WHERE al.norm = ?""",
                (norm,),
            ).fetchall()
            same_kind = [
                r["id"] for r in rows if (r["type"] == "person") == (actor.type == "person")
            ]
            if len(same_kind) == 1:
                return int(same_kind[0])
        return None

    def _insert_gazetteer_actor(self, key: str) -> int | None:
        entry = load_actor_gazetteer().entries.get(key)
        if entry is None:
            return None
        cur = self.conn.execute(
            """INSERT INTO actors(key, name, type, parent_key, member_of_key, wikidata, country)
               VALUES (?,?,?,?,?,?,?)""",
            (key, entry.name, entry.type, entry.parent, entry.member_of, entry.wikidata,
             entry.country),
        )
        actor_id = int(cur.lastrowid or 0)
        self._add_aliases(actor_id, (entry.name, *entry.aliases))
        if entry.parent and self._actor_id(entry.parent) is None:
            self._insert_gazetteer_actor(entry.parent)
        return actor_id

    def _add_aliases(self, actor_id: int, forms: tuple[str, ...] | list[str]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO aliases(actor_id, alias, norm) VALUES (?,?,?)",
            [(actor_id, f, normalise_name(f)) for f in forms if f.strip()],
        )

    def _upsert_actor(self, actor: Actor) -> int:
        actor_id = self._actor_id(actor.key)
        if actor_id is None and actor.key.startswith("new:"):
            actor_id = self._match_new_actor(actor)
        if actor_id is None:
            if not actor.key.startswith("new:"):
                actor_id = self._insert_gazetteer_actor(actor.key)
            if actor_id is None:
                cur = self.conn.execute(
                    """INSERT INTO actors(key, name, type, parent_key, member_of_key, wikidata,
                       country) VALUES (?,?,?,?,?,?,?)""",
                    (actor.key, actor.name, actor.type, actor.parent, actor.member_of,
                     actor.wikidata, actor.country),
                )
                actor_id = int(cur.lastrowid or 0)
        if actor.member_of:
            self.conn.execute(
                "UPDATE actors SET member_of_key = ? WHERE id = ? AND member_of_key IS NULL",
                (actor.member_of, actor_id),
            )
            if self._actor_id(actor.member_of) is None:
                self._insert_gazetteer_actor(actor.member_of)
        self._add_aliases(actor_id, [actor.name, *actor.aliases])
        return actor_id

    def _upsert_place(self, pm: PlaceMention) -> int:
        key = place_key(pm)
        row = self.conn.execute("SELECT id FROM places WHERE key = ?", (key,)).fetchone()
        if row:
            return int(row[0])
        p = pm.place
        cur = self.conn.execute(
            """INSERT INTO places(key, name, geonames_id, country_code, admin1_code, latitude,
               longitude, feature, precision, geo_precision, where_prec)
               VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
            (
                key,
                p.name if p else pm.text,
                p.geonames_id if p else None,
                p.country_code if p else None,
                p.admin1_code if p else None,
                p.latitude if p else None,
                p.longitude if p else None,
                p.feature if p else "unknown",
                p.precision if p else "unknown",
                p.geo_precision if p else None,
                p.where_prec if p else None,
            ),
        )
        return int(cur.lastrowid or 0)

    def _drop_orphans(self) -> None:
        """Remove actors and places no document mentions any more (and nothing refers to)."""
        while True:
            cur = self.conn.execute(
                """DELETE FROM actors WHERE id NOT IN (SELECT DISTINCT actor_id FROM mentions
                   WHERE actor_id IS NOT NULL)
                   AND key NOT IN (SELECT parent_key FROM actors WHERE parent_key IS NOT NULL)
                   AND key NOT IN (SELECT member_of_key FROM actors
                                   WHERE member_of_key IS NOT NULL)"""
            )
            if cur.rowcount <= 0:
                break
        self.conn.execute(
            "DELETE FROM places WHERE id NOT IN (SELECT DISTINCT place_id FROM place_mentions)"
        )

    # -- reading ----------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        tables = ("documents", "mentions", "actors", "places", "timexes")
        return {t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}

    def documents(self) -> Iterator[dict[str, Any]]:
        for row in self.conn.execute("SELECT * FROM documents ORDER BY path"):
            yield dict(row)

    def document_offsets(self, uid: str) -> tuple[int, ...]:
        row = self.conn.execute("SELECT offsets FROM documents WHERE uid = ?", (uid,)).fetchone()
        return _unpack_offsets(row[0]) if row else ()

    def actors(self, type_: str | None = None) -> list[dict[str, Any]]:
        """Actors with their mention and document counts, most mentioned first."""
        sql = """SELECT a.*, count(m.id) AS n_mentions, count(DISTINCT m.document_id) AS n_docs
                 FROM actors a LEFT JOIN mentions m ON m.actor_id = a.id"""
        args: tuple[Any, ...] = ()
        if type_:
            sql += " WHERE a.type = ?"
            args = (type_,)
        sql += " GROUP BY a.id ORDER BY n_mentions DESC, a.name"
        return [dict(r) for r in self.conn.execute(sql, args)]

    def actor_aliases(self, actor_id: int) -> list[str]:
        """Gazetteer aliases plus every surface form seen in a document."""
        rows = self.conn.execute(
            """SELECT alias FROM aliases WHERE actor_id = ?
               UNION SELECT text FROM mentions WHERE actor_id = ?""",
            (actor_id, actor_id),
        )
        return sorted({r[0] for r in rows})

    def actor_mentions(self, actor_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT m.*, d.uid AS document, d.title AS title, d.path AS path
               FROM mentions m JOIN documents d ON d.id = m.document_id
               WHERE m.actor_id = ? ORDER BY d.path, m.start""",
            (actor_id,),
        )
        return [dict(r) for r in rows]

    def find_actors(self, name: str) -> list[dict[str, Any]]:
        """Actors whose key, name or any alias matches ``name`` (normalised)."""
        norm = normalise_name(name)
        rows = self.conn.execute(
            """SELECT DISTINCT a.* FROM actors a LEFT JOIN aliases al ON al.actor_id = a.id
               LEFT JOIN mentions m ON m.actor_id = a.id
               WHERE a.key = ? OR al.norm = ? OR lower(m.text) = lower(?) OR lower(a.name) = ?
               ORDER BY a.name""",
            (name, norm, name, name.lower()),
        ).fetchall()
        return [dict(r) for r in rows]

    def actor_by_key(self, key: str) -> dict[str, Any] | None:
        row = self.conn.execute("SELECT * FROM actors WHERE key = ?", (key,)).fetchone()
        return dict(row) if row else None

    def places(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM places ORDER BY name")]

    def place_mentions(self, place_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT pm.*, d.uid AS document FROM place_mentions pm
               JOIN documents d ON d.id = pm.document_id WHERE pm.place_id = ?
               ORDER BY d.path, pm.start""",
            (place_id,),
        )
        return [dict(r) for r in rows]

    def timexes(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT t.*, d.uid AS document FROM timexes t JOIN documents d
               ON d.id = t.document_id ORDER BY d.path, t.start"""
        )
        return [dict(r) for r in rows]

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and texts (FTS5 syntax)."""
        try:
            rows = self.conn.execute(
                """SELECT d.uid, d.path, d.title,
                   snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet
                   FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
                   WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?""",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r} ({exc})") from exc
        return [dict(r) for r in rows]


def _orig(offsets: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
    if not offsets:
        return start, end
    last = len(offsets) - 1
    o_start = offsets[min(start, last)]
    o_end = offsets[min(max(end - 1, start), last)] + 1 if end > start else o_start
    return o_start, o_end
