"""Relations between actors, and between actors and places, each anchored in its sentence.

Every relation comes from a sentence that states it; nothing is inferred from the gazetteer
alone. The steps:

1. each sentence becomes a :class:`~dossier.extract.common.SentenceView`, its actor and
   place mentions replaced by slots;
2. the surface patterns of ``data/extract/relation_patterns.yaml`` ("X, a branch of Y",
   "clashes between X and Y", "leader of Y P", "X has bases in P", ...) are matched on it;
   "it"/"its"/"the group" are resolved to the actor named just before (never to the subject
   of the verb they are the object of: "the Taliban allow the group to operate camps"), and
   "this branch of Y" to the actor whose gazetteer parent is Y; a pledge to a person is one to
   the group that person leads ("pledged allegiance to Abu Bakr al-Baghdadi");
3. a person's organisation found by actor resolution (``Actor.member_of``) becomes
   ``member_of``/``leader_of`` only where a sentence names both with a role word between;
4. each relation gets a certainty: ``negated`` (a negation inside the match), ``hedged``
   (an epistemic hedge inside it), ``reported`` (inside an attributed claim, or marked
   "reportedly"; or as a pattern says: "accused X of arming Y"), else ``asserted``; and a
   period when a date is attached to the match, or a period phrase follows it ("split from Y
   after the 2016 peace agreement", "led by X until his death in May 2021"), with the end of
   its range ("from August 2020 to August 2021"); of two statements of one relation, the one
   with a period is kept;
5. a successor ("his successor, Y"; "Y, who succeeded X"; "the group named Y as his
   successor") leads what the document says the predecessor led, else the organisation the
   predecessor belongs to where the document names it; the body that names a leader ("the
   group named Y as its new emir") is what he leads;
6. (s17) what the parse links and no pattern read in that sentence
   (:mod:`~dossier.extract.relation_structure`): the structure between two mentions
   (apposition, copula, compound title, hyphenated participle, verb and its object, a noun
   of a tie) typed by its head word (``data/extract/relation_heads.yaml``), and no
   relation stated only inside a condition ("If X joined forces with Y, ..."); the parse's
   reading of a sentence corrects the patterns' relation of the same pair and predicate
   there (negated, only possible: dropped, ended: its period);
7. a relation of a type with a ``broader`` type in the ontology states that one too: a
   branch ("X, the West Africa branch of Y": ``branch_of``) is an ``affiliate_of``;
8. (relB, s23) the mergers the parse shows (:mod:`~dossier.extract.relation_verbs`: "X
   was formed by merging A, B and C", "A merged with B to form X": each member
   ``merged_into`` X, neither into the other), and no relation of an unnamed party (the
   unidentified group a country's "gangs" or "armed men" resolve to);
9. (relB, s24) what a clause's parse states that no reader before read in that sentence
   (:func:`~dossier.extract.relation_verbs.clause_relations`): splits ("X, an Y-aligned
   faction that broke away from Z", "X presents itself as a breakaway faction of Z"),
   lineage ("X, the former Y", "X, which replaced Y"), support and blame in the passive
   ("A, B and C, all of which are funded by Y", "X, armed and paid by Y", "X is accused by
   A and by B of arming Z"), blame by other verbs ("X held Y responsible", "X alleged that
   Y ..."), alliances the sides announce together ("X and Y announced an alliance") and
   places held named by a relative clause ("P, a town that X has controlled since 2014").

This module runs the stage and drops duplicates; the patterns are compiled by
:mod:`~dossier.extract.relation_patterns` and applied by
:mod:`~dossier.extract.relation_matcher` (with :mod:`~dossier.extract.relation_slots`,
:mod:`~dossier.extract.relation_certainty` and :mod:`~dossier.extract.relation_periods`),
and step 3 is :mod:`~dossier.extract.relation_memberships`.

Example::

    rels = extract_relations(doc, actors, places, timexes)
    [(r.subject, r.predicate, r.object_actor) for r in rels]
    # [('jnim', 'affiliate_of', 'al_qaeda'), ...]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from dossier.extract.claims import extract_claims
from dossier.extract.common import sentence_views
from dossier.extract.quantities import extract_quantities
from dossier.extract.relation_matcher import PLACE_PREDICATES as PLACE_PREDICATES
from dossier.extract.relation_matcher import RelationMatcher
from dossier.extract.relation_memberships import (
    backers_in_names,
    led_group,
    stated_memberships,
    titled_memberships,
)
from dossier.extract.relation_modality import clause_checked
from dossier.extract.relation_patterns import RelationPattern as RelationPattern
from dossier.extract.relation_patterns import load_patterns
from dossier.extract.relation_slots import no_fighting_party, reads_as_name
from dossier.extract.relation_strengths import strength_relations
from dossier.extract.relation_structure import (
    correct_read,
    drop_across_clauses,
    drop_conditional,
    structural_relations,
)
from dossier.extract.relation_verbs import clause_relations, merger_relations
from dossier.ontology import load_ontology
from dossier.records import Actor, Claim, PlaceMention, Quantity, Relation, Timex
from dossier.resolve.unidentified import is_unidentified_key

__all__ = ["extract_relations"]

# the name tests knew it by before the split
_reads_as_name = reads_as_name


def _dedupe(relations: Sequence[Relation]) -> list[Relation]:
    symmetric = {t.id for t in load_ontology().relation_types.values() if t.symmetric}
    # "Qasem Soleimani, the commander of the Quds Force": a leader is no mere member
    leaders = {
        (r.subject, r.object_actor)
        for r in relations
        if r.predicate == "leader_of" and r.certainty != "negated"
    }
    seen: dict[tuple[object, ...], int] = {}
    out: list[Relation] = []
    for r in relations:
        if r.predicate == "member_of" and (r.subject, r.object_actor) in leaders:
            continue
        obj: object = r.object_actor
        if r.object_place is not None:
            place = r.object_place.place
            obj = (place.geonames_id or place.name) if place else r.object_place.text
        pair: object = (r.subject, obj)
        if r.predicate in symmetric:
            pair = frozenset((r.subject, str(obj)))
        key = (r.predicate, pair, r.certainty)
        if key in seen:
            # "Its current emir, X, has led the group since June 2018": the statement
            # with a period says more than the one without
            at = seen[key]
            if out[at].period is None and r.period is not None:
                out[at] = r
            continue
        seen[key] = len(out)
        out.append(r)
    return out


def _broader(relations: Sequence[Relation]) -> list[Relation]:
    """The relation of the broader type each relation also states (the ontology's
    ``broader``): "X, the West Africa branch of Y" is a branch, hence an affiliate."""
    types = load_ontology().relation_types
    out = []
    for r in relations:
        broader = types[r.predicate].broader if r.predicate in types else None
        if broader is not None:
            out.append(replace(r, predicate=broader))
    return out


def _led_group_for_person(relations: Sequence[Relation], kinds: dict[str, str]) -> list[Relation]:
    """A relation the ontology gives organisations only, read with a person as subject
    ("The RSF, ... established under X, also seized P": X "controls" P), is the group's
    the document says he leads now (:func:`led_group`); kept as read where it names none,
    or more than one, or only a past lead."""
    types = load_ontology().relation_types
    led = led_group(relations)
    out = []
    for r in relations:
        rtype = types.get(r.predicate)
        if (
            rtype is not None
            and kinds.get(r.subject) == "person"
            and not {"person", "actor"} & set(rtype.subject)
            and led.get(r.subject) not in (None, r.object_actor)
        ):
            r = replace(r, subject=led[r.subject])
        out.append(r)
    return out


def _drop_non_party_foes(relations: Sequence[Relation], actors: Sequence[Actor]) -> list[Relation]:
    """(rel, s21) No ``hostile_to`` with a body that is no fighting party ("ISWAP attacked a
    UNHCR office": a crime against the agency, no war with it), whichever reader found it;
    a peacekeeping mission's foes stay (:func:`no_fighting_party`)."""
    unarmed = {a.key for a in actors if no_fighting_party(a.type, a.name)}
    return [
        r
        for r in relations
        if r.predicate != "hostile_to" or not {r.subject, r.object_actor} & unarmed
    ]


def _drop_partner_mergers(
    relations: Sequence[Relation], mergers: Sequence[Relation]
) -> list[Relation]:
    """(relB, s23) No ``merged_into`` between two members of one merger of that sentence
    ("A merged with B to form X": both went into X, A not into B)."""
    members: dict[tuple[int, str | None], set[str]] = {}
    for m in mergers:
        members.setdefault((m.anchor.start, m.object_actor), set()).add(m.subject)
    return [
        r
        for r in relations
        if r.predicate != "merged_into"
        or not any(
            at == r.anchor.start and {r.subject, str(r.object_actor)} <= group
            for (at, _), group in members.items()
        )
    ]


def _drop_unnamed(relations: Sequence[Relation]) -> list[Relation]:
    """(relB, s23) No relation of an unnamed party ("P has been in the hands of gangs for a
    year", "X leads a band of armed men"): the unidentified group of a country stands
    for whoever the text did not name, and an analyst files no tie or territory under it
    (the events' relations skip it too, :mod:`~dossier.extract.relation_events`)."""
    return [
        r
        for r in relations
        if not is_unidentified_key(r.subject)
        and (r.object_actor is None or not is_unidentified_key(r.object_actor))
    ]


def _unread(found: Sequence[Relation], clauses: Sequence[Relation]) -> list[Relation]:
    """(relB, s24) The clause readers' relations that no reader before them stated in that
    sentence, whatever its certainty (a pattern's hedge or negation is the better read)."""

    def key(r: Relation) -> tuple[object, ...]:
        place = r.object_place.place if r.object_place is not None else None
        obj = r.object_actor or (place.name if place else None)
        return (r.subject, r.predicate, obj, r.anchor.start)

    seen = {key(r) for r in found}
    return [r for r in clauses if key(r) not in seen]


def extract_relations(
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[PlaceMention],
    timexes: Sequence[Timex],
    claims: Sequence[Claim] | None = None,
    quantities: Sequence[Quantity] | None = None,
) -> list[Relation]:
    """Relations the document states, one per (subject, predicate, object, certainty).

    :param doc: the parsed document (its text is the cleaned text all offsets index).
    :param actors: the document's resolved actors (their mentions give the slots).
    :param places: the document's place mentions.
    :param timexes: the document's temporal expressions (for periods).
    :param claims: the document's claims when already extracted (a relation inside one is
        ``reported``); extracted here when not given.
    :param quantities: the document's quantities when already extracted (the places of a
        group's strength estimate); extracted here when not given.
    :returns: relations in text order, each anchored in the sentence that states it.
    """
    views = sentence_views(doc, actors, places)
    if claims is None:
        claims = extract_claims(doc, actors, places)
    claim_spans = [(c.start, c.end) for c in claims]
    matcher = RelationMatcher(doc, views, actors, claim_spans, timexes)
    found = matcher.run(load_patterns())
    # a membership a pattern already read in the same sentence keeps the pattern's certainty
    # and period ("X was named as the new emir of Y, according to local sources": reported)
    read = {(r.subject, r.predicate, r.object_actor, r.anchor.start) for r in found}
    found.extend(
        r
        for r in stated_memberships(doc, views, actors)
        if (r.subject, r.predicate, r.object_actor, r.anchor.start) not in read
    )
    # (rel, s21) "Army spokesman Captain N": a bare force noun in a title; only for a person
    # no other reading gave an organisation in that sentence
    placed = {
        (r.subject, r.anchor.start) for r in found if r.predicate in ("member_of", "leader_of")
    }
    found.extend(
        r
        for r in titled_memberships(doc, views, actors)
        if (r.subject, r.anchor.start) not in placed
    )
    found.extend(backers_in_names(views, actors))
    found.extend(matcher.successor_relations(found))
    found.extend(matcher.led_group_relations(found))
    # (rel, s17) what the parse links and no pattern read: "X, the armed wing of Y",
    # "Y-backed X", "X pledged allegiance to Y" in wordings the patterns do not know
    reading = structural_relations(doc, views, claim_spans, timexes, found, actors)
    found = correct_read(found, reading)
    found.extend(reading.relations)
    # (relB, s23) "X was formed by merging A, B and C", "A and B merged to form X"; "A
    # merged with B to form X" merges neither into the other
    mergers = merger_relations(doc, views, claim_spans)
    found = _drop_partner_mergers(found, mergers)
    found.extend(mergers)
    # (relB, s24) what a clause's parse states where no pattern's wording matched: "X, an
    # Y-aligned faction that broke away from Z", "all of which are supported by Y", "P, a
    # town that X has controlled since 2014"
    found.extend(_unread(found, clause_relations(doc, views, claim_spans)))
    # (relB, s25) "between 4,000 and 6,000 fighters, operating in P1 and P2": the places
    # of a group's strength estimate are its area of operations
    if quantities is None:
        quantities = extract_quantities(doc, actors, timexes)
    found.extend(
        _unread(found, strength_relations(doc, views, actors, places, quantities, claim_spans))
    )
    found.extend(_broader(found))
    # (rel, s17) "If X joined forces with Y, ...": a condition states no relation
    found = drop_conditional(doc, views, found)
    # (relA, s24) "Blaming X, the army's media wing, the ISPR, said", "X killed ten in P, a
    # spokesman, N, said": no apposition's or title's tie across the clause boundary
    found = drop_across_clauses(doc, views, found)
    # (rel2, s22c) "analysts warn X could recruit in P", "Who runs X?", "the ministry said
    # they are linked to Y", "ties to X's affiliate Y": what the clause does not state
    found = clause_checked(doc, views, found)
    # (rel, s17) a person controls no town: the group he leads does
    found = _led_group_for_person(found, {a.key: a.type for a in actors})
    found = _drop_non_party_foes(found, actors)
    found = _drop_unnamed(found)
    found.sort(key=lambda r: (r.anchor.start, r.predicate))
    return _dedupe(found)
