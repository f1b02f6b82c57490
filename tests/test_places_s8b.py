"""Places in short reports written for these tests: names of actors, people and media outlets
are never places, the report's own countries beat small namesakes abroad, and a region named
in English finds the division the report's province lies in."""

from __future__ import annotations

from functools import lru_cache

from dossier.records import Place, PlaceMention


@lru_cache(maxsize=32)
def annotated(text: str) -> tuple[PlaceMention, ...]:
    """The places of ``text`` as the ingest pipeline resolves them."""
    from dossier.clean import clean_text
    from dossier.nlp import build_nlp
    from dossier.pipeline import resolve_document

    cleaned = clean_text(text)
    doc = build_nlp()(cleaned.text)
    return resolve_document(doc, cleaned, None).places


def names(text: str) -> list[str]:
    return [p.text for p in annotated(text)]


def place(text: str, name: str) -> Place:
    found = [p.place for p in annotated(text) if p.text == name]
    assert found, f"{name} is not a place: {names(text)}"
    assert found[0] is not None, f"{name} has no place"
    return found[0]


BALOCH = (
    "Gunmen stormed a checkpoint near Turbat in Pakistan's Balochistan province on Monday. "
    "The BLA said in a statement that its fighters carried out the raid, and the BLA later "
    "released photographs of the dead."
)


def test_a_gazetteer_actor_acronym_is_no_place() -> None:
    # "BLA" is the Balochistan Liberation Army, not Bla in Mali
    assert "BLA" not in names(BALOCH)
    assert place(BALOCH, "Turbat").country_code == "PK"


MEDIA = (
    "Gunmen killed four soldiers near Beledweyne in central Somalia on Tuesday, the Shahada "
    "News Agency reported, while the Meridian Institute for Security Studies said the group "
    "had grown in the Hiraan region."
)


def test_media_and_institute_names_hold_no_foreign_place() -> None:
    found = names(MEDIA)
    assert "Shahada" not in found and "Meridian" not in found
    assert place(MEDIA, "Beledweyne").country_code == "SO"


LEADER = (
    "The movement was founded in Somalia in 2006. Its first commander was Idris Warsame "
    "Kulmiye, who had fought in Afghanistan, and he led the group until 2008."
)


def test_a_name_followed_by_who_is_no_place() -> None:
    found = names(LEADER)
    assert not any("Kulmiye" in n for n in found), found


WIRE = (
    "YANGON, Jan 9 (Asia Wire) - Fighting spread to the outskirts of Sittwe in Rakhine state "
    "on Tuesday, residents told Asia Wire."
)


def test_a_news_wire_is_no_place() -> None:
    assert not any("Wire" in n for n in names(WIRE)), names(WIRE)


PROVINCE = (
    "Fighters of the Islamic State Central Africa Province (ISCAP) attacked a village near "
    "Beni in North Kivu. The Central Africa Province has been active in Congo since 2019."
)


def test_the_tail_of_a_gazetteer_actor_name_is_no_place() -> None:
    assert "Central Africa Province" not in names(PROVINCE), names(PROVINCE)


SAHEL = (
    "In Burkina Faso, JNIM fighters attacked army posts in the villages of Kantchari and "
    "Botou, near Diapaga town (Tapoa province, East region), on 14 April. In Mali, JNIM "
    "ambushed a convoy between Kayes and Nioro. In Niger, militants attacked Ayorou and "
    "Tillabéri."
)


def test_the_report_countries_beat_a_small_town_abroad() -> None:
    # Botou is also a town in China; the report is about the Sahel
    assert place(SAHEL, "Botou").country_code == "BF"


def test_an_english_region_name_finds_the_province_division() -> None:
    east = place(SAHEL, "East region")
    assert (east.country_code, east.admin1_code) == ("BF", "BF-08")
