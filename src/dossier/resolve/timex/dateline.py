"""The document date given by a dateline or byline near the start of a document.

:func:`wire_dateline` reads the dateline that opens a wire story ("LIMA, 10 JAN 90 (EFE) --",
"ADEN, Yemen, June 13, 2024 (Reuters) -", "WASHINGTON (AP) — March 4, 2019 —") with its
agency; :func:`parse_dateline` reads the document date from it, from bylines ("Published: 4
March 2019") and from lines holding only a date (also with Arabic month names).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dossier.records import DateValue
from dossier.resolve.timex.lexicon import _lexicon
from dossier.resolve.timex.values import _two_digit_year

__all__ = ["WireDateline", "parse_dateline", "wire_dateline"]


@dataclass(frozen=True)
class WireDateline:
    """The dateline that opens a wire story: "ADEN, Yemen, June 13, 2024 (Reuters) - ".

    ``date`` is None when the dateline has no year ("GOMA, May 3 (Reuters) -") or no date
    ("MAIDUGURI, Nigeria (Reuters) -"); ``agency`` is the news agency in brackets;
    ``line`` is the index of the line among the first non-empty lines, ``end`` where the
    story starts in that line; ``month_day`` the (month, day) of a dateline's date, with a
    year or without one ("Nov 9" → (11, 9)), for the year to be found elsewhere.
    """

    date: DateValue | None
    agency: str | None
    line: int
    end: int
    month_day: tuple[int, int] | None = None


@lru_cache(maxsize=1)
def _wire_re() -> re.Pattern[str]:
    lx = _lexicon()
    month, wday = lx.month_re, lx.weekday_re
    word = r"[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?"
    date = (
        rf"(?:(?:{wday}),?[ \t]+)?(?:(?:{month})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{month}),?(?:[ \t]+(?:\d{{4}}|\d\d))?)(?![\w])"
    )
    dash = r"[ \t]*(?:-{1,2}|–|—|_)[ \t]*"
    return re.compile(
        # the city: a few words ("ADEN", "MEXICO CITY", "Kabul" before an agency)
        rf"^[ \t]*(?P<city>{word}(?:[ \t]+{word}){{0,3}}?)"
        # a region in brackets: "MEXICO CITY (MEXICO), 12 JAN 90"
        r"(?:[ \t]*\([^()\n]{2,30}\)(?=,))?"
        # a state or country: "ADEN, Yemen," "GOMA, Democratic Republic of Congo,"
        rf"(?:,[ \t]*(?:{word})(?:[ \t]+(?:{word})){{0,4}}){{0,2}}?"
        rf"(?:,?[ \t]*(?P<date>{date}))?"
        r"(?:[ \t]*\((?P<agency>[^\W\d_][^()\n]{0,39})\))?"
        + dash
        + rf"(?:(?P<date2>{date}){dash})?"
    )


def _wire_date(text: str | None) -> DateValue | None:
    """The day of a dateline's date ("June 13, 2024", "3 May 2024", "10 JAN 90"); None
    without a year."""
    if not text:
        return None
    month = next((n for w in re.findall(r"[^\W\d_]+", text) if (n := _month_from_name(w))), None)
    numbers = re.findall(r"\d+", text)
    years = [n for n in numbers[1:] if len(n) in (2, 4)]
    if month is None or len(numbers) < 2 or not years:
        return None
    day, year = int(numbers[0]), years[-1]
    try:
        y = int(year) if len(year) == 4 else _two_digit_year(year)
        return DateValue(dt.date(y, month, day).isoformat(), "day")
    except ValueError:
        return None


def _wire_month_day(text: str | None) -> tuple[int, int] | None:
    """(month, day) of a dateline's date, with or without a year ("Nov 9" → (11, 9))."""
    if not text:
        return None
    month = next((n for w in re.findall(r"[^\W\d_]+", text) if (n := _month_from_name(w))), None)
    days = re.findall(r"\d+", text)
    if month is None or not days or not 1 <= int(days[0]) <= 31:
        return None
    try:
        dt.date(2000, month, int(days[0]))  # a leap year: 29 February is a day
    except ValueError:
        return None
    return month, int(days[0])


