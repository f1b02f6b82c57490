"""Literal prefilters for large regular expressions.

A hand-written pattern such as ``{XP}\\s+(?:denied|denies|rejected)\\s+...`` can only match a
text that contains one of a few literal strings ("denied", "denies", "rejected"). Searching
for those (one alternation of literals) costs a small fraction of running the expression, and
a pattern whose strings are all absent need not even be compiled. :func:`required_strings` reads them off
the expression's parse tree: for a sequence, the most selective of its parts; for an
alternation, every branch's strings; an optional part constrains nothing.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = [
    "CompiledForm",
    "FilteredRegex",
    "ProbeSet",
    "compile_cached",
    "compiled_form",
    "from_compiled_form",
    "required_strings",
]

_MIN_SCORE = 3  # strings shorter than this filter too little to be worth checking
_MAX_STRINGS = 64
# the slot markers of masked sentences are in almost every text: no filter
_COMMON = re.compile(r"^[⟦⟧⟪⟫AaPp\d]*$")

Strings = frozenset[str] | None  # None: no constraint


def _score(strings: Strings) -> int:
    if not strings:
        return 0
    if len(strings) > _MAX_STRINGS:
        return 0
    return min(0 if _COMMON.match(s) else len(s) for s in strings)


def _best(options: Iterable[Strings]) -> Strings:
    best: Strings = None
    for option in options:
        if _score(option) > _score(best):
            best = option
    return best


def _sequence(items: list[tuple[object, Any]], lower: bool) -> Strings:
    """The best constraint of a sequence: a run of literal characters, or a part's own."""
    options: list[Strings] = []
    run: list[str] = []

    def close() -> None:
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    for op, arg in items:
        if op is c.LITERAL:
            char = chr(arg)
            run.append(char.lower() if lower else char)
            continue
        close()
        options.append(_item(op, arg, lower))
    close()
    return _best(options)


def _item(op: object, arg: Any, lower: bool) -> Strings:
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, body = arg
        if (add_flags | del_flags) & re.IGNORECASE:
            return None  # "(?i:...)": the case of its letters is not the pattern's
        return _sequence(list(body), lower)
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            strings = _sequence(list(branch), lower)
            if not strings or _score(strings) < 1:
                return None
            union |= strings
        return frozenset(union)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _, body = arg
        return _sequence(list(body), lower) if low >= 1 else None
    if op is c.ATOMIC_GROUP:
        return _sequence(list(arg), lower)
    return None


