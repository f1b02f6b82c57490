"""Quantities, round s24: figures read from structure rather than from one report's words.

- a toll's "others" joined to one person count that person too ("killed X and two others",
  "detained a pharmacist and four other people", "X and three of his drivers"), and the
  person's own phrase names whose toll it is (``quantity_companions``);
- a figure a verb of change brings a statistic to or from ("kidnappings rose to 41 from
  28"; ``measure_of_change``), while a difference between two counts ("three more ... than")
  is no count (``difference_figure``);
- a second source's figure told by its verb alone ("hospital staff said seven");
- statistics lines "Label: 7 incidents, 3 killed, 5 injured" read as table rows
  (``tables.label_rows``);
- "three of *its* members died": the possessive inside a partitive no longer hides the noun;
- a modifier of the toll's noun that is the one group's own noun ("separatist fighters" where
  the text names the "Velin Separatist Movement").

Short texts written for these tests (invented places, groups and wordings), run through the
real pipeline.
"""

from __future__ import annotations

from quantity_helpers import has_quantity as _has
from quantity_helpers import quantity_rows as _rows

GROUP = "The Korvala Liberation Front (KLF) was founded in 2019 in the hills of Mendi province. "


# -- companions: the one person beside "N others" --------------------------------------------


def test_named_person_and_others_count_him_too() -> None:
    rows = _rows(
        "Commandos stormed a farmhouse near Tarsk on Friday, killing Omar Belkacem and two others."
    )
    assert _has(rows, "killed", 3, 3), rows


def test_article_noun_and_other_people_arrested() -> None:
    rows = _rows(
        "A pharmacist and four other people were detained at a roadblock outside Port Velin "
        "late on Monday."
    )
    assert _has(rows, "arrested", 5, 5), rows
    assert not _has(rows, "arrested", 4, 4), rows


def test_partitive_of_his_guards_joined_to_a_name() -> None:
    rows = _rows(
        "An air strike on Thursday killed Idris Kamara and three of his guards outside Lomba."
    )
    assert _has(rows, "killed", 4, 4), rows


def test_commander_compound_names_the_owner() -> None:
    rows = _rows(
        GROUP + "Soldiers raided a hideout near Mendi on Sunday, killing KLF commander "
        "Tomas Verhoek and two others."
    )
    hits = [r for r in rows if r[1] == "killed" and r[2] == 3]
    assert hits and hits[0][0] == "Korvala Liberation Front", rows


def test_former_commander_names_no_owner() -> None:
    rows = _rows(
        GROUP + "Near Mendi on Friday, a drone hit a car and killed Tomas Verhoek, a former "
        "commander of the KLF, and three of his drivers."
    )
    hits = [r for r in rows if r[1] == "killed" and r[2] == 4]
    assert hits and hits[0][0] is None, rows


def test_others_without_the_word_other_are_not_summed() -> None:
    # "and two soldiers": whose soldiers, and whether the man was one, is not said
    rows = _rows("Gunmen shot dead Omar Belkacem and two soldiers at a checkpoint near Tarsk.")
    assert not _has(rows, "killed", 3, 3), rows


def test_others_of_another_verb_are_not_summed() -> None:
    # the person is the object of one verb, the others of another: two counts
    rows = _rows("Police arrested Omar Belkacem in Tarsk and questioned two others about the raid.")
    assert not _has(rows, "arrested", 3, 3), rows


def test_plural_noun_with_its_own_figure_is_not_a_companion() -> None:
    rows = _rows("The blast killed three teachers and two other people in the market of Lomba.")
    assert not _has(rows, "killed", 3 + 2 + 1, 3 + 2 + 1), rows
    assert not _has(rows, "killed", 4, 4), rows


# -- change figures ---------------------------------------------------------------------------


def test_statistic_rises_to_and_from_a_figure() -> None:
    rows = _rows(
        "Abductions in Mendi province rose to 41 in March from 28 in February, monitors said."
    )
    assert _has(rows, "kidnapped", 41, 41), rows
    assert _has(rows, "kidnapped", 28, 28), rows


