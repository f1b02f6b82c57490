"""Relation periods: a period phrase right after a relation's match.

"X split from Y *after the 2016 peace agreement*", "X has been based in P *since the 2013
takeover*", "X led Y *until his death in May 2021*", "... *until he was killed in July
2024*": the phrase opens with a preposition of ``period_preps_after`` and closes on a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dossier.extract.common import SentenceView, clause_period
from dossier.extract.relation_patterns import relation_lexicon
from dossier.records import Timex

__all__ = ["complete_range", "period_phrase_after"]

# the words that join a range's start to its end: "from August 2020 to August 2021"
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|and|-|–|—)\s*", re.IGNORECASE)


def period_phrase_after(
    text: str, view: SentenceView, end: int, timexes: Sequence[Timex]
) -> str | None:
    """A period phrase right after the match: "X split from Y after the 2016 peace
    agreement", "X has been based in P since the 2013 takeover", "X led Y until his
    death in May 2021", "... until he was killed in July 2024"."""
    tail = text[end : view.end]
    at = end + len(tail) - len(tail.lstrip(" ,"))
    if not relation_lexicon().period_prep.match(text, at, view.end):
        return None
    found = clause_period(text, (at, view.end), at, timexes)
    if found and text.startswith(found.split(", ")[0], at):
        # "until his death in May 2021": the date of the phrase's event right after it
        f_end = at + len(found.split(", ")[0])
        date = _date_at(text, view, f_end, r"\s+(?:in|on)\s+", timexes)
        return text[at:date] if date and ", " not in found else found
    # "until he was killed in July 2024": a short clause that closes on its date
    date = _date_at(text, view, at, r"[^,;.()\"“”]{1,50}?", timexes)
    if date is not None:
        return text[at:date]
    return None


def _date_at(
    text: str, view: SentenceView, start: int, gap: str, timexes: Sequence[Timex]
) -> int | None:
    """The end of a date that follows ``start`` across ``gap`` (a regex), if any."""
    for t in sorted(timexes, key=lambda t: t.start):
        if t.type == "SET" or not (start < t.start and t.end <= view.end):
            continue
        if re.fullmatch(gap, text[start : t.start]) and not re.search(
            r"\b(?:and|but|when|while|which|who|where|whereas|after|before)\b",
            text[start + 1 : t.start],
            re.IGNORECASE,
        ):
            return t.end
    return None


def complete_range(text: str, view: SentenceView, period: str, timexes: Sequence[Timex]) -> str:
    """``period`` with the end of its range where the sentence states one: "from August
    2020" followed by "to August 2021" is "from August 2020 to August 2021"; "between 2016
    and 2019" likewise. A period that opens no range is returned as it is."""
    if not re.match(r"(?i)(?:from|between)\b", period):
        return period
    at = text.find(period, view.start, view.end)
    if at < 0:
        return period
    end = at + len(period)
    join = _RANGE_JOIN.match(text, end, view.end)
    if join is None or (
        join.group(0).strip().lower() == "and" and not period.lower().startswith("between")
    ):
        return period
    for t in timexes:
        if t.start == join.end() and t.end <= view.end and t.type != "SET":
            return text[at : t.end]
    return period
