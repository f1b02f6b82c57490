"""Claims and attributions of responsibility stated apart from the event they concern.

"The ELN accepted responsibility four days later" names no event: it concerns the attack the
report told just before. :func:`attach_responsibility` finds such statements (a subject that
claims, accepts or takes responsibility or credit; "blamed X", "accused X", "blamed on X",
"attributed to X") and gives the nearest ASSAULT before them (else the next one after) its
perpetrator and ``responsibility`` (claimed or attributed, and by whom), unless the event
already names another perpetrator.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dossier.datafiles import load_yaml
from dossier.extract.common import is_heading
from dossier.extract.event_args import ArgumentFinder, Span2, np_span
from dossier.extract.event_effects import as_claimed, combine_tolls
from dossier.extract.event_generic import generic
from dossier.extract.event_merge import RESPONSIBILITY_RANK
from dossier.extract.event_parties import reference_words as event_parties_words
from dossier.extract.event_phrases import RELATIVE, by_agents
from dossier.extract.event_reference import (
    generic_kind,
    load_reference_lexicon,
    resolve_generic,
)
from dossier.nlp.text import TokensByChar, doc_sentences, doc_text, sentence_index
from dossier.nlp.token_table import doc_tokens
from dossier.records import Actor, EventActor
from dossier.resolve.actor_gazetteer import load_actor_gazetteer
from dossier.resolve.unidentified import is_unidentified_key

if TYPE_CHECKING:
    from dossier.extract.event_rules import EventRules
    from dossier.extract.events import EventFrame

__all__ = ["Statement", "attach_responsibility", "find_statements"]

_FACTS = {"asserted", "background", "negated"}
_PERP_ROLES = {"perpetrator", "initiator"}


@dataclass(frozen=True)
class InvolvementWords:
    """(s19) The words of involvement told apart from an attack's own clause
    (``data/extract/event_reference.yaml``): authorship nouns ("the perpetrator of"),
    implicating verbs, participation verbs (or verb-object pairs: "take part"), and the words
    that place names among a group of victims ("among the victims", "one of the dead")."""

    author_nouns: frozenset[str]
    doer_nouns: frozenset[str]
    involvement_verbs: frozenset[str]
    part_verbs: frozenset[str]
    participation_verbs: frozenset[str]
    participation_pairs: frozenset[tuple[str, str]]
    one_of_words: frozenset[str]
    among_words: frozenset[str]
    including_words: frozenset[str]
    after_words: frozenset[str]
    connection_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    denial_determiners: frozenset[str]
    no_one_words: frozenset[str]
    open_marks: frozenset[str]
    personal_pronouns: frozenset[str]
    reflexive_pronouns: frozenset[str]
    connection_preps: frozenset[str]
    charge_preps: frozenset[str]
    blame_preps: frozenset[str]

    @property
    def perpetrator_nouns(self) -> frozenset[str]:
        """Every noun for who did a deed or is behind it."""
        return self.author_nouns | self.doer_nouns


@lru_cache(maxsize=1)
def involvement_words() -> InvolvementWords:
    """Read the involvement words of ``data/extract/event_reference.yaml`` (cached)."""
    raw = load_yaml("extract/event_reference.yaml")

    def words(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(name) or ())

    participation = words("participation_verbs")
    return InvolvementWords(
        author_nouns=words("author_nouns"),
        doer_nouns=words("doer_nouns"),
        involvement_verbs=words("involvement_verbs"),
        part_verbs=words("part_verbs"),
        participation_verbs=frozenset(w for w in participation if " " not in w),
        participation_pairs=frozenset(
            (w.split()[0], w.split()[1]) for w in participation if len(w.split()) == 2
        ),
        one_of_words=words("one_of_words"),
        among_words=words("among_words"),
        including_words=words("including_words"),
        after_words=words("after_words"),
        connection_nouns=words("connection_nouns"),
        naming_verbs=words("naming_verbs"),
        denial_determiners=words("denial_determiners"),
        no_one_words=words("no_one_words"),
        open_marks=words("open_marks"),
        personal_pronouns=words("personal_pronouns"),
        reflexive_pronouns=words("reflexive_pronouns"),
        connection_preps=words("connection_preps"),
        charge_preps=words("charge_preps"),
        blame_preps=words("blame_preps"),
    )


@dataclass(frozen=True)
class Statement:
    """Who is said to be responsible for an event, where the report says it."""

    position: int  # character offset of the verb
    sentence: int
    kind: str  # claimed | attributed
    actor: str | None  # key of the responsible actor
    span: Span2  # the words that name the responsible party
    by: str | None  # who claims or attributes it
    about: int | None = None  # character offset of the event noun the statement names
    # the act named is a new one ("accused soldiers of abusing civilians"), not "the attack"
    # told before
    fresh: bool = False
    # who was hit, as the statement names them ("the site stored rockets of X": X)
    targets: tuple[str, ...] = ()
    # blamed by people no actor stands for ("relatives blame the ELN")
    hearsay: bool = False
    # said of several attacks at once ("they were believed to be the work of X")
    plural: bool = False
    # (s19) said to have had a part in the attack ("took part in", "was the mastermind of",
    # "were involved in"): one more doer beside those the attack names, no rival to them
    co_doer: bool = False


def _sentence_index(doc: Doc, tok: Token) -> int:
    return sentence_index(doc, tok.i)


def find_statements(doc: Doc, finder: ArgumentFinder) -> list[Statement]:
    """Every claim or attribution of responsibility in the document, in text order."""
    rules = finder.rules
    claim_verbs = rules.words("claim_verbs")
    claim_objects = rules.words("claim_objects")
    blame_verbs = rules.words("blame_verbs")
    suspect_nouns = rules.words("suspect_verbs") | rules.words("responsibility_nouns")
    verb_lemmas = _statement_verbs(rules)
    out: list[Statement] = []
    for tok in doc_tokens(doc):
        pos = tok.pos_
        if pos not in {"VERB", "AUX"}:
            if pos == "NOUN" and (lem := tok.lemma_.lower()) in suspect_nouns:
                arrested, charge = _suspects(tok, lem, finder)
                out += _statements(doc, tok, arrested, charge, False, finder)
            continue
        lem = tok.lemma_.lower()
        if lem == "be" and (work := _work_of(tok, finder)) is not None:
            # (s16) "they were believed to be the work of X", "the blast was the handiwork
            # of X": the deeds told just before are suspected of X
            said = [
                replace(st, plural=plural)
                for parties, plural in [work]
                for st in _statements(doc, tok, parties, None, False, finder)
            ]
            out += said
            continue
        if lem not in verb_lemmas and not (lem == "be" and _be_responsible(tok)):
            continue  # no verb of claim, blame or suspicion: no statement (speed only)
        parties: list[tuple[Token, str, str | None]] = []
        fresh = False
        if _denied(tok, finder):
            continue  # "No group claimed responsibility", "has not claimed"
        about = None
        hearsay = False
        if lem in claim_verbs and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in claim_objects
            for c in tok.children
        ):
            subjects = finder.subjects(tok) or _claim_agents(tok)
            parties += [(s, "claimed", None) for s in subjects]
        elif (
            lem in rules.words("claim_attack_verbs")
            and (attack := _attack_object(tok, finder) or _passive_attack(tok, finder)) is not None
        ):
            # "A TTP commander claimed the bombing", (s19) "the bombing was claimed by X" (in
            # the passive the subject is the attack, and who claimed is the agent)
            passive = attack.dep_ == "nsubjpass"
            claimants = _claim_agents(tok) if passive else finder.subjects(tok)
            parties += [(s, "claimed", None) for s in claimants]
            about = attack.idx
        elif lem in rules.words("say_verbs") and (attack := _said_done(tok, finder)) is not None:
            # "Jamaat-ul-Ahrar said it carried out the attack"
            parties += [(s, "claimed", None) for s in finder.subjects(tok)]
            about = attack.idx
        elif lem in rules.words("say_verbs") and (hit := _said_of_target(tok, finder)):
            # "The IDF said the site stored rockets belonging to X": a state that tells what
            # it struck owns the strike told before, and names whom it hit
            out += [
                replace(st, targets=tuple(hit))
                for st in _statements(
                    doc,
                    tok,
                    [(s, "claimed", None) for s in finder.subjects(tok)],
                    None,
                    False,
                    finder,
                )
                if st.actor is not None and finder.actor_type(st.actor) in _STATE_TYPES
            ]
            continue
        elif lem in blame_verbs and not _blamed_for_other(tok, finder):
            accusers = finder.subjects(tok)
            # (s18) "X stands accused by Y of killing ...": the "by" agent accuses, the
            # passive's subject is accused
            agents = _passive_agents(tok)
            passive_accused = [a for a in accusers if a not in agents] if agents else []
            accusers = agents or accusers
            by_tok = accusers[0] if accusers else None
            by_actor = finder.actor_in(*np_span(by_tok), by_tok) if by_tok is not None else None
            by = by_actor.key if by_actor else None
            # "relatives blame the ELN": an accuser who is no actor (nor a pronoun for one)
            hearsay = (
                by_tok is not None
                and by_actor is None
                and by_tok.pos_ == "NOUN"
                and finder.refer(by_tok) is None
            )
            # (s18) "accused X of ..., an allegation Y rejected": the charge noun the parser
            # made a second object is no one accused
            charges = finder.rules.words("accusation_nouns")
            accused = [
                c
                for c in tok.children
                if c.dep_ == "dobj"
                and lem in {"accuse", "blame"}
                and c.lemma_.lower() not in charges
            ]
            # "blamed the attack on X": the parser may hang "on X" on the attack noun; (s19)
            # but where the verb has its own "on X", the attack's "on" is its target ("blamed
            # the attack on the bank on the rebels")
            hosts = [tok]
            blame_preps = involvement_words().blame_preps
            if not any(p.dep_ == "prep" and p.lower_ in blame_preps for p in tok.children):
                hosts += [c for c in tok.children if c.dep_ == "dobj" and _is_attack(c, finder)]
            blamed_on = [
                c
                for prep in (p for h in hosts for p in h.children)
                if prep.dep_ == "prep" and prep.lower_ in blame_preps
                for c in prep.children
                if c.dep_ == "pobj"
            ]
            if blamed_on:
                # (s16) "a bombing, which Tasnim had blamed on X": what is blamed on someone
                # is the deed, never a party
                # (s19) "blamed the attack on the army": nor is the attack itself
                accused = [
                    a for a in accused if a.lower_ not in RELATIVE and not _is_attack(a, finder)
                ]
            accused += blamed_on
            accused += [c for c in tok.children if c.dep_ == "nsubjpass" and lem != "attribute"]
            accused += [a for a in passive_accused if a not in accused]
            if not accused and lem != "attribute":
                # "Colonel X, removed from his post after being accused of ordering the
                # murder": a passive with no subject of its own accuses the one its clause
                # tells of
                accused = _passive_controller(tok, finder)
            if _denies_too(tok, finder):
                # "X denied responsibility and blamed criminal gangs": a denial, which
                # names no one responsible unless the blamed party is a named actor
                accused = [a for a in accused if _named_party(a, finder)]
            parties += [(a, "attributed", by) for a in accused]
            # "accused X of the bombing": the statement names the attack it concerns
            named = [
                e for c in _blame_preps(tok) for e in [_event_noun(c, finder)] if e is not None
            ]
            named += [c for c in tok.children if c.dep_ == "dobj" and _is_attack(c, finder)]
            about = named[0].idx if named else None
            fresh = bool(named) and not _definite(named[0])
        co_doer = False
        if not parties:
            parties, about = _suspects(tok, lem, finder)
            co_doer = bool(parties) and _tells_part(tok, lem, finder)
        found = _statements(doc, tok, parties, about, fresh, finder)
        found = [replace(st, co_doer=co_doer) for st in found]
        out += [replace(st, hearsay=True) for st in found] if hearsay else found
    return out


def find_denials(doc: Doc, finder: ArgumentFinder) -> list[Statement]:
    """Every denial of responsibility that blames another in turn ("X denied any role and
    blamed the army", "X denied that its fighters had fired on the camp and accused Y of
    shelling it"), as a statement of kind ``denied`` whose actor is who denies (the group a
    spokesman speaks for) or whom the denied clause names."""
    deny = finder.rules.words("fact_denial_verbs")
    objects = finder.rules.words("denial_objects")
    out: list[Statement] = []
    for tok in doc_tokens(doc):
        if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in deny:
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "did not deny"
        said = [
            c
            for c in tok.children
            if (c.dep_ == "dobj" and c.lemma_.lower() in objects)
            or c.dep_ in {"ccomp", "xcomp"}
            or (c.dep_ == "dobj" and c.pos_ == "VERB")
        ]
        if not said:
            continue
        # a denial that blames another ("denied firing on the camp and accused the army of
        # shelling it") contests the blame; a bare denial leaves it attributed
        blame = finder.rules.words("blame_verbs")
        if not any(
            t.lemma_.lower() in blame and t.i != tok.i
            for c in (tok, *tok.conjuncts)
            for t in c.subtree
        ):
            continue
        # who denies, and whom a denied clause names as the doer ("denied the group had
        # fired on the camp")
        doers = [(subj, True) for subj in finder.subjects(tok)]
        doers += [
            (d, False) for c in said if c.dep_ == "ccomp" for d in c.children if d.dep_ == "nsubj"
        ]
        for subj, speaker in doers:
            actor = finder.actor_in(*np_span(subj), subj) or finder.refer(subj)
            if speaker:
                actor = _speaks_for(subj, actor, finder) or actor
            if actor is None or actor.type == "person":
                continue
            span = finder.mention_before(actor, subj) or np_span(subj)
            out.append(
                Statement(tok.idx, _sentence_index(doc, tok), "denied", actor.key, span, actor.key)
            )
    return out


def _statement_verbs(rules: EventRules) -> frozenset[str]:
    """The lemmas of the verbs that may state a claim, a blame or a suspicion (the branches
    of :func:`find_statements` and :func:`_suspects`), "be" aside."""
    names = (
        "claim_verbs",
        "claim_attack_verbs",
        "say_verbs",
        "blame_verbs",
        "suspect_verbs",
        "link_verbs",
        "involvement_participles",
    )
    inv = involvement_words()
    return (
        frozenset().union(*(rules.words(n) for n in names))
        | {"hold"}
        | inv.involvement_verbs
        | inv.participation_verbs
        | {verb for verb, _obj in inv.participation_pairs}
    )


def _be_responsible(tok: Token) -> bool:
    """ "X were responsible for ...", "X are behind ...": the only statements a form of "be"
    makes (:func:`_suspects`)."""
    authors = involvement_words().perpetrator_nouns
    return any(
        (c.dep_ == "acomp" and c.lower_ == "responsible")
        or (c.dep_ == "prep" and c.lower_ == "behind")
        # (s19) "X was the perpetrator of the murder", "the authors of the attack were X"
        or (
            c.dep_ in {"attr", "nsubj"}
            and c.lemma_.lower() in authors
            and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        )
        for c in tok.children
    )


def _work_of(
    tok: Token, finder: ArgumentFinder
) -> tuple[list[tuple[Token, str, str | None]], bool] | None:
    """ "they were believed to be the work of insurgents from X": who a form of "be" with a
    noun of authorship (``work_nouns``: "work", "handiwork") names as the doers of what its
    subject stands for (suspected: said of, not claimed by), and whether that subject is
    plural ("they", "both attacks")."""
    works = finder.rules.words("work_nouns")
    parties: list[tuple[Token, str, str | None]] = [
        (g, "suspected", None)
        for c in tok.children
        if c.dep_ == "attr" and c.lemma_.lower() in works
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if not parties or any(c.dep_ == "neg" for c in tok.children):
        return None
    verb = tok
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "were believed to be": the subject is the believing verb's
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "was not the work of X"
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    plural = bool(subj) and (
        subj[0].lower_ in {"they", "both", "these", "those"}
        or (subj[0].tag_ == "NNS" and subj[0].lemma_.lower() not in finder.person_nouns)
    )
    return parties, plural


def _statements(
    doc: Doc,
    tok: Token,
    parties: list[tuple[Token, str, str | None]],
    about: int | None,
    fresh: bool,
    finder: ArgumentFinder,
) -> list[Statement]:
    # "Pablo Escobar and Gonzalo Rodriguez Gacha are behind the bombing": both are
    parties = parties + [
        (c, kind, by)
        for p, kind, by in parties
        for c in p.conjuncts
        if c.i > p.i and c.pos_ in {"NOUN", "PROPN"} and all(c is not q for q, _k, _b in parties)
    ]
    # (s19) "a colonel, two lieutenants, one sergeant and two soldiers were involved": the
    # parser may read a counted list as appositions
    parties = parties + [
        (c, kind, by)
        for p, kind, by in parties
        for c in _counted_items(p)
        if all(c is not q for q, _k, _b in parties)
    ]
    # "Colonel X, who is charged with the deaths": the relative pronoun stands for X
    parties = [
        (tok.head if p.lower_ in RELATIVE and tok.dep_ == "relcl" else p, kind, by)
        for p, kind, by in parties
    ]
    # (s19) "X, one of the men involved in the murder": the one is X; "a group of people were
    # arrested over their involvement in ...": "their" is the group the clause tells of
    parties = [(_one_of_host(p) or _clause_subject(p, finder) or p, k, b) for p, k, b in parties]
    # (s19) "a group calling itself the X Brigade claimed ...": the party is the name
    parties = [(_self_named(p) or p, k, b) for p, k, b in parties]
    # (s19) "a group of people, including members of the army, were arrested for ...": the
    # members the group includes are parties too
    parties = parties + [
        (g, kind, by)
        for p, kind, by in parties
        for c in p.children
        if c.dep_ == "prep" and c.lower_ in involvement_words().including_words
        for g in c.children
        if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}
    ]
    out: list[Statement] = []
    for party, kind, by in parties:
        actor = (
            finder.actor_in(*np_span(party), party)
            or finder.actor_in(party.left_edge.idx, party.right_edge.idx + len(party.right_edge))
            or finder.refer(party)
        )
        if kind == "claimed":
            actor = _speaks_for(party, actor, finder) or actor
        actor = owner_of_outlet(party, actor, finder)
        span = finder.mention_before(actor, party) or np_span(party)
        out.append(
            Statement(
                tok.idx,
                _sentence_index(doc, tok),
                kind,
                actor.key if actor else None,
                span,
                by if kind != "claimed" else (actor.key if actor else None),
                about,
                fresh,
            )
        )
    return out


def _actor_by_key(finder: ArgumentFinder, key: str) -> Actor | None:
    return next((a for _s, _e, a in finder.mentions if a.key == key), None)


def owner_of_outlet(party: Token, actor: Actor | None, finder: ArgumentFinder) -> Actor | None:
    """The group an outlet or an affiliation names: "a claim published by the group's Amaq
    agency" is the group's claim (the possessor named, else the outlet's parent in the
    gazetteer when the report names it); "the Al-Qaeda-linked group" is the group the report
    tells of, tied to al-Qaeda, not al-Qaeda."""
    if actor is None:
        return None
    rules = finder.rules
    if actor.type in rules.words("outlet_types"):
        for t in party.subtree:
            if t.dep_ != "poss":
                continue
            owner = finder.refer(t) or finder.actor_in(*np_span(t), t)
            if (
                owner is not None
                and owner.key != actor.key
                and owner.type not in rules.words("outlet_types")
            ):
                return owner
        for key in finder.ancestors(actor.key):
            owner = _actor_by_key(finder, key)
            if owner is not None:
                return owner
        return actor
    if party.lemma_.lower() not in finder.group_nouns:
        return actor
    affil = rules.words("affiliation_participles")
    tied = [
        c
        for c in party.children
        if c.dep_ in {"amod", "compound"} and (c.lemma_.lower() in affil or c.lower_ in affil)
    ]
    named = [
        (s, a)
        for s, e, a in finder.mentions
        if a.key == actor.key and party.left_edge.idx <= s and e <= party.idx + len(party)
    ]
    if not tied or not named or not any(s < tied[0].idx for s, _a in named):
        return actor
    # the nearest group named before the phrase, other than the affiliation (one of its
    # branches first), else the report's own group
    start = party.left_edge.idx
    earlier = [
        a
        for s, _e, a in finder.mentions
        if s < start and a.key != actor.key and a.type in finder.group_types
    ]
    branches = [a for a in earlier if actor.key in finder.ancestors(a.key)]
    if branches:
        return branches[-1]
    main = finder.focal()
    if main is not None and main.key != actor.key:
        return main
    return earlier[-1] if earlier else actor


def _speaks_for(party: Token, person: Actor | None, finder: ArgumentFinder) -> Actor | None:
    """The group a spokesman or leader claims for: "Gran Grif spokesperson Jeff Larose",
    "the group's spokesman", "a spokesman for the Taliban" claim the group's attack."""
    if person is not None and finder.actor_type(person.key) != "person":
        return None
    roles = finder.rules.words("role_nouns")
    words = [t for t in _noun_phrase(party) if t.i != party.i or t.lemma_.lower() in roles]
    if not any(t.lemma_.lower() in roles for t in words):
        return None
    for t in words:
        if t.lemma_.lower() in roles or t.pos_ not in {"NOUN", "PROPN"}:
            continue
        actor = finder.actor_in(*np_span(t), t) or (finder.refer(t) if t.dep_ == "poss" else None)
        if (
            actor is not None
            and (person is None or actor.key != person.key)
            and actor.type in finder.rules.words("group_types") | _STATE_TYPES
        ):
            return actor
    return None


