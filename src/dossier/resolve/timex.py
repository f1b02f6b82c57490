"""Find temporal expressions in English text and normalise them to TIMEX3-like values.

A HeidelTime-style normaliser: a set of extraction patterns built from the lexicons in
``dossier/data/time/*.yaml`` (month and weekday names, seasons, number words, relative cue words,
vague phrases), then one normalisation function per pattern kind. Every expression gets a TIMEX3
``value`` and ``type``, a ``precision`` on Dossier's scale and the ``anchor`` its value came from:

* ``absolute``: the expression says everything ("March 8, 2017", "mid-2014", "three years");
* ``document_date``: deictic, counted from the document date ("yesterday", "last week", "Friday");
* ``previous_date``: anaphoric, counted from the date last mentioned ("in July of the same year");
* ``unresolved``: a reference was needed but none is known, so the unknown part stays ``X``
  ("in March of this year" in an undated document is ``XXXX-03``; no year is invented).

Vague periods ("the coming period", "recently", "over the years") keep TimeML's ``PAST_REF``,
``PRESENT_REF``, ``FUTURE_REF`` or an ``X`` duration, never a made-up date.

Example::

    >>> from dossier.records import DateValue
    >>> [t.value for t in extract_timexes("He left on March 8, 2017.", None)]
    ['2017-03-08']
    >>> parse_dateline("LIMA, 10 JAN 90 (EFE) -- [TEXT] THE POLICE")
    DateValue(value='1990-01-10', precision='day')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from dossier.records import DateValue, Timex

if TYPE_CHECKING:  # pragma: no cover
    import spacy.tokens

__all__ = ["extract_timexes", "parse_dateline", "precision_of"]

_DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "time"

# --------------------------------------------------------------------------------------------
# Lexicons


def _load(name: str) -> Any:
    """Read one YAML file of ``dossier/data/time``."""
    return yaml.safe_load((_DATA_DIR / name).read_text("utf-8"))


def _alt(words: list[str] | set[str] | dict[str, Any]) -> str:
    """A regex alternation of ``words`` (longest first, spaces matching any whitespace)."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@dataclass(frozen=True)
class _Phrase:
    regex: re.Pattern[str]
    value: str
    type: str
    context: re.Pattern[str] | None


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    month_abbrevs: frozenset[str]
    month_re: str
    weekdays: dict[str, int]
    weekday_re: str
    arabic_months: dict[str, int]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    holidays: dict[str, tuple[int, int]]
    numbers: dict[str, float]
    tens: dict[str, int]
    multipliers: dict[str, int]
    ordinals: dict[str, int]
    vague: list[str]
    units: dict[str, dict[str, Any]]
    unit_modifiers: dict[str, int]
    anaphoric_modifiers: set[str]
    count_directions: dict[str, int]
    anaphoric_directions: set[str]
    approximators: list[str]
    period_parts: dict[str, str]
    future_re: re.Pattern[str]
    past_re: re.Pattern[str]
    year_followers: set[str]
    year_leaders: set[str]
    phrases: tuple[_Phrase, ...]


def _name_alt(table: dict[int, dict[str, list[str]]]) -> tuple[dict[str, int], str]:
    """Map lowercased names to numbers and build a case-sensitive alternation for them."""
    lookup: dict[str, int] = {}
    full: list[str] = []
    abbr: list[str] = []
    for num, entry in table.items():
        for name in entry.get("names", []):
            lookup[name.lower()] = int(num)
            full += [name, name.upper()]
        for name in entry.get("abbrevs", []):
            lookup[name.lower()] = int(num)
            abbr += [name, name.upper()]
    regex = rf"(?-i:(?:{_alt(full)})\b|(?:{_alt(abbr)})\b\.?)"
    return lookup, regex


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    cal = _load("calendar.yaml")
    num = _load("numbers.yaml")
    rel = _load("relative.yaml")
    phr = _load("phrases.yaml")
    months, month_re = _name_alt(cal["months"])
    weekdays, weekday_re = _name_alt(cal["weekdays"])
    arabic = {n: int(k) for k, v in cal["months"].items() for n in v.get("arabic", [])}
    phrases = tuple(
        _Phrase(
            re.compile(r"(?<![\w-])" + p["pattern"].replace(" ", r"\s+") + r"(?![\w-])", re.I),
            p["value"],
            p["type"],
            re.compile(p["context"], re.I) if p.get("context") else None,
        )
        for p in phr["phrases"]
    )
    return _Lexicon(
        months=months,
        month_abbrevs=frozenset(a.lower() for v in cal["months"].values() for a in v["abbrevs"]),
        month_re=month_re,
        weekdays=weekdays,
        weekday_re=weekday_re,
        arabic_months=arabic,
        seasons=cal["seasons"],
        parts_of_day=cal["parts_of_day"],
        holidays={k: (v[0], v[1]) for k, v in cal["holidays"].items()},
        numbers={k: float(v) for k, v in num["units"].items()},
        tens=num["tens"],
        multipliers=num["multipliers"],
        ordinals=num["ordinals"],
        vague=num["vague"],
        units=rel["time_units"],
        unit_modifiers=rel["unit_modifiers"],
        anaphoric_modifiers=set(rel["anaphoric_modifiers"]),
        count_directions=rel["count_directions"],
        anaphoric_directions=set(rel["anaphoric_directions"]),
        approximators=rel["approximators"],
        period_parts=rel["period_parts"],
        future_re=re.compile(rf"(?<![\w']){_alt(rel['future_cues'])}(?!\w)", re.I),
        past_re=re.compile(rf"(?<![\w']){_alt(rel['past_cues'])}(?!\w)", re.I),
        year_followers=set(rel["year_followers"]),
        year_leaders=set(rel["year_leaders"]),
        phrases=phrases,
    )


