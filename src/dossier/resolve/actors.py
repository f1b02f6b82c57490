"""Resolve actor mentions within a document to canonical actors.

Steps, in order:

1. keep ORG/PERSON mentions (and gazetteer matches of any label), reject junk spans: headings
   ("Sending Direct Messages: Through"), capitalised common words in titles ("Consolidate"),
   periods ("the Republic period"), and places the model tagged as organisations ("Quetta");
2. strip role phrases off people ("journalist Seymour Hersh" → Seymour Hersh) and note the
   organisation a role links them to ("leader of Hezb-e Islami party Gulbuddin Hekmatyar");
3. map each surface form to a key: the gazetteer (exact alias, then a strict fuzzy match for
   long names), acronyms defined in the text ("Islamic State-Khorasan Province (ISKP)"),
   short forms of people named in full earlier ("Sadat" after "Sami Sadat");
4. group mentions by key into :class:`~dossier.records.Actor` records;
5. add the unnamed armed collectives ("gunmen", "armed bandits") that no other mention covers
   as unidentified groups of their country (:mod:`dossier.resolve.unidentified`).

A branch is never merged with its parent: keys come from distinct gazetteer entries and fuzzy
matching only accepts near-identical spellings of one entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from itertools import islice
from typing import Any

from rapidfuzz import fuzz, process
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from wordfreq import iter_wordlist, zipf_frequency

from dossier.datafiles import literal_alternation, load_yaml
from dossier.nlp.named_actors import (
    CUED,
    GANG_OWNED,
    OWNED,
    body_nouns,
    coalition_modifier,
    member_nouns_after,
    navy_of_ship,
    possessive_owner,
)
from dossier.nlp.person_names import name_particles, nickname_pattern
from dossier.nlp.place_names import load_place_cues, movement_head
from dossier.nlp.text import doc_ents, doc_text
from dossier.nlp.titles import load_titles
from dossier.nlp.token_table import doc_tokens
from dossier.nlp.unit_names import (
    is_body_head,
    is_numbered_unit,
    is_subnational_body,
    unit_nouns,
)
from dossier.records import Actor, ActorEntry, Mention
from dossier.resolve.actor_gazetteer import (
    ActorGazetteer,
    is_acronym,
    load_actor_gazetteer,
    normalise_name,
)
from dossier.resolve.geo_gazetteer import country_english_name, open_geo_gazetteer
from dossier.resolve.geo_rules import is_demonym
from dossier.resolve.states import (
    FORCES_PREFIX,
    NationalForce,
    StateMention,
    action_nouns,
    armed_forces_key,
    armed_nouns,
    country_counts,
    country_of_name,
    document_year,
    ended_before,
    national_force_name,
    place_countries,
    police_nouns,
    report_country,
    state_key,
)
from dossier.resolve.unidentified import (
    UnidentifiedMention,
    keep_unidentified,
    load_unidentified_rules,
    unidentified_mentions,
)
from dossier.sources import source_names

ACTOR_LABELS = {"ORG", "PERSON", "NORP"}
_LIST_MARKER = re.compile(r"^\s*(?:\d{1,2}\s*[-.):]|[•*\-–])?\s*$")
_COLON_AFTER = re.compile(r"\s*:")
# (s16) a label's lower-case words then a colon after a capitalised word opening a line
_LABEL_AFTER = re.compile(r"(?:\s+[a-z]+){0,1}\s+(?P<noun>[a-z]+)\s*:\s")
# "Long Name (ACR)", and "English Name (Native Name, ACR)" with an optional language label
# ("(Spanish: Ejército de Liberación Nacional, ELN)")
# (s24) an acronym's letters: Latin capitals with their accented forms ("ÇKD", "FDLR")
_ACR_CHARS = "A-Z\u00c0-\u00de\u0100-\u017f"
_ACRONYM_DEF = re.compile(
    r"\s*\(\s*(?:the\s+)?"
    r"(?:(?:[A-Z][a-z]+\s*:\s*)?(?P<native>[^\W\d_][^()\[\],;:]{2,80}?)\s*[,;]\s*)?"
    rf"(?P<acr>[{_ACR_CHARS}][{_ACR_CHARS}a-z0-9\-]{{1,9}})\s*\)"
)
# "Long Name (ACR, Native Name)": the acronym first, then the name in another language
# (often in italics: "(SSA, *Jihaz Da'm al-Istiqrar*)"), or a nickname in quotes or after
# "or simply" / "also known as" (s24: "(ZDF, "Chipolopolo")", "(KaH, or simply al-Karama)")
_ACRONYM_FIRST_DEF = re.compile(
    rf"\s*\(\s*(?:the\s+)?(?P<acr>[{_ACR_CHARS}][{_ACR_CHARS}a-z0-9\-]{{1,9}})\s*[,;]\s*"
    r"(?:or\s+simply\s+|or\s+|also\s+(?:known\s+as|called|written)\s+|known\s+as\s+)?"
    r"(?:[A-Z][a-z]+\s*:\s*)?[*_\"\u201c\u2018]{0,2}"
    r"(?P<native>[^\W\d_][^()\[\],;:*_\"\u201c\u201d]{2,80}?)[*_\"\u201d\u2019]{0,2}\s*\)"
)


# new actors that belong to one country: a ministry, a state's unit, a numbered front
_COUNTRY_BOUND_TYPES = frozenset({"government", "state_forces", "armed_group"})


def new_key(name: str) -> str:
    """Key of an actor the gazetteer lacks: ``new:`` plus a slug of its normalised name."""
    return "new:" + re.sub(r"[^\w]+", "-", normalise_name(name)).strip("-")


@dataclass(frozen=True)
class ActorRules:
    role_words: frozenset[str]
    membership_roles: frozenset[str]
    period_words: frozenset[str]
    type_cues: tuple[tuple[str, tuple[str, ...]], ...]
    markings: tuple[tuple[str, frozenset[str]], ...] = ()  # "TLP" -> its values
    group_nouns: frozenset[str] = frozenset()  # "gang" of "the Gran Grif gang"
    place_after: frozenset[str] = frozenset()  # "camp" of "Zamzam camp"
    thing_after: frozenset[str] = frozenset()  # "footage" of "CCTV footage"
    people_after: frozenset[str] = frozenset()  # "militia" of "a Hutu militia"
    outlet_after: frozenset[str] = frozenset()  # "media" of "its Hakkal media outlet"
    outlet_before: frozenset[str] = frozenset()  # "newspaper" of "the newspaper La Opinión"
    weapon_names: frozenset[str] = frozenset()  # "IED"
    armed_member_nouns: frozenset[str] = frozenset()  # "rebels" of "rebels of the X"
    platforms: frozenset[str] = frozenset()  # "Telegram"
    credit_prefixes: tuple[str, ...] = ()  # "reporting by"
    operation_words: frozenset[str] = frozenset()  # "Operation"
    faith_adjectives: frozenset[str] = frozenset()  # "Muslim"
    outlet_last_words: frozenset[str] = frozenset()  # "Info" of "Mimi Mefo Info"
    subunit_nouns: frozenset[str] = frozenset()  # "unit" of "Hezbollah's elite unit"
    abbreviations: frozenset[str] = frozenset()  # "incl" of "Incl."
    text_names: frozenset[str] = frozenset()  # "law" of "the Military Service Law"
    post_acronyms: frozenset[str] = frozenset()  # "DGP"


@lru_cache(maxsize=1)
def load_actor_rules() -> ActorRules:
    data = load_yaml("actor_rules.yaml")
    return ActorRules(
        role_words=frozenset(data["role_words"]),
        membership_roles=frozenset(data["membership_roles"]),
        period_words=frozenset(data["period_words"]),
        type_cues=tuple((k, tuple(v)) for k, v in data["type_cues"].items()),
        markings=tuple(
            (str(k), frozenset(str(v).upper() for v in vs))
            for k, vs in (data.get("markings") or {}).items()
        ),
        group_nouns=frozenset(str(w).lower() for w in data.get("named_group_nouns") or ()),
        place_after=frozenset(
            str(w).lower() for w in (data.get("not_actor_before") or {}).get("places") or ()
        ),
        thing_after=frozenset(
            str(w).lower() for w in (data.get("not_actor_before") or {}).get("things") or ()
        ),
        people_after=frozenset(
            str(w).lower() for w in (data.get("not_actor_before") or {}).get("people") or ()
        ),
        outlet_after=frozenset(
            str(w).lower() for w in (data.get("not_actor_before") or {}).get("outlets") or ()
        ),
        outlet_before=frozenset(str(w).lower() for w in data.get("outlet_nouns_before") or ()),
        weapon_names=frozenset(str(w) for w in data.get("weapon_names") or ()),
        armed_member_nouns=frozenset(str(w).lower() for w in data.get("armed_member_nouns") or ()),
        platforms=frozenset(str(w) for w in data.get("platforms") or ()),
        credit_prefixes=tuple(str(w).lower() for w in data.get("credit_line_prefixes") or ()),
        operation_words=frozenset(str(w) for w in data.get("operation_words") or ()),
        faith_adjectives=frozenset(str(w).lower() for w in data.get("faith_adjectives") or ()),
        outlet_last_words=frozenset(str(w).lower() for w in data.get("outlet_last_words") or ()),
        subunit_nouns=frozenset(str(w).lower() for w in data.get("subunit_nouns") or ()),
        abbreviations=frozenset(str(w).lower() for w in data.get("abbreviations") or ()),
        text_names=frozenset(str(w).lower() for w in data.get("text_name_words") or ()),
        post_acronyms=frozenset(str(w) for w in data.get("post_acronyms") or ()),
    )


_WORD_BEFORE_OF = re.compile(r"([A-Za-z]+)\s+of\s+(?:the\s+)?$")
_WORD_BEFORE = re.compile(r"([\w.\u2019'-]+)\s+$")
# (s17) an outlet's noun of two words before a name ("news agency SUNA"), or of one before
# an acronym whose other name the bracket gives ("broadcaster RTN (Télé Sahel)")
_OUTLET_BEFORE = re.compile(
    r"(?P<adj>[\w-]+)\s+(?P<noun>[\w-]+)\s+(?:[A-Z][A-Za-z]{1,6}\s*\(\s*)?$"
)
_WORD_BEFORE_COMMA = re.compile(r"([\w.\u2019'-]+),?\s+$")
_BODY_WORDS = frozenset(
    {
        "army",
        "military",
        "police",
        "ministry",
        "foreign",
        "defence",
        "defense",
        "interior",
        "government",
        "armed",
        "forces",
        "security",
        "presidential",
        "state",
        "navy",
    }
)


# words of tenure between a country and a role ("Lebanon's new president")
_TENURE_WORDS = frozenset({"new", "newly", "interim", "incoming", "outgoing", "then", "elected"})


def _country_before(text: str, start: int, rules: ActorRules) -> str | None:
    """The country that a nationality or a country's name before a person's or a body's role
    words gives ("Mozambican President Filipe Nyusi", "Ugandan army spokesman Brig. Gen.
    Felix Kulayigye", "Britain's Ministry of Defence", "Iranian foreign ministry")."""
    titles = load_titles()
    words = rules.role_words | titles.heads | titles.modifiers | titles.connectors | _BODY_WORDS
    pos = start
    for step in range(7):
        # "Lebanon's new president, Joseph Aoun": a comma before the name only
        found = (_WORD_BEFORE_COMMA if step == 0 else _WORD_BEFORE).search(
            text, max(0, pos - 60), pos
        )
        if found is None:
            return None
        word = found.group(1)
        bare = word.rstrip(".").lower()
        if bare in words or bare in _TENURE_WORDS or bare in {w.lower() for w in rules.role_words}:
            pos = found.start()
            continue
        if "," in found.group(0):
            return None  # "In Kabul, Ahmad said": only a role stands before the comma
        if word[:1].isupper() and (word.endswith(("'s", "\u2019s")) or is_demonym(word)):
            return country_of_name(word)
        return None
    return None


_BRACKETED_NOUN = re.compile(r"\s*\(\s*([a-z]+)\s*\)")
_NEXT_WORDS = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


# a clock time right before a time zone: "14:05 GMT", "4:30 p.m. EST", "(2130 GMT"
_CLOCK_BEFORE = re.compile(
    r"(?:\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|\(\s*\d{4}"
    r"(?:\s*hrs?\.?)?|\b\d{4}\s*(?:hrs?|hours))\s*$",
    re.I,
)


def _place_noun_after(m: Mention, text: str, rules: ActorRules) -> bool:
    """A place's noun right after a name ("the Haro woreda", "the Bakassi weekly market"):
    the name is that place's."""
    after = _NEXT_WORDS.match(text, _past_bracket(text, m))
    if after is None:
        return False
    first, second = after.group(1), after.group(2) or ""
    return (
        first in rules.place_after
        or (first == "border" and second in rules.place_after)
        # (s19) "the Rumangabo training camp", "the Kakuma refugee camp": a common word
        # between the name and the place's noun
        or (second in rules.place_after and _site_modifier(m.text, first, text))
    ) and (_unit_signature(m.text) is None and not _owned_site(m.text, first))
    # not "a 166 Brigade checkpoint" nor (s22) "the Sahel Liberation Army garrison": the
    # unit's or the group's, and the unit or the group is the actor


def _places_by_noun(
    text: str, mentions: Sequence[Mention], unknown: Callable[[Mention], bool], rules: ActorRules
) -> set[str]:
    """(s25) Unknown names (no gazetteer entry) that one of their mentions writes before a
    place's noun ("Haro woreda", "the Bakassi weekly market"): a place wherever the report
    writes them ("Kellem / Haro" in a table), as no group's name holds a place's
    noun after it. Names with a word that types a group or a body are left alone."""
    return {
        m.text
        for m in mentions
        if m.label in ACTOR_LABELS
        and unknown(m)
        and _type_from_cues(m.text, m.label, rules) in ("organization", "person")
        and _place_noun_after(m, text, rules)
    }


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    """``time_zones`` of ``data/actor_rules.yaml``."""
    return frozenset(str(w) for w in load_yaml("actor_rules.yaml").get("time_zones") or ())


@lru_cache(maxsize=1)
def _not_actor_forms() -> tuple[frozenset[str], re.Pattern[str]]:
    """``not_actor_words`` and ``document_code`` of ``data/actor_rules.yaml``."""
    data = load_yaml("actor_rules.yaml")
    return (
        frozenset(str(w) for w in data.get("not_actor_words") or ()),
        re.compile(str(data.get("document_code") or r"(?!)")),
    )


# a number, or a range of two ("11–12" of "11–12 Mar" in a table's date column)
_DIGITS = re.compile(r"\d+(?:[-\u2013]\d+)?")


# (s22) a bracket right after a name, or the bracket a name stands in: "the Kalma (Nyala)
# camp" names the camp's place by both its names
_BRACKET_AFTER = re.compile(r"[ \t]*\([^()\n]{1,40}\)")


def _past_bracket(text: str, m: Mention) -> int:
    """Where the words after ``m`` start once a short bracket after it ("Kalma
    (Nyala) camp"), or the closing bracket of the one it fills ("(Nyala)
    camp"), is passed over."""
    if _body_named(m.text):
        return m.end  # "the Kivu Front (Masisi) village militia": the group's, not a place
    found = _BRACKET_AFTER.match(text, m.end)
    if found is not None:
        # not a group's acronym ("the Kivu Front (KF) video"): the bracket is its short name,
        # and the noun after it is the group's thing, not a place or a thing it names
        return m.end if _bracket_acronym(found.group().strip(" \t()")) else found.end()
    if text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")":
        return m.end if _bracket_acronym(m.text) else m.end + 1
    return m.end


def _non_actor_reason(
    m: Mention, text: str, rules: ActorRules, places: Collection[str] = ()
) -> str | None:
    """Why a name the gazetteer lacks names no actor: a platform ("Telegram"), an operation
    ("Operation Shujaa"), a place or a thing by the noun after it ("Zamzam camp", "the Adre
    border crossing", "CCTV footage"), a reporter on a credit line ("Reporting by ..."), a
    nationality with a faith ("Ugandan Muslim")."""
    words = m.text.split()
    if m.text in rules.platforms:
        return "a platform"
    if _in_foreign_stretch(m, text):
        return "a word of another language"  # (s23) "Période couverte : du 3 au 16 ..."
    words_out, code = _not_actor_forms()
    if m.text in words_out:
        return "a word no actor"  # "Allahu" of "Allahu akbar", "LNG"
    if code.match(m.text):
        return "a document code"  # "ICD-203"
    if m.text in _time_zones() and _CLOCK_BEFORE.search(text[max(0, m.start - 20) : m.start]):
        return "a time zone"  # "14:05 GMT", "(2130 GMT)"; not "Bangladesh's ICT"
    if m.text in rules.weapon_names or (words and words[0] in rules.weapon_names):
        return "a weapon"
    if (
        m.text in rules.post_acronyms
        and not _outlet_noun_before(m, text, rules)
        and not _defined_in_brackets(m.text, text)
    ):
        return "a post"  # "the removal of the DGP"; not "quoted by the state agency ACP"
    if (
        len(words) > 1
        and any(_DIGITS.fullmatch(w) for w in words)
        and all(
            _DIGITS.fullmatch(w)
            or w.strip(".,").lower() in _calendar_words()
            # (s16) "EC / 5 Oct 2025": a calendar's initials and a slash between two dates
            or not any(c.isalnum() for c in w)
            or (w.isupper() and len(w) <= 2)
            for w in words
        )
        and any(w.strip(".,").lower() in _calendar_words() or len(w) == 4 for w in words)
    ):
        return "a date"  # "Mon 14 Jul" in a table's date column
    if len(words) == 1 and m.label == "ORG" and m.text.istitle() and _group_noun(m.text):
        return "a group noun alone"  # "Tribe" of "Scheduled Tribe status"
    if len(words) > 1 and words[0] in rules.operation_words:
        return "an operation"
    if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in rules.text_names:
        return "a text's name"  # "the People's Military Service Law", "the Pretoria Accord"
    line = text[text.rfind("\n", 0, m.start) + 1 : m.start].lower().lstrip(" *_-\u2014(")
    if line.startswith(rules.credit_prefixes):
        return "a credit line"
    noun_in_brackets = _BRACKETED_NOUN.match(text, m.end)
    if noun_in_brackets is not None and noun_in_brackets.group(1).lower() in _venue_nouns():
        return "a venue's name"  # (s23) a table's "X (monastery)"
    after = _NEXT_WORDS.match(text, _past_bracket(text, m))
    if after is not None:
        first, second = after.group(1), after.group(2) or ""
        venues = _venue_nouns()
        if (
            first in venues or (second in venues and _site_modifier(m.text, first, text))
        ) and not _owned_site(m.text, first):
            return "a venue's name"  # (s23) "the Tunga secondary school"
        if _place_noun_after(m, text, rules):
            return "a place's name"
        if first in rules.thing_after:
            return "a thing's name"
        if (
            (first in rules.people_after or f"{first} {second}" in rules.people_after)
            and m.label == "PERSON"
            and len(words) == 1
        ):
            return "a people's name"  # "a Hutu militia", "a Hutu armed group"
    if (
        m.label == "PERSON"
        and len(words) > 1
        and all(is_demonym(w) or w.lower() in rules.faith_adjectives for w in words)
    ):
        return "a nationality"
    if len(words) == 1 and m.text.lower() in rules.faith_adjectives:
        return "a faith"  # "the Salafi-leaning current"
    if m.label == "PERSON" and not any(c.isupper() for c in m.text) and _mixed_case(text):
        return "a phrase in lower case"  # (s17) "control of diaspora funding": no one's name
    if len(words) == 1 and m.label in ("PERSON", "ORG") and _plural_demonym(m.text, places):
        return "a people's plural"  # (s17) "for many Darfuris", where the text names Darfur
    return None


_LETTER_WORD = re.compile(r"[^\W\d_]+")
_STRETCH_ENDS = '\n"\u00ab\u00bb\u201c\u201d\u201e()[]'


@lru_cache(maxsize=1)
def _foreign_stretch_rules() -> tuple[tuple[str, ...], float, float, int, int, float]:
    """``foreign_stretch`` of ``data/actor_rules.yaml``: the languages an English word is
    weighed against, the English zipf floor, the margin, the window, the least number of
    lower-case words in it and the most English share of a foreign stretch."""
    spec = load_yaml("actor_rules.yaml")["foreign_stretch"]  # as the build script reads it
    return (
        tuple(spec["languages"]),
        float(spec["english_min_zipf"]),
        float(spec["margin"]),
        int(spec["window"]),
        int(spec["min_words"]),
        float(spec["max_english_share"]),
    )


@lru_cache(maxsize=1)
def _english_table() -> tuple[frozenset[str], frozenset[str]] | None:
    """``data/english_words.yaml`` (built by ``scripts/build_english_words.py``): English's
    common words and those of them more common in a neighbouring language, answered once so
    that no worker loads a dozen word lists. None where it was built with other settings or
    another ``wordfreq``: then every word is weighed at run time."""
    languages, floor, margin, _, _, _ = _foreign_stretch_rules()
    table = load_yaml("english_words.yaml")
    try:
        built_with = version("wordfreq")
    except PackageNotFoundError:
        return None
    if (
        table.get("wordfreq") != built_with
        or tuple(table.get("languages") or ()) != languages
        or float(table.get("english_min_zipf", -1)) != floor
        or float(table.get("margin", -1)) != margin
    ):
        return None
    top = frozenset(islice(iter_wordlist("en"), int(table.get("top_count", 0))))
    return top, frozenset(table.get("not_english") or ())


def preload_english_words() -> None:
    """Build the English-word table now, so that worker processes forked afterwards share it
    instead of each reading English's word list again."""
    _english_table()


@lru_cache(maxsize=8192)
def _english_word(word: str) -> bool:
    """A word common in English and not much more common in a neighbouring language ("de"
    and "du" are French or Spanish first; "bureau" and "radio" English enough)."""
    languages, floor, margin, _, _, _ = _foreign_stretch_rules()
    low = word.lower()
    english = zipf_frequency(low, "en")
    if english < floor:
        return False
    table = _english_table()
    if table is not None and low in table[0]:
        return low not in table[1]
    return all(english + margin >= zipf_frequency(low, lang) for lang in languages)


def _english_part(words: Sequence[str]) -> float:
    return sum(_english_word(w) for w in words) / len(words) if words else 1.0


def _in_foreign_stretch(m: Mention, text: str) -> bool:
    """(s23) A name whose words are not English, amid words of another language on its line
    ("Ripoti za washirika wa kibinadamu", a quote in Cyrillic, a date line in Ge'ez): a word
    of that language, no actor. The stretch is judged by its words in lower case or in a
    script without case, so that a row of names is no foreign stretch."""
    _, _, _, window, min_words, most = _foreign_stretch_rules()
    if _english_part(_LETTER_WORD.findall(m.text)) > most:
        return False
    # the stretch ends at the line's ends and at quote marks and brackets: a quote in
    # another language inside an English sentence is a stretch of its own
    start = max(text.rfind(c, 0, m.start) for c in _STRETCH_ENDS) + 1
    ends = [e for e in (text.find(c, m.end) for c in _STRETCH_ENDS) if e >= 0]
    end = min(ends, default=len(text))
    before = _LETTER_WORD.findall(text[start : m.start])[-window:]
    after = _LETTER_WORD.findall(text[m.end : end])[:window]
    # a one-letter word counts where it is not ASCII: "и", or the Ge'ez "ዓ.ም." of a date
    common = [w for w in before + after if not w[0].isupper() and (len(w) > 1 or not w.isascii())]
    return len(common) >= min_words and _english_part(common) <= most


@lru_cache(maxsize=1)
def _member_and_group_nouns() -> frozenset[str]:
    """The nouns of a group and of its members ("militia", "rebel", "fighters"): those of
    ``member_nouns_after``, ``armed_member_nouns`` and ``group_objects``, and the group
    nouns of ``data/nominals.yaml``."""
    bodies, members = _group_objects()
    rules = load_actor_rules()
    return frozenset(
        member_nouns_after() | rules.armed_member_nouns | bodies | members | _group_noun_words()
    )


def _site_modifier(name: str, first: str, text: str) -> bool:
    """(s19) ``first``, between ``name`` and a site's noun ("the Rumangabo training camp"), is
    a common word that makes ``name`` the site's place: not a noun of forces, of a group or
    of its members ("a Nyatura rebel camp": the group's camp), and ``name`` is named nowhere
    in the text as a group ("the Kifuafua militia ... a Kifuafua toll checkpoint")."""
    if first.lower() in _force_nouns() or first.lower() in _member_and_group_nouns():
        return False
    if zipf_frequency(first, "en") < _known_word_zipf():
        return False
    before_noun = re.compile(rf"(?<![\w-]){re.escape(name)}\s+([a-z]+)\b")
    return not any(
        f.group(1) in _member_and_group_nouns() or f.group(1) in _force_nouns()
        for f in before_noun.finditer(text)
    )


@lru_cache(maxsize=1)
def _known_word_zipf() -> float:
    """``known_word_min_zipf`` of ``data/actor_rules.yaml``: a word at least this common is a
    word of English, not a group's own name or a site's."""
    return float(load_yaml("actor_rules.yaml").get("known_word_min_zipf", 2.5))


def _defined_in_brackets(acr: str, text: str) -> bool:
    """(s19) The text spells ``acr`` out before it in brackets ("the Agence Congolaise de
    Presse (ACP)"): the initials of that body, whatever office they also abbreviate."""
    for found in re.finditer(rf"\(\s*{re.escape(acr)}\s*\)", text):
        before = text[max(0, found.start() - _BRACKET_MAX) : found.start()].split("\n")[-1]
        words = re.findall(r"[^\W\d_][\w'\u2019-]*", before)
        capitals = [w for w in words if w[:1].isupper()]
        if len(capitals) >= len(acr) and _all_initials(" ".join(capitals[-len(acr) :])) == acr:
            return True
    return False


def _outlet_noun_before(m: Mention, text: str, rules: ActorRules) -> bool:
    """(s19) An outlet's noun of ``outlet_nouns_before`` right before ``m`` ("the state
    agency ACP", "the broadcaster RTN"): ``m`` names that outlet."""
    word = _WORD_BEFORE.search(text, max(0, m.start - _NEAR), m.start)
    if word is not None and word.group(1) in rules.outlet_before:
        return True  # "cited by the newspaper La Opinión" (in lower case: "Daily" opens names)
    pair = _OUTLET_BEFORE.search(text, max(0, m.start - _NEAR - 10), m.start)
    return pair is not None and (
        pair.group("noun").lower() in rules.outlet_before
        or f"{pair.group('adj')} {pair.group('noun')}".lower() in rules.outlet_before
    )


def _mixed_case(text: str) -> bool:
    """Whether the document is written in mixed case (a lower-case one, as MUC-4's texts
    before truecasing, tells nothing by the case of a word)."""
    return _mixed_case_head(text[:5000])


@lru_cache(maxsize=8)
def _mixed_case_head(head: str) -> bool:
    """:func:`_mixed_case` of a document's first 5,000 characters, read once per document
    (it is asked for every mention)."""
    letters = [c for c in head if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.01 * len(letters)


@lru_cache(maxsize=1)
def _plural_demonym_endings() -> tuple[str, ...]:
    """``plural_demonym_endings`` of ``data/actor_rules.yaml``, longest first."""
    words = load_yaml("actor_rules.yaml").get("plural_demonym_endings") or ()
    return tuple(sorted((str(w) for w in words), key=len, reverse=True))


def _plural_demonym(name: str, places: Collection[str]) -> bool:
    """ "Darfuris" in a text that names the place "Darfur": one capitalised word, a plural
    of the people of a place the same text names (four letters at least). Only a place's
    name counts: "the Dozos" after "Dozo hunters" is a militia named after its members."""
    if not name[:1].isupper() or not name.endswith("s") or name.isupper():
        return False
    return any(
        name.endswith(ending) and len(name) - len(ending) >= 4 and name[: -len(ending)] in places
        for ending in _plural_demonym_endings()
    )


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _place_names(doc: Doc) -> frozenset[str]:
    """The names the model or the place ruler took for places in ``doc``."""
    return frozenset(ent.text for ent in doc_ents(doc) if ent.label_ in _PLACE_LABELS)


def _people_names(text: str, rules: ActorRules) -> frozenset[str]:
    """Capitalised words the report writes before a noun of a people ("the Meitei majority",
    "the Kuki-Zo communities": ``not_actor_before.people`` of ``data/actor_rules.yaml``):
    the names of peoples, no persons."""
    # not "militia": "the Hemedti militia" is a man's
    words = rules.people_after - {"militia", "militias"}
    nouns = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if not nouns:
        return frozenset()
    found = re.finditer(rf"\b([A-Z][\w'\u2019]*(?:-[A-Z][\w'\u2019]*)*)\s+(?:{nouns})\b", text)
    return frozenset(m.group(1) for m in found)


def _people_name(name: str, peoples: frozenset[str]) -> bool:
    """A one-word name (with its plural) of a people the report names as one."""
    word = name.strip()
    if " " in word or not word:
        return False
    return word in peoples or (word.endswith("s") and word[:-1] in peoples)


def _credit_line_names(text: str, rules: ActorRules) -> list[str]:
    """The names on the report's credit, author and copyright lines ("© Northeast Security
    Observatory, Guwahati" gives "Northeast Security Observatory")."""
    out: list[str] = []
    for line in text.splitlines():
        low = line.lower().lstrip(" *_-\u2014(")
        prefix = next((p for p in rules.credit_prefixes if low.startswith(p)), None)
        if prefix is None:
            continue
        rest = line.lstrip(" *_-\u2014(")[len(prefix) :].lstrip(" :")
        # "© 2025 Crónica Norte S.A.S. · Cúcuta": no year, no company form
        rest = re.sub(r"^(?:\d{4}(?:\s*[-\u2013]\s*\d{2,4})?\s*,?\s*)", "", rest)
        first = re.split(r"[,;|()\u00b7\u2022]|\s[-\u2013\u2014]\s", rest, maxsplit=1)[0]
        name = re.sub(r"^the\s+", "", _COMPANY_FORM.sub("", first.strip()).strip())
        words = name.split()
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            out.append(name)
    # "PEMBA, Mozambique, March 3 (Reuters) -": the wire that files the report
    out += [m.group(1) for m in _DATELINE_AGENCY.finditer(text)]
    return out


_COMPANY_FORM = re.compile(
    r"\s+(?:S\.?A\.?S\.?|S\.?A\.?|S\.?L\.?|Ltd\.?|Limited|Inc\.?|LLC|GmbH|PLC|plc)\s*$"
)
# a wire dateline: "CITY, Country, May 3 (Reuters) - " at the start of a line
_DATELINE_AGENCY = re.compile(
    r"(?m)^[A-Z][A-Z .'\u2019-]+,[^\n()]{0,60}\(([A-Z][A-Za-z&.]{1,14}(?: [A-Z][A-Za-z&.]+)?)\)"
    r"\s*[-\u2013\u2014]"
)


_NEXT_NAME = re.compile(r" ([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b(?![.'\u2019-])")


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    import calendar

    return frozenset(
        w.lower()
        for w in (
            *calendar.day_name,
            *calendar.day_abbr,
            *calendar.month_name,
            *calendar.month_abbr,
        )
        if w
    )


def _extra_surname(text: str, m: Mention) -> Mention | None:
    """The gazetteer's person's name followed by one more capitalised word that is no
    common word ("Joaquín Guzmán López", "Ismael Zambada Sicairos"): a longer name, another
    person (a son, a namesake); the mention runs on to that word."""
    if " " not in m.text.strip():
        return None
    found = _NEXT_NAME.match(text, m.end)
    if found is None:
        return None
    word = found.group(1)
    if word.lower() in _calendar_words() or zipf_frequency(word.lower(), "en") >= 4.0:
        return None
    return replace(m, end=found.end(1), text=text[m.start : found.end(1)])


# (s16) the publisher as the source of the story ("told Reuters", "according to Reuters",
# "Reuters reported", "(Reuters) -", "© Reuters"): no actor there, an actor anywhere else
_ATTRIBUTION_BEFORE = re.compile(
    r"(?:\b(?:told|tells|tell|telling|according\s+to|reported\s+by|quoted\s+by|cited\s+by|"
    r"seen\s+by|obtained\s+by|reviewed\s+by|said\s+to|spoke\s+to|speaking\s+to|talking\s+to|"
    r"interview\s+with|by|via|for|source:?|copyright)|[\u00a9(])\s*(?:the\s+)?$",
    re.I,
)
_ATTRIBUTION_AFTER = re.compile(
    r"\s*(?:\)|(?:has\s+|had\s+)?(?:reported|reports|report|said|says|learned|learnt|"
    r"understands|confirmed|saw|witnessed|counted|tallied|calculated|estimated|analysis|"
    r"tally|count|reporters?|correspondents?|journalists?\s+(?:saw|counted)|witness(?:es)?|"
    r"(?:could|can|was|were|has|have)\s+not\s+(?:been\s+able\s+to\s+)?(?:independently\s+)?"
    r"(?:verify|confirm|reach)|(?:was|were|is|has\s+been)\s+unable|contacted|has\s+seen)\b)",
    re.I,
)


# (s17) the words of a rights notice at the foot of a report: the publisher named there
# owns the text and takes no part in the story
@lru_cache(maxsize=1)
def _rights_notice() -> re.Pattern[str]:
    """The words of a rights notice (``rights_notice_words`` of ``data/actor_rules.yaml``),
    or "reproduction ... prohibited"."""
    words = [str(w) for w in load_yaml("actor_rules.yaml").get("rights_notice_words") or ()]
    # a word stands whole ("copyright", not "copyrighted"); a sign anywhere ("\u00a92025")
    phrases = [(w, r"\s+".join(map(re.escape, w.split()))) for w in words]
    alts = [rf"\b{p}\b" if w[:1].isalnum() else p for w, p in phrases]
    alts.append(r"\breproduction\b.{0,40}\bprohibited")
    return re.compile("|".join(alts) + r"|\(c\)\s", re.I)


# a rights notice is a short paragraph of its own, not a story that mentions copyright
_NOTICE_CHARS = 400


def _paragraph_at(text: str, pos: int) -> str:
    """The paragraph (between blank lines) around ``pos``."""
    start = text.rfind("\n\n", 0, pos)
    end = text.find("\n\n", pos)
    return text[start + 2 if start >= 0 else 0 : end if end >= 0 else len(text)]


def _attributed_to(m: Mention, text: str) -> bool:
    """Whether the publisher's name at ``m`` credits the story ("told Reuters", "Reuters
    reported", a credit or by-line) rather than taking part in it ("Reuters demanded his
    release", "a Reuters cameraman")."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end) % (len(text) + 1)
    notice = _paragraph_at(text, m.start)
    if len(notice) <= _NOTICE_CHARS and _rights_notice().search(notice):
        return True  # (s17) "Republication of Pan-African Wire content is prohibited"
    if not text[line_start : m.start].strip() and (
        not text[m.end : line_end].strip() or text[m.end : line_end].lstrip()[:1] in ",|-\u2014"
    ):
        return True  # a line of its own: a by-line or credit line
    return bool(
        _ATTRIBUTION_BEFORE.search(text[max(0, m.start - 30) : m.start])
        or _ATTRIBUTION_AFTER.match(text, m.end)
    )


_PARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(\"\u201c]))([A-Z][a-z]{0,2})[-\u2010]$")
_CAPITALISED_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019]+(?:-[A-Z][\w'\u2019]+)?)+")


def _longer_personal_name(m: Mention, text: str) -> Mention | None:
    """A gazetteer name that is a piece of a person's name: glued after a name particle and
    followed by a capitalised name ("Al-Fateh Qurashi" holds "Fateh", an alias of Fatah).
    Returns the whole name as a person's mention."""
    before = _PARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start)
    if before is None or before.group(1).lower() not in name_particles():
        return None
    after = _CAPITALISED_AFTER.match(text, m.end)
    if after is None:
        return None
    start, end = before.start(1), after.end()
    return replace(
        m,
        start=start,
        end=end,
        text=text[start:end],
        label="PERSON",
        source="rule",
        gazetteer_id=None,
        orig_start=m.orig_start - (m.start - start),
        orig_end=m.orig_end + (end - m.end),
    )


def _names_publisher(m: Mention, credited: Sequence[str], text: str = "") -> bool:
    """The publisher where it credits the story ("told Crónica Norte", "Reuters reported"),
    or an acronym of a name on the report's author or copyright line ("NESO" for "©
    Northeast Security Observatory"): its letters in order in that name, the first one
    the name's first."""
    if any(normalise_name(m.text) == normalise_name(name) for name in credited):
        return not text or _attributed_to(m, text)  # "told Reuters", not "Reuters demanded"
    if not is_acronym(m.text) or len(m.text) < 3:
        return False
    return any(
        name[:1].upper() == m.text[:1] and _initials_match(m.text, name) for name in credited
    )


_JOINED = re.compile(r"\s+(?:or|and|to)\s+|\s*[/\u2013]\s*")


_DATED_HEAD_AFTER = re.compile(
    r",?\s*(?:\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+"
    r"\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?)(?:,?\s+\d{4})?\s*(?:[:\u2014\u2013-]|\.(?=[ \t]+[A-Z]))"
)  # (s19) or a full stop, as in a bold run-in heading ("**Mir Ali, 9 September.** A bomb")


_LINE_HEAD_NAME = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}\s*[.)]|[\u2022*\-\u2013])?[ \t]*"
    r"(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,3})"
)


