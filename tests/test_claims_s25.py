"""Claims, s25: who speaks through a document, unnamed intelligence services, language
services of broadcasters, outlets named in a relative clause on the speakers, denials of the
sentence before, names that are no claim, titles before a name, and estimates inside another's
words. Every sentence is written for the test, about conflicts of every region."""

from __future__ import annotations

from test_claims import claims_of, one

# -- a document speaks for its issuer ------------------------------------------------------------


def test_a_statement_attributed_to_a_group_speaks_for_it() -> None:
    c = one(
        claims_of(
            "A statement attributed to the ELN, posted on social media on Sunday, said the "
            "pipeline blast was a warning to the oil companies."
        ),
        "warning to the oil companies",
    )
    assert c.speaker == "eln"
    assert c.via == "a statement"


def test_a_leaflet_signed_by_a_group_speaks_for_it_despite_no_kind_word() -> None:
    c = one(
        claims_of(
            "The leaflet, signed by al-Shabaab, accused the clan elders of spying for the "
            "government in Baidoa."
        ),
        "spying",
    )
    assert c.speaker == "al_shabaab"


def test_a_press_note_signed_by_a_group_is_not_the_media() -> None:
    c = one(
        claims_of(
            "The press note, signed by the M23, said the hilltop had been taken without a shot."
        ),
        "hilltop",
    )
    assert c.speaker == "m23"


def test_the_note_stands_for_the_one_issued_before() -> None:
    claims = claims_of(
        "In a communique issued on Friday, the M23 put the number of its dead at four. The "
        "communique also accused the army of shelling a school near Rutshuru."
    )
    c = one(claims, "shelling a school")
    assert c.speaker == "m23"
    assert c.via == "a statement"


def test_its_statement_speaks_for_what_it_stands_for() -> None:
    c = one(
        claims_of(
            "Human Rights Watch sent researchers to the camps in June. Its statement said the "
            "killings at the well amounted to a war crime."
        ),
        "war crime",
    )
    assert c.speaker == "hrw"


def test_a_statement_issued_by_the_ministry_is_not_the_group_named_before() -> None:
    claims = claims_of(
        "The ELN ambushed a patrol near Tibu on Monday. The statement issued by the defence "
        "ministry the next day said four soldiers had died."
    )
    c = one(claims, "four soldiers")
    assert c.speaker != "eln"
    assert c.speaker_kind == "officials"


def test_a_statement_does_not_stand_for_a_video_before() -> None:
    claims = claims_of(
        "In a video released on Monday, the M23 threatened to march on Goma. The statement "
        "read on the radio said the roads to Sake were open again."
    )
    assert not any(c.speaker == "m23" and "roads to Sake" in c.text for c in claims)


def test_a_leaflet_found_in_a_market_names_no_issuer() -> None:
    claims = claims_of("A leaflet found in the market warned traders to close their shops.")
    assert not any(c.speaker is not None for c in claims)


# -- intelligence services -------------------------------------------------------------------------


def test_intelligence_officials_are_the_intelligence_kind() -> None:
    c = one(
        claims_of("Intelligence officials believe the cell has fewer than forty members left."),
        "forty members",
    )
    assert c.speaker is None
    assert c.speaker_kind == "intelligence"


def test_an_intelligence_assessment_is_the_intelligence_kind() -> None:
    c = one(
        claims_of(
            "An intelligence assessment shared with donors says the faction can field about "
            "300 fighters in the delta."
        ),
        "300 fighters",
    )
    assert c.speaker_kind == "intelligence"


def test_intelligence_sources_stay_sources() -> None:
    c = one(
        claims_of("Intelligence sources said the commander had fled to the coast by boat."),
        "fled to the coast",
    )
    assert c.speaker_kind == "sources"


def test_a_national_intelligence_official_stays_that_states_official() -> None:
    c = one(
        claims_of(
            "A Kenyan intelligence official told Reuters that the cell receives money from abroad."
        ),
        "receives money",
    )
    assert c.speaker_kind == "officials"


