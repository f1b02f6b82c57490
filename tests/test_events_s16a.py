"""Event triggers by kind (trig, s16): security-force kill euphemisms ("liquidated",
"eliminated"), group foundings told by a relative clause, splits and mergers, talks between
the parties to a conflict, terrorist listings and bans of a group, surrenders of combatants, a
riot inside a prison and a blockade laid by armed men (attacks, no protests), and the day an
occurrence is told on ("took place on the night of X, when ..."). Each kind also has the
wordings it must not take (plans, refusals, things banned that are no group). Each text was
written for this test."""

from __future__ import annotations

from report_docs import events_with_roles, text_events

from dossier.records import Event

DAY = "2025-06-20"


def _of_type(text: str, type_id: str) -> list[tuple[Event, set[tuple[str, str]]]]:
    return events_with_roles(text, type_id, DAY)


def _types(text: str) -> set[str]:
    return {e.type for e in text_events(text, DAY)}


# ------------------------------------------------------- security-force kill euphemisms


def test_liquidated_by_troops_is_an_attack_on_the_dead() -> None:
    text = "Two ADF commanders were liquidated by Ugandan troops near Beni on 12 June."
    found = _of_type(text, "ASSAULT")
    assert len(found) == 1, text
    ev, roles = found[0]
    assert ev.date is not None and ev.date.value == "2025-06-12"
    assert any(role == "perpetrator" for _n, role in roles)
    assert any(role == "target" for _n, role in roles)


def test_eliminated_militants_is_an_attack() -> None:
    text = "Troops eliminated four al-Shabaab militants near Jilib on 15 June."
    found = _of_type(text, "ASSAULT")
    assert len(found) == 1, text
    assert any(role == "target" for _n, role in found[0][1])
    # a threat eliminated is no one killed
    assert "ASSAULT" not in _types(
        "The army said on 4 June it had eliminated the threat to the capital."
    )


def test_passive_subject_misparsed_is_the_target_of_a_kill() -> None:
    # the line break makes the parser read "attackers" as a plain subject
    text = (
        "On 14 June the ministry said that all four attackers had been\n"
        '"liquidated" by police commandos in a forest near Kisumu.'
    )
    found = _of_type(text, "ASSAULT")
    assert found, text
    roles = found[0][1]
    assert not any(role == "perpetrator" and "Unidentified" in name for name, role in roles)


# ------------------------------------------------------------ foundings, splits, mergers


def test_group_founded_in_relative_clause() -> None:
    text = (
        "The Sahel Liberation Front, which was founded in 2011 by former army officers, "
        "has since lost most of its fighters."
    )
    found = _of_type(text, "FOUND")
    assert len(found) == 1, text
    assert found[0][0].date is not None and found[0][0].date.value == "2011"


def test_group_emerged_in_relative_clause() -> None:
    text = (
        "The Kivu Defence Movement, which emerged in 2019 from the remnants of an older "
        "militia, now controls two mining sites."
    )
    found = _of_type(text, "FOUND")
    assert len(found) == 1, text
    assert found[0][0].date is not None and found[0][0].date.value == "2019"


def test_group_split_from_another_is_a_founding() -> None:
    text = (
        "The Kivu Defence Movement split from the Nyatura coalition on 2 April, its spokesman said."
    )
    found = _of_type(text, "FOUND")
    assert len(found) == 1, text
    assert any(role == "initiator" for _n, role in found[0][1])
    # forces split into columns, or a merger that may come, found nothing
    assert "FOUND" not in _types(
        "The Kivu Defence Movement split its fighters into three columns on 2 April."
    )
    assert "FOUND" not in _types(
        "The Kivu Defence Movement could merge with other factions next year, analysts said."
    )


def test_group_merged_into_new_coalition_is_a_founding() -> None:
    text = "In October 2024 the Kivu Defence Movement merged with two smaller militias into a new coalition."
    found = _of_type(text, "FOUND")
    assert len(found) == 1, text
    assert found[0][0].date is not None and found[0][0].date.value == "2024-10"


# ------------------------------------------------------------------------------ talks


def test_met_a_delegation_of_an_armed_group_is_talks() -> None:
    text = "Malaysia's peace envoy met a delegation of the Moro Islamic Liberation Front in Kuala Lumpur on 9 June."
    found = _of_type(text, "CONSULT")
    assert len(found) == 1, text
    assert len(found[0][1]) >= 2


def test_negotiations_between_two_sides_are_talks() -> None:
    text = "Negotiations between the Sudanese army and the Rapid Support Forces resumed in Jeddah on 12 June."
    found = _of_type(text, "CONSULT")
    assert len(found) == 1, text
    assert {role for _n, role in found[0][1]} == {"initiator", "recipient"}
    # talks refused, suspended, planned, or with no armed side are none
    assert "CONSULT" not in _types(
        "President Petro suspended the peace talks with the ELN on 17 June."
    )
    assert "CONSULT" not in _types("The ELN refused to meet government envoys in Havana on 3 June.")
    assert "CONSULT" not in _types("The minister met journalists in Bogota on 3 June.")
    assert "CONSULT" not in _types(
        "The army and the ELN plan to meet again in Havana in August, the mediators said."
    )


