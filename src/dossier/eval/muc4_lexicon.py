"""Word lists of the MUC-4 baseline: ``data/muc4/lexicon.yaml`` and ``organizations.yaml``.

The baseline's triggers are the ontology's ASSAULT triggers for a few modes plus MUC-specific
words (see the YAML header); :func:`build_truecaser` turns the same lists, the organisation
gazetteer and spaCy's WordNet lemma index into a :class:`~dossier.eval.muc4_truecase.Truecaser`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from dossier.eval.muc4_truecase import Truecaser
from dossier.ontology import load_ontology

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DATA", "BaselineLexicon", "Organization", "build_truecaser", "load_lexicon"]

DATA = Path(__file__).resolve().parents[1] / "data" / "muc4"


@dataclass(frozen=True)
class Organization:
    """A gazetteer organisation: lower-case names and acronyms."""

    id: str
    kind: str
    names: tuple[str, ...]
    acronyms: tuple[str, ...]


@dataclass(frozen=True)
class BaselineLexicon:
    """The baseline's word lists (see ``data/muc4/lexicon.yaml``), lower-case."""

    triggers: frozenset[str]
    trigger_objects: dict[str, frozenset[str]]
    human_triggers: frozenset[str]
    unarmed_triggers: frozenset[str]
    physical_triggers: frozenset[str]
    perp_heads: frozenset[str]
    org_heads: frozenset[str]
    generic_orgs: tuple[str, ...]
    target_heads: frozenset[str]
    route_heads: frozenset[str]  # "the highway": where an ambush happened, not what it hit
    person_heads: frozenset[str]
    military_words: frozenset[str]
    military_objects: frozenset[str]
    military_areas: frozenset[str]
    military_names: frozenset[str]
    clash_words: frozenset[str]
    group_nouns: frozenset[str]
    force_target_words: frozenset[str]
    attempt_verbs: frozenset[str]
    armed_adjectives: frozenset[str]
    force_org_heads: frozenset[str]
    vague_quantifiers: frozenset[str]
    weapons: tuple[str, ...]  # longest first
    weak_weapons: frozenset[str]
    weapon_device_nouns: frozenset[str]  # "explosive charges": the kind's noun
    irrealis_adjectives: frozenset[str]  # "a possible attack": no act
    plan_nouns: frozenset[str]  # "the threat of an attack": no act
    civilian_modifiers: frozenset[str]  # "a passenger plane": no military object
    old_time_phrases: frozenset[str]  # "last year": a deed a year or more before the report
    period_start_preps: frozenset[str]  # "since last year": a period up to the report
    years_back_words: frozenset[str]  # "ten years ago": counted back from the report
    # light verb -> its objects that tell a happening ("take place"): the subject is the deed
    occurrence_phrases: dict[str, frozenset[str]]
    definite_determiners: frozenset[str]  # "the attacks": incidents told before
    collective_objects: frozenset[str]  # "the population": no one incident's target
    seize_verbs: frozenset[str]
    accuse_verbs: frozenset[str]
    weapon_lemmas: frozenset[str]  # one-word weapons and their singulars: never noun triggers
    lowercase_words: frozenset[str]
    titles: frozenset[str]
    always_title: frozenset[str]
    given_names: frozenset[str]
    organizations: tuple[Organization, ...]
    generic_targets: frozenset[str]
    government_heads: frozenset[str]
    insurgent_words: frozenset[str]
    large_quantifiers: frozenset[str]
    tally_period_preps: frozenset[str]
    crime_against_persons: frozenset[str]
    membership_heads: frozenset[str]
    org_of_preps: frozenset[str]
    members_of_preps: frozenset[str]
    role_word_pos: frozenset[str]
    agent_perp_nouns: frozenset[str]
    military_role_words: frozenset[str]
    perp_rank_titles: frozenset[str]
    distinct_force_heads: frozenset[str]
    irrealis_modals: frozenset[str]
    courtesy_titles: frozenset[str]
    hedge_modifiers: frozenset[str]
    counted_crowd_heads: frozenset[str]  # "four people": counted, no perpetrator
    crowd_count_words: frozenset[str]
    crowd_doer_words: frozenset[str]  # "four unidentified persons": doers after all
    non_terrorist_perp_heads: frozenset[str]  # "common criminals": no terrorist doers
    war_machines: frozenset[str]  # aircraft and armour: the armed forces' craft
    non_terrorist_org_heads: frozenset[str]  # "the battalion", "the contras": combat


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    """The word list under ``key``, lower case; a key the file lacks (a misspelling) raises
    ``KeyError`` rather than giving an empty list that would silently switch a rule off."""
    return frozenset(str(w).lower() for w in raw[key] or [])


def _verb_objects(raw: dict[str, Any], key: str) -> dict[str, frozenset[str]]:
    """Two-word phrases under ``key`` ("take place") as verb -> the objects it takes."""
    out: dict[str, set[str]] = {}
    for phrase in raw[key] or []:
        verb, obj = str(phrase).lower().split()
        out.setdefault(verb, set()).add(obj)
    return {verb: frozenset(objs) for verb, objs in out.items()}


