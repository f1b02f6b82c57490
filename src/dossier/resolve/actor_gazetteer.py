"""The shipped actor gazetteer (``data/actors.yaml``) and name normalisation.

Aliases are matched after :func:`normalise_name`; acronyms (written all in capitals) are also
kept case-sensitively so that "IS" in a sentence never matches a lower-case word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from dossier.records import ActorEntry

_DASHES = re.compile(r"[\u2010-\u2015\u2212\-_/]+")
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb`´]")
_SPACES = re.compile(r"\s+")
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9\-]*[A-Z0-9]$|^[A-Z]$")


@lru_cache(maxsize=8192)  # (s25) a pure function of one string, called ~90 times a report
def normalise_name(name: str) -> str:
    """Fold case, diacritics, dashes and apostrophes; drop a leading article.

    >>> normalise_name("the Islamic State–Khorasan Province")
    'islamic state khorasan province'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("'", text)
    text = _DASHES.sub(" ", text)
    text = re.sub(r"[.,;:()\[\]\"]", " ", text)
    text = _SPACES.sub(" ", text).strip().lower()
    text = re.sub(r"^(the|al the) ", "", text)
    return text


def is_acronym(alias: str) -> bool:
    """An alias written entirely in capitals, digits and hyphens ("ISKP", "IS-K", "TTP")."""
    return bool(_ACRONYM.match(alias)) and any(c.isalpha() for c in alias)


@dataclass(frozen=True)
class ActorGazetteer:
    entries: dict[str, ActorEntry]
    by_alias: dict[str, str]  # normalised alias -> actor id
    acronyms: dict[str, str]  # exact acronym -> actor id

    def lookup(self, surface: str) -> ActorEntry | None:
        """The entry a surface form names, or None."""
        # an acronym matches only as written: "Isis" or "let" as a word is not ISIS or LeT
        if surface in self.acronyms:
            return self.entries[self.acronyms[surface]]
        if is_acronym(surface):
            return None
        key = self.by_alias.get(normalise_name(surface))
        return self.entries[key] if key else None

    def surface_forms(self, entry: ActorEntry) -> tuple[str, ...]:
        return (entry.name, *entry.aliases)


@lru_cache(maxsize=1)
def load_actor_gazetteer() -> ActorGazetteer:
    """Load and index ``data/actors.yaml`` (cached)."""
    text = resources.files("dossier").joinpath("data/actors.yaml").read_text(encoding="utf-8")
    # the C loader when PyYAML has it: this file is read at every worker start
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader) or {}
    entries: dict[str, ActorEntry] = {}
    for row in data.get("actors", []):
        entry = ActorEntry(
            id=str(row["id"]),
            name=str(row["name"]),
            type=str(row.get("type", "organization")),
            aliases=tuple(str(a) for a in row.get("aliases") or ()),
            parent=row.get("parent"),
            wikidata=row.get("wikidata"),
            country=row.get("country"),
            member_of=row.get("member_of"),
        )
        entries[entry.id] = entry
    by_alias: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for entry in entries.values():
        for form in (entry.name, *entry.aliases):
            if is_acronym(form):
                acronyms.setdefault(form, entry.id)
            else:
                by_alias.setdefault(normalise_name(form), entry.id)
    return ActorGazetteer(entries=entries, by_alias=by_alias, acronyms=acronyms)
