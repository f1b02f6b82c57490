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
import sys
import unicodedata
from functools import cache

from dossier.datafiles import literal_alternation, load_yaml
from dossier.language import LETTERS
from dossier.language import fold as _fold_letters
from dossier.records import DateValue

__all__ = [
    "blank_date_field",
    "compilation_words",
    "date_prefixes",
    "dtg_regex",
    "dtg_value",
    "full_dates",
    "has_date_cue",
    "numeric_date_order",
    "parse_date",
    "parse_date_line",
    "rank_date_line",
]


_LAST_DIGIT_PLANE_END = 0x2FFFF


@cache
def _digit_table() -> dict[int, str]:
    """(s23) Every decimal digit of every script (Unicode category Nd: Burmese "၃၀", Thai
    "๓๐", Khmer, Bengali, Devanagari, Arabic-Indic, Persian, fullwidth ...) to its ASCII digit,
    read from the Unicode database rather than listed script by script."""
    table: dict[int, str] = {}
    # every decimal digit Unicode defines lies below the supplementary private planes
    for cp in range(0x80, min(sys.maxunicode, _LAST_DIGIT_PLANE_END) + 1):
        ch = chr(cp)
        value = unicodedata.decimal(ch, None)
        if value is not None:
            table[cp] = str(value)
    return table


def fold(text: str) -> str:
    """:func:`dossier.language.fold` with the digits of every script as ASCII digits (one
    character for one, so offsets into the folded text stay those of ``text``)."""
    return _fold_letters(text.translate(_digit_table()))


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
    prefixes = literal_alternation([fold(p) for p in date_prefixes()])
    prefix_re = re.compile(rf"^(?:{prefixes})(?!{LETTERS})\s*[:：\-–—]?\s*")
    month_re = re.compile(rf"(?<!{LETTERS})(?:{literal_alternation(list(months))})(?!{LETTERS})")
    return months, month_re, weekdays, prefix_re


@cache
def date_prefixes() -> tuple[str, ...]:
    """The cues that open a publication-date line ("Published:", "تاريخ النشر", "दिनांक"):
    ``date_prefixes`` of ``data/metadata_cues.yaml`` and (s22) of ``data/metadata_dates.yaml``."""
    return tuple(
        str(p)
        for name in ("metadata_cues.yaml", "metadata_dates.yaml")
        for p in load_yaml(name)["date_prefixes"]
    )


def is_date_word(word: str) -> bool:
    """Whether ``word`` is a month or weekday name or a filler of a date line ("on", "of").

    >>> is_date_word("Sept"), is_date_word("Tuesday"), is_date_word("Digest")
    (True, True, False)
    """
    key = fold(word)
    months, _, weekdays, _ = _date_tables()
    return key in months or key in weekdays or key in _cues()[0]


@cache
def dtg_regex() -> str:
    """The regex of a military date-time group: day, hour and minute, a time-zone letter,
    the month in three English letters and the year in two or four digits, spaced or run
    together ("150600Z SEP 24", "051830ZJAN25"); its groups ``dtg_d``, ``dtg_m``, ``dtg_y``
    are read by :func:`dtg_value`. The timex patterns use it too, so that both stages read
    a DTG alike. Case is the caller's to ignore.

    >>> re.fullmatch(dtg_regex(), "051830zjan25") is not None
    True
    """
    english = load_yaml("date_names.yaml")["months"]["en"]
    abbreviations = sorted({str(s) for ss in english.values() for s in ss if len(str(s)) == 3})
    return (
        r"(?<![\w])(?P<dtg_d>[0-3]\d)[0-2]\d[0-5]\d[a-zA-Z]?\s*"
        rf"(?P<dtg_m>{'|'.join(abbreviations)})\s*(?P<dtg_y>(?:19|20)?\d\d)(?!\w)"
    )


