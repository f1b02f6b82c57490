"""Claims, s19: mechanisms that failed on reports unseen when they were written.

An outlet keeps the "of" part of its name and any description before it ("the state agency
X", "the semi-official news agency Y"), never a day after it; a sentence closing on ", N said"
is N's even after a wire dateline; an actor named after "pro-"/"anti-" names whom the
speakers side with; a naming participle ("also called X") is no label claim; "reportedly" in
one conjunct beside another's claim; "we assess this as <what it is>" is the author's claim;
an outlet the words went through carries them ("via Amaq ..., what it described as");
a relative clause of denial closing a claim is the denier's; coordinated subjects and
agents each make the claim; a phrase opening a sentence on a recording gives its channel;
a note naming the source of a sentence's figures makes that source speak; a verb left
without a subject takes the noun phrase right before it; "civil society" and bloggers have
their kinds. Every sentence is written for the test, about conflicts of every region."""

from __future__ import annotations

from test_claims import claims_of, one


def test_outlet_name_keeps_its_of_part_and_descriptions() -> None:
    c = one(
        claims_of(
            "Gunmen killed nine traders near Gao, a police officer was quoted by the Voice of "
            "Sahel Radio of Mali as saying."
        )
        + claims_of(
            "The governor said 14 people were killed, quoted by the Press Agency of Kenya (PAK)."
        ),
        "14 people",
    )
    assert c.via == "Press Agency of Kenya"
    c = one(
        claims_of("The spokesman said the camp was shelled, quoted by the state agency KTV."),
        "camp was shelled",
    )
    assert c.via == "KTV"
    c = one(
        claims_of(
            "The mayor said 20 houses burned, quoted by the Nigerian news agency NNA on Friday."
        ),
        "20 houses",
    )
    assert c.via == "NNA"
    # a day after an outlet's description is when it was told, not its name
    c = one(
        claims_of("A rebel spokesman told the network Monday that fighters had seized Beni."),
        "seized Beni",
    )
    assert c.via in (None, "the network")  # (s19b) any name but the day would be wrong too


def test_closing_source_after_a_dateline() -> None:
    claims = claims_of(
        "KIDAL, May 12 - Fighters of a rebel coalition clashed with soldiers near Anefis on "
        "Sunday, leaving between four and seven civilians dead, villagers said."
    )
    c = one(claims, "civilians dead")
    assert c.speaker_kind == "witnesses"
    assert not c.text.startswith("KIDAL")
    c = one(claims_of("Five soldiers were killed near Mopti on Sunday, officials said."), "Five")
    assert c.speaker_kind == "officials"
    # one word only as the verb's named subject: a pronoun is no source named here
    # (s19b) a real sentence, not a fragment: "it" names no source here
    assert not any(
        c.speaker_text == "it"
        for c in claims_of("Three traders were abducted near Tillaberi on Friday, it said.")
    )


def test_partisans_of_an_actor_are_not_the_actor() -> None:
    c = one(
        claims_of("Pro-Hezbollah websites accused Israel of killing four farmers in Marjayoun."),
        "four farmers",
    )
    # (s23) unnamed outlets are the vocabulary's unattributed reports
    assert c.speaker is None and c.speaker_kind == "reports"
    c = one(
        claims_of("Pro-Kremlin bloggers claimed that drones hit a school in Kherson."), "school"
    )
    assert c.speaker is None and c.speaker_kind == "reports"
    c = one(claims_of("Hezbollah said its fighters destroyed two tanks."), "two tanks")
    assert c.speaker == "hezbollah"


def test_civil_society_is_an_observer_but_a_named_society_an_organisation() -> None:
    c = one(
        claims_of(
            "Gunmen abducted eleven farmers near Kaura on Friday, according to civil society."
        ),
        "eleven farmers",
    )
    assert c.speaker_kind == "observers"
    c = one(
        claims_of(
            "Residents said the toll was higher, with one local NGO, the Rutshuru Civil "
            "Society, counting 33 bodies."
        ),
        "33 bodies",
    )
    assert c.speaker_kind == "organisations"


