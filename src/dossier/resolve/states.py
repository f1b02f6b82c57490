"""Countries that act as states: "Iran turned a blind eye", "Rwanda deployed troops".

The ``dossier_metonymy`` component finds the place names that stand for a government (the
subject of an action, the possessor of "decision", the object of "accused"). Here each one that
names a country becomes an actor mention of that country's state: the gazetteer's government
where ``data/state_actors.yaml`` names one, else a state actor keyed ``state:<ISO code>``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dossier.datafiles import load_yaml
from dossier.nlp.metonymy import acting_places, acts, load_metonymy_cues, noun_of_from
from dossier.nlp.text import doc_ents, doc_text, span_ents
from dossier.nlp.token_table import doc_tokens
from dossier.records import Mention
from dossier.resolve.actor_gazetteer import load_actor_gazetteer, normalise_name
from dossier.resolve.geo_gazetteer import GeoGazetteer, country_english_name, open_geo_gazetteer
from dossier.resolve.geo_rules import demonym_country

STATE_PREFIX = "state:"
FORCES_PREFIX = "forces:"
# (s24) the key prefix of a country's police the gazetteer lacks
POLICE_PREFIX = "police:"


@dataclass(frozen=True)
class StateMention:
    """A mention of a state or its forces, and the actor it resolves to.

    ``key`` is a gazetteer id, "state:<country>", "forces:<country>" or (s24)
    "police:<country>"; ``name`` and ``type`` describe that actor when the gazetteer lacks it.
    """

    mention: Mention
    country: str  # ISO 3166-1 alpha-2
    key: str
    name: str
    type: str = "government"


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def document_year(doc: Doc) -> int | None:
    """The latest year that a date of ``doc`` names: the report was written no earlier."""
    years = [int(y) for e in doc_ents(doc) if e.label_ == "DATE" for y in _YEAR.findall(e.text)]
    return max(years) if years else None


@lru_cache(maxsize=1)
def _ended() -> dict[str, int]:
    data = load_yaml("state_actors.yaml")
    return {str(k): int(v) for k, v in (data.get("ended") or {}).items()}


def ended_before(key: str, year: int | None) -> bool:
    """Whether the state body ``key`` had ceased to exist by ``year`` (``ended`` in
    ``data/state_actors.yaml``): "the army" in a 2024 report is no longer the ANDSF."""
    end = _ended().get(key)
    return end is not None and year is not None and year > end


@lru_cache(maxsize=1)
def _armed_forces() -> dict[str, str]:
    data = load_yaml("state_actors.yaml")
    return {str(cc).upper(): str(k) for cc, k in (data.get("armed_forces") or {}).items()}


def armed_forces_key(country: str, year: int | None = None) -> str:
    """The key of a country's armed forces: the gazetteer's (``armed_forces``), unless that
    body had ended by ``year``, else "forces:<country>"."""
    key = _armed_forces().get(country.upper())
    if key is None or ended_before(key, year):
        return FORCES_PREFIX + country.upper()
    return key


@lru_cache(maxsize=1)
def action_nouns() -> frozenset[str]:
    """``action_nouns`` of ``data/state_actors.yaml``: the military actions ("airstrike",
    "raid") that a country's demonym or name before them makes its forces' deeds."""
    data = load_yaml("state_actors.yaml")
    return frozenset(str(w).lower() for w in data.get("action_nouns") or ())


@lru_cache(maxsize=1)
def _national_police() -> dict[str, str]:
    """(s19) Country code → the gazetteer's key of its one national police
    (``national_police`` of ``data/state_actors.yaml``)."""
    data = load_yaml("state_actors.yaml")
    return {str(cc).upper(): str(k) for cc, k in (data.get("national_police") or {}).items()}


def police_key(country: str, year: int | None = None) -> str:
    """(s19) The key of a country's police: the gazetteer's national police
    (``national_police``), unless it had ended by ``year``, else "police:<country>" (s24:
    a body of its own, not the armed forces: "Cameroonian gendarmes" and "Cameroonian
    troops" are two forces)."""
    key = _national_police().get(country.upper())
    if key is None or ended_before(key, year):
        return POLICE_PREFIX + country.upper()
    return key


@dataclass(frozen=True)
class NationalForce:
    """A name that is a state's forces: "Rwanda Security Forces"."""

    country: str
    key: str
    name: str
    type: str = "state_forces"


def national_force_name(name: str) -> NationalForce | None:
    """ "Rwanda Security Forces", "Kenyan Defence Forces": a country's name or demonym, then
    only words of a state's forces (``force_name_words``, with at least one force or police
    noun), as that country's forces (the police for a police noun), else None."""
    data = load_yaml("state_actors.yaml")
    allowed = frozenset(str(w).lower() for w in data.get("force_name_words") or ())
    forces = frozenset(str(w).lower() for w in data.get("force_nouns") or ())
    police = frozenset(str(w).lower() for w in data.get("police_nouns") or ())
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    for n in range(min(3, len(words) - 1), 0, -1):
        rest = [w.lower() for w in words[n:]]
        if not all(w in allowed for w in rest) or not set(rest) & (forces | police):
            continue
        head = " ".join(words[:n])
        country = demonym_country(head) or _country_of(head, open_geo_gazetteer())
        if not country:
            continue
        if set(rest) & police and not set(rest) & forces:
            return NationalForce(country, police_key(country), " ".join(words))
        return NationalForce(country, armed_forces_key(country), " ".join(words))
    return None


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
    for e in doc_ents(doc):
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
        for e in doc_ents(doc)
        if e.label_ in ("ORG", "PERSON") and acts(e, cues) and _country_of(e.text, gaz, named)
    ]
    # "Burkina Faso, Mali and Niger formed ...": the countries joined to an acting one act too,
    # whatever the model tagged them
    acting = [*acting_places(doc, cues), *mislabelled]
    roots = {e.root.i for e in acting}
    for e in doc_ents(doc):
        if (
            e.label_ in ("GPE", "ORG", "PERSON")
            and e.root.i not in roots
            and _conjunct_of(e.root, roots)
            and _country_of(e.text, gaz, named)
        ):
            acting.append(e)
            roots.add(e.root.i)
    # (s22) a state named only before a participle ("Chad-backed") is an actor; one the
    # text names otherwise is found there, and the participle is left to the relations
    present = {c for e in acting if (c := _country_of(e.text.removesuffix("'s"), gaz, named))}
    acting.extend(
        s
        for s in participle_agents(doc)
        if s.root.i not in roots
        and (country_of_name(s.text.rstrip("-")) or demonym_country(s.text.rstrip("-")))
        not in present
    )
    out: list[StateMention] = []
    for span in sorted(acting, key=lambda e: e.start):
        start, end = span.start_char, span.end_char
        if text[end - 1 : end] == "-":  # "Sudanese-" of "Sudanese- and Libyan-armed"
            end -= 1
        if text[start:end].lower().startswith("the "):  # the model often tags "the United States"
            start += 4
        if text[end - 2 : end] in ("'s", "’s"):
            end -= 2
        name = text[start:end]
        country = _country_of(name, gaz, named) or (
            demonym_country(name) if span.label_ == _AGENT_LABEL else None
        )
        if country is None:
            # a country's other name that no other country has ("Britain" acting with "the
            # United States")
            called = _countries_called(name, gaz)
            country = next(iter(called)) if len(called) == 1 else None
            if country is not None and _named_place_elsewhere(name, country, gaz, named):
                country = None  # (s19) "attacked Fizi" in a Congo report: not Fiji
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
        force = _force_of_origin(span)
        if force is None:
            out.append(StateMention(mention, country, state_key(country), name))
            continue
        # (s19) "troops from Nigeria, Chad and Niger": those states' forces, not governments
        year = document_year(doc)
        armed = force in armed_nouns()
        key = armed_forces_key(country, year) if armed else police_key(country, year)
        kind = "forces" if armed else "police"
        out.append(StateMention(mention, country, key, f"{name} {kind}", "state_forces"))
    return out