# (s22) a dated line that opens with its date: "- 4 Apr, Kutum (North Darfur): ...",
# "9 June — Palma: ...": the name right after the date is the incident's place
_DATE_FIRST_HEAD = re.compile(
    r"(?m)^[ \t]*(?:[\u2022*\-\u2013][ \t]*)?(?P<date>\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?"
    r"\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*[,:\u2014\u2013-]"
    r"[ \t]*(?P<name>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,3})(?=[ \t]*[,(:\u2014\u2013/|])"
)
_HEAD_TAIL = 45  # characters between a dated heading's place name and its colon
# (s22) what ends a dated heading: a colon, an em dash, or a dash or a bar between spaces
_HEAD_SEPARATOR = re.compile(r":|\s*\u2014\s*|\s[\u2013|-]\s")
# (s22) "Kutum (North Darfur)", "Tillaberi (Niger)": a name with a place in brackets after it
_PLACE_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][^()\n]{1,40})\)")


def _place_bracketed_names(
    doc: Doc, mentions: Sequence[Mention], is_place: Callable[[Mention], bool]
) -> set[str]:
    """(s22) Names (people's or organisations' by the model) written with a known place in
    brackets right after them, as an incident list or a table's location column writes a
    town and its province: "Kutum (North Darfur)", "| 9 Jan | Balad (Salahuddin) |". Not a
    person's alias in brackets ("Omar Hadi (Abu Bakr)"): the bracket must name a place, and
    no country ("Ali Warsame (Kenya)" tells a person's base), and never a name the report
    makes a subject, a possessor or an apposition ("Musa Danjuma (Gombe) told
    reporters": a person and his town)."""
    text = doc_text(doc)
    out: set[str] = set()
    personal: set[str] = set()
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in _PERSON_DEPS:
            personal.add(m.text)
        if m.gazetteer_id or m.label not in ("PERSON", "ORG"):
            continue
        found = _PLACE_IN_BRACKETS.match(text, m.end)
        if found is None or not _opens_cell(text, m.start) or _body_named(m.text):
            continue  # in running prose a name and a bracket are a person and his town
        inner = found.group(1).strip()
        if inner.replace(".", "").isupper() or _carried_by(m, text) or _attributed_to(m, text):
            continue  # "Sahel Press Service (SPS)"; "quoted by Frontier Post (Quetta)"
        line_end = text.find("\n", found.end()) % (len(text) + 1)
        if _about_a_person(text[found.end() : line_end]):
            continue  # (s22) "- 12 May, X (Kaduna) — gunmen abducted her sons": a person
        other = replace(m, start=found.start(1), end=found.start(1) + len(inner), text=inner)
        if country_of_name(inner) is None and is_place(other):
            out.add(m.text)
    return out - personal


_CELL_BREAKS = ("\n", "|", "\t")


@lru_cache(maxsize=1)
def _venue_nouns() -> frozenset[str]:
    """``venue_nouns`` of ``data/actor_rules.yaml``."""
    return frozenset(str(w).lower() for w in _rules_value("venue_nouns", ()))


@lru_cache(maxsize=1)
def _owned_site_nouns() -> frozenset[str]:
    """``owned_site_nouns`` of ``data/actor_rules.yaml``."""
    return frozenset(str(w).lower() for w in _rules_value("owned_site_nouns", ()))


def _owned_site(name: str, noun: str) -> bool:
    """(s22) Whether ``noun`` is a site a group holds (``owned_site_nouns``: "garrison",
    "barracks") and ``name`` a group's or a body's (``_body_named``): "the Sahel Liberation
    Army garrison" is the group's, not a place named after it."""
    return noun in _owned_site_nouns() and _body_named(name)


def _body_named(name: str) -> bool:
    """(s22) Whether ``name`` holds the noun of a group or a body (``name_tail_nouns``,
    ``body_nouns``): "Katiba Hanifa (Douentza)" heading an incident line is its perpetrator,
    not its place."""
    nouns = _name_tail_nouns() | body_nouns()
    return any(w.lower() in nouns for w in _LETTER_WORD.findall(name))


def _opens_cell(text: str, start: int) -> bool:
    """(s22) Whether the name at ``start`` opens its line or its table cell, after at most a
    bullet and a date ("- 14 Apr, X (Province):", "| 9 Jan 2026 | X (Province) |"): the
    place column of a list or a table, not running prose ("Bandits abducted X (Town)")."""
    cut = max(text.rfind(c, 0, start) for c in _CELL_BREAKS) + 1
    words = _LETTER_WORD.findall(text[cut:start])
    return all(_calendar_word(w) for w in words)


def _about_a_person(told: str) -> bool:
    """(s22) Whether an incident line's text speaks of its heading as a person: a personal
    pronoun ("gunmen abducted her two sons", "his guards were killed")."""
    return any(w.lower() in _personal_pronouns() for w in _LETTER_WORD.findall(told))


@lru_cache(maxsize=1)
def _personal_pronouns() -> frozenset[str]:
    """``personal_pronouns`` of ``data/actor_rules.yaml``."""
    return frozenset(str(w).lower() for w in _rules_value("personal_pronouns", ()))


def _date_first_heads(text: str, people: Collection[str]) -> set[str]:
    """(s22) The names right after the date that opens a line: "- 4 Apr, Kutum (North
    Darfur): RSF units retook ...". Only where the line tells an incident and opens with
    no quote (not "- 9 Apr, Musa Danjuma: "We will talk""), never a calendar word, never a
    name the report gives a person elsewhere in a person's role (``people``)."""
    out: set[str] = set()
    for found in _DATE_FIRST_HEAD.finditer(text):
        name = found.group("name")
        if _calendar_word(name) or not _calendar_word(found.group("date")) or _body_named(name):
            continue
        rest = text[found.end() : text.find("\n", found.end()) % (len(text) + 1)]
        # (s22) the heading ends at a colon or at a dash or bar between spaces: "- 19 Oct,
        # Fanga (Kutum) — gunmen ...", "4 Apr, Fanga | raid on ..."
        sep = _HEAD_SEPARATOR.search(rest)
        head, colon, told = (
            (rest[: sep.start()], sep.group(0), rest[sep.end() :]) if sep else (rest, "", "")
        )
        # the heading ends at its colon, a short way on: "Fanga, near Kutum (North
        # Darfur): A drone strike ..."; not "Musa Danjuma, the district head, said ..."
        if not colon or len(head) > _HEAD_TAIL or "\n" in head:
            continue
        if told.lstrip()[:1] in "\"\u201c\u2018'" or not _incident_line_words().search(told):
            continue
        if _about_a_person(told):
            continue  # "- 12 May, Amina Bello (Kaduna): gunmen abducted her two sons"
        if name in people and not any(w in head for w in ("(", " near ")):
            continue  # a person's name needs the heading's place words to be a place
        out.add(name)
    return out


@lru_cache(maxsize=1)
def _incident_line_words() -> re.Pattern[str]:
    """The words of an incident told after a dated heading's colon (``incident_line_words``
    of ``data/actor_rules.yaml``)."""
    words = load_yaml("actor_rules.yaml").get("incident_line_words") or ["attack"]
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w)) for w in words) + r")\b", re.I)


def dated_line_heads(
    text: str, people: Collection[str] = (), known_place: Callable[[str], bool] | None = None
) -> set[str]:
    """The names that open a line (after a list marker) followed by a day and a month and
    a colon: "- Ejere, 5 Oct: Armed men stopped a minibus", the heading of an incident at a
    place. A person's name (``people``) only where ``known_place`` knows it or the line
    tells an incident, never a speaker's dated quote ("- Kabiru Sadauki, 5 Oct: "We ..."")."""
    out: set[str] = set()
    for line in _LINE_HEAD_NAME.finditer(text):
        found = _DATED_HEAD_AFTER.match(text, line.end("name"))
        if found is not None and _calendar_word(found.group(0)):
            name = line.group("name")
            if _calendar_word(name):
                continue
            if name in people and not (known_place is not None and known_place(name)):
                rest = text[found.end() : text.find("\n", found.end()) % (len(text) + 1)]
                if rest.lstrip()[:1] in "\"\u201c\u2018'" or not _incident_line_words().search(
                    rest
                ):
                    continue
            out.add(name)
    return out


def _calendar_word(chunk: str) -> bool:
    """Whether a word of ``chunk`` is a calendar word (a month's or a weekday's name)."""
    return any(w.strip(".,:;").lower() in _calendar_words() for w in chunk.split())


def _or_named_place(
    is_place: Callable[[Mention], bool], names: set[str]
) -> Callable[[Mention], bool]:
    """``is_place``, or a name the report makes a place elsewhere."""
    return lambda m: m.text in names or is_place(m)


def _words_re(words: Iterable[object]) -> str:
    """An alternation of ``words`` in lower case (longest first, spaces as any run of
    blanks)."""
    return literal_alternation({str(w).lower() for w in words}).replace(r"\ ", r"\s+")


@lru_cache(maxsize=1)
def _place_context_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(s22) The contexts of ``place_context`` in ``data/actor_rules.yaml``: a dweller's or a
    part's noun before "of" ending where a name starts ("residents of nearby "), a
    preposition of place ending there ("an ambush at "), and, after a name, "in" and a
    place's name or an area's name with its administrative noun (", in Y State")."""
    data = _rules_value("place_context", {}) or {}
    dwellers = _words_re(data.get("dwellers_of") or ())
    locatives = _words_re(data.get("locatives") or ())
    admin = _words_re(data.get("admin_nouns") or ())
    near = r"(?:(?:nearby|neighbouring|neighboring|the)\s+)*"
    return (
        re.compile(rf"(?i:\b(?:{dwellers})\s+of\s+){near}$"),
        re.compile(rf"(?i:\b(?P<prep>{locatives})\s+){near}$"),
        re.compile(
            rf"\s*,?\s+(?i:in|near)\s+(?:the\s+)?(?P<area>[A-Z][\w'\u2019.-]*"
            rf"(?:\s+[A-Z][\w'\u2019.-]*){{0,3}}(?:'s|\u2019s)?(?:\s+(?i:{admin})\b)?)"
        ),
    )


def _acting_names(doc: Doc, mentions: Sequence[Mention]) -> set[str]:
    """(s22) Names the report makes act: the subject of a verb in one of their mentions
    ("X said", "X claimed the raid"), or the owner of a thing ("X's fighters")."""
    out: set[str] = set()
    text = doc_text(doc)
    for m in mentions:
        if text.startswith(("'s", "\u2019s"), m.end):
            out.add(m.text)
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "nsubj":
            out.add(m.text)
    return out


def _located_names(
    doc: Doc,
    mentions: Sequence[Mention],
    is_place: Callable[[Mention], bool],
    unknown: Callable[[Mention], bool],
    rules: ActorRules,
    acting: Collection[str],
) -> set[str]:
    """(s22) Unknown names (``unknown``: no gazetteer entry, no word that types a group or
    a body) that the sentence writes as a place's: after a dweller's or a part's noun and
    "of" ("the village head of X", "residents of nearby X"), or after a preposition of place
    with "in" and a place or an area right after ("the ambush at X in Y", "the strike on X,
    in Y State"). Never a name the report makes act elsewhere (``acting``, the
    :func:`_acting_names` of the mentions: a subject, an owner)."""
    dwellers, locative, located = _place_context_res()
    text = doc_text(doc)
    found: set[str] = set()
    for m in mentions:
        if m.label not in ("ORG", "PERSON") or m.text in found or not unknown(m):
            continue
        if _type_from_cues(m.text, m.label, rules) not in ("organization", "person"):
            continue  # "the X Brigade", "the X Party": the name's word types a group
        if _numbered_after_noun(m.text):
            continue  # (s24) "the camp of Light Infantry Battalion 345": a unit, no place
        before = text[max(0, m.start - 60) : m.start]
        generic = _generic_place_name(m.text, rules)
        if generic and (_carried_by(m, text) or _attributed_to(m, text)):
            continue  # "quoted by the Daily Border": an outlet
        if dwellers.search(before) or generic:
            found.add(m.text)
            continue
        route = _ROUTE_NOUN_AFTER.match(text, m.end)
        if route is not None and route.group("noun").lower() in rules.place_after:
            # "the Fanga-Kutum road", "the Kutum/Fanga axis": one end of a route
            found.add(m.text)
            continue
        after = located.match(text, m.end)
        if after is None or _everyday_word_in(m.text):
            continue  # "an analyst at Horizon Risk Partners in Nairobi": a body's name
        prep = locative.search(before)
        if prep is None and not (
            _place_context_comma().search(before)
            and " " not in m.text.strip()
            and text[m.end : after.start("area")].lstrip().startswith(",")
        ):
            continue
        if prep is not None and not _locative_on_place_head(
            doc, max(0, m.start - 60) + prep.start("prep")
        ):
            continue  # "a surgeon at X in Y", "speaking at X in Y": a workplace, a venue
        area_start = after.start("area")
        area = after.group("area")
        other = next(
            (o for o in mentions if o.start == area_start and o is not m),
            replace(m, start=area_start, end=after.end("area"), text=area),
        )
        last = re.sub(r"['\u2019]s$", "", area.split()[-1]).lower()
        if other.label in _PLACE_LABELS or is_place(other) or last in _place_context_admin():
            found.add(m.text)
    return found.difference(acting)


def _locative_on_place_head(doc: Doc, start: int) -> bool:
    """(s22d) Whether the preposition at character ``start`` names a place: any of
    ``place_context.locatives`` but those that ``verb_place_prepositions`` of
    ``data/place_nouns.yaml`` lists ("at"), which names one only on a verb or a noun of
    movement or attack ("the ambush at X"), not on a person's noun or a verb that takes an
    employer or a venue ("a surgeon at X", "speaking at X"). A noun that is itself the
    object of such a noun's preposition counts as that noun ("the ambush on a truck at X")."""
    cues = load_place_cues()
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span[0].lower_ not in cues.verb_place_prepositions:
        return True
    head = span[0].head
    return movement_head(span[0], cues) or (
        head.dep_ == "pobj" and head.head.dep_ == "prep" and movement_head(head.head, cues)
    )


# (s22) after a name, the other end of a route and the route's noun: "-Kutum road"
_ROUTE_NOUN_AFTER = re.compile(
    r"[-\u2013/]\s?[A-Z][\w'\u2019]+(?:\s+[A-Z][\w'\u2019]+)?\s+(?P<noun>[a-z]+)\b"
)


def _generic_place_name(name: str, rules: ActorRules) -> bool:
    """(s22) A name that is only everyday words ending in a noun of a place or an area,
    capitalised: "the International Border", "LGA", "the Western Region"; not "State"
    ("Islamic State"), not a name with a word of its own ("Zamfara Region" is the place
    lookup's business)."""
    words = [w.lower() for w in name.split()]
    if not words or words[0] == "the":
        words = words[1:]
    nouns = (rules.place_after | _place_context_admin() | _place_context_words("line_nouns")) - {
        "state"
    }
    if not words or words[-1] not in nouns or words[-1] in unit_nouns():
        return False  # "the Special Security Division" is a unit
    return all(zipf_frequency(w, "en") >= _EVERYDAY_ZIPF for w in words[:-1])


def _everyday_word_in(name: str) -> bool:
    """(s22) Whether ``name`` holds an everyday English word, as a body's or a firm's name
    does ("Sahel Watch", "Horizon Risk Partners") and a village's rarely does."""
    return any(
        zipf_frequency(w, "en") >= _EVERYDAY_ZIPF and w not in _place_context_words("name_words")
        for w in (w.lower() for w in _LETTER_WORD.findall(name))
    )


_EVERYDAY_ZIPF = 4.0  # a word this frequent in English is an everyday word, no name


@lru_cache(maxsize=1)
def _place_context_comma() -> re.Pattern[str]:
    """(s22) ``locatives_with_comma`` of ``place_context``, ending where a name starts."""
    data = _rules_value("place_context", {}) or {}
    return re.compile(rf"(?i:\b(?:{_words_re(data.get('locatives_with_comma') or ())})\s+)$")


@lru_cache(maxsize=8)
def _place_context_words(key: str) -> frozenset[str]:
    """(s22d) One word list of ``place_context`` in ``data/actor_rules.yaml``, lower-cased."""
    data = _rules_value("place_context", {}) or {}
    return frozenset(str(w).lower() for w in data.get(key) or ())


@lru_cache(maxsize=1)
def _place_context_admin() -> frozenset[str]:
    """(s22) The administrative nouns of ``place_context`` ("state", "lga")."""
    return _place_context_words("admin_nouns")


# (s18) the two words of a country's name on one line: "Afghanistan\n\nPakistan's" is no name
_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][a-z]+(?: +[A-Z][a-z]+)?)['\u2019]s\s+(?:new\s+)?$")


def _state_owner_before(text: str, start: int) -> str | None:
    """The country whose name owns the name at ``start`` ("Thailand's Peace Dialogue
    Panel"), not a demonym nor a town."""
    found = _POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)
    if found is None or is_demonym(found.group(1)):
        return None
    cc = country_of_name(found.group(1))
    return cc if cc and country_english_name(cc) else None


def _other_states_body(entry: ActorEntry, text: str, start: int) -> bool:
    """(s18) Whether a state's possessive ("Nigeria's") owns a government body of the
    gazetteer that belongs to another state: the report names a body of its own."""
    if entry.type != "government" or not entry.country:
        return False
    owner = _state_owner_before(text, start)
    return owner is not None and owner != entry.country


@lru_cache(maxsize=1)
def _label_nouns() -> frozenset[str]:
    """The last words of a line's label ("Handling note:"; ``label_nouns`` of
    ``data/actor_rules.yaml``)."""
    return frozenset(str(w).lower() for w in load_yaml("actor_rules.yaml").get("label_nouns") or ())


@lru_cache(maxsize=1)
def _state_body_words() -> frozenset[str]:
    """The words of a state body's name (``state_body_words`` of ``data/actor_rules.yaml``)."""
    words = load_yaml("actor_rules.yaml").get("state_body_words") or ()
    return frozenset(str(w).lower() for w in words)


def _state_body_name(name: str, rules: ActorRules) -> bool:
    """A name with a government or agency word ("Peace Dialogue Panel", "Crimes Tribunal"):
    a body a country's possessive makes its government's."""
    low = f" {name.lower()} "
    cues = dict(rules.type_cues).get("government", ())
    return any(w.lower() in _state_body_words() for w in name.split()) or any(
        f" {c} " in low for c in cues
    )


@lru_cache(maxsize=1)
def _unit_nouns_all() -> frozenset[str]:
    """The nouns of a body's units and wings and of named groups, lower-cased
    (``subunit_nouns``, ``owned_group_nouns``, ``owned_after_possessive`` and
    ``named_group_nouns`` of ``data/actor_rules.yaml``)."""
    data = load_yaml("actor_rules.yaml")
    keys = ("subunit_nouns", "owned_group_nouns", "owned_after_possessive", "named_group_nouns")
    return frozenset(str(w).lower() for k in keys for w in data.get(k) or ())


def _numbered_after_noun(name: str) -> bool:
    """(s24) A unit's name numbered after its unit noun ("Battalion 345", "PDF Brigade 3")."""
    words = name.split()
    return len(words) >= 2 and words[-1].isdigit() and words[-2].lower() in unit_nouns()


def _state_own_name(key: str, entry: ActorEntry) -> set[str]:
    """(s24) The country's own short name for the gazetteer entry of its state's government
    ("Nigeria" for the Government of Nigeria): "Nigeria accused Niger", "troops from
    Nigeria" name the state, whatever name the gazetteer gives it; not for a ministry,
    a former government or the armed forces."""
    if entry.type != "government" or not entry.country or state_key(entry.country) != key:
        return set()
    name = country_english_name(entry.country)
    return {name} if name else set()


def _place_and_noun(m: Mention, is_place: Callable[[Mention], bool]) -> bool:
    """ "in Pattani house siege": a place's name and a common noun written in lower case
    after it, which the model took for one name; not a group's noun ("Fano militias")."""
    words = m.text.split()
    last = words[-1] if words else ""
    if len(words) >= 2 and last in load_actor_rules().place_after:
        # (s19) "the Artibonite department", "Kivu province": a place and its division's or
        # a site's noun in lower case ("department" is a body's noun only when written
        # with a capital: "the State Department")
        return is_place(replace(m, text=" ".join(words[:-1])))
    if len(words) < 2 or not (last.isalpha() and last.islower()) or _group_noun(last):
        return False
    if is_subnational_body(words):
        return False  # (s24) "the Kaduna State government": the state's body, not a place
    if zipf_frequency(last, "en") < 3.5 or last in _force_nouns() or last in _unit_nouns_all():
        return False  # not "the Gojjam command", "the Gondar wing": a group's unit
    return is_place(replace(m, text=" ".join(words[:-1])))


# (s19) how far before a name a route's "from <place> to" may start (characters)
_ROUTE_REACH = 60
# (s19) a route between two places: "from Uvira towards X", "from X to Bunia"
_ROUTE_FROM = re.compile(
    r"\bfrom\s+(?P<a>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})\s+"
    r"(?:to|towards|toward|into|onto)\s+(?:the\s+)?$"
)
_ROUTE_TO = re.compile(
    r"\s+(?:to|towards|toward|into)\s+(?:the\s+)?(?P<b>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
)


def _route_end(m: Mention, text: str, is_place: Callable[[Mention], bool]) -> bool:
    """(s19) "a counteroffensive from Uvira towards Kamanyola", "the road from Kamanyola to
    Bukavu": the other end of a route from or to a known place is a place too. Only a
    name of one or two words that is neither an acronym nor a body's name."""
    if m.label not in ("ORG", "PERSON", "NORP") or len(m.text.split()) > 2 or is_acronym(m.text):
        return False
    if _body_lead_words(load_actor_rules()) & set(normalise_name(m.text).split()):
        return False
    before = _ROUTE_FROM.search(text, max(0, m.start - _ROUTE_REACH), m.start)
    if before is not None and before.group("a") != m.text:
        return is_place(replace(m, text=before.group("a")))
    if re.search(r"\bfrom\s+(?:the\s+)?$", text[max(0, m.start - 12) : m.start]):
        after = _ROUTE_TO.match(text, m.end)
        if after is not None:
            return is_place(replace(m, text=after.group("b")))
    return False


def _named_state_units(
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
) -> dict[str, set[str]]:
    """Country → the gazetteer's state forces of it that the report names ("AFRICOM")."""
    out: dict[str, set[str]] = {}
    for _m, entry, _r in candidates:
        if entry is not None and entry.type == "state_forces" and entry.country:
            out.setdefault(entry.country, set()).add(entry.id)
    return out


def _as_named_unit(
    st: StateMention, units: dict[str, set[str]], year: int | None, text: str
) -> StateMention:
    """(s19) "| Bariire | US airstrike |" in a report that names US Africa Command: a strike
    told by the country's name alone is the one force of that country the report names,
    not a second actor for its armed forces. Not "US forces" or "US troops", which name the
    armed forces themselves."""
    named = units.get(st.country, set())
    if st.type != "state_forces" or len(named) != 1 or st.key in named:
        return st
    if st.key not in (armed_forces_key(st.country, year), FORCES_PREFIX + st.country):
        return st
    words = {w.lower() for w in st.mention.text.split()}
    if words & (armed_nouns() | police_nouns()) or not _action_noun_after(text, st.mention):
        return st  # not "U.S. and British forces struck": the armed forces themselves
    key = next(iter(named))
    return StateMention(st.mention, st.country, key, st.name, st.type)


# the next two words on the line: "airstrike killed", "drone strike"
_NEXT_TWO = re.compile(r"[ \t]+([A-Za-z-]+)(?:[ \t]+([A-Za-z-]+))?")


def _action_noun_after(text: str, m: Mention) -> bool:
    """Whether an action noun ("airstrike", "drone strike") follows ``m`` on its line: the
    next word, or the one after a lower-case modifier ("drone" of "drone strike")."""
    found = _NEXT_TWO.match(text, m.end)
    if found is None:
        return False
    first, second = found.group(1), found.group(2) or ""
    return first.lower() in action_nouns() or (first.islower() and second.lower() in action_nouns())


def _or_unhyphenated(is_place: Callable[[Mention], bool]) -> Callable[[Mention], bool]:
    """(s19) ``is_place`` that also knows a town's name written with a hyphen between its
    two capitalised halves ("Petion-Ville" for the gazetteer's "Pétionville")."""

    def known(m: Mention) -> bool:
        if is_place(m):
            return True
        parts = m.text.split("-")
        return (
            len(parts) == 2
            and all(p[:1].isupper() and p[1:].islower() and len(p) > 2 for p in parts)
            and is_place(replace(m, text=parts[0] + parts[1].lower()))
        )

    return known


def _places_joined(m: Mention, is_place: Callable[[Mention], bool]) -> bool:
    """ "Mazatlán or Escuinapa", "Kassala/Gedaref": places joined by "or", "and" or a slash
    that the model tagged as one name."""
    parts = _JOINED.split(m.text)
    if len(parts) < 2 or any(not p.strip() for p in parts):
        return False
    placed = [is_place(replace(m, text=p.strip())) for p in parts]
    if all(placed):
        return True
    # (s16) "parts of Dendi and Ejere": one a place the report names, the other one word
    # the model tagged with it as a body's name
    return (
        m.label == "ORG"
        and any(placed)
        and all(
            ok or (" " not in p.strip() and p.strip().istitle())
            for p, ok in zip(parts, placed, strict=True)
        )
    )