def test_an_alias_participle_is_no_claim() -> None:
    # (a guard: the parse that read "also called" as a label claim comes with the report's
    # wording; these sentences keep it from coming back in other wordings)
    assert (
        claims_of(
            "The coalition of self-defence groups known as the Dozo, also called the Donso, is "
            "showing signs of strain."
        )
        == []
    )
    assert claims_of("The brigade, dubbed Desert Hawks, moved north last week.") == []
    c = one(claims_of('Residents call the militia "the governor\'s private army".'), "private army")
    assert c.speaker_kind == "witnesses"


def test_reportedly_beside_another_claim() -> None:
    claims = claims_of(
        "The army is reportedly preparing an offensive towards Palma, and the insurgents' "
        'spokesman warned that they would "burn the port".'
    )
    rumour = one(claims, "preparing an offensive")
    assert rumour.speaker_kind == "reports"
    assert "warned" not in rumour.text
    assert one(claims, "burn the port").speaker_kind != "reports"
    # the adverb names no one; a concession closing the sentence is the author's
    c = one(
        claims_of(
            "Some 2,000 Chadian troops are reportedly deployed near Bol, although N'Djamena has "
            "never confirmed a figure."
        ),
        "deployed near Bol",
    )
    assert c.speaker_text is None and "although" not in c.text


def test_an_assessment_of_what_a_thing_is() -> None:
    claims = claims_of(
        "In the recording, the emir vows to take the capital. We assess this as mainly a "
        "recruitment message aimed at young herders, but it likely also signals a new offensive."
    )
    c = one(claims, "recruitment message")
    assert c.speaker_kind == "author"
    assert not any(x.speaker_kind == "author" and "vows" in x.text for x in claims)
    # a rating of likelihood still judges the clause before it
    c = one(
        claims_of(
            "The group could expand south before the rains; we judge this a moderate-likelihood "
            "scenario."
        ),
        "expand south",
    )
    assert c.speaker_kind == "author"


def test_outlet_the_words_went_through_is_no_speaker() -> None:
    claims = claims_of(
        "On 3 May Hayat Tahrir al-Sham released a video via Amjad Media showing a camp near "
        "Idlib, featuring what it described as 400 new fighters."
    )
    c = one(claims, "400 new fighters")
    assert c.speaker == "hts"


def test_relative_clause_of_denial_is_the_deniers() -> None:
    claims = claims_of(
        "Opposition activists accused the army of shelling a hospital in Idlib, which the "
        'defence ministry rejected as "lies".'
    )
    accusation = one(claims, "shelling a hospital")
    assert "rejected" not in accusation.text
    denials = [c for c in claims if c.stance == "denial"]
    assert [d.text for d in denials] == ["shelling a hospital in Idlib"]
    assert denials[0].speaker_kind == "officials"
    claims = claims_of("Rebels said the army bombed the market, a claim the ministry denied.")
    assert sorted(c.stance for c in claims) == ["denial", "neutral"]


def test_coordinated_speakers_each_make_the_claim() -> None:
    claims = claims_of(
        "Human Rights Watch and Amnesty International accused the army of killing 30 civilians."
    )
    assert {c.speaker for c in claims} == {"hrw", "amnesty"}
    claims = claims_of(
        "Uganda is accused by the United Nations and by the African Union of arming the rebels."
    )
    assert {c.speaker for c in claims} == {"un", "au"}


def test_the_recording_a_sentence_opens_on_carries_its_words() -> None:
    claims = claims_of(
        "The Arakan Army released a video on Monday showing captured soldiers. In the footage, "
        'its spokesman vows to "march on Sittwe".'
    )
    assert one(claims, "march on Sittwe").via == "a video"
    claims = claims_of("In the north, officials said 12 people had died.")
    assert one(claims, "12 people").via is None


