"""Unnamed armed collectives as actors: "Gunmen killed 12 villagers in Zamfara State".

A report that does not name who attacked still says who: "gunmen", "armed bandits", "gangs",
"unknown assailants". Analysts record such a perpetrator as an unidentified group of the
country where it acts (ACLED: "Unidentified Armed Group (Nigeria)", "Unidentified Gang
(Haiti)"). Here a noun phrase headed by one of the nouns of ``data/unidentified_actors.yaml``
becomes a mention of that actor, keyed ``new:`` plus a slug of its name so that the reports of
one country share it in the store, and the groups of two countries stay two actors.

A phrase is left alone when it names a group of its own: a named organisation or person in it
("Boko Haram gunmen", "gunmen loyal to X", "its fighters", "Fulani gunmen"), or an apposition
or predicate ("ISWAP, a jihadist group"). Nouns that reports use for a group they name ("the
militants", "insurgents": ``ambiguous``) are taken only in a report that names no armed
group, unless the phrase says nobody knows who they are ("unidentified militants"). A phrase
that points back ("the gunmen") after a named armed group is that group's, unless the report
already introduced unidentified men of the same class. No country found, no actor: an
unidentified group of nowhere would merge every such report in the store into one actor.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, POS
from spacy.parts_of_speech import NOUN, PROPN
from spacy.tokens import Doc, Token

from dossier.datafiles import load_yaml
from dossier.nlp.text import doc_sentences, doc_text
from dossier.records import Mention
from dossier.resolve.actor_gazetteer import normalise_name
from dossier.resolve.geo_gazetteer import country_english_name
from dossier.resolve.states import ReportCountries

__all__ = [
    "UnidentifiedClass",
    "UnidentifiedMention",
    "UnidentifiedRules",
    "is_unidentified_key",
    "keep_unidentified",
    "load_unidentified_rules",
    "unidentified_mentions",
]

_MODIFIER_DEPS = {"amod", "compound", "nmod"}
# subtrees that belong to other phrases: conjuncts, lists, appositions are read on their own
_OTHER_PHRASES = {"conj", "cc", "appos", "punct"}
_NAME_LABELS = {"ORG", "PERSON", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"}
# "local clan militias, known as macawisley": the phrase goes on to give the group's name
_NAMED_AFTER = re.compile(
    r"\s*[,(]?\s*(?:(?:which|who)\s+(?:is|are|was|were)\s+)?"
    r"(?:(?:also|locally|commonly|widely|better|often|popularly)\s+)?"
    r"(?:(?:known|referred\s+to)\s+(?:locally\s+)?as|called|dubbed|nicknamed)\b",
    re.IGNORECASE,
)


def slug(name: str) -> str:
    """The ``new:`` key of an actor name (as :func:`dossier.resolve.actors.new_key`)."""
    return "new:" + re.sub(r"[^\w]+", "-", normalise_name(name)).strip("-")


@dataclass(frozen=True)
class UnidentifiedClass:
    """One class of unnamed group: its label, actor type and head nouns."""

    label: str
    type: str
    nouns: frozenset[tuple[str, ...]]  # lemma sequences, the head last
    ambiguous: frozenset[tuple[str, ...]] = frozenset()
    generic: frozenset[str] = frozenset()
    armed_modifiers: frozenset[str] = frozenset()
    ambiguous_modifiers: frozenset[str] = frozenset()
    requires: frozenset[str] = frozenset()


@dataclass(frozen=True)
class UnidentifiedRules:
    """``data/unidentified_actors.yaml``."""

    classes: tuple[UnidentifiedClass, ...]
    unknown_modifiers: frozenset[str]
    anaphoric_determiners: frozenset[str]
    descriptive_modifiers: frozenset[str]
    named_group_types: frozenset[str]
    membership_verbs: frozenset[str] = frozenset()
    reference_nouns: frozenset[str] = frozenset()
    ambiguous_group_types: frozenset[str] = frozenset()
    border_nouns: frozenset[str] = frozenset()

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(c.label for c in self.classes)


def _words(values: object) -> frozenset[str]:
    return frozenset(str(v).lower() for v in (values or ()))  # type: ignore[attr-defined]


def _phrases(values: object) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(str(v).lower().split()) for v in (values or ()))  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def load_unidentified_rules() -> UnidentifiedRules:
    """Load ``data/unidentified_actors.yaml`` (cached)."""
    data = load_yaml("unidentified_actors.yaml")
    classes = tuple(
        UnidentifiedClass(
            label=str(row["label"]),
            type=str(row.get("type", "armed_group")),
            nouns=_phrases(row.get("nouns")),
            ambiguous=_phrases(row.get("ambiguous")),
            generic=_words(row.get("generic")),
            armed_modifiers=_words(row.get("armed_modifiers")),
            ambiguous_modifiers=_words(row.get("ambiguous_modifiers")),
            requires=_words(row.get("requires")),
        )
        for row in data["classes"]
    )
    return UnidentifiedRules(
        classes=classes,
        unknown_modifiers=_words(data.get("unknown_modifiers")),
        anaphoric_determiners=_words(data.get("anaphoric_determiners")),
        descriptive_modifiers=_words(data.get("descriptive_modifiers")),
        named_group_types=_words(data.get("named_group_types")),
        membership_verbs=_words(data.get("membership_verbs")),
        reference_nouns=_words(data.get("reference_nouns")),
        ambiguous_group_types=_words(data.get("ambiguous_group_types")),
        border_nouns=_words(data.get("border_nouns")),
    )


def is_unidentified_key(key: str) -> bool:
    """Whether ``key`` is the key of an unidentified group ("new:unidentified-gang-haiti")."""
    return any(key.startswith(slug(label) + "-") for label in load_unidentified_rules().labels)


@dataclass(frozen=True)
class UnidentifiedMention:
    """A phrase naming an unidentified group, and the actor it stands for."""

    mention: Mention
    label: str
    type: str
    country: str  # ISO 3166-1 alpha-2
    ambiguous: bool  # a noun reports also use for a group they name ("militants")
    definite: bool  # points back ("the gunmen")
    unknown: bool  # says nobody knows who ("unidentified gunmen")

    @property
    def name(self) -> str:
        return f"{self.label} ({country_english_name(self.country) or self.country})"

    @property
    def key(self) -> str:
        return slug(self.name)


def _modifiers(head: Token) -> list[Token]:
    """The words before ``head`` that qualify it, with their own modifiers ("heavily armed")."""
    out: list[Token] = []
    for child in head.lefts:
        if child.dep_ in _MODIFIER_DEPS:
            out.extend(t for t in child.subtree if t.i < head.i)
    return out


def _lemma(tok: Token) -> str:
    """The lemma, lower case; for a noun the tagger took for a name ("Gunmen" opening a
    sentence, whose lemma stays "Gunmen"), the singular of its regular plural."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma == tok.lower_:
        if lemma.endswith("men"):
            return lemma[:-3] + "man"
        if lemma.endswith("ies"):
            return lemma[:-3] + "y"
        if lemma.endswith("s") and not lemma.endswith("ss"):
            return lemma[:-1]
    return lemma


