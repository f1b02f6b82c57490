"""(s25) Metadata of three layouts: a note whose first line is its tags ("#sahel #sitrep"),
a report dated only by a production stamp in a page footer below the period it covers, and a
compilation of wire stories under its compiler's header. All texts are written for these
tests."""

from __future__ import annotations

from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.records import HtmlMetadata, Metadata


def _meta(original: str, markdown: bool = False) -> Metadata:
    cleaned = clean_text(original, markdown=markdown)
    return extract_metadata(cleaned.text, HtmlMetadata(), original=original)


def test_a_line_of_tags_is_no_title() -> None:
    text = (
        "#niger #tillaberi #weekly\n\n"
        "# Convoy ambush near Ayorou and a new curfew in Tera\n\n"
        "Published 4 March 2026\n\n"
        "Gunmen ambushed a supply convoy near Ayorou on Sunday, the army said."
    )
    meta = _meta(text, markdown=True)
    assert meta.title == "Convoy ambush near Ayorou and a new curfew in Tera"


def test_a_single_hashtag_heading_is_still_a_title() -> None:
    text = "#Ayorou\n\nGunmen ambushed a supply convoy near Ayorou on Sunday, the army said."
    assert _meta(text).title == "Ayorou"


def test_a_production_stamp_dates_a_report_after_its_period() -> None:
    text = (
        "FLOOD AND CONFLICT UPDATE: Upper Nile\n"
        "Reporting period: 1-14 October 2026\n\n"
        "Clashes between two armed youth groups displaced 4,000 people near Nasir, local "
        "officials said, and the road to Ulang stayed closed.\n\n"
        "Camp 1 reported no new arrivals this week.\n\n"
        "Camp 2 reported no new arrivals this week.\n\n"
        "Camp 3 reported no new arrivals this week.\n\n"
        "Camp 4 reported no new arrivals this week.\n\n"
        "Camp 5 reported no new arrivals this week.\n\n"
        "Camp 6 reported no new arrivals this week.\n\n"
        "Camp 7 reported no new arrivals this week.\n\n"
        "Camp 8 reported no new arrivals this week.\n\n"
        "Camp 9 reported no new arrivals this week.\n\n"
        "Camp 10 reported no new arrivals this week.\n\n"
        "Camp 11 reported no new arrivals this week.\n\n"
        "Camp 12 reported no new arrivals this week.\n\n"
        "Camp 13 reported no new arrivals this week.\n\n"
        "Camp 14 reported no new arrivals this week.\n\n"
        "Produced 17.10.2026\n\n"
        "Aid convoys reached Nasir on 12 October after a week of delays."
    )
    published = _meta(text).published
    assert published is not None and published.value == "2026-10-17"


def test_a_stamp_before_the_period_ends_does_not_date_the_report() -> None:
    text = (
        "FLOOD AND CONFLICT UPDATE: Upper Nile\n"
        "Reporting period: 1-14 October 2026\n\n"
        "Clashes between two armed youth groups displaced 4,000 people near Nasir.\n\n"
        "Camp 1 reported no new arrivals this week.\n\n"
        "Camp 2 reported no new arrivals this week.\n\n"
        "Camp 3 reported no new arrivals this week.\n\n"
        "Camp 4 reported no new arrivals this week.\n\n"
        "Camp 5 reported no new arrivals this week.\n\n"
        "Camp 6 reported no new arrivals this week.\n\n"
        "Camp 7 reported no new arrivals this week.\n\n"
        "Camp 8 reported no new arrivals this week.\n\n"
        "Camp 9 reported no new arrivals this week.\n\n"
        "Camp 10 reported no new arrivals this week.\n\n"
        "Camp 11 reported no new arrivals this week.\n\n"
        "Camp 12 reported no new arrivals this week.\n\n"
        "Camp 13 reported no new arrivals this week.\n\n"
        "Camp 14 reported no new arrivals this week.\n\n"
        "Produced 02.10.2026\n\n"
        "Aid convoys reached Nasir on 12 October after a week of delays.\n\n"
        "Two health posts reopened in Ulang.\n\n"
        "Cholera cases rose in the camps.\n\n"
        "The river stayed high at Malakal.\n\n"
        "Traders reported fuel shortages.\n\n"
        "Schools stayed closed in Nasir.\n\n"
        "Patrols resumed on the Sobat river."
    )
    published = _meta(text).published
    assert published is not None and published.value == "2026-10-14"


def test_a_compilers_header_names_a_digest_of_wire_stories() -> None:
    text = (
        "HORN OF AFRICA MORNING BRIEF\n"
        "Compiled: 09/03/2026 05:30 GMT\n"
        "Prepared by: Red Sea Risk Partners (RSRP) - Nairobi desk\n\n"
        "Militants storm police post in Mandera\n\n"
        "MANDERA, Kenya, March 8 (Reuters) - Militants stormed a police post near the Somali "
        "border on Sunday, killing three officers, police said.\n\n"
        "(Reporting by Jane Doe; Editing by John Roe)\n\n"
        "MOGADISHU, March 8 (AFP) - Government forces retook a village in Lower Shabelle."
    )
    meta = _meta(text)
    assert meta.title == "HORN OF AFRICA MORNING BRIEF"
    assert meta.source == "Red Sea Risk Partners"


def test_a_single_wire_story_keeps_its_agency_and_headline() -> None:
    text = (
        "Militants storm police post in Mandera\n\n"
        "MANDERA, Kenya, March 8, 2026 (Reuters) - Militants stormed a police post near the "
        "Somali border on Sunday, killing three officers, police said."
    )
    meta = _meta(text)
    assert meta.title == "Militants storm police post in Mandera"
    assert meta.source == "Reuters"
