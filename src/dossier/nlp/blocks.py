"""``dossier_blocks``: sentence boundaries at blank lines, after line-final punctuation and
after heading lines and pipe-table rows.

Scraped reports put a section label, a title and a date line each on its own line; without
this the parser glues them into the first sentence and NER spans cross the line break. A
heading line has no final punctuation, is short for the document (at most
``HEADING_SHARE`` of its usual line length, so that the lines of hard-wrapped paragraphs do not
count) and is followed by a line that starts with a capital or a digit. A wire dateline
("BAMAKO, May 3, 2025 (AFP) - ") ends a sentence of its own too. The full stop of an
abbreviation on the same line ends no sentence (``data/sentence_abbreviations.yaml``): a
title or rank before a capitalised word ("Brig. Gen. Ronald Rwivanga", "Amb. Reyes"), a
number word before a number ("No. 7", "approx. 60"), a Latin or editorial one before
anything ("incl.", "e.g."). (s24) A line that opens with a date and a separator ("12/11 –
Kilo: ...", "- 3 Nov (Mon), Tora district – ...") is a dated log entry: a sentence of its
own, its date, place and first words kept together.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from dossier.datafiles import literal_alternation, load_yaml
from dossier.nlp.citations import CITATION_MARK
from dossier.nlp.text import doc_text
from dossier.nlp.titles import load_titles

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


@dataclass(frozen=True)
class Abbreviations:
    """The abbreviations whose full stop ends no sentence (``data/sentence_abbreviations.yaml``),
    keyed lower-cased without their stops."""

    before_name: frozenset[str]
    before_number: frozenset[str]
    anywhere: frozenset[str]
    before_lower: frozenset[str] = frozenset()


def _abbreviation_key(word: str) -> str:
    """ "Lt.-Col." -> "lt-col", "e.g." -> "eg", "Gen" -> "gen"."""
    return word.lower().replace(".", "")


@cache
def load_abbreviations() -> Abbreviations:
    """Load ``data/sentence_abbreviations.yaml`` (cached); the title abbreviations of
    ``data/titles.yaml`` count as written before a name too."""
    data = load_yaml("sentence_abbreviations.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(_abbreviation_key(str(w)) for w in data.get(key) or ())

    return Abbreviations(
        before_name=words("before_name") | load_titles().abbreviations,
        before_number=words("before_number"),
        anywhere=words("anywhere"),
        before_lower=words("before_lower"),
    )


def joins_next(word: str, nxt: str, abbreviations: Abbreviations, after_verb: bool = False) -> bool:
    """Whether the stop after the abbreviation ``word`` ends no sentence before ``nxt``.
    A lower-case word before a number right after a verb is the word itself ("rebels said
    no. 4 people died"), no abbreviation."""
    key = _abbreviation_key(word)
    if key in abbreviations.anywhere:
        return nxt not in _FINAL
    if key in abbreviations.before_lower:
        # "the State Dept. The agency ...": a noun's short form may close the sentence
        return nxt[:1].islower()
    if key in abbreviations.before_number and nxt[:1].isdigit():
        return word[:1].isupper() or not after_verb
    return key in abbreviations.before_name and word[:1].isupper() and nxt[:1].isupper()


def _join_abbreviations(doc: Doc) -> None:
    """No sentence starts after the stop of an abbreviation ("Brig." or "Amb" "." before a
    capitalised word, "No." or "approx" "." before a number, "incl." before anything) on one
    line: the parser takes the stop for a sentence's end and cuts a name off its title, a
    number off its measure."""
    abbreviations = load_abbreviations()
    # only the tokens that end in a full stop are built (each distinct word looked up once)
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
        if "\n" in token.whitespace_ or nxt.is_space:
            continue
        if token.text == ".":
            if i == 0 or doc[i - 1].whitespace_ or not doc[i - 1].text[-1:].isalpha():
                continue
            at = i - 1
        elif len(token) > 1:
            at = i
        else:
            continue
        word = doc[at].text.removesuffix(".") if at == i else doc[at].text
        after_verb = at > 0 and doc[at - 1].tag_.startswith(("VB", "MD"))
        if joins_next(word, nxt.text, abbreviations, after_verb):
            nxt.is_sent_start = False


# a clock suffix with its stop, then on the same line a capitalised word and the words after it
_CLOCK_THEN_CAPITAL = re.compile(
    r"\b([AaPp]\.[Mm]\.)[ \t]+([A-Z][a-z]*)\b((?:[ \t]+[A-Za-z']+){0,3})"
)


@cache
def calendar_words() -> frozenset[str]:
    """The English weekday and month names and abbreviations of ``data/time/calendar.yaml``,
    lower-cased."""
    calendar = load_yaml("time/calendar.yaml")
    return frozenset(
        str(name).lower()
        for table in ("weekdays", "months")
        for entry in calendar[table].values()
        for key in ("names", "abbrevs")
        for name in entry.get(key) or ()
    )


@cache
def _clock_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    """The clock-time suffixes ("am", "pm"), the lower-case words that may follow one in its
    sentence (time-zone words of ``sentence_abbreviations.yaml``, weekday and month names and
    abbreviations), the words that end a named time ("Kyiv time", "East Africa Standard
    Time") and the holidays of ``time/calendar.yaml`` ("Christmas Day")."""
    data = load_yaml("sentence_abbreviations.yaml")
    followers = {str(w).lower() for w in data.get("clock_zone_words") or ()}
    suffixes = frozenset(_abbreviation_key(str(w)) for w in data.get("clock_suffixes") or ())
    time_nouns = frozenset(str(w).lower() for w in data.get("clock_time_nouns") or ())
    holidays = tuple(str(h).lower() for h in load_yaml("time/calendar.yaml")["holidays"])
    return suffixes, frozenset(followers) | calendar_words(), time_nouns, holidays


def _split_after_clock_times(doc: Doc, text: str) -> None:
    """A capitalised word after "a.m."/"p.m." on the same line starts a sentence ("heard
    at 9 p.m. Police said ..."), which the parser would join across the suffix's stop; a
    weekday, month, holiday or time-zone word stays with its time ("at 9 p.m. Tuesday", "10
    a.m. GMT", "8 a.m. Christmas Day"), and so does a named time of up to four words ("3 p.m.
    Kyiv time", "4 p.m. East Africa Time", "9 a.m. Kabul local time"), and the clause after a
    time that ends a clause opening its sentence ("At 11 p.m. Army units moved in", "When
    the shelling stopped at 5 a.m. Ethiopian troops moved in")."""
    suffixes, followers, time_nouns, holidays = _clock_words()
    starts: list[int] | None = None
    for match in _CLOCK_THEN_CAPITAL.finditer(text):
        if _abbreviation_key(match.group(1)) not in suffixes:
            continue
        if starts is None:
            starts = doc.to_array(IDX).tolist()
        i = bisect_right(starts, match.start(2)) - 1
        if not (0 < i < len(doc) and doc[i].idx == match.start(2)):
            continue
        after = text[match.start(2) : match.end()].lower()
        words = after.split()
        of_time = (
            words[0] in followers
            or any(w in time_nouns for w in words[1:])
            or any(re.match(rf"{re.escape(h)}\b", after) for h in holidays)
        )
        doc[i].is_sent_start = not of_time and _main_verb_before(doc, i - 1)


def _main_verb_before(doc: Doc, end: int) -> bool:
    """Whether a verb of a main clause stands between the start of the line or sentence and
    token ``end``. A clock time that opens its sentence ("At 11 p.m. Army units moved in"),
    or ends a clause that opens it with a subordinating word or a preposition and no comma
    ("When the shelling stopped at 5 a.m.", "Shortly after the curfew began at 9 p.m."),
    has its main clause after it."""
    tokens: list[Token] = []
    for token in reversed(doc[:end]):
        if token.text in _FINAL or "\n" in token.text or "\n" in token.whitespace_:
            break
        tokens.append(token)
    tokens.reverse()
    if not any(t.tag_.startswith(("VB", "MD")) for t in tokens):
        return False
    opener = next((k for k, t in enumerate(tokens) if t.tag_ not in _OPENING_ADVERB_TAGS), None)
    if opener is None or tokens[opener].tag_ not in _SUBORDINATING_TAGS:
        return True
    return any(t.text in _CLAUSE_BREAKS for t in tokens[opener + 1 :])


# (s25) tags of the word that makes a clause opening its sentence subordinate ("When ...",
# "After ...", "As ..."), past adverbs before it ("Shortly after", "Just before"), and the
# marks that close such a clause before the main one
_SUBORDINATING_TAGS = {"IN", "WRB"}
_OPENING_ADVERB_TAGS = {"RB", "RBR"}
_CLAUSE_BREAKS = {",", ";", ":", "–", "—"}


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


def _names_alternation(table: dict[int, dict[str, list[str]]]) -> str:
    """A regex alternation of a calendar table's names and abbreviations (as written and in
    capitals), longest first."""
    names = {
        str(n)
        for entry in table.values()
        for key in ("names", "abbrevs")
        for n in entry.get(key) or ()
    }
    names |= {n.upper() for n in names}
    return literal_alternation(names)


@cache
def dated_line() -> re.Pattern[str]:
    """The head of a dated log line: an optional list marker, a date (numeric "12/11" or
    "12.11.2024", ISO, "3 Nov", "07-09 Mar 2025", "November 3, 2025"), an optional weekday,
    and the separator before the entry ("–", ":", "|", ","). Month and weekday names come from
    ``data/time/calendar.yaml``."""
    calendar = load_yaml("time/calendar.yaml")
    month = rf"(?:{_names_alternation(calendar['months'])})\.?"
    weekday = rf"(?:{_names_alternation(calendar['weekdays'])})\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = (
        r"(?:\d{4}-\d{2}-\d{2}"
        r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
        r"|\d{1,2}\.\d{1,2}\.\d{2,4}"
        rf"|{day}(?:[-–]{day})?[ \t]+{month}(?:[ \t]+\d{{4}})?"
        rf"|{month}[ \t]+{day}(?:[-–]{day})?(?:,?[ \t]+\d{{4}})?)(?![\w/])"
    )
    return re.compile(
        r"(?m)^[ \t]*(?:(?:[-–—•*▪]|\d{1,3}[.)])[ \t]+)?[*_]{0,2}"
        rf"(?:{weekday},?[ \t]+)?{date}"
        rf"(?:[ \t]*\({weekday}\)|,[ \t]*{weekday})?[*_]{{0,2}}"
        r"[ \t]*(?P<sep>[:–—|,]|-{1,2}(?=[ \t]))"
    )


