"""``dossier_person_names``: people's names at their full extent in ``doc.ents``.

The small English model often leaves an unfamiliar first name out of a PERSON entity ("The
group's leader, Bonomade [Machude Omar]"). This component takes into the entity the
capitalised proper nouns just before it, unless they are a title or rank ("General",
"Sheikh": :mod:`dossier.nlp.titles` handles those), the first word of the sentence, or part
of another entity.

The model also tags many unfamiliar names, often accented ones, as organisations or
facilities ("founded in 2019 by [Iván Márquez] ORG"). The agent of a verb that only a person
does to a group ("founded by", "led by": ``person_agent_verbs`` in ``data/actor_rules.yaml``)
that is written as a personal name becomes a PERSON entity, and so does every other entity of
the document written the same way. Entities from the actor gazetteer (with an ``ent_id_``) are
never touched.

A name whose capitalised words are joined by hyphenated particles ("Jaish-e-Fursan-e-Muhammad",
``name_links`` in ``data/actor_rules.yaml``) is one entity, where the model tagged only a piece
of it ("Muhammad" PERSON): an organisation when one of its words names a group ("Jaish",
"Tehreek": a type cue) or an apposition calls it a group ("X, a new group linked to ..."),
else a person when the model took a piece of it for a person ("Zia-ul-Haq").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.datafiles import load_yaml
from dossier.nlp.actor_ruler import line_break
from dossier.nlp.nominals import load_nominals
from dossier.nlp.place_names import is_gazetteer_place
from dossier.nlp.titles import TitleWords, load_titles
from dossier.nlp.token_table import word_indices
from dossier.nlp.unit_names import unit_nouns

_MAX_EXTRA = 2  # given names added at most ("Bonomade", "Abu" "Yasir" is already one entity)


def _given_name(token: Token, words: TitleWords, taken: set[int]) -> bool:
    low = token.lower_.rstrip(".")
    return (
        token.i not in taken
        and not token.is_sent_start
        and token.pos_ == "PROPN"
        and token.is_alpha
        and token.text[:1].isupper()
        and not token.is_upper
        and not token.is_stop
        and low not in words.heads
        and low not in words.modifiers
    )


_RELABELLED = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART"}  # labels a mistagged name gets
# (s21) labels the model gives Arabic and African personal names it does not know ("led by
# [Abdullahi Hassan Adan] GPE"); a name of the place gazetteer stays a place
_PLACE_LABELS = {"GPE", "LOC", "NORP"}
_MAX_NAME_WORDS = 4
_MAX_PARTICLE = 3  # "de", "al", "bin": short lower-case words inside a name


@lru_cache(maxsize=1)
def _agent_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("actor_rules.yaml")["person_agent_verbs"])


@lru_cache(maxsize=1)
def _group_words() -> frozenset[str]:
    """Words that make a name an organisation's: the type cues of ``data/actor_rules.yaml``,
    the group and person nouns of ``data/nominals.yaml`` and the numbered unit nouns."""
    cues = load_yaml("actor_rules.yaml")["type_cues"]
    words = {str(w).lower() for ws in cues.values() for cue in ws for w in str(cue).split()}
    nominals = load_nominals()
    return frozenset(words | nominals.groups | nominals.people | unit_nouns())


def _personal_name(ent: Span) -> bool:
    """Two to four words, the first and last capitalised (not in capitals), those between
    capitalised or short particles ("de", "al"), none a word of an organisation's name."""
    words = [t for t in ent if t.text not in ("-", "\u2010")]
    if not 2 <= len(words) <= _MAX_NAME_WORDS:
        return False
    for n, tok in enumerate(words):
        if not tok.is_alpha or tok.lower_ in _group_words():
            return False
        capitalised = tok.text[:1].isupper() and not tok.is_upper
        particle = tok.is_lower and len(tok) <= _MAX_PARTICLE and 0 < n < len(words) - 1
        if not (capitalised or particle):
            return False
    return not is_gazetteer_place(ent.text)


