"""Review of the relB s23 relation mechanisms (rvB, s23b): a merger its subject denies, a
group's name that only modifies the noun a merger forms, presence words whose subject is
not the group's men, blame where a second "on" names the blamed party, and a place held
only formerly. Sentences
written for these tests (the real model, no mocks)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="<text>", format="text", text=text, content_hash=str(hash(text)))
    return process_raw(raw)


def stated(text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject name, object name or place text) of the relations of ``predicate`` that
    are not negated."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    out: set[tuple[str, str]] = set()
    for r in doc.relations:
        if r.predicate != predicate or r.certainty == "negated":
            continue
        if r.object_actor is not None:
            obj = names.get(r.object_actor, r.object_actor)
        else:
            obj = r.object_place.text if r.object_place is not None else ""
        out.add((names.get(r.subject, r.subject), obj))
    return out


# -- mergers ---------------------------------------------------------------------------


def test_neither_nor_subject_states_no_merger() -> None:
    got = stated(
        "Neither Ahrar al-Sham nor the Nour al-Din al-Zenki Movement merged to form the "
        "Syrian Liberation Front.",
        "merged_into",
    )
    assert got == set()


@pytest.mark.parametrize(
    "text",
    [
        "The MNLA and the HCUA united to launch an FLA offensive near Anefis.",
        "Ansar Dine and al-Mourabitoun combined to create a JNIM unit in Gao.",
    ],
)
def test_group_name_modifying_another_noun_is_no_merged_body(text: str) -> None:
    assert stated(text, "merged_into") == set()


def test_merger_into_a_named_body_still_read() -> None:
    got = stated(
        "Ahrar al-Sham and the Nour al-Din al-Zenki Movement merged in 2018 to form the "
        "Syrian Liberation Front.",
        "merged_into",
    )
    assert ("Ahrar al-Sham", "Syrian Liberation Front") in got


# -- presence of a group's men ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Villagers displaced by al-Shabaab are scattered across Lower Juba.",
        "Hostages held by al-Shabaab were concentrated in Jilib.",
        "Former al-Shabaab fighters are concentrated in Baidoa.",
        "Families of the ISWAP fighters are gathered in Bama.",
    ],
)
def test_people_named_after_a_group_are_not_its_men(text: str) -> None:
    assert stated(text, "operates_in") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The vigilantes who attacked ISWAP are now concentrated in Marte.",
        "Civilians who escaped ISWAP are gathered in Bama.",
    ],
)
def test_group_a_past_verb_takes_as_object_is_not_there(text: str) -> None:
    assert stated(text, "operates_in") == set()


def test_group_men_scattered_somewhere_still_operate_there() -> None:
    got = stated(
        "Al-Shabaab fighters were scattered across Lower Juba after the offensive.",
        "operates_in",
    )
    assert any(p.startswith("Lower Juba") for _, p in got)


# -- blame -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The Nigerian government blamed the attack on the army base in Monguno on ISWAP.",
            "Nigerian Army",
        ),
        (
            "The Taliban blamed Sunday's attack on the Pakistani army post on the TTP.",
            "Pakistan Army",
        ),
    ],
)
def test_the_attacks_target_is_not_the_blamed_party(text: str, target: str) -> None:
    assert not any(o == target for _, o in stated(text, "accuses"))


def test_blame_on_a_group_still_read() -> None:
    got = stated("The Nigerian Army blamed the attack on Boko Haram.", "accuses")
    assert ("Nigerian Army", "Boko Haram") in got


# -- a place a group held before -------------------------------------------------------


def test_place_described_as_formerly_held_is_not_controlled() -> None:
    got = stated("Troops entered Douentza, a town that JNIM formerly controlled.", "controls")
    assert got == set()


def test_place_described_as_held_since_a_year_still_controlled() -> None:
    got = stated("Troops entered Douentza, a town that JNIM has held since 2021.", "controls")
    assert any(p == "Douentza" for _, p in got)
