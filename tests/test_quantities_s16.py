"""Session 16: every stated toll of an incident is a quantity (pipeline), with ACLED bounds,
one per source's figure, its subject the owner of the people only when they are an actor's
own; strength estimates named by the sentence before; table rows numbered by a "#" column;
footnote markers are no figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.pipeline import process_file
from dossier.records import Quantity
from dossier.settings import Settings


def pipeline_quantities(tmp_path: Path, text: str, name: str = "report.txt") -> list[Quantity]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(process_file(path, Settings()).quantities)


def _rows(qs: list[Quantity]) -> list[tuple[str, float | None, float | None]]:
    return [(q.measure, q.low, q.high) for q in qs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen stormed a wedding party in the village of Tarsa on Saturday, killing at "
            "least 14 guests and wounding nine others.",
            [("killed", 14, None), ("injured", 9, 9)],
        ),
        (
            "A roadside bomb tore through a minibus near the town of Kolo on Monday. The "
            "district commissioner said seven passengers died and 12 were hurt.",
            [("killed", 7, 7), ("injured", 12, 12)],
        ),
    ],
)
def test_the_toll_of_one_incident_is_a_quantity(
    tmp_path: Path, text: str, expected: list[tuple[str, float, float | None]]
) -> None:
    qs = pipeline_quantities(tmp_path, text)
    for row in expected:
        assert row in _rows(qs)
    # the people harmed are victims: nobody's own strength
    assert all(q.subject is None for q in qs if q.measure in ("killed", "injured"))
    assert not any(q.measure == "fighters" for q in qs)


def test_vague_tolls_follow_acled(tmp_path: Path) -> None:
    qs = pipeline_quantities(
        tmp_path,
        "Residents of Marubi said dozens of villagers were killed in the raid on Tuesday. "
        "Doctors at the district hospital said between 30 and 50 people were wounded.",
    )
    killed = next(q for q in qs if q.measure == "killed")
    assert (killed.low, killed.high, killed.approximate) == (12, None, True)
    injured = next(q for q in qs if q.measure == "injured")
    assert (injured.low, injured.high) == (30, 50)


def test_contested_tolls_are_one_quantity_per_source(tmp_path: Path) -> None:
    qs = pipeline_quantities(
        tmp_path,
        "The army said four soldiers were killed when insurgents ambushed a patrol near "
        "Dikwa on Friday. In a statement, the insurgents claimed they had killed 25 soldiers.",
    )
    assert sorted(q.low for q in qs if q.measure == "killed") == [4, 25]


def test_own_members_counted_take_their_force(tmp_path: Path) -> None:
    qs = pipeline_quantities(
        tmp_path,
        "Maoist rebels attacked a camp of the Central Reserve Police Force in Sukma district on "
        "Tuesday. A police officer said six CRPF personnel were killed and two were wounded.",
    )
    killed = next(q for q in qs if q.measure == "killed")
    assert (killed.low, killed.subject) == (6, "crpf")
    # the speaker is never the owner of the dead, nor are the attackers
    qs = pipeline_quantities(
        tmp_path,
        "The Indian Army said on Sunday that three civilians were killed in crossfire near "
        "the border town of Uri.",
    )
    [killed] = [q for q in qs if q.measure == "killed"]
    assert (killed.low, killed.subject) == (3, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four fishermen were seized at sea on 2 May. Two were freed a week later; two "
            "remain missing.",
            ("missing", 2, 2),
        ),
        (
            "The ministry said nine soldiers were killed and five injured in the attack.",
            ("injured", 5, 5),
        ),
        (
            "Residents blamed the militia for the killing of three teachers in Bunia on Thursday.",
            ("killed", 3, 3),
        ),
        (
            "Witnesses said 11 mercenaries died in the clash on Sunday.",
            ("killed", 11, 11),
        ),
        (
            "Police said at least 20 suspects were detained after the riot on Monday.",
            ("arrested", 20, None),
        ),
    ],
)
def test_tolls_of_many_wordings(
    tmp_path: Path, text: str, expected: tuple[str, float, float | None]
) -> None:
    assert expected in _rows(pipeline_quantities(tmp_path, text))


def test_strength_estimates_are_unchanged(tmp_path: Path) -> None:
    qs = pipeline_quantities(
        tmp_path,
        "Al-Shabaab has between 7,000 and 12,000 fighters, according to UN experts. On "
        "Monday its fighters killed nine villagers in an attack on Balcad.",
    )
    assert [(q.subject, q.measure, q.low, q.high) for q in qs] == [
        ("al_shabaab", "fighters", 7000, 12000),
        (None, "killed", 9, 9),
    ]


def test_a_strength_estimate_takes_the_group_of_the_sentence_before(tmp_path: Path) -> None:
    for text in (
        "Estimates of JNIM's size are hard to verify. Western officials cite between 5,000 "
        "and 6,000 fighters across the Sahel.",
        "Little is known about the strength of Al-Shabaab today. Diplomats speak of some "
        "9,000 fighters in southern Somalia.",
    ):
        [q] = [q for q in pipeline_quantities(tmp_path, text) if q.measure == "fighters"]
        assert q.subject in ("jnim", "al_shabaab")
        assert q.subject == ("jnim" if "JNIM" in text else "al_shabaab")


def test_a_numbered_table_reads_its_fatalities_column(tmp_path: Path) -> None:
    text = (
        "# Incidents\n\n"
        "| # | Date | Area | Reported deaths | Source |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 3 June 2025 | Kolo | 6–8 civilians (unconfirmed) | Residents |\n"
        "| 2 | 5 June 2025 | Tarsa | ~15 | Police |\n"
        "| 3 | 8 June 2025 | Marubi | 4 (hospital) / 9 (elders) | Hospital, elders |\n"
        "| 4 | 9 June 2025 | Dikwa | 1 (driver killed) | Police |\n"
    )
    qs = pipeline_quantities(tmp_path, text, "table.md")
    rows = [(q.measure, q.low, q.high, q.approximate) for q in qs]
    assert ("killed", 6, 8, False) in rows
    assert ("killed", 15, 15, True) in rows
    assert ("killed", 4, 4, False) in rows and ("killed", 9, 9, False) in rows
    assert ("killed", 1, 1, False) in rows
    assert not any(q.measure in ("fighters", "members") for q in qs)


def test_footnote_markers_are_no_figures(tmp_path: Path) -> None:
    text = (
        "Between 2,000 and 3,000 people fled their homes in the district.[^4]\n\n"
        "[^4]: Figures from the local authorities.\n"
    )
    qs = pipeline_quantities(tmp_path, text, "notes.md")
    assert [(q.measure, q.low) for q in qs] == [("displaced", 2000)]


@pytest.mark.parametrize(
    "text",
    [
        "ISWAP fighters kidnapped 40 farmers near Monguno on Monday.",
        "Some 25 schoolgirls were abducted by Ansaru gunmen from a school in Kebbi on Friday.",
    ],
)
def test_people_abducted_in_one_incident_are_victims(tmp_path: Path, text: str) -> None:
    [q] = [q for q in pipeline_quantities(tmp_path, text) if q.measure == "kidnapped"]
    assert q.subject is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops ended a 14-hour standoff with the kidnappers near Kaduna on Sunday. Two "
            "days later, the army reopened the road.",
            [(14.0, 14.0)],
        ),
        (
            "Gunmen occupied the market for nearly three hours. Officials promised an inquiry "
            "within 48 hours. In the past two days, traders have stayed away.",
            [(3.0, 3.0)],  # (s20) "nearly three" is about three, as analysts code it
        ),
        ("The governor imposed a two-day curfew in Jos after the clashes.", [(48.0, 48.0)]),
    ],
)
def test_how_long_an_incident_lasted_is_a_duration_in_hours(
    tmp_path: Path, text: str, expected: list[tuple[float | None, float | None]]
) -> None:
    qs = pipeline_quantities(tmp_path, text)
    assert [(q.low, q.high) for q in qs if q.measure == "duration"] == expected
