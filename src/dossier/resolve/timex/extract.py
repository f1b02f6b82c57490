"""Extraction: find the candidates, keep the best non-overlapping ones, normalise them in order.

:func:`extract_timexes` runs every rule of :mod:`dossier.resolve.timex.patterns` and every
fixed phrase of the lexicon over the text, keeps the longest non-overlapping candidates and
normalises them in text order, each with its sentence (for tense cues) and the date last
mentioned (for anaphoric expressions).
"""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dossier.dates import NUMERIC_DATE, numeric_date_order
from dossier.nlp.build_cache import cached
from dossier.nlp.text import doc_sentences
from dossier.records import DateValue, Timex
from dossier.regex_filter import FilteredRegex, ProbeSet, finditer_ascii, required_strings
from dossier.resolve.timex import normalise, relative
from dossier.resolve.timex.anchors import _anchor_of_vague, _Context, _Ref, _ref_from_value, _ref_of
from dossier.resolve.timex.dateline import _read_wire
from dossier.resolve.timex.lexicon import _alt, _lexicon
from dossier.resolve.timex.normalise import _Norm, _Normaliser
from dossier.resolve.timex.patterns import AFTER_DASH, _rules
from dossier.resolve.timex.values import is_valid_value, precision_of

if TYPE_CHECKING:  # pragma: no cover
    import spacy.tokens

# the normaliser of each rule of dossier.resolve.timex.patterns, by rule name
_NORMALISERS: dict[str, _Normaliser] = {**normalise._NORMALISERS, **relative._NORMALISERS}


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    rule: str
    match: re.Match[str] | None
    value: str = ""
    type: str = ""


# a document symbol ("S/2024/742", "A/HRC/55/2024"): letters, then parts cut by slashes
_SYMBOL_HEAD = re.compile(r"(?<![\w/])[A-Za-z][\w.]*/(?:[\w.]+/)*$")
# ... or a number after the year and a slash or dash that is no year nor month ("2024/742",
# "2024-0153"; not "2023/24", "2014-2015", "2024-05")
_SYMBOL_TAIL = re.compile(r"[-–—/](?!(?:\d\d|(?:19|20)\d\d)(?![\d/-]))\d")
# the end of a range after a number ("1500-2000 people": what follows is the range's; not
# the month of "2024-06")
_RANGE_TAIL = re.compile(r"\s*[-–—]\s*(?:\d{4}|1[3-9]|[2-9]\d)(?![\d,.]\d)")
_RANGE_HEAD = re.compile(r"\d{2,4}\s*[-–—]\s*$")


def _labelled(before: str) -> bool:
    """Whether the text ``before`` a number ends with a noun that labels it ("Resolution
    2046", "Route 7", "Phase 3", "No. 12"): the number is no year and no day."""
    if re.search(r"\bNo\.\s*$", before):
        return True
    word = re.search(r"([^\W\d_]+)\.?\s*$", before)
    return word is not None and word.group(1).lower() in _lexicon().number_labels


def _dash_ok(text: str, start: int, rule: str) -> bool:
    """Whether a match at ``start`` may follow what is before it: anything but a dash, or a
    dash after the first day or year of a range ("3-4 March", "2014-2015") or, for a day,
    after a month ("2 March-4 April 2024"; not "T-72 May")."""
    if start == 0 or text[start - 1] not in "-–—":
        return True
    before = text[max(0, start - 16) : start - 1]
    if re.search(r"\d(?:st|nd|rd|th)?$", before):
        return True
    word = re.search(r"([^\W\d_]+)\.?$", before)
    return rule != "y" and word is not None and word.group(1).lower() in _lexicon().months


def _pair_head(text: str, start: int) -> str:
    """The text before ``start``, less the first number of a pair ending there ("Phase 3 to"
    before "4 May" → "Phase")."""
    before = text[max(0, start - 30) : start]
    head = re.search(rf"\d+(?:st|nd|rd|th)?(?:{_day_joiners()})$", before)
    return before[: head.start()] if head else before


