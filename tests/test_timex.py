"""Temporal expressions: extraction, normalisation, anchors, datelines and the TempEval scorer."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.eval.timex import GoldTimex, format_figures, read_timeml, run_timex_eval, score
from dossier.records import DateValue, Timex
from dossier.resolve.timex import extract_timexes, parse_dateline, precision_of

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
DCT = DateValue("2013-03-22", "day")  # a Friday


def find(timexes: list[Timex], text: str) -> Timex:
    """The expression whose extent contains ``text`` (the test's wording of it)."""
    hits = [t for t in timexes if text.lower() in t.text.lower()]
    hits = hits or [t for t in timexes if t.text.lower() in text.lower()]
    assert hits, f"{text!r} not found in {[t.text for t in timexes]}"
    return hits[0]


def one(text: str, dct: DateValue | None = DCT) -> Timex:
    timexes = extract_timexes(text, dct)
    assert len(timexes) == 1, timexes
    return timexes[0]


# --- absolute dates


@pytest.mark.parametrize(
    ("text", "extent", "value", "precision"),
    [
        ("It was released on March 4, 2018, in Kabul.", "March 4, 2018", "2018-03-04", "day"),
        ("Fighting resumed on 4 March 2018.", "4 March 2018", "2018-03-04", "day"),
        ("The court was hit in February 2017.", "February 2017", "2017-02", "month"),
        ("The group rose in mid-2014.", "mid-2014", "2014", "year"),
        ("The talks began in 1989.", "1989", "1989", "year"),
        ("a war that began in the 1980s", "the 1980s", "198", "decade"),
        ("It was formed in the 20th century.", "the 20th century", "19", "century"),
        (
            "Results for the third quarter of 2012 were poor.",
            "the third quarter of 2012",
            "2012-Q3",
            "quarter",
        ),
        ("They met in the summer of 2012.", "the summer of 2012", "2012-SU", "season"),
    ],
)
def test_absolute_dates(text: str, extent: str, value: str, precision: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision, t.anchor, t.type) == (
        extent,
        value,
        precision,
        "absolute",
        "DATE",
    )


def test_counts_are_not_years() -> None:
    assert extract_timexes("More than 2000 people fled and 1500 fighters stayed.", DCT) == []
    assert [t.value for t in extract_timexes("the 1998 bombing of the embassy", DCT)] == ["1998"]


# --- relative to the document date


@pytest.mark.parametrize(
    ("text", "extent", "value", "precision"),
    [
        ("Police said yesterday that two were killed.", "yesterday", "2013-03-21", "day"),
        ("The CDC said Friday that it was worse.", "Friday", "2013-03-22", "day"),
        ("The rebels attacked on Tuesday.", "Tuesday", "2013-03-19", "day"),
        ("Six deaths were reported in the last week.", "the last week", "2013-W11", "week"),
        ("Officials met last week.", "last week", "2013-W11", "week"),
        ("The army withdrew last month.", "last month", "2013-02", "month"),
        ("The election was held last year.", "last year", "2012", "year"),
        ("The season started in early December.", "early December", "2012-12", "month"),
        ("The vote will take place in June.", "June", "2013-06", "month"),
        ("Two soldiers died two years ago.", "two years ago", "2011", "year"),
        ("The truce broke down last fall.", "last fall", "2012-FA", "season"),
    ],
)
def test_relative_to_document_date(text: str, extent: str, value: str, precision: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision, t.anchor) == (extent, value, precision, "document_date")


def test_relative_without_document_date_stays_unresolved() -> None:
    t = one("In March of this year, Russia suffered an attack.", None)
    assert (t.value, t.precision, t.anchor) == ("XXXX-03", "month", "unresolved")
    t = one("The convoy was ambushed yesterday.", None)
    assert t.anchor == "unresolved" and "X" in t.value


def test_same_year_is_resolved_from_the_previous_date() -> None:
    text = "It struck the hospital on March 8, 2017, and the embassy in July of the same year."
    first, second = extract_timexes(text, DateValue("2018-03-18", "day"))
    assert (first.value, first.anchor) == ("2017-03-08", "absolute")
    assert second.text.endswith("July of the same year")
    assert (second.value, second.precision, second.anchor) == ("2017-07", "month", "previous_date")


def test_following_year_and_later_are_anaphoric() -> None:
    timexes = extract_timexes("The group formed in 2014. The following year it split.", DCT)
    assert [(t.value, t.anchor) for t in timexes] == [
        ("2014", "absolute"),
        ("2015", "previous_date"),
    ]


# --- vague periods, durations, sets, times


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("There may be talks in the coming period.", "the coming period", "FUTURE_REF"),
        ("The attacks recently increased.", "recently", "PAST_REF"),
        ("The group is currently weak.", "currently", "PRESENT_REF"),
        ("It is strong now.", "now", "PRESENT_REF"),
        ("In recent years the group grew.", "recent years", "PAST_REF"),
        ("In the early days the group was small.", "the early days", "PAST_REF"),
    ],
)
def test_vague_periods(text: str, extent: str, value: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision) == (extent, value, "vague")


