"""Places in short conflict reports written for these tests (Haiti, the Sahel, Nigeria, Sudan,
Syria): world-famous cities beat small namesakes abroad, hyphenated names are one place (and
no acronym inside one is an actor), the field and column names of forms and tables are never
places while their place values are, and towns lie in the right first-level division."""

from __future__ import annotations

from functools import lru_cache

from dossier.records import Actor, Place, PlaceMention
from dossier.resolve.geo_gazetteer import open_geo_gazetteer
from dossier.resolve.places import geocode_spans


@lru_cache(maxsize=32)
def annotated(text: str) -> tuple[tuple[PlaceMention, ...], tuple[Actor, ...]]:
    """The places and actors of ``text`` as the ingest pipeline resolves them."""
    from dossier.clean import clean_text
    from dossier.nlp import build_nlp
    from dossier.pipeline import resolve_document

    cleaned = clean_text(text)
    doc = build_nlp()(cleaned.text)
    resolved = resolve_document(doc, cleaned, None)
    return resolved.places, resolved.actors


def names(text: str) -> list[str]:
    return [p.text for p in annotated(text)[0]]


def place(text: str, name: str) -> Place:
    found = [p.place for p in annotated(text)[0] if p.text == name]
    assert found, f"{name} is not a place: {names(text)}"
    assert found[0] is not None, f"{name} has no place"
    return found[0]


def actor_ids(text: str) -> set[str]:
    return {a.key for a in annotated(text)[1]}


# -- 1. a world-famous city beats a small namesake abroad ------------------------------------

HAITI = (
    "Gangs attacked two police stations in Croix-des-Bouquets overnight, the Haitian National "
    "Police said. Talks in Geneva on Tuesday failed to agree on the deployment of the "
    "Kenyan-led mission, and the UN Security Council in New York postponed its vote. The "
    "United States and Canada funded the mission."
)


def test_geneva_in_a_report_about_haiti_is_in_switzerland() -> None:
    # "New York" (a state too) and the United States (an actor) are no evidence that Geneva
    # is the small town of New York state or Illinois
    assert place(HAITI, "Geneva").country_code == "CH"
    # ... but a small namesake that the text places keeps its place
    local = (
        "GENEVA, Ill. - Police in Geneva arrested two men on Tuesday. The men, from Batavia "
        "and St. Charles, were held at the Kane County jail."
    )
    assert place(local, "Geneva").admin1_code == "US-IL"
    moscow = geocode_spans("Moscow, Idaho: a student was hurt.", [(0, 6)])[0].place
    assert moscow is not None and moscow.admin1_code == "US-ID"


def test_capitals_beat_us_namesakes_when_washington_acts() -> None:
    text = (
        "The RSF commander met officials in Abu Dhabi, where talks mediated by Saudi Arabia "
        "and Washington resumed. In Paris and in London, ministers condemned the shelling of "
        "El Fasher. Sudanese refugees were later seen in Moscow."
    )
    assert place(text, "Paris").country_code == "FR"
    assert place(text, "London").country_code == "GB"
    assert place(text, "Moscow").country_code == "RU"


def test_a_famous_city_abroad_is_not_withdrawn_from_a_report_about_one_country() -> None:
    text = (
        "Gunmen killed five people in Mirebalais and Saint-Marc, and burned houses in "
        "Cap-Haïtien and Thomazeau. Mediators met in Geneva the next day."
    )
    assert place(text, "Geneva").country_code == "CH"


# -- 2. hyphenated names are one place ------------------------------------------------------

DATELINE = (
    "PORT-AU-PRINCE, Haiti, March 4 (Reuters) - Armed gangs attacked police stations in "
    "Croix-des-Bouquets and burned houses in Ganthier and Thomazeau, police said."
)


def test_an_acronym_inside_a_hyphenated_place_is_no_actor() -> None:
    assert "au" not in actor_ids(DATELINE)
    assert place(DATELINE, "PORT-AU-PRINCE").name == "Port-au-Prince"
    # an acronym before a hyphenated word is still an actor
    assert "au" in actor_ids("The AU-led mission arrived in Mogadishu on Monday.")


