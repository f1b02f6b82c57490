"""Raw MUC-3/4 test material: original texts with datelines, answer keys, date/location match.

``raw_muc34_test/`` of the MUC-4 folder holds the TST3 and TST4 texts as distributed in 1992
(upper case; ``tst4-muc4.mixed-case`` keeps TST4's original casing) and their answer keys
(``key-tst3.v2``, ``key-tst4.v2``). Documents are keyed by the same docids as the GRIT files
(``TST3-MUC4-0003``), so the keys join with :func:`dossier.eval.muc4.load_gold` ("test").

Key fills follow ``scoring-guidelines.v7``: ``*`` means no incident (an irrelevant document),
``-`` an empty slot; alternatives are separated by ``/`` (optionally parenthesised); a date is
``DD MON YY``, a range ``A - B`` and a default fill ``- B`` (before the dateline date B); a
location is ``COUNTRY: PLACE (KIND): PLACE (KIND)``, most specific last.

Example::

    texts = load_raw_texts()
    texts["TST4-MUC4-0001"].date          # datetime.date(1988, 8, 23)
    keys = load_answer_keys()
    match_date(date(1988, 8, 23), keys["TST4-MUC4-0001"][0].date)   # 1.0
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from dossier.eval.muc4 import data_dir

__all__ = [
    "DateRange",
    "KeyDate",
    "KeyLocation",
    "KeyTemplate",
    "LocationPart",
    "RawText",
    "load_answer_keys",
    "load_raw_texts",
    "match_date",
    "match_location",
    "parse_key_date",
    "parse_key_location",
    "parse_muc_date",
    "restore_case",
]

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    )
}
_DATE = re.compile(r"(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2}|\d{4})")
_DOCID_LINE = re.compile(r"^(TST\d-MUC\d-\d{4})\s*$", re.M)
_DATELINE = re.compile(
    r"^\s*(?P<place>[^,\n]+(?:\([^)\n]*\))?),\s+(?P<date>NO DATE|\d{1,2}\s+\w{3}\w*\s+\d{2,4})"
    r"(?:\s+\((?P<source>[^)]*)\))?\s+--\s+",
    re.I,
)
_SLOT = re.compile(r"^(\d+)\.\s+([A-Z ]+:\s?[A-Z ]+?)\s{2,}(.*)$")
_RAW_FILES = {"TST3": ("tst3-muc4",), "TST4": ("tst4-muc4.mixed-case", "tst4-muc4")}


def parse_muc_date(text: str) -> date | None:
    """Parse ``10 JAN 90`` / ``19 June 1986`` style dates; two-digit years are 19xx."""
    m = _DATE.search(text)
    if not m:
        return None
    month = _MONTHS.get(m.group(2).upper()[:3])
    if month is None:
        return None
    year = int(m.group(3))
    year = year + 1900 if year < 100 else year
    try:
        return date(year, month, int(m.group(1)))
    except ValueError:
        return None


# --------------------------------------------------------------------------- raw texts


@dataclass(frozen=True)
class RawText:
    """One original MUC text: its dateline parts and body (``mixed_case`` when not upper)."""

    docid: str
    text: str  # the whole message after the docid line, dateline included
    body: str  # the text after the dateline's ``--``
    place: str | None  # dateline place, as written ("MEXICO CITY (MEXICO)")
    date: date | None  # dateline date; None for "NO DATE"
    date_text: str | None
    source: str | None  # the outlet in parentheses ("EFE", "RADIO VENCEREMOS")
    mixed_case: bool


def _parse_message(docid: str, text: str, mixed_case: bool) -> RawText:
    m = _DATELINE.match(text)
    if m is None:
        return RawText(docid, text, text.strip(), None, None, None, None, mixed_case)
    date_text = m.group("date")
    return RawText(
        docid=docid,
        text=text,
        body=text[m.end() :].strip(),
        place=" ".join(m.group("place").split()),
        date=parse_muc_date(date_text),
        date_text=date_text,
        source=" ".join(m.group("source").split()) if m.group("source") else None,
        mixed_case=mixed_case,
    )


def _split_messages(raw: str) -> dict[str, str]:
    parts = _DOCID_LINE.split(raw)
    return {docid: body for docid, body in zip(parts[1::2], parts[2::2], strict=True)}


@cache
def _load_raw_texts(root: Path, prefer_mixed_case: bool) -> dict[str, RawText]:
    out: dict[str, RawText] = {}
    for files in _RAW_FILES.values():
        names = files if prefer_mixed_case else tuple(reversed(files))
        for name in names:
            path = root / "raw_muc34_test" / name
            if not path.exists():
                continue
            mixed = name.endswith("mixed-case")
            for docid, text in _split_messages(path.read_text(encoding="latin-1")).items():
                out.setdefault(docid, _parse_message(docid, text, mixed))
    return out


def load_raw_texts(
    root: str | Path | None = None, prefer_mixed_case: bool = True
) -> dict[str, RawText]:
    """Load TST3 and TST4 raw texts as docid -> :class:`RawText`.

    TST4 comes from ``tst4-muc4.mixed-case`` unless ``prefer_mixed_case`` is False.
    """
    return dict(_load_raw_texts(data_dir(root), prefer_mixed_case))


def restore_case(lower_text: str, cased_text: str) -> str | None:
    """Give ``lower_text`` (a GRIT document) the casing of ``cased_text`` (its raw original).

    GRIT texts are the raw body lower-cased with whitespace collapsed and ``[ ]`` turned into
    ``( )``; the non-space characters therefore align one to one. Returns None when
    ``lower_text`` is not found in ``cased_text`` that way.
    """
    src_chars = [(i, c) for i, c in enumerate(cased_text) if not c.isspace()]
    src = "".join(c for _, c in src_chars).lower().replace("[", "(").replace("]", ")")
    target = "".join(c for c in lower_text if not c.isspace())
    start = src.find(target)
    if start < 0 or not target:
        return None
    out = []
    k = start
    for c in lower_text:
        if c.isspace():
            out.append(c)
            continue
        orig = src_chars[k][1]
        out.append(orig if orig.lower() == c else c)
        k += 1
    return "".join(out)


# --------------------------------------------------------------------------- answer keys


@dataclass(frozen=True)
class DateRange:
    """One alternative of a key date: ``low == high`` for a simple date, ``low`` None for
    a default fill (``- 26 AUG 89``)."""

    low: date | None
    high: date | None


@dataclass(frozen=True)
class KeyDate:
    """The INCIDENT: DATE fill: the text and its alternatives (empty when ``-`` or ``*``)."""

    text: str
    alternatives: tuple[DateRange, ...] = ()


@dataclass(frozen=True)
class LocationPart:
    """One level of a key location: ``LIMA`` of kind ``CITY`` (kind None for a country)."""

    name: str
    kind: str | None


@dataclass(frozen=True)
class KeyLocation:
    """The INCIDENT: LOCATION fill; each alternative is a path from the country down.

    A range between two places (``MEDELLIN (CITY) - CALI (CITY)``) gives one path per end.
    """

    text: str
    alternatives: tuple[tuple[LocationPart, ...], ...] = ()


@dataclass(frozen=True)
class KeyTemplate:
    """One answer-key template (an incident), with every slot's raw fill by slot name."""

    docid: str
    template: str  # "1", "2", ... or "*" when the document reports no incident
    optional: bool
    incident_type: str
    stage: str
    date: KeyDate
    location: KeyLocation
    slots: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def relevant(self) -> bool:
        """False for the ``*`` template of a document without incident."""
        return self.template != "*"


