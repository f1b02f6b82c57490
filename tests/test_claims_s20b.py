"""Claims, s20 (review fixes): a unit's noun ("the brigade", "the militants") stands only for
an actor whose own name holds it, never for the victim or the enemy named before; an outlet
that speaks is not its own carrier, whatever kind its name gets; a short acronym is an outlet
only near an outlet's word; a claim is dropped as part of another only when the other's
speaker comes before it; one speaker's parts are not joined across another voice's clause;
"cited as proof" is no "quoted as saying". Every sentence is written for the test, about
conflicts of every region."""

from __future__ import annotations

from test_claims import claims_of, one


def test_unit_noun_does_not_take_the_victims_name() -> None:
    # the Fano militiamen were ambushed: "the insurgents" who speak are the attackers, unnamed
    c = one(
        claims_of(
            "A column of Fano militiamen was ambushed near Gondar on Tuesday and nine of them "
            "died. The insurgents said in a post on Telegram that the column had carried "
            "federal officers."
        ),
        "federal officers",
    )
    assert c.speaker is None
    assert c.speaker_text == "The insurgents"


def test_unit_noun_does_not_take_the_enemys_name() -> None:
    c = one(
        claims_of(
            "Federal police and the Jalisco cartel's rivals clashed near Culiacán; the Zetas "
            "lost two trucks. The rebels said they had pulled back to protect villagers."
        ),
        "pulled back",
    )
    assert c.speaker is None


def test_unit_noun_resolves_to_the_unit_whose_name_holds_it() -> None:
    # a state unit speaks for itself: not the armed group it fought
    c = one(
        claims_of(
            "Soldiers of the army's 7th Brigade fought al-Shabaab fighters near Kismayo on Sunday. The "
            "brigade said it had killed nine attackers and freed two hostages."
        ),
        "freed two hostages",
    )
    assert c.speaker is not None and "shabaab" not in c.speaker.lower()
    assert c.speaker_kind == "actor"


def test_unit_noun_never_takes_a_target_company() -> None:
    c = one(
        claims_of(
            "Gunmen stormed a Chevron pipeline station near Warri on Sunday. The militants "
            "said in a statement that they had seized three engineers."
        ),
        "seized three engineers",
    )
    assert c.speaker is None or "chevron" not in c.speaker.lower()


def test_news_agency_that_speaks_is_not_its_own_outlet() -> None:
    for text, needle in (
        (
            "The state news agency SUNA said army drones had struck a rebel convoy near Kurmuk.",
            "rebel convoy",
        ),
        (
            "The Kremlin-run TASS news agency said Ukrainian drones had struck a refinery.",
            "refinery",
        ),
    ):
        c = one(claims_of(text), needle)
        assert c.via is None, (text, c.via)


def test_speaker_then_outlet_keeps_the_outlet() -> None:
    # the speaker's words run on to where it spoke: the platform still carries the claim
    c = one(
        claims_of(
            "Ansar al-Sunna fighters clashed with Tanzanian troops; the group, in a message on "
            "Telegram, said it had burned two trucks."
        ),
        "burned two trucks",
    )
    assert c.via == "Telegram"


def test_rank_acronym_is_no_outlet() -> None:
    c = one(
        claims_of(
            "The police said in a statement signed by ACP Musa Bello that gunmen had killed a "
            "driver near Lokoja."
        ),
        "killed a driver",
    )
    assert c.via != "Agence Congolaise de Presse" and c.via != "ACP"


def test_association_acronym_relayed_is_no_news_agency() -> None:
    c = one(
        claims_of(
            "Doctors said in a statement relayed by the SPA that gunmen had looted the "
            "hospital in Kassala."
        ),
        "looted the hospital",
    )
    assert c.via != "Saudi Press Agency"


def test_short_acronym_told_is_an_outlet() -> None:
    c = one(
        claims_of("An army officer told ANI that the infiltrators had crossed near Kupwara."),
        "infiltrators",
    )
    assert c.via in ("ANI", "Asian News International")


def test_parenthetical_speaker_does_not_swallow_the_first_claim() -> None:
    # (the review's sentence) the villagers' words do not hold the police's claim
    claims = claims_of(
        "Police said the attackers fled into the forest where, villagers said, they burned "
        "two churches."
    )
    police = [c for c in claims if c.speaker_text == "Police"]
    assert police, [(c.speaker_text, c.text) for c in claims]
    assert "attackers fled" in police[0].text


def test_closing_speaker_keeps_the_clean_claim_of_the_first() -> None:
    claims = claims_of(
        "Hezbollah said it had not fired at civilians; its units had only hit barracks, the "
        "movement said in a televised address."
    )
    assert any(
        c.text.strip() == "it had not fired at civilians" and c.speaker_text == "Hezbollah"
        for c in claims
    ), [(c.speaker_text, c.text) for c in claims]


def test_no_joining_across_another_partys_clause() -> None:
    claims = claims_of(
        "The Myanmar military said it had recaptured Hpakant, a claim the KIA denied, and "
        "said its troops were clearing mines."
    )
    junta = [c for c in claims if c.speaker_text == "The Myanmar military"]
    assert junta
    assert all("KIA denied" not in c.text for c in junta)
    claims = claims_of(
        "The police said they had shot the gang leader, whose death his men have not "
        "confirmed, and said two officers were hurt."
    )
    assert not any("officers were hurt" in c.text and "gang leader" in c.text for c in claims)


def test_cited_as_proof_keeps_the_claim() -> None:
    c = one(
        claims_of(
            "The fall in kidnappings was cited by the mayor as evidence that the new patrols "
            "were working."
        ),
        "patrols were working",
    )
    assert c.speaker_text == "the mayor"


def test_quoted_as_saying_still_speaks_through_the_outlet() -> None:
    c = one(
        claims_of(
            "A regional official was quoted by the state news agency SUNA as saying that rebel "
            "fighters had seized the airport at Kurmuk."
        ),
        "seized the airport",
    )
    assert c.speaker_text == "A regional official"
    assert c.via == "SUNA"


def test_members_noun_takes_the_one_armed_group_that_acted() -> None:
    c = one(
        claims_of(
            "Hayat Tahrir al-Sham fighters attacked an army post near Saraqib on Monday. The "
            "militants said in a statement that they had seized two tanks."
        ),
        "two tanks",
    )
    assert c.speaker == "hts"


def test_members_noun_refuses_the_group_that_was_struck() -> None:
    c = one(
        claims_of(
            "Government aircraft bombed Hayat Tahrir al-Sham fighters near Saraqib on Monday. "
            "The militants said in a statement that they had seized two tanks."
        ),
        "two tanks",
    )
    assert c.speaker is None
