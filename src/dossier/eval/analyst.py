"""``dossier eval analyst``: score Dossier against analyst-coded reports (``*.gold.yaml``).

Gold items are tied to Dossier's output by text position: a gold quote is located in the
cleaned text (letters and digits only, see :mod:`dossier.eval.analyst_gold`) and a predicted item
matches when its anchor overlaps it. Actors are tied by normalised names. Each section counts
what it needs into a :class:`collections.Counter`, so totals are plain sums over reports.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from dossier.eval.analyst_gold import (
    PREDICATES,
    Gold,
    GoldClaim,
    GoldEvent,
    GoldQuantity,
    NormText,
    any_overlap,
    find_quote,
    norm_name,
    norm_text,
)
from dossier.records import Claim, Document, Event, PlaceMention, Quantity, Relation

Span = tuple[int, int]

ROLE_GROUPS = {
    "initiator": "doer",
    "perpetrator": "doer",
    "target": "undergoer",
    "recipient": "undergoer",
    "victim": "undergoer",
    "mediator": "mediator",
}
# lenient relation classes: predicates an analyst would accept for one another
LENIENT_CLASSES = {
    "affiliate_of": "affiliated",
    "branch_of": "affiliated",
    "member_of": "affiliated",
    "supports": "supports_or_allied",
    "allied_with": "supports_or_allied",
}
# the gold writes relations with these predicates; Dossier's others are their inverses (read
# from the ontology). formed_from is in the gold vocabulary too, but merged_into is kept as the
# one spelling of that pair so that both sides compare.
CANONICAL = PREDICATES - {"formed_from"}
# the actor type of a person, in the gold and in Dossier's output alike
PERSON = "person"
# measures that are no head count (money, shares, durations): "fewer than N" does not apply
NOT_COUNTS = frozenset(
    {"funding", "ransom", "reward", "oil_output", "probability", "territory_share", "duration"}
)


@dataclass
class ReportScore:
    """The counts of one report (summed into the total) and the lines ``--details`` prints."""

    name: str
    counts: Counter[str] = field(default_factory=Counter)
    details: list[str] = field(default_factory=list)


# -- actors -----------------------------------------------------------------------------------


@cache
def _title_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Head words (honorifics, religious titles, ranks, offices), modifiers and capitals-only
    heads of Dossier's own title lexicon (``data/titles.yaml``)."""
    from dossier.nlp.titles import load_titles

    t = load_titles()
    return t.heads | t.abbreviations, t.modifiers, t.uppercase_heads


def strip_titles(name: str) -> list[str]:
    """The words of a person's name after its leading titles ("Grand Ayatollah Ali al-Sistani"
    -> Ali al-Sistani, "Maj. Gen. Ali" -> Ali): the leading run of title words, cut after
    its last head word; a name is never stripped to nothing."""
    heads, modifiers, upper = _title_words()
    words = name.split()
    cut = 0
    for i, w in enumerate(words[:-1]):
        key = w.lower().rstrip(".,")
        if w.rstrip(",") in upper or key in heads:
            cut = i + 1
        elif not (key in modifiers or key == "the"):
            break
    return words[cut:]


def _person_alias_hit(names: Iterable[str], gold_aliases: Iterable[str]) -> bool:
    """A predicted name equals a gold alias once both lose their leading titles, or a gold
    alias of two or more words is a word suffix of a predicted name ("Ayuk Tabe" in
    "Julius Ayuk Tabe")."""
    for alias in gold_aliases:
        words = strip_titles(alias)
        g = norm_name(" ".join(words))
        if not g:
            continue
        for n in names:
            if norm_name(" ".join(strip_titles(n))) == g:
                return True
            if len(words) >= 2 and f" {norm_name(n)}".endswith(f" {g}"):
                return True
    return False


