"""``dossier_person_names``: people's names at their full extent in ``doc.ents``.

The small English model often leaves an unfamiliar first name out of a PERSON entity ("The
group's leader, Bonomade [Machude Omar]"). This component takes into the entity the
capitalised proper nouns just before it, unless they are a title or rank ("General",
"Sheikh": :mod:`dossier.nlp.titles` handles those), the first word of the sentence, or part
of another entity. Entities from the actor gazetteer (with an ``ent_id_``) are never touched.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dossier.nlp.titles import TitleWords, load_titles

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
    """Widen PERSON entities over the given names the model left out."""
    doc.ents = extended_people(doc)
    return doc
