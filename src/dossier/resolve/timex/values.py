"""TIMEX3 values: their precision on Dossier's scale, date and week formatting, durations.

:func:`precision_of` maps a value ("2017-07", "P3Y", "PAST_REF") to a precision; the helpers
write dates, ISO weeks and durations as TIMEX3 values and read numbers written in digits or
words ("three", "twenty-five", "2 1/2").
"""

from __future__ import annotations

import datetime as dt
import re

from dossier.resolve.timex.lexicon import _lexicon


def precision_of(value: str, type_: str = "DATE") -> str:
    """Dossier's precision for a TIMEX3 value ("2017-07" → month, "P3Y" → year, PAST_REF → vague)."""
    if value.endswith("_REF") or value in ("", "XXXX"):
        return "vague"
    if value.startswith("P"):
        if "X" in value:
            return "vague"
        code = value[-1]
        if value.endswith("DE"):
            return "decade"
        if value.endswith("CE"):
            return "century"
        if "T" in value:
            return "day"
        return {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter"}.get(
            code, "vague"
        )
    v = value.split("T")[0] if re.match(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T", value) else value
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}-[\dX]{2}", v):
        return "day"
    if re.fullmatch(r"[\dX]{4}-W[\dX]{1,2}(-WE|-\d)?", v):
        return "day" if re.search(r"-\d$", v) else "week"
    if re.fullmatch(r"[\dX]{4}-[\dX]{2}", v):
        return "month"
    if re.fullmatch(r"[\dX]{4}-(SP|SU|FA|WI)", v):
        return "season"
    if re.fullmatch(r"[\dX]{4}-(Q[\dX]|H[\dX])", v):
        return "quarter"
    if re.fullmatch(r"\d{3}X", v):
        return "decade"
    if re.fullmatch(r"[\dX]{4}", v):
        return "year"
    if re.fullmatch(r"\d{3}X?|\d{2}X", v):
        return "decade"
    if re.fullmatch(r"\d{2}", v):
        return "century"
    return "vague"


def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


def _year_value(y: int) -> str:
    return f"{y:04d}"


def _quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def _two_digit_year(yy: str) -> int:
    """Two-digit years are read as 19xx (wire datelines: 10 JAN 90)."""
    return 1900 + int(yy)


def _parse_number(text: str) -> float | None:
    """Value of a number written in digits or words; None for vague counts ("several")."""
    lx = _lexicon()
    t = re.sub(r"\s+", " ", text.lower().strip())
    if t in lx.vague:
        return None
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)(?: 1/2|½)?", t)
    if m:
        val = (
            float(m.group(1).replace(",", ""))
            if "," in m.group(1) and len(m.group(1).split(",")[-1]) == 3
            else float(m.group(1).replace(",", "."))
        )
        return val + (0.5 if t.endswith(("1/2", "½")) else 0.0)
    total = 0.0
    mult = 1.0
    words = t.replace("-", " ").split(" ")
    if words and words[-1] in lx.multipliers:
        mult = lx.multipliers[words[-1]]
        words = words[:-1]
    phrase = " ".join(words)
    if phrase in lx.numbers:
        total = lx.numbers[phrase]
    else:
        for w in words:
            if w in lx.tens:
                total += lx.tens[w]
            elif w in lx.numbers:
                total += lx.numbers[w]
            else:
                return None
    return total * mult


