"""Where an event happened: the place an event trigger's clause names.

:func:`place_in` picks the most specific place named in a stretch of text;
:func:`event_place` weighs the places the trigger, its light verb and its objects name
("killed farmers near the village of Zabarmari, in Borno State": Zabarmari). Each function
takes the document's :class:`~dossier.extract.event_args.ArgumentFinder` first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dossier.datafiles import load_yaml
from dossier.extract.event_parties import reference_words
from dossier.extract.event_phrases import extent, np_span, prep_objects
from dossier.nlp.blocks import calendar_words
from dossier.nlp.text import doc_ents, doc_sentences, doc_text, sentence_index
from dossier.records import PlaceMention
from dossier.resolve.geo_gazetteer import open_geo_gazetteer
from dossier.resolve.geo_rules import demonym_country, event_place_words

if TYPE_CHECKING:
    from dossier.extract.event_args import ArgumentFinder

__all__ = [
    "content_place",
    "dateline_place",
    "doer_place",
    "event_place",
    "names_actor",
    "place_in",
    "witness_place",
]

PLACE_PREPS = {
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "around",
    "outskirts",
    "across",
    "throughout",
    "into",  # "marched into Macomia town"
    "off",  # "abducted fishermen off Quirimba island"
}
# most specific first; an unresolved place entity is usually a small town
PLACE_RANK = {"site": 0, "city": 1, "": 2, "admin2": 3, "admin1": 4, "region": 5, "country": 6}


def place_in(finder: ArgumentFinder, start: int, end: int) -> PlaceMention | None:
    """The most specific place named in ``[start, end)``.

    An entity the geocoder did not take for a place counts when the same name is a
    resolved place elsewhere in the document ("Bogotá" in the headline, taken for a person
    in the body). Names the gazetteer lacks are the geocoder's to keep or drop
    ("Barsalogho, in Burkina Faso's Centre-Nord region" it keeps).
    """
    found = [p for p in finder.places if start <= p.start and p.end <= end]
    for ent in doc_ents(finder.doc):
        if not (start <= ent.start_char and ent.end_char <= end):
            continue
        if any(p.start < ent.end_char and ent.start_char < p.end for p in found):
            continue
        same = next((p.place for p in finder.places if p.text == ent.text and p.place), None)
        if same is None:
            continue
        sent = sentence_index(finder.doc, ent.start)
        found.append(PlaceMention(ent.start_char, ent.end_char, ent.text, sent, same))
    if not found:
        return None
    text = doc_text(finder.doc)
    # "entered Merawi, some 30 kilometres south of Bahir Dar in West Gojjam": the places a
    # distance or a bearing from a place named first are reference points, not where it was
    first_end = min(p.end for p in found)
    cut = _reference_point().search(text, first_end, end)
    if cut is not None:
        found = [p for p in found if p.start < cut.start()] or found
    # "Oku (Bui)", "Mir Ali (North Waziristan)": a name in brackets right after a place
    # is the area that holds it, not where the thing happened
    held = [
        p
        for p in found
        if any(
            q is not p and _BRACKETED.fullmatch(text, q.end, p.start) and _rank(finder, q) < 3
            for q in found
        )
    ]
    found = [p for p in found if p not in held] or found
    return min(found, key=lambda p: (_rank(finder, p), p.start))


_BRACKETED = re.compile(r"[ \t]*\([ \t]*")


@lru_cache(maxsize=1)
def _reference_point() -> re.Pattern[str]:
    """ "30 km north of", "south-west of", "about 10 miles from": a bearing or a distance
    (the bearings of ``compass`` in ``data/place_nouns.yaml``: its "-ern" words without the
    ending; ``distance_units`` in ``data/geo/event_place_words.yaml``) that makes the place
    after it a reference point."""
    compass = {str(w).lower() for w in load_yaml("place_nouns.yaml").get("compass") or ()}
    bearing = sorted({w[:-3] for w in compass if w.endswith("ern")}, key=len)[::-1]
    bearings = "|".join(map(re.escape, bearing))
    units = "|".join(sorted(map(re.escape, event_place_words("distance_units")), key=len)[::-1])
    return re.compile(
        rf"\b(?:(?:{bearings})(?:ern)?\s+of|\d[\d.,]*\s*(?:{units})\.?\s+(?:from|of))\b",
        re.IGNORECASE,
    )


_AREA_RANK = 3.5  # below a town or a municipality, above a province


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    """The wire dateline opening a lead paragraph (``dateline_pattern``)."""
    pattern = load_yaml("extract/event_reference.yaml").get("dateline_pattern") or "(?!)"
    return re.compile(str(pattern), re.MULTILINE)


def dateline_place(
    finder: ArgumentFinder, tok: Token, actor_keys: Sequence[str] = ()
) -> PlaceMention | None:
    """(s20) The place of the wire dateline that opens the paragraph of ``tok`` ("KANO,
    March 11 (Reuters) - Police arrested a man ..."): the town in capitals, as a place
    mention there or, where the geocoder skipped the capitals, the same name resolved
    elsewhere in the document. A last resort, for the lead sentence's event whose own words
    name no place, and only where the story is told from its scene: never a country's
    capital (where bureaus and ministries file from), never a town outside the home country
    of one of the event's actors (``actor_keys``; a bureau abroad) or of a nationality its
    sentence names, and never where the story (up to the next item of a digest) names
    another place (a later sentence may say where it happened)."""
    text = doc_text(finder.doc)
    blank = text.rfind("\n\n", 0, tok.idx)
    start = blank + 2 if blank >= 0 else 0
    match = _dateline().match(text, start)
    if match is None or match.start() > tok.idx or match.end() > tok.idx:
        return None
    sent = tok.sent
    if sent.start_char > match.end() and text[match.end() : sent.start_char].strip():
        return None  # only the lead sentence: a later one may have moved elsewhere
    lo, hi = match.span("town")
    town = match.group("town").strip().casefold()
    here = [p for p in finder.places if p.place is not None and lo <= p.start and p.end <= hi]
    found = here[0] if here else None
    if found is None:
        found = next(
            (p for p in finder.places if p.place is not None and p.text.casefold() == town),
            None,
        )
    if found is None or found.place is None:
        return None
    end = _story_end(text, match.end())
    if any(
        p.place is not None
        and match.end() <= p.start < end
        and p.place.geonames_id != found.place.geonames_id
        and p.text.casefold() != town
        for p in finder.places
    ):
        # the story names places of its own ("BAMAKO - ... The attack took place near
        # X"): it may be filed from elsewhere, and its places are the event's to weigh
        return None
    country = found.place.country_code
    if _capital(found) or any(
        a.key in actor_keys and a.country not in {None, country} for _s, _e, a in finder.mentions
    ):
        return None
    if any(
        e.label_ == "NORP" and demonym_country(e.text) not in {None, country} for e in sent.ents
    ):
        return None  # "stormed a hotel in the Kenyan border town": another country's
    return found


@lru_cache(maxsize=1)
def _story_break() -> re.Pattern[str]:
    """A paragraph that opens a new item of a digest (``story_break_pattern``)."""
    pattern = load_yaml("extract/event_reference.yaml").get("story_break_pattern") or "(?!)"
    return re.compile(str(pattern), re.MULTILINE)


def _story_end(text: str, start: int) -> int:
    """Where the wire story that opens at ``start`` ends: at the next paragraph that opens
    a new item (a dateline, a list marker), or at the end of the text."""
    end = text.find("\n\n", start)
    while end >= 0:
        nxt = end
        while nxt < len(text) and text[nxt] in "\n \t":
            nxt += 1
        if nxt >= len(text) or _dateline().match(text, nxt) or _story_break().match(text, nxt):
            return end
        end = text.find("\n\n", nxt)
    return len(text)


def _capital(mention: PlaceMention) -> bool:
    """Whether a place is a country's capital (the gazetteer's flag)."""
    place = mention.place
    if place is None:
        return False
    return any(
        c.capital and (place.geonames_id is None or c.geonameid == place.geonames_id)
        for c in open_geo_gazetteer().candidates(place.name, fuzzy=False)
        if c.country_code == place.country_code and c.feature == "city"
    )


def _rank(finder: ArgumentFinder, p: PlaceMention, exempt: frozenset[str] = frozenset()) -> float:
    """How specific a place is (lower: more): its gazetteer feature, but no more specific
    than an area when the text calls it one ("in the Catatumbo region"), unless the area
    noun is one of ``exempt``."""
    rank: float = PLACE_RANK.get(p.place.feature if p.place else "", 2)
    after = doc_text(finder.doc)[p.end : p.end + 30].split()
    own = p.text.split()
    areas = set(event_place_words("area_nouns")) - exempt
    if (after and after[0].lower().strip(",.;:)") in areas) or (
        # "Awi Zone", "Imphal West district": the name itself says it is an area
        len(own) > 1 and own[-1].lower() in areas
    ):
        rank = max(rank, _AREA_RANK)
    return rank


def names_actor(finder: ArgumentFinder, head: Token) -> bool:
    """The phrase is an actor itself ("stormed the Wagner camp" is no place), not a thing
    an actor word modifies ("the Karachi police headquarters"). (s21) Only a name before or
    over the head counts: "a camp of the X front, near Y" is a camp, at Y."""
    actor = finder.actor_in(head.left_edge.idx, head.idx + len(head), head)
    if actor is None:
        return False
    return any(s <= head.idx < e for s, e, a in finder.mentions if a.key == actor.key) or not any(
        c.dep_ == "compound" for c in head.children
    )


def event_place(
    finder: ArgumentFinder,
    hosts: list[Token],
    objects: Sequence[Token] = (),
    removal: bool = False,
) -> PlaceMention | None:
    """Where the event happened: the most specific place the hosts name.

    Hosts are the trigger, its light verb and objects; their "in/at/near" phrases count,
    and so does an object that is itself a place ("stormed the town of Palma", "an
    assault on Bamako"). "killed farmers near the village of Zabarmari, in Borno State"
    happened at Zabarmari: the most specific place wins, the first host on a tie. For a
    ``removal`` (an abduction) the "from" phrase says where it happened too.
    """
    preps = PLACE_PREPS | {"from"} if removal else PLACE_PREPS
    cands: list[PlaceMention] = []
    routes: set[int] = set()  # the ends of a road or a front the event was on
    # "the attack took place in Barsalogho", "clashes were reported near Markoye": the verb
    # the event noun is the subject of says where it happened
    occur = finder.rules.words("event_place_verbs")
    hosts = [
        *hosts,
        *(
            h.head
            for h in hosts
            if h.dep_ in {"nsubj", "nsubjpass"}
            and h.pos_ in {"NOUN", "PROPN"}
            and h.head.lemma_.lower() in occur
            and h.head not in hosts
        ),
    ]
    for host in hosts:
        if host.dep_ in {"nsubj"}:
            p = place_in(finder, host.idx, host.idx + len(host))
            if p:
                return p
        # (s25) a phrase hung on a date or an accusation places the event only where the
        # gazetteer knows the place ("after 9 a.m. at the Souk Sabit market" may be a site of
        # the town the event is placed in already)
        loose = [*_date_preps(host), *_charge_preps(finder, host)]
        loose_at = {prep.i for prep in loose}
        for prep in (*host.children, *_between_preps(host), *_agent_preps(host), *loose):
            if prep.dep_ == "prep" and prep.lower_ in preps:
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    p = place_in(finder, *extent(pobj))
                    if p is None:
                        # "exploded near a bus carrying farm workers in Manbij"
                        p = next(
                            (
                                q
                                for t in pobj.subtree
                                if t.dep_ == "pobj" and t.head.lower_ in preps and t is not pobj
                                for q in [place_in(finder, *extent(t))]
                                if q is not None
                            ),
                            None,
                        )
                    if p and (p.place is not None or prep.i not in loose_at):
                        cands.append(p)
            elif prep.dep_ == "prep" and prep.lower_ in {"on", "between"}:
                route = _route_places(finder, prep)
                routes.update(id(p) for p, on_line in route if on_line)
                cands.extend(p for p, _ in route)
        if (
            host in objects
            and finder.is_person(host, None)
            # "took Goma" (Goma tagged PERSON here, a town elsewhere) is a place
            and not (host.pos_ == "PROPN" and place_in(finder, *np_span(host)))
        ):
            # "civilians digging trenches around Barsalogho": where the people were, but
            # "13 US service members" names no place
            for t in host.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in preps | {"around"}:
                    p = place_in(finder, *extent(t))
                    if p:
                        cands.append(p)
        elif host in objects and not names_actor(finder, host):
            lo, hi = np_span(host)
            p = place_in(finder, lo, max(hi, host.right_edge.idx + len(host.right_edge)))
            if p and _nationality(p, host):
                # "the Barbados-flagged carrier", "a UK-owned vessel", "a US base": whose
                # it is, not where it was hit
                p = None
            if p:
                cands.append(p)
        elif host not in objects and host.dep_ == "dobj" and not names_actor(finder, host):
            # "raiders entered Kipoyo", "shelled the Kiwanja displacement site": the place
            # the verb's object names
            p = place_in(finder, *np_span(host))
            if p and not _nationality(p, host):
                cands.append(p)
    if not cands:
        cands = _conjoined_verb_places(finder, hosts, preps)
    if not cands and not removal:
        cands = _left_places(finder, hosts)
    if not cands:
        cands = _clause_places(finder, hosts, preps)
    if not cands:
        # "They freed inmates from the town's prison": the town named just before
        return _town_referred_back(finder, hosts, preps)
    # "on the Kumbo–Ndop road near Jakiri": a town the event was near or in says more than
    # the towns a road joins
    ranked = [
        (_rank(finder, q) + (0.5 if id(p) in routes else 0.0), q)
        for p in cands
        for q in [_apposed(finder, p) or p]
    ]
    return min(ranked, key=lambda r: r[0])[1]


def _town_referred_back(
    finder: ArgumentFinder, hosts: list[Token], preps: set[str]
) -> PlaceMention | None:
    """ "Fighters entered Merawi on Sunday. They freed inmates from the town's prison", "...
    They torched the village": a place phrase or an object of the trigger's clause that names
    no place but "the town", "the village" or "the camp" (``referring_place_nouns``,
    ``data/geo/event_place_words.yaml``) is the one town, village or site the sentence before
    names."""
    nouns = event_place_words("referring_place_nouns")
    # the verb a trigger is joined to with the same subject ("freed prisoners from the
    # town's jail and looted the market")
    shared = [
        h.head
        for h in hosts
        if h.dep_ == "conj"
        and h.pos_ == "VERB"
        and h.head.pos_ == "VERB"
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in h.children)
    ]
    clauses = {"relcl", "advcl", "ccomp", "xcomp", "acl", "conj"}
    for host in (*hosts, *shared):
        for t in host.subtree:
            if t.lemma_.lower() not in nouns or t.pos_ != "NOUN":
                continue
            # the object of the trigger's verb, or of a place phrase in its clause ("set fire
            # to granaries in the village")
            if not (
                (t.dep_ == "dobj" and t.head.i == host.i and host.pos_ == "VERB")
                or (t.dep_ == "pobj" and t.head.lower_ in preps | {"from"})
            ):
                continue
            path = [a for a in t.ancestors if a.i != host.i and host in a.ancestors]
            if any(a.dep_ in clauses for a in path):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
                continue
            if any(c.dep_ in {"compound", "amod", "prep", "appos"} for c in t.children):
                continue  # "the border town", "the town of Palma": named or described
            return _last_town(finder, t.sent.start_char)
    return None


def _last_town(finder: ArgumentFinder, sent_start: int) -> PlaceMention | None:
    """The one town, village or site named last before ``sent_start`` in the sentence before
    (None when that sentence names none, or several different ones)."""
    sents = doc_sentences(finder.doc)
    i = next((k for k, x in enumerate(sents) if x.start_char == sent_start), None)
    if i is None or i == 0:
        return None
    prev = sents[i - 1]
    referring = frozenset(event_place_words("referring_place_nouns"))
    towns = [
        p
        for p in finder.places
        if prev.start_char <= p.start
        and p.end <= prev.end_char
        and p.place is not None
        and p.place.feature not in {"country", "admin1", "admin2", "region", "continent"}
        # "X Township ... the township": a referring noun may name the area it refers to
        and _rank(finder, p, referring) < _AREA_RANK
    ]
    names = {p.place.name for p in towns if p.place is not None}
    return towns[-1] if len(names) == 1 else None


def _conjoined_verb_places(
    finder: ArgumentFinder, hosts: list[Token], preps: set[str]
) -> list[PlaceMention]:
    """ "were freed on Friday and handed over to the Red Cross in Bunia", "stormed the
    camp and set fire to tents at Kerfi": a verb joined to the trigger that shares its
    subject goes on with the same deed; where it happened is where the event did, when
    the trigger's own clause names no place."""
    out: list[PlaceMention] = []
    for host in hosts:
        if host.pos_ not in {"VERB", "AUX"}:
            continue
        for verb in host.conjuncts:
            if verb.i < host.i or verb.pos_ != "VERB":
                continue
            if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
                continue  # a clause of its own ("... and the army shelled Kaga")
            # its own place phrases, and those of its objects ("handed over to local
            # elders in Mambasa")
            for prep in verb.children:
                if prep.dep_ != "prep":
                    continue
                for pobj in prep.subtree:
                    if pobj.dep_ == "pobj" and pobj.head.lower_ in preps:
                        p = place_in(finder, *extent(pobj))
                        if p is not None:
                            out.append(p)
    return out


# (s16) clauses under a trigger that tell of something else: what was said, a relative
# clause on a party, a clause of its own joined on
_OTHER_CLAUSES = frozenset({"relcl", "ccomp", "parataxis", "appos", "acl", "csubj"})


def _clause_places(
    finder: ArgumentFinder, hosts: list[Token], preps: set[str]
) -> list[PlaceMention]:
    """(s16) "was killed when two men on a motorcycle opened fire on his pickup truck in
    Mayo district": a place phrase deeper in the trigger's own clause (its "when" clause, a
    phrase parsed on an object's modifier) places the event when none hangs on the trigger
    itself; not one in a relative clause, a report or an apposition on a party, nor one
    joined with a subject of its own."""
    out: list[PlaceMention] = []
    # the trigger alone: its objects and parties are hosts of their own, and a verb it is
    # joined to tells its own deed ("attacked the town of X in Y district and killed ...")
    for host in hosts[:1]:
        if host.pos_ not in {"VERB", "AUX"}:
            continue
        skip = _OTHER_CLAUSES | {"conj", "dobj", "nsubj", "nsubjpass"}
        stack = [c for c in host.children if c.dep_ not in skip]
        while stack:
            tok = stack.pop()
            if tok.dep_ in _OTHER_CLAUSES:
                continue
            if tok.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
                continue
            if tok.dep_ == "pobj" and tok.head.lower_ in preps:
                p = place_in(finder, *extent(tok))
                # a place the gazetteer knows ("the Souk Sabit market" may be a site of a
                # town the event is placed in already)
                if p is not None and p.place is not None and not names_actor(finder, tok):
                    out.append(p)
                    continue
            stack.extend(tok.children)
    return out


def _left_places(finder: ArgumentFinder, hosts: list[Token]) -> list[PlaceMention]:
    """ "pulled back from positions around Kamanyola", "withdrew from their base in Kidal":
    the place of what was left, when the clause names no other; not a country or a town
    something came from ("weapons from Rwanda")."""
    out: list[PlaceMention] = []
    for host in hosts:
        # "pulled back from ...": the phrase may hang on the particle
        parts = [c for c in host.children if c.dep_ in {"prt", "advmod"}]
        for prep in (*host.children, *(c for part in parts for c in part.children)):
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj" or pobj.pos_ == "PROPN":
                    continue
                for t in pobj.subtree:
                    if t.dep_ == "pobj" and t is not pobj and t.head.lower_ in PLACE_PREPS:
                        p = place_in(finder, *extent(t))
                        if p is not None:
                            out.append(p)
    return out


def _route_places(finder: ArgumentFinder, prep: Token) -> list[tuple[PlaceMention, bool]]:
    """The places an "on" or "between" phrase names where the event was: "on the road between
    Garoua and Pitoa", "on the Kabul-Jalalabad highway", "near Boulkessi on the Mali-Burkina
    border", "clashed between Mweso and Kitchanga" (``on_place_nouns``,
    ``data/geo/event_place_words.yaml``). What an attack hit ("fired on the police") and the
    parties of "fighting between Armenia and Azerbaijan" are no place. Each comes with
    whether it lies on a line (a road, a front) rather than being the place named."""
    out: list[tuple[PlaceMention, bool]] = []
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        if prep.lower_ == "on":
            if pobj.lemma_.lower() not in event_place_words(
                "on_place_nouns"
            ) and pobj.lower_ not in event_place_words("on_place_nouns"):
                # "an attack by Boko Haram on Marte", "an RSF assault on Umm Sumeima": a
                # town or a district named as what was hit is where it happened (not a
                # country: "pressure on Rwanda")
                named = _own_name(finder, pobj) if pobj.pos_ == "PROPN" else None
                if named is not None and (
                    named.place is None or named.place.feature not in {"country", "region"}
                ):
                    out.append((named, False))
                continue
            # "on the Kumbo-Ndop road near Jakiri": the town the stretch of road was near,
            # but not the province it runs through ("the Quetta-Karachi highway in
            # Balochistan province")
            near = next(
                (
                    q
                    for t in pobj.subtree
                    if t.dep_ == "pobj" and t is not pobj and t.head.lower_ in PLACE_PREPS
                    for q in [place_in(finder, *extent(t))]
                    if q is not None
                ),
                None,
            )
            p = place_in(finder, *extent(pobj))
            own = _own_name(finder, pobj)
            # "dropped bombs on Nyaung Pin village in Kani township": a named village, camp
            # or island hit is where it happened; the phrase in it names the area holding it
            # (only a more specific place there wins)
            if (
                own is not None
                and not _is_route(pobj)
                and (near is None or _rank(finder, near) >= _rank(finder, own))
            ):
                out.append((own, False))
                continue
            if near is not None and (p is None or _rank(finder, near) <= _rank(finder, p)):
                out.append((near, False))  # the town near the stretch: no end of it
                continue
        else:
            # each party must itself be a place below a country, not an actor
            parties = [pobj, *pobj.conjuncts]
            found = [place_in(finder, t.idx, t.idx + len(t)) for t in parties]
            if len(parties) < 2 or any(
                q is None or (q.place is not None and q.place.feature in {"country", "admin1"})
                for q in found
            ):
                continue
            p = place_in(finder, *extent(pobj))
        if p is not None:
            out.append((p, True))
    return out


def _own_name(finder: ArgumentFinder, head: Token) -> PlaceMention | None:
    """The place a noun phrase's own words name, before its head's phrases ("Nyaung Pin
    village in Kani township": Nyaung Pin; "Sake": Sake)."""
    return place_in(finder, head.left_edge.idx, head.idx + len(head))


def _is_route(head: Token) -> bool:
    """The head is a road, a border or a front (``route_nouns``): the places its name joins
    are its ends, not where the event on it happened."""
    words = event_place_words("route_nouns")
    return head.lemma_.lower() in words or head.lower_ in words


_IN_AREA = re.compile(r"\s*,\s*(?:just\s+)?in\s+(?:the\s+)?")
_APPOSED = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s+"
    r"(?:[^,;.()]{0,40}?\s)?(?:in|of|near|outside|on)\s+(?:the\s+)?$"
)


