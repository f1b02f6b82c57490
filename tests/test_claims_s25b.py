"""Claims, s25b: regressions found in review of the s25 claims change. A document's reader
is not its issuer; a language service's name is not an adjective of the claim's subject; a
police named at one level of government is not the one named at another; "he"/"she" goes on
only as a person. Every sentence is written for the test."""

from __future__ import annotations

from test_claims import claims_of, one

# -- who saw or obtained a document did not issue it --------------------------------------------


def test_a_briefing_obtained_by_an_outlet_does_not_speak_for_the_outlet() -> None:
    claims = claims_of(
        "A briefing note obtained by Reuters says the brigade has lost half of its armoured "
        "vehicles since March."
    )
    assert not any(c.speaker_text == "Reuters" for c in claims)
    assert not any(c.speaker == "new:reuters" for c in claims)


def test_a_panel_report_reviewed_by_a_rights_group_is_not_the_groups() -> None:
    c = one(
        claims_of(
            "A confidential panel report reviewed by Amnesty International says the militia "
            "forced 200 boys into its ranks."
        ),
        "200 boys",
    )
    assert c.speaker_text != "Amnesty International"
    assert c.via != "a report" or c.speaker is None


def test_footage_after_a_clip_seen_by_a_broadcaster_is_not_the_broadcasters() -> None:
    claims = claims_of(
        "A clip seen by the BBC shows troops dragging prisoners behind a truck, and the "
        "footage suggests the unit was based near Kherson."
    )
    assert not any("Kherson" in c.text and c.speaker_text == "the BBC" for c in claims)


def test_a_report_written_by_a_group_still_speaks_for_it() -> None:
    c = one(
        claims_of(
            "A report written by Amnesty International says the militia forced 200 boys into "
            "its ranks."
        ),
        "200 boys",
    )
    assert c.speaker_text == "Amnesty International"
    assert c.via == "a report"


# -- a language service, not an adjective --------------------------------------------------------


def test_a_nationality_before_a_noun_is_no_language_service() -> None:
    c = one(
        claims_of("A medic told Reuters Ukrainian artillery had hit the fuel depot at night."),
        "fuel depot",
    )
    assert c.via == "Reuters"


def test_a_language_service_before_that_is_kept() -> None:
    c = one(
        claims_of("A fisherman told BBC Swahili that gunmen had seized two boats off the coast."),
        "two boats",
    )
    assert c.via == "BBC Swahili"


# -- a level of government names its own police ----------------------------------------------------


def test_the_state_police_is_not_the_federal_police_named_before() -> None:
    claims = claims_of(
        "Federal Police units raided a ranch outside Morelia on Tuesday. The state police said "
        "four officers were hurt in a second gunfight."
    )
    c = one(claims, "four officers")
    assert c.speaker_text == "The state police"
    assert c.speaker is None


def test_local_police_is_not_the_federal_police_named_before() -> None:
    claims = claims_of(
        "The Federal Police arrested six men in Tijuana. Local police said the men were "
        "released two days later."
    )
    c = one(claims, "released two days later")
    assert c.speaker is None


# -- "he" goes on as a person, not an institution ---------------------------------------------------


def test_he_does_not_go_on_as_the_army() -> None:
    claims = claims_of(
        "The army said its gunboats had sunk three smuggling dhows. He said patrols would be "
        "doubled in the gulf."
    )
    assert not any("patrols" in c.text and c.speaker_text == "The army" for c in claims)


def test_she_does_not_go_on_as_a_ministry() -> None:
    claims = claims_of(
        "The ministry said the curfew in the northern districts would end on Friday. She added "
        "that schools would reopen."
    )
    assert not any("schools" in c.text and c.speaker_text == "The ministry" for c in claims)


def test_he_does_not_go_on_as_the_police() -> None:
    claims = claims_of(
        "Police said two suspects had been held at a roadblock. He said both carried forged papers."
    )
    assert not any("forged" in c.text and c.speaker_text == "Police" for c in claims)


def test_he_still_goes_on_as_an_unnamed_person() -> None:
    claims = claims_of(
        "A fisherman told AFP that the patrol boat fired first. He said the crew had no weapons."
    )
    c = one(claims, "no weapons")
    assert c.speaker_text == "A fisherman"


def test_the_federal_government_is_not_a_state_government_named_before() -> None:
    claims = claims_of(
        "The Plateau State Government imposed a curfew on Jos in May. The federal government "
        "said the curfew would be lifted within a week."
    )
    c = one(claims, "lifted within a week")
    assert c.speaker is None
