"""The packaged data files under ``dossier/data/``: one cached YAML loader and the regex
alternation that word lists become, shared by every stage that reads lexicons.

Example::

    weekdays = literal_alternation(load_yaml("date_names.yaml")["weekdays"]["en"])
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["literal_alternation", "load_yaml"]


@lru_cache(maxsize=64)
def load_yaml(name: str) -> Any:
    """Load ``dossier/data/<name>`` (a path relative to the data folder; cached)."""
    text = resources.files("dossier").joinpath(f"data/{name}").read_text("utf-8")
    # libyaml's parser when PyYAML has it: the same safe loading, several times faster (the
    # lexicons are read once per worker process at start)
    return yaml.load(text, Loader=_SAFE_LOADER)


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def literal_alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words as written, longest first (then in alphabetical order,
    the same in every process), without duplicates."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
