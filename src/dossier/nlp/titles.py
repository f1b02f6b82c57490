"""``dossier_titles``: person mentions with the titles and ranks that stand before the name.

"Foreign Secretary Philip Hammond", "U.S. Secretary of State John Kerry", "Lt Gen Talib
Shaghati", "Minister for the Middle East Tobias Ellwood" and "Sheikh Abu Omar al-Ansari" are
one mention each; a capitalised office without a name ("the Foreign Secretary", "the UN
Special Envoy") is a person mention too. The spans go to the ``actors`` group
(:mod:`dossier.nlp.mention_group`); ``doc.ents`` keeps the bare name, which is what actor
resolution needs. The title words live in ``data/titles.yaml``.

Each sentence is turned into a string with one class letter per token and a regular
expression finds titled mentions in it:

====  ==========================================================================
``B``  first token of a PERSON entity (``I``: the others)
``T``  a title head word, capitalised ("Secretary", "Gen", "Sheikh")
``M``  a title modifier, capitalised ("Foreign", "Deputy", "Special")
``O``  "of" / "for", joining a title to its office ("Secretary of State")
``D``  "the"
``N``  another capitalised name word (a proper noun, or a token of an ORG/GPE/NORP entity)
``.``  a lone full stop after an abbreviation ("Maj" "." "Gen.")
====  ==========================================================================
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.datafiles import load_yaml
from dossier.nlp.mention_group import ORG, PERSON, add_actor_spans, mention_span
from dossier.nlp.named_actors import common_given_names
from dossier.nlp.unit_names import unit_nouns

_NAME_LABELS = {"ORG", "GPE", "NORP", "LOC", "FAC"}
# prefix (the office's country or body), the title proper, an optional "of"/"for" complement
_TITLE = r"(?:[NM]\.?){0,4}(?:[MT]\.?)*T\.?(?:[MT]\.?)*"
_OFFICE = r"(?:OD?(?:[NMT]\.?){1,5})?"
_PATTERN = re.compile(
    rf"(?P<title>D?{_TITLE}{_OFFICE})"
    rf"(?:(?P<person>BI*)|(?P<name>(?:N\.?){{1,3}})(?![NB])|(?![NBTM]))"
)


@dataclass(frozen=True)
class TitleWords:
    """The title lexicon of ``data/titles.yaml`` (lower-cased, without final full stops)."""

    heads: frozenset[str]
    uppercase_heads: frozenset[str]
    modifiers: frozenset[str]
    connectors: frozenset[str]
    courtesy_only: frozenset[str]
    abbreviations: frozenset[str] = frozenset()  # "Gen", "Brig": written with a full stop
    organisation_ends: frozenset[str] = frozenset()  # "Service": a title opening a body's name


@lru_cache(maxsize=1)
def load_titles() -> TitleWords:
    """Load ``data/titles.yaml`` (cached)."""
    data = load_yaml("titles.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower().rstrip(".") for w in data.get(key) or ())

    return TitleWords(
        heads=words("heads"),
        uppercase_heads=frozenset(str(w) for w in data.get("uppercase_heads") or ()),
        modifiers=words("modifiers"),
        connectors=words("connectors"),
        courtesy_only=words("courtesy_only")
        | frozenset(str(w) for w in data.get("courtesy_only") or ()),
        abbreviations=words("abbreviations"),
        organisation_ends=words("organisation_ends"),
    )


def _key(token: Token) -> str:
    return token.lower_.rstrip(".")


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _after_abbreviation(token: Token, words: TitleWords) -> bool:
    """A full stop split off a short title ("Maj" "."), with more of the sentence after it."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or doc[token.i + 1].is_sent_start:
        return False
    prev = doc[token.i - 1]
    return not prev.whitespace_ and len(prev.text) <= 4 and _key(prev) in words.heads


