"""Dating and placing events (round s10b): an undated news sentence that goes on with the
dated one before it, denials dated by their report, events told in several places, nights
and ranges of days ("the night of 3 to 4 May", "between June 2022 and March 2023") with an
end value, releases of captives as events; and the store and JSON export of the new fields,
an old database included. Each text was written for this test."""

from __future__ import annotations

import json
from pathlib import Path

from report_docs import old_database
from test_events_s9b import _in

from dossier import Settings, ingest, open_store
from dossier.eval.muc4_dossier import annotate_text
from dossier.export import json_v1
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event
from dossier.resolve.timex import extract_timexes

REPORT_DATE = DateValue("2025-02-12", "day")  # a Wednesday


def _events(text: str, date: DateValue | None = REPORT_DATE) -> list[Event]:
    ann = annotate_text(text, date)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, date)


# -- 1. an undated sentence that goes on with the dated news before it -------------------------

_FOLLOW_UP = (
    "Israeli jets struck a Hamas command post in Khan Younis on Monday, the army said.\n\n"
    "Local medics said at least four civilians were killed when a missile hit a car near "
    "the village of Bani Suhaila."
)


def test_the_lede_follow_up_paragraph_takes_the_lede_date() -> None:
    ev = _in(_events(_FOLLOW_UP), "Bani Suhaila")
    assert ev.date is not None and ev.date.value == "2025-02-10"
    # an event placed in another country is another story
    text = (
        "Russian missiles struck an apartment block in Kharkiv, Ukraine, on Monday. RSF "
        "fighters killed five farmers in El Fasher, Sudan."
    )
    assert all(e.date is None for e in _events(text) if "El Fasher" in e.anchor.quote)


def test_a_new_story_or_a_time_of_its_own_takes_no_date() -> None:
    text = (
        "Gunmen attacked a police post in Menaka on Monday, killing three officers. "
        "Separately, gunmen kidnapped a teacher in Gao.\n\n"
        "In a similar raid, JNIM fighters killed 12 soldiers in Boni.\n\n"
        "Soldiers shelled the village of Ndaki on Tuesday. Militants killed four farmers in "
        "the village of Tin-Hama."
    )
    evs = _events(text)
    assert _in(evs, "Menaka").date is not None
    ev = _in(evs, "Tin-Hama")  # goes on with the news before it
    assert ev.date is not None and ev.date.value == "2025-02-11"
    assert _in(evs, "teacher").date is None  # "Separately": another story
    assert all(e.date is None for e in evs if "Boni" in e.anchor.quote)


def test_a_paragraph_further_down_takes_no_date() -> None:
    text = (
        "Gunmen attacked a police post in Menaka on Monday, killing three officers.\n\n"
        "The JNIM is the largest jihadist coalition in the Sahel. Its fighters killed 12 "
        "soldiers in Boni.\n\n"
        "Soldiers shelled the village of Ndaki on Tuesday. Militants killed four farmers in "
        "the village of Ansongo."
    )
    evs = _events(text)
    assert all(e.date is None for e in evs if "Boni" in e.anchor.quote)
    ev = _in(evs, "Ansongo")
    assert ev.date is not None and ev.date.value == "2025-02-11"


# -- 2. denials dated by their report ------------------------------------------------------------


def test_an_undated_denial_takes_the_document_date_as_reported() -> None:
    text = "The ELF has so far rejected talks with the government of Eritrea."
    ev = next(e for e in _events(text) if e.type == "REJECT")
    assert ev.date is not None
    assert (ev.date.value, ev.date.anchor, ev.date.text) == ("2025-02-12", "document_date", "")


def test_a_denial_reported_on_a_day_takes_that_day() -> None:
    text = "On Tuesday the JNIM rejected negotiations with the junta of Mali."
    ev = next(e for e in _events(text) if e.type == "REJECT")
    assert ev.date is not None and ev.date.value == "2025-02-11"


# -- 3. several places ------------------------------------------------------------------------------


def test_an_event_in_a_list_of_places_keeps_them_all() -> None:
    evs = _events("Turkish jets struck PKK hideouts in the Sinjar and Makhmour areas on Monday.")
    ev = _in(evs, "Sinjar")
    assert ev.place is not None and ev.place.text == "Sinjar"
    assert [p.text for p in ev.other_places] == ["Makhmour"]
    ev = _in(_events("On Monday Turkish jets hit 12 targets in Syria and Iraq."), "targets")
    assert ev.place is not None
    assert {ev.place.text, *(p.text for p in ev.other_places)} == {"Syria", "Iraq"}


