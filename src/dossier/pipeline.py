"""One readable pipeline: read → clean → metadata → annotate → resolve → (store).

``process_file()`` turns one file into a :class:`~dossier.records.Document` without touching
storage; ``ingest()`` runs it over many files (in worker processes for large batches) and
writes each document in its own transaction.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.tokens import Doc

from dossier.clean import clean_text, preload_word_frequencies
from dossier.errors import DossierError, InputError
from dossier.extract.claims import extract_claims
from dossier.extract.events import extract_events
from dossier.extract.quantities import extract_quantities
from dossier.extract.relation_events import event_relations
from dossier.extract.relation_patterns import load_patterns, pattern_probe
from dossier.extract.relations import extract_relations
from dossier.language import foreign_stretches
from dossier.metadata import extract_metadata
from dossier.nlp import build_nlp
from dossier.nlp.text import doc_ents, doc_sentences, doc_text, freeze_sentences
from dossier.read import read_file
from dossier.records import (
    Actor,
    CleanedText,
    DateValue,
    Document,
    Mention,
    PlaceMention,
    RawDocument,
    Sentence,
    Timex,
)
from dossier.resolve.actors import preload_english_words, resolve_actors
from dossier.resolve.geo_gazetteer import normalise_place_name
from dossier.resolve.places import is_known_place, place_spans, resolve_places
from dossier.resolve.states import acting_states, national_forces
from dossier.resolve.timex import extract_timexes, parse_dateline
from dossier.settings import Settings
from dossier.sources import credited_names
from dossier.store import SQLiteStore

SUPPORTED_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}
# spaCy labels kept as mentions; numbers and ordinals are left to the quantity extractor
MENTION_LABELS = {
    "PERSON",
    "ORG",
    "NORP",
    "GPE",
    "LOC",
    "FAC",
    "DATE",
    "TIME",
    "EVENT",
    "LAW",
    "PRODUCT",
    "WORK_OF_ART",
    "LANGUAGE",
}
_LEADING = ("the ", "The ", "THE ")
_TRAILING = ("'s", "’s", "'", "’")
_STRIP = ' \t\n.,;:!?"“”‘’()[]-–—'


# -- 1. read, 2. clean, 3. metadata happen in their modules; this file wires them. ---------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article, a possessive and stray punctuation from an entity span."""
    changed = True
    while changed and end > start:
        changed = False
        span = text[start:end]
        for lead in _LEADING:
            if span.startswith(lead) and end - start > len(lead) + 1:
                start += len(lead)
                changed = True
        span = text[start:end]
        for trail in _TRAILING:
            if span.endswith(trail) and end - start > len(trail) + 1:
                end -= len(trail)
                changed = True
        while end > start and text[start] in _STRIP:
            start += 1
            changed = True
        while end > start and text[end - 1] in _STRIP and not _closes_inner(text, start, end):
            end -= 1
            changed = True
    return start, end


def _closes_inner(text: str, start: int, end: int) -> bool:
    """The span's last character closes a bracket opened inside it: "UNLF(P)" keeps its ")"."""
    closing = text[end - 1]
    opening = {")": "(", "]": "["}.get(closing)
    return opening is not None and text.count(opening, start, end - 1) > text.count(
        closing, start, end - 1
    )


def sentence_spans(doc: Doc) -> tuple[Sentence, ...]:
    return tuple(Sentence(s.start_char, s.end_char) for s in doc_sentences(doc))


def entity_mentions(doc: Doc, cleaned: CleanedText, sentences: Sequence[Sentence]) -> list[Mention]:
    """Every entity the pipeline tagged, trimmed, with both sets of offsets."""
    starts = [s.start for s in sentences]
    mentions: list[Mention] = []
    for ent in doc_ents(doc):
        if ent.label_ not in MENTION_LABELS:
            continue
        start, end = _trim(doc_text(doc), ent.start_char, ent.end_char)
        if end <= start:
            continue
        o_start, o_end = cleaned.to_original(start, end)
        mentions.append(
            Mention(
                start=start,
                end=end,
                text=doc_text(doc)[start:end],
                label=ent.label_,
                sentence=max(bisect_right(starts, start) - 1, 0),
                orig_start=o_start,
                orig_end=o_end,
                source="gazetteer" if ent.ent_id_ else "model",
                gazetteer_id=ent.ent_id_ or None,
            )
        )
    return mentions


