"""Attributed statements (dossier.extract.claims), on short reports written for the tests,
the example reports, and the seeds when ``../shared`` is present."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_relations import SEEDS, annotate_text

from dossier.extract.claims import extract_claims
from dossier.extract.common import find_hedges, likelihood_of
from dossier.records import Claim


def claims_of(text: str) -> list[Claim]:
    doc, actors, places, _timexes = annotate_text(text)
    return extract_claims(doc, actors, places)


def one(claims: list[Claim], needle: str) -> Claim:
    found = [c for c in claims if needle in c.text]
    assert found, f"no claim containing {needle!r} in {[c.text for c in claims]}"
    return found[0]


def test_likelihood_scale() -> None:
    assert likelihood_of(find_hedges("there is a high probability that")) == "very likely"
    assert likelihood_of(find_hedges("the group may be regrouping")) == "roughly even chance"
    assert likelihood_of(find_hedges("it is highly unlikely to")) == "very unlikely"
    assert likelihood_of(find_hedges("In May 2021 the group attacked")) is None
    assert likelihood_of(find_hedges("they reportedly left")) is None  # evidential only


def test_named_speakers_outlets_and_hedges() -> None:
    claims = claims_of(
        "Noor Wali Mehsud, the leader of the TTP, said in a video posted on Telegram that the "
        "group does not target civilians. A military spokesman told AFP that the militants "
        "may be regrouping in Borno State. The group has about 6,500 fighters, a UN report "
        "estimated."
    )
    c = one(claims, "does not target civilians")
    assert (c.speaker, c.speaker_kind, c.via) == ("noor_wali_mehsud", "person", "Telegram")
    assert c.reliability == "F" and c.credibility == 6
    c = one(claims, "regrouping")
    assert (c.speaker, c.speaker_kind, c.via) == (None, "officials", "AFP")
    assert c.hedges == ("may",) and c.likelihood == "roughly even chance"
    c = one(claims, "6,500 fighters")
    assert c.speaker == "un" and c.speaker_kind == "reports"


def test_according_to_and_unnamed_sources() -> None:
    claims = claims_of(
        "According to several views, the Houthis receive weapons from Iran. Security sources "
        "quoted by Reuters put the death toll at more than 40. The insurgents have dispersed, "
        "according to analysts. It is believed that the group probably has drones."
    )
    c = one(claims, "receive weapons")
    assert c.speaker_kind == "views" and c.about[0] == "houthis"
    c = one(claims, "more than 40")
    assert (c.speaker_kind, c.via) == ("sources", "Reuters")
    assert one(claims, "have dispersed").speaker_kind == "analysts"
    c = one(claims, "has drones")
    assert c.speaker_kind == "views" and c.likelihood == "likely"


def test_no_claim_without_a_source() -> None:
    claims = claims_of(
        "This indicates a change in the balance of power. The invitation shows that the group "
        "is growing. The group did not always boast many members."
    )
    assert claims == []


def test_via_from_the_next_sentence() -> None:
    claims = claims_of(
        "According to Amina Yusuf, \u201cthe convoy was ambushed near Maiduguri.\u201d Yusuf "
        "repeated this in a post on social media and was later quoted by the Xinhua agency."
    )
    assert len(claims) == 1
    assert claims[0].via == "Xinhua" and claims[0].speaker_kind == "person"


def test_examples(examples_dir: Path) -> None:
    claims = claims_of((examples_dir / "somalia_shabaab_mogadishu.md").read_text("utf-8"))
    assert one(claims, "Two car bombs").speaker == "somalia_government"
    assert one(claims, "targeted the ministry").speaker == "al_shabaab"
    c = one(claims, "7,000 and 12,000")
    assert c.speaker == "un" and "al_shabaab" in c.about
    claims = claims_of((examples_dir / "sahel_jnim_bamako.txt").read_text("utf-8"))
    c = one(claims, "more than 70")
    assert (c.speaker_kind, c.via) == ("sources", "Reuters")
    assert one(claims, "revenge").speaker == "jnim"  # "The group said", resolved


def test_seeds() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the repository")
    texts = {p.name[:3]: p.read_text("utf-8") for p in SEEDS.glob("*.txt")}
    if "004" in texts:
        claims = claims_of(texts["004"])
        c = one(claims, "high probability")
        assert c.speaker == "new:sami-sadat" and c.via == "Interfax"
        assert c.likelihood == "very likely" and "iskp" in c.about
        assert one(claims, "involvement of ISKP").speaker_kind == "experts"
        assert one(claims, "hub for IS").speaker_kind == "sources"
        assert one(claims, "has bases in Pakistan").speaker == "new:seymour-hersh"
    if "000" in texts:
        claims = claims_of(texts["000"])
        assert one(claims, "most important branch").speaker_kind == "views"
        assert one(claims, "turned a blind eye").speaker_kind == "reports"
        assert one(claims, "directing ISIS").speaker == "gulbuddin_hekmatyar"


def test_participle_characterisation_is_the_groups_claim() -> None:
    text = (
        "The ELN accepted responsibility four days later, calling the attack a legitimate "
        "act of war."
    )
    claim = one(claims_of(text), "legitimate act of war")
    assert claim.speaker == "eln"
    assert claim.text == "the attack a legitimate act of war"


def test_description_as_is_a_claim_but_a_phone_call_is_not() -> None:
    claim = one(claims_of("Officials described the group as a threat to the region."), "threat")
    assert claim.speaker_kind == "officials" and claim.text.startswith("the group as a threat")
    assert claims_of("They called him on Monday.") == []
