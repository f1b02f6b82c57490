"""Helpers shared by the fact extractors (relations, claims, quantities, events).

- :func:`sentence_views` rewrites each sentence with its actor and place mentions replaced by
  slots (``⟦A0⟧``, ``⟪P1⟫``) so that rules read as plain patterns over words and slots;
- :func:`anchor_of` makes the verbatim :class:`~dossier.records.Anchor` of a sentence;
- :func:`resolve_reference` maps "it", "its", "the group" to the actor named before it.

The other shared helpers live in modules of their own and are re-exported here, so that
``from dossier.extract.common import X`` keeps working:

- :mod:`dossier.extract.lexicon`: :func:`load_data` (the YAML lexicons of ``data/extract/``);
- :mod:`dossier.extract.hedges`: :func:`find_hedges` / :func:`likelihood_of` (hedge cues
  and the ICD 203 likelihood they give) and :func:`is_negated`;
- :mod:`dossier.extract.numbers`: :func:`find_counts` / :func:`parse_count` (number
  phrases read as counts, with ACLED's conventions for vague numbers);
- :mod:`dossier.extract.periods`: :func:`relation_period`, :func:`clause_period` and
  :func:`clause_bounds` (the time a fact is stated for).

Example::

    views = sentence_views(doc, actors, places)
    [(v.masked, anchor_of(v).quote) for v in views]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from dossier.extract.hedges import HedgeHit, find_hedges, is_negated, likelihood_of
from dossier.extract.lexicon import alternation, load_data
from dossier.extract.numbers import Count, find_counts, parse_count
from dossier.extract.periods import clause_bounds, clause_period, relation_period
from dossier.nlp.text import doc_sentences, doc_text
from dossier.records import Actor, Anchor, PlaceMention

__all__ = [
    "ARMED_TYPES",
    "DEFINITE_ORG",
    "GROUP_TYPES",
    "Count",
    "HedgeHit",
    "SentenceView",
    "Slot",
    "anchor_of",
    "clause_bounds",
    "clause_period",
    "find_counts",
    "find_hedges",
    "focal_group",
    "most_named_group",
    "is_heading",
    "is_negated",
    "likelihood_of",
    "load_data",
    "parse_count",
    "relation_period",
    "resolve_reference",
    "sentence_views",
]

ACTOR_SLOT = re.compile(r"⟦A(\d+)⟧")
PLACE_SLOT = re.compile(r"⟪P(\d+)⟫")
_ARTICLE = re.compile(r"(?:\b[Tt]he\s+)$")


# -- sentence views ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """An actor or place mention inside a sentence view."""

    kind: str  # "actor" | "place"
    start: int  # document offsets, a folded leading "the" included
    end: int
    text: str
    key: str | None = None  # actor key
    actor_type: str | None = None
    parent: str | None = None
    place: PlaceMention | None = None


@dataclass(frozen=True)
class SentenceView:
    """One sentence, as text and as masked text where mentions are slots.

    ``pieces`` maps the masked text back to the document: ``(masked_start, masked_end,
    doc_start, doc_end)`` for every run of plain text and every slot.
    """

    index: int
    start: int
    end: int
    text: str
    masked: str
    slots: tuple[Slot, ...]
    pieces: tuple[tuple[int, int, int, int], ...]

    def to_doc(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the masked text to document offsets."""
        d_start, d_end = self.start, self.end
        for m_s, m_e, p_s, p_e in self.pieces:
            if m_s <= start < m_e:
                slot = p_e - p_s != m_e - m_s
                d_start = p_s if slot else p_s + (start - m_s)
            if m_s < end <= m_e:
                slot = p_e - p_s != m_e - m_s
                d_end = p_e if slot else p_s + (end - m_s)
        return d_start, max(d_end, d_start)

    def slot_at(self, token: str) -> Slot:
        """The slot a masked token (``⟦A3⟧`` or ``⟪P1⟫``) or a bare index names."""
        digits = re.sub(r"\D", "", token)
        return self.slots[int(digits)]

    def actor_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "actor"]


