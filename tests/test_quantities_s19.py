"""Quantities, round s19: whose people a figure counts, read from the structure around it
(an outlet never owns recruits or fighters; "most of them X volunteers" after a toll; "others"
after a toll; "against roughly 1,500 for X"; the target a table row names), a figure in
scare quotes after a verb of harm, people "taken" in an abduction, a unit's number that is
no count, an open range "14–40+", and the period a table's caption gives.

Short texts written for these tests (other conflicts, other wordings than the development
reports), run through the real pipeline.
"""

from __future__ import annotations

from dataclasses import replace

from test_relations import annotate_text

from dossier.extract.common import SentenceView
from dossier.extract.numbers import parse_count
from dossier.extract.quantities import extract_quantities
from dossier.extract.quantity_owners import speaker_owner

Row = tuple[str | None, str, float | None, float | None]


def _rows(text: str) -> list[Row]:
    doc, actors, _places, timexes = annotate_text(text)
    names = {a.key: a.name for a in actors}
    return [
        (names.get(q.subject) if q.subject else None, q.measure, q.low, q.high)
        for q in extract_quantities(doc, actors, timexes)
    ]


def _periods(text: str) -> list[tuple[str, float | None, str | None]]:
    doc, actors, _places, timexes = annotate_text(text)
    return [(q.measure, q.low, q.period) for q in extract_quantities(doc, actors, timexes)]


# -- an outlet speaks for a group, it owns no recruits ----------------------------------------


def test_recruits_shown_by_an_outlet_are_the_groups_that_speaks_through_it() -> None:
    rows = _rows(
        "On 4 May the Taliban released a 30-minute video via Amaq showing a camp in Kunar, "
        "featuring what it described as several hundred new recruits."
    )
    recruits = [r for r in rows if r[1] == "recruits"]
    assert recruits and all(r[0] == "Taliban" for r in recruits), rows


def test_an_outlets_own_staff_killed_stay_its_own() -> None:
    # a toll is no strength: the outlet's own dead are never handed to the group it speaks
    # for. (s19b: the test named an actor absent from its sentence, so it could not fail; the
    # pipeline gives such a toll no subject at all, so the rule is asked directly with the
    # outlet as the toll's subject.)
    text = "Three Amaq News Agency reporters were killed in a coalition airstrike near Raqqa."
    doc, actors, _places, timexes = annotate_text(text)
    by_key = {a.key: a for a in actors}
    outlet = next(a for a in actors if a.type == "media" and a.parent)
    tolls = [q for q in extract_quantities(doc, actors, timexes) if q.measure == "killed"]
    assert tolls, actors
    view = SentenceView(0, 0, len(text), text, text, (), ())
    own = speaker_owner(replace(tolls[0], subject=outlet.key), view, by_key, lambda: None)
    assert own.subject == outlet.key


# -- a share phrase after a toll --------------------------------------------------------------


def test_most_of_them_names_whose_people_the_toll_counted() -> None:
    rows = _rows(
        "Hospital staff in Gao said at least 22 combatants were killed in the clash, most of "
        "them JNIM fighters, and the army gave no figure."
    )
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "killed", 22.0, None) in rows, rows


def test_a_share_phrase_naming_no_actor_gives_no_subject() -> None:
    rows = _rows(
        "Local officials said at least 9 people were killed in the raid on Kidal, most of "
        "them women."
    )
    assert all(r[0] is None for r in rows if r[1] == "killed"), rows


# -- "others" after a toll --------------------------------------------------------------------


def test_others_wounded_after_soldiers_killed_are_the_same_forces() -> None:
    rows = _rows(
        "Houthi drones struck a Saudi Arabian Armed Forces post near Jizan on Sunday, "
        "killing at least seven soldiers, a military source said. Nine others were wounded."
    )
    killed = [r for r in rows if r[1] == "killed"]
    injured = [r for r in rows if r[1] == "injured"]
    assert killed and injured and killed[0][0] is not None, rows
    assert injured[0][0] == killed[0][0], rows


