"""(s18) Event mechanisms that fire on a report's structure: run-in incident headings, passive
and relative-clause speech acts, launched operations, agents of participles, and a broken
passive's name. Every text is written for these tests (no report's wording)."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

DOC_DATE = DateValue("2025-06-08", "day")


def _events(text: str, date: DateValue | None = DOC_DATE) -> list[Event]:
    ann = annotate_text(text, date)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, date)


def _roles(event: Event) -> set[tuple[str, str]]:
    return {(a.actor, a.role) for a in event.actors}


def _of_type(events: list[Event], type_id: str) -> list[Event]:
    return [e for e in events if e.type == type_id]


BULLETIN = (
    "# Weekly Mali Digest\n\n"
    "| Date | District | Incident | Perpetrator | Toll |\n"
    "|---|---|---|---|---|\n"
    "| Tue 3 Jun | Kidal | Ambush on army convoy | JNIM (claimed) | 5 soldiers killed |\n"
    "| Thu 5 Jun | Gao | Intelligence-based operation | Malian army | 9 militants killed |\n\n"
    "### Detail\n\n"
    "**Kidal, 3 June.** Militants ambushed an army convoy near Anefis, killing five soldiers, "
    "a military source said.\n\n"
    "**Gao, 5 June.** Troops killed nine militants in an operation near Ansongo, the army "
    "said.\n"
)


def test_run_in_heading_dates_its_paragraph_and_joins_the_table_row() -> None:
    events = _of_type(_events(BULLETIN), "ASSAULT")
    # one event per incident: the row and the paragraph under its heading are one
    assert len(events) == 2
    ambush = next(e for e in events if e.date is not None and e.date.value == "2025-06-03")
    assert ambush.fatalities is not None and ambush.fatalities.best == 5
    assert ("jnim", "perpetrator") in _roles(ambush)
    assert any(e.date is not None and e.date.value == "2025-06-05" for e in events)


def test_hyphenated_label_word_names_no_event_type() -> None:
    # "Intelligence-based operation" is no base set up
    assert not _of_type(_events(BULLETIN), "BASE")


def test_run_in_heading_needs_a_date_and_place_only() -> None:
    # a paragraph that opens with a sentence's words before a date and a colon has no
    # heading: its second sentence takes no date from it
    text = (
        "# Mali digest\n\n"
        "Militants stormed the town of Anefis, 3 June: the army sent reinforcements. "
        "Gunmen killed two herders near Tessalit.\n"
    )
    herders = [e for e in _of_type(_events(text), "ASSAULT") if "herders" in e.anchor.quote]
    assert all(e.date is None or e.date.value != "2025-06-03" for e in herders)


def test_passive_accusation_its_rejection_and_the_accused_deed() -> None:
    text = (
        "The Wagner Group stands accused by Amnesty International of executing villagers in "
        "Moura in March 2022, an accusation it rejects."
    )
    events = _events(text)
    accuse = _of_type(events, "ACCUSE")
    assert len(accuse) == 1
    assert _roles(accuse[0]) == {("amnesty", "initiator"), ("wagner_group", "target")}
    reject = _of_type(events, "REJECT")
    assert len(reject) == 1 and ("wagner_group", "initiator") in _roles(reject[0])
    # the rejection is not dated by the charge's date
    assert reject[0].date is None
    deed = _of_type(events, "ASSAULT")
    assert deed and ("wagner_group", "perpetrator") in _roles(deed[0])


def test_allegation_clause_names_the_accused() -> None:
    text = (
        "Human Rights Watch has alleged that the Nigerian army killed dozens of villagers in "
        "Zamfara in 2023."
    )
    accuse = _of_type(_events(text), "ACCUSE")
    assert len(accuse) == 1
    assert _roles(accuse[0]) == {("hrw", "initiator"), ("nigerian_army", "target")}


def test_charge_rejected_in_a_relative_clause_is_a_rejection() -> None:
    text = "Cameroon has accused Nigeria of failing to secure the border, a charge Abuja rejected."
    reject = _of_type(_events(text), "REJECT")
    assert len(reject) == 1
    assert reject[0].actors and reject[0].actors[0].role == "initiator"


def test_relative_clause_rejecting_a_party_is_no_rejection() -> None:
    text = (
        "The Houthis, which the government rejects as a negotiating partner, seized the port "
        "of Hodeidah in 2018."
    )
    assert not _of_type(_events(text), "REJECT")


def test_launched_operation_is_an_armed_action() -> None:
    text = "On 5 May 2025 Kenyan police launched an operation against al-Shabaab in Lamu county."
    ops = _of_type(_events(text), "ASSAULT")
    assert len(ops) == 1
    assert ops[0].date is not None and ops[0].date.value == "2025-05-05"
    assert ("al_shabaab", "target") in _roles(ops[0])


def test_humanitarian_operation_is_no_armed_action() -> None:
    text = "Aid agencies launched a humanitarian operation in Lamu county on 5 May 2025."
    assert not _of_type(_events(text), "ASSAULT")


def test_number_of_a_named_operation_is_no_year() -> None:
    text = "The army launched Operation 1115 in Sagaing Region on 3 March 2025, the junta said."
    ops = _of_type(_events(text), "ASSAULT")
    assert len(ops) == 1
    assert ops[0].date is not None and ops[0].date.value == "2025-03-03"


def test_operation_launched_after_other_attacks_stays_apart() -> None:
    text = (
        "Kenya and Somalia launched joint operations against al-Shabaab in early 2024 after a "
        "series of bombings in Mandera that killed nine people."
    )
    events = _of_type(_events(text), "ASSAULT")
    assert len(events) == 2
    operation = next(e for e in events if ("al_shabaab", "target") in _roles(e))
    assert operation.fatalities is None  # the bombings' toll is not the operation's


def test_agent_of_a_participle_of_doing_attacked() -> None:
    text = "A drone strike carried out by the Malian army killed six people in Kidal on 2 May 2025."
    strike = _of_type(_events(text), "ASSAULT")
    assert len(strike) == 1
    assert ("fama", "perpetrator") in _roles(strike[0])
    assert ("fama", "target") not in _roles(strike[0])


def test_founding_told_across_an_aside() -> None:
    text = 'Ansaru - "Vanguard" in Hausa - was formed in January 2012 by a faction of Boko Haram.'
    found = _of_type(_events(text), "FOUND")
    assert len(found) == 1
    assert ("ansaru", "initiator") in _roles(found[0])
    assert found[0].date is not None and found[0].date.value == "2012-01"


def test_strength_estimate_is_no_event() -> None:
    assert not _events("The Malian army is estimated at 20,000 men.")


def test_saying_its_side_was_not_involved_is_a_rejection() -> None:
    text = (
        'A Houthi spokesman, Mohammed Abdulsalam, said the group was "not involved" in the '
        "attack on the tanker."
    )
    reject = _of_type(_events(text), "REJECT")
    assert len(reject) == 1
    assert ("houthis", "initiator") in _roles(reject[0])


def test_a_third_party_clearing_others_is_no_rejection() -> None:
    # neither a non-group noun nor "the group" cleared by someone else is the speaker's side
    for text in (
        "Police said on 4 June the two detained men were not involved in the attack.",
        "Boko Haram fighters burned a school in Gwoza on 2 June. The Nigerian army said on "
        "4 June that the group was not involved in the attack on the market.",
    ):
        assert not _of_type(_events(text), "REJECT"), text


def test_inmates_freed_by_an_attack_are_that_attack() -> None:
    text = "In March 2024 the gang attacked two prisons in Port-au-Prince, freeing 4,000 inmates."
    events = _events(text)
    assert len(_of_type(events, "ASSAULT")) == 1
    assert not _of_type(events, "RETREAT")


def test_a_release_of_its_own_stays_a_release() -> None:
    text = "On 3 May 2025 the ELF released two soldiers it had held since January."
    assert len(_of_type(_events(text), "RETREAT")) == 1
