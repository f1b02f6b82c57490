"""What a document says about itself: title, section, publication date, source and language.

This is the metadata stage: it reads the layout of the cleaned text (a short label line above a
headline, a date line near the top, a ``Source:`` line at the top or the bottom) and the metadata
a reader found in the file (HTML ``<meta>``, PDF info), which wins where it has an answer. The
line-level rules live in their own modules, re-exported here: dates in :mod:`dossier.dates`,
publishers in :mod:`dossier.sources`, language detection in :mod:`dossier.language`. Common
section labels come from ``data/section_labels.yaml``; byline prefixes, publisher nouns of a
letterhead ("HORN OF AFRICA SECURITY PROGRAMME") and the header furniture of official documents
("United Nations    S/2024/742", "Distr.: General") from ``data/metadata_cues.yaml``. A wire
dateline without a year ("QUETTA, Pakistan, Nov 9 (Reuters) -") takes it from a full date of
the story near its day.

>>> meta = extract_metadata("Analysis\\n\\nRebels Take the Town\\n\\n18 March 2018\\n\\nBody.",
...                         HtmlMetadata())
>>> meta.section, meta.title, meta.published
('Analysis', 'Rebels Take the Town', DateValue(value='2018-03-18', precision='day'))
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

from rapidfuzz import fuzz

from dossier.calendars import (
    calendar_date,
    document_date_basis,
    front_matter_date_keys,
    front_matter_fields,
    header_lines,
    header_period_end,
    other_calendar_date_line,
)
from dossier.datafiles import literal_alternation, load_yaml
from dossier.dates import (
    NUMERIC_DATE,
    RANK_PERIOD,
    RANK_PUBLISHED,
    RANK_UPDATED,
    blank_date_field,
    compilation_words,
    full_dates,
    has_date_cue,
    is_date_word,
    numeric_date_order,
    parse_date,
    parse_date_line,
    rank_date_line,
)
from dossier.language import LETTERS, detect_language, fold, script_of
from dossier.records import DateValue, HtmlMetadata, Metadata
from dossier.resolve.timex.dateline import parse_dateline, wire_dateline
from dossier.sources import (
    is_host_name,
    known_source,
    normalise_source,
    source_line,
    transliterate_cyrillic,
)

__all__ = [
    "detect_language",
    "extract_metadata",
    "normalise_source",
    "parse_date",
    "parse_date_line",
    "transliterate_cyrillic",
]

_HEAD_LINES = 15  # how many non-empty lines from the top hold the header
_LETTERHEAD_MAX_WORDS = 10  # a publisher's name in capitals on a cover is no longer
_TITLE_BLOCK_LINES = 4  # a cover's title may run over this many lines
_TITLE_MAX_CHARS = 300
_TAIL_LINES = 15  # how many from the bottom may hold a source or date footer


def _head(lines: list[str]) -> list[str]:
    return lines[:_HEAD_LINES]


# --------------------------------------------------------------------------------------------
# date and source: which lines to try


def _find_date(
    lines: list[str], language: str | None, order: str | None, signed: Sequence[str] = ()
) -> tuple[DateValue, int] | None:
    """The publication date of the header, else of a cued footer line, else (s23) of a
    sign-off among the last lines of the file, ``signed`` ("Bunia, le 18 novembre 2025").

    The header's first date line dates the report, unless another names the publication
    ("Posted: 24 April 2025" under the period "12-18 April 2025" the report covers), or the
    first is a period and another dates a revision ("Updated: 24 April 2025"); see
    :func:`dossier.dates.rank_date_line`. With the date, its rank (``RANK_PERIOD`` for the
    end of a period the report covers)."""
    head = _table_fields(_head(lines))
    found = [r for line in head if (r := rank_date_line(line, language, order))]
    if found:
        published = [r for r in found if r[1] == RANK_PUBLISHED]
        updated = [r for r in found if r[1] == RANK_UPDATED]
        if published:
            return published[0]
        if found[0][1] == RANK_PERIOD and updated:
            return updated[0]
        if found[0][1] != RANK_PERIOD:
            return found[0]
    tail = lines[-_TAIL_LINES // 3 :]
    # a sign-off stands alone: several "Name, date" lines list the works a report cites
    signatures = [_signature_date(line) for line in tail]
    signed_off = sum(signatures) == 1
    for line, signed_line in zip(tail, signatures, strict=True):
        signature = signed_off and signed_line
        if has_date_cue(line) or signature:
            # (s23) a closing place and date ("Bunia, le 18 novembre 2025", "Kabul, 3 May
            # 2024") signs the report: it dates it where the header states only the period
            # it covers, and so does a footer's publication cue (not its "Updated:")
            ranked = rank_date_line(line, language, order)
            if ranked and (not found or signature or ranked[1] == RANK_PUBLISHED):
                return ranked[0], RANK_PUBLISHED
    # the cleaning drops a sign-off with the footer's other furniture: the file's last lines
    signed_off_lines = [line for line in signed[-_TAIL_LINES // 3 :] if _signature_date(line)]
    if len(signed_off_lines) == 1:
        value = parse_date_line(signed_off_lines[0], language, order)
        if value:
            return value, RANK_PUBLISHED
    stamp = _date_stamp(lines, language, order)
    if stamp is not None and (
        not found or (found[0][1] == RANK_PERIOD and stamp.value >= found[0][0].value)
    ):
        # (s25) "Produced 18.11.2026" in a page footer: the day the report was issued, after
        # the period it covers
        return stamp, RANK_PUBLISHED
    return found[0] if found else None


_STAMP_MAX_WORDS = 4


def _date_stamp(lines: list[str], language: str | None, order: str | None) -> DateValue | None:
    """(s25) A production stamp anywhere in the text, on a line of its own: a compiler's word
    and a day ("Produced 18.11.2026", "Issued: 3 May 2025"), a page footer's remains."""
    words = compilation_words()
    for line in lines:
        tokens = line.split()
        if not tokens or len(tokens) > _STAMP_MAX_WORDS:
            continue
        if fold(tokens[0]).rstrip(":") not in words:
            continue
        ranked = rank_date_line(line, language, order)
        if ranked and ranked[1] == RANK_PUBLISHED and ranked[0].precision == "day":
            return ranked[0]
    return None


def _signature_date(line: str) -> bool:
    """(s23) Whether ``line`` is a place and a day, the way a letter or a situation report is
    signed off ("Bunia, le 18 novembre 2025", "Fait à Mopti, le 3 mai 2024"): a place of
    up to four capitalised words, a comma, and a date line that names its day; a known
    publisher before the comma cites a source ("Reuters, 4 May 2024")."""
    m = _SIGNATURE.match(line.strip())
    # "Amnesty International, 14 May 2024." ends a citation
    if m is None or re.search(r"\d", m["place"]) or re.search(r"\d\s*\.$", line):
        return False
    words = _words(m["place"])
    value = parse_date_line(m["date"])
    return (
        value is not None
        and known_source(m["place"]) is None  # "Reuters, 4 May 2024" cites a source
        and value.precision == "day"
        and len(words) <= _SIGNATURE_PLACE_WORDS
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or len(w) <= _SIGNATURE_LINK_CHARS for w in words)
    )


# "Fait à Mopti, le 3 mai 2024": the place (up to four words, small links such as "à", "at",
# "en" in lower case), a comma, the date
_SIGNATURE = re.compile(r"^(?P<place>[^\W\d_][^,;:|()]{1,50}),\s*(?P<date>\S.*)$")
_SIGNATURE_PLACE_WORDS = 4
_SIGNATURE_LINK_CHARS = 3


_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _table_fields(head: list[str]) -> list[str]:
    """(s22) ``head`` with a Markdown table of one row under its header ("| Date | Author |",
    "|---|---|", "| 14 October 2025 | Desk |"), a metadata block, written as one field row
    per column ("| Date | 14 October 2025 |"), which :func:`dossier.dates.rank_date_line`
    reads; a table of several rows lists incidents and stays as it is, and so does one
    under the first sentence of the body, or one whose header has no date cue or a date."""
    out: list[str] = []
    header_end = len(header_lines(head))
    i = 0
    while i < len(head):
        rows = head[i : i + 4]
        if (
            i < header_end
            and len(rows) >= 3
            and any(has_date_cue(c) for c in _cells(rows[0]))
            and not any(parse_date_line(c) for c in _cells(rows[0]))
            and rows[0].startswith("|")
            and _TABLE_SEPARATOR.match(rows[1].strip())
            and rows[2].startswith("|")
            and (len(rows) == 3 or not rows[3].startswith("|"))
            and len(_cells(rows[0])) == len(_cells(rows[2]))
        ):
            out.extend(
                f"| {k} | {v} |" for k, v in zip(_cells(rows[0]), _cells(rows[2]), strict=True)
            )
            i += 3
            continue
        out.append(head[i])
        i += 1
    return out


# a "Sources:" line naming this many publishers or more lists what a report drew on
_SOURCE_LIST_ITEMS = 3


def _is_source_list(value: str) -> bool:
    """Whether a source line's value lists the sources a report drew on ("NNA, UNIFIL, IDF
    statements, Al-Manar. Figures are preliminary") rather than naming its publisher."""
    first = re.split(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])", value, maxsplit=1)[0]
    parts = [p for p in re.split(r"\s*[,;]\s*", first) if p]
    if len(parts) >= 2:
        # (s23) "A, B and C" in any language ("..., Radio Okapi na mamlaka za maeneo"): the
        # last item after its conjunction
        parts = [*parts[:-1], *_list_and().split(parts[-1], maxsplit=1)]
    return len(parts) >= _SOURCE_LIST_ITEMS


@cache
def _list_and() -> re.Pattern[str]:
    """The conjunction before a list's last item (``list_conjunctions``), spaced."""
    words = literal_alternation(
        [str(w) for w in load_yaml("metadata_cues.yaml")["list_conjunctions"]]
    )
    return re.compile(rf"\s+(?:{words})\s+")


@cache
def _producer_re() -> tuple[re.Pattern[str], frozenset[str]]:
    cues = load_yaml("metadata_cues.yaml")
    prefixes = literal_alternation(cues["producer_prefixes"])
    links = literal_alternation([*cues["publisher_name_links"], "the", "and"])
    word = r"(?-i:[A-Z])[\w'’&-]*"
    heads = frozenset(fold(w) for w in [*cues["desk_words"], *cues["publisher_nouns"]])
    return re.compile(
        rf"^[\s*_>•\-–—]*(?:{prefixes})\s*:?\s+(?:the\s+)?"
        rf"(?P<name>{word}(?:\s+(?:(?-i:{links})\s+)*{word})*)",
        re.IGNORECASE,
    ), heads