def test_others_after_victims_stay_nobodys() -> None:
    rows = _rows(
        "A bomb on a bus near Quetta killed 12 passengers on Friday, police said. Twenty "
        "others were injured."
    )
    assert all(r[0] is None for r in rows), rows


# -- a figure compared "for" another actor ------------------------------------------------------


def test_a_bare_figure_for_another_group_is_that_groups() -> None:
    rows = _rows(
        "Analysts put the Houthis' strength at 20,000 men, versus about 5,000 for the "
        "Southern Transitional Council."
    )
    assert ("Southern Transitional Council", "fighters", 5000.0, 5000.0) in rows, rows
    assert ("Houthis", "fighters", 20000.0, 20000.0) in rows, rows


def test_a_bare_figure_for_a_year_is_no_ones_new() -> None:
    rows = _rows("The ELN has about 5,000 fighters, compared with 2,500 in 2015.")
    assert all(r[0] == "National Liberation Army (Colombia)" for r in rows), rows


# -- a table row's target -----------------------------------------------------------------------

_ROWS = (
    "Incidents in March:\n\n"
    "| Date | Place | Incident | Toll |\n"
    "|---|---|---|---|\n"
    "| 28 Mar | Gao | Drone strike on a JNIM convoy | 9 killed |\n"
    "| 29 Mar | Kidal | JNIM attack on market | 6 civilians killed |\n"
)


def test_a_bare_toll_of_a_row_counts_the_target_it_names() -> None:
    rows = _rows(_ROWS)
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "killed", 9.0, 9.0) in rows, rows


def test_a_toll_naming_civilians_is_not_the_perpetrators() -> None:
    rows = _rows(_ROWS)
    six = [r for r in rows if r[2] == 6.0]
    assert six and all(r[0] is None for r in six), rows


# -- a label in scare quotes, people "taken" ----------------------------------------------------


def test_a_figure_in_scare_quotes_after_a_verb_of_harm_is_a_toll() -> None:
    rows = _rows('The rebels said in a statement that they had killed 45 "apostates" near Goma.')
    assert any(r[1] == "killed" and r[2] == 45.0 for r in rows), rows


def test_a_quoted_label_after_a_verb_of_no_harm_is_no_toll() -> None:
    rows = _rows('The minister said his forces had welcomed 300 "returnees" at the camp.')
    assert not any(r[1] in ("killed", "arrested", "kidnapped") for r in rows), rows


def test_people_taken_in_an_abduction_are_kidnapped() -> None:
    rows = _rows(
        "Bandits abducted farmers from three villages near Zurmi on Sunday night, according "
        "to residents, who counted 31 people taken."
    )
    assert ("kidnapped", 31.0) in [(r[1], r[2]) for r in rows], rows


def test_people_taken_to_hospital_are_not_kidnapped() -> None:
    rows = _rows(
        "Gunmen abducted two traders near Zurmi, and police said nine people taken to a "
        "clinic after the raid were later discharged."
    )
    assert ("kidnapped", 9.0) not in [(r[1], r[2]) for r in rows], rows


# -- no count --------------------------------------------------------------------------------


def test_a_units_number_is_no_count() -> None:
    rows = _rows(
        "Gunmen overran a post of the 153 Task Force Battalion near Dikwa, killing at least "
        "eight soldiers."
    )
    assert all(r[2] != 153.0 for r in rows), rows


# -- numbers and periods ------------------------------------------------------------------------


def test_an_open_range_has_no_upper_bound() -> None:
    c = parse_count("14–40+")
    assert c is not None and (c.low, c.high) == (14, None)
    c = parse_count("14–40")
    assert c is not None and (c.low, c.high) == (14, 40)


