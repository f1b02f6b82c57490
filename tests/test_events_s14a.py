"""Event actors and roles (h3, s14): a subject after a date with no comma, the side that gave
up a captured town, the other side of suspended talks, attackers only "linked to" a group,
"they" for a list of speakers, the captors and receivers of freed captives, disputed blame,
and an appointing agent the parser joined to a person's name. Each text was written for this
test."""

from __future__ import annotations

from report_docs import events_with_roles

from dossier.records import Event


def _events(text: str, type_id: str) -> list[tuple[Event, set[tuple[str, str]]]]:
    return events_with_roles(text, type_id)


def test_subject_after_date_without_comma_acted() -> None:
    text = "On 11 October ISWAP fighters overran Marte after Nigerian soldiers retreated from it."
    found = _events(text, "ASSAULT")
    assert found, text
    _ev, roles = found[0]
    assert ("Islamic State West Africa Province", "perpetrator") in roles
    assert ("Islamic State West Africa Province", "target") not in roles


def test_side_that_withdrew_is_the_capture_target() -> None:
    text = (
        "Al-Shabaab militants seized the town of Bulo Burte on Sunday after Somali troops withdrew."
    )
    found = _events(text, "ASSAULT")
    assert found, text
    _ev, roles = found[0]
    assert ("al-Shabaab", "perpetrator") in roles
    assert ("Somali National Army", "target") in roles


def test_other_side_of_suspended_talks() -> None:
    text = "On Monday President Rodrigo Duterte suspended peace talks with the Moro Islamic Liberation Front."
    found = _events(text, "SANCTION")
    assert found, text
    _ev, roles = found[0]
    assert ("Rodrigo Duterte", "initiator") in roles
    assert any(name == "Moro Islamic Liberation Front" for name, _role in roles)


def test_gunmen_linked_to_a_group_make_it_suspected() -> None:
    text = "Gunmen linked to the Islamic State killed three shopkeepers in Bosaso on Tuesday."
    found = _events(text, "ASSAULT")
    assert found, text
    ev, roles = found[0]
    assert ("Islamic State", "perpetrator") in roles
    assert ev.responsibility == "suspected"


def test_they_stands_for_every_speaker() -> None:
    text = (
        "Army officers and the Civilian Joint Task Force say they killed about 15 Boko Haram "
        "fighters in a clash near Gwoza on Friday."
    )
    found = _events(text, "ASSAULT")
    assert found, text
    _ev, roles = found[0]
    assert ("Civilian Joint Task Force", "perpetrator") in roles
    assert ("Boko Haram", "target") in roles


def test_captors_release_captives_told_in_the_passive() -> None:
    text = (
        "Three engineers who were kidnapped by Boko Haram last month were freed on Friday to "
        "the International Committee of the Red Cross."
    )
    found = _events(text, "RETREAT")
    assert found, text
    _ev, roles = found[0]
    assert ("Boko Haram", "initiator") in roles
    assert ("International Committee of the Red Cross", "recipient") in roles


def test_denied_blame_leaves_the_perpetrator_suspected() -> None:
    text = (
        "On 14 May, artillery shells hit a market in Kalma, killing seven people. Officials "
        "blamed the Rapid Support Forces. An RSF spokesman denied that the group had fired "
        "on the market and accused the army of shelling it."
    )
    found = _events(text, "ASSAULT")
    assert found, text
    ev, roles = found[0]
    assert ("Rapid Support Forces", "perpetrator") in roles
    assert ev.responsibility == "suspected"


def test_conflicting_blame_leaves_the_perpetrator_suspected() -> None:
    text = (
        "On 14 May, artillery shells hit a market in Kalma, killing seven people. The "
        "governor blamed the Rapid Support Forces, while the RSF blamed the Sudanese army."
    )
    found = _events(text, "ASSAULT")
    assert found, text
    ev, _roles = found[0]
    assert ev.responsibility == "suspected"


def test_undisputed_blame_stays_attributed() -> None:
    text = (
        "On 14 May, artillery shells hit a market in Kalma, killing seven people. Officials "
        "blamed the Rapid Support Forces."
    )
    found = _events(text, "ASSAULT")
    assert found, text
    ev, roles = found[0]
    assert ("Rapid Support Forces", "perpetrator") in roles
    assert ev.responsibility == "attributed"


def test_appointing_agent_is_not_the_appointee_after_the_comma() -> None:
    text = (
        "On 3 March the junta named Moussa Traore as interim governor of Gao, replacing the "
        "governor appointed by Bamako, Colonel Amadou Keita, who resigned in February."
    )
    found = _events(text, "LEADERSHIP")
    for _ev, roles in found:
        assert ("Amadou Keita", "initiator") not in roles


def test_second_side_of_fighting_between_two_is_the_target() -> None:
    text = (
        "On 4 June, heavy fighting broke out between the Kachin Independence Army and the "
        "Tatmadaw around Bhamo."
    )
    found = _events(text, "ASSAULT")
    assert found, text
    _ev, roles = found[0]
    assert ("Kachin Independence Army", "perpetrator") in roles
    assert ("Tatmadaw", "target") in roles
    assert ("Tatmadaw", "perpetrator") not in roles


def test_the_rebels_are_the_group_the_report_is_about() -> None:
    text = (
        "The ADF has been active in the area since 2014. The ADF pledged allegiance to the "
        "Islamic State in 2019, and the ADF now recruits across the border. On 26 January the "
        "rebels seized the town of Oicha."
    )
    found = [(e, r) for e, r in _events(text, "ASSAULT") if e.mode == "territory"]
    assert found, text
    _ev, roles = found[0]
    assert ("Allied Democratic Forces", "perpetrator") in roles


def test_forces_fleeing_a_captured_town_are_the_target() -> None:
    text = (
        "ADF fighters seized the town of Oicha on 26 January, with Congolese troops and local "
        "militias fleeing west."
    )
    found = _events(text, "ASSAULT")
    assert found, text
    _ev, roles = found[0]
    assert ("Armed Forces of the Democratic Republic of the Congo", "target") in roles


def test_captives_seized_when_held_by_a_group_were_seized_by_it() -> None:
    text = (
        "Four engineers who had been held by Boko Haram since March, when they were seized "
        "from a road crew near Damboa, were freed on Friday."
    )
    found = [(e, r) for e, r in _events(text, "ASSAULT") if e.mode == "abduct"]
    assert found, text
    _ev, roles = found[0]
    assert ("Boko Haram", "perpetrator") in roles
    assert ("Boko Haram", "target") not in roles
