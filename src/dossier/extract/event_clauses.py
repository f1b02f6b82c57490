"""What an event trigger's clause names: the words for who acted, what was hit and where.

:func:`clause_words` reads them off the dependency parse, before they are resolved to
actors and roles: the subjects, "by" agents and possessors of the trigger (or of its light
verb, "carried out an attack"), its objects ("on/against", "set fire to", effect clauses,
blast sites) and the tokens whose "in/at/near" phrases may say where it happened. It takes
the document's :class:`~dossier.extract.event_args.ArgumentFinder` first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.extract.event_agree import agreement_words
from dossier.extract.event_effects import claim_of
from dossier.extract.event_objects import (
    attack_preps,
    attacked,
    blast_sites,
    dated_of,
    effect_patients,
    identified_victims,
    target_of,
)
from dossier.extract.event_parties import participle_agents, subjects, weapon_word
from dossier.extract.event_phrases import (
    PRONOUN_ORG,
    RELATIVE,
    held_munitions,
    participle_hosts,
    prep_objects,
    split_object,
)
from dossier.extract.event_places import place_in
from dossier.nlp.text import doc_text

if TYPE_CHECKING:
    from dossier.extract.event_args import ArgumentFinder

__all__ = ["ClauseWords", "clause_words"]


@dataclass
class ClauseWords:
    """The tokens of a trigger's clause that name its parties, objects and place hosts."""

    perps: list[Token]
    objects: list[Token]
    place_hosts: list[Token]
    claim: tuple[str | None, str | None] = (None, None)
    mediators: list[Token] = field(default_factory=list)


def clause_words(
    finder: ArgumentFinder, tok: Token, light: Token | None, type_id: str
) -> ClauseWords:
    """The words of trigger ``tok``'s clause (``light``: its light verb, if any)."""
    if tok.pos_ in {"VERB", "AUX"}:
        words = _verb_clause(finder, tok, type_id)
    elif type_id == "AGREE":
        parties, others, mediators, hosts = agreement_words(finder, tok)
        return ClauseWords(parties, others, hosts, mediators=mediators)
    else:
        words = _noun_clause(finder, tok, light, type_id)
    _add_between_sides(finder, tok, words)
    if (end := dateline_end(tok)) is not None:
        # "NAIROBI / MOMBASA – Five people were killed ...": the dateline's towns, which
        # the parser may make the subject, are where the report was filed (r6, s14)
        words.perps[:] = [p for p in words.perps if p.i >= end]
        words.objects[:] = [o for o in words.objects if o.i >= end]
    return words


_DATELINE_DASHES = frozenset({"–", "—", "-", "--"})


def dateline_end(tok: Token) -> int | None:
    """The index of the dash that ends a dateline opening ``tok``'s sentence ("BAHIR DAR,
    Ethiopia (AP) –"): a first word in capitals and no verb before a dash among the first
    twelve tokens; None where the sentence opens with no dateline."""
    sent = tok.sent
    first = next((t for t in sent if t.is_alpha), None)
    if first is None or not first.is_upper or len(first) < 2:
        return None
    for t in sent[: min(len(sent), 12)]:
        if t.text in _DATELINE_DASHES:
            return t.i if t.i > first.i and t.i < tok.i else None
        if t.pos_ in {"VERB", "AUX"}:
            return None
    return None


def _add_between_sides(finder: ArgumentFinder, tok: Token, words: ClauseWords) -> None:
    """ "clashes between X and Y", "fighting between X and Y": X and Y fought, the first
    as the side that acted, the others as the side it fought (as "X clashed with Y")."""
    combat = finder.rules.words("combat_nouns") | finder.rules.words("combat_verbs")
    # the trigger itself, or the fighting that killed: "fighting between X and Y killed 4"
    hosts = [tok] + [c for c in tok.children if c.dep_ in {"nsubj", "csubj"}]
    hosts += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    preps = [
        c
        for h in hosts
        if h.lemma_.lower() in combat
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "between"
    ]
    if (
        not preps
        and tok.dep_ == "nsubj"
        and tok.lemma_.lower() in combat
        and tok.head.lemma_.lower() in finder.rules.words("occurrence_verbs")
    ):
        # "fighting broke out between X and Y": the parser hangs the sides on the verb
        preps = [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "between"]
    for prep in preps[:1]:
        sides = [g for g in prep.children if g.dep_ == "pobj"]
        sides += [c for s in sides for c in s.conjuncts if c.pos_ in {"NOUN", "PROPN"}]
        if len(sides) < 2:
            continue
        # "fighting ... killed 4": the fighting is no party, its sides are
        words.perps[:] = [p for p in words.perps if p not in hosts]
        if not words.perps:
            words.perps.append(sides[0])
        words.objects.extend(s for s in sides[1:] if s not in words.objects)


