"""Storage behind one interface: :func:`open_store`."""

from __future__ import annotations

from pathlib import Path

from dossier.store.sqlite import SQLiteStore, document_uid


def open_store(url: str | Path) -> SQLiteStore:
    """Open (and migrate) the store at ``url``: a path, ``sqlite:///path`` or ``:memory:``."""
    text = str(url)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    return SQLiteStore(text)


__all__ = ["SQLiteStore", "document_uid", "open_store"]
