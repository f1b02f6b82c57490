"""Settings, declared once.

Each setting is a :class:`Setting` with a name, a default, the environment variable that
overrides it and a help line. Precedence, lowest first: packaged defaults < config file
(``./dossier.toml`` or the file named by ``DOSSIER_CONFIG``) < environment < CLI flag.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    env: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "dossier.db", "DOSSIER_DB", "SQLite file that holds the knowledge base."),
    Setting(
        "max_file_mb", 20.0, "DOSSIER_MAX_FILE_MB", "Files larger than this (in MB) are refused."
    ),
    Setting(
        "workers",
        0,
        "DOSSIER_WORKERS",
        "Processes for ingest; 0 picks one per core for large batches, 1 for small ones.",
    ),
    Setting(
        "cache_dir",
        str(Path.home() / ".cache" / "dossier"),
        "DOSSIER_CACHE_DIR",
        "Where derived data (the geographic index) is built once and kept.",
    ),
)


@dataclass(frozen=True)
class Settings:
    db: str = "dossier.db"
    max_file_mb: float = 20.0
    workers: int = 0
    cache_dir: str = field(default_factory=lambda: str(Path.home() / ".cache" / "dossier"))

    @property
    def max_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    def override(self, **values: Any) -> Settings:
        """A copy with the given values replaced; ``None`` values are ignored (flag not given)."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def _coerce(setting: Setting, raw: Any) -> Any:
    kind = type(setting.default)
    try:
        return kind(raw)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"setting {setting.name}: cannot read {raw!r} as {kind.__name__}") from exc


def load_settings(config_file: Path | None = None) -> Settings:
    """Read defaults, then the config file, then the environment."""
    values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
    path = config_file or Path(os.environ.get("DOSSIER_CONFIG", "dossier.toml"))
    if path.is_file():
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        section = data.get("dossier", data)
        for s in SETTINGS:
            if s.name in section:
                values[s.name] = _coerce(s, section[s.name])
    for s in SETTINGS:
        if s.env in os.environ and os.environ[s.env] != "":
            values[s.name] = _coerce(s, os.environ[s.env])
    return Settings(**values)
