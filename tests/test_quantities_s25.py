"""Quantities, round s25: people taken away by general verbs of seizing, a strength estimated
"at" a range parsed as a conjunction, and the dead of a force not summed with a bystander.

- verbs of taking people into captivity (``captive_taking_verbs``: "seized", "grabbed",
  "rounded up", "led away", "taken from", "marched into") count the people taken, as
  ``captive_holding_verbs`` do: ``kidnapped`` by gunmen, a crowd or unnamed men, ``arrested``
  by a state force; never a thing seized, a town, a plan, a transfer "to" somewhere;
- "estimates X at between 2,000 and 3,000 fighters" with the counted noun parsed as the
  conjunct of the first figure still reads X as the owner;
- "two soldiers and a civilian were killed": the soldiers' count stays two.

Short texts written for these tests (invented places, people and wordings), run through the
real pipeline.
"""

from __future__ import annotations

from test_relations import annotate_text

from dossier.extract.quantities import extract_quantities

Row = tuple[str | None, str, float | None, float | None, str]


def _rows(text: str) -> list[Row]:
    doc, actors, _places, timexes = annotate_text(text)
    names = {a.key: a.name for a in actors}
    return [
        (names.get(q.subject) if q.subject else None, q.measure, q.low, q.high, q.text)
        for q in extract_quantities(doc, actors, timexes)
    ]


def _measures(rows: list[Row]) -> list[tuple[str, float | None]]:
    return [(r[1], r[2]) for r in rows]


# -- verbs of taking people -------------------------------------------------------------------


def test_seized_person_and_others_are_all_taken() -> None:
    rows = _rows(
        "Masked gunmen seized a veterinarian and three other people near Obrava on Sunday."
    )
    assert ("kidnapped", 4.0) in _measures(rows)


def test_seized_people_alone() -> None:
    rows = _rows("Gunmen on motorbikes seized six farmers at a market in Telvin district.")
    assert ("kidnapped", 6.0) in _measures(rows)


def test_grabbed_and_others() -> None:
    rows = _rows("Raiders grabbed a schoolteacher and five others from a roadside kiosk.")
    assert ("kidnapped", 6.0) in _measures(rows)


def test_taken_from_a_vehicle_by_nobody_named() -> None:
    rows = _rows("Eleven pilgrims were taken from a lorry near Kessara on Saturday.")
    assert ("kidnapped", 11.0) in _measures(rows)


def test_marched_into_the_forest() -> None:
    rows = _rows("The militants marched at least 17 herders into the forest east of Dunmore.")
    assert ("kidnapped", 17.0) in _measures(rows)


def test_picked_up_by_men_in_plain_clothes() -> None:
    rows = _rows("Three lecturers were picked up from their homes by men in plain clothes.")
    assert ("kidnapped", 3.0) in _measures(rows)


def test_state_force_rounding_up_people_arrests_them() -> None:
    rows = _rows("Soldiers rounded up about 25 young men in the main square of Harvel.")
    assert ("arrested", 25.0) in _measures(rows)
    assert not any(r[1] in ("fighters", "kidnapped") for r in rows)


def test_police_picking_up_students_arrests_them() -> None:
    rows = _rows("Police picked up nine students from a hostel in Varnek on Tuesday.")
    assert ("arrested", 9.0) in _measures(rows)


# -- where the taking must not fire ------------------------------------------------------------


def test_seized_weapons_are_no_captives() -> None:
    rows = _rows("Troops seized 30 rifles and 900 rounds of ammunition at a farm near Pellow.")
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
    rows = _rows("The gunmen did not seize the 14 passengers, who escaped into the bush.")
    assert not any(r[1] == "kidnapped" for r in rows)


def test_taken_to_hospital_is_no_abduction() -> None:
    rows = _rows("Five patients were taken from the clinic to a hospital in Corran.")
    assert not any(r[1] == "kidnapped" for r in rows)


def test_taken_to_hospital_after_blast_is_no_abduction() -> None:
    rows = _rows("After the blast, eight wounded people were taken to hospital in Lisker.")
    assert not any(r[1] == "kidnapped" for r in rows)


def test_sweep_with_no_taker_is_not_a_kidnapping() -> None:
    rows = _rows("Forty men were rounded up in the cattle market of Brisk on Friday.")
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
        "The Sarwen People's Front (SPF) and the Northern Shield Movement (NSM) both operate in "
        "the hills. Army intelligence estimates the SPF armed wing at between 2,500 and 3,500 "
        "fighters, and an official told the press that the NSM had grown."
    )
    rows = _rows(text)
    owners = {r[0] for r in rows if r[1] == "fighters" and r[2] == 2500.0 and r[3] == 3500.0}
    assert owners == {"Sarwen People's Front"}


def test_source_estimating_is_not_the_owner() -> None:
    text = (
        "The Sarwen People's Front (SPF) has expanded. The Northern Shield Movement (NSM) "
        "estimates the SPF at between 900 and 1,100 fighters, and says its own ranks are full."
    )
    rows = _rows(text)
    owners = {r[0] for r in rows if r[1] == "fighters" and r[2] == 900.0}
    assert "Northern Shield Movement" not in owners


# -- a force's dead beside a bystander -------------------------------------------------------


def test_soldiers_and_a_civilian_are_not_summed() -> None:
    rows = _rows("Two soldiers and a civilian were killed when a mine hit their truck near Ossary.")
    assert ("killed", 2.0) in _measures(rows)
    assert ("killed", 3.0) not in _measures(rows)


def test_nurses_and_a_missionary_are_still_summed() -> None:
    rows = _rows("Two nurses and a visiting missionary were kidnapped near Belgrove on Monday.")
    assert ("kidnapped", 3.0) in _measures(rows)


def test_teacher_and_two_of_his_children() -> None:
    rows = _rows("A teacher and two of his children were abducted from their home in Fenmore.")
    assert ("kidnapped", 3.0) in _measures(rows)


# -- a state word between the verb and its object ----------------------------------------------


def test_shot_dead_before_the_counted_men() -> None:
    rows = _rows("Unknown attackers shot dead at least seven men at a tea stall in Kovar.")
    assert ("killed", 7.0) in _measures(rows)
    assert not any(r[1] == "fighters" for r in rows)


def test_shot_dead_one_person() -> None:
    rows = _rows("The raiders shot dead one farmer who refused to hand over his cattle.")
    assert ("killed", 1.0) in _measures(rows)


def test_bodies_of_people_are_the_dead() -> None:
    rows = _rows("Farmers discovered the bodies of five men in a ditch near Callow on Sunday.")
    assert ("killed", 5.0) in _measures(rows)
    assert not any(r[1] == "fighters" for r in rows)


def test_shooting_rounds_is_no_toll() -> None:
    rows = _rows("The patrol shot nine warning rounds into the air near Callow.")
    assert not any(r[1] == "killed" for r in rows)


def test_dead_animals_are_no_toll() -> None:
    rows = _rows("Herders found 30 dead cattle near the river after the raid.")
    assert not any(r[1] == "killed" for r in rows)
