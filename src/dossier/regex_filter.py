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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from re import _compiler  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = [
    "CompiledForm",
    "FilteredRegex",
    "ProbeSet",
    "ascii_twin",
    "compile_cached",
    "compiled_form",
    "finditer_ascii",
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


# -- case-ignoring expressions over ASCII text ----------------------------------------------
#
# An expression that ignores case and opens with a lookbehind (``(?<![\w-])now(?![\w-])``)
# gives the engine no literal to look for: it is tried at every position of the text. Over an
# ASCII text, the same expression without ``re.IGNORECASE``, its letters lower-cased and its
# opening assertions dropped, matches the lower-cased text wherever the expression matches
# the text (and maybe elsewhere); opening with a literal, it is searched for fast. Each of its
# matches is then checked with the expression itself, at that position.

# characters that match an ASCII letter when case is ignored but do not lower-case to it
_FOLDS_TO_ASCII = (0x130, 0x131, 0x17F, 0x212A)
_TWIN_MIN_PREFIX = 2


class _NoTwin(Exception):
    pass


def _twin_char(v: int) -> int:
    if v in _FOLDS_TO_ASCII:
        raise _NoTwin
    return ord(chr(v).lower()) if v < 128 else v


def _twin_charset(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op is c.LITERAL:
            out.append((op, _twin_char(av)))
        elif op is c.RANGE:
            lo, hi = av
            if any(lo <= s <= hi for s in _FOLDS_TO_ASCII):
                raise _NoTwin
            out.append((op, av))
            a, b = max(lo, 0x41), min(hi, 0x5A)  # its capitals match their small letters
            if a <= b:
                out.append((c.RANGE, (a + 32, b + 32)))
        elif op in (c.NEGATE, c.CATEGORY):
            out.append((op, av))
        else:
            raise _NoTwin
    return out


def _twin_sub(sub: Any) -> Any:
    return sre_parse.SubPattern(sub.state, _twin_items(sub.data))


def _twin_items(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            out.append((op, _twin_char(av)))
        elif op is c.IN:
            out.append((op, _twin_charset(av)))
        elif op in (c.ANY, c.AT, c.GROUPREF):
            out.append((op, av))
        elif op is c.BRANCH:
            out.append((op, (av[0], [_twin_sub(b) for b in av[1]])))
        elif op is c.SUBPATTERN:
            group, add_flags, del_flags, body = av
            if (add_flags | del_flags) & (re.IGNORECASE | re.LOCALE | re.ASCII):
                raise _NoTwin  # "(?-i:May)": case matters there
            out.append((op, (group, add_flags, del_flags, _twin_sub(body))))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, body = av
            out.append((op, (low, high, _twin_sub(body))))
        elif op is c.ATOMIC_GROUP:
            out.append((op, _twin_sub(av)))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            out.append((op, (av[0], _twin_sub(av[1]))))
        else:
            raise _NoTwin
    return out


def _holds_group(item: tuple[Any, Any]) -> bool:
    return "SUBPATTERN" in str(item)


_twins: dict[tuple[str, int], re.Pattern[str] | None] = {}


def ascii_twin(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """For an expression that ignores case: an expression that matches a lower-cased ASCII
    text at every position where ``regex`` matches the text, opening with a literal of two
    characters or more; None when there is none such (or when it could match empty)."""
    key = (regex.pattern, regex.flags)
    if key in _twins:
        return _twins[key]
    twin = None
    flags = regex.flags
    if flags & re.IGNORECASE and not flags & (re.LOCALE | re.ASCII):
        try:
            tree = sre_parse.parse(regex.pattern, flags)
            items = _twin_items(tree.data) if tree.getwidth()[0] > 0 else []
            # the opening assertions only narrow where a match starts
            while items and items[0][0] in (c.ASSERT, c.ASSERT_NOT, c.AT):
                if _holds_group(items[0]):
                    break
                items.pop(0)
            new = sre_parse.SubPattern(tree.state, items)
            twin_flags = (flags | tree.state.flags) & ~re.IGNORECASE
            prefix = _compiler._get_literal_prefix(new, twin_flags)[0] if items else []
            if len(prefix) >= _TWIN_MIN_PREFIX:
                groupindex = dict(tree.state.groupdict)
                indexgroup: list[str | None] = [None] * tree.state.groups
                for name, index in groupindex.items():
                    indexgroup[index] = name
                twin = _sre.compile(
                    regex.pattern,
                    twin_flags,
                    _compiler._code(new, twin_flags),
                    tree.state.groups - 1,
                    groupindex,
                    tuple(indexgroup),
                )
        except (_NoTwin, re.error, TypeError, ValueError, RuntimeError, AttributeError):
            twin = None
    _twins[key] = twin
    return twin


def finditer_ascii(
    regex: re.Pattern[str], text: str, lowered: str | None
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``; ``lowered``: ``text.lower()`` when the text is ASCII (else
    None), where the expression's :func:`ascii_twin` finds where its matches may start."""
    twin = ascii_twin(regex) if lowered is not None else None
    if twin is None or lowered is None:
        yield from regex.finditer(text)
        return
    search, match = twin.search, regex.match
    pos = 0
    while (found := search(lowered, pos)) is not None:
        m = match(text, found.start())
        if m is None:
            pos = found.start() + 1
            continue
        yield m
        pos = m.end()  # never empty: the twin needs a literal
