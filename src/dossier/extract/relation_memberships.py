"""Stated memberships: a person's organisation, where a sentence states it.

Actor resolution may give a person an organisation (``Actor.member_of``); it becomes
``member_of``, or ``leader_of`` with a leader's role word ("leader", "emir", "founder"...),
only where one sentence names both with a role word of ``membership_roles`` between them.

(relA, s23) A body a verb of saying after the person takes ("N, a brigade's chief, was
interviewed by Z", "N told Z") is his outlet or listener; a police rank's abbreviation the
acronym ruler read as a group ("the police chief, ACP N") is no body; a title broken by the
sentence splitter after a rank's abbreviation ("Navy spokesman Lt. | Cdr. N") is read
across the break; the bare force noun of a title ("Army"), made an actor of its own, stands
for the national force the report calls so.

(relA, s24) A verb by which an outlet carries a speaker's words ("N was cited by Z as
saying") makes Z his outlet; a title set off after the name ("N, an army spokesman, said",
"N, a defence spokesman in P, said") names the national force as one before it does; a
"defence" title is the army's, a "junta" one the ruling government's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc

from dossier.extract.common import SentenceView, anchor_of, load_data
from dossier.nlp.text import doc_text
from dossier.nlp.titles import load_titles
from dossier.records import Actor, Relation
from dossier.resolve.actors import load_actor_rules
from dossier.resolve.geo_rules import demonym_country
from dossier.resolve.states import state_key

__all__ = [
    "backers_in_names",
    "led_group",
    "named_titles",
    "national_forces",
    "period_over",
    "stated_memberships",
    "titled_memberships",
]


@lru_cache(maxsize=1)
def _roles() -> tuple[frozenset[str], frozenset[str]]:
    """The role words that make a stated membership a leader's, and those that undo it."""
    data = load_data("relation_heads.yaml")
    leader = frozenset(str(w).lower() for w in data["leader_role_words"])
    return leader, frozenset(str(w).lower() for w in data["deputy_role_words"])


