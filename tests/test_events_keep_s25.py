"""(s25) An undated arrest told in the simple past, with who made it and where, is an event
(a news report's own day), as an undated attack with its doer, victims and place is. All
texts are written for these tests."""

from __future__ import annotations

from dossier.pipeline import process_raw
from dossier.records import RawDocument


def _arrests(text: str) -> list[tuple[str | None, list[str]]]:
    raw = RawDocument(path="<t>", format="text", text=text, content_hash=str(hash(text)))
    return [
        (e.place.text if e.place else None, [a.role for a in e.actors])
        for e in process_raw(raw).events
        if e.type == "ARREST"
    ]


def test_a_passive_arrest_by_gendarmes_at_a_town_is_an_event() -> None:
    text = "Niger security note. Two traders were detained by gendarmes in Tahoua."
    assert _arrests(text) == [("Tahoua", ["initiator"])]


def test_an_arrest_only_threatened_is_no_event() -> None:
    text = "Niger security note. Gendarmes said they would detain any trader who crossed at Tahoua."
    assert _arrests(text) == []


def test_an_arrest_with_no_place_and_no_date_is_no_event() -> None:
    text = "Niger security note. Two traders were detained by gendarmes."
    assert _arrests(text) == []


def test_suspects_picked_up_are_arrested_but_not_picked_out_or_off() -> None:
    up = "Uganda brief. Police picked up three suspects in Kasese on 4 June."
    out = "Uganda brief. Witnesses picked out three suspects at a parade in Kasese on 4 June."
    off = "Uganda brief. Snipers picked off three suspects in Kasese on 4 June."
    assert [p for p, _roles in _arrests(up)] == ["Kasese"]
    assert _arrests(out) == []
    assert _arrests(off) == []
