"""``doc_text()``: a spaCy doc's text, computed once.

``Doc.text`` joins every token on each access; the extractors slice it thousands of times per
document, which made text joins the largest cost of ingest. The text never changes after
tokenisation, so it is kept in ``doc.user_data``.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

_KEY = "dossier.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached on the doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


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
