"""Events on unseen report layouts (s19): one real-world event per mention set (a claimed toll,
a table row, a summary item, a heading with a day range), the dates a deed keeps ("before
dawn on 4 May", "Earlier, on 12 March, ..."), an episode recalled with its toll, and what is
no event (a participle naming who appointed someone, a threat a video makes, a pledge of
troops). Every text is written for these tests."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pytest

import dossier.extract.events as events_module
from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.event_merge import merge_frames
from dossier.extract.events import EventFrame, extract_events
from dossier.pipeline import process_raw
from dossier.records import DateValue, Document, Event, RawDocument

REPORT_DATE = DateValue("2024-06-20", "day")


def _events(text: str) -> list[Event]:
    ann = annotate_text(text, REPORT_DATE)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, REPORT_DATE)


def _markdown(text: str) -> Document:
    raw = RawDocument(path="<test>.md", format="markdown", text=text, content_hash="s19")
    return process_raw(raw)


# --------------------------------------------------------------------------- one event


SAHEL_DIGEST = """# Central Sahel: Monthly Security Digest, June 2024

*Published: 30 June 2024*

## Key judgements

- JNIM carried out at least 20 attacks on army positions in the Menaka region during June.
- Fighting between JNIM and the Islamic State Sahel Province (ISSP) in the Menaka region resumed; death tolls remain disputed.

## Incidents

| Date | Location | Incident | Reported toll |
|---|---|---|---|
| 4 Jun | Tessit | JNIM assault on army camp | 9+ soldiers killed |
| 17–18 Jun | Inekar | JNIM vs ISSP clash | 20–30 (sources); 45 (ISSP) |

**Tessit, 4 June.** Fighters of JNIM overran a camp of the 8th Motorised Battalion in Tessit before dawn, killing at least nine soldiers, according to two security sources. The group's az-Zallaqa outlet claimed 31 soldiers were killed and released photographs of captured trucks. An army spokesman denied that the camp was lost.

