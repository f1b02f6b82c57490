"""Every YAML data file under ``src/dossier/data/`` names each top-level key once: YAML keeps
the last of two equal keys, so a second list added under a name in use silently replaces the
first (a trigger list lost its verbs that way once)."""

from __future__ import annotations

import re
from pathlib import Path

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
