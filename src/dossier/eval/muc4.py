"""MUC-4 role-filler evaluation: loaders, the CEAF-REE phi-strict scorer and a runner.

The benchmark files live outside the repository (``../shared/eval/muc4``, see its README):

- ``grit_rolefill/{dev,test}.json``: one document a line, lower-cased text, gold entities for the
  five roles ``PerpInd``, ``PerpOrg``, ``Target``, ``Victim``, ``Weapon``;
- ``reference_preds/grit_preds_s_t.out``: the published GRIT predictions on test, used to prove
  the scorer (P 64.19 / R 47.36 / F1 54.50);
- ``raw_muc34_test/``: the original TST3/TST4 texts with their datelines and the full answer
  keys (incident date and location), loaded by :mod:`dossier.eval.muc4_raw`.

The metric (as the README states it): normalise strings (lower-case, drop punctuation and the
articles a/an/the, collapse spaces); per document and role a predicted entity (a list of
mention strings) scores 1 against a gold entity when every predicted mention is one of the gold
entity's mentions, else 0; predicted and gold entities are aligned one-to-one maximising the
total (Hungarian); matches, predicted and gold counts are summed over documents and roles.

Example::

    gold = load_gold("dev")
    score = run_muc4_eval("dev", my_predict)
    print(format_figures(score))
"""

from __future__ import annotations

import argparse
import json
import re
import string
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from dossier.eval.datadir import find_eval_dir
from dossier.eval.scoring import MatchRatios

__all__ = [
    "ROLES",
    "MucDoc",
    "MucEntity",
    "MucScore",
    "Predictions",
    "RoleFillers",
    "RoleScore",
    "data_dir",
    "format_figures",
    "load_gold",
    "load_reference_predictions",
    "main",
    "normalize",
    "numeric_id",
    "run_muc4_eval",
    "score",
    "score_document",
]

ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
SPLITS: tuple[str, ...] = ("dev", "test")

RoleFillers = dict[str, list[list[str]]]
"""One document's prediction: role -> entities -> mention strings."""
Predictions = dict[str, RoleFillers]
"""Predictions for a split: docid -> role fillers."""

