"""Event actors and roles (r6, s14): "they" in a clause that others report after it carry
on from the sentence before; a pledge "to IS" the parser reads as a verb still names who
receives it; the towns of a dateline are no party to the event the sentence tells. Each
text was written for this test."""

from __future__ import annotations

from report_docs import events_with_roles

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.event_args import ArgumentFinder
from dossier.extract.event_clauses import clause_words
from dossier.extract.event_rules import load_event_rules
from dossier.records import DateValue, Event

_DATE = DateValue("2025-06-20", "day")


def _events(text: str, type_id: str) -> list[tuple[Event, set[tuple[str, str]]]]:
    return events_with_roles(text, type_id)


def test_they_before_a_trailing_attribution_carry_on() -> None:
    text = (
        "On Sunday, al-Shabaab fighters entered Bulo Burte after hours of fighting with "
        "federal troops. They freed inmates from the town's jail and looted the market "
        "before withdrawing on Monday, residents said."
    )
    found = _events(text, "RETREAT")
    assert found, text
    assert any(("al-Shabaab", "initiator") in roles for _e, roles in found)


def test_they_before_a_trailing_attribution_second_wording() -> None:
    text = (
        "Boko Haram militants stormed Gubio on 3 May. They released prisoners held at the "
        "police station and withdrew the next morning, local officials said."
    )
    found = _events(text, "RETREAT")
    assert found, text
    assert any(("Boko Haram", "initiator") in roles for _e, roles in found)


def test_pledge_to_is_read_as_a_verb_names_the_recipient() -> None:
    text = "The army blamed the Maute group, which pledged allegiance to IS in 2014."
    found = _events(text, "PLEDGE")
    assert found, text
    _ev, roles = found[0]
    assert ("Islamic State", "recipient") in roles


def test_pledge_to_is_second_wording() -> None:
    text = (
        "Police said the Ansar Khalifa cell, which pledged allegiance to IS in 2015, was behind it."
    )
    found = _events(text, "PLEDGE")
    assert found, text
    _ev, roles = found[0]
    assert ("Islamic State", "recipient") in roles


def _clause_tokens(text: str, trigger: str, type_id: str) -> tuple[list[str], int]:
    ann = annotate_text(text, _DATE)
    finder = ArgumentFinder(ann.doc, ann.actors, ann.places, load_event_rules())
    tok = next(t for t in ann.doc if t.text == trigger)
    words = clause_words(finder, tok, None, type_id)
    dash = next(t.i for t in ann.doc if t.text in {"–", "—"})
    return [t.text for t in [*words.perps, *words.objects] if t.i < dash], dash


def test_dateline_towns_are_no_party() -> None:
    text = (
        "DEBRE TABOR / BAHIR DAR – Eight people were killed on Sunday when artillery shells "
        "hit a school."
    )
    before, _dash = _clause_tokens(text, "killed", "ASSAULT")
    assert before == [], before


def test_dateline_towns_are_no_party_second_wording() -> None:
    text = "PORT SUDAN / EL OBEID – Nine people were killed when shells struck a market in Kadugli."
    before, _dash = _clause_tokens(text, "killed", "ASSAULT")
    assert before == [], before
