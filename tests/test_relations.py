"""Relations between actors and between actors and places (dossier.extract.relations).

Short reports written for these tests (other groups, other countries), the example reports,
and the seeds when ``../shared`` is present. ``annotate_text`` is shared with
``test_claims.py`` and ``test_quantities.py``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from spacy.tokens import Doc

from dossier.extract.relations import extract_relations, load_patterns
from dossier.records import Actor, PlaceMention, Relation, Timex

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


@lru_cache(maxsize=64)
def annotate_text(
    text: str,
) -> tuple[Doc, tuple[Actor, ...], tuple[PlaceMention, ...], tuple[Timex, ...]]:
    """Run the annotation stages the extractors read: parse, actors, places, timexes."""
    from dossier.clean import clean_text
    from dossier.metadata import extract_metadata
    from dossier.nlp import build_nlp
    from dossier.pipeline import resolve_document
    from dossier.records import HtmlMetadata
    from dossier.resolve.timex import parse_dateline

    cleaned = clean_text(text)
    doc = build_nlp()(cleaned.text)
    metadata = extract_metadata(cleaned.text, HtmlMetadata())
    resolved = resolve_document(doc, cleaned, metadata.published or parse_dateline(cleaned.text))
    return doc, resolved.actors, resolved.places, resolved.timexes


def relations_of(text: str) -> list[Relation]:
    doc, actors, places, timexes = annotate_text(text)
    return extract_relations(doc, actors, places, timexes)


def triples(rels: list[Relation]) -> set[tuple[str, str, str]]:
    out = set()
    for r in rels:
        obj = r.object_actor or (r.object_place.text if r.object_place else "")
        out.add((r.subject, r.predicate, obj))
    return out


def test_patterns_load_and_use_ontology_predicates() -> None:
    predicates = {p.predicate for p in load_patterns()}
    assert {"affiliate_of", "hostile_to", "leader_of", "member_of", "based_in"} <= predicates


def test_branch_rivalry_leadership_and_recruitment() -> None:
    text = (
        "The Islamic State West Africa Province (ISWAP), a branch of the Islamic State, "
        "operates around Lake Chad. ISWAP has fought Boko Haram since 2016. Abubakar Shekau, "
        "the leader of Boko Haram, died in May 2021. Analysts said that ISWAP recruits "
        "heavily in Niger and Chad."
    )
    rels = relations_of(text)
    got = triples(rels)
    assert ("iswap", "affiliate_of", "isis") in got
    assert ("iswap", "hostile_to", "boko_haram") in got
    assert ("abubakar_shekau", "leader_of", "boko_haram") in got
    assert ("iswap", "recruits_in", "Niger") in got
    hostile = next(r for r in rels if r.predicate == "hostile_to")
    assert hostile.period == "since 2016"
    assert hostile.anchor.quote.startswith("ISWAP has fought")
    recruit = next(r for r in rels if r.predicate == "recruits_in")
    assert recruit.certainty == "reported"  # inside "Analysts said that ..."


def test_allegiance_support_and_control() -> None:
    text = (
        "The TTP pledged allegiance to the Afghan Taliban in 2008. The M23 controls large "
        "areas of North Kivu and is backed by the Rwanda Defence Force."
    )
    rels = relations_of(text)
    got = triples(rels)
    assert ("ttp", "affiliate_of", "taliban") in got
    assert ("rwanda_defence_force", "supports", "m23") in got
    assert any(r.predicate == "controls" and r.subject == "m23" for r in rels)
    pledge = next(r for r in rels if r.predicate == "affiliate_of")
    assert pledge.period == "in 2008"


def test_hedged_and_negated() -> None:
    rels = relations_of(
        "It is believed that the Houthis probably receive missile components from the "
        "Islamic Revolutionary Guard Corps. Hamas has not allied with the Islamic State."
    )
    by_pred = {r.predicate: r for r in rels}
    assert by_pred["supports"].subject == "irgc"
    assert by_pred["supports"].certainty == "hedged"
    assert by_pred["allied_with"].certainty == "negated"


def test_no_relation_without_a_stating_sentence() -> None:
    # both actors named, parent link in the gazetteer, but nothing states the link
    rels = relations_of("JNIM attacked a convoy. Al-Qaeda released a video.")
    assert not [r for r in rels if r.predicate == "affiliate_of"]
    # lists of groups are not appositions
    rels = relations_of(
        "Ansar Dine, the Macina Liberation Front, al-Mourabitoun and the Saharan branch of "
        "al-Qaeda in the Islamic Maghreb merged."
    )
    assert not [r for r in rels if r.predicate == "affiliate_of"]


def test_examples(examples_dir: Path) -> None:
    text = (examples_dir / "sahel_jnim_bamako.txt").read_text("utf-8")
    got = triples(relations_of(text))
    assert ("jnim", "affiliate_of", "al_qaeda") in got
    assert ("iyad_ag_ghaly", "leader_of", "jnim") in got
    assert ("jnim", "hostile_to", "is_sahel") in got
    text = (examples_dir / "somalia_shabaab_mogadishu.md").read_text("utf-8")
    rels = relations_of(text)
    got = triples(rels)
    assert ("al_shabaab", "affiliate_of", "al_qaeda") in got
    assert ("somali_national_army", "hostile_to", "al_shabaab") in got


def test_seeds() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the repository")
    texts = {p.name[:3]: p.read_text("utf-8") for p in SEEDS.glob("*.txt")}
    if "004" in texts:
        rels = relations_of(texts["004"])
        got = triples(rels)
        assert ("iskp", "affiliate_of", "isis") in got
        assert ("taliban", "hostile_to", "isis") in got
        assert ("iskp", "based_in", "Balochistan") in got
        assert ("iskp", "recruits_in", "Pakistan") in got
        assert ("iskp", "operates_in", "Afghanistan") in got
        based = next(r for r in rels if r.object_place and r.object_place.text == "Balochistan")
        assert based.certainty == "reported"
    if "000" in texts:
        got = triples(relations_of(texts["000"]))
        assert ("iskp", "affiliate_of", "isis") in got
        assert ("gulbuddin_hekmatyar", "leader_of", "hezb_e_islami") in got