def _among_places(m: Mention, doc: Doc, is_place: Callable[[Mention], bool]) -> bool:
    """A name listed with towns or provinces ("raids in Mayo-Sava and Logone-et-Chari", "the
    Gojjam, Gondar and Wollo wings", "in Muyuka and Mbonge") or set beside a town ("in Datu
    Piang, Maguindanao del Sur") is one more place, whatever the model tagged it: another
    conjunct of its list, the town it stands beside, or another part of the name, is a place
    below a country (countries act, towns do not)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    parts = [p.strip() for p in _JOINED.split(m.text)]
    if len(parts) > 1 and all(parts):
        # "Muyuka and Mbonge" as one name: one part a place, the name after "in"
        named = [p for p in parts if is_place(replace(m, text=p))]
        if named and not any(country_of_name(p) for p in named):
            head = span.root.head
            return span.root.dep_ == "pobj" and head.lower_ in ("in", "near", "around", "at")
    root = span.root
    chain = {root, *root.conjuncts}
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i == span.end:
        # "the Gojjam, Gondar, Wollo and Shewa wings": the last name of the list is parsed
        # as the compound of the plural noun, which the other names are conjuncts of
        chain |= {*root.head.conjuncts}
    if root.dep_ == "appos":
        chain.add(root.head)  # "in Datu Piang, Maguindanao del Sur": the town's province
    others = [t for t in chain if not span.start <= t.i < span.end]
    if not others:
        return False
    for tok in others:
        if tok.ent_id_:
            continue
        if m.label == "PERSON" and _place_context_res()[0].search(
            doc_text(doc)[: tok.left_edge.idx]
        ):
            continue  # (s22) "the village head of X, Alhaji Y": the head's name, no place
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is None and tok.pos_ == "PROPN" and tok.text[:1].isupper():
            # "taken Tal Tamr and Raqqa": a town the model tagged as nothing
            ent = doc[tok.left_edge.i if tok.left_edge.dep_ == "compound" else tok.i : tok.i + 1]
            other = replace(m, start=ent.start_char, end=ent.end_char, text=ent.text)
            if country_of_name(ent.text) is None and is_place(other):
                return True
            continue
        if ent is None or country_of_name(ent.text) is not None:
            continue
        if tok.ent_type_ in _PLACE_LABELS:
            return True
        other = replace(m, start=ent.start_char, end=ent.end_char, text=ent.text)
        if tok.ent_type_ in ("PERSON", "ORG") and is_place(other):
            return True  # "has taken Tal Rifaat and Manbij": a known town the model took
    return False


@lru_cache(maxsize=1)
def _group_noun_words() -> frozenset[str]:
    """Collective nouns of ``data/nominals.yaml`` that alone name no actor ("Tribe",
    "Community"), less the bodies a text may name bare ("Army", "Police", "Government")."""
    data = load_yaml("nominals.yaml")
    groups = {str(w).lower() for w in data.get("groups") or ()}
    return frozenset(
        groups
        - _BODY_WORDS
        - _force_nouns()
        - {
            "junta",
            "regime",
            "parliament",
            "congress",
            "senate",
            "cabinet",
            "coalition",
            "alliance",
            "opposition",
            "media",
            "press",
            "delegation",
            "leadership",
            "command",
        }
    )


def _group_noun(word: str) -> bool:
    return word.lower() in _group_noun_words()


# "(", "(also spelled ", "(or ", "(locally known as " right before a bracketed other name
_VARIANT_OPEN = re.compile(
    r"\(\s*(?:(?:also|locally|sometimes|often)\s+)?"
    r"(?:(?:spelled|spelt|written|transliterated|known\s+as|called|or|aka|a\.k\.a\.)\s+)?$"
)


def _place_variant(
    m: Mention, text: str, mentions: Sequence[Mention], is_place: Callable[[Mention], bool]
) -> bool:
    """A name alone in brackets right after a place's name: the place's other spelling
    ("Beledweyne (Beled Weyne)", "Moqokori (also spelled Moqokoori)"), not an actor."""
    opening = _VARIANT_OPEN.search(text, max(0, m.start - 40), m.start)
    if opening is None or not text[m.end :].lstrip().startswith(")"):
        return False
    before = text[: opening.start()].rstrip()
    return any(
        o.end == len(before) and o is not m and (o.label in _PLACE_LABELS or is_place(o))
        for o in mentions
    )


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _named_group_base(m: Mention, rules: ActorRules) -> str | None:
    """ "Gran Grif" of an unknown group "the Gran Grif gang" (a name + a lower-case group
    noun), else None."""
    words = m.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if m.label != "ORG" or len(words) < 2 or words[-1] not in rules.group_nouns:
        return None
    return " ".join(words[:-1])


_GLUED_CODE = re.compile(r":[A-Za-z0-9]")
_MARKING_VALUE = re.compile(r"\s*:\s*([A-Za-z+]+)")


def _is_marking(acronym: str, text: str, end: int, rules: ActorRules) -> bool:
    """An acronym that opens a code or a handling marking: "TLP:GREEN", "TLP: AMBER"."""
    if _GLUED_CODE.match(text, end):
        return True
    value = _MARKING_VALUE.match(text, end)
    values = dict(rules.markings).get(acronym, frozenset())
    return value is not None and value.group(1).upper() in values


@dataclass(frozen=True)
class ActorResolution:
    """What actor resolution found in one document."""

    actors: tuple[Actor, ...]
    rejected: tuple[Mention, ...]  # junk spans, kept for inspection
    places: tuple[Mention, ...]  # ORG/PERSON spans that are really places


def _is_heading_sentence(doc: Doc, start: int) -> bool:
    """True when the sentence around char ``start`` reads like a title (mostly capitalised)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    toks = doc_tokens(doc)[sent.start : sent.end]  # the sentence's tokens, built once
    words = [t for t in toks if t.is_alpha and not t.is_stop]
    if len(words) < 2:
        return True
    last = next((t for t in reversed(toks) if not t.is_space), None)
    if (
        last is not None
        and last.text == "."
        and any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in toks)
    ):
        # "Abu X, whose real name was Y Z, was killed in June 2023 in Marawi.": a sentence
        # full of names, not a headline (those end without a full stop)
        return False
    return sum(1 for t in words if t.text[:1].isupper()) / len(words) >= 0.7


# how far before a name its cue may start (characters): an outlet's noun, a carrying verb
_NEAR = 40
# the longest bracket between a name and its second name or its acronym's definition
_BRACKET_MAX = 80


@lru_cache(maxsize=1)
def _carried_by_re() -> re.Pattern[str]:
    """(s19) The verbs of an outlet that carried a statement (``carrying_verbs`` of
    ``data/actor_rules.yaml``: "quoted by X", "aired by X"), ending where the name starts."""
    verbs = "|".join(re.escape(str(w)) for w in _rules_value("carrying_verbs", ()))
    return re.compile(rf"\b(?:{verbs})\s+by\s+(?:the\s+)?[*_]{{0,2}}$", re.I)


def _carried_by(m: Mention, text: str) -> bool:
    """(s19) ``m`` carried a statement ("quoted by Mashriq") and its name holds no word of
    another kind of body ("quoted by the Provincial Security Council": a council, no outlet;
    ``body_apposition_nouns``, ``body_nouns_before``, ``executive_body_words``)."""
    if not _carried_by_re().search(text, max(0, m.start - _NEAR), m.start):
        return False
    rules = load_actor_rules()
    bodies = (body_nouns() | _executive_body_words()) - rules.outlet_before
    return not any(w.lower() in bodies for w in re.findall(r"[^\W\d_]+", m.text))


# (s19) a footnote's marker at the start of its line: "¹", "[2]", "[^3]:", "3)"
_NOTE_MARK = re.compile(
    r"[ \t]*(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\^?\d{1,3}\]:?|\^\d{1,3})[ \t]"
)


def _note_line(text: str, m: Mention) -> bool:
    """(s19) ``m`` lies on a footnote's line ("¹ Quoted by Mashriq (Peshawar), 9 September
    2025."): the line cites a source in full sentences, however capitalised its words."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return _NOTE_MARK.match(text, line_start) is not None


def _wrapped_name(text: str) -> bool:
    """(s19) A name of capitalised words that a hard-wrapped text breaks over two lines
    ("Transitional\n  Presidential Council"), not a heading above a line."""
    lines = text.split("\n")
    words = text.split()
    return (
        len(lines) == 2
        and all(line.strip() for line in lines)
        and len(words) >= 2
        and all(w[:1].isupper() or w.lower() in _JOINERS for w in words)
        and words[0][:1].isupper()
        and not text.isupper()
    )


def _heading_line(text: str, m: Mention) -> bool:
    """(s19) ``m`` opens a short line of its own between blank lines, with no full stop: a
    section heading written in sentence case ("Propaganda and accusations")."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end) % (len(text) + 1)
    line = text[line_start:line_end].strip()
    if text[line_start : m.start].strip(" \t#*-") or not line or len(line.split()) > 8:
        return False
    if line[-1] in '.!?;,"\u201d':
        return False
    above = text[max(0, line_start - 2) : line_start]
    below = text[line_end : line_end + 2]
    return (line_start == 0 or above == "\n\n") and (line_end >= len(text) or below == "\n\n")


# a word cut at a line's end: letters right after the line break, no space or hyphen
_WORD_GOES_ON = re.compile(r"\n(?P<rest>[a-z]{2,})\b")


def _broken_word(text: str, m: Mention) -> bool:
    """(s19) A one-word name cut by a line break inside a word ("the Shabe\nlle river"): the
    letters that go on after the break make, with it, a word the text writes whole elsewhere."""
    if " " in m.text.strip():
        return False
    after = _WORD_GOES_ON.match(text, m.end)
    if after is None:
        return False
    whole = m.text + after.group("rest")
    return re.search(rf"(?<![\w-]){re.escape(whole)}(?![\w-])", text) is not None


def _in_table_cell(text: str, start: int) -> bool:
    """The offset lies in a cell of a Markdown or pipe table row ("| Buildings demolished |")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return line.startswith("|") and line.count("|") >= 3


def _alone_on_line(text: str, m: Mention) -> bool:
    """The mention's line holds no Latin letter or digit ("وكالة الأناضول")."""
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not re.search(r"[A-Za-z0-9]", line)


_NAME_WORDS = r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*"
_WRAPPED_NICKNAMED = re.compile(rf"{_NAME_WORDS}\s{nickname_pattern()}\s{_NAME_WORDS}")


def _wrapped_nicknamed(text: str) -> bool:
    """(s18) 'Jimmy\n"Barbecue" Cherizier': a person's name with a quoted nickname that a line
    break cuts is one name, no heading glued to a line."""
    return text.count("\n") == 1 and _WRAPPED_NICKNAMED.fullmatch(text) is not None


def _coalition_modifier_at(m: Mention, doc: Doc) -> bool:
    """(s18) The name at ``m`` modifies the plural noun of a coalition's members ("a
    coalition of Lendu militias"): :func:`coalition_modifier`."""
    span = doc.char_span(m.start, m.end)
    return span is not None and coalition_modifier(span)


def _capitalised_status_word(m: Mention, doc: Doc) -> bool:
    """An English word written in capitals as an adjective's complement ("the road remains
    RED", "the crossing is CLOSED"): a status a security bulletin gives, no acronym."""
    text = m.text.strip()
    if not text.isupper() or not text.isalpha():
        return False
    if zipf_frequency(text.lower(), "en") < float(_rules_value("status_word_min_zipf", 4.0)):
        return False
    span = doc.char_span(m.start, m.end)
    return span is not None and len(span) == 1 and span[0].dep_ == "acomp"


def _junk_reason(m: Mention, doc: Doc, rules: ActorRules, known: bool) -> str | None:
    text = m.text
    if (
        not known
        and " " not in text.strip()
        and zipf_frequency(text.lower(), "en") >= 3.5
        and _in_table_cell(doc_text(doc), m.start)
    ):
        return "common word in a table cell"  # "| Buildings demolished (est.) | 40 |"
    if not known and not re.search(r"[A-Za-z]", text) and _alone_on_line(doc_text(doc), m):
        return "line in another script"  # a source line in Arabic above an English report
    if not known and _capitalised_status_word(m, doc):
        return "status word"  # (s18) "movement in the district remains RED"
    if not known and _coalition_modifier_at(m, doc):
        return "people's name"  # (s18) "a coalition of Lendu militias"
    if is_acronym(text) and _is_marking(text, doc_text(doc), m.end, rules):
        return "handling marking"
    if known:
        return None
    if ("\n" in text and not _wrapped_nicknamed(text) and not _wrapped_name(text)) or (
        ":" in text or len(text) < 2
    ):
        return "heading or fragment"
    if _broken_word(doc_text(doc), m):
        return "a word broken by a line break"  # (s19) "the Shabe\nlle river"
    non_actor = _non_actor_reason(m, doc_text(doc), rules, _place_names(doc))
    if non_actor:
        return non_actor
    if not any(c.isalpha() for c in text):
        return "no letters"
    if _an_amount(text):
        return "an amount"  # (s23) "a fine of N5 million", "Rs 2 crore", "$5m"
    line_start = doc_text(doc).rfind("\n", 0, m.start) + 1
    if _LIST_MARKER.match(doc_text(doc)[line_start : m.start]) and _COLON_AFTER.match(
        doc_text(doc), m.end
    ):
        return "heading"
    label = _LABEL_AFTER.match(doc_text(doc), m.end)
    if (
        label is not None
        and (m.label != "PERSON" or _english_share(text) == 1.0)  # "Handling", no person
        and label.group("noun") in _label_nouns()
        and _LIST_MARKER.match(doc_text(doc)[line_start : m.start])
    ):
        return "a label"  # (s16) "Handling note: Not for circulation.", never "X told:"
    words = text.split()
    titles = load_titles()
    title_words = titles.heads | titles.modifiers | titles.connectors
    last_word = words[-1].lower().rstrip(".")
    if (
        m.label == "ORG"
        and all(w.lower().rstrip(".") in title_words for w in words)
        and last_word in titles.heads
        and last_word != "staff"  # "the General Staff" is a body
    ):
        return "a rank or title"  # "Air Commodore" before a name the model tagged apart
    if words[-1].lower() in rules.period_words or normalise_name(text).endswith(
        tuple(f" {w}" for w in rules.period_words)
    ):
        return "time period"
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and _is_heading_sentence(doc, m.start) and not _note_line(doc_text(doc), m):
        # a name seen only in a title-case heading is not trusted: headline words are
        # capitalised whether or not they name anything (a footnote is no heading)
        sent = span.sent
        rest = doc_text(doc)[: sent.start_char] + " " + doc_text(doc)[sent.end_char :]
        if text not in rest:
            return "name only in a heading"
    if span is not None:
        last = span[-1]
        if (last.is_stop and not _group_head(last, rules)) or last.is_punct:
            return "ends in a function word"
        if len(span) == 1 and not is_acronym(text):
            tok = span[0]
            common = zipf_frequency(text.lower(), "en") >= 3.0
            if tok.pos_ in {"VERB", "AUX", "ADJ", "ADV", "ADP", "PRON"} and common:
                return "capitalised common word"
            if common and (_is_heading_sentence(doc, m.start) or _heading_line(doc_text(doc), m)):
                return "capitalised word in a heading"
            if tok.is_sent_start and _common_noun_capitalised(text, doc):
                return "common noun opening a sentence"  # "Kidnappings have risen"
            if _common_word_written_lower(tok, rules):
                return "common word capitalised"  # "Highway kidnappings" above "the highway"
            if text.lower() in rules.abbreviations and doc_text(doc)[m.end : m.end + 1] == ".":
                return "an abbreviation"  # "(b) Incl. DI-Maute leader"
    if text.isupper() and len(words) > 3:
        return "shouted heading"
    return None


@lru_cache(maxsize=1)
def _nominal_nouns() -> frozenset[str]:
    """The nouns of a group or a person of ``data/nominals.yaml`` ("groups", "people")."""
    nominal = load_yaml("nominals.yaml")
    return frozenset(str(w) for key in ("groups", "people") for w in nominal.get(key, ()))


def _common_word_written_lower(tok: Token, rules: ActorRules) -> bool:
    """ "Highway" of a heading "Highway kidnappings" in a report that also writes "the
    highway": an everyday word (no noun of a group or a person of ``data/nominals.yaml``,
    which the nominal rules read) that the document writes in lower case elsewhere, and
    capitalised no more often than in lower case."""
    low = tok.lower_
    if not tok.is_alpha or tok.is_upper or zipf_frequency(low, "en") < 3.5:
        return False
    nouns = _nominal_nouns()
    if low in nouns or low in _force_nouns() or low in _BODY_WORDS or low in rules.role_words:
        return False  # "Army commanders", "State": the nominal and state rules read those
    words = tok.doc.to_array(ORTH).tolist()  # the tokens' words, without a token object each
    lower = words.count(get_string_id(low))
    upper = words.count(get_string_id(tok.text))
    return lower > 0 and upper <= lower


def _common_noun_capitalised(text: str, doc: Doc) -> bool:
    """ "Kidnappings", "Junta": a word capitalised only because it opens a sentence, a common
    noun (a nominal's noun, or the plural of an everyday word) that the document never writes
    capitalised inside a sentence."""
    low = text.lower()
    nouns = _nominal_nouns()
    singular = low[:-1] if low.endswith("s") and not low.endswith("ss") else ""
    common = (
        low in nouns
        or singular in nouns
        or (bool(singular) and zipf_frequency(singular, "en") >= 3.5)
    )
    if not common or not text[:1].isupper() or text.isupper():
        return False
    return not any(t.text == text and not t.is_sent_start for t in doc)


def _group_head(token: Token, rules: ActorRules) -> bool:
    """A capitalised word that heads a group's name though spaCy lists it as a stop word
    ("the Northern Front", "the 33rd Front")."""
    if not token.text[:1].isupper():
        # "the Carlos Patiño front of the EMC" (nlp/named_actors.py made it a name); (s21)
        # "the Jaime Martinez front" (nlp/unit_names.py made it one after capitalised words)
        return (
            token.lower_ == "front"
            and token.i + 1 < len(token.doc)
            and (token.doc[token.i + 1].lower_ == "of")
        ) or (
            token.lower_ in unit_nouns()
            and token.i > 1
            and token.ent_type_ == "ORG"
            and token.doc[token.i - 1].text[:1].isupper()
            and token.doc[token.i - 2].text[:1].isupper()
        )
    low = token.lower_
    return low in unit_nouns() or any(low in cues for _kind, cues in rules.type_cues)


def _surname_in_doc(m: Mention, mentions: Sequence[Mention]) -> bool:
    """A one-word PERSON that is the last name of a person named in full elsewhere."""
    if m.label != "PERSON" or " " in m.text:
        return False
    return any(
        o.label == "PERSON" and " " in o.text and o.text.split()[-1] == m.text for o in mentions
    )


_NAME_WORD = re.compile(r"[A-Z][a-z][\w'\u2019-]*")


def _strip_rank(m: Mention) -> Mention:
    """A rank or title before a person's name in one span ("Air Commodore Ehimen Ejodame",
    tagged either way): the name alone, as a person; other spans unchanged."""
    titles = load_titles()
    words = list(re.finditer(r"\S+", m.text))
    i = 0
    while i < len(words) - 2 and words[i].group().lower().rstrip(".") in (
        titles.heads | titles.modifiers
    ):
        i += 1
    rest = [w.group() for w in words[i:]]
    if (
        i == 0
        or not any(w.group().lower().rstrip(".") in titles.heads for w in words[:i])
        or not 2 <= len(rest) <= 3
        or not all(_NAME_WORD.fullmatch(w) for w in rest)
        or any(w.lower() in titles.heads | titles.modifiers for w in rest)
        # "Army Public School": a cue word makes the rest a body's or a building's name
        or _type_from_cues(" ".join(rest), "ORG", load_actor_rules()) != "organization"
        # (s21) "the Sultan Murad Division": a unit's noun ends a body's name, no person's
        or rest[-1].lower() in unit_nouns()
        or rest[-1].lower().rstrip("s") in unit_nouns()
    ):
        return m
    cut = words[i].start()
    return replace(
        m,
        start=m.start + cut,
        text=m.text[cut:],
        label="PERSON",
        orig_start=m.orig_start + cut,
    )


_UNIT_LAST = frozenset({"battalion", "battalions", "brigade", "brigades", "regiment", "corps"})


def _national_unit(name: str, rules: ActorRules) -> str | None:
    """The country of a unit named by a country's demonym and a unit noun, with no rebel's
    word between ("Cameroonian Rapid Intervention Battalion"; not "Sudanese Liberation
    Battalion"), else None."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 3 or words[-1].lower() not in _UNIT_LAST or not is_demonym(words[0]):
        return None
    if _type_from_cues(" ".join(words[1:-1]), "ORG", rules) != "organization":
        return None
    return country_of_name(words[0])


_MEMBERS_OF = re.compile(r"([A-Z][a-z]+)\s+of\s+(?:the\s+)?(?=[A-Z])")


def _strip_members(m: Mention) -> Mention:
    """ "Troops of the Cameroonian Rapid Intervention Battalion" (one ORG span): the body
    alone, without the plural people noun and "of" the model took into the name."""
    match = _MEMBERS_OF.match(m.text)
    if match is None:
        return m
    word = match.group(1).lower()
    people = {str(w) for w in load_yaml("nominals.yaml").get("people", ())}
    if not (word.endswith("s") and (word[:-1] in people or word in people)):
        return m
    cut = match.end()
    return replace(m, start=m.start + cut, text=m.text[cut:], orig_start=m.orig_start + cut)


def _strip_role(m: Mention, rules: ActorRules) -> tuple[Mention, str | None]:
    """Drop leading role words from a PERSON span; return the stripped role, if any."""
    words = list(re.finditer(r"\S+", m.text))
    i = 0
    while i < len(words) - 1 and words[i].group().lower().strip(".,") in rules.role_words:
        i += 1
    if i == 0:
        return m, None
    cut = words[i].start()
    role = m.text[:cut].strip()
    return (
        Mention(
            start=m.start + cut,
            end=m.end,
            text=m.text[cut:],
            label=m.label,
            sentence=m.sentence,
            orig_start=m.orig_start + cut,
            orig_end=m.orig_end,
            source=m.source,
            gazetteer_id=m.gazetteer_id,
        ),
        role,
    )


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """Normalised names of the publishers and agencies in ``data/sources.yaml``."""
    return frozenset(normalise_name(name) for name in source_names())


# last words that make a name tagged as a person's a group's ("the Catatumbo Bloc")
# last words that make a name the model tagged PERSON a body's ("the 5th Brigade", "Manipur
# Police")
_GROUP_LAST_WORDS = frozenset(
    {
        "bloc",
        "front",
        "brigade",
        "battalion",
        "militia",
        "movement",
        "police",
        "army",
        "rifles",
        "forces",
        "gendarmerie",
        "ministry",
    }
)


@lru_cache(maxsize=1)
def _body_lead_words_cached(cues: tuple[tuple[str, tuple[str, ...]], ...]) -> frozenset[str]:
    return frozenset(
        cue
        for kind, words in cues
        if kind in ("ngo", "armed_group")
        for cue in words
        if " " not in cue
    )


def _body_lead_words(rules: ActorRules) -> frozenset[str]:
    """One-word cues of NGOs and armed groups ("foundation", "fundacion", "front"): a name
    that starts with one is a body's, whatever the model tagged ("Fundación Paz")."""
    return _body_lead_words_cached(rules.type_cues)


_JOINED_NAME = re.compile(r"\s+(?:y|e|and|et|&)\s+([A-Z][^\W\d_]+)\b(?!['\u2019]s)")


def _joined_body_name(m: Mention, text: str, rules: ActorRules) -> Mention:
    """ "Fundación Paz y Territorio" of which the model tagged "Fundación Paz": a body's name
    (led by a cue word of ``_body_lead_words``) goes on over "y"/"and" and one more
    capitalised word."""
    words = normalise_name(m.text).split()
    if m.label != "PERSON" or len(words) < 2 or words[0] not in _body_lead_words(rules):
        return m  # only where the model took the name for a person's
    more = _JOINED_NAME.match(text, m.end)
    if more is None or "\n" in more.group(0):
        return m
    end = more.end(1)
    return replace(m, end=end, text=text[m.start : end], orig_start=-1, orig_end=-1)


def _type_from_cues(name: str, label: str, rules: ActorRules) -> str:
    low = f" {normalise_name(name)} "
    if low.strip() in _outlet_names() and not any(
        f" {cue} " in low for cue in dict(rules.type_cues).get("ngo", ())
    ):
        return "media"  # also a publisher the model took for a person ("Mimi Mefo Info")
    words = low.split()
    if label == "PERSON" and len(words) > 1 and words[0] in _body_lead_words(rules):
        label = "ORG"  # "Fundación Paz y Territorio" tagged as a person
    if label == "PERSON" and not (len(words) > 1 and words[-1] in _GROUP_LAST_WORDS):
        # "Mimi Mefo Info", "Sahel Online": a name that ends in an outlet's word
        return "media" if len(words) > 1 and words[-1] in rules.outlet_last_words else "person"
    # the longest cue wins, then the first type: "Liberation Army" and "Army of Islam" are
    # armed groups, a bare "Army" is a state's
    best: tuple[int, str] | None = None
    for kind, cues in rules.type_cues:
        for cue in cues:
            if f" {cue} " in low and (best is None or len(cue.split()) > best[0]):
                best = (len(cue.split()), kind)
    return best[1] if best else "organization"


@lru_cache(maxsize=1)
def _force_nouns() -> frozenset[str]:
    """The nouns of a state's armed forces and police (``data/state_actors.yaml``)."""
    return armed_nouns() | police_nouns()


def _unit_owner_type(doc: Doc, span: Span) -> str | None:
    """The type of the body a numbered unit belongs to, where the text says: "the army's 5th
    Brigade", "the 3rd Division of the Colombian army" (state_forces), "the FARC's 33rd
    Front" (the gazetteer's type)."""
    gazetteer = load_actor_gazetteer()
    start = span.start + (1 if span[0].lower_ == "the" else 0)
    owner: list[Token] = []
    if start >= 2 and doc[start - 1].tag_ == "POS":
        owner = [doc[start - 2]]
    elif span.end < len(doc) and doc[span.end].lower_ == "of":
        owner = list(doc[span.end + 1 : span.end + 6])
    for tok in owner:
        if tok.is_punct or (tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ"}):
            break
        if tok.ent_id_ and tok.ent_id_ in gazetteer.entries:
            kind = gazetteer.entries[tok.ent_id_].type
            return "state_forces" if kind in {"state_forces", "government"} else kind
        if tok.lower_ in _force_nouns():
            return "state_forces"
    return None


@lru_cache(maxsize=1)
def _unit_words() -> dict[str, frozenset[str]]:
    data = load_yaml("nominals.yaml")
    return {
        "state": frozenset(str(w).lower() for w in data.get("state_unit_words") or ()),
        "non_state": frozenset(str(w).lower() for w in data.get("non_state_force_names") or ()),
    }


def _owned_unit_type(span: Span, rules: ActorRules) -> str | None:
    """The type of a unit named after a place or a leader and owned by a possessive
    ("Fano's Gojjam command", "the rebels' Kakuma wing", "the army's Lake command"): the
    owner's (a state's forces for a noun of ``data/state_actors.yaml``, else an armed
    group); None where no group's possessive stands before it."""
    if span[-1].lower_ not in rules.subunit_nouns:
        return None
    start = span.start + (1 if span[0].lower_ == "the" else 0)
    owner = possessive_owner(span.doc, start)
    if owner is None:
        return None
    entry = _owner_entry(owner)
    if entry is not None:
        return "state_forces" if entry.type in {"state_forces", "government"} else "armed_group"
    return "state_forces" if owner.lower_ in _force_nouns() else "armed_group"


@lru_cache(maxsize=1)
def _place_roles() -> tuple[frozenset[str], frozenset[str]]:
    """``place_roles`` of ``data/actor_rules.yaml``: (prepositions, verb lemmas)."""
    data = load_yaml("actor_rules.yaml").get("place_roles") or {}
    return (
        frozenset(str(w).lower() for w in data.get("prepositions") or ()),
        frozenset(str(w).lower() for w in data.get("verbs") or ()),
    )


_PERSON_DEPS = {"nsubj", "nsubjpass", "poss", "appos", "agent", "dative"}


def _placed_person_names(
    doc: Doc, mentions: Sequence[Mention], resolver: _Resolver, rules: ActorRules
) -> set[str]:
    """Names the model took for people's that the report uses as places only: "fighting
    near Lokori", "drones approached Ain al-Asad" (``place_roles``), and never as a person's
    (a subject, a possessor, an apposition, after a role word or a title, a surname)."""
    preps, verbs = _place_roles()
    placed: dict[str, Mention] = {}
    personal: set[str] = set()
    titles = load_titles()
    title_words = titles.heads | titles.modifiers
    for m in mentions:
        if m.label != "PERSON" or m.gazetteer_id:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if (
            root.dep_ in _PERSON_DEPS
            or (after is not None and after.tag_ == "POS")
            or (
                before is not None
                and (
                    before.lower_.rstrip(".") in rules.role_words
                    or before.lower_.rstrip(".") in title_words
                )
            )
            or any(c.dep_ == "appos" for c in root.children)
        ):
            personal.add(m.text)
            continue
        head = root.head
        if (root.dep_ == "pobj" and head.lower_ in preps) or (
            root.dep_ == "dobj" and head.lemma_.lower() in verbs
        ):
            placed.setdefault(m.text, m)
        elif root.dep_ == "conj" and head.ent_type_ in _PLACE_LABELS:
            placed.setdefault(m.text, m)  # "near Kiwanja and Lokori"
    out = set()
    for name, m in placed.items():
        if name in personal:
            continue
        if any(o.label == "PERSON" and o.text != name and name in o.text for o in mentions):
            continue  # part of a longer person's name
        if _surname_in_doc(m, mentions) or resolver.gazetteer_entry(m) is not None:
            continue
        out.add(name)
    return out


def _new_owner_key(m: Mention, doc: Doc, key_at: dict[int, str]) -> str | None:
    """The key of the actor whose possessive names the unit ``m`` ("the Turkana Liberation
    Front's Lokori command"), where a mention of it ends right before the possessive."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or m.label == "PERSON":
        return None
    start = span.start + (1 if span[0].lower_ == "the" else 0)
    if span[-1].lower_ not in load_actor_rules().subunit_nouns:
        return None
    owner = possessive_owner(doc, start)
    if owner is None:
        return None
    # "the Sahel Patriotic Front's", or "the militia's" where the report's nominal rules
    # took "the militia" for a group it names
    return key_at.get(owner.idx + len(owner.text))


def _written_with_branch_word(text: str, span: Span) -> bool:
    """The report writes the numbered unit elsewhere with a branch word of a regular army
    between its number and its noun, whatever the line breaks ("the 103rd Brigade" after
    "the 103rd\nInfantry Brigade")."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 2:
        return False
    number, noun = re.escape(words[0].text), re.escape(words[1].text)
    found = re.finditer(rf"\b{number}\s+((?:[A-Z][\w-]*\s+){{1,2}}){noun}\b", text)
    state = _unit_words()["state"]
    return any(
        any(w.lower() in state for w in f.group(1).split())
        or normalise_name(f.group(1)).strip() in state
        for f in found
    )


def _regular_unit_name(name: str) -> bool:
    """ "the Rapid Intervention Battalion", "the 3rd Armoured Brigade": a name that ends in a
    unit noun and holds a branch word of a regular army's units (``state_unit_words`` of
    ``data/nominals.yaml``) and no rebel's word (a type cue of an armed group other than a
    unit noun: not "the Islamic Liberation Brigade") is a state's unit."""
    words = normalise_name(name).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 2 and words[-1].isdigit():
        words = words[:-1]  # (s24) "Light Infantry Battalion 512": numbered after its noun
    if len(words) < 2 or words[-1] not in _UNIT_LAST | {"division", "divisions"}:
        return False
    body = f" {' '.join(words)} "
    if not any(f" {w} " in body for w in _unit_words()["state"]):
        return False
    rebel = dict(load_actor_rules().type_cues).get("armed_group", ())
    neutral = _UNIT_LAST | _state_unit_neutral_cues()
    return not any(f" {cue} " in body for cue in rebel if cue not in neutral)


@lru_cache(maxsize=1)
def _state_unit_neutral_cues() -> frozenset[str]:
    """Armed-group cues that name a military function in a regular unit's name
    (``state_unit_neutral_cues`` of ``data/actor_rules.yaml``: "the Rapid Movement
    Battalion")."""
    data = load_yaml("actor_rules.yaml")
    return frozenset(str(w).lower() for w in data.get("state_unit_neutral_cues") or ())


def _stateless_force_name(name: str) -> bool:
    """ "Southern Cameroons Defence Forces": a self-styled defence force whose name holds no
    country or nationality is an armed group."""
    low = f" {normalise_name(name)} "
    cue = next((c for c in _unit_words()["non_state"] if f" {c} " in low), None)
    if cue is None:
        return False
    lead = low[: low.index(f" {cue} ")].split()
    words = [w for w in name.split()[: len(lead)] if w[:1].isupper()]
    return not any(country_of_name(w) for w in words)


_AND_BETWEEN = re.compile(r"\s+(?:and|&)\s+")


def _shared_surname(text: str, m: Mention, people_by_start: dict[int, Mention]) -> str | None:
    """The full name of a given name that shares the surname of the next person of a pair:
    "brothers Omar and Abdullah Maute" names Omar Maute."""
    between = _AND_BETWEEN.match(text, m.end)
    if between is None:
        return None
    other = people_by_start.get(between.end())
    if other is None:
        return None
    words = other.text.split()
    if not 2 <= len(words) <= 4 or not words[-1][:1].isupper():
        return None
    return f"{m.text} {words[-1]}"


def _titled_name(m: Mention, doc: Doc, rules: ActorRules) -> bool:
    """A name of two or three capitalised words right after a role word ("PKK commander
    Murat Karayilan", "spokesman Zabihullah Mujahid"): a person, whatever the model tagged."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not 2 <= len(span) <= 3 or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ not in rules.role_words or not before.is_lower:
        return False
    return all(t.is_alpha and t.is_title for t in span) and not any(
        t.ent_id_ or t.lower_ in rules.subunit_nouns or t.lower_ in rules.group_nouns for t in span
    )


@lru_cache(maxsize=1)
def _armed_coalition_re() -> re.Pattern[str]:
    """ ", a coalition of former Darfuri rebel groups": ``armed_coalition`` of
    ``data/actor_rules.yaml``."""
    data = load_yaml("actor_rules.yaml")["armed_coalition"]
    heads = "|".join(re.escape(str(w)) for w in data["heads"])
    members = "|".join(re.escape(str(w)) for w in data["members"])
    return re.compile(
        rf"[\s\u201d\u2019\"']*(?:\([^()]{{1,20}}\)\s*)?,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}"
        rf"(?:{heads})\s+of\s+"
        rf"(?:[\w-]+\s+){{0,3}}(?:{members})\b",
        re.IGNORECASE,
    )


# a person's age right after the name: ", 47," / " (47)" / ", aged 47"
_AGE_AFTER = re.compile(r"(?:,\s*(?:aged\s+)?\d{1,2}\s*[,.;]|\s*\(\s*\d{1,2}\s*\))")


@lru_cache(maxsize=1)
def _body_apposition_re() -> tuple[re.Pattern[str], frozenset[str]]:
    """ ", a conflict monitoring project": ``body_apposition_nouns`` of
    ``data/actor_rules.yaml`` after up to three modifiers (no preposition among them, so not
    "the head of the commission")."""
    data = load_yaml("actor_rules.yaml")
    nouns = sorted((str(w) for w in data.get("body_apposition_nouns") or ()), key=len, reverse=True)
    outlets = frozenset(
        str(w).lower() for w in (data.get("not_actor_before") or {}).get("outlets") or ()
    )
    pattern = re.compile(
        r"[\"\u201d\u2019']?\s*,\s+(?:an?|the)\s+"
        r"(?:(?!(?:of|for|at|in|with|to|from|on|by|and|who|which)\b)[\w'\u2019-]+\s+){0,3}?"
        r"(?P<noun>" + "|".join(re.escape(n) for n in nouns) + r")\b(?!['\u2019-])"
        # the noun ends the phrase: not "a respected union leader"
        r"(?=\s*(?:[,.;:()]|$)|\s+(?:that|which|based|in|of|for|with|run|founded|set)\b)",
        re.IGNORECASE,
    )
    return pattern, outlets


_NAME_PARTICLES = frozenset({"de", "del", "la", "da", "do", "dos", "van", "von", "bin", "al"})


def _personal_shape(name: str) -> bool:
    """Two to four capitalised words (short particles between): "Gustavo Aníbal Giraldo"."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    return all(
        (w[:1].isupper() and w[1:].islower() and w.isalpha())
        or (0 < n < len(words) - 1 and w in _NAME_PARTICLES)
        for n, w in enumerate(words)
    )