def _producer(lines: list[str]) -> str | None:
    """The desk or office a header line says prepared the report ("Prepared by the Levant
    Conflict Desk."): a capitalised name with a desk word or a publisher noun in it ("Desk",
    "Institute"); a person ("Prepared by Jane Roe") is no publisher."""
    pattern, heads = _producer_re()
    for line in _head(lines):
        m = pattern.match(line)
        if m is None:
            continue
        words = m["name"].split()
        if len(words) >= 2 and any(fold(w) in heads for w in words if w[0].isupper()):
            return m["name"]
        # (s23) "Prepared by: Sulu Sea Risk Partners (SSRP), Manila desk": a name spelled
        # out by its acronym names an organisation, whatever its head word
        named = _acronym_named(line[m.start("name") :])
        if named:
            return named
    return None


def _compilation_header(lines: list[str], body: int | None) -> tuple[str | None, str] | None:
    """(s25) The header of a compilation of wire stories: a producer's line ("Prepared by:
    Meridian Crisis Advisory (MCA) — Levant Desk") above the first story's dateline (line
    ``body``); with the header's first line that is no furniture (its name: "MIDDLE EAST
    DAILY — LEBANON/ISRAEL"), if any, and the producer."""
    if body is None:
        return None
    for i, line in enumerate(lines[:body]):
        name = _producer([line])
        if name is None:
            continue
        first = next((x for x in lines[:i] if not _is_furniture(x)), None)
        return first, name
    return None


