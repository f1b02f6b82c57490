"""Definite reference across sentences: "the coalition", "the mission", "the two groups",
"the township" stand for an actor or a place the text named shortly before.

Stage 6 resolves names; a definite noun phrase names nothing, so without this step the
facts stated about it ("the coalition attacked police stations", "the mission is funded by
the United States", "the AA, which has controlled the township since 2024") lose their actor
or their place. This step gives such a phrase the actor or the place it refers to, as one
more mention of it, which every later stage reads (the sentence views of
``extract/common.py``).

Precision first, since a wrong antecedent is worse than none:

- the head noun must be one of ``data/nominals.yaml`` ``definite_reference`` (actors) or of
  ``data/place_nouns.yaml`` ``definite_places`` (places), after "the"/"this"/"that" and
  with no modifier of its own that names something else ("the Kenyan mission", "the rival
  faction", "the UN mission in Haiti");
- the antecedent is looked for in the phrase's paragraph and the one before, never across a
  section heading (places and plural references: the sentence and the one before);
- exactly one actor (place) may fit; of two fitting actors, only the topic the phrase
  continues (the subject of the sentence before, or of its own sentence) is taken, else
  nothing; an unnamed group ("gunmen") is no antecedent, and a name ending in the noun that
  is no actor ("the Gourma Coalition" the model missed) or an earlier unresolved phrase with
  the same noun stops any guess;
- "the two groups" / "both factions" take the N fitting actors of the sentence and the one
  before, only when exactly N are named there; each gets the phrase as a mention.

Run in stage 6 after actors and places are resolved (``pipeline.resolve_document``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dossier.datafiles import load_yaml
from dossier.extract.common import is_heading
from dossier.nlp.text import doc_sentences, doc_text
from dossier.records import Actor, Mention, PlaceMention
from dossier.resolve.unidentified import is_unidentified_key

__all__ = ["ReferenceWords", "load_reference_words", "resolve_definite_references"]


@dataclass(frozen=True)
class ActorNoun:
    """What one head noun of a definite phrase can stand for."""

    types: frozenset[str]  # actor types it may refer to
    generic: frozenset[str]  # types it refers to without a name saying so
    names: frozenset[str]  # last words of names that match ("coalition", "alliance")


@dataclass(frozen=True)
class ReferenceWords:
    """The word lists of the definite-reference step."""

    actor_nouns: dict[str, ActorNoun]
    other_modifiers: frozenset[str]
    determiners: frozenset[str]
    numbers: dict[str, int]
    place_nouns: dict[str, frozenset[str]]  # noun -> place features it may stand for


@lru_cache(maxsize=1)
def load_reference_words() -> ReferenceWords:
    """Load the definite-reference lists of ``nominals.yaml`` and ``place_nouns.yaml``."""
    data = load_yaml("nominals.yaml")["definite_reference"]
    nouns = {
        str(noun): ActorNoun(
            types=frozenset(spec.get("types") or ()),
            generic=frozenset(spec.get("generic") or ()),
            names=frozenset(str(w).lower() for w in (spec.get("names") or [noun])),
        )
        for noun, spec in data["nouns"].items()
    }
    places = load_yaml("place_nouns.yaml")["definite_places"]
    return ReferenceWords(
        actor_nouns=nouns,
        other_modifiers=frozenset(str(w).lower() for w in data["other_modifiers"]),
        determiners=frozenset(str(w).lower() for w in data["determiners"]),
        numbers={str(k).lower(): int(v) for k, v in data["numbers"].items()},
        place_nouns={str(k): frozenset(v or ()) for k, v in places.items()},
    )


# -- paragraphs --------------------------------------------------------------------------------

_BREAK = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-*\u2022]\s|#|\d+[.)]\s))")


@dataclass(frozen=True)
class _Block:
    start: int
    end: int
    heading: bool


def _blocks(text: str) -> list[_Block]:
    """The paragraphs of ``text`` (blank lines; a bullet or a heading starts a new one)."""
    out: list[_Block] = []
    pos = 0
    for m in _BREAK.finditer(text):
        out.append(_block(text, pos, m.start()))
        pos = m.end()
    out.append(_block(text, pos, len(text)))
    return out


def _block(text: str, start: int, end: int) -> _Block:
    body = text[start:end].strip()
    plain = body.lstrip("#*_ ").rstrip("*_ ")
    heading = body.startswith("#") or ("\n" not in body and is_heading(plain))
    return _Block(start, end, heading)


def _window_start(blocks: Sequence[_Block], pos: int, paragraphs: int = 2) -> int:
    """Where the look-back of a phrase at ``pos`` begins: the start of its paragraph or of the
    paragraphs before it (``paragraphs`` in all), never before a heading."""
    i = max(bisect_right([b.start for b in blocks], pos) - 1, 0)
    start = blocks[i].start
    for j in range(i - 1, i - paragraphs, -1):
        if j < 0 or blocks[j].heading:
            break
        start = blocks[j].start
    return start


# -- the phrases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Phrase:
    start: int  # character offsets of "the ... noun"
    end: int
    head: Token
    count: int  # 1, or N of "the N groups"


def _phrase(tok: Token, words: ReferenceWords, plural_ok: bool) -> _Phrase | None:
    """The definite phrase headed by ``tok``, or None where it is not a bare reference."""
    det: Token | None = None
    count = 1
    for child in tok.children:
        if child.i > tok.i:
            # "the mission in Haiti", "the group of X", "the group, Ansaru,": it names itself
            if child.dep_ in ("prep", "appos", "compound", "nmod") and child.lower_ != "'s":
                return None
            continue
        low = child.lower_
        if child.dep_ == "det" and low in words.determiners:
            det = child
        elif low in words.numbers and child.dep_ in ("nummod", "det", "predet", "quantmod"):
            count = words.numbers[low]
            if low == "both":
                det = det or child
        else:
            # any other modifier: a name, a nationality, a possessor, "rival", "other"
            if child.dep_ not in ("amod", "advmod") or low in words.other_modifiers:
                return None
            if child.ent_type_ or child.pos_ == "PROPN" or not child.is_lower:
                return None
    if det is None:
        return None
    if count > 1 and (not plural_ok or tok.tag_ != "NNS"):
        return None
    if count == 1 and tok.tag_ not in ("NN",):
        return None  # "the groups": too vague to count
    start = min(det.i, *(c.i for c in tok.children if c.i < tok.i))
    doc = tok.doc
    return _Phrase(doc[start].idx, tok.idx + len(tok.text), tok, count)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


# -- actors ------------------------------------------------------------------------------------

_AFTER_NAME = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?([A-Za-z][\w-]*)")


def _last_word(name: str) -> str:
    words = re.sub(r"\([^()]*\)", " ", name).split()
    return words[-1].lower().strip(".,;:'\"") if words else ""


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _named_with(actor: Actor, words: frozenset[str], text: str) -> bool:
    """Whether the text or the actor's names call it by one of ``words``: its name ends in
    one ("Three Brotherhood Alliance" for "the alliance"), or a mention of it is followed by
    one ("the MSS mission", "the Viv Ansanm gang coalition")."""
    wanted = {_singular(w) for w in words}
    # the text's own words for it count as names too ("the Fulani militia" ... "the militia")
    names = (actor.name, *actor.aliases)
    names += tuple(m.text for m in actor.mentions if m.source != "reference" and _named(m.text))
    if {_singular(_last_word(n)) for n in names} & wanted:
        return True
    for m in actor.mentions:
        after = _AFTER_NAME.match(text, m.end)
        if after and _singular(after.group(1).lower()) in wanted:
            return True
        # "Viv Ansanm gang coalition": one more noun between the name and the word
        two = re.match(r"\s*[a-z]+\s+([a-z]+)", text[m.end : m.end + 40])
        if two and _singular(two.group(1)) in wanted:
            return True
    return False


def _named(text: str) -> bool:
    """Whether a mention's text holds a name (a capitalised word after the first): "the
    Fulani militia", not "an armed group"."""
    return any(w[:1].isupper() for w in text.split()[1:])