def _sentence_slots(
    text: str,
    s_start: int,
    s_end: int,
    actor_mentions: Sequence[tuple[int, int, Actor]],
    places: Sequence[PlaceMention],
) -> list[Slot]:
    spans: list[Slot] = []
    place_spans = [p for p in places if s_start <= p.start and p.end <= s_end]
    for start, end, actor in actor_mentions:
        if not (s_start <= start and end <= s_end):
            continue
        # a place the model also took for an organisation stays a place
        clash = [p for p in place_spans if p.start < end and start < p.end]
        if clash and actor.key.startswith("new:") and any(p.place for p in clash):
            continue
        spans.append(
            Slot("actor", start, end, text[start:end], actor.key, actor.type, actor.parent)
        )
    for p in place_spans:
        if any(s.start < p.end and p.start < s.end for s in spans if s.kind == "actor"):
            continue
        spans.append(Slot("place", p.start, p.end, text[p.start : p.end], place=p))
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Slot] = []
    for s in spans:
        if kept and s.start < kept[-1].end:
            continue  # nested or overlapping: keep the first, longest
        kept.append(s)
    # "Long Name (ACR)" of one actor is one slot
    merged: list[Slot] = []
    for s in kept:
        if merged and s.kind == "actor" and merged[-1].kind == "actor" and s.key == merged[-1].key:
            between = text[merged[-1].end : s.start]
            if re.fullmatch(r"\s*\(\s*(?:the\s+)?", between) and text[s.end : s.end + 1] == ")":
                prev = merged[-1]
                merged[-1] = Slot(
                    "actor",
                    prev.start,
                    s.end + 1,
                    text[prev.start : s.end + 1],
                    prev.key,
                    prev.actor_type,
                    prev.parent,
                )
                continue
        merged.append(s)
    # fold a leading article into the slot
    folded: list[Slot] = []
    for s in merged:
        m = _ARTICLE.search(text[max(s_start, s.start - 4) : s.start])
        if m:
            start = s.start - len(m.group(0))
            s = Slot(
                s.kind, start, s.end, text[start : s.end], s.key, s.actor_type, s.parent, s.place
            )
        folded.append(s)
    return folded


def sentence_views(
    doc: Doc, actors: Sequence[Actor], places: Sequence[PlaceMention]
) -> list[SentenceView]:
    """One :class:`SentenceView` per sentence of ``doc``, in order."""
    text = doc_text(doc)
    mentions = sorted(((m.start, m.end, a) for a in actors for m in a.mentions), key=lambda t: t[0])
    views: list[SentenceView] = []
    for i, sent in enumerate(doc_sentences(doc)):
        s_start, s_end = sent.start_char, sent.end_char
        slots = _sentence_slots(text, s_start, s_end, mentions, places)
        parts: list[str] = []
        pieces: list[tuple[int, int, int, int]] = []
        pos, m_pos = s_start, 0
        for n, slot in enumerate(slots):
            if slot.start > pos:
                chunk = text[pos : slot.start]
                parts.append(chunk)
                pieces.append((m_pos, m_pos + len(chunk), pos, slot.start))
                m_pos += len(chunk)
            token = f"⟦A{n}⟧" if slot.kind == "actor" else f"⟪P{n}⟫"
            parts.append(token)
            pieces.append((m_pos, m_pos + len(token), slot.start, slot.end))
            m_pos += len(token)
            pos = slot.end
        if pos < s_end:
            chunk = text[pos:s_end]
            parts.append(chunk)
            pieces.append((m_pos, m_pos + len(chunk), pos, s_end))
        views.append(
            SentenceView(
                index=i,
                start=s_start,
                end=s_end,
                text=text[s_start:s_end],
                masked="".join(parts),
                slots=tuple(slots),
                pieces=tuple(pieces),
            )
        )
    return views


def anchor_of(view: SentenceView) -> Anchor:
    """The verbatim anchor of a whole sentence (trailing whitespace trimmed)."""
    quote = view.text.rstrip()
    lead = len(quote) - len(quote.lstrip())
    return Anchor(
        start=view.start + lead,
        end=view.start + len(quote),
        quote=quote.lstrip(),
        sentence=view.index,
    )


# -- references -------------------------------------------------------------------------------

ARMED_TYPES = {"armed_group", "militia", "criminal_group", "organization", "terrorist_group"}
# the kinds of actor a report can be "about" as a group (no mere organisation or state)
GROUP_TYPES = frozenset({"armed_group", "militia", "criminal_group", "terrorist_group"})
PRONOUNS_ORG = {"it", "its", "they", "their", "them", "itself"}
PRONOUNS_PERSON = {"he", "his", "him", "she", "her"}


