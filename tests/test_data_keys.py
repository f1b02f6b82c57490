"""Every YAML data file under ``src/dossier/data/`` names each top-level key once: YAML keeps
the last of two equal keys, so a second list added under a name in use silently replaces the
first (a trigger list lost its verbs that way once)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import dossier

DATA = Path(dossier.__file__).parent / "data"
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def test_no_yaml_data_file_repeats_a_top_level_key() -> None:
    repeated: dict[str, list[str]] = {}
    files = sorted(DATA.rglob("*.yaml"))
    assert len(files) > 20
    for path in files:
        seen: set[str] = set()
        for line in path.read_text(encoding="utf-8").splitlines():
            found = _KEY.match(line)
            if found is None:
                continue
            key = found.group(1)
            if key in seen:
                repeated.setdefault(str(path.relative_to(DATA)), []).append(key)
            seen.add(key)
    assert repeated == {}


def _booleans_in_lists(node: object, path: str) -> list[str]:
    if isinstance(node, dict):
        return [
            hit for key, value in node.items() for hit in _booleans_in_lists(value, f"{path}/{key}")
        ]
    if isinstance(node, list):
        hits = [f"{path}[{i}]" for i, item in enumerate(node) if isinstance(item, bool)]
        return hits + [
            hit for i, item in enumerate(node) for hit in _booleans_in_lists(item, f"{path}[{i}]")
        ]
    return []


def test_no_word_list_holds_a_boolean() -> None:
    # YAML 1.1 reads bare on/off/yes/no as booleans: a list of words with "on" in it held
    # True, and the rules reading it never saw "on" (outlets "posted on Telegram" were lost)
    found = {}
    for path in sorted(DATA.rglob("*.yaml")):
        hits = _booleans_in_lists(yaml.safe_load(path.read_text(encoding="utf-8")), "")
        if hits:
            found[str(path.relative_to(DATA))] = hits
    assert found == {}