_FORMER = re.compile(r"\b(?:former|ex-)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _addressee_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("relation_heads.yaml")["addressee_verbs"])


def _tells(doc: Doc, lo: int, hi: int) -> bool:
    """(rel, s20) Whether the words between a body and a person name him as the one a member
    of it spoke to ("N, a commander of X, who told Z"): "who" and a verb of telling."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return False
    verbs = _addressee_verbs()
    return any(
        t.lower_ == "who" and t.i + 1 < len(doc) and doc[t.i + 1].lemma_.lower() in verbs
        for t in span
    )


@lru_cache(maxsize=1)
def _speaking_verbs() -> frozenset[str]:
    data = load_data("relation_heads.yaml")
    return frozenset(
        str(w).lower()
        for key in ("addressee_verbs", "reporting_verbs", "speaking_verbs")
        for w in data[key]
    )


# the prepositions by which a verb of saying takes its outlet or listener ("quoted by Z",
# "spoke to Z", "talked with Z"); never "for" ("speaks for Z": Z is his body)
_LISTENER_PREPS = frozenset({"by", "to", "with"})


def _speaks(doc: Doc, ps_end: int, body_start: int, body_end: int) -> bool:
    """(relA, s23) Whether a body named after a person is the outlet, the listener or in
    the content of his verb of saying ("N, the brigade's commander, told Z", "N was
    interviewed by Z", "N said he had led Z"): a verb of saying between them above the
    body in the parse, that takes it by no preposition but a listener's. A body of a clause
    the verb is not above ("N, who spoke on radio, is a commander of Z") or one he speaks
    for ("speaks for Z") is his body still."""
    between = doc.char_span(ps_end, body_start, alignment_mode="expand")
    body = doc.char_span(body_start, body_end, alignment_mode="expand")
    if between is None or body is None:
        return False
    verbs = _speaking_verbs()
    tok = body.root
    while tok.head.i != tok.i:
        head = tok.head
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs:
            if tok.pos_ == "ADP" and tok.lower_ not in _LISTENER_PREPS:
                return False
            return between.start <= head.i < between.end
        tok = head
    return False


_OTHER_BODY = re.compile(r"\b(?:whom|which|whose)\b", re.IGNORECASE)


def stated_memberships(
    doc: Doc, views: Sequence[SentenceView], actors: Sequence[Actor]
) -> list[Relation]:
    """``member_of``/``leader_of`` from ``Actor.member_of``, where a sentence states it."""
    roles = load_actor_rules().membership_roles
    leader_roles, deputy_roles = _roles()
    keys = {a.key for a in actors}
    # (relA, s23) a bare force noun made an actor ("Army" in "Army spokesman N") is left to
    # titled_memberships, which reads the national force the report calls so
    bare = _bare_forces(actors)
    out: list[Relation] = []
    for person in actors:
        org = person.member_of
        if person.type != "person" or not org or org not in keys or org in bare:
            continue
        for view in views:
            p_slots = [s for s in view.slots if s.key == person.key]
            o_slots = [s for s in view.slots if s.key == org]
            found = None
            for ps in p_slots:
                for os_ in o_slots:
                    lo, hi = (os_.end, ps.start) if os_.end <= ps.start else (ps.end, os_.start)
                    between = doc_text(doc)[lo:hi]
                    if _rank_read_as_name(os_.text, between, os_.end <= ps.start):
                        continue
                    if hi < lo or len(between) > 60:
                        continue
                    # (rel, s20) "N, a commander of X, who told Z": Z is whom he spoke to;
                    # (relA, s23) "N, a brigade's chief, was interviewed by Z", "N told Z":
                    # a body a verb of saying after the person takes is his outlet or
                    # listener, not his body
                    told = (os_.end <= ps.start and _tells(doc, lo, hi)) or (
                        ps.end <= os_.start and _speaks(doc, ps.end, os_.start, os_.end)
                    )
                    if (
                        told
                        or _OTHER_BODY.search(between)
                        or any(
                            s.kind == "actor"
                            and s.key not in (person.key, org)
                            and lo <= s.start < hi
                            for s in view.slots
                        )
                    ):
                        # "X, a senior KH commander whom CENTCOM held responsible": another
                        # group, or a relative clause, stands between the person and the body
                        continue
                    context = doc_text(doc)[max(view.start, min(lo, os_.start) - 40) : hi]
                    # (r4, s13) "by former FARC chief negotiator X": a past role states no
                    # current membership
                    if _FORMER.search(doc_text(doc)[max(view.start, min(lo, os_.start) - 12) : hi]):
                        continue
                    words = {w.lower() for w in re.findall(r"[A-Za-z\-]+", context)}
                    if words & roles:
                        lead = bool(words & leader_roles) and not words & deputy_roles
                        # (s18) "Y's chief spokesman, X": the last role word before the
                        # name is the role ("chief" only qualifies "spokesman")
                        last = [
                            w.lower()
                            for w in re.findall(r"[A-Za-z\-]+", between)
                            if w.lower() in roles
                        ]
                        if last and os_.end <= ps.start:
                            lead = last[-1] in leader_roles and not words & deputy_roles
                        found = "leader_of" if lead else "member_of"
                        break
                if found:
                    break
            if found:
                out.append(Relation(person.key, found, anchor_of(view), object_actor=org))
                break
    return out


@dataclass(frozen=True)
class _TitleWords:
    forces: dict[str, str]  # bare force noun -> "police" | "armed"
    openers: frozenset[str]  # the words that may stand before the noun
    police: frozenset[str]
    fillers: frozenset[str]  # role words, ranks and qualifiers a title may hold
    roles: frozenset[str]  # the words that make the title a post (one is needed)
    units: frozenset[str]  # the words of a unit's name ("battalion")
    # (relA, s23) police ranks written as an abbreviation before a name ("ACP", "SSP")
    ranks: frozenset[str] = frozenset()
    # (relA, s24) the words a report may call the force of a title noun by ("defence" ->
    # "the army"); a noun not listed is called by itself
    callers: dict[str, frozenset[str]] = field(default_factory=dict)
    governments: frozenset[str] = frozenset()  # nouns of a ruling government ("junta")


@lru_cache(maxsize=1)
def _title_words() -> _TitleWords:
    data = load_data("relation_heads.yaml")
    titles = load_titles()
    roles = load_actor_rules().membership_roles | frozenset(
        str(w).lower() for w in data["title_role_words"]
    )
    ranks = frozenset(str(w).lower() for w in data["title_rank_abbreviations"])
    return _TitleWords(
        forces={str(k).lower(): str(v) for k, v in data["title_force_nouns"].items()},
        openers=frozenset(str(w).lower() for w in data["title_force_openers"]),
        police=frozenset(str(w).lower() for w in data["title_police_words"]),
        fillers=frozenset(str(w).lower() for w in data["title_filler_words"])
        | ranks
        | titles.heads
        | titles.abbreviations
        | roles,
        roles=frozenset(roles),
        units=frozenset(
            str(w).lower() for w in load_data("relation_patterns.yaml")["from_events"]["unit_words"]
        ),
        ranks=ranks,
        callers={
            str(k).lower(): frozenset(str(w).lower() for w in v)
            for k, v in data.get("title_force_callers", {}).items()
        },
        governments=frozenset(str(w).lower() for w in data.get("title_government_nouns", [])),
    )


_TITLE_TOKEN = re.compile(r"\([A-Z]{2,8}\)|,|[\w’'.\-]+")


def _title_force(prefix: str) -> tuple[str, list[str], int] | None:
    """The bare force noun of the title just before a name ("Army spokesman Captain" ->
    ("army", the title's words, the noun's offset in ``prefix``)), or None where the words
    before the name are no title of a force's post."""
    words = _title_words()
    tokens = list(_TITLE_TOKEN.finditer(prefix))
    seen: list[str] = []
    commas = 0
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i].group(0)
        low = tok.lower().rstrip(".")
        if tok == ",":
            commas += 1
            if commas > 1 or not seen:
                return None
            continue
        if tok.startswith("("):
            continue  # "(DPO)": the title's acronym
        if low in words.forces and seen:
            # "Kenyan police spokesman N", "the rebels' military spokesman N", "former
            # army spokesman N": another body's post, or a past one
            gap = prefix[tokens[i - 1].end() : tokens[i].start()] if i > 0 else ""
            before = tokens[i - 1].group(0).lower() if i > 0 and not gap.strip() else ""
            if before and before not in words.openers:
                return None
            return low, seen, tokens[i].start()
        parts = [p for p in re.split(r"[.\-]", low) if p]
        if not parts or not all(p in words.fillers for p in parts):
            return None
        seen.append(low)
    return None


def _national_force(noun: str, actors: Sequence[Actor]) -> str | None:
    """The one national force the document names that a bare force noun stands for, among
    those it calls by that noun: the one whose name holds the noun ("army" -> "Pakistan
    Army"), else the one of its kind (police or armed forces)."""
    words = _title_words()
    types = {"state_forces", "government"} if noun in words.governments else {"state_forces"}
    forces = [
        a
        for a in actors
        if a.type in types
        # a unit the gazetteer lacks ("the Rapid Intervention Battalion") is no national force
        and not (
            a.key.startswith("new:") and set(re.findall(r"[a-z]+", a.name.lower())) & words.units
        )
        # (relA, s23) nor the bare noun itself made an actor ("Army spokesman N")
        and not _bare_force_name(a.key, a.name, noun)
    ]
    # (rel, s21) only a force the report itself calls by the bare noun somewhere ("the
    # army said", "Cameroon's army"): a report on Somalia that names the Kenyan police once
    # does not make "police spokesman N" Kenyan
    callers = words.callers.get(noun, frozenset({noun}))
    called = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(callers)))})\W*$")
    forces = [a for a in forces if any(called.search(m.text.lower()) for m in a.mentions)]
    own = [a.key for a in forces if callers & set(re.findall(r"[a-z]+", a.name.lower()))]
    if len(own) == 1:
        return own[0]
    police = words.forces[noun] == "police"
    kind = [
        a.key
        for a in forces
        if bool(set(re.findall(r"[a-z]+", a.name.lower())) & words.police) == police
    ]
    return kind[0] if len(kind) == 1 else None


