"""Quantities, round s18b: the regressions a review found in round s18, each on the
reviewer's sentence and on sentences of other conflicts written for these tests.

- a single person coordinated with a counted noun adds one only when a victim ("a teacher"),
  never a thing, a quantity ("a number of"), a side's man or the perpetrator;
- "its soldiers", "it lost seven soldiers": the pronoun's actor owns them, never another
  force of the same kind named elsewhere in the report;
- peacekeepers are a mission's men, not those of the national army that tells of them;
- people who did not leave, or would leave, are not displaced; nor are staff who leave;
- people "who did not surrender" did not surrender;
- militants are the men of the one group their paragraph shows acting (attacking,
  claiming), with the events side's paragraph, list items apart and "no one claimed" guard.
"""

from __future__ import annotations

import pytest
from test_quantities import quantities_of


def _measures(text: str) -> list[tuple[str, float | None, str]]:
    return [(q.measure, q.low, q.text) for q in quantities_of(text)]


def _one(text: str, needle: str):  # noqa: ANN202 - a Quantity
    found = [q for q in quantities_of(text) if needle in q.text]
    assert found, f"no quantity with {needle!r}: {_measures(text)}"
    return found[0]


# -- 1. single persons coordinated with a counted noun ----------------------------------------


@pytest.mark.parametrize(
    ("text", "needle", "measure", "low"),
    [
        (
            "Gunmen abducted three engineers and a truck near Gao on Tuesday.",
            "three",
            "kidnapped",
            3,
        ),
        (
            "Gunmen kidnapped two aid workers and a vehicle belonging to the charity near Kidal.",
            "two",
            "kidnapped",
            2,
        ),
        (
            "Three civilians and a number of soldiers were killed when the convoy was ambushed.",
            "Three",
            "killed",
            3,
        ),
        (
            "Two policemen and an unknown number of attackers were killed in the shootout in Kano.",
            "Two",
            "killed",
            2,
        ),
        (
            "Bandits kidnapped four farmers and a group of schoolchildren in Zamfara.",
            "four",
            "kidnapped",
            4,
        ),
        (
            "A suicide bomber and two soldiers were killed when the bomber detonated his vest at "
            "the gate.",
            "two",
            "killed",
            2,
        ),
    ],
)
def test_only_a_victim_is_added_to_the_count(
    text: str, needle: str, measure: str, low: int
) -> None:
    q = _one(text, needle)
    assert (q.measure, q.low, q.high) == (measure, low, low)


def test_a_single_victim_beside_the_count_still_adds_one() -> None:
    q = _one("Gunmen abducted two nurses and a doctor near Beni on Friday.", "nurses")
    assert (q.measure, q.low) == ("kidnapped", 3)


# -- 2. "its soldiers": the pronoun's actor ----------------------------------------------------


def test_its_soldiers_are_the_non_state_speakers() -> None:
    q = _one(
        "The Arakan Army said five of its soldiers were killed in clashes with the Myanmar "
        "military near Kyauktaw.",
        "soldiers",
    )
    assert (q.subject, q.measure, q.low) == ("arakan_army", "killed", 5)


def test_the_group_that_says_it_lost_soldiers_owns_them() -> None:
    text = (
        "The Myanmar military shelled villages near Myitkyina. The junta said its troops "
        "advanced. The Tatmadaw later withdrew.\n\nThe Kachin Independence Army said it lost "
        "seven soldiers in the fighting."
    )
    q = _one(text, "seven")
    assert (q.subject, q.measure, q.low) == ("kia", "killed", 7)


def test_its_soldiers_of_a_state_army_stay_the_armys() -> None:
    q = _one("The Nigerian Army said militants killed four of its soldiers near Damboa.", "four")
    assert (q.subject, q.measure) == ("nigerian_army", "killed")


# -- 3. peacekeepers ---------------------------------------------------------------------------


def test_peacekeepers_are_no_national_armys() -> None:
    q = _one(
        "The Malian army said a roadside mine killed two peacekeepers near Tessalit on Sunday.",
        "peacekeepers",
    )
    assert (q.subject, q.measure, q.low) == (None, "killed", 2)
    q = _one(
        "The Congolese army said a mortar round killed three peacekeepers near Sake.",
        "peacekeepers",
    )
    assert q.subject is None


def test_peacekeepers_are_the_missions_it_names() -> None:
    q = _one(
        "MINUSMA said two peacekeepers were killed when their convoy hit a mine near Tessalit.",
        "peacekeepers",
    )
    assert (q.subject, q.measure) == ("minusma", "killed")


