"""(s24b, eargs review) Regression tests for the roles s24 gave arrests and attackers: a group
is the target of an arrest only when those held are charged with belonging to it or working
for it (not when it is the victim, the partner or the accuser named in the charge); an
apposition or relative clause on the attackers names their group only by its own noun, not by
a phrase after it, and not a group they were once of or only perhaps of. New sentences written
for the test, the real model."""

from __future__ import annotations

from event_role_helpers import event_doers as _doers
from event_role_helpers import event_roles as _roles
from event_role_helpers import event_targets as _targets
from test_events_args_s20 import _events

# ------------------------------------------------------------------ arrests


def test_an_arrest_for_killing_a_groups_commander_does_not_target_the_group() -> None:
    events, names = _events(
        "In Maiduguri on Tuesday, Nigerian police arrested three men suspected of killing a "
        "Boko Haram commander.",
        "ARREST",
    )
    assert "Boko Haram" not in _targets(events, names)


def test_an_arrest_for_selling_arms_to_a_groups_fighters_does_not_target_it() -> None:
    events, names = _events(
        "Kenyan police arrested two men in Lamu on Monday whom they accused of selling weapons "
        "to al-Shabaab fighters.",
        "ARREST",
    )
    assert "al-Shabaab" not in _targets(events, names)


def test_an_arrest_for_links_with_a_groups_militants_does_not_target_it() -> None:
    events, names = _events(
        "Malian gendarmes detained four traders at the Mopti market on Thursday, suspecting "
        "links with JNIM militants.",
        "ARREST",
    )
    assert "Jama'at Nusrat al-Islam wal-Muslimin" not in _targets(events, names)


def test_an_arrest_for_collusion_with_a_groups_fighters_does_not_target_it() -> None:
    events, names = _events(
        "Burkinabe soldiers arrested five men near Djibo on Monday, suspecting collusion with "
        "JNIM fighters.",
        "ARREST",
    )
    assert "Jama'at Nusrat al-Islam wal-Muslimin" not in _targets(events, names)


def test_a_second_charge_of_attacking_a_party_does_not_target_it() -> None:
    events, names = _events(
        "Mozambican police detained six youths in Pemba on suspicion of membership in Ansar "
        "al-Sunna and of attacking a FRELIMO office.",
        "ARREST",
    )
    targets = _targets(events, names)
    assert "FRELIMO" not in targets
    assert "Islamic State Mozambique Province" in targets


def test_a_group_that_accused_those_held_is_no_target() -> None:
    events, names = _events(
        "Near Mopti on Tuesday, the Malian army arrested eleven herders after JNIM fighters had "
        "accused them of stealing cattle.",
        "ARREST",
    )
    assert "Jama'at Nusrat al-Islam wal-Muslimin" not in _targets(events, names)


def test_a_group_named_as_the_accuser_by_agent_is_no_target() -> None:
    events, names = _events(
        "Nigerian police arrested three men in Kano on Tuesday accused by ISWAP fighters of "
        "spying for the army.",
        "ARREST",
    )
    assert "Islamic State West Africa Province" not in _targets(events, names)


def test_an_arrest_of_men_suspected_of_being_former_members_does_not_target_the_group() -> None:
    events, names = _events(
        "In Mogadishu on Sunday, police arrested five men suspected of being former al-Shabaab "
        "members.",
        "ARREST",
    )
    assert "al-Shabaab" not in _targets(events, names)


def test_an_arrest_for_spying_for_a_group_still_targets_it() -> None:
    events, names = _events(
        "In Mosul, Iraqi police arrested a man who was accused of spying for the Islamic State.",
        "ARREST",
    )
    assert "Islamic State" in _targets(events, names)


def test_an_arrest_on_charges_of_recruiting_for_a_group_still_targets_it() -> None:
    events, names = _events(
        "On charges of recruiting for al-Shabaab, Kenyan police arrested four men in Garissa.",
        "ARREST",
    )
    assert "al-Shabaab" in _targets(events, names)


# ------------------------------------------------------------------ who the attackers were


def test_an_apposition_naming_the_attackers_rivals_names_no_perpetrator() -> None:
    events, names = _events(
        "The attackers, rivals of the ADF, burned a church near Beni on Monday.", "ASSAULT"
    )
    assert "Allied Democratic Forces" not in _doers(events, names)


