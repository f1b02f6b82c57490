"""Entity tagging against re3d: Dossier's pipeline beside plain ``en_core_web_sm``.

re3d (Dstl, ``../shared/eval/re3d``) is 98 documents on the Syria/Iraq conflict, each folder
holding ``documents.json`` and ``entities.json`` (one JSON object per line). The gold standard:

* entity rows are candidate labels with a crowd confidence, and one span may carry several;
  per ``(documentId, begin, end)`` the row with the highest confidence is kept (the first one
  on a tie) and a span whose best row has confidence 0 is dropped;
* Person, Organisation, Location and Temporal are scored (the headline is their micro average);
  Nationality is reported too, since spaCy's NORP maps onto it.

spaCy labels map as PERSON→Person, ORG→Organisation, GPE/LOC/FAC→Location, DATE/TIME→Temporal,
NORP→Nationality. For Dossier, the spans of ``doc.spans["actors"]`` (titled people, countries
acting as actors, group noun phrases, personal pronouns; see :mod:`dossier.nlp.mention_group`)
and ``doc.spans["places"]`` (place names and phrases at full extent, see
:mod:`dossier.nlp.place_mentions`) replace the entities they overlap.

Scores, all micro-pooled over documents:

* **exact**: a prediction is right when its span and type equal a gold entity's;
* **overlap**: predictions and gold entities of the same type are paired one-to-one, exact
  extents first, then overlapping ones (largest overlap first), as TempEval-3 does;
* **name-like**: exact, with gold pronouns and all-lower-case common noun phrases ("the group",
  "he", "civilians") left out, and predictions that only meet such spans ignored.

re3d has no split, so documents are split by a hash of their id (:func:`split_of`): develop on
``dev``, report ``test``.

Example::

    dossier eval ner ../shared/eval/re3d --split test
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dossier.errors import InputError
from dossier.eval.scoring import f1_of, ratio

__all__ = [
    "EXTRA_TYPES",
    "SCORED_TYPES",
    "SPLITS",
    "Counts",
    "Entity",
    "Re3dDocument",
    "Re3dReport",
    "SystemScores",
    "dossier_entities",
    "exact_counts",
    "format_report",
    "gold_entities",
    "is_name_like",
    "name_like_only",
    "overlap_counts",
    "read_re3d",
    "run_re3d_eval",
    "score_system",
    "spacy_entities",
    "split_of",
]

SCORED_TYPES = ("Person", "Organisation", "Location", "Temporal")
EXTRA_TYPES = ("Nationality",)
SPLITS = ("dev", "test")
SPACY_TO_RE3D = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "DATE": "Temporal",
    "TIME": "Temporal",
    "NORP": "Nationality",
}
# pronouns and pro-adverbs that re3d annotates as people, groups and places
_PRONOUNS = frozenset(
    {
        *("i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"),
        *("you", "your", "yours", "yourself", "yourselves", "one"),
        *("he", "him", "his", "himself", "she", "her", "hers", "herself"),
        *("it", "its", "itself", "they", "them", "their", "theirs", "themselves"),
        *("here", "there"),
    }
)
_GROUPS = ("actors", "places")  # span groups that Dossier's mention components fill
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass(frozen=True, order=True)
class Entity:
    """A typed span of a document's text (gold or predicted)."""

    start: int
    end: int
    type: str


@dataclass(frozen=True)
class Re3dDocument:
    """One re3d document: its text and its gold entities (all types, deduplicated)."""

    id: str
    source: str
    title: str
    text: str
    gold: tuple[Entity, ...]

    @property
    def split(self) -> str:
        return split_of(self.id)


def split_of(doc_id: str) -> str:
    """The fixed split of a document: ``dev`` or ``test``, from a hash of its id.

    >>> split_of("3095FB15AFF7B552702E9EF46C083FDD") in SPLITS
    True
    """
    return SPLITS[hashlib.sha256(doc_id.encode("utf-8")).digest()[0] % 2]


