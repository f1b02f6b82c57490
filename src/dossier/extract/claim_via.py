"""The outlet that carried a claim, read from the parse around its reporting verb.

The regular expressions of :func:`dossier.extract.claim_cues.find_via` look at the words
after a cue; this module follows the dependency structure instead, so that every way of
attaching the outlet to the verb is read the same way: a prepositional or agent phrase of the
verb ("told Reuters", "quoted by the state news agency SUNA", "in an interview with Al
Jazeera"), a participle beside it ("..., telling Al Jazeera that C", "Speaking to the BBC, X
said C"), and what carried the words on the way ("in a statement carried by the official news
agency", "in a video circulated on Telegram"). The words it reads are data
(``claim_cues.yaml``: ``structural_via``).

Example::

    parse_via(doc, view, verb, speaker_key)  # "Reuters", "SUNA", "state news agency", None
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.claim_cues import load_cues
from dossier.extract.claim_speakers import misplaced_participle
from dossier.extract.common import SentenceView
from dossier.extract.lexicon import load_data
from dossier.nlp.text import doc_text

__all__ = ["ViaFound", "carrier_nouns", "parse_via"]

# entity types that name no outlet: "told state television Monday", "Cameroon state radio"
_NOT_NAMES = frozenset({"DATE", "TIME", "GPE", "NORP", "LOC", "CARDINAL", "ORDINAL"})
_MAX_DEPTH = 3  # statement → carried → by → agency: deeper chains are no longer the verb's


@dataclass(frozen=True)
class _ViaWords:
    outlet_nouns: frozenset[str]
    platforms: frozenset[str]
    carrier_nouns: frozenset[str]
    carry_verbs: frozenset[str]
    via_preps: frozenset[str]
    speech_participles: frozenset[str]
    addressee_verbs: frozenset[str]
    descriptors: frozenset[str]


@dataclass(frozen=True)
class ViaFound:
    """An outlet found from the parse: its name, and whether it names one (``named``) or
    only a kind of outlet ("state television")."""

    name: str
    named: bool
    carrier: bool = False  # only what carried the words ("a video"), no outlet


@lru_cache(maxsize=1)
def _words() -> _ViaWords:
    data = load_data("claim_cues.yaml")
    sv = data.get("structural_via") or {}

    def lower(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in sv.get(key) or ())

    return _ViaWords(
        outlet_nouns=lower("outlet_nouns"),
        platforms=frozenset(str(w) for w in sv.get("platforms") or ()),
        carrier_nouns=lower("carrier_nouns"),
        carry_verbs=lower("carry_verbs"),
        via_preps=lower("via_preps"),
        speech_participles=lower("speech_participles"),
        addressee_verbs=lower("addressee_verbs"),
        descriptors=frozenset(
            str(w).lower() for w in data.get("outlet_descriptor_modifiers") or ()
        ),
    )


def outlet_nouns() -> frozenset[str]:
    """Heads of a noun phrase that names an outlet ("agency", "broadcaster", "radio")."""
    return _words().outlet_nouns


def carrier_nouns() -> frozenset[str]:
    """Nouns of what carries words ("statement", "video", "interview")."""
    return _words().carrier_nouns


def _phrase(tok: Token) -> list[Token]:
    """The noun phrase of ``tok`` without what follows it as a clause or a preposition
    ("the state news agency SUNA", not "... that C")."""
    keep = {tok.i}
    for child in tok.children:
        if child.dep_ in ("prep", "acl", "relcl", "punct", "cc", "conj", "advcl", "ccomp"):
            continue
        if child.dep_ == "appos" and not all(t.pos_ == "PROPN" for t in child.subtree):
            continue  # "the agency, a state body": a description, not the name
        keep.update(t.i for t in child.subtree)
    doc = tok.doc
    lo, hi = min(keep), max(keep)
    # "the state news agency SUNA", parsed with SUNA apart: capitalised words right after
    # the phrase's head still name it
    while (
        hi + 1 < len(doc)
        and hi == tok.i
        and doc[hi + 1].text[:1].isupper()
        and doc[hi + 1].ent_type_ not in _NOT_NAMES
        and not doc[hi + 1].is_sent_start
    ):
        hi += 1
        keep.add(hi)
    return [doc[i] for i in range(lo, hi + 1) if doc[i].text not in '()"“”']


def _proper_part(toks: list[Token], words: _ViaWords) -> str | None:
    """The proper name inside an outlet phrase ("state broadcaster RTN" → RTN, "the Daily
    Trust newspaper" → Daily Trust); descriptors ("state", "Kurdish") are no name."""
    owner = {d.i for t in toks if t.dep_ == "poss" for d in t.subtree}
    runs: list[list[Token]] = []
    run: list[Token] = []
    for t in toks:
        # "Cameroon's state broadcaster CRTV": the owner is no part of the outlet's name;
        # "Nigerian state television": an adjective of origin names none
        capital = t.text[:1].isupper() and (
            t.pos_ == "PROPN" or (t.text.isupper() and len(t.text) > 1)
        )
        if run and t.text in ("-", "–") and not run[-1].whitespace_:
            run.append(t)  # "Pan-African Wire": the hyphen joins the name
            continue
        if (
            capital
            and t.i not in owner
            and t.ent_type_ not in _NOT_NAMES
            and t.lower_ not in words.descriptors
            and t.lower_ not in words.outlet_nouns
        ):
            run.append(t)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    if not runs:
        return None
    # "Cameroon state broadcaster CRTV": the name after the outlet noun is the outlet's
    after = [
        r
        for r in runs
        if any(t.i > o.i and o.lower_ in words.outlet_nouns for o in toks for t in r)
    ]
    best = after[-1] if after else runs[0]
    while best and best[-1].text in ("-", "–"):
        best = best[:-1]
    return "".join(t.text_with_ws for t in best).strip() or None


def _outlet_of(doc: Doc, view: SentenceView, tok: Token, words: _ViaWords) -> ViaFound | None:
    """The outlet a noun names: a known outlet, a media actor, a platform, or an outlet noun
    with or without a proper name."""
    toks = _phrase(tok)
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = doc_text(doc)[start:end]
    for pattern, name in load_cues().outlets:
        if pattern.search(text):
            return ViaFound(name, True)
    for slot in view.slots:
        if (
            slot.kind == "actor"
            and slot.actor_type == "media"
            and slot.start < end
            and start < slot.end
        ):
            if slot.key and not slot.key.startswith("new:"):
                return ViaFound(slot.key, True)  # a media actor of the gazetteer, as find_via
            name = re.sub(r"^(?:the|The)\s+|\s*\([^()]*\)$", "", slot.text)
            return ViaFound(re.sub(r"\s+(?:news\s+)?agency$", "", name, flags=re.I), True)
    for t in toks:
        if t.text in words.platforms and t.pos_ == "PROPN":
            # "Twitter" goes by the channel's name ("X"), as the channels list has it
            canonical = next((n for p, n in load_cues().channels if p.match(t.text)), t.text)
            return ViaFound(canonical, True)
    carried = _carried_name(tok, toks, words)
    if carried is not None:
        return ViaFound(carried, True)
    heads = {tok.lower_, tok.lemma_.lower()}
    compound = " ".join(t.lower_ for t in toks if t.dep_ == "compound" and t.head == tok)
    if compound:
        heads.add(f"{compound} {tok.lower_}")
    head_is_outlet = bool(heads & words.outlet_nouns)
    # "told local radio station DXMS": the name after the outlet noun heads the phrase
    noun_inside = any(
        t.lower_ in words.outlet_nouns and t.head == tok and t.dep_ == "compound" for t in toks
    )
    if not head_is_outlet and not noun_inside:
        return None
    proper = _proper_part(toks, words)
    if proper is not None:
        return ViaFound(proper, True)
    if not head_is_outlet and tok.lemma_.lower() in words.carrier_nouns:
        # "in a radio interview", "in a television address": what carried the words is
        # named only by its kind of outlet
        kind = [t for t in toks if t.lower_ in words.outlet_nouns and t.head == tok]
        return ViaFound(kind[-1].text, False) if kind else None
    if not head_is_outlet or tok.pos_ != "NOUN":
        return None
    generic = [t for t in toks if t.dep_ not in ("det", "poss", "case") and t.pos_ != "DET"]
    if not generic or any(t.pos_ == "PRON" for t in generic):
        return None
    return ViaFound(" ".join(t.text for t in generic), False)


def _carried_name(tok: Token, toks: list[Token], words: _ViaWords) -> str | None:
    """(s18) The proper name that is the agent of a verb of carrying words ("carried by the
    state-run Global New Light of Myanmar"), with its "of" part: the outlet, though no list
    knows it."""
    if tok.pos_ != "PROPN" or tok.head.dep_ != "agent":
        return None
    # (s18) verbs whose agent is the outlet whatever its name ("a statement carried by the
    # state-run Global New Light of Myanmar", "published by Kashmir Observer")
    if tok.head.head.lemma_.lower() not in load_cues().strong_carry_verbs:
        return None
    name = _proper_part(toks, words)
    if name is None:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        pobj = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if pobj and all(t.text[:1].isupper() for t in pobj[0].subtree if not t.is_punct):
            lo, hi = pobj[0].left_edge.idx, pobj[0].right_edge.idx + len(pobj[0].right_edge)
            name = f"{name} of {doc_text(tok.doc)[lo:hi]}"
    return name


def _objects(tok: Token, words: _ViaWords) -> Iterator[Token]:
    """The nouns a prepositional, agent or object phrase of ``tok`` leads to."""
    for child in tok.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in words.via_preps):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from (c for c in obj.children if c.dep_ == "conj")