def dtg_value(m: re.Match[str]) -> DateValue | None:
    """The day of a date-time group matched by :func:`dtg_regex`; a two-digit year is of
    this century ("JAN 25": 2025), for such messages are current.

    >>> dtg_value(re.match(dtg_regex(), "051830ZJAN25", re.IGNORECASE))
    DateValue(value='2025-01-05', precision='day')
    """
    months = _date_tables()[0]
    year = int(m["dtg_y"])
    year += 2000 if year < 100 else 0
    return _date_value(year, months[fold(m["dtg_m"])], int(m["dtg_d"]))


@cache
def _range_joiner() -> str:
    """What joins the two ends of a period ("12-18", "12 to 18"), folded."""
    words = literal_alternation(
        [fold(w) for w in load_yaml("metadata_cues.yaml")["date_range_words"]]
    )
    return rf"\s*(?:[-–—]+|(?:{words})(?!{LETTERS}))\s*"


# the year every pattern of :func:`_date_patterns` but "dtg" contains
_YEAR_PROBE = re.compile(r"(?:19|20)\d\d")


@cache
def _date_patterns() -> list[tuple[str, re.Pattern[str]]]:
    mon = _date_tables()[1].pattern
    day = r"(?P<d>[0-3]?\d)"
    year = r"(?P<y>(?:19|20)\d\d)"
    # (s22) "3ê Mijdarê 2025": the Kurmanji ezafe ending of a day
    # and "٣ی تشرینی دووەم ٢٠٢٥", the Sorani one
    ordinal = r"(?:st|nd|rd|th|er|e|ê|ی|º|°|-?го|-е)?"
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
        # (s23) year first ("၂၀၂၆ ခုနှစ် ဇွန်လ ၃၀ ရက်", "2026. június 30."): the year with a
        # full stop or a word for "year" after it, then the month, then the day
        (
            "ymd",
            re.compile(
                rf"(?<![\d.]){year}(?:\.\s*|\s*(?:{_year_first()[0]})\s*)(?P<m>{mon})\.?\s*"
                rf"{day}(?:\s*(?:{_year_first()[1]})|\.)?(?!\d)"
            ),
        ),
        # a period written month first, "April 12-18, 2025": dated by its last day
        (
            "mdr",
            re.compile(
                rf"(?P<m>{mon})\.?\s*[0-3]?\d{ordinal}{_range_joiner()}{day}{ordinal}\s*[,،]?\s*"
                rf"{year}(?!\d)"
            ),
        ),
        (
            "num",
            re.compile(
                r"(?<![\d.])(?P<d>[0-3]?\d)(?P<s>[./-])(?P<m>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d)(?!\d)"
            ),
        ),
        # (s18) a military date-time group ("150600Z SEP 24", "051830ZJAN25"): see dtg_regex
        ("dtg", re.compile(dtg_regex(), re.IGNORECASE)),
        ("my", re.compile(rf"(?P<m>{mon})\.?\s*[,،]?\s*(?:de\s+|del\s+)?{year}(?!\d)")),
    ]


@cache
def _year_first() -> tuple[str, str]:
    """The words for "year" after a year written first and for "day" after its day
    (``year_first`` of ``data/date_names.yaml``), folded, as regex alternations."""
    data = load_yaml("date_names.yaml")["year_first"]
    return (
        literal_alternation([fold(str(w)) for w in data["year_words"]]),
        literal_alternation([fold(str(w)) for w in data["day_words"]]),
    )


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


# A date written in digits, day and month in either order: 14/05/2024, 05.14.2024, 3-5-2024
NUMERIC_DATE = re.compile(
    r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<s>[./-])(?P<b>[0-3]?\d)(?P=s)(?P<y>(?:19|20)\d\d)(?![\d/-])"
)