def gold_entities(rows: Iterable[Mapping[str, Any]]) -> dict[str, list[Entity]]:
    """Apply the gold rule to ``entities.json`` rows; returns entities per document id.

    Per ``(documentId, begin, end)`` the row with the highest confidence wins (the first one
    read on a tie); a span whose best row has confidence 0 is no entity.

    >>> rows = [
    ...     {"documentId": "d", "begin": 0, "end": 5, "type": "Location", "confidence": 0.4},
    ...     {"documentId": "d", "begin": 0, "end": 5, "type": "Organisation", "confidence": 0.6},
    ...     {"documentId": "d", "begin": 9, "end": 12, "type": "Person", "confidence": 0},
    ... ]
    >>> gold_entities(rows)
    {'d': [Entity(start=0, end=5, type='Organisation')]}
    """
    best: dict[tuple[str, int, int], Mapping[str, Any]] = {}
    for row in rows:
        key = (str(row["documentId"]), int(row["begin"]), int(row["end"]))
        if key not in best or float(row["confidence"]) > float(best[key]["confidence"]):
            best[key] = row
    out: dict[str, list[Entity]] = {}
    for (doc_id, begin, end), row in sorted(best.items()):
        if float(row["confidence"]) > 0:
            out.setdefault(doc_id, []).append(Entity(begin, end, str(row["type"])))
    return out


def _json_lines(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a ``mongoexport`` file, one per line."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read ({exc})") from exc
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(path, f"line {number} is not JSON ({exc.msg})") from exc
    return rows


def read_re3d(directory: Path) -> list[Re3dDocument]:
    """Every document of every source folder under ``directory``, sorted by source and id.

    :raises InputError: when ``directory`` holds no ``*/documents.json`` or a file is broken.
    """
    folders = sorted(p.parent for p in Path(directory).glob("*/documents.json"))
    if not folders:
        raise InputError(directory, "no re3d source folders (*/documents.json) in it")
    docs: list[Re3dDocument] = []
    for folder in folders:
        gold = gold_entities(_json_lines(folder / "entities.json"))
        for row in _json_lines(folder / "documents.json"):
            doc_id = str(row["_id"])
            docs.append(
                Re3dDocument(
                    id=doc_id,
                    source=str(row.get("sourceName") or folder.name),
                    title=str(row.get("title") or ""),
                    text=str(row["text"]),
                    gold=tuple(gold.get(doc_id, ())),
                )
            )
    return sorted(docs, key=lambda d: (d.source, d.id))


# -- predictions ------------------------------------------------------------------------------


def spacy_entities(doc: Doc) -> list[Entity]:
    """The entities of a plain spaCy run, mapped to re3d types (unmapped labels dropped)."""
    return [
        Entity(e.start_char, e.end_char, SPACY_TO_RE3D[e.label_])
        for e in doc.ents
        if e.label_ in SPACY_TO_RE3D
    ]


def dossier_entities(doc: Doc) -> list[Entity]:
    """Dossier's entities: ``doc.ents`` with the ``actors`` and ``places`` span groups over them.

    A span of either group replaces every entity it overlaps (the groups never overlap each
    other); its label maps like an entity label, so a country acting as an actor ("Syria
    accuses Israel"), labelled ORG in the ``actors`` group, is an Organisation.
    """
    spans = [s for group in _GROUPS if group in doc.spans for s in doc.spans[group]]
    taken = [(s.start_char, s.end_char) for s in spans]
    out = [
        Entity(s.start_char, s.end_char, SPACY_TO_RE3D[s.label_])
        for s in spans
        if s.label_ in SPACY_TO_RE3D
    ]
    for e in doc.ents:
        if e.label_ not in SPACY_TO_RE3D:
            continue
        if any(a < e.end_char and e.start_char < b for a, b in taken):
            continue
        out.append(Entity(e.start_char, e.end_char, SPACY_TO_RE3D[e.label_]))
    return sorted(out)


# -- scoring ----------------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the ratios they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return f1_of(self.precision, self.recall)


def exact_counts(
    predicted: Iterable[Entity], gold: Iterable[Entity], types: Sequence[str]
) -> dict[str, Counts]:
    """Exact span-and-type counts per type (only ``types`` are counted).

    >>> gold = [Entity(0, 5, "Person"), Entity(10, 15, "Location")]
    >>> pred = [Entity(0, 5, "Person"), Entity(10, 14, "Location")]
    >>> c = exact_counts(pred, gold, ["Person", "Location"])
    >>> (c["Person"].tp, c["Location"].fp, c["Location"].fn)
    (1, 1, 1)
    """
    pred = {e for e in predicted if e.type in types}
    ref = {e for e in gold if e.type in types}
    return {
        t: Counts(
            tp=sum(1 for e in pred & ref if e.type == t),
            fp=sum(1 for e in pred - ref if e.type == t),
            fn=sum(1 for e in ref - pred if e.type == t),
        )
        for t in types
    }


