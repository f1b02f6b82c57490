"""Quantities: strength and activity estimates ("between 7,000 and 12,000 fighters").

For every number phrase of a sentence (:func:`~dossier.extract.common.find_counts`):

1. the measure is the counted noun after it ("2,500 *fighters*", "several hundred terrorist
   *attacks*"), a verb of harm next to it ("*killed* at least 21 people"), or the noun of a
   "the number of N ... ranged from A to B" / "N's strength stood at A" construction before
   it; measures and their cue lemmas come from ``ontology/quantities.yaml`` (plus
   ``data/extract/quantity_cues.yaml``);
2. counts of event measures (killed, injured, arrested, kidnapped, displaced, casualties) are
   kept only when the clause aggregates over a period ("since 2017", "per year", "in
   2023"): the toll of one incident is the fatalities of that event, not a quantity;
3. the subject is the actor in the noun phrase ("ISKP fighters", "the number of JNIM
   fighters"), else the subject of the clause ("it has about 2,500 fighters", with "it"
   resolved), else the nearest preceding actor that is a sentence subject;
4. the period is the nearest timex or period phrase of the clause ("in the first years of
   its existence", "after the Taliban takeover"), with a rate ("per year") when stated.

Conventions for vague numbers follow ACLED as recorded in the ontology: "dozens" 12–99,
"several hundred" 200–999, "over 140" low 140 and no high; bare "many", "some", "several"
are too vague to record. ``approximate`` is true for any figure that is not an exact count.

Example::

    qs = extract_quantities(doc, actors, timexes)
    [(q.subject, q.measure, q.low, q.high) for q in qs]
    # [('al_shabaab', 'fighters', 7000.0, 12000.0)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.common import (
    DEFINITE_ORG,
    Count,
    SentenceView,
    Slot,
    anchor_of,
    clause_bounds,
    clause_period,
    find_counts,
    load_data,
    resolve_reference,
    sentence_views,
)
from dossier.nlp.text import doc_text
from dossier.ontology import load_ontology
from dossier.records import Actor, Quantity, Timex

__all__ = ["extract_quantities"]

HARM_MEASURES = {"killed", "injured", "casualties", "arrested", "kidnapped", "displaced"}
_GENERIC_PEOPLE = {
    "people",
    "person",
    "civilian",
    "individual",
    "resident",
    "villager",
    "soldier",
    "policeman",
    "officer",
    "child",
    "woman",
    "man",
    "worker",
    "student",
    "cadet",
    "pilgrim",
    "worshipper",
    "member",
    "fighter",
    "militant",
    "troop",
    "passenger",
}


@lru_cache(maxsize=1)
def _measure_table() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """(noun lemma → measure, nouns never counted, harm verb lemma → measure)."""
    onto = load_ontology().quantities
    cues = load_data("quantity_cues.yaml")
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for m in onto.measures:
        for cue in m.cues:
            if m.id in HARM_MEASURES:
                verbs.setdefault(cue, m.id)
                if m.id in ("casualties",):
                    nouns.setdefault(cue, m.id)
            else:
                nouns.setdefault(cue, m.id)
    for measure, extra in cues["extra_measure_nouns"].items():
        for noun in extra:
            nouns[noun] = measure
    # people counted by a harm verb, and harm nouns ("deaths", "fatalities")
    for noun, measure in (
        ("death", "killed"),
        ("fatality", "killed"),
        ("dead", "killed"),
        ("body", "killed"),
        ("injury", "injured"),
        ("arrest", "arrested"),
        ("detainee", "arrested"),
        ("hostage", "kidnapped"),
        ("refugee", "displaced"),
        ("idp", "displaced"),
    ):
        nouns.setdefault(noun, measure)
    return nouns, frozenset(cues["not_measures"]), verbs


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _measure_after(doc: Doc, count: Count) -> tuple[str, Token] | None:
    """The measure the noun after the count names ("300 *fighters*", "dozens *of* attacks")."""
    nouns, never, verbs = _measure_table()
    tok = _token_at(doc, count.end - 1)
    if tok is None:
        return None
    sent_end = tok.sent.end
    i = tok.i + 1
    seen = 0
    while i < sent_end and seen < 5:
        t = doc[i]
        lemma = t.lemma_.lower()
        if t.lower_ in ("of", "the", "-", "strong") or t.pos_ in ("ADJ", "DET", "PUNCT"):
            if t.lower_ in (",", ";", ".", "(", ")"):
                return None
            i += 1
            seen += 1
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            nxt = doc[i + 1] if i + 1 < sent_end else None
            if nxt is not None and nxt.pos_ == "NOUN" and t.dep_ == "compound":
                i += 1  # "terrorist attacks", "ISKP fighters": the head decides
                seen += 1
                continue
            pair = f"{lemma} {nxt.lemma_.lower()}" if nxt is not None else ""
            if pair in nouns:
                return nouns[pair], nxt  # type: ignore[return-value]
            if lemma in never and lemma not in _GENERIC_PEOPLE:
                return None
            if lemma in nouns and lemma not in ("people", "person"):
                measure = nouns[lemma]
                harm = _harm_verb(doc, t, verbs)
                return (harm or measure), t
            if lemma in _GENERIC_PEOPLE or lemma in never:
                harm = _harm_verb(doc, t, verbs)
                return (harm, t) if harm else None
            return None
        if t.pos_ in ("VERB",) and lemma in verbs:  # "12 killed"
            return verbs[lemma], t
        return None
    return None


def _harm_verb(doc: Doc, noun: Token, verbs: dict[str, str]) -> str | None:
    """ "killed 12 *people*", "12 people *were killed*": the harm measure around a noun."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "NOUN"):
        noun = noun.head.head  # "killing dozens of soldiers": what "dozens" is the object of
    head = noun.head
    if (
        head.pos_ == "VERB"
        and head.lemma_.lower() in verbs
        and noun.dep_ in ("dobj", "nsubjpass", "obj", "nsubj")
    ):
        return verbs[head.lemma_.lower()]
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in verbs:
            return verbs[child.lemma_.lower()]
    return None


