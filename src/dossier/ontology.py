"""The ontology as data: event, relation, claim and quantity vocabularies.

The YAML files under ``dossier/data/ontology/`` are the single source of truth; this module
loads them into frozen records and checks every cross-reference (ACLED and GTD crosswalks,
contexts, relation kinds and inverses, likelihood ids), raising :class:`OntologyError` with the
file and the offending entry when one is unknown. Unknown keys raise too, so a typo in a data
file fails loudly instead of being ignored.

Example::

    onto = load_ontology()
    onto.event_type("ASSAULT").mode("explosives").acled[0].sub_event_type
    # 'Remote explosive/landmine/IED'
    onto.trigger_index()["behead"]      # (('ASSAULT', 'targeted'),)
    onto.relation_type("wing_of").id    # 'branch_of'
    onto.relation_type("branch_of").broader  # 'affiliate_of'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import OntologyError

__all__ = [
    "AcledType",
    "ClaimVocab",
    "EventType",
    "Grade",
    "Hedge",
    "Likelihood",
    "Measure",
    "Mode",
    "NumberModifier",
    "Ontology",
    "OntologyError",
    "Quantities",
    "RelationType",
    "SourceKind",
    "Triggers",
    "VagueNumber",
    "default_ontology_dir",
    "load_ontology",
]

FILES = ("event_types.yaml", "relation_types.yaml", "claim_vocab.yaml", "quantities.yaml")
QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
EVENT_SOURCES = ("plover", "dossier")
HEDGE_KINDS = ("epistemic", "evidential", "confidence", "negation")
MEASURE_SUBJECTS = ("organization", "event", "person", "place")
STIX_RELATIONSHIPS = (
    "attributed-to",
    "located-at",
    "targets",
    "related-to",
    "uses",
    "impersonates",
    "originates-from",
)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Triggers:
    """English cues: single lemmas, lemma phrases, and verbs with the objects they need."""

    lemmas: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    verb_objects: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class AcledType:
    """One ACLED ``event_type`` / ``sub_event_type`` pair."""

    event_type: str
    sub_event_type: str


@dataclass(frozen=True)
class Mode:
    """How an event was carried out (PLOVER mode), with its own crosswalks and cues."""

    id: str
    event_type: str
    definition: str
    acled: tuple[AcledType, ...]  # the event type's when the mode names none
    gtd: tuple[str, ...]
    triggers: Triggers
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventType:
    """A PLOVER event category or one of Dossier's strategic developments."""

    id: str
    source: str  # "plover" | "dossier"
    quad: str
    definition: str
    acled: tuple[AcledType, ...]
    gtd: tuple[str, ...]
    contexts: tuple[str, ...]
    triggers: Triggers
    modes: tuple[Mode, ...] = ()

    def mode(self, name: str) -> Mode:
        """The mode called ``name`` (or one of its aliases); ``KeyError`` if there is none."""
        for mode in self.modes:
            if name == mode.id or name in mode.aliases:
                return mode
        raise KeyError(f"{self.id} has no mode {name!r}")


@dataclass(frozen=True)
class RelationType:
    """A relation between actors, or between an actor and a place."""

    id: str
    definition: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    inverse: str
    symmetric: bool
    stix_relationship: str
    stix_exact: bool
    aliases: tuple[str, ...] = ()
    triggers: Triggers = field(default_factory=Triggers)
    patterns: tuple[str, ...] = ()
    # a relation type every relation of this one also is ("branch_of" is an "affiliate_of")
    broader: str | None = None


@dataclass(frozen=True)
class Likelihood:
    """One step of the ICD 203 estimative scale with its probability range."""

    id: str
    label: str
    also: str
    low: float
    high: float


@dataclass(frozen=True)
class Hedge:
    """A hedge cue and what it says about likelihood (None for hearsay or negation)."""

    cue: str
    kind: str  # "epistemic" | "evidential" | "confidence" | "negation"
    likelihood: str | None


