"""Finding a public evaluation data set on disk (``../shared/eval/<name>`` by default)."""

from __future__ import annotations

import os
from pathlib import Path


def find_eval_dir(name: str, marker: str, env: str, path: str | Path | None = None) -> Path:
    """The folder of evaluation set ``name`` that holds ``marker`` (a file or folder).

    Precedence: the ``path`` argument, then the environment variable ``env``, then
    ``../shared/eval/<name>`` relative to the working directory, then relative to the
    repository holding this package. Raises ``FileNotFoundError`` naming the places tried.
    """
    candidates: list[Path] = []
    if path is not None:
        candidates.append(Path(path))
    if os.environ.get(env):
        candidates.append(Path(os.environ[env]))
    candidates.append(Path.cwd().parent / "shared" / "eval" / name)
    candidates.append(Path(__file__).resolve().parents[3].parent / "shared" / "eval" / name)
    for candidate in candidates:
        if (candidate / marker).exists():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"{name} data not found (tried {tried})")