def _walk(
    doc: Doc, view: SentenceView, noun: Token, words: _ViaWords, depth: int
) -> Iterator[ViaFound]:
    found = _outlet_of(doc, view, noun, words)
    if found is not None:
        yield found
        return
    if depth >= _MAX_DEPTH or noun.lemma_.lower() not in words.carrier_nouns:
        return
    # "a statement carried by X", "an interview with X", "a video posted on X"
    for obj in _objects(noun, words):
        yield from _walk(doc, view, obj, words, depth + 1)
    for acl in noun.children:
        if acl.dep_ in ("acl", "relcl") and acl.lemma_.lower() in words.carry_verbs:
            for obj in _objects(acl, words):
                yield from _walk(doc, view, obj, words, depth + 1)
    # "said in the clip": with no outlet behind it, the channel it names ("a video")
    for pattern, name in load_cues().channels:
        if not name[:1].isupper() and pattern.match(f"a {noun.lower_}"):
            yield ViaFound(name, False, carrier=True)
            break


def _starts(verb: Token, words: _ViaWords) -> list[Token]:
    """The verb, the participles beside it that say how the words were given ("telling X",
    "speaking to X"), and the verb quoting it ("was quoted in a video ... vowing C")."""
    out = [verb]
    # "X denied that C, telling Reuters that D", parsed with "telling" inside C
    out.extend(t for t in verb.subtree if t is not verb and misplaced_participle(t) == verb)
    for child in verb.children:
        if (
            child.dep_ in ("advcl", "conj", "xcomp")
            and child.lemma_.lower() in words.speech_participles
            and child.tag_ in ("VBG", "VBN")
        ):
            out.append(child)
    v = verb
    for _ in range(2):
        if v.dep_ in ("advcl", "conj", "pcomp", "xcomp") and v.head != v:
            v = v.head
            if v.dep_ == "prep" and v.lower_ == "as" and v.head != v:
                v = v.head  # "quoted by X as saying C"
            if v.lemma_.lower() in words.speech_participles:
                out.append(v)
        elif v.dep_ == "acl" and v.head.lemma_.lower() in words.carrier_nouns:
            out.append(v.head)  # "in a video circulated on X vowing C": the video carried it
            v = v.head
        else:
            break
    return out


def parse_via(
    doc: Doc, view: SentenceView, verb: Token, speaker_key: str | None = None
) -> ViaFound | None:
    """The outlet that carried what ``verb`` reports, from the parse around it: a named
    outlet first, else a generic one ("the official news agency"); the speaker itself, or
    an outlet named inside what was said, is never the claim's outlet."""
    words = _words()
    found: list[ViaFound] = []
    for start in _starts(verb, words):
        nouns: list[Token] = []
        if start.pos_ in ("NOUN", "PROPN"):
            nouns.append(start)
        else:
            nouns.extend(_objects(start, words))
            if start.lemma_.lower() in words.addressee_verbs:
                nouns.extend(c for c in start.children if c.dep_ in ("dobj", "dative", "obj"))
        for noun in nouns:
            found.extend(_walk(doc, view, noun, words, 0))
    found = [f for f in found if f.name != speaker_key and f.name.lower() != (speaker_key or "")]
    found.sort(key=lambda f: (not f.named, f.carrier))
    return next(iter(found), None)
