"""Session 16: a claim in a wire story that names no outlet was carried by the agency of the
story's dateline."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.pipeline import process_file
from dossier.records import Claim
from dossier.settings import Settings


def pipeline_claims(tmp_path: Path, text: str) -> list[Claim]:
    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    return list(process_file(path, Settings()).claims)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "KADUNA, Nigeria, March 3 (Reuters) - Gunmen killed 12 farmers in Kaura district "
            "on Sunday, police said.\n",
            "Reuters",
        ),
        (
            "BENI (AFP) — Rebels attacked a village near Oicha overnight and burned several "
            "houses, a local official said on Tuesday.\n",
            "AFP",
        ),
    ],
)
def test_a_wire_story_carries_its_claims(tmp_path: Path, text: str, agency: str) -> None:
    claims = pipeline_claims(tmp_path, text)
    assert claims and all(c.via == agency for c in claims)


def test_the_agency_ends_with_its_story(tmp_path: Path) -> None:
    claims = pipeline_claims(
        tmp_path,
        "KADUNA, Nigeria, March 3 (Reuters) - Gunmen killed 12 farmers in Kaura district on "
        "Sunday, police said.\n\n-----\n\n"
        "Herders denied any role in the killings, a community leader told the Daily Trust.\n"
        "Officials said troops had been sent to the area.\n",
    )
    by_text = {c.text.split()[0]: c.via for c in claims}
    assert by_text.get("Gunmen") == "Reuters"
    assert "Reuters" not in [c.via for c in claims if c.start > claims[0].end]
