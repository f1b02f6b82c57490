"""The event extractor's rules: ontology triggers narrowed and extended by ``event_rules.yaml``.

``load_event_rules()`` reads ``data/extract/event_rules.yaml`` and the ontology once and
builds the lookup tables :mod:`dossier.extract.events` uses: trigger lemmas by part of speech,
verb + object cues, multi-word phrases, and the modality, effect and weapon word lists.

Example::

    rules = load_event_rules()
    rules.verb_triggers["bomb"]      # ('ASSAULT', 'explosives')
    rules.weapon_mode("car bomb")    # 'explosives'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from dossier.datafiles import load_yaml
from dossier.ontology import Ontology, load_ontology

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["EventRules", "TypeMode", "load_event_rules"]

TypeMode = tuple[str, str | None]
"""An event type id and an optional mode id."""


@dataclass(frozen=True)
class EventRules:
    """Lookup tables for trigger finding, modality, roles and effects (read-only)."""

    ontology: Ontology
    types: frozenset[str]
    verb_triggers: dict[str, TypeMode]
    noun_triggers: dict[str, TypeMode]
    verb_objects: dict[str, dict[str, TypeMode]]
    verb_preps: dict[str, dict[str, TypeMode]]
    phrases: dict[tuple[str, ...], TypeMode]
    mode_phrases: dict[tuple[str, ...], str]
    mode_words: dict[str, str]
    weapons: dict[str, str]
    raw: dict[str, Any]
    # the word lists as sets, built on first use (``words`` is called for every token)
    _word_sets: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @cached_property
    def phrases_by_first_word(self) -> dict[str, list[tuple[tuple[str, ...], TypeMode]]]:
        """The multi-word phrases indexed by their first lemma, for a one-pass scan."""
        index: dict[str, list[tuple[tuple[str, ...], TypeMode]]] = {}
        for words, type_mode in self.phrases.items():
            index.setdefault(words[0], []).append((words, type_mode))
        return index

    def words(self, name: str) -> frozenset[str]:
        """A word list of the rules file as a set (empty when absent)."""
        found = self._word_sets.get(name)
        if found is None:
            found = self._word_sets[name] = frozenset(self.raw.get(name) or ())
        return found

    def names_no_one(self, tok: Token) -> bool:
        """``tok`` heads a phrase that names nobody ("no one", "nobody", "none of the
        passengers", "no group", "neither the driver nor ..."): by ``negative_subject_words`` and the determiners of
        ``negative_subject_determiners``. Such a phrase is no toll, no patient and no doer."""
        return tok.lower_ in self.words("negative_subject_words") or any(
            c.dep_ in {"det", "preconj"} and c.lower_ in self.words("negative_subject_determiners")
            for c in tok.children
        )

    def weapon_mode(self, text: str) -> str | None:
        """The ASSAULT mode a weapon phrase implies, or None when it names no weapon."""
        return self.weapons.get(" ".join(text.lower().split()))


def pick(
    keys: tuple[TypeMode, ...],
    priority: list[str],
    types: frozenset[str],
    type_modes: dict[str, list[str]] | None = None,
) -> TypeMode | None:
    """The preferred (type, mode) of a cue: by type priority, a mode before no mode.

    ``type_modes``: types emitted only through the cues of the modes listed."""
    only = type_modes or {}
    usable = [k for k in keys if k[0] in types and (k[0] not in only or k[1] in only[k[0]])]
    if not usable:
        return None
    order = {t: i for i, t in enumerate(priority)}
    best_type = min(usable, key=lambda k: order.get(k[0], len(order)))[0]
    modes = [k for k in usable if k[0] == best_type and k[1]]
    return modes[0] if modes else (best_type, None)


@lru_cache(maxsize=1)
def load_event_rules() -> EventRules:
    """Load ``data/extract/event_rules.yaml`` merged with the ontology's triggers (cached)."""
    raw: dict[str, Any] = load_yaml("extract/event_rules.yaml")
    onto = load_ontology()
    types = frozenset(raw["types"])
    priority = list(raw["type_priority"])
    ignore = frozenset(raw["ignore_triggers"])
    mode_only = {tuple(p.split()) for p in raw["mode_only_phrases"]}

    verbs: dict[str, TypeMode] = {}
    nouns: dict[str, TypeMode] = {}
    phrases: dict[tuple[str, ...], TypeMode] = {}
    mode_phrases: dict[tuple[str, ...], str] = {}
    for cue, keys in onto.trigger_index().items():
        picked = pick(keys, priority, types, dict(raw.get("type_modes") or {}))
        if picked is None:
            continue
        if " " in cue:
            words = tuple(w for w in cue.split() if w not in {"a", "an", "the"})
            if words in {tuple(w for w in p if w not in {"a", "an", "the"}) for p in mode_only}:
                if picked[0] == "ASSAULT" and picked[1]:
                    mode_phrases[words] = picked[1]
                continue
            phrases[words] = picked
        elif cue not in ignore:
            verbs.setdefault(cue, picked)
            nouns.setdefault(cue, picked)
    for type_id, extra in raw["extra_triggers"].items():
        for lemma, mode in (extra.get("verbs") or {}).items():
            verbs[lemma] = (type_id, mode)
        for lemma, mode in (extra.get("nouns") or {}).items():
            nouns[lemma] = (type_id, mode)

    verb_objects: dict[str, dict[str, TypeMode]] = {}
    for type_id in priority:
        if type_id not in onto.event_types:
            continue
        for verb, objects in onto.event_type(type_id).triggers.verb_objects:
            for obj in objects:
                verb_objects.setdefault(verb, {}).setdefault(obj, (type_id, None))

    verb_preps: dict[str, dict[str, TypeMode]] = {}
    for key, table in (("object_triggers", verb_objects), ("prep_triggers", verb_preps)):
        for type_id, cues in (raw.get(key) or {}).items():
            for verb, objects in cues.items():
                for obj, mode in objects.items():
                    table.setdefault(verb, {})[obj] = (type_id, mode)

    return EventRules(
        ontology=onto,
        types=types,
        verb_triggers=verbs,
        noun_triggers=nouns,
        verb_objects=verb_objects,
        verb_preps=verb_preps,
        phrases=phrases,
        mode_phrases=mode_phrases,
        mode_words=dict(raw["mode_words"]),
        weapons={" ".join(k.split()): v for k, v in raw["weapons"].items()},
        raw=raw,
    )