def _agent_of_person_verb(ent: Span) -> bool:
    """The agent of "founded", "led", ... ("founded in 2019 by X"), or joined to one by
    "and" ("founded by X and Y")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    by = root.head
    return (
        root.dep_ == "pobj"
        and by.lower_ == "by"
        and by.dep_ == "agent"
        and by.head.lemma_.lower() in _agent_verbs()
    )


def relabelled_people(doc: Doc) -> list[Span]:
    """``doc.ents`` with the personal names that the model labelled otherwise made PERSON
    (see the module docstring)."""
    ents = list(doc.ents)
    names = {
        e.text
        for e in ents
        if e.label_ in _RELABELLED | _PLACE_LABELS
        and not e.ent_id_
        and _agent_of_person_verb(e)
        and _personal_name(e)
    }
    names |= {
        e.text
        for e in ents
        if e.label_ in _RELABELLED | _PLACE_LABELS
        and not e.ent_id_
        and _apposed_to_person_noun(e)
        and _personal_name(e)
    }
    names |= _bracketed_partners(doc, ents, names)
    if not names:
        return ents
    return [
        Span(doc, e.start, e.end, label="PERSON")
        if e.text in names and e.label_ in _RELABELLED | _PLACE_LABELS and not e.ent_id_
        else e
        for e in ents
    ]


def _apposed_to_person_noun(ent: Span) -> bool:
    """(s21) "detained Abu Yusuf al-Amin, an ISIL official": a name with a singular noun of
    one person (``people`` of ``data/nominals.yaml``: official, commander, spokesman) in
    apposition to it names that person, whatever label the model gave it."""
    people = load_nominals().people
    root = ent.root
    for tok in (*root.children, root.head):
        rel = tok.dep_ if tok is not root.head else root.dep_
        if tok.i == root.i or rel != "appos" or tok.tag_ != "NN":
            continue
        if tok.lemma_.lower() in people:
            return True
    return False


def _bracketed_partners(doc: Doc, ents: list[Span], names: set[str]) -> set[str]:
    """(s21) The other name in "led by Ali Hassan al-Amin (Abu Khalid)": a personal name in
    brackets right after one of ``names``, or right before a bracketed one of them (the
    parser often makes the bracketed name the agent), is the same person's."""
    found: set[str] = set()
    for one, two in zip(ents, ents[1:], strict=False):
        if (one.text in names) == (two.text in names):
            continue
        if not (
            two.start == one.end + 1
            and doc[one.end].text == "("
            and two.end < len(doc)
            and doc[two.end].text == ")"
        ):
            continue
        other = two if one.text in names else one
        if (
            other.label_ in _RELABELLED | _PLACE_LABELS
            and not other.ent_id_
            and _personal_name(other)
        ):
            found.add(other.text)
    return found


def extended_people(doc: Doc, words: TitleWords | None = None) -> list[Span]:
    """``doc.ents`` with each PERSON entity widened over the given names before it."""
    words = words or load_titles()
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    out: list[Span] = []
    for ent in doc.ents:
        start = ent.start
        if ent.label_ == "PERSON" and not ent.ent_id_:
            while (
                ent.start - start < _MAX_EXTRA
                and start > 0
                and _given_name(doc[start - 1], words, taken)
            ):
                start -= 1
        out.append(ent if start == ent.start else Span(doc, start, ent.end, label="PERSON"))
    return out


_HYPHENS = ("-", "\u2010", "\u2011")
_MAX_APPOSITION = 6  # tokens from the comma to the group noun ("a new little-known group")
_MAX_PLACE_WORDS = 2  # a country after a group's name ("Tehreek-e-Jihad Pakistan")


@lru_cache(maxsize=1)
def _name_links() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("actor_rules.yaml")
    return (
        frozenset(str(w).lower() for w in data.get("name_links") or ()),
        frozenset(str(w).lower() for w in data.get("group_apposition_nouns") or ()),
    )


def name_particles() -> frozenset[str]:
    """``name_links`` of ``data/actor_rules.yaml`` ("al", "el", "ul"): the particles of
    Arabic and Persian names."""
    return _name_links()[0]


def _name_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper


def _hyphen_chain(doc: Doc, i: int, links: frozenset[str]) -> int:
    """The end of the chain "Word-link-Word(-link-Word)*" that starts at token ``i`` (with
    "al-Word" after a space, as in "Lashkar-e-Jhangvi al-Alami"), or ``i`` when none does."""
    end = i
    j = i + 1
    while j + 3 <= len(doc):
        glued = not doc[j - 1].whitespace_ and not doc[j].whitespace_
        if (
            glued
            and doc[j].text in _HYPHENS
            and doc[j + 1].lower_ in links
            and not doc[j + 1].whitespace_
            and doc[j + 2].text in _HYPHENS
            and not doc[j + 2].whitespace_
            and j + 3 < len(doc)
            and _name_word(doc[j + 3])
        ):
            end = j + 4
            j += 4
            continue
        if (
            end > i
            and doc[j - 1].whitespace_
            and doc[j].lower_ in links
            and doc[j].is_lower
            and not doc[j].whitespace_
            and doc[j + 1].text in _HYPHENS
            and not doc[j + 1].whitespace_
            and _name_word(doc[j + 2])
        ):
            end = j + 3
            j += 3
            continue
        break
    return end


