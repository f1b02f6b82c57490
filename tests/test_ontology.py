"""The ontology data files load, cross-reference correctly, and reject broken references."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from dossier.ontology import (
    FILES,
    Ontology,
    OntologyError,
    default_ontology_dir,
    load_ontology,
)

PLOVER = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
DOSSIER = ["PROPAGANDA", "RECRUIT", "FOUND", "BASE", "PLEDGE", "LEADERSHIP", "ARREST"]


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return load_ontology()


def test_every_file_starts_with_a_sources_comment() -> None:
    for name in FILES:
        text = (default_ontology_dir() / name).read_text(encoding="utf-8")
        assert text.startswith("#"), name
        assert "Source" in text.split("\n\n", 1)[0], name


def test_load_is_cached(onto: Ontology) -> None:
    assert load_ontology() is onto


def test_plover_and_dossier_types(onto: Ontology) -> None:
    for id_ in PLOVER:
        assert onto.event_type(id_).source == "plover"
    for id_ in DOSSIER:
        et = onto.event_type(id_)
        assert et.source == "dossier"
        assert et.acled and all(a.event_type == "Strategic developments" for a in et.acled)
        assert et.triggers.lemmas or et.triggers.phrases
    assert set(onto.event_types) == set(PLOVER) | set(DOSSIER)


def test_assault_and_coerce_modes(onto: Ontology) -> None:
    assault = onto.event_type("ASSAULT")
    for mode in [
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "abduct",
        "targeted",
        "sexual",
        "beat",
        "torture",
        "destroy",
        "primitive",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    ]:
        assert assault.mode(mode).triggers.lemmas or assault.mode(mode).triggers.phrases, mode
    assert assault.mode("assassination") is assault.mode("targeted")
    coerce = onto.event_type("COERCE")
    assert {"arrest", "seize", "curfew", "martial-law"} <= {m.id for m in coerce.modes}
    with pytest.raises(KeyError):
        assault.mode("teleport")


@pytest.mark.parametrize(
    ("event_type", "mode", "acled_type", "sub_event_type"),
    [
        ("ASSAULT", "suicide-attack", "Explosions/Remote violence", "Suicide bomb"),
        ("ASSAULT", "aerial", "Explosions/Remote violence", "Air/drone strike"),
        ("ASSAULT", "drone", "Explosions/Remote violence", "Air/drone strike"),
        (
            "ASSAULT",
            "heavy-weapons",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        ("ASSAULT", "explosives", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("ASSAULT", "abduct", "Violence against civilians", "Abduction/forced disappearance"),
        ("ASSAULT", "sexual", "Violence against civilians", "Sexual violence"),
        ("ASSAULT", "firearms", "Battles", "Armed clash"),
        ("COERCE", "arrest", "Strategic developments", "Arrests"),
        ("PROTEST", "riot", "Riots", "Violent demonstration"),
        ("ARREST", None, "Strategic developments", "Arrests"),
        ("BASE", None, "Strategic developments", "Headquarters or base established"),
        ("FOUND", None, "Strategic developments", "Change to group/activity"),
    ],
)
def test_acled_crosswalk(
    onto: Ontology, event_type: str, mode: str | None, acled_type: str, sub_event_type: str
) -> None:
    pairs = {(a.event_type, a.sub_event_type) for a in onto.acled(event_type, mode)}
    assert (acled_type, sub_event_type) in pairs


def test_gtd_crosswalk(onto: Ontology) -> None:
    assault = onto.event_type("ASSAULT")
    assert assault.mode("targeted").gtd == ("Assassination",)
    assert "Hostage Taking (Kidnapping)" in assault.mode("abduct").gtd
    assert "Bombing/Explosion" in assault.mode("explosives").gtd
    assert set(onto.gtd_attack_types) >= {"Armed Assault", "Hijacking", "Unarmed Assault"}


def test_triggers_cover_the_core_vocabulary(onto: Ontology) -> None:
    index = onto.trigger_index()
    for cue in [
        "attack",
        "bomb",
        "blast",
        "explode",
        "detonate",
        "kill",
        "shoot",
        "ambush",
        "kidnap",
        "abduct",
        "behead",
        "assassinate",
        "shell",
        "clash",
        "fight",
        "accuse",
        "blame",
        "recruit",
        "arrest",
        "detain",
    ]:
        assert cue in index, cue
    for phrase in (
        "gun down",
        "air strike",
        "drone strike",
        "claim responsibility",
        "pledge allegiance",
    ):
        assert phrase in index, phrase
    assert ("ASSAULT", "targeted") in index["behead"]
    propaganda = dict(onto.event_type("PROPAGANDA").triggers.verb_objects)
    assert {"video", "statement"} <= set(propaganda["release"])
    base = dict(onto.event_type("BASE").triggers.verb_objects)
    assert "camp" in base["establish"]


def test_relations(onto: Ontology) -> None:
    for name in [
        "affiliate_of",
        "branch_of",
        "allied_with",
        "hostile_to",
        "fighting",
        "leader_of",
        "member_of",
        "supports",
        "facilitates",
        "accuses",
        "based_in",
        "controls",
        "operates_in",
        "recruits_in",
    ]:
        rel = onto.relation_type(name)
        assert onto.relation_types[rel.inverse].inverse == rel.id
    # a branch is its own type, and an affiliate in the broader sense
    assert onto.relation_type("branch_of").broader == "affiliate_of"
    assert onto.relation_type("wing_of").id == "branch_of"
    assert onto.relation_type("fighting").symmetric
    assert onto.relation_type("based_in").object == ("place",)
    assert onto.relation_type("based_in").stix_relationship == "located-at"
    assert onto.relation_type("leader_of").subject == ("person",)


def test_claim_vocabulary(onto: Ontology) -> None:
    claims = onto.claims
    assert [s.id for s in claims.likelihood_scale] == [
        "almost_no_chance",
        "very_unlikely",
        "unlikely",
        "roughly_even_chance",
        "likely",
        "very_likely",
        "almost_certain",
    ]
    hedges = {h.cue: h for h in claims.hedges}
    assert hedges["probably"].likelihood == "likely"
    assert hedges["almost certainly"].likelihood == "almost_certain"
    assert hedges["reportedly"].kind == "evidential"
    assert claims.verb_stance("say") == "neutral"
    assert claims.verb_stance("deny") == "denial"
    assert "according to" in claims.according_to
    assert "quoted by" in claims.via_cues
    kinds = {k.id: k for k in claims.source_kinds}
    assert {"reports", "experts", "officials", "sources", "analysts", "observers"} <= set(kinds)
    assert "several views" in kinds["views"].phrases
    assert (claims.default_reliability, claims.default_credibility) == ("F", "6")
    assert [g.code for g in claims.reliability] == list("ABCDEF")
    assert [g.code for g in claims.credibility] == list("123456")


def test_quantities(onto: Ontology) -> None:
    q = onto.quantities
    assert {"fighters", "members", "attacks", "killed", "injured", "arrested", "recruits"} <= {
        m.id for m in q.measures
    }
    expected = {"dozens": 12, "hundreds": 100, "tens": 10, "several hundred": 200, "scores": 20}
    for phrase, best in expected.items():
        entry = q.vague(phrase)
        assert entry is not None and entry.best == best, phrase
    assert q.vague("Dozens").source == "acled"  # type: ignore[union-attr]
    assert q.vague("a few").low == 3  # type: ignore[union-attr]
    assert all(v.note for v in q.vague_numbers)  # every choice is documented
    over = next(m for m in q.modifiers if "over" in m.cues)
    assert (over.low, over.high) == ("N", None)


# --------------------------------------------------------------------------- validation


def _broken_copy(tmp_path: Path, name: str, edit: Callable[[Any], None]) -> Path:
    target = tmp_path / "ontology"
    shutil.copytree(default_ontology_dir(), target)
    path = target / name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return target


def _set_acled(data: Any) -> None:
    data["event_types"]["ASSAULT"]["acled"][0]["sub_event_type"] = "Armed tickle"


def _set_gtd(data: Any) -> None:
    data["event_types"]["ASSAULT"]["modes"]["targeted"]["gtd"] = ["Poisoned pen"]


def _set_context(data: Any) -> None:
    data["event_types"]["PLEDGE"]["contexts"] = ["astrology"]


def _set_unknown_key(data: Any) -> None:
    data["event_types"]["AGREE"]["colour"] = "blue"


def _set_inverse(data: Any) -> None:
    data["relation_types"]["based_in"]["inverse"] = "nowhere"


def _set_kind(data: Any) -> None:
    data["relation_types"]["controls"]["object"] = ["galaxy"]


def _set_likelihood(data: Any) -> None:
    data["hedges"][0]["likelihood"] = "somewhat"


def _set_vague(data: Any) -> None:
    data["vague_numbers"][0]["best"] = 1


@pytest.mark.parametrize(
    ("name", "edit", "message"),
    [
        ("event_types.yaml", _set_acled, "unknown ACLED type"),
        ("event_types.yaml", _set_gtd, "unknown GTD attack type"),
        ("event_types.yaml", _set_context, "unknown context"),
        ("event_types.yaml", _set_unknown_key, "unknown keys"),
        ("relation_types.yaml", _set_inverse, "unknown inverse"),
        ("relation_types.yaml", _set_kind, "unknown kind"),
        ("claim_vocab.yaml", _set_likelihood, "unknown likelihood"),
        ("quantities.yaml", _set_vague, "low <= best <= high"),
    ],
)
def test_broken_references_raise(
    tmp_path: Path, name: str, edit: Callable[[Any], None], message: str
) -> None:
    directory = _broken_copy(tmp_path, name, edit)
    with pytest.raises(OntologyError, match=message) as info:
        load_ontology(directory)
    assert name in str(info.value)


def test_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(OntologyError, match="missing"):
        load_ontology(tmp_path)
