"""Event detection, s21: a group's words told as said "in" one of its media (a statement, a
speech, an audio message) are a media release (PROPAGANDA), dated by the medium's own day,
but a state's statement, an interview or a claim of an attack told in it is none; a release
named by a participle ("a video posted on Sunday") is told as done whatever the clause above
it plans, denies or urges; an accusation or a denial the report gives no day for is dated by
the report's month, never by the day of the deed told before it. Every text was written for
this test."""

from __future__ import annotations

from report_docs import text_events

from dossier.records import Event

DAY = "2025-05-20"


def _of(text: str, type_id: str) -> list[Event]:
    return [e for e in text_events(text, DAY) if e.type == type_id]


def _initiators(ev: Event) -> set[str]:
    return {a.actor for a in ev.actors if a.role == "initiator"}


# --------------------------------------------------------------- releases told "in" a medium


def test_a_leaders_speech_is_a_release_dated_by_the_speech() -> None:
    text = (
        "Boko Haram leader Abubakar Shekau warned in a speech on 2 May that his fighters "
        "would strike the capital."
    )
    releases = _of(text, "PROPAGANDA")
    assert len(releases) == 1
    assert releases[0].modality == "asserted"
    assert releases[0].date is not None and releases[0].date.value == "2025-05-02"
    assert "abubakar_shekau" in _initiators(releases[0])


def test_a_video_posted_under_a_denial_is_still_a_release() -> None:
    # "denied" governs what the video says, not that it was posted
    text = (
        "In a video posted online on Sunday, Boko Haram leader Abubakar Shekau denied that "
        "his fighters had retreated from Gwoza."
    )
    releases = _of(text, "PROPAGANDA")
    assert len(releases) == 1
    assert releases[0].modality == "asserted"
    assert "abubakar_shekau" in _initiators(releases[0])


def test_an_audio_message_by_a_media_arm_under_an_urging_is_a_release() -> None:
    # "urged" plans what followers do, not the release of the message
    text = (
        "Al-Shabaab spokesman Ali Dhere urged young men to join the fight in a recording "
        "released by al-Kataib on 14 May."
    )
    releases = _of(text, "PROPAGANDA")
    assert len(releases) == 1
    assert releases[0].date is not None and releases[0].date.value == "2025-05-14"
    assert "al_shabaab" in _initiators(releases[0])


def test_a_states_statement_is_no_release() -> None:
    text = "Nigeria's army said in a statement on Tuesday that it remained on alert in Borno."
    assert _of(text, "PROPAGANDA") == []


def test_residents_statement_is_no_release() -> None:
    text = "Residents of Gwoza said in a statement that the soldiers had left."
    assert _of(text, "PROPAGANDA") == []


def test_an_interview_with_an_outlet_is_no_release() -> None:
    text = "The ELN said in an interview with Reuters on Monday that it would not negotiate."
    assert _of(text, "PROPAGANDA") == []


def test_a_claim_of_an_attack_in_a_statement_is_the_attack_only() -> None:
    # the statement claims the killing: the attack's responsibility, no release of its own
    text = (
        "In a statement on Telegram, BLA spokesman Jeeyand Baloch said its fighters had killed "
        "14 soldiers in Kalat on Sunday."
    )
    events = text_events(text, DAY)
    assert [e.type for e in events] == ["ASSAULT"]


def test_a_possible_video_is_no_release() -> None:
    assert _of("Al-Shabaab may release a video of the hostages next week.", "PROPAGANDA") == []


def test_no_video_released_is_no_release() -> None:
    assert _of("Al-Shabaab has not released a video since March.", "PROPAGANDA") == []


def test_a_planned_announcement_in_a_video_is_no_release() -> None:
    text = "Al-Shabaab plans to announce in a video that it has a new leader."
    assert _of(text, "PROPAGANDA") == []


def test_a_report_by_the_un_is_no_release() -> None:
    text = "The UN said in a report on Monday that aid convoys were blocked in Darfur."
    assert _of(text, "PROPAGANDA") == []


# ------------------------------------------------------------ reduced relatives keep their truth


