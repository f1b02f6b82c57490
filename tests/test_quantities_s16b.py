"""Session 16, round 2: incident tolls as quantities, reviewed. Bare or family members are
victims, not the group's own dead; tolls under a threat, plan, modal or negation are none;
one toll told again with a generic noun of people is one quantity; a wire story's agency
is a whole word and its story ends at the next story's title or byline; one behaviour of
``extract_quantities`` for every caller."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from test_relations import annotate_text

from dossier.extract.quantities import extract_quantities
from dossier.pipeline import process_file
from dossier.records import Claim, Quantity
from dossier.settings import Settings


def _processed(tmp_path: Path, text: str) -> tuple[list[Quantity], list[Claim]]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    doc = process_file(path, Settings())
    return list(doc.quantities), list(doc.claims)


def _tolls(qs: list[Quantity], measure: str = "killed") -> list[tuple[str | None, float | None]]:
    return [(q.subject, q.low) for q in qs if q.measure == measure]


def test_family_members_are_victims_not_the_groups_dead(tmp_path: Path) -> None:
    qs, _ = _processed(
        tmp_path,
        "JNIM fighters raided the village of Djibo on Tuesday. A farmer said three members "
        "of his household were killed.",
    )
    assert _tolls(qs) == [(None, 3)]


def test_members_named_with_their_group_are_its_own_dead(tmp_path: Path) -> None:
    qs, _ = _processed(
        tmp_path,
        "Boko Haram fighters stormed Gubio on Friday, and soldiers repelled them. The army "
        "said 12 members of Boko Haram were killed.",
    )
    assert _tolls(qs) == [("boko_haram", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "The gang threatened to kill 50 hostages.",
        "The kidnappers vowed to kill 20 captives unless a ransom was paid.",
        "The rebels could kill 30 prisoners, officials warned.",
        "Police denied that 14 people were killed in the raid on Zurmi.",
    ],
)
def test_no_toll_under_a_threat_plan_modal_or_denial(tmp_path: Path, text: str) -> None:
    qs, _ = _processed(tmp_path, text)
    assert _tolls(qs) == []


def test_a_done_or_hedged_toll_is_kept(tmp_path: Path) -> None:
    qs, _ = _processed(tmp_path, "Gunmen killed seven hostages in Zurmi on Monday.")
    assert _tolls(qs) == [(None, 7)]
    qs, _ = _processed(tmp_path, "The blast may have killed 30 people, a local official said.")
    assert _tolls(qs) == [(None, 30)]


def test_one_toll_told_again_with_people_is_one_quantity(tmp_path: Path) -> None:
    qs, _ = _processed(
        tmp_path,
        "Bandits shot dead nine worshippers at a mosque in Zurmi on Friday. Officials "
        "confirmed that nine people died in the attack.",
    )
    assert _tolls(qs) == [(None, 9)]


def test_two_named_sources_of_one_figure_stay_apart(tmp_path: Path) -> None:
    qs, _ = _processed(
        tmp_path,
        "Gunmen killed 12 villagers in Kaura on Sunday, police said. A rights group said 12 "
        "people had died.",
    )
    assert _tolls(qs) == [(None, 12), (None, 12)]


def test_the_agency_is_a_whole_word(tmp_path: Path) -> None:
    _, claims = _processed(
        tmp_path,
        "SEOUL (AP) — Japan's coast guard said on Tuesday that a fishing boat sank near the "
        "island. Officials said nobody was hurt.\n",
    )
    # (s17) plain statements of a wire story have no outlet; the agency is the document's
    assert claims and all(c.via is None for c in claims)


def test_a_wire_story_ends_at_the_next_storys_title_and_byline(tmp_path: Path) -> None:
    _, claims = _processed(
        tmp_path,
        "KANO, Nigeria, May 3 (Reuters) - Police said gunmen killed five people in a "
        "village.\n\nSomalia: army retakes town\nBy our correspondent in Mogadishu\nThe "
        "regional governor said the army had retaken the town.\n",
    )
    via = {c.text.split()[0]: c.via for c in claims}
    # (s17) plain statements of a wire story have no outlet, in the story or after it
    assert via.get("gunmen") is None
    assert via.get("the") is None


def test_one_behaviour_for_every_caller() -> None:
    assert "tolls" not in inspect.signature(extract_quantities).parameters
    doc, actors, _places, timexes = annotate_text(
        "The siege lasted about ten hours and killed at least 21 people."
    )
    got = [(q.measure, q.low) for q in extract_quantities(doc, actors, timexes)]
    assert got == [("duration", 10), ("killed", 21)]


def test_a_night_is_no_duration_and_each_figure_keeps_its_own_measure() -> None:
    doc, actors, _places, timexes = annotate_text(
        "Bandits abducted eight travellers during a night raid near Gusau. Officials put the "
        "number of dead at 40, and about 20 people were injured."
    )
    got = [(q.measure, q.low) for q in extract_quantities(doc, actors, timexes)]
    assert ("killed", 40) in got and ("injured", 20) in got
    assert not [m for m, _low in got if m == "duration"]
    assert ("killed", 20) not in got
