"""(s23, eargs) Actor roles of events: the group a split leaves is the target of the new
group's founding, and the group a merger makes is a founder of it; the side that held a camp,
position or convoy hit, named by its possessor ("their positions", "his compound"), was hit;
the thing a free relative names ("what the ministry described as X depots") was hit; a denial of "the
accusation" answers the accuser of the last accusation aimed at any of the deniers (the
spokesman or the force he speaks for). Each mechanism is checked where it must fire and
where it must not, on sentences written for the test, with the real model."""

from __future__ import annotations

from test_events_args_s20 import _events

from dossier.records import Event


def _keys(event: Event) -> set[tuple[str, str]]:
    return {(x.actor, x.role) for x in event.actors}


def _hit(event: Event) -> set[str]:
    return {x.actor for x in event.actors if x.role in {"target", "victim", "recipient"}}


def _all_keys(events: list[Event]) -> set[tuple[str, str]]:
    return {k for e in events for k in _keys(e)}


# ------------------------------------------------------------------ splits and mergers


def test_a_faction_that_broke_away_hits_the_group_it_left() -> None:
    events, _ = _events(
        "Kidal is now held by Ansar Dine, a splinter group that broke away from the MNLA.",
        "FOUND",
    )
    assert events
    roles = _keys(events[0])
    assert ("ansar_dine", "initiator") in roles
    assert ("mnla", "target") in roles


def test_a_relative_split_clause_names_the_group_left() -> None:
    events, _ = _events(
        "Jund al-Aqsa, which broke away from al-Nusra Front in 2014, was dissolved in 2017.",
        "FOUND",
    )
    assert events
    assert ("jabhat_al_nusra", "target") in _keys(events[0])
    assert all(r != "target" or k != "new:jund-al-aqsa" for k, r in _keys(events[0]))


def test_a_merger_with_another_group_makes_no_target() -> None:
    events, _ = _events(
        "In 2017 Ansar Dine merged with al-Mourabitoun and the Katiba Macina.", "FOUND"
    )
    assert all(r != "target" for e in events for _k, r in _keys(e))


def test_men_who_left_their_units_leave_no_group() -> None:
    events, _ = _events(
        "Dozens of soldiers who broke away from their units in Gao joined the rebels in March.",
        "FOUND",
    )
    assert all(r != "target" for e in events for _k, r in _keys(e))


def test_the_group_a_merger_made_founded_itself() -> None:
    events, _ = _events(
        "In March 2017 Ansar Dine and al-Mourabitoun merged into Jama'at Nusrat al-Islam "
        "wal-Muslimin.",
        "FOUND",
    )
    assert events
    roles = _keys(events[0])
    assert {("ansar_dine", "initiator"), ("al_mourabitoun", "initiator")} <= roles
    assert ("jnim", "initiator") in roles


def test_fighters_absorbed_into_an_army_found_nothing() -> None:
    events, _ = _events(
        "Hundreds of former Seleka fighters were integrated into the national army in 2019.",
        "FOUND",
    )
    assert not events or all(r != "initiator" for e in events for _k, r in _keys(e))


# ------------------------------------------------------------------ owners of sites hit


def test_their_positions_are_the_group_just_named() -> None:
    events, _ = _events(
        "Al-Shabaab attacked Somali troops in Jowhar on 3 May. The army later overran their "
        "positions near Balcad.",
        "ASSAULT",
    )
    later = [e for e in events if "overran" in e.anchor.quote]
    assert later
    assert "al_shabaab" in _hit(later[0])


def test_the_groups_camps_are_the_groups() -> None:
    events, _ = _events(
        "ISWAP fighters stormed an army base in Marte. Nigerian jets then struck the group's "
        "camps on Lake Chad.",
        "ASSAULT",
    )
    later = [e for e in events if "camps" in e.anchor.quote]
    assert later
    assert "iswap" in _hit(later[0])
    assert ("iswap", "perpetrator") not in _keys(later[0])


def test_a_market_of_their_own_is_no_side_hit() -> None:
    events, _ = _events(
        "The ADF attacked a market in Beni on 5 May, destroying their stalls.", "ASSAULT"
    )
    assert events
    assert "adf" not in _hit(events[0])


def test_attackers_firing_from_their_positions_are_not_hit() -> None:
    events, _ = _events(
        "Boko Haram fighters attacked a convoy near Konduga from their positions in the forest.",
        "ASSAULT",
    )
    assert events
    assert "boko_haram" not in _hit(events[0])
    assert ("boko_haram", "perpetrator") in _keys(events[0])


def test_houses_of_a_village_name_no_side() -> None:
    events, _ = _events(
        "Bandits attacked the village of Kwari on Monday, burning its houses and granaries.",
        "ASSAULT",
    )
    assert events
    assert not any(r == "target" and not k.startswith("new:") for e in events for k, r in _keys(e))


# ------------------------------------------------------------------ "what X called Y"


def test_what_it_called_bases_were_hit() -> None:
    events, _ = _events(
        "On 2 March Turkish jets bombed what Ankara described as PKK depots in the Qandil "
        "mountains.",
        "ASSAULT",
    )
    assert events
    assert "pkk" in _hit(events[0])


