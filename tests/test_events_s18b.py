"""(s18, round 2) Regressions a reviewer found in the s18 event mechanisms, each on a sentence
written for the test (other conflicts and wordings than the development reports): who a
"not involved" denial clears, the date a relative-clause rejection gives itself, years after
a named day, the force a backer backs, passive launches and campaigns, blame that names no
party, and a run-in incident heading read through the whole pipeline."""

from __future__ import annotations

from test_events_s18 import DOC_DATE, _events, _of_type, _roles

from dossier.pipeline import process_raw
from dossier.records import RawDocument

# --------------------------------------------------------------- 1. "not involved" denials


def test_a_party_clearing_itself_of_an_attack_is_a_rejection() -> None:
    text = "The ADF said on 4 June that it was not responsible for the massacre in Beni."
    rejects = _of_type(_events(text), "REJECT")
    assert len(rejects) == 1
    assert ("adf", "initiator") in _roles(rejects[0])


def test_a_state_force_clearing_its_own_troops_is_a_rejection() -> None:
    text = (
        "Villagers accused soldiers of burning homes near Djibo. The Burkinabe army said on "
        "5 June that its troops were not involved in the burning."
    )
    rejects = _of_type(_events(text), "REJECT")
    assert len(rejects) == 1
    assert ("burkina_armed_forces", "initiator") in _roles(rejects[0])


def test_the_army_clearing_the_group_clears_someone_else() -> None:
    # "the group" is not the army's own side: no one rejects a charge against himself
    text = (
        "ISWAP fighters abducted four aid workers near Monguno on 12 July. The Nigerian army "
        "said the group was not involved in the earlier attack on the camp."
    )
    assert not _of_type(_events(text), "REJECT")


def test_a_group_spokesman_clearing_the_group_is_a_rejection() -> None:
    text = (
        "Gunmen abducted a judge in Kidal on 3 June. A JNIM spokesman said on 4 June that the "
        "group was not involved in the abduction."
    )
    rejects = _of_type(_events(text), "REJECT")
    assert len(rejects) == 1
    assert ("jnim", "initiator") in _roles(rejects[0])


def test_a_tie_denied_answers_no_charge() -> None:
    for text in (
        "The Nigerian government said on 4 June that ISWAP was not linked to the Islamic State.",
        "The African Union said on 3 August it was not involved in the negotiations between "
        "the junta and the rebels.",
        "The Sudanese army said on 3 August it was not party to the agreement signed by the RSF.",
    ):
        assert not _of_type(_events(text), "REJECT"), text


def test_residents_clearing_themselves_are_no_party() -> None:
    text = "Residents said on 3 June that they were not involved in the clashes near Beni."
    assert not _of_type(_events(text), "REJECT")


# ----------------------------------------------------- 2. a relative clause's own date


def test_a_rejection_in_a_relative_clause_keeps_its_own_date() -> None:
    text = (
        "Amnesty International accused the Ethiopian army of executing 40 villagers near "
        "Gondar on 5 March, an accusation the Ethiopian government rejected on 9 March."
    )
    rejects = _of_type(_events(text), "REJECT")
    assert len(rejects) == 1
    assert rejects[0].date is not None and rejects[0].date.value == "2025-03-09"
    # the accuser is who the rejection answers; the charge noun accuses no one
    assert ("amnesty", "target") in _roles(rejects[0])
    deed = _of_type(_events(text), "ASSAULT")[0]
    assert ("ethiopia_government", "perpetrator") not in _roles(deed)


def test_which_the_government_denied_on_a_day_is_that_day() -> None:
    text = (
        "On 2 March, Ethiopian soldiers killed 30 civilians in Gondar, which the Ethiopian "
        "government later denied on 6 March."
    )
    rejects = _of_type(_events(text), "REJECT")
    assert len(rejects) == 1
    assert rejects[0].date is not None and rejects[0].date.value == "2025-03-06"


