"""Session 23: actors a report names without a name. A bare "Police" (the mass noun English
writes with no article) is the report's country's police, or the one police body the report
names; never the modifier of another noun ("police officers", "police and army posts"). A name
after an outlet's noun ("the state agency X") is that outlet, even where a place is spelt so.
A figure with a magnitude or currency word ("N20 million") is an amount, no actor. All
sentences written for these tests."""

from __future__ import annotations

from report_docs import actor_written, text_actors

from dossier.records import Actor
from dossier.resolve.actors import _an_amount


def _names(actors: tuple[Actor, ...]) -> list[tuple[str, str, list[str]]]:
    return [(a.name, a.key, [m.text for m in a.mentions]) for a in actors]


def _police_word(actors: tuple[Actor, ...]) -> Actor | None:
    """The actor one of whose mentions is the bare word "police", in any case."""
    return next((a for a in actors if any(m.text.lower() == "police" for m in a.mentions)), None)


# --------------------------------------------------------------------------------------------
# a bare "Police" acts for the report's country


def test_bare_police_at_sentence_start_is_the_countrys_police() -> None:
    actors = text_actors(
        "Gunmen robbed a bank in Mombasa, Kenya, on Friday. Police said four suspects were "
        "later arrested near the port."
    )
    police = _police_word(actors)
    assert police is not None, _names(actors)
    assert police.type == "state_forces"
    assert "Kenya" in police.name


def test_bare_police_placed_in_a_town_is_still_the_police() -> None:
    actors = text_actors(
        "Kenya has tightened security before the vote. Police in Kisumu detained eleven "
        "protesters on Saturday."
    )
    police = _police_word(actors)
    assert police is not None, _names(actors)
    assert police.type == "state_forces"


def test_bare_police_is_the_one_police_body_the_report_names() -> None:
    actors = text_actors(
        "The Lagos State Police Command arrested five men in Ikeja, Nigeria, on Friday. "
        "Police said the suspects had two rifles."
    )
    police = _police_word(actors)
    assert police is not None, _names(actors)
    assert police.name == "Lagos State Police Command"


def test_bare_police_with_two_named_police_bodies_is_nobody() -> None:
    actors = text_actors(
        "The Kano State Police Command and the Jigawa State Police Command opened a joint "
        "inquiry in Nigeria on Monday. Police said two suspects had fled."
    )
    assert _police_word(actors) is None, _names(actors)


def test_police_modifying_another_noun_is_no_actor() -> None:
    for text in (
        "Police officers guarded the polling station in Kisumu, Kenya, on Tuesday.",
        "A police spokesman in Nairobi, Kenya, said the road was closed.",
        "Rebels overran police and army posts near Lodwar, Kenya, on Sunday.",
        "Police stations across northern Kenya closed early on Friday.",
    ):
        actors = text_actors(text)
        assert _police_word(actors) is None, (text, _names(actors))


def test_police_with_a_determiner_or_a_number_is_not_the_mass_noun() -> None:
    # "two police" are people the text counts, not the body; "a police" is no English body
    actors = text_actors("Two police died when a bomb hit their truck in Garissa, Kenya.")
    assert _police_word(actors) is None, _names(actors)


def test_report_country_police_after_a_line_about_a_neighbour() -> None:
    text = (
        "Kenya security update, March 2025.\n\n"
        "Kenya's interior ministry said raids would continue across the country. "
        "Kenya deployed more units to the coast.\n\n"
        "Somalia, 3 March: Somali troops seized an arms cache outside Kismayo.\n"
        "Police questioned eleven fishermen in Kilifi on 5 March after rifles were found "
        "aboard their boat.\n"
    )
    actors = text_actors(text)
    police = _police_word(actors)
    assert police is not None, _names(actors)
    assert "Kenya" in police.name, _names(actors)


def test_police_in_a_foreign_country_sentence_keeps_that_country() -> None:
    # the sentence itself names Uganda: its police, not the report's country's
    text = (
        "Kenya's government extended the curfew in Mandera. Kenya also closed two border "
        "posts.\n\nIn Uganda, police in Kampala arrested three Kenyan traders on Monday."
    )
    actors = text_actors(text)
    police = _police_word(actors)
    assert police is None or "Kenya" not in police.name, _names(actors)


# --------------------------------------------------------------------------------------------
# a name after an outlet's noun names the outlet


def test_name_after_state_agency_is_an_outlet_not_a_place() -> None:
    actors = text_actors(
        "Officials in Ankara said two soldiers died in the clash, quoted by the state "
        "agency Anadolu."
    )
    outlet = actor_written(actors, "Anadolu")
    assert outlet is not None, _names(actors)
    assert outlet.type == "media"


