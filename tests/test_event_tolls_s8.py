"""Tolls given by several sources, who claimed or was blamed for an attack, and mentions that
are no event of their own (captions, a week's summary, freed hostages, a response), on short
reports written for these tests."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.event_effects import as_claimed, combine_tolls
from dossier.extract.event_merge import dates_agree, drop_released
from dossier.extract.events import EventFrame, extract_events
from dossier.records import Anchor, DateValue, Event, NumberRange

REPORT_DATE = DateValue("2025-05-10", "day")


def _events(text: str, report_date: DateValue | None = REPORT_DATE) -> list[Event]:
    ann = annotate_text(text, report_date)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, report_date)


def _attacks(text: str, report_date: DateValue | None = REPORT_DATE) -> list[Event]:
    return [e for e in _events(text, report_date) if e.type == "ASSAULT"]


def _roles(ev: Event) -> set[tuple[str, str]]:
    return {(a.actor, a.role) for a in ev.actors}


def _toll(ev: Event) -> tuple[int | None, int | None, int | None]:
    assert ev.fatalities is not None
    return ev.fatalities.low, ev.fatalities.best, ev.fatalities.high


# ----------------------------------------------------------------------------- tolls

KIRKUK = (
    "A car bomb exploded at a crowded market in Kirkuk on 3 May 2025, killing at least 12 "
    "people, police said.\n\n"
    "The death toll later rose to 19 after several of the wounded died in hospital, a health "
    "official said."
)


def test_a_later_toll_replaces_the_best_figure_and_the_first_stays_the_low_one():
    [bomb] = _attacks(KIRKUK)
    low, best, _high = _toll(bomb)
    assert (low, best) == (12, 19)


PALMYRA = (
    "On 4 May 2025, an Islamic State suicide bomber attacked an army checkpoint near Palmyra. "
    "Islamic State claimed responsibility for the attack in a statement on its Amaq agency. "
    "The group claimed that 30 soldiers had been killed.\n\n"
    "A war monitor said the blast killed six soldiers and three civilians. A Syrian army "
    "officer told reporters that four soldiers had been killed."
)


def test_the_attackers_claim_only_raises_the_high_figure():
    [attack] = _attacks(PALMYRA)
    assert attack.responsibility == "claimed" and attack.responsibility_by == "isis"
    # the army's four (its own dead), the monitor's nine, the group's claimed thirty
    assert _toll(attack) == (4, 9, 30)


MOGADISHU = (
    "On 9 May 2025, twin car bombs outside the Ministry of Health in Mogadishu killed 40 "
    "people; al-Shabaab claimed responsibility through its Radio Andalus station."
)


def test_a_claim_of_responsibility_does_not_make_the_toll_a_claim():
    [bombing] = _attacks(MOGADISHU)
    assert bombing.responsibility == "claimed"
    assert _toll(bombing) == (40, 40, 40)


BOULKESSI = (
    "On 6 May 2025, JNIM fighters clashed with the Malian army near Boulkessi. JNIM claimed "
    "to have killed 25 soldiers, while the army reported 5 deaths among its troops."
)


def test_a_clash_toll_the_attacker_claims_is_not_its_count():
    [clash] = _attacks(BOULKESSI)
    assert _toll(clash) == (5, 5, 25)


def test_toll_arithmetic():
    at_least_nine = NumberRange(9, 9, None, "at least nine")
    eleven = NumberRange(11, 11, 11, "nine fighters and two civilians")
    seven = NumberRange(7, 7, 7, "seven")
    claim = as_claimed(NumberRange(17, 17, 17, "17"))
    assert (claim.low, claim.best, claim.high) == (None, None, 17)
    combined = combine_tolls(combine_tolls(combine_tolls(at_least_nine, claim), eleven), seven)
    assert combined is not None
    assert (combined.low, combined.best, combined.high) == (7, 11, 17)
    assert combine_tolls(None, seven) == seven


# ----------------------------------------------------------------------------- responsibility

BANNU = (
    "On 2 May 2025, gunmen attacked a police post in Bannu, killing five policemen. TTP "
    "spokesman Mohammad Khurasani claimed responsibility in a message to journalists."
)


def test_a_spokesman_claims_for_his_group():
    [attack] = _attacks(BANNU)
    assert (attack.responsibility, attack.responsibility_by) == ("claimed", "ttp")
    # the "gunmen" were the group that claimed their attack
    assert {a.actor for a in attack.actors if a.role == "perpetrator"} == {"ttp"}


JILIB = (
    "The US military said on Monday that its forces had killed a senior al-Shabaab commander, "
    "Ali Jabal, in an airstrike near Jilib on 4 May 2025."
)


def test_a_speaker_whose_own_forces_struck_acknowledges_the_strike():
    [strike] = _attacks(JILIB)
    assert strike.mode == "aerial"
    assert ("us_armed_forces", "perpetrator") in _roles(strike)
    assert (strike.responsibility, strike.responsibility_by) == ("claimed", "us_armed_forces")
    # an official account of its own operation is a count, not a claim
    assert _toll(strike) == (1, 1, 1)


KARACHI = (
    "In April 2025, three Chinese workers were killed in a bombing near Karachi port, which "
    "the Balochistan Liberation Army also claimed."
)


def test_a_relative_clause_claims_the_attack_it_hangs_on():
    [bombing] = _attacks(KARACHI)
    assert ("bla", "perpetrator") in _roles(bombing)
    assert (bombing.responsibility, bombing.responsibility_by) == ("claimed", "bla")


AFRIN = (
    "On 5 May 2025, a roadside bomb struck a minibus near Afrin, killing nine people. No group "
    "claimed the bombing, but Kurdish officials blamed Turkish-backed factions of the Syrian "
    "National Army, which denied involvement."
)


def test_blamed_factions_of_a_group_are_the_group_and_a_denial_is_no_claim():
    [bomb] = _attacks(AFRIN)
    assert ("syrian_national_army", "perpetrator") in _roles(bomb)
    assert bomb.responsibility == "attributed"


TURBAT = (
    "A suicide bomber killed 14 soldiers at an army camp in Turbat on 7 May 2025. The "
    "Balochistan Liberation Army claimed responsibility for the bombing. The group said the "
    "attack was carried out by its Majeed Brigade."
)


def test_the_group_that_claimed_and_its_branch_that_acted_are_both_perpetrators():
    [attack] = _attacks(TURBAT)
    perps = {a.actor for a in attack.actors if a.role == "perpetrator"}
    assert perps == {"bla", "majeed_brigade"}
    assert attack.responsibility_by == "bla"


# ----------------------------------------------------------------------------- merging

PESHAWAR = (
    "PESHAWAR, Pakistan (Reuters) - A bomb exploded at a bus terminal in Peshawar on Saturday, "
    "killing 11 passengers, police said.\n\n"
    "No group immediately claimed the blast. Provincial officials ordered an inquiry.\n\n"
    "Traders closed their shops in protest against the lack of security.\n\n"
    "Photo caption: Security officials inspect the site after the bomb blast at the Peshawar "
    "bus terminal, May 3, 2025.\n\n"
    "Photo caption: Smoke rises after an airstrike in Khan Younis, May 2, 2025."
)


def test_a_caption_is_the_story_s_event_and_lends_it_its_date():
    attacks = _attacks(PESHAWAR, None)
    assert len(attacks) == 1  # the second caption matches nothing and tells nothing
    [bomb] = attacks
    # "on Saturday" with no year: the caption's date is that Saturday
    assert bomb.date is not None and bomb.date.value == "2025-05-03"
    assert bomb.fatalities is not None and bomb.fatalities.best == 11


LAKE_CHAD = (
    "# Weekly overview: Lake Chad\n\n"
    "Last week in Lake Chad: an ISWAP raid in Borno, and Nigerien army airstrikes in Diffa "
    "region.\n\n"
    "On 6 May 2025, ISWAP fighters raided a military base in Marte, Borno state, killing 9 "
    "soldiers.\n\n"
    "On 8 May 2025, Nigerien army airstrikes hit a camp near Bosso, Diffa region, killing 14 "
    "militants."
)


def test_a_summary_of_the_week_adds_no_events():
    attacks = _attacks(LAKE_CHAD, DateValue("2025-05-16", "day"))
    assert sorted(e.date.value for e in attacks if e.date is not None) == [
        "2025-05-06",
        "2025-05-08",
    ]
    assert len(attacks) == 2
    # each is told by its own sentence, not by the summary
    assert all(e.anchor.quote.startswith("On ") for e in attacks)


AFTERMATH = (
    "On 2 April 2025, gunmen abducted 17 passengers from a bus near Kaduna. On 20 April, "
    "police rescued nine hostages held in a forest near Kaduna.\n\n"
    "On 3 May 2025, JNIM fighters attacked an army post in Djibo, killing seven soldiers. The "
    "army said 16 militants were killed in response.\n\n"
    "On 6 May 2025, unidentified gunmen killed a village chief near Ouallam. Local sources "
    "attributed the killing to IS Sahel."
)


def test_freed_hostages_are_no_new_abduction():
    abductions = [e for e in _attacks(AFTERMATH) if e.mode == "abduct"]
    assert [e.date.value for e in abductions if e.date is not None] == ["2025-04-02"]
    # a mention whose word is a captive set free is dropped before mentions merge
    for text, kept in (
        ("Five hostages were released on 21 April after a ransom was paid.", False),
        ("Police rescued nine hostages held in a forest near Kaduna.", False),
        ("The gunmen still hold nine hostages in a forest near Kaduna.", True),
    ):
        doc = annotate_text(text, REPORT_DATE).doc
        start = doc.text.index("hostages")
        anchor = Anchor(start=0, end=len(doc.text), quote=doc.text, sentence=0)
        frame = EventFrame(
            event=Event(type="ASSAULT", anchor=anchor, mode="abduct"),
            trigger=(start, start + len("hostages")),
        )
        assert (drop_released([frame], doc) == [frame]) is kept


def test_the_toll_of_a_response_is_not_the_attack_s():
    [djibo] = [e for e in _attacks(AFTERMATH) if e.place is not None and e.place.text == "Djibo"]
    assert _toll(djibo) == (7, 7, 7)


def test_an_attribution_names_who_unidentified_gunmen_were():
    [killing] = [
        e for e in _attacks(AFTERMATH) if e.place is not None and e.place.text == "Ouallam"
    ]
    assert ("is_sahel", "perpetrator") in _roles(killing)
    assert killing.responsibility == "attributed"
    assert _toll(killing) == (1, 1, 1)


def test_dates_that_may_name_one_day():
    assert dates_agree("XXXX-WXX-6", "2024-11-09")  # a Saturday
    assert not dates_agree("XXXX-WXX-5", "2024-11-09")
    assert dates_agree("XXXX-10", "2024-10-22")
    assert dates_agree("2025-W16", "2025-04-12")  # a week and the days around it
    assert not dates_agree("2025-W16", "2025-03-12")
    assert not dates_agree("2024-10-21", "2024-10-22")