def test_hyphenated_towns_are_one_place() -> None:
    assert place(DATELINE, "Croix-des-Bouquets").country_code == "HT"
    assert place(DATELINE, "Thomazeau").country_code == "HT"
    text = (
        "Iranian forces were seen in Bandar-e Abbas and Congolese troops near Pointe-Noire, "
        "while fighters fled to Mazar-i-Sharif."
    )
    assert place(text, "Bandar-e Abbas").country_code == "IR"
    assert place(text, "Pointe-Noire").country_code == "CG"
    assert place(text, "Mazar-i-Sharif").country_code == "AF"


def test_two_places_the_model_tagged_as_one_name() -> None:
    text = "Thousands fled toward Cox's Bazar and Dar es Salaam received a UN envoy."
    assert place(text, "Dar es Salaam").country_code == "TZ"
    assert place(text, "Cox's Bazar").country_code == "BD"


# -- 3. forms and tables --------------------------------------------------------------------

TABLE = (
    "Armed men attacked villages in Borno State.\n\n"
    "Date | Location | Fatalities\n"
    "14 March 2024 | Gwoza | 7\n"
    "15 March 2024 | Bama | 3\n\n"
    "Date\tState\tLGA\tDeaths\n"
    "16/03/2024\tYobe\tGujba\t2\n\n"
    "| Date | Region | Town | Killed |\n"
    "|------|--------|------|--------|\n"
    "| 18 March | Borno | Dikwa | 5 |\n\n"
    "Date: 19 March 2024\n"
    "Location: Monguno\n"
    "Region: Darfur\n"
)


def test_table_and_form_field_names_are_never_places() -> None:
    found = names(TABLE)
    for label in ("Date", "Location", "Fatalities", "State", "LGA", "Region", "Town"):
        assert label not in found


def test_place_columns_and_fields_hold_places() -> None:
    assert place(TABLE, "Yobe").admin1_code == "NG-YO"
    assert place(TABLE, "Monguno").admin1_code == "NG-BO"
    assert place(TABLE, "Darfur").country_code == "SD"


# -- 4. other place defects -----------------------------------------------------------------


def test_wire_dateline_city() -> None:
    text = "BAMAKO, Feb 12 (AFP) - Jihadists killed 30 civilians near Djibo, officials said."
    assert place(text, "BAMAKO").admin1_code == "ML-BKO"


def test_towns_the_model_took_for_people_in_lists_and_destinations() -> None:
    text = (
        "Moscow denied sending Wagner fighters to Mali, where Russian troops operate around "
        "Gao, Timbuktu and Ménaka. JNIM ambushed a convoy between Kidal and Tessalit."
    )
    assert place(text, "Mali").feature == "country"
    for town in ("Timbuktu", "Ménaka", "Tessalit"):
        assert place(text, town).country_code == "ML"


def test_towns_lie_in_their_own_first_level_division() -> None:
    gaz = open_geo_gazetteer()
    expected = {
        "Homs": "SY-HI",
        "Damascus": "SY-DI",
        "Douma": "SY-RD",
        "Bamako": "ML-BKO",
        "Timbuktu": "ML-6",
        "Montreal": "CA-QC",
        "Berlin": "DE-BE",
        "Moscow": "RU-MOW",
        "Amman": "JO-AM",
        "Mekele": "ET-TI",
        "Jeddah": "SA-02",
    }
    for name, code in expected.items():
        towns = [c for c in gaz.candidates(name) if c.feature == "city"]
        assert max(towns, key=lambda c: c.population).admin1_code == code, name


def test_a_division_the_iso_join_missed_is_linked_by_name() -> None:
    gaz = open_geo_gazetteer()
    assert gaz.admin1("RU-DA") is not None  # Dagestan
    assert gaz.admin1("GB-WLS") is not None  # Wales
    assert gaz.admin1("ET-TI") is not None  # Tigray