def _clause_verb(tok: Token) -> Token | None:
    """The verb that governs ``tok``'s clause."""
    t = tok
    while t.head.i != t.i:  # spaCy makes a new Token on each access: compare indices
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _antecedents(
    phrase: _Phrase,
    noun: ActorNoun,
    mentions: Sequence[tuple[int, int, Actor]],
    since: int,
    doc: Doc,
) -> list[Actor]:
    """The fitting actors named between ``since`` and the phrase, nearest first (one each)."""
    text = doc_text(doc)
    verb = _clause_verb(phrase.head)
    seen: dict[str, Actor] = {}
    for start, end, actor in sorted(mentions, key=lambda t: -t[0]):
        if end > phrase.start or start < since or actor.key in seen:
            continue
        if actor.type not in noun.types or is_unidentified_key(actor.key):
            continue  # an unnamed group ("gunmen", "an armed group") is no antecedent
        if verb is not None and start >= _sentence_start(doc, phrase.start):
            # "ISKP attacked the group's base": an argument of the same verb is someone else
            span = doc.char_span(start, end, alignment_mode="expand")
            other = _clause_verb(span.root) if span is not None else None
            if other is not None and other.i == verb.i:
                continue
        seen[actor.key] = actor
    # the actors the text calls by the noun itself, else by a word of its kind ("the
    # coalition": a "... coalition" before a "... federation"), else any of the noun's types
    lemma = phrase.head.lemma_.lower()
    if _unresolved_namesake(phrase, lemma, since, mentions, doc):
        return []
    if phrase.count > 1:  # "the two groups": every fitting actor counts
        return [
            a
            for a in seen.values()
            if a.type in noun.generic or _named_with(a, noun.names | {lemma}, text)
        ]
    named = frozenset({lemma}) | noun.names
    tiers = (
        # a noun of any group of its types ("the group"): every fitting actor competes, a
        # name that ends in the noun ("the Islamic State group") makes none likelier
        [[a for a in seen.values() if a.type in noun.generic or _named_with(a, named, text)]]
        if noun.generic
        else [
            [a for a in seen.values() if _named_with(a, frozenset({lemma}), text)],
            [a for a in seen.values() if _named_with(a, noun.names, text)],
        ]
    )
    for tier in tiers:
        if len(tier) > 1:
            topic = _continued_topic(phrase, tier, since, doc)
            return [topic] if topic is not None else tier
        if tier:
            return tier
    return []