def required_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (lower-cased when the
    pattern ignores case), or None when no selective set can be read off it."""
    try:
        tree = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    lower = bool(tree.state.flags & re.IGNORECASE)
    strings = _sequence(list(tree), lower)
    return strings if _score(strings) >= _MIN_SCORE else None


# what ``re.compile`` hands the regular expression engine: the pattern, its flags, the
# engine's code and the group names (``re._compiler.compile``)
CompiledForm = tuple[str, int, "array[int]", int, dict[str, int], tuple[str | None, ...]]


def compiled_form(pattern: str, flags: int = 0) -> CompiledForm:
    """``pattern`` compiled as ``re.compile`` compiles it, as plain data: kept in the cache
    directory (keyed by the Python version), it spares a process the ~2 s of compiling
    ~200 large expressions; :func:`from_compiled_form` gives the same ``re.Pattern``."""
    tree = sre_parse.parse(pattern, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        pattern,
        flags | tree.state.flags,
        array("I", code),  # the engine's code words are 32-bit
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def from_compiled_form(form: CompiledForm) -> re.Pattern[str]:
    """The ``re.Pattern`` of a :func:`compiled_form` (equal to ``re.compile``'s)."""
    pattern, flags, code, groups, groupindex, indexgroup = form
    try:
        compiled: re.Pattern[str] = _sre.compile(
            pattern, flags, code.tolist(), groups, groupindex, indexgroup
        )
    except (TypeError, ValueError, RuntimeError):  # an engine that takes other arguments
        compiled = re.compile(pattern, flags)
    return compiled


def compile_cached(name: str, specs: Sequence[tuple[str, int]]) -> list[re.Pattern[str]]:
    """``re.compile(pattern, flags)`` of each spec, the compiled code kept in the cache
    directory under ``name``; a cached expression that is not the spec's is compiled anew."""
    from dossier.nlp.build_cache import cached

    built = cached(name, lambda: [(p, f, compiled_form(p, f)) for p, f in specs])
    if len(built) != len(specs):
        built = [(p, f, compiled_form(p, f)) for p, f in specs]
    return [
        from_compiled_form(form) if (p, f) == spec else re.compile(*spec)
        for (p, f, form), spec in zip(built, specs, strict=True)
    ]


@dataclass
class FilteredRegex:
    """A regular expression compiled on first use, with the strings a match needs.

    ``finditer(text, folded)`` takes the text and its lower-cased form (shared by the
    patterns run over one text) and finds nothing, at once, when none of the strings occurs.
    """

    pattern: str
    flags: int = 0
    # read off the pattern unless given (from a shorter pattern that every match also fits)
    strings: frozenset[str] | None = None
    computed: bool = False
    # the expression already compiled, as data (:func:`compiled_form`)
    form: CompiledForm | None = field(default=None, repr=False)
    _compiled: re.Pattern[str] | None = field(init=False, default=None, repr=False)
    # the strings as one alternation (searched in C, much faster than a loop of ``in``)
    _probe: re.Pattern[str] | None = field(init=False, default=None, repr=False)
    _folds: bool = field(init=False, default=False, repr=False)

    def __post_init__(self) -> None:
        if not self.computed:
            self.strings = required_strings(self.pattern, self.flags)
            self.computed = True
        self._folds = bool(self.flags & re.IGNORECASE)
        if self.strings:
            longest_first = sorted(self.strings, key=len, reverse=True)
            self._probe = re.compile("|".join(re.escape(s) for s in longest_first))

    @property
    def regex(self) -> re.Pattern[str]:
        if self._compiled is None:
            if self.form is not None:
                self._compiled = from_compiled_form(self.form)
                self.form = None
            else:
                self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def may_match(self, text: str, folded: str | None = None) -> bool:
        """False when ``text`` (``folded``: its lower-cased form) cannot match."""
        if self._probe is None:
            return True
        haystack = (folded if folded is not None else text.lower()) if self._folds else text
        return self._probe.search(haystack) is not None

    def finditer(self, text: str, folded: str | None = None) -> Iterable[re.Match[str]]:
        if not self.may_match(text, folded):
            return ()
        return self.regex.finditer(text)


def _trie_regex(strings: Iterable[str]) -> str:
    """One expression matching, at a position, the longest of ``strings`` that starts there:
    the strings as a trie, each branch tried before the end of a shorter string."""
    trie: dict[str, Any] = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def body(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + body(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{inner})?" if len(branches) == 1 else inner + "?"
        return inner

    return body(trie)


class ProbeSet:
    """The literal prefilters of many :class:`FilteredRegex` run over the same texts, as one
    search: which of them may match a text, each answer the same as its own ``may_match``.

    The strings of all the prefilters that search the lower-cased text form one trie; one
    pass over the text finds, at each position, the longest string starting there, and every
    string that starts at a position is a prefix of that one.
    """

    def __init__(self, regexes: Sequence[FilteredRegex]) -> None:
        self.always: list[int] = []  # no prefilter: may always match
        self.own: list[int] = []  # a prefilter of the text's own case: asked on its own
        self.regexes = list(regexes)
        users: dict[str, list[int]] = {}
        for i, fr in enumerate(self.regexes):
            if fr._probe is None:
                self.always.append(i)
            elif not fr._folds:
                self.own.append(i)
            else:
                for s in fr.strings or ():
                    users.setdefault(s, []).append(i)
        # each string: the regexes of it and of every string it starts with
        # (its prefixes looked up, not every string compared with it)
        self._users: dict[str, frozenset[int]] = {
            s: frozenset(i for k in range(len(s) + 1) for i in users.get(s[:k], ())) for s in users
        }
        self._scan = re.compile(f"(?=({_trie_regex(users)}))") if users else None

    def candidates(self, text: str, folded: str | None = None) -> set[int]:
        """The indices of the regexes that may match ``text`` (``folded``: its lower case)."""
        out = set(self.always)
        if self._scan is not None:
            users = self._users
            found = {m.group(1) for m in self._scan.finditer(folded or text.lower())}
            for s in found:
                out |= users[s]
        out.update(i for i in self.own if self.regexes[i].may_match(text, folded))
        return out
