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

from test_quantities_s19 import _rows

from dossier.extract.numbers import parse_count


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
    assert _bounds("almost seven") == (7, 7)
    assert _bounds("close to 35") == (35, 35)
    assert _bounds("up to 35") == (None, 35)


def test_a_vague_toll_in_a_sentence() -> None:
    rows = _rows("Residents said dozens of houses were burned in Dori on Sunday.")
    assert ("buildings_destroyed", 12, None) in [r[1:] for r in rows]


# -- the dead of an attack are the people of what it struck ------------------------------------


def test_the_dead_of_an_attack_belong_to_the_force_it_struck() -> None:
    rows = _rows(
        "Turkish artillery shelled positions held by the YPG near Tal Rifaat overnight, "
        "killing six fighters and wounding ten."
    )
    owners = {r[1]: r[0] for r in rows}
    assert owners["killed"] == owners["injured"] == "People's Defense Units"


def test_vigilantes_killed_when_their_post_was_overrun() -> None:
    rows = _rows(
        "Gunmen of the Islamic State Sahel Province overran a post of the Volunteers for the "
        "Defence of the Homeland in Seytenga, killing nine vigilantes."
    )
    assert ("Volunteers for the Defence of the Homeland", "killed", 9, 9) in rows


def test_a_clash_names_nobody_s_dead_by_its_object() -> None:
    rows = _rows(
        "Al-Shabaab clashed with Islamic State Somalia fighters in Puntland's Bari region, "
        "leaving eight fighters dead."
    )
    assert (None, "killed", 8, 8) in rows


def test_gang_members_killed_are_the_gang_s() -> None:
    rows = _rows(
        "Mara Salvatrucha gunmen attacked a bus depot in San Pedro Sula on Friday. Honduran "
        "police said three gang members died in the shootout."
    )
    assert [r for r in rows if r[1] == "killed"] == [("MS-13", "killed", 3, 3)]


def test_members_of_a_family_stay_victims() -> None:
    rows = _rows(
        "Four members of his family were killed in the strike, the ministry said after "
        "Hezbollah fired rockets."
    )
    assert (None, "killed", 4, 4) in rows


# -- deployments ----------------------------------------------------------------------------------


def test_a_mission_s_troops_are_deployed() -> None:
    rows = _rows(
        "About 13,000 MINUSCA troops remain in the Central African Republic under the current "
        "mandate."
    )
    assert [r[1:] for r in rows] == [("deployed", 13000, 13000)]


def test_a_foreign_army_s_soldiers_operating_abroad_are_deployed() -> None:
    rows = _rows("Burundi has kept roughly 1,000 soldiers stationed in South Kivu since 2023.")
    assert [r[1:] for r in rows] == [("deployed", 1000, 1000)]


def test_an_armed_group_s_strength_stays_fighters() -> None:
    rows = _rows("The Allied Democratic Forces have about 1,500 fighters in Ituri and North Kivu.")
    assert [r[1:] for r in rows] == [("fighters", 1500, 1500)]


# -- one person named with "a" ------------------------------------------------------------------


def test_one_soldier_killed_is_a_count_of_one() -> None:
    rows = _rows("An IED planted on the road to Kunduz killed a police officer on Saturday.")
    assert [r[1:] for r in rows] == [("killed", 1, 1)]
    rows = _rows("Indian troops detained a teenager in Sopore on suspicion of throwing grenades.")
    assert [r[1:] for r in rows] == [("arrested", 1, 1)]


def test_an_article_is_no_count_beside_other_people_or_without_harm() -> None:
    rows = _rows("Kidnappers abducted a doctor and three nurses from a clinic in Kaduna state.")
    assert [r[1:] for r in rows] == [("kidnapped", 4, 4)]
    assert _rows("The group's media office described the raid as a success.") == []
    assert _rows("The army said it had not killed a single civilian during the operation.") == []


# -- people arrested are the group their phrase names ------------------------------------------


def test_people_arrested_are_the_group_their_phrase_names() -> None:
    rows = _rows(
        "Counter-terrorism police in Mombasa detained five alleged al-Shabaab financiers after "
        "a raid."
    )
    assert rows == [("al-Shabaab", "arrested", 5, 5)]
    rows = _rows("Boko Haram fighters detained 12 health workers near Gwoza on Monday.")
    assert rows == [(None, "arrested", 12, 12)]


# -- a nationality on the noun --------------------------------------------------------------------


def test_a_nationality_picks_the_force_of_that_country() -> None:
    rows = _rows(
        "The Chadian army said two Chadian soldiers were hurt near Lake Fitri when militants "
        "attacked a post."
    )
    assert ("Chadian forces", "injured", 2, 2) in rows


def test_what_jihadist_claims_call_crusaders_are_soldiers() -> None:
    rows = _rows(
        "Nigerian troops have guarded the road to Monguno since 2020. ISWAP's newsletter "
        "claimed nine Nigerian crusaders were killed in the raid."
    )
    assert [r for r in rows if r[1] == "killed"] == [("Nigerian Army", "killed", 9, 9)]


# -- what the assailants took ----------------------------------------------------------------------


def test_arms_the_assailants_took_are_the_acting_group_s() -> None:
    rows = _rows(
        "JNIM fighters attacked a market near Djibo on Friday. The assailants carried off at "
        "least five rifles, a local official said."
    )
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "weapons", 5, None) in rows


def test_arms_of_bare_gunmen_stay_nobody_s() -> None:
    rows = _rows("Unknown men carried off five rifles from a police station in Kasese.")
    weapons = [r for r in rows if r[1] == "weapons"]
    assert weapons == [(None, "weapons", 5, 5)]


# -- upwards of N -----------------------------------------------------------------------------------


def test_upwards_of_n_after_a_verb_of_displacement() -> None:
    rows = _rows("The offensive displaced upwards of 12,000 in Tawila, camp coordinators said.")
    assert (None, "displaced", 12000, None) in rows


# -- a unit's number after its name -----------------------------------------------------------


def test_a_number_after_a_unit_noun_names_the_unit() -> None:
    from dossier.extract.numbers import find_counts

    texts = [c.text for c in find_counts("Column 7 detained 40 men near Sector 4's camp.")]
    assert texts == ["40"]
    # a lower-case noun is no name: "a force of 300" is a count
    assert [c.text for c in find_counts("a force of 300 fighters")] == ["300"]
