"""``dossier_blocks``: sentence boundaries at blank lines and after line-final punctuation.

Scraped reports put a section label, a title and a date line each on its own line; without
this the parser glues them into the first sentence and NER spans cross the line break.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_FINAL = {".", "!", "?", ":", "…"}


@Language.component("dossier_blocks")
def mark_blocks(doc: Doc) -> Doc:
    for i, token in enumerate(doc[:-1]):
        if "\n" not in token.text and "\n" not in token.whitespace_:
            continue
        blank = token.text.count("\n") + token.whitespace_.count("\n") >= 2
        nxt = doc[i + 1]
        if token.is_space:
            prev = doc[i - 1] if i > 0 else None
            end_punct = prev is not None and prev.text in _FINAL
        else:
            end_punct = token.text in _FINAL
        if blank or end_punct or "\n\n" in token.text:
            nxt.is_sent_start = True
            if token.is_space and i > 0:
                # the whitespace token belongs with the sentence before it
                token.is_sent_start = False
    return doc