def test_intelligence_in_the_claim_does_not_make_the_speaker() -> None:
    c = one(
        claims_of("Residents said the intelligence headquarters in Gao was shelled overnight."),
        "shelled overnight",
    )
    assert c.speaker_kind == "witnesses"


# -- language services and outlets named in a relative clause ---------------------------------------


def test_a_language_service_is_its_own_outlet() -> None:
    c = one(
        claims_of("A rebel commander told BBC Swahili that the ceasefire had collapsed."),
        "ceasefire had collapsed",
    )
    assert c.via == "BBC Swahili"


def test_a_nationality_before_a_noun_is_no_language_service() -> None:
    claims = claims_of("The army told AFP Somali fighters had fled the town before dawn.")
    assert all(c.via != "AFP Somali" for c in claims)


def test_the_bbc_alone_stays_the_bbc() -> None:
    c = one(
        claims_of("A witness told the BBC that the market burned for hours."),
        "market burned",
    )
    assert c.via == "BBC"


def test_residents_who_spoke_to_an_outlet() -> None:
    c = one(
        claims_of("Residents who spoke to AFP said the market in Beni had been burned."),
        "had been burned",
    )
    assert c.speaker_kind == "witnesses"
    assert c.via == "AFP"


def test_residents_who_spoke_to_the_governor_name_no_outlet() -> None:
    c = one(
        claims_of("Residents who spoke to the governor said the market in Beni had been burned."),
        "had been burned",
    )
    assert c.via is None


# -- a denial of the sentence before ---------------------------------------------------------------


def test_the_group_denies_what_the_sentence_before_said() -> None:
    claims = claims_of(
        "Officials say al-Shabaab buys explosives from smugglers in Kismayo. The group denies this."
    )
    denials = [c for c in claims if c.stance == "denial"]
    assert denials
    assert denials[0].speaker == "al_shabaab"
    assert "buys explosives" in denials[0].text


def test_a_denial_not_made_is_none() -> None:
    claims = claims_of(
        "Officials say al-Shabaab buys explosives from smugglers in Kismayo. The group does "
        "not deny this."
    )
    assert not any(c.stance == "denial" for c in claims)


def test_a_denial_after_a_paragraph_break_answers_nothing_before() -> None:
    claims = claims_of(
        "Officials say al-Shabaab buys explosives from smugglers in Kismayo.\n\n"
        "The group denies this."
    )
    assert not any(c.stance == "denial" for c in claims)


def test_rejecting_an_announcement_is_no_denial() -> None:
    claims = claims_of(
        "The army said a curfew would start in Goma on Friday. The M23 rejected this."
    )
    assert not any(c.stance == "denial" and c.speaker == "m23" for c in claims)


# -- names are no claims ------------------------------------------------------------------------


def test_a_name_people_call_a_group_is_no_claim() -> None:
    claims = claims_of(
        'The Coastal Front, which fishermen still call "the Sharks", attacked a ferry in May.'
    )
    assert not claims


def test_an_operation_name_is_no_claim() -> None:
    claims = claims_of(
        "Troops shelled the hills in what the ministry called Operation Iron Gate, killing "
        "four herders."
    )
    assert not claims


def test_a_description_is_still_a_claim() -> None:
    c = one(
        claims_of('The governor called the raid "a massacre of innocents".'),
        "massacre of innocents",
    )
    assert c.speaker_kind == "officials"


# -- a title before a name ----------------------------------------------------------------------


def test_a_capitalised_title_of_a_named_person() -> None:
    c = one(
        claims_of(
            "Superintendent of Police Ravi Menon told PTI that two constables were wounded in "
            "the blast."
        ),
        "two constables",
    )
    assert c.speaker_kind == "person"
    assert c.speaker is not None
    assert c.via == "PTI"


def test_an_office_without_a_name_stays_officials() -> None:
    c = one(
        claims_of("The Inspector General of Police said the suspects would be charged on Monday."),
        "charged on Monday",
    )
    assert c.speaker is None
    assert c.speaker_kind == "officials"


# -- an estimate inside another's words ------------------------------------------------------------