def token_class(token: Token, words: TitleWords) -> str:
    """The class letter of one token (see the module docstring)."""
    if token.ent_type_ == "PERSON":
        return "B" if token.ent_iob_ == "B" else "I"
    key = _key(token)
    if token.text == "." and _after_abbreviation(token, words):
        return "."
    if token.text in words.uppercase_heads:
        return "T"
    if _capitalised(token) and key in words.heads and not token.is_sent_start:
        return "T"
    if _capitalised(token) and key in words.heads and token.i + 1 < len(token.doc):
        # sentence-initial: a title only when a name, a title word or "of"/"for" follows
        nxt = token.doc[token.i + 1]
        if nxt.text == "." and not token.whitespace_ and nxt.i + 1 < len(token.doc):
            nxt = token.doc[nxt.i + 1]  # "Lt. Col. John Smith"
        joined = _capitalised(nxt) or nxt.lower_ in words.connectors
        return "T" if joined else "x"
    if _capitalised(token) and key in words.modifiers:
        return "M"
    if token.lower_ in words.connectors and not _capitalised(token):
        return "O"
    if token.lower_ == "the":
        return "D"
    if _capitalised(token) and (token.ent_type_ in _NAME_LABELS or token.pos_ == "PROPN"):
        return "N"
    return "x"


def _is_office(span: Span, classes: str, words: TitleWords) -> bool:
    """A title standing alone names a person only when it holds a real office word."""
    heads = [t for t, c in zip(span, classes, strict=True) if c == "T"]
    return any(
        _key(t) not in words.courtesy_only and t.text not in words.courtesy_only for t in heads
    )


def _title_words(doc: Doc, words: TitleWords) -> list[bool]:
    """Per token, whether its word can make it a title ("T" in :func:`token_class` needs its
    text among the upper-case heads or its :func:`_key` among the heads), read off the doc's
    arrays with each distinct word looked up once."""
    strings = doc.vocab.strings
    seen: dict[tuple[int, int], bool] = {}
    out: list[bool] = []
    for orth, lower in doc.to_array([ORTH, LOWER]).tolist():
        hit = seen.get((orth, lower))
        if hit is None:
            hit = seen[(orth, lower)] = (
                strings[orth] in words.uppercase_heads or strings[lower].rstrip(".") in words.heads
            )
        out.append(hit)
    return out


def _unit_noun(token: Token) -> bool:
    """(s21) A capitalised unit noun of ``numbered_units`` ("Division", "Brigades"), which
    ends no personal name."""
    low = token.lower_
    return token.text[:1].isupper() and (low in unit_nouns() or low.rstrip("s") in unit_nouns())


def titled_mentions(doc: Doc, words: TitleWords | None = None) -> list[Span]:
    """The titled person mentions of ``doc``, labelled PERSON, in text order (and, labelled
    ORG, the names of bodies that open with a title word: "the General Security Service")."""
    words = words or load_titles()
    found: list[Span] = []
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    maybe = _title_words(doc, words)
    for sent in sentences:
        if not any(maybe[sent.start : sent.end]):
            continue  # no word of the sentence can be classed "T"
        classes = "".join(token_class(t, words) for t in sent)
        if "T" not in classes:
            continue
        for m in _PATTERN.finditer(classes):
            start, end = sent.start + m.start(), sent.start + m.end()
            if classes[m.start()] == "." or "T" not in m.group("title"):
                continue
            if (m.group("name") and _key(doc[end - 1]) in words.organisation_ends) or (
                m.group("person") and _unit_noun(doc[end - 1])
            ):
                # (s21) "the General Security Service": the title word opens a body's name,
                # which is no person; where the model tagged a person, only a unit's noun
                # ends a body ("the Sultan Murad Division"), as "Court" may end a surname
                # ("Judge Ann Court")
                first = start + next(i for i, c in enumerate(m.group("title")) if c in "TM")
                found.append(Span(doc, first, end, label=ORG))
                continue
            if not m.group("person") and not m.group("name"):
                # a title on its own stands for a person only when it names an office
                title = doc[start:end]
                if not _is_office(title, classes[m.start() : m.end()], words):
                    continue
            span = mention_span(doc, start, end, PERSON)
            if "\n" in span.text:
                continue
            found.append(span)
    return found


