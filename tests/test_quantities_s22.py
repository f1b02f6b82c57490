"""Quantities, round s22: whose people a figure counts and figures that were not read.

- a toll cell that lists several sides' figures split by commas ("4 soldiers, 7 militants
  killed", "6 X killed, 9 arrested"): each figure with its own people and the list's fate;
- dates of a relative clause on another noun ("reviving a rebellion that has simmered
  since 2017") do not turn one incident's toll into an aggregate;
- "X has N members split between ..." (parsed as a clause under "has"): X's members;
- joined modifiers before a counted noun ("20 mortar and sniper attacks");
- a range of two years with a two-digit end ("in 2022-23") is a period;
- people held captive ("held more than 35 passengers", "held by angry villagers",
  "held without charge"): taken by a non-state holder, arrested by a state or in custody;
- a sentence that opens on a group noun ("The rebels later ambushed ...") stands for the group
  named before, and "it" after it goes back to that group (``common._OPENING_REFERENCE``).

Short texts written for these tests (invented places, groups and wordings, not the
development reports), run through the real pipeline.
"""

from __future__ import annotations

from test_relations import annotate_text

from dossier.extract.periods import clause_period
from dossier.extract.quantities import extract_quantities

Row = tuple[str | None, str, float | None, float | None, str | None, str]


def _rows(text: str) -> list[Row]:
    doc, actors, _places, timexes = annotate_text(text)
    names = {a.key: a.name for a in actors}
    return [
        (names.get(q.subject) if q.subject else None, q.measure, q.low, q.high, q.period, q.text)
        for q in extract_quantities(doc, actors, timexes)
    ]


_TABLE = (
    "Incidents recorded in the period.\n\n"
    "| Date | Where | What happened | By | Toll |\n"
    "|---|---|---|---|---|\n"
)


# -- 1. listed toll cells ---------------------------------------------------------------------


def test_a_listed_toll_cell_gives_each_side_its_own_dead() -> None:
    rows = _rows(
        _TABLE + "| 3 May | Kasanga | Army patrol ambushed | Uganda army vs NLF "
        "| 4 soldiers, 7 militants killed |\n"
    )
    killed = {(r[2], r[0]) for r in rows if r[1] == "killed"}
    assert (7.0, "NLF") in killed, rows
    two = [r for r in rows if r[2] == 4.0]
    assert two and all(r[1] == "killed" and r[0] not in (None, "NLF") for r in two), rows


def test_a_figure_without_a_noun_after_a_named_one_counts_the_same_people() -> None:
    rows = _rows(
        _TABLE + "| 7 May | Mbale | Search of a camp | Uganda army | 6 NLF killed, 9 arrested |\n"
    )
    assert ("NLF", "killed", 6.0) in {(r[0], r[1], r[2]) for r in rows}, rows
    assert ("NLF", "arrested", 9.0) in {(r[0], r[1], r[2]) for r in rows}, rows


def test_a_listed_cell_of_victims_names_no_owner() -> None:
    rows = _rows(
        _TABLE
        + "| 5 May | Kisoro | Bomb on a minibus | NLF (suspected) | 3–6 killed, 17 injured |\n"
    )
    got = {(r[1], r[2], r[3]) for r in rows}
    assert ("killed", 3.0, 6.0) in got and ("injured", 17.0, 17.0) in got, rows
    assert all(r[0] is None for r in rows if r[1] in ("killed", "injured")), rows


def test_a_listed_cell_of_a_row_with_two_armed_groups_picks_neither() -> None:
    rows = _rows(
        _TABLE + "| 6 May | Menaka | Clash between rival units | JNIM vs ISSP "
        "| 9 militants, 5 soldiers killed |\n"
    )
    three = [r for r in rows if r[2] == 9.0]
    assert three and three[0][1] == "killed" and three[0][0] is None, rows


def test_thousands_separators_are_no_list_commas() -> None:
    rows = _rows(_TABLE + "| 4 May | Kasanga | Raid on town | NLF | 1,200 displaced, 4 killed |\n")
    got = {(r[1], r[2]) for r in rows}
    assert ("displaced", 1200.0) in got and ("killed", 4.0) in got, rows
    assert not [r for r in rows if r[2] in (1.0, 200.0)], rows


def test_a_list_without_a_fate_is_not_a_toll_of_the_dead() -> None:
    rows = _rows(
        "Seizures recorded in the period.\n\n"
        "| Date | Place | Operation | Unit | Seized |\n"
        "|---|---|---|---|---|\n"
        "| 9 May | Tororo | Checkpoint search | Uganda police | 3 vehicles, 2 rifles |\n"
    )
    assert not [r for r in rows if r[1] == "killed"], rows


# -- 2. a relative clause's date is not the toll's --------------------------------------------


def test_a_date_in_a_relative_clause_on_another_noun_keeps_the_incident_toll() -> None:
    rows = _rows(
        "In Uganda, insurgents overran a police post near Kasese on Monday and killed two "
        "policemen, reviving a rebellion that has simmered since 2017."
    )
    # the policemen are the police's own dead (an incident's toll), not the attackers' (which
    # a campaign total "since 2017" would have given them)
    two = [r for r in rows if r[1] == "killed" and r[2] == 2.0]
    assert two and two[0][0] is not None and "police" in two[0][0].lower(), rows


