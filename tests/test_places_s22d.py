"""(s22d) Review of the s22c place contexts: a body where someone works or speaks ("a surgeon
at X in Y", "speaking at X in Y") is no place; "at" names a place only on a verb or a noun
of movement or attack ("the ambush at X in Y District").

Every sentence here is written for the test (no report's text), run through the real model."""

from __future__ import annotations

from functools import cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@cache
def _doc(text: str) -> Document:
    return process_raw(RawDocument(path="<s22d>", format="text", text=text, content_hash="s22d"))


def _has(text: str, name: str) -> bool:
    return any(name in a.name or name in a.aliases for a in _doc(text).actors)


def test_a_hospital_where_a_surgeon_works_stays_a_body() -> None:
    text = "A surgeon at Panzi in Bukavu said most of the wounded were women and girls."
    assert _has(text, "Panzi")


def test_a_research_body_where_a_researcher_works_stays_a_body() -> None:
    text = (
        "A researcher at Ebuteli in Kinshasa told the commission that the militia had "
        "rearmed over the rainy season."
    )
    assert _has(text, "Ebuteli")


def test_a_body_where_a_mediator_speaks_stays_a_body() -> None:
    text = (
        "A mediator from Rome, speaking at Ebuteli in Kinshasa, urged both sides to free "
        "their prisoners."
    )
    assert _has(text, "Ebuteli")


def test_an_attack_at_a_village_in_a_territory_is_still_a_place() -> None:
    text = (
        "Villagers described the raid at Kilimbwe in Shabunda territory, where eight farmers died."
    )
    assert not _has(text, "Kilimbwe")


def test_a_raid_on_a_post_at_a_village_in_a_territory_is_still_a_place() -> None:
    text = "Rebels claimed the raid on a police post at Kilimbwe in Shabunda territory."
    assert not _has(text, "Kilimbwe")
