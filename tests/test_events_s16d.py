"""Event triggers by kind, round 2 (trig2, s16): the review's false events of round 1 must
not appear (a version of a report that is not said superseded, a date told after "after", a
standing view of a group as terrorist, a ban called for, villagers disarmed by fighters,
candidates eliminated in a vote, a riot outside a prison, a founding told as background to
an attack), and the rules they came from still work. Each text was written for this test
or taken from the review."""

from __future__ import annotations

from report_docs import events_with_roles, text_events

from dossier.records import Event

DAY = "2025-06-20"


def _of_type(text: str, type_id: str) -> list[tuple[Event, set[tuple[str, str]]]]:
    return events_with_roles(text, type_id, DAY)


def _types(text: str) -> set[str]:
    return {e.type for e in text_events(text, DAY)}


# ------------------------------------------------------------- a superseded report


def test_official_version_of_a_report_is_no_retraction() -> None:
    text = (
        "The official version of the report said ADF rebels killed 30 civilians in Beni on 3 May."
    )
    found = _of_type(text, "ASSAULT")
    assert len(found) == 1, text
    assert found[0][0].modality == "asserted"


def test_previous_version_of_a_story_is_withdrawn() -> None:
    text = (
        "A previous version of this story said CODECO militiamen killed 12 people in Djugu "
        "on 4 May."
    )
    assert "ASSAULT" not in _types(text)


# ------------------------------------------------------ the day an occurrence is told on


def test_date_after_after_is_not_the_occurrence_day() -> None:
    for text, wrong in (
        (
            "The attack took place two days after the 12 May vote, when gunmen stormed a "
            "polling station in Gao.",
            "2025-05-12",
        ),
        (
            "The massacre came a week after the 3 March elections, when gunmen opened fire "
            "on a market in Kidal.",
            "2025-03-03",
        ),
        (
            "The ambush happened shortly before the 9 April summit, when militants fired on "
            "a convoy near Menaka.",
            "2025-04-09",
        ),
    ):
        for ev in text_events(text, DAY):
            assert ev.date is None or ev.date.value != wrong, (text, ev)


def test_occurred_on_a_day_when_still_dates_the_clause() -> None:
    text = (
        "The worst attack occurred on 14 May, when gunmen killed six voters at a polling "
        "station in Gao."
    )
    found = _of_type(text, "ASSAULT")
    assert found, text
    assert all(ev.date is not None and ev.date.value == "2025-05-14" for ev, _r in found)


# ----------------------------------------------------------------- terrorist listings


def test_standing_views_of_a_group_are_no_designation() -> None:
    for text in (
        "A UN report named the ADF as the deadliest terrorist group in Congo.",
        "Russia still lists the Taliban as a terrorist organisation.",
        "The government has long labelled the BLA a terrorist organisation.",
        "Washington continues to list the Houthis as a terrorist organisation.",
    ):
        assert "SANCTION" not in _types(text), text


def test_a_listing_done_is_a_designation() -> None:
    text = "On 2 June the cabinet listed the Baloch Liberation Army as a terrorist organisation."
    found = _of_type(text, "SANCTION")
    assert len(found) == 1, text
    assert any(role == "target" and "Baloch" in name for name, role in found[0][1])


# ------------------------------------------------------------------------ bans called for


def test_ban_called_for_is_no_ban() -> None:
    for text in (
        "Opposition lawmakers called for the BYC to be banned.",
        "Several senators demanded that the BYC be banned.",
    ):
        assert all(ev.modality != "asserted" for ev, _r in _of_type(text, "SANCTION")), text


def test_ban_done_stands() -> None:
    text = "Islamabad banned the BYC on 3 March."
    found = _of_type(text, "SANCTION")
    assert len(found) == 1, text
    assert found[0][0].modality not in {"hypothetical", "future", "negated"}


# ----------------------------------------------------------------------------- disarming


def test_fighters_disarming_villagers_do_not_surrender() -> None:
    text = "Al-Shabaab fighters disarmed villagers in Jilib on Wednesday."
    assert "RETREAT" not in _types(text)


def test_militants_disarmed_by_the_army_surrender() -> None:
    text = "Forty al-Shabaab militants were disarmed by the army in Jilib on Wednesday."
    found = _of_type(text, "RETREAT")
    assert len(found) == 1, text
    assert found[0][0].mode == "disarm"


# --------------------------------------------------------------- "eliminated" in a vote


def test_candidates_eliminated_are_not_killed() -> None:
    text = (
        "Three candidates were eliminated in the first round of the party primary in Lagos "
        "on Monday."
    )
    assert "ASSAULT" not in _types(text)


def test_commanders_eliminated_by_troops_are_killed() -> None:
    text = "Troops eliminated two Boko Haram commanders near Bama on 15 June."
    found = _of_type(text, "ASSAULT")
    assert len(found) == 1, text
    assert any(role == "target" for _n, role in found[0][1])


# --------------------------------------------------------------------------- prison riots


def test_riot_outside_a_prison_is_no_attack() -> None:
    text = (
        "Relatives of detainees rioted outside Makala prison in Kinshasa on Monday, "
        "demanding their release."
    )
    assert "ASSAULT" not in _types(text)


def test_inmates_rioting_is_an_attack() -> None:
    text = "Inmates rioted in Kinshasa on Monday, leaving 12 dead."
    assert "ASSAULT" in _types(text)


# ------------------------------------------------------------- a founding as background


def test_founding_told_on_an_attacker_is_background() -> None:
    # (s17) a past event recalled as background is an event with its own date, so marked
    text = "The OLA, founded in 2018, attacked a police station in Dembi Dollo on Friday."
    found = _of_type(text, "FOUND")
    assert len(found) == 1, text
    assert found[0][0].date is not None and found[0][0].date.value == "2018"
    assert found[0][0].modality == "background"
    assert "ASSAULT" in _types(text)


def test_founding_aside_without_a_date_is_no_event() -> None:
    text = "The OLA, founded by former rebels, attacked a police station in Dembi Dollo on Friday."
    assert "FOUND" not in _types(text)
    assert "ASSAULT" in _types(text)


def test_founding_in_a_sentence_telling_no_event_stands() -> None:
    text = "The OLA, which was founded in 2018, now controls much of western Oromia."
    found = _of_type(text, "FOUND")
    assert len(found) == 1, text
    assert found[0][0].date is not None and found[0][0].date.value == "2018"
