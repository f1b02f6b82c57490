"""Relations, round s16b: the review of round s16 found matches that state no relation:
an accusation the text calls false or says failed ("wrongly accused of belonging to Y",
"acquitted"); a relative clause after an apposition that names an actor ("X, a rival of Y,
which is backed by Z": Y is backed); a closeness to a group's ground ("close to the army
positions"); two sides that fought a third ("X and Y have fought the government"); a joint
battle with an ally against a third; "the largest group of refugees from P". Each negative
test has the positive beside it: the rule still reads its own construction.

Sentences written for these tests, run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw)


def pairs(text: str) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name or place text) of each relation."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    out = set()
    for r in doc.relations:
        if r.object_actor:
            obj = names.get(r.object_actor, r.object_actor)
        else:
            obj = r.object_place.text if r.object_place else ""
        out.add((names.get(r.subject, r.subject), r.predicate, obj))
    return out


def predicates(text: str, name: str) -> set[str]:
    """The predicates of the relations whose subject is ``name``."""
    return {p for s, p, _ in pairs(text) if s == name}


# -- accusations called false or that failed -----------------------------------------------


def test_falsely_accused_of_membership_is_no_membership() -> None:
    text = (
        "Ahmed Warsame, who was falsely accused of membership in al-Shabaab, was released "
        "by the court on Tuesday."
    )
    assert "member_of" not in predicates(text, "Ahmed Warsame")


def test_wrongly_accused_list_freed_is_no_membership() -> None:
    text = (
        "Three farmers wrongly accused of belonging to Boko Haram, Musa Bello, Ali Garba and "
        "Umar Sani, walked free on Monday."
    )
    got = pairs(text)
    assert not any(p == "member_of" for _, p, _ in got)


def test_mistakenly_identified_as_commander_is_no_membership() -> None:
    text = "Hassan Dahir was mistakenly identified by the police as a senior al-Shabaab commander."
    assert "member_of" not in predicates(text, "Hassan Dahir")


def test_accused_then_acquitted_is_no_membership() -> None:
    text = (
        "Hassan Dahir, accused of membership in al-Shabaab, was acquitted by a military "
        "court in Mogadishu."
    )
    assert "member_of" not in predicates(text, "Hassan Dahir")


def test_accused_then_charges_dropped_is_no_membership() -> None:
    text = (
        "Hassan Dahir, charged with belonging to al-Shabaab, went home after the charges "
        "against him were dropped."
    )
    assert "member_of" not in predicates(text, "Hassan Dahir")


def test_accused_and_arrested_is_still_reported_membership() -> None:
    text = (
        "Hassan Dahir, accused of membership in al-Shabaab, was arrested by the police in "
        "Mogadishu."
    )
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    got = {
        (names.get(r.subject), r.predicate, names.get(r.object_actor or ""), r.certainty)
        for r in doc.relations
    }
    assert ("Hassan Dahir", "member_of", "al-Shabaab", "reported") in got


# -- a relative clause after an apposition naming an actor ---------------------------------


def test_relative_after_apposition_with_actor_is_about_that_actor() -> None:
    text = "Hamas, a rival of Fatah, which is backed by Egypt, held talks in Cairo."
    got = pairs(text)
    assert not any(o == "Hamas" and p == "supports" for _, p, o in got)
    assert not any(s == "Hamas" and o.endswith("Egypt") for s, _, o in got)
    assert ("Hamas", "hostile_to", "Fatah") in got


def test_relative_after_apposition_without_actor_is_about_the_subject() -> None:
    text = "Hamas, the main armed group in Gaza, which is backed by Iran, held talks."
    got = pairs(text)
    assert any(p == "supports" and o == "Hamas" for _, p, o in got)


# -- closeness to a group's ground ---------------------------------------------------------


def test_close_to_army_positions_is_no_affiliation() -> None:
    text = "Hezbollah, which is close to the Israeli army positions, fired rockets overnight."
    assert "affiliate_of" not in predicates(text, "Hezbollah")


def test_close_to_possessive_is_no_affiliation() -> None:
    text = "Amal, which is close to Hezbollah's border villages, condemned the strike."
    assert "affiliate_of" not in predicates(text, "Amal")


def test_close_to_group_is_still_affiliation() -> None:
    text = (
        "Hezbollah, which is close to the Islamic Revolutionary Guard Corps, fired rockets "
        "overnight."
    )
    assert "affiliate_of" in predicates(text, "Hezbollah")


# -- two sides that fought a third ---------------------------------------------------------


def test_two_sides_fought_the_government_are_no_rivals() -> None:
    text = (
        "Al-Shabaab, the main jihadist group in the region, and ISIS Somalia have fought the "
        "government for years."
    )
    assert "hostile_to" not in predicates(text, "al-Shabaab")


def test_two_sides_battled_troops_are_no_rivals() -> None:
    text = "Al-Shabaab and ISIS Somalia battled African Union troops near Kismayo."
    assert not any(
        p == "hostile_to" and o == "Islamic State Somalia Province" for _, p, o in pairs(text)
    )


def test_two_sides_fought_each_other_are_rivals() -> None:
    text = "Al-Shabaab and ISIS Somalia have fought each other since 2018."
    assert ("al-Shabaab", "hostile_to", "Islamic State Somalia Province") in pairs(text)


def test_two_sides_clashed_in_place_are_rivals() -> None:
    text = "Al-Shabaab and ISIS Somalia clashed repeatedly in Puntland in 2023."
    assert ("al-Shabaab", "hostile_to", "Islamic State Somalia Province") in pairs(text)


# -- a joint battle ------------------------------------------------------------------------


def test_joint_battle_with_ally_is_no_hostility() -> None:
    text = "Hezbollah is engaged in a joint battle with the Syrian army against the rebels."
    assert "hostile_to" not in predicates(text, "Hezbollah")


def test_battle_with_ally_against_third_is_no_hostility() -> None:
    text = "Hezbollah is locked in a long fight with the Syrian army against the jihadists."
    assert "hostile_to" not in predicates(text, "Hezbollah")


def test_bloody_battle_with_is_hostility() -> None:
    text = "Hezbollah is engaged in a bloody battle with the Syrian army."
    assert ("Hezbollah", "hostile_to", "Syrian Arab Army") in pairs(text)


# -- "the largest group of" ----------------------------------------------------------------


def test_largest_group_of_people_from_place_is_no_area() -> None:
    text = (
        "Jabhat Ansar al-Din, the largest armed group of refugees from Syria, held a rally "
        "in Berlin."
    )
    assert not any(p == "operates_in" for _, p, _ in pairs(text))


def test_largest_group_of_place_is_area() -> None:
    text = "Al-Shabaab, the largest armed group of Somalia, held a rally."
    assert ("al-Shabaab", "operates_in", "Somalia") in pairs(text)


# -- direction is no support ---------------------------------------------------------------


def test_state_directed_group_is_no_support() -> None:
    text = "Iran denied the report. The Iran-directed Kataib Hezbollah fired rockets at the base."
    assert not any(p == "supports" for _, p, _ in pairs(text))


def test_state_backed_group_is_support() -> None:
    text = "Iran denied the report. The Iran-backed Kataib Hezbollah fired rockets at the base."
    assert any(p == "supports" and o == "Kata'ib Hezbollah" for _, p, o in pairs(text))
