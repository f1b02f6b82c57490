"""Lexicons of the fact extractors: the YAML files under ``dossier/data/extract/`` and the
regular-expression alternation their phrase lists become.

Example::

    rates = alternation(load_data("quantity_cues.yaml")["rates"])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from dossier.datafiles import load_yaml

__all__ = ["alternation", "load_data"]


def load_data(name: str) -> Any:
    """Load one YAML lexicon of ``dossier/data/extract/`` (cached)."""
    return load_yaml(f"extract/{name}")


def alternation(items: Sequence[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    return "|".join(
        r"\s+".join(re.escape(w) for w in i.split()) for i in sorted(items, key=len, reverse=True)
    )