# --------------------------------------------------------------------------------------------
# Patterns


@dataclass(frozen=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    priority: int = 0  # lower wins among candidates of the same length


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    lx = _lexicon()
    num_words = _alt(list(lx.numbers))
    tens = _alt(list(lx.tens))
    units_small = _alt([w for w in lx.numbers if lx.numbers[w] >= 1 and lx.numbers[w] < 10])
    number = (
        rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2|½)?|(?:{tens})(?:[-\s](?:{units_small}))?"
        rf"(?:\s+(?:{_alt(list(lx.multipliers))}))?|(?:{num_words})"
        rf"(?:\s+(?:{_alt(list(lx.multipliers))}))?)"
    )
    vague = _alt(lx.vague)
    unit = _alt(list(lx.units))
    approx = _alt(lx.approximators)
    mod = _alt(list(lx.unit_modifiers))
    month = lx.month_re
    wday = lx.weekday_re
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[0-9]|20)\d\d"
    part = r"(?:early|late|mid|middle|beginning|start|end)"
    part_pre = rf"(?:(?:the\s+)?(?P<part>{part}|earlier|later)(?:\s*-\s*|\s+(?:of\s+)?(?:the\s+)?))"
    season = _alt(list(lx.seasons))
    pod = _alt(list(lx.parts_of_day))
    ordinal = _alt(list(lx.ordinals))
    q_ord = rf"(?:{ordinal}|[1-4](?:st|nd|rd|th))"
    rel_year = (
        r"(?P<yrel>this|last|next|that|the\s+same|the\s+following|the\s+previous|"
        r"the\s+preceding|the\s+current|the\s+next)"
    )
    year_g = rf"(?:(?P<year>{year})|'(?P<yy>\d\d))"
    specs: list[tuple[str, str, int]] = [
        # --- calendar dates
        (
            "mdy",
            rf"(?:(?P<wday>{wday}),?\s+)?(?P<month>{month})\s+(?P<day>{day}),?\s+(?P<year>{year})(?!\d)",
            0,
        ),
        (
            "dmy",
            rf"(?:(?P<wday>{wday}),?\s+)?(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?(?P<month>{month}),?\s+"
            rf"(?P<year>{year}|\d\d)(?!\d)",
            0,
        ),
        ("iso", r"(?<![\d-])(?P<year>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", 0),
        ("slash", r"(?<![\d/])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])", 0),
        ("md", rf"(?:(?P<wday>{wday}),?\s+)?(?P<month>{month})\s+(?P<day>{day})(?![\d:])", 1),
        (
            "dm",
            rf"(?:(?P<wday>{wday}),?\s+)?(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?(?P<month>{month})",
            1,
        ),
        ("my", rf"{part_pre}?(?P<month>{month}),?\s+(?:of\s+)?{year_g}(?!\d)", 0),
        ("myrel", rf"{part_pre}?(?P<month>{month}),?\s+(?:of\s+)?{rel_year}\s+year\b", 0),
        (
            "relm",
            rf"{part_pre}?(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+following|"
            rf"the\s+previous|that)\s+(?P<month>{month})",
            0,
        ),
        ("m", rf"{part_pre}?(?P<month>{month})", 2),
        ("y", rf"{part_pre}?(?:(?P<fiscal>fiscal)(?:\s+year)?\s+)?(?P<year>{year})(?![\d,.]\d)", 2),
        ("y2", r"(?:(?P<fiscal>fiscal)\s+)'(?P<yy>\d\d)\b", 2),
        (
            "decade",
            r"(?:the\s+)?(?:(?P<part>early|late|mid)\s*-?\s*)?(?:(?P<dec>(?:1[0-9]|20)\d0)'?s|'(?P<dy>\d0)s)\b",
            1,
        ),
        (
            "century",
            rf"(?:the\s+)?(?:(?P<part>early|late|mid)\s*-?\s*)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|"
            rf"{ordinal})[-\s]century",
            1,
        ),
        ("ymonthcount", r"the\s+year\s+(?P<yw>two\s+thousand(?:\s+and\s+\w+)?)", 1),
        (
            "spokenyear",
            rf"(?-i:nineteen|Nineteen)\s+(?P<t>{tens})(?:[-\s](?P<u>{units_small}))?",
            1,
        ),
        (
            "yearago",
            r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year[-\s](?:earlier|ago)"
            rf"(?:\s+(?:(?P<qord>{q_ord})[-\s])?(?P<what>quarter|period|nine\s+months|six\s+months))?",
            1,
        ),
        ("weekend", r"the\s+weekend", 2),
        # --- seasons, quarters, halves
        (
            "season",
            rf"{part_pre}?(?:(?P<rel>this|last|next|this\s+past|this\s+coming|the\s+following|"
            rf"the\s+previous|that|the)\s+)?(?P<season>{season})(?:\s+(?:of\s+)?(?:(?P<year>{year})"
            rf"|{rel_year}\s+year))?\b",
            1,
        ),
        (
            "quarter",
            rf"(?:(?:the|its|their|a)\s+)?(?:(?P<rel>this|last|next|current|latest|same|"
            rf"year-earlier|year-ago|comparable|corresponding|previous|prior)\s+)?"
            rf"(?:(?P<year1>{year})\s+)?(?:fiscal[-\s])?(?P<qord>{q_ord})[-\s](?P<qh>quarter|half)"
            rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:(?P<year2>{year})|{rel_year}\s+year))?",
            1,
        ),
        ("quarter_bare", r"the\s+(?:(?P<rel>latest|current|past|recent)\s+)?quarter\b", 3),
        # --- deictic days and parts of days
        (
            "deictic",
            rf"(?:(?P<part>early|late)\s+)?(?P<word>today|tonight|yesterday|tomorrow|"
            r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)"
            rf"(?:\s+(?P<pod>{pod}))?",
            0,
        ),
        ("podrel", rf"(?P<rel>this|last|tomorrow|yesterday)\s+(?P<pod>{pod})", 0),
        (
            "weekday",
            rf"(?:(?P<part>early|late)\s+)?(?:(?P<rel>last|next|this|this\s+past|"
            rf"this\s+coming|the\s+previous|the\s+following|coming|past)\s+)?(?P<wday>{wday})"
            rf"(?:\s+(?P<pod>{pod}))?",
            1,
        ),
        # --- relative units
        (
            "relunit",
            rf"{part_pre}?(?:the\s+)?(?P<rel>{mod}|this\s+past|this\s+coming)\s+"
            rf"(?P<unit>week|weekend|month|year|decade|century|day|fiscal\s+year)\b",
            1,
        ),
        ("yearend", r"(?:the\s+)?year(?:'s)?[-\s]end\b", 1),
        (
            "anaday",
            r"(?:(?:the|that)\s+(?:same|very|following|next|previous)\s+(?P<u1>day|morning|night|"
            r"evening)|that\s+(?P<u2>day|morning|night|evening)|the\s+day\s+(?P<dir>before|after))\b",
            1,
        ),
        (
            "ago",
            rf"(?:(?:{approx})\s+)?(?:(?P<num>{number})|(?P<vague>{vague}))\s+(?P<unit>{unit})\s+"
            rf"(?P<dir>ago|earlier|later|from\s+now|hence)\b",
            0,
        ),
        (
            "duration",
            rf"(?:(?P<approx>{approx})\s+)?(?:the\s+)?(?:(?:{approx})\s+)?"
            rf"(?:(?P<num>{number})|(?P<vague>{vague}))(?:\s+or\s+so)?(?:\s+(?:more|straight|"
            rf"consecutive|full|long|additional|trading|business))?"
            rf"(?:-|\s+)(?P<unit>{unit})(?P<old>-old|\s+old)?(?:\s+or\s+so)?\b",
            2,
        ),
        # --- clock times
        (
            "clock",
            r"(?:(?:about|around|approximately|nearly)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?"
            r"\s*(?P<ampm>a\.m\b\.?|p\.m\b\.?|am\b|pm\b)(?:\s+(?P<tz>[ECMP][SD]T|GMT|UTC)\b)?"
            rf"(?:,?\s+(?:on\s+)?(?:(?P<wday>{wday})|(?P<word>today|yesterday|tomorrow)|"
            rf"(?P<month>{month})\s+(?P<day>{day})(?![\d:])))?",
            0,
        ),
        ("clock24", r"(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)\s*(?P<tz>GMT|UTC|local\s+time)\b", 1),
        (
            "noon",
            rf"(?P<word>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?:(?P<wday>{wday})|"
            r"(?P<dword>today|yesterday|tomorrow)))",
            2,
        ),
        ("holiday", rf"(?P<hol>{_alt(list(lx.holidays))}|Thanksgiving(?:\s+Day)?)\b", 2),
    ]
    rules = [
        _Rule(name, re.compile(rf"(?<![\w-]){rx}(?![\w])", re.I), pr) for name, rx, pr in specs
    ]
    return tuple(rules)


