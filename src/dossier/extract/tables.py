"""Pipe tables: the rows of Markdown tables (and of HTML tables, which the reader writes with
pipes), with the offsets of their cells and of their header's cells.

A table is a header line, a rule line of dashes ("|---|:---:|"), then rows; blank lines
between the lines of one table are allowed (HTML tables come out of the reader with one).
Quantities read a row as "label: figure", events read a row as one incident; both start here.

Plain-text reports (and PDF extractions) align their tables with spaces instead:
:func:`aligned_rows` reads a header line of three or more cells separated by runs of two or
more spaces ("Faction      Estimate      Period      Source") and the lines under it whose
cells start where the header's do, up to a blank line or a line that does not fit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dossier.datafiles import load_yaml
from dossier.extract.numbers import parse_count
from dossier.records import NumberRange

_PIPE_LINE = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_RULE_LINE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?)?[ \t]*$")


@dataclass(frozen=True)
class PipeRow:
    """One body row of a pipe table: its line and its cells (stripped, document offsets),
    with the header cells of its table."""

    start: int
    end: int
    cells: tuple[tuple[int, int], ...]
    header: tuple[tuple[int, int], ...]
    # the line right above the header of a space-aligned table ("Table 1. Estimated strength
    # of selected factions"), which may name what its figures count
    caption: tuple[int, int] | None = None


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stripped cells of a pipe line ``text[start:end]``."""
    line = text[start:end]
    bars = [m.start() for m in re.finditer(r"\|", line)]
    cells = []
    for a, b in zip(bars, bars[1:], strict=False):
        raw = line[a + 1 : b]
        lead = len(raw) - len(raw.lstrip())
        cells.append((start + a + 1 + lead, start + a + 1 + len(raw.rstrip())))
    return cells


def pipe_rows(text: str) -> list[PipeRow]:
    """The body rows of every pipe table of ``text``."""
    if "|" not in text:
        return []
    rows: list[PipeRow] = []
    header: tuple[tuple[int, int], ...] | None = None
    prev: tuple[int, int] | None = None
    for m in _PIPE_LINE.finditer(text):
        start, end = m.start(), m.end()
        joined = prev is not None and not text[prev[1] : start].strip()
        if not joined:
            header = None
        if _RULE_LINE.match(text[start:end]):
            if joined and prev is not None:
                header = tuple(_cells(text, *prev))
        elif header is not None:
            rows.append(PipeRow(start, end, tuple(_cells(text, start, end)), header))
        prev = (start, end)
    return rows


_GAP = re.compile(r"[ \t]{2,}|\t")
_LINE = re.compile(r"^.*$", re.MULTILINE)


def _aligned_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a space-aligned line ``text[start:end]``: runs of text between gaps of
    two or more spaces (or a tab), stripped, in document offsets."""
    cells: list[tuple[int, int]] = []
    at = start
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    at = start + lead
    for gap in _GAP.finditer(text, at, end):
        if gap.start() > at:
            cells.append((at, gap.start()))
        at = gap.end()
    tail = text[at:end].rstrip()
    if tail:
        cells.append((at, at + len(tail)))
    return cells


def _fits(
    cells: list[tuple[int, int]], header: tuple[tuple[int, int], ...], start: int, h_start: int
) -> bool:
    """Every cell of a body line starts within two characters of a header cell's column."""
    cols = [a - h_start for a, _b in header]
    return len(cells) >= 2 and all(any(abs((a - start) - c) <= 2 for c in cols) for a, _b in cells)


def _column(header: tuple[tuple[int, int], ...], h_start: int, offset: int) -> tuple[int, int]:
    """The header cell whose column starts nearest ``offset`` (from its line's start)."""
    return min(header, key=lambda h: abs((h[0] - h_start) - offset))