def possessed_force(noun: str, actors: Sequence[Actor]) -> str | None:
    """(relA, s25) The national force a bare force noun in the possessive stands for ("the
    army's 5th Division", "the police's Rapid Response Unit"): the one the report calls by
    that noun, as for a title (:func:`_national_force`); None for a noun no title reads."""
    noun = noun.lower()
    if noun not in _title_words().forces:
        return None
    return _national_force(noun, actors)


def _rank_read_as_name(body: str, between: str, before: bool) -> bool:
    """(relA, s23) Whether a body's mention is a rank's abbreviation glued to the name
    after it, which the acronym ruler read as a group's ("the district's SSP N told us": a
    senior superintendent of police, not Sipah-e-Sahaba Pakistan)."""
    return before and not between.strip() and body.strip().lower() in _title_words().ranks


def _title_floor(text: str, sentence_start: int, previous: int) -> int:
    """(relA, s23) Where a title before a name may begin: the sentence's start, or the
    previous sentence's where the splitter broke the title after a rank's abbreviation
    ("Navy spokesman Lt. | Cdr. N told us"): the words just before the sentence end in an
    abbreviation of a rank or title (``previous``: the previous sentence's start). The title
    is still read back from the name over title words only (:func:`_title_force`)."""
    before = re.findall(r"[\w’'.\-]+", text[max(0, sentence_start - 30) : sentence_start])
    if not before or not before[-1].endswith("."):
        return sentence_start
    abbreviations = _role_words().abbreviations
    parts = [p for p in re.split(r"[.\-]", before[-1].lower()) if p]
    if parts and all(p in abbreviations for p in parts):
        return previous
    return sentence_start