def _person_cued(m: Mention, text: str, rules: ActorRules) -> bool:
    """A name of a person's shape that the model tagged as an organisation's, with an alias
    after it ("X, alias "Pablito"") or a role word right before it ("the government's
    spokesperson, X", "commander X")."""
    if not _personal_shape(m.text):
        return False
    aliases = load_yaml("actor_rules.yaml").get("person_alias_words") or ()
    after = text[m.end : m.end + 40].lower()
    opening = re.match(r"[\"\u201d\u2019']?\s*[,(]\s*", after)
    if opening is not None and after[opening.end() :].startswith(
        tuple(f"{str(w).lower()} " for w in aliases)
    ):
        return True
    word = _WORD_BEFORE_COMMA.search(text, max(0, m.start - 40), m.start)
    return (
        word is not None
        and word.group(1).islower()
        and word.group(1) in rules.role_words
        and word.group(1) not in {"former", "late", "vice", "prime", "renowned"}
    )


_PART_OF = re.compile(
    r"[\"\u201d\u2019']?\s*,\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:splinter|offshoot|faction|breakaway|wing|front|unit|branch|dissident)s?"
    r"(?:\s+(?:group|faction|unit|cell))?\s+of\s+(?:the\s+)?"
)


def _part_of_armed_group(m: Mention, doc: Doc) -> bool:
    """ "X, a splinter of the ELN", "X, a faction of al-Shabaab": a part of an armed group
    the gazetteer knows is an armed group."""
    found = _PART_OF.match(doc_text(doc), m.end)
    if found is None:
        return False
    span = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
    if span is None:
        return False
    entry = _owner_entry(span[0])
    return entry is not None and entry.type in GROUP_KINDS


# (s16) a plural noun and the name the text gives the body it stands for: "paramilitary
# rangers, known as Thahan Phran", "the village guards, locally called Rakyat Jaga"
_PLURAL_KNOWN_AS = re.compile(
    r"\b(?P<noun>[a-z]+s),?\s+(?:(?:also|locally|commonly|widely|popularly)\s+)?"
    r"(?:known|called|referred\s+to)\s+(?:(?:locally|also|widely|popularly|in\s+\w+)\s+)?"
    r"(?:as\s+)?(?:the\s+)?[\"\u201c\u2018']?$"
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


@lru_cache(maxsize=1)
def _plural_article_rules() -> tuple[frozenset[str], re.Pattern[str]]:
    """The plural articles that open a gang's name and the words of a report about gangs
    (``plural_article_names`` of ``data/actor_rules.yaml``)."""
    data = load_yaml("actor_rules.yaml").get("plural_article_names") or {}
    articles = frozenset(str(w) for w in data.get("articles") or ())
    words = data.get("gang_words") or ["gang"]
    return articles, re.compile(r"\b(?:" + "|".join(str(w) for w in words) + r")\b", re.I)


def _starts_with_town(words: Sequence[str]) -> bool:
    """Whether the first words of a name are a town's or a division's name the geographic
    gazetteer knows ("Los Angeles Lakers", "Las Vegas Raiders")."""
    gaz = open_geo_gazetteer()
    for k in range(2, len(words) + 1):
        for c in gaz.candidates(" ".join(words[:k]), fuzzy=False):
            if c.population >= 10000 or c.feature.startswith("admin"):
                return True
    return False


def _named_body_type(m: Mention, text: str, rules: ActorRules) -> str | None:
    """The type of a name the model took for a person's that the text writes as a body's:
    after "the" ("referring to the Runda Kumpulan Kecil"), or as the name of a plural noun
    ("paramilitary rangers, known as Thahan Phran"): state forces for a force noun, an armed
    group for armed members, else an organisation."""
    if len(m.text.split()) < 2:
        return None
    before = text[max(0, m.start - 80) : m.start]
    known = _PLURAL_KNOWN_AS.search(before)
    if known is not None:
        noun = known.group("noun")
        if noun in _force_nouns() or noun in _state_force_plurals():
            return "state_forces"
        if noun in rules.armed_member_nouns:
            return "armed_group"
        return "organization"
    if _THE_BEFORE.search(before):
        return "armed_group" if _described_armed(text, m) else "organization"
    return None


@lru_cache(maxsize=1)
def _state_force_plurals() -> frozenset[str]:
    """Nouns of state forces: ``force_nouns`` and ``police_nouns`` of
    ``data/state_actors.yaml`` and the plurals those lists lack ("rangers", "paramilitaries",
    ``state_force_plurals``)."""
    data = load_yaml("state_actors.yaml")
    nouns = [*(data.get("force_nouns") or ()), *(data.get("police_nouns") or ())]
    return frozenset(str(w) for w in [*nouns, *(data.get("state_force_plurals") or ())])


def _cued_label(m: Mention, doc: Doc) -> str | None:
    """The label of the cued group name at ``m`` (``doc.spans[CUED]``, which
    :func:`dossier.nlp.named_actors.cued_group_names` filled): who owns the relation noun
    before it, if anyone; None where the context marks no group's name there."""
    if CUED not in doc.spans:
        return None
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    start = span.start + (span[0].lower_ == "the")
    for cued in doc.spans[CUED]:
        if cued.start == start and cued.end == span.end:
            return cued.label_
    return None


def _gang_or_organization(doc: Doc, gang_words: re.Pattern[str], owner: str | None = None) -> str:
    """A gang where a gang owns the name ("the gang and its rival X") or, with no owner
    known, where the report speaks of gangs or cartels; else no more than an organisation
    (a police force's or a UN agency's partner)."""
    if owner == GANG_OWNED:
        return "criminal_group"
    if owner == OWNED:
        return "organization"
    return "criminal_group" if gang_words.search(doc_text(doc)) else "organization"


@lru_cache(maxsize=1)
def _speaker_verbs() -> frozenset[str]:
    """``speaker_verbs`` of ``data/actor_rules.yaml``: what only a body or a person does."""
    return frozenset(
        str(w).lower() for w in load_yaml("actor_rules.yaml").get("speaker_verbs") or ()
    )


def _speaks(m: Mention, doc: Doc) -> bool:
    """(s19) ``m`` is the subject of a verb of speech or of blame ("the Church accused",
    "the Vatican said"): it stands for the institution, not the building."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _speaker_verbs()


def _actor_type(m: Mention, doc: Doc, rules: ActorRules) -> str:
    """The type of an actor the gazetteer lacks, from its name and, for a unit named by its
    number ("the 33rd Front"), from the body the text says it belongs to."""
    kind = _type_from_cues(m.text, m.label, rules)
    if kind == "facility" and _speaks(m, doc):
        return "organization"  # (s19) "The Church has accused the army": the institution
    words = m.text.split()
    articles, gang_words = _plural_article_rules()
    if (
        kind in ("person", "organization")
        and len(words) > 1
        and words[0] in articles
        and words[-1][-1:] == "s"
        and not _starts_with_town(words)
    ):
        # (s16) "Los Choneros", "Las Panteras": a group named by a plural article, no
        # person; a gang where the report speaks of gangs or cartels; not "Los Angeles X"
        return _gang_or_organization(doc, gang_words)
    if kind in ("organization", "person") and m.label == "ORG":
        cued = _cued_label(m, doc)
        if cued is not None:
            # (s18) "its rival G-Pep", "400 Mawozo, whose leader": typed by the owner
            return _gang_or_organization(doc, gang_words, cued)
    if m.label != "PERSON" and _armed_coalition_re().match(doc_text(doc), m.end):
        return "armed_group"  # "the Joint Forces, a coalition of former rebel groups"
    after = _NEXT_WORDS.match(doc_text(doc), m.end)
    if after is not None and (
        after.group(1) in rules.outlet_after
        or f"{after.group(1)} {after.group(2) or ''}" in rules.outlet_after
    ):
        return "media"  # "its Hakkal media outlet", "the Al-Naba newspaper", "X news agency"
    if _outlet_noun_before(m, doc_text(doc), rules):
        # "cited by the newspaper La Opinión", (s17) "the state news agency SUNA"
        return "media"
    if kind == "organization" and m.label == "ORG" and _carried_by(m, doc_text(doc)):
        return "media"  # (s19) "quoted by Mashriq", "carried by Anadolu": who carried it
    if kind == "organization" and m.label == "ORG" and _part_of_armed_group(m, doc):
        return "armed_group"  # "the Comuneros del Sur, a splinter of the ELN"
    if kind == "organization" and m.label == "ORG":
        before = _WORD_BEFORE_OF.search(doc_text(doc), 0, m.start)
        if before is not None and before.group(1).lower() in rules.armed_member_nouns:
            return "armed_group"  # "Tuareg rebels of the Strategic Framework ..."
    if m.label == "PERSON" and kind == "person":
        named = _named_body_type(m, doc_text(doc), rules)
        if named is not None:
            return named
    if m.label == "PERSON":
        if kind == "person":
            body, outlets = _body_apposition_re()
            found = body.match(doc_text(doc), m.end)
            if found is not None:
                # "X, a conflict monitoring project": a body, not a person
                return "media" if found.group("noun").lower() in outlets else "organization"
        return kind
    if kind == "organization" and _person_cued(m, doc_text(doc), rules):
        return "person"  # "naming X, alias "Pablito"", "its spokesperson, X, said"
    if kind == "organization" and _titled_name(m, doc, rules):
        return "person"  # "PKK commander Murat Karayilan" tagged ORG
    if kind == "organization" and _AGE_AFTER.match(doc_text(doc), m.end):
        return "person"  # "a businessman, Omar Haddad Rey, 47, was taken"
    if navy_of_ship(m.text):
        return "state_forces"  # a warship stands for its navy ("USS Laboon")
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if kind == "state_forces" and _stateless_force_name(m.text):
        return "armed_group"
    if kind == "organization" and span is not None:
        owned = _owned_unit_type(span, rules)
        if owned is not None:
            return owned  # "the militia's Gondar wing", "the army's Lake command"
    if kind == "armed_group" and _regular_unit_name(m.text):
        return "state_forces"  # "the Rapid Intervention Battalion", "the Mechanised Brigade"
    if span is None or not is_numbered_unit(span):
        return kind
    if kind == "state_forces":
        return kind  # "the 2nd Army"
    owner = _unit_owner_type(doc, span)
    if owner is None and any(t.lower_ in _unit_words()["state"] for t in span):
        return "state_forces"  # "the 6th Infantry Division"
    if owner is None and _written_with_branch_word(doc_text(doc), span):
        return "state_forces"  # "the 103rd Brigade" after "the 103rd\nInfantry Brigade"
    return "state_forces" if owner == "state_forces" else "armed_group"


def _owner_entry(tok: Token) -> ActorEntry | None:
    entries = load_actor_gazetteer().entries
    return entries.get(tok.ent_id_) if tok.ent_id_ else None


def _possessor_before(doc: Doc, i: int) -> ActorEntry | None:
    """The gazetteer actor whose possessive ends at token ``i - 1``: "Hezbollah's"."""
    if i >= 2 and (doc[i - 1].tag_ == "POS" or doc[i - 1].text in ("'", "\u2019")):
        found = _owner_entry(doc[i - 2])
        j = i - 2
        # (s16) "the IRGC Ground Forces' Quds Base": the owner before its branch's name
        while found is None and j > 0 and i - 2 - j < 3 and doc[j].is_title:
            j -= 1
            found = _owner_entry(doc[j])
        return found
    return None


def _skip_modifiers(doc: Doc, i: int, step: int) -> int:
    """Walk over lower-case adjectives ("elite", "armed", "special") from ``i``."""
    while 0 <= i < len(doc) and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i += step
    return i


def _parent_unit(m: Mention, doc: Doc, rules: ActorRules) -> ActorEntry | None:
    """The gazetteer actor a group the gazetteer lacks is a unit of, where the text says so:
    "the Radwan Force, Hezbollah's elite unit", "Hamas's armed wing, the Qassam Brigades",
    "Hezbollah's Radwan Force" (a name ending in a unit noun after a possessive)."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or m.label == "PERSON":
        return None
    nouns = rules.subunit_nouns
    start = span.start + (1 if span[0].lower_ == "the" else 0)
    # "Hezbollah's (elite) Radwan Force"
    if span[-1].lower_ in nouns:
        owner = _possessor_before(doc, _skip_modifiers(doc, start - 1, -1) + 1)
        if owner is not None:
            return owner
    # "the Radwan Force, Hezbollah's elite unit"
    end = span.end
    if end + 1 < len(doc) and doc[end].text == ",":
        j = end + 1
        ent = next((e for e in doc_ents(doc) if e.start == j and e.ent_id_), None)
        if ent is not None and ent.end + 1 < len(doc) and doc[ent.end].tag_ == "POS":
            k = _skip_modifiers(doc, ent.end + 1, 1)
            if k < len(doc) and doc[k].lower_ in nouns:
                return _owner_entry(doc[ent.start])
    # "Hezbollah's elite unit, the Radwan Force"
    if start >= 3 and doc[start - 1].text == ",":
        k = start - 2
        if doc[k].lower_ in nouns:
            return _possessor_before(doc, _skip_modifiers(doc, k - 1, -1) + 1)
    return None


class _FuzzyAliases:
    """The gazetteer's aliases of 8 or more characters, for the closest one to a name at
    ``fuzz.ratio`` >= 93 (as ``process.extractOne`` over all of them finds it, the first of
    equals in the gazetteer's order), with the answers kept: the same names come back in
    document after document."""

    def __init__(self, gazetteer: ActorGazetteer) -> None:
        self.g = gazetteer
        self.size = len(gazetteer.by_alias)
        # by length, each alias with its rank in the gazetteer's order
        self.by_length: dict[int, list[tuple[int, str]]] = {}
        keys = [a for a in gazetteer.by_alias if len(a) >= 8]
        for rank, alias in enumerate(keys):
            self.by_length.setdefault(len(alias), []).append((rank, alias))
        self.found: dict[str, str | None] = {}

    def closest(self, norm: str) -> str | None:
        if norm in self.found:
            return self.found[norm]
        # a ratio of 93 needs lengths within 7% of their sum (the edit distance is at least
        # their difference): only those aliases can be the answer
        n = len(norm)
        near = sorted(
            item
            for length, items in self.by_length.items()
            if abs(length - n) * 100 <= 8 * (length + n)
            for item in items
        )
        hit = process.extractOne(
            norm, [alias for _, alias in near], scorer=fuzz.ratio, score_cutoff=93
        )
        self.found[norm] = hit[0] if hit is not None else None
        return self.found[norm]


_FUZZY: dict[int, _FuzzyAliases] = {}


def _fuzzy_aliases(gazetteer: ActorGazetteer) -> _FuzzyAliases:
    fuzzy = _FUZZY.get(id(gazetteer))
    if fuzzy is None or fuzzy.g is not gazetteer or fuzzy.size != len(gazetteer.by_alias):
        if len(_FUZZY) >= 8:
            _FUZZY.clear()
        fuzzy = _FUZZY[id(gazetteer)] = _FuzzyAliases(gazetteer)
    return fuzzy


class _Resolver:
    def __init__(self, gazetteer: ActorGazetteer) -> None:
        self.g = gazetteer
        self._fuzzy = _fuzzy_aliases(gazetteer)
        # the entry of each (gazetteer id, text) asked: a mention is asked more than once
        self._entries: dict[tuple[str | None, str], ActorEntry | None] = {}

    def gazetteer_entry(self, m: Mention) -> ActorEntry | None:
        key = (m.gazetteer_id, m.text)
        if key not in self._entries:
            self._entries[key] = self._entry(m)
        return self._entries[key]

    def _entry(self, m: Mention) -> ActorEntry | None:
        if m.gazetteer_id and m.gazetteer_id in self.g.entries:
            return self.g.entries[m.gazetteer_id]
        entry = self.g.lookup(m.text)
        if entry is not None:
            return entry
        norm = normalise_name(m.text)
        if len(norm) >= 8 and not is_acronym(m.text):
            hit = self._fuzzy.closest(norm)
            if hit is not None and hit[:1] == norm[:1]:
                return self.g.entries[self.g.by_alias[hit]]
        return None


@dataclass(frozen=True)
class _Definition:
    """A name defined in brackets after an actor mention: "Long Name (ACR)" or "English Name
    (Native Name, ACR)"."""

    long: Mention  # the mention before the brackets
    native: str | None = None  # the name in another language inside the brackets
    native_start: int = -1  # its offset in the text
    # the gazetteer's actor of the acronym is the one the long name names; when False the
    # text defines the acronym as something else ("Rwanda Security Forces (RSF)")
    agrees: bool = False


def _initials_match(acr: str, name: str) -> bool:
    """The letters of ``acr`` appear in order in the initials of ``name`` followed by ``name``
    (this keeps "(2015)" and unrelated brackets out)."""
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", name)).upper()
    pool = _fold(initials + name.upper())
    pos = 0
    for c in (c for c in _fold(acr).upper() if c.isalpha()):
        pos = pool.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _fold(text: str) -> str:
    """``text`` without diacritics ("EJÉRCITO" → "EJERCITO")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _looks_like_name(text: str) -> bool:
    """A bracketed phrase written as a name: first word capitalised, most words too."""
    words = [_past_article(w) for w in re.findall(r"[^\W\d_][\w'\u2019-]*", text)]
    if not words or not words[0][:1].isupper():
        return False
    return 2 * sum(1 for w in words if w[:1].isupper()) >= len(words)


def _past_article(word: str) -> str:
    """(s24) A word without a name particle joined by a hyphen ("al-Karama" "Karama"),
    which Arabic names write before a capitalised word (``name_particles``)."""
    head, sep, rest = word.partition("-")
    return rest if sep and head in name_particles() and rest[:1].isupper() else word


def _acronym_definitions(text: str, mentions: Sequence[Mention]) -> dict[str, _Definition]:
    """``Long Name (ACR)`` right after an actor mention defines ACR as that actor, and so does
    ``English Name (Native Name, ACR)``, which also makes the native name the same actor."""
    found: dict[str, _Definition] = {}
    starts = {m.start: m for m in mentions}
    gazetteer = load_actor_gazetteer()
    for m in mentions:
        match = _ACRONYM_DEF.match(text, m.end) or _ACRONYM_FIRST_DEF.match(text, m.end)
        if not match:
            continue
        acr = match.group("acr")
        if not _bracket_acronym(acr) or acr == m.text:
            continue
        native: str | None = None
        native_start = -1
        m = _owner_named(m, acr)
        if match.group("native") is not None:
            native = match.group("native").strip()
            native_start = match.start("native")
            tagged = starts.get(native_start)
            if not (tagged is not None and tagged.text == native) and not _looks_like_name(native):
                continue
        definition = _Definition(m, native, native_start)
        known = gazetteer.lookup(acr)
        if known is not None:
            forms = [normalise_name(f) for f in (known.name, *known.aliases)]
            long_norm = normalise_name(m.text)
            same = any(long_norm in f or fuzz.token_set_ratio(long_norm, f) >= 95 for f in forms)
            if same or (native is not None and gazetteer.lookup(native) is known):
                found.setdefault(acr, _Definition(m, native, native_start, agrees=True))
                continue
        if (
            _initials_match(acr, m.text)
            or (native is not None and _initials_match(acr, native))
            or _initials_reordered(acr, m.text)
            or _part_initials(acr, m.text)
            or (native is None and known is None and _foreign_acronym(acr, m))
        ):
            found.setdefault(acr, definition)
    return found


def _foreign_acronym(acr: str, m: Mention) -> bool:
    """(s24) "the Mountain Defence Committees (KBM)", "the Free Companies (SAS)": an organisation's
    name of two words or more with nothing but capitals in the bracket after it, whose letters
    are those of its name in its own language, not of the English one. Not a person's name,
    nor an acronym the gazetteer gives another actor (checked by the caller); nor after a
    governing body's name, whose bracket says where it governs ("the Transition Authority
    (BARMM)"), nor after a gazetteer actor, whose acronyms the gazetteer holds: there the
    bracket says where it serves ("the Frontier Corps (GB)")."""
    words = m.text.split()
    caps = _upper_initials(m.text)
    return (
        m.label == "ORG"
        and len(words) >= 2
        and not is_body_head(words[-1])
        and load_actor_gazetteer().lookup(m.text) is None
        and acr.isalpha()
        and acr.isupper()
        and 2 <= len(acr) <= 6
        and len(caps) >= 2
        # "the Support Group (MSG)": the name's initials end the acronym, the model cut its
        # first words off; the whole name is the one the acronym stands for
        and not _fold(acr).endswith(_fold(caps))
        # "the Yakutumba militia (DRC)": a country's or a province's short name says where
        and not any(
            c.feature in ("country", "admin1", "region")
            for c in open_geo_gazetteer().candidates(acr, fuzzy=False)
        )
    )


# an acronym a text may use without defining it: capitals, with at most one lower-case letter
# between them for a function word ("MoD", "MoI", "DGSE", "DoD")
_LOOSE_ACRONYM = re.compile(r"(?<![\w-])[A-Z](?:[a-z]?[A-Z]){1,6}(?![\w-])")


def _all_initials(name: str) -> str:
    """The first letters of every word of ``name``, capitalised ("Ministry of Defence"
    "MOD", "Directorate-General for External Security" "DGFES")."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", name)).upper()


def _upper_initials(name: str) -> str:
    """The first letters of the words of ``name`` that open with a capital ("Mountain
    Defence Committees" "MDC", "Defence of the People of Azawad" "DPA")."""
    return "".join(w[0] for w in _LETTER_WORD.findall(name) if w[0].isupper())


# the capitalised words around a gazetteer match: before it on the same line, and after it
# ("Front of Ituri", "Army for the Liberation of Rwanda")
_CAPS_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019-]*[ \t]+)+$")
_CAPS_AFTER = re.compile(
    r"(?:[ \t]+(?:(?:of|for|de|du|des)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'\u2019-]*)+"
)


