"""Session 23c: names that are no actors on newer reports. A name of another language amid a
stretch of that language (a header line, a quote in another script) is a word of that
language, unless the gazetteer knows it; a name before a venue's noun ("the X secondary
school", "X (monastery)") is the venue's, unless the report makes it act elsewhere. All
sentences written for these tests."""

from __future__ import annotations

import pytest
from report_docs import text_actors

from dossier.records import Actor


def _written(actors: tuple[Actor, ...]) -> set[str]:
    return {m.text for a in actors for m in a.mentions}


def _names(actors: tuple[Actor, ...]) -> list[tuple[str, str, list[str]]]:
    return [(a.name, a.type, [m.text for m in a.mentions]) for a in actors]


# --------------------------------------------------------------------------------------------
# a word of another language


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Muhtasari: Taarifa ya wiki kutoka kwa washirika wa misaada Kivu Kaskazini.\n\n"
            "The ADF killed nine farmers near Oicha on Tuesday.",
            "Taarifa ya wiki",
        ),
        (
            "A banner over the road read «Слава героям, смерть врагам Кремля» while soldiers "
            "watched from a truck.",
            "Кремля",
        ),
    ],
)
def test_a_name_amid_another_language_is_no_actor(text: str, word: str) -> None:
    actors = text_actors(text)
    assert word not in _written(actors), _names(actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a French name inside an English sentence: the stretch around it is English
        (
            "Observers said the Union des Patriotes Congolais had moved its fighters north "
            "of the lake after the talks failed.",
            "Union des Patriotes Congolais",
        ),
        # a table row of transliterated names: no lower-case words of another language
        (
            "| Group | Leader | Area |\n| Katiba Macina | Amadou Koufa | Mopti |\n",
            "Amadou Koufa",
        ),
        # a known outlet on a source line with a few foreign words
        ("Sources: Radio Okapi; local civil society; field teams in Ituri.", "Radio Okapi"),
        # a known group inside a French quote
        (
            "A villager said: « les hommes de la CODECO sont venus la nuit et ont tout brûlé ».",
            "CODECO",
        ),
    ],
)
def test_a_name_in_english_or_known_stays_an_actor(text: str, name: str) -> None:
    actors = text_actors(text)
    assert name in _written(actors), _names(actors)


# --------------------------------------------------------------------------------------------
# a venue's name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The air force struck the Wetkyin monastery and a clinic in Yinmabin Township on "
            "Sunday.",
            "Wetkyin",
        ),
    ],
)
def test_a_name_before_a_venue_noun_is_no_actor(text: str, name: str) -> None:
    actors = text_actors(text)
    assert name not in _written(actors), _names(actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the body that runs the school acts elsewhere: still an actor
        (
            "A Jamaat Ahl al-Bayt school in Kirkuk was raided by police. Jamaat Ahl al-Bayt "
            "denied any link to weapons.",
            "Jamaat Ahl al-Bayt",
        ),
        # a group's own hospital: the group's name holds a body's noun
        (
            "A drone hit the Ansar Relief Foundation hospital in Idlib, the foundation said.",
            "Ansar Relief Foundation",
        ),
        # a bracketed word that is no venue
        ("The Sahel Relief Network (charity) said it had lost two trucks.", "Sahel Relief Network"),
        # a group before a noun of its own members, not a venue
        ("A Jamaat Ahl al-Bayt cell in Kirkuk was raided, police said.", "Jamaat Ahl al-Bayt"),
    ],
)
def test_a_body_beside_a_venue_stays_an_actor(text: str, name: str) -> None:
    actors = text_actors(text)
    assert name in _written(actors), _names(actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a known body with a name in French, in an English sentence
        (
            "Médecins Sans Frontières said its teams in Bunia treated 40 wounded.",
            "Médecins Sans Frontières",
        ),
        # a venue's noun further on, not right after the name
        (
            "The Ikwerre Youth Council said its hospital in Port Harcourt had been looted.",
            "Ikwerre Youth Council",
        ),
        # a numbered unit guarding a venue
        ("Troops of the 44th Brigade were sent to guard the hospital in Damaturu.", "44th Brigade"),
        # a speaker on a line of English words with a quoted foreign slogan after it
        (
            "Colonel Idriss Haroun told reporters in N'Djamena that the slogan «vive la "
            "révolution» had been painted on the walls.",
            "Idriss Haroun",
        ),
    ],
)
def test_names_beside_venues_or_foreign_words_stay(text: str, name: str) -> None:
    actors = text_actors(text)
    assert name in _written(actors), _names(actors)