# --------------------------------------------------------------------------------------------
# Values and precision


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


@dataclass
class _Ref:
    """A (possibly partial) reference date."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            try:
                return dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


def _ref_from_value(value: str) -> _Ref | None:
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m:
        return None
    return _Ref(
        int(m.group(1)),
        int(m.group(2)) if m.group(2) else None,
        int(m.group(3)) if m.group(3) else None,
    )


def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


@dataclass
class _Norm:
    value: str
    type: str
    anchor: str


@dataclass
class _Context:
    """What the normalisers know: the document date, the previous date, the sentence."""

    dct: _Ref | None
    prev: _Ref | None
    sentence: str
    before: str  # text of the sentence before the expression
    prev_value: str = ""  # TIMEX3 value of the date last mentioned
    prev_near: bool = False  # whether that date is in the same paragraph


def _tense(ctx: _Context) -> int:
    """+1 when the sentence points forward, -1 when it points back, 0 when it does not say."""
    lx = _lexicon()
    if lx.future_re.search(ctx.sentence):
        return 1
    if lx.past_re.search(ctx.sentence) or _PAST_VERB.search(ctx.sentence):
        return -1
    return 0


# a verb in the past tense or a past participle ("attacked", "killed")
_PAST_VERB = re.compile(r"\b[a-z]{3,}(?<!need)(?<!speed)(?<!seed)(?<!feed)ed\b")


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


def _year_value(y: int) -> str:
    return f"{y:04d}"


def _month_year(ctx: _Context, month: int, day: int | None = None) -> tuple[int | None, str]:
    """Year of a month (and day) written without one: from the document date, by tense."""
    if ctx.dct and ctx.dct.year:
        y = ctx.dct.year
        if ctx.dct.month:
            # the nearest such month to the document date, a direction against the tense
            # of the sentence counting double
            now = ctx.dct.year * 372 + ctx.dct.month * 31 + (ctx.dct.day or 15 if day else 15)
            tense = _tense(ctx)

            def cost(yy: int) -> float:
                delta = yy * 372 + month * 31 + (day or 15) - now
                against = delta * tense < 0 or (tense == 0 and delta > 0)
                return abs(delta) * (_AGAINST_TENSE_MONTH if against else 1.0)

            y = min((y - 1, y, y + 1), key=cost)
        return y, "document_date"
    if ctx.prev and ctx.prev.year and ctx.prev_near:
        # an undated document: a month named right after a dated one shares its year
        return ctx.prev.year, "previous_date"
    return None, "unresolved"


# How much farther a date against the tense of its sentence may lie than one along it; a
# sentence without a cue counts as past (news reports point back). Fitted on TBAQ: the
# scores are flat for 1.5-3 (months) and 2-4 (weekdays).
_AGAINST_TENSE_MONTH = 1.5
_AGAINST_TENSE_WEEKDAY = 4.0
_UNMARKED_FUTURE_WEEKDAY = 2.0


def _weekday_near(ref: dt.date, wd: int, ctx: _Context) -> dt.date:
    """The weekday ``wd`` nearest to ``ref``, a direction against the tense counting more."""
    tense = _tense(ctx)
    best = None
    for k in range(-7, 8):
        d = ref + dt.timedelta(days=k)
        if d.isoweekday() != wd:
            continue
        if k * tense < 0:
            c = abs(k) * _AGAINST_TENSE_WEEKDAY
        elif tense == 0 and k > 0:
            c = abs(k) * _UNMARKED_FUTURE_WEEKDAY
        else:
            c = abs(k)
        if best is None or c < best[0]:
            best = (c, d)
    assert best is not None
    return best[1]


def _nearest_weekday(ref: dt.date, wd: int, direction: int) -> dt.date:
    """The weekday ``wd`` (ISO) on or before (direction <= 0) or on or after ``ref``."""
    diff = wd - ref.isoweekday()
    if direction > 0:
        return ref + dt.timedelta(days=diff % 7)
    return ref - dt.timedelta(days=(-diff) % 7)


# --------------------------------------------------------------------------------------------
# Normalisers, one per rule


_Normaliser = Callable[[re.Match[str], _Context], _Norm | None]
_NORMALISERS: dict[str, _Normaliser] = {}


def _normaliser(*names: str) -> Callable[[_Normaliser], _Normaliser]:
    def register(fn: _Normaliser) -> _Normaliser:
        for name in names:
            _NORMALISERS[name] = fn
        return fn

    return register


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _month_num(text: str) -> int:
    return _lexicon().months[text.lower().rstrip(".")]


def _day_num(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _two_digit_year(yy: str) -> int:
    """Two-digit years are read as 19xx (wire datelines: 10 JAN 90)."""
    return 1900 + int(yy)


@_normaliser("mdy", "dmy", "iso", "slash")
def _norm_full_date(m: re.Match[str], ctx: _Context) -> _Norm | None:
    y_txt = m.group("year")
    y = int(y_txt) if len(y_txt) == 4 else _two_digit_year(y_txt)
    if _g(m, "m"):
        mo, d = int(m.group("m")), int(m.group("d"))
    elif _g(m, "a"):
        a, b = int(m.group("a")), int(m.group("b"))
        mo, d = (a, b) if a <= 12 else (b, a)
    else:
        mo, d = _month_num(m.group("month")), _day_num(m.group("day"))
    try:
        return _Norm(_ymd(dt.date(y, mo, d)), "DATE", "absolute")
    except ValueError:
        return None


@_normaliser("md", "dm")
def _norm_month_day(m: re.Match[str], ctx: _Context) -> _Norm | None:
    mo, d = _month_num(m.group("month")), _day_num(m.group("day"))
    if d > 31:
        return None
    y, anchor = _month_year(ctx, mo, d)
    if y is None:
        return _Norm(f"XXXX-{mo:02d}-{d:02d}", "DATE", anchor)
    try:
        return _Norm(_ymd(dt.date(y, mo, d)), "DATE", anchor)
    except ValueError:
        return None


@_normaliser("my")
def _norm_month_year(m: re.Match[str], ctx: _Context) -> _Norm | None:
    mo = _month_num(m.group("month"))
    y = int(m.group("year")) if m.group("year") else _two_digit_year(m.group("yy"))
    return _Norm(f"{y:04d}-{mo:02d}", "DATE", "absolute")


def _rel_year(word: str, ctx: _Context) -> tuple[int | None, str]:
    """Year named by "this/last/next/that/the same/the following year"."""
    w = re.sub(r"\s+", " ", word.lower()).removeprefix("the ")
    anaphoric = w in ("same", "that", "following", "previous", "preceding")
    shift = {"last": -1, "previous": -1, "preceding": -1, "next": 1, "following": 1}.get(w, 0)
    if anaphoric and ctx.prev and ctx.prev.year:
        return ctx.prev.year + shift, "previous_date"
    if ctx.dct and ctx.dct.year:
        return ctx.dct.year + shift, "document_date"
    if not anaphoric:
        return None, "unresolved"
    return None, "unresolved"


@_normaliser("myrel")
def _norm_month_rel_year(m: re.Match[str], ctx: _Context) -> _Norm | None:
    mo = _month_num(m.group("month"))
    y, anchor = _rel_year(m.group("yrel"), ctx)
    return _Norm(f"{y:04d}-{mo:02d}" if y else f"XXXX-{mo:02d}", "DATE", anchor)


@_normaliser("relm")
def _norm_rel_month(m: re.Match[str], ctx: _Context) -> _Norm | None:
    mo = _month_num(m.group("month"))
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    ref, anchor = ctx.dct, "document_date"
    if rel in ("the following", "the previous", "that") and ctx.prev and ctx.prev.year:
        ref, anchor = ctx.prev, "previous_date"
    if not ref or not ref.year:
        return _Norm(f"XXXX-{mo:02d}", "DATE", "unresolved")
    y = ref.year
    cur = ref.month or 0
    if rel in ("last", "this past", "the previous"):
        y = y - 1 if mo >= cur else y
    elif rel in ("next", "this coming", "the following"):
        y = y + 1 if mo <= cur else y
    return _Norm(f"{y:04d}-{mo:02d}", "DATE", anchor)


_DATE_PREP = re.compile(
    r"\b(?:in|since|until|by|of|from|to|early|late|mid|during|over|through)\s+$", re.I
)


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


@_normaliser("yearago")
def _norm_year_ago(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """ "the year-earlier quarter": the period last mentioned (or the DCT's), a year back."""
    q = re.fullmatch(r"(\d{4})-(Q\d|H\d)", ctx.prev_value)
    what = (m.group("what") or "").lower()
    if m.group("qord"):
        o = m.group("qord").lower()
        n = int(o[0]) if o[0].isdigit() else _lexicon().ordinals.get(o, 0)
        base = ctx.dct.year if ctx.dct and ctx.dct.year else None
        if base is None:
            return _Norm(f"XXXX-Q{n}", "DATE", "unresolved")
        return _Norm(f"{base - 1:04d}-Q{n}", "DATE", "document_date")
    if q:
        y = int(q.group(1))
        if not (ctx.dct and ctx.dct.year and y < ctx.dct.year):
            y -= 1  # a period already a year back ("a year ago" just before) stays as it is
        return _Norm(f"{y:04d}-{q.group(2)}", "DATE", "previous_date")
    if ctx.dct and ctx.dct.year:
        if what in ("quarter", "period") and ctx.dct.month:
            y, qq = ctx.dct.year - 1, _quarter_of(ctx.dct.month) - 1
            if qq == 0:
                y, qq = y - 1, 4
            return _Norm(f"{y:04d}-Q{qq}", "DATE", "document_date")
        return _Norm(_year_value(ctx.dct.year - 1), "DATE", "document_date")
    return _Norm("XXXX", "DATE", "unresolved")


@_normaliser("weekend")
def _norm_weekend(m: re.Match[str], ctx: _Context) -> _Norm | None:
    ref = ctx.dct.date() if ctx.dct else None
    if ref is None:
        return _Norm("XXXX-WXX-WE", "DATE", "unresolved")
    sat = _nearest_weekday(ref, 6, 1 if _tense(ctx) > 0 else -1)
    if ref.isoweekday() == 7 and _tense(ctx) <= 0:
        sat = ref
    return _Norm(_week(sat) + "-WE", "DATE", "document_date")


@_normaliser("season")
def _norm_season(m: re.Match[str], ctx: _Context) -> _Norm | None:
    code = _lexicon().seasons[m.group("season").lower()]
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    bare = not rel and not m.group("year") and not _g(m, "yrel") and not _g(m, "part")
    if bare and not _DATE_PREP.search(ctx.before):
        return None  # a bare season word is a date only after a date preposition ("in summer")
    if m.group("year"):
        return _Norm(f"{m.group('year')}-{code}", "DATE", "absolute")
    if _g(m, "yrel"):
        y, anchor = _rel_year(m.group("yrel"), ctx)
        return _Norm(f"{y:04d}-{code}" if y else f"XXXX-{code}", "DATE", anchor)
    ref, anchor = ctx.dct, "document_date"
    if rel in ("the following", "the previous", "that") and ctx.prev and ctx.prev.year:
        ref, anchor = ctx.prev, "previous_date"
    if not ref or not ref.year:
        return _Norm(f"XXXX-{code}", "DATE", "unresolved")
    y = ref.year
    if ref.month is None or rel not in _PAST_RELS | _NEXT_RELS:
        return _Norm(f"{y:04d}-{code}", "DATE", anchor)
    # seasons start in March, June, September and December; winter is named by its December
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    now = ref.year * 12 + ref.month - 1
    if rel in _PAST_RELS:  # the latest such season that is over
        y = max(yy for yy in range(ref.year - 2, ref.year + 1) if yy * 12 + first - 1 + 3 <= now)
    else:  # the first such season that has not begun
        y = min(yy for yy in range(ref.year - 1, ref.year + 2) if yy * 12 + first - 1 > now)
    return _Norm(f"{y:04d}-{code}", "DATE", anchor)


_PAST_RELS = frozenset({"last", "this past", "the previous", "past"})
_NEXT_RELS = frozenset({"next", "this coming", "the following", "coming"})


def _quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


@_normaliser("quarter")
def _norm_quarter(m: re.Match[str], ctx: _Context) -> _Norm | None:
    lx = _lexicon()
    o = m.group("qord").lower()
    n = int(o[0]) if o[0].isdigit() else lx.ordinals.get(o, 0)
    half = m.group("qh").lower() == "half"
    if n == -1:
        n = 2 if half else 4
    if n < 1 or n > (2 if half else 4):
        return None
    code = f"H{n}" if half else f"Q{n}"
    year_txt = m.group("year1") or m.group("year2")
    if year_txt:
        return _Norm(f"{year_txt}-{code}", "DATE", "absolute")
    rel = (m.group("rel") or "").lower()
    if _g(m, "yrel"):
        y, anchor = _rel_year(m.group("yrel"), ctx)
    elif ctx.dct and ctx.dct.year:
        y, anchor = ctx.dct.year, "document_date"
        if (
            rel in ("year-earlier", "year-ago", "comparable", "corresponding")
            or ctx.dct.month
            and not half
            and n > _quarter_of(ctx.dct.month)
            and _tense(ctx) < 0
        ):
            y -= 1
    else:
        y, anchor = None, "unresolved"
    return _Norm(f"{y:04d}-{code}" if y else f"XXXX-{code}", "DATE", anchor)


@_normaliser("quarter_bare")
def _norm_quarter_bare(m: re.Match[str], ctx: _Context) -> _Norm | None:
    if not ctx.dct or not ctx.dct.year or not ctx.dct.month:
        return _Norm("XXXX-QX", "DATE", "unresolved")
    y, q = ctx.dct.year, _quarter_of(ctx.dct.month)
    if (m.group("rel") or "").lower() != "current":
        q -= 1
        if q == 0:
            y, q = y - 1, 4
    return _Norm(f"{y:04d}-Q{q}", "DATE", "document_date")


def _with_pod(day_value: str, pod: str | None) -> _Norm:
    if pod:
        code = _lexicon().parts_of_day[pod.lower()]
        return _Norm(f"{day_value}T{code}", "TIME", "document_date")
    return _Norm(day_value, "DATE", "document_date")


@_normaliser("deictic")
def _norm_deictic(m: re.Match[str], ctx: _Context) -> _Norm | None:
    word = re.sub(r"\s+", " ", m.group("word").lower())
    shift = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[word]
    pod = m.group("pod")
    ref = ctx.dct.date() if ctx.dct else None
    if ref is None:
        return _Norm("XXXX-XX-XX", "DATE", "unresolved")
    value = _ymd(ref + dt.timedelta(days=shift))
    if word == "tonight" and not pod:
        return _Norm(value + "TNI", "TIME", "document_date")
    return _with_pod(value, pod)


@_normaliser("podrel")
def _norm_pod_rel(m: re.Match[str], ctx: _Context) -> _Norm | None:
    rel = m.group("rel").lower()
    ref = ctx.dct.date() if ctx.dct else None
    if ref is None:
        return _Norm("XXXX-XX-XX", "TIME", "unresolved")
    shift = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    if rel == "last" and m.group("pod").lower() not in ("night", "evening"):
        return None
    n = _with_pod(_ymd(ref + dt.timedelta(days=shift)), m.group("pod"))
    return n


@_normaliser("weekday")
def _norm_weekday(m: re.Match[str], ctx: _Context) -> _Norm | None:
    wd = _lexicon().weekdays[m.group("wday").lower().rstrip(".")]
    if m.group("wday").rstrip(".").lower() in ("sun", "sat", "wed", "mon") and not m.group("rel"):
        return None  # abbreviations alone are ambiguous ("Sun" the newspaper)
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    ref = ctx.dct.date() if ctx.dct else None
    anchor = "document_date"
    if rel in ("the previous", "the following") and ctx.prev and ctx.prev.date():
        ref, anchor = ctx.prev.date(), "previous_date"
    if ref is None:
        return _Norm(f"XXXX-WXX-{wd}", "DATE", "unresolved")
    if rel in ("last", "this past", "the previous", "past"):
        d = _nearest_weekday(ref - dt.timedelta(days=1), wd, -1)
    elif rel in ("next", "this coming", "the following", "coming"):
        d = _nearest_weekday(ref + dt.timedelta(days=1), wd, 1)
    elif rel == "this":
        d = ref + dt.timedelta(days=wd - ref.isoweekday())
    else:
        d = _weekday_near(ref, wd, ctx)
    n = _with_pod(_ymd(d), m.group("pod"))
    n.anchor = anchor
    return n


@_normaliser("relunit")
def _norm_rel_unit(m: re.Match[str], ctx: _Context) -> _Norm | None:
    lx = _lexicon()
    rel = re.sub(r"\s+", " ", m.group("rel").lower())
    unit = re.sub(r"\s+", " ", m.group("unit").lower()).removeprefix("fiscal ")
    shift = {"this past": -1, "this coming": 1}.get(rel, lx.unit_modifiers.get(rel, 0))
    text = m.group(0).lower()
    has_the = text.startswith("the ") or " the " in text[:20]
    if rel == "past" and has_the and unit in ("decade", "century"):
        return _Norm(_duration(1, unit), "DURATION", "absolute")
    ref, anchor = ctx.dct, "document_date"
    if rel in lx.anaphoric_modifiers and ctx.prev and ctx.prev.year:
        ref, anchor = ctx.prev, "previous_date"
    elif rel in lx.anaphoric_modifiers and not (ctx.dct and ctx.dct.year):
        ref, anchor = None, "unresolved"
    if ref is None or ref.year is None:
        x = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "day": "XXXX-XX-XX"}
        return _Norm(x.get(unit, "XXXX"), "DATE", "unresolved")
    y = ref.year
    if unit == "year":
        return _Norm(_year_value(y + shift), "DATE", anchor)
    if unit == "decade":
        return _Norm(f"{(y // 10 + shift):03d}", "DATE", anchor)
    if unit == "century":
        return _Norm(f"{(y // 100 + shift):02d}", "DATE", anchor)
    if ref.month is None:
        return _Norm(f"{y:04d}-XX" + ("-XX" if unit == "day" else ""), "DATE", "unresolved")
    if unit == "month":
        yy, mm = _shift_month(y, ref.month, shift)
        return _Norm(f"{yy:04d}-{mm:02d}", "DATE", anchor)
    d = ref.date()
    if d is None:
        return _Norm(f"{y:04d}-{ref.month:02d}-XX", "DATE", "unresolved")
    if unit == "day":
        return _Norm(_ymd(d + dt.timedelta(days=shift)), "DATE", anchor)
    wk = _week(d + dt.timedelta(weeks=shift))
    return _Norm(wk + ("-WE" if unit == "weekend" else ""), "DATE", anchor)


