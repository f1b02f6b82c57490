"""Number phrases read as counts: "between 7,000 and 12,000", "several hundred", "over
140", "two thousand", with ACLED's conventions for vague numbers (``ontology/quantities.yaml``).

Example::

    >>> parse_count("between 7,000 and 12,000")
    Count(low=7000, best=7000, high=12000, approximate=False, text='between 7,000 and 12,000', start=0, end=24)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from dossier.extract.lexicon import alternation, load_data
from dossier.ontology import load_ontology
from dossier.records import NumberRange

__all__ = ["Count", "find_counts", "is_vague", "parse_count"]


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
    currency = load_data("quantity_cues.yaml").get("currency_symbols") or ["$"]
    return {"words": words, "vague": vague, "modifiers": modifiers, "currency": currency}


# "from", with the "fr om" split that PDF extraction leaves
_FROM = r"(?:rang(?:ed|es|e|ing)\s+)?fr\s?om"


@lru_cache(maxsize=1)
def _count_regex() -> re.Pattern[str]:
    lex = _number_lexicon()
    w = lex["words"]
    numword = alternation([*w["units"], *w["tens"], *w["scales"], "dozen"])
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    scale = r"(?:\s*(?:hundred|thousand|million|billion|k|m|bn)\b)?"
    word_number = rf"(?:(?:an?|one)\s+)?(?:{numword})(?:(?:\s+and\s+|[\s-]+)(?:{numword}))*"
    vague = alternation(list(lex["vague"]))
    core = rf"(?:(?:{digits}){scale}|\b(?:{vague})\b|\b(?:{word_number})\b)"
    mods = alternation(list(lex["modifiers"]))
    money = alternation(lex["currency"])
    # "N50 million", "N100m", "N5,000": the naira sign as Nigerian reporting writes it, with
    # a scale or thousands (not "the N380 road")
    naira = r"\d[\d.]*\s*(?:million|billion|thousand|m|bn|k)\b|\d{1,3}(?:,\d{3})+"
    one = rf"(?:(?:{mods})\s+)?(?:(?:{money})\s?|(?-i:N)(?={naira}))?{core}(?:\s+or\s+so|\+(?![\d+]))?"
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
    for sign in sorted(lex["currency"], key=len, reverse=True):
        if t.startswith(sign.lower()):
            t = t[len(sign) :].lstrip()  # "$700 million": the amount
            break
    else:
        if re.match(r"n\d", t):
            t = t[1:]  # "N50 million": naira
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


@lru_cache(maxsize=1)
def _modifier_regexes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each modifier cue ("over", "at least") with its regex, longest cue first."""
    modifiers = _number_lexicon()["modifiers"]
    return tuple(
        (cue, re.compile(rf"{alternation([cue])}\s+", re.IGNORECASE))
        for cue in sorted(modifiers, key=len, reverse=True)
    )


def _one_value(text: str) -> tuple[int | None, int | None, int | None, bool] | None:
    lex = _number_lexicon()
    t = text.strip()
    if t.endswith("+") and len(t) > 1:
        # "an estimated 1,000+ people": N or more
        more = _one_value(t[:-1])
        return (more[0], more[1], None, True) if more is not None else None
    whole = lex["vague"].get(re.sub(r"\s+", " ", t.lower()))
    if whole is not None:
        # a vague phrase that opens with a modifier ("more than a dozen" = 13 or more) keeps
        # its own bounds rather than the modifier's reading of its last words
        return whole.low, whole.best, whole.high, True
    for cue, cue_regex in _modifier_regexes():
        m = cue_regex.match(t)
        if not m:
            continue
        core = _core_value(t[m.end() :])
        if core is None:
            return None
        low, best, high, _approx = core
        mod = lex["modifiers"][cue]
        lo = low if mod.low == "N" else None
        # "up to several thousand": a vague plural with no upper bound of its own still
        # names its smallest honest value, the only figure the modifier can cap
        hi = (
            (high if high is not None else (best if best is not None else low))
            if mod.high == "N"
            else None
        )
        be = (low if mod.low == "N" else high) if mod.best == "N" else None
        # Dossier: any figure with a modifier is not an exact count
        return lo, be, hi, True
    return _core_value(t)