def _whole_bracketed_names(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """(s17) "The Patriotic Resistance Front of Ituri (FRPI)": a gazetteer match inside a
    longer capitalised name ("Resistance Front", another group) yields to the whole name when
    the acronym in brackets right after it has the whole name's initials (in any order: the
    French "Front de résistance patriotique de l'Ituri") and not the match's; the model's
    pieces of the name ("Patriotic") go with it."""
    out = list(mentions)
    for m in mentions:
        if not m.gazetteer_id or m.label not in ACTOR_LABELS:
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        before = _CAPS_BEFORE.search(text, max(line_start, m.start - 80), m.start)
        start = m.start
        if before is not None:
            start = before.start()
            first = text[start:].split(None, 1)[0]
            if first in _ARTICLES:  # "The" opening the sentence is no part of the name
                start = start + len(first)
                start += len(text[start:]) - len(text[start:].lstrip(" \t"))
        after = _CAPS_AFTER.match(text, m.end)
        end = after.end() if after is not None else m.end
        if (start, end) == (m.start, m.end):
            continue
        bracket = _ACRONYM_DEF.match(text, end)
        if bracket is None or bracket.group("native") is not None:
            continue
        whole, acr = text[start:end], bracket.group("acr")
        if not _bracket_acronym(acr) or _initials_match(acr, m.text):
            continue
        if _all_initials(whole) != acr.upper() and not _initials_reordered(acr, whole):
            continue
        delta = start - m.start
        name = replace(
            m,
            start=start,
            end=end,
            text=whole,
            label="ORG",
            orig_start=m.orig_start + delta,
            orig_end=m.orig_end + (end - m.end),
            source="rule",
            gazetteer_id=None,
        )
        out = [n for n in out if n.end <= start or n.start >= end] + [name]
    return sorted(out, key=lambda n: (n.start, n.end))


def _initialised_names(
    text: str, mentions: Sequence[Mention], defined: dict[str, _Definition]
) -> dict[str, _Definition]:
    """(s17) Acronyms the text uses without a bracket defining them ("The Ministry of
    Defence said ... The MoD later raised the toll"; a summary table may use it first): an
    acronym that the gazetteer lacks and exactly one name of two words or more the gazetteer
    lacks in the same text has as its initials
    (every word's, or the capitalised words', in any order for four letters or more:
    "DGSE" for the "Directorate-General for External Security")."""
    alpha = [c for c in text[:5000] if c.isalpha()]
    if not _mixed_case(text) or sum(c.isupper() for c in alpha) > 0.5 * len(alpha):
        return {}  # in a text all in capitals every word is shaped like an acronym
    gazetteer = load_actor_gazetteer()
    titles = load_titles()
    posts = load_actor_rules().post_acronyms
    # the names that may own such an acronym, with their initials, computed once: a name of
    # two words or more the gazetteer lacks. A person's never owns one ("PM" before "Abiy
    # Ahmed" is no initialism of "Peter Mwangi" later on) but makes it ambiguous ("MD"
    # with "Moussa Diarra" and the "Ministry of Defence")
    owners_by_initials: list[tuple[str, str, Mention]] = []
    for m in mentions:
        if m.label not in ("ORG", "PERSON") or " " not in m.text.strip():
            continue
        if gazetteer.lookup(m.text):
            continue
        words = re.findall(r"[^\W\d_]+", m.text)
        capitals = "".join(w[0] for w in words if w[0].isupper())
        owners_by_initials.append((_all_initials(m.text), capitals, m))
    out: dict[str, _Definition] = {}
    for acr in dict.fromkeys(match.group() for match in _LOOSE_ACRONYM.finditer(text)):
        if acr in defined or gazetteer.lookup(acr) is not None:
            continue
        if acr in posts or acr.lower() in titles.heads:
            continue  # an office ("PM", "VP", "MP"), not a body's initials
        letters = acr.upper()
        owners: dict[str, Mention] = {}
        for initials, capitals, m in owners_by_initials:
            if (
                initials == letters
                or capitals == letters
                or (len(letters) >= 4 and sorted(capitals) == sorted(letters))
            ):
                owners.setdefault(normalise_name(m.text), m)
        if len(owners) == 1 and (owner := next(iter(owners.values()))).label == "ORG":
            out[acr] = _Definition(owner)
    return out


_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def _capital_initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'\u2019-]*", name) if w[0].isupper())


def _owner_named(m: Mention, acr: str) -> Mention:
    """The part of "Ministry of Defence of the Government of National Unity (GNU)" that the
    bracketed acronym names: the owner after the last "of the" when the acronym is that
    owner's initials and not the whole name's ("GNU" is the government, not its ministry)."""
    parts = list(_OF_OWNER.finditer(m.text))
    if not parts or not acr.isupper() or _capital_initials(m.text) == acr:
        return m
    for part in parts:
        tail = m.text[part.end() :]
        if _capital_initials(tail) == acr and len(tail.split()) >= 2:
            delta = part.end()
            return replace(
                m, start=m.start + delta, text=tail, orig_start=m.orig_start + delta, source="rule"
            )
    return m


def _part_initials(acr: str, name: str) -> bool:
    """A hyphenated acronym partly from another language whose last part is the initials of
    the name's last capitalised words: "Strategic Framework for the Defence of the People of
    Azawad (CSP-DPA)" (Cadre stratégique permanent)."""
    parts = acr.split("-")
    if len(parts) < 2 or len(parts[-1]) < 2 or not parts[-1].isupper():
        return False
    initials = _upper_initials(name)
    return len(initials) >= 3 and initials.upper().endswith(parts[-1])


def _bracket_acronym(acr: str) -> bool:
    """An acronym in brackets: all capitals ("MINDEF", s24: with accents, "ÇKD") or mixed
    case with at least two capitals ("AGovC", "MoD")."""
    if is_acronym(acr) or (2 <= len(acr) <= 10 and acr.isalpha() and acr.isupper()):
        return True
    return (
        bool(re.fullmatch(r"[A-Z][A-Za-z]{1,9}", acr))
        and sum(c.isupper() for c in acr) >= 2
        and acr[-1].isupper()
    )


def _initials_reordered(acr: str, name: str) -> bool:
    """The acronym of the name in another language's word order: "Rapid Intervention
    Battalion (BIR)" for "Bataillon d'Intervention Rapide"."""
    initials = [w[0].upper() for w in re.findall(r"[^\W\d_]+", name) if w[0].isupper()]
    return len(acr) >= 3 and acr.isupper() and sorted(acr) == sorted(initials)


def _state_acronyms(
    text: str, mentions: Sequence[Mention], states: Sequence[StateMention]
) -> list[StateMention]:
    """State mentions for an acronym the text defines after a state's forces or body ("the
    Cameroonian defence and security forces (DSF)"), at each of its mentions."""
    defined: dict[str, StateMention] = {}
    for st in states:
        match = _ACRONYM_DEF.match(text, st.mention.end)
        if match is None or match.group("native") is not None:
            continue
        acr = match.group("acr")
        if _bracket_acronym(acr) and _initials_match(acr, st.mention.text):
            defined.setdefault(acr, st)
    return [
        StateMention(m, st.country, st.key, st.name, st.type)
        for m in mentions
        for acr, st in defined.items()
        if m.text == acr
    ]


def _owner_state(text: str, m: Mention, states: Sequence[StateMention]) -> str | None:
    """The country of the state body whose possessive stands right before ``m`` ("the
    Army's 103rd Infantry Brigade")."""
    for st in states:
        if 0 <= m.start - st.mention.end <= 4 and re.fullmatch(
            r"['\u2019]s\s+", text[st.mention.end : m.start]
        ):
            return st.country or None
    return None


def _state_acronym(m: Mention, states: Sequence[StateMention]) -> bool:
    """An acronym that a state mention covers exactly ("DSF" defined as a state's forces)."""
    return is_acronym(m.text) and any(
        (st.mention.start, st.mention.end) == (m.start, m.end) for st in states
    )


def _bare_institution(m: Mention, states: Sequence[StateMention]) -> bool:
    """A capitalised force or institution word alone ("Army", "Police") that a state
    mention covers exactly: the state's body, not a new actor."""
    word = m.text.strip()
    return (
        " " not in word
        and word.lower() in _force_nouns() | {"government", "gendarmerie"}
        and any((st.mention.start, st.mention.end) == (m.start, m.end) for st in states)
    )


def _bare_body_keys(states: Sequence[StateMention]) -> dict[str, StateMention]:
    """The capitalised bare force or government word ("Army", "Police", "Government", and
    "State" for the government) -> the one state body the report writes with that word in
    lower case ("the army said"): "Army commanders said" is that body too."""
    found: dict[str, set[str]] = {}
    first: dict[str, StateMention] = {}
    for st in states:
        word = re.sub(r"^the\s+", "", st.mention.text.strip().lower())
        if " " in word or word not in _force_nouns() | {"government"}:
            continue
        found.setdefault(word, set()).add(st.key)
        first.setdefault(word, st)
    out = {w.capitalize(): first[w] for w, ks in found.items() if len(ks) == 1}
    if "Government" in out:
        out.setdefault("State", out["Government"])
    return out


def _state_covers(m: Mention, states: Sequence[StateMention]) -> bool:
    """Whether a state or national-forces mention covers ``m``."""
    return any(st.mention.start <= m.start and m.end <= st.mention.end for st in states)


def _gazetteer_meaning(
    acr: str, acronyms: dict[str, _Definition], entry: ActorEntry | None
) -> bool:
    """Whether a mention of ``acr`` (with the gazetteer ``entry`` it was tagged with) keeps
    the gazetteer's meaning: no entry, or the text defines the acronym as that entry."""
    definition = acronyms.get(acr)
    return entry is None or definition is None or definition.agrees


def _widen_pieces(
    text: str,
    candidates: list[tuple[Mention, ActorEntry | None, str | None]],
    keys: list[str],
    widened: dict[int, tuple[int, int]],
) -> tuple[list[tuple[Mention, ActorEntry | None, str | None]], list[str]]:
    """The pieces of a long name defined in brackets that the model tagged ("Frente" of
    "the Estado Mayor de Bloques y Frente (EMBF)") become one mention of the whole name."""
    out: list[tuple[Mention, ActorEntry | None, str | None]] = []
    out_keys: list[str] = []
    done: set[tuple[int, int]] = set()
    for i, (cand, key) in enumerate(zip(candidates, keys, strict=True)):
        span = widened.get(i)
        if span is None:
            out.append(cand)
            out_keys.append(key)
            continue
        if span in done:
            continue
        done.add(span)
        m = cand[0]
        whole = replace(
            m,
            start=span[0],
            end=span[1],
            text=text[span[0] : span[1]],
            label="ORG",
            orig_start=-1,
            orig_end=-1,
        )
        out.append((whole, cand[1], cand[2]))
        out_keys.append(key)
    return out, out_keys


def _extra_acronym_mentions(
    text: str, acronyms: dict[str, _Definition], taken: list[tuple[int, int]], sentence_of: Callable
) -> list[Mention]:
    """Mentions of a defined acronym that the model did not tag."""
    extra: list[Mention] = []
    for acr in acronyms:
        extra += _untaken_occurrences(text, acr, taken, sentence_of, "acronym")
    return extra


def _untaken_occurrences(
    text: str,
    name: str,
    taken: list[tuple[int, int]],
    sentence_of: Callable[[int], int],
    source: str,
) -> list[Mention]:
    """ORG mentions of every whole-word occurrence of ``name`` that overlaps no span in
    ``taken`` (which grows with them)."""
    out: list[Mention] = []
    for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        s, e = match.span()
        if any(s < te and ts < e for ts, te in taken):
            continue
        out.append(
            Mention(
                start=s,
                end=e,
                text=name,
                label="ORG",
                sentence=sentence_of(s),
                orig_start=-1,
                orig_end=-1,
                source=source,
            )
        )
        taken.append((s, e))
    return out


@lru_cache(maxsize=1)
def _parent_gap() -> re.Pattern[str]:
    """The words between an organisation and the branch of it the text names next ("the UN
    mission MINUSMA", "the AU peacekeeping mission AMISOM"): ``branch_description_words``."""
    words = load_yaml("actor_rules.yaml").get("branch_description_words") or ()
    alternatives = "|".join(
        sorted((re.escape(str(w).lower()) for w in words), key=len, reverse=True)
    )
    return re.compile(rf"(?:\s+(?:{alternatives})){{1,3}}\s+" if alternatives else r"(?!)")


def _without_parent_modifiers(
    text: str, candidates: list[tuple[Mention, ActorEntry | None, str | None]]
) -> list[tuple[Mention, ActorEntry | None, str | None]]:
    """Leave out an organisation named only to say whose a branch named right after it is
    ("the UN mission MINUSMA": MINUSMA, the UN's mission, not also the UN acting)."""
    order = sorted(range(len(candidates)), key=lambda k: candidates[k][0].start)
    drop: set[int] = set()
    for a, b in zip(order, order[1:], strict=False):
        (ma, ea, _), (mb, eb, _) = candidates[a], candidates[b]
        if ea is None or eb is None or eb.parent != ea.id:
            continue
        if _parent_gap().fullmatch(text, ma.end, mb.start):
            drop.add(a)
    return [c for k, c in enumerate(candidates) if k not in drop]


_IN_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")


def _country_in_after(doc: Doc, text: str, m: Mention) -> set[str]:
    """ "the Defence Ministry in Aden": the country of the place right after "in"."""
    match = _IN_AFTER.match(text, m.end)
    if match is None:
        return set()
    return place_countries(doc, match.end() - 1, match.end())


@lru_cache(maxsize=1)
def _executive_body_words() -> frozenset[str]:
    """``executive_body_words`` of ``data/actor_rules.yaml``."""
    return frozenset(str(w).lower() for w in _rules_value("executive_body_words", ()))


@lru_cache(maxsize=1)
def _amount_words() -> frozenset[str]:
    """``amount_words`` of ``data/actor_rules.yaml`` ("million", "crore")."""
    return frozenset(str(w).lower() for w in _rules_value("amount_words", ()))


def _an_amount(text: str) -> bool:
    """(s23) A sum or a count written with a currency sign or letter and a magnitude word
    ("N5 million", "Rs 2 crore", "$5bn"): a figure with digits, whose other words are all
    magnitude or currency words (``amount_words``), the model took for a name."""
    words = text.split()
    if not any(c.isdigit() for c in text) or len(words) > 4:
        return False
    rest = [w for w in words if not any(c.isdigit() for c in w)]
    tails = [re.sub(r"^\D{0,3}[\d.,]+", "", w) for w in words if any(c.isdigit() for c in w)]
    return bool(rest or any(tails)) and all(
        w.lower().strip(".") in _amount_words() for w in [*rest, *(t for t in tails if t)]
    )


def _rules_value(key: str, default: Any) -> Any:
    """One value of ``data/actor_rules.yaml``."""
    value = load_yaml("actor_rules.yaml").get(key)
    return default if value is None else value


def _ministry(name: str) -> bool:
    """ "Defence Ministry", "Ministry of the Interior", (s18) "Foreign Office", "State
    Department": a body of a state's executive, its government's child."""
    return any(w.lower() in _executive_body_words() for w in name.split())


def _names_a_state(name: str) -> bool:
    """Whether a country or a demonym is among the words of ``name`` ("Turkish Defence
    Ministry")."""
    words = re.findall(r"[\w'\u2019-]+", name)
    return any(w[:1].isupper() and (is_demonym(w) or country_of_name(w) is not None) for w in words)


_JOINERS = frozenset(
    {
        "de",
        "des",
        "du",
        "la",
        "le",
        "les",
        "l",
        "d",
        "pour",
        "et",
        "en",
        "of",
        "the",
        "for",
        "and",
        "al",
        "el",
        "y",
        "del",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "on",
        "in",
        "au",
        "aux",
    }
)
_LONG_WORD = re.compile(r"([^\W\d_][\w\u2019'-]*)\s*$")


def _unlinked_definitions(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    acronyms: dict[str, _Definition],
) -> list[tuple[str, tuple[int, str, NationalForce | None]]]:
    """Acronyms of unknown bodies defined in brackets after a name that is no actor mention
    of its own: capitalised words (with "de", "pour", "of"... between them) whose initials
    spell the acronym ("Multinational Security Support (MSS)"), or a state's forces ("the
    Chadian army (ANT)"). Each acronym with the long name's start, text and the forces."""
    out: dict[str, tuple[int, str, NationalForce | None]] = {}
    known = {m.text for m, entry, _r in candidates if entry is not None}
    bracketed = re.findall(r"\(\s*([A-Z][A-Z0-9-]{1,9})\s*\)", text)
    for acr in dict.fromkeys([*(m.text for m, _e, _r in candidates), *bracketed]):
        if acr in known or acr in acronyms or acr in out or not is_acronym(acr):
            continue
        for match in re.finditer(rf"\(\s*{re.escape(acr)}\s*\)", text):
            words: list[tuple[int, str]] = []
            pos = match.start()
            while len(words) < 14:
                w = _LONG_WORD.search(text, max(0, pos - 40), pos)
                if w is None or "\n" in text[w.end() : pos]:
                    break
                # (s19) lower-case words are kept too: a name in French or Spanish writes
                # its nouns so ("Front populaire pour la défense du Kivu (FPDK)"); only the
                # stricter test of :func:`_spelled_in_full` accepts a span holding one
                words.insert(0, (w.start(1), w.group(1).replace("\u2019", "'")))
                pos = w.start(1)
            found = _long_for(acr, words, text, match.start())
            if found is not None:
                out[acr] = found
                break
    for match in _NATIVE_ACRONYM_DEF.finditer(text):
        acr, native = match.group("acr"), match.group("native")
        if acr in known or acr in acronyms or acr in out or not is_acronym(acr):
            continue
        native_words = re.findall(r"[^\W\d_][\w\u2019'-]*", native)
        if not native_words[0][:1].isupper() or not _spelled_in_full(acr, native_words):
            continue
        # "The Burundian army (Force de défense nationale du Burundi, FDNB)": the name in
        # the other language and its acronym are the state's forces named before them
        before = text[max(0, match.start() - 40) : match.start()].split("\n")[-1]
        forces = None
        for n in (3, 2):
            forces = forces or national_force_name(" ".join(before.split()[-n:]))
        out[acr] = (match.start("native"), native, forces)
    return list(out.items())


# "(Force de défense nationale du Burundi, FDNB)": a name in another language, then its acronym
_NATIVE_ACRONYM_DEF = re.compile(
    r"\(\s*(?P<native>[^\W\d_][^()\[\],;:]{2,80}?)\s*,\s*(?P<acr>[A-Z][A-Z0-9-]{1,9})\s*\)"
)


def _content_parts(word: str) -> list[str]:
    """The parts of ``word`` that give a name's acronym a letter: "Ittehad-ul-Mujahideen"
    gives "Ittehad" and "Mujahideen" ("ul" joins, as "of" does), "l'Homme" gives "Homme"."""
    base = word.split("'")[-1] or word
    if base.lower() in _JOINERS:
        return []
    parts = [p for p in base.split("-") if p]
    if len(parts) > 1 and all(p[:1].isupper() for p in parts):
        return [base]  # "Al-Shabaab", "Ahlu-Sunna": one word, one letter
    return [p for p in parts if p.lower() not in _JOINERS and p.lower() not in _link_particles()]


@lru_cache(maxsize=1)
def _link_particles() -> frozenset[str]:
    """``name_link_particles`` of ``data/actor_rules.yaml``: the particles that link the
    words of Arabic, Urdu and Persian names inside a hyphenated word ("Lashkar-e-Islam")."""
    words = load_yaml("actor_rules.yaml").get("name_link_particles") or ()
    return frozenset(str(w).lower() for w in words)


def _spelled_in_full(acr: str, words: Sequence[str]) -> bool:
    """(s19) Every word of a name but its joiners gives ``acr`` one letter, in order, lower-case
    nouns included: "Collectif des mouvements pour le changement" spells "CMC",
    "Ittehad-ul-Mujahideen Pakistan" "IMP". Exact: as many words as letters, no more."""
    letters = _fold(acr).upper().replace("-", "")
    parts = [p for w in words for p in _content_parts(w)]
    return len(parts) >= 2 and "".join(_fold(p)[:1].upper() for p in parts) == letters


def _long_for(
    acr: str, words: list[tuple[int, str]], text: str, end: int
) -> tuple[int, str, NationalForce | None] | None:
    """The long name among the last ``words`` before a bracket whose initials spell ``acr``,
    or a state's forces there."""
    for i in range(len(words)):
        start = words[i][0]
        if words[i][1].lower() in _JOINERS:
            continue
        long_text = text[start:end].rstrip()
        if any(_lower_noun(w) for _s, w in words[i:]):
            # (s19) a span with a lower-case noun is a name only when it starts with a
            # capital and every word gives the acronym its letter
            if words[i][1][:1].isupper() and _spelled_in_full(acr, [w for _s, w in words[i:]]):
                return start, long_text, None
            continue
        forces = national_force_name(long_text)
        if forces is not None and len(long_text.split()) <= 3:
            return start, long_text, forces
        initials = "".join(
            (w.split("'")[-1] or w)[:1]
            for _s, w in words[i:]
            if w.lower() not in _JOINERS and (w.split("'")[-1] or w)[:1].isupper()
        )
        if initials.upper() == acr.upper().replace("-", "") and len(initials) >= 2:
            return start, long_text, None
        if words[i][1][:1].isupper() and _spelled_in_full(acr, [w for _s, w in words[i:]]):
            return start, long_text, None  # "Ittehad-ul-Mujahideen Pakistan (IMP)"
        capitals = [
            w.split("'")[-1] or w
            for _s, w in words[i:]
            if w.lower() not in _JOINERS and (w.split("'")[-1] or w)[:1].isupper()
        ]
        if len(acr) >= 5 and len(capitals) >= 3 and _syllable_acronym(acr.upper(), capitals):
            return start, long_text, None  # "Coordinating Committee on ... (COCOMI)"
    return None


def _lower_noun(word: str) -> bool:
    """A lower-case word that is no joiner and no force noun ("the Chadian army (ANT)")."""
    base = word.split("'")[-1] or word
    return not (base[:1].isupper() or word.lower() in _JOINERS or word.lower() in _force_nouns())


def _syllable_acronym(acr: str, words: Sequence[str]) -> bool:
    """``acr`` is made of the first one to three letters of each word in turn, some word
    giving more than one: "COCOMI" of "Coordinating Committee (on) Manipur Integrity"."""
    if not words:
        return not acr
    word = _fold(words[0]).upper()
    for n in range(1, 4):
        if n > len(word) or not acr.startswith(word[:n]):
            break
        if _syllable_acronym(acr[n:], words[1:]):
            return True
    return False


_STATE_BODY_KINDS = frozenset({"government", "state_forces"})


class _ForeignAcronyms:
    """A one-country actor's acronym alone in a report about another country, with no other sign
    of the group (no other name of it, no mention of its country): "HSM" (a site's
    abbreviation) in a Haiti report is not al-Shabaab's Harakat al-Shabaab al-Mujahidin."""

    def __init__(self, doc: Doc, text: str, g: ActorGazetteer) -> None:
        self.doc, self.text, self.g = doc, text, g
        self._counts: dict[str, int] | None = None
        self._focus: str | None = None
        # the whole text folded, only for the rare foreign acronym (folding costs ms a report)
        self._folded: str | None = None

    def unfounded(self, m: Mention, entry: ActorEntry) -> bool:
        # a state's body too, not only an armed group: "PNA" in a Philippine report is the
        # Philippine News Agency, not the Palestinian National Authority
        kinds = GROUP_KINDS | _STATE_BODY_KINDS
        if m.text not in self.g.acronyms or entry.type not in kinds or not entry.country:
            return False
        if self._counts is None:
            # the countries the report names, not counting the gazetteer's state bodies
            self._counts = country_counts(self.doc, state_bodies=False)
            self._focus = report_country(self.doc, state_bodies=False)
        if not self._focus or self._focus == entry.country or self._counts.get(entry.country):
            return False
        if self._folded is None:
            self._folded = normalise_name(self.text)
        folded = f" {self._folded} "
        return not any(
            f" {normalise_name(form)} " in folded
            for form in (entry.name, *entry.aliases)
            if not is_acronym(form) and len(form) > 3
        )


def _leaders_by_surname(
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]], g: ActorGazetteer
) -> dict[str, str]:
    """The normalised surnames of the gazetteer's people the document names, each to the group
    that person leads or belongs to (when the gazetteer has it and one surname names one group):
    "Dagalo" -> the RSF once "Mohamed Hamdan Dagalo" is named."""
    found: dict[str, set[str]] = {}
    for _m, entry, _role in candidates:
        if entry is None or entry.type != "person" or not entry.member_of:
            continue
        if entry.member_of not in g.entries:
            continue
        for form in (entry.name, *entry.aliases):
            words = form.split()
            if len(words) >= 2:
                found.setdefault(normalise_name(words[-1]), set()).add(entry.member_of)
    return {name: next(iter(ids)) for name, ids in found.items() if len(ids) == 1}


