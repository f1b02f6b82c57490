"""Relations read off the events a report tells (s15).

A report rarely says in so many words that the army and a group are at war, or where a
group is active: it tells their clashes and the group's attacks. As ACLED's dyads do, an
event whose initiator and target are two named sides, one an armed group and the other an
armed group or a state's forces or government, states that they are ``hostile_to`` each
other; and an armed group's event in a town, a district or a province states that it
``operates_in`` there (a foreign state's forces too; a state's forces at home operate
everywhere and say nothing by it); (rel, s21) an armed mission (a peacekeeping force, a
joint task force) is a side too, a UN agency or an aid group whose convoy was hit is none.
Only the reported fighting counts: (rel, s21) an event recalled as background says who
fought whom, and where, then, which may no longer hold; a denied, hypothetical or expected
event states no relation. Where the
authorship is only suspected the relation is ``hedged``; where someone attributes or claims
it, ``reported``. A state unit's war ("the 26th Infantry Battalion clashed with the NPA",
in an event or in a sentence the patterns read) is also that of the national force it
belongs to, where the report names exactly one of the unit's kind (army or police). A town
taken in the reported fighting is held (``controls``); where the sentence names the district
or province of a mere site, the district or province is the area of operations. (relB, s25)
A reported attack on a side's camp, hideout or position ("raided an X camp near P",
"shelled X positions outside P") finds that side where the site is: the town or district
named right after the site is its area of operations, however the blow came.

One relation per subject, predicate and object: what the text's own patterns already state
is not repeated, and of several events the first anchors the relation. The word lists are
``from_events`` in ``data/extract/relation_patterns.yaml``.

Example::

    rels = event_relations(events, actors, relations)
    [(r.subject, r.predicate, r.object_actor or r.object_place.text) for r in rels]
    # [('npa', 'hostile_to', 'afp_philippines'), ('npa', 'operates_in', 'San Luis')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from dossier.datafiles import literal_alternation
from dossier.extract.common import is_heading, load_data
from dossier.extract.relation_memberships import led_group
from dossier.extract.relation_slots import armed_mission
from dossier.records import Actor, Event, PlaceMention, Relation
from dossier.resolve.unidentified import is_unidentified_key

__all__ = ["event_relations"]


@dataclass(frozen=True)
class _Rules:
    hostile_types: frozenset[str]
    hostile_modalities: frozenset[str]
    operates_types: frozenset[str]
    operates_modalities: frozenset[str]
    remote_modes: frozenset[str]
    modalities: frozenset[str]
    initiator_roles: frozenset[str]
    target_roles: frozenset[str]
    group_types: frozenset[str]
    state_types: frozenset[str]
    place_features: frozenset[str]
    responsibility_certainty: dict[str, str]
    bonds: frozenset[str]
    place_relations: frozenset[str]
    unit_words: re.Pattern[str]
    police_words: re.Pattern[str]
    seizure_modes: frozenset[str]
    unit_numbers: re.Pattern[str]
    area_features: frozenset[str]
    kept_features: frozenset[str]
    headline_words: re.Pattern[str]
    bare_force_names: frozenset[str]
    site_nouns: re.Pattern[str]
    town_nouns: re.Pattern[str]
    government_types: frozenset[str]
    actor_reach: int
    held_sites: re.Pattern[str]
    held_site_gap: int
    held_site_stops: frozenset[str]
    held_site_links: re.Pattern[str]
    held_site_reach: int
    held_site_breaks: re.Pattern[str]
    held_site_preps: re.Pattern[str]
    held_site_former: frozenset[str]


def _site_taken(event: Event, place: PlaceMention, rules: _Rules) -> bool:
    """(s19) Whether what was taken is a site in the place ("overran a base in P", a table
    row "P | assault on army base"), not the place: a site noun before the place's name in
    the event's sentence; (rel2, s19) in a table row (or a sentence that does not spell the
    place), a site noun named before any noun of a town ("| Baga | ISWAP overran the town;
    a checkpoint burned |": the town was taken)."""
    quote = event.anchor.quote
    at = quote.find(place.text)
    if at >= 0 and not quote.lstrip().startswith("|"):
        return bool(rules.site_nouns.search(quote[:at]))
    rest = quote.replace(place.text, " ") if at >= 0 else quote
    site = rules.site_nouns.search(rest)
    town = rules.town_nouns.search(rest)
    return site is not None and (town is None or site.start() < town.start())


def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")s?\b", re.I)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_data("relation_patterns.yaml")["from_events"]

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data[key])

    return _Rules(
        hostile_types=words("hostile_types"),
        hostile_modalities=words("hostile_modalities"),
        operates_types=words("operates_types"),
        operates_modalities=words("operates_modalities"),
        remote_modes=words("remote_modes"),
        modalities=words("modalities"),
        initiator_roles=words("initiator_roles"),
        target_roles=words("target_roles"),
        group_types=words("group_types"),
        state_types=words("state_types"),
        place_features=words("place_features"),
        responsibility_certainty={
            str(k): str(v) for k, v in data["responsibility_certainty"].items()
        },
        bonds=words("bonds"),
        place_relations=words("place_relations"),
        unit_words=_word_pattern(words("unit_words")),
        police_words=_word_pattern(words("police_words")),
        seizure_modes=words("seizure_modes"),
        site_nouns=_word_pattern(words("site_nouns")),
        town_nouns=_word_pattern(words("town_nouns")),
        unit_numbers=re.compile(
            r"\b(?:\d+(?:st|nd|rd|th)?|"
            + "|".join(sorted(map(re.escape, words("unit_numbers"))))
            + r")\b",
            re.I,
        ),
        area_features=words("area_features"),
        kept_features=words("kept_features"),
        headline_words=_word_pattern(words("headline_words")),
        bare_force_names=words("bare_force_names"),
        government_types=words("government_types"),
        actor_reach=int(data["actor_reach"]),
        held_sites=re.compile(
            r"\b(?:" + literal_alternation(words("held_site_nouns")) + r")\b",
            re.I,
        ),
        held_site_gap=int(data["held_site_gap"]),
        held_site_reach=int(data["held_site_reach"]),
        held_site_breaks=re.compile(literal_alternation(words("held_site_breaks"))),
        held_site_preps=re.compile(
            # right after the site (or an aside on it, or a bracket): a word of place, then
            # at most a few words before the place ("near P", "on the outskirts of P",
            # "(an alias in brackets) near P", ", also part of Y, near P")
            r"^\s*(?:,[^,;.]{0,60},\s*)?(?:\([^)]*\)\s*)?(?:"
            + literal_alternation(words("held_site_preps"))
            + r")\s+(?:[\w'’-]+\s+){0,4}$",
            re.I,
        ),
        held_site_stops=frozenset(w.lower() for w in words("held_site_stops")),
        held_site_former=frozenset(w.lower() for w in words("held_site_former")),
        held_site_links=re.compile(
            r"\s+(?:" + literal_alternation(words("held_site_links")) + r")\s+(?:the\s+)?$",
            re.I,
        ),
    )


