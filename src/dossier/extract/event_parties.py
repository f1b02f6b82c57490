"""Who acted: the parties an event trigger's clause names, through pronouns and groups.

The subjects of a verb (:func:`subjects`), the group whose members a noun names
(:func:`member_group`), the actors modifying a noun (:func:`modifier_actors`), and the actor
a pronoun or "the group" stands for (:func:`refer`, :func:`focal`, :func:`antecedent`).
Each function takes the document's :class:`~dossier.extract.event_args.ArgumentFinder` first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dossier.datafiles import load_yaml
from dossier.extract.common import is_heading, most_named_group
from dossier.extract.event_phrases import (
    PRONOUN_ORG,
    PRONOUN_PERSON,
    RELATIVE,
    Span2,
    after_heading,
    by_agents,
    dated_subject,
    during_which,
    extent,
    np_span,
)
from dossier.extract.relation_matcher import holding_participles
from dossier.nlp.text import doc_ents, doc_sentences, doc_text, sentence_index
from dossier.records import Actor, PlaceMention
from dossier.resolve.states import armed_forces_key, country_of_name, state_key

if TYPE_CHECKING:
    from dossier.extract.event_args import ArgumentFinder

__all__ = [
    "antecedent",
    "focal",
    "attackers_group",
    "co_parties",
    "backing_mention",
    "stance_mention",
    "described_antecedent",
    "object_owners",
    "founders",
    "founded_group",
    "broken_passive",
    "reference_words",
    "hedged",
    "groups_of_persons_hit",
    "effect_sides",
    "suspected_groups",
    "apposed_party",
    "hyphen_partners",
    "member_group",
    "mention_before",
    "modifier_actors",
    "refer",
    "subjects",
    "weapon_word",
]

ARMED_KNOWN = {"armed_group", "militia", "criminal_group"}
STATE_TYPES = {"state_forces", "police", "government"}


def apposed_party(finder: ArgumentFinder, head: Token) -> Actor | None:
    """(s24) The actor an apposition on a party word names: "the attackers, ADF fighters,"
    (the group whose men they are), "the gunmen, members of the X gang," (the group whose
    members they are), "the raiders, the ELN's 33rd Front," (the named unit). Only a
    plain noun (not a name, whose apposition describes it: "the ADF, a Ugandan rebel
    group,") and only one actor: an apposition that names two parties says nothing of who
    these were. The actor is what the apposition's own noun is (its name, or the group
    before its party noun), never one named in a phrase after it ("rivals of the X",
    "relatives of X victims"), nor one they were no more ("former X fighters")."""
    if head.pos_ != "NOUN":
        return None
    found: dict[str, Actor] = {}
    names = [c for c in head.children if c.dep_ == "appos"]
    names += _identity_attributes(head)
    lapsed = reference_words("lapsed_member_words")
    for name in names:
        if name.pos_ != "PROPN" and not _party_noun(finder, name):
            continue  # "the attackers, X hostages,", "relatives of X victims": not X's men
        before = _premodifiers(name)
        if any(part in lapsed for t in (*before, name) for part in _word_parts(t)) or (
            name.lemma_.lower() in lapsed
        ):
            continue  # "the gunmen, ex-X fighters,", "X deserters": X's no more
        start = min((t.idx for t in before), default=name.idx)
        actor = finder.actor_in(start, name.idx + len(name), name) or member_group(finder, name)
        if actor is not None:
            found[actor.key] = actor
    return next(iter(found.values())) if len(found) == 1 else None


def _party_noun(finder: ArgumentFinder, tok: Token) -> bool:
    """(s24b) A noun that names armed men or members ("fighters", "militants", "soldiers",
    "members", "cell"), as opposed to people hit or tied ("hostages", "victims", "rivals")."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    nouns = finder.rules.words("member_nouns") | {
        w
        for name in ("armed_group_nouns", "state_force_nouns", "state_police_nouns")
        for w in reference_words(name)
    }
    return low in nouns or lemma in nouns


def _premodifiers(name: Token) -> list[Token]:
    """The words before a noun within its own phrase ("the ELN's 33rd", "former ADF"): its
    left dependents other than clauses, with their subtrees."""
    return [
        t
        for c in name.lefts
        if c.dep_ not in {"punct", "cc", "relcl", "acl", "advcl"}
        for t in c.subtree
    ]


def _word_parts(tok: Token) -> list[str]:
    """A word and the parts of its hyphenated form ("ex-Seleka": ex, seleka)."""
    low = tok.lower_
    return [low, *low.split("-")]


def _identity_attributes(head: Token) -> list[Token]:
    """(s24) What a relative clause on a party word says they were: "the attackers, who
    residents said were ADF fighters," "gunmen who were members of X" (the attribute of a
    copula whose subject is the relative pronoun, in the clause or in what a verb of saying
    in it reports). Not under a negation ("who were not X fighters", "who police said were
    not X"), a doubt ("who may have been X", "who were possibly X", "who the army denied
    were X") nor of a bygone state ("who were once X fighters", "who had been X fighters")."""
    hedges = reference_words("identity_hedges")
    lapsed = reference_words("lapsed_holding_marks")
    saying = reference_words("told_claim_verbs")
    out: list[Token] = []
    for rel in (c for c in head.children if c.dep_ == "relcl"):
        if any(c.dep_ == "neg" or c.lower_ in hedges for c in rel.children):
            continue
        reported = [c for c in rel.children if c.dep_ == "ccomp"]
        for verb in [rel, *(reported if rel.lemma_.lower() in saying else [])]:
            if verb.lemma_ != "be" or not any(
                c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in verb.children
            ):
                continue
            if any(
                c.dep_ == "neg"
                # "who may have been X", "who had been X" (a past before the deed)
                or (
                    c.dep_ == "aux" and (c.tag_ == "MD" or (c.lemma_ == "have" and c.tag_ == "VBD"))
                )
                or c.lower_ in hedges
                or c.lower_ in lapsed
                for c in verb.children
            ):
                continue
            out += [c for c in verb.children if c.dep_ == "attr"]
    return out


def member_group(finder: ArgumentFinder, head: Token) -> Actor | None:
    """The group whose members a noun names: "Fighters from the Islamic State West Africa
    Province", "members of al-Shabaab"."""
    if head.lemma_.lower() in {"group", "band", "squad", "cell", "unit", "commando"}:
        # "a group of terrorists from the FAL": the group its members come from
        members = [
            g
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pobj" and g.ent_type_ not in {"ORG", "NORP"}
        ]
        for host in [head, *members]:
            for prep in host.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                        actor = finder.actor_in(*extent(pobj), pobj)
                        if actor is not None and actor.type != "person":
                            return actor
        if not any(c.dep_ == "poss" for c in head.children):
            return None  # "its units": whose, below
    own = head.lemma_.lower() in finder.rules.words("own_force_nouns")
    # (s16) "the IRGC said its units had ...": a state's units and troops are the state's
    # forces too (without barring "troops of the 6th brigade" below)
    state_own = own or head.lemma_.lower() in finder.rules.words("own_unit_nouns")
    if head.lemma_.lower() not in finder.rules.words("member_nouns") and not own:
        return None
    for poss in head.children:
        # "its gunmen killed ...": the group "its" stands for; "the army said its forces
        # had repelled ...": the army's forces are the army
        if poss.dep_ == "poss" and poss.lower_ in {"its", "their"}:
            # "the army said its forces had repelled ...": the speaker's own forces
            for actor in (_speaker_of_own(finder, head), refer(finder, poss)):
                if actor is not None and (
                    actor.type in finder.group_types or (state_own and actor.type in STATE_TYPES)
                ):
                    return actor
    if own:
        return None
    member_preps = finder.rules.words("member_preps")
    preps = list(head.children)
    if head.dep_ == "dobj":
        # "detained three recruiters for ISWAP": the parser may hang "for X" on the verb
        preps += [c for c in head.head.children if c.i > head.i and c.lower_ == "for"]
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ in member_preps:
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                actor = finder.actor_in(*extent(pobj), pobj)
                if actor is not None and actor.type != "person":
                    return actor
    return None


def modifier_actors(finder: ArgumentFinder, head: Token) -> list[Actor]:
    """The actors named before a common noun head: "Rwandan and Mozambican forces",
    "US and Afghan troops" (all of them, where ``actor_in`` gives one)."""
    if head.pos_ != "NOUN":
        return []
    lo, hi = head.left_edge.idx, head.idx + len(head)
    return [
        a
        for s, e, a in finder.mentions
        if lo <= s and e <= hi and not backing_mention(finder.doc, e)
    ]