def _unresolved_namesake(
    phrase: _Phrase,
    lemma: str,
    since: int,
    mentions: Sequence[tuple[int, int, Actor]],
    doc: Doc,
) -> bool:
    """Whether the look-back holds a name ending in the phrase's noun that is no actor
    mention ("the Gourma Coalition" the model missed): it may be what the phrase means."""
    window = doc.char_span(since, phrase.start, alignment_mode="contract")
    if window is None:
        return False
    for tok in window:
        if tok.lemma_.lower() != lemma or not tok.text[:1].isupper() or tok.i == 0:
            continue
        if tok.is_sent_start:
            continue  # "Coalition forces ...", a sentence's first word
        if not any(s <= tok.idx < e for s, e, _ in mentions):
            return True
    return False


def _topic_span(sent: Span) -> tuple[int, int] | None:
    """Where the topic of a sentence is written: the subject of its main verb, else the
    words it opens with (a parse may miss the subject of "X - a gloss - was formed ...");
    None when that subject is coordinated ("A and B operate in X")."""
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
            if tok.conjuncts:
                return None
            return tok.left_edge.idx, tok.idx + len(tok.text)
    first = next((t for t in sent if t.is_alpha and t.lower_ != "the"), None)
    if first is None or any(t.conjuncts for t in first.subtree if t.dep_ != "conj"):
        return None
    return first.idx, first.idx + len(first.text)


def _continued_topic(phrase: _Phrase, tier: Sequence[Actor], since: int, doc: Doc) -> Actor | None:
    """Of several fitting actors, the one the phrase continues as the topic: the phrase is
    a subject and the actor the topic of the sentence before ("X was formed in 2023 when A
    and B agreed ... In 2024 the coalition attacked ..."); else None."""
    if phrase.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sents = doc_sentences(doc)
    starts = [s.start_char for s in sents]
    i = bisect_right(starts, phrase.start) - 1
    # an actor named earlier in the phrase's own sentence: that sentence's topic decides
    here = [
        a for a in tier if any(starts[i] <= m.start and m.end <= phrase.start for m in a.mentions)
    ]
    if here:
        topic = _topic_span(sents[i])
        if topic is None or topic[1] > phrase.start:
            return None
    elif i < 1 or sents[i - 1].start_char < since:
        return None
    else:
        topic = _topic_span(sents[i - 1])
    if topic is None:
        return None
    lo, hi = topic
    hits = [
        a
        for a in tier
        if any(m.start <= hi and lo <= m.end and m.start >= lo - 4 for m in a.mentions)
    ]
    return hits[0] if len(hits) == 1 else None


def _sentence_start(doc: Doc, pos: int) -> int:
    starts = [s.start_char for s in doc_sentences(doc)]
    return starts[max(bisect_right(starts, pos) - 1, 0)]


def _sentence_before_start(doc: Doc, pos: int) -> int:
    """The start of the sentence before the one at ``pos``."""
    starts = [s.start_char for s in doc_sentences(doc)]
    i = max(bisect_right(starts, pos) - 1, 0)
    return starts[max(i - 1, 0)]


# -- places ------------------------------------------------------------------------------------


def _place_key(pm: PlaceMention) -> tuple[object, ...]:
    p = pm.place
    assert p is not None
    return (p.geonames_id, p.name, p.country_code)


