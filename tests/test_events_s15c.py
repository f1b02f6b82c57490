"""Event triggers and merging (ev2, s15): "came under fire" as criticism, a retelling verb
that retells another incident or sits in another clause, a body line opening with a number,
and a rule of underscores inside the body. Each text was written for this test."""

from __future__ import annotations

import pytest
from report_docs import events_with_roles

from dossier.records import Event


def _assaults(text: str, day: str = "2025-06-20") -> list[tuple[Event, set[tuple[str, str]]]]:
    return events_with_roles(text, "ASSAULT", day)


# ------------------------------------------------------- "came under fire" as criticism


@pytest.mark.parametrize(
    "text",
    [
        "The health minister came under fire from trade unions in Nairobi on 3 May.",
        "Press freedom came under attack in Kenya on 3 May, the union said.",
        "The mayor of Goma came under heavy fire from civil society groups on Monday.",
    ],
)
def test_under_fire_as_criticism_is_no_attack(text: str) -> None:
    assert not _assaults(text), text


@pytest.mark.parametrize(
    "text",
    [
        "On 9 May an aid convoy came under fire near Kalemie.",
        "On 9 May they came under fire from gunmen on the road to Moba.",
    ],
)
def test_under_fire_of_a_convoy_or_from_gunmen_stays_an_attack(text: str) -> None:
    assert len(_assaults(text)) == 1, text


# ------------------------------------------------- a retelling of another incident or clause


@pytest.mark.parametrize(
    "text",
    [
        "On 8 March militiamen stormed a village in Djugu, killing five farmers. On 10 March "
        "the army acknowledged the fresh assault, in which eleven soldiers died.",
        "On 8 March militiamen stormed a village in Djugu, killing five farmers. Two days later "
        "the militia claimed the new raid, in which seven traders were shot dead.",
    ],
)
def test_retelling_of_another_incident_merges_nothing(text: str) -> None:
    assert len(_assaults(text)) == 2, [e.anchor.quote for e, _r in _assaults(text)]


def test_retelling_verb_of_another_clause_retells_nothing() -> None:
    from dossier.extract.event_merge import _clauses, _retelling_pattern

    for sentence in (
        "The army said it had repelled the attack, while gunmen ambushed a convoy near Uvira.",
        "Police confirmed the raid; bandits later burned a market in Zamfara.",
    ):
        last = _clauses(sentence)[-1].group()
        assert _retelling_pattern().search(last) is None, sentence


def test_retelling_pattern_refuses_another_incident() -> None:
    from dossier.extract.event_merge import _retelling_pattern

    pattern = _retelling_pattern()
    assert pattern.search("the ministry confirmed the new offensive near Gao") is None
    assert pattern.search("the group claimed the second attack on the base") is None
    assert pattern.search("the group claimed the deadly attack on the base") is not None


# ------------------------------------------------------------- a body line opening a number


def test_body_line_opening_with_a_number_is_no_footnote() -> None:
    from dossier.extract.events import _FOOTNOTE_START

    assert not _FOOTNOTE_START.match('40 residents fled what they called "a massacre by X"')
    assert not _FOOTNOTE_START.match('300 families left after "the slaughter at the well"')
    assert _FOOTNOTE_START.match('3 Daily Nation, "Six killed in raid", 4 May 2025')
    assert _FOOTNOTE_START.match("[2] Radio Okapi, 5 May")


# -------------------------------------------------------------------------------- footnotes


@pytest.mark.parametrize(
    "rule",
    ["_____", "__________"],
)
def test_underscore_rule_between_body_parts_opens_no_notes(rule: str) -> None:
    from dossier.extract.event_rules import load_event_rules
    from dossier.extract.events import _notes_start

    rules = load_event_rules()
    body = "On 4 May gunmen attacked a police post in Tarra.\n" * 6
    text = f"{body}{rule}\nOn 8 May rebels shelled the camp at Kilo.\n"
    assert _notes_start(text, rules) is None
    notes = f"{body}{rule}\n1 Daily Nation, 5 May 2025.\n"
    assert _notes_start(notes, rules) is not None


# ------------------------------------------------------------ a suicide attacker's deed


@pytest.mark.parametrize(
    "text",
    [
        "On Monday a suicide bomber rammed an explosives-laden car into an army convoy outside "
        "Kharan.",
        "On 3 June a suicide attacker steered a truck packed with explosives into the gate of a "
        "police compound in Bannu.",
    ],
)
def test_suicide_attacker_with_a_vehicle_is_a_suicide_bombing(text: str) -> None:
    found = _assaults(text)
    assert [e.mode for e, _r in found] == ["suicide-attack"], text


def test_finer_mode_wins_when_mentions_merge() -> None:
    from dataclasses import replace

    from dossier.extract.event_merge import _mode

    ev, _roles = _assaults("On 3 June gunmen attacked a police post in Bannu, killing two.")[0]
    coarse = replace(ev, mode="explosives")
    fine = replace(ev, mode="suicide-attack")
    assert _mode(coarse, fine).mode == "suicide-attack"
    assert _mode(replace(ev, mode="firearms"), fine).mode == "suicide-attack"
