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

Beside the counted noun, the verb says what happened to the people counted ("*recruited*
1,000 new fighters" are recruits, "300 fighters *surrendered*" or "*left its ranks*" are
``surrendered``, "*fired* 30 rockets" is one salvo, kept only over a period), a currency sign
makes money (``funding``), and a verb of counting takes its subject's noun ("ISWAP fighters
*number* 3,000"). A figure with no noun of its own counts what the nearest figure counts:
"ISWAP has 4,000 fighters, while JAS has *fewer than 1,500*", "6,000 fighters, up from *1,000*
in 2021", "some sources put *the figure* as low as 20,000" (also from the sentences before);
a figure in a sentence naming no actor continues the subject of the one before.

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
from dataclasses import replace
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
def _people_nouns() -> frozenset[str]:
    """Nouns for people in general ("people", "civilians", "young men", "nationals")."""
    extra = load_data("quantity_cues.yaml").get("people_nouns") or ()
    return frozenset(_GENERIC_PEOPLE | {str(n) for n in extra})


@lru_cache(maxsize=1)
def _verb_measures() -> dict[str, str]:
    """Verb lemma → measure, for measures a verb names ("recruited", "surrendered")."""
    onto = load_ontology().quantities
    wanted = set(load_data("quantity_cues.yaml").get("verb_measures") or ())
    out: dict[str, str] = {}
    for m in onto.measures:
        if m.id in wanted:
            for cue in m.cues:
                if " " not in cue:
                    out.setdefault(cue, m.id)
    return out


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object or subject the counted noun is ("recruited between 1,000 and
    1,500 new *fighters*", "some 300 *fighters* joined"); None when a noun comes between."""
    v = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "NOUN"):
        v = noun.head.head  # "recruited dozens of Tajik nationals": what "dozens" is part of
    for _ in range(6):
        dep = v.dep_
        if v.head is v:
            return None
        if dep in ("conj", "appos", "pobj", "nummod", "quantmod"):
            v = v.head
            continue
        if dep == "prep":
            return v.head if v.head.pos_ == "VERB" else None
        if dep in ("dobj", "obj", "nsubj", "nsubjpass"):
            return v.head if v.head.pos_ == "VERB" else None
        return None
    return None


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
    first = i = tok.i + 1
    seen = 0
    while i < sent_end and seen < 5:
        t = doc[i]
        lemma = t.lemma_.lower()
        if (
            t.lower_ in ("of", "the", "-", "strong")
            or t.pos_ in ("ADJ", "DET", "PUNCT")
            or (t.pos_ == "VERB" and t.dep_ == "amod" and t.tag_ in ("VBN", "VBG"))
        ):
            # "100,000 trained fighters", "a dozen precision-guided missile launchers"
            if t.lower_ in (",", ";", ".", "(", ")"):
                return None
            i += 1
            seen += 1
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            nxt = doc[i + 1] if i + 1 < sent_end else None
            if (
                nxt is not None
                and t.dep_ in ("compound", "npadvmod", "nmod")
                and i < t.head.i < sent_end
                and t.head.i - i <= 3
            ):
                # "terrorist attacks", "ISKP fighters", "Member State": the head decides
                i += 1
                seen += 1
                continue
            lemmas = [doc[j].lemma_.lower() for j in range(first, i + 1)]
            for k in range(len(lemmas) - 1):
                # "foreign terrorist fighters": a cue of several words ending at the head
                if " ".join(lemmas[k:]) in nouns:
                    return nouns[" ".join(lemmas[k:])], t
            pair = f"{lemma} {nxt.lemma_.lower()}" if nxt is not None else ""
            if pair in nouns:
                return nouns[pair], nxt  # type: ignore[return-value]
            if lemma in never and lemma not in _people_nouns():
                return None
            if lemma in nouns and lemma not in ("people", "person"):
                measure = nouns[lemma]
                harm = _harm_verb(doc, t, verbs)
                if harm is None and measure in ("fighters", "members"):
                    # "recruited 1,000 fighters", "300 fighters surrendered", "1,500 members
                    # have left its ranks"
                    verb = _governing_verb(t)
                    if verb is not None:
                        measure = _verb_measures().get(verb.lemma_.lower(), measure)
                        if _departure(verb, t):
                            measure = "surrendered"
                return (harm or measure), t
            if lemma in _people_nouns() or lemma in never:
                harm = _harm_verb(doc, t, verbs)
                if harm is None and lemma in _people_nouns():
                    # "recruited dozens of Tajik nationals", "500 young men joined"
                    verb = _governing_verb(t)
                    harm = _verb_measures().get(verb.lemma_.lower()) if verb is not None else None
                return (harm, t) if harm else None
            return None
        if t.pos_ in ("VERB",) and lemma in verbs:  # "12 killed"
            return verbs[lemma], t
        return None
    return None