def _is_unit(a: Actor, rules: _Rules) -> bool:
    """A state's unit: a force whose name has a unit word and that the gazetteer lacks or
    that is named by its number ("the 26th Infantry Battalion"); "the Islamic Revolutionary
    Guard Corps" is a national force."""
    return (
        a.type == "state_forces"
        and bool(rules.unit_words.search(a.name))
        and (a.key.startswith("new:") or bool(rules.unit_numbers.search(a.name)))
    )


def _bare_force(a: Actor, rules: _Rules) -> bool:
    """A state's force the document names only by a bare noun ("the Army"): which state's
    it is was guessed."""
    if a.type not in rules.state_types or not a.mentions:
        return False
    return all(
        re.sub(r"\s+", " ", m.text.lower().strip(" .,")) in rules.bare_force_names
        for m in a.mentions
    )


def _place_key(p: PlaceMention) -> object:
    if p.place is not None:
        return p.place.geonames_id or p.place.name
    return p.text


def _named_in(key: str, event: Event, stated: dict[str, list[tuple[int, int]]], reach: int) -> bool:
    """Whether a mention of the actor lies in the event's sentence or just before it
    (``reach`` characters: the sentence before, which "the group" refers back to)."""
    lo, hi = event.anchor.start - reach, event.anchor.end
    return any(lo <= a and b <= hi for a, b in stated.get(key, ()))


