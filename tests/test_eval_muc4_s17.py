"""MUC-4 role mapping, round 17: mechanisms read from the parse and the whole report rather
than from one wording (a surname resolved to the full name given elsewhere, coordinated
targets, the organisation in a perpetrator's "of"/"from" phrase, the people of "a group of",
a person told in two opposing roles), incidents the template definition leaves out (a tally
of many victims, an event word with no party), and the truecaser's possessive names."""

from __future__ import annotations

from test_eval_muc4_s12 import _roles, predictor

from dossier.eval.muc4 import normalize
from dossier.eval.muc4_dossier import DossierMucPredictor, truecase

__all__ = ["predictor"]  # the module-scoped fixture, shared with test_eval_muc4_s12


def test_a_victim_named_by_surname_alone_takes_the_full_name_given_before(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "GUATEMALA CITY, 12 MAY 90 -- The army has no report on the death of Salvadoran leftist "
        "leader Hector Amaya Colindres. Amaya, leader of the MNR, and Ana Flores, a Guatemalan "
        "leader, were abducted and killed on Friday by unidentified individuals in Guatemala City."
    )
    victims = _roles(predictor, text).get("Victim")
    assert victims == [["Hector Amaya Colindres"], ["Ana Flores"]]


def test_coordinated_targets_are_each_a_target(predictor: DossierMucPredictor) -> None:
    text = (
        "POPAYAN, 12 MAY 90 -- Rebels burned three vehicles on the central highway -- a Red "
        "Cross ambulance, a fuel truck carrying 2,000 gallons of gasoline, and a station wagon."
    )
    targets = {t[0] for t in _roles(predictor, text).get("Target", [])}
    assert {"Red Cross ambulance", "fuel truck", "station wagon"} <= targets


def test_the_organisation_in_a_perpetrators_from_phrase_is_the_perpetrator_organisation(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "LA PAZ, 12 MAY 90 -- A bank guard was shot dead on Friday by a group of terrorists "
        "from the Jorge Ortiz Popular Command."
    )
    orgs = [[normalize(m) for m in e] for e in _roles(predictor, text).get("PerpOrg", [])]
    assert orgs == [["jorge ortiz popular command"]]


def test_a_group_of_people_is_named_by_the_people(predictor: DossierMucPredictor) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- A group of heavily armed men attacked the Santa Ana "
        "cooperative office on Friday."
    )
    assert _roles(predictor, text).get("PerpInd") == [["heavily armed men"]]


def test_a_person_told_both_as_attacker_and_as_victim_fills_neither_role(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "GUATEMALA CITY, 12 MAY 90 -- Inmate Julio Cesar Menchaca led the riot and shot a "
        "warden. Guards later killed Julio Cesar Menchaca in the prison yard."
    )
    roles = _roles(predictor, text)
    assert not [m for e in roles.get("PerpInd", []) for m in e if "Menchaca" in m]
    assert not [m for e in roles.get("Victim", []) for m in e if "Menchaca" in m]


def test_a_victim_alone_is_kept(predictor: DossierMucPredictor) -> None:
    text = "GUATEMALA CITY, 12 MAY 90 -- Gunmen killed Julio Cesar Menchaca in Mixco on Friday."
    assert _roles(predictor, text).get("Victim") == [["Julio Cesar Menchaca"]]


def test_a_bomb_of_speech_with_no_incident_is_no_weapon(predictor: DossierMucPredictor) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- The opposition says the economy is a time bomb about to "
        "explode."
    )
    assert "Weapon" not in _roles(predictor, text)


def test_a_bomb_that_hit_a_target_is_a_weapon(predictor: DossierMucPredictor) -> None:
    text = "SAN SALVADOR, 12 MAY 90 -- A bomb exploded at the Banco Agricola branch on Friday."
    assert _roles(predictor, text).get("Weapon") == [["bomb"]]


def test_truecasing_capitalises_a_name_in_the_possessive() -> None:
    text = "police are investigating candidate hernan quintero ossa's murder."
    assert "Hernan Quintero Ossa's murder" in truecase(text)


