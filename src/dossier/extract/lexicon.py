"""Lexicons of the fact extractors: the YAML files under ``dossier/data/extract/`` and the
regular-expression alternation their phrase lists become.

Example::

    rates = alternation(load_data("quantity_cues.yaml")["rates"])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["alternation", "load_data"]


@lru_cache(maxsize=8)
def load_data(name: str) -> Any:
    """Load one YAML lexicon of ``dossier/data/extract/`` (cached)."""
    text = resources.files("dossier").joinpath(f"data/extract/{name}").read_text("utf-8")
    return yaml.safe_load(text)


def alternation(items: Sequence[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    return "|".join(
        r"\s+".join(re.escape(w) for w in i.split()) for i in sorted(items, key=len, reverse=True)
    )
