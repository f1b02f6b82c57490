"""Quantities, round s25: people taken away by general verbs of seizing, a strength estimated
"at" a range parsed as a conjunction, and the dead of a force not summed with a bystander.

- verbs of taking people into captivity (``captive_taking_verbs``: "seized", "grabbed",
  "rounded up", "led away", "taken from", "marched into") count the people taken, as
  ``captive_holding_verbs`` do: ``kidnapped`` by gunmen, a crowd or unnamed men, ``arrested``
  by a state force; never a thing seized, a town, a plan, a transfer "to" somewhere;
- "estimates X at between A and B fighters" with the counted noun parsed as the
  conjunct of the first figure still reads X as the owner;
- a force's dead listed beside a bystander ("N gendarmes and a shepherd were killed"): the
  force's count stays N.

Short texts written for these tests (invented places, people and wordings), run through the
real pipeline.
"""

from __future__ import annotations

from quantity_helpers import measures as _measures
from quantity_helpers import quantity_rows as _rows

# -- verbs of taking people -------------------------------------------------------------------


def test_seized_person_and_others_are_all_taken() -> None:
    rows = _rows(
        "On Thursday armed men seized a pharmacist and three other people outside the quarry at "
        "Villa Ostuna."
    )
    assert ("kidnapped", 4.0) in _measures(rows)


def test_seized_people_alone() -> None:
    rows = _rows("On the road out of Rocagua, gunmen seized six villagers late on Friday.")
    assert ("kidnapped", 6.0) in _measures(rows)


def test_grabbed_and_others() -> None:
    rows = _rows(
        "Outside a petrol station in Saltira, bandits grabbed a mechanic and five other people."
    )
    assert ("kidnapped", 6.0) in _measures(rows)


def test_taken_from_a_vehicle_by_nobody_named() -> None:
    rows = _rows(
        "At a checkpoint outside Jorvala, eleven miners were taken from a pickup truck on Wednesday."
    )
    assert ("kidnapped", 11.0) in _measures(rows)


def test_marched_into_the_mountains() -> None:
    rows = _rows(
        "Bandits marched 17 villagers into the mountains after burning the sawmill at Pradella."
    )
    assert ("kidnapped", 17.0) in _measures(rows)


def test_picked_up_by_unidentified_men() -> None:
    rows = _rows(
        "Unidentified men in a white van picked up three journalists outside the press club in Morvasa."
    )
    assert ("kidnapped", 3.0) in _measures(rows)


def test_state_force_rounding_up_people_arrests_them() -> None:
    rows = _rows(
        "During a dawn sweep of the bus station in Qaral, troops rounded up about 25 youths."
    )
    assert ("arrested", 25.0) in _measures(rows)
    assert not any(r[1] in ("fighters", "kidnapped") for r in rows)


def test_police_picking_up_teachers_arrests_them() -> None:
    rows = _rows("Officers of the national police picked up nine teachers at a rally in Selvino.")
    assert ("arrested", 9.0) in _measures(rows)


# -- where the taking must not fire ------------------------------------------------------------


def test_seized_weapons_are_no_captives() -> None:
    rows = _rows(
        "Customs officers seized 12 pistols and four grenades hidden in a lorry at the Velika crossing."
    )
    assert not any(r[1] in ("kidnapped", "arrested") for r in rows)


def test_seized_towns_are_no_captives() -> None:
    rows = _rows("The insurgents seized four villages along the Tarrow river last month.")
    assert not any(r[1] in ("kidnapped", "arrested") for r in rows)


def test_threat_to_seize_is_no_taking() -> None:
    rows = _rows("The rebels threatened to seize 20 aid workers if the talks failed.")
    assert not any(r[1] == "kidnapped" for r in rows)


def test_plan_to_grab_is_no_taking() -> None:
    rows = _rows("Investigators said the cell had planned to grab 12 tourists at the resort.")
    assert not any(r[1] == "kidnapped" for r in rows)


def test_negated_seizure_is_no_taking() -> None:
    rows = _rows(
        "The pirates did not seize the 14 crew members, who had hidden in the engine room."
    )
    assert not any(r[1] == "kidnapped" for r in rows)


