"""Document dates a report states other than as a Gregorian publication date (s17).

Fallbacks of :func:`dossier.metadata.extract_metadata`, used only when no Gregorian
publication date was found (a Gregorian date stated in the document always wins):

* the date a publication cue opens within a header line ("Briefing, Conflict Monitor —
  published 14 March 2025");
* the end of the period a report covers, stated in its front matter ("coverage: 17–23 March
  2025") or in its title ("Mali: incidents in Mopti region, 8–14 September 2025");
* a Hijri (Islamic) date, in Arabic script with Arabic-Indic digits ("١٥ ربيع الأول ١٤٤٧ هـ")
  or transliterated ("15 Rabi' al-Awwal 1447 AH"), in the front matter or on a date line of
  the header, converted to the Gregorian calendar.

Without a document date, year-less dates and weekdays of the body ("on Tuesday", "8 Sep")
cannot be resolved by the time stage.

>>> hijri_to_gregorian(1446, 9, 1)
datetime.date(2025, 3, 1)
>>> hijri_date("١٥ ربيع الأول ١٤٤٧ هـ")
DateValue(value='2025-09-08', precision='day')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from dossier.datafiles import literal_alternation, load_yaml
from dossier.dates import (
    RANK_PERIOD,
    RANK_PUBLISHED,
    date_prefixes,
    fold,
    full_dates,
    rank_date_line,
)
from dossier.front_matter import front_matter_match
from dossier.records import DateValue

__all__ = [
    "fallback_document_date",
    "calendar_date",
    "document_date_basis",
    "ethiopian_to_gregorian",
    "geez_number",
    "front_matter_date_keys",
    "front_matter_fields",
    "hijri_date",
    "header_lines",
    "header_period_end",
    "hijri_to_gregorian",
    "jalali_to_gregorian",
    "other_calendar_date_line",
    "title_period_end",
]

# --------------------------------------------------------------------------------------------
# the arithmetic Islamic calendar

# Julian day number of 1 Muharram 1 AH (16 July 622, Julian calendar), the "civil" epoch
_HIJRI_EPOCH_JDN = 1948440
# Julian day number of proleptic Gregorian 0001-01-01 minus one: JDN - this = date ordinal
_ORDINAL_OFFSET = 1721425


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Hijri date by the tabular (arithmetic) Islamic calendar:
    months of 30 and 29 days alternating, Dhu al-Hijjah of 30 days in 11 leap years of each
    30-year cycle (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), civil epoch.

    The official Saudi Umm al-Qura calendar and calendars set by moon sighting can differ
    from it by a day or two; a report dated in them may be dated a day or two off here, which
    is near enough to resolve "on Tuesday" or "8 Sep" in its body.

    >>> hijri_to_gregorian(1447, 1, 1)
    datetime.date(2025, 6, 27)
    """
    if not 1 <= month <= 12 or not 1 <= day <= 30:
        raise ValueError(f"no Hijri date: {year}-{month}-{day}")
    jdn = (
        day
        + (59 * (month - 1) + 1) // 2  # ceil(29.5 * (month - 1)): days of the months before
        + (year - 1) * 354
        + (3 + 11 * year) // 30  # leap days of the years before
        + _HIJRI_EPOCH_JDN
        - 1
    )
    return dt.date.fromordinal(jdn - _ORDINAL_OFFSET)


def _month_length(year: int, month: int) -> int:
    start = hijri_to_gregorian(year, month, 1)
    following = (
        hijri_to_gregorian(year + 1, 1, 1)
        if month == 12
        else hijri_to_gregorian(year, month + 1, 1)
    )
    return (following - start).days


# --------------------------------------------------------------------------------------------
# (s22) the Solar Hijri (Jalali) and Ethiopian calendars

# the years at which the 33-year-cycle arithmetic of the Jalali calendar restarts (Borkowski's
# algorithm, as in the jalaali libraries): exact for 1178-3177 SH against the astronomical
# calendar of Iran
# fmt: off
_JALALI_BREAKS = (
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262,
    2324, 2394, 2456, 3178,
)
# fmt: on


