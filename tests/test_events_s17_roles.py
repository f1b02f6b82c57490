"""Generic event parties resolved across the report (s17, event_reference): "insurgents",
"the militants", "security forces", "troops" as the one actor the report means, in every
role, and the cases where no one such actor stands out. Each text was written for this
test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

_DATE = DateValue("2025-06-18", "day")


def _events(text: str) -> tuple[list[Event], dict[str, str]]:
    ann = annotate_text(text, _DATE)
    names = {a.key: a.name for a in ann.actors}
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, _DATE), names


def _roles(text: str, words: str) -> set[tuple[str, str]]:
    events, names = _events(text)
    [ev] = [e for e in events if words in e.anchor.quote]
    return {(names.get(a.actor, a.actor), a.role) for a in ev.actors}


def test_bare_insurgents_are_the_one_group_named_before_in_the_report() -> None:
    text = (
        "Boko Haram has grown stronger around the shores of Lake Chad this year.\n\n"
        "On 4 June 2025, insurgents raided the village of Malam Fatori in Borno State, "
        "burning the market and killing nine fishermen."
    )
    roles = _roles(text, "raided")
    assert ("Boko Haram", "perpetrator") in roles


def test_two_groups_named_before_leave_the_insurgents_unresolved() -> None:
    text = (
        "Boko Haram and the Islamic State West Africa Province both recruit around Lake "
        "Chad.\n\n"
        "On 4 June 2025, insurgents raided the village of Malam Fatori in Borno State, "
        "killing nine fishermen."
    )
    roles = _roles(text, "raided")
    assert not any(r == "perpetrator" for _a, r in roles)


def test_rival_militants_are_not_the_report_group() -> None:
    text = (
        "Al-Shabaab has tightened its hold on the Middle Shabelle region.\n\n"
        "On 2 June 2025, rival militants ambushed a truck near Jowhar, Somalia, killing "
        "three drivers."
    )
    roles = _roles(text, "ambushed")
    assert not any(a == "al-Shabaab" for a, _r in roles)


def test_security_forces_are_the_army_of_the_country_of_the_event() -> None:
    text = (
        "The Nigerien army said on Monday that it had reinforced its posts along the "
        "border with Mali. On 12 June 2025, security forces arrested seven men in Ayorou, "
        "Niger, accused of smuggling fuel, a police source said."
    )
    roles = _roles(text, "arrested")
    assert any(r == "initiator" and "Niger" in a for a, r in roles)


def test_the_insurgents_hit_by_troops_are_a_target_never_a_perpetrator() -> None:
    text = (
        "Ansar al-Sunna fighters burned two churches in Cabo Delgado in May.\n\n"
        "On 9 June 2025, Mozambican troops shelled the insurgents near Macomia, "
        "Mozambique, the army said."
    )
    roles = _roles(text, "shelled")
    group = [a for a, r in roles if r == "target"]
    assert group, roles
    assert not any(a in group for a, r in roles if r == "perpetrator")


def test_soldiers_a_state_deploys_are_its_own_not_an_opponent() -> None:
    text = (
        "Al-Shabaab fighters attacked a base near Baidoa in May.\n\n"
        "Kenya deployed 400 more soldiers to the Gedo region of Somalia on 3 June 2025."
    )
    events, names = _events(text)
    deployed = [ev for ev in events if "deployed" in ev.anchor.quote]
    assert deployed, [ev.anchor.quote for ev in events]
    for ev in deployed:
        assert any(a.role == "initiator" for a in ev.actors), ev.actors
        assert not any(
            a.role in {"target", "victim"} and "Shabaab" in names.get(a.actor, "")
            for a in ev.actors
        )


def test_a_gendarmerie_post_is_the_national_force_where_no_police_is_named() -> None:
    text = (
        "Cameroon's army said troops of the Rapid Intervention Battalion had searched "
        "villages near Bamenda in May.\n\n"
        "On 8 June 2025, fighters of the Ambazonia Defence Forces attacked a gendarmerie "
        "post in Bali, Cameroon, killing a gendarme."
    )
    roles = _roles(text, "gendarmerie post")
    assert any(r == "target" and "Cameroon" in a for a, r in roles), roles


def test_who_repelled_the_attack_was_its_target() -> None:
    text = (
        "On 14 June 2025, fighters of the Rapid Support Forces attacked the eastern "
        "districts of El Obeid, Sudan. The assault was repelled after a long battle by the "
        "Sudanese Armed Forces and local militias."
    )
    events, names = _events(text)
    roles = {
        (names.get(a.actor, a.actor), a.role)
        for e in events
        if e.type == "ASSAULT"
        for a in e.actors
    }
    assert ("Sudanese Armed Forces", "target") in roles
    assert ("Sudanese Armed Forces", "perpetrator") not in roles


def test_an_arrest_the_police_report_is_the_police_arrest() -> None:
    text = (
        "A leader of a separatist movement, Paul Ekema, was arrested in Bergen, Norway, on "
        "10 June 2025 on suspicion of financing attacks, Norwegian police said."
    )
    roles = _roles(text, "arrested")
    assert any(r == "initiator" and "Norwegian police" in a for a, r in roles), roles


def test_deaths_the_army_reports_among_its_own_are_not_its_deed() -> None:
    text = (
        "Three soldiers were killed near Menji, Cameroon, on 3 June 2025, the Cameroonian "
        "army said."
    )
    roles = _roles(text, "killed")
    # the soldiers are the event's (their force hit), never its doers
    assert any(r in {"target", "victim"} for _a, r in roles), roles
    assert not any(r == "perpetrator" for _a, r in roles), roles


def test_shells_fired_from_a_group_positions_are_that_group_attack() -> None:
    text = (
        "On 2 June 2025, artillery rounds fell on a displacement camp near Tawila, Sudan, "
        "killing six people. Witnesses said the shells were fired from RSF positions east "
        "of the camp."
    )
    events, names = _events(text)
    roles = {
        (names.get(a.actor, a.actor), a.role)
        for e in events
        if e.type == "ASSAULT"
        for a in e.actors
    }
    assert ("Rapid Support Forces", "perpetrator") in roles, roles


def test_people_taken_from_a_group_area_were_not_taken_by_that_group() -> None:
    text = (
        "On 5 June 2025, unidentified men abducted two aid workers from al-Shabaab areas "
        "near Baidoa, Somalia, elders said."
    )
    events, names = _events(text)
    [ev] = [e for e in events if "abducted" in e.anchor.quote]
    # the abduction is found, and the place taken from names no one who took them
    assert ev.type == "ASSAULT" and ev.mode == "abduct", (ev.type, ev.mode)
    roles = {(names.get(a.actor, a.actor), a.role) for a in ev.actors}
    assert not any(r == "perpetrator" and "Shabaab" in a for a, r in roles), roles


def test_who_is_quoted_in_a_released_video_released_it() -> None:
    text = (
        "Al-Shabaab has stepped up attacks around Mogadishu this year. On 12 June 2025, an "
        "al-Shabaab commander was quoted in a video circulated on Telegram threatening "
        "further attacks on the capital."
    )
    events, names = _events(text)
    [video] = [e for e in events if e.type == "PROPAGANDA"]
    assert any(
        a.role == "initiator" and "Shabaab" in names.get(a.actor, "") for a in video.actors
    ), video.actors
