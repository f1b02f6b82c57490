"""Session 16, round 2: what the round-1 actor rules must not do. Two groups joined by ", or"
stay two; people identified by "named the militants as" or giving their name are no group's
or person's other name; a speaker's line is no label nor a dated place heading; the publisher
taking part in the story is an actor; time zones only after a clock time; a country's
possessive makes a government only of a body named as one; a place described as "a group of
hamlets" stays a place; "Los Angeles" opens no gang's name. All sentences written for these
tests."""

from __future__ import annotations

from report_docs import actor_written, text_actors

from dossier.clean import clean_text
from dossier.eval.muc4_dossier import annotate_text
from dossier.metadata import extract_metadata
from dossier.records import Actor, DateValue, HtmlMetadata
from dossier.sources import credited_names


def _show(actors: tuple[Actor, ...]) -> list[tuple[str, str, list[str]]]:
    return [(a.key, a.type, [m.text for m in a.mentions]) for a in actors]


def test_two_groups_joined_by_or_stay_two() -> None:
    actors = text_actors(
        "Officials said it was unclear if the Zamfara Liberation Front, or the Niger"
        " Valley Freedom Army, was behind the raid on Gusau."
    )
    a = actor_written(actors, "Zamfara Liberation Front")
    b = actor_written(actors, "Niger Valley Freedom Army")
    assert a is None or b is None or a.key != b.key, _show(actors)


def test_people_named_as_militants_are_no_group_name() -> None:
    actors = text_actors(
        "The Sokoto Liberation Front raided Tureta on Monday. Police named the militants as"
        " Haruna Bello and Sani Abubakar."
    )
    front = actor_written(actors, "Sokoto Liberation Front")
    assert front is not None
    assert "Haruna Bello" not in {m.text for m in front.mentions}, _show(actors)


def test_gave_his_name_as_joins_no_people() -> None:
    actors = text_actors(
        "Police spokesman Danladi Yusuf said the detained man gave his name as Idris Garba."
    )
    a, b = actor_written(actors, "Danladi Yusuf"), actor_written(actors, "Idris Garba")
    assert a is None or b is None or a.key != b.key, _show(actors)


def test_a_speaker_line_is_no_label() -> None:
    actors = text_actors(
        "The army shelled the ridge overnight.\n"
        'Abdullahi Kangiwa told reporters: "We will not leave our farms."'
    )
    assert actor_written(actors, "Abdullahi Kangiwa") is not None, _show(actors)


def test_a_dated_quote_of_a_person_is_no_place_heading() -> None:
    actors = text_actors(
        "Statements by the commanders:\n"
        '- Garba Dantani, 5 Oct: "We will fight on."\n'
        "Garba Dantani later denied any role in the attack on the market."
    )
    a = actor_written(actors, "Garba Dantani")
    assert a is not None and a.type == "person", _show(actors)


def test_the_publisher_taking_part_is_an_actor() -> None:
    actors = text_actors(
        "ADAMA, Ethiopia, May 4 (Reuters) - Police in Adama detained a Reuters photographer on"
        " Monday, a witness told Reuters. Reuters demanded his release on Tuesday."
    )
    assert any(m.text == "Reuters" for a in actors for m in a.mentions), _show(actors)
    # still none where it only credits the story
    actors = text_actors(
        "ADAMA, Ethiopia, May 4 (Reuters) - Gunmen attacked a checkpoint near Adama on Friday,"
        " a former officer told Reuters. Reuters could not independently verify the account."
    )
    assert actor_written(actors, "Reuters") is None, _show(actors)


def test_a_time_zone_acronym_away_from_a_clock_is_an_actor() -> None:
    actors = text_actors(
        "Bangladesh's ICT sentenced two Jamaat leaders to death on Monday, and the court"
        " rejected their appeal."
    )
    assert actor_written(actors, "ICT") is not None, _show(actors)
    actors = text_actors("The blast happened at 4:30 a.m. (2230 GMT) near the port.")
    assert actor_written(actors, "GMT") is None, _show(actors)


def test_a_country_possessive_makes_no_ngo_a_government() -> None:
    actors = text_actors("Nigeria's Civil Liberties Concern condemned the killings in Gusau.")
    a = actor_written(actors, "Civil Liberties Concern")
    assert a is None or a.type != "government", _show(actors)
    actors = text_actors("Ghana's National Peace Council met elders from Bawku on Monday.")
    b = actor_written(actors, "National Peace Council")
    assert b is not None and b.type == "government" and b.country == "GH", _show(actors)


def test_a_group_of_hamlets_is_a_place() -> None:
    ann = annotate_text(
        "Troops later retook Tsafe, a group of hamlets near Gusau, after a week of fighting.",
        DateValue("2025-06-20", "day"),
    )
    assert "Tsafe" in [p.text for p in ann.places]


def test_a_city_opens_no_gang_name() -> None:
    actors = text_actors(
        "Rival cartels fought in Culiacán overnight. The Los Angeles Lakers cancelled a"
        " charity game in the city."
    )
    a = actor_written(actors, "Los Angeles Lakers")
    assert a is None or a.type != "criminal_group", _show(actors)


def test_credited_names_split_only_between_whole_names() -> None:
    assert credited_names("Smith, John") == ("Smith, John",)
    assert credited_names("Research and Analysis Centre") == ("Research and Analysis Centre",)
    assert credited_names("Jane Doe and John Roe; Sahel Watch") == (
        "Jane Doe",
        "John Roe",
        "Sahel Watch",
    )


def test_a_front_matter_update_is_no_publication_date() -> None:
    original = (
        "---\ntitle: Situation report\nupdated: 2025-06-01\n---\n\nSituation report\n\n"
        "Clashes were reported near the border."
    )
    cleaned = clean_text(original, markdown=True)
    meta = extract_metadata(cleaned.text, HtmlMetadata(), original=original)
    assert meta.published is None or meta.published.value != "2025-06-01"


def test_a_town_before_a_speaker_stays_a_place() -> None:
    ann = annotate_text(
        "Shelling hit a school near the town of Tafas, the Southern Monitoring Centre reported.",
        DateValue("2025-06-20", "day"),
    )
    assert "Tafas" in [p.text for p in ann.places]


def test_a_label_line_still_names_no_actor() -> None:
    actors = text_actors(
        "Handling note: Not for public circulation.\nGunmen attacked a bus near Ambo on Friday."
    )
    assert actor_written(actors, "Handling") is None, _show(actors)