_STATE_TYPES = {"state_forces", "government", "igo"}
_PHRASE_DEPS = {"compound", "poss", "nmod", "amod", "prep", "pobj", "appos", "det", "case"}


def _noun_phrase(head: Token) -> list[Token]:
    """The words of a noun phrase and its appositions, not of its relative clauses ("Jeff
    Larose, who once fought for the army": not the army)."""
    out, todo = [head], [head]
    while todo:
        for c in todo.pop().children:
            if c.dep_ in _PHRASE_DEPS:
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def _is_attack(tok: Token, finder: ArgumentFinder) -> bool:
    rules = finder.rules
    table = rules.noun_triggers if tok.pos_ != "VERB" else rules.verb_triggers
    found = table.get(tok.lemma_.lower())
    return found is not None and found[0] == "ASSAULT"


def _passive_attack(verb: Token, finder: ArgumentFinder) -> Token | None:
    """(s19) The attack a passive verb with a "by" agent takes as its subject: "the attack
    was claimed by X" (not "no attack was claimed by anyone": :func:`_claim_agents`)."""
    if not by_agents(verb):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubjpass" and _is_attack(c, finder) and not generic(c, finder.rules)
        ),
        None,
    )


def _attack_object(verb: Token, finder: ArgumentFinder) -> Token | None:
    """The attack a verb takes as its object: "claimed the bombing" (not a class of attacks:
    "has claimed drone attacks on US bases since October 2023"); in a relative clause, the
    attack it hangs on ("a bombing outside Karachi airport, which the BLA also claimed",
    however the parser attaches "which")."""
    found = next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and _is_attack(c, finder) and not generic(c, finder.rules)
        ),
        None,
    )

    if found is not None or verb.dep_ != "relcl":
        return found
    if not any(c.dep_ == "dobj" and c.lower_ in {"which", "that"} for c in verb.children):
        return None
    cur = verb.head
    for _ in range(4):  # "a bombing outside [Karachi airport], which": up to the attack
        if _is_attack(cur, finder):
            return None if generic(cur, finder.rules) else cur
        if cur.dep_ not in {"pobj", "prep", "appos", "compound"} or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _said_done(verb: Token, finder: ArgumentFinder) -> Token | None:
    """The attack a speaker says it did: "said it carried out the attack" → "attack"; "said
    that its forces had killed a senior IS official in an airstrike" → "killed" (a speaker's
    own forces, fighters or men acted: the speaker owns the act)."""
    perform = finder.rules.words("perform_verbs")
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = [c for c in comp.children if c.dep_ == "nsubj"]
        if not subj or not _self(subj[0]):
            continue
        if comp.lemma_.lower() in perform:
            attack = _attack_object(comp, finder)
            if attack is not None:
                return attack
        elif subj[0].lower_ not in _SELF and _is_attack(comp, finder) and not _denied(comp, finder):
            # "its forces had killed X": its own men, named as such (a bare "it had killed
            # 15 insurgents in the operation" is a toll of an operation told before)
            return comp
    return None


