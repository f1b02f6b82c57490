"""Claims on the defects of the s6 review: outlets named in a channel phrase or in the next
sentence, abbreviated sources, participles of the speaker, unnamed officials, negated and
capability hedges, trailing and suspecting speakers, the author's own assessments, a second
source after "though", and claims said to be unverified."""

from __future__ import annotations

from test_claims import claims_of, one

from dossier.extract.common import find_hedges, likelihood_of


def test_outlet_named_in_a_channel_phrase() -> None:
    claims = claims_of(
        "Houthi military spokesman Yahya Saree said in a televised address on the group's "
        "Al-Masirah TV that its naval forces had targeted a tanker in the Gulf of Aden."
    )
    c = one(claims, "targeted a tanker")
    assert c.speaker_kind == "person"
    assert c.via == "al_masirah"  # the media actor, not the generic "a statement"


def test_outlet_after_via_and_generic_statement() -> None:
    claims = claims_of(
        "Islamic State Mozambique (ISM) fighters attacked the town of Mocimboa da Praia. ISM "
        "claimed the raid via Amaq on Sunday, stating that its fighters had killed 15 "
        "soldiers. The army said in a statement that the attack had been repelled."
    )
    c = one(claims, "killed 15 soldiers")
    assert (c.speaker, c.via) == ("is_mozambique", "Amaq")
    assert one(claims, "had been repelled").via == "a statement"


def test_outlet_of_the_claim_in_the_next_sentence() -> None:
    claims = claims_of(
        "JNIM said on 2 July 2024 that its fighters had clashed with ISSP near Menaka. The "
        "claim, released through JNIM's Az-Zallaqa media foundation, could not be verified."
    )
    c = one(claims, "had clashed")
    assert (c.speaker, c.via) == ("jnim", "Az-Zallaqa")
    assert "unverified" in c.hedges
    assert (c.reliability, c.credibility) == ("F", 6)


def test_abbreviated_source_after_according_to() -> None:
    claims = claims_of(
        "The Houthis have launched more than 150 attacks on commercial shipping since "
        "November, according to U.S. officials."
    )
    assert len(claims) == 1
    c = claims[0]
    assert c.speaker_text == "U.S. officials"
    assert (c.speaker, c.speaker_kind) == ("us_government", "officials")
    assert c.text.startswith("The Houthis have launched more than 150 attacks")


def test_labelling_participle_belongs_to_the_speaker() -> None:
    claims = claims_of(
        "Iran's foreign ministry spokesman Nasser Kanaani denied on Thursday that Tehran "
        'supplies the Houthis with missiles or drones, calling the accusation "baseless".'
    )
    assert len(claims) == 1, [(c.speaker, c.text) for c in claims]
    c = claims[0]
    assert c.speaker_kind == "person" and "Kanaani" in (c.speaker_text or "")
    assert c.text == "Tehran supplies the Houthis with missiles or drones"


def test_unnamed_official_is_no_institution() -> None:
    claims = claims_of(
        "A U.S. defence official, speaking on condition of anonymity, said there was no "
        "evidence that any other ship had been hit."
    )
    c = one(claims, "no evidence")
    assert c.speaker_kind == "officials"


def test_negated_hedges_turn_their_band() -> None:
    claims = claims_of(
        "A senior Pakistani security official, who asked not to be named, said further "
        'strikes were "not ruled out".'
    )
    c = one(claims, "further strikes")
    assert c.likelihood == "roughly even chance" and "not ruled out" in c.hedges
    assert likelihood_of(find_hedges("it was ruled out")) == "almost no chance"
    assert likelihood_of(find_hedges("new attacks cannot be excluded")) == "roughly even chance"
    assert likelihood_of(find_hedges("a deal is not impossible")) == "roughly even chance"
    assert likelihood_of(find_hedges("a truce is not unlikely")) == "roughly even chance"
    assert likelihood_of(find_hedges("has not been ruled out")) == "roughly even chance"
    assert likelihood_of(find_hedges("a ceasefire is not likely")) == "unlikely"
    assert likelihood_of(find_hedges("the toll has not been confirmed")) is None
    assert likelihood_of(find_hedges("the group may not be involved")) == "roughly even chance"


