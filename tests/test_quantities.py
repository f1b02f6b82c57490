"""Strength and activity estimates (dossier.extract.quantities) and number phrases
(dossier.extract.common)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_relations import SEEDS, annotate_text

from dossier.extract.common import find_counts, parse_count
from dossier.extract.quantities import extract_quantities
from dossier.records import Quantity


def quantities_of(text: str) -> list[Quantity]:
    doc, actors, _places, timexes = annotate_text(text)
    return extract_quantities(doc, actors, timexes)


@pytest.mark.parametrize(
    ("phrase", "low", "high", "approximate"),
    [
        ("between 7,000 and 12,000", 7000, 12000, False),
        ("ranged from 1,500 to 5,000", 1500, 5000, False),
        ("over 140", 140, None, True),
        ("up to 300", None, 300, True),
        ("about 2,500", 2500, 2500, True),
        ("several hundred", 200, None, True),  # (s20) plural units: no upper bound
        ("dozens", 12, None, True),
        ("a dozen", 12, 12, True),
        ("two thousand", 2000, 2000, False),
        ("twenty-five", 25, 25, False),
        ("2.5 million", 2_500_000, 2_500_000, False),
    ],
)
def test_parse_count(phrase: str, low: int | None, high: int | None, approximate: bool) -> None:
    count = parse_count(phrase)
    assert count is not None
    assert (count.low, count.high, count.approximate) == (low, high, approximate)


def test_find_counts_skips_years_ordinals_and_percentages() -> None:
    found = [c.text for c in find_counts("In 2019, on the 3rd day, 40% of 300 fighters left.")]
    assert found == ["300"]


def test_strength_estimates() -> None:
    qs = quantities_of(
        "The TTP has an estimated 6,000 fighters. Boko Haram carried out several hundred "
        "attacks per year after 2015, but the number of attacks fell to a few dozen in 2022."
    )
    assert [(q.subject, q.measure, q.low, q.high) for q in qs] == [
        ("ttp", "fighters", 6000, 6000),
        ("boko_haram", "attacks", 200, None),
        ("boko_haram", "attacks", 24, None),
    ]
    assert qs[1].period is not None and "per year" in qs[1].period
    assert qs[2].period == "in 2022"


def test_event_tolls_are_victims_and_campaign_tolls_the_groups() -> None:
    # (s16b) one behaviour for every caller: an incident's toll is a quantity too, the
    # victims nobody's; a campaign's toll over a period is the group's
    qs = quantities_of(
        "The bombing killed 40 people on Friday. Since 2021, TTP attacks have killed at "
        "least 1,200 people."
    )
    assert [(q.measure, q.low, q.high, q.subject) for q in qs] == [
        ("killed", 40, 40, None),
        ("killed", 1200, None, "ttp"),
    ]
    assert qs[1].period == "Since 2021"


def test_examples(examples_dir: Path) -> None:
    qs = quantities_of((examples_dir / "somalia_shabaab_mogadishu.md").read_text("utf-8"))
    # (s16b) the tolls of the incidents (victims: no subject) and the siege's duration too
    assert [(q.subject, q.measure, q.low, q.high) for q in qs] == [
        (None, "killed", 121, None),
        (None, "injured", 300, 300),
        (None, "duration", 30, 30),
        (None, "killed", 21, None),
        ("al_shabaab", "fighters", 7000, 12000),
    ]
    qs = quantities_of((examples_dir / "colombia_eln_bogota.txt").read_text("utf-8"))
    assert [(q.subject, q.measure, q.low, q.approximate) for q in qs] == [
        (None, "killed", 22, False),
        (None, "injured", 60, True),
        ("eln", "fighters", 2500, True),
    ]
    qs = quantities_of((examples_dir / "sahel_jnim_bamako.txt").read_text("utf-8"))
    # "put the number of dead at more than 70, and several dozen people were injured"
    assert [(q.subject, q.measure, q.low, q.high) for q in qs] == [
        (None, "killed", 70, None),
        (None, "injured", 24, None),
        (None, "killed", 20, None),
    ]


def test_seeds() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the repository")
    path = next(SEEDS.glob("004_*.txt"), None)
    if path is None:
        pytest.skip("seed 004 is absent")
    qs = quantities_of(path.read_text("utf-8"))
    got = [(q.subject, q.measure, q.low, q.high) for q in qs]
    assert got[0] == (None, "killed", 140, None)  # (s16b) "killed over 140 innocent civilians"
    qs, got = qs[1:], got[1:]
    assert got == [
        ("iskp", "fighters", 1500, 5000),
        ("iskp", "attacks", 200, None),
        ("iskp", "attacks", 24, None),
    ]
    periods = [q.period or "" for q in qs]
    assert periods[0] == "Over the years"
    assert periods[1].startswith("in the first years")
    assert periods[2] == "after the Taliban takeover"
