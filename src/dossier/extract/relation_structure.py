"""(rel, s17) Relations read off the parse: the structure that links two mentions, typed by
its head word.

The surface patterns of ``relation_patterns.yaml`` know the wordings they were written for;
this reads any wording whose dependency structure links two actor mentions (or an actor and
a place) through a head word of ``data/extract/relation_heads.yaml``:

- a noun the subject *is* and whose "of"/"for", possessor or compound is the object: by
  apposition ("X, the armed wing of Y", "Y's leader, X", "X, a Y affiliate"), copula ("X is
  a branch of Y", "X became an ally of Y"), "as" ("X serves as the emir of Y"), a compound
  title ("Y commander X") or "one of" ("X, one of the factions of Y"); conjuncts share it
  ("X and Z, both affiliates of Y");
- a place noun between an actor and a place ("P, the group's stronghold", "X's base in P");
- a participle glued to a name by a hyphen ("the Y-linked X", "X, a Y-backed militia");
- a verb with the actor as its subject (or a relative pronoun, a shared subject of
  coordinated verbs, the noun a participle modifies) and the other mention as its object or
  the object of a listed preposition ("X pledged allegiance to Y", "Y funds X", "X clashed
  with Y", "X, backed by Y", "X is based in P", "X continues to operate in P").

- (s17b) the coordinated agents of one armed act, none of them its target, as allies ("the
  attack was repelled by the army and the Joint Forces", "a joint offensive by X and Y").

- (s18) the structures that carry a relation to several actors or through a common noun:
  those named "together with" a bearer bear its noun too ("X is a member of Y together with
  A and B"); a body's members named by a verb ("an alliance that brings together A and B",
  "the coalition comprises A and B") or by the groups that formed it ("X was formed when A
  and B agreed ...", "A and B formed X"); a generic plural stands for the names it
  introduces ("faces armed groups, among them A and B", "groups such as A"); a plural
  relative clause is every conjunct's ("A and B, which have been recruiting in P"); a
  verb's argument, a passive agent or a subject that is a common noun stands for its
  apposition or the actor it carries ("led by its commander, General N", "targets Y
  clerics", "accused the Y government of arming Z fighters", "Y's spokesperson accused");
  a rank noun with an indefinite or subordinate qualifier is a member's ("a local
  commander"), a role noun qualifying another decides nothing ("chief spokesman"); a place
  "in the hands of X" / "in X hands" / "under X control" is X's.

- (s19) references read strictly (:mod:`~dossier.extract.relation_references`): "Its
  military chief remains N", "the movement's coordinator, N", "the task force's spokesperson"
  stand for the one actor of their kind named before them in the sentence or paragraph (none
  where two compete); a stance glued to a name ("an anti-X militia calling itself Y": Y is
  hostile to X; "pro-X websites" are no X); acting side by side ("deployed alongside Y", "in
  coordination with Y"); a passive accusation with several agents ("X is accused by Y and
  by Z of arming W"); support through a channel ("via contacts with Y", "through networks
  run by Y"); a presence ("has 26,000 members in P"); an attack on a foe's site ("stormed a
  Y base", "attacked positions held by Y"; a hotel is no foe); a role for what a group owns
  ("spokesman for the army's operations").

- (relA, s23) a definite group noun a participle hangs on stands for the one group named
  before it ("The militia, led by N, ..."; none where the paragraph introduced a body of
  that class without a name); a definite role noun compounded with a common noun for the
  one actor whose name ends in it ("N, the brigade commander"; never a state force's noun:
  "the army commander in P" is a local one); a place noun's preposition the parser hung on
  a noun or verb above it is still the noun's ("raids on X and Y camps within P"), and a
  name the noun is coordinated with owns it too; a person's membership
  of a bare force noun made an actor ("Army") is one of the national force.

- (relA, s24) a person's name that owns a group's name leads it ("the X of N", "N's X",
  "the X (XY) of N"); a coalition's name with a dash-set list of two names or more has them
  as members ("the Alliance — A, B and C — ..."); a past participle after a comma modifies
  the name just before it ("merged into the X (XY), led by N"); a name the resolver took
  for a person's, in apposition to a noun of a body's part, is that part ("its media arm,
  N"); a split role word keeps its qualifiers ("provincial co-chair"). No tie of apposition
  or title binds a name of a fronted participle, phrase or subordinate clause, or of the
  report a closing reporting clause gives, to the speaker's phrase ("Blaming X, the army's
  wing, Y, said", "When X attacked P, the army's spokesman, N, said", "X killed ten, a
  government spokesman, N, said"; :func:`drop_across_clauses`).

A possibility ("could join", "if X allies with Y") or an intention ("plans to join") states no
relation; a negation gives a ``negated`` one, a denial or an accusation the relation is the
content of gives ``negated`` or ``reported``; a clause with its own subject ("although it
arms Y", "and it has fought Z") is no content of the clause it hangs on. A tie called only
possible ("a possible alliance") is none, whoever read it; a tie whose noun is the subject of
a verb of ending ("the alliance between X and Y collapsed in 2019") has ended (period "until
2019", or "former"). These readings correct the patterns' output of the same sentence, pair
and predicate (:func:`correct_read`). The rest of the certainty and the period come from
:mod:`~dossier.extract.relation_certainty` and :mod:`~dossier.extract.relation_periods` as
for the patterns. The grammar words walked by are data too (``relation_heads.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dossier.extract.common import (
    ARMED_TYPES,
    GROUP_TYPES,
    SentenceView,
    Slot,
    anchor_of,
    load_data,
    relation_period,
    resolve_reference,
)
from dossier.extract.relation_certainty import relation_certainty
from dossier.extract.relation_matcher import (
    BARE_DURATION,
    PLACE_PREDICATES,
    PRESENT,
    held_by_glue,
    held_place_predicates,
    holding_participles,
)
from dossier.extract.relation_memberships import national_forces, possessed_force
from dossier.extract.relation_periods import complete_range, period_phrase_after
from dossier.extract.relation_references import (
    PlaceCues,
    described_actor,
    group_nouns,
    insurgent_noun,
    name_tails,
    paragraph_window,
    place_antecedent,
    reference_fits,
    state_force_noun,
    strict_antecedent,
    unanchored_state,
    unique_candidate,
)
from dossier.extract.relation_slots import armed_mission, type_ok
from dossier.nlp.text import doc_text
from dossier.ontology import load_ontology
from dossier.records import Actor, Relation, Timex
from dossier.resolve.geo_gazetteer import open_geo_gazetteer
from dossier.resolve.geo_rules import demonym_country
from dossier.resolve.states import state_key

__all__ = [
    "StructuralReading",
    "correct_read",
    "drop_across_clauses",
    "drop_conditional",
    "structural_relations",
]


@dataclass(frozen=True)
class _Verb:
    lemma: str
    predicate: str
    subject: str
    dobj: bool
    preps: frozenset[str]
    nouns: frozenset[str]
    particle: str | None
    place: bool
    inverse: bool
    object: str
    # (s18) the common nouns its object may be to stand for an actor ("hosts Y fighters",
    # not "hosts the Y political office"); empty: any
    carriers: frozenset[str] = frozenset()
    # (relA, s22) those it names as its object share the tie with the subject: "X joined A
    # and B in the alliance Y" (A and B are members of Y already)
    co_members: bool = False


@dataclass(frozen=True)
class _Lexicon:
    nouns: dict[str, tuple[str, str, bool]]  # lemma -> (predicate, subject kind, inverse)
    place_nouns: dict[str, str]
    pass_through: frozenset[str]
    hyphen: dict[str, tuple[str, bool]]
    verbs: dict[str, tuple[_Verb, ...]]
    modals: frozenset[str]
    marks: frozenset[str]
    denials: frozenset[str]
    intents: frozenset[str]
    accusations: frozenset[str]
    partitives: frozenset[str]
    links: dict[str, str]
    link_preps: frozenset[str]
    bodies: frozenset[str]
    body_preps: frozenset[str]
    past_roles: frozenset[str]
    ended: frozenset[str]
    unreal: frozenset[str]
    rivals: frozenset[str]
    copulas: frozenset[str]
    naming: frozenset[str]
    relative: frozenset[str]
    subject_pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    group_nouns: frozenset[str]
    object_preps: frozenset[str]
    person_preps: frozenset[str]
    negating: frozenset[str]
    perfect_aux: frozenset[str]
    role_preps: frozenset[str]
    ended_verbs: frozenset[str]
    ended_phrasal: dict[str, frozenset[str]]
    armed_verbs: frozenset[str]
    armed_nouns: frozenset[str]
    joint_words: frozenset[str]
    agent_preps: frozenset[str]
    target_preps: frozenset[str]
    reciprocal: frozenset[str]
    time_preps: frozenset[str]
    apart: frozenset[str]
    armed_targets: frozenset[str]
    state_sides: frozenset[str]
    rebel_sides: frozenset[str]
    truce_words: frozenset[str]
    not_carriers: frozenset[str]
    list_openers: frozenset[str]
    list_pronouns: frozenset[str]
    list_joiners: frozenset[str]
    co_bearer_preps: dict[str, frozenset[str]]
    body_verbs: dict[str, str | None]
    body_verb_preps: frozenset[str]
    # (s20) body verbs read only as a participle on the body's name ("X, made up of A")
    passive_body_verbs: frozenset[str]
    composition_verbs: frozenset[str]
    part_name_nouns: frozenset[str]
    place_noun_preps: frozenset[str]
    state_owner_types: frozenset[str]
    contingent_nouns: frozenset[str]
    contingent_preps: frozenset[str]
    rank_nouns: frozenset[str]
    bare_title_ranks: frozenset[str]
    subordinate: frozenset[str]
    dashes: frozenset[str]
    reporting: frozenset[str]
    control_nouns: frozenset[str]
    control_preps: frozenset[str]
    control_verbs: frozenset[str]
    mistaken: frozenset[str]
    founding: frozenset[str]
    founding_particles: dict[str, str]
    founding_marks: frozenset[str]
    founding_bodies: frozenset[str]
    founding_clause_verbs: frozenset[str]
    stances: dict[str, str]
    hyphens: frozenset[str]  # (rel2, s19) the marks that glue a word to a name ("anti-X")
    near_preps: frozenset[str]
    channels: frozenset[str]
    channel_preps: frozenset[str]
    against_only: frozenset[str]
    owned_nouns: frozenset[str]
    holding: frozenset[str]
    foe_sites: frozenset[str]
    site_holders: frozenset[str]
    place_cues: PlaceCues
    recruiter_nouns: frozenset[str]
    place_references: dict[str, frozenset[str]]
    co_action_preps: frozenset[str]
    co_action_nouns: frozenset[str]
    # (relA, s24) the words by which a fronted clause names whom its speaker stands for
    representing: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_data("relation_heads.yaml")
    nouns = {
        str(k): (str(v["predicate"]), str(v.get("subject", "any")), bool(v.get("inverse")))
        for k, v in data["head_nouns"].items()
    }
    verbs: dict[str, list[_Verb]] = {}
    for v in data["verbs"]:
        verb = _Verb(
            lemma=str(v["lemma"]),
            predicate=str(v["predicate"]),
            subject=str(v.get("subject", "any")),
            dobj=bool(v.get("dobj")),
            preps=frozenset(str(p) for p in v.get("prep", [])),
            nouns=frozenset(str(n) for n in v.get("noun", [])),
            particle=v.get("particle"),
            place=bool(v.get("place")),
            inverse=bool(v.get("inverse")),
            object=str(v.get("object", "any")),
            carriers=frozenset(str(n) for n in v.get("carriers", [])),
            co_members=bool(v.get("co_members")),
        )
        verbs.setdefault(verb.lemma, []).append(verb)
    return _Lexicon(
        nouns=nouns,
        place_nouns={str(k): str(v) for k, v in data["place_nouns"].items()},
        pass_through=frozenset(str(w) for w in data["pass_through_nouns"]),
        hyphen={
            str(k): (str(v["predicate"]), bool(v.get("inverse")))
            for k, v in data["hyphen_adjectives"].items()
        },
        verbs={k: tuple(v) for k, v in verbs.items()},
        modals=frozenset(str(w) for w in data["hypothetical_aux"]),
        marks=frozenset(str(w) for w in data["hypothetical_marks"]),
        denials=frozenset(str(w) for w in data["denial_verbs"]),
        intents=frozenset(str(w) for w in data["intent_verbs"]),
        accusations=frozenset(str(w) for w in data["accusation_verbs"]),
        partitives=frozenset(str(w) for w in data["place_partitives"]),
        links={str(k): str(v) for k, v in data["link_nouns"].items()},
        link_preps=frozenset(str(w) for w in data["link_preps"]),
        bodies=frozenset(str(w) for w in data["body_nouns"]),
        body_preps=frozenset(str(w) for w in data["body_preps"]),
        past_roles=frozenset(str(w) for w in data["past_role_words"]),
        ended=frozenset(str(w) for w in data["ended_words"]),
        unreal=frozenset(str(w) for w in data["unreal_predicates"]),
        rivals=frozenset(
            str(w) for w in load_data("relation_patterns.yaml").get("pronoun_rivals", [])
        ),
        copulas=_words(data, "copulas"),
        naming=_words(data, "naming_verbs"),
        relative=_words(data, "relative_pronouns"),
        subject_pronouns=_words(data, "subject_pronouns"),
        possessive_pronouns=_words(data, "possessive_pronouns"),
        person_pronouns=_words(data, "person_pronouns"),
        group_nouns=group_nouns(),
        object_preps=_words(data, "object_preps"),
        person_preps=_words(data, "person_preps"),
        negating=_words(data, "negating_words"),
        perfect_aux=_words(data, "perfect_aux"),
        role_preps=_words(data, "role_preps"),
        ended_verbs=_words(data, "ended_verbs"),
        ended_phrasal={
            str(k): frozenset(str(w) for w in v) for k, v in data["ended_phrasal"].items()
        },
        armed_verbs=_words(data, "armed_act_verbs"),
        armed_nouns=_words(data, "armed_act_nouns"),
        joint_words=_words(data, "joint_words"),
        agent_preps=_words(data, "act_agent_preps"),
        target_preps=_words(data, "act_target_preps"),
        reciprocal=_words(data, "reciprocal_words"),
        time_preps=_words(data, "act_time_preps"),
        apart=_words(data, "apart_words"),
        armed_targets=_words(data, "armed_target_types"),
        state_sides=_words(data, "state_side_types"),
        rebel_sides=_words(data, "rebel_side_types"),
        truce_words=_words(data, "truce_words"),
        not_carriers=_words(data, "not_carrier_nouns"),
        list_openers=_words(data, "list_openers"),
        list_pronouns=_words(data, "list_pronouns"),
        list_joiners=_words(data, "list_joiners"),
        co_bearer_preps={
            str(k): frozenset(str(w) for w in v) for k, v in data["co_bearer_preps"].items()
        },
        body_verbs={str(k): (str(v) if v else None) for k, v in data["body_verbs"].items()},
        body_verb_preps=_words(data, "body_verb_preps"),
        passive_body_verbs=_words(data, "passive_body_verbs"),
        composition_verbs=_words(data, "composition_verbs"),
        part_name_nouns=_words(data, "part_name_nouns"),
        place_noun_preps=_words(data, "place_noun_preps"),
        state_owner_types=_words(data, "state_owner_types"),
        contingent_nouns=_words(data, "contingent_nouns"),
        contingent_preps=_words(data, "contingent_preps"),
        rank_nouns=_words(data, "rank_nouns"),
        bare_title_ranks=_words(data, "bare_title_ranks"),
        subordinate=_words(data, "subordinate_words"),
        dashes=frozenset(str(w) for w in data["aside_openers"]),
        reporting=_words(data, "reporting_verbs"),
        control_nouns=_words(data, "control_nouns"),
        control_preps=_words(data, "control_preps"),
        control_verbs=_words(data, "control_verbs"),
        mistaken=_words(data, "mistaken_words"),
        founding=_words(data, "founding_verbs"),
        founding_particles={str(k): str(v) for k, v in data["founding_particles"].items()},
        founding_marks=_words(data, "founding_marks"),
        founding_bodies=_words(data, "founding_body_nouns") | _words(data, "body_nouns"),
        founding_clause_verbs=_words(data, "founding_clause_verbs"),
        stances={str(k): str(v) for k, v in data["stance_prefixes"].items()},
        hyphens=frozenset(str(w) for w in data["glue_hyphens"]),
        representing=_words(data, "representing_words"),
        near_preps=_words(data, "partitive_near_preps"),
        channels=_words(data, "channel_nouns"),
        channel_preps=_words(data, "channel_preps"),
        against_only=_words(data, "link_nouns_against_only"),
        owned_nouns=_words(data, "owned_nouns"),
        holding=frozenset(holding_participles()),
        foe_sites=_words(data, "foe_site_nouns"),
        site_holders=_words(data, "site_holder_types"),
        place_cues=PlaceCues(
            speaking=_words(data, "speaking_verbs") | _words(data, "reporting_verbs"),
            untyped=_words(data, "untyped_actor_types"),
            non_place_labels=_words(data, "non_place_entity_labels"),
        ),
        recruiter_nouns=_words(data, "recruiter_nouns"),
        place_references={
            str(k).lower(): frozenset(str(f) for f in v)
            for k, v in (data.get("place_reference_nouns") or {}).items()
        },
        co_action_preps=_words(data, "co_action_preps"),
        co_action_nouns=_words(data, "co_action_nouns"),
    )


def _words(data: dict, key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data[key])


# a relation's statement in one sentence: (sentence, the two ends, predicate)
_Key = tuple[int, frozenset[str], str]


@dataclass(frozen=True)
class StructuralReading:
    """What the parse reads: the relations no pattern read, and how it reads those of one
    sentence, pair and predicate: negated ("X is not a branch of Y"), only possible ("a
    possible alliance between X and Y": none), or ended ("the alliance between X and Y
    collapsed in 2019": its period)."""

    relations: list[Relation]
    negated: set[_Key]
    unreal: set[_Key]
    ended: dict[_Key, str]


def _key_of(r: Relation) -> _Key:
    return (r.anchor.sentence, frozenset((r.subject, _object_id(r))), r.predicate)


def correct_read(relations: Sequence[Relation], reading: StructuralReading) -> list[Relation]:
    """The relations as the parse reads them in their sentence: those it reads as negated
    marked so ("Analysts say X is not a branch of Y": a pattern that stopped short of the
    "not"), those only possible dropped, those that ended given their end. Only the same
    predicate between the same two: "X is not a branch of Y, though it arms Y" still arms.
    (relA, s23) A body one sentence reads as both a branch and a member of another ("the
    army's press office, the X": two patterns) is its branch, as a leader is no mere
    member."""
    branches = {
        (r.anchor.sentence, r.subject, r.object_actor)
        for r in relations
        if r.predicate == "branch_of" and r.certainty != "negated"
    }
    out = []
    for r in relations:
        key = _key_of(r)
        if key in reading.unreal:
            continue
        if r.predicate == "member_of" and (
            (r.anchor.sentence, r.subject, r.object_actor) in branches
        ):
            continue
        if r.certainty != "negated" and key in reading.negated:
            r = replace(r, certainty="negated")
        if r.period is None and key in reading.ended:
            r = replace(r, period=reading.ended[key])
        out.append(r)
    return out


@dataclass(frozen=True)
class _Found:
    subject: Slot
    predicate: str
    object: Slot
    tokens: tuple[Token, ...]  # the words that state it (for its span and its modality)


class _Sentence:
    """One sentence's slots mapped onto its tokens."""

    def __init__(
        self,
        doc: Doc,
        view: SentenceView,
        views: Sequence[SentenceView],
        states: dict[str, str],
        tails: dict[str, frozenset[str]] | None = None,
        countries: dict[str, str] | None = None,
        armed_bodies: frozenset[str] = frozenset(),
        name_words: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self.view = view
        # (s25 review) every word of each actor's names ("company" of "Wagner private
        # military company"): a body noun among them is the actor's own
        self.name_words = name_words or {}
        self.armed_bodies = armed_bodies  # (rel2, s20) peace missions among the bodies
        self.doc = doc
        self.states = states
        self.countries = countries or {}  # (rel2, s19) each actor's country
        self.text = doc_text(doc)
        self.tails = tails or {}  # (s19) the last words of each actor's names
        self.resolved: set[int] = set()  # where a pronoun stands for an actor
        self.views = views
        self.by_token: dict[int, Slot] = {}
        for slot in view.slots:
            span = doc.char_span(slot.start, slot.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                if tok.lower_ != "the":
                    self.by_token[tok.i] = slot
        span = doc.char_span(view.start, view.end, alignment_mode="expand")
        self.tokens: list[Token] = list(span) if span is not None else []

    def slot(self, tok: Token) -> Slot | None:
        return self.by_token.get(tok.i)

    def state_of(self, slot: Slot) -> Slot:
        """The state a country's name stands for ("Iran-backed") where the document names
        that state as an actor; else the slot itself."""
        place = slot.place.place if slot.place is not None else None
        if place is None or place.feature != "country" or not place.country_code:
            return slot
        key = state_key(place.country_code)
        if key not in self.states:
            return slot
        return Slot("actor", slot.start, slot.end, slot.text, key, self.states[key])

    def named_state(self, tok: Token) -> Slot | None:
        """(rel, s20) The state a word no mention covers stands for, where the document
        names that state as an actor: a demonym ("Saudi", "Kenyan") or a country's own name
        or abbreviation ("UAE", "Iran") glued to a participle ("the UAE-backed militia")."""
        if not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
            return None
        code = demonym_country(tok.text) or _country_called(tok.text)
        key = state_key(code) if code else None
        if key is None or key not in self.states:
            return None
        return Slot("actor", tok.idx, tok.idx + len(tok), tok.text, key, self.states[key])

    def place_reference(self, tok: Token) -> list[Slot]:
        """(rel, s20) The place a definite noun of a kind of place stands for ("has held the
        town since 2024"): the one place of that kind named just before it; a noun with a
        name of its own, a qualifier ("the old town", "the town of P") or an indefinite
        article stands for none; nor does a plural ("the villages" are not the town named)."""
        if not _place_noun(tok) or self.slot(tok) is not None or tok.pos_ != "NOUN":
            return []
        features = _lexicon().place_references[tok.lemma_.lower()]
        kids = list(tok.children)
        if [c.lower_ for c in kids if c.dep_ == "det"] != ["the"] or any(
            c.dep_ not in ("det", "punct") for c in kids
        ):
            return []
        found = place_antecedent(
            self.text,
            self.views,
            self.view.index,
            tok.idx,
            features,
            self.doc,
            _lexicon().place_cues,
        )
        return [found] if found is not None else []

    def with_conjuncts(self, tok: Token, appositions: bool = True) -> list[Slot]:
        """The slot of ``tok`` and those of the words coordinated with it ("X and Z")."""
        out: list[Slot] = []
        # "A (the A-B faction) and C": a conjunct may hang on the first one's apposition
        appos = [c for c in tok.children if c.dep_ == "appos" and appositions]
        for t in [tok, *_conjuncts(tok), *(x for a in appos for x in _conjuncts(a))]:
            s = self.slot(t)
            if s is not None and s not in out:
                out.append(s)
        return out

    def pronoun(self, tok: Token, exclude: str | None) -> list[Slot]:
        """The actor a pronoun ("it", "its", "the group") stands for: the nearest subject
        of the same kind before it in the sentence ("X was founded in 2017; it is led by
        Z": X, not a group named in between), else the actor the sentences before name."""
        lex = _lexicon()
        word = tok.lower_
        lemma = tok.lemma_.lower()
        definite = any(c.lower_ == "the" for c in tok.children)
        group = (lemma in lex.group_nouns or insurgent_noun(lemma)) and definite
        if group:
            word = f"the {tok.lower_}"  # what resolve_reference knows it by
        elif word not in lex.subject_pronouns | lex.possessive_pronouns:
            # (s19) "the task force's spokesperson": the actor whose name it ends
            return self._described(tok, exclude) if definite else []
        person = word in lex.person_pronouns
        possessive = word in lex.possessive_pronouns
        fits = reference_fits(person, lemma if group else None)
        found: Slot | None = None
        before = self.tokens[: tok.i - self.tokens[0].i] if self.tokens else []
        for t in reversed(before):
            if possessive and t.lower_ in lex.rivals:
                return []  # "the soldiers' unit held out; their commander": not the group
            slot = self.slot(t)
            if (
                slot is None
                and possessive
                and not person
                and t.dep_ in ("nsubj", "nsubjpass")
                and (t.lemma_.lower() in lex.group_nouns or insurgent_noun(t.lemma_))
            ):
                # (s19) "The group claimed it through its station": "its" is the group's
                return self.pronoun(t, exclude)
            if (
                slot is not None
                and slot.kind == "actor"
                and t.dep_ in ("nsubj", "nsubjpass")
                and fits(slot)
                and slot.key != exclude
            ):
                found = slot
                break
        if found is None and (group or possessive):
            # (s19) "Its military chief remains N", "the movement's coordinator, N": the one
            # actor of its kind named before it in the sentence or its paragraph, none where
            # two compete; "the rebels" no pro-government militia
            found = strict_antecedent(
                self.text, self.views, self.view.index, tok.idx, fits, exclude, focal=group
            )
        elif found is None:
            # (s19) "a militia calling itself X announced ..., saying it was allied with Y":
            # the one actor named before it in its sentence (none where two compete; a
            # stance "anti-X" names no candidate), else the sentences before
            named = [
                slot
                for t in before
                if (slot := self.slot(t)) is not None
                and fits(slot)
                and slot.key != exclude
                and _stance_of(t) is None
            ]
            if named:
                found = unique_candidate(named)
                if found is None:
                    return []
            else:
                found = resolve_reference(
                    self.views, self.view.index, self.view.start, word, exclude=exclude
                )
        if found is None:
            return []
        # the pronoun's own place in the sentence, standing for the actor
        here = Slot("actor", tok.idx, tok.idx + len(tok), tok.text, found.key, found.actor_type)
        self.resolved.add(here.start)
        return [here]

    def _described(self, tok: Token, exclude: str | None) -> list[Slot]:
        """(s19) The actor a definite noun ending its name stands for ("the task force")."""
        if tok.pos_ not in ("NOUN", "PROPN") or self.slot(tok) is not None:
            return []
        words = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        found = described_actor(
            self.text,
            self.views,
            self.view.index,
            tok.idx,
            " ".join([*words, tok.lower_]),
            self.tails,
            exclude,
        )
        if found is None:
            return []
        here = Slot("actor", tok.idx, tok.idx + len(tok), tok.text, found.key, found.actor_type)
        self.resolved.add(here.start)
        return [here]


def _conjuncts(tok: Token) -> list[Token]:
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ == "conj"]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _reach(s: _Sentence, tok: Token) -> list[Slot]:
    """(s18) The actors a verb's argument names: its own name and those coordinated with
    it, else what a common noun and its conjuncts stand for (:func:`_carried`)."""
    named = s.with_conjuncts(tok)
    if named:
        return named
    out: list[Slot] = []
    for t in [tok, *_conjuncts(tok)]:
        out.extend(x for x in _carried(s, t) if x not in out)
    return out


def _carried(s: _Sentence, tok: Token, depth: int = 0) -> list[Slot]:
    """(s18) The actors a common noun without a name of its own stands for: the names it
    introduces ("Rohingya armed groups, among them A and B", "groups such as A"), its
    apposition ("its commander-in-chief, General N"), the part or member of a group it names
    ("a faction of Y"), else the actor it carries as a compound, modifier or possessor
    ("JUI-F clerics", "the Afghan Taliban government", "the MSS mission", "Pakistan's
    Foreign Office spokesperson"). Nouns of people an actor harms or holds ("Y
    civilians", "Y hostages") stand for no actor."""
    lex = _lexicon()
    if depth > 2 or s.slot(tok) is not None:
        return []
    listed = _listed(s, tok)
    if listed:
        return listed
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in lex.not_carriers:
        return []
    if any(c.lower_ in lex.past_roles for c in tok.children if c.dep_ in ("amod", "advmod")):
        return []  # "former Y commanders" are no longer Y's
    out: list[Slot] = []
    for c in tok.children:
        if c.dep_ == "appos" and _adjacent(tok, c):
            out.extend(s.with_conjuncts(c) or _carried(s, c, depth + 1))
    if not out:
        # (s19) "positions held by X and Y", "camps run by X": the holders
        out.extend(x for q in _holding_agents(tok) for x in _reach(s, q) if x.kind == "actor")
    entry = lex.nouns.get(tok.lemma_.lower())
    if not out and entry is not None and entry[0] != "leader_of":
        # "a faction of Y", "fighters of Y": a part or a member of Y stands for Y
        for p in _prep_objects(tok, ("of",)):
            out.extend(s.with_conjuncts(p) or _carried(s, p, depth + 1))
    for deps in (("compound", "nmod"), ("poss",), ("amod",)):
        if out:
            break
        for c in tok.children:
            if c.dep_ in deps and _stance_of(c) is None:
                # (s19) "pro-Shabaab websites" are no al-Shabaab: a stance is no part
                out.extend(x for x in s.with_conjuncts(c) if x.kind == "actor")
    return out


def _holding_agents(tok: Token) -> list[Token]:
    """(s19) The agents of a participle of holding on a noun: X and Y of "positions held by
    X and Y", "camps run by X"."""
    return [
        q
        for c in tok.children
        if c.dep_ == "acl" and c.lemma_.lower() in _lexicon().holding
        for a in c.children
        if a.dep_ == "agent"
        for q in a.children
        if q.dep_ == "pobj"
    ]


def _of_types(slots: Iterable[Slot], types: frozenset[str]) -> list[Slot]:
    """The actors among ``slots`` whose type is one of ``types``."""
    return [x for x in slots if x.kind == "actor" and (x.actor_type or "") in types]


def _glued_after(tok: Token) -> bool:
    """(rel2, s19) Whether ``tok`` is glued by a hyphen to the word before it ("Shabaab" of
    "anti-Shabaab", "linked" of "Y-linked"): the parser splits the hyphen off."""
    return tok.i >= 2 and tok.nbor(-1).text in _lexicon().hyphens


def _stance_of(tok: Token) -> str | None:
    """(s19) The stance prefix glued to a word ("anti" of "anti-Shabaab"), if any."""
    if not _glued_after(tok):
        return None
    prefix = tok.nbor(-2).lower_
    return prefix if prefix in _lexicon().stances else None


def _named_after(s: _Sentence, noun: Token) -> list[Slot]:
    """(s19) The name a common noun introduces: its own slot, its apposition, or the name
    right after "calling itself", "known (locally) as", "called", "dubbed" (read off the
    words, the small parser often misplaces the name)."""
    own = s.with_conjuncts(noun)
    if own:
        return own
    found = [b for b in _bearers(s, noun) if b.kind == "actor"]
    if found:
        return found
    end = noun.idx + len(noun)
    after = s.text[end : end + 60]
    m = _NAMING.match(after)
    if not m:
        return []
    start = end + m.end()
    # a slot may begin with the "the" folded into it
    return [x for x in s.view.slots if x.start in (start, start - 4) and x.kind == "actor"]


_NAMING = re.compile(
    r"\s*,?\s*(?:calling\s+(?:itself|themselves)|known(?:\s+\w+ly)?\s+as|called|"
    r"named|dubbed|styling\s+(?:itself|themselves))\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _stance_relations(s: _Sentence, prefix: Token) -> list[_Found]:
    """(s19) "an anti-Shabaab militia calling itself X": X is hostile to al-Shabaab; "a
    pro-Iran militia, X": X is allied with Iran. The noun the glued name modifies must
    itself be named; "pro-Shabaab websites" name no actor."""
    predicate = _lexicon().stances.get(prefix.lower_)
    if predicate is None or prefix.i + 2 >= len(prefix.doc):
        return []
    if not _glued_after(prefix.nbor(2)):
        return []
    glued = s.slot(prefix.nbor(2))
    if glued is None:
        return []
    glued = s.state_of(glued)
    if glued.kind != "actor":
        return []
    noun = prefix.head
    while noun.dep_ in ("amod", "compound") and noun.head is not noun and noun.pos_ != "NOUN":
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or s.slot(noun) == glued:
        return []
    return [
        _Found(b, predicate, glued, (prefix,))
        for b in _named_after(s, noun)
        if b.kind == "actor" and b.key != glued.key and (b.actor_type or "") != "person"
    ]


def _co_action_relations(s: _Sentence, v: Token) -> list[_Found]:
    """(s19) Acting side by side: "X deployed alongside Y", "X carried out the strike in
    coordination with Y", "X patrols jointly with Y": X and Y are allies. Both must be named
    organisations (the object by its own name, not by a noun it carries)."""
    lex = _lexicon()
    objects: list[Slot] = []
    # "carried out raids in coordination with Y": on the verb or on its object
    heads = [v, *(c for c in v.children if c.dep_ == "dobj")]
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
        for p in (p for p in prep.children if p.dep_ == "pobj"):
            if prep.lower_ in lex.co_action_preps:
                objects.extend(s.with_conjuncts(p))
            elif prep.lower_ == "in" and p.lemma_.lower() in lex.co_action_nouns:
                objects.extend(x for q in _prep_objects(p, ("with",)) for x in s.with_conjuncts(q))
    objects = [o for o in objects if o.kind == "actor" and (o.actor_type or "") != "person"]
    if not objects:
        return []
    subjects = [
        x for x in _subjects(s, v) if x.kind == "actor" and (x.actor_type or "") != "person"
    ]
    return [_Found(a, "allied_with", b, (v,)) for a in subjects for b in objects if a.key != b.key]


def _listed(s: _Sentence, tok: Token) -> list[Slot]:
    """(s18) The names a generic plural introduces: "armed groups, among them A and B",
    "groups such as A and B", "factions including A": read off the parse, else (where the
    parser hung the list elsewhere) off the words after "among them"."""
    lex = _lexicon()
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    # the parser may hang the list on the verb the noun is the object of ("faces armed
    # groups, among them A and B"): a list opened right after the noun
    after = [c for c in tok.head.children if c.i > tok.i] if tok.dep_ == "dobj" else []
    for c in [*tok.children, *after]:
        if c.dep_ != "prep":
            continue
        opens = c.lower_ in lex.list_openers or (
            c.lower_ == "as" and any(g.lower_ in lex.list_openers for g in c.children)
        )
        if not opens:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            found = s.with_conjuncts(p)
            if found:
                return found
            if p.lower_ in lex.list_pronouns:
                return _names_after(s, p)
    return []


def _names_after(s: _Sentence, tok: Token) -> list[Slot]:
    """The names listed right after ``tok``, joined by commas and "and"/"or" ("among them
    the A, the B and C"); the list ends at the first other word."""
    lex = _lexicon()
    out: list[Slot] = []
    i = tok.i + 1
    doc = tok.doc
    end = s.tokens[-1].i if s.tokens else tok.i
    while i <= end:
        t = doc[i]
        slot = s.slot(t)
        if slot is not None:
            if slot.kind != "actor":
                break
            if slot not in out:
                out.append(slot)
        elif t.lower_ not in lex.list_joiners:
            break
        i += 1
    return out


def _co_bearers(s: _Sentence, heads: Iterable[Token]) -> list[Slot]:
    """(s18) Those named with the bearer of a noun or the subject of a verb: "X is a member
    of Y together with A and B", "X, along with A, backs Y"."""
    lex = _lexicon()
    out: list[Slot] = []
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and any(c.lower_ in w for w in lex.co_bearer_preps.values()):
                # "X, along with A, ...": the parser may make "along" the preposition
                c = next((g for g in c.children if g.dep_ == "prep"), c)
            needs = lex.co_bearer_preps.get(c.lower_)
            if c.dep_ != "prep" or needs is None:
                continue
            if (
                needs
                and not any(g.lower_ in needs for g in c.children)
                and not (c.i > 0 and c.nbor(-1).lower_ in needs)
            ):
                continue
            for p in c.children:
                if p.dep_ == "pobj":
                    out.extend(x for x in s.with_conjuncts(p) if x.kind == "actor")
    return out


def _dash_bearer(s: _Sentence, n: Token) -> list[Slot]:
    """(s18) The name a dash apposition follows: "X — an alliance that brings together A
    and B — claimed ...", where the parser made the noun a second subject."""
    dashes = _lexicon().dashes
    i = n.left_edge.i - 1
    seen_dash = False
    while i >= 0 and n.doc[i].is_punct and n.left_edge.i - i <= 3:
        seen_dash = seen_dash or n.doc[i].text in dashes
        i -= 1
    if not seen_dash or i < 0:
        return []
    slot = s.slot(n.doc[i])
    return [slot] if slot is not None and slot.kind == "actor" else []


def _body_verb_relations(s: _Sentence, v: Token) -> list[_Found]:
    """(s18) "an alliance that brings together A, B and C", "the coalition comprises A and
    B": each member named is a member of the body. The subject must be a body (a body noun,
    or a name whose kind is an alliance)."""
    lex = _lexicon()
    particle = lex.body_verbs[v.lemma_.lower()]
    if particle and not any(
        c.lower_ == particle for c in v.children if c.dep_ in ("prt", "advmod")
    ):
        return []
    # (relA, s22) "X is composed of A and B": the passive's subject is the body
    subject_deps = ("nsubj", "nsubjpass") if _composed_of(v) else ("nsubj",)
    words = [c for c in v.children if c.dep_ in subject_deps]
    if v.dep_ == "relcl" and any(c.lower_ in lex.relative for c in words):
        words = [v.head]
    # (relA, s22) the parser may tag the participle "made" as a past tense
    participle = v.tag_ in ("VBG", "VBN") or (v.tag_ == "VBD" and _composed_of(v))
    if v.dep_ == "acl" and not words and participle:
        # (s20) a participle on the body's name: "X, comprising A and B", "X, made up of
        # troops from A, B and C", "X, bringing together A and B"
        words = [v.head]
    elif v.dep_ == "advcl" and not words and v.tag_ == "VBG" and _after_comma(v):
        # (s20) the parser hangs "X, bringing together A and B, launched ..." on the verb
        words = [c for c in v.head.children if c.dep_ == "nsubj" and c.i < v.i]
    elif v.lemma_.lower() in lex.passive_body_verbs and not _composed_of(v):
        return []  # "A and B make up X": the members are the subject, read nowhere here
    # (relA, s22) a verb that says what a body is made of ("X, made up of troops from A
    # and B", "X consists of A and B") makes a body of any group or force it is said of
    composed = _composed_of(v)
    bodies: list[Slot] = []
    for w in words:
        if s.slot(w) is not None:
            bodies.extend(
                x
                for x in s.with_conjuncts(w)
                if type_ok(x, "alliance")
                or (composed and x.kind == "actor" and type_ok(x, "organization"))
            )
        elif w.lemma_.lower() in lex.bodies:
            bodies.extend(_bearers(s, w) or _dash_bearer(s, w))
    bodies = [b for b in bodies if b.kind == "actor"]
    if len(bodies) != 1:
        return []
    heads = [c for c in v.children if c.dep_ == "dobj"]
    heads += _prep_objects(v, lex.body_verb_preps)
    # (relA, s22) "made up of troops from A, B and C": the states or groups the troops
    # come from (the parser may hang "from" on the noun or on the verb)
    contingents = [h for h in heads if h.lemma_.lower() in lex.contingent_nouns]
    if contingents:
        # the states that send them are the members, not their forces ("troops from
        # Chad": Chad); a state the document does not name as an actor is left out
        senders = [
            x
            for h in (v, *contingents)
            for p in _prep_objects(h, lex.contingent_preps)
            for x in s.with_conjuncts(p)
        ]
        states = [_sending_state(s, x) for x in senders]
        return [
            _Found(m, "member_of", bodies[0], (v,))
            for i, m in enumerate(states)
            if m is not None and m != bodies[0] and m not in states[:i]
        ]
    members: list[Slot] = []
    for h in heads:
        for t in [h, *_conjuncts(h), *(a for a in h.children if a.dep_ == "appos")]:
            for x in s.with_conjuncts(t) or _carried(s, t):
                if x.kind == "actor" and x not in members and x != bodies[0]:
                    members.append(x)
    return [_Found(m, "member_of", bodies[0], (v,)) for m in members]


def _sending_state(s: _Sentence, x: Slot) -> Slot | None:
    """(relA, s22) The state a contingent comes from, as the document names it: a
    country's name or its force stands for the state ("troops from Chad"); a group's name
    for the group ("fighters from A")."""
    if x.kind == "place":
        state = s.state_of(x)
        return state if state.kind == "actor" else None
    if (x.actor_type or "") != "state_forces":
        return x if x.kind == "actor" and type_ok(x, "organization") else None
    country = s.countries.get(x.key or "")
    key = state_key(country) if country else None
    if key is None or key not in s.states:
        return None
    return Slot("actor", x.start, x.end, x.text, key, s.states[key])


def _named_part_relations(s: _Sentence, tok: Token) -> list[_Found]:
    """(relA, s22) A body's name that ends in a noun of a group's part, opened by the name
    of the group it belongs to: "al-Qaeda's Yemen branch", "the Hamas Internal
    Security Service", "the Taliban General Directorate". A state's name is no owner
    here ("Nigeria's 7th Division": a state's force, which analysts do not code as
    a part), nor a person's ("N's Western Command": whom he leads)."""
    lex = _lexicon()
    part = s.slot(tok)
    if part is None or part.kind != "actor" or not type_ok(part, "organization"):
        return []
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and s.slot(nxt) is part:
        return []  # not the name's last word
    entry = lex.nouns.get(tok.lemma_.lower()) or lex.nouns.get(tok.lower_)
    predicate = entry[0] if entry is not None and entry[1] == "organization" else None
    if tok.lower_ in lex.part_name_nouns:
        predicate = "branch_of"
    if predicate not in ("branch_of", "affiliate_of"):
        return []
    words = [t for t in tok.doc[max(0, tok.i - 12) : tok.i + 1] if s.slot(t) is part]
    owners: list[Slot] = []
    for w in words:
        for c in w.children:
            owner = s.slot(c) if c.dep_ in ("poss", "compound", "nmod", "amod") else None
            if (
                owner is not None
                and owner is not part
                and owner.kind == "actor"
                and owner.key != part.key
                and type_ok(owner, "organization")
                and (owner.actor_type or "") not in lex.state_owner_types
                and owner not in owners
            ):
                owners.append(owner)
    if len(owners) != 1:
        return []
    return [_Found(part, predicate, owners[0], (tok,))]


def _plain_deed(v: Token) -> bool:
    """(rev, s22) Whether a verb tells a deed as done: not negated ("has not joined"), not
    under a modal ("could join"), a condition ("if A joins") or a verb of intent ("plans to
    join", "refused to join")."""
    lex = _lexicon()
    if v.dep_ == "xcomp":
        return False
    return not any(
        c.dep_ == "neg"
        or c.lower_ in lex.negating
        or (c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ in lex.modals))
        or (c.dep_ == "mark" and c.lower_ in lex.marks)
        for c in v.children
    )


def _group_part_noun(noun: Token) -> bool:
    """(rev, s22) Whether a common noun names a part of a group ("faction", "wing", "cell")
    or its men in the plural ("fighters", "militants"): what a group's base is read from.
    A single person ("official", "financier") may live far from the group's base."""
    entry = _lexicon().nouns.get(noun.lemma_.lower())
    if entry is None:
        return False
    predicate, subject, _ = entry
    if subject == "organization":
        return predicate in ("branch_of", "affiliate_of")
    return predicate == "member_of" and noun.tag_ in ("NNS", "NNPS")


def _composed_of(v: Token) -> bool:
    """(relA, s22) Whether a body verb says what its subject is made of: a verb of
    composition with its members after "of" ("made up of", "composed of", "consists of")."""
    lex = _lexicon()
    return v.lemma_.lower() in lex.composition_verbs and bool(_prep_objects(v, ("of",)))


def _after_comma(v: Token) -> bool:
    """(s20) Whether a participle opens an aside right after a comma ("X, comprising A")."""
    start = v.left_edge.i
    return start > 0 and v.doc[start - 1].text == ","


def _named_list(s: _Sentence, tok: Token) -> list[Slot]:
    """(s18) The actors a coordinated subject names, a conjunct that is a common noun
    standing for the name right after it too ("the G9 and its long-time rival G-Pep")."""
    out = list(s.with_conjuncts(tok))
    for c in _conjuncts(tok):
        if s.slot(c) is None and c.pos_ == "NOUN" and c.i + 1 < len(c.doc):
            after = s.slot(c.doc[c.i + 1])
            if after is not None and after.kind == "actor" and after not in out:
                out.append(after)
    return out


def _founding_relations(s: _Sentence, v: Token) -> list[_Found]:
    """(s18) A body two or more groups formed: "A, B and C formed the X coalition", "X was
    formed by A and B", "X was formed in 2023 when A and B agreed to ...": each founding
    group is a member of X. One group forming X says only that it made X: no membership."""
    lex = _lexicon()
    particle = lex.founding_particles.get(v.lemma_.lower())
    if particle and not any(c.lower_ == particle for c in v.children if c.dep_ == "prt"):
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
    if passive:
        bodies = [x for c in v.children if c.dep_ == "nsubjpass" for x in _reach(s, c)]
        if not bodies:
            # "X - "Living Together" in Creole - was formed ...": a dash parenthetical after
            # the subject leaves it a bare noun phrase before the verb
            bodies = [
                x for c in v.children if c.dep_ == "npadvmod" and c.i < v.i for x in _reach(s, c)
            ]
        founders = [
            x
            for c in v.children
            if c.dep_ == "agent"
            for p in c.children
            for x in _named_list(s, p)
        ]
        for c in v.children:
            if founders or c.dep_ != "advcl":
                continue
            if _founding_clause(c):
                founders = [x for n in c.children if n.dep_ == "nsubj" for x in _named_list(s, n)]
    else:
        bodies = [
            x for c in v.children if c.dep_ == "dobj" and _founded_body(s, c) for x in _reach(s, c)
        ]
        founders = [x for c in v.children if c.dep_ == "nsubj" for x in _named_list(s, c)]
    bodies = [b for b in bodies if b.kind == "actor" and type_ok(b, "organization")]
    founders = [
        f for f in founders if f.kind == "actor" and type_ok(f, "organization") and f not in bodies
    ]
    if len(bodies) != 1 or len({f.key for f in founders}) < 2:
        return []
    return [_Found(f, "member_of", bodies[0], (v,)) for f in founders]


def _founded_body(s: _Sentence, tok: Token) -> bool:
    """(s18) Whether a founding verb's object names a body: a name ("formed JNIM"), or a
    noun of a body ("formed a new coalition"); "launched a JNIM offensive" founds nothing."""
    return s.slot(tok) is not None or tok.lemma_.lower() in _lexicon().founding_bodies


def _founding_clause(c: Token) -> bool:
    """(s18) Whether a clause on a founding verb tells who founded the body: opened by
    "when"/"after" and saying its subjects came together ("formed when A and B agreed to
    merge", "after A and B united"); "formed after A and B clashed" names no founder."""
    lex = _lexicon()
    opened = any(m.lower_ in lex.founding_marks for m in c.children if m.dep_ in ("advmod", "mark"))
    return opened and c.lemma_.lower() in lex.founding_clause_verbs


def _control_relations(s: _Sentence, n: Token) -> list[_Found]:
    """(s18) A place said to be in an actor's hands: "P and Q remain in military hands",
    "P is in the hands of X", "P fell under X control", "P, under X control since 2022":
    the actor that qualifies the noun of holding (or is its "of") controls the place the
    verb's subject (or the noun the phrase hangs on) names."""
    lex = _lexicon()
    if n.dep_ != "pobj" or n.head.lower_ not in lex.control_preps or s.slot(n) is not None:
        return []
    holders = [
        x
        for c in n.children
        if c.dep_ in ("amod", "compound", "nmod", "poss")
        for x in s.with_conjuncts(c)
        if x.kind == "actor"
    ]
    holders += [x for x in _pobjs(s, n, ("of",)) if x.kind == "actor"]
    head = n.head.head
    if head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() not in lex.control_verbs:
            return []
        places = _subjects(s, head)
        tokens: tuple[Token, ...] = (head, n)
    elif head.pos_ == "PROPN" and n.head.dep_ == "prep":
        places = s.with_conjuncts(head)  # "Goma, under M23 control since 2022"
        tokens = (n,)
    else:
        return []
    return [_Found(h, "controls", p, tokens) for h in holders for p in places if p.kind == "place"]


def _adjacent(left: Token, appos: Token) -> bool:
    """Whether the apposition follows its anchor with nothing but punctuation between
    ("X, the wing of Y"; "the leader of Y, X"): the parser may hang one on a word far
    before it ("X belongs to Y, the faction led by Z": the faction is Y, not X)."""
    inside = {t.i for t in appos.subtree}
    before = [t.i for t in left.subtree if t.i not in inside and t.i < appos.left_edge.i]
    if not before:
        return True
    doc = appos.doc
    return all(t.is_punct for t in doc[max(before) + 1 : appos.left_edge.i])


def _bearers(s: _Sentence, n: Token, depth: int = 0) -> list[Slot]:
    """The mentions that *are* the noun ``n``: "X, the wing of Y", "Y's leader, X", "X is
    a branch", "X serves as emir", "Y commander X", "X, one of the factions of Y"."""
    if depth > 2:
        return []
    lex = _lexicon()
    own = s.slot(n)
    if own is not None:
        return [own]  # a title inside the name's span ("Commander X")
    out: list[Slot] = []
    for c in n.children:
        if c.dep_ == "appos" and _adjacent(n, c):
            out.extend(s.with_conjuncts(c))
    entry = lex.nouns.get(n.lemma_.lower())
    if any(c.dep_ == "poss" for c in n.children) and entry is not None and entry[1] != "person":
        # (s18) "its az-Zallaqa media arm", "Iran's Houthi proxies": with an owner before
        # it, the group named inside a group's noun is what the noun is ("Congo's army
        # spokesman": a person's noun, the army is whose)
        out.extend(
            x
            for c in n.children
            if c.dep_ in ("compound", "nmod")
            for x in s.with_conjuncts(c)
            if x.kind == "actor" and x.actor_type != "person" and x not in out
        )
    if n.dep_ == "appos":
        # an apposition the parser hung on a word far before bears nothing ("X belongs to
        # Y, the faction led by Z": the faction is Y, not X)
        if not _adjacent(n.head, n):
            return out
        head = n.head
        if n.tag_ in ("NNS", "NNPS"):
            # "X and Z, both affiliates of Y": a plural noun is each conjunct's
            while head.dep_ == "conj" and head.head is not head:
                head = head.head
            out.extend(s.with_conjuncts(head))
        else:
            out.extend(s.with_conjuncts(head, appositions=False))
    elif n.dep_ == "conj" and n.head.pos_ == "NOUN" and s.slot(n.head) is None:
        # "X, the regional governor and leader of Y": coordinated titles share who bears them
        out.extend(_bearers(s, n.head, depth + 1))
    elif n.dep_ in ("compound", "nmod") and s.slot(n.head) is not None:
        out.extend(s.with_conjuncts(n.head))
    elif n.dep_ == "compound" and n.head.pos_ in ("NOUN", "ADV"):
        out.extend(_bearers(s, n.head, depth + 1))  # "an X-held town west of P" (misparsed)
    elif n.dep_ == "nsubj" and n.head.lemma_ in lex.copulas:
        # "whose stronghold is P": what the noun is, after the copula
        for c in n.head.children:
            if c.dep_ == "attr":
                out.extend(s.with_conjuncts(c))
    elif n.dep_ in ("attr", "oprd") and n.head.lemma_ in lex.copulas | lex.naming:
        out.extend(_subjects(s, n.head))
    elif n.dep_ == "dobj" and _being_verb(n.head):
        # (relA, s25) "X, which constitutes Y's armed wing", "the cells that form Y's wing"
        out.extend(_subjects(s, n.head))
    elif (
        n.dep_ == "pobj" and n.head.lower_ in lex.role_preps and n.head.head.pos_ in ("VERB", "AUX")
    ):
        out.extend(_subjects(s, n.head.head))
    elif (
        n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_ in _lexicon().pass_through
    ):
        out.extend(_bearers(s, n.head.head, depth + 1))  # "one of the factions of Y"
    return out


def _antecedent(s: _Sentence, head: Token, pronoun: str) -> list[Slot]:
    """What a relative pronoun stands for: "which" no person ("the Gran Grif gang of
    X, which is based in P": the gang, not X), the noun the "of" phrase hangs on."""
    if head.dep_ == "conj" and _plural_clause(head):
        # (s18) "A and B, which have been recruiting in P": the clause is both's
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
    found = s.with_conjuncts(head) or _bearers(s, head)
    if pronoun != "which" or not found or not all(type_ok(f, "agent") for f in found):
        return found
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        # "the Gran Grif gang of X, which ...": the gang the "of" phrase hangs on
        upper = head.head.head
        named = s.with_conjuncts(upper) or [
            x for c in upper.children if c.dep_ == "compound" for x in s.with_conjuncts(c)
        ]
        return [f for f in named if f.kind == "actor" and (f.actor_type or "") != "person"]
    return [f for f in found if (f.actor_type or "") != "person"]


def _plural_clause(head: Token) -> bool:
    """(s18) Whether the relative clause on ``head`` agrees with a plural ("which have",
    "who are"): its first verb in the present plural."""
    for c in head.children:
        if c.dep_ == "relcl":
            verbs = [t for t in c.subtree if t.pos_ in ("VERB", "AUX")]
            return bool(verbs) and verbs[0].tag_ == "VBP"
    return False


def _subjects(s: _Sentence, v: Token, depth: int = 0) -> list[Slot]:
    """The mentions that are the subject of ``v``: its own subject, a relative clause's
    antecedent, the subject of the verb it is coordinated with or the complement of."""
    if depth > 3:
        return []
    subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    for c in subjects:
        if c.lower_ in _lexicon().relative and v.dep_ == "relcl":
            return _antecedent(s, v.head, c.lower_)
        if (
            c.lower_ in _lexicon().relative
            and v.dep_ == "ccomp"
            and v.head.dep_ == "relcl"
            and v.head.lemma_.lower() in _lexicon().reporting
        ):
            # (rel, s20) "A and B, which officials say have been recruiting in P": the
            # relative pronoun is the subject of the clause the reporting verb introduces
            return _antecedent(s, v.head.head, c.lower_)
        slots = s.with_conjuncts(c)
        if slots:
            return slots
        pron = s.pronoun(c, None)
        if pron:
            return pron
        # "the group's armed wing, X, is based in P" (rare); (s18) "Pakistan's Foreign
        # Office spokesperson accused ...", "JNIM fighters clashed with ..."
        found = _bearers(s, c) or _carried(s, c)
        if found:
            return found
        # (s18) "Rivalry: X continues to ...": a heading the parser made a second subject
    if subjects:
        return []
    if v.dep_ == "pcomp" and v.head.lower_ == "of" and v.head.head.lemma_ in _lexicon().accusations:
        # (s18) "accused the Y government of sheltering Z": Y is who shelters
        found = [x for c in v.head.head.children if c.dep_ == "dobj" for x in _reach(s, c)]
        if found:
            return found
    accused = _passive_accusation(v)
    if accused is not None:
        # (s19) "X is accused by Y of supporting Z": X is who supports
        return [x for c in accused.children if c.dep_ == "nsubjpass" for x in _reach(s, c)]
    nearest = _name_before_participle(s, v)
    if nearest is not None:
        return [nearest]
    if v.dep_ in ("conj", "xcomp", "advcl") and v.head.pos_ in ("VERB", "AUX", "ADJ"):
        if v.dep_ == "advcl" and (v.i < v.head.i or any(c.dep_ == "mark" for c in v.children)):
            # "when Y split from Z": a clause of its own; a fronted participle ("Backing
            # Y: X is ...", a heading) is no statement of the subject after it
            return []
        return _subjects(s, v.head, depth + 1)
    if v.dep_ == "acomp":
        return _subjects(s, v.head, depth + 1)
    if v.dep_ in ("acl", "amod") and v.head.pos_ in ("NOUN", "PROPN"):
        # (s18) "JNIM fighters based in Mali": the actor the noun carries; (relA, s23) "the
        # militia, led by N, ...", "the movement, headed by N": the one group a definite
        # group noun stands for (none where two compete)
        return (
            s.with_conjuncts(v.head)
            or _bearers(s, v.head)
            or _carried(s, v.head)
            or _group_reference(s, v.head)
        )
    return []


def _name_before_participle(s: _Sentence, v: Token) -> Slot | None:
    """(relA, s24) The name a past participle set off by a comma after it modifies, where
    the parser hung the participle on the main verb: "the movements merged into the
    Front (FLA), led by N" (N leads the Front, not the movements), "X attacked Y, backed by
    Z". The name must end right at the comma (a bracketed acronym may close it)."""
    if v.dep_ != "advcl" or v.tag_ != "VBN" or v.i < v.head.i or v.i < 2:
        return None
    before = v.doc[v.i - 1]
    if before.text != ",":
        return None
    last = v.doc[v.i - 2]
    if last.text == ")":
        # "the Front (FLA), led by N", "the AFNM (Amharic: ...), chaired by N": the name
        # before the bracket, else the acronym inside it
        opening = next((t for t in reversed(v.doc[s.tokens[0].i : last.i]) if t.text == "("), None)
        if opening is None or opening.i < 1:
            return None
        inside = v.doc[v.i - 3]
        last = v.doc[opening.i - 1] if s.slot(v.doc[opening.i - 1]) is not None else inside
    slot = s.slot(last)
    return slot if slot is not None and slot.kind == "actor" else None


def _group_reference(s: _Sentence, noun: Token) -> list[Slot]:
    """(relA, s23) The actor a definite group noun a participle hangs on stands for ("the
    movement, headed by N"): only a noun of the group class with "the" (no bare "its
    wing", no "a faction", which name a part or a new body), and only an actor named in
    its sentence or the two before it in its paragraph (never the report's focal group
    beyond them). None where a body of the group class these sentences introduce without
    a name stands before it ("residents formed a vigilante group. The group, led by N"):
    the noun is likelier that body's."""
    if not _group_reference_noun(noun):
        return []
    window = paragraph_window(s.text, s.views, s.view.index)
    if _unnamed_body_before(s, noun, window):
        return []
    named = {x.key for v in window for x in v.slots if x.kind == "actor" and x.end <= noun.idx}
    return [x for x in s.pronoun(noun, None) if x.key in named]


_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "several"})


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """(relA, s23) The nouns of a body that may fight (the group nouns, the nouns of
    insurgency, a unit's words): an unnamed one before a group noun may be its referent."""
    data = load_data("relation_patterns.yaml")["from_events"]["unit_words"]
    return _lexicon().group_nouns | frozenset(str(w).lower() for w in data)


