"""(rel, s19) What a reference word stands for, read strictly for relations.

Relations are stated about actors a report often names only by a reference: "Its military
chief remains N" (the group of the sentence before), "the movement's coordinator, N", "the
militants' intelligence wing", "the task force's spokesperson". A wrong antecedent makes a
wrong relation, so these readings accept an antecedent only where no other candidate of the
same kind competes for it:

- a possessive pronoun or a definite group noun with no subject of its kind before it in its
  sentence stands for the one actor of its kind named before it in that sentence, else in the
  nearest earlier sentence of the same paragraph that names any; two different candidates
  there (of the same kind) give none;
- a noun of insurgency ("the rebels", "the militants") stands for no pro-government militia
  (an actor typed ``militia``), and, where its paragraph names no candidate, for the armed
  group the report is about (:func:`~dossier.extract.common.focal_group`);
- a definite noun that ends the name of an actor ("the task force" for the Multinational Joint
  Task Force, "the army" for the Nigerian Army) stands for the nearest actor so named, where
  the sentence that names it names no other actor whose name ends so.

The words are data in ``data/extract/relation_heads.yaml``: :func:`group_nouns` (with
"the", a group named before; the shared ``group_reference`` list of ``claim_cues.yaml``), ``insurgent_nouns`` (never a militia), ``description_stop_nouns``
(name ends too common to tell an actor by) and ``state_force_nouns`` (a state's, never a
rebel army's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Token

from dossier.extract.common import (
    ARMED_TYPES,
    GROUP_TYPES,
    SentenceView,
    Slot,
    focal_group,
    is_heading,
    load_data,
)

__all__ = [
    "PlaceCues",
    "place_antecedent",
    "definite_group_noun",
    "described_actor",
    "group_nouns",
    "unanchored_state",
    "unique_candidate",
    "insurgent_noun",
    "name_tails",
    "paragraph_window",
    "reference_fits",
    "state_force_noun",
    "strict_antecedent",
]

_PARAGRAPH = re.compile(r"\n\s*\n")


def _paragraph_break(text: str, views: Sequence[SentenceView], i: int) -> bool:
    """Whether a paragraph break parts sentence ``i`` from the next: (relA, s23b) counting
    the blank line a sentence's own text may end with (a sentence view of a plain-text
    report keeps the newlines after its full stop)."""
    seg = text[views[i].start : views[i + 1].start]
    return bool(_PARAGRAPH.search(seg[len(seg.rstrip()) :]))


STATE_KINDS = frozenset({"state_forces", "government"})


class _Words(NamedTuple):
    """The word classes references are read by (``relation_heads.yaml``)."""

    group: frozenset[str]  # group_nouns: "the group", "the movement"
    insurgent: frozenset[str]  # insurgent_nouns: "the rebels", never a militia
    stop: frozenset[str]  # description_stop_nouns: name ends that tell no actor
    state_force: frozenset[str]  # state_force_nouns: "the army" is a state's


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = load_data("relation_heads.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, []))

    return _Words(
        group_nouns(),
        words("insurgent_nouns"),
        words("description_stop_nouns"),
        words("state_force_nouns"),
    )


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    """(relA, s22) The nouns that with "the" stand for a group named before ("the group",
    "the movement"): the one shared list (``group_reference`` of ``claim_cues.yaml``, its
    ``collective`` and ``reference_extra`` nouns) and the few relations read so besides it
    (``group_nouns_extra`` of ``relation_heads.yaml``: "the outfit", "the faction")."""
    shared = load_data("claim_cues.yaml").get("group_reference") or {}
    extra = load_data("relation_heads.yaml").get("group_nouns_extra") or []
    return frozenset(
        str(w).lower()
        for w in [*shared.get("collective", []), *shared.get("reference_extra", []), *extra]
    )


def insurgent_noun(lemma: str) -> bool:
    """Whether a noun names those who fight a state ("the rebels"): never a pro-government
    militia."""
    return lemma.lower() in _words().insurgent


_DEFINITE = re.compile(r"(?:the|this|that)\s+([\w-]+?)(?:[’']s?)?", re.IGNORECASE)


def definite_group_noun(phrase: str) -> str | None:
    """(rel2, s19) The noun (singular, lower case) of a definite group reference, possessive
    or not ("the group's" -> group, "The rebels'" -> rebel, "the movement" -> movement);
    None for anything else ("its", "the army")."""
    m = _DEFINITE.fullmatch(re.sub(r"\s+", " ", phrase.strip()))
    if m is None:
        return None
    noun = m.group(1).lower()
    words = _words()
    for form in (noun, noun[:-1] if noun.endswith("s") else noun):
        if form in words.group or form in words.insurgent:
            return form
    return None


def reference_fits(person: bool, group_noun: str | None) -> Callable[[Slot], bool]:
    """The test an antecedent must pass: a person for "he/his", an organisation for
    "it/its"; for a group noun an armed group, for a noun of insurgency no militia."""

    def fits(s: Slot) -> bool:
        if s.kind != "actor" or not s.key:
            return False
        kind = s.actor_type or "organization"
        if (kind == "person") != person:
            return False
        if group_noun is None:
            return True
        if kind not in ARMED_TYPES:
            return False
        return not (insurgent_noun(group_noun) and kind == "militia")

    return fits


def unique_candidate(cands: Sequence[Slot]) -> Slot | None:
    """The candidate where all name one actor; else the one armed group among them (a
    mere organisation beside it is likelier a misread place or an outlet); else none."""
    if len({c.key for c in cands}) == 1:
        return cands[-1]
    groups = [c for c in cands if c.actor_type in GROUP_TYPES]
    if groups and len({c.key for c in groups}) == 1:
        return groups[-1]
    return None


def strict_antecedent(
    text: str,
    views: Sequence[SentenceView],
    index: int,
    position: int,
    fits: Callable[[Slot], bool],
    exclude: str | None = None,
    lookback: int = 2,
    focal: bool = False,
) -> Slot | None:
    """The one actor that fits, named before ``position`` in sentence ``index``, else in the
    nearest earlier sentence of its paragraph naming any (up to ``lookback``). With
    ``focal`` (a group noun: "the group"), armed groups come first: a mere organisation
    (often a misread place or an outlet) only where the paragraph names no armed group and
    the report is about none."""

    def ok(s: Slot) -> bool:
        return fits(s) and s.key != exclude

    def armed(s: Slot) -> bool:
        return ok(s) and s.actor_type in GROUP_TYPES

    for test in (armed, ok) if focal else (ok,):
        found = _nearest(text, views, index, position, test, lookback)
        if found is not None:
            return found[0]
        if test is armed:
            group = focal_group(views)
            if group is not None and ok(group):
                return group
    return None


def _nearest(
    text: str,
    views: Sequence[SentenceView],
    index: int,
    position: int,
    test: Callable[[Slot], bool],
    lookback: int,
) -> tuple[Slot | None] | None:
    """The nearest candidates passing ``test`` (this sentence before ``position``, then the
    earlier sentences of the paragraph): ``(the one actor,)``, ``(None,)`` where several
    compete, None where there are none."""
    here = [s for s in views[index].slots if s.end <= position and test(s)]
    if here:
        return (unique_candidate(_heads(text, here)),)
    for view in _earlier_in_paragraph(text, views, index, lookback):
        cands = [s for s in view.slots if test(s)]
        if cands:
            return (unique_candidate(_heads(text, cands)),)
    return None


def _earlier_in_paragraph(
    text: str, views: Sequence[SentenceView], index: int, lookback: int
) -> Iterator[SentenceView]:
    """The up to ``lookback`` sentences before sentence ``index``, nearest first, stopping
    at a paragraph break or a heading: reference does not cross either."""
    for back in range(1, lookback + 1):
        i = index - back
        if i < 0 or _paragraph_break(text, views, i):
            return
        if is_heading(views[i].text):
            return
        yield views[i]


def paragraph_window(
    text: str, views: Sequence[SentenceView], index: int, lookback: int = 2
) -> list[SentenceView]:
    """(relA, s23) Sentence ``index`` and the up to ``lookback`` sentences of its paragraph
    before it, nearest first: where :func:`strict_antecedent` looks for a group noun's
    actor (never the report's focal group beyond them)."""
    return [views[index], *_earlier_in_paragraph(text, views, index, lookback)]


class PlaceCues(NamedTuple):
    """(rel2, s20) The words and kinds :func:`place_antecedent` reads: verbs of speaking,
    actor types left open, and entity labels that name no place."""

    speaking: frozenset[str]
    untyped: frozenset[str]
    non_place_labels: frozenset[str]


def place_antecedent(
    text: str,
    views: Sequence[SentenceView],
    index: int,
    position: int,
    features: frozenset[str],
    doc: Doc,
    cues: PlaceCues,
    lookback: int = 3,
) -> Slot | None:
    """(rel, s20) The place a definite noun of a kind of place stands for ("the town", "the
    district"): the nearest place of a fitting feature named before ``position`` in its
    sentence, else in the earlier sentences of its paragraph; none where two different
    places of that kind compete there, or where the place is coordinated with any other
    word ("raided A and B": B may be read as no place, yet it competes). (rel2, s20) A place
    that frames an act of speaking (``cues.speaking``: "Speaking in P, the minister said ...",
    "From P, the army said ...") is where the speaker is, and is passed over. A name read
    as an actor of a kind left open (``cues.untyped``: a town the resolver took for an
    organisation), or a proper noun no mention covers, may be a second town, and competes
    too."""

    def framed(slot: Slot) -> bool:
        tok = _slot_root(doc, slot)
        return tok is not None and _frames_speech(tok, cues.speaking)

    def coordinated(slot: Slot) -> bool:
        tok = _slot_root(doc, slot)
        return tok is not None and (
            tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
        )

    def fits(slot: Slot) -> bool:
        place = slot.place.place if slot.place is not None else None
        return slot.kind == "place" and place is not None and place.feature in features

    def ident(slot: Slot) -> object:
        place = slot.place.place if slot.place is not None else None
        return (place.geonames_id or place.name) if place is not None else slot.text

    def one(slots: Sequence[Slot], lo: int, hi: int) -> Slot | None:
        # "in Kidal and Gao ... the town": any other place named there competes, but the
        # country or the province around the one candidate
        cands = [c for c in slots if fits(c)]
        if (
            len({ident(c) for c in cands}) != 1
            or any(o.kind == "actor" and (o.actor_type or "") in cues.untyped for o in slots)
            or _stray_name(doc, lo, hi, slots, cues.non_place_labels)
        ):
            return None
        place = cands[-1].place.place if cands[-1].place is not None else None
        for o in slots:
            other = o.place.place if o.place is not None else None
            if o.kind != "place" or ident(o) == ident(cands[-1]):
                continue
            around = (
                other is not None
                and place is not None
                and (
                    other.feature == "country"
                    or (
                        other.feature in ("admin1", "admin2")
                        and other.feature not in features
                        and other.admin1_code == place.admin1_code
                        and other.country_code == place.country_code
                    )
                )
            )
            if not around:
                return None
        return None if coordinated(cands[-1]) else cands[-1]

    here = [s for s in views[index].slots if s.end <= position and not framed(s)]
    if any(fits(s) for s in here):
        return one(here, views[index].start, position)
    for view in _earlier_in_paragraph(text, views, index, lookback):
        there = [s for s in view.slots if not framed(s)]
        if any(fits(s) for s in there):
            return one(there, view.start, view.end)
    return None


def _stray_name(doc: Doc, lo: int, hi: int, slots: Sequence[Slot], labels: frozenset[str]) -> bool:
    """(rel2, s20) Whether a proper noun between ``lo`` and ``hi`` lies in no mention and
    names nothing but a place may (no date, no person; ``labels`` in lower case): an
    unresolved town."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return span is not None and any(
        t.pos_ == "PROPN"
        and t.ent_type_.lower() not in labels
        and not any(s.start <= t.idx < s.end for s in slots)
        for t in span
    )


def _slot_root(doc: Doc, slot: Slot) -> Token | None:
    span = doc.char_span(slot.start, slot.end, alignment_mode="expand")
    return span.root if span is not None else None


def _frames_speech(tok: Token, speaking: frozenset[str]) -> bool:
    """(rel2, s20) Whether the nearest verb above ``tok`` is a verb of speaking: "Speaking in
    P, ...", "From P, the army said ..." put P where someone speaks (the place an act of
    holding or fighting takes has that act as its nearest verb: "the army said it holds P")."""
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            return a.lemma_.lower() in speaking
    return False


_POSSESSOR = re.compile(r"[’'](?:s\b|(?=\s))")


@lru_cache(maxsize=1)
def _site_owner() -> re.Pattern[str]:
    """The words before the owner of a site ("a base of the X", "positions of X"): the
    ``site_nouns`` of ``relation_patterns.yaml`` (``from_events``), then "of"."""
    nouns = load_data("relation_patterns.yaml")["from_events"]["site_nouns"]
    alternation = "|".join(sorted(map(re.escape, (str(n) for n in nouns))))
    return re.compile(rf"\b(?:{alternation})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _heads(text: str, cands: Sequence[Slot]) -> Sequence[Slot]:
    """(rel2, s19) The candidates that are no mere possessor of a noun ("al-Shabaab,
    al-Qaeda's affiliate in East Africa, retains ...": al-Qaeda only qualifies the
    affiliate; "X overran a base of the Y battalion": Y owns the site), which compete with
    no one; all of them where each is one."""
    heads = [
        c
        for c in cands
        if not _POSSESSOR.match(text, c.end)
        and not _site_owner().search(text[max(0, c.start - 40) : c.start])
    ]
    return heads or cands


def name_tails(names: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """For each actor key, the last one and two words of its names and aliases, lower
    case ("force", "task force"), less the words that name too many things to tell an actor
    by ("group", "forces")."""
    stop = _words().stop
    out: dict[str, frozenset[str]] = {}
    for key, forms in names.items():
        tails: set[str] = set()
        for form in forms:
            words = re.findall(r"[\w'’-]+", form.lower())
            if not words or (len(words) == 1 and form.isupper()):
                continue  # an acronym is no description
            for n in (1, 2):
                if len(words) > n or (n == 1 and len(words) == 1):
                    tail = " ".join(words[-n:])
                    if tail not in stop:
                        tails.add(tail)
        out[key] = frozenset(tails)
    return out


def state_force_noun(word: str) -> bool:
    """(relA, s23) Whether a word names a state's force ("army", "police"): "the police
    commander" is as often a district's as the force's head."""
    return word.lower() in _words().state_force