_AGENT_LABEL = "STATE_AGENT"


@lru_cache(maxsize=1)
def _agent_participles() -> frozenset[str]:
    """The participles a hyphenated country acts through: ``country_modifier_participles``
    less ``place_participles``, and ``state_agent_participles``."""
    data = load_yaml("state_actors.yaml")
    more = frozenset(str(w).lower() for w in data.get("state_agent_participles") or ())
    place = frozenset(str(w).lower() for w in data.get("place_participles") or ())
    return (_modifier_participles() - place) | more


def _participle_after(doc: Doc, i: int) -> bool:
    """Token ``i`` is followed by a hyphen and a participle of ``state_agent_participles``
    ("Chad-aligned"), or is written with a dangling hyphen and joined by "and"/"or" to a
    word that is ("Sudanese- and Libyan-armed")."""
    parts = _agent_participles()
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
        return doc[i + 2].lower_ in parts
    if doc[i].text.endswith("-") and i + 4 < len(doc) and doc[i + 1].lower_ in ("and", "or"):
        return doc[i + 3].text == "-" and doc[i + 4].lower_ in parts
    return False


def participle_agents(doc: Doc) -> list[Span]:
    """(s22) The countries and demonyms that act through a hyphenated participle: "the
    Chad-aligned factions", "a Ugandan-led force", "the United Kingdom-led coalition",
    "Sudanese- and Libyan-armed militias". Each is a span labelled ``STATE_AGENT`` (a GPE
    entity keeps its words; a demonym is one token)."""
    out: list[Span] = []
    by_end = {e.end - 1: e for e in doc_ents(doc) if e.label_ in ("GPE", "NORP")}
    for tok in doc:
        if not tok.text[:1].isupper() or not _participle_after(doc, tok.i):
            continue
        ent = by_end.get(tok.i)
        start = ent.start if ent is not None else tok.i
        if doc[start].lower_ == "the":
            start += 1
        word = tok.text.rstrip("-")
        if ent is None and demonym_country(word) is None and country_of_name(word) is None:
            continue  # "Hamas-backed", "Wagner-trained": no state
        out.append(Span(doc, start, tok.i + 1, label=_AGENT_LABEL))
    return out