def _definite_org() -> re.Pattern[str]:
    """ "the group", "this movement", "the rebels'": a definite noun that stands for an armed
    group named before. The nouns are one list in data, ``group_reference`` of
    ``claim_cues.yaml`` (its ``collective``, ``members`` and ``reference_extra`` nouns), which
    the claims' own speaker rules read too."""
    ref = load_data("claim_cues.yaml").get("group_reference") or {}
    nouns = [str(w) for part in ("collective", "members", "reference_extra") for w in ref[part]]
    return re.compile(rf"^(?:the|this|that)\s+(?:{alternation(nouns)})(?:[’']s)?$", re.IGNORECASE)


DEFINITE_ORG = _definite_org()


def _is_person(slot: Slot) -> bool:
    return (slot.actor_type or "") == "person"


def resolve_reference(
    views: Sequence[SentenceView],
    sentence: int,
    position: int,
    word: str,
    exclude: str | None = None,
    lookback: int = 3,
) -> Slot | None:
    """The actor a pronoun or "the group" at document offset ``position`` refers to.

    The nearest fitting actor earlier in the same sentence, else the first fitting actor of
    the previous sentences (up to ``lookback``). People answer "he/his", organisations
    "it/its/they/the group". ``exclude`` is an actor key that cannot be the answer. Where
    two different candidates compete equally (:func:`_rivals`), none is (s21).
    """
    low = re.sub(r"\s+", " ", word.lower().strip())
    armed_only = bool(DEFINITE_ORG.match(low))
    if low in PRONOUNS_PERSON:
        want_person = True
    elif low in PRONOUNS_ORG or armed_only:
        want_person = False
    else:
        return None

    def fits(s: Slot) -> bool:
        if s.kind != "actor" or _is_person(s) != want_person or s.key == exclude:
            return False
        # "the group", "the militants" name an armed group, not a government or a mission
        return not armed_only or (s.actor_type or "organization") in ARMED_TYPES

    here = [s for s in views[sentence].slots if fits(s) and s.end <= position]
    if here:
        # (s21) two different candidates competing equally give no answer
        return None if _rivals(views[sentence], here, armed_only, nearest=True) else here[-1]
    for back in range(1, lookback + 1):
        if sentence - back < 0:
            break
        view = views[sentence - back]
        if is_heading(view.text):
            # a new section: "The group emerged in 2017" under "Origins" is the report's
            # own subject, not the last group the previous section named
            return focal_group(views) if not want_person else None
        cands = [s for s in view.slots if fits(s)]
        # "With support from the army, the militia retook the town. Its leader, X": the
        # topic is the subject after a fronted phrase, not an actor named inside it
        fronted = _FRONTED.match(view.text)
        if fronted:
            after = [s for s in cands if s.start >= view.start + fronted.end()]
            cands = after or cands
        # "The group is an affiliate of the Islamic State ... It operates in ...": a sentence
        # that opens on a reference continues the actor that reference stands for
        opening = _OPENING_REFERENCE.match(view.text)
        if opening and (not cands or view.start + opening.end() <= cands[0].start):
            earlier = resolve_reference(
                views, sentence - back, view.start, opening.group(1), exclude, lookback - back
            )
            if earlier is not None and fits(earlier):
                return earlier
        if cands:
            return None if _rivals(view, cands, armed_only, nearest=False) else cands[0]
    return None


# coordinated peers: "A and B", "A, and B", "A or B", "A as well as B" ("the" folded into
# slots); a bare comma is none ("A, B's affiliate" is an apposition)
@lru_cache(maxsize=1)
def _peers() -> re.Pattern[str]:
    """The words between two coordinated peers (``peer_words``), with an optional comma."""
    words = load_data("claim_cues.yaml")["group_reference"]["peer_words"]
    return re.compile(rf"\s*,?\s*(?:{alternation([str(w) for w in words])})\s*", re.IGNORECASE)


