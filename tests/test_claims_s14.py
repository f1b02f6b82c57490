"""Claims made through an outlet or a channel (session 14): the outlet (``via``) of claims
said to, on or through a channel, and the claims only such a channel makes a claim. Short
reports written for the tests."""

from __future__ import annotations

from test_claims import claims_of, one


def test_noun_object_made_public_through_an_outlet_is_a_claim() -> None:
    c = one(
        claims_of("The Islamic State claimed the bombing in Kirkuk via its Amaq news agency."),
        "bombing",
    )
    assert (c.speaker, c.via) == ("isis", "Amaq")
    c = one(claims_of("The Northern Alliance announced the curfew on social media."), "curfew")
    assert (c.speaker, c.via) == ("northern_alliance", "social media")
    c = one(claims_of("The Islamic State claimed the attack via Telegram."), "attack")
    assert (c.speaker, c.via, c.text) == ("isis", "Telegram", "the attack")
    c = one(claims_of("The Ansar Dine movement claimed the kidnapping in a video."), "kidnapping")
    assert (c.speaker, c.via) == ("ansar_dine", "a video")
    # without a channel, "claimed the attack" stays an event's responsibility, not a claim
    assert not [
        c for c in claims_of("The Islamic State claimed the attack.") if c.text == "the attack"
    ]


def test_channel_closing_a_claim_at_a_semicolon() -> None:
    claims = claims_of(
        "The Karen National Union claimed that ambush via its Kawthoolei news agency; the army "
        "blamed the DKBA."
    )
    c = one(claims, "ambush")
    assert (c.speaker, c.via) == ("knu", "Kawthoolei")
    assert "army" not in c.text


def test_told_or_speaking_to_a_channel_without_a_name() -> None:
    c = one(
        claims_of("A police spokesman told state television that 12 bandits had been killed."),
        "bandits",
    )
    assert c.via == "television"
    c = one(
        claims_of(
            "Speaking to local radio, the district commissioner said three villages had been burned."
        ),
        "villages",
    )
    assert c.via == "radio"


def test_outlet_named_before_its_noun_or_after_a_message_to() -> None:
    c = one(
        claims_of("The governor said the town was safe, quoted by the Daily Trust newspaper."),
        "safe",
    )
    assert (c.via, c.text) == ("Daily Trust", "the town was safe")
    c = one(
        claims_of(
            "The police suspect the Ansaru faction, but the group's Kaduna wing denied planting "
            "the bomb in a message to local radio Freedom FM."
        ),
        "planting",
    )
    assert c.via == "Freedom FM" and c.stance == "denial"


def test_a_groups_outlet_speaks_for_its_owner() -> None:
    text = (
        "The Islamic State has lost ground. Amaq said 15 soldiers had been killed in the "
        "ambush near Tal Afar."
    )
    c = one(claims_of(text), "15 soldiers")
    assert (c.speaker, c.via) == ("isis", "Amaq")
    text = (
        "Fighting continued in Raqqa. Amaq reported that the Islamic State had seized two villages."
    )
    c = one(claims_of(text), "two villages")
    assert (c.speaker, c.via) == ("isis", "Amaq")


def test_is_read_as_a_verb_still_speaks() -> None:
    text = (
        "The Islamic State (IS) lost two commanders in May. The next week IS claimed the raid "
        'through Amaq, asserting that "20 apostate policemen" had been killed.'
    )
    claims = claims_of(text)
    c = one(claims, "apostate policemen")
    assert (c.speaker, c.via) == ("isis", "Amaq")
    c = one(claims, "the raid")
    assert c.speaker == "isis"


def test_denied_responsibility_and_threats_are_claims() -> None:
    claims = claims_of("The government blamed the rebels; the rebel groups denied responsibility.")
    c = one(claims, "responsibility")
    assert c.stance == "denial" and c.speaker_kind == "group"
    c = one(
        claims_of(
            "Separatist groups have threatened to extend the boycott into the election period."
        ),
        "boycott",
    )
    assert c.speaker_kind == "group"
    c = one(
        claims_of("The Mai-Mai leaders vowed to retake the mining town before the rains."), "retake"
    )
    assert c.text.startswith("retake")


def test_counter_denial_after_a_closing_quote() -> None:
    claims = claims_of(
        "The Maoist party said in a statement on its Lal Salaam website that the three were "
        '"innocent villagers," a claim the police rejected.'
    )
    said = [c for c in claims if c.stance != "denial"]
    assert said and said[0].via == "Lal Salaam"
    assert any(c.stance == "denial" and c.speaker_kind == "officials" for c in claims)
    # a place after "through" or "on the site" is no channel and stays in the claim
    c = one(claims_of("Witnesses said the convoy passed through Mosul on Friday."), "convoy")
    assert c.text == "the convoy passed through Mosul on Friday" and c.via is None
    text = "The Zintan commander said his men had fired on the site of the old airport."
    c = one(claims_of(text), "fired")
    assert c.text.endswith("old airport") and c.via is None
