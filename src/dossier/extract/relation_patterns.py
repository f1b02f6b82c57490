"""Relation patterns: the surface patterns and word lists of ``relation_patterns.yaml``.

Each pattern ("X, a branch of Y", "clashes between X and Y", "leader of Y P", "X has bases in
P", ...) is written with macros and slot names (``{X}``, ``{YP}``, ``{MEMBERS}``,
``{PLACES}``...) that :func:`load_patterns` expands into regular expressions over a
sentence's masked text, where ``⟦A1⟧`` stands for an actor and ``⟪P1⟫`` for a place.
:func:`relation_lexicon` gives the file's other word lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dossier.extract.common import load_data
from dossier.nlp.build_cache import cached
from dossier.ontology import load_ontology
from dossier.regex_filter import FilteredRegex, ProbeSet, compiled_form, required_strings
from dossier.resolve.actors import load_actor_rules

__all__ = [
    "RelationLexicon",
    "RelationPattern",
    "load_patterns",
    "pattern_probe",
    "relation_lexicon",
]

# (s15) "the militants", "the insurgents", "the rebels", "the jihadists", "the militia": the
# definite nouns ``common.resolve_reference`` resolves to an armed group
_PRONOUN = (
    r"\b(?:its|it|they|their|them|the\s+(?:group|organi[sz]ation|movement|offshoot|network|"
    r"militants|insurgents|jihadists|rebels|militia)(?:[’']s?)?)\b"
)


@dataclass(frozen=True)
class RelationPattern:
    """One surface pattern of ``relation_patterns.yaml``, compiled."""

    predicate: str
    matcher: FilteredRegex  # compiled on first use, skipped on texts that cannot match
    subject: str = "any"  # person | agent | organization | any
    object: str = "any"
    subject_from: str | None = None  # parent_of_y | topic | pair | pair_each | ...
    object_from: str | None = None  # parent_of_x | sentence_subject | topic | predecessor
    person_predicate: str | None = None
    subject_name: re.Pattern[str] | None = None
    # the certainty the construction itself gives ("accused X of arming Y": reported; "X,
    # widely viewed as a Y front": hedged), unless the match is negated
    certainty: str | None = None
    # (rel2, s16) found anywhere in the sentence, drops the match ("wrongly accused of
    # membership in Y", "acquitted")
    unless: re.Pattern[str] | None = None

    @property
    def regex(self) -> re.Pattern[str]:
        return self.matcher.regex

    def finditer(self, masked: str, folded: str | None = None) -> Iterable[re.Match[str]]:
        """The matches in a masked sentence (``folded``: its lower-cased form, shared by the
        patterns run over it)."""
        return self.matcher.finditer(masked, folded)


# "X, also known as Y," / "X, alias Y,": a second name inside an aside
_ALIAS = r"(?:also\s+known\s+as|better\s+known\s+as|known\s+as|alias|a\.?k\.?a\.?|nicknamed)"
# "X, led by Y," / "X, founded in 2019 by Y," / "X, based in P,": a participial aside (its
# participles: the macro ASIDE_PARTICIPLE of ``relation_patterns.yaml``, expanded with the
# pattern's own macros)
_PARTICIPLE_ASIDE = (
    r"\s*,\s*(?:(?:once|formerly|originally|initially|now|also|long|reportedly)\s+)?"
    r"{ASIDE_PARTICIPLE}\b"
    rf"[^,;.]{{0,140}}?(?:\s*,\s*{_ALIAS}\s+[^,;.]{{0,60}}?)?"
    # (h1, s13) "X, led by Y, "Z," has formed ...": a quoted nickname of the agent, its
    # comma inside the quotes or after them
    r"(?:\s*,\s*[\"“][^\"“”]{1,40}?[\"”](?=\s*,)|\s*,\s*[\"“][^\"“”]{1,40}?,[\"”](?=\s))?"
    r"(?:\s*,|(?<=,[\"”]))"
)
# "X, a splinter group of Y, ...", "X, ISIL's Central Africa Province, ...": an apposition
# (no reporting aside: "X, the army said, ...")
_APPOSITION = (
    r"\s*,\s*(?:an?|the|one\s+of\s+(?:the|its)|another|⟦A\d+⟧[’']s|⟪P\d+⟫[’']s)\s+"
    r"(?:(?!\b(?:said|says|told|according|reported)\b)[^,;.()\"“”]){0,70}?,"
)
# "X, which began as Y, the Syrian branch of Z, broke with ...": a second apposition
_APPOSITION_MORE = (
    r"(?:\s*(?:an?|the|one\s+of\s+the)\s+"
    r"(?:(?!\b(?:said|says|told|according|reported)\b)[^,;.()\"“”]){0,70}?,)?"
)
# "Hamas's armed wing, the Qassam Brigades, was ...": the name in apposition closes with a comma
_APPOSITION_CLOSE = r"(?:(?<=,\s⟦A\d⟧)|(?<=,\s⟦A\d\d⟧))\s*,(?=\s)"
# (r2, s14) "Fano – the name once meant volunteers – fought alongside ...": an aside
# between two dashes
_DASH_ASIDE = (
    r"\s+[–—]\s+(?:(?!\b(?:said|says|told|according|reported)\b)[^–—;.⟦⟧\"“”]){1,100}?\s+[–—]"
)


def _aside(name: str) -> str:
    """An aside after a subject; ``name`` names the group of the aside proper."""
    body = (
        rf"(?:\s*,\s*(?:which|who|whose)\b[^,;.]{{0,80}},|{_PARTICIPLE_ASIDE}|{_APPOSITION}"
        rf"|{_DASH_ASIDE})"
        rf"{_APPOSITION_MORE}"
    )
    group = rf"(?P<{name}>{body})"
    # (s16) "X, the other main group, which is led by Y and is active in P": an apposition
    # with a relative clause opening after it; (rel2, s16) only where the aside names no
    # actor, whom the relative would be about ("Hamas, a rival of Fatah, which is backed by
    # Egypt": Fatah is backed)
    clean = rf"(?P<{name}clean>(?=\s*[,–—][^⟦⟧;.]*?[,–—]\s*(?:which|who)\b))?"
    relative = (
        rf"(?:(?({name}clean)|(?!))\s*(?:which|who)\b"
        r"(?=\s+(?:is|was|are|were|has|have|had|remains)\b))?"
    )
    return (
        r"(?:\s*,\s*(?:which|who)\b(?=\s+(?:is|was|are|were|has|have|had|remains)\b)"
        rf"|{clean}{group}{relative}|{_APPOSITION_CLOSE})?"
    )


_ASIDE_AFTER_SUBJECT = _aside("aside")
_ASIDE_AFTER_OBJECT = _aside("yaside")


# (s15) the closing quote of a quoted name, before the comma or parenthesis of an apposition
_CLOSING_QUOTE = r"(?:[\"”](?=\s*[,(]))?"

# one place of a {PLACES} list: "P", "Mali's P region", (rel, s21) "SDF-held eastern P"
_PLACE = (
    # (rel, s21) "in SDF-held eastern P", "rural P": a holder and a part before the name
    r"{PLACE_PRE}"
    r"(?:⟪P\d+⟫[’']s\s+)?⟪P\d+⟫(?![’']s\b)"
    r"(?:\s+(?:regions?|provinces?|governorates?|districts?|areas?|states?|basin|border\s+(?:region|zone)))?"
    # (rel, s21) the parenthesis a place closes: "in the western plateau (Hauts) and in Q"
    r"\)?"
)


# the words before a list's next name ("and the Sahara branch of AQIM"); (rel2, s16) never a
# relative clause: "Fatah, which is backed by Egypt" lists no Egypt beside Fatah
_LIST_FILLER = r"(?:(?:(?!\b(?:which|who|whom|whose)\b)[^⟦⟧⟪⟫.;,]){0,40}?)?"


def _expand(pattern: str, macros: dict[str, str], slots_only: bool = False) -> str:
    """``pattern`` with its macros and slot names replaced by regular expressions.

    With ``slots_only`` every slot is a bare digit: an expression that every match of the
    pattern also fits, short enough to read its prefilter strings off quickly.
    """
    slots = {
        # (s15) a name in quotes keeps its closing quote before an apposition: "the “Bui
        # Warriors”, a separatist group active around P"
        "X": rf"⟦A(?P<x>\d+)⟧{_CLOSING_QUOTE}",
        "Y": rf"⟦A(?P<y>\d+)⟧{_CLOSING_QUOTE}",
        # a subject actor, or a country named as a state's stand-in ("an Iran-backed militia")
        "XS": r"(?:⟦A(?P<x>\d+)⟧|⟪P(?P<xs>\d+)⟫)",
        # a subject may carry a "which/who" aside: "X, which is allied with Y" (the aside is
        # the clause) and "X, which ..., has fought Y" (the aside is skipped)
        "XP": rf"(?:⟦A(?P<x>\d+)⟧{_CLOSING_QUOTE}|(?P<xp>{_PRONOUN})){_ASIDE_AFTER_SUBJECT}",
        "YP": rf"(?:⟦A(?P<y>\d+)⟧{_CLOSING_QUOTE}|(?P<yp>{_PRONOUN})){_ASIDE_AFTER_OBJECT}",
        # "Ansar Dine, al-Mourabitoun and the Sahara branch of AQIM": each a subject
        "MEMBERS": (
            r"(?P<members>⟦A\d+⟧(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
            rf"{_LIST_FILLER}⟦A\d+⟧)*)"
        ),
        # "fought alongside Kataib Hezbollah and Harakat al-Nujaba": each an object
        "OBJECTS": (
            r"(?P<objects>⟦A\d+⟧(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
            rf"{_LIST_FILLER}⟦A\d+⟧)*)"
        ),
        # a place may be qualified by its country ("in Mali's Ménaka region and in Niger's
        # Tillabéri region": the country's token is no place of the relation), but a place
        # that is itself a possessor names no place ("most of Yemen's north")
        "PLACES": (
            rf"(?P<places>{_PLACE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:in\s+)?"
            rf"(?:the\s+)?{_PLACE})*)"
        ),
    }
    # (relB, s23) the places a relative "where" follows: one list of names, never one that
    # goes on with its own preposition ("in P1 and P2, and in P3, where X recruits": P3
    # alone)
    slots["PLACES_NEAR"] = (
        rf"(?P<places>{_PLACE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)"
        rf"(?:the\s+)?{_PLACE})*)"
    )
    if slots_only:
        slots = dict.fromkeys(slots, r"\d")
    table = {**macros, **slots}
    # macros may use macros ("{LEAD_DEF}" is "{LEAD_N}" or "commander")
    for _ in range(5):
        expanded = re.sub(r"\{([A-Z_]+)\}", lambda m: table[m.group(1)], pattern)
        if expanded == pattern:
            break
        pattern = expanded
    return pattern


@lru_cache(maxsize=1)
def holding_participles() -> dict[str, str]:
    """(s21) ``holding_participles`` of ``relation_heads.yaml``, the one list of holding
    participles: each lemma ("hold") with its past participle ("held")."""
    raw = load_data("relation_heads.yaml")["holding_participles"]
    return {str(k).lower(): str(v).lower() for k, v in raw.items()}


def holding_alternation() -> str:
    """(relB, s22) The holding participles as one regular-expression group, ``(?:held|...)``:
    longest first, then in alphabetical order, the same expression in every process (a
    set's order changes with the string hash seed), so the cached compiled forms match it."""
    forms = sorted(
        {re.escape(v) for v in holding_participles().values()}, key=lambda f: (-len(f), f)
    )
    return "(?:" + "|".join(forms) + ")"


@lru_cache(maxsize=1)
def load_patterns() -> tuple[RelationPattern, ...]:
    """The compiled relation patterns (cached); predicates are checked against the ontology."""
    data = load_data("relation_patterns.yaml")
    onto = load_ontology()
    macros = {k: str(v) for k, v in data["macros"].items()}
    # (relB, s22) the one list of holding participles ("JNIM-held P"), as the macro HOLDING
    macros["HOLDING"] = holding_alternation()
    # the prefilter strings (read off ~200 parse trees) and the compiled expressions are
    # kept in the cache directory: a process starts with them in a fraction of a second
    built = cached(
        "relation_patterns",
        lambda: [
            (
                required_strings(_expand(row["pattern"], macros, True), re.IGNORECASE),
                compiled_form(_expand(row["pattern"], macros), re.IGNORECASE),
            )
            for row in data["patterns"]
        ],
    )
    patterns = []
    for row, (strings, form) in zip(data["patterns"], built, strict=True):
        predicate = onto.relation_type(row["predicate"]).id
        person = row.get("person_predicate")
        name = row.get("subject_name")
        expanded = _expand(row["pattern"], macros)
        patterns.append(
            RelationPattern(
                predicate=predicate,
                matcher=FilteredRegex(
                    expanded,
                    re.IGNORECASE,
                    strings,
                    computed=True,
                    form=form if form[:2] == (expanded, re.IGNORECASE | form[1]) else None,
                ),
                subject=row.get("subject", "any"),
                object=row.get("object", "any"),
                subject_from=row.get("subject_from"),
                object_from=row.get("object_from"),
                person_predicate=onto.relation_type(person).id if person else None,
                subject_name=re.compile(name) if name else None,
                certainty=row.get("certainty"),
                unless=(
                    re.compile(_expand(row["unless"], macros), re.IGNORECASE)
                    if row.get("unless")
                    else None
                ),
            )
        )
    return tuple(patterns)


_PROBES: dict[int, tuple[Sequence[RelationPattern], ProbeSet]] = {}


def pattern_probe(patterns: Sequence[RelationPattern]) -> ProbeSet:
    """The literal prefilters of ``patterns`` as one search over a sentence (built once per
    sequence of patterns): which of them may match it."""
    hit = _PROBES.get(id(patterns))
    if hit is None or hit[0] is not patterns:
        hit = (patterns, ProbeSet([p.matcher for p in patterns]))
        _PROBES[id(patterns)] = hit
    return hit[1]


@dataclass(frozen=True)
class RelationLexicon:
    """The word lists of ``relation_patterns.yaml`` besides its patterns."""

    organisation_words: frozenset[str]  # with the type cues of actor resolution
    name_particles: frozenset[str]
    period_prep: re.Pattern[str]  # at the start of a period phrase after a match
    # (predicate, narrower predicate, words): "the West Africa branch of Y" is a branch
    narrower: tuple[tuple[str, str, re.Pattern[str]], ...] = ()


@lru_cache(maxsize=1)
def relation_lexicon() -> RelationLexicon:
    """The word lists of ``relation_patterns.yaml`` (cached)."""
    data = load_data("relation_patterns.yaml")
    words = {w for _, cues in load_actor_rules().type_cues for w in cues}
    words |= {str(w) for w in data["organisation_words"]}
    preps = sorted((str(w) for w in data["period_preps_after"]), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in preps)
    onto = load_ontology()
    narrower = tuple(
        (
            onto.relation_type(str(row["predicate"])).id,
            onto.relation_type(str(row["narrower"])).id,
            re.compile(str(row["words"]), re.IGNORECASE),
        )
        for row in data.get("narrower") or ()
    )
    return RelationLexicon(
        organisation_words=frozenset(w.lower() for w in words),
        name_particles=frozenset(str(w).lower() for w in data["name_particles"]),
        period_prep=re.compile(rf"(?:{alternation})\s", re.IGNORECASE),
        narrower=narrower,
    )
