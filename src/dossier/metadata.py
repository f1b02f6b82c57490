"""What a document says about itself: title, section, publication date, source and language.

The rules read the layout of the cleaned text (a short label line above a headline, a date line
near the top, a ``Source:`` line at the top or the bottom) and the metadata a reader found in the
file (HTML ``<meta>``, PDF info), which wins where it has an answer. Word lists live in
``data/``: month and weekday names per language (``date_names.yaml``), line cues
(``metadata_cues.yaml``), common section labels (``section_labels.yaml``), known publishers
(``sources.yaml``), Cyrillic transliteration (``translit_cyrillic.yaml``) and stopwords for
language detection (``stopwords.yaml``).

>>> meta = extract_metadata("Analysis\\n\\nRebels Take the Town\\n\\n18 March 2018\\n\\nBody.",
...                         HtmlMetadata())
>>> meta.section, meta.title, meta.published
('Analysis', 'Rebels Take the Town', DateValue(value='2018-03-18', precision='day'))
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml
from rapidfuzz import fuzz

from dossier.records import DateValue, HtmlMetadata, Metadata

__all__ = [
    "detect_language",
    "extract_metadata",
    "normalise_source",
    "parse_date",
    "parse_date_line",
    "transliterate_cyrillic",
]

_DATA = Path(__file__).parent / "data"
_HEAD_LINES = 15  # how many non-empty lines from the top hold the header
_TAIL_LINES = 15  # how many from the bottom may hold a source or date footer
_LETTERS = r"[^\W\d_]"

# digits of other scripts -> ASCII; Arabic letter variants folded (same length)
_FOLD = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹أإآىـ", "01234567890123456789اااي ")


@cache
def _data(name: str) -> Any:
    with open(_DATA / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _fold(text: str) -> str:
    """Lower-case, ASCII digits, folded Arabic letters: the form every matcher here reads."""
    return text.lower().translate(_FOLD).replace("ё", "е")


# --------------------------------------------------------------------------------------------
# language


_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "hy"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x08A0, 0x08FF, "arabic"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0E00, 0x0E7F, "th"),
    (0x10A0, 0x10FF, "ka"),
    (0x1100, 0x11FF, "ko"),
    (0x1E00, 0x1EFF, "latin"),
    (0x3040, 0x30FF, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "ko"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
)


def _script(ch: str) -> str | None:
    cp = ord(ch)
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= cp <= hi:
            return name
    return None


@cache
def _stopwords() -> dict[str, dict[str, frozenset[str]]]:
    data = _data("stopwords.yaml")
    return {
        script: {lang: frozenset(words.split()) for lang, words in langs.items()}
        for script, langs in data.items()
    }


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the main language of ``text``, or None when unsure.

    The dominant script decides first (Cyrillic, Arabic, Han, ...); within Latin, Cyrillic and
    Arabic script, counts of very common function words pick the language.

    >>> detect_language("The rebels said that they had taken the town in the night.")
    'en'
    """
    sample = text if len(text) <= 30000 else text[:20000] + text[len(text) // 2 :][:10000]
    scripts: Counter[str] = Counter()
    for ch in sample:
        if ch.isalpha():
            name = _script(ch)
            if name:
                scripts[name] += 1
    if sum(scripts.values()) < 3:
        return None
    script = scripts.most_common(1)[0][0]
    if script in ("han", "kana"):
        return "ja" if scripts["kana"] > 0.05 * (scripts["han"] + scripts["kana"]) else "zh"
    if script not in ("latin", "cyrillic", "arabic"):
        return script
    tokens = Counter(re.findall(rf"{_LETTERS}+", sample.lower()))
    hits = {
        lang: sum(n for word, n in tokens.items() if word in words)
        for lang, words in _stopwords()[script].items()
    }
    best = max(hits, key=lambda lang: hits[lang])
    if hits[best] >= 2:
        return best
    return {"cyrillic": "ru", "arabic": "ar"}.get(script)


# --------------------------------------------------------------------------------------------
# dates


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _date_tables() -> tuple[dict[str, int], re.Pattern[str], frozenset[str], re.Pattern[str]]:
    names = _data("date_names.yaml")
    months: dict[str, int] = {}
    for table in names["months"].values():
        for number, spellings in table.items():
            for spelling in spellings:
                key = _fold(spelling)
                if months.setdefault(key, int(number)) != int(number):
                    raise ValueError(f"date_names.yaml: {spelling!r} names two months")
    weekdays = frozenset(_fold(w) for ws in names["weekdays"].values() for w in ws)
    cues = _data("metadata_cues.yaml")
    prefixes = _alternation([_fold(p) for p in cues["date_prefixes"]])
    prefix_re = re.compile(rf"^(?:{prefixes})(?!{_LETTERS})\s*[:：\-–—]?\s*")
    month_re = re.compile(rf"(?<!{_LETTERS})(?:{_alternation(list(months))})(?!{_LETTERS})")
    return months, month_re, weekdays, prefix_re


@cache
def _date_patterns() -> list[tuple[str, re.Pattern[str]]]:
    mon = _date_tables()[1].pattern
    day = r"(?P<d>[0-3]?\d)"
    year = r"(?P<y>(?:19|20)\d\d)"
    ordinal = r"(?:st|nd|rd|th|er|e|º|°|-?го|-е)?"
    return [
        (
            "iso",
            re.compile(
                r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)(?!\d)"
            ),
        ),
        (
            "dmy",
            re.compile(
                rf"(?<![\d.]){day}{ordinal}\.?\s*(?:de\s+|of\s+)?(?P<m>{mon})\.?\s*[,،]?\s*"
                rf"(?:de\s+|del\s+)?{year}(?!\d)"
            ),
        ),
        ("mdy", re.compile(rf"(?P<m>{mon})\.?\s*{day}{ordinal}\s*[,،]?\s*{year}(?!\d)")),
        (
            "num",
            re.compile(
                r"(?<![\d.])(?P<d>[0-3]?\d)(?P<s>[./-])(?P<m>[01]?\d)(?P=s)(?P<y>(?:19|20)\d\d)(?!\d)"
            ),
        ),
        ("my", re.compile(rf"(?P<m>{mon})\.?\s*[,،]?\s*(?:de\s+|del\s+)?{year}(?!\d)")),
    ]


