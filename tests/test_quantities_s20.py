"""Quantities, round s20: plural vague numbers set no upper bound ("dozens" = 12 or more),
"almost N" is about N, the dead of an attack are the people of what it struck, a mission's or
a state's troops in the field are a deployment, one person a verb of harm names with "a" is a
count of one, people arrested are the group their own phrase names, a nationality on the
noun picks the force of that country, what "the assailants" took is the acting group's, and
"upwards of N" after a verb of displacement.

Short texts written for these tests (other conflicts, other wordings than the development
reports), run through the real pipeline.
"""

from __future__ import annotations

from test_relations import annotate_text

from dossier.extract.numbers import parse_count
from dossier.extract.quantities import extract_quantities

Row = tuple[str | None, str, float | None, float | None]


def _rows(text: str) -> list[Row]:
    doc, actors, _places, timexes = annotate_text(text)
    names = {a.key: a.name for a in actors}
    return [
        (names.get(q.subject) if q.subject else None, q.measure, q.low, q.high)
        for q in extract_quantities(doc, actors, timexes)
    ]


def _bounds(text: str) -> tuple[int | None, int | None]:
    count = parse_count(text)
    assert count is not None
    return count.low, count.high


# -- vague numbers ------------------------------------------------------------------------------


def test_plural_vague_numbers_have_no_upper_bound() -> None:
    assert _bounds("dozens") == (12, None)
    assert _bounds("several hundred") == (200, None)
    assert _bounds("a few thousand") == (2000, None)
    assert _bounds("hundreds") == (100, None)
    assert _bounds("several billion") == (2_000_000_000, None)
    # exact or bounded words keep their bounds
    assert _bounds("a dozen") == (12, 12)
    assert _bounds("several") == (3, 9)


def test_a_vague_phrase_opening_with_a_modifier_keeps_its_own_reading() -> None:
    assert _bounds("more than a dozen") == (13, None)
    assert _bounds("more than 12") == (12, None)


def test_almost_n_is_about_n() -> None:
    assert _bounds("almost two") == (2, 2)
    assert _bounds("close to 20") == (20, 20)
    assert _bounds("up to 20") == (None, 20)


def test_a_vague_toll_in_a_sentence() -> None:
    rows = _rows("Residents said dozens of houses were burned in Dori on Sunday.")
    assert ("buildings_destroyed", 12, None) in [r[1:] for r in rows]


# -- the dead of an attack are the people of what it struck ------------------------------------


def test_the_dead_of_an_attack_belong_to_the_force_it_struck() -> None:
    rows = _rows(
        "On Sunday, a Taliban drone struck a position of the Islamic State Khorasan Province "
        "near Jalalabad, killing at least five fighters and wounding eight, a commander said."
    )
    owners = {r[1]: r[0] for r in rows}
    assert owners["killed"] == owners["injured"] == "Islamic State Khorasan Province"


def test_vigilantes_killed_in_an_ambush_on_their_patrol() -> None:
    rows = _rows(
        "Boko Haram militants ambushed a patrol of the Civilian Joint Task Force near Bama, "
        "killing six vigilantes."
    )
    assert ("Civilian Joint Task Force", "killed", 6, 6) in rows


def test_a_clash_names_nobody_s_dead_by_its_object() -> None:
    rows = _rows(
        "The Kurdistan Workers' Party clashed with the Syrian Democratic Forces near Raqqa, "
        "leaving seven fighters dead."
    )
    assert (None, "killed", 7, 7) in rows


def test_gang_members_killed_are_the_gang_s() -> None:
    rows = _rows(
        "The 5 Segundos gang attacked a market in Port-au-Prince on Monday. Police said six "
        "gang members were killed in the exchange of fire."
    )
    assert [r for r in rows if r[1] == "killed"] == [("5 Segundos", "killed", 6, 6)]


def test_members_of_a_family_stay_victims() -> None:
    rows = _rows(
        "Four members of his family were killed in the strike, the ministry said after "
        "Hezbollah fired rockets."
    )
    assert (None, "killed", 4, 4) in rows


# -- deployments ----------------------------------------------------------------------------------