def is_vague(text: str) -> bool:
    """The phrase is a vague quantity word alone ("dozens", "scores", "several"), whose
    upper bound is the convention's guess, not anyone's figure."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    return t in _number_lexicon()["vague"]


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
    if m.group(2).strip().endswith("+"):
        # (s19) "14–40+": from 14 to more than 40, no upper bound (40 is not the most)
        return Count(low, low, None, True, t, offset, offset + len(t))
    return Count(low, low, high, a[3] or b[3], t, offset, offset + len(t))


_YEARLIKE = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
# a number joined to another by a slash ("13/03", "10/03/2025")
_SLASHED = re.compile(r"/\d")
_SLASHED_BEFORE = re.compile(r"\d/\Z")
# a model's designation ("Il-76 cargo flights", "Shahed-136 drones", "AK-47 rifles"): the
# digits after a capitalised word and a hyphen name a type, they count nothing
_DESIGNATION_BEFORE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,9}-\Z")
# a number word opening a hyphenated compound ("one-way", "two-day", "three-man"), but not a
# strength ("a thousand-strong force")
_HYPHEN_WORD = re.compile(r"-(?!strong\b)[a-z]", re.IGNORECASE)
# figures glued to a measure by a hyphen ("a 70-year-old man", "a 20-km stretch", "a 3-day
# siege") give an age, a size or a length, no count; a strength ("a 40-man unit") stays one
_HYPHEN_MEASURE = re.compile(r"-(?!strong\b|man\b|men\b|member\b|person\b)[a-z]", re.IGNORECASE)


@lru_cache(maxsize=1)
def _unit_name() -> re.Pattern[str]:
    """A capitalised unit noun right after a bare number: "the 444 Brigade", "2 Commando",
    "the 444 Combat Brigade" (with up to two ``unit_name_modifiers`` between)."""
    cues = load_data("quantity_cues.yaml")
    nouns = cues.get("unit_name_nouns") or []
    mods = cues.get("unit_name_modifiers") or []
    between = rf"(?:(?:{alternation(mods)})[ \t]+){{0,2}}" if mods else ""
    return re.compile(rf"[ \t]+{between}(?:{alternation(nouns)})\b")


@lru_cache(maxsize=1)
def _unit_name_before() -> re.Pattern[str]:
    """A capitalised unit noun right before a bare number: "Column 7", "Brigade 12", "Task
    Force 5" (case-sensitive ``unit_name_nouns`` and ``unit_name_suffixed``)."""
    cues = load_data("quantity_cues.yaml")
    nouns = [*(cues.get("unit_name_nouns") or []), *(cues.get("unit_name_suffixed") or [])]
    return re.compile(rf"(?<![\w-])(?:{alternation(nouns)})[ \t]+\Z")


def find_counts(text: str, offset: int = 0) -> list[Count]:
    """Every number phrase of ``text`` that reads as a count (years and ordinals left out)."""
    out: list[Count] = []
    for m in _count_regex().finditer(text):
        span = m.group(0)
        if _YEARLIKE.match(span.strip()):
            continue
        after = text[m.end() : m.end() + 12]
        if re.match(r"(?:st|nd|rd|th)\b|%|\s*per\s*cent", after):
            continue
        if _SLASHED.match(text, m.end()) or _SLASHED_BEFORE.search(text, 0, m.start()):
            continue  # "13/03", "10/03/2025", "24/7": a date or a ratio, no count
        if _DESIGNATION_BEFORE.search(text, 0, m.start()):
            continue  # "Il-76", "Shahed-136": a type's designation, no count
        if span.strip().isdigit() and _unit_name().match(text, m.end()):
            continue  # "the 444 Brigade": a unit's name, no count
        if span.strip().isdigit() and _unit_name_before().search(text, 0, m.start()):
            continue  # (s20) "Column 7", "Task Force 5": a unit's name, no count
        if re.search(r"\d", span) and _HYPHEN_MEASURE.match(text, m.end()):
            continue
        if _HYPHEN_WORD.match(text, m.end()) and not re.search(r"\d", span):
            # "one-way attack drones", "a two-day visit": a compound, no count; "two
            # one-way drones": the words before it may still be one
            span = re.sub(r"[\s-]*\S+$", "", span)
            if not span or is_vague(span) or parse_count(span) is None:
                continue
        particle = _OVER.match(span)
        if particle and _over_particle_verb(text, m.start()):
            # (s24) "handed over 20 firearms": the verb's particle, not "more than"
            span = span[particle.end() :]
            count = parse_count(span, offset + m.start() + particle.end())
        else:
            count = parse_count(span, offset + m.start())
        if count is not None and m.start() > 0 and text[m.start() - 1] in _about_signs():
            # (s18) "~2,000 rounds", "≈300 fighters": an analyst's sign for "about"
            count = replace(count, approximate=True)
        if count is not None:
            out.append(count)
    return out


_OVER = re.compile(r"over\s+", re.IGNORECASE)


def _over_particle_verb(text: str, start: int) -> bool:
    """(s24) Whether the word before ``start`` is a verb whose particle is "over"
    (``over_particle_verbs``)."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 20) : start])
    return before is not None and before.group(1).lower() in _over_particle_verbs()


@lru_cache(maxsize=1)
def _over_particle_verbs() -> frozenset[str]:
    return frozenset(
        str(v) for v in load_data("quantity_cues.yaml").get("over_particle_verbs") or ()
    )


@lru_cache(maxsize=1)
def _about_signs() -> frozenset[str]:
    """Signs written for "about" right before a figure (``about_signs``: "~2,000")."""
    return frozenset(str(s) for s in load_data("quantity_cues.yaml").get("about_signs") or ())
