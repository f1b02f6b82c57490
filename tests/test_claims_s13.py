"""Claims on the defects of the s13 review: speakers named by an organ of an office, by a
name in apposition, by civil-society and kin nouns; statements carried by an outlet; the
clause an "according to" vouches for; blame and attribution; labels given by a call, a
quoted label or a term used; passive reports with an infinitive; the signer of a message;
a counter-denial after an accusation; and the speaker phrase kept to its noun phrase."""

from __future__ import annotations

from test_claims import claims_of, one


def test_an_office_speaks_as_the_officials_its_owner_word_names() -> None:
    claims = claims_of(
        "The Kaduna state prosecutor's office said two guards were killed and at least five "
        "hurt. Bandits raided a wedding in Zurmi late on Friday, killing nine people, "
        "according to the state prosecutor's office."
    )
    c = one(claims, "two guards were killed")
    assert c.speaker_kind == "officials" and "prosecutor" in (c.speaker_text or "")
    c = one(claims, "killing nine people")
    assert c.speaker_kind == "officials"


def test_the_name_in_apposition_is_the_speakers() -> None:
    claims = claims_of(
        'The Highland Peoples\' Forum (HPF) said "the village guards do not carry rifles".'
    )
    c = one(claims, "do not carry rifles")
    assert c.speaker is not None and c.speaker_kind == "actor"


def test_civil_society_and_kin_speak() -> None:
    claims = claims_of(
        "In neighbouring Zamfara, an association of herders' wives said on Monday it had found "
        'a well near Anka containing "at least 8" bodies. Gunmen on motorbikes seized a '
        "trader, Musa Danjuma, 47, outside his shop in Gusau, his family told reporters."
    )
    assert one(claims, "had found a well").speaker_kind == "observers"
    assert one(claims, "seized a trader").speaker_kind == "witnesses"


def test_statement_carried_by_an_outlet_with_the_clause_hung_on_it() -> None:
    claims = claims_of(
        "The Interior Ministry said on Sunday in a statement carried by LANA that the convoy "
        "had been escorted to Misrata without incident."
    )
    c = one(claims, "had been escorted")
    assert c.speaker_kind in ("actor", "officials") and c.via == "LANA"


def test_according_to_vouches_for_the_clause_after_a_semicolon() -> None:
    claims = claims_of(
        "No faction claimed the bombing; three guards were hurt, according to a spokesman "
        "for the Ninth Brigade."
    )
    c = one(claims, "three guards were hurt")
    assert "claimed" not in c.text and "claimed" not in c.hedges


def test_a_report_by_an_unknown_outlet_speaks() -> None:
    claims = claims_of(
        "Police fired tear gas at the crowd; between 30 and 45 people were injured, according "
        "to a report by The Morning Lantern."
    )
    c = one(claims, "were injured")
    assert c.speaker_kind == "reports" and "Morning Lantern" in (c.speaker_text or "")


def test_blame_and_attribution_are_claims() -> None:
    claims = claims_of(
        "Residents and Wagner-linked Telegram channels blamed the 77th Mechanised Brigade, "
        "which is commanded by Colonel Idris Mahdi. Provincial security officials attributed "
        "the ambush to a unit of the Popular Resistance, the militia led by the former mayor, "
        "which holds the eastern hills. Villagers blamed the bombing on the Lord's Resistance "
        "Army."
    )
    c = one(claims, "77th Mechanised Brigade")
    assert "Colonel" not in c.text and c.speaker_kind in ("witnesses", "media")
    c = one(claims, "the ambush to a unit")
    assert c.speaker_kind == "officials" and "eastern hills" not in c.text
    assert one(claims, "the bombing on").speaker_kind == "witnesses"


def test_a_pronoun_speaker_names_the_subject_it_is_said_in() -> None:
    claims = claims_of('Police found what they called "homemade mortars" and blamed the same gang.')
    assert one(claims, "homemade mortars").speaker_kind == "officials"
    assert one(claims, "the same gang").speaker_kind == "officials"


def test_labels_called_quoted_and_used() -> None:
    claims = claims_of(
        "Supporters of the Tigray Defence Forces call the militia \"the governor's private "
        'guard". Herder associations call it a "Fulani hunting party"; its fighters roam the '
        'plateau. Christian civic groups use the label "land grabbers" for all of them.'
    )
    c = one(claims, "private guard")
    assert c.speaker_kind == "partisans"
    assert one(claims, "Fulani hunting party").speaker_kind == "observers"
    assert one(claims, "land grabbers").text.endswith("for all of them")


def test_passive_reports_with_an_infinitive() -> None:
    claims = claims_of(
        "The Zintan Brigade, whose men are meant to stay in their barracks, is reported by a "
        'diplomat who asked not to be identified to have "about three hundred" fighters near '
        "the airport. The Green Column is widely believed to enjoy the backing of senior "
        "officers."
    )
    c = one(claims, "three hundred")
    assert c.speaker_text == "a diplomat" and c.speaker_kind == "officials"
    assert "barracks" not in c.text
    c = one(claims, "enjoy the backing")
    assert c.speaker_kind == "views" and c.speaker is None


def test_the_signer_of_a_message_speaks_not_the_group_named_last() -> None:
    claims = claims_of(
        'The Red Hand militia is strong in the port. On Friday, a leaflet signed by "Los '
        'Halcones" was found at a school in Reynosa. In it, the group denied killing the '
        "teachers and accused the Red Hand of staging the attack."
    )
    for needle in ("killing the teachers", "staging the attack"):
        c = one(claims, needle)
        assert c.speaker_text == "Los Halcones"
        assert c.speaker is None or "red" not in c.speaker


def test_a_spokesperson_the_parser_left_without_a_verb() -> None:
    claims = claims_of(
        'A spokesman for the Coast Guard, the unit often called the "Guardians of the Delta", '
        'told Reuters that "criminal cartels" were behind the attack.'
    )
    c = one(claims, "were behind the attack")
    assert c.speaker_kind == "officials" and c.via == "Reuters"
    assert "Guardians" not in (c.speaker_text or "")


def test_a_counter_denial_closing_the_sentence() -> None:
    claims = claims_of(
        "Farmers' unions, including the Kisan Action Front (KAF), have repeatedly accused the "
        "Border Security Force of protecting smugglers, a charge the force rejects."
    )
    said = [c for c in claims if "protecting smugglers" in c.text]
    assert any("denied" in c.hedges for c in said)
    assert any("denied" not in c.hedges for c in said)


def test_a_count_logged_by_monitors_is_theirs() -> None:
    claims = claims_of(
        "Ship trackers logged at least three tankers leaving Bandar Abbas on 2 June. The army "
        "recorded a video of the raid."
    )
    c = one(claims, "three tankers")
    assert c.speaker_kind == "observers"
    assert not [c for c in claims if "video" in c.text]


def test_a_passive_report_over_hard_wrapped_lines() -> None:
    claims = claims_of(
        "The Kachin column, whose units are meant to stay north of the river, is\n"
        'reported by a police officer who asked not to be named to have "about two\n'
        'hundred" men camped near the dam.\n\nThe next section covers trade.'
    )
    c = one(claims, "men camped near the dam")
    assert c.speaker_text == "a police officer"
