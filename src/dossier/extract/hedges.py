"""Hedges and negation: the hedge cues of a text and the ICD 203 likelihood they give
(``ontology/claim_vocab.yaml`` plus ``data/extract/claim_cues.yaml``).

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
    kind: str  # "epistemic" | "evidential" | "negation"
    likelihood: str | None  # ICD 203 id
    start: int
    end: int


@lru_cache(maxsize=1)
def _hedge_table() -> tuple[tuple[re.Pattern[str], str, str, str | None], ...]:
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
        table.append((re.compile(rf"(?<![\w-]){body}(?![\w-])", flags), cue, kind, likelihood))
    return tuple(table)


def find_hedges(text: str, offset: int = 0) -> list[HedgeHit]:
    """Hedge cues of ``text``, longest first where they overlap, in text order."""
    hits: list[HedgeHit] = []
    taken: list[tuple[int, int]] = []
    for pattern, cue, kind, likelihood in _hedge_table():
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            hits.append(HedgeHit(cue, kind, likelihood, offset + s, offset + e))
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