def test_a_town_and_its_division_are_one_place() -> None:
    ev = _in(_events("Gunmen killed four traders in Kumba, Meme division, on Monday."), "Kumba")
    assert ev.other_places == ()


# -- 4 and 5. nights and ranges ---------------------------------------------------------------------


def test_a_night_is_dated_by_the_day_it_began() -> None:
    text = (
        "In the night of 3 to 4 February, soldiers raided the village of Ekona and killed two men."
    )
    ev = _in(_events(text), "Ekona")
    assert ev.date is not None
    assert (ev.date.value, ev.date.precision, ev.date.end_value) == (
        "2025-02-03",
        "day",
        "2025-02-04",
    )


def test_ranges_have_an_end_value() -> None:
    ts = extract_timexes("Clashes went on between June 2022 and March 2023.", REPORT_DATE)
    assert [(t.value, t.end_value) for t in ts] == [("2022-06", "2023-03"), ("2023-03", None)]
    ts = extract_timexes("The siege lasted from 5 to 9 January.", REPORT_DATE)
    assert (ts[0].value, ts[0].end_value) == ("2025-01-05", "2025-01-09")
    # a list of days is no range
    ts = extract_timexes("Attacks on 5 January and 9 January killed 20.", REPORT_DATE)
    assert all(t.end_value is None for t in ts)


def test_an_event_over_a_range_of_days_is_dated_by_its_start() -> None:
    ev = _in(_events("Rebels shelled the town of Mweso from 5 to 9 January."), "Mweso")
    assert ev.date is not None
    assert (ev.date.value, ev.date.end_value) == ("2025-01-05", "2025-01-09")


# -- 6. releases ------------------------------------------------------------------------------------


def test_releases_of_captives_are_events() -> None:
    evs = _events(
        "Al-Shabaab freed 14 hostages in Jowhar on Monday. On Tuesday the government of "
        "Somalia released 250 prisoners."
    )
    ev = _in(evs, "hostages")
    assert (ev.type, ev.mode, ev.acled_event_type) == (
        "RETREAT",
        "release",
        "Strategic developments",
    )
    assert ("al_shabaab", "initiator") in {(a.actor, a.role) for a in ev.actors}
    assert _in(evs, "prisoners").mode == "release"


def test_released_things_and_told_releases_are_no_events() -> None:
    evs = _events(
        "Police released the names of the dead on Monday. The group released a video on "
        "Monday. The freed hostages said they had been beaten. ADF rebels freed 12 hostages "
        "in Beni on Monday."
    )
    assert [e.anchor.quote for e in evs if e.mode == "release"] == [
        "ADF rebels freed 12 hostages in Beni on Monday."
    ]


# -- store and export ------------------------------------------------------------------------------

_REPORT = (
    "Field Note\n\n12 February 2025\n\n"
    "Turkish jets struck PKK hideouts in the Sinjar and Makhmour areas of Iraq on Monday. "
    "In the night of 3 to 4 February, gunmen raided the village of Ekona in Cameroon and "
    "killed two men.\n"
)


def test_store_and_export_carry_other_places_and_end_values(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(_REPORT, encoding="utf-8")
    store = open_store(tmp_path / "kb.db")
    ingest([str(path)], store, Settings(db=str(tmp_path / "kb.db"), workers=1))
    data = json_v1.build(store)
    store.close()
    struck = next(e for e in data["events"] if "Sinjar" in e["anchor"]["quote"])
    assert len(struck["other_places"]) == 1
    assert struck["date"]["end_value"] is None
    raid = next(e for e in data["events"] if "Ekona" in e["anchor"]["quote"])
    assert raid["date"]["value"] == "2025-02-03"
    assert raid["date"]["end_value"] == "2025-02-04"
    assert any(t["end_value"] == "2025-02-04" for t in data["timexes"])
    json.dumps(data)


def test_an_old_database_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = old_database(db, 2)
    date = {"text": "Monday", "value": "2024-05-06", "start": 0, "end": 6}
    conn.execute(
        """INSERT INTO events(uid, document_id, type, date, date_value, modality, start, "end",
           quote, sentence) VALUES ('d1:e1', 1, 'ASSAULT', ?, '2024-05-06', 'asserted', 0, 1,
           'x', 0)""",
        (json.dumps(date),),
    )
    conn.commit()
    conn.close()
    store = open_store(db)
    cols = {r[1] for r in store.conn.execute("PRAGMA table_info(timexes)")}
    assert "end_value" in cols
    [ev] = json_v1.build(store)["events"]
    assert ev["date"]["value"] == "2024-05-06" and ev["date"]["end_value"] is None
    assert ev["other_places"] == []
    store.close()