def _departure(verb: Token, noun: Token) -> bool:
    """ "1,500 members have left its ranks", "200 fighters quit the group": members who left
    a group (``departure_verbs`` with the counted noun as subject and a group as object)."""
    cues = load_data("quantity_cues.yaml")
    if verb.lemma_.lower() not in set(cues.get("departure_verbs") or ()):
        return False
    if noun.dep_ != "nsubj" and not (noun.head.dep_ == "nsubj" and noun.dep_ == "conj"):
        return False
    left = set(cues.get("departure_objects") or ())
    return any(
        c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in left or c.pos_ == "PROPN")
        for c in verb.children
    )


def _harm_verb(doc: Doc, noun: Token, verbs: dict[str, str]) -> str | None:
    """ "killed 12 *people*", "12 people *were killed*": the harm measure around a noun."""
    for _ in range(3):
        if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "killing about 170 Afghans and 13 US service members"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "NOUN"):
        noun = noun.head.head  # "killing dozens of soldiers": what "dozens" is the object of
    head = noun.head
    if (
        head.pos_ == "VERB"
        and head.lemma_.lower() in verbs
        and noun.dep_ in ("dobj", "nsubjpass", "obj", "nsubj")
    ):
        return verbs[head.lemma_.lower()]
    if head.pos_ == "VERB" and noun.dep_ in ("dobj", "obj"):
        # "left at least three soldiers dead": the predicate of the object names the harm
        nouns = _measure_table()[0]
        for pred in head.children:
            if pred.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and pred.i > noun.i:
                lemma = pred.lemma_.lower()
                found = verbs.get(lemma) or nouns.get(lemma)
                if found in HARM_MEASURES:
                    return found
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
        rf"(?:\b(?:{heads})\s+(?:the\s+)?(?:(?P<slot>⟦A\d+⟧)(?:[’']s)?\s+)?(?:[\w-]+\s+){{0,2}}?"
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


@lru_cache(maxsize=1)
def _group_anaphor() -> re.Pattern[str]:
    nouns = load_data("quantity_cues.yaml").get("group_anaphors") or ["faction"]
    return re.compile(rf"^(?:the|this|that)\s+(?:{'|'.join(map(re.escape, nouns))})$", re.I)


def _joined(views: Sequence[SentenceView], view: SentenceView, noun: Token) -> str | None:
    """ "Up to 400 fighters joined ISWAP", "200 fighters quit the group": the group they
    joined or left (the object of the verb whose subject they are)."""
    verb = noun.head
    departures = set(load_data("quantity_cues.yaml").get("departure_verbs") or ())
    lemma = verb.lemma_.lower()
    if noun.dep_ not in ("nsubj", "nsubjpass") or (
        lemma not in _verb_measures() and lemma not in departures
    ):
        return None
    actors = [s for s in view.slots if s.kind == "actor" and s.actor_type != "person"]
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "into", "with")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    for obj in objs:
        key = next((k for t in obj.subtree if (k := _slot_key(actors, t))), None)
        if key:
            return key
        words = " ".join(t.text for t in obj.subtree)
        own = next(
            (t for t in obj.subtree if t.dep_ == "poss" and t.lower_ in ("its", "their")), None
        )
        if own is not None or DEFINITE_ORG.match(words):
            # "its ranks": the ranks of an armed group, read like "the group"
            ref = resolve_reference(
                views, view.index, obj.idx, "the group" if own is not None else words
            )
            if ref is not None and ref.key:
                return ref.key
    return None


