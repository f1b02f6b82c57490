"""Session 22: actors found by structure. A country (or its demonym) before a hyphenated
participle is a state that acts ("Egypt-brokered", "Rwandan-led", "Turkish- and Iranian-made");
a name with a known place in brackets, or opening a dated incident line after its date, is a
place, not a person; a lower-case common word is no actor. All sentences written for these
tests."""

from __future__ import annotations

from report_docs import actor_written, text_actors

from dossier.records import Actor


def _state_named(actors: tuple[Actor, ...], country: str) -> Actor | None:
    """The actor that carries ``country``'s own name (as its name or an alias)."""
    return next((a for a in actors if country in (a.name, *a.aliases)), None)


def _states(actors: tuple[Actor, ...]) -> list[Actor]:
    return [a for a in actors if a.type in ("government", "state") or a.key.startswith("state:")]


# --------------------------------------------------------------------------------------------
# a country before a hyphenated participle acts


def test_country_before_participle_is_a_state() -> None:
    actors = text_actors(
        "An Egypt-brokered truce between the two factions took effect in Tripoli on Sunday."
    )
    egypt = _state_named(actors, "Egypt")
    assert egypt is not None, [(a.name, a.aliases) for a in actors]
    assert egypt.type == "government"


def test_demonym_before_participle_is_the_state_by_its_own_name() -> None:
    actors = text_actors(
        "The Rwandan-led contingent deployed to Bangui ahead of the election, officials said."
    )
    assert _state_named(actors, "Rwanda") is not None, [(a.name, a.aliases) for a in actors]


def test_two_demonyms_share_one_participle() -> None:
    actors = text_actors(
        "Investigators found Turkish- and Iranian-made drones at the militia's depot near Sirte."
    )
    assert _state_named(actors, "Turkey") is not None or _state_named(actors, "Türkiye")
    assert _state_named(actors, "Iran") is not None, [(a.name, a.aliases) for a in actors]


def test_based_only_places_a_group() -> None:
    # "based" tells where, not who acts: no British state
    actors = text_actors(
        "A London-based faction of the movement rejected the ceasefire on Tuesday."
    )
    assert _state_named(actors, "United Kingdom") is None
    assert not any(a.country == "GB" and a.type == "government" for a in actors)


def test_participle_after_a_group_names_no_state() -> None:
    actors = text_actors(
        "The Hamas-backed candidate lost the municipal vote in Khan Younis last spring."
    )
    assert not _states(actors), [(a.key, a.name) for a in actors]


def test_participle_after_a_common_word_names_no_state() -> None:
    actors = text_actors("A locally-made bomb exploded near the cattle market in Gao on Friday.")
    assert not _states(actors), [(a.key, a.name) for a in actors]


# --------------------------------------------------------------------------------------------
# places the model took for people


def test_name_with_a_province_in_brackets_is_a_place() -> None:
    text = (
        "INCIDENTS\n"
        "- 14 Apr, Abu Ajura (North Kordofan): Gunmen burned thirty houses and killed two"
        " herders.\n"
    )
    actors = text_actors(text)
    assert actor_written(actors, "Abu Ajura") is None, [(a.name, a.type) for a in actors]


def test_name_opening_a_dated_line_after_its_date_is_a_place() -> None:
    text = (
        "INCIDENTS\n"
        "- 6 Apr, Umm Dukhun, near Zalingei (Central Darfur): Three guards died when gunmen"
        " set a fuel depot alight.\n"
    )
    actors = text_actors(text)
    assert actor_written(actors, "Umm Dukhun") is None, [(a.name, a.type) for a in actors]


def test_person_with_an_alias_in_brackets_stays_a_person() -> None:
    actors = text_actors(
        "Commander Ahmad al-Khubayl (Abu Khawla) was detained by the coalition on 27 August."
    )
    person = actor_written(actors, "Ahmad al-Khubayl")
    assert person is not None and person.type == "person"


