"""``dossier_actor_ruler``: an entity ruler built from the actor gazetteer.

Acronyms match exactly (on the tokens' text); other names match case-insensitively (on their
lower-case text). Spelling variants
are written out as phrases: a hyphen or dash between two words is optional (for names of up to
five words anywhere, for longer ones where the name has one), so "Islamic State Khorasan
Province" also matches "Islamic State-Khorasan Province" and "Hezb-e Islami" matches "Hezb e
Islami"; straight and curly apostrophes are interchangeable ("Da'esh", "Da’esh").
Each match carries the gazetteer id in ``ent.ent_id_``.

The rulers are :class:`PhraseRuler` components: a table from token sequences to gazetteer
ids, which annotates exactly as spaCy's ``entity_ruler`` with phrase patterns does (same
matches, same preference for the longest and earliest match, same ids) but is built in a
fraction of a second. The ``entity_ruler`` tokenises every one of the ~30,000 spellings
through the pipeline and cost each worker process about 5 s to start.

``dossier_hyphen_filter`` then drops a match that is only part of a hyphenated place name
("AU" in "PORT-AU-PRINCE"): a part of one word is no mention of an actor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice, product

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.datafiles import load_yaml
from dossier.nlp.build_cache import cached
from dossier.records import ActorEntry
from dossier.resolve.actor_gazetteer import is_acronym, load_actor_gazetteer

_HYPHENS = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"]
_APOSTROPHES = ("'", "\u2019")
_MAX_FREE_HYPHENS = 5  # names of up to this many words may take a hyphen anywhere
_MAX_VARIANTS = 256

# a ruler's phrase table: phrase -> match keys, first token -> phrase lengths, (label, id)s
RulerTables = tuple[
    dict[tuple[str, ...], list[int]], dict[str, tuple[int, ...]], list[tuple[str, str]]
]

# a phrase of single-space-separated chunks, tokenised chunk by chunk
_SIMPLE_PHRASE = re.compile(r"\S+(?: \S+)*")


class PhraseTokenizer:
    """The token texts of phrases, as the pipeline's tokenizer splits them.

    The tokenizer splits a text on spaces first and then treats each chunk alone, so a
    phrase's tokens are its chunks' tokens; the ~30,000 spellings of the gazetteer share
    about 2,000 chunks, each tokenised once.
    """

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._chunks: dict[str, tuple[str, ...]] = {}

    def _tokens(self, text: str) -> tuple[str, ...]:
        return tuple(t.text for t in self._nlp.make_doc(text))

    def __call__(self, phrase: str) -> tuple[str, ...]:
        if not _SIMPLE_PHRASE.fullmatch(phrase):
            return self._tokens(phrase)
        out: list[str] = []
        for chunk in phrase.split(" "):
            tokens = self._chunks.get(chunk)
            if tokens is None:
                tokens = self._chunks[chunk] = self._tokens(chunk)
            out.extend(tokens)
        return tuple(out)


def _phrase_variants(tokenize: PhraseTokenizer, alias: str) -> list[str]:
    """The spellings of ``alias`` with and without hyphens and with either apostrophe."""
    words: list[str] = []
    dashed: list[bool] = []
    for text in tokenize(alias):
        if text in _HYPHENS:
            if dashed:
                dashed[-1] = True
        else:
            words.append(text)
            dashed.append(False)
    if not words:
        return []
    choices = [
        ["", *_HYPHENS] if dashed[i] else ["", "-"] if len(words) <= _MAX_FREE_HYPHENS else [""]
        for i in range(len(words) - 1)
    ]
    variants: list[str] = []
    for seps in islice(product(*choices), _MAX_VARIANTS):
        tokens = [words[0]]
        for sep, word in zip(seps, words[1:], strict=True):
            tokens += [sep, word] if sep else [word]
        variants.append(" ".join(tokens))
    for straight, curly in (_APOSTROPHES, _APOSTROPHES[::-1]):
        variants += [v.replace(straight, curly) for v in variants if straight in v]
    return list(dict.fromkeys(variants))


# "Allied Democratic Forces (ADF)": a name with its acronym in brackets
_WITH_ACRONYM = re.compile(r"^(?P<name>.*\S)\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{1,9})\)$")


def _ruler_form(form: str) -> str:
    """The surface form to match for a gazetteer name: "Name (ACR)" as "Name" (the name and
    its acronym are tagged one by one, and a bracket inside an entity ends up unbalanced);
    other names as written ("JUI (F)", "CPI (Maoist)")."""
    found = _WITH_ACRONYM.match(form)
    if found is None:
        return form
    acr = found.group("acr")
    if sum(c.isupper() for c in acr) < 2:
        return form
    return found.group("name")


def _possessive_forms(forms: list[str], parent: ActorEntry | None) -> list[str]:
    """A branch named through its parent's possessive: "Islamic State Central Africa
    Province" is also written "Islamic State's Central Africa Province"."""
    if parent is None:
        return []
    heads = [h for h in (parent.name, *parent.aliases) if not is_acronym(h) and " " in h]
    out: list[str] = []
    for form in forms:
        for head in heads:
            rest = form[len(head) :]
            if form.lower().startswith(head.lower()) and rest.startswith(" ") and rest.strip():
                out.append(f"{form[: len(head)]}'s{rest}")
    return out


