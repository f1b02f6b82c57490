"""Extraction: find the candidates, keep the best non-overlapping ones, normalise them in order.

:func:`extract_timexes` runs every rule of :mod:`dossier.resolve.timex.patterns` and every
fixed phrase of the lexicon over the text, keeps the longest non-overlapping candidates and
normalises them in text order, each with its sentence (for tense cues) and the date last
mentioned (for anaphoric expressions).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dossier.dates import NUMERIC_DATE, numeric_date_order
from dossier.records import DateValue, Timex
from dossier.resolve.timex import normalise, relative
from dossier.resolve.timex.anchors import _anchor_of_vague, _Context, _Ref, _ref_from_value, _ref_of
from dossier.resolve.timex.lexicon import _lexicon
from dossier.resolve.timex.normalise import _Norm, _Normaliser
from dossier.resolve.timex.patterns import _rules
from dossier.resolve.timex.values import precision_of

if TYPE_CHECKING:  # pragma: no cover
    import spacy.tokens

# the normaliser of each rule of dossier.resolve.timex.patterns, by rule name
_NORMALISERS: dict[str, _Normaliser] = {**normalise._NORMALISERS, **relative._NORMALISERS}


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    rule: str
    match: re.Match[str] | None
    value: str = ""
    type: str = ""


def _year_ok(text: str, m: re.Match[str]) -> bool:
    """Whether a four-digit number reads as a year (not "2000 people", "$1990")."""
    start, end = m.start("year"), m.end("year")
    before = text[max(0, start - 20) : start]
    if re.search(
        r"(?:[$€£#]\s*|\d[.,]?\s*|No\.\s*|numbers?\s+|\bpage\s+|\bRoute\s+)$", before, re.I
    ):
        return False
    lead = m.group(0)[: start - m.start()].strip()
    if not lead and re.search(
        r"\b(?:than|about|some|around|nearly|almost|approximately|least|only|just)\s+$",
        before,
        re.I,
    ):
        return False
    after = text[end : end + 25]
    if re.match(
        r"\s*(?:%|percent|per\s*cent|[a-z]*(?:meters|metres|km|kilometers|feet|miles)\b)",
        after,
        re.I,
    ):
        return False
    word = re.match(r"\s+([a-z][a-z']*)", after)
    lx = _lexicon()
    if not word or word.group(1).lower() in lx.year_followers or lead:
        return True
    prev = re.search(r"([\w']+)\W*$", before)
    return bool(prev and prev.group(1).lower() in lx.year_leaders)


def _trim_determiner(rule: str, m: re.Match[str]) -> int:
    """Start of a match without its determiner when the expression is a hyphenated modifier.

    TimeBank marks "the 14-day truce" and "a third-quarter loss" as "14-day" and
    "third-quarter", but "the past three years" with its determiner.
    """
    group = {"duration": "unit", "quarter": "qh"}.get(rule)
    if group is None or m.string[m.start(group) - 1] != "-":
        return m.start()
    det = re.match(r"(?:the|a|an|its|their|his|her)\s+", m.group(0), re.I)
    if det is None or (rule == "duration" and m.start("num") == m.start()):
        return m.start()
    return m.start() + det.end()


def _literal_run(pattern: re.Pattern[str]) -> str:
    """The longest run of literal characters every match of ``pattern`` contains ("" if none).

    Only the top-level sequence is read (and groups without flags inside it): each of its
    items is matched once by every match, so a run of literal items is matched as a whole.
    """
    parser: Any = importlib.import_module("re._parser")  # the parser re.compile uses
    constants: Any = importlib.import_module("re._constants")
    best, run = "", ""
    items = list(parser.parse(pattern.pattern, pattern.flags))
    while items:
        op, av = items.pop(0)
        if op is constants.LITERAL:
            run += chr(av)
            continue
        if op is constants.SUBPATTERN and not av[1] and not av[2]:
            items[:0] = list(av[3])
            continue
        best, run = max(best, run, key=len), ""
    return max(best, run, key=len)


@lru_cache(maxsize=1)
def _phrase_keys() -> tuple[re.Pattern[str] | None, ...]:
    """For each lexicon phrase, a literal every match contains (searched with its flags)."""
    keys = []
    for phrase in _lexicon().phrases:
        run = _literal_run(phrase.regex)
        keys.append(re.compile(re.escape(run), phrase.regex.flags) if len(run) >= 3 else None)
    return tuple(keys)


def _candidates(text: str) -> Iterator[_Candidate]:
    lx = _lexicon()
    # whether each key (a part a rule's every match contains) is in the text, by pattern
    found: dict[tuple[str, int], bool] = {}

    def absent(key: re.Pattern[str] | None) -> bool:
        if key is None:
            return False
        k = (key.pattern, key.flags)
        if k not in found:
            found[k] = key.search(text) is not None
        return not found[k]

    for rule in _rules():
        if absent(rule.key):
            continue
        for m in rule.regex.finditer(text):
            if rule.name == "y" and not _year_ok(text, m):
                continue
            start, end = _trim_determiner(rule.name, m), m.end()
            yield _Candidate(start, end, rule.priority, rule.name, m)
    for i, (phrase, key) in enumerate(zip(lx.phrases, _phrase_keys(), strict=True)):
        if absent(key):
            continue
        for m in phrase.regex.finditer(text):
            start, end = m.span("x") if "x" in phrase.regex.groupindex else m.span()
            if phrase.context is not None:
                sent_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
                if not phrase.context.search(text[sent_start:start]):
                    continue
            yield _Candidate(start, end, -1 - i * 0, "phrase", None, phrase.value, phrase.type)


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest non-overlapping candidates (ties: lower priority first)."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


_SENT_RE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")


def _sentence_spans(text: str, doc: spacy.tokens.Doc | None) -> list[tuple[int, int]]:
    if doc is not None and doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    spans, start = [], 0
    for m in _SENT_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


# how far back (characters) the last date may be and still set the year of a bare month
_CLOSE_CHARS = 400


def extract_timexes(
    text: str,
    document_date: DateValue | None,
    doc: spacy.tokens.Doc | None = None,
) -> list[Timex]:
    """Find the temporal expressions of ``text`` and normalise each one.

    Parameters:
        text: the document text (offsets of the results index it).
        document_date: the publication date, the reference of deictic expressions
            ("yesterday", "last week"); ``None`` leaves those unresolved (``X`` in the value).
        doc: an optional spaCy ``Doc`` of ``text``; its sentence boundaries are used for the
            tense cues when present.

    Returns the expressions in text order, each with a TIMEX3 ``value`` and ``type``, a
    ``precision`` and the ``anchor`` the value was computed from.

    Example::

        >>> ts = extract_timexes("On March 8, 2017 ... in July of the same year.", None)
        >>> [(t.text, t.value, t.anchor) for t in ts]
        [('March 8, 2017', '2017-03-08', 'absolute'), ('July of the same year', '2017-07', 'previous_date')]
    """
    dct = _ref_of(document_date)
    order = numeric_date_order(text) if NUMERIC_DATE.search(text) else "dmy"
    sentences = _sentence_spans(text, doc)
    chosen = _select(list(_candidates(text)))
    out: list[Timex] = []
    prev: _Ref | None = None
    prev_value = ""
    prev_end = -1
    si = 0
    for c in chosen:
        while si < len(sentences) - 1 and sentences[si][1] <= c.start:
            si += 1
        s_start, s_end = sentences[si]
        near = prev_end >= 0 and "\n" not in text[prev_end : c.start].strip()
        ctx = _Context(
            dct,
            prev,
            text[s_start:s_end],
            text[max(s_start, c.start - 40) : c.start],
            prev_value,
            near,
            prev_end >= 0 and c.start - prev_end <= _CLOSE_CHARS,
            order,
        )
        if c.rule == "phrase":
            norm: _Norm | None = _Norm(
                c.value,
                c.type,
                "absolute" if c.type in ("DURATION", "SET") else _anchor_of_vague(ctx),
            )
        else:
            assert c.match is not None
            norm = _NORMALISERS[c.rule](c.match, ctx)
        if norm is None:
            continue
        out.append(
            Timex(
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                value=norm.value,
                precision=precision_of(norm.value, norm.type),
                anchor=norm.anchor,
                type=norm.type,
            )
        )
        if norm.type in ("DATE", "TIME") and re.match(r"\d{4}", norm.value):
            ref = _ref_from_value(norm.value)
            if ref is not None:
                prev, prev_value, prev_end = ref, norm.value, c.end
    return out