def _unnamed_body_before(s: _Sentence, noun: Token, window: Sequence[SentenceView]) -> bool:
    """(relA, s23) Whether the window of a group noun introduces, before it, a body of the
    group class without a name: a noun of that class carrying no actor ("a local militia",
    "the Zintan brigades" where Zintan is no actor; not "ADF rebels", "fighters of X") that
    an indefinite article, a name-like compound or, bare of an article, a modifier makes a
    new body (not "the group" or "rebels", which refer back). ``window``: the sentences
    :func:`paragraph_window` gives."""
    nouns = _body_nouns()
    for view in window:
        span = s.doc.char_span(view.start, view.end, alignment_mode="expand")
        if span is None:
            continue
        actors = [x for x in view.slots if x.kind == "actor"]
        for t in span:
            if t.i >= noun.i:
                break
            lemma = t.lemma_.lower()
            grouped = lemma in nouns or insurgent_noun(lemma)
            if t.pos_ == "NOUN" and grouped and _new_body(t, actors):
                return True
    return False


def _new_body(t: Token, actors: Sequence[Slot]) -> bool:
    """(relA, s23) Whether a noun of the group class introduces a body without a name (see
    :func:`_unnamed_body_before`); ``actors``: the actor slots of its sentence."""

    def named(x: Token) -> bool:
        return any(a.start <= x.idx < a.end for a in actors)

    kids = list(t.children)
    carried = [c for c in kids if c.dep_ in ("compound", "nmod", "amod", "poss", "appos")]
    carried += [g for c in kids if c.dep_ == "prep" for g in c.children]
    if named(t) or any(named(c) or (c.dep_ == "poss" and c.pos_ == "PRON") for c in carried):
        return False  # "ADF rebels", "fighters of the ADF", "its militia"
    dets = {c.lower_ for c in kids if c.dep_ == "det"}
    return bool(
        dets & _INDEFINITE
        or any(c.dep_ in ("compound", "nmod") for c in kids)
        or (not dets and any(c.dep_ in ("amod", "nummod") for c in kids))
    )