def _bare_force_name(key: str, name: str, noun: str) -> bool:
    """(relA, s23) Whether an actor is only the bare force noun made a name of its own
    ("Army" in "Army spokesman N" resolved as a new actor "Army")."""
    return key.startswith("new:") and name.strip().lower() == noun


def _bare_forces(actors: Sequence[Actor]) -> dict[str, str]:
    """(relA, s23) The actors that are only a bare force noun (see :func:`_bare_force_name`),
    each with its noun."""
    nouns = _title_words().forces
    return {a.key: n for a in actors for n in nouns if _bare_force_name(a.key, a.name, n)}


def national_forces(relations: Sequence[Relation], actors: Sequence[Actor]) -> list[Relation]:
    """(relA, s23) A person's membership of a bare force noun made an actor of its own
    ("Army" in "Army spokesman N"), made one of the national force the report calls by that
    noun, where it names exactly one (:func:`_national_force`); kept as read otherwise."""
    bare = _bare_forces(actors)
    out = []
    for r in relations:
        noun = bare.get(r.object_actor or "")
        if noun is not None and r.predicate in ("member_of", "leader_of"):
            force = _national_force(noun, actors)
            if force is not None and force != r.subject:
                r = replace(r, object_actor=force)
        out.append(r)
    return out


@lru_cache(maxsize=1)
def _apposed_title() -> re.Pattern[str]:
    """(relA, s24) An indefinite or definite noun phrase set off by a comma after a name, up
    to the comma, bracket, or word that ends it (``appositive_title_ends``: a place's
    preposition or a verb of saying): "N, a defence spokesman in P, said"."""
    ends = load_data("relation_heads.yaml")["appositive_title_ends"]
    words = "|".join(sorted(map(re.escape, (str(w).lower() for w in ends))))
    return re.compile(
        r"\s*,\s*(?P<title>(?:an?|the)\s+[\w’'.\- ]{1,50}?)"
        rf"(?=\s*(?:[,;)]|\s(?:{words})\b))"
    )