def _self_named(lines: list[str], title: str | None) -> str | None:
    """A publication that names itself: in a footer sentence ("Myanmar Conflict Weekly is
    produced by an independent research team"), or as the series a numbered title starts
    with ("Myanmar Conflict Weekly #87: Airstrikes ...") when a footer line names it too."""
    series, _, self_named = _cover_cues()
    for line in lines[-_TAIL_LINES // 3 :]:
        m = self_named.match(line)
        if m and len(_words(m["name"])) >= 2:
            return m["name"].strip()
    if title:
        m = re.match(r"^(?P<name>(?:[A-Z][\w'’&-]*\s+){1,5}?[A-Z][\w'’&-]*)\s*#\s*\d", title)
        name = m["name"] if m else None
        if (
            name
            and len(_words(name)) >= 2
            and any(name in line for line in lines[-_TAIL_LINES // 3 :])
        ):
            return name
    return None


@dataclass(frozen=True)
class _BodyCues:
    """The words that make a body's name, from ``data/metadata_cues.yaml``."""

    heads: frozenset[str]  # head words of any body (``header_body_words`` and the like)
    links: frozenset[str]  # small words inside a name ("of", "for", "and", "de")
    articles: frozenset[str]  # articles in front of a name that are no part of it ("the")
    dated_heads: frozenset[str]  # heads of a body named bare beside a date
    dated_links: frozenset[str]  # small words such a bare name may hold
    place_bound: frozenset[str]  # heads of a state body that its place tells apart
    sender_roles: frozenset[str]  # job titles in an e-mail's sender field ("Team Lead")


@cache
def _body_cues() -> _BodyCues:
    cues = load_yaml("metadata_cues.yaml")
    heads = [
        *cues["header_body_words"],
        *cues["publisher_nouns"],
        *cues["organisation_author_words"],
    ]

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in cues[key])

    return _BodyCues(
        heads=frozenset(fold(str(w)) for w in heads),
        links=frozenset(
            fold(str(w)) for w in [*cues["publisher_name_links"], *cues["body_name_links"]]
        ),
        articles=frozenset(str(w) for w in cues["body_name_articles"]),
        dated_heads=folded("dated_body_words"),
        dated_links=folded("dated_body_links"),
        sender_roles=folded("sender_role_words"),
        place_bound=folded("place_bound_body_words"),
    )


@cache
def _email_sender_keys() -> frozenset[str]:
    """The keys of an e-mail's sender field ("From:", "Expéditeur :")."""
    return frozenset(str(w).lower() for w in load_yaml("metadata_cues.yaml")["email_from_keys"])


def _headed(folded: list[str], heads: frozenset[str], links: frozenset[str]) -> bool:
    """Whether a name's words (folded) hold a head word that ends the name or is followed by
    a name link: "Caucasus Analysis Desk", "Centre for Peace Studies"."""
    return any(
        w in heads and (i == len(folded) - 1 or folded[i + 1] in links)
        for i, w in enumerate(folded)
    )


_BODY_NAME_WORDS = (2, 7)


def _body_words(text: str) -> list[str]:
    """The words of a candidate name, without its article ("the Sahel Research Unit") and
    without report words in lower case after it ("Lima Desk briefing")."""
    words = text.strip(" *_#>\"'“”.,;:").split()
    # "by the Pacific Research Observatory"; a capitalised "The X" is part of the name
    if words and words[0] in _body_cues().articles:
        words = words[1:]
    while words and words[-1].islower() and fold(words[-1]) in _report_kind_words():
        words.pop()
    return words


def _body_name(text: str, *, dated: bool = False) -> str | None:
    """The name of a body (a desk, unit, monitor, observatory) that ``text`` is, whole:
    two to seven capitalised words and name links, one of them a head word of a body that
    ends the name or is followed by a link ("Caucasus Analysis Desk", "Unidad de Análisis
    Regional"); a person ("Jane Roe") or a series ("Sahel Conflict Brief") is none.
    ``dated``: the name stands bare beside a date, with no cue that it made the report; then
    only the head of a desk, unit or monitor that ends the name counts ("Great Lakes Analysis
    Desk"), not that of an armed group or state body ("Wagner Group", "Police Unit" after
    "Ambush on"), nor a label ("Incident: ...")."""
    cues = _body_cues()
    words = _body_words(text)
    if not _BODY_NAME_WORDS[0] <= len(words) <= _BODY_NAME_WORDS[1]:
        return None
    links = cues.dated_links if dated else cues.links
    folded = [fold(w.strip(",.()")) for w in words]
    for w, f in zip(words, folded, strict=True):
        if f in links:
            continue
        if not w[:1].isupper() or re.search(r"\d", w):
            return None
    if dated:
        headed = folded[-1] in cues.dated_heads and ":" not in text
    else:
        headed = _headed(folded, cues.heads, links)
    return " ".join(words) if headed else None


def _sender_body(text: str) -> str | None:
    """The body a sender field names, in one of its comma parts ("Jane Roe, Sahel Analysis
    Unit" gives "Sahel Analysis Unit"): a name that starts with a capital and holds a head
    word of a body anywhere, since the field says it is who sent the report; its other
    words may be lower case ("Cellule d'analyse sécuritaire") and the head may lead it
    ("Referat Nahost"). A person ("Jane Roe") is none."""
    cues = _body_cues()
    for piece in text.split(","):
        words = _body_words(piece)
        if not _BODY_NAME_WORDS[0] <= len(words) <= _BODY_NAME_WORDS[1]:
            continue
        if not words[0][:1].isupper() or any(re.search(r"\d", w) for w in words):
            continue
        parts = [fold(p) for w in words for p in re.split(r"['’]", w.strip(",.()")) if p]
        if any(p in cues.sender_roles for p in parts):
            continue  # "Jane Roe, Team Lead": a person's post
        if any(p in cues.heads for p in parts):
            name = " ".join(words)
            # (s23) "Security Desk, Horn Relief Consortium": the desk of an organisation
            # named after it; the organisation publishes
            owner = _owner_after(text, piece)
            return f"{name}, {owner}" if owner else name
    return None


def _owner_after(text: str, piece: str) -> str | None:
    """(s23) The organisation named in the comma part right after ``piece`` of ``text``,
    when that part is a body's name with a publisher noun ("..., Horn Relief Consortium"),
    not a place ("..., Nairobi")."""
    pieces = text.split(",")
    i = pieces.index(piece)
    if i + 1 >= len(pieces):
        return None
    words = _body_words(pieces[i + 1])
    if not _BODY_NAME_WORDS[0] <= len(words) <= _BODY_NAME_WORDS[1]:
        return None
    nouns = _header_cues()[2]
    if not all(w[:1].isupper() or fold(w) in _body_cues().links for w in words):
        return None
    return " ".join(words) if any(fold(w) in nouns for w in words) else None


def _fields(line: str, *, dashes: bool = True) -> list[str]:
    """The fields of a header line, between bars, middle dots or bullets, and spaced dashes
    unless ``dashes`` is False ("Published 3 May 2024 | Caucasus Analysis Desk", "Issue
    12/2024 · Prepared by the Caucasus Security Unit")."""
    split = _FIELD_SPLIT if dashes else _KICKER_SPLIT
    return [p.strip(" *_#>") for p in split.split(line.strip(" *_#>")) if p.strip(" *_#>")]


_FIELD_SPLIT = re.compile(r"\s+[-–—|•·]\s+|\s*\|\s*")
_KICKER_SPLIT = re.compile(r"\s+[|•·]\s+")


def _header_field_body(lines: list[str]) -> str | None:
    """(s20) The body a header line credits with the report, in one of its fields: a desk
    that prepared it ("... · Prepared by the Caucasus Security Unit"), a body that wrote it ("By the
    Pacific Research Observatory"), or a desk's bare name beside the publication date
    ("*Levant Desk — 4 April 2024*", "Published 3 May 2024 | Caucasus Analysis
    Desk", "Briefing, Adriatic Conflict Monitor — published 4 April 2024")."""
    producer = _producer_re()[0]
    byline = _byline_re()[0]
    for line in _head(lines):
        parts = _fields(line)
        dated = len(parts) >= 2 and any(parse_date_line(p) for p in parts)
        for part in parts:
            found = producer.match(part) or byline.match(part)
            if found:
                named = found.groupdict().get("name") or found.groupdict().get("rest") or ""
                # "By the Pacific Research Observatory, Nairobi": the name before its place
                name = _body_name(named.split(",")[0])
                if name:
                    return name
                continue
            if dated and not parse_date_line(part):
                # "Briefing, Adriatic Conflict Monitor": the kind of report, then who made it
                for piece in part.split(","):
                    name = _body_name(piece, dated=True)
                    if name:
                        return name
    return None


def _email_sender(lines: list[str]) -> str | None:
    """(s20) The body that sent an e-mailed report, as the sender field of its header names
    it ("From: Caspian Watch Desk <desk@...>", "De: Unidad de Análisis Regional <...>"); a person who
    sends it ("From: Jane Roe <...>") publishes nothing."""
    field = _email_cues()[0]
    fields = [m for line in lines[:_EMAIL_HEAD_LINES] if (m := field.match(line))]
    if len(fields) < _EMAIL_MIN_FIELDS:
        return None
    senders = _email_sender_keys()
    for m in fields:
        if m.group("key").lower() in senders:
            name = re.sub(r"<[^>]*>|\S+@\S+", " ", m.group("value"))
            return _sender_body(name)
    return None


def _without_place(value: str) -> str:
    """A source line's body without its article and its place ("the Andean Security
    Network, Quito" gives "Andean Security Network"), unless the place tells which body it
    is ("Ministry of Health, Gaza", "Department of Public Safety, Sonora")."""
    name = _body_name(value.split(",")[0])
    if name is None or "," not in value:
        return name or value
    words = {fold(w.strip(",.()")) for w in name.split()}
    return value if words & _body_cues().place_bound else name


def _find_source(lines: list[str]) -> str | None:
    for line in [*_head(lines), *lines[-_TAIL_LINES:]]:
        value = source_line(line)
        if value and not _is_source_list(value):
            # "© CESS 2025. The views expressed are ...": the holder ends at its year
            value = _HOLDER_YEAR.sub("", value).strip(" ,.") or value
            # (s20) "Published by the Andean Security Network, Quito": the body, without
            # its article and its place
            value = _without_place(value)
            return _spelled_out(value, lines) or value
    return None


# a year after a copyright holder, and the notice after it
_HOLDER_YEAR = re.compile(r",?\s+(?:19|20)\d\d\b(?:[.;:]\s.*)?$")
# the small words an acronym leaves out ("Centre for European Security Studies": CESS)
_ACRONYM_SKIPS = frozenset({"for", "of", "and", "the", "on", "in", "&"})


def _spelled_out(acronym: str, lines: list[str]) -> str | None:
    """The name a publisher's acronym stands for, as a letterhead among the first lines
    spells it ("CENTRE FOR EUROPEAN SECURITY STUDIES – VIENNA" for "CESS"): its words up to
    the last one the acronym's letters start, recased."""
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return None
    for line in _head(lines):
        words = line.split()
        letters: list[str] = []
        for k, w in enumerate(words):
            if w.lower() in _ACRONYM_SKIPS:
                continue
            if not w[:1].isupper():
                break
            letters.append(w[0])
            if "".join(letters) == acronym:
                return _recase(" ".join(words[: k + 1]))
            if not acronym.startswith("".join(letters)):
                break
    return None


# How far (days) a full date of the text may lie from a wire dateline's day and month and
# still give the dateline its year
_DATELINE_YEAR_DAYS = 31


def _dateline_year(
    month_day: tuple[int, int], text: str, language: str | None, order: str | None
) -> DateValue | None:
    """The day of a dateline written without a year ("QUETTA, Pakistan, Nov 9 (Reuters) -"),
    its year from the full dates of the text: the year that puts the dateline's day nearest
    to one of them ("November 9, 2024" in a photo caption, "on November 7, 2024" in the
    story), within a month, and no earlier than any year the text dates something in (a
    story is not older than what it tells: "founded on 1 March 2011" beside "in May 2023"
    gives no year). None when the text gives no such date: no year is guessed."""
    month, day = month_day
    dates = full_dates(text, language, order)
    latest = max((int(d.value[:4]) for d in dates), default=0)
    best: tuple[int, dt.date] | None = None
    for value in dates:
        if value.precision != "day" or int(value.value[:4]) < latest:
            continue
        told = dt.date.fromisoformat(value.value)
        for year in (told.year - 1, told.year, told.year + 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            gap = abs((candidate - told).days)
            if gap <= _DATELINE_YEAR_DAYS and (best is None or gap < best[0]):
                best = (gap, candidate)
    return DateValue(best[1].isoformat(), "day") if best else None


# "Copyright 2022 Wire News", "© 2024 Reuters", "(c) 2019-2023 AFP": the (last) year of a
# copyright notice
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?P<range>(?:19|20)\d\d\s*[-–]\s*)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _copyright_year(
    month_day: tuple[int, int],
    lines: list[str],
    text: str,
    language: str | None,
    order: str | None,
    agency: str | None = None,
) -> DateValue | None:
    """The day of a dateline written without a year, its year from the copyright notice at
    the foot of the story ("Copyright 2022 Wire News. All rights reserved."): a wire story
    is copyrighted the year it is filed. The notice that names the wire of the dateline
    wins, else the first one after the body; a range of years ("© 2019-2025 Horn
    Observer") is a site's footer, not the story's. Not when the text dates something after
    that day of that year (the notice is then a site's, older than the story)."""
    found = [m for line in lines[-_TAIL_LINES // 3 :] if (m := _COPYRIGHT.search(line))]
    found = [m for m in found if not m.group("range")]
    if not found:
        return None
    own = [m for m in found if agency and fold(agency) in fold(m.string)]
    notice = (own or found)[0]
    month, day = month_day
    try:
        filed = dt.date(int(notice.group("year")), month, day)
    except ValueError:
        return None
    later = [d for d in full_dates(text, language, order) if d.value[:4] > filed.isoformat()[:4]]
    return None if later else DateValue(filed.isoformat(), "day")


_MONTHS_PER_YEAR = 12
_SHORT_BY_MONTHS = 3  # "nearly two years": three months less than two years


@cache
def _ongoing_cues() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    """The "since <date>" anchor of an ongoing state and the lengths in years a story gives."""
    cues = load_yaml("metadata_cues.yaml")
    since = literal_alternation(cues["ongoing_since_words"])
    counts = {str(k).lower(): int(v) for k, v in cues["year_count_words"].items()}
    number = rf"(?:{literal_alternation(list(counts))}|\d{{1,2}})"
    short = literal_alternation(cues["year_count_short_words"])
    length = re.compile(
        rf"(?<![\w-])(?:(?P<short>{short})\s+)?(?:"
        rf"(?P<n1>{number})[- ]years?[- ]?long|years?[- ]?long"
        rf"|for\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?(?P<n2>{number})\s+years?"
        rf"|(?P<n3>{number})\s+years?\s+into)(?![\w-])",
        re.IGNORECASE,
    )
    return re.compile(rf"(?<!\w)(?:{since})\s+", re.IGNORECASE), length, counts


def _ongoing_year(
    month_day: tuple[int, int], text: str, language: str | None, order: str | None
) -> DateValue | None:
    """The day of a dateline written without a year, its year from the age of an ongoing
    state: the latest "since <month> <year>" of the text ("has besieged El Fasher since May
    2024") and the shortest length in years the story gives ("a year-long siege", "for more
    than a year") put the story no earlier than the start plus that length: the first such
    year of the dateline's day (other dates of the text are no bound: "elections due in
    December 2026" lies ahead). None without both:
    no year is guessed from the latest year a story names, which is often the background's."""
    since, length, counts = _ongoing_cues()
    starts: list[int] = []  # months since year 0
    for m in since.finditer(text):
        head = re.split(r"[.;:\n()]", text[m.end() : m.end() + 20])[0]
        found = full_dates(head, language, order)
        if found and found[0].precision in ("day", "month"):
            year, month = int(found[0].value[:4]), int(found[0].value[5:7])
            starts.append(year * _MONTHS_PER_YEAR + month - 1)
    lengths: list[int] = []
    for m in length.finditer(text):
        word = (m["n1"] or m["n2"] or m["n3"] or "a").lower()
        years = int(word) if word.isdigit() else counts.get(word, 0)
        if years:
            lengths.append(years * _MONTHS_PER_YEAR - (_SHORT_BY_MONTHS if m["short"] else 0))
    if not starts or not lengths:
        return None
    earliest = max(starts) + min(lengths)
    month, day = month_day
    for year in range(earliest // _MONTHS_PER_YEAR, earliest // _MONTHS_PER_YEAR + 2):
        if year * _MONTHS_PER_YEAR + month - 1 < earliest:
            continue
        try:
            return DateValue(dt.date(year, month, day).isoformat(), "day")
        except ValueError:
            return None
    return None


# --------------------------------------------------------------------------------------------
# (s22) a report that states no publication date


def _blank_publication(lines: list[str], original: str | None) -> bool:
    """Whether the report says it has no publication date: a header field left blank
    ("Published: n/d", "*Date: —*") or a front matter's date key left empty ("date:")."""
    if any(blank_date_field(line) for line in _head(lines)):
        return True
    fields = front_matter_fields(original) if original else {}
    keys = ("date", "published", "publication_date", *front_matter_date_keys())
    return any(key in fields and not fields[key].strip() for key in keys)


@cache
def _weekday_date_re() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    """A weekday written with a day and a month and no year ("Saturday, 17 October", "on
    Saturday (October 11)", "Mon 8 Sep"), from the English names of ``data/time/calendar.yaml``
    in their capitalised and upper-case forms."""
    data = load_yaml("time/calendar.yaml")

    def table(key: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for number, entry in data[key].items():
            for name in [*entry["names"], *entry["abbrevs"]]:
                out[str(name)] = int(number)
                out[str(name).upper()] = int(number)
        return out

    weekdays, months = table("weekdays"), table("months")
    w = rf"(?P<w>{literal_alternation(list(weekdays))})\.?"
    m = rf"(?P<m>{literal_alternation(list(months))})\.?"
    d = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    no_year = r"(?!\d)(?!\.?,?\s*(?:19|20)\d\d)"
    return (
        re.compile(
            rf"\b{w}\s*[,(]?\s*(?:the\s+)?(?:{d}\s+(?:of\s+)?{m}\b|"
            rf"{m.replace('<m>', '<m2>')}\s+{d.replace('<d>', '<d2>')}){no_year}"
        ),
        weekdays,
        months,
    )


# (s22c) the years a weekday-dated day may fall in, around the latest year the text names:
# the year before it to this many years after it (a report recalls background years before
# its own, and a day of the year falls on one weekday again only after five years or more)
_WEEKDAY_YEARS_BEFORE = 1
_WEEKDAY_YEARS_AFTER = 6
# the years that count as near the latest year named: within them, no later year is tried
_WEEKDAY_NEAR_YEARS = (0, 1)
# the weekday-dated days of one report lie within this many days of the latest of them
_WEEKDAY_SPAN_DAYS = 183
# weekday-dated days that fit no reading of the others: each needs this many that agree
_WEEKDAY_AGREEING_PER_OUTLIER = 3
# a year later than the one after the latest named needs this many weekday-dated days
_WEEKDAY_FAR_MIN_DAYS = 2
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")


def _weekday_days(text: str) -> list[tuple[int, int, int]]:
    """The (month, day, ISO weekday) of each day the text writes with a weekday and no year
    ("on Saturday, 17 October", "Mon 8 Sep")."""
    pattern, weekdays, months = _weekday_date_re()
    return [
        (months[m["m"] or m["m2"]], int(m["d"] or m["d2"]), weekdays[m["w"]])
        for m in pattern.finditer(text)
    ]


def _fitting_days(day: tuple[int, int, int], years: range) -> list[dt.date]:
    month, number, weekday = day
    out = []
    for year in years:
        try:
            candidate = dt.date(year, month, number)
        except ValueError:
            continue
        if candidate.isoweekday() == weekday:
            out.append(candidate)
    return out


def _weekday_cluster(candidates: list[list[dt.date]], end: dt.date) -> list[dt.date]:
    """For each weekday-dated day, its reading within ``_WEEKDAY_SPAN_DAYS`` before ``end``
    (at most one: a day falls on its weekday again five years later at the soonest)."""
    span = dt.timedelta(days=_WEEKDAY_SPAN_DAYS)
    return [c for days in candidates for c in days if end - span <= c <= end]


def _weekday_evidence(text: str) -> tuple[DateValue | None, int]:
    """(s22c) The latest day the text's weekdays date, and how many weekday-dated days the
    text writes. Each such day ("on Saturday, 17 October") may fall in the year before the
    latest year the text names up to six years after it; the reading kept is the one that
    puts the most of them within half a year of the latest of them. The weekdays outweigh any
    year the text names: a report written in 2026 that recalls a strike of December 2024 and
    writes its own days "on Saturday, 17 October" is dated 2026 (17 October fell on a
    Saturday in 2020 and 2026). Where two readings fit as many days, the one in the latest
    year named or the next wins over one further off; else none. A year later than the one
    after the latest named needs two days or more, all agreeing, and the latest year named
    in a date written with its day (a recalled incident), and none after today. None as well when a day
    fits no reading and fewer than three agree for each such day, or when no weekday fits at
    all: no year rather than a wrong one."""
    days = _weekday_days(text)
    years = [int(y) for y in _YEAR.findall(fold(text))]
    if not days or not years:
        return None, len(days)
    latest = max(years)
    window = range(latest - _WEEKDAY_YEARS_BEFORE, latest + _WEEKDAY_YEARS_AFTER + 1)
    candidates = [_fitting_days(day, window) for day in days]
    best: list[tuple[int, bool, dt.date]] = []
    for end in sorted({c for days_ in candidates for c in days_}):
        cluster = _weekday_cluster(candidates, end)
        near = end.year - latest in _WEEKDAY_NEAR_YEARS
        best.append((len(cluster), near, end))
    if not best:
        return None, len(days)
    support = max(b[0] for b in best)
    top = [b for b in best if b[0] == support]
    # readings of equal support lie five years apart or more: the near one, else none
    distinct = {b[2].year for b in top}
    if len(distinct) > 1:
        top = [b for b in top if b[1]]
        if len({b[2].year for b in top}) != 1:
            return None, len(days)
    outliers = len(days) - support
    if outliers and support < _WEEKDAY_AGREEING_PER_OUTLIER * outliers:
        return None, len(days)
    if top[0][2].year > latest + 1 and (
        outliers
        or support < _WEEKDAY_FAR_MIN_DAYS
        or top[0][2].year > dt.date.today().year
        or not any(d.precision == "day" and int(d.value[:4]) == latest for d in full_dates(text))
    ):
        # a single weekday fits some year of the five after the next one by chance more
        # often than not: a year that far needs several days, all agreeing, and a latest
        # year that dates a recalled day ("the strike of 25 December 2024"), not a founding
        # or a year long past ("formed in 1998"); and no report is dated after today
        return None, len(days)
    return DateValue(max(b[2] for b in top).isoformat(), "day"), len(days)


def _weekday_reference(text: str) -> DateValue | None:
    """The latest day the text's weekdays date (see :func:`_weekday_evidence`)."""
    return _weekday_evidence(text)[0]


def _weekday_dateline_year(month_day: tuple[int, int], text: str) -> DateValue | None:
    """(s22) The day of a dateline written without a year, its year from the weekdays the
    story writes its days with (:func:`_weekday_reference`): the year that puts the
    dateline's day nearest to the latest of them, within a month."""
    told = _weekday_reference(text)
    if told is None:
        return None
    day = dt.date.fromisoformat(told.value)
    best: tuple[int, dt.date] | None = None
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            candidate = dt.date(year, *month_day)
        except ValueError:
            continue
        gap = abs((candidate - day).days)
        if gap <= _DATELINE_YEAR_DAYS and (best is None or gap < best[0]):
            best = (gap, candidate)
    return DateValue(best[1].isoformat(), "day") if best else None


def _inferred_reference(
    lines: list[str], text: str, language: str | None, order: str | None
) -> tuple[DateValue, str] | None:
    """The date a report that states none is read against, and how it was found, best first:
    the weekdays its days are written with ("weekday", see :func:`_weekday_reference`); the
    year of a copyright notice at its foot that no date of the text comes after
    ("copyright"); the year of its latest date written with its day, when the text names no
    later year ("latest_date": "since 2014" or "elections in 2026" beside it give none)."""
    weekday, weekday_days = _weekday_evidence(text)
    if weekday is not None:
        return weekday, "weekday"
    if weekday_days:
        # (s22c) weekdays that agree on no year: a year the text names (the latest full date,
        # a copyright) would contradict them; no year rather than a wrong one
        return None
    dates = full_dates(text, language, order)
    notices = [m for line in lines[-_TAIL_LINES // 3 :] if (m := _COPYRIGHT.search(line))]
    notices = [m for m in notices if not m.group("range")]
    if notices:
        year = notices[0].group("year")
        if not any(d.value[:4] > year for d in dates):
            return DateValue(year, "year"), "copyright"
    days = [d for d in dates if d.precision == "day"]
    years = [int(y) for y in _YEAR.findall(fold(text))]
    if days:
        latest = max(int(d.value[:4]) for d in days)
        if latest >= max(years, default=latest):
            return DateValue(f"{latest:04d}", "year"), "latest_date"
    return None


# --------------------------------------------------------------------------------------------
# title and section


def _words(line: str) -> list[str]:
    # the runs of non-space characters, as ``re.findall(r"\S+", line)`` finds them
    return line.split()


@cache
def _labels() -> frozenset[str]:
    return frozenset(fold(label) for label in load_yaml("section_labels.yaml")["labels"])


@cache
def _label_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a line a sentence, and words a title-case label keeps lower-case."""
    data = load_yaml("section_labels.yaml")
    return frozenset(data["sentence_words"].split()), frozenset(data["small_words"].split())


def _is_label(line: str) -> bool:
    """A short section/category label: "World News", "Situation and Events", "Analysis"."""
    words = _words(line)
    if not 1 <= len(words) <= 6 or len(line) > 60 or re.search(r"[.!?:;]$|\d", line):
        return False
    if not line[0].isupper() and any(script_of(ch) == "latin" for ch in line):
        return False
    sentence_words, small_words = _label_words()
    bare = [w.strip(",;:()\"'“”") for w in words]
    if any(w.lower() in sentence_words for w in bare):
        return False
    if line.isupper():
        return True
    for w in bare:
        if not w or script_of(w[0]) != "latin":
            continue
        if len(w) > 1 and w.isupper():  # an acronym: "ISIS Attack" is a headline
            return False
        if w.lower() not in small_words and not w[0].isupper():
            return False
    return True


def _is_headline(line: str) -> bool:
    words = _words(line)
    return 2 <= len(words) <= 30 and len(line) <= 250 and not re.search(r"[.:;,]$", line)


def _breadcrumb(line: str) -> str | None:
    parts = [p.strip() for p in re.split(r"\s+[>›»]\s+", line)]
    if len(parts) >= 2 and all(0 < len(_words(p)) <= 4 for p in parts):
        return parts[-1]
    return None


@cache
def _header_cues() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """Official-document furniture, document symbols, publisher nouns and name links."""
    cues = load_yaml("metadata_cues.yaml")
    furniture = "|".join(re.escape(fold(c)) for c in cues["header_furniture_cues"])
    symbol = cues["document_symbol"]
    return (
        re.compile(rf"(?<![^\W\d_])(?:{furniture})", re.IGNORECASE),
        re.compile(rf"^(?:(?P<pre>.*?)\s+)?(?P<symbol>{symbol})(?:\s+(?P<post>.*?))?$"),
        frozenset(fold(w) for w in cues["publisher_nouns"]),
        frozenset(fold(w) for w in cues["publisher_name_links"]),
    )


def _symbol_issuer(line: str) -> tuple[str, str | None] | None:
    """(symbol, issuer) of an official document's symbol line ("United Nations S/2024/742"
    → ("S/2024/742", "United Nations")), the issuer None when the line names none."""
    m = _header_cues()[1].match(line.strip())
    if m is None or not re.search(r"\d", m["symbol"]):
        return None
    words = " ".join(w for w in (m["pre"], m["post"]) if w)
    if not words:
        return m["symbol"], None
    return (m["symbol"], words) if _is_label(words) else None


def _header_organ(line: str) -> str | None:
    """The body named before an official header's furniture on its line ("Security Council
    Distr.: General" → "Security Council"): the organ of the issuer that speaks."""
    m = _header_cues()[0].search(fold(line))
    before = line[: m.start()].strip() if m else ""
    return before if before and len(_words(before)) <= 5 and _is_label(before) else None


def _is_header_furniture(line: str) -> bool:
    """A line of an official document's header: "Distr.: General", "Original: English", a
    document symbol ("S/2024/742") with the issuer's name."""
    if len(_words(line)) > 8:
        return False
    return bool(_header_cues()[0].search(fold(line))) or _symbol_issuer(line) is not None


def _publisher_line(line: str, official: bool = False) -> bool:
    """A publisher's letterhead: a publisher that ``data/sources.yaml`` knows, or a short
    name headed by a publisher noun, the noun last or followed by a name link ("of",
    "for"): "HORN OF AFRICA SECURITY PROGRAMME", "United Nations Integrated Office in Haiti"
    under the header of an official document (``official``). A name in mixed case is taken
    only there: "Gunmen Storm Office in Kabul" is a headline."""
    if known_source(line) is not None and len(_words(line)) >= 2:
        return True
    words = [fold(w.strip(",;:()\"'“”")) for w in _words(line)]
    # a longer name in capitals ("CENTRE FOR GULF AND LEVANT SECURITY STUDIES") when it
    # starts with its publisher noun or ends with it
    long_caps = (
        line.isupper()
        and len(words) <= _LETTERHEAD_MAX_WORDS
        and not re.search(r"[.!?:;]$|\d", line)
    )
    labelled = _is_label(line) or long_caps
    if len(words) < 2 or not labelled or fold(line).strip() in _labels():
        return False
    if not (official or line.isupper()):
        return False
    nouns, links = _header_cues()[2:]
    heads = [i for i, w in enumerate(words) if w in nouns]
    if heads and not _is_label(line) and heads[0] > 1 and heads[-1] != len(words) - 1:
        return False
    return _headed(words, nouns, links)


def _publisher_name(line: str) -> str:
    """A letterhead's name as a name is written: "HORN OF AFRICA SECURITY PROGRAMME" →
    "Horn of Africa Security Programme" (a name in capitals only is recased)."""
    known = known_source(line)
    if known:
        return line.strip() if not line.isupper() else known
    return _recase(line.strip())


@cache
def _credit_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load_yaml("metadata_cues.yaml")["credit_words"])


def _credit_line(line: str) -> str | None:
    """The first publisher a credit line names: a line of known publishers and nothing else
    but credit words ("Anadolu Agency / Rudaw (compiled)", "Reuters, AFP and staff",
    "وكالة الأناضول"), as written. Such a line above the headline credits the story; it is
    never its title."""
    if len(line) > 120:
        return None
    parts = [p.strip(" ()[]") for p in re.split(r"\s*(?:[/|,;&+()\[\]]|\band\b|\bwith\b)\s*", line)]
    first = None
    for part in filter(None, parts):
        if known_source(part) is not None:
            first = first or part
        elif fold(part) not in _credit_words():
            return None
    return first


def _mostly_latin(text: str) -> bool:
    """(s23) Whether most letters of ``text`` are Latin ("Группа мониторинга (Telegram + СМИ)"
    is Cyrillic with a Latin word in it)."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if _LATIN_LETTER.match(c)) * 2 > len(letters)


_LETTER = re.compile(LETTERS)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _is_furniture(line: str) -> bool:
    """Lines that are never a title: dates, sources, bylines, separators, bare ids, the
    header of an official document."""
    if parse_date_line(line) or source_line(line) or _is_header_furniture(line):
        return True
    if other_calendar_date_line([line]):  # (s23) "التاريخ الهجري: ١٣ محرم ١٤٤٦"
        return True
    if _producer_re()[0].match(line):  # "Prepared by the Levant Conflict Desk."
        return True
    few_letters = sum(1 for _ in islice(_LETTER.finditer(line), 3)) < 3
    words = _words(line)
    if few_letters or (len(words) == 1 and re.search(r"\d", line)):
        return True
    if _tag_line(words):
        return True
    bylines = load_yaml("metadata_cues.yaml")["byline_prefixes"]
    if fold(words[0]).rstrip(":") not in {fold(b) for b in bylines}:
        return False
    # "By Jane Roe and Ali Omar", not "By the Numbers: ..."
    names = [w for w in words[1:] if w.lower() not in ("and", "&", ",", "de", "al", "bin", "ibn")]
    return (
        0 < len(names) <= 7
        and not line.endswith(".")
        and all(not w[0].isalpha() or not w[0].islower() for w in names)
    )


def _tag_line(words: list[str]) -> bool:
    """(s25) A line of hashtags ("#cameroon #NWR #SWR #sitrep"; a heading marker may have
    taken the first one's sign): a note's tags, never its title."""
    tags = [w for w in words if re.fullmatch(r"#[\w-]+", w)]
    return len(words) >= 2 and len(tags) >= len(words) - 1 and len(tags) >= 2


_NAME_JOINERS = frozenset(
    ["and", "&", "de", "da", "del", "al", "el", "bin", "ibn", "van", "von", "la", "le"]
)
# a byline's names stop at a separator of the byline's other parts ("By Jane Roe | 3 May")
_BYLINE_PARTS = re.compile(r"\s+(?:[|·•—–]|-|in|at|for)\s+|\s*[(;]")


@cache
def _byline_re() -> tuple[re.Pattern[str], frozenset[str]]:
    cues = load_yaml("metadata_cues.yaml")
    prefixes = sorted((str(p) for p in cues["byline_prefixes"]), key=len, reverse=True)
    pattern = re.compile(
        rf"^\s*(?:{'|'.join(re.escape(p) for p in prefixes)})\s*:?\s+(?P<rest>\S.*?)\s*$",
        re.IGNORECASE,
    )
    return pattern, frozenset(fold(str(r)) for r in cues["byline_roles"])


def _name_words(chunk: str, roles: frozenset[str]) -> bool:
    """Whether ``chunk`` is written as names: capitalised words (or words of a script
    without case) and name particles, none of them a role word, at most twelve."""
    words = chunk.replace("&", " & ").split()
    if not 0 < len(words) <= 12:
        return False
    for w in words:
        if fold(w) in roles or re.search(r"\d", w):
            return False
        if w.lower() in _NAME_JOINERS or not w[0].isalpha():
            continue
        if w[0].islower():
            return False
    return any(w.lower() not in _NAME_JOINERS for w in words)


def _byline_author(lines: list[str]) -> str | None:
    """The writers a byline among the first lines names ("By Jane Roe and Ali Omar",
    "Author: Dr. Rania Haddad", "Автор: Иван Петров"), as written; the role or outlet after
    the names is left out ("Jane Roe, Senior Fellow" gives "Jane Roe"). "By the Numbers:
    ..." and "Prepared by the Levant Desk" (an office, the publisher) name no author."""
    pattern, roles = _byline_re()
    for line in _head(lines):
        m = pattern.match(line)
        if m is None or line.rstrip().endswith((".", ":")) and not line.rstrip().endswith(".)"):
            continue
        rest = _BYLINE_PARTS.split(m["rest"], maxsplit=1)[0]
        chunks = [c.strip() for c in rest.split(",")]
        n = next((i for i, c in enumerate(chunks) if not _name_words(c, roles)), len(chunks))
        # what follows the names says what they are ("Senior Fellow"); anything else means
        # the line is a sentence ("By Sunday, the rebels had ...")
        if n and all(any(fold(w) in roles for w in c.split()) for c in chunks[n:]):
            return ", ".join(chunks[:n])
    return None


def _file_author(author: str) -> str:
    """The writers a file's author field names, without the parts that credit others ("Jane
    Roe; With Input", "Ali Omar; additional reporting by our Goma bureau": a part opening
    with one of ``byline_credit_openers``, ``data/metadata_cues.yaml``)."""
    openers = frozenset(
        fold(str(w)) for w in load_yaml("metadata_cues.yaml")["byline_credit_openers"]
    )
    parts = [p.strip() for p in author.split(";")]
    kept = [p for p in parts if p and fold(p.split()[0]) not in openers]
    return "; ".join(kept)


_COVER_NAME_WORDS = (2, 5)
_COVER_ROLE_WORDS = 8


def _cover_author(lines: list[str]) -> str | None:
    """The writer a report's cover names without "By": a line of two to five capitalised
    name words right above a short line saying what the writer is ("Jane Roe" / "Senior
    Analyst, Horn of Africa Programme")."""
    _, roles = _byline_re()
    head = _head(lines)
    for line, below in zip(head, head[1:], strict=False):
        words = line.split()
        if not _COVER_NAME_WORDS[0] <= len(words) <= _COVER_NAME_WORDS[1]:
            continue
        if not all(w[:1].isupper() and w.isalpha() for w in words) or line.isupper():
            continue
        if not _name_words(line, roles) or known_source(line):
            continue
        role = below.split(",")[0].split()
        if (
            0 < len(role) <= _COVER_ROLE_WORDS
            and all(w[:1].isupper() for w in role)
            and any(fold(w) in roles for w in role)
        ):
            return line
    # "Lena Roe and Omar Ali" right above the cover's date ("November 2025"): the writers
    for line, below in zip(head, head[1:], strict=False):
        people = _COVER_JOIN.split(line.strip())
        if (
            len(people) >= 2
            and all(2 <= len(p.split()) <= 3 and _name_words(p, roles) for p in people)
            and all(
                w[:1].isupper() and w.replace("-", "").isalpha() for p in people for w in p.split()
            )
            and not line.isupper()
            and len(below.split()) <= _COVER_DATE_WORDS
            and parse_date(below) is not None
        ):
            return line.strip()
    return _trailer_author(lines)


# the names of a cover's writers are joined by these; its date line is this short at most
_COVER_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_COVER_DATE_WORDS = 4


_TRAILER_PART = re.compile(r"^\(?\s*(?:additional\s+)?reporting\s+by\s+(?P<names>.+)$", re.I)
_TRAILER_PLACE = re.compile(r"\s+(?:in|from)\s+[A-Z][^,;]*$")


def _trailer_author(lines: list[str]) -> str | None:
    """The reporters a wire story's trailer names ("(Reporting by Jane Roe in Goma;
    additional reporting by Ali Omar in Kigali; Editing by ...)"), in order, without their
    places and without the editors: the writers of a wire report or a pack of wire stories."""
    _, roles = _byline_re()
    found: list[str] = []
    for line in lines:
        if not re.match(r"^\(?\s*reporting\s+by\s", line.strip(), re.I):
            continue
        for part in line.strip().strip("()").split(";"):
            m = _TRAILER_PART.match(part.strip())
            if m is None:
                continue
            for name in re.split(r",|\s+and\s+", m["names"]):
                name = _TRAILER_PLACE.sub("", name.strip()).strip(" .)")
                if name and 2 <= len(name.split()) <= 4 and _name_words(name, roles):
                    found.append(name)
    names = list(dict.fromkeys(found))
    return ", ".join(names) if names else None


def _kicker_parts(line: str) -> list[str]:
    """(s20) The labels of a kicker line, a category path above a headline ("SECURITY | HORN
    OF AFRICA | SOMALIA", "South Asia Brief | Pakistan"): two or more parts between bars or
    dots, each a short label, the whole path in capitals or led by a section or series label
    ("Analysis", "... Brief") with no small word in lower case; [] for any other line. A
    headline in title case with its site after a bar ("Ambush Near Mandera | Kenya Police
    Service", "Junta Courts Moscow | Sahel Daily") leads with neither."""
    parts = _fields(line, dashes=False)
    if len(parts) < 2 or not all(len(_words(p)) <= 4 and _is_label(p) for p in parts):
        return []
    if line.isupper():
        return parts
    lead = _words(parts[0])
    led = fold(parts[0]).strip() in _labels() or fold(lead[-1]) in _report_kind_words()
    lower = any(w[:1].islower() for p in parts for w in _words(p))
    return parts if led and not lower else []


def _section_above(label: str, headline: str) -> str | None:
    """The section that ``label`` names when it stands right above ``headline``, if any."""
    if not _is_headline(headline):
        return None
    crumb = _breadcrumb(label)
    if crumb:
        return crumb
    parts = _kicker_parts(label)
    if parts and len(_words(headline)) >= max(len(_words(p)) for p in parts) + 2:
        return label
    known = fold(label).strip() in _labels()
    longer = len(_words(headline)) >= len(_words(label)) + 2 and len(_words(label)) <= 5
    return label if _is_label(label) and (known or longer) else None


@cache
def _cover_cues() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """A series line ("Occasional Brief No. 14"), the words a title line may end with when
    the title goes on, and a publication naming itself in a footer sentence."""
    cues = load_yaml("metadata_cues.yaml")
    number = literal_alternation([str(w) for w in cues["series_number_words"]])
    name = r"(?:[A-Z][\w'’&-]*\s+){1,5}"
    # the number may carry the year ("Policy Brief No. 07/2025")
    series = re.compile(rf"^(?P<name>{name})(?:{number})\s*\d{{1,4}}(?:[/.-]\d{{2,4}})?$")
    continuation = frozenset(str(w).lower() for w in cues["title_continuation_words"])
    self_cues = literal_alternation(cues["publication_self_cues"])
    self_named = re.compile(
        rf"^[\s*_]*(?P<name>(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){{1,5}}?[A-Z][\w'’&.-]*)"
        rf"\s+(?:{self_cues})\s"
    )
    return series, continuation, self_named


def _continues(line: str) -> bool:
    """Whether a title line goes on on the next line: it ends with a colon, a comma, a
    hyphen, or a word that cannot end a title ("... the Islamic Resistance in")."""
    words = _words(line)
    return bool(words) and (
        line.endswith((":", ",", "-", "–", "—")) or words[-1].lower() in _cover_cues()[1]
    )


def _recase(line: str) -> str:
    """A title line in capitals as a title is written ("ARMED FACTIONS AFTER GAZA:" →
    "Armed Factions After Gaza:"); other lines as they are."""
    if not line.isupper():
        return line
    small = _label_words()[1]
    out = []
    for i, w in enumerate(line.split()):
        low = w.lower()
        out.append(low if i and low in small else w[:1] + w[1:].lower())
    return " ".join(out)


def _starts_lower(head: list[str], j: int) -> bool:
    """Whether ``head[j]`` goes on with the title above it: it starts with a small word in
    lower case ("and the Unravelling of ..."), as no new line of a cover does."""
    if j >= len(head):
        return False
    words = head[j].split()
    return bool(words) and words[0] in _cover_cues()[1] and _is_headline(head[j])


def _title_block(head: list[str], i: int) -> str:
    """The title that starts at ``head[i]``, with the lines it goes on over (a cover's title
    block: "ARMED FACTIONS AFTER GAZA:" / "Kata'ib Hezbollah, the Islamic Resistance in" /
    "Iraq and the Future of the Popular Mobilisation Forces"); a line in capitals among
    lines in mixed case is recased."""
    block = [head[i]]
    while (
        (_continues(block[-1]) or _starts_lower(head, i + len(block)))
        and i + len(block) < len(head)
        and len(block) < _TITLE_BLOCK_LINES
        and not _is_furniture(head[i + len(block)])
    ):
        block.append(head[i + len(block)])
    if len(block) == 1:
        return block[0]
    joined = " ".join(
        _recase(line) if not all(b.isupper() for b in block) else line for line in block
    )
    return joined if len(joined) <= _TITLE_MAX_CHARS else block[0]


@cache
def _email_cues() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    cues = load_yaml("metadata_cues.yaml")
    keys = literal_alternation([str(k) for k in cues["email_header_keys"]])
    field = re.compile(rf"^(?P<key>{keys})\s*:\s*(?P<value>.*)$", re.IGNORECASE)
    subject_keys = frozenset(str(k).lower() for k in cues["email_subject_keys"])
    prefixes = literal_alternation([str(k) for k in cues["email_subject_prefixes"]])
    reply = re.compile(rf"^(?:(?:{prefixes})\s*:\s*)+", re.IGNORECASE)
    return field, subject_keys, reply


_EMAIL_HEAD_LINES = 8  # an e-mail's header fields stand among the first lines
_EMAIL_MIN_FIELDS = 2  # "From:" and "Subject:" at least: one field alone may be a label


def _email_subject(lines: list[str]) -> str | None:
    """The subject of an e-mail header at the top of a report ("From: Ops Desk" / "To: ..." /
    "Subject: SITREP HTI-0311 // Port-au-Prince security update"), without "RE:"/"FW:":
    it is the report's title, and the "From:" line above it is none."""
    field, subject_keys, reply = _email_cues()
    fields = [m for line in lines[:_EMAIL_HEAD_LINES] if (m := field.match(line))]
    if len(fields) < _EMAIL_MIN_FIELDS:
        return None
    subject = next((m.group("value") for m in fields if m.group("key").lower() in subject_keys), "")
    subject = reply.sub("", subject).strip()
    return subject or None


def _dated_title(top: list[str], head: list[str]) -> str | None:
    """A dated title line ("SITREP 14/2024 — Eastern DRC — 12 April 2024", "Weekly Update
    (16–22 December 2023)") when no other line above the body could be the title: the first
    line left after the furniture opens the body (a sentence, not a headline). A date line is
    furniture, but one that also names the report in two or more words is its title."""
    if head and _is_headline(head[0]):
        return None
    end = top.index(head[0]) if head else len(top)
    kinds = _report_kind_words()
    for line in top[:end]:
        words = [fold(w) for w in re.findall(rf"{LETTERS}+", line) if not is_date_word(w)]
        kind = any(w in kinds for w in words)
        if (
            (len(words) >= _DATED_TITLE_MIN_WORDS and not _place_dateline(line))
            or (len(words) >= _DATED_TITLE_KIND_MIN_WORDS and kind)
        ) and (
            parse_date_line(line)
            and not has_date_cue(line)
            and not source_line(line)
            and not _byline_author([line])
        ):
            return line
    return None


def _dateline_over_body(top: list[str], head: list[str]) -> bool:
    """Whether a place dateline ("Maiduguri, Borno State — 12 April 2024") stands right
    above the body's first sentence: the report has no title line, and that sentence is
    none."""
    if not head or _is_headline(head[0]) or head[0] not in top:
        return False
    above = top[: top.index(head[0])]
    return bool(above) and _place_dateline(above[-1]) and parse_date_line(above[-1]) is not None


_DATED_TITLE_MIN_WORDS = 3  # "Nairobi, Kenya — 12 April 2024" is a dateline, not a title
# with a word naming a kind of report, two words make a title ("Weekly Update, 3 May 2024")
_DATED_TITLE_KIND_MIN_WORDS = 2
# the words of a place name before a dateline's date ("Port-au-Prince, Haiti", "Maiduguri,
# Borno State"): each starts with a capital
_PLACE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _place_dateline(line: str) -> bool:
    """Whether a date line is a place dateline ("Maiduguri, Borno State — 12 April 2024",
    "Port-au-Prince, Haiti - 3 May 2024"): before or after its date stand only capitalised
    words cut by a comma, as "Town, Region" or "Town, Country" is written; a word naming a
    report ("Kivu Conflict Update, 20 March 2024") makes it a title (checked by the caller)."""
    rest = _PLACE_WORD.sub(lambda m: "" if is_date_word(m.group(0)) else m.group(0), line)
    rest = re.sub(r"\d+(?:st|nd|rd|th)?", "", rest)
    words = _PLACE_WORD.findall(rest)
    return (
        bool(words) and all(w[0].isupper() for w in words) and _PLACE_COMMA.search(rest) is not None
    )


# a comma between two words of a place ("Maiduguri, Borno State"), not one of a date ("April
# 12, 2024")
_PLACE_COMMA = re.compile(r"[^\W\d_][\w'’.-]*\s*,\s*[^\W\d_]")


@cache
def _report_kind_words() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load_yaml("metadata_cues.yaml")["report_kind_words"])


@cache
def _handling_re() -> re.Pattern[str]:
    words = literal_alternation(
        [fold(str(w)) for w in load_yaml("metadata_cues.yaml")["handling_markings"]]
    )
    return re.compile(rf"(?<!{LETTERS})(?:{words})(?!{LETTERS})")


# the parts of a category line: between spaced slashes, bars, dots, bullets, dashes, arrows
_CATEGORY_SPLIT = re.compile(r"\s+[/|·•—–>›»]\s+|\s*//\s*|\s*\[\s*|\s*\]\s*")
_CATEGORY_MIN_PARTS = 3


def _category_line(line: str) -> bool:
    """(s23) A category or handling label printed above a report's title, in capitals: a
    handling marking ("PROTECTION / ACCÈS HUMANITAIRE — DIFFUSION RESTREINTE", "CONFIDENTIAL"),
    or a path of short labels with a slash or three parts or more ("COUNTER-TERRORISM /
    SANCTIONS MONITORING — MIDDLE EAST", "CONFLICT WATCH · SAHEL · MALI"). A headline in
    capitals ("TWO KILLED AS RAIDERS HIT MARKET — POLICE") has words of a sentence or too
    few parts; a line with a small letter is none."""
    text = line.strip(" *_#>`")
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters) or len(_words(text)) > 14:
        return False
    if _handling_re().search(fold(text)):
        return True
    parts = [p.strip() for p in _CATEGORY_SPLIT.split(text) if p.strip()]
    slash = re.search(r"\s/\s|//", text) is not None
    # "KIVU FIELD NOTE — NORTH KIVU / ITURI" names a report: its title
    named = {fold(w) for w in re.findall(rf"{LETTERS}+", text)} & _report_nouns()
    return (
        not named
        and (len(parts) >= _CATEGORY_MIN_PARTS or (slash and len(parts) >= 2))
        and all(len(_words(p)) <= 4 and _is_label(p) for p in parts)
    )


@cache
def _report_nouns() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load_yaml("metadata_cues.yaml")["report_nouns"])


@cache
def _series_number() -> re.Pattern[str]:
    number = literal_alternation(
        [str(w) for w in load_yaml("metadata_cues.yaml")["series_number_words"]]
    )
    return re.compile(rf"^(?:(?:{number})\s*)+\d{{1,4}}(?:[/.-]\d{{2,4}})?$", re.IGNORECASE)


def _masthead(line: str) -> str | None:
    """(s23) The publication a masthead line names: labels in capitals between dots or bars
    and an issue number ("VALLEY POST · SECURITY DIGEST · Issue No. 12" gives "Security
    Digest"), the publication the label right before the number; None for any other line."""
    parts = _fields(line, dashes=False)
    numbered = [i for i, p in enumerate(parts) if _series_number().match(p)]
    if len(parts) < 2 or len(numbered) != 1 or numbered[0] == 0:
        return None
    labels = [p for i, p in enumerate(parts) if i != numbered[0]]
    if not all(p.isupper() and len(_words(p)) <= 5 and _is_label(p) for p in labels):
        return None
    # "SECURITY DIGEST", not "NIGER" ("SECURITY | NIGER | Issue 12" is a kicker)
    name = parts[numbered[0] - 1]
    words = {fold(w) for w in re.findall(rf"{LETTERS}+", name)}
    kinds = _report_nouns() | _report_kind_words() | _body_cues().heads
    return _recase(name) if len(_words(name)) >= 2 and words & kinds else None


_ACRONYM_NAME = re.compile(
    r"^(?P<name>[^\W\d_][^()]{3,100}?)\s*\((?P<acronym>[A-Z][A-Za-z&]{1,9})\)(?P<rest>.*)$"
)


def _acronym_initials(name: str) -> str:
    """The capitals an acronym takes from a name: the first letter of each capitalised word,
    a word's elided article left off ("l'Est" gives "E")."""
    out = []
    for w in re.split(r"[\s-]+", name):
        w = re.sub(r"^[a-z]{1,3}['’]", "", w.strip(",.&"))
        if w[:1].isupper():
            out.append(w[0])
    return "".join(out)


def _acronym_named(line: str) -> str | None:
    """(s23) The organisation a header line names with the acronym that spells it: "Groupe
    de Veille Humanitaire de l'Est (GVHE)", "Andean Risk Partners (ARP), Lima office" give
    the name before the brackets. The acronym must be the initials of the name's capitalised
    words: a bracket that spells nothing ("Attack on Base (Update)") names no organisation."""
    m = _ACRONYM_NAME.match(line.strip(" *_#>"))
    # after the brackets only its place or desk, set off ("..., Manila desk"): "Liberation
    # Front (LF) claims the attack" is a headline
    rest = m["rest"].strip() if m else ""
    if m is None or len(_words(rest)) > _ACRONYM_REST_WORDS or (rest and rest[0] not in ",–—-|·•"):
        return None
    name = re.sub(r"^(?:[^:]{1,30}:\s*)", "", m["name"].strip(" *_")).strip(" *_")
    acronym = m["acronym"].replace("&", "")
    if not acronym.isupper() or len(acronym) < 2:
        return None
    initials = _acronym_initials(name)
    if initials != acronym or len(_words(name)) > _ACRONYM_NAME_WORDS:
        return None
    return name


_ACRONYM_REST_WORDS = 4  # "(SSRP), Manila desk": what may follow the brackets
_ACRONYM_NAME_WORDS = 10


def _office_line(line: str) -> bool:
    """(s23) A line naming an office of the organisation above it ("Bureau de Bunia – Antenne
    de Beni", "Nairobi Office | Regional Desk"): short, every field led or ended by an office
    noun (``header_body_words``, ``publisher_nouns``)."""
    fields = [f for f in re.split(r"\s+[-–—|·•/]\s+", line.strip(" *_#>")) if f]
    if not fields or len(_words(line)) > 10 or re.search(r"\d|[.!?:;]$", line):
        return False
    heads = _body_cues().heads
    for f in fields:
        words = [fold(w.strip(",.()")) for w in _words(f)]
        if not words or not (words[0] in heads or words[-1] in heads):
            return False
        if not all(
            w[:1].isupper() or fold(w) in _body_cues().links or len(w) <= 3 for w in _words(f)
        ):
            return False
    return True


def _title_and_section(
    lines: list[str], body_start: int | None = None
) -> tuple[str | None, str | None, str | None]:
    """Return (title, section, publisher) read from the layout of the first lines.

    A short label line right above a longer headline is the section and the headline the
    title; up to two stacked labels ("Middle East" / "Analysis") are passed over, the one
    nearest the headline kept. A publisher's letterhead on the first line above a headline
    (:func:`_publisher_line`) is neither: it is returned as the publisher. ``body_start`` is
    the line where the story itself starts (a wire dateline's line): the title and section
    are above it, if anywhere.
    """
    top = _head(lines[:body_start])
    head = [line for line in top if not _is_furniture(line)]
    publisher = None
    # credit lines above the headline ("Anadolu Agency / Rudaw (compiled)") credit the story
    while len(head) >= 2 and (credit := _credit_line(head[0])) is not None:
        if publisher is None:
            publisher = _publisher_name(head[0]) if known_source(head[0]) else credit
        head = head[1:]
    # (s23) category and handling labels, a masthead, an organisation named with its
    # acronym and its office lines above the title: none of them is the title
    label = None
    while len(head) >= 2:
        if (
            (_category_line(head[0]) and not _kicker_parts(head[0])) or _masthead(head[0])
        ) and _is_headline(head[1]):
            label = label or head[0]
            publisher = publisher or _masthead(head[0])
        elif acronym_named := _acronym_named(head[0]):
            publisher = publisher or acronym_named
        elif not (publisher and _office_line(head[0])):
            break
        head = head[1:]
    # an official document's header ("United Nations    S/2024/742", "Distr.: General")
    above = top[: top.index(head[0])] if head else []
    official = any(_is_header_furniture(line) for line in above)
    if (
        publisher is None
        and len(head) >= 2
        and _publisher_line(head[0], official)
        and _is_headline(head[1])
    ):
        publisher, head = _publisher_name(head[0]), head[1:]
    dated = _dated_title(top, head)
    if dated:
        return dated, None, publisher
    if _dateline_over_body(top, head):
        return None, None, publisher
    if not head:
        return None, None, publisher
    series = None
    if (
        len(head) >= 2
        and _cover_cues()[0].match(head[0])
        and (_continues(head[1]) or _is_headline(head[1]))
    ):
        # a cover's series line ("Occasional Brief No. 14") above the title
        series, head = head[0], head[1:]
    if series is None or not _continues(head[0]):
        for k in range(min(3, len(head) - 1)):
            if k and not (
                _is_label(head[k - 1]) or _breadcrumb(head[k - 1]) or _kicker_parts(head[k - 1])
            ):
                break
            if _continues(head[k]):
                break  # a title block goes on over the next line
            section = _section_above(head[k], head[k + 1])
            if section:
                return _title_block(head, k + 1), section, publisher
    if len(head[0]) > _TITLE_MAX_CHARS:
        return None, series, publisher
    return _title_block(head, 0), series, publisher


@cache
def _title_label() -> re.Pattern[str]:
    labels = sorted(load_yaml("metadata_cues.yaml").get("title_labels") or (), key=len)
    alternatives = "|".join(re.escape(str(label)) for label in reversed(labels))
    return re.compile(rf"^(?:{alternatives})\s*:\s*(?=\S)", re.IGNORECASE)


@cache
def _wire_slug() -> re.Pattern[str]:
    """The slug a wire headline starts with ("UPDATE 2-", "EXCLUSIVE-"; clean_rules.yaml)."""
    slugs = load_yaml("clean_rules.yaml")["wire_title_prefixes"]
    alternatives = "|".join(re.escape(str(w)) for w in sorted(slugs, key=len, reverse=True))
    return re.compile(rf"^(?:(?:{alternatives})(?:\s+\d{{1,2}})?-)+(?=[A-Z0-9\"“'‘])")


def _clean_title(title: str | None, sitename: str | None = None) -> str | None:
    if not title:
        return None
    title = " ".join(title.replace("\u00a0", " ").split()).strip("#*_ ")
    if not title.isupper():
        title = _wire_slug().sub("", title)  # "UPDATE 2-Drone strike ..." -> "Drone strike ..."
    title = _title_label().sub("", title)  # "Title: After the Fall" -> "After the Fall"
    if sitename:  # "Headline | Site Name" -> "Headline"
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            if title.endswith(sep + sitename.strip()):
                title = title[: -len(sep + sitename.strip())].strip()
    return title or None


def _iso639(code: str | None) -> str | None:
    if not code:
        return None
    m = re.match(r"^([a-zA-Z]{2})(?:$|[-_])", code.strip())
    return m.group(1).lower() if m else None


_RUNNING_MAX_WORDS = 12


def _running_header(lines: list[str]) -> tuple[str | None, list[str]]:
    """A header line at the top whose part (between " - " or " | ") comes again, alone or
    as a part, on a short line further down (the header or footer of later pages), or a
    whole top line named by a publisher noun that heads later pages too: the part or line as
    a publisher's name, and the lines without the top one."""
    later: dict[str, str] = {}
    for line in lines[_HEAD_LINES:]:
        if len(_words(line)) <= _RUNNING_MAX_WORDS:
            for p in _FIELD_SPLIT.split(line):
                if p.strip():
                    later.setdefault(fold(p).strip(), p.strip())
    nouns = _header_cues()[2]
    for i, line in enumerate(lines[:3]):
        if len(_words(line)) > _RUNNING_MAX_WORDS:
            continue
        parts = [p.strip() for p in _FIELD_SPLIT.split(line) if p.strip()]
        if len(parts) < 2:
            # a whole line that heads every page and is named by a publisher noun ("Sahel
            # Security Platform" on each page): the publisher, not the title
            repeats = sum(1 for later_line in lines[i + 1 :] if later_line == line)
            words = [fold(w.strip(",;:()\"'“”")) for w in _words(line)]
            if repeats >= 2 and len(words) >= 2 and any(w in nouns for w in words):
                return _publisher_name(line), lines[:i] + lines[i + 1 :]
            continue
        for part in parts:
            written = later.get(fold(part).strip())
            if len(_words(part)) >= 2 and written is not None:
                # the name as a later page writes it when the top one is in capitals
                name = written if part.isupper() and not written.isupper() else part
                return _publisher_name(name), lines[:i] + lines[i + 1 :]
    return None, lines


def extract_metadata(
    cleaned: str, file_metadata: HtmlMetadata, original: str | None = None
) -> Metadata:
    """Read title, section, publication date, source, language and author from a cleaned
    document.

    :param cleaned: the cleaned text (``CleanedText.text``).
    :param file_metadata: what the reader found in the file; its title, date, site name and
        author win over what the text's layout suggests.
    :param original: the text before cleaning, where a byline still stands (cleaning drops
        it from the text: its names are not actors of the story); without it the author
        comes from the file or a byline left in ``cleaned``.
    """
    # (s20b) a Markdown footnote's text stays in the cleaned text, but it cites where a fact
    # came from ("Source: the agency's data portal"): no header or footer line of the report
    notes = _footnote_texts(original) if original else frozenset()
    lines = [
        line.strip()
        for line in cleaned.split("\n")
        if line.strip() and _note_key(line) not in notes
    ]
    language = detect_language(cleaned) or _iso639(file_metadata.language)
    # "ADEN, Yemen, June 13, 2024 (Reuters) - ...": the story starts at a wire dateline
    wire = wire_dateline(cleaned)

    # a running page header ("DEFENSORÍA DEL PUEBLO - INFORME DE SEGUIMIENTO", its part
    # "Defensoría del Pueblo" repeated on later pages) is no title; its repeated part names
    # the publisher
    running, lines_for_title = _running_header(lines)
    body_start = wire.line if wire else None
    if body_start is not None and len(lines_for_title) < len(lines):
        # the running header removed sits among the first three lines
        removed = next(
            (i for i, (a, b) in enumerate(zip(lines, lines_for_title, strict=False)) if a != b),
            len(lines_for_title),
        )
        body_start -= 1 if removed < body_start else 0
    text_title, section, letterhead = _title_and_section(lines_for_title, body_start)
    # (s18) an e-mail's subject is its title; a dated title line above the body is one too
    subject = _email_subject(lines)
    if subject:
        text_title, section = subject, None
    compilation = _compilation_header(lines, wire.line if wire else None)
    if compilation is not None and compilation[0]:
        # (s25) wire stories under a compiler's header: the header names the document, not
        # the first story's headline
        text_title, section = compilation[0], None
    title = _clean_title(file_metadata.title, file_metadata.sitename)
    if title:
        if section and text_title and fuzz.ratio(fold(text_title), fold(title)) < 80:
            section = None
    else:
        title = _clean_title(text_title)

    published = (
        # (s22) a file's date in another calendar ("date: ۱۴۰۴/۰۷/۲۲" in a front matter)
        (parse_date(file_metadata.date, language) or calendar_date(file_metadata.date))
        if file_metadata.date
        else None
    )
    # (s22) how a date the report does not state as its publication date was found
    basis: str | None = None
    if published is None and original:
        # (s16) a front matter dated under another key ("issued: 2025-11-06")
        published = _front_matter_date(original, language)
    order = numeric_date_order(cleaned) if NUMERIC_DATE.search(cleaned) else None
    if published is None:
        signed = [x.strip() for x in original.split("\n") if x.strip()] if original else []
        ranked = _find_date(lines, language, order, signed)
        if ranked is not None and ranked[1] == RANK_PERIOD:
            # (s22) the header's date in another calendar ("Date: ዓርብ፣ መጋቢት 5 ቀን 2017
            # ዓ.ም.") dates the report, not the end of the period it covers
            stated = other_calendar_date_line(_head(lines))
            published, basis = (stated, None) if stated else (ranked[0], "period")
        else:
            published = ranked[0] if ranked else (wire.date if wire else None)
        if published is None and wire and wire.month_day:
            # "QUETTA, Pakistan, Nov 9 (Reuters) -": the year from the text's full dates
            published = (
                _dateline_year(wire.month_day, cleaned, language, order)
                or _ongoing_year(wire.month_day, cleaned, language, order)
                or _copyright_year(wire.month_day, lines, cleaned, language, order, wire.agency)
                or _weekday_dateline_year(wire.month_day, cleaned)
            )
    if published is None and parse_dateline(cleaned) is None:
        # (s17) no Gregorian date (a news dateline too wins): a cued date inside a header
        # line, the end of the period the front matter or the title states, else a Hijri
        # date of the front matter or a header line (dossier.calendars)
        fallback = document_date_basis(
            original, (file_metadata.title, title), _head(lines), language
        )
        published, basis = fallback if fallback else (None, None)
    if published is None and file_metadata.date_fallback:
        # (s22c) a page's <meta> date in another calendar ("dc.date.hijri"), its Gregorian day
        published = parse_date(file_metadata.date_fallback)
    reference: DateValue | None = None
    if published is not None and basis is not None and _blank_publication(lines, original):
        # (s22) "Published: n/d" over "Reporting period: 3–9 June 2024": the report states
        # no publication date; the period's end only dates what its text leaves without a year.
        # (s23) The same for a date in another calendar ("Published: —" over "Hijri: Ramadan
        # 1446")
        published, reference = None, published
    elif published is None and parse_dateline(cleaned) is None:
        # (s22) no date stated anywhere: the end of the period the header states, else the
        # year the text's own dates imply
        period = header_period_end(_head(lines))
        inferred = (
            (period, "period") if period else _inferred_reference(lines, cleaned, language, order)
        )
        reference, basis = inferred if inferred else (None, None)

    # the issuer of an official document ("United Nations    S/2024/742") is its source;
    # then the letterhead above it ("United Nations Integrated Office in Haiti") is the
    # section, the office the report is from
    issuer = next(
        (found[1] for line in _head(lines) if (found := _symbol_issuer(line)) and found[1]),
        None,
    )
    organ = next((o for line in _head(lines) if (o := _header_organ(line))), None)
    if issuer and organ and fold(organ) not in fold(issuer):
        issuer = f"{issuer} {organ}"  # "United Nations" + "Security Council"
    if issuer and letterhead and not section:
        section, letterhead = letterhead, None
    sitename = (file_metadata.sitename or "").strip()
    producer = _producer(lines)
    field_body = _header_field_body(lines)
    source_original = (
        # (s20) the publisher a page declares (its site name) over a "Source:" line of its
        # body, which names where the story's information came from ("Source: local
        # correspondents / the provincial health office"); a bare host name ("reliefweb.int") is no declared publisher
        (None if sitename and not is_host_name(sitename) else _find_source(lines))
        or _email_sender(lines)
        # (s25) the compiler of wire stories publishes the compilation, not the first wire
        or (compilation[1] if compilation else None)
        or (wire.agency if wire else None)
        or issuer
        or sitename
        or letterhead
        or producer
        or field_body
        or running
        or _self_named(lines, title)
        or None
    )
    byline_lines = (
        [line.strip() for line in original.split("\n") if line.strip()] if original else lines
    )
    author = (
        _file_author(file_metadata.author or "")
        or _byline_author(byline_lines)
        or _cover_author(byline_lines)
    )

    if not source_original and author and _organisation_author(author):
        # (s16) a report by a team with no other publisher ("author: Access Monitoring Unit,
        # Nekemte Hub"): the team publishes it
        source_original = author
    source = normalise_source(source_original) if source_original else None
    if (
        source
        and source_original
        and not _mostly_latin(source_original)
        and source in (source_original, transliterate_cyrillic(source_original))
    ):
        # (s20) a publisher named only in another script ("المصدر: مرصد ...") with a desk in
        # Latin letters credited in the header ("Prepared by the Gulf Maritime Desk"): that
        # desk is the name it goes by in Latin letters; the original stays as written.
        # (s23) So also for the issuer of an official document, a letterhead or masthead, or
        # the desk a front matter credits ("compiled_by: NC desk"), and for a name that only
        # a transliteration (not a known English form) would put in Latin letters
        latin = next(
            (
                c
                for c in (
                    sitename,
                    producer,
                    field_body,
                    issuer,
                    letterhead,
                    _front_matter_desk(original),
                )
                if c and _mostly_latin(c) and not is_host_name(c)
            ),
            None,
        )
        source = latin or source
    return Metadata(
        title=title,
        section=section,
        published=published,
        source=source,
        source_original=source_original,
        language=language,
        author=author or None,
        reference=reference,
        reference_basis=basis if reference is not None else None,
    )


_FOOTNOTE = re.compile(r"^[ \t]{0,3}\[\^[^\]\s]{1,20}\]:[ \t]*(?P<text>\S.*)$", re.M)


@cache
def _front_matter_desk_keys() -> tuple[str, ...]:
    return tuple(str(k) for k in load_yaml("metadata_cues.yaml")["front_matter_desk_keys"])


def _front_matter_desk(original: str | None) -> str | None:
    """(s23) The desk or team a front matter credits with the report ("compiled_by: NC desk /
    shift B" gives "NC desk"): its first part, a body's name (a desk word in it)."""
    if not original:
        return None
    fields = front_matter_fields(original)
    for key in _front_matter_desk_keys():
        value = (fields.get(key) or "").strip().strip("\"'")
        first = re.split(r"\s+[/|·•—–-]\s+|\s*[;,(]", value, maxsplit=1)[0].strip()
        words = {fold(w) for w in _words(first)}
        if first and words & _body_cues().heads and len(words) <= _BODY_NAME_WORDS[1]:
            return first
    return None


def _note_key(line: str) -> str:
    """A line as a footnote's text is matched: its letters and digits alone, folded (the
    cleaning may change its quotes, dashes and spaces)."""
    return re.sub(r"[\W_]+", "", fold(line))


def _footnote_texts(original: str) -> frozenset[str]:
    """The texts of the Markdown footnotes of ``original`` ("[^1]: Source: ..."), as
    ``_note_key`` gives them."""
    return frozenset(key for m in _FOOTNOTE.finditer(original) if (key := _note_key(m["text"])))


def _front_matter_date(original: str, language: str | None) -> DateValue | None:
    """The date of a YAML front matter under a key the reader does not take for the
    publication date ("issued: 2025-11-06", ``front_matter_date_keys`` of
    ``data/metadata_cues.yaml``), the first key of that list that the block has."""
    fields = front_matter_fields(original)
    for key in front_matter_date_keys():
        value = fields.get(key)
        if value:
            found = parse_date(value, language)
            if found is not None:
                return found
    return None


@cache
def _organisation_author_words() -> frozenset[str]:
    data = load_yaml("metadata_cues.yaml")
    return frozenset(str(w).lower() for w in data.get("organisation_author_words") or ())


def _organisation_author(author: str) -> bool:
    """An author that is a body, not a person: a word of ``organisation_author_words`` of
    ``data/metadata_cues.yaml`` ("Access Monitoring Unit") among its words."""
    words = {w.strip(".,;:()/").lower() for w in re.split(r"[\s/]+", author)}
    return bool(words & _organisation_author_words())