def _apposed(finder: ArgumentFinder, wide: PlaceMention) -> PlaceMention | None:
    """ "entered Kipoyo, a village in Ruvuma district": the place the phrase holding ``wide``
    stands in apposition to, named just before it, is where it happened; else None."""
    text = doc_text(finder.doc)
    nouns = _naming_nouns()
    for p in finder.places:
        if p.end > wide.start or wide.start - p.end > 80 or p is wide:
            continue
        gap = text[p.end : wide.start]
        m = _APPOSED.fullmatch(gap)
        if m and m.group("noun").lower() in nouns:
            return p
        if (
            _IN_AREA.fullmatch(gap)
            and _rank(finder, wide) >= _AREA_RANK
            and _rank(finder, p) < _rank(finder, wide)
        ):
            return p  # "their base in Tessit, in the Gao region"
    return None


@lru_cache(maxsize=1)
def _naming_nouns() -> frozenset[str]:
    """Nouns that say what kind of place a name is ("a village", "the port town")."""
    from dossier.nlp.place_names import load_place_nouns_list

    return load_place_nouns_list("naming_place_nouns")


def _between_preps(host: Token) -> list[Token]:
    """The place phrases parsed on the parties of "clashes between X and Y in P": the
    phrase after the last party tells where the clashes were."""
    if host.pos_ not in {"NOUN", "PROPN"}:
        return []
    out: list[Token] = []
    for pobj in prep_objects(host, {"between"}):
        last = [pobj, *pobj.conjuncts][-1]
        out.extend(c for c in last.children if c.dep_ == "prep")
    return out


