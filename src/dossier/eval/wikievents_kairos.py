"""The KAIROS mapping: Dossier event types, modes, trigger lemmas and roles → the KAIROS
types and roles of WikiEvents (``data/eval/kairos_map.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from dossier.datafiles import load_yaml

__all__ = ["KairosMap", "load_kairos_map"]


@dataclass(frozen=True)
class KairosMap:
    """Dossier event types, modes, trigger lemmas and roles → KAIROS (``kairos_map.yaml``)."""

    triggers: tuple[tuple[str, frozenset[str], str], ...]
    types: dict[tuple[str, str | None], str | None]
    derived: tuple[tuple[str, str, str], ...]
    roles: dict[str, dict[str, str]]

    def event_types(
        self,
        type_id: str,
        mode: str | None = None,
        trigger_lemma: str | None = None,
        has_fatalities: bool = False,
        has_injured: bool = False,
    ) -> list[str]:
        """The KAIROS types one Dossier event stands for: its own type, then derived ones."""
        primary: str | None = None
        for t, lemmas, kairos in self.triggers:
            if t == type_id and trigger_lemma is not None and trigger_lemma.lower() in lemmas:
                primary = kairos
                break
        else:
            if (type_id, mode) in self.types:
                primary = self.types[(type_id, mode)]
            else:
                primary = self.types.get((type_id, None))
        found = [primary] if primary else []
        flags = {"fatalities": has_fatalities, "injured": has_injured}
        for t, when, kairos in self.derived:
            if t == type_id and flags.get(when) and kairos not in found:
                found.append(kairos)
        return found

    @property
    def kairos_types(self) -> frozenset[str]:
        """Every KAIROS type the map can predict."""
        found = {k for k in self.types.values() if k}
        found |= {k for _t, _l, k in self.triggers} | {k for _t, _w, k in self.derived}
        return frozenset(found)

    def role(self, kairos_type: str, dossier_role: str) -> str | None:
        """The KAIROS role of a Dossier role in an event of ``kairos_type`` (None: none)."""
        return self.roles.get(kairos_type, {}).get(dossier_role)


@lru_cache(maxsize=1)
def load_kairos_map() -> KairosMap:
    """Read the packaged ``data/eval/kairos_map.yaml``."""
    raw = load_yaml("eval/kairos_map.yaml")
    return KairosMap(
        triggers=tuple(
            (r["type"], frozenset(str(x).lower() for x in r["lemmas"]), r["kairos"])
            for r in raw.get("triggers", [])
        ),
        types={(r["type"], r.get("mode")): r.get("kairos") for r in raw.get("types", [])},
        derived=tuple((r["type"], r["when"], r["kairos"]) for r in raw.get("derived", [])),
        roles={k: dict(v) for k, v in (raw.get("roles") or {}).items()},
    )