def align_actors(doc: Document, gold: Gold, score: ReportScore) -> dict[str, str]:
    """Map each predicted actor key to the gold actor sharing most normalised names.

    A person (a person on either side) that shares no name with any gold actor is aligned by
    its name without titles, or by a gold alias ending its name (:func:`_person_alias_hit`);
    never an organisation ("Security Bureau" is not "Peace and Security Bureau").
    """
    gold_names = [{norm_name(n) for n in a.names} - {""} for a in gold.actors]
    mapping: dict[str, str] = {}
    for actor in doc.actors:
        names = {norm_name(n) for n in (actor.name, *actor.aliases)} - {""}
        best, best_n = None, 0
        for g, gn in zip(gold.actors, gold_names, strict=True):
            n = len(names & gn)
            if n > best_n:  # strict: ties keep the first gold actor
                best, best_n = g.id, n
        if best is None:
            own = [actor.name, *actor.aliases]
            best = next(
                (
                    g.id
                    for g in gold.actors
                    if PERSON in (actor.type, g.type) and _person_alias_hit(own, g.names)
                ),
                None,
            )
        if best is None:
            score.details.append(f"actor unaligned: {actor.name} ({actor.key})")
        else:
            mapping[actor.key] = best
    found = set(mapping.values())
    c = score.counts
    c["actors_gold"] += len(gold.actors)
    c["actors_found"] += len(found)
    c["actors_pred"] += len(doc.actors)
    c["actors_aligned"] += len(mapping)
    c["actors_dup"] += len(mapping) - len(found)
    for g in gold.actors:
        if g.id not in found:
            score.details.append(f"actor missed: {g.id} {list(g.names)}")
    return mapping


# -- shared helpers ---------------------------------------------------------------------------


def place_names(p: PlaceMention | None) -> list[str]:
    if p is None:
        return []
    names = [p.text] + ([p.place.name] if p.place is not None else [])
    return [n for n in (norm_name(x) for x in names) if n]


def place_matches(predicted: list[str], gold: Iterable[str]) -> bool:
    """Equal normalised names, or one containing the other as whole words."""
    for g in (norm_name(x) for x in gold):
        for p in predicted:
            if g and (p == g or f" {g} " in f" {p} " or f" {p} " in f" {g} "):
                return True
    return False


def greedy(pairs: list[tuple[tuple[Any, ...], int, int]]) -> dict[int, int]:
    """One-to-one assignment: ``pairs`` of (sort key, predicted, gold), best key first."""
    used_p: dict[int, int] = {}
    used_g: set[int] = set()
    for _, p, g in sorted(pairs, key=lambda x: x[0]):
        if p not in used_p and g not in used_g:
            used_p[p] = g
            used_g.add(g)
    return used_p


