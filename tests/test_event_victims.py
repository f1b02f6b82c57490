"""Victims, targets and suspects as wire copy names them: lists, appositions, pronouns, and
the people held for an attack."""

from __future__ import annotations

import pytest

from dossier.eval.muc4_dossier import DossierMucPredictor, annotate_text
from dossier.pipeline import process_file
from dossier.records import Document, Event
from dossier.settings import Settings

HEAD = "Violence in Colombia\n\nBOGOTA, 20 December 1989 - "


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Document:
    body = (
        "Two of her bodyguards, Dagoberto Rodriguez and Alfonso de Lima, who were inside the "
        "car, were killed instantly on 18 December in Medellin. "
        "The victims of the bombing on 15 December in Cali were identified as David Lecky, "
        "director of the Columbus School, and James Arthur Donnelly. "
        "National police members seized university students Hugo Martinez and Raul Ramirez "
        "on 10 December in Cartagena. "
        "Three heavily armed men forced the mayor of Pereira out of his car and kidnapped him "
        "on 5 December."
    )
    path = tmp_path_factory.mktemp("victims") / "wire.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return process_file(path, Settings())


def _victims(event: Event) -> set[str]:
    return {a.actor for a in event.actors if a.role == "victim"}


def _on(doc: Document, day: str) -> Event:
    [event] = [e for e in doc.events if e.date is not None and e.date.value == day]
    return event


def test_every_name_of_an_apposed_list_is_a_victim(story: Document) -> None:
    killed = _on(story, "1989-12-18")
    assert {"new:dagoberto-rodriguez", "new:alfonso-de-lima"} <= _victims(killed)
    seized = _on(story, "1989-12-10")
    assert {"new:hugo-martinez", "new:raul-ramirez"} <= _victims(seized)


def test_the_victims_identified_as(story: Document) -> None:
    bombing = _on(story, "1989-12-15")
    assert {"new:david-lecky", "new:james-arthur-donnelly"} <= _victims(bombing)
    # "the bombing on 15 December in Cali": a date is no target, and it still places it
    assert bombing.place is not None and bombing.place.text == "Cali"


def _frame_spans(text: str) -> list[tuple[list[str], list[str]]]:
    """(perpetrator texts, victim texts) of each attack frame of ``text``."""
    predictor = DossierMucPredictor()
    frames = predictor.frames(annotate_text(text))
    return [
        ([text[a:b] for a, b in f.perpetrators], [text[a:b] for a, b in f.victims])
        for f in frames
        if f.event.type == "ASSAULT"
    ]


def test_a_pronoun_victim_is_the_person_named_before() -> None:
    text = (
        "Three heavily armed men forced the mayor of Pereira out of his car and kidnapped "
        "him on 5 December."
    )
    [(perps, victims)] = _frame_spans(text)
    assert perps == ["Three heavily armed men"]
    assert victims == ["mayor of Pereira"]


def test_people_held_for_an_attack_and_each_of_two_named_behind_it() -> None:
    text = "Police arrested 45 soldiers on 3 December for killing six clergymen in Soyapango."
    [(perps, victims)] = _frame_spans(text)
    assert "45 soldiers" in perps and "six clergymen" in victims
    text = (
        "Police said Pablo Escobar and Gonzalo Rodriguez Gacha are behind the bus bombing "
        "that killed 12 people in Bogota on 6 December."
    )
    [(perps, _victims)] = _frame_spans(text)
    # both named; the bombing itself is nobody
    assert {"Pablo Escobar", "Gonzalo Rodriguez Gacha"} <= set(perps)
    assert "bus bombing" not in perps