@dataclass(frozen=True)
class Resolved:
    """What stage 6 makes of a parsed document: its mentions, actors, places and dates."""

    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    actors: tuple[Actor, ...]
    places: tuple[PlaceMention, ...]
    timexes: tuple[Timex, ...]


def resolve_document(
    doc: Doc,
    cleaned: CleanedText,
    document_date: DateValue | None,
    language: str | None = None,
    publisher: Sequence[str] = (),
) -> Resolved:
    """Stage 6 on a parsed document: entity mentions, actors (with the states and national
    forces that act), places and temporal expressions. The ingest pipeline, the MUC-4
    evaluation and the tests all annotate through this one function. ``language`` is the
    document's language: words quoted in another one name no actor and no place.
    ``publisher``: the names of the report's publisher and authors, which are no actors of
    the story."""
    freeze_sentences(doc)  # parsing is done: the stages below walk the sentences from here
    sentences = sentence_spans(doc)
    starts = [s.start for s in sentences]

    def sentence_of(i: int) -> int:
        return max(bisect_right(starts, i) - 1, 0)

    mentions = entity_mentions(doc, cleaned, sentences)
    spans = place_spans(doc)
    foreign = foreign_stretches(doc_text(doc), language)
    if foreign:
        # the English model reads a French quote's "du matin" as a person
        mentions = [m for m in mentions if not _within(m.start, m.end, foreign)]
        spans = [s for s in spans if not _within(s.start_char, s.end_char, foreign)]
    # a name the text makes a place anywhere ("police stations in Mocímboa da Praia") is no
    # person or organisation where the model tagged it so ("Five Years After Mocímboa da Praia")
    place_names = {normalise_place_name(s.text) for s in spans}
    resolution = resolve_actors(
        doc,
        mentions,
        is_place=lambda m: (
            normalise_place_name(m.text) in place_names
            or is_known_place(m.text, doc_text(doc)[max(0, m.start - 20) : m.start])
        ),
        sentence_of=sentence_of,
        states=[*acting_states(doc, starts), *national_forces(doc, starts)],
        publisher=publisher,
    )
    actors = tuple(_with_orig_offsets(a, cleaned) for a in resolution.actors)
    places = resolve_places(
        doc, actor_countries=[a.country for a in actors if a.country], spans=spans
    )
    timexes = extract_timexes(cleaned.text, document_date, doc)
    return Resolved(sentences, tuple(mentions), actors, tuple(places), tuple(timexes))


def _within(start: int, end: int, stretches: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in stretches)


def annotate(raw: RawDocument, doc: Doc, cleaned: CleanedText) -> Document:
    """Stages 3 and 5–7 on an annotated spaCy doc: metadata, mentions, actors, places, time,
    then the facts (claims, relations, quantities, events)."""
    metadata = extract_metadata(cleaned.text, raw.file_metadata, original=cleaned.original)
    if metadata.published is None:
        # a wire dateline ("BAMAKO, June 19, 2023 (Reuters) -") dates the report
        metadata = replace(metadata, published=parse_dateline(cleaned.text))
    # (s22) a report that states no publication date is read against the date its text
    # implies; a year alone tells its events no news window (they take their latest day)
    reference = metadata.reference
    document_date = metadata.published or reference
    inferred_year = reference is not None and reference.precision == "year"
    news_date = metadata.published or (None if inferred_year else reference)
    resolved = resolve_document(
        doc,
        cleaned,
        document_date,
        metadata.language,
        publisher=credited_names(metadata.source_original, metadata.source, metadata.author),
    )
    actors, places, timexes = resolved.actors, resolved.places, resolved.timexes
    # 7. extract: facts read the annotations above; claims first, so relations stated
    # inside a claim are marked as reported
    # the author's own judgements ("we assess", "almost certainly") are the publisher's
    claims = extract_claims(doc, actors, places, publisher=metadata.source)
    # (s16) every stated toll of an incident is a quantity too, beside its event's fatalities;
    # (s25) read before the relations, which place a group where its strength puts its men
    quantities = extract_quantities(doc, actors, timexes)
    relations = extract_relations(
        doc, actors, places, timexes, claims=claims, quantities=quantities
    )
    events = extract_events(doc, actors, places, timexes, news_date)
    # (s15) the hostilities and areas of operations the events state and the text does not
    relations.extend(event_relations(events, actors, relations, places))
    return Document(
        path=raw.path,
        content_hash=raw.content_hash,
        format=raw.format,
        original_text=cleaned.original,
        text=cleaned.text,
        offsets=cleaned.offsets,
        metadata=metadata,
        sentences=resolved.sentences,
        mentions=resolved.mentions,
        actors=actors,
        places=places,
        timexes=timexes,
        events=tuple(events),
        relations=tuple(relations),
        claims=tuple(claims),
        quantities=tuple(quantities),
    )


