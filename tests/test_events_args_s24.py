"""(s24, eargs) Actor roles of events: a denial that points back at a charge (a pronoun, a
charge named in its participial adjunct, or a claim told as said) answers who made it; an
apposition or an identifying relative clause on the attackers names who they were; an arrest
made on suspicion of serving a group targets the group. Each
mechanism is checked where it must fire and where it must not, on sentences written for the
test, with the real model."""

from __future__ import annotations

from event_role_helpers import event_doers as _doers
from event_role_helpers import event_roles as _roles
from event_role_helpers import event_targets as _targets
from test_events_args_s20 import _events

# ------------------------------------------------------------------ denials pointing back


def test_a_denial_by_pronoun_after_a_participle_answers_the_accuser() -> None:
    events, names = _events(
        "The Burkinabe army accused the JNIM of killing twelve villagers near Djibo. Calling "
        "the charge baseless, the group rejected it in a statement on Friday.",
        "REJECT",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "initiator") in roles
    assert ("Armed Forces of Burkina Faso", "target") in roles


def test_a_denial_of_them_after_dismissing_the_accusations_answers_the_accuser() -> None:
    events, names = _events(
        "Human Rights Watch accused the Ugandan army of burning homes in Kasese. Dismissing "
        "the accusations as lies, the army rejected them.",
        "REJECT",
    )
    assert events
    assert ("Human Rights Watch", "target") in _roles(events[0], names)


def test_a_plain_pronoun_denial_answers_the_accuser() -> None:
    events, names = _events(
        "Human Rights Watch accused the Ugandan army of burning homes in Kasese. The army "
        "rejected it on Tuesday.",
        "REJECT",
    )
    assert events
    assert ("Human Rights Watch", "target") in _roles(events[0], names)


def test_a_denial_not_made_answers_no_one() -> None:
    events, names = _events(
        "Human Rights Watch accused the Ugandan army of burning homes in Kasese. The army did "
        "not reject it.",
        "REJECT",
    )
    assert "Human Rights Watch" not in _targets(events, names)


def test_a_third_party_rejecting_a_charge_aimed_at_another_answers_no_one() -> None:
    # the charge was aimed at the ADF, not at the rights group that rejects it
    events, names = _events(
        "The Ugandan army accused the ADF of burning homes in Kasese. Human Rights Watch "
        "rejected it.",
        "REJECT",
    )
    assert "Uganda People's Defence Force" not in _targets(events, names)


def test_a_rejected_offer_answers_its_maker_not_the_accuser_before() -> None:
    events, names = _events(
        "Human Rights Watch accused the Ugandan army of burning homes in Kasese. The army "
        "rejected a UN offer of mediation, calling it a trap.",
        "REJECT",
    )
    assert events
    targets = _targets(events, names)
    assert "United Nations" in targets
    assert "Human Rights Watch" not in targets