def _date_value(year: int, month: int | None = None, day: int | None = None) -> DateValue | None:
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    if not 1900 <= year <= 2100:
        return None
    if day is not None and month is not None:
        return DateValue(f"{year:04d}-{month:02d}-{day:02d}", "day")
    if month is not None:
        return DateValue(f"{year:04d}-{month:02d}", "month")
    return DateValue(f"{year:04d}", "year")


def _match_date(text: str, language: str | None) -> tuple[DateValue, int, int] | None:
    """Find the first date in folded ``text``; return it with its span."""
    months = _date_tables()[0]
    for kind, pattern in _date_patterns():
        for m in pattern.finditer(text):
            year = int(m["y"])
            if kind == "iso":
                value = _date_value(year, int(m["m"]), int(m["d"]))
            elif kind == "num":
                first, second = int(m["d"]), int(m["m"])  # in the order written
                if m["s"] == "/" and first <= 12 and second <= 12:
                    # 03/04/2018: month first in English, day first elsewhere
                    month, day = (first, second) if language == "en" else (second, first)
                elif first <= 12 < second:  # 03.18.2018
                    month, day = first, second
                else:
                    day, month = first, second
                value = _date_value(year, month, day)
            elif kind == "my":
                value = _date_value(year, months[m["m"]])
            else:
                value = _date_value(year, months[m["m"]], int(m["d"]))
            if value:
                return value, m.start(), m.end()
    return None


def parse_date(value: str, language: str | None = None) -> DateValue | None:
    """Parse a date string from file metadata ("2018-03-18", "2018-03", "D:20180318...").

    Falls back to :func:`parse_date_line` rules for written dates ("18 March 2018").

    >>> parse_date("2018-03")
    DateValue(value='2018-03', precision='month')
    """
    text = value.strip()
    compact = re.match(r"^(?:D:)?((?:19|20)\d\d)([01]\d)?([0-3]\d)?(?:\d|[+\-Z']|$)", text)
    iso = re.match(r"^((?:19|20)\d\d)(?:-([01]?\d)(?:-([0-3]?\d))?)?(?:[T\s].*)?$", text)
    m = compact if text.startswith("D:") or text.isdigit() else iso
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        return _date_value(int(year), int(month) if month else None, int(day) if day else None)
    found = _match_date(_fold(text), language)
    return found[0] if found else None


_TIME = re.compile(
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|[+-]\d{2}:?\d{2}|\b\d{1,2}\s*(?:am|pm)\b"
)


