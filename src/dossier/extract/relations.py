"""Relations between actors, and between actors and places, each anchored in its sentence.

Every relation comes from a sentence that states it; nothing is inferred from the gazetteer
alone. The steps:

1. each sentence becomes a :class:`~dossier.extract.common.SentenceView`, its actor and
   place mentions replaced by slots;
2. the surface patterns of ``data/extract/relation_patterns.yaml`` ("X, a branch of Y",
   "clashes between X and Y", "leader of Y P", "X has bases in P", ...) are matched on it;
   "it"/"its"/"the group" are resolved to the actor named just before, and "this branch of Y"
   to the actor whose gazetteer parent is Y;
3. a person's organisation found by actor resolution (``Actor.member_of``) becomes
   ``member_of``/``leader_of`` only where a sentence names both with a role word between;
4. each relation gets a certainty: ``negated`` (a negation inside the match), ``hedged``
   (an epistemic hedge inside it), ``reported`` (inside an attributed claim, or marked
   "reportedly"), else ``asserted``; and a period when a date is attached to the match, or a
   period phrase follows it ("split from Y after the 2016 peace agreement").

Example::

    rels = extract_relations(doc, actors, places, timexes)
    [(r.subject, r.predicate, r.object_actor) for r in rels]
    # [('jnim', 'affiliate_of', 'al_qaeda'), ...]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from dossier.extract.claims import extract_claims
from dossier.extract.common import (
    SentenceView,
    Slot,
    anchor_of,
    clause_period,
    find_hedges,
    is_negated,
    load_data,
    relation_period,
    resolve_reference,
    sentence_views,
)
from dossier.nlp.text import doc_text
from dossier.ontology import load_ontology
from dossier.records import Actor, Claim, PlaceMention, Relation, Timex
from dossier.resolve.actors import load_actor_rules

__all__ = ["extract_relations"]

PLACE_PREDICATES = {"based_in", "controls", "operates_in", "recruits_in"}
LEADER_ROLES = {"leader", "head", "chief", "emir", "amir", "founder", "co-founder", "chairman"}
DEPUTY_ROLES = {"deputy", "vice", "assistant", "former"}

_PRONOUN = (
    r"\b(?:its|it|they|their|them|the\s+(?:group|organi[sz]ation|movement|offshoot|network)"
    r"(?:[’']s)?)\b"
)


@dataclass(frozen=True)
class RelationPattern:
    """One surface pattern of ``relation_patterns.yaml``, compiled."""

    predicate: str
    regex: re.Pattern[str]
    subject: str = "any"  # person | agent | organization | any
    object: str = "any"
    subject_from: str | None = None  # parent_of_y | topic
    object_from: str | None = None  # parent_of_x | sentence_subject | topic
    person_predicate: str | None = None
    subject_name: re.Pattern[str] | None = None


# "X, also known as Y," / "X, alias Y,": a second name inside an aside
_ALIAS = r"(?:also\s+known\s+as|better\s+known\s+as|known\s+as|alias|a\.?k\.?a\.?|nicknamed)"
# "X, led by Y," / "X, founded in 2019 by Y," / "X, based in P,": a participial aside
_PARTICIPLE_ASIDE = (
    r"\s*,\s*(?:(?:once|formerly|originally|initially|now|also|long|reportedly)\s+)?"
    r"(?:led|headed|commanded|founded|co-founded|created|formed|established|set\s+up|launched|"
    r"based|headquartered|backed|supported|funded|sponsored|armed|known|dubbed|called|named)\b"
    rf"[^,;.]{{0,80}}?(?:\s*,\s*{_ALIAS}\s+[^,;.]{{0,60}}?)?\s*,"
)
_ASIDE_AFTER_SUBJECT = (
    r"(?:\s*,\s*(?:which|who)\b(?=\s+(?:is|was|are|were|has|have|had|remains)\b)"
    rf"|(?P<aside>\s*,\s*(?:which|who)\b[^,;.]{{0,80}},|{_PARTICIPLE_ASIDE}))?"
)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    slots = {
        "X": r"⟦A(?P<x>\d+)⟧",
        "Y": r"⟦A(?P<y>\d+)⟧",
        # a subject may carry a "which/who" aside: "X, which is allied with Y" (the aside is
        # the clause) and "X, which ..., has fought Y" (the aside is skipped)
        "XP": rf"(?:⟦A(?P<x>\d+)⟧|(?P<xp>{_PRONOUN})){_ASIDE_AFTER_SUBJECT}",
        "YP": rf"(?:⟦A(?P<y>\d+)⟧|(?P<yp>{_PRONOUN}))",
        # "Ansar Dine, al-Mourabitoun and the Sahara branch of AQIM": each a subject
        "MEMBERS": (
            r"(?P<members>⟦A\d+⟧(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
            r"(?:[^⟦⟧⟪⟫.;,]{0,40}?)?⟦A\d+⟧)*)"
        ),
        "PLACES": (
            r"(?P<places>⟪P\d+⟫(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?⟪P\d+⟫)*)"
            r"(?:\s+(?:regions?|provinces?|districts?|areas?|states?|border\s+region))?"
        ),
    }
    table = {**macros, **slots}
    return re.sub(r"\{([A-Z_]+)\}", lambda m: table[m.group(1)], pattern)


@lru_cache(maxsize=1)
def load_patterns() -> tuple[RelationPattern, ...]:
    """The compiled relation patterns (cached); predicates are checked against the ontology."""
    data = load_data("relation_patterns.yaml")
    onto = load_ontology()
    macros = {k: str(v) for k, v in data["macros"].items()}
    patterns = []
    for row in data["patterns"]:
        predicate = onto.relation_type(row["predicate"]).id
        person = row.get("person_predicate")
        name = row.get("subject_name")
        patterns.append(
            RelationPattern(
                predicate=predicate,
                regex=re.compile(_expand(row["pattern"], macros), re.IGNORECASE),
                subject=row.get("subject", "any"),
                object=row.get("object", "any"),
                subject_from=row.get("subject_from"),
                object_from=row.get("object_from"),
                person_predicate=onto.relation_type(person).id if person else None,
                subject_name=re.compile(name) if name else None,
            )
        )
    return tuple(patterns)


@dataclass(frozen=True)
class _Lexicon:
    """The word lists of ``relation_patterns.yaml`` besides its patterns."""

    organisation_words: frozenset[str]  # with the type cues of actor resolution
    name_particles: frozenset[str]
    period_prep: re.Pattern[str]  # at the start of a period phrase after a match


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_data("relation_patterns.yaml")
    words = {w for _, cues in load_actor_rules().type_cues for w in cues}
    words |= {str(w) for w in data["organisation_words"]}
    preps = sorted((str(w) for w in data["period_preps_after"]), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in preps)
    return _Lexicon(
        organisation_words=frozenset(w.lower() for w in words),
        name_particles=frozenset(str(w).lower() for w in data["name_particles"]),
        period_prep=re.compile(rf"(?:{alternation})\s", re.IGNORECASE),
    )


def _reads_as_name(slot: Slot) -> bool:
    """An actor of no known kind ("organization", not in the gazetteer) whose name reads like
    a person's: two to five capitalised words, no acronym, digit, possessive or organisation
    word. Taggers often take a Spanish or Arabic personal name for an organisation."""
    if (slot.actor_type or "") != "organization" or not (slot.key or "").startswith("new:"):
        return False
    name = re.sub(r"^(?:the|The)\s+", "", slot.text.strip())
    words = name.split()
    if not 2 <= len(words) <= 5 or re.search(r"\d|[’']s\b|[()&/]", name):
        return False
    low = f" {name.lower()} "
    lexicon = _lexicon()
    if any(f" {w} " in low for w in lexicon.organisation_words):
        return False
    for w in words:
        if w.lower() in lexicon.name_particles:
            continue
        # "al-Baghdadi": the part after a particle's hyphen is the name
        head = w.split("-", 1)[1] if w.split("-", 1)[0].lower() in lexicon.name_particles else w
        if not head[:1].isupper() or (len(head) > 1 and head.isupper()):
            return False
    return True


def _type_ok(slot: Slot, wanted: str) -> bool:
    is_person = (slot.actor_type or "") == "person"
    if wanted == "person":
        return is_person
    if wanted == "agent":
        # the agent of "founded by", "led by": a person, or a name mistaken for an organisation
        return is_person or _reads_as_name(slot)
    if wanted == "organization":
        return not is_person
    return True


class _Matcher:
    """Applies the patterns to the sentence views of one document."""

    def __init__(
        self,
        doc: Doc,
        views: list[SentenceView],
        keys: set[str],
        claim_spans: list[tuple[int, int]],
        timexes: Sequence[Timex],
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.views = views
        self.keys = keys
        self.claim_spans = claim_spans
        self.timexes = timexes

    def _subject(
        self, p: RelationPattern, view: SentenceView, m: re.Match[str], obj: Slot | None
    ) -> Slot | None:
        if m.groupdict().get("x"):
            return view.slot_at(m.group("x"))
        if m.groupdict().get("xp"):
            pos = view.to_doc(m.start("xp"), m.end("xp"))[0]
            return resolve_reference(
                self.views, view.index, pos, m.group("xp"), exclude=obj.key if obj else None
            )
        if p.subject_from == "parent_of_y" and obj is not None:
            return self._child_of(obj.key or "", view, view.to_doc(m.start(), m.end())[0])
        if p.subject_from == "topic":
            pos = view.to_doc(m.start(), m.end())[0]
            return resolve_reference(self.views, view.index, pos, "it")
        return None

    def _object(self, p: RelationPattern, view: SentenceView, m: re.Match[str]) -> Slot | None:
        if m.groupdict().get("y"):
            return view.slot_at(m.group("y"))
        if m.groupdict().get("yp"):
            pos = view.to_doc(m.start("yp"), m.end("yp"))[0]
            x = view.slot_at(m.group("x")) if m.groupdict().get("x") else None
            return resolve_reference(
                self.views, view.index, pos, m.group("yp"), exclude=x.key if x else None
            )
        return None

    def _child_of(self, parent: str, view: SentenceView, position: int) -> Slot | None:
        """The actor named most recently (up to five sentences back) whose parent is ``parent``."""
        for back in range(0, 6):
            i = view.index - back
            if i < 0:
                break
            cands = [
                s
                for s in self.views[i].slots
                if s.kind == "actor" and s.parent == parent and (back or s.end <= position)
            ]
            if cands:
                return cands[-1]
        return None

    def _is_subject(self, slot: Slot) -> bool:
        span = self.doc.char_span(slot.start, slot.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "ROOT", "appos")

    def _certainty(self, view: SentenceView, start: int, end: int) -> str:
        inside = self.text[start:end]
        if is_negated(inside):
            return "negated"
        hits = find_hedges(inside)
        if any(h.kind == "epistemic" and h.likelihood for h in hits):
            return "hedged"
        before = self.text[max(view.start, start - 40) : start]
        before_hits = find_hedges(before)
        if any(
            h.cue in {"believed to", "thought to", "it is believed", "likely"} for h in before_hits
        ):
            return "hedged"
        if any(h.kind == "evidential" for h in hits + before_hits):
            return "reported"
        # the match ends inside an attributed claim ("X, which according to Y is a branch")
        if any(cs < end <= ce for cs, ce in self.claim_spans):
            return "reported"
        return "asserted"

    def _period_phrase_after(self, view: SentenceView, end: int) -> str | None:
        """A period phrase right after the match: "X split from Y after the 2016 peace
        agreement", "X has been based in P since the 2013 takeover"."""
        tail = self.text[end : view.end]
        at = end + len(tail) - len(tail.lstrip(" ,"))
        if not _lexicon().period_prep.match(self.text, at, view.end):
            return None
        found = clause_period(self.text, (at, view.end), at, self.timexes)
        if not found or not self.text.startswith(found.split(", ")[0], at):
            return None
        return found

    def _member_relations(
        self, p: RelationPattern, view: SentenceView, m: re.Match[str], obj: Slot | None
    ) -> list[Relation]:
        """One relation per actor of a ``{MEMBERS}`` list, all with the same object."""
        if obj is None or obj.key is None:
            return []
        start, end = view.to_doc(m.start(), m.end())
        certainty = self._certainty(view, start, end)
        period = relation_period(
            self.text, (view.start, view.end), (start, end), self.timexes
        ) or self._period_phrase_after(view, end)
        return [
            Relation(
                slot.key,
                p.predicate,
                anchor_of(view),
                object_actor=obj.key,
                certainty=certainty,
                period=period,
            )
            for slot in _member_slots(view, m.group("members"))
            if slot.key and slot.key != obj.key and _type_ok(slot, p.subject)
        ]

    def run(self, patterns: Sequence[RelationPattern]) -> list[Relation]:
        out: list[Relation] = []
        for view in self.views:
            if not view.slots:
                continue
            for p in patterns:
                for m in p.regex.finditer(view.masked):
                    out.extend(self._relations(p, view, m))
        return out

    def _relations(
        self, p: RelationPattern, view: SentenceView, m: re.Match[str]
    ) -> list[Relation]:
        obj = self._object(p, view, m)
        if m.groupdict().get("members"):
            return self._member_relations(p, view, m, obj)
        subj = self._subject(p, view, m, obj)
        if subj is None or subj.key is None:
            return []
        if p.subject_name is not None and not p.subject_name.search(subj.text):
            return []
        if m.groupdict().get("vpgap") and m.groupdict().get("x") and not self._is_subject(subj):
            return []  # "X fought Y and controls P": Y is no subject of "controls"
        object_key: str | None = obj.key if obj is not None else None
        if p.object_from == "parent_of_x":
            object_key = subj.parent if subj.parent in self.keys else None
        elif p.object_from == "topic":
            # "The group's leader, X": the group the sentence speaks of
            ref = resolve_reference(
                self.views, view.index, view.to_doc(m.start(), m.end())[0], "the group", subj.key
            )
            object_key = ref.key if ref is not None else None
            if object_key is None:
                return []
        elif p.object_from == "sentence_subject":
            orgs = [s for s in view.actor_slots() if s.actor_type != "person" and s.key != subj.key]
            object_key = orgs[0].key if orgs else None
        elif obj is not None and not _type_ok(obj, p.object):
            return []
        if not _type_ok(subj, p.subject):
            return []
        predicate = p.predicate
        if p.person_predicate and subj.actor_type == "person":
            predicate = p.person_predicate
        start, end = view.to_doc(m.start(), m.end())
        certainty = self._certainty(view, start, end)
        stated = None
        if m.groupdict().get("clause"):
            stated = view.to_doc(m.start("clause"), m.end())
        elif m.groupdict().get("aside"):
            # "X, founded in 2019 by Y, split from Z": 2019 is not when X split
            stated = view.to_doc(m.end("aside"), m.end())
        period = relation_period(
            self.text, (view.start, view.end), stated or (start, end), self.timexes
        ) or self._period_phrase_after(view, end)
        anchor = anchor_of(view)
        if predicate in PLACE_PREDICATES:
            if not m.groupdict().get("places"):
                return []
            rels = []
            for token in re.findall(r"⟪P\d+⟫", m.group("places")):
                place = view.slot_at(token).place
                if place is None or (place.place is None and not place.text[:1].isupper()):
                    continue
                rels.append(
                    Relation(
                        subj.key,
                        predicate,
                        anchor,
                        object_place=place,
                        certainty=certainty,
                        period=period,
                    )
                )
            return rels
        if not object_key or object_key == subj.key:
            return []
        return [
            Relation(
                subj.key,
                predicate,
                anchor,
                object_actor=object_key,
                certainty=certainty,
                period=period,
            )
        ]


