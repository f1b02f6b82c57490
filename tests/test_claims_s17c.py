"""Claims and quantities, review of s17b: a claim ends before another speaker's clause only
at a coordinated clause or one of contrast ("while", "as"), never at a clause of time or
cause; a claim that opens with its subject keeps the subject's head and its restrictive
modifiers (and a comma aside, which cannot be cut without splitting the claim); a bare
figure "estimated at" is a force's strength only where the subject names an armed group or
force; a hedge found twice in two wordings is told once.

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from pathlib import Path

from test_claims import claims_of, one

from dossier.pipeline import process_file
from dossier.records import Quantity
from dossier.settings import Settings


def _quantities(tmp_path: Path, text: str) -> list[Quantity]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return list(process_file(path, Settings()).quantities)


def test_a_clause_of_time_with_a_reporting_verb_stays_in_the_claim() -> None:
    c = one(
        claims_of(
            "The mayor said the raiders left the village after herders reported their "
            "movements to the police."
        ),
        "raiders left",
    )
    assert c.text.endswith("reported their movements to the police")


def test_a_clause_of_cause_with_a_reporting_verb_stays_in_the_claim() -> None:
    c = one(
        claims_of(
            "The commander said the ambush failed because farmers had told the soldiers "
            "about the mines."
        ),
        "ambush failed",
    )
    assert "because farmers had told the soldiers" in c.text


def test_a_contrasting_clause_of_another_speaker_still_ends_the_claim() -> None:
    claims = claims_of(
        "The insurgents said the checkpoint had been abandoned, while the police denied it."
    )
    c = one(claims, "checkpoint had been abandoned")
    assert "police" not in c.text


def test_an_accompanying_as_clause_of_another_speaker_ends_the_claim() -> None:
    claims = claims_of(
        "The governor said the insurgents retreated as traders confirmed the market had reopened."
    )
    c = one(claims, "insurgents retreated")
    assert "traders" not in c.text
    assert one(claims, "market had reopened").speaker_text != c.speaker_text


def test_a_coordinated_report_of_another_speaker_ends_the_claim() -> None:
    claims = claims_of("Medics said nine people died, and residents said the toll was higher.")
    assert "residents" not in one(claims, "nine people died").text


def test_an_estimate_keeps_its_subject_with_its_aside() -> None:
    c = one(
        claims_of("Dar es Salaam harbour, the busiest on the coast, is estimated at 40,000."),
        "40,000",
    )
    assert c.text.startswith("Dar es Salaam harbour")


def test_an_estimate_keeps_its_subjects_restrictive_relative_clause() -> None:
    c = one(claims_of("The rebels who hold the northern hills are estimated at 800."), "800")
    assert c.text.startswith("The rebels who hold the northern hills")


def test_a_belief_keeps_the_person_it_is_about() -> None:
    c = one(
        claims_of("Iyad Ag Ghaly, the movement's founder, is believed to be living in the desert."),
        "living in the desert",
    )
    assert c.text.startswith("Iyad Ag Ghaly")


def test_a_hedge_is_told_once() -> None:
    c = one(
        claims_of("The gunmen who raided the mine are believed to have crossed the river."),
        "crossed",
    )
    words = [w for h in c.hedges for w in h.split()]
    assert words.count("believed") == 1, c.hedges


def test_a_country_or_city_estimated_at_a_figure_has_no_fighters(tmp_path: Path) -> None:
    qs = _quantities(
        tmp_path,
        "Chad is estimated at 18 million. Kano, the largest city of the north, is estimated at "
        "4 million. Minawao camp is estimated at 60,000.",
    )
    assert not [q for q in qs if q.measure == "fighters"], qs


def test_an_armed_group_estimated_at_a_figure_is_its_strength(tmp_path: Path) -> None:
    qs = _quantities(tmp_path, "Boko Haram is estimated at 4,000 this year.")
    q = next(q for q in qs if q.low == 4000)
    assert q.measure == "fighters"
