"""Tolls of one incident as quantities: whose people a stated count of the dead, wounded,
missing or displaced is.

Every count of people killed, injured, missing or displaced in an incident is a quantity
(``incident_toll_measures`` of ``data/extract/quantity_cues.yaml``), beside the fatalities
of its event: "at least nine passengers were killed", "three soldiers died and five were
wounded", "the army said 14 militants were killed", one per source where sources disagree.
Its subject is never whoever did the harm, nor the source that tells the figure:

- the people are an actor's own members (the counted noun is a noun of armed personnel,
  ``toll_member_nouns``): the actor the noun phrase names ("three FC soldiers", "two
  fighters of the group", "14 al-Shabaab militants"), else, for a noun of state personnel
  ("soldiers", "police officers", ``toll_state_nouns``), the one state force the sentence or
  the one before names (a unit named with its force, "the Army's Northern Command", being
  that force), else, for a noun of insurgents ("militants", "rebels"), the one armed
  group the sentence or the one before names that is not the clause's acting subject;
- (s23) before the nearest armed group: the group a later sentence of the paragraph says
  the dead belonged to ("the slain men were members of X"), the side that attacked in the
  paragraph for "attackers", and the one side the report calls by the toll's own noun ("the
  X vigilantes ... nine vigilantes were killed"): :mod:`.quantity_sides`;
- anyone else (civilians, passengers, "people", villagers) are victims: no subject.

Example::

    toll_subject(doc, views, view, noun)  # "three soldiers were killed" → the army's key
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.common import (
    ARMED_TYPES,
    SentenceView,
    Slot,
    focal_group,
    resolve_reference,
)
from dossier.extract.quantity_measures import (
    cue_set,
    governing_verb,
    token_at,
    unrealised_verb,
)
from dossier.extract.quantity_owners import separate_incident
from dossier.extract.quantity_sides import (
    FORCE_KINDS,
    PARAGRAPH_BREAK,
    belonging_after,
    called_owner,
    calls_by,
    named_actors,
    paragraph_attacker,
)
from dossier.nlp.text import doc_text
from dossier.resolve.geo_rules import demonym_country
from dossier.resolve.unidentified import is_unidentified_key

__all__ = [
    "acting_subject",
    "counted_noun",
    "named_in_phrase",
    "toll_measures",
    "toll_sources",
    "toll_subject",
    "unrealised",
]


@lru_cache(maxsize=1)
def toll_measures() -> frozenset[str]:
    """Measures of people harmed whose count in one incident is kept as a quantity."""
    return cue_set("incident_toll_measures")


def unrealised(doc: Doc, head: Token | None, count_end: int) -> bool:
    """Whether the harm a toll counts is not told as done: the harm verb is negated or under
    a modal ("could kill 50"; "may have killed 50" is a hedged toll, kept), or the infinitive
    of a verb of threat, intent or plan ("threatened to kill 50 hostages", "planned to
    abduct 30 pupils"), or of a denial or refusal ("denied that 14 people were killed")."""
    noun = counted_noun(doc, head, count_end)
    if head is not None and head.pos_ in ("VERB", "AUX"):
        verb: Token | None = head
    else:
        verb = governing_verb(noun) if noun is not None else None
    if verb is None:
        return False
    return unrealised_verb(verb)


def counted_noun(doc: Doc, head: Token | None, count_end: int) -> Token | None:
    """The noun that names the people a figure counts ("three *soldiers* were killed",
    "killed 21 *people*"), or None ("killed three", "the toll rose to 12")."""
    if head is not None and head.pos_ in ("NOUN", "PROPN"):
        return head
    fig = token_at(doc, count_end - 1)
    if fig is None:
        return None
    if fig.dep_ == "nummod" and fig.head.pos_ in ("NOUN", "PROPN"):
        return fig.head
    # "at least nine of the passengers": the "of" phrase
    for prep in (c for c in fig.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            return obj
    return _coordinated_noun(fig)


def _coordinated_noun(fig: Token) -> Token | None:
    """The counted noun of the verb coordinated with the bare figure's verb: "killing three
    policemen and wounding *two*" counts policemen twice; "killed 12 and wounded 30 people"
    likewise. Only a noun counted by its own figure, the object (or passive subject) of the
    other verb."""
    verb = fig.head
    if fig.dep_ not in ("dobj", "obj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    others = [verb.head] if verb.dep_ == "conj" else []
    others += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for other in others:
        for obj in other.children:
            if (
                obj.dep_ in ("dobj", "obj", "nsubjpass")
                and obj.pos_ == "NOUN"
                and any(c.dep_ == "nummod" for c in obj.children)
            ):
                return obj
    return None


def named_in_phrase(view: SentenceView, noun: Token) -> Slot | None:
    """An actor inside the counted noun phrase: "three FC soldiers", "two Hezbollah fighters",
    "fighters of the group's Majeed Brigade" (the "of" phrase), not a relative clause on it."""
    lo = noun.left_edge.idx
    of_phrase = [
        t
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in ("of", "from")
        for t in p.subtree
    ]
    spans = [(lo, noun.idx + len(noun.text))]
    spans += [(t.idx, t.idx + len(t.text)) for t in of_phrase]
    for s in named_actors(view):
        if any(a <= s.start < b for a, b in spans):
            return s
    return None


def _own_referent(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, noun: Token
) -> tuple[bool, str | None]:
    """Whether a pronoun makes the counted people someone's own ("five of *its* soldiers",
    "*they* lost seven fighters": ``own_pronouns`` as the noun's possessor or as the subject
    of a verb of losing, ``loss_verbs``), and whose: the one armed actor or state force that
    tells the sentence, else the actor the pronoun refers to (:func:`resolve_reference`);
    None where neither is one such actor."""
    pronouns = cue_set("own_pronouns")
    pron = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in pronouns), None)
    verb = governing_verb(noun)
    if pron is None and verb is not None and verb.lemma_.lower() in cue_set("loss_verbs"):
        pron = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in pronouns), None)
    if pron is None:
        return False, None
    owners = ARMED_TYPES | {"state_forces"}
    told = toll_sources(view, doc, noun)
    tellers = {s.key for s in named_actors(view) if s.key in told and s.actor_type in owners}
    if len(tellers) == 1:
        return True, tellers.pop()
    ref = resolve_reference(views, view.index, pron.idx, pron.lower_)
    if ref is not None and ref.key and ref.actor_type in owners:
        return True, ref.key
    return True, None


