"""Event dates (h5, s14): "hours after the ambush" counted from the day the ambush was told
(not from a month another sentence gives), a weekend made the day a following sentence
gives, a date closing a relative clause of accusation dating the main clause's deed, and
event dates carrying no time of day. Each text was written for this test."""

from __future__ import annotations

from pathlib import Path

from report_docs import text_events

from dossier.pipeline import process_file
from dossier.records import DateValue, Document, Event
from dossier.resolve.timex import extract_timexes
from dossier.settings import Settings


def _doc(tmp_path: Path, name: str, body: str) -> Document:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return process_file(path, Settings())


def _assaults(events: list[Event] | tuple[Event, ...]) -> list[Event]:
    return [e for e in events if e.type == "ASSAULT"]


def test_hours_after_the_ambush_is_the_ambush_day() -> None:
    text = (
        "KAMPALA, May 6 (Reuters) - Rebels ambushed an army patrol in western Uganda on "
        "Monday, killing three soldiers, officials said.\n\n"
        "A regional monitoring force left the area in June 2023 after two years.\n\n"
        "Hours after the ambush, gunmen attacked a school near Kisoro, residents said.\n"
    )
    found = {t.text: t.value for t in extract_timexes(text, DateValue("2024-05-08", "day"))}
    assert found["Hours after"] == "2024-05-06"


def test_hours_after_the_ambush_skips_the_dateline_of_its_story() -> None:
    text = (
        "Weekly desk digest, Friday 10 May 2024\n\n"
        "BENI, Congo, May 9 (Reuters) - Militiamen ambushed a supply convoy near Oicha on "
        "Tuesday, a local official said.\n\n"
        "Peacekeepers have patrolled the road since March 2022.\n\n"
        "Hours after the ambush, fighters burned a health post in Mamove, residents said.\n"
    )
    found = {t.text: t.value for t in extract_timexes(text, DateValue("2024-05-10", "day"))}
    assert found["Hours after"] == "2024-05-07"
    evs = _assaults(text_events(text, "2024-05-10"))
    burned = [e for e in evs if "health post" in e.anchor.quote]
    assert burned and burned[0].date is not None and burned[0].date.value == "2024-05-07"
    assert burned[0].modality == "asserted"


_WEEKEND_RAID = (
    "GOMA, Congo, June 10{year} (Reuters) - Rebels killed at least six farmers and burned a "
    "clinic during a raid on a village in eastern Congo over the weekend, the army said "
    "on Monday.\n\n"
    "The gunmen stormed Kibirizi, a village in Rutshuru territory, late on Saturday, an "
    "army spokesman told reporters in Goma.\n"
)


def test_a_weekend_raid_takes_the_day_the_next_sentence_gives(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "wire.txt", _WEEKEND_RAID.format(year=", 2024"))
    raids = _assaults(doc.events)
    assert raids and raids[0].date is not None, doc.events
    assert raids[0].date.value == "2024-06-08" and raids[0].date.precision == "day"
    # a dateline with no year: the Saturday of an unknown week, still not the weekend
    doc = _doc(tmp_path, "wire2.txt", _WEEKEND_RAID.format(year=""))
    raids = _assaults(doc.events)
    assert raids and raids[0].date is not None, doc.events
    assert raids[0].date.value == "XXXX-WXX-6"


def test_a_date_closing_an_accusation_clause_dates_the_offensive() -> None:
    evs = text_events(
        "The militia launched an offensive against the 5th Battalion and against farmers it "
        "accused of collaborating with the rebels on March 4, killing at least 30 people, "
        "according to local officials.",
        "2024-05-01",
    )
    offensive = [e for e in _assaults(evs) if e.fatalities is not None]
    assert offensive and offensive[0].date is not None
    assert offensive[0].date.value == "2024-03-04"
    # a deed told in the relative clause keeps its own date
    evs = text_events(
        "Soldiers raided a farm in Butembo, the town where the rebels abducted a priest in "
        "January 2023, and seized 12 rifles.",
        "2024-05-01",
    )
    assert not any(
        e.date is not None and e.date.value == "2023-01" and "raided" in e.anchor.quote
        for e in evs
        if e.type != "ASSAULT" or e.mode != "abduct"
    )


