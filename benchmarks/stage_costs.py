"""Time of each pipeline stage over the same texts, single process.

Usage: python benchmarks/stage_costs.py [--muc ../shared/eval/muc4] [--limit N]

Prints seconds per stage and two ratios the issues set targets for: geocoding time over the
rest of ingest (target <= 20%) and fact extraction (claims, relations, quantities, events)
over the rest of ingest (target <= 30%).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--muc", type=Path, default=ROOT.parent / "shared" / "eval" / "muc4")
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()

    from dossier.clean import clean_text
    from dossier.extract.claims import extract_claims
    from dossier.extract.events import extract_events
    from dossier.extract.quantities import extract_quantities
    from dossier.extract.relations import extract_relations
    from dossier.metadata import extract_metadata
    from dossier.nlp import build_nlp
    from dossier.nlp.text import doc_text, freeze_sentences
    from dossier.pipeline import entity_mentions, is_known_place, sentence_spans
    from dossier.records import HtmlMetadata
    from dossier.resolve.actors import resolve_actors
    from dossier.resolve.places import resolve_places
    from dossier.resolve.states import acting_states, national_forces
    from dossier.resolve.timex import extract_timexes, parse_dateline

    texts = []
    with (args.muc / "grit_rolefill" / "dev.json").open(encoding="utf-8") as fh:
        texts = [json.loads(line)["doctext"] for line in fh][: args.limit]
    nlp = build_nlp()
    nlp(texts[0])
    cost: dict[str, float] = defaultdict(float)

    def timed(stage: str, fn, *a, **k):  # type: ignore[no-untyped-def]
        t0 = time.perf_counter()
        out = fn(*a, **k)
        cost[stage] += time.perf_counter() - t0
        return out

    for text in texts:
        cleaned = timed("clean", clean_text, text)
        meta = timed("metadata", extract_metadata, cleaned.text, HtmlMetadata())
        doc = timed("spacy", nlp, cleaned.text)
        # as pipeline.resolve_document does once parsing is done: the stages read the
        # frozen doc's cached sentences, entities and token table
        freeze_sentences(doc)
        sents = sentence_spans(doc)
        mentions = timed("mentions", entity_mentions, doc, cleaned, sents)
        starts = [s.start for s in sents]
        states = timed(
            "actors", lambda d=doc, st=starts: [*acting_states(d, st), *national_forces(d, st)]
        )
        res = timed(
            "actors",
            resolve_actors,
            doc,
            mentions,
            # the cached text, as the pipeline reads it: ``Doc.text`` joins every token anew
            is_place=lambda m, d=doc: is_known_place(
                m.text, doc_text(d)[max(0, m.start - 20) : m.start]
            ),
            states=states,
        )
        countries = [a.country for a in res.actors if a.country]
        places = timed("geocode", resolve_places, doc, actor_countries=countries)
        date = meta.published or parse_dateline(cleaned.text)
        timexes = timed("timex", extract_timexes, cleaned.text, date, doc)
        claims = timed("claims", extract_claims, doc, res.actors, places)
        timed("relations", extract_relations, doc, res.actors, places, timexes, claims=claims)
        timed("quantities", extract_quantities, doc, res.actors, timexes)
        timed("events", extract_events, doc, res.actors, places, timexes, date)

    total = sum(cost.values())
    for stage, seconds in sorted(cost.items(), key=lambda kv: -kv[1]):
        print(f"{stage:12} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    facts = sum(cost[s] for s in ("claims", "relations", "quantities", "events"))
    geo = cost["geocode"]
    print(
        f"docs={len(texts)} total_s={total:.1f} geocode_share={geo / (total - geo):.3f} "
        f"extraction_share={facts / (total - facts):.3f}"
    )


if __name__ == "__main__":
    main()
