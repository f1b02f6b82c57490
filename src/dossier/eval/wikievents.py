"""WikiEvents, end to end: event detection and argument F1 without gold triggers.

The benchmark (``../shared/eval/wikievents``, see its README) annotates KAIROS events in
Wikipedia articles about attacks and the news pages they cite: ``{dev,test}.jsonl`` (tokens
with character offsets, sentences, entity mentions, event mentions with a trigger and
arguments), ``coref/{dev,test}.jsonlines`` (clusters of coreferent entity mentions) and
``event_role_KAIROS.json`` (the ontology).

What is scored. Dossier reads each document's text as it reads any document (clean →
spaCy → mentions → actors → places → time → events, :func:`dossier.pipeline.annotate`); its
events (:func:`dossier.extract.events.extract_events`, with the argument spans of
:func:`~dossier.extract.events.extract_event_frames`) are mapped to KAIROS types and roles by
``data/eval/kairos_map.yaml``. Then, per document:

- **event detection**: a predicted event matches a gold event of the same KAIROS type whose
  trigger lies inside the Dossier event's anchor sentence, one to one; the ``any`` variant
  drops the type condition (and also counts the Dossier events that have no KAIROS type);
- **arguments** of the typed matches: a predicted argument is identified (Arg-I) when its
  syntactic head is the head of the gold argument's mention or of any mention coreferent with
  it; classified (Arg-C) when the KAIROS role is the gold role too. Arguments of unmatched
  events count as wrong (predicted) or missed (gold), so these are end-to-end figures.

Published WikiEvents numbers (BART-Gen 71.75 / 64.57, TSAR 76.62 / 69.70 head Arg-I / Arg-C)
are given gold triggers; these figures are not, and are not comparable with them.

Example::

    figs = run_wikievents_eval(Path("../shared/eval/wikievents/dev.jsonl"), limit=2)
    print(format_figures(figs))

Command line::

    python3 -m dossier.eval.wikievents ../shared/eval/wikievents/test.jsonl [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment
from spacy.tokens import Doc

from dossier.datafiles import load_yaml
from dossier.eval.datadir import find_eval_dir
from dossier.eval.scoring import MatchRatios

__all__ = [
    "Counts",
    "GoldArgument",
    "GoldEvent",
    "KairosMap",
    "PredArgument",
    "PredEvent",
    "WeDocument",
    "WeEvent",
    "WeMention",
    "data_dir",
    "format_figures",
    "load_documents",
    "load_kairos_map",
    "main",
    "predict_document",
    "rebuild_text",
    "run_wikievents_eval",
    "score_document",
]


def data_dir(path: str | Path | None = None) -> Path:
    """The WikiEvents folder: ``path``, ``$DOSSIER_WIKIEVENTS_DIR`` or ``../shared/eval/wikievents``.

    Raises ``FileNotFoundError`` naming the places tried when none holds ``test.jsonl``.
    """
    return find_eval_dir("wikievents", "test.jsonl", "DOSSIER_WIKIEVENTS_DIR", path)


# --------------------------------------------------------------------------- documents

_SENTENCE_END = set(".!?\"'”’)]:;")


@dataclass(frozen=True)
class WeMention:
    """A gold entity mention: character offsets into :attr:`WeDocument.text`."""

    id: str
    start: int
    end: int
    sentence: int
    text: str


@dataclass(frozen=True)
class WeEvent:
    """A gold event mention: KAIROS type, trigger offsets, arguments as (entity id, role)."""

    id: str
    type: str
    start: int
    end: int
    sentence: int
    trigger: str
    arguments: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class WeDocument:
    """One WikiEvents document with its text rebuilt from the token offsets."""

    doc_id: str
    text: str
    sentences: tuple[tuple[int, int], ...]
    mentions: dict[str, WeMention]
    events: tuple[WeEvent, ...]
    clusters: tuple[frozenset[str], ...] = ()

    def coreferent(self, mention_id: str) -> tuple[WeMention, ...]:
        """The mention and every mention coreferent with it (its coref cluster)."""
        ids = {mention_id}
        for cluster in self.clusters:
            if mention_id in cluster:
                ids |= cluster
        return tuple(self.mentions[i] for i in sorted(ids) if i in self.mentions)


def rebuild_text(
    sentences: Sequence[Sequence[Sequence[Any]]],
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The text of ``[[token, start, end], ...]`` sentences, each token at its own offsets.

    The release's ``text`` field does not match the offsets (line breaks were dropped), so
    the text is rebuilt: gaps inside a sentence become spaces; gaps between sentences become
    line breaks when two or more characters wide (paragraphs) or after a sentence without
    final punctuation (a title line), else a space. Returns the text and each sentence's
    ``(start, end)``.
    """
    tokens = [tok for sent in sentences for tok in sent]
    length = max((int(t[2]) for t in tokens), default=0)
    chars = [" "] * length
    spans: list[tuple[int, int]] = []
    previous_end: int | None = None
    ends_sentence = True
    for sent in sentences:
        if not sent:
            continue
        start = int(sent[0][1])
        gap = start - previous_end if previous_end is not None else 0
        if previous_end is not None and (gap >= 2 or (gap == 1 and not ends_sentence)):
            chars[previous_end:start] = ["\n"] * gap
        for word, s, e in sent:
            if len(word) != int(e) - int(s):
                raise ValueError(f"token {word!r} does not fit its offsets {s}-{e}")
            chars[int(s) : int(e)] = list(word)
        previous_end = int(sent[-1][2])
        ends_sentence = str(sent[-1][0])[-1:] in _SENTENCE_END
        spans.append((start, previous_end))
    return "".join(chars), tuple(spans)


