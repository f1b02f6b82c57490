"""Pipe tables: the rows of Markdown tables (and of HTML tables, which the reader writes with
pipes), with the offsets of their cells and of their header's cells.

A table is a header line, a rule line of dashes ("|---|:---:|"), then rows; blank lines
between the lines of one table are allowed (HTML tables come out of the reader with one).
Quantities read a row as "label: figure", events read a row as one incident; both start here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
