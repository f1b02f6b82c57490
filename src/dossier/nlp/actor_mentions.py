"""Add the mention components to a pipeline, in the order they must run.

``dossier_place_names`` first repairs ``doc.ents`` (towns the model took for people),
``dossier_unit_names`` makes a unit named by its number one organisation ("the 33rd Front"),
and ``dossier_person_names`` gives people's names the given names the model left out. Then
each actor component fills the ``actors`` span group (:mod:`dossier.nlp.mention_group`) with
the spans that no earlier one covered (``dossier_group_names`` first: "the Gran Grif gang"), so their order is a precedence: a titled person beats
the bare name inside it, a country acting as an actor beats a noun phrase around it, and a
pronoun comes last. ``dossier_place_mentions`` runs after them and fills the ``places`` group
around what the actors took.
"""

from __future__ import annotations

from spacy.language import Language

from dossier.nlp import metonymy as _metonymy  # noqa: F401  (registers the components)
from dossier.nlp import named_actors as _named_actors  # noqa: F401
from dossier.nlp import nominals as _nominals  # noqa: F401
from dossier.nlp import person_names as _person_names  # noqa: F401
from dossier.nlp import place_mentions as _place_mentions  # noqa: F401
from dossier.nlp import place_names as _place_names  # noqa: F401
from dossier.nlp import pronouns as _pronouns  # noqa: F401
from dossier.nlp import titles as _titles  # noqa: F401
from dossier.nlp import unit_names as _unit_names  # noqa: F401

MENTION_COMPONENTS = (
    "dossier_place_names",
    "dossier_unit_names",
    "dossier_person_names",
    "dossier_group_names",
    "dossier_titles",
    "dossier_metonymy",
    "dossier_nominals",
    "dossier_named_actors",
    "dossier_pronouns",
    "dossier_place_mentions",
)


def add_mention_components(nlp: Language, after: str = "ner") -> None:
    """Add the mention components after ``after`` (they need entities and the parse)."""
    previous = after
    for name in MENTION_COMPONENTS:
        nlp.add_pipe(name, after=previous)
        previous = name
