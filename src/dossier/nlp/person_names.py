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
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.datafiles import load_yaml
from dossier.nlp.nominals import load_nominals
from dossier.nlp.place_names import is_gazetteer_place
from dossier.nlp.titles import TitleWords, load_titles
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
        if e.label_ in _RELABELLED
        and not e.ent_id_
        and _agent_of_person_verb(e)
        and _personal_name(e)
    }
    if not names:
        return ents
    return [
        Span(doc, e.start, e.end, label="PERSON")
        if e.text in names and e.label_ in _RELABELLED and not e.ent_id_
        else e
        for e in ents
    ]


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


@Language.component("dossier_person_names")
def extend_person_names(doc: Doc) -> Doc:
    """Make mistagged personal names PERSON, and widen PERSON entities over the given names
    the model left out."""
    doc.ents = relabelled_people(doc)
    doc.ents = extended_people(doc)
    return doc
