"""Normalisers of relative expressions: deictic and anaphoric dates, weeks, seasons, quarters.

Deictic expressions are counted from the document date ("yesterday", "last week", "Friday",
"two years ago", "the current quarter"); anaphoric ones from the date last mentioned ("the
following day", "July of the same year", "a year earlier"). Without the reference they need,
the unknown part of the value stays ``X`` and the anchor is ``unresolved``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from dossier.resolve.timex.anchors import (
    _NEXT_RELS,
    _PAST_RELS,
    _Context,
    _month_year,
    _nearest_weekday,
    _rel_year,
    _season_year,
    _tense,
    _weekday_near,
)
from dossier.resolve.timex.dateline import _read_wire
from dossier.resolve.timex.lexicon import _alt, _lexicon
from dossier.resolve.timex.normalise import (
    _DATE_PREP,
    _g,
    _month_num,
    _Norm,
    _Normaliser,
    _registry,
)
from dossier.resolve.timex.values import (
    _PERIOD_MONTHS,
    _duration,
    _parse_number,
    _quarter_of,
    _shift_month,
    _week,
    _year_value,
    _ymd,
)

# the normalisers of this module, by rule name
_NORMALISERS: dict[str, _Normaliser] = {}
_normaliser = _registry(_NORMALISERS)


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


def _season_noun(m: re.Match[str], word: str) -> bool:
    """Whether a season word without a year is a noun, not a season: "the fall of Kabul",
    "the fall of Bashar al-Assad", "a fall in prices", "the summer of love"; "of" or (for a
    word that is also a common noun, such as "fall") "in", then no year."""
    lx = _lexicon()
    after = re.match(r"\s+(of|in)\s+([\w'’-]+)", m.string[m.end() : m.end() + 60])
    if after is None or (after.group(1) == "in" and word not in lx.season_nouns):
        return False
    following = after.group(2).lower()
    return not (following.isdigit() or following in lx.numbers or following in lx.tens)


@_normaliser("season")
def _norm_season(m: re.Match[str], ctx: _Context) -> _Norm | None:
    lx = _lexicon()
    word = m.group("season").lower()
    code = lx.seasons.get(word) or lx.seasons.get(word.casefold())
    if code is None:
        return None  # matched case-insensitively by a letter that lower-cases elsewhere ("ſ")
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    bare = not rel and not m.group("year") and not _g(m, "yrel") and not _g(m, "part")
    if bare and not _DATE_PREP.search(ctx.before):
        return None  # a bare season word is a date only after a date preposition ("in summer")
    if m.group("year"):
        return _Norm(f"{m.group('year')}-{code}", "DATE", "absolute")
    if _g(m, "yrel"):
        y, anchor = _rel_year(m.group("yrel"), ctx)
        return _Norm(f"{y:04d}-{code}" if y else f"XXXX-{code}", "DATE", anchor)
    if rel in ("", "the") and _season_noun(m, word):
        return None
    ref, anchor = ctx.dct, "document_date"
    if rel in ("the following", "the previous", "that") and ctx.prev and ctx.prev.year:
        ref, anchor = ctx.prev, "previous_date"
    if not ref or not ref.year:
        return _Norm(f"XXXX-{code}", "DATE", "unresolved")
    y = ref.year
    if rel in ("", "the") and anchor == "document_date":
        # "in the fall", "the summer": the nearest such season, by the sentence's tense
        y = _season_year(ctx, lx.season_middles[code]) or y
        return _Norm(f"{y:04d}-{code}", "DATE", anchor)
    if ref.month is None or rel not in _PAST_RELS | _NEXT_RELS:
        return _Norm(f"{y:04d}-{code}", "DATE", anchor)
    # seasons start in March, June, September and December; winter is named by its December
    first = _PERIOD_MONTHS[code][0]
    now = ref.year * 12 + ref.month - 1
    if rel in _PAST_RELS:  # the latest such season that is over
        y = max(yy for yy in range(ref.year - 2, ref.year + 1) if yy * 12 + first - 1 + 3 <= now)
    else:  # the first such season that has not begun
        y = min(yy for yy in range(ref.year - 1, ref.year + 2) if yy * 12 + first - 1 > now)
    return _Norm(f"{y:04d}-{code}", "DATE", anchor)


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


def _names_an_observance(m: re.Match[str], ctx: _Context) -> bool:
    """Whether a bare weekday modifies a noun of a weekly observance ("Friday prayers")."""
    lx = _lexicon()
    noun = re.match(r"\s+([^\W\d_]+)", m.string[m.end() : m.end() + 40])
    if noun is None or noun.group(1).lower() not in lx.weekday_nouns:
        return False
    before = re.search(r"([^\W\d_]+)\s+$", ctx.before)
    return before is None or before.group(1).lower() not in lx.weekday_noun_keepers


@lru_cache(maxsize=1)
def _weekday_pair_re() -> re.Pattern[str]:
    """A weekday and a joiner at the end of the text before an expression ("Friday to ")."""
    lx = _lexicon()
    joiners = _alt(list(lx.day_joiners))
    openers = _alt(list(lx.range_openers))
    return re.compile(
        rf"(?:(?P<opener>{openers})\s+)?(?<!\w){lx.weekday_re}\s*(?P<join>{joiners})\s*$", re.I
    )


def _pair_start(ctx: _Context) -> dt.date | None:
    """The day a weekday ending a range ("from Friday to Sunday", "between Monday and
    Wednesday") follows: the day of its first weekday, the date last told. A list ("Friday
    and Thursday") keeps each day's own reading."""
    pair = _weekday_pair_re().search(ctx.before)
    if pair is None or ctx.prev is None:
        return None
    if not pair["opener"] and pair["join"].lower() not in _lexicon().range_joiners:
        return None
    return ctx.prev.date() if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", ctx.prev_value) else None


# the pluperfect: "had" and a past participle, past an adverb or "been" ("had burned",
# "had earlier abducted", "had been seized"; not "had to flee", "had a meeting")
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:\w+ly|already|not|earlier|been)\s+){0,2}"
    r"[a-z]{2,}(?:ed|en|wn|t|ne|ck|un|ung|ought|aught|ost|eld|ound)\b",
    re.IGNORECASE,
)