def test_over_the_years_is_a_vague_duration() -> None:
    t = one("Over the years, the number of fighters ranged widely.", None)
    assert (t.text, t.value, t.type, t.precision) == ("the years", "PXY", "DURATION", "vague")


def test_former_is_not_a_temporal_expression() -> None:
    assert extract_timexes("The first members were former members of the Taliban.", DCT) == []


@pytest.mark.parametrize(
    ("text", "extent", "value", "precision"),
    [
        ("The siege lasted three years.", "three years", "P3Y", "year"),
        ("It took a month.", "a month", "P1M", "month"),
        ("They held it for the past three years.", "the past three years", "P3Y", "year"),
        ("The talks took several weeks.", "several weeks", "PXW", "vague"),
        ("The curfew lasted five hours.", "five hours", "PT5H", "day"),
        ("a two-year campaign", "two-year", "P2Y", "year"),
        ("The fighting went on for 2 1/2 years.", "2 1/2 years", "P2Y6M", "month"),
        ("Help arrived within minutes.", "minutes", "PTXM", "vague"),
    ],
)
def test_durations(text: str, extent: str, value: str, precision: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.type, t.precision) == (extent, value, "DURATION", precision)


def test_sets_and_times() -> None:
    t = one("Children should be vaccinated each season.")
    assert (t.text, t.value, t.type) == ("each season", "XXXX-WI", "SET")
    t = one("The patrol leaves daily.")
    assert (t.value, t.type) == ("P1D", "SET")
    t = one("The blast came at 10:35 a.m. in the market.")
    assert (t.text, t.value, t.type) == ("10:35 a.m.", "2013-03-22T10:35", "TIME")
    t = one("Shelling resumed Sunday night.")
    assert (t.value, t.type) == ("2013-03-17TNI", "TIME")


def test_precision_scale() -> None:
    assert precision_of("2017-03-08") == "day"
    assert precision_of("2013-W11") == "week"
    assert precision_of("2017-07") == "month"
    assert precision_of("2012-SU") == "season"
    assert precision_of("2012-Q3") == "quarter"
    assert precision_of("2017") == "year"
    assert precision_of("201X") == "decade"
    assert precision_of("19") == "century"
    assert precision_of("XXXX-03") == "month"
    assert precision_of("PAST_REF") == "vague"
    assert precision_of("P3Y") == "year"


# --- datelines


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("TST3-MUC4-0003\n\n   LIMA, 10 JAN 90 (EFE) -- [TEXT] THE NATIONAL POLICE", "1990-01-10"),
        ("SAN SALVADOR, 12 APR 89 (ACAN-EFE) -- [TEXT] THE BODIES", "1989-04-12"),
        ("MEXICO CITY (MEXICO), 12 JAN 90 (DPA) -- [TEXT] SALVADORAN", "1990-01-12"),
        ("WASHINGTON (AP) — March 4, 2019 — The Senate voted", "2019-03-04"),
        ("Title of the story\nPublished: 4 March 2019\nBody text.", "2019-03-04"),
        ("Various Mechanisms\n\nA title\n\n18 مارس، 2018\n\nISIS has launched", "2018-03-18"),
    ],
)
def test_parse_dateline(text: str, value: str) -> None:
    assert parse_dateline(text) == DateValue(value, "day")


def test_parse_dateline_without_date() -> None:
    assert parse_dateline("SAN SALVADOR, NO DATE (RADIO CADENA YSU) -- [INTERVIEW]") is None
    assert parse_dateline("The Taliban can contribute to countering ISIS.") is None


def test_dateline_dates_yesterday() -> None:
    text = "LIMA, 10 JAN 90 (EFE) -- [TEXT] THE POLICE REPORTED YESTERDAY THAT A BOMB EXPLODED."
    t = find(extract_timexes(text, parse_dateline(text)), "YESTERDAY")
    assert (t.value, t.anchor) == ("1990-01-09", "document_date")


# --- the seeds (skipped when ../shared is absent)


