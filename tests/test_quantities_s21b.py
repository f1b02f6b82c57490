"""Quantities, review of round s21 (s21b): regressions for the bugs found in the s21 change.

- a strength is a deployment only where a place lies in the count's own clause, not in a
  relative or adverbial clause on another word;
- a bracketed note in a table's toll cell is a source's only when it names who told the
  figure; "(abducted)" or "(houses burned)" say what the figure counts, which is no dead;
- insurgents killed by the state go to the report's own group only where the report calls
  that group's men by the same noun (not "separatists" in a report on a jihadist group);
- the dead of another incident ("In X, meanwhile, ...") are no group's of the sentence before;
- one unit numbering N things ("trucks") is no count of fighters.

Short texts written for these tests (other conflicts, other wordings than the development
reports), run through the real pipeline.
"""

from __future__ import annotations

from test_quantities_s19 import _rows

# -- deployments: the place must be in the count's own clause ------------------------------------


def test_a_strength_in_a_relative_clause_is_no_deployment() -> None:
    rows = _rows(
        "The Sudanese Armed Forces, which have some 100,000 soldiers, launched an offensive "
        "in Khartoum in May."
    )
    assert not any(r[1] == "deployed" for r in rows), rows


def test_a_place_in_an_adverbial_clause_places_no_strength() -> None:
    rows = _rows(
        "The Ethiopian National Defense Force has about 140,000 soldiers, although most of "
        "them fought in Tigray."
    )
    assert not any(r[1] == "deployed" for r in rows), rows


def test_troops_placed_in_a_country_stay_a_deployment() -> None:
    rows = _rows("Rwanda has about 2,500 troops in Cabo Delgado.")
    assert ("Rwanda", "deployed", 2500, 2500) in rows


def test_troops_with_a_participle_placing_them_stay_a_deployment() -> None:
    rows = _rows("Burundi has some 1,000 soldiers deployed in South Kivu.")
    assert ("Burundi", "deployed", 1000, 1000) in rows


# -- table toll cells: notes that say what is counted ----------------------------------------

_TABLE = (
    "| Date | Place | Toll |\n|---|---|---|\n"
    "| 4 May | Djibo | 9 (army) / 14 (JNIM claim) |\n"
    "| 12 May | Kaya | 25 (abducted) |\n"
    "| 14 May | Gorom | 6 (houses burned) |\n"
    "| 15 May | Fada | 7 (per local sources) |\n"
    "| 16 May | Titao | 11 (unconfirmed) |"
)


def test_a_note_naming_the_harm_is_no_source_note() -> None:
    killed = {r[2] for r in _rows(_TABLE) if r[1] == "killed"}
    assert not killed & {25, 6, 11}, killed


def test_source_notes_leave_the_figure_a_count_of_the_dead() -> None:
    killed = {r[2] for r in _rows(_TABLE) if r[1] == "killed"}
    assert {9, 14, 7} <= killed, killed


# -- insurgents killed by the state -------------------------------------------------------------

_ISKP = (
    "ISKP militants claimed the bombing in Kabul. The Islamic State Khorasan Province has "
    "about 2,000 members. ISKP also struck Jalalabad.\n\n"
)


def test_another_kind_of_enemy_is_not_the_reports_group() -> None:
    rows = _rows(_ISKP + "Pakistani troops killed six separatists in Balochistan, the ISPR said.")
    assert not any(r[1] == "killed" and r[2] == 6 and r[0] for r in rows), rows


def test_the_reports_own_noun_for_its_men_gives_them_the_group() -> None:
    rows = _rows(
        "TTP militants attacked a checkpoint in Bannu. The Tehreek-e-Taliban Pakistan has "
        "about 6,000 fighters. The TTP later claimed the raid.\n\nPakistani troops killed 14 "
        "militants in North Waziristan on Sunday, the ISPR said."
    )
    assert any(r[1] == "killed" and r[2] == 14 and "Taliban" in (r[0] or "") for r in rows), rows


# -- the sentence before: not another incident ----------------------------------------------


def test_dead_of_a_separate_clash_are_not_the_struck_groups() -> None:
    rows = _rows(
        "Myanmar air force jets struck an Arakan Army camp near Kyauktaw on Monday. In "
        "Sagaing, meanwhile, twelve rebels were killed in a separate clash."
    )
    assert not any(r[1] == "killed" and r[2] == 12 and r[0] for r in rows), rows


def test_dead_told_after_a_strike_stay_the_struck_groups() -> None:
    rows = _rows(
        "Myanmar air force jets struck an Arakan Army camp near Kyauktaw on Monday. Nine rebels "
        "died, according to local officials."
    )
    assert ("Arakan Army", "killed", 9, 9) in rows


# -- one unit numbering things ------------------------------------------------------------------


def test_a_unit_numbering_vehicles_counts_no_fighters() -> None:
    rows = _rows("The group's logistics unit numbers 40 trucks.")
    assert not any(r[1] == "fighters" for r in rows), rows


def test_a_unit_numbering_men_counts_fighters() -> None:
    rows = _rows("A single ISIS cell numbering seven men carried out the attack in Raqqa.")
    assert any(r[1] == "fighters" and r[2] == 7 for r in rows), rows


def test_a_kind_of_enemy_the_report_calls_its_men_gives_them_the_group() -> None:
    rows = _rows(
        "BLA separatists attacked a Frontier Corps post in Kech. The Balochistan Liberation "
        "Army has about 3,000 fighters. The BLA later claimed the raid.\n\nPakistani troops "
        "killed six separatists in Turbat, the ISPR said."
    )
    assert any(r[1] == "killed" and r[2] == 6 and "Baloch" in (r[0] or "") for r in rows), rows


# -- the shared reference: coordinated peers (data list) ------------------------------------


def test_coordinated_groups_give_the_group_no_owner() -> None:
    rows = _rows(
        "Jaish al-Adl as well as Ansar al-Furqan operate near Saravan. Analysts put the group "
        "at about 500 fighters."
    )
    assert all(r[0] is None for r in rows if r[1] == "fighters"), rows
