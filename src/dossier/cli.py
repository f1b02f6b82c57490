"""The ``dossier`` command line: thin commands around library calls; the only place that prints."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dossier.errors import DossierError
from dossier.settings import Settings, load_settings

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)


def _settings(ctx: click.Context) -> Settings:
    return ctx.find_root().obj  # type: ignore[no-any-return]


def _open(settings: Settings):  # type: ignore[no-untyped-def]
    from dossier.store import open_store

    return open_store(settings.db)


def _fail(exc: Exception) -> None:
    err_console.print(f"[red]error:[/red] {exc}")
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=None,
    help="SQLite knowledge base to use (default ./dossier.db, or $DOSSIER_DB).",
)
@click.option(
    "--config",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="TOML settings file (default ./dossier.toml when present, or $DOSSIER_CONFIG).",
)
@click.version_option(package_name="dossier")
@click.pass_context
def main(ctx: click.Context, db: str | None, config: Path | None) -> None:
    """Dossier: turn reports on armed groups and political violence into a sourced knowledge
    base of documents, actors, places and dates, each tied to the sentence it came from.

    Start with `dossier ingest REPORTS/` then `dossier actors` and `dossier show actor NAME`.
    """
    global console, err_console
    # made per invocation so the width follows the terminal (or $COLUMNS) of this run
    console = Console(highlight=False)
    err_console = Console(stderr=True, highlight=False)
    try:
        settings = load_settings(config)
    except (ValueError, OSError) as exc:
        _fail(exc)
    ctx.obj = settings.override(db=db)


# -- ingest ---------------------------------------------------------------------------------


def _run_ingest(settings: Settings, paths: tuple[str, ...]) -> int:
    from dossier.pipeline import collect_paths, ingest

    files, _missing = collect_paths(paths)
    store = _open(settings)
    columns = (
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task("", total=len(files))

        def tick(path: str, status: str) -> None:
            progress.update(task, advance=1, description=f"{Path(path).name}: {status}")

        try:
            report = ingest(paths, store, settings, on_progress=tick)
        except KeyboardInterrupt:
            progress.stop()
            err_console.print(
                "[yellow]interrupted[/yellow]: documents finished so far are stored; "
                "run the same command again to complete the work."
            )
            return 130
        finally:
            store.close()
    parts = [
        f"{len(report.ingested)} ingested",
        f"{len(report.replaced)} replaced",
        f"{len(report.unchanged)} unchanged",
        f"{len(report.failed)} failed",
    ]
    console.print(", ".join(parts) + f"  → {settings.db}")
    for err in report.failed:
        err_console.print(f"[red]failed[/red] {err}")
    return 1 if report.failed else 0


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--max-file-mb", type=float, default=None, help="Refuse files larger than this.")
@click.option(
    "--workers", type=int, default=None, help="Worker processes (0 = one per core for big batches)."
)
@click.pass_context
def ingest_cmd(
    ctx: click.Context, paths: tuple[str, ...], max_file_mb: float | None, workers: int | None
) -> None:
    """Ingest report files: .txt, .md, .html/.htm and .pdf; directories (recursive) and globs.

    Unchanged files are skipped; a changed file replaces its old version. Bad files get one
    line each naming the file and the reason, the others are still ingested, and the exit
    code is 1 when any failed.
    """
    settings = _settings(ctx).override(max_file_mb=max_file_mb, workers=workers)
    sys.exit(_run_ingest(settings, paths))


# -- reading the knowledge base --------------------------------------------------------------


@main.command("actors")
@click.option("--type", "type_", default=None, help="Only actors of this type (e.g. armed_group).")
@click.option("--limit", type=int, default=100, show_default=True)
@click.pass_context
def actors_cmd(ctx: click.Context, type_: str | None, limit: int) -> None:
    """List actors, most mentioned first."""
    with _open(_settings(ctx)) as store:
        rows = [a for a in store.actors(type_) if a["n_mentions"] > 0][:limit]
    table = Table("name", "type", "docs", "mentions", "id")
    for a in rows:
        table.add_row(a["name"], a["type"], str(a["n_docs"]), str(a["n_mentions"]), a["key"])
    console.print(table)


@main.group("show")
def show_group() -> None:
    """Show one item of the knowledge base in detail."""


@show_group.command("actor")
@click.argument("name")
@click.option(
    "--context",
    "width",
    type=int,
    default=70,
    show_default=True,
    help="Characters of context around each mention.",
)
@click.pass_context
def show_actor_cmd(ctx: click.Context, name: str, width: int) -> None:
    """An actor by name, alias or id: aliases, type, documents and mentions in context."""
    with _open(_settings(ctx)) as store:
        found = store.find_actors(name)
        if not found:
            err_console.print(f"no actor named {name!r} (try `dossier actors`)")
            sys.exit(1)
        docs = {d["uid"]: d for d in store.documents()}
        for actor in found:
            aliases = store.actor_aliases(actor["id"])
            mentions = store.actor_mentions(actor["id"])
            console.rule(f"[bold]{actor['name']}[/bold]  ({actor['type']}, id {actor['key']})")
            if actor["parent_key"]:
                console.print(f"parent: {actor['parent_key']}")
            if actor["member_of_key"]:
                console.print(f"member of: {actor['member_of_key']}")
            if actor["wikidata"]:
                console.print(f"wikidata: {actor['wikidata']}")
            console.print("aliases: " + "; ".join(a for a in aliases if a != actor["name"]))
            events = store.events(actor=actor["key"])
            if events:
                console.print(f"\n[bold]events ({len(events)})[/bold]")
                for e in events:
                    console.print("  " + _event_line(e), markup=False)
            rels = [
                r
                for r in store.relations()
                if actor["key"] in (r["subject_key"], r["object_actor_key"])
            ]
            if rels:
                console.print(f"\n[bold]relations ({len(rels)})[/bold]")
                for r in rels:
                    obj = r["object_actor_name"] or r["object_place_name"]
                    console.print(
                        f"  {r['subject_name']} {r['predicate']} {obj} ({r['certainty']})",
                        markup=False,
                    )
            by_doc: dict[str, list[dict[str, Any]]] = {}
            for m in mentions:
                by_doc.setdefault(m["document"], []).append(m)
            for uid, ms in by_doc.items():
                doc = docs[uid]
                console.print(f"\n[bold]{doc['title'] or doc['path']}[/bold]  {doc['path']}")
                text = doc["text"]
                for m in ms:
                    left = text[max(0, m["start"] - width) : m["start"]].replace("\n", " ")
                    right = text[m["end"] : m["end"] + width].replace("\n", " ")
                    console.print(
                        f"  [{m['start']}:{m['end']}] …{left}[reverse]{m['text']}[/reverse]"
                        f"{right}…",
                        soft_wrap=True,
                        markup=True,
                    )


def _event_line(e: dict[str, Any]) -> str:
    date = json.loads(e["date"]) if e["date"] else None
    if date:
        # a period told as two expressions ("between October 2023 and November 2024")
        until = f"..{date['end_value']}" if date.get("end_value") else ""
        when = f"{date['value']}{until} ({date['precision']})"
    else:
        when = "undated"
    who = ", ".join(f"{a['name']} [{a['role']}]" for a in e["actors"]) or "—"
    where = " and ".join(
        [e["place_name"] or "—", *(p["name"] for p in e.get("other_places") or ())]
    )
    dead = json.loads(e["fatalities"]) if e["fatalities"] else None
    extra = f"; fatalities {dead['text']}" if dead else ""
    mode = f"/{e['mode']}" if e["mode"] else ""
    flag = "" if e["modality"] == "asserted" else f" ({e['modality']})"
    return f"{when:<22} {e['type']}{mode}{flag} — {who} — at {where}{extra}"


@main.command("events")
@click.option("--actor", default=None, help="Only events involving this actor (name, alias, id).")
@click.option("--type", "type_", default=None, help="Only this event type (e.g. ASSAULT).")
@click.option("--from", "date_from", default=None, help="From this date (YYYY, YYYY-MM, ...).")
@click.option("--to", "date_to", default=None, help="Up to this date (inclusive prefix).")
@click.option("--place", default=None, help="Only events at this place (name or id).")
@click.option(
    "--quotes/--no-quotes",
    default=True,
    show_default=True,
    help="Print the sentence each event comes from.",
)
@click.pass_context
def events_cmd(
    ctx: click.Context,
    actor: str | None,
    type_: str | None,
    date_from: str | None,
    date_to: str | None,
    place: str | None,
    quotes: bool,
) -> None:
    """List events (attacks, strikes, clashes, accusations, releases...), oldest first."""
    with _open(_settings(ctx)) as store:
        rows = store.events(
            actor=actor, type_=type_, date_from=date_from, date_to=date_to, place=place
        )
    for e in rows:
        console.print(_event_line(e), markup=False)
        if quotes:
            console.print(
                f"    “{' '.join(e['quote'].split())}”  [{e['path']}]", markup=False, style="dim"
            )
    if not rows:
        console.print("no events match")


@main.command("search")
@click.argument("query")
@click.option("--limit", type=int, default=20, show_default=True)
@click.pass_context
def search_cmd(ctx: click.Context, query: str, limit: int) -> None:
    """Full-text search over the ingested documents (SQLite FTS5 query syntax)."""
    try:
        with _open(_settings(ctx)) as store:
            hits = store.search(query, limit)
    except DossierError as exc:
        _fail(exc)
    for h in hits:
        console.print(f"[bold]{h['title'] or h['path']}[/bold]  {h['path']}\n  {h['snippet']}")
    if not hits:
        console.print("no match")


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write here instead of standard output.",
)
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, output: str | None) -> None:
    """Export the knowledge base (JSON export format version 1)."""
    from dossier.export import export

    with _open(_settings(ctx)) as store:
        if output:
            tmp = Path(output + ".tmp")
            with tmp.open("w", encoding="utf-8") as fh:
                export(store, fmt, fh)
            tmp.replace(output)
            err_console.print(f"wrote {output}")
        else:
            export(store, fmt, sys.stdout)


# -- demo and doctor --------------------------------------------------------------------------


def find_examples() -> Path | None:
    """The project's example reports: ./examples, or the one beside the source checkout."""
    here = Path(__file__).resolve()
    for candidate in (Path.cwd() / "examples", here.parents[2] / "examples"):
        if candidate.is_dir() and any(candidate.iterdir()):
            return candidate
    return None


