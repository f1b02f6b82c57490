"""Quantities, session 15 round 2: quotes before figures, harm words, owners of put figures."""

from __future__ import annotations

from test_quantities import quantities_of

from dossier.records import Quantity


def rows(qs: list[Quantity]) -> list[tuple[str | None, str, float | None, float | None]]:
    return [(q.subject, q.measure, q.low, q.high) for q in qs]


def test_opening_quote_is_no_note_marker() -> None:
    qs = quantities_of(
        '"14 guards were killed and 9 injured in 2023," the prison director said of the '
        "riots in Kano."
    )
    assert ("killed", 14.0) in [(q.measure, q.low) for q in qs]
    qs = quantities_of(
        "'35 fighters joined the group last year,' a defector from Ansar Dine told reporters."
    )
    assert any(q.low == 35.0 for q in qs)


def test_killed_people_are_no_strength() -> None:
    # euphemisms and predicates of killing: the counted people are no force's strength
    for sentence in (
        "The army said four soldiers were martyred in the clash near Kidal on Tuesday.",
        "Police said all five gunmen had been liquidated in a forest near Nalchik.",
        "Tue 4 Mar: three men shot dead in the Kibera area of Nairobi.",
        "Two guards were shot dead at the checkpoint in Gao on Friday.",
    ):
        assert not [q for q in quantities_of(sentence) if q.measure == "fighters"], sentence


def test_put_the_figure_is_a_toll() -> None:
    qs = quantities_of(
        "Officials said 12 inmates were killed and 8 were injured in the riot in Kano last "
        'week. Relatives put the figure at "more than forty".'
    )
    assert (None, "killed", 40.0, None) in rows(qs)
    assert (None, "injured", 40.0, None) not in rows(qs)


def test_put_figure_belongs_to_the_group_named() -> None:
    qs = quantities_of(
        "The Kataib Hezbollah militia attacked a base in Anbar. Security officials put the "
        "group's fighters at between 4,000 and 7,000."
    )
    assert [q.subject for q in qs if q.measure == "fighters"] == ["kataib_hezbollah"]
    qs = quantities_of(
        "Ansar Dine seized Kidal in 2012. Diplomats put its strength at about 1,500."
    )
    assert [q.subject for q in qs if q.measure == "fighters"] == ["ansar_dine"]


def test_fighters_loyal_to_a_group() -> None:
    qs = quantities_of("Some 200 fighters loyal to the Islamic State crossed into Niger.")
    assert [q.subject for q in qs if q.measure == "fighters"] == ["isis"]
    qs = quantities_of(
        "The army clashed with about 150 militants affiliated with Jama'at Nusrat al-Islam "
        "wal-Muslimin near Djibo."
    )
    assert [q.subject for q in qs if q.measure == "fighters"] == ["jnim"]