def _agent_preps(host: Token) -> list[Token]:
    """The place phrases parsed on the "by" party of an event noun: "an attack by Boko Haram
    fighters on Marte", "a raid by gunmen in Kuda" say where the attack or the raid was."""
    if host.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [
        c
        for pobj in prep_objects(host, {"by"})
        for c in pobj.children
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS | {"on"}
    ]


_TIME_ENTITIES = {"DATE", "TIME"}


def _is_date(token: Token) -> bool:
    """A date, tagged or not ("on 18 Nov": the model may leave the month untagged)."""
    return token.ent_type_ in _TIME_ENTITIES or token.lower_.rstrip(".") in calendar_words()


def _date_preps(host: Token) -> list[Token]:
    """(s25) The place phrases parsed on a date of the event: in "clashes broke out on 18
    Nov around Kilo and Tora" the parser hangs "around Kilo" on "Nov"; a date names no
    place, so the phrase says where the event was."""
    return [
        c
        for prep in host.children
        if prep.dep_ == "prep" and prep.lower_ not in PLACE_PREPS
        for pobj in prep.children
        if pobj.dep_ == "pobj" and _is_date(pobj)
        for c in pobj.children
        if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
    ]


def _charge_preps(finder: ArgumentFinder, host: Token) -> list[Token]:
    """(s25) The place phrases after an event noun that is what someone is accused or
    blamed of ("accused Kilo of a drone strike on 28 May near Tora"): the parser hangs them
    on the verb of the charge (or on a date hung there), whose own place is not said after
    the charge."""
    if host.pos_ not in {"NOUN", "PROPN"} or host.dep_ != "pobj":
        return []
    prep = host.head
    verb = prep.head
    if prep.lower_ not in {"of", "for"} or verb.pos_ != "VERB":
        return []
    if verb.lemma_.lower() not in finder.rules.words("blame_verbs"):
        return []
    own = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS]
    return [c for c in (*own, *_date_preps(verb)) if c.i > host.i]