def _sides(
    event: Event,
    rules: _Rules,
    usable: dict[str, Actor],
    led: dict[str, str],
    stated: dict[str, list[tuple[int, int]]] | None = None,
) -> tuple[list[str], list[str]]:
    """The named initiators and targets of ``event`` (each actor once, in the event's order);
    (s17) a person who leads one group acts for it ("Dagalo seized Nyala": the RSF did)."""
    initiators: list[str] = []
    targets: list[str] = []
    for ea in event.actors:
        # (rel2, s22c) a side the event's own sentence does not name ("Militants fired on
        # an army convoy", its authors guessed from the paragraph) states no war of theirs
        if stated is not None and not _named_in(ea.actor, event, stated, rules.actor_reach):
            continue
        if ea.role in rules.initiator_roles and ea.actor not in usable:
            ea = replace(ea, actor=led.get(ea.actor, ea.actor))
        if ea.actor not in usable:
            continue
        if ea.role in rules.initiator_roles and ea.actor not in initiators:
            initiators.append(ea.actor)
        elif ea.role in rules.target_roles and ea.actor not in targets:
            targets.append(ea.actor)
    return initiators, [t for t in targets if t not in initiators]


def _national_forces(usable: dict[str, Actor], rules: _Rules) -> dict[str, str]:
    """The national force each state unit belongs to: its gazetteer parent where the
    document names it, else the one force of the unit's country the document names ("the
    26th Infantry Battalion" of "the Armed Forces of the Philippines"), or of any country
    for a unit of none."""
    forces: dict[str, list[str]] = {}
    for a in usable.values():
        if (
            a.type == "state_forces"
            and a.country
            and not a.key.startswith("new:")
            and not _is_unit(a, rules)
        ):
            forces.setdefault(a.country, []).append(a.key)
    out: dict[str, str] = {}
    for a in usable.values():
        if not _is_unit(a, rules):
            continue
        police = bool(rules.police_words.search(a.name))
        candidates = [
            k
            for k in (forces.get(a.country, []) if a.country else sum(forces.values(), []))
            if bool(rules.police_words.search(usable[k].name)) == police
        ]
        if a.parent is not None and a.parent in usable:
            out[a.key] = a.parent
        elif len(candidates) == 1:
            # the one force of the unit's kind (army or police) of its country, or of any
            # country for a unit of none
            out[a.key] = candidates[0]
    return {k: v for k, v in out.items() if k != v}


def _inside_name(p: PlaceMention, names: Sequence[tuple[int, int]]) -> bool:
    """(relB, s22) Whether the place is a word of an actor's name ("the Kano state
    government", "the Sultan Murad Division" read as a place): the name's place is no
    place anyone fought in. ``names`` holds the spans of the mentions of the document's
    actors other than governments (a capital standing for its government, "Kampala", is
    still the city where it is a place)."""
    return any(lo <= p.start and p.end <= hi for lo, hi in names)


