"""Normalisers of calendar expressions, and the registry that maps each rule to its normaliser.

One function per rule of :mod:`dossier.resolve.timex.patterns` turns a match into a TIMEX3
value, type and anchor (a :class:`_Norm`), or rejects it (``None``). This module holds the
normalisers of expressions that name calendar units: full dates, months and days (a missing
year comes from the document date), years, decades, centuries, durations, clock times and
holidays. Relative expressions ("last week", "the following day") are in
:mod:`dossier.resolve.timex.relative`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from dossier.dates import dtg_value
from dossier.resolve.timex.anchors import _Context, _month_year, _tense, _weekday_near
from dossier.resolve.timex.lexicon import _lexicon
from dossier.resolve.timex.values import (
    _duration,
    _parse_number,
    _two_digit_year,
    _year_value,
    _ymd,
)


@dataclass
class _Norm:
    value: str
    type: str
    anchor: str


_Normaliser = Callable[[re.Match[str], _Context], _Norm | None]
_Register = Callable[..., Callable[[_Normaliser], _Normaliser]]


def _registry(table: dict[str, _Normaliser]) -> _Register:
    """A decorator ``@normaliser("rule", ...)`` that files a function in ``table`` by rule name."""

    def normaliser(*names: str) -> Callable[[_Normaliser], _Normaliser]:
        def register(fn: _Normaliser) -> _Normaliser:
            for name in names:
                table[name] = fn
            return fn

        return register

    return normaliser


# the normalisers of this module, by rule name (those of relative expressions are in
# dossier.resolve.timex.relative)
_NORMALISERS: dict[str, _Normaliser] = {}
_normaliser = _registry(_NORMALISERS)


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _month_num(text: str) -> int:
    key = text.lower().rstrip(".")
    lx = _lexicon()
    return lx.months[key] if key in lx.months else lx.foreign_months[key]


def _day_num(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


_DATE_PREP = re.compile(
    r"\b(?:in|since|until|by|of|from|to|early|late|mid|during|over|through)\s+$", re.I
)


@_normaliser("mdy", "dmy", "iso", "slash")
def _norm_full_date(m: re.Match[str], ctx: _Context) -> _Norm | None:
    y_txt = m.group("year")
    y = int(y_txt) if len(y_txt) == 4 else _two_digit_year(y_txt)
    if _g(m, "m"):
        mo, d = int(m.group("m")), int(m.group("d"))
    elif _g(m, "a"):
        return _norm_numeric_date(int(m.group("a")), int(m.group("b")), y, ctx)
    else:
        mo, d = _month_num(m.group("month")), _day_num(m.group("day"))
    try:
        return _Norm(_ymd(dt.date(y, mo, d)), "DATE", "absolute")
    except ValueError:
        return None


def _norm_numeric_date(a: int, b: int, y: int, ctx: _Context) -> _Norm | None:
    """A date in digits, fields ``a`` and ``b`` in the order written (14/05/2024, 05/14/2024).

    A field over 12 is the day. Otherwise the document's convention decides
    (``ctx.numeric_order``), but a reading more than a day after the document date gives way
    to the other reading when that one is not, unless the sentence points forward: a report
    of 31 May 2024 does not describe 11 November 2024 as past ("11/05/2024" is 11 May).
    """
    readings: list[dt.date] = []
    for mo, d in ((a, b), (b, a)) if ctx.numeric_order == "mdy" else ((b, a), (a, b)):
        try:
            readings.append(dt.date(y, mo, d))
        except ValueError:
            continue
    if not readings:
        return None
    day = readings[0]
    ref = ctx.dct.date() if ctx.dct else None
    if len(readings) > 1 and ref is not None and _tense(ctx) <= 0:
        latest = ref + dt.timedelta(days=1)
        if day > latest >= readings[1]:
            day = readings[1]
    return _Norm(_ymd(day), "DATE", "absolute")


def year_is_count(m: re.Match[str], dct_year: int | None, group: str = "year") -> bool:
    """Whether the year-like number of ``group``, written after a day and month (or a
    month), is a count of what follows it, not their year.

    After a comma, a two-digit number is always a count ("On 3 March, 12 people were
    killed"); without one it is a count when a word other than one of ``year_followers``
    follows it ("On 3 March 24 people died"; wire datelines write "10 JAN 90 (EFE) --"). A
    four-digit number after a comma is a count when a lowercase noun follows it and it is no
    likely year: outside ``count_year_window`` around the document's year ("On 3 March, 2000
    people fled" in 2025), or, without a document date, before 1900 or a round hundred.
    """
    if _g(m, group) is None:
        return False
    start, end = m.span(group)
    text = m.string
    lx = _lexicon()
    comma = text[max(0, start - 8) : start].rstrip().endswith(",")
    word = re.match(r"\s+([^\W\d_][\w'’-]*)", text[end : end + 40])
    if end - start == 2:
        nxt = re.match(r"\s+(\w+)", text[end : end + 40])
        return comma or (nxt is not None and nxt.group(1).lower() not in lx.year_followers)
    if not comma or word is None or not word.group(1).islower():
        return False
    if word.group(1) in lx.year_followers:
        return False
    y = int(text[start:end])
    before, after = lx.count_year_window
    if dct_year:
        return not dct_year - before <= y <= dct_year + after
    return y < 1900 or y % 100 == 0


def _is_range(m: re.Match[str]) -> bool:
    """Whether the two ends of a pair are a range ("28 December to 3 January", "between
    November and February"), not a list ("3 April and 28 March")."""
    lx = _lexicon()
    join = m.group("join").strip().lower()
    if join in lx.range_joiners:
        return True
    opener = re.search(r"(\w+)\s+$", m.string[max(0, m.start() - 20) : m.start()])
    return opener is not None and opener.group(1).lower() in lx.range_openers


def _dct_year(ctx: _Context) -> int | None:
    return ctx.dct.year if ctx.dct else None


@_normaliser("rday", "rdm", "rmd", "rmd1", "rmd2")
def _norm_range_day(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """A day of a pair or range ("3" and "18, 2025" in "3-4 March", "April 12-18, 2025"),
    with the month and year the range states."""
    lx = _lexicon()
    mo, d = _month_num(m.group("month")), _day_num(m.group("day"))
    if _g(m, "day2") or _g(m, "day1"):
        # two days of one month: the first comes before the last ("3-4 March")
        first, last = (
            (d, _day_num(m.group("day2"))) if _g(m, "day2") else (_day_num(m.group("day1")), d)
        )
        if first >= last:
            return None
    if _g(m, "day1") and not _g(m, "year") and m.group("join").strip().isalpha():
        after = re.match(r"\s+([^\W\d_]+)", m.string[m.end() : m.end() + 40])
        word = after.group(1) if after else ""
        if word.islower() and word not in lx.year_followers and not word.endswith("ed"):
            return None  # "on March 3 and 4 soldiers were killed": a count (not "4 forced")
    if not _g(m, "year") or year_is_count(m, _dct_year(ctx)):
        y, anchor = _month_year(ctx, mo, d)
        if y is None:
            return _Norm(f"XXXX-{mo:02d}-{d:02d}", "DATE", anchor)
    else:
        y, anchor = int(m.group("year")), "absolute"
        if _g(m, "month2") and _month_num(m.group("month2")) < mo and _is_range(m):
            y -= 1  # "28 December to 3 January 2025"
    try:
        return _Norm(_ymd(dt.date(y, mo, d)), "DATE", anchor)
    except ValueError:
        return None


@_normaliser("rmm")
def _norm_range_month(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """The first month of a range or pair, in the year the range states ("January to March
    2024" → 2024-01; "November to February 2024" → 2023-11)."""
    if year_is_count(m, _dct_year(ctx)):
        return _norm_month(m, ctx)
    mo, y = _month_num(m.group("month")), int(m.group("year"))
    if _month_num(m.group("month2")) < mo and _is_range(m):
        y -= 1
    return _Norm(f"{y:04d}-{mo:02d}", "DATE", "absolute")


@_normaliser("mm_end")
def _norm_month_after_dash(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """The last month of a range after a dash ("January-March 2024": "March 2024")."""
    if _g(m, "year") or _g(m, "yy"):
        return _norm_month_year(m, ctx)
    return _norm_month(m, ctx)


def _weekday_year(m: re.Match[str], y: int, mo: int, d: int, ctx: _Context) -> tuple[int, bool]:
    """The year of a day and month written with its weekday but no year ("Wed 5 Nov",
    "Tuesday, March 3"): of the years around the one found (the document's first), the
    nearest whose day falls on that weekday; whether it differs from ``y``. (s24) The weekday
    may follow the date in brackets ("12 Nov (Thu)")."""
    named = _g(m, "wday") or _g(m, "pwday")
    if not named:
        return y, False
    wd = _lexicon().weekdays.get(named.lower().rstrip("."))
    if wd is None:
        return y, False
    dct_year = _dct_year(ctx)
    years = [yy for yy in (dct_year, y) if yy is not None]
    for base in years:
        for yy in (base, base - 1, base + 1):
            try:
                if dt.date(yy, mo, d).isoweekday() == wd:
                    return yy, yy != y
            except ValueError:
                continue
    return y, False


@_normaliser("dtg")
def _norm_dtg(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """A military date-time group ("150600Z SEP 24"): its day, read by dossier.dates."""
    value = dtg_value(m)
    return _Norm(value.value, "DATE", "absolute") if value else None


# how far (days) before and after the document date a day and month in digits without a
# year may lie: a bulletin tells the weeks before its date, and a date read a day or two
# early (a time zone, a draft's date) may precede its last entries
_SLASH_DM_BEFORE = 62
_SLASH_DM_AFTER = 2


@_normaliser("slashdm")
def _norm_slash_day_month(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """A day and month in digits without a year ("7/2:", "on 28/9"), read in the document's
    order only (``ctx.numeric_order``: day first unless its dates in digits put the month
    first), in the year that puts it in the two months before the document date (or a day
    or two after it); else it is no date: "4/11" may be a count of killed and injured, "3/4"
    a ratio or a score."""
    ref = ctx.dct.date() if ctx.dct else None
    if ref is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    mo, d = (a, b) if ctx.numeric_order == "mdy" else (b, a)
    for y in (ref.year, ref.year - 1, ref.year + 1):
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            continue  # "29/2" in a year without that day
        if -_SLASH_DM_BEFORE <= (day - ref).days <= _SLASH_DM_AFTER:
            return _Norm(_ymd(day), "DATE", "document_date")
    return None


@_normaliser("md", "dm")
def _norm_month_day(m: re.Match[str], ctx: _Context) -> _Norm | None:
    mo, d = _month_num(m.group("month")), _day_num(m.group("day"))
    if d > 31:
        return None
    y, anchor = _month_year(ctx, mo, d)
    if y is None:
        return _Norm(f"XXXX-{mo:02d}-{d:02d}", "DATE", anchor)
    y, moved = _weekday_year(m, y, mo, d, ctx)
    if moved:
        anchor = "document_date"
    try:
        return _Norm(_ymd(dt.date(y, mo, d)), "DATE", anchor)
    except ValueError:
        return None


@_normaliser("my")
def _norm_month_year(m: re.Match[str], ctx: _Context) -> _Norm | None:
    mo = _month_num(m.group("month"))
    y = int(m.group("year")) if m.group("year") else _two_digit_year(m.group("yy"))
    return _Norm(f"{y:04d}-{mo:02d}", "DATE", "absolute")


@_normaliser("m")
def _norm_month(m: re.Match[str], ctx: _Context) -> _Norm | None:
    mo = _month_num(m.group("month"))
    text = m.group(0)
    if not m.group("month").endswith(".") and m.group("month").lower() in _lexicon().month_abbrevs:
        return None  # "Jan" alone is more often a name (Jan Egeland) than January
    # "May" alone may be the modal verb: accept it only after a date preposition
    if text.strip() in ("May", "MAY") and not _g(m, "part") and not _DATE_PREP.search(ctx.before):
        return None
    y, anchor = _month_year(ctx, mo)
    return _Norm(f"{y:04d}-{mo:02d}" if y else f"XXXX-{mo:02d}", "DATE", anchor)


@_normaliser("y", "y2")
def _norm_year(m: re.Match[str], ctx: _Context) -> _Norm | None:
    y = int(m.group("year")) if _g(m, "year") else _two_digit_year(m.group("yy"))
    return _Norm(_year_value(y), "DATE", "absolute")


@_normaliser("yy_end")
def _norm_year_end_digits(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """The last year of a range written with two digits: "2022-23" → 2023, "1999-00" → 2000."""
    y1 = int(m.group("y1"))
    y = y1 // 100 * 100 + int(m.group("yy"))
    if y <= y1:
        y += 100
    if y - y1 > _YEAR_RANGE_SPAN:
        return None  # "2024-05": a month, not a range of years
    return _Norm(_year_value(y), "DATE", "absolute")


# the longest range of years written "2022-23"
_YEAR_RANGE_SPAN = 10


@_normaliser("quarter_abbr")
def _norm_quarter_abbr(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """ "Q3 2024" → 2024-Q3, "H1 2024" → 2024-H1, "2024 Q3" → 2024-Q3."""
    code = m.group("qa") or m.group("qb")
    return _Norm(f"{m.group('year') or m.group('year2')}-{code}", "DATE", "absolute")


@_normaliser("decade")
def _norm_decade(m: re.Match[str], ctx: _Context) -> _Norm | None:
    digits = m.group("dec")[:3] if m.group("dec") else "19" + m.group("dy")[0]
    # TimeBank writes a bare "1990s" as 199X and "the (early) 1990s" as 199
    bare = not m.group("part") and not m.group(0).lower().startswith("the")
    return _Norm(digits + ("X" if bare else ""), "DATE", "absolute")


@_normaliser("century")
def _norm_century(m: re.Match[str], ctx: _Context) -> _Norm | None:
    o = m.group("ord").lower()
    n = int(re.match(r"\d+", o).group(0)) if o[0].isdigit() else _lexicon().ordinals.get(o, 0)  # type: ignore[union-attr]
    if n <= 0:
        return None
    return _Norm(f"{n - 1:02d}", "DATE", "absolute")


@_normaliser("ymonthcount")
def _norm_year_words(m: re.Match[str], ctx: _Context) -> _Norm | None:
    rest = m.group("yw").lower().split()[2:]
    extra = _parse_number(" ".join(rest[1:])) if len(rest) > 1 else 0
    return _Norm(f"{2000 + int(extra or 0):04d}", "DATE", "absolute")


@_normaliser("spokenyear")
def _norm_spoken_year(m: re.Match[str], ctx: _Context) -> _Norm | None:
    lx = _lexicon()
    y = 1900 + lx.tens[m.group("t").lower()] + int(lx.numbers.get((m.group("u") or "").lower(), 0))
    return _Norm(_year_value(y), "DATE", "absolute")


@_normaliser("duration")
def _norm_duration(m: re.Match[str], ctx: _Context) -> _Norm | None:
    if m.group("old"):
        return None  # ages ("a 25-year-old man") are not temporal expressions here
    unit = m.group("unit").lower()
    num_txt = m.group("num")
    n: float | None = None
    if num_txt:
        n = _parse_number(num_txt)
        if n is None:
            return None
        if re.fullmatch(r"(?:1[5-9]|20)\d\d", num_txt):
            return None  # "the 1988 quarter" is a year, not 1988 quarters
    if unit.startswith("quarter") and (
        m.string.startswith(" of", m.end()) or m.string[m.start("unit") - 1] == "-"
    ):
        return None  # "three-quarters of the vote", "a quarter of the fighters"
    lx = _lexicon()
    plural = unit.endswith("s") or unit == "centuries"
    if num_txt and n == 1 and plural and num_txt.lower() in ("a", "an", "one"):
        return None
    if (
        lx.units[unit].get("time")
        and n is not None
        and not plural
        and num_txt
        and num_txt.lower() in ("a", "an")
        and re.search(r"\b(?:per|an?)\s*$", ctx.before)
    ):
        return None
    return _Norm(_duration(n, unit), "DURATION", "absolute")


@_normaliser("clock", "clock24")
def _norm_clock(m: re.Match[str], ctx: _Context) -> _Norm | None:
    h = int(m.group("h"))
    mi = int(m.group("mi") or 0)
    ampm = (_g(m, "ampm") or "").lower().replace(".", "")
    if ampm:
        if h == 0 or h > 12:
            return None
        if ampm == "pm" and h != 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
    ref = ctx.dct.date() if ctx.dct else None
    anchor = "document_date"
    if ref is not None:
        if _g(m, "wday"):
            wd = _lexicon().weekdays[m.group("wday").lower().rstrip(".")]
            ref = _weekday_near(ref, wd, ctx)
        elif _g(m, "month") or _g(m, "dmonth"):
            mo = _month_num(_g(m, "month") or m.group("dmonth"))
            d = _day_num(_g(m, "day") or m.group("dday"))
            y, anchor = _month_year(ctx, mo, d)
            try:
                ref = dt.date(y or ref.year, mo, d)
            except ValueError:
                return None
        elif _g(m, "word"):
            ref += dt.timedelta(
                days={"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("word").lower()]
            )
    day = _ymd(ref) if ref else "XXXX-XX-XX"
    return _Norm(f"{day}T{h:02d}:{mi:02d}", "TIME", anchor if ref else "unresolved")


@_normaliser("clock4")
def _norm_military_clock(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """A clock time in four digits: "at 0300 GMT", "at 1430 hours" (not "1500 hours of
    fighting": ``clock_count_suffixes`` need a preposition before them or a leading zero)."""
    tz = re.sub(r"\s+", " ", m.group("tz").lower())
    if tz in _lexicon().clock_count_suffixes and not _g(m, "prep") and m.group("h")[0] != "0":
        return None
    return _norm_clock(m, ctx)


@_normaliser("noon")
def _norm_noon(m: re.Match[str], ctx: _Context) -> _Norm | None:
    ref = ctx.dct.date() if ctx.dct else None
    hm = "24:00" if m.group("word").lower() == "midnight" else "12:00"
    if ref is not None and m.group("wday"):
        wd = _lexicon().weekdays[m.group("wday").lower().rstrip(".")]
        ref = _weekday_near(ref, wd, ctx)
    elif ref is not None and m.group("dword"):
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("dword").lower()]
        ref += dt.timedelta(days=shift)
    if ref is None:
        return _Norm(f"XXXX-XX-XXT{hm}", "TIME", "unresolved")
    return _Norm(f"{_ymd(ref)}T{hm}", "TIME", "document_date")


@_normaliser("holiday")
def _norm_holiday(m: re.Match[str], ctx: _Context) -> _Norm | None:
    name = re.sub(r"\s+", " ", m.group("hol").lower())
    if name.startswith("thanksgiving"):
        y, anchor = _month_year(ctx, 11, 25)
        if y is None:
            return _Norm("XXXX-11-XX", "DATE", anchor)
        first = dt.date(y, 11, 1)
        d = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        return _Norm(_ymd(d), "DATE", anchor)
    mo, day = _lexicon().holidays[name]
    y, anchor = _month_year(ctx, mo, day)
    value = f"{y:04d}-{mo:02d}-{day:02d}" if y else f"XXXX-{mo:02d}-{day:02d}"
    return _Norm(value, "DATE", anchor)
