"""Session 20: metadata. The body a report's header fields credit (a desk beside the date, a
producer in a dotted field line, "By the ... Observatory"), the sender of an e-mailed report,
a page's declared publisher over a body "Source:" line, a kicker line above the headline, and
the Latin name of a publisher written in another script. Reading: a table of plain lines and a
Markdown footnote's text reach the text."""

from __future__ import annotations

from pathlib import Path

from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.read import read_file
from dossier.records import HtmlMetadata, Metadata

BODY = (
    "Gunmen attacked a checkpoint outside the town on Tuesday, killing three soldiers, a "
    "local official said. The army said it had launched an operation in the area."
)


def _meta(text: str, file_metadata: HtmlMetadata | None = None) -> Metadata:
    cleaned = clean_text(text)
    return extract_metadata(cleaned.text, file_metadata or HtmlMetadata(), original=text)


def test_a_desk_beside_the_publication_date_is_the_source() -> None:
    text = f"Fighting spreads along the Pamir road\nPublished 3 May 2024 | Central Asia Analysis Desk\n\n{BODY}"
    assert _meta(text).source == "Central Asia Analysis Desk"
    # a monitor after the kind of report, the date after a dash
    text = (
        f"# Balkan tensions rise\n\n*Briefing, Adriatic Conflict Monitor — 4 April 2024*\n\n{BODY}"
    )
    assert _meta(text).source == "Adriatic Conflict Monitor"
    # a report word in lower case after the desk is no part of its name
    text = f"Andes update\n\n**Lima Desk briefing** | Published 9 June 2023\n\n{BODY}"
    assert _meta(text).source == "Lima Desk"


def test_a_publisher_line_names_the_body_without_its_article_and_place() -> None:
    text = f"Militia violence in the Fergana valley\nPublished by the Andean Security Network, Quito\n\n{BODY}"
    assert _meta(text).source == "Andean Security Network"


def test_a_person_or_a_series_beside_the_date_is_no_source() -> None:
    text = f"Fighting spreads along the Pamir road\nPublished 3 May 2024 | Jane Roe\n\n{BODY}"
    assert _meta(text).source is None
    text = f"# Balkan tensions rise\n\n*Adriatic Security Brief — 4 April 2024*\n\n{BODY}"
    assert _meta(text).source is None


def test_a_producer_in_a_dotted_header_line() -> None:
    text = (
        "# Border Incidents Review: July 2024\n\n"
        "*Edition 7 · Prepared by the Caucasus Security Unit · Tbilisi*\n\n" + BODY
    )
    assert _meta(text).source == "Caucasus Security Unit"


def test_a_body_that_signs_the_byline_publishes_the_report() -> None:
    text = f"Cartel Violence in Michoacán\n\nBy the Pacific Research Observatory\n\n{BODY}"
    assert _meta(text).source == "Pacific Research Observatory"
    person = f"Cartel Violence in Michoacán\n\nBy Maria Lopez\n\n{BODY}"
    meta = _meta(person)
    assert meta.source is None and meta.author == "Maria Lopez"


def test_the_sender_of_an_emailed_report() -> None:
    text = (
        "From: Caspian Watch Desk <desk@caspian-watch.example>\nTo: Clients\n"
        "Subject: Daily security note\nDate: Tue, 4 Jun 2024 08:00:00 +0400\n\n" + BODY
    )
    meta = _meta(text)
    assert meta.source == "Caspian Watch Desk" and meta.title == "Daily security note"
    french = (
        "De : Unité de Veille du Sahara <observation@example.org>\nÀ : abonnés\n"
        "Objet : Bulletin sur le Fezzan\n\n" + BODY
    )
    assert _meta(french).source == "Unité de Veille du Sahara"
    # a person who sends the report publishes nothing
    person = "From: Jane Roe <jane.roe@example.org>\nTo: Clients\nSubject: Daily note\n\n" + BODY
    assert _meta(person).source is None