def described_actor(
    text: str,
    views: Sequence[SentenceView],
    index: int,
    position: int,
    description: str,
    tails: Mapping[str, frozenset[str]],
    exclude: str | None = None,
    lookback: int = 3,
) -> Slot | None:
    """The actor a definite description ("the task force") stands for: the nearest actor
    named before it whose name ends in the description's words, where the sentence naming
    it names no other such actor."""
    words = description.lower()
    if words in _words().stop:
        return None
    # "the army" is a state's: never a rebel army ("the Arakan Army")
    kinds = STATE_KINDS if words.split()[-1] in _words().state_force else None

    def fits(s: Slot) -> bool:
        return (
            s.kind == "actor"
            and s.key is not None
            and s.key != exclude
            and (s.actor_type or "") != "person"
            and (kinds is None or (s.actor_type or "") in kinds)
            and words in tails.get(s.key, frozenset())
        )

    for back in range(0, lookback + 1):
        i = index - back
        if i < 0:
            break
        view = views[i]
        cands = [s for s in view.slots if fits(s) and (back or s.end <= position)]
        if cands:
            return cands[-1] if len({c.key for c in cands}) == 1 else None
    return None


_DETERMINER = re.compile(r"^(?:the|this|that|its|their)\s+", re.IGNORECASE)


