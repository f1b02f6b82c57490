"""Relations, claims and quantities on the open defects left after round s9: capability
counts (munitions fired, targets struck, bases held) as quantities with their own measures,
and control stated by "dominated by", "under the sway of" and "holds sway over".

Short texts written for these tests, run through the real pipeline; each construction has a
negative or a contrast beside it.
"""

from __future__ import annotations

from test_quantities import quantities_of
from test_relations import relations_of, triples

# -- capability counts ---------------------------------------------------------------------------


def _measures(text: str) -> list[tuple[str | None, str, float | None, float | None]]:
    return [(q.subject, q.measure, q.low, q.high) for q in quantities_of(text)]


def test_munitions_fired_are_counted_for_the_force_that_fired_them() -> None:
    text = "Since January the Houthis have launched 180 missiles at shipping in the Gulf of Aden."
    assert _measures(text) == [("houthis", "munitions_fired", 180.0, 180.0)]
    # one salvo belongs to its event
    assert _measures("The Houthis launched 18 missiles at a tanker on Friday.") == []
    # weapons that acted ("two drones struck") are neither fired nor held
    assert _measures("Two drones struck the airport in Port Sudan on Friday.") == []


def test_weapons_held_stay_weapons() -> None:
    got = _measures("Al-Shabaab is thought to have about 300 mortars in its arsenal.")
    assert [m for _s, m, _l, _h in got] == ["weapons"]


def test_targets_struck_belong_to_the_striker_not_the_owner() -> None:
    got = _measures("Turkish warplanes destroyed 25 PKK shelters in northern Iraq on Sunday.")
    assert [(m, lo) for _s, m, lo, _h in got] == [("targets_struck", 25.0)]
    assert got[0][0] != "pkk"
    passive = _measures("About 40 ISWAP hideouts were bombed by the Nigerian Air Force in May.")
    assert [(m, lo) for _s, m, lo, _h in passive] == [("targets_struck", 40.0)]
    assert passive[0][0] != "iswap"


def test_bases_held_are_counted_but_not_bare_positions() -> None:
    got = _measures("Boko Haram maintains at least 15 camps in the Sambisa forest.")
    assert got == [("boko_haram", "bases", 15.0, None)]
    got = _measures("Ethiopian troops have established 25 positions along the Somali border.")
    assert [(m, lo) for _s, m, lo, _h in got] == [("bases", 25.0)]
    # a verb that neither strikes nor holds: no capability count
    assert _measures("The convoy passed 15 checkpoints on the road to Gao.") == []


# -- control: dominated by, under the sway of, holds sway over ---------------------------------


def test_sway_and_domination_are_control() -> None:
    got = triples(relations_of("Al-Shabaab holds sway over much of southern Somalia."))
    assert ("al_shabaab", "controls", "Somalia") in got
    got = triples(relations_of("Lower Shabelle remains under the sway of al-Shabaab, elders say."))
    assert ("al_shabaab", "controls", "Lower Shabelle") in got
    got = triples(relations_of("The city of Kismayo is dominated by Ras Kamboni fighters."))
    assert any(p == "controls" and o == "Kismayo" for _s, p, o in got)


def test_dominated_in_a_place_by_a_party() -> None:
    text = (
        "The regional council, dominated in Sulaymaniyah by the Patriotic Union of Kurdistan, met."
    )
    got = triples(relations_of(text))
    assert any(p == "controls" and o == "Sulaymaniyah" for _s, p, o in got)


def test_domination_of_no_place_is_no_control() -> None:
    got = triples(relations_of("Hezbollah dominated the Lebanese cabinet for a decade."))
    assert not any(p == "controls" for _s, p, _o in got)


# -- "the group" names an armed group, not the organisation beside it ------------------------


def test_the_group_is_the_armed_group_not_the_monitoring_body() -> None:
    text = (
        "The Panel of Experts was told by one Member State that ISWAP retains about 5,000 "
        "fighters near Lake Chad. Other Member States assess that the group is allied with "
        "the Islamic State."
    )
    got = {(s, o) for s, p, o in triples(relations_of(text)) if p == "allied_with"}
    assert got == {("iswap", "isis")}