def test_past_could_of_ability_is_no_hedge() -> None:
    claims = claims_of(
        "Police said a second attacker was shot dead before he could detonate his vest. A "
        "police officer said the militants could strike again."
    )
    c = one(claims, "shot dead")
    assert c.hedges == () and c.likelihood is None
    c = one(claims, "strike again")
    assert c.hedges == ("could",) and c.likelihood == "roughly even chance"


def test_trailing_speaker_of_a_company() -> None:
    claims = claims_of(
        "One crew member was missing and presumed dead, and the remaining 21 sailors were "
        "evacuated by a navy helicopter, the ship's manager said in a statement."
    )
    c = one(claims, "21 sailors were evacuated")
    assert c.speaker_kind == "organisations" and c.speaker_text == "the ship's manager"
    assert c.via == "a statement"


def test_suspecting_partners_and_community_leaders() -> None:
    claims = claims_of(
        "Armed men burned 40 houses in the village of Nanduli and abducted six children, "
        "according to community leaders. Unidentified armed men attacked a minibus near "
        "Mazeze. Partners suspect ISM involvement, but the attack may have been criminal."
    )
    c = one(claims, "burned 40 houses")
    assert (c.speaker_kind, c.speaker_text) == ("sources", "community leaders")
    c = one(claims, "ISM involvement")
    assert c.speaker_kind == "organisations" and "suspect" in c.hedges


def test_the_authors_assessments() -> None:
    claims = claims_of(
        "We assess that the TTP is likely to intensify attacks on police in Khyber "
        "Pakhtunkhwa ahead of the summer. A renewed Pakistani air campaign in Khost would "
        "probably provoke Taliban retaliation along the Durand Line."
    )
    c = one(claims, "intensify attacks")
    assert (c.speaker, c.speaker_kind, c.likelihood) == (None, "author", "likely")
    assert not c.text.startswith("We assess")
    c = one(claims, "would probably provoke")
    assert (c.speaker_kind, c.likelihood) == ("author", "likely")


def test_no_author_claim_in_quotes_or_narrative() -> None:
    claims = claims_of(
        '"We believe the army is losing," the commander said. Gunmen attacked a remote '
        "village in Borno State on Monday. The Houthis are likely to retaliate, analysts said."
    )
    assert all(c.speaker_kind != "author" for c in claims), [
        (c.speaker_kind, c.text) for c in claims
    ]
    assert one(claims, "army is losing").speaker_kind == "officials"
    assert one(claims, "likely to retaliate").speaker_kind == "analysts"
    assert not [c for c in claims if "remote village" in c.text]


def test_source_then_though_another_source() -> None:
    claims = claims_of(
        "ISM is estimated to have between 200 and 300 fighters, according to a diplomatic "
        "source, though local observers believe the number is higher because of recent "
        "recruitment in Mecufi."
    )
    c = one(claims, "200 and 300")
    assert c.speaker_kind == "sources" and c.speaker_text == "a diplomatic source"
    assert c.text == "ISM is estimated to have between 200 and 300 fighters"
    c = one(claims, "number is higher")
    assert c.speaker_kind == "analysts" and "though" not in c.text


def test_claims_said_to_be_unverified() -> None:
    claims = claims_of(
        "Army spokesman Brig. Gen. Ronald Rwivanga said 12 insurgents were killed near Mbau. "
        "The figure could not be independently verified. The Nigerian army said it killed 40 "
        "militants in Borno State. The rebels could not be reached for comment. Human rights "
        "groups said at least 20 civilians died, but the toll could not be confirmed."
    )
    c = one(claims, "12 insurgents")
    assert "unverified" in c.hedges and "Rwivanga" in (c.speaker_text or "")
    assert "unverified" not in one(claims, "40 militants").hedges
    assert "unverified" in one(claims, "20 civilians").hedges
