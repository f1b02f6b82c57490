"""Event arguments told apart from the trigger's own clause: victims named in a later sentence
("the victims were identified as A and B", "the dead were ..."), suspects a relative clause
on the attack noun names ("the murder of four nuns, in which two sergeants are being
prosecuted"), and the subject of a passive verb that the parser joined to an "according to"
phrase. Each text was written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import EventFrame, extract_event_frames
from dossier.records import DateValue


def _frames(text: str, day: str = "2024-03-10") -> tuple[str, list[EventFrame]]:
    d = DateValue(day, "day")
    ann = annotate_text(text, d)
    frames = extract_event_frames(ann.doc, ann.actors, ann.places, ann.timexes, d)
    return ann.doc.text, [f for f in frames if f.event.type == "ASSAULT"]


def _victims(text: str, frames: list[EventFrame]) -> set[str]:
    return {text[a:b] for f in frames for a, b in f.victims}


def _perps(text: str, frames: list[EventFrame]) -> set[str]:
    return {text[a:b] for f in frames for a, b in f.perpetrators}


def test_victims_identified_in_a_later_sentence() -> None:
    text, frames = _frames(
        "Gunmen shot dead two journalists in Cali on Monday. The victims were identified "
        "as Ana Ruiz and Pedro Gomez."
    )
    victims = _victims(text, frames)
    assert {"Ana Ruiz", "Pedro Gomez"} <= victims


def test_the_dead_were_names() -> None:
    text, frames = _frames(
        "Unknown men killed three farmers near the village of Rio Claro. The dead were Luis "
        "Mora, Jorge Paz and Rafael Soto."
    )
    assert {"Luis Mora", "Jorge Paz", "Rafael Soto"} <= _victims(text, frames)


def test_dead_officers_identified_and_listed_victims() -> None:
    text, frames = _frames(
        "Rebels ambushed a patrol on the highway, killing two policemen. The dead officers "
        "were identified as Sergeant Carlos Ibarra and Corporal Mateo Lugo."
    )
    victims = _victims(text, frames)
    assert any("Carlos Ibarra" in v for v in victims)
    assert any("Mateo Lugo" in v for v in victims)
    text, frames = _frames(
        "Armed men abducted two engineers at the dam site. A local radio station listed the "
        "kidnap victims as Tomas Reyes, a hydraulic engineer, and Paul Brenner."
    )
    victims = _victims(text, frames)
    assert any("Tomas Reyes" in v for v in victims)
    assert "Paul Brenner" in victims


def test_victims_described_not_named_add_nothing() -> None:
    text, frames = _frames(
        "Gunmen shot dead two journalists in Cali on Monday. The victims were members of the "
        "press union."
    )
    assert _victims(text, frames) == {t for t in _victims(text, frames) if "journalists" in t}


def test_suspects_charged_in_a_relative_clause_on_the_attack() -> None:
    text, frames = _frames(
        "Soldiers shot dead four nuns at the mission on Sunday. The scandal grew once it "
        "was known who was responsible for the deaths of the four nuns, in which a captain "
        "and five soldiers are being prosecuted."
    )
    perps = _perps(text, frames)
    assert any("five soldiers" in p for p in perps)
    text, frames = _frames(
        "Nobody has yet been tried for the massacre at the farm, in which prosecutors have "
        "accused three police officers."
    )
    assert any("three police officers" in p for p in _perps(text, frames))


def test_subject_joined_to_an_according_to_phrase() -> None:
    text, frames = _frames(
        "According to sources from peru's Franciscan Curia, the Italian Franciscan Paolo "
        "Russo, rector of peru's Catholic University (Puc), five other friars, and two "
        "Peruvian cooks were murdered at dawn today by men wearing police uniforms."
    )
    victims = _victims(text, frames)
    assert any("Paolo Russo" in v for v in victims)
    assert {"five other friars", "two Peruvian cooks"} <= victims


def test_a_source_with_an_apposition_is_no_victim() -> None:
    text, frames = _frames(
        "According to the police in Lima, the capital, three farmers were killed by gunmen "
        "on Tuesday."
    )
    assert _victims(text, frames) == {"three farmers"}
    assert not {text[a:b] for f in frames for a, b in f.targets}


def test_his_assassination_names_the_person_told_before() -> None:
    text, frames = _frames(
        "After the death of Mario Vega, a respected union leader, the government launched an "
        "inquiry to learn whether the cartel was responsible for his assassination."
    )
    assert "Mario Vega" in _victims(text, frames)
    text, frames = _frames(
        "Police said Senator Ana Ruiz had received threats for months before her kidnapping."
    )
    assert any("Ana Ruiz" in v for v in _victims(text, frames))
