"""Relations, round s20 (review fixes): the conditions under which the s20 mechanisms fire,
made right in general, each with a sentence that went wrong before.

- a site struck in an attack stands for its holder only where the holder is a fighting
  party (an armed type, or a body whose name makes it a peace mission): a UN agency's camp
  or an aid body's convoy makes no foe, a peace mission's positions do;
- "facilitators" are no recruiters: where they operate, their group operates;
- a definite place noun ("the town") passes over a place that frames the act of speaking
  ("Speaking in P", "From P, the army said"), refuses a place coordinated with another
  name, and a plural ("the villages") stands for no one place.

Short texts written for these tests, run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

import pytest
from test_relations_s18 import relations


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for (s, p, o) in relations(text) if p == predicate}


# -- the holder of a struck site must be a fighting party ---------------------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "NPA guerrillas ambushed a convoy of the World Food Programme near Davao on Friday.",
            "World Food Programme",
        ),
        (
            "Fano militiamen attacked a camp of the UN refugee agency near Gondar.",
            "United Nations High Commissioner for Refugees",
        ),
    ],
)
def test_an_aid_body_s_site_names_no_foe(text: str, agency: str) -> None:
    assert not any(agency in (s, o) for s, o in _pairs(text, "hostile_to"))


def test_an_armed_group_s_site_still_names_a_foe() -> None:
    text = "The Ethiopian army shelled a hideout of the Oromo Liberation Army near Nekemte."
    assert ("Ethiopian National Defense Force", "Oromo Liberation Army") in _pairs(
        text, "hostile_to"
    )


# -- facilitators are no recruiters -------------------------------------------------------------


def test_financial_facilitators_operate_but_do_not_recruit() -> None:
    text = (
        "Islamic State financial facilitators, who move money for the group, operate in "
        "Johannesburg, the US Treasury said."
    )
    rels = relations(text)
    assert ("Islamic State", "operates_in", "Johannesburg") in rels
    assert not any(p == "recruits_in" for (_, p, _) in rels)


# -- a definite place noun ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker_place"),
    [
        (
            "Fano militiamen attacked Woldia on Monday. From Addis Ababa, the army said it "
            "holds the town.",
            "Addis Ababa",
        ),
        (
            "Speaking in Addis Ababa, a minister said the Ethiopian army still controls the town.",
            "Addis Ababa",
        ),
        (
            "Fano militiamen seized Lalibela in August. Speaking from Bahir Dar, a regional "
            "official said the militia still holds the town.",
            "Bahir Dar",
        ),
    ],
)
def test_the_place_a_speaker_speaks_from_is_not_the_town(text: str, speaker_place: str) -> None:
    assert not any(o == speaker_place for _, o in _pairs(text, "controls"))


def test_the_town_still_refers_past_a_speaker_s_place() -> None:
    text = (
        "Fano militiamen seized Lalibela in August and have held the town since, officials "
        "in Bahir Dar said."
    )
    assert ("Fano", "Lalibela") in _pairs(text, "controls")


def test_a_place_coordinated_with_another_name_competes() -> None:
    # the reviewer's case: the first conjunct resolves as no place, yet it is a second town
    text = (
        "ISWAP fighters raided Monguno and Dikwa overnight. The army said it still holds the town."
    )
    assert not _pairs(text, "controls")


def test_a_name_left_unresolved_beside_the_town_competes() -> None:
    # the second town is read as an organisation: it still stands beside the first
    text = (
        "Fano fighters reached Kobo on Sunday and Woldia on Monday. They have held the town "
        "since then."
    )
    assert not _pairs(text, "controls")


@pytest.mark.parametrize(
    "text",
    [
        "ISIS attacked Mosul on Sunday. The group now controls the villages, residents said.",
        "The Islamic State attacked Raqqa on Sunday. The group now controls the villages, "
        "residents said.",
    ],
)
def test_a_plural_place_noun_stands_for_no_one_place(text: str) -> None:
    assert not _pairs(text, "controls")


def test_a_plural_place_noun_leaves_the_attack_s_place() -> None:
    text = (
        "The Islamic State attacked Raqqa on Sunday. The group now controls the villages, "
        "residents said."
    )
    assert ("Islamic State", "Raqqa") in _pairs(text, "operates_in")


# -- a peace mission's sites are a foe's; an aid agency's are not -------------------------------


def test_a_peace_mission_s_positions_still_name_a_foe() -> None:
    text = "Anti-balaka militiamen attacked MINUSCA positions near Bangassou."
    assert any(
        s == "Anti-balaka" and "Stabilization Mission" in o for s, o in _pairs(text, "hostile_to")
    )


def test_an_aid_agency_s_convoy_named_before_it_names_no_foe() -> None:
    text = "Anti-balaka militiamen attacked a UNICEF convoy near Bangassou."
    assert not any("UNICEF" in (s, o) for s, o in _pairs(text, "hostile_to"))
