"""Lists of targets that carry their own dates: one event per item.

"ones that targeted A in February 2017, B in Kabul on March 8, 2017, and C in July" names
three attacks; :func:`split_list` cuts the object list at its commas and gives each dated item
its own target, victim and place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from dossier.extract.event_args import ArgumentFinder, Arguments, Span2
from dossier.records import Timex

__all__ = ["ListPart", "split_list"]

_PERP_ROLES = {"perpetrator", "initiator"}
# a town or province a list's items share, not one item's building
_SHARED_FEATURES = {"city", "admin2", "admin1"}
_CLAUSE_DEPS = {"advcl", "xcomp", "ccomp", "relcl", "acl", "conj"}


@dataclass(frozen=True)
class ListPart:
    """One item of a dated list of targets: its text range and its own arguments."""

    span: Span2
    arguments: Arguments


def split_list(
    finder: ArgumentFinder, tok: Token, args: Arguments, timexes: Sequence[Timex]
) -> list[ListPart]:
    """Items of a list of objects each carrying its own date, or [] when there is none."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if not objs or tok.pos_ not in {"VERB", "AUX"}:
        return []
    sent = tok.sent
    dated = [
        t
        for t in timexes
        if sent.start_char <= t.start < sent.end_char and t.precision in {"day", "month", "year"}
    ]
    if len(dated) < 2:
        return []
    inside_timex = [(t.start, t.end) for t in dated]
    segments: list[list[Token]] = [[]]
    for t in sent[objs[0].left_edge.i - sent.start :]:
        if t.pos_ == "VERB" and t.i != tok.i and tok not in t.ancestors:
            # "..., two local officials told Reuters on Monday": another clause, no item
            break
        if t.pos_ == "VERB" and t.i != tok.i and t.dep_ in _CLAUSE_DEPS:
            # "stormed a base on Tuesday, killing 17 soldiers in one of the deadliest attacks
            # in 2025": a clause of its own, which lists no target
            break
        if t.dep_ == "mark":
            break  # "..., the first deaths since the Houthis began ...": a clause, no item
        in_tx = any(s <= t.idx < e for s, e in inside_timex)
        if t.text in {",", ";"} and not in_tx:
            segments.append([])
            continue
        if t.lower_ in {"and", "or"} and not segments[-1]:
            continue
        if t.is_punct and t.text == ".":
            break
        segments[-1].append(t)
    parts: list[ListPart] = []
    for seg in segments:
        if not seg:
            continue
        lo, hi = seg[0].idx, seg[-1].idx + len(seg[-1])
        has_date = any(lo <= s < hi for s, _ in inside_timex)
        nouns = [t for t in seg if t.pos_ in {"NOUN", "PROPN"}]
        if not has_date or not nouns:
            break
        head = nouns[0]
        while (
            head.i + 1 < len(finder.doc)
            and finder.doc[head.i + 1] in seg
            and finder.doc[head.i + 1].pos_ == "PROPN"
            and head.pos_ == "PROPN"
        ):
            head = finder.doc[head.i + 1]
        actor = finder.actor_in(lo, hi, head)
        person = finder.is_person(head, actor)
        roles = [r for r in args.actor_roles if r[1] in _PERP_ROLES]
        if actor is not None:
            roles.append((actor.key, "victim" if person else "target"))
        first = seg[0] if seg[0].dep_ != "det" else seg[1]
        span = (first.idx, head.idx + len(head))
        parts.append(
            ListPart(
                span=(lo, hi),
                arguments=replace(
                    args,
                    actor_roles=tuple(roles),
                    target_spans=() if person else (span,),
                    victim_spans=(span,) if person else (),
                    place=finder.place_in(lo, hi),
                ),
            )
        )
    if len(parts) < 2:
        return []
    # "the central bank in May 2019, the main market in Mogadishu on 2 June 2019, and the
    # port authority in August": items one city holds share the one place a sibling names
    placed = {
        p.arguments.place.place.name
        for p in parts
        if p.arguments.place is not None
        and p.arguments.place.place is not None
        and p.arguments.place.place.feature in _SHARED_FEATURES
    }
    if len(placed) == 1 and all(
        p.arguments.place is None or p.arguments.place.place is not None for p in parts
    ):
        shared = next(
            p.arguments.place
            for p in parts
            if p.arguments.place is not None and p.arguments.place.place is not None
        )
        parts = [
            p
            if p.arguments.place is not None
            else replace(p, arguments=replace(p.arguments, place=shared))
            for p in parts
        ]
    return parts