def parse_date_line(line: str, language: str | None = None) -> DateValue | None:
    """Return the date of ``line`` if the line is a date line, else None.

    A date line is one where the date is most of the line: it may carry a cue ("Published:",
    "Опубликовано", "تاريخ النشر"), a weekday, a time, a place or a short byline, but a date
    inside a sentence is not a date line.

    >>> parse_date_line("Published: Sunday, March 18, 2018 10:30 GMT")
    DateValue(value='2018-03-18', precision='day')
    >>> parse_date_line("The group attacked the base on March 18, 2018 and withdrew.") is None
    True
    """
    text = _fold(" ".join(line.split()))
    if not text or len(text) > 160:
        return None
    _, _, weekdays, prefix_re = _date_tables()
    prefix = prefix_re.match(text)
    body = text[prefix.end() :] if prefix else text
    found = _match_date(body, language)
    if found is None:
        if prefix:  # "Published: 2018"
            year = re.fullmatch(r"\W*((?:19|20)\d\d)\W*", body)
            return _date_value(int(year.group(1))) if year else None
        return None
    value, start, end = found
    rest = _TIME.sub(" ", body[:start] + " " + body[end:])
    fillers = frozenset(_fold(w) for w in _data("metadata_cues.yaml")["date_fillers"]) | weekdays
    words = [w for w in re.findall(rf"{_LETTERS}+(?:[-.]{_LETTERS}+)*", rest) if w not in fillers]
    numbers = re.findall(r"\d+", rest)
    bylines = {_fold(b) for b in _data("metadata_cues.yaml")["byline_prefixes"]}
    if len(numbers) > 3:
        return None
    if words and words[0] in bylines:
        return value if len(words) <= 6 else None
    if prefix:
        return value if len(words) <= 3 else None
    if len(words) > 2 or len(text) > 80:
        return None
    if text.rstrip().endswith(".") and not re.search(r"(?:\bг|\d)\.$", text.rstrip()):
        return None
    return value


def _find_date(lines: list[str], language: str | None) -> DateValue | None:
    for line in _head(lines):
        value = parse_date_line(line, language)
        if value:
            return value
    prefix_re = _date_tables()[3]
    for line in lines[-_TAIL_LINES // 3 :]:
        if prefix_re.match(_fold(line)):
            value = parse_date_line(line, language)
            if value:
                return value
    return None


# --------------------------------------------------------------------------------------------
# source


@cache
def _source_table() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    exact: dict[str, str] = {}
    inside: list[tuple[str, str]] = []
    for entry in _data("sources.yaml")["sources"]:
        for alias in [entry["name"], *entry["aliases"]]:
            exact.setdefault(_source_key(alias), entry["name"])
            inside.append((alias, entry["name"]))
    inside.sort(key=lambda pair: len(pair[0]), reverse=True)
    patterns = []
    for alias, name in inside:
        short = len(alias) <= 3  # acronyms ("UN", "AFP") only in their own capitals
        flags = 0 if short else re.IGNORECASE
        body = re.escape(alias if short else _fold(alias))
        patterns.append((re.compile(rf"(?<![\w-]){body}(?![\w-])", flags), name))
    return exact, patterns


def _source_key(text: str) -> str:
    text = _fold(text)
    text = re.sub(r"[«»\"“”„'’()\[\].,:;]", " ", text)
    return " ".join(text.split())


@cache
def _translit_table() -> tuple[dict[str, str], str]:
    data = _data("translit_cyrillic.yaml")
    return data["letters"], data["ye_after"]


def transliterate_cyrillic(text: str) -> str:
    """Romanize Cyrillic letters (simplified BGN/PCGN); other characters pass through.

    >>> transliterate_cyrillic("Центр Ежедневных Новостей")
    'Tsentr Yezhednevnykh Novostey'
    """
    letters, ye_after = _translit_table()

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        caps = len(w) > 1 and w.isupper()
        out = []
        for i, ch in enumerate(w):
            low = ch.lower()
            if low not in letters:
                out.append(ch)
                continue
            latin = letters[low]
            if low in "её" and (i == 0 or w[i - 1].lower() in ye_after):
                latin = "ye" if low == "е" else "yo"
            if caps:
                latin = latin.upper()
            elif ch != low:
                latin = latin[:1].upper() + latin[1:]
            out.append(latin)
        return "".join(out)

    return re.sub(r"\w+", word, text)


def normalise_source(name: str) -> str:
    """The Latin/English form of a publisher named in any script.

    Known publishers come from ``data/sources.yaml``; an unknown Cyrillic name is transliterated;
    a URL gives its host; anything else is returned as written.

    >>> normalise_source("Интерфакс")
    'Interfax'
    """
    value = name.strip()
    if re.match(r"^(?:https?://|www\.)\S+$", value):
        host = urlparse(value if "://" in value else "http://" + value).netloc
        return host.removeprefix("www.") or value
    exact, patterns = _source_table()
    known = exact.get(_source_key(value))
    if known:
        return known
    folded = _fold(value)
    for pattern, english in patterns:
        if pattern.search(value if not pattern.flags & re.IGNORECASE else folded):
            return english
    if any(_script(ch) == "cyrillic" for ch in value):
        return transliterate_cyrillic(value)
    return value


@cache
def _source_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = _data("metadata_cues.yaml")
    lead = r"^[\s*_>•\-–—]*"
    source = _alternation(cues["source_prefixes"])
    publisher = _alternation(cues["publisher_prefixes"])
    return (
        re.compile(rf"{lead}(?:{source})\s*[:：]\s*(?P<val>\S.*?)\s*$", re.IGNORECASE),
        re.compile(rf"{lead}(?:{publisher})(?!\w)\s*[:：]?\s*(?P<val>\S.*?)\s*$", re.IGNORECASE),
    )


_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?[,.]?\s*"
    r"(?:by\s+)?(?P<val>[^\d\W].*?)[.,]?\s*(?:all rights reserved\.?)?$",
    re.IGNORECASE,
)


