"""MUC-4 role filling with Dossier's own annotation and event extractor.

Each MUC text is truecased (the GRIT texts are lower case, the raw ones upper case; spaCy's
tagger, parser and NER were trained on cased text), annotated like any Dossier document
(entities → actors → places → timexes) and passed to
:func:`dossier.extract.events.extract_event_frames`. The ASSAULT frames are then mapped to the
five MUC roles:

- ``PerpInd``: perpetrator phrases that name people ("guerrillas", "urban terrorists");
- ``PerpOrg``: organisations among the perpetrators, or claiming responsibility;
- ``Target``: physical targets; ``Victim``: people attacked, killed, kidnapped or wounded;
- ``Weapon``: weapon phrases of the frame.

Truecasing (:func:`truecase`) uses no cased copy of the benchmark: names of the actor
gazetteer and of the MUC-era organisation list (``data/muc4/organizations.yaml``) get their
gazetteer casing, acronyms of that list go upper case, words rare in English (wordfreq Zipf
below a threshold, and not in the lexicon's lower-case list) are capitalised as names, and
sentences start upper case.

Command line::

    python3 -m dossier.eval.muc4_dossier --split dev [--predictions OUT.json] [--no-truecase]
    python3 -m dossier.eval.muc4_dossier --dates     # incident date/location on TST3/TST4
"""

from __future__ import annotations

import argparse
import re
import sys
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc
from wordfreq import zipf_frequency

from dossier.eval.muc4 import ROLES, RoleFillers, format_figures, normalize, run_muc4_eval
from dossier.extract.event_rules import load_event_rules
from dossier.extract.events import EventFrame, extract_event_frames
from dossier.nlp import build_nlp
from dossier.records import Actor, DateValue, Mention, PlaceMention, Timex
from dossier.resolve.actors import resolve_actors
from dossier.resolve.places import resolve_places
from dossier.resolve.timex import extract_timexes

__all__ = [
    "Annotated",
    "DossierMucPredictor",
    "annotate_text",
    "frames_to_roles",
    "main",
    "truecase",
]

_WORD = re.compile(r"[a-z][a-z'\-]*|[0-9]+")
_ENTITY_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT"}
_ORG_TYPES = {
    "armed_group",
    "organization",
    "political_party",
    "state_forces",
    "government",
    "terrorist_group",
    "militia",
    "igo",
    "ngo",
    "movement",
    "state",
}


# --------------------------------------------------------------------------- truecasing


@lru_cache(maxsize=1)
def _muc_data() -> tuple[dict[str, Any], dict[str, Any]]:
    root = resources.files("dossier").joinpath("data/muc4")
    lexicon = yaml.safe_load(root.joinpath("lexicon.yaml").read_text("utf-8"))
    orgs = yaml.safe_load(root.joinpath("organizations.yaml").read_text("utf-8"))
    return lexicon, orgs


@lru_cache(maxsize=1)
def _case_table() -> tuple[dict[tuple[str, ...], tuple[str, ...]], frozenset[str], frozenset[str]]:
    """Cased forms of known names (word tuples), upper-case acronyms, never-capitalised words."""
    from dossier.resolve.actor_gazetteer import load_actor_gazetteer

    lexicon, orgs = _muc_data()
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    acronyms: set[str] = set()
    for org in orgs["organizations"]:
        for name in org.get("names", []):
            words = tuple(_WORD.findall(name.lower()))
            table[words] = tuple(
                w if w in {"of", "the", "de", "for", "and", "in"} else w.capitalize() for w in words
            )
        acronyms.update(a.lower() for a in org.get("acronyms", []) if len(a) > 2)
    gaz = load_actor_gazetteer()
    for entry in (
        getattr(gaz, "entries", {}).values()
        if isinstance(getattr(gaz, "entries", None), dict)
        else []
    ):
        for alias in (entry.name, *entry.aliases):
            words = tuple(alias.split())
            if any(w[:1].isupper() for w in words) and not alias.isupper():
                table.setdefault(tuple(w.lower() for w in words), words)
    lower = frozenset(lexicon.get("lowercase_words", []))
    return table, frozenset(acronyms), lower


