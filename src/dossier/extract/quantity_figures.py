"""Figures without a counted noun of their own: money, elliptical and anaphoric figures.

A currency sign makes a figure money ("$700 million a year"); a figure whose noun is left out
("while JAS has *fewer than 1,500*") or that "the figure" stands for ("some sources put the
figure as low as 20,000") counts what a nearby figure counts, its :func:`donor_figure`. The
cue words come from ``data/extract/quantity_cues.yaml``.

A figure alone in a cell of a table row (Markdown pipes, as the cleaned text of Markdown and
HTML tables keeps them) is read as "label: figure", the label being the row's first cell:
"| TTP fighters in Afghanistan | 6,000–6,500 | UN Monitoring Team, July 2023 |"
(:func:`dossier.extract.tables.pipe_rows`, :func:`figure_cell`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from dossier.extract.common import Count, SentenceView, clause_bounds, find_counts, load_data
from dossier.extract.quantity_measures import token_at
from dossier.nlp.text import doc_text
from dossier.records import Quantity

__all__ = [
    "context_cues",
    "donor_figure",
    "figure_cell",
    "is_anaphoric",
    "gapped_subject",
    "is_elliptical",
    "is_money",
    "is_ransom",
    "is_reward",
]


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
    if re.match(r"N\d", count.text.lstrip()) or re.search(r"\bN\d", count.text):
        return True  # "N50 million": naira
    if _currency_code().search(text, max(0, count.start - 12), count.start):
        return True  # "FCFA 5 million", "PHP 3.4 million"
    return any(s in count.text or before.endswith(s) for s in signs)


@lru_cache(maxsize=1)
def _currency_code() -> re.Pattern[str]:
    """A currency code right before a figure (``currency_codes`` of ``quantity_cues.yaml``)."""
    codes = load_data("quantity_cues.yaml").get("currency_codes") or ()
    words = "|".join(re.escape(str(c)) for c in codes) or "(?!x)x"
    return re.compile(rf"(?<![\w.])(?:{words})\.?[ \t]?$")


@lru_cache(maxsize=1)
def _ransom_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(
        re.escape(str(w)) for w in load_data("quantity_cues.yaml").get("ransom_words") or ()
    )
    words = words or "(?!x)x"
    before = re.compile(
        rf"\b(?:{words})(?:\s+(?:demands?|payments?|money|sums?|fees?|amounts?))?\s*"
        r"(?:of|totall?ing|amounting\s+to|worth|reaching|[:(]"
        # "a ransom reportedly set at US$1 million per person"
        r"|(?:\s*(?:was|were|is|had\s+been|reportedly|initially|later)\s+)*"
        r"(?:set|fixed|put|pegged)\s+at)\s*$",
        re.IGNORECASE,
    )
    after = re.compile(
        rf"^(?:\s+[\w.]+){{0,2}}?\s+(?:in|as)\s+(?:an?\s+|the\s+)?(?:{words})\b",
        re.IGNORECASE,
    )
    return before, after


def is_ransom(text: str, count: Count) -> bool:
    """Money that is a ransom: "demanded a ransom of 50 million naira", "paid $2 million in
    ransoms", "N5 million as ransom" (``ransom_words`` right before the figure, or after it
    and its currency)."""
    before, after = _ransom_regexes()
    start = count.start
    if text[max(0, start - 3) : start].rstrip().endswith(("$", "€", "£", "₦")):
        start = text.rfind(" ", 0, start) + 1  # "a ransom of $2 million": from the sign
    code = _currency_code().search(text, max(0, start - 12), start)
    if code is not None:
        start = code.start()  # "a ransom of around FCFA 5 million": from the code
    approx = re.search(
        r"\b(?:about|around|some|nearly|almost|roughly|up\s+to|as\s+much\s+as)\s+$",
        text[max(0, start - 20) : start],
        re.IGNORECASE,
    )
    if approx is not None:
        start = max(0, start - 20) + approx.start()
    if before.search(text[max(0, start - 60) : start]) or after.match(text[count.end :][:60]):
        return True
    verb, captivity = _ransom_verb_regexes()
    if not verb.search(text[max(0, start - 40) : start]):
        return False
    # "the kidnappers ... demanded US$200,000": a demand in a sentence about a kidnapping
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return captivity.search(text, max(sentence_start, start - 250), start) is not None


@lru_cache(maxsize=1)
def _ransom_verb_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = load_data("quantity_cues.yaml")
    verbs = "|".join(re.escape(str(w)) for w in cues.get("ransom_verbs") or ()) or "(?!x)x"
    words = "|".join(re.escape(str(w)) for w in cues.get("captivity_words") or ()) or "(?!x)x"
    verb = re.compile(
        rf"\b(?:{verbs})\s+(?:(?:a|an|the|about|some|around|nearly|almost|up\s+to|as\s+much\s+as"
        r"|more\s+than|over|only|just)\s+)*(?:US|USD|CFA|FCFA|N)?\s*[$€£₦]?\s*$",
        re.IGNORECASE,
    )
    return verb, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _reward_before() -> re.Pattern[str]:
    words = "|".join(
        re.escape(str(w)) for w in load_data("quantity_cues.yaml").get("reward_words") or ()
    )
    return re.compile(
        rf"\b(?:{words or '(?!x)x'})\s*(?:of|totall?ing|worth|[:(])\s*"
        r"(?:(?:up\s+to|as\s+much\s+as|some|about|nearly|almost)\s+)?[$€£₦]?\s*$",
        re.IGNORECASE,
    )


def is_reward(text: str, count: Count) -> bool:
    """Money offered as a reward: "a reward of up to $6 million" (``reward_words`` right
    before the figure)."""
    return bool(_reward_before().search(text[max(0, count.start - 60) : count.start]))


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
    if nxt is not None and _AGO.match(doc_text(doc), nxt.idx):
        return True  # "compared with 4,000 to 5,000 a decade ago": a time, not a noun
    return nxt is None or (
        nxt.pos_ in ("PUNCT", "ADP", "CCONJ", "SCONJ", "ADV") and nxt.lower_ not in ("of", "%")
    )


def gapped_subject(doc: Doc, count: Count) -> tuple[int, int] | None:
    """The noun phrase of a clause whose verb is left out: "ISWAP is estimated to have 3,000
    fighters; *the Bakura faction* perhaps 1,500", "JNIM has 6,000 fighters and *ISGS*
    about 2,000" (after a semicolon, a comma or "and"/"while", only a noun phrase before the
    figure and nothing after it). Its character span, or None."""
    first, last = token_at(doc, count.start), token_at(doc, count.end - 1)
    if first is None or last is None:
        return None
    sent = first.sent
    nxt = doc[last.i + 1] if last.i + 1 < sent.end else None
    if nxt is not None and not (nxt.is_punct and nxt.lower_ not in ("-", "%")):
        return None
    i = first.i - 1
    while i > sent.start and not (
        doc[i].lower_ in (";", ",", "while", "whereas", "and") and doc[i].i < first.i
    ):
        i -= 1
    if i <= sent.start or first.i - i < 2 or first.i - i > 7:
        return None
    words = doc[i + 1 : first.i]
    if any(t.pos_ in ("VERB", "AUX") for t in words) or words[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    # the clause before names a figure of its own ("... 3,000 fighters;")
    if not any(t.like_num for t in doc[sent.start : i]):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


# a time phrase right after an elliptical figure: "a decade ago", "two years earlier",
# "last year"
_AGO = re.compile(
    r"(?i)(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:years?|decades?|months?)\s+(?:ago|earlier|before|previously)|last\s+(?:year|decade))\b"
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


# -- table rows ------------------------------------------------------------------------------

# what may stand beside a figure in its cell: a tilde, a footnote mark, a parenthesis
# (and quotation marks: '"dozens" (residents)')
_CELL_REST = re.compile(r"[\s~≈*†‡+\"“”]*(?:\([^)]*\)|\[[^\]]*\])?[\s*†‡\"“”]*")


def figure_cell(text: str, cell: tuple[int, int]) -> Count | None:
    """The count a cell holds when it holds nothing else ("6,000–6,500", "about 650",
    "~1,200 (est.)")."""
    counts = find_counts(text[cell[0] : cell[1]], cell[0])
    if len(counts) != 1:
        return None
    c = counts[0]
    rest = text[cell[0] : c.start] + text[c.end : cell[1]]
    if not _CELL_REST.fullmatch(rest):
        return None
    if re.search(r"[~≈]", text[cell[0] : c.start]):
        return replace(c, approximate=True)  # (s16) "~12": a rounded figure
    return c