def _force_of_origin(span: Span) -> str | None:
    """The force noun (``force_nouns``, ``police_nouns``) a country's "from" phrase, or that
    of the first of its conjuncts, tells the origin of ("troops from Chad", "police officers
    from Kenya and Rwanda"), else None."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return None
    noun = noun_of_from(tok.head)
    word = noun.lower_
    return word if word in armed_nouns() | police_nouns() else None


def _named_place_elsewhere(
    name: str, country: str, gaz: GeoGazetteer, named: frozenset[str]
) -> bool:
    """(s19) ``name`` is the own name of a place in another country the document names
    ("Fizi", a territory of the DRC, and another language's name of Fiji)."""
    return any(
        not c.alternate and c.country_code != country and c.country_code in named
        for c in gaz.candidates(name, fuzzy=False)
        if c.feature != "country"
    )


def _conjunct_of(tok: Token, roots: set[int]) -> bool:
    """Joined by "and", "or" or a comma to one of ``roots``, directly or through other
    conjuncts."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i in roots:
            return True
    return False


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
    if tok.dep_ in ("nmod", "compound") and (
        tok.ent_type_ == "GPE"
        # (s25) "UAE officials", "the UAE foreign ministry": a country's initials the model
        # took for an organisation's
        or (tok.ent_type_ in ("ORG", "") and _country_initials(tok.text))
    ):
        # "U.S. and British warplanes", "US troops": a country's name used as a modifier
        country = _country_of(tok.text, open_geo_gazetteer(), named)
        return country if country and country_english_name(country) else None
    return demonym_country(tok.text)


_INITIALS_MAX = 5


def _country_initials(text: str) -> bool:
    """(s25) Whether ``text`` is written as initials ("UAE", "U.K.", "DRC"), which a country
    is known by where the gazetteer says so."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= _INITIALS_MAX and letters.isalpha() and letters.isupper()


def _country_counts(
    doc: Doc, named: frozenset[str] = frozenset(), state_bodies: bool = True
) -> dict[str, int]:
    """How often ``doc`` names each country (by name, demonym, capital, or a town or province
    only one country has)."""
    gaz = open_geo_gazetteer()
    counts: dict[str, int] = {}
    lowered: str | None = None
    for e in doc_ents(doc):
        # the model may tag a country ORG or PERSON ("Mali" after a comma)
        cc = (
            demonym_country(e.text)
            if e.label_ == "NORP"
            else _country_of(e.text, gaz, named)
            if e.label_ in ("GPE", "ORG", "PERSON")
            else None
        )
        if cc is None and e.label_ in ("ORG", "PERSON") and not e.ent_id_:
            cc = demonym_country(e.text)  # "Nigerien" taken for a name
        if cc is None and e.label_ in ("GPE", "LOC"):
            # a town or province only one country has ("Djibo", "Diapaga") counts for it
            cc = _only_country(e.text, gaz)
        if cc is None and e.ent_id_ and state_bodies:
            # (s16) a state body of the actor gazetteer counts for its country ("the ENDF" in
            # a report whose towns have namesakes abroad); not an armed group, which may
            # fight across a border, nor an acronym the report never spells out, which may be
            # another body's ("PNA", the Philippine News Agency)
            entry = load_actor_gazetteer().entries.get(e.ent_id_)
            state = entry is not None and entry.type in ("state_forces", "government")
            if state and entry is not None and e.text.replace(".", "").isupper():
                lowered = lowered if lowered is not None else doc_text(doc).lower()
                state = entry.name.lower() in lowered
            cc = entry.country if state and entry is not None else None
        if cc:
            counts[cc] = counts.get(cc, 0) + 1
    return counts


def _focus_country(
    doc: Doc, named: frozenset[str] = frozenset(), state_bodies: bool = True
) -> str | None:
    """The country a report is about: named (or named by demonym) at least twice, and at
    least half of all country names (with ``state_bodies``, its forces and government of
    the actor gazetteer count)."""
    counts = _country_counts(doc, named, state_bodies)
    if not counts:
        return None
    best, n = max(counts.items(), key=lambda kv: kv[1])
    return best if n >= 2 and 2 * n >= sum(counts.values()) else None


def country_counts(doc: Doc, state_bodies: bool = True) -> dict[str, int]:
    """How often ``doc`` names each country (:func:`_country_counts`)."""
    return _country_counts(doc, named_countries(doc), state_bodies)


def report_country(doc: Doc, state_bodies: bool = True) -> str | None:
    """The country a report is about (:func:`_focus_country`), or None."""
    return _focus_country(doc, named_countries(doc), state_bodies)


def _only_country(
    name: str, gaz: GeoGazetteer, min_population: int = 0, alternates: bool = False
) -> str | None:
    """The country of a town or division whose every gazetteer namesake lies in it; with
    ``alternates``, provinces and districts go by their other names too ("North
    Waziristan")."""
    places = [
        c
        for c in gaz.candidates(name, fuzzy=False)
        if c.feature in ("city", "admin1", "admin2")
        and (not c.alternate or (alternates and c.feature != "city"))
    ]
    if not any(c.population >= min_population for c in places):
        return None
    countries = {c.country_code for c in places}
    if len(countries) == 1 and places[0].country_code:
        return places[0].country_code
    return None


def _entity_country(ent: Span, gaz: GeoGazetteer, named: frozenset[str]) -> str | None:
    """The country an entity names: by demonym, as a country or its capital, as a town or
    province only one country has, or as a state body of the actor gazetteer."""
    if ent.label_ == "NORP":
        return demonym_country(ent.text)
    if ent.ent_id_:
        # a state's own forces or government from the actor gazetteer ("Somali army")
        entry = load_actor_gazetteer().entries.get(ent.ent_id_)
        state = entry is not None and entry.type in ("state_forces", "government")
        return entry.country if state and entry is not None else None
    if ent.label_ == "GPE":
        # a country, or a town only one country has ("the Karachi police headquarters")
        return _country_of(ent.text, gaz, named) or _only_country(ent.text, gaz, alternates=True)
    if ent.label_ == "LOC":
        return _only_country(ent.text, gaz, alternates=True)
    if ent.label_ in ("ORG", "PERSON"):
        # a demonym or a country the model took for a name ("Nigerien officials", "Niger's"),
        # or a big town it took for an organisation ("Karachi")
        cc = demonym_country(ent.text) or _country_of(ent.text, gaz, named)
        if cc is None and ent.label_ == "ORG" and not _initials_shaped(ent):
            cc = _only_country(ent.text, gaz, min_population=100_000)
        return cc
    return None


def _initials_shaped(ent: Span) -> bool:
    """(s19) A short name in capitals in a mixed-case text ("NAN", the News Agency of
    Nigeria): a body's initials, not the town or province the gazetteer spells so."""
    text = ent.text
    return text.isupper() and len(text) <= 5 and any(c.islower() for c in doc_text(ent.doc)[:3000])


def _people_demonym(ent: Span) -> bool:
    """ "two Chinese nationals", "Turkish engineers": a nationality that modifies people who
    are no state's forces or body (a noun other than those of ``data/state_actors.yaml``)."""
    root = ent.root
    head = root.head
    return (
        ent.label_ == "NORP"
        and root.dep_ in ("amod", "compound", "nmod")
        and head.i >= ent.end
        and head.pos_ in ("NOUN", "PROPN")
        and not _force_or_state_noun(head)
    )


def _context_countries(
    doc: Doc,
    head: Token,
    sentences: int = 2,
    named: frozenset[str] = frozenset(),
    focus: str | None = None,
) -> tuple[list[str], list[str]]:
    """The countries named (by name or demonym) before ``head`` in its own sentence and in
    the ``sentences`` before that, each nearest first; given the report's country ``focus``,
    not another country named only as the nationality of people (:func:`_people_demonym`:
    the victims "two Chinese nationals" do not carry "the military said" abroad)."""
    sent = head.sent
    floor = sent.start
    for _ in range(sentences):
        if floor == 0:
            break
        floor = doc[floor - 1].sent.start
    gaz = open_geo_gazetteer()
    here: list[str] = []
    before: list[str] = []
    for ent in reversed(doc_ents(doc)):
        if ent.start >= head.i:
            continue
        if ent.start < floor:
            break
        cc = _entity_country(ent, gaz, named)
        if cc and focus and cc != focus and _people_demonym(ent):
            continue
        if cc and _foreign_hamlet(ent, cc, focus, named, gaz):
            continue  # (s25b) "police in Bore" on Ethiopia: no Italian village
        if cc and _hyphen_participle(doc, ent):
            continue  # (s16) "Tanzania-hosted talks between the government and the OLA"
        group = here if ent.start >= sent.start else before
        if cc and cc not in group:
            group.append(cc)
    return here, before


@lru_cache(maxsize=1)
def _modifier_participles() -> frozenset[str]:
    data = load_yaml("state_actors.yaml")
    return frozenset(str(w).lower() for w in data.get("country_modifier_participles") or ())


def _hyphen_participle(doc: Doc, ent: Span) -> bool:
    """A country named as the agent of a hyphenated participle ("Tanzania-hosted talks",
    "Rwanda-backed rebels", ``country_modifier_participles`` of
    ``data/state_actors.yaml``): it owns no "government" or "army" named after it."""
    end = ent.end
    if end + 1 < len(doc) and doc[end].text == "-":
        return doc[end + 1].lower_ in _modifier_participles()
    word = ent[-1].lower_
    return "-" in word and word.rsplit("-", 1)[1] in _modifier_participles()


def _state_bodies_in_sentence(doc: Doc, head: Token) -> set[str]:
    """The countries of the state bodies of the actor gazetteer (forces, governments) that the
    sentence of ``head`` names, before or after it ("the army reported 4 FAMa deaths")."""
    entries = load_actor_gazetteer().entries
    out: set[str] = set()
    for ent in span_ents(head.sent):
        entry = entries.get(ent.ent_id_) if ent.ent_id_ else None
        if entry is not None and entry.country and entry.type in ("state_forces", "government"):
            out.add(entry.country)
    return out


def country_of_name(name: str) -> str | None:
    """The country a name or a demonym stands for ("Britain", "Britain's", "Iranian")."""
    if name[-2:] in ("'s", "\u2019s"):
        name = name[:-2]
    gaz = open_geo_gazetteer()
    found = demonym_country(name) or _country_of(name, gaz)
    if found is None:
        called = _countries_called(name, gaz)  # "Britain"
        found = next(iter(called)) if len(called) == 1 else None
    return found


def place_countries(doc: Doc, start: int, end: int) -> set[str]:
    """The countries of the places (GPE and LOC entities, not demonyms) that ``doc`` names
    between characters ``start`` and ``end``."""
    gaz = open_geo_gazetteer()
    out: set[str] = set()
    for ent in doc_ents(doc):
        if start <= ent.start_char < end and ent.label_ in ("GPE", "LOC"):
            cc = _entity_country(ent, gaz, frozenset())
            if cc:
                out.add(cc)
    return out


def _owner_country(head: Token) -> str | None:
    """ "the army's media wing ISPR": the country of a state body of the actor gazetteer in
    the phrase that the institution owns."""
    if head.dep_ != "poss":
        return None
    entries = load_actor_gazetteer().entries
    for tok in head.head.subtree:
        entry = entries.get(tok.ent_id_) if tok.ent_id_ else None
        if entry is None or not entry.country or head.left_edge.i <= tok.i <= head.i:
            continue
        parent = entries.get(entry.parent or "")
        kinds = {entry.type, parent.type if parent is not None else ""}
        if kinds & {"state_forces", "government"}:
            return entry.country
    return None


def _leader_of(head: Token) -> Token | None:
    """The last word of the leader's name in "the junta led by General X" (an agent of a
    participle of the head) or "the government of President Y" (a name after "of")."""
    for child in head.children:
        if child.dep_ == "acl" and child.lemma_ in ("lead", "head"):
            for agent in child.children:
                if agent.dep_ == "agent":
                    name = next((t for t in agent.children if t.dep_ == "pobj"), None)
                    if name is not None and name.pos_ == "PROPN":
                        return name
        if child.dep_ == "prep" and child.lower_ == "of":
            name = next((t for t in child.children if t.dep_ == "pobj"), None)
            if name is not None and name.pos_ == "PROPN" and name.ent_type_ == "PERSON":
                return name
    return None


def _leader_country(doc: Doc, head: Token, named: frozenset[str]) -> str | None:
    """(s17) The country of "the junta led by General X", "the government of President Y":
    the gazetteer's for that person, else the one the text ties to his name elsewhere by a
    possessive or demonym on a noun his name is in apposition to or modifies ("Niger's
    military ruler, General X", "Nigerien leader X"). None where nothing ties him."""
    leader = _leader_of(head)
    if leader is None:
        return None
    full = doc[leader.left_edge.i : leader.i + 1].text
    gazetteer = load_actor_gazetteer()
    entry = gazetteer.lookup(full) or gazetteer.lookup(leader.text)
    if entry is not None and entry.type == "person" and entry.country:
        return entry.country
    found: set[str] = set()
    for tok in doc_tokens(doc):
        if tok.text != leader.text or tok.i == leader.i:
            continue
        for noun in (tok.head, tok.head.head) if tok.dep_ in ("compound", "flat") else (tok.head,):
            if noun.i == tok.i:
                continue
            if tok.dep_ not in ("appos", "compound", "flat") and noun is tok.head:
                continue
            for mod in noun.children:
                if mod.dep_ in ("amod", "compound", "nmod", "poss") and mod.i != tok.i:
                    country = _nation_of(mod, named)
                    if country:
                        found.add(country)
        # "Rwandan President Paul Kagame": on the name or on the title before it
        for mod in (
            *tok.children,
            *(g for c in tok.children if c.dep_ == "compound" for g in c.children),
        ):
            if mod.dep_ in ("amod", "compound", "poss") and mod.i != leader.i:
                country = _nation_of(mod, named)
                if country:
                    found.add(country)
    return next(iter(found)) if len(found) == 1 else None


def _institution_country(
    doc: Doc,
    head: Token,
    named: frozenset[str],
    focus: str | None,
    counts: dict[str, int],
) -> str | None:
    """The country of "the army", "the government": the one whose body the phrase names
    ("the army's media wing ISPR"), else one named before it in its sentence, else in the
    two sentences before, else the report's own; a state body of the gazetteer that the
    sentence names wins over them all. Among several, the nearest that the report
    names more than once, where one is: in a report about Niger, "Niger's junta has relied
    on Russian support. The army plans ..." is Niger's army."""
    owner = _owner_country(head) or _leader_country(doc, head, named)
    if owner:
        return owner
    here, before = _context_countries(doc, head, named=named, focus=focus)
    if focus:
        # a town that only one foreign country's gazetteer has ("Momo", a Cameroonian
        # division and an Italian village) does not carry "the army" abroad: another country
        # counts only where the report names it or names it more than once
        here, before = (
            [c for c in group if c == focus or _counted(c, named, counts)]
            for group in (here, before)
        )
    if focus and head.lemma_.lower() in armed_nouns():
        # (s17) "the army said" two sentences after "arrested in Norway, Norwegian police
        # said": a foreign country named before, but not by its own armed forces, does not
        # carry the report's army abroad
        before = [c for c in before if c == focus or _armed_forces_before(doc, head, c, named)]
    bodies = _state_bodies_in_sentence(doc, head)
    if focus and head.lemma_.lower() in armed_nouns() and focus not in bodies | set(here):
        # (s17) "Ethiopian troops crossed into Somalia. The army said ... near Baidoa": the
        # forces the sentence before names, where they are one other country's alone
        just_before = _forces_named_before(doc, head, named)
        if len(just_before) == 1 and focus not in just_before:
            return next(iter(just_before))
    if focus and (focus in bodies or focus in here or _named_after(doc, head, focus, named)):
        # the report's own country where its context names it at all: "A senior Malian
        # officer said the army plans ..., with Africa Corps support" is Mali's army
        return focus
    if len(bodies) == 1:
        # the sentence names one state's forces or government, before or after: "... killed
        # Russian fighters, while the army reported 4 FAMa deaths"
        return next(iter(bodies))
    for group in (here, before):
        if group:
            # the nearest, passing over a country the report names only once in passing
            # ("relied on Russian support") when another is named more
            most = max(counts.get(c, 0) for c in group)
            return next(c for c in group if counts.get(c, 0) >= min(2, most))
    return focus


@lru_cache(maxsize=1)
def armed_nouns() -> frozenset[str]:
    """The nouns of a state's armed forces (``force_nouns`` of ``data/state_actors.yaml``);
    the one loader of them (resolve/actors.py adds the police's)."""
    return frozenset(
        str(w).lower() for w in load_yaml("state_actors.yaml").get("force_nouns") or ()
    )


@lru_cache(maxsize=1)
def police_nouns() -> frozenset[str]:
    """The nouns of a state's police (``police_nouns`` of ``data/state_actors.yaml``)."""
    return frozenset(
        str(w).lower() for w in load_yaml("state_actors.yaml").get("police_nouns") or ()
    )


def _armed_forces_before(
    doc: Doc, head: Token, country: str, named: frozenset[str], sentences: int = 2
) -> bool:
    """Whether the ``sentences`` before ``head``'s own name ``country``'s armed forces: a
    force noun with the country's demonym or possessive ("Nigerien troops", "Mali's army")."""
    floor = head.sent.start
    for _ in range(sentences):
        if floor == 0:
            break
        floor = doc[floor - 1].sent.start
    for tok in doc[floor : head.sent.start]:
        if tok.lemma_.lower() not in armed_nouns():
            continue
        for mod in tok.children:
            if (
                mod.dep_ in ("amod", "compound", "nmod", "poss")
                and _nation_of(mod, named) == country
            ):
                return True
    return False


def _forces_named_before(doc: Doc, head: Token, named: frozenset[str]) -> set[str]:
    """The countries whose armed forces the sentence right before ``head``'s names as its
    subject, by a force noun with their demonym or possessive ("Ethiopian troops crossed
    into ...", "Mali's army said"); not forces that others act on ("expelled French
    troops")."""
    if head.sent.start == 0:
        return set()
    out: set[str] = set()
    for tok in doc[head.sent.start - 1].sent:
        if tok.lemma_.lower() not in armed_nouns() or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for mod in tok.children:
            if mod.dep_ in ("amod", "compound", "nmod", "poss"):
                country = _nation_of(mod, named)
                if country:
                    out.add(country)
    return out


def _named_after(doc: Doc, head: Token, country: str, named: frozenset[str]) -> bool:
    """Whether ``head``'s sentence names ``country`` (or a place in it) after ``head``
    ("Should the army launch an operation in Tirah or North Waziristan")."""
    sent = head.sent
    gaz = open_geo_gazetteer()
    return any(
        _entity_country(ent, gaz, named) == country
        for ent in doc_ents(doc)
        if head.i < ent.start < sent.end
    )


@lru_cache(maxsize=1)
def junta_bodies() -> dict[str, str]:
    """Country → the gazetteer's body that a "<country> junta" alias names ("Myanmar junta"
    → myanmar_sac): the military rulers a bare "the junta" means."""
    out: dict[str, str] = {}
    for entry in load_actor_gazetteer().entries.values():
        if not entry.country or entry.type not in ("government", "state_forces"):
            continue
        if any(a.lower().endswith(" junta") for a in (entry.name, *entry.aliases)):
            out.setdefault(entry.country, entry.id)
    return out


def _junta_country(
    doc: Doc, head: Token, named: frozenset[str], focus: str | None, counts: dict[str, int]
) -> str | None:
    """The country whose military rules, for a bare "the junta": the report's own country,
    else the nearest country named before it that the gazetteer knows a junta of, else the
    one that names it in the report ("Niger's junta"); never merely the last country named
    ("near the Indian border ... The junta did not confirm")."""
    owner = _owner_country(head) or _leader_country(doc, head, named)
    if owner:
        return owner
    ruled = set(junta_bodies())
    written: set[str] = set()  # the countries the text itself gives a junta before this one
    for tok in doc[: head.i]:
        if tok.lemma_.lower() == "junta":
            written.update(
                cc
                for c in tok.children
                if c.dep_ in ("amod", "compound", "poss")
                for cc in [_nation_of(c, named)]
                if cc
            )
    ruled |= written
    if focus and (focus in ruled or not ruled & set(counts)):
        return focus
    here, before = _context_countries(doc, head, named=named)
    for cc in here:
        if cc in ruled:
            return cc  # "In Mali, the junta ..."
    lead = focus or _leading_country(counts)
    if lead and not written - {lead}:
        # (s19) in a report about Niger, "the junta led by General X has joined Mali and
        # Burkina Faso in ...": the report's own rulers, where the text gives no other
        # country a junta; a gazetteer's junta of a country named in passing does not
        return lead
    for cc in before:
        if cc in ruled:
            return cc
    ranked = sorted((c for c in counts if c in ruled), key=lambda c: -counts[c])
    return ranked[0] if ranked else focus or _institution_country(doc, head, named, focus, counts)


def _leading_country(counts: Mapping[str, int]) -> str | None:
    """(s19) The country a report names most, at least three times and twice as often as
    any other (a report about Niger that names Burkina Faso, Mali and France around it)."""
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 3 or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return max(counts, key=lambda c: counts[c])


def _bare_modifier(head: Token, mods: list[Token], heads: frozenset[str]) -> bool:
    """ "army drones struck", "police vehicles": an institution named as a bare modifier of
    forces or actions (the model tags "gendarmerie" in "a gendarmerie post" an adjective)."""
    return (
        head.dep_ in ("compound", "amod")
        and not mods
        and not any(c.dep_ == "det" for c in head.children)
        and head.head.lemma_.lower() in heads
    )


def _definite_alone(
    head: Token, mods: list[Token], allowed: frozenset[str] = frozenset(), leader: bool = False
) -> bool:
    """ "the army" with nothing else to say whose: no modifier (but ``allowed`` ones: "the
    transitional government"), no "of" phrase (but, where ``leader``, one naming the
    leader: "the government of President Y")."""
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    return (
        dets == ["the"]
        # "the Union government", "the Federal Government": the modifier may be a compound
        and all(m.dep_ in ("amod", "compound") and m.lower_ in allowed for m in mods)
        and head.tag_ in ("NN", "NNP")
        and (leader or not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children))
    )


