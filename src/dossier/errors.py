"""The exceptions Dossier raises, in one small tree.

::

    DossierError                    base of everything Dossier raises on purpose
    ├── InputError                  a file cannot become a document; ``str()`` is "<path>: <reason>"
    │   ├── MissingFileError        kind "missing": no such file
    │   ├── UnreadableFileError     kind "unreadable": permission denied, a directory, an I/O error
    │   ├── UnsupportedTypeError    kind "unsupported": a suffix no reader handles
    │   ├── BinaryFileError         kind "binary": NUL bytes in a text file, or bytes that do not
    │   │                           match the suffix (a PNG named ``.txt``)
    │   ├── EmptyDocumentError      kind "empty": no text after extraction
    │   ├── FileTooLargeError       kind "too_large": more bytes than the ``max_bytes`` limit
    │   ├── BrokenPdfError          kind "broken_pdf": pypdf cannot parse it, or it is encrypted
    │   └── InvalidEncodingError    kind "invalid_utf8": a text file that is not valid UTF-8
    ├── StoreError                  the knowledge-base store failed (open, migrate, write, read)
    └── OntologyError               a packaged ontology file is malformed or refers to nothing

Every ``InputError`` keeps ``path`` (a string) and ``reason`` (one line) so a CLI can print
one clear line per bad file::

    >>> str(MissingFileError("reports/a.txt", "no such file"))
    'reports/a.txt: no such file'
"""

from __future__ import annotations

from os import PathLike

__all__ = [
    "BinaryFileError",
    "BrokenPdfError",
    "DossierError",
    "EmptyDocumentError",
    "FileTooLargeError",
    "InputError",
    "InvalidEncodingError",
    "MissingFileError",
    "OntologyError",
    "StoreError",
    "UnreadableFileError",
    "UnsupportedTypeError",
]


class DossierError(Exception):
    """Base class of every error Dossier raises on purpose."""


class InputError(DossierError):
    """An input file that cannot become a document.

    :param path: the file, as the user named it.
    :param reason: what is wrong with it, one line, no trailing period.
    """

    kind: str = "input"

    def __init__(self, path: str | PathLike[str], reason: str) -> None:
        self.path = str(path)
        # one line, whatever the caller passed
        self.reason = " ".join(str(reason).split())
        super().__init__(self.path, self.reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class MissingFileError(InputError):
    """The path does not exist."""

    kind = "missing"


class UnreadableFileError(InputError):
    """The path exists but cannot be read (permission, a directory, an I/O error)."""

    kind = "unreadable"


class UnsupportedTypeError(InputError):
    """No reader handles the file's suffix."""

    kind = "unsupported"


class BinaryFileError(InputError):
    """A text-type file holds binary bytes, or bytes that do not match its suffix."""

    kind = "binary"


class EmptyDocumentError(InputError):
    """The file gave no text after extraction."""

    kind = "empty"


class FileTooLargeError(InputError):
    """The file is larger than the configured limit."""

    kind = "too_large"


class BrokenPdfError(InputError):
    """pypdf could not parse the PDF, or it needs a password."""

    kind = "broken_pdf"


class InvalidEncodingError(InputError):
    """A text file that is not valid UTF-8."""

    kind = "invalid_utf8"


class StoreError(DossierError):
    """The knowledge-base store failed."""


class OntologyError(DossierError, ValueError):
    """An ontology data file is malformed or refers to something that does not exist."""
