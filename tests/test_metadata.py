"""Metadata: title and section from the layout, date lines in several languages, sources,
language detection, and the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.clean import clean_text
from dossier.dates import parse_date, parse_date_line
from dossier.language import detect_language
from dossier.metadata import extract_metadata
from dossier.read import read_file
from dossier.records import DateValue, HtmlMetadata, Metadata
from dossier.sources import normalise_source, transliterate_cyrillic

NONE = HtmlMetadata()
BODY = (
    "Fighters from the group entered the district on Friday after a week of clashes with the"
    " army, residents said, and the fighting was still going on in the evening."
)


def _meta(text: str, file_metadata: HtmlMetadata = NONE) -> Metadata:
    return extract_metadata(text, file_metadata)


# --------------------------------------------------------------------------------------------
# dates


@pytest.mark.parametrize(
    ("line", "value", "precision"),
    [
        ("March 18, 2018", "2018-03-18", "day"),
        ("18 March 2018", "2018-03-18", "day"),
        ("2018-03-18", "2018-03-18", "day"),
        ("Mar. 18, 2018", "2018-03-18", "day"),
        ("Sept. 3, 2019", "2019-09-03", "day"),
        ("Sunday, March 18, 2018 10:30 GMT", "2018-03-18", "day"),
        ("Published: 4 July 2019", "2019-07-04", "day"),
        ("Published on 2019-07-04T09:30:00Z", "2019-07-04", "day"),
        ("By Jane Roe | May 5, 2017", "2017-05-05", "day"),
        ("Kabul, March 18, 2018", "2018-03-18", "day"),
        ("18 مارس، 2018", "2018-03-18", "day"),
        ("١٨ مارس ٢٠١٨", "2018-03-18", "day"),
        ("الأحد 18 آذار 2018", "2018-03-18", "day"),
        ("تاريخ النشر: 5 تشرين الأول 2020", "2020-10-05", "day"),
        ("18 марта 2018 г.", "2018-03-18", "day"),
        ("Опубликовано: 18.03.2018", "2018-03-18", "day"),
        ("18 mars 2018", "2018-03-18", "day"),
        ("Publié le 1er août 2016", "2016-08-01", "day"),
        ("18 de marzo de 2018", "2018-03-18", "day"),
        ("18. März 2018", "2018-03-18", "day"),
        ("3 de março de 2021", "2021-03-03", "day"),
        ("March 2018", "2018-03", "month"),
        ("марта 2018", "2018-03", "month"),
        ("Published: 2018", "2018", "year"),
    ],
)
def test_date_lines(line: str, value: str, precision: str) -> None:
    assert parse_date_line(line) == DateValue(value, precision)


@pytest.mark.parametrize(
    "line",
    [
        "The group attacked the base on March 18, 2018 and withdrew.",
        "On March 4, 2018 the militants struck.",
        "A report of 18 March 2018 on the situation in the eastern provinces",
        "2018",
        "Casualties rose in March",
        "",
    ],
)
def test_not_date_lines(line: str) -> None:
    assert parse_date_line(line) is None


def test_impossible_day_keeps_the_month() -> None:
    assert parse_date_line("31 February 2018") == DateValue("2018-02", "month")


def test_slash_dates_follow_the_language() -> None:
    assert parse_date_line("03/04/2018", "en") == DateValue("2018-03-04", "day")
    assert parse_date_line("03/04/2018", "fr") == DateValue("2018-04-03", "day")
    assert parse_date_line("18/03/2018", "en") == DateValue("2018-03-18", "day")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-03-18", DateValue("2018-03-18", "day")),
        ("2018-03", DateValue("2018-03", "month")),
        ("2018", DateValue("2018", "year")),
        ("D:20180318120000+01'00'", DateValue("2018-03-18", "day")),
        ("2019-07-04T09:30:00+00:00", DateValue("2019-07-04", "day")),
        ("July 4, 2019", DateValue("2019-07-04", "day")),
        ("not a date", None),
    ],
)
def test_parse_file_dates(value: str, expected: DateValue | None) -> None:
    assert parse_date(value) == expected


def test_date_near_the_top_only() -> None:
    assert _meta(f"A Title For The Piece\n\n5 May 2017\n\n{BODY}").published == DateValue(
        "2017-05-05", "day"
    )
    late = "A Title For The Piece\n\n" + "\n\n".join([BODY] * 20) + "\n\n5 May 2017\n\n" + BODY
    assert _meta(late).published is None
    assert (
        _meta(f"A Title For The Piece\n\nOn 5 May 2017 the army withdrew.\n\n{BODY}").published
        is None
    )
    footer = f"A Title For The Piece\n\n{BODY}\n\nPublished: 5 May 2017"
    assert _meta(footer).published == DateValue("2017-05-05", "day")


def test_no_date_is_none_never_today() -> None:
    assert _meta(f"A Title For The Piece\n\n{BODY}").published is None


def test_file_date_wins() -> None:
    meta = _meta(f"A Title\n\n5 May 2017\n\n{BODY}", HtmlMetadata(date="2017-05-06"))
    assert meta.published == DateValue("2017-05-06", "day")


# --------------------------------------------------------------------------------------------
# title and section


@pytest.mark.parametrize(
    ("text", "section", "title"),
    [
        (
            f"World News\n\nRebels Seize Northern Town After a Week of Fighting\n\n{BODY}",
            "World News",
            "Rebels Seize Northern Town After a Week of Fighting",
        ),
        (f"Analysis\n\nWhy the Valley Matters\n\n{BODY}", "Analysis", "Why the Valley Matters"),
        (
            f"Regional Dynamics and Trends\n\nCan the ceasefire in the south hold this time?\n\n{BODY}",
            "Regional Dynamics and Trends",
            "Can the ceasefire in the south hold this time?",
        ),
        (
            f"Home > Middle East > Syria\n\nShelling Kills Five in Border Villages\n\n{BODY}",
            "Syria",
            "Shelling Kills Five in Border Villages",
        ),
        (
            f"Middle East\n\nAnalysis\n\nWhy the Valley Matters to Both Sides\n\n{BODY}",
            "Analysis",
            "Why the Valley Matters to Both Sides",
        ),
        (f"Rebels Seize Northern Town\n\n{BODY}", None, "Rebels Seize Northern Town"),
        (
            f"Militants Seize Town\nThe militants entered on Monday after an offensive.\n\n{BODY}",
            None,
            "Militants Seize Town",
        ),
        (
            f"ISIS Claims Bombing\n\nMilitants kill twenty in a mosque bombing during prayers\n\n{BODY}",
            None,
            "ISIS Claims Bombing",
        ),
        (
            f"Shelling Kills Five in Border Villages\n\nBy Jane Roe\n\nMarch 3, 2020\n\n{BODY}",
            None,
            "Shelling Kills Five in Border Villages",
        ),
        (
            f"March 3, 2020\n\nShelling Kills Five in Border Villages\n\n{BODY}",
            None,
            "Shelling Kills Five in Border Villages",
        ),
        (f"DOC-2020-0001\n\nShelling Kills Five\n\n{BODY}", None, "Shelling Kills Five"),
        (f"By the Numbers: A Year of Strikes\n\n{BODY}", None, "By the Numbers: A Year of Strikes"),
        (f"Автор: Иван Петров\n\nОбстрел пригорода\n\n{BODY}", None, "Обстрел пригорода"),
        (BODY * 3, None, None),
    ],
)
def test_title_and_section(text: str, section: str | None, title: str | None) -> None:
    meta = _meta(text)
    assert (meta.section, meta.title) == (section, title)


def test_file_title_wins_and_keeps_a_matching_section() -> None:
    text = f"World News\n\nRebels Seize Northern Town After a Week of Fighting\n\n{BODY}"
    meta = _meta(text, HtmlMetadata(title="Rebels seize northern town after a week of fighting"))
    assert meta.title == "Rebels seize northern town after a week of fighting"
    assert meta.section == "World News"
    meta = _meta(text, HtmlMetadata(title="A different page title altogether"))
    assert meta.title == "A different page title altogether" and meta.section is None


def test_site_name_is_cut_from_a_file_title() -> None:
    meta = _meta(
        BODY, HtmlMetadata(title="Rebels Seize Town | Example Monitor", sitename="Example Monitor")
    )
    assert meta.title == "Rebels Seize Town"


def test_markdown_title_after_cleaning() -> None:
    cleaned = clean_text(f"# Field Report From The North\n\n{BODY}\n").text
    assert _meta(cleaned).title == "Field Report From The North"


# --------------------------------------------------------------------------------------------
# source


@pytest.mark.parametrize(
    ("line", "source", "original"),
    [
        ("Source: Интерфакс", "Interfax", "Интерфакс"),
        ("Источник: ТАСС", "TASS", "ТАСС"),
        ("Источник: РИА Новости", "RIA Novosti", "РИА Новости"),
        ("المصدر: الجزيرة", "Al Jazeera", "الجزيرة"),
        (
            "المصدر: مركز المستقبل للأبحاث والدراسات المتقدمة",
            "Future for Advanced Research and Studies",
            "مركز المستقبل للأبحاث والدراسات المتقدمة",
        ),
        ("Source : Agence France-Presse", "Agence France-Presse", "Agence France-Presse"),
        (
            "Source: Центр Ежедневных Новостей",
            "Tsentr Yezhednevnykh Novostey",
            "Центр Ежедневных Новостей",
        ),
        ("المصدر: مركز غير معروف", "مركز غير معروف", "مركز غير معروف"),
        ("Published by The Example Institute", "The Example Institute", "The Example Institute"),
        (
            "© 2019 Example Wire Service. All rights reserved.",
            "Example Wire Service",
            "Example Wire Service",
        ),
        (
            "Source: https://www.example.org/report/1",
            "example.org",
            "https://www.example.org/report/1",
        ),
    ],
)
def test_source_lines(line: str, source: str, original: str) -> None:
    for text in (
        f"A Title For The Piece\n\n{BODY}\n\n{line}",
        f"{line}\n\nA Title For The Piece\n\n{BODY}",
    ):
        meta = _meta(text)
        assert (meta.source, meta.source_original) == (source, original)


def test_sitename_is_the_fallback_source() -> None:
    meta = _meta(f"A Title\n\n{BODY}", HtmlMetadata(sitename="ТАСС"))
    assert (meta.source, meta.source_original) == ("TASS", "ТАСС")
    assert _meta(f"A Title\n\n{BODY}").source is None


def test_source_in_a_body_sentence_is_ignored() -> None:
    text = (
        f"A Title For The Piece\n\n{BODY} The source: a local official in the province.\n\n{BODY}"
    )
    assert _meta(text).source is None


def test_normalise_and_transliterate() -> None:
    assert normalise_source("Информационное агентство ТАСС") == "TASS"
    assert normalise_source("un rapport de police") == "un rapport de police"
    assert normalise_source("Reuters") == "Reuters"
    assert transliterate_cyrillic("Ежедневный Вестник") == "Yezhednevnyy Vestnik"
    assert transliterate_cyrillic("ООО СМИ") == "OOO SMI"
    assert transliterate_cyrillic("Latin stays") == "Latin stays"


# --------------------------------------------------------------------------------------------
# language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The rebels said that they had taken the town in the night and would hold it.", "en"),
        (
            "Les rebelles ont dit qu'ils avaient pris la ville pendant la nuit et la tiendraient.",
            "fr",
        ),
        (
            "Los rebeldes dijeron que habían tomado la ciudad durante la noche y la mantendrían.",
            "es",
        ),
        ("Die Rebellen sagten, dass sie die Stadt in der Nacht eingenommen hätten.", "de"),
        (
            "Os rebeldes disseram que tinham tomado a cidade durante a noite e que a manteriam.",
            "pt",
        ),
        (
            "I ribelli hanno detto che avevano preso la città durante la notte e che la terrebbero.",
            "it",
        ),
        ("Повстанцы заявили, что они взяли город ночью и будут его удерживать.", "ru"),
        ("Повстанці заявили, що вони взяли місто вночі і будуть його утримувати.", "uk"),
        ("قال المتمردون إنهم سيطروا على المدينة في الليل وإنهم سيحتفظون بها.", "ar"),
        ("شورشیان گفتند که شهر را در شب تصرف کرده اند و آن را حفظ خواهند کرد.", "fa"),
        ("叛军说他们在夜间占领了这座城市。", "zh"),
        ("המורדים אמרו שהם כבשו את העיר", "he"),
        ("12 34 56", None),
    ],
)
def test_detect_language(text: str, code: str | None) -> None:
    assert detect_language(text) == code


def test_language_of_body_not_of_metadata_lines() -> None:
    text = f"Source: Интерфакс\n\n18 مارس، 2018\n\nA Title\n\n{BODY}"
    assert _meta(text).language == "en"
    assert _meta("Short", HtmlMetadata(language="fr-FR")).language == "fr"


# --------------------------------------------------------------------------------------------
# the seeds


def _seed(seeds_dir: Path, stem: str) -> tuple[Metadata, str]:
    path = next(seeds_dir.glob(f"{stem}*.txt"))
    raw = read_file(path, 10_000_000)
    cleaned = clean_text(raw.text)
    return extract_metadata(cleaned.text, raw.file_metadata), cleaned.text


def test_first_seed(seeds_dir: Path) -> None:
    meta, _ = _seed(seeds_dir, "000")
    assert meta.section == "Various Mechanisms"
    assert meta.title is not None and meta.title.startswith("Is ISIS-Khorasan Province Seeking")
    assert meta.published == DateValue("2018-03-18", "day")
    assert meta.language == "en"


def test_second_seed(seeds_dir: Path) -> None:
    meta, text = _seed(seeds_dir, "004")
    assert meta.section == "Situation, Facts and Events"
    assert meta.title == "The Taliban can contribute to countering ISIS"
    assert meta.published is None
    assert meta.source == "Institute of the Middle East"
    assert meta.source_original == "Институт Ближнего Востока"
    assert meta.language == "en"
    assert "from" in text.split() and "where" in text.split()
    assert "fr om" not in text and "wh ere" not in text
