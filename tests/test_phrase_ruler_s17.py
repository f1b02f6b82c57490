"""The gazetteer ruler near the end of a text: a phrase longer than the text's rest is no match."""

from __future__ import annotations

import spacy

from dossier.nlp.actor_ruler import PhraseRuler
from dossier.pipeline import process_raw
from dossier.records import RawDocument


def test_a_longer_phrase_cut_short_by_the_end_of_the_text_matches_nothing() -> None:
    nlp = spacy.blank("en")
    ruler = PhraseRuler(nlp, "names", lower=True, overwrite=True)
    # "red hand" is a two-word phrase; "hand defenders" shares no first word with it, but the
    # three-word "red hand defenders" gives "red" a length of three
    ruler.add("ORG", ("red", "hand"), "red_hand")
    ruler.add("ORG", ("red", "hand", "defenders"), "red_hand_defenders")
    doc = ruler(nlp("They blamed the Red Hand"))
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Red Hand", "red_hand")]
    doc = ruler(nlp("They blamed the Red Hand Defenders"))
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Red Hand Defenders", "red_hand_defenders")]


def test_a_report_ending_on_a_gazetteer_name_and_a_line_break_is_read() -> None:
    text = (
        "UPDATE (3 August 2016): Within days of the publication of this story, the fighter was "
        "killed on the front line during an attack by pro-Assad forces \n"
    )
    doc = process_raw(RawDocument(path="update.txt", format="text", text=text, content_hash="t"))
    assert doc.text.rstrip().endswith("pro-Assad forces")