def test_a_campaign_toll_since_a_year_stays_an_aggregate() -> None:
    rows = _rows("The rebels have killed more than 300 people since 2017 in the western hills.")
    toll = [r for r in rows if r[1] == "killed" and r[2] == 300.0]
    assert toll and toll[0][4] and "2017" in toll[0][4], rows


# -- 3. "X has N members split between ..." ---------------------------------------------------


def test_members_split_between_wings_are_the_holders() -> None:
    rows = _rows(
        "Police arrested two men on Monday. Led by a former army colonel, the Red Crescent "
        "Brigade has about 400 members split between Gulu and Lira."
    )
    members = [r for r in rows if r[1] == "members"]
    assert members and members[0][0] == "Red Crescent Brigade", rows


def test_fighters_based_somewhere_who_surrendered_are_not_the_reporters() -> None:
    rows = _rows("The ministry reported that 300 fighters based in the hills had surrendered.")
    assert all(r[0] is None or "ministry" not in r[0].lower() for r in rows), rows


# -- 4. joined modifiers before the counted noun ----------------------------------------------


def test_joined_modifiers_before_the_counted_noun() -> None:
    rows = _rows(
        "Over the month the Northern Front carried out more than 20 mortar and sniper attacks."
    )
    attacks = [r for r in rows if r[1] == "attacks"]
    assert attacks and attacks[0][2] == 20.0 and attacks[0][3] is None, rows


def test_two_counted_nouns_joined_stay_two_figures() -> None:
    rows = _rows("Police seized 30 rifles and 2,000 rounds of ammunition in Gulu.")
    got = {(r[1], r[2]) for r in rows}
    assert ("weapons", 30.0) in got and ("weapons", 2000.0) in got, rows


# -- 5. year ranges with a two-digit end ------------------------------------------------------


def test_a_two_year_range_is_a_period() -> None:
    text = "The group carried out 300 attacks in 2022-23, officials said."
    assert clause_period(text, (0, len(text)), text.index("300"), []) == "in 2022-23"


def test_dates_and_months_are_no_year_range() -> None:
    for text in (
        "It had 900 fighters on 2011-12-05.",
        "Attacks rose to 40 in 2023-05.",
        "It had 900 fighters in 2022-19.",
    ):
        figure = text.index("900") if "900" in text else text.index("40")
        assert clause_period(text, (0, len(text)), figure, []) is None, text


# -- 6. people held captive -------------------------------------------------------------------


def test_passengers_held_by_fighters_are_taken() -> None:
    rows = _rows(
        "Liberation Front fighters stopped a bus near Kasese in May and held more than 35 "
        "passengers for a week."
    )
    assert ("kidnapped", 35.0, None) in {(r[1], r[2], r[3]) for r in rows}, rows


def test_soldiers_held_by_a_crowd_are_taken() -> None:
    rows = _rows("In Kisoro, 40 soldiers were held by angry villagers until Thursday evening.")
    forty = [r for r in rows if r[2] == 40.0]
    assert forty and forty[0][1] == "kidnapped", rows


def test_people_held_without_charge_are_arrested() -> None:
    rows = _rows(
        "According to lawyers in Kampala, 200 opposition supporters are being held without charge."
    )
    assert ("arrested", 200.0) in {(r[1], r[2]) for r in rows}, rows


def test_people_held_by_the_police_are_arrested_not_taken() -> None:
    rows = _rows("Kenyan police held 14 traders overnight in Eldoret after the clashes.")
    assert not [r for r in rows if r[1] == "kidnapped"], rows


def test_positions_threats_talks_and_own_troops_hold_no_captives() -> None:
    for text in (
        "The rebels held 12 positions along the river.",
        "The rebels threatened to hold 30 passengers until the ransom was paid.",
        "The army held talks with 12 elders in Gulu.",
        "If the rebels hold 30 passengers, the army will not negotiate.",
        "The army held 500 troops in reserve near Gulu.",
        "Burundi has kept roughly 1,000 soldiers stationed in South Kivu since 2023.",
    ):
        rows = _rows(text)
        assert not [r for r in rows if r[1] in ("kidnapped", "arrested")], (text, rows)


def test_people_held_with_no_holder_and_no_custody_word_are_not_counted_as_captives() -> None:
    rows = _rows("About 60 villagers were held in the school during the fighting.")
    assert not [r for r in rows if r[1] in ("kidnapped", "arrested")], rows


# -- 7. a sentence opening on a group noun carries "it" back to its group ---------------------


def test_a_sentence_opening_on_the_rebels_passes_it_back_to_their_group() -> None:
    rows = _rows(
        "The Lion Brigade raided Gulu in May. The rebels later ambushed a Ugandan army convoy "
        "near Kasese. It is said to number about 800 fighters."
    )
    fighters = [r for r in rows if r[1] == "fighters"]
    assert fighters and fighters[0][0] == "Lion Brigade", rows
