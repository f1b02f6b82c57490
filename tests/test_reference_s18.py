"""(s18) Definite reference across sentences (dossier.resolve.reference).

"the alliance", "the mission", "both groups", "the township" stand for the actor or place
named just before; a phrase with two fitting antecedents, one with its own modifier naming
something else, or one after a section heading refers to nothing. Sentences written for these
tests, about other conflicts than the development reports.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from dossier.records import Actor, PlaceMention
from dossier.resolve.reference import resolve_definite_references


@lru_cache(maxsize=64)
def _resolved(text: str) -> tuple[Doc, tuple[Actor, ...], tuple[PlaceMention, ...]]:
    from dossier.clean import clean_text
    from dossier.nlp import build_nlp
    from dossier.pipeline import resolve_document

    cleaned = clean_text(text)
    doc = build_nlp()(cleaned.text)
    resolved = resolve_document(doc, cleaned, None)
    return doc, resolved.actors, resolved.places


def references(text: str) -> dict[str, set[str]]:
    """Phrase text -> the names of the actors it was given."""
    doc, actors, places = _resolved(text)
    out_actors, _ = resolve_definite_references(doc, actors, places)
    found: dict[str, set[str]] = {}
    for a in out_actors:
        for m in a.mentions:
            if m.source == "reference":
                found.setdefault(m.text.lower(), set()).add(a.name)
    return found


def place_references(text: str) -> dict[str, str | None]:
    """Phrase text -> the name of the place it was given (new place mentions only)."""
    doc, actors, places = _resolved(text)
    _, out_places = resolve_definite_references(doc, actors, places)
    before = {(p.start, p.end) for p in places}
    return {
        p.text.lower(): (p.place.name if p.place else None)
        for p in out_places
        if (p.start, p.end) not in before
    }


def test_a_named_alliance_is_the_alliance_of_the_next_sentence() -> None:
    text = (
        "The Sahel Defence Alliance was formed in 2021 by three militias in central Mali. "
        "In May 2023 the alliance ambushed an army convoy near Douentza, killing nine soldiers."
    )
    assert references(text) == {"the alliance": {"Sahel Defence Alliance"}}


def test_the_text_calling_an_actor_a_mission_makes_it_the_mission() -> None:
    text = (
        "The Multinational Security Support mission began deploying in June 2024. "
        "The mission is funded largely by the United States."
    )
    assert references(text) == {"the mission": {"Multinational Security Support"}}


def test_a_modifier_naming_another_actor_refuses_the_reference() -> None:
    text = (
        "The Multinational Security Support mission began deploying in June 2024. "
        "The Kenyan mission said on Monday that its troops had repelled an attack."
    )
    assert references(text) == {}


def test_the_rival_faction_is_not_the_faction_just_named() -> None:
    text = (
        "The Hafiz Gul Bahadur faction attacked a checkpoint in Miranshah on Sunday. "
        "The rival faction claimed an attack on a convoy near Bannu the same day."
    )
    assert "the rival faction" not in references(text)


def test_two_fitting_groups_give_no_antecedent() -> None:
    text = (
        "Al-Shabaab and the Islamic State in Somalia both operate in Puntland. "
        "The group attacked a checkpoint in Bosaso on Tuesday."
    )
    assert references(text) == {}


def test_no_reference_across_a_section_heading() -> None:
    text = (
        "The Allied Democratic Forces killed 40 villagers near Beni in June.\n\n"
        "## Government response\n\n"
        "The group is estimated to have about 1,500 fighters."
    )
    assert references(text) == {}


def test_the_army_never_refers_to_a_rebel_army() -> None:
    text = (
        "The Kachin Independence Army seized Bhamo in January. "
        "The army launched airstrikes on the town the following week."
    )
    assert "the army" not in references(text)


def test_both_groups_are_the_two_groups_named_before() -> None:
    text = (
        "The Revolutionary Armed Forces of Colombia and the National Liberation Army signed a "
        "truce in 2019. Both groups recruit minors in Arauca, according to the ombudsman."
    )
    assert references(text) == {
        "both groups": {"Revolutionary Armed Forces of Colombia", "National Liberation Army"}
    }


def test_the_township_is_the_township_named_before() -> None:
    text = (
        "A military jet bombed a market in Hpakant township on Friday. The Kachin Independence "
        "Army, which has held the township since 2023, said 14 people were killed."
    )
    _, _, places = _resolved(text)
    named = next(p for p in places if p.text.startswith("Hpakant"))
    assert named.place is not None
    assert place_references(text) == {"the township": named.place.name}


def test_two_districts_give_the_district_no_place() -> None:
    text = (
        "Fighting was reported in Rutshuru district and in Masisi district last week. "
        "The district has been under rebel control since 2022."
    )
    assert "the district" not in place_references(text)


def test_a_reference_feeds_the_relations() -> None:
    from dossier.extract.relations import extract_relations
    from dossier.resolve.timex import extract_timexes

    text = (
        "The Multinational Security Support mission began deploying in June 2024. "
        "The mission is funded largely by the United States."
    )
    doc, actors, places = _resolved(text)
    actors2, places2 = resolve_definite_references(doc, actors, places)
    names = {a.key: a.name for a in actors2}
    rels = extract_relations(doc, actors2, places2, extract_timexes(text, None, doc))
    assert any(
        names.get(r.object_actor or "") == "Multinational Security Support"
        and r.predicate == "supports"
        for r in rels
    )


def test_a_name_the_model_missed_blocks_a_guess() -> None:
    # "the Gourma Coalition" is no actor mention: "the coalition" may be it, so no guess
    text = (
        "The Gourma Coalition was formed in 2021 when the Liptako Coalition and several Seno "
        "militias agreed to stop fighting. In 2023 the coalition attacked army posts near "
        "Douentza."
    )
    assert references(text) == {}


def test_unnamed_gunmen_are_no_antecedent_of_the_group() -> None:
    text = (
        "Gunmen stormed a police post in Mandera on Sunday, killing four officers. "
        "An al-Shabaab spokesman said the group was not involved."
    )
    found = references(text)
    assert all("Unidentified" not in name for names in found.values() for name in names)
    assert found.get("the group", {"al-Shabaab"}) == {"al-Shabaab"}


def test_of_two_named_alliances_the_topic_of_the_sentence_before_wins() -> None:
    text = (
        "The Sahel Defence Alliance was formed in 2021 when the Gourma Alliance and several "
        "Seno militias agreed to stop fighting. In 2023 the alliance attacked army posts near "
        "Douentza."
    )
    assert references(text) == {"the alliance": {"Sahel Defence Alliance"}}


def test_an_unresolved_earlier_phrase_stops_a_later_guess() -> None:
    # the first "the organization" has no antecedent after the heading; the second one means
    # the same unnamed organization, not the group named in between
    text = (
        "## Aims\n\n"
        "With the new video, the organization wants to show its strength in areas taken "
        "from Hamas. The video is a deliberate message by the organization to its recruits."
    )
    assert references(text) == {}


def test_an_argument_of_the_same_verb_is_not_the_group() -> None:
    # "the group's base" is not the attacker's own: no guess rather than the subject
    text = "The Islamic State Khorasan Province attacked the group's base in Kunar on Monday."
    assert references(text) == {}


def test_a_verbless_line_is_read_without_hanging() -> None:
    # a headline whose root is a noun: the walk up to the clause's verb must end
    text = "Boko Haram raids Gwoza.\n\nAttack on the town by the group at dawn."
    assert set(references(text)) <= {"the group"}
