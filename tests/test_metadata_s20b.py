"""Session 20b: metadata. The review of the s20 publisher and reading change: an armed group
or a headline beside a date is no publisher, a footnote's "Source:" is no publisher, a host
name does not hide a body's source line, a table of cells without rows keeps its cells apart,
a title-case headline with its site is no kicker, an e-mail sender's person is no part of the
body, a ministry keeps its place, and French and German senders are read."""

from __future__ import annotations

from pathlib import Path

from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.read import read_file
from dossier.records import HtmlMetadata, Metadata

BODY = (
    "Militiamen burned a customs post on the border road on Friday, killing two guards, a "
    "provincial governor said. We assess that the militia will likely push toward the "
    "river port before the rains."
)


def _meta(text: str, file_metadata: HtmlMetadata | None = None) -> Metadata:
    cleaned = clean_text(text, markdown=text.startswith("#"))
    return extract_metadata(cleaned.text, file_metadata or HtmlMetadata(), original=text)


def test_an_armed_group_beside_the_date_is_no_publisher() -> None:
    text = (
        "Actor profile · Abu Sayyaf Group · 9 October 2023\n"
        f"Kidnappers move hostages between the Sulu islands\n\n{BODY}"
    )
    assert _meta(text).source is None
    text = (
        f"Balochistan | Jundallah Network | 4 April 2024\nAttacks rise on the coast road\n\n{BODY}"
    )
    assert _meta(text).source is None
    text = f"Counter-Terrorism Police Unit · 12 March 2024\nRaids follow the port bombing\n\n{BODY}"
    assert _meta(text).source is None
    # a desk beside the date still publishes
    text = f"Coast road attacks rise\nPublished 4 April 2024 | Makran Analysis Desk\n\n{BODY}"
    assert _meta(text).source == "Makran Analysis Desk"


def test_a_dated_headline_is_no_publisher() -> None:
    text = f"Militants Overrun Border Guard Directorate in Khost | 27 January 2025\n\n{BODY}"
    assert _meta(text).source is None
    text = f"Incident: Raid on Customs Unit — 3 May 2024\n\n{BODY}"
    assert _meta(text).source is None
    text = f"Ambush on Frontier Police Unit — 3 May 2024\n\n{BODY}"
    assert _meta(text).source is None


def test_a_footnote_source_is_no_publisher() -> None:
    note = "[^1]: Source: WFP market monitor for Puntland, accessed 2 June 2024.\n"
    text = (
        "# Food prices climb in Garowe\n\n*Prepared by the Horn Analysis Desk*\n\n"
        f"Prices of sorghum doubled in a month.[^1] {BODY}\n\n{note}"
    )
    assert _meta(text).source == "Horn Analysis Desk"
    bare = f"# Food prices climb in Garowe\n\nPrices of sorghum doubled in a month.[^1]\n\n{note}"
    assert _meta(bare).source is None
    # a "Source:" line of the report's own footer still names its publisher
    footer = f"# Food prices climb in Garowe\n\n{BODY}\n\nSource: Puntland Market Observatory\n"
    assert _meta(footer).source == "Puntland Market Observatory"


def test_a_host_name_does_not_hide_a_source_line() -> None:
    text = f"Flooding displaces thousands\n\nSource: Sindh Disaster Management Authority\n\n{BODY}"
    meta = _meta(text, HtmlMetadata(sitename="www.floodwatch-asia.org"))
    assert meta.source_original == "Sindh Disaster Management Authority"
    # a site's declared name still wins
    meta = _meta(text, HtmlMetadata(sitename="Indus Flood Watch"))
    assert meta.source == "Indus Flood Watch"


PAGE = """<html><head><title>Shelling along the front</title></head><body><article>
<h1>Shelling along the front</h1>
<p>Artillery fire hit three villages on the eastern front this week, local officials said, and
relief workers warned that hundreds of families had left for the regional capital.</p>
<p>The separatists said they had pushed back an assault near the reservoir after a night of
fighting with army units, who said they still held the dam.</p>
{table}
</article></body></html>"""


