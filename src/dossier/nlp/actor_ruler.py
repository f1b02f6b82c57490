"""``dossier_actor_ruler``: an entity ruler built from the actor gazetteer.

Acronyms match exactly (a phrase matcher on ``ORTH``); other names match case-insensitively
(a phrase matcher on ``LOWER``); phrase matchers cost next to nothing per pattern. Spelling variants
are written out as phrases: a hyphen or dash between two words is optional (for names of up to
five words anywhere, for longer ones where the name has one), so "Islamic State Khorasan
Province" also matches "Islamic State-Khorasan Province" and "Hezb-e Islami" matches "Hezb e
Islami"; straight and curly apostrophes are interchangeable ("Da'esh", "Da’esh").
Each match carries the gazetteer id in ``ent.ent_id_``.

``dossier_hyphen_filter`` then drops a match that is only part of a hyphenated place name
("AU" in "PORT-AU-PRINCE"): a part of one word is no mention of an actor.
"""

from __future__ import annotations

import re
from itertools import islice, product
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.records import ActorEntry
from dossier.resolve.actor_gazetteer import is_acronym, load_actor_gazetteer

_HYPHENS = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"]
_APOSTROPHES = ("'", "\u2019")
_MAX_FREE_HYPHENS = 5  # names of up to this many words may take a hyphen anywhere
_MAX_VARIANTS = 256


def _phrase_variants(nlp: Language, alias: str) -> list[str]:
    """The spellings of ``alias`` with and without hyphens and with either apostrophe."""
    words: list[str] = []
    dashed: list[bool] = []
    for token in nlp.make_doc(alias):
        if token.text in _HYPHENS:
            if dashed:
                dashed[-1] = True
        else:
            words.append(token.text)
            dashed.append(False)
    if not words:
        return []
    choices = [
        ["", *_HYPHENS] if dashed[i] else ["", "-"] if len(words) <= _MAX_FREE_HYPHENS else [""]
        for i in range(len(words) - 1)
    ]
    variants: list[str] = []
    for seps in islice(product(*choices), _MAX_VARIANTS):
        tokens = [words[0]]
        for sep, word in zip(seps, words[1:], strict=True):
            tokens += [sep, word] if sep else [word]
        variants.append(" ".join(tokens))
    for straight, curly in (_APOSTROPHES, _APOSTROPHES[::-1]):
        variants += [v.replace(straight, curly) for v in variants if straight in v]
    return list(dict.fromkeys(variants))


# "Allied Democratic Forces (ADF)": a name with its acronym in brackets
_WITH_ACRONYM = re.compile(r"^(?P<name>.*\S)\s*\((?P<acr>[A-Z][A-Za-z0-9\-]{1,9})\)$")


def _ruler_form(form: str) -> str:
    """The surface form to match for a gazetteer name: "Name (ACR)" as "Name" (the name and
    its acronym are tagged one by one, and a bracket inside an entity ends up unbalanced);
    other names as written ("JUI (F)", "CPI (Maoist)")."""
    found = _WITH_ACRONYM.match(form)
    if found is None:
        return form
    acr = found.group("acr")
    if sum(c.isupper() for c in acr) < 2:
        return form
    return found.group("name")


def _possessive_forms(forms: list[str], parent: ActorEntry | None) -> list[str]:
    """A branch named through its parent's possessive: "Islamic State Central Africa
    Province" is also written "Islamic State's Central Africa Province"."""
    if parent is None:
        return []
    heads = [h for h in (parent.name, *parent.aliases) if not is_acronym(h) and " " in h]
    out: list[str] = []
    for form in forms:
        for head in heads:
            rest = form[len(head) :]
            if form.lower().startswith(head.lower()) and rest.startswith(" ") and rest.strip():
                out.append(f"{form[: len(head)]}'s{rest}")
    return out


def actor_patterns(nlp: Language, acronyms: bool = False) -> list[dict[str, Any]]:
    """Phrase patterns for every surface form of every gazetteer actor.

    With ``acronyms`` only the acronyms ("ISKP", "IS-K"), which must match case-sensitively;
    without, every other name, matched case-insensitively.
    """
    gazetteer = load_actor_gazetteer()
    patterns: list[dict[str, Any]] = []
    for entry in gazetteer.entries.values():
        label = "PERSON" if entry.type == "person" else "ORG"
        forms = [_ruler_form(f) for f in (entry.name, *entry.aliases)]
        if not acronyms:
            forms += _possessive_forms(forms, gazetteer.entries.get(entry.parent or ""))
        for form in dict.fromkeys(forms):
            if not form.strip() or is_acronym(form) != acronyms:
                continue
            for phrase in _phrase_variants(nlp, form):
                patterns.append({"label": label, "pattern": phrase, "id": entry.id})
    return patterns


def add_actor_ruler(nlp: Language, before: str = "ner") -> None:
    """Add the gazetteer entity rulers to ``nlp``: names (any case), then acronyms (exact case).

    Both are phrase matchers, whose cost hardly grows with the number of patterns (a token
    matcher over the acronyms cost as much as the statistical NER). The acronym ruler does not
    overwrite names the first found, so "ISIS-Khorasan Province" stays whole. A last component
    drops the matches inside a hyphenated place name ("AU" in "PORT-AU-PRINCE").
    """
    names = nlp.add_pipe(
        "entity_ruler",
        name="dossier_actor_ruler",
        before=before,
        config={"overwrite_ents": True, "validate": False, "phrase_matcher_attr": "LOWER"},
    )
    acronyms = nlp.add_pipe(
        "entity_ruler",
        name="dossier_acronym_ruler",
        before=before,
        config={"overwrite_ents": False, "validate": False, "phrase_matcher_attr": "ORTH"},
    )
    # phrase patterns are run through the pipes before the ruler; only the tokenizer is needed
    with nlp.select_pipes(enable=["dossier_actor_ruler"]):
        names.add_patterns(actor_patterns(nlp))  # type: ignore[attr-defined]
    with nlp.select_pipes(enable=["dossier_acronym_ruler"]):
        acronyms.add_patterns(actor_patterns(nlp, acronyms=True))  # type: ignore[attr-defined]
    nlp.add_pipe("dossier_hyphen_filter", before=before)


# the hyphens that join the parts of one word; a dash joins two ("Washington–Moscow")
_WORD_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphenated_word(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The token extent of the hyphenated word that tokens ``start:end`` belong to: the
    words joined to them by hyphens with no space ("Port-au-Prince", "Croix-des-Bouquets")."""
    while (
        start >= 2
        and doc[start - 1].text in _WORD_HYPHENS
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    ):
        start -= 2
    while (
        end + 1 < len(doc)
        and doc[end].text in _WORD_HYPHENS
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    return start, end


def _inside_place_name(ent: Span) -> bool:
    """A match that is a middle part of a hyphenated word ("PORT-AU-PRINCE"), or any part of
    a hyphenated word that the geographic gazetteer knows as a place."""
    from dossier.nlp.place_names import is_gazetteer_place

    doc = ent.doc
    start, end = hyphenated_word(doc, ent.start, ent.end)
    if (start, end) == (ent.start, ent.end):
        return False
    if start < ent.start and end > ent.end:
        return True
    return is_gazetteer_place(doc[start:end].text)


@Language.component("dossier_hyphen_filter")
def drop_hyphenated_parts(doc: Doc) -> Doc:
    """Drop the gazetteer matches that are only part of a hyphenated place name."""
    ents = [e for e in doc.ents if not (e.ent_id_ and _inside_place_name(e))]
    if len(ents) != len(doc.ents):
        doc.ents = ents
    return doc