def test_an_apposition_naming_the_attackers_enemies_names_no_perpetrator() -> None:
    events, names = _events(
        "The gunmen, enemies of the M23, killed four farmers near Rutshuru on Monday.", "ASSAULT"
    )
    assert "March 23 Movement" not in _doers(events, names)


def test_an_apposition_naming_victims_of_a_group_names_no_perpetrator() -> None:
    events, names = _events(
        "The attackers, relatives of ADF victims, burned a mosque in Beni on Monday.", "ASSAULT"
    )
    assert "Allied Democratic Forces" not in _doers(events, names)


def test_an_apposition_of_former_fighters_names_no_perpetrator() -> None:
    events, names = _events(
        "The gunmen, former ADF fighters, attacked a church in Butembo on Sunday.", "ASSAULT"
    )
    assert "Allied Democratic Forces" not in _doers(events, names)


def test_an_apposition_of_ex_fighters_names_no_perpetrator() -> None:
    events, names = _events(
        "The gunmen, ex-Seleka fighters, killed four farmers near Bria on Monday.", "ASSAULT"
    )
    assert "Séléka" not in _doers(events, names)


def test_an_apposition_of_deserters_names_no_perpetrator() -> None:
    events, names = _events(
        "The gunmen, M23 deserters, attacked a market in Kiwanja on Monday.", "ASSAULT"
    )
    assert "March 23 Movement" not in _doers(events, names)


def test_an_apposition_of_a_groups_fighters_still_names_it() -> None:
    events, names = _events(
        "The attackers, ADF militiamen, raided a clinic near Oicha on Monday.", "ASSAULT"
    )
    assert "Allied Democratic Forces" in _doers(events, names)


def test_a_relative_clause_of_a_possible_identity_names_no_perpetrator() -> None:
    events, names = _events(
        "The attackers, who were possibly ISWAP fighters, killed four farmers near Dikwa on "
        "Monday.",
        "ASSAULT",
    )
    assert "Islamic State West Africa Province" not in _doers(events, names)


def test_a_relative_clause_of_a_probable_identity_names_no_perpetrator() -> None:
    events, names = _events(
        "The attackers, who were probably JNIM fighters, killed four farmers near Djibo on Monday.",
        "ASSAULT",
    )
    assert "Jama'at Nusrat al-Islam wal-Muslimin" not in _doers(events, names)


def test_a_relative_clause_of_a_bygone_identity_names_no_perpetrator() -> None:
    events, names = _events(
        "The gunmen, who were once CODECO fighters, killed four farmers near Djugu on Monday.",
        "ASSAULT",
    )
    assert "CODECO" not in _doers(events, names)


def test_a_relative_clause_in_the_past_perfect_names_no_perpetrator() -> None:
    events, names = _events(
        "The attackers, who had been ADF fighters until 2019, attacked a village near Beni.",
        "ASSAULT",
    )
    assert "Allied Democratic Forces" not in _doers(events, names)


def test_a_relative_clause_reporting_who_they_were_still_names_the_group() -> None:
    events, names = _events(
        "The raiders, who villagers said were Twirwaneho fighters, burned six huts near Minembwe "
        "on Sunday.",
        "ASSAULT",
    )
    assert "Twirwaneho" in _doers(events, names)


# ------------------------------------------------------------------ denials pointing back


def test_a_pronoun_denial_answers_the_claim_told_last_not_an_earlier_accusation() -> None:
    events, names = _events(
        "The UN accused Fano of killing civilians in Bahir Dar. The Ethiopian government said "
        "Fano fighters had shelled a hospital. Fano denied it.",
        "REJECT",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("Government of Ethiopia", "target") in roles
    assert ("United Nations", "target") not in roles


def test_a_pronoun_denial_after_residents_claim_answers_no_earlier_accuser() -> None:
    events, names = _events(
        "The UN accused Fano of killing civilians in Bahir Dar. Residents said Fano fighters "
        "had shelled a hospital. Fano denied it.",
        "REJECT",
    )
    assert "United Nations" not in _targets(events, names)


def test_a_pronoun_denial_after_an_accusation_told_last_still_answers_the_accuser() -> None:
    events, names = _events(
        "The Ethiopian government said Fano fighters had shelled a hospital. The UN accused "
        "Fano of killing civilians in Bahir Dar. Fano denied it.",
        "REJECT",
    )
    assert events
    assert ("United Nations", "target") in _roles(events[0], names)