def test_speaker_with_his_town_in_brackets_stays_a_person() -> None:
    actors = text_actors("Ibrahim Bello (Gusau) said on Monday that bandits had burned the market.")
    assert actor_written(actors, "Ibrahim Bello") is not None, [(a.name, a.type) for a in actors]


def test_outlet_quoted_with_its_city_stays_an_outlet() -> None:
    actors = text_actors(
        "The governor's spokesman was quoted by the Daily Frontier (Peshawar) as saying that"
        " two suspects had been arrested."
    )
    assert actor_written(actors, "Daily Frontier") is not None, [(a.name, a.type) for a in actors]


def test_acronym_in_brackets_is_no_place() -> None:
    actors = text_actors(
        "The abduction was reported by the Sahel Press Service (SPS) on Tuesday, citing"
        " residents of the village."
    )
    assert actor_written(actors, "Sahel Press Service") is not None


def test_dated_speaker_line_keeps_the_person() -> None:
    text = (
        "NOTES\n"
        "- 9 Apr, Ibrahim Bello, the district head, said bandits attacked the village of"
        " Kware.\n"
    )
    actors = text_actors(text)
    assert actor_written(actors, "Ibrahim Bello") is not None, [(a.name, a.type) for a in actors]


# --------------------------------------------------------------------------------------------
# "Police" as a modifier names no police body


def test_police_as_a_modifier_is_no_police_actor() -> None:
    actors = text_actors(
        "Bandits attacked Dansadau in Zamfara State, Nigeria, on Monday. Police officers were"
        " among the dead."
    )
    assert actor_written(actors, "Police") is None


# --------------------------------------------------------------------------------------------
# a body written only in lower case is a description, no actor


def test_lower_case_common_word_is_no_actor() -> None:
    actors = text_actors(
        'According to the governor, the "asonada" that trapped the patrol near Argelia was'
        " planned by guerrilla militiamen."
    )
    assert actor_written(actors, "asonada") is None, [(a.name, a.type) for a in actors]


def test_lower_case_body_described_by_its_kind_stays() -> None:
    # a body noun ("commission") keeps a described body, which a person may have headed
    actors = text_actors(
        "The Kasai Liberation Front was launched in 2023 by Pascal Mbeki, an ex-chairman of the"
        " electoral commission, and several army deserters."
    )
    assert actor_written(actors, "electoral commission") is not None, [
        (a.name, a.type) for a in actors
    ]


def test_capitalised_body_stays_an_actor() -> None:
    actors = text_actors(
        "The Independent Electoral Commission postponed the vote in Kasai on Monday, citing"
        " attacks on its staff."
    )
    assert actor_written(actors, "Independent Electoral Commission") is not None


def test_currency_written_lower_is_no_actor() -> None:
    actors = text_actors(
        "Relatives paid a ransom of 800,000 naira for each pupil, and the gunmen freed five"
        " of them on Friday."
    )
    assert actor_written(actors, "naira") is None, [(a.name, a.type) for a in actors]


# --------------------------------------------------------------------------------------------
# a place's noun after a name, past a bracket


def test_name_before_a_garrison_is_a_place() -> None:
    actors = text_actors(
        "On 3 February a drone aimed at the Wadi Sirhan garrison near the border was shot down."
    )
    assert actor_written(actors, "Wadi Sirhan") is None, [(a.name, a.type) for a in actors]


def test_both_names_of_a_prison_are_its_place() -> None:
    actors = text_actors("In 2019 gunmen broke into the Kanfani (al-Nour) jail outside Sabha.")
    assert actor_written(actors, "Kanfani") is None, [(a.name, a.type) for a in actors]
    assert actor_written(actors, "al-Nour") is None


def test_group_with_an_acronym_in_brackets_stays_a_group() -> None:
    actors = text_actors(
        "The Kivu Defence Front (KDF) ambushed an army convoy near Rutshuru on Sunday."
    )
    assert actor_written(actors, "Kivu Defence Front") is not None, [
        (a.name, a.type) for a in actors
    ]