@lru_cache(maxsize=1)
def _day_joiners() -> str:
    """A regex of what joins two days of a pair ("-", " to ", " and ")."""
    lx = _lexicon()
    sym = _alt([j for j in lx.day_joiners if not j[0].isalpha()])
    words = _alt([j for j in lx.day_joiners if j[0].isalpha()])
    return rf"\s*(?:{sym})\s*|\s+(?:{words})\s+"


_HIJRI_ERA = re.compile(r"\s*(?:A\.?\s?H\b\.?|هـ|H\.?(?![\w]))")


def _year_ok(text: str, m: re.Match[str], group: str = "year", tail: int | None = None) -> bool:
    """Whether a four-digit number reads as a year (not "2000 people", "$1990", "S/2024/742").

    ``group`` is the number's group in ``m``; what follows it is read from ``tail`` (the end
    of the number when None). Around a range of numbers ("the 2014-2015 offensive", "1500-2000
    fighters"), the words before and after the whole range decide.
    """
    start, end = m.start(group), m.end(group) if tail is None else tail
    before = text[max(0, start - 30) : start]
    if _SYMBOL_HEAD.search(before) or _SYMBOL_TAIL.match(text, end):
        return False
    ranged = _RANGE_HEAD.search(before)
    if ranged:
        before = before[: ranged.start()]
    if re.search(r"(?:[$€£#]\s*|\d[.,]?\s*)$", before) or _labelled(before):
        return False
    if tail is None and (range_end := _RANGE_TAIL.match(text, end)):
        end = range_end.end()
    lead = m.group(0)[: start - m.start()].strip()
    if not lead and re.search(
        r"\b(?:than|about|some|around|nearly|almost|approximately|least|only|just)\s+$",
        before,
        re.I,
    ):
        return False
    after = text[end : end + 25]
    # a year of the Hijri era ("15 Ramadan 1445 AH"): the metadata stage converts such dates
    # (dossier.calendars); read as a Gregorian year it would date an event six centuries back
    if _HIJRI_ERA.match(after):
        return False
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


# a day and month in digits at the head of a line ("4/3: gunmen ...", "1/4 Heavy clashes")
_LINE_SLASH = re.compile(r"^[-*\u2022]?\s*([0-3]?\d)/([0-3]?\d)(?!\d)", re.MULTILINE)


def _slash_ok(text: str, m: re.Match[str]) -> bool:
    """Whether a day and month in digits ("4/3") stands where a date may: not in a table
    column headed by something else than a date ("| Killed/injured |": "4/11" counts), nor
    among the numbered posts of a thread ("1/4 ...", "2/4 ...": the same total after the
    slash, the posts counted from one)."""
    start = m.start()
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].lstrip().startswith("|"):
        header = _table_header(text, line_start)
        column = text[line_start:start].count("|") - 1
        if header is not None:
            cells = header.strip().strip("|").split("|")
            name = cells[column].strip() if 0 <= column < len(cells) else ""
            return _lexicon().date_column_re.search(name) is not None
    heads = [(int(a), int(b)) for a, b in _LINE_SLASH.findall(text)]
    posts = sorted(a for a, _ in heads)
    thread = (
        len(heads) > 1
        and len({b for _, b in heads}) == 1
        and posts == list(range(1, len(posts) + 1))
        and posts[-1] <= heads[0][1]
    )
    return not (thread and text[line_start:start].strip(" -*\u2022") == "")


def _table_header(text: str, line_start: int) -> str | None:
    """The header row of the Markdown table whose row starts at ``line_start`` (the row
    above its ``|---|`` rule), None when it has none (or is its header)."""
    lines = text[:line_start].split("\n")[:-1]
    rows: list[str] = []
    for line in reversed(lines):
        if not line.lstrip().startswith("|"):
            break
        rows.append(line)
    rules = [i for i, row in enumerate(rows) if re.fullmatch(r"\s*\|[\s:|-]+\|?\s*", row)]
    if not rules:
        return None
    k = rules[0] + 1  # the row above the rule nearest this row
    return rows[k] if k < len(rows) else None


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