def _told_before(ctx: _Context) -> bool:
    """Whether the sentence puts what it tells before the day last told: in the pluperfect
    ("gunmen had abducted them on Friday") or with a word of earlier time ("on Thursday,
    before the assault", "The day before, on Tuesday")."""
    return bool(_PLUPERFECT.search(ctx.sentence) or _lexicon().earlier_re.search(ctx.sentence))


def _month_weekday(wd: int, rel: str, ctx: _Context) -> _Norm | None:
    """A weekday in a report dated by its month only ("West Africa digest — January 2025":
    "On Sunday, gunmen abducted a priest"), counted from the day last told in its
    paragraph when that falls in the month: that day or the first such day after it ("On 3
    Jan ... On Sunday" is 5 January), or that day or the last such day before it when the
    sentence tells an earlier time ("had abducted them on Friday", "before the assault");
    a day outside the month, or no day told, gives the month itself, at month precision:
    no day is made up."""
    dct = ctx.dct
    if dct is None or dct.year is None or dct.month is None or dct.day is not None:
        return None
    lx = _lexicon()
    prev = ctx.prev.date() if ctx.prev and ctx.prev_near and ctx.prev_close else None
    if prev is not None and prev.month == dct.month:
        day: dt.date | None = None
        if not rel and _told_before(ctx):
            day = _nearest_weekday(prev, wd, -1)
        elif rel in lx.month_weekday_onward:
            # "on Friday" may be the day told itself; "the following Friday" is after it
            day = _nearest_weekday(prev + dt.timedelta(days=1 if rel else 0), wd, 1)
        if day is not None and (day.year, day.month) == (dct.year, dct.month):
            return _Norm(_ymd(day), "DATE", "previous_date")
    if rel in lx.month_weekday_to_come:
        return None  # a day to come may fall in the month after
    return _Norm(f"{dct.year:04d}-{dct.month:02d}", "DATE", "document_date")


