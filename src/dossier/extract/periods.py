"""The time a fact is stated for: the period of a relation (:func:`relation_period`) and
of a figure in its clause (:func:`clause_period`: a timex, a period phrase such as "after
the Taliban takeover", and a rate such as "per year").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from dossier.extract.lexicon import alternation, load_data
from dossier.records import Timex

__all__ = ["clause_bounds", "clause_period", "relation_period"]

_PREP = re.compile(
    r"(?:\b(?:in|since|from|until|till|by|during|on|as of|between|after|before|over|"
    r"throughout|following|prior to|in the course of|at)\s+)$",
    re.IGNORECASE,
)
# a range of two years whose end keeps only its last two digits ("2022-23", "2019/20")
_YEAR_RANGE = re.compile(r"(?<![\d,.])((?:19|20)\d\d)\s?[-–/]\s?(\d\d)(?!\d|,\d|[-–/]\d)")
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
    # (an aside the match ends inside is where the relation is stated: "Lashio, which the
    # MNDAA has controlled since August 2024, ...")
    asides = [
        m.span() for m in _ASIDE.finditer(text, s_start, s_end) if not m.start() < m_end <= m.end()
    ]
    for t in timexes:
        if not (s_start <= t.start and t.end <= s_end) or t.type == "SET":
            continue
        if any(a <= t.start and t.end <= b for a, b in asides):
            continue  # "X, which seized power in 2020, has relied on Y since 2021"
        p_start, p_end = _timex_phrase(text, t)
        inside = m_start <= t.start and t.end <= m_end
        # "... affiliate in Syria until 2016": a place phrase may come between
        after = t.start >= m_end and re.fullmatch(
            r"(?:\s+(?:in|across)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
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
    heads = alternation(cues["period_heads"])
    preps = alternation(cues["period_preps"])
    phrase = re.compile(
        rf"\b(?:{preps})\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w’'⟦⟧-]+\s+){{0,3}}?"
        rf"(?:{heads})\b(?:\s+of\s+(?:the\s+|its\s+)?[\w-]+)?",
        re.IGNORECASE,
    )
    rates = re.compile(rf"\b(?:{alternation(cues['rates'])})\b", re.IGNORECASE)
    return phrase, rates


_CLAUSE_BREAK = re.compile(
    r",\s+(?:but|while|whereas|yet)\s+|;\s+|\s+but\s+|,\s+(?=(?:up|down)\s+from\s)|"
    r",\s+and\s+(?=(?:some|many|most|several|other|others|the|its|their|it|they|he|she|we)\s)|"
    # ", with its commander claiming 25,000 in 2022": an absolute clause of its own
    r",\s+with\s+(?=(?:[\w'’-]+\s+){1,4}?\w+ing\b)",
    re.IGNORECASE,
)


_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,;]*,")


@lru_cache(maxsize=1)
def _comparison_break() -> re.Pattern[str]:
    """A comma opening a comparison with another time: ", roughly double its strength in
    2022", ", compared with 1,000 in 2021" (``comparison_words`` of quantity_cues.yaml)."""
    cues = load_data("quantity_cues.yaml")
    words = alternation(cues.get("comparison_words") or ["double"])
    hedges = alternation(cues.get("comparison_hedges") or ["roughly"])
    return re.compile(rf",\s+(?=(?:(?:{hedges})\s+)?(?:{words})\b)", re.IGNORECASE)


def _breaks(text: str, start: int, end: int) -> list[re.Match[str]]:
    found = [*_CLAUSE_BREAK.finditer(text, start, end)]
    found += _comparison_break().finditer(text, start, end)
    return sorted(found, key=lambda m: m.start())