def _nationality(place: PlaceMention, head: Token) -> bool:
    """A country named before the head noun of a phrase that is not itself a place."""
    return (
        place.place is not None
        and place.place.feature == "country"
        and place.end <= head.idx
        and head.ent_type_ not in {"GPE", "LOC", "FAC"}
    )


def doer_place(finder: ArgumentFinder, doers: Sequence[Token]) -> PlaceMention | None:
    """(s21) Where the doers of an arrest were: "gendarmes in Dosso detained two traders",
    "police at Quetta detained 12": the place phrase on the subject that names a place, no
    party ("police in the Dosso gendarmerie" names none)."""
    preps = reference_words("doer_place_preps")
    return next((p for doer in doers if (p := _phrase_place(finder, doer, preps))), None)


def _phrase_place(finder: ArgumentFinder, head: Token, preps: Set[str]) -> PlaceMention | None:
    """The first place named by one of ``head``'s ``preps`` phrases that names no party."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and not names_actor(finder, pobj):
                found = place_in(finder, *extent(pobj))
                if found is not None:
                    return found
    return None


# (s25) the prepositions that put a witness somewhere ("residents in Kidal", "villagers of
# Kilo", "residents near Tora")
_WITNESS_PREPS = {"in", "of", "from", "at", "near"}
# (s25) the word that makes a source or a speaker local ("local sources", "locals")
_LOCAL = "local"


@lru_cache(maxsize=1)
def _witness_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The speaker nouns of the ``witnesses`` kind of ``data/extract/claim_cues.yaml``
    (residents, refugees, a trader, hospital staff), and those of them that name people who
    live where they are (``place_context.dwellers_of`` of ``data/actor_rules.yaml``:
    residents, villagers, inhabitants). Refugees, relatives, doctors or survivors in a town
    may tell of what happened elsewhere."""
    from dossier.extract.claim_cues import load_cues

    witnesses = dict(load_cues().kinds).get("witnesses", frozenset())
    context = load_yaml("actor_rules.yaml").get("place_context") or {}
    dwellers = {str(w).lower() for w in context.get("dwellers_of") or ()}
    return witnesses, frozenset(witnesses & dwellers)


