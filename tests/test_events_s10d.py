"""Incident tables, clashes and offensives, government measures, weekdays told in the past,
numbered incident headings, reported kills in the past perfect, counted attacks, low
confidence, background labels, running page headers and hyphenated loans. Each text was
written for this test."""

from __future__ import annotations

from dossier.clean import clean_text
from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.metadata import extract_metadata
from dossier.records import DateValue, Event, HtmlMetadata
from dossier.resolve.timex import extract_timexes


def _events(text: str, date: str | None = None) -> list[Event]:
    dv = DateValue(date, "day") if date else None
    ann = annotate_text(clean_text(text).text, dv)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, dv)


_TABLE = """Recent attacks

| Date | Location | Perpetrator | Incident | Killed |
|---|---|---|---|---|
| 2 Jun 2025 | Gao | JNIM | Ambush on an army convoy | 12 |
| 9 Jun 2025 | Menaka | Unclaimed (ISSP denied) | Bombing of a market | 4 |
| 11 Jun 2025 | Timbuktu | ISSP | Attack on a police post | 7 |

The army said the convoy ambush was the deadliest of the month.
"""


def test_each_row_of_an_incident_table_is_one_event_read_by_its_columns() -> None:
    events = [e for e in _events(_TABLE, "2025-06-20") if e.type == "ASSAULT"]
    by_date = {e.date.value: e for e in events if e.date is not None}
    assert {"2025-06-02", "2025-06-09", "2025-06-11"} <= set(by_date)
    ambush = by_date["2025-06-02"]
    assert ambush.fatalities is not None and ambush.fatalities.best == 12
    assert [a.role for a in ambush.actors if a.actor == "jnim"] == ["perpetrator"]
    bombing = by_date["2025-06-09"]
    assert bombing.fatalities is not None and bombing.fatalities.best == 4
    # "Unclaimed (ISSP denied)" names no perpetrator and tells no denial event
    assert not [a for a in bombing.actors if a.role in {"perpetrator", "initiator"}]
    assert not [e for e in _events(_TABLE, "2025-06-20") if e.type == "REJECT"]
    post = by_date["2025-06-11"]
    assert post.fatalities is not None and post.fatalities.best == 7
    assert post.modality == "asserted"


def test_clashes_between_two_groups_are_an_event() -> None:
    text = (
        "On 4 May 2025, clashes between the ELN and the Clan del Golfo near Tibu left nine "
        "fighters dead."
    )
    events = [e for e in _events(text, "2025-05-10") if e.type == "ASSAULT"]
    assert [e.date.value for e in events if e.date] == ["2025-05-04"]


def test_an_offensive_waged_since_a_day_is_dated_by_its_start() -> None:
    text = "Since 3 February 2025, the ELN has waged an offensive against the FARC dissidents."
    events = [e for e in _events(text, "2025-03-01") if e.type == "ASSAULT"]
    assert [e.date.value for e in events if e.date] == ["2025-02-03"]


def test_suspended_talks_and_a_state_of_emergency_are_events() -> None:
    text = (
        "The president suspended the peace talks with the rebels on 5 February 2025 and "
        "declared a state of internal commotion on 9 February 2025."
    )
    types = {e.type for e in _events(text, "2025-02-20")}
    assert {"SANCTION", "COERCE"} <= types


def test_a_weekday_in_a_past_sentence_is_never_after_the_report() -> None:
    # a Saturday report: "on Sunday" in the past tense is the Sunday before
    found = extract_timexes(
        "Residents said a drone struck a market in the village on Sunday.",
        DateValue("2025-03-15", "day"),
    )
    assert [t.value for t in found] == ["2025-03-09"]


def test_a_numbered_incident_heading_keeps_its_date() -> None:
    text = (
        "INCIDENTS\n\n"
        "3. 21 May 2025 - Bama: soldiers of the Nigerian Army repelled an attack by ISWAP "
        "fighters, killing 12.\n\n"
        "4. 23 May 2025 - Gwoza: JAS militants abducted 7 farmers.\n"
    )
    dates = {e.date.value for e in _events(text) if e.type == "ASSAULT" and e.date}
    assert {"2025-05-21", "2025-05-23"} <= dates


def test_a_count_of_claimed_attacks_is_no_attack() -> None:
    text = "The group claimed 450 attacks in 2023 in a yearly report posted on its channel."
    assert not [e for e in _events(text, "2024-02-01") if e.type == "ASSAULT"]