def _parse_document(raw: dict[str, Any], clusters: Sequence[Sequence[str]]) -> WeDocument:
    sentences = [sent[0] for sent in raw["sentences"]]
    text, sentence_spans = rebuild_text(sentences)
    offsets = [(int(t[1]), int(t[2])) for sent in sentences for t in sent]
    if len(offsets) != len(raw["tokens"]):
        raise ValueError(f"{raw['doc_id']}: sentences and tokens disagree")

    def chars(start: int, end: int) -> tuple[int, int]:
        return offsets[start][0], offsets[end - 1][1]

    mentions = {}
    for m in raw["entity_mentions"]:
        s, e = chars(m["start"], m["end"])
        mentions[m["id"]] = WeMention(m["id"], s, e, int(m.get("sent_idx", -1)), text[s:e])
    events = []
    for ev in raw["event_mentions"]:
        trig = ev["trigger"]
        s, e = chars(trig["start"], trig["end"])
        args = tuple(dict.fromkeys((a["entity_id"], a["role"]) for a in ev["arguments"]))
        events.append(
            WeEvent(
                ev["id"], ev["event_type"], s, e, int(trig.get("sent_idx", -1)), text[s:e], args
            )
        )
    return WeDocument(
        doc_id=raw["doc_id"],
        text=text,
        sentences=sentence_spans,
        mentions=mentions,
        events=tuple(events),
        clusters=tuple(frozenset(c) for c in clusters),
    )


def _coref_path(path: Path) -> Path:
    return path.parent / "coref" / f"{path.stem}.jsonlines"


def load_documents(
    path: Path, coref: Path | None = None, limit: int | None = None
) -> list[WeDocument]:
    """Read a WikiEvents ``.jsonl`` file and its coreference clusters.

    ``coref`` defaults to ``coref/<stem>.jsonlines`` beside the file; without it every entity
    is its own cluster. ``limit`` keeps the first documents only.
    """
    coref = coref or _coref_path(path)
    clusters: dict[str, list[list[str]]] = {}
    if coref.is_file():
        with coref.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    clusters[row["doc_key"]] = row.get("clusters", [])
    docs: list[WeDocument] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            if limit is not None and len(docs) >= limit:
                break
            raw = json.loads(line)
            docs.append(_parse_document(raw, clusters.get(raw["doc_id"], [])))
    return docs


# --------------------------------------------------------------------------- mapping


@dataclass(frozen=True)
class KairosMap:
    """Dossier event types, modes, trigger lemmas and roles → KAIROS (``kairos_map.yaml``)."""

    triggers: tuple[tuple[str, frozenset[str], str], ...]
    types: dict[tuple[str, str | None], str | None]
    derived: tuple[tuple[str, str, str], ...]
    roles: dict[str, dict[str, str]]

    def event_types(
        self,
        type_id: str,
        mode: str | None = None,
        trigger_lemma: str | None = None,
        has_fatalities: bool = False,
        has_injured: bool = False,
    ) -> list[str]:
        """The KAIROS types one Dossier event stands for: its own type, then derived ones."""
        primary: str | None = None
        for t, lemmas, kairos in self.triggers:
            if t == type_id and trigger_lemma is not None and trigger_lemma.lower() in lemmas:
                primary = kairos
                break
        else:
            if (type_id, mode) in self.types:
                primary = self.types[(type_id, mode)]
            else:
                primary = self.types.get((type_id, None))
        found = [primary] if primary else []
        flags = {"fatalities": has_fatalities, "injured": has_injured}
        for t, when, kairos in self.derived:
            if t == type_id and flags.get(when) and kairos not in found:
                found.append(kairos)
        return found

    @property
    def kairos_types(self) -> frozenset[str]:
        """Every KAIROS type the map can predict."""
        found = {k for k in self.types.values() if k}
        found |= {k for _t, _l, k in self.triggers} | {k for _t, _w, k in self.derived}
        return frozenset(found)

    def role(self, kairos_type: str, dossier_role: str) -> str | None:
        """The KAIROS role of a Dossier role in an event of ``kairos_type`` (None: none)."""
        return self.roles.get(kairos_type, {}).get(dossier_role)