def test_pupils_abducted_under_an_appeal_were_abducted() -> None:
    text = "The governor urged the release of the 30 pupils abducted by bandits in Kebbi on 3 May."
    attacks = _of(text, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].modality == "asserted"
    assert attacks[0].date is not None and attacks[0].date.value == "2025-05-03"


def test_civilians_killed_in_denied_reports_are_no_fact() -> None:
    told = "reports that its soldiers had killed 12 civilians in Bir Kedouar."
    # the same reports confirmed are a killing told as fact, so the denial is what blocks it
    assert any(e.modality == "asserted" for e in _of("The army confirmed " + told, "ASSAULT"))
    assert not any(e.modality == "asserted" for e in _of("The army denied " + told, "ASSAULT"))


def test_a_threat_to_attack_is_no_attack() -> None:
    text = "The ELN threatened to attack convoys carrying aid to Tibú."
    assert _of(text, "ASSAULT") == []


# ------------------------------------------------------ stances dated by the report, by month


def test_an_undated_accusation_takes_the_reports_month() -> None:
    accuse = _of("The ELN accused the army of torturing prisoners.", "ACCUSE")
    assert len(accuse) == 1
    assert accuse[0].date is not None and accuse[0].date.value == "2025-05"


def test_an_accusation_after_a_dated_killing_keeps_no_day_of_it() -> None:
    text = (
        "On 12 May, gunmen killed five farmers near Tibú. "
        "The ELN accused the army of abandoning the farmers."
    )
    accuse = _of(text, "ACCUSE")
    assert len(accuse) == 1
    assert accuse[0].date is not None and accuse[0].date.value == "2025-05"
    attack = _of(text, "ASSAULT")
    assert attack and attack[0].date is not None and attack[0].date.value == "2025-05-12"


def test_an_accusation_with_its_own_day_keeps_it() -> None:
    accuse = _of("On 3 May, the ELN accused the army of torturing prisoners.", "ACCUSE")
    assert len(accuse) == 1
    assert accuse[0].date is not None and accuse[0].date.value == "2025-05-03"


def test_a_named_partys_undated_denial_takes_the_reports_month() -> None:
    text = (
        "Jihadists raided a police post in Djibo on 14 May. "
        "Burkina Faso's army rejected accusations that its soldiers had looted shops in Titao."
    )
    reject = _of(text, "REJECT")
    assert len(reject) == 1
    assert reject[0].date is not None and reject[0].date.value == "2025-05"


# ------------------------------------------------- a military episode named by the date before it


def test_a_dated_incursion_recalled_is_a_background_attack() -> None:
    text = "The clashes recalled the May 2019 incursion by the Arakan Army into Paletwa."
    attacks = [e for e in _of(text, "ASSAULT") if e.date is not None and e.date.value == "2019-05"]
    assert len(attacks) == 1
    assert attacks[0].modality == "background"
    assert any(a.actor == "arakan_army" and a.role == "perpetrator" for a in attacks[0].actors)


def test_a_partys_dated_offensive_is_a_background_attack() -> None:
    text = (
        "The rebels lost the ground they had won during the Tatmadaw's March 2021 offensive "
        "in Sagaing."
    )
    attacks = [e for e in _of(text, "ASSAULT") if e.date is not None and e.date.value == "2021-03"]
    assert len(attacks) == 1
    assert attacks[0].modality == "background"


def test_an_offensive_being_prepared_is_no_attack() -> None:
    assert _of("The army is preparing a 2026 offensive against the rebels.", "ASSAULT") == []


def test_a_warning_of_an_incursion_is_no_attack() -> None:
    assert _of("The Arakan Army warned of an incursion into Paletwa.", "ASSAULT") == []


# ------------------------------------------------- two sides fighting each other since a date