def truecase(text: str, zipf_threshold: float = 3.0) -> str:
    """Restore likely capitals in lower-cased (or upper-cased) English news text.

    The result has the same length as ``text`` (only letter case changes), so offsets carry
    over. Known names get their gazetteer casing, known acronyms upper case, words rare in
    English a capital initial, and every sentence a capital first letter.
    """
    lexicon, _orgs = _muc_data()
    table, acronyms, lower = _case_table()
    text = (
        text.lower()
        if text.isupper()
        or text.islower() is False
        and sum(c.isupper() for c in text) > len(text) // 3
        else text
    )
    out = list(text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    months_days = set(lexicon.get("months", [])) | set(lexicon.get("days", []))
    titles = set(lexicon.get("titles", []))
    demonyms = set(lexicon.get("demonyms", []))
    max_len = max((len(k) for k in table), default=1)
    i = 0
    while i < len(words):
        matched = False
        for n in range(min(max_len, len(words) - i), 1, -1):
            key = tuple(w for _s, _e, w in words[i : i + n])
            cased = table.get(key)
            if cased:
                for (s, e, _w), c in zip(words[i : i + n], cased, strict=True):
                    out[s:e] = list(c if len(c) == e - s else text[s:e])
                i += n
                matched = True
                break
        if matched:
            continue
        n = _place_ngram(tuple(w for _s, _e, w in words[i : i + 3]))
        if n:
            for s, _e, w in words[i : i + n]:
                if w not in {"de", "del", "la", "las", "los", "el", "y"}:
                    out[s] = out[s].upper()
            i += n
            continue
        s, e, w = words[i]
        if w in acronyms:
            out[s:e] = list(w.upper())
        elif (
            w in months_days
            or w in demonyms
            or (
                w.isalpha()
                and w not in lower
                and w not in titles
                and zipf_frequency(w, "en") < zipf_threshold
            )
        ):
            out[s] = out[s].upper()
        i += 1
    # first names before a capitalised surname ("jaime Pardo" → "Jaime Pardo")
    for k in range(len(words) - 2, -1, -1):
        s0, _e0, w = words[k]
        s1 = words[k + 1][0]
        if (
            out[s1].isupper()
            and w.isalpha()
            and w not in lower
            and w not in titles
            and w not in months_days
            and zipf_frequency(w, "en") < 4.0
            and words[k + 1][0] - words[k][1] == 1
        ):
            out[s0] = out[s0].upper()
    # sentence starts
    for m in re.finditer(r"(?:^|[.!?]\s+|\n\s*)([a-z])", text):
        out[m.start(1)] = out[m.start(1)].upper()
    return "".join(out)


@lru_cache(maxsize=20000)
def _is_place_name(words: tuple[str, ...]) -> bool:
    from dossier.resolve.geo_gazetteer import normalise_place_name, open_geo_gazetteer

    query = " ".join(words)
    if len(words) == 1 and (not words[0].isalpha() or zipf_frequency(words[0], "en") >= 4.3):
        return False
    min_pop = 5000 if len(words) > 1 else 20000
    for c in open_geo_gazetteer().candidates(query, fuzzy=False):
        if (
            normalise_place_name(c.name) == normalise_place_name(query)
            and (c.population or 0) >= min_pop
        ):
            return True
    return False


def _place_ngram(words: tuple[str, ...]) -> int:
    """How many of ``words`` (longest first, up to 3) form a known place name; 0 if none."""
    if not words or words[0] in {"of", "the", "de", "and", "a", "an", "in", "at", "on", "to"}:
        return 0
    for n in range(len(words), 0, -1):
        if words[n - 1] in {"of", "the", "de", "and"}:
            continue
        if _is_place_name(words[:n]):
            return n
    return 0


# --------------------------------------------------------------------------- annotation


@dataclass(frozen=True)
class Annotated:
    """One text annotated the way the pipeline does it (stages 4-6)."""

    doc: Doc
    actors: tuple[Actor, ...]
    places: tuple[PlaceMention, ...]
    timexes: tuple[Timex, ...]


def annotate_text(text: str, document_date: DateValue | None = None) -> Annotated:
    """Parse ``text`` and resolve its actors, places and timexes."""
    doc = build_nlp()(text)
    starts = [s.start_char for s in doc.sents]

    def sentence_of(i: int) -> int:
        return max(bisect_right(starts, i) - 1, 0)

    mentions = [
        Mention(
            e.start_char,
            e.end_char,
            e.text,
            e.label_,
            sentence_of(e.start_char),
            e.start_char,
            e.end_char,
            "gazetteer" if e.ent_id_ else "model",
            e.ent_id_ or None,
        )
        for e in doc.ents
        if e.label_ in _ENTITY_LABELS
    ]
    actors = resolve_actors(doc, mentions, sentence_of=sentence_of).actors
    places = resolve_places(doc, actor_countries=[a.country for a in actors if a.country])
    timexes = extract_timexes(text, document_date, doc)
    return Annotated(doc, tuple(actors), tuple(places), tuple(timexes))


# --------------------------------------------------------------------------- role mapping


@lru_cache(maxsize=1)
def _org_words() -> tuple[frozenset[str], frozenset[str]]:
    lexicon, orgs = _muc_data()
    names = {normalize(n) for o in orgs["organizations"] for n in o.get("names", [])}
    names |= {a.lower() for o in orgs["organizations"] for a in o.get("acronyms", [])}
    return frozenset(names), frozenset(lexicon.get("org_heads", []))


def _is_org(text: str, doc: Doc, span: tuple[int, int], actors: Sequence[Actor]) -> bool:
    names, heads = _org_words()
    norm = normalize(text)
    if norm in names:
        return True
    for a in actors:
        overlaps = any(
            m.start <= span[0] < m.end or span[0] <= m.start < span[1] for m in a.mentions
        )
        if a.type in _ORG_TYPES and overlaps and any(normalize(m.text) == norm for m in a.mentions):
            return True
    ent = doc.char_span(span[0], span[1], alignment_mode="expand")
    return bool(
        ent is not None
        and ent.ents
        and ent.ents[0].label_ == "ORG"
        and len(ent.ents[0]) == len(ent)
    )


def _org_inside(text: str, start: int, doc: Doc, actors: Sequence[Actor]) -> list[str]:
    """Organisation names inside a perpetrator phrase ("members of the fmln" → "fmln")."""
    names, _heads = _org_words()
    found = []
    for a in actors:
        if a.type not in _ORG_TYPES:
            continue
        for m in a.mentions:
            if start <= m.start and m.end <= start + len(text):
                found.append(doc.text[m.start : m.end])
    norm = normalize(text)
    for name in names:
        if len(name) > 2 and re.search(rf"\b{re.escape(name)}\b", norm) and name != norm:
            found.append(name)
    return found


@lru_cache(maxsize=1)
def _heads() -> dict[str, frozenset[str]]:
    lexicon, _orgs = _muc_data()
    return {
        name: frozenset(w for item in lexicon.get(name, []) for w in (item, item.split()[-1]))
        for name in (
            "perp_individual_heads",
            "target_heads",
            "person_heads",
            "weapons",
            "weak_weapons",
        )
    }


_PRONOUNS = {
    "he",
    "she",
    "it",
    "they",
    "them",
    "him",
    "her",
    "we",
    "i",
    "you",
    "who",
    "which",
    "that",
    "this",
    "these",
    "those",
    "one",
    "ones",
    "anyone",
    "someone",
    "everyone",
}


def _head_word(phrase: str) -> str:
    words = normalize(phrase).split()
    return words[-1] if words else ""


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _in(word: str, vocab: frozenset[str]) -> bool:
    return word in vocab or _singular(word) in vocab or word.replace("men", "man") in vocab


def _full_name(doc: Doc, actors: Sequence[Actor], span: tuple[int, int]) -> tuple[int, int] | None:
    """The fullest mention of the person named inside a phrase ("commander X Y" → "X Y Z")."""
    for ent in doc.ents:
        if ent.label_ == "PERSON" and span[0] <= ent.start_char and ent.end_char <= span[1]:
            best = (ent.start_char, ent.end_char)
            for a in actors:
                if a.type != "person":
                    continue
                if any(
                    m.start <= ent.start_char < m.end or ent.start_char <= m.start < ent.end_char
                    for m in a.mentions
                ):
                    longest = max(a.mentions, key=lambda m: m.end - m.start)
                    if longest.end - longest.start > best[1] - best[0]:
                        best = (longest.start, longest.end)
            return best
    return None


@lru_cache(maxsize=1)
def _weapon_regex() -> re.Pattern[str]:
    lexicon, _orgs = _muc_data()
    weak = set(lexicon.get("weak_weapons", []))
    strong = sorted((w for w in lexicon.get("weapons", []) if w not in weak), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in strong) + r")\b")


