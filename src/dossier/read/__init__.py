"""Readers: a file on disk becomes a ``RawDocument`` (plain text plus file metadata).

One module per format, chosen by suffix:

- ``.txt``, ``.text`` -> :func:`dossier.read.text.read_text`
- ``.md``, ``.markdown`` -> :func:`dossier.read.text.read_markdown`
- ``.html``, ``.htm``, ``.xhtml`` -> :func:`dossier.read.html.read_html`
- ``.pdf`` -> :func:`dossier.read.pdf.read_pdf`

Every way a file can be unusable raises an :class:`~dossier.errors.InputError` subclass whose
message is one line, ``"<path>: <reason>"``.

>>> from pathlib import Path
>>> read_file(Path("no/such/report.txt"), max_bytes=1_000_000)
Traceback (most recent call last):
...
dossier.errors.MissingFileError: no/such/report.txt: no such file
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.errors import (
    BinaryFileError,
    EmptyDocumentError,
    FileTooLargeError,
    MissingFileError,
    UnreadableFileError,
    UnsupportedTypeError,
)
from dossier.read.html import read_html
from dossier.read.pdf import read_pdf
from dossier.read.text import read_markdown, read_text
from dossier.records import RawDocument

__all__ = ["SUFFIXES", "read_file"]

Reader = Callable[[Path, bytes], RawDocument]

_READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".pdf": read_pdf,
}

#: the suffixes ``read_file`` accepts (lower-case)
SUFFIXES: tuple[str, ...] = tuple(sorted(_READERS))

# leading bytes of formats that are never text: (signature, what it is)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.epub file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)


def _what_it_is(data: bytes) -> str | None:
    head = data[:16]
    for signature, name in _MAGIC:
        if head.startswith(signature):
            return name
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "a WebP image"
    return None


def read_file(path: Path, max_bytes: int) -> RawDocument:
    """Read one input file into a ``RawDocument``.

    :param path: the file; its suffix picks the reader (see ``SUFFIXES``).
    :param max_bytes: files larger than this are refused with ``FileTooLargeError``.
    :raises InputError: missing, unreadable, unsupported type, binary, too large, broken PDF,
        invalid UTF-8, or no text after extraction; ``str(err)`` is ``"<path>: <reason>"``.
    """
    path = Path(path)
    try:
        stat = path.stat()
    except FileNotFoundError as err:
        raise MissingFileError(path, "no such file") from err
    except PermissionError as err:
        raise UnreadableFileError(path, "permission denied") from err
    except OSError as err:
        raise UnreadableFileError(path, err.strerror or type(err).__name__) from err
    if path.is_dir():
        raise UnreadableFileError(path, "is a directory, not a file")
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        kind = f"'{suffix}'" if suffix else "(no suffix)"
        raise UnsupportedTypeError(
            path, f"unsupported file type {kind}; expected one of {', '.join(SUFFIXES)}"
        )
    if stat.st_size > max_bytes:
        raise FileTooLargeError(
            path, f"file too large: {stat.st_size} bytes (limit {max_bytes} bytes)"
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError as err:
        raise UnreadableFileError(path, "permission denied") from err
    except OSError as err:
        raise UnreadableFileError(path, err.strerror or type(err).__name__) from err
    if len(data) > max_bytes:  # it grew since stat()
        raise FileTooLargeError(path, f"file too large: over {max_bytes} bytes")
    if not data.strip():
        raise EmptyDocumentError(path, "empty file")
    found = _what_it_is(data)
    if found and not (suffix == ".pdf" and found == "a PDF file"):
        raise BinaryFileError(path, f"looks like {found}, not a {suffix} file")
    document = reader(path, data)
    if not document.text.strip():
        hint = " (a scanned PDF without a text layer?)" if suffix == ".pdf" else ""
        raise EmptyDocumentError(path, f"no text found after extraction{hint}")
    return document