_PUNCT = str.maketrans("", "", string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def data_dir(path: str | Path | None = None) -> Path:
    """Return the MUC-4 data folder.

    Precedence: the ``path`` argument, then ``$DOSSIER_MUC4_DIR``, then ``../shared/eval/muc4``
    relative to the working directory, then relative to the repository holding this package.
    Raises ``FileNotFoundError`` naming the places tried when none exists.
    """
    return find_eval_dir("muc4", "grit_rolefill", "DOSSIER_MUC4_DIR", path)


def normalize(text: str) -> str:
    """Normalise a mention: lower-case, drop punctuation and a/an/the, collapse spaces."""
    text = text.lower().translate(_PUNCT)
    return " ".join(_ARTICLES.sub(" ", text).split())


def numeric_id(docid: str) -> str:
    """Map ``TST3-MUC4-0003`` to the reference predictions' key ``30003``."""
    parts = docid.split("-")
    return str(int(parts[0][-1]) * 10000 + int(parts[-1]))


# --------------------------------------------------------------------------- gold documents


@dataclass(frozen=True)
class MucEntity:
    """One gold role filler: coreferent mentions, any one of which is a correct answer."""

    mentions: tuple[str, ...]
    offsets: tuple[int, ...]


@dataclass(frozen=True)
class MucDoc:
    """A MUC-4 document of the GRIT role-filling release (lower-cased, dateline removed)."""

    docid: str
    text: str
    roles: Mapping[str, tuple[MucEntity, ...]] = field(default_factory=dict)

    def fillers(self) -> RoleFillers:
        """The gold entities in prediction format (role -> entities -> mention strings)."""
        return {role: [list(e.mentions) for e in self.roles.get(role, ())] for role in ROLES}


def _parse_doc(line: str) -> MucDoc:
    raw = json.loads(line)
    roles: dict[str, tuple[MucEntity, ...]] = {}
    for role in ROLES:
        entities = []
        for entity in raw["extracts"].get(role, []):
            entities.append(
                MucEntity(
                    mentions=tuple(str(m[0]) for m in entity),
                    offsets=tuple(int(m[1]) for m in entity),
                )
            )
        roles[role] = tuple(entities)
    return MucDoc(docid=raw["docid"], text=raw["doctext"], roles=roles)


@cache
def _load_gold_cached(split: str, root: Path) -> dict[str, MucDoc]:
    path = root / "grit_rolefill" / f"{split}.json"
    with path.open(encoding="utf-8") as handle:
        docs = [_parse_doc(line) for line in handle if line.strip()]
    return {doc.docid: doc for doc in docs}


def load_gold(split: str, root: str | Path | None = None) -> dict[str, MucDoc]:
    """Load ``grit_rolefill/<split>.json`` (``dev`` or ``test``) as docid -> :class:`MucDoc`.

    The result is cached per split and folder; treat it as read-only.
    """
    if split not in SPLITS:
        raise ValueError(f"unknown MUC-4 split {split!r}; expected one of {SPLITS}")
    return dict(_load_gold_cached(split, data_dir(root)))


def load_gold_file(path: Path, every: int = 1, offset: int = 0) -> dict[str, MucDoc]:
    """Load any file in the ``grit_rolefill`` JSON-lines format (GRIT's train split, say) as
    docid -> :class:`MucDoc`, keeping the documents whose 0-based line index is ``offset``
    modulo ``every``: a fixed slice of a larger set, to develop on one slice and check
    another. Raises ``ValueError`` naming the file and line of a malformed document."""
    if every < 1 or not 0 <= offset < every:
        raise ValueError(
            f"--every must be at least 1 and --offset in 0..every-1 (got {every}, {offset})"
        )
    docs: dict[str, MucDoc] = {}
    with path.open(encoding="utf-8") as handle:
        index = 0
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            if index % every == offset:
                try:
                    doc = _parse_doc(line)
                except (ValueError, KeyError, TypeError, IndexError) as err:
                    raise ValueError(
                        f"{path}: line {number} is no MUC-4 document ({err!r})"
                    ) from err
                docs[doc.docid] = doc
            index += 1
    return docs


def load_reference_predictions(
    gold: Mapping[str, MucDoc], root: str | Path | None = None
) -> Predictions:
    """Load ``reference_preds/grit_preds_s_t.out`` keyed by the docids of ``gold``.

    The reference file keys documents by :func:`numeric_id`; documents of ``gold`` that the
    file lacks get no predictions.
    """
    path = data_dir(root) / "reference_preds" / "grit_preds_s_t.out"
    raw = json.loads(path.read_text(encoding="utf-8"))
    preds: Predictions = {}
    for docid in gold:
        entry = raw.get(numeric_id(docid))
        if entry is None:
            continue
        extracts = entry.get("pred_extracts", {})
        preds[docid] = {
            role: [[str(m) for m in entity] for entity in extracts.get(role, [])] for role in ROLES
        }
    return preds


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class RoleScore(MatchRatios):
    """Counts for one role (or all roles): aligned matches, predicted and gold entities."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: RoleScore) -> RoleScore:
        return RoleScore(
            self.matched + other.matched,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )


@dataclass(frozen=True)
class MucScore:
    """CEAF-REE phi-strict counts per role, summed over ``n_docs`` documents."""

    roles: Mapping[str, RoleScore]
    n_docs: int

    @property
    def micro(self) -> RoleScore:
        """Counts summed over the five roles."""
        total = RoleScore()
        for role in ROLES:
            total = total + self.roles.get(role, RoleScore())
        return total

    @property
    def precision(self) -> float:
        """Micro precision over all roles."""
        return self.micro.precision

    @property
    def recall(self) -> float:
        """Micro recall over all roles."""
        return self.micro.recall

    @property
    def f1(self) -> float:
        """Micro F1 over all roles."""
        return self.micro.f1

    def figures(self) -> dict[str, float | int]:
        """Flat ``name -> value`` figures in percent (``f1``, ``p``, ``r``, ``perpind_f1``...)."""
        out: dict[str, float | int] = {
            "f1": round(100 * self.f1, 2),
            "p": round(100 * self.precision, 2),
            "r": round(100 * self.recall, 2),
        }
        for role in ROLES:
            rs = self.roles.get(role, RoleScore())
            key = role.lower()
            out[f"{key}_p"] = round(100 * rs.precision, 2)
            out[f"{key}_r"] = round(100 * rs.recall, 2)
            out[f"{key}_f1"] = round(100 * rs.f1, 2)
        out["n_docs"] = self.n_docs
        return out


def _clean_entities(entities: Iterable[Sequence[str]]) -> list[set[str]]:
    """Normalise each entity's mentions; drop empty mentions and entities left empty."""
    cleaned = []
    for entity in entities:
        mentions = {normalize(m) for m in entity}
        mentions.discard("")
        if mentions:
            cleaned.append(mentions)
    return cleaned


def _align(pred: list[set[str]], gold: list[set[str]]) -> int:
    """Best one-to-one phi-strict total between predicted and gold entities."""
    if not pred or not gold:
        return 0
    sim = np.array([[1.0 if p <= g else 0.0 for g in gold] for p in pred])
    rows, cols = linear_sum_assignment(sim, maximize=True)
    return int(sim[rows, cols].sum())


def score_document(
    pred: Mapping[str, Sequence[Sequence[str]]], gold: MucDoc
) -> dict[str, RoleScore]:
    """Score one document's role fillers against its gold entities, role by role."""
    out: dict[str, RoleScore] = {}
    for role in ROLES:
        p = _clean_entities(pred.get(role, ()))
        g = _clean_entities(e.mentions for e in gold.roles.get(role, ()))
        out[role] = RoleScore(_align(p, g), len(p), len(g))
    return out


def score(
    preds: Mapping[str, Mapping[str, Sequence[Sequence[str]]]], gold: Mapping[str, MucDoc]
) -> MucScore:
    """Score predictions (docid -> role -> entities -> mentions) against gold documents.

    Every gold document counts; a document missing from ``preds`` predicts nothing, and
    predictions for documents outside ``gold`` are ignored. Unknown role names raise
    ``ValueError``.
    """
    totals = {role: RoleScore() for role in ROLES}
    for docid, doc in gold.items():
        fillers = preds.get(docid, {})
        unknown = set(fillers) - set(ROLES)
        if unknown:
            raise ValueError(f"{docid}: unknown MUC-4 roles {sorted(unknown)}")
        for role, counts in score_document(fillers, doc).items():
            totals[role] = totals[role] + counts
    return MucScore(roles=totals, n_docs=len(gold))


def format_figures(result: MucScore) -> str:
    """A per-role P/R/F1 table, then one line of ``name=value`` figures."""
    lines = [f"{'role':<8} {'P':>6} {'R':>6} {'F1':>6} {'match':>6} {'pred':>5} {'gold':>5}"]
    rows = [(role, result.roles.get(role, RoleScore())) for role in ROLES]
    rows.append(("micro", result.micro))
    for name, rs in rows:
        lines.append(
            f"{name:<8} {100 * rs.precision:6.2f} {100 * rs.recall:6.2f} {100 * rs.f1:6.2f} "
            f"{rs.matched:6d} {rs.predicted:5d} {rs.gold:5d}"
        )
    figures = result.figures()
    lines.append(
        " ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items())
    )
    return "\n".join(lines)


# --------------------------------------------------------------------------- runner


def run_muc4_eval(
    split: str,
    predict: Callable[[str, str], Mapping[str, Sequence[Sequence[str]]]],
    predictions_out: Path | None = None,
    root: str | Path | None = None,
    gold: Mapping[str, MucDoc] | None = None,
) -> MucScore:
    """Run ``predict(docid, text)`` over a split (or over ``gold``, when given) and score it.

    ``predict`` returns role fillers for one document (role -> entities -> mention strings);
    roles it leaves out predict nothing. When ``predictions_out`` is given the predictions are
    written there as JSON (docid -> role fillers).
    """
    if gold is None:
        gold = load_gold(split, root)
    preds: Predictions = {}
    for docid, doc in gold.items():
        fillers = predict(docid, doc.text)
        preds[docid] = {
            role: [[str(m) for m in entity] for entity in fillers.get(role, ())] for role in ROLES
        }
        unknown = set(fillers) - set(ROLES)
        if unknown:
            raise ValueError(f"{docid}: predict returned unknown roles {sorted(unknown)}")
    if predictions_out is not None:
        predictions_out.parent.mkdir(parents=True, exist_ok=True)
        predictions_out.write_text(json.dumps(preds, indent=1), encoding="utf-8")
    return score(preds, gold)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python3 -m dossier.eval.muc4 (--reference | --baseline) [--split]``."""
    parser = argparse.ArgumentParser(prog="python3 -m dossier.eval.muc4", description=__doc__)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--reference", action="store_true", help="score the GRIT reference preds")
    what.add_argument("--baseline", action="store_true", help="run the dependency-rule baseline")
    what.add_argument("--gold", action="store_true", help="score gold against itself (sanity)")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--data", type=Path, default=None, help="MUC-4 folder")
    parser.add_argument(
        "--predictions", "--predictions-out", dest="predictions_out", type=Path, default=None
    )
    args = parser.parse_args(argv)

    if args.reference:
        gold = load_gold("test", args.data)
        result = score(load_reference_predictions(gold, args.data), gold)
    elif args.gold:
        gold = load_gold(args.split, args.data)
        result = score({d: doc.fillers() for d, doc in gold.items()}, gold)
    else:
        from dossier.eval.muc4_baseline import BaselinePredictor

        predictor = BaselinePredictor(root=args.data)
        result = run_muc4_eval(args.split, predictor, args.predictions_out, args.data)
    sys.stdout.write(format_figures(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
