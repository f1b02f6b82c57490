"""Session 23, review: regressions found in the s23 actor change. A bare "Police" is not the
report's country's police where the report names a police body of another country or of a
region ("the Tanzania Police Force", "the Oromia Police Commission"); a two-word name that
ends a longer one is not that man where the text names it as his kin ("his son X": in
patronymic naming the two last words of a man's name are his father's and grandfather's).
All sentences written for these tests."""

from __future__ import annotations

from report_docs import actor_written, text_actors

from dossier.records import Actor


def _names(actors: tuple[Actor, ...]) -> list[tuple[str, str, list[str]]]:
    return [(a.name, a.key, [m.text for m in a.mentions]) for a in actors]


def _bare_police(actors: tuple[Actor, ...]) -> Actor | None:
    """The actor one of whose mentions is the bare word "Police"."""
    return next((a for a in actors if any(m.text == "Police" for m in a.mentions)), None)


# --------------------------------------------------------------------------------------------
# a police body of another country or of a region leaves a bare "Police" unsaid


def test_foreign_police_force_named_leaves_bare_police_unsaid() -> None:
    actors = text_actors(
        "The Tanzania Police Force arrested two Kenyans at the border. Kenya condemned the "
        "arrests. Police said the men were traders."
    )
    police = _bare_police(actors)
    assert police is None or "Kenya" not in police.name, _names(actors)


def test_regional_police_commission_named_leaves_bare_police_unsaid() -> None:
    actors = text_actors(
        "Security update for Ethiopia.\n\nThe Ethiopian army fought Fano militias near Bahir "
        "Dar. The Oromia Police Commission said OLA fighters killed three. Police said the "
        "road was closed."
    )
    police = _bare_police(actors)
    assert police is None or police.key == "new:oromia-police-commission", _names(actors)


def test_national_police_force_named_keeps_bare_police_the_countrys() -> None:
    actors = text_actors(
        "Gunmen robbed a bank in Kumasi, Ghana, on Friday. The Ghana Police Force said two "
        "suspects fled. Police said the money was recovered."
    )
    police = _bare_police(actors)
    assert police is not None, _names(actors)
    assert police.type == "state_forces" and "Ghana" in police.name, _names(actors)


def test_title_ending_in_police_is_no_second_police_body() -> None:
    # "Inspector General of Police" is a man's title, not a second police body
    actors = text_actors(
        "The Sindh Police arrested four men in Karachi, Pakistan, on Monday. The Inspector "
        "General of Police praised the officers. Police said the men carried explosives."
    )
    police = _bare_police(actors)
    assert police is not None and police.name == "Sindh Police", _names(actors)


def test_police_at_the_end_of_a_title_is_no_mention_of_the_body() -> None:
    actors = text_actors(
        "The Rivers State Police Command detained six youths in Port Harcourt, Nigeria. The "
        "Deputy Inspector General of Police visited the city on Friday. Police said the youths "
        "had looted shops."
    )
    command = actor_written(actors, "Rivers State Police Command")
    assert command is not None, _names(actors)
    bare = [m for m in command.mentions if m.text == "Police"]
    assert len(bare) <= 1, _names(actors)


# --------------------------------------------------------------------------------------------
# a name written as someone's kin is that relative's, not the longer name's


def test_son_named_by_the_two_last_words_of_his_fathers_name_stays_apart() -> None:
    actors = text_actors(
        "The militia commander Hassan Abdi Farah met the elders of Beledweyne, Somalia. His "
        "son Abdi Farah was later killed."
    )
    full, short = actor_written(actors, "Hassan Abdi Farah"), actor_written(actors, "Abdi Farah")
    assert full is not None and short is not None, _names(actors)
    assert full is not short, _names(actors)


def test_name_before_a_kin_noun_stays_apart() -> None:
    actors = text_actors(
        "The militia commander Hassan Abdi Farah met the elders of Beledweyne, Somalia. Abdi "
        "Farah's nephew said he had left."
    )
    full, short = actor_written(actors, "Hassan Abdi Farah"), actor_written(actors, "Abdi Farah")
    assert full is not None and short is not None, _names(actors)
    assert full is not short, _names(actors)


def test_father_in_apposition_stays_apart_from_a_gazetteer_person() -> None:
    actors = text_actors(
        "Abiy Ahmed Ali became prime minister of Ethiopia in 2018. His father, Ahmed Ali, was "
        "a farmer."
    )
    full, short = actor_written(actors, "Abiy Ahmed Ali"), actor_written(actors, "Ahmed Ali")
    assert full is not None, _names(actors)
    assert short is None or short is not full, _names(actors)


def test_two_word_ending_without_kin_is_still_the_same_person() -> None:
    actors = text_actors(
        "The army said it had killed Jean-Pierre Bemba Gombo in Gbadolite. Officials said "
        "Bemba Gombo had been hiding."
    )
    full = actor_written(actors, "Jean-Pierre Bemba Gombo")
    assert full is not None, _names(actors)
    assert actor_written(actors, "Bemba Gombo") is full, _names(actors)


def test_two_word_ending_shared_with_a_name_of_another_label_joins_neither() -> None:
    # two relatives named in full, one of them taken for an organisation by the model
    actors = text_actors(
        "Kwame Mensah Boateng and Ama Mensah Boateng were arrested in Tamale, Ghana. Mensah "
        "Boateng denied the charges."
    )
    short = actor_written(actors, "Mensah Boateng")
    assert short is None or short is not actor_written(actors, "Kwame Mensah Boateng"), _names(
        actors
    )