def clause_bounds(text: str, sentence: tuple[int, int], position: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``position`` (split at "but", ";", "while",
    and before a comparison: ", roughly double its strength in 2022")."""
    s_start, s_end = sentence
    start, end = s_start, s_end
    for m in _breaks(text, s_start, s_end):
        if m.end() <= position:
            start = m.end()
        elif m.start() >= position:
            end = m.start()
            break
    return start, end


@lru_cache(maxsize=1)
def _conjunction_regex() -> re.Pattern[str]:
    words = alternation(load_data("quantity_cues.yaml").get("period_conjunctions") or ["since"])
    return re.compile(rf"\b({words})\s+(?=\D)[^,;:()\d]{{3,70}}$", re.IGNORECASE)


def _conjunction_period(
    text: str, c_start: int, best: tuple[int, int], timexes: Sequence[Timex]
) -> str | None:
    """ "has killed hundreds since the two groups broke a tacit truce in 2019": the date of
    a clause opened by "since" ("until", "after", "before") gives "since 2019"; only for a
    date with its own "in"/"on"/"during" closing such a clause."""
    phrase = text[best[0] : best[1]]
    own = re.match(r"(?i)(?:in|on|during)\s+", phrase)
    if own is None:
        return None
    m = _conjunction_regex().search(text, c_start, best[0])
    if m is None or any(m.end() <= t.start and t.end <= best[0] for t in timexes):
        return None
    return f"{m.group(1)} {phrase[own.end() :].strip()}"


def clause_period(
    text: str, sentence: tuple[int, int], position: int, timexes: Sequence[Timex]
) -> str | None:
    """The period of a figure at ``position``: the nearest timex or period phrase ("after
    the Taliban takeover", "in the first years of its existence") in its clause, plus a rate
    ("per year") when one is stated."""
    c_start, c_end = clause_bounds(text, sentence, position)
    cands: list[tuple[int, int]] = []
    for t in timexes:
        if re.search(r"\b(?:an?)\s+$", text[max(0, t.start - 4) : t.start]) and re.match(
            r"\s+[A-Za-z]", text[t.end : t.end + 2]
        ):
            continue  # "according to a 2024 UN report": the date of the report
        if re.search(r"\bthan\s+(?:in\s+|on\s+|during\s+)?$", text[max(0, t.start - 14) : t.start]):
            continue  # "more attacks than in 2022": the time compared with
        if c_start <= t.start and t.end <= c_end and t.type != "SET":
            p_start, p_end = _timex_phrase(text, t)
            cands.append((max(p_start, c_start), p_end))
    phrase_re, rate_re = _period_regexes()
    for m in phrase_re.finditer(text, c_start, c_end):
        cands.append(m.span())
    for m in _YEAR_RANGE.finditer(text, c_start, c_end):
        # (s22) "in 2022-23", "the 2019/20 season": a range of two years that no timex read
        first, last = int(m.group(1)), int(m.group(2))
        if not 0 < last - (first % 100) <= 10 or any(
            t.start < m.end() and m.start() < t.end and (t.start < m.start() or t.end > m.end())
            for t in timexes
        ):
            continue  # "2023-05" is a month; "2022-19" no range; a longer date read it
        prep = _PREP.search(text[max(c_start, m.start() - 25) : m.start()])
        cands.append((m.start() - (len(prep.group(0)) if prep else 0), m.end()))
    # "between 2019 and 2023", "from January to June 2023": one period of two timexes
    cands.sort()
    joined: list[tuple[int, int]] = []
    for c in cands:
        between = text[joined[-1][1] : c[0]] if joined else ""
        if joined and (
            # (s22b) "From 2016-17 to 2019-20": a year range overlaps the timexes of its two
            # years; one span, so that the range joins the date after it
            c[0] < joined[-1][1]
            or (
                re.fullmatch(r"\s*(?:and|to|until|till|-|–)\s*", between)
                and re.match(r"(?i)(?:between|from)\b", text[joined[-1][0] : joined[-1][1]])
            )
            # "in the first three weeks of March": one period of two timexes
            or (re.fullmatch(r"\s+of\s+", between) and c[0] - joined[-1][1] <= 5)
            # (s18b) "in January-February 2025": a range of two months joined by a dash
            or between in ("-", "–")
        ):
            joined[-1] = (joined[-1][0], max(c[1], joined[-1][1]))
        else:
            joined.append(c)
    cands = joined
    # drop candidates inside a longer one
    cands = [c for c in cands if not any(o != c and o[0] <= c[0] and c[1] <= o[1] for o in cands)]
    # "ISWAP, which split from Boko Haram in 2016, has 4,000 fighters": the date of an
    # aside about the subject is not the figure's period
    asides = [
        m.span()
        for m in _ASIDE.finditer(text, c_start, c_end)
        if not m.start() <= position < m.end()
    ]
    cands = [c for c in cands if not any(a[0] <= c[0] and c[1] <= a[1] for a in asides)]
    period = None
    if cands:
        best = min(cands, key=lambda c: min(abs(c[0] - position), abs(c[1] - position)))
        period = text[best[0] : best[1]].strip()
        period = _conjunction_period(text, c_start, best, timexes) or period
    rate = rate_re.search(text, c_start, c_end)
    if rate and (period is None or rate.group(0).lower() not in period.lower()):
        period = f"{period}, {rate.group(0)}" if period else rate.group(0)
    return period