def _compound_words(head: Token) -> list[str]:
    """The compound nouns right before ``head`` and the head, as lemmas ("gang member")."""
    words = [_lemma(head)]
    i = head.i - 1
    while i >= 0 and head.doc[i].dep_ == "compound" and head.doc[i].head.i == head.i:
        words.insert(0, _lemma(head.doc[i]))
        i -= 1
    return words


def _match(head: Token, cls: UnidentifiedClass, mods: set[str]) -> tuple[bool, int] | None:
    """Whether ``head`` names a group of ``cls`` (and whether ambiguously), with the index
    of the phrase's first noun word; None when it does not."""
    words = _compound_words(head)
    for n in range(len(words), 0, -1):
        tail = tuple(words[-n:])
        start = head.i - n + 1
        if tail in cls.nouns:
            return False, start
        if tail in cls.ambiguous:
            return True, start
    low = _lemma(head)
    if low in cls.generic:
        if mods & cls.armed_modifiers:
            return False, head.i
        if mods & cls.ambiguous_modifiers:
            return True, head.i
    return None


def _names_a_group(head: Token, rules: UnidentifiedRules, places: set[int]) -> bool:
    """The phrase names a group or person of its own: an organisation, a person, an ethnic
    name or an owner in it ("Boko Haram gunmen", "gunmen loyal to X", "its fighters",
    "Fulani gunmen")."""
    if head.dep_ in {"appos", "attr"}:
        return True  # "ISWAP, a jihadist group", "the attackers were ISWAP fighters"
    named = _NAMED_AFTER.match(doc_text(head.doc), head.idx + len(head))
    if named is not None and not _common_name_after(head, named.end()):
        return True  # "local clan militias, known as macawisley"
    for child in head.children:
        if child.dep_ in _OTHER_PHRASES:
            continue
        if child.dep_ in {"relcl", "acl"} and _lemma(child) not in rules.membership_verbs:
            continue  # "gunmen who attacked the army base": what they did, not who they are
        if child.dep_ == "poss" and child.ent_type_ not in {"GPE", "LOC"}:
            return True  # "its gunmen", "the group's fighters"
        for tok in child.subtree:
            if tok.ent_id_:
                return True
            if tok.ent_type_ in _NAME_LABELS and tok.i not in places:
                if tok.lower_ in rules.descriptive_modifiers:
                    continue  # "Islamist militants"
                return True  # "Fulani gunmen", "militants of the Ansaru group"
    return False