def numeric_date_order(text: str) -> str:
    """Whether the all-digit dates of a document put the day first ("dmy") or the month ("mdy").

    The document decides, not each date: a date whose first field cannot be a month
    (14/05/2024) makes the document day-first, one whose second field cannot be
    (05/14/2024) month-first, the more frequent kind winning. Without such a date, written
    dates decide: a document that writes "June 13, 2024" / "June 13" more often than
    "13 June 2024" / "13 June" is in US style, month-first. Otherwise day first, the order of
    most of the world's reports (UN, NGO and government bulletins outside the US).

    >>> numeric_date_order("Reporting period: 01/05/2024 – 31/05/2024")
    'dmy'
    >>> numeric_date_order("WASHINGTON, June 13, 2024 - The memo dated 06/11/2024 said")
    'mdy'
    """
    day_first = month_first = 0
    for m in NUMERIC_DATE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if 12 < a <= 31 and 1 <= b <= 12:
            day_first += 1
        elif 12 < b <= 31 and 1 <= a <= 12:
            month_first += 1
    if day_first != month_first:
        return "dmy" if day_first > month_first else "mdy"
    folded = fold(text)
    mon = _date_tables()[1].pattern
    us = len(re.findall(rf"{mon}\.?\s+[0-3]?\d(?:st|nd|rd|th)?(?![\d:])", folded))
    dm = len(re.findall(rf"(?<![\d.,])[0-3]?\d(?:st|nd|rd|th)?\.?\s+(?:of\s+)?{mon}", folded))
    return "mdy" if us > dm else "dmy"


def _numeric_fields(
    first: int, second: int, sep: str, language: str | None, order: str | None
) -> tuple[int, int]:
    """(month, day) of a date written in digits, fields in the order written."""
    if first > 12 >= second:
        return second, first  # 18/03/2018
    if second > 12 >= first:
        return first, second  # 03.18.2018
    if order is not None:  # the document's convention (numeric_date_order)
        return (first, second) if order == "mdy" else (second, first)
    if sep == "/":
        # 03/04/2018 on a line alone: month first in English, day first elsewhere
        return (first, second) if language == "en" else (second, first)
    return second, first


def _value_of(
    kind: str, m: re.Match[str], language: str | None, order: str | None
) -> DateValue | None:
    months = _date_tables()[0]
    if kind == "dtg":
        return dtg_value(m)
    year = int(m["y"])
    if kind == "iso":
        return _date_value(year, int(m["m"]), int(m["d"]))
    if kind == "num":
        month, day = _numeric_fields(int(m["d"]), int(m["m"]), m["s"], language, order)
        return _date_value(year, month, day)
    if kind == "my":
        return _date_value(year, months[m["m"]])
    return _date_value(year, months[m["m"]], int(m["d"]))


def _match_date(
    text: str, language: str | None, order: str | None = None
) -> tuple[DateValue, int, int, str] | None:
    """Find the first date in folded ``text`` (by rule, then position); return it with its
    span and the kind of its rule ("mdr" for a period written month first).

    ``order`` ("dmy" or "mdy", see :func:`numeric_date_order`) reads a date in digits whose
    day and month could be swapped (03/04/2018); without it the language decides.
    """
    for kind, pattern in _date_patterns():
        for m in pattern.finditer(text):
            value = _value_of(kind, m, language, order)
            if value:
                return value, m.start(), m.end(), kind
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


@cache
def _blank_values() -> frozenset[str]:
    return frozenset(fold(str(v)) for v in load_yaml("metadata_dates.yaml")["blank_date_values"])


def blank_date_field(line: str) -> bool:
    """(s22) Whether ``line`` is a publication-date field that says the report has no date
    ("Published: n/d", "**Date:** —", "Fecha: s.f.").

    >>> blank_date_field("**Published:** n/d"), blank_date_field("Published: 3 May 2025")
    (True, False)
    """
    text = fold(line.strip(" *_#>|"))
    m = _date_tables()[3].match(text)
    if m is None or re.sub(r"[\s:：\-–—]+$", "", m.group(0)).strip() in _update_cues():
        return False  # "Updated: n/a" says nothing of the publication
    rest = text[m.end() :].strip(" *_|.:")
    return rest != "" and rest in _blank_values() or re.fullmatch(r"[-–—\s]+", rest) is not None


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    """Filler words, byline prefixes, desk-line words and the range separator, folded."""
    cues = load_yaml("metadata_cues.yaml")
    folded = [frozenset(fold(w) for w in cues[k]) for k in ("date_fillers", "byline_prefixes")]
    desk = frozenset(fold(w) for w in cues["desk_words"])
    words = literal_alternation([fold(w) for w in cues["date_range_words"]])
    range_re = re.compile(rf"\s*(?:[-–—]+|(?:{words})(?!{LETTERS}))\s*")
    return folded[0], folded[1], desk, range_re