@main.command("demo")
@click.option(
    "--db",
    "demo_db",
    default="dossier-demo.db",
    show_default=True,
    help="Where the demo knowledge base is written.",
)
@click.pass_context
def demo_cmd(ctx: click.Context, demo_db: str) -> None:
    """Ingest the project's example reports and print what Dossier found in them."""
    examples = find_examples()
    if examples is None:
        _fail(DossierError("examples/ not found: run the demo from the project checkout"))
        return
    settings = _settings(ctx).override(db=demo_db)
    console.print(f"Ingesting the example reports in {examples} …")
    code = _run_ingest(settings, (str(examples),))
    with _open(settings) as store:
        docs = Table("title", "section", "published", "source", "author", "lang", title="Documents")
        for d in store.documents():
            published = d["published"] or "—"
            if d["published"]:
                published += f" ({d['published_precision']})"
            elif d["date_reference"]:
                # not a publication date: what the document's year-less dates were read against
                published += (
                    f" (dates read as of {d['date_reference']}, {d['date_reference_basis']})"
                )
            docs.add_row(
                d["title"] or d["path"],
                d["section"] or "",
                published,
                d["source"] or "",
                d["author"] or "",
                d["language"] or "",
            )
        console.print(docs)
        actors = Table("actor", "type", "docs", "mentions", "named as", title="Actors")
        for a in [a for a in store.actors() if a["n_mentions"]][:25]:
            seen = [x for x in store.actor_surface_forms(a["id"]) if x != a["name"]]
            actors.add_row(
                a["name"],
                a["type"],
                str(a["n_docs"]),
                str(a["n_mentions"]),
                "; ".join(seen[:6]) + (" …" if len(seen) > 6 else ""),
            )
        console.print(actors)
        places = Table("place", "feature", "country", "lat", "lon", title="Places")
        for p in store.places()[:20]:
            lat = f"{p['latitude']:.3f}" if p["latitude"] is not None else "—"
            lon = f"{p['longitude']:.3f}" if p["longitude"] is not None else "—"
            places.add_row(p["name"], p["feature"] or "", p["country_code"] or "", lat, lon)
        console.print(places)
        events = store.events()
        if events:
            console.print("[bold]Events[/bold]")
            for e in events:
                console.print("  " + _event_line(e), markup=False)
        counts = store.counts()
    console.print(
        f"{counts['documents']} documents, {counts['actors']} actors, {counts['places']} places, "
        f"{counts['timexes']} dates, {counts['events']} events, {counts['relations']} relations, "
        f"{counts['claims']} claims, {counts['quantities']} quantities in {settings.db}. Try: dossier --db {settings.db} show actor "
        "<name>"
    )
    sys.exit(code)