def _place_antecedent(
    phrase: _Phrase,
    features: frozenset[str],
    places: Sequence[PlaceMention],
    since_name: int,
    since_level: int,
    text: str,
) -> PlaceMention | None:
    """The one place that "the township" / "the town" / "the area" at ``phrase`` stands for."""
    noun = phrase.head.lemma_.lower()
    named: dict[tuple[object, ...], PlaceMention] = {}
    level: dict[tuple[object, ...], PlaceMention] = {}
    for pm in sorted(places, key=lambda p: -p.start):
        if pm.end > phrase.start or pm.place is None or pm.place.feature == "country":
            continue
        if pm.start < since_name:
            break
        key = _place_key(pm)
        after = _AFTER_NAME.match(text, pm.end)
        inside = pm.text.lower().split()[-1:] == [noun]
        if inside or (after and _singular(after.group(1).lower()) == noun):
            named.setdefault(key, pm)
        elif pm.start >= since_level and pm.place.feature in features:
            level.setdefault(key, pm)
    if named:
        return next(iter(named.values())) if len(named) == 1 else None
    if len(level) == 1:
        return next(iter(level.values()))
    return None


# -- the step ----------------------------------------------------------------------------------


def resolve_definite_references(
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[PlaceMention],
    to_original: Callable[[int, int], tuple[int, int]] | None = None,
    words: ReferenceWords | None = None,
) -> tuple[list[Actor], list[PlaceMention]]:
    """``actors`` and ``places`` with one more mention for each definite phrase that refers
    back to exactly one of them ("the coalition" → the coalition named before it).

    ``to_original`` maps cleaned offsets to the file's (``CleanedText.to_original``).
    """
    if not doc.has_annotation("DEP"):
        return list(actors), list(places)
    words = words or load_reference_words()
    text = doc_text(doc)
    blocks = _blocks(text)
    sent_starts = [s.start_char for s in doc_sentences(doc)]
    taken = [(m.start, m.end) for a in actors for m in a.mentions]
    mentions = [(m.start, m.end, a) for a in actors for m in a.mentions]
    added: dict[str, list[Mention]] = {}
    # phrases left without an antecedent: a later "the organization" whose look-back holds an
    # earlier, unresolved "the organization" means the same unnamed actor, not a nearer one
    unresolved: list[tuple[int, str]] = []
    new_places: list[PlaceMention] = []
    replaced: set[tuple[int, int]] = set()

    def mention(start: int, end: int) -> Mention:
        o_start, o_end = to_original(start, end) if to_original else (start, end)
        return Mention(
            start=start,
            end=end,
            text=text[start:end],
            label="ORG",
            sentence=max(bisect_right(sent_starts, start) - 1, 0),
            orig_start=o_start,
            orig_end=o_end,
            source="reference",
        )

    for tok in doc:
        if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS"):
            continue
        lemma = tok.lemma_.lower()
        noun = words.actor_nouns.get(lemma)
        features = words.place_nouns.get(lemma)
        if noun is None and features is None:
            continue
        phrase = _phrase(tok, words, plural_ok=noun is not None)
        if phrase is None or "\n\n" in text[phrase.start : phrase.end]:
            continue
        if _overlaps(phrase.start, phrase.end, taken):
            continue  # already a name, or a state's force the state rules read
        if any(b.heading and b.start <= phrase.start < b.end for b in blocks):
            continue
        if noun is not None:
            since = _window_start(blocks, phrase.start)
            if any(since <= pos and low == lemma for pos, low in unresolved):
                unresolved.append((phrase.start, lemma))
                continue
            if phrase.count > 1:
                since = _sentence_before_start(doc, phrase.start)
                since = max(since, _window_start(blocks, phrase.start))
                found = _antecedents(phrase, noun, mentions, since, doc)
                if len(found) != phrase.count:
                    continue
            else:
                found = _antecedents(phrase, noun, mentions, since, doc)
                if len(found) != 1:
                    unresolved.append((phrase.start, lemma))
                    continue
            for actor in found:
                added.setdefault(actor.key, []).append(mention(phrase.start, phrase.end))
                mentions.append((phrase.start, phrase.end, actor))  # "the group ... the group"
            taken.append((phrase.start, phrase.end))
        elif features is not None and phrase.count == 1:
            since_level = max(
                _sentence_before_start(doc, phrase.start), _window_start(blocks, phrase.start)
            )
            pm = _place_antecedent(
                phrase,
                features,
                places,
                _window_start(blocks, phrase.start),
                since_level,
                text,
            )
            if pm is None:
                continue
            sentence = max(bisect_right(sent_starts, phrase.start) - 1, 0)
            new_places.append(
                PlaceMention(
                    phrase.start,
                    phrase.end,
                    text[phrase.start : phrase.end],
                    sentence,
                    pm.place,
                    pm.score,
                )
            )
            replaced.add((phrase.start, phrase.end))
    out_actors = [
        replace(a, mentions=tuple(sorted((*a.mentions, *added[a.key]), key=lambda m: m.start)))
        if a.key in added
        else a
        for a in actors
    ]
    kept = [p for p in places if not _overlaps(p.start, p.end, sorted(replaced))]
    out_places = sorted([*kept, *new_places], key=lambda p: (p.start, p.end))
    return out_actors, out_places
