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
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from dossier.errors import StoreError
from dossier.records import Actor, Document, NumberRange, PlaceMention
from dossier.resolve.actor_gazetteer import load_actor_gazetteer, normalise_name
from dossier.store.migrations import apply_migrations
from dossier.store.reads import StoreReads

# the same names (a gazetteer actor's aliases) come back in document after document
_normalise_name = lru_cache(maxsize=1 << 16)(normalise_name)


def document_uid(content_hash: str) -> str:
    """The stable public id of a document: derived from its content."""
    return "doc-" + content_hash[:16]


def place_key(pm: PlaceMention) -> str:
    p = pm.place
    if p is not None and p.geonames_id:
        return f"geonames:{p.geonames_id}"
    if p is not None and p.latitude is not None:
        return f"place:{_normalise_name(p.name)}:{p.country_code or ''}"
    return f"unresolved:{_normalise_name(pm.text)}"


def _pack_offsets(offsets: tuple[int, ...]) -> bytes:
    # level 1: six times faster than the default and no larger on these arrays (runs of
    # consecutive numbers); any level reads back the same
    return zlib.compress(array("q", offsets).tobytes(), 1)


@dataclass(frozen=True)
class StoredDocument:
    uid: str
    path: str
    content_hash: str


class SQLiteStore(StoreReads):
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
                   original_text, offsets, sentences, ingested_at, author, date_reference,
                   date_reference_precision, date_reference_basis)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
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
                    meta.author,
                    meta.reference.value if meta.reference else None,
                    meta.reference.precision if meta.reference else None,
                    meta.reference_basis if meta.reference else None,
                ),
            )
            doc_id = cur.lastrowid
            actor_of_mention: dict[tuple[int, int], int] = {}
            actor_ids: dict[str, int] = {}
            for actor in doc.actors:
                actor_id = self._upsert_actor(actor)
                actor_ids[actor.key] = actor_id
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
            place_ids: dict[tuple[int, int], int] = {}
            place_rows = []
            for pm in doc.places:
                place_id = self._upsert_place(pm)
                place_ids[(pm.start, pm.end)] = place_id
                o_start, o_end = _orig(doc.offsets, pm.start, pm.end)
                place_rows.append(
                    (
                        doc_id,
                        place_id,
                        pm.start,
                        pm.end,
                        o_start,
                        o_end,
                        pm.text,
                        pm.sentence,
                        pm.score,
                    )
                )
            conn.executemany(
                """INSERT INTO place_mentions(document_id, place_id, start, "end",
                   orig_start, orig_end, text, sentence, score)
                   VALUES (?,?,?,?,?,?,?,?,?)""",
                place_rows,
            )
            conn.executemany(
                """INSERT INTO timexes(document_id, start, "end", text, value, precision,
                   anchor, type, end_value) VALUES (?,?,?,?,?,?,?,?,?)""",
                [
                    (
                        doc_id,
                        t.start,
                        t.end,
                        t.text,
                        t.value,
                        t.precision,
                        t.anchor,
                        t.type,
                        t.end_value,
                    )
                    for t in doc.timexes
                ],
            )
            self._write_facts(doc_id, uid, doc, actor_ids, place_ids)
            self._drop_orphans()
            conn.execute("COMMIT")
            return uid
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _write_facts(
        self,
        doc_id: int | None,
        uid: str,
        doc: Document,
        actor_ids: dict[str, int],
        place_ids: dict[tuple[int, int], int],
    ) -> None:
        """Events, relations, claims and quantities of one document (inside its transaction)."""
        conn = self.conn

        def place_of(pm: PlaceMention | None) -> int | None:
            if pm is None:
                return None
            if (pm.start, pm.end) not in place_ids:
                place_ids[(pm.start, pm.end)] = self._upsert_place(pm)
            return place_ids[(pm.start, pm.end)]

        for n, ev in enumerate(doc.events):
            date = None
            if ev.date is not None:
                t = ev.date
                date = {
                    "text": t.text,
                    "value": t.value,
                    "start": t.start,
                    "end": t.end,
                    "precision": t.precision,
                    "anchor": t.anchor,
                    "type": t.type,
                    "end_value": t.end_value,
                }
            cur = conn.execute(
                """INSERT INTO events(uid, document_id, type, mode, context, acled_event_type,
                   acled_sub_event_type, date, date_value, place_id, fatalities, injured, weapon,
                   modality, responsibility, responsibility_actor_id, start, "end", quote,
                   sentence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    f"{uid}:e{n + 1}",
                    doc_id,
                    ev.type,
                    ev.mode,
                    ev.context,
                    ev.acled_event_type,
                    ev.acled_sub_event_type,
                    json.dumps(date, ensure_ascii=False) if date else None,
                    ev.date.value if ev.date else None,
                    place_of(ev.place),
                    _range_json(ev.fatalities),
                    _range_json(ev.injured),
                    ev.weapon,
                    ev.modality,
                    ev.responsibility,
                    actor_ids.get(ev.responsibility_by or ""),
                    ev.anchor.start,
                    ev.anchor.end,
                    ev.anchor.quote,
                    ev.anchor.sentence,
                ),
            )
            event_id = cur.lastrowid
            conn.executemany(
                "INSERT INTO event_places(event_id, place_id, rank) VALUES (?,?,?)",
                [
                    (event_id, pid, rank)
                    for rank, pm in enumerate(ev.other_places, start=1)
                    if (pid := place_of(pm)) is not None
                ],
            )
            conn.executemany(
                "INSERT INTO event_actors(event_id, actor_id, role) VALUES (?,?,?)",
                [(event_id, actor_ids[a.actor], a.role) for a in ev.actors if a.actor in actor_ids],
            )
        for n, rel in enumerate(doc.relations):
            subject = actor_ids.get(rel.subject)
            obj_actor = actor_ids.get(rel.object_actor or "")
            obj_place = place_of(rel.object_place)
            if subject is None or (obj_actor is None and obj_place is None):
                continue
            conn.execute(
                """INSERT INTO relations(uid, document_id, subject_id, predicate,
                   object_actor_id, object_place_id, certainty, period, start, "end", quote)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    f"{uid}:r{n + 1}",
                    doc_id,
                    subject,
                    rel.predicate,
                    obj_actor,
                    obj_place,
                    rel.certainty,
                    rel.period,
                    rel.anchor.start,
                    rel.anchor.end,
                    rel.anchor.quote,
                ),
            )
        for n, cl in enumerate(doc.claims):
            about = [self._key_of(actor_ids[k]) for k in cl.about if k in actor_ids]
            about += [k for k in cl.about if k not in actor_ids]
            conn.execute(
                """INSERT INTO claims(uid, document_id, speaker_id, speaker_kind, speaker_text,
                   via, text, text_start, text_end, about, hedges, likelihood, reliability,
                   credibility, start, "end", quote, stance)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    f"{uid}:c{n + 1}",
                    doc_id,
                    actor_ids.get(cl.speaker or ""),
                    cl.speaker_kind,
                    cl.speaker_text,
                    self._via(cl.via, actor_ids),
                    cl.text,
                    cl.start,
                    cl.end,
                    json.dumps(about, ensure_ascii=False),
                    json.dumps(list(cl.hedges), ensure_ascii=False),
                    cl.likelihood,
                    cl.reliability,
                    cl.credibility,
                    cl.anchor.start,
                    cl.anchor.end,
                    cl.anchor.quote,
                    cl.stance,
                ),
            )
        for n, q in enumerate(doc.quantities):
            conn.execute(
                """INSERT INTO quantities(uid, document_id, subject_id, measure, low, high,
                   approximate, period, text, start, "end", quote)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    f"{uid}:q{n + 1}",
                    doc_id,
                    actor_ids.get(q.subject or ""),
                    q.measure,
                    q.low,
                    q.high,
                    int(q.approximate),
                    q.period,
                    q.text,
                    q.anchor.start,
                    q.anchor.end,
                    q.anchor.quote,
                ),
            )

    def _via(self, via: str | None, actor_ids: dict[str, int]) -> str | None:
        """An outlet given as an actor key is stored as that actor's stored key."""
        if via and via in actor_ids:
            return self._key_of(actor_ids[via])
        return via

    def _actor_id(self, key: str) -> int | None:
        row = self.conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
        return int(row[0]) if row else None

    def _match_new_actor(self, actor: Actor) -> int | None:
        """An existing actor that a new (non-gazetteer) actor is surely the same as."""
        forms = {actor.name, *actor.aliases}
        for form in forms:
            norm = _normalise_name(form)
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
            (
                key,
                entry.name,
                entry.type,
                entry.parent,
                entry.member_of,
                entry.wikidata,
                entry.country,
            ),
        )
        actor_id = int(cur.lastrowid or 0)
        self._add_aliases(actor_id, (entry.name, *entry.aliases))
        if entry.parent and self._actor_id(entry.parent) is None:
            self._insert_gazetteer_actor(entry.parent)
        return actor_id

    def _add_aliases(self, actor_id: int, forms: tuple[str, ...] | list[str]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO aliases(actor_id, alias, norm) VALUES (?,?,?)",
            [(actor_id, f, _normalise_name(f)) for f in forms if f.strip()],
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
                    (
                        actor.key,
                        actor.name,
                        actor.type,
                        actor.parent,
                        actor.member_of,
                        actor.wikidata,
                        actor.country,
                    ),
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


def _range_json(r: NumberRange | None) -> str | None:
    if r is None:
        return None
    return json.dumps(
        {"low": r.low, "best": r.best, "high": r.high, "text": r.text}, ensure_ascii=False
    )


def _orig(offsets: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
    if not offsets:
        return start, end
    last = len(offsets) - 1
    o_start = offsets[min(start, last)]
    o_end = offsets[min(max(end - 1, start), last)] + 1 if end > start else o_start
    return o_start, o_end
