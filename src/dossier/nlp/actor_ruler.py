"""``dossier_actor_ruler``: an entity ruler built from the actor gazetteer.

Acronyms match exactly (``ORTH`` token patterns); other names match case-insensitively through
spaCy's phrase matcher (``LOWER``), which costs next to nothing per pattern. Spelling variants
are written out as phrases: a hyphen or dash between two words is optional (for names of up to
five words anywhere, for longer ones where the name has one), so "Islamic State Khorasan
Province" also matches "Islamic State-Khorasan Province" and "Hezb-e Islami" matches "Hezb e
Islami"; straight and curly apostrophes are interchangeable ("Da'esh", "Da’esh").
Each match carries the gazetteer id in ``ent.ent_id_``.
"""

from __future__ import annotations

from itertools import islice, product
from typing import Any

from spacy.language import Language

from dossier.resolve.actor_gazetteer import is_acronym, load_actor_gazetteer

_HYPHENS = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"]
_APOSTROPHES = ("'", "\u2019")
_MAX_FREE_HYPHENS = 5  # names of up to this many words may take a hyphen anywhere
_MAX_VARIANTS = 256


def _token_pattern(nlp: Language, alias: str) -> list[dict[str, Any]]:
    words = [t.text for t in nlp.make_doc(alias) if t.text not in _HYPHENS]
    pattern: list[dict[str, Any]] = []
    for i, word in enumerate(words):
        if i:
            pattern.append({"ORTH": {"IN": _HYPHENS}, "OP": "?"})
        pattern.append({"ORTH": word})
    return pattern


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


def actor_patterns(nlp: Language) -> list[dict[str, Any]]:
    """The patterns of every surface form of every gazetteer actor."""
    gazetteer = load_actor_gazetteer()
    patterns: list[dict[str, Any]] = []
    for entry in gazetteer.entries.values():
        label = "PERSON" if entry.type == "person" else "ORG"
        for form in dict.fromkeys((entry.name, *entry.aliases)):
            if not form.strip():
                continue
            if is_acronym(form):
                pattern = _token_pattern(nlp, form)
                if pattern:
                    patterns.append({"label": label, "pattern": pattern, "id": entry.id})
                continue
            for phrase in _phrase_variants(nlp, form):
                patterns.append({"label": label, "pattern": phrase, "id": entry.id})
    return patterns


def add_actor_ruler(nlp: Language, before: str = "ner") -> None:
    """Add the gazetteer entity ruler to ``nlp``."""
    ruler = nlp.add_pipe(
        "entity_ruler",
        name="dossier_actor_ruler",
        before=before,
        config={"overwrite_ents": True, "validate": False, "phrase_matcher_attr": "LOWER"},
    )
    # phrase patterns are run through the pipes before the ruler; only the tokenizer is needed
    with nlp.select_pipes(enable=["dossier_actor_ruler"]):
        ruler.add_patterns(actor_patterns(nlp))  # type: ignore[attr-defined]