def test_an_event_date_has_no_time_of_day() -> None:
    evs = text_events(
        "On Tuesday a drone struck a fuel depot in Kismayo. The strike hit shortly after "
        "10 a.m., killing two guards, port officials said.",
        "2024-05-09",
    )
    strikes = [e for e in _assaults(evs) if e.date is not None]
    assert strikes
    assert all("T" not in e.date.value for e in strikes if e.date is not None)
    assert any(e.date is not None and e.date.value == "2024-05-07" for e in strikes)


_PACK = (
    "Horn of Africa wire pack\n\n"
    "Compiled on 15 June 2024 by the Nairobi desk.\n\n"
    "---\n\n"
    "### Militants storm police post in Mandera\n\n"
    "MANDERA, Kenya, June 10 (Reuters) - Militants stormed a police post near the Somali "
    "border on Sunday, killing two officers, police said.\n\n"
    "---\n\n"
    "### Gunmen attack bus in Lamu\n\n"
    "LAMU, June 5 (AFP) - Gunmen attacked a passenger bus near Mpeketoni on Monday, "
    "killing three travellers, officials said.\n\n"
    "---\n\n"
    "## Desk notes - this week\n\n"
    "- **Tuesday** - Suspected militants abducted two teachers near Wajir.\n"
)


def test_a_compiler_line_naming_the_compiler_dates_the_pack(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "pack.md", _PACK)
    assert doc.metadata.published == DateValue("2024-06-15", "day")


def test_each_story_counts_its_weekdays_from_its_own_dateline(tmp_path: Path) -> None:
    doc = _doc(tmp_path, "pack.md", _PACK)
    dates = {
        e.place.text if e.place is not None else "": e.date.value if e.date else None
        for e in _assaults(doc.events)
    }
    values = set(dates.values())
    assert "2024-06-09" in values  # Sunday before the Mandera dateline (June 10)
    assert "2024-06-03" in values  # Monday before the Lamu dateline (June 5), not 06-10
    assert "2024-06-11" in values  # the desk's Tuesday: the week of the compilation
    found = {t.text: t.value for t in extract_timexes(_PACK, DateValue("2024-06-15", "day"))}
    assert found["Monday"] == "2024-06-03"


def test_a_clock_time_in_an_undated_item_is_the_item_day(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "notes.md",
        "# Field notes\n\n## Incidents\n\n"
        "- **12 May** — A drone dropped two grenades on the market in Dapchi around 3 p.m., "
        "killing four traders.\n"
        "- **14 May** — Gunmen abducted six farmers near Geidam.\n",
    )
    strikes = [e for e in _assaults(doc.events) if e.fatalities is not None]
    assert len(strikes) == 1, strikes  # one strike, not one per date
    assert strikes[0].date is not None and strikes[0].date.value == "XXXX-05-12"


def test_the_date_of_what_bounds_a_period_dates_no_strike() -> None:
    evs = text_events(
        "Rebels shelled a ferry on Lake Kivu on Tuesday, the first such attack since the "
        "Goma truce of 12 January 2024, officials said.",
        "2024-03-08",
    )
    shelled = _assaults(evs)
    assert shelled and all(e.date is not None for e in shelled)
    assert not any(e.date is not None and e.date.value == "2024-01-12" for e in evs)
    assert any(e.date is not None and e.date.value == "2024-03-05" for e in shelled)


def test_a_deployment_since_a_month_is_dated_by_it() -> None:
    evs = text_events(
        "About 2,000 Kenyan soldiers have been deployed in Lamu since August 2019, when they "
        "pushed the militants out of the Boni forest.",
        "2024-05-01",
    )
    deployed = [e for e in evs if e.type == "MOBILIZE"]
    assert deployed and deployed[0].date is not None
    assert deployed[0].date.value == "2019-08"


def test_a_capture_completed_by_a_later_day_spans_both_days() -> None:
    evs = text_events(
        "Rebel fighters entered Uvira on the night of 3 June and had taken the town, "
        "including the port, by 4 June, as army units withdrew south.",
        "2024-06-10",
    )
    taken = [e for e in _assaults(evs) if e.mode == "territory"]
    assert taken and taken[0].date is not None
    assert (taken[0].date.value, taken[0].date.end_value) == ("2024-06-03", "2024-06-04")