def _bare_noun_phrase(doc: Doc, start: int, end: int) -> bool:
    """(s24b) Whether the text from ``start`` to ``end`` is one noun phrase without a
    preposition, a verb or a relative word: a title ("a senior army spokesman"), not a
    phrase about someone else's ("the son of an army officer", "a rebel who fought the
    army commander")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(
        t.pos_ in ("ADP", "VERB", "AUX", "PRON", "SCONJ") for t in span
    )


def titled_memberships(
    doc: Doc, views: Sequence[SentenceView], actors: Sequence[Actor]
) -> list[Relation]:
    """(rel, s21) A person whose title names a state force by a bare noun is a member of the
    one national force of that kind the document names: "Army spokesman Captain N told
    reporters", "according to district police officer (DPO) N", "the army's spokesman, Col.
    N"; ``leader_of`` where the post is the force's head ("Army chief General N"). A force
    the title names by its name ("Nigerian Army spokesman N") is read by
    :func:`stated_memberships` and the patterns; (relA, s22) one that opens with a body's
    name where they read none: :func:`named_titles`."""
    leader_roles, deputy_roles = _roles()
    words = _title_words()
    text = doc_text(doc)
    out: list[Relation] = []
    previous = 0
    for view in views:
        floor_before, previous = previous, view.start
        for ps in view.slots:
            if ps.kind != "actor" or ps.actor_type != "person" or ps.key is None:
                continue
            floor = _title_floor(text, view.start, floor_before)
            prefix = text[max(floor, ps.start - 80) : ps.start]
            found = _title_force(prefix)
            base = ps.start - len(prefix)
            if found is None:
                # (relA, s24) the title as the name's apposition: "N, an army spokesman, said"
                after = _apposed_title().match(text, ps.end, min(view.end, ps.end + 80))
                if after is not None and not _bare_noun_phrase(doc, *after.span("title")):
                    after = None  # "N, the son of an army officer": no title of his
                found = _title_force(after.group("title")) if after else None
                base = after.start("title") if after else base
            if found is None:
                continue
            noun, title, at = found
            roles = [w for w in title if w in words.roles]  # nearest the name first
            if not roles:
                continue
            at += base
            covering = [s for s in view.slots if s.kind == "actor" and s.start <= at < s.end]
            if covering and not _bare_force_name(covering[0].key or "", covering[0].text, noun):
                force = covering[0].key if covering[0].actor_type == "state_forces" else None
            else:
                # (relA, s23) "Army spokesman N" where the bare "Army" became an actor of its
                # own: the national force the report calls so, where it names one
                force = _national_force(noun, actors)
                if force is None and covering and covering[0].actor_type == "state_forces":
                    force = covering[0].key
            if force is None or force == ps.key:
                continue
            lead = roles[0] in leader_roles and not set(title) & deputy_roles
            predicate = "leader_of" if lead else "member_of"
            out.append(Relation(ps.key, predicate, anchor_of(view), object_actor=force))
    # (relA, s22) a title that opens with a body's name: "Taliban military spokesman N"
    forced = {(r.subject, r.anchor.start) for r in out}
    out.extend(
        r
        for r in national_forces(named_titles(doc, views, actors), actors)
        if (r.subject, r.anchor.start) not in forced
    )
    return out


@dataclass(frozen=True)
class _RoleWords:
    predicates: dict[str, str]  # a person's role noun -> leader_of | member_of
    bare_ranks: frozenset[str]  # ranks that, bare after a group's name, make one of many
    fillers: frozenset[str]  # qualifiers, ranks and abbreviations a title may hold
    abbreviations: frozenset[str]  # ranks written with a full stop ("Brig.", "Gen.")
    body_types: frozenset[str]  # actor types whose name before a title is no body of it
    past: frozenset[str]  # words that make a post a past one ("former", "late")


@lru_cache(maxsize=1)
def _role_words() -> _RoleWords:
    """(relA, s22) The role nouns of a person in a body, read from the head nouns of
    ``relation_heads.yaml`` (every noun whose bearer is a person and that makes a member or a
    leader), with the words a title may hold besides them."""
    data = load_data("relation_heads.yaml")
    predicates = {
        str(k).lower(): str(v["predicate"])
        for k, v in data["head_nouns"].items()
        if v.get("subject") == "person" and v["predicate"] in ("leader_of", "member_of")
    }
    titles = load_titles()
    return _RoleWords(
        predicates=predicates,
        bare_ranks=frozenset(str(w).lower() for w in data["bare_title_ranks"]),
        fillers=_title_words().fillers
        | frozenset(str(w).lower() for w in data["named_title_fillers"]),
        abbreviations=frozenset(titles.abbreviations),
        body_types=frozenset(str(w).lower() for w in data["named_title_not_bodies"]),
        past=frozenset(str(w).lower() for w in data["past_role_words"]),
    )


_WORD = re.compile(r"[\w’'.\-/]+")


def _title_before(text: str, start: int) -> tuple[int, list[str]] | None:
    """(relA, s22) The title words just before a name ("Taliban military spokesman Brig.
    Gen." -> the offset where the title starts and its words, nearest the name first). A
    word with a full stop must be a rank's abbreviation: a sentence's end stops the title."""
    words = _role_words()
    lo = max(0, start - 90)
    tokens = list(_WORD.finditer(text, lo, start))
    if tokens and text[tokens[-1].end() : start].strip():
        return None  # "N" after a comma or a quote: no title glued to the name
    seen: list[str] = []
    begin = start
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        low = tok.group(0).lower()
        gap = text[tok.end() : begin]
        if gap.strip() or "\n" in gap:
            break  # a title never runs over a line's end (a heading above the name)
        core = low.rstrip(".")
        if low.endswith(".") and core not in words.abbreviations:
            break
        parts = [p for p in re.split(r"[.\-]", core) if p]
        if not parts or not all(p in words.fillers for p in parts):
            break
        seen.append(core)
        begin = tok.start()
    return (begin, seen) if seen else None


def named_titles(
    doc: Doc, views: Sequence[SentenceView], actors: Sequence[Actor]
) -> list[Relation]:
    """(relA, s22) A person whose title opens with a body's name is a member of that body,
    or its leader where the role nearest the name leads: "Taliban military spokesman Brig.
    Gen. N said", "Shell chief executive N", "ELN commander N" (a bare rank after a
    group's name is one of its commanders). The title is read over the words before the
    name, across a sentence break the parser put after a rank's abbreviation ("Brig. Gen.").
    A body named by a demonym ("Kenyan police spokesman N"), a past post ("former") or a
    deputy's post makes no leader."""
    words = _role_words()
    leader_roles, deputy_roles = _roles()
    text = doc_text(doc)
    bodies = {
        s.end: s
        for v in views
        for s in v.slots
        if s.kind == "actor"
        and s.key is not None
        and (s.actor_type or "") not in words.body_types
        and demonym_country(s.text) is None
    }
    # names of three letters or more, longest first ("FDLR-FOCA" before "FDLR")
    named = [
        (n, a.key)
        for a in actors
        if a.type not in words.body_types
        for n in {a.name, *a.aliases}
        if len(n) >= 3 and demonym_country(n) is None
    ]
    names = dict(sorted(named, key=lambda x: len(x[0]), reverse=True))
    out: list[Relation] = []
    for view in views:
        for ps in view.slots:
            if ps.kind != "actor" or ps.actor_type != "person" or ps.key is None:
                continue
            found = _title_before(text, ps.start)
            if found is None:
                continue
            begin, title = found
            body = bodies.get(begin - 1) if text[begin - 1 : begin] == " " else None
            key, at = (body.key, body.start) if body is not None else (None, begin)
            if key is None:
                key, at = _named_before(text, begin - 1, names)
            roles = [w for w in title if w in words.predicates]
            if key is None or key == ps.key or not roles:
                continue
            if text[at - 1 : at] in ("-", "–"):
                continue  # (rev, s22) "anti-X commander N", "ex-X spokesman N": not X's post
            # "Former Hamas political chief N", "the late ELN commander N": a past post
            before = re.findall(r"[\w\-]+", text[max(0, at - 16) : at].lower())
            if set(title) & words.past or (before and before[-1] in words.past):
                continue
            lead = (
                words.predicates[roles[0]] == "leader_of"
                and roles[0] not in words.bare_ranks
                and not set(title) & deputy_roles
            )
            predicate = "leader_of" if lead else "member_of"
            out.append(Relation(ps.key, predicate, anchor_of(view), object_actor=key))
    return out


def _named_before(text: str, end: int, names: dict[str, str]) -> tuple[str | None, int]:
    """(relA, s22) The actor whose name (or alias) ends the text at ``end``, where the
    mention finder left that word to the title ("Shell chief executive N"), and
    where its name starts."""
    for name, key in names.items():
        start = end - len(name)
        if start >= 0 and text[start:end] == name and (start == 0 or not text[start - 1].isalnum()):
            return key, start
    return None, end


# "the Turkish-backed Syrian National Army" read as one name: its first word names a backer
_BACKED_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?P<dem>[A-Z][a-z]+)[-–](?:backed|funded|sponsored|supported|armed|financed)\s+\S"
)


