"""``dossier_lemma_fixes``: corrections to lemmas the packaged model gets wrong.

The small English model lemmatises "staged" as "stag", so a light verb ("terrorists staged
three bomb attacks") is lost to every rule that reads lemmas. The corrections live in
``data/lemma_fixes.yaml`` (word form → lemma, per coarse part of speech).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from dossier.datafiles import load_yaml


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, dict[str, str]]:
    """``{pos: {lower-case form: lemma}}`` from ``data/lemma_fixes.yaml`` (cached)."""
    data = load_yaml("lemma_fixes.yaml") or {}
    return {
        str(pos): {str(k).lower(): str(v) for k, v in forms.items()} for pos, forms in data.items()
    }


@lru_cache(maxsize=1)
def _fixed_word_ids() -> frozenset[int]:
    """The string ids of the lower-case forms that have a fix."""
    return frozenset(get_string_id(w) for forms in lemma_fixes().values() for w in forms)


@Language.component("dossier_lemma_fixes")
def fix_lemmas(doc: Doc) -> Doc:
    """Replace the lemmas listed in ``data/lemma_fixes.yaml``."""
    fixes = lemma_fixes()
    # only the tokens whose word has a fix under some part of speech are looked at
    words = _fixed_word_ids()
    for i, word in enumerate(doc.to_array(LOWER).tolist()):
        if word not in words:
            continue
        tok = doc[i]
        fixed = fixes.get(tok.pos_, {}).get(tok.lower_)
        if fixed is not None:
            tok.lemma_ = fixed
    return doc
