"""(s24) Where a Markdown text's YAML front matter is: read by the Markdown reader (title,
date) and by the metadata stage (dates under other keys, periods)."""

from __future__ import annotations

import re
from typing import Any

import yaml

__all__ = ["front_matter_mapping", "front_matter_match"]

# a ``---`` block: matched at the start of the text, or (s24) searched below a forwarded
# e-mail's header lines or a handling label
_FRONT_MATTER = re.compile(
    r"^---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M
)
# how many non-blank lines may stand above a front matter that does not open the file
_FRONT_MATTER_MAX_ABOVE = 12
# a block of key: value lines there is a front matter only when it has one of these keys
_FRONT_MATTER_KEYS = frozenset(["title", "date", "published", "publication_date"])


def front_matter_mapping(block: str) -> dict[Any, Any] | None:
    """A YAML block read as a mapping, or None when it is none (or no YAML)."""
    try:
        fields = yaml.safe_load(block)
    except yaml.YAMLError:
        return None
    return fields if isinstance(fields, dict) else None


def front_matter_match(text: str) -> re.Match[str] | None:
    """The YAML front matter of a Markdown text: a ``---`` block that opens it, or (s24) one
    below a few lines (a forwarded e-mail's "From:"/"Subject:" lines, "TLP: AMBER") that
    holds a title or a date, which a horizontal rule over a paragraph does not."""
    m = _FRONT_MATTER.match(text)
    if m:
        return m
    for m in _FRONT_MATTER.finditer(text):
        if sum(1 for line in text[: m.start()].splitlines() if line.strip()) > (
            _FRONT_MATTER_MAX_ABOVE
        ):
            return None
        fields = front_matter_mapping(m.group(1))
        if fields and {str(k).lower() for k in fields} & _FRONT_MATTER_KEYS:
            return m
    return None
