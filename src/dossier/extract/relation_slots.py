"""Relation slots: which actors may fill a pattern's subject and object.

An actor's kind must fit what the pattern asks for (a person, an agent, an organisation);
:func:`reads_as_name` takes a new "organisation" whose name reads like a person's for an
agent; :func:`member_slots` lists the actors of a ``{MEMBERS}`` or ``{OBJECTS}`` list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dossier.extract.common import SentenceView, Slot
from dossier.extract.lexicon import load_data
from dossier.extract.relation_patterns import relation_lexicon

__all__ = [
    "armed_mission",
    "government_of",
    "member_slots",
    "no_fighting_party",
    "reads_as_name",
    "type_ok",
]


@dataclass(frozen=True)
class _PartyWords:
    non_party: frozenset[str]  # actor types that are no fighting party unless armed
    armed_types: frozenset[str]  # actor types whose name may make them an armed mission
    armed: frozenset[str]  # name words of an armed body ("mission", "force")
    strong: frozenset[str]  # name words that make it armed whatever else it says
    civil: frozenset[str]  # name words that make a mere "mission" a civil one


@lru_cache(maxsize=1)
def _party_words() -> _PartyWords:
    data = load_data("relation_heads.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data[key])

    return _PartyWords(
        non_party=words("non_party_types"),
        armed_types=words("armed_body_types"),
        armed=words("armed_body_name_words"),
        strong=words("armed_body_strong_words"),
        civil=words("civil_body_name_words"),
    )


def armed_mission(actor_type: str | None, name: str) -> bool:
    """(rel2, s21) Whether a body of ``armed_body_types`` is an armed mission by its name: a
    peacekeeping or stabilisation mission, an interim or joint task force, but not a
    political, assistance or verification mission nor the Security Council, which no attack
    makes a fighting party. One test for the parse's and the events' readings."""
    words = _party_words()
    if (actor_type or "").lower() not in words.armed_types:
        return False
    tokens = set(re.findall(r"[a-z]+", name.lower()))
    return bool(tokens & words.strong) or bool(tokens & words.armed and not tokens & words.civil)


def no_fighting_party(actor_type: str | None, name: str) -> bool:
    """(rel, s21) Whether an actor is a body no attack makes a foe of: a UN agency, an aid or
    rights group (``non_party_types``), unless its name makes it an armed mission ("African
    Union Support and Stabilisation Mission", "Multinational Joint Task Force";
    :func:`armed_mission`). An attack on a WFP convoy or an ICRC team is a crime against it,
    not a war with it; one on a peacekeeping mission's base is (the analysts' golds code
    ``hostile_to`` only with armed missions)."""
    if (actor_type or "").lower() not in _party_words().non_party:
        return False
    return not armed_mission(actor_type, name)


def reads_as_name(slot: Slot) -> bool:
    """An actor of no known kind ("organization", not in the gazetteer) whose name reads like
    a person's: two to five capitalised words, no acronym, digit, possessive or organisation
    word. Taggers often take a Spanish or Arabic personal name for an organisation."""
    if (slot.actor_type or "") != "organization" or not (slot.key or "").startswith("new:"):
        return False
    name = re.sub(r"^(?:the|The)\s+", "", slot.text.strip())
    words = name.split()
    if not 2 <= len(words) <= 5 or re.search(r"\d|[’']s\b|[()&/]", name):
        return False
    low = f" {name.lower()} "
    lexicon = relation_lexicon()
    if any(f" {w} " in low for w in lexicon.organisation_words):
        return False
    for w in words:
        if w.lower() in lexicon.name_particles:
            continue
        # "al-Baghdadi": the part after a particle's hyphen is the name
        head = w.split("-", 1)[1] if w.split("-", 1)[0].lower() in lexicon.name_particles else w
        if not head[:1].isupper() or (len(head) > 1 and head.isupper()):
            return False
    return True


def type_ok(slot: Slot, wanted: str) -> bool:
    """Whether ``slot`` is of the kind ``wanted`` (person, agent, organization or any)."""
    is_person = (slot.actor_type or "") == "person"
    if wanted == "person":
        return is_person
    if wanted == "agent":
        # the agent of "founded by", "led by": a person, or a name mistaken for an organisation
        return is_person or reads_as_name(slot)
    if wanted == "organization":
        return not is_person
    if wanted == "foe":
        # (s19) what an attack makes a foe of: an armed or state actor, not a hotel, an
        # outlet or an aid group that was struck
        return (slot.actor_type or "") not in _NOT_FOES
    if wanted == "nonstate":
        # (r4, s13) a group that is not a state or its forces ("president of Y")
        return not is_person and (slot.actor_type or "") not in _STATE_TYPES
    kinds = _name_kinds()
    if wanted == "state_force":
        # (rel, s21) a state's force named as one ("Quds Force", "the 31st Brigade"): a bare
        # "Quds Force commander N" leads it, a bare "SDF commander N" is one of the group's
        return (slot.actor_type or "") == "state_forces" and bool(kinds["force"].search(slot.text))
    if wanted in kinds:
        # "Quds Force commander X": a force's commander leads it; "X is part of the Three
        # Brotherhood Alliance": a member of an alliance (the kind read off the name)
        return not is_person and bool(kinds[wanted].search(slot.text))
    if wanted.startswith("not_") and wanted[4:] in kinds:
        return not (not is_person and kinds[wanted[4:]].search(slot.text))
    return True


_STATE_TYPES = frozenset({"government", "state", "state_forces", "country", "police"})
_NOT_FOES = frozenset(
    {
        "person",
        "organization",
        "media",
        "ngo",
        "company",
        "business",
        "facility",
        "infrastructure",
        "",
    }
)


@lru_cache(maxsize=1)
def _name_kinds() -> dict[str, re.Pattern[str]]:
    """The kinds of organisation ``relation_patterns.yaml`` reads off a name
    (``name_kinds``: force, alliance)."""
    data = load_data("relation_patterns.yaml").get("name_kinds") or {}
    return {str(k): re.compile(str(v), re.IGNORECASE) for k, v in data.items()}


_PART_OF = re.compile(r"\b(?:branch|wing|faction|cell|unit|part|elements?|members?)\s+of\s*$", re.I)


def member_slots(view: SentenceView, members: str) -> list[Slot]:
    """The actors of a ``{MEMBERS}`` list, leaving out those only part of which is meant
    ("the Sahara branch of AQIM" is no merger of AQIM)."""
    out: list[Slot] = []
    prev = 0
    for token in re.finditer(r"⟦A\d+⟧", members):
        if re.match(r"[’']s\s+⟦A\d+⟧", members[token.end() :]):
            prev = token.end()
            continue  # (h1, s14) "the UN's Force Intervention Brigade": the brigade
        if not _PART_OF.search(members[prev : token.start()]):
            out.append(view.slot_at(token.group(0)))
        prev = token.end()
    return out


def government_of(
    view: SentenceView, subject: str, governments: dict[str, str], countries: dict[str, str]
) -> str | None:
    """The government "government-aligned X" names: that of X's country, else of the country
    of the sentence's places, else of its other actors, where the document names exactly one
    government of that country. ``governments`` maps each government actor's key to its
    country, ``countries`` each actor's key to its country."""
    wanted = [countries.get(subject)]
    wanted += [
        s.place.place.country_code for s in view.slots if s.place is not None and s.place.place
    ]
    wanted += [countries.get(s.key or "") for s in view.slots if s.kind == "actor"]
    for country in wanted:
        if not country:
            continue
        keys = [k for k, c in governments.items() if c == country]
        if len(keys) == 1:
            return keys[0]
    return None
