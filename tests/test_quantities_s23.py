"""Quantities, round s23: whose people a toll counts, read from the sides of its paragraph.

- the toll's people noun is the noun the report calls one side by ("the Kuru vigilantes
  ... nine vigilantes died", "a militia known as X ... militiamen died"):
  :func:`dossier.extract.quantity_sides.called_owner`;
- "attackers" counted in a toll are the men of the side the paragraph tells attacking
  ("cadres of X stormed a depot ... 15 attackers died"): ``paragraph_attacker``;
- a later sentence of the paragraph says whose the dead were ("the slain men were members
  of X"): ``belonging_after``;
- another account of that toll with no people noun of its own ("a nurse counted three
  bodies", "the chief put the toll at three") counts the same people
  (``quantities._retold_tolls``), and a heading told again in its story gives its anchor
  to the story's sentence.

Short texts written for these tests (invented places, groups and wordings, not the
development reports), run through the real pipeline.
"""

from __future__ import annotations

from quantity_helpers import Row
from quantity_helpers import quantity_rows as _rows
from test_relations import annotate_text

from dossier.extract.quantities import extract_quantities


def _owner(rows: list[Row], measure: str, low: float) -> str | None:
    hits = [r for r in rows if r[1] == measure and r[2] == low]
    assert hits, rows
    return hits[0][0]


# -- 1. the noun the report calls a side by ---------------------------------------------------


def test_vigilantes_killed_are_the_vigilante_group_of_the_paragraph() -> None:
    rows = _rows(
        "Cattle rustlers ambushed a patrol of the Kungiyar Tsaro vigilantes outside Giro on "
        "Friday. Nine vigilantes died, a police source said."
    )
    assert _owner(rows, "killed", 9.0) == "Kungiyar Tsaro", rows


def test_militiamen_are_the_militia_named_with_known_as() -> None:
    rows = _rows(
        "Near Beni on Monday the ADF overran a post of a village militia known as the Tamba "
        "Boys; between four and seven militiamen died, witnesses said."
    )
    assert _owner(rows, "killed", 4.0) == "Tamba Boys", rows


def test_a_group_named_in_an_anti_prefix_is_not_called_by_the_noun() -> None:
    # "an anti-CODECO militia" calls CODECO nobody's militia: the militiamen are the Guards'
    rows = _rows(
        "Near Djugu on Sunday CODECO overran a post of a clan militia known as the Walendu "
        "Guards, who also fight the anti-CODECO militias; five militiamen died, witnesses said."
    )
    assert _owner(rows, "killed", 5.0) == "Walendu Guards", rows


def test_two_sides_called_by_the_same_noun_give_no_owner() -> None:
    rows = _rows(
        "The Zuma Vigilance Group vigilantes and the Amotekun Corps vigilantes quarrelled "
        "over checkpoints near Giro. Six vigilantes were killed in the shooting."
    )
    assert _owner(rows, "killed", 6.0) is None, rows


def test_victims_are_not_given_to_the_side_called_by_another_noun() -> None:
    rows = _rows(
        "Cattle rustlers ambushed a patrol of the Kungiyar Tsaro vigilantes outside Giro on "
        "Friday. Eleven villagers died in the crossfire."
    )
    assert _owner(rows, "killed", 11.0) is None, rows


def test_the_struck_side_keeps_its_dead_where_a_striker_is_called_so_too() -> None:
    # the drone's side is called "fighters" elsewhere; the struck brigade owns the dead
    rows = _rows(
        "Mara Front fighters have pushed south this month. A Mara Front drone struck a Kivu "
        "Brigade trench near Tiko on Monday; at least three fighters died."
    )
    assert _owner(rows, "killed", 3.0) != "Mara Front", rows


# -- 2. the attackers of the paragraph --------------------------------------------------------


def test_attackers_are_the_side_whose_cadres_attacked() -> None:
    rows = _rows(
        "Cadres of the National Liberation Front of Tripura stormed a fuel depot near "
        "Agartala in 2024 and kept 40 workers hostage until dawn. By the army's count, 15 "
        "attackers died; the group called the figure false."
    )
    assert _owner(rows, "killed", 15.0) == "National Liberation Front of Tripura", rows


def test_attackers_after_troops_raid_are_never_the_raided_group() -> None:
    rows = _rows(
        "Troops raided a camp of the Mai-Mai Yakutumba near Fizi. Officials said 15 "
        "attackers were killed."
    )
    assert _owner(rows, "killed", 15.0) != "Mai-Mai Yakutumba", rows


def test_attackers_killed_by_the_attacked_force_are_the_launching_group() -> None:
    rows = _rows(
        "The Allied Democratic Forces launched a large assault on Oicha on Friday night. "
        "Fighting lasted until dawn. A military spokesman said 30 attackers had been killed."
    )
    assert _owner(rows, "killed", 30.0) == "Allied Democratic Forces", rows


# -- 3. a later sentence says whose the dead were -----------------------------------------------


def test_the_slain_men_belonging_to_a_group_own_the_toll() -> None:
    rows = _rows(
        "Five rebels died in a firefight near Kidal on Sunday, officials said. A local "
        "official said the slain men were most likely foreigners belonging to the Katiba "
        "Macina, a unit that attacked a convoy last year."
    )
    assert _owner(rows, "killed", 5.0) == "Katiba Macina", rows


