"""The relation matcher: applies the relation patterns to a document's sentence views.

For each match it finds the subject and the object (a slot, a pronoun resolved to the actor
named before, the state a country's name stands for, the branch whose gazetteer parent is
the object, ...), checks their kinds, and makes the relations with their certainty
(:mod:`~dossier.extract.relation_certainty`) and period
(:mod:`~dossier.extract.relation_periods`); a successor ("his successor, Y") is noted, and
later leads what the document says the predecessor led.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc

from dossier.extract.common import (
    DEFINITE_ORG,
    GROUP_TYPES,
    SentenceView,
    Slot,
    anchor_of,
    load_data,
    relation_period,
    resolve_reference,
)
from dossier.extract.relation_certainty import relation_certainty
from dossier.extract.relation_patterns import (
    RelationPattern,
    holding_alternation,
    holding_participles,
    pattern_probe,
    relation_lexicon,
)
from dossier.extract.relation_periods import complete_range, period_phrase_after
from dossier.extract.relation_references import (
    definite_group_noun,
    reference_fits,
    topic_antecedent,
    unanchored_state,
)
from dossier.extract.relation_slots import government_of, member_slots, type_ok
from dossier.nlp.text import doc_text
from dossier.records import Actor, Anchor, Relation, Timex
from dossier.resolve.actor_gazetteer import load_actor_gazetteer
from dossier.resolve.geo_rules import demonym_country
from dossier.resolve.states import state_key

__all__ = [
    "BARE_DURATION",
    "PLACE_PREDICATES",
    "PRESENT",
    "RelationMatcher",
    "held_place_predicates",
    "holding_participles",  # relation_patterns' list, read here by its readers
]

PLACE_PREDICATES = {"based_in", "controls", "operates_in", "recruits_in"}

# a branch's name the tagger read as a place's: "ISIL's Central Africa Province"
_BRANCH_NAME = re.compile(r"\b(?:province|branch|wilayah?|wilayat|wing)\b", re.IGNORECASE)
# a slot glued to a following name is part of a longer one: "ISIL-Somalia", "the ISIL
# General Directorate of Provinces" (a body of the group, named with the group's name)
_GLUED = re.compile(
    r"[-–](?:[A-Z0-9]|⟪|⟦)|\s+(?:[A-Z][\w-]*\s+){0,2}(?:Directorate|Office|Bureau|Council|"
    r"Committee|Commission|Department|Ministry|Division|Brigades?|Battalion|Wing|Branch|"
    r"Province|Agency|Service|Shura)\b"
)
# a relative clause the match is stated in: "X, who had led Y since 1992"
_RELATIVE_OPENING = re.compile(r"^⟦A\d+⟧\s*,\s*(who|which)\b")
# a relation stated in an apposition to its subject: "X, a branch of Y, ..."
_APPOSITION_OPENING = re.compile(r"^⟦A\d+⟧\s*,\s*(?!(?:who|which)\b)")
# words of the present that give a relation no period of its own
# relations that happen at a time (a split, a merger, a founding) rather than hold over one
_HAPPENINGS = frozenset(
    {"merged_into", "formed_from", "split_from", "split_into", "founded_by", "founder_of"}
)
_DAY_OPENING = re.compile(r"(?i)on\b")
# a group's province named as such ("the province's operations")
_PROVINCE_WORD = re.compile(r"\b(?:province|wilayah?|wilayat)\b", re.IGNORECASE)
# (h1, s14) a role the match calls a past one: "X, a former head of Y", "an ex-commander of
# Y" (the relation held once: its period is "former", never a current one); "former Z chief
# negotiator X" names a past role in Z, a slot away, and says nothing of X's other groups
_FORMER_ROLE = re.compile(
    r"\b(?:former\s+|ex-\s*)(?:[\w-]+\s+){0,2}?(?:leader|head|chief|commander|emir|amir|"
    r"founder|chairman|president|member|fighter|militant|spokes(?:man|person|woman)|"
    r"official|officer|deputy|lieutenant|cadre|operative)s?\b",
    re.IGNORECASE,
)
# (h1, s14) a hostility or an alliance only possible: "X could clash with Y", "Y might join
# forces with X" (no relation that holds; "may have clashed" is one hedged)
_POSSIBLE_ONLY = re.compile(r"\b(?:could|might|may)\s+(?!have\b|\s|\d)")
# (h1, s14) a place taken: the date of the seizure opens the control ("seized P on 14
# February", "On 3 March X captured P")
_SEIZED = re.compile(
    r"\b(?:seized|seize|seizes|captured|capture|captures|took|taken|take|takes|overran|"
    r"overrun|retook|retaken|recaptured|stormed)\b",
    re.IGNORECASE,
)


def _words(key: str) -> str:
    """The words of the list ``key`` of ``relation_patterns.yaml`` as one alternation."""
    words = [str(w) for w in load_data("relation_patterns.yaml")[key]]
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"


@lru_cache(maxsize=1)
def _outside_place() -> re.Pattern[str]:
    """(rel2, s19) The text before a place that puts what is held outside it ("controls the
    islands near P"), read from ``outside_place_words`` in ``relation_patterns.yaml``: a word
    of it, then at most a few words and no other name, right before the place."""
    return re.compile(
        rf"\b{_words('outside_place_words')}\s+(?:[^\s⟦⟧⟪⟫,;]+\s+){{0,3}}$", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _hold_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(s16) The date right after a place taken ("took P town (Amuru district) on 19
    October": a parenthesis naming the district), the words of a short hold (its dates are
    the whole period of the control) and the joins of a range of days, read from
    ``seizure_place_nouns``, ``brief_words`` and ``day_range_joins`` in
    ``relation_patterns.yaml``."""
    after = re.compile(
        rf"(?:\s+{_words('seizure_place_nouns')})?(?:\s*\([^()]{{1,40}}\))?"
        r"\s*,?\s*(?:on|in|by)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
    brief = re.compile(rf"\b{_words('brief_words')}\b", re.IGNORECASE)
    join = re.compile(rf"\s*{_words('day_range_joins')}\s*", re.IGNORECASE)
    return after, brief, join


_SEIZURE_DATE_FRONTED = re.compile(r"^[\s\"“*•·–—-]*(?:on|in|by)?\s*$", re.IGNORECASE)


_POSS_PRONOUN = re.compile(r"\b(?:its|their)\b", re.I)


@lru_cache(maxsize=1)
def held_by_glue() -> str:
    """(rel2, s21) The words glued to a holder's name before a place, as a regular
    expression: a hyphen, one holding participle and up to one word ("JNIM-held (eastern)
    P"); "X-backed", "X-led" name no holder."""
    return rf"[-–]{holding_alternation()}\s+(?:[a-z-]+\s+)?$"


@lru_cache(maxsize=1)
def _held_by() -> re.Pattern[str]:
    """(rel2, s21) a place of a list qualified by its holder: "SDF-held (eastern) P"."""
    return re.compile(r"⟦A\d+⟧" + held_by_glue())


@lru_cache(maxsize=1)
def held_place_predicates() -> frozenset[str]:
    """(rel2, s21) The place predicates a place held by another actor may fill ("operate in
    Homs and in SDF-held Raqqa"); ``held_place_predicates`` in ``relation_patterns.yaml``."""
    return frozenset(str(w) for w in load_data("relation_patterns.yaml")["held_place_predicates"])


@lru_cache(maxsize=1)
def _civil_types() -> frozenset[str]:
    """(rel, s21) The kinds of a civil body "its"/"their" may stand for in its own sentence
    (``civil_reference_types`` in ``relation_patterns.yaml``)."""
    return frozenset(str(w) for w in load_data("relation_patterns.yaml")["civil_reference_types"])


# a definite possessor in a matched text: "the group's", "the rebels'"
_DEFINITE_POSSESSOR = re.compile(r"\b(?:the|this|that)\s+[\w-]+(?:[’']s?)", re.I)


@lru_cache(maxsize=1)
def _pronoun_rivals() -> re.Pattern[str]:
    """(rel2, s15) The nouns "its"/"their" may stand for rather than an earlier sentence's
    group (``pronoun_rivals`` in ``relation_patterns.yaml``)."""
    words = sorted(str(w) for w in load_data("relation_patterns.yaml")["pronoun_rivals"])
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def _incident_date(text: str, view: SentenceView, start: int, period: str, predicate: str) -> bool:
    """A period that is no period of the relation: a date inside a name ("Khine Thu Kha"),
    or a date fronted to the sentence before the match ("On 12 April, ...", "In August, the
    BLA carried out attacks across Balochistan"): the date of the incident the sentence
    tells, not the period of a relation that holds ("its leader, X", "operates in P"); for a
    split or a merger only a day ("On 12 April") is the incident's."""
    at = text.find(period, view.start, view.end)
    if at >= 0 and any(
        s.kind == "actor" and s.start <= at < s.end and at + len(period) <= s.end
        for s in view.slots
    ):
        return True  # "Khine Thu Kha": a weekday inside a name is no date
    if not 0 <= at < start or text[view.start : at].strip(' \t\n"“*'):
        return False
    return predicate not in _HAPPENINGS or bool(_DAY_OPENING.match(period))


# a length of time with no date: "disputed for months", "for several years" (no period)
BARE_DURATION = re.compile(
    r"(?:for\s+|over\s+|in\s+|within\s+|after\s+)?(?:the\s+)?(?:past\s+|last\s+)?"
    r"(?:several\s+|many\s+|some\s+|a\s+few\s+)?(?:minutes|hours|days|weeks|months|years|decades)",
    re.IGNORECASE,
)
PRESENT = re.compile(r"(?:now|current|currently|today|at present|presently)", re.IGNORECASE)
# a pronoun that opens a coordinated clause: "X receives arms from Y, and its fighters ..."
_CLAUSE_OPENING = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas)?|\band|\bbut)\s*$", re.I)
# the words between an appositive's anchor and the pronoun opening a relative clause on it
# ("the FDLR, a Hutu militia it accuses ..."): no pronoun there stands for the anchor
_CONTACT_RELATIVE = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){1,4}", re.IGNORECASE)