_PART_OF = re.compile(r"\b(?:branch|wing|faction|cell|unit|part|elements?|members?)\s+of\s*$", re.I)


def _member_slots(view: SentenceView, members: str) -> list[Slot]:
    """The actors of a ``{MEMBERS}`` list, leaving out those only part of which is meant
    ("the Sahara branch of AQIM" is no merger of AQIM)."""
    out: list[Slot] = []
    prev = 0
    for token in re.finditer(r"⟦A\d+⟧", members):
        if not _PART_OF.search(members[prev : token.start()]):
            out.append(view.slot_at(token.group(0)))
        prev = token.end()
    return out


def _stated_memberships(
    doc: Doc, views: Sequence[SentenceView], actors: Sequence[Actor]
) -> list[Relation]:
    """``member_of``/``leader_of`` from ``Actor.member_of``, where a sentence states it."""
    roles = load_actor_rules().membership_roles
    keys = {a.key for a in actors}
    out: list[Relation] = []
    for person in actors:
        org = person.member_of
        if person.type != "person" or not org or org not in keys:
            continue
        for view in views:
            p_slots = [s for s in view.slots if s.key == person.key]
            o_slots = [s for s in view.slots if s.key == org]
            found = None
            for ps in p_slots:
                for os_ in o_slots:
                    lo, hi = (os_.end, ps.start) if os_.end <= ps.start else (ps.end, os_.start)
                    between = doc_text(doc)[lo:hi]
                    if hi < lo or len(between) > 60:
                        continue
                    context = doc_text(doc)[max(view.start, min(lo, os_.start) - 40) : hi]
                    words = {w.lower() for w in re.findall(r"[A-Za-z\-]+", context)}
                    if words & roles:
                        lead = bool(words & LEADER_ROLES) and not words & DEPUTY_ROLES
                        found = "leader_of" if lead else "member_of"
                        break
                if found:
                    break
            if found:
                out.append(Relation(person.key, found, anchor_of(view), object_actor=org))
                break
    return out


