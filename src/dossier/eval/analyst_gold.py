"""Analyst-coded gold for ``dossier eval analyst``: load and validate ``<stem>.gold.yaml`` files.

The schema is described in ``benchmarks/analyst_reports/gold_schema.md``. Every problem is reported as one line
``<file>: <item>: <problem>`` so an analyst can fix the file without reading a traceback.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import DossierError

# Event types, unnamed-speaker kinds and measures are the ontology's own vocabularies (read
# from it, so a type or measure added there is valid in a gold at once); roles, modalities,
# the gold's canonical predicates and actor types belong to the gold schema.
ROLES = frozenset({"initiator", "perpetrator", "target", "recipient", "victim", "mediator"})
MODALITIES = frozenset({"asserted", "negated", "hypothetical", "future", "background"})
PREDICATES = frozenset(
    [
        "affiliate_of",
        "branch_of",
        "allied_with",
        "hostile_to",
        "leader_of",
        "member_of",
        "supports",
        "accuses",
        "formed_from",
        "split_from",
        "merged_into",
        "based_in",
        "controls",
        "operates_in",
        "recruits_in",
    ]
)
ACTOR_TYPES = frozenset(
    [
        "armed_group",
        "state",
        "state_force",
        "political",
        "person",
        "igo",
        "ngo",
        "outlet",
        "company",
        "other",
    ]
)


@cache
def _vocabularies() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The ontology's event types, unnamed-speaker kinds and quantity measures."""
    from dossier.ontology import load_ontology

    onto = load_ontology()
    return (
        frozenset(onto.event_types),
        frozenset(k.id for k in onto.claims.source_kinds),
        frozenset(m.id for m in onto.quantities.measures),
    )


# a quote shorter than this (letters and digits) would be found in too many places
MIN_QUOTE_CHARS = 12


class GoldError(DossierError):
    """One or more gold files are malformed; ``lines`` holds one ``file: item: problem`` each."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines[0] if lines else "bad gold")
        self.lines = lines


@dataclass(frozen=True)
class GoldActor:
    id: str
    type: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class GoldRole:
    actor: str
    role: str


@dataclass(frozen=True)
class GoldEvent:
    id: str
    type: str
    alt_types: tuple[str, ...]
    date: str | None
    place: tuple[str, ...] | None
    actors: tuple[GoldRole, ...]
    fatalities: tuple[int, int | None] | None  # (low, high); high None = open-ended
    modality: str
    quotes: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True)
class GoldNonEvent:
    quote: str
    why: str | None = None


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    predicate: str
    object: str | None
    object_place: tuple[str, ...] | None
    quote: str
    optional: bool = False


@dataclass(frozen=True)
class GoldClaim:
    speaker: str | None
    speaker_kind: str | None
    via: str | None
    quote: str
    optional: bool = False


@dataclass(frozen=True)
class GoldQuantity:
    subject: str | None
    measure: str
    low: float
    high: float | None
    quote: str
    optional: bool = False


@dataclass(frozen=True)
class GoldMetadata:
    title: str | None
    published: str | None
    source: tuple[str, ...]


@dataclass(frozen=True)
class Gold:
    path: Path
    report: Path
    metadata: GoldMetadata
    actors: tuple[GoldActor, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    non_events: tuple[GoldNonEvent, ...] = ()
    relations: tuple[GoldRelation, ...] = ()
    claims: tuple[GoldClaim, ...] = ()
    quantities: tuple[GoldQuantity, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)


# -- text positions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class NormText:
    """Letters and digits of a text, lower-cased, with each character's index in the text."""

    chars: str
    index: tuple[int, ...]


