"""Document dates on short reports run through the whole pipeline: wire datelines with a state
or country, dates in digits read in the document's own day/month order, reporting periods,
header lines of cells and desk bylines, and weekdays that name an observance, not a day."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.dates import numeric_date_order, parse_date_line
from dossier.pipeline import process_file
from dossier.records import DateValue, Document
from dossier.resolve.timex import parse_dateline
from dossier.resolve.timex.dateline import wire_dateline
from dossier.settings import Settings


def _process(tmp_path: Path, text: str, name: str = "report.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return process_file(path, Settings())


def _day(value: str) -> DateValue:
    return DateValue(value, "day")


def _values(doc: Document) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for t in doc.timexes:
        found.setdefault(t.text, []).append(t.value)
    return found


# --------------------------------------------------------------------------------------------
# wire datelines with a state or country between the city and the date


def test_reuters_dateline_with_a_country_dates_and_sources_the_story(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "ADEN, Yemen, June 13, 2024 (Reuters) - A Greek-owned bulk carrier was set ablaze in "
        "the Red Sea on Wednesday after being struck by a drone boat, maritime security "
        "sources said.\n\n"
        "Early on Thursday, U.S. and British forces struck Houthi targets in Hodeidah.\n\n"
        "Washington designated the Houthis a terrorist group in January.\n",
    )
    meta = doc.metadata
    assert meta.published == _day("2024-06-13")
    assert meta.source == "Reuters"
    assert meta.title is None  # the lede is no title
    values = _values(doc)
    assert values["Wednesday"] == ["2024-06-12"]
    assert values["January"] == ["2024-01"]
    # the dateline is a sentence of its own, the story starts after it
    assert doc.text[doc.sentences[1].start :].startswith("A Greek-owned")


def test_afp_dateline_with_day_month_year_after_the_country(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "KANO, Nigeria, 3 May 2024 (AFP) — Gunmen killed twelve villagers in Kano state on "
        "Wednesday, police said.\n",
    )
    assert doc.metadata.published == _day("2024-05-03")
    assert doc.metadata.source == "Agence France-Presse"
    assert doc.metadata.title is None
    assert _values(doc)["Wednesday"] == ["2024-05-01"]


def test_dateline_without_a_date_gives_the_source_only(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "Boko Haram kills nine soldiers in raid\n\n"
        "MAIDUGURI, Nigeria (Reuters) - Boko Haram fighters killed nine soldiers in Borno "
        "state on Tuesday, the army said.\n",
    )
    meta = doc.metadata
    assert meta.published is None
    assert meta.source == "Reuters"
    assert meta.title == "Boko Haram kills nine soldiers in raid"
    assert _values(doc)["Tuesday"] == ["XXXX-WXX-2"]  # no date invented


def test_a_source_line_wins_over_the_dateline_agency(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "KABUL, Afghanistan, March 3, 2024 (Reuters) - Taliban forces detained two aid "
        "workers in Kabul on Saturday.\n\nSource: Example Monitor\n",
    )
    assert doc.metadata.source == "Example Monitor"
    assert doc.metadata.published == _day("2024-03-03")


@pytest.mark.parametrize(
    ("text", "value", "agency"),
    [
        ("BAMAKO, June 19, 2023 (Reuters) - Gunmen attacked", "2023-06-19", "Reuters"),
        ("WASHINGTON (AP) — March 4, 2019 — The Senate voted", "2019-03-04", "AP"),
        ("LIMA, 10 JAN 90 (EFE) -- [TEXT] THE NATIONAL POLICE", "1990-01-10", "EFE"),
        ("MEXICO CITY (MEXICO), 12 JAN 90 (DPA) -- [TEXT] SALVADORAN", "1990-01-12", "DPA"),
        ("ADEN, Yemen, June 13, 2024 (Reuters) - A carrier", "2024-06-13", "Reuters"),
        (
            "GOMA, Democratic Republic of Congo, May 3, 2024 (Reuters) - M23",
            "2024-05-03",
            "Reuters",
        ),
        ("BOGOTÁ, Colombia, Sept. 3, 2024 (AP) — Rebels", "2024-09-03", "AP"),
        ("KYIV, Ukraine, Monday, June 10, 2024 (AP) — Drones", "2024-06-10", "AP"),
    ],
)
def test_dateline_forms(text: str, value: str, agency: str) -> None:
    found = wire_dateline(text)
    assert found is not None and (found.date, found.agency) == (_day(value), agency)
    assert parse_dateline(text) == _day(value)


@pytest.mark.parametrize(
    "text",
    [
        "ISIS — the return of a threat in the east",
        "May 3, 2024 - The army entered the town",
        "The army (Reuters) - said nothing",
        "ABUJA — Nigeria's army said on Monday",
    ],
)
def test_not_datelines(text: str) -> None:
    assert wire_dateline(text) is None


# --------------------------------------------------------------------------------------------
# dates in digits: the document's order, never a future date for a past event

BULLETIN = """CABO DELGADO SECURITY UPDATE No. 7
Humanitarian Access Working Group
Reporting period: 01/05/2024 – 31/05/2024

