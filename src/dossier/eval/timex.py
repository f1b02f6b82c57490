"""TempEval-3 Task A: score :func:`dossier.resolve.timex.extract_timexes` on TimeML files.

Each ``.tml`` file under a directory (searched recursively) is read as follows: the text of
``<TEXT>`` with every tag stripped is the raw text; its inline ``<TIMEX3>`` elements are the gold
expressions (offsets into that raw text, with ``type`` and ``value``); the ``<DCT>`` TIMEX3 gives
the document date. The system runs on the raw text with the DCT as document date.

Scoring follows the TempEval-3 definitions (``../shared/eval/tempeval3/README.md``):

* system and gold expressions are paired one-to-one by extent, per document: first the exact
  (strict) matches, then the remaining overlapping (relaxed) ones;
* strict/relaxed precision = matched system / all system, recall = matched gold / all gold;
* value (type) accuracy = relaxed pairs with the same value (type) / all relaxed pairs, and
  value (type) F1 = accuracy x relaxed F1;
* all counts are pooled over the documents before ratios are taken (micro-averaging).

Example::

    python3 -m dossier.eval.timex ../shared/eval/tempeval3/tbaq
"""

from __future__ import annotations

import argparse
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dossier.eval.scoring import f1_of, ratio
from dossier.records import DateValue
from dossier.resolve.timex import extract_timexes

__all__ = [
    "GoldTimex",
    "TimeMLDocument",
    "align",
    "format_figures",
    "read_timeml",
    "run_timex_eval",
    "score",
]