@cache
def load_lexicon(directory: Path = DATA) -> BaselineLexicon:
    """Load ``lexicon.yaml`` and ``organizations.yaml``, adding the ontology's triggers."""
    raw = yaml.safe_load((directory / "lexicon.yaml").read_text(encoding="utf-8"))
    orgs_raw = yaml.safe_load((directory / "organizations.yaml").read_text(encoding="utf-8"))
    assault = load_ontology().event_type("ASSAULT")
    excluded = _words(raw, "excluded_triggers")
    triggers = set(_words(raw, "extra_triggers"))
    for mode_id in raw["ontology_modes"]:
        mode = assault.mode(mode_id)
        triggers |= {w for w in mode.triggers.lemmas if " " not in w and w not in excluded}
    trigger_objects = {
        str(verb): frozenset(objects) for verb, objects in raw["trigger_objects"].items()
    }
    orgs = tuple(
        Organization(
            id=o["id"],
            kind=o["kind"],
            names=tuple(n.lower() for n in o["names"]),
            acronyms=tuple(a.lower() for a in o.get("acronyms") or []),
        )
        for o in orgs_raw["organizations"]
    )
    weapons = sorted({str(w).lower() for w in raw["weapons"]}, key=lambda w: (-len(w), w))
    return BaselineLexicon(
        triggers=frozenset(triggers),
        trigger_objects=trigger_objects,
        human_triggers=_words(raw, "human_triggers"),
        unarmed_triggers=_words(raw, "unarmed_triggers"),
        physical_triggers=_words(raw, "physical_triggers"),
        perp_heads=_words(raw, "perp_individual_heads"),
        org_heads=_words(raw, "org_heads"),
        generic_orgs=tuple(sorted(_words(raw, "generic_orgs"), key=lambda w: -len(w))),
        target_heads=_words(raw, "target_heads"),
        route_heads=_words(raw, "route_heads"),
        person_heads=_words(raw, "person_heads"),
        military_words=_words(raw, "military_words"),
        military_objects=_words(raw, "military_objects"),
        military_areas=_words(raw, "military_areas"),
        military_names=_words(raw, "military_names"),
        clash_words=_words(raw, "clash_words"),
        group_nouns=_words(raw, "group_nouns"),
        force_target_words=_words(raw, "force_target_words"),
        attempt_verbs=_words(raw, "attempt_verbs"),
        # insurgents are armed: one list of their words, not two copies
        armed_adjectives=_words(raw, "armed_adjectives") | _words(raw, "insurgent_words"),
        force_org_heads=_words(raw, "force_org_heads"),
        vague_quantifiers=_words(raw, "vague_quantifiers"),
        weapons=tuple(weapons),
        weak_weapons=_words(raw, "weak_weapons"),
        weapon_device_nouns=_words(raw, "weapon_device_nouns"),
        irrealis_adjectives=_words(raw, "irrealis_adjectives"),
        plan_nouns=_words(raw, "plan_nouns"),
        civilian_modifiers=_words(raw, "civilian_modifiers"),
        old_time_phrases=_words(raw, "old_time_phrases"),
        period_start_preps=_words(raw, "period_start_preps"),
        years_back_words=_words(raw, "years_back_words"),
        occurrence_phrases=_verb_objects(raw, "occurrence_phrases"),
        definite_determiners=_words(raw, "definite_determiners"),
        collective_objects=_words(raw, "collective_objects"),
        seize_verbs=_words(raw, "seize_verbs"),
        accuse_verbs=_words(raw, "accuse_verbs"),
        weapon_lemmas=frozenset(
            {w for w in weapons if " " not in w} | {w[:-1] for w in weapons if w.endswith("s")}
        ),
        lowercase_words=_words(raw, "lowercase_words"),
        titles=_words(raw, "titles"),
        always_title=_words(raw, "months") | _words(raw, "days") | _words(raw, "demonyms"),
        given_names=_words(raw, "given_names"),
        organizations=orgs,
        generic_targets=_words(raw, "generic_targets"),
        government_heads=_words(raw, "government_heads"),
        insurgent_words=_words(raw, "insurgent_words"),
        large_quantifiers=_words(raw, "large_quantifiers"),
        tally_period_preps=_words(raw, "tally_period_preps"),
        crime_against_persons=_words(raw, "crime_against_persons"),
        membership_heads=_words(raw, "membership_heads"),
        org_of_preps=_words(raw, "org_of_preps"),
        members_of_preps=_words(raw, "members_of_preps"),
        role_word_pos=_words(raw, "role_word_pos"),
        agent_perp_nouns=_words(raw, "agent_perp_nouns"),
        military_role_words=_words(raw, "military_role_words"),
        perp_rank_titles=_words(raw, "perp_rank_titles"),
        distinct_force_heads=_words(raw, "distinct_force_heads"),
        irrealis_modals=_words(raw, "irrealis_modals"),
        courtesy_titles=_words(raw, "courtesy_titles"),
        hedge_modifiers=_words(raw, "hedge_modifiers"),
        counted_crowd_heads=_words(raw, "counted_crowd_heads"),
        crowd_count_words=_words(raw, "crowd_count_words"),
        crowd_doer_words=_words(raw, "crowd_doer_words"),
        non_terrorist_perp_heads=_words(raw, "non_terrorist_perp_heads"),
        war_machines=_words(raw, "war_machines"),
        non_terrorist_org_heads=_words(raw, "non_terrorist_org_heads"),
    )


def build_truecaser(lexicon: BaselineLexicon, nlp: Language) -> Truecaser:
    """A :class:`Truecaser` from the lexicon, the gazetteer and spaCy's WordNet lemma index."""
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    common = set(index["adj"]) | set(index["verb"]) | set(index["adv"])
    nouns = set(index["noun"])
    phrases = [n for o in lexicon.organizations for n in o.names]
    acronyms = [a for o in lexicon.organizations for a in o.acronyms]
    acronyms += ["u.s", "usa", "ussr", "un", "oas", "cia", "dea", "afp", "efe", "ap", "upi"]
    return Truecaser(
        phrases=phrases,
        acronyms=[a for a in acronyms if "-" not in a and len(a) > 1],
        always_title=lexicon.always_title,
        never_title=lexicon.lowercase_words,
        titles=lexicon.titles,
        common=common - lexicon.always_title,
        nouns=nouns,
        given_names=lexicon.given_names,
    )
