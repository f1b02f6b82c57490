"""The candidate rules: one named regular expression per kind of temporal expression.

Each :class:`_Rule` is built from the lexicons (month and weekday names, number words, units,
seasons) and names the normaliser that turns its match into a value (see
:mod:`dossier.resolve.timex.normalise` and :mod:`dossier.resolve.timex.relative`). Among
overlapping candidates the longest wins, then the lowest ``priority``. A rule with a group
named ``x`` marks only that group as the expression, the rest of its match being context: the
first day of "3-4 March" is "3", in the month and year the rest states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dossier.dates import dtg_regex
from dossier.regex_filter import compile_cached
from dossier.resolve.timex.lexicon import _alt, _lexicon


@dataclass(frozen=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    priority: int = 0  # lower wins among candidates of the same length
    # a part every match must contain (searched alone, with the same flags): where it is not
    # in a text, the rule cannot match there and its (slower) scan is skipped
    key: re.Pattern[str] | None = None


# rules that may start right after a dash: the last day or year of a range ("3-4 March",
# "30-31 December 2024", "2014-2015", "2 March-4 April 2024"); what may come before that dash
# is checked in dossier.resolve.timex.extract. The others never start after a dash ("AK-47").
AFTER_DASH = frozenset({"dm", "dmy", "y"})


def _lead(name: str, rx: str) -> str:
    """What must not come right before a match of rule ``name`` (a word character or a dash)."""
    if rx.startswith("(?<="):
        return ""  # the rule says itself what comes before it
    return r"(?<!\w)" if name in AFTER_DASH else r"(?<![\w-])"


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
    # (s22) a day and a month, the month also in another language ("9 Ekim 2025", "3ê
    # Mijdarê"): only the day-first rules read those names, so that a word alone ("Ekim",
    # a given name too) dates nothing
    month_dm = rf"(?:{month}|{lx.foreign_month_re})"
    day_dm = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|ê)?"
    # month and weekday names start with a capital: a rule that starts with one fails fast
    cap = r"(?=(?-i:[A-Z]))"
    wday = lx.weekday_re
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[0-9]|20)\d\d"
    part = r"(?:early|late|mid|middle|beginning|start|end)"
    part_pre = rf"(?:(?:the\s+)?(?P<part>{part}|earlier|later)(?:\s*-\s*|\s+(?:of\s+)?(?:the\s+)?))"
    part_bare = rf"(?:(?:the\s+)?{part}(?:\s*-\s*|\s+(?:of\s+)?(?:the\s+)?))"
    season = _alt(list(lx.seasons))
    pod = _alt(list(lx.parts_of_day))
    ordinal = _alt(list(lx.ordinals))
    q_ord = rf"(?:{ordinal}|[1-4](?:st|nd|rd|th))"
    rel_year = (
        r"(?P<yrel>this|last|next|that|the\s+same|the\s+following|the\s+previous|"
        r"the\s+preceding|the\s+current|the\s+next)"
    )
    year_g = rf"(?:(?P<year>{year})|'(?P<yy>\d\d))"
    # what joins two days of a pair or range ("3-4 March", "5 to 6 June", "7 and 9 August")
    join_sym = _alt([j for j in lx.day_joiners if not j[0].isalpha()])
    join_word = _alt([j for j in lx.day_joiners if j[0].isalpha()])
    join = rf"(?P<join>\s*(?:{join_sym})\s*|\s+(?:{join_word})\s+)"
    clock_suffix = _alt(list(lx.clock_suffixes))
    clock_prep = _alt(list(lx.clock_prepositions))
    specs: list[tuple[str, str, int]] = [
        # --- calendar dates
        (
            "mdy",
            rf"{cap}(?:(?P<wday>{wday}),?\s+)?(?P<month>{month})\s+(?P<day>{day}),?\s+"
            rf"(?P<year>{year})(?!\d)",
            0,
        ),
        (
            "dmy",
            rf"(?:(?P<wday>{wday}),?\s+)?(?:the\s+)?(?P<day>{day_dm})\s+(?:of\s+)?(?P<month>{month_dm}),?\s+"
            rf"(?P<year>{year}|\d\d)(?!\d)",
            0,
        ),
        ("iso", r"(?<![\d-])(?P<year>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])", 0),
        (
            "slash",
            r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<s>[./-])(?P<b>[0-3]?\d)(?P=s)(?P<year>(?:19|20)\d\d)"
            r"(?![\d/-])",
            0,
        ),
        # (s18) a military date-time group ("150600Z SEP 24", "051830ZJAN25"), where "SEP
        # 24" alone would read as 24 September: read as the publication-date stage reads it
        ("dtg", dtg_regex(), 0),
        # (s18) a day and month in digits without a year ("7/2: a roadside bomb ...", "on
        # 28/9"), only where a bulletin's entries put their dates: at the head of a line, a
        # list item or a table cell, or after "on"; the normaliser keeps it only near the
        # document date
        (
            "slashdm",
            r"(?:(?<=\bon\s)|(?<=^)|(?<=\n)|(?<=\n[-*\u2022]\s)|(?<=\|\s))"
            # not "24/7" (all the time), nor a fraction ("2/3 of the days") or a numbered
            # post of a thread ("1/4 Heavy clashes ...": a capital, no separator, follows)
            r"(?!24/7(?!\d))(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)"
            r"(?=\s*[:|\u2013\u2014]|\s+-\s|\s+(?!of\b)(?-i:[a-z]))",
            0,
        ),
        # --- the first day of a pair or range, which takes the month and year of the second
        # ("3-4 March 2024", "28 March to 3 April 2025", "April 12-18, 2025"), and the last
        # day of a range written month first ("April 12-18, 2025": "18, 2025"); the extent is
        # the group x
        (
            "rday",
            rf"(?P<x>(?P<day>{day}))(?=(?:\s*,\s*{day})*(?:\s*,)?{join}(?:the\s+)?"
            rf"(?P<day2>{day})\s+(?:of\s+)?(?P<month>{month})(?:,?\s+(?P<year>{year})(?!\d))?)",
            0,
        ),
        (
            "rdm",
            rf"(?P<x>(?P<day>{day})\s+(?:of\s+)?(?P<month>{month})){join}(?:the\s+)?{day}\s+"
            rf"(?:of\s+)?(?P<month2>{month}),?\s+(?P<year>{year})(?!\d)",
            0,
        ),
        (
            "rmd",
            rf"{cap}(?P<x>(?P<month>{month})\s+(?P<day>{day})){join}(?P<month2>{month})\s+"
            rf"{day},?\s+(?P<year>{year})(?!\d)",
            0,
        ),
        (
            "rmd1",
            rf"{cap}(?P<x>(?P<month>{month})\s+(?P<day>{day})){join}(?P<day2>{day}),?\s+"
            rf"(?P<year>{year})(?!\d)",
            0,
        ),
        (
            "rmd2",
            rf"{cap}(?P<month>{month})\s+(?P<day1>{day}){join}"
            rf"(?P<x>(?P<day>{day})(?:,?\s+(?P<year>{year})(?!\d))?)",
            0,
        ),
        # the first month of a range or pair that states its year once ("January to March
        # 2024", "December 2023-February 2024" is two dates), and the last month after a dash
        # ("January-March 2024": "March 2024")
        (
            "rmm",
            rf"(?P<x>{part_pre}?(?P<month>{month})){join}{part_bare}?(?P<month2>{month}),?\s+"
            rf"(?:of\s+)?(?P<year>{year})(?!\d)",
            0,
        ),
        (
            "mm_end",
            rf"{cap}{month}\s*[-–—]\s*(?P<x>(?P<month>{month})"
            rf"(?:,?\s+(?:of\s+)?{year_g}(?!\d))?)",
            0,
        ),
        # a week of a month ("the last week of October", "the first week of March 2024")
        (
            "weekof",
            rf"(?:the\s+)?(?P<ord>{ordinal}|last|final)\s+week\s+of\s+(?P<month>{month})"
            rf"(?:,?\s+(?:of\s+)?(?P<year>{year})(?!\d))?",
            0,
        ),
        # (s24) a weekday in brackets after the date is the date's own ("12 Nov (Thu)")
        (
            "md",
            rf"{cap}(?:(?P<wday>{wday}),?\s+)?(?P<month>{month})\s+(?P<day>{day})(?![\d:])"
            rf"(?:\s*\(\s*(?P<pwday>{wday})\s*\))?",
            1,
        ),
        (
            "dm",
            rf"(?:(?P<wday>{wday}),?\s+)?(?:the\s+)?(?P<day>{day_dm})\s+(?:of\s+)?(?P<month>{month_dm})"
            rf"(?:\s*\(\s*(?P<pwday>{wday})\s*\))?",
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
        # the last year of a range written with two digits ("2022-23", "2023/24")
        ("yy_end", r"(?<=(?P<y1>(?:1[0-9]|20)\d\d)[-–—/])(?P<yy>\d\d)(?![\d/-])", 2),
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
        # quarters and halves in their short form: "Q3 2024", "H1 2024", "2024 Q3"
        (
            "quarter_abbr",
            rf"(?:(?-i:(?P<qa>Q[1-4]|H[12]))\s*(?P<year>{year})|(?P<year2>{year})\s*"
            rf"(?-i:(?P<qb>Q[1-4]|H[12])))(?!\d)",
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
        # "during the week", "over the month": the week or month the text is about (the
        # extent is the group x)
        (
            "periodunit",
            rf"(?:{_alt(list(lx.period_openers))})\s+(?P<x>the\s+(?P<unit>week|month))"
            r"(?!\s+(?:of|before|after|ahead|to|that|when|which|in\s+which|since|ending|ended|"
            r"leading|following|preceding|prior|up|until|till|through)\b)(?![-'’])",
            3,
        ),
        # "Hours after the attack": the day of the date last told
        (
            "hoursafter",
            rf"(?P<bare>{_alt(list(lx.soon_units))})\s+after"
            r"(?=\s+(?:the|an?|this|that|its|their|his|her)\s)",
            1,
        ),
        (
            "anaday",
            r"(?:(?:the|that)\s+(?:same|very|following|next|previous)\s+(?P<u1>day|morning|night|"
            r"evening|date)|that\s+(?P<u2>day|morning|night|evening|date)|the\s+day\s+(?P<dir>before|after))\b",
            1,
        ),
        (
            "ago",
            rf"(?:(?:(?:{approx})\s+)?(?:(?P<num>{number})|(?P<vague>{vague}))\s+(?P<unit>{unit})"
            rf"|(?P<bare>hours|minutes))\s+(?P<dir>ago|earlier|later|from\s+now|hence)\b",
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
        # military time: "at 0300 GMT", "at 1430 hours" (the extent is the group x), on the
        # day named right after it ("at 0202 GMT on 21 July"), which stays a date of its own
        (
            "clock4",
            rf"(?:(?P<prep>{clock_prep})\s+)?(?P<x>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*"
            rf"(?P<tz>{clock_suffix}))\b(?:(?=,?\s+(?:on\s+)?(?:the\s+)?(?:(?P<wday>{wday})|"
            rf"(?P<word>today|yesterday|tomorrow)|(?P<dday>{day})\s+(?:of\s+)?(?P<dmonth>{month})|"
            rf"(?P<month>{month})\s+(?P<day>{day})(?![\d:])))|)",
            1,
        ),
        (
            "noon",
            rf"(?P<word>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?:(?P<wday>{wday})|"
            r"(?P<dword>today|yesterday|tomorrow)))",
            2,
        ),
        ("holiday", rf"(?P<hol>{_alt(list(lx.holidays))}|Thanksgiving(?:\s+Day)?)\b", 2),
    ]
    # each key is a part that every match of its rule contains, copied from the rule above
    # (a required group, or a pattern every alternative of one contains)
    holiday = rf"(?:{_alt(list(lx.holidays))}|Thanksgiving(?:\s+Day)?)\b"
    day_rel = r"(?:the|that)\s+(?:same|very|following|next|previous|day|morning|night|evening|date)"
    keys = {
        **dict.fromkeys(("mdy", "md", "my", "myrel", "relm", "m"), month),
        **dict.fromkeys(("dmy", "dm"), month_dm),
        **dict.fromkeys(("rday", "rdm", "rmd", "rmd1", "rmd2", "rmm", "mm_end"), month),
        "quarter_abbr": r"(?-i:[QH][1-4])",
        "yy_end": r"\d\d[-–—/]\d\d",
        "clock4": clock_suffix,
        "y2": "fiscal",
        "decade": r"\d0'?s",
        "century": "century",
        "ymonthcount": r"two\s+thousand",
        "spokenyear": rf"(?-i:nineteen|Nineteen)\s+(?:{tens})",
        "yearago": r"year[-\s](?:earlier|ago)",
        "weekend": r"the\s+weekend",
        "season": season,
        "quarter": "quarter|half",
        "quarter_bare": "quarter",
        "deictic": "today|tonight|yesterday|tomorrow",
        "podrel": pod,
        "weekday": wday,
        "relunit": rf"(?:{mod}|this\s+past|this\s+coming)\s+"
        r"(?:week|weekend|month|year|decade|century|day|fiscal\s+year)\b",
        "yearend": r"year(?:'s)?[-\s]end\b",
        "weekof": r"week\s+of",
        "periodunit": r"the\s+(?:week|month)",
        "hoursafter": r"\s+after\s",
        "anaday": day_rel,
        "ago": r"(?:ago|earlier|later|from\s+now|hence)\b",
        "clock": r"(?:a\.m\b\.?|p\.m\b\.?|am\b|pm\b)",
        "clock24": r"(?:[01]\d|2[0-3]):(?:[0-5]\d)",
        "noon": "noon|midnight|midday",
        "holiday": holiday,
    }
    # compiled once and kept in the cache directory (dossier.regex_filter.compile_cached)
    exprs = [(rf"{_lead(name, rx)}{rx}(?![\w])", re.I) for name, rx, _ in specs]
    exprs += [(keys[name], re.I) for name, _, _ in specs if name in keys]
    compiled = iter(compile_cached("timex_rules", exprs))
    mains = [next(compiled) for _ in specs]
    rules = [
        _Rule(name, main, pr, next(compiled) if name in keys else None)
        for (name, _, pr), main in zip(specs, mains, strict=True)
    ]
    return tuple(rules)