def _capitalised_institution(head: Token, institutions: frozenset[str]) -> bool:
    """ "the Army's 103rd Brigade": a state institution written with a capital, alone (not
    the head or part of a longer name such as "Arakan Army" or "Army of Islam")."""
    return (
        head.pos_ == "PROPN"
        and head.text.istitle()
        and head.lower_ in institutions
        and head.dep_ != "compound"
        and not any(c.dep_ in ("compound", "amod", "prep", "appos") for c in head.children)
        and (head.ent_type_ == "" or head.ent_iob_ == "B")
        and (head.i + 1 >= len(head.doc) or head.doc[head.i + 1].ent_iob_ != "I")
        and not head.is_sent_start
    )


@lru_cache(maxsize=1)
def _plural_place_preps() -> frozenset[str]:
    """(s21) ``institution_plural_places`` of ``data/state_actors.yaml`` ("gendarmes in
    Gao")."""
    words = load_yaml("state_actors.yaml").get("institution_plural_places") or ()
    return frozenset(str(w).lower() for w in words)


def _where_only(prep: Token) -> bool:
    """(s21) "in Gao", "near Kidal": a preposition of place (``institution_plural_places``)
    with a named place after it, which says where a plural is, not whose it is ("soldiers in
    RSF uniforms" are anyone's)."""
    if prep.lower_ not in _plural_place_preps():
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("GPE", "LOC", "FAC") for o in objects)


