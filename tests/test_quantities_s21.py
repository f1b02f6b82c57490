"""Quantities, round s21: whose people a toll counts when the owner is the target of the
attack (a bare "members" of a struck patrol; a force that tells its own losses; a strike told
in the sentence before), the reference "the group" read by the shared helper (no guess between
two groups), troops placed in a country as a deployment, and a bare figure under a table's
"Toll" header as each source's count of the dead.

Short texts written for these tests (other conflicts, other wordings than the development
reports), run through the real pipeline.
"""

from __future__ import annotations

from test_quantities_s19 import _rows

# -- the target of an attack owns its toll -------------------------------------------------------


def test_bare_members_killed_by_an_attack_are_the_struck_units() -> None:
    # fails without s21: a bare "members" was nobody's
    rows = _rows(
        "A roadside bomb struck a Peshmerga convoy near Makhmour on Friday, killing three "
        "members and wounding two."
    )
    assert ("Peshmerga", "killed", 3, 3) in rows
    assert ("Peshmerga", "injured", 2, 2) in rows


def test_members_of_a_family_are_not_the_struck_units() -> None:
    rows = _rows(
        "A roadside bomb struck a Peshmerga convoy near Makhmour on Friday, killing three "
        "members of a shepherd family."
    )
    assert all(r[0] is None for r in rows if r[1] == "killed"), rows


def test_a_force_telling_its_own_losses_in_an_attack_on_it_owns_them() -> None:
    # fails without s21: the army, being the source, was barred from owning its own dead
    rows = _rows(
        "Militants attacked a Burkinabe army base near Djibo on Sunday, killing at least five "
        "soldiers and wounding nine, the Burkinabe army said."
    )
    killed = [r for r in rows if r[1] == "killed"]
    assert killed and all("Burkina" in (r[0] or "") for r in killed), rows


def test_the_attackers_never_own_the_dead_of_what_they_struck() -> None:
    rows = _rows(
        "Al-Shabaab fighters stormed a Somali army base near Afgooye, killing six soldiers."
    )
    assert not any(r[0] == "al-Shabaab" for r in rows if r[1] == "killed"), rows


def test_a_strike_told_in_the_sentence_before_gives_the_dead_to_the_struck_group() -> None:
    rows = _rows(
        "Nigerian Air Force jets struck a Boko Haram camp near Gwoza on Tuesday night. At least "
        "nine insurgents died, according to the Defence Headquarters."
    )
    assert ("Boko Haram", "killed", 9, None) in rows


def test_the_struck_group_wins_over_another_group_named_beside_it() -> None:
    # fails without s21: two groups in the sentence before gave the dead no owner
    rows = _rows(
        "Days after ISWAP fighters had left the area, the Nigerian Air Force struck hideouts of "
        "Boko Haram near Gwoza. According to the Defence Headquarters, at least nine insurgents "
        "died."
    )
    assert ("Boko Haram", "killed", 9, None) in rows


def test_a_strike_not_made_gives_the_dead_no_owner() -> None:
    rows = _rows(
        "Days after ISWAP fighters had left the area, the Nigerian Air Force planned to strike "
        "hideouts of Boko Haram near Gwoza. According to the Defence Headquarters, at least nine "
        "insurgents died."
    )
    assert all(r[0] is None for r in rows if r[1] == "killed"), rows


def test_two_armed_sides_before_give_the_dead_no_owner() -> None:
    # a raid by one group on another: the dead insurgents may be either's
    rows = _rows(
        "On Tuesday night ISWAP fighters raided a Boko Haram camp near Gwoza. At least nine "
        "insurgents died, according to local sources."
    )
    assert all(r[0] is None for r in rows if r[1] == "killed"), rows


def test_civilians_killed_after_a_strike_are_nobodys_people() -> None:
    rows = _rows(
        "Nigerian Air Force jets struck a Boko Haram camp near Gwoza. At least nine villagers "
        "died, according to residents."
    )
    assert all(r[0] is None for r in rows if r[1] == "killed"), rows


# -- "the group" read by the shared reference helper ---------------------------------------------


def test_two_groups_in_one_sentence_before_give_the_group_no_strength() -> None:
    rows = _rows(
        "The Kachin Independence Army accused the Arakan Army of shelling a market near "
        "Lashio. Officials say the group has about 2,000 fighters."
    )
    assert all(r[0] is None for r in rows if r[1] == "fighters"), rows


def test_one_group_before_owns_the_strength_of_the_group() -> None:
    rows = _rows(
        "The Kachin Independence Army shelled a market near Lashio. Officials say the group "
        "has about 2,000 fighters."
    )
    assert ("Kachin Independence Army", "fighters", 2000, 2000) in rows


def test_two_coordinated_groups_give_its_fighters_no_owner() -> None:
    rows = _rows(
        "The Allied Democratic Forces and the M23 clashed near Beni on Monday. Its fighters "
        "have numbered about 1,500 since 2022."
    )
    assert all(r[0] is None for r in rows if r[1] == "fighters"), rows


# -- troops placed in a country are deployed -------------------------------------------------------