def _jalali_year(year: int) -> tuple[bool, dt.date]:
    """Whether Solar Hijri ``year`` is a leap year (Esfand of 30 days), and its 1 Farvardin."""
    leap_j = -14
    jp = _JALALI_BREAKS[0]
    jump = 0
    for jm in _JALALI_BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = year - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gy = year + 621
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + (jump + 4) // 33 * 33
    leap = ((n + 1) % 33 - 1) % 4
    return leap == 0, dt.date(gy, 3, march)


def jalali_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Solar Hijri (Jalali) date: six months of 31 days, five of 30,
    Esfand of 29 (30 in a leap year), the year starting at the March equinox.

    >>> jalali_to_gregorian(1404, 1, 1), jalali_to_gregorian(1404, 8, 12)
    (datetime.date(2025, 3, 21), datetime.date(2025, 11, 3))
    """
    if not 1 <= month <= 12 or not 1 <= day <= _jalali_month_length(year, month):
        raise ValueError(f"no Solar Hijri date: {year}-{month}-{day}")
    first = _jalali_year(year)[1]
    before = (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return first + dt.timedelta(days=before + day - 1)


def _jalali_month_length(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if _jalali_year(year)[0] else 29


# the fixed day number (proleptic Gregorian ordinal) of 1 Meskerem 1 E.C. is this plus one
_ETHIOPIAN_EPOCH = 2795


def ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of an Ethiopian (E.C.) date: twelve months of 30 days, then Pagume
    of 5 days, 6 in the year before a Gregorian leap year (year % 4 == 3).

    >>> ethiopian_to_gregorian(2017, 7, 5), ethiopian_to_gregorian(2018, 1, 1)
    (datetime.date(2025, 3, 14), datetime.date(2025, 9, 11))
    """
    if not 1 <= month <= 13 or not 1 <= day <= _ethiopian_month_length(year, month):
        raise ValueError(f"no Ethiopian date: {year}-{month}-{day}")
    return dt.date.fromordinal(
        _ETHIOPIAN_EPOCH + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    )


def _ethiopian_month_length(year: int, month: int) -> int:
    if month <= 12:
        return 30
    return 6 if year % 4 == 3 else 5


# --------------------------------------------------------------------------------------------
# reading Hijri dates


# (s24) the Ge'ez (Ethiopic) numerals: ones, tens, hundred and ten thousand
_GEEZ_NUMBER = re.compile("[\u1369-\u137c]+")


def geez_number(numerals: str) -> int:
    """The value of a number in Ge'ez numerals, which are not positional: ones and tens add
    up, a hundred (፻) multiplies what stands before it, as ten thousand (፼) does.

    >>> geez_number("፲፬"), geez_number("፳፻፲፱"), geez_number("፻፳"), geez_number("፼")
    (14, 2019, 120, 10000)
    """
    total = hundreds = below = 0
    for ch in numerals:
        value = int(unicodedata.numeric(ch))
        if value == 100:
            hundreds += (below or 1) * 100
            below = 0
        elif value == 10000:
            total += (hundreds + below or 1) * 10000
            hundreds = below = 0
        else:
            below += value
    return total + hundreds + below


def _norm(text: str) -> str:
    """Folded for matching: lower case, ASCII digits (of every script; (s24) Ge'ez numerals
    as their values), Arabic letter forms folded, Latin diacritics dropped, apostrophes and
    ʿayn/hamza signs removed, hyphens and dots as spaces ("Rabīʿ al-Awwal" -> "rabi al
    awwal")."""
    text = fold(_GEEZ_NUMBER.sub(lambda m: str(geez_number(m.group())), text))
    if not text.isascii():  # (s25) ASCII has no marks to drop: skip the decomposition
        text = "".join(
            ch
            for ch in unicodedata.normalize("NFKD", text)
            # Latin combining marks only: Arabic short-vowel signs are dropped below, and the
            # Arabic hamza letters are already folded
            if not ("\u0300" <= ch <= "\u036f")
        )
        text = re.sub(r"[\u064b-\u065f\u0670]", "", text)  # Arabic vowel signs (harakat)
    text = re.sub(r"['’‘`ʿʾʻʼ]", "", text)
    text = re.sub(r"[-‐.]", " ", text)
    return " ".join(text.split())


