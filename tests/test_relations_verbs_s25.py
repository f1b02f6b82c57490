"""Areas of operations read off strength estimates and off the sites an attack hit (relB,
round s25).

- A group's strength estimate places the group where the figure's people are: "N
  members, roughly half of them in P", "N fighters ... most of them around P", "N cadres
  are thought to remain in P", "X groups number several hundred men in P"
  (``relation_strengths``). Where the officials or the estimate are ("officials in P
  estimate"), a figure under a modal, a victim count ("rounded up 40 men in P"), arrests,
  a state's forces at home and another body's men give nothing.
- An attack on a group's camp, hideout or position places the group where the site is:
  "raided an X camp near P", "shelled X positions outside P" (``relation_events``). A
  place named elsewhere in the sentence, a condition, a denial, a plan and a state's own
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
    text = "Analysts put Boko Haram at some 4,000 members, roughly half of them in Bama."
    assert "Bama" in places_of(text)


def test_most_of_the_fighters_around_a_town() -> None:
    text = "Al-Shabaab keeps about 3,000 fighters in Jubaland, most of them around Jilib."
    assert "Jilib" in places_of(text)


def test_cadres_thought_to_remain_in_a_town() -> None:
    text = (
        "Between 600 and 800 armed Boko Haram fighters are thought to remain in Bama, "
        "according to the army."
    )
    assert "Bama" in places_of(text)


def test_groups_number_men_in_a_region() -> None:
    text = "Pyu Saw Htee groups, armed and paid by the army, number several hundred men in Magway alone."
    assert "Magway" in places_of(text)


def test_where_the_officials_are_is_no_area() -> None:
    assert "Maiduguri" not in places_of(
        "Officials in Maiduguri estimate Boko Haram at about 2,000 fighters."
    )
    assert "Mogadishu" not in places_of(
        "Al-Shabaab has about 6,000 fighters, according to officials in Mogadishu."
    )
    assert "Kismayo" not in places_of(
        "Al-Shabaab said it had 2,000 fighters, a claim officials in Kismayo dismissed."
    )


def test_a_modal_figure_places_nothing() -> None:
    text = "Boko Haram could send 500 fighters into Gwoza next month, officials warned."
    assert "Gwoza" not in places_of(text)


def test_a_negated_figure_places_nothing() -> None:
    assert "Gwoza" not in places_of("Boko Haram does not have 500 fighters in Gwoza.")


def test_victims_and_detainees_are_no_strength() -> None:
    assert "Gao" not in places_of(
        "Members of the Ansar Dine militia rounded up some 40 young men in Gao."
    )
    assert "Garissa" not in places_of(
        "Police arrested 11 suspected al-Shabaab supporters in Garissa on Monday."
    )


def test_another_bodys_men_place_not_the_group() -> None:
    text = (
        "Vigilante groups allied with al-Shabaab number several hundred men in Baidoa "
        "alone, according to a local monitor."
    )
    assert ("al-Shabaab", "Baidoa") not in areas(text)


def test_a_states_own_forces_at_home_place_nothing() -> None:
    assert "Borno" not in places_of("The Nigerian army has 3,000 soldiers deployed in Borno.")


# -- sites an attack hit --------------------------------------------------------------------


def test_raid_on_a_groups_camp_near_a_town() -> None:
    text = "Kenyan troops raided an al-Shabaab training camp near Jilib on Monday."
    assert ("al-Shabaab", "Jilib") in areas(text)


def test_shelled_positions_outside_a_town() -> None:
    text = "On 1 March army artillery shelled ELN positions outside Saravena, the group said."
    assert "Saravena" in places_of(text)


def test_a_conditional_or_denied_or_planned_strike_places_nothing() -> None:
    for text in (
        "If the army attacks an ELN camp near Saravena, talks will collapse.",
        "The army denied that it had bombed an ELN camp near Saravena.",
        "The army said it would soon strike ELN camps near Saravena.",
    ):
        assert "Saravena" not in places_of(text), text


def test_a_place_named_elsewhere_in_the_sentence_is_not_the_sites() -> None:
    text = (
        "Fighting broke out around Saravena on Sunday, where the army attacked positions "
        "held by the ELN."
    )
    assert not any(s.startswith("National Liberation Army") for s, _ in areas(text))


def test_a_states_base_at_home_places_nothing() -> None:
    text = "Boko Haram fighters attacked an army base near Monguno on Sunday."
    assert not any("Army" in s for s, _ in areas(text))


def test_a_camp_near_troops_is_no_groups_camp() -> None:
    text = "Army troops clashed with ISWAP fighters near the camp in Baga."
    assert "Baga" not in places_of(text)
