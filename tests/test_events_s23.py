"""(s23) Event recall: accusations by an unnamed body ("the provincial government", "the
interior ministry"), denials that point back ("The group denies this.", "denied any
connection") and a group's first appearance told as "surfaced". Sentences written for these
tests; each mechanism is checked where it must fire and where it must not."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

DATE = DateValue("2024-09-20", "day")


def _events(text: str) -> list[Event]:
    ann = annotate_text(text, DATE)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, DATE)


def _asserted(text: str, type_id: str) -> list[Event]:
    return [e for e in _events(text) if e.type == type_id and e.modality == "asserted"]


# --- accusations by a body named by its singular head noun -------------------------------


def test_provincial_government_accuses_a_named_militia() -> None:
    text = (
        "On Tuesday the provincial government accused the Red Hand Brigade of letting "
        "smugglers cross the river at night."
    )
    found = _asserted(text, "ACCUSE")
    assert len(found) == 1
    assert any(a.role == "target" for a in found[0].actors)


def test_ministry_blames_a_named_group() -> None:
    found = _asserted("On Monday the interior ministry blamed the Red Hand Brigade.", "ACCUSE")
    assert len(found) == 1


def test_plural_residents_still_name_no_accuser() -> None:
    text = "Residents accused the Red Hand Brigade of abandoning the ferry crossing."
    assert not _asserted(text, "ACCUSE")


def test_plural_officials_blaming_a_group_is_no_accusation() -> None:
    assert not _asserted("On Monday officials blamed the Red Hand Brigade.", "ACCUSE")


def test_government_blaming_weather_is_no_accusation() -> None:
    text = "The regional government blamed the heavy rains for the delay to the harvest."
    assert not _events(text)


def test_planned_accusation_by_a_ministry_is_no_asserted_event() -> None:
    text = (
        "The justice ministry plans to accuse the Red Hand Brigade of extortion at a "
        "hearing next month."
    )
    assert not _asserted(text, "ACCUSE")


def test_ministry_that_accuses_no_one_makes_no_event() -> None:
    text = "The ministry accused nobody and promised an inquiry into the fire."
    assert not _asserted(text, "ACCUSE")


# --- denials that point back, and denials of one's part ---------------------------------


def test_named_group_denies_this_after_a_charge() -> None:
    text = (
        "The coastguard said the Red Hand Brigade runs the fuel smuggling on the lake. "
        "The Red Hand Brigade denies this."
    )
    found = _asserted(text, "REJECT")
    assert len(found) == 1
    assert found[0].anchor.quote.startswith("The Red Hand Brigade denies this")


def test_spokesman_denies_any_connection() -> None:
    text = (
        "Two lorries packed with fertiliser explosives were stopped at the Busia crossing last "
        "week and their drivers are in custody. Through a spokesman, the Red Hand Brigade has "
        "denied any connection."
    )
    found = _asserted(text, "REJECT")
    assert len(found) == 1


def test_negated_denial_is_no_rejection() -> None:
    text = (
        "The coastguard said the Red Hand Brigade runs the fuel smuggling on the lake. "
        "The Red Hand Brigade did not deny this."
    )
    assert not _asserted(text, "REJECT")


def test_unnamed_plural_denier_is_no_rejection() -> None:
    text = (
        "The coastguard said the Red Hand Brigade runs the fuel smuggling on the lake. "
        "Fishermen deny this."
    )
    assert not _asserted(text, "REJECT")


def test_possible_denial_is_no_asserted_rejection() -> None:
    text = (
        "The coastguard said the Red Hand Brigade runs the fuel smuggling on the lake. "
        "Analysts expect that the Red Hand Brigade will deny this."
    )
    assert not _asserted(text, "REJECT")


def test_denied_clause_with_expletive_it_is_no_pointing_back() -> None:
    text = "The Red Hand Brigade denied it had ever held the ferry town."
    assert not [e for e in _asserted(text, "REJECT") if "denied it had" not in e.anchor.quote]


# --- a group's first appearance told as "surfaced" --------------------------------------


def test_group_surfaced_in_a_year_is_a_dated_founding() -> None:
    found = [
        e
        for e in _events("The Red Hand Brigade surfaced in 2016 in the river delta.")
        if e.type == "FOUND"
    ]
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == "2016"


def test_bodies_surfacing_is_no_founding() -> None:
    text = "The bodies of two fishermen surfaced near the jetty on Monday."
    assert not [e for e in _events(text) if e.type == "FOUND"]


def test_rifts_surfacing_in_a_group_is_no_founding() -> None:
    text = "Rifts within the Red Hand Brigade surfaced in 2019."
    assert not [e for e in _events(text) if e.type == "FOUND"]


def test_reports_surfacing_is_no_founding() -> None:
    text = "Reports of a new splinter cell surfaced last week on local radio."
    assert not [e for e in _events(text) if e.type == "FOUND"]


# --- a force withdrawn told by "pull <force> out/back" ----------------------------------


def _withdrawals(text: str) -> list[Event]:
    return [e for e in _asserted(text, "RETREAT") if e.mode == "withdraw"]


def test_group_pulling_its_fighters_out_of_a_city_withdraws() -> None:
    text = (
        "The Sahel Movement said on Friday that it was pulling its last fighters out of "
        "the capital."
    )
    assert len(_withdrawals(text)) == 1


def test_command_pulling_battalions_back_withdraws() -> None:
    text = "On 14 September the Eastern Command pulled two battalions back from the valley."
    assert len(_withdrawals(text)) == 1


def test_soldiers_pulling_bodies_out_is_no_withdrawal() -> None:
    text = "On Monday soldiers pulled three bodies out of the collapsed school in Gao."
    assert not _withdrawals(text)


def test_rebels_pulling_a_truck_out_is_no_withdrawal() -> None:
    text = "On Monday the rebels pulled a truck out of the river near the ferry."
    assert not _withdrawals(text)


def test_threat_to_pull_fighters_out_is_no_asserted_withdrawal() -> None:
    text = (
        "The Sahel Movement threatened to pull its fighters out of the capital if the talks "
        "collapse."
    )
    assert not _withdrawals(text)


def test_negated_pull_out_is_no_withdrawal() -> None:
    text = "The Sahel Movement has not pulled its fighters out of the capital."
    assert not _withdrawals(text)


# --- a claim carried in a group's medium is a release of its own -------------------------


def _releases(text: str) -> list[Event]:
    return _asserted(text, "PROPAGANDA")


def test_claim_in_a_weekly_newsletter_is_a_release() -> None:
    text = "On 16 September the Sahel Movement claimed the ambush in its weekly newsletter."
    found = _releases(text)
    assert len(found) == 1
    assert any(a.role == "initiator" for a in found[0].actors)


def test_claim_in_a_numbered_issue_is_a_release() -> None:
    text = "In issue 88 of its magazine, the Sahel Movement claimed the ambush near Gao."
    assert len(_releases(text)) == 1


def test_claim_of_an_attack_in_a_town_is_no_release() -> None:
    assert not _releases("The Sahel Movement claimed the ambush in Gao.")


def test_claim_of_an_attack_on_a_day_is_no_release() -> None:
    assert not _releases("The Sahel Movement claimed the ambush on Tuesday.")


def test_army_claim_in_a_statement_is_no_release() -> None:
    text = "The army claimed in a statement that it had killed 20 rebels near Gao."
    assert not _releases(text)


def test_unclaimed_attack_in_a_newsletter_is_no_release() -> None:
    text = "The Sahel Movement did not claim the ambush in its weekly newsletter."
    assert not _releases(text)


def test_minister_claiming_in_parliament_is_no_release() -> None:
    text = "The defence minister claimed in parliament that the rebels were finished."
    assert not _releases(text)


def test_claim_naming_the_town_days_later_is_the_same_attack() -> None:
    text = (
        "Gunmen stormed the gendarmerie barracks of Kidal on 2 September and burned its "
        "vehicles. The governor declared a curfew the same evening. Traders kept their shops "
        "closed for the rest of the week. It was only on 9 September that the Sahel Movement "
        "took responsibility for the Kidal assault, in a message posted to its website."
    )
    attacks = [e for e in _events(text) if e.type == "ASSAULT"]
    assert len(attacks) == 1
    assert attacks[0].date is not None and attacks[0].date.value == "2024-09-02"


def test_claimed_attack_on_a_radio_station_is_no_release() -> None:
    text = "On 16 September the Sahel Movement claimed the attack on the radio station in Gao."
    assert not _releases(text)