def _said_of_target(verb: Token, finder: ArgumentFinder) -> list[str]:
    """The groups a speaker says "the target" or "the site" belonged to or served: "said the
    site stored rockets belonging to X", "said the target was an X smuggling route"."""
    nouns = finder.rules.words("struck_site_nouns")
    speakers = {
        a.key
        for s in finder.subjects(verb)
        for a in [finder.actor_in(*np_span(s), s) or _speaks_for(s, None, finder)]
        if a is not None
    }
    for comp in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = [c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subj or subj[0].lemma_.lower() not in nouns:
            continue
        if not any(
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in subj[0].children
        ):
            continue
        found: list[str] = []
        for t in comp.subtree:
            if t.i == subj[0].i or t.pos_ not in {"NOUN", "PROPN"}:
                continue
            actor = finder.actor_in(t.idx, t.idx + len(t), t)
            if (
                actor is not None
                and actor.key not in speakers
                and actor.type in finder.rules.words("group_types")
                and actor.key not in found
            ):
                found.append(actor.key)
        return found
    return []


_SELF = {"it", "they", "we"}
_SELF_POSSESSIVES = {"its", "their", "our"}


def _self(subject: Token) -> bool:
    """The speaker itself: "it", "they", "we", or its own people ("its forces", "our
    fighters")."""
    return subject.lower_ in _SELF or any(
        c.dep_ == "poss" and c.lower_ in _SELF_POSSESSIVES for c in subject.children
    )


def _denied(verb: Token, finder: ArgumentFinder) -> bool:
    """The statement is negated: "has not claimed", "No group claimed", "nobody blamed"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(finder.rules.names_no_one(s) for s in finder.subjects(verb))


def _denies_too(verb: Token, finder: ArgumentFinder) -> bool:
    """The blamer also denies ("denied responsibility and blamed ...", "blamed ..., denying
    any role")."""
    deny = finder.rules.words("denial_verbs")
    near = [verb.head] if verb.dep_ == "conj" else []
    near += [c for c in verb.children if c.dep_ in {"conj", "advcl"}]
    return any(t.lemma_.lower() in deny for t in near if t.i != verb.i)


def _named_party(tok: Token, finder: ArgumentFinder) -> bool:
    actor = finder.actor_in(*np_span(tok), tok) or finder.refer(tok)
    return actor is not None and not is_unidentified_key(actor.key)


def _definite(tok: Token) -> bool:
    """ "the attack", "this bombing", "the attacks": an event told before."""
    return tok.pos_ != "VERB" and any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "these", "those"}
        for c in tok.children
    )


def _passive_agents(verb: Token) -> list[Token]:
    """The "by" agents of a passive participle ("accused by Human Rights Watch")."""
    if verb.tag_ != "VBN":
        return []
    return by_agents(verb, conjuncts=True)


def _passive_controller(verb: Token, finder: ArgumentFinder) -> list[Token]:
    """Whom a subjectless passive participle is said of: "X was removed after being accused
    of ...", "X, arrested for ...", "having been charged with ..., X fled": the subject of
    the clause it hangs on, or the noun it modifies."""
    if not any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ != "VBN":
        return []
    if any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "agent"} for c in verb.children):
        return []
    host = verb.head
    if verb.dep_ == "pcomp" and host.dep_ == "prep":
        host = host.head
    elif verb.dep_ not in {"advcl", "xcomp"} or host.i == verb.i:
        return []
    if host.pos_ in {"NOUN", "PROPN"}:
        return [host]
    if host.dep_ == "acl" and host.head.pos_ in {"NOUN", "PROPN"}:
        return [host.head]  # "X, removed from his post after being accused of ..."
    own = [c for c in host.children if c.dep_ in {"nsubjpass", "nsubj"}]
    return [c for c in own if c.pos_ in {"NOUN", "PROPN"}]


def _blamed_for_other(verb: Token, finder: ArgumentFinder) -> bool:
    """ "accused X of financing the insurgency", "blamed X for the crisis": the blame is for
    something other than an attack."""
    preps = _blame_preps(verb)
    return bool(preps) and all(_event_noun(p, finder) is None for p in preps)