def _group_reference_noun(noun: Token) -> bool:
    """(relA, s23) Whether a word is a definite noun of the group class ("the movement")."""
    lemma = noun.lemma_.lower()
    if lemma not in _lexicon().group_nouns and not insurgent_noun(lemma):
        return False
    return _definite(noun)


def _passive_accusation(v: Token) -> Token | None:
    """(s19) The passive verb of accusation whose content ``v`` is ("X is accused by Y (and
    by Z) of arming W": the parser hangs "of arming" on a "by")."""
    if v.dep_ != "pcomp" or v.head.lower_ != "of":
        return None
    up = v.head.head
    if up.dep_ == "pobj" and up.head.pos_ == "ADP" and up.head.dep_ in ("agent", "conj"):
        # (rel2, s19) "... and by the Congolese government of supporting Z": the parser may
        # hang "of" on the agent's noun; the accusation is still the verb's
        up = up.head
    while up.dep_ in ("agent", "conj", "prep") and up.pos_ == "ADP" and up.head is not up:
        up = up.head
    if up.lemma_.lower() in _lexicon().accusations and any(
        c.dep_ == "nsubjpass" for c in up.children
    ):
        return up
    return None


def _objects(s: _Sentence, n: Token, preps: Iterable[str], bearer: Sequence[Slot]) -> list[Slot]:
    """The mentions ``n`` is "of": its "of"/"for" object, its possessor, a name it is
    compounded with ("a Y affiliate"), and their conjuncts."""
    out: list[Slot] = []
    wanted = set(preps)
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in wanted:
            for p in c.children:
                if p.dep_ == "pobj":
                    found = s.with_conjuncts(p) or s.pronoun(p, _key(bearer))
                    if not found and p.lemma_.lower() in _lexicon().owned_nouns:
                        # (s19) "spokesman for the army's operations": the owner's
                        found = [
                            x
                            for q in p.children
                            if q.dep_ == "poss"
                            for x in (s.with_conjuncts(q) or s.pronoun(q, _key(bearer)))
                        ]
                    out.extend(found)
        elif c.dep_ == "poss":
            found = s.with_conjuncts(c)
            if not found and c.lower_ in _lexicon().possessive_pronouns:
                found = s.pronoun(c, _key(bearer))
            elif not found and c.pos_ in ("NOUN", "PROPN"):
                # (s19) "the movement's coordinator", "the task force's spokesperson"
                found = s.pronoun(c, _key(bearer))
            elif not found and c.lower_ == "whose":
                # "X, whose stronghold is P": the antecedent of the relative clause
                clause = n.head if n.head.dep_ == "relcl" else n
                found = s.with_conjuncts(clause.head) if clause.dep_ == "relcl" else []
            out.extend(found)
        elif c.dep_ in ("compound", "nmod", "amod") and s.slot(c) is not None:
            # (s24b) "an anti-X activist", "a pro-X partisan": a stance towards X, no tie
            if _stance_of(c) is None:
                out.extend(s.with_conjuncts(c))
        elif (
            c.dep_ == "compound"
            and c.pos_ == "NOUN"
            and _definite(n)
            and not state_force_noun(c.lower_)
            and not any(x.dep_ == "prep" and x.lower_ in wanted for x in n.children)
        ):
            # (relA, s23) "N, the brigade commander": the one actor named before whose
            # name the common noun ends ("the 9th Brigade"); none where two compete, nor
            # where the noun names its own body ("the brigade commander of the garrison")
            out.extend(s._described(c, _key(bearer)))
    return [o for o in out if o not in bearer]


