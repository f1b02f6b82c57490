"""Figures without a counted noun of their own: money, elliptical and anaphoric figures.

A currency sign makes a figure money ("$700 million a year"); a figure whose noun is left out
("while JAS has *fewer than 1,500*") or that "the figure" stands for ("some sources put the
figure as low as 20,000") counts what a nearby figure counts, its :func:`donor_figure`. The
cue words come from ``data/extract/quantity_cues.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc

from dossier.extract.common import Count, SentenceView, clause_bounds, load_data
from dossier.extract.quantity_measures import token_at
from dossier.records import Quantity

__all__ = ["context_cues", "donor_figure", "is_anaphoric", "is_elliptical", "is_money"]


@lru_cache(maxsize=1)
def context_cues() -> tuple[tuple[str, ...], frozenset[str], re.Pattern[str], frozenset[str]]:
    """(currency signs, words before an elliptical figure, "the figure" pattern, incident
    verbs), from ``quantity_cues.yaml``."""
    cues = load_data("quantity_cues.yaml")
    signs = tuple(sorted(cues.get("currency_symbols") or (), key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in cues.get("anaphoric_figures") or ("figure",))
    figure = re.compile(
        rf"\b(?:the|that|this|these|its|their|his|her|such)\s+(?:\w+\s+)?(?:{nouns})\b"
        r"[^\d.;]{0,30}$",
        re.IGNORECASE,
    )
    return (
        signs,
        frozenset(w.lower() for w in cues.get("elliptical_before") or ()),
        figure,
        frozenset(cues.get("incident_verbs") or ()),
    )


def is_money(text: str, count: Count) -> bool:
    """A figure of money: a currency sign in it or right before it ("$700 million")."""
    signs = context_cues()[0]
    before = text[max(0, count.start - 4) : count.start].rstrip()
    return any(s in count.text or before.endswith(s) for s in signs)


def is_elliptical(doc: Doc, count: Count) -> bool:
    """A figure whose noun is left out: "while JAS has *fewer than 1,500*.", "up from *fewer
    than 1,000* in 2021" (a word of ``elliptical_before`` before it, no noun after it)."""
    before = context_cues()[1]
    first, last = token_at(doc, count.start), token_at(doc, count.end - 1)
    if first is None or last is None:
        return False
    sent = first.sent
    prev = doc[first.i - 1] if first.i > sent.start else None
    if prev is None or not (prev.lemma_.lower() in before or prev.lower_ in before):
        return False
    nxt = doc[last.i + 1] if last.i + 1 < sent.end else None
    return nxt is None or (
        nxt.pos_ in ("PUNCT", "ADP", "CCONJ", "SCONJ", "ADV") and nxt.lower_ not in ("of", "%")
    )


def is_anaphoric(text: str, view: SentenceView, count: Count) -> bool:
    """A figure that "the figure", "the number" stands for: "put the figure as low as 20,000"."""
    c_start, _ = clause_bounds(text, (view.start, view.end), count.start)
    return bool(context_cues()[2].search(text[max(c_start, count.start - 60) : count.start]))


def donor_figure(
    found: Sequence[tuple[int, int, Quantity]], sentence: int, position: int, back: int
) -> Quantity | None:
    """The figure whose measure an elliptical one takes: the nearest of its sentence, else
    (``back`` > 0) the last of the ``back`` sentences before it."""
    here = [(abs(pos - position), q) for s, pos, q in found if s == sentence]
    if here:
        return min(here, key=lambda x: x[0])[1]
    before = [(s, pos, q) for s, pos, q in found if sentence - back <= s < sentence]
    return max(before, key=lambda x: (x[0], x[1]))[2] if before else None
