"""Quantities, round s14: tables whose column gaps the text lost (a rule of dashes under the
header, names with digits, several figure columns, vague words in a cell, a column's measure
for a row that names none, the caption's year), "c. N" and "N+", displacement in dense prose
(a misparsed "between A and B people had fled", "the flight of N people", families, camp
residents, people sheltered, a figure that is the object of "displacing"), tolls of a campaign
("the insurgency has killed"), another source's toll in the next sentence, a source who "put
the toll at", and "According to X, the Y have ..." (X is the source, not the subject).

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from test_quantities import quantities_of

from dossier.extract.numbers import find_counts


def _measures(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(q.measure, q.low, q.high) for q in quantities_of(text)]


# -- numbers -----------------------------------------------------------------------------------


def test_circa_and_plus_figures() -> None:
    (c,) = find_counts("c. 2,400", 0)
    assert (c.low, c.high, c.approximate) == (2400, 2400, True)
    (plus,) = find_counts("an estimated 650+ households", 0)
    assert (plus.low, plus.high, plus.approximate) == (650, None, True)


# -- tables whose gaps were lost ---------------------------------------------------------------

_FORCES = (
    "The brief reviews the forces around Bunia.\n\n"
    "Table 3. Armed strength in Ituri\n\n"
    "Group Estimate Source As of\n"
    "----------- ---------- ---------- -------\n"
    "CODECO fighters about 2,500 MONUSCO Nov 2024\n"
    "ADF/M8 fighters 1,000 - 1,500 Panel of Experts Sep 2024\n"
    'Zaire militia "several hundred" Local sources Oct 2024\n'
    "Burundian troops (N.Ituri) c. 900 Diplomats Oct 2024\n\n"
    "The estimates are uncertain.\n"
)


def test_a_collapsed_table_under_a_rule_of_dashes_gives_one_quantity_a_row() -> None:
    qs = quantities_of(_FORCES)
    rows = [(q.measure, q.low, q.high, q.approximate) for q in qs]
    assert ("fighters", 2500, 2500, True) in rows
    assert ("fighters", 1000, 1500, False) in rows or ("fighters", 1000, 1500, True) in rows
    assert ("fighters", 900, 900, True) in rows
    # the row that names no measure counts what the column's other rows count
    assert ("fighters", 200, None, True) in rows
    assert len(qs) == 4
    first = next(q for q in qs if q.low == 2500)
    assert first.period == "Nov 2024"
    assert first.subject == "codeco"


def test_a_collapsed_table_with_a_header_of_measures_gives_one_quantity_a_cell() -> None:
    qs = quantities_of(
        "Violence spread across the east last year.\n\n"
        "Table 4. Toll by territory, 2024\n\n"
        "Territory Killed Wounded Displaced Source\n"
        "Djugu 310 140 48,000 OCHA\n"
        "Irumu 95 c. 60 12,000+ MSF\n\n"
        "All figures are provisional.\n"
    )
    rows = [(q.measure, q.low, q.high) for q in qs]
    assert rows == [
        ("killed", 310, 310),
        ("injured", 140, 140),
        ("displaced", 48000, 48000),
        ("killed", 95, 95),
        ("injured", 60, 60),
        ("displaced", 12000, None),
    ]
    assert {q.period for q in qs} == {"2024"}
    assert "Irumu" in qs[-1].anchor.quote


# -- displacement in prose ---------------------------------------------------------------------


def test_people_who_had_fled_after_a_range_read_as_a_preposition() -> None:
    rows = _measures(
        "The Red Cross said between 900 and 1,300 people had fled the villages around "
        "Kilwa since the start of April. Church leaders put the number closer to 2,000."
    )
    assert rows == [("displaced", 900, 1300), ("displaced", 2000, 2000)]


def test_the_flight_of_people_set_off_by_rumours_is_displacement() -> None:
    qs = quantities_of(
        "On Friday, rumours of gunmen near Nangade set off the flight of an estimated 800+ "
        "people toward Mueda; the police said no attack took place."
    )
    assert [(q.measure, q.low, q.high) for q in qs] == [("displaced", 800, None)]
    # (s16b: one behaviour for every caller, an incident's toll is a quantity too, victims nobody's)
    assert _measures("The raid on Thursday displaced 3,000 people from Kamango.") == [
        ("displaced", 3000, 3000)
    ]


def test_families_who_fled_camp_residents_and_people_sheltered() -> None:
    qs = quantities_of(
        "A monitoring group said dozens of families had fled toward the district capital. "
        "The militia ordered the closure of displacement camps around Rutshuru, whose "
        "residents — an estimated 90,000 to 120,000 people in March — have scattered. The "
        "peacekeepers have sheltered several thousand people at their base in Kiwanja."
    )
    rows = [(q.subject, q.measure, q.low, q.high) for q in qs]
    assert rows == [
        (None, "displaced", 12, None),
        (None, "displaced", 90000, 120000),
        (None, "displaced", 2000, None),
    ]


# -- tolls of a campaign -----------------------------------------------------------------------


def test_the_toll_of_an_insurgency_told_with_it() -> None:
    rows = _measures(
        "The rebellion began in March 2012 with an attack on an army camp near Kidal. It has "
        "killed more than 9,000 people and displaced around half a million at its height, "
        "according to a monitoring project."
    )
    assert ("killed", 9000, None) in rows
    assert ("displaced", 500000, 500000) in rows


def test_the_toll_of_an_offensive_begun_on_one_day() -> None:
    qs = quantities_of(
        "The FDLR launched an offensive against the Nyatura militia on 4 March, killing at "
        "least 40 people and displacing more than 20,000, according to local officials."
    )
    assert [(q.measure, q.low, q.high) for q in qs] == [
        ("killed", 40, None),
        ("displaced", 20000, None),
    ]
    # (s16b: one behaviour for every caller, an incident's toll is a quantity too, victims nobody's)
    assert _measures("Gunmen killed 9 people in a raid on Kasindi on Sunday.") == [("killed", 9, 9)]


# -- sources -----------------------------------------------------------------------------------


def test_another_sources_toll_in_the_next_sentence_is_kept() -> None:
    rows = _measures(
        "Fighters beheaded at least three farmers during a night raid on a hamlet near "
        "Macomia at the weekend, the police said on Monday. A church charity said in a "
        "statement that five or six people had been killed."
    )
    assert rows == [("killed", 3, None), ("killed", 5, 6)]
    # (but not the toll of another incident)
    rows = _measures(
        "Gunmen killed four traders near Beni on Sunday, the police said. Residents said "
        "seven people had been killed in a separate attack in Oicha."
    )
    # (s16b: one behaviour for every caller) each incident's own toll, victims nobody's
    assert rows == [("killed", 4, 4), ("killed", 7, 7)]


def test_a_higher_toll_with_dead_and_injured_after_a_colon() -> None:
    rows = _measures(
        "A bomb went off at a market in Gao on Tuesday, killing at least four people and "
        "wounding eleven, the governor said. A hospital source gave a higher toll: six dead "
        "and 19 injured, including three children."
    )
    assert ("killed", 6, 6) in rows and ("injured", 19, 19) in rows
    assert ("injured", 3, 3) not in rows


def test_the_toll_a_source_puts_is_not_the_sources() -> None:
    qs = quantities_of(
        "The African Union has since put the death toll from the siege of Kidal at around "
        "1,800, although the figure includes fighters."
    )
    assert [(q.subject, q.measure, q.low) for q in qs] == [(None, "killed", 1800)]
    assert qs[0].period is None


def test_according_to_a_source_the_subject_is_not_the_source() -> None:
    qs = quantities_of(
        "Commanders blamed the bombing on a Boko Haram cell. According to the Nigerian Army, "
        "the dissidents have carried out more than 45 ambushes in Borno so far this year."
    )
    assert [(q.measure, q.low) for q in qs] == [("attacks", 45)]
    assert qs[0].subject is None  # not the army that told it