@cache
def _update_cues() -> frozenset[str]:
    """Date-line cues that date a revision, not the publication ("Updated:"), folded."""
    return frozenset(fold(p) for p in load_yaml("metadata_cues.yaml")["update_date_prefixes"])


@cache
def _period_start() -> re.Pattern[str]:
    """The first day of a period written before its last ("12-18 April 2025", "3 to 9 May
    2024", "28 March - 3 April 2025"), as the end of the folded text before the last date."""
    words = literal_alternation(
        [fold(w) for w in load_yaml("metadata_cues.yaml")["date_range_words"]]
    )
    mon = _date_tables()[1].pattern
    return re.compile(
        rf"(?<![\d.:])[0-3]?\d(?:st|nd|rd|th|er)?\.?(?:\s*{mon}\.?)?"
        rf"\s*(?:[-–—]+|(?:{words})(?!{LETTERS}))\s*$"
    )


# How well a date line names the publication date, best first: a publication cue
# ("Published:", "Posted:"), a bare date, a revision cue ("Updated:"), a period (the span a
# report covers, "12-18 April 2025", dated by its end).
RANK_PUBLISHED, RANK_PLAIN, RANK_UPDATED, RANK_PERIOD = range(4)


def _desk_line(line: str, n_words: int) -> bool:
    """A short byline set off from the date by a dash, bar or comma: its words capitalised or
    words that name a desk or a kind of report ("Khyber Desk briefing — 22 March 2024")."""
    desk = _cues()[2]
    words = re.findall(r"[^\W\d_]+", line)
    return (
        n_words <= 5
        and len(line) <= 80
        and re.search(r"\s[—–|-]\s|,", line) is not None
        and bool(words)
        and words[0][0].isupper()
        and all(w[0].isupper() or fold(w) in desk for w in words)
    )


def _date_at(
    text: str, pos: int, language: str | None, order: str | None
) -> tuple[DateValue, int] | None:
    """The date that starts at ``pos`` of folded ``text`` and where it ends, if any."""
    for kind, pattern in _date_patterns():
        m = pattern.match(text, pos)
        if m:
            value = _value_of(kind, m, language, order)
            if value:
                return value, m.end()
    return None


# separators of the cells of a header line ("Desk briefing | Published 22 March 2024 | ...",
# a military message's "SITREP 042 // DTG 051830Z JAN 25 // EASTERN SECTOR")
_CELL_SEP = re.compile(r"\s+(?:[|•·]|//)\s+")


def _date_cell(line: str, language: str | None, order: str | None) -> tuple[DateValue, int] | None:
    """The date of a header line made of cells, from the cell that best names the
    publication date ("12-18 April 2025 | Posted: 24 April 2025": the posting day, not the
    period covered), and its rank (see :func:`rank_date_line`).

    A Markdown table row ("| Attack | 3 May 2024 |") is no header line.
    """
    cells = [c.strip(" *_") for c in _CELL_SEP.split(line.strip())]
    if len(cells) < 2 or len(cells) > 6 or line.lstrip().startswith("|"):
        return None
    found = [r for cell in cells if cell and (r := _ranked_line(cell, language, order))]
    return min(found, key=lambda r: r[1]) if found else None


def _table_field(
    line: str, language: str | None, order: str | None
) -> tuple[DateValue, int] | None:
    """(s22) The date of a Markdown table row that is a metadata field, its key a date cue
    and its value a date ("| Date | 14 October 2025 |", "| **Published** | Fri, 23rd Oct.
    2026 |"); any other row ("| 14 Oct | Goma | Raid on the market |") dates an incident,
    not the report."""
    cells = [c.strip(" *_") for c in line.strip().strip("|").split("|")]
    if len(cells) != 2 or not cells[0] or not cells[1]:
        return None
    prefix = _date_tables()[3].match(fold(cells[0]))
    if prefix is None or prefix.end() < len(fold(cells[0]).rstrip(" :")):
        return None
    return _ranked_line(f"{cells[0]}: {cells[1]}", language, order)