@dataclass(frozen=True)
class SourceKind:
    """A kind of unnamed source ("officials", "several views") and the words that signal it."""

    id: str
    definition: str
    cues: tuple[str, ...]
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Grade:
    """One Admiralty grade (reliability letter or credibility digit)."""

    code: str
    label: str
    definition: str


@dataclass(frozen=True)
class ClaimVocab:
    """Attribution vocabulary: reporting verbs by stance, cues, source kinds, hedges, grades."""

    reporting_verbs: tuple[tuple[str, tuple[str, ...]], ...]
    according_to: tuple[str, ...]
    via_cues: tuple[str, ...]
    source_kinds: tuple[SourceKind, ...]
    likelihood_scale: tuple[Likelihood, ...]
    hedges: tuple[Hedge, ...]
    reliability: tuple[Grade, ...]
    credibility: tuple[Grade, ...]
    default_reliability: str
    default_credibility: str

    def verb_stance(self, lemma: str) -> str | None:
        """The stance of a reporting verb (``neutral``, ``hedged``, ...) or None."""
        for stance, verbs in self.reporting_verbs:
            if lemma in verbs:
                return stance
        return None

    def likelihood(self, id_: str) -> Likelihood:
        """The scale step with this id; ``KeyError`` if unknown."""
        for step in self.likelihood_scale:
            if step.id == id_:
                return step
        raise KeyError(id_)


@dataclass(frozen=True)
class Measure:
    """Something counted: fighters, attacks, killed, ..."""

    id: str
    definition: str
    subject: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class VagueNumber:
    """A vague number phrase ("dozens") and the figures it stands for."""

    phrase: str
    low: int | None
    best: int | None
    high: int | None
    source: str  # "acled" | "dossier"
    note: str = ""


@dataclass(frozen=True)
class NumberModifier:
    """Words around a figure ("more than N") and how they bound it (expressions in N, M)."""

    cues: tuple[str, ...]
    low: str | None
    best: str | None
    high: str | None
    approximate: bool
    note: str = ""


@dataclass(frozen=True)
class Quantities:
    """Measures, vague number words and number modifiers."""

    measures: tuple[Measure, ...]
    vague_numbers: tuple[VagueNumber, ...]
    modifiers: tuple[NumberModifier, ...]

    def vague(self, phrase: str) -> VagueNumber | None:
        """The vague number entry for ``phrase`` (case- and space-insensitive), or None."""
        key = " ".join(phrase.lower().split())
        return next((v for v in self.vague_numbers if v.phrase == key), None)

    def measure(self, id_: str) -> Measure:
        """The measure with this id; ``KeyError`` if unknown."""
        for m in self.measures:
            if m.id == id_:
                return m
        raise KeyError(id_)


@dataclass(frozen=True, eq=False)  # identity equality and hash: one object per loaded folder
class Ontology:
    """Everything in ``data/ontology``, validated. Treat the mappings as read-only."""

    contexts: Mapping[str, str]
    acled_taxonomy: Mapping[str, tuple[str, ...]]
    gtd_attack_types: tuple[str, ...]
    event_types: Mapping[str, EventType]
    kinds: Mapping[str, str]
    relation_types: Mapping[str, RelationType]
    claims: ClaimVocab
    quantities: Quantities

    def event_type(self, id_: str) -> EventType:
        """The event type with this id (``ASSAULT``); ``KeyError`` if unknown."""
        return self.event_types[id_]

    def relation_type(self, name: str) -> RelationType:
        """The relation type called ``name`` or having it as an alias; ``KeyError`` if none."""
        if name in self.relation_types:
            return self.relation_types[name]
        for rel in self.relation_types.values():
            if name in rel.aliases:
                return rel
        raise KeyError(name)

    def acled(self, event_type: str, mode: str | None = None) -> tuple[AcledType, ...]:
        """The ACLED crosswalk of a type, or of one of its modes."""
        et = self.event_type(event_type)
        return et.mode(mode).acled if mode else et.acled

    def trigger_index(self) -> dict[str, tuple[tuple[str, str | None], ...]]:
        """Map each trigger lemma or phrase to the (event type, mode) pairs it cues."""
        return _trigger_index(self)


