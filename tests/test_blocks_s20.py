"""(s20) The lead after a wire dateline is one sentence up to its first stop: cut off from the
dateline, the parser used to split its opening words into sentences of their own ("Fighters" /
"of X" / "stormed a base ..."), and the deed lost its doer. Texts written for the test."""

from __future__ import annotations

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


def _doc(text: str) -> Document:
    return process_raw(RawDocument(path="<text>", format="text", text=text, content_hash=text))


def _sentences(doc: Document) -> list[str]:
    return [doc.text[s.start : s.end].strip() for s in doc.sentences]


def test_the_lead_after_a_dateline_stays_one_sentence_and_keeps_its_doer() -> None:
    doc = _doc(
        "JOWHAR, Somalia, March 2 - Gunmen of al-Shabaab attacked an army post outside the "
        "town on Sunday, killing three soldiers, a commander said."
    )
    sentences = _sentences(doc)
    assert sentences[0] == "JOWHAR, Somalia, March 2 -"
    assert sentences[1].startswith("Gunmen of al-Shabaab attacked")
    assert sentences[1].endswith("a commander said.")
    doers = {a.actor for e in doc.events for a in e.actors if a.role == "perpetrator"}
    assert "al_shabaab" in doers


def test_the_lead_ends_at_its_first_stop_and_the_next_sentence_stands_apart() -> None:
    doc = _doc(
        "GULU, Uganda, June 2 (AFP) - Rebels burned a clinic in the district. "
        "Police said two nurses were missing."
    )
    sentences = _sentences(doc)
    assert "Rebels burned a clinic in the district." in sentences
    assert "Police said two nurses were missing." in sentences