def hyphen_partners(finder: ArgumentFinder, tok: Token) -> list[Actor]:
    """ "a joint US-Iraqi raid", "Kenyan-Somali operations": the country joined by a hyphen
    to the nation that acted acted too, as its forces, where the document names them."""
    out: list[Actor] = []
    for h in (tok, *(c for c in tok.children if c.dep_ in {"amod", "compound"})):
        for c in h.children:
            if (
                c.dep_ not in {"npadvmod", "compound", "amod", "nmod"}
                or c.i + 1 != h.i - 1
                or c.doc[c.i + 1].text not in {"-", "\u2013", "/"}
            ):
                continue
            actor = _country_force(finder, c.text, state=False)
            if actor is not None and actor not in out:
                out.append(actor)
    # (s22) "US and UK aircraft struck", "French and Malian troops": a country coordinated
    # with a country modifying the head is a party too, where the recogniser took the whole
    # phrase for the first country's force
    for mod in (c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}):
        if country_of_name(mod.text) is None:
            continue
        for conj in mod.conjuncts:
            if conj.i < tok.i and conj.dep_ == "conj":
                actor = _country_force(finder, conj.text)
                if actor is not None and actor not in out:
                    out.append(actor)
    return out


def _country_force(finder: ArgumentFinder, name: str, state: bool = True) -> Actor | None:
    """The armed forces of the country ``name`` (a name or a demonym) names, where the
    document names them, else (``state``) that country's state where the document names it."""
    country = country_of_name(name)
    if country is None:
        return None
    keys = (
        (armed_forces_key(country), state_key(country)) if state else (armed_forces_key(country),)
    )
    for key in keys:
        actor = next((a for _s, _e, a in finder.mentions if a.key == key), None)
        if actor is not None:
            return actor
    return None


def attackers_group(finder: ArgumentFinder, tok: Token) -> tuple[Actor | None, bool]:
    """ "A nurse was seized by armed men; her family said the kidnappers, whom they believe
    belong to the X gang, demanded a ransom": the group the attackers named in the trigger's
    sentence (``attacker_nouns``) belong to (``belong_verbs``, within a few words), and
    whether that is only believed (``belief_words``)."""
    rules = finder.rules
    agents = rules.words("attacker_nouns")
    sent = tok.sent
    for t in sent:
        if t.i == tok.i or (t.lemma_.lower() not in agents and t.lower_ not in agents):
            continue
        window = tok.doc[t.i + 1 : min(t.i + 8, sent.end)]
        for verb in window:
            if verb.lemma_.lower() not in rules.words("belong_verbs"):
                continue
            for prep in verb.children:
                if prep.dep_ != "prep" or prep.lower_ not in {"to", "with"}:
                    continue
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    actor = finder.actor_in(*extent(pobj), pobj)
                    if actor is not None and actor.type != "person":
                        # "gunmen linked to X": a tie, which says X is suspected, not
                        # that X acted
                        believed = verb.lemma_.lower() in rules.words("loose_link_verbs") or any(
                            w.lemma_.lower() in rules.words("belief_words")
                            for w in tok.doc[t.i + 1 : verb.i]
                        )
                        return actor, believed
    return None, False


def hedged(finder: ArgumentFinder, perps: Sequence[Token]) -> bool:
    """ "suspected Boko Haram militants", "alleged gunmen": perpetrators only suspected."""
    words = finder.rules.words("suspect_modifiers")
    return any(c.dep_ == "amod" and c.lower_ in words for p in perps for c in p.children)


def weapon_word(finder: ArgumentFinder, tok: Token) -> bool:
    """The noun names a weapon ("missiles", "drone boat"), not a party."""
    rules = finder.rules
    if rules.weapon_mode(tok.lemma_.lower()) or rules.weapon_mode(tok.lower_):
        return True
    mods = [c.lower_ for c in tok.lefts if c.dep_ in {"compound", "amod"}]
    return any(rules.weapon_mode(" ".join([*mods[i:], tok.lower_])) for i in range(len(mods)))


def _several(tok: Token) -> bool:
    """(s22) A plural noun counted or paired ("the two groups", "both factions", "the three
    movements"): several parties, never the one actor a singular antecedent gives."""
    if tok.tag_ not in {"NNS", "NNPS"}:
        return False
    return any(
        (c.dep_ == "nummod" and c.like_num)
        or (c.dep_ in {"det", "predet", "preconj"} and c.lower_ in reference_words("several_words"))
        for c in tok.children
    )


