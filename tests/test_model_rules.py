"""The faster attribute rules and lemmatizer annotate exactly as the packaged components."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dossier.nlp import build_nlp, load_base_model
from dossier.nlp.model_rules import (
    CachedEnglishLemmatizer,
    IndexedAttributeRules,
    use_fast_model_rules,
)

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"

# words the packaged rules treat specially: contractions, two-word rules, spaces, "there is"
SPECIAL = (
    "Y'all ain't gonna believe it, he said. There are 3 men and there is a truck.  \n\n"
    "Let's go, c'mon! We gotta leave. He gets it; she got it. Nothin' changed, nuthin' will.\n"
    "Which one? That one. All the militants who were arrested are in Kabul's jail."
)


@pytest.fixture(scope="module")
def pipelines() -> tuple[Language, Language]:
    packaged = load_base_model()
    fast = load_base_model()
    use_fast_model_rules(fast)
    return packaged, fast


def _attributes(doc: Doc) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i), t.ent_type_)
        for t in doc
    ]


def _texts() -> list[str]:
    texts = [SPECIAL]
    for path in sorted(SEEDS.glob("*")):
        if path.is_file():
            texts.append(path.read_text(encoding="utf-8", errors="replace"))
    return texts


def test_fast_components_replace_the_packaged_ones_under_their_names(
    pipelines: tuple[Language, Language],
) -> None:
    packaged, fast = pipelines
    assert fast.pipe_names == packaged.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), IndexedAttributeRules)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedEnglishLemmatizer)
    assert isinstance(build_nlp().get_pipe("lemmatizer"), CachedEnglishLemmatizer)


def test_every_token_is_annotated_as_by_the_packaged_components(
    pipelines: tuple[Language, Language],
) -> None:
    packaged, fast = pipelines
    texts = _texts()
    assert len(texts) >= 3
    # twice: the second pass is answered from the caches the first one filled
    for _ in range(2):
        for text in texts:
            assert _attributes(fast(text)) == _attributes(packaged(text))


def test_special_rules_apply(pipelines: tuple[Language, Language]) -> None:
    _, fast = pipelines
    lemmas = {t.text: t.lemma_ for t in fast("Y'all ai n't gon na stop. Let 's see.")}
    assert lemmas["ai"] == "be"
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"
    there = fast("There are three men.")
    assert there[1].pos_ == "VERB"