def _placed_in(
    doc: Doc,
    head: Token,
    country: str,
    gaz: GeoGazetteer,
    named: frozenset[str],
    focus: str | None = None,
) -> bool:
    """(s21) Whether every place a bare plural is said to be at ("gendarmes in Zinder",
    "soldiers near Kidal") lies in ``country`` where its country is known: a place of
    another country ("gendarmes in Niamey" in a report on Mali, "soldiers in Chad") leaves
    whose they are unsaid."""
    return all(where == country for where in _places_countries(doc, head, gaz, named, focus))


def _places_countries(
    doc: Doc, head: Token, gaz: GeoGazetteer, named: frozenset[str], focus: str | None = None
) -> Iterator[str]:
    """The countries, where known, of the places a noun is said to be at ("soldiers near
    Kidal", "police in Kano"); given the report's country ``focus``, not a hamlet abroad
    that shares a local place's name (:func:`_foreign_hamlet`)."""
    for prep in head.children:
        if prep.dep_ != "prep" or not _where_only(prep):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            ent = next((e for e in doc_ents(doc) if e.start <= obj.i < e.end), None)
            where = _entity_country(ent, gaz, named) if ent is not None else None
            if (
                where is not None
                and ent is not None
                and _foreign_hamlet(ent, where, focus, named, gaz)
            ):
                continue
            if where is not None:
                yield where