def short(text: str, n: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


# -- events -----------------------------------------------------------------------------------


def event_fields(p: Event, g: GoldEvent, actors: dict[str, str]) -> dict[str, bool | None]:
    """Each field right (True), wrong (False) or not scored (None, the gold does not state it)."""
    f: dict[str, bool | None] = {"type": p.type == g.type or p.type in g.alt_types}
    f["date"] = (
        None if g.date is None else (p.date is not None and _same_date(p.date.value, g.date))
    )
    f["place"] = None if g.place is None else place_matches(place_names(p.place), g.place)
    # the actors field compares role classes (doer, undergoer, mediator): the golds use the
    # labels within a class interchangeably; the exact labels count in the strict role table
    gold_roles = {(r.actor, ROLE_GROUPS.get(r.role, r.role)) for r in g.actors}
    pred_roles = {
        (actors.get(a.actor, "?" + a.actor), ROLE_GROUPS.get(a.role, a.role)) for a in p.actors
    }
    f["actors"] = None if not gold_roles else gold_roles <= pred_roles
    if g.fatalities is None:
        f["fatalities"] = None
    else:
        low, high = g.fatalities
        got = None
        if p.fatalities is not None:
            got = p.fatalities.best if p.fatalities.best is not None else p.fatalities.low
        if (
            got is None
            and p.fatalities is not None
            and fewer_than(None, p.fatalities.high, low, high)
        ):
            f["fatalities"] = True
        elif got is None:
            f["fatalities"] = low == 0 and high == 0
        else:
            f["fatalities"] = low <= got and (high is None or got <= high)
    f["modality"] = p.modality == g.modality
    return f


def _role_counts(p: Event, g: GoldEvent, actors: dict[str, str], c: Counter[str]) -> bool:
    gold = {(r.actor, r.role) for r in g.actors}
    pred = {(actors.get(a.actor, "?" + a.actor), a.role) for a in p.actors}
    for name, gs, ps in (
        ("strict", gold, pred),
        (
            "lenient",
            {(a, ROLE_GROUPS[r]) for a, r in gold},
            {(a, ROLE_GROUPS.get(r, r)) for a, r in pred},
        ),
    ):
        c[f"roles_{name}_tp"] += len(gs & ps)
        c[f"roles_{name}_gold"] += len(gs)
        c[f"roles_{name}_pred"] += len(ps)
    return gold <= pred


def score_events(
    doc: Document, gold: Gold, norm: NormText, actors: dict[str, str], score: ReportScore
) -> None:
    c, out = score.counts, score.details
    spans = [[s for q in g.quotes for s in find_quote(norm, q)] for g in gold.events]
    non_spans = [s for n in gold.non_events for s in find_quote(norm, n.quote)]
    preds = list(doc.events)
    pairs = []
    fields: dict[tuple[int, int], dict[str, bool | None]] = {}
    for i, p in enumerate(preds):
        ps = [(p.anchor.start, p.anchor.end)]
        on = [j for j in range(len(gold.events)) if any_overlap(ps, spans[j])]
        for j in on:
            fields[i, j] = event_fields(p, gold.events[j], actors)
        # an output stands for the gold event on its text that agrees best, type first and
        # then actors: it pairs with a required one only where no optional one agrees better
        # (such an output takes the optional event below, and the required one is missed)
        best_optional = max(
            (_agreement(fields[i, j]) for j in on if gold.events[j].optional), default=None
        )
        for j in on:
            if gold.events[j].optional:
                continue
            rank = _agreement(fields[i, j])
            if best_optional is not None and best_optional > rank:
                continue
            agree = sum(1 for v in fields[i, j].values() if v)
            pairs.append(((not rank[0], not rank[1], -agree, p.anchor.start, j), i, j))
    matched = greedy(pairs)
    matched_gold = set(matched.values())
    taken = _optional_events(preds, gold, spans, matched, matched_gold)
    c["events_gold"] += sum(1 for g in gold.events if not g.optional)
    c["events_pred"] += len(preds)
    c["events_matched"] += len(matched)
    for i, p in enumerate(preds):
        ps = [(p.anchor.start, p.anchor.end)]
        quote = f'{p.type} "{short(p.anchor.quote)}"'
        if i in matched:
            g = gold.events[matched[i]]
            f = fields[i, matched[i]]
            for name, ok in f.items():
                if ok is not None:
                    c[f"field_{name}_n"] += 1
                    c[f"field_{name}_right"] += int(ok)
                    if not ok:
                        out.append(
                            f"event {g.id} {name} wrong: {_field_text(name, p, g, actors)} {quote}"
                        )
            c["events_all_right"] += int(all(v is not False for v in f.values()))
            c["roles_all_right"] += int(_role_counts(p, g, actors, c))
            if g.fatalities is None and p.fatalities is not None:
                out.append(
                    f"event {g.id} toll predicted where gold states none: {p.fatalities.text!r}"
                )
        elif i in taken:
            c["events_ignored"] += 1  # a free optional event it overlaps: no duplicate
        elif any(j in matched_gold and any_overlap(ps, spans[j]) for j in range(len(spans))):
            c["events_dup"] += 1
            out.append(f"event duplicate: {quote}")
        elif any(g.optional and any_overlap(ps, spans[j]) for j, g in enumerate(gold.events)):
            c["events_ignored"] += 1
        elif any_overlap(ps, non_spans):
            c["events_spurious_nonevent"] += 1
            out.append(f"event spurious (non-event): {quote}")
        else:
            c["events_spurious"] += 1
            out.append(f"event spurious: {quote}")
    for j, g in enumerate(gold.events):
        if not g.optional and j not in matched_gold:
            out.append(f'event {g.id} missed: {g.type} "{short(g.quotes[0])}"')


def _agreement(f: dict[str, bool | None]) -> tuple[bool, bool]:
    """How well an output agrees with a gold event: its type right, then its actors right (a
    gold event that names no actors agrees on none, as in the count of agreeing fields)."""
    return f["type"] is True, f["actors"] is True


def _optional_events(
    preds: list[Event],
    gold: Gold,
    spans: list[list[Span]],
    matched: dict[int, int],
    matched_gold: set[int],
) -> set[int]:
    """The unmatched outputs that take a free optional gold event, one output each.

    An output whose anchor overlaps several gold events is a duplicate only when every one of
    them is taken: an overlapping optional event nobody else produced is the event it stands
    for (ignored, not a duplicate). Outputs with no matched event beside the optional one
    take it first (they have no other reading), then the date agreeing, then the type.
    """
    pairs = []
    for i, p in enumerate(preds):
        if i in matched:
            continue
        ps = [(p.anchor.start, p.anchor.end)]
        dup = any(j in matched_gold and any_overlap(ps, spans[j]) for j in range(len(spans)))
        for j, g in enumerate(gold.events):
            if g.optional and any_overlap(ps, spans[j]):
                date = g.date is not None and p.date is not None and p.date.value == g.date
                type_ = p.type == g.type or p.type in g.alt_types
                pairs.append(((dup, not date, not type_, p.anchor.start, j), i, j))
    return set(greedy(pairs))


def _field_text(name: str, p: Event, g: GoldEvent, actors: dict[str, str]) -> str:
    if name == "type":
        return f"{p.type} (gold {g.type}{'/' + '/'.join(g.alt_types) if g.alt_types else ''})"
    if name == "date":
        return f"{p.date.value if p.date else None} (gold {g.date})"
    if name == "place":
        return f"{p.place.text if p.place else None} (gold {list(g.place or [])})"
    if name == "actors":
        pred = sorted(f"{actors.get(a.actor, '?' + a.actor)}:{a.role}" for a in p.actors)
        return f"{pred} (gold {sorted(f'{r.actor}:{r.role}' for r in g.actors)})"
    if name == "fatalities":
        return f"{p.fatalities.text if p.fatalities else None} (gold {g.fatalities})"
    return f"{p.modality} (gold {g.modality})"


# -- relations --------------------------------------------------------------------------------


def canonical(predicate: str, subject: str, obj: str) -> tuple[str, str, str]:
    """The gold's spelling of a relation: an inverse predicate swaps subject and object."""
    from dossier.ontology import load_ontology

    types = load_ontology().relation_types
    if predicate in CANONICAL or predicate not in types:
        return predicate, subject, obj
    inverse = types[predicate].inverse
    return (inverse, obj, subject) if inverse in CANONICAL else (predicate, subject, obj)


def _symmetric(predicate: str) -> bool:
    from dossier.ontology import load_ontology

    rt = load_ontology().relation_types.get(predicate)
    return rt is not None and rt.symmetric


Triple = tuple[str, str, Any]  # (predicate, subject id, ("actor", id) | ("place", names))


def _same(a: Triple, b: Triple, lenient: bool) -> bool:
    pa, pb = a[0], b[0]
    unordered = _symmetric(pa) and _symmetric(pb)
    if lenient:
        pa, pb = LENIENT_CLASSES.get(pa, pa), LENIENT_CLASSES.get(pb, pb)
        unordered = unordered or pa == pb == "supports_or_allied"
    if pa != pb:
        return False

    def obj_eq(x: Any, y: Any) -> bool:
        if x[0] != y[0]:
            return False
        if x[0] == "actor":
            return bool(x[1] == y[1])
        return place_matches(list(x[1]), y[1])

    if a[1] == b[1] and obj_eq(a[2], b[2]):
        return True
    return unordered and a[2][0] == b[2][0] == "actor" and a[1] == b[2][1] and a[2][1] == b[1]


def _pred_triple(r: Relation, actors: dict[str, str]) -> Triple:
    subject = actors.get(r.subject, "?" + r.subject)
    if r.object_actor is None:
        # place relations are always written actor -> place; nothing to turn round
        return r.predicate, subject, ("place", tuple(place_names(r.object_place)))
    predicate, s, o = canonical(
        r.predicate, subject, actors.get(r.object_actor, "?" + r.object_actor)
    )
    return predicate, s, ("actor", o)


def score_relations(doc: Document, gold: Gold, actors: dict[str, str], score: ReportScore) -> None:
    c, out = score.counts, score.details
    golds: list[tuple[Triple, bool]] = []
    for g in gold.relations:
        if g.object is not None:
            predicate, subject, obj = canonical(g.predicate, g.subject, g.object)
            t: Triple = (predicate, subject, ("actor", obj))
        else:
            t = (g.predicate, g.subject, ("place", g.object_place or ()))
        golds.append((t, g.optional))
    preds: list[tuple[Triple, Relation]] = []
    for r in doc.relations:
        t = _pred_triple(r, actors)
        if all(t != q for q, _ in preds):
            preds.append((t, r))
    items = _with_broader(preds)
    for mode, lenient in (("strict", False), ("lenient", True)):
        required = [t for t, opt in golds if not opt]
        optional = [t for t, opt in golds if opt]

        def hits(alts: list[Triple], targets: list[Triple], lenient: bool = lenient) -> bool:
            return any(_same(a, q, lenient) for a in alts for q in targets)

        # distinct statements: predicted ones that say the same thing (in this mode) count once
        distinct: list[tuple[list[Triple], Relation]] = []
        for alts, r in items:
            if not any(hits(alts, d) for d, _ in distinct):
                distinct.append((alts, r))
        tp = n_pred = 0
        for alts, r in distinct:
            if hits(alts, required):
                tp += 1
                n_pred += 1
            elif hits(alts, optional):
                continue
            else:
                n_pred += 1
                if not lenient:
                    t = alts[0]
                    out.append(
                        f'relation wrong: {t[1]} {t[0]} {_obj_text(t[2])} "{short(r.anchor.quote)}"'
                    )
        found = 0
        for gi, (gt, opt) in enumerate(golds):
            if opt:
                continue
            hit = any(hits(alts, [gt]) for alts, _ in distinct)
            found += int(hit)
            if not hit and not lenient:
                q = gold.relations[gi].quote
                out.append(f'relation missed: {gt[1]} {gt[0]} {_obj_text(gt[2])} "{short(q)}"')
        c[f"relations_{mode}_tp"] += tp
        c[f"relations_{mode}_pred"] += n_pred
        c[f"relations_{mode}_found"] += found
        c[f"relations_{mode}_gold"] += len(required)


def _with_broader(preds: list[tuple[Triple, Relation]]) -> list[tuple[list[Triple], Relation]]:
    """Each predicted triple with the broader triple its type implies on the same pair.

    Extraction states a relation's broader type beside it (a branch is also an affiliate:
    ``broader`` in the relation ontology), so that a query for the broader type finds it. The
    two say one thing: they are scored as one statement, right if either matches.
    """
    from dossier.ontology import load_ontology

    onto = load_ontology()
    triples = {t for t, _ in preds}
    implied = {
        (b, t[1], t[2])
        for t in triples
        if t[0] in onto.relation_types and (b := onto.relation_type(t[0]).broader) is not None
    }
    items: list[tuple[list[Triple], Relation]] = []
    for t, r in preds:
        if t in implied:
            continue  # scored with the narrower triple that implies it
        alts = [t]
        if t[0] in onto.relation_types:
            broader = onto.relation_type(t[0]).broader
            if broader is not None and (broader, t[1], t[2]) in triples:
                alts.append((broader, t[1], t[2]))
        items.append((alts, r))
    return items


def _obj_text(obj: Any) -> str:
    return str(obj[1]) if obj[0] == "actor" else "place:" + "/".join(obj[1])


# -- claims -----------------------------------------------------------------------------------


def _claim_spans(p: Claim) -> list[Span]:
    return [(p.start, p.end), (p.anchor.start, p.anchor.end)]


# Dossier marks the report's own voice ("we assess") as the speaker kind "author"; analysts
# code that voice as unnamed analysts or experts, or as the publisher itself
AUTHOR_KIND = "author"
AUTHOR_GOLD_KINDS = frozenset({"analysts", "experts"})


def _is_publisher(actor_id: str, gold: Gold) -> bool:
    publisher = {norm_name(n) for n in gold.metadata.source} - {""}
    return any(norm_name(n) in publisher for a in gold.actors if a.id == actor_id for n in a.names)


def speaker_ids(doc: Document, gold: Gold, actors: dict[str, str]) -> dict[str, str]:
    """The gold actor id of each claim speaker key, for comparison and display alike.

    A speaker resolves through the actor alignment; a key the alignment leaves out (an
    unaligned or unlisted output actor) resolves by its names (the output actor's name and
    aliases, the claim's speaker words) equal to a gold alias, then as a person by
    :func:`_person_alias_hit`. A speaker that resolves to nothing keeps its own key.
    """
    by_key = {a.key: a for a in doc.actors}
    gold_names = [({norm_name(n) for n in a.names} - {""}, a) for a in gold.actors]
    ids: dict[str, str] = {}
    for claim in doc.claims:
        key = claim.speaker
        if key is None or key in ids:
            continue
        if key in actors:
            ids[key] = actors[key]
            continue
        actor = by_key.get(key)
        own = [actor.name, *actor.aliases] if actor is not None else []
        own += [claim.speaker_text] if claim.speaker_text else []
        names = {norm_name(n) for n in own} - {""}
        hit = next((a.id for gn, a in gold_names if names & gn), None)
        if hit is None and own:
            person = actor is None or actor.type == PERSON
            hit = next(
                (
                    a.id
                    for a in gold.actors
                    if (person or a.type == PERSON) and _person_alias_hit(own, a.names)
                ),
                None,
            )
        ids[key] = hit if hit is not None else key
    return ids


def _speaker_right(p: Claim, g: GoldClaim, speakers: dict[str, str], gold: Gold) -> bool:
    if p.speaker is None and p.speaker_kind == AUTHOR_KIND:
        if g.speaker is not None:
            return _is_publisher(g.speaker, gold)
        return g.speaker_kind in AUTHOR_GOLD_KINDS
    if g.speaker is not None:
        return p.speaker is not None and speakers.get(p.speaker) == g.speaker
    return p.speaker_kind == g.speaker_kind


def _overlap_size(spans: list[Span], others: list[Span]) -> int:
    return max((min(b, d) - max(a, c) for a, b in spans for c, d in others), default=0)


def _via_right(p: Claim, g: GoldClaim, actors: dict[str, str], gold: Gold) -> bool:
    if p.via is None:
        return False
    if actors.get(p.via) == g.via:
        return True
    names = {norm_name(n) for a in gold.actors if a.id == g.via for n in a.names}
    return norm_name(p.via) in names


def score_claims(
    doc: Document, gold: Gold, norm: NormText, actors: dict[str, str], score: ReportScore
) -> None:
    c, out = score.counts, score.details
    spans = [find_quote(norm, g.quote) for g in gold.claims]
    speakers = speaker_ids(doc, gold, actors)
    pairs = []
    for i, p in enumerate(doc.claims):
        for j, g in enumerate(gold.claims):
            if not g.optional and any_overlap(_claim_spans(p), spans[j]):
                right = _speaker_right(p, g, speakers, gold)
                # after the speaker, a claim span on the quote beats a shared sentence only
                on_span = any_overlap([(p.start, p.end)], spans[j])
                pairs.append(((not right, not on_span, p.start, j), i, j))
    matched = greedy(pairs)
    matched_gold = set(matched.values())
    taken = _optional_claims(doc, gold, spans, speakers, matched)
    c["claims_gold"] += sum(1 for g in gold.claims if not g.optional)
    c["claims_gold_via"] += sum(1 for g in gold.claims if not g.optional and g.via)
    c["claims_pred"] += len(doc.claims)
    c["claims_found"] += len(matched)
    for i, p in enumerate(doc.claims):
        quote = f'"{short(p.anchor.quote)}"'
        if i in matched:
            g = gold.claims[matched[i]]
            if _speaker_right(p, g, speakers, gold):
                c["claims_speaker_right"] += 1
            else:
                who = g.speaker or g.speaker_kind
                out.append(
                    f"claim speaker wrong: {_speaker_text(p, speakers)} (gold {who}) {quote}"
                )
            if g.via:
                if _via_right(p, g, actors, gold):
                    c["claims_via_right"] += 1
                else:
                    out.append(f"claim via wrong: {p.via} (gold {g.via}) {quote}")
        elif i in taken:
            c["claims_ignored"] += 1  # a free optional claim it overlaps: no duplicate
        elif any(
            j in matched_gold and any_overlap(_claim_spans(p), s) for j, s in enumerate(spans)
        ):
            c["claims_dup"] += 1
            out.append(f"claim duplicate: {quote}")
        elif any(
            g.optional and any_overlap(_claim_spans(p), spans[j]) for j, g in enumerate(gold.claims)
        ):
            c["claims_ignored"] += 1
        else:
            c["claims_spurious"] += 1
            out.append(f"claim spurious: {_speaker_text(p, speakers)}: {quote}")
    for j, g in enumerate(gold.claims):
        if not g.optional and j not in matched_gold:
            out.append(f'claim missed: {g.speaker or g.speaker_kind} "{short(g.quote)}"')


def _speaker_text(p: Claim, speakers: dict[str, str]) -> str:
    """The speaker as compared: its gold id where it resolves, else its own key or kind."""
    return speakers.get(p.speaker, p.speaker) if p.speaker is not None else p.speaker_kind


def _optional_claims(
    doc: Document,
    gold: Gold,
    spans: list[list[Span]],
    speakers: dict[str, str],
    matched: dict[int, int],
) -> set[int]:
    """The unmatched outputs that take a free optional gold claim, one output each.

    As for events: an output whose anchor overlaps several gold claims is a duplicate only
    when every one of them is taken; an overlapping optional claim nobody else took is the
    claim it stands for (ignored). Outputs with no taken claim beside the optional one take
    it first, then the speaker agreeing, then the larger overlap.
    """
    matched_gold = set(matched.values())
    pairs = []
    for i, p in enumerate(doc.claims):
        if i in matched:
            continue
        ps = _claim_spans(p)
        dup = any(j in matched_gold and any_overlap(ps, s) for j, s in enumerate(spans))
        for j, g in enumerate(gold.claims):
            if g.optional and any_overlap(ps, spans[j]):
                right = _speaker_right(p, g, speakers, gold)
                size = _overlap_size(ps, spans[j])
                pairs.append(((dup, not right, -size, p.start, j), i, j))
    return set(greedy(pairs))


# -- quantities -------------------------------------------------------------------------------


_ISO_WEEK = re.compile(r"(\d{4})-W(\d\d)$")
_ISO_MONTH = re.compile(r"\d{4}-\d\d$")


def _same_date(value: str, gold: str) -> bool:
    """Whether a predicted date states the gold's: the same value, or (s25) an ISO week that
    lies wholly inside the gold's month (the gold schema has no week: "earlier this week"
    under a dateline of 20 November is coded as the month)."""
    if value == gold:
        return True
    week = _ISO_WEEK.match(value)
    if week is None or not _ISO_MONTH.match(gold):
        return False
    year, number = int(week.group(1)), int(week.group(2))
    try:
        first = dt.date.fromisocalendar(year, number, 1)
    except ValueError:
        return False
    last = first + dt.timedelta(days=6)
    return first.strftime("%Y-%m") == gold == last.strftime("%Y-%m")


def fewer_than(
    low: float | None, high: float | None, g_low: float | None, g_high: float | None
) -> bool:
    """Whether two counts both read "fewer than N": from 0 (or no lower bound) up to N on one
    side, up to N or N-1 on the other (golds write 0-N or 0-(N-1); Dossier writes None-N)."""
    if (low or 0) != 0 or (g_low or 0) != 0 or high is None or g_high is None:
        return False
    return min(high, g_high) >= 1 and abs(high - g_high) <= 1


def _numbers_equal(p: Quantity, g: GoldQuantity) -> bool:
    if g.measure not in NOT_COUNTS and fewer_than(
        None if p.low is None else float(p.low),
        None if p.high is None else float(p.high),
        g.low,
        g.high,
    ):
        return True
    if p.low is None or float(p.low) != g.low:
        return False
    if g.high is None:
        return p.high is None
    return p.high is not None and float(p.high) == g.high


def score_quantities(
    doc: Document, gold: Gold, norm: NormText, actors: dict[str, str], score: ReportScore
) -> None:
    c, out = score.counts, score.details
    spans = [find_quote(norm, g.quote) for g in gold.quantities]
    c["quantities_gold"] += sum(1 for g in gold.quantities if not g.optional)
    for mode in ("strict", "lenient"):
        pairs = []
        for i, p in enumerate(doc.quantities):
            ps = [(p.anchor.start, p.anchor.end)]
            for j, g in enumerate(gold.quantities):
                if g.optional or not any_overlap(ps, spans[j]):
                    continue
                ok = p.measure == g.measure and _numbers_equal(p, g)
                if mode == "strict" and g.subject is not None:
                    ok = ok and p.subject is not None and actors.get(p.subject) == g.subject
                if ok:
                    pairs.append(((p.anchor.start, j), i, j))
        matched = greedy(pairs)
        n_pred = 0
        for i, p in enumerate(doc.quantities):
            ps = [(p.anchor.start, p.anchor.end)]
            optional = any(
                g.optional and any_overlap(ps, spans[j]) for j, g in enumerate(gold.quantities)
            )
            if i in matched or not optional:
                n_pred += 1
            if i not in matched and not optional and mode == "strict":
                subject = actors.get(p.subject or "", p.subject)
                out.append(
                    f"quantity wrong: {p.measure} {p.low}-{p.high} subject {subject} "
                    f'"{short(p.anchor.quote)}"'
                )
        c[f"quantities_{mode}_tp"] += len(matched)
        c[f"quantities_{mode}_pred"] += n_pred
        if mode == "strict":
            for j, g in enumerate(gold.quantities):
                if not g.optional and j not in set(matched.values()):
                    out.append(
                        f"quantity missed: {g.measure} {g.low}-{g.high} subject {g.subject} "
                        f'"{short(g.quote)}"'
                    )


# -- metadata ---------------------------------------------------------------------------------


def score_metadata(doc: Document, gold: Gold, score: ReportScore) -> None:
    c, out, m, gm = score.counts, score.details, doc.metadata, gold.metadata
    c["metadata_n"] += 1
    t, gt = norm_name(m.title or ""), norm_name(gm.title or "")
    title = t == gt if not gt or not t else (t == gt or gt in t or t in gt)
    pub = m.published.value if m.published is not None else None
    source = norm_name(m.source or "")
    if gm.source:
        src = any(norm_name(s) and norm_name(s) in source for s in gm.source)
    else:
        src = not source
    for name, ok, got, want in (
        ("title", title, m.title, gm.title),
        ("published", pub == gm.published, pub, gm.published),
        ("source", src, m.source, list(gm.source)),
    ):
        c[f"metadata_{name}"] += int(ok)
        if not ok:
            out.append(f"metadata {name} wrong: {got!r} (gold {want!r})")


# -- running and printing ---------------------------------------------------------------------


def score_report(doc: Document, gold: Gold) -> ReportScore:
    """Align one processed document with its gold and count every section."""
    score = ReportScore(gold.report.name)
    norm = norm_text(doc.text)
    actors = align_actors(doc, gold, score)
    score_events(doc, gold, norm, actors, score)
    score_relations(doc, gold, actors, score)
    score_claims(doc, gold, norm, actors, score)
    score_quantities(doc, gold, norm, actors, score)
    score_metadata(doc, gold, score)
    return score


def run_analyst_eval(
    golds: list[Gold], progress: Callable[[str], None] | None = None
) -> list[ReportScore]:
    """Run the pipeline on each gold's report and score it."""
    from dossier.pipeline import process_file
    from dossier.settings import Settings

    scores = []
    for n, gold in enumerate(golds, 1):
        t0 = time.perf_counter()
        doc = process_file(gold.report, Settings())
        scores.append(score_report(doc, gold))
        if progress is not None:
            progress(f"[{n}/{len(golds)}] {gold.report} ({time.perf_counter() - t0:.1f} s)")
    return scores