def test_a_negated_belonging_gives_no_owner() -> None:
    rows = _rows(
        "Five rebels died in a firefight near Kidal on Sunday, officials said. A local "
        "official said the slain men were not members of the Katiba Macina."
    )
    assert _owner(rows, "killed", 5.0) != "Katiba Macina", rows


def test_dead_called_civilians_fleeing_a_group_are_not_its_men() -> None:
    rows = _rows(
        "Five people died in a firefight near Kidal on Sunday, officials said. Relatives "
        "said the dead were herders who had fled the Katiba Macina."
    )
    assert _owner(rows, "killed", 5.0) is None, rows


def test_a_belonging_in_the_next_paragraph_is_not_read() -> None:
    rows = _rows(
        "Five rebels died in a firefight near Kidal on Sunday, officials said.\n\n"
        "In a separate case, the slain men of a March raid were members of the Katiba "
        "Macina, a court heard."
    )
    assert _owner(rows, "killed", 5.0) != "Katiba Macina", rows


# -- 4. other accounts of the same toll ---------------------------------------------------------


def test_bodies_and_the_figure_of_another_source_count_the_same_fighters() -> None:
    rows = _rows(
        "Four fighters of the Mara Front were killed in a firefight near Tiko on Sunday, "
        "police said. A nurse at the Tiko clinic counted three bodies, and the village chief "
        "also put the toll at three."
    )
    assert _owner(rows, "killed", 4.0) == "Mara Front", rows
    assert [r[0] for r in rows if r[1] == "killed" and r[2] == 3.0] == ["Mara Front"] * 2, rows


def test_civilians_of_a_later_sentence_keep_no_owner() -> None:
    rows = _rows(
        "Four fighters of the Mara Front were killed in a firefight near Tiko on Sunday, "
        "police said. Residents said five civilians were also killed."
    )
    assert _owner(rows, "killed", 5.0) is None, rows


def test_the_toll_of_another_paragraph_is_not_retold() -> None:
    rows = _rows(
        "Four fighters of the Mara Front were killed in a firefight near Tiko on Sunday, "
        "police said.\n\nIn Bamenda, residents said they saw three bodies in a ditch."
    )
    assert _owner(rows, "killed", 3.0) is None, rows


def test_a_heading_told_again_is_anchored_on_its_story() -> None:
    text = (
        "2. FIREFIGHT EAST OF KIDAL: SIX REBELS KILLED\n"
        "KIDAL -- Six rebels of the Katiba Macina were killed in a night-long firefight "
        "east of Kidal, police said.\n"
    )
    doc, actors, _places, timexes = annotate_text(text)
    six = [q for q in extract_quantities(doc, actors, timexes) if q.low == 6.0]
    assert six and all("night-long" in q.anchor.quote for q in six), six


# -- 5. people arrested on suspicion of ties to a group -----------------------------------------


def test_men_arrested_on_suspicion_of_supplying_a_group_are_its_people() -> None:
    rows = _rows(
        "Police in Gulu arrested six men suspected of smuggling weapons to the Lord's "
        "Resistance Army."
    )
    assert _owner(rows, "arrested", 6.0) == "Lord's Resistance Army", rows


def test_a_man_described_as_a_commander_of_a_group_is_its_own() -> None:
    rows = _rows(
        "Near Kitgum, soldiers captured a man the army later named as a senior commander of "
        "the Lord's Resistance Army."
    )
    assert _owner(rows, "arrested", 1.0) == "Lord's Resistance Army", rows


def test_a_suspicion_participle_after_a_place_still_ties_the_men() -> None:
    rows = _rows(
        "Acting on a tip, soldiers arrested five men in Arua on Tuesday suspected of selling "
        "petrol to the Lord's Resistance Army."
    )
    assert _owner(rows, "arrested", 5.0) == "Lord's Resistance Army", rows


def test_men_suspected_of_harming_a_group_are_not_its_people() -> None:
    rows = _rows(
        "Police in Gulu arrested six men suspected of killing a Lord's Resistance Army commander."
    )
    assert _owner(rows, "arrested", 6.0) is None, rows


def test_men_who_fled_a_group_are_not_its_people() -> None:
    rows = _rows("Police in Gulu arrested six men who had fled the Lord's Resistance Army.")
    assert _owner(rows, "arrested", 6.0) is None, rows


def test_captives_of_a_group_suspected_of_spying_for_the_army_are_not_the_army_s() -> None:
    rows = _rows("The Lord's Resistance Army abducted six men suspected of spying for the army.")
    assert _owner(rows, "kidnapped", 6.0) != "Lord's Resistance Army", rows


def test_a_vigilante_group_of_another_paragraph_owns_no_dead() -> None:
    rows = _rows(
        "The Zuma Vigilance Group vigilantes patrol the Giro road.\n\n"
        "In Sokoto, nine vigilantes were killed by bandits on Friday."
    )
    assert _owner(rows, "killed", 9.0) is None, rows


def test_the_nearest_attack_decides_whose_attackers_died() -> None:
    # the ADF attacked on Friday, but Sunday's attackers were the troops who raided its camp
    rows = _rows(
        "The ADF stormed Oicha on Friday. On Sunday, troops attacked an ADF camp in Beni, "
        "and officials said 12 attackers were killed there."
    )
    assert _owner(rows, "killed", 12.0) != "Allied Democratic Forces", rows