def _subject_of(finder: ArgumentFinder, sent: Span, depth: int) -> Actor | None:
    """The armed group or organisation that is the subject of a sentence's main verb,
    through a pronoun or "the group" (at most ``depth`` sentences back), else None."""
    subjs = [c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjs or sent.root.pos_ not in {"VERB", "AUX"}:
        return None
    subj = subjs[0]
    actor = finder.actor_in(*np_span(subj), subj)
    if actor is not None:
        return actor if actor.type in finder.group_types else None
    if depth > 0:
        return refer(finder, subj, depth - 1)
    return None


def refer(finder: ArgumentFinder, tok: Token, depth: int = 2) -> Actor | None:
    """The actor a pronoun or "the group/organization" stands for (nearest before it)."""
    low = tok.lower_
    det = [c.lower_ for c in tok.children if c.dep_ == "det"]
    person = low in PRONOUN_PERSON
    named_so = described_antecedent(finder, tok)
    if named_so is not None:
        return named_so
    if _several(tok):
        return None  # (s22) "the two groups fought each other", "both factions": not one
    if not (
        low in PRONOUN_ORG
        or person
        or (tok.lemma_.lower() in finder.group_nouns and det[:1] == ["the"])
    ):
        return None
    speaker = _speaker_of_self(finder, tok)
    if speaker is not None:
        return speaker
    host = _relative_host_noun(tok)
    if host is not None:
        # "seven soldiers who had been held by the ELN since May, when they were seized":
        # "they" are the soldiers, never the group the relative clause names
        return finder.actor_in(*np_span(host), host) or member_group(finder, host)
    if _said_by_others(finder, tok) or _people_before(finder, tok):
        return None
    sents = doc_sentences(finder.doc)
    sent_i = sentence_index(finder.doc, tok.i)
    floor, new_section = _look_back_floor(finder, tok)
    best = None
    best_start = -1
    armed_seen = False
    modified, described = _relative_host(tok)
    if described is not None and not person:
        # "X was defending its border against Y, a militia it accuses Z of backing": the
        # subject of the clause the relative clause hangs in
        owner = _clause_subject(finder, described)
        if owner is not None:
            return owner
    for s, _e, a in finder.mentions:
        if s >= tok.idx:
            break
        if s < floor or any(lo <= s < hi for lo, hi in modified):
            continue
        if (a.type == "person") == person and (person or a.type in finder.group_types):
            # "the group" after "Villa Somalia": a known armed group beats an unknown
            # organisation named after it
            armed = a.type in ARMED_KNOWN
            if armed or not armed_seen:
                best = a
                best_start = s
                armed_seen = armed_seen or armed
    if best is None and not person and (new_section or det[:1] == ["the"]):
        return focal(finder)
    if (
        best is not None
        and not person
        and best_start < sents[sent_i].start_char
        and sent_i > 0
        and not is_heading(sents[sent_i - 1].text)
    ):
        # nothing earlier in the sentence: the subject of the sentence before carries
        # on ("It had been the al-Qaeda affiliate until 2016 ... The United States
        # designated the group": "It", hence HTS, not al-Qaeda)
        carried = _subject_of(finder, sents[sent_i - 1], depth)
        if carried is not None:
            return carried
    # a country named after the group is the likelier antecedent of "it"
    if (
        best is not None
        and low in {"it", "its"}
        and (
            any(
                best_start < p.start < tok.idx and p.place and p.place.feature == "country"
                for p in finder.places
            )
            # a state named as a political actor ("criticize Iran") is no place mention
            or any(
                best_start < e.start_char < tok.idx
                for e in doc_ents(finder.doc)
                if e.label_ == "GPE"
            )
        )
    ):
        return None
    return best


def _relative_host(tok: Token) -> tuple[list[Span2], Token | None]:
    """What a relative clause whose subject is ``tok`` describes ("the FDLR, a militia it
    accuses Kinshasa of backing"): the pronoun never stands for it (nor for the noun it is
    in apposition to, which the parser may leave unlinked after a comma); and the noun
    whose clause the description hangs in."""
    if tok.dep_ != "nsubj" or tok.head.dep_ != "relcl":
        return [], None
    host = tok.head.head
    out = [(host.left_edge.idx, host.idx + len(host))]
    top = host.head if host.dep_ == "appos" else None
    start = host.left_edge.i
    if top is None and start >= 2 and host.doc[start - 1].text == ",":
        before = host.doc[start - 2]
        if before.pos_ in {"NOUN", "PROPN"}:
            top = before  # "against the FDLR, a Hutu militia it accuses ...": unlinked
    if top is not None:
        out.append((top.left_edge.idx, top.idx + len(top)))
    return out, top or host


def _clause_subject(finder: ArgumentFinder, host: Token) -> Actor | None:
    cur = host
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"}:
            for subj in subjects(finder, cur):
                actor = finder.actor_in(*np_span(subj), subj)
                if actor is not None:
                    return actor
            return None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def focal(finder: ArgumentFinder) -> Actor | None:
    """The armed group the report is about (:func:`most_named_group`), or None."""
    key = most_named_group((a.key, a.type) for _s, _e, a in finder.mentions)
    return next((a for _s, _e, a in finder.mentions if a.key == key), None) if key else None


def _speaker_of_self(finder: ArgumentFinder, tok: Token) -> Actor | None:
    """ "Jamaat-ul-Ahrar, a TTP faction, said it carried out the attack": the subject of
    a reported clause speaks of itself (an organisation; "he" for a person)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return None
    say = verb.head
    if say.lemma_.lower() not in finder.rules.words("say_verbs"):
        return None
    for subj in (after_heading(c) for c in say.children if c.dep_ == "nsubj"):
        actor = finder.actor_in(*np_span(subj), subj) or member_group(finder, subj)
        if actor is not None and (actor.type == "person") == (tok.lower_ in PRONOUN_PERSON):
            return actor
    return None


def _people_before(finder: ArgumentFinder, tok: Token) -> bool:
    """ "207 people were killed on the orders of X, who accused them of witchcraft": "them"
    are the people (no actor) told of in the sentence after any group named in it."""
    if tok.lower_ not in {"them", "they"}:
        return False
    sent = tok.sent
    last_group = max(
        (
            s
            for s, _e, a in finder.mentions
            if sent.start_char <= s < tok.idx and a.type != "person"
        ),
        default=-1,
    )
    members = finder.rules.words("member_nouns")
    # "The bodies had not been identified, and it was not clear who had killed them": the
    # dead told of by their remains are people too (r3, s13)
    people = finder.person_nouns | finder.rules.words("remains_nouns")
    return any(
        t.tag_ == "NNS"
        and t.idx > last_group
        and t.dep_ in {"nsubj", "nsubjpass", "dobj"}
        and t.lemma_.lower() in people
        and t.lemma_.lower() not in members
        and finder.actor_in(*np_span(t), t) is None
        for t in finder.doc[sent.start : tok.i]
    )


def _relative_host_noun(tok: Token) -> Token | None:
    """The plural noun a relative clause describes, when ``tok`` ("they") is the subject of
    a clause of time hung on that relative clause ("the men who were held by X, when they
    were seized ...")."""
    if tok.lower_ not in {"they", "them"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = tok.head
    # "..., when they were seized": a clause of time, or a relative clause on the date
    if verb.dep_ != "advcl" and not (verb.dep_ == "relcl" and verb.head.ent_type_ == "DATE"):
        return None
    rel = verb.head
    for _ in range(3):
        if rel.pos_ in {"VERB", "AUX"}:
            break
        rel = rel.head
    if rel.dep_ != "relcl" or not any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in RELATIVE for c in rel.children
    ):
        return None
    host = rel.head
    return host if host.tag_ in {"NNS", "NNPS"} else None


def _said_by_others(finder: ArgumentFinder, tok: Token) -> bool:
    """ "Fighters from a local militia said they overran a post": "they" are the plural
    people who speak, named by no actor, so no actor told of before."""
    verb = tok.head
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return False
    say = verb.head
    if say.lemma_.lower() not in finder.rules.words("say_verbs"):
        return False
    if say.i > tok.i:
        # "They freed the prisoners before withdrawing, residents said": who speaks after
        # the clause only reports it; "they" carry on from before (r6, s14)
        return False
    return any(
        s.pos_ == "NOUN" and s.tag_ == "NNS"
        for s in (after_heading(c) for c in say.children if c.dep_ == "nsubj")
    )


def _speaker_of_own(finder: ArgumentFinder, head: Token) -> Actor | None:
    """The body (not a person) that says "its forces" did something: the subject of the
    reporting verb whose reported clause ``head`` is the subject of."""
    verb = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ccomp":
        return None
    say = verb.head
    if say.lemma_.lower() not in finder.rules.words("say_verbs") or say.i > head.i:
        return None
    for subj in (c for c in say.children if c.dep_ == "nsubj"):
        actor = finder.actor_in(*np_span(subj), subj)
        if actor is not None and actor.type != "person":
            return actor
    return None


def mention_before(finder: ArgumentFinder, actor: Actor | None, tok: Token) -> Span2 | None:
    """For a pronoun or "the group": the span of the actor's last mention before it."""
    if actor is None or not (tok.lower_ in PRONOUN_ORG | PRONOUN_PERSON or tok.pos_ == "NOUN"):
        return None
    if finder.actor_in(*np_span(tok), tok) is actor:
        return None
    spans = [(s, e) for s, e, a in finder.mentions if a.key == actor.key and s < tok.idx]
    return spans[-1] if spans else None


def subjects(finder: ArgumentFinder, verb: Token) -> list[Token]:
    """The subjects of a verb, through relative clauses, conjunctions and complements."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    # "jets struck suspected hideouts", parsed with "struck" as an auxiliary holding
    # the subject
    subj += [g for c in verb.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"]
    # "Suspected ADF militants raid Manzia": a plural noun parsed as the verb's auxiliary;
    # "IS claimed the attack": the group's acronym read as the verb "is"
    subj += [
        c
        for c in verb.children
        if c.dep_ in {"aux", "auxpass"}
        and (
            c.tag_ in {"NNS", "NNPS"}
            or (
                c.text.isupper()
                and len(c.text) > 1
                and finder.actor_in(c.idx, c.idx + len(c), c) is not None
            )
        )
    ]
    subj = [after_heading(s) for s in subj]
    subj = [_party_after_place(finder, s) for s in subj]
    if not subj and (dated := dated_subject(verb)) is not None:
        subj = [dated]  # "On 2 March ADF fighters captured ...": no comma after the date
    if (
        len(subj) == 1
        and subj[0].lower_ in {"they", "we"}
        and verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in finder.rules.words("say_verbs")
    ):
        # "the army and the militia say they killed ten insurgents": the speakers, all of
        # them (one speaker is the pronoun's referent, read by ``refer``)
        speakers = [after_heading(c) for c in verb.head.children if c.dep_ == "nsubj"]
        if speakers and speakers[0].conjuncts:
            subj = speakers
    if subj and subj[0].lower_ in RELATIVE and verb.dep_ == "relcl":
        kind = _exemplified(finder, verb.head)
        if kind is not None:
            return subjects(finder, kind.head)
        return [verb.head]
    own_patient = (
        verb.dep_ == "advcl"
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not during_which(verb)  # "conducted an operation, during which 12 were killed"
    )
    if (
        not subj
        and not own_patient  # "took over after Baloch was killed": not who took over
        and verb.dep_ in {"conj", "xcomp", "advcl"}
        and verb.head.i != verb.i
    ):
        head = verb.head
        if verb.dep_ == "xcomp":
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:
                return objs
            if head.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in head.children):
                # "may enable it to continue launching attacks": up the chain of complements
                return subjects(finder, head)
        if verb.dep_ == "conj" and head.dep_ == "xcomp":
            return subjects(finder, head)
        if (
            verb.dep_ == "conj"
            and head.dep_ == "ccomp"
            and verb.lemma_.lower() in finder.rules.words("speaker_conj_verbs")
            and head.head.lemma_.lower() in finder.rules.words("say_verbs")
        ):
            # "the paper said the 'terrorist PDF' had stored explosives there and denied
            # that ...": who denies is who speaks, not the subject of what was reported
            return subjects(finder, head.head)
        if verb.dep_ == "conj" and head.lemma_.lower() in finder.rules.words("say_verbs"):
            # "the ministry said the strikes killed three and wounded dozens", "wounded"
            # hung on "said": the reported clause's subject, not the speaker
            reported = [c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i]
            return subjects(finder, reported[-1]) if reported else []
        if verb.dep_ in {"advcl", "conj"} and verb.tag_ == "VBD":
            # "X was riding to school when a gunman riding pillion shot her": a finite verb
            # hung beside the when-clause whose subject it shares, never the victim's clause
            told = [
                c
                for c in head.children
                if c.dep_ == "advcl"
                and c.i < verb.i
                and any(g.dep_ == "advmod" and g.lower_ == "when" for g in c.children)
            ]
            doers = [g for c in told[-1:] for g in c.children if g.dep_ == "nsubj"]
            # never a verb coordinated with "and" after the when-clause ("..., and returned
            # fire"), which the first subject did
            joined = bool(told) and any(
                c.dep_ == "cc" and told[-1].i < c.i < verb.i
                for c in (*head.children, *verb.children)
            )
            if doers and not joined:
                return doers
        subj = [c for c in head.children if c.dep_ == "nsubj"]
        if (
            not subj
            and verb.dep_ == "conj"
            and head.dep_ == "conj"
            and head.pos_ == "VERB"
            and not any(c.dep_ in {"nsubjpass", "expl"} for c in head.children)
        ):
            # "blocked the road, checked papers and shot six": a chain of verbs with one
            # subject, each verb hung on the one before it
            return subjects(finder, head)
    return subj + _supporters(finder, subj)


def _party_after_place(finder: ArgumentFinder, subj: Token) -> Token:
    """(s19) "In Masisi territory, North Kivu, M23 fighters abducted ...": the parser may make
    the place that opens the sentence the subject and the party its apposition. A subject
    that is a place and no actor, with a noun in apposition that is no place (nor a word of
    one: "Kivu" of "South Kivu"), stands for that noun."""
    start, end = subj.left_edge.idx, subj.idx + len(subj)
    if subj.pos_ != "PROPN" or finder.actor_in(start, end, subj) is not None:
        return subj
    if finder.place_in(start, end) is None:
        return subj
    for c in subj.children:
        if (
            c.dep_ == "appos"
            and c.i > subj.i
            and c.pos_ in {"NOUN", "PROPN"}
            and finder.place_in(c.left_edge.idx, c.idx + len(c)) is None
        ):
            return c
    return subj


def _exemplified(finder: ArgumentFinder, head: Token) -> Token | None:
    """The noun an example stands for: "attacks" in "launching attacks, such as the ones
    that targeted the court", when that noun is the object of a verb (whose subject carried
    the examples out too)."""
    prep = head.head
    if (
        head.lower_ not in finder.rules.words("exemplar_heads")
        or head.dep_ != "pobj"
        or prep.lower_ not in finder.rules.words("exemplar_preps")
        or prep.dep_ != "prep"
    ):
        return None
    kind = prep.head
    if kind.pos_ != "NOUN" or kind.dep_ != "dobj" or kind.head.pos_ != "VERB":
        return None
    return kind


def participle_agents(
    finder: ArgumentFinder, tokens: list[Token], verbs: str, passive_only: bool = False
) -> list[Token]:
    """The "by" agents of participles on ``tokens`` whose verb is in the rules' word list
    ``verbs``: "the HNP, supported by the MSS" (``co_agent_verbs``), "a missile fired by the
    Houthis" (``weapon_use_verbs``), "a convoy escorted by FAMa" (``escort_verbs``).
    ``passive_only``: past participles only."""
    words = finder.rules.words(verbs)
    # "troops of the 6th brigade commanded by Colonel X": the participle may hang on the
    # noun of the "of" phrase that names the party's unit
    hosts = [
        *tokens,
        *(
            g
            for t in tokens
            for p in t.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
        ),
    ]
    return [
        g
        for t in hosts
        for a in t.children
        # (s21) "police backed by the mission": a participle with a "by" agent is passive even
        # where the tagger read it as a past tense (VBD)
        if a.dep_ == "acl"
        and a.lemma_.lower() in words
        and (not passive_only or a.tag_ in {"VBN", "VBD"})
        for g in by_agents(a)
    ]


def _supporters(finder: ArgumentFinder, subj: list[Token]) -> list[Token]:
    """ "the HNP, supported by the MSS, conducted an operation": who backed the subject took
    part too."""
    return participle_agents(finder, subj, "co_agent_verbs", passive_only=True)


def antecedent(finder: ArgumentFinder, pronoun: Token, trigger: Token) -> Token | None:
    """The person "him"/"her" stands for: the nearest person named or described before
    it in its sentence (not who acted), else the last one of the sentence before."""
    doc = finder.doc
    actors = {t.i for s in subjects(finder, trigger) for t in s.subtree}
    sent = pronoun.sent
    prev = doc[sent.start - 1].sent if sent.start > 0 else None
    for scope in (range(pronoun.i - 1, sent.start - 1, -1), range(sent.start - 1, -1, -1)):
        for i in scope:
            t = doc[i]
            if prev is not None and i < prev.start:
                break
            if i in actors or t.pos_ not in {"NOUN", "PROPN"} or t.dep_ == "compound":
                continue
            if t.ent_type_ == "PERSON" or t.lemma_.lower() in finder.person_nouns:
                return t
    return None


def fighters_of_focus(finder: ArgumentFinder, tok: Token) -> Actor | None:
    """ "The rebels entered the city", "Rebel fighters took the airport": fighters named by
    a word for insurgents (``focus_fighter_words``) with no name of their own are the
    armed group the report is about, once the report has named it (a non-state group)."""
    words = finder.rules.words("focus_fighter_words")
    doers = finder.rules.words("deed_doer_nouns")
    if (
        tok.tag_ == "NNS"
        and (tok.lemma_.lower() in doers or tok.lower_ in doers)
        and [c.lower_ for c in tok.children if c.dep_ == "det"][:1] == ["the"]
        and not any(c.dep_ in {"poss", "nummod", "prep", "amod", "compound"} for c in tok.children)
    ):
        # "ISWAP fighters stormed Dikwa ... The attackers then burned the clinic": those who
        # did the deed, right after one armed group is named, are its men (never the report's
        # group from further back)
        return _group_just_named(finder, tok)
    if tok.lemma_.lower() in finder.rules.words("fighter_band_nouns"):
        # "a group of about 30 fighters attacked the post", "a column of rebels": the band
        # stands for the fighters it is made of
        inner = [
            g
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj" and (g.lemma_.lower() in words or g.lower_ in words)
        ]
        if not inner or any(c.dep_ in {"amod", "compound"} for c in inner[0].children):
            return None
        tok = inner[0]
        if tok.tag_ != "NNS":
            return None
        return _group_just_named(finder, tok) or _focal_named_before(finder, tok)
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
        return None
    lemma = tok.lemma_.lower()
    named_kind = lemma in words or tok.lower_ in words
    modified = lemma in finder.rules.words("member_nouns") and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in words for c in tok.children
    )
    if not (named_kind or modified):
        return None
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if named_kind and not modified and dets[:1] != ["the"]:
        return None  # "rebels attacked": any rebels; "the rebels": the ones told of
    if any(c.dep_ in {"poss", "nummod", "prep"} for c in tok.children):
        return None  # "its rebels", "ten rebels", "rebels of the X": not the group itself
    return _group_just_named(finder, tok) or _focal_named_before(finder, tok)


def _focal_named_before(finder: ArgumentFinder, tok: Token) -> Actor | None:
    """The report's own armed group (:func:`focal`), once named before ``tok``."""
    group = focal(finder)
    if group is None or group.type not in ARMED_KNOWN:
        return None
    if not any(a.key == group.key and s < tok.idx for s, _e, a in finder.mentions):
        return None
    return group


def _look_back_floor(finder: ArgumentFinder, tok: Token) -> tuple[int, bool]:
    """Where a look-back for the group a word refers to starts: the sentence two before the
    word's sentence, or the end of a heading in between (under a heading, "the group" is the
    report's own subject); and whether such a heading was met."""
    sents = doc_sentences(finder.doc)
    sent_i = sentence_index(finder.doc, tok.i)
    for back in range(sent_i - 1, max(sent_i - 3, -1), -1):
        if is_heading(sents[back].text):
            return sents[back].end_char, True
    return sents[max(sent_i - 2, 0)].start_char, False


def _group_just_named(finder: ArgumentFinder, tok: Token) -> Actor | None:
    """ "ISWAP has spread along the lake shore. On Monday the jihadists raided Kukawa": the
    one non-state armed group named in the sentence before the fighters' word or in the two
    sentences before it (not across a heading) is the group they are; None when none or
    several different groups are named there."""
    floor, new_section = _look_back_floor(finder, tok)
    found = _groups_between(finder, floor, tok.idx)
    if not found and not new_section:
        # (s16) none just before: the one group of the paragraph, else of the section (the
        # text since the last heading) the word is in
        for start in (paragraph_start(finder, tok), section_start(finder, tok)):
            found = _groups_between(finder, start, tok.idx)
            if found:
                break
    armed = [a for a in found.values() if a.type in ARMED_KNOWN or a.type == "terrorist_group"]
    return armed[0] if len(armed) == 1 and len(found) == 1 else None


def _groups_between(finder: ArgumentFinder, start: int, end: int) -> dict[str, Actor]:
    """The groups (not organisations, never a state's forces) named from ``start`` to
    ``end``, by key."""
    found: dict[str, Actor] = {}
    for s, _e, a in finder.mentions:
        if s >= end:
            break
        if s >= start and a.type in finder.group_types and a.type != "organization":
            found.setdefault(a.key, a)
    return found


def paragraph_start(finder: ArgumentFinder, tok: Token) -> int:
    """Where the paragraph of ``tok`` starts: after the last blank line before it (after
    the last line break, in a text with no blank lines)."""
    text = doc_text(finder.doc)
    blank = text.rfind("\n\n", 0, tok.idx)
    if blank >= 0 or "\n\n" in text:
        return blank + 2 if blank >= 0 else 0
    return text.rfind("\n", 0, tok.idx) + 1


def section_start(finder: ArgumentFinder, tok: Token) -> int:
    """Where the section of ``tok`` starts: the end of the last heading before it (the
    document's start, where none)."""
    for sent in reversed(doc_sentences(finder.doc)):
        if sent.start_char < tok.idx and is_heading(sent.text):
            return sent.end_char
    return 0


def state_force_hit(
    finder: ArgumentFinder,
    toks: Sequence[Token],
    place: PlaceMention | None,
    roles: Sequence[tuple[str, str]],
    unnamed_attackers: bool = False,
) -> tuple[Actor, Token] | None:
    """ "ambushed an army vehicle", "attacked a checkpoint", "killing three soldiers": what
    was hit is a state's force or post (``state_target_nouns``, or any noun after
    ``state_target_modifiers``: "a police post") that no one else owns; the target is the
    state force the document names for the country the event is placed in (the report's
    only one, where the event has no country), the police for police posts and officers.
    None when no one such force stands out, or the event already has a state side."""
    if any(finder.actor_type(k) in STATE_TYPES for k, _r in roles):
        return None
    if not unnamed_attackers and not any(
        r == "perpetrator" and finder.actor_type(k) not in STATE_TYPES | {"person"}
        for k, r in roles
    ):
        # only what a group (or unnamed gunmen, or "separatist fighters" the report names no
        # group for: ``unnamed_attackers``) attacked, never a side unknown
        return None
    rules = finder.rules
    nouns = rules.words("state_target_nouns")
    mods = rules.words("state_target_modifiers")
    police = rules.words("police_target_words")
    objects = rules.words("state_target_objects")
    # (s25) "overran regime positions", "pushed at government lines", "shelled a junta
    # base": a force's post, unit or machine a word of the state's own marks
    mods = mods | reference_words("state_holder_modifiers")
    objects = objects | reference_words("state_holder_things")
    known = mods | objects
    for tok in toks:
        lemma = tok.lemma_.lower()
        left = [c for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}]
        # "an army vehicle", "a police post"; never "an army hospital" (a civilian site)
        modified = [
            c
            for c in left
            if c.lower_ in mods
            and (lemma in objects or tok.lower_ in objects)
            and _own_state_word(finder, c)
        ]
        if modified and any(
            c.pos_ == "NOUN" and c.lower_ not in known for c in left if c not in modified
        ):
            # (s25) "a government food depot", "an army IDP camp": a thing of another kind
            # than a force's, which the state runs
            modified = []
        if lemma not in nouns and not modified:
            continue
        if any(c.dep_ == "poss" for c in tok.children) or finder.actor_in(*np_span(tok), tok):
            continue  # "its checkpoint", "an ISWAP patrol": someone else's
        if any(
            (p.dep_ == "prep" and p.lower_ in {"of", "belonging"}) or p.dep_ in {"acl", "relcl"}
            for p in tok.children
        ):  # "a patrol of the militia", "a convoy carrying Chinese engineers"
            continue
        policing = lemma in police or any(c.lower_ in police for c in modified)
        forces = choose_state_force(state_forces(finder, place), policing)
        if len(forces) == 1:
            return forces[0], tok
        return None
    return None


