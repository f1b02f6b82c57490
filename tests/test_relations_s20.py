"""Relations, round s20: mechanisms for relations that fresh reports state inside their
accounts of attacks and recruitment, on any wording:

- an attack on a site an armed actor holds ("bombed a camp of Y", "pounded Y's positions",
  "struck Y targets") makes the attacker and the holder foes; a site no name qualifies
  ("a refugee camp") names no foe;
- a state's name or demonym glued to a participle ("the UAE-backed militia") is that state,
  where the document names the state as an actor;
- recruiting: "X recruiters operate in P" is recruitment in P, not mere operations;
  "recruiting teenagers for X in P"; "A and B, which officials say are recruiting in P"
  (the relative pronoun across a reporting verb);
- a preposition's conjunct: "operates in A and in B" states both places.

Short texts written for these tests (other conflicts than the reports that inspired them),
run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

import pytest
from test_relations_s18 import relations


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for (s, p, o) in relations(text) if p == predicate}


# -- attacks on a foe's sites -----------------------------------------------------------------


def test_shelling_a_hideout_of_a_group_makes_it_a_foe() -> None:
    text = "Indian troops raided a hideout of the CPI (Maoist) near Sukma on Monday."
    assert ("Indian Army", "Communist Party of India (Maoist)") in _pairs(text, "hostile_to")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Turkish drones struck PKK targets in northern Iraq on Sunday.",
            ("Turkish Armed Forces", "Kurdistan Workers' Party"),
        ),
        ("Israeli jets hit Hamas targets in Rafah overnight.", ("Israel Defense Forces", "Hamas")),
    ],
)
def test_striking_a_group_s_targets_makes_it_a_foe(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text, "hostile_to")


def test_pounding_possessed_positions_makes_a_foe() -> None:
    text = "Israeli jets pounded Hezbollah's positions near Tyre on Tuesday."
    assert ("Israel Defense Forces", "Hezbollah") in _pairs(text, "hostile_to")


def test_a_site_no_name_qualifies_names_no_foe() -> None:
    text = "Ethiopian jets shelled a displacement camp near Gambela on Monday."
    assert not _pairs(text, "hostile_to")


def test_a_stance_on_the_site_s_holder_names_no_foe() -> None:
    # the camp is the anti-Taliban militia's: neither the attacker nor anyone else becomes
    # the Taliban's foe from it
    text = "Taliban fighters stormed the camp of an anti-Taliban militia near Kunduz."
    assert not any("Taliban" in (s, o) for s, o in _pairs(text, "hostile_to") if s != o)
    assert not any(s == o for s, o in _pairs(text, "hostile_to"))


# -- a state glued to a participle ------------------------------------------------------------


def test_state_abbreviation_glued_to_backed() -> None:
    text = (
        "The US-backed Syrian Democratic Forces crossed the Euphrates near Deir ez-Zor. "
        "The US denied sending more troops."
    )
    assert ("Government of the United States", "Syrian Democratic Forces") in _pairs(
        text, "supports"
    )


def test_demonym_glued_to_backed_needs_the_state_named() -> None:
    # no state of the demonym acts or is named: nothing to link
    text = "Chadian-backed fighters crossed the border near Tissi on Sunday."
    assert not _pairs(text, "supports")


# -- recruitment ------------------------------------------------------------------------------


def test_recruiters_operating_in_places_recruit_there() -> None:
    # the second place hangs on a second "in", the first one's conjunct
    text = "ISIS recruiters operate openly in Nineveh and in Anbar, according to an Iraqi general."
    rels = relations(text)
    places = {o for (s, p, o) in rels if s == "Islamic State" and p == "recruits_in"}
    assert places == {"Nineveh", "Anbar"}
    assert not any(p == "operates_in" for (_, p, _) in rels)


def test_recruiting_for_a_group_in_a_place() -> None:
    text = (
        "Two teachers were accused of recruiting teenagers for the New People's Army in "
        "Davao's Paquibato district."
    )
    assert ("New People's Army", "Paquibato") in _pairs(text, "recruits_in")


def test_recruiting_for_a_state_names_no_recruiter() -> None:
    text = "Two teachers were accused of recruiting teenagers for the Philippine army in Davao."
    assert not _pairs(text, "recruits_in")


def test_relative_pronoun_across_a_reporting_verb() -> None:
    text = (
        "Hayat Tahrir al-Sham and Hurras al-Din, which Syrian officials say are recruiting in "
        "Idlib, reject the accusation."
    )
    pairs = _pairs(text, "recruits_in")
    assert ("Hay'at Tahrir al-Sham", "Idlib") in pairs
    assert ("Hurras al-Din", "Idlib") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdistan Workers' Party operates in Duhok and in Erbil, according to Turkish officials.",
        "The Kurdistan Workers' Party is based in Duhok and in Erbil.",
    ],
)
def test_a_second_preposition_conjunct_is_a_second_place(text: str) -> None:
    rels = relations(text)
    places = {
        o
        for (s, p, o) in rels
        if s == "Kurdistan Workers' Party" and p in ("operates_in", "based_in")
    }
    assert {"Duhok", "Erbil"} <= places


# -- a definite noun of a kind of place ---------------------------------------------------------


def test_the_town_stands_for_the_town_named_before() -> None:
    text = "Fano militiamen seized Lalibela in August and have held the town since, residents said."
    assert ("Fano", "Lalibela") in _pairs(text, "controls")


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Fano fighters reached Woldia on Monday. They have held the town since then.", True),
        (
            "Fano fighters reached Kobo and Woldia on Monday. They have held the town since then.",
            False,
        ),
    ],
)
def test_the_town_refuses_when_two_places_compete(text: str, held: bool) -> None:
    assert bool(_pairs(text, "controls")) is held


def test_a_town_with_its_own_qualifier_is_no_reference() -> None:
    text = (
        "Fighting resumed around Lalibela. Fano has controlled the old town of Gondar since August."
    )
    assert ("Fano", "Lalibela") not in _pairs(text, "controls")


# -- memberships --------------------------------------------------------------------------------


def test_the_addressee_of_a_member_is_no_member() -> None:
    text = (
        "Three guards were killed, said Ahmad Karimi, an officer of the Fatemiyoun Division, "
        "who warned Sara Ahmadi that the attackers would return."
    )
    members = _pairs(text, "member_of")
    assert ("Ahmad Karimi", "Fatemiyoun Division") in members
    assert not any(s == "Sara Ahmadi" for s, _ in members)


def test_a_unit_belongs_to_its_body() -> None:
    # (rel2, s20) read by the relation patterns: the verb entry s20 added for it was redundant
    text = "The Tiger Battalion belongs to the Libyan National Army."
    assert ("Tiger Battalion", "Libyan National Army") in _pairs(text, "member_of")


def test_a_member_named_in_a_relative_clause_stays_a_member() -> None:
    text = 'A Fatemiyoun officer, introducing himself as "Commander Rezaei", vowed to come back.'
    assert ("Rezaei", "Fatemiyoun Division") in _pairs(text, "member_of")
