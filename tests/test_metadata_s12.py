"""Metadata and cleaning of the twelfth round: a wire dateline without a year takes it from the
age of an ongoing state, wire furniture (headline slug, byline, credit trailer, contact line)
leaves the text, a cover's title block and series line, a letterhead in long capitals, a
publication naming itself in its footer, footnote numbers glued to words, words split by
extraction, and passages in another language. All texts were written for these tests."""

from __future__ import annotations

from dossier.clean import clean_text
from dossier.language import foreign_stretches
from dossier.metadata import extract_metadata
from dossier.pipeline import process_raw
from dossier.records import HtmlMetadata, RawDocument

_WIRE = (
    "UPDATE 3-Shelling hits Goma suburb as rebels tighten blockade\n\n"
    "By Jeanne Mukendi and Paul Otieno\n\n"
    "KINSHASA, Congo, March 3 (Reuters) - Shells struck a suburb of Goma on Sunday, "
    "killing at least six people, local officials said, as rebels pressed a two-year-long "
    "blockade of the lakeside city.\n\n"
    "The rebels have blockaded the roads into Goma since February 2023, and food prices in "
    "the city have doubled.\n\n"
    "(Reporting by Jeanne Mukendi in Goma and Paul Otieno in Nairobi; Editing by Simon "
    "Archer)\n\n"
    "((jeanne.mukendi@example-wire.com;))\n"
)


def _meta(text: str):  # type: ignore[no-untyped-def]
    return extract_metadata(clean_text(text).text, HtmlMetadata())


def test_a_yearless_dateline_takes_its_year_from_the_age_of_an_ongoing_state() -> None:
    meta = _meta(_WIRE)
    # blockaded since February 2023, a two-year-long blockade: March 2025
    assert meta.published is not None
    assert (meta.published.value, meta.published.precision) == ("2025-03-03", "day")
    # without the length of the blockade the evidence is too weak: no year is guessed
    text = _WIRE.replace("a two-year-long blockade", "a blockade")
    assert _meta(text).published is None


def test_a_wire_slug_leaves_the_title() -> None:
    meta = _meta(_WIRE)
    assert meta.title == "Shelling hits Goma suburb as rebels tighten blockade"
    assert meta.source == "Reuters"


def test_wire_byline_trailer_and_contact_line_leave_the_text() -> None:
    cleaned = clean_text(_WIRE)
    text = cleaned.text
    assert text.startswith("Shelling hits Goma suburb")
    assert "Jeanne" not in text and "Archer" not in text and "@" not in text
    # offsets still map back: the dateline's city is where it was in the original
    start = text.index("KINSHASA")
    first, _ = cleaned.to_original(start, start + 8)
    assert _WIRE[first : first + 8] == "KINSHASA"


def test_reporters_of_a_wire_story_are_no_actors() -> None:
    raw = RawDocument(path="wire.txt", format="text", text=_WIRE, content_hash="s12-wire")
    doc = process_raw(raw)
    names = {a.name for a in doc.actors}
    assert not names & {"Jeanne Mukendi", "Paul Otieno", "Simon Archer"}
    assert not any(n.startswith("3-") for n in names)


_BRIEF = "\n".join(
    [
        "INSTITUTE FOR SAHEL AND MAGHREB CONFLICT RESEARCH",
        "",
        "Research Paper No. 7",
        "",
        "JIHADISTS AT THE CROSSROADS:",
        "The Sahel Branch, the Macina Katiba and the",
        "Future of the Coastal States",
        "",
        "Amina Diallo",
        "",
        "March 2025",
        "",
        "INSTITUTE FOR SAHEL AND MAGHREB CONFLICT RESEARCH | Page 2 of 5",
        "",
        "SUMMARY",
        "",
        "Militants crossed into northern Benin in January and attacked two army posts near",
        "the border, killing eight soldiers, according to officials in Cotonou. The group",
        "has expanded its reach southwards since 2022 and now recruits in the border towns.",
        "",
        "INSTITUTE FOR SAHEL AND MAGHREB CONFLICT RESEARCH | Page 3 of 5",
        "",
        "The government has reinforced its northern garrisons and asked its neighbours for",
        "help, while local defence groups have been formed in several districts.",
    ]
)


