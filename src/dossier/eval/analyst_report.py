"""Figures, tables and JSON of ``dossier eval analyst`` from the counts of
:mod:`dossier.eval.analyst` (percentages; totals are micro, summed over reports)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from dossier.eval.analyst import ReportScore


def total(scores: list[ReportScore]) -> ReportScore:
    t = ReportScore("TOTAL")
    for s in scores:
        t.counts.update(s.counts)
    return t


def pct(num: int, den: int) -> float:
    return 100.0 * num / den if den else 0.0


def prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    p, r = pct(tp_p, n_pred), pct(tp_r, n_gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def figures(c: Counter[str]) -> dict[str, float]:
    """The headline figures (percentages) of one report or the total."""
    f: dict[str, float] = {}
    events_pred = c["events_pred"] - c["events_ignored"]
    f["events_p"], f["events_r"], f["events_f1"] = prf(
        c["events_matched"], events_pred, c["events_matched"], c["events_gold"]
    )
    for mode in ("strict", "lenient"):
        f[f"roles_{mode}_p"], f[f"roles_{mode}_r"], f[f"roles_{mode}_f1"] = prf(
            c[f"roles_{mode}_tp"],
            c[f"roles_{mode}_pred"],
            c[f"roles_{mode}_tp"],
            c[f"roles_{mode}_gold"],
        )
        f[f"relations_{mode}_p"], f[f"relations_{mode}_r"], f[f"relations_{mode}_f1"] = prf(
            c[f"relations_{mode}_tp"],
            c[f"relations_{mode}_pred"],
            c[f"relations_{mode}_found"],
            c[f"relations_{mode}_gold"],
        )
        f[f"quantities_{mode}_p"], f[f"quantities_{mode}_r"], f[f"quantities_{mode}_f1"] = prf(
            c[f"quantities_{mode}_tp"],
            c[f"quantities_{mode}_pred"],
            c[f"quantities_{mode}_tp"],
            c["quantities_gold"],
        )
    f["claims_p"], f["claims_r"], f["claims_f1"] = prf(
        c["claims_found"],
        c["claims_pred"] - c["claims_ignored"],
        c["claims_found"],
        c["claims_gold"],
    )
    f["claims_speaker"] = pct(c["claims_speaker_right"], c["claims_gold"])
    f["claims_via"] = pct(c["claims_via_right"], c["claims_gold_via"])
    f["actors_r"] = pct(c["actors_found"], c["actors_gold"])
    f["actors_p"] = pct(c["actors_aligned"], c["actors_pred"])
    for name in ("title", "published", "source"):
        f[f"metadata_{name}"] = pct(c[f"metadata_{name}"], c["metadata_n"])
    return f


def _table(title: str, head: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]

    def line(r: list[str]) -> str:
        return "  ".join(
            x.ljust(w) if i == 0 else x.rjust(w)
            for i, (x, w) in enumerate(zip(r, widths, strict=True))
        )

    return ["", title, line(head), *(line(r) for r in rows)]


def _frac(num: int, den: int) -> str:
    return f"{num}/{den} {pct(num, den):.1f}%"


def _rows(scores: list[ReportScore], cells: Callable[[Counter[str]], list[str]]) -> list[list[str]]:
    return [[s.name, *cells(s.counts)] for s in [*scores, total(scores)]]


def _p3(p: float, r: float, f1: float) -> list[str]:
    return [f"{p:.1f}", f"{r:.1f}", f"{f1:.1f}"]


def format_report(scores: list[ReportScore], details: bool = False) -> str:
    """Tables per section (one row per report and a TOTAL row), then the figures line."""
    lines: list[str] = []
    lines += _table(
        "Actors",
        ["report", "found/gold (R)", "aligned/pred (P)", "dup"],
        _rows(
            scores,
            lambda c: [
                _frac(c["actors_found"], c["actors_gold"]),
                _frac(c["actors_aligned"], c["actors_pred"]),
                str(c["actors_dup"]),
            ],
        ),
    )

    def ev(c: Counter[str]) -> list[str]:
        f = figures(c)
        counts = [
            c[k]
            for k in (
                "events_gold",
                "events_pred",
                "events_ignored",
                "events_matched",
                "events_dup",
                "events_spurious",
                "events_spurious_nonevent",
            )
        ]
        return [*map(str, counts), *_p3(f["events_p"], f["events_r"], f["events_f1"])]

    lines += _table(
        "Events (P = matched/(pred-ignored), R = matched/gold)",
        [
            "report",
            "gold",
            "pred",
            "ignored",
            "matched",
            "dup",
            "spurious",
            "non-event",
            "P",
            "R",
            "F1",
        ],
        _rows(scores, ev),
    )
    names = ("type", "date", "place", "actors", "fatalities", "modality")
    lines += _table(
        "Event fields over matched pairs (right/scored; actors by role class: doer/undergoer)",
        ["report", *names, "all fields"],
        _rows(
            scores,
            lambda c: [
                *(_frac(c[f"field_{n}_right"], c[f"field_{n}_n"]) for n in names),
                _frac(c["events_all_right"], c["events_matched"]),
            ],
        ),
    )
    lines += _table(
        "Event actor-roles over matched pairs (micro P/R/F1)",
        ["report", "strict P", "R", "F1", "lenient P", "R", "F1", "all gold roles"],
        _rows(
            scores,
            lambda c: [
                *_p3(*(figures(c)[f"roles_strict_{k}"] for k in ("p", "r", "f1"))),
                *_p3(*(figures(c)[f"roles_lenient_{k}"] for k in ("p", "r", "f1"))),
                _frac(c["roles_all_right"], c["events_matched"]),
            ],
        ),
    )
    for section, gold_key in (("relations", "found"), ("quantities", "tp")):
        head = ["report"]
        for mode in ("strict", "lenient"):
            head += [f"{mode} tp/pred", "found/gold", "P", "R", "F1"]

        def cells(c: Counter[str], section: str = section, gold_key: str = gold_key) -> list[str]:
            f, row = figures(c), []
            for mode in ("strict", "lenient"):
                n_gold = (
                    c[f"{section}_{mode}_gold"] if section == "relations" else c["quantities_gold"]
                )
                row += [
                    f"{c[f'{section}_{mode}_tp']}/{c[f'{section}_{mode}_pred']}",
                    f"{c[f'{section}_{mode}_{gold_key}']}/{n_gold}",
                    *_p3(
                        f[f"{section}_{mode}_p"],
                        f[f"{section}_{mode}_r"],
                        f[f"{section}_{mode}_f1"],
                    ),
                ]
            return row

        lines += _table(section.capitalize(), head, _rows(scores, cells))
    lines += _table(
        "Claims",
        ["report", "found/gold (R)", "paired/pred (P)", "F1", "dup", "speaker right", "via right"],
        _rows(
            scores,
            lambda c: [
                _frac(c["claims_found"], c["claims_gold"]),
                _frac(c["claims_found"], c["claims_pred"] - c["claims_ignored"]),
                f"{figures(c)['claims_f1']:.1f}",
                str(c["claims_dup"]),
                _frac(c["claims_speaker_right"], c["claims_gold"]),
                _frac(c["claims_via_right"], c["claims_gold_via"]),
            ],
        ),
    )
    lines += _table(
        "Metadata",
        ["report", "title", "published", "source"],
        _rows(
            scores,
            lambda c: [
                _frac(c[f"metadata_{n}"], c["metadata_n"]) for n in ("title", "published", "source")
            ],
        ),
    )
    if details:
        for s in scores:
            lines += ["", f"Details: {s.name}", *(f"  {d}" for d in s.details)]
    f = figures(total(scores).counts)
    keys = (
        "events_f1",
        "events_p",
        "events_r",
        "relations_strict_f1",
        "relations_lenient_f1",
        "claims_f1",
        "claims_p",
        "claims_r",
        "quantities_strict_f1",
        "quantities_lenient_f1",
        "actors_r",
        "actors_p",
    )
    lines += ["", " ".join(f"{k}={f[k]:.2f}" for k in keys) + f" reports={len(scores)}"]
    return "\n".join(lines[1:])


def write_json(scores: list[ReportScore], path: Path) -> None:
    """Every count, figure and detail line, per report and in total."""
    data = {
        # asdict would rebuild the Counter from (key, value) pairs and count the pairs
        "reports": [
            {
                "name": s.name,
                "counts": dict(s.counts),
                "figures": figures(s.counts),
                "details": s.details,
            }
            for s in scores
        ],
        "total": {"counts": dict(total(scores).counts), "figures": figures(total(scores).counts)},
    }
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
