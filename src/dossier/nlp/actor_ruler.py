"""``dossier_actor_ruler``: an entity ruler built from the actor gazetteer.

Patterns are token patterns: acronyms match exactly (``ORTH``), other names case-insensitively
(``LOWER``), and a hyphen between two words is optional, so "Islamic State Khorasan Province"
also matches "Islamic State-Khorasan Province" and "Hezb-e Islami" matches "Hezb e Islami".
Each match carries the gazetteer id in ``ent.ent_id_``.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from dossier.resolve.actor_gazetteer import is_acronym, load_actor_gazetteer

_HYPHENS = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"]


def _token_pattern(nlp: Language, alias: str) -> list[dict[str, Any]]:
    words = [t.text for t in nlp.make_doc(alias) if t.text not in _HYPHENS]
    key = "ORTH" if is_acronym(alias) else "LOWER"
    pattern: list[dict[str, Any]] = []
    for i, word in enumerate(words):
        if i:
            pattern.append({"ORTH": {"IN": _HYPHENS}, "OP": "?"})
        pattern.append({key: word if key == "ORTH" else word.lower()})
    return pattern


def actor_patterns(nlp: Language) -> list[dict[str, Any]]:
    """One pattern per surface form of every gazetteer actor."""
    gazetteer = load_actor_gazetteer()
    patterns: list[dict[str, Any]] = []
    for entry in gazetteer.entries.values():
        label = "PERSON" if entry.type == "person" else "ORG"
        seen: set[str] = set()
        for form in (entry.name, *entry.aliases):
            if not form.strip() or form in seen:
                continue
            seen.add(form)
            pattern = _token_pattern(nlp, form)
            if pattern:
                patterns.append({"label": label, "pattern": pattern, "id": entry.id})
    return patterns


def add_actor_ruler(nlp: Language, before: str = "ner") -> None:
    """Add the gazetteer entity ruler to ``nlp``."""
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="dossier_actor_ruler",
        before=before,
        config={"overwrite_ents": True, "validate": False},
    )
    ruler.add_patterns(actor_patterns(nlp))  # type: ignore[attr-defined]