def test_the_forces_in_a_frame_with_insurgent_attackers_are_no_perpetrators(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "GUATEMALA CITY, 12 MAY 90 -- Colonel Ruiz said that rebels attacked the La Esperanza "
        "farm and burned the facilities. An army patrol clashed with a rebel column and "
        "inflicted two casualties, which were taken away by the rebels who fled to the hills, "
        "Ruiz said."
    )
    assert _roles(predictor, text).get("PerpInd") == [["rebels"]]


def test_the_forces_alone_attacking_civilians_are_perpetrators(
    predictor: DossierMucPredictor,
) -> None:
    text = "SAN SALVADOR, 12 MAY 90 -- An army patrol burned the houses of peasants in Suchitoto."
    assert _roles(predictor, text).get("PerpInd") == [["army patrol"]]


def test_a_tally_of_many_victims_is_no_incident(predictor: DossierMucPredictor) -> None:
    text = (
        "GUATEMALA CITY, 12 MAY 90 -- The army said that the rebel groups have murdered more "
        "than 20,000 peasants."
    )
    assert _roles(predictor, text) == {}


def test_a_killing_of_a_few_people_is_an_incident(predictor: DossierMucPredictor) -> None:
    text = (
        "GUATEMALA CITY, 12 MAY 90 -- The army said that the rebel groups murdered 12 peasants "
        "in Chimaltenango on Friday."
    )
    assert _roles(predictor, text).get("PerpInd") == [["rebel groups"]]


def test_an_attack_on_police_agents_alone_is_no_terrorist_incident(
    predictor: DossierMucPredictor,
) -> None:
    # the tagger also takes "Treasury" for a target of its own: a piece of the agents' phrase
    text = (
        "SAN SALVADOR, 12 MAY 90 -- It was also reported that three Treasury Police agents "
        "were wounded last night when urban commandos attacked them in Mejicanos."
    )
    assert _roles(predictor, text) == {}


def test_a_bare_head_noun_beside_a_fuller_target_is_its_second_mention(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "BOGOTA, 12 MAY 90 -- Rebels burned the judge's car in Cali on Friday. The gunmen had "
        "machinegunned the car before they burned it."
    )
    assert _roles(predictor, text).get("Target") == [["judge's car"]]


def test_soldiers_told_committing_a_murder_are_its_perpetrators(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- The president decided to prosecute the military men "
        "involved in the priests' murder."
    )
    assert _roles(predictor, text).get("PerpInd") == [["military men"]]


def test_troops_attacking_with_no_one_named_hit_fill_no_role(
    predictor: DossierMucPredictor,
) -> None:
    text = "SAN SALVADOR, 12 MAY 90 -- The troops resumed their attacks on Friday."
    assert _roles(predictor, text) == {}


def test_a_hyphenated_modifier_of_a_target_is_kept_whole(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "SANTIAGO, 12 MAY 90 -- Terrorists hurled incendiary bombs at the Chilean-Peruvian "
        "cultural institute on Friday."
    )
    assert _roles(predictor, text).get("Target") == [["Chilean-Peruvian cultural institute"]]


def test_a_named_perpetrator_keeps_the_role_words_before_his_name(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "SAN SALVADOR, 12 MAY 90 -- A court said that rightist leader Mario Ortega Paz planned "
        "the murder of Archbishop Luis Chavez Gonzalez."
    )
    roles = _roles(predictor, text)
    assert roles.get("PerpInd") == [["rightist leader Mario Ortega Paz"]]
    assert roles.get("Victim") == [["Luis Chavez Gonzalez"]]  # a victim's title is dropped


def test_a_group_word_after_an_organisations_name_is_no_perpetrator_individual(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "LIMA, 12 MAY 90 -- The Maoist Shining Path group bombed the Banco Popular branch in "
        "Huancayo on Friday."
    )
    roles = _roles(predictor, text)
    assert roles.get("PerpOrg") == [["Shining Path"]]
    assert "PerpInd" not in roles


def test_members_of_an_organisation_are_named_with_it(predictor: DossierMucPredictor) -> None:
    text = "BOGOTA, 12 MAY 90 -- The FARC members blew up a power pylon near Popayan on Friday."
    roles = _roles(predictor, text)
    assert roles.get("PerpOrg") == [["FARC"]]
    assert roles.get("PerpInd") == [["FARC members"]]
