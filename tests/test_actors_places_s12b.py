"""Actors and places in short sentences written for these tests (round 12b): an unknown
village an apposition places at a distance from a town, a town's name before "market" inside
another city, an air base with an Arabic article, a leader's surname before "militia", a
coalition of rebel groups, a plural common noun opening a sentence, and unnamed gunmen placed
in the report's own country rather than in a country that only acts."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.records import Actor, Place


def places(text: str) -> dict[str, Place | None]:
    return {p.text: p.place for p in annotated(text)[0]}


def actors(text: str) -> dict[str, Actor]:
    return {a.key: a for a in annotated(text)[1]}


def test_village_placed_at_a_distance_is_a_place() -> None:
    text = (
        "Government troops said they had beaten back a militia attack on Kwal Deng, a hamlet "
        "some 20 km north of Malakal, the capital of Upper Nile state."
    )
    found_places, found_actors = annotated(text)[:2]
    assert any(p.text == "Kwal Deng" for p in found_places), found_places
    assert not any("Kwal Deng" in a.name for a in found_actors), found_actors


def test_town_name_before_market_inside_a_city_is_the_market() -> None:
    text = "Rockets hit the Naivasha market in the south of the city of Malakal on Sunday."
    found = places(text)
    assert "Naivasha" not in found, found
    place = found.get("Naivasha market")
    assert place is not None and place.country_code == "SS", found


def test_air_base_with_arabic_article_is_a_place() -> None:
    text = "Rockets hit Al-Taqaddum air base in Anbar on Monday, a US official said."
    found_places, found_actors = annotated(text)[:2]
    assert not any("Taqaddum" in a.name for a in found_actors), found_actors
    assert any("Al-Taqaddum" in p.text for p in found_places), found_places


def test_leader_surname_before_militia_is_his_group() -> None:
    text = (
        "Officials in Khartoum blamed the Dagalo militia for the shelling of the market. "
        "The RSF, commanded by Mohamed Hamdan Dagalo, denied it."
    )
    found = actors(text)
    assert not any(k.startswith("new:dagalo") for k in found), found
    names = {a.key: [m.text for m in a.mentions] for a in found.values()}
    assert "Dagalo militia" in names.get("rsf", []), names


def test_coalition_of_rebel_groups_is_an_armed_group() -> None:
    text = (
        "The government and its partners in the so-called Unity Forces, an alliance of "
        "former rebel factions, held the town of Bor."
    )
    found = actors(text)
    assert found["new:unity-forces"].type == "armed_group", found


def test_plural_noun_opening_a_sentence_is_no_person() -> None:
    text = (
        "Fighters of the Red Hand gang kidnapped a pastor in Kumba. Kidnappings have risen "
        "sharply since January."
    )
    assert not any("Kidnappings" in a.name for a in annotated(text)[1])


def test_bandits_belong_to_the_reports_country_not_an_acting_one() -> None:
    text = (
        "Gangs control most of Port-au-Prince, and violence in Haiti has displaced thousands. "
        "Armed gangs attacked Delmas in Haiti on Friday, police said.\n\n"
        "The Kenyan-led mission, funded largely by the United States, said its personnel had "
        'backed a police operation in the capital. A spokesman said that "at least nine '
        'bandits were killed" in the fighting.'
    )
    keys = set(actors(text))
    assert not any(k.startswith("new:unidentified") and "united-states" in k for k in keys), keys
    assert not any(k.startswith("new:unidentified") and "kenya" in k for k in keys), keys


def test_counted_nickname_before_a_division_is_no_place() -> None:
    text = "Security forces killed 25 Takfiris in Diyala province on Monday, the ministry said."
    found = places(text)
    assert "Takfiris" not in found, found
    assert any("Diyala" in t for t in found), found


def test_ministry_without_a_country_takes_the_place_after_in() -> None:
    text = (
        "The Defence Ministry in Aden said its forces repelled a Houthi attack near Marib. "
        "In Ankara, the Turkish Defence Ministry said its drones struck PKK positions."
    )
    found = actors(text)
    ministry = found.get("new:defence-ministry-ye")
    assert ministry is not None, found
    assert ministry.country == "YE" and ministry.parent is not None, ministry


def test_foreign_groups_acronym_alone_is_not_that_group() -> None:
    text = (
        "Gangs attacked Delmas in Haiti on Friday. A police official in Port-au-Prince told "
        "HSM that at least six people were killed. Haiti's police said the gangs withdrew."
    )
    assert "al_shabaab" not in actors(text)


def test_bracketed_acronym_of_a_states_army_is_that_army() -> None:
    text = (
        "Soldiers of the Chadian army (ANT) repelled an attack near Bol. The ANT said 12 "
        "assailants were killed."
    )
    found = actors(text)
    assert not any(k == "new:ant" for k in found), found
    assert any(
        any(m.text == "ANT" for m in a.mentions) and a.type == "state_forces" and a.country == "TD"
        for a in found.values()
    ), found


def test_acronym_spelled_by_the_names_before_its_bracket() -> None:
    text = (
        "The Kenyan-led Multinational Security Support (MSS) mission said on Monday it had "
        "backed a police raid. The MSS has some 1,000 personnel."
    )
    found = actors(text)
    mss = found.get("new:mss")
    assert mss is not None and mss.name == "Multinational Security Support", found


def test_long_foreign_name_before_its_acronym_is_one_body() -> None:
    text = (
        "The Ligue Congolaise pour la Défense des Droits de l'Homme (LCDDH) said 30 civilians "
        "died in the raid."
    )
    names = [a.name for a in annotated(text)[1]]
    assert "Ligue Congolaise pour la Défense des Droits de l'Homme" in names, names


def test_demonym_unit_with_bracketed_acronym_is_state_forces() -> None:
    text = (
        "Troops of the Cameroonian Rapid Intervention Battalion (BIR) clashed with Boko Haram "
        "near Kolofata. The BIR lost two men."
    )
    found = actors(text)
    unit = found.get("new:cameroonian-rapid-intervention-battalion")
    assert unit is not None, found
    assert unit.type == "state_forces" and unit.country == "CM", unit


def test_nickname_the_text_explains_names_the_group() -> None:
    text = (
        "Soldiers killed 14 Takfiris, the government's term for Islamic State fighters, near "
        "Kirkuk. Takfiris later attacked a checkpoint near Hawija."
    )
    found = actors(text)
    isis = found.get("isis")
    assert isis is not None, found
    assert sum(m.text == "Takfiris" for m in isis.mentions) >= 2, isis.mentions


def test_group_called_by_a_nickname() -> None:
    text = (
        "Pakistan's interior ministry calls the TTP Khawarij. Security forces killed 12 "
        "Khawarij in North Waziristan on Friday."
    )
    ttp = actors(text).get("ttp")
    assert ttp is not None and any(m.text == "Khawarij" for m in ttp.mentions), ttp


def test_island_area_and_military_base_are_places() -> None:
    text = (
        "ISWAP fighters attacked the Kirta Wulgo island area near Kukawa in Borno State. "
        "Gunmen attacked the Barkaram military base (Lac Province) in Chad."
    )
    found_places, found_actors = annotated(text)[:2]
    texts = {p.text for p in found_places}
    assert "Kirta Wulgo" in texts and "Barkaram military base" in texts, texts
    assert not any(a.name in ("Kirta Wulgo", "Barkaram") for a in found_actors), found_actors