@cache
def _trigger_index(onto: Ontology) -> dict[str, tuple[tuple[str, str | None], ...]]:
    index: dict[str, list[tuple[str, str | None]]] = {}

    def add(triggers: Triggers, key: tuple[str, str | None]) -> None:
        for cue in (*triggers.lemmas, *triggers.phrases):
            if key not in index.setdefault(cue, []):
                index[cue].append(key)

    for et in onto.event_types.values():
        add(et.triggers, (et.id, None))
        for mode in et.modes:
            add(mode.triggers, (et.id, mode.id))
    return {cue: tuple(keys) for cue, keys in index.items()}


# --------------------------------------------------------------------------- validation helpers


class _Reader:
    """Typed access to one YAML file's content, raising OntologyError with a location."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, where: str, message: str) -> OntologyError:
        return OntologyError(f"{self.file}: {where}: {message}")

    def mapping(self, value: Any, where: str, required: set[str], optional: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, f"expected a mapping, got {type(value).__name__}")
        unknown = set(value) - required - optional
        if unknown:
            raise self.fail(where, f"unknown keys {sorted(unknown)}")
        missing = required - set(value)
        if missing:
            raise self.fail(where, f"missing keys {sorted(missing)}")
        return value

    def strings(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(where, "expected a list of non-empty strings")
        return tuple(value)

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "expected a non-empty string")
        return " ".join(value.split())

    def triggers(self, value: Any, where: str) -> Triggers:
        raw = self.mapping(value or {}, where, set(), {"lemmas", "phrases", "verb_objects"})
        verb_objects = []
        for verb, objects in (raw.get("verb_objects") or {}).items():
            verb_objects.append((str(verb), self.strings(objects, f"{where}.verb_objects.{verb}")))
        triggers = Triggers(
            lemmas=self.strings(raw.get("lemmas"), f"{where}.lemmas"),
            phrases=self.strings(raw.get("phrases"), f"{where}.phrases"),
            verb_objects=tuple(verb_objects),
        )
        for cue in (*triggers.lemmas, *triggers.phrases):
            if cue != cue.lower():
                raise self.fail(where, f"trigger {cue!r} is not lower-case")
        return triggers


def _read_yaml(directory: Path, name: str) -> Any:
    path = directory / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise OntologyError(f"{path}: ontology file missing") from exc
    except yaml.YAMLError as exc:
        raise OntologyError(f"{path}: invalid YAML: {exc}") from exc


# --------------------------------------------------------------------------- loaders


def _load_events(
    raw: Any,
) -> tuple[dict[str, str], dict[str, tuple[str, ...]], tuple[str, ...], dict[str, EventType]]:
    r = _Reader("event_types.yaml")
    top = r.mapping(
        raw, "top", {"acled_taxonomy", "gtd_attack_types", "contexts", "event_types"}, set()
    )
    taxonomy = {
        str(k): r.strings(v, f"acled_taxonomy.{k}") for k, v in top["acled_taxonomy"].items()
    }
    gtd_types = r.strings(top["gtd_attack_types"], "gtd_attack_types")
    contexts = {str(k): r.text(v, f"contexts.{k}") for k, v in top["contexts"].items()}

    def acled(value: Any, where: str) -> tuple[AcledType, ...]:
        out = []
        for i, item in enumerate(value or []):
            item = r.mapping(item, f"{where}[{i}]", {"event_type", "sub_event_type"}, set())
            pair = AcledType(item["event_type"], item["sub_event_type"])
            if pair.sub_event_type not in taxonomy.get(pair.event_type, ()):
                raise r.fail(where, f"unknown ACLED type {pair.event_type} / {pair.sub_event_type}")
            out.append(pair)
        return tuple(out)

    def gtd(value: Any, where: str) -> tuple[str, ...]:
        names = r.strings(value, where)
        for name in names:
            if name not in gtd_types:
                raise r.fail(where, f"unknown GTD attack type {name!r}")
        return names

    event_types: dict[str, EventType] = {}
    type_keys = {"source", "quad", "definition", "acled", "gtd"}
    for et_id, body in top["event_types"].items():
        where = f"event_types.{et_id}"
        body = r.mapping(body, where, type_keys, {"contexts", "triggers", "modes"})
        if body["source"] not in EVENT_SOURCES:
            raise r.fail(where, f"unknown source {body['source']!r}")
        if body["quad"] not in QUADS:
            raise r.fail(where, f"unknown quad {body['quad']!r}")
        type_contexts = r.strings(body.get("contexts"), f"{where}.contexts")
        for ctx in type_contexts:
            if ctx not in contexts:
                raise r.fail(where, f"unknown context {ctx!r}")
        type_acled = acled(body["acled"], f"{where}.acled")
        type_gtd = gtd(body["gtd"], f"{where}.gtd")
        modes: list[Mode] = []
        names: set[str] = set()
        for mode_id, mbody in (body.get("modes") or {}).items():
            mwhere = f"{where}.modes.{mode_id}"
            mbody = r.mapping(
                mbody, mwhere, {"definition"}, {"acled", "gtd", "triggers", "aliases"}
            )
            aliases = r.strings(mbody.get("aliases"), f"{mwhere}.aliases")
            for name in (mode_id, *aliases):
                if name in names:
                    raise r.fail(mwhere, f"duplicate mode name {name!r}")
                names.add(name)
            modes.append(
                Mode(
                    id=str(mode_id),
                    event_type=str(et_id),
                    definition=r.text(mbody["definition"], f"{mwhere}.definition"),
                    acled=acled(mbody["acled"], f"{mwhere}.acled")
                    if "acled" in mbody
                    else type_acled,
                    gtd=gtd(mbody["gtd"], f"{mwhere}.gtd") if "gtd" in mbody else type_gtd,
                    triggers=r.triggers(mbody.get("triggers"), f"{mwhere}.triggers"),
                    aliases=aliases,
                )
            )
        event_types[str(et_id)] = EventType(
            id=str(et_id),
            source=body["source"],
            quad=body["quad"],
            definition=r.text(body["definition"], f"{where}.definition"),
            acled=type_acled,
            gtd=type_gtd,
            contexts=type_contexts,
            triggers=r.triggers(body.get("triggers"), f"{where}.triggers"),
            modes=tuple(modes),
        )
    return contexts, taxonomy, gtd_types, event_types


def _load_relations(raw: Any) -> tuple[dict[str, str], dict[str, RelationType]]:
    r = _Reader("relation_types.yaml")
    top = r.mapping(raw, "top", {"kinds", "relation_types"}, set())
    kinds = {str(k): r.text(v, f"kinds.{k}") for k, v in top["kinds"].items()}
    relations: dict[str, RelationType] = {}
    required = {"definition", "subject", "object", "inverse", "stix"}
    optional = {"aliases", "symmetric", "triggers", "patterns", "broader"}
    for rel_id, body in top["relation_types"].items():
        where = f"relation_types.{rel_id}"
        body = r.mapping(body, where, required, optional)
        stix = r.mapping(body["stix"], f"{where}.stix", {"relationship_type", "exact"}, set())
        if stix["relationship_type"] not in STIX_RELATIONSHIPS:
            raise r.fail(where, f"unknown STIX relationship {stix['relationship_type']!r}")
        subject = r.strings(body["subject"], f"{where}.subject")
        obj = r.strings(body["object"], f"{where}.object")
        for kind in (*subject, *obj):
            if kind not in kinds:
                raise r.fail(where, f"unknown kind {kind!r}")
        relations[str(rel_id)] = RelationType(
            id=str(rel_id),
            definition=r.text(body["definition"], f"{where}.definition"),
            subject=subject,
            object=obj,
            inverse=str(body["inverse"]),
            symmetric=bool(body.get("symmetric", False)),
            stix_relationship=stix["relationship_type"],
            stix_exact=bool(stix["exact"]),
            aliases=r.strings(body.get("aliases"), f"{where}.aliases"),
            triggers=r.triggers(body.get("triggers"), f"{where}.triggers"),
            patterns=r.strings(body.get("patterns"), f"{where}.patterns"),
            broader=str(body["broader"]) if body.get("broader") else None,
        )
    names: set[str] = set(relations)
    for rel in relations.values():
        where = f"relation_types.{rel.id}"
        inverse = relations.get(rel.inverse)
        if inverse is None:
            raise r.fail(where, f"unknown inverse {rel.inverse!r}")
        if inverse.inverse != rel.id:
            raise r.fail(where, f"inverse {rel.inverse!r} does not point back")
        if rel.symmetric != (rel.inverse == rel.id):
            raise r.fail(where, "a symmetric relation is its own inverse, and only it")
        if rel.broader is not None:
            broader = relations.get(rel.broader)
            if broader is None or broader.id == rel.id:
                raise r.fail(where, f"unknown broader relation {rel.broader!r}")
            if not (
                set(rel.subject) <= set(broader.subject) and set(rel.object) <= set(broader.object)
            ):
                raise r.fail(where, f"kinds do not fit the broader relation {rel.broader!r}")
        for alias in rel.aliases:
            if alias in names:
                raise r.fail(where, f"alias {alias!r} is already a relation name or alias")
            names.add(alias)
    return kinds, relations


def _load_claims(raw: Any) -> ClaimVocab:
    r = _Reader("claim_vocab.yaml")
    keys = {"reporting_verbs", "according_to", "via_cues", "source_kinds", "likelihood_scale"}
    top = r.mapping(raw, "top", keys | {"hedges", "admiralty"}, set())
    verbs = tuple(
        (str(stance), r.strings(v, f"reporting_verbs.{stance}"))
        for stance, v in top["reporting_verbs"].items()
    )
    kinds = []
    for kind_id, body in top["source_kinds"].items():
        where = f"source_kinds.{kind_id}"
        body = r.mapping(body, where, {"definition", "cues"}, {"phrases"})
        kinds.append(
            SourceKind(
                id=str(kind_id),
                definition=r.text(body["definition"], where),
                cues=r.strings(body["cues"], f"{where}.cues"),
                phrases=r.strings(body.get("phrases"), f"{where}.phrases"),
            )
        )
    scale = []
    for i, body in enumerate(top["likelihood_scale"]):
        where = f"likelihood_scale[{i}]"
        body = r.mapping(body, where, {"id", "label", "also", "low", "high"}, set())
        if not 0 <= float(body["low"]) < float(body["high"]) <= 1:
            raise r.fail(where, "expected 0 <= low < high <= 1")
        scale.append(
            Likelihood(
                body["id"], body["label"], body["also"], float(body["low"]), float(body["high"])
            )
        )
    scale_ids = {s.id for s in scale}
    hedges = []
    for i, body in enumerate(top["hedges"]):
        where = f"hedges[{i}]"
        body = r.mapping(body, where, {"cue", "kind", "likelihood"}, set())
        cue = r.text(body["cue"], f"{where}.cue")
        if body["kind"] not in HEDGE_KINDS:
            raise r.fail(where, f"unknown hedge kind {body['kind']!r}")
        if body["likelihood"] is not None and body["likelihood"] not in scale_ids:
            raise r.fail(where, f"unknown likelihood {body['likelihood']!r}")
        hedges.append(Hedge(cue, body["kind"], body["likelihood"]))
    adm = r.mapping(top["admiralty"], "admiralty", {"reliability", "credibility"}, set())
    scales: dict[str, tuple[tuple[Grade, ...], str]] = {}
    for name in ("reliability", "credibility"):
        body = r.mapping(adm[name], f"admiralty.{name}", {"default", "grades"}, set())
        grades = []
        for code, g in body["grades"].items():
            g = r.mapping(g, f"admiralty.{name}.{code}", {"label", "definition"}, set())
            grades.append(Grade(str(code), r.text(g["label"], name), r.text(g["definition"], name)))
        default = str(body["default"])
        if default not in {g.code for g in grades}:
            raise r.fail(f"admiralty.{name}", f"default {default!r} is not a grade")
        scales[name] = (tuple(grades), default)
    return ClaimVocab(
        reporting_verbs=verbs,
        according_to=r.strings(top["according_to"], "according_to"),
        via_cues=r.strings(top["via_cues"], "via_cues"),
        source_kinds=tuple(kinds),
        likelihood_scale=tuple(scale),
        hedges=tuple(hedges),
        reliability=scales["reliability"][0],
        credibility=scales["credibility"][0],
        default_reliability=scales["reliability"][1],
        default_credibility=scales["credibility"][1],
    )


def _optional_int(r: _Reader, value: Any, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise r.fail(where, f"expected an integer or null, got {value!r}")
    return value


def _load_quantities(raw: Any) -> Quantities:
    r = _Reader("quantities.yaml")
    top = r.mapping(raw, "top", {"measures", "vague_numbers", "modifiers"}, set())
    measures = []
    for m_id, body in top["measures"].items():
        where = f"measures.{m_id}"
        body = r.mapping(body, where, {"definition", "subject", "cues"}, set())
        if body["subject"] not in MEASURE_SUBJECTS:
            raise r.fail(where, f"unknown subject {body['subject']!r}")
        measures.append(
            Measure(
                str(m_id),
                r.text(body["definition"], where),
                body["subject"],
                r.strings(body["cues"], where),
            )
        )
    vague = []
    for i, body in enumerate(top["vague_numbers"]):
        where = f"vague_numbers[{i}]"
        body = r.mapping(body, where, {"phrase", "low", "best", "high", "source"}, {"note"})
        low = _optional_int(r, body["low"], where)
        best = _optional_int(r, body["best"], where)
        high = _optional_int(r, body["high"], where)
        bounds = [v for v in (low, best, high) if v is not None]
        if bounds != sorted(bounds):
            raise r.fail(where, "expected low <= best <= high")
        if body["source"] not in ("acled", "dossier"):
            raise r.fail(where, f"unknown source {body['source']!r}")
        vague.append(
            VagueNumber(
                r.text(body["phrase"], where), low, best, high, body["source"], body.get("note", "")
            )
        )
    modifiers = []
    for i, body in enumerate(top["modifiers"]):
        where = f"modifiers[{i}]"
        body = r.mapping(body, where, {"cues", "low", "best", "high", "approximate"}, {"note"})
        for key in ("low", "best", "high"):
            if body[key] not in (None, "N", "M"):
                raise r.fail(where, f"{key} must be N, M or null")
        modifiers.append(
            NumberModifier(
                cues=r.strings(body["cues"], where),
                low=body["low"],
                best=body["best"],
                high=body["high"],
                approximate=bool(body["approximate"]),
                note=body.get("note", ""),
            )
        )
    return Quantities(tuple(measures), tuple(vague), tuple(modifiers))


@cache
def default_ontology_dir() -> Path:
    """The packaged ``dossier/data/ontology`` folder."""
    return Path(__file__).resolve().parent / "data" / "ontology"


@cache
def _load(directory: Path) -> Ontology:
    events_raw, relations_raw, claims_raw, quantities_raw = (
        _read_yaml(directory, name) for name in FILES
    )
    contexts, taxonomy, gtd_types, event_types = _load_events(events_raw)
    kinds, relations = _load_relations(relations_raw)
    return Ontology(
        contexts=contexts,
        acled_taxonomy=taxonomy,
        gtd_attack_types=gtd_types,
        event_types=event_types,
        kinds=kinds,
        relation_types=relations,
        claims=_load_claims(claims_raw),
        quantities=_load_quantities(quantities_raw),
    )


def load_ontology(directory: str | Path | None = None) -> Ontology:
    """Load and validate the ontology (cached per folder).

    ``directory`` holds the four YAML files; the packaged ones by default. Raises
    :class:`OntologyError` naming the file and entry when anything is malformed or unknown.
    """
    return _load(Path(directory).resolve() if directory else default_ontology_dir())
