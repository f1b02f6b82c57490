"""Text repair: each repair, the offset map, and restraint on ordinary text."""

from __future__ import annotations

import random
import re
import unicodedata
from pathlib import Path

import pytest

from dossier.clean import _split_word_edits, clean_text, is_split_word
from dossier.records import CleanedText

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MUC = SHARED / "eval" / "muc4" / "raw_muc34_test" / "tst4-muc4.mixed-case"
TEMPEVAL = SHARED / "eval" / "tempeval3" / "platinum"


def _check_map(c: CleanedText) -> None:
    """The map is well formed and every kept character points at itself in the original."""
    assert len(c.offsets) == len(c.text) + 1
    assert c.offsets[-1] == len(c.original)
    assert all(a <= b for a, b in zip(c.offsets, c.offsets[1:], strict=False))
    for i, ch in enumerate(c.text):
        orig = c.original[c.offsets[i]]
        if ch.isspace():
            continue
        assert unicodedata.normalize("NFC", orig) == ch or not orig.isascii() or ch == orig, (
            i,
            ch,
            orig,
        )


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\u00ad\u200b\ufeff-]", "", text)


# --------------------------------------------------------------------------------------------
# single repairs


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("one\r\ntwo\rthree", "one\ntwo\nthree"),
        ("a\u00a0b\u2009c\u202fd", "a b c d"),
        ("zero\u200bwidth\ufeff soft\u00adhyphen", "zerowidth softhyphen"),
        ("trailing   \nspaces\t\n", "trailing\nspaces"),
        ("many    inner  spaces", "many inner spaces"),
        ("para one\n\n\n\n\npara two", "para one\n\npara two"),
        ("   \n\n  leading and trailing  \n\n ", "leading and trailing"),
        ("caf\u00c3\u00a9 and na\u00c3\u00afve", "caf\u00e9 and na\u00efve"),  # mojibake
        ("cafe\u0301", "caf\u00e9"),  # NFD -> NFC
        ("\ufb01nal o\ufb03ce", "final office"),  # ligatures
    ],
)
def test_simple_repairs(raw: str, cleaned: str) -> None:
    c = clean_text(raw)
    assert c.text == cleaned
    assert len(c.offsets) == len(c.text) + 1 and c.offsets[-1] == len(raw)


def test_curly_quotes_and_tabs_are_kept() -> None:
    assert clean_text("He said \u201cno\u201d.\tDone").text == "He said \u201cno\u201d.\tDone"


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("the organi-\nzation said", "the organization said"),
        ("a govern-\n  ment report", "a government report"),
        ("a self-\ndefense unit", "a self-defense unit"),
        ("a well-\nknown figure", "a well-known figure"),
        ("the Afghan-\nPakistani border", "the Afghan-Pakistani border"),
        ("we re-\nport it", "we report it"),
        ("a dash -\nthen more", "a dash -\nthen more"),
        ("the organi\u00ad\nzation said", "the organization said"),
    ],
)
def test_hyphenation_across_line_breaks(raw: str, cleaned: str) -> None:
    assert clean_text(raw).text == cleaned


def test_hyphenation_in_other_languages() -> None:
    russian = (
        "Представители этой органи-\nзации заявили, что они не будут участвовать в переговорах."
    )
    assert "организации" in clean_text(russian).text
    french = "Les représentants de cette organi-\nsation ont déclaré qu'ils ne viendront pas."
    assert "organisation" in clean_text(french).text


JOINED = [
    ("numbers rose fr om the start", "numbers rose from the start"),
    ("the town wh ere they met", "the town where they met"),
    ("and th e others", "and the others"),
    ("Fr om the north", "From the north"),
    ("went in t o the city", "went in to the city"),
    ("the militia a nd police", "the militia and police"),
    ("the organi zation said", "the organization said"),
    ("a gov ernment plan", "a government plan"),
    ("the mili tary base", "the military base"),
    ("they were kidnappin g people", "they were kidnapping people"),
    ("for t he record", "for the record"),
    ("o f course", "of course"),
    ("the att ack came", "the attack came"),
]
KEPT = [
    "it is a part of it",
    "to day and night",
    "came in to see",
    "any one of them",
    "may be true",
    "the u s army",
    "a b c d",
    "at 10 a m today",
    "the al Qaeda branch",
    "abu bakr said",
    "the re-election campaign",
    "a well known figure",
    "use e.g. this",
    "in one case",
    "co-operation and self defense",
    "fell in late june",
    "they are a group",
]


