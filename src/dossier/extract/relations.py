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
   period phrase follows it ("split from Y after the 2016 peace agreement", "led by X until
   his death in May 2021");
5. a successor ("his successor, Y"; "Y, who succeeded X") leads what the document says the
   predecessor led.

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
from dossier.resolve.states import state_key

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
    object_from: str | None = None  # parent_of_x | sentence_subject | topic | predecessor
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
# "X, a splinter group of Y, ...", "X, ISIL's Central Africa Province, ...": an apposition
# (no reporting aside: "X, the army said, ...")
_APPOSITION = (
    r"\s*,\s*(?:an?|the|one\s+of\s+(?:the|its)|another|⟦A\d+⟧[’']s|⟪P\d+⟫[’']s)\s+"
    r"(?:(?!\b(?:said|says|told|according|reported)\b)[^,;.()\"“”]){0,70}?,"
)
# "X, which began as Y, the Syrian branch of Z, broke with ...": a second apposition
_APPOSITION_MORE = (
    r"(?:\s*(?:an?|the|one\s+of\s+the)\s+"
    r"(?:(?!\b(?:said|says|told|according|reported)\b)[^,;.()\"“”]){0,70}?,)?"
)
# "Hamas's armed wing, the Qassam Brigades, was ...": the name in apposition closes with a comma
_APPOSITION_CLOSE = r"(?:(?<=,\s⟦A\d⟧)|(?<=,\s⟦A\d\d⟧))\s*,(?=\s)"


def _aside(name: str | None) -> str:
    """An aside after a subject; ``name`` names the group of the aside proper."""
    body = (
        rf"(?:\s*,\s*(?:which|who|whose)\b[^,;.]{{0,80}},|{_PARTICIPLE_ASIDE}|{_APPOSITION})"
        rf"{_APPOSITION_MORE}"
    )
    group = rf"(?P<{name}>{body})" if name else body
    return (
        r"(?:\s*,\s*(?:which|who)\b(?=\s+(?:is|was|are|were|has|have|had|remains)\b)"
        rf"|{group}|{_APPOSITION_CLOSE})?"
    )


_ASIDE_AFTER_SUBJECT = _aside("aside")
_ASIDE_AFTER_OBJECT = _aside(None)
# a branch's name the tagger read as a place's: "ISIL's Central Africa Province"
_BRANCH_NAME = re.compile(r"\b(?:province|branch|wilayah?|wilayat|wing)\b", re.IGNORECASE)
# a slot glued to a following name is part of a longer one: "ISIL-Somalia", "the ISIL
# General Directorate of Provinces" (a body of the group, named with the group's name)
_GLUED = re.compile(
    r"[-–](?:[A-Z0-9]|⟪|⟦)|\s+(?:[A-Z][\w-]*\s+){0,2}(?:Directorate|Office|Bureau|Council|"
    r"Committee|Commission|Department|Ministry|Division|Brigades?|Battalion|Wing|Branch|"
    r"Province|Agency|Service|Shura)\b"
)
# a denial the match is the content of
_DENIAL_THAT = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\s+"
    r"(?:(?:claims|reports|allegations|accusations|suggestions)\s+)?that\s+$",
    re.IGNORECASE,
)
# a relative clause the match is stated in: "X, who had led Y since 1992"
_RELATIVE_OPENING = re.compile(r"^⟦A\d+⟧\s*,\s*(who|which)\b")
# words of the present that give a relation no period of its own
_PRESENT = re.compile(r"(?:now|current|currently|today|at present|presently)", re.IGNORECASE)
# a pronoun that opens a coordinated clause: "X receives arms from Y, and its fighters ..."
_CLAUSE_OPENING = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas)?|\band|\bbut)\s*$", re.I)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    slots = {
        "X": r"⟦A(?P<x>\d+)⟧",
        "Y": r"⟦A(?P<y>\d+)⟧",
        # a subject actor, or a country named as a state's stand-in ("an Iran-backed militia")
        "XS": r"(?:⟦A(?P<x>\d+)⟧|⟪P(?P<xs>\d+)⟫)",
        # a subject may carry a "which/who" aside: "X, which is allied with Y" (the aside is
        # the clause) and "X, which ..., has fought Y" (the aside is skipped)
        "XP": rf"(?:⟦A(?P<x>\d+)⟧|(?P<xp>{_PRONOUN})){_ASIDE_AFTER_SUBJECT}",
        "YP": rf"(?:⟦A(?P<y>\d+)⟧|(?P<yp>{_PRONOUN})){_ASIDE_AFTER_OBJECT}",
        # "Ansar Dine, al-Mourabitoun and the Sahara branch of AQIM": each a subject
        "MEMBERS": (
            r"(?P<members>⟦A\d+⟧(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
            r"(?:[^⟦⟧⟪⟫.;,]{0,40}?)?⟦A\d+⟧)*)"
        ),
        # "fought alongside Kataib Hezbollah and Harakat al-Nujaba": each an object
        "OBJECTS": (
            r"(?P<objects>⟦A\d+⟧(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
            r"(?:[^⟦⟧⟪⟫.;,]{0,40}?)?⟦A\d+⟧)*)"
        ),
        "PLACES": (
            r"(?P<places>⟪P\d+⟫(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?⟪P\d+⟫)*)"
            r"(?:\s+(?:regions?|provinces?|districts?|areas?|states?|border\s+region))?"
        ),
    }
    table = {**macros, **slots}
    # macros may use macros ("{LEAD_DEF}" is "{LEAD_N}" or "commander")
    for _ in range(5):
        expanded = re.sub(r"\{([A-Z_]+)\}", lambda m: table[m.group(1)], pattern)
        if expanded == pattern:
            break
        pattern = expanded
    return pattern


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
        actors: Sequence[Actor],
        claim_spans: list[tuple[int, int]],
        timexes: Sequence[Timex],
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.views = views
        self.keys = {a.key for a in actors}
        self.types = {a.key: a.type for a in actors}
        self.claim_spans = claim_spans
        self.timexes = timexes
        # successors waiting for what their predecessor led: (subject, predecessor, view,
        # certainty, period)
        self.successors: list[tuple[str, str, SentenceView, str, str | None]] = []

    def _reference(
        self, view: SentenceView, position: int, word: str, exclude: str | None
    ) -> Slot | None:
        """What a pronoun stands for; one opening a coordinated clause continues the
        clause's subject ("X receives arms from Y, and its fighters ..." : X's fighters)."""
        ref = resolve_reference(self.views, view.index, position, word, exclude=exclude)
        if ref is None or ref not in view.slots or (ref.actor_type or "") == "person":
            return ref
        if not _CLAUSE_OPENING.search(self.text[view.start : position]):
            return ref
        subjects = [
            s
            for s in view.slots
            if s.kind == "actor"
            and s.end <= position
            and s.key != exclude
            and (s.actor_type or "") != "person"
            and self._is_subject(s, strict=True)
        ]
        if subjects and not self._is_subject(ref, strict=True):
            return subjects[-1]
        return ref

    def _state_of(self, slot: Slot) -> Slot | None:
        """The state a country's name stands for, where the document names it as an actor."""
        place = slot.place.place if slot.place is not None else None
        if place is None or place.feature != "country" or not place.country_code:
            return None
        key = state_key(place.country_code)
        if key not in self.keys:
            return None
        return Slot("actor", slot.start, slot.end, slot.text, key, self.types.get(key))

    def _subject(
        self, p: RelationPattern, view: SentenceView, m: re.Match[str], obj: Slot | None
    ) -> Slot | None:
        if m.groupdict().get("x"):
            return view.slot_at(m.group("x"))
        if m.groupdict().get("xs"):
            return self._state_of(view.slot_at(m.group("xs")))
        if m.groupdict().get("xp"):
            pos = view.to_doc(m.start("xp"), m.end("xp"))[0]
            return self._reference(view, pos, m.group("xp"), obj.key if obj else None)
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
            return self._reference(view, pos, m.group("yp"), x.key if x else None)
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

    def _is_subject(self, slot: Slot, strict: bool = False) -> bool:
        span = self.doc.char_span(slot.start, slot.end, alignment_mode="expand")
        deps = ("nsubj", "nsubjpass") if strict else ("nsubj", "nsubjpass", "ROOT", "appos")
        return span is not None and span.root.dep_ in deps

    def _glued(self, view: SentenceView, slot: Slot) -> bool:
        """The slot is part of a longer name: "ISIL-Somalia" is no mention of ISIL, nor is
        "the ISIL General Directorate of Provinces" (two names side by side)."""
        if _GLUED.match(self.text, slot.end) or re.search(
            r"\w[-–]$", self.text[max(0, slot.start - 2) : slot.start]
        ):
            return True
        if slot not in view.slots:
            return False  # a state read off a country's name
        token = f"⟦A{view.slots.index(slot)}⟧"
        at = view.masked.find(token)
        return at >= 0 and bool(re.match(r"[ \t]+⟦", view.masked[at + len(token) :]))

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
        # "Iran denies that it arms the Houthis": the claim is a denial
        if _DENIAL_THAT.search(self.text, view.start, start):
            return "negated"
        # the match ends inside an attributed claim ("X, which according to Y is a branch")
        if any(cs < end <= ce for cs, ce in self.claim_spans):
            return "reported"
        return "asserted"

    def _period_phrase_after(self, view: SentenceView, end: int) -> str | None:
        """A period phrase right after the match: "X split from Y after the 2016 peace
        agreement", "X has been based in P since the 2013 takeover", "X led Y until his
        death in May 2021", "... until he was killed in July 2024"."""
        tail = self.text[end : view.end]
        at = end + len(tail) - len(tail.lstrip(" ,"))
        if not _lexicon().period_prep.match(self.text, at, view.end):
            return None
        found = clause_period(self.text, (at, view.end), at, self.timexes)
        if found and self.text.startswith(found.split(", ")[0], at):
            # "until his death in May 2021": the date of the phrase's event right after it
            f_end = at + len(found.split(", ")[0])
            date = self._date_at(view, f_end, r"\s+(?:in|on)\s+")
            return self.text[at:date] if date and ", " not in found else found
        # "until he was killed in July 2024": a short clause that closes on its date
        date = self._date_at(view, at, r"[^,;.()\"“”]{1,50}?")
        if date is not None:
            return self.text[at:date]
        return None

    def _date_at(self, view: SentenceView, start: int, gap: str) -> int | None:
        """The end of a date that follows ``start`` across ``gap`` (a regex), if any."""
        for t in sorted(self.timexes, key=lambda t: t.start):
            if t.type == "SET" or not (start < t.start and t.end <= view.end):
                continue
            if re.fullmatch(gap, self.text[start : t.start]) and not re.search(
                r"\b(?:and|but|when|while|which|who|where|whereas|after|before)\b",
                self.text[start + 1 : t.start],
                re.IGNORECASE,
            ):
                return t.end
        return None

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
        if m.groupdict().get("bslot") and not _BRANCH_NAME.search(
            view.slot_at(m.group("bslot")).text
        ):
            return []
        if m.groupdict().get("objects"):
            out: list[Relation] = []
            for obj in _member_slots(view, m.group("objects")):
                out.extend(self._relations_with(p, view, m, obj))
            return out
        return self._relations_with(p, view, m, self._object(p, view, m))

    def _relations_with(
        self, p: RelationPattern, view: SentenceView, m: re.Match[str], obj: Slot | None
    ) -> list[Relation]:
        if m.groupdict().get("members"):
            return self._member_relations(p, view, m, obj)
        subj = self._subject(p, view, m, obj)
        if subj is None or subj.key is None:
            return []
        if p.subject_name is not None and not p.subject_name.search(subj.text):
            return []
        if any(s is not None and s.kind == "actor" and self._glued(view, s) for s in (subj, obj)):
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
        if p.object_from == "predecessor":
            self._successor(view, m, subj)
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
        )
        opening = _RELATIVE_OPENING.match(m.group(0))
        if period is None and opening and "," not in m.group(0)[opening.end() :]:
            # "X, who led Y from 1992, ...": the relation is stated in the relative clause
            at = view.to_doc(m.start() + opening.start(1), m.end())[0]
            period = relation_period(self.text, (at, view.end), (start, end), self.timexes)
        period = period or self._period_phrase_after(view, end)
        if period and _PRESENT.fullmatch(period):
            period = None  # "X, now rebranded as Y", "its current leader": no time stated
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

    def _successor(self, view: SentenceView, m: re.Match[str], subj: Slot) -> None:
        """Note that ``subj`` succeeded the person the match names ("his successor, X")."""
        if m.groupdict().get("pred"):
            pred: Slot | None = view.slot_at(m.group("pred"))
        else:
            pos = view.to_doc(m.start("predp"), m.end("predp"))[0]
            pred = resolve_reference(self.views, view.index, pos, m.group("predp"), subj.key)
        if pred is None or pred.key is None or (pred.actor_type or "") != "person":
            return
        start, end = view.to_doc(m.start(), m.end())
        certainty = self._certainty(view, start, end)
        period = relation_period(self.text, (view.start, view.end), (start, end), self.timexes)
        self.successors.append((subj.key or "", pred.key, view, certainty, period))

    def successor_relations(self, found: Sequence[Relation]) -> list[Relation]:
        """``leader_of`` for each successor, of what the document says the predecessor led
        (stated before the succession, else anywhere)."""
        out: list[Relation] = []
        for subject, pred, view, certainty, period in self.successors:
            led = [
                r
                for r in found
                if r.subject == pred
                and r.predicate == "leader_of"
                and r.certainty != "negated"
                and r.object_actor
            ]
            before = [r for r in led if r.anchor.start <= view.end]
            chosen = before[-1] if before else (led[0] if led else None)
            if chosen is None or chosen.object_actor == subject:
                continue
            out.append(
                Relation(
                    subject,
                    "leader_of",
                    anchor_of(view),
                    object_actor=chosen.object_actor,
                    certainty=certainty,
                    period=period,
                )
            )
        return out


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
    # "Qasem Soleimani, the commander of the Quds Force": a leader is no mere member
    leaders = {
        (r.subject, r.object_actor)
        for r in relations
        if r.predicate == "leader_of" and r.certainty != "negated"
    }
    seen: set[tuple[object, ...]] = set()
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
    matcher = _Matcher(doc, views, actors, claim_spans, timexes)
    found = matcher.run(load_patterns())
    found.extend(_stated_memberships(doc, views, actors))
    found.extend(matcher.successor_relations(found))
    found.sort(key=lambda r: (r.anchor.start, r.predicate))
    return _dedupe(found)