@_normaliser("yearend")
def _norm_year_end(m: re.Match[str], ctx: _Context) -> _Norm | None:
    if ctx.dct and ctx.dct.year:
        return _Norm(_year_value(ctx.dct.year), "DATE", "document_date")
    return _Norm("XXXX", "DATE", "unresolved")


@_normaliser("anaday")
def _norm_ana_day(m: re.Match[str], ctx: _Context) -> _Norm | None:
    text = re.sub(r"\s+", " ", m.group(0).lower())
    shift = 1 if ("following" in text or "next" in text or "after" in text) else 0
    shift = -1 if ("previous" in text or "before" in text) else shift
    ref = ctx.prev if ctx.prev and ctx.prev.date() else None
    anchor = "previous_date"
    if ref is None and ctx.dct and ctx.dct.date():
        ref, anchor = ctx.dct, "document_date"
    if ref is None or ref.date() is None:
        return _Norm("XXXX-XX-XX", "DATE", "unresolved")
    value = _ymd(ref.date() + dt.timedelta(days=shift))  # type: ignore[operator]
    unit = (_g(m, "u1") or _g(m, "u2") or "day").lower()
    if unit != "day":
        n = _with_pod(value, unit)
        n.anchor = anchor
        return n
    return _Norm(value, "DATE", anchor)


