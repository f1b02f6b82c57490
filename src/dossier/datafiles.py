"""The packaged data files under ``dossier/data/``: one cached YAML loader and the regex
alternation that word lists become, shared by every stage that reads lexicons.

Example::

    weekdays = literal_alternation(load_yaml("date_names.yaml")["weekdays"]["en"])
"""

from __future__ import annotations

import hashlib
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
    from dossier.nlp.build_cache import cached

    # (s25) kept parsed in the build cache: unpickling is ~15 times faster than parsing, and
    # each worker process reads its lexicons at its first document (~0.1 s CPU a process)
    return cached(_cache_name(name), lambda: _parse_yaml(name))


def _parse_yaml(name: str) -> Any:
    text = resources.files("dossier").joinpath(f"data/{name}").read_text("utf-8")
    # libyaml's parser when PyYAML has it: the same safe loading, several times faster
    return yaml.load(text, Loader=_SAFE_LOADER)


def _cache_name(name: str) -> str:
    """The build-cache name of a data file: its path flattened into a file name, with a hash
    of the path so that two paths never share one (no "-": the cache's clean-up of old
    versions globs ``<name>-*``, which must match no other file's name)."""
    digest = hashlib.sha1(name.encode()).hexdigest()[:10]
    return f"yaml.{re.sub(r'[^A-Za-z0-9_.]', '_', name)}.{digest}"


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def literal_alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words as written, longest first (then in alphabetical order,
    the same in every process), without duplicates."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
