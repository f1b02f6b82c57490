"""(s16) The array-based shortcuts give what the token loops they replace gave."""

from __future__ import annotations

from spacy.attrs import DEP, LOWER, ORTH, POS

from dossier.nlp import build_nlp, load_base_model
from dossier.nlp.text import doc_noun_chunks
from dossier.nlp.token_table import word_indices

TEXT = (
    "The Jaguar Brigade and its allies shelled Port Varne (PV) on Monday, and the "
    "conj militia said they would retreat towards Lake Orrin and the hills of Tamsa. "
    "Gen. Ilya Marek told reporters the fighters had been driven back."
)


def test_word_indices_match_token_loops() -> None:
    doc = build_nlp()(TEXT)
    cases = [
        (LOWER, frozenset({"the", "and", "militia"}), lambda t: t.lower_),
        (ORTH, frozenset({"(", "The", "Gen."}), lambda t: t.text),
        (DEP, frozenset({"conj", "nsubj"}), lambda t: t.dep_),
        (POS, frozenset({"PROPN", "X", "NOUN"}), lambda t: t.pos_),
    ]
    for attr, words, read in cases:
        expected = [t.i for t in doc if read(t) in words]
        assert expected, attr
        assert word_indices(doc, attr, words) == expected


def test_noun_chunks_computed_once() -> None:
    doc = load_base_model()(TEXT)
    chunks = doc_noun_chunks(doc)
    assert [(c.start, c.end) for c in chunks] == [(c.start, c.end) for c in doc.noun_chunks]
    assert doc_noun_chunks(doc) is chunks


def test_lemmas_as_the_packaged_lemmatizer() -> None:
    text = "Rebels were attacking the villages and burned the houses of farmers."
    ours = [t.lemma_ for t in build_nlp()(text)]
    packaged = [t.lemma_ for t in load_base_model()(text)]
    assert ours == packaged
