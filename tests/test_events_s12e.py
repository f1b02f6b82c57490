"""Event dates, headings and merging (s12, h14): numbered incidents whose heading is a line
of its own ("1. 12/05/2025") with a label line placing them ("Location: ..."), and what may
merge. Each text was written for this test."""

from __future__ import annotations

from pathlib import Path

from dossier.pipeline import process_file
from dossier.records import Document
from dossier.settings import Settings


def _doc(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return process_file(path, Settings())


def _names(doc: Document) -> dict[str, str]:
    return {a.key: a.name for a in doc.actors}


_INCIDENTS = """Weekly security update, 20 May 2025

INCIDENTS

1. 12/05/2025
   Location: Gajiram, Nganzai LGA, Borno State, Nigeria
   ISWAP fighters in several gun trucks attacked an army base at night. Five soldiers were killed.

2. 14/05/2025
   Location: Malam Fatori, Abadam LGA, Borno State, Nigeria
   Gunmen abducted 12 farmers near the village.
"""


def test_date_line_heading_and_location_label(tmp_path: Path) -> None:
    doc = _doc(tmp_path, _INCIDENTS)
    events = [e for e in doc.events if e.type == "ASSAULT"]
    by_mode = {e.mode: e for e in events}
    assert len(events) == 2, [e.anchor.quote for e in events]
    attack = next(e for e in events if e.mode != "abduct")
    abduction = by_mode["abduct"]
    assert attack.date is not None and attack.date.value == "2025-05-12"
    assert attack.place is not None and attack.place.text == "Gajiram"
    assert abduction.date is not None and abduction.date.value == "2025-05-14"
    assert abduction.place is not None and abduction.place.text == "Malam Fatori"
    names = _names(doc)
    parties = {names.get(a.actor, a.actor) for e in events for a in e.actors}
    assert "LGA" not in parties


def test_clock_time_is_on_the_items_day(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Weekly brief, 12 April 2025\n\n"
        "- **Apr 2** — A junta jet dropped two bombs on Nyaung Kone village in Pale township "
        "around 3 p.m., hitting a school. Local sources said 9 people were killed.\n",
    )
    strikes = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(strikes) == 1
    assert strikes[0].date is not None and strikes[0].date.value.startswith("2025-04-02")


def test_date_after_a_dashed_aside(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Weekly brief, 12 April 2025\n\n"
        "- **Apr 9** — The KIA now holds most of Kachin State after seizing Bhamo — the last "
        "junta stronghold in the north — in January 2025, its spokesman said.\n",
    )
    seized = [e for e in doc.events if e.mode == "territory"]
    assert seized and seized[0].date is not None and seized[0].date.value == "2025-01"


def test_terms_clause_dated_with_its_noun(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Weekly brief, 12 April 2025\n\n"
        "- **Apr 9** — Rebel delegates held talks with the army in Kunming. Moscow brokered a "
        "similar deal in March under which the rebels agreed to a ceasefire.\n",
    )
    agree = [e for e in doc.events if e.type == "AGREE"]
    assert agree and agree[0].date is not None and agree[0].date.value == "2025-03"


def test_denial_dated_by_the_attack_it_denies(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "IRAQ SECURITY BRIEF\nNovember 2024\n\n"
        "On 9 November, rockets struck Ain al-Asad air base, injuring five US personnel. "
        "Kata'ib Hezbollah denied carrying out the attack.\n",
    )
    # the denial is Kata'ib Hezbollah's claim and its REJECT event; the attack it denies
    # keeps its day and is not given to the group that denies it
    [reject] = [e for e in doc.events if e.type == "REJECT"]
    names = {a.key: a.name for a in doc.actors}
    assert [names[a.actor] for a in reject.actors if a.role == "initiator"] == ["Kata'ib Hezbollah"]
    [denial] = [c for c in doc.claims if c.stance == "denial"]
    assert "carrying out the attack" in denial.text
    [attack] = [e for e in doc.events if e.type == "ASSAULT"]
    assert attack.date is not None and attack.date.value == "2024-11-09"
    assert denial.speaker not in {a.actor for a in attack.actors}


def test_clock_time_of_the_strike_told_before_merges(tmp_path: Path) -> None:
    doc = _doc(
        tmp_path,
        "Drone strike kills 15 in Kadugli market\nJune 12, 2024\n\n"
        "NAIROBI (Reuters) - A drone strike on a busy market in Kadugli killed at least 15 "
        "people on Tuesday, medical sources said.\n\n"
        "Residents said the drone struck shortly after 9 a.m. at the Souk Sabit market in the "
        "east of the town.\n",
    )
    strikes = [e for e in doc.events if e.type == "ASSAULT"]
    assert len(strikes) == 1, [e.anchor.quote for e in strikes]
    assert strikes[0].date is not None and strikes[0].date.value.startswith("2024-06-11")


def test_unnamed_and_named_targets_of_one_day_are_one_party() -> None:
    from dossier.extract.event_merge import _same_day_same_party
    from dossier.records import Anchor, Event, EventActor, Timex

    day_a = Timex("3 April", 10, 17, "2025-04-03", "day", "document_date")
    day_b = Timex("On 3 April 2025", 90, 105, "2025-04-03", "day", "absolute")
    summary = Event(
        "ASSAULT",
        Anchor(0, 40, "troops killed over 20 assailants", 2),
        date=day_a,
        actors=(EventActor("new:unidentified-armed-group-chad", "target"),),
    )
    quoted = Event(
        "ASSAULT",
        Anchor(80, 140, "our forces neutralised twenty Boko Haram terrorists", 8),
        date=day_b,
        actors=(EventActor("boko_haram", "target"),),
    )
    assert _same_day_same_party(summary, quoted)
