"""Stated memberships: a person's organisation, where a sentence states it.

Actor resolution may give a person an organisation (``Actor.member_of``); it becomes
``member_of``, or ``leader_of`` with a leader's role word ("leader", "emir", "founder"...),
only where one sentence names both with a role word of ``membership_roles`` between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc

from dossier.extract.common import SentenceView, anchor_of, load_data
from dossier.nlp.text import doc_text
from dossier.records import Actor, Relation
from dossier.resolve.actors import load_actor_rules
from dossier.resolve.geo_rules import demonym_country
from dossier.resolve.states import state_key

__all__ = [
    "backers_in_names",
    "led_group",
    "period_over",
    "stated_memberships",
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


_OTHER_BODY = re.compile(r"\b(?:whom|which|whose)\b", re.IGNORECASE)


def stated_memberships(
    doc: Doc, views: Sequence[SentenceView], actors: Sequence[Actor]
) -> list[Relation]:
    """``member_of``/``leader_of`` from ``Actor.member_of``, where a sentence states it."""
    roles = load_actor_rules().membership_roles
    leader_roles, deputy_roles = _roles()
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
                    # (rel, s20) "N, a commander of X, who told Z": Z is whom he spoke to
                    told = os_.end <= ps.start and _tells(doc, lo, hi)
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