def resolve_actors(
    doc: Doc,
    mentions: Sequence[Mention],
    is_place: Callable[[Mention], bool] = lambda _m: False,
    sentence_of: Callable[[int], int] = lambda _i: -1,
    gazetteer: ActorGazetteer | None = None,
    states: Sequence[StateMention] = (),
    publisher: Sequence[str] | None = None,
) -> ActorResolution:
    """Group one document's actor mentions into actors.

    ``mentions`` are all entity mentions of the document (any label); ``is_place`` says whether
    a mention names a known place (so a city tagged ORG becomes a place); ``sentence_of`` maps a
    character offset to its sentence index (for mentions added here); ``states`` are country
    names that act as states (:func:`dossier.resolve.states.acting_states`); ``publisher``
    the names of the report's publisher and authors (none by default), which name no actor
    of the story.
    """
    g = gazetteer or load_actor_gazetteer()
    rules = load_actor_rules()
    resolver = _Resolver(g)
    text = doc_text(doc)
    mentions = _whole_bracketed_names(text, mentions)
    is_place = _or_unhyphenated(is_place)
    states = [*states, *_state_acronyms(text, mentions, states)]

    # a name that is a place in one of its mentions ("in the town of X") is a place in all
    # an acronym the text defines in brackets ("Rapid Intervention Battalion (BIR)") is no
    # place however the gazetteer spells one
    bracketed = {
        acr
        for acr in re.findall(r"\w[\w'’.-]*\s*\(\s*([A-Z][A-Za-z]{1,9})\s*\)", text)
        if _bracket_acronym(acr)
    }
    place_texts = {
        m.text
        for m in mentions
        if m.label in ACTOR_LABELS
        and resolver.gazetteer_entry(m) is None
        and m.text not in bracketed
        and not _numbered_after_noun(m.text)  # (s24) "Light Infantry Battalion 345"
        and is_place(m)
        and not _surname_in_doc(m, mentions)
        # (s19) "telling Al Jazeera": a known outlet where it carries a statement, whatever
        # place shares its name
        and not (normalise_name(m.text) in _outlet_names() and _attributed_to(m, text))
        # (s23) "quoted by the state agency Petra", "told the news agency Bernama": a name
        # after an outlet's noun names that outlet, whatever place the gazetteer spells so
        and not _outlet_noun_before(m, text, rules)
    }
    place_texts |= _placed_person_names(doc, mentions, resolver, rules) - bracketed
    # (s16) "- Kiremu, 28 Oct: Clashes ...": the name that opens a dated incident line is
    # a place's, there and wherever else the report writes it
    people = {m.text for m in mentions if m.label == "PERSON"}
    place_texts |= dated_line_heads(
        text, people, lambda name: any(is_place(m) for m in mentions if m.text == name)
    ) - {m.text for m in mentions if resolver.gazetteer_entry(m) is not None}
    known = {m.text for m in mentions if resolver.gazetteer_entry(m) is not None}
    place_texts |= (
        _date_first_heads(text, people) | _place_bracketed_names(doc, mentions, is_place)
    ) - known
    # the names the report makes act (a subject, an owner): never a place's nor a venue's
    acting = _acting_names(doc, mentions)
    # (s22) "the village head of X", "the ambush at X in Y State": a place, wherever written
    place_texts |= (
        _located_names(
            doc, mentions, is_place, lambda m: resolver.gazetteer_entry(m) is None, rules, acting
        )
        - known
        - bracketed
    )
    place_texts |= (
        _places_by_noun(text, mentions, lambda m: resolver.gazetteer_entry(m) is None, rules)
        - known
        - bracketed
        - acting
    )
    is_place = _or_named_place(is_place, place_texts)
    candidates: list[tuple[Mention, ActorEntry | None, str | None]] = []
    rejected: list[Mention] = []
    places: list[Mention] = []
    year = document_year(doc)
    foreign = _ForeignAcronyms(doc, text, g)
    credited = _credit_line_names(text, rules)
    credited += [name for name in publisher or () if len(name) > 2]
    peoples = _people_names(text, rules)
    # (s17) "Al-Fateh Qurashi": a man's name holding a gazetteer name ("Fateh", Fatah);
    # the model's pieces of it ("Al-") name nothing
    longer_names = {
        m.start: longer
        for m in mentions
        if (m.label in ACTOR_LABELS or m.gazetteer_id)
        and resolver.gazetteer_entry(m) is not None
        and (longer := _longer_personal_name(m, text)) is not None
    }
    member_plurals = _member_plural_entries(mentions, resolver)
    for m in mentions:
        if m.start not in longer_names and any(
            n.start <= m.start and m.end <= n.end for n in longer_names.values()
        ):
            continue
        entry = None
        if m.label in ACTOR_LABELS or m.gazetteer_id:
            entry = resolver.gazetteer_entry(m)
        if entry is None and m.label in ACTOR_LABELS:
            movement = member_plurals.get(_bare_plural(m.text))
            if movement is not None:
                # (s25) "the Maoists" after "the CPI (Maoist)": the one movement named so
                entry, m = movement, replace(m, label="ORG")
        if entry is not None and m.start in longer_names:
            m, entry = longer_names[m.start], None  # the man, not Fatah
        if entry is not None and foreign.unfounded(m, entry):
            entry = None  # "told HSM" in a Haiti report: not al-Shabaab
            m = replace(m, gazetteer_id=None)
        if entry is not None and entry.type == "person":
            extended = _extra_surname(text, m)
            if extended is not None:
                # "Joaquín Guzmán López" is not "Joaquín Guzmán": another person
                m = replace(extended, label="PERSON", gazetteer_id=None)
                entry = None
        if entry is not None and ended_before(entry.id, year) and _state_covers(m, states):
            continue  # "Afghan forces" in a 2024 report: no longer the Republic's ANDSF
        if m.label == "NORP" and entry is None:
            continue  # nationalities and religions are not actors
        if m.label not in ACTOR_LABELS and entry is None:
            continue
        if entry is None and is_demonym(m.text):
            continue  # "Nigerien officials": a nationality, the state is found elsewhere
        role = None
        if entry is None and m.label in ("PERSON", "ORG"):
            m = _strip_rank(m)  # "Air Commodore Ehimen Ejodame": the person
            m = _joined_body_name(m, text, rules)  # "Fundación Paz" of "... Paz y Territorio"
        if entry is None and m.label == "ORG":
            stripped = _strip_members(m)
            if stripped is not m:
                m = stripped
                entry = resolver.gazetteer_entry(m)
        if entry is None and m.label == "PERSON":
            m, role = _strip_role(m, rules)
            entry = resolver.gazetteer_entry(m)
        if entry is not None and _other_states_body(entry, text, m.start):
            entry = None  # (s18) "Nigeria's Department of State": no US body
        reason = _junk_reason(m, doc, rules, known=entry is not None)
        if reason is None and entry is None and _names_publisher(m, credited, text):
            reason = "the publisher"  # "NESO" after "© Northeast Security ...", "told Reuters"
        if reason is None and entry is None and _places_joined(m, is_place):
            reason = "places joined"  # "Mazatlán or Escuinapa"
        if reason is None and entry is None and _place_and_noun(m, is_place):
            reason = "a place and a common noun"  # (s16) "Pattani house siege"
        if reason is None and entry is None and _route_end(m, text, is_place):
            reason = "a route's end"  # (s19) "from Uvira towards Kamanyola"
        if reason:
            rejected.append(m)
            continue
        if (
            entry is None
            and m.label == "PERSON"
            and _people_name(m.text, peoples)
            and not _surname_in_doc(m, mentions)
        ):
            rejected.append(m)  # "Meiteis", "Kuki-Zo": a people, named elsewhere as one
            continue
        if entry is None and m.text in place_texts:
            places.append(m)
            continue
        if (
            entry is None
            and m.label in ("PERSON", "ORG")
            and _type_from_cues(m.text, m.label, rules) in ("organization", "person")
            and _among_places(m, doc, is_place)
        ):
            places.append(m)  # "in Mayo-Sava and Logone-et-Chari": a place among places
            continue
        if entry is None and _place_variant(m, text, mentions, is_place):
            places.append(m)  # "Moqokori (also spelled Moqokoori)": the place's other name
            continue
        if entry is None and (_bare_institution(m, states) or _state_acronym(m, states)):
            continue  # "the Army's 103rd Brigade": the state's army, found by states.py
        candidates.append((m, entry, role))

    # a name the text makes a place's in one mention ("the Afungi peninsula") is no actor in
    # the others ("the Afungi site")
    reasons = {(r.text, _non_actor_reason(r, text, rules)) for r in rejected}
    place_named = {name for name, why in reasons if why == "a place's name"}
    # (s23) a venue's name ("the X school") is no actor in its other mentions unless the
    # report makes it act there ("X denied ...": a body that runs the school)
    place_named |= {name for name, why in reasons if why == "a venue's name"} - acting
    if place_named:
        candidates = [c for c in candidates if c[1] is not None or c[0].text not in place_named]
    candidates = _without_parent_modifiers(text, candidates)
    cand_mentions = [c[0] for c in candidates]
    acronyms = _acronym_definitions(text, cand_mentions)
    # (s17) "The Ministry of Defence said ... The MoD later": an acronym no bracket defines
    implicit = _initialised_names(text, cand_mentions, acronyms)
    for acr, definition in implicit.items():
        acronyms.setdefault(acr, definition)
    kept = {(m.start, m.end) for m in cand_mentions}
    # (a mention of such an acronym the junk filter dropped comes back as the body's)
    taken = [
        (m.start, m.end) for m in mentions if m.text not in implicit or (m.start, m.end) in kept
    ]
    for extra in _extra_acronym_mentions(text, acronyms, taken, sentence_of):
        candidates.append((extra, resolver.gazetteer_entry(extra), None))

    # keys: gazetteer id, or a key derived from the defining long name / the full person name
    keys: list[str] = []
    names: dict[str, str] = {}
    types: dict[str, str] = {}
    acr_key: dict[str, str] = {}
    defined_key: dict[str, str] = {}  # normalised long or native name -> key
    countries: dict[str, str] = {}
    for acr, definition in acronyms.items():
        long = definition.long
        long_entry = resolver.gazetteer_entry(long)
        native_entry = g.lookup(definition.native) if definition.native else None
        acr_entry = g.lookup(acr)
        forces = national_force_name(long.text)
        if long_entry is not None:
            acr_key[acr] = long_entry.id
        elif native_entry is not None:
            acr_key[acr] = native_entry.id
        elif acr_entry is not None and definition.agrees:
            acr_key[acr] = acr_entry.id
        elif forces is not None:
            # "Rwanda Security Forces (RSF)": a state's forces, whatever else RSF names
            acr_key[acr] = forces.key
            names.setdefault(forces.key, forces.name)
            types.setdefault(forces.key, forces.type)
            countries.setdefault(forces.key, forces.country)
        else:
            acr_key[acr] = new_key(long.text)
            names.setdefault(acr_key[acr], long.text)
            types.setdefault(acr_key[acr], _actor_type(long, doc, rules))
        for form in (long.text, definition.native):
            if form:
                defined_key.setdefault(normalise_name(form), acr_key[acr])

    covered: list[tuple[int, int, str]] = []  # long names the model split or missed
    for acr, (start, long_text, forces) in _unlinked_definitions(text, candidates, acronyms):
        if acr in acr_key:
            continue
        if forces is not None:
            # "the Chadian army (ANT)": the state's forces
            acr_key[acr] = forces.key
            names.setdefault(forces.key, forces.name)
            types.setdefault(forces.key, forces.type)
            countries.setdefault(forces.key, forces.country)
        else:
            # "the Ligue Congolaise pour la Défense des Droits de l'Homme (LCDDH)",
            # "the Multinational Security Support (MSS) mission"
            # (keyed by the acronym, the name the text goes on using; named in full)
            acr_key[acr] = new_key(acr)
            names[acr_key[acr]] = " ".join(long_text.split())
            types.setdefault(acr_key[acr], _type_from_cues(long_text, "ORG", rules))
            defined_key.setdefault(normalise_name(long_text), acr_key[acr])
        covered.append((start, start + len(long_text), acr_key[acr]))
        if not any(c[0].start < start + len(long_text) and start < c[0].end for c in candidates):
            # (s19) a long name the model tagged as a people's or not at all (a footnote's
            # "Centre for Research and Security Studies (CRSS)"): a mention of its own, and
            # the acronym's untagged occurrences with it
            taken = [(m.start, m.end) for m in mentions] + [
                (c[0].start, c[0].end) for c in candidates
            ]
            taken = [
                (s0, e0) for s0, e0 in taken if not (start <= s0 and e0 <= start + len(long_text))
            ]
            spelled = _untaken_occurrences(text, long_text, taken, sentence_of, "acronym")
            if spelled and not any(is_place(x) for x in spelled):  # not "Khyber Pakhtunkhwa (KP)"
                spelled += _untaken_occurrences(text, acr, taken, sentence_of, "acronym")
                candidates += [(x, None, None) for x in spelled]

    # "the Gran Grif gang" and "Gran Grif" (a "Gran Grif spokesperson"): one group, named
    # "Gran Grif", typed by its noun
    leaders = _leaders_by_surname(candidates, g)
    for m, entry, _role in candidates:
        base = _named_group_base(m, rules) if entry is None else None
        if base is not None and normalise_name(m.text) not in defined_key:
            led = leaders.get(normalise_name(base))
            if led is not None:
                # "the Dagalo militia": the group of the leader the text names elsewhere
                defined_key.setdefault(normalise_name(m.text), led)
                continue
            key = new_key(base)
            names.setdefault(key, base)
            types.setdefault(key, _type_from_cues(m.text, m.label, rules))
            for form in (m.text, base):
                defined_key.setdefault(normalise_name(form), key)

    people_full = [
        c[0] for c in candidates if c[1] is None and c[0].label == "PERSON" and " " in c[0].text
    ]
    people_by_start = {p.start: p for p in people_full}
    bare_bodies = _bare_body_keys(states)
    widened: dict[int, tuple[int, int]] = {}  # candidate index -> the whole name's offsets
    for m, entry, _role in candidates:
        if m.text in acr_key and not _gazetteer_meaning(m.text, acronyms, entry):
            # an acronym the text defines otherwise than the gazetteer ("RSF troops" after
            # "the Rwanda Security Forces (RSF)")
            key = acr_key[m.text]
        elif entry is not None:
            key = entry.id
        elif (bare := bare_bodies.get(m.text)) is not None:
            # "Army commanders said" where the report writes "the army" of one state
            key = bare.key
            if key not in g.entries:
                names.setdefault(key, bare.name)
                types.setdefault(key, bare.type)
                countries.setdefault(key, bare.country)
        elif m.text in acr_key:
            key = acr_key[m.text]
        else:
            key = ""
            for acr, defining in acronyms.items():
                if m.start in (defining.long.start, defining.native_start) and acr in acr_key:
                    key = acr_key[acr]
                elif (
                    defining.native
                    and acr in acr_key
                    and defining.native_start <= m.start
                    and m.end <= defining.native_start + len(defining.native)
                ):
                    key = acr_key[acr]  # "Hars al-Sahil" of "(CGA, Jihaz Hars al-Sahil)"
            if not key and m.label != "PERSON":
                # the defined name again later ("the National Liberation Army said")
                key = defined_key.get(normalise_name(m.text), "")
            if not key:
                # a piece of a long name defined in brackets ("Droits de l'Homme"): a
                # mention of the whole name
                whole = next(
                    ((s0, e0, k) for s0, e0, k in covered if s0 <= m.start and m.end <= e0), None
                )
                if whole is not None:
                    key = whole[2]
                    widened[len(keys)] = (whole[0], whole[1])
            if not key and m.label != "PERSON":
                # (s19) the first words of such a name, written whole elsewhere (a table's
                # "Ittehad-ul-Mujahideen Pakistan" of which the model took two words)
                again = next(
                    (
                        (len(text[s0:e0]), k)
                        for s0, e0, k in covered
                        if e0 - s0 > m.end - m.start and text.startswith(text[s0:e0], m.start)
                    ),
                    None,
                )
                if again is not None:
                    key = again[1]
                    widened[len(keys)] = (m.start, m.start + again[0])
            if not key and m.label == "PERSON" and " " not in m.text:
                shared = _shared_surname(text, m, people_by_start)
                if shared is not None:
                    key = new_key(shared)
                    names.setdefault(key, shared)
            if not key and m.label == "PERSON" and " " not in m.text:
                full = [p for p in people_full if p.text.split()[-1] == m.text or p.text == m.text]
                if len({normalise_name(p.text) for p in full}) == 1:
                    key = new_key(full[0].text)
            if not key:
                key = new_key(m.text)
            names.setdefault(key, m.text)
            types.setdefault(key, _actor_type(m, doc, rules))
            navy = navy_of_ship(m.text)
            if navy:
                countries.setdefault(key, navy)
        keys.append(key)
    if widened:
        candidates, keys = _widen_pieces(text, candidates, keys, widened)

    _short_names(text, candidates, keys)
    _given_names_before_nicknames(text, candidates, keys)
    _same_units(candidates, keys)
    _initials_of_names(candidates, keys, set(acr_key), types)
    _same_owned_bodies(
        candidates,
        keys,
        lambda owner: acr_key.get(owner) or defined_key.get(normalise_name(owner), owner),
    )

    # people named in full keep the full name as canonical
    for m, entry, _role in candidates:
        if entry is None and m.label == "PERSON" and " " in m.text:
            key = new_key(m.text)
            if len(m.text) > len(names.get(key, "")):
                names[key] = m.text

    _local_namesakes(doc, candidates, keys, names, types, countries)

    # "ISMP, known locally as al-Shabaab or Ansar al-Sunna": in this report those names are
    # the group named first, whatever other group the gazetteer knows by them
    local = _local_aliases(text, [c[0] for c in candidates], keys)
    local = replace(local, quoted=(*local.quoted, *_inner_nicknames(candidates)))
    keys = [local.keys.get(k, k) for k in keys]
    dashed = _dash_aliases(text, candidates, keys)
    keys = [dashed.get(k, k) for k in keys]
    ored = _or_aliases(text, candidates, keys)
    _merged_types(ored, types)
    keys = [ored.get(k, k) for k in keys]
    spelt = _spelling_aliases(text, candidates, keys)
    keys = [spelt.get(k, k) for k in keys]
    faction = _bracketed_group_names(text, candidates, keys)
    keys = [faction.get(k, k) for k in keys]
    bracketed_people = _bracketed_person_aliases(text, candidates, keys)
    keys = [bracketed_people.get(k, k) for k in keys]
    for old_key, new in bracketed_people.items():
        full_name = names.get(old_key, "")
        if len(full_name.split()) > len(names.get(new, "").split()):
            names[new] = full_name  # "alias "Richard" (John Mechas)": the full name
    # (s17) "ISSP (also État islamique au Sahel, EIS)": the names in brackets are the group's
    merged_in, pieces = _bracket_alias_lists(text, candidates, keys)
    keys = [_followed(merged_in, k) for k in keys]
    if pieces:
        candidates = [c for n, c in enumerate(candidates) if n not in pieces]
        keys = [k for n, k in enumerate(keys) if n not in pieces]
    # (s17) "X, also called Y", "Y, as X is known locally": one group
    keys = _apposed_alias_keys(text, candidates, keys)
    # (s21) "the Sahel Brotherhood, which first styled itself Jama'at al-Nur": the subject's
    # other name
    keys = _self_named_keys(doc, candidates, keys)
    # (s17) "the Front" after "the Chin National Liberation Front": the one group so named
    keys = _head_word_keys(text, candidates, keys)
    # (s21) "the Giants" after "the Giants Brigades": the one group so named
    keys = _tail_dropped_keys(candidates, keys)
    # (s18) "the G9" after "the G9 an Fanmi e Alye federation": the one group so named
    keys = _leading_code_keys(candidates, keys)
    # (s17) "Dozo hunters ... the Dozos": the group named after its members
    keys = _member_word_keys(text, candidates, keys)
    # a nickname the model took for a people ("Khawarij" tagged NORP) is no actor of its own
    taken_now = [
        (m.start, m.end)
        for m in mentions
        if not (m.label == "NORP" and resolver.gazetteer_entry(m) is None)
    ] + [(c[0].start, c[0].end) for c in candidates]
    quoted_people = False
    for mention, owner in _quoted_alias_mentions(text, local, taken_now, sentence_of):
        if candidates[owner][0].label == "PERSON":
            # "X, better known as "Iván Mordisco"": a person's other name
            mention = replace(mention, label="PERSON")
            quoted_people = True
        candidates.append((mention, None, None))
        keys.append(keys[owner])
    if quoted_people:
        _short_names(text, candidates, keys)  # "Mordisco" after "better known as "Iván Mordisco""
    for mention, owner in _locally_called(text, candidates, keys, types, taken_now, sentence_of):
        candidates.append((mention, None, None))
        keys.append(keys[owner])
    # (s19) "Wazalendo (...), also called the VDP": the second name is the first's alias
    _also_called(text, candidates, keys, types)
    # (s23) "X alias Y", "X a.k.a. Y": one person by two names
    _person_alias_pairs(text, candidates, keys, types)
    # (s19) "clan militias known locally as macawisley": a group named by its noun's name
    named_only = [(c[0].start, c[0].end) for c in candidates]  # not a quote's WORK_OF_ART
    for mention, noun in _noun_named_groups(text, named_only, sentence_of):
        key = new_key(mention.text)
        candidates.append((mention, None, None))
        keys.append(key)
        names.setdefault(key, mention.text)
        types.setdefault(key, _noun_group_type(noun, rules))
    # (the model's rejected mentions do not hide it: "General X" is no mere rank there)
    named_spans = [(c[0].start, c[0].end) for c in candidates]
    for mention in _self_named_people(text, named_spans, sentence_of):
        # (s17) "a commander who gave his name as "General Ebube"": a person of that name
        key = new_key(mention.text)
        candidates.append((mention, None, None))
        keys.append(key)
        names.setdefault(key, mention.text)
        types.setdefault(key, "person")

    grouped: dict[str, list[Mention]] = {}
    key_at: dict[int, str] = {}  # the end of a mention → its key
    for (m, _e, _r), key in zip(candidates, keys, strict=True):
        grouped.setdefault(key, []).append(m)
        key_at.setdefault(m.end, key)

    state_names: dict[str, list[str]] = {}
    taken_spans = [(m.start, m.end) for m, _e, _r in candidates]
    units = _named_state_units(candidates)
    stand_ins: set[tuple[int, int]] = set()
    # (s22) a state named by its demonym ("Ugandan-made", "the Chadian-led force") is also
    # called by the country's own name
    country_names: dict[str, set[str]] = {}
    for st in states:
        m = st.mention
        if any(s < m.end and m.start < e for s, e in taken_spans):
            continue  # the name is already an actor mention ("Iran" tagged ORG)
        if st.type == "government" and m.text != st.name and is_demonym(m.text):
            country_names.setdefault(st.key, set()).add(st.name)
        unit = _as_named_unit(st, units, year, text)
        if unit is not st or (m.source == "metonymy" and st.type == "state_forces"):
            # (s19) "US" of "a US airstrike" stands for the command, "Chad" of "troops from
            # Chad" for its forces: a country's name, no alias of either
            stand_ins.add((m.start, m.end))
        st = unit
        grouped.setdefault(st.key, []).append(m)
        if st.key not in g.entries:
            countries[st.key] = st.country
            types[st.key] = st.type
            state_names.setdefault(st.key, []).append(st.name)
    for key, forms in state_names.items():
        # "Russia" rather than "US" or "RUSSIA": the most written full form, the first
        # written on a tie ("Argentine forces" / "Argentina forces"; a set's order would
        # change from one process to the next)
        written = [f for f in forms if not f.replace(".", "").isupper()] or forms
        names[key] = max(dict.fromkeys(written), key=lambda f: (written.count(f), len(f)))

    for key, ms in grouped.items():
        if (
            key not in g.entries
            and types.get(key) in ("organization", "ngo", "state_forces")
            and not is_demonym((names.get(key) or "x").split()[0])
            and any(
                _described_armed(text, x)
                or (types.get(key) == "organization" and _armed_members(text, x, rules))
                for x in ms
            )
        ):
            types[key] = "armed_group"  # "outlets describe Radaa as "a militia""
    unnamed = _add_unidentified(doc, grouped, g, names, types, countries, sentence_of)
    member_of = _memberships(doc, candidates, keys, rules)
    actors: list[Actor] = []
    home: tuple[str] | None = None  # the report's own country, found on first need
    for key, ms in grouped.items():
        ms.sort(key=lambda x: x.start)
        entry = g.entries.get(key)
        # (s18) a name wrapped onto the next line is one spelling, written on one line
        surface = sorted(
            {re.sub(r"\s*\n\s*", " ", x.text) for x in ms if (x.start, x.end) not in stand_ins}
        )
        surface.extend(country_names.get(key, ()))
        if entry is not None:
            aliases = tuple(
                sorted(
                    (set(entry.aliases) | set(surface) | _state_own_name(key, entry)) - {entry.name}
                )
            )
            actors.append(
                Actor(
                    key=key,
                    name=entry.name,
                    type=entry.type,
                    aliases=aliases,
                    mentions=tuple(ms),
                    parent=entry.parent,
                    wikidata=entry.wikidata,
                    country=entry.country,
                    member_of=entry.member_of or member_of.get(key),
                )
            )
        else:
            # (s18) a name wrapped onto the next line is written on one
            name = re.sub(r"\s*\n\s*", " ", names[key])
            if key not in countries and types.get(key) in ("person", "government"):
                found = {_country_before(text, x.start, rules) for x in ms} - {None}
                if len(found) == 1:
                    countries[key] = str(next(iter(found)))
            if types.get(key) == "organization":
                # (s16) "Thailand's Peace Dialogue Panel": a body a state owns by name (s18:
                # whatever country the report gave it: "Pakistan's Foreign Office")
                owned = {_state_owner_before(text, x.start) for x in ms} - {None}
                if len(owned) == 1 and (key not in countries or _state_body_name(name, rules)):
                    if _state_body_name(name, rules):
                        types[key] = "government"  # not "Nigeria's Muslim Rights Concern"
                    countries[key] = str(next(iter(owned)))
            national = _national_unit(name, rules)
            if national is not None and types.get(key) == "armed_group" and key not in countries:
                # "the Cameroonian Rapid Intervention Battalion": a state's unit
                types[key] = "state_forces"
                countries[key] = national
            if key not in countries and types.get(key) in ("state_forces", "government"):
                # "the Turkish Defence Ministry": a demonym or country leads the name;
                # "the Army's 103rd Brigade": the unit of a state's forces
                lead = name.split()[0] if name.split() else ""
                found = {_owner_state(text, x, states) for x in ms} - {None}
                if is_demonym(lead) or lead.endswith(("'s", "\u2019s")):
                    found.add(country_of_name(lead))
                elif (
                    lead.lower() == "the" and len(name.split()) > 1 and is_demonym(name.split()[1])
                ):
                    found.add(country_of_name(name.split()[1]))  # "the Cameroonian ..."
                found -= {None}
                if not found:
                    # "the Defence Ministry in Aden": the country of the place after "in"
                    found = {cc for x in ms for cc in _country_in_after(doc, text, x)}
                if len(found) == 1:
                    countries[key] = str(next(iter(found)))
            parent: str | None = None
            if types.get(key) not in ("person", "media"):
                unit_of = next((o for x in ms if (o := _parent_unit(x, doc, rules))), None)
                if unit_of is not None and unit_of.id != key:
                    parent = unit_of.id
                    state = unit_of.type in ("government", "state_forces")
                    # "the UN's Force Intervention Brigade": a force of a body of states
                    types[key] = (
                        "igo"
                        if unit_of.type == "igo"
                        else "state_forces"
                        if state
                        else "armed_group"
                    )
                    if unit_of.country:
                        countries.setdefault(key, unit_of.country)
                else:
                    # "the Turkana Liberation Front's Lokori command": an owner the gazetteer
                    # lacks, named right before the unit
                    owners = [_new_owner_key(x, doc, key_at) for x in ms]
                    parent = next((k for k in owners if k is not None and k != key), None)
                    if parent is not None and key not in countries and countries.get(parent):
                        countries[key] = countries[parent]
            if key not in countries and types.get(key) in _COUNTRY_BOUND_TYPES:
                # "the Ministry of Defence", "the 33rd Front" in a report about one
                # country: that country's, where the report has one
                if home is None:
                    home = (report_country(doc) or "",)
                if home[0]:
                    countries[key] = home[0]
            if key not in unnamed and _written_lower_only(ms, types.get(key, "")):
                continue  # (s22) "the land commission": a description, no name
            # an unidentified group has no names but its own: "gunmen" would merge the
            # Nigerian and the Malian ones in the store
            aliases = () if key in unnamed else tuple(sorted(set(surface) - {name}))
            out_key = key
            cc = countries.get(key)
            if cc and types.get(key) == "government" and _ministry(name):
                # "the Defence Ministry" of Yemen and of Turkey are two ministries in the
                # store: the key holds the country, the state's government is the parent
                if not _names_a_state(name):
                    out_key = f"{key}-{cc.lower()}"
                government = state_key(cc)
                if parent is None and (government in g.entries or government in grouped):
                    parent = government
            actors.append(
                Actor(
                    key=out_key,
                    name=name,
                    type=types[key],
                    aliases=aliases,
                    mentions=tuple(ms),
                    parent=parent,
                    member_of=member_of.get(key),
                    country=countries.get(key),
                )
            )
    actors.sort(key=lambda a: a.mentions[0].start)
    return ActorResolution(actors=tuple(actors), rejected=tuple(rejected), places=tuple(places))


@lru_cache(maxsize=1)
def _lowercase_unnamed_types() -> frozenset[str]:
    return frozenset(
        str(t) for t in load_yaml("actor_rules.yaml").get("lowercase_unnamed_types") or ()
    )


def _written_lower_only(ms: Sequence[Mention], kind: str) -> bool:
    """(s22) Every mention of a body the gazetteer lacks is written in lower case, in a
    script that has capitals ("5,000 dinars", a Spanish "emboscada"), holds no noun of a
    body (``body_nouns``), and its type is one of ``lowercase_unnamed_types``: a common
    word, not a proper name. A name in a script without capitals (Amharic, Arabic) is not
    judged by its letters."""
    if kind not in _lowercase_unnamed_types():
        return False
    cased = [c for x in ms for c in x.text if c.isupper() or c.islower()]
    if not cased or any(c.isupper() for c in cased):
        return False
    # a body described by its kind ("the land commission" a person once headed) is
    # still that body: only a name with no body noun goes ("dinars", "emboscada")
    bodies = body_nouns()
    return not any(w in bodies for x in ms for w in re.findall(r"[^\W\d_]+", x.text))


def _add_unidentified(
    doc: Doc,
    grouped: dict[str, list[Mention]],
    g: ActorGazetteer,
    names: dict[str, str],
    types: dict[str, str],
    countries: dict[str, str],
    sentence_of: Callable[[int], int],
) -> set[str]:
    """Add the unnamed armed collectives of ``doc`` ("gunmen", "armed bandits") to
    ``grouped`` as unidentified groups of their country (:mod:`dossier.resolve.unidentified`);
    return their keys. A phrase that another mention covers keeps that mention's actor
    ("Boko Haram gunmen"), except a name the model made of the phrase's own words alone
    ("Bandits" tagged ORG)."""
    found = unidentified_mentions(doc, sentence_of)
    if not found:
        return set()
    rules = load_unidentified_rules()

    def kind(key: str) -> str:
        entry = g.entries.get(key)
        return entry.type if entry is not None else types.get(key, "")

    named_starts = sorted(
        m.start for key, ms in grouped.items() if kind(key) in rules.named_group_types for m in ms
    )
    fresh: list[UnidentifiedMention] = []
    replaced: list[tuple[str, Mention]] = []
    for u in found:
        s, e = u.mention.start, u.mention.end
        over = [(key, m) for key, ms in grouped.items() for m in ms if m.start < e and s < m.end]
        # the model's "Gunmen" or "Armed Bandits" as a name: a new key inside the phrase
        if all(key.startswith("new:") and s <= m.start and m.end <= e for key, m in over):
            fresh.append(u)
            replaced.extend(over)
    others = any(kind(key) in rules.ambiguous_group_types for key in grouped)
    kept = keep_unidentified(doc, fresh, named_starts, others)
    kept_spans = [(u.mention.start, u.mention.end) for u in kept]
    for key, m in replaced:
        if any(s <= m.start and m.end <= e for s, e in kept_spans) and m in grouped.get(key, []):
            grouped[key].remove(m)
            if not grouped[key]:
                del grouped[key]
    keys: set[str] = set()
    for u in kept:
        grouped.setdefault(u.key, []).append(u.mention)
        names[u.key] = u.name
        types[u.key] = u.type
        countries[u.key] = u.country
        keys.add(u.key)
    return keys


_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ur|us)[-\u2010\u2011]", re.I)
# 'Ahmad Mahmood Hassan ("Abwakasa")': a nickname in quotes in brackets after a name
_QUOTED_NICKNAME = re.compile(
    r"\s*\(\s*[\"\u201c\u2018']([^\"\u201c\u201d\u2018\u2019()]{2,40})[\"\u201d\u2019']\s*\)"
)


@lru_cache(maxsize=1)
def _armed_description_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after the name, before the name) patterns of ``armed_group_descriptions``."""
    words = load_yaml("actor_rules.yaml").get("armed_group_descriptions") or ()
    nouns = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    described = rf"[\"\u201c\u2018']?(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b"
    after = re.compile(
        r"[\"\u201d\u2019']?\s*(?:\([^()]{1,20}\)\s*)?(?:,\s+|\s+(?:is|was|remains|became)\s+"
        r"(?:(?:now|still|also|effectively|essentially)\s+)?|\s+as\s+)" + described,
        re.IGNORECASE,
    )
    before = re.compile(
        r"\b(?:describes?|described|describing|calls?|called|calling|brands?|branded|"
        r"labels?|labell?ed|dismiss(?:es|ed)?|regards?|regarded|considers?|considered)\s+"
        r"(?:the\s+)?$",
        re.IGNORECASE,
    )
    return after, before


def _described_armed(text: str, m: Mention) -> bool:
    """The text calls the named body an armed group: "the X, a militia loyal to ...", "X is
    now a heavily armed militia", "outlets describe X as "a militia outside the law"" (the
    nouns of ``armed_group_descriptions`` in ``data/actor_rules.yaml``)."""
    after, before = _armed_description_res()
    found = after.match(text, m.end)
    if found is None:
        return False
    if re.match(r"[\"\u201d\u2019']?\s+as\s+", text[m.end :]):
        return before.search(text, max(0, m.start - 40), m.start) is not None
    return True


def _armed_members(text: str, m: Mention, rules: ActorRules) -> bool:
    """Fighters or a commander of the named body: "the commander of the X", "fighters of
    the X", "X fighters", "X's gunmen" (``armed_member_nouns`` of ``data/actor_rules.yaml``,
    and "commander")."""
    nouns = rules.armed_member_nouns | {"commander", "commanders"}
    before = _WORD_BEFORE_OF.search(text, max(0, m.start - 40), m.start)
    if before is not None and before.group(1).lower() in nouns:
        return True
    after = re.match(r"(?:['\u2019]s)?\s+([a-z]+)\b", text[m.end : m.end + 30])
    return after is not None and after.group(1) in nouns - {"commander", "commanders"}


def _bracketed_group_names(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> dict[str, str]:
    """A one- or two-word name alone in brackets right after a group's name the gazetteer
    lacks ("the United Liberation Front (Koireng)", "the Tiger Force (Nimr)") is that group's
    other name or the name of the faction the text means: the same actor."""
    by_start = {c[0].start: i for i, c in enumerate(candidates)}
    out: dict[str, str] = {}
    for i, (m, _entry, _role) in enumerate(candidates):
        outlet = is_acronym(m.text) and _outlet_noun_before(m, text, load_actor_rules())
        if m.label == "PERSON" or (" " not in m.text.strip() and not outlet):
            continue  # (s19) an outlet's acronym may come first: "broadcaster RTN (Télé Sahel)"
        opening = re.compile(r"\s*\(\s*").match(text, m.end)
        j = by_start.get(opening.end()) if opening else None
        if j is None or j == i:
            continue
        other, other_entry = candidates[j][0], candidates[j][1]
        if (
            other_entry is not None
            or is_acronym(other.text)
            or len(other.text.split()) > 2
            or not text.startswith(")", other.end)
            or keys[j] == keys[i]
            or not keys[j].startswith("new:")
        ):
            continue
        out[keys[j]] = keys[i]
    return {k: v for k, v in out.items() if k not in out.values()}


# (s16) "a new alliance, Jabhat X, or the Y Front," / "the Y Front (or Jabhat X)": a name
# and its other name (a translation, an official or a local name) joined by "or"
_OR_ALIAS = re.compile(
    r"(?:,\s+or\s+|\s*\(\s*(?:or|also|aka|a\.k\.a\.|alias|formerly)\s+)(?:the\s+)?"
)
_OR_ALIAS_END = re.compile(r"\s*(?:[,.;:)]|\s(?:which|who|that|whose|has|had|is|was)\b|$)")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|\beither|\bwhether|\bboth)\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def _alias_list_cue() -> re.Pattern[str]:
    """The words that make a bracket after a name a list of its other names ("also", "known
    as", "formerly", "in French", ``alias_list_cues`` and ``language_names`` of
    ``data/actor_rules.yaml``), at the start of an item."""
    data = load_yaml("actor_rules.yaml")
    cues = [str(w) for w in data.get("alias_list_cues") or ()]
    languages = [str(w) for w in data.get("language_names") or ()]
    joiners = [str(w) for w in data.get("alias_list_joiners") or ()]

    def alternation(words: Sequence[str]) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)

    # a joiner ("and formerly known as") counts only before a cue, never alone
    join = rf"(?:(?:{alternation(joiners)})\s+)?" if joiners else ""
    cue = alternation(cues + [f"in {w}" for w in languages])
    return re.compile(rf"^(?:{join}(?:{cue})(?![\w-])[\s:,]*)+", re.I)


_ALIAS_ITEM_SPLIT = re.compile(r"[,;]")
_LEADING_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.I)
_ARTICLE_AT = re.compile(r"(?:the|an?)\s+(?=\S)", re.I)
_ALIAS_ITEM_TRIM = " \t\n*_\"'\u201c\u201d\u2018\u2019"
_FIRST_WORD = re.compile(r"([^\W\d_]+)(\W?)")


def _name_opens(body: str) -> bool:
    """Whether ``body`` opens with a name: a capitalised word, an acronym or a name particle
    glued to a name ("al-Shabaab"), not a verb or a noun ("allied with the X Front")."""
    first = _FIRST_WORD.match(body)
    if first is None:
        return bool(body[:1].isdigit())
    word, glue = first.group(1), first.group(2)
    # a particle glued to what follows ("al-Shabaab"); "in" tests a one-character string,
    # so an empty ``glue`` (a bare "al" ending the body) glues to nothing
    return word[:1].isupper() or (
        word.lower() in name_particles() and glue != "" and glue in "-'\u2019"
    )


def _bracket_alias_lists(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> tuple[dict[str, str], set[int]]:
    """(s17) A bracket right after an actor's name that lists its other names ("Islamic State
    Sahel Province (ISSP, also État islamique au Sahel, EIS, and formerly known as ISGS)": an
    item opens with a cue word of :func:`_alias_list_cue`): a name the gazetteer does not
    give to another actor that is a whole item is that actor; a name that is a piece of a
    longer item ("État", "Sahel" of "État islamique au Sahel") names nothing by itself. A
    bracket of one name in another language than the name before it is its translation
    ("the Sahel Liberation Movement (Harakat Tahrir al-Sahil)"). An item that does not open
    with a name ("also allied with the Zomi Front", "a JNIM ally") lists no other name: the
    actors in it keep their own.
    Returns the old keys of the names listed with their new key, and the pieces to drop."""
    cue = _alias_list_cue()
    merged: dict[str, str] = {}
    pieces: set[int] = set()
    for (m, _entry, _role), key in zip(candidates, keys, strict=True):
        opening = re.match(r"[ \t]*\(", text[m.end : m.end + 4])
        if opening is None:
            continue
        start = m.end + opening.end()
        close = text.find(")", start, start + 300)
        if close < 0 or "(" in text[start:close] or "\n" in text[start:close]:
            continue
        items: list[tuple[int, int, str]] = []
        cued = False
        pos = start
        for raw in _ALIAS_ITEM_SPLIT.split(text[start:close]):
            lead = cue.match(raw.lstrip(_ALIAS_ITEM_TRIM))
            body = raw.lstrip(_ALIAS_ITEM_TRIM)
            body = body[lead.end() :] if lead is not None else body
            body = _LEADING_ARTICLE.sub("", body.strip(_ALIAS_ITEM_TRIM))
            pos += len(raw) + 1
            if not _name_opens(body):
                # "also allied with the Zomi Revolutionary Front", "a JNIM ally": a phrase
                # about another actor, no other name of this one
                continue
            cued = cued or lead is not None
            offset = text.find(body, pos - len(raw) - 1, pos) if body else -1
            if body and offset >= 0:
                items.append((offset, offset + len(body), body))
        if (
            not cued
            and len(items) == 1
            and len(items[0][2].split()) > 1  # not an acronym: "(TSC)" defines one elsewhere
            and _translated(m.text, items[0][2])
        ):
            cued = True  # "the Sahel Liberation Movement (Harakat Tahrir al-Sahil)"
        if not cued:
            continue  # "(SLA-MM and JEM)": members, not other names
        for n, (other, entry, _r) in enumerate(candidates):
            if not (start <= other.start and other.end <= close) or keys[n] == key:
                continue
            if entry is not None:
                continue  # another actor the gazetteer knows: "(a JNIM ally)"
            item = next((it for it in items if it[0] <= other.start and other.end <= it[1]), None)
            if item is None:
                continue
            if other.text.strip(_ALIAS_ITEM_TRIM) == item[2]:
                merged[keys[n]] = key  # every mention an earlier step put under that key
            else:
                pieces.add(n)
    return merged, pieces


_AS_KNOWN_BEFORE = re.compile(r",?\s+as\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _as_known_after() -> re.Pattern[str]:
    """ "is known", "are called" after X in "Y, as X is known locally" (``as_known_verbs``
    of ``data/actor_rules.yaml``)."""
    verbs = [str(w) for w in load_yaml("actor_rules.yaml").get("as_known_verbs") or ()]
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in verbs) or "(?!)"
    return re.compile(rf"\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:{alts})\b", re.I)


@lru_cache(maxsize=1)
def _bracket_only_cues() -> frozenset[str]:
    """``bracket_only_alias_cues`` of ``data/actor_rules.yaml`` ("or")."""
    words = load_yaml("actor_rules.yaml").get("bracket_only_alias_cues") or ()
    return frozenset(str(w).lower() for w in words)


def _rekey(keys: list[str], old: str, new: str) -> None:
    """Move every candidate under ``old`` to ``new`` (an earlier step may have put several
    mentions under one key: "ASWJ" and the "al-Shabaab" it is known as locally)."""
    if old == new:
        return
    for n, k in enumerate(keys):
        if k == old:
            keys[n] = new


def _followed(moves: dict[str, str], key: str) -> str:
    """Where a chain of key moves (A to B, B to C) takes ``key``."""
    seen = {key}
    while key in moves and moves[key] not in seen:
        key = moves[key]
        seen.add(key)
    return key


def _apposed_alias_keys(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> list[str]:
    """(s17) Other names given in an apposition: "the Kachin Independence Army, also called
    the Kachin Army," and "X, known locally as Y" (a cue of :func:`_alias_list_cue` between
    a comma and the name: Y is X); "Jama'at Ahl al-Bayt, as the Kwara Revolutionary
    Movement is known locally" (Y is X). A name the gazetteer gives to another actor keeps
    its own."""
    out = list(keys)
    cue = _alias_list_cue()
    by_start = {c[0].start: n for n, c in enumerate(candidates)}
    for n, (m, _entry, _role) in enumerate(candidates):
        after = text[m.end : m.end + 60]
        if after.startswith(","):
            lead = cue.match(after[1:].lstrip())
            if lead is not None and lead.group().strip().lower() not in _bracket_only_cues():
                rest = m.end + 1 + (len(after[1:]) - len(after[1:].lstrip())) + lead.end()
                the = re.match(r"the\s+", text[rest : rest + 5], re.I)
                j = by_start.get(rest + (the.end() if the else 0))
                if j is not None and candidates[j][1] is None:
                    _rekey(out, out[j], out[n])
        before = _AS_KNOWN_BEFORE.search(text, max(0, m.start - 12), m.start)
        if before is not None and _as_known_after().match(text, m.end):
            # "Y, as X is known locally": the name before the comma is X's
            y = next(
                (
                    k
                    for k, c in enumerate(candidates)
                    if c[0].end == before.start() and c[1] is None
                ),
                None,
            )
            if y is not None:
                _rekey(out, out[y], out[n])
    return out


@lru_cache(maxsize=1)
def _not_short_heads() -> frozenset[str]:
    """Words that, alone after "the", stand for a state's body more often than for a group
    whose name ends in them ("the Army", "the Police", "the Council" of a ministry):
    the force and police nouns of ``data/state_actors.yaml`` and the state body words."""
    return _force_nouns() | _BODY_WORDS | _state_body_words()


_NAME_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b([A-Z][\w'\u2019-]*)[ \t]+$")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:of|for|de|du|des)[ \t]+(?:the[ \t]+)?)?[A-Z]")
_ARTICLES = frozenset({"The", "A", "An"})


_ACRONYM_BEFORE = re.compile(r"(?:\b[A-Z]{2,6}|[A-Za-z]['\u2019]s)[ \t]+$")


def _owned_name(m: Mention, text: str) -> bool:
    """(s21) A name written after its owner's acronym or possessive ("the HTS General
    Security Service", "Libya's General Security Service"): a whole name, where
    :func:`_inside_longer_name` would take the owner for its first word."""
    return _ACRONYM_BEFORE.search(text, max(0, m.start - 10), m.start) is not None and (
        _NAME_GOES_ON.match(text, m.end) is None
    )


def _inside_longer_name(m: Mention, text: str) -> bool:
    """Whether the name at ``m`` is a piece of a longer capitalised name the text writes
    around it ("Resistance Front" of "the Patriotic Resistance Front of Ituri", a match of
    the gazetteer inside another name), not a name written in full."""
    before = _NAME_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    if before is not None and before.group(1) not in _ARTICLES and m.start > before.start():
        line_start = text.rfind("\n", 0, m.start) + 1
        if before.start() > line_start:  # a word opening a line opens a heading or a sentence
            return True
    return _NAME_GOES_ON.match(text, m.end) is not None


_LOWER_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")


# (s25) the gazetteer types whose members a plural noun may name ("the Maoists")
_MOVEMENT_TYPES = frozenset({"armed_group", "political_party", "militia", "criminal_group"})


def _bare_plural(text: str) -> str:
    """(s25) A mention's text without a leading "the" ("the Maoists" -> "Maoists")."""
    words = text.split()
    return " ".join(words[1:] if words and words[0].lower() == "the" else words)