**Inekar, 17–18 June.** JNIM and ISSP fighters clashed over two days for control of Inekar and nearby wells. Local sources put the number of dead at between 20 and 30, mostly ISSP fighters; JNIM, in a statement, said it had killed 45 "Khawarij". The clashes recall the fighting of early 2020, in which hundreds died on both sides.
"""


@lru_cache(maxsize=1)
def _digest() -> Document:
    return _markdown(SAHEL_DIGEST)


def _digest_attacks() -> list[Event]:
    return [e for e in _digest().events if e.type == "ASSAULT"]


def test_a_claimed_toll_is_the_attack_it_claims_not_a_second_event() -> None:
    assert not any("claimed 31 soldiers" in e.anchor.quote for e in _digest().events)
    assert all(e.date is not None for e in _digest_attacks())


def test_a_heading_with_a_day_range_dates_and_places_its_paragraph() -> None:
    clashes = [e for e in _digest_attacks() if e.date and e.date.value == "2024-06-17"]
    assert len(clashes) == 1
    [clash] = clashes
    assert clash.date is not None and clash.date.end_value == "2024-06-18"
    assert clash.place is not None and clash.place.text == "Inekar"
    # the narrative sentence is that incident, not an undated second one
    assert not any("clashed over two days" in e.anchor.quote for e in _digest().events)


def test_an_episode_recalled_under_a_heading_keeps_its_own_date_and_no_place() -> None:
    [recalled] = [e for e in _digest_attacks() if e.date and e.date.value == "2020"]
    assert recalled.modality == "background" and recalled.place is None


def test_a_summary_item_is_no_event_of_its_own() -> None:
    assert not any("Fighting between JNIM" in e.anchor.quote for e in _digest().events)


def test_a_summary_item_joins_the_dated_clash_between_the_same_two_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # an undated item alone is dropped anyway, so what is checked here is the merge itself:
    # the item ("Fighting between JNIM and ISSP ... resumed"), placed only by an area across
    # borders, leaves the merge joined to the dated clash between the same two groups, not as
    # an undated event of its own
    merged: list[list[EventFrame]] = []

    def spy(frames: list[EventFrame], *args: Any, **kwargs: Any) -> list[EventFrame]:
        out = merge_frames(frames, *args, **kwargs)
        merged.append(out)
        return out

    monkeypatch.setattr(events_module, "merge_frames", spy)
    _markdown(
        SAHEL_DIGEST.replace(
            "(ISSP) in the Menaka region resumed", "(ISSP) in the Liptako-Gourma area resumed"
        )
    )
    items = [f for out in merged for f in out if f.item >= 0]
    assert items
    assert all(f.event.date is not None and f.event.date.value == "2024-06-17" for f in items)


def test_a_table_row_and_its_prose_by_two_commands_of_one_force_are_one_strike() -> None:
    text = (
        "# Red Sea update\n\n*Published: 20 February 2024*\n\n"
        "US Central Command (CENTCOM) said it carried out an airstrike on a missile launcher "
        "near Hodeidah on 12 February 2024, in coordination with the United Kingdom.\n\n"
        "| Date | Location | Incident | Toll |\n|---|---|---|---|\n"
        "| 12 Feb | Hodeidah | US airstrike | none reported |\n"
    )
    strikes = [e for e in _markdown(text).events if e.type == "ASSAULT"]
    assert len(strikes) == 1


# --------------------------------------------------------------------------- dates


def test_a_deed_before_dawn_on_a_day_keeps_that_day() -> None:
    [raid] = [
        e
        for e in _events(
            "GAO, Mali, May 4 - Fighters of Jama'at Nusrat al-Islam wal-Muslimin stormed a "
            "Malian army base in Tessit, Gao region, before dawn on Saturday after a car bomb "
            "breached the gate, killing at least nine soldiers, a security official told AFP."
        )
        if e.type == "ASSAULT"
    ]
    assert raid.date is not None and raid.date.value == "2024-05-04"


def test_an_event_bounding_a_period_still_dates_nothing() -> None:
    # "before the ceasefire of 19 January": the date of the ceasefire, not of the shelling
    shelling = [
        e
        for e in _events(
            "Gunmen attacked a police post in Kharkiv before the ceasefire of 19 January "
            "2024, residents said."
        )
        if e.type == "ASSAULT"
    ]
    assert shelling  # the shelling is told, only its date is withheld
    assert all(e.date is None or e.date.value != "2024-01-19" for e in shelling)


def test_the_date_that_opens_a_sentence_dates_the_deed_told_before_the_source() -> None:
    [kidnap] = [
        e
        for e in _events(
            "Earlier, on March 12, gunmen believed to belong to the ELN kidnapped three "
            "engineers in Arauca department, local officials said."
        )
        if e.type == "ASSAULT"
    ]
    assert kidnap.date is not None and kidnap.date.value == "2024-03-12"


def test_an_episode_named_by_its_date_is_one_background_event_not_a_tally() -> None:
    text = (
        "Heavy clashes between Fano militias and the army were reported near Gondar on 3 June "
        "2024. Residents recalled the siege of early 2019, in which hundreds died."
    )
    recalled = [e for e in _events(text) if e.date is not None and e.date.value.startswith("2019")]
    assert len(recalled) == 1 and recalled[0].modality == "background"


def test_many_raids_of_a_year_with_a_toll_are_still_a_tally() -> None:
    text = (
        "Heavy clashes between Fano militias and the army were reported near Gondar on 3 June "
        "2024. Residents recalled the raids of early 2019, in which hundreds died."
    )
    assert not any(e.date is not None and e.date.value.startswith("2019") for e in _events(text))


# --------------------------------------------------------------------------- no event


def test_a_hyphenated_participle_names_who_appointed_and_tells_no_appointment() -> None:
    events = _events(
        "In Nyala, which the rebels have controlled since October, the RSF-appointed police "
        "arrested 11 young men on 16 September, accusing them of links with the army."
    )
    assert {e.type for e in events} == {"ARREST"}


def test_an_appointment_told_by_a_verb_is_still_one() -> None:
    events = _events("On 3 June 2024 the junta appointed a new police chief in Mandalay.")
    assert "LEADERSHIP" in {e.type for e in events}


def test_a_threat_a_video_makes_is_its_content_not_an_event() -> None:
    events = _events(
        "On 2 April the RSF released a video filmed near Nyala. In it RSF commander Abdelrahim "
        'Dagalo threatens to "bring the war to Port Sudan before the rains end".'
    )
    types = {e.type for e in events}
    assert "PROPAGANDA" in types and "THREATEN" not in types


def test_a_threat_a_party_makes_itself_is_still_a_threat() -> None:
    events = _events("On 2 April 2024 the Houthis threatened to attack any ship bound for Eilat.")
    assert "THREATEN" in {e.type for e in events}


def test_a_pledge_of_troops_is_a_promise_not_a_pledge_of_allegiance() -> None:
    events = _events("Kenya has pledged 1,000 police officers for the mission this week.")
    assert "PLEDGE" not in {e.type for e in events}


def test_a_pledge_of_allegiance_is_still_an_event() -> None:
    events = _events("The group pledged allegiance to the Islamic State in March 2019.")
    assert "PLEDGE" in {e.type for e in events}


def test_the_toll_of_a_count_of_attacks_is_a_tally_not_an_attack() -> None:
    events = _events(
        "An Islamabad-based think tank recorded at least 212 militant attacks in Punjab in "
        "August 2024, killing around 190 people."
    )
    assert not any(e.type == "ASSAULT" for e in events)


def test_a_few_attacks_told_with_their_toll_are_still_told() -> None:
    events = _events(
        "Gunmen carried out three attacks on villages near Mopti on 4 August 2024, killing 19 "
        "people."
    )
    assert any(e.type == "ASSAULT" for e in events)


def test_an_uprising_and_a_resumption_recalled_with_their_dates_are_background_events() -> None:
    text = (
        "Heavy clashes were reported near Gondar on 3 June 2024. The militia, first routed in "
        "2016, resumed fighting in late 2021; the offensive was triggered when clan militias "
        "rose up against the group in Wollo in mid-2020."
    )
    recalled = {
        e.date.value for e in _events(text) if e.date is not None and e.modality == "background"
    }
    assert {"2021", "2020"} <= recalled


def test_a_possible_resumption_of_fighting_is_no_event() -> None:
    # the phrase tells an attack when told as fact, so its absence here is the modal's doing
    assert any(
        e.type == "ASSAULT"
        for e in _events("The two sides resumed fighting near Doha on 3 June 2024.")
    )
    assert not _events("The two sides could resume fighting if the talks in Doha fail.")
