"""Session 16 (rule changed in s17): in a wire story the dateline's agency is the outlet of a
claim only where the text says the agency carried or heard it ("told the news agency"); a
plain statement of the story has no outlet (the agency is the document's source, in its
metadata), as analysts code it."""

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
def test_a_wire_storys_plain_statements_have_no_outlet(
    tmp_path: Path, text: str, agency: str
) -> None:
    claims = pipeline_claims(tmp_path, text)
    assert claims and all(c.via is None for c in claims)
    assert agency not in [c.via for c in claims]


def test_the_agency_is_the_outlet_where_the_text_says_it_heard_the_words(tmp_path: Path) -> None:
    claims = pipeline_claims(
        tmp_path,
        "JOS, Nigeria, April 9 (Reuters) - A police spokesman told the news agency that herders "
        "burned 30 homes. Police said two suspects were held.\n",
    )
    via = {c.text.split()[0]: c.via for c in claims}
    assert via.get("herders") == "Reuters"
    assert via.get("two") is None


def test_the_agency_ends_with_its_story(tmp_path: Path) -> None:
    claims = pipeline_claims(
        tmp_path,
        "KADUNA, Nigeria, March 3 (Reuters) - Gunmen killed 12 farmers in Kaura district on "
        "Sunday, police said.\n\n-----\n\n"
        "Herders denied any role in the killings, a community leader told the Daily Trust.\n"
        "Officials said troops had been sent to the area.\n",
    )
    by_text = {c.text.split()[0]: c.via for c in claims}
    assert by_text.get("Gunmen") is None  # a plain statement: no outlet
    assert by_text.get("Herders") == "Daily Trust"
    assert "Reuters" not in [c.via for c in claims]
