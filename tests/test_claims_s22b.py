"""Claims, s22b: regressions found in review of the s22 claims change.

- a denial pointing back is not cancelled by another speaker's clause coordinated after it;
  a verb of rejection ("rejected this") refuses an offer as often as a statement: it
  denies only a noun of what was alleged;
- "police said" is not the police force named before where the sentence places the
  speaker elsewhere ("In Kampala, police said");
- the author's voice: perceiving counts only an absence ("we see no sign"), a plan ("we
  will verify") is no judgement, a "we" after a speaker's label and a colon is that
  speaker's;
- "V X as Y": the object's own "as" of a role ("the appointment of X as army chief", "the
  use of schools as bases") labels nothing;
- "announced" with a noun: a founding told by its noun, or a question, makes no claim.

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from test_claims import claims_of, one

from dossier.records import Claim


def _authors(text: str) -> list[Claim]:
    return [c for c in claims_of(text) if c.speaker_kind == "author"]


# -- a denial pointing back ----------------------------------------------------------------------


def test_denial_kept_before_another_speakers_coordinated_clause() -> None:
    claims = claims_of(
        "Witnesses said soldiers burned houses in the village; the army denied this, and "
        "residents said the soldiers had left by noon."
    )
    denials = [c for c in claims if c.stance == "denial"]
    assert len(denials) == 1 and "burned houses" in denials[0].text
    assert denials[0].speaker_text == "the army"


def test_rejecting_an_offer_denies_no_statement() -> None:
    claims = claims_of(
        "The government offered talks and said the war must end, but the rebels rejected this."
    )
    assert not [c for c in claims if c.stance == "denial"]
    # "disputed this" denies what was said
    claims = claims_of(
        "Witnesses said soldiers burned houses in the village; the army disputed this."
    )
    assert [c for c in claims if c.stance == "denial" and "burned houses" in c.text]


# -- an institution placed elsewhere -------------------------------------------------------------


def test_police_placed_in_another_city_are_not_the_force_named_before() -> None:
    c = one(
        claims_of(
            "The Kenya Police Service arrested three men in Mombasa on Monday. In Kampala, "
            "police said two more suspects had fled across the border into Uganda."
        ),
        "two more suspects",
    )
    assert c.speaker is None
    c = one(
        claims_of(
            "The Haitian National Police raided a house in Delmas. In the Dominican Republic, "
            "police said the weapons had come by boat from Florida."
        ),
        "by boat",
    )
    assert c.speaker is None


def test_police_placed_nowhere_are_still_the_force_named_before() -> None:
    c = one(
        claims_of(
            "The Kenya Police Service arrested three men in Mombasa on Monday. Police said two "
            "more suspects had fled to Kampala and troops moved into Eldoret."
        ),
        "two more suspects",
    )
    assert c.speaker == "new:kenya-police-service"


# -- the author's own voice ----------------------------------------------------------------------


def test_what_the_author_witnessed_is_no_judgement() -> None:
    for text in (
        "We see the smoke of burning villages from the ridge above the camp.",
        "We find the camp at Bunia deserted on our arrival and the gates open.",
    ):
        assert not _authors(text), text


def test_an_absence_perceived_is_the_authors_judgement() -> None:
    assert _authors("We see no sign that the cartel is preparing a truce.")
    assert _authors("We have seen no evidence that the militia holds foreign hostages.")


def test_a_plan_of_the_author_is_no_judgement() -> None:
    assert not _authors(
        "We will verify the casualty figures once our team returns from the border."
    )
    assert not _authors("We shall assess the damage to the dam after the rains.")
    # negated, the modal keeps a judgement
    assert _authors("We will not rule out a second wave of arrests.")


def test_we_after_a_speakers_label_is_that_speakers() -> None:
    assert not _authors("Commander Haftar's spokesman: We expect to take the port within days.")
    assert not _authors("Colonel Amadou Sow: We expect to retake the bridge before the rains.")
    # a heading, not a speaker, before the colon
    assert _authors("Outlook: we expect more raids on the northern ferries in the dry season.")


# -- characterisations ---------------------------------------------------------------------------


def test_an_objects_own_role_as_is_no_label() -> None:
    for text in (
        "The governor hailed the appointment of General Musa Keita as army chief.",
        "The army condemned the use of schools as military bases by the rebels.",
        "The commander described his years as a recruiter in a long interview.",
    ):
        assert not [c for c in claims_of(text) if " as " in c.text], text


def test_a_role_noun_without_its_holder_is_still_labelled() -> None:
    c = one(
        claims_of("The ministry described the election as a turning point for the region."),
        "turning point",
    )
    assert c.speaker_text == "The ministry"


def test_a_characterisation_on_the_objects_noun_stays() -> None:
    c = one(
        claims_of(
            "The rebels condemned the killing of their commander as a cowardly act of terror."
        ),
        "cowardly act",
    )
    assert c.speaker_text == "The rebels"


# -- announcements -------------------------------------------------------------------------------


def test_a_founding_announced_by_its_noun_is_no_claim() -> None:
    for text in (
        "The militias announced the formation of a joint command in North Kivu.",
        "The rebels announced the creation of a new coalition with two smaller factions.",
    ):
        assert not [c for c in claims_of(text) if "formation" in c.text or "creation" in c.text], (
            text
        )


def test_an_announcement_asked_about_is_no_claim() -> None:
    assert not [
        c
        for c in claims_of("Did the army announce a new operation in the north?")
        if "operation" in c.text
    ]
    # the plain decision made public stays a claim
    c = one(claims_of("The army announced a curfew in Gao on Friday."), "curfew")
    assert c.speaker_text == "The army"
