"""(s20) Actors: Yemen's Presidential Leadership Council is a body of its own; JNIM's media
arm by its bare name.

Every sentence here is written for the test (no report's text), run through the real model."""

from __future__ import annotations

from functools import cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@cache
def _doc(text: str) -> Document:
    return process_raw(RawDocument(path="<s20>", format="text", text=text, content_hash="s20"))


def _names(text: str) -> set[str]:
    return {a.name.lower() for a in _doc(text).actors}


def _keys(text: str) -> set[str]:
    return {a.key for a in _doc(text).actors}


def test_the_presidential_leadership_council_is_its_own_body() -> None:
    text = (
        "The Presidential Leadership Council (PLC) said it would pay soldiers' salaries in "
        "Aden, while the Yemeni government asked donors for fuel."
    )
    keys = _keys(text)
    assert "yemen_plc" in keys
    assert "yemen_government" in keys


def test_jnim_media_arm_by_its_bare_name() -> None:
    text = "JNIM said through az-Zallaqa that its fighters had attacked an army post near Djibo."
    assert "az_zallaqa" in _keys(text)
