"""``doc_text()``: a spaCy doc's text, computed once.

``Doc.text`` joins every token on each access; the extractors slice it thousands of times per
document, which made text joins the largest cost of ingest. The text never changes after
tokenisation, so it is kept in ``doc.user_data``.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "dossier.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached on the doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