def test_number_of_attacks_fell_to() -> None:
    rows = _rows(GROUP + "The number of attacks claimed by the KLF fell to 12 in April.")
    assert _has(rows, "attacks", 12, 12), rows


def test_change_by_a_figure_is_no_count() -> None:
    rows = _rows("Abductions in Mendi province rose by 12 in March.")
    assert not any(r[1] == "kidnapped" for r in rows), rows


def test_prices_rising_to_a_figure_count_nothing() -> None:
    rows = _rows("Fuel prices in Tarsk rose to 40 cents a litre after the blockade.")
    assert rows == [], rows


def test_more_than_last_month_is_a_difference() -> None:
    rows = _rows(
        "Violence in Mendi grew in May: five more people were killed than in April, "
        "according to the monitoring group."
    )
    assert not _has(rows, "killed", 5, 5), rows


def test_more_victims_without_than_still_count() -> None:
    rows = _rows("Two more soldiers died of their wounds in the hospital of Tarsk on Tuesday.")
    assert _has(rows, "killed", 2, 2), rows


def test_more_than_a_figure_is_an_open_range() -> None:
    rows = _rows(
        "More than 30 villagers were killed when gunmen raided Lomba, more than in any raid this year."
    )
    assert _has(rows, "killed", 30, None), rows


# -- a second source's figure -----------------------------------------------------------------


def test_second_source_figure_told_by_its_verb() -> None:
    rows = _rows(
        "Police said four people were killed in the blast in Lomba; hospital staff said seven."
    )
    assert _has(rows, "killed", 4, 4), rows
    assert _has(rows, "killed", 7, 7), rows


def test_said_before_a_clause_figure_is_no_ellipsis() -> None:
    rows = _rows("Villagers said two hostages had escaped from the camp near Tarsk.")
    assert not _has(rows, "killed", 2, 2), rows


# -- statistics lines ---------------------------------------------------------------------------


def test_statistics_lines_read_per_label() -> None:
    text = (
        "Incidents by district (May)\n\n"
        "Mendi: 9 incidents, 4 killed, 6 injured\n"
        "Tarsk: 3 incidents, 1 killed, 2 injured\n\n"
        "The figures come from a local monitoring group."
    )
    rows = _rows(text)
    for measure, value in (
        ("attacks", 9),
        ("killed", 4),
        ("injured", 6),
        ("attacks", 3),
        ("killed", 1),
        ("injured", 2),
    ):
        assert _has(rows, measure, value, value), (measure, value, rows)
    # the next line's figure is never read as the line before's toll
    assert not _has(rows, "killed", 3, 3), rows


def test_date_lines_are_no_statistics() -> None:
    rows = _rows("Period covered: 1-14 June 2025\n\nNext update: 14/06/2025")
    assert rows == [], rows


def test_prose_after_a_colon_is_no_statistics_line() -> None:
    from dossier.extract.tables import label_rows

    text = "Update: 3 soldiers were killed near Tarsk on Tuesday when their truck hit a mine."
    assert label_rows(text) == []


# -- possessive partitives and modifiers ------------------------------------------------------


def test_its_members_died() -> None:
    rows = _rows(
        GROUP + "In its statement on Friday, the KLF mourned three of its members killed by "
        "shelling near Mendi."
    )
    hits = [r for r in rows if r[1] == "killed" and r[2] == 3]
    assert hits and hits[0][0] == "Korvala Liberation Front", rows


def test_modifier_names_the_group_called_so() -> None:
    rows = _rows(
        "The Velin Separatist Movement (VSM) has fought the army in the hills since 2017, "
        "often alongside the Korvala Liberation Front (KLF). "
        "Seven separatist fighters died near Lomba when their truck hit a mine."
    )
    hits = [r for r in rows if r[1] == "killed" and r[2] == 7]
    assert hits and hits[0][0] == "Velin Separatist Movement", rows


def test_modifier_shared_by_two_groups_names_none() -> None:
    rows = _rows(
        "The M23 rebels and the ADF rebels both operate in the province. "
        "Five rebel fighters were killed near Lomba on Monday."
    )
    hits = [r for r in rows if r[1] == "killed" and r[2] == 5]
    assert hits and hits[0][0] is None, rows


