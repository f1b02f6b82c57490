"""Quantities, round s20b: regressions of the s20 change. A clause with its own subject after
an attack tells its own dead, and the attackers are never the people of what they struck;
"up to" a vague plural keeps a figure; "just under N" sets no lower bound of N; hostages
freed are not their captor's members; "a/an" is no count of one when denied, conditional or
habitual; "gang members" take no unnamed group as their owner.

Short texts written for these tests (other conflicts, other wordings than the development
reports), run through the real pipeline.
"""

from __future__ import annotations

from test_quantities_s20 import _bounds, _rows

# -- the attackers' own dead -----------------------------------------------------------------


def test_a_clause_with_its_own_subject_after_an_attack_is_not_the_struck_side_s_toll() -> None:
    rows = _rows(
        "Sudanese troops stormed an RSF base near Omdurman, and 15 assailants were killed in "
        "the fighting."
    )
    assert (None, "killed", 15, 15) in rows


def test_attackers_who_died_are_never_the_group_they_raided() -> None:
    rows = _rows(
        "Islamic State Khorasan Province gunmen raided a Taliban checkpoint near Jalalabad, "
        "killing three guards, but four attackers also died."
    )
    owners = {r[2]: r[0] for r in rows if r[1] == "killed"}
    assert owners[4] != "Taliban"
    assert owners[4] in (None, "Islamic State Khorasan Province")


def test_the_struck_side_still_owns_the_dead_of_the_participle() -> None:
    rows = _rows(
        "Turkish artillery shelled positions held by the YPG near Tal Rifaat overnight, "
        "killing six fighters."
    )
    assert ("People's Defense Units", "killed", 6, 6) in rows


# -- "up to" a vague plural -----------------------------------------------------------------


def test_up_to_a_vague_plural_keeps_its_figure() -> None:
    assert _bounds("up to several thousand") == (None, 2000)
    assert _bounds("at most a few dozen") == (None, 24)
    assert _bounds("up to hundreds") == (None, 100)
    rows = _rows("Residents said up to several hundred homes had been burned in Kutum by Friday.")
    assert ("buildings_destroyed", None, 200) in [r[1:] for r in rows]


# -- "just under N" ---------------------------------------------------------------------------


def test_just_under_n_sets_no_lower_bound_of_n() -> None:
    low, high = _bounds("just under 1,000")
    assert low is None and high == 1000
    assert _bounds("slightly less than 40")[0] is None
    # "almost N" stays about N
    assert _bounds("almost 40") == (40, 40)


# -- hostages freed ---------------------------------------------------------------------------


def test_freed_hostages_are_not_their_captor_s_members() -> None:
    rows = _rows("Security forces freed 25 JNIM hostages, among them four teachers, near Djibo.")
    assert [r for r in rows if r[1] == "released"] == [(None, "released", 25, 25)]
    rows = _rows("The Sudanese army freed 30 RSF captives in Omdurman on Sunday.")
    assert (None, "released", 30, 30) in rows


def test_members_arrested_still_belong_to_their_group() -> None:
    rows = _rows("Police in Kano arrested eight Boko Haram suspects on Monday.")
    assert rows == [("Boko Haram", "arrested", 8, 8)]
    rows = _rows("Fano militiamen released 25 ENDF soldiers captured near Bahir Dar.")
    assert rows == [("Ethiopian National Defense Force", "released", 25, 25)]


# -- "a"/"an" denied, conditional or habitual ---------------------------------------------------


def test_not_a_single_person_is_no_count_of_one() -> None:
    assert _rows("Not a single peacekeeper was hurt in the shelling, the mission said.") == []


def test_a_conditional_or_habitual_harm_is_no_count_of_one() -> None:
    assert _rows("Whenever a militiaman is arrested, the clan elders demand his release.") == []
    assert _rows("Should a journalist be abducted, the union will strike, its leader said.") == []
    assert _rows("Each month the army loses a soldier to roadside bombs in the region.") == []
    assert _rows("Al-Shabaab threatened to behead an Ethiopian soldier it had seized.") == []


def test_a_deed_done_with_a_still_counts_one() -> None:
    rows = _rows("A policeman has been killed in Quetta, officials said.")
    assert [r[1:] for r in rows] == [("killed", 1, 1)]
    rows = _rows("A roadside bomb killed a teacher in Kidal, officials said.")
    assert [r[1:] for r in rows] == [("killed", 1, 1)]


# -- "gang members" and an unnamed group ------------------------------------------------------


def test_gang_members_take_no_unnamed_group_as_owner() -> None:
    rows = _rows(
        "Armed gangs looted shops in Gonaives on Monday. Police said two gang members died in "
        "the shootout."
    )
    assert (None, "killed", 2, 2) in rows


def test_a_threatened_or_conditional_toll_of_several_is_no_toll() -> None:
    rows = _rows("Al-Shabaab threatened to behead three Ethiopian soldiers it had seized.")
    assert [r for r in rows if r[1] == "killed"] == []
    rows = _rows("If two hostages are killed, the government will hold the group responsible.")
    assert [r for r in rows if r[1] == "killed"] == []
    # a past toll in a clause of time stays
    rows = _rows("When 12 soldiers were killed in March, the army withdrew from the town.")
    assert [r[1:] for r in rows if r[1] == "killed"] == [("killed", 12, 12)]
