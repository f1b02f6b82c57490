"""Reference dates and how an expression is anchored to them.

A :class:`_Context` holds what a normaliser knows: the document date, the date last mentioned
(for anaphoric expressions such as "the following year") and the sentence, whose tense cues
(:func:`_tense`) choose between the nearest earlier and later reading of a month or weekday
written without a year. The helpers here resolve years, months and weekdays against those
references and say which anchor (``document_date``, ``previous_date``, ``unresolved``) was used.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dossier.nlp.blocks import dated_line
from dossier.records import DateValue
from dossier.resolve.timex.lexicon import _lexicon


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
    week = re.match(r"(\d{4})-W(\d\d)$", value)
    if week:
        # a week stands for the month of its Monday ("a week later" → 2024-W07 → February)
        try:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        except ValueError:
            return _Ref(int(week.group(1)))
        return _Ref(monday.year, monday.month, monday.day)
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m:
        return None
    return _Ref(
        int(m.group(1)),
        int(m.group(2)) if m.group(2) else None,
        int(m.group(3)) if m.group(3) else None,
    )


def _ref_of(dv: DateValue | None) -> _Ref | None:
    if dv is None:
        return None
    return _ref_from_value(dv.value)


@dataclass
class _Context:
    """What the normalisers know: the document date, the previous date, the sentence."""

    dct: _Ref | None
    prev: _Ref | None
    sentence: str
    before: str  # text of the sentence before the expression
    prev_value: str = ""  # TIMEX3 value of the date last mentioned
    prev_near: bool = False  # whether that date is in the same paragraph
    prev_close: bool = False  # whether that date is a few sentences back at most
    # the order of day and month in the document's dates in digits (dates.numeric_date_order)
    numeric_order: str = "dmy"
    # the dates told so far: (start, end, value) in the text, in text order
    told: tuple[tuple[int, int, str], ...] = ()
    # the text of the sentence from the expression on
    rest: str = ""
    # (s18) from the parse, when there is one: whether the verb the expression modifies is a
    # finite verb in the past ("attacked", "had burned", "was killed"; not "postponed" alone,
    # "opens", "are expected"), and where that verb ends, counted from the expression's start
    head_verb: tuple[bool, int] | None = None


def _anchor_of_vague(ctx: _Context) -> str:
    return "document_date" if ctx.dct else "unresolved"


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


def _month_year(ctx: _Context, month: int, day: int | None = None) -> tuple[int | None, str]:
    """Year of a month (and day) written without one: from the document date, by tense,
    unless the story is told in another year: a day and month a few weeks after the last
    dated day share its year."""
    prev = ctx.prev
    if (
        ctx.dct
        and ctx.dct.year
        and prev
        and prev.year
        and prev.month
        # (s16) "memories of January 2024, when Iran fired missiles ... on 16 January": a
        # day of the month its sentence has just named with its year ("The August 1988
        # cease-fire ended the war. Iraq invaded Kuwait on Aug. 2" is told in 1990)
        and (prev.day or (month == prev.month and str(prev.year) in _sentence_before(ctx)))
        and day is not None
        and prev.year != ctx.dct.year
        and ctx.prev_close
        and 0 <= month - prev.month <= _NARRATIVE_MONTHS
        # (s22) a story told in order goes forward: "a drone strike on 7 February 2024 ...
        # al-Kaabi rejected the suspension on 4 February" steps back to the report's year
        and not (month == prev.month and prev.day is not None and day < prev.day)
    ):
        # "On 9 February 2024, fighters attacked Kalamba ... Forces retook it on 18
        # February": a report of 2025 tells 2024's events in order
        return prev.year, "previous_date"
    if ctx.dct and ctx.dct.year:
        y = ctx.dct.year
        if ctx.dct.month:
            # the nearest such month to the document date, a direction against the tense
            # of the sentence counting double
            now = ctx.dct.year * 372 + ctx.dct.month * 31 + (ctx.dct.day or 15 if day else 15)
            tense = _tense(ctx)
            since = _since(ctx)

            def cost(yy: int) -> float:
                delta = yy * 372 + month * 31 + (day or 15) - now
                if since and delta > 0:
                    return float("inf")  # "since 7 October": a time already past
                if (
                    day is not None
                    and delta > _PAST_DAY_GRACE
                    and (_opens_past_sentence(ctx) or _dates_past_verb(ctx))
                ):
                    # (s18) "On 28 Dec, fighters attacked a post" in a report of September;
                    # (s25) "Gunmen attacked a post on 11 February" in one of December
                    return float("inf")
                if day is not None and delta > _LOG_LINE_GRACE and _heads_log_line(ctx):
                    # (s24) "- Jan 16 — Bijapur: 12 killed" in a report of November
                    return float("inf")
                against = delta * tense < 0 or (tense == 0 and delta > 0)
                return abs(delta) * (_AGAINST_TENSE_MONTH if against else 1.0)

            y = min((y - 1, y, y + 1), key=cost)
        return y, "document_date"
    if ctx.prev and ctx.prev.year and ctx.prev_near:
        # an undated document: a month named right after a dated one shares its year
        return ctx.prev.year, "previous_date"
    return None, "unresolved"


# how many days after the document date a day that opens a sentence told in the past may lie:
# no fewer than two months, for a document date read a little early (a period's start, a
# draft's date) leaves the days just after it in its year
_PAST_DAY_GRACE = 60
# (s24) how many days after the document date a day heading a dated log line may lie: a log
# records what has happened, up to a month after a document date read a little early
_LOG_LINE_GRACE = 31
_OPENING_WORDS = 8  # the main clause's verb stands among the first words after the date
_DATE_WORDS = 4  # "Sunday, 28 December": the words of a date before its comma
_ON_OPENING = re.compile(r"^\W*on\s+$", re.IGNORECASE)


def _opens_past_sentence(ctx: _Context) -> bool:
    """Whether the expression opens its sentence after "On" and the verb it modifies is a
    finite verb in the past, with no cue of the future in the sentence nor a word pointing
    forward up to that verb ("On 28 Dec, fighters attacked a post"; not "On 30 Nov, a
    conference opens", "On 15 Nov, elections postponed from last year take place", "On 25
    Nov, fighters are expected to step up attacks"): what it dates has happened. The verb
    comes from the parse when there is one, else from the words after the date."""
    if not _ON_OPENING.match(_sentence_before(ctx)) or _lexicon().future_re.search(ctx.sentence):
        return False
    if ctx.head_verb is not None:
        past, verb_end = ctx.head_verb
        return past and verb_end > 0 and not _FORWARD_HINT.search(ctx.rest[:verb_end])
    # without a parse: a word in the past among the first words of the main clause, after
    # the comma that closes the date ("On 28 Dec, fighters attacked a post"), with no word
    # pointing forward there ("are expected to")
    parts = re.split(r"[,;:]", ctx.rest)
    opening = len(parts) > 1 and len(parts[0].split()) <= _DATE_WORDS
    words = " ".join((parts[1] if opening else parts[0]).split()[:_OPENING_WORDS])
    if _FORWARD_HINT.search(words):
        return False
    return _PAST_VERB.search(words) is not None or _lexicon().past_re.search(words) is not None


def _dates_past_verb(ctx: _Context) -> bool:
    """(s25) Whether the expression dates a finite past verb written before it ("Gunmen
    attacked a post in Mopti on 11 February"), from the parse, with no cue of the future in
    the sentence nor a word pointing forward before the expression ("was postponed until 11
    February", "were due to meet on"): what it dates has happened."""
    if ctx.head_verb is None or not ctx.head_verb[0] or ctx.head_verb[1] > 0:
        return False
    if _lexicon().future_re.search(ctx.sentence):
        return False
    before = _sentence_before(ctx)
    return not (_FORWARD_HINT.search(before) or _TARGET_PREP.search(before))


# (s25) a preposition right before a day that makes it the day something is moved, set or
# called for, not the day of the verb ("moved the vote to 11 February", "called a strike for
# 14 January", "pushed back to 9 March"); a range's end ("from 3 to 9 May") is dated by
# _link_ranges
_TARGET_PREP = re.compile(r"\b(?:to|for)\s+$", re.IGNORECASE)


def _heads_log_line(ctx: _Context) -> bool:
    """(s24) Whether the expression heads a dated log line ("- Jan 16 — Bijapur: 12 killed",
    "3 Nov (Tue), Rueso district – a bomb struck ..."), with no cue of the future in it: a log
    records what has happened."""
    if _lexicon().future_re.search(ctx.sentence):
        return False
    line = _sentence_before(ctx).rsplit("\n", 1)[-1] + ctx.rest
    return dated_line().match(line) is not None


def _sentence_before(ctx: _Context) -> str:
    """The words of the sentence before the expression."""
    return ctx.sentence[: max(0, len(ctx.sentence) - len(ctx.rest))]


def _since(ctx: _Context) -> bool:
    """Whether the expression opens a period that runs to the present ("since 7 October",
    "ever since March"): its time is past."""
    return _lexicon().past_bound_re.search(ctx.before) is not None


def _season_year(ctx: _Context, middle: int) -> int | None:
    """Year of a season written without one ("the fall", "in the summer"), its middle month
    ``middle`` (winter: 13, the January after the December that names it): the season
    nearest the document date, a direction against the tense of the sentence counting more
    ("the fall" in a past sentence of February 2025 is the fall of 2024); a document date
    inside the season is in it."""
    if not (ctx.dct and ctx.dct.year and ctx.dct.month):
        return ctx.dct.year if ctx.dct else None
    now = ctx.dct.year * 12 + ctx.dct.month
    tense = _tense(ctx)

    def cost(yy: int) -> float:
        delta = yy * 12 + middle - now
        if abs(delta) <= 1:
            return 0.0
        against = delta * tense < 0 or (tense == 0 and delta > 0)
        return abs(delta) * (_AGAINST_TENSE_MONTH if against else 1.0)

    y = ctx.dct.year
    return min((y, y - 1, y + 1), key=cost)


# How many months after the last dated event a month without a year may follow it and share
# its year (when that year is not the document's)
_NARRATIVE_MONTHS = 3


# How much farther a date against the tense of its sentence may lie than one along it; a
# sentence without a cue counts as past (news reports point back). Fitted on TBAQ: the
# scores are flat for 1.5-3 (months) and 2-4 (weekdays).
_AGAINST_TENSE_MONTH = 1.5


_AGAINST_TENSE_WEEKDAY = 4.0


_UNMARKED_FUTURE_WEEKDAY = 2.0


# Words that point a past-tense sentence forward ("planned to leave on Thursday", "would
# travel Tuesday", "postponed until Tuesday"): its weekday may lie after the reference.
_FORWARD_HINT = re.compile(
    r"\b(?:would|could|might|plan(?:s|ned|ning)?|schedul\w*|expect\w*|due|until|till|"
    r"postpon\w*|set\s+to|ready|head(?:s|ed|ing)?|deadline|soon|next|upcoming|coming)\b",
    re.IGNORECASE,
)


# the verb right before a weekday, past the words that may stand between ("killed late on")
_VERB_BEFORE = re.compile(
    r"(?:^|\s)(?:(?P<aux>[\w']+)\s+)?(?P<verb>[a-z]{3,})\s+(?:(?:late|early|on)\s+){0,2}$"
)
# what makes a past participle no past ("will be buried Monday", "is expected Monday")
_NOT_PAST_AUX = frozenset({"will", "be", "is", "are", "am", "to", "'ll", "being", "'s"})


def _past_verb_before(before: str) -> bool:
    """Whether a verb in the past stands right before the expression ("announced Wednesday",
    "burst into the party late on Saturday"; not "will be buried on Monday", "expected")."""
    m = _VERB_BEFORE.search(before)
    if m is None or _FORWARD_HINT.fullmatch(m.group("verb")):
        return False
    verb, aux = m.group("verb"), (m.group("aux") or "").lower()
    if _lexicon().past_re.fullmatch(verb) and verb.lower() not in {"last", "since", "ago"}:
        return True
    return _PAST_VERB.fullmatch(verb) is not None and aux not in _NOT_PAST_AUX


_DATE_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+)?\S+,?\s+(?:[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2}\b|\s*$)|\d{1,2}\s+[A-Z][a-z]{2,8}\b)"
)


