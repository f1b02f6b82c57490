"""Merge and triggers, second pass (s17): what the first pass got wrong and the general
mechanisms the analysts' codings expect. A denied impact or a launch vehicle's landing is no
attack; a place is inside another only by the gazetteer or as a whole name ("Sudan" is not
in "South Sudan"); a district merges with a town only when it holds it and the sentence
tells no second deed; a label's word of attack wins over a base noun; footage shared by
bystanders is no release. Every text was written for this test."""

from __future__ import annotations

from report_docs import text_events

from dossier.extract.event_merge import _places_agree
from dossier.records import Event, Place, PlaceMention

DAY = "2025-05-20"


def _events(text: str) -> list[Event]:
    return text_events(text, DAY)


def _assaults(text: str) -> list[Event]:
    return [e for e in _events(text) if e.type == "ASSAULT"]


# ------------------------------------------------------------------- munitions that land


def test_no_shells_landing_is_no_attack() -> None:
    text = "No shells landed on Gao on Sunday 11 May 2025, the first calm day of the month."
    assert _assaults(text) == []


def test_shells_that_did_not_land_are_no_attack() -> None:
    text = "Mortar shells did not land on the camp near Gao on 11 May 2025, officials said."
    assert _assaults(text) == []


def test_a_civilian_rocket_landing_is_no_attack() -> None:
    text = (
        "A Blue Origin rocket landed safely on its pad in Texas on 6 May 2025, while JNIM "
        "fighters attacked an army convoy near Gao in Mali."
    )
    assaults = _assaults(text)
    assert [e.place.text if e.place else None for e in assaults] == ["Gao"]


def test_rockets_landing_on_a_camp_are_an_attack() -> None:
    text = "Two rockets landed on a displacement camp near Kassala on 5 May 2025."
    assaults = _assaults(text)
    assert len(assaults) == 1 and assaults[0].mode == "heavy-weapons"


def test_rockets_landing_and_killing_are_an_attack() -> None:
    text = "Rockets landed in Omdurman on 7 May 2025, killing four people."
    assaults = _assaults(text)
    assert len(assaults) == 1 and assaults[0].fatalities is not None


# ---------------------------------------------------------------- places inside places


def test_a_country_inside_a_longer_country_name_is_another_place() -> None:
    text = (
        "On 6 May 2025, gunmen killed 9 herders in South Sudan. "
        "On 6 May 2025, gunmen killed 4 traders in Sudan."
    )
    tolls = sorted(e.fatalities.best for e in _assaults(text) if e.fatalities)
    assert tolls == [4, 9]


def test_niger_is_not_niger_state() -> None:
    text = (
        "On 6 May 2025, bandits killed 3 farmers in Niger State. "
        "On 6 May 2025, bandits killed 7 farmers in the Republic of Niger."
    )
    tolls = sorted(e.fatalities.best for e in _assaults(text) if e.fatalities)
    assert tolls == [3, 7]


def test_an_attack_in_another_region_told_with_also_is_another_deed() -> None:
    text = (
        "On 6 May 2025, Al-Shabaab attacked an army base in Kismayo. Al-Shabaab fighters "
        "also attacked a police post in Jowhar district, killing three officers."
    )
    assaults = _assaults(text)
    assert len(assaults) == 2
    kismayo = next(e for e in assaults if e.place and e.place.text == "Kismayo")
    assert kismayo.fatalities is None


# ------------------------------------------------------------------------ table labels


def test_a_base_overrun_label_is_an_attack_with_its_toll() -> None:
    text = (
        "| Date | Location | Actor | Event | Killed |\n"
        "|---|---|---|---|---|\n"
        "| 12 May 2025 | Menaka | ISSP | Camp overrun | 9 |\n"
        "| 14 May 2025 | Gao | JNIM | Base overrun | 6 |\n"
    )
    events = _events(text)
    assert {e.type for e in events} == {"ASSAULT"}
    assert sorted(e.fatalities.best for e in events if e.fatalities) == [6, 9]


def test_a_plural_label_is_read_by_its_lemma() -> None:
    text = (
        "| Date | Location | Actor | Event | Killed |\n"
        "|---|---|---|---|---|\n"
        "| 12 May 2025 | Menaka | Police | Arrests | 0 |\n"
    )
    assert [e.type for e in _events(text)] == ["ARREST"]


# ------------------------------------------------------------------- media and releases


