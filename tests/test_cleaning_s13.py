"""Layout debris and metadata (session 13, round 2): words broken at line breaks or by a
stray space, note numbers read as counts, legends read as claims, a compiler's date line, a
copyright year, a cover's series line, title block and author."""

from __future__ import annotations

from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.records import HtmlMetadata


def _meta(text: str):  # type: ignore[no-untyped-def]
    cleaned = clean_text(text)
    return extract_metadata(cleaned.text, HtmlMetadata(), text)


def test_name_hyphenated_at_a_line_break_is_rejoined_when_spelt_whole_elsewhere() -> None:
    text = (
        "The Mai-Mai Kifuafua and the Nyatu-\nra militias held the ridge. Later the Nyatura\n"
        "fighters withdrew to the hills.\n"
    )
    assert "Nyatura militias" in clean_text(text).text


def test_name_split_in_two_non_words_at_a_line_break_is_rejoined() -> None:
    text = (
        "The commander of the brigade, Gor-\nvashi Tembele, was arrested in March by the\n"
        "Shia-\nled coalition.\n"
    )
    out = clean_text(text).text
    assert "Gorvashi Tembele" in out
    assert "Shia-led" in out  # a compound of words stays


def test_place_split_by_a_stray_space_is_rejoined_when_spelt_whole_elsewhere() -> None:
    text = (
        "Fighters approached Rutsh uru from the north. Residents of Rutshuru fled south on foot.\n"
    )
    assert clean_text(text).text.count("Rutshuru") == 2


def test_note_numbers_before_trailing_matter_are_not_counts() -> None:
    body = "The army retook the bridge in May.\n\n" * 10
    text = (
        body + "ENDNOTES\n\n1 Army statement, 2 May 2024.\n2 Radio report, 4 May 2024.\n"
        "3 Lutonga was wounded near Kibiri on 3 May.\n4 Interview, May 2024.\n\n"
        "About the author: Jane Roe studies the region.\n"
    )
    out = clean_text(text).text
    assert "Lutonga was wounded near Kibiri" in out
    assert "3 Lutonga" not in out
    assert "About the author" in out


def test_estimative_legend_is_page_furniture() -> None:
    text = (
        "We judge that the rebels will likely attack the port.\n\n"
        "Confidence levels: high confidence means good sources; low confidence means\n"
        "fragmentary reporting. Likely, unlikely and almost certain follow ICD-203.\n\n"
        "The rebels hold the coast road.\n"
    )
    out = clean_text(text).text
    assert "Confidence levels" not in out
    assert "The rebels hold the coast road." in out
    assert "will likely attack the port" in out


def test_compilers_date_line_beats_story_datelines() -> None:
    text = (
        "Sahel wire digest, week 14\n\n"
        "Compiled for the West Africa desk, Thursday 10 April 2025. Copy as received.\n\n"
        "GAO, Mali, April 7 (Reuters) - Gunmen attacked a convoy near Gao on Sunday, "
        "officials said.\n"
    )
    meta = _meta(text)
    assert meta.published is not None
    assert meta.published.value == "2025-04-10"


def test_copyright_year_after_the_holder_is_not_part_of_the_source() -> None:
    text = (
        "Lake Chad Monitor\n\nBoko Haram after Shekau\n\nThe group split in 2016.\n\n"
        "© Lake Chad Conflict Monitor, 2024. All rights reserved.\n"
    )
    assert _meta(text).source == "Lake Chad Conflict Monitor"


def test_cover_series_line_title_block_and_author() -> None:
    text = (
        "SAHEL RESEARCH NETWORK\n\n\n"
        "ANALYTICAL NOTE No. 03/2024\n\n\n"
        "Beyond Menaka: The Islamic State Sahel Province\n"
        "and the Collapse of Local Truces\n\n\n"
        "Ousmane Diallo Keita\n"
        "Senior Researcher, Sahel Programme\n\n\n"
        "June 2024\n\n\n"
        "1. CONTEXT\n\nThe group expanded in 2023.\n"
    )
    meta = _meta(text)
    assert meta.title is not None
    assert meta.title.startswith(
        "Beyond Menaka: The Islamic State Sahel Province and the Collapse of Local Truces"
    )
    assert meta.author == "Ousmane Diallo Keita"