def _release(finder: ArgumentFinder, tok: Token) -> bool:
    """The verb frees captives ("released", "freed")."""
    return finder.rules.verb_triggers.get(tok.lemma_.lower(), ("", None))[1] == "release"


def _release_parties(finder: ArgumentFinder, tok: Token) -> tuple[list[Token], list[Token]]:
    """Who released captives told in the passive, and to whom: "soldiers who had been held
    by the ELN were released to a commission made up of the Red Cross and the Church" (the
    captors named in the sentence before the verb; those the captives were handed to, the
    members of a body "made up of" them)."""
    rules = finder.rules
    captors = _captors(finder, tok)
    handed: list[Token] = []
    for body in prep_objects(tok, {"to"}):
        handed += [body, *body.conjuncts]
        handed += [
            m
            for t in body.subtree
            if t.dep_ == "pobj"
            and t.head.lower_ == "of"
            and t.head.head.lemma_.lower() in rules.words("composition_verbs")
            for m in (t, *t.conjuncts)
        ]
    return captors, handed


def _captors(finder: ArgumentFinder, tok: Token) -> list[Token]:
    """The "by" agents of the participles of captivity (``captivity_verbs``) told in the
    sentence before ``tok``: "men who had been held by the ELN since May, when they were
    seized" (who held them seized them, and releases them)."""
    return [
        g
        for t in tok.sent
        if t.i < tok.i
        and t.tag_ == "VBN"
        and t.lemma_.lower() in finder.rules.words("captivity_verbs")
        for a in t.children
        if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
        for g in a.children
        if g.dep_ == "pobj"
    ]