def test_a_mission_s_troops_are_deployed() -> None:
    rows = _rows(
        "The UN mission in South Sudan fields about 17,000 troops, but its mandate expires."
    )
    assert [r[1:] for r in rows] == [("deployed", 17000, 17000)]


def test_a_foreign_army_s_soldiers_operating_abroad_are_deployed() -> None:
    rows = _rows(
        "An estimated 2,000 Kenya Defence Forces soldiers are operating in Somalia's Jubaland "
        "region."
    )
    assert [r[1:] for r in rows] == [("deployed", 2000, 2000)]


def test_an_armed_group_s_strength_stays_fighters() -> None:
    rows = _rows("Boko Haram is thought to field about 3,000 fighters in the Sambisa forest.")
    assert [r[1:] for r in rows] == [("fighters", 3000, 3000)]


# -- one person named with "a" ------------------------------------------------------------------


def test_one_soldier_killed_is_a_count_of_one() -> None:
    rows = _rows("A Malian soldier was killed in an ambush near Gao on Friday.")
    assert [r[1:] for r in rows] == [("killed", 1, 1)]
    rows = _rows("Police in Lagos arrested a man suspected of financing the kidnappers.")
    assert [r[1:] for r in rows] == [("arrested", 1, 1)]


def test_an_article_is_no_count_beside_other_people_or_without_harm() -> None:
    rows = _rows("Gunmen abducted a priest and two nuns in Enugu state.")
    assert [r[1:] for r in rows] == [("kidnapped", 3, 3)]
    assert _rows("A spokesman for the group said the attack had been a success.") == []
    assert _rows("The army did not kill a single civilian, the spokesman said.") == []


# -- people arrested are the group their phrase names ------------------------------------------


def test_people_arrested_are_the_group_their_phrase_names() -> None:
    rows = _rows("Police in Peshawar arrested four suspected TTP facilitators on Tuesday.")
    assert rows == [("Tehrik-i-Taliban Pakistan", "arrested", 4, 4)]
    rows = _rows("Boko Haram fighters detained 12 aid workers near Bama on Monday.")
    assert rows == [(None, "arrested", 12, 12)]


# -- a nationality on the noun --------------------------------------------------------------------


def test_a_nationality_picks_the_force_of_that_country() -> None:
    rows = _rows(
        "The Rwanda Defence Force said three insurgents were killed and two Rwandan soldiers "
        "injured near Palma."
    )
    assert ("Rwanda Defence Force", "injured", 2, 2) in rows


def test_what_jihadist_claims_call_crusaders_are_soldiers() -> None:
    rows = _rows(
        "Kenyan troops have patrolled the Lamu corridor since 2011. Al-Shabaab's radio claimed "
        "14 Kenyan crusaders were killed in the ambush."
    )
    killed = [r for r in rows if r[1] == "killed"]
    assert len(killed) == 1 and killed[0][0] is not None and killed[0][2] == 14


# -- what the assailants took ----------------------------------------------------------------------


def test_arms_the_assailants_took_are_the_acting_group_s() -> None:
    rows = _rows(
        "The Allied Democratic Forces raided a village near Beni on Monday. The assailants made "
        "off with at least six rifles, a local official said."
    )
    assert ("Allied Democratic Forces", "weapons", 6, None) in rows


def test_arms_of_bare_gunmen_stay_nobody_s() -> None:
    rows = _rows("Gunmen made off with at least six rifles from a police post near Beni.")
    assert all(r[0] is None for r in rows if r[1] == "weapons")


# -- upwards of N -----------------------------------------------------------------------------------


def test_upwards_of_n_after_a_verb_of_displacement() -> None:
    rows = _rows(
        "The clashes killed more than 80 people and displaced upwards of 50,000 in the region."
    )
    assert (None, "displaced", 50000, None) in rows


# -- a unit's number after its name -----------------------------------------------------------


def test_a_number_after_a_unit_noun_names_the_unit() -> None:
    from dossier.extract.numbers import find_counts

    texts = [c.text for c in find_counts("Task Force 88 detained 40 men near Frente 33's camp.")]
    assert texts == ["40"]
    # a lower-case noun is no name: "a force of 300" is a count
    assert [c.text for c in find_counts("a force of 300 fighters")] == ["300"]
