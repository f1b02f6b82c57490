"""The read side of the SQLite store: listing and finding what ingest wrote.

A mixin of :class:`~dossier.store.sqlite.SQLiteStore`, kept apart so that each module stays
small; all SQL still lives in ``store/``.
"""

from __future__ import annotations

import sqlite3
import zlib
from array import array
from collections.abc import Iterator
from typing import Any

from dossier.errors import StoreError
from dossier.resolve.actor_gazetteer import normalise_name


def unpack_offsets(blob: bytes) -> tuple[int, ...]:
    """The cleaned-to-original offset map as stored (zlib-compressed 64-bit integers)."""
    arr = array("q")
    arr.frombytes(zlib.decompress(blob))
    return tuple(arr)


class StoreReads:
    """Queries over documents, actors, places, dates and facts."""

    conn: sqlite3.Connection
    path: str

    def _key_of(self, actor_id: int) -> str:
        row = self.conn.execute("SELECT key FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return str(row[0]) if row else ""

    def counts(self) -> dict[str, int]:
        tables = (
            "documents",
            "mentions",
            "actors",
            "places",
            "timexes",
            "events",
            "relations",
            "claims",
            "quantities",
        )
        return {
            t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables
        }

    def documents(self) -> Iterator[dict[str, Any]]:
        for row in self.conn.execute("SELECT * FROM documents ORDER BY path"):
            yield dict(row)

    def document_offsets(self, uid: str) -> tuple[int, ...]:
        row = self.conn.execute("SELECT offsets FROM documents WHERE uid = ?", (uid,)).fetchone()
        return unpack_offsets(row[0]) if row else ()

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

    def actor_surface_forms(self, actor_id: int) -> list[str]:
        """The distinct ways documents name this actor."""
        rows = self.conn.execute(
            "SELECT DISTINCT text FROM mentions WHERE actor_id = ? ORDER BY text", (actor_id,)
        )
        return [r[0] for r in rows]

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

    def events(
        self,
        actor: str | None = None,
        type_: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        place: str | None = None,
    ) -> list[dict[str, Any]]:
        """Events, oldest first, filtered by actor (name, alias or id), type, date and place.

        Dates compare as ISO prefixes: ``--from 2017`` keeps 2017-03-08 and 2017-07; an event
        whose year is unknown ("XXXX-03") passes no date filter.
        """
        sql = """SELECT e.*, d.uid AS document, d.path AS path, p.key AS place_key,
                 p.name AS place_name FROM events e JOIN documents d ON d.id = e.document_id
                 LEFT JOIN places p ON p.id = e.place_id WHERE 1=1"""
        args: list[Any] = []
        if type_:
            sql += " AND upper(e.type) = upper(?)"
            args.append(type_)
        if date_from:
            sql += " AND e.date_value >= ? AND e.date_value NOT LIKE 'X%'"
            args.append(date_from)
        if date_to:
            sql += " AND substr(e.date_value, 1, ?) <= ? AND e.date_value NOT LIKE 'X%'"
            args.extend([len(date_to), date_to])
        if place:
            # the event's first place or any other it names
            sql += """ AND (lower(p.name) = lower(?) OR p.key = ? OR e.id IN (SELECT
                      ep.event_id FROM event_places ep JOIN places q ON q.id = ep.place_id
                      WHERE lower(q.name) = lower(?) OR q.key = ?))"""
            args.extend([place, place, place, place])
        if actor:
            ids = [a["id"] for a in self.find_actors(actor)]
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            sql += f""" AND (e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN
                      ({marks})) OR e.responsibility_actor_id IN ({marks}))"""
            args.extend(ids + ids)
        sql += " ORDER BY coalesce(e.date_value, 'ZZZZ'), d.path, e.start"
        rows = [dict(r) for r in self.conn.execute(sql, args)]
        for row in rows:
            row["actors"] = [
                dict(r)
                for r in self.conn.execute(
                    """SELECT a.key, a.name, ea.role FROM event_actors ea JOIN actors a
                       ON a.id = ea.actor_id WHERE ea.event_id = ?""",
                    (row["id"],),
                )
            ]
            row["other_places"] = [
                dict(r)
                for r in self.conn.execute(
                    """SELECT p.key, p.name FROM event_places ep JOIN places p
                       ON p.id = ep.place_id WHERE ep.event_id = ? ORDER BY ep.rank""",
                    (row["id"],),
                )
            ]
            if row["responsibility_actor_id"]:
                row["responsibility_by"] = self._key_of(row["responsibility_actor_id"])
            else:
                row["responsibility_by"] = None
        return rows

    def relations(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT r.*, d.uid AS document, s.key AS subject_key, s.name AS subject_name,
               o.key AS object_actor_key, o.name AS object_actor_name, p.key AS object_place_key,
               p.name AS object_place_name
               FROM relations r JOIN documents d ON d.id = r.document_id
               JOIN actors s ON s.id = r.subject_id
               LEFT JOIN actors o ON o.id = r.object_actor_id
               LEFT JOIN places p ON p.id = r.object_place_id ORDER BY d.path, r.start"""
        )
        return [dict(r) for r in rows]

    def claims(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT c.*, d.uid AS document, a.key AS speaker_key, a.name AS speaker_name
               FROM claims c JOIN documents d ON d.id = c.document_id
               LEFT JOIN actors a ON a.id = c.speaker_id ORDER BY d.path, c.start"""
        )
        return [dict(r) for r in rows]

    def quantities(self) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT q.*, d.uid AS document, a.key AS subject_key, a.name AS subject_name
               FROM quantities q JOIN documents d ON d.id = q.document_id
               LEFT JOIN actors a ON a.id = q.subject_id ORDER BY d.path, q.start"""
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
