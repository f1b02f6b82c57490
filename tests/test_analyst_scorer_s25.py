"""(s25) The analyst scorer counts an ISO week that lies wholly inside the gold's month as the
gold's date (the gold schema has no week), and nothing looser."""

from __future__ import annotations

from dossier.eval.analyst import _same_date


def test_a_week_inside_the_gold_month_is_right() -> None:
    assert _same_date("2026-W47", "2026-11")  # 16-22 November 2026


def test_a_week_across_two_months_is_not() -> None:
    assert not _same_date("2026-W44", "2026-10")  # 26 October - 1 November 2026
    assert not _same_date("2026-W44", "2026-11")


def test_a_day_is_still_no_month() -> None:
    assert not _same_date("2026-11-03", "2026-11")
    assert _same_date("2026-11-03", "2026-11-03")
