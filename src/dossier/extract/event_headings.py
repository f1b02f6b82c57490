"""Incident headings: the date and place a numbered incident list states once, up front.

Security updates and briefings list incidents as "2) 10/05/2024 – Macomia town: An estimated
100 insurgents entered ..." or "1. **16 March 2024, Mir Ali (North Waziristan):** A suicide
bomber ...". The heading before the colon dates and places every sentence of its item, and
its words are nobody's perpetrator or target.

    headings = find_headings(doc, timexes, places)
    heading = headings.get(sentence_index)   # None outside an incident item
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dossier.extract.event_places import PLACE_RANK
from dossier.extract.event_rules import load_event_rules
from dossier.extract.numbers import parse_count
from dossier.extract.tables import (
    header_words,
    non_lethal,
    perpetrator_cut,
    pipe_rows,
    title_above,
    toll_counts,
)
from dossier.nlp.text import doc_sentences, doc_text
from dossier.nlp.token_table import doc_tokens
from dossier.records import NumberRange, PlaceMention, Timex

# a line that opens a list item ("- ", "• ", "3) "): the item before has ended
_NEW_ITEM = re.compile(r"\n[ \t]*(?:[-–—•*▪]|\d+[.)]|[a-z][.)])\s")
# a heading is short: a list number, a date and a place
_MAX_HEADING_TOKENS = 16


@dataclass(frozen=True)
class Heading:
    """The date and place an incident heading states, and where its words lie."""

    start: int
    end: int
    date: Timex
    place: PlaceMention | None
    # a label line under the heading ("Location: Wajiroko, Damboa LGA, Borno State")
    labels: tuple[tuple[int, int], ...] = ()

    def covers(self, span: tuple[int, int]) -> bool:
        """The span lies in the heading's words (a date or place, never a party)."""
        return self.start <= span[0] < self.end or any(s <= span[0] < e for s, e in self.labels)


def find_headings(
    doc: Doc,
    timexes: Sequence[Timex],
    places: Sequence[PlaceMention],
    specific: Callable[[Timex], bool],
    place_labels: Collection[str] = (),
) -> dict[int, Heading]:
    """Sentence index -> the incident heading that governs it.

    A heading is the start of a sentence up to a colon, with a specific date and no verb,
    or a line of its own that is a list number and a date ("1. 10/03/2025"), placed by a
    label line under it ("Location: Wajiroko, Damboa LGA"). It governs its own sentence and
    the following ones of its paragraph; a heading that is a sentence of its own governs
    only the following ones.
    """
    text = doc_text(doc)
    sents = doc_sentences(doc)
    lines = _date_lines(text, timexes, places, specific, place_labels)
    lines += _run_in_headings(text, timexes, places, specific)
    out: dict[int, Heading] = {}
    current: Heading | None = None
    for i, sent in enumerate(sents):
        gap = text[_last_word_end(sents[i - 1]) : _first_word_start(sent) + 2] if i else ""
        if i > 0 and ("\n\n" in gap or _NEW_ITEM.search(gap)):
            current = None  # a new paragraph or list item: the item has ended
        first = _first_word_start(sent)
        line = next((h for h in lines if h.start <= first < h.end), None)
        if line is not None:
            current = line
            if _last_word_end(sent) > line.end:
                out[i] = line
            continue
        found = _heading(sent, timexes, places, specific)
        if found is not None:
            current = found
            if found.end < sent.end_char - 1:
                out[i] = found
            continue
        if current is not None:
            out[i] = current
    return out


