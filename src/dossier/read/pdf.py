"""PDF files: the text layer of each page by pypdf, pages joined by a blank line.

Title and creation date come from the PDF document information dictionary, where they look
meaningful (word processors often leave "Microsoft Word - draft.docx" as the title).
"""

from __future__ import annotations

import re
import struct
import warnings
import zlib
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from dossier.errors import BrokenPdfError
from dossier.read.text import content_hash
from dossier.records import HtmlMetadata, RawDocument

__all__ = ["read_pdf"]

# what pypdf raises on damaged files besides its own errors
_PARSE_ERRORS = (
    PyPdfError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    AssertionError,
    RecursionError,
    OSError,
    struct.error,
    zlib.error,
)
_JUNK_TITLE = re.compile(
    r"^(?:untitled\b|microsoft \w+ - |document\d*$)|\.(?:docx?|pdf|odt|rtf|indd|tex)$",
    re.IGNORECASE,
)


def _pdf_date(raw: Any) -> str | None:
    """``D:20180318...`` -> ``2018-03-18`` (or ``2018-03`` / ``2018`` when that is all)."""
    m = re.match(r"^(?:D:)?((?:19|20)\d\d)(0[1-9]|1[0-2])?(0[1-9]|[12]\d|3[01])?", str(raw or ""))
    if not m:
        return None
    return "-".join(part for part in m.groups() if part)


def _title(raw: Any) -> str | None:
    title = " ".join(str(raw or "").split())
    if len(title) < 3 or _JUNK_TITLE.search(title):
        return None
    return title


# account names that PDF writers put in /Author: no one wrote the report under them
_JUNK_AUTHOR = re.compile(
    r"^(?:admin(?:istrator)?|user|owner|unknown|author|\w*pc)$", re.IGNORECASE
)


def _author(raw: Any) -> str | None:
    author = " ".join(str(raw or "").split())
    if len(author) < 3 or _JUNK_AUTHOR.match(author) or author.islower():
        return None
    return author


def read_pdf(path: Path, data: bytes) -> RawDocument:
    """A ``.pdf`` file as a RawDocument, or ``BrokenPdfError`` when pypdf cannot read it."""
    if b"%PDF-" not in data[:1024]:
        raise BrokenPdfError(path, "not a PDF file (no %PDF- header)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise BrokenPdfError(path, "encrypted PDF: a password is needed")
            pages = [page.extract_text() or "" for page in reader.pages]
            info: Mapping[str, Any] = reader.metadata or {}
            title, created = info.get("/Title"), info.get("/CreationDate")
            author = info.get("/Author")
        except BrokenPdfError:
            raise
        except _PARSE_ERRORS as err:
            detail = " ".join(str(err).split()) or type(err).__name__
            raise BrokenPdfError(path, f"broken PDF: {detail}") from err
    text = "\n\n".join(page.strip("\n") for page in pages if page.strip())
    return RawDocument(
        path=str(path),
        format="pdf",
        text=text,
        content_hash=content_hash(data),
        file_metadata=HtmlMetadata(
            title=_title(title), date=_pdf_date(created), author=_author(author)
        ),
    )