def unanchored_state(
    slot: Slot,
    text: str,
    views: Sequence[SentenceView],
    index: int,
    countries: Mapping[str, str],
    kinds: Mapping[str, str],
) -> bool:
    """(rel2, s19) Whether ``slot`` (in sentence ``index``) is a state actor named only by
    a common noun ("the junta", "the government", "the army") that its context does not
    tie to its country: the nearest country named before it (a place or an actor of a
    country, in its sentence, else in the two sentences before in its paragraph) is
    another's; or none is named and the document names a state actor of another country
    too (``kinds``: each actor's type). Actor resolution links such a noun to a state
    through an alias, which may be another state's ("the junta" of Niger read as Mali's);
    an act it does against a foe is then not told by its context."""
    kind = slot.actor_type or ""
    if slot.kind != "actor" or kind not in STATE_KINDS:
        return False
    words = _DETERMINER.sub("", slot.text.strip()).split()
    if not words or any(w[:1].isupper() for w in words):
        return False  # a name ("the Malian junta", "Niger's army") tells its country
    country = countries.get(slot.key or "")
    if country is None:
        return True
    named = _country_before(slot, text, views, index, countries)
    if named is not None:
        return named != country
    return any(t in STATE_KINDS and countries.get(k, country) != country for k, t in kinds.items())


