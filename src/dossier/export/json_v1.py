"""The Dossier JSON export, version 1 (names are a contract; later versions only add).

Offsets in ``mentions`` index ``documents[].text`` (the cleaned text).
"""

from __future__ import annotations

import json
from typing import IO, Any

from dossier.store import SQLiteStore

EXPORT_VERSION = 1


def build(store: SQLiteStore) -> dict[str, Any]:
    """The export as a dict."""
    documents = [
        {
            "id": d["uid"],
            "path": d["path"],
            "title": d["title"],
            "section": d["section"],
            "published": d["published"],
            "published_precision": d["published_precision"],
            "source": d["source"],
            "source_original": d["source_original"],
            "language": d["language"],
            "author": d["author"],
            # with no publication date: what the year-less dates were read against, and why
            "date_reference": d["date_reference"],
            "date_reference_precision": d["date_reference_precision"],
            "date_reference_basis": d["date_reference_basis"],
            "text": d["text"],
        }
        for d in store.documents()
    ]
    actors = []
    for a in store.actors():
        mentions = store.actor_mentions(a["id"])
        actors.append(
            {
                "id": a["key"],
                "name": a["name"],
                "aliases": [x for x in store.actor_aliases(a["id"]) if x != a["name"]],
                "type": a["type"],
                "parent": a["parent_key"]
                if a["parent_key"] and store.actor_by_key(a["parent_key"])
                else None,
                "member_of": a["member_of_key"],
                "wikidata": a["wikidata"],
                "country": a["country"],
                "documents": sorted({m["document"] for m in mentions}),
                "mentions": [
                    {
                        "document": m["document"],
                        "start": m["start"],
                        "end": m["end"],
                        "text": m["text"],
                        "sentence": m["sentence"],
                    }
                    for m in mentions
                ],
            }
        )
    places = []
    for p in store.places():
        mentions = store.place_mentions(p["id"])
        places.append(
            {
                "id": p["key"],
                "name": p["name"],
                "geonames_id": p["geonames_id"],
                "country_code": p["country_code"],
                "admin1_code": p["admin1_code"],
                "latitude": p["latitude"],
                "longitude": p["longitude"],
                "feature": p["feature"],
                "precision": p["precision"],
                "geo_precision": p["geo_precision"],
                "where_prec": p["where_prec"],
                "mentions": [
                    {
                        "document": m["document"],
                        "start": m["start"],
                        "end": m["end"],
                        "text": m["text"],
                        "sentence": m["sentence"],
                        "score": m["score"],
                    }
                    for m in mentions
                ],
            }
        )
    timexes = [
        {
            "document": t["document"],
            "start": t["start"],
            "end": t["end"],
            "text": t["text"],
            "value": t["value"],
            "type": t["type"],
            "precision": t["precision"],
            "anchor": t["anchor"],
            "end_value": t["end_value"],
        }
        for t in store.timexes()
    ]
    events = []
    for e in store.events():
        events.append(
            {
                "id": e["uid"],
                "type": e["type"],
                "mode": e["mode"],
                "context": e["context"],
                "acled": {
                    "event_type": e["acled_event_type"],
                    "sub_event_type": e["acled_sub_event_type"],
                },
                "date": _date(e["date"]),
                "place": e["place_key"],
                "other_places": [p["key"] for p in e["other_places"]],
                "actors": [{"actor": a["key"], "role": a["role"]} for a in e["actors"]],
                "fatalities": json.loads(e["fatalities"]) if e["fatalities"] else None,
                "injured": json.loads(e["injured"]) if e["injured"] else None,
                "weapon": e["weapon"],
                "modality": e["modality"],
                "responsibility": {"kind": e["responsibility"], "by": e["responsibility_by"]}
                if e["responsibility"]
                else None,
                "anchor": _anchor(e),
            }
        )
    relations = [
        {
            "id": r["uid"],
            "subject": r["subject_key"],
            "predicate": r["predicate"],
            "object": r["object_actor_key"] or r["object_place_key"],
            "object_kind": "actor" if r["object_actor_key"] else "place",
            "certainty": r["certainty"],
            "period": r["period"],
            "anchor": _anchor(r),
        }
        for r in store.relations()
    ]
    claims = [
        {
            "id": c["uid"],
            "speaker": c["speaker_key"],
            "speaker_kind": c["speaker_kind"],
            "speaker_text": c["speaker_text"],
            "via": c["via"],
            "text": c["text"],
            "text_start": c["text_start"],
            "text_end": c["text_end"],
            "about": json.loads(c["about"]),
            "hedges": json.loads(c["hedges"]),
            "stance": c["stance"],
            "likelihood": c["likelihood"],
            "reliability": c["reliability"],
            "credibility": c["credibility"],
            "anchor": _anchor(c),
        }
        for c in store.claims()
    ]
    quantities = [
        {
            "id": q["uid"],
            "subject": q["subject_key"],
            "measure": q["measure"],
            "low": q["low"],
            "high": q["high"],
            "approximate": bool(q["approximate"]),
            "period": q["period"],
            "text": q["text"],
            "anchor": _anchor(q),
        }
        for q in store.quantities()
    ]
    return {
        "dossier_export_version": EXPORT_VERSION,
        "documents": documents,
        "actors": actors,
        "places": places,
        "timexes": timexes,
        "events": events,
        "relations": relations,
        "claims": claims,
        "quantities": quantities,
    }


def _date(raw: str | None) -> dict[str, Any] | None:
    """An event's time fields; ``end_value`` (the end of a period) is null when the date is
    no period, and in rows stored before it existed."""
    if not raw:
        return None
    date: dict[str, Any] = json.loads(raw)
    date.setdefault("end_value", None)
    return date


def _anchor(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "document": row["document"],
        "start": row["start"],
        "end": row["end"],
        "quote": row["quote"],
    }


def write(store: SQLiteStore, fh: IO[str]) -> None:
    json.dump(build(store), fh, ensure_ascii=False, indent=2)
    fh.write("\n")
