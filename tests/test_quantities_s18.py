"""Quantities, round s18: mechanisms that carry to reports nobody has seen.

- a hard-wrapped line break inside the counted phrase ("eight gang\\nmembers") is no word;
- whose own dead a toll of state personnel counts: the one force of the noun's kind (police
  for "policemen", the army for "troops") named before, else the force that tells its own
  losses, else the one force of that kind the report names far more than any other; a
  nationality that names another state's force ("two Kenyan officers") rules a force out; a
  bare figure coordinated with a counted noun ("killing three policemen and wounding two")
  counts the same people;
- a noun of strength names whose figure it is ("estimates X strength at N", "the strength of X
  at N"), never the one who estimates it;
- a group's name as the counted noun ("troops killed 20 al-Shabaab");
- "N civilians were among the dead"; people who left their homes or area are displaced;
- people "who had surrendered" count surrendered, the soldiers of the force they came from;
- arms a state force seizes are not its arsenal; a table's captor column owns no arrests.

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from test_quantities import quantities_of


def _one(text: str, needle: str):  # noqa: ANN202 - a Quantity
    found = [q for q in quantities_of(text) if needle in q.text]
    assert found, f"no quantity with {needle!r}: {[q.text for q in quantities_of(text)]}"
    return found[0]


def test_a_wrapped_line_inside_the_counted_phrase() -> None:
    q = _one("The army said eleven rebel\nfighters were killed near the river on Friday.", "eleven")
    assert (q.measure, q.low, q.high) == ("killed", 11, 11)
    q = _one(
        "Monitors recorded at least 3,400\n  people killed in communal violence in 2023.",
        "3,400",
    )
    assert (q.measure, q.low) == ("killed", 3400)


def test_soldiers_killed_are_the_one_army_the_report_names() -> None:
    text = (
        "The Sudanese Armed Forces shelled the market. The SAF later withdrew. The SAF said it "
        "would return.\n\nThe rains came early this year. RSF fighters overran a base near "
        'Kutum, the group said, claiming to have killed "more than 25 enemy troops".'
    )
    q = _one(text, "enemy troops")
    assert (q.subject, q.measure, q.low) == ("saf", "killed", 25)


def test_the_army_that_tells_its_own_losses() -> None:
    q = _one(
        "Al-Shabaab fighters stormed an outpost near Jilib. The Somali National Army said that "
        "fewer than six soldiers died.",
        "soldiers",
    )
    assert (q.subject, q.measure) == ("somali_national_army", "killed")


def test_the_source_of_the_sentence_before_owns_no_soldiers() -> None:
    q = _one(
        "A bomb hit a Frontier Corps vehicle, killing two soldiers, according to the "
        "Pakistan Army. The TTP claimed that seven soldiers were killed.",
        "seven soldiers",
    )
    assert q.subject == "frontier_corps"


def test_a_wounded_figure_coordinated_with_policemen() -> None:
    rows = quantities_of(
        "The Nigeria Police Force deployed to Zamfara. Bandits attacked a checkpoint near "
        "Gusau, killing four policemen and wounding three, a resident said."
    )
    by_measure = {q.measure: q for q in rows}
    assert by_measure["killed"].subject == by_measure["injured"].subject
    assert by_measure["injured"].low == 3


def test_a_foreign_nationality_rules_a_force_out() -> None:
    q = _one(
        "The Haitian National Police raided a base in Cite Soleil; three Kenyan officers were "
        "wounded.",
        "Kenyan officers",
    )
    # no Kenyan force is named: nobody's, and never the Haitian police's
    assert (q.subject, q.measure) == (None, "injured")


def test_civilians_killed_stay_nobodys() -> None:
    q = _one(
        "The Malian army said its troops clashed with JNIM near Mopti; nine villagers were killed.",
        "villagers",
    )
    assert q.subject is None


def test_the_strength_noun_names_the_group_not_the_estimator() -> None:
    q = _one(
        "The UN Monitoring Team estimates ISWAP strength at 4,000-5,000 fighters around the lake.",
        "fighters",
    )
    assert (q.subject, q.low, q.high) == ("iswap", 4000, 5000)
    q = _one(
        "Researchers at a Nairobi institute estimated the strength of al-Shabaab at 7,000 to "
        "9,000 fighters.",
        "fighters",
    )
    assert q.subject == "al_shabaab"


def test_a_groups_name_as_the_counted_noun() -> None:
    q = _one("Somali troops killed 17 al-Shabaab in a raid near Jilib.", "17")
    assert (q.subject, q.measure, q.low) == ("al_shabaab", "killed", 17)


def test_people_among_the_dead() -> None:
    q = _one(
        "Witnesses said that at least 4 children were among the dead after the strike.",
        "children",
    )
    assert (q.measure, q.low, q.subject) == ("killed", 4, None)


def test_people_who_left_their_homes_are_displaced() -> None:
    q = _one("About 6,000 villagers have left the district since June.", "villagers")
    assert (q.measure, q.low) == ("displaced", 6000)
    # fighters who leave a town are no displaced people
    assert all(
        q.measure != "displaced"
        for q in quantities_of("Some 400 fighters left the town on Sunday.")
    )


def test_soldiers_who_surrendered_are_the_armys() -> None:
    text = (
        "The Myanmar army lost several posts. The Myanmar army said it would hold Sittwe. The "
        "Myanmar army called up reservists.\n\nThe Arakan Army released a video of 31 "
        "soldiers who had surrendered near Buthidaung."
    )
    q = _one(text, "31")
    assert q.measure == "surrendered"
    assert q.subject != "arakan_army"


def test_arms_the_police_seize_are_not_theirs() -> None:
    q = _one(
        "Haitian National Police officers arrested a man after finding four rifles in a truck.",
        "rifles",
    )
    assert q.measure == "weapons" and q.subject is None


def test_a_table_captor_owns_no_arrests() -> None:
    text = (
        "| Date | Place | Event | Actor | Toll |\n"
        "|---|---|---|---|---|\n"
        "| 4 May | Kano | Raid on a safe house | Nigerian Army | 6 arrested |\n"
    )
    rows = [q for q in quantities_of(text) if q.measure == "arrested"]
    assert rows and all(q.subject is None for q in rows)


def test_the_length_of_a_recording_is_no_duration() -> None:
    rows = quantities_of("On Friday the group's media wing released a 35-minute video of the raid.")
    assert all(q.measure != "duration" for q in rows)
    # how long a siege lasted stays one
    rows = quantities_of(
        "Gunmen held the hotel in Mogadishu for 14 hours before troops stormed it."
    )
    assert any(q.measure == "duration" and q.low == 14 for q in rows)


def test_an_aside_between_the_people_and_the_verb() -> None:
    q = _one(
        "The group is still remembered for its March 2016 bombing of a park in Lahore, in "
        "which more than 70 people, most of them women, were killed.",
        "70",
    )
    assert (q.measure, q.low, q.high) == ("killed", 70, None)


def test_militants_of_the_one_group_their_paragraph_names() -> None:
    text = (
        "Weekly notes\n\n"
        "About 30 militants armed with rifles stormed a police station near Mubi, a local "
        "official said. ISWAP claimed the attack on its Amaq channel.\n\n"
        "Boko Haram was quiet this week."
    )
    q = _one(text, "militants")
    assert (q.subject, q.measure, q.low) == ("iswap", "fighters", 30)
    # a paragraph naming two groups names no owner
    text = (
        "About 30 militants stormed a police station near Mubi, a local official said. Both "
        "ISWAP and Boko Haram operate nearby."
    )
    assert _one(text, "militants").subject is None


def test_a_figure_that_counts_the_noun_after_it_stands_for_no_toll() -> None:
    rows = quantities_of(
        "Residents said the death toll was higher, with one local rights group, the Justice "
        "Network, counting 31 bodies."
    )
    assert [(q.measure, q.low) for q in rows] == [("killed", 31)]


def test_rounds_counted_beside_rifles_are_arms_and_a_tilde_is_about() -> None:
    rows = quantities_of(
        "Customs officers found three rifles and ~2,000 rounds in a container at the port."
    )
    rounds = [q for q in rows if "rounds" in q.text]
    assert rounds and (rounds[0].measure, rounds[0].low) == ("weapons", 2000)
    assert rounds[0].approximate
    # a round of talks is no count of arms
    assert not [
        q for q in quantities_of("The talks went into a second round.") if "round" in q.text
    ]


def test_people_of_one_coordinated_with_a_count_add_up() -> None:
    q = _one("Two teachers and a school guard were abducted near Kaduna on Monday.", "teachers")
    assert (q.measure, q.low, q.high, q.subject) == ("kidnapped", 3, 3, None)
    assert "guard" in q.text
    q = _one("Gunmen kidnapped a Catholic priest and three seminarians in Enugu.", "seminarians")
    assert (q.measure, q.low) == ("kidnapped", 4)
    # two counts stay two
    rows = quantities_of("The blast killed four police officers and two attackers.")
    assert sorted(q.low for q in rows if q.measure == "killed") == [2, 4]
