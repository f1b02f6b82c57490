"""(s24c) An entity the model runs into a titled person's title ("Interior" of "Interior
Minister N", "Lagos Home" of "Lagos Home Secretary N") is cut where the title begins: no
organisation named by a title word, no membership in it. Sentences written for the test."""

from __future__ import annotations

from functools import lru_cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@lru_cache(maxsize=8)
def _document(text: str) -> Document:
    raw = RawDocument(path="titles.txt", format="text", text=text, content_hash=str(hash(text)))
    return process_raw(raw)


def _actor_names(text: str) -> set[str]:
    return {a.name for a in _document(text).actors}


def test_a_portfolio_word_before_a_title_is_no_organisation() -> None:
    text = "Speaking in Kabul, Interior Minister Omar Farouk said the convoy had been ambushed."
    names = _actor_names(text)
    assert "Interior" not in names
    assert "Omar Farouk" in names


def test_a_place_before_a_portfolio_keeps_only_the_place() -> None:
    text = "Punjab Home Minister Rana Sadiq told reporters that two suspects were held."
    names = _actor_names(text)
    assert not any(n.startswith("Punjab Home") for n in names)
    assert "Rana Sadiq" in names


def test_a_body_named_before_a_spokesman_stays_a_body() -> None:
    text = "The Foreign Ministry spokesman Lin Hao said the talks would resume."
    assert "Foreign Ministry" in _actor_names(text)
