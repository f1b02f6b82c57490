"""Claims, s18 second round: regressions and junk found by review of the first round.

An absolute "with" phrase is only one set off from the clause ("..., with one NGO counting
41 bodies"), never a verb's complement ("met with elders, saying C"); "according to X" after
a fronted clause of time vouches for the main clause; "told" with only a listener reports
nothing; "its/their spokesman" speaks for the nearest noun phrase of the pronoun's number;
"an accusation it rejects" is the accused's denial or none; labels of the author's data
are no source; unanswered calls are no refusal to comment; "said.¹" glued to a footnote
mark before the next sentence; a footnote mark glued to a figure does not cut the claim."""

from __future__ import annotations

from test_claims import claims_of, one


def test_with_as_a_verbs_complement_leaves_the_subject_speaking() -> None:
    claims = claims_of(
        "Government troops clashed with ADF fighters near Eringeti, claiming to have killed "
        "twelve rebels."
    )
    assert not any("fighters" in (c.speaker_text or "") for c in claims)
    for text, speaker in (
        ("The governor spoke with journalists, saying the curfew would be lifted.", "governor"),
        (
            "The commander met with tribal leaders, promising that the army would protect them.",
            "commander",
        ),
        ("Villagers fled with their cattle, saying the militia had threatened them.", "Villagers"),
        ("Police arrived with sniffer dogs, confirming that the bomb had been defused.", "Police"),
    ):
        claims = claims_of(text)
        assert claims, text
        assert all(speaker in (c.speaker_text or "") for c in claims), text


def test_absolute_with_phrase_still_speaks_for_its_noun() -> None:
    claims = claims_of(
        "Fighting continued into the night, with residents reporting heavy gunfire near the "
        "airport."
    )
    assert one(claims, "heavy gunfire").speaker_text == "residents"


def test_absolute_with_phrase_keeps_an_unresolved_named_body() -> None:
    claims = claims_of(
        "Residents said the toll was higher, with one local NGO, the Beni Civil Society, "
        "counting 41 bodies."
    )
    count = one(claims, "41 bodies")
    assert count.speaker_kind == "organisations"
    assert "Beni Civil Society" in (count.speaker_text or "")
    assert "41" not in one(claims, "toll was higher").text


def test_according_to_after_a_fronted_clause_vouches_for_the_main_clause() -> None:
    claims = claims_of(
        "After ADF fighters raided the village, according to local officials, more than 40 "
        "people were killed."
    )
    assert one(claims, "40 people were killed").speaker_kind == "officials"
    assert not any(c.text.startswith("After") for c in claims)
    claims = claims_of(
        "When the convoy reached Gao, according to the army, militants opened fire from both "
        "sides of the road."
    )
    assert one(claims, "militants opened fire").speaker_text == "the army"
    assert not any("convoy reached" in c.text for c in claims)


def test_told_with_only_a_listener_claims_nothing() -> None:
    assert claims_of("After gunmen attacked the camp, the commander told his troops.") == []
    assert claims_of("As the fighting drew closer, local officials told residents.") == []
    # a main clause before "X told Y" is still what X told
    c = one(claims_of("Fighters entered the town at dawn, a resident told reporters."), "dawn")
    assert c.speaker_text == "a resident"


def test_possessive_spokesman_agrees_with_its_antecedent() -> None:
    claims = claims_of(
        "Fighters ambushed a UN convoy near Kidal. Their spokesman said the peacekeepers had "
        "fired first."
    )
    c = one(claims, "fired first")
    assert c.speaker is None and c.speaker_text == "Their spokesman"
    claims = claims_of(
        "JNIM fighters attacked the Red Cross convoy near Mopti. Its team said two drivers "
        "were missing."
    )
    assert "jnim" not in (one(claims, "drivers were missing").speaker or "").lower()
    claims = claims_of(
        "Soldiers raided the offices of the Kivu Relief Foundation on Monday. Its spokesman "
        "said the raid was illegal."
    )
    assert one(claims, "raid was illegal").speaker is not None


def test_accusation_it_rejects_is_the_accuseds_denial_or_none() -> None:
    claims = claims_of(
        "The AA itself stands accused by Human Rights Watch of killing Rohingya civilians in "
        "Buthidaung in May 2024, an accusation it rejects."
    )
    denials = [c for c in claims if c.stance == "denial"]
    assert all("human" not in (c.speaker or "").lower() for c in denials)
    for text in (
        "The RSF has been accused by the UN of ethnic cleansing, an accusation it rejects.",
        "Al-Shabaab has been accused by Amnesty International of executing hostages, a "
        "charge it denies.",
    ):
        claims = claims_of(text)
        accusation = [c for c in claims if c.stance == "accusation"]
        denial = [c for c in claims if c.stance == "denial"]
        assert accusation and denial, text
        assert accusation[0].speaker != denial[0].speaker, text
        assert " of" not in (accusation[0].speaker_text or ""), text


def test_labels_of_the_authors_notes_and_data_are_no_source() -> None:
    assert claims_of("Note on sources: figures for 2023 are provisional.") == []
    assert claims_of("Key figures: 1,200 killed in 2024.") == []
    c = one(claims_of("Figures compiled by OCHA: 4,500 people displaced in March."), "4,500")
    assert "OCHA" in (c.speaker_text or "")


def test_unanswered_calls_are_no_refusal_to_comment() -> None:
    assert claims_of("Security forces stationed nearby did not respond to calls.") == []
    c = one(claims_of("The ministry did not respond to repeated requests for comment."), "")
    assert c.speaker_text == "The ministry"


def test_said_glued_to_a_footnote_before_the_next_sentence() -> None:
    for who in ("a police spokesman", "the state police commissioner"):
        claims = claims_of(
            f"Gunmen attacked a bus near Bauchi, killing six passengers, {who} said.\u00b9 "
            "The road was closed.\n\n\u00b9 Quoted by Reuters, 4 May 2025."
        )
        c = one(claims, "killing six passengers")
        assert c.speaker_text == who
        assert "road was closed" not in c.text


def test_footnote_mark_glued_to_a_figure_does_not_cut_the_claim() -> None:
    claims = claims_of(
        "The Kivu Peace Forum, a civil society platform, put the toll at 17 dead and more "
        "than 40 injured.1"
    )
    c = one(claims, "17 dead")
    assert c.text.endswith("more than 40 injured")
    # the glued mark merged the next sentence into the parse: the figure still runs on
    claims = claims_of(
        "The Tillaberi Relief Committee put the toll at 9 dead and about 25 wounded.1 "
        "Villagers said the gunmen came on motorbikes."
    )
    assert one(claims, "9 dead").text.endswith("about 25 wounded")