@lru_cache(maxsize=1)
def _number_of_regex() -> re.Pattern[str]:
    cues = load_data("quantity_cues.yaml")
    heads = "|".join(re.escape(h) for h in cues["number_of"])
    strength = "|".join(re.escape(h) for h in cues["strength_nouns"])
    return re.compile(
        rf"\b(?:(?:{heads})\s+(?:the\s+)?(?:(?P<slot>⟦A\d+⟧)(?:[’']s)?\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?P<noun>[\w-]+)|(?P<slot2>⟦A\d+⟧)[’']s\s+(?P<strength>{strength}))\b"
        rf"(?P<rest>[^.;⟦⟧]{{0,60}})$",
        re.IGNORECASE,
    )


def _measure_before(
    doc: Doc, view: SentenceView, count: Count
) -> tuple[str, Slot | None, int] | None:
    """ "the number of ISKP fighters ranged from A to B": (measure, actor slot, phrase start)."""
    nouns, _never, verbs = _measure_table()
    cues = load_data("quantity_cues.yaml")
    c_start, _ = clause_bounds(doc_text(doc), (view.start, view.end), count.start)
    # the masked text of the clause up to the count
    m_start = next((ms for ms, me, ds, de in view.pieces if ds <= c_start < de), 0)
    m_end = next(
        (ms + (count.start - ds) for ms, me, ds, de in view.pieces if ds <= count.start < de),
        None,
    )
    if m_end is None:
        return None
    before = view.masked[m_start:m_end]
    m = _number_of_regex().search(before)
    if not m or not re.search(
        r"\b(?:ranged?|ranges|stood|stands|was|were|is|are|reached|reaches|rose|grew|grown|"
        r"increased|decreased|declined|fell|dropped|dwindled|numbered|totall?ed|estimated|"
        r"put|swelled|doubled|halved|shrank|at|to|from|between|of|around|about)\b[^.;]*$",
        m.group("rest") + " " + count.text,
        re.IGNORECASE,
    ):
        return None
    slot_token = m.group("slot") or m.group("slot2")
    slot = view.slot_at(slot_token) if slot_token else None
    if m.group("strength"):
        measure = cues["strength_nouns"][m.group("strength").lower()]
    else:
        noun = m.group("noun").lower()
        lemma = re.sub(r"(?:ies)$", "y", noun)
        lemma = re.sub(r"(?<=[^s])s$", "", lemma)
        measure = nouns.get(lemma) or verbs.get(lemma) or {"dead": "killed"}.get(lemma) or ""
        if not measure:
            return None
    start, _ = view.to_doc(m_start + m.start(), m_start + m.end())
    return measure, slot, start


def _slot_key(slots: Sequence[Slot], tok: Token) -> str | None:
    return next((s.key for s in slots if s.start <= tok.idx < s.end), None)


# subject nouns whose "of" phrase names whose figure it is: "estimates of JNIM's strength"
_SIZE_NOUNS = frozenset(
    {"estimate", "strength", "size", "number", "count", "figure", "manpower", "ranks"}
)