@main.command("doctor")
@click.pass_context
def doctor_cmd(ctx: click.Context) -> None:
    """Check that the model and data are present, and print their versions."""
    from dossier.doctor import run_checks

    ok = True
    for check in run_checks(_settings(ctx)):
        mark = "[green]ok[/green]" if check.ok else "[red]FAIL[/red]"
        ok = ok and check.ok
        console.print(f"{mark}  {check.name}: {check.detail}")
    sys.exit(0 if ok else 1)


# -- evaluation -------------------------------------------------------------------------------


@main.group("eval")
def eval_group() -> None:
    """Measure accuracy against gold data (each command ends with a line of name=value)."""


def _print_eval(figures_text: str) -> None:
    console.print(figures_text, markup=False, highlight=False, soft_wrap=True)


@eval_group.command("ner")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Only the first N documents.")
@click.option(
    "--split",
    type=click.Choice(["all", "dev", "test"]),
    default="all",
    show_default=True,
    help="Documents of this fixed split (by a hash of their id).",
)
def eval_ner_cmd(directory: Path, limit: int | None, split: str) -> None:
    """Entity tagging P/R/F1 against re3d (Dossier beside plain en_core_web_sm)."""
    from dossier.eval.re3d import format_report, run_re3d_eval

    try:
        report = run_re3d_eval(directory, limit=limit, split=split)
    except DossierError as exc:
        _fail(exc)
    _print_eval(format_report(report))