def _blame_preps(verb: Token) -> list[Token]:
    """The "of"/"for" phrases saying what a party is blamed for, on the verb or on the
    party ("accused [soldiers of abusing civilians]"); not the "of" of the party's own name
    ("blamed [factions of the Syrian National Army]")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "prep"
        and c.lower_ in {"of", "for"}
        and not (h is not verb and c.lower_ == "of" and _names_group(c))
    ]


def _names_group(prep: Token) -> bool:
    """ "of the Syrian National Army": a proper name, the group a party belongs to."""
    return any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in prep.children)


def _event_noun(tok: Token, finder: ArgumentFinder) -> Token | None:
    """The attack a "for"/"behind"/"of" phrase names: "for the murder", "for killing",
    "of ordering the murder"."""
    rules = finder.rules
    commands = [
        o
        for c in tok.children
        if c.dep_ == "pcomp" and c.lemma_.lower() in rules.words("order_verbs")
        for o in c.children
        if o.dep_ == "dobj"
    ]
    for c in [*tok.children, *commands]:
        if c.dep_ in {"pobj", "pcomp", "dobj"}:
            lem = c.lemma_.lower()
            if (
                lem in rules.noun_triggers
                and rules.noun_triggers[lem][0] == "ASSAULT"
                and not generic(c, rules)  # "responsible for planning attacks": a class
                or c.pos_ == "VERB"
                and lem in rules.verb_triggers
                and rules.verb_triggers[lem][0] == "ASSAULT"
                or lem in rules.words("blamed_death_nouns")
                and c.dep_ == "pobj"
                or lem in rules.words("attack_anaphors")
                and c.dep_ == "pobj"
                and any(d.dep_ == "det" and d.lower_ in _ANAPHOR_DETS for d in c.children)
                and not any(
                    d.dep_ in {"prep", "amod", "compound", "acl", "relcl"} for d in c.children
                )
            ):
                return c  # "for the crime": the attack just told
    return None


_ANAPHOR_DETS = frozenset({"the", "this", "that", "these", "those"})


def _relative_prep(prep: Token) -> bool:
    """ "in which", "for which": a preposition opening a relative clause."""
    return prep.lower_ in {"in", "for", "of", "with"} and any(
        g.dep_ == "pobj" and g.lower_ in {"which", "whom"} for g in prep.children
    )


def _relative_event(prep: Token, verb: Token, finder: ArgumentFinder) -> Token | None:
    """ "the death of six priests, in which two officers are being charged": the attack
    noun a relative "in which"/"for which" stands for, the parser having hung the clause on
    the attack noun or on the victims of its "of" phrase."""
    if not _relative_prep(prep):
        return None
    rules = finder.rules
    host = verb.head
    if verb.dep_ != "relcl":
        # the parser may hang "in which" on the clause's subject and the clause on another
        # verb: the noun just before the relative phrase is what it stands for
        before = prep.doc[prep.i - 1] if prep.i > 0 else prep
        if before.is_punct and before.i > 0:
            before = prep.doc[before.i - 1]
        if before.pos_ not in {"NOUN", "PROPN"}:
            return None
        host = before
    if host.dep_ == "pobj" and host.head.lower_ == "of" and host.head.head.pos_ == "NOUN":
        candidates = [host, host.head.head]
    else:
        candidates = [host]
    for c in candidates:
        lem = c.lemma_.lower()
        if (
            lem in rules.noun_triggers
            and rules.noun_triggers[lem][0] == "ASSAULT"
            or lem in rules.words("blamed_death_nouns")
        ):
            return c
    return None


def _suspects(
    tok: Token, lem: str, finder: ArgumentFinder
) -> tuple[list[tuple[Token, str, str | None]], int | None]:
    """Who a sentence holds responsible without a blame verb, and the attack it names:
    "X were responsible for the assassination", "X are behind this attack", "police
    arrested X for the murder", "X were charged with the killing"."""
    rules = finder.rules
    inv = involvement_words()
    subjects = finder.subjects(tok)
    for c in tok.children:
        preps: list[Token] = []
        if lem == "be" and c.dep_ == "acomp" and c.lower_ == "responsible":
            preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "for"]
            kind, parties = "suspected", subjects
        elif lem == "be" and c.dep_ == "prep" and c.lower_ == "behind":
            preps, kind, parties = [c], "suspected", subjects
        elif lem in rules.words("suspect_verbs") and (
            c.dep_ in {"prep", "dobj", "nsubjpass"}
            or (c.dep_ == "advcl" and c.lower_ in inv.after_words)
        ):
            parties = [o for o in tok.children if o.dep_ in {"dobj", "nsubjpass"}]
            if tok.pos_ == "NOUN":  # "the arrest of 45 soldiers for killing six clergymen"
                parties = [
                    g
                    for o in tok.children
                    if o.dep_ == "prep" and o.lower_ == "of"
                    for g in o.children
                    if g.dep_ == "pobj"
                ]
            if c.dep_ in {"prep", "advcl"} and c.lower_ in inv.charge_preps | inv.after_words:
                # "charged in the murder", "arrested for the bombing", (s19) "arrested
                # after the attack" (people named: a mass round-up suspects no one),
                # "detained in connection with the blast"
                preps = [c, *_connection_preps(c)]
                if c.lower_ in inv.after_words:
                    parties = [o for o in parties if o.pos_ == "PROPN"]
            elif c.dep_ != "prep" or c.lower_ == "of" and tok.pos_ == "NOUN":
                # "arrested 45 soldiers and 2 officers for killing ...": the parser may hang
                # the charge on the (last) party
                preps = [
                    p
                    for party in parties
                    for g in (party, *party.conjuncts)
                    for p in g.children
                    if p.dep_ == "prep" and (p.lower_ in {"for", "with"} or _relative_prep(p))
                ]
            else:
                continue
            kind = "suspected"
        elif lem == "hold" and c.dep_ == "dobj":
            # "we hold the government and the high command responsible for this attack"
            responsible = next((t for t in tok.subtree if t.lower_ == "responsible"), None)
            if responsible is None:
                continue
            preps = [p for p in responsible.children if p.dep_ == "prep" and p.lower_ == "for"]
            kind, parties = "attributed", [c]
        elif (
            lem in rules.words("link_verbs")
            and tok.pos_ == "VERB"
            and c.dep_ == "prep"
            and c.lower_ in {"to", "with"}
        ):
            # "police linked the cartel to the assassination"
            preps, kind = [c], "suspected"
            parties = [o for o in tok.children if o.dep_ in {"dobj", "nsubjpass"}]
        elif (
            lem in rules.words("responsibility_nouns")
            and tok.pos_ == "NOUN"
            and (c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of")
        ):
            # "the responsibility of the cartel in the massacre", "X's involvement in ...";
            # the parser may hang "in the massacre" on the party or on the verb
            if _open_question(tok, finder):
                continue
            kind = "suspected"
            parties = [c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"]
            hosts = [tok, *parties] + ([tok.head] if tok.dep_ == "dobj" else [])
            preps = [
                p
                for h in hosts
                for p in h.children
                if p.dep_ == "prep" and p.lower_ in {"in", "for"}
            ]
        elif (
            lem in inv.involvement_verbs
            and c.dep_ == "prep"
            and c.lower_ == "in"
            # "the soldiers involved in the murder" (no subject of its own) is read below
            and any(o.dep_ == "nsubjpass" for o in tok.children)
        ):
            # "rightist sectors could be implicated in the crime", (s19) "two soldiers
            # were involved in the killing"
            preps, kind = [c], "suspected"
            parties = [o for o in tok.children if o.dep_ == "nsubjpass"]
            if _unasserted(tok, parties, finder):
                continue
        elif lem in inv.involvement_verbs and c.dep_ == "dobj" and tok.pos_ == "VERB":
            # (s19) "the minister implicated two officers in the massacre": the object is
            # the party; the parser may hang "in" on the (last) party, or make a later
            # party a conjunct of the verb
            kind = "suspected"
            parties = [c] + [
                o for o in tok.children if o.dep_ == "conj" and o.pos_ in {"NOUN", "PROPN"}
            ]
            if _unasserted(tok, parties, finder):
                continue
            preps = [
                p
                for h in (tok, *parties, *c.conjuncts)
                for p in h.children
                if p.dep_ == "prep" and p.lower_ == "in"
            ]
        elif c.dep_ in {"prep", "dobj"} and _participates(tok, inv):
            # (s19) "three men took part in the ambush", "a policeman participated in the
            # kidnapping": the subject had a hand in the attack ("in" may hang on "part")
            kind, parties = "suspected", subjects
            if _unasserted(tok, parties, finder):
                continue
            preps = [
                p
                for p in (c, *c.children)
                if p.dep_ == "prep" and p.lower_ == "in" and (p is c or c.dep_ == "dobj")
            ]
        elif (
            lem == "be"
            and c.dep_ in {"attr", "nsubj"}
            and c.lemma_.lower() in inv.perpetrator_nouns
            and not any(d.dep_ == "neg" for d in tok.children)
        ):
            # (s19) "X was the perpetrator of the murder": the subject did the deed the
            # noun's "of" names; "the authors of the attack were X": the attribute did it.
            # Only an "of" that names an attack makes the statement ("the killers of the
            # judge" name a victim, "the bomber was X" no deed at all)
            preps = [
                p
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "of" and _event_noun(p, finder) is not None
            ]
            kind = "suspected"
            if c.dep_ == "attr":
                parties = [s for s in subjects if s.lemma_.lower() not in inv.perpetrator_nouns]
            else:
                parties = [o for o in tok.children if o.dep_ == "attr"]
            if _unasserted(tok, parties, finder):
                continue
        elif (
            lem in rules.words("involvement_participles")
            and tok.dep_ == "acl"
            and tok.head.pos_ in {"NOUN", "PROPN"}
            and c.dep_ == "prep"
            and c.lower_ in {"of", "in", "for", "to", "with"}
        ):
            # "three persons suspected of participating in the attack", "the soldiers
            # involved in the murder", "two men accused of killing the judge"
            kind, parties = "suspected", [tok.head]
            preps = [c, *(g for p in c.children for g in p.children if g.dep_ == "prep")]
        else:
            continue
        for prep in preps:
            event = _event_noun(prep, finder) or _relative_event(prep, tok, finder)
            if event is not None and parties:
                return [(p, kind, None) for p in parties], event.idx
    return [], None


def _tells_part(tok: Token, lem: str, finder: ArgumentFinder) -> bool:
    """(s19) The statement verb tells a part in the deed, not who alone did it: "took part
    in", "participated in", "were involved in", "was the mastermind of" (not "implicated X
    in", an accusation that may rival the doers told)."""
    inv = involvement_words()
    if lem in inv.part_verbs or _participates(tok, inv):
        return True
    return lem == "be" and any(
        c.dep_ in {"attr", "nsubj"} and c.lemma_.lower() in inv.perpetrator_nouns
        for c in tok.children
    )


def _unasserted(verb: Token, parties: Sequence[Token], finder: ArgumentFinder) -> bool:
    """(s19) An involvement the clause does not assert: negated ("were not involved"), of
    no one ("no soldiers were involved", "nobody took part"), or an open question or a
    condition ("an inquiry will determine whether any officers were involved", "if police
    took part in the killing"), or denied by the clause it hangs in ("denied that ...")."""
    inv = involvement_words()
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if any(
        p.lower_ in inv.no_one_words
        or any(d.dep_ == "det" and d.lower_ in inv.denial_determiners for d in p.children)
        for p in parties
    ):
        return True
    cur = verb
    for _ in range(4):  # up through the clauses it is embedded in
        if any(c.dep_ == "mark" and c.lower_ in inv.open_marks for c in cur.children):
            return True
        # "the army denied that soldiers took part in the killing"
        if cur is not verb and cur.lemma_.lower() in finder.rules.words("negation_governors"):
            return True
        if cur.head.i == cur.i or cur.dep_ not in {"ccomp", "xcomp", "advcl", "conj", "relcl"}:
            break
        cur = cur.head
    return False


def _connection_preps(prep: Token) -> list[Token]:
    """(s19) "in connection with the attack", "in relation to the murder": the inner
    preposition that names the attack."""
    return [
        q
        for o in prep.children
        if o.dep_ == "pobj" and o.lemma_.lower() in involvement_words().connection_nouns
        for q in o.children
        if q.dep_ == "prep" and q.lower_ in involvement_words().connection_preps
    ]


def _claim_agents(verb: Token) -> list[Token]:
    """(s19) Who claimed, in the passive: "responsibility for the attack was claimed by X"."""
    said = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not said:
        return []
    agents = by_agents(verb, conjuncts=True)
    # "no responsibility was claimed by any group": a denial, no claimant
    denial = involvement_words().denial_determiners
    if any(d.dep_ == "det" and d.lower_ in denial for t in (*said, *agents) for d in t.children):
        return []
    return agents


def _self_named(party: Token) -> Token | None:
    """(s19) The name a party noun is given: "a group calling itself the X Brigade", "a new
    group that calls itself X", "a group called X" (the name the parser makes the naming
    verb's predicate, ``oprd``)."""
    if party.pos_ != "NOUN":
        return None
    naming = involvement_words().naming_verbs
    for verb in party.children:
        if verb.dep_ not in {"acl", "relcl"} or verb.lemma_.lower() not in naming:
            continue
        reflexive = any(
            c.dep_ == "dobj" and c.lower_ in involvement_words().reflexive_pronouns
            for c in verb.children
        )
        if not reflexive and verb.tag_ != "VBN":
            continue  # "a group calling for talks": no name given
        names = [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp"}]
        if names and names[0].pos_ in {"PROPN", "NOUN"}:
            return names[0]
    return None


def _one_of_host(party: Token) -> Token | None:
    """(s19) "Colonel X, one of the men involved in the murder": the named person an
    apposition "one of the men" describes."""
    inv = involvement_words()
    of = party.head
    if party.dep_ != "pobj" or of.lower_ != "of":
        return None
    one = of.head
    if one.lower_ not in inv.one_of_words or one.dep_ != "appos":
        return None
    host = one.head
    return host if host.pos_ in {"NOUN", "PROPN"} else None


def _clause_subject(party: Token, finder: ArgumentFinder) -> Token | None:
    """(s19) The subject of the clause a personal pronoun stands in, when it stands for no
    actor: "a group of people were arrested because of their involvement in the attack"."""
    if party.lower_ not in involvement_words().personal_pronouns or finder.refer(party) is not None:
        return None
    verb = party.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < party.i]
    if not subj or subj[0].pos_ not in {"NOUN", "PROPN"}:
        return None
    return subj[0]


def _counted_items(head: Token) -> list[Token]:
    """(s19) The further items of a list the parser read as appositions of its first: "a
    colonel, two lieutenants, one sergeant, and two soldiers". An apposition counted by a
    number ("two lieutenants") is another party, never a description of the first; its own
    appositions and conjuncts follow it in the list."""
    out: list[Token] = []
    todo = [head]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            if (
                c.dep_ == "appos"
                and c.pos_ == "NOUN"
                and any(n.dep_ == "nummod" and n.like_num for n in c.children)
            ):
                for item in (c, *c.conjuncts):
                    if item.i > head.i and item not in out and item.pos_ in {"NOUN", "PROPN"}:
                        out.append(item)
                        todo.append(item)
    return sorted(out, key=lambda t: t.i)


def _participates(verb: Token, inv: InvolvementWords) -> bool:
    """ "participated", "took part", "played a role": a verb (or verb and object) of
    taking part, not negated."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    lem = verb.lemma_.lower()
    if lem in inv.participation_verbs:
        return True
    return any(
        c.dep_ == "dobj" and (lem, c.lemma_.lower()) in inv.participation_pairs
        for c in verb.children
    )


_OPEN_MODIFIERS = frozenset({"possible", "alleged", "eventual", "potential", "any", "no"})


def _open_question(noun: Token, finder: ArgumentFinder) -> bool:
    """A party's part in an attack that the sentence does not assert: "denied its
    responsibility", "investigating the possible involvement of X", "no evidence of X's
    role", "claimed responsibility" (a claim, read as such elsewhere)."""
    if any(c.lower_ in _OPEN_MODIFIERS for c in noun.children if c.dep_ in {"amod", "det"}):
        return True
    head = noun.head
    while head.dep_ in {"prep", "pobj"} and head.head.i != head.i:
        head = head.head
    if head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return True
    verb = head if head.pos_ in {"VERB", "AUX"} else head.head
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.lemma_.lower() in finder.rules.words("open_question_verbs")


def _target_frame(frames: Sequence[EventFrame], st: Statement) -> int | None:
    """The frame a statement concerns: the attack it names, else the nearest ASSAULT before
    it, else the next after."""
    cands = [
        i for i, f in enumerate(frames) if f.event.type == "ASSAULT" and f.event.modality in _FACTS
    ]
    if st.about is not None:
        # the very attack the statement names, whatever its modality ("accused of ordering
        # the murder": the murder is no mere plan to whoever is accused of it)
        named = [
            i
            for i, f in enumerate(frames)
            if f.event.type == "ASSAULT" and f.trigger[0] == st.about
        ]
        if named and not (frames[named[0]].reference and frames[named[0]].event.date is None):
            return named[0]
        if named:
            # "the attack", a bare reference with no date of its own: the attack told last
            # with its date, when there is one within reach
            if st.co_doer:
                # (s19) "X was the mastermind of the assault", "Y took part in the attack"
                # just after the attack is told: the co-doer joins that attack itself (the
                # later merging of mentions keeps only the first one's perpetrators); never
                # one told further back, whose doers a co-doer would join unchecked
                near = _told_just_before(frames, cands, st, named[0])
                return near if near is not None else named[0]
            dated = _dated_before(frames, cands, st)
            return dated if dated is not None else named[0]
        if st.fresh:
            # "accused soldiers of abusing civilians" names an act of its own, which is no
            # event reported here: it says nothing of the attack told before
            return None
    before = [i for i in cands if frames[i].trigger[0] < st.position]
    before = [i for i in before if st.sentence - frames[i].event.anchor.sentence <= 4]
    if before:
        return before[-1]
    after = [i for i in cands if frames[i].trigger[0] > st.position]
    after = [i for i in after if frames[i].event.anchor.sentence - st.sentence <= 1]
    return after[0] if after else None


def _told_just_before(
    frames: Sequence[EventFrame], cands: list[int], st: Statement, ref: int
) -> int | None:
    """(s19) The attack told in the two sentences before the statement that a bare reference
    ("the attack") stands for: the one attack told there before the reference itself, and
    only when it is the only one ("were involved in these two crimes" after a sentence
    telling of other crimes stands for none of them)."""
    near = [
        i
        for i, f in enumerate(frames)
        if f.event.type == "ASSAULT"
        and i != ref
        and not f.reference
        and f.trigger[0] < frames[ref].trigger[0]
        and 0 <= st.sentence - f.event.anchor.sentence <= 2
    ]
    return near[0] if len(near) == 1 and near[0] in cands else None


def _dated_before(frames: Sequence[EventFrame], cands: list[int], st: Statement) -> int | None:
    """The last attack told with its date before a statement, three to eight sentences
    back: what "the attack" of "officials attributed the attack to X" stands for, the
    sentences between telling details of it ("the gunmen first blocked the road ..."). (One
    told just before is left to the merging of mentions.)"""
    dated = [
        i for i in cands if frames[i].trigger[0] < st.position and frames[i].event.date is not None
    ]
    if not dated or not 2 < st.sentence - frames[dated[-1]].event.anchor.sentence <= 8:
        return None
    return dated[-1]


def _fold_claim(
    frames: list[EventFrame], i: int, st: Statement, doc: Doc, finder: ArgumentFinder
) -> tuple[list[EventFrame], int]:
    """ "ISWAP fighters overran a base, killing five soldiers. ISWAP claimed the attack via
    Amaq, saying 20 soldiers were killed.": "the attack" (a definite noun with no place of
    its own) is the incident told just before, and what the claim says was done is the
    claimant's account of it. The claim's mentions join that incident, their toll as a
    claim (only a ``high``), rather than standing as an event of their own."""
    named = frames[i]
    by_char = TokensByChar(doc)
    noun = by_char.get(named.trigger[0])
    verb = by_char.get(st.position)
    if noun is None or verb is None or st.about != named.trigger[0]:
        return frames, i
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return frames, i
    if named.event.place is not None:
        return frames, i
    before = [
        k
        for k, f in enumerate(frames)
        if k != i
        and f.event.type == "ASSAULT"
        and f.event.modality in _FACTS
        and f.trigger[0] < verb.idx
        and 0 < st.sentence - f.event.anchor.sentence <= 2
    ]
    if not before:
        return frames, i
    k = before[-1]
    host = frames[k].event
    # the incident told just before in the same paragraph, on a day that agrees
    if "\n\n" in doc_text(doc)[frames[k].trigger[0] : verb.idx]:
        return frames, i
    day = named.event.date
    if day is not None and host.date is not None and day.value != host.date.value:
        return frames, i
    perps = {a.actor for a in host.actors if a.role in _PERP_ROLES}
    if st.actor is not None and perps and not any(finder.kin(st.actor, p) for p in perps):
        return frames, i
    # the claim's own words: the named attack and what the claimant says it did
    said = {t.i for c in verb.children if c.dep_ in {"advcl", "ccomp", "conj"} for t in c.subtree}
    folded = [
        j
        for j, f in enumerate(frames)
        if j == i
        or (
            j != k
            and f.event.type == "ASSAULT"
            and (t := by_char.get(f.trigger[0])) is not None
            and t.i in said
        )
    ]
    toll = host.fatalities
    for j in folded:
        said_toll = frames[j].event.fatalities
        if said_toll is not None:
            toll = combine_tolls(toll, as_claimed(said_toll))
    frame = frames[k]
    triggers = frame.triggers or (frame.trigger,)
    frames = list(frames)
    frames[k] = replace(
        frame,
        event=replace(host, fatalities=toll),
        merged=frame.merged + sum(frames[j].merged for j in folded),
        sentences=frozenset(
            {host.anchor.sentence, *frame.sentences}
            | {n for j in folded for n in frames[j].sentences or {frames[j].event.anchor.sentence}}
        ),
        triggers=(
            *triggers,
            *(t for j in folded for t in frames[j].triggers or (frames[j].trigger,)),
        ),
    )
    keep = [f for j, f in enumerate(frames) if j not in folded]
    return keep, keep.index(frames[k])


_DEFINITE = frozenset({"the", "this", "that"})


def _other_victim(frame: EventFrame, about: Token | None, finder: ArgumentFinder) -> bool:
    """ "X was connected to the death of Bernardo Jaramillo": a statement that names the
    victim of an attack told nowhere else concerns that attack, not the one told before,
    unless that one's victims include the person named."""
    if about is None or frame.trigger[0] == about.idx:
        return False
    named = [
        g
        for p in about.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]
    if not named:
        return False
    actor = finder.actor_in(*np_span(named[0]), named[0])
    if actor is None:
        return False
    return all(a.actor != actor.key for a in frame.event.actors)


def _hearsay(actors: Sequence[EventActor], st: Statement, finder: ArgumentFinder) -> bool:
    """The report says unidentified men did it and someone without authority only blames a
    group ("unidentified gunmen abducted two teachers; families blame X"): X is attributed
    responsibility, not made a perpetrator. An actor's attribution, or the report's own
    ("has been blamed on X"), still names the culprit."""
    if st.kind != "attributed" or not any(
        a.role in _PERP_ROLES and is_unidentified_key(a.actor) for a in actors
    ):
        return False
    return st.hearsay


def _listed_names(verb: Token, noun: Token, finder: ArgumentFinder) -> list[Token]:
    """The names that ``noun`` ("the victims", "the dead") is said to be: "the victims were
    A and B", "were identified as A and B", "the dead include A", "listed the victims as
    A and B"."""
    rules = finder.rules
    lem = verb.lemma_.lower()
    heads: list[Token] = []
    place = _group_place(noun)
    if place is not None:
        # (s19) "among the victims were A and B", "one of the injured is A": the names are
        # the subject or attribute of the copula the group phrase hangs on
        verb, via = place
        if verb.lemma_.lower() in rules.words("victim_listing_verbs"):
            deps = {"nsubj", "attr"} if via == "among" else {"attr"}
            heads = [c for c in verb.children if c.dep_ in deps and c.i != noun.i]
    elif noun.dep_ in {"nsubj", "nsubjpass"} and lem in rules.words("victim_naming_verbs"):
        # "were identified as A", "were named as A"
        heads = [g for c in verb.children if c.lower_ == "as" for g in c.children]
    elif noun.dep_ == "dobj" and lem in rules.words("victim_naming_verbs"):
        heads = [g for c in verb.children if c.lower_ == "as" for g in c.children]
    elif noun.dep_ == "nsubj" and lem in rules.words("victim_listing_verbs"):
        # "the victims were A and B", "the dead included A"
        heads = [c for c in verb.children if c.dep_ in {"attr", "dobj"}]
    # "A, a hydraulic engineer, and B": the parser may join B to A's apposition; (s19) "a
    # catechist, A": the name may be the apposition of the description
    heads = [
        u
        for h in heads
        for t in (h, *h.conjuncts)
        for u in (t, *(j for a in t.children if a.dep_ == "appos" for j in (a, *a.conjuncts)))
    ]
    names: list[Token] = []
    for t in heads:
        if t not in names:
            actor = finder.actor_in(*np_span(t), t)
            if t.pos_ == "PROPN" and (actor is None or actor.type == "person"):
                names.append(t)
    return names


def _group_place(noun: Token) -> tuple[Token, str] | None:
    """(s19) The copula a group noun is placed under by "among" ("among the victims are
    A") or by "one of" ("one of the dead was A"), and which of the two."""
    inv = involvement_words()
    head = noun.head
    if noun.dep_ != "pobj" or head.head.i == head.i:
        return None
    if head.lower_ in inv.among_words and head.head.pos_ in {"AUX", "VERB"}:
        return head.head, "among"
    one = head.head
    if (
        head.lower_ == "of"
        and one.lower_ in inv.one_of_words
        and one.dep_ == "nsubj"
        and one.head.pos_ in {"AUX", "VERB"}
    ):
        return one.head, "one"
    return None


def _victim_noun(noun: Token, finder: ArgumentFinder) -> bool:
    """ "the victims", "the dead", "the two dead officers": people an attack hit."""
    rules = finder.rules
    if noun.lemma_.lower() in rules.words("victim_list_nouns") or noun.lower_ in rules.words(
        "victim_list_nouns"
    ):
        return True
    return any(
        c.dep_ in {"amod", "compound"} and c.lower_ in rules.words("victim_list_modifiers")
        for c in noun.children
    )


def attach_named_victims(
    frames: list[EventFrame], doc: Doc, finder: ArgumentFinder
) -> list[EventFrame]:
    """ "Gunmen killed two teachers. The victims were identified as A and B.": a sentence
    that names who "the victims" or "the dead" were gives the nearest attack told before it
    (at most three sentences back) those people as its victims."""
    out = list(frames)
    toks = doc_tokens(doc)
    for sent_i, sent in enumerate(doc_sentences(doc)):
        for noun in toks[sent.start : sent.end]:
            if noun.pos_ not in {"NOUN", "ADJ"} or not _victim_noun(noun, finder):
                continue
            names = _listed_names(noun.head, noun, finder)
            if not names:
                continue
            before = [
                i
                for i, f in enumerate(out)
                if f.event.type == "ASSAULT"
                and f.event.modality in _FACTS
                and f.trigger[0] < sent.start_char
                and 0 < sent_i - f.event.anchor.sentence <= 3
            ]
            if not before:
                continue
            i = before[-1]
            frame = out[i]
            ev = frame.event
            known = {a.actor for a in ev.actors}
            actors = list(ev.actors)
            spans = list(frame.victims)
            for t in names:
                span = np_span(t)
                if span not in spans:
                    spans.append(span)
                actor = finder.actor_in(*span, t)
                if actor is not None and actor.key not in known:
                    known.add(actor.key)
                    actors.append(EventActor(actor.key, "victim"))
            out[i] = replace(frame, event=replace(ev, actors=tuple(actors)), victims=tuple(spans))
    return out


def attach_responsibility(
    frames: list[EventFrame], doc: Doc, finder: ArgumentFinder
) -> list[EventFrame]:
    """Give events the perpetrators that separate statements claim or attribute, and the
    victims a later sentence names (:func:`attach_named_victims`)."""
    out = attach_named_victims(frames, doc, finder)
    by_char = TokensByChar(doc)
    found: dict[tuple[int, tuple[int, int]], list[Statement]] = {}
    for st in find_statements(doc, finder):
        if st.plural:
            for k in _told_before(out, st, doc):
                out = _attach_one(out, k, st, doc, finder)
            continue
        i = _target_frame(out, st)
        if i is None or _other_victim(out[i], by_char.get(st.about or -1), finder):
            continue
        if st.co_doer and not any(f.trigger[0] == st.about for f in out):
            # (s19) a part in an attack no frame stands for ("were involved in these two
            # crimes"): the attack found nearby instead may be another, so no co-doer of it
            st = replace(st, co_doer=False)
        # (s19) "A and B were arrested for the attack": one statement names co-doers, and
        # the first named is no rival to the second
        key = (st.position, out[i].trigger)
        partners = {o.actor for o in found.get(key, ()) if o.actor is not None}
        out = _attach_one(out, i, st, doc, finder, partners)
        found.setdefault(key, []).append(st)
    out = _disputed(out, doc, finder)
    out = [_denied_accuser(f, out, doc, finder) for f in out]
    return [_by_branch(f, finder) for f in out]


# how many sentences back a statement about several attacks reaches
_PLURAL_REACH = 8


def _told_before(frames: Sequence[EventFrame], st: Statement, doc: Doc) -> list[int]:
    """The attacks a plural statement stands for ("they were the work of X"): those told in
    the sentences before it (a few), from the last heading (a story's title) on."""
    sents = doc_sentences(doc)
    floor = max(
        (k for k in range(min(st.sentence, len(sents) - 1) + 1) if is_heading(sents[k].text)),
        default=0,
    )
    return [
        i
        for i, f in enumerate(frames)
        if f.event.type == "ASSAULT"
        and f.event.modality in _FACTS
        and f.trigger[0] < st.position
        and floor <= f.event.anchor.sentence
        and 0 <= st.sentence - f.event.anchor.sentence <= _PLURAL_REACH
    ]


def _attach_one(
    out: list[EventFrame],
    i: int,
    st: Statement,
    doc: Doc,
    finder: ArgumentFinder,
    partners: frozenset[str] | set[str] = frozenset(),
) -> list[EventFrame]:
    """Give frame ``i`` the party statement ``st`` holds responsible."""
    if st.kind == "claimed":
        out, i = _fold_claim(out, i, st, doc, finder)
    frame = out[i]
    ev = frame.event
    # "gunmen" are no one named: a group that claims their attack is who they were
    perps = {
        a.actor for a in ev.actors if a.role in _PERP_ROLES and not is_unidentified_key(a.actor)
    }
    if (
        st.actor is not None
        and not st.co_doer
        and perps - set(partners)
        and not any(finder.kin(st.actor, p) for p in perps)
    ):
        # the event already names someone else (not a branch or parent of it); where
        # that one was only blamed too, blame conflicts and no one is more than suspected
        if st.kind == "attributed" and ev.responsibility == "attributed":
            out[i] = replace(frame, event=replace(ev, responsibility="suspected"))
        return out
    actors = ev.actors
    if st.kind == "claimed" and st.actor is not None and not is_unidentified_key(st.actor):
        actors = tuple(
            a for a in actors if not (a.role in _PERP_ROLES and is_unidentified_key(a.actor))
        )
    if st.actor is not None and st.actor not in perps and not _hearsay(ev.actors, st, finder):
        actors = (*actors, EventActor(st.actor, "perpetrator"))
    actors = (
        *actors,
        *(EventActor(t, "target") for t in st.targets if all(a.actor != t for a in actors)),
    )
    # a claim outranks an attribution, which outranks a suspicion ("Suspected ADF rebels
    # killed ...; ISCAP claimed responsibility")
    stronger = RESPONSIBILITY_RANK.get(st.kind, 0) > RESPONSIBILITY_RANK.get(
        ev.responsibility or "", 0
    )
    if st.co_doer and perps:
        # (s19) one more doer of an attack whose doers are told: the attack's own
        # responsibility stands
        stronger = False
    event = replace(
        ev,
        actors=actors,
        responsibility=st.kind if stronger else ev.responsibility,
        responsibility_by=st.by if stronger else ev.responsibility_by,
    )
    spans = frame.perpetrators
    if st.span not in spans:
        spans = (*spans, st.span)
    out[i] = replace(frame, event=event, perpetrators=spans)
    return out


def _disputed(frames: list[EventFrame], doc: Doc, finder: ArgumentFinder) -> list[EventFrame]:
    """ "Officials blamed the M23 for the shelling. The M23 denied firing on the camp and
    accused the army of it.": a perpetrator only blamed by others, who denies it and blames
    another, is suspected, no more."""
    out = list(frames)
    for st in find_denials(doc, finder):
        i = _target_frame(out, st)
        if i is None or st.actor is None:
            continue
        # the event, and its mentions in the denial's own words ("denied the group had
        # fired on the camp", "accused the army of shelling it")
        for j in [i, *(j for j, f in enumerate(out) if f.event.anchor.sentence == st.sentence)]:
            ev = out[j].event
            if ev.responsibility != "attributed":
                continue  # claimed, or told as fact by the report: a denial leaves it
            perps = [a.actor for a in ev.actors if a.role in _PERP_ROLES]
            if any(finder.kin(st.actor, p) or _one_side(st.actor, p) for p in perps):
                out[j] = replace(out[j], event=replace(ev, responsibility="suspected"))
    return out


def _one_side(a: str, b: str) -> bool:
    """Two actors the gazetteer ties as one side: one a member of the other, or a joint name
    of one that holds the other's ("AFC/M23", a name of the M23, holds the AFC's)."""
    gaz = load_actor_gazetteer()
    ea, eb = gaz.entries.get(a), gaz.entries.get(b)
    if ea is None or eb is None:
        return False
    if ea.member_of == b or eb.member_of == a:
        return True
    for joint, other in ((ea, eb), (eb, ea)):
        names = {other.name, *other.aliases}
        for alias in joint.aliases:
            parts = [x.strip() for x in alias.split("/")]
            if len(parts) == 1 and alias.isupper():
                parts = alias.split("-")  # "AFC-M23", not "al-Shabaab"
            if len(parts) > 1 and any(x in names for x in parts):
                return True
    return False


def _branch_countries(finder: ArgumentFinder) -> dict[str, str]:
    """The document's actors that the gazetteer places in one country, by key."""
    gaz = load_actor_gazetteer()
    out: dict[str, str] = {}
    for _s, _e, a in finder.mentions:
        entry = gaz.entries.get(a.key)
        if entry is not None and entry.country:
            out[a.key] = entry.country.upper()
    return out


def _event_country(frame: EventFrame, finder: ArgumentFinder) -> str | None:
    """The country of the event's place, else the one country most of the report's places
    lie in (more than half of them)."""
    place = frame.event.place
    if place is not None and place.place is not None and place.place.country_code:
        return place.place.country_code.upper()
    codes = [
        p.place.country_code.upper() for p in finder.places if p.place and p.place.country_code
    ]
    if not codes:
        return None
    top = max(set(codes), key=codes.count)
    return top if codes.count(top) * 2 > len(codes) else None


def _by_branch(frame: EventFrame, finder: ArgumentFinder) -> EventFrame:
    """ "Islamic State claimed the attack" in a report that also names its Mozambique
    province: an event in the branch's country is the branch's, not the parent's. The
    parent gives way only to the one branch of it the report names in that country (r3,
    s13)."""
    ev = frame.event
    perps = [a for a in ev.actors if a.role in _PERP_ROLES]
    if not perps:
        return frame
    countries = _branch_countries(finder)
    country: str | None = None
    swap: dict[str, str] = {}
    for a in perps:
        branches = {k for k in countries if k != a.actor and a.actor in finder.ancestors(k)}
        if not branches:
            continue
        if country is None:
            country = _event_country(frame, finder)
            if country is None:
                return frame
        local = [k for k in branches if countries[k] == country]
        if len(local) == 1 and countries.get(a.actor) != country:
            swap[a.actor] = local[0]
    if not swap:
        return frame
    actors: list[EventActor] = []
    for a in ev.actors:
        new = replace(a, actor=swap[a.actor]) if a.actor in swap else a
        if not any(b.actor == new.actor and b.role == new.role for b in actors):
            actors.append(new)
    return replace(frame, event=replace(ev, actors=tuple(actors)))


# how many sentences before a denial the accusation it answers may be told
_DENIAL_REACH = 2


def _denier_side(keys: Sequence[str], finder: ArgumentFinder) -> set[str]:
    """The actors a denial speaks for: its initiators (a spokesman and the force he speaks
    for), the organisations they belong to, and the joint names that hold them."""
    side = set(keys)
    for k in keys:
        side.update(finder.ancestors(k))
        member = finder.person_groups.get(k)
        if member:
            side.add(member)
    return side


def _on_side(key: str, side: set[str], finder: ArgumentFinder) -> bool:
    return key in side or any(finder.kin(key, s) or _one_side(key, s) for s in side)


def _denied_accuser(
    frame: EventFrame, frames: Sequence[EventFrame], doc: Doc, finder: ArgumentFinder
) -> EventFrame:
    """(s23) "The rebels accused the navy of sinking fishing boats. A navy captain speaking
    for the fleet rejected these allegations": a denial of a charge the sentence itself does
    not attribute ("the accusation", "these allegations") answers the accuser of the last
    accusation, in that sentence or the two before, that was aimed at any of the deniers (the
    spokesman as much as the force he speaks for) or at the group they belong to. An
    accusation aimed at someone else, or one made by the deniers' own side, is none it
    answers."""
    ev = frame.event
    if ev.type != "REJECT" or any(a.role == "target" for a in ev.actors):
        return frame
    deniers = [a.actor for a in ev.actors if a.role == "initiator"]
    if not deniers:
        return frame
    span = doc.char_span(frame.trigger[0], frame.trigger[1], alignment_mode="expand")
    if span is None:
        return frame
    charges = finder.rules.words("accusation_nouns")
    named = [
        c
        for c in span.root.children
        if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in charges
    ]
    if not named and any(c.dep_ == "ccomp" and c.i > span.root.i for c in span.root.children):
        # "denied that the base was lost": the claim the denial answers is told before it
        # (a clause before the verb is no denied one: "X accused Y of ...; Y denied any
        # involvement", which the parser may hang on the denial)
        return _claimant_answered(frame, span.root, deniers, finder)
    back = _points_back(span.root, charges, finder)
    if not back and not any(
        any(d.dep_ == "det" and d.lower_ in _ANAPHOR_DETS for d in c.children)
        # "the accusation by HRW", "Kigali's charge", "the charge made by X": the accuser
        # is named with the charge
        and not any(_names_accuser(d) for d in c.children)
        for c in named
    ):
        return frame
    side = _denier_side(deniers, finder)
    here = ev.anchor.sentence
    told = [
        f
        for f in frames
        if f.event.type == "ACCUSE"
        and f.trigger[0] < frame.trigger[0]
        and here - _DENIAL_REACH <= f.event.anchor.sentence <= here
    ]
    for told_frame in sorted(told, key=lambda f: -f.event.anchor.start):
        accusation = told_frame.event
        accused = [a.actor for a in accusation.actors if a.role == "target"]
        accusers = [
            a.actor
            for a in accusation.actors
            if a.role == "initiator" and not _on_side(a.actor, side, finder)
        ]
        if not accusers or not any(_on_side(k, side, finder) for k in accused):
            continue
        later = _last_claim(span.root, side, finder) if _pronoun_object(span.root, finder) else None
        if later is not None and later.idx > told_frame.trigger[0]:
            # (s24b) "X accused the group of ... Y said its fighters shelled ... The group
            # denied it": a pronoun points at the last thing told, Y's claim
            return _claimant_answered(frame, span.root, deniers, finder)
        # "a state's interior ministry accused ...": a ministry speaks for its state, and the
        # denial answers the state (a body of no government answers for itself)
        answered = [_state_over(k, finder) for k in accusers]
        added = tuple(EventActor(k, "target") for k in dict.fromkeys(answered))
        return replace(frame, event=replace(ev, actors=(*ev.actors, *added)))
    # (s24) "The army says the group is funded from abroad. The group denies this / rejected
    # the claim": what the denial points back at may be a claim told as said, no accusation
    return _claimant_answered(frame, span.root, deniers, finder)


def _points_back(denial: Token, charges: frozenset[str], finder: ArgumentFinder) -> bool:
    """(s24) A denial whose object points back at a charge told before it: a pronoun ("the
    ministry rejected it", "the front denies this"), one's part in the deed ("denied any
    involvement", "denied responsibility"), or a charge its own participial adjunct
    names with no accuser ("Calling the charge baseless, the army rejected it", "dismissing
    the allegations as lies"). A charge the adjunct names with its accuser ("citing the UN's
    report") or a pronoun object of a negated denial ("did not deny it") points at none."""
    if any(c.dep_ == "neg" for c in denial.children):
        return False
    if _pronoun_object(denial, finder):
        return True
    objs = [c for c in denial.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "Iran's foreign ministry denied any involvement", "denied responsibility for the
    # blast": one's part in what was charged, the charge told before (not "denied the
    # UN's report", whose possessor made it)
    part = finder.rules.words("denial_objects") - charges
    if any(
        o.lemma_.lower() in part
        and not any(d.dep_ == "poss" or d.lower_ in {"by", "from"} for d in o.children)
        for o in objs
    ):
        return True
    if objs and not all(o.pos_ in {"PRON", "DET"} for o in objs):
        return False  # "rejected the offer, calling it a trap": it denies something else
    for adjunct in denial.children:
        if adjunct.dep_ not in {"advcl", "xcomp"} or adjunct.tag_ != "VBG":
            continue
        for c in adjunct.children:
            if (
                c.dep_ == "dobj"
                and c.lemma_.lower() in charges
                and not any(_names_accuser(d) for d in c.children)
            ):
                return True
    return False


def _pronoun_object(denial: Token, finder: ArgumentFinder) -> bool:
    """(s24b) The denial's object is a pronoun pointing back ("denied it", "rejects this")."""
    anaphors = finder.rules.words("denied_anaphors")
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"PRON", "DET"} and c.lower_ in anaphors
        for c in denial.children
    )


def _state_over(key: str, finder: ArgumentFinder) -> str:
    """The government a state body belongs to (a state's
    defence ministry: that state's government), else the actor itself."""
    if finder.actor_type(key) != "government":
        return key
    ups = [up for up in finder.ancestors(key) if finder.actor_type(up) == "government"]
    return ups[-1] if ups else key


def _claimant_answered(
    frame: EventFrame, denial: Token, deniers: Sequence[str], finder: ArgumentFinder
) -> EventFrame:
    """(s23) "The group's outlet claimed 20 soldiers were killed. An army spokesman denied
    that the base was lost": a denial of a clause answers whoever made the last claim told
    before it, in its sentence or the two before, whose claimed clause names the deniers'
    side (their men, their base: a claim about someone else, "the M23 said it took Rubaya.
    Kinshasa denied that it was negotiating", is no charge the denial answers). A claim whose
    clause or object names no one of theirs ("announced a curfew") is none, nor one negated, and only
    one made by a party the report names, not on the deniers' side and no news outlet (the
    group an outlet speaks for is the claimant). The last such claim counts: one made by
    residents, officials unnamed or the deniers themselves leaves no one answered."""
    side = _denier_side(deniers, finder)
    claim = _last_claim(denial, side, finder)
    if claim is None:
        return frame
    subjects = [c for c in claim.children if c.dep_ == "nsubj"]
    if not subjects:
        return frame
    subj = subjects[0]
    actor = finder.actor_in(*np_span(subj), subj) or finder.refer(subj)
    actor = owner_of_outlet(subj, actor, finder)
    if (
        actor is None
        or actor.type in event_parties_words("unanswered_claimant_types")
        or _on_side(actor.key, side, finder)
    ):
        return frame
    ev = frame.event
    answered = EventActor(_state_over(actor.key, finder), "target")
    return replace(frame, event=replace(ev, actors=(*ev.actors, answered)))


def _last_claim(denial: Token, side: set[str], finder: ArgumentFinder) -> Token | None:
    """The verb of the last claim told before a denial, in its sentence or the two before,
    whose claimed clause or object names the deniers' ``side`` (not negated)."""
    doc = denial.doc
    first = doc_sentences(doc)[max(0, sentence_index(doc, denial.i) - _DENIAL_REACH)].start
    verbs = event_parties_words("told_claim_verbs")
    kinds = _side_kinds(side, denial, finder)
    claims = [
        t
        for t in doc[first : denial.i]
        if t.pos_ in {"VERB", "AUX"}
        and t.lemma_.lower() in verbs
        and not any(c.dep_ == "neg" for c in t.children)
        for clause in [next((c for c in t.children if c.dep_ in {"ccomp", "dobj"}), None)]
        if clause is not None and _names_side(clause, t, side, kinds, finder)
    ]
    return claims[-1] if claims else None


def _names_side(
    clause: Token,
    verb: Token,
    side: set[str],
    kinds: tuple[set[str], set[str]],
    finder: ArgumentFinder,
) -> bool:
    """A claimed clause names the deniers' side: one of its nouns or pronouns is a denier,
    a group or member of theirs, or a generic word of their ``kinds`` ("20 soldiers were
    killed", denied by an army or its spokesman; "its fighters fled", denied by a group).
    A generic word the report resolves to another actor of the deniers' own kind ("soldiers"
    of another army than the one denying) names someone else."""
    typed, worded = kinds
    for t in clause.subtree:
        if t.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        actor = finder.actor_in(*np_span(t), t) or finder.refer(t)
        kind = generic_kind(t) if actor is None and t.pos_ == "NOUN" else None
        if kind is not None:
            actor = resolve_generic(finder, t, verb)
        if actor is not None and any(
            _on_side(k, side, finder)
            for k in (actor.key, finder.person_groups.get(actor.key) or actor.key)
        ):
            return True
        if kind is not None and (kind in worded or (kind in typed and actor is None)):
            return True
    return False


def _side_kinds(side: set[str], denial: Token, finder: ArgumentFinder) -> tuple[set[str], set[str]]:
    """The kinds of generic party word ("soldiers": state, "fighters": armed) that stand
    for the deniers: those of their actors' types, and (when none of their actors has that
    kind) that of a party word in the phrase of the denial's subject ("Army spokesman
    Colonel X", "a militia commander")."""
    lex = load_reference_lexicon()
    types = {finder.actor_type(k) for k in side}
    typed = {name for name, ts in lex.kind_types.items() if types & ts}
    worded: set[str] = set()
    for subj in (c for c in denial.children if c.dep_ in {"nsubj", "nsubjpass"}):
        for t in subj.subtree:
            low = {t.lower_, t.lemma_.lower()}
            worded.update(n for n, nouns in lex.kinds.items() if low & nouns and n not in typed)
    return typed, worded


def _names_accuser(dep: Token) -> bool:
    """A dependant of a charge noun that names who made it: a possessor ("HRW's charge"), a
    "by/from/of" phrase, or a clause of making it ("made by X"), not a clause that quotes the
    denier ("rejected the charge, cited by a state radio")."""
    if dep.dep_ == "poss":
        return True
    if dep.dep_ == "prep":
        return dep.lower_ in {"by", "from", "of"}
    if dep.dep_ in {"acl", "relcl"}:
        return dep.lemma_.lower() in event_parties_words("charge_making_verbs")
    return False