def _definite(n: Token) -> bool:
    """(relA, s23) Whether a noun is made definite by "the" (not "a", not a possessor)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in n.children)


def _key(slots: Sequence[Slot]) -> str | None:
    return slots[0].key if slots else None


def _noun_relations(s: _Sentence, n: Token) -> list[_Found]:
    lex = _lexicon()
    lemma = n.lemma_.lower()
    out: list[_Found] = []
    if lemma in lex.nouns:
        if s.slot(n) is not None and n.dep_ not in ("compound",):
            return []  # the noun is part of a name ("the Islamic State West Africa Province")
        predicate, kind, inverse = lex.nouns[lemma]
        if n.dep_ in ("compound", "amod") and n.head.lemma_.lower() in lex.nouns:
            return []  # (s18) "chief spokesman": the role noun it qualifies decides
        if predicate == "leader_of" and _one_of_many(s, n):
            predicate = "member_of"  # (s18) "a TTP commander", "Y's field commanders"
        bearers = [b for b in _bearers(s, n) if b.kind == "actor"]
        # (s18) "X is a member of Y together with A and B": A and B are members too
        copula = [n.head] if n.dep_ in ("attr", "oprd") else []
        copula += [c for v in copula for c in v.children if c.dep_ == "nsubj"]
        bearers += [
            b for b in _co_bearers(s, [n, *copula]) if b not in bearers and type_ok(b, kind)
        ]
        preps = lex.object_preps | (lex.person_preps if kind == "person" else frozenset())
        objects = [o for o in _objects(s, n, preps, bearers) if o.kind == "actor"]
        if kind == "organization":
            bearers = [_retyped_by_noun(s, b, n) for b in bearers]
        for b in bearers:
            for o in objects:
                if not type_ok(b, kind) or type_ok(o, "person"):
                    continue
                subj, obj = (o, b) if inverse else (b, o)
                out.append(_Found(subj, predicate, obj, (n,)))
    elif lemma in lex.place_nouns and s.slot(n) is None:
        linked = _bearers(s, n) + _objects(s, n, lex.place_noun_preps, [])
        linked += _stranded_places(s, n, lex.place_noun_preps)
        actors = [x for x in linked if x.kind == "actor"]
        places = [x for x in linked if x.kind == "place"]
        # (relA, s22) "X and Y hideouts inside P": the coordinated owners each hold one
        # (one coordinated owner, not "the military's Western Command headquarters")
        groups = [
            [x for x in s.with_conjuncts(c, appositions=False) if x.kind == "actor"]
            for c in n.children
            if c.dep_ in ("compound", "nmod", "poss")
        ]
        coordinated = any(
            len({x.key for x in g}) > 1 and all(a in g for a in actors) for g in groups
        )
        # (relA, s23) the parser may make the noun a conjunct of the first name ("on [X]
        # and [Y camps]"): a name it is coordinated with, owning no noun of its own, owns
        # it too where another name qualifies the noun
        first = s.slot(n.head) if n.dep_ == "conj" and actors else None
        if (
            first is not None
            and first.kind == "actor"
            and first not in actors
            and all(a in [x for g in groups for x in g] for a in actors)
        ):
            actors.append(first)
            coordinated = True
        if len({a.key for a in actors}) > 1 and coordinated:
            out.extend(_Found(a, lex.place_nouns[lemma], p, (n,)) for a in actors for p in places)
        if len(actors) == 1:
            out.extend(_Found(actors[0], lex.place_nouns[lemma], p, (n,)) for p in places)
    return out


def _retyped_by_noun(s: _Sentence, b: Slot, n: Token) -> Slot:
    """(relA, s24) A name the resolver took for a person's, set in apposition to a noun of
    a body's part ("the group's media arm, X", "X, the group's new wing"), is that part's:
    the noun tells its kind where no gazetteer entry does (a new actor, one word or two)."""
    if b.actor_type != "person" or not (b.key or "").startswith("new:"):
        return b
    toks = s.doc.char_span(b.start, b.end, alignment_mode="expand")
    if toks is None or len(toks) > 2:
        return b
    root = toks.root
    if not (
        (root.dep_ == "appos" and root.head.i == n.i) or (n.dep_ == "appos" and n.head.i == root.i)
    ):
        return b
    return replace(b, actor_type="organization")


def _stranded_places(s: _Sentence, n: Token, preps: Iterable[str]) -> list[Slot]:
    """(relA, s23) The place of a place noun whose preposition the parser hung higher up
    ("raids on X camps within P": "within P" on "raids"): the preposition right after the
    noun, hung on one of the noun's heads, where the noun has none of its own."""
    wanted = set(preps)
    if any(c.dep_ == "prep" and c.lower_ in wanted for c in n.children):
        return []
    nxt = n.doc[n.i + 1] if n.i + 1 < len(n.doc) else None
    if nxt is None or nxt.dep_ != "prep" or nxt.lower_ not in wanted:
        return []
    if nxt.head not in list(n.ancestors):
        return []
    out: list[Slot] = []
    for p in (c for c in nxt.children if c.dep_ == "pobj"):
        # "within Kasai province": the name the place noun is compounded with
        found = s.with_conjuncts(p) or [
            x for c in p.children if c.dep_ in ("compound", "nmod") for x in s.with_conjuncts(c)
        ]
        out.extend(x for x in found if x.kind == "place")
    return out