def acting_subject(
    view: SentenceView, noun: Token, deps: tuple[str, ...] = ("nsubj",)
) -> str | None:
    """The actor that is the subject (a child of the dependency relations ``deps``) of the
    verb the counted noun depends on: the side that did the harm ("the army killed 14
    militants"), or with "agent" the captor of a passive ("were detained by the police")."""
    verb = governing_verb(noun)
    if verb is None:
        return None
    for c in verb.children:
        if c.dep_ not in deps or c is noun:
            continue  # the counted people themselves ("one soldier wounded") did no harm
        lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
        for s in named_actors(view):
            if lo <= s.start < hi:
                return s.key
    return None


def _called_by_modifier(doc: Doc, views: Sequence[SentenceView], noun: Token) -> str | None:
    """(s24) The one armed group the report calls by the word a modifier of the counted noun
    makes ("six *separatist* fighters" where it writes "the Tigray separatists", "two
    *Maoist* cadres" and "the Maoists"): the modifier (``amod``/``compound``, before the noun)
    is the group's own noun, in its name or heading the phrase its name sits in
    (:func:`~dossier.extract.quantity_sides.calls_by`). None where two groups are called so
    ("*rebel* fighters" in a report on the M23 rebels and the ADF rebels), where the word is
    a kind or a rank no name owns (``modifier_owner_stoplist``), or for an unnamed group."""
    mods = tuple(
        c.lemma_.lower()
        for c in noun.children
        if c.dep_ in ("amod", "compound") and c.i < noun.i and c.pos_ in ("ADJ", "NOUN", "PROPN")
    )
    mods = tuple(m for m in mods if m not in cue_set("modifier_owner_stoplist"))
    if not mods:
        return None
    keys = {
        str(s.key)
        for v in views
        for s in named_actors(v)
        if (s.actor_type or "") in ARMED_TYPES
        and s.key
        and not is_unidentified_key(s.key)
        and calls_by(doc, s, mods)
    }
    return keys.pop() if len(keys) == 1 else None