@pytest.mark.parametrize(("raw", "cleaned"), JOINED)
def test_split_words_are_joined(raw: str, cleaned: str) -> None:
    c = clean_text(raw)
    assert c.text == cleaned
    _check_map(c)


@pytest.mark.parametrize("raw", KEPT)
def test_real_words_are_not_joined(raw: str) -> None:
    assert clean_text(raw).text == raw


def test_is_split_word() -> None:
    assert is_split_word("wh", "ere") and is_split_word("fr", "om") and is_split_word("th", "e")
    assert not is_split_word("a", "part") and not is_split_word("to", "day")
    assert not is_split_word("in", "to") and not is_split_word("bin", "laden")


def test_split_words_only_in_english() -> None:
    french = "Les combats ont repris fr om la ville et les habitants ont fui vers le sud."
    assert "fr om" in clean_text(french).text


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        (
            "the end of one story.Next Story Title\nIts body.",
            "the end of one story.\nNext Story Title\nIts body.",
        ),
        (
            "the army said.Residents fled the town before dawn.",
            "the army said. Residents fled the town before dawn.",
        ),
        ("a final word?Another Heading Here\nText.", "a final word?\nAnother Heading Here\nText."),
        (
            "the recent attacksSignificant Events\nText.",
            "the recent attacks\nSignificant Events\nText.",
        ),
    ],
)
def test_glued_documents_are_separated(raw: str, cleaned: str) -> None:
    c = clean_text(raw)
    assert c.text == cleaned
    _check_map(c)


@pytest.mark.parametrize(
    "raw",
    [
        "U.S.Army units",
        "see e.g.The Report",
        "Gen.Smith arrived",
        "visit www.Example.Org today",
        "an iPhone and eBay and McDonald and JavaScript",
        "version 3.The end",
        "while theCuban government said many more things in a long sentence.",
    ],
)
def test_not_glued(raw: str) -> None:
    assert clean_text(raw).text == raw


def test_markdown_is_stripped_with_offsets() -> None:
    raw = (
        "---\ntitle: Field Notes\n---\n# Field Notes\n\nThe **militia** took [the bridge](http://x.org/b)"
        " and *held* it.\n\n> quoted words\n"
    )
    c = clean_text(raw)
    assert c.text == "Field Notes\n\nThe militia took the bridge and held it.\n\nquoted words"
    start = c.text.index("the bridge")
    o_start, o_end = c.to_original(start, start + len("the bridge"))
    assert raw[o_start:o_end] == "the bridge"
    start = c.text.index("militia")
    assert raw[slice(*c.to_original(start, start + 7))] == "militia"


def test_markdown_off_for_plain_text() -> None:
    raw = "Price is 5 * 3 * 2 and a_b_c stays, [Report] too."
    assert clean_text(raw).text == raw
    assert clean_text("# Heading\n\nText", markdown=False).text == "# Heading\n\nText"


# --------------------------------------------------------------------------------------------
# the offset map


NOISY = (
    "Section Label\r\n\r\n\r\nA Headline  Here\u00a0now\r\n\r\nThe organi-\r\nzation came fr om the"
    " hills wh ere it hid.\u200b Its \u00adfighters\t\tsaid.Residents fled.  \r\n"
    "   Second para\u2009graph with   spaces.   \n\n\n"
)


def test_offsets_round_trip_on_random_spans() -> None:
    c = clean_text(NOISY)
    _check_map(c)
    rng = random.Random(7)
    for _ in range(500):
        start = rng.randrange(0, len(c.text))
        end = rng.randrange(start, len(c.text) + 1)
        while start < end and c.text[start].isspace():  # inserted breaks map to the char before
            start += 1
        o_start, o_end = c.to_original(start, end)
        assert 0 <= o_start <= o_end <= len(NOISY)
        # same characters once whitespace and removed hyphens are ignored
        assert _squeeze(c.text[start:end]) == _squeeze(NOISY[o_start:o_end]).replace(" ", "")
        # mapping back lands on the span start
        assert c.to_cleaned(o_start) == start or c.text[start].isspace()


