"""Session 22, review: the cases where the s22 actor mechanisms must not fire. A person with
a town in brackets in running prose, or at the head of a dated line about him or her, stays
a person; a group's acronym in brackets stays its name when a noun of a thing or a place
follows it; the bracket and dated-line rules keep firing on a list's or a table's place
column. All sentences written for these tests."""

from __future__ import annotations

from report_docs import actor_written, text_actors

# --------------------------------------------------------------------------------------------
# a person and his or her town in brackets, in running prose


def test_object_with_a_town_in_brackets_stays_a_person() -> None:
    actors = text_actors("Bandits abducted Fatima Ali (Kano) and two of her neighbours on Sunday.")
    person = actor_written(actors, "Fatima Ali")
    assert person is not None and person.type == "person", [(a.name, a.type) for a in actors]


def test_arrested_man_with_a_town_in_brackets_stays_a_person() -> None:
    actors = text_actors(
        "The soldiers arrested Musa Danjuma (Gombe), a trader, at a checkpoint on Monday."
    )
    assert actor_written(actors, "Musa Danjuma") is not None, [(a.name, a.type) for a in actors]


def test_possessor_of_a_noun_with_a_town_in_brackets_stays_a_person() -> None:
    actors = text_actors("The funeral of Pastor John Danladi (Jos) drew hundreds of mourners.")
    assert actor_written(actors, "John Danladi") is not None, [(a.name, a.type) for a in actors]


# --------------------------------------------------------------------------------------------
# a dated line about a person


def test_dated_line_about_a_person_keeps_the_person() -> None:
    text = (
        "INCIDENTS\n- 12 May, Halima Garba (Kano): gunmen abducted her two sons from their home.\n"
    )
    actors = text_actors(text)
    assert actor_written(actors, "Halima Garba") is not None, [(a.name, a.type) for a in actors]


def test_dated_line_about_a_town_still_makes_a_place() -> None:
    text = (
        "INCIDENTS\n"
        "- 4 Apr, Abu Zabad (West Kordofan): gunmen burned the market, killing six traders.\n"
    )
    actors = text_actors(text)
    assert actor_written(actors, "Abu Zabad") is None, [(a.name, a.type) for a in actors]


def test_table_place_column_with_a_province_in_brackets_is_a_place() -> None:
    text = (
        "| Date | Location | Incident |\n"
        "| --- | --- | --- |\n"
        "| 9 Jan 2026 | Abu Zabad (West Kordofan) | Drone attack on a police post |\n"
    )
    actors = text_actors(text)
    assert actor_written(actors, "Abu Zabad") is None, [(a.name, a.type) for a in actors]


# --------------------------------------------------------------------------------------------
# a group's acronym in brackets before a noun of a thing or a place


def test_acronym_in_brackets_before_a_thing_noun_stays_the_groups_name() -> None:
    actors = text_actors(
        "A Kivu Defence Front (KDF) video released on Monday showed fighters parading"
        " captured soldiers."
    )
    group = actor_written(actors, "Kivu Defence Front")
    assert group is not None and "KDF" in group.aliases, [(a.name, a.aliases) for a in actors]


def test_acronym_in_brackets_before_missiles_stays_the_groups_name() -> None:
    actors = text_actors(
        "The Niger Delta Avengers (NDA) missiles were never found, investigators said."
    )
    group = actor_written(actors, "Niger Delta Avengers")
    assert group is not None and "NDA" in group.aliases, [(a.name, a.aliases) for a in actors]


# --------------------------------------------------------------------------------------------
# a group heading a dated line, its base in brackets


def test_group_heading_a_dated_line_stays_a_group() -> None:
    text = (
        "UPDATES\n"
        "- 2 Sep, Katiba Hanifa (Douentza): fighters attacked an army post and killed three"
        " soldiers.\n"
    )
    actors = text_actors(text)
    group = actor_written(actors, "Katiba Hanifa")
    assert group is not None and group.type == "armed_group", [(a.name, a.type) for a in actors]


def test_group_with_its_base_in_brackets_before_a_place_noun_stays_a_group() -> None:
    actors = text_actors(
        "The Kivu Liberation Front (Rutshuru) village militia attacked displaced people on Sunday."
    )
    group = actor_written(actors, "Kivu Liberation Front")
    assert group is not None, [(a.name, a.type) for a in actors]


# --------------------------------------------------------------------------------------------
# a group's garrison or barracks is the group's, not a place named after it


def test_group_before_garrison_stays_a_group() -> None:
    actors = text_actors(
        "The Sahel Liberation Army garrison at Tessit surrendered to the militants."
    )
    assert actor_written(actors, "Sahel Liberation Army") is not None, [
        (a.name, a.type) for a in actors
    ]


def test_group_before_barracks_stays_a_group() -> None:
    actors = text_actors(
        "Army jets bombed the Kivu Defence Front barracks near Kitchanga on Tuesday."
    )
    assert actor_written(actors, "Kivu Defence Front") is not None, [
        (a.name, a.type) for a in actors
    ]