def test_a_page_publisher_beats_a_source_line_of_its_body() -> None:
    text = f"Mine attack near Osh\n\nSource: Local monitors / Radio Azattyk\n\n{BODY}"
    meta = _meta(text, HtmlMetadata(sitename="Fergana Valley Watch"))
    assert meta.source == "Fergana Valley Watch"
    # with no publisher declared, a single source line still names it
    assert _meta(f"Mine attack near Osh\n\nSource: Al Jazeera\n\n{BODY}").source == "Al Jazeera"


def test_a_kicker_line_is_the_section_above_the_title() -> None:
    text = f"CONFLICT | CENTRAL ASIA | TAJIKISTAN\nBorder guards trade fire over a disputed canal\n\n{BODY}"
    meta = _meta(text)
    assert meta.title == "Border guards trade fire over a disputed canal"
    assert meta.section == "CONFLICT | CENTRAL ASIA | TAJIKISTAN"
    text = f"Caucasus Brief | Georgia\nProtesters clash with police outside parliament\n\n{BODY}"
    assert _meta(text).title == "Protesters clash with police outside parliament"
    # a headline with its site after a bar is the title, not a kicker
    text = f"Gunmen kill 12 in Zamfara | Nigeria Daily Wire\n\n{BODY}"
    assert _meta(text).title is not None and _meta(text).title.startswith("Gunmen kill 12")


def test_the_latin_name_of_a_publisher_written_in_another_script() -> None:
    text = (
        "Gulf maritime incidents, June 2024\n\nالمصدر: مرصد الأمن البحري\n"
        "Prepared by the Gulf Maritime Desk, Muscat team\n\n" + BODY
    )
    meta = _meta(text)
    assert meta.source == "Gulf Maritime Desk"
    assert meta.source_original == "مرصد الأمن البحري"


# -- reading: text the readers must keep -------------------------------------------------------

PAGE = """<html><head><title>Clashes in the north</title></head><body><article>
<h1>Clashes in the north</h1>
<p>Fighting between the army and a rebel coalition spread to three districts this week, officials
said, and aid groups warned that thousands of families had fled their homes.</p>
<p>The rebels said they had taken two villages near the river crossing after a day of fighting
with government troops, who denied losing any ground.</p>
{table}
</article></body></html>"""


def _read_page(tmp_path: Path, table: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(table=table), encoding="utf-8")
    return read_file(path, 1_000_000).text


def test_a_table_of_plain_lines_reaches_the_text(tmp_path: Path) -> None:
    table = (
        '<table class="log">\n| Date | District | Incident | Toll |\n|---|---|---|---|\n'
        "| 4 Mar | Khorog | Attack on a border post | 6 killed |\n| 6 Mar | Vanj | Raid on a bazaar | 2 killed |\n"
        "</table>"
    )
    text = _read_page(tmp_path, table)
    assert "| 4 Mar | Khorog | Attack on a border post | 6 killed |" in text
    assert "| 6 Mar | Vanj | Raid on a bazaar | 2 killed |" in text


def test_a_table_of_rows_and_cells_still_reaches_the_text(tmp_path: Path) -> None:
    table = (
        "<table><tr><th>Date</th><th>District</th><th>Incident</th></tr>"
        "<tr><td>4 Mar</td><td>Khorog</td><td>Attack on a border post</td></tr></table>"
    )
    text = _read_page(tmp_path, table)
    assert "Khorog" in text and "Attack on a border post" in text


def test_a_markdown_footnote_keeps_its_text() -> None:
    text = (
        "# Pamir digest\n\nThe militia broke with the district council in 2021.[^1]\n\n"
        "[report]: https://example.org/report\n\n"
        "[^1]: The council appointed a new police chief for Khorog in June 2021.\n"
    )
    cleaned = clean_text(text, markdown=True).text
    assert "The council appointed a new police chief for Khorog in June 2021." in cleaned
    assert "[^1]" not in cleaned and "example.org" not in cleaned