def backers_in_names(views: Sequence[SentenceView], actors: Sequence[Actor]) -> list[Relation]:
    """``supports`` from a state's demonym glued to a mention of a group ("the
    Turkish-backed Syrian National Army"), where the document names that state."""
    keys = {a.key for a in actors}
    out: list[Relation] = []
    for view in views:
        for slot in view.slots:
            m = _BACKED_NAME.match(slot.text) if slot.kind == "actor" and slot.key else None
            code = demonym_country(m.group("dem")) if m else None
            state = state_key(code) if code else None
            if state is None or state not in keys or state == slot.key:
                continue
            out.append(Relation(state, "supports", anchor_of(view), object_actor=slot.key))
    return out


@lru_cache(maxsize=1)
def _closed_period() -> re.Pattern[str]:
    """A period that says it is over: opened by a word of a past tie ("former", "until
    2019"), or a range with an end ("from 2013 to 2015", "2013-2015", "between 2013 and
    2015"); not "since 2014", "from 2013" nor "mid-2015" (a hyphen inside one date)."""
    data = load_data("relation_heads.yaml")
    openers = "|".join(re.escape(str(w)) for w in data["over_period_openers"])
    joiners = "|".join(re.escape(str(w)) for w in data["period_range_words"])
    dashes = "".join(re.escape(str(w)) for w in data["period_range_dashes"])
    return re.compile(
        # a range's end is a date: "to 2015", "to June 2020" ("since he moved to Niger": none)
        rf"^\s*(?:{openers})\b|\w\s+(?:{joiners})\s+(?:[A-Za-z]+\s+)?\d"
        rf"|\d\s*[{dashes}]\s*\w|\s[{dashes}]\s",
        re.IGNORECASE,
    )


def period_over(period: str | None) -> bool:
    """(s17) Whether a relation's period is over: "former", "until 2019", "from 2013 to
    2015", "2013–2015" are; none, "since 2014", "in 2020" or "from 2013" are not."""
    return period is not None and _closed_period().search(period) is not None


def led_group(relations: Sequence[Relation]) -> dict[str, str]:
    """(s17) The one group each person the relations say leads now leads: a man who leads
    two groups is in neither (which one acted is not said), nor one who led a group only in
    the past ("a former leader of Y", "led Y until 2019": no act of his is Y's now)."""
    led: dict[str, set[str]] = {}
    for r in relations:
        past = period_over(r.period)
        if r.predicate == "leader_of" and r.certainty != "negated" and r.object_actor and not past:
            led.setdefault(r.subject, set()).add(r.object_actor)
    return {person: next(iter(groups)) for person, groups in led.items() if len(groups) == 1}