def _own_state_word(finder: ArgumentFinder, word: Token) -> bool:
    """(s25) ``word`` ("government", "regime") stands for the state itself, not as the last
    word of a name ("Kachin State", "Government House") or of a place."""
    if word.pos_ == "PROPN" and any(c.dep_ == "compound" for c in word.children):
        return False
    return not any(p.start <= word.idx < p.end for p in finder.places)


def is_police(actor: Actor) -> bool:
    """The state force is a police body (a word of ``police_body_words`` in its name)."""
    words = set(re.findall(r"[\w-]+", actor.name.lower()))
    return bool(words & reference_words("police_body_words"))


def choose_state_force(
    forces: Sequence[Actor], policing: bool, fallback: bool = True
) -> list[Actor]:
    """Among a country's ``forces``, those a wording means: for police words the police
    bodies; else (and, with ``fallback``, where no police body is named) the armies, the
    country's national force first ("a gendarmerie post" where the report names no police
    is the national force's, as a unit of it is: "the BIR"). Shared by
    :func:`state_force_hit` and the generic-word resolver (event_reference)."""
    if policing:
        police = [a for a in forces if is_police(a)]
        if police or not fallback:
            return police
    armies = [a for a in forces if not is_police(a)]
    national = [a for a in armies if a.country and a.key == armed_forces_key(a.country)]
    return national or armies


