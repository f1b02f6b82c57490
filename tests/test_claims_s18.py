"""Claims of the s18 round: structures that fire on any report's wording, not one report's.

A source closing its clause before a trailing phrase, "C, X told Y" with the addressee as
outlet, passives joined to another verb ("... and is believed to C"), "according to an X
statement", an indefinite aside between a name and its verb, a pronoun answering an
accusation, a quotation opening the sentence, an outlet's name misparsed as a verb, "its
press office said", reports that a party denies, a party's silence, and "said." glued to a
footnote mark."""

from __future__ import annotations

from test_claims import claims_of, one


def test_according_to_before_a_trailing_phrase_vouches_for_the_clause_before() -> None:
    claims = claims_of(
        "Bandits killed at least 14 miners near Anka on Sunday, according to state officials, "
        "in the deadliest raid in the district since March."
    )
    c = one(claims, "killed at least 14 miners")
    assert c.speaker_kind == "officials"
    assert "deadliest" not in c.text


def test_according_to_before_another_clause_vouches_for_the_clause_before() -> None:
    claims = claims_of(
        "More than 90,000 people have fled Kismayo, according to the UN refugee agency "
        "UNHCR, and prices of staple foods have tripled."
    )
    c = one(claims, "have fled Kismayo")
    assert "prices" not in c.text
    assert not any("prices" in x.text for x in claims)


def test_according_to_keeps_a_source_in_the_middle_of_its_clause() -> None:
    # the source hangs on the verb after it: the clause runs on after the source
    claims = claims_of("The number of dead, according to the UN, rose to 31 on Monday.")
    assert one(claims, "rose to 31").speaker == "un"


def test_apposed_name_with_article_and_acronym_is_the_source() -> None:
    claims = claims_of(
        "A mine hit an army lorry near Gao, killing five soldiers, according to the army's "
        "media office, the Directorate of Military Information (DMI)."
    )
    c = one(claims, "killing five soldiers")
    assert "Directorate of Military Information" in (c.speaker_text or "")


def test_closing_told_an_agency_is_a_claim_with_the_agency_as_outlet() -> None:
    claims = claims_of(
        "An air strike destroyed a weapons depot outside Hama on Friday, a security official "
        "told this agency on condition of anonymity."
    )
    c = one(claims, "destroyed a weapons depot")
    assert c.speaker_kind == "officials"
    assert c.via is not None and "agency" in c.via


def test_told_reporters_gives_an_unnamed_outlet() -> None:
    claims = claims_of("Shopkeepers told reporters that the soldiers had looted the market.")
    assert one(claims, "looted the market").via == "reporters"


def test_conjoined_passive_report_is_unattributed() -> None:
    claims = claims_of(
        "The militia has seized several armoured vehicles and is believed to be able to "
        "repair them in its own workshops."
    )
    c = one(claims, "repair them")
    assert c.speaker is None and c.speaker_kind == "views"
    claims = claims_of(
        "The faction has used small drones to attack army posts and is reported to hold "
        "thermal sights captured from the army."
    )
    c = one(claims, "thermal sights")
    assert c.speaker is None and c.speaker_kind == "reports"


def test_according_to_a_statement_named_by_its_issuer() -> None:
    claims = claims_of("Four deminers were injured, according to a UNICEF statement.")
    c = one(claims, "Four deminers were injured")
    assert c.speaker == "unicef"


def test_indefinite_aside_between_name_and_verb_is_no_speaker() -> None:
    claims = claims_of(
        "The Southern Front — a coalition founded in 2021 that unites several clan militias "
        "— claimed twelve soldiers were killed."
    )
    c = one(claims, "twelve soldiers were killed")
    assert "coalition" not in (c.speaker_text or "")
    assert "Southern Front" in (c.speaker_text or "")


def test_pronoun_answering_an_accusation_is_the_accused() -> None:
    claims = claims_of(
        "Al-Shabaab stands accused by Amnesty International of executing captives near "
        "Jilib, an accusation it rejects."
    )
    accusations = [c for c in claims if c.stance == "accusation"]
    denials = [c for c in claims if c.stance == "denial"]
    assert accusations and accusations[0].speaker == "amnesty"
    assert denials and denials[0].speaker != "amnesty"
    assert "shabaab" in (denials[0].speaker or "")


def test_quotation_opening_the_sentence_is_the_speakers() -> None:
    claims = claims_of(
        '"Nobody in the camp carried a weapon, only women and old men," a nurse who treated '
        "the wounded told Radio Dabanga by phone."
    )
    c = one(claims, "Nobody in the camp")
    assert "nurse" in (c.speaker_text or "")
    assert '"' not in (c.speaker_text or "")


def test_outlet_name_misparsed_as_verb_is_the_outlet() -> None:
    claims = claims_of(
        "The interior ministry said in a statement carried by the state news agency "
        "KUNA that the border guards had arrested 17 smugglers."
    )
    c = one(claims, "arrested 17 smugglers")
    assert c.via == "KUNA"
    assert not c.text.startswith("KUNA")


def test_statement_carried_by_an_unlisted_outlet_with_of_name() -> None:
    claims = claims_of(
        "The army said in a statement carried by the state-run Voice of Liberty that rebels "
        "had shelled the port."
    )
    assert one(claims, "shelled the port").via == "Voice of Liberty"


