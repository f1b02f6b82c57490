"""Reports that list incidents under dated headings, and a wire story with a country in its
dateline (written for these tests: an NGO security update on Cabo Delgado with DD/MM/YYYY
dates, a Markdown briefing on the TTP with numbered incidents, a Reuters-style Red Sea story),
coded the way an analyst would."""

from __future__ import annotations

from report_docs import written_report

from dossier.records import Document, Event


def _attacks(doc: Document) -> list[Event]:
    return [e for e in doc.events if e.type == "ASSAULT"]


def _on(doc: Document, day: str) -> list[Event]:
    return [e for e in _attacks(doc) if e.date is not None and e.date.value == day]


def _roles(event: Event) -> set[tuple[str, str]]:
    return {(a.actor, a.role) for a in event.actors}


# --------------------------------------------------------------------------- security update


def update() -> Document:
    return written_report("mozambique_security_update.txt")


def test_every_listed_incident_is_dated_by_its_heading():
    days = {e.date.value for e in _attacks(update()) if e.date is not None}
    # "1) 03/05/2024 – Ancuabe district: Armed men burned 40 houses ...": day first, May
    assert {"2024-05-03", "2024-05-10", "2024-05-14", "2024-05-21", "2024-05-27"} <= days


def test_the_raid_its_toll_and_its_claim_are_one_event():
    [raid] = _on(update(), "2024-05-10")
    assert raid.place is not None and raid.place.text.startswith("Macomia")
    assert ("is_mozambique", "perpetrator") in _roles(raid)
    assert raid.responsibility == "claimed"
    # the NGO's toll, not the group's boast of "more than 20 Crusader soldiers"
    assert raid.fatalities is not None and raid.fatalities.low == 5
    # the claim's own date (11/05) makes no second raid
    assert not _on(update(), "2024-05-11")


def test_a_follow_up_toll_joins_its_clash_and_the_heading_places_nothing_else():
    [clash] = _on(update(), "2024-05-21")
    assert clash.fatalities is not None and clash.fatalities.low == 12
    [minibus] = _on(update(), "2024-05-27")
    # "killing the driver": one person
    assert minibus.fatalities is not None and minibus.fatalities.low == 1


# --------------------------------------------------------------------------- TTP briefing


def briefing() -> Document:
    return written_report("ttp_briefing.md")


def test_jets_that_struck_suspected_hideouts_made_an_air_strike():
    [strike] = [e for e in _on(briefing(), "2024-03-18") if e.mode == "aerial"]
    assert ("pakistan_army", "perpetrator") in _roles(strike)
    assert ("ttp", "target") in _roles(strike)
    assert strike.acled_sub_event_type == "Air/drone strike"
    # "the strikes killed eight people", told by the Taliban's spokesman
    assert strike.fatalities is not None and strike.fatalities.low == 8


def test_an_attack_told_under_its_heading_with_a_trailing_attribution_is_kept():
    [post] = _on(briefing(), "2024-03-16")
    assert post.fatalities is not None and post.fatalities.low == 7
    # "five gunmen then stormed it": the post, not the group named before
    assert ("ttp", "target") not in _roles(post)


# --------------------------------------------------------------------------- Red Sea wire


def wire() -> Document:
    return written_report("houthi_wire.txt")


def test_a_dateline_with_a_country_dates_the_week():
    assert wire().metadata.published is not None
    assert wire().metadata.published.value == "2024-06-13"
    [ship] = _on(wire(), "2024-06-12")  # "on Wednesday"
    assert ("houthis", "perpetrator") in _roles(ship)
    assert ship.responsibility == "claimed"
    # "struck by an explosive-laden drone boat and two anti-ship missiles": weapons
    assert ship.mode == "explosives"


def test_strikes_on_targets_carry_the_toll_and_an_interception_is_no_attack():
    [strikes] = _on(wire(), "2024-06-13")
    assert strikes.mode == "aerial"
    assert {("us_armed_forces", "perpetrator"), ("houthis", "target")} <= _roles(strikes)
    assert strikes.fatalities is not None and strikes.fatalities.low == 3
    # "the destroyer USS Laboon shot down two Houthi drones": no attack, and no second toll
    assert all("shot down" not in e.anchor.quote for e in wire().events)


def test_a_hijacking_recalled_after_since_is_a_dated_abduction():
    [hijack] = [e for e in _attacks(wire()) if e.mode == "abduct"]
    assert hijack.date is not None and hijack.date.value == "2023-11"
    assert hijack.modality == "background"
    assert ("houthis", "perpetrator") in _roles(hijack)