# -- 4. leaving a place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Only 40 families have not left the village despite the shelling, the mayor said.",
        "Officials warned that about 5,000 residents would leave the town if the fighting "
        "continued.",
        "Three UN staff left the city after the attack on the compound.",
        "Nearly 2,000 residents did not leave the town despite the warnings.",
        "Aid agencies fear that 10,000 families could abandon their villages before the rains.",
        "Five embassy staff left the capital after the coup.",
    ],
)
def test_no_one_displaced_who_stayed_might_leave_or_is_staff(text: str) -> None:
    assert not [m for m in _measures(text) if m[0] == "displaced"], _measures(text)


def test_villagers_who_abandoned_their_homes_are_displaced() -> None:
    q = _one(
        "About 8,000 villagers have abandoned their homes in the district since March.", "8,000"
    )
    assert (q.measure, q.low) == ("displaced", 8000)


# -- 5. surrender ------------------------------------------------------------------------------


def test_who_did_not_surrender_did_not_surrender() -> None:
    text = (
        "The 50 ISWAP fighters who refused to surrender were killed, while 20 fighters who did "
        "not surrender fled."
    )
    assert not [m for m in _measures(text) if m[0] in ("surrendered", "displaced")], _measures(text)
    text = (
        "Twelve rebels who refused to surrender were killed, and 30 rebels who declined to "
        "surrender escaped."
    )
    assert not [m for m in _measures(text) if m[0] == "surrendered"], _measures(text)


def test_who_had_surrendered_still_surrendered() -> None:
    q = _one("The Congolese army paraded 25 fighters who had surrendered near Sake.", "25")
    assert (q.measure, q.low) == ("surrendered", 25)


# -- 6. the group of the paragraph -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Some 40 militants attacked a village near Mopti on Friday, killing 12 people. "
            "Residents blamed local bandits, and JNIM denied any involvement.",
            "40 militants",
        ),
        (
            "About 200 militants attacked a rival base near Menaka on Sunday. The base belonged "
            "to the Islamic State Sahel Province, residents said.",
            "200 militants",
        ),
        (
            "Around 100 militants overran the camp at dawn. The camp had been used by Wagner "
            "Group instructors training the Malian army.",
            "100 militants",
        ),
        (
            "About 30 militants attacked a checkpoint near Mubi on Tuesday. No group has claimed "
            "the attack, although ISWAP is active in the area.",
            "30 militants",
        ),
        (
            "Incidents this week:\n- 12 Mar: About 30 militants attacked a checkpoint near Mubi."
            "\n- 13 Mar: ISWAP claimed a separate ambush near Gwoza.",
            "30 militants",
        ),
        (
            "About 40 militants attacked an army post near Diffa on Monday. Boko Haram denied it "
            "had any role.",
            "40 militants",
        ),
        (
            "Recent incidents:\n1. About 25 militants raided a police station in Lamu.\n2. "
            "Al-Shabaab claimed a roadside bombing near Mandera.",
            "25 militants",
        ),
    ],
)
def test_militants_are_no_group_that_did_not_act(text: str, needle: str) -> None:
    q = _one(text, needle)
    assert (q.measure, q.subject) == ("fighters", None)


def test_militants_are_the_group_that_claimed_their_attack() -> None:
    q = _one(
        "About 40 militants attacked an army post near Diffa on Monday. Boko Haram claimed "
        "responsibility for the attack.",
        "40 militants",
    )
    assert (q.measure, q.subject, q.low) == ("fighters", "boko_haram", 40)


# -- gaps: who a verb puts at a figure; a figure's own period ----------------------------------


def test_the_object_of_puts_at_owns_the_figure() -> None:
    q = _one(
        "The Nigerian army's latest strength assessment puts ISWAP at 5,000 fighters.", "5,000"
    )
    assert (q.subject, q.measure, q.low) == ("iswap", "fighters", 5000)
    q = _one("Western diplomats put the Houthis at around 20,000 fighters.", "20,000")
    assert (q.subject, q.measure) == ("houthis", "fighters")


def test_its_own_strength_is_the_subjects() -> None:
    text = (
        "Kenyan intelligence estimates al-Shabaab's strength at 7,000 to 12,000 fighters, while "
        "AMISOM puts its own strength at 19,000 troops."
    )
    assert _one(text, "7,000").subject == "al_shabaab"
    assert _one(text, "19,000").subject == "amisom"


def test_a_figure_keeps_the_period_right_after_it() -> None:
    text = (
        "The office recorded at least 5,600 people killed in 2024, and 1,086 in "
        "January-February 2025 alone."
    )
    assert _one(text, "5,600").period == "in 2024"
    q = _one(text, "1,086")
    assert (q.measure, q.period) == ("killed", "in January-February 2025")