def test_a_cover_title_block_series_line_and_long_letterhead() -> None:
    meta = _meta(_BRIEF)
    assert meta.title == (
        "Jihadists at the Crossroads: The Sahel Branch, the Macina Katiba and the "
        "Future of the Coastal States"
    )
    assert meta.section == "Research Paper No. 7"
    assert meta.source == "Institute for Sahel and Maghreb Conflict Research"
    assert meta.published is not None and meta.published.value == "2025-03"


def test_a_publication_named_in_its_footer_is_the_source() -> None:
    text = (
        "Horn Security Digest #12: Clashes in Gedo, drone strikes near Jilib\n\n"
        "Published: 6 April 2025\n\n"
        "Clan militias fought over a well near Bardere on Tuesday, elders said, and at least "
        "four men were killed before elders brokered a truce.\n\n"
        "Horn Security Digest is produced by a small team of volunteer analysts.\n"
    )
    assert _meta(text).source == "Horn Security Digest"


def test_footnote_numbers_glued_to_words_go() -> None:
    text = (
        "The Northern Front was founded in 2019 by former officers.1 It fights beside\n"
        "Jaysh al-Sahil2 and the Coastal Brigades, according to a UN panel.3 Its leader,\n"
        "Omar Haddad, took command in 2021.4 The group has about 3,000 fighters.\n"
    )
    cleaned = clean_text(text).text
    assert "officers. It fights" in cleaned
    assert "Jaysh al-Sahil and" in cleaned
    assert "panel. Its leader" in cleaned
    assert "in 2021. The group" in cleaned
    assert "3,000 fighters" in cleaned
    # numbers glued to words outside a sequence of footnotes from 1 stay
    text = "The Su25 jets flew from base 12 toward the front, officials said.7 Nothing more."
    cleaned = clean_text(text).text
    assert "Su25" in cleaned and "said.7" in cleaned


def test_words_split_by_extraction_are_joined() -> None:
    text = "The gunmen launched an at tack on the mili tia post, a for mer police station."
    cleaned = clean_text(text).text
    assert "an attack on the militia post, a former police station" in cleaned
    kept = "They sat at one table in a part of the hall near the tent."
    assert clean_text(kept).text == kept


def test_a_quote_in_another_language_is_a_foreign_stretch() -> None:
    text = (
        "A farmer who fled told us: « Ils ont brûlé les maisons pendant la nuit et nous "
        "sommes partis à pied », before walking on. « Merci », she said."
    )
    spans = [text[s:e] for s, e in foreign_stretches(text, "en")]
    assert len(spans) == 1 and "brûlé les maisons" in spans[0]
    assert (
        foreign_stretches("He said “we will not leave the town while they are here”.", "en") == []
    )


def test_a_title_line_ending_in_a_function_word_does_not_end_the_sentence() -> None:
    from dossier.nlp import build_nlp

    doc = build_nlp()(
        "THE LONG WAR:\nRebels, Militias and the Struggle for\nNorth Kivu after the Truce\n\n"
        "Fighting resumed near Rutshuru on Monday and went on for most of the week."
    )
    starts = [s.text.split()[0] for s in doc.sents]
    assert "North" not in starts


def test_closing_notes_numbered_from_one_leave_the_text() -> None:
    body = (
        "Militants attacked a convoy near Dori on 4 May 2024, killing nine soldiers.\n\n"
        "The army said it had killed twenty attackers in the days that followed, a figure "
        "that could not be verified.\n\n"
    )
    notes = (
        "ENDNOTES\n\n"
        "1 Ministry of Defence statement, 5 May 2024. 2 Interview with a resident,\n"
        "June 2024. 3 Sahel Monitor dataset, 1 July 2024.\n"
    )
    cleaned = clean_text(body + notes).text
    assert "killing nine soldiers" in cleaned
    assert "ENDNOTES" not in cleaned and "Ministry of Defence" not in cleaned