def _read_page(tmp_path: Path, table: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(table=table), encoding="utf-8")
    return read_file(path, 1_000_000).text


def test_table_cells_without_rows_stay_apart(tmp_path: Path) -> None:
    table = (
        "<table><th>Day</th><th>Village</th><th>Incident</th><th>Toll</th>"
        "<td>8 Feb</td><td>Kurakhove</td><td>Shelling of a school</td><td>3 killed</td></table>"
    )
    text = _read_page(tmp_path, table)
    assert "Kurakhove" in text and "3 killed" in text
    assert "DayVillage" not in text and "8 FebKurakhove" not in text


def test_blocks_of_a_table_stay_on_their_own_lines(tmp_path: Path) -> None:
    table = (
        "<table><div>8 February: drone strike on a depot near Izium, 4 workers killed</div>"
        "<div>9 February: shelling of a bus stop in Kupiansk, 2 passengers killed</div></table>"
    )
    lines = _read_page(tmp_path, table).splitlines()
    assert "8 February: drone strike on a depot near Izium, 4 workers killed" in lines
    assert "9 February: shelling of a bus stop in Kupiansk, 2 passengers killed" in lines


def test_a_title_case_headline_with_its_site_is_no_kicker() -> None:
    text = (
        "The Nagorno Exodus Anniversary | Caucasus Daily\n"
        f"A year on, families who fled still wait for word of the missing\n\n{BODY}"
    )
    meta = _meta(text)
    assert meta.section is None
    assert meta.title == "The Nagorno Exodus Anniversary | Caucasus Daily"
    text = (
        "Standoff Near Kargil | Valley Press Service\n"
        f"Troops and militants exchange fire for a third night along the ridge\n\n{BODY}"
    )
    meta = _meta(text)
    assert meta.section is None
    assert meta.title is not None and meta.title.startswith("Standoff Near Kargil")


def test_an_email_sender_person_is_no_part_of_the_body() -> None:
    text = (
        "From: Omar Haddad, Levant Analysis Unit <o.haddad@example.org>\nTo: Partners\n"
        f"Subject: Weekly note on the Bekaa\n\n{BODY}"
    )
    assert _meta(text).source == "Levant Analysis Unit"
    # a person's post is no body
    for post in ("Team Lead", "Head of Unit", "Desk Officer"):
        text = (
            f"From: Omar Haddad, {post} <o.haddad@example.org>\nTo: Partners\n"
            f"Subject: Weekly note on the Bekaa\n\n{BODY}"
        )
        assert _meta(text).source is None, post


def test_a_ministry_keeps_the_place_that_tells_it_apart() -> None:
    text = f"Casualty update: southern provinces\n\nSource: Ministry of Interior, Iraq\n\n{BODY}"
    assert _meta(text).source_original == "Ministry of Interior, Iraq"
    text = f"Border update\n\nSource: Department of Public Safety, Sonora\n\n{BODY}"
    assert _meta(text).source_original == "Department of Public Safety, Sonora"


def test_french_and_german_senders() -> None:
    french = (
        "Expéditeur : Unité de Veille Balkanique <veille@example.org>\n"
        "Destinataire : partenaires\nObjet : Note hebdomadaire sur le Kosovo\n\n" + BODY
    )
    assert _meta(french).source == "Unité de Veille Balkanique"
    lower = (
        "De : Cellule de suivi des frontières <suivi@example.org>\nÀ : partenaires\n"
        "Objet : Point sur la frontière nord\n\n" + BODY
    )
    assert _meta(lower).source == "Cellule de suivi des frontières"
    german = (
        "Von: Referat Kaukasus <kaukasus@example.org>\nAn: Verteiler\n"
        "Betreff: Lage in Bergkarabach\n\n" + BODY
    )
    assert _meta(german).source == "Referat Kaukasus"
    # a person who sends it is still none
    person = "Von: Anna Keller <a.keller@example.org>\nAn: Verteiler\nBetreff: Lage\n\n" + BODY
    assert _meta(person).source is None
