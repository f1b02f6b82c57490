"""Split bracketed citation marks off the words they are glued to.

Text copied from Wikipedia and many reports carries reference marks with no space before
them: "in October 2005.[4][5]", "Damascus University.[1][2]". spaCy's default rules keep
"2005.[4][5" together as one token, so the date, the organisation or the place before the
mark is lost to the tagger. One suffix rule makes "[4]" a token of its own.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_suffix_regex

# (s19) superscript note marks too ("12,000.² Aid agencies", "founded in 2015¹"): glued to
# the word before, they hide a number or a date and join two sentences
CITATION_MARK = r"(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})"


def split_citation_marks(nlp: Language) -> None:
    """Make ``[n]`` reference marks separate tokens in ``nlp``'s tokenizer.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> split_citation_marks(nlp)
    >>> [t.text for t in nlp("in October 2005.[4][5]")]
    ['in', 'October', '2005', '.', '[4]', '[5]']
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer has its own rules
    suffixes = [CITATION_MARK, *(nlp.Defaults.suffixes or ())]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search