# what ends a clause around an expression: a comma, a semicolon, a colon, a bracket, a
# quotation mark, or a joining word ("Rebels took the town on Wednesday, and the army says it
# will retake it")
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”—]|\s(?:and|but|while|whereas)\s", re.IGNORECASE)


def _clause_tense(ctx: _Context) -> int:
    """The tense of the clause the expression is told in (see :func:`_tense`), else of its
    sentence when the clause has no cue of its own."""
    if not ctx.rest or not ctx.sentence.endswith(ctx.rest):
        return _tense(ctx)
    head = ctx.sentence[: len(ctx.sentence) - len(ctx.rest)]
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(head)]
    end = _CLAUSE_BREAK.search(ctx.rest)
    clause = head[starts[-1] if starts else 0 :] + ctx.rest[: end.start() if end else None]
    own = _tense(_Context(ctx.dct, ctx.prev, clause, ctx.before))
    return own if own != 0 else _tense(ctx)


def _weekday_near(ref: dt.date, wd: int, ctx: _Context) -> dt.date:
    """The weekday ``wd`` nearest to ``ref``, a direction against the tense counting more.

    A weekday told in the past is the latest such day on or before the reference: one
    right after a verb in the past ("announced Wednesday", "gunmen burst in late on
    Saturday"), whatever the rest of the sentence says, or one in a sentence told in the
    past or with no cue of time at all (news reports point back: "Gunmen kill seven at a
    party on Saturday"), unless a word points it forward ("would", "planned", "until")."""
    tense = _clause_tense(ctx)
    since = _since(ctx)
    # "said in an editorial on Monday, Oct. 26": the date written after it decides
    dated_after = _DATE_AFTER.match(ctx.rest) is not None
    told_past = not dated_after and (
        _past_verb_before(ctx.before) or (tense <= 0 and not _FORWARD_HINT.search(ctx.sentence))
    )
    best = None
    for k in range(-7, 8):
        d = ref + dt.timedelta(days=k)
        if d.isoweekday() != wd or ((since or told_past) and k > 0):
            # a weekday told in the past ("struck a wedding on Sunday" in Saturday's news) is
            # the latest such day on or before the reference, never after it
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


_PAST_RELS = frozenset({"last", "this past", "the previous", "past"})


_NEXT_RELS = frozenset({"next", "this coming", "the following", "coming"})
