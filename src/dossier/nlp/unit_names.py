"""``dossier_unit_names``: units and armed groups named by their number, in ``doc.ents``.

"the 33rd Front", "the 5th Brigade", "Fifth Division": the small English model tags the
ordinal ORDINAL and the head noun anything or nothing ("33rd" ORDINAL, "Battalion" PERSON,
"Front of the" ORG). A capitalised ordinal before a capitalised unit noun
(``numbered_units`` in ``data/nominals.yaml``) becomes one ORG entity, replacing the entities
it overlaps, unless an ORG entity already holds both words as its name. So does a unit
named by a number in figures: "the 166 Brigade", "the 166 Mobile Brigade" (capitalised
branch words between), "Brigade 17" (the number after the noun); the unit noun is written
in title case (a count in text all in capitals, "300 BRIGADE", is left alone). Entities
from the actor gazetteer (with an ``ent_id_``) are never touched.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from dossier.datafiles import load_yaml
from dossier.nlp.named_actors import common_acronyms, common_given_names
from dossier.nlp.place_names import is_gazetteer_place
from dossier.nlp.token_table import word_indices
from dossier.resolve.geo_rules import is_demonym

_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


@lru_cache(maxsize=1)
def unit_nouns() -> frozenset[str]:
    """The unit nouns of ``data/nominals.yaml`` (lower case)."""
    return frozenset(str(w).lower() for w in load_yaml("nominals.yaml")["numbered_units"])


@lru_cache(maxsize=1)
def unit_branch_words() -> frozenset[str]:
    """(s25) The branch words of ``data/nominals.yaml`` that open a unit's name even as a
    sentence's first word (lower case)."""
    return frozenset(str(w).lower() for w in load_yaml("nominals.yaml")["unit_branch_words"])


def is_ordinal(token: Token) -> bool:
    """A written ordinal: "33rd", "1st", "Fifth" (not "33" or "five")."""
    return (
        token.like_num
        and token.lower_.endswith(_ORDINAL_ENDINGS)
        and (token.text[:1].isdigit() or token.text[:1].isupper())
    )


def is_unit_number(token: Token) -> bool:
    """A number in figures that names a unit: "166" of "the 166 Brigade" (not "1,500",
    "3.5" or a year)."""
    text = token.text
    return text.isdigit() and 1 <= len(text) <= 3 and text != "0"


def _title_unit_noun(token: Token) -> bool:
    return token.lower_ in unit_nouns() and token.is_title