def _called_a_group(doc: Doc, end: int, nouns: frozenset[str]) -> bool:
    """ "X, a new group linked to ...": an apposition after ``end`` whose head is a group."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
        return False
    for tok in doc[end + 2 : end + 2 + _MAX_APPOSITION]:
        if tok.lemma_.lower() in nouns or tok.lower_ in nouns:
            return True
        if tok.is_punct and tok.text not in _HYPHENS:
            return False
    return False


def hyphenated_names(doc: Doc) -> list[Span]:
    """``doc.ents`` with the hyphen-linked names made one entity each (see the module
    docstring)."""
    links, apposition = _name_links()
    ents = list(doc.ents)
    found: list[Span] = []
    i = 0
    while i < len(doc):
        end = _hyphen_chain(doc, i, links) if _name_word(doc[i]) else i
        if end == i:
            i += 1
            continue
        overlapping = [e for e in ents if e.start < end and i < e.end]
        words = {t.lower_ for t in doc[i:end] if t.is_alpha}
        if any(e.ent_id_ for e in overlapping):
            i = end
            continue
        if words & _group_words() or _called_a_group(doc, end, apposition):
            # a country written after the name belongs to it ("Tehreek-e-Jihad Pakistan")
            stop = end
            while (
                stop < len(doc)
                and stop - end < _MAX_PLACE_WORDS
                and doc[stop - 1].whitespace_ == " "
                and _name_word(doc[stop])
                and doc[stop].ent_type_ == "GPE"
            ):
                stop += 1
            start = min([i, *(e.start for e in overlapping if e.label_ == "ORG")])
            stop = max([stop, *(e.end for e in overlapping if e.label_ == "ORG")])
            found.append(Span(doc, start, stop, label="ORG"))
        elif any(e.label_ == "PERSON" for e in overlapping):
            start = min([i, *(e.start for e in overlapping if e.label_ == "PERSON")])
            stop = max([end, *(e.end for e in overlapping if e.label_ == "PERSON")])
            found.append(Span(doc, start, stop, label="PERSON"))
        i = end
    return _replace_ents(ents, found)


_APOSTROPHES = ("'", "\u2019", "\u02bc")


def _name_part(token: Token) -> bool:
    """A capitalised word, apostrophes allowed inside it ("Jama'a", "Jama'at")."""
    text = token.text
    return (
        text[:1].isupper()
        and not token.is_upper
        and all(c.isalpha() or c in _APOSTROPHES for c in text)
        and text[-1:].isalpha()
    )


def _replace_ents(ents: list[Span], spans: list[Span]) -> list[Span]:
    """``ents`` with each of ``spans`` in place of the entities it overlaps, unless one of
    them is a gazetteer match; sorted."""
    for span in spans:
        clash = [e for e in ents if e.start < span.end and span.start < e.end]
        if any(e.ent_id_ for e in clash):
            continue
        ents = [e for e in ents if e not in clash] + [span]
    return sorted(ents, key=lambda e: e.start)


def apostrophe_names(doc: Doc) -> list[Span]:
    """``doc.ents`` with a name whose first word ends in an apostrophe (a transliterated
    hamza or ayn: "Dhiya' Zawba Muslih al-Hardani") one PERSON entity: the model splits it at
    the apostrophe, which it reads as a possessive. A word ending in "s" before the apostrophe
    is a plural possessive ("the Rebels' Commander X") and is left alone."""
    ents = list(doc.ents)
    found: list[Span] = []
    for ent in ents:
        if ent.label_ != "PERSON" or ent.ent_id_ or ent.start < 2:
            continue
        mark, word = doc[ent.start - 1], doc[ent.start - 2]
        if (
            mark.text in _APOSTROPHES
            and mark.whitespace_
            and not word.whitespace_
            and _name_part(word)
            and not word.lower_.endswith("s")
        ):
            found.append(Span(doc, ent.start - 2, ent.end, label="PERSON"))
    return _replace_ents(ents, found) if found else ents


@lru_cache(maxsize=1)
def _name_connectors() -> frozenset[str]:
    data = load_yaml("actor_rules.yaml")
    return frozenset(str(w).lower() for w in data.get("name_connectors") or ())


def connected_names(doc: Doc) -> list[Span]:
    """``doc.ents`` with two names joined by a connector word ("Ahlu Sunna wal Jama'a",
    "Ansar al-Sunna wal-Jama'a": ``name_connectors`` in ``data/actor_rules.yaml``) made one
    ORG entity: the model ends the name at the connector."""
    connectors = _name_connectors()
    ents = list(doc.ents)
    found: list[Span] = []
    for ent in ents:
        if ent.ent_id_ or ent.label_ not in ("PERSON", "ORG") or ent.end >= len(doc):
            continue
        link = doc[ent.end]
        if link.lower_ not in connectors or not link.is_lower:
            continue
        j = ent.end + 1
        if j < len(doc) and doc[j].text in _HYPHENS and not link.whitespace_:
            j += 1
        end = j
        while end < len(doc) and _name_part(doc[end]) and end - j < _MAX_NAME_WORDS:
            end += 1
            if not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end].text in _HYPHENS:
                end += 1  # "al-Jama'a"
        while end > j and doc[end - 1].text in _HYPHENS:
            end -= 1
        if end > j:
            found.append(Span(doc, ent.start, end, label="ORG"))
    return _replace_ents(ents, found) if found else ents


def without_bare_titles(doc: Doc, words: TitleWords | None = None) -> list[Span]:
    """``doc.ents`` without the PERSON entities that are only a title or rank ("Brig" in
    "Brig. Gen. Ronald Rwivanga"): :mod:`dossier.nlp.titles` joins those to the name."""
    words = words or load_titles()
    title_words = words.heads | words.modifiers
    return [
        e
        for e in doc.ents
        if e.label_ != "PERSON"
        or e.ent_id_
        or not all(t.is_punct or t.lower_.rstrip(".") in title_words for t in e)
    ]


def adjacent_people(doc: Doc) -> list[Span]:
    """``doc.ents`` with two PERSON entities that touch, one space apart on one line, made
    one: the model cuts long names in two ("[Roch Marc] [Christian Kaboré]"), and two
    people's names never stand side by side without a comma or a word between them."""
    ents = list(doc.ents)
    found: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        end = ent.end
        j = i + 1
        while (
            ent.label_ == "PERSON"
            and not ent.ent_id_
            and j < len(ents)
            and ents[j].start == end
            and ents[j].label_ == "PERSON"
            and not ents[j].ent_id_
            and doc[end - 1].whitespace_ == " "
        ):
            end = ents[j].end
            j += 1
        if ent.label_ == "PERSON" and not ent.ent_id_:
            end = _compound_head_end(doc, ent.start, end, ents[j].start if j < len(ents) else None)
        if end != ent.end:
            found.append(Span(doc, ent.start, end, label="PERSON"))
        i = j
    return _replace_ents(ents, found) if found else ents


