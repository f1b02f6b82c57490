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

The words are data (``reference_nouns`` and ``insurgent_nouns`` of
``data/extract/relation_heads.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

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
    "described_actor",
    "unique_candidate",
    "insurgent_noun",
    "name_tails",
    "reference_fits",
    "strict_antecedent",
]

_PARAGRAPH = re.compile(r"\n\s*\n")
STATE_KINDS = frozenset({"state_forces", "government"})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_data("relation_heads.yaml")
    return (
        frozenset(str(w).lower() for w in data.get("insurgent_nouns", [])),
        frozenset(str(w).lower() for w in data.get("description_stop_nouns", [])),
        frozenset(str(w).lower() for w in data.get("state_force_nouns", [])),
    )


def insurgent_noun(lemma: str) -> bool:
    """Whether a noun names those who fight a state ("the rebels"): never a pro-government
    militia."""
    return lemma.lower() in _words()[0]


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
        return (unique_candidate(here),)
    for back in range(1, lookback + 1):
        i = index - back
        if i < 0 or _PARAGRAPH.search(text[views[i].end : views[i + 1].start]):
            break
        if is_heading(views[i].text):
            break
        cands = [s for s in views[i].slots if test(s)]
        if cands:
            return (unique_candidate(cands),)
    return None


def name_tails(names: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """For each actor key, the last one and two words of its names and aliases, lower
    case ("force", "task force"), less the words that name too many things to tell an actor
    by ("group", "forces")."""
    stop = _words()[1]
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
    if words in _words()[1]:
        return None
    # "the army" is a state's: never a rebel army ("the Arakan Army")
    kinds = STATE_KINDS if words.split()[-1] in _words()[2] else None

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