@lru_cache(maxsize=1)
def _generic_member_plurals() -> frozenset[str]:
    """(s25) ``generic_member_plurals`` of ``data/actor_rules.yaml``."""
    return frozenset(str(w).lower() for w in _rules_value("generic_member_plurals", ()))


@lru_cache(maxsize=1)
def _member_noun_endings() -> tuple[str, ...]:
    """(s25b) ``member_noun_endings`` of ``data/actor_rules.yaml``."""
    return tuple(str(w).lower() for w in _rules_value("member_noun_endings", ()))


def _member_plural_entries(
    mentions: Sequence[Mention], resolver: _Resolver
) -> dict[str, ActorEntry]:
    """(s25) The plural member nouns of the armed or political movements the report names by
    a gazetteer name: "Maoists" for "the CPI (Maoist)", "Zapatistas" for "the Zapatista Army
    of National Liberation" — a capitalised one-word plural whose singular (or itself) is a
    word of the name or an alias of exactly one such movement the report names. Not a
    people's nor a faith's name ("Palestinians" is no "Palestinian Islamic Jihad", a demonym)
    nor a generic ideology ("Nationalists", ``generic_member_plurals``)."""
    named: dict[str, ActorEntry] = {}
    for m in mentions:
        if m.label in ACTOR_LABELS or m.gazetteer_id:
            entry = resolver.gazetteer_entry(m)
            if entry is not None and entry.type in _MOVEMENT_TYPES:
                named[entry.id] = entry
    if not named:
        return {}
    words_of = {
        key: {w for n in (e.name, *e.aliases) for w in re.findall(r"[A-Z][\w'-]+", n)}
        for key, e in named.items()
    }
    out: dict[str, ActorEntry] = {}
    for m in mentions:
        plural = _bare_plural(m.text)
        if plural in out or " " in plural or not re.fullmatch(r"[A-Z][a-z]+s", plural):
            continue
        if plural.lower() in _generic_member_plurals() or is_demonym(plural):
            continue
        singular = plural[:-1]
        if is_demonym(singular) or not singular.lower().endswith(_member_noun_endings()):
            continue
        owners = [k for k, ws in words_of.items() if singular in ws or plural in ws]
        if len(owners) == 1:
            out[plural] = named[owners[0]]
    return out