def _event_places(
    event: Event,
    places: Sequence[PlaceMention],
    rules: _Rules,
    names: Sequence[tuple[int, int]] = (),
) -> list[PlaceMention]:
    """The places an event puts its initiator in: its own place and other places (where
    they name a town, a site, a district or a province), and the district or province of
    the event's place that its sentence names beside it ("in Gacap, Piagapo, Lanao del
    Sur"), which stands for a mere site. A place inside an actor's name (``names``, the
    spans of the document's actor mentions) is none of them."""
    own = [
        p
        for p in (event.place, *event.other_places)
        if p is not None and not _inside_name(p, names)
    ]
    out = [p for p in own if p.place is not None and p.place.feature in rules.place_features]
    regions = {
        (p.place.country_code, p.place.admin1_code)
        for p in own
        if p.place is not None and p.place.admin1_code
    }
    lo, hi = event.anchor.start, event.anchor.end
    for p in places:
        if (
            p.place is not None
            and p.place.feature in {"admin1", "admin2"}
            and lo <= p.start
            and p.end <= hi
            and (p.place.country_code, p.place.admin1_code) in regions
            and all(_place_key(p) != _place_key(q) for q in out)
            and not _inside_name(p, names)
        ):
            out.append(p)
    # "in Wajiroko, Damboa LGA, Borno State": the district and the province are the area; a
    # village or a site is only where it happened (a town is kept)
    if any(p.place is not None and p.place.feature in {"admin1", "admin2"} for p in out):
        out = [p for p in out if p.place is not None and p.place.feature != "site"]
    return out


def _area(p: PlaceMention, places: Sequence[PlaceMention], rules: _Rules) -> PlaceMention | None:
    """The area of operations an event at ``p`` states: the province the document names
    that ``p`` lies in, else ``p`` itself where it is a town, a district or a province (a
    site is only where one event happened)."""
    assert p.place is not None
    if p.place.feature in rules.area_features:
        return p
    if p.place.admin1_code:
        for q in places:
            if (
                q.place is not None
                and q.place.feature in rules.area_features
                and q.place.country_code == p.place.country_code
                and q.place.admin1_code == p.place.admin1_code
            ):
                return q
    return p if p.place.feature in rules.kept_features else None


def _former(before: str, rules: _Rules) -> bool:
    """(s25 review) Whether the words right before a site's owner or a site noun, back to
    its determiner, say the site is no longer held ("an abandoned X camp", "a former base
    of X"): its owner is not where it stood."""
    for w in reversed(re.findall(r"[\w-]+|[^\w\s]", before)[-(rules.held_site_gap + 2) :]):
        low = w.lower()
        if low in rules.held_site_former:
            return True
        if low in rules.held_site_stops or not w[0].isalnum():
            return False
    return False


def _held_sites(
    key: str, event: Event, stated: dict[str, list[tuple[int, int]]], rules: _Rules
) -> list[int]:
    """(relB, s25) Where each site of the target ``key`` that the event's sentence names
    ends (document offsets): its mention before a site noun, with at most a few modifiers
    between ("an al-Shabaab camp", "X's main base", "suspected X hideouts"), or after one
    and a word that ties them ("a position of X", "trenches held by X"). A camp hit in a
    place is where its owner is, however the blow came (a drone strike on a camp finds
    the camp's owner there, not the drone's)."""
    lo, hi = event.anchor.start, event.anchor.end
    quote = event.anchor.quote
    if len(quote) != hi - lo:
        return []
    ends: list[int] = []
    for start, end in stated.get(key, ()):
        if not (lo <= start and end <= hi):
            continue
        rest = quote[end - lo :]
        after = re.sub(r"^['’]s\b", "", rest)
        shift = end + len(rest) - len(after)
        words = list(re.finditer(r"[\w-]+|[^\w\s]", after))[: rules.held_site_gap + 1]
        former = _former(quote[: start - lo], rules)
        for w in words:
            site = rules.held_sites.match(after, w.start())
            if site is not None:
                if not former:
                    ends.append(shift + site.end())
                break
            if w.group().lower() in rules.held_site_former:
                former = True
            if w.group().lower() in rules.held_site_stops or not w.group()[0].isalnum():
                break
        before = quote[max(0, start - lo - 60) : start - lo]
        link = rules.held_site_links.search(before)
        if link is not None:
            head = before[: link.start()]
            if any(
                site.end() == len(head) and not _former(head[: site.start()], rules)
                for site in rules.held_sites.finditer(head)
            ):
                ends.append(end)
    return ends