# (s25b) the population under which a town found by its name alone, in a country other than
# the report's own and never named, is taken for a namesake of a local place
_HAMLET_POPULATION = 10_000


def _foreign_hamlet(
    ent: Span, cc: str, focus: str | None, named: Collection[str], gaz: GeoGazetteer
) -> bool:
    """(s25b) Whether ``ent`` places something in ``cc`` by its name alone where the report
    is about another country ``focus`` and never names ``cc``, and every namesake the
    gazetteer has is a small town or village ("police in Bore" in a report on Ethiopia:
    Bore is also an Italian village of a few hundred people): a local place the gazetteer
    lacks, which places nothing abroad."""
    if not focus or cc == focus or cc in named or ent.label_ == "NORP" or ent.ent_id_:
        return False
    found = [c for c in gaz.candidates(ent.text, fuzzy=False) if c.country_code == cc]
    return bool(found) and all(
        c.feature == "city" and not c.capital and c.population < _HAMLET_POPULATION for c in found
    )


@lru_cache(maxsize=1)
def _mass_nouns() -> frozenset[str]:
    """(s23) ``institution_mass_nouns`` of ``data/state_actors.yaml`` ("Police said")."""
    words = load_yaml("state_actors.yaml").get("institution_mass_nouns") or ()
    return frozenset(str(w).lower() for w in words)


@lru_cache(maxsize=1)
def _institution_objects() -> frozenset[str]:
    """``institution_objects`` of ``data/state_actors.yaml`` ("army camp", "police posts")."""
    words = load_yaml("state_actors.yaml").get("institution_objects") or ()
    return frozenset(str(w).lower() for w in words)


def _mass_institution(head: Token) -> bool:
    """(s23) A mass noun of a state body, bare and acting ("Police say", "police in Tororo
    detained"), not the modifier of another noun ("police officers", "a police spokesman",
    "police and army posts", which the model may parse as a coordination)."""
    if head.lower_ not in _mass_nouns() or head.tag_ not in ("NN", "NNS", "NNP"):
        return False
    if head.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod"):
        return False
    if head.pos_ == "PROPN" and (not head.text.istitle() or head.ent_type_):
        return False  # "POLICE" in a heading, "Police" of a longer name
    if (
        head.text.istitle()
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.text[:1].isupper()
    ):
        return False  # (s23b) "the Inspector General of Police": a title's or a name's end
    return not any(
        c.dep_ in ("compound", "conj") and c.lemma_.lower() in _institution_objects()
        for c in head.children
    )


def _place_name_after(prep: Token) -> bool:
    """(s23) "police in Tororo": a capitalised name after a preposition of place that the model
    tagged no entity, but no organisation's ("police in RSF uniforms" is not where)."""
    if prep.lower_ not in _plural_place_preps():
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.pos_ == "PROPN" and o.ent_type_ in ("", "GPE", "LOC", "FAC") for o in objects
    )


def _placed_country(
    doc: Doc, head: Token, gaz: GeoGazetteer, named: frozenset[str], focus: str | None = None
) -> str | None:
    """(s23) The one country of the places a bare noun is said to be at ("police in Kano"),
    or None."""
    found = set(_places_countries(doc, head, gaz, named, focus))
    return next(iter(found)) if len(found) == 1 else None


def _bare_plural(head: Token, mods: list[Token], plurals: dict[str, frozenset[str]]) -> bool:
    """ "soldiers killed", "the troops withdrew", "security forces arrested": a plural force
    noun with nothing to say whose (``institution_plurals`` in ``data/state_actors.yaml``);
    (s23) a mass noun of them ("Police said") as :func:`_mass_institution` reads it."""
    noun = head.lemma_.lower()
    mass = noun in _mass_nouns()
    if noun not in plurals or (head.tag_ != "NNS" and not mass):
        return False
    if mass and not _mass_institution(head):
        return False
    # "- 4 Mar — Police detain ...": the model may hang a line's date, cut off by a dash or
    # a colon, on a mass noun; what stands before that mark is no modifier of it
    cut = max(
        (c.i for c in head.children if mass and c.dep_ == "punct" and c.i < head.i), default=-1
    )
    mods = [m for m in mods if m.i > cut]
    dets = [
        c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "quantmod") and c.i > cut
    ]
    if dets not in ([], ["the"]):
        return False
    if any(
        c.dep_ in ("acl", "relcl", "appos")
        or (c.dep_ == "prep" and not (_where_only(c) or (mass and _place_name_after(c))))
        for c in head.children
    ):
        return False  # "soldiers of the RSF", "troops loyal to", "soldiers who defected"
    allowed = plurals[noun]
    words = {m.lower_ for m in mods}
    return words == set() if not allowed else len(words) == 1 and words <= allowed


def _named_police_bodies(doc: Doc) -> tuple[dict[str, str], list[str]]:
    """(s23) The police bodies that the report names ("the Rivers State Police Command",
    "the Ghana Police Service"): each name's key (its gazetteer id, else its ``new:`` key) by
    name, for a name ending in one of ``police_body_heads`` of ``data/state_actors.yaml``
    with a police noun in it, written with capitals; and the names of the other police
    bodies it names, ending in one of ``police_other_body_heads`` ("the Uganda Police
    Force", "the Amhara Police Commission"), which a bare "police" may be as well (never
    chosen: "the Central Reserve Police Force" is a force, not the police)."""
    data = load_yaml("state_actors.yaml")
    bodies = frozenset(str(w).lower() for w in data.get("police_body_heads") or ())
    other_heads = frozenset(str(w).lower() for w in data.get("police_other_body_heads") or ())
    police = police_nouns()
    spans = list(doc.spans["actors"]) if "actors" in doc.spans else []
    out: dict[str, str] = {}
    others: list[str] = []
    for span in (*spans, *(e for e in doc_ents(doc) if e.label_ == "ORG")):
        words = [t for t in span if not t.is_punct and t.lower_ != "the"]
        if len(words) < 2 or not words[-1].text[:1].isupper() or span.label_ == "PERSON":
            continue
        if not any(t.lower_ in police for t in words):
            continue
        name = doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1])]
        if words[-1].lower_ not in bodies:
            if words[-1].lower_ in other_heads and name not in others:
                others.append(name)
            continue
        gid = next((t.ent_id_ for t in words if t.ent_id_), "")
        out[name] = gid or "new:" + re.sub(r"[^\w]+", "-", normalise_name(name)).strip("-")
    return out, others