def _verb_clause(finder: ArgumentFinder, tok: Token, type_id: str) -> ClauseWords:
    """A verb trigger: its subjects, objects, "by" agents and the nouns it modifies."""
    perps: list[Token] = []
    objects: list[Token] = []
    place_hosts: list[Token] = [tok]
    if _reduced_passive(finder, tok):
        # "convoy of the governor ambushed near X": the subject was hit, no one attacked
        objects += subjects(finder, tok)
    else:
        perps += subjects(finder, tok)
    # "a missile fired by the Houthis killed three": who fired the weapon
    perps += participle_agents(finder, perps, "weapon_use_verbs")
    place_hosts += participle_hosts(tok)
    # "Israeli strikes on Gaza killed 30 people": what and where the strikes hit
    for p in perps:
        if p.lemma_.lower() in finder.rules.words("attack_subject_nouns"):
            place_hosts.append(p)
            objects += [
                g
                for c in p.children
                if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                for g in c.children
                if g.dep_ == "pobj"
            ]
    # (trig, s19) "a school was destroyed and five houses damaged": the gapped clause's
    # subject, parsed as a noun joined to the verb, was hit too
    objects += _gapped_patients(finder, tok)
    # (trig, s19) "killed three people: a teacher, a nurse and ...", "Also injured were two
    # guards and a driver": the people a count or an inverted passive lists
    objects += _listed_patients(tok)
    # (trig, s19) "set the bus ablaze", parsed with "bus" a compound of "ablaze": the noun
    # that splits a splittable phrase is its object
    objects += [
        obj
        for words, _type_mode in finder.rules.phrases_by_first_word.get(tok.lemma_.lower(), ())
        if " ".join(words) in finder.rules.words("gapped_phrases")
        and (obj := split_object(tok, words[-1])) is not None
        and obj.head.i != tok.i
    ]
    for c in tok.children:
        if c.dep_ in {"dobj", "nsubjpass"} and _munition_unit(finder, tok, c):
            continue  # (trig, s19) "placed dynamite sticks in the offices": the weapon
        if c.dep_ in {"dobj", "nsubjpass"}:
            objects.append(c)
            if type_id != "ASSAULT" and c.lemma_.lower() in finder.rules.words("talks_nouns"):
                # "suspended peace talks with the ELN": the other side of the talks
                partners = prep_objects(c, {"with"})
                objects += [*partners, *(j for g in partners for j in g.conjuncts)]
            if c.dep_ == "dobj" and (
                c.lower_ in finder.rules.verb_objects.get(tok.lemma_.lower(), {})
                or c.lemma_.lower() in finder.rules.words("attack_subject_nouns")
            ):
                # "launched an offensive against the FARDC and allied militias": whom the
                # attack named as the object was against
                objects += [
                    g
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
        elif (
            c.dep_ == "prep" and c.lower_ in {"after", "following", "amid"} and type_id == "ASSAULT"
        ):
            # "seized the town after two days of clashes with the army and allied militias":
            # the side it fought
            for n in (g for g in c.children if g.dep_ == "pobj"):
                fights = [n] + [
                    h
                    for p in n.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for h in p.children
                    if h.dep_ == "pobj"
                ]
                objects += [
                    g
                    for f in fights
                    if f.lemma_.lower() in finder.rules.words("combat_nouns")
                    for w in f.children
                    if w.dep_ == "prep" and w.lower_ == "with"
                    for g in w.children
                    if g.dep_ == "pobj"
                ]
        elif ordered := ordered_by(finder, c):
            perps += ordered  # "killed on the orders of gang leader X": X had it done
        elif c.dep_ == "agent" or (
            c.dep_ == "prep" and c.lower_ == "by" and tok.tag_ == "VBN"
        ):  # "murdered last Friday by uniformed individuals"
            perps += [p for p in c.children if p.dep_ == "pobj" and not weapon_word(finder, p)]
        elif c.dep_ == "prep" and c.lower_ in attack_preps(finder, type_id):
            # "On 2 March ADF fighters captured ...": the date's "on" holds who acted;
            # (trig, s19) "set the hall on fire": "on fire" is the trigger's phrase
            objects += [
                p
                for p in c.children
                if attacked(finder, p) and p not in perps and not _phrase_part(finder, tok, c, p)
            ]
        elif (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and tok.lemma_.lower() in finder.rules.words("combat_verbs")
        ):  # "clashed with ISSP near Anderamboukane": the other side
            objects += [p for p in c.children if p.dep_ == "pobj"]
        elif (
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(d.dep_ == "dobj" and d.lower_ == "fire" for d in tok.children)
        ):  # "set fire to the offices"
            objects += [p for p in c.children if p.dep_ == "pobj"]
        elif (
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(d.lower_ in {"together", "along"} for d in c.children)
            and any(d.dep_ in {"nsubjpass", "dobj"} and d.i < c.i for d in tok.children)
        ):  # "killed its chief, together with his deputy": both were killed
            objects += [p for p in c.children if p.dep_ == "pobj"]
        elif (
            c.dep_ == "prep"
            and c.lower_ == "along"
            and any(d.dep_ in {"nsubjpass", "dobj"} and d.i < c.i for d in tok.children)
        ):  # "killed the spokesman along with his driver", "with" hung on "along"
            objects += [
                g
                for w in c.children
                if w.dep_ == "prep" and w.lower_ == "with"
                for g in w.children
                if g.dep_ == "pobj"
            ]
        elif (
            c.dep_ == "prep"
            and c.lower_ == "alongside"
            and any(d.dep_ == "nsubjpass" for d in tok.children)
        ):  # "al-Muhandis was killed alongside Qassem Soleimani": both were killed
            objects += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in {"in", "during"}:
            # "was killed in a confrontation with the Gran Grif gang": the other side
            perps += [
                g
                for n in c.children
                if n.dep_ == "pobj" and n.lemma_.lower() in finder.rules.words("combat_nouns")
                for g in prep_objects(n, {"with"})
            ]
    objects += _subject_in_source(tok)
    # "ambushed a fuel convoy escorted by FAMa": the escort was attacked too
    objects += participle_agents(finder, objects, "escort_verbs")
    if tok.dep_ in {"xcomp", "oprd"} and tok.tag_ == "VBN":
        # "its leader was reported killed": the subject of the report is who was killed
        objects += [c for c in tok.head.children if c.dep_ == "nsubjpass"]
    if (
        tok.dep_ in {"amod", "acl"}
        and (tok.tag_ == "VBN" or (tok.dep_ == "acl" and tok.tag_ == "VBD"))
        and tok.head.pos_ != "VERB"
    ):
        # "the assassinated Carlos Pizarro", "the houses destroyed by the bomb"
        noun = tok.head
        remains = [
            g
            for c in noun.children
            if c.dep_ == "prep"
            and c.lower_ == "of"
            and noun.lemma_.lower() in finder.rules.words("remains_nouns")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if type_id == "FOUND":
            noun = described_name(noun)
        if (
            tok.dep_ == "acl"
            and tok.tag_ in {"VBN", "VBD"}
            and any(c.dep_ == "dobj" for c in tok.children)
            and not remains
        ):
            # (s18) "a strike carried out by a task force killed five gang members": a
            # participle with an object of its own is an active verb the parser hung on
            # the noun before it, its subject
            perps.append(noun)
        else:
            # "the bodies of the Jesuits murdered ...": the Jesuits were murdered
            objects += remains or [noun]
        # "murdered last Friday by uniformed individuals", the "by" hung on the noun
        perps += [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i
            for g in c.children
            if g.dep_ == "pobj" and not finder.rules.weapon_mode(g.lemma_.lower())
        ]
    if type_id == "RETREAT":
        # "suspended its operations against US forces": whom the halted operations were against
        objects += [
            g
            for o in list(objects)
            for c in o.children
            if c.dep_ == "prep" and c.lower_ in {"against", "on"}
            for g in c.children
            if g.dep_ == "pobj"
        ]
    if (
        type_id == "ASSAULT"
        and not perps
        and tok.tag_ == "VBN"
        and tok.lemma_.lower() in finder.rules.words("captivity_verbs")
        and any(c.dep_ == "auxpass" for c in tok.children)
    ):
        # "soldiers who had been held by the ELN since May 30, when they were seized"
        perps += _captors(finder, tok)
    if type_id == "RETREAT" and _release(finder, tok):
        captors, handed = _release_parties(finder, tok)
        if not perps:
            perps += captors
        objects += handed
    if type_id == "PLEDGE":
        # "pledged allegiance to Abu Bakr al-Baghdadi": who receives the pledge
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        objects += [
            g
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        # "pledged allegiance to IS": the parser may read the name as a verb after an
        # infinitive "to" (r6, s14)
        objects += [
            c
            for h in heads
            for c in h.children
            if c.dep_ == "xcomp"
            and c.i > 0
            and c.doc[c.i - 1].lower_ == "to"
            and (c.ent_type_ or c.is_upper or c.is_title)
        ]
    place_hosts += objects
    objects += effect_patients(finder, tok) + blast_sites(finder, tok)
    # (trig, s19) "a school was torched and two clinics looted": the subject of a gapped
    # passive clause suffered a deed, it did none
    gapped = {c.i for c in _gapped_subjects(tok)}
    if _gapped_passive(tok):  # "... and two clinics looted", parsed with its own subject
        gapped |= {c.i for c in tok.children if c.dep_ == "nsubj"}
        objects += [c for c in tok.children if c.dep_ == "nsubj"]
    perps = [p for p in perps if p.i not in gapped]
    return ClauseWords(perps, objects, place_hosts)


def _gapped_passive(verb: Token) -> bool:
    """Whether a verb is the participle of a gapped passive clause ("a school was torched and
    two clinics looted"): a past participle joined to a passive verb, with no auxiliary and
    no object of its own, so its subject suffered the deed."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children)
    )


def _reduced_passive(finder: ArgumentFinder, verb: Token) -> bool:
    """ "two guards killed in the ambush", "- 9 May: convoy of the governor ambushed near X",
    "drone hits a car; the driver killed" (a headline's clause of its own before it):
    a verb that always takes what it hits as its object (``object_required_verbs``), told in
    the past with a subject of its own and no object, agent, complement or joined verb that
    holds its object, is a passive with its auxiliary left out: the subject was hit."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.lemma_.lower() not in finder.rules.words(
        "object_required_verbs"
    ):
        return False
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in kids):
        return False
    if any(
        c.dep_ in {"dobj", "dative", "attr", "oprd", "agent", "aux", "auxpass"}
        # (s22c) "- 3 May — drone hits a car; two guards killed": a clause before the verb,
        # hung on it across a semicolon or dash, is no complement holding its object
        or (c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i)
        or (c.dep_ == "prep" and c.lower_ == "by")
        or (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})
        for c in kids
    ):
        return False
    # "gunmen stormed and killed five": the object the parser gave the first verb only
    return not (verb.dep_ == "conj" and any(c.dep_ == "dobj" for c in verb.head.children))


def _agent_noun(finder: ArgumentFinder, tok: Token) -> bool:
    """A "by" object that can be who acted: not a weapon, a time or a place ("by the
    river")."""
    if tok.ent_type_ in {"DATE", "TIME"} or weapon_word(finder, tok):
        return False
    if finder.actor_in(tok.idx, tok.idx + len(tok), tok) is not None:
        return True
    return tok.pos_ in {"NOUN", "PROPN"} and place_in(finder, tok.idx, tok.idx + len(tok)) is None


def _repelled(finder: ArgumentFinder, verb: Token) -> bool:
    """A verb of fending off an attack: "repelled", "thwarted", "beat back", "fended off"."""
    lemma = verb.lemma_.lower()
    if lemma not in finder.rules.words("repel_verbs"):
        return False
    if lemma in {"beat", "push", "fend"}:
        return any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in {"back", "off"} for c in verb.children
        )
    return True