def actor_patterns(tokenize: PhraseTokenizer, acronyms: bool = False) -> list[tuple[str, str, str]]:
    """``(label, phrase, gazetteer id)`` for every surface form of every gazetteer actor.

    With ``acronyms`` only the acronyms ("ISKP", "IS-K"), which must match case-sensitively;
    without, every other name, matched case-insensitively.
    """
    gazetteer = load_actor_gazetteer()
    patterns: list[tuple[str, str, str]] = []
    for entry in gazetteer.entries.values():
        label = "PERSON" if entry.type == "person" else "ORG"
        forms = [_ruler_form(f) for f in (entry.name, *entry.aliases)]
        if not acronyms:
            forms += _possessive_forms(forms, gazetteer.entries.get(entry.parent or ""))
        for form in dict.fromkeys(forms):
            if not form.strip() or is_acronym(form) != acronyms:
                continue
            for phrase in _phrase_variants(tokenize, form):
                patterns.append((label, phrase, entry.id))
    return patterns


def line_break(word: str) -> bool:
    """A token of spaces holding one line break (a wrapped line; a blank line ends a
    paragraph, and no name runs across it)."""
    return word.count("\n") == 1 and not word.strip()


_MAX_NAME_TAIL = 4  # capitalised words a bracket-defined name may run on by


def defined_longer_name(doc: Doc, start: int, end: int) -> bool:
    """(s18) Whether the gazetteer's name at ``[start, end)`` opens a longer name that the text
    defines by its acronym right after it ("Department of State Services (DSS)" holds
    "Department of State"): the longer name is the one meant, the piece no actor."""
    k = end
    while k < len(doc) and k - end < _MAX_NAME_TAIL and doc[k].is_title and doc[k].is_alpha:
        k += 1
    if k == end or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return False
    acronym = doc[k + 1].text
    initials = "".join(t.text[0] for t in doc[start:k] if t.text[:1].isupper())
    return acronym.isupper() and acronym == initials