def _duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration for ``n`` units (``None``: unknown count, written X)."""
    lx = _lexicon()
    info = lx.units[unit.lower()]
    code = info["code"]
    t = "T" if info.get("time") else ""
    if n is None:
        return f"P{t}X{info.get('x_code', code)}"
    n *= info.get("factor", 1)
    if n != int(n):
        lower = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
        if code in lower:
            whole = int(n)
            sub_code, k = lower[code]
            rest = round((n - whole) * k)
            if code == "D":
                return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
            if code == "H":
                return f"PT{whole}H{rest}M" if whole else f"PT{rest}M"
            return f"P{whole}{code}{rest}{sub_code}" if whole else f"P{rest}{sub_code}"
    return f"P{t}{int(n)}{code}"


# the grammar of a TIMEX3 value (TimeML 1.2.1, ISO-TimeML) as the normalisers write it
_REF = r"(?:PAST|PRESENT|FUTURE)_REF"
_YEAR = r"(?P<y>\d{4}|\d{3}X|\d{2}XX|XXXX)"
_DATE_PART = (
    r"(?:-(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX))?"
    r"|-W(?P<w>\d\d?|XX)(?:-(?:[1-7X]|WE))?"
    r"|-(?:SP|SU|FA|WI)"
    r"|-(?:Q[1-4X]|H[12X]))?"
)
_CLOCK = r"(?:T(?:\d\d(?::\d\d(?::\d\d(?:\.\d+)?)?)?|MO|AF|EV|NI|DT)(?:Z|[+-]\d\d(?::?\d\d)?)?)?"
_DATE_VALUE = re.compile(rf"{_YEAR}{_DATE_PART}{_CLOCK}|\d{{2,3}}")
_DURATION_VALUE = re.compile(
    r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|H|DE|CE|ML|L|E|C|X))+"
    r"(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
)


def is_valid_value(value: str, type_: str = "DATE") -> bool:
    """Whether ``value`` is a well-formed TIMEX3 value of ``type_`` that names a real time:
    no month 13, 30 February or week 54 ("2024-02-30" is no date), no unknown code
    ("2025-FALL").

    >>> is_valid_value("2024-FA"), is_valid_value("2024-02-30"), is_valid_value("P2M", "DURATION")
    (True, False, True)
    """
    if re.fullmatch(_REF, value):
        return type_ in ("DATE", "TIME", "SET")
    if _DURATION_VALUE.fullmatch(value):
        return type_ in ("DURATION", "SET")
    m = _DATE_VALUE.fullmatch(value)
    if m is None or type_ == "DURATION":
        return False
    year = int(m["y"]) if m["y"] and m["y"].isdigit() else None
    month = int(m["m"]) if m["m"] and m["m"].isdigit() else None
    if month is not None and not 1 <= month <= 12:
        return False
    if m["d"] and m["d"].isdigit():
        try:  # an unknown year: a leap year, so that 29 February is a day
            dt.date(year or 2000, month or 1, int(m["d"]))
        except ValueError:
            return False
    if m["w"] and m["w"].isdigit():
        week = int(m["w"])
        last = dt.date(year, 12, 28).isocalendar()[1] if year else 53
        if not 1 <= week <= last:
            return False
    return True


# the months of TIMEX3's seasons (winter named by the year of its December), quarters and
# halves: (first month, months)
_PERIOD_MONTHS = {
    "SP": (3, 3),
    "SU": (6, 3),
    "FA": (9, 3),
    "WI": (12, 3),
    "Q1": (1, 3),
    "Q2": (4, 3),
    "Q3": (7, 3),
    "Q4": (10, 3),
    "H1": (1, 6),
    "H2": (7, 6),
}


def calendar_period(value: str) -> tuple[str, str | None, str] | None:
    """A TIMEX3 date value as calendar dates only (ISO 8601 day, month or year), for a
    record such as an event's date that admits no season, quarter or weekend code: the first
    value, the last (None for one unit) and their precision; None when the value names no
    calendar period ("PAST_REF", "XXXX-SU": no year).

    >>> calendar_period("2025-FA"), calendar_period("2024-WI")
    (('2025-09', '2025-11', 'month'), ('2024-12', '2025-02', 'month'))
    >>> calendar_period("2025-W09-WE"), calendar_period("XXXX-FA")
    (('2025-03-01', '2025-03-02', 'day'), None)
    """
    v = value.split("T")[0] if re.match(r"\d{4}-\d\d-\d\dT", value) else value
    if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", v):
        if not is_valid_value(v):
            return None
        return v, None, {4: "year", 7: "month", 10: "day"}[len(v)]
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])", v)
    if m:
        year = int(m.group(1))
        first, months = _PERIOD_MONTHS[m.group(2)]
        y2, m2 = _shift_month(year, first, months - 1)
        return f"{year:04d}-{first:02d}", f"{y2:04d}-{m2:02d}", "month"
    m = re.fullmatch(r"(\d{4})-W(\d\d?)(?:-(WE|[1-7]))?", v)
    if m:
        year, week, day = int(m.group(1)), int(m.group(2)), m.group(3)
        try:
            if day is None:
                first_day = dt.date.fromisocalendar(year, week, 1)
                return first_day.isoformat(), (first_day + dt.timedelta(days=6)).isoformat(), "day"
            if day == "WE":
                sat = dt.date.fromisocalendar(year, week, 6)
                return sat.isoformat(), (sat + dt.timedelta(days=1)).isoformat(), "day"
            return dt.date.fromisocalendar(year, week, int(day)).isoformat(), None, "day"
        except ValueError:
            return None
    return None
