"""Perpetrators named in accusation and investigation narratives: a subjectless passive
("removed after being accused of ordering the murder"), "charged in the murder", an arrest
whose charge the parser hangs on the last suspect, "responsible for the crime" standing for
the attack just told, commanders of a unit named in an "of" phrase; and the MUC-4 convention
of keeping a perpetrator's military rank. Each text was written for this test."""

from __future__ import annotations

from tests.test_events_s10a import _muc, _perps


def test_a_subjectless_passive_accusation_names_the_clause_subject() -> None:
    text = (
        "Unknown gunmen shot dead two prosecutors in Pereira on Sunday. Major Luis Andrade "
        "Vela was relieved of his command after being accused of ordering the killing."
    )
    assert any("Andrade Vela" in p for p in _perps(text))


def test_an_accused_officer_in_an_apposition_is_a_perpetrator() -> None:
    text = (
        "Unknown gunmen shot dead two prosecutors in Pereira on Sunday. The new commander "
        "replaces Major Luis Andrade Vela, relieved of his command after being accused of "
        "ordering the killing."
    )
    assert any("Andrade Vela" in p for p in _perps(text))


def test_charged_in_the_murder_makes_suspects() -> None:
    text = (
        "A trade unionist was murdered in Medellin on Tuesday. Three policemen were charged "
        "in the murder."
    )
    assert "Three policemen" in _perps(text)


def test_the_charge_hung_on_the_last_of_the_arrested() -> None:
    text = (
        "The government announced the arrest of twelve policemen and three sergeants for "
        "killing four students in Tegucigalpa on 3 May."
    )
    perps = _perps(text)
    assert "twelve policemen" in perps
    assert "three sergeants" in perps


def test_responsible_for_the_crime_concerns_the_attack_just_told() -> None:
    text = (
        "A bomb exploded outside the electoral office in Trujillo on Friday, killing a guard. "
        "The prosecutor said the Red Dawn Front was responsible for the crime."
    )
    assert any("Red Dawn Front" in p for p in _perps(text))


def test_the_commander_of_a_unit_named_in_an_of_phrase_acted_too() -> None:
    text = (
        "On 2 March, troops of the 3rd artillery brigade commanded by Captain Ernesto Salas "
        "shot dead the farmer Tomas Rivas near Chalatenango."
    )
    assert any("Ernesto Salas" in p for p in _perps(text))


def test_muc_keeps_a_perpetrators_military_rank() -> None:
    text = (
        "On 2 March, troops of the 3rd artillery brigade commanded by Captain Ernesto Salas "
        "shot dead the farmer Tomas Rivas near Chalatenango."
    )
    assert "captain ernesto salas" in [m.lower() for m in _muc(text)["PerpInd"]]


def test_muc_names_arrested_lieutenants_as_individuals() -> None:
    text = (
        "Two prosecutors were shot dead in Pereira on Sunday. The police arrested two "
        "lieutenants and a sergeant for the killing."
    )
    perps = _muc(text)["PerpInd"]
    assert "two lieutenants" in perps
    assert "sergeant" in perps


def test_linked_to_the_assassination_names_a_suspect() -> None:
    text = (
        "A town councillor was shot dead in Huancayo on Monday. The police chief linked the "
        "Red Dawn Front to the assassination."
    )
    assert any("Red Dawn Front" in p for p in _perps(text))


def test_the_responsibility_of_a_group_in_an_attack_names_it() -> None:
    text = (
        "A town councillor was shot dead in Huancayo on Monday. The prosecutors established "
        "the responsibility of the Red Dawn Front in the assassination."
    )
    assert any("Red Dawn Front" in p for p in _perps(text))


def test_a_groups_involvement_names_it_without_the_possessive() -> None:
    text = (
        "A town councillor was shot dead in Huancayo on Monday. The prosecutor confirmed the "
        "Red Dawn Front's involvement in the assassination."
    )
    assert "the Red Dawn Front" in _muc(text)["PerpOrg"]


def test_responsible_for_the_death_of_the_victims_names_the_killer() -> None:
    text = (
        "Four nuns were shot dead in Zacapa on 9 June. The weekly said Major Rafael Cuellar "
        "Soto was responsible for the death of the nuns."
    )
    assert any("Cuellar Soto" in p for p in _perps(text))


def test_a_relative_clause_charge_names_its_antecedent() -> None:
    text = (
        "Four nuns were shot dead in Zacapa on 9 June. Major Rafael Cuellar Soto, who is "
        "charged with the deaths, remains in a military prison."
    )
    assert any("Cuellar Soto" in p for p in _perps(text))


def test_a_link_to_another_victims_death_is_not_the_attack_just_told() -> None:
    # fails if a statement naming another victim is put on the last attack told
    text = (
        "The mayor Jorge Pardo was shot dead in Cali on Friday. Police said Carlos Mejia "
        "was linked to the death of Luis Gomez in March."
    )
    assert not any("Carlos Mejia" in p for p in _perps(text))
