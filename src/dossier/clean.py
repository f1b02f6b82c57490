"""Text repair that keeps a map from every cleaned character back to the original.

``clean_text`` runs these steps in order; each rewrites the text and carries the offsets along:

1. line breaks: CRLF, CR and Unicode line/paragraph separators become ``\\n``;
2. encoding: ftfy repairs mojibake line by line, and text is NFC-normalised;
3. odd spaces: no-break, thin and other spaces become plain spaces; zero-width spaces, BOMs and
   soft hyphens go;
4. Markdown (when the text is Markdown): front matter, heading hashes, emphasis, link syntax;
5. hyphenation across line breaks: ``organi-\\nzation`` becomes ``organization`` when the joined
   word is a known word more frequent than the hyphenated form;
6. words split by a stray space (``fr om``, ``wh ere``) are joined, conservatively (English only);
7. text glued together without a break gets one: a line break before a heading
   (``...the end.Next Title``), a space inside running text (``he said.The army``);
8. whitespace: trailing spaces, runs of spaces, runs of blank lines, leading/trailing space.

Word decisions use ``wordfreq`` frequencies; the few exceptions are in ``data/clean_rules.yaml``.

>>> cleaned = clean_text("The fighters came fr om the north.\\r\\n")
>>> cleaned.text
'The fighters came from the north.'
>>> cleaned.to_original(18, 22)
(18, 23)
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

import ftfy
from wordfreq import available_languages, get_frequency_dict, zipf_frequency

from dossier.datafiles import load_yaml
from dossier.metadata import detect_language
from dossier.records import CleanedText

__all__ = ["clean_text", "is_split_word"]


# joining a space-split word: the joined word must be at least this frequent (Zipf scale)
_JOIN_MIN_ZIPF = 4.0
# a part is a fragment when rarer than this and well below the joined word ...
_FRAGMENT_MAX_ZIPF = 4.5
_FRAGMENT_GAP = 2.0
# ... or simply rarer than this
_NOT_A_WORD_ZIPF = 3.0
# two single letters ("o f") are joined only into the commonest words
_SINGLE_LETTERS_MIN_ZIPF = 6.3
# a part rarer than this is plainly no word; then the joined word need only be known
_GARBAGE_ZIPF = 2.0
_KNOWN_WORD_ZIPF = 3.0
# a longer part this rare ("mili tia") is no word either; the joined word must be fairly common
_RARE_PART_ZIPF = 2.5
_RARE_PART_MIN_LEN = 4
_RARE_PART_JOIN_ZIPF = 3.5
# a real but uncommon word ("tack", "mer") beside a common one is a fragment of a common word
# ("at tack", "for mer") when the joined word is this frequent and this much more frequent
_UNCOMMON_PART_ZIPF = 3.5
_UNCOMMON_JOIN_ZIPF = 4.5
_UNCOMMON_GAP = 1.5
# a word joined across a hyphenated line break must be at least this frequent
_DEHYPHEN_MIN_ZIPF = _KNOWN_WORD_ZIPF
# ... or, when rarer, this much more frequent than the hyphenated form
_DEHYPHEN_RARE_GAP = 0.5

_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)


@dataclass
class _Text:
    """Working text plus, for each character, its index in the original."""

    text: str
    offs: list[int]


Edit = tuple[int, int, str]  # replace text[start:end] with a new string


@cache
def _rules() -> dict[str, frozenset[str]]:
    data = load_yaml("clean_rules.yaml")
    return {key: frozenset(str(v).lower() for v in values) for key, values in data.items()}


# --------------------------------------------------------------------------------------------
# the offset-keeping rewrite machinery


def _align(old: str, new: str, offs: list[int], base: int) -> list[int]:
    """Offsets for ``new``, which replaces ``old`` found at ``base`` in the working text."""
    if len(old) == len(new):
        return offs[base : base + len(old)]
    before = offs[base - 1] if base > 0 else (offs[0] if offs else 0)
    if len(old) > 5000:  # too long to align cheaply: map proportionally
        return [offs[base + (k * len(old)) // len(new)] for k in range(len(new))]
    result: list[int] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            result.extend(offs[base + i1 : base + i2])
        elif tag == "replace":
            n_old, n_new = i2 - i1, j2 - j1
            result.extend(offs[base + i1 + (k * n_old) // n_new] for k in range(n_new))
        elif tag == "insert":
            # an inserted character maps to the original character before it
            anchor = result[-1] if result else before
            result.extend([anchor] * (j2 - j1))
    return result


def _apply(t: _Text, edits: list[Edit]) -> _Text:
    """Apply non-overlapping edits, sorted by start, keeping the offset map."""
    if not edits:
        return t
    parts: list[str] = []
    offs: list[int] = []
    last = 0
    for start, end, new in edits:
        parts.append(t.text[last:start])
        offs.extend(t.offs[last:start])
        parts.append(new)
        offs.extend(_align(t.text[start:end], new, t.offs, start))
        last = end
    parts.append(t.text[last:])
    offs.extend(t.offs[last:])
    return _Text("".join(parts), offs)


def _matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match is non-empty and starts at one of
    ``starts`` (rising): the pattern is tried at those positions only (its lookbehinds still
    read the text before them)."""
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            end = m.end()