def test_footage_shared_by_residents_is_no_release() -> None:
    text = "Footage shared by villagers on 4 May 2025 showed fires burning in Kutum."
    assert [e for e in _events(text) if e.type == "PROPAGANDA"] == []


def test_a_video_circulated_online_with_no_group_is_no_release() -> None:
    text = "A video circulated online on 4 May 2025 appears to show soldiers beating men in Kosti."
    assert [e for e in _events(text) if e.type == "PROPAGANDA"] == []


def test_a_video_released_by_a_group_is_a_release() -> None:
    text = "A video released by JNIM on 4 May 2025 showed fighters parading near Timbuktu."
    assert [e.type for e in _events(text) if e.type == "PROPAGANDA"] == ["PROPAGANDA"]


# ------------------------------------------------------------ a founding told in an aside


def test_a_founding_aside_with_its_date_is_a_background_founding() -> None:
    text = (
        "The ADF, which was formally established in 1995, raided a village near Beni "
        "on 3 May 2025, killing 11 people."
    )
    events = _events(text)
    found = [e for e in events if e.type == "FOUND"]
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == "1995"
    assert found[0].modality == "background" and found[0].place is None
    assert any(e.type == "ASSAULT" for e in events)


# ------------------------------------------------------------ denials and accusations


def _roles(ev: Event) -> set[str]:
    return {a.role for a in ev.actors}


def test_a_named_partys_denial_is_a_rejection() -> None:
    text = "On 9 May 2025, the Malian army denied executing civilians near Diafarabé."
    rejects = [e for e in _events(text) if e.type == "REJECT"]
    assert len(rejects) == 1 and "initiator" in _roles(rejects[0])


def test_a_denial_of_an_accusation_targets_the_accuser() -> None:
    text = (
        "On 9 May 2025, JNIM accused the Malian army of killing herders near Diafarabé. "
        "The Malian army rejected the accusation on 10 May 2025."
    )
    events = _events(text)
    accuse = [e for e in events if e.type == "ACCUSE"]
    rejects = [e for e in events if e.type == "REJECT"]
    assert len(accuse) == 1 and {"initiator", "target"} <= _roles(accuse[0])
    assert len(rejects) == 1
    assert {a.actor for a in rejects[0].actors if a.role == "target"} == {
        a.actor for a in accuse[0].actors if a.role == "initiator"
    }


def test_unnamed_sources_deny_and_accuse_nothing() -> None:
    text = (
        "On 9 May 2025, officials denied any role in the killings near Diafarabé. "
        "Villagers accused soldiers of burning granaries on 9 May 2025."
    )
    assert [e for e in _events(text) if e.type in {"REJECT", "ACCUSE"}] == []


def test_a_denial_that_would_be_made_is_no_rejection() -> None:
    text = "The Malian army would deny any role in the killings, analysts said on 9 May 2025."
    assert [e for e in _events(text) if e.type == "REJECT"] == []


# --------------------------------------------------- place agreement, on the gazetteer alone


def _mention(text: str, name: str | None, cc: str = "NE", feature: str = "city") -> PlaceMention:
    place = (
        Place(name, None, cc, None, 13.0, 2.0, feature, feature, None, None)
        if name is not None
        else None
    )
    return PlaceMention(0, len(text), text, 0, place)


def test_a_road_named_after_a_town_agrees_with_the_town() -> None:
    road = _mention("the Makalondi road", None)
    assert _places_agree(road, _mention("Makalondi", "Makalondi"))
    assert _places_agree(_mention("the Téra–Dargol road", None), _mention("Téra", "Téra"))


def test_a_name_inside_a_longer_name_is_no_containment() -> None:
    assert not _places_agree(_mention("South Sudan", None), _mention("Sudan", "Sudan", "SD"))
    assert not _places_agree(_mention("Guinea-Bissau", None), _mention("Guinea", "Guinea", "GN"))
    niger_state = _mention("Niger State", "Niger", "NG", "admin1")
    assert not _places_agree(niger_state, _mention("Niger", "Niger", "NE", "country"))


def test_a_founding_conjoined_in_a_relative_clause_is_a_background_founding() -> None:
    text = (
        "The ADF, which grew out of Ugandan rebel movements and was formally established "
        "in 1995, seized Oicha on 3 May 2025."
    )
    found = [e for e in _events(text) if e.type == "FOUND"]
    assert len(found) == 1 and found[0].actors
    assert found[0].date is not None and found[0].date.value == "1995"
