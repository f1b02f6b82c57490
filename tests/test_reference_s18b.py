"""(s18, round 2) Definite reference: the review's counter-examples.

"the organisation" after an NGO or the UN, "the two groups" after three groups, "the group"
after an unnamed "a local vigilante group", "both groups" after the people they abducted, and
a plural reference that must reach relations and quantities for each of its actors.
"""

from __future__ import annotations

import pytest

from tests.test_reference_s18 import _resolved, references

# The reference step gives "both groups" to each actor and extract/common.py now makes one
# slot per actor on that span, but relations (relation_structure._Sentence.by_token) and
# quantities still keep one slot per token: the last of the two wins. Strict, so that the
# fix there shows up here.
_ONE_SLOT_PER_TOKEN = pytest.mark.xfail(
    strict=True, reason="relations/quantities map a token to one slot (files owned by others)"
)


def _relations(text: str) -> set[tuple[str | None, str, str | None]]:
    from dossier.extract.relations import extract_relations
    from dossier.resolve.timex import extract_timexes

    doc, actors, places = _resolved(text)
    names = {a.key: a.name for a in actors}
    rels = extract_relations(doc, actors, places, extract_timexes(text, None, doc))
    return {
        (
            names.get(r.subject),
            r.predicate,
            names.get(r.object_actor or "") or (r.object_place.text if r.object_place else None),
        )
        for r in rels
    }


def _quantity_subjects(text: str) -> set[str | None]:
    from dossier.extract.quantities import extract_quantities
    from dossier.resolve.timex import extract_timexes

    doc, actors, places = _resolved(text)
    names = {a.key: a.name for a in actors}
    qs = extract_quantities(doc, actors, extract_timexes(text, None, doc))
    return {names.get(q.subject or "") for q in qs}


# -- 1. the organisation: an NGO or the UN is a candidate too --------------------------------


def test_the_organisation_after_an_ngo_subject_is_the_ngo() -> None:
    text = (
        "Amnesty International accused the Rapid Support Forces of war crimes in El Fasher "
        "on Monday. The organisation is funded by private donors and operates in Chad."
    )
    found = references(text)
    assert "Rapid Support Forces" not in found.get("the organisation", set())
    assert found.get("the organisation") == {"Amnesty International"}


def test_the_organization_after_un_staff_taken_by_an_armed_group_is_open() -> None:
    text = (
        "Houthi forces detained eleven United Nations staff members in Sanaa last week. "
        "The organization demanded their immediate release."
    )
    assert "the organization" not in references(text)


def test_the_organisation_after_an_aid_agency_is_never_the_armed_group() -> None:
    text = (
        "Fighters of the Allied Democratic Forces looted a clinic run by Doctors Without "
        "Borders near Oicha on Friday. The organisation suspended its work in the area."
    )
    found = references(text).get("the organisation", set())
    assert "Allied Democratic Forces" not in found


# -- 2. the two groups after three --------------------------------------------------------------


def test_the_two_groups_after_three_named_groups_is_nobody() -> None:
    text = (
        "JNIM, the Islamic State Sahel Province and Ansarul Islam are active in northern "
        "Burkina Faso. The two groups have clashed repeatedly near Djibo."
    )
    assert references(text) == {}


def test_the_two_groups_after_two_named_groups_are_both() -> None:
    text = (
        "Hayat Tahrir al-Sham and the Turkistan Islamic Party are active in Idlib. "
        "The two groups have shared checkpoints near Jisr al-Shughur since 2019."
    )
    found = references(text)
    assert set(found) == {"the two groups"}
    assert len(found["the two groups"]) == 2


# -- 3. an earlier unnamed group of the same noun -------------------------------------------------


def test_an_unnamed_vigilante_group_blocks_the_perpetrator() -> None:
    text = (
        "Lakurawa fighters killed 12 members of a local vigilante group near Argungu on "
        "Friday. The group has about 400 members in Kebbi State and is backed by the state "
        "government."
    )
    assert references(text) == {}


def test_a_group_of_women_is_not_their_abductors() -> None:
    text = (
        "A group of 40 women was abducted by Boko Haram near Gwoza on Monday. The group was "
        "attacked again by ISWAP fighters near Bama on Friday."
    )
    assert references(text) == {}


def test_an_appositive_a_group_still_names_the_group() -> None:
    # "X, a jihadist group," describes X: it blocks nothing
    text = (
        "Ansar al-Sunna, a jihadist group, attacked a police post in Mocimboa da Praia on "
        "Monday. The group said it had killed six officers."
    )
    found = references(text)
    assert set(found) == {"the group"} and len(found["the group"]) == 1


# -- 4. both groups meaning the captives ----------------------------------------------------------


def test_both_groups_after_abducted_students_are_not_the_abductors() -> None:
    text = (
        "Boko Haram abducted 20 students from a school in Kankara, and ISWAP abducted 12 aid "
        "workers in Damasak. Both groups were released in March after negotiations."
    )
    assert references(text) == {}


def test_both_groups_after_two_groups_in_different_roles_is_nobody() -> None:
    text = (
        "The Arakan Army ambushed the Arakan Rohingya Salvation Army near Maungdaw on Sunday. "
        "Both groups have recruited teenagers, according to Fortify Rights."
    )
    assert "both groups" not in references(text)


# -- 5. a plural reference reaches every later stage for each actor -------------------------------


@_ONE_SLOT_PER_TOKEN
def test_both_groups_operate_in_gives_each_actor_the_relation() -> None:
    text = (
        "JNIM and the Islamic State Sahel Province have fought each other since 2020. "
        "Both groups operate in the Menaka region and each has about 2,000 fighters."
    )
    found = references(text)
    assert len(found.get("both groups", set())) == 2
    subjects = {s for s, p, _ in _relations(text) if p == "operates_in"}
    assert subjects == found["both groups"]


@_ONE_SLOT_PER_TOKEN
def test_both_groups_lost_fighters_gives_each_actor_the_quantity() -> None:
    text = (
        "The Kachin Independence Army and the Ta'ang National Liberation Army attacked army "
        "posts near Lashio on Sunday. Both groups lost dozens of fighters, according to "
        "local sources."
    )
    found = references(text).get("both groups", set())
    assert len(found) == 2
    assert found <= _quantity_subjects(text)