def _heading(
    sent: Span,
    timexes: Sequence[Timex],
    places: Sequence[PlaceMention],
    specific: Callable[[Timex], bool],
) -> Heading | None:
    tokens = doc_tokens(sent.doc)[sent.start : sent.end]
    colon = next((t for t in tokens if t.text.endswith(":") and t.is_punct), None)  # ":", "):"
    if colon is None or colon.i - sent.start > _MAX_HEADING_TOKENS:
        # "- **9 Feb** — Houthi drone attack on ...": a list item's date set off by a dash
        colon = _dash_after_date(sent, timexes, specific)
        if colon is None:
            return None
    prefix = sent.doc[sent.start : colon.i]
    if any(t.pos_ == "VERB" and t.tag_ != "VBN" for t in prefix):
        return None  # "Police said:" introduces speech, not an incident
    if any(t.pos_ == "AUX" for t in prefix):
        return None  # (s23c) "Israel has hit the port twice this year:" is a clause
    start, end = prefix.start_char, colon.idx + len(colon)
    # "- 3 | Feb — ...": a date the sentence splitter cut after its day still opens the item
    date = next(
        (
            t
            for t in timexes
            if (start <= t.start < end or t.start < start < t.end)
            and t.type == "DATE"
            and specific(t)
        ),
        None,
    )
    if date is None:
        return None
    place = finest_place([p for p in places if start <= p.start < end and p.place is not None])
    if place is None:
        place = _field_place(sent.doc, date.end, end, places)
    return Heading(start, end, date, place)


def finest_place(found: Sequence[PlaceMention]) -> PlaceMention | None:
    """(s23c) The place a heading's place field means when it names several: the finest
    ("08/11 - Kanem, Mao:", "3 May, Tora district / Kilo:" name a district, then the village
    where it happened; "Kilo (Tora district)" names the village first). Of places equally
    fine, the first."""
    names = [p for p in found if p.text.split() and p.text.split()[-1][:1].isupper()]
    if not names:
        return found[0] if found else None
    # a generic place noun ("Derbent, Orthodox church") is no finer name: names only
    return min(
        names, key=lambda p: PLACE_RANK.get(p.place.feature if p.place else "", len(PLACE_RANK))
    )


# the words that end a place field's first name: "Kilo (Tora)", "Kilo / Mbaye", "Kilo, Tora"
_FIELD_NAME = re.compile(r"[\s,*_]*([A-Z][^,()/\n:–—*_]*?)\s*(?:[,(/:–—*_-]|$)")


def _field_place(
    doc: Doc, date_end: int, end: int, places: Sequence[PlaceMention]
) -> PlaceMention | None:
    """(s22c) The place a heading's place field names when the tagger left it unmarked there:
    "- 20 Oct, Kilo — ..." where the report names Kilo, resolved, elsewhere. The field's first
    name, read as the place the same words name in the report, at the field's offsets."""
    text = doc_text(doc)
    found = _FIELD_NAME.match(text, date_end, end)
    if found is None:
        return None
    name = found.group(1).strip()
    same = next(
        (p for p in places if p.place is not None and p.text.casefold() == name.casefold()),
        None,
    )
    if same is None:
        return None
    at = found.start(1)
    sentence = max((i for i, s in enumerate(doc_sentences(doc)) if s.start_char <= at), default=0)
    return replace(same, start=at, end=at + len(name), sentence=sentence)


# a line that is an item's number and a date, and nothing else: "1. 10/03/2025", "3) 12 March"
_ITEM_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-–—•*▪])?[ \t]*")
_LINE_REST = re.compile(r"[\s:.,;–—*#-]*")


def _date_lines(
    text: str,
    timexes: Sequence[Timex],
    places: Sequence[PlaceMention],
    specific: Callable[[Timex], bool],
    place_labels: Collection[str],
) -> list[Heading]:
    """The headings that are a line of their own: an item number and a specific date, placed
    by the first label line of the item under them ("Location: ..."); nothing else."""
    out: list[Heading] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        start, end = pos, pos + len(raw.rstrip("\r\n"))
        pos += len(raw)
        lead = _ITEM_NUMBER.match(text, start, end)
        at = lead.end() if lead else start
        date = next(
            (
                t
                for t in timexes
                if t.start == at and t.end <= end and t.type == "DATE" and specific(t)
            ),
            None,
        )
        if date is None or not _LINE_REST.fullmatch(text, date.end, end):
            continue
        out.append(Heading(start, end, date, None))
    if not place_labels:
        return out
    label = re.compile(
        r"[ \t]*[*_]*(?:"
        + "|".join(re.escape(w) for w in sorted(place_labels, key=len, reverse=True))
        + r")[*_]*[ \t]*:",
        re.IGNORECASE,
    )
    placed: list[Heading] = []
    for heading in out:
        placed.append(_labelled(text, heading, places, label))
    return placed