def toll_subject(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    noun: Token | None,
    exclude: frozenset[str] = frozenset(),
    homes: Mapping[str, str | None] | None = None,
) -> str | None:
    """Whose own people an incident's toll counts (the module docstring), or None for
    victims. ``exclude`` holds actors that cannot own them (the source of the figure);
    ``homes`` maps actor keys to their home country, which a nationality on the noun
    ("two Chadian soldiers") must name."""
    if noun is None:
        return None
    lemma = noun.lemma_.lower()
    members = cue_set("toll_member_nouns")
    state = cue_set("toll_state_nouns")
    compound = " ".join(
        t.lower_ for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "amod")
    )
    if lemma not in members and lemma not in state and f"{compound} {lemma}" not in state:
        # (s18) "troops killed 14 'khawarij'": the counted noun is itself a group's name
        own = next(
            (
                s
                for s in named_actors(view)
                if s.start <= noun.idx < s.end and (s.actor_type or "") in ARMED_TYPES
            ),
            None,
        )
        return own.key if own is not None and own.key not in exclude else None
    named = named_in_phrase(view, noun)
    if (
        named is not None
        and lemma in cue_set("toll_named_member_nouns")
        and is_unidentified_key(named.key or "")
    ):
        # (s20b) "five gang members were killed": the words before "members" say what kind
        # they are; an unnamed group they make is nobody's name for their owner
        named = None
    if named is not None:
        # (s20) the phrase itself names whose men they are, the source's own included ("the
        # Chadian army said ... two Chadian soldiers wounded")
        return named.key
    called = _called_by_modifier(doc, views, noun)
    if called is not None and called not in exclude:
        # (s24) "six separatist fighters" where the report calls one group "the Tigray
        # separatists": the modifier is that group's own noun
        return called
    owned, referent = _own_referent(doc, views, view, noun)
    if owned:
        # (s18b) "the Arakan Army said five of *its* soldiers were killed", "the KIA said *it*
        # lost seven soldiers": whom the pronoun stands for, never another force by kind
        return referent
    if lemma in members or f"{compound} {lemma}" in members:
        # (s23) "Five rebels died in the raid. Officials said the slain men were members of
        # X": whose the dead were, as the paragraph goes on to say
        said = belonging_after(doc, views, view, noun)
        if said is not None and said not in exclude:
            return said
    if {lemma, f"{compound} {lemma}"} & cue_set("toll_mission_nouns"):
        # (s18b) "the army said a mine killed two peacekeepers": a mission's men, never the
        # national force that tells of them
        missions = {
            s.key
            for v in views[max(0, view.index - 1) : view.index + 1]
            for s in named_actors(v)
            if (s.actor_type or "") in cue_set("mission_types")
        }
        return missions.pop() if len(missions) == 1 else None
    doer = acting_subject(view, noun)
    # "four members of his family": an actor's only when their phrase names it; (s20) but
    # "three gang members", "two militia members" say by their words before what kind they are
    if lemma in cue_set("toll_named_member_nouns") and f"{compound} {lemma}" not in members:
        # (s21) a bare "members" counted by an attack's own harm ("a bomb struck a patrol of
        # X, killing two members") are the members of what it struck
        bare = not compound.strip() and not any(
            c.dep_ in ("prep", "poss", "relcl", "acl") for c in noun.children
        )  # ("two members of a family", "two of its members": whose, they say)
        kinds = FORCE_KINDS | {"state_forces"}
        return _attack_target(view, noun, {doer} if doer else set(), kinds) if bare else None
    if lemma in cue_set("attacking_side_nouns"):
        # (s20b) "troops stormed a rebel base, and 15 assailants were killed": the attackers
        # are never the people of what they struck
        exclude = exclude | _attacked_in_sentence(view, noun)
    is_state = lemma in state or f"{compound} {lemma}" in state
    # (s21) the struck side may be the source too ("..., killing four soldiers, the army
    # said": a force telling its own losses), so only the doer is barred here
    barred = {doer} if doer else set()
    if lemma in cue_set("attacking_side_nouns"):
        barred |= _attacked_in_sentence(view, noun)
        # (s23) "its fighters stormed the depot ... 30 attackers died": the side the paragraph
        # tells attacking, even where it disputes the figure (a source is barred elsewhere:
        # no side calls its own men "the attackers")
        told, side = paragraph_attacker(doc, views, view, noun, barred)
        if told:
            return side
    kinds = frozenset({"state_forces"}) if is_state else FORCE_KINDS
    hit = _attack_target(view, noun, barred, kinds)
    if hit is not None:
        # (s20) "militants stormed an army post, killing four soldiers": the dead of an attack
        # are the people of what it struck, not of any force the sentence names
        return hit
    if lemma not in cue_set("attacking_side_nouns") | cue_set("toll_named_member_nouns"):
        # (s23) "the Kuru vigilantes fought raiders ... nine vigilantes were killed": the one
        # side of the paragraph the report calls by the toll's own noun
        called = called_owner(doc, views, view, noun, barred | _hitters(view, noun), is_state)
        if called is not None:
            return called
    if not is_state:
        struck = _struck_before(views, view, noun, exclude)
        if struck is not None:
            # (s21) "The air force bombed a camp of X. The ministry said nine rebels died":
            # the dead of a strike told in the sentence before are the struck group's
            return struck
    # the sentence and the one before it, in the same paragraph (s21: a group named at the
    # end of the paragraph before owns no dead of the next one)
    first = view.index - 1 if view.index > 0 and _same_paragraph(doc, views, view) else view.index
    if separate_incident(view.text):
        first = view.index  # (s21b) "In Sagaing, meanwhile, twelve rebels were killed"
    near = [
        s
        for v in views[first : view.index + 1]
        for s in named_actors(v)
        if s.key not in exclude and s.key != doer and (v is not view or s.start < noun.idx)
    ]
    if lemma in state or f"{compound} {lemma}" in state:
        return _state_owner(doc, views, view, noun, near, exclude, doer, homes or {})
    named_kind = lemma in cue_set("toll_named_member_nouns")

    def armed(slots: Sequence[Slot]) -> set[str]:
        keys = {str(s.key) for s in slots if (s.actor_type or "") in FORCE_KINDS}
        if named_kind:
            # (s20b) "gangs looted shops ... two gang members died": the compound says
            # what kind they are, and a group the text leaves unnamed is no owner of them
            keys = {k for k in keys if not is_unidentified_key(k)}
        return keys

    # (s21) the nearest sentence that names any armed group decides: its own sentence
    # before the noun ("JNIM claimed ..., while the army said 20 terrorists were killed"),
    # else the one before; two there give none
    for groups in (armed([s for s in near if s.start >= view.start]), armed(near)):
        if groups:
            return groups.pop() if len(groups) == 1 else None
    return _focal_enemy(views, view, noun, doer, exclude)


