"""Publication dates: from file metadata ("2018-03-18", "D:20180318...") and from date lines.

A date line is a line of a report that is mostly a date, in any of the languages whose month and
weekday names are listed in ``data/date_names.yaml``; its cues ("Published:", "Опубликовано",
"تاريخ النشر"), filler words and byline prefixes come from ``data/metadata_cues.yaml``. Which
lines of a document to try is the business of :mod:`dossier.metadata`.

>>> parse_date_line("Опубликовано: 18 марта 2018 г.")
DateValue(value='2018-03-18', precision='day')
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from dossier.datafiles import literal_alternation, load_yaml
from dossier.language import LETTERS, fold
from dossier.records import DateValue

__all__ = ["has_date_cue", "parse_date", "parse_date_line"]


_TIME = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|[+-]\d{2}:?\d{2}|\b\d{1,2}\s*(?:am|pm)\b"
)


@cache
def _date_tables() -> tuple[dict[str, int], re.Pattern[str], frozenset[str], re.Pattern[str]]:
    names = load_yaml("date_names.yaml")
    months: dict[str, int] = {}
    for table in names["months"].values():
        for number, spellings in table.items():
            for spelling in spellings:
                key = fold(spelling)
                if months.setdefault(key, int(number)) != int(number):
                    raise ValueError(f"date_names.yaml: {spelling!r} names two months")
    weekdays = frozenset(fold(w) for ws in names["weekdays"].values() for w in ws)
    cues = load_yaml("metadata_cues.yaml")
    prefixes = literal_alternation([fold(p) for p in cues["date_prefixes"]])
    prefix_re = re.compile(rf"^(?:{prefixes})(?!{LETTERS})\s*[:：\-–—]?\s*")
    month_re = re.compile(rf"(?<!{LETTERS})(?:{literal_alternation(list(months))})(?!{LETTERS})")
    return months, month_re, weekdays, prefix_re


@cache
def _date_patterns() -> list[tuple[str, re.Pattern[str]]]:
    mon = _date_tables()[1].pattern
    day = r"(?P<d>[0-3]?\d)"
    year = r"(?P<y>(?:19|20)\d\d)"
    ordinal = r"(?:st|nd|rd|th|er|e|º|°|-?го|-е)?"
    return [
        (
            "iso",
            re.compile(
                r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?!\d)"
            ),
        ),
        (
            "dmy",
            re.compile(
                rf"(?<![\d.]){day}{ordinal}\.?\s*(?:de\s+|of\s+)?(?P<m>{mon})\.?\s*[,،]?\s*"
                rf"(?:de\s+|del\s+)?{year}(?!\d)"
            ),
        ),
        ("mdy", re.compile(rf"(?P<m>{mon})\.?\s*{day}{ordinal}\s*[,،]?\s*{year}(?!\d)")),
        (
            "num",
            re.compile(
                r"(?<![\d.])(?P<d>[0-3]?\d)(?P<s>[./-])(?P<m>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d)(?!\d)"
            ),
        ),
        ("my", re.compile(rf"(?P<m>{mon})\.?\s*[,،]?\s*(?:de\s+|del\s+)?{year}(?!\d)")),
    ]


def _date_value(year: int, month: int | None = None, day: int | None = None) -> DateValue | None:
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    if not 1900 <= year <= 2100:
        return None
    if day is not None and month is not None:
        return DateValue(f"{year:04d}-{month:02d}-{day:02d}", "day")
    if month is not None:
        return DateValue(f"{year:04d}-{month:02d}", "month")
    return DateValue(f"{year:04d}", "year")


def _match_date(text: str, language: str | None) -> tuple[DateValue, int, int] | None:
    """Find the first date in folded ``text``; return it with its span."""
    months = _date_tables()[0]
    for kind, pattern in _date_patterns():
        for m in pattern.finditer(text):
            year = int(m["y"])
            if kind == "iso":
                value = _date_value(year, int(m["m"]), int(m["d"]))
            elif kind == "num":
                first, second = int(m["d"]), int(m["m"])  # in the order written
                if m["s"] == "/" and first <= 12 and second <= 12:
                    # 03/04/2018: month first in English, day first elsewhere
                    month, day = (first, second) if language == "en" else (second, first)
                elif first <= 12 < second:  # 03.18.2018
                    month, day = first, second
                else:
                    day, month = first, second
                value = _date_value(year, month, day)
            elif kind == "my":
                value = _date_value(year, months[m["m"]])
            else:
                value = _date_value(year, months[m["m"]], int(m["d"]))
            if value:
                return value, m.start(), m.end()
    return None


def parse_date(value: str, language: str | None = None) -> DateValue | None:
    """Parse a date string from file metadata ("2018-03-18", "2018-03", "D:20180318...").

    Falls back to :func:`parse_date_line` rules for written dates ("18 March 2018").

    >>> parse_date("2018-03")
    DateValue(value='2018-03', precision='month')
    """
    text = value.strip()
    compact = re.match(r"^(?:D:)?((?:19|20)\d\d)([01]\d)?([0-3]\d)?(?:\d|[+\-Z']|$)", text)
    iso = re.match(r"^((?:19|20)\d\d)(?:-([01]?\d)(?:-([0-3]?\d))?)?(?:[T\s].*)?$", text)
    m = compact if text.startswith("D:") or text.isdigit() else iso
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        return _date_value(int(year), int(month) if month else None, int(day) if day else None)
    found = _match_date(fold(text), language)
    return found[0] if found else None


def has_date_cue(line: str) -> bool:
    """Whether ``line`` starts with a publication-date cue ("Published:", "Опубликовано").

    >>> has_date_cue("Published: 18 March 2018"), has_date_cue("18 March 2018")
    (True, False)
    """
    return _date_tables()[3].match(fold(line)) is not None


def _desk_line(line: str, n_words: int) -> bool:
    """A short capitalised byline set off from the date by a dash, bar or comma."""
    return (
        n_words <= 5
        and len(line) <= 80
        and re.search(r"\s[—–|-]\s|,", line) is not None
        and all(w[0].isupper() for w in re.findall(r"[^\W\d_]+", line))
    )


def parse_date_line(line: str, language: str | None = None) -> DateValue | None:
    """Return the date of ``line`` if the line is a date line, else None.

    A date line is one where the date is most of the line: it may carry a cue ("Published:",
    "Опубликовано", "تاريخ النشر"), a weekday, a time, a place or a short byline, but a date
    inside a sentence is not a date line.

    >>> parse_date_line("Published: Sunday, March 18, 2018 10:30 GMT")
    DateValue(value='2018-03-18', precision='day')
    >>> parse_date_line("The group attacked the base on March 18, 2018 and withdrew.") is None
    True
    """
    text = fold(" ".join(line.split()))
    if not text or len(text) > 160:
        return None
    _, _, weekdays, prefix_re = _date_tables()
    prefix = prefix_re.match(text)
    body = text[prefix.end() :] if prefix else text
    found = _match_date(body, language)
    if found is None:
        if prefix:  # "Published: 2018"
            year = re.fullmatch(r"\W*((?:19|20)\d\d)\W*", body)
            return _date_value(int(year.group(1))) if year else None
        return None
    value, start, end = found
    rest = _TIME.sub(" ", body[:start] + " " + body[end:])
    fillers = frozenset(fold(w) for w in load_yaml("metadata_cues.yaml")["date_fillers"]) | weekdays
    words = [w for w in re.findall(rf"{LETTERS}+(?:[-.]{LETTERS}+)*", rest) if w not in fillers]
    numbers = re.findall(r"\d+", rest)
    bylines = {fold(b) for b in load_yaml("metadata_cues.yaml")["byline_prefixes"]}
    if len(numbers) > 3:
        return None
    if words and words[0] in bylines:
        return value if len(words) <= 6 else None
    if prefix:
        return value if len(words) <= 3 else None
    if len(words) > 2 and _desk_line(line, len(words)):
        return value  # "Middle East Desk — 9 January 2025", "Kabul Bureau | 3 May 2021"
    if len(words) > 2 or len(text) > 80:
        return None
    if text.rstrip().endswith(".") and not re.search(r"(?:\bг|\d)\.$", text.rstrip()):
        return None
    return value