def _month_names(data: dict[str, Any], name: str) -> dict[str, int]:
    """The months of a calendar's YAML (``months``), each spelling normalised, to their
    numbers."""
    months: dict[str, int] = {}
    for number, spellings in data["months"].items():
        for spelling in spellings:
            key = _norm(str(spelling))
            if months.setdefault(key, int(number)) != int(number):
                raise ValueError(f"{name}: {spelling!r} names two months")
    return months


@cache
def _hijri_tables() -> tuple[dict[str, int], tuple[re.Pattern[str], ...], int, int]:
    data = load_yaml("time/hijri.yaml")
    months = _month_names(data, "hijri.yaml")
    eras = literal_alternation(_norm(str(e)) for e in data["era_marks"])
    names = literal_alternation(months)
    # (s22) "ه.ش" (hijri shamsi) marks the Solar Hijri era, not the lunar one
    era = rf"\s*(?:{eras})(?!\w)(?!\s*ش)"
    named = re.compile(
        rf"(?<![\w])(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th|er)?\s+(?:of\s+)?)?(?P<m>{names})"
        rf"\s*,?\s*(?P<y>\d{{4}})(?!\d)(?:{era})?"
    )
    # in digits ("23/9/1446 هـ", "1446/09/23 H", "23-09-1446 AH"; dashes and dots are spaces
    # once normalised): only with the era mark, which tells it from a Gregorian date
    sep = r"\s*[/ ]\s*"
    dmy = re.compile(rf"(?<![\w/])(?P<d>[0-3]?\d){sep}(?P<n>[01]?\d){sep}(?P<y>\d{{4}})(?!\d){era}")
    ymd = re.compile(rf"(?<![\w/])(?P<y>\d{{4}}){sep}(?P<n>[01]?\d){sep}(?P<d>[0-3]?\d)(?!\d){era}")
    return months, (named, dmy, ymd), int(data["min_year"]), int(data["max_year"])


def _hijri_value(m: re.Match[str], months: dict[str, int]) -> DateValue | None:
    """The Gregorian date of one matched Hijri date, or None (see :func:`hijri_date`)."""
    year = int(m.group("y"))
    month = months[m.group("m")] if "m" in m.re.groupindex else int(m.group("n"))
    if not 1 <= month <= 12:
        return None
    if m.group("d"):
        day = int(m.group("d"))
        if not 1 <= day <= _month_length(year, month):
            return None
        return DateValue(hijri_to_gregorian(year, month, day).isoformat(), "day")
    first = hijri_to_gregorian(year, month, 1)
    last = first + dt.timedelta(days=_month_length(year, month) - 1)
    if (first.year, first.month) == (last.year, last.month):
        return DateValue(f"{first.year:04d}-{first.month:02d}", "month")
    return None  # a Hijri month across two Gregorian months: no date rather than a guess


def _hijri_match(text: str) -> tuple[DateValue | None, re.Match[str]] | None:
    """The first Hijri date of normalised ``text`` as a Gregorian DateValue (None when it
    gives none, see :func:`hijri_date`), with its match."""
    months, patterns, low, high = _hijri_tables()
    found = sorted(
        (m for p in patterns for m in p.finditer(text) if low <= int(m.group("y")) <= high),
        key=lambda m: m.start(),
    )
    return (_hijri_value(found[0], months), found[0]) if found else None


@dataclass(frozen=True)
class _Calendar:
    """(s22) A calendar other than the Gregorian and the Hijri one, as read from its YAML."""

    months: dict[str, int]
    patterns: tuple[re.Pattern[str], ...]
    low: int
    high: int
    to_gregorian: Callable[[int, int, int], dt.date]
    month_length: Callable[[int, int], int]
    # a date in digits of this calendar is read only when the text writes it in these digits
    digits_pattern: re.Pattern[str] | None = None
    digits: str = ""


