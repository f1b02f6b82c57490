"""Quantities: strength and activity estimates ("between 7,000 and 12,000 fighters").

For every number phrase of a sentence (:func:`~dossier.extract.common.find_counts`):

1. the measure is the counted noun after it ("2,500 *fighters*", "several hundred terrorist
   *attacks*"), a verb of harm next to it ("*killed* at least 21 people"), or the noun of a
   "the number of N ... ranged from A to B" / "N's strength stood at A" construction before
   it; measures and their cue lemmas come from ``ontology/quantities.yaml`` (plus
   ``data/extract/quantity_cues.yaml``);
2. counts of event measures (killed, injured, arrested, kidnapped, displaced, casualties) are
   kept only when the clause aggregates over a period ("since 2017", "per year", "in
   2023"; for displacement any date longer than a day, "newly displaced in May"): the toll
   of one incident is the fatalities of that event, not a quantity; standing totals of
   displaced people ("300,000 refugees", "the total number of IDPs") are always kept; the
   tolls of single incidents are kept too (every stated count of people killed, injured,
   abducted, missing or displaced, one per source's figure, not under a threat, plan, modal or
   negation), whose
   subject is the actor whose own people they are, never the perpetrator or the source
   (:mod:`~dossier.extract.quantity_tolls`);
3. the subject is the actor in the noun phrase ("ISKP fighters", "the number of JNIM
   fighters"), else the subject of the clause ("it has about 2,500 fighters", with "it"
   resolved), else the nearest preceding actor that is a sentence subject (not the speaker
   of a reported clause); people harmed in a passive clause take the actor of its "by"
   phrase, fighters met in a clash belong to the other side, and a war between two sides
   kills for neither alone;
4. the period is the nearest timex or period phrase of the clause ("in the first years of
   its existence", "after the Taliban takeover"), with a rate ("per year") when stated.

Figures alone in a cell of a Markdown table row are read as "label: figure"
(:func:`_table_quantities`): "| TTP fighters in Afghanistan | 6,000–6,500 | UN Monitoring
Team, July 2023 |".

Beside the counted noun, the verb says what happened to the people counted ("*recruited*
1,000 new fighters" are recruits, "300 fighters *surrendered*" or "*left its ranks*" are
``surrendered``, "*deployed* 2,500 personnel" are troops ``deployed``, "took its 25 crew
members" after a hijacking are ``kidnapped``, "*fired* 30 rockets" is one salvo, kept only
over a period), a currency sign or word makes money (``funding``; a ``ransom`` where a
ransom word stands beside it: "demanded a ransom of 50 million naira", "paid $2 million in
ransoms to bandits", the payee's), and a verb of counting takes its subject's noun ("ISWAP
fighters *number* 3,000"). A figure before "strong" is the strength of the body it qualifies
("the 2,500-strong police mission", that body's actor or none), as are the people of a
force ("Haiti's police force of about 9,000 officers"). A percentage of a place a verb of
control holds is a ``territory_share`` ("the gangs control about 80 percent of the
capital"). A figure with no noun of its own
counts what the nearest figure counts: "ISWAP has 4,000 fighters, while JAS has *fewer than
1,500*", "6,000 fighters, up from *1,000* in 2021", "some sources put *the figure* as low as
20,000" (also from the sentences before); a figure in a sentence naming no actor continues
the subject of the one before.

Conventions for vague numbers follow ACLED as recorded in the ontology: "dozens" 12–99,
"several hundred" 200–999, "over 140" low 140 and no high; bare "many", "some", "several"
are too vague to record. ``approximate`` is true for any figure that is not an exact count.

This module runs the stage; the measures (steps 1 and 2) are found by
:mod:`~dossier.extract.quantity_measures`, the subjects (step 3) by
:mod:`~dossier.extract.quantity_subjects`, and figures without a noun of their own (money,
elliptical and anaphoric figures) are recognised by :mod:`~dossier.extract.quantity_figures`;
whose people a figure counts is then checked against the structure around it (an outlet owns
no recruits, "most of them X volunteers", "others" after a toll, another account of the same
incident, the target a table row names: :mod:`~dossier.extract.quantity_owners`).

Example::

    qs = extract_quantities(doc, actors, timexes)
    [(q.subject, q.measure, q.low, q.high) for q in qs]
    # [('al_shabaab', 'fighters', 7000.0, 12000.0)]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, lru_cache, partial

from spacy.tokens import Doc, Token

from dossier.extract.common import (
    ARMED_TYPES,
    GROUP_TYPES,
    Count,
    SentenceView,
    Slot,
    anchor_of,
    clause_bounds,
    clause_period,
    find_counts,
    is_heading,
    load_data,
    parse_count,
    resolve_reference,
    sentence_views,
)
from dossier.extract.event_args import ArgumentFinder
from dossier.extract.lexicon import alternation
from dossier.extract.quantity_companions import companion_owner, companions
from dossier.extract.quantity_figures import (
    context_cues,
    donor_figure,
    figure_cell,
    gapped_subject,
    is_anaphoric,
    is_elliptical,
    is_money,
    is_ransom,
    is_reward,
)
from dossier.extract.quantity_measures import (
    HARM_MEASURES,
    cue_regex,
    cue_set,
    difference_figure,
    governing_verb,
    measure_after,
    measure_before,
    measure_of_change,
    measure_of_estimated_force,
    measure_of_label,
    measure_of_subject,
    measure_of_verb,
    people_word,
    strength_head,
    token_at,
    unrealised_verb,
    verb_measure_lemmas,
    word_lemmas,
)
from dossier.extract.quantity_owners import (
    another_incident,
    bare_toll_cell,
    compared_owner,
    elided_people,
    line_row_target,
    more_of_same,
    row_target,
    same_incident_period,
    same_people,
    separate_incident,
    share_owner,
    source_note,
    speaker_owner,
)
from dossier.extract.quantity_paragraph import acting_group, group_finder, insurgent_noun
from dossier.extract.quantity_sides import FORCE_KINDS, PARAGRAPH_BREAK
from dossier.extract.quantity_subjects import (
    anaphor_group,
    figure_subject,
    joined_group,
    passive_agent,
    payee,
    striker,
)
from dossier.extract.quantity_tolls import (
    acting_subject,
    counted_noun,
    named_in_phrase,
    toll_measures,
    toll_sources,
    toll_subject,
    unrealised,
)
from dossier.extract.tables import PipeRow, aligned_rows, label_rows, pipe_rows
from dossier.nlp.text import doc_text
from dossier.records import Actor, Anchor, Quantity, Timex

__all__ = ["extract_quantities"]


# words before a count that make it part of a count given before
_PART_OF = re.compile(r"\b(?:including|among|amongst|among\s+them)\s+$", re.IGNORECASE)

# a relative clause between a figure and a date: the date is the clause's, not the figure's
_RELATIVE = re.compile(r",\s*(?:who|whom|which|whose)\b", re.IGNORECASE)

# "put the toll at six", "the death toll was higher": a figure that stands for a toll
_TOLL = re.compile(r"\btolls?\b[^\d.;]{0,30}$", re.IGNORECASE)

# "put the figure at more than thirty": after a toll, a figure that stands for the dead, not
# for the wounded counted last
_PUT_FIGURE = re.compile(
    r"\b(?:put|puts|putting|placed?|places)\s+the\s+(?:figure|number|count)\b[^\d.;]{0,30}$",
    re.IGNORECASE,
)

# "put the toll at", "placed the number of dead at": the verb of a source that puts a figure,
# opening the figure's phrase or anywhere in the clause before it
_PUT_AT = re.compile(r"\b(?:put|puts|putting|placed?|places)\b", re.IGNORECASE)

# a period phrase of a word and another ("since put the death"), whose second may be a verb
_VERB_PERIOD = re.compile(r"(?:since|after|before)\s+[a-z]+\b")

# actors of the state: what they seize is no arsenal of theirs
_STATE_TYPES = frozenset({"state_forces", "government", "state"})

# tolls whose parts ("14 injured, including two children") are no figures of their own
_TOLL_PARTS = frozenset({"killed", "injured", "casualties"})

_LONG_PRECISIONS = frozenset({"month", "season", "quarter", "year", "decade", "century"})


# measures of a group's own strength and holdings, whose subject a name may give
_NAMED_MEASURES = frozenset({"fighters", "members", "weapons", "cells", "recruits"})


def _actor_names(actors: Sequence[Actor]) -> dict[str, str]:
    """Lower-case names of the document's groups → actor key: each actor's own name first,
    then aliases and the words of its mentions where they name one actor only."""
    out: dict[str, str] = {}
    for a in actors:
        if a.type != "person":
            out.setdefault(a.name.lower(), a.key)
    others: dict[str, set[str]] = {}
    for a in actors:
        if a.type == "person":
            continue
        for n in (*a.aliases, *(m.text for m in a.mentions)):
            others.setdefault(n.lower(), set()).add(a.key)
    for n, keys in others.items():
        if n not in out and len(keys) == 1:
            out[n] = next(iter(keys))
    return out


def _named_subject(head: Token, names: dict[str, str]) -> str | None:
    """The group a proper name gives as the subject of the figure's verb, or as the antecedent
    of its relative clause ("Radaa, which is estimated to field 5,000 men"), looked up among
    the document's actor names."""
    verb: Token | None = head
    for _ in range(4):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for _ in range(3):
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            name = subj[0]
            if name.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
                name = verb.head
            if name.pos_ != "PROPN":
                return None
            words = [t for t in name.subtree if t.i <= name.i and t.dep_ in ("compound", "det")]
            text = " ".join(t.text for t in [*words, name] if t.lower_ != "the")
            return names.get(text.lower())
        if verb.dep_ not in ("xcomp", "conj"):
            return None
        verb = verb.head
    return None


def _insurgent_taker(counted: Token | None) -> Token | None:
    """The generic noun of insurgents ("the assailants", "the militants") that is the subject
    of the verb the counted noun is the object of ("the raiders drove away two
    pickup trucks"), else None."""
    verb = governing_verb(counted) if counted is not None else None
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not insurgent_noun(subj):
        return None
    dets = cue_set("insurgent_taker_dets")
    if not any(c.dep_ == "det" and c.lower_ in dets for c in subj.children):
        return None  # "gunmen seized six rifles": nobody's in particular
    return subj


def _held_people(
    doc: Doc, view: SentenceView, count: Count, fighters: bool = False
) -> tuple[str, Token] | None:
    """(s22) People a verb of holding keeps captive (``captive_holding_verbs``: "gunmen held
    60 bus passengers overnight", "six policemen were held by a mob", "dozens were held
    without charge"): taken (``kidnapped``) where the holder is no
    state ("its fighters", "a crowd", an armed group), ``arrested`` where it is a state force
    or government, or where no holder is named but a word of custody is ("without charge",
    ``custody_cues``). None for anything else ("held 200 positions", "held talks", "the
    fighters held by the army" with no count of people, a holder of neither kind).
    ``fighters``: the figure was read as a count of fighters or members."""
    fig = token_at(doc, count.end - 1)
    if fig is None or fig.dep_ != "nummod" or fig.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = fig.head
    lemma = noun.lemma_.lower()
    people = cue_set("toll_state_nouns") | cue_set("toll_member_nouns") | cue_set("captive_people")
    if lemma not in people and not people_word(noun.text):
        return None
    # (s25) the first conjunct stands in the verb's slot: "seized a pharmacist and four other
    # people" (the one person before is added by the companions of the toll)
    gov = noun
    while gov.dep_ == "conj" and gov.head.pos_ in ("NOUN", "PROPN") and gov.head.i != gov.i:
        gov = gov.head
    verb = gov.head if gov.dep_ in ("dobj", "nsubjpass") else None

    def captive(v: Token) -> bool:
        return v.lemma_.lower() in cue_set("captive_holding_verbs") or _taking_words(v) is not None

    if verb is not None and not captive(verb) and gov.dep_ == "nsubjpass":
        # "were disarmed and held by a mob": the passive verb joined to the first
        verb = next((c for c in verb.children if c.dep_ == "conj" and captive(c)), None)
    if verb is None or verb.pos_ != "VERB" or not captive(verb):
        return None
    if unrealised_verb(verb):
        return None  # "threatened to hold 30 hostages"
    taken = _taking_words(verb)
    taking = taken is not None
    if taking and _rescue_context(verb, noun):
        return None  # (s25b) "were taken from the town in an evacuation convoy"
    if gov.dep_ == "nsubjpass":
        holders = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    else:
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        first = verb
        while not subj and first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
            # "X seized ... and held"; (s25b) up a chain of verbs: "X stopped a bus, shot the
            # driver and marched 23 passengers into the bush"
            first = first.head
            subj = [c for c in first.children if c.dep_ == "nsubj"]
        holders = subj
    if not holders:
        custody = cue_regex("custody_cues").search(doc_text(doc), view.start, view.end)
        if custody:
            return "arrested", noun
        # (s25) "nine travellers were taken from a minibus": people taken away by nobody
        # named are captives; a sweep ("were rounded up") may be an arrest: no measure.
        # (s25b) Only a verb that takes by itself ("seized") or a removal "from" a place:
        # "carried away", "led off" with no taker may be a flood's or a rescuer's work
        sweep = verb.lemma_.lower() in cue_set("captive_sweep_verbs")
        removal = taken is not None and (not taken or "from" in taken)
        return ("kidnapped", noun) if removal and not sweep else None
    holder = holders[0]
    # (s22b) the holder's own words: its head, the words that modify it, and a phrase of
    # "of"/"from" (``member_from_preps``) naming its group ("fighters of the militia"), not a
    # clause or phrase about it ("men in police uniforms", "gunmen who had attacked a police
    # post")
    asides = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in holder.children
        if c.dep_ in ("relcl", "acl")
        or (c.dep_ == "prep" and c.lemma_.lower() not in cue_set("member_from_preps"))
    ]
    lo, hi = holder.left_edge.idx, holder.right_edge.idx + len(holder.right_edge.text)
    kinds = {
        s.actor_type or ""
        for s in view.slots
        if s.kind == "actor" and lo <= s.start < hi and not _inside(s.start, asides)
    }
    words = {holder.lemma_.lower()} | {
        t.lemma_.lower() for t in holder.children if t.dep_ in ("compound", "amod", "nmod")
    }
    state = bool(kinds & {"state_forces", "government"} or words & cue_set("toll_state_nouns"))
    armed = bool(kinds & ARMED_TYPES or words & cue_set("toll_member_nouns"))
    if (state and lemma in cue_set("toll_state_nouns")) or (
        armed and lemma in cue_set("toll_member_nouns")
    ):
        return None  # "the army held 500 troops in reserve": its own men, no captives
    if fighters and (state or armed) and not taking:
        # (s22b) a noun of fighters that names no side ("held 500 men in reserve"): the
        # holder's own men, unless the noun is the other side's ("rebels held 12 soldiers");
        # (s25) no side takes its own men away ("soldiers rounded up 30 young men")
        other = cue_set("toll_member_nouns") if state else cue_set("toll_state_nouns")
        if lemma not in other:
            return None
    if state and taken is not None and {"away", "from"} <= taken:
        return None  # (s25b) "troops led 300 civilians away from the fighting": a rescue
    if state:
        return "arrested", noun
    if armed or words & cue_set("crowd_nouns"):
        return "kidnapped", noun
    if taking and holder.lemma_.lower() in cue_set("captive_taking_holders"):
        return "kidnapped", noun  # (s25) "picked up by men in plain clothes"
    return None


