"""Ingest throughput in CPU time: a bare spaCy pass against a full ingest, on a busy machine.

Usage: python benchmarks/ingest_cpu_ratio.py [--muc ../shared/eval/muc4] [--limit 100]
       [--workers 2]

``ingest_throughput.py`` compares wall-clock times, which other jobs on the machine skew. This
compares CPU seconds (the main process and its workers together) of the same two runs over
the first MUC-4 dev texts: a bare en_core_web_sm ``nlp.pipe(n_process=workers)`` and a full
``ingest`` into a fresh SQLite file. The pipeline is built (``_preload``) before both, as
ingest builds it, so that neither figure holds it; run it twice after a code change (the first
run rebuilds the build cache).
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--muc", type=Path, default=ROOT.parent / "shared" / "eval" / "muc4")
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    from dossier import Settings, ingest, open_store
    from dossier.nlp import load_base_model
    from dossier.pipeline import _preload

    with (args.muc / "grit_rolefill" / "dev.json").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][: args.limit]
    base = load_base_model()
    base(rows[0]["doctext"])
    _preload()

    t0 = _cpu()
    for _ in base.pipe((r["doctext"] for r in rows), n_process=args.workers, batch_size=16):
        pass
    bare = _cpu() - t0

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for r in rows:
            (corpus / f"{r['docid']}.txt").write_text(r["doctext"], encoding="utf-8")
        db = Path(tmp) / "kb.db"
        store = open_store(db)
        t0 = _cpu()
        ingest([str(corpus)], store, Settings(db=str(db), workers=args.workers))
        full = _cpu() - t0
        store.close()
    print(
        f"bare_cpu_s={bare:.2f} ingest_cpu_s={full:.2f} cpu_ratio={bare / full:.3f} "
        f"docs={len(rows)} workers={args.workers}"
    )


if __name__ == "__main__":
    main()