@cache
def _solar_hijri() -> _Calendar:
    data = load_yaml("time/solar_hijri.yaml")
    months = _month_names(data, "solar_hijri.yaml")
    names = literal_alternation(months)
    era = rf"\s*(?:{literal_alternation(_norm(str(e)) for e in data['era_marks'])})(?!\w)"
    year = r"(?P<y>\d{4})(?!\d)"
    sep = r"\s*/\s*"
    return _Calendar(
        months=months,
        patterns=(
            re.compile(
                rf"(?<![\w/])(?:(?P<d>[0-3]?\d)(?:st|nd|rd|th|م|ام)?\s+)?(?P<m>{names})"
                rf"(?!\w)\s*,?\s*{year}(?:{era})?"
            ),
            re.compile(rf"(?<![\w/])(?P<m>{names})\s+(?P<d>[0-3]?\d)\s*,\s*{year}(?:{era})?"),
            re.compile(rf"(?<![\w/]){year}{sep}(?P<n>[01]?\d){sep}(?P<d>[0-3]?\d)(?!\d){era}"),
            re.compile(rf"(?<![\w/])(?P<d>[0-3]?\d){sep}(?P<n>[01]?\d){sep}{year}{era}"),
        ),
        low=int(data["min_year"]),
        high=int(data["max_year"]),
        to_gregorian=jalali_to_gregorian,
        month_length=_jalali_month_length,
        # "۱۴۰۴/۰۷/۲۲": Persian digits are written in Iran and Afghanistan, whose calendar
        # this is; a year of 13xx/14xx in them needs no era mark
        digits_pattern=re.compile(
            rf"(?<![\w/])(?P<y>1[34]\d\d)(?!\d){sep}(?P<n>[01]?\d){sep}(?P<d>[0-3]?\d)(?!\d)"
        ),
        digits="۰۱۲۳۴۵۶۷۸۹",
    )


@cache
def _ethiopian() -> _Calendar:
    data = load_yaml("time/ethiopian.yaml")
    months = _month_names(data, "ethiopian.yaml")
    native = literal_alternation(k for k in months if not re.search("[a-z]", k))
    latin = literal_alternation(k for k in months if re.search("[a-z]", k))
    era = rf"\s*(?:{literal_alternation(_norm(str(e)) for e in data['era_marks'])})(?!\w)"
    day = rf"(?P<d>[0-3]?\d)\s*(?:(?:{literal_alternation(data['day_words'])})\s*)?"
    year = r"(?P<y>\d{4})(?!\d)"
    return _Calendar(
        months=months,
        patterns=(
            re.compile(rf"(?<!\w)(?P<m>{native})\s*{day},?\s*{year}(?:{era})?"),
            re.compile(rf"(?<![\w/]){day}(?P<m>{native})\s*,?\s*{year}(?:{era})?"),
            # in Latin letters only with the era mark: 2017 is a Gregorian year too
            re.compile(rf"(?<!\w)(?P<m>{latin})\s+{day},?\s*{year}{era}"),
            re.compile(rf"(?<![\w/]){day}(?P<m>{latin})\s*,?\s*{year}{era}"),
        ),
        low=int(data["min_year"]),
        high=int(data["max_year"]),
        to_gregorian=ethiopian_to_gregorian,
        month_length=_ethiopian_month_length,
    )


@cache
def _thai_solar() -> _Calendar:
    """(s24) The Thai solar calendar: Gregorian months, Buddhist Era years ("2 ธ.ค. 2569",
    "พฤศจิกายน 2569", "2 ธันวาคม พ.ศ. 2569")."""
    data = load_yaml("time/thai_solar.yaml")
    months = _month_names(data, "thai_solar.yaml")
    names = literal_alternation(months)
    offset = int(data["year_offset"])
    era = rf"(?:{literal_alternation(_norm(str(e)) for e in data['era_marks'])})(?!\w)"
    year = rf"(?:{era}\s*)?(?P<y>\d{{4}})(?!\d)(?:\s*{era})?"

    def to_gregorian(y: int, m: int, d: int) -> dt.date:
        return dt.date(y - offset, m, d)

    def month_length(y: int, m: int) -> int:
        return calendar.monthrange(y - offset, m)[1]

    return _Calendar(
        months=months,
        # a Buddhist Era year (2443-2743) is no Gregorian year, so no era mark is needed
        patterns=(re.compile(rf"(?<![\w/])(?:(?P<d>[0-3]?\d)\s*)?(?P<m>{names})(?!\w)\s*{year}"),),
        low=int(data["min_year"]),
        high=int(data["max_year"]),
        to_gregorian=to_gregorian,
        month_length=month_length,
    )