def state_forces(
    finder: ArgumentFinder, place: PlaceMention | None, all_countries: bool = False
) -> list[Actor]:
    """The state forces the document names, of the country of ``place`` (all of them where
    the place has no country and they are of one country; with ``all_countries``, all)."""
    found: dict[str, Actor] = {}
    for _s, _e, a in finder.mentions:
        if a.type == "state_forces":
            found.setdefault(a.key, a)
    if all_countries:
        return list(found.values())
    country = place.place.country_code if place is not None and place.place else None
    if country:
        return [a for a in found.values() if a.country == country]
    countries = {a.country for a in found.values()}
    return list(found.values()) if len(countries) == 1 else []


def groups_of_persons_hit(
    finder: ArgumentFinder, roles: Sequence[tuple[str, str]], type_id: str
) -> list[str]:
    """(s20) The organisations whose named members an event hit: analysts code "a drone
    strike killed X, a commander of Y" and "W, leader of Y, was arrested" as acts against Y
    too. Only a person hit (an attack's victim, an arrest's target) whose group the document
    ties to them ("X, leader of Y", "Y's commander X"); never a group already a party (the
    group that purged its own member, or who arrested him)."""
    hit_role = "victim" if type_id == "ASSAULT" else "target"
    parties = {k for k, _r in roles}
    out: list[str] = []
    for key, role in roles:
        if role != hit_role:
            continue
        group = finder.person_groups.get(key)
        if group is None or group in parties or group in out:
            continue
        if _lapsed_member(finder, key):
            continue  # "X, a former commander of Y": Y lost no one of its own
        if finder.actor_type(group) == "person":
            continue
        # a group that is the kin of a party (its branch or parent) is that party's side
        if any(finder.kin(group, k) for k in parties):
            continue
        out.append(group)
    return out


def suspected_groups(
    finder: ArgumentFinder,
    trigger: Token,
    held: Sequence[Token],
    roles: Sequence[tuple[str, str]],
) -> list[Actor]:
    """(s24) The groups an arrest charges those held with serving: named in a phrase of
    suspicion on the people held ("five men suspected of recruiting for X", "suspected X
    supporters") or on the arrest ("on suspicion of membership in X", "accusing them of
    membership in X"), a charge of belonging to it or of working for it (membership,
    support, "collecting funds for X": not "links with X" nor "supplying fuel to X"). Only
    an armed or political group, not a party already (who made the arrest), and nothing
    under a negation ("not suspected of any link to X") nor the group the people were held
    from ("freed from X")."""
    cues = reference_words("arrest_suspicion_words")
    parties = {k for k, _r in roles}
    phrases: list[Token] = []
    for noun in held:
        for c in noun.children:
            # "men suspected of ...", "a man accused of ...", "suspected X supporters"
            if c.lower_ in cues or c.lemma_.lower() in cues:
                phrases.append(c)
    for c in trigger.children:
        if c.dep_ == "prep" and any(
            g.lower_ in cues or g.lemma_.lower() in cues for g in c.children if g.dep_ == "pobj"
        ):
            phrases.append(c)  # "on suspicion of ...", "on charges of ..."
        elif (
            c.dep_ == "advcl"
            and c.lemma_.lower() in cues
            and not any(g.dep_ in _SUBJECT_DEPS for g in c.children)
        ):
            # "accusing them of ...": the arrest's own charge (not "after X had accused them
            # of ...", whose accuser is X)
            phrases.append(c)
    found: dict[str, Actor] = {}
    for phrase in phrases:
        words = [phrase] if phrase.dep_ == "amod" else list(phrase.subtree)
        if any(t.dep_ == "neg" for t in words):
            continue
        top = phrase
        if phrase.dep_ == "amod":
            # "suspected PKK supporters": the group named beside the cue on the same noun
            top = phrase.head
            words = [t for t in top.children if t.i != phrase.i]
            words = [top, *(w for t in words for w in t.subtree)]
        for t in words:
            if t.pos_ != "PROPN" and not (t.pos_ == "NOUN" and t.is_upper):
                continue
            if not _charged_service(t, top):
                continue
            actor = finder.actor_in(t.idx, t.idx + len(t), t)
            if actor is None or actor.key in parties or actor.key in found:
                continue
            if actor.type not in finder.group_types:
                continue
            if any(finder.kin(actor.key, k) for k in parties):
                continue
            found[actor.key] = actor
    return list(found.values())