def _former_role(m: re.Match[str]) -> bool:
    """(h1, s14) Whether the match calls the role it states a past one: "X, a former head
    of Y", "Y's former commander X" (where the match names its object Y, the past role must
    be the one held in Y: "joined X, a former head of Z, in launching Y" is no former role
    in Y)."""
    y = m.groupdict().get("y")
    for found in _FORMER_ROLE.finditer(m.group(0)):
        if y is None:
            return True
        after = m.group(0)[found.end() :]
        before = m.group(0)[: found.start()]
        if re.match(rf"\s+(?:of|in|for|with)\s+(?:the\s+)?⟦A{y}⟧", after) or re.search(
            rf"⟦A{y}⟧(?:[’']s)?\s*(?:,\s*)?(?:an?\s+|the\s+|its\s+)?$", before
        ):
            return True
    return False


class RelationMatcher:
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
        self.member_of = {a.key: a.member_of for a in actors if a.member_of}
        self.countries = {a.key: a.country for a in actors if a.country}
        self.governments = {
            a.key: a.country for a in actors if a.type == "government" and a.country
        }
        self.claim_spans = claim_spans
        self.timexes = timexes
        # successors waiting for what their predecessor led: (subject, predecessor, view,
        # certainty, period)
        self.successors: list[tuple[str, str, SentenceView, str, str | None]] = []
        # relations of the group a person leads, waiting for what he leads ("X, whose group
        # controls P": the subject is the person until then)
        self.led_groups: list[Relation] = []

    def _group_reference(
        self, view: SentenceView, position: int, word: str, exclude: str | None
    ) -> Slot | None:
        """The actor a reference stands for, a definite group noun read strictly ("the
        group's", "the rebels'": the one armed group of its kind before it, none where two
        compete; the rebels no pro-government militia); a pronoun as before."""
        noun = definite_group_noun(word)
        if noun is None:
            return resolve_reference(self.views, view.index, position, word, exclude=exclude)
        fits = reference_fits(False, noun)
        here = [
            s
            for s in view.slots
            if s.end <= position and s.key != exclude and fits(s) and s.start >= view.start
        ]
        if here:
            # "the Taliban allow the group to run camps": the nearest that fits in its own
            # sentence (the rebels no pro-government militia)
            return here[-1]
        # (rel2, s19) "Boko Haram and ISWAP clashed. The group's leader, N": neither
        return topic_antecedent(self.text, self.views, view.index, fits, exclude)

    def _reference(
        self, view: SentenceView, position: int, word: str, exclude: str | None
    ) -> Slot | None:
        """What a pronoun stands for; one opening a coordinated clause continues the
        clause's subject ("X receives arms from Y, and its fighters ..." : X's fighters).

        A pronoun in an object's place is not its verb's subject ("the Taliban allow the
        group to operate camps": the group is not the Taliban), nor the possessor of the
        actor it is excluded for ("Y's office, which channels funds to it": not Y)."""
        ref = self._group_reference(view, position, word, exclude)
        if (
            ref is not None
            and ref.start < view.start
            and _POSS_PRONOUN.fullmatch(word.strip())
            and _pronoun_rivals().search(self.text[view.start : position])
        ):
            return None  # (rel2, s15) "the garrison's troops ... their commander, X"
        ref = self._armed_group_for(view, position, word, exclude, ref)
        if (
            ref is not None
            and ref in view.slots
            and _CONTACT_RELATIVE.fullmatch(self.text[ref.end : position])
        ):
            # "the FDLR, a militia it accuses Kinshasa of backing": the pronoun of a relative
            # clause on an appositive is not the appositive's own anchor
            ref = resolve_reference(self.views, view.index, ref.start, word, exclude=exclude)
        binder = self._binding_subject(view, position)
        if ref is not None and binder is not None and ref.key == binder:
            ref = resolve_reference(self.views, view.index, position, word, exclude=binder)
            if ref is not None and ref.key == exclude:
                return None
        if ref is not None and exclude is not None and ref in view.slots:
            after = view.slots.index(ref) + 1
            if (
                after < len(view.slots)
                and view.slots[after].key == exclude
                and re.fullmatch(r"[’']s\s+", self.text[ref.end : view.slots[after].start])
            ):
                ref = resolve_reference(self.views, view.index, ref.start, word, exclude=exclude)
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

    def _armed_group_for(
        self, view: SentenceView, position: int, word: str, exclude: str | None, ref: Slot | None
    ) -> Slot | None:
        """ "The group" names an armed group: where the sentence it was resolved in names an
        armed group beside a mere organisation ("The Monitoring Team was told that ISIL-K
        retains 4,000 fighters. Others assess that the group ..."), the armed group."""
        if ref is None or not DEFINITE_ORG.match(word.strip()) or ref.actor_type in GROUP_TYPES:
            return ref
        home = next((v for v in self.views if ref in v.slots), None)
        if home is None:
            return ref
        groups = [
            s
            for s in home.slots
            if s.kind == "actor"
            and s.actor_type in GROUP_TYPES
            and s.key != exclude
            and (home.index != view.index or s.end <= position)
        ]
        if not groups:
            return ref
        return groups[-1] if home.index == view.index else groups[0]

    def _binding_subject(self, view: SentenceView, position: int) -> str | None:
        """The actor that is the subject of the verb a pronoun at ``position`` is the object
        of ("X allows the group to operate", "X sheltered them"); None elsewhere."""
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None:
            return None
        token = span[0]
        if token.dep_ == "det" or token.lower_ == "the":
            token = token.head
        verb = None
        if token.dep_ in ("dobj", "dative", "obj"):
            verb = token.head
        elif token.dep_ == "nsubj" and token.head.dep_ in ("ccomp", "xcomp", "oprd"):
            # "allow the group to operate": the subject of an infinitive a verb governs
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.head.children):
                verb = token.head.head
        elif token.dep_ == "pobj" and token.head.dep_ in ("prep", "dative"):
            verb = token.head.head
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        at = subjects[0].idx
        for slot in view.slots:
            if slot.kind == "actor" and slot.start <= at < slot.end:
                return slot.key
        return None

    def _state_of(self, slot: Slot) -> Slot | None:
        """The state a country's name stands for, where the document names it as an actor."""
        place = slot.place.place if slot.place is not None else None
        if place is None or place.feature != "country" or not place.country_code:
            return None
        key = state_key(place.country_code)
        if key not in self.keys:
            return None
        return Slot("actor", slot.start, slot.end, slot.text, key, self.types.get(key))

    def _state_of_demonym(self, view: SentenceView, m: re.Match[str]) -> Slot | None:
        """The state a demonym stands for ("Turkish-backed"), where the document names it."""
        code = demonym_country(m.group("xdem"))
        key = state_key(code) if code else None
        if key is None or key not in self.keys:
            return None
        start, end = view.to_doc(m.start("xdem"), m.end("xdem"))
        return Slot("actor", start, end, m.group("xdem"), key, self.types.get(key))

    def _subject(
        self, p: RelationPattern, view: SentenceView, m: re.Match[str], obj: Slot | None
    ) -> Slot | None:
        if m.groupdict().get("x"):
            return view.slot_at(m.group("x"))
        if m.groupdict().get("xs"):
            return self._state_of(view.slot_at(m.group("xs")))
        if m.groupdict().get("xdem"):
            return self._state_of_demonym(view, m)
        if m.groupdict().get("xp"):
            pos = view.to_doc(m.start("xp"), m.end("xp"))[0]
            return self._reference(view, pos, m.group("xp"), obj.key if obj else None)
        if p.subject_from == "parent_of_y" and obj is not None:
            return self._child_of(obj.key or "", view, view.to_doc(m.start(), m.end())[0])
        if p.subject_from == "topic":
            pos = view.to_doc(m.start(), m.end())[0]
            return resolve_reference(self.views, view.index, pos, "it")
        if p.subject_from == "group":
            # "The al-Qaeda-linked group claimed ...": the armed group "the group" stands for
            pos = view.to_doc(m.start(), m.end())[0]
            return resolve_reference(
                self.views, view.index, pos, "the group", obj.key if obj else None
            )
        return None

    def _object(self, p: RelationPattern, view: SentenceView, m: re.Match[str]) -> Slot | None:
        if m.groupdict().get("y"):
            return view.slot_at(m.group("y"))
        if m.groupdict().get("ys"):
            return self._state_of(view.slot_at(m.group("ys")))
        if m.groupdict().get("yp"):
            pos = view.to_doc(m.start("yp"), m.end("yp"))[0]
            x = view.slot_at(m.group("x")) if m.groupdict().get("x") else None
            return self._reference(view, pos, m.group("yp"), x.key if x else None)
        return None

    def _topic_group(
        self, view: SentenceView, m: re.Match[str], exclude: str | None
    ) -> Slot | None:
        """(rel2, s19) The group a role's possessor names ("The group's leader, N", "the
        rebels' spokesman, N"): read strictly where the match writes a definite group noun,
        else the group the sentence speaks of."""
        for d in _DEFINITE_POSSESSOR.finditer(m.group(0)):
            if definite_group_noun(d.group(0)) is not None:
                pos = view.to_doc(m.start() + d.start(), m.start() + d.end())[0]
                return self._group_reference(view, pos, d.group(0), exclude)
        pron = _POSS_PRONOUN.search(m.group(0))
        if pron is not None:
            # (rel, s21) "The Baloch Yakjehti Committee kept up protests despite the detention
            # of its leader, N": the pronoun names the civil body its own sentence names
            # before it, not an armed group of an earlier sentence ("the group" would)
            pos = view.to_doc(m.start() + pron.start(), m.start() + pron.end())[0]
            ref = resolve_reference(self.views, view.index, pos, pron.group(0), exclude)
            if ref is not None and ref in view.slots and ref.actor_type in _civil_types():
                return ref
        pos = view.to_doc(m.start(), m.end())[0]
        return resolve_reference(self.views, view.index, pos, "the group", exclude)

    def _untold_state(self, view: SentenceView, slot: Slot) -> bool:
        """(rel2, s19) A state named only by a common noun ("the junta") that its context
        ties to no country, or to another (see ``unanchored_state``)."""
        return unanchored_state(slot, self.text, self.views, view.index, self.countries, self.types)

    def _named_pair(self, view: SentenceView, position: int) -> tuple[Slot, Slot] | None:
        """The two armed groups "the two groups" stands for: those the sentence names before
        ``position``, else those of the sentence before; None unless exactly two are named."""
        candidates = [s for s in view.actor_slots() if s.end <= position]
        if not candidates and view.index > 0:
            candidates = self.views[view.index - 1].actor_slots()
        groups: dict[str, Slot] = {}
        for slot in candidates:
            if slot.key and slot.actor_type in GROUP_TYPES:
                groups.setdefault(slot.key, slot)
        if len(groups) != 2:
            return None
        first, second = groups.values()
        return first, second

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

    def _member_relations(
        self, p: RelationPattern, view: SentenceView, m: re.Match[str], obj: Slot | None
    ) -> list[Relation]:
        """One relation per actor of a ``{MEMBERS}`` list, all with the same object."""
        if obj is None or obj.key is None or not type_ok(obj, p.object):
            return []  # (rel2, s15) "part of" an alliance is membership, of a group not
        start, end = view.to_doc(m.start(), m.end())
        certainty = relation_certainty(self.text, view, start, end, self.claim_spans)
        if p.certainty and certainty == "asserted":
            certainty = p.certainty  # "widely understood to be a front for A, B and C"
        period = relation_period(
            self.text, (view.start, view.end), (start, end), self.timexes
        ) or period_phrase_after(self.text, view, end, self.timexes)
        if period and (
            _incident_date(self.text, view, start, period, p.predicate)
            or BARE_DURATION.fullmatch(period)
        ):
            period = None
        if period:
            # "backed by A and B from April 2019 until June 2020": the period with its end
            period = complete_range(self.text, view, period, self.timexes)
        return [
            Relation(
                slot.key,
                p.predicate,
                anchor_of(view),
                object_actor=obj.key,
                certainty=certainty,
                period=period,
            )
            for slot in member_slots(view, m.group("members"))
            if slot.key and slot.key != obj.key and type_ok(slot, p.subject)
        ]

    def run(self, patterns: Sequence[RelationPattern]) -> list[Relation]:
        """The relations the matches of ``patterns`` give, sentence by sentence."""
        out: list[Relation] = []
        probe = pattern_probe(patterns)
        for view in self.views:
            if not view.slots:
                continue
            # the patterns whose literal prefilters the sentence passes, in one search
            may = probe.candidates(view.masked, view.masked.lower())
            for i in sorted(may):
                p = patterns[i]
                if p.unless is not None and p.unless.search(view.masked):
                    continue  # "wrongly accused of membership in Y"
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
            for obj in member_slots(view, m.group("objects")):
                out.extend(self._relations_with(p, view, m, obj))
            return out
        if p.subject_from == "pair_each":
            # (relB, s23) "the two groups are hostile to Y": each of the two named before
            pair = self._named_pair(view, view.to_doc(m.start(), m.end())[0])
            target = self._object(p, view, m)
            if pair is None or target is None:
                return []
            return [
                r
                for subj in pair
                if subj.key != target.key
                for r in self._relations_with(p, view, m, target, subject=subj)
            ]
        return self._relations_with(p, view, m, self._object(p, view, m))

    def _relations_with(
        self,
        p: RelationPattern,
        view: SentenceView,
        m: re.Match[str],
        obj: Slot | None,
        subject: Slot | None = None,
    ) -> list[Relation]:
        if m.groupdict().get("members"):
            return self._member_relations(p, view, m, obj)
        subj: Slot | None
        if subject is not None:
            subj = subject
        elif p.subject_from == "pair":
            # "The two groups remain bitter rivals": the two groups named just before
            pair = self._named_pair(view, view.to_doc(m.start(), m.end())[0])
            if pair is None:
                return []
            subj, obj = pair
        else:
            subj = self._subject(p, view, m, obj)
        if subj is None or subj.key is None:
            return []
        if p.subject_name is not None and not p.subject_name.search(subj.text):
            return []
        if any(s is not None and s.kind == "actor" and self._glued(view, s) for s in (subj, obj)):
            return []
        if m.groupdict().get("vpgap") and m.groupdict().get("x") and not self._is_subject(subj):
            return []  # "X fought Y and controls P": Y is no subject of "controls"
        if m.groupdict().get("ysubj") is not None and obj is not None and not self._is_subject(obj):
            return []  # (s19) "pushed Y out of P, with support from X": Y is not supported
        if p.predicate == "leader_of" and obj is not None and self._untold_state(view, obj):
            return []  # (rel2, s19) "the junta led by N": whose junta its context must tell
        object_key: str | None = obj.key if obj is not None else None
        if p.object_from == "parent_of_x":
            object_key = subj.parent if subj.parent in self.keys else None
        elif p.object_from == "topic":
            # "The group's leader, X": the group the sentence speaks of
            ref = self._topic_group(view, m, subj.key)
            if m.groupdict().get("gpron"):
                # (rel2, s15) "The soldiers' unit ... their commander, X": "its"/"their"
                # names the group only where the pronoun itself refers to an armed group
                pron = view.to_doc(m.start("gpron"), m.end("gpron"))[0]
                ref = resolve_reference(self.views, view.index, pron, m.group("gpron"), subj.key)
                if ref is None or ref.actor_type not in GROUP_TYPES:
                    return []
            pron_at = _POSS_PRONOUN.search(m.group(0))
            if (
                ref is not None
                and pron_at is not None
                and ref.start < view.start
                and _pronoun_rivals().search(view.masked[: m.start() + pron_at.start()])
            ):
                return []  # "the soldiers ... their commander": not the earlier group
            object_key = ref.key if ref is not None else None
            if object_key is None:
                return []
            if _PROVINCE_WORD.search(m.group(0)):
                # "X now leads the province's operations": the group's province the
                # document names, not the group itself
                object_key = self._province_of(object_key) or object_key
        elif p.object_from == "sentence_subject":
            orgs = [s for s in view.actor_slots() if s.actor_type != "person" and s.key != subj.key]
            object_key = orgs[0].key if orgs else None
        elif p.object_from == "government":
            # "government-aligned Giants Brigades": the government of its country
            object_key = government_of(view, subj.key, self.governments, self.countries)
        elif (
            p.predicate == "affiliate_of"
            and obj is not None
            and obj.actor_type == "person"
            and subj.actor_type != "person"
        ):
            # "X pledged allegiance to Abu Bakr al-Baghdadi": to the group he leads
            object_key = self._organisation_of(obj.key or "")
            if object_key is None:
                return []
        elif obj is not None and not type_ok(obj, p.object):
            return []
        if not type_ok(subj, p.subject):
            return []
        if p.object_from == "predecessor":
            self._successor(view, m, subj)
            return []
        predicate = p.predicate
        if p.person_predicate and subj.actor_type == "person":
            predicate = p.person_predicate
        start, end = view.to_doc(m.start(), m.end())
        certainty = relation_certainty(self.text, view, start, end, self.claim_spans)
        if p.certainty and certainty == "asserted":
            certainty = p.certainty
        predicate = self._narrower(p, view, m, predicate, subj)
        stated = None
        if m.groupdict().get("clause"):
            stated = view.to_doc(m.start("clause"), m.end())
        elif m.groupdict().get("aside"):
            # "X, founded in 2019 by Y, split from Z": 2019 is not when X split
            stated = view.to_doc(m.end("aside"), m.end())
        elif m.groupdict().get("yaside"):
            # "Y, a splinter of Z founded in 2012, was led by X": 2012 is not when X led Y
            if m.end("yaside") < m.end():
                stated = view.to_doc(m.end("yaside"), m.end())
            else:
                stated = view.to_doc(m.start(), m.start("yaside"))
        period = relation_period(
            self.text, (view.start, view.end), stated or (start, end), self.timexes
        )
        if period and _APPOSITION_OPENING.match(m.group(0)):
            # "On 12 December 2023, militants of X, widely viewed as a Y front, attacked
            # ...": a date fronted to the sentence is the attack's, not the aside's
            at = self.text.find(period, view.start, view.end)
            if 0 <= at < start:
                period = None
        opening = _RELATIVE_OPENING.match(m.group(0))
        if (
            period is None
            and opening
            and not m.groupdict().get("clause")
            and "," not in m.group(0)[opening.end() :]
        ):
            # (r2, s14: not where the pattern names the clause the relation is stated in:
            # "X, which split from Z in 2018 and is fighting Y")
            # "X, who led Y from 1992, ...": the relation is stated in the relative clause
            at = view.to_doc(m.start() + opening.start(1), m.end())[0]
            period = relation_period(self.text, (at, view.end), (start, end), self.timexes)
        period = period or period_phrase_after(self.text, view, end, self.timexes)
        if period and _incident_date(self.text, view, start, period, predicate):
            period = None  # "On 12 April, FAMa and Africa Corps (formerly Wagner) struck"
        if period and (PRESENT.fullmatch(period) or BARE_DURATION.fullmatch(period)):
            period = None  # "X, now rebranded as Y", "its current leader": no time stated
        if period:
            # "occupied P from August 2020 to August 2021": the period with its end
            period = complete_range(self.text, view, period, self.timexes)
        if predicate in ("hostile_to", "allied_with") and _POSSIBLE_ONLY.search(m.group(0)):
            return []  # (h1, s14) "X could clash with Y": a possibility, no relation
        if predicate == "controls" and period is None and _SEIZED.search(m.group(0)):
            period = self._seizure_period(view, start, end)
        if predicate in ("leader_of", "member_of") and period is None and _former_role(m):
            period = "former"  # (h1, s14) "X, a former head of Y": a past role
        anchor = anchor_of(view)
        if p.subject_from == "led_group":
            # "X, whose group controls P": stated of the group X leads, found later
            self.led_groups.extend(
                self._made(subj.key, predicate, anchor, m, view, object_key, certainty, period)
            )
            return []
        return self._made(subj.key, predicate, anchor, m, view, object_key, certainty, period)

    def _seizure_period(self, view: SentenceView, start: int, end: int) -> str | None:
        """(h1, s14) The date a place was taken, which opens its control: one inside the
        match, right after it ("seized P on 14 February") or opening the sentence ("On 3
        March X captured P"); "since" that date."""
        for t in sorted(self.timexes, key=lambda t: t.start):
            if t.type not in ("DATE", "TIME") or not (view.start <= t.start and t.end <= view.end):
                continue
            inside = start <= t.start and t.end <= end
            after = t.start >= end and _hold_words()[0].fullmatch(self.text[end : t.start])
            fronted = t.end <= start and _SEIZURE_DATE_FRONTED.fullmatch(
                self.text[view.start : t.start]
            )
            if inside or after or fronted:
                # (s16) "briefly took control of P on 19-21 October": a hold that ended, its
                # dates the whole period
                if _hold_words()[1].search(self.text[start:end]):
                    return self._day_range(t, view)
                return "since " + t.text
        return None

    def _day_range(self, t: Timex, view: SentenceView) -> str:
        """(s16) The dates of ``t`` with the end of its range where one follows it ("19–21
        October", "3 to 5 March": the timexes "19" and "21 October")."""
        for u in self.timexes:
            if (
                u.start > t.end
                and u.end <= view.end
                and _hold_words()[2].fullmatch(self.text[t.end : u.start])
            ):
                return self.text[t.start : u.end]
        return t.text

    def _made(
        self,
        subject: str | None,
        predicate: str,
        anchor: Anchor,
        m: re.Match[str],
        view: SentenceView,
        object_key: str | None,
        certainty: str,
        period: str | None,
    ) -> list[Relation]:
        """The relations of one match: one per place of its ``{PLACES}``, else one with the
        object actor."""
        if subject is None:
            return []
        if predicate in PLACE_PREDICATES:
            if not m.groupdict().get("places"):
                return []
            before = view.masked[m.start() : m.start("places")]
            if predicate == "controls" and _outside_place().search(before):
                return []  # (rel2, s19) "controls the islands near P": not P
            rels = []
            places = m.group("places")
            for token in re.finditer(r"⟪P\d+⟫(?![’']s\b)", places):
                if predicate not in held_place_predicates() and _held_by().search(
                    places[: token.start()]
                ):
                    # (rel2, s21) "The army controls Gao and JNIM-held Boni": a place another
                    # actor holds is no place the subject holds or is based in
                    continue
                # (a country that qualifies the next place is no place of the relation)
                place = view.slot_at(token.group(0)).place
                if place is None or (place.place is None and not place.text[:1].isupper()):
                    continue
                rels.append(
                    Relation(
                        subject,
                        predicate,
                        anchor,
                        object_place=place,
                        certainty=certainty,
                        period=period,
                    )
                )
            return rels
        if not object_key or object_key == subject:
            return []
        return [
            Relation(
                subject,
                predicate,
                anchor,
                object_actor=object_key,
                certainty=certainty,
                period=period,
            )
        ]

    def _narrower(
        self, p: RelationPattern, view: SentenceView, m: re.Match[str], predicate: str, subj: Slot
    ) -> str:
        """The narrower type the match's own words give ("the West Africa branch of Y", "Y's
        armed wing, X": branch_of, not only affiliate_of): words of the match outside any
        aside, and the subject's name where the pattern reads it ("Y's Sahel Province")."""
        rules = [
            (narrow, words)
            for pred, narrow, words in relation_lexicon().narrower
            if pred == predicate
        ]
        if not rules:
            return predicate
        said = m.group(0)
        for name in ("aside", "yaside"):
            if m.groupdict().get(name):
                a, b = m.start(name) - m.start(), m.end(name) - m.start()
                said = said[:a] + " " + said[b:]
        if p.subject_name is not None:
            said += " " + subj.text
        if m.groupdict().get("bslot"):
            said += " " + view.slot_at(m.group("bslot")).text
        for narrow, words in rules:
            if words.search(said):
                return narrow
        return predicate

    def _province_of(self, parent: str) -> str | None:
        """The one province (branch named a province) of ``parent`` the document names."""
        found = {
            s.key
            for v in self.views
            for s in v.slots
            if s.kind == "actor" and s.key and s.parent == parent and _PROVINCE_WORD.search(s.text)
        }
        return found.pop() if len(found) == 1 else None

    def _organisation_of(self, person: str) -> str | None:
        """The organisation the document's actor ``person`` leads or belongs to (from actor
        resolution, else the gazetteer), where the document names it."""
        org = self.member_of.get(person) or None
        if org is None:
            entry = load_actor_gazetteer().entries.get(person)
            org = entry.member_of if entry is not None else None
        return org if org in self.keys else None

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
        certainty = relation_certainty(self.text, view, start, end, self.claim_spans)
        period = relation_period(self.text, (view.start, view.end), (start, end), self.timexes)
        self.successors.append((subj.key or "", pred.key, view, certainty, period))

    def led_group_relations(self, found: Sequence[Relation]) -> list[Relation]:
        """The relations stated of the group a person leads ("X, whose group controls P"),
        with that group as their subject: the group the document says he leads (stated
        before, else anywhere), else the organisation actor resolution gives him."""
        out: list[Relation] = []
        for r in self.led_groups:
            led = [
                f
                for f in found
                if f.subject == r.subject
                and f.predicate == "leader_of"
                and f.certainty != "negated"
                and f.object_actor
            ]
            before = [f for f in led if f.anchor.start <= r.anchor.start]
            chosen = before[-1] if before else (led[0] if led else None)
            org = chosen.object_actor if chosen is not None else self._organisation_of(r.subject)
            if org is None or org == r.object_actor:
                continue
            out.append(replace(r, subject=org))
        return out

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
            # "Abu Bakr al-Baghdadi was killed ...; the group named X as his successor":
            # else the organisation the predecessor belongs to, where the document names it
            org = chosen.object_actor if chosen is not None else self._organisation_of(pred)
            if org is None or org == subject:
                continue
            if chosen is None and any(
                r.subject == pred and r.predicate == "member_of" and r.object_actor == org
                for r in found
            ):
                continue  # "X, a member of Y, was killed. His successor": X led nothing
            out.append(
                Relation(
                    subject,
                    "leader_of",
                    anchor_of(view),
                    object_actor=org,
                    certainty=certainty,
                    period=period,
                )
            )
        return out
