"""(s20, eargs3) The group of a named person hit or held is a target of the event: "a
drone strike killed X, a commander of Y" and "Z, leader of Y, was arrested" are coded by
analysts as acts against Y too. Never when Y acts, speaks, plans, or is only named beside
the person; never for accusations. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from test_events_args_s20 import _doc, _events, _roles


def test_a_commander_killed_makes_his_group_a_target() -> None:
    events, names = _events(
        "An army drone strike killed Musa Kante, a senior commander of Ansar Dine, near "
        "Kidal on 4 May.",
        "ASSAULT",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("Musa Kante", "victim") in roles
    assert ("Ansar Dine", "target") in roles


def test_a_leader_arrested_makes_his_group_a_target() -> None:
    events, names = _events(
        "Ibrahim Sow, the leader of the Macina Liberation Front, was arrested by police in "
        "Bamako on 2 June.",
        "ARREST",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("Ibrahim Sow", "target") in roles
    assert any(role == "target" and "Macina" in name for name, role in roles)


def test_a_rival_groups_commander_killed_names_only_his_group_as_target() -> None:
    events, names = _events(
        "Boko Haram fighters killed Musa Kante, a senior commander of Ansar Dine, near "
        "Kidal on 4 May.",
        "ASSAULT",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("Ansar Dine", "target") in roles
    assert ("Boko Haram", "target") not in roles


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # the group killed its own man: it acted, it was not attacked
        (
            "Ansar Dine fighters executed Musa Kante, a former commander of Ansar Dine, "
            "near Kidal on 4 May.",
            "Ansar Dine",
        ),
        # negated: no arrest
        (
            "Police said Ibrahim Sow, the leader of the Macina Liberation Front, was not "
            "arrested and remains at large.",
            "Macina",
        ),
        # a plan
        (
            "Police plan to arrest Ibrahim Sow, the leader of the Macina Liberation Front, "
            "next month.",
            "Macina",
        ),
        # a hypothetical
        (
            "If Musa Kante, a commander of Ansar Dine, were killed, the group would likely "
            "split into rival factions.",
            "Ansar Dine",
        ),
        # the member speaks; the dead are others
        (
            "Boko Haram commander Abubakar Bello said troops killed ten villagers near "
            "Maiduguri on 3 March.",
            "Boko Haram",
        ),
        # the member leads the attack: his group attacked
        (
            "Fighters led by Musa Kante, a commander of Ansar Dine, killed six soldiers near "
            "Kidal on 4 May.",
            "Ansar Dine",
        ),
        # an accusation names the person, nobody was hit
        (
            "The army accused Musa Kante, a commander of Ansar Dine, of ordering the "
            "killing of six traders.",
            "Ansar Dine",
        ),
        # freed, not arrested
        (
            "Ibrahim Sow, the leader of the Macina Liberation Front, was released from "
            "prison in Bamako on 2 June.",
            "Macina",
        ),
        # the member is named beside the event, not hit by it
        (
            "Troops killed twelve villagers near Kidal on 4 May, a week after Musa Kante, a "
            "commander of Ansar Dine, visited the area.",
            "Ansar Dine",
        ),
        # a threat in a quote: nothing happened yet
        (
            '"We will kill Musa Kante, the Ansar Dine commander," a militia leader said on '
            "Tuesday.",
            "Ansar Dine",
        ),
        # the killers are a branch of the member's group: its own side
        (
            "ISWAP fighters executed Modu Sheriff, a commander of the Islamic State, near "
            "Marte on 8 May.",
            "Islamic State",
        ),
        # a member no more: his death is no blow to the group
        (
            "Gunmen shot dead Carlos Ruiz, a former commander of the FARC, in Cali on 3 May.",
            "Revolutionary Armed Forces",
        ),
        (
            "Police arrested Carlos Ruiz, an ex-commander of the ELN who defected in 2019, in "
            "Cali on 3 May.",
            "National Liberation Army",
        ),
        # a capability, no event
        (
            "Analysts say the army could capture Ibrahim Sow, the leader of the Macina "
            "Liberation Front, if it found his hideout.",
            "Macina",
        ),
    ],
)
def test_the_group_of_a_person_not_hit_is_no_target(text: str, group: str) -> None:
    doc = _doc(text)
    names = {a.key: a.name for a in doc.actors}
    for event in doc.events:
        if event.modality != "asserted":
            continue
        for name, role in _roles(event, names):
            assert not (role == "target" and group.casefold() in name.casefold()), (
                event.type,
                name,
            )