def _national_body(name: str, country: str) -> bool:
    """(s23) Whether a police body's name opens with ``country``'s name or demonym ("the
    Ghana Police Force", "the Ghanaian Police Service" of GH): the country's own police."""
    english = country_english_name(country) or ""
    first = name.split()[0] if name.split() else ""
    return bool(english and name.startswith(english)) or demonym_country(first) == country


def _token_mention(head: Token, starts: list[int]) -> Mention:
    """A mention of one institution word ("army", "Police")."""
    return Mention(
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


def _institution(
    doc: Doc,
    head: Token,
    country: str,
    noun: str,
    year: int | None,
    police: frozenset[str],
    starts: list[int],
) -> StateMention:
    mention = _token_mention(head, starts)
    english = country_english_name(country) or country
    junta = junta_bodies().get(country) if noun == "junta" else None
    if junta is not None:
        entry = load_actor_gazetteer().entries[junta]
        return StateMention(mention, country, junta, entry.name, entry.type)
    if noun in ("government", "authorities", "junta", "administration"):
        return StateMention(mention, country, state_key(country), english)
    if noun in police:
        return StateMention(
            mention, country, police_key(country, year), f"{english} police", "state_forces"
        )
    key = armed_forces_key(country, year)
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
    A source qualified as the state's ("A Nigerien security source": ``source_nouns``,
    ``source_qualifiers``) speaks for its state, as officials do. A body of the gazetteer that
    had ended by the latest year the report names (``ended``) is not taken for a country's
    forces.
    """
    if not doc.has_annotation("DEP"):
        return []
    data = load_yaml("state_actors.yaml")
    forces = frozenset(data.get("force_nouns") or ())
    police = frozenset(data.get("police_nouns") or ())
    actions = action_nouns()
    officials = frozenset(data.get("government_nouns") or ())
    sources = frozenset(data.get("source_nouns") or ())
    qualifiers = frozenset(data.get("source_qualifiers") or ())
    institutions = frozenset(data.get("institution_nouns") or ())
    modifiers = frozenset(str(w) for w in data.get("institution_modifiers") or ())
    plurals = {
        str(k): frozenset(str(w) for w in v or ())
        for k, v in (data.get("institution_plurals") or {}).items()
    }
    starts = list(sentence_starts)
    named = named_countries(doc)
    focus = _focus_country(doc, named)
    gaz = open_geo_gazetteer()
    counts: dict[str, int] = {}  # how often the report names each country, state bodies too
    for ent in doc_ents(doc):
        cc = _entity_country(ent, gaz, named)
        if cc:
            counts[cc] = counts.get(cc, 0) + 1
    year = document_year(doc)
    out: list[StateMention] = []
    bodies: dict[str, str] | None = None  # the report's named police bodies, read on first use
    other_bodies: list[str] = []
    heads = forces | police | actions | officials | sources
    for head in doc_tokens(doc):
        if (
            head.pos_ != "NOUN"
            # "Turkey's defence ministry": a lower-case noun the model took for a name
            and not (head.pos_ == "PROPN" and head.is_lower)
            and not _capitalised_institution(head, institutions)
            # (s21) "a gendarmerie post": a police noun the model took for an adjective
            and not (head.pos_ == "ADJ" and head.lower_ in police and head.is_lower)
            # (s23) "- 24 Oct — Police detain ...": a mass noun the model took for a name
            and not (head.pos_ == "PROPN" and _mass_institution(head))
        ):
            continue
        noun = head.lemma_.lower()
        if noun not in heads:
            continue
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        if head.dep_ == "compound" and noun in forces | police and not mods:
            # (s18) "Kenyan contingent commander X", "Nigeria's army spokesman": the model
            # hangs the demonym or possessive on the noun the force noun modifies; one right
            # before the force noun is its
            before = [
                c
                for c in head.head.children
                if c.i < head.i
                and c.right_edge.i == head.i - 1
                and c.dep_ in ("amod", "compound", "nmod", "poss")
            ]
            if any(_nation_of(c, named) for c in before):
                mods = before  # not "the Karachi police headquarters": a city's
        if noun in sources:
            # "a Nigerien security source": the demonym on the source or on its qualifier
            quals = [m for m in mods if m.lower_ in qualifiers]
            if not quals:
                continue
            mods += [c for q in quals for c in q.children if c.dep_ in ("amod", "compound")]
        demonyms = [m for m in mods if _nation_of(m, named)]
        if _bare_plural(head, mods, plurals):
            country = _institution_country(doc, head, named, focus, counts)
            mass = noun in _mass_nouns()
            placed = _placed_country(doc, head, gaz, named, focus) if mass else None
            here: list[str] = []
            if mass:
                here, _before = _context_countries(doc, head, named=named, focus=focus)
            if placed is not None:
                # (s23) "police in Tororo held ...": the country of the town the police
                # are placed in, whatever country the sentences before named
                country = placed
            elif mass and here:
                # (s23) "In Kampala, police said" after a sentence on the Kenya Police
                # Service: the sentence places them, not the police; whose is unsure
                continue
            elif mass and focus:
                # (s23) "- 2 May: Police hold six in Jinja" on the line after an incident
                # abroad, in a report about Uganda: a bare "Police" is the report's own
                # country's where its own sentence names no other
                country = focus
            if country and not _placed_in(doc, head, country, gaz, named, focus):
                continue  # "gendarmes in Niamey" in a report on Mali: Niger's, or unsure
            if noun in police and mass and placed is None:
                if bodies is None:
                    bodies, other_bodies = _named_police_bodies(doc)
                if len(set(bodies.values())) > 1:
                    continue  # "Police said" in a report naming two police commands: unsure
                if any(not _national_body(o, country or "") for o in other_bodies):
                    # "the Uganda Police Force arrested two Kenyans ... Police said": a
                    # police body of another country, or of a region, named: whose is unsure
                    continue
                if bodies:
                    name, key = next(iter(bodies.items()))
                    mention = _token_mention(head, starts)
                    out.append(StateMention(mention, country or "", key, name, "state_forces"))
                    continue
            if country:
                out.append(_institution(doc, head, country, noun, year, police, starts))
            continue
        if (
            not demonyms
            and noun in institutions
            and (
                _definite_alone(head, mods, modifiers)
                # (s17) "the government of President Y": where the text ties Y to a country
                or (
                    _leader_of(head) is not None
                    and _definite_alone(head, mods, modifiers, leader=True)
                    and _leader_country(doc, head, named) is not None
                )
                or _bare_modifier(head, mods, forces | actions | _institution_objects())
            )
        ):
            # "the army said", "the government denied": the country just named ("a Somali
            # army base ... The government said"), else the report's own country
            country = (
                _junta_country(doc, head, named, focus, counts)
                if noun == "junta"
                else _institution_country(doc, head, named, focus, counts)
            )
            if country:
                out.append(_institution(doc, head, country, noun, year, police, starts))
            continue
        for m in list(demonyms):
            demonyms += [c for c in m.conjuncts if _nation_of(c, named) and c not in demonyms]
        demonyms.sort(key=lambda t: t.i)
        armed = noun not in police | officials | sources
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
            if noun in officials | sources:  # "Pakistani officials", "the Malian authorities"
                name = country_english_name(country) or dem.text
                out.append(StateMention(mention, country, state_key(country), name))
                continue
            key = armed_forces_key(country, year) if armed else police_key(country, year)
            name = f"{dem.text} {'forces' if armed else 'police'}"
            out.append(StateMention(mention, country, key, name, "state_forces"))
    return out


@lru_cache(maxsize=1)
def _state_nouns() -> frozenset[str]:
    """The force, police, action and government nouns of ``data/state_actors.yaml``."""
    data = load_yaml("state_actors.yaml")
    keys = ("force_nouns", "police_nouns", "action_nouns", "government_nouns")
    return frozenset(str(w).lower() for k in keys for w in data.get(k) or ())


def _force_or_state_noun(tok: Token) -> bool:
    """A noun of a state's forces, actions or bodies ("troops", "deployment", "officials")."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _state_nouns()