def _literal_run(pattern: re.Pattern[str]) -> str:
    """The longest run of literal characters every match of ``pattern`` contains ("" if none).

    Only the top-level sequence is read (and groups without flags inside it): each of its
    items is matched once by every match, so a run of literal items is matched as a whole.
    """
    parser: Any = importlib.import_module("re._parser")  # the parser re.compile uses
    constants: Any = importlib.import_module("re._constants")
    best, run = "", ""
    items = list(parser.parse(pattern.pattern, pattern.flags))
    while items:
        op, av = items.pop(0)
        if op is constants.LITERAL:
            run += chr(av)
            continue
        if op is constants.SUBPATTERN and not av[1] and not av[2]:
            items[:0] = list(av[3])
            continue
        best, run = max(best, run, key=len), ""
    return max(best, run, key=len)


@lru_cache(maxsize=1)
def _phrase_keys() -> tuple[re.Pattern[str] | None, ...]:
    """For each lexicon phrase, a literal every match contains (searched with its flags)."""
    keys = []
    for phrase in _lexicon().phrases:
        run = _literal_run(phrase.regex)
        keys.append(re.compile(re.escape(run), phrase.regex.flags) if len(run) >= 3 else None)
    return tuple(keys)


@lru_cache(maxsize=1)
def _phrase_literals() -> tuple[tuple[str, bool] | None, ...]:
    """For each key of :func:`_phrase_keys`, its literal and whether it ignores case, where
    a plain substring test finds what the key's regex would (an ASCII literal; a key that
    ignores case is tested so only on ASCII text); None elsewhere."""
    out: list[tuple[str, bool] | None] = []
    for phrase, key in zip(_lexicon().phrases, _phrase_keys(), strict=True):
        run = _literal_run(phrase.regex)
        flags = key.flags & ~re.UNICODE if key is not None else -1
        if key is None or not run.isascii() or flags not in (0, re.IGNORECASE):
            out.append(None)
        else:
            out.append((run.lower() if flags else run, bool(flags)))
    return tuple(out)


# rules whose match holds a year after a day and month (or a month), which may be a count
# ("On 3 March, 12 people were killed"): their candidates are dropped, leaving the shorter
# date without it ("3 March")
_DAY_MONTH_YEAR = frozenset({"dmy", "mdy", "my", "rmd2", "mm_end"})


# rules that read a day after its month ("March 24"), and a day number before a month
_MONTH_FIRST = frozenset({"md", "mdy", "rmd", "rmd1", "rmd2"})
_DAY_FIRST = frozenset({"dm", "dmy", "rday", "rdm"})
_DAY_BEFORE = re.compile(r"(?<![\d,.])\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?$")


# characters that match an ASCII letter when case is ignored but do not lower-case to it
# ("ı", "İ", "ſ"): in a text with one, a string's absence from the lower-cased text proves
# nothing
_FOLD_SPECIALS = re.compile("[\u0130\u0131\u017f]")


@lru_cache(maxsize=1)
def _literal_probe() -> ProbeSet:
    """The literal prefilters (:mod:`dossier.regex_filter`) of the rules and then of the
    lexicon's phrases, searched for at once: a rule or phrase none of whose strings is in a
    text finds nothing there. Only ASCII strings are used."""
    exprs = [r.regex for r in _rules()] + [p.regex for p in _lexicon().phrases]

    def build() -> list[frozenset[str] | None]:
        return [required_strings(e.pattern, e.flags) for e in exprs]

    strings = cached("timex_literals", build)
    if len(strings) != len(exprs):
        strings = build()
    return ProbeSet(
        [
            FilteredRegex(
                e.pattern,
                e.flags,
                found if found and all(x.isascii() for x in found) else None,
                computed=True,
            )
            for e, found in zip(exprs, strings, strict=True)
        ]
    )


