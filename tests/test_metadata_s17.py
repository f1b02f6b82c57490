"""Session 17: document dates a report states other than as a Gregorian publication date: a
Hijri date (Arabic script or transliterated) and the end of the period a report covers, and
the body's weekdays and year-less dates resolved against them."""

from __future__ import annotations

import datetime as dt

import pytest

from dossier.calendars import hijri_date, hijri_to_gregorian, title_period_end
from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.pipeline import process_raw
from dossier.records import HtmlMetadata, RawDocument


def _published(original: str, file_metadata: HtmlMetadata | None = None) -> str | None:
    cleaned = clean_text(original, markdown=original.startswith("---"))
    meta = extract_metadata(cleaned.text, file_metadata or HtmlMetadata(), original=original)
    return meta.published.value if meta.published else None


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        # the tabular calendar; Umm al-Qura agrees or is a day earlier
        ((1446, 9, 1), dt.date(2025, 3, 1)),
        ((1447, 1, 1), dt.date(2025, 6, 27)),
        ((1445, 12, 10), dt.date(2024, 6, 17)),
        ((1, 1, 1), dt.date(622, 7, 19)),  # 16 July 622 in the Julian calendar
    ],
)
def test_hijri_to_gregorian(hijri: tuple[int, int, int], gregorian: dt.date) -> None:
    assert hijri_to_gregorian(*hijri) == gregorian


@pytest.mark.parametrize(
    "text",
    [
        "٢ رمضان ١٤٤٦ هـ",
        "2 Ramadan 1446 AH",
        "2 Ramadhan 1446 H",
        "٢/٩/١٤٤٦هـ",
    ],
)
def test_hijri_date_spellings(text: str) -> None:
    found = hijri_date(text)
    assert found is not None and (found.value, found.precision) == ("2025-03-02", "day")


def test_transliterations_with_and_without_apostrophes() -> None:
    for text in ("4 Rabīʿ al-Thānī 1447", "4 Rabi' al-Thani 1447", "4 Rabi II 1447"):
        found = hijri_date(text)
        assert found is not None and found.value == "2025-09-27", text
    assert hijri_date("10 Dhu al-Hijjah 1445 AH") == hijri_date("١٠ ذو الحجة ١٤٤٥ هـ")


def test_hijri_month_without_day() -> None:
    # Ramadan 1446 lies within March 2025: the month; Shawwal 1446 runs from March into
    # April: no date rather than a guess
    found = hijri_date("Ramadan 1446")
    assert found is not None and (found.value, found.precision) == ("2025-03", "month")
    assert hijri_date("Shawwal 1446") is None
    assert hijri_date("30 Safar 1447") is None  # Safar has 29 days


def test_front_matter_hijri_date_in_arabic_indic_digits() -> None:
    original = (
        '---\ntitle: "Lakeside Incident Digest"\npublisher: Basin Watch\n'
        'hijri: "١١ شوال ١٤٤٦"\n---\n\n# Lakeside Incident Digest\n\n'
        "Herders clashed with farmers near the river on Thursday, residents said."
    )
    assert _published(original) == "2025-04-10"


def test_transliterated_hijri_date_line_in_the_header() -> None:
    original = (
        "Frontier Monitor\n\nFriday 20 Jumada al-Ula 1446 AH\n\n"
        "Militants fired rockets at a police post on Friday, officials said."
    )
    assert _published(original) == "2024-11-22"


def test_gregorian_date_wins_over_hijri() -> None:
    original = (
        "Frontier Monitor\n\n20 Jumada al-Ula 1446 AH\n\n21 November 2024\n\n"
        "Militants fired rockets at a police post on Friday, officials said."
    )
    assert _published(original) == "2024-11-21"
    line = "الخميس ٢٠ جمادى الأولى ١٤٤٦ هـ الموافق ٢١ نوفمبر ٢٠٢٤ م"
    assert _published(f"Frontier Monitor\n\n{line}\n\nالنص.") == "2024-11-21"


def test_hijri_date_in_a_body_sentence_is_no_document_date() -> None:
    original = (
        "Frontier Monitor\n\nThe militia was founded in the mountains on 3 Rajab 1440 AH by "
        "a former army officer and two of his brothers."
    )
    assert _published(original) is None
    original = "Frontier Monitor\n\n14 Shaban 1445: raid on the grain market\n\nGunmen came."
    assert _published(original) is None  # an incident heading


def test_front_matter_coverage_period() -> None:
    original = (
        '---\ntitle: "Corridor Digest"\ncoverage: 3–9 February 2025\n---\n\n'
        "# Corridor Digest\n\nA convoy was stopped at a checkpoint on Tuesday."
    )
    assert _published(original) == "2025-02-09"


def test_period_in_the_title() -> None:
    assert _published(
        "A convoy was stopped at a checkpoint on Tuesday, drivers said.",
        HtmlMetadata(title="Corridor security: incidents on the northern road, 3–9 February 2025"),
    ) == ("2025-02-09")
    found = title_period_end("Week 6 (3–9 Feb 2025)")
    assert found is not None and found.value == "2025-02-09"
    # a single date in a title dates its story, not the report
    assert title_period_end("The ambush of 4 February 2025: what went wrong") is None


def test_period_in_a_body_sentence_is_no_document_date() -> None:
    original = (
        "Corridor Digest\n\nA convoy was stopped at a checkpoint on Tuesday, drivers said. "
        "Between 3 and 9 February 2025, four other convoys were robbed on the northern road."
    )
    assert _published(original) is None


def _timexes(text: str) -> dict[str, str]:
    doc = process_raw(RawDocument(path="<t>", format="text", text=text, content_hash="s17"))
    return {t.text: t.value for t in doc.timexes}


def test_weekdays_and_year_less_dates_resolve_against_a_hijri_date() -> None:
    # 23 Ramadan 1446 = Sunday 23 March 2025
    found = _timexes(
        "Niger Desk Weekly\n\n٢٣ رمضان ١٤٤٦ هـ\n\nGunmen raided a market near the river on "
        "Wednesday and killed four traders. On 20 Mar, soldiers arrested two suspects."
    )
    assert found.get("Wednesday") == "2025-03-19"
    assert found.get("20 Mar") == "2025-03-20"


def test_weekdays_resolve_against_the_end_of_a_title_period() -> None:
    found = _timexes(
        "Corridor Digest, 3–9 February 2025\n\nBandits robbed a bus on the northern road "
        "on Monday and kidnapped six passengers."
    )
    assert found.get("Monday") == "2025-02-03"


def test_publication_cue_inside_a_header_line() -> None:
    original = (
        "# Sahel corridor: the road war\n\n*Field note, Corridor Watch — published 6 May 2025*\n\n"
        "A convoy was stopped at a checkpoint on 2 May, drivers said."
    )
    assert _published(original) == "2025-05-06"
    # a revision date is no publication date
    original = (
        "# Sahel corridor: the road war\n\n*Field note, Corridor Watch — updated 6 May 2025*\n\n"
        "A convoy was stopped at a checkpoint on 2 May, drivers said."
    )
    assert _published(original) is None