def _by_agent(
    views: Sequence[SentenceView], view: SentenceView, actors: Sequence[Slot], noun: Token
) -> str | None:
    """The actor of "attacks *by the group*", "operations by ISWAP": whose activity it is."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            key = next((k for t in obj.subtree if (k := _slot_key(actors, t))), None)
            if key:
                return key
            words = " ".join(t.text for t in obj.subtree)
            if DEFINITE_ORG.match(words):
                ref = resolve_reference(views, view.index, obj.idx, words)
                return ref.key if ref is not None else None
    return None


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
        by = _by_agent(views, view, actors, s_tok)
        if by:
            return by  # "Attacks by the group killed ..."
        words = " ".join(t.text for t in s_tok.subtree)
        if _group_anaphor().match(words):
            words = "the group"  # "the faction", "the outfit": an armed group named before
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
        if v.pos_ not in ("VERB", "AUX"):
            # "recruited between 1,000 and 1,500 new fighters": through the range
            v = _governing_verb(head) or v
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


@lru_cache(maxsize=1)
def _context_cues() -> tuple[tuple[str, ...], frozenset[str], re.Pattern[str], frozenset[str]]:
    """(currency signs, words before an elliptical figure, "the figure" pattern, incident
    verbs), from ``quantity_cues.yaml``."""
    cues = load_data("quantity_cues.yaml")
    signs = tuple(sorted(cues.get("currency_symbols") or (), key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in cues.get("anaphoric_figures") or ("figure",))
    figure = re.compile(
        rf"\b(?:the|that|this|these|its|their|his|her|such)\s+(?:\w+\s+)?(?:{nouns})\b"
        r"[^\d.;]{0,30}$",
        re.IGNORECASE,
    )
    return (
        signs,
        frozenset(w.lower() for w in cues.get("elliptical_before") or ()),
        figure,
        frozenset(cues.get("incident_verbs") or ()),
    )


def _measure_of_subject(doc: Doc, count: Count) -> tuple[str, Token] | None:
    """ "ISWAP fighters now number 3,000", "the militants, who number about 1,200": the
    measure is the subject of a verb of counting (``numbering_verbs``)."""
    nouns = _measure_table()[0]
    verbs = set(load_data("quantity_cues.yaml").get("numbering_verbs") or ())
    v = _token_at(doc, count.end - 1)
    for _ in range(4):
        if v is None or v.head is v:
            return None
        if v.lemma_.lower() in verbs and v.pos_ in ("VERB", "NOUN"):
            break
        if v.dep_ not in ("dobj", "obj", "pobj", "prep", "conj", "nummod", "quantmod", "attr"):
            return None
        v = v.head
    if v is None or v.lemma_.lower() not in verbs:
        return None
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    noun = subj[0] if subj else None
    if noun is not None and noun.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
        noun = v.head
    if noun is None or noun.lemma_.lower() not in nouns:
        return None
    return nouns[noun.lemma_.lower()], noun


def _is_money(text: str, count: Count) -> bool:
    signs = _context_cues()[0]
    before = text[max(0, count.start - 4) : count.start].rstrip()
    return any(s in count.text or before.endswith(s) for s in signs)


def _elliptical(doc: Doc, count: Count) -> bool:
    """A figure whose noun is left out: "while JAS has *fewer than 1,500*.", "up from *fewer
    than 1,000* in 2021" (a word of ``elliptical_before`` before it, no noun after it)."""
    before = _context_cues()[1]
    first, last = _token_at(doc, count.start), _token_at(doc, count.end - 1)
    if first is None or last is None:
        return False
    sent = first.sent
    prev = doc[first.i - 1] if first.i > sent.start else None
    if prev is None or not (prev.lemma_.lower() in before or prev.lower_ in before):
        return False
    nxt = doc[last.i + 1] if last.i + 1 < sent.end else None
    return nxt is None or (
        nxt.pos_ in ("PUNCT", "ADP", "CCONJ", "SCONJ", "ADV") and nxt.lower_ not in ("of", "%")
    )


def _anaphoric(text: str, view: SentenceView, count: Count) -> bool:
    """A figure that "the figure", "the number" stands for: "put the figure as low as 20,000"."""
    c_start, _ = clause_bounds(text, (view.start, view.end), count.start)
    return bool(_context_cues()[2].search(text[max(c_start, count.start - 60) : count.start]))


