"""The gazetteer rulers: built from token tables, they annotate as spaCy's entity ruler does."""

from __future__ import annotations

import random

import pytest
from spacy.language import Language

from dossier.nlp import build_nlp, load_base_model
from dossier.nlp.actor_ruler import PhraseRuler, PhraseTokenizer, actor_patterns
from dossier.nlp.citations import split_citation_marks

TEXTS = [
    "Fighters of the Islamic State-Khorasan Province (ISKP) attacked a Taliban checkpoint, "
    "while Tehrik-i-Taliban Pakistan denied any role.",
    "The Allied Democratic Forces, which pledged allegiance to the Islamic State's Central "
    "Africa Province, raided Beni; MONUSCO and the FARDC said the ADF killed 12 people.",
    "Hezb-e Islami and Jamaat Nusrat al-Islam wal-Muslimin (JNIM) were named in the report "
    "of the African Union mission in PORT-AU-PRINCE.",
    "AL-SHABAAB AND THE SOMALI NATIONAL ARMY CLASHED NEAR MOGADISHU, THE AU SAID.",
]


@pytest.fixture(scope="module")
def tokenizer_nlp() -> Language:
    nlp = load_base_model()
    split_citation_marks(nlp)
    return nlp


def test_phrases_tokenised_chunk_by_chunk_as_the_tokenizer_does(tokenizer_nlp: Language) -> None:
    tokenize = PhraseTokenizer(tokenizer_nlp)
    patterns = actor_patterns(tokenize) + actor_patterns(tokenize, acronyms=True)
    assert len(patterns) > 10_000
    sample = random.Random(7).sample(patterns, 3000)
    for _, phrase, _ in sample:
        assert tokenize(phrase) == tuple(t.text for t in tokenizer_nlp.make_doc(phrase)), phrase


def test_rulers_annotate_as_spacy_entity_rulers(tokenizer_nlp: Language) -> None:
    tokenize = PhraseTokenizer(tokenizer_nlp)
    ours = load_base_model()
    split_citation_marks(ours)
    theirs = load_base_model()
    split_citation_marks(theirs)
    for name, lower, overwrite in (("names", True, True), ("acronyms", False, False)):
        patterns = actor_patterns(tokenize, acronyms=not lower)
        ruler = ours.add_pipe(
            "dossier_phrase_ruler",
            name=name,
            before="ner",
            config={"lower": lower, "overwrite": overwrite},
        )
        assert isinstance(ruler, PhraseRuler)
        for label, phrase, entity_id in patterns:
            ruler.add(label, tokenize(phrase), entity_id)
        spacy_ruler = theirs.add_pipe(
            "entity_ruler",
            name=name,
            before="ner",
            config={
                "overwrite_ents": overwrite,
                "validate": False,
                "phrase_matcher_attr": "LOWER" if lower else "ORTH",
            },
        )
        with theirs.select_pipes(enable=[name]):
            spacy_ruler.add_patterns(  # type: ignore[attr-defined]
                [{"label": lb, "pattern": p, "id": i} for lb, p, i in patterns]
            )
    for text in TEXTS:
        got = [(e.start, e.end, e.label_, e.ent_id_) for e in ours(text).ents]
        want = [(e.start, e.end, e.label_, e.ent_id_) for e in theirs(text).ents]
        assert got == want, text
        assert any(e[3] for e in got), text  # the gazetteer found something in each text


def test_gazetteer_names_found_with_their_ids() -> None:
    doc = build_nlp()(
        "Militants of Islamic State-Khorasan Province attacked; ISKP later claimed it."
    )
    ids = {(e.text, e.ent_id_) for e in doc.ents if e.ent_id_}
    assert ("Islamic State-Khorasan Province", "iskp") in ids
    assert ("ISKP", "iskp") in ids