def _sentence_weapons(text: str, start: int, end: int) -> list[str]:
    """Weapon-lexicon phrases of an event's sentence ("a car bomb exploded")."""
    return [m.group(1) for m in _weapon_regex().finditer(text.lower(), start, end)]


def frames_to_roles(
    frames: Sequence[EventFrame], text: str, annotated: Annotated, keep_modalities: frozenset[str]
) -> RoleFillers:
    """Map ASSAULT frames to MUC role fillers (one mention per entity, deduplicated)."""
    roles: dict[str, list[str]] = {r: [] for r in ROLES}
    doc, actors = annotated.doc, annotated.actors
    heads = _heads()

    def add(role: str, mention: str) -> None:
        mention = mention.strip(" ,.;:'\"")
        norm = normalize(mention)
        if not norm or norm in _PRONOUNS or norm.split()[0] in _PRONOUNS:
            return
        if norm not in {normalize(m) for m in roles[role]}:
            roles[role].append(mention)

    for f in frames:
        if f.event.type != "ASSAULT" or f.event.modality not in keep_modalities:
            continue
        for s, e in f.perpetrators:
            phrase = text[s:e]
            head = _head_word(phrase)
            if _is_org(phrase, doc, (s, e), actors):
                add("PerpOrg", phrase)
            elif _in(head, heads["perp_individual_heads"]) or head in {"forces", "squads"}:
                add("PerpInd", phrase)
                for org in _org_inside(phrase, s, doc, actors):
                    add("PerpOrg", org)
        if f.event.responsibility_by:
            for a in actors:
                if a.key == f.event.responsibility_by and a.mentions:
                    m = a.mentions[0]
                    add("PerpOrg", text[m.start : m.end])
        for s, e in f.targets:
            phrase = text[s:e]
            if _in(_head_word(phrase), heads["target_heads"]):
                add("Target", phrase)
        for s, e in (*f.victims, *f.targets):
            name = _full_name(doc, actors, (s, e))
            if name and not _in(_head_word(text[s:e]), heads["target_heads"]):
                add("Victim", text[name[0] : name[1]])
        for s, e in f.weapons:
            add("Weapon", text[s:e])
        for mention in _sentence_weapons(text, f.event.anchor.start, f.event.anchor.end):
            add("Weapon", mention)
    return {role: [[m] for m in _dedupe_heads(ms)] for role, ms in roles.items()}