def test_taken_to_hospital_is_no_abduction() -> None:
    rows = _rows("Five patients were taken from the clinic to a hospital in Corran.")
    assert not any(r[1] == "kidnapped" for r in rows)


def test_taken_to_hospital_after_blast_is_no_abduction() -> None:
    rows = _rows("After the blast, eight wounded people were taken to hospital in Lisker.")
    assert not any(r[1] == "kidnapped" for r in rows)


def test_sweep_with_no_taker_is_not_a_kidnapping() -> None:
    rows = _rows(
        "About forty traders were rounded up at the fish market in Porto Salva during the night."
    )
    assert not any(r[1] == "kidnapped" for r in rows)


def test_commander_taking_his_fighters_to_the_front() -> None:
    rows = _rows("The commander took 200 fighters to the front line near Ostrel.")
    assert not any(r[1] in ("kidnapped", "arrested") for r in rows)


def test_picking_up_supplies_is_no_taking() -> None:
    rows = _rows("Drivers picked up 40 tonnes of grain from the depot in Marrow.")
    assert not any(r[1] in ("kidnapped", "arrested") for r in rows)


# -- a strength estimated at a range ---------------------------------------------------------


def test_estimated_at_range_with_second_clause_naming_another_group() -> None:
    text = (
        "The Cordillera Liberation Army (CLA) and the Popular Defence Committees (PDC) are active "
        "along the southern border. A defence ministry report estimates the CLA guerrilla column "
        "at between 2,500 and 3,500 fighters, while diplomats say the PDC is recruiting."
    )
    rows = _rows(text)
    owners = {r[0] for r in rows if r[1] == "fighters" and r[2] == 2500.0 and r[3] == 3500.0}
    assert owners == {"Cordillera Liberation Army"}


def test_source_estimating_is_not_the_owner() -> None:
    text = (
        "The Cordillera Liberation Army (CLA) is recruiting again. The Popular Defence Committees "
        "(PDC), which estimate the CLA at between 900 and 1,100 fighters, deny losing men."
    )
    rows = _rows(text)
    owners = {r[0] for r in rows if r[1] == "fighters" and r[2] == 900.0}
    assert "Popular Defence Committees" not in owners


# -- a force's dead beside a bystander -------------------------------------------------------


def test_gendarmes_and_a_shepherd_are_not_summed() -> None:
    rows = _rows(
        "Three gendarmes and a shepherd were killed in an ambush on the ridge road above Tiravel."
    )
    assert ("killed", 3.0) in _measures(rows)
    assert ("killed", 4.0) not in _measures(rows)


def test_volunteers_and_a_driver_are_still_summed() -> None:
    rows = _rows(
        "Two aid volunteers and a local driver were abducted at a roadblock outside Merrin on Monday."
    )
    assert ("kidnapped", 3.0) in _measures(rows)


def test_teacher_and_two_of_his_children() -> None:
    rows = _rows("A teacher and two of his children were abducted from their home in Fenmore.")
    assert ("kidnapped", 3.0) in _measures(rows)


# -- a state word between the verb and its object ----------------------------------------------


def test_shot_dead_before_the_counted_men() -> None:
    rows = _rows(
        "Late on Sunday a gang on motorcycles shot dead seven men in the old bazaar of Pelagonia."
    )
    assert ("killed", 7.0) in _measures(rows)
    assert not any(r[1] == "fighters" for r in rows)


def test_shot_dead_one_person() -> None:
    rows = _rows("A border guard shot dead one villager near the fence at Dravik.")
    assert ("killed", 1.0) in _measures(rows)


def test_bodies_of_people_are_the_dead() -> None:
    rows = _rows(
        "Fishermen recovered the bodies of five men from the river below the dam at Istrava."
    )
    assert ("killed", 5.0) in _measures(rows)
    assert not any(r[1] == "fighters" for r in rows)


def test_shooting_rounds_is_no_toll() -> None:
    rows = _rows("The patrol shot nine warning rounds into the air near Callow.")
    assert not any(r[1] == "killed" for r in rows)


def test_dead_animals_are_no_toll() -> None:
    rows = _rows("Herders found 30 dead cattle near the river after the raid.")
    assert not any(r[1] == "killed" for r in rows)
