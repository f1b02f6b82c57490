"""Actors in short texts written for these tests (round 14): local names of a group, a
coalition and its member, people the model took for bodies and bodies it took for people,
the report's wire, bare force words, pieces of long names, junk words, ethnic adjectives,
document codes, units named before "front of" a group, and the reporters of a wire
trailer."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.metadata import extract_metadata
from dossier.records import Actor, HtmlMetadata


def actors(text: str) -> list[Actor]:
    return list(annotated(text)[1])


def by_form(found: list[Actor], form: str) -> Actor | None:
    """The actor one of whose mentions is written ``form``."""
    return next((a for a in found if any(m.text == form for m in a.mentions)), None)


def test_local_name_of_a_group_is_that_group_not_its_namesake() -> None:
    text = (
        "Fighters of the Islamic State West Africa Province (ISWAP) raided Kukawa in Borno "
        'state on Friday, police said. The movement is known to residents as "al-Shabaab", '
        "though it has no link with the Somali group. Many villagers simply call the "
        'fighters "yan tawaye". On Sunday Yan tawaye burned two granaries near Monguno.'
    )
    found = actors(text)
    iswap = by_form(found, "ISWAP")
    assert iswap is not None, found
    assert by_form(found, "al-Shabaab") is iswap, found
    assert by_form(found, "Yan tawaye") is iswap, found
    assert not any(a.key == "al_shabaab" for a in found), found


def test_coalition_and_its_member_are_two_actors() -> None:
    text = (
        "The Alliance Fleuve Congo (AFC), the coalition that includes the M23, named a new "
        "administrator for Walikale on Monday. M23 fighters also shelled Nyangezi."
    )
    found = actors(text)
    afc, m23 = by_form(found, "AFC"), by_form(found, "M23")
    assert afc is not None and m23 is not None, found
    assert afc is not m23, found


def test_person_with_an_alias_is_a_person() -> None:
    text = (
        "In a statement, the brigade said the order had come from the group's leadership, "
        'naming Hernán Darío Cárdenas, alias "Tornillo", one of its commanders.'
    )
    found = actors(text)
    person = by_form(found, "Hernán Darío Cárdenas")
    assert person is not None and person.type == "person", found


def test_monitor_in_apposition_is_no_person() -> None:
    text = (
        "Lago Vigia, a conflict monitoring project based in Bangui, said on Tuesday that "
        "eleven people had been killed near Bria."
    )
    found = actors(text)
    monitor = by_form(found, "Lago Vigia")
    assert monitor is None or monitor.type != "person", found


def test_wire_of_the_dateline_is_no_actor() -> None:
    text = (
        "BENI, Congo, June 3 (Agencia Sur) - Gunmen killed five traders on the road to Oicha "
        "on Sunday, a local official told Agencia Sur by telephone."
    )
    found = actors(text)
    assert by_form(found, "Agencia Sur") is None, found


def test_capitalised_bare_army_is_the_army_the_report_names() -> None:
    text = (
        "Colombia's army said rebels attacked a checkpoint near Tumaco on Monday, and the army "
        "sent reinforcements. On Tuesday Army commanders blamed a dissident front for the "
        "attack, the Defence Ministry said."
    )
    found = actors(text)
    army = by_form(found, "army")
    assert army is not None, found
    assert by_form(found, "Army") is army, found


def test_body_named_after_its_foundation_word_is_no_person() -> None:
    text = (
        '"The valleys are lawless," said Jorge Ruiz, a researcher at the Bogotá-based '
        "Fundación Tierra y Memoria, who told reporters the ELN controls the area."
    )
    found = actors(text)
    body = next((a for a in found if a.name.startswith("Fundación")), None)
    assert body is not None and body.type != "person", found
    assert body.name == "Fundación Tierra y Memoria", found


def test_splinter_of_an_armed_group_is_an_armed_group() -> None:
    text = (
        "The government also met the Comandos de la Frontera Sur, a splinter of the ELN, "
        "in Pasto on Thursday."
    )
    found = actors(text)
    group = next((a for a in found if "Frontera Sur" in a.name), None)
    assert group is not None and group.type == "armed_group", found


def test_denominational_church_is_a_body_not_a_building() -> None:
    text = (
        "The hostages were handed to a commission of the Anglican Church and the ICRC in "
        "Kaduna on Friday."
    )
    found = actors(text)
    church = by_form(found, "Anglican Church")
    assert church is not None and church.type == "organization", found


def test_piece_of_a_long_name_is_a_mention_of_the_whole_name() -> None:
    text = (
        "The 12th Column belongs to the Coordinadora Nacional de Bloques y Frente (CNBF), "
        "which broke away last year. The CNBF denied any role."
    )
    found = actors(text)
    group = by_form(found, "CNBF")
    assert group is not None, found
    assert all(m.text in {"CNBF", group.name} for m in group.mentions), group
    assert "Frente" not in {m.text for a in found for m in a.mentions}, found


def test_words_and_codes_that_name_no_actor() -> None:
    text = (
        "The attackers shouted 'Allahu akbar' as they entered the village, a survivor said. "
        "A convoy was ambushed near the LNG site. Estimates follow the ICD-203 standard. "
        "Kigali accuses Kinshasa of arming the FDLR, a Hutu armed group."
    )
    found = actors(text)
    forms = {m.text for a in found for m in a.mentions}
    assert not forms & {"Allahu", "LNG", "ICD-203", "Hutu"}, found


def test_name_of_a_peninsula_is_no_actor_elsewhere() -> None:
    text = (
        "Hours later, fighters raided Nantelo, a village about 8 km from the edge of the "
        "Tungue peninsula site where the company is building its plant. The company said the "
        "Tungue site had not been affected."
    )
    found = actors(text)
    assert by_form(found, "Tungue") is None, found


def test_named_front_of_an_armed_group_is_a_unit() -> None:
    text = (
        "Police blamed the attack on the Jaime Martínez front of the EMC, which operates in "
        "the south of Cauca."
    )
    found = actors(text)
    unit = next((a for a in found if "Jaime Martínez" in a.name), None)
    assert unit is not None and unit.type == "armed_group", found


def test_nickname_surname_is_the_person_better_known_by_it() -> None:
    text = (
        "Police attributed the attack to the EMC, the dissident structure led by Aurelio "
        'Benítez Mora, better known as "Iván Chatarra", who rejected the deal. Analysts say '
        "the EMC under Chatarra has about 3,000 fighters."
    )
    found = actors(text)
    person = by_form(found, "Aurelio Benítez Mora")
    assert person is not None, found
    assert by_form(found, "Chatarra") is person, found


def test_un_brigade_is_an_international_force() -> None:
    text = (
        "The rebels were defeated by the army and the UN's Rapid Reaction Brigade in 2014 "
        "near Beni."
    )
    found = actors(text)
    brigade = by_form(found, "Rapid Reaction Brigade")
    assert brigade is not None and brigade.type == "igo", found


def test_reporters_of_a_wire_trailer_are_the_authors() -> None:
    text = (
        "# Sahel wire digest\n\n"
        "GAO, Mali, June 3 (Meridian) - Gunmen killed five traders near Ansongo on Sunday.\n\n"
        "(Reporting by Oumar Traoré in Gao; additional reporting by Ines Duval in Dakar; "
        "Editing by Paul Grant)\n"
    )
    meta = extract_metadata(text, HtmlMetadata())
    assert meta.author == "Oumar Traoré, Ines Duval", meta
