"""Unnamed armed collectives ("gunmen", "armed bandits", "gangs") as unidentified groups of
their country, as ACLED records them ("Unidentified Armed Group (Nigeria)"); named groups,
civilians and state forces stay what they are. Each text was written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import Settings, ingest, open_store
from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import Actor, DateValue, Event

REPORT_DATE = DateValue("2024-10-14", "day")


def _annotate(text: str) -> tuple[tuple[Actor, ...], list[Event]]:
    ann = annotate_text(text, REPORT_DATE)
    return ann.actors, extract_events(ann.doc, ann.actors, ann.places, ann.timexes, REPORT_DATE)


def _unidentified(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    return {a.key: a for a in actors if a.key.startswith("new:unidentified-")}


def test_gunmen_are_an_unidentified_armed_group_of_the_country_and_the_perpetrator() -> None:
    actors, events = _annotate(
        "Gunmen killed 12 villagers in Zamfara State on Monday, police said. Residents blamed "
        "the attack on bandits."
    )
    group = _unidentified(actors)["new:unidentified-armed-group-nigeria"]
    assert group.name == "Unidentified Armed Group (Nigeria)"
    assert group.type == "armed_group" and group.country == "NG"
    assert [m.text for m in group.mentions] == ["Gunmen", "bandits"]
    # no generic names: "gunmen" would merge the groups of two countries in the store
    assert group.aliases == ()
    [attack] = [e for e in events if e.type == "ASSAULT"]
    assert ("new:unidentified-armed-group-nigeria", "perpetrator") in {
        (a.actor, a.role) for a in attack.actors
    }


@pytest.mark.parametrize(
    ("text", "key", "mention"),
    [
        (
            "Armed bandits abducted 30 students in Kebbi State on Sunday.",
            "new:unidentified-armed-group-nigeria",
            "Armed bandits",
        ),
        (
            "Gangs set fire to homes in Croix-des-Bouquets, Haiti, on Tuesday.",
            "new:unidentified-gang-haiti",
            "Gangs",
        ),
        (
            "Unknown gunmen shot dead a village chief near Bunia on Friday.",
            "new:unidentified-armed-group-democratic-republic-of-the-congo",
            "Unknown gunmen",
        ),
        (
            "Suspected jihadists attacked a convoy in northern Burkina Faso on Monday.",
            "new:unidentified-armed-group-burkina-faso",
            "Suspected jihadists",
        ),
        (
            "Masked men abducted a priest in Kaduna State on Friday.",
            "new:unidentified-armed-group-nigeria",
            "Masked men",
        ),
        (
            "Gang members shot dead two police officers in Port-au-Prince on Monday.",
            "new:unidentified-gang-haiti",
            "Gang members",
        ),
    ],
)
def test_an_unnamed_collective_perpetrates_as_an_unidentified_group(
    text: str, key: str, mention: str
) -> None:
    actors, events = _annotate(text)
    group = _unidentified(actors)[key]
    assert [m.text for m in group.mentions] == [mention]
    [attack] = [e for e in events if e.type == "ASSAULT"]
    assert (key, "perpetrator") in {(a.actor, a.role) for a in attack.actors}


def test_gunmen_the_tagger_took_for_a_name_after_a_dateline() -> None:
    actors, _events = _annotate(
        "ABUJA, Oct 8 (Reuters) - Gunmen on motorcycles killed at least 18 people in an attack "
        "on a village in Nigeria's northwestern Katsina State, police said on Tuesday."
    )
    group = _unidentified(actors)["new:unidentified-armed-group-nigeria"]
    assert [m.text for m in group.mentions] == ["Gunmen"]


def test_civilians_soldiers_and_police_stay_what_they_are() -> None:
    actors, events = _annotate(
        "Soldiers killed 10 bandits in Zamfara State on Monday, police said. Villagers and "
        "civilians fled."
    )
    [group] = _unidentified(actors).values()
    assert [m.text for m in group.mentions] == ["bandits"]
    [clash] = [e for e in events if e.type == "ASSAULT"]
    assert (group.key, "perpetrator") not in {(a.actor, a.role) for a in clash.actors}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Boko Haram gunmen killed 12 farmers in Borno State on Monday.", "boko_haram"),
        ("JNIM claimed the attack in Mali on Monday. The militants killed 10 soldiers.", "jnim"),
        (
            "Al-Shabaab militants stormed the SYL Hotel in Mogadishu on Thursday, leaving three "
            "soldiers and three attackers dead.",
            "al_shabaab",
        ),
        (
            "ISWAP fighters attacked Monguno in Borno State on Monday. The gunmen burned houses.",
            "iswap",
        ),
    ],
)
def test_men_of_a_named_group_are_that_group(text: str, named: str) -> None:
    actors, _events = _annotate(text)
    assert named in {a.key for a in actors}
    assert _unidentified(actors) == {}


def test_an_unknown_modifier_makes_even_militants_unidentified() -> None:
    actors, _events = _annotate(
        "JNIM is active in the area. Unidentified militants killed eight traders near Mopti, "
        "Mali, on Sunday."
    )
    assert "jnim" in {a.key for a in actors}
    group = _unidentified(actors)["new:unidentified-armed-group-mali"]
    assert [m.text for m in group.mentions] == ["Unidentified militants"]


def test_the_gunmen_introduced_as_unidentified_stay_unidentified_after_a_named_group() -> None:
    actors, _events = _annotate(
        "Gunmen attacked a church in Ondo State on Sunday. Officials blamed ISWAP. The gunmen "
        "fled on motorcycles."
    )
    group = _unidentified(actors)["new:unidentified-armed-group-nigeria"]
    assert [m.text for m in group.mentions] == ["Gunmen", "gunmen"]


def test_a_militia_named_after_the_phrase_is_no_unidentified_group() -> None:
    actors, _events = _annotate(
        "Since August 2022, the Somali National Army and local clan militias, known as "
        "macawisley, have fought al-Shabaab in Hiiraan."
    )
    assert _unidentified(actors) == {}


def test_a_country_named_for_its_border_does_not_place_the_group() -> None:
    actors, _events = _annotate(
        "The army reinforced its posts in Niger's Tillaberi region on Thursday. On Friday, "
        "gunmen stormed a village near the Malian border, killing 45 civilians."
    )
    assert set(_unidentified(actors)) == {"new:unidentified-armed-group-niger"}


def test_no_country_no_unidentified_group() -> None:
    actors, _events = _annotate("Gunmen killed five people on Monday.")
    assert _unidentified(actors) == {}


def test_the_store_keeps_two_countries_groups_apart_and_merges_one_country_s(
    tmp_path: Path,
) -> None:
    texts = {
        "ng1.txt": "Gunmen killed 12 villagers in Zamfara State on 7 October 2024.",
        "ng2.txt": "Armed bandits abducted 30 students in Kebbi State on 6 October 2024.",
        "ml.txt": "Gunmen killed eight traders near Mopti, Mali, on 5 October 2024.",
    }
    paths = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    store = open_store(tmp_path / "kb.db")
    ingest(paths, store, Settings(db=str(tmp_path / "kb.db"), workers=1))
    groups = {a["key"]: a for a in store.actors() if a["key"].startswith("new:unidentified-")}
    assert set(groups) == {
        "new:unidentified-armed-group-nigeria",
        "new:unidentified-armed-group-mali",
    }
    assert groups["new:unidentified-armed-group-nigeria"]["n_mentions"] == 2
    assert groups["new:unidentified-armed-group-nigeria"]["n_docs"] == 2
    assert groups["new:unidentified-armed-group-mali"]["name"] == "Unidentified Armed Group (Mali)"
    store.close()
