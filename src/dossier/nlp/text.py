"""``doc_text()``: a spaCy doc's text, computed once; ``doc_sentences()``: its sentences,
walked once.

``Doc.text`` joins every token on each access; the extractors slice it thousands of times per
document, which made text joins the largest cost of ingest. The text never changes after
tokenisation, so it is kept in ``doc.user_data``. ``Doc.sents`` walks every token of the doc
on each access (a score of walks per document, some per entity); once the pipeline has set
the sentence boundaries, :func:`freeze_sentences` keeps them. ``Doc.ents`` likewise builds
a new tuple of spans on each access; :func:`doc_ents` hands out the frozen doc's entities.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

_KEY = "dossier.text"
_SENTS = "dossier.sents"
_STARTS = "dossier.sent_starts"
_ENTS = "dossier.ents"
_CHUNKS = "dossier.noun_chunks"


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached on the doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def doc_noun_chunks(doc: Doc) -> list[Span]:
    """``list(doc.noun_chunks)``, computed once per doc: the chunks read only the parse, which
    no component changes after the parser (the nominal and the place mentions both read them)."""
    chunks: list[Span] | None = doc.user_data.get(_CHUNKS)
    if chunks is None:
        chunks = doc.user_data[_CHUNKS] = list(doc.noun_chunks)
    return chunks


def freeze_sentences(doc: Doc) -> None:
    """Keep the sentences of a doc whose pipeline has run: from here on
    :func:`doc_sentences` hands them out without walking the doc. Call it only when no
    component will move a sentence boundary any more (the pipeline's stages after parsing)."""
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    doc.user_data[_SENTS] = sents
    doc.user_data[_STARTS] = [s.start for s in sents]
    # no stage after parsing sets entities: keep them too
    doc.user_data[_ENTS] = doc.ents


def doc_ents(doc: Doc) -> Sequence[Span]:
    """``doc.ents``, kept on a doc whose sentences :func:`freeze_sentences` fixed."""
    ents: Sequence[Span] | None = doc.user_data.get(_ENTS)
    return doc.ents if ents is None else ents


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside ``span``, as spaCy selects them) from the
    frozen doc's entities, without building the doc's entity spans again."""
    out: list[Span] = []
    for ent in doc_ents(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                out.append(ent)
            else:
                break
    return out


def doc_sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, kept on a doc whose sentences :func:`freeze_sentences` fixed."""
    sents = doc.user_data.get(_SENTS)
    if sents is None:
        return list(doc.sents)
    return list(sents)  # a copy: callers may sort or extend theirs


def sentence_index(doc: Doc, i: int) -> int:
    """The index of the sentence holding token ``i`` (as in ``doc_sentences(doc)``)."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = [s.start for s in doc.sents]
    return max(bisect_right(starts, i) - 1, 0)


class TokensByChar:
    """``{t.idx: t for t in doc}`` without a token object per token: the token that starts
    at a character offset (the last one, as the dict keeps), the same object each time."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._starts: list[int] | None = None
        self._found: dict[int, Token | None] = {}

    def get(self, idx: int) -> Token | None:
        if idx in self._found:
            return self._found[idx]
        if self._starts is None:
            self._starts = [int(i) for i in self._doc.to_array("IDX").tolist()]
        k = bisect_right(self._starts, idx) - 1
        tok = self._doc[k] if k >= 0 and self._starts[k] == idx else None
        self._found[idx] = tok
        return tok

    def __getitem__(self, idx: int) -> Token:
        tok = self.get(idx)
        if tok is None:
            raise KeyError(idx)
        return tok