_LOCATIVES = frozenset({"in", "at", "near", "from", "across", "inside", "into", "to", "outside"})


def _named_as_place(ent: Span) -> bool:
    """A name that says where: a town or a division (anything below a country), or a country
    after a locative preposition ("in Kenya"); not a demonym or a country that acts ("Kenyan
    officials", "funded by the United States")."""
    if ent.label_ == "NORP":
        return False
    if ent.label_ in ("LOC", "FAC"):
        return True
    if any(c.feature == "country" for c in open_geo_gazetteer().candidates(ent.text, fuzzy=False)):
        return ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVES
    return not ent.ent_id_


class ReportCountries:
    """Where a report places a phrase: the country of an unnamed group ("gunmen" in a
    report from Zamfara State is a Nigerian group).

    Built once per document; :meth:`of` answers for one head token. A country named as the
    modifier of one of ``border_nouns`` ("near the Malian border") places nothing.
    """

    def __init__(self, doc: Doc, border_nouns: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.gaz = open_geo_gazetteer()
        self.named = named_countries(doc, self.gaz)
        self.focus = _focus_country(doc, self.named)
        self.ent_countries: list[tuple[Span, str]] = []
        self.counts: dict[str, int] = {}
        # tokens of names that stand for a place, whatever label the model gave them
        # ("gunmen from Niger", "Niger" tagged ORG)
        self.place_tokens: set[int] = set()
        for ent in doc_ents(doc):
            cc = _entity_country(ent, self.gaz, self.named)
            if cc and _foreign_hamlet(ent, cc, self.focus, self.named, self.gaz):
                # (s25b) a local place whose namesake abroad places nothing: still a place
                self.place_tokens.update(range(ent.start, ent.end))
                continue
            if cc and ent.root.head.lemma_.lower() in border_nouns and ent.root.dep_ != "pobj":
                # "near the Malian border", "the Niger frontier": beside the country, not in it
                self.place_tokens.update(range(ent.start, ent.end))
                continue
            if cc:
                self.counts[cc] = self.counts.get(cc, 0) + 1
                if ent.label_ == "NORP" and _force_or_state_noun(ent.root.head):
                    # "the Rwandan deployment pushed the insurgents north": whose forces
                    # act, not where the others are
                    continue
                self.ent_countries.append((ent, cc))
                if not ent.ent_id_:
                    self.place_tokens.update(range(ent.start, ent.end))

    def _may_place(self, ent: Span, cc: str) -> bool:
        """Whether a name can place a phrase in ``cc``: not a town that only another
        country's gazetteer has ("Cascina", an Italian village) in a report about a country
        of its own, unless the report names that country or names it more than once."""
        return (
            not self.focus
            or cc == self.focus
            or ent.label_ == "NORP"
            or _counted(cc, self.named, self.counts)
        )

    def _pick(self, found: list[str]) -> str:
        """Of several countries (nearest first): the report's own where it is among them,
        else the one the report names most, the nearest on a tie."""
        if self.focus in found:
            return self.focus or found[0]
        return max(found, key=lambda c: (self.counts.get(c, 0), -found.index(c)))

    def _pick_placed(self, found: list[tuple[Span, str]]) -> str:
        """:meth:`_pick` over the countries of ``found`` (the sentences before a phrase,
        nearest first); but where the report has a country of its own that is not among them
        and none of them is named as a place ("in Kenya", a town), only as an actor ("Kenyan
        officials", "funded by the United States"), the report's own country."""
        ccs = list(dict.fromkeys(cc for _e, cc in found))
        if self.focus and self.focus not in ccs:
            # a town of another country counts only where the report names that country too,
            # or more than once ("Nazon", a Port-au-Prince district, is also a village in
            # Ecuador)
            placed = [
                cc
                for e, cc in found
                if _named_as_place(e) and _counted(cc, self.named, self.counts)
            ]
            if not placed:
                return self.focus
            ccs = list(dict.fromkeys(placed))
        return self._pick(ccs)

    def of(self, head: Token) -> str | None:
        """The country of the phrase headed by ``head``: a demonym or a country's possessive
        on it ("Nigerian bandits"), else the countries named in its sentence (a town, a
        province, a country, a demonym), else in the two sentences before (the nearest),
        else the report's own country (:func:`_focus_country`), else the country the report
        names most, half again as often as any other."""
        for child in head.lefts:
            if child.dep_ not in ("amod", "compound", "nmod", "poss"):
                continue
            # "Colombian drug trafficking gangs": the demonym may modify a modifier
            for tok in (child, *(t for t in child.subtree if t.i != child.i)):
                cc = _nation_of(tok, self.named)
                if cc:
                    return cc
        sent = head.sent
        here = sorted(
            (
                (abs(ent.start - head.i), cc)
                for ent, cc in self.ent_countries
                if sent.start <= ent.start < sent.end and self._may_place(ent, cc)
            ),
            key=lambda dc: dc[0],
        )
        if here:
            return self._pick(list(dict.fromkeys(cc for _d, cc in here)))
        floor = sent.start
        for _ in range(2):
            if floor > 0:
                floor = self.doc[floor - 1].sent.start
        before = [
            (ent, cc) for ent, cc in reversed(self.ent_countries) if floor <= ent.start < sent.start
        ]
        if before:
            return self._pick_placed(before)
        if self.focus:
            return self.focus
        ranked = sorted(self.counts.values(), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0] >= 1.5 * ranked[1]):
            return max(self.counts, key=lambda c: self.counts[c])
        return None


def _counted(cc: str, named: Collection[str], counts: Mapping[str, int]) -> bool:
    """Whether the report's text gives country ``cc`` weight of its own: it names the country,
    or places in it more than once (a lone town of another country's gazetteer does not)."""
    return cc in named or counts.get(cc, 0) >= 2
