"""Deeds the trigger reading missed, round 19 (trig): a verb phrase split by its object ("set
the depot on fire") and a munition counted or held by its object ("planted sticks of
dynamite"). New sentences (other places, other wordings); the real model runs."""

from __future__ import annotations

from functools import lru_cache

from dossier.eval.muc4_dossier import DossierMucPredictor
from dossier.extract.events import EventFrame


@lru_cache(maxsize=1)
def _predictor() -> DossierMucPredictor:
    return DossierMucPredictor(casing="lower")  # keeps the text as written


def _frames(text: str) -> tuple[str, list[EventFrame]]:
    predictor = _predictor()
    annotated = predictor.annotate("x", text)
    return annotated.doc.text, predictor.frames(annotated)


def _assaults(text: str) -> list[tuple[str | None, str, set[str]]]:
    """(mode, modality, target texts) of each ASSAULT frame."""
    doc_text, frames = _frames(text)
    return [
        (f.event.mode, f.event.modality, {doc_text[a:b] for a, b in f.targets})
        for f in frames
        if f.event.type == "ASSAULT"
    ]


def test_a_phrase_split_by_its_object_is_a_deed_on_that_object() -> None:
    found = _assaults("Armed youths set the district court on fire in Mbale on Thursday.")
    assert found, "no arson read"
    mode, modality, targets = found[0]
    assert mode == "destroy" and modality == "asserted"
    assert any("court" in t for t in targets)
    assert not any(t == "fire" for t in targets)  # "on fire" is the trigger's, no target
    found = _assaults("Armed men set two lorries ablaze near the Moyale border post.")
    assert found and found[0][0] == "destroy"


def test_a_split_phrase_under_a_threat_is_no_asserted_deed() -> None:
    found = _assaults("The rebels threatened to set the farms on fire if the villagers stayed.")
    assert found, "the threatened arson is read, as no asserted deed"
    assert all(modality != "asserted" for _mode, modality, _targets in found)


def test_a_verb_with_its_own_object_is_no_split_phrase() -> None:
    assert not _assaults("The caterers set the tables in the hall on Friday morning.")


def test_munitions_counted_by_their_object_are_placed_explosives() -> None:
    for text in (
        "Unidentified men planted six sticks of dynamite under the railway bridge at Kisumu.",
        "The attackers placed dynamite sticks at the gate of the customs office.",
        "Militants planted grenades outside the Wajir police station.",
    ):
        found = _assaults(text)
        assert found and found[0][0] == "explosives", text
        # the sticks are the weapon, not what was hit
        assert not any("stick" in t for _m, _mod, targets in found for t in targets), text


def test_a_bag_of_something_else_is_no_bombing() -> None:
    assert not _assaults("The vendor left a bag of oranges at the bus terminal.")


def _roles(text: str) -> tuple[set[str], set[str]]:
    """The target and victim texts of every ASSAULT frame."""
    doc_text, frames = _frames(text)
    targets = {doc_text[a:b] for f in frames if f.event.type == "ASSAULT" for a, b in f.targets}
    victims = {doc_text[a:b] for f in frames if f.event.type == "ASSAULT" for a, b in f.victims}
    return targets, victims


def test_the_subject_of_a_gapped_clause_was_hit_too() -> None:
    targets, _victims = _roles("A clinic was burned and three shops damaged in Gao on Monday.")
    assert any("clinic" in t for t in targets)
    assert any("shops" in t for t in targets)


def test_an_inverted_passive_names_its_victims() -> None:
    _targets, victims = _roles(
        "Gunmen attacked a bus near Tillia. Also wounded were a nurse and two traders."
    )
    assert any("nurse" in v for v in victims)
    assert any("traders" in v for v in victims)


def test_a_plain_phrasal_verb_split_by_its_object_is_no_event() -> None:
    _text, frames = _frames("The clerk handed the ballot papers over to the observers in Kayes.")
    assert not frames
    _text, frames = _frames("Kidnappers took two aid workers hostage near Diffa on Sunday.")
    assert any(f.event.type == "ASSAULT" and f.event.mode == "abduct" for f in frames)
