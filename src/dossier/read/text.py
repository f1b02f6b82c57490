"""Plain-text and Markdown files: strict UTF-8, no markup removed here.

Markdown keeps its syntax in ``RawDocument.text`` so that offsets stay honest; ``clean_text``
strips it with an offset map. A YAML front-matter block gives the title and date; without a
title there, the document's first-level heading ("# Title", or "Title" over "===") near the top
is its title.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from dossier.datafiles import load_yaml
from dossier.errors import BinaryFileError, InvalidEncodingError
from dossier.front_matter import front_matter_mapping, front_matter_match
from dossier.records import HtmlMetadata, RawDocument

__all__ = ["content_hash", "decode_text", "read_markdown", "read_text"]

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def content_hash(data: bytes) -> str:
    """The sha256 hex digest of a file's bytes."""
    return hashlib.sha256(data).hexdigest()


def decode_text(path: Path, data: bytes, *, encoding: str = "utf-8") -> str:
    """Decode a text file's bytes strictly, or raise an ``InputError`` that names the byte.

    UTF-8 (with or without a BOM) and BOM-marked UTF-16 are read; NUL bytes anywhere else mean
    the file is binary. ``encoding`` lets an HTML file's declared charset win.

    >>> decode_text(Path("a.txt"), "caf\\u00e9".encode())
    'café'
    """
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8"
    elif data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise InvalidEncodingError(path, f"invalid UTF-16 at byte {err.start}") from err
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryFileError(path, f"binary file (NUL byte at offset {nul}), not text")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        name = "UTF-8" if codecs.lookup(encoding).name == "utf-8" else encoding
        raise InvalidEncodingError(
            path, f"invalid {name} at byte {err.start}; save the file as UTF-8"
        ) from err


def read_text(path: Path, data: bytes) -> RawDocument:
    """A ``.txt`` file as a RawDocument."""
    return RawDocument(
        path=str(path), format="text", text=decode_text(path, data), content_hash=content_hash(data)
    )


def _front_matter(text: str) -> HtmlMetadata:
    m = front_matter_match(text)
    fields = front_matter_mapping(m.group(1)) if m else None
    if fields is None:
        return HtmlMetadata()

    def field(*names: str) -> str | None:
        for name in names:
            value = fields.get(name)
            if value not in (None, ""):
                return str(value).strip()
        return None

    return HtmlMetadata(
        title=field("title"),
        date=field("date", "published", "publication_date"),
        sitename=field("source", "publisher", "site", "sitename"),
        language=field("lang", "language"),
        author=_authors(fields.get("author") or fields.get("authors") or fields.get("byline")),
    )


def _authors(value: object) -> str | None:
    """A front-matter author as one string: a list of names joined by "; "."""
    if isinstance(value, list):
        names = [str(v).strip() for v in value if str(v).strip()]
        return "; ".join(names) or None
    if value in (None, ""):
        return None
    return str(value).strip() or None


# how many non-blank lines from the top (after any front matter) may stand above the title
_TITLE_LINES = 6
_ATX_H1 = re.compile(r"^[ \t]{0,3}#[ \t]+(?P<title>.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_H1 = re.compile(r"^[ \t]{0,3}=+[ \t]*$")
_INLINE = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)|(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\2")


@cache
def _section_labels() -> frozenset[str]:
    return frozenset(str(label).lower() for label in load_yaml("section_labels.yaml")["labels"])


def _heading_title(text: str) -> str | None:
    """The first-level heading near the top of a Markdown text, its inline syntax removed;
    None when another heading, or more than a few lines, come first."""
    m = front_matter_match(text)
    lines = [line for line in text[m.end() if m else 0 :].splitlines()]
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        h1 = _ATX_H1.match(line)
        if h1 is None and i + 1 < len(lines) and _SETEXT_H1.match(lines[i + 1]):
            h1 = re.match(r"^[ \t]*(?P<title>.*?)[ \t]*$", line)
        if h1 is not None:
            title = _INLINE.sub(lambda x: x.group(1) or x.group(3) or "", h1["title"]).strip()
            # a section label ("# Analysis") over the headline is no title
            return title if title and title.lower() not in _section_labels() else None
        seen += 1
        if seen >= _TITLE_LINES or line.lstrip().startswith("#"):
            return None
    return None


def read_markdown(path: Path, data: bytes) -> RawDocument:
    """A ``.md`` file as a RawDocument; its front matter, if any, becomes file metadata, and
    its first-level heading the title when the front matter gives none."""
    text = decode_text(path, data)
    meta = _front_matter(text)
    if meta.title is None:
        meta = replace(meta, title=_heading_title(text))
    return RawDocument(
        path=str(path),
        format="markdown",
        text=text,
        content_hash=content_hash(data),
        file_metadata=meta,
    )
