"""Measures of quantities: what a figure counts ("2,500 *fighters*", "*killed* 21 people").

The counted noun after a figure, a verb of harm around it, the noun of a "the number of N
... ranged from A to B" construction before it, or the subject of a verb of counting ("ISWAP
fighters *number* 3,000") names the measure; the verb governing the counted noun refines it
("*recruited* 1,000 fighters" are recruits, "300 fighters *surrendered*"). Measures and their
cue lemmas come from ``ontology/quantities.yaml`` and ``data/extract/quantity_cues.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.common import Count, SentenceView, Slot, clause_bounds, load_data
from dossier.nlp.text import doc_text
from dossier.ontology import load_ontology

__all__ = [
    "HARM_MEASURES",
    "governing_verb",
    "measure_after",
    "measure_before",
    "measure_of_subject",
    "token_at",
    "verb_measures",
]

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
def verb_measures() -> dict[str, str]:
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


def governing_verb(noun: Token) -> Token | None:
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


def token_at(doc: Doc, char: int) -> Token | None:
    """The token of ``doc`` at character offset ``char`` (None when there is none)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def measure_after(doc: Doc, count: Count) -> tuple[str, Token] | None:
    """The measure the noun after the count names ("300 *fighters*", "dozens *of* attacks")."""
    nouns, never, verbs = _measure_table()
    tok = token_at(doc, count.end - 1)
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
                    verb = governing_verb(t)
                    if verb is not None:
                        measure = verb_measures().get(verb.lemma_.lower(), measure)
                        if _departure(verb, t):
                            measure = "surrendered"
                return (harm or measure), t
            if lemma in _people_nouns() or lemma in never:
                harm = _harm_verb(doc, t, verbs)
                if harm is None and lemma in _people_nouns():
                    # "recruited dozens of Tajik nationals", "500 young men joined"
                    verb = governing_verb(t)
                    harm = verb_measures().get(verb.lemma_.lower()) if verb is not None else None
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


def measure_before(
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


def measure_of_subject(doc: Doc, count: Count) -> tuple[str, Token] | None:
    """ "ISWAP fighters now number 3,000", "the militants, who number about 1,200": the
    measure is the subject of a verb of counting (``numbering_verbs``)."""
    nouns = _measure_table()[0]
    verbs = set(load_data("quantity_cues.yaml").get("numbering_verbs") or ())
    v = token_at(doc, count.end - 1)
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