def _verb_subject(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    actors: Sequence[Slot],
    verb: Token,
    depth: int = 0,
) -> str | None:
    """The actor that is the subject of ``verb`` (climbing "X did A, but B decreased")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subj:
        s_tok = subj[0]
        # "ISKP", "TTP attacks", or the group inside "Estimates of JNIM's strength"
        whole = s_tok.lemma_.lower() in _SIZE_NOUNS
        key = _slot_key(actors, s_tok) or next(
            (k for t in s_tok.subtree if (t.i < s_tok.i or whole) and (k := _slot_key(actors, t))),
            None,
        )
        if key:
            return key  # "ISKP", or "TTP attacks have killed"
        words = " ".join(t.text for t in s_tok.subtree)
        if s_tok.lower_ in ("it", "they") or DEFINITE_ORG.match(words):
            exclude = None
            if verb.dep_ == "ccomp":  # "The UN estimates that it has": not the UN
                speaker = [c for c in verb.head.children if c.dep_ == "nsubj"]
                exclude = _slot_key(actors, speaker[0]) if speaker else None
            ref = resolve_reference(views, view.index, s_tok.idx, words, exclude=exclude)
            return ref.key if ref is not None else None
    else:
        # a subject the parser missed: an actor right before the verb and its auxiliaries
        first = min(
            [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg"))],
            key=lambda t: t.i,
        )
        for s in actors:
            if 0 <= first.idx - s.end <= 3:
                return s.key
    if verb.dep_ in ("conj", "xcomp") and depth < 2:
        # "X did A and had B"; "it is estimated to have 6,000 fighters"
        return _verb_subject(doc, views, view, actors, verb.head, depth + 1)
    return None


def _subject(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    head: Token | None,
    position: int,
) -> str | None:
    """The actor a figure belongs to (see the module docstring, step 3)."""
    actors = [s for s in view.slots if s.kind == "actor" and s.actor_type != "person"]
    if head is not None:
        # an actor inside the noun phrase: "ISKP fighters", "JNIM's 2,000 fighters"
        np_start = min(t.idx for t in head.subtree)
        for s in actors:
            if np_start <= s.start < head.idx:
                return s.key
        v = head
        for _ in range(4):
            if (
                v.dep_
                in (
                    "dobj",
                    "attr",
                    "obj",
                    "pobj",
                    "prep",
                    "nummod",
                    "npadvmod",
                    "nsubj",
                    "nsubjpass",
                )
                and v.head is not v
            ):
                v = v.head
                if v.pos_ in ("VERB", "AUX"):
                    break
            else:
                break
        if v.pos_ in ("VERB", "AUX"):
            key = _verb_subject(doc, views, view, actors, v)
            if key:
                return key
    # the nearest preceding actor that is a grammatical subject in the sentence
    best = None
    for s in actors:
        if s.start >= position:
            break
        tok = _token_at(doc, s.end - 1)
        if tok is not None and tok.dep_ in ("nsubj", "nsubjpass"):
            best = s.key
    if best is None:
        # "Estimates of JNIM's strength range from ...": the one group whose figure it is
        owners = {
            s.key
            for s in actors
            if s.start < position
            and (tok := _token_at(doc, s.end - 1)) is not None
            and (tok.dep_ == "poss" or tok.head.lemma_.lower() in _SIZE_NOUNS)
        }
        if len(owners) == 1:
            best = owners.pop()
    return best


def extract_quantities(
    doc: Doc, actors: Sequence[Actor], timexes: Sequence[Timex]
) -> list[Quantity]:
    """Strength and activity estimates of ``doc``, in text order.

    :param doc: the parsed document.
    :param actors: its resolved actors (subjects are actor keys).
    :param timexes: its temporal expressions (figures inside a timex are not counts; the
        clause's timex gives the period).
    """
    views = sentence_views(doc, actors, ())
    cues = load_data("quantity_cues.yaml")
    too_vague = {v.lower() for v in cues["too_vague"]}
    aggregate = re.compile(
        r"\b(?:" + "|".join(re.escape(a) for a in cues["aggregate_cues"]) + r")",
        re.IGNORECASE,
    )
    text = doc_text(doc)
    out: list[Quantity] = []
    for view in views:
        for count in find_counts(view.text, view.start):
            if count.text.lower() in too_vague:
                continue
            if any(
                t.start <= count.start < t.end or count.start <= t.start < count.end
                for t in timexes
            ):
                continue
            found = _measure_after(doc, count)
            measure, head, phrase_start, slot = None, None, count.start, None
            if found is not None:
                measure, head = found
            before = _measure_before(doc, view, count)
            if before is not None and (
                measure is None or head is None or head.lemma_.lower() in ("people", "person")
            ):
                measure, slot, phrase_start = before
                head = None
            if not measure:
                continue
            sentence = (view.start, view.end)
            c_start, c_end = clause_bounds(text, sentence, count.start)
            if measure in HARM_MEASURES and not aggregate.search(text, c_start, c_end):
                continue  # the toll of one incident: an event's fatalities
            anchor_tok = head if head is not None else _token_at(doc, phrase_start)
            subject = (
                slot.key
                if slot is not None
                else _subject(doc, views, view, anchor_tok, count.start)
            )
            end = max(count.end, head.idx + len(head.text) if head is not None else count.end)
            low = float(count.low) if count.low is not None else None
            high = float(count.high) if count.high is not None else None
            out.append(
                Quantity(
                    measure=measure,
                    anchor=anchor_of(view),
                    subject=subject,
                    low=low,
                    high=high,
                    approximate=count.approximate,
                    period=clause_period(text, sentence, count.start, timexes),
                    text=text[min(phrase_start, count.start) : end],
                )
            )
    return out