def _one_of_many(s: _Sentence, n: Token) -> bool:
    """(s18) Whether a leader's noun names one of many holders: any with an indefinite
    article ("X, an al-Qaeda mastermind", "a founder of Y"), a rank noun with a subordinate
    qualifier ("local commanders", "the deputy leader") or a plural rank noun that lists
    no one ("Y's commanders"): a member, not the leader. Words of a name are no qualifier
    ("the 31st Brigade commander"), and "the Y leaders, A and B" are its leaders."""
    lex = _lexicon()
    # (relA, s24) a word the tokenizer split at a hyphen ("provincial co-chair": "co", "-",
    # "chair") keeps the qualifiers the parser hung on its first part
    parts = [n]
    if n.i >= 2 and n.doc[n.i - 1].text in lex.hyphens | {"-"} and not n.doc[n.i - 1].whitespace_:
        parts.append(n.doc[n.i - 2])
    qualifiers = [
        c
        for part in parts
        for c in part.children
        if c.dep_ in ("det", "amod", "compound", "nummod", "advmod") and s.slot(c) is None
    ]
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in qualifiers):
        return True
    if (
        n.tag_ in ("NNS", "NNPS")
        and n.dep_ == "pobj"
        and n.head.lower_ == "of"
        and n.head.head.lemma_.lower() in lex.pass_through
    ):
        return True  # (s19) "one of the group's senior commanders": one of many
    if n.lemma_.lower() not in lex.rank_nouns:
        return False
    if any(c.lower_ in lex.subordinate for c in qualifiers):
        return True
    if _bare_group_title(s, n):
        return True
    # (s19) "commander of the group's forces in P": the place may hang on the owned noun
    owned = [p for p in _prep_objects(n, ("of", "for")) if p.lemma_.lower() in lex.owned_nouns]
    local = [s.slot(p) for h in (n, *owned) for p in _prep_objects(h, ("in",))]
    if any(x is not None and x.kind == "place" for x in local):
        return True  # "the Y leader in Gedo", "Y's commander in P": a local one
    if any(
        c.dep_ in ("compound", "amod") and (x := s.slot(c)) is not None and x.kind == "place"
        for part in parts
        for c in part.children
    ):
        return True  # (relA, s24b) "Y's Africa director", "the group's Kivu commander"
    if n.tag_ not in ("NNS", "NNPS"):
        return False
    # "the Y leaders, A and B" (not "A and B, both Y commanders": two of its commanders)
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in n.children)
    return not (definite and _bearers(s, n))


def _bare_group_title(s: _Sentence, n: Token) -> bool:
    """(rel, s21) Whether a rank noun is a bare title on a name after a non-state group's
    name ("SDF commander N", "according to CJTF commander N"): one of the group's
    commanders, as analysts code it; "the RSF commander, N", "Quds Force commander N" (a
    state's force has one) and "ISIS leader N" (``bare_title_ranks`` lists the ranks) lead."""
    if n.dep_ != "compound" or n.lemma_.lower() not in _lexicon().bare_title_ranks:
        return False
    for c in n.children:
        slot = s.slot(c) if c.dep_ == "compound" else None
        if slot is None or slot.kind != "actor" or (slot.actor_type or "") == "state_forces":
            continue
        before = n.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        definite = before is not None and (before.lower_ == "the" or before.tag_ == "POS")
        return not definite
    return False


def _pobjs(s: _Sentence, head: Token, preps: Iterable[str]) -> list[Slot]:
    return [x for p in _prep_objects(head, preps) for x in s.with_conjuncts(p)]


def _link_relations(s: _Sentence, n: Token) -> list[_Found]:
    """ "X announced an alliance with Y", "X's rivalry with Y", "the feud between X and
    Y": a noun of a tie, between its possessor (or the subject of the verb it is the
    object of) and the object of "with"/"against", or the two sides of "between"."""
    lex = _lexicon()
    predicate = lex.links[n.lemma_.lower()]
    if s.slot(n) is not None:
        return []  # part of a name ("the Syrian Democratic Forces coalition")
    if any(t.lower_ in lex.truce_words for c in n.lefts for t in c.subtree):
        return []  # (s17) "a non-aggression pact", "a ceasefire pact": foes who stop, no allies
    out: list[_Found] = []
    sides = [x for x in _pobjs(s, n, {"between"}) if x.kind == "actor"]
    out.extend(_Found(sides[0], predicate, o, (n,)) for o in sides[1:])
    preps = lex.link_preps - {"between"}
    if n.lemma_.lower() in lex.against_only:
        preps = frozenset({"against"})  # (s19) "its campaign with Y" is a joint one
    objects = _pobjs(s, n, preps)
    subjects: list[Slot] = []
    for c in n.children:
        if c.dep_ == "poss":
            subjects = s.with_conjuncts(c) or s.pronoun(c, None)
    if not subjects and n.dep_ == "dobj":
        subjects = _subjects(s, n.head)
        objects += _pobjs(s, n.head, preps)  # "announced an alliance in 2021 with Y"
    for subj in subjects:
        out.extend(
            _Found(subj, predicate, o, (n,))
            for o in objects
            if o.kind == "actor" and subj.kind == "actor"
        )
    return out


def _members(s: _Sentence, head: Token, preps: frozenset[str], depth: int = 0) -> list[Slot]:
    """The groups named as the members of ``head``: "of A and B", "including A", "such as
    A", through a noun that names their kind ("of rebel movements including A")."""
    out: list[Slot] = []
    for p in _prep_objects(head, preps, nested=True):
        found = s.with_conjuncts(p)
        if not found and depth < 1:
            found = _members(s, p, preps - {"of"}, depth + 1)
        out.extend(found)
    return out


def _body_relations(s: _Sentence, n: Token) -> list[_Found]:
    """ "X, a coalition of rebel movements including A and B": each named member is a
    member of X."""
    if s.slot(n) is not None:
        return []
    bodies = [b for b in _bearers(s, n) if b.kind == "actor"]
    if len(bodies) != 1:
        return []
    members = [m for m in _members(s, n, _lexicon().body_preps) if m.kind == "actor"]
    return [_Found(m, "member_of", bodies[0], (n,)) for m in members if m != bodies[0]]


def _named_body_members(s: _Sentence, n: Token) -> list[_Found]:
    """(relA, s24) A body named by a coalition's name whose members a dash, a bracket or
    a colon lists after it: "the Northern Alliance — A, B and C — launched ...", "the
    Union (A and B)": each is a member of it. A list of two at least (one name after a
    dash is the body's other name, or what it is); a comma apposition is no list ("the
    Alliance, A and B" may be three parties)."""
    body = s.slot(n)
    if body is None or body.kind != "actor":
        return []
    dashes = _lexicon().dashes | {":"}
    listed: list[Slot] = []
    for c in n.children:
        if c.dep_ != "appos" or c.i <= n.i:
            continue
        opener = [t for t in n.doc[n.i + 1 : c.left_edge.i] if not t.is_space]
        if not opener or opener[0].text not in dashes or s.slot(c) is body:
            continue
        if any(
            t.dep_ == "neg" or t.lower_ in _lexicon().negating
            for t in n.doc[n.i + 1 : c.right_edge.i + 1]
        ):
            continue  # "the Alliance — not A or B — ...": who is no member
        listed.extend(m for m in s.with_conjuncts(c, appositions=False) if m.kind == "actor")
    members = [m for m in dict.fromkeys(listed) if m.key != body.key]
    if len(members) < 2:
        return []
    return [_Found(m, "member_of", body, (n,)) for m in members]


@lru_cache(maxsize=256)
def _country_called(name: str) -> str | None:
    """The one country ``name`` is a name of (its own or an alternate: "UAE", "Iran")."""
    codes = {
        c.country_code
        for c in open_geo_gazetteer().candidates(name, fuzzy=False)
        if c.country_code and c.feature == "country"
    }
    return codes.pop() if len(codes) == 1 else None


def _hyphen_relations(s: _Sentence, adj: Token) -> list[_Found]:
    """ "the Y-linked X", "X, a Y-backed militia": a participle glued to a name."""
    entry = _lexicon().hyphen.get(adj.lower_.removesuffix("-"))
    if entry is None or not _glued_after(adj):
        return []
    predicate, inverse = entry
    # (rel, s20) "the UAE-backed Giants": a state's name or demonym no mention covers
    glued = s.slot(adj.nbor(-2)) or (
        s.named_state(adj.nbor(-2)) if predicate != "based_in" else None
    )
    if glued is None:
        return []
    if predicate != "based_in":
        glued = s.state_of(glued)
    noun = adj.head
    # the noun the participle modifies, not its conjuncts: "the Y-trained militia and the
    # army clashed" says nothing of who trained the army
    own = s.slot(noun)
    bearers = [b for b in ([own] if own is not None else _bearers(s, noun)) if b != glued]
    if not bearers and predicate == "based_in" and own is None and _group_part_noun(noun):
        # (relA, s22) "a valley-based faction of Y", "valley-based Y fighters": the part or
        # the men of a group have their base there, so has the group (one person's base, "a
        # London-based Y financier", is not the group's)
        bearers = [b for b in _carried(s, noun) if b != glued and b.kind == "actor"]
    out = []
    for b in bearers:
        if predicate == "controls":
            # "P, an X-held town": the actor glued to the participle holds the place
            if b.kind == "place" and glued.kind == "actor":
                out.append(_Found(glued, predicate, b, (adj,)))
            continue
        if b.kind != "actor":
            continue
        if predicate == "based_in":
            if glued.kind == "place":
                out.append(_Found(b, predicate, glued, (adj,)))
            continue
        if glued.kind != "actor":
            continue
        subj, obj = (glued, b) if inverse else (b, glued)
        out.append(_Found(subj, predicate, obj, (adj,)))
    return out


def _co_belligerents(s: _Sentence, act: Token) -> list[_Found]:
    """Actors who carry out one armed act together fight on one side: "the attack was
    repelled by the army and the Joint Forces", "X and Y stormed the camp", "joint
    operations by X and Y". Both must be its agents and neither its target; an act with no
    target may be one the agents wage on each other ("X and Y fought in P"), so none."""
    lex = _lexicon()
    if act.pos_ == "VERB" and act.lemma_.lower() in lex.armed_verbs:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in act.children)
        if passive:
            doers = [p for c in act.children if c.dep_ == "agent" for p in c.children]
            # "repelled after several hours by X": the parser hangs "by" on the hours
            doers += [
                p for q in _prep_objects(act, lex.time_preps) for p in _prep_objects(q, ("by",))
            ]
        else:
            doers = [c for c in act.children if c.dep_ == "nsubj"]
        agents = [x for p in doers for x in s.with_conjuncts(p, appositions=False)]
        targets = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
        targets += _prep_objects(act, lex.target_preps)
    elif act.pos_ == "NOUN" and act.lemma_.lower() in lex.armed_nouns and s.slot(act) is None:
        agents = [
            x
            for p in [c for c in act.children if c.dep_ == "poss"]
            + _prep_objects(act, lex.agent_preps)
            for x in s.with_conjuncts(p, appositions=False)
        ]
        targets = _prep_objects(act, lex.target_preps)
        if not targets and any(c.lower_ in lex.joint_words for c in act.children):
            targets = [act]  # "joint operations by X and Y": the word says they share it
    else:
        return []
    if not targets or any(t.lower_ in lex.reciprocal for x in targets for t in x.subtree):
        return []  # "X and Y fought each other"
    if any(t.lemma_.lower() in lex.apart for t in act.subtree):
        return []  # "X and Y killed 20 civilians in separate attacks": two acts, two sides
    foes = {_armed_target(s, x, act) for x in targets} - {""}
    if not foes:
        # (s17) enemies hit the same town, the same civilians: "X and Y shelled P" says
        # nothing of whose side each is on; an armed foe they share does
        return []
    hit = {slot.key for x in targets for slot in s.with_conjuncts(x)}
    sides = list(
        {
            a.key: a
            for a in agents
            if a.kind == "actor" and (a.actor_type or "") != "person" and a.key not in hit
        }.values()
    )
    # a state's force and an armed group striking one actor may each fight it on their own;
    # repelling one attack together, or sharing a "joint" act, they fight side by side
    apart = "act" not in foes and not any(c.lower_ in lex.joint_words for c in act.children)
    return [
        _Found(sides[0], "allied_with", b, (act,))
        for b in sides[1:]
        if not (apart and _state_and_rebel(sides[0], b))
    ]


def _armed_target(s: _Sentence, target: Token, act: Token) -> str:
    """What kind of armed foe an act's target is: "act" for an armed act ("the attack was
    repelled by X and Y") or the act its agents share ("joint operations by X and Y"),
    "actor" for an armed actor ("attacked Y's positions" reads Y), "" for none."""
    lex = _lexicon()
    if target == act or target.lemma_.lower() in lex.armed_nouns:
        return "act"
    slots = s.with_conjuncts(target) + [
        x for c in target.children if c.dep_ in ("compound", "poss") for x in s.with_conjuncts(c)
    ]
    return "actor" if _of_types(slots, lex.armed_targets) else ""


def _state_and_rebel(a: Slot, b: Slot) -> bool:
    """Whether one of two actors is a state's force and the other a non-state armed group
    ("the army and JNIM attacked ISSP positions": each may fight both)."""
    lex = _lexicon()
    kinds = {a.actor_type or "", b.actor_type or ""}
    return bool(kinds & lex.state_sides) and bool(kinds & lex.rebel_sides)


