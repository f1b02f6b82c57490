"""Actors, round 18 second pass: group names cued by their context must not cut a longer name
the model found, nor make a person, a common acronym or a people a group; the type of a cued
name follows the owner of "its rival/partner"; cued names set off by commas or after a
sentence-initial "Its"; a bracket-defined name wins over a gazetteer name inside it; a state's
possessive owns no other state's body. Each on the sentence a reviewer found the fault with
and on sentences written for these tests about other conflicts."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc
from test_places_s8 import annotated

from dossier.nlp.actor_ruler import defined_longer_name, line_break
from dossier.nlp.named_actors import CUED, GANG_OWNED, OWNED, cued_group_names
from dossier.nlp.person_names import nickname_pattern
from dossier.records import Actor, ActorEntry, Mention
from dossier.resolve.actors import _leading_code_keys


def actors(text: str) -> list[Actor]:
    return list(annotated(text)[1])


def by_form(found: list[Actor], form: str) -> Actor | None:
    """The actor one of whose mentions is written ``form``."""
    return next((a for a in found if any(m.text == form for m in a.mentions)), None)


@lru_cache(maxsize=16)
def parsed(text: str) -> Doc:
    from dossier.nlp import build_nlp

    return build_nlp()(text)


def cued(text: str) -> dict[str, str]:
    """The cued group names of ``text``, each with its label."""
    doc = parsed(text)
    return {doc[c.start : c.end].text: c.label for c in cued_group_names(doc)}


# 1. a cued name never cuts a longer entity; ordinals open names


def test_numbered_brigade_before_whose_commander_stays_whole() -> None:
    text = (
        "Soldiers of the 4th Brigade, whose commander was killed in May, retook the town "
        "from the rebels."
    )
    found = actors(text)
    assert by_form(found, "4th Brigade") is not None or by_form(found, "the 4th Brigade"), found
    assert by_form(found, "Brigade") is None, found
    assert "Brigade" not in cued(text), cued(text)


def test_numbered_battalion_in_another_wording_stays_whole() -> None:
    text = (
        "The 12th Battalion, whose commanders were dismissed last week, pulled out of "
        "Kalemie on Monday."
    )
    found = actors(text)
    assert any("12th Battalion" in m.text for a in found for m in a.mentions), found
    assert "Battalion" not in cued(text), cued(text)


# 2. a person after "its rival" stays a person


def test_person_after_its_main_rival_stays_a_person() -> None:
    text = (
        "The ruling UDPS and its main rival Moise Katumbi traded accusations after the "
        "killings in Kinshasa."
    )
    found = actors(text)
    rival = by_form(found, "Moise Katumbi")
    assert rival is not None and rival.type == "person", found


def test_hyphenated_given_name_after_its_rival_stays_a_person() -> None:
    text = "The ruling party and its rival Jean-Pierre Bemba exchanged accusations in Gemena."
    assert not any("Bemba" in name for name in cued(text)), cued(text)


def test_a_persons_rival_is_no_cued_group() -> None:
    text = "The mayor and his rival Lamarque Doucet met in Jacmel on Friday."
    assert cued(text) == {}, cued(text)


# 3. the owner of "its partner/rival" decides the gang type


def test_partner_of_a_police_force_is_no_gang() -> None:
    text = (
        "Gang violence spread across Port-au-Prince in March. The Haitian National Police and "
        "its partner Vectus Global launched drone strikes on the Cite Soleil gangs."
    )
    found = actors(text)
    partner = by_form(found, "Vectus Global")
    assert partner is not None and partner.type != "criminal_group", found
    assert cued(text).get("Vectus Global") == OWNED, cued(text)


def test_partner_of_a_un_agency_is_no_gang() -> None:
    text = (
        "Gangs now control most of the capital. The World Food Programme and its partner Hope "
        "for Haiti distributed food in Croix-des-Bouquets on Tuesday."
    )
    found = actors(text)
    assert not any(a.type == "criminal_group" for a in found), found


def test_rival_of_a_gang_is_a_gang() -> None:
    text = "The Tiger Lane gang and its rival Dos Puentes fought over the market in San Pedro."
    found = actors(text)
    rival = by_form(found, "Dos Puentes")
    assert rival is not None and rival.type == "criminal_group", found
    assert cued(text).get("Dos Puentes") == GANG_OWNED, cued(text)


# 4. plural common acronyms are no names


def test_ngos_in_a_coalition_list_are_no_actor() -> None:
    for text in (
        "The attack was condemned by a coalition of NGOs and churches in Goma.",
        "The attack was condemned by a coalition of NGOs, churches and Human Rights Watch.",
        "An alliance of CSOs and unions called a strike in Bamako on Monday.",
    ):
        found = actors(text)
        assert by_form(found, "NGOs") is None and by_form(found, "CSOs") is None, found


# 5. a people's name before a plural group noun is no group


def test_people_before_militias_in_a_coalition_is_no_actor() -> None:
    text = (
        "The attack was claimed by CODECO, a coalition of Ituri-based Lendu militias, local "
        "officials said."
    )
    found = actors(text)
    assert by_form(found, "Lendu") is None, found
    assert by_form(found, "CODECO") is not None, found


def test_people_before_tribes_in_an_alliance_is_no_actor() -> None:
    text = "The council was backed by an alliance of Shammar tribes, elders in Rabia said."
    found = actors(text)
    assert by_form(found, "Shammar") is None, found


# 6. names set off by commas


def test_name_after_its_rival_between_commas_is_a_group() -> None:
    text = (
        "The gang, led by Wilson Joseph, and its long-time rival, 400 Mawozo, fought for "
        "control of the Canaan road."
    )
    found = actors(text)
    group = by_form(found, "400 Mawozo")
    assert group is not None and group.type == "criminal_group", found


def test_name_after_its_rival_with_a_hyphenated_modifier_is_a_group() -> None:
    text = (
        "The gang did not attack the school. Police said its rival, the Canaan-based 400 "
        "Mawozo, was behind the kidnapping."
    )
    found = actors(text)
    assert by_form(found, "400 Mawozo") is not None, found


def test_apposed_name_in_another_conflict() -> None:
    text = (
        "The militia and its old ally, the Kivu-based Raia Mboko, withdrew from the mines "
        "near Shabunda."
    )
    assert "Raia Mboko" in cued(text), cued(text)


# 7. sentence-initial "Its"


def test_sentence_initial_its_rival_cues_a_group() -> None:
    text = (
        "The gang controls Bel Air. Its rival Kraze Bare holds the area around Solino, and the "
        "two gangs clash almost weekly."
    )
    found = actors(text)
    group = by_form(found, "Kraze Bare")
    assert group is not None and group.type == "criminal_group", found


def test_sentence_initial_their_allies_cue_a_group() -> None:
    text = "The cartels run the port. Their allies Sangre Nueva guard the roads to Tampico."
    assert "Sangre Nueva" in cued(text), cued(text)


# the cues are kept on the doc for the resolver


def test_cued_names_are_kept_on_the_doc() -> None:
    doc = parsed("The gang controls Bel Air. Its rival Kraze Bare holds the area around Solino.")
    assert [s.text for s in doc.spans[CUED]] == ["Kraze Bare"], list(doc.spans[CUED])


# a bracket-defined name and a state's possessive


def test_bracket_defined_name_wins_over_gazetteer_piece() -> None:
    text = "Nigeria's Department of State Services (DSS) arrested three suspects in Kano."
    found = actors(text)
    assert not any(a.country == "US" for a in found), found
    assert by_form(found, "Department of State") is None, found
    doc = parsed(text)
    assert defined_longer_name(doc, 2, 5)  # "Department of State" in "... Services (DSS)"
    assert not defined_longer_name(doc, 2, 6)


def test_states_possessive_owns_no_other_states_body() -> None:
    text = "Nigeria's Department of State said it would review the visa policy on Monday."
    found = actors(text)
    assert not any(a.country == "US" for a in found), found


def test_same_states_possessive_keeps_its_body() -> None:
    text = "America's Department of State said it would review the visa policy on Monday."
    found = actors(text)
    assert any(a.country == "US" and a.type == "government" for a in found), found


# helpers


def test_leading_code_joins_the_one_longer_name() -> None:
    def mention(start: int, text: str) -> Mention:
        return Mention(start, start + len(text), text, "ORG", 0, start, start + len(text))

    long_name = mention(0, "K7 Solidarity Front")
    code = mention(40, "the K7")
    other = mention(60, "Z3")
    keys = _leading_code_keys(
        [(long_name, None, None), (code, None, None), (other, None, None)],
        ["new:k7 solidarity front", "new:k7", "new:z3"],
    )
    assert keys == ["new:k7 solidarity front", "new:k7 solidarity front", "new:z3"], keys


def test_leading_code_with_two_longer_names_joins_neither() -> None:
    def mention(start: int, text: str) -> Mention:
        return Mention(start, start + len(text), text, "ORG", 0, start, start + len(text))

    keys = _leading_code_keys(
        [
            (mention(0, "K7 Solidarity Front"), None, None),
            (mention(30, "K7 Youth Wing"), None, None),
            (mention(50, "K7"), None, None),
        ],
        ["new:a", "new:b", "new:k7"],
    )
    assert keys[2] == "new:k7", keys


def test_leading_code_of_a_gazetteer_name_joins_it() -> None:
    entry = ActorEntry(id="g5", name="G5 Alliance", type="armed_group", aliases=("G5 Alyans",))
    gazetteer = Mention(0, 11, "G5 Alliance", "ORG", 0, 0, 11)
    bare = Mention(30, 32, "G5", "ORG", 0, 30, 32)
    keys = _leading_code_keys([(gazetteer, entry, None), (bare, None, None)], ["g5", "new:g5"])
    assert keys == ["g5", "g5"], keys


def test_one_nickname_pattern() -> None:
    import re

    pattern = re.compile(nickname_pattern())
    assert pattern.fullmatch('"Ti Renel"').group(1) == "Ti Renel"  # type: ignore[union-attr]
    assert pattern.fullmatch("\u201cBarbecue\u201d") is not None
    assert pattern.fullmatch('"one two"') is None
    assert pattern.fullmatch('"A B C D"') is None  # no more than three words


def test_line_break_is_one_wrapped_line() -> None:
    assert line_break("\n")
    assert line_break(" \n ")
    assert not line_break("\n\n")
    assert not line_break("word\n")