def _calendar_value(m: re.Match[str], cal: _Calendar) -> DateValue | None:
    year = int(m.group("y"))
    month = cal.months[m.group("m")] if "m" in m.re.groupindex else int(m.group("n"))
    if not 1 <= month <= len(set(cal.months.values())):
        return None
    if m.group("d"):
        day = int(m.group("d"))
        if not 1 <= day <= cal.month_length(year, month):
            return None
        return DateValue(cal.to_gregorian(year, month, day).isoformat(), "day")
    first = cal.to_gregorian(year, month, 1)
    last = first + dt.timedelta(days=cal.month_length(year, month) - 1)
    if (first.year, first.month) == (last.year, last.month):
        return DateValue(f"{first.year:04d}-{first.month:02d}", "month")
    return None  # a month across two Gregorian months: no date rather than a guess


def _calendar_match(text: str, raw: str = "") -> tuple[DateValue | None, re.Match[str]] | None:
    """(s22) The first date of normalised ``text`` in the Hijri, the Solar Hijri or the
    Ethiopian calendar as a Gregorian DateValue (None when it gives none), with its match;
    ``raw``, the text before normalising, tells which digits a date in digits was written in."""
    found: list[tuple[int, DateValue | None, re.Match[str]]] = []
    hijri = _hijri_match(text)
    if hijri is not None:
        found.append((hijri[1].start(), hijri[0], hijri[1]))
    for cal in (_solar_hijri(), _ethiopian(), _thai_solar()):
        patterns = list(cal.patterns)
        if cal.digits_pattern is not None and any(d in raw for d in cal.digits):
            patterns.append(cal.digits_pattern)
        for pattern in patterns:
            for m in pattern.finditer(text):
                if cal.low <= int(m.group("y")) <= cal.high:
                    found.append((m.start(), _calendar_value(m, cal), m))
                    break
    if not found:
        return None
    _, value, m = min(found, key=lambda f: (f[0], f[1] is None))
    return value, m


def calendar_date(text: str) -> DateValue | None:
    """(s22) The Gregorian date of the first date in ``text`` written in the Hijri, the Solar
    Hijri (Jalali) or the Ethiopian calendar.

    >>> calendar_date("۱۲ آبان ۱۴۰۴"), calendar_date("1 Farvardin 1404")
    (DateValue(value='2025-11-03', precision='day'), DateValue(value='2025-03-21', precision='day'))
    >>> calendar_date("ዓርብ፣ መጋቢት 5 ቀን 2017 ዓ.ም.")
    DateValue(value='2025-03-14', precision='day')
    """
    found = _calendar_match(_norm(text), text)
    return found[0] if found else None


def hijri_date(text: str) -> DateValue | None:
    """The Gregorian date of the first Hijri date in ``text``: with its day, that day; a
    Hijri month and year only, the Gregorian month when the Hijri month lies within one
    (it rarely does), else None.

    >>> hijri_date("15 Rabi' al-Awwal 1447 AH")
    DateValue(value='2025-09-08', precision='day')
    >>> hijri_date("Ramadan 1446") is None  # 1-29 March 2025 by the tabular calendar
    False
    >>> hijri_date("Rajab 1446") is None  # 1 January - 30 January 2025
    False
    """
    found = _hijri_match(_norm(text))
    return found[0] if found else None