def test_a_denial_of_this_answers_a_claim_told_as_said() -> None:
    events, names = _events(
        "For years the Ugandan army has said that the ADF is paid by the Islamic State. ADF "
        "commanders have always denied this.",
        "REJECT",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("Allied Democratic Forces", "initiator") in roles
    assert ("Uganda People's Defence Force", "target") in roles


def test_a_denial_of_what_residents_say_answers_no_named_party() -> None:
    events, names = _events(
        "For years residents have said that the ADF is paid from abroad. ADF commanders have "
        "always denied this.",
        "REJECT",
    )
    assert not _targets(events, names)


def test_a_denial_after_a_claim_about_someone_else_answers_no_one() -> None:
    # the army's claim names none of the ADF's own: the denial is not its answer
    events, names = _events(
        "For years the Ugandan army has said that it built a new base in Kasese. ADF "
        "commanders have always denied this.",
        "REJECT",
    )
    assert "Uganda People's Defence Force" not in _targets(events, names)


# ------------------------------------------------------------------ who the attackers were


def test_an_apposition_on_the_attackers_names_their_group() -> None:
    events, names = _events(
        "The attackers, ADF fighters, raided a sawmill outside Eringeti on Monday.", "ASSAULT"
    )
    assert events
    assert ("Allied Democratic Forces", "perpetrator") in _roles(events[0], names)


def test_an_identifying_relative_clause_on_the_attackers_names_their_group() -> None:
    events, names = _events(
        "The attackers, who residents said were ADF fighters, raided a sawmill outside "
        "Eringeti on Monday.",
        "ASSAULT",
    )
    assert events
    assert ("Allied Democratic Forces", "perpetrator") in _roles(events[0], names)


def test_a_negated_identity_names_no_group() -> None:
    events, names = _events(
        "The attackers, who police said were not ADF fighters, raided a sawmill outside "
        "Eringeti on Monday.",
        "ASSAULT",
    )
    assert "Allied Democratic Forces" not in _doers(events, names)


def test_a_possible_identity_names_no_group() -> None:
    events, names = _events(
        "The attackers, who may have been ADF fighters, raided a sawmill outside Eringeti on "
        "Monday.",
        "ASSAULT",
    )
    assert "Allied Democratic Forces" not in _doers(events, names)


def test_a_relative_clause_of_what_the_attackers_wore_names_no_group() -> None:
    events, names = _events(
        "Gunmen who were wearing army uniforms raided a sawmill outside Eringeti on Monday.",
        "ASSAULT",
    )
    assert "Armed Forces of the Democratic Republic of the Congo" not in _doers(events, names)


def test_an_apposition_naming_two_groups_names_neither() -> None:
    events, names = _events(
        "The attackers, ADF and CODECO fighters, raided a sawmill outside Eringeti on Monday.",
        "ASSAULT",
    )
    doers = _doers(events, names)
    assert not ({"Allied Democratic Forces", "CODECO"} <= doers)


# ------------------------------------------------------------------ arrests


def test_an_arrest_made_on_a_charge_of_membership_targets_the_group() -> None:
    events, names = _events(
        "Six men were detained by Jordanian security forces in Zarqa on Thursday, accused of "
        "belonging to the Islamic State.",
        "ARREST",
    )
    assert events
    roles = _roles(events[0], names)
    assert ("Islamic State", "target") in roles
    assert ("Jordanian forces", "initiator") in roles


def test_an_arrest_after_an_attack_by_a_group_does_not_target_it() -> None:
    events, names = _events(
        "The Ugandan army arrested three doctors in Kasese on Monday after the ADF attack on "
        "the town.",
        "ARREST",
    )
    assert "Allied Democratic Forces" not in _targets(events, names)


def test_an_arrest_of_named_fighters_adds_no_suspected_group() -> None:
    # no phrase of suspicion: only the group the fighters belong to is hit
    events, names = _events(
        "The Ugandan army arrested three ADF commanders in Kasese on Monday.", "ARREST"
    )
    assert events
    assert _targets(events, names) == {"Allied Democratic Forces"}


def test_an_arrest_for_dealings_with_a_group_does_not_target_it() -> None:
    # links with a group are no belonging to it: the group lost none of its own
    events, names = _events(
        "In Kasese on Monday, the Ugandan army arrested three men suspected of links with the ADF.",
        "ARREST",
    )
    assert "Allied Democratic Forces" not in _targets(events, names)


def test_an_arrest_of_suspected_recruiters_targets_the_group() -> None:
    events, names = _events(
        "Accusing them of recruiting fighters for al-Shabaab, Kenyan police detained four men "
        "in Mombasa on Friday.",
        "ARREST",
    )
    assert events
    assert "al-Shabaab" in _targets(events, names)


def test_a_group_the_people_held_are_not_suspected_of_serving_is_no_target() -> None:
    events, names = _events(
        "Syrian security forces detained 14 HTS members in Idlib on Monday, saying they were "
        "not suspected of links with Hizb ut-Tahrir.",
        "ARREST",
    )
    assert events
    assert "Hizb ut-Tahrir" not in _targets(events, names)


def test_an_apposition_on_the_victims_makes_no_perpetrator() -> None:
    events, names = _events(
        "The victims, ADF fighters, were killed by Ugandan soldiers in Beni on Monday.",
        "ASSAULT",
    )
    assert events
    assert "Allied Democratic Forces" not in _doers(events, names)


def test_an_apposition_describing_a_named_group_adds_no_party() -> None:
    events, names = _events(
        "The ADF, a Ugandan rebel group, attacked a sawmill outside Eringeti on Monday.",
        "ASSAULT",
    )
    assert events
    assert _doers(events, names) == {"Allied Democratic Forces"}


def test_a_denial_of_involvement_answers_the_accuser() -> None:
    events, names = _events(
        "In a letter to the UN, Colombia accused Venezuela of hiding ELN commanders in Apure. "
        "Venezuela denied any involvement on Monday.",
        "REJECT",
    )
    assert events
    assert ("Colombia", "target") in _roles(events[0], names)


def test_a_denial_of_involvement_answers_the_accuser_of_the_sentence_before() -> None:
    events, names = _events(
        "In a note to the African Union, Kenya's interior ministry accused Somalia on Sunday of "
        "shelling a camp near Mandera. Late that night Mogadishu denied any involvement.",
        "REJECT",
    )
    assert events
    assert ("Kenya", "target") in _roles(events[0], names)


def test_a_denial_of_involvement_by_a_party_not_accused_answers_no_one() -> None:
    events, names = _events(
        "In a letter to the UN, Colombia accused the ELN of bombing a pipeline in Arauca. "
        "Venezuela denied any involvement on Monday.",
        "REJECT",
    )
    assert "Colombia" not in _targets(events, names)


def test_a_denial_of_involvement_after_an_attack_told_as_fact_answers_no_one() -> None:
    events, names = _events(
        "The ELN bombed a pipeline near Tame on Monday. The FARC dissidents denied any "
        "involvement.",
        "REJECT",
    )
    assert not _targets(events, names)


def test_an_arrest_for_raising_money_for_a_group_targets_it() -> None:
    events, names = _events(
        "Four men were arrested in Garissa on Friday on suspicion of raising money for "
        "al-Shabaab, Kenyan police said.",
        "ARREST",
    )
    assert events
    assert "al-Shabaab" in _targets(events, names)


def test_an_arrest_for_supplying_a_group_does_not_target_it() -> None:
    events, names = _events(
        "In Garissa on Friday, Kenyan police arrested four men suspected of selling sugar to "
        "al-Shabaab.",
        "ARREST",
    )
    assert "al-Shabaab" not in _targets(events, names)