@dataclass(frozen=True)
class GoldTimex:
    """One TIMEX3 of a TimeML file (or one system expression, for scoring)."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDocument:
    """The raw ``<TEXT>`` of a TimeML file, its gold expressions and its creation time."""

    name: str
    text: str
    dct: DateValue | None
    gold: tuple[GoldTimex, ...]


def _dct_value(value: str) -> DateValue | None:
    """Turn a DCT ``value`` ("1998-08-07", "1998-11-20T19:30") into a day :class:`DateValue`."""
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        return DateValue(m.group(0), "day")
    m = re.match(r"(\d{4})-(\d\d)", value)
    if m:
        return DateValue(m.group(0), "month")
    m = re.match(r"\d{4}", value)
    return DateValue(m.group(0), "year") if m else None


def read_timeml(path: Path) -> TimeMLDocument:
    """Parse one ``.tml`` file into its raw text, gold TIMEX3s (with offsets) and DCT."""
    root = ET.parse(path).getroot()
    dct: DateValue | None = None
    dct_el = root.find("DCT/TIMEX3")
    if dct_el is not None:
        dct = _dct_value(dct_el.get("value", ""))
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3":
            surface = "".join(parts)[start:pos]
            gold.append(GoldTimex(start, pos, surface, el.get("type", ""), el.get("value", "")))

    if text_el is not None:
        walk(text_el)
    return TimeMLDocument(path.stem, "".join(parts), dct, tuple(gold))


def align(
    gold: Sequence[GoldTimex], system: Sequence[GoldTimex]
) -> tuple[list[tuple[GoldTimex, GoldTimex]], int]:
    """Pair system with gold expressions one-to-one by extent.

    Exact-extent pairs are taken first, then overlapping ones (largest overlap first). Returns
    the relaxed pairs ``(gold, system)`` and how many of them are strict (same extent).
    """
    pairs: list[tuple[GoldTimex, GoldTimex]] = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            if j not in used_s and (g.start, g.end) == (s.start, s.end):
                pairs.append((g, s))
                used_g.add(i)
                used_s.add(j)
                break
    strict = len(pairs)
    candidates = []
    for i, g in enumerate(gold):
        if i in used_g:
            continue
        for j, s in enumerate(system):
            if j in used_s:
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                candidates.append((-overlap, i, j))
    for _, i, j in sorted(candidates):
        if i not in used_g and j not in used_s:
            pairs.append((gold[i], system[j]))
            used_g.add(i)
            used_s.add(j)
    return pairs, strict


def score(
    docs: Sequence[tuple[Sequence[GoldTimex], Sequence[GoldTimex]]],
) -> dict[str, float]:
    """Micro-pooled TempEval-3 Task A figures for ``(gold, system)`` expression lists."""
    n_gold = n_sys = n_strict = n_relaxed = n_value = n_type = 0
    for gold, system in docs:
        pairs, strict = align(gold, system)
        n_gold += len(gold)
        n_sys += len(system)
        n_strict += strict
        n_relaxed += len(pairs)
        n_value += sum(1 for g, s in pairs if g.value == s.value)
        n_type += sum(1 for g, s in pairs if g.type == s.type)
    figs: dict[str, float] = {}
    for name, matched in (("strict", n_strict), ("relaxed", n_relaxed)):
        p, r = ratio(matched, n_sys), ratio(matched, n_gold)
        figs[f"{name}_p"], figs[f"{name}_r"], figs[f"{name}_f1"] = p, r, f1_of(p, r)
    for name, correct in (("value", n_value), ("type", n_type)):
        acc = ratio(correct, n_relaxed)
        figs[f"{name}_acc"] = acc
        figs[f"{name}_p"] = acc * figs["relaxed_p"]
        figs[f"{name}_r"] = acc * figs["relaxed_r"]
        figs[f"{name}_f1"] = acc * figs["relaxed_f1"]
    figs["n_gold"], figs["n_sys"] = float(n_gold), float(n_sys)
    figs["n_strict"], figs["n_relaxed"] = float(n_strict), float(n_relaxed)
    return figs


def system_timexes(doc: TimeMLDocument) -> list[GoldTimex]:
    """Run the extractor on a TimeML document and return its expressions for scoring."""
    return [
        GoldTimex(t.start, t.end, t.text, t.type, t.value)
        for t in extract_timexes(doc.text, doc.dct)
    ]


def run_timex_eval(directory: Path, progress: bool = False) -> dict[str, float]:
    """Score the extractor on every ``.tml`` file under ``directory`` (recursively).

    Returns the figures of :func:`score` plus ``n_docs`` and ``docs_per_s`` (extraction speed).
    """
    paths = sorted(Path(directory).rglob("*.tml"))
    docs = [read_timeml(p) for p in paths]
    results = []
    extract_timexes("", None)  # load the lexicons and compile the patterns before timing
    t0 = time.perf_counter()
    for i, doc in enumerate(docs, 1):
        results.append((doc.gold, system_timexes(doc)))
        if progress:
            print(f"\r{i}/{len(docs)} {doc.name}", end="", flush=True)  # noqa: T201
    elapsed = time.perf_counter() - t0
    if progress:
        print()  # noqa: T201
    figs = score(results)
    figs["n_docs"] = float(len(docs))
    figs["docs_per_s"] = ratio(len(docs), elapsed)
    return figs


_ORDER = (
    "value_f1",
    "strict_f1",
    "relaxed_f1",
    "type_f1",
    "value_acc",
    "type_acc",
    "strict_p",
    "strict_r",
    "relaxed_p",
    "relaxed_r",
    "n_gold",
    "n_sys",
    "n_docs",
    "docs_per_s",
)


def format_figures(figs: dict[str, float]) -> str:
    """One line of ``name=value`` figures, headline first (counts as integers)."""
    out = []
    for name in _ORDER:
        if name not in figs:
            continue
        v = figs[name]
        if name.startswith("n_"):
            out.append(f"{name}={int(v)}")
        elif name == "docs_per_s":
            out.append(f"{name}={v:.1f}")
        else:
            out.append(f"{name}={v:.3f}")
    return " ".join(out)


def main(argv: list[str] | None = None) -> None:
    """Command line: ``python3 -m dossier.eval.timex DIR [--errors]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path, help="folder of TimeML .tml files")
    parser.add_argument("--progress", action="store_true", help="show progress")
    parser.add_argument(
        "--errors", action="store_true", help="print missed, spurious and wrong expressions"
    )
    args = parser.parse_args(argv)
    if args.errors:
        for path in sorted(args.directory.rglob("*.tml")):
            doc = read_timeml(path)
            system = system_timexes(doc)
            pairs, _ = align(doc.gold, system)
            matched_g = {id(g) for g, _ in pairs}
            matched_s = {id(s) for _, s in pairs}
            for g in doc.gold:
                if id(g) not in matched_g:
                    print(f"MISS {doc.name} {g.text!r} {g.type} {g.value}")  # noqa: T201
            for s in system:
                if id(s) not in matched_s:
                    print(f"SPUR {doc.name} {s.text!r} {s.type} {s.value}")  # noqa: T201
            for g, s in pairs:
                tag = "OK  " if g.value == s.value else "VAL "
                if g.value == s.value and (g.start, g.end) != (s.start, s.end):
                    tag = "SPAN"
                if tag != "OK  ":
                    print(  # noqa: T201
                        f"{tag} {doc.name} {g.text!r}/{s.text!r} {g.type}/{s.type} "
                        f"{g.value}/{s.value} dct={doc.dct.value if doc.dct else None}"
                    )
    figs = run_timex_eval(args.directory, progress=args.progress)
    print(format_figures(figs))  # noqa: T201


if __name__ == "__main__":
    main()
