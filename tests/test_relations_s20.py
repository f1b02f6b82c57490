"""Relations, round s20: mechanisms for relations that fresh reports state inside their
accounts of attacks and recruitment, on any wording:

- an attack on a site an armed actor holds ("bombed a camp of Y", "pounded Y's positions",
  "struck Y targets") makes the attacker and the holder foes; a site no name qualifies
  ("a refugee camp") names no foe;
- a state's name or demonym glued to a participle ("the UAE-backed militia") is that state,
  where the document names the state as an actor;
- recruiting: "X recruiters operate in P" is recruitment in P, not mere operations;
  "accused of recruiting young men for X in P"; "A and B, which officials say have been
  recruiting in P" (the relative pronoun across a reporting verb);
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


def test_bombing_a_camp_of_a_group_makes_it_a_foe() -> None:
    text = "The Ethiopian army bombed a camp of the Oromo Liberation Army near Nekemte."
    assert ("Ethiopian National Defense Force", "Oromo Liberation Army") in _pairs(
        text, "hostile_to"
    )


def test_striking_a_group_s_targets_makes_it_a_foe() -> None:
    text = "The US and UK began striking Houthi targets on 12 January 2024."
    pairs = _pairs(text, "hostile_to")
    assert ("Government of the United States", "Houthis") in pairs
    assert ("Government of the United Kingdom", "Houthis") in pairs


def test_pounding_possessed_positions_makes_a_foe() -> None:
    text = "Israeli jets pounded Hezbollah's positions near Tyre on Tuesday."
    assert ("Israel Defense Forces", "Hezbollah") in _pairs(text, "hostile_to")


def test_a_site_no_name_qualifies_names_no_foe() -> None:
    text = "The Ethiopian army bombed a refugee camp near Nekemte on Monday."
    assert not _pairs(text, "hostile_to")


def test_a_stance_on_the_site_names_no_foe() -> None:
    text = "Al-Shabaab stormed an anti-Shabaab militia's camp near Jowhar."
    assert ("al-Shabaab", "al-Shabaab") not in _pairs(text, "hostile_to")


# -- a state glued to a participle ------------------------------------------------------------


def test_state_abbreviation_glued_to_backed() -> None:
    text = (
        "The UAE-backed Giants Brigades, led by Abdulrahman al-Muharrami, moved to the coast. "
        "The UAE denied sending arms."
    )
    pairs = _pairs(text, "supports")
    assert any(s == "United Arab Emirates" for s, _ in pairs)


def test_demonym_glued_to_backed_needs_the_state_named() -> None:
    # no state of the demonym acts or is named: nothing to link
    text = "Chadian-backed fighters crossed the border near Tissi on Sunday."
    assert not _pairs(text, "supports")


# -- recruitment ------------------------------------------------------------------------------


def test_recruiters_operating_in_places_recruit_there() -> None:
    text = (
        "Al-Shabaab recruiters continue to operate in Garissa county and in Somalia's Gedo "
        "region, a Kenyan official said."
    )
    rels = relations(text)
    places = {o for (s, p, o) in rels if s == "al-Shabaab" and p == "recruits_in"}
    assert places == {"Garissa county", "Gedo"}
    assert not any(p == "operates_in" for (_, p, _) in rels)


def test_recruiting_for_a_group_in_a_place() -> None:
    text = (
        "Police arrested two men accused of recruiting young people for al-Shabaab in "
        "Mombasa's Majengo neighbourhood."
    )
    assert ("al-Shabaab", "Majengo") in _pairs(text, "recruits_in")


def test_recruiting_for_a_state_names_no_recruiter() -> None:
    text = "Two men were accused of recruiting young people for the Kenyan army in Mombasa."
    assert not _pairs(text, "recruits_in")


def test_relative_pronoun_across_a_reporting_verb() -> None:
    text = (
        "The ADF and the Mai-Mai, which local officials say have been recruiting in the "
        "displacement camps of Beni, deny the charge."
    )
    pairs = _pairs(text, "recruits_in")
    assert ("Allied Democratic Forces", "Beni") in pairs
    assert ("Mai-Mai", "Beni") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram operates in Borno and in Yobe, according to the army.",
        "Boko Haram is based in Borno and in Yobe.",
    ],
)
def test_a_second_preposition_conjunct_is_a_second_place(text: str) -> None:
    rels = relations(text)
    places = {o for (s, p, o) in rels if s == "Boko Haram" and p in ("operates_in", "based_in")}
    assert {"Borno", "Yobe"} <= places


# -- a definite noun of a kind of place ---------------------------------------------------------


def test_the_town_stands_for_the_town_named_before() -> None:
    text = (
        "Fighting resumed around Rutshuru. The March 23 Movement, which has controlled the "
        "town since 2022, shelled nearby villages."
    )
    assert ("March 23 Movement", "Rutshuru") in _pairs(text, "controls")


def test_the_town_refuses_when_two_places_compete() -> None:
    text = "Clashes broke out in Kidal and Gao. The CSP, which has held the town since 2012, denied it."
    assert not _pairs(text, "controls")


def test_a_town_with_its_own_qualifier_is_no_reference() -> None:
    text = (
        "Fighting resumed around Rutshuru. The March 23 Movement has controlled the old town "
        "of Bunagana since 2022."
    )
    assert ("March 23 Movement", "Rutshuru") not in _pairs(text, "controls")


# -- memberships --------------------------------------------------------------------------------


def test_the_addressee_of_a_member_is_no_member() -> None:
    text = (
        "At least five soldiers died, according to Juma Ali, a commander of the Força Local "
        "militia, who told Peter Mwangi that fighters came from the coast."
    )
    members = _pairs(text, "member_of")
    assert ("Juma Ali", "Força Local") in members
    assert not any(s == "Peter Mwangi" for s, _ in members)


def test_a_unit_belongs_to_its_body() -> None:
    text = "The 10th Front belongs to the Estado Mayor Central (EMC), officials said."
    assert ("10th Front", "Estado Mayor Central") in _pairs(text, "member_of")


def test_a_member_named_in_a_relative_clause_stays_a_member() -> None:
    text = 'A Mai-Mai commander who gave his name as "General Kasereka" said the fighters would return.'
    assert ("Kasereka", "Mai-Mai") in _pairs(text, "member_of")