def test_a_note_names_the_source_of_the_figures() -> None:
    claims = claims_of(
        "We assess that the group has between 2,000 and 3,000 fighters in the delta.[3]\n\n"
        "[3] Estimates from Nigerian and UN officials, 2024.\n"
    )
    kinds = {c.speaker_kind for c in claims if "fighters" in c.text}
    assert kinds == {"author", "officials"}


def test_a_document_ending_the_speakers_phrase_is_its_channel() -> None:
    c = one(
        claims_of("A UN Panel of Experts report said the rebels had received drones from abroad."),
        "received drones",
    )
    assert c.via == "a report"


def test_a_subject_hung_on_a_date_still_speaks() -> None:
    c = one(
        claims_of(
            "On 12 March a Nyatura commander, Col. Eric Mugisha, announced that his faction "
            "was joining the Front populaire pour la paix (FPP) and creating a new unit."
        ),
        "joining the Front",
    )
    assert c.speaker_kind == "person"
    assert "Mugisha" in (c.speaker_text or "")


def test_a_new_militia_calling_itself_a_name_speaks() -> None:
    c = one(
        claims_of(
            "A new militia calling itself the Black Lions Front (BLF) announced its "
            "formation on Monday, saying it had 300 volunteers."
        ),
        "300 volunteers",
    )
    assert c.speaker is not None


def test_a_figure_said_to_differ_is_no_claim() -> None:
    assert not any(
        "higher figure" in c.text for c in claims_of("The insurgents gave a far higher figure.")
    )
    assert one(claims_of("The insurgents gave a toll of dozens dead."), "dozens dead")


def test_a_periodical_named_after_its_noun_carries_its_owners_words() -> None:
    c = one(
        claims_of(
            'JNIM did not claim the ambush directly, but its weekly al-Thabat described "the '
            'punishment of traitors" near Djibo.'
        ),
        "punishment of traitors",
    )
    assert c.speaker == "jnim"
    assert c.via is not None and "thabat" in c.via.lower()


def test_a_recording_speaks_for_whoever_released_it() -> None:
    claims = claims_of(
        "The army issued a statement on Monday. The statement said 40 rebels were killed."
    )
    c = one(claims, "40 rebels")
    assert c.speaker_kind == "officials" and c.via == "a statement"
    c = one(
        claims_of(
            "A video circulated on social media by the Ambazonia Defence Forces said the "
            "fighters would strike Bamenda."
        ),
        "strike Bamenda",
    )
    assert c.speaker is not None and c.via == "a video"
    # (s19b) a video no one in the text released speaks for no one: filming is no release
    assert not any(
        c.speaker
        for c in claims_of(
            "Reporters filmed the ruins in Bamenda. The video said the fighters would strike again."
        )
    )


def test_an_apposition_attested_by_an_agent_is_the_agents_claim() -> None:
    claims = claims_of(
        "Villagers said the militia burned the granaries, a tactic reported by Human Rights "
        "Watch in 2023."
    )
    assert one(claims, "burned the granaries").text == "the militia burned the granaries"
    assert one(claims, "a tactic reported").speaker == "hrw"
    claims = claims_of("Villagers said the militia burned the granaries, a tactic used since 2019.")
    assert [c.speaker_kind for c in claims] == ["witnesses"]


def test_which_after_a_clause_stands_for_the_clause() -> None:
    c = one(
        claims_of("The rebels took the border post on Friday, which the army later confirmed."),
        "border post",
    )
    assert c.text == "The rebels took the border post on Friday"
    assert c.speaker_kind == "officials"


def test_a_harm_threatened_is_the_threat_a_person_threatened_is_not() -> None:
    c = one(
        claims_of("JNIM threatened reprisals against villages that join the militias."), "reprisals"
    )
    assert c.speaker == "jnim"
    assert claims_of("Gunmen threatened villagers near Kaura before looting the market.") == []
    claims = claims_of(
        "On 2 May ISWAP released a video showing a camp. The video also threatened attacks on "
        "Maiduguri during Ramadan."
    )
    c = one(claims, "attacks on Maiduguri")
    assert c.speaker == "iswap" and c.via == "a video"
