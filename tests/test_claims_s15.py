"""Claims, round s15: an outlet that reports "citing" a source (the source speaks, the outlet
is the claim's via), an outlet that "quoted X as saying" (X speaks), a party or faction named
by its noun, hospital staff as witnesses, and messaging platforms as channels. Short reports
written for the tests, run through the real pipeline."""

from __future__ import annotations

from test_claims import claims_of, one


def test_outlet_citing_a_source_carries_the_source_claim() -> None:
    c = one(
        claims_of(
            "Militiamen burned the market in Kalehe on Friday, Radio Maendeleo reported, "
            "citing traders."
        ),
        "burned the market",
    )
    assert (c.speaker_kind, c.via) == ("witnesses", "Radio Maendeleo")
    c = one(
        claims_of(
            "The Kivu Observer reported, citing two local officials, that nine civilians "
            "were shot near Rutshuru."
        ),
        "nine civilians",
    )
    assert c.speaker_kind == "officials"
    assert c.via == "Kivu Observer"
    assert c.text.startswith("nine civilians")  # not "citing two local officials, that ..."
    c = one(
        claims_of(
            "Citing a hospital doctor, the Sahara Tribune said that 17 wounded soldiers had "
            "been flown to Niamey."
        ),
        "wounded soldiers",
    )
    assert (c.speaker_kind, c.via) == ("witnesses", "Sahara Tribune")


def test_a_monitor_citing_sources_keeps_its_own_claim() -> None:
    c = one(
        claims_of(
            "The monitoring group said that eleven people died in the raid, citing "
            "residents of the town."
        ),
        "eleven people",
    )
    assert c.speaker_kind != "witnesses"


def test_quoted_as_saying_the_one_quoted_speaks() -> None:
    c = one(
        claims_of(
            "The state news agency MAP quoted a regional governor as saying that the "
            "border crossing at Guerguerat had reopened."
        ),
        "border crossing",
    )
    assert c.speaker_kind == "officials"
    assert c.via == "MAP"
    c = one(
        claims_of(
            "A senior police officer was quoted by the Daily Monitor as saying the rebels "
            "had crossed into Kasese district."
        ),
        "crossed into",
    )
    assert c.speaker_kind == "officials"
    assert c.via == "Daily Monitor"


def test_party_or_faction_named_by_its_noun_speaks() -> None:
    c = one(
        claims_of("The party said in a statement that its candidate had been detained in Bangui."),
        "candidate",
    )
    # a party is an organisation, not the armed group (review, session 15 round 2)
    assert c.speaker_kind == "organisations"
    c = one(
        claims_of("The faction insisted on Sunday that none of its commanders had left."),
        "commanders",
    )
    assert c.speaker_kind == "group"


def test_messaging_platforms_are_channels() -> None:
    c = one(
        claims_of(
            "The rebel commander denied the massacre in a voice note shared with reporters "
            "on WhatsApp."
        ),
        "massacre",
    )
    assert c.via == "WhatsApp"
    c = one(
        claims_of(
            "A spokesman for the movement said on YouTube that its fighters were holding "
            "the airport."
        ),
        "airport",
    )
    assert c.via == "YouTube"
    c = one(
        claims_of(
            '"Our units never entered the camp," the front said in a message sent over WhatsApp.'
        ),
        "never entered",
    )
    assert (c.speaker_kind, c.via) == ("group", "WhatsApp")


def test_a_monitor_update_is_a_channel() -> None:
    c = one(
        claims_of(
            "The Kivu Security Tracker said in its weekly update that twelve people had "
            "been killed near Lubero."
        ),
        "twelve people",
    )
    assert c.via == "an update"
    c = one(
        claims_of(
            "OCHA said in a flash update that 30,000 people had fled the fighting around Sake."
        ),
        "30,000 people",
    )
    assert c.via == "an update"