@lru_cache(maxsize=1)
def load_kairos_map() -> KairosMap:
    """Read the packaged ``data/eval/kairos_map.yaml``."""
    raw = load_yaml("eval/kairos_map.yaml")
    return KairosMap(
        triggers=tuple(
            (r["type"], frozenset(str(x).lower() for x in r["lemmas"]), r["kairos"])
            for r in raw.get("triggers", [])
        ),
        types={(r["type"], r.get("mode")): r.get("kairos") for r in raw.get("types", [])},
        derived=tuple((r["type"], r["when"], r["kairos"]) for r in raw.get("derived", [])),
        roles={k: dict(v) for k, v in (raw.get("roles") or {}).items()},
    )


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class GoldArgument:
    """A gold argument: its role and the heads of all its coreferent mentions."""

    role: str
    heads: frozenset[Hashable]


@dataclass(frozen=True)
class GoldEvent:
    """A gold event for scoring: type, trigger position, arguments."""

    type: str
    trigger: int
    arguments: tuple[GoldArgument, ...] = ()


@dataclass(frozen=True)
class PredArgument:
    """A predicted argument: KAIROS role and the head of its text."""

    role: str
    head: Hashable


@dataclass(frozen=True)
class PredEvent:
    """A predicted event: KAIROS type (None when unmapped), anchor sentence span, arguments.

    One Dossier event gives one event of its own type and may give ``derived`` ones.
    """

    type: str | None
    start: int
    end: int
    arguments: tuple[PredArgument, ...] = ()
    derived: bool = False  # implied by another prediction's counts (deaths of an attack)

    def covers(self, position: int) -> bool:
        return self.start <= position < self.end


@dataclass
class Counts(MatchRatios):
    """Matched, predicted and gold counts, with precision, recall and F1 (0-1)."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class DocumentScore:
    """Counts of one document (or a sum of documents)."""

    event: Counts = field(default_factory=Counts)
    event_any: Counts = field(default_factory=Counts)
    arg_i: Counts = field(default_factory=Counts)
    arg_c: Counts = field(default_factory=Counts)

    def add(self, other: DocumentScore) -> None:
        for name in ("event", "event_any", "arg_i", "arg_c"):
            getattr(self, name).add(getattr(other, name))


def _assign(weights: list[list[float]]) -> list[tuple[int, int]]:
    """A one-to-one assignment maximising the total weight; pairs of weight 0 are dropped."""
    if not weights or not weights[0]:
        return []
    matrix = np.array(weights, dtype=float)
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if matrix[r, c] > 0]


def _unique_args(pred: PredEvent) -> tuple[list[Hashable], list[tuple[Hashable, str]]]:
    heads = list(dict.fromkeys(a.head for a in pred.arguments))
    pairs = list(dict.fromkeys((a.head, a.role) for a in pred.arguments))
    return heads, pairs


def _arg_matches(pred: PredEvent, gold: GoldEvent) -> tuple[int, int]:
    """(Arg-I, Arg-C) matches between the arguments of one predicted and one gold event."""
    heads, pairs = _unique_args(pred)
    ident = _assign([[1.0 if h in g.heads else 0.0 for g in gold.arguments] for h in heads])
    classed = _assign(
        [[1.0 if h in g.heads and r == g.role else 0.0 for g in gold.arguments] for h, r in pairs]
    )
    return len(ident), len(classed)


def score_document(preds: Sequence[PredEvent], golds: Sequence[GoldEvent]) -> DocumentScore:
    """Score one document's predicted events against its gold events.

    Events match one to one (same type, gold trigger inside the predicted anchor), chosen to
    maximise first the number of matched events, then the arguments they share. Every
    argument of a typed prediction counts as predicted, every gold argument as gold; only
    arguments of matched pairs can be correct. ``event_any`` ignores types and counts every
    prediction, typed or not.
    """
    result = DocumentScore()
    typed = [p for p in preds if p.type is not None]
    result.event.predicted = len(typed)
    result.event.gold = len(golds)
    result.event_any.predicted = len(preds)
    result.event_any.gold = len(golds)
    for p in typed:
        heads, pairs = _unique_args(p)
        result.arg_i.predicted += len(heads)
        result.arg_c.predicted += len(pairs)
    for g in golds:
        result.arg_i.gold += len(g.arguments)
        result.arg_c.gold += len(g.arguments)

    # typed matching: many matched events first, then many matched arguments
    big = 1000.0
    weights: list[list[float]] = []
    args: dict[tuple[int, int], tuple[int, int]] = {}
    for i, p in enumerate(typed):
        row = []
        for j, g in enumerate(golds):
            if p.type == g.type and p.covers(g.trigger):
                args[(i, j)] = _arg_matches(p, g)
                row.append(big + args[(i, j)][0] + args[(i, j)][1] / big)
            else:
                row.append(0.0)
        weights.append(row)
    for i, j in _assign(weights):
        result.event.matched += 1
        result.arg_i.matched += args[(i, j)][0]
        result.arg_c.matched += args[(i, j)][1]

    any_weights = [[1.0 if p.covers(g.trigger) else 0.0 for g in golds] for p in preds]
    result.event_any.matched = len(_assign(any_weights))
    return result


# --------------------------------------------------------------------------- prediction


def _head(doc: Doc, start: int, end: int) -> int | None:
    """The index of the syntactic head token of the text span ``[start, end)``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root.i


