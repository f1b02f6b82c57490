"""Hedges and negation: the hedge cues of a text and the ICD 203 likelihood they give
(``ontology/claim_vocab.yaml`` plus ``data/extract/claim_cues.yaml``).

A negation just before a cue turns its band (``negated_hedges`` in the cue file): "not ruled
out", "not impossible", "not unlikely" say a roughly even chance, never "almost no chance";
"not likely" says unlikely; "not confirmed" is evidential. A confidence level ("high
confidence") is a cue of its own kind that gives no likelihood. A past "could" in a clause of time
("was shot dead before he could detonate his vest") tells what someone was able to do, not
how likely anything is, and is no hedge.

Example::

    hits = find_hedges("The group is very likely behind the attack.")
    likelihood_of(hits)  # the ICD 203 label of "very likely"
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from dossier.extract.lexicon import load_data
from dossier.ontology import load_ontology

__all__ = ["HedgeHit", "find_hedges", "is_negated", "likelihood_of"]


@dataclass(frozen=True)
class HedgeHit:
    """A hedge cue found in a text."""

    cue: str
    kind: str  # "epistemic" | "evidential" | "confidence" | "negation"
    likelihood: str | None  # ICD 203 id
    start: int
    end: int


@lru_cache(maxsize=1)
def _hedge_table() -> tuple[tuple[re.Pattern[str], str, str, str | None, str], ...]:
    """(pattern, cue, kind, likelihood, the cue's longest word lower-cased) per cue, longest
    cue first; a text without that word is not searched for the cue."""
    vocab = load_ontology().claims
    rows: dict[str, tuple[str, str | None]] = {h.cue: (h.kind, h.likelihood) for h in vocab.hedges}
    for extra in load_data("claim_cues.yaml").get("extra_hedges", []):
        rows[extra["cue"]] = (extra["kind"], extra.get("likelihood"))
    table = []
    for cue in sorted(rows, key=len, reverse=True):
        kind, likelihood = rows[cue]
        body = r"\s+".join(re.escape(w) for w in cue.split())
        # "May 2021" is a month, not a modal: the modal matches lower-case only
        flags = 0 if cue == "may" else re.IGNORECASE
        word = max(cue.split(), key=len).lower()
        pattern = re.compile(rf"(?<![\w-]){body}(?![\w-])", flags)
        table.append((pattern, cue, kind, likelihood, word))
    return tuple(table)


@dataclass(frozen=True)
class _Negation:
    """How a negation before a cue turns it (``negated_hedges`` in ``claim_cues.yaml``)."""

    before: re.Pattern[str]  # a negator closing the text before a cue
    flip: dict[str, str]  # likelihood id -> likelihood id once negated
    evidential: frozenset[str]  # cues that, negated, only say the claim is unconfirmed
    capability: re.Pattern[str]  # "before he could": a past ability, not a hedge


@lru_cache(maxsize=1)
def _negation() -> _Negation:
    data = load_data("claim_cues.yaml").get("negated_hedges") or {}
    words = sorted(data.get("negators") or [], key=len, reverse=True)
    fillers = sorted(data.get("fillers") or [], key=len, reverse=True)
    neg = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in words) or "(?!x)x"
    fill = "|".join(re.escape(f) for f in fillers)
    before = re.compile(
        rf"(?:(?<![\w-])(?:{neg})|n[’']t)\s+(?:(?:{fill})\s+){{0,2}}[\"“]?$", re.IGNORECASE
    )
    clauses = (
        "|".join(
            r"\s+".join(re.escape(w) for w in c.split())
            for c in sorted(data.get("capability_clauses") or [], key=len, reverse=True)
        )
        or "(?!x)x"
    )
    capability = re.compile(rf"(?<![\w-])(?:{clauses})\s+(?:[\w’'-]+\s+){{1,4}}$", re.IGNORECASE)
    return _Negation(
        before=before,
        flip=dict(data.get("flip") or {}),
        evidential=frozenset(data.get("evidential") or ()),
        capability=capability,
    )


def _negated(
    text: str, s: int, e: int, cue: str, kind: str, likelihood: str | None
) -> HedgeHit | None:
    """The cue ``text[s:e]`` read with the negation just before it; None when none is there."""
    if kind != "epistemic" or likelihood is None:
        return None
    rules = _negation()
    m = rules.before.search(text, max(0, s - 40), s)
    if m is None:
        return None
    start = m.start()
    while start > 0 and text[start - 1].isalpha():
        start -= 1  # "can't": the whole word
    words = " ".join(re.sub(r"[\"“”]", " ", text[start:e]).split()).lower()
    if cue in rules.evidential:
        return HedgeHit(words, "evidential", None, start, e)
    turned = rules.flip.get(likelihood)
    if turned is None:
        return None
    return HedgeHit(words, kind, turned, start, e)


def find_hedges(text: str, offset: int = 0) -> list[HedgeHit]:
    """Hedge cues of ``text``, longest first where they overlap, in text order.

    A cue after a negation ("not ruled out") is read with it, in its turned band; a past
    "could" in a clause of time ("before he could detonate") is no cue.
    """
    hits: list[HedgeHit] = []
    taken: list[tuple[int, int]] = []
    rules = _negation()
    folded = text.lower()
    for pattern, cue, kind, likelihood, word in _hedge_table():
        if word not in folded:
            continue
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if cue == "could" and rules.capability.search(text, max(0, s - 60), s):
                continue
            hit = _negated(text, s, e, cue, kind, likelihood) or HedgeHit(
                cue, kind, likelihood, s, e
            )
            if any(hit.start < te and ts < hit.end for ts, te in taken):
                hit = HedgeHit(cue, kind, likelihood, s, e)
            taken.append((hit.start, hit.end))
            hits.append(
                HedgeHit(hit.cue, hit.kind, hit.likelihood, offset + hit.start, offset + hit.end)
            )
    hits.sort(key=lambda h: h.start)
    return hits


def likelihood_of(hits: Sequence[HedgeHit]) -> str | None:
    """The ICD 203 label the epistemic cues give ("likely"), or None when they give none.

    The longest cue wins ("very likely" over "likely"); ties go to the first in the text.
    """
    scored = [h for h in hits if h.kind == "epistemic" and h.likelihood]
    if not scored:
        return None
    best = max(scored, key=lambda h: (len(h.cue), -h.start))
    return load_ontology().claims.likelihood(best.likelihood or "").label


_NEGATION = re.compile(
    r"(?<![\w-])(?:not|no|never|n[’']t|neither|nor|no longer|denied|denies|deny|denying)(?![\w-])",
    re.IGNORECASE,
)


def is_negated(text: str) -> bool:
    """True when ``text`` holds a negation cue ("not", "no", "never", "denied")."""
    return bool(_NEGATION.search(text))
