"""Add the actor-mention components to a pipeline, in the order they must run.

Each component fills the ``actors`` span group (:mod:`dossier.nlp.mention_group`) with the
spans that no earlier one covered, so the order is a precedence: a titled person beats the
bare name inside it, a country acting as an actor beats a noun phrase around it, and a
pronoun comes last.
"""

from __future__ import annotations

from spacy.language import Language

from dossier.nlp import metonymy as _metonymy  # noqa: F401  (registers the components)
from dossier.nlp import named_actors as _named_actors  # noqa: F401
from dossier.nlp import nominals as _nominals  # noqa: F401
from dossier.nlp import pronouns as _pronouns  # noqa: F401
from dossier.nlp import titles as _titles  # noqa: F401

ACTOR_COMPONENTS = (
    "dossier_titles",
    "dossier_metonymy",
    "dossier_nominals",
    "dossier_named_actors",
    "dossier_pronouns",
)


def add_actor_mentions(nlp: Language, after: str = "ner") -> None:
    """Add the actor-mention components after ``after`` (they need entities and the parse)."""
    previous = after
    for name in ACTOR_COMPONENTS:
        nlp.add_pipe(name, after=previous)
        previous = name