def _read_wire(
    line: str,
) -> tuple[DateValue | None, str | None, int, tuple[int, int] | None] | None:
    m = _wire_re().match(line)
    if m is None or not (m["date"] or m["agency"] or m["date2"]):
        return None
    city = m["city"]
    if _month_from_name(city.split()[0]) and not m["agency"]:
        return None  # "May 3, 2024 - ..." is a date line, not a dateline
    capitals = sum(ch.isupper() for ch in city) >= 2 and city == city.upper()
    named = all(w[0].isupper() for w in city.split())
    if not (capitals or (m["agency"] and named)):
        return None  # "Kabul (AFP) -" may be in title case, a sentence never
    agency = " ".join(m["agency"].split()) if m["agency"] else None
    date = _wire_date(m["date"]) or _wire_date(m["date2"])
    return date, agency, m.end(), _wire_month_day(m["date"]) or _wire_month_day(m["date2"])


def wire_dateline(text: str) -> WireDateline | None:
    """The wire dateline among the first lines of ``text``, if one opens the story.

    A dateline is a city in capitals (or a capitalised city before an agency), an optional
    state or country, an optional date and an optional agency in brackets, then a dash:
    "ADEN, Yemen, June 13, 2024 (Reuters) - ", "KANO, Nigeria, 3 May 2024 (AFP) — ",
    "MAIDUGURI, Nigeria (Reuters) - ", "LIMA, 10 JAN 90 (EFE) -- ",
    "WASHINGTON (AP) — March 4, 2019 — ". It must hold a date or an agency.

    Example::

        >>> wire_dateline("ADEN, Yemen, June 13, 2024 (Reuters) - A carrier was hit.")
        WireDateline(date=DateValue(value='2024-06-13', precision='day'), agency='Reuters', line=0, end=39, month_day=(6, 13))
    """
    lines = [ln for ln in text[:3000].splitlines() if ln.strip()][:8]
    for i, line in enumerate(lines):
        found = _read_wire(line)
        if found:
            return WireDateline(found[0], found[1], i, found[2], found[3])
    return None


_DATELINE_PATTERNS = (
    # Published: 4 March 2019   |   Updated on March 4, 2019
    r"^(?:Published|Posted|Updated|Date|Dated)(?:\s+on)?\s*:?\s*(?:[A-Za-z]+,?\s+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+(?P<year>\d{4})|"
    r"(?P<month2>[A-Za-z]{3,9})\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year2>\d{4}))",
    # a line that is just a date: "18 March 2018", "March 18, 2018", "18 مارس، 2018", "2018-03-18"
    r"^(?:[A-Za-z]+,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[^\W\d_]{3,9}(?:\s[^\W\d_]+)?)"
    r"\.?[,،]?\s+(?P<year>\d{4})\s*$",
    r"^(?:[A-Za-z]+,?\s+)?(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>\d{4})\s*$",
    r"^(?P<year>\d{4})-(?P<mnum>\d\d)-(?P<day>\d\d)\s*$",
)


def _month_from_name(name: str) -> int | None:
    lx = _lexicon()
    key = name.lower().rstrip(".")
    if key in lx.months:
        return lx.months[key]
    for full, num in lx.months.items():
        if len(key) >= 3 and full.startswith(key):
            return num
    return lx.arabic_months.get(name.strip())


def parse_dateline(text: str) -> DateValue | None:
    """The document date given by a news dateline or byline near the start of ``text``.

    Reads wire datelines (:func:`wire_dateline`: "LIMA, 10 JAN 90 (EFE) --", two-digit
    years as 19xx; "ADEN, Yemen, June 13, 2024 (Reuters) -"; agency datelines
    "WASHINGTON (AP) — March 4, 2019"), bylines ("Published: 4 March 2019")
    and a line holding only a date (also with Arabic month names: "18 مارس، 2018") among the
    first lines of the document. Returns ``None`` when there is none ("NO DATE").

    Example::

        >>> parse_dateline("SAN SALVADOR, 12 APR 89 (ACAN-EFE) -- [TEXT] ...")
        DateValue(value='1989-04-12', precision='day')
    """
    wire = wire_dateline(text)
    if wire is not None and wire.date is not None:
        return wire.date
    lines = [ln.strip() for ln in text[:2000].splitlines() if ln.strip()][:8]
    for line in lines:
        for pattern in _DATELINE_PATTERNS:
            m = re.match(pattern, line)
            if not m:
                continue
            gd = {k: v for k, v in m.groupdict().items() if v}
            day = gd.get("day") or gd.get("day2")
            year = gd.get("year") or gd.get("year2")
            month_name = gd.get("month") or gd.get("month2")
            month = (
                int(gd["mnum"])
                if "mnum" in gd
                else (_month_from_name(month_name) if month_name else None)
            )
            if not (day and year and month):
                continue
            y = int(year) if len(year) == 4 else _two_digit_year(year)
            try:
                return DateValue(dt.date(y, month, int(day)).isoformat(), "day")
            except ValueError:
                continue
    return None
