"""The mention components: titled people, acting countries, noun phrases, pronouns, places."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from dossier.nlp import build_nlp
from dossier.nlp.mention_group import ACTORS
from dossier.nlp.place_mentions import PLACES
from dossier.nlp.place_names import repaired_entities


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp()


def spans(doc: Doc, group: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in doc.spans[group]] if group in doc.spans else []


def test_titles_stay_in_person_mentions_and_ents_keep_the_name(nlp: Language) -> None:
    doc = nlp(
        "Foreign Secretary Philip Hammond met U.S. Secretary of State John Kerry in Geneva. "
        "The Foreign Secretary said the general was wrong."
    )
    actors = spans(doc, ACTORS)
    assert ("Foreign Secretary Philip Hammond", "PERSON") in actors
    assert ("U.S. Secretary of State John Kerry", "PERSON") in actors
    assert ("The Foreign Secretary", "PERSON") in actors
    assert not any("general" in text for text, _ in actors)
    assert ("Philip Hammond", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_ranks_and_honorifics(nlp: Language) -> None:
    doc = nlp("Lt Gen Talib Shaghati spoke to Maj. Gen. Gary J. Volesky and Mr Hammond.")
    actors = spans(doc, ACTORS)
    assert ("Lt Gen Talib Shaghati", "PERSON") in actors
    assert ("Maj. Gen. Gary J. Volesky", "PERSON") in actors
    assert ("Mr Hammond", "PERSON") in actors


def test_countries_that_act_are_actors_and_places_that_lie_are_not(nlp: Language) -> None:
    doc = nlp("Syria has accused Israel of bombing an area west of Damascus. Iraq borders Syria.")
    actors = spans(doc, ACTORS)
    assert ("Syria", "ORG") in actors and ("Israel", "ORG") in actors
    assert ("Iraq", "ORG") not in actors
    assert ("Damascus", "GPE") in spans(doc, PLACES)
    # doc.ents keeps the GPE label for the geocoder
    assert {e.label_ for e in doc.ents if e.text == "Syria"} == {"GPE"}


def test_group_and_person_noun_phrases(nlp: Language) -> None:
    doc = nlp(
        "Iraqi security forces and a spokesman for the Asad regime met civilians. "
        "Attack, bomber and fighter aircraft flew."
    )
    actors = spans(doc, ACTORS)
    assert ("Iraqi security forces", "ORG") in actors
    assert ("a spokesman", "PERSON") in actors
    assert ("the Asad regime", "ORG") in actors
    assert ("civilians", "ORG") in actors
    assert not any(text in ("bomber", "fighter") for text, _ in actors)


def test_pronouns_and_determiners(nlp: Language) -> None:
    doc = nlp("He said they would return. The SDF said the ISIL attack killed 12 people.")
    actors = spans(doc, ACTORS)
    assert ("He", "PERSON") in actors and ("they", "ORG") in actors
    assert ("The SDF", "ORG") in actors
    assert ("ISIL", "ORG") in actors  # "the" belongs to "attack", not to ISIL


def test_actor_spans_never_overlap(nlp: Language) -> None:
    doc = nlp(
        "The UK and the Government of Iraq condemned President Bashar al-Assad's forces, "
        "which he leads, and Turkish Foreign Minister Mevlut Cavusoglu agreed with us."
    )
    covered: set[int] = set()
    for span in doc.spans[ACTORS]:
        assert not covered & set(range(span.start, span.end))
        covered |= set(range(span.start, span.end))


def test_place_mentions_at_full_extent(nlp: Language) -> None:
    doc = nlp("Troops entered the city of Mosul and northern Iraq, then Anbar, Iraq.")
    places = spans(doc, PLACES)
    assert ("the city of Mosul", "LOC") in places
    assert ("northern Iraq", "GPE") in places
    assert ("Anbar, Iraq", "GPE") in places


def test_towns_tagged_as_people_become_places(nlp: Language) -> None:
    doc = nlp("Near Tal Afar, strikes hit a tunnel. Fighters fled to Raqqah.")
    # force the model's usual mistake, then repair it
    tal = Span(doc, 0, 3, label="PERSON")  # "Near Tal Afar"
    raqqah = next(t for t in doc if t.text == "Raqqah")
    doc.ents = [tal, Span(doc, raqqah.i, raqqah.i + 1, label="PERSON")]
    repaired = [(e.text, e.label_) for e in repaired_entities(doc)]
    assert ("Tal Afar", "GPE") in repaired
    assert ("Raqqah", "PERSON") in repaired  # "to" is no locative cue: "wrote to Hammond"


def test_gazetteer_entities_are_left_alone(nlp: Language) -> None:
    doc = nlp("The fighters of al-Shabaab entered Mogadishu.")
    gazetteer = [e for e in doc.ents if e.ent_id_]
    assert gazetteer and all(e.label_ == "ORG" for e in gazetteer)


def test_citation_marks_are_split_off(nlp: Language) -> None:
    doc = nlp("He was captured in October 2005.[4][5] by the Islamic State.")
    assert [t.text for t in doc][5:9] == ["2005", ".", "[4]", "[5]"]
    assert ("October 2005", "DATE") in [(e.text, e.label_) for e in doc.ents]
