"""Session 16: actors as mechanisms. Aliases the text defines in any syntax ("X, or the Y,",
"refer to the group as "Y"", "spelled his name Y", "X (Sheikh Y)", initials), the types of
bodies the model takes for people, junk (time zones, labels, dated place headings, the
publisher) and state bodies with their country. All sentences written for these tests."""

from __future__ import annotations

from dossier.clean import clean_text
from dossier.metadata import extract_metadata
from dossier.nlp import build_nlp
from dossier.pipeline import resolve_document
from dossier.records import Actor, HtmlMetadata
from dossier.sources import credited_names


def _actors(text: str, meta: HtmlMetadata | None = None) -> tuple[Actor, ...]:
    cleaned = clean_text(text)
    doc = build_nlp()(cleaned.text)
    metadata = extract_metadata(cleaned.text, meta or HtmlMetadata(), original=cleaned.original)
    publisher = credited_names(metadata.source_original, metadata.source, metadata.author)
    return resolve_document(doc, cleaned, metadata.published, publisher=publisher).actors


def _owner(actors: tuple[Actor, ...], written: str) -> Actor | None:
    """The actor one of whose mentions is written ``written``."""
    return next((a for a in actors if any(m.text == written for m in a.mentions)), None)


def _same(text: str, one: str, other: str) -> Actor:
    actors = _actors(text)
    a, b = _owner(actors, one), _owner(actors, other)
    assert a is not None and b is not None, [(x.name, [m.text for m in x.mentions]) for x in actors]
    assert a.key == b.key, [(x.key, [m.text for m in x.mentions]) for x in actors]
    return a


# --------------------------------------------------------------------------------------------
# aliases


def test_or_alias_joins_a_name_and_its_translation() -> None:
    a = _same(
        "In March the insurgents joined a new coalition, Harakat al-Nasr al-Sha'bi, or the"
        " Popular Victory Movement, which now fields about 2,000 fighters in Kordofan.",
        "Harakat al-Nasr al-Sha'bi",
        "Popular Victory Movement",
    )
    assert a.type != "person"


def test_or_alias_in_brackets() -> None:
    _same(
        "The Coastal Defence Battalions (also Kataib al-Sahil) shelled the port of Tartus on"
        " Sunday, killing two dockworkers.",
        "Coastal Defence Battalions",
        "Kataib al-Sahil",
    )
    # not the last of a list: "Hamas, Hezbollah, or the PFLP"
    actors = _actors(
        "Analysts say Hamas, Hezbollah, or the Popular Front for the Liberation of Palestine"
        " could respond within days."
    )
    hamas = _owner(actors, "Hamas")
    pflp = _owner(actors, "Popular Front for the Liberation of Palestine")
    assert hamas is None or pflp is None or hamas.key != pflp.key


def test_quoted_pejorative_of_several_words_is_the_group() -> None:
    _same(
        'Government spokesmen habitually refer to the Kordofan Liberation Front as "Jabhat'
        ' al-Khawana", a slur. On Monday the army said Jabhat al-Khawana fighters had ambushed a'
        " convoy near Dilling.",
        "Kordofan Liberation Front",
        "Jabhat al-Khawana",
    )


def test_refer_to_the_group_as_far_from_its_name() -> None:
    _same(
        "The Kordofan Liberation Front attacked a police post in Dilling on Monday. Four"
        " officers died. The army sent reinforcements. Residents fled the town. The front said"
        ' it had taken weapons. State television regularly refers to the group as "Jabhat'
        ' al-Khawana", a slur. Jabhat al-Khawana fighters were also blamed for a bombing in'
        " Kadugli.",
        "Kordofan Liberation Front",
        "Jabhat al-Khawana",
    )


def test_which_the_government_calls() -> None:
    _same(
        'The Sahel Defence Brigades, which the junta calls "Kataib al-Irhab", ambushed a'
        " convoy near Menaka on Tuesday, killing nine soldiers.",
        "Sahel Defence Brigades",
        "Kataib al-Irhab",
    )
    # "calling them X" of reports names no group
    actors = _actors(
        "The Kordofan Liberation Front attacked Dilling on Monday. The governor denied reports"
        ' that a second post had fallen, calling them "enemy lies".'
    )
    assert all("enemy lies" not in a.aliases for a in actors)


def test_spelled_his_name() -> None:
    a = _same(
        "Police identified the suspect as Abdirahman Warsame, 34. Somali outlets spelled his"
        " name Cabdiraxmaan Warsame.",
        "Abdirahman Warsame",
        "Cabdiraxmaan Warsame",
    )
    assert a.type == "person"


def test_also_spelt() -> None:
    _same(
        "The commander, Mahamat Nour Abakar (also spelt Mahammat Nur Abakar), was captured near"
        " Abeche on Friday.",
        "Mahamat Nour Abakar",
        "Mahammat Nur Abakar",
    )


def test_bracketed_other_name_with_a_title() -> None:
    a = _same(
        "The movement is commanded by Ahmed Tarbush (Sheikh Dawud Mahad), a former teacher from"
        " Kismayo.",
        "Ahmed Tarbush",
        "Dawud Mahad",
    )
    assert a.type == "person"


def test_bracketed_other_name_the_model_took_for_a_body() -> None:
    a = _same(
        "The rebels are led by Gutu Wako (Dhaabaa Tolosa), a former schoolteacher.",
        "Gutu Wako",
        "Dhaabaa Tolosa",
    )
    assert a.type == "person"


def test_initials_of_a_name_after_the() -> None:
    a = _same(
        "A source said the pattern matched the Kelompok Serang Malam, the small armed units of"
        " the movement. Analysts say KSM cells operate in the hills.",
        "Kelompok Serang Malam",
        "KSM",
    )
    assert a.type == "armed_group"