def _alternatives(text: str) -> list[str]:
    """Split a fill on top-level ``/`` and strip one level of parentheses around each."""
    parts: list[str] = []
    buf: list[str] = []
    depth = 0
    for c in text:
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        if c == "/" and depth == 0:
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(c)
    parts.append("".join(buf))
    out = []
    for part in parts:
        part = part.strip()
        if (
            part.startswith("(")
            and part.endswith(")")
            and part.count("(") == 1 + part[1:-1].count("(")
        ):
            part = part[1:-1].strip()
        if part:
            out.append(part)
    return out


def parse_key_date(text: str) -> KeyDate:
    """Parse an INCIDENT: DATE fill (``16 NOV 89``, ``- 02 NOV 89``, ``(A) / (B - C)``)."""
    text = " ".join(text.split())
    if text in {"", "-", "*"}:
        return KeyDate(text)
    alts: list[DateRange] = []
    for alt in _alternatives(text):
        alt = alt.lstrip("? ").strip()
        if " - " in f" {alt} " and alt.startswith("-"):
            alts.append(DateRange(None, parse_muc_date(alt[1:])))
        elif " - " in alt:
            lo, hi = alt.split(" - ", 1)
            alts.append(DateRange(parse_muc_date(lo), parse_muc_date(hi)))
        else:
            d = parse_muc_date(alt)
            alts.append(DateRange(d, d))
    return KeyDate(text, tuple(a for a in alts if a.low or a.high))


