"""WikiEvents documents: finding the data and reading ``{dev,test}.jsonl`` with their
coreference clusters.

The release's ``text`` field does not match the token offsets, so each document's text is
rebuilt from its tokens (:func:`rebuild_text`); gold entity mentions and event mentions are
turned into character offsets into that text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.eval.datadir import find_eval_dir

__all__ = [
    "WeDocument",
    "WeEvent",
    "WeMention",
    "data_dir",
    "load_documents",
    "rebuild_text",
]


def data_dir(path: str | Path | None = None) -> Path:
    """The WikiEvents folder: ``path``, ``$DOSSIER_WIKIEVENTS_DIR`` or ``../shared/eval/wikievents``.

    Raises ``FileNotFoundError`` naming the places tried when none holds ``test.jsonl``.
    """
    return find_eval_dir("wikievents", "test.jsonl", "DOSSIER_WIKIEVENTS_DIR", path)


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
