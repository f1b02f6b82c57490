"""(s23) What a report says about itself, in other languages and scripts: digits of every
script, dates written year first, period lines and sign-offs in other languages, category and
handling labels above the title, an organisation named with its acronym, a desk of an
organisation, and the Latin name of a publisher named in another script.

Every text here is written for the test (no report's wording)."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_docs import plain_metadata as _meta

from dossier.clean import clean_text
from dossier.dates import parse_date_line, rank_date_line
from dossier.metadata import extract_metadata
from dossier.read import read_file
from dossier.records import HtmlMetadata

NONE = HtmlMetadata()
BODY = (
    "Armed men on motorbikes raided two villages on Tuesday and burned the granaries, "
    "residents told local radio."
)


# --------------------------------------------------------------------------------------------
# digits of every script, dates written year first, month names of more languages


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Published: ๑๒ May ๒๐๒๕", "2025-05-12"),  # Thai digits
        ("Published: ១២ May ២០២៥", "2025-05-12"),  # Khmer digits
        ("Published: ໑໒ May ໒໐໒໕", "2025-05-12"),  # Lao digits
        ("Published: ༡༢ May ༢༠༢༥", "2025-05-12"),  # Tibetan digits
        ("Published: ૧૨ May ૨૦૨૫", "2025-05-12"),  # Gujarati digits
        ("Published: １２ May ２０２５", "2025-05-12"),  # fullwidth digits
        ("১২ মে ২০২৫", "2025-05-12"),  # Bengali month and digits
        ("၂၀၂၄ ခုနှစ် ဒီဇင်ဘာလ ၅ ရက်", "2024-12-05"),  # Burmese, year first
        ("Közzétéve: 2025. március 4.", "2025-03-04"),  # Hungarian, year first
        ("2025 m. kovo 4 d.", "2025-03-04"),  # Lithuanian, year first
        ("Tarehe: 4 Machi 2025", "2025-03-04"),  # Swahili
        ("Jakarta, 4 Desember 2025", "2025-12-04"),  # Indonesian
        ("Москва, 18 ноября 2025 г.", "2025-11-18"),
        ("Ranar: 4 Maris 2025", "2025-03-04"),  # Hausa
    ],
)
def test_date_lines_in_other_scripts_and_languages(line: str, value: str) -> None:
    found = parse_date_line(line)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    "line",
    [
        "In 2024 May 3 people died in the floods",  # a year and a month inside a sentence
        "2024: May 12 attack on the depot, a timeline",
        "๑๒ พฤษภาคม ๒๕๖๘",  # a Thai Buddhist-era year is no Gregorian year
        "Du matériel a été saisi le 3 mai 2024 près de la frontière",  # a French sentence
    ],
)
def test_no_date_line_from_sentences_or_other_eras(line: str) -> None:
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Periodo cubierto: del 3 al 9 de mayo de 2024", "2024-05-09"),
        ("Отчётный период: с 3 по 9 мая 2024 г.", "2024-05-09"),
        ("Covering: from 3 to 9 May 2024", "2024-05-09"),
    ],
)
def test_period_lines_in_other_languages_end_the_period(line: str, value: str) -> None:
    found = rank_date_line(line)
    assert found is not None and found[0].value == value
    assert found[1] == 3  # RANK_PERIOD: the span covered, not a publication date


# --------------------------------------------------------------------------------------------
# a sign-off dates a report whose header states only its period


def test_a_sign_off_dates_a_report_that_states_only_its_period() -> None:
    text = (
        "Informe semanal de seguridad: Nariño y Cauca\n\n"
        "Periodo cubierto: del 3 al 9 de mayo de 2024\n\n"
        f"{BODY}\n\n{BODY}\n\n"
        "Pasto, 11 de mayo de 2024\n"
    )
    meta = _meta(text)
    assert meta.published is not None and meta.published.value == "2024-05-11"


@pytest.mark.parametrize(
    "closing",
    [
        "The army said, 14 May 2024",  # a clause, not a place
        "Reuters, 14 May 2024",  # a publisher cited, not a place
        "Pasto, mayo de 2024",  # a month: no day signed
        "Amnesty International, 14 May 2024.",  # a citation ends with a full stop
        # a list of the works cited, one "Name, date" line after another
        "Human Rights Watch, 12 May 2024\nMédecins Sans Frontières, 13 May 2024",
    ],
)
def test_no_sign_off_from_citations_clauses_or_months(closing: str) -> None:
    text = (
        "Weekly security note: southern highlands\n\n"
        "Period covered: 3-9 May 2024\n\n"
        f"{BODY}\n\n{BODY}\n\n{closing}\n"
    )
    meta = _meta(text)
    assert meta.published is None or meta.published.value == "2024-05-09"


# --------------------------------------------------------------------------------------------
# category and handling labels, mastheads and letterheads above the title


def test_a_handling_label_is_never_the_title() -> None:
    text = (
        "SECURITY / SAHEL — FOR OFFICIAL USE ONLY\n\n"
        "Drone strikes hit a fuel convoy near Gao\n\n"
        f"{BODY}\n"
    )
    assert _meta(text).title == "Drone strikes hit a fuel convoy near Gao"


def test_a_category_path_in_capitals_is_never_the_title() -> None:
    text = (
        "HUMAN RIGHTS / PROTECTION OF CIVILIANS — HORN OF AFRICA\n\n"
        "Checkpoint killings rise along the Kismayo road\n\n"
        f"{BODY}\n"
    )
    assert _meta(text).title == "Checkpoint killings rise along the Kismayo road"


@pytest.mark.parametrize(
    "headline",
    [
        "TWO KILLED AS RAIDERS HIT MARKET — POLICE",  # a headline in capitals with a dash
        "SAHEL WEEKLY REPORT / MALI — NIGER",  # a line that names a report is its title
    ],
)
def test_a_headline_in_capitals_stays_the_title(headline: str) -> None:
    assert _meta(f"{headline}\n\nThe cost of fuel\n\n{BODY}\n").title == headline


def test_a_kicker_path_stays_the_section() -> None:
    meta = _meta(
        f"CONFLICT | WEST AFRICA | GHANA\n\nHerders and farmers clash in Bawku\n\n{BODY}\n"
    )
    assert meta.section == "CONFLICT | WEST AFRICA | GHANA"
    assert meta.title == "Herders and farmers clash in Bawku"


def test_a_masthead_names_the_publication_not_the_title() -> None:
    text = (
        "LAKE CHAD POST · WEEKLY SECURITY BULLETIN · Issue 7\n\n"
        "Fishermen abducted on the islands\n\n"
        f"{BODY}\n"
    )
    meta = _meta(text)
    assert meta.title == "Fishermen abducted on the islands"
    assert meta.source == "Weekly Security Bulletin"


def test_a_kicker_with_an_issue_number_names_no_place_as_publisher() -> None:
    meta = _meta(f"SECURITY · NIGER · Issue 12\n\nA convoy is ambushed near Tahoua\n\n{BODY}\n")
    assert meta.source != "Niger"


def test_an_organisation_named_with_its_acronym_heads_the_report() -> None:
    text = (
        "DISTRIBUCIÓN RESTRINGIDA\n\n"
        "Centro de Análisis del Pacífico (CAP)\n"
        "Oficina de Tumaco – Antena de Barbacoas\n\n"
        "INFORME No. 12\n"
        "River ambush in Nariño leaves four soldiers dead\n\n"
        f"{BODY}\n"
    )
    meta = _meta(text)
    assert meta.title == "River ambush in Nariño leaves four soldiers dead"
    assert meta.source == "Centro de Análisis del Pacífico"


@pytest.mark.parametrize(
    "headline",
    [
        "Attack on the Depot (Update)",  # a bracket that spells nothing
        "Liberation Front (LF) claims the bridge attack",  # a headline about a group
    ],
)
def test_brackets_that_name_no_publisher(headline: str) -> None:
    meta = _meta(f"{headline}\n\n{BODY}\n\n{BODY}\n")
    assert meta.title == headline
    assert meta.source is None


def test_a_producer_named_with_its_acronym_publishes() -> None:
    text = (
        "Kivu lakeshore bulletin: fishing boats seized\n\n"
        "Prepared by: Lake Kivu Analysts Collective (LKAC), Goma desk\n\n"
        f"{BODY}\n"
    )
    assert _meta(text).source == "Lake Kivu Analysts Collective"


# --------------------------------------------------------------------------------------------
# sources: a desk of an organisation, lists of sources, names in another script


def test_the_desk_of_an_organisation_in_a_sender_field() -> None:
    text = (
        "From: Analysis Desk, Andean Security Consortium <desk@example.org>\n"
        "To: Field teams\n"
        "Subject: Weekly note — river corridor incidents\n\n"
        f"{BODY}\n"
    )
    source = _meta(text).source or ""
    assert "Andean Security Consortium" in source


def test_a_desk_with_its_city_names_no_organisation() -> None:
    text = (
        "From: Analysis Desk, Nairobi <desk@example.org>\n"
        "To: Field teams\n"
        "Subject: Weekly note — border incidents\n\n"
        f"{BODY}\n"
    )
    assert _meta(text).source == "Analysis Desk"


def test_a_source_line_listing_what_the_report_drew_on_is_no_publisher() -> None:
    text = (
        "Centro de Monitoreo Andino (CMA)\n\n"
        "Boletín No. 9\n"
        "Ataques en el corredor del río\n\n"
        f"{BODY}\n\n"
        "Fuente: informes de socios, Radio Caracol y autoridades locales\n"
    )
    assert _meta(text).source == "Centro de Monitoreo Andino"


def test_a_source_line_with_a_place_still_names_the_publisher() -> None:
    text = f"Clashes in the north\n\n{BODY}\n\nSource: Centre for Research and Analysis, Nairobi\n"
    assert _meta(text).source == "Centre for Research and Analysis"


def test_a_publisher_in_cyrillic_goes_by_the_desk_credited_in_latin(tmp_path: Path) -> None:
    text = (
        "---\n"
        'title: "Kharkiv front note"\n'
        "source: Зведення волонтерів Харківщини\n"
        "compiled_by: Kharkiv team (evening rota)\n"
        "---\n\n"
        f"{BODY}\n"
    )
    path = tmp_path / "note.md"
    path.write_text(text, encoding="utf-8")
    raw = read_file(path, 1 << 20)
    cleaned = clean_text(raw.text, markdown=True)
    meta = extract_metadata(cleaned.text, raw.file_metadata, original=cleaned.original)
    assert meta.source == "Kharkiv team"
    assert meta.source_original is not None and "Зведення волонтерів" in meta.source_original


def test_a_known_english_form_wins_over_a_desk() -> None:
    text = (
        "Pipeline blast near the border\n\n"
        "Источник: Интерфакс\n"
        "Prepared by the Caspian Analysis Desk\n\n"
        f"{BODY}\n"
    )
    assert _meta(text).source == "Interfax"


def test_a_report_that_says_it_has_no_date_keeps_its_hijri_month_as_reference() -> None:
    text = f"Monthly digest: the lake islands\n\nPublished: n/d\nHijri: شوال ١٤٤٦ هـ\n\n{BODY}\n"
    assert _meta(text).published is None