def test_offsets_of_words() -> None:
    c = clean_text(NOISY)
    for word in ("organization", "from", "where", "Residents", "Headline", "fighters"):
        start = c.text.index(word)
        o_start, o_end = c.to_original(start, start + len(word))
        assert _squeeze(NOISY[o_start:o_end]).replace(" ", "") == word


def test_mojibake_maps_to_its_start() -> None:
    raw = "The caf\u00c3\u00a9 was hit."
    c = clean_text(raw)
    assert c.text == "The caf\u00e9 was hit."
    i = c.text.index("\u00e9")
    assert c.offsets[i] == raw.index("\u00c3")
    assert c.to_original(c.text.index("was"), c.text.index("was") + 3) == (10, 13)


def test_mojibake_in_a_long_line_maps_exactly() -> None:
    raw = "word " * 1500 + "caf\u00c3\u00a9 " + "more " * 200
    c = clean_text(raw)
    i = c.text.index("caf\u00e9")
    o_start, o_end = c.to_original(i, i + 4)
    # a repaired character maps to where its mojibake starts
    assert o_start == raw.index("caf\u00c3") and raw[o_start:o_end] == "caf\u00c3"
    _check_map(c)


def test_empty_text() -> None:
    c = clean_text("")
    assert c.text == "" and c.offsets == (0,)
    assert clean_text(" \n ").offsets == (3,)


def test_non_latin_text_passes() -> None:
    raw = "Источник: Институт\n\nالمصدر: مركز  الدراسات\n\n北京 消息"
    c = clean_text(raw)
    assert c.text == "Источник: Институт\n\nالمصدر: مركز الدراسات\n\n北京 消息"
    _check_map(c)


# --------------------------------------------------------------------------------------------
# restraint on real text, and the seeds


def _tempeval_text() -> str:
    parts = []
    for path in sorted(TEMPEVAL.glob("*.tml")):
        m = re.search(r"<TEXT>(.*)</TEXT>", path.read_text(encoding="utf-8"), re.S)
        if m:
            parts.append(re.sub(r"<[^>]+>", "", m.group(1)))
    return "\n\n".join(parts)


@pytest.mark.skipif(not MUC.is_file() or not TEMPEVAL.is_dir(), reason="../shared/eval absent")
def test_ordinary_text_is_left_alone() -> None:
    for text in (MUC.read_text(encoding="utf-8"), _tempeval_text()):
        assert len(text) > 10000
        assert _split_word_edits(text) == []
        c = clean_text(text)
        _check_map(c)
        assert c.text.split() == text.split()


@pytest.mark.skipif(not MUC.is_file(), reason="../shared/eval absent")
def test_synthetic_splits_in_real_text_are_mostly_repaired() -> None:
    text = MUC.read_text(encoding="utf-8")[:60000]
    rng = random.Random(3)
    words = list(re.finditer(r"(?<![\w-])[a-z]{2,}(?![\w-])", text))
    chosen = sorted(rng.sample(words, 150), key=lambda m: m.start())
    out, last = [], 0
    for m in chosen:
        cut = m.start() + rng.randint(1, len(m.group()) - 1)
        out += [text[last:cut], " "]
        last = cut
    broken = "".join(out) + text[last:]
    repaired = clean_text(broken).text.split()
    original = text.split()
    # most splits are repaired and almost no wrong words appear
    assert len(repaired) - len(original) < 0.5 * len(chosen)
    wrong = set(repaired) - set(original) - set(broken.split())
    assert len(wrong) <= 3, wrong


def test_seeds_repaired(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        c = clean_text(raw)
        _check_map(c)
        assert "fr om" not in c.text and "wh ere" not in c.text
        if "fr om" in raw:
            assert " from " in c.text and " where " in c.text
        # nothing but whitespace and the split words changed
        assert _squeeze(c.text) == _squeeze(raw)