def parse_date_line(
    line: str, language: str | None = None, order: str | None = None
) -> DateValue | None:
    """Return the date of ``line`` if the line is a date line, else None.

    A date line is one where the date is most of the line: it may carry a cue ("Published:",
    "Опубликовано", "تاريخ النشر"), a weekday, a time, a place or a short byline, but a date
    inside a sentence is not a date line. A header line of cells holds a date line in one
    cell ("Khyber Desk briefing | Published 22 March 2024 | Classification: Public"), and a
    period ("Reporting period: 01/05/2024 – 31/05/2024") is dated by its end. ``order``
    ("dmy" or "mdy", from :func:`numeric_date_order` on the whole document) reads dates in
    digits whose day and month could be swapped.

    >>> parse_date_line("Published: Sunday, March 18, 2018 10:30 GMT")
    DateValue(value='2018-03-18', precision='day')
    >>> parse_date_line("The group attacked the base on March 18, 2018 and withdrew.") is None
    True
    >>> parse_date_line("Reporting period: 01/05/2024 – 31/05/2024", "en", "dmy")
    DateValue(value='2024-05-31', precision='day')
    """
    found = rank_date_line(line, language, order)
    return found[0] if found else None


def rank_date_line(
    line: str, language: str | None = None, order: str | None = None
) -> tuple[DateValue, int] | None:
    """The date of a date line (see :func:`parse_date_line`) and how well it names the
    publication date: ``RANK_PUBLISHED`` (a cue such as "Published:", "Posted:"),
    ``RANK_PLAIN`` (a bare date), ``RANK_UPDATED`` ("Updated:") or ``RANK_PERIOD`` (a
    period, dated by its end); lower is better.

    >>> rank_date_line("12-18 April 2025 | Posted: 24 April 2025 | ACLED")
    (DateValue(value='2025-04-24', precision='day'), 0)
    >>> rank_date_line("12-18 April 2025")
    (DateValue(value='2025-04-18', precision='day'), 3)
    """
    if line.lstrip().startswith("|"):
        return _table_field(line, language, order)
    if any(sep in line for sep in ("|", "•", "·", "//")) and _CELL_SEP.search(line):
        cell = _date_cell(line, language, order)
        if cell:
            return cell
    compiled = _compilation_line(line, language, order)
    if compiled:
        return compiled
    return _ranked_line(line, language, order)


_COMPILATION_MAX_WORDS = 8
# how many words may follow the date in a compiler's line ("... 14 June 2024 by the desk")
_COMPILATION_TAIL_WORDS = 5


@cache
def compilation_words() -> frozenset[str]:
    """``compilation_date_words`` of ``data/metadata_cues.yaml``, folded ("compiled",
    "produced")."""
    return frozenset(fold(w) for w in load_yaml("metadata_cues.yaml")["compilation_date_words"])


def _compilation_line(
    line: str, language: str | None, order: str | None
) -> tuple[DateValue, int] | None:
    """The date in a compiler's line that opens a compilation ("Compiled for the Sahel desk,
    Friday 7 March 2025. Wire copy as received."; "Compiled on 14 June 2024 by the desk."):
    its first sentence, a few words and a date with its day, dates the document, before the
    stories' datelines."""
    text = fold(" ".join(line.split()))
    first = re.split(r"(?<=\w)\.\s", text, maxsplit=1)[0].rstrip(". ")
    words = re.findall(rf"{LETTERS}+", first)
    if not words or words[0] not in compilation_words():
        return None
    found = _match_date(first, language, order)
    if found is None or found[0].precision != "day":
        return None
    value, start, end, _ = found
    fillers, weekdays = _cues()[0], _date_tables()[2]
    rest = [
        w
        for w in re.findall(rf"{LETTERS}+", first[:start] + " " + first[end:])
        if w not in fillers and w not in weekdays
    ]
    tail = first[end:]
    if (
        len(rest) > _COMPILATION_MAX_WORDS
        # "Compiled on 14 June 2024 by the Sahel desk": a few words of who compiled it may
        # follow the date, no other number (h5, s14)
        or len(re.findall(rf"{LETTERS}+", tail)) > _COMPILATION_TAIL_WORDS
        or re.search(r"\d", tail)
    ):
        return None
    return value, RANK_PUBLISHED