def test_a_foreign_force_with_personnel_in_a_country_is_a_deployment() -> None:
    # fails without s21: quantities' sentences carried no place, so the rule never fired
    rows = _rows(
        "According to Kigali, the Rwanda Defence Force keeps some 4,000 personnel in Mozambique."
    )
    assert ("Rwanda Defence Force", "deployed", 4000, 4000) in rows


def test_an_armed_groups_fighters_in_a_place_stay_fighters() -> None:
    rows = _rows("ISWAP has about 3,000 fighters in Borno, a UN report said.")
    assert any(r[1] == "fighters" and r[2] == 3000 for r in rows), rows
    assert not any(r[1] == "deployed" for r in rows), rows


def test_a_force_not_placed_anywhere_keeps_its_strength() -> None:
    rows = _rows("The Malian army has about 20,000 troops, a Western diplomat said.")
    assert not any(r[1] == "deployed" for r in rows), rows


# -- a bare figure under a "Toll" header ----------------------------------------------------------

_TABLE = (
    "Weekly incidents\n\n"
    "| Date | Location | Incident | Perpetrator | {header} |\n"
    "|---|---|---|---|---|\n"
    "{rows}"
)


def test_each_sources_bare_toll_is_the_dead_of_the_target() -> None:
    # fails without s21: a figure with a source note and no noun counted nothing
    rows = _rows(
        _TABLE.format(
            header="Toll",
            rows="| 3 Mar 2025 | Damboa road | Ambush of Nigerian Army convoy | ISWAP | "
            "7 (army) / 15 (ISWAP claim) |\n",
        )
    )
    assert ("Nigerian Army", "killed", 7, 7) in rows
    assert ("Nigerian Army", "killed", 15, 15) in rows


def test_people_arrested_under_a_toll_header_are_not_dead() -> None:
    rows = _rows(
        _TABLE.format(
            header="Toll",
            rows="| 10 Mar 2025 | Konduga | Arrests | Nigerian Army | 5 suspected ISWAP couriers |\n",
        )
    )
    assert not any(r[1] == "killed" for r in rows), rows


def test_civilians_in_a_note_are_never_the_targets_people() -> None:
    rows = _rows(
        _TABLE.format(
            header="Toll",
            rows="| 12 Mar 2025 | Bama | Ambush of Nigerian Army convoy | ISWAP | 9 (civilians) |\n",
        )
    )
    assert not any(r[0] == "Nigerian Army" and r[2] == 9 for r in rows), rows


def test_a_bare_figure_under_a_result_header_counts_no_dead() -> None:
    rows = _rows(
        _TABLE.format(
            header="Result",
            rows="| 3 Mar 2025 | Damboa road | Ambush of Nigerian Army convoy | ISWAP | 7 (army) |\n",
        )
    )
    assert not any(r[1] == "killed" for r in rows), rows


# -- whose dead insurgents are ------------------------------------------------------------------

_ABOUT_TTP = (
    "Tehrik-i-Taliban Pakistan expanded its attacks in 2025. Tehrik-i-Taliban Pakistan claimed "
    "40 attacks in July. Tehrik-i-Taliban Pakistan also set up checkpoints in Bajaur.\n\n"
)


def test_only_the_nearest_speaker_tells_a_figure() -> None:
    # the group whose radio claimed the other figure is no source of this one
    rows = _rows(
        "Tehrik-i-Taliban Pakistan's Umar Media claimed that dozens of soldiers had been killed; "
        "the army, for its part, said 15 militants died."
    )
    assert ("Tehrik-i-Taliban Pakistan", "killed", 15, 15) in rows


def test_the_group_of_the_tolls_own_sentence_comes_before_the_one_before() -> None:
    rows = _rows(
        "Boko Haram raided Gwoza on Monday. On Tuesday ISWAP ambushed a convoy near Baga, and the "
        "army said 12 militants were killed."
    )
    assert ("Islamic State West Africa Province", "killed", 12, 12) in rows


def test_militants_killed_by_troops_are_the_reports_group() -> None:
    # fails without s21: no group in the paragraph, so the dead were nobody's
    rows = _rows(_ABOUT_TTP + "The ISPR said on Monday that troops killed 14 militants near Khar.")
    assert ("Tehrik-i-Taliban Pakistan", "killed", 14, 14) in rows


def test_militants_dead_with_no_state_force_in_the_sentence_are_nobodys() -> None:
    rows = _rows(
        _ABOUT_TTP + "Residents said on Monday that 14 militants died in a blast near Khar."
    )
    assert all(r[0] is None for r in rows if r[1] == "killed"), rows


def test_vigilantes_killed_are_never_the_reports_group() -> None:
    rows = _rows(_ABOUT_TTP + "Police said on Monday that gunmen killed 12 vigilantes near Khar.")
    assert all(r[0] is None for r in rows if r[1] == "killed"), rows


# -- a unit that numbers N counts its men -------------------------------------------------------


def test_one_unit_numbering_a_figure_counts_its_men() -> None:
    # fails without s21: "brigade" made the figure a count of brigades
    rows = _rows(
        "Analysts say Jaish al-Adl now fields about 2,000 fighters, with its Saravan brigade "
        "numbering several hundred."
    )
    assert not any(r[1] == "cells" for r in rows), rows
    assert any(r[1] == "fighters" and r[2] == 200 for r in rows), rows