def test_its_press_office_speaks_for_its_antecedent() -> None:
    claims = claims_of(
        "Hezbollah fired rockets at a base in the north. Its media office said the barrage "
        "was a response to a strike on Tyre."
    )
    c = one(claims, "was a response")
    assert c.speaker == "hezbollah"


def test_denied_reports_are_a_claim_of_unnamed_reports() -> None:
    claims = claims_of(
        "The defence ministry denied reports that Ugandan troops had crossed into Ituri."
    )
    kinds = {(c.speaker_kind, c.stance) for c in claims if "crossed into Ituri" in c.text}
    assert ("reports", "neutral") in kinds
    assert any(s == "denial" for _, s in kinds)


def test_reportedly_before_a_semicolon() -> None:
    claims = claims_of(
        "The cabinet is reportedly weighing a curfew in the capital; no decision has been made."
    )
    c = one(claims, "weighing a curfew")
    assert c.speaker_kind == "reports"
    assert "no decision" not in c.text


def test_silence_of_a_party_is_recorded_and_bare_verbs_are_not() -> None:
    claims = claims_of("The Kenya Defence Forces did not respond to requests for comment.")
    assert one(claims, "did not respond").speaker_kind in ("actor", "officials")
    assert not claims_of("The villagers did not respond.")


def test_said_glued_to_a_footnote_mark() -> None:
    claims = claims_of(
        "Gunmen burned a school near Dori overnight, wounding two guards, the regional "
        "governor said.[4] Classes were suspended."
    )
    c = one(claims, "burned a school")
    assert "governor" in (c.speaker_text or "")


def test_with_phrase_reporting_participle_is_its_own_claim() -> None:
    claims = claims_of(
        "Farmers said the death toll was far higher, with one local monitoring group, the "
        "Sahel Violence Observatory, counting 44 bodies."
    )
    first = one(claims, "death toll was far higher")
    assert "monitoring group" not in first.text
    count = one(claims, "44 bodies")
    assert "Observatory" in (count.speaker_text or "")
    claims = claims_of(
        "The navy said nine pirates died, with port officials putting the toll at 15."
    )
    assert "port officials" not in one(claims, "nine pirates died").text
    assert one(claims, "toll at 15").speaker_kind == "officials"
    # a "with" that is the verb's complement is no absolute phrase: the subject speaks
    fled = claims_of("Families fled with their goats, saying the militia had burned the village.")
    assert one(fled, "militia had burned").speaker_text == "Families"


def test_estimative_band_of_the_uk_yardstick_is_the_authors() -> None:
    claims = claims_of(
        "Border tensions are rising; a renewed offensive by the army is a realistic possibility "
        "but not yet indicated."
    )
    c = one(claims, "realistic possibility")
    assert c.speaker_kind == "author"


def test_reporting_verb_inside_a_video_clause_is_carried_by_the_video() -> None:
    claims = claims_of(
        "On 3 May al-Shabaab's media office released a video showing what it said were 30 "
        "captured soldiers."
    )
    assert one(claims, "30 captured soldiers").via == "a video"


def test_source_label_opening_a_line() -> None:
    claims = claims_of(
        "Commonly cited estimate: roughly 3,000 fighters across some 40 armed bands."
    )
    c = one(claims, "3,000 fighters")
    assert c.speaker_kind == "reports"
    # the author's own data under a label of figures that names no source
    assert claims_of("Displacement figures: 40,000 people left their homes in 2023.") == []


def test_unresolved_body_name_still_speaks() -> None:
    claims = claims_of("The Sahel Violence Observatory said 30 people were killed near Dori.")
    c = one(claims, "30 people were killed")
    assert c.speaker_kind == "organisations"
    assert "Observatory" in (c.speaker_text or "")


def test_widely_held_view_is_unattributed() -> None:
    claims = claims_of("The 2019 truce in Tigray is generally regarded as a failure.")
    c = one(claims, "regarded as a failure")
    assert c.speaker is None and c.speaker_kind == "views"
    # a name so described is a relation, not a view of no one's
    assert not [
        c
        for c in claims_of(
            "Human Rights Watch, widely regarded as a neutral monitor, documented the raids."
        )
        if c.speaker_kind == "views"
    ]
    assert not [
        c for c in claims_of("The town was seen by residents as safe.") if c.speaker_kind == "views"
    ]


def test_note_naming_the_outlet_is_the_claims_via() -> None:
    claims = claims_of(
        "Gunmen burned a school near Dori overnight, wounding two guards, the regional "
        "governor said.[4] Classes were suspended.\n\n"
        "[4] Quoted by *Radio Omega* (Ouagadougou), 3 March 2025.\n"
    )
    assert one(claims, "burned a school").via == "Radio Omega"
    claims = claims_of(
        "Gunmen burned a school near Dori overnight, the regional governor said.[4]\n\n"
        "[4] Field notes, 3 March 2025.\n"
    )
    assert one(claims, "burned a school").via is None


def test_unconfirmed_source_hedges_its_claim() -> None:
    claims = claims_of("Unconfirmed reports say a faction of the ADF has split from the group.")
    assert "unconfirmed" in one(claims, "has split").hedges