_PLACE = re.compile(r"^(.*?)\s*(?:\(([A-Z ]+)\))?$")


def parse_key_location(text: str) -> KeyLocation:
    """Parse an INCIDENT: LOCATION fill (``PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)``)."""
    text = " ".join(text.split())
    if text in {"", "-", "*"}:
        return KeyLocation(text)
    paths: list[tuple[LocationPart, ...]] = []
    for alt in _alternatives(text):
        prefix: list[LocationPart] = []
        for level in alt.split(":"):
            ends = [e.strip() for e in level.split(" - ") if e.strip()]
            parsed = []
            for end in ends:
                m = _PLACE.match(end)
                assert m is not None  # the pattern matches any string
                parsed.append(LocationPart(m.group(1).strip(), m.group(2)))
            if len(parsed) > 1:  # a range: one path per end, nothing deeper
                paths.extend((*prefix, p) for p in parsed)
                prefix = []
                break
            prefix.extend(parsed)
        if prefix:
            paths.append(tuple(prefix))
    return KeyLocation(text, tuple(paths))


def _parse_key_file(text: str) -> list[KeyTemplate]:
    templates: list[KeyTemplate] = []
    for block in re.split(r"\n\s*\n(?=0\.\s)", text.strip()):
        slots: dict[str, list[str]] = {}
        current: str | None = None
        for line in block.splitlines():
            m = _SLOT.match(line)
            if m:
                current = " ".join(m.group(2).split())
                slots[current] = [m.group(3).strip()]
            elif current is not None and line.strip():
                slots[current].append(line.strip())
        if "MESSAGE: ID" not in slots:
            continue
        template_text = slots.get("MESSAGE: TEMPLATE", ["*"])[0]

        def first(name: str, values: dict[str, list[str]] = slots) -> str:
            return " ".join(values.get(name, ["-"]))

        templates.append(
            KeyTemplate(
                docid=slots["MESSAGE: ID"][0],
                template=template_text.split()[0],
                optional="OPTIONAL" in template_text,
                incident_type=first("INCIDENT: TYPE"),
                stage=first("INCIDENT: STAGE OF EXECUTION"),
                date=parse_key_date(first("INCIDENT: DATE")),
                location=parse_key_location(first("INCIDENT: LOCATION")),
                slots={k: tuple(v) for k, v in slots.items()},
            )
        )
    return templates


@cache
def _load_answer_keys(root: Path) -> dict[str, tuple[KeyTemplate, ...]]:
    out: dict[str, list[KeyTemplate]] = {}
    for name in ("key-tst3.v2", "key-tst4.v2"):
        path = root / "raw_muc34_test" / name
        for template in _parse_key_file(path.read_text(encoding="latin-1")):
            out.setdefault(template.docid, []).append(template)
    return {docid: tuple(ts) for docid, ts in out.items()}


def load_answer_keys(root: str | Path | None = None) -> dict[str, tuple[KeyTemplate, ...]]:
    """Load the TST3 and TST4 answer keys as docid -> templates (one per incident)."""
    return dict(_load_answer_keys(data_dir(root)))


# --------------------------------------------------------------------------- matching


def match_date(pred: date | None, key: KeyDate) -> float:
    """Score a predicted incident date against a key date: 1, 0.5 (partial) or 0.

    Equal to a simple key date: 1. Inside a key range, or on or before the upper anchor of a
    default fill (``- 26 AUG 89``): 0.5, the guidelines' "part of the date contained in the
    key". Anything else, or no prediction: 0.
    """
    if pred is None:
        return 0.0
    best = 0.0
    for alt in key.alternatives:
        if alt.low == alt.high == pred:
            return 1.0
        low_ok = alt.low is None or alt.low <= pred
        if low_ok and alt.high is not None and pred <= alt.high:
            best = 0.5
    return best


def _norm_place(name: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", name.lower()).split())


def match_location(pred: Sequence[str], key: KeyLocation) -> float:
    """Score a predicted location (names from the country down) against a key location.

    1 when the country and the most specific predicted place equal some key path's country and
    most specific place; 0.5 when only the country matches (the guidelines' partial credit);
    else 0. Names compare case- and punctuation-insensitively.
    """
    names = [_norm_place(p) for p in pred if _norm_place(p)]
    if not names:
        return 0.0
    best = 0.0
    for path in key.alternatives:
        key_names = [_norm_place(p.name) for p in path]
        if names[0] != key_names[0]:
            continue
        if names[-1] == key_names[-1]:
            return 1.0
        best = 0.5
    return best