def _site_places(
    event: Event, ends: Sequence[int], places: Sequence[PlaceMention], rules: _Rules
) -> list[PlaceMention]:
    """(relB, s25) The places a site lies in: those the sentence names right after the site
    (within ``held_site_reach`` characters, after a word of place such as "near", "in",
    "outside", no clause or cell boundary between: "a camp of X near P in D"). A place the
    sentence names elsewhere ("Fighting broke out in P ... attacked positions held by X")
    may be anyone's."""
    text = event.anchor.quote
    lo = event.anchor.start
    out: list[PlaceMention] = []
    for p in places:
        if p.place is None or p.place.feature not in rules.kept_features:
            continue
        for e in ends:
            gap = text[e - lo : p.start - lo] if lo <= e <= p.start else None
            if (
                gap is not None
                and len(gap) <= rules.held_site_reach
                and not rules.held_site_breaks.search(gap)
                and rules.held_site_preps.match(gap)
            ):
                out.append(p)
                break
    return out


def _site_owners(
    event: Event,
    targets: Sequence[str],
    usable: dict[str, Actor],
    places: Sequence[PlaceMention],
    names: Sequence[tuple[int, int]],
    stated: dict[str, list[tuple[int, int]]],
    placed: set[tuple[str, object]],
    rules: _Rules,
) -> list[Relation]:
    """(relB, s25) The area of operations of each target whose site the reported attack
    hit ("troops raided an X camp near P": X operates in P): the town or district named
    right after the site, not its province (a camp is a point of the area, not a claim to
    the whole province). A state's forces at home say nothing by it, as for the
    initiators; ``placed`` is updated."""
    out: list[Relation] = []
    lo, hi = event.anchor.start, event.anchor.end
    inside = [p for p in places if lo <= p.start and p.end <= hi and not _inside_name(p, names)]
    for y in targets:
        actor = usable[y]
        ends = _held_sites(y, event, stated, rules)
        if not ends:
            continue
        for p in _site_places(event, ends, inside, rules):
            if _at_home(actor, p, rules):
                continue
            if (y, _place_key(p)) in placed:
                continue
            placed.add((y, _place_key(p)))
            out.append(
                Relation(
                    subject=y,
                    predicate="operates_in",
                    anchor=event.anchor,
                    object_place=p,
                    certainty="asserted",
                )
            )
    return out


def _at_home(actor: Actor, p: PlaceMention, rules: _Rules) -> bool:
    """Whether a place says nothing of where a side operates: a state's forces at home, or
    a force named only "the Army" (another state's taken for the report's own)."""
    assert p.place is not None
    return actor.type not in rules.group_types and (
        actor.country in (None, p.place.country_code) or _bare_force(actor, rules)
    )


def _misplaced(a: Actor, event: Event, rules: _Rules) -> bool:
    """A force named only "the Army" whose guessed state is not the event's country."""
    where = event.place.place.country_code if event.place and event.place.place else None
    return bool(where and a.country and a.country != where and _bare_force(a, rules))


def _headline(event: Event, rules: _Rules) -> bool:
    """An event told in a cited headline or in the document's title."""
    quote = event.anchor.quote
    return bool(rules.headline_words.search(quote)) or (
        event.anchor.sentence == 0 and is_heading(quote)
    )


