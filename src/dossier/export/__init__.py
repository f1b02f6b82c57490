"""Exporters: one module per format, each with ``write(store, fh)``."""

from __future__ import annotations

from typing import IO

from dossier.export import json_v1
from dossier.store import SQLiteStore

FORMATS = {"json": json_v1.write}


def export(store: SQLiteStore, fmt: str, fh: IO[str]) -> None:
    """Write the whole knowledge base in ``fmt`` to ``fh``."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}") from None
    writer(store, fh)
