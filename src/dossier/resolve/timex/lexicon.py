"""The lexicons of the temporal-expression normaliser, loaded from ``dossier/data/time/*.yaml``.

Month and weekday names (with abbreviations and Arabic month names), seasons, parts of the day,
holidays (``calendar.yaml``), number words (``numbers.yaml``), relative cue words and time units
(``relative.yaml``) and fixed or vague phrases (``phrases.yaml``), read once into a frozen
:class:`_Lexicon` by :func:`_lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dossier.datafiles import load_yaml


def _load(name: str) -> Any:
    """Read one YAML file of ``dossier/data/time``."""
    return load_yaml(f"time/{name}")


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
    # (s22) month names of other languages ("9 Ekim", "3ê Mijdarê"), read only after a day
    foreign_month_re: str
    foreign_months: dict[str, int]  # lower-cased, apart from ``months``: no name stop word
    weekdays: dict[str, int]
    weekday_re: str
    weekday_nouns: frozenset[str]
    weekday_noun_keepers: frozenset[str]
    arabic_months: dict[str, int]
    seasons: dict[str, str]
    season_nouns: frozenset[str]
    season_middles: dict[str, int]
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
    state_verbs: frozenset[str]
    approximators: list[str]
    period_parts: dict[str, str]
    future_re: re.Pattern[str]
    past_re: re.Pattern[str]
    year_followers: set[str]
    year_leaders: set[str]
    phrases: tuple[_Phrase, ...]
    day_joiners: tuple[str, ...]
    range_joiners: frozenset[str]
    range_openers: frozenset[str]
    past_bound_re: re.Pattern[str]
    number_labels: frozenset[str]
    count_year_window: tuple[int, int]
    clock_suffixes: tuple[str, ...]
    clock_prepositions: frozenset[str]
    clock_count_suffixes: frozenset[str]
    period_openers: tuple[str, ...]
    date_column_re: re.Pattern[str]
    month_weekday_onward: frozenset[str]
    month_weekday_to_come: frozenset[str]
    earlier_re: re.Pattern[str]
    same_day_year_shifts: dict[str, int]
    soon_units: tuple[str, ...]
    named_after_stops: frozenset[str]
    wire_trailer_openers: tuple[str, ...]


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
    foreign = {str(n): int(k) for k, v in cal["months"].items() for n in v.get("foreign", [])}
    foreign_names = [*foreign, *(n.upper() for n in foreign)]
    foreign_month_re = rf"(?-i:(?:{_alt(foreign_names)})(?![\w]))"
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
        foreign_month_re=foreign_month_re,
        foreign_months={n.lower(): k for n, k in foreign.items()},
        weekdays=weekdays,
        weekday_re=weekday_re,
        weekday_nouns=frozenset(w.lower() for w in cal["weekday_nouns"]),
        weekday_noun_keepers=frozenset(w.lower() for w in cal["weekday_noun_keepers"]),
        arabic_months=arabic,
        seasons=cal["seasons"],
        season_nouns=frozenset(w.lower() for w in cal["season_nouns"]),
        season_middles={str(k): int(v) for k, v in cal["season_middles"].items()},
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
        state_verbs=frozenset(w.lower() for w in rel.get("state_verbs", [])),
        approximators=rel["approximators"],
        period_parts=rel["period_parts"],
        future_re=re.compile(rf"(?<![\w']){_alt(rel['future_cues'])}(?!\w)", re.I),
        past_re=re.compile(rf"(?<![\w']){_alt(rel['past_cues'])}(?!\w)", re.I),
        year_followers=set(rel["year_followers"]),
        year_leaders=set(rel["year_leaders"]),
        phrases=phrases,
        day_joiners=tuple(rel["day_joiners"]),
        range_joiners=frozenset(rel["range_joiners"]),
        range_openers=frozenset(w.lower() for w in rel["range_openers"]),
        number_labels=frozenset(w.lower() for w in rel["number_labels"]),
        past_bound_re=re.compile(rf"(?<![\w'])(?:{_alt(rel['past_bounds'])})\s+$", re.I),
        count_year_window=(
            int(rel["count_year_window"]["before"]),
            int(rel["count_year_window"]["after"]),
        ),
        clock_suffixes=tuple(rel["clock_suffixes"]),
        clock_prepositions=frozenset(w.lower() for w in rel["clock_prepositions"]),
        clock_count_suffixes=frozenset(w.lower() for w in rel["clock_count_suffixes"]),
        period_openers=tuple(rel["period_openers"]),
        month_weekday_onward=frozenset(str(w) for w in rel["month_weekday_onward"]),
        month_weekday_to_come=frozenset(str(w) for w in rel["month_weekday_to_come"]),
        same_day_year_shifts={
            str(k).lower(): int(v) for k, v in rel["same_day_year_shifts"].items()
        },
        earlier_re=re.compile(rf"(?<![\w']){_alt(rel['earlier_cues'])}(?!\w)", re.I),
        date_column_re=re.compile(rf"(?<!\w){_alt(rel['date_column_headers'])}(?!\w)", re.I),
        soon_units=tuple(rel["soon_units"]),
        named_after_stops=frozenset(w.lower() for w in rel["named_after_stops"]),
        wire_trailer_openers=tuple(rel["wire_trailer_openers"]),
    )