def overlap_counts(
    predicted: Iterable[Entity], gold: Iterable[Entity], types: Sequence[str]
) -> Counts:
    """One-to-one pairing of same-type spans: exact extents first, then largest overlap.

    >>> overlap_counts([Entity(0, 9, "Person")], [Entity(4, 9, "Person")], ["Person"])
    Counts(tp=1, fp=0, fn=0)
    """
    pred = sorted({e for e in predicted if e.type in types})
    ref = sorted({e for e in gold if e.type in types})
    exact = set(pred) & set(ref)
    rest_p = [e for e in pred if e not in exact]
    rest_g = [e for e in ref if e not in exact]
    candidates = sorted(
        (-(min(p.end, g.end) - max(p.start, g.start)), i, j)
        for i, p in enumerate(rest_p)
        for j, g in enumerate(rest_g)
        if p.type == g.type and p.start < g.end and g.start < p.end
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    tp = len(exact) + len(used_p)
    return Counts(tp=tp, fp=len(pred) - tp, fn=len(ref) - tp)


def is_name_like(text: str) -> bool:
    """False for pronouns and all-lower-case common noun phrases ("the group", "he").

    >>> [is_name_like(t) for t in ("He", "the town", "President Assad", "2016", "the UK")]
    [False, False, True, True, True]
    """
    words = text.split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return False
    content = [w for w in words if w.lower() not in _ARTICLES] or words
    return any(w[:1].isupper() or w[:1].isdigit() for w in content)


def name_like_only(
    text: str, predicted: Sequence[Entity], gold: Sequence[Entity]
) -> tuple[list[Entity], list[Entity]]:
    """Drop gold spans that are not name-like, and predictions that only meet dropped gold."""
    kept = [g for g in gold if is_name_like(text[g.start : g.end])]
    dropped = [g for g in gold if not is_name_like(text[g.start : g.end])]

    def meets(e: Entity, spans: Sequence[Entity]) -> bool:
        return any(e.start < g.end and g.start < e.end for g in spans)

    pred = [e for e in predicted if not (meets(e, dropped) and not meets(e, kept))]
    return pred, kept


@dataclass
class SystemScores:
    """Pooled scores of one system over a set of documents."""

    name: str
    exact: dict[str, Counts] = field(default_factory=dict)  # per type, scored and extra
    overlap: Counts = field(default_factory=Counts)
    name_like: Counts = field(default_factory=Counts)
    by_split: dict[str, Counts] = field(default_factory=dict)  # exact micro per split
    seconds: float = 0.0  # CPU seconds the pipeline took over the documents

    @property
    def micro(self) -> Counts:
        total = Counts()
        for t in SCORED_TYPES:
            total.add(self.exact.get(t, Counts()))
        return total


def score_system(
    name: str,
    documents: Sequence[Re3dDocument],
    predictions: Sequence[Sequence[Entity]],
) -> SystemScores:
    """Pool exact, overlap and name-like counts of ``predictions`` (one list per document)."""
    scores = SystemScores(name)
    types = (*SCORED_TYPES, *EXTRA_TYPES)
    for t in types:
        scores.exact[t] = Counts()
    for split in SPLITS:
        scores.by_split[split] = Counts()
    for doc, pred in zip(documents, predictions, strict=True):
        per_type = exact_counts(pred, doc.gold, types)
        for t in types:
            scores.exact[t].add(per_type[t])
        for t in SCORED_TYPES:
            scores.by_split[doc.split].add(per_type[t])
        scores.overlap.add(overlap_counts(pred, doc.gold, SCORED_TYPES))
        pred_n, gold_n = name_like_only(doc.text, pred, doc.gold)
        for c in exact_counts(pred_n, gold_n, SCORED_TYPES).values():
            scores.name_like.add(c)
    return scores


@dataclass(frozen=True)
class Re3dReport:
    """Both systems' scores on one split of re3d, with run times."""

    split: str
    n_documents: int
    n_words: int
    n_gold: int  # gold entities of the scored types
    dossier: SystemScores
    baseline: SystemScores
    pipeline: tuple[str, ...] = ()


def _predict(
    nlp: Language, texts: Sequence[str], extract: Callable[[Doc], list[Entity]]
) -> tuple[list[list[Entity]], float]:
    start = time.process_time()  # CPU time: steadier than wall time on a busy machine
    docs = list(nlp.pipe(texts))
    elapsed = time.process_time() - start
    return [extract(d) for d in docs], elapsed


def run_re3d_eval(directory: Path, limit: int | None = None, split: str = "all") -> Re3dReport:
    """Tag the re3d documents of ``split`` with Dossier and plain spaCy, and score both.

    :param directory: the re3d folder (one sub-folder per source).
    :param limit: only the first ``limit`` documents of the split (sorted by source and id).
    :param split: ``"dev"``, ``"test"`` or ``"all"`` (see :func:`split_of`).
    :returns: a :class:`Re3dReport`; print it with :func:`format_report`.
    """
    from dossier.nlp import build_nlp, load_base_model

    if split not in (*SPLITS, "all"):
        raise ValueError(f"unknown split {split!r}: use dev, test or all")
    documents = [d for d in read_re3d(directory) if split == "all" or d.split == split]
    if limit is not None:
        documents = documents[:limit]
    texts = [d.text for d in documents]
    base, nlp = load_base_model(), build_nlp()
    # warm both pipelines up so that neither timing pays for first-call set-up
    base("Warm-up.")
    nlp("Warm-up.")
    base_pred, base_s = _predict(base, texts, spacy_entities)
    dossier_pred, dossier_s = _predict(nlp, texts, dossier_entities)
    baseline = score_system("en_core_web_sm", documents, base_pred)
    dossier = score_system("Dossier", documents, dossier_pred)
    baseline.seconds, dossier.seconds = base_s, dossier_s
    return Re3dReport(
        split=split,
        n_documents=len(documents),
        n_words=sum(len(t.split()) for t in texts),
        n_gold=sum(1 for d in documents for g in d.gold if g.type in SCORED_TYPES),
        dossier=dossier,
        baseline=baseline,
        pipeline=tuple(nlp.pipe_names),
    )


# -- report -----------------------------------------------------------------------------------


def _prf(c: Counts) -> str:
    return f"{100 * c.precision:5.1f} {100 * c.recall:5.1f} {100 * c.f1:5.1f}"


def format_report(report: Re3dReport) -> str:
    """A table of both systems' scores, ending with one line of ``name=value`` figures."""
    d, b = report.dossier, report.baseline
    lines = [
        f"re3d NER, split={report.split}: {report.n_documents} documents, "
        f"{report.n_words} words, {report.n_gold} gold entities",
        "",
        f"{'':28}{'Dossier':^17}   {'en_core_web_sm':^17}",
        f"{'':28}{'P     R    F1':>17}   {'P     R    F1':>17}",
    ]

    def row(label: str, a: Counts, z: Counts) -> None:
        lines.append(f"{label:28}{_prf(a):>17}   {_prf(z):>17}")

    for t in SCORED_TYPES:
        row(f"exact {t}", d.exact[t], b.exact[t])
    row("exact micro", d.micro, b.micro)
    row("overlap micro", d.overlap, b.overlap)
    row("exact micro, name-like gold", d.name_like, b.name_like)
    for t in EXTRA_TYPES:
        row(f"exact {t} (extra)", d.exact[t], b.exact[t])
    if report.split == "all":
        for s in SPLITS:
            row(f"exact micro, {s} split", d.by_split[s], b.by_split[s])
    d_rate = report.n_documents / d.seconds if d.seconds else 0.0
    b_rate = report.n_documents / b.seconds if b.seconds else 0.0
    ratio = b.seconds / d.seconds if d.seconds else 0.0
    lines += [
        "",
        f"speed (CPU time): Dossier {d_rate:.1f} docs/s, en_core_web_sm {b_rate:.1f} docs/s "
        f"(ratio {ratio:.2f})",
        f"pipeline: {', '.join(report.pipeline)}",
    ]
    figures = {
        "exact_f1": d.micro.f1,
        "exact_p": d.micro.precision,
        "exact_r": d.micro.recall,
        "overlap_f1": d.overlap.f1,
        "namelike_f1": d.name_like.f1,
        "baseline_exact_f1": b.micro.f1,
        "baseline_overlap_f1": b.overlap.f1,
        "delta": d.micro.f1 - b.micro.f1,
    }
    for t in SCORED_TYPES:
        figures[f"{t.lower()}_f1"] = d.exact[t].f1
    parts = [f"{k}={v:.3f}" for k, v in figures.items()]
    parts += [
        f"n_docs={report.n_documents}",
        f"n_gold={report.n_gold}",
        f"docs_per_s={d_rate:.1f}",
        f"speed_ratio={ratio:.2f}",
        f"split={report.split}",
    ]
    lines.append(" ".join(parts))
    return "\n".join(lines)
