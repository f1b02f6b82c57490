"""Incident headings: the date and place a numbered incident list states once, up front.

Security updates and briefings list incidents as "2) 10/05/2024 – Macomia town: An estimated
100 insurgents entered ..." or "1. **16 March 2024, Mir Ali (North Waziristan):** A suicide
bomber ...". The heading before the colon dates and places every sentence of its item, and
its words are nobody's perpetrator or target.

    headings = find_headings(doc, timexes, places)
    heading = headings.get(sentence_index)   # None outside an incident item
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dossier.nlp.text import doc_text
from dossier.records import PlaceMention, Timex

# a heading is short: a list number, a date and a place
_MAX_HEADING_TOKENS = 16


@dataclass(frozen=True)
class Heading:
    """The date and place an incident heading states, and where its words lie."""

    start: int
    end: int
    date: Timex
    place: PlaceMention | None

    def covers(self, span: tuple[int, int]) -> bool:
        """The span lies in the heading's words (a date or place, never a party)."""
        return self.start <= span[0] < self.end


def find_headings(
    doc: Doc,
    timexes: Sequence[Timex],
    places: Sequence[PlaceMention],
    specific: Callable[[Timex], bool],
) -> dict[int, Heading]:
    """Sentence index -> the incident heading that governs it.

    A heading is the start of a sentence up to a colon, with a specific date and no verb.
    It governs its own sentence and the following ones of its paragraph; a heading that is a
    sentence of its own governs only the following ones.
    """
    text = doc_text(doc)
    sents = list(doc.sents)
    out: dict[int, Heading] = {}
    current: Heading | None = None
    for i, sent in enumerate(sents):
        if i > 0 and "\n\n" in text[_last_word_end(sents[i - 1]) : _first_word_start(sent)]:
            current = None  # a new paragraph: the item has ended
        found = _heading(sent, timexes, places, specific)
        if found is not None:
            current = found
            if found.end < sent.end_char - 1:
                out[i] = found
            continue
        if current is not None:
            out[i] = current
    return out


def _heading(
    sent: Span,
    timexes: Sequence[Timex],
    places: Sequence[PlaceMention],
    specific: Callable[[Timex], bool],
) -> Heading | None:
    colon = next((t for t in sent if t.text.endswith(":") and t.is_punct), None)  # ":", "):"
    if colon is None or colon.i - sent.start > _MAX_HEADING_TOKENS:
        return None
    prefix = sent.doc[sent.start : colon.i]
    if any(t.pos_ == "VERB" and t.tag_ != "VBN" for t in prefix):
        return None  # "Police said:" introduces speech, not an incident
    start, end = prefix.start_char, colon.idx + len(colon)
    date = next(
        (t for t in timexes if start <= t.start < end and t.type == "DATE" and specific(t)), None
    )
    if date is None:
        return None
    place = next((p for p in places if start <= p.start < end and p.place is not None), None)
    return Heading(start, end, date, place)


def _last_word_end(sent: Span) -> int:
    words = [t for t in sent if not t.is_space]
    return words[-1].idx + len(words[-1]) if words else sent.end_char


def _first_word_start(sent: Span) -> int:
    return next((t.idx for t in sent if not t.is_space), sent.start_char)
