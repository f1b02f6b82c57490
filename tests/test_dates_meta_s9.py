"""Dates and metadata of report layouts seen on unseen reports: credit lines above a headline,
a trailing list of sources, a Markdown report's first-level heading, page headers and page
numbers of a brief printed page by page, and period expressions ("hours after the attack",
"the last week of March", "during the month", "during the week")."""

from __future__ import annotations

from pathlib import Path

from test_dates_meta_s8 import _process

from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.read import read_file
from dossier.records import DateValue, HtmlMetadata
from dossier.resolve.timex import extract_timexes

NONE = HtmlMetadata()
BODY = (
    "Fighters of the movement crossed the river at dawn and attacked an army post, "
    "residents said, before withdrawing towards the forest in the afternoon."
)


def _timexes(text: str, dct: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.value, t.type) for t in extract_timexes(text, DateValue(dct, "day"), None)}


# --------------------------------------------------------------------------------------------
# title and source


def test_a_credit_line_of_agencies_is_not_the_title() -> None:
    text = (
        "Al Jazeera / AFP (compiled)\n2 June 2024\n\n"
        "Militants overrun army outpost near the Niger border\n\n" + BODY
    )
    meta = extract_metadata(clean_text(text).text, NONE)
    assert meta.title == "Militants overrun army outpost near the Niger border"
    assert meta.source == "Al Jazeera"


def test_a_credit_line_under_a_letterhead_in_another_script() -> None:
    text = (
        "الجزيرة\nAgence France-Presse and agencies\n2 June 2024\n\n"
        "Militants overrun army outpost near the Niger border\n\n" + BODY
    )
    meta = extract_metadata(clean_text(text).text, NONE)
    assert meta.title == "Militants overrun army outpost near the Niger border"
    assert meta.source == "Al Jazeera"


def test_a_trailing_list_of_sources_is_not_the_publisher() -> None:
    text = (
        "Militants overrun army outpost near the Niger border\n2 June 2024\n\n" + BODY + "\n\n"
        "Sources: ACLED, OCHA, local radio, Agence France-Presse. Figures are provisional.\n"
    )
    meta = extract_metadata(clean_text(text).text, NONE)
    assert meta.source is None and meta.source_original is None
    # a single source still names the publisher
    text = "Militants overrun army outpost\n2 June 2024\n\n" + BODY + "\n\nSource: Al Jazeera\n"
    assert extract_metadata(clean_text(text).text, NONE).source == "Al Jazeera"


MARKDOWN = """# Sahel Security Digest — Issue 14 (3–9 June 2024)

*Compiled by the regional analysis cell. Covering the tri-border area since the coup of 26 July 2023.*

## Overview

Fighters of the movement crossed the river at dawn and attacked an army post, residents said.
"""


def test_the_desk_that_prepared_a_report_is_its_publisher() -> None:
    text = (
        "Prepared by the Sahel Analysis Team. Covers the tri-border area.\n"
        "Militants overrun army outpost near the Niger border\n2 June 2024\n\n" + BODY
    )
    meta = extract_metadata(clean_text(text).text, NONE)
    assert meta.title == "Militants overrun army outpost near the Niger border"
    assert meta.source == "Sahel Analysis Team"
    person = "Prepared by Jane Roe\nMilitants overrun army outpost\n2 June 2024\n\n" + BODY
    assert extract_metadata(clean_text(person).text, NONE).source is None


def test_the_first_level_heading_of_a_markdown_report_is_its_title(tmp_path: Path) -> None:
    path = tmp_path / "digest.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    raw = read_file(path, 1_000_000)
    assert raw.file_metadata.title == "Sahel Security Digest — Issue 14 (3–9 June 2024)"
    doc = _process(tmp_path, MARKDOWN, "digest.md")
    assert doc.metadata.title == "Sahel Security Digest — Issue 14 (3–9 June 2024)"
    # a section label as the first heading is no title: the headline under it is
    path = tmp_path / "label.md"
    path.write_text("# Analysis\n\n## Rebels take the border town\n\n" + BODY + "\n")
    raw = read_file(path, 1_000_000)
    assert raw.file_metadata.title is None
    meta = extract_metadata(clean_text(raw.text, markdown=True).text, raw.file_metadata)
    assert (meta.section, meta.title) == ("Analysis", "Rebels take the border town")
    # a title in the front matter beats the heading
    path = tmp_path / "fm.md"
    path.write_text("---\ntitle: The Real Title\n---\n\n# Another Heading\n\nText.\n")
    assert read_file(path, 1_000_000).file_metadata.title == "The Real Title"


