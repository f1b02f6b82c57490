"""Summary bullets: each list item is a sentence of its own, marker and date included, even
when the line before it ends without punctuation."""

from __future__ import annotations

from dossier.pipeline import process_raw
from dossier.records import RawDocument

DIGEST = (
    "Weekly security summary\n\n"
    "Key incidents this week\n"
    "- 3 June, Mokolo: a roadside bomb killed two gendarmes on patrol\n"
    "- 5 June, Kousseri: gunmen kidnapped six fishermen at the river port\n"
    "• 7 June, Mora: suspected jihadists burned a health centre\n"
)


def _doc():
    return process_raw(RawDocument(path="digest.txt", format="text", text=DIGEST, content_hash="d"))


def test_every_bullet_is_one_sentence_with_its_marker_and_date() -> None:
    doc = _doc()
    sentences = [doc.text[s.start : s.end].strip() for s in doc.sentences]
    assert "- 3 June, Mokolo: a roadside bomb killed two gendarmes on patrol" in sentences
    assert "- 5 June, Kousseri: gunmen kidnapped six fishermen at the river port" in sentences
    assert "• 7 June, Mora: suspected jihadists burned a health centre" in sentences


def test_bullet_incidents_keep_their_own_dates_and_tolls() -> None:
    events = sorted(_doc().events, key=lambda e: e.anchor.start)
    assert [e.date.value[-5:] if e.date else None for e in events] == ["06-03", "06-05", "06-07"]
    bomb = events[0]
    assert bomb.fatalities is not None and bomb.fatalities.best == 2
    # the kidnapping's line tells no deaths: the bomb's toll does not spill into it
    assert events[1].fatalities is None