# a Hijri date line of the header is (nearly) only the date: beside it, date cues ("Date:",
# "Issued"), weekdays and fillers ("Issued Sunday 15 Rabi' al-Awwal 1447 AH"), and at most
# one word after it ("..., Kabul"); any other word names what is dated ("Taliban decree of 12
# Shawwal 1445 AH"), a colon or a dash after it opens an incident ("3 Shawwal 1446 AH: Kidal")
_DATE_LINE_MAX_AFTER = 1
_DATE_LINE_MAX_CHARS = 120
# the parts of a line a colon or a spaced dash sets off ("Date: ...", "... AH: Kidal")
_LINE_PARTS = re.compile(r"\s*[:：]\s+|\s*[:：]\s*$|\s+[-—–]+\s+|\s*[—–]\s*")


@cache
def _date_line_words() -> frozenset[str]:
    """The words that may stand beside a Hijri date on a date line, normalised."""
    cues = load_yaml("metadata_cues.yaml")
    names = load_yaml("date_names.yaml")
    words = [
        *(w for p in date_prefixes() for w in str(p).split()),
        *cues["date_fillers"],
        *(w for ws in names["weekdays"].values() for w in ws),
        *load_yaml("time/hijri.yaml")["line_words"],
        *load_yaml("time/ethiopian.yaml")["line_words"],
    ]
    # cut into words as the line's words are: a Thai word is several runs of letters, its
    # vowel and tone marks (category Mn) between them
    return frozenset(n for w in words for n in _LINE_WORD.findall(_norm(str(w))))


_LINE_WORD = re.compile(r"[^\W\d_]+")


def _hijri_date_line(line: str) -> DateValue | None:
    """The date of a header line that is (nearly) only a Hijri date; the Gregorian date the
    line also gives wins ("الأحد ٢٣ رمضان ١٤٤٦ هـ الموافق ٢٣ مارس ٢٠٢٥ م")."""
    text = _norm(line)
    if not text or len(text) > _DATE_LINE_MAX_CHARS or line.lstrip().startswith("|"):
        return None  # a Markdown table row dates an incident, not the report
    found = _calendar_match(text, line)
    if found is None or found[0] is None:
        return None
    value, m = found
    rest = text[: m.start()] + " " + text[m.end() :]
    gregorian = [d for d in full_dates(rest) if d.precision == "day"]
    if gregorian:
        return gregorian[0]
    parts = [p for p in _LINE_PARTS.split(line.strip(" *_#")) if p.strip(" *_")]
    dated = [i for i, p in enumerate(parts) if _calendar_match(_norm(p), p)]
    if not dated or dated[0] < len(parts) - 1:
        # "3 Shawwal 1446 AH: Kidal", "14 Shaban 1445 — raid on the market": an incident
        # heading dates the incident, not the document
        return None
    allowed = _date_line_words()
    before = _LINE_WORD.findall(text[: m.start()])
    after = _LINE_WORD.findall(text[m.end() :])
    if any(w not in allowed for w in before) or len(after) > _DATE_LINE_MAX_AFTER:
        # a Hijri date inside a sentence or a title ("Taliban decree of 12 Shawwal 1445 AH")
        # dates what the line names, not the document
        return None
    return value


# --------------------------------------------------------------------------------------------
# front matter and title


def front_matter_fields(original: str) -> dict[str, str]:
    """The top-level ``key: value`` lines of a Markdown front matter
    (:func:`dossier.front_matter.front_matter_match`), keys lower-cased, values unquoted; empty
    without one."""
    m = front_matter_match(original)
    fields: dict[str, str] = {}
    if not m:
        return fields
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields


@cache
def _period_keys() -> tuple[str, ...]:
    data = load_yaml("metadata_cues.yaml")
    return tuple(str(k).lower() for k in data.get("front_matter_period_keys") or ())


# where a title may hold the period it covers: after a colon, a spaced dash, a bar, in
# brackets, after a comma not before the year ("Week 46 (10–16 Nov 2025)", "Mopti region,
# 8–14 September 2025", but "April 12-18, 2025" is one part)
_TITLE_PARTS = re.compile(r"\s[—–-]\s|[:|()\[\]]|,\s(?!(?:19|20)\d\d)")