def _labelled(
    text: str, heading: Heading, places: Sequence[PlaceMention], label: re.Pattern[str]
) -> Heading:
    """The heading placed by the first label line of its item ("Location: Wajiroko, ...")."""
    pos = heading.end + 1
    for _ in range(3):  # the label follows the heading within a line or two
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        found = label.match(text, pos, end)
        if found is not None:
            place = next(
                (p for p in places if found.end() <= p.start < end and p.place is not None),
                None,
            )
            return replace(heading, place=place, labels=((pos, end),))
        if not text[pos:end].strip() or _NEW_ITEM.match("\n" + text[pos:end]):
            break  # a blank line or the next item: no label
        pos = end + 1
    return heading


# (s18) a paragraph's run-in heading: "**Mir Ali, 9 September.** A roadside bomb ...",
# "Bajaur, 10 September: Troops ...": the words up to the first stop, colon or closing
# emphasis at a paragraph's start
_RUN_IN = re.compile(
    r"(?:\A|\n[ \t]*\n)[ \t]*(?:[-•*▪][ \t]+)?[*_]{0,2}([^\n.:;*_]{3,80})"
    r"(?:[*_]{0,2}[.:][*_]{0,2}|[*_]{2}[.:]?)[ \t]"
)


# what may stand in a run-in heading beside its date and places: punctuation, capitalised
# words (a district the gazetteer lacks), and the little words of a place's description
@lru_cache(maxsize=1)
def run_in_rest() -> re.Pattern[str]:
    """What may stand in a run-in heading beside its date and places: punctuation,
    capitalised words and the rules' ``run_in_heading_words``."""
    words = sorted(load_event_rules().words("run_in_heading_words"), key=len, reverse=True)
    little = "|".join(re.escape(w) for w in words)
    return re.compile(r"(?:[\s,;()–—/-]+|[A-Z][\w'’-]*|(?:" + little + r")(?![\w]))*")


def _run_in_headings(
    text: str,
    timexes: Sequence[Timex],
    places: Sequence[PlaceMention],
    specific: Callable[[Timex], bool],
) -> list[Heading]:
    """The run-in headings that open a paragraph: a specific date and its place, and
    nothing else, set off by a stop, a colon or emphasis ("**Mir Ali, 9 September.**").
    A sentence cannot tell them: the splitter cuts such a heading anywhere."""
    out: list[Heading] = []
    for found in _RUN_IN.finditer(text):
        start, end = found.start(1), found.end(1)
        date = next(
            (t for t in timexes if start <= t.start and t.end <= end and t.type == "DATE"),
            None,
        )
        if date is None or not specific(date):
            continue
        inside = [p for p in places if start <= p.start and p.end <= end and p.place is not None]
        # (s19) "**Inekar, 17–18 June.**": a day range is two expressions, the first
        # carrying the period's end; every date of the heading is its date, not a word
        dates = [t for t in timexes if start <= t.start and t.end <= end and t.type == "DATE"]
        rest = text[start:end]
        for s, e in sorted(
            [(t.start, t.end) for t in dates] + [(p.start, p.end) for p in inside], reverse=True
        ):
            rest = rest[: s - start] + " " + rest[e - start :]
        if not run_in_rest().fullmatch(rest):
            continue  # words of a sentence beside the date: no heading
        heading_end = found.end() - 1
        out.append(Heading(found.start(1), heading_end, date, inside[0] if inside else None))
    return out