def aligned_rows(text: str) -> list[PipeRow]:
    """The body rows of every space-aligned table of ``text`` (see the module's note); a
    row's cells are matched to the header's columns by where they start (a missing cell is
    left out of ``cells`` and its column's header with it, so that ``cells[i]`` stays under
    ``header[i]``)."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    rows: list[PipeRow] = []
    i = 0
    while i < len(lines) - 1:
        h_start, h_end = lines[i]
        header = tuple(_aligned_cells(text, h_start, h_end))
        if len(header) < 3 and _COLLAPSED_HEADER.match(text, h_start, h_end):
            collapsed = _collapsed_rows(text, lines, i)
            if collapsed:
                rows.extend(collapsed)
                i += len(collapsed) + 1
                continue
        if (
            len(header) < 3
            or "|" in text[h_start:h_end]
            or any(b - a > 40 or any(ch.isdigit() for ch in text[a:b]) for a, b in header)
        ):
            i += 1
            continue
        body: list[PipeRow] = []
        caption = lines[i - 1] if i > 0 and text[slice(*lines[i - 1])].strip() else None
        j = i + 1
        while j < len(lines):
            start, end = lines[j]
            cells = _aligned_cells(text, start, end)
            if not cells or not _fits(cells, header, start, h_start):
                break
            keep_header = tuple(_column(header, h_start, a - start) for a, _b in cells)
            body.append(PipeRow(start, end, tuple(cells), keep_header, caption))
            j += 1
        if body and any(len(r.cells) >= 3 for r in body):
            rows.extend(body)
            i = j
        else:
            i += 1
    return rows


# (s24) a statistics line: a short label without figures, a colon, then figures each with
# the words of what it counts, split by commas or semicolons ("Yala: 7 incidents, 3 killed,
# 5 injured", "- Deaths: 14", "Narathiwat — 9 incidents; 4 killed")
_LABEL_LINE = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<label>[^\W\d_][^\d:;|\n.!?]{0,40}?)[ \t]*(?::|[ \t][–—][ \t])[ \t]*"
    r"(?P<rest>[~≈c.]*[ \t]*\d[^|\n]*?)[ \t.]*$",
    re.MULTILINE,
)
_LABEL_PARTS = re.compile(r"[,;][ \t]+")


def label_rows(text: str) -> list[PipeRow]:
    """(s24) Statistics lines read as two-cell rows (``_LABEL_LINE``): the label ("Yala"),
    then the list of figures as one cell ("7 incidents, 3 killed, 5 injured"), for the
    quantities to read as a table row's. Only a line whose label has at most five words and
    whose every part opens on a figure (no prose sentence: "Note: 3 soldiers were killed
    near Gao on Tuesday when ..." has one part but too many words for a cell), and no time
    of day ("Updated: 12:30")."""
    rows: list[PipeRow] = []
    for m in _LABEL_LINE.finditer(text):
        label, rest = m.span("label"), m.span("rest")
        if (
            len(text[label[0] : label[1]].split()) > 5
            or re.match(r"\d{1,2}:\d{2}", text[rest[0] :])
            # (s24b) "Abductions foiled: 3", "Planned: 4 attacks": no deeds done
            or unreal_title(text, label)
        ):
            continue
        parts = _LABEL_PARTS.split(text[rest[0] : rest[1]])
        if not all(re.match(r"[~≈]?\s*(?:c\.\s*)?\d", p) and len(p.split()) <= 5 for p in parts):
            continue
        rows.append(PipeRow(m.start(), m.end(), (label, rest), ()))
    return rows


# a table header whose column gaps the text lost (runs of spaces collapsed, or a PDF
# extraction): three to six capitalised words, nothing else ("Faction Estimate Period Source")
# (short function words may follow the first: "Actor Estimate Source As of")
_COLLAPSED_HEADER = re.compile(
    r"[ \t]*[A-Z][a-z]+[ \t]+(?:(?:[A-Z][a-z]+|of|per|by|in|at|as|and|the|to|/)(?:[ \t]+|[ \t]*$))"
    r"{2,7}$"
)
# a rule of dashes under a header ("-------  --------  -----")
_DASH_RULE = re.compile(r"[ \t]*[-=–—]{3,}(?:[ \t]+[-=–—]{3,})*[ \t]*$")
# a figure of a collapsed row: digits with a modifier, or vague words, in quotes or not
# ("about 6,500", "c. 1,300", "3,000 - 4,000", '"tens of thousands"')
_FIGURE = (
    r"(?:(?:approx\.?|about|around|some|over|under|up\s+to|more\s+than|at\s+least|~|c\.|ca\.)\s*)?"
    r"\d[\d,.]*\+?(?:\s*[-–]\s*\d[\d,.]*)?"
    r"|[\"“]?(?:tens|hundreds|dozens|several|thousands)"
    r"(?:\s+(?:of\s+)?(?:thousands|hundreds|thousand|hundred|dozen))?[\"”]?"
    r"(?=[ \t]|$)"
)
# a body row of such a table: a label of one to six words, then a figure, then the rest
# ("Kata'ib Hezbollah 10,000 - 30,000 2024 CGLSS/US est.")
# (digits only inside a name, "AFC/M23", and full stops only inside a word, "(S.Kivu)")
_COLLAPSED_ROW = re.compile(
    r"[ \t]*(?P<label>[^\d\s.,;:!?](?:[^\d.;:!?]|(?<=[A-Za-z/\d])\d|\.(?=\w)){0,60}?)[ \t]+"
    rf"(?P<figure>{_FIGURE})(?P<more>(?:[ \t]+(?:{_FIGURE}))*)"
    r"(?:[ \t]+(?P<rest>\S.*?))?[ \t]*$",
    re.IGNORECASE,
)


def _collapsed_rows(text: str, lines: list[tuple[int, int]], at: int) -> list[PipeRow]:
    """The rows under a header line ``lines[at]`` whose column gaps were lost: two or more
    consecutive lines, each a short label, a figure and the rest of the row (three cells,
    under the header's first word, second word and the rest)."""
    h_start, h_end = lines[at]
    words = [
        (h_start + a.start(), h_start + a.end()) for a in re.finditer(r"\S+", text[h_start:h_end])
    ]
    caption = lines[at - 1] if at > 0 and text[slice(*lines[at - 1])].strip() else None
    if caption is None and at > 1 and text[slice(*lines[at - 2])].strip():
        caption = lines[at - 2]  # "Table 1. Selected force estimates", a blank line, the header
    body = lines[at + 1 :]
    if body and _DASH_RULE.match(text, *body[0]):
        body = body[1:]
    rows: list[PipeRow] = []
    for start, end in body:
        m = _COLLAPSED_ROW.match(text, start, end)
        if m is None or len(m.group("label").split()) > 6 or end - start > 120:
            break
        figures = [(m.start("figure"), m.end("figure"))]
        more = m.start("more")
        figures += [
            (more + f.start(), more + f.end())
            for f in re.finditer(_FIGURE, text[more : m.end("more")], re.IGNORECASE)
        ]
        # one header word per figure after the label's ("Province Killed Injured Displaced
        # Source"), else the label's word, the figure's word and the rest
        if len(figures) > 1 and len(words) not in (len(figures) + 1, len(figures) + 2):
            break
        header = [words[0], *words[1 : 1 + len(figures)]]
        if len(words) > len(figures) + 1:
            header.append((words[len(figures) + 1][0], words[-1][1]))
        cells = [(m.start("label"), m.end("label")), *figures]
        if m.group("rest"):
            cells.append((m.start("rest"), m.end("rest")))
        rows.append(PipeRow(start, end, tuple(cells), tuple(header[: len(cells)]), caption))
    return rows if len(rows) >= 2 else []


# (s23c) a table's title line: short, no sentence's closing stop ("Airstrikes recorded this
# month", "Table 2: Abductions reported in May", "Kidnappings, March 2025")
_TITLE_MAX_WORDS = 12
_TITLE_BLANK_LINES = 2


def title_above(text: str, header_start: int) -> tuple[int, int] | None:
    """(s23c) The title of the table whose header line starts at ``header_start``: the
    nearest line above it across at most two blank lines, when it is short and no sentence
    (a prose paragraph ending with a stop is no title), and no row of another table."""
    end = text.rfind("\n", 0, header_start)
    for _ in range(_TITLE_BLANK_LINES + 1):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            end = start - 1
            continue
        if line.startswith("|") or len(line.split()) > _TITLE_MAX_WORDS:
            return None
        if line[-1] in ".!?" and not _TITLE_LEAD.match(line):
            return None
        lead = len(text[start:end]) - len(text[start:end].lstrip())
        return start + lead, start + lead + len(line)
    return None


# "Table 3." / "Figure 2:" opens a title even when the title ends with a stop
_TITLE_LEAD = re.compile(r"[*_#\s]*(?:table|tableau|tabla|figure|annex)\s*\d*\s*[.:]", re.I)


def unreal_title(text: str, span: tuple[int, int]) -> bool:
    """(s23c) A title whose rows tell no incidents that happened ("Attacks foiled in May",
    "Planned strikes", "Projected displacement"): ``title_unreal_words`` of
    table_columns.yaml."""
    words = set(re.findall(r"[^\W\d_]+", text[span[0] : span[1]].lower()))
    return bool(words & set(load_table_columns().get("title_unreal_words") or ()))


def in_header_line(text: str, pos: int) -> bool:
    """(s21) ``pos`` lies in a pipe table's header line (a pipe line right above its ``|---|``
    rule): "| Date | Location | Type | Killed |" names columns, it tells no incident."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if not _PIPE_LINE.fullmatch(text[start:end]):
        return False
    after = text.find("\n", end + 1)
    rule = text[end + 1 : len(text) if after < 0 else after]
    return end < len(text) and _RULE_LINE.fullmatch(rule) is not None


# --------------------------------------------------------------------------------------------
# (s21) Toll cells: "2 soldiers, 3 militants killed", "1 soldier killed, 4 wounded",
# "3 (FO) / 20+ (claimed)", "30–40 (sources); 60 (group)". A toll column of an incident
# table rarely holds a bare figure: it names who died, adds the hurt and the abducted, and
# sets one source's figure against another's.


@dataclass(frozen=True)
class TollWords:
    """What a toll cell's words say its figures count (``data/extract/table_columns.yaml``)."""

    killed: frozenset[str]
    injured: frozenset[str]
    other: frozenset[str]


@lru_cache(maxsize=1)
def load_table_columns() -> dict[str, Any]:
    """``data/extract/table_columns.yaml`` (cached)."""
    data: dict[str, Any] = load_yaml("extract/table_columns.yaml")
    return data


def non_lethal(words: set[str]) -> bool:
    """An incident cell's words name an outcome other than death ("Arrests", "Abduction of
    workers"): its toll column counts the taken, not the dead."""
    return bool(words & _toll_words().other)


def perpetrator_cut(text: str, start: int, end: int) -> int:
    """Where a perpetrator cell ``text[start:end]`` stops naming perpetrators: its first ";"
    or stop word (``perpetrator_cell_stops``) after its first word, else ``end``."""
    stops = sorted(load_table_columns().get("perpetrator_cell_stops") or [], key=len, reverse=True)
    words = "|".join(re.escape(w) for w in stops)
    cut = re.compile(rf";|(?<=[\s(])(?:{words})(?=[\s)])" if words else ";", re.IGNORECASE)
    m = cut.search(text, start + 1, end)
    return m.start() if m is not None else end


def header_words() -> dict[str, list[str]]:
    """Header words per column role that complete ``table_columns`` of event_rules.yaml."""
    return {k: list(v) for k, v in (load_table_columns().get("header_words") or {}).items()}


@lru_cache(maxsize=1)
def _toll_words() -> TollWords:
    raw = load_table_columns()
    return TollWords(
        frozenset(raw["toll_killed_words"]),
        frozenset(raw["toll_injured_words"]),
        frozenset(raw["toll_other_words"]),
    )


# one source's figure against another's: " / ", ";", or a spaced dash ("4 (A) – c. 12 (B)")
_ALTERNATIVES = re.compile(r"\s+/\s+|;|\s[–—-]\s")
# the parts of one figure: "2 soldiers, 3 militants killed", "Abu X + 2 killed"
_PARTS = re.compile(r",|\s\+\s|\s+and\s+")
# a part's figure, at its start: digits with an optional modifier, range or "+"
_PART_FIGURE = re.compile(
    r"(?:(?:c\.|ca\.|about|around|approx\.?|some|at\s+least|over|more\s+than|~)\s*)?"
    r"\d[\d,]*\+?(?:\s*[–-]\s*\d[\d,]*\+?)?(?![\d\w])",
    re.IGNORECASE,
)


def _outcome(words: set[str], toll: TollWords) -> str | None:
    """What a part's words say it counts: "killed", "injured", "other", or None (unsaid)."""
    if words & toll.injured:
        return "injured"
    if words & toll.other:
        return "other"
    if words & toll.killed:
        return "killed"
    return None


def _sum(ranges: list[NumberRange], text: str) -> NumberRange | None:
    if not ranges or any(r.low is None for r in ranges):
        return None
    low = sum(r.low or 0 for r in ranges)
    high = None if any(r.high is None for r in ranges) else sum(r.high or 0 for r in ranges)
    return NumberRange(low, low, high, text)


def toll_counts(
    text: str, start: int, end: int, unsaid_dead: bool = True
) -> tuple[NumberRange | None, NumberRange | None]:
    """The dead and the hurt a toll cell ``text[start:end]`` counts, or None for each it does
    not count. Parts of one figure add up (a part that names no outcome takes the next
    part's, else counts the dead); figures of different sources give a range from the
    lowest to the highest. Only digit figures are read here (a bare vague cell is
    ``parse_count``'s). ``unsaid_dead`` false: a part that names no outcome counts nobody
    (the row's incident is an arrest or an abduction: "| Arrests | 5 suspected couriers |")."""
    toll = _toll_words()
    cell = re.sub(r"\([^)]*\)|[\"“”]", " ", text[start:end])
    killed_alts: list[NumberRange] = []
    injured_alts: list[NumberRange] = []
    for alt in _ALTERNATIVES.split(cell):
        pending: list[NumberRange] = []
        got: dict[str, list[NumberRange]] = {"killed": [], "injured": []}
        for part in _PARTS.split(alt):
            part = part.strip()
            words = set(re.findall(r"[^\W\d_]+", part.lower()))
            outcome = _outcome(words, toll)
            m = _PART_FIGURE.match(part)
            found = parse_count(m.group(0)) if m else None
            figure = found.to_range() if found is not None else None
            if figure is not None:
                pending.append(figure)
            if outcome is not None:
                if outcome in got:
                    got[outcome] += pending
                pending = []
        if unsaid_dead:
            got["killed"] += pending
        for key, alts in (("killed", killed_alts), ("injured", injured_alts)):
            total = _sum(got[key], text[start:end])
            if total is not None:
                alts.append(total)
    return _spread(killed_alts, text[start:end]), _spread(injured_alts, text[start:end])


def _spread(alts: list[NumberRange], text: str) -> NumberRange | None:
    """One figure as it is; several sources' figures as a range from the lowest to the
    highest."""
    if len(alts) <= 1:
        return alts[0] if alts else None
    low = min(r.low for r in alts if r.low is not None)
    high = max(r.high if r.high is not None else (r.low or 0) for r in alts)
    return NumberRange(low, low, high, text) if high >= low else None
