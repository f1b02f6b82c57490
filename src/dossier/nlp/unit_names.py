"""``dossier_unit_names``: units and armed groups named by their number, in ``doc.ents``.

"the 33rd Front", "the 5th Brigade", "Fifth Division": the small English model tags the
ordinal ORDINAL and the head noun anything or nothing ("33rd" ORDINAL, "Battalion" PERSON,
"Front of the" ORG). A capitalised ordinal before a capitalised unit noun
(``numbered_units`` in ``data/nominals.yaml``) becomes one ORG entity, replacing the entities
it overlaps, unless an ORG entity already holds both words as its name. Entities from the
actor gazetteer (with an ``ent_id_``) are never touched.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.datafiles import load_yaml

_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


@lru_cache(maxsize=1)
def unit_nouns() -> frozenset[str]:
    """The unit nouns of ``data/nominals.yaml`` (lower case)."""
    return frozenset(str(w).lower() for w in load_yaml("nominals.yaml")["numbered_units"])


def is_ordinal(token: Token) -> bool:
    """A written ordinal: "33rd", "1st", "Fifth" (not "33" or "five")."""
    return (
        token.like_num
        and token.lower_.endswith(_ORDINAL_ENDINGS)
        and (token.text[:1].isdigit() or token.text[:1].isupper())
    )


def is_numbered_unit(span: Span) -> bool:
    """``span`` is an ordinal and a unit noun, with or without "the": "the 33rd Front"."""
    words = [t for t in span if t.lower_ != "the"]
    return (
        2 <= len(words) <= 4
        and is_ordinal(words[0])
        and words[-1].lower_ in unit_nouns()
        # "the 103rd Infantry Brigade": branch words between number and unit noun
        and all(t.is_alpha and t.text[:1].isupper() for t in words[1:])
    )


def _holding_org(doc: Doc, tok: Token, head: Token) -> Span | None:
    """The ORG entity that holds both words, if any."""
    if not (tok.ent_type_ == "ORG" and head.ent_type_ == "ORG" and head.ent_iob_ == "I"):
        return None
    return next((e for e in doc.ents if e.start <= tok.i and head.i < e.end), None)


def numbered_units(doc: Doc) -> list[Span]:
    """The ordinal + unit noun pairs of ``doc`` that no ORG entity holds as its name: alone,
    or with an entity that runs on past the unit noun into other words ("the 36th Front for
    the ambush"), but not one whose name goes on ("the 5th Brigade of the Colombian Army")."""
    nouns = unit_nouns()
    found: list[Span] = []
    for tok in doc[:-1]:
        head = doc[tok.i + 1]
        if not (is_ordinal(tok) and head.lower_ in nouns and head.text[:1].isupper()):
            continue
        org = _holding_org(doc, tok, head)
        if org is not None:
            rest = doc[head.i + 1] if head.i + 1 < org.end else None
            if rest is None or rest.lower_ == "of" or rest.text[:1].isupper():
                continue
            found.append(Span(doc, min(org.start, tok.i), head.i + 1, label="ORG"))
            continue
        found.append(Span(doc, tok.i, tok.i + 2, label="ORG"))
    return found


def with_unit_names(doc: Doc) -> list[Span]:
    """``doc.ents`` with the numbered units in, and what they overlapped out (unless that
    came from the actor gazetteer, which then wins)."""
    ents = list(doc.ents)
    for unit in numbered_units(doc):
        overlapping = [e for e in ents if e.start < unit.end and unit.start < e.end]
        if any(e.ent_id_ for e in overlapping):
            continue
        ents = [e for e in ents if e not in overlapping] + [unit]
    return sorted(ents, key=lambda e: e.start)


@Language.component("dossier_unit_names")
def add_unit_names(doc: Doc) -> Doc:
    """Make the numbered units of ``doc`` ORG entities."""
    doc.ents = with_unit_names(doc)
    return doc