@Language.component("dossier_titles")
def add_titled_mentions(doc: Doc) -> Doc:
    """Add titled person mentions to the ``actors`` span group (and a body's name that opens
    with a title word to ``doc.ents`` as one ORG, over the pieces the model made of it)."""
    words = load_titles()
    doc.ents = _people_without_offices(list(doc.ents), words)
    spans = titled_mentions(doc, words)
    bodies = [s for s in spans if s.label_ == ORG]
    if bodies:
        doc.ents = _with_bodies(list(doc.ents), bodies)
    people = [s for s in spans if s.label_ == PERSON]
    if people:
        ents, people = _bodies_before_titles(list(doc.ents), people, words)
        ents = _untagged_names(ents, people, words)
        doc.ents = _without_title_words(ents, people, words)
        spans = [s for s in spans if s.label_ == ORG] + people
    add_actor_spans(doc, spans)
    return doc


def _people_without_offices(ents: list[Span], words: TitleWords) -> list[Span]:
    """(s25) ``ents`` with the model's PERSON entities that run over an office cut back to
    the name: "Kadapa Superintendent" (a place and an office, no name: dropped), "Police
    Ravi Kumar" of "Superintendent of Police Ravi Kumar" (the office's body: "Ravi Kumar"
    kept), so that the title reads as one with its name. An office word that opens the
    entity stays (the title pattern reads it), and so do courtesy titles ("Sheikh") and
    gazetteer names."""
    out: list[Span] = []
    given = common_given_names()
    for e in ents:
        # (s25b) a given name opens a person's name whose surname may be an office's word
        # ("Michael Bishop", "Samuel Judge"): no office to cut
        if e.label_ != PERSON or e.ent_id_ or len(e) < 2 or e[0].lower_ in given:
            out.append(e)
            continue
        doc = e.doc
        cut = e.start
        for i in range(e.start + 1, e.end):
            tok = doc[i]
            if (
                tok.text[:1].isupper()
                and _key(tok) in words.heads
                and _key(tok) not in words.courtesy_only
                and tok.text not in words.courtesy_only
            ):
                cut = i + 1
        if (
            cut < e.end - 2
            and cut > 0
            and _key(doc[cut]) in words.organisation_ends
            and doc[cut - 1].lower_ in words.connectors
        ):
            cut += 1  # the office's body after "of" ("Superintendent of [Police] N")
        if cut == e.start:
            out.append(e)
        elif cut < e.end:
            out.append(Span(doc, cut, e.end, label=PERSON))
    return out


