"""Names before an attack noun, clashes between two sides, claimed tolls in merges and
running totals counted since a year. Each text was written for this test."""

from __future__ import annotations

from dossier.clean import clean_text
from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event


def _events(text: str, date: str | None = None) -> list[Event]:
    dv = DateValue(date, "day") if date else None
    ann = annotate_text(clean_text(text).text, dv)
    return [e for e in extract_events(ann.doc, ann.actors, ann.places, ann.timexes, dv)]


def _roles(ev: Event) -> dict[str, str]:
    return {a.actor: a.role for a in ev.actors}


def test_a_company_name_before_an_attack_noun_is_no_perpetrator() -> None:
    text = "The Alpha Aerospace attack in Ankara on 9 June killed 3 employees."
    (ev,) = [e for e in _events(text, "2024-06-10") if e.type == "ASSAULT"]
    assert "perpetrator" not in _roles(ev).values()


def test_a_known_armed_group_before_an_attack_noun_still_attacked() -> None:
    text = "The ISKP attack on 9 June in Peshawar killed 5 people."
    (ev,) = [e for e in _events(text, "2024-06-10") if e.type == "ASSAULT"]
    assert _roles(ev).get("iskp") == "perpetrator"


def test_clashes_between_two_sides_name_both() -> None:
    text = (
        "On 3 May, clashes between the Northern Front and the Popular Army in the village "
        "of Tame left 9 fighters dead."
    )
    (ev,) = [e for e in _events(text, "2025-05-20") if e.type == "ASSAULT"]
    assert {"new:northern-front", "new:popular-army"} <= set(_roles(ev))


def test_fighting_between_two_sides_that_killed_names_both() -> None:
    text = "Fighting between the ELN and the FARC dissidents near Saravena killed 4 on 5 May."
    (ev,) = [e for e in _events(text, "2025-05-20") if e.type == "ASSAULT"]
    assert {"eln", "emc"} <= set(_roles(ev))


def test_a_claimed_figure_does_not_replace_the_headline_toll() -> None:
    text = (
        "Militants kill 12 soldiers in attack on army base in Tame\n\n"
        "TAME, Colombia, May 4, 2025 - The ELN claimed on Saturday that its fighters had "
        "killed 40 soldiers in the attack on the army base in Tame."
    )
    (ev,) = [e for e in _events(text, "2025-05-04") if e.type == "ASSAULT"]
    assert ev.fatalities is not None
    assert ev.fatalities.low == 12 and ev.fatalities.best == 12


def test_a_running_total_since_a_year_merges_with_no_event() -> None:
    text = (
        "MAIDUGURI, May 2, 2025 - ISWAP fighters attacked a military base in Marte in Borno "
        "State on 28 April.\n\n"
        "ISWAP has carried out more than 400 attacks in Borno since 2019, killing 3,000 people."
    )
    events = [e for e in _events(text, "2025-05-02") if e.type == "ASSAULT"]
    assert all(e.fatalities is None for e in events)
    assert all(e.date is None or e.date.value != "2019" for e in events)