def _seed(prefix: str) -> str:
    paths = sorted(SEEDS.glob(f"{prefix}*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("seed corpus not available")
    return paths[0].read_text(encoding="utf-8")


def test_seed_dated_report() -> None:
    text = _seed("000_")
    dct = parse_dateline(text)
    assert dct == DateValue("2018-03-18", "day")
    ts = extract_timexes(text, dct)
    assert (find(ts, "March 4, 2018").value, find(ts, "March 4, 2018").anchor) == (
        "2018-03-04",
        "absolute",
    )
    assert find(ts, "February 2017").value == "2017-02"
    assert find(ts, "March 8, 2017").value == "2017-03-08"
    july = find(ts, "in July of the same year")
    assert (july.value, july.precision, july.anchor) == ("2017-07", "month", "previous_date")
    mid = find(ts, "mid-2014")
    assert (mid.value, mid.precision) == ("2014", "year")
    coming = find(ts, "the coming period")
    assert (coming.value, coming.precision) == ("FUTURE_REF", "vague")


def test_seed_undated_report() -> None:
    text = _seed("004_")
    assert parse_dateline(text) is None
    ts = extract_timexes(text, None)
    march = find(ts, "March of this year")
    assert (march.value, march.precision, march.anchor) == ("XXXX-03", "month", "unresolved")
    assert find(ts, "January 2015").value == "2015-01"
    assert find(ts, "the early days").precision == "vague"
    assert find(ts, "Over the years").precision == "vague"
    # no value anywhere in an undated document may carry an invented year
    for t in ts:
        if t.anchor == "unresolved":
            assert t.value.startswith("XXXX") or t.value.startswith("P"), t


# --- the TempEval-3 scorer


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>toy</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22,
2013</TIMEX3></DCT>
<TEXT>
Six were <EVENT eid="e1">reported</EVENT> in <TIMEX3 tid="t1" type="DATE" value="2013-W11">the last
week</TIMEX3>, officials said <TIMEX3 tid="t2" type="DATE" value="2013-03-22">Friday</TIMEX3>. It
started in <TIMEX3 tid="t3" type="DATE" value="2012-12">early December</TIMEX3>, <TIMEX3 tid="t4"
type="DURATION" value="P1M">a month</TIMEX3> early &amp; fast.
</TEXT>
</TimeML>
"""


def test_read_timeml(tmp_path: Path) -> None:
    (tmp_path / "toy.tml").write_text(TML, encoding="utf-8")
    doc = read_timeml(tmp_path / "toy.tml")
    assert doc.dct == DateValue("2013-03-22", "day")
    assert [g.text for g in doc.gold] == ["the last\nweek", "Friday", "early December", "a month"]
    for g in doc.gold:
        assert doc.text[g.start : g.end] == g.text
    assert "early & fast" in doc.text and "<" not in doc.text


def test_scorer_counts() -> None:
    gold = [
        GoldTimex(0, 10, "", "DATE", "2013-W11"),  # strict match, right value
        GoldTimex(20, 26, "", "DATE", "2013-03-22"),  # relaxed match, wrong value, right type
        GoldTimex(30, 40, "", "DURATION", "P1M"),  # missed
    ]
    system = [
        GoldTimex(0, 10, "", "DATE", "2013-W11"),
        GoldTimex(18, 24, "", "DATE", "2013-03-15"),
        GoldTimex(50, 55, "", "DATE", "PAST_REF"),  # spurious
        GoldTimex(56, 60, "", "SET", "P1D"),  # spurious
    ]
    f = score([(gold, system)])
    # strict: 1 matched of 4 system / 3 gold; relaxed: 2 of 4 / 3
    assert f["strict_p"] == pytest.approx(1 / 4) and f["strict_r"] == pytest.approx(1 / 3)
    assert f["relaxed_p"] == pytest.approx(2 / 4) and f["relaxed_r"] == pytest.approx(2 / 3)
    relaxed_f1 = 2 * (1 / 2) * (2 / 3) / (1 / 2 + 2 / 3)
    assert f["relaxed_f1"] == pytest.approx(relaxed_f1)
    assert f["value_acc"] == pytest.approx(1 / 2)
    assert f["value_f1"] == pytest.approx(relaxed_f1 / 2)
    assert f["type_acc"] == pytest.approx(1.0) and f["type_f1"] == pytest.approx(relaxed_f1)
    assert (f["n_gold"], f["n_sys"]) == (3, 4)


def test_scorer_pairs_one_to_one() -> None:
    gold = [GoldTimex(0, 10, "", "DATE", "A")]
    system = [GoldTimex(0, 4, "", "DATE", "A"), GoldTimex(5, 10, "", "DATE", "A")]
    f = score([(gold, system)])
    assert f["relaxed_r"] == 1.0 and f["relaxed_p"] == 0.5


def test_run_timex_eval_on_a_directory(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "toy.tml").write_text(TML, encoding="utf-8")
    figs = run_timex_eval(tmp_path)
    assert figs["n_gold"] == 4 and figs["n_docs"] == 1
    assert figs["value_f1"] == pytest.approx(1.0)
    line = format_figures(figs)
    assert line.startswith("value_f1=1.000 strict_f1=") and "n_gold=4" in line


def test_a_story_told_in_an_earlier_year_keeps_its_year() -> None:
    dct = DateValue("2025-03-14", "day")
    text = (
        "On 9 February 2024, fighters attacked the town of Mucojo. "
        "Government forces retook the town on 18 February."
    )
    values = {t.text: t.value for t in extract_timexes(text, dct)}
    assert values["18 February"] == "2024-02-18"
    # a month-and-year mention is no dated day of a story: "the August 1988 cease-fire ...
    # the invasion of Kuwait on Aug. 2", written in 1990
    text = "The August 1988 cease-fire ended the war. Iraq invaded Kuwait on Aug. 2."
    values = {t.text: t.value for t in extract_timexes(text, DateValue("1990-08-15", "day"))}
    assert values["Aug. 2"] == "1990-08-02"