def _focal_enemy(
    views: Sequence[SentenceView],
    view: SentenceView,
    noun: Token,
    doer: str | None,
    exclude: frozenset[str],
) -> str | None:
    """(s21) The group the report is about (:func:`~dossier.extract.common.focal_group`)
    for insurgents killed where neither their sentence nor the one before names an armed
    group ("The ISPR said troops killed 14 militants in Bajaur" in a report on the TTP):
    only for a noun of the state's enemies (``state_enemy_nouns``: not "vigilantes" or
    "fighters", who may be anyone's), where a state force in the sentence did the killing
    or tells it, and no armed group did or tells."""
    compound = " ".join(
        t.lower_ for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "amod")
    )
    enemies = cue_set("state_enemy_nouns")
    lemma = noun.lemma_.lower()
    if lemma not in enemies and f"{compound} {lemma}" not in enemies:
        return None
    actors = named_actors(view)
    if any(
        (s.actor_type or "") in FORCE_KINDS for s in actors if s.key == doer or s.key in exclude
    ) or not any(s.actor_type == "state_forces" for s in actors):
        return None
    focal = focal_group(views)
    if focal is None or focal.key in exclude:
        return None
    # (s21b) a noun of a kind of enemy only where the report itself calls that group's men so
    # ("BLA separatists", "rebels of the NPA"): "separatists" or "bandits" killed in a report
    # on a jihadist group are another enemy of the state's
    kinds = cue_set("state_enemy_kind_nouns")
    if (lemma in kinds or f"{compound} {lemma}" in kinds) and not _calls_its_men(
        noun.doc, views, str(focal.key), lemma
    ):
        return None
    return focal.key


