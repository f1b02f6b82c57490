"""Claims, s22: who speaks.

- a named outlet set up as the voice after its owner ("the group's Amaq agency said",
  "JNIM's media arm az-Zallaqa reported") speaks itself; an outlet after a pronoun ("its
  Amaq agency") or one that published the owner's claim still carries the owner's words;
- an unnamed official speaker phrase that is a name of one of the report's institutions
  ("Police said" after the national police was named) is that actor;
- the report's author judging in its own voice with a noun object ("we expect further
  shelling", "we could not verify any fighting", "in our judgment");
- "V X as Y" characterisations in a relative clause ("whom the UN described as",
  "which Nairobi regards as") and "condemned the incursion as";
- "announced" with a noun object: a decision made public, not a plan, a founding or a
  headline.

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from test_claims import claims_of, one

from dossier.extract.claim_speakers import institution_actor
from dossier.records import Actor, Claim


def _at(claims: list[Claim], needle: str) -> list[Claim]:
    return [c for c in claims if needle in c.text or needle in (c.anchor.quote or "")]


# -- a named outlet speaks itself ----------------------------------------------------------------


def test_named_outlet_after_its_owner_speaks_itself() -> None:
    c = one(
        claims_of(
            "An Islamic State West Africa Province unit overran an army post outside Gubio on "
            "Monday. The next day the group's Amaq agency said that 20 soldiers had died."
        ),
        "20 soldiers",
    )
    assert (c.speaker, c.via) == ("amaq", None)
    c = one(
        claims_of(
            "A JNIM column hit supply trucks outside Ansongo on Wednesday. Hours later JNIM's "
            "media arm az-Zallaqa reported that dozens of soldiers had died."
        ),
        "dozens of soldiers",
    )
    assert (c.speaker, c.via) == ("az_zallaqa", None)


def test_outlet_after_a_pronoun_still_carries_its_owner() -> None:
    c = one(
        claims_of(
            "The Islamic State West Africa Province claimed the ambush near Baga through its "
            "Amaq news agency, publishing images of what it said were dead soldiers."
        ),
        "dead soldiers",
    )
    assert (c.speaker, c.via) == ("iswap", "Amaq")


def test_claim_published_by_the_groups_outlet_stays_the_owners() -> None:
    c = one(
        claims_of(
            "Islamic State fighters raided a village near Hasakah. A claim published by the "
            "group's Amaq agency on Sunday said its fighters had killed four guards."
        ),
        "four guards",
    )
    assert (c.speaker, c.via) == ("isis", "Amaq")


def test_unnamed_outlet_of_the_group_is_not_a_speaker_of_its_own() -> None:
    # no outlet named: the group speaks through its channel, as before
    c = one(
        claims_of(
            "Boko Haram claimed a raid on a barracks in Yobe, according to its Telegram channel."
        ),
        "raid on a barracks",
    )
    assert c.speaker == "boko_haram"


# -- an institution the report named ----------------------------------------------------------


def test_police_said_is_the_police_force_named_before() -> None:
    c = one(
        claims_of(
            "The Haitian National Police searched a warehouse in Cap-Haitien on Friday. Police "
            "said the rifles found there had been shipped from Florida."
        ),
        "shipped from Florida",
    )
    assert c.speaker == "haitian_national_police"


def _actor(key: str, name: str, type_: str, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(key=key, name=name, type=type_, aliases=aliases, mentions=())


def test_institution_phrase_names_one_actor_only() -> None:
    police = _actor("kps", "Kenya Police Service", "state_forces")
    prov = _actor("new:kano-state-government", "Kano state government", "government")
    assert institution_actor("Police", [police, prov]) is police
    assert institution_actor("the Kano state government", [police, prov]) is prov
    # two police forces: "the police" names neither
    other = _actor("ups", "Uganda Police Force", "state_forces")
    assert institution_actor("the police", [police, other]) is None
    # an alias the report gave one of them settles it
    aliased = _actor("ups", "Uganda Police Force", "state_forces", ("police",))
    assert institution_actor("the police", [police, aliased]) is aliased
    # unnamed people of an institution, a person or an armed group are no institution
    assert institution_actor("officials", [police, prov]) is None
    assert institution_actor("security sources", [police, prov]) is None
    person = _actor("new:john-police", "John Police", "person")
    assert institution_actor("Police", [person]) is None
    militia = _actor("new:river-police", "River Police", "armed_group")
    assert institution_actor("the police", [militia]) is None


def test_officials_of_two_governments_name_no_institution() -> None:
    c = one(
        claims_of(
            "The Kenyan government and the Somali government met in Nairobi. Officials said "
            "the border would reopen in May."
        ),
        "border would reopen",
    )
    assert c.speaker is None


# -- the author's own voice --------------------------------------------------------------------


def test_we_expect_with_a_noun_object_is_the_authors_judgement() -> None:
    c = one(
        claims_of(
            "Rebels shelled two towns in Darfur last week. Over the coming weeks we expect "
            "further shelling of both towns."
        ),
        "further shelling",
    )
    assert c.speaker_kind == "author"


def test_we_could_not_confirm_is_the_authors() -> None:
    c = one(
        claims_of(
            "The army reported a clash at Kalema. Despite two visits, we could not verify any "
            "fighting in the area."
        ),
        "any fighting",
    )
    assert c.speaker_kind == "author"


def test_in_our_judgment_frames_the_authors_claim() -> None:
    c = one(
        claims_of(
            "In our judgment the militia could again fire rockets at the airport within days."
        ),
        "fire rockets",
    )
    assert c.speaker_kind == "author"


def test_regard_as_before_a_colon_is_the_authors() -> None:
    claims = claims_of(
        "The rebels vowed to take the city before the rains. We do not regard an assault as "
        "imminent; such vows were made before and not acted on."
    )
    assert any(c.speaker_kind == "author" for c in _at(claims, "imminent"))


def test_coordinated_we_clause_starts_at_the_author() -> None:
    claims = claims_of(
        "Whether Kigali arms the rebels is disputed, and we have seen no firm evidence either way."
    )
    mine = [c for c in claims if c.speaker_kind == "author"]
    assert mine and all(c.text.startswith("we have seen") for c in mine)


def test_narrative_we_is_no_judgement() -> None:
    for text in (
        "We visited the camp at Kalema in March and spoke to residents.",
        "We expected the convoy at noon, but it never came.",
        "We handle the casualty figure cautiously.",
        "We will publish a map of the front next week.",
        "Our team visited Goma and we met several displaced families.",
    ):
        assert not [c for c in claims_of(text) if c.speaker_kind == "author"], text


def test_we_inside_a_quotation_is_the_quoted_speaker() -> None:
    claims = claims_of('"We expect more attacks," the commander said.')
    assert claims and all(c.speaker_kind != "author" for c in claims)


# -- characterisations -------------------------------------------------------------------------


def test_whom_described_as_in_a_relative_clause() -> None:
    c = one(
        claims_of(
            "Soldiers shot dead a militia leader whom the UN mission described as the planner "
            "of the Kanyabayonga massacre."
        ),
        "planner of the Kanyabayonga massacre",
    )
    assert c.speaker == "un"


def test_which_regards_as_is_the_regarding_party() -> None:
    c = one(
        claims_of(
            "Attacks by the Mombasa Republican Council, a movement which Nairobi regards as a "
            "terrorist group, rose in May."
        ),
        "terrorist group",
    )
    assert c.speaker == "state:KE"


def test_condemned_as_with_as_on_the_object() -> None:
    c = one(
        claims_of(
            "Lebanon's foreign ministry condemned the incursion as an act of aggression against "
            "its people."
        ),
        "act of aggression",
    )
    assert c.speaker is not None


def test_plain_condemnation_or_use_as_is_no_claim() -> None:
    for text in (
        "Lebanon's foreign ministry condemned the shelling of the market.",
        "Soldiers used the school as a base.",
        "The army described the clash in a brief statement.",
    ):
        assert claims_of(text) == [], text


# -- announcements -----------------------------------------------------------------------------


def test_announced_decision_is_a_claim() -> None:
    c = one(
        claims_of("The government announced a ban on motorbikes in three districts on Friday."),
        "ban on motorbikes",
    )
    assert c.speaker_kind == "officials"
    c = one(
        claims_of("Rebel factions in the hills have announced a curfew on all road traffic."),
        "curfew",
    )
    assert c.speaker_kind == "group"


def test_announcements_not_made_are_no_claims() -> None:
    for text in (
        "The army will announce a new operation next week.",
        "The army plans to announce a curfew in the north.",
        "The group did not announce the attack.",
        "MILITIA ANNOUNCES CURFEW ON ROADS",
        "A faction broke away and announced the Free Lakes Front (FLF).",
    ):
        assert not _at(claims_of(text), "announce") and not [
            c for c in claims_of(text) if "curfew" in c.text or "operation" in c.text
        ], text


# -- a denial pointing back --------------------------------------------------------------------


def test_denies_this_is_a_denial_of_the_claim_before() -> None:
    claims = claims_of(
        "Kurdish commanders say army units shelled farms outside Manbij; the Syrian "
        "government has denied it."
    )
    denials = [c for c in claims if c.stance == "denial"]
    assert len(denials) == 1 and "shelled farms" in denials[0].text
    assert denials[0].speaker == "syria_government_assad"


def test_denials_not_made_or_already_read_add_nothing() -> None:
    for text in (
        "Monitors report that Rwandan troops crossed into Rutshuru; the Rwandan government "
        "does not deny this.",
        "Monitors report that Rwandan troops crossed into Rutshuru; the Rwandan government "
        "may deny it.",
        # no claim before it: a deed, not a statement, is denied
        "The army killed 20 rebels on Monday, and the rebels denied this.",
    ):
        assert not [c for c in claims_of(text) if c.stance == "denial"], text
    # the denier's own words already read: one claim of the denier, not two
    claims = claims_of(
        "Online supporters claimed that hundreds of volunteers had enlisted; the militia's "
        'commander denied this, saying only "a few dozen" had arrived.'
    )
    assert not [c for c in claims if c.stance == "denial" and "hundreds of volunteers" in c.text]


def test_announced_alliance_is_a_tie_not_a_claim() -> None:
    # the tie stays a relation the party states, asserted, not a reported decision
    claims = claims_of("The northern militias announced an alliance with the Free Lakes Front.")
    assert not [c for c in claims if "alliance" in c.text]
