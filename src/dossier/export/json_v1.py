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
                "parent": a["parent_key"] if a["parent_key"] and store.actor_by_key(
                    a["parent_key"]) else None,
                "member_of": a["member_of_key"],
                "wikidata": a["wikidata"],
                "country": a["country"],
                "documents": sorted({m["document"] for m in mentions}),
                "mentions": [
                    {"document": m["document"], "start": m["start"], "end": m["end"],
                     "text": m["text"], "sentence": m["sentence"]}
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
                    {"document": m["document"], "start": m["start"], "end": m["end"],
                     "text": m["text"], "sentence": m["sentence"], "score": m["score"]}
                    for m in mentions
                ],
            }
        )
    timexes = [
        {"document": t["document"], "start": t["start"], "end": t["end"], "text": t["text"],
         "value": t["value"], "type": t["type"], "precision": t["precision"],
         "anchor": t["anchor"]}
        for t in store.timexes()
    ]
    return {
        "dossier_export_version": EXPORT_VERSION,
        "documents": documents,
        "actors": actors,
        "places": places,
        "timexes": timexes,
        "events": [],
        "relations": [],
        "claims": [],
        "quantities": [],
    }


def write(store: SQLiteStore, fh: IO[str]) -> None:
    json.dump(build(store), fh, ensure_ascii=False, indent=2)
    fh.write("\n")
