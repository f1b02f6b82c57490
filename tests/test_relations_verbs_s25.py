"""Areas of operations read off strength estimates and off the sites an attack hit (relB,
round s25).

- A group's strength estimate places the group where the figure's people are: "X fields
  N fighters, about half of them in P", "X had N fighters, most of them around P", "N X
  militants are believed to be sheltering in P", "X militias muster a few thousand men in
  P" (``relation_strengths``). Where the officials or the estimate are ("commanders in P
  reckon"), a figure under a modal, a victim count ("marched 30 young men away ... in P"),
  arrests, a state's forces at home and another body's men give nothing.
- An attack on a group's camp, hideout or position places the group where the site is:
  "an X hideout near P was bombed", "shelled X trenches south of P" (``relation_events``).
  A place named elsewhere in the sentence, a condition, a denial, a plan and a state's own
  base at home give nothing.

Short texts written for these tests (other conflicts and wordings than the development
reports), run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument

DATE = "Situation report, 3 March 2025.\n\n"


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=DATE + text, content_hash="s25b")
    return process_raw(raw)


def areas(text: str) -> set[tuple[str, str]]:
    """(subject name, place text) of the document's stated ``operates_in`` relations."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    return {
        (names.get(r.subject, r.subject), r.object_place.text)
        for r in doc.relations
        if r.predicate == "operates_in" and r.object_place is not None and r.certainty != "negated"
    }


def places_of(text: str) -> set[str]:
    return {p for _, p in areas(text)}


# -- strength estimates ---------------------------------------------------------------------


def test_share_of_a_strength_places_the_group() -> None:
    text = (
        "The Shining Path remnant still fields some 300 fighters, about half of them in Ayacucho."
    )
    assert "Ayacucho" in places_of(text)


def test_most_of_the_fighters_around_a_town() -> None:
    text = "Kony's LRA had perhaps 3,000 fighters at the time, most of them around Kitgum."
    assert "Kitgum" in places_of(text)


def test_militants_believed_to_be_sheltering_in_a_town() -> None:
    text = (
        "Perhaps 200 ULFA militants are believed to be sheltering in Tinsukia, police sources say."
    )
    assert "Tinsukia" in places_of(text)


def test_militias_muster_men_in_a_prefecture() -> None:
    text = "Anti-balaka militias still muster a few thousand men in Ouham, according to a UN panel."
    assert "Ouham" in places_of(text)


def test_where_the_officials_are_is_no_area() -> None:
    for text in (
        "Police commanders in Guwahati reckon ULFA has about 250 cadres.",
        "ULFA has fewer than 250 cadres left, a spokesman in Guwahati said.",
        "ULFA boasts of 2,000 cadres, a figure intelligence officers in Guwahati reject.",
    ):
        assert "Guwahati" not in places_of(text), text


def test_a_modal_figure_places_nothing() -> None:
    text = "ULFA may move 300 cadres into Tinsukia before the polls, police fear."
    assert "Tinsukia" not in places_of(text)


def test_a_negated_figure_places_nothing() -> None:
    assert "Soroti" not in places_of("The LRA has never kept 1,000 fighters in Soroti.")


def test_victims_and_detainees_are_no_strength() -> None:
    assert "Bossangoa" not in places_of(
        "Anti-balaka gunmen marched about 30 young men away at gunpoint in Bossangoa, "
        "witnesses said."
    )
    assert "Huancayo" not in places_of(
        "Nine alleged Shining Path couriers were detained in Huancayo on Friday, the "
        "interior ministry said."
    )


def test_another_bodys_men_place_not_the_group() -> None:
    text = "Self-defence units formed to resist the LRA count some 2,000 men in Soroti, a church group says."
    assert ("Lord's Resistance Army", "Soroti") not in areas(text)


def test_a_states_own_forces_at_home_place_nothing() -> None:
    assert "Gulu" not in places_of("Some 4,000 Ugandan soldiers are posted in Gulu district.")


# -- sites an attack hit --------------------------------------------------------------------


def test_bombing_of_a_groups_hideout_near_a_town() -> None:
    text = "An LRA hideout near Obo was bombed by Ugandan helicopters on Friday."
    assert ("Lord's Resistance Army", "Obo") in areas(text)


def test_shelled_trenches_south_of_a_town() -> None:
    text = "Army mortars shelled Shining Path trenches south of Pichari late on Thursday."
    assert "Pichari" in places_of(text)


def test_a_conditional_or_denied_or_planned_strike_places_nothing() -> None:
    for text in (
        "If soldiers storm a Shining Path camp near Pichari, the ceasefire is over.",
        "The ministry denied that troops had shelled a Shining Path hideout near Pichari.",
        "Commanders said they would soon hit Shining Path bases near Pichari.",
    ):
        assert "Pichari" not in places_of(text), text


def test_a_place_named_elsewhere_in_the_sentence_is_not_the_sites() -> None:
    text = (
        "After a week of clashes in Pichari, soldiers on Tuesday attacked trenches held by "
        "the Shining Path."
    )
    assert not any(s.startswith("Shining Path") for s, _ in areas(text))


def test_a_states_base_at_home_places_nothing() -> None:
    text = "A Shining Path column fired on a Peruvian army base outside Pichari on Tuesday."
    assert not any("Peru" in s for s, _ in areas(text))


def test_a_camp_near_troops_is_no_groups_camp() -> None:
    text = "Ugandan soldiers ambushed LRA gunmen near the camp at Pader on Sunday."
    assert "Pader" not in places_of(text)
