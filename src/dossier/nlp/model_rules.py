"""The packaged model's two rule components, applied faster with the same results.

``en_core_web_sm`` ends its tagging with an ``attribute_ruler`` (179 token patterns that map
fine-grained tags to parts of speech and fix some lemmas) and a rule ``lemmatizer``. Together
they cost about a fifth of the model's time on news text, mostly in machinery they do not
need: the ruler runs spaCy's general ``Matcher`` over every token for patterns that are one or
two tokens long, and the lemmatizer caches only the words that reach its suffix rules, so the
many words it answers early ("base forms") are analysed again at every occurrence.

- ``dossier_attribute_rules`` reads the packaged ruler's patterns and indexes them by the
  value of the first token's tag, lower-case form or dependency label, so a token is checked
  only against the few patterns that can match it; matches are applied as the ruler applies
  them (all found first, then in the order the rules were added, later rules winning);
- ``dossier_lemmatizer`` is the packaged English lemmatizer with a cache of every answer,
  keyed by what the answer depends on (word, part of speech, morphology).

:func:`use_fast_model_rules` swaps them in under the original names; ``tests/test_model_rules.py``
checks every token attribute against the packaged components on real reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler
from spacy.pipeline.attributeruler import set_token_attrs  # type: ignore[attr-defined]
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

# A token predicate: the value of one attribute of a token, tested against one pattern value.
_Test = Callable[[Token], bool]

_ATTRIBUTE_GETTERS: dict[str, Callable[[Token], Any]] = {
    "LOWER": lambda t: t.lower_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "IS_SPACE": lambda t: t.is_space,
}
# a token's answer from one-token patterns depends only on these values, read for the whole
# document at once with ``Doc.to_array``
_KEY_ATTRS = [LOWER, TAG, DEP, IS_SPACE]


def _test(attr: str, value: Any) -> _Test:
    get = _ATTRIBUTE_GETTERS.get(attr)
    if get is None:
        raise ValueError(f"attribute_ruler pattern attribute not supported: {attr}")
    if isinstance(value, dict):
        tests = [_operator(get, op, arg) for op, arg in value.items()]
        return lambda t: all(test(t) for test in tests)
    return lambda t: get(t) == value


def _operator(get: Callable[[Token], Any], op: str, arg: Any) -> _Test:
    if op == "IN":
        allowed = frozenset(arg)
        return lambda t: get(t) in allowed
    if op == "NOT_IN":
        excluded = frozenset(arg)
        return lambda t: get(t) not in excluded
    if op == "REGEX":
        search = re.compile(arg).search
        return lambda t: bool(search(str(get(t))))
    raise ValueError(f"attribute_ruler pattern operator not supported: {op}")


class _Pattern:
    """One alternative of one rule: a token sequence to match, and the token it sets."""

    __slots__ = ("rule", "tests", "index", "length")

    def __init__(self, rule: int, tokens: list[dict[str, Any]], index: int) -> None:
        for spec in tokens:
            if "OP" in spec:
                raise ValueError("attribute_ruler patterns with operators are not supported")
        self.rule = rule
        self.tests = [[_test(a, v) for a, v in spec.items()] for spec in tokens]
        self.length = len(tokens)
        self.index = index if index >= 0 else self.length + index

    def matches(self, doc: Doc, start: int) -> bool:
        if start + self.length > len(doc):
            return False
        return all(test(doc[start + k]) for k, tests in enumerate(self.tests) for test in tests)


class IndexedAttributeRules:
    """The packaged attribute ruler's rules, with each token's answer looked up by its values.

    One-token rules are answered once per distinct (lower-case form, tag, dependency, space)
    and remembered; the few longer rules are tried only where their first word or label
    occurs. The attributes of all the rules that match a token are merged in rule order
    (later rules win), which is what applying them one after another does.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.attrs: list[dict[int, Any]] = list(ruler.attrs)
        self.single: list[_Pattern] = []
        # hash of a first word (or first dependency label) -> longer patterns starting there
        self.longer: dict[int, list[_Pattern]] = {}
        self.longer_anywhere: list[_Pattern] = []  # first token tested by a pattern only
        entries: list[dict[str, Any]] = list(ruler.patterns)
        for rule, entry in enumerate(entries):
            for tokens in entry["patterns"]:
                pattern = _Pattern(rule, tokens, int(entry["index"]))
                if pattern.length == 1:
                    self.single.append(pattern)
                elif values := _first_values(tokens[0]):
                    for value in values:
                        self.longer.setdefault(get_string_id(value), []).append(pattern)
                else:
                    self.longer_anywhere.append(pattern)
        # a word or label no one-token rule names is one value for them all ("bomb" and
        # "attack" get the same answer), unless a rule tests it by pattern
        self._lowers, lower_tests = _named_values(entries, "LOWER")
        self._deps, dep_tests = _named_values(entries, "DEP")
        self._other_tests = lower_tests + dep_tests
        self._rules_of_key: dict[tuple[Any, ...], tuple[int, ...]] = {}
        self._merged: dict[tuple[int, ...], dict[int, Any]] = {}
        # a token's own values -> its answer (one entry per word, tag and label seen)
        self._answers: dict[tuple[int, ...], tuple[tuple[int, ...], list[_Pattern]]] = {}
        # (a longer pattern, the values of the tokens it covers) -> whether it matches them
        self._matched: dict[tuple[Any, ...], bool] = {}

    def _rules_of(self, key: tuple[Any, ...], token: Token) -> tuple[int, ...]:
        rules = self._rules_of_key.get(key)
        if rules is None:
            # a one-token pattern tested on the token itself (``matches`` would build it anew
            # from the doc for every pattern)
            rules = tuple(
                sorted({p.rule for p in self.single if all(test(token) for test in p.tests[0])})
            )
            self._rules_of_key[key] = rules
        return rules

    def _merged_attrs(self, rules: tuple[int, ...]) -> dict[int, Any]:
        merged = self._merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            self._merged[rules] = merged
        return merged

    def _answer(
        self, row: tuple[int, ...], doc: Doc, i: int
    ) -> tuple[tuple[int, ...], list[_Pattern]]:
        """The one-token rules that match a token with these values, and the longer patterns
        that may start at it (their first token is tested here, the rest by the caller)."""
        answer = self._answers.get(row)
        if answer is None:
            token = doc[i]  # built only for values not seen before
            lower, tag, dep, space = row
            key = (
                lower if lower in self._lowers else 0,
                tag,
                dep if dep in self._deps else 0,
                space,
                *(test(token) for test in self._other_tests),
            )
            starting = [
                p
                for p in (*self.longer.get(lower, ()), *self.longer.get(dep, ()))
                + tuple(self.longer_anywhere)
                if all(test(token) for test in p.tests[0])
            ]
            answer = self._answers[row] = (self._rules_of(key, token), starting)
        return answer

    def __call__(self, doc: Doc) -> Doc:
        rows = [tuple(row) for row in doc.to_array(_KEY_ATTRS).tolist()]
        answers = [self._answer(row, doc, i) for i, row in enumerate(rows)]
        # every match is found on the tokens as they came in, before any is applied; a
        # pattern's tests read only the values in ``rows``, so its answer on the same run of
        # values is remembered
        extra: dict[int, set[int]] = {}
        matched = self._matched
        n = len(rows)
        for i, (_rules, starting) in enumerate(answers):
            for pattern in starting:
                end = i + pattern.length
                if end > n:
                    continue
                key = (pattern, *rows[i:end])
                hit = matched.get(key)
                if hit is None:
                    hit = matched[key] = pattern.matches(doc, i)
                if hit:
                    extra.setdefault(i + pattern.index, set()).add(pattern.rule)
        for i, (rules, _starting) in enumerate(answers):
            if i in extra:
                rules = tuple(sorted({*rules, *extra[i]}))
            if rules:
                set_token_attrs(doc[i], self._merged_attrs(rules))
        return doc