# a log line's place field after a comma ("3 Nov, Kilo district – "), up to the separator
# that ends it (``dossier.nlp.place_names`` reads the same field as the line's place slot)
LOG_FIELD = r"[^\n:–—|]{1,60}?"
LOG_FIELD_SEPARATOR = r"(?:[:–—|]|[ \t]-{1,2}[ \t])"
_FIELD_END = re.compile(LOG_FIELD + LOG_FIELD_SEPARATOR)
# how many tokens of a log line's entry are kept with its date and place
_ENTRY_KEPT = 2


def _mark_dated_lines(doc: Doc, text: str, usual: float) -> None:
    """(s24) A line that opens with a date and a separator ("12/11 – Kamba: ...", "- 3 Nov
    (Mon), Kilo district – ...") is an entry of a dated log: it starts a sentence of its own
    even when the line before lacks a final stop, its date, place and first words stay
    in one sentence (the parser cuts "3" off "Nov"), and the line after it starts a new
    sentence when it opens another entry, or (s25) when it opens with a capital and its first
    word would have fitted on the entry's line (the log's last entry, then prose: "14/11 –
    Dori: IED hit a truck" / "The army later said ..."). A line that goes on from the one
    before ("... attacked on" / "12 Nov, ...") is no entry."""
    for m in dated_line().finditer(text):
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if start > 0 and not _line_may_end(text, text.rfind("\n", 0, start)):
            continue
        end = m.end()
        if m.group("sep") == ",":
            field = _FIELD_END.match(text, end)
            if field is not None:
                end = field.end()
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        span[0].is_sent_start = True
        for token in doc[span.start + 1 : min(span.end + _ENTRY_KEPT, len(doc))]:
            if "\n" in token.text:
                break
            token.is_sent_start = False
            if "\n" in token.whitespace_:
                break
        newline = text.find("\n", end)
        nxt = _NON_SPACE.search(text, newline) if newline >= 0 else None
        # only where the next line opens an entry of its own (a list item, another dated
        # line): a log entry hard-wrapped over two lines goes on with a capitalised name
        # ("- 14 Feb – gunmen burned the shops of\n  Kilo market"), as wrapped prose does
        if (
            nxt is not None
            and _line_may_end(text, newline)
            and (
                _ITEM_LINE.match(text, newline + 1) is not None
                or dated_line().match(text, newline + 1) is not None
                or (
                    m.group("sep") != ","  # "21 June, the governor said ...": a prose line
                    and _unwrapped_before(doc, text, newline, nxt.start(), usual)
                )
            )
        ):
            after = doc.char_span(nxt.start(), nxt.start() + 1, alignment_mode="expand")
            if after is not None:
                after[0].is_sent_start = True


