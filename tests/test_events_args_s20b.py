"""(s20, eargs review) Regression tests for the event-argument mechanisms of 5fba424: a wire
dateline is a last resort (never over a place a later sentence gives, never a capital or a
bureau abroad), an office held no more speaks for no body, a name that reads as a date
("March 23 fighters") still makes the doers someone else's, and a title before a name
("front spokesman X") speaks for its body. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from test_events_args_s20 import _events, _roles

from dossier.records import Event


def _place(event: Event) -> str | None:
    return event.place.text.casefold() if event.place is not None else None


# ------------------------------------------------------------------------------ datelines


def test_a_later_sentence_places_the_event_over_the_dateline() -> None:
    events, _names = _events(
        "GAROUA, Cameroon, May 3 (Reuters) - Boko Haram fighters ambushed a patrol, killing "
        "six soldiers, the army said on Thursday. The ambush took place near Mokolo.",
        "ASSAULT",
    )
    assert events
    assert _place(events[0]) == "mokolo"


def test_a_place_in_a_later_paragraph_of_the_story_refuses_the_dateline() -> None:
    events, _names = _events(
        "GAROUA, Cameroon, May 3 (Reuters) - Boko Haram fighters ambushed a patrol, killing "
        "six soldiers, the army said on Thursday.\n\nThe ambush took place near Mokolo, "
        "residents said.",
        "ASSAULT",
    )
    assert events
    assert _place(events[0]) != "garoua"


def test_the_next_item_of_a_digest_is_another_story() -> None:
    # the next item opens with a list marker and no dateline of its own
    events, _names = _events(
        "Weekly digest\n\n2. GULU, Uganda, March 11 (AFP) - Police on Wednesday arrested a "
        "man accused of recruiting for the Lord's Resistance Army.\n\n3. Elsewhere\nGunmen "
        "shot dead two traders at a market in Aloi on Thursday.",
        "ARREST",
    )
    assert events
    assert _place(events[0]) == "gulu"


@pytest.mark.parametrize(
    "text",
    [
        # a capital: ministries and bureaus file from there
        "MAPUTO, June 3 (Reuters) - Mozambican troops killed 18 insurgents in clashes over "
        "the weekend, the defence ministry said.",
        # a bureau abroad: the doers belong to another country
        "JOHANNESBURG, May 3 (AFP) - Fighters of the Democratic Forces for the Liberation "
        "of Rwanda stormed a village overnight, killing 25 people, a UN official said.",
    ],
)
def test_a_capital_or_a_bureau_abroad_does_not_place_the_event(text: str) -> None:
    events, _names = _events(text, "ASSAULT")
    assert events
    assert _place(events[0]) is None


def test_a_dateline_from_the_scene_still_places_the_event() -> None:
    events, _names = _events(
        "GOMA, Congo, May 3 (AFP) - Fighters of the Democratic Forces for the Liberation of "
        "Rwanda stormed a village overnight, killing 25 people, a local official said.",
        "ASSAULT",
    )
    assert events
    assert _place(events[0]) == "goma"


def test_a_nationality_in_the_lead_refuses_the_dateline() -> None:
    events, _names = _events(
        "KISUMU, Kenya, May 3 (Reuters) - Gunmen stormed a police post in a Ugandan border "
        "village overnight, killing two officers, residents said.",
        "ASSAULT",
    )
    assert events
    assert _place(events[0]) != "kisumu"


def test_a_numbered_dateline_places_the_event() -> None:
    events, _names = _events(
        "Weekly digest\n\n2. GULU, Uganda, March 11 (AFP) - Police on Wednesday arrested a "
        "man accused of recruiting for the Lord's Resistance Army.",
        "ARREST",
    )
    assert events
    assert _place(events[0]) == "gulu"


# ------------------------------------------------------------------ speakers and offices


@pytest.mark.parametrize(
    "text",
    [
        "Hassan Nasser, a former spokesman for Hezbollah, rejected the accusation on Friday.",
        "Hassan Nasser, Hezbollah's spokesman until his expulsion in 2019, rejected the "
        "accusation on Friday.",
        "Hassan Nasser, the self-styled spokesman of Hezbollah, rejected the accusation on Friday.",
        "Former Hezbollah spokesman Hassan Nasser rejected the accusation on Friday.",
        "Ex-Hezbollah spokesman Hassan Nasser rejected the accusation on Friday.",
    ],
)
def test_an_office_held_no_more_speaks_for_no_body(text: str) -> None:
    events, names = _events(text, "REJECT")
    assert events
    roles = _roles(events[0], names)
    assert ("Hassan Nasser", "initiator") in roles
    assert all(name != "Hezbollah" for name, _r in roles)


@pytest.mark.parametrize(
    "text",
    [
        "Hassan Nasser, a spokesman for Hezbollah, rejected the accusation on Friday.",
        "Hezbollah spokesman Hassan Nasser rejected the accusation on Friday.",
    ],
)
def test_a_spokesman_in_office_speaks_for_his_body(text: str) -> None:
    events, names = _events(text, "REJECT")
    assert events
    roles = _roles(events[0], names)
    assert ("Hassan Nasser", "initiator") in roles
    assert ("Hezbollah", "initiator") in roles


# ------------------------------------------------------------------------- generic doers


def test_a_name_that_reads_as_a_date_keeps_the_doers_someone_elses() -> None:
    events, names = _events(
        "The FDLR has grown in Masisi this year. On 8 May, March 23 fighters attacked a camp near Kitchanga.",
        "ASSAULT",
    )
    assert events
    assert all(
        ("Democratic Forces for the Liberation of Rwanda", "perpetrator") not in _roles(e, names)
        for e in events
    )


def test_a_date_phrase_before_a_generic_doer_still_keeps_it_generic() -> None:
    events, names = _events(
        "The FDLR has grown in Masisi this year. On 8 May fighters attacked a camp near Kitchanga.",
        "ASSAULT",
    )
    assert events
    assert ("Democratic Forces for the Liberation of Rwanda", "perpetrator") in _roles(
        events[0], names
    )
