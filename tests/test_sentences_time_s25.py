"""(s25) Sentence boundaries after a clock time ("at 9 p.m. Police said ..."), after the
last entry of a dated log followed by prose, and the year of a day and month that dates a
verb told in the past after it ("Gunmen attacked a post on 11 February" in a report of
December is last February, not next). All texts are written for these tests."""

from __future__ import annotations

from report_docs import sentence_texts as _sentences

from dossier.pipeline import process_raw
from dossier.records import RawDocument

# -- a clock time's stop ---------------------------------------------------------------------


def test_a_sentence_ends_after_pm_before_a_capitalised_clause() -> None:
    sents = _sentences("The checkpoint came under fire at 4 P.M. Rebels withdrew before dawn.")
    assert sents == ["The checkpoint came under fire at 4 P.M.", "Rebels withdrew before dawn."]


def test_a_speaker_after_am_starts_his_own_sentence() -> None:
    sents = _sentences(
        "Mortar rounds landed near the airport at 6 a.m. Police said nobody was hurt."
    )
    assert sents == [
        "Mortar rounds landed near the airport at 6 a.m.",
        "Police said nobody was hurt.",
    ]


def test_a_weekday_or_a_time_zone_stays_with_its_time() -> None:
    sents = _sentences(
        "The convoy left at 9 p.m. Tuesday with 40 trucks. The truce began at 10 a.m. GMT "
        "on the border. The curfew starts at 6 p.m. Kyiv time, the council said."
    )
    assert sents == [
        "The convoy left at 9 p.m. Tuesday with 40 trucks.",
        "The truce began at 10 a.m. GMT on the border.",
        "The curfew starts at 6 p.m. Kyiv time, the council said.",
    ]


def test_a_time_that_opens_its_sentence_keeps_the_clause_after_it() -> None:
    sents = _sentences("Talks stalled in the morning. At 11 p.m. Marine units crossed the river.")
    assert sents == ["Talks stalled in the morning.", "At 11 p.m. Marine units crossed the river."]


# -- a dated log followed by prose -----------------------------------------------------------


def test_prose_after_the_last_log_entry_is_a_sentence_of_its_own() -> None:
    text = (
        "Field log\n\n"
        "03/09 – Tessit: raiders stole cattle\n"
        "05/09 – Ansongo: a mine hit a pickup, 2 dead\n"
        "The governor later promised more patrols. Traders closed the market."
    )
    sents = _sentences(text)
    assert "05/09 – Ansongo: a mine hit a pickup, 2 dead" in sents
    assert "The governor later promised more patrols." in sents


def test_an_indented_continuation_stays_with_its_entry() -> None:
    text = (
        "Incidents over the week, as logged by the monitoring team across the valley:\n"
        "- 14 Mar – raiders burned granaries and stores of the cooperative near the\n"
        "  Lomé road, and one guard was killed.\n"
        "- 16 Mar – gunmen attacked a customs post on the edge of the town of Port\n"
        "  Gentil, two officers were wounded."
    )
    sents = _sentences(text)
    assert any(s.startswith("- 16 Mar") and s.endswith("two officers were wounded.") for s in sents)


# -- the year of a past day ------------------------------------------------------------------


def _event_dates(text: str) -> list[str | None]:
    raw = RawDocument(path="<t>", format="text", text=text, content_hash=str(hash(text)))
    return [e.date.value if e.date else None for e in process_raw(raw).events]


def test_a_past_attack_dated_after_its_verb_is_not_next_year() -> None:
    text = (
        "Sahel security digest\n6 December 2026\n\n"
        "Jihadists ambushed a supply convoy near Menaka on 9 February, killing five soldiers."
    )
    assert _event_dates(text) == ["2026-02-09"]


def test_a_postponed_date_may_lie_ahead() -> None:
    text = (
        "Sahel security digest\n6 December 2026\n\n"
        "The trial of the men accused of the Menaka ambush was postponed until 9 February."
        " Jihadists killed five soldiers in that ambush."
    )
    raw = RawDocument(path="<t>", format="text", text=text, content_hash="p")
    doc = process_raw(raw)
    dates = [t.value for t in doc.timexes if t.text == "9 February"]
    assert dates == ["2027-02-09"]