# (s25) the narrowest width text is hard-wrapped at: a document whose lines are all short
# (a log and a few sentences) is taken to wrap no narrower
_WRAP_WIDTH_FLOOR = 72
_FIRST_WORD = re.compile(r"\S+")
# (s25) tags of a word a sentence may end on: a noun, a name, an adjective ("2 dead"), a past
# participle ("5 wounded"), an adverb or a pronoun. A line that ends on any other word (a
# number or a participle before its noun: "killed two" / "Somali soldiers", "a truck
# carrying" / "Kenyan troops"; a preposition, an article, a finite verb) goes on over the
# next line.
_SENTENCE_END_TAGS = {"NN", "NNS", "NNP", "NNPS", "JJ", "VBN", "RB", "PRP"}
# (s25) tags of a name, which a name or a nationality on the line before goes on into ("a
# convoy of Burkinabe" / "Army trucks")
_NAME_TAGS = {"NNP", "NNPS"}


def _unwrapped_before(doc: Doc, text: str, newline: int, nxt: int, usual: float) -> bool:
    """(s25) Whether the line that ends at ``newline`` was not wrapped into the next one,
    which starts at ``nxt``, unindented, with a capital: the line ends on a word a sentence
    may end on (``_SENTENCE_END_TAGS``), not on a name or a nationality that a name opening
    the next line goes on, and the next line's first word would have fitted on it, within
    the document's usual line length (at least ``_WRAP_WIDTH_FLOOR``)."""
    if nxt != newline + 1 or not text[nxt : nxt + 1].isupper():
        return False  # an indented line goes on with its list item
    line_start = text.rfind("\n", 0, newline) + 1
    line = text[line_start:newline].rstrip()
    word = _FIRST_WORD.match(text, nxt)
    if not line or word is None:
        return False
    line_end = line_start + len(line)
    last = doc.char_span(line_end - len(line.rsplit(None, 1)[-1]), line_end, "expand")
    first = doc.char_span(nxt, word.end(), "expand")
    if last is None or first is None or last[-1].tag_ not in _SENTENCE_END_TAGS:
        return False
    if last[-1].tag_ in {*_NAME_TAGS, "JJ"} and first[0].tag_ in _NAME_TAGS:
        return False
    return len(line) + 1 + len(word.group(0)) <= max(usual, _WRAP_WIDTH_FLOOR)


def _line_may_end(text: str, newline: int) -> bool:
    """Whether the line that ends at ``newline`` may end a sentence: it does not stop on a
    comma, an opening bracket or a word that needs the next line ("on", "the", "and")."""
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    if not line:
        return True
    if line[-1] in ",;(-–—":
        return False
    return line.rsplit(None, 1)[-1].lower() not in _continuation_words()


@Language.component("dossier_blocks")
def mark_blocks(doc: Doc) -> Doc:
    # the text joined once (``Doc.text`` joins every token on each read; blocks change no token)
    text = doc_text(doc)
    usual = _usual_line_length(text)
    _join_table_rows(doc)
    _join_item_headings(doc)
    _mark_datelines(doc)
    _mark_dated_lines(doc, text, usual)
    _join_abbreviations(doc)
    _split_after_clock_times(doc, text)
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