def test_a_tables_caption_gives_its_figures_period() -> None:
    rows = _periods(
        "Weekly brief.\n\n"
        "| Table 2. Incidents recorded in Ituri, 3–9 March 2025 | | |\n"
        "|---|---|---|\n"
        "| Territory | Incidents | Reported deaths |\n"
        "|---|---|---|\n"
        "| Djugu | 5 | 31 |\n"
        "| Irumu | 2 | 7 |\n"
    )
    assert rows and all(r[2] is not None and "March 2025" in r[2] for r in rows), rows


# -- another source's figure for the same people --------------------------------------------


def test_another_sources_figure_for_the_same_soldiers_is_the_same_forces() -> None:
    rows = _rows(
        "Gunmen attacked a Mali Armed Forces camp near Boulkessi on Sunday, killing at least "
        "nine soldiers, a security source said. Residents fled towards the town. The attackers "
        'later claimed that 40 "apostate soldiers" had died. The Armed Forces of Burkina Faso '
        "said they had closed the border."
    )
    killed = [r for r in rows if r[1] == "killed"]
    assert len(killed) == 2 and killed[0][0] is not None, rows
    assert killed[1][0] == killed[0][0], rows


def test_a_later_toll_of_other_people_takes_no_subject() -> None:
    rows = _rows(
        "Gunmen attacked a Mali Armed Forces camp near Boulkessi on Sunday, killing at least "
        "nine soldiers, a security source said. Residents said 14 herders also died."
    )
    herders = [r for r in rows if r[2] == 14.0]
    assert herders and herders[0][0] is None, rows


# -- a share of a strength counted before -----------------------------------------------------


def test_a_share_of_them_owned_by_its_clauses_group() -> None:
    rows = _rows(
        "Analysts count about 9,000 armed fighters in North Kivu; the FDLR likely accounts "
        "for roughly 2,000 of them."
    )
    share = [r for r in rows if r[2] == 2000.0]
    assert share and share[0][1] == "fighters" and share[0][0] is not None, rows


def test_a_part_of_a_toll_is_no_figure_of_its_own() -> None:
    rows = _rows("Officials in Beni said 40 people were killed, 12 of them children.")
    assert [(r[1], r[2]) for r in rows] == [("killed", 40.0)], rows


# -- another account of the same incident -----------------------------------------------------


def test_another_sources_toll_takes_the_date_of_the_incident_told_first() -> None:
    rows = _periods(
        "A drone struck a wedding party in Kidal on Saturday, 14 June, killing at least 12 "
        "civilians, according to local officials. A rights group later put the toll at 19 dead."
    )
    nineteen = [r for r in rows if r[1] == 19.0]
    assert nineteen and nineteen[0][2] is not None and "14 June" in nineteen[0][2], rows


def test_a_toll_of_a_new_paragraph_keeps_no_borrowed_date() -> None:
    rows = _periods(
        "A drone struck a wedding party in Kidal on Saturday, 14 June, killing at least 12 "
        "civilians, according to local officials.\n\n"
        "Elsewhere, a rights group said 19 people had been killed in clashes near Gao."
    )
    nineteen = [r for r in rows if r[1] == 19.0]
    assert all(r[2] is None for r in nineteen), rows


# -- the date of a past deed joined to a present holding ----------------------------------------


def test_a_past_deeds_date_is_not_a_present_strengths() -> None:
    rows = _periods(
        "The SADC mission started arriving in Pemba in August 2021 and has roughly 1,800 "
        "personnel there."
    )
    troops = [r for r in rows if r[1] == 1800.0]
    assert troops and all(r[2] is None or "2021" not in r[2] for r in troops), rows


def test_a_date_shared_by_two_past_deeds_stays() -> None:
    rows = _periods("ISWAP attacked Monguno on 3 March and killed at least 20 soldiers.")
    killed = [r for r in rows if r[0] == "killed"]
    assert killed and killed[0][2] is not None and "3 March" in killed[0][2], rows