# --------------------------------------------------------------- listings and bans


def test_declared_a_terrorist_organisation_is_a_designation() -> None:
    text = "In 2019 the interior ministry declared the Ambazonia Defence Forces a terrorist organisation."
    found = _of_type(text, "SANCTION")
    assert len(found) == 1, text
    assert found[0][0].mode == "designate"
    assert any(role == "target" for _n, role in found[0][1])
    # what a corrected version of the report said is withdrawn
    assert "SANCTION" not in _types(
        "Correction: an earlier version of this article said the United States had designated "
        "the Ambazonia Defence Forces a terrorist organisation on 2 June."
    )


def test_listed_as_terrorist_groups_is_a_designation() -> None:
    text = (
        "A 2021 decree listed the Ambazonia Defence Forces and two other separatist "
        "militias as terrorist groups."
    )
    found = _of_type(text, "SANCTION")
    assert len(found) == 1, text
    assert any(role == "target" for _n, role in found[0][1])


def test_proscribed_organisation_since_a_year_is_a_dated_ban() -> None:
    text = (
        "The National Front for Liberation has been a banned organisation in Cameroon since 2018."
    )
    found = _of_type(text, "SANCTION")
    assert len(found) == 1, text
    ev, roles = found[0]
    assert ev.date is not None and ev.date.value == "2018"
    assert any(role == "target" for _n, role in roles)


def test_group_outlawed_is_a_designation() -> None:
    text = "On 3 June the government outlawed the Ambazonia Governing Council."
    found = _of_type(text, "SANCTION")
    assert len(found) == 1, text
    # a standing view, and goods banned, are no designation
    assert "SANCTION" not in _types(
        "The government considers the Ambazonia Defence Forces a terrorist organisation."
    )
    assert "SANCTION" not in _types(
        "On 3 June the government banned the sale of fuel in jerrycans."
    )


# ------------------------------------------------------------------------- surrenders


def test_members_surrendering_to_the_army() -> None:
    text = "On 5 June, 22 members of the Abu Sayyaf Group surrendered to the army in Sulu."
    found = _of_type(text, "RETREAT")
    assert len(found) == 1, text
    assert found[0][0].mode == "disarm"
    assert any(role == "initiator" for _n, role in found[0][1])


def test_fighters_surrendering_to_troops() -> None:
    text = "Forty Boko Haram fighters surrendered to Nigerian troops in Bama on 13 June."
    found = _of_type(text, "RETREAT")
    assert len(found) == 1, text
    # a surrender refused, and a passport surrendered, are none
    assert "RETREAT" not in _types(
        "The gunmen refused to surrender and were killed after a two-hour gunfight in Bama on 13 June."
    )
    assert "RETREAT" not in _types("He surrendered his passport to the court in Abuja on 13 June.")


# ------------------------------------------------- prison riots and armed blockades


def test_prison_riot_is_an_attack_not_a_protest() -> None:
    text = "A riot inside Makala central prison on 2 June left 29 inmates dead."
    found = text_events(text, DAY)
    assert [e.type for e in found] == ["ASSAULT"], text


def test_riot_at_the_jail_is_an_attack() -> None:
    text = "On 2 June a riot at the Kalangala jail left nine inmates dead."
    assert "PROTEST" not in _types(text)
    assert "ASSAULT" in _types(text)
    # a riot in the street stays a riot
    assert "PROTEST" in _types("On 2 June a riot in central Lusaka left nine people injured.")


def test_blockade_by_gunmen_is_an_attack() -> None:
    text = "Gunmen blockaded the Bunia-Komanda road on 3 June and stopped all traffic."
    found = text_events(text, DAY)
    assert [e.type for e in found] == ["ASSAULT"], text


def test_blockade_claimed_by_a_group_is_an_attack() -> None:
    text = "On 3 June the Baloch Liberation Front claimed the blockade of the N-40 highway near Dalbandin."
    found = text_events(text, DAY)
    assert [e.type for e in found] == ["ASSAULT"], text


# ------------------------------------------------------ the day an occurrence is told on


def test_took_place_on_the_night_of_when() -> None:
    text = (
        "The deadliest incident took place on the night of 11-12 June 2025, when three "
        "gunmen opened fire on a police post in Gubden."
    )
    found = _of_type(text, "ASSAULT")
    assert len(found) == 1, text
    assert found[0][0].date is not None and found[0][0].date.value.startswith("2025-06-1")