@_normaliser("ago")
def _norm_ago(m: re.Match[str], ctx: _Context) -> _Norm | None:
    lx = _lexicon()
    direction_word = re.sub(r"\s+", " ", m.group("dir").lower())
    sign = lx.count_directions[direction_word]
    unit = m.group("unit").lower()
    n = _parse_number(m.group("num")) if m.group("num") else None
    info = lx.units[unit]
    if n is None:
        return _Norm(
            "PAST_REF" if sign < 0 else "FUTURE_REF",
            "DATE",
            "document_date" if ctx.dct else "unresolved",
        )
    ref, anchor = ctx.dct, "document_date"
    if direction_word in lx.anaphoric_directions and ctx.prev and ctx.prev.year:
        ref, anchor = ctx.prev, "previous_date"
    if ref is None or ref.year is None:
        return _Norm(_duration(n, unit), "DURATION", "unresolved")
    k = int(round(n * info.get("factor", 1))) * sign
    code = info["code"]
    q = re.fullmatch(r"(\d{4})-(Q\d|H\d)", ctx.prev_value)
    if code == "Y" and q and sign < 0:
        # "a year earlier" after "the third quarter": the same quarter, a year back
        base = int(q.group(1)) if anchor == "previous_date" else ref.year
        if ctx.dct and ctx.dct.year and int(q.group(1)) < ctx.dct.year:
            base = int(q.group(1)) - k  # the quarter just named is already a year back
        return _Norm(f"{base + k:04d}-{q.group(2)}", "DATE", anchor)
    if code == "Y":
        return _Norm(_year_value(ref.year + k), "DATE", anchor)
    if info.get("time"):
        return _Norm(_duration(n, unit), "DURATION", "absolute")
    if ref.month is None:
        return _Norm(f"{ref.year:04d}", "DATE", "unresolved")
    if code == "M":
        yy, mm = _shift_month(ref.year, ref.month, k)
        return _Norm(f"{yy:04d}-{mm:02d}", "DATE", anchor)
    if code == "Q":
        yy, mm = _shift_month(ref.year, ref.month, 3 * k)
        return _Norm(f"{yy:04d}-Q{_quarter_of(mm)}", "DATE", anchor)
    d = ref.date()
    if d is None:
        return _Norm(f"{ref.year:04d}-{ref.month:02d}", "DATE", "unresolved")
    if code == "W":
        return _Norm(_week(d + dt.timedelta(weeks=k)), "DATE", anchor)
    return _Norm(_ymd(d + dt.timedelta(days=k)), "DATE", anchor)


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
        elif _g(m, "month"):
            mo, d = _month_num(m.group("month")), _day_num(m.group("day"))
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
    mo, d = _lexicon().holidays[name]
    y, anchor = _month_year(ctx, mo, d)
    return _Norm(f"{y:04d}-{mo:02d}-{d:02d}" if y else f"XXXX-{mo:02d}-{d:02d}", "DATE", anchor)