# the dependencies of a clause's subject or agent: who accuses, not what is charged
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
# the dependencies by which a name's words hang on the noun of its phrase
_NAME_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "flat", "conj", "appos"})


def _charged_service(name: Token, top: Token) -> bool:
    """(s24b) A name in a charge (``top``: the cue or the phrase of suspicion) is the group
    those held are charged with serving: the noun of its phrase is a word of belonging
    ("suspected X supporters", "of being X members"), or the name is what a word of
    belonging ("membership in X", "recruiting for X") or any deed's "for" ("collecting funds
    for X") governs, and that word is the charge itself: only prepositions, the copula and
    words of belonging lie between it and the cue. A name in the object of another deed
    ("suspected of killing an X commander", "of selling arms to X fighters", "of links with
    X militants"), in the accuser ("accused by X fighters of ...") or of a membership past
    ("of being former X members") is none, nor (s24c) a group reached through a word of
    dealings ("over suspected links with X militants")."""
    belonging = reference_words("arrest_belonging_words")
    cues = reference_words("arrest_suspicion_words")
    dealing = reference_words("arrest_dealing_words")
    lapsed = reference_words("lapsed_member_words")

    def belongs(t: Token) -> bool:
        return t.lower_ in belonging or t.lemma_.lower() in belonging

    head = name
    while head.dep_ in _NAME_DEPS and head.head.i != head.i and head.i != top.i:
        head = head.head
    if head.i == top.i or belongs(head):
        start = head
    elif head.dep_ == "pobj" and head.head.dep_ == "prep":
        owner = head.head.head
        if belongs(owner):
            start = owner  # "membership in X", "recruiting for X"
        elif head.head.lower_ == "for":
            # "collecting funds for X": the deed whose object the "for" may hang on
            start = owner.head if owner.dep_ == "dobj" else owner
        elif owner.lower_ in cues or owner.lemma_.lower() in cues:
            # "on suspicion of membership in X" with "in X" hung on the cue: the word of
            # belonging the cue governs before it
            governed = [
                g
                for p in owner.children
                if p.dep_ == "prep" and p.i < head.head.i
                for g in p.children
                if g.dep_ == "pobj" and belongs(g)
            ]
            if not governed:
                return False
            start = governed[-1]
        else:
            return False
    else:
        return False
    if not belongs(start) and start.i == top.i:
        return False
    if any(part in lapsed for c in start.children for part in _word_parts(c)):
        return False  # "of being former X members"
    step = start
    while step.i != top.i:
        if step.dep_ in _SUBJECT_DEPS or step.head.i == step.i:
            return False
        if step.i != start.i and (step.lower_ in dealing or step.lemma_.lower() in dealing):
            return False  # (s24c) "links with X militants": X is a partner, not the group
        if step.i != start.i and not (
            step.pos_ == "ADP"
            or step.lemma_ == "be"
            or belongs(step)
            or (step.dep_ == "pobj" and step.head.i == top.i)  # "on suspicion of"
        ):
            return False
        step = step.head
    return True


def effect_sides(
    finder: ArgumentFinder,
    trigger: Token,
    roles: Sequence[tuple[str, str]],
) -> list[tuple[Actor, Token]]:
    """(s22) The groups whose men a trigger's effect clause counts as killed or wounded ("a
    raid ..., killing two IS members", "the blast killed four fighters of X"), each with the
    noun naming the men. Only a phrase headed by a noun of a group's men (``member_nouns``)
    that the phrase or its "of/from" names as one group's (never a person, a state's
    soldiers, whom :func:`state_force_hit` reads, or a party already: "X lost three of its
    fighters" names X's own dead, not a second side). The nouns may be the trigger's objects
    too: read as objects, "four fighters from X", "from X" hung on the verb, names no one."""
    from dossier.extract.event_objects import effect_patients

    parties = {k for k, _r in roles}
    men = finder.rules.words("member_nouns") | finder.rules.words("own_force_nouns")
    out: list[tuple[Actor, Token]] = []
    for noun in effect_patients(finder, trigger):
        if noun.lemma_.lower() not in men:
            continue
        lo, hi = noun.left_edge.idx, noun.idx + len(noun)
        actor = finder.actor_in(lo, hi, noun) or member_group(finder, noun)
        if actor is None and noun.dep_ == "dobj":
            # "killing four fighters from X": the parser may hang "from X" on the verb
            actor = next(
                (
                    a
                    for prep in noun.head.children
                    if prep.dep_ == "prep"
                    and prep.i > noun.i
                    and prep.lower_ in finder.rules.words("member_preps")
                    for g in prep.children
                    if g.dep_ == "pobj"
                    for a in [finder.actor_in(*extent(g), g)]
                    if a is not None
                ),
                None,
            )
        if actor is None or actor.type not in finder.group_types:
            continue
        if actor.key in parties or any(finder.kin(actor.key, k) for k in parties):
            continue
        if all(a.key != actor.key for a, _n in out):
            out.append((actor, noun))
    return out


def _lapsed_member(finder: ArgumentFinder, key: str) -> bool:
    """(s20) A person the document describes as a member no more: a word of
    ``lapsed_member_words`` before the role noun beside any of his mentions ("X, a former
    commander of Y", "a one-time Y commander, X") or before his name ("ex-Y fighter X")."""
    lapsed = reference_words("lapsed_member_words")
    doc = finder.doc
    for start, end, actor in finder.mentions:
        if actor.key != key:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        roles = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            roles.append(root.head)
        texts = [doc[root.left_edge.i : span.start].text]  # "ex-Y fighter X"
        texts += [doc[r.left_edge.i : r.i].text for r in roles]
        for text in texts:
            words = set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()))
            words |= {part for w in words for part in w.split("-")}
            if words & lapsed:
                return True
    return False


@cache
def reference_words(name: str) -> frozenset[str]:
    """(s21) The word list ``name`` of extract/event_reference.yaml, lower-cased: the one
    loader of the lists the event-argument mechanisms read."""
    raw = load_yaml("extract/event_reference.yaml")
    return frozenset(str(w).lower() for w in raw.get(name) or ())


def _co_party_words() -> dict[str, frozenset[str]]:
    return {
        name: reference_words(name)
        for name in (
            "co_party_preps",
            "co_party_with_marks",
            "co_party_marked_preps",
            "co_party_help_nouns",
            "co_party_in_nouns",
            "co_party_body_nouns",
            "circumstance_deps",
            "circumstance_preps",
        )
    }


def co_parties(finder: ArgumentFinder, verb: Token | None, doers: Sequence[Token]) -> list[Token]:
    """(s21) The nouns of the sides that acted together with the doers of ``verb``: "X,
    alongside Y, attacked", "X fought alongside Y", "X, with Y units, routed", "X deployed
    troops and, with Y, retook", "together with Y", "with the help of Y", "in coordination
    with Y". A "with" after the verb ("clashed with Y") names the other side and is left
    alone, unless a word such as "together" or "along" marks it as joint."""
    # (s21) a device is no one to act with: "a bomb exploded alongside a convoy" says where
    # the bomb was, the convoy did nothing; with no doer left there is no partner
    doers = [d for d in doers if not weapon_word(finder, d)]
    if not doers:
        return []
    words = _co_party_words()
    preps: list[Token] = [c for d in doers for c in d.children if c.dep_ == "prep"]
    if verb is not None:
        # after the verb only right after it ("fought alongside X"): past an object, the
        # partner may be hit with it ("killed three soldiers along with two civilians")
        preps += [
            c
            for c in verb.children
            if c.dep_ == "prep"
            and (c.i < verb.i or (_joint_mark(c, words) and not _object_before(verb, c)))
        ]
        head = verb.head
        if verb.dep_ in {"conj", "dep"} and head.pos_ in {"VERB", "AUX"} and head.i < verb.i:
            # "deployed troops and, with the army, retook the town": the phrase the parser
            # hung on the first verb, between it and this one, goes with this one
            preps += [c for c in head.children if c.dep_ == "prep" and head.i < c.i < verb.i]
    out: list[Token] = []
    for prep in dict.fromkeys(preps):
        for noun in _partner_nouns(prep, words):
            if noun not in doers and noun not in out:
                out.append(noun)
    return out


def _object_before(verb: Token, prep: Token) -> bool:
    """An object of ``verb`` stands between it and ``prep``."""
    return any(
        o.dep_ in {"dobj", "attr", "dative"} and verb.i < o.i < prep.i for o in verb.children
    )


