"""What a document says about itself: title, section, publication date, source and language.

This is the metadata stage: it reads the layout of the cleaned text (a short label line above a
headline, a date line near the top, a ``Source:`` line at the top or the bottom) and the metadata
a reader found in the file (HTML ``<meta>``, PDF info), which wins where it has an answer. The
line-level rules live in their own modules, re-exported here: dates in :mod:`dossier.dates`,
publishers in :mod:`dossier.sources`, language detection in :mod:`dossier.language`. Common
section labels come from ``data/section_labels.yaml`` and byline prefixes from
``data/metadata_cues.yaml``.

>>> meta = extract_metadata("Analysis\\n\\nRebels Take the Town\\n\\n18 March 2018\\n\\nBody.",
...                         HtmlMetadata())
>>> meta.section, meta.title, meta.published
('Analysis', 'Rebels Take the Town', DateValue(value='2018-03-18', precision='day'))
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz

from dossier.datafiles import load_yaml
from dossier.dates import (
    NUMERIC_DATE,
    has_date_cue,
    numeric_date_order,
    parse_date,
    parse_date_line,
)
from dossier.language import LETTERS, detect_language, fold, script_of
from dossier.records import DateValue, HtmlMetadata, Metadata
from dossier.resolve.timex.dateline import wire_dateline
from dossier.sources import normalise_source, source_line, transliterate_cyrillic

__all__ = [
    "detect_language",
    "extract_metadata",
    "normalise_source",
    "parse_date",
    "parse_date_line",
    "transliterate_cyrillic",
]

_HEAD_LINES = 15  # how many non-empty lines from the top hold the header
_TAIL_LINES = 15  # how many from the bottom may hold a source or date footer


def _head(lines: list[str]) -> list[str]:
    return lines[:_HEAD_LINES]


# --------------------------------------------------------------------------------------------
# date and source: which lines to try


def _find_date(lines: list[str], language: str | None, order: str | None) -> DateValue | None:
    for line in _head(lines):
        value = parse_date_line(line, language, order)
        if value:
            return value
    for line in lines[-_TAIL_LINES // 3 :]:
        if has_date_cue(line):
            value = parse_date_line(line, language, order)
            if value:
                return value
    return None


def _find_source(lines: list[str]) -> str | None:
    for line in [*_head(lines), *lines[-_TAIL_LINES:]]:
        value = source_line(line)
        if value:
            return value
    return None


# --------------------------------------------------------------------------------------------
# title and section


def _words(line: str) -> list[str]:
    return re.findall(r"\S+", line)


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


def _is_furniture(line: str) -> bool:
    """Lines that are never a title: dates, sources, bylines, separators, bare ids."""
    if parse_date_line(line) or source_line(line):
        return True
    letters = len(re.findall(LETTERS, line))
    words = _words(line)
    if letters < 3 or (len(words) == 1 and re.search(r"\d", line)):
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


def _section_above(label: str, headline: str) -> str | None:
    """The section that ``label`` names when it stands right above ``headline``, if any."""
    if not _is_headline(headline):
        return None
    crumb = _breadcrumb(label)
    if crumb:
        return crumb
    known = fold(label).strip() in _labels()
    longer = len(_words(headline)) >= len(_words(label)) + 2 and len(_words(label)) <= 5
    return label if _is_label(label) and (known or longer) else None


def _title_and_section(
    lines: list[str], body_start: int | None = None
) -> tuple[str | None, str | None]:
    """Return (title, section) read from the layout of the first lines.

    A short label line right above a longer headline is the section and the headline the
    title; up to two stacked labels ("Middle East" / "Analysis") are passed over, the one
    nearest the headline kept. ``body_start`` is the line where the story itself starts (a
    wire dateline's line): the title and section are above it, if anywhere.
    """
    head = [line for line in _head(lines[:body_start]) if not _is_furniture(line)]
    if not head:
        return None, None
    for k in range(min(3, len(head) - 1)):
        if k and not (_is_label(head[k - 1]) or _breadcrumb(head[k - 1])):
            break
        section = _section_above(head[k], head[k + 1])
        if section:
            return head[k + 1], section
    if len(head[0]) > 300:
        return None, None
    return head[0], None


def _clean_title(title: str | None, sitename: str | None = None) -> str | None:
    if not title:
        return None
    title = " ".join(title.replace("\u00a0", " ").split()).strip("#*_ ")
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


def extract_metadata(cleaned: str, file_metadata: HtmlMetadata) -> Metadata:
    """Read title, section, publication date, source and language from a cleaned document.

    :param cleaned: the cleaned text (``CleanedText.text``).
    :param file_metadata: what the reader found in the file; its title, date and site name win
        over what the text's layout suggests.
    """
    lines = [line.strip() for line in cleaned.split("\n") if line.strip()]
    language = detect_language(cleaned) or _iso639(file_metadata.language)
    # "ADEN, Yemen, June 13, 2024 (Reuters) - ...": the story starts at a wire dateline
    wire = wire_dateline(cleaned)

    text_title, section = _title_and_section(lines, wire.line if wire else None)
    title = _clean_title(file_metadata.title, file_metadata.sitename)
    if title:
        if section and text_title and fuzz.ratio(fold(text_title), fold(title)) < 80:
            section = None
    else:
        title = _clean_title(text_title)

    published = parse_date(file_metadata.date, language) if file_metadata.date else None
    if published is None:
        order = numeric_date_order(cleaned) if NUMERIC_DATE.search(cleaned) else None
        published = _find_date(lines, language, order) or (wire.date if wire else None)

    source_original = (
        _find_source(lines)
        or (wire.agency if wire else None)
        or (file_metadata.sitename or "").strip()
        or None
    )
    source = normalise_source(source_original) if source_original else None

    return Metadata(
        title=title,
        section=section,
        published=published,
        source=source,
        source_original=source_original,
        language=language,
    )