def _calls_its_men(doc: Doc, views: Sequence[SentenceView], key: str, lemma: str) -> bool:
    """Whether some noun of ``lemma`` in the report has a mention of the group ``key`` in its
    own short phrase ("two TTP militants", "militants of the TTP", "the TTP's militants")."""
    spans = [(s.start, s.end) for v in views for s in v.slots if s.key == key]
    for tok in doc:
        if tok.lemma_.lower() != lemma.lower() or tok.right_edge.i - tok.left_edge.i > 8:
            continue
        lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
        if any(lo <= a and b <= hi for a, b in spans):
            return True
    return False


_NATIONS = frozenset({"NORP", "GPE"})


def _struck_verb(noun: Token) -> Token | None:
    """The verb of the attack whose toll the counted noun gives: the head of the participle
    or coordinated verb that counts them ("stormed a base, *killing* six soldiers", "hit a
    patrol and *killed* four"), when that head is a verb of harm (``attack_target_verbs``)."""
    verb = governing_verb(noun)
    if verb is None or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        # "stormed a camp, and 12 attackers were killed", "..., but seven raiders died": a
        # clause with a subject of its own tells its own deaths, not the attack's harm
        return None
    if noun.lemma_.lower() in cue_set("attacking_side_nouns"):
        return None  # "killing four of the raiders": the attack's own men, never its target's
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in cue_set(
        "attack_target_verbs"
    ):
        return None
    return head


def _hitters(view: SentenceView, noun: Token) -> set[str]:
    """(s23) The actors named in the subject of the attack verb whose toll ``noun`` counts
    ("a Houthi drone hit a post, killing three fighters"): the side that struck, never the
    owner of the struck side's dead."""
    head = _struck_verb(noun)
    if head is None:
        return set()
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "agent")]
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in subjects]
    return {str(s.key) for s in named_actors(view) if any(a <= s.start < b for a, b in spans)}


def _struck_keys(view: SentenceView, head: Token) -> set[str]:
    """The actors named in the object of the attack verb ``head``: its direct object, or
    the object of a preposition of a target after it ("opened fire *on an army post*")."""
    objs = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    objs += [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in cue_set("attack_target_preps")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    spans = [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text)) for o in objs]
    return {s.key for s in named_actors(view) if s.key and any(a <= s.start < b for a, b in spans)}


def _attack_target(
    view: SentenceView, noun: Token, exclude: set[str] | frozenset[str], kinds: frozenset[str]
) -> str | None:
    """The one actor named in the object of the attack whose toll ``noun`` counts ("a
    rebel mortar hit *a camp of the Wagner Group*, killing four fighters"), of the actor
    ``kinds`` the noun allows (a state force for a noun of state personnel, an armed actor
    for one of fighters); None where the object names none or several, or where the toll
    has no attack verb over it."""
    head = _struck_verb(noun)
    if head is None:
        return None
    struck = _struck_keys(view, head)
    keys = {
        s.key
        for s in named_actors(view)
        if s.key in struck and s.key not in exclude and (s.actor_type or "") in kinds
    }
    return keys.pop() if len(keys) == 1 else None


def _struck_before(
    views: Sequence[SentenceView], view: SentenceView, noun: Token, exclude: frozenset[str]
) -> str | None:
    """(s21) The armed group a toll of fighters told with no attack in its own sentence
    belongs to when the sentence before, in the same paragraph, tells an attack on it: the
    one armed group named in the object of an attack verb there ("the air force bombed *a
    camp of X*, ... . Officials said nine rebels died"), where the attack's own doer is no
    armed group (two armed sides: either's dead) and the toll's sentence names no armed
    group itself besides the figure's sources. None elsewhere."""
    if view.index == 0 or FORCE_KINDS & {
        s.actor_type or "" for s in named_actors(view) if s.key not in exclude
    }:
        return None
    before = views[view.index - 1]
    doc = noun.doc
    if not _same_paragraph(doc, views, view):
        return None  # another paragraph
    if separate_incident(view.text):
        return None  # (s21b) "In Sagaing, meanwhile, twelve rebels were killed": not its dead
    verbs = cue_set("attack_target_verbs")
    keys: set[str] = set()
    span = doc.char_span(before.start, before.end, alignment_mode="expand")
    for tok in span if span is not None else ():
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in verbs:
            continue
        if unrealised_verb(tok):
            continue  # "the air force did not bomb the camp", "planned to raid the base"
        doers = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
        spans = [(d.left_edge.idx, d.right_edge.idx + len(d.right_edge.text)) for d in doers]
        if any(
            a <= s.start < b and (s.actor_type or "") in FORCE_KINDS
            for s in named_actors(before)
            for a, b in spans
        ):
            return None  # "X raided a camp of Y": whose dead, the raiders' or the raided?
        keys |= {
            s.key
            for s in named_actors(before)
            if s.key in _struck_keys(before, tok) and (s.actor_type or "") in FORCE_KINDS
        }
    return keys.pop() if len(keys) == 1 else None