def _common_name_after(head: Token, offset: int) -> bool:
    """ "armed gangs, locally known as bandits": the name given is a common noun of the
    collectives themselves, no group's name."""
    doc = head.doc
    nxt = next((t for t in doc[head.i + 1 :] if t.idx >= offset and not t.is_punct), None)
    if nxt is None:
        return False
    rules = load_unidentified_rules()
    words = {w[-1] for c in rules.classes for w in c.nouns | c.ambiguous}
    return nxt.text.islower() and _lemma(nxt) in words


def _phrase_start(head: Token, first: int) -> int:
    """The first word of the mention: the modifiers before the noun ("Armed bandits",
    "Unknown gunmen"), not a determiner or a number."""
    start = first
    for tok in _modifiers(head):
        if tok.i < start and tok.dep_ not in {"det", "nummod", "quantmod", "poss", "predet"}:
            start = tok.i
    while start < first and head.doc[start].dep_ in {"det", "nummod", "punct", "cc"}:
        start += 1
    return start


@lru_cache(maxsize=4)
def _head_words(rules: UnidentifiedRules) -> frozenset[str]:
    """The lemmas that may head a phrase of some class (its nouns' last words, its generic
    nouns)."""
    return frozenset(
        {w[-1] for c in rules.classes for w in c.nouns | c.ambiguous}
        | {g for c in rules.classes for g in c.generic}
    )


def _candidate_heads(doc: Doc, heads: frozenset[str]) -> list[int]:
    """The indices of the nouns and names whose lemma, read as :func:`_lemma` may read it,
    is one of ``heads``: a superset of the heads :func:`unidentified_mentions` takes, found
    from the token arrays (speed only: no token object for the other words)."""
    array = doc.to_array([POS, LEMMA])
    if not len(array):
        return []
    nouns = numpy.flatnonzero((array[:, 0] == NOUN) | (array[:, 0] == PROPN))
    lemmas = array[nouns, 1].tolist()
    strings = doc.vocab.strings
    found = set()
    for key in set(lemmas):
        low = strings[key].lower()
        if low in heads or any(form in heads for form in _singulars(low)):
            found.add(key)
    return [i for i, key in zip(nouns.tolist(), lemmas, strict=True) if key in found]


def _singulars(low: str) -> list[str]:
    """The forms :func:`_lemma` may give a name's lower-case lemma ``low``."""
    if low.endswith("men"):
        return [low[:-3] + "man"]
    if low.endswith("ies"):
        return [low[:-3] + "y"]
    if low.endswith("s") and not low.endswith("ss"):
        return [low[:-1]]
    return []