@_normaliser("weekday")
def _norm_weekday(m: re.Match[str], ctx: _Context) -> _Norm | None:
    wd = _lexicon().weekdays[m.group("wday").lower().rstrip(".")]
    if m.group("wday").rstrip(".").lower() in ("sun", "sat", "wed", "mon") and not m.group("rel"):
        return None  # abbreviations alone are ambiguous ("Sun" the newspaper)
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if not rel and not m.group("pod") and _names_an_observance(m, ctx):
        return None
    ref = ctx.dct.date() if ctx.dct else None
    anchor = "document_date"
    if rel in ("the previous", "the following") and ctx.prev and ctx.prev.date():
        ref, anchor = ctx.prev.date(), "previous_date"
    if ref is None:
        return _month_weekday(wd, rel, ctx) or _Norm(f"XXXX-WXX-{wd}", "DATE", "unresolved")
    if rel in ("last", "this past", "the previous", "past"):
        d = _nearest_weekday(ref - dt.timedelta(days=1), wd, -1)
    elif rel in ("next", "this coming", "the following", "coming"):
        d = _nearest_weekday(ref + dt.timedelta(days=1), wd, 1)
    elif rel == "this":
        d = ref + dt.timedelta(days=wd - ref.isoweekday())
    elif (first := _pair_start(ctx)) is not None:
        # "from Friday to Sunday", "on Saturday and Sunday": the day after the first
        d = _nearest_weekday(first + dt.timedelta(days=1), wd, 1)
        anchor = "previous_date"
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
    # "the next day" counts from the date last told, "next week" from the report's
    # (but "over the next year" is the coming one)
    narrative_next = (
        rel == "next"
        and text.startswith("the ")
        and unit in ("day", "week")
        and not re.search(r"\b(?:over|within|during|for|in)\s*$", m.string[: m.start()])
    )
    anaphoric = rel in lx.anaphoric_modifiers or narrative_next
    if anaphoric and ctx.prev and ctx.prev.year:
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
    base = ref.date()
    assert base is not None  # checked above
    day = base + dt.timedelta(days=shift)
    after = ctx.rest[len(m.group(0)) :] if ctx.rest.startswith(m.group(0)) else ""
    years = _year_shift(after, day.year)
    if years:
        try:
            day = day.replace(year=day.year + years)
        except ValueError:
            return None  # "the same date last year" of a 29 February
    value = _ymd(day)
    unit = (_g(m, "u1") or _g(m, "u2") or "day").lower()
    if unit not in ("day", "date"):  # "on the same date" is the day
        n = _with_pod(value, unit)
        n.anchor = anchor
        return n
    return _Norm(value, "DATE", anchor)


def _year_shift(after: str, year: int) -> int:
    """How many years the words right after "the same date" move it from ``year``: "last
    year" -1, "in 2019" to 2019."""
    words = re.sub(r"\s+", " ", after.lower()).lstrip(" ,")
    written = re.match(r"(?:in|of) ((?:19|20)\d\d)\b", words)
    if written:
        return int(written.group(1)) - year
    shifts = _lexicon().same_day_year_shifts
    return next((v for k, v in shifts.items() if re.match(rf"{re.escape(k)}\b", words)), 0)


@_normaliser("ago")
def _norm_ago(m: re.Match[str], ctx: _Context) -> _Norm | None:
    lx = _lexicon()
    direction_word = re.sub(r"\s+", " ", m.group("dir").lower())
    sign = lx.count_directions[direction_word]
    unit = (m.group("unit") or m.group("bare")).lower()
    n = _parse_number(m.group("num")) if m.group("num") else None
    info = lx.units[unit]
    if (
        info.get("time")
        and n is None  # "an hour later" is a duration (TimeML), "hours later" a day
        and direction_word in lx.anaphoric_directions
        and ctx.prev
        and ctx.prev.year
    ):
        # "Hours later, gunmen attacked": the day (or month) of the date last told
        return _Norm(ctx.prev_value, "DATE", "previous_date")
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