def _period_end(text: str, language: str | None) -> DateValue | None:
    found = rank_date_line(text, language)
    return found[0] if found and found[1] == RANK_PERIOD else None


def title_period_end(title: str, language: str | None = None) -> DateValue | None:
    """The end of the period a title says the report covers ("Weekly bulletin, 8–14
    September 2025" -> 2025-09-14), or None: a single date in a title ("Attack of 3 May
    2024: what we know") may be the date of the story, not of the report, and is left out.

    >>> title_period_end("Mali: incidents in the Mopti region, 8–14 September 2025")
    DateValue(value='2025-09-14', precision='day')
    >>> title_period_end("The attack of 3 May 2024: what we know") is None
    True
    >>> title_period_end("Yemen Monthly Review: February 2024")
    DateValue(value='2024-02', precision='month')
    """
    parts = _TITLE_PARTS.split(title)
    return (
        _period_end(title, language)
        or next((v for part in parts if (v := _period_end(part, language))), None)
        or next((v for part in parts[1:] if (v := _title_month(part, language))), None)
    )


def _title_month(part: str, language: str | None) -> DateValue | None:
    """A month set off as a part of its own after a title's name ("Yemen Monthly Review:
    February 2024", "Horn of Africa digest | March 2025"): the month the report covers, at
    month precision. A month inside a phrase ("The February 2024 attacks") is left out."""
    found = rank_date_line(part, language)
    if found is None or found[0].precision != "month":
        return None
    return found[0] if len(re.findall(r"[^\W\d_]+", part)) == 1 else None


# the parts of a header line set off by a spaced dash or a bar ("Briefing, Conflict Monitor —
# published 14 March 2025")
_HEADER_PARTS = re.compile(r"\s[—–|-]\s")
# a header line (title, desk, byline) has at most this many words; the first line longer, or
# a sentence of more than _SENTENCE_MIN_WORDS words ending in a full stop, opens the body
_HEADER_LINE_MAX_WORDS = 14
_SENTENCE_MIN_WORDS = 6


@cache
def _cited_document_words() -> re.Pattern[str]:
    words = load_yaml("metadata_cues.yaml")["cited_document_words"]
    return re.compile(rf"(?<!\w)(?:{literal_alternation([fold(str(w)) for w in words])})(?!\w)")


def header_lines(head: Sequence[str]) -> list[str]:
    """The lines of ``head`` before the first body sentence."""
    lines: list[str] = []
    for line in head:
        words = len(line.split())
        if words > _HEADER_LINE_MAX_WORDS or (
            words >= _SENTENCE_MIN_WORDS and line.rstrip(" *_").endswith((".", "!", "?"))
        ):
            break
        lines.append(line)
    return lines


def _cued_header_date(head: Sequence[str], language: str | None) -> DateValue | None:
    """The date of the last part of a short header line when a publication cue opens it
    ("Briefing, Conflict Monitor — published 14 March 2025"), which the whole line, with too
    many words beside its date, is no date line for. Never from a body sentence ("The report
    — published 12 January 2023 — found ..."), a part another part follows, or a line that
    names another document ("Sources: ICG report — published 3 May 2023")."""
    for line in header_lines(head):
        stripped = line.strip(" *_#")
        parts = _HEADER_PARTS.split(stripped)
        if len(parts) < 2 or _cited_document_words().search(fold(stripped)):
            continue
        found = rank_date_line(parts[-1].strip(" *_"), language)
        if found is not None and found[1] == RANK_PUBLISHED:
            return found[0]
    return None


@cache
def front_matter_date_keys() -> tuple[str, ...]:
    """The front matter keys that hold a report's date (``front_matter_date_keys`` of
    ``data/metadata_cues.yaml``), in their order of preference."""
    data = load_yaml("metadata_cues.yaml")
    return tuple(str(k).lower() for k in data.get("front_matter_date_keys") or ())


