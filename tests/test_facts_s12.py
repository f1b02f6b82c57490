"""Claims and quantities, round s12: an outlet in a parenthetical between speaker and verb,
"the group" as the organisation that spoke last, people displaced without a noun of
displacement, space-aligned and collapsed text tables (the source column no subject), slash
dates, numbered notes and hyphenated compounds that are no counts, gapped clauses, staff on a
payroll, and "the mission" named before.

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from test_claims import claims_of, one
from test_quantities import quantities_of

from dossier.extract.numbers import find_counts


def _rows(text: str) -> list[tuple[str | None, str, float | None, float | None, bool]]:
    return [(q.subject, q.measure, q.low, q.high, q.approximate) for q in quantities_of(text)]


# -- claims ------------------------------------------------------------------------------------


def test_outlet_in_a_parenthetical_is_the_via_and_does_not_speak() -> None:
    claims = claims_of(
        "Gunmen attacked a market in Gao. The army, in a statement carried by the state news "
        'agency AMAP, said "dozens of terrorists" had been killed in what it called a '
        '"cowardly attack by the jihadists".'
    )
    c = one(claims, "dozens of terrorists")
    assert c.via == "AMAP"
    assert not [x for x in claims if (x.speaker or "").endswith("amap")]
    assert not [x for x in claims if x.speaker_text == "it" and x.speaker]


def test_the_group_is_the_organisation_that_spoke_last() -> None:
    claims = claims_of(
        "The RSF shelled El Fasher on Monday. Separately, Medecins Sans Frontieres (MSF) said "
        'reports of a strike on its hospital were untrue. "Our teams are safe," an MSF '
        "spokesperson told Reuters, though the group said the facility had been shelled before."
    )
    c = one(claims, "facility had been shelled")
    assert c.speaker == "msf"


def test_according_to_the_group_after_the_group_spoke() -> None:
    claims = claims_of(
        "Fighters from the Ta'ang National Liberation Army said they ambushed a junta convoy "
        "near Kyaukme. Four soldiers and two Pyu Saw Htee militiamen were killed, according to "
        "the group; the figures could not be verified."
    )
    spoken = [c for c in claims if c.speaker_text == "the group"]
    assert spoken and all(c.speaker == "tnla" for c in spoken)


# -- quantities: displacement ------------------------------------------------------------------


def test_people_displaced_without_a_noun_of_displacement() -> None:
    rows = _rows(
        "The fighting has pushed over 45,000 who fled their homes into schools, the agency "
        "said. The war has killed thousands and driven more than 9 million from their homes."
    )
    assert (None, "displaced", 45000, None, True) in rows
    assert (None, "displaced", 9_000_000, None, True) in rows


def test_people_newly_arrived_are_displaced_but_troops_arriving_are_not() -> None:
    rows = _rows("Approximately 1,800 individuals newly arrived in Dikwa last week.")
    assert rows == [(None, "displaced", 1800, 1800, True)]
    assert _rows("Some 400 soldiers arrived in Goma last week.") == []


def test_people_who_fled_one_incident_are_kept_unless_dated_to_a_day() -> None:
    rows = _rows(
        "Gangs torched dozens of houses in the hills and more than 2,000 people fled on foot "
        "towards the capital."
    )
    assert [r[1:3] for r in rows] == [("displaced", 2000)]
    # (s16b: one behaviour for every caller, an incident's toll is a quantity too, victims nobody's)
    assert [r[0:3] for r in _rows("The raid on Friday displaced 3,000 people from Kitchanga.")] == [
        (None, "displaced", 3000)
    ]


# -- quantities: tables ------------------------------------------------------------------------


def test_space_aligned_table_rows() -> None:
    text = (
        "Strength of armed groups in the north.\n\n"
        "Table 2. Estimated strength of selected groups\n"
        "Group                         Estimate         Period        Source\n"
        "Al-Shabaab                    7,000 - 9,000    2023          UN panel\n"
        "Hizbul Islam                  approx. 500      since 2021    local officials\n"
    )
    rows = [
        (q.subject, q.measure, q.low, q.high, q.approximate, q.period) for q in quantities_of(text)
    ]
    assert ("al_shabaab", "fighters", 7000, 9000, True, "2023") in rows
    assert any(r[1:5] == ("fighters", 500, 500, True) for r in rows)


def test_the_source_column_of_a_table_is_no_subject() -> None:
    text = (
        "# Weekly digest\n\nAirstrikes continued.\n\n"
        "| date | township | deaths | source |\n|---|---|---|---|\n"
        "| 2024-06-02 | Hpakant, Kachin | 6 | Kachin Independence Army |\n"
    )
    rows = [(q.subject, q.measure, q.low) for q in quantities_of(text)]
    assert rows == [(None, "killed", 6)]


# -- quantities: numbers that are no counts ------------------------------------------------------


def test_slash_dates_and_hyphenated_number_words_are_no_counts() -> None:
    assert [c.text for c in find_counts("On 14/05 and 12/04/2025 gunmen struck")] == []
    assert [c.text for c in find_counts("two one-way attack drones")] == ["two"]
    assert find_counts("a two-day visit") == []


def test_numbered_note_lines_are_no_counts() -> None:
    text = (
        "IS attacked a checkpoint in Diyala.\n\nNotes\n"
        "12 Defence Ministry Cell, 4 Jan 2024.\n13 Joint Operations Command, 5 Jan 2024.\n"
    )
    assert quantities_of(text) == []


# -- quantities: subjects and measures -----------------------------------------------------------


def test_gapped_clause_gives_its_own_group_the_figure() -> None:
    rows = _rows(
        "Al-Shabaab is estimated to have 7,000 to 9,000 fighters; the Hizbul Islam faction "
        "perhaps 800 to 1,200."
    )
    assert ("al_shabaab", "fighters", 7000, 9000, True) in rows
    assert [r for r in rows if r[2] == 800] == [(rows[-1][0], "fighters", 800, 1200, True)]
    assert rows[-1][0] != "al_shabaab"


def test_salaried_personnel_are_members_with_the_earlier_figure() -> None:
    rows = _rows(
        "The Popular Mobilization Forces grew quickly. The 2021 budget funds some 190,000 "
        "salaried PMF personnel, up from between 80,000 and 95,000 between 2015 and 2018."
    )
    assert ("pmf", "members", 190000, 190000, True) in rows
    assert any(r[1:4] == ("members", 80000, 95000) for r in rows)


def test_the_mission_is_the_mission_named_before() -> None:
    rows = _rows(
        "Kenya leads the Multinational Security Support (MSS) mission in Haiti. Gangs "
        "attacked Kenscoff on Monday. The mission, which currently numbers roughly 900 "
        "personnel, lacks helicopters."
    )
    assert [r[0] for r in rows if r[2] == 900] == ["new:multinational-security-support"]


def test_the_mission_named_by_its_acronym_in_brackets() -> None:
    rows = _rows(
        "The Kenyan-led Multinational Security Support (MSS) mission said on Monday that its "
        "personnel had supported a police raid in Solino. The mission, which currently numbers "
        "roughly 1,000 personnel, lacks helicopters."
    )
    assert [r[0] for r in rows if r[2] == 1000] == ["new:mss"]


def test_according_to_before_a_semicolon_vouches_for_the_clause_before() -> None:
    claims = claims_of(
        "Rebels from the Kachin Independence Army said they overran a police post in Bhamo. "
        "Three officers were killed, according to the group; the figures could not be verified."
    )
    claim = one(claims, "officers")
    assert claim.text == "Three officers were killed"
    assert not any(c.text.lstrip().startswith(";") for c in claims)


def test_a_number_naming_a_unit_is_no_count() -> None:
    text = "Fighters of the 444 Brigade and the 301 Battalion pushed 300 troops back."
    assert [c.best for c in find_counts(text)] == [300]
    assert not any(q.low == 444 for q in quantities_of(text))


def test_an_age_or_a_length_glued_by_a_hyphen_is_no_count() -> None:
    text = "Shells killed a 62-year-old farmer on a 15-km stretch of road; a 40-man unit fled."
    assert [c.best for c in find_counts(text)] == [40]