def test_low_confidence_reporting_is_not_asserted() -> None:
    text = (
        "We have low confidence in reporting that the Taliban are recruiting former ISKP "
        "members in Kunar."
    )
    assert not [e for e in _events(text, "2025-02-01") if e.modality == "asserted"]


def test_a_background_label_makes_its_paragraph_background() -> None:
    text = (
        "Gunmen killed five farmers in Gusau on 3 May 2025.\n\n"
        "Background: on 20 April 2025, bandits abducted 40 pupils in Kagara.\n"
    )
    events = {e.date.value: e for e in _events(text, "2025-05-05") if e.date}
    assert events["2025-04-20"].modality == "background"
    assert events["2025-05-03"].modality == "asserted"


def test_an_undated_report_backgrounds_what_it_dates_years_earlier() -> None:
    text = (
        "On 2 May 2025, ISWAP fighters attacked a base in Marte, killing four soldiers. "
        "ISWAP fighters killed the JAS commander in March 2019 in the Sambisa Forest."
    )
    events = {e.date.value: e for e in _events(text) if e.date}
    assert events["2019-03"].modality == "background"
    assert events["2025-05-02"].modality == "asserted"


def _meta(text: str):  # type: ignore[no-untyped-def]
    return extract_metadata(clean_text(text).text, HtmlMetadata())


def test_a_prepared_by_line_is_the_source_not_the_title() -> None:
    meta = _meta(
        "FLASH UPDATE - LAKE CHAD BASIN\n"
        "Prepared by: Regional Protection Monitoring Unit (RPMU), Diffa\n\n"
        "Armed men attacked the market in Bosso on 3 June 2025, killing six traders.\n"
    )
    assert meta.title == "FLASH UPDATE - LAKE CHAD BASIN"
    assert meta.source is not None and meta.source.startswith("Regional Protection Monitoring")


def test_a_running_page_header_is_no_title_and_names_the_publisher() -> None:
    body = "The mission recorded new displacement in the north of the province. " * 6
    meta = _meta(
        "OBSERVATORIO DE PAZ - BOLETÍN MENSUAL                 Página 1 de 2\n\n"
        "NORTHERN CAUCA SECURITY BULLETIN No. 7\n\n"
        f"{body}\n\n" + "\n".join(f"Paragraph {i}. {body}" for i in range(16)) + "\n\n"
        "Observatorio de Paz | Cauca bulletin                    Página 2 de 2\n\n"
        f"{body}\n"
    )
    assert meta.title == "NORTHERN CAUCA SECURITY BULLETIN No. 7"
    assert meta.source == "Observatorio de Paz"


def test_a_hyphenated_loan_word_is_rejoined_at_a_line_break() -> None:
    assert "communiqué" in clean_text("The rebels issued a communi-\nqué on Friday.").text
    assert "pro-government" in clean_text("a pro-\ngovernment militia").text


def test_an_estimate_of_troops_deployed_is_no_deployment() -> None:
    text = (
        "In its report, the UN panel estimated that between 2,000 and 3,000 Eritrean troops "
        "were deployed alongside the federal army in Tigray."
    )
    assert not [e for e in _events(text, "2025-01-10") if e.type == "MOBILIZE"]


def test_a_claim_issued_through_an_outlet_is_a_media_release() -> None:
    text = (
        "BAMAKO, March 8, 2025 - JNIM claimed the ambush through its az-Zallaqa media "
        "foundation on Friday, saying it had killed 20 soldiers."
    )
    releases = [e for e in _events(text, "2025-03-08") if e.type == "PROPAGANDA"]
    assert [e.date.value for e in releases if e.date] == ["2025-03-07"]


def test_clashes_between_two_groups_take_the_place_told_after_them() -> None:
    text = (
        "On 4 May 2025, clashes between the ELN and the Clan del Golfo in the rural area of "
        "Teorama left nine fighters dead."
    )
    events = [e for e in _events(text, "2025-05-10") if e.type == "ASSAULT"]
    assert [e.place.text for e in events if e.place] == ["Teorama"]


def test_a_table_row_without_a_trigger_word_is_still_an_incident() -> None:
    text = (
        "| Date | Location | Perpetrator | Incident | Killed |\n"
        "|---|---|---|---|---|\n"
        "| 5 Jul 2025 | Gao | JNIM | VBIED on a FAMa convoy | 6 |\n"
    )
    events = [e for e in _events(text, "2025-07-20") if e.type == "ASSAULT"]
    assert [(e.date.value, e.fatalities.best) for e in events if e.date and e.fatalities] == [
        ("2025-07-05", 6)
    ]