@eval_group.command("geoparsing")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--oracle", is_flag=True, help="Resolve the gold spans instead of tagging.")
@click.option(
    "--predictions",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write predictions here (JSON lines).",
)
@click.option("--limit", type=int, default=None, help="Only the first N documents.")
def eval_geoparsing_cmd(
    path: Path, oracle: bool, predictions: Path | None, limit: int | None
) -> None:
    """Geocoding accuracy (acc@161km, AUC, error km) on a geoparsing corpus (.jsonl)."""
    from dossier.eval.geoparsing import format_figures, run_geoparsing_eval

    figs = run_geoparsing_eval(
        path, oracle=oracle, predictions=predictions, limit=limit, progress=True
    )
    _print_eval(format_figures(figs))


@eval_group.command("muc4")
@click.option(
    "--split",
    type=click.Choice(["dev", "test"]),
    default="dev",
    show_default=True,
    help="dev (TST1+TST2) to develop; test (TST3+TST4) only to report.",
)
@click.option(
    "--predictions",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the role fillers predicted per document here (JSON).",
)
@click.option(
    "--gold-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Score on this file in the grit_rolefill JSON-lines format instead of --split "
    "(e.g. GRIT's train split of the MUC-3 training texts, which ../shared does not hold).",
)
@click.option(
    "--every",
    type=int,
    default=1,
    show_default=True,
    help="With --gold-file: keep only documents whose line index is --offset modulo this.",
)
@click.option("--offset", type=int, default=0, show_default=True, help="See --every.")
def eval_muc4_cmd(
    split: str, predictions: Path | None, gold_file: Path | None, every: int, offset: int
) -> None:
    """MUC-4 role-filler extraction (CEAF-REE, phi-strict) through Dossier's events.

    To develop without wearing out dev, score a fixed slice of the training texts and check
    on another: "--gold-file train.json --every 6 --offset 0", then "--offset 3"."""
    from dossier.eval.muc4_dossier import run

    try:
        report = run(split, predictions, True, gold_file, every, offset)
    except ValueError as err:
        raise click.ClickException(str(err)) from err
    _print_eval(report)


@eval_group.command("wikievents")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None, help="Only the first N documents.")
def eval_wikievents_cmd(path: Path, limit: int | None) -> None:
    """WikiEvents: event and argument F1 end to end (no gold triggers; not comparable with
    published gold-trigger figures)."""
    from dossier.eval.wikievents import format_figures, run_wikievents_eval

    _print_eval(format_figures(run_wikievents_eval(path, limit=limit, progress=True)))


@eval_group.command("timex")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
def eval_timex_cmd(directory: Path) -> None:
    """TempEval-3 Task A: time expression spans and values on TimeML files."""
    from dossier.eval.timex import format_figures, run_timex_eval

    _print_eval(format_figures(run_timex_eval(directory, progress=True)))


@eval_group.command("analyst")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--details", is_flag=True, help="List every miss, spurious item and wrong field.")
@click.option("--check", is_flag=True, help="Only validate the gold files; run no extraction.")
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write every count, figure and detail here.",
)
def eval_analyst_cmd(
    paths: tuple[Path, ...], details: bool, check: bool, json_path: Path | None
) -> None:
    """Analyst-coded reports: P/R/F1 of events, relations, claims, quantities and actors
    against the *.gold.yaml files named or found under the folders named."""
    from dossier.eval.analyst import run_analyst_eval
    from dossier.eval.analyst_gold import load_golds
    from dossier.eval.analyst_report import format_report, write_json

    # scoring tolerates quotes the report's text lacks (they count as missed): an older
    # reader that dropped text can be scored on the same golds; --check stays strict
    lost: list[str] = []
    golds, errors = load_golds(list(paths), strict=check, lost=lost)
    for line in errors + lost:
        err_console.print(line, markup=False, highlight=False, soft_wrap=True)
    if check:
        for g in golds:
            _print_eval(f"{g.path}: OK {g.counts}")
        _print_eval(f"golds_ok={len(golds)} errors={len(errors)}")
    if errors:
        sys.exit(2)
    if check:
        return
    scores = run_analyst_eval(
        golds, progress=lambda line: err_console.print(line, markup=False, soft_wrap=True)
    )
    if json_path is not None:
        write_json(scores, json_path)
    _print_eval(format_report(scores, details=details))