# --------------------------------------------------------------------------------------------
# Extraction


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    rule: str
    match: re.Match[str] | None
    value: str = ""
    type: str = ""


def _year_ok(text: str, m: re.Match[str]) -> bool:
    """Whether a four-digit number reads as a year (not "2000 people", "$1990")."""
    start, end = m.start("year"), m.end("year")
    before = text[max(0, start - 20) : start]
    if re.search(
        r"(?:[$€£#]\s*|\d[.,]?\s*|No\.\s*|numbers?\s+|\bpage\s+|\bRoute\s+)$", before, re.I
    ):
        return False
    lead = m.group(0)[: start - m.start()].strip()
    if not lead and re.search(
        r"\b(?:than|about|some|around|nearly|almost|approximately|least|only|just)\s+$",
        before,
        re.I,
    ):
        return False
    after = text[end : end + 25]
    if re.match(
        r"\s*(?:%|percent|per\s*cent|[a-z]*(?:meters|metres|km|kilometers|feet|miles)\b)",
        after,
        re.I,
    ):
        return False
    word = re.match(r"\s+([a-z][a-z']*)", after)
    lx = _lexicon()
    if not word or word.group(1).lower() in lx.year_followers or lead:
        return True
    prev = re.search(r"([\w']+)\W*$", before)
    return bool(prev and prev.group(1).lower() in lx.year_leaders)