1) 03/05/2024 – Ancuabe district: Armed men burned 40 houses in the village of Nanduli.

2) 10/05/2024 – Macomia town: Insurgents entered Macomia town at dawn. ISM claimed the raid
via Amaq on 11/05/2024.

3) 21/05/2024 – Muidumbe district: Insurgents beheaded two fishermen near Miangalewa.

Next update: 14/06/2024.
"""


def test_a_reporting_period_dates_the_bulletin_by_its_end(tmp_path: Path) -> None:
    doc = _process(tmp_path, BULLETIN)
    assert doc.metadata.published == _day("2024-05-31")


def test_dates_in_digits_are_read_day_first_once_one_must_be(tmp_path: Path) -> None:
    values = _values(_process(tmp_path, BULLETIN))
    assert values["01/05/2024"] == ["2024-05-01"]
    assert values["03/05/2024"] == ["2024-05-03"]
    assert values["10/05/2024"] == ["2024-05-10"]
    assert values["11/05/2024"] == ["2024-05-11"]  # not 5 November, after the report
    assert values["21/05/2024"] == ["2024-05-21"]  # a full date, not the year alone
    assert values["14/06/2024"] == ["2024-06-14"]


def test_an_incident_dated_in_digits_gets_its_day(tmp_path: Path) -> None:
    doc = _process(tmp_path, BULLETIN)
    dated = {e.date.value for e in doc.events if e.date is not None}
    assert "2024-05-10" in dated or "2024-05-11" in dated
    assert not any(v.startswith("2024-1") for v in dated)


def test_month_first_when_a_date_shows_it(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "Field note\n\nPublished: 20 May 2024\n\n"
        "Police arrested two men on 05/14/2024. A second raid followed on 05/11/2024.\n",
    )
    values = _values(doc)
    assert values["05/14/2024"] == ["2024-05-14"]
    assert values["05/11/2024"] == ["2024-05-11"]


def test_us_style_written_dates_make_ambiguous_digits_month_first(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "WASHINGTON, June 13, 2024 (Reuters) - A Pentagon memo dated 06/11/2024 said the "
        "strikes on June 3 and June 7 had hit radar sites.\n",
    )
    assert _values(doc)["06/11/2024"] == ["2024-06-11"]


def test_a_past_date_is_not_read_after_the_report(tmp_path: Path) -> None:
    # a US-style report (month first) dated 13 June 2024: "11/05/2024" read month first
    # would be 5 November, months after the report; 11 May is the reading
    doc = _process(
        tmp_path,
        "WASHINGTON, June 13, 2024 (Reuters) - Officials said on June 12 that the convoy "
        "was ambushed on 11/05/2024 near the border.\n",
    )
    assert _values(doc)["11/05/2024"] == ["2024-05-11"]


def test_a_future_date_in_the_document_order_stays_in_the_future(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "Situation update\n\nPublished: 31 May 2024\n\n"
        "Insurgents attacked Mbau on 14/05/2024. The next coordination meeting will be held "
        "on 05/07/2024 in Pemba.\n",
    )
    assert _values(doc)["05/07/2024"] == ["2024-07-05"]


def test_numeric_date_order() -> None:
    assert numeric_date_order("on 01/05/2024 and 31/05/2024") == "dmy"
    assert numeric_date_order("on 05/01/2024 and 05/31/2024") == "mdy"
    assert numeric_date_order("on June 3 and June 13, 2024, and 06/11/2024") == "mdy"
    assert numeric_date_order("on 3 June and 13 June 2024, and 06/11/2024") == "dmy"
    assert numeric_date_order("only 06/11/2024") == "dmy"


# --------------------------------------------------------------------------------------------
# header lines of cells and desk bylines


def test_published_date_inside_a_header_line_of_cells(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "# Pakistan–Afghanistan: TTP Violence and Cross-Border Strikes\n\n"
        "**Khyber Desk briefing** | Published 22 March 2024 | Classification: Public\n\n"
        "## Incidents\n\n"
        "In a statement on 19 March, the Afghan Taliban rejected the accusation.\n",
        "brief.md",
    )
    assert doc.metadata.published == _day("2024-03-22")
    assert doc.metadata.title == "Pakistan–Afghanistan: TTP Violence and Cross-Border Strikes"
    assert _values(doc)["19 March"] == ["2024-03-19"]


def test_desk_byline_with_a_lowercase_report_word(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "# Pakistan briefing\n\nKhyber Desk briefing — 22 March 2024\n\n"
        "Militants attacked a police post in Bannu on 19 March, killing three policemen.\n",
        "desk.md",
    )
    assert doc.metadata.published == _day("2024-03-22")


@pytest.mark.parametrize(
    "line",
    [
        "Attacks rose sharply across the north — 22 March 2024",
        "| Indicator | 22 March 2024 | Source | UN Monitoring Team | estimate | notes | more |",
        "The army said | it had retaken the town on 22 March 2024 after heavy fighting",
    ],
)
def test_not_header_date_lines(line: str) -> None:
    assert parse_date_line(line, "en") is None


# --------------------------------------------------------------------------------------------
# weekdays that name an observance


def test_friday_prayers_is_no_date(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "Published: 8 July 2024\n\n"
        "Four days earlier, on 21 June 2024, gunmen stormed the village of Tahoua-Kouara "
        "during Friday prayers, killing at least 45 civilians, according to local sources.\n",
    )
    assert "Friday" not in _values(doc)
    dated = [e.date.value for e in doc.events if e.date is not None]
    assert "2024-07-05" not in dated
    assert dated and all(v == "2024-06-21" for v in dated)


@pytest.mark.parametrize(
    "sentence",
    [
        "Worshippers were leaving Sunday Mass when the bomb went off.",
        "The church was attacked during a Sunday service in the town.",
        "Protests broke out after Friday prayer in the capital.",
    ],
)
def test_observances_are_no_dates(tmp_path: Path, sentence: str) -> None:
    doc = _process(tmp_path, f"Published: 8 July 2024\n\n{sentence}\n")
    assert not any(t.value.startswith("2024-07") for t in doc.timexes if t.text != "8 July 2024")


def test_a_weekday_that_dates_an_event_is_still_a_date(tmp_path: Path) -> None:
    doc = _process(
        tmp_path,
        "Published: 8 July 2024\n\n"
        "Gunmen attacked worshippers on Friday. On Sunday prayers were cancelled in the town. "
        "In his Sunday Mass the bishop condemned the attack.\n",
    )
    values = _values(doc)
    assert values["Friday"] == ["2024-07-05"]
    assert values["Sunday"] == ["2024-07-07", "2024-07-07"]