def _prep_objects(head: Token, preps: Iterable[str], nested: bool = False) -> list[Token]:
    """The objects of ``head``'s prepositions of ``preps`` ("allied with Y"); with
    ``nested``, those of a preposition the first one governs too ("grew out of Y")."""
    wanted = set(preps)
    out: list[Token] = []
    for c0 in head.children:
        if c0.dep_ != "prep" or c0.lower_ not in wanted:
            continue
        # (rel, s20) "operates in A and in B": the second "in" is the first's conjunct
        for c in [c0, *(q for q in c0.children if q.dep_ == "conj" and q.lower_ == c0.lower_)]:
            out.extend(p for p in c.children if p.dep_ == "pobj")
            if nested:
                out.extend(
                    p
                    for q in c.children
                    if q.dep_ == "prep"
                    for p in q.children
                    if p.dep_ == "pobj"
                )
    return out


def _verb_objects(s: _Sentence, v: Token, verb: _Verb) -> list[Slot]:
    out: list[Slot] = []
    heads = [v]
    if verb.nouns:
        heads = [c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in verb.nouns]
        if not heads:
            return []
        heads.append(v)  # "pledged allegiance to Y": "to" on the noun or on the verb
    if verb.particle and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == verb.particle for c in v.children
    ):
        return []
    if verb.dobj and not verb.nouns:
        # (s18) "targets JUI-F clerics", "faces armed groups, among them A and B"
        objs = [c for c in v.children if c.dep_ == "dobj"]
        if not objs:
            # (s18) "arms and trains Y": coordinated verbs share the last one's object
            objs = [
                c
                for t in _conjuncts(v)
                if t.pos_ == "VERB" and _shares_object(v, t)
                for c in t.children
                if c.dep_ == "dobj"
            ][:1]
        sites = [c for c in objs if verb.object == "foe" and _foe_site(s, c)]
        out.extend(
            x
            for c in objs
            if c not in sites
            and (not verb.carriers or s.slot(c) is not None or c.lemma_.lower() in verb.carriers)
            for x in (_reach(s, c) or (s.place_reference(c) if verb.place else []))
        )
        # (rel, s20) "bombed a camp of Y", "overran Y's post", "raided camps run by Y": a
        # foe's site is read only as its holder's (rel2, s20: a fighting party's; "attacked a
        # UNICEF convoy" makes no foe of UNICEF)
        held = [x for c in sites for x in _reach(s, c) if _holds_sites(s, x)]
        out.extend(
            x for x in held + [x for c in sites for x in _site_holders(s, c)] if x not in out
        )
    # "grew out of Y": the object of the preposition the first one governs too
    for p in (p for h in heads for p in _prep_objects(h, verb.preps, nested=True)):
        found = s.with_conjuncts(p) or (s.place_reference(p) if verb.place else _reach(s, p))
        if not found and verb.place:
            # "in the Lebialem division": the place named before its kind
            found = [
                x
                for c2 in p.children
                if c2.dep_ == "compound"
                for x in s.with_conjuncts(c2)
                if x.kind == "place"
            ]
        if not found and p.lemma_.lower() in _lexicon().partitives:
            # "operates in parts of P", "under the leadership of X"; (s19) "based on the
            # islands around P" (villages near P are not P for control)
            near = _lexicon().near_preps if verb.place and verb.predicate != "controls" else ()
            found = _pobjs(s, p, ("of", *near))
        if not found and not verb.place and p.lemma_.lower() in _lexicon().channels:
            # (s19) "received weapons via contacts with Y", "through networks run by Y"
            found = _through_channel(s, p)
        out.extend(found)
    return out


def _foe_site(s: _Sentence, tok: Token) -> bool:
    """(rel, s20) Whether a word is a site noun without a name of its own ("a camp", "Y's
    positions"), which stands for its holder."""
    return s.slot(tok) is None and tok.lemma_.lower() in _lexicon().foe_sites


def _holds_sites(s: _Sentence, x: Slot) -> bool:
    """(rel2, s20) Whether an actor holds sites as a fighting party: an armed type
    (``site_holder_types``) or a body whose name makes it a peace mission or force."""
    return x.kind == "actor" and (
        (x.actor_type or "") in _lexicon().site_holders or (x.key or "") in s.armed_bodies
    )


@lru_cache(maxsize=1)
def _glued_holder() -> re.Pattern[str]:
    """(rel2, s21) the words glued to an actor's name before a place: "JNIM-held (eastern)
    P" (relation_matcher.held_by_glue, one expression for both readings)."""
    return re.compile("^" + held_by_glue())


def _held_by_other(s: _Sentence, f: _Found) -> bool:
    """(rel2, s21) Whether the place of a found relation is qualified as another actor's
    ("The army controls Gao and JNIM-held Boni", "based in Beni and M23-held Rutshuru"):
    the holder holds it, not the subject (``held_place_predicates`` may still take it)."""
    return any(
        x.kind == "actor"
        and x.key != f.subject.key
        and 0 < f.object.start - x.end <= 30
        and _glued_holder().match(s.text[x.end : f.object.start])
        for x in s.view.slots
    )


def _armed_bodies(actors: Sequence[Actor]) -> frozenset[str]:
    """(rel2, s20) The intergovernmental bodies whose name makes them an armed mission
    ("Stabilization Mission", "Interim Force"): their posts and convoys are a foe's sites,
    those of a refugee or food agency are not."""
    return frozenset(a.key for a in actors if armed_mission(a.type, a.name))


def _site_holders(s: _Sentence, site: Token) -> list[Slot]:
    """(rel, s20) The armed actors a site struck in an attack belongs to: a site noun
    ("camp", "post", "convoy") and its conjuncts, with its holder as "of" object, possessor,
    compound or agent of a participle of holding ("a camp of Y", "Y's post", "Y camps",
    "positions held by Y"). A site no name qualifies stands for no one ("a camp"); (rel2,
    s20) nor does one of a holder that is no fighting party (a UN agency's camp, an aid
    body's convoy: ``site_holder_types``)."""
    out: list[Slot] = []
    for t in [site, *_conjuncts(site)]:
        if not _foe_site(s, t):
            continue
        holders = _prep_objects(t, ("of",)) + _holding_agents(t)
        holders += [c for c in t.children if c.dep_ in ("poss", "compound")]
        for h in holders:
            if _stance_of(h) is not None:
                continue  # "an anti-Shabaab militia's camp" is not al-Shabaab's
            out.extend(x for x in s.with_conjuncts(h) if _holds_sites(s, x) and x not in out)
    return out


def _through_channel(s: _Sentence, p: Token) -> list[Slot]:
    """(s19) The actor at the far end of a channel noun: its "with"/"of"/"to" object, or the
    agent of the participle on it ("networks run by Y")."""
    lex = _lexicon()
    found = [x for q in _prep_objects(p, lex.channel_preps) for x in _reach(s, q)]
    for acl in (c for c in p.children if c.dep_ == "acl"):
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            found.extend(x for q in agent.children if q.dep_ == "pobj" for x in _reach(s, q))
    return [x for x in found if x.kind == "actor"]


def _shares_object(v: Token, conj: Token) -> bool:
    """(s18) Whether a verb with no object of its own takes that of a verb coordinated
    after it: only with nothing but other such verbs, commas and "and"/"or" between ("arms,
    trains and funds Y"); "initially resisted but later joined Y" resisted nothing."""
    chain = {t.i for t in _conjuncts(v)}
    for t in v.doc[v.i + 1 : conj.i]:
        if t.is_punct or t.lower_ in ("and", "or"):
            continue
        if t.i in chain and not any(c.dep_ == "dobj" for c in t.children):
            continue
        return False
    return True


def _recruiters(v: Token) -> bool:
    """(rel, s20) Whether a verb's subject (or that of the verb it completes: "X recruiters
    continue to operate in P") is a noun of recruiting ("recruiters", "recruitment cells")."""
    words = _lexicon().recruiter_nouns
    heads = [v, v.head] if v.dep_ in ("xcomp", "conj") else [v]
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words
        for h in heads
        for c in h.children
    ) or any(
        c.dep_ == "compound" and c.lemma_.lower() in words
        for h in heads
        for n in h.children
        if n.dep_ in ("nsubj", "nsubjpass")
        for c in n.children
    )


def _recruited_for(s: _Sentence, v: Token) -> list[Slot]:
    """(rel, s20) The armed actors a recruiting verb recruits for ("recruiting young people
    for X", "for the insurgents" read as the group the report is about)."""
    out: list[Slot] = []
    for p in _prep_objects(v, ("for",)):
        found = _reach(s, p) or s.pronoun(p, None)
        out.extend(
            x for x in found if x.kind == "actor" and (x.actor_type or "") in _lexicon().rebel_sides
        )
    return out


@lru_cache(maxsize=1)
def _being_verbs() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    data = load_data("relation_heads.yaml")
    phrasal = {str(k): str(v) for k, v in (data.get("being_phrasal") or {}).items()}
    return _words(data, "being_verbs"), phrasal, _words(data, "being_present_only")


def _being_verb(v: Token) -> bool:
    """(relA, s25) Whether a verb says its object is what its subject is ("constitute",
    "form", "make up"): read like a copula's complement by :func:`_bearers`. "Form" does
    so only in the present ("the cells that form Y's wing"); "X formed Y's drone unit"
    says who set the unit up."""
    plain, phrasal, present = _being_verbs()
    lemma = v.lemma_.lower()
    if lemma in phrasal:
        return any(c.dep_ == "prt" and c.lower_ == phrasal[lemma] for c in v.children)
    if lemma in present and v.tag_ not in ("VBP", "VBZ"):
        return False
    return lemma in plain and v.pos_ in ("VERB", "AUX")


@lru_cache(maxsize=1)
def _led_part_nouns() -> frozenset[str]:
    return _words(load_data("relation_heads.yaml"), "led_part_nouns")


def _led_part(s: _Sentence, v: Token, predicate: str, body: Slot) -> bool:
    """(relA, s25) Whether a leading participle's subject is a body a group sends or sets
    up, named by a noun that only carries the group's name ("the X delegation led by N",
    "an X negotiating team headed by N"): N heads that body, and is a member of X. (s25
    review) A noun that is a word of one of the group's own names is the group itself
    ("the X company led by N" where X is a private military company: N leads X)."""
    head = v.head
    return (
        predicate == "leader_of"
        and v.dep_ in ("acl", "amod")
        and head.pos_ == "NOUN"
        and s.slot(head) is None
        and head.lemma_.lower() in _led_part_nouns()
        and not {head.lower_, head.lemma_.lower()} & s.name_words.get(body.key or "", frozenset())
    )


def _verb_relations(s: _Sentence, v: Token) -> list[_Found]:
    entries = _lexicon().verbs.get(v.lemma_.lower())
    if not entries:
        return []
    # (s18) "X stands accused by Y of ...": a participle with an agent is passive
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
        v.tag_ == "VBN" and (v.dep_ == "acl" or any(c.dep_ == "agent" for c in v.children))
    )
    # (s18) "led by its commander, General N", "backed by the MSS mission"
    agent = [
        slot
        for c in v.children
        if c.dep_ == "agent"
        # (s19) "accused by the UN and by Kinshasa": the second "by" is the first's conjunct
        for b in [c, *(q for q in c.children if q.dep_ == "conj" and q.lower_ == c.lower_)]
        for p in b.children
        if p.dep_ == "pobj"
        for slot in _reach(s, p)
    ]
    out: list[_Found] = []

    def untold(x: Slot) -> bool:
        # (rel2, s19) "the junta ... has expelled French forces", "the junta led by N": a
        # state named only by a common noun its context ties to no country (or another's)
        # may be linked to the wrong state; an act against a foe, or a leader, needs it told
        return unanchored_state(x, s.text, s.views, s.view.index, s.countries, s.states)

    for verb in entries:
        guarded = verb.object == "foe" or verb.predicate == "leader_of"
        doers = [a for a in agent if not (guarded and untold(a))]
        if verb.dobj and verb.place and passive:
            # "P, still held by X", "P is controlled by X": the agent holds the place
            for place in _subjects(s, v):
                out.extend(
                    _Found(a, verb.predicate, place, (v,)) for a in doers if place.kind == "place"
                )
            continue
        if verb.dobj and not verb.place and passive:
            # "X is funded by Y", "X, backed by Y": the agent does it to the subject
            if not doers:
                continue
            for obj in _subjects(s, v):
                if not verb.inverse and not type_ok(obj, verb.object):
                    continue  # (s19) "the hotel was stormed by X": no foe of X
                if guarded and untold(obj):
                    continue
                predicate = "member_of" if _led_part(s, v, verb.predicate, obj) else verb.predicate
                for a in doers:
                    if verb.inverse:  # "X was recruited by Y": X is the member
                        out.append(_Found(obj, predicate, a, (v,)))
                    elif type_ok(a, verb.subject):
                        out.append(_Found(a, predicate, obj, (v,)))
            continue
        # "the junta joined Mali and Burkina Faso in the AES": whoever the subject is
        # resolved to, it is none of those it joins
        own = {x.key for c in v.children if c.dep_ == "dobj" for x in s.with_conjuncts(c)}
        # (s18) "X, together with A, backs Y": A backs Y too
        together = _co_bearers(s, [v, *(c for c in v.children if c.dep_ == "nsubj")])
        subjects = [
            x
            for x in [*_subjects(s, v), *together]
            if type_ok(x, verb.subject) and x.key not in own and not (guarded and untold(x))
        ]
        # (s18) "X fought together with A against Y": A is no foe of X
        objects = [
            x
            for x in _verb_objects(s, v, verb)
            if (x.kind == "place" or type_ok(x, verb.object))
            and x not in together
            and not (guarded and untold(x))
        ]
        predicate = verb.predicate
        if verb.place and predicate == "operates_in" and _recruiters(v):
            predicate = "recruits_in"  # (rel, s20) "X recruiters operate in P"
        if verb.place and predicate == "recruits_in" and not subjects:
            # (rel, s20) "accused of recruiting young men for X in P": X recruits there
            subjects = _recruited_for(s, v)
            if not objects:
                objects = [
                    x
                    for f in _prep_objects(v, ("for",))
                    for p in _prep_objects(f, verb.preps)
                    for x in s.with_conjuncts(p)
                    if x.kind == "place"
                ]
        if verb.co_members and subjects and objects and _plain_deed(v):
            # (relA, s22) "A joined B and C in the alliance Y": those joined are in the body
            # already (only where the joining is told as done: "A has not joined B and C in
            # Y", "A may join B in Y" leave B's membership to another sentence)
            joined = [s.state_of(x) for c in v.children if c.dep_ == "dobj" for x in _reach(s, c)]
            subjects += [
                x
                for x in joined
                if x.kind == "actor"
                and type_ok(x, verb.subject)
                and x not in subjects
                and x not in objects
            ]
        for subj in subjects:
            for obj in objects:
                if verb.inverse:
                    out.append(_Found(obj, predicate, subj, (v,)))
                else:
                    out.append(_Found(subj, predicate, obj, (v,)))
        if verb.predicate == "hostile_to" and objects:
            # (s18) "X fought together with A against Y": X and A fight on one side
            own_side = [x for x in subjects if x not in together]
            out.extend(_Found(x, "allied_with", t, (v,)) for x in own_side[:1] for t in together)
    return out


# the links by which a clause is the content or the complement of the word above it: a
# denial, an accusation, a modal or a plan above reaches the relation only through these
_CLAUSAL = frozenset({"xcomp", "ccomp", "conj", "advcl", "pcomp", "prep", "acomp", "auxpass"})


def _clause_chain(found: _Found) -> list[Token]:
    """The verbs whose clauses hold the relation, nearest first: the verb (or adjective)
    that states it, or the copula of a noun that does ("X is not a branch of Y"), then
    the verbs it is the complement of ("denied funding Y", "accused Y of arming Z"). A
    noun in an apposition or a title states its relation by itself: "X, leader of Y, said"
    is no part of what X said."""
    lex = _lexicon()
    word = found.tokens[0]
    if word.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        head = word.head
        if word.dep_ in ("attr", "oprd", "nsubj") and head.lemma_ in lex.copulas | lex.naming:
            word = head
        elif word.dep_ == "dobj" and found.tokens[0].lemma_.lower() in lex.links:
            word = head  # "X could form an alliance with Y": the verb's modality
        elif word.dep_ == "pobj" and head.lower_ in lex.role_preps:
            word = head.head
        else:
            return []
    chain = [word]
    t = word
    while t.dep_ in _CLAUSAL and t.head is not t and len(chain) < 8:
        if t.dep_ == "ccomp" and t.i < t.head.i:
            break  # "X accuses Y ...; Z rejected it": a clause before its verb is no content
        if t.dep_ in ("advcl", "conj") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children
        ):
            # "X is not a branch of Y, although it has armed Y", "..., and it has fought Z":
            # a clause with its own subject is no content of the one it hangs on
            break
        accused = _passive_accusation(t)
        if accused is not None and accused is not t.head.head:
            # (rel2, s19) "accused by Y and by Z of arming W": the "of" the parser hung on
            # an agent's noun is still the accusation's content
            chain.extend([t.head, accused])
            t = accused
            continue
        t = t.head
        chain.append(t)
    return chain