def _dedupe(relations: Sequence[Relation]) -> list[Relation]:
    symmetric = {t.id for t in load_ontology().relation_types.values() if t.symmetric}
    seen: set[tuple[object, ...]] = set()
    out: list[Relation] = []
    for r in relations:
        obj: object = r.object_actor
        if r.object_place is not None:
            place = r.object_place.place
            obj = (place.geonames_id or place.name) if place else r.object_place.text
        pair: object = (r.subject, obj)
        if r.predicate in symmetric:
            pair = frozenset((r.subject, str(obj)))
        key = (r.predicate, pair, r.certainty)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def extract_relations(
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[PlaceMention],
    timexes: Sequence[Timex],
    claims: Sequence[Claim] | None = None,
) -> list[Relation]:
    """Relations the document states, one per (subject, predicate, object, certainty).

    :param doc: the parsed document (its text is the cleaned text all offsets index).
    :param actors: the document's resolved actors (their mentions give the slots).
    :param places: the document's place mentions.
    :param timexes: the document's temporal expressions (for periods).
    :param claims: the document's claims when already extracted (a relation inside one is
        ``reported``); extracted here when not given.
    :returns: relations in text order, each anchored in the sentence that states it.
    """
    views = sentence_views(doc, actors, places)
    if claims is None:
        claims = extract_claims(doc, actors, places)
    claim_spans = [(c.start, c.end) for c in claims]
    keys = {a.key for a in actors}
    matcher = _Matcher(doc, views, keys, claim_spans, timexes)
    found = matcher.run(load_patterns())
    found.extend(_stated_memberships(doc, views, actors))
    found.sort(key=lambda r: (r.anchor.start, r.predicate))
    return _dedupe(found)