class PhraseRuler:
    """An entity ruler over phrase patterns: token sequences (their text, or their lower-case
    text) mapped to ``(label, id)``.

    It annotates as spaCy's ``entity_ruler`` does with phrase patterns: every match is
    found, the longest and then the earliest wins, a token is taken once, and the span
    carries the id in ``ent_id_``; with ``overwrite`` a match replaces the entities it
    overlaps, without it a match on a token already in an entity is skipped. Matches are
    keyed as the ``entity_ruler`` keys them (the hash of "LABEL||id"), so that two entries
    sharing a spelling are chosen between in the same order.
    """

    def __init__(self, nlp: Language, name: str, lower: bool, overwrite: bool) -> None:
        self.name = name
        self.lower = lower
        self.overwrite = overwrite
        self._strings = nlp.vocab.strings
        self._keys: dict[tuple[str, ...], list[int]] = {}
        self._lengths: dict[str, tuple[int, ...]] = {}  # first token -> phrase lengths
        self._labels: dict[int, tuple[str, str]] = {}

    def add(self, label: str, tokens: Sequence[str], entity_id: str) -> None:
        """Match the phrase of ``tokens`` as an entity ``label`` with id ``entity_id``."""
        if not tokens:
            return
        key = self._strings.add(f"{label}||{entity_id}")
        self._labels[key] = (label, entity_id)
        phrase = tuple(t.lower() for t in tokens) if self.lower else tuple(tokens)
        keys = self._keys.setdefault(phrase, [])
        if key not in keys:
            keys.append(key)
        lengths = self._lengths.get(phrase[0], ())
        if len(phrase) not in lengths:
            self._lengths[phrase[0]] = (*lengths, len(phrase))

    def __len__(self) -> int:
        return len(self._keys)

    def tables(self) -> RulerTables:
        """The ruler's phrase table, to build another ruler like it with :meth:`load`."""
        return self._keys, self._lengths, list(self._labels.values())

    def load(self, tables: RulerTables) -> None:
        """Take the phrase table of :meth:`tables` (adding its keys' strings to the vocab)."""
        keys, lengths, labels = tables
        self._keys, self._lengths = keys, lengths
        self._labels = {self._strings.add(f"{lab}||{eid}"): (lab, eid) for lab, eid in labels}

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(key, start, end)`` of every match, in the order they are taken."""
        # each token's word read off the doc's array (no token object per token)
        strings = doc.vocab.strings
        words = [strings[w] for w in doc.to_array(LOWER if self.lower else ORTH).tolist()]
        # (s18) a name wrapped onto the next line ("G9 an Fanmi e\nAlye") holds a line-break
        # token: the words are matched without those tokens, and each match mapped back
        at = [i for i, w in enumerate(words) if not line_break(w)]
        if len(at) < len(words):
            words = [words[i] for i in at]
        found: set[tuple[int, int, int]] = set()
        n_words = len(words)
        for start, word in enumerate(words):
            for length in self._lengths.get(word, ()):
                # a phrase longer than the doc's rest: its slice would be cut short and could
                # match a shorter phrase under the longer one's length (a span past the end)
                if start + length > n_words:
                    continue
                keys = self._keys.get(tuple(words[start : start + length]))
                if keys:
                    found.update((key, at[start], at[start + length - 1] + 1) for key in keys)
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        entities = list(doc.ents)
        new: list[Span] = []
        seen: set[int] = set()
        for key, start, end in self.matches(doc):
            if not self.overwrite and any(t.ent_type for t in doc[start:end]):
                continue
            if start in seen or end - 1 in seen:
                continue
            if defined_longer_name(doc, start, end):
                continue
            label, entity_id = self._labels[key]
            new.append(Span(doc, start, end, label=label, span_id=entity_id))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        if new:
            doc.ents = entities + new
        return doc


@Language.factory("dossier_phrase_ruler", default_config={"lower": False, "overwrite": False})
def make_phrase_ruler(nlp: Language, name: str, lower: bool, overwrite: bool) -> PhraseRuler:
    """An empty :class:`PhraseRuler`; phrases are added with ``add``."""
    return PhraseRuler(nlp, name, lower=lower, overwrite=overwrite)


def add_actor_ruler(nlp: Language, before: str = "ner") -> None:
    """Add the gazetteer entity rulers to ``nlp``: names (any case), then acronyms (exact case).

    Both look phrases up in a table, whose cost hardly grows with the number of patterns (a
    token matcher over the acronyms cost as much as the statistical NER). The acronym ruler does not
    overwrite names the first found, so "ISIS-Khorasan Province" stays whole. A last component
    drops the matches inside a hyphenated place name ("AU" in "PORT-AU-PRINCE").
    """
    rulers: list[PhraseRuler] = []
    for name, lower, overwrite in (
        ("dossier_actor_ruler", True, True),
        ("dossier_acronym_ruler", False, False),
    ):
        ruler = nlp.add_pipe(
            "dossier_phrase_ruler",
            name=name,
            before=before,
            config={"lower": lower, "overwrite": overwrite},
        )
        assert isinstance(ruler, PhraseRuler)
        rulers.append(ruler)

    def build() -> list[RulerTables]:
        tokenize = PhraseTokenizer(nlp)
        for ruler in rulers:
            for label, phrase, entity_id in actor_patterns(tokenize, acronyms=not ruler.lower):
                ruler.add(label, tokenize(phrase), entity_id)
        return [ruler.tables() for ruler in rulers]

    # the tables depend on the gazetteer, the rules and the tokenizer only: kept in the
    # cache directory, they need not be tokenised again at every start
    for ruler, tables in zip(rulers, cached("actor_rulers", build), strict=True):
        ruler.load(tables)
    nlp.add_pipe("dossier_hyphen_filter", before=before)


# the hyphens that join the parts of one word; a dash joins two ("Washington–Moscow")
_WORD_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphenated_word(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token extent of the hyphenated word that tokens ``start:end`` belong to: the
    words joined to them by hyphens with no space ("Port-au-Prince", "Croix-des-Bouquets")."""
    while (
        start >= 2
        and doc[start - 1].text in _WORD_HYPHENS
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2
    while (
        end + 1 < len(doc)
        and doc[end].text in _WORD_HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return start, end


def _inside_place_name(ent: Span) -> bool:
    """A match that is a middle part of a hyphenated word ("PORT-AU-PRINCE"), or any part of
    a hyphenated word that the geographic gazetteer knows as a place."""
    from dossier.nlp.place_names import is_gazetteer_place

    doc = ent.doc
    start, end = hyphenated_word(doc, ent.start, ent.end)
    if (start, end) == (ent.start, ent.end):
        return False
    if start < ent.start and end > ent.end:
        return True
    return is_gazetteer_place(doc[start:end].text)


@lru_cache(maxsize=1)
def _unit_continuations() -> frozenset[str]:
    """``alias_unit_continuations`` of ``data/actor_rules.yaml``."""
    data = load_yaml("actor_rules.yaml").get("alias_unit_continuations") or ()
    return frozenset(str(w).lower() for w in data)


def _before_unit_noun(ent: Span) -> bool:
    """A match that opens a longer capitalised name of a unit ("the Fateh Squad", "Haidar
    Brigade"): the next word is a unit noun of ``alias_unit_continuations``, capitalised."""
    doc = ent.doc
    if ent.end >= len(doc) or not ent[-1].whitespace_:
        return False
    nxt = doc[ent.end]
    return nxt.text[:1].isupper() and not nxt.is_upper and nxt.lower_ in _unit_continuations()


@Language.component("dossier_hyphen_filter")
def drop_hyphenated_parts(doc: Doc) -> Doc:
    """Drop the gazetteer matches that are only part of a hyphenated place name, or the
    first part of a longer unit's name (:func:`_before_unit_noun`)."""
    ents = []
    for e in doc.ents:
        if e.ent_id_ and _before_unit_noun(e):
            for tok in e:
                tok.ent_id_ = ""  # the model may tag the whole name; not with this id
        elif not (e.ent_id_ and _inside_place_name(e)):
            ents.append(e)
    if len(ents) != len(doc.ents):
        doc.ents = ents
    return doc