def _sub(
    t: _Text,
    pattern: re.Pattern[str],
    repl: Callable[[re.Match[str]], str | None],
    matches: Iterable[re.Match[str]] | None = None,
) -> _Text:
    """Like ``re.sub`` with a function; ``repl`` returns None to leave a match alone.
    ``matches``: the pattern's matches in the text, when found a faster way."""
    edits: list[Edit] = []
    for m in pattern.finditer(t.text) if matches is None else matches:
        new = repl(m)
        if new is not None and new != m.group(0):
            edits.append((m.start(), m.end(), new))
    return _apply(t, edits)


# --------------------------------------------------------------------------------------------
# steps 1-3: line breaks, encoding, odd spaces

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# a line, or a piece of a long line that ends at a word boundary (mojibake never spans a space)
_SEGMENT = re.compile(r"[^\n]{1,800}[^\n ]*")
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# a soft hyphen at a line break joins the two halves of the word
_INVISIBLE = re.compile(r"\u00ad(?:[ \t]*\n[ \t]*)?|[\u200b\u2060\ufeff\u180e]")


def _fix_segment(m: re.Match[str]) -> str | None:
    segment = m.group(0)
    if segment.isascii() and "&" not in segment:
        return None
    return ftfy.fix_text(segment, _FTFY)


# --------------------------------------------------------------------------------------------
# step 4: page furniture


@cache
def _page_marker() -> re.Pattern[str]:
    """A page number as printed in a header or footer: "Page 2 of 3", "p. 4/12", "- 5 -"."""
    rules = load_yaml("clean_rules.yaml")
    words = "|".join(re.escape(w) for w in sorted(rules["page_words"], key=len, reverse=True))
    of = "|".join(re.escape(w) for w in sorted(rules["page_of_words"], key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![^\W\d_])(?:{words})\.?[ \t]*\d{{1,4}}(?:[ \t]*(?:/|(?:{of})(?!\w))[ \t]*\d{{1,4}})?"
        rf"|[-–—][ \t]*\d{{1,4}}[ \t]*[-–—])(?!\w)",
        re.IGNORECASE,
    )


