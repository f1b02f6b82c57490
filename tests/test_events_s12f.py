"""Event triggers, types and modality mended in the twelfth round (h15): reports called
untrue, hazards lived among, a state's strike, a weapon an attack noun classifies, bombs
dropped, a charter signed, a commander replaced, a siege told as a setting, purpose clauses,
habitual events and likenesses. Each text was written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import EventFrame, extract_event_frames
from dossier.records import DateValue, Event
from tests.test_events_s9b import _events

_DATE = DateValue("2025-06-18", "day")


def _frames(text: str, date: DateValue = _DATE) -> list[EventFrame]:
    ann = annotate_text(text, date)
    return extract_event_frames(ann.doc, ann.actors, ann.places, ann.timexes, date)


def _trigger(text: str, frames: list[EventFrame], word: str) -> EventFrame:
    [frame] = [f for f in frames if text[f.trigger[0] : f.trigger[1]] == word]
    return frame


def _assaults(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT" and words in e.anchor.quote]


def test_an_attack_told_only_by_reports_called_untrue_is_negated() -> None:
    text = (
        "The governor said rumours of an ambush on the Kosti road convoy on Sunday were "
        "baseless. Officials said accounts of a raid on the Ed Damazin clinic on Monday "
        "were false."
    )
    frames = _frames(text)
    assert _trigger(text, frames, "ambush").event.modality == "negated"
    assert _trigger(text, frames, "raid").event.modality == "negated"
    assert not _assaults(_events(text, _DATE), "")


def test_hazards_people_are_trapped_between_are_no_event() -> None:
    text = (
        '"Families in Kadugli are caught between shelling, disease and hunger," the '
        "agency said on Tuesday."
    )
    assert not _assaults(_events(text, _DATE), "shelling")


def test_a_state_strike_noun_is_an_air_strike() -> None:
    text = "A Turkish strike near Sinjar killed four fighters on Monday."
    [ev] = _assaults(_events(text, _DATE), "Turkish strike")
    assert ev.mode == "aerial"
    assert ev.acled_sub_event_type == "Air/drone strike"


def test_attack_drones_shot_down_are_a_drone_attack() -> None:
    text = "On Monday, three attack drones were shot down as they neared the Harir base."
    frame = _trigger(text, _frames(text), "attack")
    assert frame.event.mode == "drone"


def test_a_drone_dropping_grenades_is_an_attack_with_the_toll_of_the_main_clause() -> None:
    text = "Four people died on Monday when a drone dropped grenades on Hpakant."
    [ev] = _assaults(_events(text, _DATE), "dropped grenades")
    assert ev.fatalities is not None and ev.fatalities.best == 4
    assert ev.acled_sub_event_type == "Air/drone strike"


def test_signing_a_charter_is_an_agreement() -> None:
    text = "The alliance was formed after signing a political charter in Kampala in May."
    frame = _trigger(text, _frames(text), "charter")
    assert frame.event.type == "AGREE" and frame.event.mode == "charter"


def test_a_commander_replaced_is_a_leadership_change() -> None:
    text = "On Monday, Colonel Idris Bako was replaced as commander of the 9th Brigade."
    frame = _trigger(text, _frames(text), "replaced")
    assert frame.event.type == "LEADERSHIP"


def test_a_siege_in_an_as_clause_is_no_event_and_lends_the_attack_no_attacker() -> None:
    text = (
        "A rocket attack on a bus station in Kadugli killed at least 14 people on Friday, "
        "witnesses said, as the SPLM-N tightened a months-long siege of the town. A local "
        "committee said 19 people had been killed."
    )
    frames = _frames(text)
    assert not [f for f in frames if f.event.mode == "siege"]
    [attack] = [f for f in frames if text[f.trigger[0] : f.trigger[1]] == "attack"]
    # the besieger is not said to have fired the rockets
    assert not attack.event.actors


def test_a_purpose_infinitive_is_hypothetical_but_a_deed_done_with_a_tool_is_not() -> None:
    text = "On Monday the commandos came to assassinate the mayor of Kosti."
    assert _trigger(text, _frames(text), "assassinate").event.modality == "hypothetical"
    text = "On Monday the rebels used dynamite to blow up the bridge at Kosti."
    assert _trigger(text, _frames(text), "blow").event.modality == "asserted"


def test_constant_raids_are_a_pattern_and_a_time_bomb_a_likeness() -> None:
    text = "The farmers denounced the constant raids by armed groups in the region."
    assert not _assaults(_events(text, _DATE), "raids")
    text = "Youth unemployment has become a social time bomb in the province."
    assert not [f for f in _frames(text) if f.event.type == "ASSAULT"]


def test_talks_held_between_parties_are_a_consultation() -> None:
    text = "On Monday a KIO delegation held talks with army representatives in Ruili."
    [frame] = [f for f in _frames(text) if f.event.type == "CONSULT"]
    assert frame.event.mode == "talks"


def test_attacks_launched_after_a_conjoined_verb_with_the_subject_are_an_event() -> None:
    # "X announced a truce ... and launched attacks on ...": the subject of the first verb
    # launched them, so the plural attack noun is no generic class of attacks
    text = (
        "The two militias announced a truce in June 2023 and launched coordinated attacks on "
        "army posts in Goma on 12 March 2024."
    )
    events = _events(text, DateValue("2024-04-02", "day"))
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert [e.date.value for e in attacks if e.date] == ["2024-03-12"]


def test_a_captive_named_by_a_pronoun_is_released() -> None:
    text = (
        "Armed men abducted a teacher outside her school in Kaya on Tuesday. She was released "
        "on Friday after elders intervened. The group later released a video of the raid."
    )
    events = _events(text, DateValue("2025-03-08", "day"))
    releases = [e for e in events if e.type == "RETREAT" and e.mode == "release"]
    assert [e.date.value for e in releases if e.date] == ["2025-03-07"]