def _modality(found: _Found) -> str | None:
    """None where the relation is only possible or intended ("could join", "if X backs Y",
    "plans to join"), "unreal" where the tie itself is called only possible ("a possible
    alliance", "an alliance remains unlikely": whoever else reads it), else "negated",
    "reported" (the content of an accusation) or ""."""
    lex = _lexicon()
    noun = found.tokens[0]
    if any(c.dep_ == "neg" or c.lower_ in lex.negating for c in noun.children):
        return "negated"  # "no ally of Y"
    if any(
        c.lower_ in lex.ended
        and any(g.dep_ == "neg" or g.lower_ in lex.negating for g in c.children)
        for t in (noun, *_clause_chain(found)[:1])
        for c in t.children
    ):
        return None  # "X is no longer an ally of Y": a tie that ended, none now
    if any(c.lower_ in lex.past_roles for c in noun.children) or (
        noun.i > 0 and noun.nbor(-1).lower_ in lex.past_roles
    ):
        return None  # "a former ISWAP fighter": a past role (the patterns date it "former")
    if any(
        c.dep_ == "amod"
        and c.lemma_.lower() in lex.unreal
        # (s19) "one of its most feared commanders": feared is no doubt about the role
        and not any(g.dep_ == "advmod" for g in c.children)
        for c in noun.children
    ):
        return "unreal"  # "talks on a possible alliance between X and Y"
    chain = _clause_chain(found)
    if chain and any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lex.unreal for c in chain[0].children
    ):
        return "unreal"  # "a clash between X and Y remains unlikely"
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX", "ADJ")]
    if any(c.lower_ in lex.mistaken for t in verbs[:2] for c in t.children):
        return None  # (s18) "was mistakenly identified as a Y commander"
    for t in verbs[:3]:
        aux = [c for c in t.children if c.dep_ == "aux"]
        if any(a.lower_ in lex.modals for a in aux) and not any(
            a.lower_ in lex.perfect_aux for a in aux
        ):
            return None
        if any(c.dep_ == "mark" and c.lower_ in lex.marks for c in t.children):
            return None
    if any(
        t.lemma_.lower() in lex.intents
        and t.pos_ == "VERB"
        and t is not noun
        and not (t is chain[0] and t.lemma_ in lex.naming)  # "is considered a branch of Y"
        for t in chain
    ):
        return None  # "X plans to join Y", "the army plans an offensive against Y"
    if any(c.dep_ == "neg" or c.lower_ in lex.negating for t in verbs[:2] for c in t.children):
        return "negated"
    for t in chain[1:]:
        lemma = t.lemma_.lower()
        if lemma in lex.denials:
            return "negated"
        if lemma in lex.accusations or (lemma in lex.reporting and t.pos_ == "VERB"):
            # (s18) "A and B, which rights groups say have been recruiting in P"
            return "reported"
    return ""


def _ended_period(found: _Found, text: str, timexes: Sequence[Timex]) -> str | None:
    """The period of a tie its sentence says ended: "the alliance between X and Y collapsed
    in 2019" ("until 2019"), "the pact broke down" ("former"); None where none ended."""
    lex = _lexicon()
    noun = found.tokens[0]
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return None  # "the alliance ended the siege": it ended something else
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma not in lex.ended_verbs and not particles & lex.ended_phrasal.get(lemma, frozenset()):
        return None
    # the date the verb's own words give: "collapsed in 2019" (not one inside the noun's)
    inside = {t.idx for t in noun.subtree}
    words = [t for t in verb.subtree if t.idx not in inside]
    lo, hi = words[0].idx, words[-1].idx + len(words[-1])
    for t in sorted(timexes, key=lambda t: t.start):
        # (s17) "collapsed within days": a duration dates no end ("until days")
        if (
            lo <= t.start
            and t.end <= hi
            and t.type not in ("SET", "DURATION")
            and t.start > verb.idx
        ):
            return f"until {text[t.start : t.end]}"
    return "former"


def _kinds_fit(predicate: str, subject: Slot, obj: Slot) -> bool:
    """Whether the subject and the object are of the kinds the ontology gives the relation
    (a pledge to a person is none to a group; a person does not split from a group)."""
    rtype = load_ontology().relation_types.get(predicate)
    if rtype is None:
        return False
    return _kind_ok(subject, rtype.subject) and (obj.kind == "place" or _kind_ok(obj, rtype.object))


def _kind_ok(slot: Slot, kinds: Sequence[str]) -> bool:
    if "actor" in kinds:
        return slot.kind == "actor"
    person = (slot.actor_type or "") == "person"
    return ("person" in kinds and person) or ("organization" in kinds and not person)


def _place_noun(tok: Token) -> bool:
    """(rel, s20) Whether a word may stand for a place named before: a singular noun of a
    kind of place ("the town"; "the villages" are many, not the one named)."""
    return tok.lemma_.lower() in _lexicon().place_references and tok.tag_ != "NNS"


def structural_relations(
    doc: Doc,
    views: Sequence[SentenceView],
    claim_spans: list[tuple[int, int]],
    timexes: Sequence[Timex],
    known: Sequence[Relation],
    actors: Sequence[Actor],
) -> StructuralReading:
    """Relations the parse links two mentions by, where no relation the patterns found in
    the same sentence already links the same two (one reading per pair and sentence; the
    patterns, written for their wordings, win)."""
    text = doc_text(doc)
    lex = _lexicon()
    stated = {(r.anchor.sentence, frozenset((r.subject, _object_id(r)))) for r in known}
    stated_keys = {_key_of(r) for r in known}
    triples = {(r.subject, r.predicate, _object_id(r)) for r in known}
    objects = {(r.anchor.sentence, r.predicate, _object_id(r)) for r in known}
    subjects = {(r.anchor.sentence, r.predicate, r.subject) for r in known}
    members = {
        (r.anchor.sentence, r.subject, _object_id(r)) for r in known if r.predicate == "member_of"
    }
    states = {a.key: a.type for a in actors}
    tails = name_tails({a.key: (a.name, *a.aliases) for a in actors})
    name_words = {
        a.key: frozenset(w for n in (a.name, *a.aliases) for w in re.findall(r"\w+", n.lower()))
        for a in actors
    }
    armed_bodies = _armed_bodies(actors)
    countries = {a.key: a.country for a in actors if a.country}
    out: list[Relation] = []
    reading = StructuralReading(out, set(), set(), {})
    shared_acts: list[Relation] = []  # the alliances read from one shared armed act
    for view in views:
        s = _Sentence(doc, view, views, states, tails, countries, armed_bodies, name_words)
        if len(view.slots) < 2 and not any(
            _place_noun(t)
            or (view.slots and t.dep_ == "poss")
            or (view.slots and t.dep_ == "acl" and _group_reference_noun(t.head))
            or (
                view.slots
                and t.dep_ == "compound"
                and t.pos_ == "NOUN"
                and t.head.lemma_.lower() in lex.nouns
                and _definite(t.head)
            )
            for t in s.tokens
        ):
            # (s19) one name and a possessor that may stand for another: "Its chief is N";
            # (rel, s20) a noun that may stand for a place named before: "The group has
            # held the town since 2022" (both may stand for names)
            continue
        found: list[_Found] = []
        co_read: set[int] = set()
        for tok in s.tokens:
            lemma = tok.lemma_.lower()
            if lemma in lex.nouns or lemma in lex.place_nouns:
                found.extend(_noun_relations(s, tok))
            if lemma in lex.links:
                found.extend(_link_relations(s, tok))
            if lemma in lex.bodies:
                found.extend(_body_relations(s, tok))
                found.extend(_named_body_members(s, tok))
            if tok.lower_ in lex.hyphen:
                found.extend(_hyphen_relations(s, tok))
            if tok.dep_ == "poss":
                found.extend(_force_unit_relations(s, tok, actors))
            if tok.lower_ in lex.stances:
                found.extend(_stance_relations(s, tok))
            if tok.pos_ in ("VERB", "AUX"):
                found.extend(_co_action_relations(s, tok))
            if lemma in lex.verbs:
                found.extend(_verb_relations(s, tok))
            if lemma in lex.body_verbs and tok.pos_ == "VERB":
                found.extend(_body_verb_relations(s, tok))
            if lemma in lex.nouns or tok.lower_ in lex.part_name_nouns:
                found.extend(_named_part_relations(s, tok))
            if lemma in lex.founding and tok.pos_ == "VERB":
                found.extend(_founding_relations(s, tok))
            if lemma in lex.control_nouns and tok.pos_ == "NOUN":
                found.extend(_control_relations(s, tok))
            if tok.dep_ in ("poss", "pobj") and tok.pos_ == "PROPN":
                found.extend(_owner_relations(s, tok))
            if lemma in lex.armed_verbs or lemma in lex.armed_nouns:
                shared = _co_belligerents(s, tok)
                found.extend(shared)
                co_read.update(id(f) for f in shared)
        for f in found:
            from_act = id(f) in co_read
            if f.predicate not in PLACE_PREDICATES and f.object.kind == "place":
                # "receives weapons from Iran": the state the country's name stands for
                f = _Found(f.subject, f.predicate, s.state_of(f.object), f.tokens)
            if f.subject.kind == "place":
                f = _Found(s.state_of(f.subject), f.predicate, f.object, f.tokens)
            modality = _modality(f)
            if modality is None:
                continue
            rel = _relation(f, s, text, claim_spans, timexes, modality)
            if rel is None:
                continue
            obj = _object_id(rel)
            pair = (rel.anchor.sentence, frozenset((rel.subject, obj)))
            key = _key_of(rel)
            if rel.subject == obj:
                continue
            if modality == "unreal":
                reading.unreal.add(key)  # "a possible alliance": none, whoever read it
                continue
            ended = _ended_period(f, text, timexes)
            if ended is not None:
                rel = replace(rel, period=ended)
                reading.ended[key] = ended
            if key in stated_keys:
                if rel.certainty == "negated":
                    reading.negated.add(key)
                continue
            # (s18) "Colonel N, the 31st Brigade commander": the parse reads a leader where a
            # membership was read from the role word alone; the leader's tie wins (_dedupe)
            lead = (
                rel.predicate == "leader_of"
                and f.tokens[0].pos_ == "NOUN"
                and (view.index, rel.subject, obj) in members
            )
            if pair in stated and rel.certainty != "negated" and not lead:
                continue  # the patterns read another tie between the two: theirs wins
            if (rel.subject, rel.predicate, obj) in triples:
                continue
            if f.subject.start in s.resolved and (view.index, rel.predicate, obj) in objects:
                continue  # a pattern read who "it" is here, and read another actor
            if (
                f.object.start in s.resolved
                and (view.index, rel.predicate, rel.subject) in subjects
            ):
                continue
            triples.add((rel.subject, rel.predicate, obj))
            out.append(rel)
            if from_act:
                shared_acts.append(rel)
    # (s17) one armed act shared by two actors the document calls foes elsewhere ("X
    # clashed with Y in May. In June, X and Y ambushed a Z convoy") makes no alliance of them
    foes = {
        frozenset((r.subject, r.object_actor))
        for r in [*known, *out]
        if r.predicate == "hostile_to" and r.certainty != "negated" and r.object_actor
    }
    out[:] = [
        r
        for r in out
        if not any(r is x for x in shared_acts)
        or frozenset((r.subject, r.object_actor)) not in foes
    ]
    # (relA, s23) "Army spokesman N": the national force, not the bare noun made an actor
    out[:] = national_forces(out, actors)
    return reading


# (relA, s24) the kinds of body a person's name owns as its leader ("N's X", "the X of N"):
# groups, parties and militias; a state's or an outlet's name owned by a person is no
# statement of who leads it. (relA, s25) a party is typed ``political_party`` (actors.yaml,
# resolve/actors.py); "political"/"party" named no type and left parties out
_LED_BODY_TYPES = frozenset({*ARMED_TYPES, "political_party"})


def _owner_relations(s: _Sentence, tok: Token) -> list[_Found]:
    """(relA, s24) A person's name that owns a group's name leads it: a possessor ("N's
    Popular Front attacked ..."), or the object of an "of" right on the name ("the
    Popular Front of N", "the Front (PF) of N, which ..."). Only a proper name owns one
    ("the fighters of N" names no group); "the X of the late N" is coded as his still."""
    if tok.dep_ == "poss":
        head = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
        head = tok.head.head
    else:
        return []
    person = s.slot(tok)
    # "the Front pour la ... (FPL) of N": the name's acronym in brackets names it too
    named = [head, *(c for c in head.children if c.dep_ == "appos" and c.i < tok.i)]
    body = next((b for b in map(s.slot, named) if b is not None), None)
    if (
        person is None
        or body is None
        or person is body
        or person.kind != "actor"
        or body.kind != "actor"
        or person.actor_type != "person"
        or (body.actor_type or "") not in _LED_BODY_TYPES
        or not body.text.removeprefix("the ").removeprefix("The ")[:1].isupper()
    ):
        return []
    return [_Found(person, "leader_of", body, (head, tok))]


def _force_unit_relations(s: _Sentence, tok: Token, actors: Sequence[Actor]) -> list[_Found]:
    """(relA, s25) A named unit a state force owns is a branch of it: "the army's 12th
    Mechanised Brigade", "the military's Southern Command", "the Nigerian Army's
    7th Division". A bare force noun stands for the one national force the report calls by
    it (:func:`possessed_force`), with "the" or nothing before it ("the rebels' army", "a
    rival militia's brigade" are another body's); only a state force's unit named after it
    counts ("the army's attack on X" names no unit), and not as the subject of a reporting
    verb."""
    if tok.dep_ != "poss" or (tok.pos_ != "NOUN" and s.slot(tok) is None):
        return []
    owner = s.slot(tok)
    if owner is not None and (owner.kind != "actor" or owner.actor_type != "state_forces"):
        return []
    lo, hi = (owner.start, owner.end) if owner is not None else (tok.idx, tok.idx + len(tok))
    if any(
        not (lo <= c.idx < hi)
        and (c.dep_ not in ("det", "case") or c.lower_ not in ("the", "'s", "’s", "'", "’"))
        for c in tok.children
    ):
        return []
    unit = s.slot(tok.head)
    if unit is None or unit.kind != "actor" or unit.actor_type != "state_forces":
        return []
    if unit.start < tok.idx + len(tok):
        return []
    head = tok.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in _lexicon().reporting:
        # "the army's Second Division said ...": a unit named as the voice of a statement
        # is the force speaking; analysts file the statement, not the unit's place in it
        return []
    if owner is not None:
        # "the military" a mention already stands for the national force
        return [] if owner.key == unit.key else [_Found(unit, "branch_of", owner, (tok,))]
    key = possessed_force(tok.lower_, actors)
    if key is None or key == unit.key:
        return []
    force = Slot("actor", tok.idx, tok.idx + len(tok), tok.text, key, s.states.get(key))
    return [_Found(unit, "branch_of", force, (tok,))]


def _object_id(r: Relation) -> str:
    if r.object_actor is not None:
        return r.object_actor
    if r.object_place is not None:
        place = r.object_place.place
        return str((place.geonames_id or place.name) if place else r.object_place.text)
    return ""


def _period_of_noun(word: Token, at: int) -> bool:
    """(s19) Whether a date at ``at`` can be the period of a tie a noun states: a noun that
    is an argument of another verb ("arrested members of the group's intelligence wing on
    Wednesday") takes only a date inside its own phrase ("its leader since 2018"); the
    arrest's date is no date of the tie. A noun a copula links ("became its leader in
    2019") takes the clause's date."""
    if word.pos_ not in ("NOUN", "PROPN") or word.dep_ in ("attr", "oprd", "ROOT", "acomp"):
        return True
    if word.lemma_.lower() not in _lexicon().nouns:
        return True  # a tie's own noun ("announced an alliance in 2015") takes its verb's date
    if at < 0:
        return True
    first, last = word.left_edge, word.right_edge
    return first.idx <= at < last.idx + len(last)