def _with_orig_offsets(actor: Actor, cleaned: CleanedText) -> Actor:
    """Fill original offsets of mentions that resolution added (acronyms, stripped roles)."""
    fixed = []
    for m in actor.mentions:
        o_start, o_end = cleaned.to_original(m.start, m.end)
        fixed.append(replace(m, orig_start=o_start, orig_end=o_end))
    return replace(actor, mentions=tuple(fixed))


def process_file(path: Path, settings: Settings) -> Document:
    """Read, clean and annotate one file (no storage). Raises InputError on bad input."""
    raw = read_file(path, settings.max_bytes)
    return process_raw(raw)


def process_raw(raw: RawDocument) -> Document:
    cleaned = clean_text(raw.text, markdown=raw.format == "markdown")
    doc = build_nlp()(cleaned.text)
    return annotate(raw, doc, cleaned)


# -- collecting inputs --------------------------------------------------------------------


def collect_paths(inputs: Iterable[str]) -> tuple[list[Path], list[InputError]]:
    """Expand files, directories (recursive) and globs into a sorted list of files."""
    import glob

    found: list[Path] = []
    errors: list[InputError] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
        elif path.exists():
            found.append(path)
        elif any(c in item for c in "*?["):
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True))
            files = [p for p in matches if p.is_file()]
            if not files:
                errors.append(InputError(item, "no file matches this pattern"))
            found.extend(files)
        else:
            errors.append(InputError(item, "no such file or directory"))
    seen: set[Path] = set()
    unique = []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique, errors


# -- ingest ---------------------------------------------------------------------------------


@dataclass
class IngestReport:
    ingested: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(frozen=True)
class _Outcome:
    path: str
    document: Document | None
    error: InputError | None


def _failure(path: str, exc: Exception) -> _Outcome:
    if isinstance(exc, InputError):
        return _Outcome(path, None, exc)
    if isinstance(exc, DossierError):
        return _Outcome(path, None, InputError(path, str(exc)))
    # a bug on one document must not stop the others
    reason = f"internal error while processing ({type(exc).__name__}: {exc}); please report"
    return _Outcome(path, None, InputError(path, reason))


def _work(args: tuple[list[str], int]) -> list[_Outcome]:
    """Process a batch of files: read and clean each, run spaCy over the batch, annotate each.

    Batching lets spaCy's ``nlp.pipe`` share work across documents, as a bare spaCy pass does.
    """
    paths, max_bytes = args
    if _batches_done.get(os.getpid()) == 1:
        _freeze_heap()
    outcomes: dict[str, _Outcome] = {}
    ready: list[tuple[str, RawDocument, CleanedText]] = []
    for path in paths:
        try:
            raw = read_file(Path(path), max_bytes)
            ready.append((path, raw, clean_text(raw.text, markdown=raw.format == "markdown")))
        except Exception as exc:
            outcomes[path] = _failure(path, exc)
    nlp = build_nlp()
    docs = nlp.pipe((cleaned.text for _, _, cleaned in ready), batch_size=len(ready) or 1)
    for (path, raw, cleaned), doc in zip(ready, docs, strict=True):
        try:
            outcomes[path] = _Outcome(path, annotate(raw, doc, cleaned), None)
        except Exception as exc:
            outcomes[path] = _failure(path, exc)
    _batches_done[os.getpid()] = _batches_done.get(os.getpid(), 0) + 1
    return [outcomes[p] for p in paths]


# batches this process has annotated (by process id: a forked worker starts with none)
_batches_done: dict[int, int] = {}