@lru_cache(maxsize=256)
def _key_branches(pattern: str, flags: int) -> tuple[re.Pattern[str], ...]:
    """A key ``(?:A|B|...)``: its branches, each compiled alone (the text holds the key when
    it holds one of them, and a branch alone is searched faster); else the key itself."""
    whole = (re.compile(pattern, flags),)
    if not pattern.startswith("(?:") or not pattern.endswith(")") or "(?P" in pattern:
        return whole
    if re.search(r"\\\d|\(\?[aiLmsux]+\)", pattern):
        return whole  # a back-reference, or flags for the whole pattern
    body, depth, parts, cur, i = pattern[3:-1], 0, [], 0, 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: up to its closing bracket
            j = i + 1 + (body[i + 1 : i + 2] == "^")
            j = body.index("]", j + 1)
            i = j + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return whole  # the opening group closes before the end
        elif ch == "|" and depth == 0:
            parts.append(body[cur:i])
            cur = i + 1
        i += 1
    if depth != 0 or not parts:
        return whole
    parts.append(body[cur:])
    return tuple(re.compile(part, flags) for part in parts)


def _candidates(text: str, dct_year: int | None = None) -> Iterator[_Candidate]:
    lx = _lexicon()
    # the rules and phrases (numbered after the rules) that may match the text
    may = None if _FOLD_SPECIALS.search(text) else _literal_probe().candidates(text, text.lower())
    n_rules = len(_rules())
    # an ASCII text: a key that ignores case is in it when its lowercase is in the lowercase,
    # and a rule that ignores case may be looked for there first (``finditer_ascii``)
    lowered = text.lower() if text.isascii() else None
    # whether each key (a part a rule's every match contains) is in the text, by pattern
    found: dict[tuple[str, int], bool] = {}

    def absent(key: re.Pattern[str] | None) -> bool:
        if key is None:
            return False
        k = (key.pattern, key.flags)
        if k not in found:
            found[k] = any(b.search(text) is not None for b in _key_branches(*k))
        return not found[k]

    for index, rule in enumerate(_rules()):
        if may is not None and index not in may:
            continue
        if absent(rule.key):
            continue
        for m in finditer_ascii(rule.regex, text, lowered):
            if rule.name == "y" and not _year_ok(text, m):
                continue
            if rule.name == "yy_end" and not _year_ok(text, m, "y1", m.end()):
                continue
            if rule.name == "slashdm" and not _slash_ok(text, m):
                continue
            if rule.name in _DAY_MONTH_YEAR and normalise.year_is_count(m, dct_year):
                continue
            if rule.name in AFTER_DASH and not _dash_ok(text, m.start(), rule.name):
                continue  # "T-72 May", "F-2016": a dash after what starts no range
            if rule.name in _DAY_FIRST and _labelled(_pair_head(text, m.start())):
                continue  # "Phase 3 to 4 May": a label and its numbers, not dates
            if rule.name in _MONTH_FIRST and _DAY_BEFORE.search(
                text, max(0, m.start("month") - 12), m.start("month")
            ):
                continue  # "On 3 March 24 people died": the month has its day already
            start, end = _trim_determiner(rule.name, m), m.end()
            if "x" in rule.regex.groupindex:
                start, end = m.span("x")
            yield _Candidate(start, end, rule.priority, rule.name, m)
    literals = _phrase_literals()
    for i, (phrase, key) in enumerate(zip(lx.phrases, _phrase_keys(), strict=True)):
        if may is not None and n_rules + i not in may:
            continue
        literal = literals[i]
        if key is not None and literal is not None:
            k = (key.pattern, key.flags)
            if k not in found:
                run, fold = literal
                if not fold:
                    found[k] = run in text
                elif lowered is not None:
                    found[k] = run in lowered
        if absent(key):
            continue
        for m in finditer_ascii(phrase.regex, text, lowered):
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
        return [(s.start_char, s.end_char) for s in doc_sentences(doc)]
    spans, start = [], 0
    for m in _SENT_RE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


# how far back (characters) the last date may be and still set the year of a bare month
_CLOSE_CHARS = 400

# the rules of expressions counted from the day of the event told before ("the same day",
# "the following night", "the next day", "hours later", "hours after the attack")
_EVENT_ANAPHORS = frozenset({"anaday", "relunit", "ago", "hoursafter"})


