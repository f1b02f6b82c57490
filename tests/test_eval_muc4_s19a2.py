"""MUC-4 role mapping, round 19 (muca2): regressions of the review of the s19 mapping. A time
phrase dates only the clause it stands in; a deed told as not done (a negated clause of
damage, death or injury) hits nothing. Each sentence is new (other places, other wordings);
the real model runs."""

from __future__ import annotations

from test_eval_muc4_s19a import _mentions, _roles

from dossier.eval.muc4 import RoleFillers


def _named(fillers: RoleFillers, role: str, word: str) -> bool:
    return any(word in m for m in _mentions(fillers, role))


# ---- old events: the time phrase must date the deed itself


def test_a_time_phrase_in_a_relative_clause_does_not_make_the_deed_old() -> None:
    for text, victim in (
        (
            "Councilwoman Ana Belmonte, who was elected last year, was shot dead on Tuesday "
            "by gunmen outside her home in Varela.",
            "belmonte",
        ),
        (
            "Prosecutor Tomas Rueda, who had received threats the previous year, was "
            "kidnapped yesterday by armed men in Colmar.",
            "rueda",
        ),
    ):
        fillers = _roles(text)
        assert _named(fillers, "Victim", victim), (text, fillers)


def test_a_deed_dated_last_year_in_its_own_clause_is_still_old() -> None:
    fillers = _roles("Councilwoman Ana Belmonte was shot dead by gunmen last year in Varela.")
    assert not _mentions(fillers, "Victim")


# ---- a deed told as not done hits nothing


def test_a_negated_damage_clause_names_no_target() -> None:
    fillers = _roles(
        "Rebels attacked the town of Kesra on Sunday but did not damage the Orvan bridge."
    )
    assert not _named(fillers, "Target", "bridge"), fillers
    fillers = _roles("The explosion did not cause damage to the Ferro embassy, police said.")
    assert not _named(fillers, "Target", "embassy"), fillers
    done = _roles("The explosion caused heavy damage to the Ferro embassy on Monday.")
    assert _named(done, "Target", "embassy")


def test_a_negated_killing_or_injury_names_no_victim() -> None:
    fillers = _roles(
        "Gunmen opened fire on the Ustra hotel on Saturday but did not kill the owner, Felipe Arco."
    )
    assert not _named(fillers, "Victim", "arco"), fillers
    assert _named(fillers, "Target", "ustra hotel")  # the deed that was done stays
    fillers = _roles(
        "Engineer Rosa Dall was not hurt in the attack on the Ustra hotel on Saturday."
    )
    assert not _named(fillers, "Victim", "dall"), fillers
    fillers = _roles(
        "A car bomb exploded outside the Kemer police station on Monday, but it did not "
        "injure the judge Paulo Sarin, who was passing by."
    )
    assert not _named(fillers, "Victim", "sarin"), fillers
    done = _roles(
        "A car bomb exploded outside the Kemer ministry on Monday, killing the judge Paulo Sarin."
    )
    assert _named(done, "Victim", "sarin")
