"""Event roles and tolls (roles, s16): a chain of verbs with one subject, the fighters of the
one group a paragraph or section names, attacks said to be "the work of" a group, a state's
own units, the state's forces hit through their posts and patrols, a person's age and a day's
number that are no toll, the victim of a when-clause who is no perpetrator, a deed blamed on
someone, and tolls told in verbless lines. Each text was written for this test."""

from __future__ import annotations

from report_docs import events_with_roles

from dossier.records import Event


def _assaults(text: str, day: str = "2025-06-20") -> list[tuple[Event, set[tuple[str, str]]]]:
    return events_with_roles(text, "ASSAULT", day)


def _perps(roles: set[tuple[str, str]]) -> set[str]:
    return {name for name, role in roles if role == "perpetrator"}


# ------------------------------------------------------------ a chain of verbs, one subject


def test_chain_of_three_verbs_keeps_the_killing() -> None:
    text = (
        "Al-Shabaab gunmen halted a minibus near Mandera in Kenya, ordered the passengers "
        "out and killed nine teachers."
    )
    found = _assaults(text)
    assert len(found) == 1, text
    ev, roles = found[0]
    assert "al-Shabaab" in _perps(roles)
    assert ev.fatalities is not None and ev.fatalities.best == 9
    assert ev.place is not None


def test_chain_of_four_verbs_keeps_the_abduction() -> None:
    text = (
        "ISWAP fighters blocked the highway near Monguno in Nigeria, searched two lorries, "
        "burned the cargo and seized six drivers."
    )
    found = _assaults(text)
    assert found, text
    assert any("Islamic State West Africa Province" in _perps(r) for _e, r in found)


# --------------------------------------------- fighters of the one group a paragraph names


def test_attackers_are_the_group_the_paragraph_names() -> None:
    text = (
        "Raid on Mavivi\n\n"
        "The Allied Democratic Forces have moved deeper into Beni territory in North Kivu, "
        "Congo, this year. Farmers say the group taxes the cocoa trade. Its camps sit in the "
        "forest north of the road. On Wednesday night the attackers entered Mavivi and killed "
        "seven farmers."
    )
    found = _assaults(text)
    assert found, text
    ev, roles = found[-1]
    assert "Allied Democratic Forces" in _perps(roles)


def test_militants_are_the_group_the_section_names() -> None:
    text = (
        "Sokoto update\n\n"
        "Residents of Tangaza in Sokoto state, Nigeria, said the Lakurawa group has set up "
        "camps near the border. Traders have left the area. Two schools are closed. Herders "
        "keep their cattle at home. On Saturday the militants raided the cattle market and "
        "abducted 11 herders."
    )
    found = _assaults(text)
    assert found, text
    assert any("Lakurawa" in _perps(r) for _e, r in found)


# ---------------------------------------------------------- "believed to be the work of X"


def test_both_attacks_believed_the_work_of_a_group_are_suspected() -> None:
    text = (
        "A bomb damaged a bridge near Bannang Sata in Yala, Thailand, early on Tuesday. "
        "On Sunday, gunmen shot dead a rubber farmer in Sungai Padi district of Narathiwat. "
        "No group claimed either attack. Police said they were believed to be the work of "
        "fighters from the BRN."
    )
    found = _assaults(text)
    assert len(found) == 2, text
    for ev, roles in found:
        assert "Barisan Revolusi Nasional" in _perps(roles), ev.anchor.quote
        assert ev.responsibility == "suspected"


def test_blast_was_the_handiwork_of_a_group_is_suspected() -> None:
    text = (
        "A roadside bomb struck a bus near Mandera in Kenya on Monday, killing four "
        "passengers. Officials said the blast was the handiwork of al-Shabaab."
    )
    found = _assaults(text)
    assert found, text
    ev, roles = found[0]
    assert "al-Shabaab" in _perps(roles)
    assert ev.responsibility == "suspected"


# ----------------------------------------------------------------------- a state's own units


def test_its_units_are_the_speaking_army() -> None:
    text = (
        "The Ugandan army said its units had launched an operation near Kasindi in Congo on "
        "Sunday and killed nine rebels."
    )
    found = _assaults(text)
    assert found, text
    assert any("Uganda People's Defence Force" in _perps(r) for _e, r in found)


def test_its_units_are_the_speaking_state_force() -> None:
    text = (
        "The IRGC said its units had launched an operation in the hills near Saravan in Iran "
        "on Friday and killed four militants."
    )
    found = _assaults(text)
    assert found, text
    assert any("Islamic Revolutionary Guard Corps" in _perps(r) for _e, r in found)