_DASHES = frozenset({"—", "–", "-", "--"})
_BULLETS = frozenset({"-", "*", "•", "▪", "–", "—"})
_MARKUP = re.compile(r"[*_#]+")
# a date set off by a dash is a heading only when it opens the item (a bullet, a number)
_DATE_DASH_TOKENS = 6
# (s22c) a place field between the date and the dash ("22 Oct, Mbaye (Kanem district) —")
_PLACE_FIELD_TOKENS = 12
_PLACE_FIELD_CHARS = 80


def _dash_after_date(
    sent: Span, timexes: Sequence[Timex], specific: Callable[[Timex], bool]
) -> Token | None:
    """The dash after a specific date that opens a list item ("- 9 Feb — ...", "• 3 March
    2025 – ..."), standing for the heading's colon; None when the item opens otherwise."""
    words = [t for t in doc_tokens(sent.doc)[sent.start : sent.end] if not t.is_space]
    if not words:
        return None
    # "- **Mar 3** — ...": the bullet and the emphasis marks before the date
    lead = 0
    while lead < len(words) and (
        words[lead].text in _BULLETS or _MARKUP.fullmatch(words[lead].text)
    ):
        lead += 1
    if lead >= len(words):
        return None
    start = words[lead].idx
    date = next(
        (
            t
            for t in timexes
            if (t.start == start or t.start < start < t.end) and t.type == "DATE" and specific(t)
        ),
        None,
    )
    if date is None:
        return None
    text = doc_text(sent.doc)
    for t in words[lead + 1 : lead + _DATE_DASH_TOKENS + _PLACE_FIELD_TOKENS + 1]:
        if t.idx >= date.end and t.text in _DASHES:
            if t.idx == _next_word_start(words, date.end):
                return t
            return t if _place_field(text[date.end : t.idx]) else None
    return None


def _place_field(between: str) -> bool:
    """(s22c) "- 22 Oct, Mbaye (Kanem district) — ...", "• 4 March, Tora / Kilo – ...": the
    words between an item's date and its dash are a place field (a comma, then capitalised
    names, brackets and the little words of a place's description), no words of a
    sentence."""
    rest = between.strip()
    if not rest.startswith(","):
        return False
    rest = _MARKUP.sub(" ", rest[1:])
    return (
        any(c.isupper() for c in rest)
        and len(rest) <= _PLACE_FIELD_CHARS
        and run_in_rest().fullmatch(rest) is not None
    )


def _next_word_start(words: list[Token], end: int) -> int:
    return next((t.idx for t in words if t.idx >= end and not _MARKUP.fullmatch(t.text)), -1)


def _last_word_end(sent: Span) -> int:
    words = [t for t in doc_tokens(sent.doc)[sent.start : sent.end] if not t.is_space]
    return words[-1].idx + len(words[-1]) if words else sent.end_char


def _first_word_start(sent: Span) -> int:
    return next((t.idx for t in sent if not t.is_space), sent.start_char)


# --------------------------------------------------------------------------------------------
# Markdown pipe tables: one incident per row
#
# "| Date | Location | Perpetrator | Incident | Killed |" over "|---|---|" and rows such as
# "| 11 Mar 2025 | Bolan Pass | BLA | Hijacking of a train | 31 |": each row is one incident,
# its cells read by what the header row names them (``table_columns`` in
# ``data/extract/event_rules.yaml``). A cell is no sentence: the row's date, place,
# perpetrator and toll come from their columns, the trigger from the incident column.


@dataclass(frozen=True)
class TableRow:
    """One row of a pipe table: its cells by column role, and what they state."""

    start: int
    end: int
    cells: tuple[tuple[str, int, int], ...]  # (column role or "", start, end)
    date: Timex | None
    place: PlaceMention | None
    fatalities: NumberRange | None
    injured: NumberRange | None
    no_perpetrator: bool
    # (s23c) the table's title line ("Airstrikes recorded this month"), which may name the
    # kind of incident every row is when no column does
    title: tuple[int, int] | None = None

    def cell(self, role: str) -> tuple[int, int] | None:
        return next(((s, e) for r, s, e in self.cells if r == role), None)

    def role_at(self, pos: int) -> str | None:
        """The column role of the cell over ``pos`` ("" for an unnamed column)."""
        return next((r for r, s, e in self.cells if s <= pos < e), None)


