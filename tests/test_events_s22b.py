"""(s22b, review of the s22 event changes) Regressions for the bugs a review found: a group
whose own name opens with a stance prefix ("the anti-Balaka") is still a party; a founding
apposition on a noun of people after a name ("the ADF's recruiters, a network formed in
2019") founds no group. Every sentence is written for the test, with the real model."""

from __future__ import annotations

from test_events_args_s20 import _events, _roles

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.event_args import ArgumentFinder
from dossier.extract.event_rules import load_event_rules
from dossier.records import Event


def _doers(event: Event, names: dict[str, str]) -> set[str]:
    return {n for n, r in _roles(event, names) if r in {"perpetrator", "initiator"}}


# ------------------------------------------------------------------ stance prefixes


def test_a_group_whose_name_opens_with_anti_is_still_the_doer() -> None:
    events, names = _events(
        "The anti-Balaka attacked Muslim herders near Bria on 3 May 2024, killing six.",
        "ASSAULT",
    )
    assert events
    assert "Anti-balaka" in _doers(events[0], names), _roles(events[0], names)


def test_an_anti_group_militia_is_still_not_the_group() -> None:
    events, names = _events(
        "An anti-Taliban militia attacked a Taliban checkpoint in Panjshir on Monday.",
        "ASSAULT",
    )
    assert events
    assert "Taliban" not in _doers(events[0], names)


# ------------------------------------------------------------------ foundings in apposition


def test_a_network_of_a_groups_men_is_no_founding_of_the_group() -> None:
    events, names = _events(
        "Police arrested the ADF's recruiters, a network formed in 2019 in Kampala.", "FOUND"
    )
    assert all("Allied Democratic Forces" not in _doers(e, names) for e in events), [
        _roles(e, names) for e in events
    ]


def test_a_movement_created_after_its_name_and_acronym_is_still_founded() -> None:
    events, names = _events(
        "The National Movement for the Liberation of Azawad (MNLA), a movement created in "
        "2011, declared independence in April 2012.",
        "FOUND",
    )
    assert any("National Movement for the Liberation of Azawad" in _doers(e, names) for e in events)


# ------------------------------------------------------------------ line breaks


def _phrase_actor(text: str, head_word: str, last_word: str) -> str | None:
    ann = annotate_text(text)
    finder = ArgumentFinder(ann.doc, ann.actors, ann.places, load_event_rules())
    head = next(t for t in ann.doc if t.text == head_word)
    last = next(t for t in ann.doc if t.text == last_word)
    found = finder.actor_in(head.idx, last.idx + len(last), head)
    return found.name if found is not None else None


def test_a_name_wrapped_onto_the_next_line_of_a_paragraph_is_still_read() -> None:
    # a hard-wrapped paragraph: the line stops on a word and runs on into the next
    text = (
        "Local officials said that on 2 May 2024 fighters of the\n"
        "JNIM attacked the village of Tin-Hama, killing eleven\n"
        "civilians and burning the market.\n"
    )
    assert _phrase_actor(text, "fighters", "JNIM") == "Jama'at Nusrat al-Islam wal-Muslimin"


def test_a_dateline_closed_by_a_dash_still_ends_the_phrase() -> None:
    text = (
        "2. MAIDUGURI, June 2 (Reuters) -\n"
        "Soldiers on Sunday arrested a man they described as a recruiter for ISWAP."
    )
    ann = annotate_text(text)
    finder = ArgumentFinder(ann.doc, ann.actors, ann.places, load_event_rules())
    soldiers = next(t for t in ann.doc if t.text == "Soldiers")
    found = finder.actor_in(0, soldiers.idx + len(soldiers), soldiers)
    assert found is None or found.name != "Reuters"