@_normaliser("weekof")
def _norm_week_of(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """ "the last week of October": the ISO week most of whose days are the month's first
    (or n-th, or last) seven."""
    mo = _month_num(m.group("month"))
    word = m.group("ord").lower()
    n = -1 if word in ("last", "final") else _lexicon().ordinals.get(word, 0)
    if n == 0 or n > 5:
        return None
    if _g(m, "year"):
        y: int | None = int(m.group("year"))
        anchor = "absolute"
    else:
        y, anchor = _month_year(ctx, mo)
    if y is None:
        return _Norm("XXXX-WXX", "DATE", "unresolved")
    if n > 0:
        first = dt.date(y, mo, 1)
        if first.isoweekday() > 4:  # the week of the 1st lies mostly in the month before
            first += dt.timedelta(days=8 - first.isoweekday())
        d = first + dt.timedelta(weeks=n - 1)
        if d.month != mo:
            return None
    else:
        yy, mm = _shift_month(y, mo, 1)
        d = dt.date(yy, mm, 1) - dt.timedelta(days=1)
        if d.isoweekday() < 4:  # the week of the last day lies mostly in the month after
            d -= dt.timedelta(days=d.isoweekday())
    return _Norm(_week(d), "DATE", anchor)


@_normaliser("periodunit")
def _norm_period_unit(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """ "during the week", "over the month": the week or month last told in the paragraph
    (a month named, or a day's month for "the month"), else the document's."""
    unit = m.group("unit").lower()
    prev = ctx.prev if ctx.prev and ctx.prev.year and (ctx.prev_near or ctx.prev_close) else None
    if unit == "month" and prev and prev.month:
        return _Norm(f"{prev.year:04d}-{prev.month:02d}", "DATE", "previous_date")
    if unit == "week" and prev and re.fullmatch(r"\d{4}-W\d\d", ctx.prev_value):
        return _Norm(ctx.prev_value, "DATE", "previous_date")
    ref = ctx.dct
    if ref is None or ref.year is None or ref.month is None:
        return _Norm("XXXX-WXX" if unit == "week" else "XXXX-XX", "DATE", "unresolved")
    if unit == "month":
        return _Norm(f"{ref.year:04d}-{ref.month:02d}", "DATE", "document_date")
    d = ref.date()
    if d is None:
        return _Norm(f"{ref.year:04d}-{ref.month:02d}", "DATE", "document_date")
    return _Norm(_week(d), "DATE", "document_date")


# the name of what an expression counts from: "after the TUSAS attack" → "TUSAS"
_NAMED_AFTER = re.compile(r"\s+after\s+the\s+(?P<name>(?:(?-i:[A-Z])[\w'’-]*\s+){1,3})(?-i:[a-z])")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")


# what "hours after the ambush" counts from, named by a common noun: the noun ending a run of
# lower-case words after the determiner ("the deadly ambush", "the attack on the base")
_NOUN_AFTER = re.compile(
    r"\s+after\s+(?:the|this|that|its|their|his|her)\s+"
    r"(?P<words>(?:(?-i:[a-z])[\w-]*\s+){0,2}(?-i:[a-z])[\w-]*)(?![\w-])"
)
# how far back (characters) the sentence naming that noun may be
_NOUN_REACH = 3000
# an ending taken off that noun, so that it finds the verb too ("ambush" in "ambushed",
# "bombing" as "bomb" in "bombed")
_NOUN_ENDING = re.compile(r"(?:ings?|s)$")


def _named_pattern(m: re.Match[str]) -> str | None:
    """The words that name what an expression counts from: a capitalised name ("after the
    TUSAS attack"), else the stem of the common noun that follows ("after the ambush" →
    "ambush", found in "ambushed"), a regular expression."""
    named = _NAMED_AFTER.match(m.string, m.end("bare"))
    if named is not None:
        name = " ".join(named["name"].split())
        return rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    noun = _NOUN_AFTER.match(m.string, m.end("bare"))
    if noun is None:
        return None
    lx = _lexicon()
    words = noun["words"].lower().split()
    cut = next((i for i, w in enumerate(words) if w in lx.named_after_stops), len(words))
    if cut == 0:
        return None
    head = words[cut - 1]
    stem = _NOUN_ENDING.sub("", head) if len(head) > 6 else head
    return rf"(?i)(?<![\w-]){re.escape(stem)}[\w]*"


def _date_of_named(m: re.Match[str], ctx: _Context) -> str | None:
    """The date told in the last earlier sentence that names what "hours after the X attack"
    counts from ("TUSAS" in "... an attack on 23 October 2024 on the headquarters of Turkish
    Aerospace Industries (TUSAS) ..."; "ambushed" for "hours after the ambush"), the date
    nearest the name in it."""
    pattern = _named_pattern(m)
    if pattern is None:
        return None
    text = m.string
    sentence_start = max(
        [e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 2000), m.start())] or [0]
    )
    # a common noun ("the attack") names the last such event told, a few paragraphs back at
    # most; a name may be told further back
    reach = 0 if pattern.startswith("(?<!") else max(0, sentence_start - _NOUN_REACH)
    hits = [h for h in re.finditer(pattern, text[:sentence_start]) if h.start() >= reach]
    for hit in reversed(hits):
        ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, hit.start())]
        start = ends[-1] if ends else 0
        # the date of a wire dateline ("MAPUTO, March 5 (Reuters) - Gunmen ambushed ...") is
        # the story's, not the event's
        line_start = text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.start())
        wire = _read_wire(text[line_start : line_end if line_end >= 0 else len(text)])
        if wire is not None and start <= line_start + wire[2] <= hit.start():
            start = line_start + wire[2]
        after = _SENTENCE_END.search(text, hit.end())
        end = after.start() if after else len(text)
        dates = [
            (abs(s - hit.start()), value)
            for s, e, value in ctx.told
            if start <= s and e <= end and re.match(r"\d{4}-\d\d", value)
        ]
        if dates:
            return min(dates)[1]
    return None


@_normaliser("hoursafter")
def _norm_hours_after(m: re.Match[str], ctx: _Context) -> _Norm | None:
    """ "Hours after the TUSAS attack": the date told where the text names that attack
    before, else the day of the date last told in the paragraph, as for "hours later"; no
    expression when there is none."""
    named = _date_of_named(m, ctx)
    if named is not None:
        return _Norm(named, "DATE", "previous_date")
    if not (ctx.prev and ctx.prev.year and ctx.prev_near):
        return None
    return _Norm(ctx.prev_value, "DATE", "previous_date")