# ------------------------------------------------------- the state's forces hit, by country


def test_ambushed_patrol_targets_the_state_army() -> None:
    text = (
        "Somali troops have held Balcad since April. Al-Shabaab militants ambushed a patrol "
        "near Balcad in Somalia on Thursday and killed six soldiers."
    )
    found = _assaults(text)
    assert found, text
    ev, roles = found[-1]
    assert ("Somali National Army", "target") in roles


def test_attacked_checkpoint_targets_the_state_army() -> None:
    text = (
        "JNIM fighters attacked a checkpoint outside Kaya in Burkina Faso on 2 May. The "
        "Burkinabe army said the assault was repelled."
    )
    found = _assaults(text)
    assert found, text
    ev, roles = found[0]
    assert ("Armed Forces of Burkina Faso", "target") in roles


# ------------------------------------------------------- numbers that are no count of dead


def test_age_after_a_name_is_no_toll() -> None:
    text = (
        "On Monday evening, village chief Somchai Dee, 47, was killed when gunmen opened fire "
        "on his car in Raman district of Yala, police said."
    )
    found = _assaults(text)
    assert found, text
    ev, _roles = found[0]
    assert ev.fatalities is not None and ev.fatalities.best == 1


def test_age_of_a_teacher_is_no_toll() -> None:
    text = "Gunmen shot dead a village teacher, 44, in Rueso district of Narathiwat on Friday."
    found = _assaults(text)
    assert found, text
    ev, _roles = found[0]
    assert ev.fatalities is not None and ev.fatalities.best == 1


# ----------------------------------------------------- the victim is never the perpetrator


def test_victim_of_a_when_clause_is_no_perpetrator() -> None:
    text = (
        "Malee Srisuk, 36, was riding her scooter to a clinic in Rueso district when a gunman "
        "riding pillion on a second scooter shot her twice, a police officer told reporters."
    )
    for _ev, roles in _assaults(text):
        assert "Malee Srisuk" not in _perps(roles)


def test_blamed_on_names_the_accused_not_the_accuser() -> None:
    text = (
        "The group denied carrying out a bombing that killed a soldier on the Zahedan road on "
        "9 May, which Tasnim had blamed on Jaish al-Adl."
    )
    for _ev, roles in _assaults(text):
        assert "Tasnim" not in _perps(roles)


# --------------------------------------------------------------------- tolls without verbs


def test_verbless_toll_line_gives_dead_and_injured() -> None:
    text = "Mortar attack on the Bakara market in Mogadishu, Somalia: 5 dead, 17 injured."
    found = _assaults(text)
    assert found, text
    ev, _roles = found[0]
    assert ev.fatalities is not None and ev.fatalities.best == 5
    assert ev.injured is not None and ev.injured.best == 17


def test_toll_line_after_the_attack_sentence() -> None:
    text = (
        "A car bomb exploded outside a hotel in Mogadishu, Somalia, on Sunday. "
        "8 dead, 21 injured, police said."
    )
    found = _assaults(text)
    assert found, text
    ev, _roles = found[0]
    assert ev.fatalities is not None and ev.fatalities.best == 8
    assert ev.injured is not None and ev.injured.best == 21


def test_spanish_toll_line_with_injured() -> None:
    text = "A bomb exploded in a market in Cúcuta, Colombia, on Friday. Balance: 3 muertos y 9 heridos."
    found = _assaults(text)
    assert found, text
    ev, _roles = found[0]
    assert ev.fatalities is not None and ev.fatalities.best == 3
    assert ev.injured is not None and ev.injured.best == 9


def test_leaving_dead_and_injured() -> None:
    text = (
        "A suicide bomber struck a checkpoint in Bosaso, Somalia, on Monday, leaving 6 dead "
        "and 11 injured."
    )
    found = _assaults(text)
    assert found, text
    ev, _roles = found[0]
    assert ev.fatalities is not None and ev.fatalities.best == 6
    assert ev.injured is not None and ev.injured.best == 11


def test_ambush_blamed_on_a_group_names_the_group() -> None:
    text = (
        "The group denied a bombing that killed a border guard near Mirjaveh on 9 May, which "
        "IRNA had blamed on Jaish al-Adl."
    )
    for _ev, roles in _assaults(text):
        assert "IRNA" not in _perps(roles)
