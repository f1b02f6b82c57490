"""Event triggers and modality (h4, s14): towns taken ("the fall of X", "took the town of X",
armed men entering a town unopposed), forces pulling back and orders to withdraw, battles told
as where soldiers were lost, captives seized told by a pronoun, and accusations or rejections
told as descriptions (relative clauses, participles, blame for an attack),
which are no events. Each text was written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

_DAY = DateValue("2025-06-20", "day")


def _events(text: str) -> list[Event]:
    ann = annotate_text(text, _DAY)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, _DAY)


def _of(events: list[Event], type_id: str, mode: str | None = None) -> list[Event]:
    return [e for e in events if e.type == type_id and (mode is None or e.mode == mode)]


def _day(ev: Event) -> str | None:
    return ev.date.value if ev.date is not None else None


def test_fall_of_a_town_is_a_town_taken() -> None:
    text = (
        "The junta's hold on the north weakened after the fall of Lashio on 3 June 2025, "
        "when the MNDAA drove the last army units out of the city."
    )
    taken = _of(_events(text), "ASSAULT", "territory")
    assert taken, text
    assert _day(taken[0]) == "2025-06-03"
    # a place that fell to an armed group was taken; prices that fell were not
    text = "Menaka fell to the jihadists on 12 June 2025. Prices fell to a record low on 13 June."
    taken = _of(_events(text), "ASSAULT")
    assert [_day(e) for e in taken] == ["2025-06-12"], text


def test_the_town_of_a_place_taken() -> None:
    text = "Jihadist fighters took the town of Tessit, in Gao region, on 12 June 2025."
    taken = _of(_events(text), "ASSAULT", "territory")
    assert taken, text
    assert taken[0].place is not None and "Tessit" in taken[0].place.text


def test_armed_men_entering_a_town_unopposed_took_it() -> None:
    text = "On 14 June 2025 the rebels entered the centre of Kidal unopposed."
    taken = _of(_events(text), "ASSAULT", "territory")
    assert taken, text
    assert taken[0].place is not None and "Kidal" in taken[0].place.text
    # an entry and the taking it completed are one town taken, placed by the entry
    text = "Rebel fighters entered Menaka on 2 June 2025 and had taken the city by 3 June."
    taken = _of(_events(text), "ASSAULT", "territory")
    assert len(taken) == 1, text
    assert taken[0].place is not None and "Menaka" in taken[0].place.text
    # gunmen who entered a village and killed there made a raid, no town taken
    text = "Gunmen entered the village of Kidal and killed nine farmers on 13 June 2025."
    events = _events(text)
    assert _of(events, "ASSAULT"), text
    assert not _of(events, "ASSAULT", "territory"), [e.mode for e in events]


def test_units_pulling_back_is_a_withdrawal() -> None:
    text = (
        "Residents said several Chadian units pulled back from positions around Menaka "
        "on 7 June 2025, without engaging the insurgents."
    )
    out = _of(_events(text), "RETREAT", "withdraw")
    assert out, text
    assert out[0].modality == "asserted"
    assert out[0].acled_sub_event_type == "Change to group/activity"
    # troops leaving before a capture are the capture's; a party leaving talks moves no force
    text = "On 9 June 2025 militants seized Boni after army troops withdrew from the town."
    events = _events(text)
    assert _of(events, "ASSAULT", "territory"), text
    assert not _of(events, "RETREAT"), text
    text = "On 9 June 2025 the opposition coalition withdrew from the national dialogue."
    assert not _of(_events(text), "RETREAT", "withdraw"), text


def test_an_order_to_withdraw_given_is_the_event() -> None:
    text = (
        "On 2 June 2025 President Adama Barrow ordered Gambia's contingent to prepare to "
        "withdraw from the regional force."
    )
    out = _of(_events(text), "RETREAT", "withdraw")
    assert out, text
    assert out[0].modality == "asserted"
    assert _day(out[0]) == "2025-06-02"
    # an order not given, or a plan, is no withdrawal
    for text in (
        "On 2 June 2025 the defence minister did not order the troops to withdraw from Menaka.",
        "The Chadian army will withdraw its troops from Menaka next month.",
    ):
        assert not _of(_events(text), "RETREAT"), text


def test_soldiers_lost_in_fighting_is_a_battle() -> None:
    text = (
        "Niger lost 11 soldiers serving with the joint force in fighting around Tillaberi "
        "on 4 June 2025."
    )
    battles = _of(_events(text), "ASSAULT")
    assert battles, text
    assert _day(battles[0]) == "2025-06-04"


def test_captives_seized_told_by_a_pronoun() -> None:
    text = (
        "Nine teachers who had been held by the militia since 2 June 2025, when they were "
        "seized from a school bus near Kaya, were freed on 18 June."
    )
    taken = _of(_events(text), "ASSAULT", "abduct")
    assert taken, text
    assert _day(taken[0]) == "2025-06-02"


def test_accusations_told_as_descriptions_are_no_events() -> None:
    for text in (
        # a relative clause
        "On 4 June 2025 the militia attacked villagers it accused of helping the army.",
        # a participle beside the act it explains
        "On 4 June 2025 President Adama Barrow expelled the envoy, accusing him of espionage.",
        # blame for an attack told in the report: the attack's responsibility
        "A car bomb exploded in Gao on 4 June 2025. The army blamed the JNIM for the blast.",
        "On 5 June 2025 a militia spokesman accused the army of shelling the camp.",
    ):
        assert not _of(_events(text), "ACCUSE"), text
    # a dated accusation of its own, of no attack the report tells, is kept
    text = "On 5 June 2025 the interior minister accused the JNIM of war crimes in Menaka."
    assert _of(_events(text), "ACCUSE"), text


def test_a_rejection_in_a_relative_clause_is_no_event() -> None:
    text = (
        "The faction is led by Amadou Kone, who rejected the 2015 Algiers accord, and has "
        "grown since."
    )
    assert not _of(_events(text), "REJECT"), text


def test_a_defeat_by_an_armed_force_is_a_battle() -> None:
    text = "Government troops routed the ADF near Beni on 3 May 2025."
    battles = _of(_events(text), "ASSAULT")
    assert battles, text
    assert _day(battles[0]) == "2025-05-03"
    # a defeat at the polls is none
    text = "On 3 May 2025 the ruling party defeated the opposition in the local elections."
    assert not _of(_events(text), "ASSAULT"), text