@cache
def _page_marker_lines() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A page marker alone on its line, and one set off from the line's words by a run of
    spaces, a tab or a bar."""
    marker = _page_marker()
    alone = re.compile(rf"^[ \t]*(?:{marker.pattern})[ \t]*$", re.IGNORECASE)
    edge = re.compile(
        rf"(?:[ \t]{{2,}}|\t|[ \t]*[|•·][ \t]*)(?:{marker.pattern})[ \t]*$"
        rf"|^[ \t]*(?:{marker.pattern})(?:[ \t]{{2,}}|\t|[ \t]*[|•·][ \t]*)",
        re.IGNORECASE,
    )
    return alone, edge


_DIGIT = re.compile(r"\d")


@cache
def _handling_words() -> tuple[str, ...]:
    """The handling markings, as written (``handling_markings`` of clean_rules.yaml)."""
    return tuple(str(w) for w in load_yaml("clean_rules.yaml").get("handling_markings") or ())


@cache
def _handling_marking() -> re.Pattern[str]:
    """A handling marking ("RESTRICTED - NGO USE ONLY") set off at the end or start of a line
    by a run of spaces or a tab (``handling_markings`` of clean_rules.yaml)."""
    found = load_yaml("clean_rules.yaml").get("handling_markings") or ()
    words = "|".join(re.escape(str(w)) for w in sorted(found, key=len, reverse=True))
    return re.compile(
        rf"(?:[ \t]{{2,}}|\t)(?:{words})[ \t]*$|^[ \t]*(?:{words})(?:[ \t]{{2,}}|\t)", re.MULTILINE
    )


def _page_furniture_edits(text: str) -> list[Edit]:
    """Page numbers and running headers or footers that pages printed one after another leave
    in the text: a line that is only a page number goes, a page number set off at the start or
    end of a line ("CAMEROON BRIEF          Page 1 of 3") goes, and a line repeated after such a
    marker (the header of each page) goes where it comes again; its first time, without the
    number, stays (it is often the title)."""
    alone, edge = _page_marker_lines()
    marking = _handling_marking()
    # every page marker holds a digit, every handling marking one of its words: lines without
    # them are searched no further
    marking_words = _handling_words()
    edits: list[Edit] = []
    headers: dict[str, list[tuple[int, int]]] = {}  # a running line's occurrences
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    marked: set[str] = set()
    kept: list[tuple[int, int, str, re.Match[str] | None]] = []
    for start, end, line in lines:
        digit = _DIGIT.search(line) is not None
        if digit and alone.match(line):
            edits.append((start, min(end + 1, len(text)), ""))
            continue
        m = edge.search(line) if digit else None
        kept.append((start, end, line, m))
        if m:
            marked.add(" ".join((line[: m.start()] + line[m.end() :]).split()))
            edits.append((start + m.start(), start + m.end(), ""))
        if marking_words and not any(w in line for w in marking_words):
            continue
        h = marking.search(line)
        if h and not (m and m.start() < h.end() and h.start() < m.end()):
            edits.append((start + h.start(), start + h.end(), ""))
    # a line repeated after a marker: only then are the lines' words compared
    for start, end, line, m in kept if marked else ():
        key = " ".join((line[: m.start()] + line[m.end() :] if m else line).split())
        if key:
            headers.setdefault(key, []).append((start, end))
    for key, where in headers.items():
        if key not in marked or len(where) < 2 or len(key.split()) > 25:
            continue
        for start, end in where[1:]:
            edits = [e for e in edits if not start <= e[0] < end]
            edits.append((start, min(end + 1, len(text)), ""))
    return sorted(edits)


# --------------------------------------------------------------------------------------------
# step 4b: wire furniture and footnote markers

_WIRE_HEAD_LINES = 12  # the headline and byline of a wire story stand in its first lines
_BYLINE_NOT_NAMES = frozenset(["the", "a", "an", "this", "that", "our", "their", "its", "all"])


@cache
def _wire_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The slug before a wire headline, a byline, a credit trailer, and footer lines."""
    rules = load_yaml("clean_rules.yaml")
    slugs = "|".join(
        re.escape(str(w)) for w in sorted(rules["wire_title_prefixes"], key=len, reverse=True)
    )
    credits = "|".join(
        re.escape(str(w)) for w in sorted(rules["wire_credit_words"], key=len, reverse=True)
    )
    name = r"(?:[A-Z][\w'’.-]*(?:[ \t]+(?:(?:al|el|bin|ibn|de|da|van|von|le|la)[ \t]+)?[A-Z][\w'’.-]*){1,3})"
    byline = re.compile(
        rf"^[ \t]*By[ \t]+(?P<names>{name}(?:[ \t]*(?:,|,?[ \t]+and|[ \t]*&)[ \t]+{name}){{0,4}})[ \t]*$",
        re.MULTILINE,
    )
    return (
        re.compile(rf"^[ \t]*(?:(?:{slugs})(?:[ \t]+\d{{1,2}})?-)+(?=[A-Z0-9\"“'‘])", re.MULTILINE),
        byline,
        re.compile(
            rf"^[ \t]*\((?:{credits})[ \t]+by[ \t]+[^()]{{1,600}}\)[ \t]*$",
            re.MULTILINE | re.IGNORECASE,
        ),
        frozenset(str(w).lower().rstrip(".") for w in rules["wire_footer_lines"]),
    )


def _wire_furniture_edits(text: str) -> list[Edit]:
    """A wire story's page furniture: the slug glued before its headline ("UPDATE 2-Drone
    strike ..." keeps "Drone strike ..."), a byline among its first lines ("By A and B"),
    the credit trailer in parentheses ("(Reporting by A; Editing by B)"), contact lines in
    double parentheses holding an e-mail address, and the agency's standard footer lines
    (``data/clean_rules.yaml``). The staff of an agency are not actors of the story."""
    slug, byline, trailer, footers = _wire_patterns()
    edits: list[Edit] = []
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    head = [item for item in lines if item[2].strip()][:_WIRE_HEAD_LINES]
    for start, end, line in head:
        m = slug.match(line)
        if m and not line.isupper():
            edits.append((start + m.start(), start + m.end(), ""))
            continue
        b = byline.match(line)
        if b and not any(
            w.lower() in _BYLINE_NOT_NAMES for w in re.findall(r"[\w'’.-]+", b["names"])
        ):
            edits.append((start, min(end + 1, len(text)), ""))
    for m in trailer.finditer(text):
        edits.append((m.start(), min(m.end() + 1, len(text)), ""))
    for start, end, line in lines:
        bare = line.strip()
        if (bare.startswith("((") and bare.endswith("))") and "@" in bare) or bare.lower().rstrip(
            "."
        ) in footers:
            edits.append((start, min(end + 1, len(text)), ""))
    edits.sort()
    kept: list[Edit] = []
    for e in edits:
        if not kept or e[0] >= kept[-1][1]:
            kept.append(e)
    return kept