def _joint_mark(prep: Token, words: dict[str, frozenset[str]]) -> bool:
    """A partner's preposition after the verb: "alongside", or "with" marked as joint
    ("together with", "along with", "jointly with")."""
    if prep.lower_ in words["co_party_preps"]:
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return prep.lower_ in words["co_party_marked_preps"] and (
        any(c.lower_ in words["co_party_with_marks"] for c in prep.children)
        or (before is not None and before.lower_ in words["co_party_with_marks"])
    )


def _partner_nouns(prep: Token, words: dict[str, frozenset[str]]) -> list[Token]:
    """The nouns a partner's preposition names, with their conjuncts; through "the help of Y"
    and "in coordination with Y"."""
    lower = prep.lower_
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    if lower == "in":
        objs = [
            g
            for o in objs
            if o.lemma_.lower() in words["co_party_in_nouns"]
            for p in o.children
            if p.dep_ == "prep" and p.lower_ in words["co_party_marked_preps"]
            for g in p.children
            if g.dep_ == "pobj"
        ]
    elif lower not in words["co_party_preps"] and lower not in words["co_party_marked_preps"]:
        return []
    out: list[Token] = []
    for o in objs:
        if _circumstance(o, words):
            continue  # "with JNIM weakened by the fighting": a circumstance, no partner
        if o.lemma_.lower() in words["co_party_help_nouns"]:
            # "with the help of Y": Y, never the help
            out += [
                g
                for p in o.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj"
            ]
        else:
            out.append(o)
    return [t for o in out for t in (o, *o.conjuncts)]


def _circumstance(noun: Token, words: dict[str, frozenset[str]]) -> bool:
    """The noun of a partner's phrase carries a predicate of its own after it: "with the army
    in retreat", "with X fighters controlling the road", "with JNIM weakened", "with Wagner
    gone", "with X under siege": the phrase tells a circumstance, no partner ("troops from
    Chad", "the help of X" are no predicate)."""
    on_doer = noun.head.head.dep_ in {"nsubj", "nsubjpass"}
    return any(
        c.i > noun.i
        and (
            (c.dep_ in words["circumstance_deps"] and not (on_doer and _acting(c)))
            or (c.dep_ == "prep" and c.lower_ in words["circumstance_preps"])
        )
        for c in noun.children
    )


def _acting(participle: Token) -> bool:
    """A present participle with no object of its own ("X, with JNIM units operating nearby,
    routed"): on the doer it tells the partner acting with it, no circumstance; "with X
    controlling the road" (an object) and "with X weakened" do tell one."""
    return participle.tag_ == "VBG" and not any(
        c.dep_ in {"dobj", "attr", "ccomp", "xcomp"} for c in participle.children
    )


def co_party_actor(finder: ArgumentFinder, noun: Token) -> Actor | None:
    """The actor a partner's noun names: the mention over it ("alongside the FADM"), or
    before a noun for a body's men or units ("with JNIM units", "alongside Wagner fighters");
    never a name inside what the noun only mentions ("with links to X") nor a weapon
    ("with Turkish drones")."""
    if weapon_word(finder, noun):
        return None
    for s, e, a in finder.mentions:
        if s <= noun.idx < e:
            return a
    lemma = noun.lemma_.lower()
    # (s21) the group's members too ("alongside Ansarul Islam militants", "with X gunmen")
    body_nouns = finder.rules.words("member_nouns") | _co_party_words()["co_party_body_nouns"]
    if (
        lemma not in finder.person_nouns
        and lemma not in finder.group_nouns
        and lemma not in body_nouns
        and noun.lower_ not in body_nouns
    ):
        return None
    lo, hi = noun.left_edge.idx, noun.idx + len(noun)
    inside = [a for s, e, a in finder.mentions if lo <= s and e <= hi]
    return inside[0] if len(inside) == 1 else None


def _merger_words() -> dict[str, frozenset[str]]:
    return {
        name: reference_words(name)
        for name in (
            "merger_nouns",
            "merger_preps",
            "merger_member_preps",
            "union_verbs",
            "union_marks",
            "unrealised_marks",
        )
    }


def founders(founding: Token) -> list[Token]:
    """(s21) The nouns of the groups that came together in a founding: "was founded through
    the merger of A, B and C" (A, B, C), "created from a union between A and B", "formed when
    A and B agreed to stop fighting" (the subjects of a "when" clause of coming together).
    A merger the trigger does not hang ("founded after the merger of A and B was called
    off", a negated clause) names none."""
    words = _merger_words()
    mergers = [founding] if founding.lemma_.lower() in words["merger_nouns"] else []
    mergers += [
        g
        for c in founding.children
        if c.dep_ == "prep" and c.lower_ in words["merger_preps"]
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in words["merger_nouns"]
    ]
    # (s21) "after a failed merger of A and B", "the proposed union of A and B was called off":
    # a merger that never came about founded nothing
    mergers = [m for m in mergers if not _unrealised(m, words["unrealised_marks"])]
    out = [
        t
        for m in mergers
        for p in m.children
        if p.dep_ == "prep" and p.lower_ in words["merger_member_preps"]
        for g in p.children
        if g.dep_ == "pobj"
        for t in _list_members(g)
    ]
    for clause in founding.children:
        # "when A and B agreed to merge": the union told by the "to" verb
        uniting = [clause, *(x for x in clause.children if x.dep_ == "xcomp")]
        subjects = [t for c in clause.children if c.dep_ == "nsubj" for t in _list_members(c)]
        if (
            clause.dep_ == "advcl"
            # (s21) the subjects come together with each other: two or more of them, and a
            # verb of union ("when the government signed a deal with rebels" founds nothing)
            and len(subjects) >= 2
            and any(u.lemma_.lower() in words["union_verbs"] for u in uniting)
            and not any(_unrealised(u, words["unrealised_marks"]) for u in uniting)
            and any(
                c.dep_ == "advmod"
                and c.lower_ in words["union_marks"]
                or c.dep_ == "mark"
                and c.lower_ in words["union_marks"]
                for c in clause.children
            )
            and not any(c.dep_ == "neg" for c in clause.children)
        ):
            out += subjects
    return out


def _unrealised(word: Token, marks: frozenset[str]) -> bool:
    """A merger noun or a union verb told as one that never came about: negated, or with a
    word of failure or of a mere plan on it ("a failed merger", "the proposed union", "a
    merger that collapsed", "the merger was called off")."""
    near = [word, *word.children, *(g for c in word.children for g in c.children)]
    if word.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
        near += [word.head, *word.head.children]  # "talks on a merger failed"
    return any(t.dep_ == "neg" or t.lower_ in marks or t.lemma_.lower() in marks for t in near)


def _list_members(head: Token) -> list[Token]:
    """The nouns of the list ``head`` opens, through the conjunctions and the appositions the
    parser makes of a list's commas ("A, B, the C and D's E": B an apposition of A)."""
    out = [head]
    for tok in out:
        out += [c for c in tok.children if c.dep_ in {"conj", "appos"} and c not in out]
    return out


def _describing_nouns() -> frozenset[str]:
    return reference_words("describing_nouns")


def described_antecedent(finder: ArgumentFinder, tok: Token) -> Actor | None:
    """(s21) The actor "the coalition", "the alliance", "the militia" stands for: the nearest
    one before it whose name ends in that noun ("the Three Brotherhood Alliance"), whose
    phrase has it for head ("the Viv Ansanm gang coalition"), or that the report described
    with it ("X, a coalition of gangs", "X is a militia"). Only "the" and the bare noun ("the
    rival coalition" may be another one); None where no actor was so named."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or lemma not in _describing_nouns():
        return None
    kids = [c for c in tok.children if c.i < tok.i]
    if [c.lower_ for c in kids] != ["the"]:
        return None
    doc = finder.doc
    best: Actor | None = None
    best_end = 0
    for s, e, actor in finder.mentions:
        if e > tok.left_edge.idx:
            break
        if actor.type == "person":
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span) and _named_with(span.root, span[-1], lemma):
            best, best_end = actor, e
    if best is None:
        return None
    # (s21) "... formed a new coalition. The coalition attacked": a nearer body told with the
    # noun and named by no actor is the one meant, not the older named one
    named = [(s, e) for s, e, _a in finder.mentions]
    # (the noun in the named one's own sentence describes it: "X is a coalition of ...")
    last = next((t for t in reversed(doc[: tok.left_edge.i]) if t.idx < best_end), tok)
    after = sentence_index(doc, last.i)
    for t in doc[: tok.left_edge.i]:
        if (
            t.idx >= best_end
            and sentence_index(doc, t.i) > after
            and t.pos_ == "NOUN"
            and t.lemma_.lower() == lemma
            and not any(s <= t.idx < e for s, e in named)
        ):
            return None
    return best


def _named_with(root: Token, last: Token, lemma: str) -> bool:
    """The mention (its ``root`` and ``last`` token) is named or described with ``lemma``:
    its last word, the head it modifies, its apposition, or its copula's attribute."""
    if last.lemma_.lower() == lemma or last.lower_ == lemma:
        return True
    head = root.head
    up = root
    while up.dep_ in {"compound", "nmod", "amod"} and up.head.i > up.i:
        up = up.head  # "the Viv Ansanm gang coalition": through the nouns before the head
    if up is not root and up.lemma_.lower() == lemma:
        return True
    if root.dep_ == "poss" and head.lemma_.lower() == lemma:
        return True  # "Hamas's coalition"
    if root.dep_ == "appos" and head.lemma_.lower() == lemma:
        return True  # "a coalition of gangs, Viv Ansanm"
    if any(c.dep_ == "appos" and c.lemma_.lower() == lemma for c in root.children):
        return True  # "Viv Ansanm, a coalition of gangs"
    return (
        root.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.dep_ == "attr" and c.lemma_.lower() == lemma for c in head.children)
    )  # "Viv Ansanm is a coalition"