def test_which_the_junta_denies_answers_the_accuser() -> None:
    text = (
        "Human Rights Watch and Amnesty International have alleged that Burkinabe soldiers "
        "executed 40 villagers near Djibo on 5 March, which the Burkinabe junta denies."
    )
    rejects = _of_type(_events(text), "REJECT")
    assert len(rejects) == 1
    roles = _roles(rejects[0])
    assert ("hrw", "target") in roles and ("amnesty", "target") in roles


# -------------------------------------------------------------- 3. years after a named day


def test_the_year_after_a_holiday_stays_a_year() -> None:
    text = "Al-Shabaab fighters attacked a police station in Mandera around Christmas 2023."
    for date in (DOC_DATE, None):
        attacks = _of_type(_events(text, date), "ASSAULT")
        assert len(attacks) == 1
        assert attacks[0].date is not None and attacks[0].date.value == "2023-12-25"


def test_the_year_after_an_unlisted_feast_is_a_second_attack() -> None:
    text = (
        "Al-Shabaab attacked a police post in Mandera on 25 December 2023, and attacked "
        "Lamu around Easter 2024."
    )
    dates = {e.date.value for e in _of_type(_events(text), "ASSAULT") if e.date is not None}
    assert dates == {"2023-12-25", "2024"}


def test_a_task_force_number_is_no_year() -> None:
    text = "On 9 March, Task Force 2030 attacked an ADF camp near Eringeti, killing 12 rebels."
    attacks = _of_type(_events(text), "ASSAULT")
    assert attacks and all(a.date is not None and a.date.value == "2025-03-09" for a in attacks)


# ------------------------------------------------------------ 5. who a backer backs


def test_a_backer_is_never_the_only_perpetrator() -> None:
    for verb in ("launched an operation in", "raided a hideout in"):
        text = f"On 4 May, police backed by the UN mission {verb} Bunia, killing six militiamen."
        attacks = _of_type(_events(text), "ASSAULT")
        assert attacks, text
        assert all(("un", "perpetrator") not in _roles(a) for a in attacks), text


def test_a_named_force_backed_by_a_mission_acted_with_it() -> None:
    text = (
        "On 4 May, Congolese troops supported by MONUSCO attacked an ADF camp near Beni, "
        "killing 20 rebels."
    )
    attack = _of_type(_events(text), "ASSAULT")[0]
    assert ("fardc", "perpetrator") in _roles(attack)


# ------------------------------------------------------- 6. passive launches, campaigns


def test_a_passive_launch_names_its_agent() -> None:
    text = (
        "An offensive was launched by the Tigrayan forces on 3 March near Alamata, killing "
        "dozens of soldiers."
    )
    attack = _of_type(_events(text), "ASSAULT")[0]
    assert ("tdf", "perpetrator") in _roles(attack)


def test_a_campaign_told_with_its_end_is_no_event() -> None:
    # an operation of eight years is the background of the events it holds, no attack
    text = "Operation Barkhane was launched by France in August 2014 and ended in 2022."
    assert not _of_type(_events(text), "ASSAULT")


# ----------------------------------------------------- a run-in heading, whole pipeline

BULLETIN = (
    "# Eastern Congo weekly\n\n"
    "**Beni, 14 May.** ADF fighters attacked a farm outside the town, killing seven farmers. "
    "Soldiers recovered the bodies the next morning.\n\n"
    "Butembo, 2 June: Mai-Mai militiamen ambushed a police patrol, killing two officers.\n\n"
    "Heavy rains cut the road to Lubero, aid agencies said.\n"
)


def test_run_in_headings_date_their_paragraphs_through_the_pipeline() -> None:
    raw = RawDocument(path="<bulletin>", format="text", text=BULLETIN, content_hash="s18b")
    doc = process_raw(raw)
    attacks = [e for e in doc.events if e.type == "ASSAULT"]
    farm = [e for e in attacks if "farm" in e.anchor.quote]
    ambush = [e for e in attacks if "ambushed" in e.anchor.quote]
    assert len(farm) == 1 and len(ambush) == 1
    assert farm[0].date is not None and farm[0].date.value.endswith("-05-14")
    assert ambush[0].date is not None and ambush[0].date.value.endswith("-06-02")
