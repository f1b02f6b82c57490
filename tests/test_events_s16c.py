"""Mentions of one incident merged, event dates and places (merge, s16): the headline of any
story of a compilation tells the event its lede tells; a clock time of no known day fits the
day another mention gives; "Monday's bombing" points back to the bombing told before; a
table row whose place the gazetteer lacks and the bullet that names it tell one incident; a
day written after the month and year just named takes that year; a place phrase deeper in
the trigger's clause ("killed when gunmen fired on his car in X district") places the event.
Each text was written for this test."""

from __future__ import annotations

from report_docs import text_events

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue
from dossier.resolve.timex import extract_timexes


def _assaults(text: str, day: str = "2025-06-20") -> list:
    return [e for e in text_events(text, day) if e.type == "ASSAULT"]


# ------------------------------------------------------- headline of a later story


def test_second_story_headline_merges_with_its_lede() -> None:
    text = (
        "Officials meet donors in capital\n\n"
        "ABUJA, June 20 (Reuters) - Officials met donors on Friday to discuss aid budgets "
        "for the coming year.\n\n"
        "-----\n\n"
        "Nigerian soldiers kill four gunmen in Sokoto raid\n\n"
        "(Adds army statement in paragraph 3)\n\n"
        "By Ada Okafor\n\n"
        "SOKOTO, Nigeria, June 20 (Reuters) - Nigerian soldiers killed four gunmen in a raid "
        "on a hideout in Sokoto state on Thursday, the army said.\n"
    )
    found = _assaults(text)
    assert len(found) == 1, [e.anchor.quote for e in found]


def test_corrected_story_headline_merges_with_its_lede() -> None:
    text = (
        "Story one: floods\n\n"
        "Heavy rain flooded roads in the capital on Friday.\n\n"
        "-----\n\n"
        "Militants kill six soldiers in Tillaberi ambush\n\n"
        "(Corrects number of soldiers in paragraph 1)\n\n"
        "By Ali Sani\n\n"
        "Updated 20 June 2025\n\n"
        "NIAMEY, June 20 (Reuters) - Militants ambushed an army patrol in Niger's Tillaberi "
        "region on Thursday, killing six soldiers, the defence ministry said.\n"
    )
    found = _assaults(text)
    assert len(found) == 1, [e.anchor.quote for e in found]


# ------------------------------------------------- a clock time of no known day


def test_clock_time_without_day_merges_with_the_day() -> None:
    text = (
        "KHOST, Afghanistan (Reuters) - A roadside bomb hit a police pickup in Khost early "
        "on Friday.\n\n"
        "Two officers were wounded in the blast, which struck near the city's main bazaar at about "
        "3:15 a.m., a police spokesman said.\n"
    )
    found = [e for e in _undated(text) if e.type == "ASSAULT"]
    assert len(found) == 1, [(e.date and e.date.value, e.anchor.quote) for e in found]
    assert found[0].date is not None and "T" not in found[0].date.value


def _undated(text: str) -> list:
    ann = annotate_text(text, None)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, None)


# ------------------------------------------------------ "Monday's bombing"

_FILLER = (
    "Markets reopened on Thursday. Schools stayed shut. Traders said prices of maize had "
    "doubled since June. Aid agencies asked for more funding."
)


def test_possessive_day_mention_points_back() -> None:
    text = (
        "A bomb exploded under a bridge near Tanjung Batu on Monday, police said. Nobody "
        "was hurt.\n\n"
        f"{_FILLER}\n\n"
        "On Wednesday, police arrested two men in Pekan Baru. Officers said the men were "
        "linked to Monday's bombing and had fled the area afterwards.\n"
    )
    found = [e for e in _assaults(text, "2025-06-20") if e.mode == "explosives"]
    assert len(found) == 1, [e.anchor.quote for e in found]
    assert found[0].place is not None and found[0].place.text == "Tanjung Batu"


def test_possessive_weekday_attack_points_back() -> None:
    text = (
        "Gunmen ambushed a supply convoy near Ruhengo on Saturday.\n\n"
        f"{_FILLER}\n\n"
        "The army sent reinforcements to the area on Sunday. A commander said soldiers had "
        "killed two of the men behind Saturday's ambush in the forest.\n"
    )
    found = [e for e in _assaults(text, "2025-06-20") if e.date and e.date.value.endswith("14")]
    assert len(found) == 1, [e.anchor.quote for e in _assaults(text, "2025-06-20")]


# ------------------------------------------- a day after its month and year


def test_day_after_month_and_year_takes_that_year() -> None:
    text = (
        "The raid recalled March 2019, when militants attacked a barracks in Dabanga on "
        "12 March. Seven soldiers died."
    )
    values = {t.text: t.value for t in extract_timexes(text, DateValue("2025-11-20", "day"))}
    assert values["12 March"] == "2019-03-12"


def test_day_after_month_and_year_then_days_later() -> None:
    text = (
        "It revived memories of January 2022, when rebels shelled Kalemie on 9 January. "
        "The army hit back three days later."
    )
    values = {t.text: t.value for t in extract_timexes(text, DateValue("2025-11-20", "day"))}
    assert values["9 January"] == "2022-01-09"
    assert values["three days later"] == "2022-01-12"


# -------------------------------------------- a place deeper in the clause


def test_place_in_when_clause() -> None:
    text = (
        "On Sunday evening, the village chief Somsak Dee, 61, was killed when two men on a "
        "motorcycle opened fire on his car in Rueso district of Narathiwat, police said."
    )
    found = _assaults(text)
    assert found and found[0].place is not None
    assert found[0].place.text == "Rueso"


def test_place_in_as_clause() -> None:
    text = (
        "Two farmers were shot dead on Friday as they worked in a rice field in Pikit, police said."
    )
    found = _assaults(text)
    assert found and found[0].place is not None
    assert found[0].place.text == "Pikit"


# ------------------------------------------- a year-less dateline in an undated text


def test_yearless_datelines_of_a_compilation_take_the_year_their_weekdays_fit() -> None:
    text = (
        "KANO, Nigeria, March 3 (Reuters) - Gunmen killed five farmers in Kano state on "
        "Tuesday, police said.\n\n"
        "-----\n\n"
        "ZARIA, Nigeria, March 5 (Reuters) - Police arrested two suspects on Thursday over "
        "an attack on a bus.\n"
    )
    values = {t.text: t.value for t in extract_timexes(text, None)}
    assert values["Tuesday"] == "2026-03-03"
    assert values["Thursday"] == "2026-03-05"


def test_yearless_datelines_count_other_weekdays_from_their_day() -> None:
    text = (
        "MARAWI, Philippines, Aug 19 (AFP) - Soldiers clashed with militants near Marawi on "
        "Wednesday and again on Tuesday evening, the army said.\n\n"
        "-----\n\n"
        "COTABATO, Philippines, Aug 20 (AFP) - A grenade exploded outside a church on "
        "Thursday, wounding three people.\n"
    )
    values = {t.text: t.value for t in extract_timexes(text, None)}
    assert values["Wednesday"] == "2026-08-19"
    assert values["Tuesday evening"].startswith("2026-08-18")
    assert values["Thursday"] == "2026-08-20"


def test_one_yearless_dateline_gets_no_year() -> None:
    text = "KANO, Nigeria, March 3 (Reuters) - Gunmen killed five farmers on Tuesday.\n"
    values = {t.text: t.value for t in extract_timexes(text, None)}
    assert "2026" not in values["Tuesday"]
