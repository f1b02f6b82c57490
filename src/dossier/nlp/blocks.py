"""``dossier_blocks``: sentence boundaries at blank lines, after line-final punctuation and
after heading lines and pipe-table rows.

Scraped reports put a section label, a title and a date line each on its own line; without
this the parser glues them into the first sentence and NER spans cross the line break. A
heading line has no final punctuation, is short for the document (at most
``HEADING_SHARE`` of its usual line length, so that the lines of hard-wrapped paragraphs do not
count) and is followed by a line that starts with a capital or a digit. A wire dateline
("BAMAKO, May 3, 2025 (AFP) - ") ends a sentence of its own too. The full stop of an
abbreviated title on the same line ("Brig. Gen. Ronald Rwivanga", ``abbreviations`` in
``data/titles.yaml``) ends no sentence when a capitalised word follows.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from dossier.datafiles import load_yaml
from dossier.nlp.citations import CITATION_MARK
from dossier.nlp.text import doc_text
from dossier.nlp.titles import is_title_abbreviation, load_titles

_FINAL = {".", "!", "?", ":", "…"}
HEADING_SHARE = 0.6
_NON_SPACE = re.compile(r"\S")
HEADING_MAX_WORDS = 16


@cache
def _continuation_words() -> frozenset[str]:
    """Lower-case words a line of a title cannot end with ("in", "of", "the"): the title goes
    on over the next line (``title_continuation_words`` in ``data/metadata_cues.yaml``)."""
    words = load_yaml("metadata_cues.yaml")["title_continuation_words"]
    return frozenset(str(w) for w in words if str(w).islower())


def _usual_line_length(text: str) -> float:
    """The 90th percentile of the document's non-empty line lengths."""
    lengths = sorted(len(line) for line in text.split("\n") if line.strip())
    return float(lengths[int(0.9 * (len(lengths) - 1))]) if lengths else 0.0


def _heading_before(text: str, newline: int, usual: float) -> bool:
    """Whether the line that ends at ``newline`` is a heading (see the module docstring)."""
    line = text[text.rfind("\n", 0, newline) + 1 : newline].strip()
    if not line or line[-1] in _FINAL or line[-1] in ",;-–(":
        return False
    if line.rsplit(None, 1)[-1] in _continuation_words():
        return False  # a title going on over the next line: "... the Islamic Resistance in"
    nxt = _NON_SPACE.search(text, newline)  # no copy of the rest of the text per line
    return (
        nxt is not None
        and (nxt.group(0).isupper() or nxt.group(0).isdigit())
        and len(line) <= HEADING_SHARE * usual
        and len(line.split()) <= HEADING_MAX_WORDS
    )


# A wire dateline opening a paragraph: "BAMAKO, May 3, 2025 (AFP) - ", "ABUJA — ". The story
# starts after it; parsed as one sentence with it, its first clause turns into an apposition.
_CAPS = "A-ZÀ-ÖØ-Þ"  # capitals of the Latin-1 letters: "BOGOTÁ", "GAROUA-BOULAÏ"
_DATELINE = re.compile(
    rf"(?m)^[ \t]*[{_CAPS}][{_CAPS}.'’-]+(?:[ \t]+[{_CAPS}][{_CAPS}.'’-]+){{0,3}}"
    r"(?:,[^\n()]{1,60}?)?(?:[ \t]*\([A-Za-z .&-]{2,40}\))?[ \t]*(?:-{1,2}|–|—)[ \t]+"
)


# how far the lead's first sentence is kept whole after a dateline (tokens)
_LEAD_KEPT = 30


def _mark_datelines(doc: Doc) -> None:
    for m in _DATELINE.finditer(doc_text(doc)):
        start = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if start is not None and start.start > 0:
            start[0].is_sent_start = True
            _keep_lead(doc, start[0].i)


def _keep_lead(doc: Doc, start: int) -> None:
    """The lead after a dateline is one sentence up to its first stop: cut off from the
    dateline, the parser splits its opening words off as sentences of their own ("Fighters" /
    "of X" / "stormed a base ..."), and the deed loses its doer."""
    for token in doc[start + 1 : start + _LEAD_KEPT]:
        if "\n" in token.text or token.text in _FINAL:
            break
        token.is_sent_start = False
        if "\n" in token.whitespace_:
            break


def _join_title_abbreviations(doc: Doc) -> None:
    """No sentence starts after "Brig." or "Lt" "." before a capitalised word on one line."""
    words = load_titles()
    # a title abbreviation ends in a full stop: only those tokens are built (each distinct
    # word looked up once)
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH).tolist()
    stop: dict[int, bool] = {}
    for i in range(len(orths) - 1):
        ends = stop.get(orths[i])
        if ends is None:
            ends = stop[orths[i]] = strings[orths[i]].endswith(".")
        if not ends:
            continue
        token, nxt = doc[i], doc[i + 1]
        if (
            nxt.text[:1].isupper()
            and "\n" not in token.whitespace_
            and is_title_abbreviation(token, words)
        ):
            nxt.is_sent_start = False