def _taking_words(verb: Token) -> set[str] | None:
    """(s25) The particles and prepositions by which ``verb`` takes people away into
    captivity (empty where the verb alone does: "seized"), with "from" where a place they are
    removed from is named, or None where it does not take people. A removal is no taking
    where a "to" phrase brings them somewhere, on the verb or on a verb joined to it ("taken
    from the clinic to a hospital", "taken from the clinic and flown to the capital")."""
    if verb.pos_ != "VERB":
        return None
    table = load_data("quantity_cues.yaml").get("captive_taking_verbs") or {}
    needs = table.get(verb.lemma_.lower())
    if needs is None:
        return None
    parts = [c for c in verb.children if c.dep_ in ("prt", "prep", "advmod")]
    # (s25b) a phrase hung on the particle is the verb's too ("led them away *from* the front")
    words = {c.lower_ for c in parts} | {
        g.lower_ for c in parts if c.dep_ != "prep" for g in c.children if g.dep_ == "prep"
    }
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        joined.append(verb.head)
    if "to" in words or any(
        c.dep_ == "prep" and c.lower_ == "to" for v in joined for c in v.children
    ):
        return None
    if not needs:
        return set()
    found = words & {str(w).lower() for w in needs}
    # the place they are taken "from" goes with the particle ("led away *from* the front")
    return found | (words & {"from"}) if found else None


def _rescue_context(verb: Token, noun: Token) -> bool:
    """(s25b) Whether the sentence of a taking tells of a rescue or an evacuation
    (``captive_rescue_words``), outside the phrase of the people taken ("seized five *rescue*
    workers" is a taking): people taken away to safety, not captives."""
    rescue = cue_set("captive_rescue_words")
    own = {t.i for t in noun.subtree}
    return any(
        (t.lemma_.lower() in rescue or t.lower_ in rescue) and t.i not in own for t in verb.sent
    )


def _captive_group(doc: Doc, view: SentenceView, head: Token | None, count: Count) -> str | None:
    """The group whose members a count of people taken or freed names in their own phrase
    ("police detained five suspected ADF collaborators" -> the ADF), when the counted noun
    is a noun of members (``toll_member_nouns``, ``toll_named_member_nouns``,
    ``captive_member_nouns``) or of a force's personnel (``toll_state_nouns``: "released 30
    army soldiers") and the group is not the captor; None for its hostages or
    captives ("troops freed 30 ADF hostages": the group's victims)."""
    noun = counted_noun(doc, head, count.end)
    if noun is None:
        return None
    members = (
        cue_set("toll_member_nouns")
        | cue_set("toll_named_member_nouns")
        | cue_set("captive_member_nouns")
        | cue_set("toll_state_nouns")
    )
    captor = acting_subject(view, noun, ("nsubj", "agent"))
    if noun.lemma_.lower() not in members and noun.lower_ not in members:
        return _suspected_of(view, noun, captor)
    named = named_in_phrase(view, noun)
    if named is None or named.key == captor:
        return _suspected_of(view, noun, captor)
    return named.key


def _suspected_of(view: SentenceView, noun: Token, captor: str | None) -> str | None:
    """(s23) The one armed group a clause of suspicion or description on the people taken
    ties them to ("arrested six men *suspected of smuggling arms to X*", "detained a man they
    *described as a commander of X*"): a ``suspicion_words`` verb on the noun, whose clause
    names the group after "to", "of", "for" or "with" (``suspicion_preps``), not as what
    they harmed ("suspected of killing an X commander"); never the captor."""
    preps = cue_set("suspicion_preps")
    keys: set[str] = set()
    # the clause on the noun, or on a place phrase after it ("five men in X suspected of ...")
    clauses = [
        c
        for c in noun.subtree
        if c.dep_ in ("acl", "relcl") and (c.head.i == noun.i or c.head.dep_ == "pobj")
    ]
    # or a participle the parse hung on the verb, after the people and with no subject of
    # its own ("arrested five men in X, suspected of ...")
    clauses += [
        c
        for c in noun.head.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and c.i > noun.i
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    for clause in clauses:
        if clause.lemma_.lower() not in cue_set("suspicion_words"):
            continue
        for s in view.slots:
            if s.kind != "actor" or not s.key or s.key == captor:
                continue
            if (s.actor_type or "") not in FORCE_KINDS:
                continue
            tok = token_at(noun.doc, s.start)
            if tok is None or not any(t.i == clause.i for t in tok.ancestors):
                continue
            root = tok
            while root.head.i != root.i and (
                root.dep_ in ("compound", "poss", "amod", "det")
                or root.head.dep_ in ("compound", "poss")
            ):
                root = root.head
            # "to X", "of X's front": the group is the object of a preposition of ties
            up = root.head if root.dep_ == "pobj" else None
            if up is not None and up.lower_ in preps and _ties_to(up.head, clause):
                keys.add(s.key)
    return keys.pop() if len(keys) == 1 else None


def _ties_to(word: Token, clause: Token) -> bool:
    """(s23b) Whether the word a preposition naming a group hangs on ties the people to it:
    a verb of the clause that is no attack ("smuggling arms *to* X", "working *for* X"), or
    a noun of a tie or a role (``suspicion_tie_nouns``: "links with X", "a commander of X");
    never a noun of what they harmed or were ("killing two members of X" hangs "of X" on
    "members" of the harmed, "wives of X commanders", "victims of X extortion")."""
    if word.pos_ in ("VERB", "AUX"):
        harms = cue_set("attack_target_verbs") | cue_set("side_attack_verbs")
        return word.lemma_.lower() not in harms | cue_set("suspicion_harm_verbs")
    if word.lemma_.lower() not in cue_set("suspicion_tie_nouns"):
        return False
    # the role noun must be the people's own ("described as a commander of X"), not the
    # object of a deed ("suspected of killing a commander of X")
    head = word.head
    while head.i != clause.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in ("be", "have"):
            return False
        head = head.head
    return True


def _negated_noun(det: Token, noun: Token) -> bool:
    """Whether the noun of one person is denied ("*not* a single soldier was killed", "never
    a civilian"): a negation on the noun, its article or its modifiers, or a negator word
    (``singular_negators``) right before the article."""
    words = cue_set("singular_negators")
    near = [noun, det, *(c for c in noun.children if c.dep_ in ("amod", "advmod"))]
    if any(c.dep_ == "neg" or c.lower_ in words for t in near for c in t.children):
        return True
    return det.i > 0 and det.doc[det.i - 1].lower_ in words


def _negated_deed(doc: Doc, head: Token | None, count: Count, measure: str) -> bool:
    """(s24) Whether the verb that does the counted deed is negated ("police did *not*
    arrest two others", "two hostages were *never* released"): the verb the figure's noun
    (or the figure) is the object or subject of, or the measure's own verb, with a ``neg``
    child. (s24b) Only a verb of the measure itself: "officials would *not* identify 12
    hostages freed on Sunday" and "the 40 hostages had *not* eaten" still count them."""
    tok = head if head is not None else token_at(doc, count.end - 1)
    if tok is None:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else governing_verb(tok)
    if verb is None or not any(c.dep_ == "neg" for c in verb.children):
        return False
    lemmas = verb_measure_lemmas(measure)
    if measure == "casualties":
        lemmas = lemmas | verb_measure_lemmas("killed") | verb_measure_lemmas("injured")
    return verb.lemma_.lower() in lemmas or verb.lower_ in lemmas


def _hypothetical(verb: Token | None) -> bool:
    """Whether a verb of harm stands under a condition ("*if* two hostages are killed",
    "*unless* the soldiers are freed", ``hypothetical_marks``), in its own clause or one of
    the few clauses it is part of."""
    marks = cue_set("hypothetical_marks")
    v = verb
    for _ in range(4):
        if v is None:
            return False
        if any(c.dep_ == "mark" and c.lower_ in marks for c in v.children):
            return True
        if v.dep_ not in ("advcl", "ccomp", "conj", "xcomp") or v.head is v:
            return False
        v = v.head
    return False


def _deed_done(verb: Token) -> bool:
    """Whether a verb of harm tells a deed done, as a count of one must: not negated, under a
    modal or a verb of threat (``unrealised_verb``), nor under a condition ("*if* a hostage is
    killed", ``hypothetical_marks``), nor in the present of a habit or rule ("each time a
    soldier *is* killed", "the group kills a hostage for every ..."); the perfect ("has been
    killed") is a deed done."""
    if unrealised_verb(verb) or _hypothetical(verb):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_.lower() == "have" for c in aux):
        return True
    present = ("VBZ", "VBP")
    return not (verb.tag_ in present or any(c.tag_ in present for c in aux))


def _singular_victims(doc: Doc, view: SentenceView, counts: Sequence[Count]) -> list[Count]:
    """One person a harm verb names with "a"/"an" as a count of one ("a sniper shot dead *a*
    village chief", "*a* Burundian trooper died", "gendarmes detained *a* woman"): the
    object or passive subject of a verb of killing, wounding, arresting or abducting
    (``singular_victim_measures``) whose head is a noun of people; never one joined to
    others ("a priest and two seminarians", counted as a whole) nor a noun already counted."""
    lemmas = frozenset().union(
        *(verb_measure_lemmas(m) for m in cue_set("singular_victim_measures"))
    )
    people = cue_set("people_nouns") | cue_set("singular_victim_nouns")
    dets = cue_set("singular_victim_dets")
    out: list[Count] = []
    span = doc.char_span(view.start, view.end, alignment_mode="expand")
    for det in span or ():
        noun = det.head
        if det.dep_ != "det" or det.lower_ not in dets or noun.tag_ != "NN":
            continue
        if noun.lemma_.lower() not in people or noun.dep_ not in ("dobj", "obj", "nsubjpass"):
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lemmas:
            continue
        if any(c.dep_ in ("conj", "cc") for c in noun.children) or noun.dep_ == "conj":
            continue
        if not _deed_done(verb) or _negated_noun(det, noun):
            continue
        if any(det.idx <= c.start < noun.idx + len(noun.text) for c in counts):
            continue
        out.append(Count(1, 1, 1, False, det.text, det.idx, det.idx + len(det.text)))
    return out


def _deployed_force(
    view: SentenceView, subject: str | None, kind: str | None, head: Token | None
) -> bool:
    """Whether a strength count is a deployment: troops (``deployed_nouns``) of a mission
    (``deployed_owner_types``), or of a state or its forces (``deployed_place_owner_types``)
    where the sentence places them ("operating in North Kivu", "on the ground")."""
    if subject is None or head is None or kind is None:
        return False
    words = {head.lemma_.lower(), head.lower_}
    if not words & cue_set("deployed_nouns"):
        return False
    if kind in cue_set("deployed_owner_types"):
        return True
    if kind not in cue_set("deployed_place_owner_types"):
        return False
    # (s21) the views of quantities carry no place slots: the parse's place mentions of the
    # count's own clause, outside any actor's name ("800 Ugandan soldiers in Ituri"; not
    # "the army, which has 100,000 soldiers, attacked Khartoum": a strength, placed nowhere)
    actors = [(s.start, s.end) for s in view.slots if s.kind == "actor"]
    clause = _own_clause(head)
    placed = any(
        p.start in clause and not any(a <= p.start_char < b for a, b in actors)
        for p in head.doc.spans.get("places", ())
    )
    return placed or bool(cue_regex("deployed_place_cues").search(view.text))


# dependencies that open a clause of their own under a word
# (not "xcomp"/"ccomp": "has 1,000 soldiers deployed in Kivu" may hang the place there)
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "parataxis", "acl", "csubj"})


def _own_clause(token: Token) -> set[int]:
    """The token indices of the clause that holds ``token``: its nearest verb's subtree (or
    the sentence's root's), less the clauses under it that neither hold ``token`` nor hang
    from it (a relative or adverbial clause on another word, a conjoined verb)."""
    while token.dep_ in ("nummod", "quantmod", "compound") and token.head.i != token.i:
        token = token.head  # the figure's own noun: "1,000 soldiers deployed in Kivu"
    top = token
    while top.head.i != top.i and not (top.pos_ in ("VERB", "AUX") and top.i != token.i):
        top = top.head
    out: set[int] = set()

    def walk(t: Token) -> None:
        out.add(t.i)
        for c in t.children:
            opens = c.dep_ in _CLAUSE_DEPS or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
            if opens and t.i != token.i and token not in c.subtree:
                continue  # (a clause on the counted noun itself places it: "troops based in Gao")
            walk(c)

    walk(top)
    return out


def _planned(verb: Token | None) -> bool:
    """A deployment not yet made: the verb under "will"/"would", or the complement of a verb
    of intent ("plans to send", "is expected to deploy", "agreed to send") (``intent_verbs``
    of ``quantity_cues.yaml``)."""
    if verb is None:
        return False
    intent = cue_set("intent_verbs")
    if any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children
    ):
        return True
    v = verb
    for _ in range(3):
        if v.dep_ not in ("xcomp", "conj") or v.head is v:
            return False
        v = v.head
        if v.lemma_.lower() in intent:
            return True
    return False


def _common_noun_period(doc: Doc, text: str, view: SentenceView, period: str) -> bool:
    """A period of one word that the sentence uses as a noun with its own modifiers ("the
    Salafi-leaning Madkhali current"), not as a time word."""
    if " " in period.strip():
        return False
    at = text.find(period, view.start, view.end)
    tok = token_at(doc, at) if at >= 0 else None
    return (
        tok is not None
        and tok.pos_ == "NOUN"
        and any(c.dep_ in ("compound", "amod") and c.i < tok.i for c in tok.children)
    )


def _opposing_side(doc: Doc, view: SentenceView, count: Count) -> str | None:
    """For a figure whose noun is the object of "against" ("massed 8,000 fighters, against a
    few thousand soldiers and Joint Forces combatants"): the actor its own phrase names, or ""
    when it names none (the other side, not the clause's subject); None for any other figure."""
    tok = token_at(doc, count.end - 1)
    for _ in range(3):
        if tok is None or tok.dep_ == "pobj" or tok.head is tok:
            break
        tok = tok.head
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in cue_set("facing_preps"):
        return None
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return next(
        (sl.key or "" for sl in view.slots if sl.kind == "actor" and lo <= sl.start < hi), ""
    )