def _is_date_key(key: str) -> bool:
    """A front matter key that holds a date ("date", "date_hijri", "hijri", "issued"), not a
    title or a summary that may name a Hijri month ("title: Attacks during Ramadan 1446")."""
    return (
        "date" in key
        or "hijri" in key
        # (s22) "date_fa", "jalali", "shamsi": a Solar Hijri date
        or any(w in key for w in ("jalali", "shamsi", "solar", "persian"))
        or key in front_matter_date_keys()
    )


def other_calendar_date_line(head: Sequence[str]) -> DateValue | None:
    """(s22) The date of the first header line that is (nearly) only a date in the Hijri,
    the Solar Hijri or the Ethiopian calendar ("Date: ዓርብ፣ መጋቢት 5 ቀን 2017 ዓ.ም.").

    >>> other_calendar_date_line(["Weekly digest", "تاریخ: ۲۲ مهر ۱۴۰۴"])
    DateValue(value='2025-10-14', precision='day')
    """
    return next(
        (
            v
            for line in head
            if not _is_period_line(line)
            for part in (line, *_header_items(line))
            if (v := _hijri_date_line(part))
        ),
        None,
    )


# (s24) the items of a header line set side by side ("Issue 11/2569 · Published 2 Dec 2569")
_HEADER_ITEM_BREAK = re.compile(r"\s+[·•|]\s+")


def _header_items(line: str) -> list[str]:
    """The items of a header line that sets several side by side with a middle dot, a bullet
    or a bar; none when it sets one."""
    items = [p for p in _HEADER_ITEM_BREAK.split(line) if p.strip()]
    return items if len(items) > 1 else []


def _period_line_end(line: str) -> DateValue | None:
    """The end of the period a line states the report covers ("Reporting period: 3–9 June
    2024 (٢٦ ذو القعدة – ٣ ذو الحجة ١٤٤٥ هـ)", the same period in brackets in another
    calendar): its dates are the period's, not the report's."""
    found = rank_date_line(line) or rank_date_line(re.sub(r"\([^)]*\)", " ", line))
    return found[0] if found is not None and found[1] == RANK_PERIOD else None


def _is_period_line(line: str) -> bool:
    return _period_line_end(line) is not None


def header_period_end(head: Sequence[str]) -> DateValue | None:
    """(s22) The end of the period the first period line of a header states (see
    :func:`_period_line_end`), or None."""
    return next((v for line in head if (v := _period_line_end(line))), None)


def fallback_document_date(
    original: str | None,
    titles: Iterable[str | None],
    head: Sequence[str],
    language: str | None = None,
) -> DateValue | None:
    """:func:`document_date_basis` without how the date was found."""
    found = document_date_basis(original, titles, head, language)
    return found[0] if found else None


def document_date_basis(
    original: str | None,
    titles: Iterable[str | None],
    head: Sequence[str],
    language: str | None = None,
) -> tuple[DateValue, str] | None:
    """A document date for a report with no Gregorian publication date found, best first,
    with how it was found: (s22) a date in another calendar (Hijri, Solar Hijri, Ethiopian)
    under a date key of its front matter or on a date line of its header (``head``, the first
    lines of the cleaned text), "other_calendar", which the report states as its own date;
    the end of the period its front matter (``front_matter_period_keys`` of
    ``data/metadata_cues.yaml``) or its title states, "period"; last, the weakest, a date a
    publication cue opens at the end of a header line, "header". Never from a sentence of the
    body."""
    fields = front_matter_fields(original) if original else {}
    for key, value in fields.items():
        found_hijri = _hijri_date_line(value) if _is_date_key(key) else None
        if found_hijri is not None:
            return found_hijri, "other_calendar"
    stated = other_calendar_date_line(head)
    if stated is not None:
        return stated, "other_calendar"
    for key in _period_keys():
        # "coverage: 17–23 March 2025" or "period: March 2025": its end, or its month
        found = rank_date_line(fields[key], language) if fields.get(key) else None
        if found is not None:
            return found[0], "period"
    for title in titles:
        found_title = title_period_end(title, language) if title else None
        if found_title is not None:
            return found_title, "period"
    cued = _cued_header_date(head, language)
    return (cued, "header") if cued is not None else None