_MAX_SURNAMES = 3  # untagged words a name may run on by ("[Roch Marc] Christian Kaboré")


def _compound_head_end(doc: Doc, start: int, end: int, limit: int | None) -> int:
    """Where a person's name ends when the model's entity stops before the words its last
    word is a compound of: capitalised proper nouns on one line up to that head."""
    head = doc[end - 1].head
    if doc[end - 1].dep_ != "compound" or not end <= head.i < end + _MAX_SURNAMES:
        return end
    if limit is not None and head.i >= limit:
        return end
    for k in range(end - 1, head.i + 1):
        tok = doc[k]
        if k >= end and (tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_):
            return end
        if k < head.i and tok.whitespace_ != " ":
            return end
    return head.i + 1


@dataclass(frozen=True)
class NicknameRules:
    """``quoted_nicknames`` of ``data/actor_rules.yaml``."""

    open_quotes: frozenset[str]
    close_quotes: frozenset[str]
    max_words: int
    not_person_labels: frozenset[str]


@lru_cache(maxsize=1)
def nickname_rules() -> NicknameRules:
    data = load_yaml("actor_rules.yaml").get("quoted_nicknames") or {}
    return NicknameRules(
        open_quotes=frozenset(str(q) for q in data.get("open_quotes") or ('"',)),
        close_quotes=frozenset(str(q) for q in data.get("close_quotes") or ('"',)),
        max_words=int(data.get("max_words") or 3),
        not_person_labels=frozenset(str(x) for x in data.get("not_person_labels") or ()),
    )