def _sentence_with(doc: Doc, text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text``: inside ``[start, end)`` if there, else the nearest one."""
    found = _find_all(doc.text, text)
    if not found or any(start <= i < end for i in found):
        return start, end
    nearest = min(found, key=lambda i: abs(i - start))
    span = doc.char_span(nearest, nearest + len(text), alignment_mode="expand")
    if span is None:
        return start, end
    sent = span[0].sent
    return sent.start_char, sent.end_char


def _find_all(haystack: str, needle: str) -> list[int]:
    found, i = [], haystack.find(needle) if needle else -1
    while i >= 0:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


@dataclass(frozen=True)
class Prediction:
    """One document's gold and predicted events, ready for :func:`score_document`."""

    doc_id: str
    gold: tuple[GoldEvent, ...]
    predicted: tuple[PredEvent, ...]


def predict_document(doc: WeDocument, kairos: KairosMap | None = None) -> Prediction:
    """Run Dossier on one document and express gold and prediction in the same terms.

    Positions (triggers, anchors) are offsets in Dossier's cleaned text; heads are token
    indices of Dossier's spaCy parse, for gold mentions and predicted spans alike.
    """
    from dossier.clean import clean_text
    from dossier.extract.events import extract_event_frames
    from dossier.nlp import build_nlp
    from dossier.pipeline import annotate
    from dossier.records import RawDocument
    from dossier.resolve.timex import parse_dateline

    kairos = kairos or load_kairos_map()
    cleaned = clean_text(doc.text, markdown=False)
    raw = RawDocument(path=doc.doc_id, format="text", text=doc.text, content_hash=doc.doc_id)
    spacy_doc = build_nlp()(cleaned.text)
    document = annotate(raw, spacy_doc, cleaned)
    document_date = document.metadata.published or parse_dateline(cleaned.text)
    frames = extract_event_frames(
        spacy_doc, document.actors, document.places, document.timexes, document_date
    )
    kept = list(document.events)

    def to_cleaned(i: int) -> int:
        return cleaned.to_cleaned(i)

    # gold, in cleaned offsets and parse heads
    gold_heads: dict[str, frozenset[Hashable]] = {}

    def heads_of(entity_id: str) -> frozenset[Hashable]:
        if entity_id not in gold_heads:
            found = set()
            for m in doc.coreferent(entity_id):
                h = _head(spacy_doc, to_cleaned(m.start), to_cleaned(m.end))
                if h is not None:
                    found.add(h)
            gold_heads[entity_id] = frozenset(found)
        return gold_heads[entity_id]

    gold = tuple(
        GoldEvent(
            type=ev.type,
            trigger=to_cleaned(ev.start),
            arguments=tuple(GoldArgument(role, heads_of(eid)) for eid, role in ev.arguments),
        )
        for ev in doc.events
    )

    # predictions: the frames of the events extract_events keeps
    actors = {a.key: a for a in document.actors}
    predicted: list[PredEvent] = []
    for frame in frames:
        event = frame.event
        if event not in kept:
            continue
        kept.remove(event)
        trigger = spacy_doc.char_span(*frame.trigger, alignment_mode="expand")
        lemma = trigger.root.lemma_ if trigger is not None and len(trigger) else None
        spans: list[tuple[str, int, int]] = []
        perp_role = "perpetrator" if event.type == "ASSAULT" else "initiator"
        spans += [(perp_role, s, e) for s, e in frame.perpetrators]
        spans += [("target", s, e) for s, e in frame.targets]
        spans += [("victim", s, e) for s, e in frame.victims]
        spans += [("weapon", s, e) for s, e in frame.weapons]
        if event.place is not None:
            spans.append(("place", event.place.start, event.place.end))
        anchor = event.anchor
        for ea in event.actors:
            actor = actors.get(ea.actor)
            if actor is None or not actor.mentions:
                continue
            inside = [m for m in actor.mentions if anchor.start <= m.start < anchor.end]
            for m in inside or actor.mentions[:1]:
                # a name inside an argument phrase ("Taliban" in "Taliban gunmen") is not
                # an argument of its own
                if not any(s < m.end and m.start < e for _r, s, e in spans):
                    spans.append((ea.role, m.start, m.end))
        dossier_args = [
            (role, h) for role, s, e in spans if (h := _head(spacy_doc, s, e)) is not None
        ]
        types = kairos.event_types(
            event.type,
            event.mode,
            lemma,
            has_fatalities=event.fatalities is not None,
            has_injured=event.injured is not None,
        )
        counts = {
            "Life.Die.Unspecified": event.fatalities,
            "Life.Injure.Unspecified": event.injured,
        }
        for k, kairos_type in enumerate(types or [None]):
            start, end = anchor.start, anchor.end
            count = counts.get(kairos_type or "")
            if k > 0 and count is not None:
                # a merged event's counts may come from another of its sentences
                start, end = _sentence_with(spacy_doc, count.text, anchor.start, anchor.end)
            pred_args = []
            if kairos_type is not None:
                for role, h in dossier_args:
                    k_role = kairos.role(kairos_type, role)
                    if k_role is not None:
                        pred_args.append(PredArgument(k_role, h))
            predicted.append(PredEvent(kairos_type, start, end, tuple(pred_args), derived=k > 0))
    return Prediction(doc.doc_id, gold, tuple(predicted))


# --------------------------------------------------------------------------- runner


def _put(figs: dict[str, float], name: str, c: Counts) -> None:
    figs[f"{name}_p"] = round(100 * c.precision, 2)
    figs[f"{name}_r"] = round(100 * c.recall, 2)
    figs[f"{name}_f1"] = round(100 * c.f1, 2)
    figs[f"{name}_matched"] = float(c.matched)
    figs[f"{name}_pred"] = float(c.predicted)
    figs[f"{name}_gold"] = float(c.gold)


def _figures(
    total: DocumentScore, in_scope: DocumentScore, n_docs: int, per_type: dict[str, Counts]
) -> dict[str, float]:
    figs: dict[str, float] = {"docs": float(n_docs)}
    for name in ("event", "event_any", "arg_i", "arg_c"):
        _put(figs, name, getattr(total, name))
    for name in ("event", "arg_i", "arg_c"):
        _put(figs, f"scope_{name}", getattr(in_scope, name))
    for kairos_type, c in sorted(per_type.items()):
        figs[f"type:{kairos_type}:matched"] = float(c.matched)
        figs[f"type:{kairos_type}:pred"] = float(c.predicted)
        figs[f"type:{kairos_type}:gold"] = float(c.gold)
    return figs


def score_predictions(
    predictions: Iterable[Prediction], scope: frozenset[str] | None = None
) -> dict[str, float]:
    """Sum the scores of documents into figures (percentages and counts, see the runner).

    ``scope_*`` figures score against the gold events of the ``scope`` types only (the
    types the KAIROS map can predict; all types when None).
    """
    total = DocumentScore()
    in_scope = DocumentScore()
    per_type: dict[str, Counts] = {}
    n = 0
    for pred in predictions:
        n += 1
        total.add(score_document(pred.predicted, pred.gold))
        kept = [g for g in pred.gold if scope is None or g.type in scope]
        in_scope.add(score_document(pred.predicted, kept))
        for t in {p.type for p in pred.predicted if p.type} | {g.type for g in pred.gold}:
            sub = score_document(
                [p for p in pred.predicted if p.type == t], [g for g in pred.gold if g.type == t]
            )
            per_type.setdefault(t, Counts()).add(sub.event)
    return _figures(total, in_scope, n, per_type)


def run_wikievents_eval(
    path: Path, limit: int | None = None, progress: bool = False
) -> dict[str, float]:
    """Run Dossier over a WikiEvents ``.jsonl`` file and score it end to end.

    Returns percentages ``event_{p,r,f1}`` (typed detection), ``event_any_*`` (any event in
    the sentence), ``arg_i_*`` and ``arg_c_*`` (arguments without gold triggers),
    ``scope_{event,arg_i,arg_c}_*`` (against the gold events of types the map can predict), the counts
    behind them (``*_matched``, ``*_pred``, ``*_gold``), ``docs``, and per KAIROS type
    ``type:<name>:{matched,pred,gold}``. ``progress`` writes one line a document to stderr.
    """
    kairos = load_kairos_map()
    docs = load_documents(Path(path), limit=limit)

    def predictions() -> Iterable[Prediction]:
        for i, doc in enumerate(docs, 1):
            if progress:
                sys.stderr.write(f"[{i}/{len(docs)}] {doc.doc_id}\n")
            yield predict_document(doc, kairos)

    return score_predictions(predictions(), kairos.kairos_types)


def format_figures(figs: dict[str, float]) -> str:
    """A P/R/F1 table (overall, then per KAIROS type), then one line of ``name=value``."""
    rows = [
        ("event (type+sentence)", "event"),
        ("event (any, sentence)", "event_any"),
        ("Arg-I (head, coref)", "arg_i"),
        ("Arg-C (head, coref)", "arg_c"),
        ("event, gold of the types Dossier maps", "scope_event"),
        ("Arg-I, gold of the types Dossier maps", "scope_arg_i"),
        ("Arg-C, gold of the types Dossier maps", "scope_arg_c"),
    ]
    types = sorted({k.split(":")[1] for k in figs if k.startswith("type:")})
    width = max([42, *(len(t) + 3 for t in types)])
    lines = [f"{'':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'match':>6} {'pred':>5} {'gold':>5}"]
    for label, key in rows:
        lines.append(
            f"{label:<{width}} {figs[key + '_p']:6.2f} {figs[key + '_r']:6.2f} "
            f"{figs[key + '_f1']:6.2f} {int(figs[key + '_matched']):6d} "
            f"{int(figs[key + '_pred']):5d} {int(figs[key + '_gold']):5d}"
        )
    for t in types:
        c = Counts(
            int(figs[f"type:{t}:matched"]), int(figs[f"type:{t}:pred"]), int(figs[f"type:{t}:gold"])
        )
        if c.predicted == 0 and c.gold < 10:
            continue
        lines.append(
            f"  {t:<{width - 2}} {100 * c.precision:6.2f} {100 * c.recall:6.2f} {100 * c.f1:6.2f} "
            f"{c.matched:6d} {c.predicted:5d} {c.gold:5d}"
        )
    lines.append("(end to end, no gold triggers: not comparable with published gold-trigger F1)")
    summary = ("docs", "event_f1", "event_any_f1", "arg_i_f1", "arg_c_f1")
    lines.append(
        " ".join(f"{k}={int(figs[k])}" if k == "docs" else f"{k}={figs[k]:.2f}" for k in summary)
    )
    return "\n".join(lines)


def _resolve(file: str) -> Path:
    if file in {"dev", "test"}:
        return data_dir() / f"{file}.jsonl"
    return Path(file)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python3 -m dossier.eval.wikievents FILE [--limit N] [--progress]``."""
    parser = argparse.ArgumentParser(prog="python3 -m dossier.eval.wikievents", description=__doc__)
    parser.add_argument("file", help="a WikiEvents .jsonl file, or 'dev' / 'test'")
    parser.add_argument("--limit", type=int, default=None, help="first N documents only")
    parser.add_argument("--progress", action="store_true", help="one line a document on stderr")
    args = parser.parse_args(argv)
    path = _resolve(args.file)
    if not path.is_file():
        parser.error(f"{path}: no such file")
    figs = run_wikievents_eval(path, limit=args.limit, progress=args.progress)
    sys.stdout.write(format_figures(figs) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