def ordered_by(finder: ArgumentFinder, prep: Token) -> list[Token]:
    """ "on the orders of gang leader X", "under the command of X", "at the behest of X":
    who ordered what the clause tells (``order_nouns``), never what was hit."""
    if prep.dep_ not in {"prep", "agent"} or prep.lower_ not in {"on", "under", "at", "upon", "by"}:
        return []
    return [
        g
        for n in prep.children
        if n.dep_ == "pobj" and n.lemma_.lower() in finder.rules.words("order_nouns")
        for g in prep_objects(n, {"of"})
    ]


def _charged_in_which(finder: ArgumentFinder, noun: Token) -> list[Token]:
    """ "the murder of four nuns, in which a major and two sergeants are being prosecuted":
    who a relative clause on the attack noun (or, misparsed, on its victims) says is charged
    "in" or "for" it is who is suspected of the attack."""
    rules = finder.rules
    charge = rules.words("suspect_verbs") | rules.words("involvement_participles")
    hosts = [noun] + [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    out: list[Token] = []
    for host in hosts:
        for verb in host.children:
            if verb.dep_ != "relcl" or verb.lemma_.lower() not in charge:
                continue
            if not any(
                p.dep_ == "prep"
                and p.lower_ in {"in", "for", "of", "with"}
                and any(g.lower_ in {"which", "whom"} for g in p.children)
                for p in verb.children
            ):
                continue
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            out += [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    return out


def _subject_in_source(verb: Token) -> list[Token]:
    """ "According to sources from the Curia, the Jesuit A, rector of the university, and
    five other priests were murdered": a passive verb left with no subject, the parser having
    hung it on the source phrase after the comma that closes that phrase, is told of the
    nouns so hung (and the nouns joined to them)."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(
        c.dep_ in {"nsubj", "nsubjpass", "csubjpass"} for c in verb.children
    ):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lemma_.lower() != "accord" or prep.i > verb.i:
            continue
        words = list(prep.subtree)
        comma = next((t.i for t in words if t.text == ","), None)
        if comma is None:
            continue
        roots = [
            t
            for t in words
            if t.i > comma
            and t.head.i < comma
            and t.pos_ in {"NOUN", "PROPN"}
            and t.dep_ in {"conj", "appos"}
        ]
        return [*dict.fromkeys(u for t in roots for u in (t, *t.conjuncts) if u.i > comma)]
    return []


def described_name(noun: Token) -> Token:
    """ "Ansaru, a splinter of Boko Haram founded in 2012", "the FLA, a coalition of separatist
    groups formed in 2024": the parser hangs the participle on the last noun, but what it
    describes is the name the apposition stands for."""
    cur = noun
    while cur.dep_ in {"pobj", "prep"} and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ == "appos":
        return cur.head
    return noun


def name_before(finder: ArgumentFinder, verb: Token) -> Token | None:
    """(s22) The name a founding participle or relative clause describes when the parser
    missed the apposition: "..., members of the Khor Alliance (KA), a coalition formed in
    2019 that ..." (the noun read as a predicate), "the Sahel Pact (SP) formed in 2021" (the
    participle read as an adverbial clause), "the Red Hand group, a faction that split from
    the Blue Front in 2016" (a relative on the apposed noun). The described noun must be a
    group noun; a bare participle must follow the name at once, with no subject of its own.
    Returns the last token of the name, or None."""
    doc = verb.doc
    if any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} and c.lower_ not in RELATIVE
        for c in verb.children
    ):
        return None
    if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN":
        nouns = finder.rules.words("group_nouns") | finder.rules.words("founded_nouns")
        if verb.head.lemma_.lower() not in nouns:
            return None
        first = verb.head.left_edge
        if first.i < 2 or doc[first.i - 1].text != ",":
            return None
        last = doc[first.i - 2]
    elif verb.tag_ == "VBN" and verb.dep_ in {"advcl", "acl", "conj"} and verb.i > 0:
        last = doc[verb.i - 1]
    else:
        return None
    if last.text == ")":
        # "the Sahel Pact (SP)": the name before its acronym
        opening = next((t for t in reversed(doc[: last.i]) if t.text == "("), None)
        if opening is None or last.i - opening.i > 4 or opening.i == 0:
            return None
        last = doc[opening.i - 1]
    if last.is_punct or last.sent != verb.sent:
        return None
    # the word before the comma must end a name the report gives, or be glued to one (a name
    # the recogniser cut at a hyphen, "Jund Khalid-Omar"): "Police arrested the ADF's
    # recruiters, a network formed in 2019" is the recruiters' network, not the ADF
    text = doc_text(doc)
    if not any(
        s <= last.idx and (last.idx < e or not any(c.isspace() for c in text[e : last.idx]))
        for s, e, _a in finder.mentions
    ):
        return None
    return last


def blamed_on(finder: ArgumentFinder, noun: Token) -> bool:
    """ "blamed the strike on X": the parser hangs "on X" on the attack noun, but X is who is
    blamed for it."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in finder.rules.words("blame_verbs")


def _enterprise(finder: ArgumentFinder, tok: Token) -> bool:
    """A company, school or hospital named before an attack noun ("the TUSAS attack", "the
    Delta Steel bombing") is what was attacked: such bodies (``enterprise_name_words``, the
    last words of their names) attack no one."""
    actor = finder.actor_in(tok.idx, tok.idx + len(tok), tok)
    if actor is None:
        return False
    words = finder.rules.words("enterprise_name_words")
    if actor.type in {"organization", "company", "business"} and any(
        w.lower() in words for w in actor.name.split()
    ):
        return True
    # "the Jaffar Express hijacking", "the Corinthia Hotel attack": a name the gazetteer
    # lacks, in a compound before the attack noun, names what was attacked (or the incident);
    # a known armed group ("the ISKP attack") or a name that calls itself one ("the Mujahideen
    # Brigade attack", ``armed_name_words``) attacked
    if tok.dep_ != "compound" or not actor.key.startswith("new:") or actor.type == "armed_group":
        return False
    armed = finder.rules.words("armed_name_words")
    return not any(w.lower().strip(".,") in armed for w in actor.name.split())


def _compound_modifiers(finder: ArgumentFinder, tok: Token) -> list[Token]:
    """(s22c) "Turkish drone strike", "an Israeli drone attack": the parser hangs the
    demonym on the weapon noun compounded with the trigger; the trigger's modifier all the
    same. Only a modifier before the compound, and only on a weapon noun (``weapons``): the
    modifier of a place or a body compounded with the trigger names what was hit ("a
    Kenyan police station attack", "an army convoy ambush"), not who hit it."""
    return [
        g
        for c in tok.children
        if c.dep_ == "compound" and c.i < tok.i and weapon_word(finder, c)
        for g in c.children
        if g.dep_ in {"amod", "compound"} and g.i < c.i
    ]


def _noun_clause(
    finder: ArgumentFinder, tok: Token, light: Token | None, type_id: str
) -> ClauseWords:
    """A noun trigger: its possessors and modifiers, "by/on/against" phrases, light verb."""
    perps: list[Token] = []
    objects: list[Token] = []
    place_hosts: list[Token] = [tok]
    for c in (*tok.children, *_compound_modifiers(finder, tok)):
        # "ISIS's attack", "an al-Shabaab bombing", "an Israeli airstrike"
        if c.dep_ in {"poss", "compound", "amod"} and (
            finder.actor_in(c.idx, c.idx + len(c), c) or c.lower_ in PRONOUN_ORG
        ):
            if _enterprise(finder, c):
                objects.append(c)  # "the TUSAS attack": the company was attacked
            else:
                perps.append(c)
        elif ordered := ordered_by(finder, c):
            perps += ordered  # "the massacre on the orders of X"
        elif c.dep_ == "prep" and c.lower_ == "by":
            perps += [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in {"on", "against", "of"}:
            if c.lower_ == "on" and blamed_on(finder, tok):
                continue  # "blamed the strike on the army": the army is blamed, not hit
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.ent_type_ in {"DATE", "TIME"}:
                    # "the attack on 15 December in Medellin": when (and where)
                    place_hosts.append(p)
                else:
                    objects.append(p)
    gov = tok.head
    if (
        light is None
        and tok.dep_ == "dobj"
        and not any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)
        and not any(c.dep_ in {"auxpass", "agent"} for c in gov.children)
    ):
        # "recalled the abduction in 2021 of 17 missionaries by the 400 Mawozo": the parser
        # hangs the event noun's "of" and "by" phrases on the active verb governing it
        for c in gov.children:
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ in {"by", "of"}:
                pobjs = [g for g in c.children if g.dep_ == "pobj"]
                if c.lower_ == "of":
                    objects += [g for g in pobjs if g.ent_type_ not in {"DATE", "TIME"}]
                else:
                    perps += [g for g in pobjs if _agent_noun(finder, g)]
    if type_id == "ASSAULT":
        # "the abduction of 17 missionaries by the 400 Mawozo", "by" hung on the victims
        perps += [
            g
            for o in (*objects, *dated_of(tok))
            if o.dep_ == "pobj" and o.head.lower_ == "of"
            for c in o.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for g in c.children
            if g.dep_ == "pobj" and _agent_noun(finder, g)
        ]
    if light is None and tok.dep_ == "dobj" and _repelled(finder, gov):
        # "its forces repelled an RSF assault on X": the forces were attacked
        objects += subjects(finder, gov)
    if light is None and tok.dep_ == "nsubjpass" and _repelled(finder, gov):
        # (s17) "the attack was repelled by the army and allied militias": who repelled it
        # was attacked, each of them
        # ("repelled after several hours by the army": the parser may hang "by" on the
        # time phrase before it)
        hosts = [gov] + [
            g for c in gov.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
        defenders = [
            g
            for h in hosts
            for c in h.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children
            if g.dep_ == "pobj" and _agent_noun(finder, g)
        ]
        objects += [d for g in defenders for d in (g, *g.conjuncts) if d not in objects]
    if light is not None:
        if tok.dep_ == "nsubjpass":
            perps += [
                g
                for c in light.children
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
                for g in c.children
                if g.dep_ == "pobj"
            ]
        else:
            perps += subjects(finder, light)
            # "led the siege together with the Abu Sayyaf", "alongside X": X acted too
            for c in light.children:
                joint = c.lower_ == "alongside" or (
                    c.lower_ == "with"
                    and any(g.lower_ in {"together", "jointly"} for g in c.children)
                )
                if c.dep_ == "prep" and joint:
                    perps += [p for p in c.children if p.dep_ == "pobj"]
        place_hosts.append(light)
        # "laid siege to the hotel", "mounted an attack on the base"
        for c in light.children:
            if c.dep_ == "prep" and c.lower_ in {"on", "against", "to"}:
                objects += [p for p in c.children if p.dep_ == "pobj"]
    elif (
        tok.dep_ == "pobj"
        and gov.lower_ == "under"
        and gov.head.lemma_.lower() in finder.rules.words("under_attack_verbs")
    ):
        # (ev, s15) "the patrol came under fire from X": the subject was attacked, "from X"
        # (on the verb or on the noun) attacked it
        verb = gov.head
        for s in subjects(finder, verb):
            if place_in(finder, s.idx, s.idx + len(s)):
                place_hosts.insert(0, s)
            else:
                objects.append(s)
        perps += [
            g
            for c in (*verb.children, *tok.children)
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        place_hosts.append(verb)
    elif tok.dep_ == "dobj" and gov.lemma_.lower() in finder.rules.words("undergo_verbs"):
        for s in subjects(finder, gov):
            if place_in(finder, s.idx, s.idx + len(s)):
                place_hosts.insert(0, s)
            else:
                objects.append(s)
        place_hosts.append(gov)
    elif (
        tok.dep_ == "pobj"
        and gov.head.dep_ == "prep"
        and gov.head.head.lemma_.lower() == "responsibility"
    ):
        pass
    # "the killing of the mayor, carried out by uniformed men": who performed it
    perps += participle_agents(finder, [tok], "perform_verbs")
    if type_id == "ASSAULT" and not perps:
        # "a terrorist attack", "the guerrilla ambush": the attackers, named by their kind
        perps += [
            c
            for c in tok.children
            if c.dep_ in {"amod", "compound"}
            and c.lemma_.lower() in finder.rules.words("attacker_adjectives")
        ]
    if type_id == "ASSAULT":  # "an assault on Bamako"
        perps += _charged_in_which(finder, tok)
        place_hosts += [o for o in objects if o not in place_hosts]
        objects += identified_victims(tok) + target_of(tok)
    objects += effect_patients(finder, tok) + blast_sites(finder, tok)
    return ClauseWords(perps, objects, place_hosts, claim_of(finder, tok))


def _phrase_part(finder: ArgumentFinder, verb: Token, prep: Token, obj: Token) -> bool:
    """Whether a preposition and its object finish a phrase the verb begins ("set the hall
    on fire"): part of the trigger, no target."""
    return any(
        words[1:] == (prep.lower_, obj.lemma_.lower())
        for words, _type_mode in finder.rules.phrases_by_first_word.get(verb.lemma_.lower(), ())
    )


def _munition_unit(finder: ArgumentFinder, verb: Token, obj: Token) -> bool:
    """Whether a verb's object counts or holds a munition the verb's object triggers name
    ("placed dynamite sticks", "planted ten sticks of dynamite"): the weapon, no target."""
    cues = finder.rules.verb_objects.get(verb.lemma_.lower(), {})
    units = finder.rules.words("munition_unit_nouns")
    return any(m in cues for m in held_munitions(verb, obj, units))


def _gapped_patients(finder: ArgumentFinder, verb: Token) -> list[Token]:
    """The subjects of gapped passive clauses joined to a passive deed ("a bank was bombed
    and two shops damaged", "three were killed and nine wounded"): a noun joined to the verb
    that a participle of harm describes."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    rules = finder.rules
    # participles of harm only: "two were wounded and a suspect arrested" hit no suspect
    harm = (
        rules.words("damage_verbs")
        | rules.words("injury_verbs")
        | rules.words("fatality_verbs")
        | {
            v
            for v, (type_id, mode) in rules.verb_triggers.items()
            if (type_id, mode) == ("ASSAULT", "destroy")
        }
    )
    return [
        c
        for c in _gapped_subjects(verb)
        if any(g.dep_ == "acl" and g.tag_ == "VBN" and g.lemma_.lower() in harm for g in c.children)
    ]


def _gapped_subjects(verb: Token) -> list[Token]:
    """The subjects of gapped passive clauses joined to a passive verb ("a bank was bombed and
    two shops looted"): a noun joined to the verb that a past participle describes."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}
        and any(g.dep_ == "acl" and g.tag_ == "VBN" for g in c.children)
    ]


def _listed_patients(verb: Token) -> list[Token]:
    """The people a verb's counted object lists after a colon ("killed three people: a
    teacher, a nurse and a farmer"), and the subject of an inverted passive ("Also wounded
    were two guards and a driver", parsed as the auxiliary's attribute)."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "auxpass" and c.i < verb.i:
            continue  # "two guards were wounded": the subject is read as such
        if c.dep_ == "auxpass":
            out += [g for g in c.children if g.dep_ == "attr"]
        elif c.dep_ in {"dobj", "nsubjpass"} and (
            c.tag_ in {"NNS", "NNPS"} or any(g.dep_ == "nummod" for g in c.children)
        ):
            colon = [g.i for g in c.children if g.dep_ == "punct" and g.lower_ == ":"]
            out += [g for g in c.children if g.dep_ == "appos" and colon and min(colon) < g.i]
    return out