# --------------------------------------------------------------------------------------------
# types


def test_name_after_the_is_no_person() -> None:
    actors = _actors(
        "Officers blamed the raid on the Pasukan Tempur Khusus, a commando wing of the rebels."
    )
    a = _owner(actors, "Pasukan Tempur Khusus")
    assert a is not None and a.type == "armed_group"


def test_known_as_after_a_force_noun_is_a_state_force() -> None:
    actors = _actors(
        "Soldiers and paramilitary rangers, known as Rakyat Jaga, guarded the school after the"
        " Kordofan Liberation Front attacked Dilling."
    )
    a = _owner(actors, "Rakyat Jaga")
    assert a is not None and a.type == "state_forces"


def test_known_as_after_armed_members_is_an_armed_group() -> None:
    actors = _actors(
        "The ambush was the work of young fighters, locally called Anak Rimba, who answer to no"
        " commander."
    )
    a = _owner(actors, "Anak Rimba")
    assert a is not None and a.type == "armed_group"


def test_security_command_is_a_state_force_of_the_report() -> None:
    actors = _actors(
        "Thai troops patrolled Yala on Monday. The Southern Security Operations Command said"
        " two rangers were wounded in Thailand's Narathiwat province. Thailand has deployed"
        " more troops."
    )
    a = _owner(actors, "Southern Security Operations Command")
    assert a is not None and a.type == "state_forces" and a.country == "TH"


def test_investigation_agency_is_a_state_force() -> None:
    actors = _actors(
        "In Manipur, the National Counter-Insurgency Investigation Agency arrested two men on"
        " Friday. India's army said the men were couriers. Indian police seized grenades."
    )
    a = _owner(actors, "National Counter-Insurgency Investigation Agency")
    assert a is not None and a.type == "state_forces"


def test_thai_forces_are_thailand() -> None:
    actors = _actors("Thai troops killed two suspected militants in Narathiwat on Sunday.")
    assert any(a.country == "TH" and a.type == "state_forces" for a in actors)
    assert not any(a.country == "TW" for a in actors)


def test_a_country_possessive_owns_a_body() -> None:
    actors = _actors(
        "Kenya's Joint Reconciliation Panel met elders from Mandera on Monday. Somalia's"
        " National Reconciliation Board sent observers."
    )
    panel = _owner(actors, "Joint Reconciliation Panel")
    assert panel is not None and panel.type == "government" and panel.country == "KE"


def test_predecessor_is_its_own_group() -> None:
    actors = _actors(
        "Jaish al-Adl emerged from the remnants of Jundallah after that group's leader was"
        " executed."
    )
    jaa, jund = _owner(actors, "Jaish al-Adl"), _owner(actors, "Jundallah")
    assert jaa is not None and jund is not None and jaa.key != jund.key


# --------------------------------------------------------------------------------------------
# junk


def test_place_and_common_noun_is_no_actor() -> None:
    actors = _actors(
        "UPDATE 2-Philippine marines kill three militants in Sulu house siege\n\nJOLO,"
        " Philippines, Nov 3 (Reuters) - Marines killed three militants after a siege of a house"
        " in Sulu on Monday, the army said."
    )
    assert not any(a.name.endswith(" house") for a in actors)


def test_publisher_and_authors_are_no_actors() -> None:
    meta = HtmlMetadata(sitename="Zagros Monitor", author="Leyla Ahmadi")
    actors = _actors(
        "Gunmen attacked a checkpoint in Mahabad on Friday. A former officer told Zagros"
        " Monitor the attackers came from the mountains. The Kurdistan Free Life Party denied"
        " involvement.",
        meta,
    )
    assert not any(a.name == "Zagros Monitor" for a in actors)
    assert any(a.name.startswith("Kurdistan Free Life") for a in actors)


def test_unit_named_after_its_owners_possessive() -> None:
    actors = _actors(
        "The IRGC Ground Forces' Hamzeh Base, which covers the north-west, said its units had"
        " shelled positions near Sardasht."
    )
    a = _owner(actors, "Hamzeh Base")
    assert a is not None and a.type == "state_forces" and a.parent == "irgc"


def test_unit_named_after_a_possessive_acronym() -> None:
    actors = _actors(
        "The ENDF's Eastern Headquarters said on Sunday that its troops had retaken the town."
    )
    a = _owner(actors, "Eastern Headquarters")
    assert a is not None and a.type == "state_forces" and a.parent == "endf"


def test_a_hosting_country_owns_no_government() -> None:
    actors = _actors(
        "Ethiopian troops clashed with the OLA near Nekemte. Two rounds of Kenya-hosted talks"
        " between the government and the OLA ended without agreement in 2024."
    )
    gov = _owner(actors, "government")
    assert gov is not None and gov.country == "ET"


def test_zionist_regime_is_israel() -> None:
    actors = _actors(
        "Iran's intelligence ministry said the cell had been trained by the Zionist regime and"
        " had smuggled explosives from Iraq."
    )
    a = _owner(actors, "Zionist regime")
    assert a is not None and a.key == "israel_government"


def test_a_name_with_a_plural_article_is_a_gang() -> None:
    actors = _actors(
        "Police in Machala said the gang shot dead two traders on Sunday. Los Tiguerones denied"
        " any role in the killings."
    )
    a = _owner(actors, "Los Tiguerones")
    assert a is not None and a.type == "criminal_group"
    actors = _actors(
        "Rival cartels fought in Culiacán overnight. Las Panteras said on social media that"
        " its men held the district."
    )
    b = _owner(actors, "Las Panteras")
    assert b is None or b.type != "person"