def _untagged_names(ents: list[Span], people: list[Span], words: TitleWords) -> list[Span]:
    """(s25) ``ents`` with the name that ends a titled mention as a PERSON where the model
    tagged none of its words ("Superintendent of Police [Ravi Kumar]"): two or more
    capitalised proper nouns after the title's last word, none of them a title's or a body's
    word, so that the person is read by name."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    title_words = words.heads | words.modifiers | words.organisation_ends | words.connectors
    added: list[Span] = []
    for p in people:
        doc = p.doc
        start = p.end
        while (
            start > p.start + 1
            and doc[start - 1].tag_ == "NNP"
            and doc[start - 1].is_title
            and doc[start - 1].is_alpha
            and start - 1 not in taken
            and _key(doc[start - 1]) not in title_words
        ):
            start -= 1
        if p.end - start >= 2 and _key(doc[start - 1]) in title_words:
            added.append(Span(doc, start, p.end, label=PERSON))
    return sorted(ents + added, key=lambda e: e.start) if added else ents


def _bodies_before_titles(
    ents: list[Span], people: list[Span], words: TitleWords
) -> tuple[list[Span], list[Span]]:
    """(s25) A body's name, a title and a person's name written as one run ("Kenya Police
    Spokesman Jane Doe", which the model takes for one ORG, or for a place, a bare "Police"
    and a PERSON): the body is its own ORG (the capitalised words before the title, ending
    in a body's noun of ``organisation_ends``: "Kenya Police"), the person a PERSON (the
    words after the title), and the person's mention starts at the title. Not a place
    before a title ("Chhattisgarh Home Minister N": no body's noun), nor where a gazetteer
    name is among the words."""
    out_people = list(people)
    for n, person in enumerate(people):
        doc = person.doc
        start = person.start
        while start < person.end and doc[start].lower_ == "the":
            start += 1
        first = next(
            (i for i in range(start + 1, person.end - 1) if _title_token(doc[i], words)), None
        )
        if first is None or _key(doc[first - 1]) not in words.organisation_ends:
            continue
        if not all(doc[i].text[:1].isupper() for i in range(start, first)):
            continue
        if _key(doc[start]) in words.heads | words.modifiers:
            # (s25b) the title opens the run ("Former Police Commissioner N", "Acting Police
            # Spokesman N"): no body is named before it
            continue
        if first - start < 2 or any(_key(doc[i]) in words.modifiers for i in range(start, first)):
            # (s25c) a body's noun alone or after a level word ("Security Secretary N",
            # "Federal Security Secretary N") is part of the office, no body's name: a body
            # is named by a place or a name before its noun ("Kenya Police")
            continue
        last = first
        while last + 1 < person.end - 1 and _title_token(doc[last + 1], words):
            last += 1
        if not all(doc[i].text[:1].isupper() for i in range(last + 1, person.end)):
            continue
        hit = [e for e in ents if e.start < person.end and start < e.end]
        if any(e.ent_id_ or e.start < start or e.end > person.end for e in hit):
            continue
        body = Span(doc, start, first, label=ORG)
        name = Span(doc, last + 1, person.end, label=PERSON)
        ents = sorted([e for e in ents if e not in hit] + [body, name], key=lambda e: e.start)
        out_people[n] = Span(doc, first, person.end, label=PERSON)
    return ents, out_people


def _title_token(token: Token, words: TitleWords) -> bool:
    """(s25) A capitalised title head or modifier ("Spokesman", "Deputy", "Gen.")."""
    key = _key(token)
    return token.text[:1].isupper() and (key in words.heads or key in words.modifiers)


def _without_title_words(ents: list[Span], people: list[Span], words: TitleWords) -> list[Span]:
    """(s24c) ``ents`` with an entity the model ran into a titled person's title cut where
    the title's words begin: the ORG "Interior" of "Interior Minister N" goes, "Chhattisgarh
    Home" of "Chhattisgarh Home Minister N" keeps "Chhattisgarh" (a place, read as such).
    Entities the gazetteer named, people and entities reaching the name are left alone."""
    title_words = words.heads | words.modifiers
    out: list[Span] = []
    for e in ents:
        person = next((p for p in people if p.start < e.end < p.end), None)
        if person is None or e.label_ == PERSON or e.ent_id_:
            out.append(e)
            continue
        cut = e.end
        while cut > max(e.start, person.start) and _key(e.doc[cut - 1]) in title_words:
            cut -= 1
        if cut == e.end:
            out.append(e)
        elif cut > e.start:
            out.append(Span(e.doc, e.start, cut, label=e.label_))
    return out


def _with_bodies(ents: list[Span], bodies: list[Span]) -> list[Span]:
    """``ents`` with each body's name as one ORG entity, unless it would cut an entity the
    gazetteer ruler named or one running past it."""
    for body in bodies:
        hit = [e for e in ents if e.start < body.end and body.start < e.end]
        if any(e.ent_id_ or e.start < body.start or e.end > body.end for e in hit):
            continue
        ents = [e for e in ents if e not in hit] + [body]
    return sorted(ents, key=lambda e: e.start)