def norm_chars(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def norm_text(text: str) -> NormText:
    chars: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        # lower() can grow a character ("İ" -> "i̇"); every piece keeps the same index
        for low in c.lower():
            if low.isalnum():
                chars.append(low)
                index.append(i)
    return NormText("".join(chars), tuple(index))


def find_quote(norm: NormText, quote: str) -> list[tuple[int, int]]:
    """Every ``[start, end)`` span of ``quote`` in the original text (all occurrences)."""
    q = norm_chars(quote)
    if not q:
        return []
    spans = []
    at = norm.chars.find(q)
    while at >= 0:
        spans.append((norm.index[at], norm.index[at + len(q) - 1] + 1))
        at = norm.chars.find(q, at + 1)
    return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def any_overlap(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    return any(overlaps(a, b) for a in spans for b in others)


def first_start(spans: list[tuple[int, int]]) -> int:
    return min((s for s, _ in spans), default=1 << 30)


def norm_name(name: str) -> str:
    """Case-folded, no diacritics, no leading "the", letters/digits (any script) and single spaces.

    Letters of every script are kept so that a name written only in Arabic or Cyrillic (a
    publisher, an outlet) can still match.
    """
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(c if c.isalnum() else " " for c in s if not unicodedata.combining(c))
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


# -- loading ----------------------------------------------------------------------------------


def find_gold_files(paths: list[Path]) -> list[Path]:
    """Gold files named directly, and every ``*.gold.yaml`` under the folders named."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(p.rglob("*.gold.yaml")))
        else:
            found.append(p)
    return found


def report_text(report: Path) -> str:
    """The cleaned text of a report, exactly as the pipeline indexes it."""
    from dossier.clean import clean_text
    from dossier.read import read_file
    from dossier.settings import Settings

    raw = read_file(report, Settings().max_bytes)
    return clean_text(raw.text, markdown=raw.format == "markdown").text


def _strs(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError("must be a list of strings")


class _Checker:
    """Collects the problems of one gold file while it is converted to records."""

    def __init__(self, path: Path, text: str | None, strict: bool = True) -> None:
        self.path = path
        self.norm = norm_text(text) if text is not None else None
        self.strict = strict
        self.errors: list[str] = []
        # quotes missing from the text read (lenient mode): the items stay, unmatchable
        self.lost: list[str] = []
        self.ids: set[str] = set()

    def err(self, where: str, problem: str) -> None:
        self.errors.append(f"{self.path}: {where}: {problem}")

    def quote(self, q: Any, where: str) -> str:
        if not isinstance(q, str) or len(norm_chars(q)) < MIN_QUOTE_CHARS:
            self.err(where, f"quote too short {q!r}")
            return ""
        if self.norm is not None and not find_quote(self.norm, q):
            if self.strict:
                self.err(where, f'quote not found "{q}"')
            else:
                self.lost.append(f'{self.path}: {where}: quote not in the text read "{q}"')
        return q

    def actor(self, x: Any, where: str, nullable: bool = True) -> str | None:
        if x is None and nullable:
            return None
        if x not in self.ids:
            self.err(where, f"unknown actor id {x!r}")
        return str(x)

    def names(self, value: Any, where: str) -> tuple[str, ...] | None:
        try:
            return _strs(value)
        except ValueError as exc:
            self.err(where, str(exc))
            return None

    def number(self, value: Any, where: str, nullable: bool) -> float | None:
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.err(where, f"not a number {value!r}")
            return None
        return float(value)


def _mapping_list(c: _Checker, g: dict[str, Any], key: str) -> list[dict[str, Any]]:
    items = g.get(key) or []
    if not isinstance(items, list):
        c.err(key, "must be a list")
        return []
    out = []
    for i, item in enumerate(items):
        if isinstance(item, dict):
            out.append(item)
        else:
            c.err(f"{key} {i}", "must be a mapping")
    return out


def _actors(c: _Checker, g: dict[str, Any]) -> list[GoldActor]:
    out = []
    for i, a in enumerate(_mapping_list(c, g, "actors")):
        aid = str(a.get("id"))
        if not re.fullmatch(r"[a-z0-9_]+", aid):
            c.err(f"actor {i}", f"id {a.get('id')!r}")
        if aid in c.ids:
            c.err(f"actor {aid}", "duplicate id")
        c.ids.add(aid)
        if a.get("type") not in ACTOR_TYPES:
            c.err(f"actor {aid}", f"type {a.get('type')!r}")
        names = c.names(a.get("names"), f"actor {aid}")
        if not names:
            c.err(f"actor {aid}", "has no names")
        out.append(GoldActor(aid, str(a.get("type")), names or ()))
    return out


def _fatalities(c: _Checker, f: Any, w: str) -> tuple[int, int | None] | None:
    if f is None:
        return None
    if not isinstance(f, dict):
        c.err(w, "fatalities must be a mapping or null")
        return None
    low = c.number(f.get("low"), f"{w} fatalities low", nullable=False)
    high = c.number(f.get("high"), f"{w} fatalities high", nullable=True)
    if low is None:
        return None
    return int(low), None if high is None else int(high)


def _events(c: _Checker, g: dict[str, Any]) -> list[GoldEvent]:
    out = []
    for i, e in enumerate(_mapping_list(c, g, "events")):
        w = f"event {e.get('id', i)}"
        if e.get("type") not in _vocabularies()[0]:
            c.err(w, f"type {e.get('type')!r}")
        alts = c.names(e.get("alt_types"), f"{w} alt_types") or ()
        for t in alts:
            if t not in _vocabularies()[0]:
                c.err(w, f"alt type {t!r}")
        d = e.get("date")
        if d is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(d)):
            c.err(w, f"date {d!r}")
        mod = e.get("modality") or "asserted"
        if mod not in MODALITIES:
            c.err(w, f"modality {mod!r}")
        roles = []
        entries = e.get("actors") or []
        if not isinstance(entries, list):
            c.err(w, "actors must be a list")
            entries = []
        for r in entries:
            if not isinstance(r, dict):
                c.err(w, f"actor entry {r!r}")
                continue
            c.actor(r.get("actor"), w, nullable=False)
            if r.get("role") not in ROLES:
                c.err(w, f"role {r.get('role')!r}")
            roles.append(GoldRole(str(r.get("actor")), str(r.get("role"))))
        place = e.get("place")
        if place is not None and not isinstance(place, list):
            c.err(w, "place must be a list or null")
            place = None
        quotes = c.names(e.get("quotes"), f"{w} quotes") or ()
        if not quotes:
            c.err(w, "no quotes")
        quotes = tuple(c.quote(q, w) for q in quotes)
        out.append(
            GoldEvent(
                id=str(e.get("id", i)),
                type=str(e.get("type")),
                alt_types=alts,
                date=None if d is None else str(d),
                place=c.names(place, f"{w} place"),
                actors=tuple(roles),
                fatalities=_fatalities(c, e.get("fatalities"), w),
                modality=str(mod),
                quotes=tuple(q for q in quotes if q),
                optional=bool(e.get("optional", False)),
            )
        )
    return out


def _relations(c: _Checker, g: dict[str, Any]) -> list[GoldRelation]:
    out = []
    for i, r in enumerate(_mapping_list(c, g, "relations")):
        w = f"relation {i} {r.get('subject')} {r.get('predicate')}"
        c.actor(r.get("subject"), w, nullable=False)
        if r.get("predicate") not in PREDICATES:
            c.err(w, f"predicate {r.get('predicate')!r}")
        obj = r.get("object")
        place = c.names(r.get("object_place"), f"{w} object_place")
        if obj is None and not place:
            c.err(w, "no object")
        if obj is not None:
            c.actor(obj, w, nullable=False)
        out.append(
            GoldRelation(
                subject=str(r.get("subject")),
                predicate=str(r.get("predicate")),
                object=None if obj is None else str(obj),
                object_place=place if obj is None else None,
                quote=c.quote(r.get("quote"), w),
                optional=bool(r.get("optional", False)),
            )
        )
    return out


def _claims(c: _Checker, g: dict[str, Any]) -> list[GoldClaim]:
    out = []
    for i, cl in enumerate(_mapping_list(c, g, "claims")):
        w = f"claim {i}"
        speaker = c.actor(cl.get("speaker"), w)
        via = c.actor(cl.get("via"), w)
        kind = cl.get("speaker_kind")
        if speaker is None and kind not in _vocabularies()[1]:
            c.err(w, f"speaker_kind {kind!r}")
        out.append(
            GoldClaim(
                speaker=speaker,
                speaker_kind=None if kind is None else str(kind),
                via=via,
                quote=c.quote(cl.get("quote"), w),
                optional=bool(cl.get("optional", False)),
            )
        )
    return out


def _quantities(c: _Checker, g: dict[str, Any]) -> list[GoldQuantity]:
    out = []
    for i, q in enumerate(_mapping_list(c, g, "quantities")):
        w = f"quantity {i}"
        subject = c.actor(q.get("subject"), w)
        if q.get("measure") not in _vocabularies()[2]:
            c.err(w, f"measure {q.get('measure')!r}")
        if q.get("low") is None:
            c.err(w, "no low")
        low = c.number(q.get("low"), w, nullable=True)
        high = c.number(q.get("high"), w, nullable=True)
        out.append(
            GoldQuantity(
                subject=subject,
                measure=str(q.get("measure")),
                low=0.0 if low is None else low,
                high=high,
                quote=c.quote(q.get("quote"), w),
                optional=bool(q.get("optional", False)),
            )
        )
    return out


def _metadata(c: _Checker, g: dict[str, Any]) -> GoldMetadata:
    m = g.get("metadata") or {}
    if not isinstance(m, dict):
        c.err("metadata", "must be a mapping")
        m = {}
    pub = m.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(pub)):
        c.err("metadata", f"published {pub!r}")
    title = m.get("title")
    return GoldMetadata(
        title=None if title is None else str(title),
        published=None if pub is None else str(pub),
        source=c.names(m.get("source"), "metadata source") or (),
    )


def load_gold(path: Path, strict: bool = True, lost: list[str] | None = None) -> Gold:
    """Read and validate one gold file against its report; raises :class:`GoldError`.

    With ``strict`` False a quote the report's text lacks is no error: the item is kept and
    can match nothing, so it counts as missed. A reader that loses text thus loses its items
    (comparing code versions on one set of golds); each such quote is appended to ``lost``.
    """
    try:
        g = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GoldError([f"{path}: cannot read: {first}"]) from exc
    if not isinstance(g, dict):
        raise GoldError([f"{path}: not a mapping"])
    if not isinstance(g.get("report"), str):
        raise GoldError([f"{path}: report: missing or not a file name"])
    report = path.parent / g["report"]
    try:
        text = report_text(report)
    except DossierError as exc:
        raise GoldError([f"{path}: report: {exc}"]) from exc
    c = _Checker(path, text, strict)
    try:
        metadata = _metadata(c, g)
        actors = _actors(c, g)
        events = _events(c, g)
        non_events = [
            GoldNonEvent(c.quote(n.get("quote"), f"non_event {i}"), n.get("why"))
            for i, n in enumerate(_mapping_list(c, g, "non_events"))
        ]
        relations = _relations(c, g)
        claims = _claims(c, g)
        quantities = _quantities(c, g)
    except (TypeError, ValueError, AttributeError) as exc:
        # a shape the checks above do not foresee: still one line, after what was found
        raise GoldError([*c.errors, f"{path}: malformed: {exc}"]) from exc
    if c.errors:
        raise GoldError(c.errors)
    if lost is not None:
        lost.extend(c.lost)
    keys = ("actors", "events", "non_events", "relations", "claims", "quantities")
    return Gold(
        path=path,
        report=report,
        metadata=metadata,
        actors=tuple(actors),
        events=tuple(events),
        non_events=tuple(non_events),
        relations=tuple(relations),
        claims=tuple(claims),
        quantities=tuple(quantities),
        counts={k: len(g.get(k) or []) for k in keys},
    )


def load_golds(
    paths: list[Path], strict: bool = True, lost: list[str] | None = None
) -> tuple[list[Gold], list[str]]:
    """Load every gold file; returns the good ones and one error line per problem found
    (``strict`` and ``lost`` as for :func:`load_gold`)."""
    golds: list[Gold] = []
    errors: list[str] = []
    files = find_gold_files(paths)
    if not files:
        errors.append(f"{', '.join(map(str, paths))}: no *.gold.yaml files found")
    for f in files:
        try:
            golds.append(load_gold(f, strict, lost))
        except GoldError as exc:
            errors.extend(exc.lines)
    return golds, errors
