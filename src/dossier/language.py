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

from dossier.datafiles import load_yaml

__all__ = ["LETTERS", "detect_language", "fold", "script_of"]


LETTERS = r"[^\W\d_]"
"""A regex class for one letter of any script (a word character that is not a digit or ``_``)."""

# digits of other scripts -> ASCII; Arabic letter variants folded (same length)
_FOLD = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹أإآىـ", "01234567890123456789اااي ")

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


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the main language of ``text``, or None when unsure.

    The dominant script decides first (Cyrillic, Arabic, Han, ...); within Latin, Cyrillic and
    Arabic script, counts of very common function words pick the language.

    >>> detect_language("The rebels said that they had taken the town in the night.")
    'en'
    """
    sample = text if len(text) <= 30000 else text[:20000] + text[len(text) // 2 :][:10000]
    scripts: Counter[str] = Counter()
    # count each distinct character once (in order of first appearance, so ties between
    # scripts break as a character-by-character count would)
    for ch, n in Counter(sample).items():
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
    tokens = Counter(re.findall(rf"{LETTERS}+", sample.lower()))
    hits = {
        lang: sum(n for word, n in tokens.items() if word in words)
        for lang, words in _stopwords()[script].items()
    }
    best = max(hits, key=lambda lang: hits[lang])
    if hits[best] >= 2:
        return best
    return {"cyrillic": "ru", "arabic": "ar"}.get(script)
