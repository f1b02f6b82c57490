"""Which script and language a text is written in, and the folded form the metadata rules read.

:func:`detect_language` lets the dominant script decide first (Cyrillic, Arabic, Han, ...) and,
within Latin, Cyrillic and Arabic script, counts very common function words from
``data/stopwords.yaml``. :func:`script_of`, :func:`fold` and :data:`LETTERS` are the small text
primitives that the date and source rules (:mod:`dossier.dates`, :mod:`dossier.sources`) and
:mod:`dossier.metadata` share.

>>> detect_language("Сегодня боевики заявили, что они взяли город.")
'ru'
>>> fold("٢٠١٨ Ёлка")
'2018 елка'
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import islice, repeat

from dossier.datafiles import load_yaml

__all__ = ["LETTERS", "detect_language", "fold", "foreign_stretches", "script_of"]


LETTERS = r"(?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983\u09bc-\u09d7\u09e2\u09e3])"
"""A regex for one letter of any script (a word character that is not a digit or ``_``), or
(s22) a vowel sign or virama of Devanagari or Bengali, which Python counts as no word
character: without them "मंगलवार" would fall apart into five "words"."""

# digits of other scripts -> ASCII; Arabic letter variants folded (same length)
# (s22) and Devanagari and Bengali digits ("१४ अक्टूबर २०२५")
_FOLD = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९০১২৩৪৫৬৭৮৯أإآىـ",
    "0123456789012345678901234567890123456789اااي ",
)

_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "latin"),
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "hy"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x08A0, 0x08FF, "arabic"),
    (0x0900, 0x097F, "hi"),
    (0x0980, 0x09FF, "bn"),
    (0x0E00, 0x0E7F, "th"),
    (0x10A0, 0x10FF, "ka"),
    (0x1100, 0x11FF, "ko"),
    (0x1E00, 0x1EFF, "latin"),
    (0x3040, 0x30FF, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "ko"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
)


def fold(text: str) -> str:
    """Lower-case, ASCII digits, folded Arabic letters: the form every metadata matcher reads."""
    return text.lower().translate(_FOLD).replace("ё", "е")


def script_of(ch: str) -> str | None:
    """The script of one character ("latin", "cyrillic", "arabic", "han", ...), or None.

    Scripts used by one language only are named by its ISO 639-1 code ("el", "he", "ko").
    """
    cp = ord(ch)
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= cp <= hi:
            return name
    return None


@cache
def _stopwords() -> dict[str, dict[str, frozenset[str]]]:
    data = load_yaml("stopwords.yaml")
    return {
        script: {lang: frozenset(words.split()) for lang, words in langs.items()}
        for script, langs in data.items()
    }


_WORD = re.compile(rf"{LETTERS}+")
_ASCII_LETTER = re.compile("[A-Za-z]")


@cache
def _languages_of_word(script: str) -> dict[str, tuple[str, ...]]:
    """The languages of ``script`` whose function word each word is."""
    found: dict[str, list[str]] = {}
    for lang, words in _stopwords().get(script, {}).items():
        for word in words:
            found.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in found.items()}


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the main language of ``text``, or None when unsure.

    The dominant script decides first (Cyrillic, Arabic, Han, ...); within Latin, Cyrillic and
    Arabic script, counts of very common function words pick the language.

    >>> detect_language("The rebels said that they had taken the town in the night.")
    'en'
    """
    sample = text if len(text) <= 30000 else text[:20000] + text[len(text) // 2 :][:10000]
    scripts: Counter[str] = Counter()
    if sample.isascii():
        # every letter is a Latin one: only whether there are three of them matters
        if sum(1 for _ in islice(_ASCII_LETTER.finditer(sample), 3)) < 3:
            return None
        scripts["latin"] = 3
    # count each distinct character once (in order of first appearance, so ties between
    # scripts break as a character-by-character count would)
    for ch, n in Counter(sample).items() if not scripts else ():
        if ch.isalpha():
            name = script_of(ch)
            if name:
                scripts[name] += n
    if sum(scripts.values()) < 3:
        return None
    script = scripts.most_common(1)[0][0]
    if script in ("han", "kana"):
        return "ja" if scripts["kana"] > 0.05 * (scripts["han"] + scripts["kana"]) else "zh"
    if script not in ("latin", "cyrillic", "arabic"):
        return script
    tokens = Counter(_WORD.findall(sample.lower()))
    # (each language's few function words looked up among the text's words)
    get = tokens.get
    hits = {
        lang: sum(map(get, words, repeat(0, len(words))))
        for lang, words in _stopwords()[script].items()
    }
    best = max(hits, key=lambda lang: hits[lang])
    if hits[best] >= 2:
        return best
    return {"cyrillic": "ru", "arabic": "ar"}.get(script)


# a quoted passage: «...», “...”, "...", „...“ on one paragraph
_QUOTED = re.compile(
    "|".join(
        rf"{o}((?:[^{c}\n]|\n(?![ \t]*\n)){{12,800}})[{c}]"
        for o, c in (("«", "»"), ("“", "”"), ("„", "“”"), ('"', '"'))
    )
)
_FOREIGN_SHARE = 0.12  # of a stretch's words that must be the other language's function words
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_FOREIGN_MIN_WORDS = 4  # a quote this long or longer can be told apart
_FOREIGN_PARAGRAPH_WORDS = 12  # a paragraph too


def _stretch_language(stretch: str) -> str | None:
    """The language of a short stretch of Latin, Cyrillic or Arabic script: the one whose
    function words it holds most, at least two of them and more than any other's."""
    tokens = _WORD.findall(stretch.lower())
    script = next((script_of(ch) for ch in stretch if ch.isalpha()), None)
    profiles = _stopwords().get(script or "", {})
    # each token counts once for every language whose function word it is
    counts = dict.fromkeys(profiles, 0)
    langs_of = _languages_of_word(script or "")
    for t in tokens:
        for lang in langs_of.get(t, ()):
            counts[lang] += 1
    hits = sorted(((n, lang) for lang, n in counts.items()), reverse=True)
    if not hits or hits[0][0] < max(2, _FOREIGN_SHARE * len(tokens)):
        return None
    if len(hits) > 1 and hits[1][0] * 2 > hits[0][0]:
        return None  # no language clearly ahead
    return hits[0][1]


def foreign_stretches(text: str, language: str | None) -> list[tuple[int, int]]:
    """Spans of ``text`` written in another language than the document's ``language``: quoted
    passages (« Ils sont arrivés vers quatre heures du matin » in an English report) and whole
    paragraphs (an army communiqué quoted in French before its translation). Their words
    name no actors and no places for an English reader's rules.

    >>> text = 'A witness said: « Ils tiraient sur tout ce qui bougeait dans la rue ».'
    >>> [text[s:e] for s, e in foreign_stretches(text, "en")]
    [' Ils tiraient sur tout ce qui bougeait dans la rue ']
    """
    if not language:
        return []
    spans: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        stretch = m.group(group)
        if len(stretch.split()) < _FOREIGN_MIN_WORDS:
            continue
        found = _stretch_language(stretch)
        if found is not None and found != language:
            spans.append((m.start(group), m.end(group)))
    for m in _PARAGRAPH.finditer(text):
        if len(m.group(0).split()) < _FOREIGN_PARAGRAPH_WORDS:
            continue
        found = _stretch_language(m.group(0))
        if found is not None and found != language:
            spans.append(m.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