def _column_role(header: str, columns: dict[str, list[str]]) -> str:
    words = re.findall(r"[^\W\d_]+", header.lower())
    name = " ".join(words)
    for role, names in columns.items():
        if name in names or any(w in names for w in words):
            return role
    return ""


def find_table_rows(
    doc: Doc,
    timexes: Sequence[Timex],
    places: Sequence[PlaceMention],
    columns: dict[str, list[str]],
    no_perpetrator: Sequence[str],
) -> dict[int, TableRow]:
    """Sentence index -> the pipe-table row it is (rows under a header and a ``|---|`` line)."""
    text = doc_text(doc)
    rows: list[TableRow] = []
    # (s21) header words of table_columns.yaml complete the caller's ("| Attributed to |")
    extra = header_words()
    columns = {role: [*names, *extra.get(role, [])] for role, names in columns.items()}
    for pipe in pipe_rows(text):
        roles = _wide_places(
            [_column_role(text[s:e], columns) for s, e in pipe.header],
            [text[s:e] for s, e in pipe.header],
        )
        cells = tuple(
            (roles[i] if i < len(roles) else "", s, e) for i, (s, e) in enumerate(pipe.cells)
        )
        cells = _versus_cells(text, _perpetrators_only(text, cells))
        row = _row(text, pipe.start, pipe.end, cells, timexes, places, no_perpetrator)
        if pipe.header:
            header_line = text.rfind("\n", 0, pipe.header[0][0]) + 1
            row = replace(row, title=pipe.caption or title_above(text, header_line))
        rows.append(row)
    if not rows:
        return {}
    sents = doc_sentences(doc)
    out: dict[int, TableRow] = {}
    for i, sent in enumerate(sents):
        for row in rows:
            if (
                row.start <= sent.start_char < row.end
                or sent.start_char <= row.start < sent.end_char
            ):
                out[i] = row
    return out


def _wide_places(roles: list[str], headers: list[str]) -> list[str]:
    """ "| Region | Location |": a place column whose header names a wide area
    (``table_wide_place_headers``) yields to a finer place column of the same table (r1, s14)."""
    if roles.count("place") < 2:
        return roles
    wide = _table_words("table_wide_place_headers")
    marked = [
        "wide_place" if r == "place" and set(re.findall(r"[^\W\d_]+", h.lower())) & wide else r
        for r, h in zip(roles, headers, strict=True)
    ]
    return marked if "place" in marked else roles


def _perpetrators_only(
    text: str, cells: tuple[tuple[str, int, int], ...]
) -> tuple[tuple[str, int, int], ...]:
    """(s21) "| DI-X (suspected); claimed by IS |": the perpetrator cell ends where it stops
    naming perpetrators; the rest is a note (a claim, a channel), nobody's role."""
    out: list[tuple[str, int, int]] = []
    for role, s, e in cells:
        cut = perpetrator_cut(text, s, e) if role == "perpetrator" else e
        if cut >= e:
            out.append((role, s, e))
            continue
        end = s + len(text[s:cut].rstrip())
        out += [("perpetrator", s, end), ("perpetrator_note", cut, e)]
    return tuple(out)


