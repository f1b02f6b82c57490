"""Countries that act as states: "Iran turned a blind eye", "Rwanda deployed troops".

The ``dossier_metonymy`` component finds the place names that stand for a government (the
subject of an action, the possessor of "decision", the object of "accused"). Here each one that
names a country becomes an actor mention of that country's state: the gazetteer's government
where ``data/state_actors.yaml`` names one, else a state actor keyed ``state:<ISO code>``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.datafiles import load_yaml
from dossier.nlp.metonymy import acting_places, acts, load_metonymy_cues
from dossier.nlp.text import doc_text
from dossier.records import Mention
from dossier.resolve.actor_gazetteer import load_actor_gazetteer
from dossier.resolve.geo_gazetteer import GeoGazetteer, country_english_name, open_geo_gazetteer
from dossier.resolve.geo_rules import demonym_country

STATE_PREFIX = "state:"
FORCES_PREFIX = "forces:"


@dataclass(frozen=True)
class StateMention:
    """A mention of a state or its forces, and the actor it resolves to.

    ``key`` is a gazetteer id, "state:<country>" or "forces:<country>"; ``name`` and ``type``
    describe that actor when the gazetteer lacks it.
    """

    mention: Mention
    country: str  # ISO 3166-1 alpha-2
    key: str
    name: str
    type: str = "government"


@lru_cache(maxsize=1)
def _governments() -> dict[str, str]:
    data = load_yaml("state_actors.yaml")
    return {str(cc).upper(): str(key) for cc, key in (data.get("governments") or {}).items()}


def state_key(country: str) -> str:
    """The actor key of a country's state."""
    return _governments().get(country.upper(), STATE_PREFIX + country.upper())


def _countries_called(name: str, gaz: GeoGazetteer) -> set[str]:
    """Every country that ``name`` is a name of, its own or an alternate one."""
    return {
        c.country_code
        for c in gaz.candidates(name, fuzzy=False)
        if c.country_code and c.feature == "country"
    }


def named_countries(doc: Doc, gazetteer: GeoGazetteer | None = None) -> frozenset[str]:
    """The countries ``doc`` names by a name no other country has ("Democratic Republic of
    Congo", "DRC", "Republic of the Congo"), however the model labelled the name."""
    gaz = gazetteer or open_geo_gazetteer()
    found: set[str] = set()
    for e in doc.ents:
        if e.label_ not in ("GPE", "LOC", "ORG", "PERSON"):
            continue
        name = e.text
        if name.lower().startswith("the "):
            name = name[4:]
        if name[-2:] in ("'s", "’s"):
            name = name[:-2]
        countries = _countries_called(name, gaz)
        if len(countries) == 1:
            found |= countries
    return frozenset(found)


def _country_of(name: str, gaz: GeoGazetteer, named: frozenset[str] = frozenset()) -> str | None:
    """The country a name stands for: a country ("Cameroon", "US") or its capital ("Abuja").

    A name that several countries go by ("Congo") is the one of them that the document
    names unambiguously elsewhere (``named``, from :func:`named_countries`): "Congo" in a
    report datelined "Democratic Republic of Congo" is the DRC.
    """
    several = _countries_called(name, gaz)
    if len(several) > 1 and len(several & named) == 1:
        return next(iter(several & named))
    abbreviation = name.replace(".", "").isupper()
    countries = {
        c.country_code
        for c in gaz.candidates(name, fuzzy=False)
        if c.country_code
        and (
            (c.feature == "country" and (not c.alternate or abbreviation))
            or (c.feature == "city" and c.capital and not c.alternate)
        )
    }
    return countries.pop() if len(countries) == 1 else None


def acting_states(
    doc: Doc, sentence_starts: Sequence[int], gazetteer: GeoGazetteer | None = None
) -> list[StateMention]:
    """The country names in ``doc`` that act as states, as actor mentions (document offsets).

    ``orig_start``/``orig_end`` are left equal to ``start``/``end``; the pipeline maps them to
    the original text with the other actor mentions.
    """
    gaz = gazetteer or open_geo_gazetteer()
    text = doc_text(doc)
    cues = load_metonymy_cues()
    named = named_countries(doc, gaz)
    # the model sometimes tags a country or a capital ORG or PERSON ("Cameroon has accused",
    # "a claim Abuja rejected"): such names act under the same rules
    mislabelled = [
        e
        for e in doc.ents
        if e.label_ in ("ORG", "PERSON") and acts(e, cues) and _country_of(e.text, gaz, named)
    ]
    out: list[StateMention] = []
    for span in sorted([*acting_places(doc, cues), *mislabelled], key=lambda e: e.start):
        start, end = span.start_char, span.end_char
        if text[start:end].lower().startswith("the "):  # the model often tags "the United States"
            start += 4
        if text[end - 2 : end] in ("'s", "’s"):
            end -= 2
        name = text[start:end]
        country = _country_of(name, gaz, named)
        if country is None:
            continue  # a town that is no capital, a name of two countries
        mention = Mention(
            start=start,
            end=end,
            text=name,
            label="GPE",
            sentence=max(bisect_right(list(sentence_starts), start) - 1, 0),
            orig_start=start,
            orig_end=end,
            source="metonymy",
            gazetteer_id=None,
        )
        name = country_english_name(country) or name  # "Russia" for "Moscow" or "Kremlin"
        out.append(StateMention(mention, country, state_key(country), name))
    return out


