"""Lists of links to other pages ("Related:", "See also") are page furniture: the titles of
other stories under them tell no event of the report."""

from __future__ import annotations

from dossier.clean import clean_text
from dossier.pipeline import process_raw
from dossier.records import RawDocument

REPORT = (
    "Gunmen killed nine traders at a market in Gao on Friday, officials said.\n\n"
    "Related:\n"
    "* Suicide bomber kills 14 at checkpoint near Mopti\n"
    "* Army retakes Ber after week-long siege | 2 May\n\n"
    "Officials said the market would reopen after the funerals.\n\n"
    "== See also ==\n"
    "* 2019 Ogossagou massacre\n"
    "* 2020 Ouagadougou hotel attack\n"
)


def test_link_titles_under_a_label_are_dropped_and_prose_after_them_kept() -> None:
    cleaned = clean_text(REPORT).text
    assert "Suicide bomber kills 14" not in cleaned
    assert "Ogossagou" not in cleaned and "See also" not in cleaned
    assert "Officials said the market would reopen after the funerals." in cleaned
    assert cleaned.startswith("Gunmen killed nine traders")


def test_the_titles_of_other_stories_make_no_events() -> None:
    doc = process_raw(RawDocument(path="r.txt", format="text", text=REPORT, content_hash="r"))
    quotes = [e.anchor.quote for e in doc.events]
    assert any("Gunmen killed nine traders" in q for q in quotes)
    assert not any("Mopti" in q or "Ber" in q or "Ogossagou" in q for q in quotes)


def test_a_label_opening_a_sentence_or_a_prose_section_stays() -> None:
    prose = "Related: the group said its fighters had withdrawn from Gao after heavy losses.\n"
    assert clean_text(prose).text == prose.strip()
    section = (
        "Related developments\n"
        "The group said on Monday that its fighters had withdrawn from Gao after heavy losses.\n"
    )
    assert "withdrawn from Gao" in clean_text(section).text


def test_a_story_in_wrapped_lines_after_a_link_list_is_kept() -> None:
    text = (
        "Related:\n"
        " - Transitional council names new police chief\n"
        " - Cookie settings | Terms of use\n\n"
        "==========\n"
        "ITEM 2 (wire)\n\n"
        "PORT-AU-PRINCE, March 18 - A drone strike carried out by a\n"
        "government task force killed at least five gang members in the\n"
        "Bel Air area on March 12, police said.\n"
    )
    cleaned = clean_text(text).text
    assert "new police chief" not in cleaned
    assert "A drone strike carried out by a" in cleaned and "ITEM 2" in cleaned