def nickname_pattern() -> str:
    """The regular expression of one quoted nickname, its words in group 1 ('"Barbecue"',
    '"Ti Renel"'): the one spelling the resolver reads names' text by, as
    :func:`nicknamed_people` reads tokens."""
    rules = nickname_rules()
    opening = "".join(re.escape(q) for q in sorted(rules.open_quotes) if len(q) == 1)
    closing = "".join(re.escape(q) for q in sorted(rules.close_quotes) if len(q) == 1)
    word = r"[A-Z][\w'\u2019-]*"
    return rf"[{opening}]({word}(?: {word}){{0,{rules.max_words - 1}}})[{closing}]"


def _nickname_end(doc: Doc, i: int) -> int | None:
    """The index after the closing quote of a quoted nickname of one to three capitalised
    words that opens at token ``i``, or None."""
    rules = nickname_rules()
    if i >= len(doc) or doc[i].text not in rules.open_quotes:
        return None
    k = i + 1
    while k < len(doc) and k - i <= rules.max_words and _name_part(doc[k]):
        k += 1
    if k == i + 1 or k >= len(doc) or doc[k].text not in rules.close_quotes:
        return None
    return k + 1


def _person_slot(doc: Doc, start: int) -> bool:
    """Whether the words before ``start`` make the name there a person's where the model
    tagged none of it: the agent of "led by", "headed by" (``person_agent_verbs``), or a
    lower-case role noun right before it ("gang leader X", "the kingpin X")."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ == "by":
        return start >= 2 and doc[start - 2].lemma_.lower() in _agent_verbs()
    return prev.is_lower and prev.pos_ == "NOUN"


def _wrapped(token: Token) -> bool:
    """A token of spaces holding one line break (a name wrapped onto the next line)."""
    return token.is_space and line_break(token.text)


def nicknamed_people(doc: Doc) -> list[Span]:
    """``doc.ents`` with a person's name that holds a quoted nickname ('Johnson "Izo" Andre',
    'Jimmy "Barbecue" Cherizier') one PERSON entity, where the model tagged a piece of it a
    person: it cuts such names at the quotes. Given names and surname are one to three
    capitalised words each; no gazetteer name is touched (a known person keeps its entry)."""
    rules = nickname_rules()
    most = rules.max_words
    found: list[Span] = []
    i = 1
    # a nickname opens only at an opening quote: the other tokens are skipped unbuilt
    for quote in word_indices(doc, ORTH, rules.open_quotes):
        if quote < i:
            continue  # inside the name found last
        i = quote
        end = _nickname_end(doc, i)
        given = i - 1
        if given > 0 and _wrapped(doc[given]):
            given -= 1  # 'Jimmy\n"Barbecue" Cherizier': a name wrapped onto the next line
        if end is None or not _name_part(doc[given]):
            i += 1
            continue
        start = given + 1
        while start > 0 and given - start < most - 1 and _name_part(doc[start - 1]):
            start -= 1
        last = end
        if last < len(doc) and _wrapped(doc[last]):
            last += 1
        while last < len(doc) and last - end < most and _name_part(doc[last]):
            last += 1
        span = doc[start:last]
        if (
            last > end
            and not doc[start].is_sent_start
            and (any(t.ent_type_ == "PERSON" for t in span) or _person_slot(doc, start))
            and not any(t.ent_id_ or t.ent_type_ in rules.not_person_labels for t in span)
        ):
            found.append(Span(doc, start, last, label="PERSON"))
            i = last
            continue
        i += 1
    return _replace_ents(list(doc.ents), found) if found else list(doc.ents)


@Language.component("dossier_person_names")
def extend_person_names(doc: Doc) -> Doc:
    """Make mistagged personal names PERSON, group and personal names joined by hyphenated
    particles one entity, drop bare titles, widen PERSON entities over the given names the
    model left out, and join a person's name the model cut in two."""
    doc.ents = hyphenated_names(doc)
    doc.ents = connected_names(doc)
    doc.ents = without_bare_titles(doc)
    doc.ents = relabelled_people(doc)
    doc.ents = extended_people(doc)
    doc.ents = apostrophe_names(doc)
    doc.ents = adjacent_people(doc)
    doc.ents = nicknamed_people(doc)
    return doc