# --------------------------------------------------------------------------------------------
# page headers and page numbers

PAGED = (
    "KIVU FIELD NOTE — NORTH KIVU / ITURI            Page 1 of 2\n"
    "Goma, 8 May 2024\n\n"
    "1. Fighters of the movement attacked an army post near Rutshuru on 3 May, residents "
    "said.\n"
    "KIVU FIELD NOTE — NORTH KIVU / ITURI            Page 2 of 2\n"
    "2. The army retook the post the next day, a spokesman said.\n"
    "- 2 -\n"
)


def test_page_headers_and_numbers_are_cleaned_away_with_honest_offsets() -> None:
    cleaned = clean_text(PAGED)
    assert "Page" not in cleaned.text and "- 2 -" not in cleaned.text
    assert cleaned.text.count("KIVU FIELD NOTE") == 1
    assert "residents said.\n2. The army retook" in cleaned.text
    start = cleaned.text.index("The army retook")
    s, e = cleaned.to_original(start, start + len("The army retook"))
    assert PAGED[s:e] == "The army retook"
    # a line repeated without a page number (a heading of each section) stays
    text = "Incidents\n\nA post was attacked.\n\nIncidents\n\nA convoy was ambushed.\n"
    assert clean_text(text).text.count("Incidents") == 2


def test_the_title_has_no_page_number(tmp_path: Path) -> None:
    doc = _process(tmp_path, PAGED)
    assert doc.metadata.title == "KIVU FIELD NOTE — NORTH KIVU / ITURI"


# --------------------------------------------------------------------------------------------
# period expressions


def test_hours_after_an_event_takes_the_day_last_told() -> None:
    text = (
        "Gunmen stormed a police academy on 4 March 2024, killing nine recruits. "
        "Hours after the academy attack, helicopters struck camps in the hills."
    )
    found = _timexes(text, "2024-05-01")
    assert found["Hours after"] == ("2024-03-04", "DATE")


def test_hours_after_a_named_event_takes_that_events_date() -> None:
    text = (
        "Gunmen stormed the Kirinda police academy on 4 March 2024, killing nine recruits. "
        "On 9 March, the army said it had arrested two suspects. "
        "Hours after the Kirinda attack, helicopters struck camps in the hills."
    )
    assert _timexes(text, "2024-05-01")["Hours after"] == ("2024-03-04", "DATE")


def test_hours_after_dates_the_event(tmp_path: Path) -> None:
    text = (
        "Army strikes rebels after academy raid\n1 May 2024\n\n"
        "Gunmen stormed a police academy in Kirinda on 4 March 2024, killing nine recruits. "
        "The attackers fled on foot towards the hills. Hours after the academy attack, army "
        "helicopters struck rebel camps near Lubero, killing 12 fighters.\n"
    )
    doc = _process(tmp_path, text)
    bombed = [e for e in doc.events if "helicopters struck" in e.anchor.quote]
    assert bombed and bombed[0].date is not None and bombed[0].date.value == "2024-03-04"


def test_a_week_of_a_month() -> None:
    found = _timexes(
        "In the last week of March, rebels took the town. The first week of June 2023 was calm.",
        "2024-05-01",
    )
    # 25-31 March 2024: Monday 25 March; 1 June 2023 is a Thursday, in week 22
    assert found["the last week of March"] == ("2024-W13", "DATE")
    assert found["The first week of June 2023"] == ("2023-W22", "DATE")


def test_during_the_month_is_the_month_last_told_else_the_reports() -> None:
    found = _timexes("Clashes grew in March. Dozens were detained during the month.", "2024-05-01")
    assert found["the month"] == ("2024-03", "DATE")
    found = _timexes("Dozens were detained during the month.", "2024-05-20")
    assert found["the month"] == ("2024-05", "DATE")


def test_during_the_week_is_the_reports_week() -> None:
    text = "The new governor, sworn in on 2 May, said troops were deployed during the week."
    assert _timexes(text, "2024-05-12")["the week"] == ("2024-W19", "DATE")
    assert "the week" not in _timexes("He spoke during the week of the vote.", "2024-05-12")