def _find_source(lines: list[str]) -> str | None:
    source_re, publisher_re = _source_res()
    for line in [*_head(lines), *lines[-_TAIL_LINES:]]:
        if len(line) > 200:
            continue
        m = source_re.match(line) or publisher_re.match(line) or _COPYRIGHT.match(line)
        if m:
            value = m["val"].strip().strip("«»\"“”'").rstrip(".;,").strip()
            if value and len(value) <= 120:
                return value
    return None


# --------------------------------------------------------------------------------------------
# title and section


def _head(lines: list[str]) -> list[str]:
    return lines[:_HEAD_LINES]


def _words(line: str) -> list[str]:
    return re.findall(r"\S+", line)


@cache
def _labels() -> frozenset[str]:
    return frozenset(_fold(label) for label in _data("section_labels.yaml")["labels"])


@cache
def _label_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that make a line a sentence, and words a title-case label keeps lower-case."""
    data = _data("section_labels.yaml")
    return frozenset(data["sentence_words"].split()), frozenset(data["small_words"].split())


def _is_label(line: str) -> bool:
    """A short section/category label: "World News", "Situation and Events", "Analysis"."""
    words = _words(line)
    if not 1 <= len(words) <= 6 or len(line) > 60 or re.search(r"[.!?:;]$|\d", line):
        return False
    if not line[0].isupper() and any(_script(ch) == "latin" for ch in line):
        return False
    sentence_words, small_words = _label_words()
    bare = [w.strip(",;:()\"'“”") for w in words]
    if any(w.lower() in sentence_words for w in bare):
        return False
    if line.isupper():
        return True
    for w in bare:
        if not w or _script(w[0]) != "latin":
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
    if parse_date_line(line) or _find_source([line]):
        return True
    letters = len(re.findall(_LETTERS, line))
    words = _words(line)
    if letters < 3 or (len(words) == 1 and re.search(r"\d", line)):
        return True
    bylines = _data("metadata_cues.yaml")["byline_prefixes"]
    first = _fold(words[0]).rstrip(":")
    return first in {_fold(b) for b in bylines} and len(words) <= 8 and not line.endswith(".")


def _section_above(label: str, headline: str) -> str | None:
    """The section that ``label`` names when it stands right above ``headline``, if any."""
    if not _is_headline(headline):
        return None
    crumb = _breadcrumb(label)
    if crumb:
        return crumb
    known = _fold(label).strip() in _labels()
    longer = len(_words(headline)) >= len(_words(label)) + 2 and len(_words(label)) <= 5
    return label if _is_label(label) and (known or longer) else None


def _title_and_section(lines: list[str]) -> tuple[str | None, str | None]:
    """Return (title, section) read from the layout of the first lines.

    A short label line right above a longer headline is the section and the headline the
    title; up to two stacked labels ("Middle East" / "Analysis") are passed over, the one
    nearest the headline kept.
    """
    head = [line for line in _head(lines) if not _is_furniture(line)]
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

    text_title, section = _title_and_section(lines)
    title = _clean_title(file_metadata.title, file_metadata.sitename)
    if title:
        if section and text_title and fuzz.ratio(_fold(text_title), _fold(title)) < 80:
            section = None
    else:
        title = _clean_title(text_title)

    published = parse_date(file_metadata.date, language) if file_metadata.date else None
    if published is None:
        published = _find_date(lines, language)

    source_original = _find_source(lines) or (file_metadata.sitename or "").strip() or None
    source = normalise_source(source_original) if source_original else None

    return Metadata(
        title=title,
        section=section,
        published=published,
        source=source,
        source_original=source_original,
        language=language,
    )