def _in_other_relative(doc: Doc, text: str, view: SentenceView, period: str, count: Count) -> bool:
    """The period's words lie in a relative clause (or a participle clause on a noun) that
    does not hold the figure: "the village where he was captured in January 2023"."""
    at = text.find(period, view.start, view.end)
    tok = token_at(doc, at) if at >= 0 else None
    fig = token_at(doc, count.end - 1)
    if tok is None or fig is None:
        return False
    for _ in range(12):
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
            # (a clause on the counted noun itself, "twelve civilians killed between 3 and 6
            # June", is the figure's own)
            own = tok.head == fig or tok.head in fig.ancestors
            return not own and not (tok.left_edge.i <= fig.i <= tok.right_edge.i)
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in cue_set("concessive_marks") for c in tok.children
        ):
            # "field 2,000 fighters, though numbers are believed to have fallen since 2020":
            # the date of a concessive clause is not the figure's
            return not (tok.left_edge.i <= fig.i <= tok.right_edge.i)
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _nobody() -> str | None:
    """No paragraph group (a figure with no counted word to look from)."""
    return None


@cache
def _partitive_regex() -> re.Pattern[str]:
    """ "of them", "of these": a share of the figure before ("several thousand of them")."""
    words = sorted(cue_set("partitive_pronouns"))
    return re.compile(rf"\s+of\s+(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)


def _belonging_verb(doc: Doc, count: Count) -> bool:
    """(s19b) Whether the verb a partitive figure hangs on says the part belongs to the whole
    ("account for several thousand of them", "make up 300 of them"), not one acting on it."""
    tok = token_at(doc, count.end - 1)
    verb = _verb_above(tok) if tok is not None else None
    return verb is not None and verb.lemma_.lower() in cue_set("belonging_verbs")


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb at or above ``tok`` in the parse, up to the verb whose complement it
    is ("began *deploying*": began)."""
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX"):
            while tok.dep_ == "xcomp" and tok.head is not tok:
                tok = tok.head
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _past_conjunct(doc: Doc, text: str, view: SentenceView, period: str, count: Count) -> bool:
    """(s19) The period's words hang on a verb of the past joined ("and") to the present verb
    the figure hangs on: "began deploying in June 2024 and has around 1,000 personnel" (the
    holding is now, not then); "attacked on 3 March and killed 20" keeps its date."""
    at = text.find(period.split()[-1], view.start, view.end)
    tok = token_at(doc, at) if at >= 0 else None
    fig = token_at(doc, count.end - 1)
    if tok is None or fig is None:
        return False
    dated, held = _verb_above(tok), _verb_above(fig)
    if dated is None or held is None or dated == held:
        return False
    joined = (held.dep_ == "conj" and held.head == dated) or (
        dated.dep_ == "conj" and dated.head == held
    )
    return joined and held.tag_ in ("VBZ", "VBP") and dated.tag_ in ("VBD", "VBN")


def _long_period(timexes: Sequence[Timex], start: int, end: int) -> bool:
    """A date longer than a day in ``[start, end)``: "in May", "during 2023"."""
    return any(
        start <= t.start and t.end <= end and t.type == "DATE" and t.precision in _LONG_PRECISIONS
        for t in timexes
    )


def _note_number(doc: Doc, count: Count, head: Token) -> bool:
    """A bare number followed by a capitalised name ending on the counted noun ("15 Security
    Media Cell, 3 Nov 2024", "14 Defence Ministry statement"): a numbered note or citation
    line, not a count of cells or statements. Only for digits alone (no modifier) at the
    start of a line or after a note ending on a full stop."""
    text = doc_text(doc)
    if not count.text.isdigit() or not head.text[:1].isupper():
        return False
    first = token_at(doc, count.end - 1)
    if first is None or head.i <= first.i:
        return False
    if not all(t.text[:1].isupper() for t in doc[first.i + 1 : head.i + 1]):
        return False
    before = text[max(0, count.start - 3) : count.start]
    return count.start == 0 or "\n" in before or bool(re.search(r"[.;]\s+$", before))


def _campaign_toll(tok: Token | None) -> bool:
    """A toll a campaign of many incidents took, an aggregate even when one day starts it:
    "the insurgency has killed more than 6,000 people", "It has killed ..." after a sentence
    on the insurgency, "launched an offensive on 3 March, killing at least 80 people". The
    verb of the figure (or the verb its participle clause hangs on) is a verb of harm with a
    campaign noun as its subject ("it" for one that is the subject of the sentence before),
    or has a campaign noun as its object; "the campaign peaked when a drone struck, killing
    three" is one incident's toll."""
    if tok is None:
        return False
    verb: Token | None = tok if tok.pos_ == "VERB" else governing_verb(tok)
    campaign = cue_set("campaign_nouns")
    harm = verb_measure_lemmas("killed") | verb_measure_lemmas("displaced")
    for _ in range(3):  # the verb and those it hangs on
        if verb is None or verb.pos_ != "VERB":
            return False
        harmful = verb.lemma_.lower() in harm
        for c in verb.children:
            if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in campaign:
                return True
            if not harmful or c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if c.lemma_.lower() in campaign:
                return True
            sent = verb.sent
            if c.lower_ == "it" and sent.start > 0:
                before = verb.doc[sent.start - 1].sent
                if any(t.dep_ == "nsubj" and t.lemma_.lower() in campaign for t in before):
                    return True
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _day_date(timexes: Sequence[Timex], start: int, end: int) -> bool:
    """A date of one day in ``[start, end)``: "on Tuesday", "on 3 May"."""
    return any(
        start <= t.start and t.end <= end and t.type == "DATE" and t.precision == "day"
        for t in timexes
    )


# "the first deaths since the group began attacking ships": a superlative before "since"
# dates a record, and the toll stays one incident's
_RECORD_BEFORE = re.compile(
    r"\b(?:first|only|deadliest|worst|largest|biggest|highest|heaviest|bloodiest)\b[^,.;]{0,40}$",
    re.IGNORECASE,
)


def _aggregates(
    aggregate: re.Pattern[str],
    text: str,
    start: int,
    end: int,
    foreign: Sequence[tuple[int, int]] = (),
) -> bool:
    """An aggregate cue in ``[start, end)`` ("since", "so far", "in total") that is no
    record's starting point ("the first deaths since November"), outside the ``foreign``
    spans (:func:`_foreign_clauses`)."""
    return any(
        not _RECORD_BEFORE.search(text, max(start, m.start() - 60), m.start())
        and not _inside(m.start(), foreign)
        for m in aggregate.finditer(text, start, end)
    )


def _inside(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _foreign_clauses(doc: Doc, start: int, end: int, count: Count) -> list[tuple[int, int]]:
    """(s22) The relative clauses in ``[start, end)`` on a noun other than the counted one
    and that do not hold the figure ("killing two guards, ... in a war *that has raged since
    2019*", "near the town, *which rebels have held since May*"): their dates and aggregate
    cues tell the time of that noun, not of the figure."""
    span = doc.char_span(start, end, alignment_mode="expand")
    figure = token_at(doc, count.end - 1)
    if span is None or figure is None:
        return []
    out: list[tuple[int, int]] = []
    for tok in span:
        if tok.dep_ != "relcl" or tok.left_edge.i <= figure.i <= tok.right_edge.i:
            continue
        if tok.head.left_edge.i <= figure.i <= tok.head.i:
            continue  # "the 300 fighters who have fought since 2019": the counted noun's own
        out.append((tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)))
    return out


# several days: "between 12 and 15 May", "from 3 to 9 June", "12-15 May", "May 12-15"
_DAY_RANGE = re.compile(
    r"\b(?:(?:between|from)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|until|till)\s+"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|\d{1,2}\s*[–-]\s*\d{1,2}\s+[A-Z][a-z]+"
    r"|[A-Z][a-z]+\s+\d{1,2}\s*[–-]\s*\d{1,2}\b)"
)


def _period_span(timexes: Sequence[Timex], start: int, end: int, text: str = "") -> bool:
    """Two dates longer than a day in ``[start, end)``, or a range of days: a toll over a
    span ("killed at least 240 civilians in January and February 2024", "eight civilians
    killed across the city between 12 and 15 May") aggregates over a period."""
    if text and any(
        t.start < m.end() and m.start() < t.end and t.type == "DATE"
        for m in _DAY_RANGE.finditer(text, start, end)
        for t in timexes
    ):
        return True
    return (
        sum(
            1
            for t in timexes
            if start <= t.start
            and t.end <= end
            and t.type == "DATE"
            and t.precision in _LONG_PRECISIONS
        )
        >= 2
    )


def extract_quantities(
    doc: Doc, actors: Sequence[Actor], timexes: Sequence[Timex]
) -> list[Quantity]:
    """Strength and activity estimates of ``doc``, in text order.

    :param doc: the parsed document.
    :param actors: its resolved actors (subjects are actor keys).
    :param timexes: its temporal expressions (figures inside a timex are not counts; the
        clause's timex gives the period).

    The tolls of one incident (people killed, injured, missing or displaced:
    ``incident_toll_measures``) are kept, one per figure, whose subject is the actor whose
    own people they are, or none for victims (:mod:`.quantity_tolls`); durations too. One
    behaviour for ingest, evaluation and tests.
    """
    views = sentence_views(doc, actors, ())
    cues = load_data("quantity_cues.yaml")
    too_vague = {v.lower() for v in cues["too_vague"]}
    aggregate = re.compile(
        r"\b(?:" + "|".join(re.escape(a) for a in cues["aggregate_cues"]) + r")",
        re.IGNORECASE,
    )
    incident_verbs = context_cues()[3]
    holding_verbs = {str(v).lower() for v in cues.get("holding_verbs") or ()}
    stock = re.compile(
        r"\b(?:" + alternation([str(n) for n in cues.get("stock_nouns") or ()]) + r")\b",
        re.IGNORECASE,
    )
    period_measures = set(cues.get("period_aggregate_measures") or ())
    deployment_verbs = {str(v).lower() for v in cues.get("deployment_verbs") or ()}
    # "arrested 11 suspects", "freed nine hostages": no event carries these counts
    kept_incident = {str(v) for v in cues.get("kept_incident_measures") or ()}
    text = doc_text(doc)
    found: list[tuple[int, int, Quantity]] = []  # (sentence, count start, quantity)
    pending: list[tuple[SentenceView, Count, bool]] = []  # figures without a noun
    named_before: dict[int, str] = {}  # count start -> the measure the words before it name
    bodies: dict[int, str | None] = {}  # count start -> the actor a "N-strong" body names
    gapped: dict[int, str | None] = {}  # count start -> the actor of a clause without verb
    tentative: set[tuple[int, int]] = set()  # (sentence, count start) of a source's toll
    kept_tolls = toll_measures()
    names = _actor_names(actors)
    types = {a.key: a.type for a in actors}
    homes = {a.key: a.country for a in actors}
    by_key = {a.key: a for a in actors}

    def make(
        view: SentenceView,
        count: Count,
        measure: str,
        head: Token | None,
        phrase_start: int,
        slot: Slot | None,
    ) -> Quantity | None:
        sentence = (view.start, view.end)
        c_start, c_end = clause_bounds(text, sentence, count.start)
        if measure in cue_set("negatable_measures") and _negated_deed(doc, head, count, measure):
            return None  # (s24) "police did not arrest two others": no deed, no count
        end = max(count.end, head.idx + len(head.text) if head is not None else count.end)
        event_like = (
            measure in HARM_MEASURES
            and measure not in kept_incident
            and not stock.search(text, min(phrase_start, count.start), end)
        )  # "about 300,000 refugees", "the total number of IDPs": a standing total
        if measure == "displaced" and event_like:
            # no event carries the people an incident displaced ("more than 3,000 people fled
            # on foot"): kept, unless the clause dates one day ("the raid on Tuesday displaced
            # 5,000 people"), the toll of that day's incident
            event_like = _day_date(timexes, c_start, c_end) and bool(
                cue_regex("incident_nouns").search(text, c_start, c_end)
            )
        if measure == "munitions_fired":
            event_like = True  # one salvo is its event's; "since October, 8,000 rockets"
        if measure == "buildings_destroyed":
            # the damage of one incident is its event's, unless a source counts it ("district
            # officials said around 15 to 20 houses were burned") or it spans a period
            event_like = not cue_regex("toll_source_cues").search(view.text)
        if measure == "weapons" and head is not None:
            verb = governing_verb(head)
            event_like = verb is not None and (
                verb.lemma_.lower() in incident_verbs
                # "three drones hit the town": weapons that acted, not weapons held
                or (head.dep_ == "nsubj" and verb.lemma_.lower() not in holding_verbs)
            )
        if (measure in kept_incident or measure in _TOLL_PARTS) and _PART_OF.search(
            text,
            max(view.start, min(phrase_start, count.start) - 12),
            min(phrase_start, count.start),
        ):
            # "released 9 civilians, including two teachers", "14 injured, including two
            # children": part of the figure before
            return None
        incident = False
        toll_noun = counted_noun(doc, head, count.end)
        toll_verb = (
            head
            if head is not None and head.pos_ in ("VERB", "AUX")
            else (governing_verb(toll_noun) if toll_noun is not None else None)
        )
        if measure in kept_tolls and (unrealised(doc, head, count.end) or _hypothetical(toll_verb)):
            # (s20b) "threatened to behead two soldiers", "if two hostages are killed": no
            # harm done is a toll, whether or not the clause reads as one incident
            return None
        # (s22) dates and "since" of a relative clause on another noun ("amid a feud that
        # has simmered since 2015") say nothing of the figure's own time
        foreign = _foreign_clauses(doc, c_start, c_end, count)
        own_times = [t for t in timexes if not _inside(t.start, foreign)]
        if (
            (event_like or (measure in kept_tolls and measure in kept_incident))
            and not _campaign_toll(head or token_at(doc, count.end - 1))
            and not _aggregates(aggregate, text, c_start, c_end, foreign)
            and not (measure in period_measures and _long_period(own_times, c_start, c_end))
            and not _period_span(own_times, c_start, c_end, text)
        ):
            if measure in kept_tolls:
                if unrealised(doc, head, count.end):
                    return None  # (s16b) "threatened to kill 50 hostages": no toll
                incident = True  # (s16) one incident's toll, kept: whose people it counts
            elif not event_like:
                pass  # (people taken in one incident, kept)
            elif not (
                measure in cue_set("sourced_toll_measures")
                and cue_regex("toll_source_cues").search(view.text)
            ):
                return None  # the toll of one incident ("fired 30 rockets"): the event's
            else:
                # a source's toll of one incident: kept only where sources disagree
                tentative.add((view.index, count.start))
        anchor_tok = head
        if anchor_tok is None:
            # "raises more than $700 million": the number itself, not its modifier
            at = count.end - 1 if phrase_start == count.start else phrase_start
            anchor_tok = token_at(doc, at)
        if incident:
            # "three soldiers were killed": the army's own; "nine passengers": victims
            noun = counted_noun(doc, head, count.end)
            subject = toll_subject(
                doc, views, view, noun, toll_sources(view, doc, noun or anchor_tok), homes
            )
        elif count.start in bodies:
            subject = bodies[count.start]  # "the 2,500-strong MSS mission": the body's own
        elif slot is not None:
            subject = slot.key
        else:
            # one path for every figure a source puts: "UN monitors put its strength at
            # 5,000", "put the group's fighters at 3,000": the group the possessive stands
            # for owns it, never the source that puts it
            opens = _PUT_AT.match(text, phrase_start, count.start)
            put = opens or _PUT_AT.search(text, c_start, count.start)
            source = next(
                (
                    sl.key
                    for sl in reversed(view.slots)
                    if put and sl.kind == "actor" and c_start <= sl.start < put.start()
                ),
                None,
            )
            owner = _put_owner(views, view, text, put.end(), count.start, source) if put else None
            if opens:
                # "the UN has put the death toll at around 3,000": no group owns the figure;
                # the one who puts it is its source, no subject
                subject = owner
            else:
                subject = owner or figure_subject(
                    doc, views, view, anchor_tok, count.start, measure
                )
        if measure in ("fighters", "members"):
            # "estimates TTP strength at 6,000-6,500 fighters": the group whose strength the
            # clause names owns the figure, never the one that estimates it
            subject = (
                _put_at_owner(doc, views, view, count)
                or _strength_owner(doc, view, c_start, count.start)
                or subject
            )
        opposed = _opposing_side(doc, view, count) if measure in ("fighters", "members") else None
        if opposed is not None:
            subject = opposed or None
        if subject is None and measure in _NAMED_MEASURES and head is not None and opposed is None:
            # "Radaa, which is estimated to field 5,000 men", with the name no actor mention
            # here: the actor the document names so elsewhere
            subject = _named_subject(head, names)
        if subject is None and measure in ("fighters", "members") and head is not None:
            subject = _allegiance(view, head)  # "some 200 fighters loyal to X"
        if measure == "displaced" and head is not None and head.pos_ == "VERB":
            subject = None  # "over 60,000 who fled their homes, IOM says": nobody's people
        elif measure == "displaced" and head is not None and head.pos_ in ("NOUN", "PROPN"):
            verb = governing_verb(head)
            if verb is None or verb.lemma_.lower() not in verb_measure_lemmas("displaced"):
                # "the camps, whose residents — an estimated 400,000 people —": no one
                # displaced them in this clause
                subject = None if not stock.search(text, phrase_start, end) else subject
        if (
            measure == "weapons"
            and subject is not None
            and types.get(subject) in _STATE_TYPES
            and any(
                t.pos_ == "VERB" and t.lemma_.lower() in cue_set("seizure_verbs")
                for t in doc.char_span(c_start, count.start, alignment_mode="contract") or ()
            )
        ):
            # (s18) "police arrested a man after finding three rifles": arms a state force
            # seizes (a verb of seizing in the clause before them) are not its own arsenal
            # (a group that makes off with rifles gains them)
            subject = None
        if measure == "targets_struck" and head is not None:
            # "the army destroyed 12 Hezbollah positions": the army's strikes
            subject = striker(views, view, head)
        if measure == "reward":
            # "US officials offered a reward of $5 million": not US money, but the one it is
            # on ("a $5 million bounty on his head", "a reward of $3 million for X")
            subject = _reward_target(doc, view, count)
        if measure in cue_set("captive_measures"):
            # a count of people taken or freed is never the captor's own; (s20) it is the
            # group their own phrase names ("arrested 14 suspected ISKP members", "seven
            # members of the group's intelligence wing"), as analysts code a toll by whose
            # people it counts, else nobody's
            # people; (s20b) only a noun of members says so: "12 ISWAP hostages" are the
            # group's victims, not its men
            subject = _captive_group(doc, view, head, count)
        if measure in ("recruits", "surrendered") and head is not None:
            subject = joined_group(views, view, head) or subject
        if measure == "surrendered" and head is not None:
            # "Fourteen members of the BIFF faction surrendered": whose members gave up;
            # (s18) "48 junta soldiers who had surrendered": the side their phrase names,
            # not the one that shows them
            named = named_in_phrase(view, head)
            subject = (
                _members_of(view, head)
                or (named.key if named is not None else None)
                or toll_subject(doc, views, view, head)
                or subject
            )
        if measure == "ransom" and anchor_tok is not None:
            # "families paid $2 million in ransoms to bandits": the bandits' ransom
            paid = payee(views, view, anchor_tok)
            if paid is not None:
                subject = paid or None
        if (
            subject is not None
            and not incident
            and (
                (view.index, count.start) in tentative
                or (measure in HARM_MEASURES and cue_regex("toll_source_cues").search(view.text))
            )
        ):
            # a source's toll: only an actor of its own clause, never the source or whom it
            # told ("residents told AFP they had counted dozens of dead"), nor a group of the
            # sentences before
            own = [
                sl
                for sl in view.slots
                if sl.kind == "actor"
                and sl.key == subject
                and c_start <= sl.start < c_end
                and not cue_regex("toll_source_cues").search(
                    text, min(sl.end, count.start), count.start
                )
            ]
            subject = subject if own else None
        low = float(count.low) if count.low is not None else None
        high = float(count.high) if count.high is not None else None
        singles = _coordinated_singles(head) if measure in kept_tolls and subject is None else []
        if singles and _force_noun(head):
            # (s25) a force's men beside a bystander stay their own count ("two soldiers and a
            # civilian"); one of their own rank is one more of them ("six soldiers and an
            # officer", "four soldiers and a lieutenant")
            singles = [s for s in singles if _force_noun(s) or _rank_noun(s)]
        if not singles and measure in cue_set("companion_measures"):
            # (s24) "killed Musa Traore and two others", "arrested a teacher and seven other
            # people": the one person the "others" are joined to is one more of the count,
            # of the same side, so counted whatever the owner; his group owns the toll
            # where his own phrase names it ("SLF commander Musa Traore")
            singles = companions(doc, count.start, count.end)
            fig = token_at(doc, count.end - 1)
            if singles and fig is not None:
                # the text runs to the partitive's end ("and two of his guards")
                end = max(end, fig.right_edge.idx + len(fig.right_edge.text))
            if singles and subject is None:
                subject = next((k for k in (companion_owner(view, t) for t in singles) if k), None)
        if singles:
            # (s18) "two nurses and a foreign missionary were kidnapped": three victims (a
            # force's own dead are never summed with others)
            low = low + len(singles) if low is not None else None
            high = high + len(singles) if high is not None else None
            # the text spans the whole coordination ("a Catholic priest and two seminarians")
            end = max(end, *(t.idx + len(t.text) for t in singles))
            phrase_start = min(phrase_start, *(t.left_edge.idx for t in singles))
        period = _following_period(text, sentence, count, timexes) or clause_period(
            text, sentence, count.start, timexes
        )
        if period is None and (days := _DAY_RANGE.search(text, c_start, c_end)) is not None:
            period = days.group(0)  # "between 12 and 15 May"
        if period is not None and _VERB_PERIOD.match(period):
            words = period.split()
            after = token_at(doc, text.find(words[1], view.start, view.end))
            if after is not None and after.pos_ == "VERB":
                period = None  # "the UN has since put the toll": an adverb, no period
        if period is not None:
            at = text.find(period.split()[-1], count.end, view.end)
            if at > 0 and _RELATIVE.search(text, count.end, at):
                # "has 7,000 fighters ..., is led by X, who took over after a strike in
                # September 2014": the date of a relative clause after the figure is not its
                period = None
            elif _common_noun_period(doc, text, view, period):
                period = None  # "aligned with the Salafi-leaning Madkhali current": no date
            elif _in_other_relative(doc, text, view, period, count):
                # "raided a farm in X, the village where Y was captured in May 2021, and
                # seized 38 rifles": the date of a relative clause before the figure
                period = None
            elif _past_conjunct(doc, text, view, period, count):
                # (s19) "began deploying in June 2024 and has around 1,000 personnel": the
                # date of a past deed joined to a present holding is not the holding's
                period = None
        if measure == "fighters" and _deployed_force(view, subject, types.get(subject or ""), head):
            # (s20) "the UN force keeps about 4,500 troops there", "800 Ugandan soldiers
            # are stationed in Ituri": a mission's or a state's troops in the field are a
            # deployment, not an armed group's strength
            measure = "deployed"
        if measure == "deployed" and head is not None and _planned(governing_verb(head)):
            measure = "deployment_planned"  # "plans to deploy an additional 2,000 personnel"
        return Quantity(
            measure=measure,
            anchor=anchor_of(view),
            subject=subject,
            low=low,
            high=high,
            approximate=count.approximate,
            period=period,
            text=text[min(phrase_start, count.start) : end],
        )

    found.extend(_probabilities(text, views, timexes))
    found.extend(_durations(text, views, timexes))
    tabled = _table_quantities(text, views, actors, timexes)
    in_cells = {(count.start, count.end) for _s, count, _q in tabled}
    for view in views:
        shares = _share_quantities(doc, views, view, timexes)
        found.extend((view.index, start, q) for start, q in shares)
        view_counts = find_counts(view.text, view.start)
        view_counts = sorted(
            view_counts + _singular_victims(doc, view, view_counts), key=lambda c: c.start
        )
        for count in view_counts:
            if count.text.lower() in too_vague or (count.start, count.end) in in_cells:
                continue
            if _section_number(text, count.start) or _note_marker(text, count):
                continue  # "2.1 Piagapo ambush (2 August)": a heading's number, no count
            if any(
                sl.kind == "actor" and sl.start <= count.start and count.end <= sl.end
                for sl in view.slots
            ):
                continue  # (s19) "a base of the 153 Task Force Battalion": a unit's name
            if any(start <= count.start < start + len(q.text) for start, q in shares):
                continue  # the figure of a share ("about 80 percent of the capital")
            if any(
                t.start <= count.start < t.end or count.start <= t.start < count.end
                for t in timexes
            ):
                continue
            if difference_figure(doc, count):
                continue  # (s24) "three more people were killed than in May": no count
            found_after = measure_after(doc, count)
            measure, head, phrase_start, slot = None, None, count.start, None
            strong = strength_head(doc, count)
            if strong is not None:
                # "the 2,500-strong police mission"; "deployed a 1,000-strong contingent"
                verb = governing_verb(strong)
                if (
                    verb is not None
                    and verb.lemma_.lower() in deployment_verbs
                    and strong.dep_ in ("dobj", "obj", "nsubjpass")
                ):
                    found_after = ("deployed", strong)
                else:
                    found_after = ("fighters", strong)
                    bodies[count.start] = _body_actor(view, strong)
            if found_after is not None and _note_number(doc, count, found_after[1]):
                continue  # "15 Security Media Cell, 3 Nov 2024": a numbered note, no count
            if found_after is not None:
                measure, head = found_after
            before = measure_before(doc, view, count)
            if (
                before is not None
                and measure is not None
                and any(before[2] <= c.start < count.start for c in view_counts)
            ):
                # (s16b) "put the number of dead at more than 70, and several dozen people
                # were injured": the words before name the earlier figure's measure
                first = next(c for c in view_counts if before[2] <= c.start < count.start)
                named_before[first.start] = before[0]
                before = None
            if before is not None and (
                measure is None or head is None or head.lemma_.lower() in ("people", "person")
            ):
                measure, slot, phrase_start = before
                head = None
            elif before is not None and before[1] is not None and before[0] == measure:
                # "estimate the strength of al-Shabaab at 7,000 to 12,000 fighters": the
                # group named before counts the figure's own noun
                slot = before[1]
            if measure is None:
                numbered = measure_of_subject(doc, count) or _force_estimated(view, doc, count)
                if numbered is not None:
                    measure, head = numbered
                    phrase_start = min(count.start, head.left_edge.idx)
            if measure is None and not is_money(text, count):
                harmed = measure_of_verb(doc, count)  # "displacing more than 50,000"
                if harmed is not None:
                    measure, head = harmed
            if measure is None and not is_money(text, count):
                # (s24) "Kidnappings rose to 41 in March from 28 in February"
                changed = measure_of_change(doc, count)
                if changed is not None:
                    measure, head = changed
            if measure in (None, "fighters", "members"):
                held = _held_people(doc, view, count, measure in ("fighters", "members"))
                if held is not None:
                    # (s22) "held 60 bus passengers", "six policemen were held by a mob"
                    measure, head = held
            if is_money(text, count) and (measure is None or head is None):
                measure, head = "funding", None  # "$700 million a year"
            if measure == "funding" and is_ransom(text, count):
                measure = "ransom"  # "demanded a ransom of 50 million naira"
            elif measure == "funding" and is_reward(text, count):
                measure = "reward"  # "a reward of up to $6 million": not the offerer's money
            if not measure and _partitive_regex().match(text, count.end):
                # (s19) "12,000 gang members ...; X factions account for several thousand of
                # them": a share of a strength counted just before, owned by its own clause's
                # actor where a verb says the part belongs to it (s19b: "the army encircled
                # 300 of them" acts on the whole's people: no figure)
                whole = donor_figure(found, view.index, count.start, 0)
                if (
                    whole is not None
                    and whole.measure in cue_set("partitive_measures")
                    and _belonging_verb(doc, count)
                ):
                    q = make(view, count, whole.measure, None, count.start, None)
                    if q is not None and q.subject is not None and q.subject != whole.subject:
                        found.append((view.index, count.start, q))
                continue
            if not measure:
                last = token_at(doc, count.end - 1)
                # (s18) "the toll was higher, with one local rights group counting 21 bodies":
                # a figure that counts the noun after it stands for no figure before
                anaphoric = is_anaphoric(text, view, count) and not (
                    last is not None
                    and last.dep_ == "nummod"
                    and last.head.i > last.i
                    and last.head.pos_ in ("NOUN", "PROPN")
                )
                gap = None if anaphoric else gapped_subject(doc, count)
                if gap is not None:
                    gapped[count.start] = next(
                        (
                            sl.key
                            for sl in view.slots
                            if sl.kind == "actor" and sl.start < gap[1] and sl.end > gap[0]
                        ),
                        None,
                    )
                if anaphoric or gap is not None or is_elliptical(doc, count):
                    pending.append((view, count, anaphoric))
                continue
            q = make(view, count, measure, head, phrase_start, slot)
            if q is not None:
                found.append((view.index, count.start, q))

    # figures without a noun count what the nearest figure counts ("JAS has fewer than 1,500")
    for view, count, anaphoric in pending:
        pool = found
        toll = anaphoric and bool(
            _TOLL.search(text, max(view.start, count.start - 60), count.start)
        )
        if (
            anaphoric
            and not toll
            and _PUT_FIGURE.search(text, max(view.start, count.start - 60), count.start)
        ):
            nearest = donor_figure(found, view.index, count.start, 2)
            toll = nearest is not None and nearest.measure == "injured"
        if toll:
            # "local sources put the toll at six": a toll counts the dead the nearest toll
            # counted, never the wounded counted after them
            pool = [f for f in found if f[2].measure in ("killed", "casualties")]
        donor = donor_figure(pool, view.index, count.start, 2 if anaphoric else 0)
        if count.start in named_before:
            q = make(view, count, named_before[count.start], None, count.start, None)
            if q is not None:
                found.append((view.index, count.start, q))
            continue
        if donor is None or donor.measure == "funding":
            continue
        q = make(view, count, donor.measure, None, count.start, None)
        if q is None:
            continue
        compared = compared_owner(view, text, count.end, donor.measure)
        if compared is not None:
            q = replace(q, subject=compared)  # (s19) "against roughly 1,500 for JAS"
        elif count.start in gapped:
            # "...; the Bakura faction perhaps 1,500 to 2,000": the gapped clause's own noun
            q = replace(q, subject=gapped[count.start])
        elif q.subject is None and not toll and _opposing_side(doc, view, count) is None:
            q = replace(q, subject=donor.subject)  # (another source's toll: nobody's own)
        found.append((view.index, count.start, q))

    if tentative:
        found = _disputed_tolls(text, views, found, tentative)
    found = _retold_tolls(doc, views, found)

    # a figure with no actor in its sentence continues the one before ("Hezbollah had 100,000
    # fighters. Western estimates were lower: between 30,000 and 50,000 fighters")
    out: list[Quantity] = []
    finder: ArgumentFinder | None = None  # built only where a paragraph's group is sought
    done: list[tuple[int, int, Quantity]] = []  # ``out`` with each figure's sentence and place
    for s_index, pos, q in sorted(found, key=lambda x: (x[0], x[1])):
        if q.subject is None and q.measure not in HARM_MEASURES and pos not in bodies:
            has_actor = any(
                sl.kind == "actor" and sl.actor_type != "person" for sl in views[s_index].slots
            )
            prior = {
                p.subject
                for s, _pos, p in found
                if s == s_index - 1 and p.measure == q.measure and p.subject
            }
            if not has_actor and len(prior) == 1:
                q = replace(q, subject=prior.pop())
            elif not has_actor and q.measure in ("fighters", "members") and s_index > 0:
                # (s16) "Estimates of OLA strength remain unreliable. Advisers cite between
                # 5,000 and 10,000 fighters": the one armed group the sentence before names
                groups = {
                    sl.key
                    for sl in views[s_index - 1].slots
                    if sl.kind == "actor" and sl.key and (sl.actor_type or "") in GROUP_TYPES
                }
                if len(groups) == 1:
                    q = replace(q, subject=groups.pop())
        counted = token_at(doc, text.find(q.text, views[s_index].start) + len(q.text) - 1)
        if (
            q.subject is None
            and q.measure in ("fighters", "members")
            and pos not in bodies
            and counted is not None
            and insurgent_noun(counted)
            and not any(
                sl.kind == "actor" and (sl.actor_type or "") in GROUP_TYPES
                for sl in views[s_index].slots
            )
        ):
            # (s18) "Around two dozen militants attacked a checkpost ... The TTP claimed the
            # attack": the one armed group its paragraph shows acting (s18b: the events
            # side's paragraph and guards)
            finder = finder or group_finder(doc, actors)
            q = replace(q, subject=acting_group(finder, counted))
        taker = _insurgent_taker(counted) if q.subject is None else None
        if taker is not None and q.measure in cue_set("taken_by_insurgents_measures"):
            # (s20) "X raided a farm. The raiders drove away two pickup trucks":
            # what the paragraph's attackers took is the one group it shows acting
            finder = finder or group_finder(doc, actors)
            q = replace(q, subject=acting_group(finder, taker))
        at = text.find(q.text, views[s_index].start)
        if at >= 0:
            # (s19) "..., most of them X volunteers": whose people the toll counted
            later = [p for s, p, _q in found if s == s_index and p > pos]
            q = share_owner(q, text, views[s_index], at + len(q.text), later)
            if q.subject is None and q.measure in toll_measures():
                # (s19) "| 26 Mar | Damboa road | IED on CJTF patrol | 4 killed |"
                target = line_row_target(text, views[s_index], at, at + len(q.text))
                q = replace(q, subject=target) if target else q
        q = more_of_same(q, counted, out, s_index)  # "... More than a dozen others"
        q = same_people(q, text, counted, out, s_index)  # another source's "27 soldiers"
        own_at = text.rfind(q.text, views[s_index].start, pos + len(q.text))
        if own_at >= 0:
            # (s22c) "three soldiers were killed and at least four wounded": the same people
            own = doc.char_span(own_at, own_at + len(q.text), alignment_mode="expand")
            q = elided_people(q, own_at, text, views[s_index], list(own or ()), done)
        # "put the toll at 23": another account's date
        q = same_incident_period(q, text, views, views[s_index], out, counted)
        owner = by_key.get(q.subject or "")
        if owner is not None and owner.type in cue_set("speaking_actor_types"):
            # (s19) not an outlet's: its group, else the group its paragraph shows acting
            group: Callable[[], str | None] = _nobody
            if counted is not None:
                finder = finder or group_finder(doc, actors)
                group = partial(acting_group, finder, counted)
            q = speaker_owner(q, views[s_index], by_key, group)
        if not q.approximate and (
            cue_regex("disputed_figures").search(views[s_index].text)
            or _estimated().search(views[s_index].text)
        ):
            # "JNIM has between 5,000 and 6,000 fighters, though estimates vary widely":
            # the sentence itself says its figures are uncertain
            q = replace(q, approximate=True)
        out.append(q)
        done.append((s_index, pos, q))
    if tabled:
        out = sorted([*out, *(q for _s, _c, q in tabled)], key=lambda q: q.anchor.start)
    return _told_once(out)


_TOLL_FAMILY = {"casualties": "killed"}


def _disputed_tolls(
    text: str,
    views: Sequence[SentenceView],
    found: list[tuple[int, int, Quantity]],
    tentative: set[tuple[int, int]],
) -> list[tuple[int, int, Quantity]]:
    """The tolls of one incident that sources give (``tentative``) are kept where sources
    disagree: another source's figure of the same measure, different, within two sentences:
    in the same sentence after words of a source ("six bodies, the centre said; residents
    counted dozens"), or in a later sentence that says it differs or stands for the toll
    (``toll_disagreement_cues``: "The ministry, however, said three police died", "Residents
    said the toll was higher"). A kept figure keeps the tolls of its sentence with it (the wounded its
    source counted beside the dead); the toll of one account stays its event's only."""
    told = [(s, pos, q) for s, pos, q in found if (s, pos) in tentative]
    keep: set[tuple[int, int]] = set()
    for s, pos, q in told:
        family = _TOLL_FAMILY.get(q.measure, q.measure)
        for s2, pos2, q2 in told:
            if (s2, pos2) == (s, pos) or abs(s2 - s) > 2:
                continue
            if _TOLL_FAMILY.get(q2.measure, q2.measure) != family:
                continue
            if (q.low, q.high) == (q2.low, q2.high):
                continue
            lo, hi = min(pos, pos2), max(pos, pos2)
            later = views[max(s, s2)]
            if (
                (s2 == s and cue_regex("toll_source_cues").search(text, lo, hi))
                or (s2 != s and cue_regex("toll_disagreement_cues").search(text, later.start, hi))
                or (s2 != s and _next_sentence_account(text, views[min(s, s2)], later, hi))
            ):
                keep.add((s, pos))
                break
    sentences = {s for s, _pos in keep}
    return [
        (s, pos, q)
        for s, pos, q in found
        if (s, pos) not in tentative or (s, pos) in keep or s in sentences
    ]


_RETOLD_LOOKBACK = 3
# the words a figure re-told may hold besides words of the dead: "two or three", "about 12"
_RETOLD_POS = frozenset({"NUM", "CCONJ", "PUNCT", "SYM", "ADV", "ADP", "DET"})


def _retold_tolls(
    doc: Doc, views: Sequence[SentenceView], found: list[tuple[int, int, Quantity]]
) -> list[tuple[int, int, Quantity]]:
    """(s23) Another account of a toll told just before, in its paragraph, counts the same
    people: "Three rebels of X were killed ... Residents saw *two or three* bodies; an
    official put the figure at two" — each later figure of the same harm with no owner, no
    people noun of its own (only words of the dead or of a figure: ``dead_reference_words``,
    ``anaphoric_figures``) takes the owner of the tolls of that harm before it, where those
    have one owner only."""
    text = doc_text(doc)
    plain = cue_set("dead_reference_words") | cue_set("anaphoric_figures")
    out = list(found)
    for n, (s_index, pos, q) in enumerate(out):
        if q.subject is not None or q.measure not in _TOLL_PARTS:
            continue
        span = doc.char_span(pos, pos + len(q.text), alignment_mode="expand")
        if span is None:
            continue
        # the figure's whole phrase: "about 30 bodies *of civilians*" counts people of its own
        phrase = {t.i: t for t in span} | {t.i: t for t in span.root.subtree}
        if any(
            t.pos_ not in _RETOLD_POS and t.lemma_.lower() not in plain for t in phrase.values()
        ):
            continue  # "twelve civilians", "four others": people of their own
        if _new_harm(span.root) or separate_incident(views[s_index].text):
            continue  # "a bomb in another town killed four": a harm of its own, not retold
        rest = text[pos + len(q.text) : views[s_index].end]
        if cue_regex("toll_parts").search(rest) or cue_regex("share_of_counted").search(rest):
            continue  # "put the toll at six, including two civilians": others counted too
        family = _TOLL_FAMILY.get(q.measure, q.measure)
        owners = set()
        for s0, pos0, q0 in out:
            if not (s_index - _RETOLD_LOOKBACK <= s0 <= s_index and (s0, pos0) < (s_index, pos)):
                continue
            if _TOLL_FAMILY.get(q0.measure, q0.measure) != family:
                continue
            if PARAGRAPH_BREAK.search(text[views[s0].start : views[s_index].start]):
                continue  # another paragraph
            fig = token_at(doc, pos0)
            if fig is not None and any(t.dep_ == "relcl" for t in [fig, *fig.ancestors]):
                continue  # "X, a group that ambushed a truck in which five died": another toll
            owners.add(q0.subject)
        if len(owners) == 1 and None not in owners:
            out[n] = (s_index, pos, replace(q, subject=owners.pop()))
    return out


def _new_harm(figure: Token) -> bool:
    """(s23b) Whether a figure is what a verb of harm with a doer of its own struck ("a
    landmine killed three", "the army said it killed 50"): a new harm, never another
    account of the toll before it (``new_harm_verbs``)."""
    if figure.dep_ not in ("dobj", "obj"):
        return False
    verb = figure.head
    return verb.lemma_.lower() in cue_set("new_harm_verbs") and any(
        c.dep_ == "nsubj" for c in verb.children
    )


def _next_sentence_account(
    text: str, first: SentenceView, later: SentenceView, figure: int
) -> bool:
    """The sentence right after a source's toll gives another source's toll of the same
    measure without naming another incident: "..., police said. A rights group said eight or
    nine people had been killed" (a source cue before the later figure, none of the words
    of another incident or place from the sentence start to the punctuation after the figure)."""
    if later.index != first.index + 1:
        return False
    lead = text[later.start : figure]
    stop = re.compile(r"[,;.]").search(text, figure, later.end)
    return bool(cue_regex("toll_source_cues").search(lead)) and not another_incident(
        text[later.start : stop.start() if stop else later.end]
    )


def _told_once(quantities: Sequence[Quantity]) -> list[Quantity]:
    """One quantity per figure the document tells twice (a key-figures box and the body: "*
    782,000 people displaced" and "approximately 782,000 people have been displaced"): same
    measure and bounds, same subject (or none on one side) and period (or none on one side);
    the first keeps its anchor and takes what the other adds."""
    out: list[Quantity] = []
    for q in quantities:
        for i, kept in enumerate(out):
            if (kept.measure, kept.low, kept.high) != (q.measure, q.low, q.high) or (
                kept.low is None and kept.high is None
            ):
                continue
            if kept.subject and q.subject and kept.subject != q.subject:
                continue
            if kept.period and q.period and kept.period != q.period:
                continue
            if kept.measure in HARM_MEASURES and not _same_toll(kept, q):
                continue  # (s16) "three soldiers" and "three attackers": two tolls
            if _open_range(kept) != _open_range(q):
                continue  # (s19b) "14–40+" is not "at least 14": both read 14 and no top
            # (s19b) a table cell told again in prose ("| 3 Mar | ... | 11+ soldiers killed |"
            # and "killing at least eleven soldiers"): the sentence is the better evidence
            # (s23) likewise a heading told again in its story ("THREE REBELS KILLED IN RAID"
            # over "Three rebels were killed in a raid ...")
            prose = not _table_cell(q) and not _headline(q.anchor.quote)
            better = _table_cell(kept) or _headline(kept.anchor.quote)
            base, other = (q, kept) if better and prose else (kept, q)
            out[i] = replace(
                base, subject=base.subject or other.subject, period=base.period or other.period
            )
            break
        else:
            out.append(q)
    return out


def _headline(quote: str) -> bool:
    """(s23) A heading in capitals or title case ("THREE REBELS KILLED IN RAID", "Three
    Rebels Killed in Raid"), not a key-figures line ("410,000 people displaced since May")."""
    words = re.findall(r"[^\W\d_]+", quote)
    capital = sum(1 for w in words if w[0].isupper())
    return is_heading(quote) and bool(words) and capital >= 0.6 * len(words)


def _table_cell(q: Quantity) -> bool:
    """Whether a figure was read from a pipe table's row."""
    return q.anchor.quote.lstrip().startswith("|")


def _open_range(q: Quantity) -> bool:
    """Whether a figure is a range with an open top ("14–40+"), which reads as its low
    bound and no high one, like "at least 14" but not the same figure."""
    return bool(re.search(r"\d\s*[–—-]\s*[\d,.]+\s*\+", q.text))


def _same_toll(one: Quantity, other: Quantity) -> bool:
    """Two counts of people harmed that tell one figure: a large one ("782,000 people
    displaced" in a key-figures box and the body), one of a table row and the text, or two
    that count the same noun ("three soldiers ... the three soldiers"); small tolls of
    different people ("three attackers", "three terrorist elements") stay two."""
    if (one.low or one.high or 0) >= 100:
        return True
    if one.anchor.quote.startswith("|") or other.anchor.quote.startswith("|"):
        return True
    words = [re.findall(r"[a-z]+", q.text.lower()) for q in (one, other)]
    if not (words[0] and words[1]):
        return False
    if words[0][-1] == words[1][-1]:
        return True
    # (s16b) "killed 14 guests ... police confirmed that 14 people died": a generic noun of
    # people in the same or the next sentence tells the same toll, unless each sentence names
    # its own source (two accounts of the figure stay apart)
    sources = cue_regex("toll_source_cues")
    return (
        bool({words[0][-1], words[1][-1]} & cue_set("toll_generic_nouns"))
        and abs(one.anchor.sentence - other.anchor.sentence) <= 1
        and not (
            one.anchor.sentence != other.anchor.sentence
            and sources.search(one.anchor.quote)
            and sources.search(other.anchor.quote)
        )
    )


# a numbered heading: "2.1 Piagapo ambush", "3. OUTLOOK", "4.2.1 Casualties"
_SECTION = re.compile(r"(?:\d{1,2}\.){1,3}\d{0,2}\.?[ \t]+(?:[A-Z]|\d{1,2}\.)")


def _section_number(text: str, start: int) -> bool:
    """Whether the figure at ``start`` numbers a heading: it opens its line and a numbered
    section's dotted form follows ("2.1 Piagapo ambush", "3. Outlook")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t#*"):
        return False
    return _SECTION.match(text, start) is not None


_REWARD_NOUNS = frozenset({"reward", "bounty", "prize", "price"})


def _slot_in(view: SentenceView, tok: Token) -> str | None:
    """The actor of ``view`` whose mention covers ``tok`` or its phrase."""
    lo = min(t.idx for t in tok.subtree)
    hi = max(t.idx + len(t.text) for t in tok.subtree)
    inside = [sl for sl in view.slots if sl.kind == "actor" and sl.key and lo <= sl.start < hi]
    # "the Houthi commander Abdul Malik al-Houthi": the person, not the group that qualifies
    people = [sl for sl in inside if sl.actor_type == "person"]
    return (people or inside)[0].key if inside else None


def _reward_target(doc: Doc, view: SentenceView, count: Count) -> str | None:
    """The one a reward or bounty is on: "a $3.4 million bounty on his head" (who has it),
    "a $5 million bounty on X", "on the head of X" (the actor of its "on" phrase); None when
    the text names no one, or only whom information is sought on ("a reward for information
    on X" rewards the informant)."""
    at = token_at(doc, count.end - 1)
    if at is None:
        return None
    near = [
        t
        for t in doc[max(at.sent.start, at.i - 7) : min(at.sent.end, at.i + 4)]
        if t.lemma_.lower() in _REWARD_NOUNS
    ]
    for noun in near:
        verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
        preps = [
            c
            for h in (noun, verb, at)  # "a bounty of $5 million on X": on the figure
            if h is not None
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "on" and c.i > noun.i
        ]
        for obj in (c for p in preps for c in p.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() == "head":
                owner = [g for p in obj.children if p.lower_ == "of" for g in p.children] or None
                if owner:
                    return _slot_in(view, owner[0])  # "on the head of X"
                if verb is not None and any(c.dep_ == "poss" for c in obj.children):
                    # "had a bounty on his head": the subject who has it
                    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                    return _slot_in(view, subj[0]) if subj else None
                return None
            key = _slot_in(view, obj)
            if key is not None:
                return key
    return None


def _note_marker(text: str, count: Count) -> bool:
    """Whether the figure is a footnote marker glued to the word or quote before it
    ("numbered "around 15 to 20"3.", "the Amaq2 statement")."""
    if re.fullmatch(r"\d{1,3}", count.text) and (
        text[max(0, count.start - 2) : count.start] == "[^"
        or (text[count.start - 1 : count.start] == "[" and text[count.end : count.end + 1] == "]")
    ):
        return True  # (s16) a Markdown footnote "[^3]" or a reference "[3]"
    return (
        count.start > 0
        and re.fullmatch(r"\d{1,2}", count.text) is not None
        and (_closing_quote(text, count.start - 1) or text[count.start - 1].isalpha())
        and (count.end >= len(text) or not text[count.end].isalnum())
    )


# "the group's", "the militia's", "its": the owner of a figure put by a source
_OWNER = re.compile(
    r"\b(?:(?:the|this)\s+(?:group|organi[sz]ation|movement|militia|gang|cartel|faction)"
    r"[’']s|its|their)\s",
    re.IGNORECASE,
)


def _put_owner(
    views: Sequence[SentenceView],
    view: SentenceView,
    text: str,
    start: int,
    end: int,
    source: str | None = None,
) -> str | None:
    """The armed group whose figure a source puts ("officials put the group's fighters at
    3,000", "analysts put its strength at 500"): the group the possessive stands for, never
    the source that puts it."""
    m = _OWNER.search(text, start, end)
    if m is None:
        return None
    words = re.sub(r"[’']s$", "", m.group(0).strip())
    # "UN monitors put its strength at": "its" is not the source's own
    ref = resolve_reference(views, view.index, m.start(), words, exclude=source)
    if ref is None or not ref.key or ref.actor_type == "person":
        return None
    return ref.key


def _following_period(
    text: str, sentence: tuple[int, int], count: Count, timexes: Sequence[Timex]
) -> str | None:
    """(s18b) The period right after a figure ("5,600 killed in 2024, and *1,086 in
    January-February 2025*", "12 attacks in May"): a figure and its own date, with at most a
    few words between them and no other figure or comma, win over a date nearer before it
    (another figure's)."""
    period = clause_period(text, (count.end, sentence[1]), count.end, timexes)
    if period is None:
        return None
    at = text.find(period, count.end, sentence[1])
    gap = text[count.end : at] if at >= 0 else ""
    if at < 0 or len(gap.split()) > 3 or re.search(r"[\d,;:()]", gap):
        return None
    return period


def _coordinated_singles(head: Token | None) -> list[Token]:
    """The coordinated nouns of one person each beside a counted noun ("two nurses and *a*
    missionary", "*a* priest and two seminarians"): nouns with an article of one
    (``single_articles``) and no figure of their own, under the same verb; each adds one to
    the count. Only a noun of people (``people_nouns``, or a rank: "a sergeant"): never a
    thing ("a truck"), a quantity ("a number of soldiers", "a group of pupils") or an
    attacker ("a suicide bomber", "a militant": :func:`_side_noun`)."""
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return []
    others = [c for c in head.children if c.dep_ == "conj"]
    if head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN"):
        others.append(head.head)
        others += [c for c in head.head.children if c.dep_ == "conj" and c.i != head.i]
    return [
        o
        for o in others
        if o.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in cue_set("single_articles") for c in o.children)
        and not any(c.dep_ == "nummod" for c in o.children)
        and (people_word(o.lemma_) or _rank_noun(o))
        and not _side_noun(o)
    ]


def _force_noun(head: Token | None) -> bool:
    """(s25) Whether a counted noun names a force's own men ("two *soldiers* and a civilian",
    "three *militants* and a bystander"), whose count stays theirs: the single person beside
    them is of another side, so not one more of them, whether or not their force is named."""
    if head is None:
        return False
    return bool(_noun_words(head) & (cue_set("toll_state_nouns") | cue_set("toll_member_nouns")))


def _rank_noun(tok: Token) -> bool:
    """(s25b) Whether a noun names a rank or post held within a force (``force_rank_nouns``:
    "an officer", "a lieutenant", "their commander")."""
    return tok.lemma_.lower() in cue_set("force_rank_nouns")


def _side_noun(tok: Token) -> bool:
    """A noun of the other side's man or of the perpetrator ("a militant", "a suicide
    bomber": ``toll_member_nouns``, ``perpetrator_nouns``, with its compound), whose death is
    no victim's; a guard or a soldier killed beside civilians is one of the dead."""
    return bool(_noun_words(tok) & (cue_set("toll_member_nouns") | cue_set("perpetrator_nouns")))


def _noun_words(tok: Token) -> set[str]:
    """A noun's lemma and text, lower-cased, each also after each of its compounds ("suicide
    bomber"), as the noun lists name it."""
    words = {tok.lemma_.lower(), tok.lower_}
    words |= {f"{c.lower_} {w}" for c in tok.children if c.dep_ == "compound" for w in set(words)}
    return words


def _put_at_owner(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, count: Count
) -> str | None:
    """(s18b) Whose figure a verb that puts a strength at it names (``strength_at_verbs``
    with the figure under its "at"): the actor that is its object ("the army's assessment
    puts *ISWAP* at 5,000 fighters"), or its subject where the object is the subject's "own"
    strength ("*AMISOM* puts its own strength at 19,000 troops"); never a person."""
    tok = token_at(doc, count.end - 1)
    while tok is not None and tok.head is not tok:
        if tok.dep_ in ("nummod", "quantmod", "compound"):
            tok = tok.head
        elif tok.dep_ == "conj" and tok.head.pos_ == "NUM":
            # (s25) "at between 2,000 and 3,000 fighters" parsed with the first figure under
            # "at" and the counted noun its conjunct: the range's first figure
            tok = tok.head
        else:
            break
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return None
    verb = tok.head.head
    if verb.dep_ in ("dobj", "obj"):
        verb = verb.head  # "puts [its strength at 19,000]"
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue_set("strength_at_verbs"):
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return None
    if obj.lemma_.lower() in cue_set("strength_nouns"):
        if not any(c.lower_ in cue_set("own_words") for c in obj.children):
            return None  # "estimates X's strength at": the strength's owner (_strength_owner)
        obj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if obj is None:
            return None
    # (s20c) the object's own words, not a clause on it: "put the faction, which split from
    # Boko Haram, at 300" is not Boko Haram's figure
    clauses = {t.i for c in obj.children if c.dep_ in ("relcl", "acl", "advcl") for t in c.subtree}
    own = [(t.idx, t.idx + len(t.text)) for t in obj.subtree if t.i not in clauses]
    named = next(
        (
            sl.key
            for sl in view.slots
            if sl.kind == "actor"
            and sl.key
            and sl.actor_type != "person"
            and any(lo <= sl.start < hi for lo, hi in own)
        ),
        None,
    )
    # (s20c) "Analysts put the organisation, led by X, at 9,000 members": the object names
    # no actor, and stands for the group named before it
    return named or anaphor_group(doc, views, view, obj)


def _strength_owner(doc: Doc, view: SentenceView, c_start: int, figure: int) -> str | None:
    """The actor a noun of strength before the figure in its clause belongs to ("estimates
    *TTP* strength at 6,000", "put *the Houthis'* manpower at 20,000", "the strength of *X*
    is put at 3,000"): its possessor, its compound, or the object of its "of"; an actor of
    a kind that has fighters, never a person."""
    nouns = cue_set("strength_nouns")
    for tok in doc.char_span(c_start, figure, alignment_mode="contract") or ():
        if tok.lemma_.lower() not in nouns or tok.pos_ != "NOUN":
            continue
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod")]
        owners += [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
        ]
        for owner in owners:
            lo, hi = owner.left_edge.idx, owner.idx + len(owner.text)
            for sl in view.slots:
                if (
                    sl.kind == "actor"
                    and sl.key
                    and sl.actor_type != "person"
                    and sl.start < hi
                    and sl.end > lo
                ):
                    return sl.key
    return None


def _allegiance(view: SentenceView, head: Token) -> str | None:
    """The group counted fighters are loyal to ("some 200 fighters loyal to X", "150
    militants affiliated with X"): an armed group, never a person (a person's loyalists
    are no actor's strength here)."""
    words = cue_set("allegiance_words")
    for mod in head.children:
        if mod.dep_ not in ("amod", "acl") or mod.lemma_.lower() not in words:
            continue
        for prep in (c for c in mod.children if c.dep_ == "prep" and c.lower_ in ("to", "with")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                group = _group_slot(view, obj)
                if group is not None:
                    return group.key
    for prep in head.children:
        # "some 600 fighters from the Wagner Group", "200 militants of X": the armed group
        # they come from (a state they come from is no force of theirs: "fighters from Chad")
        if prep.dep_ != "prep" or prep.lower_ not in cue_set("member_from_preps"):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            group = _group_slot(view, obj)
            if group is not None and group.actor_type in GROUP_TYPES:
                return group.key
    return None


def _force_estimated(view: SentenceView, doc: Doc, count: Count) -> tuple[str, Token] | None:
    """ "Boko Haram is estimated at 5,000": a figure a force is estimated "at" is its strength
    only where the subject's head is an armed group's or a state force's mention; a place
    ("Cameroon is estimated at 27 million", "the camp, the largest, is estimated at 70,000")
    has a population, no fighters."""
    found = measure_of_estimated_force(doc, count)
    if found is None:
        return None
    head = found[1]
    for sl in view.slots:
        if (
            sl.kind == "actor"
            and sl.start <= head.idx < sl.end
            and (sl.actor_type or "") in GROUP_TYPES | cue_set("estimated_force_types")
        ):
            return found
    return None


def _group_slot(view: SentenceView, tok: Token) -> Slot | None:
    """The first actor of ``view`` that is no person, named inside ``tok``'s phrase."""
    lo = min(t.idx for t in tok.subtree)
    hi = max(t.idx + len(t.text) for t in tok.subtree)
    for sl in view.slots:
        if sl.kind == "actor" and sl.actor_type != "person" and lo <= sl.start < hi:
            return sl
    return None


def _closing_quote(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a quote that closes a quotation (glued to the word before it):
    an opening quote before a figure ("\"12 soldiers were killed,\" he said") marks no note."""
    if text[i] in "”’":
        return True
    return text[i] in "\"'" and i > 0 and not text[i - 1].isspace() and text[i - 1] not in "([{"


def _members_of(view: SentenceView, head: Token) -> str | None:
    """The group whose members a noun counts: "fourteen members of the X faction", "27
    former fighters of X" (the actor of its "of" phrase, never a person)."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        group = _group_slot(view, prep)
        if group is not None:
            return group.key
    return None


def _body_actor(view: SentenceView, head: Token) -> str | None:
    """The actor a body's noun phrase names ("the 2,500-strong MSS mission", "Haiti's
    9,000-strong police force"): its own strength, never that of the clause's subject."""
    lo = head.left_edge.idx
    hi = head.idx + len(head.text)
    for s in view.slots:
        if s.kind != "actor" or s.actor_type == "person" or not (s.start < hi and s.end > lo):
            continue
        # the body itself, or a name before it ("the MSS mission"), not a common noun
        # modifying it ("the Kenyan-led police mission" is no mission of the police)
        if re.match(r"[-–][a-z]+\b", doc_text(head.doc)[s.end : s.end + 12]):
            continue  # (s22) "the Kenyan-led mission", "a UN-backed force": who leads it
        if s.start <= head.idx < s.end or s.text[:1].isupper():
            return s.key
    return None


@lru_cache(maxsize=1)
def _probability_regex() -> re.Pattern[str]:
    """A word of likelihood with its percentages in brackets or after it: "likely (55-70%)",
    "a realistic possibility (25-35 per cent)" (``probability_words``)."""
    words = load_data("quantity_cues.yaml").get("probability_words") or ["(?!)"]
    return re.compile(
        rf"\b(?:{alternation([str(w) for w in words])})\b[*_]*\s*[(\[]\s*(?:about\s+|around\s+|~)?"
        r"(?P<low>\d{1,3})\s*(?:%|per\s*cent|percent)?\s*(?:[–-]|to)\s*(?P<high>\d{1,3})\s*"
        r"(?:%|per\s*cent|percent)|"
        rf"\b(?:{alternation([str(w) for w in words])})\b[*_]*\s*[(\[]\s*(?:about\s+|around\s+|~)?"
        r"(?P<one>\d{1,3})\s*(?:%|per\s*cent|percent)",
        re.IGNORECASE,
    )


def _probabilities(
    text: str, views: Sequence[SentenceView], timexes: Sequence[Timex]
) -> list[tuple[int, int, Quantity]]:
    """The likelihood an estimative judgement gives in percent ("The truce is likely (55-70%)
    to hold"): measure ``probability``, low/high in percent, no subject."""
    out: list[tuple[int, int, Quantity]] = []
    for view in views:
        for m in _probability_regex().finditer(text, view.start, view.end):
            low = float(m.group("low") or m.group("one"))
            high = float(m.group("high") or m.group("one"))
            if not 0 <= low <= high <= 100:
                continue
            start = m.start("low") if m.group("low") else m.start("one")
            period = clause_period(text, (view.start, view.end), start, timexes)
            q = Quantity(
                measure="probability",
                anchor=anchor_of(view),
                low=low,
                high=high,
                approximate=m.group("one") is not None,
                period=period,
                text=text[m.start() : m.end()],
            )
            out.append((view.index, start, q))
    return out


@lru_cache(maxsize=1)
def _span_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words just before a span that lasted, "for nearly two hours"; words opening a window
    up to or from now, "the past three days"), from ``quantity_cues.yaml``."""
    cues = load_data("quantity_cues.yaml")
    lasting = [str(w) for w in cues.get("duration_lasting") or ["for"]]
    window = [str(w) for w in cues.get("duration_window") or ["past"]]
    return (
        re.compile(rf"\b(?:{alternation(lasting)})\s+$", re.IGNORECASE),
        re.compile(rf"(?:the\s+)?(?:{alternation(window)})\b", re.IGNORECASE),
    )


# an ISO 8601 span of minutes or hours ("PT10H", "PT30M") or days ("P2D")
_ISO_SPAN = re.compile(r"P(?:T(?P<time>\d+(?:\.\d+)?)(?P<unit>[HM])|(?P<days>\d+(?:\.\d+)?)D)")


@lru_cache(maxsize=1)
def _duration_cues() -> tuple[dict[str, float], re.Pattern[str], re.Pattern[str]]:
    """(unit → hours, words after a span that make it an offset, words before it that make it
    a window or a rate), from ``quantity_cues.yaml``."""
    cues = load_data("quantity_cues.yaml")
    units = {str(k): float(v) for k, v in (cues.get("duration_units") or {}).items()}
    after = [str(w) for w in cues.get("duration_not_after") or ["later"]]
    before = [str(w) for w in cues.get("duration_not_before") or ["within"]]
    return (
        units,
        re.compile(rf"\s*(?:{alternation(after)})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{alternation(before)})\s+(?:about\s+|some\s+)?$", re.IGNORECASE),
    )


def _durations(
    text: str, views: Sequence[SentenceView], timexes: Sequence[Timex]
) -> list[tuple[int, int, Quantity]]:
    """How long something lasted: a DURATION timex of minutes, hours or days ("a 10-hour
    siege", "gunfire for nearly two hours", "held the town for roughly two days"), measure
    ``duration`` in hours; not a date offset ("two days later") nor a window ("within 48
    hours", "in the past 24 hours")."""
    units, not_after, not_before = _duration_cues()
    lasting_words, window = _span_cues()
    out: list[tuple[int, int, Quantity]] = []
    for t in timexes:
        span = _ISO_SPAN.fullmatch(t.value or "") if t.type == "DURATION" else None
        if span is None:
            continue
        unit = span.group("unit") or "D"
        lasting = lasting_words.search(text, max(0, t.start - 20), t.start)
        if (
            unit not in units
            or (
                not lasting
                and (
                    not_after.match(text, t.end)
                    or not_after.search(t.text)
                    or not_before.search(text, max(0, t.start - 30), t.start)
                )
            )
            or window.match(t.text)
            or _recording().match(text, t.end)
        ):
            continue
        view = next((v for v in views if v.start <= t.start < v.end), None)
        counts = find_counts(t.text, t.start)
        if view is None or len(counts) > 1:
            continue
        if not counts and not cue_regex("duration_unit_words").search(t.text):
            continue  # (s16b) "a night raid": no stated span of minutes, hours or days
        if counts:
            count = counts[0]
        else:
            # "a 10-hour siege", "a three-day lockdown": the figure of the span itself ("hours",
            # "a few days" have no digits in their value and were left above)
            n = int(float(span.group("time") or span.group("days")))
            count = Count(
                low=n, best=n, high=n, approximate=False, text=t.text, start=t.start, end=t.end
            )
        factor = units[unit]
        period = clause_period(text, (view.start, view.end), t.start, timexes)
        q = Quantity(
            measure="duration",
            anchor=anchor_of(view),
            low=round(count.low * factor, 2) if count.low is not None else None,
            high=round(count.high * factor, 2) if count.high is not None else None,
            approximate=count.approximate,
            period=None if period is None or t.text in period else period,
            text=t.text,
        )
        out.append((view.index, t.start, q))
    return out


@lru_cache(maxsize=1)
def _recording() -> re.Pattern[str]:
    """The noun of a recording a span measures ("a 22-minute video", "a 40-minute audio
    message"): its length, not how long anything lasted (``duration_media_nouns``)."""
    nouns = alternation(sorted(cue_set("duration_media_nouns")))
    return re.compile(rf"[\s-]*(?:[\w-]+\s+)?(?:{nouns})\b", re.IGNORECASE)


_PERCENT = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _share_verbs() -> dict[str, str]:
    """Verb lemma → share measure (``share_verbs`` of ``quantity_cues.yaml``)."""
    data = load_data("quantity_cues.yaml").get("share_verbs") or {}
    return {str(v).lower(): str(m) for m, verbs in data.items() for v in verbs}


def _share_quantities(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, timexes: Sequence[Timex]
) -> list[tuple[int, Quantity]]:
    """Shares of a place an actor holds: "the gangs control about 80 percent of the capital",
    "80% of Port-au-Prince is controlled by gangs" (a percentage the object, or the passive
    subject, of a ``share_verbs`` verb; low/high are percentages). (start, quantity) pairs."""
    text = doc_text(doc)
    out: list[tuple[int, Quantity]] = []
    for m in _PERCENT.finditer(text, view.start, view.end):
        number = re.match(r"[\d.]+", m.group(0))
        assert number is not None
        unit = token_at(doc, m.end() - 1)
        if unit is None:
            continue
        # the figure with its modifier: "about 80", "an estimated 85", "more than 60"
        num_end = m.start() + len(number.group(0))
        count = parse_count(number.group(0), m.start())
        lead = max(view.start, m.start() - 40)
        words = list(re.finditer(r"[\w-]+", text[lead : m.start()]))
        for k in range(min(3, len(words)), 0, -1):
            at = lead + words[-k].start()
            longer = parse_count(text[at:num_end], at)
            if longer is not None:
                count = longer
                break
        if count is None:
            continue
        verb, dep = unit, unit.dep_
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            if (
                verb is not unit
                and dep in ("dobj", "obj")
                and verb.lemma_.lower() in _share_verbs()
            ):
                break  # "controls or contests 40 per cent", with "contests" read as a noun
            dep = verb.dep_
            verb = verb.head
        measure = _share_verbs().get(verb.lemma_.lower())
        if measure is None or dep not in ("dobj", "obj", "nsubjpass"):
            continue
        if dep == "nsubjpass":
            subject = passive_agent(views, view, verb) or None
        else:
            subject = figure_subject(doc, views, view, unit, count.start, measure)
        end = m.end()
        of = next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            end = max(end, max(t.idx + len(t.text) for t in of.subtree))
        sentence = (view.start, view.end)
        out.append(
            (
                count.start,
                Quantity(
                    measure=measure,
                    anchor=anchor_of(view),
                    subject=subject,
                    low=float(count.low) if count.low is not None else None,
                    high=float(count.high) if count.high is not None else None,
                    approximate=count.approximate,
                    period=clause_period(text, sentence, count.start, timexes),
                    text=text[count.start : end],
                ),
            )
        )
    return out


# a table's caption or column header saying its figures are estimates ("Estimated strength")
_TABLE_ESTIMATE = re.compile(r"\b(?:estimat\w*|approx\w*)", re.IGNORECASE)
_TABLE_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")


def _table_quantities(
    text: str,
    views: Sequence[SentenceView],
    actors: Sequence[Actor],
    timexes: Sequence[Timex],
) -> list[tuple[int, Count, Quantity]]:
    """Figures of table rows read as "label: figure" (:func:`~dossier.extract.tables.pipe_rows`): "| TTP fighters in
    Afghanistan | 6,000–6,500 | UN Monitoring Team, July 2023 |" is 6,000–6,500 TTP
    fighters, July 2023. The measure is named by the row's first cell, else by the figure's
    column header; the subject is the actor the first cell names; the period is a date of
    the first cell, of the figure's column header, else of another cell of the row. A row is
    a total, so counts of people harmed are kept without a period cue."""
    out: list[tuple[int, Count, Quantity]] = []
    mentions = [
        (m.start, m.end, a)
        for a in actors
        if a.type != "person"
        for m in a.mentions
        # (s16) no actor read inside a date ("2018 EC / 5 Oct 2025")
        if not any(t.start < m.end and m.start < t.end for t in timexes)
    ]
    sources = re.compile(
        rf"\b(?:{alternation([str(h) for h in load_data('quantity_cues.yaml').get('source_headers') or ()])})\b",
        re.IGNORECASE,
    )
    statistics = label_rows(text)
    statistics_labels = {r.cells[0] for r in statistics}
    rows = [_without_index(text, r) for r in (*pipe_rows(text), *aligned_rows(text), *statistics)]
    column_measures: dict[tuple[int, int], list[str]] = {}
    for row in rows:
        for col, cell_span in enumerate(row.cells[1:], start=1):
            if col < len(row.header) and figure_cell(text, cell_span) is not None:
                found = _row_measure(text, row, col)
                if found:
                    column_measures.setdefault(row.header[col], []).append(found)
    for row in rows:
        label = row.cells[0]
        if figure_cell(text, label) is not None:
            continue
        figures = [
            (col, span, count, own)
            for col, span in enumerate(row.cells[1:], start=1)
            for count, own in _cell_figures(text, span)
            if not any(t.start < count.end and count.start < t.end for t in timexes)
        ]
        part_owners: dict[int, str | None] = {}
        for col, cell, count, own in figures:
            if count.text.lower() in _too_vague():
                continue
            head = row.header[col] if col < len(row.header) else None
            measure = own or _row_measure(text, row, col)
            if own in cue_set("table_people_measures") and (
                _row_measure(text, row, col) in HARM_MEASURES
            ):
                # "| Reported fatalities | 6–9 combatants |": the dead, not a strength
                measure = _row_measure(text, row, col)
            elif (
                own in cue_set("table_people_measures")
                and head is not None
                and text[head[0] : head[1]].strip(" *").lower() in cue_set("toll_headers")
            ):
                # "| Toll | 4 soldiers (MoD) |": the incident's dead, not a force's strength
                measure = "killed"
            if (
                not measure
                and head is not None
                and text[head[0] : head[1]].strip(" *").lower() in cue_set("bare_toll_headers")
                and (
                    bare_toll_cell(text[cell[0] : cell[1]], count.start - cell[0])
                    # (s24) "4 (police) or 7 (residents)": one toll, two sources
                    or _contested_figure(text, cell) is not None
                )
            ):
                # (s21) "| Toll | 9 (army) / 12 (JNIM claim) |": each source's count of the dead
                measure = "killed"
            if not measure and head is not None and column_measures.get(head):
                # '| Wazalendo (all groups) | "tens of thousands" |' under rows of fighters and
                # troops: what the column's other rows count
                kinds = column_measures[head]
                measure = max(set(kinds), key=kinds.count)
            if not measure:
                continue
            keys = {a.key for s, e, a in mentions if label[0] <= s and e <= label[1]}
            if label in statistics_labels and (
                measure in toll_measures() or measure in cue_set("captive_measures")
            ):
                # (s24b) "Mali – 2 attacks, 9 killed": a statistics line's label is mostly a
                # place, whose government's people the dead are not
                keys = set()
            if not keys and head is not None:
                keys = {a.key for s, e, a in mentions if head[0] <= s and e <= head[1]}
            # the cells of a source column ("| RFA Burmese |") name who told the figure, not
            # whose it is
            others = [
                c for c in row.cells if c not in (label, cell) and figure_cell(text, c) is None
            ]
            if not keys:
                # "| 9 Feb | Taiz | Drone attack | Houthis | 4 |": the one actor the row's
                # other cells name (a perpetrator column) is whose figure it is; the cells of
                # a source column ("| RFA Burmese |") name who told the figure, not whose it is
                owners = [
                    c
                    for k, c in enumerate(row.cells)
                    if c in others
                    and not (k < len(row.header) and sources.search(text, *row.header[k]))
                ]
                keys = {a.key for s, e, a in mentions for c in owners if c[0] <= s and e <= c[1]}
                if measure in toll_measures() or measure in cue_set("captive_measures"):
                    # (s16) "| 9 May | Taiz | Houthis | 4 |": the perpetrator's victims, no
                    # people of its own; (s18) "| CTD | 3 arrested |": nor the captor's;
                    # (s19) "| IED on CJTF patrol | 4 killed |": the target's own people
                    keys = (
                        row_target(
                            text, [(s, e, a.key, a.type) for s, e, a in mentions], owners, cell
                        )
                        if measure in toll_measures()
                        else set()
                    )
                    listed = [f[2] for f in figures if f[1] == cell]
                    if len(listed) > 1 and _LIST_JOINT.search(
                        text, listed[0].end, listed[-1].start
                    ):
                        # (s22) "| A vs B | 4 police, 6 rebels killed |": each
                        # figure's own people
                        part_owners = _listed_owners(
                            text, listed, cell, mentions, owners, part_owners
                        )
                        own_key = part_owners.get(count.start)
                        keys = {own_key} if own_key else keys
            period = None
            for span in (label, head, *others):
                if span is None:
                    continue
                dates = [
                    t
                    for t in timexes
                    if span[0] <= t.start and t.end <= span[1] and t.type != "SET"
                ]
                if dates:
                    # "| 12–13 May |": the cell's dates from the first to the last
                    first, last = min(dates, key=lambda t: t.start), max(dates, key=lambda t: t.end)
                    period = dates[0].text
                    if last.start > first.start and re.fullmatch(
                        r"[\s–-]*(?:to|and|until)?[\s–-]*", text[first.end : last.start]
                    ):
                        period = text[first.start : last.end]
                    break
            caption = row.caption or _caption_line(text, row.start)
            if period is None and caption is not None:
                # (s19) "Table 1. Incidents recorded, 15–21 September 2025": the caption's
                # dates, from the first to the last
                period = _span_dates(text, caption, timexes)
            if period is None:
                # a year alone in a period column ("| 2024 |"), which no timex reads, else the
                # year of the caption ("Table 2. Deaths by province, 2024")
                year = next(
                    (
                        y
                        for c in (*others, row.caption)
                        if c is not None and (y := _TABLE_YEAR.search(text, *c)) is not None
                    ),
                    None,
                )
                period = year.group(0) if year is not None else None
            sentence = next((v.index for v in views if v.start <= row.start < v.end), 0)
            quote = text[row.start : row.end].strip()
            anchor = Anchor(
                start=row.start + text[row.start : row.end].index(quote),
                end=row.start + text[row.start : row.end].index(quote) + len(quote),
                quote=quote,
                sentence=sentence,
            )
            out.append(
                (
                    sentence,
                    count,
                    Quantity(
                        measure=measure,
                        anchor=anchor,
                        subject=keys.pop() if len(keys) == 1 else None,
                        low=float(count.low) if count.low is not None else None,
                        high=float(count.high) if count.high is not None else None,
                        # "Table 1. Estimated strength of selected factions"
                        approximate=count.approximate
                        or bool(row.caption and _TABLE_ESTIMATE.search(text, *row.caption))
                        or bool(head and _TABLE_ESTIMATE.search(text, *head)),
                        period=period,
                        text=count.text,
                    ),
                )
            )
    return out


@cache
def _caption_regex() -> re.Pattern[str]:
    words = [str(w) for w in load_data("quantity_cues.yaml").get("caption_words") or ()]
    return re.compile(
        rf"^[|\s*]*(?:{alternation(words) if words else '(?!)'})\s+\d+[.:]", re.IGNORECASE
    )


def _caption_line(text: str, row_start: int) -> tuple[int, int] | None:
    """(s19) The caption line of the table a row belongs to ("Table 1. Incidents by
    territory, 15–21 September 2025", written as a row of its own or a line above the table):
    the nearest line above the row, across only its own table's rows and blank lines, that
    opens with a caption word and a number; None where prose comes first, or another table's
    rows (s19b: a row above the header, "| Place | Killed |", under its rule line)."""
    end = text.rfind("\n", 0, row_start)
    rule = header = False  # passed the table's rule line ("|---|"), and its header above it
    for _ in range(40):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _caption_regex().match(line):
            return start, end
        if line.strip() and not line.lstrip().startswith("|"):
            return None
        if re.fullmatch(r"\s*\|[\s|:–—-]*", line):
            rule = True
        elif line.strip():
            if header:
                return None  # a row above the header: another table's
            header = rule
        end = start - 1
    return None


def _span_dates(text: str, span: tuple[int, int], timexes: Sequence[Timex]) -> str | None:
    """The dates of a caption, from the first to the last where only a dash or "to" joins
    them ("15–21 September 2025"), else the first; None where it has none, or where words of
    the data's own date come before them ("data downloaded 12 May 2025": s19b)."""
    dates = [t for t in timexes if span[0] <= t.start and t.end <= span[1] and t.type != "SET"]
    if not dates:
        return None
    first, last = min(dates, key=lambda t: t.start), max(dates, key=lambda t: t.end)
    if cue_regex("caption_non_period_cues").search(text, span[0], first.start):
        return None
    joiners = "|".join(map(re.escape, sorted(cue_set("date_span_joiners"))))
    if last.start > first.start and re.fullmatch(
        rf"[\s–-]*(?:{joiners})?[\s–-]*", text[first.end : last.start]
    ):
        return text[first.start : last.end]
    return first.text


def _row_measure(text: str, row: PipeRow, col: int) -> str | None:
    """The measure of a row's figure in column ``col``: named by the row's first cell, else
    by the column's header, else by the table's caption."""
    label = row.cells[0]
    head = row.header[col] if col < len(row.header) else None
    return (
        measure_of_label(text[label[0] : label[1]])
        or (measure_of_label(text[head[0] : head[1]]) if head else None)
        or (measure_of_label(text[row.caption[0] : row.caption[1]]) if row.caption else None)
    )


# "0 (2 wounded)": a figure of the column's measure with another one in brackets
_BRACKETED = re.compile(r"\s+(?P<words>[A-Za-z][\w\s-]{0,30}?)\s*\)\s*$")


def _without_index(text: str, row: PipeRow) -> PipeRow:
    """A row without its first cell when that cell only numbers the rows ("| # | Date | ... |"
    with "| 2 | 15 Oct | ... |"): the cell after it is the row's label."""
    if (
        len(row.cells) > 2
        and len(row.header) > 2
        # the header of a column that numbers the rows ("#", "No.", "S/N")
        and text[row.header[0][0] : row.header[0][1]].strip().lower()
        in cue_set("table_index_headers")
        and re.fullmatch(r"\d{1,3}\.?", text[row.cells[0][0] : row.cells[0][1]].strip())
    ):
        return replace(row, cells=row.cells[1:], header=row.header[1:])
    return row


def _worded_figure(text: str, span: tuple[int, int]) -> tuple[Count, str | None] | None:
    """A cell part of one figure with the words of what it counts after it, or in brackets
    ("6–9 combatants (unconfirmed)": the column's measure unless the words name another;
    "1 (driver killed)": killed), else None."""
    counts = find_counts(text[span[0] : span[1]], span[0])
    if len(counts) != 1 or text[span[0] : counts[0].start].strip(' ~≈*"“”'):
        return None
    c = counts[0]
    m = re.fullmatch(
        r"\s*(?P<words>[A-Za-z][A-Za-z\s-]{0,30}?)?\s*(?:\((?P<note>[^()]*)\))?[\s*\"“”]*",
        text[c.end : span[1]],
    )
    if m is None:
        return None
    words, note = m.group("words"), m.group("note")
    own = measure_of_label(words) if words else None
    if own in cue_set("table_people_measures") and words:
        # (s19) "11+ soldiers killed": the people's fate, not their strength
        fate = measure_of_label(words.split()[-1])
        own = fate if fate in HARM_MEASURES else own
    if words and own is None and not people_word(words):
        return None  # "3 vehicles": not the column's count
    if own is None and note:
        own = measure_of_label(note)  # "1 (driver killed)"
    return c, own


def _listed_figures(text: str, span: tuple[int, int]) -> list[tuple[Count, str | None]]:
    """(s22) A cell part that lists several people's figures split by commas ("4 police, 6
    rebels killed", "5–8 killed, 21 injured", "3 X killed, 5 arrested"): each figure with
    its own words; the fate that closes the list ("killed") is the fate of every figure of it
    that names people and no fate of its own. Empty unless every part is one such figure."""
    pieces = re.split(r",\s+(?:and\s+)?|\s+and\s+", text[span[0] : span[1]])
    if len(pieces) < 2:
        return []
    figures: list[tuple[Count, str | None, str]] = []
    at = span[0]
    for piece in pieces:
        at = text.index(piece, at)
        part = (at, at + len(piece))
        at += len(piece)
        worded = _worded_figure(text, part)
        if worded is None:
            return []
        count, own = worded
        words = text[count.end : part[1]].strip(' *"“”')
        figures.append((count, own, words))
    # (the people a list displaced are no side's dead: "2 soldiers, 3,000 civilians
    # displaced" says nothing of what befell the soldiers)
    fates = [own for _c, own, _w in figures if own in HARM_MEASURES and own != "displaced"]
    closing = fates[-1] if fates and figures[-1][1] == fates[-1] else None
    people = cue_set("table_people_measures")
    return [
        (count, closing if closing and (own in people or own is None) and words else own)
        for count, own, words in figures
    ]


_CELL_PART_WORDS = re.compile(r"[A-Za-z][A-Za-z-]*")


def _part_owner(
    text: str,
    part: tuple[int, int],
    named: Sequence[tuple[str, str]],
    row_actors: Sequence[tuple[str, str]],
    previous: str | None,
) -> str | None:
    """(s22) Whose people one figure of a listed toll cell counts ("| A vs B | 4 police, 6
    rebels killed |"): the one actor its own words name (``named``: key, type); else by
    its noun, the row's one state force for a noun of state personnel ("soldiers"), the
    row's one armed group for a noun of insurgents ("militants"); a figure with no noun of
    its own ("5 arrested" after "3 X killed") counts the people of the figure before it,
    ``previous``, where its fate is one the other side deals only to them (``arrested``:
    ``listed_owner_fates``), not one that befalls anyone present ("2 X killed, 4 injured":
    the injured may be bystanders or the raiders). None where none of these is one actor."""
    if len({k for k, _t in named}) == 1:
        return named[0][0]
    found = _CELL_PART_WORDS.findall(text[part[0] : part[1]])
    if not found:
        return previous
    fates = {measure_of_label(w) for w in found}
    if fates <= HARM_MEASURES:
        return previous if fates <= cue_set("listed_owner_fates") else None
    lemmas = {lemma for w in found for lemma in word_lemmas(w)}
    if lemmas & cue_set("toll_state_nouns"):
        keys = {k for k, t in row_actors if t == "state_forces"}
    elif lemmas & cue_set("toll_member_nouns"):
        keys = {k for k, t in row_actors if t in ARMED_TYPES}
    else:
        return None
    return keys.pop() if len(keys) == 1 else None


_LIST_JOINT = re.compile(r",|\band\b")


def _listed_owners(
    text: str,
    listed: Sequence[Count],
    cell: tuple[int, int],
    mentions: Sequence[tuple[int, int, Actor]],
    owners: Sequence[tuple[int, int]],
    known: dict[int, str | None],
) -> dict[int, str | None]:
    """(s22) The owner of every figure of a listed toll cell (:func:`_part_owner`), by
    figure start; ``owners`` are the row's cells that may name whose people they are."""
    if listed[0].start in known:
        return known
    row_actors = [
        (str(a.key), a.type) for s, e, a in mentions for c in owners if c[0] <= s and e <= c[1]
    ]
    out: dict[int, str | None] = {}
    previous: str | None = None
    for i, count in enumerate(listed):
        end = listed[i + 1].start if i + 1 < len(listed) else cell[1]
        named = [(str(a.key), a.type) for s, e, a in mentions if count.start <= s and e <= end]
        previous = out[count.start] = _part_owner(
            text, (count.end, end), named, row_actors, previous
        )
    return {**known, **out}


# (s24) one toll two sources give, in one cell or list line: a figure with the words of what it
# counts and its source in brackets, "/", "or" or a spaced dash, then a bare figure with its
# own source ("6 killed (police) / 9 (rebel claim)", "2 (army) or 5 (witnesses)")
_FIG = r"(?:~|c\.|ca\.|about\s)?\s*\d[\d,.]*\+?(?:\s*[–-]\s*\d[\d,.]*\+?)?"
_CONTESTED = re.compile(
    rf"\s*(?P<a>{_FIG})\s*(?P<words>[A-Za-z][A-Za-z -]{{0,25}}?)?\s*\((?P<s1>[^()\d]{{1,30}})\)"
    rf"\s*(?:/|\bor\b|(?<=\s)[–—-](?=\s))\s*(?P<b>{_FIG})\s*\((?P<s2>[^()\d]{{1,30}})\)\s*"
)


def _contested_figure(text: str, cell: tuple[int, int]) -> tuple[Count, str | None] | None:
    """(s24) The one toll two sources give in a cell ("6 killed (police) / 9 (rebel claim)"): the
    range from the lower figure to the higher, approximate, with the measure the first
    figure's words name (else the column's). Never two figures of different people ("5
    rebels (army) / 8 soldiers (rebels)": the second has words of its own), nor a vague word
    ("9 (army) / 'dozens' (rebels)"), nor figures split by a semicolon (two statements)."""
    m = _CONTESTED.fullmatch(text, cell[0], cell[1])
    # (s24b) each bracket must name who told the figure, not whose people it counts ("12
    # (civilians) / 4 (soldiers)", "9 (adults) or 4 (children)": two counts, no range)
    if m is None or not (source_note(m.group("s1")) and source_note(m.group("s2"))):
        return None
    one = find_counts(text[m.start("a") : m.end("a")], m.start("a"))
    two = find_counts(text[m.start("b") : m.end("b")], m.start("b"))
    if len(one) != 1 or len(two) != 1:
        return None
    lows = [c.low for c in (one[0], two[0]) if c.low is not None]
    tops = [c.high if c.high is not None else c.low for c in (one[0], two[0])]
    if len(lows) != 2 or any(t is None for t in tops):
        return None
    words = m.group("words")
    own = measure_of_label(words) if words else None
    if own in cue_set("table_people_measures") and words:
        fate = measure_of_label(words.split()[-1])
        own = fate if fate in HARM_MEASURES else None
    low, high = min(lows), max(t for t in tops if t is not None)
    count = Count(
        low, low, high, True, text[m.start("a") : m.end("s2") + 1], m.start("a"), m.end("s2") + 1
    )
    return count, own


def _cell_figures(text: str, cell: tuple[int, int]) -> list[tuple[Count, str | None]]:
    """The figures of a table cell with the measure a figure names itself (None: the
    column's): one figure alone ("6–8"), several separated by semicolons, each with its source
    in brackets ("6 (EMC); "dozens" (residents)"), or a figure and, in brackets, a figure of
    another measure ("0 (2 wounded)")."""
    alone = figure_cell(text, cell)
    if alone is not None:
        return [(alone, None)]
    # (s24) one toll two sources give is also a range of its own, beside each source's
    # figure (s16, s21: each source's count stays)
    contested = _contested_figure(text, cell)
    out: list[tuple[Count, str | None]] = [contested] if contested is not None else []
    at = cell[0]
    # (s16) "19 (EHRC) / 30–40 (residents)": each source's figure
    for part in re.split(r";|\s/\s", text[cell[0] : cell[1]]):
        at = text.index(part, at)
        span = (at, at + len(part))
        at += len(part)
        one = figure_cell(text, span)
        if one is not None:
            out.append((one, None))
            continue
        worded = _worded_figure(text, span)
        if worded is not None:
            out.append(worded)
            continue
        listed = _listed_figures(text, span)
        if listed:
            out += listed
            continue
        counts = find_counts(text[span[0] : span[1]], span[0])
        if len(counts) != 2:
            continue
        first, second = counts
        inner = re.match(r"\s*\(\s*$", text[first.end : second.start])
        rest = _BRACKETED.match(text, second.end, span[1])
        if not inner or not rest or text[span[0] : first.start].strip(" ~*\"'"):
            continue
        measure = measure_of_label(rest.group("words"))
        if measure:
            out += [(first, None), (second, measure)]
    return out


@lru_cache(maxsize=1)
def _estimated() -> re.Pattern[str]:
    """Words by which a sentence says its figures are estimates (``estimate_cues`` of
    ``quantity_cues.yaml``): "We estimate X had ...", "according to estimates by ..."."""
    cues = load_data("quantity_cues.yaml").get("estimate_cues") or ["(?!)"]
    return re.compile(rf"\b(?:{alternation(cues)})\b", re.IGNORECASE)


def _too_vague() -> set[str]:
    return {v.lower() for v in load_data("quantity_cues.yaml")["too_vague"]}