def _local_witness(subject: Token) -> bool:
    """Whether the speaker lives where the phrase after it says: residents, villagers or
    inhabitants, or people or sources called local ("locals", "local sources", "local
    people"), not displaced or refugee ones ("displaced residents", "refugee villagers")."""
    witnesses, dwellers = _witness_nouns()
    modifiers = [c for c in subject.children if c.dep_ in {"amod", "compound"}]
    local = subject.lemma_.lower() == _LOCAL or any(c.lower_ == _LOCAL for c in modifiers)
    if not local and subject.lower_ not in dwellers:
        return False
    return not any(
        c.tag_ == "VBN" or (c.lower_ in witnesses and c.lower_ not in dwellers | {_LOCAL})
        for c in modifiers
    )


def witness_place(finder: ArgumentFinder, trigger: Token) -> PlaceMention | None:
    """(s25) Where the local witnesses who tell of an event are, when the event's own clause
    names no place: "Residents in Kidal said gunmen killed four herders", "gunmen abducted
    five villagers, local sources in Tora said". Officials, a spokesman or the police say
    nothing of where the event was by where they speak ("officials in the capital said"),
    nor do refugees, relatives or doctors ("refugees in Dadaab said")."""
    verb = trigger
    for _ in range(4):  # a noun trigger's verb: "an ambush killed ...", "died in an attack"
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_.lower() not in finder.rules.words("toll_speech_verbs"):
        return None
    subjects = [c for c in speech.children if c.dep_ == "nsubj" and _local_witness(c)]
    return next((p for c in subjects if (p := _phrase_place(finder, c, _WITNESS_PREPS))), None)