def _country_before(
    slot: Slot,
    text: str,
    views: Sequence[SentenceView],
    index: int,
    countries: Mapping[str, str],
    lookback: int = 2,
) -> str | None:
    """The country of the nearest mention before ``slot`` that has one (a place of a
    country, an actor of one), in its sentence, else in the sentences before it in its
    paragraph."""
    for back in range(0, lookback + 1):
        i = index - back
        if i < 0 or (back and _paragraph_break(text, views, i)):
            break
        for other in reversed(views[i].slots):
            if back == 0 and (other.end > slot.start or other is slot):
                continue
            place = other.place.place if other.place is not None else None
            if place is not None and place.country_code:
                return place.country_code
            if other.key and other.key in countries:
                return countries[other.key]
    return None


_PEERS = re.compile(r"\s*(?:,|,?\s*(?:and|or|as\s+well\s+as))\s*(?:the\s+)?", re.IGNORECASE)


def topic_antecedent(
    text: str,
    views: Sequence[SentenceView],
    index: int,
    fits: Callable[[Slot], bool],
    exclude: str | None = None,
    lookback: int = 2,
) -> Slot | None:
    """(rel2, s19) The group a definite group noun with no candidate in its own sentence
    stands for ("The group's leader, N"): the first that fits in the nearest earlier
    sentence of its paragraph naming any (the sentence's topic; a possessor or a site's
    owner is none), none where the first two that fit are coordinated peers ("A and B
    clashed"); where the paragraph names none, the group the report is about."""
    for view in _earlier_in_paragraph(text, views, index, lookback):
        cands = [c for c in view.slots if fits(c) and c.key != exclude]
        heads = _heads(text, cands)
        if not heads:
            continue
        first = heads[0]
        rival = next((c for c in heads[1:] if c.key != first.key), None)
        if rival is not None and _PEERS.fullmatch(text[first.end : rival.start]):
            return None
        return first
    group = focal_group(views)
    return group if group is not None and fits(group) and group.key != exclude else None