def _owner_words() -> dict[str, frozenset[str]]:
    return {
        "holding_verbs": frozenset(holding_participles()),
        **{name: reference_words(name) for name in ("held_thing_nouns", "lapsed_holding_marks")},
    }


def object_owners(finder: ArgumentFinder, obj: Token) -> list[Token]:
    """(s21) The nouns of the sides a thing hit belongs to, beyond the one its phrase is
    resolved to: the "by" agents of a holding participle on it ("positions held by X and Y",
    "a base manned by X") and every member of the "of" phrase of a held thing ("a convoy of
    Nigerian soldiers and CJTF militiamen", "a MINUSMA convoy of Chadian peacekeepers")."""
    words = _owner_words()
    out = [
        g
        for a in obj.children
        if a.dep_ == "acl"
        and a.tag_ in {"VBN", "VBD"}
        and a.lemma_.lower() in words["holding_verbs"]
        # (s21) "a camp formerly held by X", "held by X until 2019": X holds it no more
        and not any(
            t.lower_ in words["lapsed_holding_marks"] for c in a.children for t in (c, *c.children)
        )
        for g in by_agents(a, conjuncts=True)
    ]
    if obj.lower_ in words["held_thing_nouns"] or obj.lemma_.lower() in words["held_thing_nouns"]:
        out += [
            t
            for p in obj.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children
            if g.dep_ == "pobj"
            for t in (g, *g.conjuncts)
        ]
    return out


def _backing_participles() -> frozenset[str]:
    return reference_words("backing_participles")


def stance_mention(doc: Doc, start: int, end: int, actor: Actor | None = None) -> bool:
    """(s22) The actor mention ``[start, end)`` follows a stance prefix glued by a hyphen
    ("pro-Shabaab websites", "an anti-Taliban militia", "counter-ISIS forces"), or is the one
    glued word ("Pro-Shabaab"): the phrase's body takes a side for or against the named actor
    and is never that actor, so the name is no party to what the body did or suffered. A
    mention of the whole phrase ("pro-government militias", the militias themselves) is kept,
    and so is a name that is itself so glued ("the anti-balaka", a group's own name: the
    ``actor``'s name or an alias holds the prefixed word)."""
    text = doc_text(doc)
    before = re.search(r"([A-Za-z]+)[-\u2010\u2011]\s?$", text[max(0, start - 16) : start])
    word = text[start:end]
    inside = (
        None if any(c.isspace() for c in word) else re.match(r"([A-Za-z]+)[-\u2010\u2011]", word)
    )
    prefixes = reference_words("stance_prefixes")
    glued = {m.group(1).lower() for m in (before, inside) if m is not None} & prefixes
    if not glued:
        return False
    if actor is not None:
        names = [_dehyphen(n) for n in (actor.name, *actor.aliases)]
        if any(re.search(rf"(?:^|\s){p}-", n) for n in names for p in glued):
            return False
    return True


def _dehyphen(name: str) -> str:
    """A name lower-cased with its hyphen variants as a plain hyphen."""
    return re.sub(r"[\u2010\u2011\u2013]", "-", name.lower())


def backing_mention(doc: Doc, end: int) -> bool:
    """(s21) The actor mention ending at character ``end`` is glued by a hyphen to a backing
    participle ("Saudi-backed forces", "Iran-funded militias"): the name is the backer of the
    phrase's body, no party to what the body did or suffered."""
    text = doc_text(doc)
    if end >= len(text) or text[end] not in "-‐‑":
        return False
    rest = text[end + 1 : end + 24]
    word = re.match(r"[A-Za-z]+", rest)
    return word is not None and word.group(0).lower() in _backing_participles()


def founded_group(tok: Token, finder: ArgumentFinder) -> str | None:
    """(trig, s16; moved here in s21 so that event_args needs no private helper of events)
    The group a FOUND cue tells the founding, split or merger of, when its clause names it
    out of the parser's reach ("The OLA, referred to as X, split from Y"; "The OLA split from
    the OLF", with "split" read as a noun)."""
    rules = finder.rules
    if tok.pos_ in {"VERB", "AUX"}:
        cands = [tok.head.head] if tok.dep_ == "conj" and tok.head.dep_ == "acl" else []
        if (broken := broken_passive(tok)) is not None:
            cands = [broken]
    else:
        cands = [c for c in tok.children if c.dep_ in {"compound", "poss", "nsubj"}]
    for c in cands:
        actor = finder.actor_in(*np_span(c), c) or finder.refer(c)
        if actor is not None and actor.type in (
            rules.words("group_types") | rules.words("founding_group_types")
        ):
            return actor.key
    return None


def broken_passive(tok: Token) -> Token | None:
    """(s18) The name a passive verb with no subject of its own tells of, when an aside
    between them broke the parse ("Viv Ansanm - "Living Together" in Creole - was formed in
    2023"): the proper name that opens the sentence."""
    if not any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ in {"acl", "relcl"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return None
    words = [t for t in tok.sent if not t.is_punct and not t.is_space]
    if not words or words[0].pos_ != "PROPN" or words[0].i >= tok.i:
        return None
    name = words[0]
    while name.i + 1 < tok.i and tok.doc[name.i + 1].pos_ == "PROPN":
        name = tok.doc[name.i + 1]
    return name


def split_sources(finder: ArgumentFinder, tok: Token) -> list[Token]:
    """(s23) The nouns of the group a split leaves, hit by the founding the split tells:
    "a faction that broke away from X", "split from X in 2012", "X, a 2010 breakaway from
    Y", "broke with X". The "from" phrase hangs on the trigger or on its particle ("away",
    "off"); a split planned, denied or wished for never reaches here (its modality is read
    elsewhere), and "merged with X" is no split (``split_away_words``)."""
    words = reference_words("split_away_words")
    if tok.lemma_.lower() not in words and tok.lower_ not in words:
        return []
    preps = set(reference_words("split_away_preps"))
    if tok.lemma_.lower() in reference_words("split_with_words"):
        preps.add("with")
    hosts = [tok, *(c for c in tok.children if c.dep_ in {"prt", "advmod"} and c.i > tok.i)]
    return [
        g
        for h in hosts
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}
    ]


def possessed_site_owner(finder: ArgumentFinder, obj: Token) -> Actor | None:
    """(s23) The side a held thing hit belongs to by its possessor: "an assault on his forest
    stronghold" (the group of the man "his" stands for), "overran their positions", "struck
    the group's camps" (the group "the group" stands for). Only things a side holds
    (``held_thing_nouns``: camps, bases, positions, convoys; not "their market" or "his
    house", which no armed side holds), and only an organisation or a person with a known
    group; a place named as possessor ("Mali's border post") names no side."""
    held = reference_words("held_thing_nouns")
    if obj.pos_ != "NOUN" or (obj.lemma_.lower() not in held and obj.lower_ not in held):
        return None
    for poss in (c for c in obj.children if c.dep_ == "poss"):
        actor = finder.actor_in(*np_span(poss), poss) or refer(finder, poss)
        if actor is None:
            continue
        if actor.type == "person":
            key = finder.person_groups.get(actor.key)
            return next((a for _s, _e, a in finder.mentions if a.key == key), None)
        if actor.type in finder.group_types or actor.type in STATE_TYPES:
            return actor
    return None


def merger_results(tok: Token) -> list[Token]:
    """(s23) The nouns of the group a merger made: "A and B merged into C", "the factions
    were folded into C" (the "into" phrase of a merger verb, ``merge_into_words``)."""
    if tok.pos_ not in {"VERB", "AUX"} or tok.lemma_.lower() not in reference_words(
        "merge_into_words"
    ):
        return []
    return [
        t
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "into"
        for g in c.children
        if g.dep_ == "pobj"
        for t in (g, *g.conjuncts)
    ]
