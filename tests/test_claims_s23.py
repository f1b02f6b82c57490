"""Claims, s23: who speaks. An outlet the report does not name but ties to an armed group
("a channel linked to X", "an X-affiliated site") speaks for that group; outlets left unnamed
are the vocabulary's unnamed `reports`; a second voice after a semicolon inside another's
words is a claim of its own; a members' noun ("the insurgents") finds the armed group that
acted even when its name opens with "the". Every sentence is written for the test, about
conflicts of every region."""

from __future__ import annotations

from test_claims import claims_of, one

# -- outlets tied to an armed group ------------------------------------------------------------


def test_a_channel_linked_to_a_group_speaks_for_it() -> None:
    c = one(
        claims_of(
            "A Telegram channel linked to the Taliban said on Friday that the convoy had been "
            "destroyed near Spin Boldak."
        ),
        "convoy had been destroyed",
    )
    assert c.speaker == "taliban"
    assert c.speaker_kind == "actor"


def test_a_hyphen_affiliated_site_speaks_for_its_group() -> None:
    c = one(
        claims_of(
            "An al-Shabaab-affiliated website claimed that 30 soldiers were killed in the raid "
            "on the Baidoa garrison."
        ),
        "30 soldiers",
    )
    assert c.speaker == "al_shabaab"


def test_a_partisan_outlet_is_not_the_group() -> None:
    # taking sides is no tie: supporters' sites speak for themselves
    c = one(
        claims_of("Pro-Taliban websites claimed that the governor had fled to Kabul."),
        "governor had fled",
    )
    assert c.speaker is None


def test_a_backed_outlet_is_not_the_backer() -> None:
    # support is no ownership ("X-backed"): no tie
    c = one(
        claims_of(
            "A Hezbollah-backed television station reported that two drones hit a depot near Tyre."
        ),
        "two drones",
    )
    assert c.speaker != "hezbollah"


def test_a_state_run_outlet_is_no_armed_groups() -> None:
    c = one(
        claims_of("A Kremlin-controlled channel said that the bridge at Kherson was intact."),
        "bridge at Kherson",
    )
    assert c.speaker_kind != "actor" or c.speaker is None or "kremlin" not in c.speaker


def test_coordinated_speakers_do_not_give_the_group() -> None:
    # residents and the channels both speak: the tie names neither speaker alone
    c = one(
        claims_of(
            "Villagers and ISWAP-linked Telegram accounts blamed the 25th Task Force Brigade for "
            "the burning of the market."
        ),
        "burning of the market",
    )
    assert c.speaker != "iswap"


def test_a_channel_linked_to_a_victim_named_elsewhere_is_not_taken() -> None:
    # the group named in the sentence is the target, not the owner of the channel
    c = one(
        claims_of(
            "Army jets bombed al-Shabaab positions near Jilib on Monday; local radio stations "
            "reported that nine fighters died."
        ),
        "nine fighters",
    )
    assert c.speaker is None


# -- unnamed outlets are unnamed reports -----------------------------------------------------


def test_unnamed_outlets_are_reports() -> None:
    claims = claims_of(
        "Local television channels reported that the curfew in Kirkuk had been lifted. "
        "Opposition newspapers said three candidates had withdrawn."
    )
    assert one(claims, "curfew in Kirkuk").speaker_kind == "reports"
    assert one(claims, "three candidates").speaker_kind == "reports"


def test_a_named_outlet_is_not_an_unnamed_report() -> None:
    c = one(
        claims_of("The regional broadcaster Radio Tamtam Kivu reported that the bridge collapsed."),
        "bridge collapsed",
    )
    assert c.speaker_kind != "reports"


def test_unnamed_experts_stay_experts() -> None:
    c = one(
        claims_of("Security experts said the cartel had moved its laboratories into the hills."),
        "laboratories",
    )
    assert c.speaker_kind == "experts"


# -- a second voice after a semicolon ----------------------------------------------------------


