"""The table of English's common words (``data/english_words.yaml``) gives the same verdict as
weighing each word against the neighbouring languages at run time."""

from __future__ import annotations

from itertools import islice

from wordfreq import iter_wordlist, zipf_frequency

from dossier.resolve.actors import _english_word, _foreign_stretch_rules


def _weighed(word: str) -> bool:
    languages, floor, margin, _, _, _ = _foreign_stretch_rules()
    low = word.lower()
    english = zipf_frequency(low, "en")
    return english >= floor and all(
        english + margin >= zipf_frequency(low, lang) for lang in languages
    )


def test_the_table_agrees_with_the_word_lists() -> None:
    words = [*islice(iter_wordlist("en"), 0, 16000, 7), "Période", "du", "Ripoti", "Bureau"]
    assert [w for w in words if _english_word(w) != _weighed(w)] == []


def test_neighbouring_languages_words_are_not_english() -> None:
    assert not _english_word("de") and not _english_word("los")
    assert _english_word("bureau") and _english_word("army")
