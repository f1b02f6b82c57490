"""Ingest throughput: a full `dossier ingest` against a bare spaCy pass over the same texts.

Usage: python benchmarks/ingest_throughput.py [--muc ../shared/eval/muc4] [--limit N]
       [--workers 2]

Writes the MUC-4 dev+test texts (400 news reports) as files, then in one run:
1. times a bare spaCy pass (plain en_core_web_sm, `nlp.pipe(n_process=workers)`);
2. times a full ingest (read, clean, metadata, NER + gazetteer, actors, places, dates, store)
   into a fresh SQLite file with the same number of worker processes;
and prints tokens/s of each, their ratio (target >= 0.75) and the peak resident memory of the
main process and of its workers.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_texts(muc: Path, limit: int | None) -> list[tuple[str, str]]:
    texts = []
    for split in ("dev", "test"):
        with (muc / "grit_rolefill" / f"{split}.json").open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                texts.append((row["docid"], row["doctext"]))
    return texts[:limit] if limit else texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--muc", type=Path, default=ROOT.parent / "shared" / "eval" / "muc4")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    from dossier import Settings, ingest, open_store
    from dossier.nlp import load_base_model

    texts = load_texts(args.muc, args.limit)
    base = load_base_model()
    n_tokens = sum(len(base.make_doc(t)) for _, t in texts)
    print(f"{len(texts)} documents, {n_tokens} tokens, {args.workers} worker(s)")

    t0 = time.perf_counter()
    for _ in base.pipe((t for _, t in texts), n_process=args.workers, batch_size=16):
        pass
    bare = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for docid, text in texts:
            (corpus / f"{docid}.txt").write_text(text, encoding="utf-8")
        db = Path(tmp) / "kb.db"
        store = open_store(db)
        t0 = time.perf_counter()
        report = ingest([str(corpus)], store, Settings(db=str(db), workers=args.workers))
        full = time.perf_counter() - t0
        store.close()
    if report.failed:
        print(f"{len(report.failed)} failed, e.g. {report.failed[0]}", file=sys.stderr)

    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    bare_tps, full_tps = n_tokens / bare, n_tokens / full
    print(f"bare spaCy:  {bare:7.1f} s  {bare_tps:8.0f} tokens/s")
    print(f"full ingest: {full:7.1f} s  {full_tps:8.0f} tokens/s")
    print(f"peak RSS: main {self_mb:.0f} MB, largest worker {child_mb:.0f} MB")
    print(
        f"bare_tps={bare_tps:.0f} ingest_tps={full_tps:.0f} ratio={full_tps / bare_tps:.2f} "
        f"docs={len(texts)} tokens={n_tokens} workers={args.workers} "
        f"peak_main_mb={self_mb:.0f} peak_worker_mb={child_mb:.0f}"
    )


if __name__ == "__main__":
    main()