def _trim_determiner(rule: str, m: re.Match[str]) -> int:
    """Start of a match without its determiner when the expression is a hyphenated modifier.

    TimeBank marks "the 14-day truce" and "a third-quarter loss" as "14-day" and
    "third-quarter", but "the past three years" with its determiner.
    """
    group = {"duration": "unit", "quarter": "qh"}.get(rule)
    if group is None or m.string[m.start(group) - 1] != "-":
        return m.start()
    det = re.match(r"(?:the|a|an|its|their|his|her)\s+", m.group(0), re.I)
    if det is None or (rule == "duration" and m.start("num") == m.start()):
        return m.start()
    return m.start() + det.end()


def _candidates(text: str) -> Iterator[_Candidate]:
    lx = _lexicon()
    for rule in _rules():
        for m in rule.regex.finditer(text):
            if rule.name == "y" and not _year_ok(text, m):
                continue
            start, end = _trim_determiner(rule.name, m), m.end()
            yield _Candidate(start, end, rule.priority, rule.name, m)
    for i, phrase in enumerate(lx.phrases):
        for m in phrase.regex.finditer(text):
            start, end = m.span("x") if "x" in phrase.regex.groupindex else m.span()
            if phrase.context is not None:
                sent_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
                if not phrase.context.search(text[sent_start:start]):
                    continue
            yield _Candidate(start, end, -1 - i * 0, "phrase", None, phrase.value, phrase.type)


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep the longest non-overlapping candidates (ties: lower priority first)."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        chosen.append(c)
        taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