def _nation_of(tok: Token, named: frozenset[str] = frozenset()) -> str | None:
    """The country a modifier names: a demonym ("Malian") or a possessive ("Mali's").

    ``named`` are the countries the document names unambiguously (:func:`named_countries`).
    """
    if tok.dep_ == "poss":
        # "Mali's ruling junta" (the model may tag "Mali" PERSON), "Burkina Faso's junta";
        # not "Michael Jordan's"
        name = tok.text
        if any(c.dep_ == "compound" for c in tok.children):
            name = tok.doc[tok.left_edge.i : tok.i + 1].text
        country = _country_of(name, open_geo_gazetteer(), named)
        return country if country and country_english_name(country) else None
    if tok.dep_ in ("nmod", "compound") and tok.ent_type_ == "GPE":
        # "U.S. and British warplanes", "US troops": a country's name used as a modifier
        country = _country_of(tok.text, open_geo_gazetteer(), named)
        return country if country and country_english_name(country) else None
    return demonym_country(tok.text)


def _focus_country(doc: Doc, named: frozenset[str] = frozenset()) -> str | None:
    """The country a report is about: named (or named by demonym) at least twice, and at
    least half of all country names."""
    gaz = open_geo_gazetteer()
    counts: dict[str, int] = {}
    for e in doc.ents:
        # the model may tag a country ORG or PERSON ("Mali" after a comma)
        cc = (
            demonym_country(e.text)
            if e.label_ == "NORP"
            else _country_of(e.text, gaz, named)
            if e.label_ in ("GPE", "ORG", "PERSON")
            else None
        )
        if cc is None and e.label_ in ("GPE", "LOC"):
            # a town or province only one country has ("Djibo", "Diapaga") counts for it
            cc = _only_country(e.text, gaz)
        if cc:
            counts[cc] = counts.get(cc, 0) + 1
    if not counts:
        return None
    best, n = max(counts.items(), key=lambda kv: kv[1])
    return best if n >= 2 and 2 * n >= sum(counts.values()) else None


def _only_country(name: str, gaz: GeoGazetteer, min_population: int = 0) -> str | None:
    """The country of a town or division whose every gazetteer namesake lies in it."""
    places = [
        c
        for c in gaz.candidates(name, fuzzy=False)
        if c.feature in ("city", "admin1", "admin2") and not c.alternate
    ]
    if not any(c.population >= min_population for c in places):
        return None
    countries = {c.country_code for c in places}
    if len(countries) == 1 and places[0].country_code:
        return places[0].country_code
    return None


def _recent_country(
    doc: Doc, head: Token, sentences: int = 2, named: frozenset[str] = frozenset()
) -> str | None:
    """The country named last (by name or demonym) in the sentence of ``head`` before it or
    in the ``sentences`` before that, or None."""
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= head.i < s.end)
    floor = sents[max(here - sentences, 0)].start
    gaz = open_geo_gazetteer()
    for ent in reversed(doc.ents):
        if ent.start >= head.i:
            continue
        if ent.start < floor:
            break
        if ent.label_ == "NORP":
            cc = demonym_country(ent.text)
        elif ent.label_ == "GPE":
            # a country, or a town only one country has ("the Karachi police headquarters")
            cc = _country_of(ent.text, gaz, named) or _only_country(ent.text, gaz)
        elif ent.label_ == "ORG" and not ent.ent_id_:
            # a big town the model tagged as an organisation ("Karachi")
            cc = _only_country(ent.text, gaz, min_population=100_000)
        elif ent.ent_id_:
            # a state's own forces or government from the actor gazetteer ("Somali army")
            entry = load_actor_gazetteer().entries.get(ent.ent_id_)
            state = entry is not None and entry.type in ("state_forces", "government")
            cc = entry.country if state and entry is not None else None
        else:
            cc = None
        if cc:
            return cc
    return None


def _bare_modifier(head: Token, mods: list[Token], heads: frozenset[str]) -> bool:
    """ "army drones struck", "police vehicles": an institution named as a bare modifier of
    forces or actions."""
    return (
        head.dep_ == "compound"
        and not mods
        and not any(c.dep_ == "det" for c in head.children)
        and head.head.lemma_.lower() in heads
    )