def test_name_after_state_broadcaster_is_an_outlet() -> None:
    actors = text_actors(
        "The regional president spoke to the state broadcaster Oromia on Monday about the "
        "floods in southern Ethiopia."
    )
    outlet = actor_written(actors, "Oromia")
    assert outlet is not None, _names(actors)
    assert outlet.type == "media"


def test_same_place_name_without_an_outlet_noun_stays_a_place() -> None:
    actors = text_actors(
        "Floods displaced 4,000 families in Oromia, Ethiopia, the regional government said."
    )
    assert actor_written(actors, "Oromia") is None, _names(actors)


# --------------------------------------------------------------------------------------------
# amounts are no actors


def test_amounts_are_recognised() -> None:
    for text in ("N30 million", "Rs 2 crore", "$5bn", "300,000 birr", "12 million"):
        assert _an_amount(text), text


def test_numbered_names_are_no_amounts() -> None:
    for text in ("Brigade 313", "M23", "Unit 8200", "47th Brigade", "G5 Sahel", "Task Force 88"):
        assert not _an_amount(text), text


def test_a_levy_figure_is_no_actor() -> None:
    actors = text_actors(
        "The gang imposed a levy of N20 million on six villages in Zamfara, Nigeria, farmers said."
    )
    assert not any(any(c.isdigit() for c in a.name) for a in actors), _names(actors)


def test_numbered_group_still_an_actor() -> None:
    actors = text_actors("Brigade 313 claimed the rocket attack on the airbase near Kandahar.")
    assert actor_written(actors, "Brigade 313") is not None, _names(actors)


# --------------------------------------------------------------------------------------------
# one person by two names


def test_alias_joins_two_names_of_one_person() -> None:
    actors = text_actors(
        "A high court in Kano jailed a man named Sani Garba alias Baba Kura, a cattle rustler, "
        "for twelve years. Prosecutors told the judge that Baba Kura paid informers in three "
        "villages."
    )
    person = actor_written(actors, "Sani Garba")
    assert person is not None, _names(actors)
    assert actor_written(actors, "Baba Kura") is person, _names(actors)


def test_alias_cue_joins_a_name_the_text_repeats_later() -> None:
    # the name after the cue is cut off by an apposition; the text writes it again later
    actors = text_actors(
        "Marines killed Tomas Dalandan alias Abu Sayyid, the emir of a small cell, near "
        "Jolo on 3 May. Abu Sayyid had led the cell since 2021."
    )
    person = actor_written(actors, "Tomas Dalandan")
    assert person is not None, _names(actors)
    assert actor_written(actors, "Abu Sayyid") is person, _names(actors)


def test_two_people_joined_by_and_stay_two() -> None:
    actors = text_actors(
        "Gunmen abducted Grace Atieno and Mary Wanjiru on the road to Garissa on Tuesday."
    )
    a, b = actor_written(actors, "Grace Atieno"), actor_written(actors, "Mary Wanjiru")
    assert a is not None and b is not None, _names(actors)
    assert a is not b


def test_alias_between_two_groups_is_not_a_person_merge() -> None:
    # two bodies: the rule joins only people
    actors = text_actors(
        "The Kivu Freedom Front alias the Mountain Brigade attacked Rutshuru on Monday, "
        "while the Lake Tanganyika Movement stayed out."
    )
    movement = actor_written(actors, "Lake Tanganyika Movement")
    front = actor_written(actors, "Kivu Freedom Front")
    assert movement is None or movement is not front, _names(actors)


def test_surname_of_two_words_is_the_person_named_in_full() -> None:
    actors = text_actors(
        "Bello Dan Kaura, a bandit leader, broke with his former boss last year. Residents "
        "blamed Dan Kaura for the raid on Gidan Goga in Zamfara."
    )
    person = actor_written(actors, "Bello Dan Kaura")
    assert person is not None, _names(actors)
    assert actor_written(actors, "Dan Kaura") is person, _names(actors)


def test_two_word_tail_shared_by_two_full_names_joins_neither() -> None:
    # two men of one family: "Dan Kaura" alone could be either
    actors = text_actors(
        "Bello Dan Kaura and his brother Sani Dan Kaura led the raid on Gidan Goga in Zamfara. "
        "Residents said Dan Kaura had threatened the village."
    )
    short = actor_written(actors, "Dan Kaura")
    assert short is None or short not in (
        actor_written(actors, "Bello Dan Kaura"),
        actor_written(actors, "Sani Dan Kaura"),
    ), _names(actors)