def is_numbered_unit(span: Span) -> bool:
    """``span`` is an ordinal and a unit noun, with or without "the": "the 33rd Front"; or a
    number in figures and a unit noun written in title case ("the 166 Brigade", "Brigade
    17")."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) == 2 and _title_unit_noun(words[0]) and is_unit_number(words[1]):
        return True  # "Brigade 17"
    return (
        2 <= len(words) <= 4
        and (is_ordinal(words[0]) or (is_unit_number(words[0]) and _title_unit_noun(words[-1])))
        and words[-1].lower_ in unit_nouns()
        # "the 103rd Infantry Brigade": branch words between number and unit noun
        and all(t.is_alpha and t.text[:1].isupper() for t in words[1:])
    )


def _branch_words(doc: Doc, start: int) -> int:
    """The index of the unit noun after a number and up to two capitalised branch words
    ("166 Mobile Brigade"), or -1."""
    for i in range(start, min(start + 3, len(doc))):
        tok = doc[i]
        if _title_unit_noun(tok):
            return i
        if not (tok.is_alpha and tok.is_title) or tok.ent_type_ in {"GPE", "LOC", "DATE"}:
            return -1
    return -1


def _figure_units(doc: Doc) -> list[Span]:
    """Units named by a number in figures: "the 166 Brigade", "the 166 Mobile Brigade",
    "Brigade 17". A number that counts ("2 Brigade commanders" is still a unit; "the 40
    Battalions" is plural and no unit noun) or that a date holds is left alone."""
    found: list[Span] = []
    for tok in doc:
        if not is_unit_number(tok) or tok.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
            continue
        if tok.i > 0 and _title_unit_noun(doc[tok.i - 1]):
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if after is None or not (after.like_num or after.text in {"%", "-", "/", "."}):
                # "Brigade 17", "Light Infantry Battalion 512", "the KNLA Brigade 5"
                span = Span(doc, _unit_name_opening(doc, tok.i - 1), tok.i + 1, label="ORG")
                if not _named_on(doc, span):
                    found.append(span)
            continue
        if (
            tok.i > 1
            and _owned_area(doc[tok.i - 1])
            and _owner_acronym(doc[tok.i - 2])
            # (s25b) not a kind of people or body ("IDP Sector 4" is a camp's sector)
            and doc[tok.i - 2].lower_ not in common_acronyms()
        ):
            # (s25) "NISS Region 3", "MNJTF Sector 3": a numbered area command of the body
            # whose acronym opens it (an area's noun alone, "Region 5", stays a place)
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if after is None or not (after.like_num or after.text in {"%", "-", "/", "."}):
                span = Span(doc, tok.i - 2, tok.i + 1, label="ORG")
                if not _named_on(doc, span) and not doc[tok.i - 2].ent_id_:
                    found.append(span)
            continue
        head = _branch_words(doc, tok.i + 1)
        if head >= 0:
            span = Span(doc, tok.i, head + 1, label="ORG")  # "166 Mobile Brigade"
            if not _named_on(doc, span):
                found.append(span)
    return found


# (s24) at most this many capitalised branch words before a unit noun ("Light Infantry")
_MAX_BRANCH_WORDS = 3


def _unit_name_opening(doc: Doc, noun: int) -> int:
    """(s24) Where the name of a unit numbered after its noun opens: over the capitalised
    branch words before the noun ("[Light Infantry] Battalion 512") and the acronym of the
    group that owns it ("[KIA] Brigade 3", "the [KNLA] Brigade 5"), which the unit's
    name carries, as the group writes it. Not over a place, a date or a sentence's first
    word ("Infantry" opening a line is a word of the sentence, kept only with the noun),
    nor over the level word closing a place's own name ("Shwebo [Region] Battalion 9": the
    place is no branch and its level no part of the unit's name)."""
    i = noun
    while (
        noun - i < _MAX_BRANCH_WORDS
        and i > 0
        and doc[i - 1].is_alpha
        and doc[i - 1].is_title
        # (s25) a sentence's first word only where it is a branch's word ("[Light] Infantry
        # Battalion 512 withdrew", "[Infantry] Battalion 45 ...")
        and (not doc[i - 1].is_sent_start or doc[i - 1].lower_ in unit_branch_words())
        and doc[i - 1].ent_type_ not in {"GPE", "LOC", "DATE", "PERSON"}
        and not is_demonym(doc[i - 1].text)
        and doc[i - 1].lower_ not in unit_nouns()
        and doc[i - 1].lower_ not in _subnational_words().named_levels
        and doc[i - 1].pos_ in ("PROPN", "NOUN", "ADJ")
    ):
        i -= 1
    if i > 0 and _owner_acronym(doc[i - 1]):
        i -= 1
    return i


@lru_cache(maxsize=1)
def _owned_areas() -> frozenset[str]:
    """(s25) ``owned_numbered_areas`` of ``data/nominals.yaml``."""
    return frozenset(str(w) for w in load_yaml("nominals.yaml")["owned_numbered_areas"])


def _owned_area(tok: Token) -> bool:
    """(s25) An area noun a body numbers its commands by ("Region" of "NISS Region 3")."""
    return tok.text in _owned_areas()


def _owner_acronym(tok: Token) -> bool:
    """A group's acronym right before a unit's name: two to six capitals ("PDF", "KNLA")."""
    text = tok.text
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def _named_on(doc: Doc, span: Span) -> bool:
    """An ORG entity holds ``span`` and its name goes on ("the 166 Brigade of the Northern
    Command", "Brigade 17 Command")."""
    for e in doc.ents:
        if e.label_ == "ORG" and e.start <= span.start and span.end < e.end:
            rest = doc[span.end]
            if rest.lower_ == "of" or rest.text[:1].isupper():
                return True
    return False


def _holding_org(doc: Doc, tok: Token, head: Token) -> Span | None:
    """The ORG entity that holds both words, if any."""
    if not (tok.ent_type_ == "ORG" and head.ent_type_ == "ORG" and head.ent_iob_ == "I"):
        return None
    return next((e for e in doc.ents if e.start <= tok.i and head.i < e.end), None)


def numbered_units(doc: Doc) -> list[Span]:
    """The ordinal + unit noun pairs of ``doc`` that no ORG entity holds as its name: alone,
    or with an entity that runs on past the unit noun into other words ("the 36th Front for
    the ambush"), but not one whose name goes on ("the 5th Brigade of the Colombian Army")."""
    nouns = unit_nouns()
    found: list[Span] = []
    for tok in doc[:-1]:
        if not is_ordinal(tok):
            continue
        head = doc[tok.i + 1]
        if not (head.lower_ in nouns and head.text[:1].isupper()):
            # "the 45th Mechanized Brigade": up to two capitalised branch words between
            at = _branch_words(doc, tok.i + 1)
            if at < 0 or not tok.text[:1].isdigit():
                continue
            head = doc[at]
        org = _holding_org(doc, tok, head)
        if org is not None:
            rest = doc[head.i + 1] if head.i + 1 < org.end else None
            if rest is None or rest.lower_ == "of" or rest.text[:1].isupper():
                continue
            found.append(Span(doc, min(org.start, tok.i), head.i + 1, label="ORG"))
            continue
        found.append(Span(doc, tok.i, head.i + 1, label="ORG"))
    return found


@lru_cache(maxsize=1)
def force_name_nouns() -> frozenset[str]:
    """The last words of a force's name of ``data/nominals.yaml`` ("Rifles", "Forces")."""
    return frozenset(str(w) for w in load_yaml("nominals.yaml").get("force_name_nouns") or ())


_NAME_ENTS = {"", "ORG", "GPE", "LOC", "PERSON", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"}


def _force_names(doc: Doc) -> list[Span]:
    """ "the Assam Rifles", "the Border Guards": "the", one to three capitalised words and a
    capitalised plural force noun (``force_name_nouns``) that no entity holds whole. Not a
    name led by a nationality or a country ("the Syrian Armed Forces": the state rules')."""
    from dossier.resolve.geo_rules import is_demonym
    from dossier.resolve.states import country_of_name

    nouns = force_name_nouns()
    found: list[Span] = []
    for k in word_indices(doc, ORTH, nouns):
        head = doc[k]
        if head.i < 2:
            continue
        i = head.i
        while i > 0 and head.i - i < 3:
            prev = doc[i - 1]
            if not (prev.is_alpha and prev.is_title and not prev.is_sent_start):
                break
            i -= 1
        if i == head.i or i == 0 or doc[i - 1].lower_ != "the":
            continue
        name = doc[i : head.i + 1]
        if any(t.ent_id_ or t.ent_type_ not in _NAME_ENTS for t in name):
            continue
        if any(e.start <= i and head.i < e.end and e.label_ == "ORG" for e in doc.ents):
            continue  # the model's name already
        if any(is_demonym(t.text) or country_of_name(t.text) for t in name[:-1]):
            continue
        if head.i + 1 < len(doc) and doc[head.i + 1].text[:1].isupper():
            continue  # a longer name goes on
        found.append(Span(doc, i, head.i + 1, label="ORG"))
    return found


@lru_cache(maxsize=1)
def owned_unit_heads() -> frozenset[str]:
    """The last words of a unit named after its owner's possessive (``owned_unit_heads`` of
    ``data/nominals.yaml``: "Base" of "the IRGC Ground Forces' Quds Base")."""
    return frozenset(str(w) for w in load_yaml("nominals.yaml").get("owned_unit_heads") or ())


_POSSESSIVES = frozenset({"'", "\u2019", "'s", "\u2019s"})


def _owned_units(doc: Doc) -> list[Span]:
    """(s16) "the IRGC Ground Forces' Quds Base", "the army's Tiger Command": one to three
    capitalised words ending in a unit's head noun (``owned_unit_heads``) right after the
    possessive of a named owner, which the model left out of its names."""
    heads = owned_unit_heads()
    found: list[Span] = []
    for k in word_indices(doc, ORTH, _POSSESSIVES):
        pos = doc[k]
        if pos.i == 0 or pos.i + 2 > len(doc):
            continue
        owner = doc[pos.i - 1]
        if not (owner.ent_type_ in ("ORG", "NORP", "GPE") or owner.text[:1].isupper()):
            continue
        end = pos.i + 1
        while end < len(doc) and end - pos.i <= 3 and doc[end].is_alpha and doc[end].is_title:
            end += 1
        if end == pos.i + 1 or doc[end - 1].text not in heads or end - pos.i - 1 < 2:
            continue
        span = Span(doc, pos.i + 1, end, label="ORG")
        if any(t.ent_id_ or t.ent_type_ not in _NAME_ENTS for t in span):
            continue
        if end < len(doc) and doc[end].text[:1].isupper():
            continue  # a longer name goes on
        found.append(span)
    return found


def with_unit_names(doc: Doc) -> list[Span]:
    """``doc.ents`` with the numbered units in, and what they overlapped out (unless that
    came from the actor gazetteer, which then wins)."""
    ents = list(doc.ents)
    units = numbered_units(doc)
    taken = {i for u in units for i in range(u.start, u.end)}
    units += [u for u in _figure_units(doc) if not any(i in taken for i in range(u.start, u.end))]
    taken = {i for u in units for i in range(u.start, u.end)}
    units += [u for u in _force_names(doc) if not any(i in taken for i in range(u.start, u.end))]
    taken = {i for u in units for i in range(u.start, u.end)}
    units += [u for u in _owned_units(doc) if not any(i in taken for i in range(u.start, u.end))]
    for unit in sorted(units, key=lambda u: u.start):
        overlapping = [e for e in ents if e.start < unit.end and unit.start < e.end]
        # (s24) "KIA Brigade 3": the owner's gazetteer acronym may open the unit's name
        if any(e.ent_id_ for e in overlapping) and not _owner_first(unit, overlapping):
            continue
        ents = [e for e in ents if e not in overlapping] + [unit]
    return sorted(ents, key=lambda e: e.start)


def _owner_first(unit: Span, overlapping: list[Span]) -> bool:
    """(s24) The only gazetteer entity ``unit`` overlaps is its owner's acronym, its first
    word ("KIA" of "KIA Brigade 3"), and the unit is numbered after its noun."""
    named = [e for e in overlapping if e.ent_id_]
    return (
        len(named) == 1
        and named[0].start == unit.start
        and named[0].end == unit.start + 1
        and _owner_acronym(unit[0])
        and is_unit_number(unit[-1])
    )


def _untagged_name_word(token: Token) -> bool:
    """A capitalised proper noun the model left out of every entity."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ == ""
        and token.text[:1].isupper()
        and not token.is_upper
        and token.is_alpha
    )


def _of_country(doc: Doc, ent: Span, place: Span) -> bool:
    """(s21) "[Global New Light] ORG of [Myanmar] GPE": a place named right after "of" that
    hangs on the organisation's last word and ends the name (no name or possessive goes on
    after it) is part of the organisation's name."""
    of = doc[ent.end] if ent.end < len(doc) else None
    if of is None or of.lower_ != "of" or place.start != ent.end + 1 or place.label_ != "GPE":
        return False
    if of.head.i != ent.end - 1 or place.root.head.i != of.i or place.ent_id_:
        return False
    after = doc[place.end] if place.end < len(doc) else None
    return after is None or not (after.text[:1].isupper() or after.tag_ == "POS")


def _named_after(doc: Doc, ent: Span, person: Span) -> bool:
    """(s21) "[Bloque Oriental] ORG [Manuel Ortega] PERSON": a name of two words or more (no
    acronym: "the AFC Corneille Nangaa" is a group and its leader) whose words all modify the
    person's name right after it names a unit after that person."""
    return (
        person.label_ == "PERSON"
        and person.start == ent.end
        and len(ent) >= 2
        and not ent.text.isupper()
        and all(
            t.dep_ == "compound" and ent.start <= t.head.i < person.end
            for t in ent
            if t.i < ent.end
        )
        and person.start <= doc[ent.end - 1].head.i < person.end
    )


def run_on_names(doc: Doc) -> list[Span]:
    """(s21) ``doc.ents`` with an organisation's name the model cut short made whole (never
    a gazetteer entity's):

    - capitalised words it left untagged after the name, where the name's words modify them
      ("[Bloque Occidental] ORG Jacobo Arenas": the bloc named after a commander);
    - a capitalised word and "and" before it, where the name's first word is joined to that
      word ("Security and [Intelligence Service] ORG");
    - a country after "of" that ends the name ("[Global New Light] ORG of [Myanmar] GPE").
    """
    ents = list(doc.ents)
    out: list[Span] = []
    for n, ent in enumerate(ents):
        if out and ent.start < out[-1].end:
            continue  # the place a name before took in
        if ent.label_ != "ORG" or ent.ent_id_ or "\n" in ent.text:
            out.append(ent)
            continue
        start, end = ent.start, ent.end
        while (
            end < len(doc)
            and _untagged_name_word(doc[end])
            and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i >= end
            and doc[end - 1].whitespace_ != ""
        ):
            end += 1
        if end > ent.end and doc[end - 1].dep_ == "compound":
            end = ent.end  # the run goes on into a noun after it: no name of its own
        if (
            start >= 2
            and doc[start - 1].lower_ == "and"
            and _untagged_name_word(doc[start - 2])
            and doc[start].dep_ == "conj"
            and doc[start].head.i == start - 2
            and ent.start <= doc[start - 2].head.i < end
        ):
            start -= 2
        prev = out[-1].end if out else 0
        nxt = ents[n + 1].start if n + 1 < len(ents) else len(doc)
        if end == ent.end and n + 1 < len(ents) and _of_country(doc, ent, ents[n + 1]):
            end = nxt = ents[n + 1].end  # "[Global New Light] ORG of [Myanmar] GPE"
        elif end == ent.end and n + 1 < len(ents) and _named_after(doc, ent, ents[n + 1]):
            end = nxt = ents[n + 1].end  # "[Bloque Oriental] ORG [Manuel Ortega] PERSON"
        if (start, end) != (ent.start, ent.end) and start >= prev and end <= nxt:
            out.append(Span(doc, start, end, label="ORG"))
        else:
            out.append(ent)
    return out


@lru_cache(maxsize=1)
def _front_place_preps() -> frozenset[str]:
    """``front_place_preps`` of ``data/nominals.yaml``: "on the Sirwah Valley front"."""
    return frozenset(str(w).lower() for w in load_yaml("nominals.yaml")["front_place_preps"])


def _unit_name_start(doc: Doc, noun: Token) -> int | None:
    """Where the capitalised words before a lower-case unit noun open, after "the" ("the
    [Jaime Martinez] front"), where two or more such words all modify the noun and no
    preposition of place comes before them; None otherwise."""
    if noun.lower_ not in unit_nouns() or not noun.is_lower or noun.i < 2:
        return None
    start = noun.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and start <= doc[start - 1].head.i <= noun.i:
        start -= 1
    if start == noun.i or start == 0 or doc[start - 1].lower_ != "the":
        return None
    words = doc[start : noun.i]
    if len(words) < 2 or not all(t.text[:1].isupper() and not t.is_upper for t in words):
        return None  # "the Marib front": a place's front, one word
    if start >= 2 and doc[start - 2].lower_ in _front_place_preps():
        return None  # "fighting on the Sirwah Valley front": where the fighting is
    if is_gazetteer_place(words.text):
        return None
    return start


# the model's labels that make capitalised words before a unit noun a name, not a place
_NAME_LABELS = ("PERSON", "ORG")


def named_units(doc: Doc) -> list[Span]:
    """(s21) ``doc.ents`` with a unit named after a person, its noun in lower case ("the
    Jaime Martinez front", "the Abu Bakr brigade": ``numbered_units`` of
    ``data/nominals.yaml``), as one ORG: two or more capitalised words after "the" that the
    model took for a person's or an organisation's name, all modifying the noun. Not a place's name ("the Marib front",
    "fighting on the Sirwah Valley front" are where fighting is), nor words the model left
    untagged ("the Um Rawaba front": a town's front the gazetteer may lack) unless a common
    given name opens them ("the Carlos Ortega front"). Once one
    mention so qualifies, every other "the <same words> <noun>" of the document is the same
    unit, whatever the model tagged there ("known as the Jaime Martinez front")."""
    ents = list(doc.ents)
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    found: list[tuple[int, int]] = []
    for noun in doc:
        start = _unit_name_start(doc, noun)
        if start is None:
            continue
        untagged = any(i not in by_token for i in range(start, noun.i))
        if untagged and doc[start].lower_ not in common_given_names():
            continue  # "the Um Rawaba front": a town's, unless a given name opens it
        hit = {by_token[i] for i in range(start, noun.i + 1) if i in by_token}
        if any(e.label_ not in _NAME_LABELS or e.ent_id_ or e.start < start for e in hit):
            continue
        found.append((start, noun.i + 1))
    if not found:
        return ents
    names = {doc[s:e].text.lower() for s, e in found}
    for noun in doc:
        start = _unit_name_start(doc, noun)
        if start is None or (start, noun.i + 1) in found:
            continue
        if doc[start : noun.i + 1].text.lower() not in names:
            continue
        hit = {by_token[i] for i in range(start, noun.i + 1) if i in by_token}
        if any(e.ent_id_ or e.start < start or e.end > noun.i + 1 for e in hit):
            continue
        found.append((start, noun.i + 1))
    taken = {i for s, e in found for i in range(s, e)}
    out = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    out += [Span(doc, s, e, label="ORG") for s, e in found]
    return sorted(out, key=lambda e: e.start)


class _SubnationalWords(NamedTuple):
    """``subnational_levels``, ``subnational_heads``, ``subnational_offices``,
    ``subnational_named_levels`` of ``data/nominals.yaml``."""

    levels: frozenset[str]
    heads: frozenset[str]
    offices: frozenset[str]
    named_levels: frozenset[str]
    adjectives: frozenset[str]
    body_nouns: frozenset[str]
    level_heads: frozenset[str]
    modifiers: frozenset[str]
    place_levels: frozenset[str]
    place_heads: frozenset[str]


@lru_cache(maxsize=1)
def _subnational_words() -> _SubnationalWords:
    """The sub-national body words of ``data/nominals.yaml``."""
    data = load_yaml("nominals.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return _SubnationalWords(
        words("subnational_levels"),
        words("subnational_heads"),
        words("subnational_offices"),
        words("subnational_named_levels"),
        frozenset(str(w) for w in data.get("subnational_adjectives") or ()),
        words("subnational_body_nouns"),
        words("subnational_heads") | words("subnational_level_heads"),
        words("subnational_body_modifiers"),
        words("subnational_place_levels"),
        words("subnational_place_heads"),
    )


def is_body_head(word: str) -> bool:
    """(s24) A word that ends a state body's name (``subnational_heads`` of
    ``data/nominals.yaml``: "government", "administration", "authority")."""
    return word.lower() in _subnational_words().heads


def is_subnational_body(words: list[str]) -> bool:
    """(s24) Whether a name's last two words are a level and a body noun ("Kaduna State
    government", "Niassa provincial administration"): a sub-national body, no place with a
    common noun after it. (s25) So are a level, a body modifier and a body noun ("Kandahar
    provincial police command"), "state" after a place ("Kano state government") and a
    division's bare name before a body noun ("Sindh police", "Punjab government")."""
    w = _subnational_words()
    if len(words) < 2 or not words[-1].islower():
        return False
    if words[-1] in w.place_heads and _division_name(" ".join(words[:-1])):
        return True
    if len(words) < 3 or words[-1] not in w.level_heads:
        return False
    level = words[-3] if words[-2] in w.modifiers and len(words) >= 4 else words[-2]
    if level in w.levels or level in w.place_levels:
        return True
    return level[:1].isupper() and level.lower() in w.named_levels and words[-1] in w.heads


def _named_level_place(doc: Doc, head: Token, words: _SubnationalWords) -> int | None:
    """(s24) Where the place right before a body noun opens when the place's own name ends
    in its level ("the [Kaduna State] government", "the [Sagaing Region] administration"):
    the level word is part of the name, so no lower-case level word comes before the noun."""
    prev = doc[head.i - 1] if head.i > 0 else None
    if prev is None or prev.ent_type_ not in ("GPE", "LOC", "ORG") or prev.ent_id_:
        return None
    if prev.lower_ not in words.named_levels or not prev.text[:1].isupper():
        return None
    i = prev.i
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i if i < prev.i and doc[i].text[:1].isupper() else None


def _place_before(doc: Doc, start: int) -> int:
    """Where the capitalised place name right before ``start`` opens ("the [Cabo Delgado]
    provincial government"), or ``start`` where none is."""
    i = start
    while i > 0 and doc[i - 1].ent_type_ in ("GPE", "LOC") and doc[i - 1].text[:1].isupper():
        i -= 1
        if doc[i].ent_iob_ == "B":
            break
    if i < start and doc[i].ent_iob_ == "B":
        return i
    run = _proper_run_before(doc, start)
    # (s25) the model may take the division's name for a person or a group ("the [Kachin]
    # state government", "Kachin" PERSON): a run of proper nouns the geographic
    # gazetteer knows as a division names the place all the same
    if run is not None and _division_name(doc[run:start].text):
        return run
    return start


def _proper_run_before(doc: Doc, end: int) -> int | None:
    """(s25) Where the run of one to three capitalised proper nouns ending right before
    ``end`` opens, or None: no gazetteer actor's words, and the word before the run no
    proper noun (a longer name is not cut)."""
    i = end
    while i > 0 and end - i < 3:
        tok = doc[i - 1]
        # the model may tag a sentence's first word a common noun ("Sindh police denied")
        if tok.tag_ not in ("NNP", "NNPS", "NN") or not tok.text[:1].isupper() or tok.ent_id_:
            break
        i -= 1
    if i == end or (i > 0 and doc[i - 1].tag_ in ("NNP", "NNPS") and doc[i - 1].text[:1].isupper()):
        return None
    return i


@lru_cache(maxsize=4096)
def _division_name(name: str) -> bool:
    """(s25) Whether the geographic gazetteer knows ``name`` as a first- or second-level
    division and never as a country nor a capital: "Sindh", "Kano", "Cauca"; not "Nigeria",
    nor "Baghdad" or "Kabul", whose government is the country's, nor a common English word."""
    from dossier.resolve.geo_gazetteer import open_geo_gazetteer

    if " " not in name and zipf_frequency(name.lower(), "en") >= _COMMON_WORD_ZIPF:
        return False  # "the Central government": a common word, not Kenya's Central province
    found = open_geo_gazetteer().candidates(name, fuzzy=False)
    if any(c.feature == "country" or (c.feature == "city" and c.capital) for c in found):
        return False
    # a county's other names are often surnames ("Johnson"); a province's seldom are
    return any(c.feature == "admin1" or (c.feature == "admin2" and not c.alternate) for c in found)


# (s25) how common a one-word name may be as an English word and still name a division
_COMMON_WORD_ZIPF = 4.5


def _place_after(doc: Doc, end: int) -> int:
    """Where "of" and the place named right after ``end`` close ("the provincial government
    [of Niassa]"), or ``end`` where none is."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].ent_iob_ != "B":
        return end
    if doc[end + 1].ent_type_ not in ("GPE", "LOC"):
        return end
    i = end + 2
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    return i


def subnational_bodies(doc: Doc) -> list[Span]:
    """(s21) ``doc.ents`` with a sub-national government as one ORG: a level and a body noun
    in lower case ("the Taiz governorate authority", "the provincial government of Niassa")
    or an office ("the Kidal governor's office"), only with the place it governs named right
    before it or after "of": each province's body is its own actor, and a bare "the
    provincial government" or "the governor's office" says not which (nothing)."""
    words = _subnational_words()
    ents = list(doc.ents)
    taken = {i for e in ents for i in range(e.start, e.end) if e.label_ not in ("GPE", "LOC")}
    # (s25) a division's name the model took for a person or a group ("Kachin" PERSON) may
    # open a body; no other name is cut (a gazetteer actor's words never are)
    misread = {
        i
        for e in ents
        if e.label_ in ("PERSON", "NORP", "ORG") and not e.ent_id_ and _division_name(e.text)
        for i in range(e.start, e.end)
    }
    found: list[Span] = []
    for tok in doc:
        end = None
        if tok.lower_ in words.heads and tok.tag_ == "NN" and tok.i > 0:
            level = doc[tok.i - 1]
            if level.lower_ in words.levels and level.is_lower and level.head.i == tok.i:
                end, first = tok.i + 1, tok.i - 1
            elif tok.is_lower and (opens := _named_level_place(doc, tok, words)) is not None:
                # the place is the body's own name: one span over both, no "of" place after
                # the model may call the place an ORG ("Kaduna State"): no gazetteer name
                if not any(doc[i].ent_id_ for i in range(opens, tok.i + 1)):
                    found.append(Span(doc, opens, tok.i + 1, label="ORG"))
                continue
        if end is None and (level_at := _level_body(doc, tok, words)) is not None:
            end, first = tok.i + 1, level_at
        elif end is None and tok.lower_ == "office" and tok.i > 1 and doc[tok.i - 1].tag_ == "POS":
            owner = doc[tok.i - 2]
            if owner.lower_ in words.offices and owner.is_lower:
                end, first = tok.i + 1, tok.i - 2
        if end is None:
            continue
        start, stop = _place_before(doc, first), _place_after(doc, end)
        if start == first and stop == end:
            continue  # no place: which province's body is not said
        if stop > end and start < first:
            stop = end  # "the Taiz governorate authority of Yemen": the place before it
        if any(i in taken and not (i < first and i in misread) for i in range(start, stop)):
            continue
        found.append(Span(doc, start, stop, label="ORG"))
    found += _regional_bodies(doc, words, taken | {i for f in found for i in range(f.start, f.end)})
    found += _division_bodies(
        doc, words, (taken - misread) | {i for f in found for i in range(f.start, f.end)}
    )
    if not found:
        return ents
    spans = {i for s in found for i in range(s.start, s.end)}
    kept = [e for e in ents if not any(i in spans for i in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


def _names_a_noun_after(tok: Token) -> bool:
    """(s25) Whether a body noun only modifies a lower-case noun after it: "police" of "the
    district police chief", "government" of "Punjab government officials"."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return after is not None and after.is_lower and after.pos_ in ("NOUN", "PROPN")


def _level_body(doc: Doc, tok: Token, words: _SubnationalWords) -> int | None:
    """(s25) Where a body named by its level opens when its noun is not one of the plain
    heads, or its level is "state": "the Kandahar provincial police command", "the Idlib
    provincial council", "the Borno state government" (``subnational_level_heads``,
    ``subnational_body_modifiers`` and ``subnational_place_levels`` of
    ``data/nominals.yaml``): the level word's index, or None. A level that only a place
    before it makes a body's ("state") needs that place here already."""
    # the model may tag the lower-case noun a proper one ("the Gao district administration")
    if tok.lower_ not in words.level_heads or not tok.is_lower or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if _names_a_noun_after(tok):
        return None
    i = tok.i - 1
    if i > 0 and doc[i].lower_ in words.modifiers and doc[i].is_lower:
        i -= 1  # "provincial [police] command"
    if i < 1 or not doc[i].is_lower:
        return None
    if doc[i].lower_ in words.levels:
        return i
    if doc[i].lower_ in words.place_levels and _place_before(doc, i) < i:
        return i
    return None


def _division_bodies(doc: Doc, words: _SubnationalWords, taken: set[int]) -> list[Span]:
    """(s25) A body named by its division's bare name and a body noun: "Sindh police
    denied", "the Punjab government said", "Sindh Police" (``subnational_place_heads`` of
    ``data/nominals.yaml``): one ORG span, where the geographic gazetteer knows the name
    as a division and never as a country or a capital (a country's government and police
    are the state's, data/state_actors.yaml), and the name modifies the noun in the parse
    (not "in Sindh police arrested", where the place is the object of "in")."""
    found: list[Span] = []
    for tok in doc:
        if tok.lower_ not in words.place_heads or tok.i == 0 or tok.i in taken:
            continue
        if _names_a_noun_after(tok):
            continue
        start = _proper_run_before(doc, tok.i)
        if start is None or any(i in taken for i in range(start, tok.i)):
            continue
        last = doc[tok.i - 1]
        if last.head.i != tok.i or last.dep_ not in ("compound", "nmod", "amod", "npadvmod"):
            continue
        if _division_name(doc[start : tok.i].text):
            found.append(Span(doc, start, tok.i + 1, label="ORG"))
    return found


def _regional_bodies(doc: Doc, words: _SubnationalWords, taken: set[int]) -> list[Span]:
    """(s24) A body named by the adjective of the sub-national unit it serves, then up to two
    lower-case words and a body noun: "the Chechen interior ministry", "the Dagestani police",
    "the Kurdish regional government" (``subnational_adjectives`` and
    ``subnational_body_nouns`` of ``data/nominals.yaml``). One ORG span; the country's own
    adjective ("the Russian interior ministry") is the state's and left to the state rules."""
    found: list[Span] = []
    for tok in doc:
        # the adjective may be the model's NORP or GPE; a gazetteer name is never cut
        if tok.text not in words.adjectives or tok.ent_id_:
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 3 and doc[j].is_lower and doc[j].is_alpha:
            # the model may tag the lower-case noun a proper one ("interior ministry")
            if doc[j].lower_ in words.body_nouns and doc[j].pos_ in ("NOUN", "PROPN"):
                after = doc[j + 1] if j + 1 < len(doc) else None
                # not the modifier of a noun after it ("the Chechen police officers")
                modifier = after is not None and after.is_lower and after.pos_ == "NOUN"
                if not modifier and not any(i in taken for i in range(tok.i + 1, j + 1)):
                    found.append(Span(doc, tok.i, j + 1, label="ORG"))
                break
            if not _body_modifier(doc[j]):
                break  # not "Kashmiri militants attacked police": a clause, no body's name
            j += 1
    return found


def _body_modifier(tok: Token) -> bool:
    """(s24) A lower-case word between a unit's adjective and a body noun that belongs to
    the body's name ("interior" of "the Chechen interior ministry", "regional"): an adjective
    or a noun modifying a word after it, not a verb nor a clause's subject ("militants" of
    "Kashmiri militants attacked police")."""
    return (
        tok.pos_ in ("ADJ", "NOUN", "PROPN")
        and tok.dep_ in ("amod", "compound", "nmod")
        and tok.i < tok.head.i
    )


def joined_acronyms(doc: Doc) -> list[Span]:
    """(s21) ``doc.ents`` with two acronyms glued by a hyphen ("CSP" "-" "DPA") as one ORG
    where the document also tags the joined form as one name ("... de l'Azawad (CSP-DPA)"):
    "the CSP-DPA's movements" names one coalition, while "ISWAP-JAS clashes", never written
    as one name, stays two groups."""
    ents = list(doc.ents)
    whole = {e.text for e in ents if e.label_ == "ORG" and "-" in e.text and e.text.isupper()}
    if not whole:
        return ents
    out: list[Span] = []
    n = 0
    while n < len(ents):
        one = ents[n]
        two = ents[n + 1] if n + 1 < len(ents) else None
        if (
            two is not None
            and one.label_ == two.label_ == "ORG"
            and two.start == one.end + 1
            and doc[one.end].text == "-"
            and not doc[one.end - 1].whitespace_
            and not doc[one.end].whitespace_
            and f"{one.text}-{two.text}" in whole
        ):
            out.append(Span(doc, one.start, two.end, label="ORG"))
            n += 2
            continue
        out.append(one)
        n += 1
    return out


@Language.component("dossier_unit_names")
def add_unit_names(doc: Doc) -> Doc:
    """Make the numbered units of ``doc`` ORG entities, and organisations' names the model
    cut short whole."""
    doc.ents = with_unit_names(doc)
    doc.ents = run_on_names(doc)
    doc.ents = joined_acronyms(doc)
    doc.ents = named_units(doc)
    doc.ents = subnational_bodies(doc)
    return doc