def test_an_estimate_in_an_officers_words_is_not_the_authors() -> None:
    claims = claims_of(
        "A police officer told reporters that two houses had burned, and that the attackers "
        "would likely return before the harvest."
    )
    assert not any(c.speaker_kind == "author" for c in claims)


def test_the_authors_judgement_of_a_claim_stays_the_authors() -> None:
    claims = claims_of(
        "The rebels claimed 600 attacks last year, a figure we assess is probably inflated."
    )
    assert any(c.speaker_kind == "author" for c in claims)


# -- a name before its apposition, after a quotation ------------------------------------------------


def test_the_name_before_an_apposition_speaks_after_a_quotation() -> None:
    c = one(
        claims_of(
            '"We will not retreat from the hills," Maj Gen Amina Yusuf, a spokeswoman for the '
            "coalition in Bor, said."
        ),
        "retreat from the hills",
    )
    assert c.speaker_kind == "person"
    assert "Amina Yusuf" in (c.speaker_text or "")


def test_an_unnamed_spokesman_after_a_quotation_stays_officials() -> None:
    c = one(
        claims_of('"The road is open again," a police spokesman in Bor said on Monday.'),
        "road is open",
    )
    assert c.speaker is None
    assert c.speaker_kind == "officials"


# -- an institution named with its level of government ----------------------------------------------


def test_the_state_police_are_the_one_police_named() -> None:
    c = one(
        claims_of(
            "Nigerian police arrested four men in Kaduna on Monday. The state police said the "
            "men had planned to attack a church."
        ),
        "planned to attack",
    )
    assert c.speaker == "police:NG"


def test_a_level_word_does_not_choose_between_two_polices() -> None:
    c = one(
        claims_of(
            "Nigerian police and Cameroonian police arrested four men near the border. The "
            "federal police said the men had planned to attack a church."
        ),
        "planned to attack",
    )
    assert c.speaker is None


def test_a_state_governor_is_no_police() -> None:
    c = one(
        claims_of(
            "Nigerian police arrested four men in Kaduna on Monday. The state governor said the "
            "men had planned to attack a church."
        ),
        "planned to attack",
    )
    assert c.speaker is None
    assert c.speaker_kind == "officials"


# -- an unnamed source goes on -----------------------------------------------------------------------


def test_he_said_goes_on_for_the_unnamed_source_before() -> None:
    claims = claims_of(
        "The convoy was stopped at dusk, a lorry driver told our correspondent. "
        '"They searched every sack of maize before letting us go," he said.'
    )
    c = one(claims, "searched every sack")
    assert c.speaker_kind == "witnesses"
    assert c.speaker_text == "a lorry driver"


def test_he_does_not_stand_for_plural_residents() -> None:
    claims = claims_of(
        "Residents said the militia looted the market. "
        '"They took everything, even the doors," he said.'
    )
    assert not any("even the doors" in c.text for c in claims)


def test_he_does_not_reach_across_a_paragraph() -> None:
    claims = claims_of(
        "A trader told AFP that the road to Goma was closed.\n\n"
        "He said the rebels had set up three checkpoints."
    )
    assert not any("three checkpoints" in c.text for c in claims)


# -- a capital speaks for its government -------------------------------------------------------------


def test_a_capital_denying_speaks_for_its_government() -> None:
    claims = claims_of(
        "Congolese officials say Rwanda trains the M23 rebels on its own soil, which Kigali denies."
    )
    denials = [c for c in claims if c.stance == "denial"]
    assert denials
    assert denials[0].speaker == "state:RW"


def test_a_capital_where_something_happened_is_no_speaker() -> None:
    claims = claims_of("Algeria hosted the talks. Three bombs exploded in Algiers on Monday.")
    assert not any(c.speaker == "state:DZ" for c in claims)


def test_a_capital_of_a_government_never_named_stays_unresolved() -> None:
    claims = claims_of("Kampala accuses Kigali of arming the rebels, which Kigali denies.")
    assert not any(c.stance == "denial" for c in claims)
