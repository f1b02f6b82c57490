"""Dossier: a local-first workbench that turns conflict reports into a sourced knowledge base.

>>> from dossier import Settings, ingest, open_store
>>> store = open_store("dossier.db")
>>> report = ingest(["reports/"], store, Settings())

The public names are imported lazily so that ``import dossier.records`` (or any one stage)
does not load the whole pipeline and its model.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "DossierError": "dossier.errors",
    "IngestReport": "dossier.pipeline",
    "InputError": "dossier.errors",
    "Settings": "dossier.settings",
    "StoreError": "dossier.errors",
    "export": "dossier.export",
    "ingest": "dossier.pipeline",
    "load_settings": "dossier.settings",
    "open_store": "dossier.store",
    "process_file": "dossier.pipeline",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'dossier' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