def _member_word_keys(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> list[str]:
    """(s17) "Dozo hunters patrolled ... the Dozos killed": one capitalised word before a
    lower-case noun, the singular of a one-word plural name of an actor the gazetteer lacks
    in the same text, is that actor's (the model takes the modifier for a person)."""
    out = list(keys)
    plurals = {
        m.text.strip(): key
        for (m, entry, _r), key in zip(candidates, keys, strict=True)
        if entry is None and " " not in m.text.strip() and m.text.strip().endswith("s")
    }
    for n, (m, entry, _role) in enumerate(candidates):
        word = m.text.strip()
        owner = plurals.get(word + "s")
        if entry is not None or " " in word or not word[:1].isupper() or owner is None:
            continue
        if _LOWER_NOUN_AFTER.match(text, m.end) and owner != out[n]:
            _rekey(out, out[n], owner)
    return out


# where a name's head noun ends: "Front" of "Popular Front for the Liberation of Palestine"
_HEAD_ENDS = re.compile(r"\s+(?:of|for)\s+")


def _head_word_keys(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> list[str]:
    """(s17) "The Front said" after "the Chin National Liberation Front", "the Avengers"
    after "the Niger Delta Avengers": a capitalised word alone after "the" that ends the
    name of exactly one actor of two words or more in the report is that actor (never a
    state's body word: "the Army" is the state's). (s21) So are the last two words or more
    of such a name, after "the" ("the Security Service" after "the General Security
    Service")."""
    out = list(keys)
    last_words: dict[str, set[str]] = {}
    for (m, _entry, _role), key in zip(candidates, keys, strict=True):
        words = m.text.split()
        whole = not _inside_longer_name(m, text)
        if len(words) >= 2 and words[-1][:1].isupper() and (whole or _owned_name(m, text)):
            # (s21) "the Security Service" after "the (HTS) General Security Service": the
            # last words of a longer name, each capitalised, unless the words left out name
            # a state ("the Defence Ministry" is no "Turkish Defence Ministry")
            for k in range(2, len(words)):
                if all(w[:1].isupper() for w in words[-k:]) and not any(
                    is_demonym(w) or country_of_name(w) for w in words[:-k]
                ):
                    last_words.setdefault(" ".join(words[-k:]), set()).add(key)
        if len(words) >= 2 and words[-1][:1].isupper() and whole:
            last_words.setdefault(words[-1], set()).add(key)
            # "the Patriotic Resistance Front of Ituri": its head noun ends the part before
            # "of" ("the Front" is the group, as "the Ministry" is the Ministry of Defence)
            head = _HEAD_ENDS.split(m.text, maxsplit=1)[0].split()
            if 2 <= len(head) < len(words) and head[-1][:1].isupper():
                last_words.setdefault(head[-1], set()).add(key)
    for n, (m, entry, _role) in enumerate(candidates):
        word = m.text.strip()
        if entry is not None or not word[:1].isupper() or word.isupper():
            continue
        if " " in word and (
            not all(w[:1].isupper() for w in word.split()) or not keys[n].startswith("new:")
        ):
            continue
        if word.lower() in _not_short_heads():
            continue
        if not re.search(r"\bthe\s+$", text[max(0, m.start - 5) : m.start], re.I):
            continue
        owners = last_words.get(word, set()) - {keys[n]}
        if len(owners) == 1 and not any(k == keys[n] for k in last_words.get(word, ())):
            _rekey(out, keys[n], next(iter(owners)))
    return out


@lru_cache(maxsize=1)
def _self_naming_before() -> re.Pattern[str]:
    """A verb of ``self_naming_group_verbs`` and "itself"/"themselves" right before a name."""
    verbs = load_yaml("actor_rules.yaml").get("self_naming_group_verbs") or ()
    alts = "|".join(sorted((re.escape(str(w)) for w in verbs), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{alts})\s+(?P<self>itself|themselves)\s+(?:as\s+)?(?:the\s+)?"
        "[\"\u201c']?$",
        re.I,
    )


def _relative_word(token: Token) -> bool:
    """A relative pronoun ("which", "that", "who"), by its tag, not a word list."""
    return token.tag_ in ("WDT", "WP", "WP$")


def _asserted_naming(verb: Token) -> bool:
    """(s21) A self-naming verb told as done: not negated ("has never called itself X") and
    with no modal ("could rename itself X": a plan or a guess, not a name), on it or on the
    verb it is joined to by "and" or hangs on as an infinitive ("plans to rename itself")."""
    tok: Token | None = verb
    while tok is not None:
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in tok.children):
            return False
        if tok.dep_ in ("conj", "xcomp", "ccomp") and tok.head.i != tok.i:
            if tok.dep_ == "xcomp" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
                return False  # "plans to rename itself", "wants to call itself"
            tok = tok.head
        else:
            tok = None
    return True


def _naming_subject(verb: Token) -> Token | None:
    """The group a self-naming verb is said of: its subject, or the noun its relative or
    participle clause hangs on ("ISM, which ... and which styled itself", "a militia calling
    itself"); a verb joined to another by "and" shares its subject only where it has none."""

    def subject_of(tok: Token) -> Token | None:
        return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    own = subject_of(verb)
    if own is not None and not _relative_word(own):
        return own
    relative = own is not None
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        other = subject_of(tok)
        if not relative and other is not None and not _relative_word(other):
            return other
    if tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
        return tok.head
    return None


def _self_named_keys(
    doc: Doc,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> list[str]:
    """(s21) "the Sahel Brotherhood, which first styled itself Jama'at al-Nur (JAN)", "the group
    renamed itself X": a name the gazetteer lacks, right after a self-naming verb and
    "itself" (``self_naming_group_verbs``), is another name of the actor that is the verb's
    subject. Nothing where the subject names no actor ("a militia calling itself X")."""
    out = list(keys)
    text = doc_text(doc)
    cue = _self_naming_before()
    for n, (m, entry, _role) in enumerate(candidates):
        if entry is not None or not out[n].startswith("new:"):
            continue  # the model may take the group's own name for a person's: "itself" tells
        found = cue.search(text, max(0, m.start - 40), m.start)
        if found is None:
            continue
        reflexive = doc.char_span(found.start("self"), found.end("self"))
        if reflexive is None:
            continue
        if not _asserted_naming(reflexive.root.head):
            continue
        subject = _naming_subject(reflexive.root.head)
        if subject is None:
            continue
        owner = next(
            (
                j
                for j, (o, _e, _r) in enumerate(candidates)
                if o.start <= subject.idx < o.end and j != n
            ),
            None,
        )
        if owner is not None and out[owner] != out[n] and candidates[owner][0].label == "ORG":
            _rekey(out, out[n], out[owner])
    return out


@lru_cache(maxsize=1)
def _name_tail_nouns() -> frozenset[str]:
    """``name_tail_nouns`` of ``data/actor_rules.yaml`` (lower case)."""
    words = load_yaml("actor_rules.yaml").get("name_tail_nouns") or ()
    return frozenset(str(w).lower() for w in words)


def _tail_dropped_keys(
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> list[str]:
    """(s21) "the Giants" after "the Giants Brigades", "Sultan Murad" after "the Sultan Murad
    Division": a name the gazetteer lacks that is exactly the longer name of one other
    actor of the report less its last noun (``name_tail_nouns``) is that actor. Never a
    nationality ("Kurdish" of "Kurdish Front") nor a name two longer names share."""
    out = list(keys)
    tails = _name_tail_nouns()
    stems: dict[str, set[str]] = {}
    for (m, _entry, _role), key in zip(candidates, keys, strict=True):
        words = _LEADING_ARTICLE.sub("", m.text.strip()).split()
        if len(words) < 2 or words[-1].lower() not in tails:
            continue
        stem = words[:-1]
        if all(w[:1].isupper() for w in stem) and not (len(stem) == 1 and is_demonym(stem[0])):
            stems.setdefault(" ".join(stem), set()).add(key)
    if not stems:
        return out
    for n, (m, entry, _role) in enumerate(candidates):
        if entry is not None or not keys[n].startswith("new:") or m.label == "PERSON":
            continue  # "Abu Amsha was sanctioned" after "the Abu Amsha Brigade": the man
        owners = stems.get(_LEADING_ARTICLE.sub("", m.text.strip()), set()) - {keys[n]}
        if len(owners) == 1:
            _rekey(out, out[n], next(iter(owners)))
    return out


_NAME_CODE = re.compile(r"[A-Z][A-Za-z]*\d+[A-Za-z]*|\d+[A-Z][A-Za-z]*")


def _leading_code_keys(
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> list[str]:
    """(s18) "the G9" after "the G9 an Fanmi e Alye federation", "M23" after "M23/AFC": a
    code of letters and digits alone that opens the longer name of exactly one other actor
    of the report (a name of its mention or of its gazetteer entry) is that actor."""
    out = list(keys)
    first_words: dict[str, set[str]] = {}
    for (m, entry, _role), key in zip(candidates, keys, strict=True):
        names = [m.text, *((entry.name, *entry.aliases) if entry is not None else ())]
        for name in names:
            words = re.split(r"[\s/]+", name.strip())
            if len(words) >= 2 and _NAME_CODE.fullmatch(words[0]):
                first_words.setdefault(words[0], set()).add(key)
    if not first_words:
        return out
    for n, (m, entry, _role) in enumerate(candidates):
        word = m.text.strip()
        if word.lower().startswith("the "):
            word = word[4:]
        if entry is not None or m.label != "ORG" or not _NAME_CODE.fullmatch(word):
            continue
        owners = first_words.get(word, set()) - {keys[n]}
        if len(owners) == 1:
            _rekey(out, keys[n], next(iter(owners)))
    return out


def _english_share(name: str) -> float:
    """The share of a name's words that are common English words ("Popular Victory
    Movement" 1.0, "Harakat al-Nasr al-Sha'bi" 0.0)."""
    words = [w for w in re.findall(r"[\w'\u2019-]+", name) if w.lower() not in {"the", "of"}]
    if not words:
        return 0.0
    return sum(zipf_frequency(w.lower(), "en") >= 3.5 for w in words) / len(words)


def _translated(one: str, other: str) -> bool:
    """A name and its translation: one in English words, the other mostly not."""
    shares = sorted((_english_share(one), _english_share(other)))
    return shares[0] <= 0.34 and shares[1] >= 0.5


def _or_aliases(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> dict[str, str]:
    """ "Jebhat X, or the Y Front," / "the Y Front (also Jebhat X)": two names the gazetteer
    lacks joined by "or" right after the first, the second ending its phrase, are one actor,
    unless the first closes a list ("A, B, or C") or is a person's and the second too. A bare
    ", or" joins only a name and its translation (two English names are two groups)."""
    by_start = {c[0].start: i for i, c in enumerate(candidates)}
    ends = {c[0].end for c in candidates}
    out: dict[str, str] = {}
    for i, (m, entry, _role) in enumerate(candidates):
        if entry is not None or not keys[i].startswith("new:"):
            continue
        found = _OR_ALIAS.match(text, m.end)
        j = by_start.get(found.end()) if found else None
        if j is None or j == i or found is None:
            continue
        other, other_entry = candidates[j][0], candidates[j][1]
        if other_entry is not None or keys[j] == keys[i] or not keys[j].startswith("new:"):
            continue
        if m.label == "PERSON" and other.label == "PERSON":
            continue  # "Ali Musa, or Musa Ali,": people, no alias rule here
        if found.group(0).lstrip().startswith("(") and not text.startswith(")", other.end):
            continue
        if not found.group(0).lstrip().startswith("(") and not _OR_ALIAS_END.match(text, other.end):
            continue
        if not found.group(0).lstrip().startswith("(") and not _translated(m.text, other.text):
            continue  # "the Kebbi Liberation Front, or the Sokoto Freedom Army,": two groups
        head = text[max(0, m.start - 12) : m.start]
        lead = _LIST_BEFORE.search(head)
        if lead is not None and (
            not lead.group(0).startswith(",") or (m.start - len(lead.group(0))) in ends
        ):
            continue  # "Hamas, Hezbollah, or the Houthis"
        out[keys[j]] = keys[i]
    return {k: v for k, v in out.items() if k not in out.values()}


_DASH = re.compile(r"\s+[\u2014\u2013-]{1,2}\s+")


@lru_cache(maxsize=1)
def _spelling_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(s16) Cues of another spelling of a name, before it ("Local media spelled his name X")
    and after the first name ("X (also spelt Y)"): ``spelling_verbs`` of
    ``data/actor_rules.yaml``."""
    data = load_yaml("actor_rules.yaml").get("spelling_verbs") or {}
    before_verbs = "|".join(re.escape(str(w)) for w in data.get("before") or ["spelled"])
    after_verbs = "|".join(re.escape(str(w)) for w in data.get("after") or ["spelled"])
    before = re.compile(
        r"\b(?:" + before_verbs + r")\s+(?:his|her|the"
        r"\s+(?:[a-z]+\s+)?(?:man|woman|suspect|victim|commander|leader)[\u2019']s)\s+name\s+"
        r"(?:as\s+)?[\"\u201c\u2018']?$"
    )
    after = re.compile(
        r"\s*[,(]\s*(?:also\s+|sometimes\s+|variously\s+)?(?:" + after_verbs + r")\s+"
        r"(?:as\s+)?[\"\u201c\u2018']?"
    )
    return before, after


def _spelling_aliases(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> dict[str, str]:
    """A person's name in another spelling ("Local media spelled his name Ismae Yusoh" after
    "Ismail Yusof"; "Ismail Yusof (also spelt Ismae Yusoh)"): the person named last before,
    within the sentence or the one before, whatever the model tagged the spelling."""
    spelt_before, spelt_after = _spelling_res()
    by_start = {c[0].start: i for i, c in enumerate(candidates)}
    out: dict[str, str] = {}
    for i, (m, entry, _role) in enumerate(candidates):
        if entry is not None:
            continue
        found = spelt_after.match(text, m.end)
        j = by_start.get(found.end()) if found else None
        if (
            j is not None
            and candidates[j][1] is None
            and keys[j] != keys[i]
            and "PERSON" in (m.label, candidates[j][0].label)
        ):
            out[keys[j]] = keys[i]
    for j, (m, entry, _role) in enumerate(candidates):
        if entry is not None or not spelt_before.search(text[max(0, m.start - 60) : m.start]):
            continue
        people = [
            i
            for i, c in enumerate(candidates)
            if c[0].label == "PERSON"
            and c[0].end <= m.start - 10
            and m.start - c[0].end < 400
            and keys[i] != keys[j]
        ]
        if people:
            out[keys[j]] = keys[max(people, key=lambda i: candidates[i][0].end)]
    return {k: v for k, v in out.items() if k not in out.values() and k.startswith("new:")}


def _merged_types(merged: dict[str, str], types: dict[str, str]) -> None:
    """A person's type does not survive a merge with a body's other name: "Jebhe-ye X" (the
    model's person) is the "Y Front" it is another name of."""
    for old_key, new in merged.items():
        if types.get(new) == "person" and types.get(old_key) not in (None, "person"):
            types[new] = types[old_key]


def _dash_aliases(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> dict[str, str]:
    """ "the Special Deterrence Force — Radaa": a name and its other name joined by a dash
    are one actor, whether the model tagged the two as one name or as two; the other name
    alone elsewhere ("Radaa") takes the key of the whole."""
    by_norm: dict[str, str] = {}
    by_start = {c[0].start: i for i, c in enumerate(candidates)}
    for (m, entry, _role), key in zip(candidates, keys, strict=True):
        if entry is None and m.label != "PERSON":
            by_norm.setdefault(normalise_name(m.text), key)
    out: dict[str, str] = {}
    for i, (m, _entry, _role) in enumerate(candidates):
        if m.label == "PERSON":
            continue
        parts = _DASH.split(m.text)
        if len(parts) == 2:
            for part in parts:
                other = by_norm.get(normalise_name(part))
                if other is not None and other != keys[i] and other.startswith("new:"):
                    out[other] = keys[i]
            continue
        dash = _DASH.match(text, m.end)
        j = by_start.get(dash.end()) if dash is not None else None
        if j is None or candidates[j][0].label == "PERSON":
            continue
        if candidates[j][1] is None and keys[j] != keys[i] and keys[j].startswith("new:"):
            out[keys[j]] = keys[i]
    return {k: v for k, v in out.items() if k not in out.values()}


def _initials_of_names(
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: list[str],
    defined: set[str],
    types: dict[str, str] | None = None,
) -> None:
    """An acronym the text never defines and the gazetteer lacks is the one body the report
    names in full whose capitalised words have those initials: "EMC" for "the Emergency
    Medicine Centre" named earlier. None where two names share the initials. A name the model
    took for a person's counts where its type is a body's ("the Runda Kumpulan Kecil")."""
    owners: dict[str, set[str]] = {}
    for (m, entry, _role), key in zip(candidates, keys, strict=True):
        if entry is not None or " " not in m.text.strip():
            continue
        if m.label == "PERSON" and (types or {}).get(key, "person") == "person":
            continue
        words = [w for w in m.text.split() if w.lower() != "the"]
        if len(words) < 2 or not all(w[:1].isupper() or w.islower() for w in words):
            continue
        owners.setdefault(_capital_initials(" ".join(words)), set()).add(key)
    for n, (m, entry, _role) in enumerate(candidates):
        if entry is not None or m.text in defined or not is_acronym(m.text) or len(m.text) < 3:
            continue
        found = owners.get(m.text, set())
        if len(found) == 1:
            keys[n] = next(iter(found))


_BODY_OF_OWNER = re.compile(
    r"^(?:the\s+)?(?P<body>[A-Z][^()]*?)\s+of\s+(?:the\s+)?(?P<owner>[A-Z].*)$"
)
_OWNER_ACRONYM_FIRST = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][A-Z0-9]{1,9})\s+(?P<body>[A-Z].*)$")


def _same_owned_bodies(
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: list[str],
    owner_key: Callable[[str], str],
) -> None:
    """ "the GNU Ministry of Defence" and "the Ministry of Defence of the Government of
    National Unity (GNU)": one body of one owner, written with the owner's acronym before it
    or its name after "of". Both take the key of the form written first."""
    first: dict[tuple[str, str], str] = {}
    for n, (m, entry, _role) in enumerate(candidates):
        if entry is not None or m.label == "PERSON" or not keys[n].startswith("new:"):
            continue
        sign: tuple[str, str] | None = None
        found = _OWNER_ACRONYM_FIRST.match(m.text)
        if found is not None and is_acronym(found.group("owner")):
            sign = (normalise_name(found.group("body")), owner_key(found.group("owner")))
        else:
            # the owner is the first tail after "of" that names an actor defined in the text
            for part in _OF_OWNER.finditer(m.text):
                body, owner = m.text[: part.start()], m.text[part.end() :]
                if body.lower().startswith("the "):
                    body = body[4:]
                if owner_key(owner) != owner:
                    sign = (normalise_name(body), owner_key(owner))
                    break
        if sign is None or not sign[0] or not sign[1]:
            continue
        keys[n] = first.setdefault(sign, keys[n])


_UNIT_NUMBER = re.compile(
    r"^(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+\s+){0,2}([A-Z][a-z]+)$"
)
_UNIT_NUMBER_AFTER = re.compile(r"^(?:the\s+)?([A-Z][a-z]+)\s+(\d{1,3})$")


def _unit_signature(name: str) -> tuple[str, str] | None:
    """(number, unit noun) of a unit named by its number: "the 166 Mobile Brigade", "166
    Brigade" and "Brigade 166" → ("166", "brigade")."""
    found = _UNIT_NUMBER.match(name.strip())
    if found is not None and found.group(2).lower() in unit_nouns():
        return found.group(1), found.group(2).lower()
    found = _UNIT_NUMBER_AFTER.match(name.strip())
    if found is not None and found.group(1).lower() in unit_nouns():
        return found.group(2), found.group(1).lower()
    return None


def _same_units(
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]], keys: list[str]
) -> None:
    """Units the gazetteer lacks with one number and one unit noun are one unit in a report:
    "the 166 Brigade" and "the 166 Mobile Brigade", "the 5th Brigade" and "the 5th Infantry
    Brigade". They take the key of the form written most (the first on a tie)."""
    by_sign: dict[tuple[str, str], list[int]] = {}
    for n, (m, entry, _role) in enumerate(candidates):
        sign = _unit_signature(m.text) if entry is None and m.label != "PERSON" else None
        if sign is not None and keys[n].startswith("new:"):
            by_sign.setdefault(sign, []).append(n)
    for idx in by_sign.values():
        forms = [keys[n] for n in idx]
        if len(set(forms)) < 2:
            continue
        best = max(dict.fromkeys(forms), key=forms.count)
        for n in idx:
            keys[n] = best


def _surname_forms(name: str) -> set[str]:
    """A person's last name, with and without its article ("al-Sadr" → al sadr, sadr)."""
    last = name.split()[-1] if name.split() else ""
    bare = _NAME_PARTICLE.sub("", last)
    return {normalise_name(last), normalise_name(bare)} - {""}


def _short_names(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: list[str],
) -> None:
    """A one-word name of a person named in full in the same report is that person: "Sadr"
    after "Muqtada al-Sadr", "Mumin" after "Abdulqadir Mumin" (in the gazetteer or not); so
    is a quoted nickname in brackets after the full name ('Ahmad Mahmood Hassan
    ("Abwakasa")') wherever the report writes it."""
    full: dict[str, set[str]] = {}  # surname form -> keys of people named in full
    nicknames: dict[str, str] = {}
    for (m, entry, _role), key in zip(candidates, keys, strict=False):
        person = m.label == "PERSON" or (entry is not None and entry.type == "person")
        if not person or " " not in m.text.strip():
            continue
        for form in _surname_forms(m.text):
            full.setdefault(form, set()).add(key)
        quoted = _QUOTED_NICKNAME.match(text, m.end)
        if quoted is not None:
            nicknames.setdefault(normalise_name(quoted.group(1)), key)
        inner = _INNER_NICKNAME.search(m.text) if entry is None else None
        if inner is not None:
            # (s18) 'Renel "Ti Renel" Destina' ... "Ti Renel fled": the nickname alone
            nicknames.setdefault(normalise_name(inner.group(1)), key)
    first_at: dict[str, int] = {}  # key of a person named in full -> where first named
    written: dict[str, int] = {}  # how often
    for (m, entry, _role), key in zip(candidates, keys, strict=False):
        person = m.label == "PERSON" or (entry is not None and entry.type == "person")
        if person and " " in m.text.strip():
            first_at.setdefault(key, m.start)
        written[key] = written.get(key, 0) + 1
    for n, (m, entry, _role) in enumerate(candidates):
        if entry is not None:
            continue
        if m.label == "ORG" and _personal_shape(m.text) and " " in m.text.strip():
            longer = _longer_name_owner(m, candidates, keys, text)
            if longer is not None:
                keys[n] = longer  # (s17) "the ... Minni Minawi faction": the man's name
                continue
        if m.label != "PERSON" and not _bare_surname(m.text):
            continue
        nick = nicknames.get(normalise_name(m.text)) if m.label == "PERSON" else None
        if nick is not None:
            keys[n] = nick
            continue
        if " " in m.text.strip():
            if m.label == "PERSON":
                longer = _longer_name_owner(m, candidates, keys, text)
                if longer is not None:
                    keys[n] = longer  # "Hassan Sheikh" after "Hassan Sheikh Mohamud"
            continue
        owners = set().union(*(full.get(f, set()) for f in _surname_forms(m.text)))
        if len(owners) == 1:
            keys[n] = next(iter(owners))
        elif owners:
            # "Haftar" after "Khalifa Haftar" and his son "Saddam Haftar": the one named
            # first, where he is named at least as often as any other
            first = min(owners, key=lambda k: first_at.get(k, len(text)))
            if all(written.get(first, 0) >= written.get(k, 0) for k in owners):
                keys[n] = first


def _longer_name_owner(
    m: Mention,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
    text: str,
) -> str | None:
    """The key of the one person whose name, of three words or more, opens with the two or
    more words of ``m`` ("Hassan Sheikh" of "Hassan Sheikh Mohamud"): the same person,
    written without the last name, as reports write Somali, Arabic and Ethiopian names;
    (s23) or ends with them ("Mensah Boateng" of "Kwame Mensah Boateng"), where the text
    does not name ``m`` as someone's kin (:func:`_named_as_kin`): the same person, written
    without the given name."""
    words = m.text.split()
    owners = {
        key
        for (o, entry, _r), key in zip(candidates, keys, strict=False)
        if (o.label == "PERSON" or (entry is not None and entry.type == "person"))
        and len(o.text.split()) > len(words)
        and (
            o.text.split()[: len(words)] == words
            or (o.text.split()[-len(words) :] == words and not _named_as_kin(m, text))
            or _middle_names_left_out(words, o.text)
        )
    }
    # (s23b) "Kwame Mensah Boateng and Ama Mensah Boateng ... Mensah Boateng": a longer name
    # of any label (the model may take one of two relatives for an organisation) that ends
    # with the same words makes the ending unsure
    enders = {
        key
        for (o, _entry, _r), key in zip(candidates, keys, strict=False)
        if len(o.text.split()) > len(words) and o.text.split()[-len(words) :] == words
    }
    if len(owners | enders) > 1 and owners & enders:
        return None
    return next(iter(owners)) if len(owners) == 1 else None


@lru_cache(maxsize=1)
def _kin_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(s23b) A ``kin_nouns`` word of ``data/actor_rules.yaml`` right before a name ("his
    father, X", "the son of X") and right after it ("X, his nephew", "X's brother")."""
    alts = _words_re(_rules_value("kin_nouns", ())) or r"(?!)"
    before = re.compile(rf"\b(?:{alts})(?:\s+of)?[\s,]*$", re.IGNORECASE)
    after = re.compile(
        rf"^(?:\s*,\s*(?:his|her|their|the|a)\s+(?:\w+\s+)?|['\u2019]s\s+(?:\w+\s+)?)"
        rf"(?:{alts})\b",
        re.IGNORECASE,
    )
    return before, after


def _named_as_kin(m: Mention, text: str) -> bool:
    """(s23b) Whether the text names ``m`` as someone's kin ("His father, Ahmed Ali, ...",
    "Ahmed Ali's son"): then a name it ends is not his."""
    before, after = _kin_re()
    return bool(before.search(text, max(0, m.start - 40), m.start)) or bool(
        after.match(text[m.end : m.end + 40])
    )


def _middle_names_left_out(words: Sequence[str], full: str) -> bool:
    """(s17) "Minni Minawi" of "Minni Arko Minawi": the same first and last names, the
    words between them a part of the full name's, in order."""
    names = full.split()
    if len(words) < 2 or words[0] != names[0] or words[-1] != names[-1]:
        return False
    inner = iter(names[1:-1])
    return all(any(w == n for n in inner) for w in words[1:-1])


_NICKNAME_INSIDE = re.compile(r"\s+[\"\u201c\u2018']")


def _given_names_before_nicknames(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: list[str],
) -> None:
    """'Ismael "El Mayo" Zambada': the given name the model tagged alone before a quoted
    nickname is the person the nickname names."""
    by_start = {c[0].start: n for n, c in enumerate(candidates)}
    for n, (m, entry, _role) in enumerate(candidates):
        if entry is not None or m.label not in ("PERSON", "ORG") or " " in m.text.strip():
            continue
        if m.label == "ORG" and not _bare_surname(m.text):
            continue
        quote = _NICKNAME_INSIDE.match(text, m.end)
        j = by_start.get(quote.end()) if quote is not None else None
        if j is None or j == n:
            continue
        other, other_entry, _r = candidates[j]
        person = other.label == "PERSON" or (
            other_entry is not None and other_entry.type == "person"
        )
        if person and _CLOSE_QUOTE.match(text, other.end):
            keys[n] = keys[j]


def _bare_surname(name: str) -> bool:
    """A one-word name the model tagged ORG that may be a person's surname ("Dbeibah"): one
    word in title case, no acronym, no cue word of a type ("Army")."""
    word = name.strip()
    if " " in word or not word[:1].isupper() or is_acronym(word) or not word[1:].islower():
        return False
    rules = load_actor_rules()
    low = word.lower()
    return low not in unit_nouns() and not any(low in cues for _k, cues in rules.type_cues)


# "the movement known locally as al-Shabaab": a local name, not necessarily the gazetteer's
_LOCALLY_NAMED = re.compile(
    r"(?:(?:known|referred\s+to)\s+locally\s+as|locally\s+(?:known\s+as|called|named)|"
    r"called\s+locally)\s+[\"\u201c\u2018']?$"
)


def _local_namesakes(
    doc: Doc,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: list[str],
    names: dict[str, str],
    types: dict[str, str],
    countries: dict[str, str],
) -> None:
    """ "the movement known locally as al-Shabaab (or Ahlu Sunna wal Jama'a) in Cabo Delgado,
    northern Mozambique": a gazetteer group whose home country is none of the countries its
    sentence places it in is a local namesake. It becomes the group of that country that
    the sentence names too (by another name), else a group of its own, "al-Shabaab
    (Mozambique)"."""
    text = doc_text(doc)
    for n, (m, entry, _role) in enumerate(candidates):
        if entry is None or not entry.country or m.label == "PERSON":
            continue
        if not _LOCALLY_NAMED.search(text[max(0, m.start - 40) : m.start]):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        here = place_countries(doc, sent.start_char, sent.end_char)
        if not here or entry.country in here or len(here) > 1:
            continue
        country = next(iter(here))
        same = [
            keys[k]
            for k, (o, oe, _r) in enumerate(candidates)
            if oe is not None
            and oe.country == country
            and sent.start_char <= o.start < sent.end_char
            and oe.type in GROUP_KINDS
        ]
        if same:
            keys[n] = same[0]
            continue
        key = new_key(f"{entry.name} {country}")
        keys[n] = key
        names.setdefault(key, f"{entry.name} ({country_english_name(country) or country})")
        types.setdefault(key, entry.type)
        countries.setdefault(key, country)


GROUP_KINDS = frozenset({"armed_group", "militia", "criminal_group", "terrorist_group"})


# ", locally known as", " (also called", ", which is known locally as", ", dubbed"
_KNOWN_AS = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?[,(]\s*(?:(?:which|who)\s+(?:is|are|was|were)\s+"
    # "The ADF, which pledged allegiance to IS in 2019 and is known as ...": a short clause
    r"|(?:which|who)\s+[^.;,()\n]{3,120}?\s+and\s+(?:is|are|was|were)\s+)?"
    r"(?:(?:also|locally|commonly|widely|better|often|sometimes|formerly|popularly)\s+)?"
    r"(?:(?:known|referred\s+to)\s+(?:(?:locally|also|widely|popularly|in\s+\w+)\s+)?as"
    r"|called|dubbed|nicknamed|alias|a\.k\.a\.|aka|born"
    # "Abu X, whose real name was Y": the person's legal name is one of its names
    r"|(?:whose\s+)?(?:real|birth|given|full|legal|true)\s+name\s+(?:is|was|being)?)\s+"
)
_ALIAS_GLUE = re.compile(r"\s*(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)(?:the\s+)?")
_OPEN_QUOTE = re.compile(r"[\"\u201c\u2018']")
_CLOSE_QUOTE = re.compile(r"[\"\u201d\u2019']")
# a quoted name that no mention covers ("mashababos")
_QUOTED_NAME = re.compile(r"[\"\u201c\u2018']([^\W\d_][\w'\u2019 -]{1,38}[\w])[\"\u201d\u2019']")


@dataclass(frozen=True)
class _LocalAliases:
    """What "known as" appositions say: keys that are another actor's names here, and quoted
    names that no mention covers, each with the index of the mention they name."""

    keys: dict[str, str]
    quoted: tuple[tuple[int, int, int], ...]  # (start, end, mention index)


_PERSON_BRACKET = re.compile(r"[\"\u201d\u2019']?\s*\(\s*")
_TITLE_WORDS_BEFORE = re.compile(r"[A-Z][a-z]{1,8}\.?\s+([A-Z][a-z]{1,8}\.?\s+)?")
_PERSON_WORDS = re.compile(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3}")
_GLUED_PARTICLE = re.compile(r"([^\W\d_]+)[-'\u2019]([A-Z][\w'\u2019-]*)")


def _person_words(name: str) -> bool:
    """(s21) Two to four words of a personal name, each capitalised or a name particle glued
    to a capitalised word ("Ahmed Hussein al-Sharaa", "Ali ud-Din Khan"): Arabic and Persian
    names write their particles in lower case."""
    if _PERSON_WORDS.fullmatch(name):
        return True
    words = name.split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    particles = name_particles()
    for word in words[1:]:
        glued = _GLUED_PARTICLE.fullmatch(word)
        if word[:1].isupper() or (glued is not None and glued.group(1).lower() in particles):
            continue
        return False
    return True


def _bracketed_person_aliases(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
) -> dict[str, str]:
    """Keys of a person's other name in brackets right after the name: "Bakura Doro (Bakura
    Modu)", "alias "Richard" (John Mechas)": the bracketed name is the same person."""
    by_start = {c[0].start: i for i, c in enumerate(candidates)}
    out: dict[str, str] = {}
    for i, (m, _entry, _role) in enumerate(candidates):
        if m.label != "PERSON":
            continue
        opening = _PERSON_BRACKET.match(text, m.end)
        j = by_start.get(opening.end()) if opening else None
        if j is None and opening is not None:
            # (s16) "Ahmed X (Sheikh Dawud Y)": a title before the other name
            title = _TITLE_WORDS_BEFORE.match(text, opening.end())
            j = by_start.get(title.end()) if title else None
            if j is None and title is not None and title.group(1):
                j = by_start.get(title.start(1))
        if j is None or j == i:
            continue
        other = candidates[j][0]
        if (
            # (s16) the other name the model took for a body: "Jaal Marroo (Kumsa Diriba)"
            other.label not in ("PERSON", "ORG")
            or candidates[j][1] is not None
            or not text.startswith(")", other.end)
            or not _person_words(other.text)
            or keys[j] == keys[i]
        ):
            continue
        out[keys[j]] = keys[i]
    return {k: v for k, v in out.items() if k not in out.values()}


def _local_aliases(text: str, mentions: Sequence[Mention], keys: Sequence[str]) -> _LocalAliases:
    """Keys that a "known as" apposition makes another actor's names in this document:
    "Islamic State Mozambique (ISM), locally known as "mashababos" or al-Shabaab" maps the
    key of al-Shabaab to the province's, and notes "mashababos" as a name of the province."""
    by_start = {m.start: i for i, m in enumerate(mentions)}
    out: dict[str, str] = {}
    quoted: list[tuple[int, int, int]] = []
    for i, m in enumerate(mentions):
        found = _KNOWN_AS.match(text, m.end)
        if found is None:
            continue
        pos = found.end()
        while True:
            opening = _OPEN_QUOTE.match(text, pos)
            j = by_start.get(opening.end() if opening else pos)
            if j is not None:
                end = mentions[j].end
                if keys[j] != keys[i]:
                    out[keys[j]] = keys[i]
            else:
                name = _QUOTED_NAME.match(text, pos)
                if name is None:
                    break
                quoted.append((name.start(1), name.end(1), i))
                end = name.end(1)
            closing = _CLOSE_QUOTE.match(text, end)
            glue = _ALIAS_GLUE.match(text, closing.end() if closing else end)
            if glue is None:
                break
            pos = glue.end()
    nicks = _nicknames(text, mentions, by_start)
    for s0, e0, i in nicks:
        # (s16) the nickname the model tagged as a name of its own, there or elsewhere: the
        # same actor
        nick = normalise_name(text[s0:e0])
        for j, other in enumerate(mentions):
            if (
                (other.start == s0 or normalise_name(other.text) == nick)
                and keys[j] != keys[i]
                and keys[j].startswith("new:")
            ):
                out[keys[j]] = keys[i]
    quoted += nicks
    return _LocalAliases(
        keys={k: v for k, v in out.items() if k not in out.values()}, quoted=tuple(quoted)
    )


_INNER_NICKNAME = re.compile(rf"\s{nickname_pattern()}\s")


def _inner_nicknames(
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
) -> list[tuple[int, int, int]]:
    """(s18) The quoted nickname inside a person's name ('Johnson "Izo" Andre'), with the
    index of the mention: another name of that person wherever the report writes it."""
    out: list[tuple[int, int, int]] = []
    for n, (m, entry, _role) in enumerate(candidates):
        if entry is not None or m.label != "PERSON":
            continue
        found = _INNER_NICKNAME.search(m.text)
        if found is not None:
            out.append((m.start + found.start(1), m.start + found.end(1), n))
    return out


@lru_cache(maxsize=1)
def _group_objects() -> tuple[frozenset[str], frozenset[str]]:
    """The objects of "refer to the group as X" (actor_rules.yaml ``group_objects``): the
    bodies, and the members (people, whom "named the militants as X" identifies)."""
    rules = load_yaml("actor_rules.yaml").get("group_objects") or {}
    bodies = frozenset(str(w) for w in rules.get("bodies") or ())
    members = frozenset(str(w) for w in rules.get("members") or ())
    return bodies, members


@lru_cache(maxsize=1)
def _local_name_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Cues of a local name whose subject is no name ("The group ... is known to residents as
    X", "locals call the fighters X"; ending where the name starts) and of one after the name
    ("X, as villagers call them")."""
    namers = load_yaml("actor_rules.yaml").get("local_namers") or ["locals"]
    bodies, members = _group_objects()
    who = (
        r"(?:the\s+)?(?:(?:many|most|some|local|the)\s+){0,2}(?:"
        + "|".join(re.escape(str(w)) for w in namers)
        + r")"
    )
    before = re.compile(
        r"(?:\b(?:known|referred\s+to)\s+(?:locally\s+|(?:to|by|among)\s+" + who + r"\s+)as"
        r"|\b" + who + r"\s+(?:(?:here|there|simply|often|commonly|usually|just|now|also)\s+)*"
        r"(?:call|calls|name|refer\s+to)\s+(?:them|it|(?:the|these|its|their)\s+"
        r"(?:[a-z]+\s+)?[a-z]+)\s+(?:as\s+)?"
        # (s16) anyone's name for the group ("officials refer to the group as X", "which
        # the government calls X"); the group is the one the passage is about
        r"|\b(?:call|calls|called|calling|dub|dubs|dubbed|label|labels|"
        r"labell?ed|brand|brands|branded|term|terms|termed|(?:refer|refers|referred|referring)"
        r"\s+to)\s+(?:(?:the|these|this|its|their)\s+(?:[a-z]+\s+)?(?:"
        + "|".join(sorted(bodies | members))
        + r"))\s+(?:as\s+)?"
        # "named the group X"; never "named the militants as X" (people identified)
        r"|\b(?:name|names|named)\s+(?:(?:the|these|this|its|their)\s+(?:[a-z]+\s+)?(?:"
        + "|".join(sorted(bodies))
        + r"))\s+(?:as\s+)?"
        r"|\bwhich\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}?(?:calls?|names?|dubs?|labels?|"
        r"brands?|terms?|refers?\s+to\s+as)\s+)"
        r"\s*(?:the\s+)?[\"\u201c\u2018']?$",
        re.I,
    )
    after = re.compile(
        r"[\"\u201d\u2019']?,?\s+as\s+" + who + r"\s+(?:[a-z]+\s+)?(?:call|calls|name)\s+"
        r"(?:them|it|the\s+[a-z]+)\b",
        re.I,
    )
    return before, after


def _locally_called(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: list[str],
    types: dict[str, str],
    taken: list[tuple[int, int]],
    sentence_of: Callable[[int], int],
) -> list[tuple[Mention, int]]:
    """ "The group ... is known to residents as "al-Shabaab"", "many locals call the fighters
    "mashababos"": the local name is, in this report, the armed group named last before it
    (in its sentence or the two before), whatever namesake elsewhere the gazetteer knows by
    it. Remaps ``keys`` of the name's mentions (all of them, any case) to that group's key
    and returns new mentions of a quoted local name that no mention covers, each with the
    index of the group's mention."""
    before, after = _local_name_res()

    def group(i: int) -> bool:
        entry = candidates[i][1]
        return (entry.type if entry is not None else types.get(keys[i], "")) in GROUP_KINDS

    by_start = {c[0].start: i for i, c in enumerate(candidates)}
    names: list[tuple[int, int, int | None]] = []  # (start, end, candidate index)
    for found in _QUOTED_NAME.finditer(text):
        s0, e0 = found.span(1)
        cue = before.search(text[max(0, s0 - 90) : s0]) or after.match(text, e0)
        if cue is not None:
            names.append((s0, e0, by_start.get(s0)))
    for i, (m, _e, _r) in enumerate(candidates):
        if any(s0 == m.start for s0, _e0, _j in names) or m.label == "PERSON":
            continue  # a person is no group's other name ("named the suspects as Musa Garba")
        if before.search(text[max(0, m.start - 90) : m.start]) or after.match(text, m.end):
            names.append((m.start, m.end, i))
    out: list[tuple[Mention, int]] = []
    counts = {k: keys.count(k) for k in set(keys)}
    for s0, e0, j in names:
        sent = sentence_of(s0)
        near = [
            i
            for i, c in enumerate(candidates)
            if c[0].end <= s0
            and group(i)
            and (j is None or keys[i] != keys[j])
            and 0 <= sent - c[0].sentence <= 2
        ]
        if not near and re.search(
            r"\b(?:the|these|this|its|their)\s+(?:[a-z]+\s+)?(?:"
            + "|".join(sorted(_group_objects()[0] | _group_objects()[1]))
            + r")\s+(?:as\s+)?[\"\u201c\u2018']?$",
            text[max(0, s0 - 40) : s0],
        ):
            # (s16) "officials refer to the group as X" a few paragraphs on: the group the
            # report is about, the most written before
            near = [
                i
                for i, c in enumerate(candidates)
                if c[0].end <= s0 and group(i) and (j is None or keys[i] != keys[j])
            ]
        if not near:
            continue
        # the group the passage is about: the most written, then the nearest
        owner = max(near, key=lambda i: (counts.get(keys[i], 0), candidates[i][0].start))
        alias = candidates[j][1] if j is not None else None
        owner_entry = candidates[owner][1]
        home = owner_entry.country if owner_entry is not None else None
        if alias is not None and (alias.country is None or alias.country == home):
            continue  # the group's own other name ("known locally as Wilayat Gharb Ifriqiya")
        name = normalise_name(text[s0:e0])
        if not name:
            continue
        old = {keys[j]} if j is not None else set()
        old |= {keys[k] for k, c in enumerate(candidates) if normalise_name(c[0].text) == name}
        for k in range(len(keys)):
            if keys[k] in old:
                keys[k] = keys[owner]
        written = text[s0:e0]
        for form in dict.fromkeys((written, written[:1].upper() + written[1:])):
            out += [
                (m, owner) for m in _untaken_occurrences(text, form, taken, sentence_of, "alias")
            ]
    return out


# (s19) the cue of a second name of the body just named: "X (...), also called the Y"
@lru_cache(maxsize=1)
def _also_called_re() -> re.Pattern[str]:
    """(s19) The cue of a second name of the body just named ("X (...), also called the Y"):
    ``second_name_cues`` of ``data/actor_rules.yaml``, ending where the second name starts."""
    cues = _rules_value("second_name_cues", {})

    def alt(key: str) -> str:
        return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in cues.get(key) or ())

    return re.compile(
        rf"\s*(?:\([^()]{{0,{_BRACKET_MAX}}}\)\s*)?,?\s*(?:{alt('adverbs')})\s+"
        rf"(?:{alt('verbs')})\s+(?:the\s+)?[\"\u201c\u2018]?$"
    )


def _also_called(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: list[str],
    types: dict[str, str],
) -> None:
    """(s19) "the militias known as Wazalendo ("patriots"), also called the Volontaires pour
    la défense de la patrie (VDP)": the name after the cue is the same body as the group name
    right before it (only a bracket between), whatever namesake the gazetteer knows by it
    elsewhere. Remaps ``keys`` of the second name (all its mentions) to the first's."""
    order = sorted(range(len(candidates)), key=lambda i: candidates[i][0].start)

    def kind(i: int) -> str:
        entry = candidates[i][1]
        return entry.type if entry is not None else types.get(keys[i], "")

    for a, b in zip(order, order[1:], strict=False):
        first, second = candidates[a][0], candidates[b][0]
        if not _also_called_re().fullmatch(text, first.end, second.start) or keys[a] == keys[b]:
            continue
        if kind(a) not in GROUP_KINDS or first.label == "PERSON" or second.label == "PERSON":
            continue
        old = keys[b]
        for k in range(len(keys)):
            if keys[k] == old:
                keys[k] = keys[a]


# (s23) a name of one to four capitalised words
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}")


@lru_cache(maxsize=1)
def _person_alias_re() -> re.Pattern[str]:
    """(s23) What stands between a person's name and his other name ("X alias Y", "X, a.k.a.
    "Y""): a ``person_alias_words`` cue of ``data/actor_rules.yaml`` alone, with at most a
    comma before it and a quotation mark after it."""
    alts = _words_re(_rules_value("person_alias_words", ())) or r"(?!)"
    return re.compile(rf"\s*,?\s+(?:{alts})\s+[\"\u201c\u2018']?")


def _person_alias_pairs(
    text: str,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: list[str],
    types: dict[str, str],
) -> None:
    """(s23) "troops killed X alias Y", "the handler X a.k.a. Y": two people's names joined
    by an alias cue alone (:func:`_person_alias_re`) are one person; the second name's key
    (all its mentions) becomes the first's. Not where either is a body ("the Houthis alias
    Ansar Allah" is the gazetteer's business) or the gazetteer knows both as two people."""
    order = sorted(range(len(candidates)), key=lambda i: candidates[i][0].start)

    def person(i: int) -> bool:
        m, entry = candidates[i][0], candidates[i][1]
        if entry is not None:
            return entry.type == "person"
        return m.label == "PERSON" or types.get(keys[i]) == "person"

    pairs = [
        (a, b)
        for a, b in zip(order, order[1:], strict=False)
        if _person_alias_re().fullmatch(text, candidates[a][0].end, candidates[b][0].start)
    ]
    by_text: dict[str, int] = {}
    for i in order:
        by_text.setdefault(candidates[i][0].text, i)
    for a in order:
        # the other name written right after the cue, where that mention itself was dropped
        # ("X alias Y, the emir of ...") but the text names Y elsewhere
        cue = _person_alias_re().match(text, candidates[a][0].end)
        name = _CAPITALISED_RUN.match(text, cue.end()) if cue is not None else None
        b = by_text.get(name.group(0)) if name is not None else None
        if b is not None and b != a and (a, b) not in pairs:
            pairs.append((a, b))
    for a, b in pairs:
        if keys[a] == keys[b] or not (person(a) and person(b)):
            continue
        if candidates[a][1] is not None and candidates[b][1] is not None:
            continue  # two people of the gazetteer: it knows them apart
        # the gazetteer's key wins, else the first name's
        keep, old = (keys[b], keys[a]) if candidates[b][1] is not None else (keys[a], keys[b])
        for k in range(len(keys)):
            if keys[k] == old:
                keys[k] = keep


@lru_cache(maxsize=1)
def _noun_naming_re() -> re.Pattern[str]:
    """(s19) A group's noun, a naming cue and the name after it ("militias known locally as
    X", "vigilantes called by residents "X""), from ``local_naming`` and ``local_namers`` of
    ``data/actor_rules.yaml``; the group ``local`` is set where the cue says the name is the
    locals' ("locally", "by residents"), which an unquoted word needs."""
    data = load_yaml("actor_rules.yaml")
    cues = data.get("local_naming") or {}

    def alt(words: Iterable[object]) -> str:
        return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in words)

    bodies, members = _group_objects()
    nouns = alt(sorted(bodies | members | set(load_actor_rules().armed_member_nouns)))
    adverbs, locals_ = alt(cues.get("adverbs") or ()), alt(cues.get("local_adverbs") or ())
    verbs, namers = alt(cues.get("verbs") or ()), alt(data.get("local_namers") or ())
    return re.compile(
        rf"\b(?P<noun>{nouns})\s*,?\s+(?:(?P<pre>{adverbs}|{locals_})\s+)?(?:{verbs})\s+"
        rf"(?:(?P<post>{locals_})\s+|(?:to|by|among)\s+(?:the\s+)?(?:local\s+)?"
        rf"(?P<namer>{namers})\s+)?(?:as\s+)?"
        r"(?:(?P<q>[\"\u201c\u2018])(?P<quoted>[^\"\u201d\u2019\n]{3,40})[\"\u201d\u2019]"
        r"|(?P<word>[^\W\d_][\w'\u2019-]{3,30})(?![\w'\u2019-]))",
        re.I,
    )


def _local_cue(found: re.Match[str], text: str) -> bool:
    """The naming cue says the name is the locals' ("known locally as", "called by
    villagers"), or the noun is a local body's ("local clan militias, known as X": a word of
    ``local_modifiers`` at most one word before the noun)."""
    cues = _rules_value("local_naming", {})
    locals_ = {str(w).lower() for w in cues.get("local_adverbs", ())}
    pre = (found.group("pre") or "").lower()
    if pre in locals_ or found.group("post") or found.group("namer"):
        return True
    before = re.findall(r"[A-Za-z-]+", text[max(0, found.start() - 30) : found.start()])
    modifiers = {str(w).lower() for w in cues.get("local_modifiers", ())}
    return any(w.lower() in modifiers for w in before[-2:])


def _category_word(word: str) -> bool:
    """A word of English or the plural of a word a dictionary knows ("takfiris" of "takfiri"):
    a category of people, no group's own name."""
    low = word.lower()
    if zipf_frequency(low, "en") >= _known_word_zipf():
        return True
    return low.endswith("s") and not low.endswith("ss") and zipf_frequency(low[:-1], "en") > 0


def _noun_named_groups(
    text: str, taken: list[tuple[int, int]], sentence_of: Callable[[int], int]
) -> list[tuple[Mention, str]]:
    """(s19) "Clan militias known locally as macawisley", "vigilantes called by villagers
    kamajors": a word no dictionary knows after an armed group's noun and a cue that the
    locals name it so (or a capitalised quoted name after any naming cue) names that group,
    even in lower case. Not a category ("gunmen referred to as takfiris", the plural of a
    known word). Each new mention (every occurrence of the name) with the noun, which types
    the group."""
    out: list[tuple[Mention, str]] = []
    for found in _noun_naming_re().finditer(text):
        name = found.group("quoted") or found.group("word")
        start = found.start("quoted") if found.group("quoted") else found.start("word")
        if any(start < e and s < start + len(name) for s, e in taken):
            continue  # a name already read (the cues of :func:`_locally_called`)
        if found.group("word") and (
            name[:1].isupper() or _category_word(name) or not _local_cue(found, text)
        ):
            continue  # a word of English ("militias known as vigilantes"), a name the
            # model would have tagged, or no local name
        if found.group("quoted") and not name[:1].isupper():
            continue
        mentions = _untaken_occurrences(text, name, taken, sentence_of, "alias")
        out += [(m, found.group("noun").lower()) for m in mentions]
    return out


def _noun_group_type(noun: str, rules: ActorRules) -> str:
    """The type of a group named by ``noun`` ("militias" a militia, "gang" a criminal group,
    "fighters" an armed group): the type cue of the noun in the singular."""
    if noun in rules.armed_member_nouns or noun in _group_objects()[1]:
        return "armed_group"
    single = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    return _type_from_cues(f"x {single}", "ORG", rules)


_NICK = r"[\"\u201c\u2018']?(?P<nick>[A-Z][\w'\u2019-]{2,30})[\"\u201d\u2019']?"
# (s16) a quoted nickname of several words: "refer to the X Front as "Jabhat al-Khawana""
_QUOTED_NICK = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:as\s+)?[\"\u201c\u2018](?P<nick>[A-Z][\w'\u2019-]+"
    r"(?:[ -][\w'\u2019-]+){0,4})[\"\u201d\u2019]"
)
# "Khawarij, the government's term for TTP fighters"
_TERM_FOR = re.compile(
    _NICK + r",\s+(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,2}(?:term|name|label|word|epithet)"
    r"\s+for\s+(?:the\s+)?"
)
# "calls the TTP Khawarij", "refers to IS fighters as Takfiris"
_CALLS = re.compile(
    r"\b(?:calls?|called|dubs?|dubbed|labels?|labell?ed|brands?|branded|terms?|termed|"
    r"(?:refers?|referred|referring)\s+to)\s+(?:the\s+)?"
)


def _nicknames(
    text: str, mentions: Sequence[Mention], by_start: dict[int, int]
) -> list[tuple[int, int, int]]:
    """Nicknames the text explains: "Khawarij, the government's term for the TTP", "calls the
    TTP Khawarij" (each nickname's offsets with the index of the mention it names)."""
    out: list[tuple[int, int, int]] = []
    for found in _TERM_FOR.finditer(text):
        j = by_start.get(found.end())
        if j is not None and mentions[j].label != "PERSON":
            out.append((found.start("nick"), found.end("nick"), j))
    for found in _CALLS.finditer(text):
        j = by_start.get(found.end())
        if j is None or mentions[j].label == "PERSON":
            continue
        nick = _QUOTED_NICK.match(text, mentions[j].end) or re.compile(
            r"(?:\s+[a-z]+){0,2}?\s+(?:as\s+)?" + _NICK + r"\b"
        ).match(text, mentions[j].end)
        if nick is not None and nick.group("nick") not in {"The", "A", "An"}:
            out.append((nick.start("nick"), nick.end("nick"), j))
    return out


def _quoted_alias_mentions(
    text: str,
    local: _LocalAliases,
    taken: list[tuple[int, int]],
    sentence_of: Callable[[int], int],
) -> list[tuple[Mention, int]]:
    """Mentions of the quoted local names, where they were defined and wherever else the text
    writes them, each with the index of the mention whose actor they name."""
    out: list[tuple[Mention, int]] = []
    for start, end, owner in local.quoted:
        name = text[start:end]
        out += [(m, owner) for m in _untaken_occurrences(text, name, taken, sentence_of, "alias")]
    return out


@lru_cache(maxsize=1)
def _self_naming_re() -> re.Pattern[str]:
    """A quoted name of one to four capitalised words after a phrase by which someone names
    himself (``self_naming_cues`` of ``data/actor_rules.yaml``: "gave his name as")."""
    cues = [str(w) for w in load_yaml("actor_rules.yaml").get("self_naming_cues") or ()]
    if not cues:
        return re.compile(r"(?!)")
    ordered = sorted(cues, key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered)
    name = r"[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}"
    return re.compile(rf"\b(?:{words})\s+[\"\u201c](?P<name>{name})[.,]?[\"\u201d]")


def _self_named_people(
    text: str, taken: list[tuple[int, int]], sentence_of: Callable[[int], int]
) -> list[Mention]:
    """(s17) People the text names only by the name they gave themselves ("an ADF commander
    who gave his name as "General Ebube""): person mentions of the quoted name, where no
    other mention already covers it."""
    out: list[Mention] = []
    for match in _self_naming_re().finditer(text):
        s, e = match.span("name")
        article = _ARTICLE_AT.match(text, s, e)
        if article is not None:
            s = article.end()  # "called himself "The Lion"": the man is Lion
        words = text[s:e].split()
        if not words or any(w.lower().strip(".,") in _not_short_heads() for w in words):
            continue  # "called himself "Nigeria Police"": a state body's name, no man's
        if any(s < te and ts < e for ts, te in taken):
            continue
        out.append(
            Mention(
                start=s,
                end=e,
                text=text[s:e],
                label="PERSON",
                sentence=sentence_of(s),
                orig_start=-1,
                orig_end=-1,
                source="rule",
            )
        )
        taken.append((s, e))
    return out


def _memberships(
    doc: Doc,
    candidates: Sequence[tuple[Mention, ActorEntry | None, str | None]],
    keys: Sequence[str],
    rules: ActorRules,
) -> dict[str, str]:
    """Person key → organisation key, from role phrases around the person's name.

    Looks at the words between an organisation mention and a person mention in the same
    sentence: "leader of X party P", "X leader P", "P, the leader of X".
    """
    result: dict[str, str] = {}
    orgs = [
        (m, k)
        for (m, e, _r), k in zip(candidates, keys, strict=True)
        if (e.type if e else m.label) not in {"person", "PERSON"}
    ]
    for (m, e, role), key in zip(candidates, keys, strict=True):
        is_person = (e.type == "person") if e else m.label == "PERSON"
        if not is_person:
            continue
        best: tuple[int, str] | None = None
        for org, org_key in orgs:
            if org.sentence != m.sentence or org.sentence < 0:
                continue
            if org.end <= m.start:
                between = doc_text(doc)[org.end : m.start]
                context = doc_text(doc)[max(0, org.start - 40) : org.start] + " " + between
            elif org.start >= m.end:
                between = doc_text(doc)[m.end : org.start]
                context = between
            else:
                continue
            if len(between) > 60:
                continue
            words = {w.lower() for w in re.findall(r"[A-Za-z\-]+", context)}
            if role:
                words |= {w.lower() for w in role.split()}
            if words & rules.membership_roles:
                dist = len(between)
                if best is None or dist < best[0]:
                    best = (dist, org_key)
        if best is not None:
            result.setdefault(key, best[1])
    return result