_NOTE_ENTRY = re.compile(r"(?m)^[ \t]*\[?(\d{1,3})[.)\]]?[ \t]+\S")
_NOTE_NUMBER = re.compile(r"(?m)(?:^[ \t]*\[?|(?<=[.)])[ \t]+)(\d{1,3})[.)\]]?[ \t]+(?=[^\W\d_(])")
_NOTES_MIN_ENTRIES = 3
_NOTES_TAIL_SHARE = 0.3  # the notes heading stands after the first third of the text


def _note_marker_edits(text: str, start: int) -> list[Edit]:
    """Notes followed by other matter (a page footer, a note on the author, a legend): the
    notes stay, as some tell what the text does not, but their numbers go, so that "6 X was
    wounded" is not read as six wounded. The entries run from ``start`` to the first
    paragraph that is not one; their numbers must rise from 1 (at least three of them)."""
    block = re.match(r"(?:[ \t]*\n)*((?:[^\n]*\S[^\n]*(?:\n|\Z))+)", text[start:])
    if block is None:
        return []
    base = start + block.start(1)
    found = [
        (base + m.start(1), base + m.end(0), int(m.group(1)))
        for m in _NOTE_NUMBER.finditer(block.group(1))
    ]
    rising = [n for i, (_, _, n) in enumerate(found) if i == 0 or n > found[i - 1][2]]
    if len(rising) < _NOTES_MIN_ENTRIES or found[0][2] != 1:
        return []
    return [(a, b, "") for a, b, _ in found]


