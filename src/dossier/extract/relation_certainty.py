"""Relation certainty: negated, hedged, reported or asserted.

``negated``: a negation inside the match, or a denial it is the content of; ``hedged``: an
epistemic hedge inside it or a "believed to" before it; ``reported``: an evidential cue, or
a match that ends inside an attributed claim; else ``asserted``.
"""

from __future__ import annotations

import re

from dossier.extract.common import SentenceView, find_hedges, is_negated

__all__ = ["relation_certainty"]

# a denial the match is the content of
# ("Kanaani denied on Thursday that Tehran supplies the Houthis", "denied again that")
_DENIAL_THAT = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\s+"
    r"(?:(?:on|in|at|during|last|this|yesterday|today|again|once\s+again|repeatedly|publicly|"
    r"strongly|flatly|firmly|categorically|vehemently|officially|\d[\d,]*|(?-i:[A-Z][a-z]+)|"
    r"a|an|the|statement|interview|press|conference|briefing|week|month)"
    r"[\s,]+){0,6}"
    r"(?:(?:claims|reports|allegations|accusations|suggestions)\s+)?"
    # (rel2, s21) "denied it had appointed X as Y's wali": a match that starts at its verb
    # has the denied clause's pronoun subject before it, with or without "that"
    r"(?:that\s+|(?:that\s+)?(?:it|they|he|she|we)\s+(?:(?:had|has|have|ever)\s+)*)$",
    re.IGNORECASE,
)


# a denial the same sentence goes on to contradict ("Tehran denies arming the group, but UN
# panels have traced missile components to Iran"): contested, an allegation others report
_DENIAL_WORD = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\b", re.I
)
_CONTRADICTED_AFTER = re.compile(
    r"[^.;]{0,40}?,?\s+but\s+[^.;]{0,80}?\b(?:traced|found|documented|linked|shown|showed|"
    r"proved|proven|confirmed|reported|reports|said|say|says|accused|accuse|accuses|alleged|"
    r"allege|alleges|evidence)\b",
    re.IGNORECASE,
)
# a verb of belief whose content the match is ("analysts believe a Tanzanian, X, now leads
# the group", "officials suspect that X funds Y"): a few words between the verb and the match
_BELIEF_BEFORE = re.compile(
    r"\b(?:believe|believes|believed|think|thinks|thought|suspect|suspects|suspected|"
    r"assess|assesses|assessed|estimate|estimates|suggest|suggests|speculate|speculates)\s+"
    r"(?:that\s+)?(?:(?:an?|the)\s+)?(?:[\w’'-]+\s+){0,2}?(?:[\w’'-]+\s*,\s*)?$",
    re.IGNORECASE,
)


# a relative clause closed inside the match ("X, which Y denies funding, operates in P"): its
# negation is about its own verb, not the relation the match goes on to state after it
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whom|whose|that)\b[^,;()]*,", re.IGNORECASE)


# (rel2, s21) the second member of a "neither ... nor" pair just before the match ("Neither
# the JNIM nor the ISSP is hostile to the Dozo"): the negation the coordination carries
_NOR_BEFORE = re.compile(r"\bnor\s+(?:(?:the|a|an|its|their)\s+)?$", re.IGNORECASE)


def relation_certainty(
    text: str, view: SentenceView, start: int, end: int, claim_spans: list[tuple[int, int]]
) -> str:
    """The certainty of a relation matched at ``text[start:end]`` in ``view``; a match that
    ends inside one of ``claim_spans`` is ``reported``."""
    inside = text[start:end]
    if _NOR_BEFORE.search(text, view.start, start):
        return "negated"
    if is_negated(_RELATIVE_ASIDE.sub(",", inside)):
        if _DENIAL_WORD.search(inside) and _CONTRADICTED_AFTER.match(text, end, view.end):
            return "reported"
        return "negated"
    hits = find_hedges(inside)
    if any(h.kind == "epistemic" and h.likelihood for h in hits):
        return "hedged"
    before = text[max(view.start, start - 40) : start]
    before_hits = find_hedges(before)
    if any(h.cue in {"believed to", "thought to", "it is believed", "likely"} for h in before_hits):
        return "hedged"
    if any(h.kind == "evidential" for h in hits + before_hits):
        return "reported"
    # "Iran denies that it arms the Houthis": the claim is a denial
    if _DENIAL_THAT.search(text, view.start, start):
        return "negated"
    # the match ends inside an attributed claim ("X, which according to Y is a branch")
    if any(cs < end <= ce for cs, ce in claim_spans):
        return "reported"
    # "though analysts believe a Tanzanian, X, now leads the group" (no claim read there)
    if _BELIEF_BEFORE.search(text, view.start, start):
        return "hedged"
    return "asserted"