def _dedupe_heads(mentions: list[str]) -> list[str]:
    """Drop a mention whose words are all inside an earlier, longer one of the same head."""
    kept: list[str] = []
    for m in mentions:
        words = normalize(m).split()
        if not words:
            continue
        dup = False
        for k in kept:
            kw = normalize(k).split()
            if kw and kw[-1] == words[-1] and set(words) <= set(kw):
                dup = True
                break
        if not dup:
            kept.append(m)
    return kept


class DossierMucPredictor:
    """``predict(docid, text)`` for :func:`dossier.eval.muc4.run_muc4_eval`."""

    def __init__(
        self,
        use_truecase: bool = True,
        keep_modalities: Sequence[str] = ("asserted", "background", "negated"),
    ) -> None:
        self.use_truecase = use_truecase
        self.keep = frozenset(keep_modalities)
        self.rules = load_event_rules()

    def frames(
        self, text: str, document_date: DateValue | None = None
    ) -> tuple[list[EventFrame], Annotated]:
        """Annotate ``text`` (truecased if asked) and return its event frames."""
        cased = truecase(text) if self.use_truecase else text
        annotated = annotate_text(cased, document_date)
        frames = extract_event_frames(
            annotated.doc,
            annotated.actors,
            annotated.places,
            annotated.timexes,
            document_date,
            self.rules,
        )
        return frames, annotated

    def __call__(self, docid: str, text: str) -> RoleFillers:
        frames, annotated = self.frames(text)
        return frames_to_roles(frames, text, annotated, self.keep)