def _of_a_state(doc: spacy.tokens.Doc, start: int, end: int) -> bool:
    """Whether the expression at ``start``-``end`` dates a state, not an event: it hangs on a
    verb of ``state_verbs`` (data/time/relative.yaml) or one with an adjective complement
    ("His whereabouts remained unknown on Friday", "was still missing on Sunday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span.root
    for _ in range(4):
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    if tok.dep_ == "acomp":  # "stayed closed on Wednesday": the complement of a state
        return True
    return tok.lemma_.lower() in _lexicon().state_verbs or any(
        c.dep_ == "acomp" for c in tok.children
    )


# a line that ends a story of a compilation: a Markdown heading or a rule ("---", "***")
_STORY_END = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|(?:[-*_=][ \t]*){3,}$)")
# how many days after the document date a story's dateline without a year may lie
_DATELINE_LEAD = 3


@lru_cache(maxsize=1)
def _wire_trailer() -> re.Pattern[str]:
    """The credits that close a wire story: "(Reporting by ...; Editing by ...)"."""
    return re.compile(rf"^[ \t]*\((?:{_alt(list(_lexicon().wire_trailer_openers))})\b")


# the most words a heading line may have (a headline, "Analyst notes - this week")
_HEADING_WORDS = 14


def _heading_line(lines: list[tuple[int, str]], k: int) -> bool:
    """Whether line ``k`` is a heading of its own, as a headline or a section title is once
    Markdown is taken off: a paragraph of one short line (blank lines, or the text's edge,
    either side) that does not end a sentence and opens no list item."""
    line = lines[k][1].strip()
    if not line or len(line.split()) > _HEADING_WORDS or line[-1] in '.!?:;,"”’)':
        return False
    if re.match(r"[-–—•*▪]|\(?\d{1,2}[.)]\s", line):
        return False
    before = lines[k - 1][1].strip() if k > 0 else ""
    after = lines[k + 1][1].strip() if k + 1 < len(lines) else ""
    return not before and not after


def _dateline_day(month_day: tuple[int, int], dct: _Ref | None) -> dt.date | None:
    """The day of a dateline with no year ("MAPUTO, March 5 (Reuters) -"): in the year that
    puts it nearest before the document date (a compilation is dated on or after its
    stories)."""
    ref = dct.date() if dct is not None else None
    if ref is None:
        return None
    days = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            day = dt.date(year, *month_day)
        except ValueError:
            continue
        if (day - ref).days <= _DATELINE_LEAD:
            days.append(day)
    return max(days) if days else None


# (s16) how many years back the year of a year-less dateline is sought in an undated text
_WEEKDAY_YEARS_BACK = 12


def _weekday_years(month_day: tuple[int, int], lede: str, this_year: int) -> set[int]:
    """(s16) The years, up to ``this_year``, in which a year-less dateline's day falls on a
    weekday its lede names ("Nov 16 (Reuters) - A bomb ripped through ... early on Monday")."""
    lx = _lexicon()
    named = {
        lx.weekdays[m.group().lower().rstrip(".")]
        for m in re.finditer(rf"(?<!\w)(?:{lx.weekday_re})(?!\w)", lede, re.IGNORECASE)
        if m.group().lower().rstrip(".") in lx.weekdays
    }
    years = set()
    for y in range(this_year, this_year - _WEEKDAY_YEARS_BACK, -1):
        try:
            if dt.date(y, *month_day).isoweekday() in named:
                years.add(y)
        except ValueError:
            continue
    return years


def _compilation_year(lines: list[tuple[int, str]], today: dt.date | None = None) -> int | None:
    """(s16) The year of the year-less datelines of an undated compilation of wire stories:
    the latest year, not after this one, that puts the day of every such dateline on a
    weekday its lede names; two stories at least (one weekday alone fits one year in
    seven), None when they fit no year together."""
    this_year = (today or dt.date.today()).year
    fits: list[set[int]] = []
    for _start, line in lines:
        wire = _read_wire(line) if line.strip() else None
        if wire is None or wire[0] is not None or wire[3] is None:
            continue
        fits.append(_weekday_years(wire[3], line[wire[2] :], this_year))
    if len(fits) < 2:
        return None
    common = set.intersection(*fits)
    return max(common) if common else None


def _story_refs(text: str, dct: _Ref | None) -> list[tuple[int, int, _Ref]]:
    """The stories of a text that reproduces wire copy, each with the date of its own
    dateline ("PEMBA, Mozambique, March 3 (Reuters) - ..."): a story runs from its dateline
    to the next one, a Markdown heading or a rule; what it tells "on Tuesday" or "last
    week" is counted from its dateline, not from the date of the compilation (h5, s14)."""
    if "(" not in text and "-" not in text:
        return []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, line))
        pos += len(line)
    stories: list[tuple[int, int, _Ref]] = []
    open_story: tuple[int, _Ref] | None = None
    year = _compilation_year(lines) if dct is None else None
    for k, (start, line) in enumerate(lines):
        wire = _read_wire(line) if line.strip() else None
        ends = (
            wire is not None
            or _STORY_END.match(line) is not None
            or _wire_trailer().match(line) is not None
            or _heading_line(lines, k)
        )
        if open_story is not None and ends:
            stories.append((open_story[0], start, open_story[1]))
            open_story = None
        if wire is None:
            continue
        date, _agency, _end, month_day = wire
        day = None
        if date is not None:
            day = dt.date.fromisoformat(date.value)
        elif month_day is not None and dct is not None:
            day = _dateline_day(month_day, dct)
        elif month_day is not None and year is not None:
            day = dt.date(year, *month_day)
        if day is not None:
            open_story = (start, _Ref(day.year, day.month, day.day))
    if open_story is not None:
        stories.append((open_story[0], len(text), open_story[1]))
    return stories


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
    stories = _story_refs(text, dct)
    order = numeric_date_order(text) if NUMERIC_DATE.search(text) else "dmy"
    sentences = _sentence_spans(text, doc)
    chosen = _select(list(_candidates(text, dct.year if dct else None)))
    out: list[Timex] = []
    prev: _Ref | None = None
    prev_value = ""
    prev_end = -1
    # the date last told of something that happened (not of a state, see _of_a_state)
    event_prev: tuple[_Ref | None, str, int] = (None, "", -1)
    told: list[tuple[int, int, str]] = []
    si = 0
    for c in chosen:
        while si < len(sentences) - 1 and sentences[si][1] <= c.start:
            si += 1
        s_start, s_end = sentences[si]
        ref, ref_value, ref_end = (
            event_prev if c.rule in _EVENT_ANAPHORS else (prev, prev_value, prev_end)
        )
        near = ref_end >= 0 and "\n" not in text[ref_end : c.start].strip()
        # a story of a compilation is told from its own dateline
        story = next((r for a, b, r in stories if a <= c.start < b), None)
        ctx = _Context(
            story or dct,
            ref,
            text[s_start:s_end],
            text[max(s_start, c.start - 40) : c.start],
            ref_value,
            near,
            ref_end >= 0 and c.start - ref_end <= _CLOSE_CHARS,
            order,
            tuple(told),
            text[c.start : max(s_end, c.start)],
            _head_verb(doc, c.start, c.end) if doc is not None else None,
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
        if norm is None or not is_valid_value(norm.value, norm.type):
            continue  # no rule may emit a value that names no time ("2024-02-30")
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
            told_ref = _ref_from_value(norm.value)
            if told_ref is not None:
                prev, prev_value, prev_end = told_ref, norm.value, c.end
                told.append((c.start, c.end, norm.value))
                if doc is None or not _of_a_state(doc, c.start, c.end):
                    event_prev = (told_ref, norm.value, c.end)
    return _link_ranges(text, _with_named_years(out, text))


_DEICTIC_DAY = re.compile(r"(?:\d{4}|XXXX)(-\d\d(?:-\d\d)?)")


def _with_named_years(timexes: list[Timex], text: str) -> list[Timex]:
    """(s18) A day or month told by a name and the year after it are one date ("around
    Christmas 2023", "Easter 2024"), which the rules find as two expressions, the name
    anchored on the document's year: the year told overrides that anchor. (Done here, not
    in the event stage, so that every stage reading dates gets the one date.)"""
    out: list[Timex] = []
    skip: set[int] = set()
    for i, t in enumerate(timexes):
        if i in skip:
            continue
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        day = _DEICTIC_DAY.fullmatch(t.value)
        if (
            nxt is not None
            and day is not None
            and t.anchor in {"document_date", "unresolved"}
            and not any(c.isdigit() for c in t.text)
            and nxt.precision == "year"
            and re.fullmatch(r"\d{4}", nxt.value) is not None
            and nxt.text.isdigit()
            and not text[t.end : nxt.start].strip()
        ):
            out.append(
                replace(
                    t,
                    text=text[t.start : nxt.end],
                    end=nxt.end,
                    value=nxt.value + day[1],
                    anchor="absolute",
                )
            )
            skip.add(i + 1)
            continue
        out.append(t)
    return out


_ISO_DATE = re.compile(r"\d{4}(?:-\d\d){0,2}$")
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d$")


_FINITE_PAST = "VBD"  # the Penn tag of a finite verb in the past ("attacked", "was")


def _head_verb(doc: spacy.tokens.Doc, start: int, end: int) -> tuple[bool, int] | None:
    """The verb the expression at ``start``-``end`` modifies, from the parse: whether it is
    told in a finite past (tagged VBD, or led by an auxiliary so tagged: "had burned", "was
    killed"; a participle alone, "elections postponed", is none) and where it ends, counted
    from ``start``. None when the expression is no span of the parse or modifies no verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    # bounded: sentence cuts made after parsing can leave a cycle of heads
    for _ in range(len(doc)):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:  # up to the root
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    past = (tok.tag_ == _FINITE_PAST and not auxes) or (
        bool(auxes) and auxes[0].tag_ == _FINITE_PAST
    )
    return past, tok.idx + len(tok.text) - start


def _next_day(first: str, second: str) -> bool:
    """Whether the day ``second`` is the day after ``first`` (both ISO days)."""
    if not (_ISO_DAY.match(first) and _ISO_DAY.match(second)):
        return False
    try:
        a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(second)
    except ValueError:
        return False
    return (b - a).days == 1


_ISO_MONTH = re.compile(r"(\d{4})-(\d\d)$")


def _next_month(first: str, second: str) -> bool:
    """Whether the month ``second`` is the month after ``first`` (both ISO months): "late
    February and early March 2024" is one period, as "9 and 10 September" is."""
    a, b = _ISO_MONTH.match(first), _ISO_MONTH.match(second)
    if not (a and b):
        return False
    months = (int(b.group(1)) - int(a.group(1))) * 12 + int(b.group(2)) - int(a.group(2))
    return months == 1


def _link_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """A period written as two expressions gives its first one the second's value as its
    ``end_value`` ("between October 2023 and November 2024", "from 3 to 7 May", "the night of
    14 to 15 October", "12-14 March"); both stay expressions of their own, as TimeBank marks
    them. The ends are joined by one of ``range_joiners`` (data/time/relative.yaml), or by
    "and" after one of ``range_openers`` ("between") or between two days or months running ("9
    and 10 September", "late February and early March 2024"); "3 April and 28 March" is a list. A
    first end counted from the document date that falls after the last is moved back a year
    ("from March to May" told in November is March to May of that year)."""
    lx = _lexicon()
    out = list(timexes)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type != "DATE" or b.type != "DATE":
            continue
        if not (_ISO_DATE.match(a.value) and _ISO_DATE.match(b.value)):
            continue
        join = text[a.end : b.start].strip().lower()
        if join in lx.range_joiners and join != "/":
            pass
        elif join == "and" or join == "/":
            opener = re.search(r"(\w+)\s+$", text[max(0, a.start - 20) : a.start])
            if (opener is None or opener.group(1).lower() not in lx.range_openers | {"of"}) and (
                join != "and" or not (_next_day(a.value, b.value) or _next_month(a.value, b.value))
            ):
                # "3 April and 28 March": a list; "the night of 10/11 June": a range; "on 9
                # and 10 September": two days running, one period
                continue
        else:
            continue
        start = a.value
        if start > b.value and a.anchor != "absolute" and not b.value.startswith(start[:4]):
            start = f"{int(start[:4]) - 1:04d}{start[4:]}"
        if start > b.value[: len(start)]:
            continue  # no period ends before it starts
        out[i] = replace(a, value=start, end_value=b.value)
    return out
