"""Session 17 (review): the fallback document dates of dossier.calendars take no date from a
body sentence, a header line citing another document, a title's single Hijri date, an
incident heading or a front matter title; the cued header date is the weakest fallback."""

from __future__ import annotations

import pytest

from dossier.calendars import _hijri_tables, _norm, fallback_document_date
from dossier.clean import clean_text
from dossier.datafiles import load_yaml
from dossier.metadata import extract_metadata
from dossier.records import HtmlMetadata


def _published(original: str) -> str | None:
    cleaned = clean_text(original, markdown=original.startswith("---"))
    meta = extract_metadata(cleaned.text, HtmlMetadata(), original=original)
    return meta.published.value if meta.published else None


@pytest.mark.parametrize(
    "original",
    [
        # a dashed aside inside a body sentence dates the cited document
        "Arms flows to Darfur\n\nThe UN Panel of Experts report — published 12 January 2023 — "
        "found that the RSF received weapons via Chad. On Tuesday, RSF fighters shelled El "
        "Fasher, killing nine civilians.",
        "Execution video\n\nThe video — posted on 3 May 2024 on Telegram — showed IS fighters "
        "executing two prisoners. On Friday, the group attacked a checkpoint near Raqqa.",
        # a header line citing another report
        "Sources: ICG report — published 3 May 2023\n\nOn Monday, al-Shabaab fighters attacked "
        "a base near Baidoa.",
        # a cued part another part follows
        "Field note — published 3 May 2024 — Corridor Watch\n\nA convoy was stopped on Monday.",
    ],
)
def test_no_cued_date_from_sentences_or_cited_documents(original: str) -> None:
    assert _published(original) is None


def test_cued_date_at_the_end_of_a_short_header_line() -> None:
    original = (
        "Sahel Briefing, Conflict Monitor — published 14 March 2025\n\nOn Tuesday, fighters "
        "attacked an army post near the border, killing eight soldiers."
    )
    assert _published(original) == "2025-03-14"


def test_cued_header_date_is_the_weakest_fallback() -> None:
    head = ["Field note, Corridor Watch — published 6 May 2025", "Date: 12 Shawwal 1446 AH"]
    found = fallback_document_date(None, (), head, "en")
    assert found is not None and found.value == "2025-04-11"


@pytest.mark.parametrize(
    "original",
    [
        # a title's single Hijri date dates its story
        "Taliban decree of 12 Shawwal 1445 AH\n\nOn Tuesday, Taliban officials closed girls' "
        "schools in Herat, and on Wednesday police detained three teachers.",
        # an incident heading
        "Incident log\n\n3 Shawwal 1446 AH: Kidal\nGunmen killed two civilians on Friday near "
        "the market.",
        "Incident log\n\n3 Shawwal 1446 AH — Kidal\nGunmen killed two civilians on Friday.",
        # a front matter title naming a Hijri month
        "---\ntitle: Attacks during Ramadan 1446\nauthor: Desk\n---\nOn Friday, gunmen attacked "
        "a mosque in Peshawar, killing six worshippers.",
    ],
)
def test_no_hijri_document_date_from_titles_or_incident_lines(original: str) -> None:
    assert _published(original) is None


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        (
            "Weekly Security Note\nDate: 12 Shawwal 1446 AH\n\nGunmen attacked a checkpoint.",
            "2025-04-11",
        ),
        (
            "Weekly Security Note\n\nIssued Sunday 15 Rabi' al-Awwal 1447 AH\n\nGunmen came.",
            "2025-09-08",
        ),
        (
            "---\ntitle: Weekly note\ndate_hijri: 12 Shawwal 1446 AH\n---\nGunmen came.",
            "2025-04-11",
        ),
    ],
)
def test_hijri_date_lines_still_date_the_report(original: str, expected: str) -> None:
    assert _published(original) == expected


def test_hijri_month_spellings_are_not_repeated() -> None:
    months = load_yaml("time/hijri.yaml")["months"]
    for number, spellings in months.items():
        keys = [_norm(str(s)) for s in spellings]
        assert len(keys) == len(set(keys)), number
    assert _hijri_tables()[0]["ramadan"] == 9


def test_a_reports_own_header_with_a_published_cue_dates_it() -> None:
    # "Report" names the document itself here, not another one it cites
    text = (
        "Weekly Situation Report — published 6 May 2025\n\n"
        "On Monday, gunmen attacked a convoy near Gao, killing three drivers."
    )
    meta = extract_metadata(clean_text(text).text, HtmlMetadata(), original=text)
    assert meta.published is not None and meta.published.value == "2025-05-06"