def _table_row_edge(text: str, newline: int) -> bool:
    """A pipe-table row ("| 4 May | Gao | JNIM | ambush | 12 |") is a line of its own: the
    line before the break ends with a bar, or the line after it starts with one."""
    before = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    if before.endswith("|") and before.lstrip().startswith("|"):
        return True
    nxt = _NON_SPACE.search(text, newline)
    return nxt is not None and nxt.group(0) == "|"


_PIPE_ROW = re.compile(r"(?m)^[ \t]*\|[^\n]*\|[ \t]*$")


def _join_table_rows(doc: Doc) -> None:
    """No sentence starts inside a pipe-table row: its cells are read together."""
    if "|" in doc_text(doc):
        _no_sentence_starts_inside(doc, _PIPE_ROW)


# a numbered incident heading: "4. 19 April 2025 - Marte:", "2) 10/05/2024 – Macomia town:"
_ITEM_HEADING = re.compile(r"(?m)^[ \t]*\d{1,3}[.)][ \t]+[^\n:.!?]{1,80}:")


def _join_item_headings(doc: Doc) -> None:
    """No sentence starts inside a numbered item's heading (its number up to the colon): the
    model reads "4. 19" as a sentence of its own and the item loses its date."""
    _no_sentence_starts_inside(doc, _ITEM_HEADING)


def _no_sentence_starts_inside(doc: Doc, pattern: re.Pattern[str]) -> None:
    for m in pattern.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is None:
            continue
        for tok in span[1:]:
            tok.is_sent_start = False


_NEWLINE = re.compile("\n")
# a line that opens a list item ("- ...", "• ...", "3) ...") starts a sentence even when the
# line before ends without punctuation: summary bullets are one incident each, and run
# together their dates and places cross between incidents
_ITEM_LINE = re.compile(r"[ \t]*(?:[-–—•*▪]|\d{1,2}[.)])[ \t]+\S")


@Language.component("dossier_blocks")
def mark_blocks(doc: Doc) -> Doc:
    # the text joined once (``Doc.text`` joins every token on each read; blocks change no token)
    text = doc_text(doc)
    usual = _usual_line_length(text)
    _join_table_rows(doc)
    _join_item_headings(doc)
    _mark_datelines(doc)
    _join_title_abbreviations(doc)
    _attach_citation_marks(doc)
    # only the tokens with a line break in their text or the space after it are looked at:
    # token i with its space runs from its offset to the next token's
    starts = doc.to_array(IDX).tolist()
    broken = sorted({bisect_right(starts, m.start()) - 1 for m in _NEWLINE.finditer(text)})
    for i in broken:
        if i < 0 or i >= len(starts) - 1:
            continue
        token = doc[i]
        blank = token.text.count("\n") + token.whitespace_.count("\n") >= 2
        nxt = doc[i + 1]
        if token.is_space:
            prev = doc[i - 1] if i > 0 else None
            end_punct = prev is not None and prev.text in _FINAL
        else:
            end_punct = token.text in _FINAL
        newline = token.idx + (token.text.find("\n") if "\n" in token.text else len(token))
        heading = not (blank or end_punct) and _heading_before(text, newline, usual)
        item = _ITEM_LINE.match(text, newline + 1) is not None
        if (
            blank
            or end_punct
            or heading
            or item
            or "\n\n" in token.text
            or _table_row_edge(text, newline)
        ):
            nxt.is_sent_start = True
            if token.is_space and i > 0:
                # the whitespace token belongs with the sentence before it
                token.is_sent_start = False
            if item:
                _keep_item_head(doc, nxt.i)
    return doc


_CITATION = re.compile(CITATION_MARK + "$")


def _attach_citation_marks(doc: Doc) -> None:
    """(s18) Reference marks after a sentence's final stop ("... in the region.[1]") end
    that sentence, and the next word starts the next: the parser reads a mark as a sentence
    of its own, or glues it to the words after it, and then cuts those apart too ("AA" /
    "spokesman" / "Khine ... said")."""
    i = 0
    while i < len(doc):
        if not (_CITATION.match(doc[i].text) and i > 0 and doc[i - 1].text in _FINAL):
            i += 1
            continue
        j = i
        while j < len(doc) and (_CITATION.match(doc[j].text) or doc[j].is_space):
            doc[j].is_sent_start = False
            j += 1
        if j < len(doc):
            doc[j].is_sent_start = True
            _keep_item_head(doc, j)
        i = j


def _keep_item_head(doc: Doc, start: int) -> None:
    """The marker and the first words of a list item ("- 14 May, Mokolo: ...") open one
    sentence with the rest of its line: the parser would cut "-" and "14" off as sentences."""
    for token in doc[start + 1 : start + 5]:
        if "\n" in token.text or token.text in _FINAL or token.text == ",":
            break
        token.is_sent_start = False