def _definite_alone(head: Token, mods: list[Token]) -> bool:
    """ "the army" with nothing else to say whose: no modifier, no "of" phrase."""
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    return (
        dets == ["the"]
        and not mods
        and head.tag_ == "NN"
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )


def _institution(
    doc: Doc,
    head: Token,
    country: str,
    noun: str,
    armed_forces: dict[str, str],
    police: frozenset[str],
    starts: list[int],
) -> StateMention:
    mention = Mention(
        start=head.idx,
        end=head.idx + len(head),
        text=head.text,
        label="ORG",
        sentence=max(bisect_right(starts, head.idx) - 1, 0),
        orig_start=head.idx,
        orig_end=head.idx + len(head),
        source="rule",
        gazetteer_id=None,
    )
    english = country_english_name(country) or country
    if noun in ("government", "authorities", "junta", "administration"):
        return StateMention(mention, country, state_key(country), english)
    if noun in police:
        return StateMention(
            mention, country, FORCES_PREFIX + country, f"{english} police", "state_forces"
        )
    key = armed_forces.get(country) or FORCES_PREFIX + country
    return StateMention(mention, country, key, f"{english} forces", "state_forces")


def national_forces(doc: Doc, sentence_starts: Sequence[int]) -> list[StateMention]:
    """ "Rwandan forces", "Kenyan police", "an Israeli airstrike": a country's forces.

    A noun headed by a force noun (``force_nouns``, ``police_nouns`` in
    ``data/state_actors.yaml``) or a military action (``action_nouns``) with a country's
    demonym before it names that country's state forces: the gazetteer's national armed
    forces (``armed_forces``) for soldiers, troops and military actions, else
    "forces:<country>", typed state_forces. A mention covers demonym and head ("Rwandan
    forces"), except for an action ("Israeli" in "an Israeli airstrike", whose head is the
    event) and for all but the last of several demonyms ("Rwandan and Mozambican forces").
    """
    if not doc.has_annotation("DEP"):
        return []
    data = load_yaml("state_actors.yaml")
    forces = frozenset(data.get("force_nouns") or ())
    police = frozenset(data.get("police_nouns") or ())
    actions = frozenset(data.get("action_nouns") or ())
    officials = frozenset(data.get("government_nouns") or ())
    armed_forces = {str(cc).upper(): str(k) for cc, k in (data.get("armed_forces") or {}).items()}
    institutions = frozenset(data.get("institution_nouns") or ())
    starts = list(sentence_starts)
    named = named_countries(doc)
    focus = _focus_country(doc, named)
    out: list[StateMention] = []
    for head in doc:
        noun = head.lemma_.lower()
        if head.pos_ != "NOUN" or noun not in forces | police | actions | officials:
            continue
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        demonyms = [m for m in mods if _nation_of(m, named)]
        if (
            not demonyms
            and noun in institutions
            and (
                _definite_alone(head, mods)
                or _bare_modifier(
                    head, mods, forces | actions | frozenset(data.get("institution_objects") or ())
                )
            )
        ):
            # "the army said", "the government denied": the country just named ("a Somali
            # army base ... The government said"), else the report's own country
            country = _recent_country(doc, head, named=named) or focus
            if country:
                out.append(_institution(doc, head, country, noun, armed_forces, police, starts))
            continue
        for m in list(demonyms):
            demonyms += [c for c in m.conjuncts if _nation_of(c, named) and c not in demonyms]
        demonyms.sort(key=lambda t: t.i)
        armed = noun not in police | officials
        for n, dem in enumerate(demonyms):
            country = _nation_of(dem, named) or ""
            whole = n == len(demonyms) - 1 and noun not in actions
            # "Burkina Faso's junta" from its first word
            start = dem.left_edge.idx if dem.dep_ == "poss" else dem.idx
            end = head.idx + len(head) if whole else dem.idx + len(dem)
            mention = Mention(
                start=start,
                end=end,
                text=doc_text(doc)[start:end],
                label="ORG",
                sentence=max(bisect_right(starts, start) - 1, 0),
                orig_start=start,
                orig_end=end,
                source="rule",
                gazetteer_id=None,
            )
            if noun in officials:  # "Pakistani officials", "the Malian authorities"
                name = country_english_name(country) or dem.text
                out.append(StateMention(mention, country, state_key(country), name))
                continue
            key = (armed_forces.get(country) if armed else None) or FORCES_PREFIX + country
            name = f"{dem.text} {'forces' if armed else 'police'}"
            out.append(StateMention(mention, country, key, name, "state_forces"))
    return out
