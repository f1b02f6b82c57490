"""Publishers: the line of a report that names one, and the English name it goes by.

:func:`source_line` reads a ``Source:``/``Publisher:``/copyright line (cues from
``data/metadata_cues.yaml``); :func:`normalise_source` maps a publisher named in any script to
its Latin/English form, from known publishers (``data/sources.yaml``) or by transliterating
Cyrillic (``data/translit_cyrillic.yaml``). Which lines of a document to try is the business of
:mod:`dossier.metadata`.

>>> normalise_source(source_line("Источник: РИА Новости"))
'RIA Novosti'
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlparse

from dossier.datafiles import literal_alternation, load_yaml
from dossier.language import fold, script_of

__all__ = [
    "is_copyright_line",
    "is_host_name",
    "known_source",
    "normalise_source",
    "source_line",
    "transliterate_cyrillic",
]


_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?[,.]?\s*"
    r"(?:by\s+)?(?P<val>[^\d\W].*?)[.,]?\s*(?:all rights reserved\.?)?$",
    re.IGNORECASE,
)


# where a copyright holder's name ends: "All rights reserved", a bar or bullet of footer links
_COPYRIGHT_YEAR_AFTER = re.compile(r"[,.]?\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$")
_COPYRIGHT_END = re.compile(r"[.,]?\s*(?:\ball rights reserved\b|\s[|•·]\s)", re.IGNORECASE)


@cache
def _corporate_suffix() -> re.Pattern[str]:
    """A company-form ending of a copyright holder ("Media Group", "Ltd"), after a name."""
    suffixes = literal_alternation(load_yaml("metadata_cues.yaml")["corporate_suffixes"])
    return re.compile(rf"(?<=\w)[\s,]+(?:{suffixes})\.?$", re.IGNORECASE)


@cache
def _source_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = load_yaml("metadata_cues.yaml")
    lead = r"^[\s*_>•\-–—]*"
    source = literal_alternation(cues["source_prefixes"])
    publisher = literal_alternation(cues["publisher_prefixes"])
    return (
        re.compile(rf"{lead}(?:{source})\s*[:：]\s*(?P<val>\S.*?)\s*$", re.IGNORECASE),
        re.compile(rf"{lead}(?:{publisher})(?!\w)\s*[:：]?\s*(?P<val>\S.*?)\s*$", re.IGNORECASE),
    )


_HOST = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.IGNORECASE)


def is_host_name(name: str) -> bool:
    """Whether ``name`` is a bare host name ("reliefweb.int", "www.example-news.org"), which
    a reader falls back to when a page declares no site name: it says where the page stands,
    not who published the report."""
    return _HOST.fullmatch(name.strip()) is not None


def is_copyright_line(line: str) -> bool:
    """Whether ``line`` is a copyright line ("© 2025 Levant Daily Media Group.")."""
    return len(line) <= 200 and _COPYRIGHT.match(line.strip()) is not None


def source_line(line: str) -> str | None:
    """The publisher that ``line`` names if it is a source, publisher or copyright line.

    >>> source_line("© 2018 Reuters. All rights reserved.")
    'Reuters'
    """
    if len(line) > 200:
        return None
    source_re, publisher_re = _source_res()
    m = source_re.match(line) or publisher_re.match(line)
    copyright = None if m else _COPYRIGHT.match(line)
    if copyright:
        # the holder ends where the notice or the footer's links begin
        value = _COPYRIGHT_END.split(copyright["val"], maxsplit=1)[0]
        value = value.strip().strip("«»\"“”'").rstrip(".;,").strip()
        # the year may follow the holder ("© Great Lakes Observatory, 2025")
        value = _COPYRIGHT_YEAR_AFTER.sub("", value).strip() or value
        value = _corporate_suffix().sub("", value).rstrip(" ,") or value
        return value if value and len(value) <= 120 else None
    if m:
        value = m["val"].strip().strip("«»\"“”'").rstrip(".;,").strip()
        if value and len(value) <= 120:
            return value
    return None


@cache
def _source_table() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    exact: dict[str, str] = {}
    inside: list[tuple[str, str]] = []
    for entry in load_yaml("sources.yaml")["sources"]:
        for alias in [entry["name"], *entry["aliases"]]:
            exact.setdefault(_source_key(alias), entry["name"])
            inside.append((alias, entry["name"]))
    inside.sort(key=lambda pair: len(pair[0]), reverse=True)
    patterns = []
    for alias, name in inside:
        short = len(alias) <= 3 or alias.isupper()  # acronyms ("UN", "SANA") only in capitals
        flags = 0 if short else re.IGNORECASE
        body = re.escape(alias if short else fold(alias))
        patterns.append((re.compile(rf"(?<![\w-]){body}(?![\w-])", flags), name))
    return exact, patterns


def _source_key(text: str) -> str:
    text = fold(text)
    text = re.sub(r"[«»\"“”„'’()\[\].,:;]", " ", text)
    return " ".join(text.split())


@cache
def _translit_table() -> tuple[dict[str, str], str]:
    data = load_yaml("translit_cyrillic.yaml")
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


@cache
def source_names() -> tuple[str, ...]:
    """Every name and alias of the publishers and agencies of ``data/sources.yaml``, as
    written there (the resolvers normalise them their own way)."""
    names: list[str] = []
    for entry in load_yaml("sources.yaml")["sources"]:
        names.extend(str(form) for form in (entry["name"], *(entry.get("aliases") or ())))
    return tuple(names)


def known_source(name: str) -> str | None:
    """The English name of a publisher of ``data/sources.yaml`` that ``name`` is, whole.

    >>> known_source("INTERNATIONAL CRISIS GROUP"), known_source("Crisis in the Sahel")
    ('International Crisis Group', None)
    """
    return _source_table()[0].get(_source_key(name))


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
    folded = fold(value)
    for pattern, english in patterns:
        if pattern.search(value if not pattern.flags & re.IGNORECASE else folded):
            return english
    if any(script_of(ch) == "cyrillic" for ch in value):
        return transliterate_cyrillic(value)
    return value


def credited_names(*names: str | None) -> tuple[str, ...]:
    """(s16) The separate names in a report's publisher and author fields ("A and B; C",
    split on ";" and on "and" between two complete names, never on a comma):
    actor resolution takes none of them for an actor of the story ("told Pasargad
    Observer" in that outlet's own report)."""
    found: list[str] = []
    for name in names:
        for field in (name or "").split(";"):
            halves = re.split(r"\s+and\s+", field.strip(), maxsplit=1)
            # "John Smith and Jane Doe", never "Research and Analysis Centre" nor "Smith, John"
            parts = halves if len(halves) == 2 and all(map(_complete_name, halves)) else [field]
            for part in parts:
                part = part.strip()
                if part and part not in found:
                    found.append(part)
    return tuple(found)


def _complete_name(text: str) -> bool:
    """Two capitalised words or more with no comma ("Jane Doe", "A. Rahimi")."""
    words = text.split()
    return len(words) >= 2 and "," not in text and all(w[:1].isupper() for w in words)