def _named_values(patterns: list[dict[str, Any]], attr: str) -> tuple[frozenset[int], list[_Test]]:
    """Hashes of the values of ``attr`` that one-token rules name, and the tests of the rules
    that test it otherwise (by a regular expression, or by what it is not)."""
    named: set[int] = set()
    others: list[_Test] = []
    for entry in patterns:
        for tokens in entry["patterns"]:
            if len(tokens) != 1 or attr not in tokens[0]:
                continue
            value = tokens[0][attr]
            if isinstance(value, str):
                named.add(get_string_id(value))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                named.update(get_string_id(v) for v in value["IN"])
            else:
                others.append(_test(attr, value))
    return frozenset(named), others


def _first_values(spec: dict[str, Any]) -> list[str]:
    """The words or labels a longer pattern's first token must have (LOWER, else DEP;
    none when neither is a plain value or list)."""
    for attr in ("LOWER", "DEP"):
        value = spec.get(attr)
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return list(value["IN"])
    return []


class CachedEnglishLemmatizer(EnglishLemmatizer):
    """The English rule lemmatizer, remembering every answer by what it depends on (word,
    part of speech, morphology); the packaged one remembers only the answers of its suffix
    rules, and looks its word lists up as lists."""

    def use_tables_of(self, packaged: EnglishLemmatizer) -> None:
        lookups = Lookups()
        for name in packaged.lookups.tables:
            table = packaged.lookups.get_table(name)
            data = dict(table.items())
            if name == "lemma_index":
                # "is this form a known word" is asked for every candidate form
                data = {pos: frozenset(words) for pos, words in data.items()}
            lookups.add_table(name, data)
        self.lookups = lookups
        self._answers: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        strings = self.vocab.strings
        lemmas: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not self.overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            answer = self._answers.get(key)
            if answer is None:
                answer = self._answers[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(answer)
        if lemmas:
            # every lemma written in one pass (no token object per token)
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc


@Language.factory("dossier_attribute_rules")
def make_attribute_rules(nlp: Language, name: str) -> IndexedAttributeRules:
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        raise ValueError("no packaged attribute_ruler to speed up")
    return IndexedAttributeRules(ruler)


@Language.factory("dossier_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> CachedEnglishLemmatizer:
    packaged = nlp.get_pipe("lemmatizer")
    if not isinstance(packaged, EnglishLemmatizer):
        raise ValueError("no packaged English lemmatizer to speed up")
    lemmatizer = CachedEnglishLemmatizer(
        nlp.vocab, None, name="lemmatizer", mode=packaged.mode, overwrite=packaged.overwrite
    )
    lemmatizer.use_tables_of(packaged)
    return lemmatizer


def use_fast_model_rules(nlp: Language) -> None:
    """Replace the packaged ``attribute_ruler`` and ``lemmatizer`` by their faster
    equivalents, keeping the pipe names (other code looks the lemmatizer's tables up). A
    component whose rules use something the fast one does not read stays as packaged."""
    for packaged, fast in (
        ("attribute_ruler", "dossier_attribute_rules"),
        ("lemmatizer", "dossier_lemmatizer"),
    ):
        if packaged not in nlp.pipe_names:
            continue
        if packaged == "lemmatizer" and getattr(nlp.get_pipe(packaged), "mode", "") != "rule":
            continue
        try:
            nlp.add_pipe(fast, name=fast, after=packaged)
        except ValueError:
            continue
        nlp.remove_pipe(packaged)
        nlp.rename_pipe(fast, packaged)
