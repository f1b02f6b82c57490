"""Claims, session 15 round 2: monitors citing sources, parties, the citing clause."""

from __future__ import annotations

from test_claims import claims_of


def test_monitor_citing_sources_keeps_its_claim() -> None:
    for sentence in (
        "A monitoring group reported, citing hospital staff, that the militia had seized the "
        "market in Djibo.",
        "A rights group said, citing villagers, that soldiers burned 30 homes in Tillia.",
    ):
        claims = claims_of(sentence)
        assert len(claims) == 1, sentence
        assert claims[0].speaker_kind == "observers"
        assert claims[0].via is None
        assert not claims[0].text.startswith("citing")


def test_outlet_citing_sources_hands_the_claim_over() -> None:
    claims = claims_of(
        "The Kivu Observer reported, citing local sources, that 14 people died in Beni."
    )
    assert [(c.speaker_kind, c.via) for c in claims] == [("sources", "Kivu Observer")]


def test_citing_of_another_clause_is_not_the_outlets() -> None:
    for sentence in (
        "The Kivu Observer reported that the mayor had resigned after the army, citing "
        "intelligence, raided a camp in Beni.",
        "The Kivu Observer reported that 14 people died in Beni, and the army blamed the ADF, "
        "citing intelligence.",
        "Radio Okapi reported that 12 men were arrested in Beni, while the governor closed the "
        "border, quoting police sources.",
    ):
        claims = claims_of(sentence)
        assert claims and all(c.via is None for c in claims), sentence
        assert all(c.speaker_kind != "sources" for c in claims), sentence


def test_party_and_coalition_are_not_the_armed_group() -> None:
    for sentence in (
        "The Tamil Tigers attacked a bus near Vavuniya. The ruling party said the rebels had "
        "planned the attack for weeks.",
        "The rebels attacked a bus near Vavuniya. The opposition coalition denied that the "
        "rebels were involved.",
    ):
        claims = claims_of(sentence)
        assert claims, sentence
        assert all(c.speaker_kind != "group" and c.speaker is None for c in claims), sentence
