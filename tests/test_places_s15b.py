"""Places, dates and metadata in short texts written for these tests (session 15, round 2):
"the township" referring back to a named township; a day and month written with a weekday
taking the year the weekday fits; a short form of a longer place name the text placed; a
file's author field without its credit parts; the writers a cover names above its date; a
copyright holder's acronym spelled out by the letterhead."""

from __future__ import annotations

from report_docs import text_events as _events

from dossier.eval.muc4_dossier import annotate_text
from dossier.metadata import extract_metadata
from dossier.records import DateValue, HtmlMetadata
from dossier.resolve.timex import extract_timexes


def _places(text: str, day: str = "2025-06-20") -> list[str | None]:
    return [e.place.text if e.place else None for e in _events(text, day) if e.type == "ASSAULT"]


# ------------------------------------------------------------- "the township"


def test_the_township_refers_back_to_the_named_township() -> None:
    text = (
        "YANGON, 20 June 2025 - Soldiers surrounded Hlegu Township on Monday. On Tuesday they "
        "torched houses in the township, residents said."
    )
    assert _places(text) == ["Hlegu"]
    other = (
        "MANDALAY, 20 June 2025 - Junta troops entered Myingyan Township on Sunday. On Monday "
        "they burned homes in the township, locals said."
    )
    assert _places(other) == ["Myingyan"]


# ------------------------------------------------------------- weekday and year

_NOV = DateValue("2025-11-12", "day")


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in extract_timexes(text, _NOV)}


def test_a_day_written_with_its_weekday_takes_the_year_the_weekday_fits() -> None:
    # 7 November 2025 is a Friday, 7 November 2022 a Monday
    found = _values(
        "Background: on 20 October 2022, militants stormed the jail.\n\n"
        "Fri 7 Nov, 21:00: gunmen shot two guards outside the port."
    )
    assert found["Fri 7 Nov"] == "2025-11-07"
    # 10 November 2025 is a Monday, 10 November 2021 a Wednesday
    found = _values(
        "On 2 September 2021 the group split. On Monday, November 10, a grenade hit the market."
    )
    assert found["Monday, November 10"] == "2025-11-10"


# ------------------------------------------------------------- a short form of a name


def _placed(text: str) -> dict[str, tuple[str | None, str | None, str]]:
    ann = annotate_text(text, DateValue("2025-06-20", "day"))
    return {
        pm.text: (pm.place.country_code, pm.place.admin1_code, pm.place.precision)
        for pm in ann.places
        if pm.place is not None
    }


def test_a_short_form_of_a_placed_name_is_that_place() -> None:
    placed = _placed(
        "BOGOTA, 20 June 2025 - Soldiers clashed with dissidents guarding a coca lab near "
        "Puerto Alto Manguaré (Putumayo) on Saturday. The Army said three fighters died.\n\n"
        "Residents of Alto Manguaré said the group had taxed farmers in Alto Manguaré for "
        "months, according to a report by a Quito think tank."
    )
    assert placed["Alto Manguaré"] == placed["Puerto Alto Manguaré"]
    placed = _placed(
        "LIMA, 20 June 2025 - Police raided an illegal gold camp outside Villa Santa Quilcata "
        "(Puno) on Friday.\n\nMiners in Santa Quilcata told reporters that armed men from "
        "Bolivia ran the site in Santa Quilcata."
    )
    assert placed["Santa Quilcata"] == placed["Villa Santa Quilcata"]


# ------------------------------------------------------------- authors and publishers

_STORY = "Gunmen burned a school in the village of Tillia on Sunday, local officials said.\n"


def test_a_file_author_without_the_parts_that_credit_others() -> None:
    meta = extract_metadata(_STORY, HtmlMetadata(author="Mariam Diallo; With Input"))
    assert meta.author == "Mariam Diallo"
    meta = extract_metadata(
        _STORY, HtmlMetadata(author="Jonas Berg; Additional reporting by our Niamey bureau")
    )
    assert meta.author == "Jonas Berg"


def test_the_writers_a_cover_names_above_its_date() -> None:
    cover = (
        "SAHEL RESEARCH NETWORK\n\nWorking Paper 9\n\nTHE NEW FRONTS OF THE CENTRAL SAHEL\n\n"
        "Mariam Diallo and Jonas Berg\n\nMarch 2025\n\n" + _STORY
    )
    assert extract_metadata(cover, HtmlMetadata()).author == "Mariam Diallo and Jonas Berg"
    three = cover.replace(
        "Mariam Diallo and Jonas Berg", "Ana Ruiz, Peter Okafor and Lin Mei"
    ).replace("March 2025", "12 March 2025")
    assert extract_metadata(three, HtmlMetadata()).author == "Ana Ruiz, Peter Okafor and Lin Mei"
    # a title line of capitalised words above the date is no author
    titled = cover.replace("Mariam Diallo and Jonas Berg", "Bandits and Jihadists")
    assert extract_metadata(titled, HtmlMetadata()).author is None


def test_a_copyright_acronym_is_the_publisher_the_letterhead_spells_out() -> None:
    brief = (
        "INSTITUTE FOR PEACE AND CONFLICT RESEARCH – OSLO\n\nBriefing 4\n\n"
        "ARMED GROUPS OF THE LAKE REGION\n\nApril 2025\n\n"
        "© IPCR 2025. The views expressed are those of the authors.\n\n" + _STORY
    )
    assert (
        extract_metadata(brief, HtmlMetadata()).source
        == "Institute for Peace and Conflict Research"
    )
    other = brief.replace(
        "INSTITUTE FOR PEACE AND CONFLICT RESEARCH – OSLO", "NORDIC SECURITY FORUM"
    ).replace("© IPCR 2025.", "© NSF 2025.")
    assert extract_metadata(other, HtmlMetadata()).source == "Nordic Security Forum"
