"""Mentions of one incident told in several sentences ("the base", "the attack"), tolls told
after the event ("sources report at least N killed; other sources put the toll above M"),
the by-phrase of an attack noun, a list item's incident apart from a summary sentence, media
releases dated "the following day", and claims published by a group's outlet. Each text was
written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event


def _events(text: str, day: str = "2025-03-12") -> list[Event]:
    d = DateValue(day, "day")
    ann = annotate_text(text, d)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, d)


def _attacks(text: str, day: str = "2025-03-12") -> list[Event]:
    return [e for e in _events(text, day) if e.type == "ASSAULT"]


def _roles(ev: Event) -> set[tuple[str, str]]:
    return {(a.actor, a.role) for a in ev.actors}


def _toll(ev: Event) -> tuple[int | None, int | None, int | None] | None:
    f = ev.fatalities
    return None if f is None else (f.low, f.best, f.high)


def test_the_base_and_the_attack_told_after_are_the_same_incident() -> None:
    [ev] = _attacks(
        "Al-Shabaab fighters overran a Somali army base in Lower Juba on Monday, killing 14 "
        "soldiers. The militants detonated a car bomb at the base in Afmadow before storming "
        "it. Defence Minister Ahmed Nur said the army repelled the attack, killing dozens of "
        "militants."
    )
    assert ev.weapon == "car bomb"
    assert ev.date is not None and ev.date.value == "2025-03-10"
    assert ("al_shabaab", "perpetrator") in _roles(ev)
    assert ("somali_national_army", "perpetrator") not in _roles(ev)
    # the army's count of the attackers it killed is its claim, not the attack's toll
    assert _toll(ev) is not None and _toll(ev)[:2] == (14, 14)


def test_a_follow_up_toll_and_another_source_s_higher_figure() -> None:
    [ev] = _attacks(
        "Militants attacked the military camp at Tillaberi on Friday. Medical staff at the "
        "district clinic report at least 30 soldiers killed; other sources put the toll above 60."
    )
    assert _toll(ev) == (30, 30, 60)


def test_a_counted_phrase_before_killed_is_the_toll_however_it_is_parsed() -> None:
    [ev] = _attacks(
        "JNIM fighters attacked the army outpost and the VDP camp at Dori on 8 March. Sources "
        "at the provincial hospital report at least 40 soldiers and VDP killed; other sources "
        "put the toll above 90."
    )
    assert _toll(ev) == (40, 40, 90)


def test_the_by_phrase_of_an_attack_noun_is_its_perpetrator() -> None:
    [ev] = _attacks(
        "On 10 March, drone strikes by the Malian air force hit a wedding near Douentza. "
        "Residents report dozens of civilians killed."
    )
    assert ("fama", "perpetrator") in _roles(ev)
    assert _toll(ev) == (12, 12, None)  # "dozens": ACLED's 12


def test_a_list_item_s_incident_takes_no_party_from_a_summary() -> None:
    events = _attacks(
        "French warships struck Houthi positions in March.\n"
        "- 9 March 2025 — A tanker was hit by a missile; three crew were injured.\n"
        "- 11 March 2025 — Houthi drones attacked a cargo ship near Aden.\n",
        "2025-03-20",
    )
    [tanker] = [e for e in events if "tanker" in e.anchor.quote]
    assert not {a for a, r in _roles(tanker) if r == "perpetrator"}
    assert tanker.date is not None and tanker.date.value == "2025-03-09"


def test_a_claim_through_an_outlet_the_following_day_is_a_media_release() -> None:
    events = _events(
        "Insurgents beheaded five villagers in Nangade on Saturday 12 April. The Islamic State "
        "claimed the raid the following day through its Amaq news agency, publishing "
        "photographs of the bodies.",
        "2025-04-20",
    )
    [release] = [e for e in events if e.type == "PROPAGANDA"]
    assert release.date is not None and release.date.value == "2025-04-13"


def test_a_claim_published_by_a_group_gives_a_claimed_toll() -> None:
    [ev] = _attacks(
        "A claim posted by the Islamic State on its Telegram channel on Tuesday said its "
        "fighters had killed 9 soldiers near Palmyra.",
        "2025-01-20",
    )
    assert _toll(ev) == (None, None, 9)
