"""Who acted and who was hit (h3, s13): reduced passives in timelines and headlines ("convoy
of the governor ambushed near X"), the victim of an event noun whose "of" phrase follows a
dated time of day, a convoy's owner as the target, and actors named in a place phrase after
what was hit. Each text was written for this test."""

from __future__ import annotations

from report_docs import events_with_roles

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event


def _attacks(text: str) -> list[tuple[Event, set[tuple[str, str]]]]:
    return events_with_roles(text, "ASSAULT")


def test_timeline_person_killed_is_the_victim() -> None:
    text = (
        "Timeline of the crisis:\n"
        "- 4 June — Yusuf Garba Idris killed at a checkpoint in Kaduna; soldiers seal off "
        "the market overnight.\n"
    )
    found = _attacks(text)
    assert found, text
    _ev, roles = found[0]
    assert ("Yusuf Garba Idris", "perpetrator") not in roles
    assert ("Yusuf Garba Idris", "victim") in roles


def test_timeline_convoy_ambushed_is_the_target() -> None:
    text = (
        "Key incidents:\n"
        "- 2 May 2025: armoured convoy of Governor Dauda Lawal ambushed near Tsafe, "
        "Zamfara state; three escorts injured.\n"
    )
    found = _attacks(text)
    assert found, text
    _ev, roles = found[0]
    assert not any(r == "perpetrator" for _n, r in roles)
    assert ("Dauda Lawal", "target") in roles


def test_gunmen_who_ambushed_and_killed_keep_their_role() -> None:
    # a verb whose object the parser gave to the joined verb is no reduced passive
    text = "On 3 May, Boko Haram fighters ambushed and killed four soldiers near Damboa."
    found = _attacks(text)
    assert found, text
    assert any(("Boko Haram", "perpetrator") in roles for _e, roles in found)


def test_killing_on_the_night_of_a_day_of_a_person() -> None:
    text = (
        "Violence spread after the killing on the night of 12 March of Khalid Mansour, "
        "a commander of the Nawasi Brigade, inside a barracks in Tajoura."
    )
    found = _attacks(text)
    assert found, text
    _ev, roles = found[0]
    assert ("Khalid Mansour", "victim") in roles


def test_convoy_owner_is_the_target_not_a_victim() -> None:
    text = (
        "On 5 May, gunmen ambushed the convoy of Governor Dauda Lawal near Tsafe in Zamfara state."
    )
    found = _attacks(text)
    assert found, text
    _ev, roles = found[0]
    assert ("Dauda Lawal", "target") in roles
    assert ("Dauda Lawal", "victim") not in roles


def test_owner_of_a_place_near_what_was_hit_is_no_target() -> None:
    text = "On 12 May, gunmen ambushed a supply convoy on the outskirts of a Nawasi Brigade camp in Tajoura."
    found = _attacks(text)
    assert found, text
    _ev, roles = found[0]
    assert ("Nawasi Brigade", "target") not in roles


def test_actor_in_a_place_phrase_of_the_object_is_no_target() -> None:
    text = (
        "On 12 May, gunmen shot dead a shopkeeper from the market beside the Nawasi Brigade "
        "headquarters in Tajoura."
    )
    found = _attacks(text)
    assert found, text
    _ev, roles = found[0]
    assert ("Nawasi Brigade", "target") not in roles


def test_a_name_said_again_before_a_unit_noun_is_that_actor() -> None:
    text = (
        "Fighting pitted the Nawasi Brigade against the Public Security Apparatus — Zintani — "
        "near the airport. Zintani denied the claim. On 18 May, Zintani units detained some 40 "
        "migrants in raids on Janzour."
    )
    d = DateValue("2025-06-20", "day")
    ann = annotate_text(text, d)
    names = {a.key: a.name for a in ann.actors}
    found = extract_events(ann.doc, ann.actors, ann.places, ann.timexes, d)
    arrests = [e for e in found if e.type == "ARREST"]
    assert arrests
    assert ("Zintani", "initiator") in {(names.get(a.actor), a.role) for a in arrests[0].actors}


def test_fighting_that_broke_out_between_two_sides_names_both() -> None:
    text = (
        "On 9 May, heavy fighting broke out between the Nawasi Brigade and the Tajoura "
        "Revolutionaries Brigade near the port."
    )
    found = _attacks(text)
    assert found, text
    names = {n for _e, roles in found for n, _r in roles}
    assert {"Nawasi Brigade", "Tajoura Revolutionaries Brigade"} <= names


def test_killing_on_the_evening_of_a_day_names_the_victim() -> None:
    text = (
        "Unrest followed the killing on the evening of 3 April of Abdelrahim al-Warfalli, "
        'better known as "Kaniyat", the commander of the Tarhuna Protection Force (TPF), at '
        "his farm near Tarhuna. Al-Warfalli had survived two earlier attacks."
    )
    found = _attacks(text)
    assert found, text
    assert any(r == "victim" for _e, roles in found for _n, r in roles)


def test_muc_assassins_of_a_named_person() -> None:
    from dossier.eval.muc4_dossier import DossierMucPredictor

    text = (
        "Hundreds of students marched in the capital on Friday. Their leaders called on the "
        "courts to punish the assassins of Monsignor Arturo Benitez Lara."
    )
    roles = DossierMucPredictor()("DEV-TEST-0001", text)
    assert ["assassins"] in roles["PerpInd"]
    assert any("benitez" in m[0].lower() for m in roles["Victim"])


def test_muc_killers_of_a_commander_are_no_terrorists() -> None:
    from dossier.eval.muc4_dossier import DossierMucPredictor

    text = (
        "Police presented to reporters two of the presumed killers of rebel commander "
        "Julio Cesar Montoya."
    )
    roles = DossierMucPredictor()("DEV-TEST-0002", text)
    assert not any("killers" in m[0] for m in roles["PerpInd"])


def test_the_attack_attributed_after_details_is_the_dated_attack() -> None:
    text = (
        "REYNOSA, Tamaulipas — Gunmen using pickup trucks fitted with machine guns ambushed "
        "a convoy of state police on Thursday on the highway between Nuevo Progreso and Rio "
        "Bravo, east of Reynosa, in one of the worst attacks on police this year.\n\n"
        "The state prosecutor said five officers were killed. The Defense Ministry said in a "
        "statement that four police and three of the attackers died, and that soldiers who "
        'came as reinforcements "repelled the aggression." Neither explained the difference.'
        "\n\n"
        "According to an official who asked not to be named, the gunmen first blocked the "
        "highway with a burning bus and then fired from the hills, each pickup spraying the "
        "convoy before driving off. Interior Ministry officials attributed the attack to a "
        "cell of the Gulf Cartel.\n"
    )
    found = _attacks(text)
    assert found, text
    dated = [(e, roles) for e, roles in found if e.date is not None]
    assert dated
    assert ("Gulf Cartel", "perpetrator") in dated[0][1]