# -- contested cells: one toll, two sources ----------------------------------------------------

_TABLE = "| Date | Place | Incident | Toll |\n|---|---|---|---|\n"


def test_contested_cell_is_one_range() -> None:
    rows = _rows(_TABLE + "| 3 May | Lomba | Mortar fire on a market | 8 (hospital) / 13 (KLF) |\n")
    assert _has(rows, "killed", 8, 13), rows
    # each source's own figure stays too (s16, s21)
    assert _has(rows, "killed", 8, 8) and _has(rows, "killed", 13, 13), rows


def test_contested_cell_with_or_and_open_top() -> None:
    rows = _rows(_TABLE + "| 5 May | Tarsk | Raid on village | 6 (police) or 10+ (residents) |\n")
    assert _has(rows, "killed", 6, 10), rows


def test_two_peoples_figures_are_not_contested() -> None:
    # soldiers by one source, rebels by the other: two tolls, no range
    rows = _rows(_TABLE + "| 7 May | Mendi | Clash | 2 soldiers (army) / 9 rebels (KLF) |\n")
    assert not _has(rows, "killed", 2, 9), rows


def test_semicolon_parts_are_two_statements() -> None:
    rows = _rows(_TABLE + "| 9 May | Velin | Bombing | 6 (police); 9 (hospital) |\n")
    assert not _has(rows, "killed", 6, 9), rows


def test_vague_second_figure_makes_no_range() -> None:
    rows = _rows(_TABLE + '| 9 May | Velin | Attack on a bus | 6 (police) / "dozens" (KLF) |\n')
    assert not any(r[1] == "killed" and r[2] == 6 and r[3] == 12 for r in rows), rows


# -- headers in a source's language -------------------------------------------------------------


def test_spanish_header_names_the_displaced() -> None:
    rows = _rows("| Lugar | Desplazados |\n|---|---|\n| Lomba | 740 |\n| Tarsk | 215 |\n")
    assert _has(rows, "displaced", 740, 740) and _has(rows, "displaced", 215, 215), rows


def test_french_headers_name_dead_and_wounded() -> None:
    rows = _rows("| Commune | Tués | Blessés |\n|---|---|---|\n| Lomba | 7 | 12 |\n")
    assert _has(rows, "killed", 7, 7) and _has(rows, "injured", 12, 12), rows


def test_foreign_header_of_no_measure_counts_nothing() -> None:
    rows = _rows("| Lugar | Población |\n|---|---|\n| Lomba | 74000 |\n")
    assert not any(r[2] == 74000 for r in rows), rows


# -- "over" as a verb's particle ------------------------------------------------------------


def test_handed_over_is_an_exact_figure() -> None:
    rows = _rows(
        GROUP + "At a ceremony in Mendi on 2 May, the KLF handed over 40 pistols to the "
        "election commission."
    )
    assert _has(rows, "weapons", 40, 40), rows


def test_over_before_a_figure_is_still_more_than() -> None:
    rows = _rows(GROUP + "The KLF is thought to have over 300 fighters in the hills of Mendi.")
    assert _has(rows, "fighters", 300, None), rows


# -- "the breakaway" stands for the group named before ---------------------------------------


def test_the_breakaway_is_the_group_named_before() -> None:
    rows = _rows(
        "In March a faction of commanders left the army and formed the Tarsk Freedom Front "
        "(TFF). By June the breakaway counted about 400 fighters, according to church leaders "
        "in Mendi."
    )
    hits = [r for r in rows if r[1] == "fighters" and r[2] == 400]
    assert hits and hits[0][0] == "Tarsk Freedom Front", rows


def test_the_breakaway_after_two_groups_is_nobody() -> None:
    rows = _rows(
        "The Tarsk Freedom Front (TFF) and the Korvala Liberation Front (KLF) both lost "
        "commanders in March. By June the breakaway counted about 400 fighters, according to "
        "church leaders in Mendi."
    )
    hits = [r for r in rows if r[1] == "fighters" and r[2] == 400]
    assert not hits or hits[0][0] is None, rows