def _notes_edits(text: str) -> list[Edit]:
    """The closing notes of a report: a heading line from ``notes_headings`` in the second
    half of the text, after which every paragraph starts with a note number and the numbers
    run up from 1 (at least three of them). The notes go with their heading: their dates
    ("CENTCOM, 7 Feb 2024") and names are citations, not what the report tells."""
    headings = {str(h).lower() for h in load_yaml("clean_rules.yaml")["notes_headings"]}
    lowered = text.lower()
    if not any(h in lowered for h in headings):
        return []  # (a heading line's lower case is in the text's)
    heading = next(
        (
            m
            for m in reversed(list(re.finditer(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$", text)))
            if m.group(1).lower() in headings
        ),
        None,
    )
    if heading is None or heading.start() < len(text) * _NOTES_TAIL_SHARE:
        return []
    start, rest = heading.start(), text[heading.end() :]
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", rest) if p.strip()]
    if (
        paragraphs
        and _NOTE_ENTRY.match(paragraphs[0])
        and not all(_NOTE_ENTRY.match(p) for p in paragraphs)
    ):
        return _note_marker_edits(text, heading.end())
    if not paragraphs or not all(_NOTE_ENTRY.match(p) for p in paragraphs):
        return []
    # entries start a line or follow the stop of the entry before ("... 2024. 2 Interview")
    numbers = [int(m.group(1)) for m in _NOTE_NUMBER.finditer(rest)]
    rising = [n for i, n in enumerate(numbers) if i == 0 or n > numbers[i - 1]]
    if len(rising) < _NOTES_MIN_ENTRIES or numbers[0] != 1:
        return []
    return [(start, len(text), "")]


# markup around a label line of links ("== See also ==", "**Read more**", "### Related")
_LABEL_MARKUP = " \t#=*_>[]"
_LINE = re.compile(r"(?m)^[^\n]*$")
_LINK_MAX_WORDS = 14


@cache
def _link_list_labels() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_yaml("clean_rules.yaml")["link_list_labels"])


def _link_label(line: str) -> tuple[bool, str]:
    """Whether ``line`` is a label of links ("Related:", "== See also =="), and what follows
    the label on its line ("Related: Gang leader arrested")."""
    head, colon, rest = line.partition(":")
    label = head.strip(_LABEL_MARKUP).lower()
    if label not in _link_list_labels():
        return False, ""
    return True, rest.strip(_LABEL_MARKUP) if colon else ""


def _link_like(line: str) -> bool:
    """A line that reads as the title of a linked page: short, opening with a capital or a
    figure, no sentence stop at its end ("2016 Bagram Airfield bombing", "* Gang leader
    arrested in Port-au-Prince | 3 Mar"); never a wrapped line of prose ("government task
    force killed at least five ...")."""
    title = line.strip(" \t*-•|>#")
    words = title.split()
    if not words or len(words) > _LINK_MAX_WORDS or not (title[0].isupper() or title[0].isdigit()):
        return False
    return not re.search(r"[.!?;,]\s*[\"'’”)]*\s*$", line) or line.rstrip().endswith("...")


def _bullet(line: str) -> bool:
    return re.match(r"[ \t]*[*\-•][ \t]+\S", line) is not None


def _link_list_edits(text: str) -> list[Edit]:
    """Lists of links to other pages ("Related:", "See also", "Read more") with the titles
    under them: page furniture. A title of another story ("Gang leader killed in Cité Soleil",
    "2016 Bagram Airfield bombing") tells no event of this report, and read as one, each
    bullet became an event of its own. Only lines that read as titles go (short, no sentence
    stop); the first prose line ends the list."""
    labels = _link_list_labels()
    lowered = text.lower()
    if not any(label in lowered for label in labels):
        return []
    edits: list[Edit] = []
    for m in _LINE.finditer(text):
        if edits and m.start() < edits[-1][1]:
            continue
        is_label, rest = _link_label(m.group(0))
        if not is_label or (rest and not _link_like(rest)):
            continue  # "Related: the group said ..." opens a sentence, not a list
        end, titles, gap = m.end(), 1 if rest else 0, False
        for line in _LINE.finditer(text, m.end() + 1):
            if not line.group(0).strip():
                gap = True
                continue
            # past a blank line only bullets go on with the list ("Related:" above a story
            # told in wrapped lines keeps the story)
            if (gap and not _bullet(line.group(0))) or not _link_like(line.group(0)):
                break
            if _link_label(line.group(0))[0]:
                break
            end, titles, gap = line.end(), titles + 1, False
        if titles:
            edits.append((m.start(), end, ""))
    return edits


_LEGEND_MAX = 800


def _legend_edits(text: str) -> list[Edit]:
    """Legends of estimative words or confidence levels, and disclaimers: paragraphs whose
    first words are one of ``legend_openings`` (page furniture, not what the report tells)."""
    openings = tuple(str(o).lower() for o in load_yaml("clean_rules.yaml")["legend_openings"])
    edits: list[Edit] = []
    for m in re.finditer(r"(?m)^[ \t]*(\S[^\n]*(?:\n[ \t]*\S[^\n]*)*)", text):
        paragraph = m.group(1)
        if len(paragraph) > _LEGEND_MAX:
            continue
        head = re.sub(r"[^\w\s]", " ", paragraph[:60].lower())
        head = " ".join(head.split())
        if any(head == o or head.startswith(o + " ") for o in openings):
            edits.append((m.start(1), m.end(1), ""))
    return edits


# a footnote number glued to the word before it ("Hezbollah3;") or set after a sentence's
# stop ("(IRGC-QF).1 Between", "in 2020.11 The real", "the day.15")
_FOOTNOTE = re.compile(
    r"(?<=[a-z]{3})(?P<a>\d{1,2})(?=[.,;:)\]\"”’]|[ \t]*$|[ \t]+[a-z(])"
    r"|(?<=[^\W\d_]{2}[.,;:)\]\"”’])(?P<b>\d{1,2})(?=[ \t]+[A-Z(\"“]|[ \t]*$)"
    r"|(?<=[^\W\d_]{2}\)\.)(?P<c>\d{1,2})(?=[ \t]+[A-Z(\"“]|[ \t]*$)"
    r"|(?<=\b(?:19|20)\d\d\.)(?P<d>\d{1,2})(?=[ \t]+[A-Z(\"“]|[ \t]*$)",
    re.MULTILINE,
)
# a document's footnotes are numbered from 1 up: this many in sequence make its markers
# footnotes
_FOOTNOTES_MIN = 3
_FOOTNOTE_STEP = 3  # the next marker may skip a few numbers (a note cut, one missed)


def _footnote_edits(text: str) -> list[Edit]:
    """Footnote numbers a PDF's extraction glued to the text ("Hezbollah3", "al-Hamidawi.10
    KH", "in 2020.11 The"): markers read in order whose numbers rise from 1 by small steps,
    at least three of them; numbers out of the sequence stay (a year, a count)."""
    found: list[tuple[int, int]] = []
    last = 0
    # every marker starts with a digit
    starts = (d.start() for d in _DIGIT.finditer(text))
    for m in _matches_at(_FOOTNOTE, text, starts):
        number = int(m.group(0))
        if last < number <= last + _FOOTNOTE_STEP:
            found.append((m.start(), m.end()))
            last = number
    if len(found) < _FOOTNOTES_MIN:
        return []
    return [(start, end, "") for start, end in found]


# --------------------------------------------------------------------------------------------
# step 5: Markdown

_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
_MD_SIGNALS = re.compile(
    r"\[[^\]\n]+\]\([^)\s]+\)|\*\*\S[^*\n]*\*\*|^```|^[ \t]{0,3}>[ \t]|^---[ \t]*$",
    re.MULTILINE,
)
_MD_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\n((?:[\w-]+[ \t]*:.*\n|[ \t]+.*\n|-[ \t].*\n)*)---[ \t]*\n?"
)
_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^[ \t]{0,3}```.*$|^[ \t]{0,3}(?:[-*_][ \t]*){3,}$|^[ \t]{0,3}=+[ \t]*$", re.M),
        "",
    ),
    # (s20) a footnote's text ("[^1]: The group recognised ... in 2016.") is what the report
    # tells: only its label goes
    (re.compile(r"^[ \t]{0,3}\[\^[^\]\s]{1,20}\]:[ \t]*", re.M), ""),
    (re.compile(r"^[ \t]{0,3}\[(?!\^)[^\]\n]+\]:[ \t]+\S.*$", re.M), ""),  # link definitions
    # (s16) footnote references ("missing.[^1]"): glued to a word they join two sentences
    (re.compile(r"\[\^[^\]\s]{1,20}\]"), ""),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),
    (re.compile(r"!?\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"\n]*\")?\)"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*\\])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w\\])_(?=[^\s_])([^_\n]+?)(?<=[^\s_\\])_(?!\w)"), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])"), r"\1"),
)


# what each construct of _MD_HEADING and _MD_SIGNALS holds
_MD_MARKS = ("#", "[", "**", "```", ">", "---")


def _looks_like_markdown(text: str) -> bool:
    """A heading line, or at least two other Markdown constructs."""
    head = text[:200000]
    if not any(mark in head for mark in _MD_MARKS):
        return False
    return bool(_MD_HEADING.search(head)) or len(_MD_SIGNALS.findall(head)) >= 2


def _expand(template: str) -> Callable[[re.Match[str]], str]:
    return lambda m: m.expand(template)


def _strip_markdown(t: _Text) -> _Text:
    t = _sub(t, _MD_FRONT_MATTER, lambda m: "")
    for pattern, template in _MD_RULES:
        t = _sub(t, pattern, _expand(template))
    return t


# --------------------------------------------------------------------------------------------
# steps 5-6: hyphenation and split words


@cache
def _frequencies(lang: str) -> dict[str, float]:
    return get_frequency_dict(lang)


def preload_word_frequencies(lang: str = "en") -> None:
    """Load the word-frequency table now (about half a second), so that worker processes
    forked afterwards share it instead of each loading its own."""
    _frequencies(lang)


@lru_cache(maxsize=65536)
def _zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word``; a plain dictionary look-up for one lower-case ASCII token."""
    if word.isascii() and word.isalpha() and word.islower():
        freq = _frequencies(lang).get(word, 0.0)
        return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0
    return zipf_frequency(word, lang)


_HYPHEN_AT_BREAK = re.compile(r"-[ \t]*\n")
_HYPHEN_BREAK = re.compile(r"(?<![\w-])([^\W\d_]+)-[ \t]*\n[ \t]*([^\W\d_]+)")


def _text_words(text: str) -> frozenset[str]:
    """The lower-case words of ``text`` (runs of letters)."""
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", text))


@cache
def _known_languages() -> frozenset[str]:
    """The languages wordfreq has word lists for (a scan of its data folder: once)."""
    return frozenset(available_languages())


def _dehyphenate(lang: str, text: str = "") -> Callable[[re.Match[str]], str | None]:
    known_language = lang in _known_languages()
    never = _rules()["never_join_tokens"]
    seen: list[tuple[frozenset[str], str]] = []  # the text's words and lower case, when needed

    def repl(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if right[0].islower() and left.lower() not in never:
            joined = (left + right).lower()
            if not seen:
                seen.append((_text_words(text), text.lower()))
            words, lowered = seen[0]
            # the joined word stands elsewhere in the text ("Wazalen-" "do" beside "Wazalendo")
            if joined in words and f"{left}-{right}".lower() not in lowered:
                return left + right
            # a name split in two pieces neither of which is a word ("Sul-" "tani")
            if (
                known_language
                and min(len(left), len(right)) >= 2
                and max(_zipf(left.lower(), lang), _zipf(right, lang)) < _NOT_A_WORD_ZIPF
            ):
                return left + right
        if right[0].islower() and known_language:
            joined = (left + right).lower()
            z_joined = _zipf(joined, lang)
            z_hyphen = _zipf(f"{left}-{right}".lower(), lang)
            if z_joined >= _DEHYPHEN_MIN_ZIPF and z_joined > z_hyphen:
                return left + right
            # a rarer word, a loan with accents ("communi-" "qué"), is joined when it is
            # known and clearly more frequent than the hyphenated form
            if z_joined >= _GARBAGE_ZIPF and z_joined - z_hyphen >= _DEHYPHEN_RARE_GAP:
                return left + right
        return f"{left}-{right}"

    return repl


def _not_a_word(part: str) -> bool:
    """A token that is no English word on its own ("om", "ere" are not; "a", "I" are)."""
    if len(part) == 1:
        return part not in ("a", "i")
    return _zipf(part, "en") < _NOT_A_WORD_ZIPF


def is_split_word(left: str, right: str) -> bool:
    """Whether ``left right`` is one English word split by a stray space ("fr om", "wh ere").

    Conservative: the joined word must be frequent, and at least one part must not be a word
    of its own (rare, or a short fragment far rarer than the joined word). Two real words
    ("a part", "to day", "in to") are never joined.

    >>> is_split_word("fr", "om"), is_split_word("a", "part")
    (True, False)
    """
    return _fragments(left.lower(), right.lower()) > 0


def _fragments(a: str, b: str) -> int:
    """How many of ``a``, ``b`` are fragments of the word ``a + b`` (0 when not a split word)."""
    rules = _rules()
    if a in rules["never_join_tokens"] or b in rules["never_join_tokens"]:
        return 0
    if f"{a} {b}" in rules["never_join_pairs"]:
        return 0
    z_joined = _zipf(a + b, "en")
    if len(a) == 1 and len(b) == 1:  # "o f", "i n": only the commonest two-letter words
        return 1 if z_joined >= _SINGLE_LETTERS_MIN_ZIPF else 0
    # a part that is plainly no word ("blasti ng") lets a less common word be rebuilt
    garbage = any(len(p) >= 3 and _zipf(p, "en") < _GARBAGE_ZIPF for p in (a, b))
    rare = any(len(p) >= _RARE_PART_MIN_LEN and _zipf(p, "en") < _RARE_PART_ZIPF for p in (a, b))
    floor = _KNOWN_WORD_ZIPF if garbage else _RARE_PART_JOIN_ZIPF if rare else _JOIN_MIN_ZIPF
    if z_joined < floor:
        return 0

    def fragment(part: str) -> bool:
        if _not_a_word(part):
            return True
        z = _zipf(part, "en")
        if len(part) <= 4 and z < _FRAGMENT_MAX_ZIPF and z <= z_joined - _FRAGMENT_GAP:
            return True
        # "at tack": "tack" is a word, but an uncommon one beside the common "attack"
        return (
            len(part) >= 3
            and z < _UNCOMMON_PART_ZIPF
            and z_joined >= _UNCOMMON_JOIN_ZIPF
            and z_joined - z >= _UNCOMMON_GAP
        )

    return fragment(a) + fragment(b)


# a lower-case (or capitalised) token, one space, a lower-case token; overlapping matches
_PAIR = re.compile(r"(?<![\w'’@/_#.&\]-])(?=([A-Z]?[a-z]+) ([a-z]+)(?![\w@/_#&\[-]))")


def _split_name(a: str, b: str, names: frozenset[str]) -> bool:
    """Whether ``a b`` is a capitalised name split by a stray space: the text spells ``ab``
    whole elsewhere, and one of the two pieces is no word of its own."""
    rules = _rules()
    if a.lower() in rules["never_join_tokens"] or b in rules["never_join_tokens"]:
        return False
    if f"{a.lower()} {b}" in rules["never_join_pairs"]:
        return False
    return a + b in names and (_not_a_word(a.lower()) or _not_a_word(b))


def _split_word_edits(text: str) -> list[Edit]:
    """Spaces to delete. A fragment that could join either neighbour ("for t he") joins the
    one that leaves no fragment behind, then the one that makes the more frequent word."""
    frequencies = _frequencies("en")
    min_frequency = 10 ** (min(_JOIN_MIN_ZIPF, _KNOWN_WORD_ZIPF) - 9)
    # (fragments among the two, frequency of the joined word, a start, space, b end)
    candidates: list[tuple[int, float, int, int, int]] = []
    names = frozenset(re.findall(r"(?<![\w-])[A-Z][a-z]{3,}(?![\w-])", text))
    for m in _PAIR.finditer(text):
        a, b = m.group(1), m.group(2)
        frequency = frequencies.get((a + b).lower(), 0.0)
        if frequency < min_frequency:
            # a name split by a stray space ("Bu kavu") that the text spells whole elsewhere
            if a[0].isupper() and _split_name(a, b, names):
                space = m.start() + len(a)
                candidates.append((1, 0.0, m.start(), space, space + 1 + len(b)))
            continue
        pieces = _fragments(a.lower(), b.lower())
        if pieces:
            space = m.start() + len(a)
            candidates.append((pieces, frequency, m.start(), space, space + 1 + len(b)))
    used: set[int] = set()  # token starts already joined
    edits: list[Edit] = []
    # joins that use up more fragments go first: "a n ew" -> "a new", not "an ew"
    for _, _, start, space, _end in sorted(candidates, reverse=True):
        if start in used or space + 1 in used:
            continue
        used.update((start, space + 1))
        edits.append((space, space + 1, ""))
    return sorted(edits)


# --------------------------------------------------------------------------------------------
# step 7: glued documents

# (the stop first, then the letter before it: the engine looks for stops only)
_GLUED_AFTER_STOP = re.compile(r"[.!?](?<=[^\W\d_].)[\"”’»)]?(?=[^\W\d_]{2})")
_GLUED_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_HEADING_SMALL_WORDS = frozenset(
    ["a", "an", "and", "of", "the", "in", "on", "for", "at", "to", "by", "from", "with", "or"]
)


def _left_token(text: str, end: int) -> str:
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _right_token(text: str, start: int) -> str:
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _heading_follows(text: str, pos: int) -> bool:
    """Whether the rest of the line from ``pos`` reads as a heading: a few words, no stop."""
    line_end = text.find("\n", pos)
    rest = text[pos : line_end if line_end >= 0 else len(text)].split()
    if not 1 <= len(rest) <= 12 or rest[-1].endswith((".", ",", ";", ":")):
        return False
    capitalised = [w for w in rest if w[0].isupper() or w in _HEADING_SMALL_WORDS]
    return len(capitalised) >= 0.6 * len(rest)


def _glue_edits(text: str, *, camel: bool) -> list[Edit]:
    """Separators to insert where a sentence runs into the next without a space.

    ``end.Next Title`` (a heading follows) gets a line break; ``said.The army`` (the sentence
    goes on) gets a space. ``lowercaseHeading Words`` gets a line break only before a heading.
    """
    abbreviations = _rules()["abbreviations"]
    edits: list[Edit] = []
    for m in _GLUED_AFTER_STOP.finditer(text):
        word = _left_token(text, m.start()).lstrip("(\"“‘'«")
        right = _right_token(text, m.end())
        if not (right[0].isupper() and right[1].islower()):
            continue
        if not (word.isalpha() and word[-1].islower() and len(word) >= 2):
            continue  # "U.S.The", "e.g.The", "3.The", URLs
        if word.lower() in abbreviations or re.search(r"[./@:]", right):
            continue
        edits.append((m.end(), m.end(), "\n" if _heading_follows(text, m.end()) else " "))
    for m in _GLUED_CAMEL.finditer(text) if camel else ():
        word = _left_token(text, m.start())
        if not re.fullmatch(r"[a-z]{3,}", word) or _zipf(word, "en") < _NOT_A_WORD_ZIPF:
            continue  # "iPhone", "McDonald", "al-Assad", "JavaScript"
        if _heading_follows(text, m.start()):
            edits.append((m.start(), m.start(), "\n"))
    return sorted(edits)


# --------------------------------------------------------------------------------------------
# step 8: whitespace

_TRAILING = re.compile(r"[ \t]+(?=\n)|[ \t]+\Z")
_SPACE_RUNS = re.compile(r"(?<=\S) {2,}(?=\S)")
_SPACE_RUN_STARTS = re.compile(r"  +")  # each match of _SPACE_RUNS starts one of these
_BLANK_RUNS = re.compile(r"\n(?:[ \t]*\n)+")
_EDGES = re.compile(r"\A\s+|\s+\Z")


def clean_text(text: str, *, markdown: bool | None = None) -> CleanedText:
    """Repair ``text`` and return it with a map back to the original.

    :param text: the text a reader extracted (``RawDocument.text``).
    :param markdown: strip Markdown syntax; None (the default) decides from the text itself.
    :returns: the cleaned text, the original and ``offsets`` (one per cleaned character, plus
        the original length).

    >>> c = clean_text("organi-\\nzation")
    >>> c.text, c.offsets
    ('organization', (0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14))
    """
    t = _Text(text, list(range(len(text))))
    t = _sub(t, _LINE_BREAKS, lambda m: "\n")
    t = _sub(t, _SEGMENT, _fix_segment)
    t = _sub(t, _ODD_SPACES, lambda m: " ")
    t = _sub(t, _INVISIBLE, lambda m: "")
    t = _apply(t, _page_furniture_edits(t.text))
    t = _apply(t, _wire_furniture_edits(t.text))
    t = _apply(t, _footnote_edits(t.text))
    t = _apply(t, _notes_edits(t.text))
    t = _apply(t, _legend_edits(t.text))
    t = _apply(t, _link_list_edits(t.text))
    if markdown is None:
        markdown = _looks_like_markdown(t.text)
    if markdown:
        t = _strip_markdown(t)
    t = _sub(t, _TRAILING, lambda m: "")
    lang = detect_language(t.text) or "en"
    if _HYPHEN_AT_BREAK.search(t.text):  # (in every match of _HYPHEN_BREAK)
        t = _sub(t, _HYPHEN_BREAK, _dehyphenate(lang, t.text))
    if lang == "en":
        t = _apply(t, _split_word_edits(t.text))
    t = _apply(t, _glue_edits(t.text, camel=lang == "en"))
    runs = (r.start() for r in _SPACE_RUN_STARTS.finditer(t.text))
    t = _sub(t, _SPACE_RUNS, lambda m: " ", _matches_at(_SPACE_RUNS, t.text, runs))
    t = _sub(t, _BLANK_RUNS, lambda m: "\n\n" if m.group(0).count("\n") > 1 else "\n")
    # a match starts the text or the space that ends it
    edges = (0, len(t.text.rstrip()))
    t = _sub(t, _EDGES, lambda m: "", _matches_at(_EDGES, t.text, edges))
    return CleanedText(text=t.text, original=text, offsets=(*t.offs, len(text)))
