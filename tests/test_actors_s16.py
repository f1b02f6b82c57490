"""Session 16: actors as mechanisms. Aliases the text defines in any syntax ("X, or the Y,",
"refer to the group as "Y"", "spelled his name Y", "X (Sheikh Y)", initials), the types of
bodies the model takes for people, junk (time zones, labels, dated place headings, the
publisher) and state bodies with their country. All sentences written for these tests."""

from __future__ import annotations

from report_docs import actor_written, text_actors

from dossier.records import Actor, HtmlMetadata


def _same(text: str, one: str, other: str) -> Actor:
    actors = text_actors(text)
    a, b = actor_written(actors, one), actor_written(actors, other)
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
    actors = text_actors(
        "Analysts say Hamas, Hezbollah, or the Popular Front for the Liberation of Palestine"
        " could respond within days."
    )
    hamas = actor_written(actors, "Hamas")
    pflp = actor_written(actors, "Popular Front for the Liberation of Palestine")
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
    actors = text_actors(
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
    actors = text_actors(
        "Officers blamed the raid on the Pasukan Tempur Khusus, a commando wing of the rebels."
    )
    a = actor_written(actors, "Pasukan Tempur Khusus")
    assert a is not None and a.type == "armed_group"


def test_known_as_after_a_force_noun_is_a_state_force() -> None:
    actors = text_actors(
        "Soldiers and paramilitary rangers, known as Rakyat Jaga, guarded the school after the"
        " Kordofan Liberation Front attacked Dilling."
    )
    a = actor_written(actors, "Rakyat Jaga")
    assert a is not None and a.type == "state_forces"


def test_known_as_after_armed_members_is_an_armed_group() -> None:
    actors = text_actors(
        "The ambush was the work of young fighters, locally called Anak Rimba, who answer to no"
        " commander."
    )
    a = actor_written(actors, "Anak Rimba")
    assert a is not None and a.type == "armed_group"


def test_security_command_is_a_state_force_of_the_report() -> None:
    actors = text_actors(
        "Thai troops patrolled Yala on Monday. The Southern Security Operations Command said"
        " two rangers were wounded in Thailand's Narathiwat province. Thailand has deployed"
        " more troops."
    )
    a = actor_written(actors, "Southern Security Operations Command")
    assert a is not None and a.type == "state_forces" and a.country == "TH"


def test_investigation_agency_is_a_state_force() -> None:
    actors = text_actors(
        "In Manipur, the National Counter-Insurgency Investigation Agency arrested two men on"
        " Friday. India's army said the men were couriers. Indian police seized grenades."
    )
    a = actor_written(actors, "National Counter-Insurgency Investigation Agency")
    assert a is not None and a.type == "state_forces"


def test_thai_forces_are_thailand() -> None:
    actors = text_actors("Thai troops killed two suspected militants in Narathiwat on Sunday.")
    assert any(a.country == "TH" and a.type == "state_forces" for a in actors)
    assert not any(a.country == "TW" for a in actors)


def test_a_country_possessive_owns_a_body() -> None:
    actors = text_actors(
        "Kenya's Joint Reconciliation Panel met elders from Mandera on Monday. Somalia's"
        " National Reconciliation Board sent observers."
    )
    panel = actor_written(actors, "Joint Reconciliation Panel")
    assert panel is not None and panel.type == "government" and panel.country == "KE"


def test_predecessor_is_its_own_group() -> None:
    actors = text_actors(
        "Jaish al-Adl emerged from the remnants of Jundallah after that group's leader was"
        " executed."
    )
    jaa, jund = actor_written(actors, "Jaish al-Adl"), actor_written(actors, "Jundallah")
    assert jaa is not None and jund is not None and jaa.key != jund.key


# --------------------------------------------------------------------------------------------
# junk


def test_place_and_common_noun_is_no_actor() -> None:
    actors = text_actors(
        "UPDATE 2-Philippine marines kill three militants in Sulu house siege\n\nJOLO,"
        " Philippines, Nov 3 (Reuters) - Marines killed three militants after a siege of a house"
        " in Sulu on Monday, the army said."
    )
    assert not any(a.name.endswith(" house") for a in actors)


def test_publisher_and_authors_are_no_actors() -> None:
    meta = HtmlMetadata(sitename="Zagros Monitor", author="Leyla Ahmadi")
    actors = text_actors(
        "Gunmen attacked a checkpoint in Mahabad on Friday. A former officer told Zagros"
        " Monitor the attackers came from the mountains. The Kurdistan Free Life Party denied"
        " involvement.",
        meta,
    )
    assert not any(a.name == "Zagros Monitor" for a in actors)
    assert any(a.name.startswith("Kurdistan Free Life") for a in actors)


def test_unit_named_after_its_owners_possessive() -> None:
    actors = text_actors(
        "The IRGC Ground Forces' Hamzeh Base, which covers the north-west, said its units had"
        " shelled positions near Sardasht."
    )
    a = actor_written(actors, "Hamzeh Base")
    assert a is not None and a.type == "state_forces" and a.parent == "irgc"


def test_unit_named_after_a_possessive_acronym() -> None:
    actors = text_actors(
        "The ENDF's Eastern Headquarters said on Sunday that its troops had retaken the town."
    )
    a = actor_written(actors, "Eastern Headquarters")
    assert a is not None and a.type == "state_forces" and a.parent == "endf"


def test_a_hosting_country_owns_no_government() -> None:
    actors = text_actors(
        "Ethiopian troops clashed with the OLA near Nekemte. Two rounds of Kenya-hosted talks"
        " between the government and the OLA ended without agreement in 2024."
    )
    gov = actor_written(actors, "government")
    assert gov is not None and gov.country == "ET"


def test_zionist_regime_is_israel() -> None:
    actors = text_actors(
        "Iran's intelligence ministry said the cell had been trained by the Zionist regime and"
        " had smuggled explosives from Iraq."
    )
    a = actor_written(actors, "Zionist regime")
    assert a is not None and a.key == "israel_government"


def test_a_name_with_a_plural_article_is_a_gang() -> None:
    actors = text_actors(
        "Police in Machala said the gang shot dead two traders on Sunday. Los Tiguerones denied"
        " any role in the killings."
    )
    a = actor_written(actors, "Los Tiguerones")
    assert a is not None and a.type == "criminal_group"
    actors = text_actors(
        "Rival cartels fought in Culiacán overnight. Las Panteras said on social media that"
        " its men held the district."
    )
    b = actor_written(actors, "Las Panteras")
    assert b is None or b.type != "person"