def _ranked_line(
    line: str, language: str | None, order: str | None
) -> tuple[DateValue, int] | None:
    text = fold(" ".join(line.split()))
    if not text or len(text) > 160:
        return None
    _, _, weekdays, prefix_re = _date_tables()
    prefix = prefix_re.match(text)
    body = text[prefix.end() :] if prefix else text
    rank = RANK_PLAIN
    if prefix:
        cue = re.sub(r"[\s:：\-–—]+$", "", prefix.group(0)).strip()
        rank = RANK_UPDATED if cue in _update_cues() else RANK_PUBLISHED
    found = _match_date(body, language, order)
    if found is None:
        if prefix:  # "Published: 2018"
            year = re.fullmatch(r"\W*((?:19|20)\d\d)\W*", body)
            value = _date_value(int(year.group(1))) if year else None
            return (value, rank) if value else None
        return None
    value, start, end, kind = found
    fillers, bylines, _, range_re = _cues()
    sep = range_re.match(body, end)
    until = _date_at(body, sep.end(), language, order) if sep and sep.end() > end else None
    first = None if until else _period_start().search(body[:start])
    if until:  # a period: its end
        value, end = until
    elif first:  # "12-18 April 2025": a period, its end
        start = first.start()
    if (until or first or kind == "mdr") and rank != RANK_PUBLISHED:
        rank = RANK_PERIOD
    rest = _TIME.sub(" ", body[:start] + " " + body[end:])
    words = [
        w
        for w in re.findall(rf"{LETTERS}+(?:[-.]{LETTERS}+)*", rest)
        if w not in fillers and w not in weekdays
    ]
    numbers = re.findall(r"\d+", rest)
    if len(numbers) > 3:
        return None
    if words and words[0] in bylines:
        return (value, rank) if len(words) <= 6 else None
    if prefix:
        return (value, rank) if len(words) <= 3 else None
    if len(words) > 2 and _desk_line(line, len(words)):
        return value, rank  # "Middle East Desk — 9 January 2025", "Kabul Bureau | 3 May 2021"
    if len(words) > 2 or len(text) > 80:
        return None
    # a full stop ends a sentence, unless it is the date's own ("2026 m. birželio 30 d.")
    own_stop = end >= len(body.rstrip())
    if (
        text.rstrip().endswith(".")
        and not own_stop
        and not re.search(r"(?:\bг|\d)\.$", text.rstrip())
    ):
        return None
    return value, rank


def full_dates(text: str, language: str | None = None, order: str | None = None) -> list[DateValue]:
    """Every date of ``text`` written with its year: with its day ("November 9, 2024", "9
    November 2024", "2024-11-09") or its month only ("November 2022"), in the order of the
    rules, then of the text.

    >>> full_dates("Police said on Saturday, November 9, 2024, that May 2023 was quiet.")
    [DateValue(value='2024-11-09', precision='day'), DateValue(value='2023-05', precision='month')]
    """
    folded = fold(text)
    out: list[DateValue] = []
    taken: list[tuple[int, int]] = []
    # every pattern but the date-time group's matches a year "19dd"/"20dd": a text without
    # one is scanned by that pattern alone (the month-first patterns are slow to scan)
    has_year = _YEAR_PROBE.search(folded) is not None
    for kind, pattern in _date_patterns():
        if not has_year and kind != "dtg":
            continue
        for m in pattern.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue  # "May 2023" inside "9 May 2023"
            value = _value_of(kind, m, language, order)
            if value:
                out.append(value)
                taken.append(m.span())
    return out