_SENT_RE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")


def _sentence_spans(text: str, doc: spacy.tokens.Doc | None) -> list[tuple[int, int]]:
    if doc is not None and doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    spans, start = [], 0
    for m in _SENT_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _ref_of(dv: DateValue | None) -> _Ref | None:
    if dv is None:
        return None
    return _ref_from_value(dv.value)


def _anchor_of_vague(ctx: _Context) -> str:
    return "document_date" if ctx.dct else "unresolved"


def extract_timexes(
    text: str,
    document_date: DateValue | None,
    doc: spacy.tokens.Doc | None = None,
) -> list[Timex]:
    """Find the temporal expressions of ``text`` and normalise each one.

    Parameters:
        text: the document text (offsets of the results index it).
        document_date: the publication date, the reference of deictic expressions
            ("yesterday", "last week"); ``None`` leaves those unresolved (``X`` in the value).
        doc: an optional spaCy ``Doc`` of ``text``; its sentence boundaries are used for the
            tense cues when present.

    Returns the expressions in text order, each with a TIMEX3 ``value`` and ``type``, a
    ``precision`` and the ``anchor`` the value was computed from.

    Example::

        >>> ts = extract_timexes("On March 8, 2017 ... in July of the same year.", None)
        >>> [(t.text, t.value, t.anchor) for t in ts]
        [('March 8, 2017', '2017-03-08', 'absolute'), ('July of the same year', '2017-07', 'previous_date')]
    """
    dct = _ref_of(document_date)
    sentences = _sentence_spans(text, doc)
    chosen = _select(list(_candidates(text)))
    out: list[Timex] = []
    prev: _Ref | None = None
    prev_value = ""
    prev_end = -1
    si = 0
    for c in chosen:
        while si < len(sentences) - 1 and sentences[si][1] <= c.start:
            si += 1
        s_start, s_end = sentences[si]
        near = prev_end >= 0 and "\n" not in text[prev_end : c.start].strip()
        ctx = _Context(
            dct,
            prev,
            text[s_start:s_end],
            text[max(s_start, c.start - 40) : c.start],
            prev_value,
            near,
        )
        if c.rule == "phrase":
            norm: _Norm | None = _Norm(
                c.value,
                c.type,
                "absolute" if c.type in ("DURATION", "SET") else _anchor_of_vague(ctx),
            )
        else:
            assert c.match is not None
            norm = _NORMALISERS[c.rule](c.match, ctx)
        if norm is None:
            continue
        out.append(
            Timex(
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                value=norm.value,
                precision=precision_of(norm.value, norm.type),
                anchor=norm.anchor,
                type=norm.type,
            )
        )
        if norm.type in ("DATE", "TIME") and re.match(r"\d{4}", norm.value):
            ref = _ref_from_value(norm.value)
            if ref is not None:
                prev, prev_value, prev_end = ref, norm.value, c.end
    return out


# --------------------------------------------------------------------------------------------
# Datelines


_DATELINE_PATTERNS = (
    # LIMA, 10 JAN 90 (EFE) --   |   SAN SALVADOR, 12 APR 89 (ACAN-EFE) -- [TEXT]
    r"^[A-Z][A-Z .'()-]*,\s*(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d{2}|\d{4})\b",
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
