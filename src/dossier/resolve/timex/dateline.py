"""The document date given by a dateline or byline near the start of a document.

:func:`parse_dateline` reads wire datelines ("LIMA, 10 JAN 90 (EFE) --"), agency datelines
("WASHINGTON (AP) — March 4, 2019"), bylines ("Published: 4 March 2019") and lines holding only
a date (also with Arabic month names).
"""

from __future__ import annotations

import datetime as dt
import re

from dossier.records import DateValue
from dossier.resolve.timex.lexicon import _lexicon
from dossier.resolve.timex.values import _two_digit_year

_DATELINE_PATTERNS = (
    # LIMA, 10 JAN 90 (EFE) --   |   SAN SALVADOR, 12 APR 89 (ACAN-EFE) -- [TEXT]
    r"^[A-Z][A-Z .'()-]*,\s*(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d{2}|\d{4})\b",
    # BAMAKO, June 19, 2023 (Reuters) -
    r"^[A-Z][A-Z .'-]*,\s*(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})"
    r"\s*\([A-Za-z .-]+\)",
    # WASHINGTON (AP) — March 4, 2019
    r"^[A-Z][A-Za-z .'-]*(?:,\s*[A-Za-z .]+)?\s*\([A-Za-z .-]+\)\s*[-—–_]+\s*"
    r"(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})",
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

    Reads wire datelines ("LIMA, 10 JAN 90 (EFE) --", two-digit years as 19xx),
    agency datelines ("WASHINGTON (AP) — March 4, 2019"), bylines ("Published: 4 March 2019")
    and a line holding only a date (also with Arabic month names: "18 مارس، 2018") among the
    first lines of the document. Returns ``None`` when there is none ("NO DATE").

    Example::

        >>> parse_dateline("SAN SALVADOR, 12 APR 89 (ACAN-EFE) -- [TEXT] ...")
        DateValue(value='1989-04-12', precision='day')
    """
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
