"""(s19) Whose people a figure counts, read after the figure is built, from the structure
around it rather than from its own phrase:

- a speaking actor (an outlet, a media wing) never owns fighters, recruits or attacks: the
  group it speaks for does (the one armed group of its sentence, else its parent, else the
  group its paragraph shows acting);
- a share phrase after a toll says whose people were counted ("at least 14 combatants were
  killed, most of them X volunteers");
- "others", "more" counted right after a toll are more of the same people ("killing 11
  soldiers. More than a dozen others were wounded"), and another source's figure for the
  same noun is for the same people;
- the target a table row's description names owns a bare toll of that row, or one whose
  noun is of the target's side;
- another source's toll of the same incident, told without a date, has the date of the
  toll told first ("killing 17 civilians on Monday ... The AA put the toll at 23 dead"),
  unless its sentence tells another incident (a separate one, another place, another group).

- (s22c) a toll whose own words name no people ("and at least four wounded", "put the number
  of dead at seven") counts the people of the toll it continues: the one before it in its
  clause, or, for another source's account, the tolls of one owner before it.

Each rule only fills or corrects a subject or a period; none makes or drops a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Token

from dossier.extract.common import GROUP_TYPES, SentenceView
from dossier.extract.lexicon import alternation
from dossier.extract.numbers import find_counts
from dossier.extract.quantity_measures import (
    HARM_MEASURES,
    cue_regex,
    cue_set,
    load_data,
    people_word,
)
from dossier.records import Actor, Quantity


def speaker_owner(
    q: Quantity,
    view: SentenceView,
    by_key: dict[str, Actor],
    paragraph_group: Callable[[], str | None],
) -> Quantity:
    """``q`` with a speaking actor's figure given to the group it speaks for: the one armed
    group of the sentence, else its parent actor, else ``paragraph_group()`` (the group the
    paragraph shows acting), else no subject. Tolls are left alone (an outlet's own staff
    may be killed)."""
    actor = by_key.get(q.subject or "")
    if actor is None or q.measure in HARM_MEASURES:
        return q
    speaking = cue_set("speaking_actor_types")
    if actor.type not in speaking:
        return q
    groups = {
        sl.key
        for sl in view.slots
        if sl.kind == "actor" and sl.key and (sl.actor_type or "") in GROUP_TYPES
    }
    if len(groups) == 1:
        # "ISWAP released a video via Amaq": the group that speaks through the outlet here,
        # before the outlet's parent (Amaq is the Islamic State's, the video ISWAP's)
        return replace(q, subject=groups.pop())
    parent = by_key.get(actor.parent or "")
    if parent is not None and parent.type not in speaking:
        return replace(q, subject=parent.key)
    found = paragraph_group()
    owner = by_key.get(found or "")
    return replace(q, subject=owner.key if owner and owner.type not in speaking else None)


def _cue_words(name: str) -> list[str]:
    return [str(w) for w in load_data("quantity_cues.yaml").get(name) or ()]


@cache
def _share_regex() -> re.Pattern[str]:
    words, links = _cue_words("share_of_counted"), _cue_words("share_links")
    articles = _cue_words("share_articles")
    # the share phrase right after a comma or dash, then (an article and) the actor mention
    return re.compile(
        rf"\s*[,;–—-]\s*(?:{alternation(words)})\s+(?:(?:{alternation(links)})\s+)?"
        rf"(?:(?:{alternation(articles)})\s+)?$",
        re.IGNORECASE,
    )


def _unsided_people(q: Quantity) -> bool:
    """Whether a toll counts people of no side ("200 civilians", "12 villagers"): not a
    generic noun ("people"), nor one of armed members or state personnel."""
    words = re.findall(r"[a-z]+", q.text.lower())
    if not words or not people_word(words[-1]):
        return False
    noun = _stem(words[-1])
    sided = (
        cue_set("toll_generic_nouns")
        | cue_set("toll_member_nouns")
        | cue_set("toll_state_nouns")
        | cue_set("share_unsided_nouns")
    )
    return noun not in sided and words[-1] not in sided


def share_owner(
    q: Quantity, text: str, view: SentenceView, figure_end: int, later_figures: Sequence[int]
) -> Quantity:
    """``q``, a toll with no subject, given to the actor a share phrase after it names:
    "at least 14 combatants were killed and dozens wounded, most of them X volunteers",
    "between 30 and 40 dead, mostly X fighters". The phrase must come after the figure in
    its sentence, with no other figure of a different kind between (``later_figures``: the
    starts of the sentence's figures after this one)."""
    if q.subject is not None or q.measure not in HARM_MEASURES or _unsided_people(q):
        return q  # "200 civilians were killed, mostly JNIM ambushes": the killer, not theirs
    pattern = _share_regex()
    for sl in view.slots:
        if sl.kind != "actor" or not sl.key or sl.start <= figure_end:
            continue
        if (sl.actor_type or "") == "person":
            continue
        if not pattern.search(text, figure_end, sl.start):
            continue
        after = re.match(r"\s*([A-Za-z]+)", text[sl.end : sl.end + 40])
        if after and after.group(1).lower() in cue_set("incident_nouns"):
            return q  # "mostly JNIM ambushes": the actor's deeds, not its people
        # the phrase's actor must be the head of its own words ("most of them Wazalendo
        # volunteers"), not a later clause's subject: only the share words and an article
        # stand between them
        if any(
            figure_end < s < sl.start and not _one_toll_span(text, view, figure_end, s)
            for s in later_figures
        ):
            return q
        return replace(q, subject=sl.key)
    return q


def _one_toll_span(text: str, view: SentenceView, end: int, start: int) -> bool:
    """Whether the words between two figures of a sentence join them into one toll ("14
    killed and dozens wounded"): no clause break, no source's words ("while police said"),
    no concessive ("while", "whereas") and no actor named between."""
    between = text[end:start]
    if ";" in between or "." in between or len(between) >= 60:
        return False
    if _source_or_claim().search(between) or cue_regex("concessive_marks").search(between):
        return False
    return not any(sl.kind == "actor" and end <= sl.start and sl.end <= start for sl in view.slots)


def more_of_same(
    q: Quantity, counted: Token | None, earlier: Sequence[Quantity], sentence: int
) -> Quantity:
    """``q``, a toll of "others" / "more" with no subject, given the subject of the toll just
    before it in the same or the sentence before ("killing at least 11 soldiers ... More than
    a dozen others were wounded")."""
    if q.subject is not None or q.measure not in HARM_MEASURES or counted is None:
        return q
    if not _more_of_same_word(counted):
        return q
    if counted.dep_ in ("dobj", "obj") and any(
        c.dep_ in ("nsubj", "agent") for c in counted.head.children
    ):
        # "its troops killed 40 others": a side named as the killer of the others, who may
        # be the other side's people; only others harmed as the first were ("More than a
        # dozen others were wounded", "killing 11 soldiers and wounding 12 others")
        return q
    for prior in reversed(earlier):
        if prior.anchor.sentence < sentence - 1:
            break
        if prior.measure in HARM_MEASURES:
            return replace(q, subject=prior.subject) if prior.subject else q
        if prior.anchor.sentence == sentence:
            # (s23b) "killing two IS members and arresting four others": the others are more
            # of the figure of their own sentence, whatever it measures, never of a toll
            # told before it
            return q
    return q


def _more_of_same_word(counted: Token) -> bool:
    """Whether the counted word stands for more people than a toll before ("others")."""
    words = cue_set("more_of_same_words")
    return counted.lower_ in words or counted.lemma_.lower() in words


def _stem(word: str) -> str:
    w = word.lower().strip("\"'“”‘’")
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def same_people(
    q: Quantity, text: str, counted: Token | None, earlier: Sequence[Quantity], sentence: int
) -> Quantity:
    """``q``, a toll with no subject, given the subject of an earlier toll of the same measure
    that counts the same noun, in the same paragraph and at most two sentences before: another
    source's figure for the same people ("killing at least 11 soldiers, an officer said. The
    militants claimed that 27 'apostate soldiers' died")."""
    if q.subject is not None or q.measure not in HARM_MEASURES or counted is None:
        return q
    if counted.pos_ not in ("NOUN", "PROPN"):
        return q
    noun = _stem(counted.text)
    for prior in reversed(earlier):
        if prior.anchor.sentence < sentence - 2:
            break
        if "\n\n" in text[prior.anchor.end : q.anchor.start]:
            break
        words = prior.text.split()
        if prior.measure == q.measure and prior.subject and words and _stem(words[-1]) == noun:
            return replace(q, subject=prior.subject)
    return q


@cache
def _owner_link() -> re.Pattern[str]:
    words = [str(w) for w in load_data("quantity_cues.yaml").get("figure_owner_links") or ()]
    return re.compile(rf"\s+(?:{alternation(words)})\s+(?:the\s+)?", re.IGNORECASE)


def compared_owner(view: SentenceView, text: str, figure_end: int, measure: str) -> str | None:
    """The actor a figure with no noun is given to right after it, in a comparison:
    "ISWAP's strength at 4,000 fighters, against roughly 1,500 *for JAS*" (a group, not a
    person or a place), or None. Never for a toll: "25 for ISSP" after "JNIM killed 40
    soldiers" counts ISSP's victims, not ISSP's own dead."""
    if measure in HARM_MEASURES:
        return None
    link = _owner_link()
    for sl in view.slots:
        if (
            sl.kind == "actor"
            and sl.key
            and (sl.actor_type or "") != "person"
            and sl.start > figure_end
            and link.fullmatch(text, figure_end, sl.start)
        ):
            return sl.key
    return None


@cache
def _target_link() -> re.Pattern[str]:
    words = [str(w) for w in load_data("quantity_cues.yaml").get("row_target_links") or ()]
    return re.compile(rf"\b(?:{alternation(words)})\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def _side_types(words: set[str]) -> frozenset[str]:
    """The actor types a toll cell's people can belong to: any ("*") for a bare cell ("4
    killed"), state forces for soldiers or police only, armed groups for fighters or
    militants only, else none (civilians, combatants, or both sides named)."""
    rest = words - cue_set("bare_toll_words")
    if not rest:
        return frozenset({"*"})

    def of(nouns: frozenset[str]) -> set[str]:
        return {w for w in rest if {_stem(w), _stem(w).replace("men", "man")} & nouns}

    if of(cue_set("toll_state_nouns")) == rest:
        return cue_set("row_target_state_types")
    if of(cue_set("toll_member_nouns")) == rest:
        return cue_set("row_target_group_types")
    return frozenset()


_SOURCE_NOTE = re.compile(r"\([^()]*\)")


def _names_people(note: str) -> bool:
    """Whether a bracketed note of a toll cell holds a noun of people or of one side's men."""
    words = re.findall(r"[A-Za-z]+", note)
    side = cue_set("toll_state_nouns") | cue_set("toll_member_nouns")
    return any(people_word(w) or _stem(w.lower()) in side for w in words)


def source_note(note: str) -> bool:
    """(s21b) Whether a bracketed note of a toll cell only says who told its figure: its
    words are capitalised names ("(MoD)", "(JNIM claim)") or ``toll_source_note_words``
    ("(army)", "(per local sources)"), not what the figure counts ("(abducted)")."""
    words = re.findall(r"[A-Za-z]+", note)
    told = cue_set("toll_source_note_words")
    return bool(words) and all(w[0].isupper() or w.lower() in told for w in words)


def _cell_people(cell: str) -> str:
    """(s21) The words of a toll cell that can name whose people it counts, lower case:
    without the notes in brackets that name who told each figure ("4 soldiers (MoD) / 12
    (JNIM claim)", "9 (army) / dozens (rebels)") and without the figures themselves
    ("dozens", "a dozen")."""
    # a note that names people is no source's: "11 (civilians)", "12 (incl. 3 soldiers)"
    # (s21b) and a note that says what the figure counts is none either: "25 (abducted)"
    cell = _SOURCE_NOTE.sub(
        lambda m: " " if source_note(m.group(0)) and not _names_people(m.group(0)) else m.group(0),
        cell,
    )
    for count in sorted(find_counts(cell), key=lambda c: -c.start):
        cell = cell[: count.start] + " " + cell[count.end :]
    return cell.lower()


def bare_toll_cell(cell: str, at: int = 0) -> bool:
    """(s21) Whether the part of a toll cell that holds the figure at offset ``at`` (the
    cell's parts are each source's, apart by "/" or ";") holds figures and nothing else that
    says what they count ("9 (army)", "12 (JNIM claim)" in "4 soldiers (MoD) / 12 (JNIM
    claim)", "at least 4"): no people ("5 suspected logisticians") and no deed ("3
    arrested") besides the dead it may count."""
    start = max(cell.rfind("/", 0, at), cell.rfind(";", 0, at)) + 1
    ends = [i for i in (cell.find("/", at), cell.find(";", at)) if i >= 0]
    part = cell[start : min(ends) if ends else len(cell)]
    words = set(re.findall(r"[a-z]+", _cell_people(part)))
    # (s21b) "12 injured", "25 (abducted)": people counted, but not the dead
    return not words - cue_set("bare_toll_words") and not words & cue_set("toll_not_dead_words")


def row_target(
    text: str,
    mentions: Sequence[tuple[int, int, str, str]],
    cells: Sequence[tuple[int, int]],
    figure_cell: tuple[int, int],
) -> set[str]:
    """The one actor a table row's description names as the target ("| IED on CJTF patrol |
    4 killed, 7 injured |"), whose people a toll cell counts where the cell names no people
    ("4 killed") or people of the target's side ("4 soldiers" and an army target); empty when
    the cell names other people ("6 civilians", "3 militants" and a militia of the state), or
    the row names no target or several. ``mentions``: (start, end, key, actor type)."""
    words = set(re.findall(r"[a-z]+", _cell_people(text[figure_cell[0] : figure_cell[1]])))
    types = _side_types(words)
    if not types:
        return set()
    link = _target_link()
    keys = {
        key
        for s, e, key, kind in mentions
        for c in cells
        if c[0] <= s
        and e <= c[1]
        and link.search(text, c[0], s)
        and ("*" in types or kind in types)
    }
    return keys if len(keys) == 1 else set()


def line_row_target(text: str, view: SentenceView, start: int, end: int) -> str | None:
    """:func:`row_target` for a pipe-table row read as a sentence (a row whose first cell
    is a date): the figure at ``start``-``end`` and the row's other cells."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:line_end].lstrip().startswith("|"):
        return None
    bars = [i for i in range(line_start, line_end) if text[i] == "|"]
    cells = list(zip(bars, bars[1:], strict=False))
    figure = next(((a, b) for a, b in cells if a < start and end <= b), None)
    if figure is None:
        return None
    mentions = [
        (sl.start, sl.end, sl.key, sl.actor_type or "")
        for sl in view.slots
        if sl.kind == "actor" and sl.key and (sl.actor_type or "") != "person"
    ]
    keys = row_target(text, mentions, [c for c in cells if c != figure], figure)
    return keys.pop() if keys else None


@cache
def _source_or_claim() -> re.Pattern[str]:
    """Words of a source telling a toll or of a side claiming one ("said", "claimed")."""
    words = _cue_words("toll_source_cues") + _cue_words("toll_claim_cues")
    return re.compile(rf"\b(?:{alternation(words)})\b", re.IGNORECASE)


def separate_incident(text: str) -> bool:
    """(s21b) Whether words always telling another incident ("In Sagaing, meanwhile, ...", "in
    a separate clash"; ``separate_incident_words``) open or fill ``text``: a place name alone
    does not (officials of the struck town tell its toll)."""
    return bool(_words_regex("separate_incident_words").search(text))


@cache
def _words_regex(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_cue_words(name))})\b", re.IGNORECASE)


@cache
def _place_regex() -> re.Pattern[str]:
    # case-sensitive: the name after the preposition must be capitalised
    preps = "|".join(map(re.escape, _cue_words("incident_place_preps")))
    return re.compile(rf"\b(?:{preps})\s+(?:the\s+)?[A-Z]")


def another_incident(text: str, words: str = "another_incident_words") -> bool:
    """Whether words say a toll is another incident's ("In a separate attack", "elsewhere";
    the list ``words`` of ``quantity_cues.yaml``), or name a place by a preposition and a
    capitalised name ("in Katsina", "near Rann")."""
    return bool(_words_regex(words).search(text) or _place_regex().search(text))


def _new_names(view: SentenceView, before: SentenceView, groups: bool) -> bool:
    """Whether a sentence names a place (or, with ``groups``, an armed group) its earlier one
    does not."""

    def names(v: SentenceView) -> set[str]:
        return {
            (sl.key or sl.text).lower()
            for sl in v.slots
            if sl.kind == "place" or (groups and (sl.actor_type or "") in GROUP_TYPES)
        }

    return bool(names(view) - names(before))


def same_incident_period(
    q: Quantity,
    text: str,
    views: Sequence[SentenceView],
    view: SentenceView,
    earlier: Sequence[Quantity],
    counted: Token | None,
) -> Quantity:
    """``q``, a toll with no period that a source tells ("the AA put the toll at 23 dead",
    "the militants claimed 27 died"), given the period of the toll of the same measure told
    just before it, in its paragraph and at most two sentences before: the same incident
    by another account. Not where the sentence tells another incident: words of a separate
    one, a place or an armed group the earlier toll's sentence does not name, or "others"
    (more people, not the same counted again)."""
    if q.period is not None or q.measure not in HARM_MEASURES:
        return q
    if not _source_or_claim().search(view.text) or another_incident(
        view.text, "separate_incident_words"
    ):
        return q
    if counted is not None and _more_of_same_word(counted):
        return q
    for prior in reversed(earlier):
        if prior.anchor.sentence < view.index - 2:
            break
        if prior.anchor.sentence == view.index and prior.anchor.start == q.anchor.start:
            continue  # a figure of its own sentence is another figure, not another account
        if "\n\n" in text[prior.anchor.end : q.anchor.start]:
            break
        if prior.measure == q.measure:
            # another place, or another group claiming a deed of its own ("X claimed it had
            # killed 20"; a group that only puts the toll, "X put the toll at 23", is a source)
            acted = counted is not None and counted.dep_ in ("dobj", "obj")
            if _new_names(view, views[prior.anchor.sentence], acted):
                return q
            return replace(q, period=prior.period) if prior.period else q
    return q


def _names_no_people(doc_tokens: Sequence[Token]) -> bool:
    """Whether a toll's own words name no people: only numbers and the harm ("at least four
    wounded", "seven", "a third"), the people left to the toll they continue."""
    numbers = cue_set("elided_toll_number_nouns")
    return bool(doc_tokens) and not any(
        t.pos_ in ("NOUN", "PROPN") and not t.like_num and t.lemma_.lower() not in numbers
        for t in doc_tokens
    )


def _more_named_after(tokens: Sequence[Token], end: int) -> bool:
    """(s22d) Whether the clause goes on after a toll's own words to name people or things
    counted with it ("at six, including two civilians", "six dead, most of them traders"):
    a plural noun before the clause ends (a semicolon, a subordinator: "when militants
    attacked" is another clause). Such a toll may count others than the toll before."""
    if not tokens:
        return False
    doc = tokens[-1].doc
    for t in doc[tokens[-1].i + 1 :]:
        if t.idx >= end or t.text == ";" or t.dep_ == "mark" or t.tag_ in ("WRB", "WDT"):
            return False
        if t.tag_ in ("NNS", "NNPS"):
            return True
    return False


def _toll_end(text: str, view: SentenceView, pos: int, q: Quantity) -> int:
    """Where the words of the toll ``q`` counted at ``pos`` end in ``text``."""
    last = q.text.split()[-1] if q.text.split() else ""
    found = text.find(last, pos)
    return found + len(last) if found >= 0 and found < view.end else pos


def elided_people(
    q: Quantity,
    at: int,
    text: str,
    view: SentenceView,
    tokens: Sequence[Token],
    earlier: Sequence[tuple[int, int, Quantity]],
) -> Quantity:
    """(s22c) ``q``, a toll whose words name no people (``tokens``, the toll's own), given the
    owner of the toll it continues: the toll just before it in its clause ("three soldiers
    were killed and at least four wounded", "killing two gendarmes and wounding a third"),
    or, for another source's figure ("X put the number of dead at seven"), the tolls of the
    sentence before in the same paragraph, when they all count one owner's people. Tolls
    of victims there, or of two owners, give none; so does a sentence of another incident."""
    if q.subject is not None or q.measure not in HARM_MEASURES or not _names_no_people(tokens):
        return q
    if _more_named_after(tokens, view.end):
        return q  # "put the toll at six, including two civilians": not only the same people
    in_clause = [
        (_toll_end(text, view, pos, p), p)
        for s, pos, p in earlier
        if s == view.index and pos < at and p.measure in HARM_MEASURES
    ]
    if in_clause:
        end, prior = max(in_clause, key=lambda e: e[0])
        if _one_toll_span(text, view, end, at):
            # (s22d) "four civilians and three soldiers were killed and ten wounded": the
            # wounded are of one owner only where every toll of the clause before is his
            joined = {p.subject for e, p in in_clause if not re.search(r"[;.]", text[e:at])}
            return replace(q, subject=prior.subject) if joined == {prior.subject} else q
        # "SANA reported 11 soldiers killed; SOHR put the toll at 22": another account
        cues = cue_regex("toll_source_cues")
        clause = max(text.rfind(";", end, at), end)  # the account's own clause
        if not cues.search(text, end, at) or another_incident(text[clause:at]):
            return q
        before = [p for _end, p in in_clause if p.measure == q.measure]
    else:
        if not cue_regex("toll_source_cues").search(view.text) or another_incident(view.text):
            return q
        before = [p for s, _pos, p in earlier if s == view.index - 1 and p.measure == q.measure]
        if not before or "\n\n" in text[before[-1].anchor.end : at]:
            return q
    owners = {p.subject for p in before}
    owner = owners.pop() if len(owners) == 1 else None
    return replace(q, subject=owner) if owner else q