def _rivals(view: SentenceView, cands: Sequence[Slot], strict: bool, nearest: bool) -> bool:
    """(s21) Whether two different actors of ``cands`` (the fitting candidates of one
    sentence, in order) compete equally for a reference, so that none is its answer (the
    "two candidates, no answer" rule):

    - two coordinated peers, always ("X and Y clashed. Its fighters ...");
    - for a definite group noun ("the group", "the rebels") read in an earlier sentence, also
      a second group that is no adjunct of the first's clause ("X accused Y of the raid.
      Analysts put the group at 900": no more X's than Y's), while one after a preposition
      ("X, which split from Y", "together with Y", ``adjunct_words``) leaves the first, the
      sentence's topic, the answer.

    ``nearest``: the reference's own sentence, where the answer is the nearest candidate
    before it; elsewhere the answer is the first."""
    if len({c.key for c in cands}) < 2:
        return False
    answer = cands[-1] if nearest else cands[0]
    rival = next((c for c in (reversed(cands) if nearest else cands) if c.key != answer.key), None)
    if rival is None:
        return False
    left, right = (rival, answer) if nearest else (answer, rival)
    if left.end > right.start:
        return False
    between = view.text[left.end - view.start : right.start - view.start]
    if _POSSESSIVE.match(view.text, rival.end - view.start):
        return False  # "X, Y's affiliate in the region": Y owns a noun, it does nothing
    if _peers().fullmatch(between):
        return True
    return (
        strict
        and not nearest
        and _adjunct().search(between) is None
        and _subordinate().search(between) is None
    )


_POSSESSIVE = re.compile(r"\s*[’']s?\b|[’']")


@lru_cache(maxsize=1)
def _subordinate() -> re.Pattern[str]:
    """A word that opens a clause under another (``subordinate_words``), anywhere."""
    words = load_data("claim_cues.yaml")["group_reference"]["subordinate_words"]
    return re.compile(rf"\b(?:{alternation([str(w) for w in words])})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _adjunct() -> re.Pattern[str]:
    """A preposition ending the words before a group (``adjunct_words``)."""
    words = load_data("claim_cues.yaml")["group_reference"]["adjunct_words"]
    return re.compile(rf"\b(?:{alternation([str(w) for w in words])})\s*$", re.IGNORECASE)


_HEADING_END = re.compile(r"[.!?:;,\"'”’)\]]\s*$")


def is_heading(text: str) -> bool:
    """A short line without a sentence's closing punctuation: a section heading."""
    words = text.split()
    return 0 < len(words) <= 10 and not _HEADING_END.search(text)


def most_named_group(mentions: Iterable[tuple[str, str | None]]) -> str | None:
    """Of ``(actor key, actor type)`` pairs, one per mention: the armed group named most
    often, at least three times and half again as often as any other, else None."""
    counts: dict[str, int] = {}
    for key, kind in mentions:
        if kind in GROUP_TYPES:
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3:
        return None
    if len(ranked) > 1 and ranked[0][1] < 1.5 * ranked[1][1]:
        return None
    return ranked[0][0]


def focal_group(views: Sequence[SentenceView]) -> Slot | None:
    """The armed group a report is about (:func:`most_named_group`), as its first mention."""
    slots = [s for v in views for s in v.slots if s.kind == "actor" and s.key]
    key = most_named_group((s.key or "", s.actor_type) for s in slots)
    return next((s for s in slots if s.key == key), None) if key else None


# a phrase fronted to a sentence, before its subject: "After talks with X, ...", "Backed by
# X, ...", "With support from X, ..."
_FRONTED = re.compile(
    r"\s*(?:after|before|with|without|backed|supported|aided|assisted|helped|following|despite"
    r"|unlike|like|amid|alongside|together\s+with|along\s+with|in\s+(?:talks|response|"
    r"coordination|cooperation|partnership)\s+with)\b[^,.;]{0,120},\s+",
    re.IGNORECASE,
)


def _opening_reference() -> re.Pattern[str]:
    """(s22) A sentence that opens on "the group", "it" or "they" (after a linking adverb):
    the group nouns are ``DEFINITE_ORG``'s, the one list of ``group_reference``."""
    ref = load_data("claim_cues.yaml").get("group_reference") or {}
    nouns = [str(w) for part in ("collective", "members", "reference_extra") for w in ref[part]]
    return re.compile(
        r"\s*(?:(?:However|Meanwhile|Moreover|Since then|Today|Now|Instead),?\s+)?"
        rf"((?:the|this|that)\s+(?:{alternation(nouns)})|it|they)\b",
        re.IGNORECASE,
    )


_OPENING_REFERENCE = _opening_reference()