# (s25) what a media release shows: the "of" phrase of the video ("a video of recruits
# training near Tora") and a clause of showing ("footage showing fighters near Tora"); not
# its other clauses, whose places are those of a call or a threat ("a video urging its
# supporters in Europe to strike", "a video in which its leader threatened Bamako")
_CONTENT_PREP = "of"
_SHOWING_VERB = "show"


def _content_phrases(artefact: Token) -> list[Token]:
    """The phrases of a video that say what it shows: its "of" phrase, a clause of showing,
    and a clause with no relative word after the "of" phrase, which the parser hangs on the
    video though it says what the "of" noun is ("a video of men it said were fighters who
    had surrendered in Kilo"); not "a video in which its leader threatened ...", "a video of
    its emir, who warned ..."."""
    of = [c for c in artefact.children if c.dep_ == "prep" and c.lower_ == _CONTENT_PREP]
    return [
        c
        for c in artefact.children
        if c in of
        or (c.dep_ == "acl" and c.lemma_.lower() == _SHOWING_VERB)
        or (
            c.dep_ == "relcl"
            and any(p.i < c.i for p in of)
            and not any(t.tag_ in _RELATIVE_TAGS for t in c.subtree if t.i < c.i)
        )
    ]


# the tags of a relative word ("who", "which", "that", "whose")
_RELATIVE_TAGS = {"WDT", "WP", "WP$"}


def content_place(finder: ArgumentFinder, trigger: Token) -> PlaceMention | None:
    """(s25) Where what a media release shows took place, for a release that names no place
    of its own: "released a video of what it called the graduation of recruits in Kilo",
    "aired footage showing fighters training near Tora". The video, footage or magazine is
    the trigger or its object (``media_artefact_nouns``); the first place phrase inside what
    it shows (``_content_phrases``) that names no actor."""
    media = finder.rules.words("media_artefact_nouns")
    artefacts = [trigger] if trigger.lemma_.lower() in media else []
    artefacts += [
        c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in media
    ]
    contents = [c for artefact in artefacts for c in _content_phrases(artefact)]
    for content in contents:
        for tok in content.subtree:
            if tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS:
                continue
            if names_actor(finder, tok):
                continue
            found = place_in(finder, *extent(tok))
            if found is not None:
                return found
    return None
