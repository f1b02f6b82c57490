"""``token_table()``: a parsed doc's tokens and their most read attributes, built once.

spaCy builds a new ``Token`` object at every ``doc[i]``, every step of ``for t in doc`` and
every ``t.head``, and looks each string attribute up in the string store on every read; the
extractors walk the whole doc a score of times per document, so most of that work is done
again and again. Once :func:`dossier.nlp.text.freeze_sentences` has fixed the doc (no stage
after it changes a token), the table is kept in ``doc.user_data``; before that, each call
builds a new one. Each column is read from the doc on first use.
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from dossier.nlp.text import _SENTS

_KEY = "dossier.token_table"


class TokenTable:
    """``list(doc)`` and, per token index, its ``dep_``, ``lower_``, ``head.i`` and
    ``lemma_.lower()``."""

    __slots__ = ("_doc", "_tokens", "_deps", "_lowers", "_heads", "_lemma_lowers")

    def __init__(self, doc: Doc) -> None:
        self._doc = doc
        self._tokens: list[Token] | None = None
        self._deps: list[str] | None = None
        self._lowers: list[str] | None = None
        self._heads: list[int] | None = None
        self._lemma_lowers: list[str] | None = None

    @property
    def tokens(self) -> list[Token]:
        """The doc's tokens (``list(doc)``): the same objects on every read; do not change it."""
        if self._tokens is None:
            self._tokens = list(self._doc)
        return self._tokens

    @property
    def deps(self) -> list[str]:
        if self._deps is None:
            self._deps = [t.dep_ for t in self.tokens]
        return self._deps

    @property
    def lowers(self) -> list[str]:
        if self._lowers is None:
            self._lowers = [t.lower_ for t in self.tokens]
        return self._lowers

    @property
    def heads(self) -> list[int]:
        if self._heads is None:
            self._heads = [t.head.i for t in self.tokens]
        return self._heads

    @property
    def lemma_lowers(self) -> list[str]:
        if self._lemma_lowers is None:
            self._lemma_lowers = [t.lemma_.lower() for t in self.tokens]
        return self._lemma_lowers


def token_table(doc: Doc) -> TokenTable:
    """The doc's :class:`TokenTable`, kept on a doc whose sentences are frozen."""
    table: TokenTable | None = doc.user_data.get(_KEY)
    if table is None:
        table = TokenTable(doc)
        if doc.user_data.get(_SENTS) is not None:
            doc.user_data[_KEY] = table
    return table


@lru_cache(maxsize=64)
def _word_ids(words: frozenset[str]) -> numpy.ndarray:
    """The string ids of ``words``, sorted (as the doc's arrays hold them)."""
    return numpy.array(sorted({get_string_id(w) for w in words}), dtype=numpy.uint64)


def word_indices(doc: Doc, attr: int, words: frozenset[str]) -> list[int]:
    """The indices of the tokens whose ``attr`` (``LOWER``, ``ORTH``, ``DEP``, ``POS``...) is
    one of ``words``, read off the doc's array: a loop that skips every other token need not
    build a token object for each."""
    ids = _word_ids(words)
    if not len(ids):
        return []
    values = doc.to_array(attr)
    # (s25) every value looked up in the sorted ids at once: a Python loop testing each
    # token's id against a set took a third longer (asked a dozen times a document)
    at = numpy.minimum(numpy.searchsorted(ids, values), len(ids) - 1)
    found: list[int] = numpy.flatnonzero(ids[at] == values).tolist()
    return found


def doc_tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, kept on a frozen doc (the same list each time: do not change it)."""
    return token_table(doc).tokens