def _versus_cells(
    text: str, cells: tuple[tuple[str, int, int], ...]
) -> tuple[tuple[str, int, int], ...]:
    """ "| Bui Warriors v. BIR |", "| Army vs. ADF |": the parties before the word acted (the
    perpetrator cell), those after it were hit (a ``perpetrator_target`` cell) (r1, s14)."""
    words = sorted(_table_words("table_versus_words"), key=len, reverse=True)
    if not words:
        return cells
    versus = re.compile(
        r"\s(?:" + "|".join(re.escape(w) for w in words) + r")(?=\s)", re.IGNORECASE
    )
    out: list[tuple[str, int, int]] = []
    for role, s, e in cells:
        m = versus.search(text, s, e) if role == "perpetrator" else None
        if m is None:
            out.append((role, s, e))
            continue
        after = m.end() + len(text[m.end() : e]) - len(text[m.end() : e].lstrip())
        out += [("perpetrator", s, m.start()), ("perpetrator_target", after, e)]
    return tuple(out)


def _named_elsewhere(
    text: str, cell: tuple[int, int], places: Sequence[PlaceMention]
) -> PlaceMention | None:
    """(s21) "| al-Qaim; Jurf al-Sakhar |": a place column's cell where no place was found
    (a table cell is no sentence, the tagger often misses its names) names a place when one of
    its parts ("A; B", "A, B", "A (B)") is a name the document resolves elsewhere; the first
    such part places the row, lent that mention's resolution."""
    resolved: dict[str, PlaceMention] = {}
    for pm in places:
        if pm.place is not None:
            resolved.setdefault(pm.text.lower(), pm)
    for m in re.finditer(r"[^;,()/]+", text[cell[0] : cell[1]]):
        part = m.group(0).strip()
        found = resolved.get(part.lower())
        if found is not None and part:
            start = cell[0] + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            return replace(found, start=start, end=start + len(part), text=part)
    return None


def _table_words(key: str) -> frozenset[str]:
    return load_event_rules().words(key)


def _row(
    text: str,
    start: int,
    end: int,
    cells: tuple[tuple[str, int, int], ...],
    timexes: Sequence[Timex],
    places: Sequence[PlaceMention],
    no_perpetrator: Sequence[str],
) -> TableRow:
    def span(role: str) -> tuple[int, int] | None:
        return next(((s, e) for r, s, e in cells if r == role), None)

    def count(role: str) -> NumberRange | None:
        sp = span(role)
        found = parse_count(text[sp[0] : sp[1]], sp[0]) if sp and sp[1] > sp[0] else None
        if found is not None:
            return found.to_range()
        if sp is None or sp[1] <= sp[0]:
            return None
        # (s21) "2 soldiers, 3 militants killed", "3 (FO) / 20+ (claimed)": read by parts
        inc = span("incident")
        taken = inc is not None and non_lethal(
            set(re.findall(r"[^\W\d_]+", text[slice(*inc)].lower()))
        )
        killed, injured = toll_counts(text, *sp, unsaid_dead=not taken)
        return killed if role == "fatalities" else injured

    date = None
    if (d := span("date")) is not None:
        date = next((t for t in timexes if d[0] <= t.start < d[1] and t.type == "DATE"), None)
    place = None
    if (p := span("place")) is not None:
        # (s23c) "| Township | Village |": of the places the place columns name, the finest
        # (the first of each cell: "| Derbent, Orthodox church |" is Derbent)
        place_cells = [(s, e) for r, s, e in cells if r == "place"]
        firsts = [
            next((pm for pm in places if s <= pm.start < e and pm.place), None)
            for s, e in place_cells
        ]
        place = finest_place([pm for pm in firsts if pm is not None])
        place = place or next((pm for pm in places if p[0] <= pm.start < p[1]), None)
    if place is None and (p := span("place")) is not None:
        place = _named_elsewhere(text, p, places)
    if place is None and (p := span("wide_place")) is not None:
        place = next((pm for pm in places if p[0] <= pm.start < p[1] and pm.place), None)
        place = place or _named_elsewhere(text, p, places)
    perp = span("perpetrator")
    words = set(re.findall(r"[^\W\d_]+", text[perp[0] : perp[1]].lower())) if perp else set()
    return TableRow(
        start,
        end,
        cells,
        date,
        place,
        count("fatalities"),
        count("injured"),
        bool(words & set(no_perpetrator)),
    )