def _relation(
    f: _Found,
    s: _Sentence,
    text: str,
    claim_spans: list[tuple[int, int]],
    timexes: Sequence[Timex],
    modality: str,
) -> Relation | None:
    place = f.predicate in PLACE_PREDICATES
    if f.subject.kind != "actor" or f.subject.key is None:
        return None
    if place != (f.object.kind == "place"):
        return None
    if not place and (f.object.key is None or f.object.key == f.subject.key):
        return None
    if not _kinds_fit(f.predicate, f.subject, f.object):
        return None
    view = s.view
    if place and f.predicate not in held_place_predicates() and _held_by_other(s, f):
        return None
    # the words that state it: the head word and the object (a subject named far before,
    # or in an earlier sentence, is no part of the statement's wording)
    start = min(f.object.start, *(t.idx for t in f.tokens))
    end = max(f.object.end, *(t.idx + len(t) for t in f.tokens))
    if f.predicate == "accuses":
        # the accusation is the fact stated: its own verb is no evidential cue
        certainty = relation_certainty(text, view, f.subject.start, f.subject.end, claim_spans)
    elif view.start <= f.subject.start and f.subject.end <= view.end:
        certainty = relation_certainty(
            text, view, min(start, f.subject.start), max(end, f.subject.end), claim_spans
        )
    else:
        certainty = relation_certainty(text, view, start, end, claim_spans)
    if modality in ("negated", "reported") and certainty in ("asserted", "hedged"):
        certainty = modality
    period = relation_period(text, (view.start, view.end), (start, end), timexes)
    if period and text.find(period, view.start, view.end) < start:
        period = None  # a date fronted to the sentence is its incident's, not the relation's
    period = period or period_phrase_after(text, view, end, timexes)
    if period and not _period_of_noun(f.tokens[0], text.find(period, view.start, view.end)):
        period = None
    if period and (PRESENT.fullmatch(period) or BARE_DURATION.fullmatch(period)):
        period = None  # "for years", "now": no time stated
    if period:
        period = complete_range(text, view, period, timexes)
    return Relation(
        subject=f.subject.key,
        predicate=f.predicate,
        anchor=anchor_of(view),
        object_actor=None if place else f.object.key,
        object_place=f.object.place if place else None,
        certainty=certainty,
        period=period,
    )


def drop_conditional(
    doc: Doc, views: Sequence[SentenceView], relations: Sequence[Relation]
) -> list[Relation]:
    """The relations less those stated only inside a condition: "If X joined forces with
    Y, ..." or "unless X backs Y" states no relation, whichever rule read it. Both
    mentions must lie in the clause the conditional word opens."""
    marks = _lexicon().marks
    out: list[Relation] = []
    for r in relations:
        view = views[r.anchor.sentence] if 0 <= r.anchor.sentence < len(views) else None
        if view is None or not any(w in view.text.lower().split() for w in marks):
            out.append(r)
            continue
        if not _conditional(doc, view, r, marks):
            out.append(r)
    return out


def drop_across_clauses(
    doc: Doc, views: Sequence[SentenceView], relations: Sequence[Relation]
) -> list[Relation]:
    """(relA, s24) The relations less the ties of apposition or title that bind a name of a
    fronted clause (:func:`_across_fronted_clause`) or of what a closing reporting clause
    reports (:func:`_across_reported_content`) to the speaker's phrase."""
    return [
        r
        for r in relations
        if not _across_fronted_clause(doc, views, r) and not _across_reported_content(doc, views, r)
    ]


# (relA, s24) the ties an apposition, a title or a role noun states: a name bears them for
# the noun phrase it stands beside, never across the comma that closes a fronted clause
_APPOSED = frozenset({"member_of", "leader_of", "branch_of", "affiliate_of"})
_PARTICIPLES = frozenset({"VBG", "VBN"})
# the kinds of actor a definite group noun ("the group's", "the rebels'") may stand for; an
# outlet or an agency that releases a message is none
_REFERRED_TYPES = GROUP_TYPES | {"political_party"}


@lru_cache(maxsize=1)
def _tying_verbs() -> frozenset[str]:
    """The verbs that state a tie of membership, leadership or lineage themselves."""
    return frozenset(
        v.lemma
        for verbs in _lexicon().verbs.values()
        for v in verbs
        if v.predicate in _APPOSED or v.predicate in ("merged_into", "formed_from")
    )


def _fronted_end(span: Span) -> tuple[int, bool] | None:
    """The index of the comma that closes a sentence's fronted participle clause,
    prepositional phrase or subordinate clause ("Blaming X, ...", "In a message released
    by X, ...", "When X attacked P, ..."), and whether it is a clause with a verb of its
    own (any verb of it binds its names); or None."""
    first = span[0]
    clause = first.pos_ == "SCONJ" or first.dep_ == "mark" or first.tag_ == "WRB"
    if not (clause or first.tag_ in _PARTICIPLES or first.pos_ == "ADP"):
        return None
    comma = next((t.i for t in span[1:] if t.text == ","), None)
    return None if comma is None else (comma, clause)


def _subject_start(span: Span, comma: int, verb: Token) -> int:
    """Where the main clause's subject starts after a fronted clause closed at ``comma``:
    with a comma just before the verb ("Blaming X, the army's wing, the ISPR, said") the
    whole stretch is the subject and its apposition; else the last comma-delimited part
    is ("Blaming X, a rival of Y, the ISPR said": "a rival of Y" is X's apposition)."""
    before = verb.i - 1
    while before > comma and span.doc[before].pos_ in ("ADV", "AUX", "PART"):
        before -= 1
    if span.doc[before].text == ",":
        return comma + 1
    commas = [t.i for t in span.doc[comma + 1 : verb.i] if t.text == ","]
    return (commas[-1] if commas else comma) + 1


def _bound_by_verb(tok: Token, lo: int, hi: int, finite: bool = False) -> Token | None:
    """The participle (any verb, with ``finite``) inside ``[lo, hi)`` a mention's head
    chain meets first, or None; none where the chain names whom the speaker stands for
    ("Speaking for X, ...", "on behalf of X")."""
    lex = _lexicon()
    while tok.head.i != tok.i and lo <= tok.head.i < hi:
        if _post_of_participle(tok.head, lex):
            return None
        tok = tok.head
        if tok.lower_ in lex.representing:
            return None
        if (finite or tok.tag_ in _PARTICIPLES) and tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _post_of_participle(noun: Token, lex: _Lexicon) -> bool:
    """Whether a person's post noun is what a subjectless participle makes its subject
    ("Appointed leader of X, N ...", "Having become commander of X, N ..."): the post is
    the main subject's, so the participle binds the name of its body to nobody else."""
    kind = lex.nouns.get(noun.lemma_.lower())
    return (
        kind is not None
        and kind[1] == "person"
        and noun.pos_ == "NOUN"
        and noun.head.tag_ in _PARTICIPLES
        and noun.dep_ in ("oprd", "attr", "xcomp", "acomp", "dobj")
        and (noun.dep_ != "dobj" or noun.head.tag_ == "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.head.children)
    )


def _refers_back(doc: Doc, lo: int, hi: int, kind: str, before: dict[str, str]) -> bool:
    """(s24b) Whether the speaker's phrase ``doc[lo:hi]`` holds a word that may stand for a
    name of kind ``kind`` before it (``before``: the names there and their kinds): a
    possessive pronoun ("its spokesman"), or a definite noun of the group class ("the
    group's spokesman", "the rebels' commander") where that name is the one group before
    it ("When X joined Y, the group's leader": which group is unknown)."""
    lex = _lexicon()
    groups = [k for k in before.values() if k in _REFERRED_TYPES]
    one_group = kind in _REFERRED_TYPES and len(groups) == 1
    return any(
        t.lower_ in lex.possessive_pronouns or (one_group and _group_reference_noun(t))
        for t in doc[lo:hi]
    )


def _across_fronted_clause(doc: Doc, views: Sequence[SentenceView], r: Relation) -> bool:
    """(relA, s24) Whether an apposition's or a title's tie binds an argument of a fronted
    participle or clause to the main clause's subject: "Blaming X, the army's media wing,
    the ISPR, said ..." (X is no branch of the army), "In a message released by X, the
    group's spokesman, N, said ..." (N is no member of X), "When X attacked P, the army's
    spokesman, N, said ..." (nor of X here). A participle that states the tie itself ("Led
    by N, X ...", "Having joined Y, X ...") keeps it, and so does a subject whose possessive
    pronoun may stand for the fronted name ("When X attacked P, its spokesman, N, said")."""
    if r.predicate not in _APPOSED or r.object_actor is None:
        return False
    view = views[r.anchor.sentence] if 0 <= r.anchor.sentence < len(views) else None
    span = doc.char_span(view.start, view.end, alignment_mode="expand") if view else None
    if view is None or span is None or len(span) < 4:
        return False
    fronted_end = _fronted_end(span)
    verb = span.root
    if fronted_end is None or verb.i <= fronted_end[0]:
        return False
    comma, clause = fronted_end
    lo = _subject_start(span, comma, verb)
    tying = _tying_verbs()
    fronted: dict[str, str] = {}
    subject: set[str] = set()
    for slot in view.slots:
        toks = doc.char_span(slot.start, slot.end, alignment_mode="expand")
        if slot.kind != "actor" or slot.key is None or toks is None:
            continue
        if toks.root.i < comma:
            participle = _bound_by_verb(toks.root, span.start, comma, clause)
            # a participle that states the tie itself ("Having joined Y, X ...", "After
            # joining Y, N ...") binds its name to the main subject
            if participle is not None and not (
                participle.lemma_.lower() in tying
                and participle.tag_ in _PARTICIPLES
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children)
            ):
                fronted[slot.key] = slot.actor_type or ""
        elif lo <= toks.root.i < verb.i:
            subject.add(slot.key)
    pair = (r.subject, r.object_actor)
    return any(
        a in fronted
        and b in subject
        and a not in subject
        # a fronted participle's object is what the subject acts on, seldom his own group
        # ("Condemning X, the group's spokesman, N, said"): only a pronoun refers to it
        and not (
            span[0].tag_ not in _PARTICIPLES and _refers_back(doc, lo, verb.i, fronted[a], fronted)
        )
        and not _named_by_word(doc, view, a, (lo, verb.i - 1))
        for a, b in (pair, pair[::-1])
    )


def _reported_regions(span: Span) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """What a sentence reports and who reports it, where the report comes first and a
    reporting verb with its speaker closes the sentence ("X did P, N, a spokesman,
    said"): the token ranges (first, last) of both. Read from the parse where the verb's
    content and subject are its children; else, where the parser hung the speaker on the
    report ("X killed ten in P, a spokesman, N, told reporters": "told" a conjunct), from
    the comma-set noun phrases just before the verb."""
    doc = span.doc
    verbs = [
        t
        for t in span
        if t.lemma_.lower() in _lexicon().reporting
        and t.pos_ in ("VERB", "AUX")
        and t.i > span.start
    ]
    for verb in verbs:
        content = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        speakers = [c for c in verb.children if c.dep_ == "nsubj"]
        if content and speakers and speakers[0].left_edge.i > content[0].right_edge.i:
            told = (content[0].left_edge.i, content[0].right_edge.i)
            return told, (speakers[0].left_edge.i, speakers[0].right_edge.i)
        if speakers and not content and _reported_conjunct(span, verb, speakers[0]):
            # (s24b) "X killed nine in P, a spokesman, N, told reporters" parsed as two
            # conjuncts with no "and": the first is what the second's speaker reports
            first = speakers[0].left_edge.i
            return (span.start, first - 2), (first, speakers[0].right_edge.i)
        if speakers or doc[verb.i - 1].text != ",":
            continue
        # ", SEG, SEG, said": noun phrases without a verb, back to the report's end
        commas = [verb.i - 1]
        j = verb.i - 2
        while j > span.start:
            if doc[j].text == ",":
                segment = doc[j + 1 : commas[-1]]
                if not len(segment) or any(t.pos_ in ("VERB", "AUX") for t in segment):
                    break
                commas.append(j)
            j -= 1
        if len(commas) < 2:
            continue
        start = commas[-1]
        if not any(t.pos_ in ("VERB", "AUX") for t in doc[span.start : start]):
            continue
        fronted = _fronted_end(span)
        if fronted is not None and fronted[0] == start:
            continue  # a fronted clause, read by _across_fronted_clause
        return (span.start, start - 1), (start + 1, verb.i - 1)
    return None


def _reported_conjunct(span: Span, verb: Token, speaker: Token) -> bool:
    """Whether a reporting verb the parser made a conjunct of the clause before it, with
    its speaker set off by a comma right after that clause and no coordinator between
    them, closes the sentence as its reporting clause (not a fronted clause's end)."""
    first = speaker.left_edge.i
    head = verb.head
    fronted = _fronted_end(span)
    return (
        verb.dep_ == "conj"
        and head.pos_ in ("VERB", "AUX")
        and head.i < first - 1
        and span.doc[first - 1].text == ","
        and not any(c.dep_ in ("cc", "preconj") for c in head.children if c.i > head.i)
        and not any(c.dep_ == "cc" for c in verb.children)
        and (fronted is None or fronted[0] != first - 1)
    )


def _across_reported_content(doc: Doc, views: Sequence[SentenceView], r: Relation) -> bool:
    """(relA, s24) Whether an apposition's or a title's tie binds a name of what a speaker
    reports, told before his reporting verb, to the speaker: "X killed 12 people in P, a
    government spokesman, N, told reporters" (N is no member of X), "X attacked the base,
    said N, the army's spokesman". A possessive pronoun in the speaker's words ("X
    attacked P, its spokesman, N, said") may stand for X and keeps the tie."""
    if r.predicate not in _APPOSED or r.object_actor is None:
        return False
    view = views[r.anchor.sentence] if 0 <= r.anchor.sentence < len(views) else None
    span = doc.char_span(view.start, view.end, alignment_mode="expand") if view else None
    if view is None or span is None:
        return False
    regions = _reported_regions(span)
    if regions is None:
        return False
    told, who = regions
    inside: dict[str, set[str]] = {"told": set(), "who": set()}
    types: dict[str, str] = {}
    for slot in view.slots:
        toks = doc.char_span(slot.start, slot.end, alignment_mode="expand")
        if slot.kind != "actor" or slot.key is None or toks is None:
            continue
        if told[0] <= toks.root.i <= told[1]:
            inside["told"].add(slot.key)
            types[slot.key] = slot.actor_type or ""
        elif who[0] <= toks.root.i <= who[1]:
            inside["who"].add(slot.key)
    pair = (r.subject, r.object_actor)
    return any(
        a in inside["told"]
        and b in inside["who"]
        and a not in inside["who"]
        and not _refers_back(doc, who[0], who[1] + 1, types[a], types)
        and not _named_by_word(doc, view, a, who)
        for a, b in (pair, pair[::-1])
    )


def _named_by_word(doc: Doc, view: SentenceView, key: str, region: tuple[int, int]) -> bool:
    """Whether a word of ``region`` outside any mention is a word of the name ``key`` has
    in the sentence: the speaker's title names that body itself ("..., district police
    officer N said": the police named before), which is no apposition across clauses."""
    words = {
        w
        for slot in view.slots
        if slot.key == key
        for w in re.findall(r"[a-z]+", slot.text.lower())
        if w not in ("the", "of", "and")
    }
    covered = {i for slot in view.slots for i in _token_range(doc, slot)}
    # the title may stand before the speaker's name where the parser left it out of his
    # phrase: back to the comma before it
    lo = region[0]
    while lo > 0 and doc[lo - 1].text != "," and region[0] - lo < 8:
        lo -= 1
    return any(doc[i].lower_ in words for i in range(lo, region[1] + 1) if i not in covered)


def _token_range(doc: Doc, slot: Slot) -> range:
    toks = doc.char_span(slot.start, slot.end, alignment_mode="expand")
    return range(toks.start, toks.end) if toks is not None else range(0)


def _conditional(doc: Doc, view: SentenceView, r: Relation, marks: frozenset[str]) -> bool:
    span = doc.char_span(view.start, view.end, alignment_mode="expand")
    if span is None:
        return False
    clauses = [t for t in span if any(c.dep_ == "mark" and c.lower_ in marks for c in t.children)]
    if not clauses:
        return False
    obj_key = r.object_actor
    obj_place = r.object_place

    def inside(slot: Slot, clause: Token) -> bool:
        tokens = doc.char_span(slot.start, slot.end, alignment_mode="expand")
        return tokens is not None and clause.left_edge.i <= tokens.root.i <= clause.right_edge.i

    for clause in clauses:
        subj = [x for x in view.slots if x.key == r.subject and inside(x, clause)]
        if obj_place is not None:
            obj = [x for x in view.slots if x.place == obj_place and inside(x, clause)]
        else:
            obj = [x for x in view.slots if x.key == obj_key and inside(x, clause)]
        outside = [
            x
            for x in view.slots
            if x.key in (r.subject, obj_key) and x.kind == "actor" and not inside(x, clause)
        ]
        if subj and obj and not outside:
            return True
    return False
