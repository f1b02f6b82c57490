"""WikiEvents prediction: Dossier run on one document, its events and arguments mapped to
KAIROS, and the gold events expressed in the same terms (cleaned offsets, parse heads).
"""

from __future__ import annotations

from collections.abc import Hashable

from spacy.tokens import Doc

from dossier.eval.wikievents_data import WeDocument
from dossier.eval.wikievents_kairos import KairosMap, load_kairos_map
from dossier.eval.wikievents_score import (
    GoldArgument,
    GoldEvent,
    PredArgument,
    PredEvent,
    Prediction,
)

__all__ = ["predict_document"]


def _head(doc: Doc, start: int, end: int) -> int | None:
    """The index of the syntactic head token of the text span ``[start, end)``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root.i


def _sentence_with(doc: Doc, text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text``: inside ``[start, end)`` if there, else the nearest one."""
    found = _find_all(doc.text, text)
    if not found or any(start <= i < end for i in found):
        return start, end
    nearest = min(found, key=lambda i: abs(i - start))
    span = doc.char_span(nearest, nearest + len(text), alignment_mode="expand")
    if span is None:
        return start, end
    sent = span[0].sent
    return sent.start_char, sent.end_char


def _find_all(haystack: str, needle: str) -> list[int]:
    found, i = [], haystack.find(needle) if needle else -1
    while i >= 0:
        found.append(i)
        i = haystack.find(needle, i + 1)
    return found


def predict_document(doc: WeDocument, kairos: KairosMap | None = None) -> Prediction:
    """Run Dossier on one document and express gold and prediction in the same terms.

    Positions (triggers, anchors) are offsets in Dossier's cleaned text; heads are token
    indices of Dossier's spaCy parse, for gold mentions and predicted spans alike.
    """
    from dossier.clean import clean_text
    from dossier.extract.events import extract_event_frames
    from dossier.nlp import build_nlp
    from dossier.pipeline import annotate
    from dossier.records import RawDocument
    from dossier.resolve.timex import parse_dateline

    kairos = kairos or load_kairos_map()
    cleaned = clean_text(doc.text, markdown=False)
    raw = RawDocument(path=doc.doc_id, format="text", text=doc.text, content_hash=doc.doc_id)
    spacy_doc = build_nlp()(cleaned.text)
    document = annotate(raw, spacy_doc, cleaned)
    document_date = document.metadata.published or parse_dateline(cleaned.text)
    frames = extract_event_frames(
        spacy_doc, document.actors, document.places, document.timexes, document_date
    )
    kept = list(document.events)

    def to_cleaned(i: int) -> int:
        return cleaned.to_cleaned(i)

    # gold, in cleaned offsets and parse heads
    gold_heads: dict[str, frozenset[Hashable]] = {}

    def heads_of(entity_id: str) -> frozenset[Hashable]:
        if entity_id not in gold_heads:
            found = set()
            for m in doc.coreferent(entity_id):
                h = _head(spacy_doc, to_cleaned(m.start), to_cleaned(m.end))
                if h is not None:
                    found.add(h)
            gold_heads[entity_id] = frozenset(found)
        return gold_heads[entity_id]

    gold = tuple(
        GoldEvent(
            type=ev.type,
            trigger=to_cleaned(ev.start),
            arguments=tuple(GoldArgument(role, heads_of(eid)) for eid, role in ev.arguments),
        )
        for ev in doc.events
    )

    # predictions: the frames of the events extract_events keeps
    actors = {a.key: a for a in document.actors}
    predicted: list[PredEvent] = []
    for frame in frames:
        event = frame.event
        if event not in kept:
            continue
        kept.remove(event)
        trigger = spacy_doc.char_span(*frame.trigger, alignment_mode="expand")
        lemma = trigger.root.lemma_ if trigger is not None and len(trigger) else None
        spans: list[tuple[str, int, int]] = []
        perp_role = "perpetrator" if event.type == "ASSAULT" else "initiator"
        spans += [(perp_role, s, e) for s, e in frame.perpetrators]
        spans += [("target", s, e) for s, e in frame.targets]
        spans += [("victim", s, e) for s, e in frame.victims]
        spans += [("weapon", s, e) for s, e in frame.weapons]
        if event.place is not None:
            spans.append(("place", event.place.start, event.place.end))
        anchor = event.anchor
        for ea in event.actors:
            actor = actors.get(ea.actor)
            if actor is None or not actor.mentions:
                continue
            inside = [m for m in actor.mentions if anchor.start <= m.start < anchor.end]
            for m in inside or actor.mentions[:1]:
                # a name inside an argument phrase ("Taliban" in "Taliban gunmen") is not
                # an argument of its own
                if not any(s < m.end and m.start < e for _r, s, e in spans):
                    spans.append((ea.role, m.start, m.end))
        dossier_args = [
            (role, h) for role, s, e in spans if (h := _head(spacy_doc, s, e)) is not None
        ]
        types = kairos.event_types(
            event.type,
            event.mode,
            lemma,
            has_fatalities=event.fatalities is not None,
            has_injured=event.injured is not None,
        )
        counts = {
            "Life.Die.Unspecified": event.fatalities,
            "Life.Injure.Unspecified": event.injured,
        }
        for k, kairos_type in enumerate(types or [None]):
            start, end = anchor.start, anchor.end
            count = counts.get(kairos_type or "")
            if k > 0 and count is not None:
                # a merged event's counts may come from another of its sentences
                start, end = _sentence_with(spacy_doc, count.text, anchor.start, anchor.end)
            pred_args = []
            if kairos_type is not None:
                for role, h in dossier_args:
                    k_role = kairos.role(kairos_type, role)
                    if k_role is not None:
                        pred_args.append(PredArgument(k_role, h))
            predicted.append(PredEvent(kairos_type, start, end, tuple(pred_args), derived=k > 0))
    return Prediction(doc.doc_id, gold, tuple(predicted))