def _donor(
    found: Sequence[tuple[int, int, Quantity]], sentence: int, position: int, back: int
) -> Quantity | None:
    """The figure whose measure an elliptical one takes: the nearest of its sentence, else
    (``back`` > 0) the last of the ``back`` sentences before it."""
    here = [(abs(pos - position), q) for s, pos, q in found if s == sentence]
    if here:
        return min(here, key=lambda x: x[0])[1]
    before = [(s, pos, q) for s, pos, q in found if sentence - back <= s < sentence]
    return max(before, key=lambda x: (x[0], x[1]))[2] if before else None


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
    incident_verbs = _context_cues()[3]
    text = doc_text(doc)
    found: list[tuple[int, int, Quantity]] = []  # (sentence, count start, quantity)
    pending: list[tuple[SentenceView, Count, bool]] = []  # figures without a noun

    def make(
        view: SentenceView,
        count: Count,
        measure: str,
        head: Token | None,
        phrase_start: int,
        slot: Slot | None,
    ) -> Quantity | None:
        sentence = (view.start, view.end)
        c_start, c_end = clause_bounds(text, sentence, count.start)
        event_like = measure in HARM_MEASURES
        if measure == "weapons" and head is not None:
            verb = _governing_verb(head)
            event_like = verb is not None and verb.lemma_.lower() in incident_verbs
        if event_like and not aggregate.search(text, c_start, c_end):
            return None  # the toll of one incident ("fired 30 rockets"): the event's
        anchor_tok = head
        if anchor_tok is None:
            # "raises more than $700 million": the number itself, not its modifier
            at = count.end - 1 if phrase_start == count.start else phrase_start
            anchor_tok = _token_at(doc, at)
        subject = (
            slot.key if slot is not None else _subject(doc, views, view, anchor_tok, count.start)
        )
        if measure in ("recruits", "surrendered") and head is not None:
            subject = _joined(views, view, head) or subject
        end = max(count.end, head.idx + len(head.text) if head is not None else count.end)
        low = float(count.low) if count.low is not None else None
        high = float(count.high) if count.high is not None else None
        return Quantity(
            measure=measure,
            anchor=anchor_of(view),
            subject=subject,
            low=low,
            high=high,
            approximate=count.approximate,
            period=clause_period(text, sentence, count.start, timexes),
            text=text[min(phrase_start, count.start) : end],
        )

    for view in views:
        for count in find_counts(view.text, view.start):
            if count.text.lower() in too_vague:
                continue
            if any(
                t.start <= count.start < t.end or count.start <= t.start < count.end
                for t in timexes
            ):
                continue
            found_after = _measure_after(doc, count)
            measure, head, phrase_start, slot = None, None, count.start, None
            if found_after is not None:
                measure, head = found_after
            before = _measure_before(doc, view, count)
            if before is not None and (
                measure is None or head is None or head.lemma_.lower() in ("people", "person")
            ):
                measure, slot, phrase_start = before
                head = None
            if measure is None:
                numbered = _measure_of_subject(doc, count)
                if numbered is not None:
                    measure, head = numbered
                    phrase_start = min(count.start, head.left_edge.idx)
            if _is_money(text, count) and (measure is None or head is None):
                measure, head = "funding", None  # "$700 million a year"
            if not measure:
                anaphoric = _anaphoric(text, view, count)
                if anaphoric or _elliptical(doc, count):
                    pending.append((view, count, anaphoric))
                continue
            q = make(view, count, measure, head, phrase_start, slot)
            if q is not None:
                found.append((view.index, count.start, q))

    # figures without a noun count what the nearest figure counts ("JAS has fewer than 1,500")
    for view, count, anaphoric in pending:
        donor = _donor(found, view.index, count.start, 2 if anaphoric else 0)
        if donor is None or donor.measure == "funding":
            continue
        q = make(view, count, donor.measure, None, count.start, None)
        if q is None:
            continue
        if q.subject is None:
            q = replace(q, subject=donor.subject)
        found.append((view.index, count.start, q))

    # a figure with no actor in its sentence continues the one before ("Hezbollah had 100,000
    # fighters. Western estimates were lower: between 30,000 and 50,000 fighters")
    out: list[Quantity] = []
    for s_index, _pos, q in sorted(found, key=lambda x: (x[0], x[1])):
        if q.subject is None and q.measure not in HARM_MEASURES:
            has_actor = any(
                sl.kind == "actor" and sl.actor_type != "person" for sl in views[s_index].slots
            )
            prior = {
                p.subject
                for s, _pos, p in found
                if s == s_index - 1 and p.measure == q.measure and p.subject
            }
            if not has_actor and len(prior) == 1:
                q = replace(q, subject=prior.pop())
        out.append(q)
    return out
