"""Session 17, third round: an undefined acronym is linked only to an organisation's name
and never to an office ("PM", "VP"); a gazetteer match inside a longer name that a bracketed
acronym defines yields to the whole name; "the Front" after such a name is that group. All
sentences written for these tests."""

from __future__ import annotations

from report_docs import actor_written, text_actors, text_events

from dossier.records import Actor


def _show(actors: tuple[Actor, ...]) -> list[tuple[str, str, list[str]]]:
    return [(a.key, a.type, [m.text for m in a.mentions]) for a in actors]


def test_title_acronym_is_no_persons_initials() -> None:
    actors = text_actors(
        "PM Amina Warsame said the militants had been routed. Peter Musyoka, a UN official in"
        " Mogadishu, said 12 civilians were killed in Baidoa."
    )
    person = actor_written(actors, "Peter Musyoka")
    assert person is not None, _show(actors)
    assert "PM" not in {m.text for m in person.mentions}, _show(actors)


def test_undefined_acronym_never_takes_a_persons_name() -> None:
    actors = text_actors(
        "Samuel Kariuki, a district official, said the road to Marsabit was closed. SK units"
        " were later seen near the town."
    )
    person = actor_written(actors, "Samuel Kariuki")
    assert person is not None, _show(actors)
    assert all(m.text != "SK" for m in person.mentions), _show(actors)


def test_undefined_acronym_still_links_an_organisation() -> None:
    actors = text_actors(
        "The Ministry of Interior said four police officers died in Diffa. The MoI later"
        " said two more had died in hospital."
    )
    ministry = actor_written(actors, "Ministry of Interior")
    assert ministry is not None, _show(actors)
    assert "MoI" in {m.text for m in ministry.mentions}, _show(actors)


def test_whole_name_with_bracketed_acronym_beats_gazetteer_piece() -> None:
    text = (
        "The Popular Resistance Front of Kasai (FRPK) attacked Tshikapa on Monday. The Front"
        " said it had killed three soldiers."
    )
    actors = text_actors(text)
    group = actor_written(actors, "Popular Resistance Front of Kasai")
    assert group is not None, _show(actors)
    written = {m.text for m in group.mentions}
    assert {"FRPK", "Front"} <= written, _show(actors)
    # no piece of the name is an actor of its own, nor the gazetteer's "Resistance Front"
    assert all(a.key == group.key or "Front" not in a.name for a in actors), _show(actors)
    events = text_events(text)
    assert any(
        p.role == "perpetrator" and p.actor == group.key for e in events for p in e.actors
    ), events


def test_the_front_stays_apart_when_two_fronts_are_named() -> None:
    actors = text_actors(
        "The National Liberation Front of Kivu (FNLK) and the Democratic Front of Ituri"
        " clashed near Bunia. The Front said its men held the bridge."
    )
    kivu = actor_written(actors, "National Liberation Front of Kivu")
    ituri = actor_written(actors, "Democratic Front of Ituri")
    assert kivu is not None and ituri is not None, _show(actors)
    assert "Front" not in {m.text for m in kivu.mentions}, _show(actors)
    assert "Front" not in {m.text for m in ituri.mentions}, _show(actors)


def test_the_front_joins_the_one_front_named_for_the_liberation() -> None:
    actors = text_actors(
        "The Popular Front for the Liberation of Ogaden claimed the ambush near Degehabur."
        " The Front said six soldiers were killed."
    )
    group = actor_written(actors, "Popular Front for the Liberation of Ogaden")
    assert group is not None, _show(actors)
    assert "Front" in {m.text for m in group.mentions}, _show(actors)
    assert actor_written(actors, "Front") in (None, group), _show(actors)


def test_bare_name_particle_opens_no_name() -> None:
    # "(also known as al" cut off at a line's end: a particle glued to nothing is no name
    from dossier.resolve.actors import _name_opens

    assert _name_opens("al-Shabaab")
    assert not _name_opens("al")
