"""Helpers shared by the fact extractors (relations, claims, quantities, events).

- :func:`sentence_views` rewrites each sentence with its actor and place mentions replaced by
  slots (``⟦A0⟧``, ``⟪P1⟫``) so that rules read as plain patterns over words and slots;
- :func:`anchor_of` makes the verbatim :class:`~dossier.records.Anchor` of a sentence;
- :func:`resolve_reference` maps "it", "its", "the group" to the actor named before it;
- :func:`find_hedges` / :func:`likelihood_of` read hedge cues and the ICD 203 likelihood they
  give (``ontology/claim_vocab.yaml`` plus ``data/extract/claim_cues.yaml``);
- :func:`find_counts` / :func:`parse_count` read number phrases ("between 7,000 and 12,000",
  "several hundred", "over 140", "two thousand") with ACLED's conventions for vague numbers
  (``ontology/quantities.yaml``);
- :func:`relation_period` and :func:`clause_period` find the time a fact is stated for.

Example::

    >>> parse_count("between 7,000 and 12,000")
    Count(low=7000, best=7000, high=12000, approximate=False, text='between 7,000 and 12,000', start=0, end=24)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc

from dossier.ontology import load_ontology
from dossier.records import Actor, Anchor, NumberRange, PlaceMention, Timex

__all__ = [
    "Count",
    "HedgeHit",
    "SentenceView",
    "Slot",
    "anchor_of",
    "clause_period",
    "find_counts",
    "find_hedges",
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


@lru_cache(maxsize=8)
def load_data(name: str) -> Any:
    """Load one YAML lexicon of ``dossier/data/extract/`` (cached)."""
    text = resources.files("dossier").joinpath(f"data/extract/{name}").read_text("utf-8")
    return yaml.safe_load(text)


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
    text = doc.text
    mentions = sorted(((m.start, m.end, a) for a in actors for m in a.mentions), key=lambda t: t[0])
    views: list[SentenceView] = []
    for i, sent in enumerate(doc.sents):
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
PRONOUNS_ORG = {"it", "its", "they", "their", "them", "itself"}
PRONOUNS_PERSON = {"he", "his", "him", "she", "her"}
DEFINITE_ORG = re.compile(
    r"^(?:the|this|that)\s+(?:group|organi[sz]ation|movement|militants|insurgents|jihadists|"
    r"offshoot|network|rebels|militia)(?:[’']s)?$",
    re.IGNORECASE,
)


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
    "it/its/they/the group". ``exclude`` is an actor key that cannot be the answer.
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
        return here[-1]
    for back in range(1, lookback + 1):
        if sentence - back < 0:
            break
        cands = [s for s in views[sentence - back].slots if fits(s)]
        if cands:
            return cands[0]
    return None


# -- hedges and negation ----------------------------------------------------------------------


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


# -- numbers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    """A number phrase read as a count: bounds, a conservative best value, and its span."""

    low: int | None
    best: int | None
    high: int | None
    approximate: bool
    text: str
    start: int
    end: int

    def to_range(self) -> NumberRange:
        """The ``{low, best, high, text}`` record of events."""
        return NumberRange(low=self.low, best=self.best, high=self.high, text=self.text)


@lru_cache(maxsize=1)
def _number_lexicon() -> dict[str, Any]:
    words = load_data("quantity_cues.yaml")["number_words"]
    onto = load_ontology().quantities
    vague = {v.phrase: v for v in onto.vague_numbers}
    modifiers: dict[str, Any] = {}
    for mod in onto.modifiers:
        for cue in mod.cues:
            if "N" not in cue:
                modifiers[cue] = mod
    return {"words": words, "vague": vague, "modifiers": modifiers}


# "from", with the "fr om" split that PDF extraction leaves
_FROM = r"(?:rang(?:ed|es|e|ing)\s+)?fr\s?om"


def _alt(items: Sequence[str]) -> str:
    return "|".join(
        r"\s+".join(re.escape(w) for w in i.split()) for i in sorted(items, key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _count_regex() -> re.Pattern[str]:
    lex = _number_lexicon()
    w = lex["words"]
    numword = _alt([*w["units"], *w["tens"], *w["scales"], "dozen"])
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    scale = r"(?:\s*(?:hundred|thousand|million|billion|k|m|bn)\b)?"
    word_number = rf"(?:(?:an?|one)\s+)?(?:{numword})(?:(?:\s+and\s+|[\s-]+)(?:{numword}))*"
    vague = _alt(list(lex["vague"]))
    core = rf"(?:(?:{digits}){scale}|\b(?:{vague})\b|\b(?:{word_number})\b)"
    mods = _alt(list(lex["modifiers"]))
    one = rf"(?:(?:{mods})\s+)?{core}(?:\s+or\s+so)?"
    range_ = (
        rf"(?:(?:between|{_FROM})\s+{one}\s*"
        rf"(?:and|to|-|–)\s*{one}|{one}(?:\s*(?:-|–|to|or)\s*{one})?)"
    )
    return re.compile(rf"(?<![\w.,]){range_}(?![\w])", re.IGNORECASE)


def _word_value(text: str) -> int | None:
    """Value of a run of number words: "two thousand five hundred" → 2500."""
    w = _number_lexicon()["words"]
    total, current, seen = 0, 0, False
    for tok in re.findall(r"[a-z]+", text.lower()):
        if tok in ("a", "an", "and"):
            if tok in ("a", "an"):
                current = max(current, 1)
            continue
        if tok in w["units"]:
            current += w["units"][tok]
        elif tok in w["tens"]:
            current += w["tens"][tok]
        elif tok == "dozen":
            current = max(current, 1) * 12
        elif tok in w["scales"]:
            scale = w["scales"][tok]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _core_value(text: str) -> tuple[int | None, int | None, int | None, bool] | None:
    """(low, best, high, approximate) of one number without a range."""
    lex = _number_lexicon()
    t = re.sub(r"\s+", " ", text.strip().lower())
    t = re.sub(r"\s+or so$", "", t)
    approx = text.lower().rstrip().endswith("or so")
    vague = lex["vague"].get(t)
    if vague is not None:
        return vague.low, vague.best, vague.high, True
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*(hundred|thousand|million|billion|k|m|bn)?", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        mult = {
            "hundred": 100,
            "thousand": 1000,
            "million": 10**6,
            "billion": 10**9,
            "k": 1000,
            "m": 10**6,
            "bn": 10**9,
        }.get(m.group(2) or "", 1)
        n = int(round(value * mult))
        return n, n, n, approx
    n_word = _word_value(t)
    if n_word is not None:
        return n_word, n_word, n_word, approx
    return None


def _one_value(text: str) -> tuple[int | None, int | None, int | None, bool] | None:
    lex = _number_lexicon()
    t = text.strip()
    for cue in sorted(lex["modifiers"], key=len, reverse=True):
        m = re.match(rf"{_alt([cue])}\s+", t, re.IGNORECASE)
        if not m:
            continue
        core = _core_value(t[m.end() :])
        if core is None:
            return None
        low, _best, high, _approx = core
        mod = lex["modifiers"][cue]
        lo = low if mod.low == "N" else None
        hi = high if mod.high == "N" else None
        be = (low if mod.low == "N" else high) if mod.best == "N" else None
        # Dossier: any figure with a modifier is not an exact count
        return lo, be, hi, True
    return _core_value(t)


def parse_count(text: str, offset: int = 0) -> Count | None:
    """Read one number phrase ("over 140", "from 1,500 to 5,000", "a dozen") as a count.

    Conventions (``ontology/quantities.yaml``): vague words take their ACLED/Dossier bounds
    ("dozens" 12–99, "several hundred" 200–999); "over N"/"more than N" give low N and no
    high; "up to N" gives high N only; "about N" gives low = high = N. ``approximate`` is
    true for every figure that is not an exact count (vague words and all modifiers).
    """
    t = text.strip()
    if not t:
        return None
    single = _one_value(t)
    if single is not None:
        low, best, high, approx = single
        return Count(low, best, high, approx, t, offset, offset + len(t))
    m = re.fullmatch(
        rf"(?:between|{_FROM})\s+(.+?)\s*(?:and|to|-|–)\s*(.+)", t, re.IGNORECASE
    ) or re.fullmatch(r"(.+?)\s*(?:\s-\s|-|–|\sto\s|\sor\s)\s*(.+)", t, re.IGNORECASE)
    if not m:
        return None
    a, b = _one_value(m.group(1)), _one_value(m.group(2))
    if a is None or b is None:
        return None
    low = a[0] if a[0] is not None else a[1]
    high = b[2] if b[2] is not None else b[0]
    if low is None or high is None or high <= low:
        return None  # "12-3" is not a range of counts
    return Count(low, low, high, a[3] or b[3], t, offset, offset + len(t))


_YEARLIKE = re.compile(r"^(?:1[89]\d\d|20\d\d)$")


def find_counts(text: str, offset: int = 0) -> list[Count]:
    """Every number phrase of ``text`` that reads as a count (years and ordinals left out)."""
    out: list[Count] = []
    for m in _count_regex().finditer(text):
        span = m.group(0)
        if _YEARLIKE.match(span.strip()):
            continue
        after = text[m.end() : m.end() + 3]
        if re.match(r"(?:st|nd|rd|th)\b|%|\s*per\s*cent", after):
            continue
        count = parse_count(span, offset + m.start())
        if count is not None:
            out.append(count)
    return out


# -- periods ----------------------------------------------------------------------------------

_PREP = re.compile(
    r"(?:\b(?:in|since|from|until|till|by|during|on|as of|between|after|before|over|"
    r"throughout|following|prior to|in the course of|at)\s+)$",
    re.IGNORECASE,
)
_OF_TAIL = re.compile(r"^\s+of\s+(?:its|the|their|his|her)\s+[a-z-]+(?:\s+[a-z-]+(?=[\s,.]))?")


def _timex_phrase(text: str, t: Timex) -> tuple[int, int]:
    """A timex with its preposition and an "of its existence" tail."""
    start, end = t.start, t.end
    m = _PREP.search(text[max(0, start - 25) : start])
    if m:
        start -= len(m.group(0))
    tail = _OF_TAIL.match(text[end : end + 40])
    if tail and not re.search(r"\d", tail.group(0)):
        end += len(tail.group(0))
    return start, end


def relation_period(
    text: str, sentence: tuple[int, int], match: tuple[int, int], timexes: Sequence[Timex]
) -> str | None:
    """The time a relation is stated for: a timex inside the match, right after it, or
    fronted at the start of the sentence ("In January 2015, X appeared in P")."""
    s_start, s_end = sentence
    m_start, m_end = match
    for t in timexes:
        if not (s_start <= t.start and t.end <= s_end) or t.type == "SET":
            continue
        p_start, p_end = _timex_phrase(text, t)
        inside = m_start <= t.start and t.end <= m_end
        after = t.start >= m_end and re.fullmatch(
            r"[\s,]*(?:(?:in|since|from|until|by|during|as of|between|after|before|over|"
            r"throughout|following)\s*)?",
            text[m_end : t.start],
            re.IGNORECASE,
        )
        fronted = (
            t.end <= m_start
            and re.fullmatch(r"\s*(?:(?:[A-Z]\w*\s+){0,2})?", text[s_start:p_start])
            and re.match(r"\s*,", text[p_end : p_end + 3])
        )
        if inside or after or fronted:
            return text[p_start:p_end].strip()
    return None


@lru_cache(maxsize=1)
def _period_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = load_data("quantity_cues.yaml")
    heads = _alt(cues["period_heads"])
    preps = _alt(cues["period_preps"])
    phrase = re.compile(
        rf"\b(?:{preps})\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w’'⟦⟧-]+\s+){{0,3}}?"
        rf"(?:{heads})\b(?:\s+of\s+(?:the\s+|its\s+)?[\w-]+)?",
        re.IGNORECASE,
    )
    rates = re.compile(rf"\b(?:{_alt(cues['rates'])})\b", re.IGNORECASE)
    return phrase, rates


_CLAUSE_BREAK = re.compile(r",\s+(?:but|while|whereas|yet)\s+|;\s+|\s+but\s+", re.IGNORECASE)


def clause_bounds(text: str, sentence: tuple[int, int], position: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``position`` (split at "but", ";", "while")."""
    s_start, s_end = sentence
    start, end = s_start, s_end
    for m in _CLAUSE_BREAK.finditer(text, s_start, s_end):
        if m.end() <= position:
            start = m.end()
        elif m.start() >= position:
            end = m.start()
            break
    return start, end


def clause_period(
    text: str, sentence: tuple[int, int], position: int, timexes: Sequence[Timex]
) -> str | None:
    """The period of a figure at ``position``: the nearest timex or period phrase ("after
    the Taliban takeover", "in the first years of its existence") in its clause, plus a rate
    ("per year") when one is stated."""
    c_start, c_end = clause_bounds(text, sentence, position)
    cands: list[tuple[int, int]] = []
    for t in timexes:
        if c_start <= t.start and t.end <= c_end and t.type != "SET":
            p_start, p_end = _timex_phrase(text, t)
            cands.append((max(p_start, c_start), p_end))
    phrase_re, rate_re = _period_regexes()
    for m in phrase_re.finditer(text, c_start, c_end):
        cands.append(m.span())
    # drop candidates inside a longer one
    cands = [c for c in cands if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in cands)]
    period = None
    if cands:
        best = min(cands, key=lambda c: min(abs(c[0] - position), abs(c[1] - position)))
        period = text[best[0] : best[1]].strip()
    rate = rate_re.search(text, c_start, c_end)
    if rate:
        period = f"{period}, {rate.group(0)}" if period else rate.group(0)
    return period