def _freeze_heap() -> None:
    """Put every object alive now out of the garbage collector's reach: the model, the
    gazetteers, lexicons and compiled patterns that the first batch loaded, all kept to the
    end. Its full collections then walk only what the documents allocate (they walked the
    whole heap: ~1% of a worker's time). An object that loses its last reference later is
    still freed; only a cycle among them would stay."""
    gc.collect()
    gc.freeze()


def _worker_init() -> None:
    build_nlp()


def _preload() -> None:
    """Build the pipeline, the relation patterns, the word-frequency table and the table of
    English words once, in this process: workers forked from it start with them (and share
    their memory) instead of each building its own."""
    build_nlp()
    pattern_probe(load_patterns())
    preload_word_frequencies()
    preload_english_words()


def _workers(settings: Settings, n_files: int) -> int:
    if settings.workers > 0:
        return settings.workers
    # worker start-up costs a model load; only worth it for larger batches
    return min(os.cpu_count() or 1, 2) if n_files >= 8 else 1


def ingest(
    inputs: Iterable[str],
    store: SQLiteStore,
    settings: Settings,
    on_progress: Callable[[str, str], None] | None = None,
) -> IngestReport:
    """Ingest files into ``store``. ``on_progress(path, status)`` is called once per file.

    Unchanged files (same path, same content hash) are skipped; a changed file replaces its
    old version and everything derived from it; bad files are reported, never fatal.
    """
    report = IngestReport()
    paths, errors = collect_paths(inputs)
    report.failed.extend(errors)
    todo: list[str] = []
    for p in paths:
        key = str(p)
        try:
            content_hash = _hash_file(p)
        except OSError as exc:
            report.failed.append(InputError(key, f"cannot read ({exc.strerror or exc})"))
            if on_progress:
                on_progress(key, "failed")
            continue
        stored = store.document_by_path(key)
        if stored and stored.content_hash == content_hash:
            report.unchanged.append(key)
            if on_progress:
                on_progress(key, "unchanged")
            continue
        same = store.document_by_hash(content_hash)
        if same and same.path != key and Path(same.path).exists():
            report.unchanged.append(key)
            if on_progress:
                on_progress(key, f"unchanged (same content as {same.path})")
            continue
        todo.append(key)

    for outcome in _run(todo, settings):
        if outcome.error is not None or outcome.document is None:
            report.failed.append(outcome.error or InputError(outcome.path, "not processed"))
            status = "failed"
        else:
            replaced = store.document_by_path(outcome.path) is not None
            store.write_document(outcome.document)
            (report.replaced if replaced else report.ingested).append(outcome.path)
            status = "replaced" if replaced else "ingested"
        if on_progress:
            on_progress(outcome.path, status)
    return report


BATCH_SIZE = 16  # most files per worker task: nlp.pipe runs ~10% faster on 16 than on 8
MIN_BATCH_SIZE = 4


def batch_sizes(n_files: int, n_workers: int) -> list[int]:
    """Files per task: large batches first, smaller ones towards the end ("guided" scheduling),
    so that no worker is left with a long batch while the others have finished."""
    sizes: list[int] = []
    left = n_files
    while left > 0:
        size = BATCH_SIZE
        if n_workers > 1:
            size = max(MIN_BATCH_SIZE, min(BATCH_SIZE, left // (2 * n_workers)))
        size = min(size, left)
        sizes.append(size)
        left -= size
    return sizes


def _run(paths: list[str], settings: Settings) -> Iterator[_Outcome]:
    n = _workers(settings, len(paths))
    batches: list[tuple[list[str], int]] = []
    start = 0
    for size in batch_sizes(len(paths), n):
        batches.append((paths[start : start + size], settings.max_bytes))
        start += size
    if n <= 1 or len(paths) < 2:
        for batch in batches:
            yield from _work(batch)
        return
    if multiprocessing.get_start_method() == "fork":
        _preload()
        # what the workers inherit stays out of their collections (and unwritten: shared)
        _freeze_heap()
    with ProcessPoolExecutor(max_workers=n, initializer=_worker_init) as pool:
        for outcomes in pool.map(_work, batches, chunksize=1):
            yield from outcomes


def _hash_file(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
