"""Claims, s20: one speaker's chained reporting verbs in one sentence make one statement
("X denied C1, saying C2", "X said C1 and warned C2", "C1, according to N, a Y, who told Z
that C2"), as analysts code it; another speaker in the same sentence keeps its own claim;
"was quoted by the state news agency N as saying" makes the one quoted speak through N; a
national news agency named after "told" is the outlet. Every sentence is written for the
test, about conflicts of every region."""

from __future__ import annotations

from test_claims import claims_of, one


def test_denial_and_its_participle_are_one_statement() -> None:
    claims = claims_of(
        "The Sudanese army denied any role in the bombing, saying in a statement that its "
        "aircraft had not flown that day."
    )
    assert len(claims) == 1
    c = claims[0]
    assert "any role in the bombing" in c.text and "had not flown" in c.text
    assert c.stance == "denial"  # the first verb's stance is the statement's
    assert c.speaker_text == "The Sudanese army"


def test_said_and_warned_are_one_statement() -> None:
    claims = claims_of(
        "A Hamas spokesman, Abu Obaida, said the group would not negotiate and warned that "
        "further strikes would follow."
    )
    assert len(claims) == 1
    assert "would not negotiate" in claims[0].text and "strikes would follow" in claims[0].text


def test_two_speakers_in_one_sentence_stay_two_claims() -> None:
    claims = claims_of(
        "The ministry said two police officers died; villagers said a child was also killed."
    )
    assert len(claims) == 2
    claims = claims_of(
        "The army said it had retaken the town, and the rebels said they still held the airport."
    )
    assert len(claims) == 2
    assert {c.speaker_text for c in claims} == {"The army", "the rebels"}


def test_relative_clause_of_the_source_continues_its_statement() -> None:
    claims = claims_of(
        "Two civilians were shot dead at a checkpoint outside Kherson, according to Olena "
        "Marchenko, a regional councillor, who told Reuters that the soldiers had fired "
        "without warning."
    )
    assert len(claims) == 1
    c = claims[0]
    assert c.speaker_text == "Olena Marchenko"
    assert c.via == "Reuters"
    assert "shot dead" in c.text and "without warning" in c.text


def test_another_speaker_after_a_conjunction_is_not_an_apposition() -> None:
    claims = claims_of(
        "Three villagers were abducted near Kidal, according to the governor, while a rebel "
        "commander, who spoke to AFP, said that no one had been taken."
    )
    assert len(claims) == 2
    assert one(claims, "abducted near Kidal").speaker_text == "the governor"


def test_quoted_by_an_agency_as_saying_speaks_through_it() -> None:
    c = one(
        claims_of(
            "Soldiers arrested five suspects in Zinder, a military spokesman was quoted by the "
            "state broadcaster ORTN as saying."
        ),
        "five suspects",
    )
    assert c.speaker_text == "a military spokesman"
    assert c.speaker_kind == "officials"
    assert c.via == "ORTN"


def test_agency_that_reports_a_figure_still_speaks() -> None:
    # no one is quoted "as saying": the agent is who gives the figure
    c = one(
        claims_of(
            "The Wagner unit has been accused by Amnesty International of burning granaries."
        ),
        "burning granaries",
    )
    assert c.speaker_text and "Amnesty International" in c.speaker_text


def test_told_a_national_news_agency() -> None:
    # the agency goes by its name of the outlet list, whatever form the report uses
    c = one(
        claims_of(
            "A district officer told the Press Trust of India that militants had torched a "
            "school near Kulgam."
        ),
        "torched a school",
    )
    assert c.via == "PTI"
    c = one(
        claims_of(
            "Rebel shells hit a market in Goma, an army officer told the Agence Congolaise de Presse."
        ),
        "hit a market",
    )
    assert c.via == "ACP"


def test_verb_hung_on_the_reported_clause_is_no_claim_of_its_own() -> None:
    # the parser gives "blamed" the subject "the group" of the reported clause: the
    # spokesman blames, and his statement is one claim
    claims = claims_of(
        "A PKK spokesman, Zagros Hiwa, said the group was not behind the bombing and blamed "
        "rogue units of the army."
    )
    assert len(claims) == 1
    assert "rogue units" in claims[0].text
    assert claims[0].speaker_text and "Zagros Hiwa" in claims[0].speaker_text


def test_a_second_speech_act_stays_a_claim_of_its_own() -> None:
    claims = claims_of(
        "The Tigray Defence Forces denied that their fighters had looted the hospital and "
        "accused federal troops of shelling the market."
    )
    denied = one(claims, "looted the hospital")
    assert denied.stance == "denial"
    assert "shelling" not in denied.text
    assert one(claims, "accused federal troops").stance == "accusation"


def test_admitted_and_said_is_one_admission() -> None:
    claims = claims_of(
        "The police admitted that two officers had died and said the attackers had fled."
    )
    assert len(claims) == 1
    assert claims[0].stance == "admission"
    assert "attackers had fled" in claims[0].text
