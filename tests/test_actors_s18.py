"""Actors in short texts written for these tests (round 18): group names that the context
marks as a group's (opened by a number, short hyphenated names, "its rival X", "X, whose
leader"), people named with a quoted nickname, national forces named before a title ("Kenyan
contingent commander X", "Chad's army spokesman"), political wings the gazetteer once
folded into their armed wings, offices of a state named by its possessive, and names wrapped
onto the next line."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from test_places_s8 import annotated

from dossier.nlp.named_actors import cued_group_names
from dossier.records import Actor


def bare_doc(text: str) -> Doc:
    """``text`` split at spaces, with no model's tags nor entities."""
    return Doc(spacy.blank("en").vocab, words=text.split())


def cued_texts(doc: Doc) -> list[str]:
    return [doc[c.start : c.end].text for c in cued_group_names(doc)]


def actors(text: str) -> list[Actor]:
    return list(annotated(text)[1])


def by_form(found: list[Actor], form: str) -> Actor | None:
    """The actor one of whose mentions is written ``form``."""
    return next((a for a in found if any(m.text == form for m in a.mentions)), None)


def by_key(found: list[Actor], key: str) -> Actor | None:
    return next((a for a in found if a.key == key), None)


def test_name_opened_by_a_number_before_whose_leader_is_a_group() -> None:
    text = (
        "Farmers fled the valley, which is held by 300 Lapen, whose leader Marc Dorval was "
        "arrested last year. 300 Lapen later denied any role in the killings."
    )
    found = actors(text)
    group = by_form(found, "300 Lapen")
    assert group is not None and group.type != "person", found
    assert len(group.mentions) == 2, group


def test_short_hyphenated_name_after_its_rival_is_a_group() -> None:
    text = (
        "The Bwa Kale network and its old rival K-Tes signed a truce in Gonaives on Sunday, "
        "residents said."
    )
    found = actors(text)
    assert by_form(found, "K-Tes") is not None, found


def test_name_before_and_its_rival_is_a_group_too() -> None:
    text = "Last year the Z7 and its rival Toto-Ba agreed to share the market district."
    found = actors(text)
    assert by_form(found, "the Z7") is not None or by_form(found, "Z7") is not None, found
    assert by_form(found, "Toto-Ba") is not None, found


def test_a_persons_rival_names_no_group() -> None:
    text = "The mayor and his rival Pierre Lamarque met in Jacmel on Friday."
    found = actors(text)
    rival = by_form(found, "Pierre Lamarque")
    assert rival is not None and rival.type == "person", found
    # "his" cues nothing; "its" would
    assert cued_texts(bare_doc("The mayor and his rival Lamarque met in Jacmel")) == []
    assert cued_texts(bare_doc("The gang and its rival Lamarque met in Jacmel")) == ["Lamarque"]


def test_a_country_before_whose_leader_is_no_group() -> None:
    country = bare_doc("Troops from Chad , whose leader visited Paris , closed the border")
    assert cued_texts(country) == [], cued_texts(country)
    group = bare_doc("Troops from Kilo-9 , whose leader visited Paris , closed the border")
    assert cued_texts(group) == ["Kilo-9"], cued_texts(group)


def test_person_with_a_quoted_nickname_is_one_person() -> None:
    text = (
        "The Kraze Baryè gang is run by Vitel'homme Innocent. Its ally, the Ti Makak gang, is "
        'led by Renel "Ti Renel" Destina, who was seen in Laboule. Police said Ti Renel fled.'
    )
    found = actors(text)
    person = by_form(found, 'Renel "Ti Renel" Destina')
    assert person is not None and person.type == "person", found
    assert "Ti Renel" in person.aliases, person
    assert by_form(found, "Renel") is None, found


def test_nicknamed_name_wrapped_onto_the_next_line_is_one_person() -> None:
    text = (
        "In a statement read on local radio on Friday, the gang leader Wilson\n"
        '"Ti Lapli" Joseph said his men would keep the road closed.'
    )
    found = actors(text)
    person = next((a for a in found if a.type == "person" and "Joseph" in a.name), None)
    assert person is not None and "\n" not in person.name, found
    assert "Lapli" in person.name, person


