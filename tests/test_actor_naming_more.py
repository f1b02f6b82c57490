"""Actor naming on short reports written for these tests: a name defined with its native name
and acronym in brackets, units named by their number, people the model takes for
organisations, and "Congo" in a report about the Democratic Republic of the Congo."""

from __future__ import annotations

from functools import lru_cache

from dossier.nlp import build_nlp
from dossier.pipeline import process_raw
from dossier.records import Actor, RawDocument
from dossier.resolve.states import named_countries


@lru_cache(maxsize=32)
def actors_of(text: str) -> tuple[Actor, ...]:
    """The actors of ``text`` processed as ingest does it."""
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw).actors


def by_surface(text: str) -> dict[str, Actor]:
    """Each surface form of an actor mention → its actor."""
    return {m.text: a for a in actors_of(text) for m in a.mentions}


# -- "English Name (Native Name, ACR)" -------------------------------------------------------

KNOWN_NATIVE = (
    "The National Liberation Army (Ejército de Liberación Nacional, ELN) bombed an oil "
    "pipeline in Arauca on 4 June 2024, the state oil company said. The National Liberation "
    "Army has attacked the pipeline dozens of times this year."
)


def test_english_name_with_native_name_and_acronym_is_the_known_group() -> None:
    actors = actors_of(KNOWN_NATIVE)
    [eln] = [a for a in actors if a.key == "eln"]
    forms = {m.text for m in eln.mentions}
    assert {"National Liberation Army", "Ejército de Liberación Nacional", "ELN"} <= forms
    assert sum(m.text == "National Liberation Army" for m in eln.mentions) == 2
    assert eln.type == "armed_group"
    assert not [a for a in actors if a.key.startswith("new:national-liberation")]
    assert not [a for a in actors if a.type == "state_forces"]


def test_unknown_group_defined_with_native_name_and_acronym_is_one_actor() -> None:
    text = (
        "The Popular Revolutionary Army (Ejército Popular Revolucionario, EPR) ambushed a "
        "police patrol in Guerrero state on Friday. In a communique, the EPR said the patrol "
        "had harassed farmers."
    )
    found = by_surface(text)
    group = found["Popular Revolutionary Army"]
    assert found["Ejército Popular Revolucionario"].key == group.key
    assert found["EPR"].key == group.key
    assert group.name == "Popular Revolutionary Army"
    assert group.type == "armed_group"  # a revolutionary army, not a state's


def test_language_label_inside_the_brackets() -> None:
    text = (
        "The Popular Liberation Army (Spanish: Ejército Popular de Liberación, EPL) "
        "kidnapped two engineers near Ocaña on Monday, local officials said."
    )
    found = by_surface(text)
    assert found["EPL"].key == found["Popular Liberation Army"].key
    assert found["Popular Liberation Army"].type == "armed_group"


def test_gazetteer_name_with_acronym_in_brackets_keeps_the_name_whole() -> None:
    text = (
        "Suspected Allied Democratic Forces (ADF) rebels killed 12 villagers near Oicha on "
        "Monday, a local official said."
    )
    [adf] = [a for a in actors_of(text) if a.key == "adf"]
    assert {m.text for m in adf.mentions} == {"Allied Democratic Forces", "ADF"}


# -- units named by their number -------------------------------------------------------------


def test_numbered_front_is_an_armed_group() -> None:
    text = (
        "Dissidents of the 36th Front ambushed an army patrol near Anorí on Sunday, killing "
        "two soldiers. The governor blamed the 36th Front for the ambush."
    )
    actors = actors_of(text)
    [front] = [a for a in actors if a.name == "36th Front"]
    assert front.type == "armed_group"
    assert len(front.mentions) == 2
    assert not [a for a in actors if "ambush" in a.name]


def test_numbered_unit_of_a_state_army_is_state_forces() -> None:
    text = (
        "Soldiers of the army's 4th Brigade clashed with fighters of the 18th Front near "
        "Ituango on Tuesday, the military said."
    )
    found = by_surface(text)
    assert found["4th Brigade"].type == "state_forces"
    assert found["18th Front"].type == "armed_group"


def test_named_front_is_not_taken_for_a_function_word() -> None:
    text = "The Northern Front claimed the attack on the convoy near Idlib on Friday."
    assert by_surface(text)["Northern Front"].type == "armed_group"


def test_ordinal_and_unit_noun_are_one_entity() -> None:
    # the model alone tags "Battalion" PERSON, "10th" ORDINAL and "Front of the" ORG here
    doc = build_nlp()(
        "Troops of the 5th Brigade and the 12th Battalion clashed with the 10th Front of the "
        "FARC dissidents."
    )
    ents = {(e.text.removeprefix("the "), e.label_) for e in doc.ents}
    assert {("5th Brigade", "ORG"), ("12th Battalion", "ORG"), ("10th Front", "ORG")} <= ents


# -- people the model takes for organisations -------------------------------------------------


def test_founder_named_after_founded_by_is_a_person() -> None:
    text = (
        "The M-19 guerrilla movement was founded in 1974 by Álvaro Fayad and Carlos Pizarro. "
        "Troops killed Álvaro Fayad in Bogotá in 1986."
    )
    found = by_surface(text)
    assert found["Álvaro Fayad"].type == "person"
    assert found["Carlos Pizarro"].type == "person"
    assert len(found["Álvaro Fayad"].mentions) == 2


def test_leader_named_after_led_by_is_a_person_but_a_country_is_not() -> None:
    text = (
        "The dissident bloc, led by Néstor Gregorio Vera, split from the movement in 2016. "
        "The coalition, led by Saudi Arabia, bombed the port of Hodeidah on Monday."
    )
    found = by_surface(text)
    assert found["Néstor Gregorio Vera"].type == "person"
    assert found["Saudi Arabia"].type != "person"


# -- "Congo" where the report names the Democratic Republic of the Congo -------------------------

DRC_WIRE = (
    "GOMA, Democratic Republic of Congo, May 3 (Reuters) - M23 rebels seized the mining town "
    "of Rubaya on Thursday, residents said. Congo's army said it had repelled a second attack, "
    "and Congo accused Rwanda of backing the rebels."
)


def test_congo_in_a_report_about_the_drc_is_the_drc() -> None:
    actors = actors_of(DRC_WIRE)
    countries = {a.key: a for a in actors}
    assert "state:CG" not in countries and "forces:CG" not in countries
    congo = by_surface(DRC_WIRE)["Congo"]
    assert congo.key == "drc_government" and congo.country == "CD"
    assert by_surface(DRC_WIRE)["Congo's army"].key == "fardc"


def test_congo_in_a_report_about_brazzaville_stays_the_republic_of_the_congo() -> None:
    text = (
        "Officials in Brazzaville, Republic of the Congo, said on Thursday that Ninja "
        "militiamen had attacked a train in the Pool region. Congo accused the militia of "
        "breaking a ceasefire."
    )
    assert by_surface(text)["Congo"].key == "state:CG"


def test_countries_named_unambiguously() -> None:
    doc = build_nlp()("Talks between the DRC and Uganda resumed; Congo said they would go on.")
    named = named_countries(doc)
    assert "CD" in named and "UG" in named and "CG" not in named