def test_a_second_voice_after_a_semicolon_is_its_own_claim() -> None:
    claims = claims_of(
        "Gendarmes detained traders in Mopti last week. Amnesty International said at least "
        "60 people were held; the regional police put the figure at 40."
    )
    first = one(claims, "60 people")
    assert "figure at 40" not in first.text
    second = one(claims, "at 40")
    assert second.speaker_text == "the regional police"
    assert second.speaker_kind == "officials"


def test_a_second_voice_opened_by_while_after_a_semicolon() -> None:
    claims = claims_of(
        "Rebels told a local radio station that the airport had fallen; but the army said "
        "its troops still held the runway."
    )
    assert "runway" not in one(claims, "airport had fallen").text
    assert one(claims, "still held the runway").speaker_text == "the army"


def test_a_semicolon_inside_a_quotation_is_no_second_voice() -> None:
    # the speaker quotes two clauses; the villagers inside the quotation are no new claim
    claims = claims_of(
        'The mayor said: "The market burned for two hours; villagers said nobody came to help."'
    )
    assert not any(c.speaker_text == "villagers" for c in claims)


def test_a_clause_with_no_speaker_of_its_own_makes_no_second_voice() -> None:
    claims = claims_of(
        "The governor said the road to Beni was closed; convoys would resume on Monday."
    )
    assert [c.speaker_text for c in claims] == ["The governor"]


# -- a members' noun and the group that acted ----------------------------------------------------


def test_members_noun_finds_a_group_whose_name_opens_with_the() -> None:
    c = one(
        claims_of(
            "The Karen National Union attacked a police post in Hpapun on Monday. The insurgents "
            "said four policemen were killed."
        ),
        "four policemen",
    )
    assert c.speaker == "knu"


def test_members_noun_refuses_a_group_that_was_attacked() -> None:
    c = one(
        claims_of(
            "Army helicopters strafed the Karen National Union near Hpapun on Monday. The "
            "insurgents said four civilians were killed."
        ),
        "four civilians",
    )
    assert c.speaker is None


# -- the body a spokesman speaks for, named after him -------------------------------------------


def test_a_spokesman_for_a_named_group_speaks_for_it() -> None:
    c = one(
        claims_of("A spokesman for Human Rights Watch said the prison in Gitega was overcrowded."),
        "overcrowded",
    )
    assert c.speaker == "hrw"


def test_an_official_of_a_states_ministry_speaks_for_the_state() -> None:
    c = one(
        claims_of(
            "An official of Kenya's interior ministry said that the Dadaab camp would stay open."
        ),
        "Dadaab camp",
    )
    assert c.speaker == "state:KE"
    assert c.speaker_kind == "officials"


def test_a_spokesman_for_the_victims_of_a_group_is_not_the_group() -> None:
    c = one(
        claims_of(
            "A spokesman for the victims of the Arakan Army attack said the families had not "
            "been paid."
        ),
        "families had not been paid",
    )
    assert c.speaker is None


def test_an_official_placed_in_a_groups_town_is_not_the_group() -> None:
    c = one(
        claims_of(
            "An official in the Arakan Army's stronghold of Mrauk-U said the market had reopened."
        ),
        "market had reopened",
    )
    assert c.speaker is None


def test_relatives_of_a_groups_commander_are_not_the_group() -> None:
    claims = claims_of(
        "Relatives of a commander of the Arakan Army said he had been arrested in Yangon."
    )
    assert all(c.speaker != "arakan_army" for c in claims)


def test_one_outlet_named_again_by_its_noun_is_no_unnamed_report() -> None:
    claims = claims_of(
        "Reuters reported that the ferry sank near Mopti. The agency said 40 passengers were "
        "missing."
    )
    assert one(claims, "40 passengers").speaker_kind != "reports"


def test_the_press_as_a_whole_is_unnamed_reports() -> None:
    c = one(
        claims_of("The local press reported that the prefect had resigned."),
        "prefect had resigned",
    )
    assert c.speaker_kind == "reports"