def test_two_sides_fighting_since_a_year_are_one_dated_round_of_hostilities() -> None:
    text = (
        "Since March 2024, Ansar Dine and the MNLA have fought each other for the wells of Anefis."
    )
    attacks = _of(text, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.value == "2024-03"
    assert attacks[0].modality == "background"


def test_a_group_fighting_a_state_since_a_year_is_no_event() -> None:
    # one side alone over two decades: an insurgency's span, not one round of fighting
    assert _of("Al-Shabaab has fought the Somali government since 2006.", "ASSAULT") == []


def test_sides_that_have_not_fought_since_a_year_make_no_event() -> None:
    assert _of("JNIM and ISSP have not fought each other since 2020.", "ASSAULT") == []


def test_sides_that_could_fight_make_no_event() -> None:
    assert _of("JNIM and ISSP could fight each other again.", "ASSAULT") == []


# ------------------------------------------------------------------------- tables of incidents

_TALLY = (
    "**9 May 2025 — Lwanga.** An army camp near Lwanga fell to Mai-Mai Yakutumba gunmen "
    "before sunrise; three soldiers died in the assault.\n\n"
    "## Incidents this month\n\n"
    "| Day | Place | Incident | Group | Dead |\n"
    "|---|---|---|---|---|\n"
    "| 9 May | Lwanga | Attack on army camp | Mai-Mai Yakutumba | 3 |\n"
    "| 11 May | Fizi | Kidnapping | Twirwaneho | 0 |\n"
)


def test_a_table_header_tells_no_incident() -> None:
    events = text_events(_TALLY, DAY)
    assert not any("| Day | Place |" in e.anchor.quote for e in events)


def test_a_row_retelling_a_post_overrun_that_day_is_that_incident() -> None:
    events = [e for e in _of(_TALLY, "ASSAULT") if e.date and e.date.value == "2025-05-09"]
    assert len(events) == 1


def test_two_parties_deeds_of_one_day_stay_two_events() -> None:
    text = (
        "On 4 May, M23 fighters seized the town of Kibati. "
        "On 4 May, ADF fighters killed five soldiers near Beni."
    )
    events = [e for e in _of(text, "ASSAULT") if e.date and e.date.value == "2025-05-04"]
    assert len(events) == 2


# ---------------------------------------------------------- fighting told by the toll it cost


def test_fighting_that_left_people_dead_is_a_battle_on_its_own_day() -> None:
    text = (
        "BENI, May 16 -\n"
        "Fighting between the ADF and the Congolese army near Oicha on Sunday left at least "
        "nine people dead, local officials said."
    )
    attacks = _of(text, "ASSAULT")
    assert len(attacks) == 1
    # the dateline's day is the report's; "on Sunday" is the fighting's
    assert attacks[0].date is not None and attacks[0].date.value == "2025-05-11"


def test_fighting_that_left_families_displaced_is_no_battle_toll() -> None:
    assert _of("The fighting left thousands of families displaced in Ituri.", "ASSAULT") == []


def test_fighting_that_could_leave_people_dead_is_no_battle() -> None:
    assert _of("Fighting could leave hundreds dead if the talks fail.", "ASSAULT") == []


# ------------------------------------------------- a founding takes no date of a later deed


def test_an_emergence_takes_no_date_of_the_first_attack_told_after_it() -> None:
    text = (
        "Ansaru, a Boko Haram splinter faction, emerged in Kano and staged its first kidnapping "
        "on 9 June 2013."
    )
    assert not any(e.date is not None and e.date.value == "2013-06-09" for e in _of(text, "FOUND"))


def test_a_founding_keeps_its_own_date_beside_a_later_deed() -> None:
    text = (
        "Ansaru was founded in January 2012 and carried out its first kidnapping in December 2012."
    )
    found = _of(text, "FOUND")
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == "2012-01"


def test_a_denial_in_a_statement_is_the_denial_only() -> None:
    # the denial is the event (REJECT); the statement that carries it is no second one
    text = (
        "Al-Shabaab fighters attacked a base in Bula Hawo on 2 May. In a statement on its "
        "website, al-Shabaab denied killing the elders."
    )
    assert _of(text, "PROPAGANDA") == []


def test_a_refusal_of_talks_holds_as_of_the_reports_day() -> None:
    # a standing refusal (REJECT of talks) is dated by the report's day, not its month
    reject = _of("The Houthis have so far rejected talks with the government of Yemen.", "REJECT")
    assert len(reject) == 1
    assert reject[0].date is not None and reject[0].date.value == DAY