def _same_paragraph(doc: Doc, views: Sequence[SentenceView], view: SentenceView) -> bool:
    """Whether the sentence before ``view`` is in its paragraph (no blank line between)."""
    before = views[view.index - 1]
    return not PARAGRAPH_BREAK.search(doc_text(doc)[before.start : view.start])


def _attacked_in_sentence(view: SentenceView, noun: Token) -> set[str]:
    """Every actor the sentence of ``noun`` names as struck by an attack verb
    (``attack_target_verbs``): never the owner of "the attackers" it counts."""
    verbs = cue_set("attack_target_verbs")
    return {
        key
        for t in noun.sent
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs
        for key in _struck_keys(view, t)
    }


def _force_kind(noun: Token) -> str | None:
    """ "police" for a noun of police ("three policemen"), "military" for one of soldiers
    ("four troops"), None for a noun of either ("personnel", "security officers")."""
    words = {noun.lemma_.lower(), noun.lower_}
    if words & cue_set("toll_police_nouns"):
        return "police"
    if words & cue_set("toll_military_nouns"):
        return "military"
    return None


def _kind_of(keys_texts: dict[str, set[str]], key: str) -> str:
    """The kind of a state force by its key and the words it is named with."""
    words = " ".join([key, *keys_texts.get(key, ())]).lower().replace("_", " ")
    if any(w in words for w in cue_set("police_force_words")):
        return "police"
    if any(w in words for w in cue_set("air_naval_force_words")):
        return "air_naval"  # "six soldiers" are no air force's or navy's men
    return "military"


def _state_owner(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    noun: Token,
    near: Sequence[Slot],
    exclude: frozenset[str],
    doer: str | None,
    homes: Mapping[str, str | None],
) -> str | None:
    """The state force whose own personnel a toll counts ("three soldiers were killed"): the
    one force of the noun's kind (police for "policemen", the military for "troops") named
    in the sentence before the noun or the sentence before; else the sentence's own source,
    where that is such a force (the army telling its own losses: "the military said fewer
    than ten soldiers died"); else the one force of that kind the whole report names ("AA
    fighters claimed to have killed 30 enemy troops" in a report on one army). Two
    candidates at a step: none (no guess between two forces)."""
    texts: dict[str, set[str]] = {}
    for v in views:
        for s in named_actors(v):
            if s.actor_type == "state_forces" and s.key:
                texts.setdefault(s.key, set()).add(s.text)
    kind = _force_kind(noun)

    # "two Kenyan officers": a force named with another nationality is not theirs
    nations = {
        t.lower_
        for t in noun.children
        if t.dep_ in ("amod", "compound") and t.ent_type_ in _NATIONS
    }

    def national(key: str, nation: str) -> bool:
        # (s20) "two Chadian soldiers" are the Chadian army's: the force's home country is the one the
        # demonym names, or its name holds the word
        home = homes.get(key)
        return (home is not None and demonym_country(nation) == home) or any(
            nation in t.lower() for t in texts.get(key, ())
        )

    def fits(s: Slot) -> bool:
        return (
            s.actor_type == "state_forces"
            and s.key is not None
            and s.key != doer
            and (kind is None or _kind_of(texts, s.key) == kind)
            and all(national(s.key, n) for n in nations)
        )

    # the source of the sentence before ("..., according to the military's media wing")
    told = (
        toll_sources(views[view.index - 1], doc, None, any_figure=True)
        if view.index > 0
        else frozenset()
    )
    steps = (
        [s for s in near if fits(s) and (s.start >= view.start or s.key not in told)],
        [s for s in named_actors(view) if s.key in exclude and fits(s)],
        [s for v in views for s in named_actors(v) if fits(s)] if kind is not None else [],
    )
    parents = {str(s.key): s.parent for v in views for s in named_actors(v) if s.parent}
    for n, step in enumerate(steps):
        keys = _fold_units({str(s.key) for s in step}, parents) - _possessed_units(doc, step)
        if len(keys) == 1:
            return keys.pop()
        if keys and n == len(steps) - 1:
            # report-wide: the force the report names far more often than any other of its
            # kind (the army beside one of its commands named once)
            counts = Counter(s.key for s in step if s.key in keys).most_common()
            if counts[0][1] >= 2 * counts[1][1] and counts[0][1] >= 3:
                return counts[0][0]
        if keys:
            return None
    return None