def event_relations(
    events: Sequence[Event],
    actors: Sequence[Actor],
    relations: Sequence[Relation],
    places: Sequence[PlaceMention] = (),
) -> list[Relation]:
    """The ``hostile_to`` and ``operates_in`` relations the document's events state and its
    ``relations`` do not already.

    :param events: the document's events (:func:`dossier.extract.events.extract_events`).
    :param actors: the document's resolved actors.
    :param relations: the relations the text states (none of them is repeated).
    :param places: the document's place mentions (for the province an event's sentence names
        beside its town).
    :returns: new relations, in the order of the events that state them.
    """
    rules = _rules()
    # (rel, s21) an armed mission (a peacekeeping force, a joint task force) is a side as a
    # state's forces are; a UN agency or an aid group whose convoy was hit is none, as the
    # text's own readings have it (relations.py drops their hostile_to too)
    usable = {
        a.key: a
        for a in actors
        if not is_unidentified_key(a.key)
        and (
            a.type in rules.group_types
            or a.type in rules.state_types
            or armed_mission(a.type, a.name)
        )
    }
    bonded: set[frozenset[str]] = set()
    hostile: set[frozenset[str]] = set()
    placed: set[tuple[str, object]] = set()
    for r in relations:
        if r.object_actor is not None:
            pair = frozenset((r.subject, r.object_actor))
            if r.predicate in rules.bonds and r.certainty != "negated":
                bonded.add(pair)
            if r.predicate == "hostile_to":
                hostile.add(pair)
        elif r.object_place is not None and r.predicate in rules.place_relations:
            placed.add((r.subject, _place_key(r.object_place)))
    for a in usable.values():
        if a.parent is not None:
            bonded.add(frozenset((a.key, a.parent)))

    units = _national_forces(usable, rules)
    names = [
        (m.start, m.end)
        for a in actors
        if a.type not in rules.government_types
        for m in a.mentions
        if (m.end - m.start) > 0
    ]
    led = {p: g for p, g in led_group(relations).items() if p not in usable}
    stated = {a.key: [(m.start, m.end) for m in a.mentions] for a in actors}
    out: list[Relation] = []
    # a hostility the text states of a unit is its national force's too
    for r in relations:
        if r.predicate != "hostile_to" or r.object_actor is None or r.certainty == "negated":
            continue
        x, y = units.get(r.subject, r.subject), units.get(r.object_actor, r.object_actor)
        pair = frozenset((x, y))
        if (x, y) != (r.subject, r.object_actor) and x != y and pair not in hostile | bonded:
            hostile.add(pair)
            out.append(replace(r, subject=x, object_actor=y))
    for event in events:
        if event.modality not in rules.modalities:
            continue
        certainty = rules.responsibility_certainty.get(event.responsibility or "", "asserted")
        initiators, targets = _sides(event, rules, usable, led, stated)
        if event.type in rules.hostile_types and event.modality in rules.hostile_modalities:
            for x0 in initiators:
                for y0 in targets:
                    # a unit's fight is its national force's too
                    for x, y in dict.fromkeys(((x0, y0), (units.get(x0, x0), units.get(y0, y0)))):
                        pair = frozenset((x, y))
                        if (
                            x == y
                            or rules.group_types.isdisjoint({usable[x].type, usable[y].type})
                            or pair in bonded
                            or pair in hostile
                            or any(_misplaced(usable[k], event, rules) for k in (x, y))
                        ):
                            continue
                        hostile.add(pair)
                        out.append(
                            Relation(
                                subject=x,
                                predicate="hostile_to",
                                anchor=event.anchor,
                                object_actor=y,
                                certainty=certainty,
                            )
                        )
        if (
            event.type in rules.hostile_types
            and event.modality in rules.operates_modalities
            and not _headline(event, rules)
        ):
            out.extend(_site_owners(event, targets, usable, places, names, stated, placed, rules))
        if (
            event.type not in rules.operates_types
            or event.modality not in rules.operates_modalities
            or (event.mode or "") in rules.remote_modes
            or _headline(event, rules)
        ):
            continue
        for x in initiators:
            actor = usable[x]
            for p in _event_places(event, places, rules, names):
                if _at_home(actor, p, rules):
                    continue
                # a town taken in the reported fighting is held; one taken long ago was
                # only fought in
                seized = (
                    (event.mode or "") in rules.seizure_modes
                    and event.modality == "asserted"
                    and p is event.place
                    and not _site_taken(event, p, rules)
                )
                area = p if seized else _area(p, places, rules)
                if area is None:
                    continue
                key = (x, _place_key(area))
                if key in placed:
                    continue
                placed.add(key)
                out.append(
                    Relation(
                        subject=x,
                        predicate="controls" if seized else "operates_in",
                        anchor=event.anchor,
                        object_place=area,
                        certainty=certainty,
                    )
                )
    return out
