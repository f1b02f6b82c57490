"""(s20, eargs) Event arguments read from a report's structure: the channel and the owner of
the media unit that put out a release are its initiators too, a wire story's dateline places
a lead that names no place of its own, and a date the parser hangs on a generic party word
("On 3 June insurgents attacked") leaves the word generic. Every sentence is written for the
test, about other conflicts than the development reports."""

from __future__ import annotations

import pytest

from dossier.pipeline import process_raw
from dossier.records import Document, Event, RawDocument


def _doc(text: str) -> Document:
    raw = RawDocument(path="<text>", format="text", text=text, content_hash=str(hash(text)))
    return process_raw(raw)


def _events(text: str, type_id: str) -> tuple[list[Event], dict[str, str]]:
    doc = _doc(text)
    names = {a.key: a.name for a in doc.actors}
    return [e for e in doc.events if e.type == type_id], names


def _roles(event: Event, names: dict[str, str]) -> set[tuple[str, str]]:
    return {(names.get(x.actor, x.actor), x.role) for x in event.actors}


# ------------------------------------------------------------------ releases and channels


def test_a_release_through_a_news_agency_is_the_agencys_too() -> None:
    events, names = _events(
        "On 9 October the Islamic State Khorasan Province released an audio message via Amaq "
        "threatening Shia mosques in Herat.",
        "PROPAGANDA",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("Amaq News Agency", "initiator") in roles
    assert ("Islamic State Khorasan Province", "initiator") in roles
    # the branch released it through its parent's agency: not the parent itself
    assert all(name != "Islamic State" for name, _r in roles)


def test_a_release_through_the_groups_own_outlet_is_the_outlets_too() -> None:
    events, names = _events(
        "On 2 May Hayat Tahrir al-Sham released a video via its Amjad media outlet "
        "showing fighters near Idlib.",
        "PROPAGANDA",
    )
    assert events
    keys = {x.actor for x in events[0].actors}
    assert any("amjad" in k for k in keys)


def test_a_wire_that_carried_a_statement_is_no_initiator() -> None:
    events, names = _events(
        "JNIM released a statement through Reuters on 3 May denying the killings in Mali.",
        "PROPAGANDA",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "initiator") in roles
    assert all("Reuters" not in name for name, _r in roles)


def test_the_owner_of_a_media_wing_released_its_video() -> None:
    events, names = _events(
        "AQAP has regrouped in Shabwa this year. Its propaganda arm al-Malahem Media "
        "released a sermon on 8 August urging attacks on tribal militias in Abyan.",
        "PROPAGANDA",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("al-Qaeda in the Arabian Peninsula", "initiator") in roles
    assert ("Al-Malahem Media Foundation", "initiator") in roles


# ------------------------------------------------------------------------------ datelines


def test_a_dateline_places_a_lead_that_names_no_place() -> None:
    events, _names = _events(
        "Security roundup\n\nKANO, Nigeria, May 12 (Reuters) - Police on Tuesday arrested "
        "three men suspected of supplying weapons to bandits, a spokesman said.",
        "ARREST",
    )
    assert events
    assert events[0].place is not None
    assert events[0].place.text.casefold() == "kano"


def test_a_dateline_does_not_override_the_leads_own_place() -> None:
    events, _names = _events(
        "NAIROBI, May 12 (AFP) - Gunmen killed four soldiers in Mandera on Monday.",
        "ASSAULT",
    )
    assert events
    assert events[0].place is not None
    assert events[0].place.text == "Mandera"


def test_no_dateline_no_place() -> None:
    lead = "Police on Tuesday arrested three men in the city, a spokesman said."
    events, _names = _events(lead, "ARREST")
    assert events
    assert events[0].place is None
    # the same lead under a dateline filed from the scene is placed there
    events, _names = _events("JOS, Nigeria, May 12 (AFP) - " + lead, "ARREST")
    assert events
    assert events[0].place is not None
    assert events[0].place.text.casefold() == "jos"


# ------------------------------------------------------------------------- generic doers


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram has expanded in Borno this year. On 3 June insurgents attacked a "
        "village near Bama.",
        "Boko Haram has expanded in Borno this year. On 12 March militants attacked an "
        "army post at Bama.",
    ],
)
def test_a_date_before_a_generic_doer_keeps_it_generic(text: str) -> None:
    events, names = _events(text, "ASSAULT")
    assert events
    assert ("Boko Haram", "perpetrator") in _roles(events[0], names)


def test_a_named_modifier_still_makes_the_doers_someone_elses() -> None:
    events, names = _events(
        "Boko Haram has expanded in Borno this year. On 3 June Fulani militiamen attacked "
        "a village near Bama.",
        "ASSAULT",
    )
    assert events
    assert ("Boko Haram", "perpetrator") not in _roles(events[0], names)


# ------------------------------------------------------------------ speakers and offices


def test_a_spokesmans_denial_is_his_groups_too() -> None:
    events, names = _events(
        "Luis Jalandoni, the New People's Army's main spokesman, rejected responsibility "
        "for the bombing in Samar on 3 May.",
        "REJECT",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("Luis Jalandoni", "initiator") in roles
    assert ("New People's Army", "initiator") in roles


def test_a_spokesman_for_a_force_speaks_for_it() -> None:
    events, names = _events(
        "Captain Rosa Medina, spokeswoman for the Philippine army, rejected the claim on 3 May.",
        "REJECT",
    )
    assert events
    assert ("Armed Forces of the Philippines", "initiator") in _roles(events[0], names)


def test_a_leader_may_speak_in_his_own_name() -> None:
    spoke, names = _events(
        "Ibrahim Sani, the spokesman of the All Progressives Congress, accused the army of "
        "abuses in Borno on 3 May.",
        "ACCUSE",
    )
    assert spoke
    assert ("All Progressives Congress", "initiator") in _roles(spoke[0], names)
    led, names = _events(
        "Ibrahim Sani, the founder and chairman of the All Progressives Congress, accused "
        "the army of abuses in Borno on 3 May.",
        "ACCUSE",
    )
    assert led
    assert ("All Progressives Congress", "initiator") not in _roles(led[0], names)


def test_a_spokesman_killed_is_no_party_of_his_group() -> None:
    events, names = _events(
        "Luis Jalandoni, the New People's Army's main spokesman, was shot dead in Samar on 3 May.",
        "ASSAULT",
    )
    assert events
    roles = _roles(events[0], names)
    assert any(name == "Luis Jalandoni" for name, _r in roles)
    assert all(name != "New People's Army" for name, _r in roles)