def test_what_residents_called_a_village_names_no_side() -> None:
    events, _ = _events(
        "Militants attacked what residents called a quiet village in Kunar, killing five farmers.",
        "ASSAULT",
    )
    assert events
    assert not any(r == "target" for e in events for _k, r in _keys(e))


def test_a_group_named_by_a_speaker_of_the_attackers_is_not_hit() -> None:
    events, _ = _events(
        "Al-Shabaab gunmen raided what they described as a government spy post in "
        "Beledweyne, killing a guard.",
        "ASSAULT",
    )
    assert events
    assert "al_shabaab" not in _hit(events[0])


# ------------------------------------------------------------------ denials of accusations


def test_a_spokesman_denial_answers_the_accusation_of_his_force() -> None:
    events, _ = _events(
        "On Monday the FACT rebels accused Chad's army of shelling a clinic near Faya. On "
        "Wednesday the army's spokesman, General Issakha Moussa, rejected the accusation.",
        "REJECT",
    )
    assert events
    assert ("new:fact", "target") in _keys(events[0])


def test_a_denial_of_an_accusation_aimed_at_others_answers_no_one() -> None:
    events, _ = _events(
        "In a report, Human Rights Watch accused the Wagner Group of torturing prisoners at a "
        "camp near Gao. The Malian army denied the accusation.",
        "REJECT",
    )
    assert all(r != "target" for e in events for _k, r in _keys(e))


def test_a_denial_before_the_accusation_answers_no_one() -> None:
    events, _ = _events(
        "The army's spokesman, General Issakha Moussa, rejected the accusation on Wednesday. "
        "On Thursday the FACT rebels accused Chad's army of shelling a clinic near Faya.",
        "REJECT",
    )
    assert all(r != "target" for e in events for _k, r in _keys(e))


def test_an_accusation_told_long_before_is_not_the_one_denied() -> None:
    events, _ = _events(
        "On Monday the FACT rebels accused Chad's army of shelling a clinic near Faya. Ferries "
        "stopped running on Lake Chad. Rice prices rose in Abeche. Schools in Moussoro stayed "
        "shut. On Wednesday the army's spokesman, General Issakha Moussa, rejected the "
        "accusation.",
        "REJECT",
    )
    assert all(k != "new:fact" for e in events for k, _r in _keys(e))


def test_a_denial_of_a_charge_named_with_its_accuser_is_left_to_it() -> None:
    events, _ = _events(
        "On Monday the FACT rebels accused Chad's army of shelling a clinic near Faya. The "
        "army also rejected an accusation by Human Rights Watch that its soldiers had burned "
        "villages.",
        "REJECT",
    )
    assert all(k != "new:fact" for e in events for k, _r in _keys(e))


def test_a_ministry_denial_answers_the_state_whose_ministry_accused() -> None:
    events, _ = _events(
        "In a note to the African Union, Kenya's foreign ministry accused Somalia of "
        "sheltering militants near Mandera. Mogadishu's foreign ministry rejected the charge "
        "as baseless.",
        "REJECT",
    )
    assert events
    hit = _hit(events[0])
    assert hit and all(k.endswith("KE") or "kenya" in k for k in hit)


def test_a_denial_of_a_clause_answers_the_group_that_claimed_it() -> None:
    events, _ = _events(
        "In a message on Telegram, JNIM said that about 30 soldiers had died when its men "
        "raided Djibo. Burkina Faso's army, in a statement on state television, denied that "
        "the camp had fallen.",
        "REJECT",
    )
    assert events
    assert ("jnim", "target") in _keys(events[0])


def test_a_denial_after_a_claim_by_unnamed_officials_answers_no_one() -> None:
    events, _ = _events(
        "A local mayor told reporters that about 30 soldiers had died when gunmen raided "
        "Djibo. Burkina Faso's army, in a statement on state television, denied that the camp "
        "had fallen.",
        "REJECT",
    )
    assert all(r != "target" for e in events for _k, r in _keys(e))


def test_a_group_denying_after_its_own_claim_answers_no_one() -> None:
    events, _ = _events(
        "The M23 claimed that it had shot down an army drone. The M23 later denied that it had "
        "lost any fighters.",
        "REJECT",
    )
    assert all(r != "target" for e in events for _k, r in _keys(e))


def test_a_denial_with_no_claim_before_answers_no_one() -> None:
    events, _ = _events(
        "Al-Shabaab denied that its commander had been killed in the strike.", "REJECT"
    )
    assert all(r != "target" for e in events for _k, r in _keys(e))


def test_positions_of_those_attacked_are_never_the_attackers() -> None:
    events, _ = _events(
        "Al-Shabaab fighters attacked Somali troops near Jowhar on 3 May and overran their "
        "positions.",
        "ASSAULT",
    )
    assert events
    assert "al_shabaab" not in _hit(events[0])


def test_a_denial_quoted_by_an_agency_still_answers_the_accuser() -> None:
    events, _ = _events(
        "The ELN accused the Colombian army of bombing a school in Arauca. In remarks carried "
        "by the newspaper El Tiempo, the army's spokesman, General Luis Ospina, denied the "
        "accusation.",
        "REJECT",
    )
    assert events
    assert ("eln", "target") in _keys(events[0])