def _fold_units(keys: set[str], parents: Mapping[str, str | None]) -> set[str]:
    """(s22c) ``keys`` with every force whose parent force (or its parent's) is among them
    folded into that parent: "the Army's Northern Command said three soldiers were killed"
    names one force twice, by its unit and by the army the unit belongs to, so the toll is
    the army's. Two forces of which neither contains the other stay two (no guess)."""

    def ancestors(key: str) -> set[str]:
        out: set[str] = set()
        up = parents.get(key)
        while up and up not in out:
            out.add(up)
            up = parents.get(up)
        return out

    return {k for k in keys if not ancestors(k) & keys}


def _possessed_units(doc: Doc, slots: Sequence[Slot]) -> set[str]:
    """(s22c) The forces of ``slots`` named as another one's own by a possessive ("the
    Army's White Knight Corps", "the police's rapid response unit"): a unit of that force,
    which owns its men. A force possessed by itself or by no force of ``slots`` stays."""
    out: set[str] = set()
    for unit in slots:
        head = token_at(doc, unit.end - 1)
        owner = next((c for c in head.children if c.dep_ == "poss"), None) if head else None
        if owner is None:
            continue
        lo, hi = owner.left_edge.idx, owner.idx + len(owner.text)
        if any(o.key != unit.key and lo <= o.start < hi for o in slots):
            out.add(str(unit.key))
    return out


def toll_sources(
    view: SentenceView, doc: Doc, figure: Token | None, *, any_figure: bool = False
) -> frozenset[str]:
    """Actors of the sentence that tell the figure (the subject of a verb of saying whose
    clause holds it, or the object of "according to"): never the owners of the people.
    With ``any_figure``, the actors that tell anything in the sentence (in a later sentence
    they own no toll, being the source of the sentence before: "..., according to the
    military's media wing.")."""
    out: set[str] = set()
    if figure is None and not any_figure:
        return frozenset()
    inner = _inner_teller(figure) if figure is not None else None
    for s in named_actors(view):
        tok = token_at(doc, s.end - 1)
        if tok is None:
            continue
        if any(a.lemma_.lower() == "accord" for a in tok.ancestors):
            out.add(str(s.key))
            continue
        t = tok
        while t.dep_ in ("compound", "amod", "poss", "appos", "conj") and t.head is not t:
            t = t.head
        if (
            t.dep_ == "nsubj"
            and (inner is None or t.head.i == inner.i)
            and any(
                c.dep_ in ("ccomp", "parataxis") and (figure is None or figure in c.subtree)
                for c in t.head.children
            )
        ):
            out.add(str(s.key))
    return frozenset(out)


def _inner_teller(figure: Token) -> Token | None:
    """(s21) The nearest verb above ``figure`` with a subject of its own whose reported clause
    holds it: only that verb's subject tells the figure ("JNIM claimed dozens were killed,
    while the army said *twenty terrorists* died": the army, not JNIM, tells the twenty)."""
    for verb in figure.ancestors:
        if any(c.dep_ == "nsubj" for c in verb.children) and any(
            c.dep_ in ("ccomp", "parataxis") and figure in c.subtree for c in verb.children
        ):
            return verb
    return None