# --------------------------------------------------------------------------- dates and places


def _incident_date(frames: Sequence[EventFrame]) -> date | None:
    for f in frames:
        if f.event.type == "ASSAULT" and f.event.date is not None:
            m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", f.event.date.value)
            if m:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


def _incident_place(frames: Sequence[EventFrame], dateline_place: str | None) -> list[str]:
    for f in frames:
        if (
            f.event.type == "ASSAULT"
            and f.event.place is not None
            and f.event.place.place is not None
        ):
            p = f.event.place.place
            country = _country_name(p.country_code)
            return [country, p.name] if country and p.feature != "country" else [p.name]
    if dateline_place:
        m = re.match(r"^(.*?)\s*(?:\((.*)\))?$", dateline_place)
        if m:
            city, country = m.group(1), m.group(2)
            return [country, city] if country else [city]
    return []


def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    from dossier.resolve.geo_gazetteer import open_geo_gazetteer

    c = open_geo_gazetteer().country(code)
    return c.name if c else None


def run_dates(predictor: DossierMucPredictor) -> dict[str, float]:
    """Incident date and location accuracy on TST3/TST4 against the raw answer keys.

    The first dated ASSAULT of a message (datelines give the document date) is its incident;
    the score of a message is the best over its key templates; irrelevant messages are skipped.
    """
    from dossier.eval.muc4_raw import load_answer_keys, load_raw_texts, match_date, match_location

    texts = load_raw_texts(prefer_mixed_case=False)
    keys = load_answer_keys()
    n = 0
    date_total = place_total = 0.0
    for docid, templates in sorted(keys.items()):
        relevant = [t for t in templates if t.relevant]
        raw = texts.get(docid)
        if not relevant or raw is None:
            continue
        doc_date = DateValue(raw.date.isoformat(), "day") if raw.date else None
        frames, _ann = predictor.frames(raw.body.lower(), doc_date)
        pred_date = _incident_date(frames)
        pred_place = _incident_place(frames, raw.place)
        date_total += max(match_date(pred_date, t.date) for t in relevant)
        place_total += max(match_location(pred_place, t.location) for t in relevant)
        n += 1
    return {
        "date_acc": round(100 * date_total / n, 2) if n else 0.0,
        "location_acc": round(100 * place_total / n, 2) if n else 0.0,
        "n_docs": n,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: score Dossier's events on a MUC-4 split (see the module docstring)."""
    parser = argparse.ArgumentParser(
        prog="python3 -m dossier.eval.muc4_dossier", description=__doc__
    )
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--predictions", type=Path, default=None)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--no-truecase", action="store_true")
    parser.add_argument("--dates", action="store_true", help="incident date/location on TST3/TST4")
    args = parser.parse_args(argv)
    predictor = DossierMucPredictor(use_truecase=not args.no_truecase)
    if args.dates:
        figures = run_dates(predictor)
        sys.stdout.write(" ".join(f"{k}={v}" for k, v in figures.items()) + "\n")
        return 0
    result = run_muc4_eval(args.split, predictor, args.predictions, args.data)
    sys.stdout.write(format_figures(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