def unidentified_mentions(
    doc: Doc, sentence_of: Callable[[int], int] | None = None
) -> list[UnidentifiedMention]:
    """The phrases of ``doc`` that name an unidentified armed collective, in text order, each
    with its class and the country the report places it in (phrases placed nowhere are left
    out). Whether each is kept depends on the rest of the report
    (:func:`keep_unidentified`)."""
    if not doc.has_annotation("DEP"):
        return []
    rules = load_unidentified_rules()
    heads = _head_words(rules)
    starts: list[int] | None = None
    countries: ReportCountries | None = None
    out: list[UnidentifiedMention] = []
    for i in _candidate_heads(doc, heads):
        head = doc[i]
        if head.pos_ not in {"NOUN", "PROPN"} or _lemma(head) not in heads:
            continue
        if head.dep_ == "compound":
            continue  # "gang violence", "bandit attacks": no group named
        if head.ent_id_ or (head.ent_type_ in _NAME_LABELS and head.ent_iob_ == "I"):
            continue  # inside a name ("Tren de Aragua gang")
        mods = {_lemma(t) for t in _modifiers(head)} | {t.lower_ for t in _modifiers(head)}
        found = None
        for cls in rules.classes:
            if cls.requires and not mods & cls.requires:
                continue
            hit = _match(head, cls, mods)
            if hit is not None:
                found = (cls, *hit)
                break
        if found is None:
            continue
        if countries is None:
            countries = ReportCountries(doc, rules.border_nouns)
        if _names_a_group(head, rules, countries.place_tokens):
            continue
        cls, ambiguous, first = found
        country = countries.of(head)
        if not country:
            continue
        start_tok = _phrase_start(head, first)
        start = doc[start_tok].idx
        end = head.idx + len(head)
        dets = {c.lower_ for c in head.children if c.dep_ in {"det", "predet"}}
        if sentence_of is None and starts is None:
            starts = [s.start_char for s in doc_sentences(doc)]
        mention = Mention(
            start=start,
            end=end,
            text=doc_text(doc)[start:end],
            label="ORG",
            sentence=(
                sentence_of(start) if sentence_of else max(bisect_right(starts or [], start) - 1, 0)
            ),
            orig_start=start,
            orig_end=end,
            source="rule",
            gazetteer_id=None,
        )
        out.append(
            UnidentifiedMention(
                mention=mention,
                label=cls.label,
                type=cls.type,
                country=country,
                ambiguous=ambiguous,
                definite=bool(dets & rules.anaphoric_determiners),
                unknown=bool(mods & rules.unknown_modifiers),
            )
        )
    return out


def _group_references(doc: Doc, rules: UnidentifiedRules) -> list[int]:
    """Offsets of the phrases that point back to a group ("the group", "the militants")."""
    return [
        tok.idx
        for tok in doc
        if tok.pos_ == "NOUN"
        and _lemma(tok) in rules.reference_nouns
        and any(c.dep_ == "det" and c.lower_ in rules.anaphoric_determiners for c in tok.children)
    ]


def _windows(doc: Doc) -> list[tuple[int, int]]:
    """Per sentence, the text an unnamed group's attribution is read in: the sentence and the
    one before it, unless a line break (a new paragraph or list item) parts them."""
    sents = [(s.start_char, s.end_char) for s in doc_sentences(doc)]
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(sents):
        lo = start
        if i > 0 and "\n" not in text[sents[i - 1][0] : start]:
            lo = sents[i - 1][0]
        out.append((lo, end))
    return out


def keep_unidentified(
    doc: Doc,
    found: Sequence[UnidentifiedMention],
    named_groups: Sequence[int],
    other_groups: bool = False,
) -> list[UnidentifiedMention]:
    """The phrases of ``found`` that stand for unidentified groups, given the offsets of the
    mentions of the report's named armed groups (``named_groups``) and whether it names a
    group of another kind that an ambiguous noun may stand for (``other_groups``: a party
    that was an armed movement, an organisation the gazetteer lacks).

    A phrase that says nobody knows who ("unidentified gunmen") always is one. An ambiguous
    noun ("militants") is one only in a report naming no such group. Any other phrase is
    one unless a named group, or a phrase pointing back to one ("the group"), comes in its
    sentence or the one before ("Al-Shabaab militants stormed the hotel ... three attackers
    dead"), or it points back itself ("the gunmen") to a named group before it; a phrase
    that points back to unidentified men already introduced ("Gunmen stormed ... the gunmen
    fled") stays theirs.
    """
    if not found:
        return []
    rules = load_unidentified_rules()
    groups = sorted([*named_groups, *_group_references(doc, rules)]) if named_groups else []
    windows = _windows(doc)
    kept: list[UnidentifiedMention] = []
    seen: set[str] = set()
    for u in found:
        start = u.mention.start
        if u.ambiguous and (named_groups or other_groups) and not u.unknown:
            continue
        if not u.unknown and not (u.definite and u.key in seen):
            if u.definite and any(s < start for s in named_groups):
                continue
            lo, hi = (
                windows[u.mention.sentence]
                if 0 <= u.mention.sentence < len(windows)
                else (
                    start,
                    start,
                )
            )
            if any(lo <= s < hi and not u.mention.start <= s < u.mention.end for s in groups):
                continue
        kept.append(u)
        seen.add(u.key)
    return kept