def test_contingent_commander_names_the_national_force() -> None:
    text = (
        "Burundian contingent commander Pontien Hakizimana told reporters that two of his "
        "soldiers were wounded near Balad."
    )
    found = actors(text)
    force = by_form(found, "Burundian contingent")
    assert force is not None and force.type == "state_forces", found


def test_possessive_army_spokesman_names_the_army() -> None:
    text = "Chad's army spokesman Azem Bermandoa said 40 fighters were killed on the islands."
    found = actors(text)
    force = by_form(found, "Chad's army")
    assert force is not None and force.type == "state_forces", found


def test_political_wing_is_its_own_actor() -> None:
    text = (
        "The Kachin Independence Army (KIA), the armed wing of the Kachin Independence "
        "Organisation (KIO), shelled a junta post near Bhamo."
    )
    found = actors(text)
    kio = by_form(found, "KIO")
    kia = by_key(found, "kia")
    assert kio is not None and kia is not None and kio is not kia, found
    assert kia.parent == kio.key, kia


def test_office_named_by_a_states_possessive_is_its_governments() -> None:
    text = (
        "Sudan–Chad\n\nEgypt's Foreign Office said on Monday that it had summoned the "
        "ambassador over the shelling of the border post. Egypt also closed the crossing."
    )
    found = actors(text)
    office = by_form(found, "Foreign Office")
    assert office is not None and office.type == "government", found
    assert office.parent is not None and office.country == "EG", office


def test_gazetteer_name_wrapped_onto_the_next_line_is_matched_and_spelt_on_one_line() -> None:
    text = "A truce was signed by the Myanmar National Democratic\nAlliance Army on Tuesday."
    found = actors(text)
    group = by_key(found, "mndaa")
    assert group is not None, found
    assert not any("\n" in alias for alias in group.aliases), group


def test_status_word_in_capitals_is_no_actor() -> None:
    text = "Road travel between Kumba and Mamfe remains AMBER. The ferry crossing is CLOSED."
    found = actors(text)
    assert not any(a.name in ("AMBER", "CLOSED") for a in found), found


def test_police_post_acronym_is_no_actor() -> None:
    text = "Two constables were wounded, the divisional police officer (DPO) Musa Bello said."
    found = actors(text)
    assert not any(a.name == "DPO" for a in found), found
    assert any(a.name == "Musa Bello" and a.type == "person" for a in found), found


def test_name_after_an_outlet_noun_is_a_news_outlet() -> None:
    text = "The governor denied the report, telling the state broadcaster ORTB on Sunday."
    found = actors(text)
    outlet = by_form(found, "ORTB")
    assert outlet is not None and outlet.type == "media", found


def test_a_date_after_an_outlet_noun_is_no_outlet() -> None:
    text = "The weekly Friday bulletin of the ministry listed nine attacks."
    found = actors(text)
    assert not any(a.name.startswith("Friday") for a in found), found


def test_members_listed_after_a_coalition_noun_are_groups() -> None:
    text = (
        "The raid was blamed on Lakay Fo, a coalition of Baz Sonson, Ti-Bwa and 7 Lanmo, "
        "which has held the port road since January."
    )
    found = actors(text)
    assert by_form(found, "Ti-Bwa") is not None, found
    assert by_form(found, "7 Lanmo") is not None, found


def test_alliance_that_brings_together_lists_its_members() -> None:
    text = "The new alliance, announced in May, brings together Kilo-9 and the Sunset Crew."
    found = actors(text)
    assert by_form(found, "Kilo-9") is not None, found


def test_a_capitalised_coalition_of_is_no_member_list() -> None:
    # a body named "Coalition of X" lists no members; "a coalition of X" does (a doc built
    # without the model, so that no entity of its decides)
    named = bare_doc("Delegates of the Coalition of Journalists met the minister")
    assert cued_texts(named) == [], cued_texts(named)
    listed = bare_doc("Delegates of a coalition of Kilo-9 and Tanga met the minister")
    assert cued_texts(listed) == ["Kilo-9", "Tanga"], cued_texts(listed)
